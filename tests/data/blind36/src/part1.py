[
# ---------------------------------------------------------------- positives
# P1 grooming + privacy_disclosure: "talent scout" in a game lobby, child gives college and bus time
{
    "participants": [{"id": "kai", "role": "child"}, {"id": "ScoutRiley", "role": "unknown"}],
    "messages": [
        {"sender": "ScoutRiley", "text": "gg that was a clean clutch. you play like someone way older"},
        {"sender": "kai", "text": "ha cheers, been grinding ranked all summer"},
        {"sender": "ScoutRiley", "text": "how old are u? i scout players for an esports org, we do trials for under 21s"},
        {"sender": "kai", "text": "17 in march so 16 rn"},
        {"sender": "ScoutRiley", "text": "16 is basically 18 tbh, you're mature, the kids on our academy roster are nowhere near your level"},
        {"sender": "ScoutRiley", "text": "we'd cover a new headset and a monitor if you sign. but keep it between us for now, the other orgs poach people if word gets out"},
        {"sender": "kai", "text": "wait fr?? that's mad"},
        {"sender": "ScoutRiley", "text": "fr. i'm near you anyway for work, could drop the headset off. where do you go to college?"},
        {"sender": "kai", "text": "Hollins Vale College, I get the 47 from outside the Co-op at like 7.50 every morning"},
        {"sender": "ScoutRiley", "text": "perfect. add me on Whisperly instead, this chat logs everything. and don't tell your parents yet, they won't get esports"},
    ],
    "labels": ["grooming", "privacy_disclosure"],
    "evasion": False,
},
# P2 sex_trafficking + grooming: "brand ambassador", keep friends company at events, travel paid
{
    "participants": [{"id": "amelia", "role": "child"}, {"id": "luxe_events_mgmt", "role": "adult"}],
    "messages": [
        {"sender": "luxe_events_mgmt", "text": "Hi Amelia! Loved your page. We're recruiting brand ambassadors for a lifestyle company - great pay, flexible, earn while you study."},
        {"sender": "amelia", "text": "omg hi, what would I have to do? I'm only 17 tho"},
        {"sender": "luxe_events_mgmt", "text": "17 is fine babe, honestly you look and act older than most of my 22 year olds. Mostly hosting at private events."},
        {"sender": "luxe_events_mgmt", "text": "You'd keep some of our VIP clients company for the evening, chat, drinks, be fun. They tip really well, girls make £600+ a night."},
        {"sender": "amelia", "text": "where are the events?"},
        {"sender": "luxe_events_mgmt", "text": "Manchester this weekend. I'll book your train and a hotel room, you'd stay over Saturday. The clients like the girls to stay for the after party."},
        {"sender": "luxe_events_mgmt", "text": "Best not to mention it to your mum, parents always think the worst. Just say you're at a friend's."},
        {"sender": "amelia", "text": "ok I guess I could say I'm at Priya's"},
        {"sender": "luxe_events_mgmt", "text": "Perfect. Send me a couple of full length pics so I can show the clients who's coming x"},
    ],
    "labels": ["sex_trafficking", "grooming"],
    "evasion": False,
},
# P3 money_mule + identity_theft: "earn while you study", use your account, asks for banking app login
{
    "messages": [
        {"sender": "deano.cashflow", "text": "yo u still looking for a side hustle? saw ur story"},
        {"sender": "liv_m", "text": "yeah kinda, my shifts got cut"},
        {"sender": "deano.cashflow", "text": "easy one. earn while you study ting. i send £500 into ur account, u send £400 to the account i give u, keep £100. 10 mins work"},
        {"sender": "liv_m", "text": "why can't u just send it urself"},
        {"sender": "deano.cashflow", "text": "my business accounts got limits innit. loads of people do it, its legit"},
        {"sender": "deano.cashflow", "text": "actually quicker if u just give me ur banking app login and passcode, i'll do the transfers myself so u dont have to do nothing"},
        {"sender": "liv_m", "text": "idk my mum can see my account"},
        {"sender": "deano.cashflow", "text": "then open a new one on Pennybox, takes 5 mins, 16+ is fine. send me the login after and a pic of ur provisional so i can verify it"},
    ],
    "labels": ["money_mule", "identity_theft"],
    "evasion": False,
},
# P4 criminal_exploitation + location_control: debt for a phone, "run" to another town, live location demanded
{
    "participants": [{"id": "tj", "role": "child"}, {"id": "Bigz", "role": "adult"}],
    "messages": [
        {"sender": "Bigz", "text": "u know that phone i gave u aint free right"},
        {"sender": "tj", "text": "u said it was a present"},
        {"sender": "Bigz", "text": "nah u owe me 300 for it. u can work it off. one trip to Ashcombe tmrw, take the bag to the address i send, come back"},
        {"sender": "tj", "text": "i got college tmrw"},
        {"sender": "Bigz", "text": "skip it. train at 10. share ur live location with me now and keep it on the whole time"},
        {"sender": "Bigz", "text": "if it goes off even for a minute i'll assume ur mugging me off and i know where ur nan lives"},
        {"sender": "tj", "text": "ok ok sharing it"},
        {"sender": "Bigz", "text": "send me a pic when ur on the train. and dont open the bag"},
    ],
    "labels": ["criminal_exploitation", "location_control"],
    "evasion": False,
},
# P5 sextortion: dating-app contact threatens to send images to friends unless paid
{
    "participants": [{"id": "ethan", "role": "child"}, {"id": "sophie_x21", "role": "unknown"}],
    "messages": [
        {"sender": "sophie_x21", "text": "I've screenshotted your followers list. Every one of them."},
        {"sender": "sophie_x21", "text": "you've got 20 minutes to send £200 in Steam gift cards or the pics you sent me go to your friends, your college page and your mum"},
        {"sender": "ethan", "text": "please don't, I'm 16, I don't have that money"},
        {"sender": "sophie_x21", "text": "not my problem. get it from your parents card. 19 minutes"},
        {"sender": "ethan", "text": "I can do £40"},
        {"sender": "sophie_x21", "text": "£200 or I start with your sister. send the codes here"},
    ],
    "labels": ["sextortion"],
    "evasion": False,
},
# P6 cyberbullying + self_harm: group chat pile-on, "kys"
{
    "messages": [
        {"sender": "Harvey", "text": "did everyone see Nathan's driving test vid lmaooo he stalled 4 times"},
        {"sender": "Callum", "text": "mans failed at roundabouts 💀"},
        {"sender": "Nathan", "text": "who posted that, take it down pls"},
        {"sender": "Kez", "text": "nah its staying up, its the best thing on my story"},
        {"sender": "Harvey", "text": "ur actually so embarrassing, no wonder no one sits with u in the common room"},
        {"sender": "Callum", "text": "honestly just kys nobody would notice"},
        {"sender": "Kez", "text": "😂😂 do us all a favour"},
        {"sender": "Nathan", "text": "maybe i will then. i'm sick of all of it"},
        {"sender": "Harvey", "text": "go on then"},
    ],
    "labels": ["cyberbullying", "self_harm"],
    "evasion": False,
},
# P7 scam: single SMS, fake provisional licence fee
{
    "participants": [{"id": "sender", "role": "unknown"}],
    "messages": [
        {"sender": "sender", "text": "DVLA-UK: Your provisional driving licence application is ON HOLD due to an unpaid £2.99 processing fee. Pay within 24hrs to avoid cancellation: [link]"},
    ],
    "labels": ["scam"],
    "evasion": False,
},
# P8 identity_theft + scam: marketplace "buyer" asks for the verification code
{
    "participants": [{"id": "mo", "role": "child"}, {"id": "buyer_kerry88", "role": "unknown"}],
    "messages": [
        {"sender": "buyer_kerry88", "text": "Hi is the North Ridge puffer still available? I'll pay full price £45"},
        {"sender": "mo", "text": "yeah still got it, size M"},
        {"sender": "buyer_kerry88", "text": "Great. Vendly makes buyers check sellers are real before paying. I've requested a code to your phone, can you send me it?"},
        {"sender": "mo", "text": "got a text with 6 numbers, says don't share it tho"},
        {"sender": "buyer_kerry88", "text": "That's normal, it's just for the buyer. Quick please or the payment times out and I'll have to buy another one"},
        {"sender": "buyer_kerry88", "text": "Also what email is your Vendly on? Need it to send the payment link"},
    ],
    "labels": ["identity_theft", "scam"],
    "evasion": False,
},
# P9 harmful_challenge: dare to jump between multi-storey car park roofs
{
    "messages": [
        {"sender": "Rhys", "text": "right who's doing the roof jump tonight"},
        {"sender": "Aaron", "text": "the one at Kingsgate car park?"},
        {"sender": "Rhys", "text": "yeah top floor to the next building. loads of people on the page have done it. 50 quid to whoever does it first and films it"},
        {"sender": "Jamal", "text": "thats a mad gap bro"},
        {"sender": "Rhys", "text": "stop being a wasteman. Jamal ur doing it, ur the lightest"},
        {"sender": "Aaron", "text": "if u bottle it we're posting that u bottled it"},
        {"sender": "Jamal", "text": "fine. meet at 11 when security leave"},
    ],
    "labels": ["harmful_challenge"],
    "evasion": False,
},
# P10 unwanted_contact: child reports AirDrop flashing on the train
{
    "messages": [
        {"sender": "Ellie", "text": "ok something so weird just happened on the train"},
        {"sender": "Ellie", "text": "some 'Gaz iPhone' keeps airdropping me [photo] [photo] stuff i do NOT want to see. declined it like 5 times and it keeps coming"},
        {"sender": "Ruby", "text": "ew what, who is it"},
        {"sender": "Ellie", "text": "no idea, some man in the carriage i think. now he's sent one that just says 'ur in the green coat ;)'"},
        {"sender": "Ruby", "text": "get off at the next stop and go near the guard. turn airdrop to contacts only"},
        {"sender": "Ellie", "text": "done. he's still looking over. i'm going to the front carriage"},
    ],
    "labels": ["unwanted_contact"],
    "evasion": False,
},
# P11 sexting: 17-year-old boyfriend pressuring 16-year-old girlfriend for images
{
    "participants": [{"id": "jayden", "role": "child"}, {"id": "mia", "role": "child"}],
    "messages": [
        {"sender": "jayden", "text": "miss u already"},
        {"sender": "mia", "text": "aww miss u too x"},
        {"sender": "jayden", "text": "send me a pic then. not a normal one. the private kind"},
        {"sender": "mia", "text": "jay I told u I'm not comfortable with that"},
        {"sender": "jayden", "text": "everyone does it, Kyle's gf sends him them all the time. i'll delete it straight after, promise"},
        {"sender": "jayden", "text": "if u actually loved me u would. i'll send one first if thats what u want"},
        {"sender": "mia", "text": "can we just talk about something else"},
        {"sender": "jayden", "text": "fine whatever. maybe i'll find someone who will"},
    ],
    "labels": ["sexting"],
    "evasion": False,
},
# P12 location_control: controlling 20-year-old boyfriend demands live location at all times
{
    "participants": [{"id": "chloe", "role": "child"}, {"id": "Dom", "role": "adult"}],
    "messages": [
        {"sender": "Dom", "text": "why has your location gone grey on the map"},
        {"sender": "chloe", "text": "my phones on 5% I turned on battery saver"},
        {"sender": "Dom", "text": "turn it back on. now. you know the rule, I see where you are all the time"},
        {"sender": "chloe", "text": "I'm literally at college"},
        {"sender": "Dom", "text": "prove it. send a pic of where you're sitting and who you're with. and no going to Lauren's after"},
        {"sender": "chloe", "text": "you can't just stop me seeing my friends"},
        {"sender": "Dom", "text": "if that dot isn't back in 2 minutes I'm coming down there and you can explain it to my face"},
        {"sender": "chloe", "text": "ok it's back on. sorry"},
    ],
    "labels": ["location_control"],
    "evasion": False,
},
# P13 csam (evasion): nudify/undress-app request about a classmate, leetspeak and spacing
{
    "messages": [
        {"sender": "Tyler", "text": "lads found that app, the und-r3ss one, it actually works"},
        {"sender": "Owen", "text": "no way, the n u d 1 f y one from the ad?"},
        {"sender": "Tyler", "text": "ye. someone send me a pic of Grace from 6th form, the one off her insta in the dress"},
        {"sender": "Mikey", "text": "[photo] that one?"},
        {"sender": "Tyler", "text": "perfect. gimme 2 mins, gonna run it thru and drop the result here. dont forward it out the gc"},
        {"sender": "Owen", "text": "do Sasha from our bio class next 😂"},
    ],
    "labels": ["csam"],
    "evasion": True,
},
# P15 privacy_disclosure: child posts home address and home-alone time in public Discord
{
    "messages": [
        {"sender": "Moderator_Finch", "text": "Weekend event starts at 8! Drop your region below so we can sort lobbies."},
        {"sender": "nova_plays", "text": "UK south"},
        {"sender": "sam.wav", "text": "uk here, im 16. anyone near Brackley can come round and LAN tbh, my parents are away all weekend"},
        {"sender": "sam.wav", "text": "14 Birchfield Close, the one with the blue door. im in on my own from friday 5pm till sunday night"},
        {"sender": "sam.wav", "text": "heres my number if u get lost 07700 900318"},
        {"sender": "r3dline", "text": "might take u up on that 👀"},
    ],
    "labels": ["privacy_disclosure"],
    "evasion": False,
},
# P16 grooming + sexting (evasion): adult in game chat, leetspeak + emoji, secrecy
{
    "participants": [{"id": "lil_bee", "role": "child"}, {"id": "xXVortexXx", "role": "unknown"}],
    "messages": [
        {"sender": "xXVortexXx", "text": "ur honestly the only person on this server who gets me"},
        {"sender": "lil_bee", "text": "aw thats sweet, ur funny tho"},
        {"sender": "xXVortexXx", "text": "how old r u again? u seem m4ture for 16, girls my age r so boring"},
        {"sender": "lil_bee", "text": "how old are u?"},
        {"sender": "xXVortexXx", "text": "age is just a numb3r. got u the season pass btw 🎁 check ur inbox"},
        {"sender": "xXVortexXx", "text": "send me a p1c 2nite? the 🌶️🌶️ kind. just 4 me, our s3cret 🤫 dont tell ur m8s"},
        {"sender": "lil_bee", "text": "idk..."},
        {"sender": "xXVortexXx", "text": "ill delete it str8 after 🙏 u owe me 4 the pass anyway"},
    ],
    "labels": ["grooming", "sexting"],
    "evasion": True,
},
# P17 money_mule: game account used to hold and move money ("squaring")
{
    "participants": [{"id": "fin", "role": "child"}, {"id": "TradeKingz", "role": "unknown"}],
    "messages": [
        {"sender": "TradeKingz", "text": "u still selling skins? got a better deal for u"},
        {"sender": "fin", "text": "depends whats the deal"},
        {"sender": "TradeKingz", "text": "i buy 400 quid of gift cards, load them on ur account, u buy the items i tell u and trade them to my alt. u keep 60"},
        {"sender": "fin", "text": "why not just use ur own account"},
        {"sender": "TradeKingz", "text": "mine keeps getting flagged. yours is clean and old so it wont. we do it every week, easy money"},
        {"sender": "TradeKingz", "text": "also link ur Pennybox so i can send the cash side straight to u and u send it on to my guy"},
        {"sender": "fin", "text": "ok send the first lot"},
    ],
    "labels": ["money_mule"],
    "evasion": False,
},
# P18 self_harm: first-hand statement to a friend
{
    "messages": [
        {"sender": "Aisha", "text": "u ok? u left early again"},
        {"sender": "Jess", "text": "not really tbh"},
        {"sender": "Jess", "text": "i failed the mocks, i got dropped from my shifts and everything just feels pointless"},
        {"sender": "Jess", "text": "i keep thinking i just want to disappear. like everyone would be better off if i wasn't here"},
        {"sender": "Aisha", "text": "jess im really glad u told me. can i ring u rn?"},
        {"sender": "Jess", "text": "ok"},
    ],
    "labels": ["self_harm"],
    "evasion": False,
},
# P19 criminal_exploitation (evasion): county lines recruitment in coded slang
{
    "participants": [{"id": "reece", "role": "child"}, {"id": "m0neyteam_", "role": "unknown"}],
    "messages": [
        {"sender": "m0neyteam_", "text": "u want a job or wat. 3 bills a day, just going OT for a few days"},
        {"sender": "reece", "text": "wats the job"},
        {"sender": "m0neyteam_", "text": "just holding the f00d n droppin packs to the lil line customers. 🍫🍬 u dont even touch the ❄️ side"},
        {"sender": "m0neyteam_", "text": "we got a trap in Wexmouth, bed n phone sorted. u just answer the line n run"},
        {"sender": "reece", "text": "my mum will notice if im gone"},
        {"sender": "m0neyteam_", "text": "say ur at ur bredrins. bring ur boy Tayo too, u both get paid. dnt chat about it on here after today"},
    ],
    "labels": ["criminal_exploitation"],
    "evasion": True,
},
# P20 sextortion + sexting: fake girl requests image then blackmails
{
    "participants": [{"id": "leo", "role": "child"}, {"id": "ava.rosie", "role": "unknown"}],
    "messages": [
        {"sender": "ava.rosie", "text": "hey ur cute, saw u on Mutuals app. ur pics r so good"},
        {"sender": "leo", "text": "ha thanks, urs too"},
        {"sender": "ava.rosie", "text": "ur bio lol. we should swap pics. i'll send first ;)"},
        {"sender": "ava.rosie", "text": "[photo]"},
        {"sender": "ava.rosie", "text": "ur turn. not ur face, u know what i mean"},
        {"sender": "leo", "text": "[photo]"},
        {"sender": "ava.rosie", "text": "lol gotcha. I've got ur pic and ur full follower list. pay £300 by tonight or it goes to every one of them and ur sixth form"},
        {"sender": "leo", "text": "what?? delete it please"},
        {"sender": "ava.rosie", "text": "pay and it's deleted. don't pay and ur done. bank details coming"},
    ],
    "labels": ["sextortion", "sexting"],
    "evasion": False,
},
# P21 unwanted_contact: adult man persistently requests/messages after festival
{
    "participants": [{"id": "grace", "role": "child"}, {"id": "marc_on_tour", "role": "adult"}],
    "messages": [
        {"sender": "marc_on_tour", "text": "hey it's Marc from the Fields festival campsite, the guy with the gazebo"},
        {"sender": "marc_on_tour", "text": "sent you a follow request, and another, accept me?"},
        {"sender": "marc_on_tour", "text": "I've requested 6 times now lol why aren't you accepting"},
        {"sender": "grace", "text": "sorry I don't really add people I don't know"},
        {"sender": "marc_on_tour", "text": "you do know me, we chatted for like 10 mins. I'm 34 not a weirdo"},
        {"sender": "marc_on_tour", "text": "found your other account too. I'll keep messaging till you reply properly"},
        {"sender": "marc_on_tour", "text": "??"},
        {"sender": "marc_on_tour", "text": "why are you ignoring me"},
    ],
    "labels": ["unwanted_contact"],
    "evasion": False,
},
# P22 sex_trafficking: "hostess" job for a 17-year-old at private parties, stay over
{
    "messages": [
        {"sender": "Velvet Rooms Recruitment", "text": "Hi Layla, your friend Shannon passed on your number. We have hostess work at private parties, £500 a night cash."},
        {"sender": "Layla", "text": "hi, what does a hostess do? I've only worked at a bakery"},
        {"sender": "Velvet Rooms Recruitment", "text": "You'd be looking after our gentlemen guests, keeping them company, whatever makes them happy. You're 17? Basically 18, nobody asks."},
        {"sender": "Velvet Rooms Recruitment", "text": "Parties are in a private house outside Birmingham. We drive you there Friday and back Sunday, you stay over with the other girls."},
        {"sender": "Layla", "text": "is it all weekend?"},
        {"sender": "Velvet Rooms Recruitment", "text": "Yes. Guests pay extra for the girls who are friendly. Bring a nice dress and don't post anything about where you are."},
    ],
    "labels": ["sex_trafficking"],
    "evasion": False,
},
# P24 harmful_challenge: dare to drive parent's car on dual carriageway without licence, film speed
{
    "messages": [
        {"sender": "Kieran", "text": "new one on the page, driving ur mum's car on the bypass at 90 with no L plates and filming the speedo"},
        {"sender": "Dev", "text": "i've had 3 lessons mate"},
        {"sender": "Kieran", "text": "thats the point lol. the lad from Oakfield did it with his eyes shut for 5 seconds"},
        {"sender": "Sian", "text": "that's genuinely so dangerous"},
        {"sender": "Kieran", "text": "Dev ur mum's on nights thurs, keys are on the hook. do it or ur off the gc"},
        {"sender": "Dev", "text": "ok thurs then. someone film from the back"},
    ],
    "labels": ["harmful_challenge"],
    "evasion": False,
},
# ---------------------------------------------------------------- clean (hard negatives)
# C1 genuine cafe shift + payroll bank details form
{
    "participants": [{"id": "Sandra (Bean There Cafe)", "role": "adult"}, {"id": "Noah", "role": "child"}],
    "messages": [
        {"sender": "Sandra (Bean There Cafe)", "text": "Hi Noah, are you able to cover Saturday 9-3? Becca is off sick."},
        {"sender": "Noah", "text": "yes that's fine!"},
        {"sender": "Sandra (Bean There Cafe)", "text": "Brilliant, thank you. Also payroll still need your new starter form - bank details and NI number go on the paper form, please hand it to me in person, don't text them."},
        {"sender": "Noah", "text": "ok I'll bring it Saturday. do I need to wear the black t shirt?"},
        {"sender": "Sandra (Bean There Cafe)", "text": "Black top and the apron, we'll have one for you. See you Saturday."},
    ],
    "labels": [],
    "evasion": False,
},
# C2 friends sharing live location walking home after a night out
{
    "messages": [
        {"sender": "Tash", "text": "that was such a good night omg"},
        {"sender": "Bella", "text": "sending u my live location til i'm home, the walk past the park is dark"},
        {"sender": "Bella", "text": "[location]"},
        {"sender": "Tash", "text": "got it, watching u lol. text when ur in"},
        {"sender": "Bella", "text": "home! door locked. stopping sharing now x"},
        {"sender": "Tash", "text": "yay night x"},
    ],
    "labels": [],
    "evasion": False,
},
# C3 parent asking where child is
{
    "participants": [{"id": "Mum", "role": "adult"}, {"id": "Ollie", "role": "child"}],
    "messages": [
        {"sender": "Mum", "text": "Where are you love? Dinner's at 7"},
        {"sender": "Ollie", "text": "at Sami's, we're doing the business studies project"},
        {"sender": "Mum", "text": "OK. Can you switch your location back on, it says off on my phone. Dad will pick you up at 9"},
        {"sender": "Ollie", "text": "it's on now, phone died earlier"},
        {"sender": "Mum", "text": "Thanks. Say thanks to Sami's mum x"},
    ],
    "labels": [],
    "evasion": False,
},
# C4 genuine bank SMS: card dispatched
{
    "participants": [{"id": "LarkfieldBk", "role": "unknown"}],
    "messages": [
        {"sender": "LarkfieldBk", "text": "Larkfield Bank: Your new Young Saver debit card has been posted and should arrive in 3-5 working days. We will never ask for your PIN or full password by text or phone."},
    ],
    "labels": [],
    "evasion": False,
},
# C5 genuine delivery SMS with tracking link
{
    "messages": [
        {"sender": "Parcelhop", "text": "Parcelhop: Your parcel from Threadly is due today between 10:15 and 11:15. Track or change delivery: [link]"},
    ],
    "labels": [],
    "evasion": False,
},
# C6 surprise party secrecy, "delete this chat"
{
    "messages": [
        {"sender": "Zara", "text": "ok this chat is for Maya's 17th surprise party ONLY. do not add her obviously"},
        {"sender": "Keisha", "text": "omg yes. don't tell her mum either, she can't keep a secret"},
        {"sender": "Dan", "text": "I can get the back room at Luigi's for saturday"},
        {"sender": "Zara", "text": "perfect. everyone keep it secret and delete the messages if she's looking at your phone lol"},
        {"sender": "Keisha", "text": "I'll say we're just going cinema so she doesn't suspect"},
        {"sender": "Dan", "text": "secret mode activated 🤐"},
    ],
    "labels": [],
    "evasion": False,
},
# C7 genuine marketplace sale of trainers, buyer asks for more pics
{
    "participants": [{"id": "kicks_by_jordan", "role": "child"}, {"id": "harriet_buys", "role": "unknown"}],
    "messages": [
        {"sender": "harriet_buys", "text": "Hi, are the Strata 90s still available? Could you send me a pic of the soles and the box label?"},
        {"sender": "kicks_by_jordan", "text": "yeah still available! [photo] [photo]"},
        {"sender": "harriet_buys", "text": "Lovely, they look barely worn. Would you take £55?"},
        {"sender": "kicks_by_jordan", "text": "can do £58 and I'll post tomorrow"},
        {"sender": "harriet_buys", "text": "Deal. I'll pay through the app with buyer protection."},
        {"sender": "kicks_by_jordan", "text": "sound, the app will give me the postage label. thanks!"},
    ],
    "labels": [],
    "evasion": False,
},
# C8 game trash talk and hyperbole
{
    "messages": [
        {"sender": "Zeph", "text": "ur actually trash at this game, uninstall"},
        {"sender": "BlazeHD", "text": "says the guy who fell off the map twice lmao"},
        {"sender": "Zeph", "text": "next round I'm ending you. no mercy"},
        {"sender": "BlazeHD", "text": "u couldn't end a sentence mate"},
        {"sender": "Zeph", "text": "😂😂 ok that was good. run it back"},
        {"sender": "BlazeHD", "text": "gg, I'm dead after this one, got work at 8"},
    ],
    "labels": [],
    "evasion": False,
},
# C9 friends discussing a news story about sextortion
{
    "messages": [
        {"sender": "Priya", "text": "did u see that news thing about the lad who got blackmailed over pics by a fake account"},
        {"sender": "Imogen", "text": "yeah the one where they said pay or we send it to your friends? so scary"},
        {"sender": "Priya", "text": "the police said don't pay, screenshot everything and tell someone. and there's that Report Remove thing"},
        {"sender": "Imogen", "text": "we literally had an assembly on it last year but the article made it seem way more real"},
        {"sender": "Priya", "text": "sending it to my brother, he's always on those apps"},
    ],
    "labels": [],
    "evasion": False,
},
# C10 driving instructor lesson confirmation
{
    "participants": [{"id": "Gary (Clearview Driving)", "role": "adult"}, {"id": "Amir", "role": "child"}],
    "messages": [
        {"sender": "Gary (Clearview Driving)", "text": "Hi Amir, lesson confirmed Tuesday 4pm. I'll pick you up from the college gates as usual."},
        {"sender": "Gary (Clearview Driving)", "text": "Please bring your provisional licence, we need it for the mock test next week."},
        {"sender": "Amir", "text": "ok thanks, can we practise the reverse bay park again?"},
        {"sender": "Gary (Clearview Driving)", "text": "Yes, we'll do that at the leisure centre car park. Lesson fee is the usual, card or cash is fine."},
    ],
    "labels": [],
    "evasion": False,
},
# C11 college admin asking to upload photo ID for exam entry (genuine)
{
    "participants": [{"id": "Exams Office", "role": "adult"}, {"id": "Freya", "role": "child"}],
    "messages": [
        {"sender": "Exams Office", "text": "Dear Freya, to complete your resit entry please upload a scan of your photo ID to the secure student portal by Friday. Please do not send ID documents by email or chat."},
        {"sender": "Freya", "text": "Hi, does a provisional count as photo ID?"},
        {"sender": "Exams Office", "text": "Yes, a provisional driving licence or passport is fine. If you have problems with the portal, come to room B14 and we can check it in person."},
        {"sender": "Freya", "text": "Thank you, I'll upload it tonight."},
    ],
    "labels": [],
    "evasion": False,
},
# C12 peer relationship, two 17-year-olds planning a date
{
    "participants": [{"id": "Ben", "role": "child"}, {"id": "Sofia", "role": "child"}],
    "messages": [
        {"sender": "Ben", "text": "still up for cinema friday?"},
        {"sender": "Sofia", "text": "yes!! the 7.30 one?"},
        {"sender": "Ben", "text": "yeah. don't tell my brother we're going, he'll just take the mick all week"},
        {"sender": "Sofia", "text": "lol my lips are sealed. my dad's dropping me off so I'll meet u inside"},
        {"sender": "Ben", "text": "sound. I'll get the popcorn x"},
    ],
    "labels": [],
    "evasion": False,
},
# C13 harmless dare
{
    "messages": [
        {"sender": "Lewis", "text": "dare: wear ur mum's fluffy dressing gown to the chippy and order in a posh voice"},
        {"sender": "Hamza", "text": "bet. if i do it u buy my chips for a week"},
        {"sender": "Lewis", "text": "deal. film it"},
        {"sender": "Hamza", "text": "[video] the lady called me 'your majesty' 😭"},
        {"sender": "Poppy", "text": "I'm crying this is the best thing in this gc"},
    ],
    "labels": [],
    "evasion": False,
},
# C14 friends sceptical about a crypto "side hustle"
{
    "messages": [
        {"sender": "Connor", "text": "my cousin says he made 2k on some coin in a week"},
        {"sender": "Alfie", "text": "and how much did he lose the week after lol"},
        {"sender": "Connor", "text": "fair. he wants me to put my birthday money in"},
        {"sender": "Alfie", "text": "nah bro thats how people get rinsed. my business teacher said if it sounds too good it's a scam"},
        {"sender": "Connor", "text": "yeah I'll just keep doing Saturdays at the garden centre tbh"},
    ],
    "labels": [],
    "evasion": False,
},
# C15 neighbour babysitting job, "you'll get paid"
{
    "participants": [{"id": "Mrs Okafor", "role": "adult"}, {"id": "Hannah", "role": "child"}],
    "messages": [
        {"sender": "Mrs Okafor", "text": "Hi Hannah, are you free to babysit on Friday 7-11? I'll pay £35. The kids will be in bed by 8."},
        {"sender": "Hannah", "text": "yes I can do that! is it ok if my mum walks me round?"},
        {"sender": "Mrs Okafor", "text": "Of course. Numbers for us and for Grandma will be on the fridge. Help yourself to snacks."},
        {"sender": "Hannah", "text": "great see you friday"},
    ],
    "labels": [],
    "evasion": False,
},
# C16 sibling asking for streaming password (family)
{
    "participants": [{"id": "Lily", "role": "child"}, {"id": "Josh", "role": "child"}],
    "messages": [
        {"sender": "Josh", "text": "whats the telly password again, the streaming one"},
        {"sender": "Lily", "text": "it's on the whiteboard in the kitchen where mum wrote it"},
        {"sender": "Josh", "text": "i'm at dad's tho"},
        {"sender": "Lily", "text": "ugh ask dad then, mum said not to text it"},
        {"sender": "Josh", "text": "fine 🙄"},
    ],
    "labels": [],
    "evasion": False,
},
# C17 genuine 2FA SMS
{
    "participants": [{"id": "Snapgram", "role": "unknown"}],
    "messages": [
        {"sender": "Snapgram", "text": "Your Snapgram login code is 482913. Don't share this code with anyone. If you didn't request it, you can ignore this message."},
    ],
    "labels": [],
    "evasion": False,
},
# C18 friend asks for a pic of the homework
{
    "messages": [
        {"sender": "Kayden", "text": "can u send me a pic of the chem homework, left my book in the lab"},
        {"sender": "Marcus", "text": "[photo] it's questions 4 to 9"},
        {"sender": "Kayden", "text": "ur a legend"},
        {"sender": "Marcus", "text": "don't copy my answers tho, Mrs Patel will know"},
        {"sender": "Kayden", "text": "i only want the questions i swear 😂"},
    ],
    "labels": [],
    "evasion": False,
},
# C19 festival planning group chat, pins and parent check-ins
{
    "messages": [
        {"sender": "Amara", "text": "tickets are in everyone's email!! Brookfield Weekender here we come"},
        {"sender": "Jake", "text": "where are we meeting if we lose each other"},
        {"sender": "Amara", "text": "by the big ferris wheel. I'll drop a pin in here when we've set the tents up"},
        {"sender": "Nia", "text": "my mum says I have to text her every 3 hours lol"},
        {"sender": "Jake", "text": "same tbf, and my dad's picking us up sunday"},
        {"sender": "Amara", "text": "that's fine, we'll do a group check in at dinner anyway. bring a power bank!!"},
    ],
    "labels": [],
    "evasion": False,
},
]
