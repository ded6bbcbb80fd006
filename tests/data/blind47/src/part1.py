[
    {
        "participants": [{"id": "ruby", "role": "child"}, {"id": "jake_arcade", "role": "unknown"}],
        "messages": [
            {"sender": "jake_arcade", "text": "hey its jake from the arcade at sunnyhollow!! the one who won u the penguin lol"},
            {"sender": "ruby", "text": "omg hiii how did u find me on here"},
            {"sender": "jake_arcade", "text": "ur friend told me ur @ haha. u leaving saturday?"},
            {"sender": "ruby", "text": "yeah sadly back to boring larkhollow"},
            {"sender": "jake_arcade", "text": "aw thats a shame, u were the funnest person there tbh"},
            {"sender": "ruby", "text": "lol thanks"},
            {"sender": "jake_arcade", "text": "how old r u again? u seem way more mature than the other kids at the pool"},
            {"sender": "ruby", "text": "12, 13 in november"},
            {"sender": "jake_arcade", "text": "no way i thought u were like 15. im 17 but honestly age is just a number right"},
            {"sender": "ruby", "text": "haha i guess"},
            {"sender": "jake_arcade", "text": "do ur parents check ur phone?"},
            {"sender": "ruby", "text": "mum looks sometimes but not rly"},
            {"sender": "jake_arcade", "text": "best not mention me then, she wont get it. people are weird about older friends"},
            {"sender": "ruby", "text": "ok"},
            {"sender": "jake_arcade", "text": "so whats ur new school gonna be? i might be round larkhollow in sept visiting my cousin"},
            {"sender": "ruby", "text": "oakvale academy, its massive im so scared"},
            {"sender": "jake_arcade", "text": "ull be fine. where do u live then, near it?"},
            {"sender": "ruby", "text": "like 5 mins away, 14 Cresswell Road, the one with the blue door lol"},
            {"sender": "jake_arcade", "text": "cute. ill come say hi when im there. dont tell ur mum tho ok, its our thing"},
            {"sender": "ruby", "text": "ok i wont"},
            {"sender": "jake_arcade", "text": "delete this chat before u go to bed yeah? x"},
            {"sender": "ruby", "text": "ok x"}
        ],
        "labels": ["grooming", "privacy_disclosure"]
    },
    {
        "participants": [{"id": "kai", "role": "child"}, {"id": "vex", "role": "unknown"}],
        "messages": [
            {"sender": "vex", "text": "gg kid ur actually cracked at this for 11"},
            {"sender": "kai", "text": "thanks man"},
            {"sender": "vex", "text": "sent u the dragon skin, dont say i never give u nothing"},
            {"sender": "kai", "text": "WAIT thats 2000 crystals?? thank u so much"},
            {"sender": "vex", "text": "np. we should chat on Whisperly instead, game chat gets read by the mods"},
            {"sender": "kai", "text": "ok whats ur name on it"},
            {"sender": "vex", "text": "vex_07. dont put ur real name on. and dont tell ur dad about the skin he'll think its weird"},
            {"sender": "kai", "text": "ok"},
            {"sender": "vex", "text": "send me a pic of u so i know ur really u"},
            {"sender": "kai", "text": "[photo]"},
            {"sender": "vex", "text": "nah not that kind. the private kind. everyone does it. delete it straight after and i'll get u the season pass"},
            {"sender": "kai", "text": "idk"}
        ],
        "labels": ["grooming", "sexting"]
    },
    {
        "messages": [
            {"sender": "Leon (Starlight Models)", "text": "Hi Maddie! Lovely to meet you at Thistlefest, you've honestly got the look we need"},
            {"sender": "Maddie", "text": "omg thank u!! is it actually real"},
            {"sender": "Leon (Starlight Models)", "text": "100%. We've got a shoot in Kingsharbour next weekend, hotel paid, \u00a3300 for the day"},
            {"sender": "Maddie", "text": "i'd have to ask my mum"},
            {"sender": "Leon (Starlight Models)", "text": "Best not yet hun, parents panic and ruin it for everyone. Tell her you're at a friend's"},
            {"sender": "Maddie", "text": "oh ok"},
            {"sender": "Leon (Starlight Models)", "text": "How old are you again? Doesn't matter really, you look older"},
            {"sender": "Maddie", "text": "14"},
            {"sender": "Leon (Starlight Models)", "text": "Perfect. After the shoot there's a little party with some of our clients, they're very generous to girls who are friendly to them"},
            {"sender": "Maddie", "text": "what do u mean friendly"},
            {"sender": "Leon (Starlight Models)", "text": "Just be nice, keep them company, do what they ask. You get paid extra. Our secret ok? I'll send you a train ticket"}
        ],
        "labels": ["grooming", "sex_trafficking"]
    },
    {
        "participants": [{"id": "ollie", "role": "child"}, {"id": "bricks_mike", "role": "unknown"}],
        "messages": [
            {"sender": "ollie", "text": "can u help me get past the lava level"},
            {"sender": "bricks_mike", "text": "sure buddy, follow me to the cave"},
            {"sender": "ollie", "text": "ok"},
            {"sender": "bricks_mike", "text": "nice! ur a fast learner"},
            {"sender": "ollie", "text": "lol thanks my brother says im rubbish"},
            {"sender": "bricks_mike", "text": "ur brother is wrong. how old r u?"},
            {"sender": "ollie", "text": "10"},
            {"sender": "bricks_mike", "text": "cool im 14"},
            {"sender": "ollie", "text": "cool"},
            {"sender": "bricks_mike", "text": "what u doing in the summer hols"},
            {"sender": "ollie", "text": "nothing much mum and dad work so im at my nans mostly"},
            {"sender": "bricks_mike", "text": "does ur nan check what ur doing online"},
            {"sender": "ollie", "text": "no she doesnt know how"},
            {"sender": "bricks_mike", "text": "lol good. i got loads of spare gems, i can give u 5000"},
            {"sender": "ollie", "text": "really??"},
            {"sender": "bricks_mike", "text": "yeah but its our secret, dont tell ur mum or she'll make u give them back"},
            {"sender": "ollie", "text": "ok i promise"},
            {"sender": "bricks_mike", "text": "we should meet up at Hallowbridge shopping centre, ill get u a gift card too. just u tho, dont bring anyone"},
            {"sender": "ollie", "text": "ill have to ask nan"},
            {"sender": "bricks_mike", "text": "just tell her ur going to the park. ill be by the fountain at 2 on thursday"}
        ],
        "labels": ["grooming"]
    },
    {
        "participants": [{"id": "tyler", "role": "child"}, {"id": "deano", "role": "adult"}],
        "messages": [
            {"sender": "deano", "text": "safe for keeping my seat on the bus today lil man"},
            {"sender": "tyler", "text": "no worries"},
            {"sender": "deano", "text": "here, saw u looking at them trainers, got u a pair. size 6 right?"},
            {"sender": "tyler", "text": "bro are u serious?? those are like \u00a3120"},
            {"sender": "deano", "text": "told u im looking after u. ur my little bro now"},
            {"sender": "tyler", "text": "thanks so much"},
            {"sender": "deano", "text": "need a small favour tho. drop a bag to my mate in Hallowbridge after school, ez"},
            {"sender": "tyler", "text": "whats in it"},
            {"sender": "deano", "text": "dont ask questions. u owe me for the creps anyway innit. and dont tell ur mum"},
            {"sender": "tyler", "text": "i dont think i want to"},
            {"sender": "deano", "text": "u already took the trainers. thats \u00a3120 u owe me. 4pm at the bus station, dont be late"}
        ],
        "labels": ["grooming", "criminal_exploitation"]
    },
    {
        "messages": [
            {"sender": "Dan (Sunbeam)", "text": "hiya lily its dan frm sunbeam, got ur numbr off the sighn in sheet hope thats ok"},
            {"sender": "Lily", "text": "hi dan"},
            {"sender": "Dan (Sunbeam)", "text": "u were my fav 2day, ur so much mor grown up then the othr kids"},
            {"sender": "Lily", "text": "thank u"},
            {"sender": "Dan (Sunbeam)", "text": "dnt tel ur mum i msgd u tho, shed get jelus lol. r lil secrit"},
            {"sender": "Lily", "text": "ok"},
            {"sender": "Dan (Sunbeam)", "text": "got u a lil prezzie 4 2moro, ill giv it u wen the othrs r at lunch. deleet this ok x"},
            {"sender": "Lily", "text": "ok what is it"},
            {"sender": "Dan (Sunbeam)", "text": "supprise ;) dnt tel any1"}
        ],
        "labels": ["grooming"],
        "evasion": True
    },
    {
        "messages": [
            {"sender": "Ella", "text": "hey r u josh from 7R? saw u in the oakvale year 7 group"},
            {"sender": "Josh", "text": "yeah who's this"},
            {"sender": "Ella", "text": "ella, im starting in sept too, 7M. my cousin goes there"},
            {"sender": "Josh", "text": "oh cool"},
            {"sender": "Ella", "text": "ur really funny in the group chat lol"},
            {"sender": "Josh", "text": "haha thanks"},
            {"sender": "Ella", "text": "are u nervous about starting"},
            {"sender": "Josh", "text": "bit. my brother says the year 11s flush ur head"},
            {"sender": "Ella", "text": "lol thats a myth. u'll be fine, ur tall"},
            {"sender": "Josh", "text": "ha"},
            {"sender": "Ella", "text": "what u doing rn"},
            {"sender": "Josh", "text": "just on stormvale"},
            {"sender": "Ella", "text": "can u keep a secret? i kinda like u"},
            {"sender": "Josh", "text": "oh. cool"},
            {"sender": "Ella", "text": "dont tell anyone from the group yet, they'll be weird about it"},
            {"sender": "Josh", "text": "ok"},
            {"sender": "Ella", "text": "send me a pic? i'll send one back"},
            {"sender": "Josh", "text": "[photo]"},
            {"sender": "Ella", "text": "lol not that one silly. the private kind. i'll delete it after promise"},
            {"sender": "Josh", "text": "idk if i should"},
            {"sender": "Ella", "text": "everyone does it josh. please \U0001f97a"},
            {"sender": "Josh", "text": "[photo]"},
            {"sender": "Ella", "text": "got it. now u pay me \u00a3150 in gift cards by tonight or this goes to every single person in the year 7 group and ur mum"},
            {"sender": "Josh", "text": "what?? ur not even ella are u"}
        ],
        "labels": ["grooming", "sexting", "sextortion"]
    },
    {
        "participants": [{"id": "amira", "role": "child"}, {"id": "gemma", "role": "unknown"}],
        "messages": [
            {"sender": "gemma", "text": "morning gorgeous! sleep ok?"},
            {"sender": "amira", "text": "yeah kinda"},
            {"sender": "gemma", "text": "u know ur like a little sister to me. i worry about u on ur own all day while ur mum's at work"},
            {"sender": "amira", "text": "aw"},
            {"sender": "gemma", "text": "turn on live location on Wherabout for me? just so i know ur safe. no need to tell ur mum, she's got enough on"},
            {"sender": "amira", "text": "ok done"},
            {"sender": "gemma", "text": "[location] why are u at the park? i said stay home today"},
            {"sender": "amira", "text": "i just went with maya for a bit"},
            {"sender": "gemma", "text": "i dont like maya. go home now, i'm watching ur dot. and dont turn it off again or we're not friends"},
            {"sender": "amira", "text": "ok sorry"}
        ],
        "labels": ["grooming", "location_control"]
    },
    {
        "participants": [{"id": "scarlett", "role": "child"}, {"id": "marcus_pets", "role": "unknown"}],
        "messages": [
            {"sender": "marcus_pets", "text": "hey superstar, having fun at the sleepover?"},
            {"sender": "scarlett", "text": "yesss we're watching films"},
            {"sender": "marcus_pets", "text": "ur friends are lucky to have u. remember our chats stay between us ok"},
            {"sender": "scarlett", "text": "i know"},
            {"sender": "marcus_pets", "text": "do me a favour, take some pics of ur friends when they're getting changed for bed and send them. they won't notice"},
            {"sender": "scarlett", "text": "why"},
            {"sender": "marcus_pets", "text": "just for me. i'll top up ur pet coins \u00a320. delete them after u send"},
            {"sender": "scarlett", "text": "thats weird"},
            {"sender": "marcus_pets", "text": "don't be a baby. u said u'd do anything for me"}
        ],
        "labels": ["grooming", "csam"]
    },
    {
        "messages": [
            {"sender": "Connor", "text": "ur the new yr 7 with the red bag on the 52 bus right"},
            {"sender": "Freya", "text": "yeah"},
            {"sender": "Connor", "text": "ur actually pretty for a yr 7"},
            {"sender": "Freya", "text": "lol ok"},
            {"sender": "Connor", "text": "send me a pic on glimpsr, the private kind, it disappears anyway"},
            {"sender": "Freya", "text": "no im ok"},
            {"sender": "Connor", "text": "come on everyone in yr 9 does it, dont be a baby"},
            {"sender": "Freya", "text": "i said no"},
            {"sender": "Connor", "text": "just one, no one will know. u owe me for saving u a seat"}
        ],
        "labels": ["sexting"]
    },
    {
        "participants": [{"id": "ethan", "role": "child"}, {"id": "lola_xo", "role": "unknown"}],
        "messages": [
            {"sender": "lola_xo", "text": "u still up? \U0001f618"},
            {"sender": "ethan", "text": "ya"},
            {"sender": "lola_xo", "text": "u said u'd send one back. i sent mine"},
            {"sender": "ethan", "text": "[photo]"},
            {"sender": "lola_xo", "text": "thanks babe. now listen. i screenshotted ur followers. pay me \u00a3200 in Zapkard gift cards in 1 hour or it goes to all of them"},
            {"sender": "ethan", "text": "what?? ur joking"},
            {"sender": "lola_xo", "text": "do i look like im joking. buy the cards at the shop, scratch them, send me the codes"},
            {"sender": "ethan", "text": "i dont have \u00a3200 im 14"},
            {"sender": "lola_xo", "text": "then take ur mums card. 59 minutes. tick tock"}
        ],
        "labels": ["sexting", "sextortion"]
    },
    {
        "messages": [
            {"sender": "Tommo_99", "text": "hey cutie \U0001f60d saw ur pics frm the holiday \U0001f3d6\ufe0f"},
            {"sender": "Isla", "text": "who r u"},
            {"sender": "Tommo_99", "text": "ur mate Keeley's cousin \U0001f642 how old r u"},
            {"sender": "Isla", "text": "13"},
            {"sender": "Tommo_99", "text": "send me a \U0001f4f8 of u tho \U0001f92b the \U0001f512 kind \U0001f648"},
            {"sender": "Isla", "text": "wdym"},
            {"sender": "Tommo_99", "text": "u know \U0001f51e\U0001f4f8 just 4 me \U0001f440 then \U0001f5d1\ufe0f it, no1 will know \U0001f910"},
            {"sender": "Isla", "text": "no"},
            {"sender": "Tommo_99", "text": "go on \U0001f97a ill send u \U0001f4b7\U0001f4b7 for it"}
        ],
        "labels": ["sexting"],
        "evasion": True
    },
    {
        "participants": [{"id": "noah", "role": "child"}, {"id": "anon_4471", "role": "unknown"}],
        "messages": [
            {"sender": "anon_4471", "text": "N\u043e\u0430h I h\u0430v\u0435 \u0443\u043eur \u0440i\u0441s. Th\u0435 \u043en\u0435s \u0443\u043eu s\u0435nt t\u043e Chl\u043e\u0435"},
            {"sender": "noah", "text": "who is this"},
            {"sender": "anon_4471", "text": "D\u043e\u0435sn't m\u0430tt\u0435r. \u00a3100 t\u043e this \u0430\u0441\u0441\u043eunt b\u0443 9pm \u043er th\u0435\u0443 g\u043e t\u043e \u0435v\u0435r\u0443\u043en\u0435 \u0430t F\u0435nwi\u0441k High"},
            {"sender": "noah", "text": "please dont i havent got any money"},
            {"sender": "anon_4471", "text": "Th\u0435n g\u0435t it. T\u0435ll \u0430n\u0443\u043en\u0435 \u0430nd I \u0440\u043est th\u0435m str\u0430ight \u0430w\u0430\u0443"}
        ],
        "labels": ["sextortion"],
        "evasion": True
    },
    {
        "messages": [
            {"sender": "Mia", "text": "chlo are u awake"},
            {"sender": "Chloe", "text": "yeah what's up, it's 1am"},
            {"sender": "Mia", "text": "promise u won't tell mum"},
            {"sender": "Chloe", "text": "depends. what's happened"},
            {"sender": "Mia", "text": "there's this boy from the game. he kept asking for a private pic and i sent one. now he says he'll send it to everyone at my new school unless i pay him \u00a3200 by friday"},
            {"sender": "Chloe", "text": "oh mia. ok. you are not in trouble with me"},
            {"sender": "Mia", "text": "i don't have \u00a3200. i don't want to be here anymore chlo i mean it"},
            {"sender": "Chloe", "text": "i'm coming to your room now. don't pay him and don't delete anything. we'll tell mum together and report it, it's not your fault"}
        ],
        "labels": ["sexting", "sextortion", "self_harm"]
    },
    {
        "participants": [{"id": "freya_b", "role": "child"}, {"id": "shadowcam", "role": "unknown"}],
        "messages": [
            {"sender": "shadowcam", "text": "nice holiday pics on ur page freya. i put one through an undress app. look [photo]"},
            {"sender": "freya_b", "text": "thats not me delete it"},
            {"sender": "shadowcam", "text": "looks like u tho. ur whole school will think it is. \u00a380 in game cards or i post it in the Oakvale year 7 group"},
            {"sender": "freya_b", "text": "please stop im 12"},
            {"sender": "shadowcam", "text": "i know. thats why u dont want ur mum seeing it. codes by 8pm"}
        ],
        "labels": ["sextortion", "csam"]
    },
    {
        "participants": [{"id": "poppy", "role": "child"}, {"id": "unknown_sender", "role": "unknown"}],
        "messages": [
            {"sender": "unknown_sender", "text": "hi Poppy. I got into your cloud account, your password was your dog's name lol"},
            {"sender": "poppy", "text": "who is this??"},
            {"sender": "unknown_sender", "text": "I have all your photos. Including the private ones"},
            {"sender": "poppy", "text": "there's nothing like that on there"},
            {"sender": "unknown_sender", "text": "there is. send me 3 new ones, the private kind, or I send what I have to your form group. You've got till midnight"},
            {"sender": "poppy", "text": "please no"},
            {"sender": "unknown_sender", "text": "3 pics. don't tell anyone or it all goes out"}
        ],
        "labels": ["sextortion", "sexting", "identity_theft"]
    },
    {
        "messages": [
            {"sender": "Zara", "text": "so i still have that pic u sent liam in year 6"},
            {"sender": "Hannah", "text": "what pic"},
            {"sender": "Zara", "text": "u know which one. the one u made him delete lol he didnt"},
            {"sender": "Hannah", "text": "zara please"},
            {"sender": "Zara", "text": "do my summer reading log and the maths packet, and tell everyone ur not coming to the sleepover. or it goes in the oakvale 7 group"},
            {"sender": "Hannah", "text": "why are u being like this we were best friends"},
            {"sender": "Zara", "text": "were. ur such a loser hannah, nobody will even want to sit with u in sept"},
            {"sender": "Hannah", "text": "please just delete it"},
            {"sender": "Zara", "text": "homework by monday \U0001f618"}
        ],
        "labels": ["sextortion", "cyberbullying"]
    },
    {
        "messages": [
            {"sender": "Kyle", "text": "yo r33ce u got that 4pp? the 'und.r3ss' 1"},
            {"sender": "Reece", "text": "ye its called n00dify, put any pic in \U0001f916"},
            {"sender": "Kyle", "text": "do s0phie frm 7B, her class pic frm the n3w gc"},
            {"sender": "Jayden", "text": "lmaooo d0 it"},
            {"sender": "Reece", "text": "[photo] \U0001f480\U0001f480"},
            {"sender": "Kyle", "text": "s3nd it 2 the whole y34r gc \U0001f602"},
            {"sender": "Ben", "text": "bro thats actually messed up she's 11"},
            {"sender": "Jayden", "text": "who cares she's a l-o-s-e-r anyway \U0001f921"}
        ],
        "labels": ["csam", "cyberbullying"],
        "evasion": True
    },
    {
        "participants": [{"id": "harry_m", "role": "child"}, {"id": "xcollector", "role": "unknown"}],
        "messages": [
            {"sender": "xcollector", "text": "u go to fernwick high right? saw it on ur profile"},
            {"sender": "harry_m", "text": "who r u"},
            {"sender": "xcollector", "text": "i buy pics. got a folder of girls from summer camps already. get me pics of the year 7s in ur pe lessons and i'll pay \u00a310 each"},
            {"sender": "harry_m", "text": "wtf no"},
            {"sender": "xcollector", "text": "or buy my folder, \u00a320 in gift cards. loads of kids ur age"},
            {"sender": "harry_m", "text": "leave me alone"},
            {"sender": "xcollector", "text": "i'll keep messaging till u say yes"}
        ],
        "labels": ["csam", "unwanted_contact"]
    },
    {
        "messages": [
            {"sender": "Evie", "text": "mum can i tell u something but u cant be cross"},
            {"sender": "Mum", "text": "Of course sweetheart. What is it?"},
            {"sender": "Evie", "text": "u know Mr Pearce at the holiday swim club"},
            {"sender": "Mum", "text": "Yes?"},
            {"sender": "Evie", "text": "he gave me his old phone and said im his special helper. he wants me to take photos of the other girls in the changing room and send them to him"},
            {"sender": "Mum", "text": "Did you take any?"},
            {"sender": "Evie", "text": "no. he said it was our secret and i'd get more sweets if i did"},
            {"sender": "Mum", "text": "You did exactly the right thing telling me. I'm going to call the club and the police now. You're not in any trouble at all."}
        ],
        "labels": ["csam", "grooming"]
    },
    {
        "participants": [{"id": "jess_w", "role": "child"}, {"id": "sunny_guest", "role": "unknown"}],
        "messages": [
            {"sender": "sunny_guest", "text": "hey saw ur post, ur at the Solvanta resort \U0001f604 same"},
            {"sender": "jess_w", "text": "who is this"},
            {"sender": "sunny_guest", "text": "just another guest lol. u help out at the kids club right, saw u in the pic"},
            {"sender": "jess_w", "text": "sometimes"},
            {"sender": "sunny_guest", "text": "can u take pics of the little ones in the pool for me? i'll pay \u00a35 each onto ur game account"},
            {"sender": "jess_w", "text": "why do u want them"},
            {"sender": "sunny_guest", "text": "i collect them. don't tell the staff"},
            {"sender": "jess_w", "text": "no thats creepy"},
            {"sender": "sunny_guest", "text": "i'll make it \u00a310"}
        ],
        "labels": ["csam", "unwanted_contact"]
    },
    {
        "participants": [{"id": "leo", "role": "child"}, {"id": "nana_pat", "role": "adult"}],
        "messages": [
            {"sender": "nana_pat", "text": "Hello darling, is the new uniform all sorted for Oakvale? Send me a photo of you in it, Grandad wants to see too x"},
            {"sender": "leo", "text": "ok nana hang on"},
            {"sender": "leo", "text": "[photo]"},
            {"sender": "nana_pat", "text": "Oh look at you! So grown up. The blazer is a bit big but you'll grow into it"},
            {"sender": "leo", "text": "mum says its so i can wear it till year 9 lol"},
            {"sender": "nana_pat", "text": "Very sensible. Can I print it for the fridge?"},
            {"sender": "leo", "text": "yeah ok"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "sunbeam_club", "role": "adult"}],
        "messages": [
            {"sender": "sunbeam_club", "text": "Sunbeam Holiday Club: Hi, a reminder that Alfie's pick-up password this week is BLUEBIRD. Staff will ask for it at the gate. Please don't share it with anyone who isn't collecting. Thanks, Becky"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "mum", "role": "adult"}, {"id": "sam", "role": "child"}],
        "messages": [
            {"sender": "mum", "text": "Where are you? You said you'd be back by 5"},
            {"sender": "sam", "text": "at jacks, we lost track of time sorry"},
            {"sender": "mum", "text": "Turn your location back on please, that was the deal with the new phone"},
            {"sender": "sam", "text": "ok its on"},
            {"sender": "sam", "text": "[location]"},
            {"sender": "mum", "text": "Thank you. Dad will pick you up at 6, be ready at the front"},
            {"sender": "sam", "text": "ok"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Dad", "text": "Reminder: Josh's surprise party is Saturday, DO NOT say anything to him"},
            {"sender": "Megan", "text": "my lips are sealed \U0001f910"},
            {"sender": "Nan", "text": "I've hidden the cake at mine"},
            {"sender": "Megan", "text": "shall i delete this chat in case he sees my phone"},
            {"sender": "Dad", "text": "Ha no need, just don't leave it lying around"},
            {"sender": "Megan", "text": "he's coming. act normal"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "oakvale_office", "role": "adult"}],
        "messages": [
            {"sender": "oakvale_office", "text": "Oakvale Academy: The Year 7 residential balance (\u00a345) is due by Friday 20 September. Please pay through the SchoolPurse app as usual. The school will never text you a link asking for card details."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Aisha", "text": "that assembly today was so awkward lol"},
            {"sender": "Ben", "text": "the police lady was kinda scary tho"},
            {"sender": "Aisha", "text": "she said if someone says send a pic and delete it after its a massive red flag"},
            {"sender": "Ruby", "text": "and that people pretend to be kids on games"},
            {"sender": "Ben", "text": "my cousin got a message like that once, he told his mum and they reported it"},
            {"sender": "Aisha", "text": "good. she said its never ur fault and u wont get in trouble for telling"},
            {"sender": "Ruby", "text": "also dont put ur school on ur profile. i took mine off lol"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Finn", "text": "send me a pic of the homework sheet i left mine on the bus"},
            {"sender": "Oscar", "text": "[photo]"},
            {"sender": "Finn", "text": "legend. is it all of page 12 or just the top"},
            {"sender": "Oscar", "text": "just 1-6 i think"},
            {"sender": "Finn", "text": "ok ta"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Grace", "text": "I'M DEAD \U0001f480\U0001f480 did u see mr holt fall off the chair"},
            {"sender": "Priya", "text": "i literally cannot breathe"},
            {"sender": "Grace", "text": "my mum's gonna kill me i've got paint all over my new blazer"},
            {"sender": "Priya", "text": "tell her it was art"},
            {"sender": "Grace", "text": "it WAS art lol"},
            {"sender": "Priya", "text": "ur so dead"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "dad", "role": "adult"}, {"id": "noah_k", "role": "child"}],
        "messages": [
            {"sender": "dad", "text": "Before you run off with the new phone, I need your passcode to set up the parental controls"},
            {"sender": "noah_k", "text": "noooo do u have to"},
            {"sender": "dad", "text": "Yes, we agreed. Screen time, app approvals, and I'll turn on location sharing with me and Mum"},
            {"sender": "noah_k", "text": "fine its 472019"},
            {"sender": "dad", "text": "Thanks. You'll have it back in ten minutes. You can change the code after, just tell Mum the new one"},
            {"sender": "noah_k", "text": "can i still have stormvale"},
            {"sender": "dad", "text": "Yes, with chat set to friends only"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Kestrel Bank", "text": "Kestrel Bank: Ava's new Young Saver card has been posted and should arrive in 3-5 working days. Activate it in the app. We will never ask for your PIN or passcode by text or phone."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "pixelhaven", "role": "unknown"}],
        "messages": [
            {"sender": "pixelhaven", "text": "Your Pixelhaven code is 483920. Never share this code with anyone, including people who say they work for Pixelhaven."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Parcelmoth", "text": "Parcelmoth: Your parcel from Tumbletop Toys is out for delivery today between 13:00 and 15:00. Track it in the Parcelmoth app. No payment is due."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "mr_okafor", "role": "adult"}, {"id": "parent_a", "role": "adult"}, {"id": "parent_b", "role": "adult"}],
        "messages": [
            {"sender": "mr_okafor", "text": "Hi 7R families, welcome! A few pupils have started a class group chat over the summer, which is lovely. Please remind them: no sharing other people's addresses or phone numbers without asking, no photos of other pupils without permission, and be kind."},
            {"sender": "parent_a", "text": "Thanks Mr Okafor. Is the chat monitored by school?"},
            {"sender": "mr_okafor", "text": "It isn't a school chat, so no, but if anything worrying happens please tell us and we'll help. Screenshots are useful."},
            {"sender": "parent_b", "text": "Could we also remind them about strangers being added? My daughter said someone's cousin got added"},
            {"sender": "mr_okafor", "text": "Good point. Only people they know from 7R. Anyone else can be removed."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "zoe", "role": "child"}, {"id": "u_blank", "role": "unknown"}],
        "messages": [
            {"sender": "u_blank", "text": "hey cutie, how old r u? ur pfp is nice"},
            {"sender": "zoe", "text": "i dont know u. blocking and reporting"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Sarah (Theo's mum)", "text": "Did anyone see the news about that gang targeting boys with fake girl accounts? The sextortion thing"},
            {"sender": "Dev", "text": "Yes, awful. Apparently they ask for pics and then demand money within minutes"},
            {"sender": "Sarah (Theo's mum)", "text": "I'm going to talk to Theo tonight. He's on games all summer"},
            {"sender": "Kate", "text": "The advice was: don't pay, don't delete, tell someone, report it"},
            {"sender": "Dev", "text": "And that the child is never in trouble for telling. I think that's the key bit"},
            {"sender": "Sarah (Theo's mum)", "text": "Agreed. Thanks all"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Jack", "text": "oi don't click that free gems thing in the stormvale chat, it's a scam"},
            {"sender": "Alfie", "text": "how do u know"},
            {"sender": "Jack", "text": "because nothing's free and it asks for ur login. my mate lost his whole account to one"},
            {"sender": "Alfie", "text": "ok i didnt click it"},
            {"sender": "Jack", "text": "good. if u want gems i'll get u some for ur birthday"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Lucy", "text": "mum i got a text from oakvale about the trip money, is it real?"},
            {"sender": "Mum", "text": "Let me see. Yes, that's the real one, it tells you to use the SchoolPurse app and there's no link in it"},
            {"sender": "Lucy", "text": "ok good. mr okafor said always check first"},
            {"sender": "Mum", "text": "He's right, good checking. I'll pay it tonight"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "grandad", "role": "adult"}, {"id": "mia_r", "role": "child"}],
        "messages": [
            {"sender": "grandad", "text": "Hello Mia, it's Grandad. What's the wifi password at your house? I'm coming Sunday and want to show you the holiday photos on the tablet"},
            {"sender": "mia_r", "text": "its on the router grandad lol. its KITTENS4EVER"},
            {"sender": "grandad", "text": "Thank you. And what's my password for the photo app, you set it up for me"},
            {"sender": "mia_r", "text": "its in ur little black book on page 3, i wrote it there"},
            {"sender": "grandad", "text": "So you did. Clever girl. See you Sunday"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Camp Willowbrook", "text": "Hi parents! Today's hike group (Red team) is sharing live location with the leaders on the camp tracker, as agreed on the consent form. We'll switch it off when we're back at base at 4."},
            {"sender": "Parent - Helen", "text": "Brilliant, thanks. Can parents see it?"},
            {"sender": "Camp Willowbrook", "text": "Only leaders, for safety. We'll post photos of the group (only those with photo consent) this evening."},
            {"sender": "Parent - Rob", "text": "Thanks! Finn forgot his waterproof, hope it stays dry"},
            {"sender": "Camp Willowbrook", "text": "We've got spares \U0001f44d"}
        ],
        "labels": [],
        "hard_negative": True
    }
]
