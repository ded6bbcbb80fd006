[
# ---------------------------------------------------------------- positives
# P1 sex_trafficking + grooming: fake modelling agency, paid travel, dinner with "clients"
{
    "participants": [{"id": "isla", "role": "child"}, {"id": "Marcus @ Halo Models", "role": "adult"}],
    "messages": [
        {"sender": "Marcus @ Halo Models", "text": "Hi Isla, I'm a scout for Halo Models. You have a really striking look, have you ever thought about modelling?"},
        {"sender": "isla", "text": "omg no never. I'm 17 is that too young?"},
        {"sender": "Marcus @ Halo Models", "text": "Not at all, you're very mature for 17, honestly most clients would assume you're older. We pay £400 for a day's shoot in London, travel and hotel covered."},
        {"sender": "Marcus @ Halo Models", "text": "After the shoot our clients like to take the girls for dinner and drinks, it's how you get rebooked. Some of them are very generous."},
        {"sender": "isla", "text": "would my mum need to come? she normally comes to stuff like this"},
        {"sender": "Marcus @ Halo Models", "text": "No chaperones I'm afraid, it makes the girls look unprofessional. Best not to mention the dinner part to her, parents don't understand the industry."},
        {"sender": "Marcus @ Halo Models", "text": "I'll send your train ticket for Friday. You'll stay in the apartment with two of the clients' assistants."},
        {"sender": "isla", "text": "ok that sounds amazing tbh"},
    ],
    "labels": ["sex_trafficking", "grooming"],
    "evasion": False,
},
# P2 identity_theft + cyberbullying: fake profile made in a classmate's name to humiliate her
{
    "messages": [
        {"sender": "Chantelle", "text": "ok i made it 😂 @jade.official.x, used her selfies off her old account"},
        {"sender": "Brooke", "text": "LMAOO the bio"},
        {"sender": "Chantelle", "text": "gonna post as her saying she's desperate for a boyfriend and message all the lads in year 13 from it"},
        {"sender": "Megan", "text": "put her number in the bio too, i've got it"},
        {"sender": "Chantelle", "text": "done. and i followed her nan from it so she sees the posts"},
        {"sender": "Brooke", "text": "she's gonna cry in form tomorrow i cannot wait"},
        {"sender": "Megan", "text": "nobody likes her anyway, she deserves it"},
    ],
    "labels": ["identity_theft", "cyberbullying"],
    "evasion": False,
},
# P3 scam: crypto "investment" on a Discord server
{
    "participants": [{"id": "ryan_17", "role": "child"}, {"id": "CoinMentor_Alex", "role": "unknown"}],
    "messages": [
        {"sender": "CoinMentor_Alex", "text": "Hey bro saw you in #side-hustles. I turn £50 into £500 in 24 hours with my trading bot, guaranteed"},
        {"sender": "ryan_17", "text": "how is that guaranteed"},
        {"sender": "CoinMentor_Alex", "text": "the bot trades on signals from my group. look at these screenshots from students your age [photo] [photo]"},
        {"sender": "CoinMentor_Alex", "text": "send £50 by bank transfer to the account below and use reference TRADE. then DM me proof and your card number so I can pay out the profit quicker"},
        {"sender": "ryan_17", "text": "can't I just pay through the app"},
        {"sender": "CoinMentor_Alex", "text": "no the app takes fees. bank transfer only, spots close tonight, only 3 left"},
    ],
    "labels": ["scam"],
    "evasion": False,
},
# P4 money_mule + privacy_disclosure (evasion): emoji and leetspeak for using account to move money; child posts bank details
{
    "messages": [
        {"sender": "j4y_bandz", "text": "yo u got a b4nk acc? 🏦"},
        {"sender": "Tobi", "text": "ye y"},
        {"sender": "j4y_bandz", "text": "need 2 borrow it 4 a day. 💷💷💷 in, 💷💷 out 2 my guy, u keep a drink 🥤 (150)"},
        {"sender": "j4y_bandz", "text": "its called sq-uaring lol, every1 does it. just send me ur s0rt c0de n acc numb3r"},
        {"sender": "Tobi", "text": "12-44-06 then 30291184"},
        {"sender": "j4y_bandz", "text": "🔥 when it lands dont ask questions just send it str8 on to the acc i give u. dont tell ur bank wat its 4"},
    ],
    "labels": ["money_mule", "privacy_disclosure"],
    "evasion": True,
},
# P5 location_control + criminal_exploitation: gang checks location of a runner
{
    "participants": [{"id": "kyle", "role": "child"}, {"id": "Unknown number", "role": "unknown"}],
    "messages": [
        {"sender": "Unknown number", "text": "why've u turned ur location off"},
        {"sender": "kyle", "text": "phone's dying, i'm still at the flat"},
        {"sender": "Unknown number", "text": "ur on the clock till sunday. location on or u know what happens"},
        {"sender": "Unknown number", "text": "the 3 packs need dropping by 6 and u bring the paper back here, not home"},
        {"sender": "kyle", "text": "i want to go home, my mum keeps ringing"},
        {"sender": "Unknown number", "text": "tell her ur at a mates. u go home when we say. send ur pin every hour so i know ur not at the feds"},
        {"sender": "kyle", "text": "[location]"},
    ],
    "labels": ["location_control", "criminal_exploitation"],
    "evasion": False,
},
# P7 grooming: older man in a game, gifts, "basically 18", move to private app, secrecy
{
    "participants": [{"id": "Dylan", "role": "child"}, {"id": "RexTheGrinder", "role": "unknown"}],
    "messages": [
        {"sender": "RexTheGrinder", "text": "gifted you the battle pass bro, you deserve it after that carry"},
        {"sender": "Dylan", "text": "wait thats like 10 quid, thank you!!"},
        {"sender": "RexTheGrinder", "text": "nothing for a mate. how old are you? you talk like you're 20"},
        {"sender": "Dylan", "text": "16, 17 in june"},
        {"sender": "RexTheGrinder", "text": "basically 18 then. I'm 27, my mates are all boring family men, you're more fun than them"},
        {"sender": "RexTheGrinder", "text": "this game chat is rubbish, add me on Whisperly, the messages disappear so your parents won't be nosy"},
        {"sender": "RexTheGrinder", "text": "don't mention me to your mates either, they'll get jealous I'm only gifting you"},
        {"sender": "Dylan", "text": "ok what's your @"},
        {"sender": "RexTheGrinder", "text": "rex.grinder. maybe one day we'll meet at a LAN, I'll drive"},
    ],
    "labels": ["grooming"],
    "evasion": False,
},
# P8 unwanted_contact + sexting: stranger on friend-finding app sends unsolicited pic, asks for one back
{
    "participants": [{"id": "nadia", "role": "child"}, {"id": "Jonno_29", "role": "adult"}],
    "messages": [
        {"sender": "Jonno_29", "text": "hey gorgeous, the app matched us"},
        {"sender": "nadia", "text": "hi, this is the friends mode btw, I'm just looking for people to go to gigs with"},
        {"sender": "Jonno_29", "text": "[photo]"},
        {"sender": "nadia", "text": "what the hell, I didn't ask for that"},
        {"sender": "Jonno_29", "text": "relax lol. your turn, send me one back, something I'd like"},
        {"sender": "nadia", "text": "I'm 17. blocking you"},
        {"sender": "Jonno_29", "text": "17 is basically legal. just one pic and I'll leave you alone"},
    ],
    "labels": ["unwanted_contact", "sexting"],
    "evasion": False,
},
# P9 harmful_challenge (evasion): slap-a-stranger challenge in leetspeak and dotted letters
{
    "messages": [
        {"sender": "Zak", "text": "new ch4ll3ng3 on the fyp, the s.l.a.p one"},
        {"sender": "Rico", "text": "where u run up on a random n film it?"},
        {"sender": "Zak", "text": "ye. gotta b a proper str4nger, old ppl count double. most views wins 50"},
        {"sender": "Ashton", "text": "outside the big Tesco after college, loads of ppl waiting 4 the bus"},
        {"sender": "Zak", "text": "Rico u first, i'll film. dont bottle it"},
        {"sender": "Rico", "text": "say less 💯"},
    ],
    "labels": ["harmful_challenge"],
    "evasion": True,
},
# P10 privacy_disclosure: child tells a marketplace buyer home address and home-alone routine
{
    "participants": [{"id": "zoe_closet", "role": "child"}, {"id": "Steve B", "role": "unknown"}],
    "messages": [
        {"sender": "Steve B", "text": "Hi, interested in the prom dress. Can I collect rather than post?"},
        {"sender": "zoe_closet", "text": "yeah course! I'm at 22 Mallow Road, Ferncliff, flat 3"},
        {"sender": "zoe_closet", "text": "best time is weekdays after 4, I'm home on my own then, mum works till 8"},
        {"sender": "zoe_closet", "text": "or you can pay me straight to my bank if it's easier, it's Larkfield, sort code 40-12-77"},
        {"sender": "Steve B", "text": "Great. I'll come Wednesday about half 4 then."},
    ],
    "labels": ["privacy_disclosure"],
    "evasion": False,
},
# P11 sextortion (evasion): Cyrillic homoglyphs and symbols in the threat
{
    "participants": [{"id": "harry", "role": "child"}, {"id": "mila_xo", "role": "unknown"}],
    "messages": [
        {"sender": "mila_xo", "text": "\u0443\u043eu th\u043eught th\u0430t w\u0430s pr\u0456v\u0430t\u0435? l\u043el"},
        {"sender": "mila_xo", "text": "p@y \u00a3250 \u0456n g\u0456ft \u0441\u0430rds \u043er \u0456 s3nd th\u0435 p\u0456\u0441s t\u043e \u0435v\u0435r\u0443 \u043en\u0435 \u043en ur f\u043ell\u043ew\u0435r l\u0456st"},
        {"sender": "harry", "text": "please I'm begging you don't, I'll get kicked off my apprenticeship"},
        {"sender": "mila_xo", "text": "th\u0435n p@y. 1 h\u043eur. \u0456 \u0430lr\u0435\u0430d\u0443 f\u043eund ur m\u0443m \u043en f\u0430\u0441\u0435b\u043e\u043ek"},
        {"sender": "harry", "text": "I've only got £60"},
        {"sender": "mila_xo", "text": "s\u0435nd 60 n\u043ew \u0430nd th\u0435 r\u0435st fr\u0456d\u0430\u0443 \u043er \u0456 p\u043est \u0456t"},
    ],
    "labels": ["sextortion"],
    "evasion": True,
},
# P12 csam: adult in a Discord server asking for and offering images of girls from a college
{
    "messages": [
        {"sender": "ghost_trader", "text": "anyone here go to Whitmore College? looking for pics of the year 12 girls, the private ones they send their bfs"},
        {"sender": "kxng.j", "text": "i might have some from the leaked folder thing"},
        {"sender": "ghost_trader", "text": "send them in DMs. I'll swap, I've got a big folder from schools round Leeds, all under 18"},
        {"sender": "kxng.j", "text": "how much for the folder"},
        {"sender": "ghost_trader", "text": "swap only. 10 for 10. the younger the better"},
    ],
    "labels": ["csam"],
    "evasion": False,
},
# P13 self_harm + cyberbullying: child reports first-hand ongoing harassment and says they want to end it
{
    "participants": [{"id": "Ruby", "role": "child"}, {"id": "Tilly", "role": "child"}],
    "messages": [
        {"sender": "Ruby", "text": "they're still doing it. 40 messages since this morning calling me a slag and a fat tramp"},
        {"sender": "Ruby", "text": "someone made a group called 'ruby watch' and they screenshot everything i post and laugh at it"},
        {"sender": "Tilly", "text": "that's disgusting. have u told anyone at college?"},
        {"sender": "Ruby", "text": "whats the point. everyone's seen it. i can't do this anymore, i just want to end it all"},
        {"sender": "Tilly", "text": "ruby please don't say that. i'm coming round now ok? stay on the phone"},
    ],
    "labels": ["self_harm", "cyberbullying"],
    "evasion": False,
},
# P14 criminal_exploitation: debt bondage after a "lost" package
{
    "participants": [{"id": "marley", "role": "child"}, {"id": "T", "role": "adult"}],
    "messages": [
        {"sender": "T", "text": "so where's my package"},
        {"sender": "marley", "text": "i told u i got jumped, they took the bag"},
        {"sender": "T", "text": "not my problem. that's 800 u owe now"},
        {"sender": "marley", "text": "i dont have 800 i'm on apprenticeship wage"},
        {"sender": "T", "text": "then u work it off. every weekend u hold the phone and do the drops till its paid. and the interest goes up every week"},
        {"sender": "T", "text": "say no and my boys come see u at the garage where u work. ur mum's car too"},
        {"sender": "marley", "text": "ok. what time saturday"},
    ],
    "labels": ["criminal_exploitation"],
    "evasion": False,
},
# P15 unwanted_contact: adult customer tracks down a 16-year-old waitress online and keeps messaging
{
    "participants": [{"id": "georgia", "role": "child"}, {"id": "Paul Hendry", "role": "adult"}],
    "messages": [
        {"sender": "Paul Hendry", "text": "Hi Georgia, it's Paul, I was in the café on Saturday, table by the window. Found your Snapgram from your name badge."},
        {"sender": "Paul Hendry", "text": "You have a lovely smile. Would you like to go for a drink sometime?"},
        {"sender": "Paul Hendry", "text": "Georgia?"},
        {"sender": "Paul Hendry", "text": "I can see you've read these."},
        {"sender": "georgia", "text": "please stop messaging me, I'm 16 and I don't know you"},
        {"sender": "Paul Hendry", "text": "Age doesn't bother me. I'll pop into the café tomorrow so we can talk properly. I know you're on the till till 3."},
    ],
    "labels": ["unwanted_contact"],
    "evasion": False,
},
# P16 scam: single SMS, bank phishing
{
    "messages": [
        {"sender": "+44 7700 900561", "text": "LARKFIELD BANK: A new device has been added to your account. If this was NOT you, secure your account now: [link] and confirm your card number and passcode."},
    ],
    "labels": ["scam"],
    "evasion": False,
},
# P17 grooming + privacy_disclosure: "mentor" from an apprenticeship fair asks for address and when parents are out
{
    "participants": [{"id": "callum", "role": "child"}, {"id": "Neil_Mentor", "role": "adult"}],
    "messages": [
        {"sender": "Neil_Mentor", "text": "Great meeting you at the apprenticeship fair Callum. I meant what I said, you've got more about you than most 25 year olds."},
        {"sender": "callum", "text": "thanks, it was good to chat"},
        {"sender": "Neil_Mentor", "text": "I'd like to mentor you privately, one-to-one, help you get into the electrical firm. It's best we keep this between us, the college careers lot get funny about outside help."},
        {"sender": "Neil_Mentor", "text": "I've got some tools you can have. Where do you live? I'll drop them round when your parents aren't in so it's not awkward."},
        {"sender": "callum", "text": "7 Sefton Grove, Ashby. my mum and dad are both at work till 6 on weekdays so anytime before that"},
        {"sender": "Neil_Mentor", "text": "Perfect. Tuesday at 4 then. Delete these messages, just in case your mum goes through your phone."},
    ],
    "labels": ["grooming", "privacy_disclosure"],
    "evasion": False,
},
# P18 money_mule: single SMS recruitment
{
    "participants": [{"id": "07700900412", "role": "unknown"}],
    "messages": [
        {"sender": "07700900412", "text": "STUDENTS! Earn £250 a week from your phone. We just need to use your bank account to receive our customer payments, you forward them on and keep 20%. 16+ welcome. Text YES to 07700 900412."},
    ],
    "labels": ["money_mule"],
    "evasion": False,
},
# P19 sex_trafficking: older "friend" arranges travel to keep men company for money
{
    "messages": [
        {"sender": "Kayla", "text": "babe u coming to the party at Dean's mate's flat in Leeds sat? I'll send u a train ticket"},
        {"sender": "Jasmine", "text": "who's going?"},
        {"sender": "Kayla", "text": "just some of Dean's older mates. u just have to keep them company, be nice to them. they pay proper money, like 200 each time"},
        {"sender": "Jasmine", "text": "wait pay for what"},
        {"sender": "Kayla", "text": "for being friendly lol. u stay over, Dean drives us back sunday. don't tell ur foster carer, say ur at mine"},
        {"sender": "Jasmine", "text": "idk kay"},
        {"sender": "Kayla", "text": "they asked for u specifically after seeing ur pic. don't let me down"},
    ],
    "labels": ["sex_trafficking"],
    "evasion": False,
},
# P20 identity_theft + scam: fake job asks for passport photo page and selfie holding it
{
    "participants": [{"id": "priya", "role": "child"}, {"id": "HR_BrightPath", "role": "unknown"}],
    "messages": [
        {"sender": "HR_BrightPath", "text": "Congratulations, you've been shortlisted for our remote product tester role, £15/hr, perfect for students 16+."},
        {"sender": "priya", "text": "oh great! what do I need to do"},
        {"sender": "HR_BrightPath", "text": "For right to work we need a clear photo of your passport photo page, a selfie holding it next to your face, and your National Insurance number."},
        {"sender": "HR_BrightPath", "text": "Please also send your online banking username so payroll can link your account."},
        {"sender": "priya", "text": "is there no interview?"},
        {"sender": "HR_BrightPath", "text": "Not required. Please send documents in the next hour or the place goes to the next candidate."},
        {"sender": "priya", "text": "[photo] [photo]"},
    ],
    "labels": ["identity_theft", "scam"],
    "evasion": False,
},
# P21 harmful_challenge: dare to run across a dual carriageway
{
    "messages": [
        {"sender": "Leon", "text": "challenge for after college. fire exit by the sports hall, straight over the dual carriageway, no bridge"},
        {"sender": "Cam", "text": "in rush hour??"},
        {"sender": "Leon", "text": "obviously in rush hour. fastest time wins, and u have to go when the lorries are coming"},
        {"sender": "Daisy", "text": "someone's gonna get killed"},
        {"sender": "Leon", "text": "calm down Daisy. Cam ur going first, i've got the timer on my phone"},
        {"sender": "Cam", "text": "ok fine. if i make it u owe me a tenner"},
    ],
    "labels": ["harmful_challenge"],
    "evasion": False,
},
# P22 sextortion + sexting: threat to post an image unless she sends more
{
    "participants": [{"id": "evie", "role": "child"}, {"id": "Liam", "role": "child"}],
    "messages": [
        {"sender": "Liam", "text": "still got that pic u sent me in summer"},
        {"sender": "evie", "text": "u said u deleted it"},
        {"sender": "Liam", "text": "lol. send me another one tonight, same kind, or the first one goes on the year 12 gc"},
        {"sender": "evie", "text": "please liam, we're not even together anymore"},
        {"sender": "Liam", "text": "not my problem. 10pm. if i don't get one, everyone sees it"},
        {"sender": "evie", "text": "i'm telling someone"},
        {"sender": "Liam", "text": "tell them and i post it straight away"},
    ],
    "labels": ["sextortion", "sexting"],
    "evasion": False,
},
# P23 csam: request to an "AI edit" service to undress a named classmate
{
    "participants": [{"id": "danny", "role": "child"}, {"id": "EditBot Seller", "role": "unknown"}],
    "messages": [
        {"sender": "danny", "text": "is this the account that does the AI edits"},
        {"sender": "EditBot Seller", "text": "yes. 5 credits per image. what do you want done"},
        {"sender": "danny", "text": "can u make this girl look undressed. she's in my year at college, she's 16 [photo]"},
        {"sender": "EditBot Seller", "text": "no problem, face shot works best. pay the credits and it comes back in 10 mins"},
        {"sender": "danny", "text": "sent. can u do her mate as well, I'll send her pic after"},
    ],
    "labels": ["csam"],
    "evasion": False,
},
# P24 location_control: older boyfriend demands map screenshots and proof of whereabouts
{
    "messages": [
        {"sender": "Aaron", "text": "screenshot your snap map now"},
        {"sender": "Holly", "text": "why, I'm at home"},
        {"sender": "Aaron", "text": "because last time you said you were home you were at the shopping centre. screenshot it and send a video of your room"},
        {"sender": "Holly", "text": "I'm 16 not 6 aaron"},
        {"sender": "Aaron", "text": "and I'm 21 and I'm not being made a mug of. from now on ghost mode stays off and you check in every hour, or we're done and I tell everyone what you're really like"},
        {"sender": "Holly", "text": "[photo] there. happy?"},
    ],
    "labels": ["location_control"],
    "evasion": False,
},
# ---------------------------------------------------------------- clean (hard negatives)
# C1 marketplace sale, meet in a public place
{
    "participants": [{"id": "eli_sells", "role": "child"}, {"id": "Dawn R", "role": "unknown"}],
    "messages": [
        {"sender": "Dawn R", "text": "Hi, is the PS5 controller still for sale? Could I collect today?"},
        {"sender": "eli_sells", "text": "yeah it is. I can meet you outside the train station in the café at 5, my dad will be with me"},
        {"sender": "Dawn R", "text": "Perfect, I'll bring cash. Is £30 ok?"},
        {"sender": "eli_sells", "text": "yep £30 is fine. see you at 5"},
    ],
    "labels": [],
    "evasion": False,
},
# C2 friends discussing a county lines assembly
{
    "messages": [
        {"sender": "Kofi", "text": "that police talk today was actually kinda grim"},
        {"sender": "Shay", "text": "the bit where they showed the messages like 'run this package, easy money' and then the kid owed them thousands"},
        {"sender": "Kofi", "text": "yeah and they said if someone gives u a phone as a present it might be a trap"},
        {"sender": "Shay", "text": "lowkey it's kids from round here it happens to. the officer said u can ring them or tell Miss Adeyemi"},
        {"sender": "Kofi", "text": "mad. anyway u coming to football after"},
    ],
    "labels": [],
    "evasion": False,
},
# C3 college counsellor asking careful questions
{
    "participants": [{"id": "Ms Hart (Wellbeing)", "role": "adult"}, {"id": "Jordan", "role": "child"}],
    "messages": [
        {"sender": "Ms Hart (Wellbeing)", "text": "Hi Jordan, thanks for coming to see me yesterday. Just checking in as promised."},
        {"sender": "Ms Hart (Wellbeing)", "text": "Some of the questions I ask everyone: has anyone online asked you to keep secrets, send pictures, or carry anything for them?"},
        {"sender": "Jordan", "text": "no nothing like that, it's just exam stress and stuff at home"},
        {"sender": "Ms Hart (Wellbeing)", "text": "That's fine, thank you for telling me. Shall we book another chat on Thursday at 1?"},
        {"sender": "Jordan", "text": "yeah thursday works"},
    ],
    "labels": [],
    "evasion": False,
},
# C4 genuine modelling for a classmate's A-level photography portfolio
{
    "messages": [
        {"sender": "Rosa", "text": "would u model for my photography coursework? it's the 'urban portraits' brief"},
        {"sender": "Talia", "text": "omg yes, what do I wear"},
        {"sender": "Rosa", "text": "just your usual stuff, the denim jacket. we'll shoot by the canal Sunday afternoon, my mum's driving us"},
        {"sender": "Rosa", "text": "I'll give you £20 and copies of all the photos, and Mr Green says I need your consent form signed"},
        {"sender": "Talia", "text": "deal, send the form and I'll get my mum to sign it too"},
    ],
    "labels": [],
    "evasion": False,
},
# C5 genuine agency job offer with in-person right-to-work check
{
    "participants": [{"id": "Kelly (StaffHub Recruitment)", "role": "adult"}, {"id": "Sam", "role": "child"}],
    "messages": [
        {"sender": "Kelly (StaffHub Recruitment)", "text": "Hi Sam, good news - the warehouse picking role is yours. Weekend shifts, 8-4, £8.60/hr for 16-17s. Earn while you study!"},
        {"sender": "Sam", "text": "amazing thank you!! what do I need to bring?"},
        {"sender": "Kelly (StaffHub Recruitment)", "text": "On your first day please bring your passport or birth certificate for the right to work check - the supervisor checks it in person, don't send copies by text."},
        {"sender": "Kelly (StaffHub Recruitment)", "text": "Steel toe boots are provided. Induction is at the Harlow Park site, Saturday 8am."},
        {"sender": "Sam", "text": "great see you then"},
    ],
    "labels": [],
    "evasion": False,
},
# C6 parent using Find My, family location
{
    "participants": [{"id": "Dad", "role": "adult"}, {"id": "Maisie", "role": "child"}],
    "messages": [
        {"sender": "Dad", "text": "I can see on Find My you're at Tom's. All good?"},
        {"sender": "Maisie", "text": "yeah we're watching a film"},
        {"sender": "Dad", "text": "Ok. Home by 11 please, text me if you need a lift"},
        {"sender": "Maisie", "text": "will do, Tom's mum said she'll drop me"},
        {"sender": "Dad", "text": "Lovely. Night love"},
    ],
    "labels": [],
    "evasion": False,
},
# C7 gaming banter
{
    "messages": [
        {"sender": "Frosty", "text": "that aim was criminal"},
        {"sender": "Nox", "text": "lag bro i swear"},
        {"sender": "Frosty", "text": "ur wifi is a war crime"},
        {"sender": "Jinx", "text": "stop crying and heal me, I'm literally dying here"},
        {"sender": "Nox", "text": "on my way. cover me"},
        {"sender": "Jinx", "text": "ez dub. same time tmrw"},
    ],
    "labels": [],
    "evasion": False,
},
# C8 peer relationship, two 17-year-olds
{
    "participants": [{"id": "Adam", "role": "child"}, {"id": "Leah", "role": "child"}],
    "messages": [
        {"sender": "Leah", "text": "can't wait to see u saturday x"},
        {"sender": "Adam", "text": "same. bowling then food?"},
        {"sender": "Leah", "text": "yes. don't post it on ur story tho, i want it to be just us for a bit before everyone gets involved lol"},
        {"sender": "Adam", "text": "fair. my mum wants to meet u properly at some point btw"},
        {"sender": "Leah", "text": "aw ok, sunday lunch? x"},
    ],
    "labels": [],
    "evasion": False,
},
# C9 harmless challenge: charity no-phone challenge
{
    "messages": [
        {"sender": "Mr Dawes (Sixth Form)", "text": "Reminder: the 24-hour no-phone challenge for the hospice starts Friday 6pm. Sponsor forms to the office please."},
        {"sender": "Esme", "text": "sir can we have our phones for emergencies"},
        {"sender": "Mr Dawes (Sixth Form)", "text": "Yes, hand them to a parent, not switched off. The challenge is not scrolling, not being unreachable."},
        {"sender": "Tom", "text": "I've raised £85 already"},
        {"sender": "Esme", "text": "I'm going to die without tiktok lol"},
    ],
    "labels": [],
    "evasion": False,
},
# C10 mum sending trip money (family bank details)
{
    "participants": [{"id": "Mum", "role": "adult"}, {"id": "Ayo", "role": "child"}],
    "messages": [
        {"sender": "Mum", "text": "I'm sending you the £40 for the Paris trip deposit now"},
        {"sender": "Ayo", "text": "thanks! it's the same account as last time"},
        {"sender": "Mum", "text": "Yes I've got it saved. Pay the college through ParentPay, not to anyone's personal account"},
        {"sender": "Ayo", "text": "yeah it's on the college portal. done ✅"},
    ],
    "labels": [],
    "evasion": False,
},
# C11 genuine GP appointment SMS
{
    "participants": [{"id": "OakHillSurgery", "role": "unknown"}],
    "messages": [
        {"sender": "OakHillSurgery", "text": "Oak Hill Surgery: Reminder of your appointment with the practice nurse on Thu 14 Mar at 10:40. Reply CANCEL if you can no longer attend."},
    ],
    "labels": [],
    "evasion": False,
},
# C12 genuine college portal SMS
{
    "messages": [
        {"sender": "NorthgateColl", "text": "Northgate College: Enrolment for Year 13 closes Friday 5pm. Log in to your student portal to confirm your courses: [link]. We will never ask for your password."},
    ],
    "labels": [],
    "evasion": False,
},
# C13 selling old clothes on a marketplace app
{
    "messages": [
        {"sender": "Phoebe", "text": "made £80 on Threadly this week selling my old hoodies"},
        {"sender": "Lucy", "text": "omg how, mine just sit there"},
        {"sender": "Phoebe", "text": "good pics in daylight and I always post through the app so I don't have to give my address to anyone"},
        {"sender": "Lucy", "text": "smart. doing a clear out this weekend then"},
        {"sender": "Phoebe", "text": "side hustle queens 💅"},
    ],
    "labels": [],
    "evasion": False,
},
# C14 hyperbole after an embarrassing moment
{
    "messages": [
        {"sender": "Millie", "text": "I fell up the stairs in front of the whole sixth form common room"},
        {"sender": "Ava", "text": "NOOO"},
        {"sender": "Millie", "text": "I want the ground to swallow me. I'm literally going to die"},
        {"sender": "Ava", "text": "ur fine, no one will remember by monday"},
        {"sender": "Millie", "text": "Josh from biology helped me up so I'm moving to Australia"},
        {"sender": "Ava", "text": "or ... ur welcome 😏"},
    ],
    "labels": [],
    "evasion": False,
},
# C15 new college friends swapping numbers for a group chat
{
    "participants": [{"id": "Kiran", "role": "child"}, {"id": "Beth", "role": "child"}],
    "messages": [
        {"sender": "Beth", "text": "hey it's Beth from psychology! what's your number so I can add u to the class gc?"},
        {"sender": "Kiran", "text": "hiya! it's 07700 900145"},
        {"sender": "Beth", "text": "added 👍 we're doing the revision session in the library thursday"},
        {"sender": "Kiran", "text": "amazing I'll be there"},
    ],
    "labels": [],
    "evasion": False,
},
# C16 Discord moderator rules post
{
    "messages": [
        {"sender": "ModBot", "text": "Reminder of server rules: 1) No posting personal info (addresses, schools, numbers). 2) Adults must not DM members under 18. 3) Report anyone asking for pics or offering gifts for 'favours'."},
        {"sender": "Quill", "text": "good rules tbh, someone got banned last week for it"},
        {"sender": "ModBot", "text": "Use /report in any channel. Mods review reports within 24 hours."},
        {"sender": "Pixelpop", "text": "👍"},
    ],
    "labels": [],
    "evasion": False,
},
# C17 house party, "keep it quiet", don't post the address
{
    "messages": [
        {"sender": "Jonah", "text": "party at mine sat, parents are at my aunt's but they know, they said max 20 people"},
        {"sender": "Freddie", "text": "say less"},
        {"sender": "Jonah", "text": "keep it quiet tho, do NOT post the address on ur story, last time randoms turned up"},
        {"sender": "Ivy", "text": "got it. I'll bring snacks and the speaker"},
        {"sender": "Jonah", "text": "my older cousin's there as well so it's chill"},
    ],
    "labels": [],
    "evasion": False,
},
# C18 genuine delivery job, location shared with employer app during shifts
{
    "participants": [{"id": "Dev (DispatchPoint)", "role": "adult"}, {"id": "Callie", "role": "child"}],
    "messages": [
        {"sender": "Dev (DispatchPoint)", "text": "Hi Callie, welcome to the paper round team. The DispatchPoint app shares your location with the depot only while you're on a round, for safety."},
        {"sender": "Callie", "text": "ok, does it track me after?"},
        {"sender": "Dev (DispatchPoint)", "text": "No, it stops when you tap 'finish round'. You can check that in settings. Rounds are 6.30-7.30am, Mon to Sat."},
        {"sender": "Callie", "text": "perfect thanks"},
    ],
    "labels": [],
    "evasion": False,
},
# C19 football club kit money
{
    "messages": [
        {"sender": "Coach Martin", "text": "U18s - kit money is £25, due by next Saturday. Pay through the club app under 'Payments', please don't hand cash to players."},
        {"sender": "Rafi", "text": "do we need to pay for the away shirt too?"},
        {"sender": "Coach Martin", "text": "No, that's included. Training moved to 6pm Wednesday because of the floodlights."},
        {"sender": "Ollie B", "text": "nice one coach"},
    ],
    "labels": [],
    "evasion": False,
},
]
