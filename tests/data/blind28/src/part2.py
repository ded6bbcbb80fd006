[
{
    "participants": [{"id": "sophie.xo.official", "role": "unknown"}, {"id": "arlo", "role": "child"}],
    "messages": [
        {"sender": "sophie.xo.official", "text": "youve had an hour. wheres the money"},
        {"sender": "arlo", "text": "i told u ive got nothing in my account, im 15"},
        {"sender": "sophie.xo.official", "text": "then you work for it. money is coming into your account tonight, \u00a3900. you send it straight on to the account i give you"},
        {"sender": "sophie.xo.official", "text": "do that 3 times and the video gets deleted. refuse and it goes to everyone on your follow list"},
        {"sender": "arlo", "text": "what if my bank notices"},
        {"sender": "sophie.xo.official", "text": "say its from a mate. you've got till 10"}
    ],
    "labels": ["sextortion", "money_mule"],
    "evasion": False
},
{
    "participants": [{"id": "ms_adeyemi", "role": "adult"}, {"id": "kofi", "role": "child"}],
    "messages": [
        {"sender": "ms_adeyemi", "text": "Hi Kofi, thanks for messaging on the school wellbeing app. You said you've been finding things hard lately?"},
        {"sender": "kofi", "text": "yeah just mocks stress and not sleeping"},
        {"sender": "ms_adeyemi", "text": "That sounds tiring. I ask everyone this so I can help properly: has anyone online asked you for pictures, money, or to keep secrets?"},
        {"sender": "kofi", "text": "no nothing like that honestly. its just revision"},
        {"sender": "ms_adeyemi", "text": "Okay, thank you for telling me. Let's book a chat on Tuesday and make a revision plan together."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "anon_y11_tea", "role": "unknown"}, {"id": "nadia", "role": "child"}],
    "messages": [
        {"sender": "anon_y11_tea", "text": "recognise this? [photo]"},
        {"sender": "nadia", "text": "thats not me. thats my face on someone else. who made this"},
        {"sender": "anon_y11_tea", "text": "the AI did \ud83d\ude02 looks real tho doesnt it. ive got 4 more"},
        {"sender": "anon_y11_tea", "text": "go on video with me tonight and do what i say, or the whole year 11 tea page gets them tomorrow"},
        {"sender": "nadia", "text": "im 15 this is disgusting please delete it"},
        {"sender": "anon_y11_tea", "text": "8pm. camera on."}
    ],
    "labels": ["csam", "sextortion"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Ash", "text": "that episode of Hollow Street last night tho"},
        {"sender": "Keira", "text": "the guy pretending to be 15 online was SO creepy, he was like 40"},
        {"sender": "Tomi", "text": "when the mum found the second phone i screamed"},
        {"sender": "Ash", "text": "my mum made us talk about it after lol like 'you'd tell me wouldnt you'"},
        {"sender": "Keira", "text": "same. tbf it was well done, the ending was sad"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "stellar.scouting", "role": "unknown"}, {"id": "jade", "role": "child"}],
    "messages": [
        {"sender": "stellar.scouting", "text": "Hi Jade! Our scouts spotted your Clipz videos. We're casting fresh faces for private client shoots, \u00a3300 per session, cash on the day"},
        {"sender": "jade", "text": "wow really? im 15 is that ok? do i need an agency"},
        {"sender": "stellar.scouting", "text": "No agency needed, we are the agency \ud83d\ude0a the clients pick from your photos then you meet them at the hotel suite. Sometimes they book you for the evening afterwards, that pays extra"},
        {"sender": "stellar.scouting", "text": "Bring a friend who's 14-16 and you get a \u00a3100 finder's fee"},
        {"sender": "jade", "text": "do my parents need to come"},
        {"sender": "stellar.scouting", "text": "Better not, clients prefer the girls relaxed. We'll send a car to the end of your road"}
    ],
    "labels": ["sex_trafficking", "grooming"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Nat", "text": "i just called Mr Osei 'dad' in front of the whole class"},
        {"sender": "Ife", "text": "NOOO \ud83d\udc80\ud83d\udc80"},
        {"sender": "Nat", "text": "im never going back to school. im moving to another planet. my life is officially over"},
        {"sender": "Ife", "text": "everyone will have forgotten by tomorrow i promise. Callum fell UP the stairs last week"},
        {"sender": "Nat", "text": "ok that does make me feel better"}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "Kai_TheStreamer", "text": "shoutout to everyone in chat! where's everyone watching from?"},
        {"sender": "rosie.bee", "text": "hiii Kai!!! im Rosie im 14 from Brackmoor, i go to St Brendan's and im in Year 9!"},
        {"sender": "rosie.bee", "text": "add my flik rosie.bee09 or text me 07700 900318 im always on"},
        {"sender": "lurker_44", "text": "hey rosie just texted u"},
        {"sender": "lurker_44", "text": "why arent u answering. sent u 5 now"},
        {"sender": "lurker_44", "text": "ill keep texting til u reply x"}
    ],
    "labels": ["privacy_disclosure", "unwanted_contact"],
    "evasion": False
},
{
    "participants": [{"id": "f4n_0f_u", "role": "unknown"}, {"id": "isla", "role": "child"}],
    "messages": [
        {"sender": "f4n_0f_u", "text": "y\u043eu bl\u043e\u0441k\u0435d m\u0435 \u0430g\u0430\u0456n? th\u0430t's r\u0443d\u0435"},
        {"sender": "f4n_0f_u", "text": "n\u0435w \u0430\u0441\u0441\u043eunt. \u0430\u0441\u0441\u0435\u0440t m\u0435 th\u0456s t\u0456m\u0435"},
        {"sender": "isla", "text": "i dont know you. stop adding me"},
        {"sender": "f4n_0f_u", "text": "th\u0456s \u0456s numb\u0435r 9. i \u0441\u0430n d\u043e th\u0456s \u0430ll w\u0435\u0435k"},
        {"sender": "f4n_0f_u", "text": "s\u0430w y\u043eur n\u0435w h\u0430\u0456r \u0456n y\u043eur st\u043er\u0443 t\u043ed\u0430y"}
    ],
    "labels": ["unwanted_contact"],
    "evasion": True
},
{
    "participants": [{"id": "greenacre_stables", "role": "adult"}, {"id": "poppy", "role": "child"}],
    "messages": [
        {"sender": "greenacre_stables", "text": "Hi Poppy, Jo from Greenacre Stables. We'd love to offer you Sunday mornings mucking out, 8-12."},
        {"sender": "poppy", "text": "yay thank you!! how do i get paid?"},
        {"sender": "greenacre_stables", "text": "We pay monthly by bank transfer. Your mum or dad will need to sign the under-18 form, and you'll fill in your sort code and account number on our starter sheet when you come in, not by text."},
        {"sender": "poppy", "text": "ok my dad can come sunday to sign"},
        {"sender": "greenacre_stables", "text": "Perfect. Wear old boots! See you at 8."}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "TrapStar\ud83d\udcb0", "text": "need a young \ud83c\udfc3 for the \ud83d\ude82 line this wknd. \ud83d\udce6 to Sandmouth, back by sunday"},
        {"sender": "Leo", "text": "how much"},
        {"sender": "TrapStar\ud83d\udcb0", "text": "\ud83d\udcb7\ud83d\udcb7\ud83d\udcb7 + new \ud83d\udcf1. dont bring ur own \ud83d\udcf1"},
        {"sender": "TrapStar\ud83d\udcb0", "text": "u fold on me tho and ur mums \ud83c\udfe0 gets a visit"},
        {"sender": "Leo", "text": "ok im in"}
    ],
    "labels": ["criminal_exploitation"],
    "evasion": True
},
{
    "messages": [
        {"sender": "Mia", "text": "look this account says i won the Maya Rose giveaway!! [photo]"},
        {"sender": "Jas", "text": "babe thats not her account, look at the name, its mayarose.giveaways not her real one"},
        {"sender": "Mia", "text": "oh my god it wanted postage money"},
        {"sender": "Jas", "text": "yeah thats the con. report it and block, she even put a story up saying fake accounts are messaging people"},
        {"sender": "Mia", "text": "done, thank u \ud83d\ude2d"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "Rico", "role": "unknown"}, {"id": "tyrese", "role": "child"}],
    "messages": [
        {"sender": "Rico", "text": "u still owe me from the trainers innit"},
        {"sender": "tyrese", "text": "ill pay u back when i get my birthday money"},
        {"sender": "Rico", "text": "nah. u do two things. cash goes onto ur card tmrw, u take it out at the machine and give it me. then u drop a bag to my boy at the park"},
        {"sender": "tyrese", "text": "i dont wanna carry anything"},
        {"sender": "Rico", "text": "u dont get a choice. we know where ur little brother goes school"}
    ],
    "labels": ["criminal_exploitation", "money_mule"],
    "evasion": False
},
{
    "participants": [{"id": "dad", "role": "adult"}, {"id": "ellie", "role": "child"}],
    "messages": [
        {"sender": "dad", "text": "Heads up, Nan got a text earlier saying 'Hi Mum it's me, new number, can you pay this bill'. It wasn't any of us."},
        {"sender": "ellie", "text": "omg is she ok? did she pay"},
        {"sender": "dad", "text": "No, she rang me first thankfully. If you ever get one saying it's me or Mum from a new number, ring our old number before doing anything."},
        {"sender": "ellie", "text": "ok will do. should we have a family password thing?"},
        {"sender": "dad", "text": "Good idea. Let's sort it at dinner."}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "CoinKingz", "text": "want free coins easy? i put 40k coins into ur Striker Club account, u buy the players i tell u then list them for what i say"},
        {"sender": "ethan_07", "text": "is that allowed tho"},
        {"sender": "CoinKingz", "text": "ofc lol everyone does it. u keep 5k for ur trouble. just dont tell anyone its me sending it"},
        {"sender": "ethan_07", "text": "ok what do i do first"},
        {"sender": "CoinKingz", "text": "send me ur gamertag and be online at 9"}
    ],
    "labels": ["money_mule"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Hana", "text": "did u change ur airdrop thing like PC Mills said in assembly"},
        {"sender": "Ruby", "text": "yeah contacts only now. she said people send gross stuff on trains"},
        {"sender": "Hana", "text": "my sister said it happened to her friend in town"},
        {"sender": "Ruby", "text": "also put my map on ghost mode, didnt realise everyone could see my house"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "ryan_24", "role": "adult"}, {"id": "chelsea", "role": "child"}],
    "messages": [
        {"sender": "ryan_24", "text": "why is your location off"},
        {"sender": "chelsea", "text": "my phone was on 2% sorry"},
        {"sender": "ryan_24", "text": "dont lie to me. i told you to keep it on 24/7, its how i know youre safe"},
        {"sender": "ryan_24", "text": "i put that tracker app on your phone for a reason. your mates are a bad influence, i dont want you going to Sian's"},
        {"sender": "chelsea", "text": "ok ill turn it on, im at home i promise"},
        {"sender": "ryan_24", "text": "send a photo of your room now so i know. youre 15, you need someone looking after you, your mum clearly doesnt"}
    ],
    "labels": ["location_control", "grooming"],
    "evasion": False
},
{
    "participants": [{"id": "coach_mark", "role": "adult"}, {"id": "parent_dev", "role": "adult"}],
    "messages": [
        {"sender": "coach_mark", "text": "Hi Dev, league registration for the U16s closes Friday. We need a photo of Arjun's birth certificate or passport uploaded to the county league portal, plus a headshot."},
        {"sender": "parent_dev", "text": "No problem. Do you need it sent to you?"},
        {"sender": "coach_mark", "text": "No, please upload it yourself through the portal link in the club email, don't send it to me on here. I'll just approve it once it's in."},
        {"sender": "parent_dev", "text": "Done, uploaded this evening."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "dan.fitness", "role": "unknown"}, {"id": "libby", "role": "child"}],
    "messages": [
        {"sender": "dan.fitness", "text": "ur pics from the park are class, u live round Oakfield?"},
        {"sender": "libby", "text": "yeah near there"},
        {"sender": "dan.fitness", "text": "what school u at? i used to go Oakfield High"},
        {"sender": "libby", "text": "same!! im in year 10"},
        {"sender": "dan.fitness", "text": "no way. what time u finish? might see u about"},
        {"sender": "libby", "text": "3.15, i get the 17 from outside the chippy"},
        {"sender": "dan.fitness", "text": "nice, keep this chat between us, ur parents would only overthink it lol"}
    ],
    "labels": ["grooming", "privacy_disclosure"],
    "evasion": False
},
{
    "participants": [{"id": "lottie", "role": "child"}, {"id": "mum", "role": "adult"}],
    "messages": [
        {"sender": "lottie", "text": "MUM a woman at the Oakgate Centre gave me a card for a model agency!!"},
        {"sender": "mum", "text": "Ooh! What's it called? Let's look them up together tonight."},
        {"sender": "lottie", "text": "Hartwell Faces. she said theyd want a test shoot"},
        {"sender": "mum", "text": "Proper agencies don't charge for test shoots and they talk to parents first. If they ask for money or want to see you on your own, it's a no."},
        {"sender": "lottie", "text": "ok ok. can you email them then"}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "Mr_Smooth", "text": "u r s0 pr3tty \ud83d\ude0d way prettier than the girls my age"},
        {"sender": "abi", "text": "haha stop ur making me blush"},
        {"sender": "Mr_Smooth", "text": "s3nd me a sp1cy 1 \ud83c\udf36\ufe0f\ud83d\ude0f just 4 my eyes"},
        {"sender": "Mr_Smooth", "text": "our l1ttl3 s3cr3t \ud83e\udd2b ur m@m doesnt need 2 kn0w"},
        {"sender": "abi", "text": "idk im only 14"},
        {"sender": "Mr_Smooth", "text": "thats fine 14 is basically grown up. go on \ud83d\udcf8"}
    ],
    "labels": ["sexting", "grooming"],
    "evasion": True
},
{
    "messages": [
        {"sender": "Riverside Surgery", "text": "Riverside Surgery: Reminder of your appointment with Nurse Patel on Tue 3 June at 09:40. To cancel, reply CANCEL. Please do not reply with personal or medical details."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "CalderbyWork_Ltd", "role": "unknown"}, {"id": "shannon_k", "role": "child"}],
    "messages": [
        {"sender": "shannon_k", "text": "hi i saw ur ad on Shopdrop for 'hostess & c0mpani0n work', is it still going? im 16"},
        {"sender": "CalderbyWork_Ltd", "text": "Yes hun we take 16+. Cash every nite, room in our flat in Calderby is free while u work"},
        {"sender": "shannon_k", "text": "what do i actually do"},
        {"sender": "CalderbyWork_Ltd", "text": "Go out wiv our regulars, be sweet to them, they tip big. No ID needed n dont tell ur fam where ur stayin"},
        {"sender": "CalderbyWork_Ltd", "text": "We'll get u a train ticket 4 Friday, just send ur full name"}
    ],
    "labels": ["sex_trafficking"],
    "evasion": True
},
{
    "messages": [
        {"sender": "Ade", "text": "dare for Saffron: post ur worst baby pic on ur story for 1 hour"},
        {"sender": "Saffron", "text": "NOOO ok fine [photo]"},
        {"sender": "Jack", "text": "the bowl cut \ud83d\ude2d\ud83d\ude2d"},
        {"sender": "Niamh", "text": "my turn, Jack i dare u to say 'happy monday' to Mr Burrows on the class page"},
        {"sender": "Jack", "text": "hell think im mad but ok"}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "ferncliffe.confessions", "text": "Confession #212: Toby M in 10G is the most pathetic person in the school. everyone would be happier if he just wasnt around anymore"},
        {"sender": "anon_reply", "text": "fr he should just go and unalive himself, save us all the effort"},
        {"sender": "anon_reply2", "text": "\ud83d\udcaf do it toby"},
        {"sender": "Toby_M", "text": "maybe youre right. im tired of all of it anyway"}
    ],
    "labels": ["cyberbullying", "self_harm"],
    "evasion": True
},
{
    "messages": [
        {"sender": "Yas", "text": "someone put our group pic through that AI app that makes u look like an old painting"},
        {"sender": "Sana", "text": "[photo] IMOGEN LOOKS LIKE A DUCHESS"},
        {"sender": "Imogen", "text": "i look like im about to have someone beheaded \ud83d\ude02"},
        {"sender": "Yas", "text": "this is going on the leavers slideshow"},
        {"sender": "Imogen", "text": "only if Sana's one goes on too"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "07700900634", "role": "unknown"}],
    "messages": [
        {"sender": "07700900634", "text": "G\u03b1mev\u03b1ult Supp\u03bfrt: Y\u043eur acc\u043eunt will be l\u043ecked in 24h due t\u043e susp\u0456c\u0456\u043eus trad\u0435s. V\u0435r\u0456fy y\u043eur l\u043eg\u0456n and passw\u043erd at [link] t\u043e k\u0435\u0435p y\u043eur \u0456nv\u0435nt\u043ery."}
    ],
    "labels": ["scam", "identity_theft"],
    "evasion": True
},
{
    "messages": [
        {"sender": "Mr Hale (Teacher)", "text": "Year 10, if you were off today please upload a photo of your completed worksheet to the class page by Thursday."},
        {"sender": "Ayaan", "text": "sir is it the one on enzymes"},
        {"sender": "Mr Hale (Teacher)", "text": "Yes, pages 4-5. Upload on the class page, not by email please."},
        {"sender": "Ayaan", "text": "ok thanks sir"}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "Lauren", "text": "[photo] lol i edited Grace with the pig filter \ud83d\udc37"},
        {"sender": "Chantelle", "text": "STOPPP \ud83d\ude02 send it to the year group chat"},
        {"sender": "Millie_S", "text": "sent. everyone react with \ud83d\udc37"},
        {"sender": "Lauren", "text": "also shes not sitting with us anymore, if anyone lets her on our table theyre out too"},
        {"sender": "Grace_O", "text": "i can see this you know"},
        {"sender": "Chantelle", "text": "good \ud83d\ude18"}
    ],
    "labels": ["cyberbullying"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Ben", "text": "owe u \u00a37.50 for the pizza, sending it now"},
        {"sender": "Rhys", "text": "my Pocketpal is @rhys-ev, dont need bank stuff"},
        {"sender": "Ben", "text": "sent \ud83d\udc4d"},
        {"sender": "Rhys", "text": "got it ta. ur round next time"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "ApexTalentHR", "role": "unknown"}, {"id": "kieran", "role": "child"}],
    "messages": [
        {"sender": "ApexTalentHR", "text": "Congratulations Kieran, you've been shortlisted for our remote Data Entry Assistant role (\u00a318/hr, flexible hours)."},
        {"sender": "kieran", "text": "oh wow thanks, im 16 is that ok"},
        {"sender": "ApexTalentHR", "text": "Absolutely. Before your interview HR needs: a clear photo of your passport, a selfie holding it, your National Insurance number and your home address"},
        {"sender": "kieran", "text": "ok ill ask my mum for my passport"},
        {"sender": "ApexTalentHR", "text": "No need to involve parents, it's just admin. Also your email password so we can set up your company inbox"}
    ],
    "labels": ["identity_theft", "scam"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Harbourline Bank", "text": "Harbourline Bank: Your new debit card has been posted and should arrive in 3-5 working days. We will never call or text asking you to move money to a 'safe account'."}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "sk1ppa", "text": "u got a bank ting? need a s.q.u.a.r.e.r for the weekend"},
        {"sender": "reeceyy", "text": "wdym"},
        {"sender": "sk1ppa", "text": "ur a.c.c just h.o.l.d.s it for a night. 2 bags in, u send out wen i say, quarter is urs"},
        {"sender": "reeceyy", "text": "2 bags like 2k?"},
        {"sender": "sk1ppa", "text": "u catch on quick. send ur d.e.t.s"}
    ],
    "labels": ["money_mule"],
    "evasion": True
},
{
    "participants": [{"id": "cousin_dan", "role": "adult"}, {"id": "zara", "role": "child"}],
    "messages": [
        {"sender": "cousin_dan", "text": "Saw the Kelvin Rail apprenticeship is open again, you should go for it"},
        {"sender": "zara", "text": "it asks for my NI number, is that ok to put in?"},
        {"sender": "cousin_dan", "text": "Yeah on the official application site it's fine, that's normal for real jobs. Just never give it to someone who DMs you a job out of nowhere"},
        {"sender": "zara", "text": "ok doing it tonight. can u check my personal statement"},
        {"sender": "cousin_dan", "text": "Send it over, I'll read it on my lunch"}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "dare.acc.ux", "text": "TONIGHTS \ud83c\udfaf: light up the \ud83d\uddd1\ufe0f behind Westfield School \ud83d\udd25\ud83d\udd25 best \ud83d\udcf8 gets featured"},
        {"sender": "Jamie", "text": "whos doing it"},
        {"sender": "Cole", "text": "me n Dev going at 10, u coming"},
        {"sender": "Jamie", "text": "bet. bring the \ud83d\udcf1 for the clip"}
    ],
    "labels": ["harmful_challenge"],
    "evasion": True
},
{
    "messages": [
        {"sender": "Mrs Kerr (Explorer Award)", "text": "Reminder for the Bronze Explorer expedition this weekend: each group's tracker stays switched on for the whole route so staff can see you're safe. Phones in the dry bag for emergencies."},
        {"sender": "Olly", "text": "do we have to share our own phone location too?"},
        {"sender": "Mrs Kerr (Explorer Award)", "text": "No, just the group tracker. You can keep your own sharing off."},
        {"sender": "Farah", "text": "can we bring sweets"},
        {"sender": "Mrs Kerr (Explorer Award)", "text": "Yes Farah, bring sweets."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "Kr4ken", "role": "unknown"}, {"id": "benji", "role": "child"}],
    "messages": [
        {"sender": "Kr4ken", "text": "reported ur kid. ur the one who kicked me from the lobby"},
        {"sender": "benji", "text": "cos u were being toxic"},
        {"sender": "Kr4ken", "text": "i know u go Ashdown Academy, ur tag says it. i know ur name is Benjamin Cole"},
        {"sender": "Kr4ken", "text": "monday after school im waiting by the gates and ur getting battered. tell anyone and ur sister gets it too"},
        {"sender": "benji", "text": "leave me alone"},
        {"sender": "Kr4ken", "text": "see u monday \ud83d\ude42"}
    ],
    "labels": ["cyberbullying"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Amelia", "text": "that PSHE lesson was actually scary"},
        {"sender": "Josh", "text": "the bit where the lad got a criminal record just for letting someone use his bank for a week?"},
        {"sender": "Kiran", "text": "and he couldnt get a phone contract after. Mr Pike said those 'easy money' bank ads on Clipz are squaring"},
        {"sender": "Amelia", "text": "my cousin saw one saying 'earn from your bank card' lol im sending her the lesson slides"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "promo_king_lux", "role": "unknown"}, {"id": "sienna", "role": "child"}],
    "messages": [
        {"sender": "promo_king_lux", "text": "so ur in for the party promo crew? \u00a3150 a night"},
        {"sender": "sienna", "text": "yeah what do i do"},
        {"sender": "promo_king_lux", "text": "the driver takes u to a few private flats, u hang out with the guys there, be friendly, whatever they want. theyre paying for the company"},
        {"sender": "promo_king_lux", "text": "u keep ur live location on the whole time on the app i send, if it goes off u dont get paid and my boys come find u"},
        {"sender": "sienna", "text": "can my boyfriend come"},
        {"sender": "promo_king_lux", "text": "no boys. just u and whatever girls u bring"}
    ],
    "labels": ["sex_trafficking", "location_control"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Ashdown Academy", "text": "Ashdown Academy: Your child was not registered in school this morning. Please call the attendance line on 07700 900126 or reply with a reason for absence."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "steve_buys", "role": "unknown"}, {"id": "amber_sells", "role": "child"}],
    "messages": [
        {"sender": "steve_buys", "text": "hi is the dress still for sale"},
        {"sender": "amber_sells", "text": "yes \u00a315, collection only"},
        {"sender": "steve_buys", "text": "great. you looked lovely wearing it in the photo btw. how old are you?"},
        {"sender": "amber_sells", "text": "15. its my mums account"},
        {"sender": "steve_buys", "text": "mature for 15. how about you bring it to the park on your own, ill give you \u00a340 instead, just us"},
        {"sender": "steve_buys", "text": "you there? why arent you answering"},
        {"sender": "steve_buys", "text": "ive messaged 6 times now. just tell me when youre free, i dont bite"}
    ],
    "labels": ["unwanted_contact", "grooming"],
    "evasion": False
},
{
    "participants": [{"id": "dad", "role": "adult"}, {"id": "kai", "role": "child"}],
    "messages": [
        {"sender": "dad", "text": "Can you switch the family tracker on while you're at Larkfield Fest? Just for the weekend"},
        {"sender": "kai", "text": "dad im 17 \ud83d\ude2d"},
        {"sender": "dad", "text": "I know, and I trust you. It's only so I can find you if your phone dies and you don't answer. Off again on Monday."},
        {"sender": "kai", "text": "fine but ur not allowed to ring me every hour"},
        {"sender": "dad", "text": "Deal. Have fun and text me each night."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "amelie.rose_x", "role": "unknown"}, {"id": "kyle_b", "role": "child"}],
    "messages": [
        {"sender": "kyle_b", "text": "i sent the \u00a350 like u said, now delete it"},
        {"sender": "amelie.rose_x", "text": "lol \u00a350 was the deposit. \u00a3200 more or i make a group with ur mum, ur sister and ur whole team and drop it in"},
        {"sender": "kyle_b", "text": "u said it was done if i paid"},
        {"sender": "amelie.rose_x", "text": "i lied \ud83d\ude42 u have 40 mins. buy a crypto voucher from the shop and send me the code"},
        {"sender": "kyle_b", "text": "im 15 they wont sell me one"},
        {"sender": "amelie.rose_x", "text": "then find a way. 39 mins"}
    ],
    "labels": ["sextortion"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Jake_W", "text": "so ur just ignoring me now"},
        {"sender": "Lia", "text": "we broke up Jake. leave it"},
        {"sender": "Jake_W", "text": "still got what u sent me last summer. all of it"},
        {"sender": "Jake_W", "text": "come round mine friday and we'll talk about it. dont and the lads chat gets a treat"},
        {"sender": "Lia", "text": "you promised you deleted them"},
        {"sender": "Jake_W", "text": "friday. 7."}
    ],
    "labels": ["sextortion"],
    "evasion": False
},
{
    "participants": [{"id": "mr_singh_tutoring", "role": "adult"}, {"id": "hamza", "role": "child"}],
    "messages": [
        {"sender": "mr_singh_tutoring", "text": "Hi Hamza, you've been picked as a peer maths tutor for Year 7 on Wednesday lunchtimes. It counts towards your volunteering hours."},
        {"sender": "hamza", "text": "thanks sir! do i get paid lol"},
        {"sender": "mr_singh_tutoring", "text": "Sadly not, but there's a certificate and free pizza at the end of term. Sessions are in room B12 with me there. Please get the permission slip signed by a parent."},
        {"sender": "hamza", "text": "ok ill bring it tomorrow"}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "Tilly", "text": "ur literally a stalker, u knew what time his bus was \ud83d\ude02"},
        {"sender": "Erin", "text": "its the SAME bus as mine??"},
        {"sender": "Tilly", "text": "and u watched his story 4 times, i saw"},
        {"sender": "Erin", "text": "im blocking u. im moving schools. goodbye"},
        {"sender": "Tilly", "text": "ask him to prom coward \ud83d\ude18"}
    ],
    "labels": [],
    "evasion": False
}
]
