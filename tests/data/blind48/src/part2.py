[
 {
  "messages": [
   {"sender": "Roxy Events", "text": "Hi Shannon! We're hiring hostesses for private parties in Lisnabrack and over the water. \u00a3300 a night cash, travel + hotel paid \U0001f4b8\u2708\ufe0f"},
   {"sender": "Shannon", "text": "i'm only 16 tho is that ok"},
   {"sender": "Roxy Events", "text": "16 is fine hun, our gentlemen prefer younger girls. Just don't mention your age at the door"},
   {"sender": "Shannon", "text": "what do u actually do"},
   {"sender": "Roxy Events", "text": "Look pretty, chat, keep them company, go back to their rooms if they ask. Tips are massive"},
   {"sender": "Shannon", "text": "mmm idk"},
   {"sender": "Roxy Events", "text": "We'll book your flight over Friday. Tell your ma it's a netball trip. Send me a full length pic so I can show the client"},
   {"sender": "Shannon", "text": "ok wee buns, i'll say it's netball"}
  ],
  "labels": ["sex_trafficking"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "yo ur leah from the hallowbeck gc right? ur mate jas said u like going out"},
   {"sender": "p2", "text": "ye who's this"},
   {"sender": "p1", "text": "dez, i do the under 18s nights at Vibez. got free tickets if u want them"},
   {"sender": "p2", "text": "omg mint. how many"},
   {"sender": "p1", "text": "as many as u want for u n ur girls. vip"},
   {"sender": "p2", "text": "ur a legend"},
   {"sender": "p1", "text": "how old r u anyway, u look 18"},
   {"sender": "p2", "text": "15 lol dont tell them at the door"},
   {"sender": "p1", "text": "ur secret's safe w me \U0001f602 u seem proper mature for 15 tbh"},
   {"sender": "p2", "text": "ta"},
   {"sender": "p1", "text": "after the night theres an afterparty at my mates gaff. bottles, proper nice flat"},
   {"sender": "p2", "text": "sounds sick"},
   {"sender": "p1", "text": "couple of my older mates will be there, they're sound. they'll give u n jas \u00a350 each just for hanging out"},
   {"sender": "p2", "text": "wait why would they pay us"},
   {"sender": "p1", "text": "they've got money to burn n they like pretty girls around. u just gotta be nice to them, do what they ask"},
   {"sender": "p2", "text": "idk dez thats a bit weird"},
   {"sender": "p1", "text": "dont be tight leah, i got u vip didnt i. u owe me one"},
   {"sender": "p2", "text": "i guess"},
   {"sender": "p1", "text": "my driver'll pick u up from the ginnel behind ur school at 11. dont tell ur mum, say ur sleeping at jas's"},
   {"sender": "p2", "text": "ok"},
   {"sender": "p1", "text": "good girl. bring another mate if u can, a young one. more money for all of u \U0001f4b8"},
   {"sender": "p2", "text": "i'll ask"}
  ],
  "labels": ["sex_trafficking", "grooming"]
 },
 {
  "messages": [
   {"sender": "Lowri", "text": "did u see the vid of Mali crying in the toilets \U0001f602"},
   {"sender": "Elin", "text": "who filmed it"},
   {"sender": "Lowri", "text": "me obvs. putting it on the year 8 page now"},
   {"sender": "Elin", "text": "[video] \U0001f480\U0001f480 her face"},
   {"sender": "Mali", "text": "please take it down. i mean it"},
   {"sender": "Lowri", "text": "nah. and ur not coming to the sleepover, nobody wants u there, u smell"},
   {"sender": "Elin", "text": "leave the chat mali, no one added u anyway"},
   {"sender": "Lowri", "text": "bye mali \U0001f44b removing u now"},
   {"sender": "Elin", "text": "tidy \U0001f602"}
  ],
  "labels": ["cyberbullying"]
 },
 {
  "messages": [
   {"sender": "glimmr.support.team1", "text": "\u26a0\ufe0f Your Glimmr account has been reported for copyright violation and will be deleted in 24 hours. To keep your account verify your login here: [link] - Glimmr Security Team"}
  ],
  "labels": ["scam"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "alreet kid, want an easy 200 quid"},
   {"sender": "p2", "text": "doin what like"},
   {"sender": "p1", "text": "me mate needs a bank account opened, can't use his own. u just need to gis ur national insurance number, a selfie holdin ur passport and ur address"},
   {"sender": "p2", "text": "is that not dodgy"},
   {"sender": "p1", "text": "nah man, it's just paperwork. money gans in, money gans out, u keep 200. nobody knows"},
   {"sender": "p2", "text": "aye ok. ill get me passport when me mam's at work"},
   {"sender": "p1", "text": "canny lad. then when the card comes in the post ye give me it n the pin"}
  ],
  "labels": ["money_mule", "identity_theft"]
 },
 {
  "messages": [
   {"sender": "Brodie", "text": "who's daein the bridge jump the morra"},
   {"sender": "Ross", "text": "the high bit at Carnbrae?? the water's pure baltic and it's no even deep"},
   {"sender": "Brodie", "text": "that's the point ya fanny. 20 folk already done it, it's aw over Flickit"},
   {"sender": "Kyle", "text": "a'm in. film it an we'll get views"},
   {"sender": "Ross", "text": "a dunno man"},
   {"sender": "Brodie", "text": "if ye dinnae jump ye're no in the group. 4 o'clock at the bridge, bring yer phone"},
   {"sender": "Kyle", "text": "#carnbraejump \U0001f602"}
  ],
  "labels": ["harmful_challenge"]
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "nekcihc yawliar thginot \U0001f682 who's in"},
   {"sender": "p2", "text": "wait what's that"},
   {"sender": "p1", "text": "stand on the enil by the gnissorc and tsal eno ffo before the niart sniw. ffion did it last week, filmed it and all"},
   {"sender": "p2", "text": "u mental? that's proper dangerous"},
   {"sender": "p3", "text": "i'm in. 9 by the gnissorc at Pentreglas, don't tell ur mams"},
   {"sender": "p1", "text": "bring ur phones, need to get it on Flickit \U0001f3a5"},
   {"sender": "p2", "text": "fine but if i get hit i'm haunting u"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Tyler", "text": "new challenge for the page lads. whoever puts the most windies through at the auld school wins"},
   {"sender": "Cody", "text": "the one gettin knocked doon?"},
   {"sender": "Tyler", "text": "aye, film it, best vid gets posted on @hexleywreckers"},
   {"sender": "Harvey", "text": "what if the pollis come"},
   {"sender": "Tyler", "text": "divvent be soft, just leg it. the other page did 30 windies. we need to beat them"},
   {"sender": "Cody", "text": "sound, im in. friday?"},
   {"sender": "Tyler", "text": "friday after dark. nae faces in the vids"}
  ],
  "labels": ["harmful_challenge"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Hello Caoimhe. I am the Wee Ghost. You were chosen. Do the 30 tasks or bad things happen to your family."},
   {"sender": "p2", "text": "who is this? how do ye know my name"},
   {"sender": "p1", "text": "I know where you live. Task 1: get up at 3am and send me a photo of your window."},
   {"sender": "p2", "text": "[photo]"},
   {"sender": "p1", "text": "Good. Task 12: walk along the quarry edge alone at night and film it."},
   {"sender": "p2", "text": "i dont want to do that one, please"},
   {"sender": "p1", "text": "If you stop, your mummy pays. The last task is you hurt yourself and send proof. Nobody can know about me."},
   {"sender": "p2", "text": "i'm scared"},
   {"sender": "p1", "text": "Tasks don't stop. Tonight."}
  ],
  "labels": ["harmful_challenge", "self_harm", "cyberbullying"]
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "lads the crane on the new flats site, top of it for the sunset vid. who's coming"},
   {"sender": "p2", "text": "the massive one?? ur not right in the head la"},
   {"sender": "p1", "text": "it's boss up there, that lad off Flickit did it. 100k views"},
   {"sender": "p3", "text": "i'm in. sound"},
   {"sender": "p2", "text": "what if security's there"},
   {"sender": "p1", "text": "they go home at 6. sat night. no bottling it or ur binned off the group"}
  ],
  "labels": ["harmful_challenge"]
 },
 {
  "messages": [
   {"sender": "Ellie-May \U0001f495", "text": "anyone got a hoodie size 10 for sale?? can pick up today, i'm home on my own till 8 at 22 Ferry Lane Westmoor, or i'm at Merseyfield High till 3:15. msg me on 07700 900741 xx [location]"}
  ],
  "labels": ["privacy_disclosure"]
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
  "messages": [
   {"sender": "p2", "text": "Hi Jamie, I saw your post in the Young Carers Chat group. You sound like you're doing so much for your mum, you're a wee star \u2b50"},
   {"sender": "p1", "text": "thanks. its ok, just tiring"},
   {"sender": "p2", "text": "I used to be a carer too. Nobody understands like someone who's been there. How old are you, pet?"},
   {"sender": "p1", "text": "13"},
   {"sender": "p2", "text": "So young to have all that on you. What's your day like?"},
   {"sender": "p1", "text": "up at 6:30 to do mum's tablets, walk my wee sister to Kirkhallow Primary, then I go to Ardlow Academy. back at 3:40 and make the tea"},
   {"sender": "p2", "text": "And nobody helps? Where's your dad?"},
   {"sender": "p1", "text": "he's no around. mum's asleep most afternoons wi her meds so its just me and the wean"},
   {"sender": "p2", "text": "I could help you out. I'm not far from Ardlow. What street are you on? I could drop off some shopping"},
   {"sender": "p1", "text": "Glenview Road, number 9. the one wi the ramp"},
   {"sender": "p2", "text": "Lovely. I'll bring you something nice too, a wee treat just for you. Maybe some money for your phone"},
   {"sender": "p1", "text": "ye dont have to"},
   {"sender": "p2", "text": "I want to. But best not tell your mum or the school, they might think you can't cope and take you off her. That happens, you know"},
   {"sender": "p1", "text": "really? i dont want that"},
   {"sender": "p2", "text": "Then it's our secret. I'll come Thursday when your mum's sleeping, about 4. Delete these messages, ok?"},
   {"sender": "p1", "text": "ok"}
  ],
  "labels": ["privacy_disclosure", "grooming"]
 },
 {
  "messages": [
   {"sender": "Grace", "text": "mum someone just airdropped me a horrible pic on the bus \U0001f62d"},
   {"sender": "Mum", "text": "What? What kind of pic love?"},
   {"sender": "Grace", "text": "a rude one, of a man. it just popped up, i didnt accept but i saw it. it said from 'Big Lad' and then another one came"},
   {"sender": "Mum", "text": "Oh Grace I'm so sorry. Turn AirDrop to contacts only or off now. Are you ok? Is he near you?"},
   {"sender": "Grace", "text": "i think its someone at the back. i've moved to sit by the driver"},
   {"sender": "Mum", "text": "Good girl. Stay by the driver. I'll meet you at the stop and we'll report it to the bus company and the police."}
  ],
  "labels": ["unwanted_contact"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "hiya"},
   {"sender": "p1", "text": "hiya?"},
   {"sender": "p1", "text": "why u ignoring me"},
   {"sender": "p2", "text": "who r u"},
   {"sender": "p1", "text": "saw u at the bus stop on Hallow Lane. ur well pretty"},
   {"sender": "p2", "text": "i dont know u. stop messaging me"},
   {"sender": "p1", "text": "dont be like that. ive added u on Pingo and Glimmr too"},
   {"sender": "p1", "text": "accept me"},
   {"sender": "p1", "text": "i'll be at the stop tomorrow, say hi \U0001f618"}
  ],
  "labels": ["unwanted_contact"]
 },
 {
  "messages": [
   {"sender": "Cian", "text": "that weirdo's back. new account again. 5th one this week"},
   {"sender": "Tiarnan", "text": "the fella from the Skyforge server?"},
   {"sender": "Cian", "text": "aye. i blocked him and he just makes new ones. keeps sending 'why'd ye block me wee man' and voice notes [voice note] [voice note]"},
   {"sender": "Tiarnan", "text": "what's he saying in them"},
   {"sender": "Cian", "text": "just that i'm being rude and he only wants to be pals. it's every night. i'm scundered to tell ma"},
   {"sender": "Tiarnan", "text": "wise up, ye're telling her, i'll come with ye. screenshot them all"}
  ],
  "labels": ["unwanted_contact"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "h\u200biya gorgeous, u from Pentreglas?"},
   {"sender": "p2", "text": "who's this"},
   {"sender": "p1", "text": "saw u on the rugby club page. h\u200bo\u200bw o\u200bl\u200bd r u?"},
   {"sender": "p2", "text": "13. do i know u?"},
   {"sender": "p1", "text": "not yet \U0001f609 ur really mature for 13. let's keep this our s\u200be\u200bc\u200br\u200be\u200bt yeah, ur mam wouldnt get it"},
   {"sender": "p2", "text": "i'm not supposed to talk to people i dont know"},
   {"sender": "p1", "text": "i'll be at the club on sat. m\u200be\u200be\u200bt me round the back after, i've got a p\u200br\u200be\u200bs\u200be\u200bn\u200bt for u. d\u200be\u200bl\u200be\u200bt\u200be this chat x"},
   {"sender": "p1", "text": "u there?"},
   {"sender": "p1", "text": "ans\u200bwer me"}
  ],
  "labels": ["unwanted_contact", "grooming"],
  "evasion": True
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "hey"},
   {"sender": "p1", "text": "[photo]"},
   {"sender": "p1", "text": "u like? i've got more of me like that. send me one back \U0001f609"},
   {"sender": "p2", "text": "what the hell thats disgustin, i'm 12"},
   {"sender": "p1", "text": "age is just a number. go on, one pic, nobody will know"}
  ],
  "labels": ["unwanted_contact", "sexting"]
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "Hi Rhian, can I ask u something from youth club"},
   {"sender": "p2", "text": "Course you can Megan, what's up?"},
   {"sender": "p1", "text": "there's this man who's always at the bus shelter by the chippy. he asked for my Glimmr, i said no, but he found it anyway"},
   {"sender": "p1", "text": "i blocked him and now he's added me on Pingo and BlockRealm and sent like 30 messages, and a friend request off a new account every day"},
   {"sender": "p1", "text": "he keeps saying 'why u being cold cariad' and 'i'll see u at the shelter'. it's freaking me out"},
   {"sender": "p2", "text": "Thank you for telling me. That's not ok and it's not your fault. Keep the screenshots, don't reply. Can we talk to your mam together tonight and report it?"},
   {"sender": "p1", "text": "ye ok. i'll get the bus from the other stop now"}
  ],
  "labels": ["unwanted_contact"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "ay la, u the lad who's dead good on the footy game, kai's mate?"},
   {"sender": "p2", "text": "ye who's this"},
   {"sender": "p1", "text": "spencer. kai says ur sound. want some new trainers? got a spare pair, ur size"},
   {"sender": "p2", "text": "serious? boss"},
   {"sender": "p1", "text": "ye no bother, u look after me, i look after u. that's how it works round here"},
   {"sender": "p2", "text": "sound"},
   {"sender": "p1", "text": "here, take this phone an all. ur one's a brick. only use it for me tho"},
   {"sender": "p2", "text": "mint ta"},
   {"sender": "p1", "text": "dont tell ur mum where it came from. say u got it off kai"},
   {"sender": "p2", "text": "ye ok"},
   {"sender": "p1", "text": "need a favour now la. drop a bag down to the seaside for me. train's paid, 300 for u"},
   {"sender": "p2", "text": "what's in it"},
   {"sender": "p1", "text": "dont ask questions u dont want answers to. just a parcel. in and out"},
   {"sender": "p2", "text": "i've got school tho"},
   {"sender": "p1", "text": "tell them ur sick. u owe me for the phone and the trainers remember. 160 quid them trainers"},
   {"sender": "p2", "text": "i thought they were a present"},
   {"sender": "p1", "text": "nothing's free. be at the station for 7, text me on the new phone. don't let me down"},
   {"sender": "p2", "text": "ok"}
  ],
  "labels": ["criminal_exploitation", "grooming"]
 },
 {
  "messages": [
   {"sender": "Big T", "text": "u lost my bag so u owe me 1k now"},
   {"sender": "Marcus", "text": "i didnt lose it, i got robbed i swear"},
   {"sender": "Big T", "text": "dont care. ur working it off. 3 runs a week till its paid"},
   {"sender": "Marcus", "text": "i cant i've got school and my mum will notice"},
   {"sender": "Big T", "text": "ur location stays on 24/7 on Pinpoint. i check it every hour. if ur dot goes off i come to urs"},
   {"sender": "Marcus", "text": "please man"},
   {"sender": "Big T", "text": "send me a pic of where u are every time i ring. pick up first ring. tonight ur going to the trap in Eccleshaw"},
   {"sender": "Marcus", "text": "ok ok"}
  ],
  "labels": ["criminal_exploitation", "location_control"]
 },
 {
  "messages": [
   {"sender": "Dee", "text": "wee man, ye wantin graft the night? easy dough"},
   {"sender": "Aiden", "text": "whit is it"},
   {"sender": "Dee", "text": "drop some food aff at the swing park, a guy'll meet ye. pick up the dough an bring it back. 50 for ye"},
   {"sender": "Aiden", "text": "food? like scran?"},
   {"sender": "Dee", "text": "haha aye scran \U0001f602 dinnae be a dafty. nae questions. ye dae the line every night this week n ye get a new phone"},
   {"sender": "Aiden", "text": "ma maw'll ask where a'm goin"},
   {"sender": "Dee", "text": "say ye're at the fitba. an if ye're thinkin aboot grassin, mind a ken where she stays"},
   {"sender": "Aiden", "text": "a'm no grassin. whit time"}
  ],
  "labels": ["criminal_exploitation"],
  "evasion": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Where are you to? Tea's on the table"},
   {"sender": "p2", "text": "at Iwan's, coming now in a minute"},
   {"sender": "p1", "text": "Now in a minute or now now? It's going cold"},
   {"sender": "p2", "text": "now now \U0001f3c3"},
   {"sender": "p1", "text": "Send me your location then, you said that an hour ago \U0001f602"},
   {"sender": "p2", "text": "[location] walking past the chippy"},
   {"sender": "p1", "text": "Tidy. Yours is in the oven. Cwtch when you're in"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Mum", "text": "Lewis what's the password for the Streamly, your nan wants to watch her programme"},
   {"sender": "Lewis", "text": "it's on the fridge mum"},
   {"sender": "Mum", "text": "It's not on the fridge I'm looking at the fridge"},
   {"sender": "Lewis", "text": "ugh. ill type it in when i'm home, dont want to put it on here, miss said never text passwords"},
   {"sender": "Mum", "text": "Good lad, proud of you. Be quick tho she's doing my head in"},
   {"sender": "Lewis", "text": "on the bus now. 10 mins. tell nan to calm down la"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Parcelwing", "text": "Parcelwing: Your parcel from Hollin & Co is out for delivery today between 13:10 and 14:10. Track it in the Parcelwing app. We will never ask you to pay a fee by text."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Ciaran", "text": "bout ye big lad"},
   {"sender": "Odhran", "text": "stickin out. u see the state of ye in that photo from the formal"},
   {"sender": "Ciaran", "text": "catch yourself on, I looked class"},
   {"sender": "Odhran", "text": "ye looked like a wee lost potato in a suit \U0001f602"},
   {"sender": "Ciaran", "text": "I'll batter ye at five-a-side the morra for that"},
   {"sender": "Odhran", "text": "ye couldn't batter a fish supper. 6 o'clock?"},
   {"sender": "Ciaran", "text": "dead on. bring the ball ye melter"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "howay get on, i'm gonna batter ye"},
   {"sender": "p2", "text": "ye'll get destroyed like last time"},
   {"sender": "p1", "text": "that was lag man"},
   {"sender": "p2", "text": "lag \U0001f602 ye're deed this time, i'm coming for ye"},
   {"sender": "p1", "text": "if ye score in the last minute again i'm launching me controller out the windae"},
   {"sender": "p2", "text": "gg ya divvent 3-0"},
   {"sender": "p1", "text": "rematch. now."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Josh", "text": "did u see that thing on the news about the lads being made to run stuff down to the seaside towns"},
   {"sender": "Ethan", "text": "county lines ye. mad that. they were like 14"},
   {"sender": "Josh", "text": "they give them trainers and a phone then say they owe them. sly"},
   {"sender": "Ethan", "text": "me dad said if anyone ever offers us free stuff like that we tell him straight away no questions"},
   {"sender": "Josh", "text": "ye me mum said same. anyway u playing tonight"},
   {"sender": "Ethan", "text": "ye at 7 la"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "Hi Mrs Hughes, it's Aled from the youth club. Just to let you know a fake 'free trainers giveaway' account has been commenting on the youth club's public page. I've reported it to the platform and removed the posts."},
   {"sender": "p2", "text": "Thanks Aled. Did it message any of the kids?"},
   {"sender": "p1", "text": "Not as far as we know, it only commented on the page and nobody from the club replied to it. I'll mention it in Thursday's session so they know what to look out for."},
   {"sender": "p2", "text": "Brilliant, thank you. Gwen said nothing about it so I don't think she saw it."},
   {"sender": "p1", "text": "Great. Any worries, give me a shout."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Coach Andy", "text": "Hi all, Sunday's away game at Dunraith. I can't give lifts on my own with one of the boys, club rule, so can parents sort a rota on here please"},
   {"sender": "Mum (Finlay)", "text": "I can take 3 boys, leaving the club at 9"},
   {"sender": "Dad (Zain)", "text": "I'll take Zain and 2 others"},
   {"sender": "Coach Andy", "text": "Brilliant. Boys, if anyone offers you a lift who's not on this rota, say no and tell me."},
   {"sender": "Finlay", "text": "aye coach"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "can ye lend us a tenner till friday, it's Amy's birthday"},
   {"sender": "p2", "text": "again?? ye owe me 15 already ya cheeky mare"},
   {"sender": "p1", "text": "pleeeease i'll do the dishes all week"},
   {"sender": "p2", "text": "fine. sent it to ur junior account. dishes ALL week"},
   {"sender": "p1", "text": "ur the best sister ever"},
   {"sender": "p2", "text": "i know. and i'm tellin mam if ye divvent pay us back"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Ma", "text": "Put your dinner money in your Bannside Junior account, \u00a315 for the week"},
   {"sender": "Erin", "text": "ta ma"},
   {"sender": "Ma", "text": "And remember never give the card number or the code to anybody. Not even your friends. If anyone asks, tell me"},
   {"sender": "Erin", "text": "i know i know, Mr Quinn did a whole assembly on it"},
   {"sender": "Ma", "text": "Good. And don't be buying 4 pasties at break"},
   {"sender": "Erin", "text": "no promises \U0001f602"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "have yous seen the new one on Flickit where folk lie down in the road when a car's comin"},
   {"sender": "p2", "text": "aye it's pure mental, a lassie in Dunraith ended up in hospital"},
   {"sender": "p3", "text": "who even thinks that's a good idea"},
   {"sender": "p1", "text": "some boys in 2nd year were talkin aboot it"},
   {"sender": "p2", "text": "naw. no chance. a'm tellin Mr Baird if they try"},
   {"sender": "p3", "text": "same. it's no worth it for some views"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Miss Evans", "text": "Blwyddyn 7! Our charity day dare: if we raise \u00a3300, Mr Thomas will wear a onesie for the whole day \U0001f602"},
   {"sender": "Harri", "text": "dare u to make it a dinosaur one miss"},
   {"sender": "Miss Evans", "text": "Dare accepted, Harri. Sponsor forms are in reg."},
   {"sender": "Nia", "text": "my nan's giving me a fiver"},
   {"sender": "Miss Evans", "text": "Lush, diolch Nia!"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Hello son it's grandad. The tablet is asking for a password again. What is it"},
   {"sender": "p2", "text": "grandad its yer ain password, it's the one wi granny's birthday"},
   {"sender": "p1", "text": "I tried that it says wrong"},
   {"sender": "p2", "text": "a'll come round efter school n dae it wi ye. dinnae press anythin"},
   {"sender": "p1", "text": "Ok son. I've not pressed anything. Ok maybe once"},
   {"sender": "p2", "text": "\U0001f602 a'll be there at 4"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Kacey", "text": "can i post my first day pic on my story"},
   {"sender": "Mum", "text": "Yes but crop the badge out and don't tag where we live. Your account is private isn't it?"},
   {"sender": "Kacey", "text": "yes mum \U0001f644"},
   {"sender": "Mum", "text": "And location off on the app please. Not being mardy, it's just people can work out your school"},
   {"sender": "Kacey", "text": "done. cropped it. happy?"},
   {"sender": "Mum", "text": "Very. You look gorgeous. Love you"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Skyforge", "text": "Skyforge: 592114 is your verification code. Never share this code with anyone. Skyforge staff will never ask you for it."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}, {"id": "p3", "role": "child"}, {"id": "p4", "role": "child"}, {"id": "p5", "role": "child"}, {"id": "p6", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Hi all! Ballycorran Youth Club residential to Glenmor Outdoor Centre this Fri-Sun \U0001f392 Parents have all signed the consent forms, thanks."},
   {"sender": "p3", "text": "class can't wait"},
   {"sender": "p1", "text": "Kit list: waterproofs, walking boots, torch, sleeping bag, wee bit of cash for the tuck shop (max \u00a310). No need for bank cards."},
   {"sender": "p4", "text": "can we bring our phones"},
   {"sender": "p2", "text": "Yes, but phones go in the box at lights out. On the hill walk Saturday we'll be sharing live location with the leaders' phone only, through the centre's safety app, in case anyone gets separated. Parents know."},
   {"sender": "p5", "text": "do we have to"},
   {"sender": "p2", "text": "Only on the hike. It goes off when we're back at the centre. Same as every year."},
   {"sender": "p6", "text": "what if it rains"},
   {"sender": "p1", "text": "It's Glenmor, it'll rain \U0001f602 bring a spare pair of socks"},
   {"sender": "p3", "text": "is there wifi"},
   {"sender": "p1", "text": "There's wifi in the lounge. The password's on the wall, don't put it on the group pls"},
   {"sender": "p4", "text": "who's in my room"},
   {"sender": "p2", "text": "Rooms are on the sheet we'll hand out on the bus. Leaders are in the rooms at the end of each corridor."},
   {"sender": "p5", "text": "can we do the night walk"},
   {"sender": "p1", "text": "Yes with leaders, torches and a headcount \U0001f526"},
   {"sender": "p6", "text": "what time is the bus"},
   {"sender": "p1", "text": "Leaving the club at 5pm Friday. Parents collect Sunday 4pm. Any worries, ring me on 07700 900214."},
   {"sender": "p3", "text": "wee buns. see yous friday"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Kirkhallow Dental", "text": "Reminder: Jamie has a dental check-up at Kirkhallow Dental on Tues 3rd at 15:40. Reply C to confirm or call us to change."}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Kai", "text": "3-1 us lads!! boss"},
   {"sender": "Liam", "text": "get in. who scored"},
   {"sender": "Kai", "text": "me, alfie and an own goal \U0001f602"},
   {"sender": "Liam", "text": "sound. we're top now ye?"},
   {"sender": "Kai", "text": "top of the league la"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Dad", "text": "Chinese or chippy tonight?"},
   {"sender": "Cerian", "text": "chippy!! sausage and chips pls"},
   {"sender": "Osian", "text": "chinese \U0001f62d"},
   {"sender": "Dad", "text": "Chippy wins 2-1. Mam votes chippy too."},
   {"sender": "Osian", "text": "unfair"}
  ],
  "labels": []
 }
]
