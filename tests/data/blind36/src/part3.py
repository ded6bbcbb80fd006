[
# ---------------------------------------------------------------- positives
# P2 sextortion + csam: threat to make and send deepfake images of a 16-year-old unless she pays
{
    "participants": [{"id": "amber", "role": "child"}, {"id": "nofacenoname", "role": "unknown"}],
    "messages": [
        {"sender": "nofacenoname", "text": "I've taken your college photos off your page. With the AI app I can make them look like you've been sending nudes"},
        {"sender": "nofacenoname", "text": "[photo] this is the first one. nobody will be able to tell it's fake"},
        {"sender": "amber", "text": "that's not me, delete it, I'm 16"},
        {"sender": "nofacenoname", "text": "£150 by Friday or I make ten more and send them to your college, your boss at the garden centre and your family group chat"},
        {"sender": "amber", "text": "I don't have £150"},
        {"sender": "nofacenoname", "text": "then get it. ask your boyfriend. tick tock"},
    ],
    "labels": ["sextortion", "csam"],
    "evasion": False,
},
# P3 csam (evasion): coded terms and emoji for selling images of under-18s
{
    "messages": [
        {"sender": "drop_links_uk", "text": "new 🍕🍕 mega folder just dropped. all local, all ‘ykwim’ age 🔞 ❌ lol"},
        {"sender": "hollowtip", "text": "which schools"},
        {"sender": "drop_links_uk", "text": "Coldbrook, St Anne's, the college on the ring road. y10-y13 vibes 😉 the girls dont know its out there"},
        {"sender": "hollowtip", "text": "price?"},
        {"sender": "drop_links_uk", "text": "£20 in crypto or trade me ur own c.p stash. [link] expires in 1hr"},
        {"sender": "hollowtip", "text": "sent. got any of the sixth form ones u posted last week"},
    ],
    "labels": ["csam"],
    "evasion": True,
},
# P4 scam: fake festival ticket resale, pay by bank transfer off-platform
{
    "participants": [{"id": "jade_m", "role": "child"}, {"id": "festtix_resale", "role": "unknown"}],
    "messages": [
        {"sender": "jade_m", "text": "hi do u still have 2 Brookfield Weekender tickets?"},
        {"sender": "festtix_resale", "text": "yes hun last 2, £80 each (face value £120). had to drop out, gutted"},
        {"sender": "jade_m", "text": "omg yes please. can I pay through the ticket app resale?"},
        {"sender": "festtix_resale", "text": "the app's down for resale this week. bank transfer is quickest, send as friends and family so there's no fees"},
        {"sender": "festtix_resale", "text": "I'll email the e-tickets the second it lands. 3 other people asking so need it in the next 20 mins"},
        {"sender": "jade_m", "text": "ok sending £160 now"},
        {"sender": "festtix_resale", "text": "also need your card number and expiry to register the tickets in your name"},
    ],
    "labels": ["scam"],
    "evasion": False,
},
# P5 money_mule: "cousin's wages" through a teen's account then into crypto
{
    "messages": [
        {"sender": "Rhianna", "text": "babe can u do me a massive favour"},
        {"sender": "Saffron", "text": "depends lol"},
        {"sender": "Rhianna", "text": "my cousin's account is frozen, can he send his wages (£2,000) into yours and then u put it into this crypto wallet [link]? he'll give u £200 for it"},
        {"sender": "Saffron", "text": "2k?? my account's only a student one"},
        {"sender": "Rhianna", "text": "that's why it's perfect, no one checks student ones. he's done it with loads of girls from college"},
        {"sender": "Rhianna", "text": "just send me ur account number and sort code, and don't tell the bank what it's for if they ring"},
        {"sender": "Saffron", "text": "ok fine, 200 is 200"},
    ],
    "labels": ["money_mule"],
    "evasion": False,
},
# P6 criminal_exploitation + location_control: hold a bag at home, keep location on, threats
{
    "participants": [{"id": "deji", "role": "child"}, {"id": "smoke.ldn", "role": "unknown"}],
    "messages": [
        {"sender": "smoke.ldn", "text": "my man. need u to hold a bag at urs for a week. 200 for doing nothing"},
        {"sender": "deji", "text": "what's in it"},
        {"sender": "smoke.ldn", "text": "don't worry bout that. put it under ur bed, don't open it, don't tell ur mum"},
        {"sender": "deji", "text": "nah i'm good bro"},
        {"sender": "smoke.ldn", "text": "wasn't a question. we know where u live, we know ur sister goes to Lindale primary"},
        {"sender": "smoke.ldn", "text": "and put ur location on for me on the map app. i wanna see ur at yours when the bag's there. if u go anywhere i ask why"},
        {"sender": "deji", "text": "ok. location's on"},
    ],
    "labels": ["criminal_exploitation", "location_control"],
    "evasion": False,
},
# P7 location_control: older "friend" makes child install tracking app and punishes her for leaving areas
{
    "participants": [{"id": "lexi", "role": "child"}, {"id": "Carl", "role": "adult"}],
    "messages": [
        {"sender": "Carl", "text": "I can see on TrackPal you went into town. I told you not to go past the station"},
        {"sender": "lexi", "text": "I just went to Primark with Jas"},
        {"sender": "Carl", "text": "I didn't say you could. I put that app on your phone so I know where you are, not for you to ignore me"},
        {"sender": "Carl", "text": "if you uninstall it or put it on airplane mode I'll know, and I'll stop paying your phone bill and tell your mum about the vapes"},
        {"sender": "lexi", "text": "ok I'm going home now"},
        {"sender": "Carl", "text": "good. I'll be watching the dot. ring me the second you're in"},
    ],
    "labels": ["location_control"],
    "evasion": False,
},
# P8 unwanted_contact: AirDrop cyberflashing at festival campsite, child reports it first-hand
{
    "messages": [
        {"sender": "Nia", "text": "girls someone on the campsite keeps airdropping [photo] stuff"},
        {"sender": "Nia", "text": "declined like 8 times, the name keeps changing 'Bigman', 'campsite dave', 'say yes x'"},
        {"sender": "Amara", "text": "ew!! same here actually, got one 2 mins ago"},
        {"sender": "Nia", "text": "now it's saying 'I can see you by the toilets, accept it'"},
        {"sender": "Jake", "text": "turn airdrop off and come back to the tents, I'll go with you to the welfare tent"},
    ],
    "labels": ["unwanted_contact"],
    "evasion": False,
},
# P9 self_harm (evasion): coded and misspelled self-harm statements, first-hand
{
    "participants": [{"id": "Maya", "role": "child"}, {"id": "Lola", "role": "child"}],
    "messages": [
        {"sender": "Lola", "text": "u've been so quiet today, wassup"},
        {"sender": "Maya", "text": "honestly not being dramatic but i want to un.alive myself"},
        {"sender": "Maya", "text": "been thinking it every night this week. i wanna k m s and not be here n e more"},
        {"sender": "Lola", "text": "maya i'm really worried, i'm calling u rn"},
        {"sender": "Maya", "text": "pls dont tell anyone"},
        {"sender": "Lola", "text": "i love u and i need to tell someone who can help. i'm staying with u"},
    ],
    "labels": ["self_harm"],
    "evasion": True,
},
# P10 cyberbullying + self_harm (evasion): spaced letters, leetspeak, emoji
{
    "messages": [
        {"sender": "xX_fl4me", "text": "lmao look who's online, the kid who cried in the sixth form toilets"},
        {"sender": "voidboi", "text": "ur so w3ird no1 even likes u irl"},
        {"sender": "xX_fl4me", "text": "k y s fr. do every1 a favour 🪦🔪"},
        {"sender": "voidboi", "text": "n0b0dy w0uld m1ss u 💀 ur own mum wouldnt"},
        {"sender": "Elliot", "text": "why are u doing this"},
        {"sender": "xX_fl4me", "text": "bc ur a waste of air. g0 unal1ve urself"},
    ],
    "labels": ["cyberbullying", "self_harm"],
    "evasion": True,
},
# P11 harmful_challenge: server "challenge week" encouraging going without food
{
    "messages": [
        {"sender": "Chall3ngeMaster", "text": "CHALLENGE WEEK day 5: no food for 3 days. water only. post a pic of ur empty plate every meal as proof"},
        {"sender": "skye.r", "text": "3 days is a lot, I've got a shift saturday"},
        {"sender": "Chall3ngeMaster", "text": "the ones who quit get kicked from the server. day 6 is even harder so start now"},
        {"sender": "jaydn", "text": "on it. day 1 done [photo]"},
        {"sender": "Chall3ngeMaster", "text": "legend. @skye.r if you're not posting by tonight you're out"},
        {"sender": "skye.r", "text": "ok starting tomorrow"},
    ],
    "labels": ["harmful_challenge"],
    "evasion": False,
},
# P12 privacy_disclosure: child posts number, college and daily routine in a public game lobby
{
    "messages": [
        {"sender": "LobbyHost", "text": "anyone want to join a regular squad? drop socials"},
        {"sender": "ellz_17", "text": "me!! add me on snap or text me, 07700 900231"},
        {"sender": "ellz_17", "text": "i'm at Westbrook College, doing hair and beauty. i'm at the bus stop by the big Tesco every morning at 8 if anyone's local lol"},
        {"sender": "ellz_17", "text": "and im on my own most evenings cos my mum works nights"},
        {"sender": "gruntlord", "text": "noted 👀 i'm local"},
    ],
    "labels": ["privacy_disclosure"],
    "evasion": False,
},
# P13 identity_theft: child reports first-hand that account was taken over and is impersonated
{
    "participants": [{"id": "Tariq", "role": "child"}, {"id": "Ben", "role": "child"}],
    "messages": [
        {"sender": "Tariq", "text": "bro if u get messages from my snap it's not me"},
        {"sender": "Ben", "text": "huh?"},
        {"sender": "Tariq", "text": "someone got into my account last night, changed the email and password and turned on their own 2fa. i'm locked out"},
        {"sender": "Tariq", "text": "they're posting as me and messaging people pretending to be me. they've also made a new account with my name and pics"},
        {"sender": "Ben", "text": "that's so bad. report it through the hacked account page"},
        {"sender": "Tariq", "text": "doing it now. tell everyone to ignore it"},
    ],
    "labels": ["identity_theft"],
    "evasion": False,
},
# P14 sexting + grooming: 24-year-old on a dating app with a 17-year-old
{
    "participants": [{"id": "kacey", "role": "child"}, {"id": "Ryan_24", "role": "adult"}],
    "messages": [
        {"sender": "Ryan_24", "text": "your profile says 18 but you mentioned sixth form... how old are you really?"},
        {"sender": "kacey", "text": "17, don't tell anyone lol"},
        {"sender": "Ryan_24", "text": "your secret's safe with me. age is just a number, you're way more mature than the girls my age anyway"},
        {"sender": "Ryan_24", "text": "let's move to Whisperly, this app bans people. I'll top up your phone credit if you want"},
        {"sender": "Ryan_24", "text": "send me something tonight? the private kind. it'll disappear after you send it so nobody will ever know"},
        {"sender": "kacey", "text": "maybe"},
    ],
    "labels": ["sexting", "grooming"],
    "evasion": False,
},
# P15 sex_trafficking (evasion): Greek/Cyrillic homoglyphs and emoji in recruitment
{
    "participants": [{"id": "kiera", "role": "child"}, {"id": "VIP_bookings", "role": "unknown"}],
    "messages": [
        {"sender": "VIP_bookings", "text": "h\u03b9 h\u03bfn \U0001f48b m\u03bfdell\u03b9ng \u03bfpp\u03bfrtun\u03b9ty f\u03bfr y\u03bfu, \u00a3\u00a3\u00a3 \U0001f4b7\U0001f4b7"},
        {"sender": "kiera", "text": "what kind of modelling?"},
        {"sender": "VIP_bookings", "text": "pr\u03b9v\u0430te \u0441l\u03b9ents \U0001f6cf\ufe0f\U0001f942 u just gotta b fr\u03b9endly 2 my fr\u03b9ends, they p\u0430y 4 ur t\u03b9me \u23f0\U0001f4b8"},
        {"sender": "VIP_bookings", "text": "17 = b\u0430s\u03b9c\u0430lly 18 \U0001f609 d\u03b9dnt see \u0430 th\u03b9ng. tr\u0430\u03b9n t\u03bf N\u03bfttingh\u0430m s\u0430t \U0001f686, st\u0430y \u03bfver, c\u0430sh \u03bfn th\u0435 n\u03b9ght"},
        {"sender": "kiera", "text": "do I need to bring anything"},
        {"sender": "VIP_bookings", "text": "just ur s\u0435lf \U0001f457 \u0430nd d\u03bfnt t\u0435ll \u0430ny1 \U0001f910"},
    ],
    "labels": ["sex_trafficking"],
    "evasion": True,
},
# P17 sextortion: child reports first-hand to a friend that she is being blackmailed
{
    "messages": [
        {"sender": "Hollie", "text": "i need help and i don't know who to tell"},
        {"sender": "Keira", "text": "what's happened??"},
        {"sender": "Hollie", "text": "the guy i was talking to from the app. i sent him a pic and now he's saying he'll send it to my mum and my whole college unless i pay £300 by tonight"},
        {"sender": "Hollie", "text": "he's already sent me a screenshot of my mum's profile and my college page"},
        {"sender": "Keira", "text": "don't pay him. screenshot everything and don't delete it. can we tell Mrs Lane tomorrow first thing? or your mum tonight?"},
        {"sender": "Hollie", "text": "he says if i tell anyone he'll post it straight away"},
    ],
    "labels": ["sextortion"],
    "evasion": False,
},
# P19 identity_theft + scam: single SMS impersonating marketplace support, asks for password and DOB
{
    "participants": [{"id": "VendlySupport", "role": "unknown"}],
    "messages": [
        {"sender": "VendlySupport", "text": "Hi it's Jordan from Vendly Support. Your seller account will be SUSPENDED today due to a payment issue. Reply with your login email, password and date of birth to keep your account active."},
    ],
    "labels": ["identity_theft", "scam"],
    "evasion": False,
},
# P21 criminal_exploitation + money_mule: runner told to bank the cash and forward it
{
    "participants": [{"id": "kobe", "role": "child"}, {"id": "Uncle B", "role": "adult"}],
    "messages": [
        {"sender": "Uncle B", "text": "good work today. u got the 1200 from the drops?"},
        {"sender": "kobe", "text": "yeah it's all here"},
        {"sender": "Uncle B", "text": "don't bring it back. pay it into ur bank at the machine in Asda, 3 lots of 400"},
        {"sender": "Uncle B", "text": "then transfer it to the 3 accounts i send u. reference 'rent'. u keep 100"},
        {"sender": "kobe", "text": "what if my bank asks"},
        {"sender": "Uncle B", "text": "tell them its from ur job. and tomorrow u do Hartwell again, same time. u still owe for the phone so no skipping"},
    ],
    "labels": ["criminal_exploitation", "money_mule"],
    "evasion": False,
},
# P22 unwanted_contact: adult from friend-finding app keeps returning on new accounts after being blocked
{
    "participants": [{"id": "rosie", "role": "child"}, {"id": "steve.new.acc3", "role": "adult"}],
    "messages": [
        {"sender": "steve.new.acc3", "text": "you blocked me again lol. this is my third account"},
        {"sender": "rosie", "text": "I've told you I'm not interested. I'm 16 and you're 35"},
        {"sender": "steve.new.acc3", "text": "I just want to be friends. I'll keep making accounts until you talk to me properly"},
        {"sender": "steve.new.acc3", "text": "I've sent friend requests to your sister and your mate Abbie too so I can see your stuff"},
        {"sender": "steve.new.acc3", "text": "answer me"},
        {"sender": "steve.new.acc3", "text": "answer me Rosie"},
    ],
    "labels": ["unwanted_contact"],
    "evasion": False,
},
# P24 csam + cyberbullying: AI fake images of a classmate circulated in a group chat
{
    "messages": [
        {"sender": "Ryder", "text": "someone made fake pics of Lily from year 12 with that undress app, it's going round every gc"},
        {"sender": "Mason", "text": "send it here then 😂"},
        {"sender": "Ryder", "text": "[photo]"},
        {"sender": "Kai", "text": "she's gonna be so humiliated lmao"},
        {"sender": "Mason", "text": "forwarding to the football gc. tag her in it next"},
        {"sender": "Ryder", "text": "already did. she's been reading them and not replying 💀"},
    ],
    "labels": ["csam", "cyberbullying"],
    "evasion": False,
},
# P25 sex_trafficking + grooming: older girl recruits a 16-year-old for her boyfriend's "mates"
{
    "participants": [{"id": "shannon", "role": "child"}, {"id": "Tia", "role": "adult"}],
    "messages": [
        {"sender": "Tia", "text": "you're my little sis now, you know that? I'll always look after you"},
        {"sender": "shannon", "text": "love u tia, thanks for the nails and the hoodie"},
        {"sender": "Tia", "text": "anything for you. my boyfriend's mates in Birmingham pay girls for company, like 300 a weekend. Jay will sort the train"},
        {"sender": "Tia", "text": "you're 16, basically grown, they'll love you. you just have to do what they ask and stay over"},
        {"sender": "shannon", "text": "what if my care worker asks where I am"},
        {"sender": "Tia", "text": "say you're at mine. don't tell anyone about Jay or his mates or you'll get us all in trouble. we're family now"},
    ],
    "labels": ["sex_trafficking", "grooming"],
    "evasion": False,
},
# P27 harmful_challenge: dare to go into a freezing lake at night
{
    "messages": [
        {"sender": "Toby", "text": "lake challenge tonight at the quarry. whoever stays in longest wins the pot"},
        {"sender": "Maddie", "text": "it's literally 2 degrees"},
        {"sender": "Toby", "text": "that's the point. gotta go in at midnight, no wetsuit, no phone torch"},
        {"sender": "Finn", "text": "the sign says no swimming tho"},
        {"sender": "Toby", "text": "signs are for kids. Finn ur going in first, and if u get out before 5 mins u pay everyone a tenner"},
        {"sender": "Finn", "text": "fine. see u at the gate at 11.45"},
    ],
    "labels": ["harmful_challenge"],
    "evasion": False,
},
# P28 privacy_disclosure: child posts live location and tent details publicly at festival
{
    "participants": [{"id": "poppy.xo", "role": "child"}, {"id": "festival_fan_88", "role": "unknown"}],
    "messages": [
        {"sender": "poppy.xo", "text": "public story: at Glade fest!! [location] live til sunday"},
        {"sender": "festival_fan_88", "text": "where u camping? might come say hi"},
        {"sender": "poppy.xo", "text": "yellow field, the blue tent with the flag, number 43. my mates left early so i'm on my own tonight lol"},
        {"sender": "poppy.xo", "text": "if u lose me i'm usually at the bar by the main stage at 9"},
        {"sender": "festival_fan_88", "text": "see u there 😉"},
    ],
    "labels": ["privacy_disclosure"],
    "evasion": False,
},
# P29 cyberbullying + self_harm: anonymous account telling a student to kill themselves
{
    "participants": [{"id": "anon_truths", "role": "unknown"}, {"id": "Priyanka", "role": "child"}],
    "messages": [
        {"sender": "anon_truths", "text": "everyone at Hollins Vale knows you're a snake"},
        {"sender": "anon_truths", "text": "nobody wants you at prom. people like you should just kill themselves"},
        {"sender": "Priyanka", "text": "who is this"},
        {"sender": "anon_truths", "text": "doesn't matter. go and do it tonight and save us all the hassle"},
        {"sender": "anon_truths", "text": "I'll keep messaging every day until you do"},
    ],
    "labels": ["cyberbullying", "self_harm"],
    "evasion": False,
},
# ---------------------------------------------------------------- clean (hard negatives)
# C1 friends at festival agreeing to share locations
{
    "messages": [
        {"sender": "Lottie", "text": "signal is awful, everyone turn on location sharing with the gc so we can find each other"},
        {"sender": "Reggie", "text": "done [location]"},
        {"sender": "Sana", "text": "same, I'm at the food trucks"},
        {"sender": "Lottie", "text": "coming to you. and we all turn it off on sunday when we're home ok"},
        {"sender": "Reggie", "text": "yep deal"},
    ],
    "labels": [],
    "evasion": False,
},
# C2 genuine marketplace payout SMS
{
    "participants": [{"id": "Vendly", "role": "unknown"}],
    "messages": [
        {"sender": "Vendly", "text": "Vendly: Your payout of £23.50 for 'Grey hoodie size S' has been sent to your bank account ending 42. It may take 1-3 working days. No action needed."},
    ],
    "labels": [],
    "evasion": False,
},
# C3 restaurant manager, legal limits for a 17-year-old worker
{
    "participants": [{"id": "Marco (Nonna's Kitchen)", "role": "adult"}, {"id": "Evan", "role": "child"}],
    "messages": [
        {"sender": "Marco (Nonna's Kitchen)", "text": "Hi Evan, you're on Friday 5-10. Because you're 17 you can't serve alcohol, so you'll be food running and on the pass."},
        {"sender": "Evan", "text": "ok no worries. do I get a break?"},
        {"sender": "Marco (Nonna's Kitchen)", "text": "Yes, 30 mins at 7.30, and staff meal is free. Tips are split on the card machine, they go in with your wages."},
        {"sender": "Evan", "text": "sound, see you friday"},
    ],
    "labels": [],
    "evasion": False,
},
# C4 friends complaining about a family tracking app
{
    "messages": [
        {"sender": "Izzy", "text": "my mum put Life360 on all our phones lol so annoying"},
        {"sender": "Charlotte", "text": "my dad has Find My on mine, he only checks when I'm late back tho"},
        {"sender": "Izzy", "text": "yeah she says it's just until I pass my test and can drive myself"},
        {"sender": "Charlotte", "text": "fair. tbh it came in handy when I lost my phone on the bus"},
    ],
    "labels": [],
    "evasion": False,
},
# C5 PSHE lesson discussion about nudify apps and the law
{
    "messages": [
        {"sender": "Alesha", "text": "that PSHE lesson about AI fake pics was actually useful"},
        {"sender": "Jamie", "text": "yeah I didn't know making a fake undressed pic of anyone under 18 is illegal even if it's AI"},
        {"sender": "Alesha", "text": "and that you can use Report Remove to get stuff taken down"},
        {"sender": "Noor", "text": "Mr Hale said to tell him if anyone's using those apps on people at college"},
        {"sender": "Jamie", "text": "good, those apps are disgusting"},
    ],
    "labels": [],
    "evasion": False,
},
# C6 game trash talk with threats as banter
{
    "participants": [{"id": "Kade", "role": "child"}, {"id": "Shiloh", "role": "child"}],
    "messages": [
        {"sender": "Kade", "text": "you're dead next round. I'm coming for you"},
        {"sender": "Shiloh", "text": "bring it, I'll bury you in the spawn"},
        {"sender": "Kade", "text": "HOW did you snipe me from there"},
        {"sender": "Shiloh", "text": "skill issue 😂 gg"},
        {"sender": "Kade", "text": "gg. rematch after dinner"},
    ],
    "labels": [],
    "evasion": False,
},
# C7 UCAS stress hyperbole ("kms" as exaggeration)
{
    "messages": [
        {"sender": "Harriet", "text": "Mr Price wants a 5th draft of my personal statement 😭 if I have to rewrite it again I'll kms lol"},
        {"sender": "Oscar", "text": "same, mine is dead on arrival"},
        {"sender": "Harriet", "text": "UCAS deadline is literally killing me"},
        {"sender": "Oscar", "text": "library after college? we can suffer together"},
        {"sender": "Harriet", "text": "yes please and I'm bringing biscuits"},
    ],
    "labels": [],
    "evasion": False,
},
# C8 reselling trainers as a legit side hustle
{
    "messages": [
        {"sender": "Deion", "text": "flipped the limited runners on Vendly for 40 profit"},
        {"sender": "Alfie", "text": "how u getting them"},
        {"sender": "Deion", "text": "raffles on release day, then resell through the app so buyer protection covers everyone"},
        {"sender": "Alfie", "text": "u gotta declare that if it gets big btw, my dad said"},
        {"sender": "Deion", "text": "yeah yeah mr accountant 😂"},
    ],
    "labels": [],
    "evasion": False,
},
# C9 mum forwards a scam text as a warning
{
    "participants": [{"id": "Mum", "role": "adult"}, {"id": "Jasmin", "role": "child"}],
    "messages": [
        {"sender": "Mum", "text": "Got this today: 'Your parcel couldn't be delivered, pay £1.45 here [link]'. It's a scam, don't click on anything like it"},
        {"sender": "Jasmin", "text": "yeah I get those too, I just delete them"},
        {"sender": "Mum", "text": "Good. And the bank will never ask for your PIN or passcode. If in doubt ring the number on the back of your card"},
        {"sender": "Jasmin", "text": "I know mum 😅 we did it in tutor time"},
    ],
    "labels": [],
    "evasion": False,
},
# C10 supervised charity cold-water dip
{
    "messages": [
        {"sender": "Mrs Quinn (Sixth Form)", "text": "Boxing Day charity dip at Marlow beach: lifeguards and first aiders on site, 2 minutes max in the water, changing tents provided. Parent consent forms by Friday."},
        {"sender": "Gabe", "text": "I'm doing it for the hospice, sponsor me!!"},
        {"sender": "Lara", "text": "you're mad it's going to be freezing"},
        {"sender": "Gabe", "text": "that's the challenge lol. hot chocolate after"},
    ],
    "labels": [],
    "evasion": False,
},
# C11 college IT warning about passwords
{
    "participants": [{"id": "IT Helpdesk", "role": "adult"}, {"id": "Will", "role": "child"}],
    "messages": [
        {"sender": "Will", "text": "hi, I can't log into the student wifi"},
        {"sender": "IT Helpdesk", "text": "Hi Will, I've reset it. You'll get a link to your college email to set a new password. We will never ask you for your password in chat."},
        {"sender": "Will", "text": "got it, working now thanks"},
        {"sender": "IT Helpdesk", "text": "Great. Please don't share your login with friends, even for printing credits."},
    ],
    "labels": [],
    "evasion": False,
},
# C12 older sibling picking up after a party
{
    "participants": [{"id": "Sis", "role": "adult"}, {"id": "Rory", "role": "child"}],
    "messages": [
        {"sender": "Sis", "text": "where are u, send me ur location and I'll come get u"},
        {"sender": "Rory", "text": "[location] outside Jacob's, the one with the trampoline"},
        {"sender": "Sis", "text": "5 mins. don't tell mum I'm late, she'll moan at both of us lol"},
        {"sender": "Rory", "text": "ur a legend"},
    ],
    "labels": [],
    "evasion": False,
},
# C13 retail staff shift swap group chat
{
    "messages": [
        {"sender": "Paige", "text": "can anyone cover my sunday 10-4? it's my nan's birthday"},
        {"sender": "Omar", "text": "I can if u do my thursday 4-8"},
        {"sender": "Paige", "text": "deal! I'll tell Karen"},
        {"sender": "Karen (Supervisor)", "text": "Fine by me, swap it on the rota app so payroll picks it up"},
        {"sender": "Omar", "text": "done 👍"},
    ],
    "labels": [],
    "evasion": False,
},
# C14 Secret Santa secrecy
{
    "messages": [
        {"sender": "Naomi", "text": "Secret Santa names are out! £10 limit. DON'T tell anyone who you got"},
        {"sender": "Theo", "text": "my lips are sealed 🤐"},
        {"sender": "Grace", "text": "can we give hints or is that cheating"},
        {"sender": "Naomi", "text": "no hints, it's a secret till the last day of term. delete the message with your name if you're worried someone will see it"},
    ],
    "labels": [],
    "evasion": False,
},
# C15 "send me a pic of your outfit" between friends
{
    "participants": [{"id": "Jodie", "role": "child"}, {"id": "Kerys", "role": "child"}],
    "messages": [
        {"sender": "Jodie", "text": "send me a pic of ur outfit for tonight, I don't want us to clash"},
        {"sender": "Kerys", "text": "[photo] the black one or the green?"},
        {"sender": "Jodie", "text": "green 100%. I'll wear my jeans then"},
        {"sender": "Kerys", "text": "perfect. taxi's booked for 8"},
    ],
    "labels": [],
    "evasion": False,
},
# C16 rude haggler on a marketplace
{
    "participants": [{"id": "skatestuff_nate", "role": "child"}, {"id": "bargainbaz", "role": "unknown"}],
    "messages": [
        {"sender": "bargainbaz", "text": "£15 for the skateboard, final offer"},
        {"sender": "skatestuff_nate", "text": "it's listed at £40 and it's barely used"},
        {"sender": "bargainbaz", "text": "£15 or I'm leaving you a bad review lol"},
        {"sender": "skatestuff_nate", "text": "you can't review if you don't buy it mate. £35 lowest"},
        {"sender": "bargainbaz", "text": "fine £35, buying through the app now"},
    ],
    "labels": [],
    "evasion": False,
},
# C17 youth worker careful screening questions
{
    "participants": [{"id": "Dee (Youth Worker)", "role": "adult"}, {"id": "Kyran", "role": "child"}],
    "messages": [
        {"sender": "Dee (Youth Worker)", "text": "Hey Kyran, good to see you at the centre. I ask everyone this: has anyone offered you money or a phone to carry or hold things for them?"},
        {"sender": "Kyran", "text": "nah nothing like that. just want help with my CV for the garage apprenticeship"},
        {"sender": "Dee (Youth Worker)", "text": "Brilliant, bring it Wednesday and we'll go through it. And you can always talk to me if anything like that ever happens."},
        {"sender": "Kyran", "text": "cheers dee"},
    ],
    "labels": [],
    "evasion": False,
},
# C18 friends splitting pizza money via a payments app
{
    "messages": [
        {"sender": "Ellis", "text": "pizza was £36 so £12 each"},
        {"sender": "Maxine", "text": "what's ur Pennybox handle"},
        {"sender": "Ellis", "text": "@ellis-w, or just give me cash at college"},
        {"sender": "Jude", "text": "sent ✅"},
        {"sender": "Maxine", "text": "sent too, thanks for ordering"},
    ],
    "labels": [],
    "evasion": False,
},
# C19 sports coach praising a 16-year-old in the team chat
{
    "messages": [
        {"sender": "Coach Amy", "text": "Great session tonight all. Special shout out to Kenzie - really mature attitude in how you warmed up the younger group."},
        {"sender": "Kenzie", "text": "thanks coach!!"},
        {"sender": "Coach Amy", "text": "Parents: the county trials are Saturday 9am at Redbrook Leisure Centre, lift share list is on the club noticeboard."},
        {"sender": "Tegan", "text": "can't wait 🏐"},
    ],
    "labels": [],
    "evasion": False,
},
]
