[
    # 1 "agent" recruiting a 14yo for a modelling job that turns into paid company
    {
        "participants": [{"id": "starline.scout", "role": "unknown"}, {"id": "lexi_wz", "role": "child"}],
        "messages": [
            {"sender": "starline.scout", "text": "Hi Lexi! I'm a scout for Starline Model Management. We came across your page and honestly you have the look our clients want right now \ud83d\ude0d"},
            {"sender": "lexi_wz", "text": "omg wait fr?? is this real"},
            {"sender": "starline.scout", "text": "100% real babe. How old are you? Some of our best paid girls started at your age"},
            {"sender": "lexi_wz", "text": "14 in june"},
            {"sender": "starline.scout", "text": "Perfect. We have a paid shoot in Manchester next Saturday, we cover the train and a hotel. \u00a3400 for the day"},
            {"sender": "lexi_wz", "text": "id have to ask my mum tho"},
            {"sender": "starline.scout", "text": "Tbh it's better not to involve parents at this stage, they never understand the industry and you'd lose the spot. After the shoot there's a dinner with a couple of private clients, you just keep them company and they tip really well"},
            {"sender": "starline.scout", "text": "Girls who are friendly at the dinners get booked every month x"},
        ],
        "labels": ["sex_trafficking", "grooming"],
        "evasion": False,
    },
    # 2 "new number it's me" impersonation to grab a login code
    {
        "participants": [{"id": "u_8821", "role": "unknown"}, {"id": "danny.o", "role": "child"}],
        "messages": [
            {"sender": "u_8821", "text": "yo its kieran, new acc my old one got banned"},
            {"sender": "danny.o", "text": "wait which kieran"},
            {"sender": "u_8821", "text": "kieran from ur form bro \ud83d\ude02 anyway quick one, i put ur number as my backup by accident, a code just got sent to u can u send it me"},
            {"sender": "danny.o", "text": "i got a text saying dont share it with anyone tho"},
            {"sender": "u_8821", "text": "ye thats just the automatic thing, its MY code not urs. just screenshot it quick before it runs out"},
            {"sender": "u_8821", "text": "bro hurry up its gonna expire"},
        ],
        "labels": ["identity_theft"],
        "evasion": False,
    },
    # 3 group chat pile-on "rate her"
    {
        "participants": [{"id": "jas", "role": "child"}, {"id": "tyla", "role": "child"}, {"id": "mo_b", "role": "child"}, {"id": "keeley", "role": "child"}, {"id": "ruby.h", "role": "child"}],
        "messages": [
            {"sender": "jas", "text": "[photo] rate ruby's pe kit fit out of 10 \ud83d\udc80\ud83d\udc80"},
            {"sender": "tyla", "text": "minus 4 \ud83d\ude2d"},
            {"sender": "mo_b", "text": "who let her out the house like that"},
            {"sender": "keeley", "text": "she looks like a potato in a bin bag no lie"},
            {"sender": "ruby.h", "text": "why are you doing this in a chat im in"},
            {"sender": "jas", "text": "so u can see what everyone actually thinks \ud83e\udd37\u200d\u2640\ufe0f"},
            {"sender": "tyla", "text": "sending this to the year 10 chat as well"},
            {"sender": "mo_b", "text": "nobody even wants u here ruby just leave"},
        ],
        "labels": ["cyberbullying"],
        "evasion": False,
    },
    # 4 running a child, live location demanded
    {
        "participants": [{"id": "bigmanT", "role": "unknown"}, {"id": "reece07", "role": "child"}],
        "messages": [
            {"sender": "bigmanT", "text": "u still at ur nans"},
            {"sender": "reece07", "text": "ye"},
            {"sender": "bigmanT", "text": "get to the station for 4. my boy will give u a bag, u take it up to the address i send. dont open it"},
            {"sender": "reece07", "text": "i got school tmrw tho i cant be out late"},
            {"sender": "bigmanT", "text": "u owe me for that phone remember. u do this and we square"},
            {"sender": "bigmanT", "text": "put ur live location on now and keep it on till u get back. if it goes off even for a minute im coming round"},
            {"sender": "reece07", "text": "ok [location]"},
            {"sender": "bigmanT", "text": "good. answer every time i ring"},
        ],
        "labels": ["criminal_exploitation", "location_control"],
        "evasion": False,
    },
    # 5 sextortion for gift cards
    {
        "participants": [{"id": "amelia_xo22", "role": "unknown"}, {"id": "josh.pr", "role": "child"}],
        "messages": [
            {"sender": "amelia_xo22", "text": "I screen recorded everything. I have the pics you sent and a list of all your followers, your school and your mum's page"},
            {"sender": "josh.pr", "text": "please dont im 15 please delete them"},
            {"sender": "amelia_xo22", "text": "\u00a3200 in Vortex gift cards and I delete it. You have 2 hours"},
            {"sender": "josh.pr", "text": "i dont have that much i swear"},
            {"sender": "amelia_xo22", "text": "Then I send it to everyone starting with your mum. Clock is ticking"},
        ],
        "labels": ["sextortion"],
        "evasion": False,
    },
    # 6 nudify request about a classmate, Discord server
    {
        "messages": [
            {"sender": "zxRaptor", "text": "anyone got that app that does the undress thing"},
            {"sender": "milo", "text": "ye theres a bot in the other server"},
            {"sender": "zxRaptor", "text": "[photo] do this one, its chloe from 9R. from her insta"},
            {"sender": "milo", "text": "lmaooo say less"},
            {"sender": "deano", "text": "post it in here when its done, then put it in the year chat \ud83d\ude02"},
            {"sender": "zxRaptor", "text": "she's gonna die when she sees it"},
        ],
        "labels": ["csam", "cyberbullying"],
        "evasion": False,
    },
    # 7 teen oversharing school and routine to a stranger in game chat
    {
        "participants": [{"id": "GhostFox", "role": "unknown"}, {"id": "ellaplays", "role": "child"}],
        "messages": [
            {"sender": "GhostFox", "text": "ur actually cracked at this for a girl lol. where u from"},
            {"sender": "ellaplays", "text": "thornbury lol"},
            {"sender": "GhostFox", "text": "no way thats near me. which school"},
            {"sender": "ellaplays", "text": "st aldhelms, year 8"},
            {"sender": "GhostFox", "text": "u walk home or get the bus"},
            {"sender": "ellaplays", "text": "walk, down the canal path, my mum doesnt get back from work til 6 so im on my own til then"},
            {"sender": "GhostFox", "text": "nice so u can play more \ud83d\ude0f what do u look like, u got a pic"},
        ],
        "labels": ["privacy_disclosure", "grooming"],
        "evasion": False,
    },
    # 8 renting a teen's game account
    {
        "participants": [{"id": "SkinzDealer", "role": "unknown"}, {"id": "oli_k", "role": "child"}],
        "messages": [
            {"sender": "SkinzDealer", "text": "want easy money? I rent accounts. \u00a350 a week for yours, you dont have to do anything"},
            {"sender": "oli_k", "text": "what do u do on it"},
            {"sender": "SkinzDealer", "text": "my clients load funds onto it and buy and sell skins through it. money goes through your wallet then I take it out. totally normal"},
            {"sender": "SkinzDealer", "text": "just need your email, password and the backup codes. and turn off the login alerts so you dont get spammed"},
            {"sender": "oli_k", "text": "will i get banned"},
            {"sender": "SkinzDealer", "text": "nah bro 100s of people do it. \u00a350 every friday straight to your paypal"},
        ],
        "labels": ["money_mule", "identity_theft"],
        "evasion": False,
    },
    # 9 crypto "investment" offer
    {
        "participants": [{"id": "CryptoKing.official", "role": "unknown"}, {"id": "harvey2009", "role": "child"}],
        "messages": [
            {"sender": "CryptoKing.official", "text": "Bro you want to turn \u00a350 into \u00a3750 in 48 hours? My students are making bank \ud83d\udcb8\ud83d\udcb8 [photo]"},
            {"sender": "harvey2009", "text": "how does it work"},
            {"sender": "CryptoKing.official", "text": "I trade it for you with my bot. Guaranteed, zero risk. Just send me your card number, expiry and the 3 digits on the back so I can set up your trading wallet"},
            {"sender": "harvey2009", "text": "its my mums card is that ok"},
            {"sender": "CryptoKing.official", "text": "Yeah bro no problem, she'll thank you when it's \u00a3750 lol. Offer ends tonight"},
        ],
        "labels": ["scam"],
        "evasion": False,
    },
    # 10 single SMS money mule advert
    {
        "messages": [
            {"sender": "07700 900418", "text": "Hi! Quick job for students 16+. Earn \u00a3300-\u00a3500/wk from home. No experience needed, all you need is a bank account to receive payments for our company and send them on. Keep 10%. Reply YES to start today."},
        ],
        "labels": ["money_mule"],
        "evasion": False,
    },
    # 11 single SMS fake delivery fee
    {
        "messages": [
            {"sender": "+44 7700 900561", "text": "ParcelRoute: We tried to deliver your parcel but there is a \u00a31.45 unpaid shipping fee. Pay within 24hrs or it will be returned: [link]"},
        ],
        "labels": ["scam"],
        "evasion": False,
    },
    # 12 evasion: pile-on with spaced-out "kys"
    {
        "messages": [
            {"sender": "lil_jayz", "text": "bro cried in food tech again \ud83d\ude02\ud83d\ude02"},
            {"sender": "ashhh", "text": "he's actually such a w4steman"},
            {"sender": "lil_jayz", "text": "@Tomasz do every1 a favour and k.y.s"},
            {"sender": "kd.09", "text": "fr k \ud83c\uddfe s nobody would even notice"},
            {"sender": "Tomasz", "text": "leave me alone man"},
            {"sender": "ashhh", "text": "u\u0274\u1d00\u029f\u026a\u1d20\u1d07 \ud83d\udc80"},
        ],
        "labels": ["cyberbullying", "self_harm"],
        "evasion": True,
    },
    # 13 school "trend" challenge to damage toilets
    {
        "messages": [
            {"sender": "Kaif", "text": "have u seen the school trend on clipz, everyones doing the toilet one"},
            {"sender": "Brandon", "text": "the one where u rip the sinks off"},
            {"sender": "Kaif", "text": "ye u get points per thing u break. copperfield lot did the mirrors"},
            {"sender": "Brandon", "text": "we gotta beat them tho"},
            {"sender": "Kaif", "text": "tomorrow lunch. u film, i do the hand dryers. then we post it before they can delete it"},
            {"sender": "Nathan", "text": "im in. whoever doesnt do one is a wasteman"},
        ],
        "labels": ["harmful_challenge"],
        "evasion": False,
    },
    # 14 persistent requests from a stranger across accounts
    {
        "participants": [{"id": "dazza.77", "role": "unknown"}, {"id": "freya.m", "role": "child"}],
        "messages": [
            {"sender": "dazza.77", "text": "hi again freya. why did u block me"},
            {"sender": "freya.m", "text": "i dont know you. please stop messaging me"},
            {"sender": "dazza.77", "text": "i only want to chat. this is my 4th account, ill just keep making them"},
            {"sender": "dazza.77", "text": "accept my request on the other one"},
            {"sender": "dazza.77", "text": "[photo]"},
            {"sender": "dazza.77", "text": "freya?? dont ignore me"},
            {"sender": "freya.m", "text": "im reporting you"},
        ],
        "labels": ["unwanted_contact"],
        "evasion": False,
    },
    # 15 teen tells a friend they want to disappear
    {
        "participants": [{"id": "nia", "role": "child"}, {"id": "soph", "role": "child"}],
        "messages": [
            {"sender": "soph", "text": "u ok? u were so quiet in english"},
            {"sender": "nia", "text": "not really"},
            {"sender": "nia", "text": "i just want to disappear honestly. like everyone would be better off if i wasnt here"},
            {"sender": "soph", "text": "nia no. can i ring u"},
            {"sender": "nia", "text": "i dont want to talk. ive felt like this for weeks"},
        ],
        "labels": ["self_harm"],
        "evasion": False,
    },
    # 16 peer asks for a picture of the private kind
    {
        "participants": [{"id": "callum.r", "role": "child"}, {"id": "isla_b", "role": "child"}],
        "messages": [
            {"sender": "callum.r", "text": "u up"},
            {"sender": "isla_b", "text": "ye why"},
            {"sender": "callum.r", "text": "send me a pic"},
            {"sender": "isla_b", "text": "[photo]"},
            {"sender": "callum.r", "text": "nah not like that \ud83d\ude02 the private kind. i'll delete it straight after promise"},
            {"sender": "isla_b", "text": "idk"},
            {"sender": "callum.r", "text": "everyone does it. if u actually liked me u would"},
        ],
        "labels": ["sexting"],
        "evasion": False,
    },
    # 17 stranger pushes to move to another app and keep it secret
    {
        "participants": [{"id": "ryan_19x", "role": "unknown"}, {"id": "maddie.t", "role": "child"}],
        "messages": [
            {"sender": "ryan_19x", "text": "hey saw u in the comments on that gaming vid, ur funny"},
            {"sender": "maddie.t", "text": "haha thanks who r u"},
            {"sender": "ryan_19x", "text": "just ryan. how old r u btw"},
            {"sender": "maddie.t", "text": "13"},
            {"sender": "ryan_19x", "text": "cool age doesnt matter to me anyway, ur way more mature than people my age"},
            {"sender": "ryan_19x", "text": "this app is so laggy and they read everything. add me on Whisprr, its more private. my name on there is r.y.n"},
            {"sender": "ryan_19x", "text": "and delete this chat after yeah, dont want ur parents being weird about it"},
        ],
        "labels": ["grooming", "unwanted_contact"],
        "evasion": False,
    },
    # 18 evasion: grooming with Cyrillic homoglyphs, gifts and secrecy
    {
        "participants": [{"id": "xXNovaXx", "role": "unknown"}, {"id": "kai.plays", "role": "child"}],
        "messages": [
            {"sender": "xXNovaXx", "text": "sent u 2000 credits for the new skin \ud83c\udf81 ur my fav duo partner fr"},
            {"sender": "kai.plays", "text": "omg thank u sm"},
            {"sender": "xXNovaXx", "text": "n\u043e w\u043e\u0440\u0440i\u0435s. just d\u043ent t\u0435ll ur m\u043em, sh\u0435 w\u043eud t\u0430k\u0435 ur \u0440h\u043en\u0435 l\u043el"},
            {"sender": "kai.plays", "text": "ye she would lol"},
            {"sender": "xXNovaXx", "text": "\u043eur s\u0435cr\u0435t \ud83e\udd10 i g\u043et m\u043er\u0435 f\u043er u if u g\u0456v\u0435 m\u0435 ur numb\u0435r"},
        ],
        "labels": ["grooming"],
        "evasion": True,
    },
    # 19 older "boyfriend" controlling a teen's location
    {
        "participants": [{"id": "deano_21", "role": "adult"}, {"id": "chlo3", "role": "child"}],
        "messages": [
            {"sender": "deano_21", "text": "why has ur location gone off"},
            {"sender": "chlo3", "text": "my phone died at lauren's sorry"},
            {"sender": "deano_21", "text": "dont lie to me. i told u it stays on 24/7. screenshot ur maps now"},
            {"sender": "chlo3", "text": "[photo]"},
            {"sender": "deano_21", "text": "why are u at hers anyway. u dont need them lot, u have me"},
            {"sender": "deano_21", "text": "u go home straight after school from now on and i check. if i see u anywhere else we're done"},
        ],
        "labels": ["location_control", "grooming"],
        "evasion": False,
    },
    # 20 fake job asking for ID documents and card details
    {
        "participants": [{"id": "BrightPath Recruitment", "role": "unknown"}, {"id": "sami.h", "role": "child"}],
        "messages": [
            {"sender": "BrightPath Recruitment", "text": "Congratulations Sami! You have been selected for our remote Social Media Assistant role, \u00a315/hr, flexible around school."},
            {"sender": "sami.h", "text": "thats great!! what do i need to do"},
            {"sender": "BrightPath Recruitment", "text": "To complete onboarding please send a clear photo of the front and back of your passport or provisional licence, plus a selfie holding it."},
            {"sender": "BrightPath Recruitment", "text": "There is also a one-off \u00a325 equipment fee. Please send your debit card number and CVV so payroll can deduct it from your first wage."},
            {"sender": "sami.h", "text": "[photo]"},
        ],
        "labels": ["identity_theft", "scam"],
        "evasion": False,
    },
    # 21 evasion: sextortion with spaced and dotted letters
    {
        "participants": [{"id": "m1a_r0se", "role": "unknown"}, {"id": "tyler.w", "role": "child"}],
        "messages": [
            {"sender": "m1a_r0se", "text": "l o o k  a t  t h i s [photo]"},
            {"sender": "m1a_r0se", "text": "i h.a.v.e ur p.i.c.s. p a y or ur whole f0llowers list s33s them"},
            {"sender": "tyler.w", "text": "what do u want"},
            {"sender": "m1a_r0se", "text": "\u00a3 1 5 0 by 9pm. or the gr0up chat at ur sk00l gets it. d0nt tell any1"},
        ],
        "labels": ["sextortion"],
        "evasion": True,
    },
    # --- clean hard negatives ---
    # 22 group chat banter with threats that are jokes
    {
        "participants": [{"id": "liv", "role": "child"}, {"id": "amara", "role": "child"}, {"id": "beth_", "role": "child"}],
        "messages": [
            {"sender": "liv", "text": "amara if ur late to the cinema again im actually gonna kill u"},
            {"sender": "amara", "text": "im literally on the bus relax \ud83d\ude2d"},
            {"sender": "beth_", "text": "she said that last time and turned up for the end credits"},
            {"sender": "amara", "text": "ONE TIME. ur both so dead to me"},
            {"sender": "liv", "text": "love u too idiot. get me a slush"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 23 genuine brand enquiry through official channels
    {
        "participants": [{"id": "Lumo Skincare (verified)", "role": "adult"}, {"id": "zara.creates", "role": "child"}],
        "messages": [
            {"sender": "Lumo Skincare (verified)", "text": "Hi Zara, we love your study-with-me videos! We'd like to discuss a paid collaboration for our new SPF range."},
            {"sender": "Lumo Skincare (verified)", "text": "As your profile shows you're under 18, we can only proceed with a parent or guardian. Could they email partnerships@lumo-skincare.example from the address on your creator account? All contracts go through our Creator Marketplace, never by DM."},
            {"sender": "zara.creates", "text": "hi! my mum manages my emails, ill get her to send one tonight"},
            {"sender": "Lumo Skincare (verified)", "text": "Perfect, thank you. We'll send the brief and the rate card to her."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 24 football club arranging lifts with parents in the chat
    {
        "participants": [{"id": "Coach Dave", "role": "adult"}, {"id": "Sam's mum", "role": "adult"}, {"id": "Jaden's dad", "role": "adult"}, {"id": "jaden10", "role": "child"}],
        "messages": [
            {"sender": "Coach Dave", "text": "U14s away at Ridgeway Rovers Sunday, kick off 10:30. Meet at the clubhouse 9:15. Need 2 more drivers."},
            {"sender": "Sam's mum", "text": "I can take 3, I'll have Sam, Leo and Archie"},
            {"sender": "Jaden's dad", "text": "I'll drive Jaden and can pick up Kofi on the way, he's round the corner from us"},
            {"sender": "jaden10", "text": "dad kofi said hes at his nans this weekend so get him from there"},
            {"sender": "Jaden's dad", "text": "Ok I'll message his mum to check the address"},
            {"sender": "Coach Dave", "text": "Cheers all. Shin pads everyone please, the ref checked last week"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 25 friends lending a charger
    {
        "messages": [
            {"sender": "Hollie", "text": "pleaseee can i borrow ur charger in registration im on 3%"},
            {"sender": "Dev", "text": "ye but u gotta give it back i need it for the bus"},
            {"sender": "Hollie", "text": "promise. ill give it u at break"},
            {"sender": "Dev", "text": "u said that about my calculator in year 7 and i never saw it again"},
            {"sender": "Hollie", "text": "LET IT GO"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 26 siblings sharing a streaming password
    {
        "participants": [{"id": "ethan", "role": "child"}, {"id": "big sis", "role": "adult"}],
        "messages": [
            {"sender": "ethan", "text": "whats the Flixwave password again it logged me out"},
            {"sender": "big sis", "text": "its the one mum wrote on the whiteboard in the kitchen"},
            {"sender": "ethan", "text": "im at dads tho"},
            {"sender": "big sis", "text": "ugh fine. Biscuit2011! and DON'T change the profile pic again"},
            {"sender": "ethan", "text": "no promises \ud83d\ude08"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 27 teens discussing a news story about sextortion
    {
        "participants": [{"id": "maya", "role": "child"}, {"id": "tobi", "role": "child"}],
        "messages": [
            {"sender": "maya", "text": "did u see that news thing about the boy in scotland who got blackmailed over pics"},
            {"sender": "tobi", "text": "ye its so sad. they said the scammers pretend to be girls and then threaten to send stuff to ur followers unless u pay"},
            {"sender": "maya", "text": "the police said dont pay and tell someone straight away, theres a thing where u can get images taken down"},
            {"sender": "tobi", "text": "mr hanley is probably gonna do an assembly on it now lol"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 28 teacher message via the school app
    {
        "participants": [{"id": "Mrs Okafor (Hollins Park School)", "role": "adult"}],
        "messages": [
            {"sender": "Mrs Okafor (Hollins Park School)", "text": "Dear Year 9, a reminder that the trip to the Castlegate Science Centre is on Friday. Please upload a photo of your signed consent form to the app by Wednesday. Meet at the main gate at 8:15, bring a packed lunch and a coat. Students will be back by 3:30, and parents will be notified through the app if we are delayed."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 29 surprise party secrecy
    {
        "messages": [
            {"sender": "Grace", "text": "ok so the surprise for amira is saturday at mine 7pm. DO NOT tell her"},
            {"sender": "Precious", "text": "my lips are sealed \ud83e\udd10"},
            {"sender": "Fin", "text": "what if she asks what we're doing saturday"},
            {"sender": "Grace", "text": "say ur doing homework lol she'll believe it. and delete this chat if she grabs ur phone"},
            {"sender": "Precious", "text": "her mum said she'll drop her off at 7:15 pretending its a sleepover"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 30 single SMS genuine two-factor code
    {
        "messages": [
            {"sender": "Chatterly", "text": "Your Chatterly verification code is 482913. Do not share this code with anyone, including Chatterly staff. If you didn't request it, you can ignore this message."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 31 parent checking where the child is
    {
        "participants": [{"id": "Mum", "role": "adult"}, {"id": "poppy", "role": "child"}],
        "messages": [
            {"sender": "Mum", "text": "Where are you? It's gone 10 and you said 9:30"},
            {"sender": "poppy", "text": "sorry at jess's, we lost track of time"},
            {"sender": "Mum", "text": "Send me your location, Dad will come and get you"},
            {"sender": "poppy", "text": "[location]"},
            {"sender": "Mum", "text": "He's leaving now. Wait inside please x"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 32 game trash talk
    {
        "messages": [
            {"sender": "VoltRush", "text": "gg ez"},
            {"sender": "n00bslayer", "text": "ur teammate carried u and u know it"},
            {"sender": "VoltRush", "text": "cope harder \ud83d\ude02 uninstall"},
            {"sender": "n00bslayer", "text": "rematch. i'll destroy u"},
            {"sender": "VoltRush", "text": "bet. same lobby in 5"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 33 harmless dare
    {
        "participants": [{"id": "kofi", "role": "child"}, {"id": "leah", "role": "child"}, {"id": "rhys", "role": "child"}],
        "messages": [
            {"sender": "kofi", "text": "i dare u to call mr pritchard 'dad' in maths tomorrow"},
            {"sender": "leah", "text": "NO \ud83d\ude2d\ud83d\ude2d"},
            {"sender": "rhys", "text": "do it and film his face. he'll laugh he's sound"},
            {"sender": "leah", "text": "fine but only if kofi wears his tie as a headband all day"},
            {"sender": "kofi", "text": "deal \ud83e\udd1d"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 34 genuine part-time job
    {
        "participants": [{"id": "Bean There Caf\u00e9", "role": "adult"}, {"id": "ruby.c", "role": "child"}],
        "messages": [
            {"sender": "Bean There Caf\u00e9", "text": "Hi Ruby, thanks for dropping your CV in. We'd like to offer you a trial shift Saturday 9-1 on the counter."},
            {"sender": "ruby.c", "text": "thank you so much!! yes i can do that"},
            {"sender": "Bean There Caf\u00e9", "text": "Great. As you're 16 we'll need a parent to sign the young worker form, we'll give it to you on the day. Bring your NI number letter on your first proper shift for payroll, not before. Black trousers please!"},
            {"sender": "ruby.c", "text": "perfect see u saturday"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 35 parent forwards a scam text, teen says it's a scam
    {
        "participants": [{"id": "Dad", "role": "adult"}, {"id": "alfie", "role": "child"}],
        "messages": [
            {"sender": "Dad", "text": "Got a text saying 'Hi Dad my phone broke this is my new number, can you send \u00a3120 for a new one'. Was that you??"},
            {"sender": "alfie", "text": "no dad lol im literally texting u from my phone"},
            {"sender": "alfie", "text": "thats a scam, block it and dont send anything. mrs bell showed us those in computing"},
            {"sender": "Dad", "text": "Blocked. Glad I asked!"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 36 genuine "new number" from a friend, no asks
    {
        "participants": [{"id": "07700 900217", "role": "child"}, {"id": "hannah", "role": "child"}],
        "messages": [
            {"sender": "07700 900217", "text": "hiii its priya, new number, my old phone got nicked at the park \ud83d\ude2d save this one"},
            {"sender": "hannah", "text": "omg no. prove it, whats the name of mr watts' dog"},
            {"sender": "07700 900217", "text": "biscuit. and u fell in the pond on the y7 trip"},
            {"sender": "hannah", "text": "ok its defo u \ud83d\ude02 saved x"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 37 "send me a pic of the homework"
    {
        "messages": [
            {"sender": "Zak", "text": "yo send me a pic of the chemistry homework i left my book in the lab"},
            {"sender": "Ibrahim", "text": "[photo]"},
            {"sender": "Zak", "text": "legend. is it due tmrw or thurs"},
            {"sender": "Ibrahim", "text": "thurs but mrs iqbal said she'll check it tmrw so do it tonight"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 38 single SMS genuine bank notice
    {
        "messages": [
            {"sender": "NorthwayBank", "text": "Northway Bank: Your new debit card ending 4471 has been posted and should arrive in 3-5 working days. We will never ask for your PIN or full card details by text or phone."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 39 Discord mod removing a scam link
    {
        "participants": [{"id": "Mod_Harriet", "role": "adult"}, {"id": "pixelpip", "role": "child"}, {"id": "frogman", "role": "child"}],
        "messages": [
            {"sender": "pixelpip", "text": "someone just posted a free nitro link in #general is it real"},
            {"sender": "Mod_Harriet", "text": "It's a phishing link, I've removed it and banned the account. Nobody click it please, and if you did, change your password and turn on 2FA."},
            {"sender": "frogman", "text": "thanks harriet. free nitro is never real lol"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 40 hyperbole about homework
    {
        "participants": [{"id": "megan", "role": "child"}, {"id": "tia", "role": "child"}],
        "messages": [
            {"sender": "megan", "text": "this geography essay is making me want to die \ud83d\udc80"},
            {"sender": "tia", "text": "same i literally want to throw my laptop out the window"},
            {"sender": "megan", "text": "if i have to write the word 'erosion' one more time im moving to the moon"},
            {"sender": "tia", "text": "lets just do it on call together, itll be quicker"},
        ],
        "labels": [],
        "evasion": False,
    },
]
