[
    {
        "participants": [{"id": "aria", "role": "child"}, {"id": "the_curator", "role": "unknown"}],
        "messages": [
            {"sender": "the_curator", "text": "Welcome back to the 30 days. Task 7 is ready."},
            {"sender": "aria", "text": "what is it"},
            {"sender": "the_curator", "text": "Stay awake until 4am and send proof. Tell no one."},
            {"sender": "aria", "text": "ok [photo]"},
            {"sender": "the_curator", "text": "Good. Task 8: hurt yourself a little and send a photo. If you stop, bad things happen to your family"},
            {"sender": "aria", "text": "i dont want to"},
            {"sender": "the_curator", "text": "Everyone who stops regrets it. The last task is the big one, you won't need to wake up after it"}
        ],
        "labels": ["harmful_challenge", "self_harm"]
    },
    {
        "participants": [{"id": "finn_c", "role": "child"}, {"id": "mara_doll", "role": "unknown"}],
        "messages": [
            {"sender": "mara_doll", "text": "hello Finn. I am Mara the ghost doll. Friends of friends gave me your name"},
            {"sender": "finn_c", "text": "who is this"},
            {"sender": "mara_doll", "text": "You must play my game. Tonight go out alone to Kestle woods at 3am and film it"},
            {"sender": "finn_c", "text": "no"},
            {"sender": "mara_doll", "text": "If you don't do it your family will be hurt. I know you are at Camp Willowbrook"},
            {"sender": "mara_doll", "text": "[voice note]"},
            {"sender": "finn_c", "text": "stop messaging me"},
            {"sender": "mara_doll", "text": "3am. Don't tell the leaders or it gets worse"}
        ],
        "labels": ["harmful_challenge", "unwanted_contact"]
    },
    {
        "messages": [
            {"sender": "Brody", "text": "camp challenge tonight: who can stand in the middle of the lane longest when a cars coming"},
            {"sender": "Noah", "text": "lol no thats mental"},
            {"sender": "Brody", "text": "only chickens say no. me and jay did it yesterday"},
            {"sender": "Jay", "text": "was sick bro, the car beeped like crazy \U0001f602"},
            {"sender": "Noah", "text": "fine but im not going first"},
            {"sender": "Brody", "text": "after lights out, meet by the gate"}
        ],
        "labels": ["harmful_challenge"]
    },
    {
        "messages": [
            {"sender": "NightOwl", "text": "anyone starting secondary this sept"},
            {"sender": "poppy_plays", "text": "me!! starting Fernwick High on tuesday, im in 7H"},
            {"sender": "xXBladeXx", "text": "nice. u getting the bus?"},
            {"sender": "poppy_plays", "text": "yeah the 42 at 7:50 from the stop on Cresswell Rd outside the chippy, my mum works early so im on my own"},
            {"sender": "NightOwl", "text": "lol same ish"},
            {"sender": "xXBladeXx", "text": "cool cool. whats ur real name"},
            {"sender": "poppy_plays", "text": "poppy jennings lol"}
        ],
        "labels": ["privacy_disclosure"]
    },
    {
        "participants": [{"id": "dev", "role": "child"}, {"id": "zk_77", "role": "unknown"}],
        "messages": [
            {"sender": "zk_77", "text": "yo add me"},
            {"sender": "zk_77", "text": "add me back"},
            {"sender": "zk_77", "text": "why u ignoring me, i sent 5 requests"},
            {"sender": "dev", "text": "sorry who r u"},
            {"sender": "zk_77", "text": "a friend. whats ur number, easier to chat"},
            {"sender": "dev", "text": "07700 900482"},
            {"sender": "zk_77", "text": "and where do u live? i might send u a gift"},
            {"sender": "dev", "text": "9 Hollins Way, Larkhollow"}
        ],
        "labels": ["privacy_disclosure", "unwanted_contact"]
    },
    {
        "participants": [{"id": "nell", "role": "child"}, {"id": "sunchaser88", "role": "unknown"}],
        "messages": [
            {"sender": "sunchaser88", "text": "love ur holiday pics!! where r u staying"},
            {"sender": "nell", "text": "Hotel Marevento in Portavera!! room 214 lol its got a balcony"},
            {"sender": "sunchaser88", "text": "nice. u on ur own much?"},
            {"sender": "nell", "text": "mum and dad go to the bar after 9 so me and my brother stay in the room"},
            {"sender": "sunchaser88", "text": "cool, whats the pool like"},
            {"sender": "nell", "text": "[photo] we're there every morning from 9"}
        ],
        "labels": ["privacy_disclosure"]
    },
    {
        "participants": [{"id": "mo", "role": "child"}, {"id": "sky_draws", "role": "unknown"}],
        "messages": [
            {"sender": "sky_draws", "text": "heyyy, ur art on Sketchnook is so good"},
            {"sender": "mo", "text": "thanks!!"},
            {"sender": "sky_draws", "text": "how long u been drawing"},
            {"sender": "mo", "text": "since i was like 6"},
            {"sender": "sky_draws", "text": "ur better than me and im 16 lol"},
            {"sender": "mo", "text": "no way"},
            {"sender": "sky_draws", "text": "what u doing in the holidays"},
            {"sender": "mo", "text": "nothing, mum and dad are at work all day"},
            {"sender": "sky_draws", "text": "so ur home alone? must be nice"},
            {"sender": "mo", "text": "kinda boring"},
            {"sender": "sky_draws", "text": "we're proper friends now, u can tell me anything. just dont tell ur parents about me, they'll think im weird coz im older"},
            {"sender": "mo", "text": "ok"},
            {"sender": "sky_draws", "text": "what time does ur mum get back"},
            {"sender": "mo", "text": "like 6. i let myself in after holiday club at 1"},
            {"sender": "sky_draws", "text": "how do u get in"},
            {"sender": "mo", "text": "key's under the frog plant pot by the back door lol"},
            {"sender": "sky_draws", "text": "haha cute. whats ur road called? i might be near there"},
            {"sender": "mo", "text": "Tanner Street, number 31"}
        ],
        "labels": ["privacy_disclosure", "grooming"]
    },
    {
        "messages": [
            {"sender": "Ava", "text": "mum someone on the plane keeps sending me pics with the nearby share thing"},
            {"sender": "Ava", "text": "theyre horrible, i didnt accept but it showed a preview"},
            {"sender": "Mum", "text": "Turn nearby sharing off now, settings then sharing, contacts only. Are you ok?"},
            {"sender": "Ava", "text": "yeah its off. it was from a phone called 'Daddy Cool' \U0001f922"},
            {"sender": "Mum", "text": "I'm telling the cabin crew. You've done nothing wrong telling me"}
        ],
        "labels": ["unwanted_contact"]
    },
    {
        "participants": [{"id": "callum", "role": "child"}, {"id": "tee", "role": "adult"}],
        "messages": [
            {"sender": "tee", "text": "keep ur location on, i'll see if u stop anywhere"},
            {"sender": "callum", "text": "ok its on"},
            {"sender": "tee", "text": "get the 3:15 train to Hallowbridge. bag's in the locker, code 4471. give it to the man in the grey jacket"},
            {"sender": "callum", "text": "and then i can go home?"},
            {"sender": "tee", "text": "when i say. ur dot stopped for 10 mins, where r u?"},
            {"sender": "callum", "text": "at the toilets"},
            {"sender": "tee", "text": "dont play me. if ur location goes off again ur brother pays for it"}
        ],
        "labels": ["criminal_exploitation", "location_control"]
    },
    {
        "participants": [{"id": "kyle_h", "role": "child"}, {"id": "jay_20", "role": "adult"}],
        "messages": [
            {"sender": "jay_20", "text": "good game today lil man, ur fast"},
            {"sender": "kyle_h", "text": "thanks"},
            {"sender": "jay_20", "text": "u play for hallowbridge juniors?"},
            {"sender": "kyle_h", "text": "u12s yeah"},
            {"sender": "jay_20", "text": "respect. u want a new ball? got loads"},
            {"sender": "kyle_h", "text": "yeah sure"},
            {"sender": "jay_20", "text": "ill leave it with my cousin at the chippy"},
            {"sender": "kyle_h", "text": "thanks man"},
            {"sender": "jay_20", "text": "what u doing over the holidays"},
            {"sender": "kyle_h", "text": "nothing much. football. mum works nights"},
            {"sender": "jay_20", "text": "u got a bank card yet?"},
            {"sender": "kyle_h", "text": "just got one, for secondary, for lunches"},
            {"sender": "jay_20", "text": "nice. i can put money on it for u, \u00a320 every week. just need u to send some on for me when i ask"},
            {"sender": "kyle_h", "text": "whose money is it"},
            {"sender": "jay_20", "text": "a mates. easy. keep \u00a320 for urself"},
            {"sender": "kyle_h", "text": "ok"},
            {"sender": "jay_20", "text": "\u00a3600 coming in now. send \u00a3580 to the account i send u"},
            {"sender": "kyle_h", "text": "done"},
            {"sender": "jay_20", "text": "good boy. now i need a favour. take a parcel to Kingsharbour for me tomorrow"},
            {"sender": "kyle_h", "text": "whats in it"},
            {"sender": "jay_20", "text": "dont ask. turn on location sharing with me so i know u got there"},
            {"sender": "kyle_h", "text": "ok [location]"},
            {"sender": "jay_20", "text": "ur dot's not moving. move"},
            {"sender": "kyle_h", "text": "i dont want to do this anymore"},
            {"sender": "jay_20", "text": "u took the money kyle. ur in it now. if u stop i'll tell ur mum ur a thief and my boys will find u"},
            {"sender": "kyle_h", "text": "ok im going"}
        ],
        "labels": ["criminal_exploitation", "money_mule", "location_control", "grooming"]
    },
    {
        "messages": [
            {"sender": "Dee", "text": "yo lil bro u tryna get this bread over the hols"},
            {"sender": "Rico", "text": "how"},
            {"sender": "Dee", "text": "go OT for a few days, run the ting for the olders. ez p"},
            {"sender": "Rico", "text": "where"},
            {"sender": "Dee", "text": "out in the sticks, we sort ur ticket. u stay in the trap, shot the pebs, keep the burner on"},
            {"sender": "Rico", "text": "my mum will ask where i am"},
            {"sender": "Dee", "text": "say ur at ur cuz. u dont link nobody else. if u mug us off u know wat happens"},
            {"sender": "Rico", "text": "ok say less"}
        ],
        "labels": ["criminal_exploitation"],
        "evasion": True
    },
    {
        "messages": [
            {"sender": "Lily", "text": "last day challenge!! someone has to smash a window in the old science block and film it"},
            {"sender": "Kayden", "text": "i'll do it if u all film"},
            {"sender": "Sophie", "text": "omg ur actually mad"},
            {"sender": "Kayden", "text": "dare me then"},
            {"sender": "Lily", "text": "we dare u \U0001f602 double dare, winner gets \u00a31 from everyone"},
            {"sender": "Kayden", "text": "bet. after 3 behind the bins"}
        ],
        "labels": ["harmful_challenge"]
    },
    {
        "participants": [{"id": "reece_t", "role": "child"}, {"id": "ghost", "role": "unknown"}],
        "messages": [
            {"sender": "ghost", "text": "u lost the bag. thats \u00a3600 u owe"},
            {"sender": "reece_t", "text": "i didnt lose it someone took it off me"},
            {"sender": "ghost", "text": "not my problem. u work it off. every weekend till its paid"},
            {"sender": "reece_t", "text": "i cant my mum will find out"},
            {"sender": "ghost", "text": "then u better be smart. we know where u live and where ur sister goes to school. friday 6pm, same place"}
        ],
        "labels": ["criminal_exploitation"]
    },
    {
        "messages": [
            {"sender": "EasyCash_UK", "text": "\U0001f4b8 Summer job for 13+!! Earn \u00a3200 this week doing NOTHING \U0001f4b8 we pay into ur account, u send it on, keep \u00a350"},
            {"sender": "Zane", "text": "is it legit"},
            {"sender": "EasyCash_UK", "text": "100% bro, loads of kids at ur school doing it. just need ur sort code and account number"},
            {"sender": "Zane", "text": "sort code 40-12-77 account 31204455"},
            {"sender": "EasyCash_UK", "text": "nice one. money lands tomorrow, send it to the one i give u straight away"}
        ],
        "labels": ["money_mule", "privacy_disclosure"]
    },
    {
        "participants": [{"id": "finley", "role": "child"}, {"id": "coin_trader", "role": "unknown"}],
        "messages": [
            {"sender": "coin_trader", "text": "yo u got a Blockhaven wallet?"},
            {"sender": "finley", "text": "yeah"},
            {"sender": "coin_trader", "text": "i'll send u 20k coins, u buy the 4 legendary items i link then gift them to my alt. u keep 2k for urself"},
            {"sender": "finley", "text": "why dont u just buy them"},
            {"sender": "coin_trader", "text": "my account's limited lol. its easy money bro"},
            {"sender": "finley", "text": "ok send it"},
            {"sender": "coin_trader", "text": "sent. buy them now, gift to xx_vault_xx. theres another 50k tomorrow"}
        ],
        "labels": ["money_mule"]
    },
    {
        "messages": [
            {"sender": "Marcus", "text": "\u03a5\u03bf, y\u03bf\u03c5 g\u03bft \u03b1 b\u03b1nk c\u03b1rd n\u03bfw f\u03bfr ye\u03b1r 7?"},
            {"sender": "Ollie", "text": "ye y"},
            {"sender": "Marcus", "text": "\u0399'll s\u03b5nd \u00a3500 t\u03bf y\u03bf\u03c5r \u03b1cc\u03bf\u03c5nt, y\u03bf\u03c5 t\u03b1k\u03b5 \u03b9t \u03bf\u03c5t \u03b1t th\u03b5 c\u03b1shp\u03bf\u03b9nt \u03b1nd g\u03b9\u03bd\u03b5 \u03b9t m\u03b5. \u039a\u03b5\u03b5p \u00a350"},
            {"sender": "Ollie", "text": "whose money is it"},
            {"sender": "Marcus", "text": "D\u03bfn't w\u03bfrry \u03b1b\u03bf\u03c5t th\u03b1t. J\u03c5st d\u03bfn't t\u03b5ll y\u03bf\u03c5r m\u03c5m. S\u03b5nd m\u03b5 y\u03bf\u03c5r s\u03bfrt c\u03bfd\u03b5 \u03b1nd \u03b1cc\u03bf\u03c5nt n\u03c5mb\u03b5r"},
            {"sender": "Ollie", "text": "ok"}
        ],
        "labels": ["money_mule"],
        "evasion": True
    },
    {
        "messages": [
            {"sender": "Kyle Y11", "text": "u got that new card from the bank for school dinners"},
            {"sender": "Archie", "text": "yeah"},
            {"sender": "Kyle Y11", "text": "let me use it. \u00a3800 goes in friday, u take it out at the machine in town and give me it, u keep \u00a380"},
            {"sender": "Archie", "text": "is that allowed"},
            {"sender": "Kyle Y11", "text": "course, my cousin does it all the time. just say its birthday money if anyone asks"},
            {"sender": "Archie", "text": "ok when"},
            {"sender": "Kyle Y11", "text": "friday after school, i'll meet u off the bus"}
        ],
        "labels": ["money_mule"]
    },
    {
        "messages": [
            {"sender": "Tyler", "text": "why did u turn ur location off"},
            {"sender": "Poppy", "text": "my battery was low"},
            {"sender": "Tyler", "text": "dont lie. turn it on now or we're done"},
            {"sender": "Poppy", "text": "ok its on"},
            {"sender": "Tyler", "text": "why are u at leah's? i said no"},
            {"sender": "Poppy", "text": "its her birthday"},
            {"sender": "Tyler", "text": "send me a pic of who's there. right now. and keep ur location on all night, im checking every hour"},
            {"sender": "Poppy", "text": "ok"}
        ],
        "labels": ["location_control"]
    },
    {
        "participants": [{"id": "jamie", "role": "child"}, {"id": "steve_h", "role": "unknown"}],
        "messages": [
            {"sender": "steve_h", "text": "did u install Tagalong like i showed u?"},
            {"sender": "jamie", "text": "yeah"},
            {"sender": "steve_h", "text": "good. never turn it off, i need to know where u are. its our thing, ur parents dont need to know"},
            {"sender": "jamie", "text": "why do u need to know tho"},
            {"sender": "steve_h", "text": "because i care about u more than they do. i bought u that headset didnt i"},
            {"sender": "jamie", "text": "yeah"},
            {"sender": "steve_h", "text": "[location] ur at the shops. who with? be home by 4 and message me when ur in"},
            {"sender": "jamie", "text": "ok"}
        ],
        "labels": ["location_control", "grooming"]
    },
    {
        "participants": [{"id": "pupil_7r", "role": "child"}],
        "messages": [
            {"sender": "pupil_7r", "text": "Sir I don't know who else to tell. I don't want to be here anymore. Nobody talks to me at this school and I just want it all to stop."}
        ],
        "labels": ["self_harm"]
    },
    {
        "messages": [
            {"sender": "Maya", "text": "i think im gonna unalive myself tbh"},
            {"sender": "Sienna", "text": "wait what, fr?"},
            {"sender": "Maya", "text": "fr. been thinking about the sewer slide thing every night since we started at oakvale"},
            {"sender": "Sienna", "text": "maya pls dont. can i tell ur mum or miss grant"},
            {"sender": "Maya", "text": "no one would even notice if i wasnt here"},
            {"sender": "Sienna", "text": "i would. im calling u now"}
        ],
        "labels": ["self_harm"],
        "evasion": True
    },
    {
        "participants": [{"id": "mrs_grant", "role": "adult"}, {"id": "ruby_mum", "role": "adult"}],
        "messages": [
            {"sender": "mrs_grant", "text": "Thanks for letting us know about the account posting in the Larkhollow kids' group. Just checking: did it ever message Ruby directly?"},
            {"sender": "ruby_mum", "text": "No, she only saw it in the public group and showed me. It was asking kids for their addresses"},
            {"sender": "mrs_grant", "text": "That's fine then. We've reported it to the platform and sent a notice to Year 7 parents"},
            {"sender": "ruby_mum", "text": "Great, thank you. She was pleased she spotted it"},
            {"sender": "mrs_grant", "text": "She should be! Please thank her from us"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Leo", "text": "did u see that vid of the kids on the roof of the leisure centre"},
            {"sender": "Max", "text": "so stupid, someone's gonna fall"},
            {"sender": "Leo", "text": "the comments are all like 'do it next'"},
            {"sender": "Max", "text": "nah not worth dying for likes lol"},
            {"sender": "Leo", "text": "fr. u coming to the park later"},
            {"sender": "Max", "text": "ye 4ish"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "mum", "role": "adult"}, {"id": "toby", "role": "child"}],
        "messages": [
            {"sender": "mum", "text": "Who were those older boys you were sitting with on the bus?"},
            {"sender": "toby", "text": "theyre year 10 bus buddies, the school set it up for year 7s"},
            {"sender": "mum", "text": "Oh that's nice. Are they kind?"},
            {"sender": "toby", "text": "yeah one's called sam, he showed me which stop is for the new block"},
            {"sender": "mum", "text": "Lovely. Tell me if anything ever feels off though"},
            {"sender": "toby", "text": "mum its literally fine"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Jess", "text": "mum camp is so good!!!"},
            {"sender": "Mum", "text": "Yay! Are you eating?"},
            {"sender": "Jess", "text": "yes lol. the leaders take our phones at night so i cant text after 9"},
            {"sender": "Mum", "text": "Good! Sleep is important. Have they put photos up?"},
            {"sender": "Jess", "text": "yeah on the parents page, only the kids with the consent thing"},
            {"sender": "Mum", "text": "Saw them, you look so happy x"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Dad", "text": "We're at the pool bar by the big slide"},
            {"sender": "Mum", "text": "Ok, coming down with Tilly. Room key's with you?"},
            {"sender": "Dad", "text": "Yes. Room 214 if anyone gets lost, remember"},
            {"sender": "Oscar", "text": "where r u i cant see u"},
            {"sender": "Dad", "text": "[location]"},
            {"sender": "Oscar", "text": "found u"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "mum", "role": "adult"}, {"id": "lola", "role": "child"}],
        "messages": [
            {"sender": "mum", "text": "I'm at work till 6. Key's in the usual place. Don't open the door to anyone, ok?"},
            {"sender": "lola", "text": "ok. can i have the pizza"},
            {"sender": "mum", "text": "Yes, 20 mins at 200. Text me when you're in"},
            {"sender": "lola", "text": "im in"},
            {"sender": "mum", "text": "Good girl. Homework before games please"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Ruby", "text": "my mum made me put location sharing on \U0001f644"},
            {"sender": "Aisha", "text": "mine too, since i started getting the bus"},
            {"sender": "Ruby", "text": "she literally checked it when i was at the library"},
            {"sender": "Aisha", "text": "lol mine texts 'why are u at the shop' every time"},
            {"sender": "Ruby", "text": "parents are so weird"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Hattie", "text": "hiii is everyone in 7G here"},
            {"sender": "Zara", "text": "meeee"},
            {"sender": "Kai", "text": "yo"},
            {"sender": "Hattie", "text": "does anyone know what teachers we have"},
            {"sender": "Zara", "text": "mr okafor for form i think"},
            {"sender": "Kai", "text": "my brother had him, hes sound"},
            {"sender": "Priya", "text": "hi its priya from st bedes"},
            {"sender": "Hattie", "text": "hi priya!!"},
            {"sender": "Zara", "text": "is anyone getting the bus from larkhollow"},
            {"sender": "Priya", "text": "me! we could meet at the stop"},
            {"sender": "Zara", "text": "yesss"},
            {"sender": "Hattie", "text": "my birthday party is on the 14th, all of 7G invited, my mums sending the invites to ur parents"},
            {"sender": "Kai", "text": "do u need our addresses"},
            {"sender": "Hattie", "text": "no my mum is doing it through the parents chat from the induction day"},
            {"sender": "Priya", "text": "can i bring my cousin"},
            {"sender": "Hattie", "text": "ill ask my mum"},
            {"sender": "Kai", "text": "what do we need for the first day"},
            {"sender": "Zara", "text": "pencil case and pe kit i think"},
            {"sender": "Priya", "text": "and ur planner"},
            {"sender": "Kai", "text": "thx"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Sunbeam Holiday Club (Becky)", "text": "Morning all! Reminder today's trip to Larkhollow Farm leaves at 9.30. Packed lunch, suncream and a hat please"},
            {"sender": "Parent - Nadia", "text": "Will the kids have phones? Amelia's asking"},
            {"sender": "Sunbeam Holiday Club (Becky)", "text": "No phones on trips please, staff have their work phones and you can call us any time on 07700 900311"},
            {"sender": "Parent - Gary", "text": "Ok thanks. What time back?"},
            {"sender": "Sunbeam Holiday Club (Becky)", "text": "About 3"},
            {"sender": "Parent - Lou", "text": "Can someone else pick up Reggie today? My sister Karen"},
            {"sender": "Sunbeam Holiday Club (Becky)", "text": "Yes, please give her the pick-up password and fill in the form in the app"},
            {"sender": "Parent - Lou", "text": "Done, thanks"},
            {"sender": "Parent - Nadia", "text": "Are we allowed to take photos at the show on Friday?"},
            {"sender": "Sunbeam Holiday Club (Becky)", "text": "Yes, of your own child only please, and please don't post other children online"},
            {"sender": "Parent - Gary", "text": "Fair enough"},
            {"sender": "Parent - Priti", "text": "Has anyone seen a blue water bottle with a dinosaur on?"},
            {"sender": "Parent - Lou", "text": "Reggie came home with one!"},
            {"sender": "Parent - Priti", "text": "Haha that's Arjun's, no rush"},
            {"sender": "Sunbeam Holiday Club (Becky)", "text": "Lost property box is by the door too"},
            {"sender": "Parent - Nadia", "text": "Thanks Becky, the kids are loving it"},
            {"sender": "Sunbeam Holiday Club (Becky)", "text": "They're a lovely bunch \U0001f60a"},
            {"sender": "Parent - Gary", "text": "See you at 3"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "mum", "role": "adult"}, {"id": "dad", "role": "adult"}, {"id": "grandma", "role": "adult"}, {"id": "grandpa", "role": "adult"}, {"id": "kit", "role": "child"}, {"id": "lulu", "role": "child"}],
        "messages": [
            {"sender": "mum", "text": "Right, Portavera countdown! Everyone got their case packed?"},
            {"sender": "kit", "text": "nearly"},
            {"sender": "lulu", "text": "can i bring my games console"},
            {"sender": "mum", "text": "Yes but not the big charger"},
            {"sender": "grandma", "text": "Grandpa and I will meet you at the airport at 6am"},
            {"sender": "dad", "text": "Have you got everyone's passports, love?"},
            {"sender": "mum", "text": "In the blue folder. Kids, don't post a photo of your passport on your story this time"},
            {"sender": "kit", "text": "that was ONE time"},
            {"sender": "grandpa", "text": "What's the hotel called again?"},
            {"sender": "mum", "text": "Hotel Marevento, I'll send you the booking"},
            {"sender": "grandma", "text": "Can someone share their location when we land so we find you at arrivals"},
            {"sender": "dad", "text": "I'll share mine with you both"},
            {"sender": "lulu", "text": "can i have data on my phone abroad"},
            {"sender": "dad", "text": "You can use mine or the hotel wifi"},
            {"sender": "kit", "text": "ugh"},
            {"sender": "grandpa", "text": "We used to send postcards!"},
            {"sender": "mum", "text": "Ha. Also, no telling randoms online where we're staying please"},
            {"sender": "lulu", "text": "ok mum"},
            {"sender": "kit", "text": "ok"},
            {"sender": "grandma", "text": "We're so excited to see you all"},
            {"sender": "dad", "text": "[location] we're at gate 14"},
            {"sender": "grandpa", "text": "On our way, two minutes"},
            {"sender": "lulu", "text": "grandpa bought sweets \U0001f60d"},
            {"sender": "mum", "text": "Of course he did"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Camp Willowbrook", "text": "Week 2 kit list: wellies, a waterproof, two pairs of spare socks, a named water bottle, and a packed lunch on Wednesday (trip day)."},
            {"sender": "Parent - Helen", "text": "Do they need swimming stuff?"},
            {"sender": "Camp Willowbrook", "text": "Not this week, the pool is closed for cleaning"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "fernwick_office", "role": "adult"}, {"id": "parent_k", "role": "adult"}],
        "messages": [
            {"sender": "fernwick_office", "text": "Fernwick High: Year 7 induction day is Thursday 4 July. Arrive at 8.45 at the main gate, finish 3.10. Bring a pencil case and a packed lunch or \u00a33 for the canteen."},
            {"sender": "parent_k", "text": "Thanks, do they need to wear uniform?"},
            {"sender": "fernwick_office", "text": "No, their primary uniform or their own clothes is fine"}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Ellie", "text": "pool tomorrow?"},
            {"sender": "Hannah", "text": "yes!! what time"},
            {"sender": "Ellie", "text": "10? my dad can drive"},
            {"sender": "Hannah", "text": "ok ill bring snacks"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "dad", "role": "adult"}, {"id": "sonny", "role": "child"}],
        "messages": [
            {"sender": "dad", "text": "What was the score?"},
            {"sender": "sonny", "text": "3-1 we won!! i scored"},
            {"sender": "dad", "text": "Get in! Proud of you. Chippy tea?"},
            {"sender": "sonny", "text": "yesss"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "grandma", "role": "adult"}, {"id": "rosie", "role": "child"}],
        "messages": [
            {"sender": "grandma", "text": "Are you all coming for Christmas dinner at ours this year?"},
            {"sender": "rosie", "text": "mum said yes! can we have pigs in blankets"},
            {"sender": "grandma", "text": "Of course. And crackers"},
            {"sender": "rosie", "text": "yay"}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Tom", "text": "new stormvale update is out"},
            {"sender": "Reuben", "text": "the new map is so big"},
            {"sender": "Tom", "text": "did u get the free glider"},
            {"sender": "Reuben", "text": "yeah its in the item shop for 0 coins this week"},
            {"sender": "Tom", "text": "nice"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Larkhollow Leisure", "text": "Larkhollow Leisure: Sorry, Tuesday's junior tennis camp is cancelled due to the weather. You'll get a credit on your account. See you Wednesday!"}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Amelia", "text": "what form are u in"},
            {"sender": "Jas", "text": "7K. u?"},
            {"sender": "Amelia", "text": "7R with mr okafor"},
            {"sender": "Jas", "text": "ugh we're not together"},
            {"sender": "Amelia", "text": "we'll see each other at lunch"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "mum", "role": "adult"}, {"id": "erin", "role": "child"}],
        "messages": [
            {"sender": "mum", "text": "Dentist at 3.30 tomorrow, I'll pick you up from the office at 3"},
            {"sender": "erin", "text": "do i have to"},
            {"sender": "mum", "text": "Yes \U0001f604"},
            {"sender": "erin", "text": "ok"}
        ],
        "labels": []
    }
]
