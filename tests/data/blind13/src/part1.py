[
    # ---- single messages: positives ----
    {
        "participants": [{"id": "marco.vibes_21", "role": "unknown"}, {"id": "tillyxo_", "role": "child"}],
        "messages": [
            {"sender": "marco.vibes_21", "text": "hey gorgeous saw u on my explore page 😍 why do u keep ignoring my requests?? thats 5 now, accept me or ill just make another acc lol"},
        ],
        "labels": ["unwanted_contact"],
        "evasion": None,
    },
    {
        "participants": [{"id": "RBX-Rewards", "role": "unknown"}, {"id": "jayden_builds", "role": "child"}],
        "messages": [
            {"sender": "RBX-Rewards", "text": "ROBLOX OFFICIAL 🎉 Congratulations jayden_builds! your account was picked for 10,000 FREE Robux in our anniversary draw. Claim within 24 hrs at rbx-anniversary-claim.net and sign in with your username + password to verify you are the owner. Unclaimed prizes will be given to another player."},
        ],
        "labels": ["scam"],
        "evasion": None,
    },
    {
        "participants": [{"id": "vbuckplug", "role": "unknown"}, {"id": "kai.fn", "role": "child"}],
        "messages": [
            {"sender": "vbuckplug", "text": "fr33 v-bux 🎁🎁 13,500 just drop ur 3pic l0gin + the 2fa c0de it texts u in my dms and ill l0ad ur acc 2nite, 100% l3git ask any1"},
        ],
        "labels": ["scam", "identity_theft"],
        "evasion": "leetspeak (fr33, l0gin, c0de, l3git) on the credential request",
    },
    {
        "participants": [{"id": "maddie", "role": "child"}, {"id": "kayla", "role": "child"}],
        "messages": [
            {"sender": "maddie", "text": "just so u know Kayla nobody in this gc actually likes u. we only added u back so we could screenshot ur cringe msgs and send them round the year group 😂😂 leave if u want, no one will notice"},
        ],
        "labels": ["cyberbullying"],
        "evasion": None,
    },
    {
        "participants": [{"id": "ellis", "role": "child"}, {"id": "noor", "role": "child"}],
        "messages": [
            {"sender": "ellis", "text": "noor i cant keep doing this. im so tired of everything and i dont want to be here anymore, like properly. i think everyone would be better off if i just wasnt around after this weekend"},
        ],
        "labels": ["self_harm"],
        "evasion": None,
    },
    {
        "participants": [{"id": "xx_reece_xx", "role": "child"}, {"id": "bilal07", "role": "child"}],
        "messages": [
            {"sender": "xx_reece_xx", "text": "honestly bilal do every1 a favour and k y s. ur mum wouldnt even notice ur gone"},
        ],
        "labels": ["cyberbullying", "self_harm"],
        "evasion": "letter spacing (k y s) for telling someone to kill themselves",
    },
    {
        "participants": [{"id": "chaos.crew.uk", "role": "unknown"}, {"id": "ollie_m", "role": "child"}],
        "messages": [
            {"sender": "chaos.crew.uk", "text": "TONIGHTS CHALLENGE 🔥🔥 film urself smashing a bus shelter or setting a wheelie bin off on ur road. most views by sunday gets £20 from me + a shoutout on the page. tag 3 mates who wont bottle it"},
        ],
        "labels": ["harmful_challenge"],
        "evasion": None,
    },
    {
        "participants": [{"id": "lil_tomo", "role": "child"}, {"id": "bolton-fn-duos", "role": "unknown"}],
        "messages": [
            {"sender": "lil_tomo", "text": "any1 from bolton wanna duo irl lol im 12 at st anselms year 8, i walk home down kestrel rd every day at like 3.20 past the co-op so just shout me if ur about. my mum works till 6 so its just me"},
        ],
        "labels": ["privacy_disclosure"],
        "evasion": None,
    },
    {
        "participants": [{"id": "sofiaa.dance", "role": "child"}, {"id": "comments", "role": "unknown"}],
        "messages": [
            {"sender": "sofiaa.dance", "text": "omg yesss anyone wanna join our dance squad text me on 07700 900412 💜 im the one in the pink hoodie at Greystone Academy lol"},
        ],
        "labels": ["privacy_disclosure"],
        "evasion": None,
    },
    {
        "participants": [{"id": "dan_rides", "role": "unknown"}, {"id": "em.13", "role": "child"}],
        "messages": [
            {"sender": "dan_rides", "text": "ur honestly so much more mature than 13, way more than the girls my age tbh. lets keep this chat just ours yeh? ur mum wouldnt get it, she'd make it weird. ill sort u another gift card tmrw x"},
        ],
        "labels": ["grooming"],
        "evasion": None,
    },
    {
        "participants": [{"id": "jake.w", "role": "child"}, {"id": "amelie", "role": "child"}],
        "messages": [
            {"sender": "jake.w", "text": "go on send one more but the private kind this time 😏 no one will see it, ill delete it straight after i promise. u owe me after the one i sent u"},
        ],
        "labels": ["sexting"],
        "evasion": None,
    },
    {
        "participants": [{"id": "lucy_x_k", "role": "unknown"}, {"id": "harv", "role": "child"}],
        "messages": [
            {"sender": "lucy_x_k", "text": "i've saved every pic u sent me. £200 in steam cards by 9pm or they go to every single person on ur followers list, ur mum first, then ur school. send the codes here. dont bother blocking, i have ur friends list already"},
        ],
        "labels": ["sextortion"],
        "evasion": None,
    },
    {
        "participants": [{"id": "ashleigh.h", "role": "unknown"}, {"id": "rio", "role": "child"}],
        "messages": [
            {"sender": "ashleigh.h", "text": "£150 or ur 📸📸 go to every1 in ur follow list + ur school page 📤 u got 1hr ⏰ dont test me"},
        ],
        "labels": ["sextortion"],
        "evasion": "emoji stand in for the images and sending them (📸 📤 ⏰)",
    },
    {
        "participants": [{"id": "t.grind", "role": "unknown"}, {"id": "callum", "role": "child"}],
        "messages": [
            {"sender": "t.grind", "text": "yo need a young un for a quick ting, just take a lil parcel to the ends n back, 2 hrs graft £300 in ur hand, no questions. snap me, dont chat about it on here"},
        ],
        "labels": ["criminal_exploitation"],
        "evasion": "slang/code words (young un, ting, parcel, the ends, graft)",
    },
    {
        "participants": [{"id": "cashapp.kings", "role": "unknown"}, {"id": "deji", "role": "child"}],
        "messages": [
            {"sender": "cashapp.kings", "text": "easy £500 this week 💸💸 all u do is let me use ur bank for 24hrs, money lands in ur acc, u send it on to my mate minus ur cut. must have a debit card, age 16+ but if ur younger its calm just use ur mums acc details"},
        ],
        "labels": ["money_mule"],
        "evasion": None,
    },
    {
        "participants": [{"id": "big.t", "role": "unknown"}, {"id": "kieran", "role": "child"}],
        "messages": [
            {"sender": "big.t", "text": "why is ur snap map OFF. turn it back on now. if i check and ur not at the spot by 8 u already know what happens"},
        ],
        "labels": ["location_control"],
        "evasion": None,
    },
    {
        "participants": [{"id": "ryno", "role": "child"}, {"id": "year9lads", "role": "child"}],
        "messages": [
            {"sender": "ryno", "text": "whats that ai app that takes the clothes off a pic? want to do one of jess from 9R off her insta and send it round lol"},
        ],
        "labels": ["csam"],
        "evasion": None,
    },
    {
        "participants": [{"id": "vip.hostess.mcr", "role": "unknown"}, {"id": "shanice", "role": "child"}],
        "messages": [
            {"sender": "vip.hostess.mcr", "text": "Hiring girls 15+ 💅 for hostess work at private parties in Manchester. Train + hotel covered, up to £400 a night, you just keep my friends company and be nice to them. Discreet, don't tell ur parents it's a job just say sleepover. DM"},
        ],
        "labels": ["sex_trafficking"],
        "evasion": None,
    },
    {
        "participants": [{"id": "fake.account.lol", "role": "child"}, {"id": "priya_s", "role": "child"}],
        "messages": [
            {"sender": "fake.account.lol", "text": "made an insta with ur name and all ur selfies priya 😂 400 followers already. gonna dm ur crush as u tonight and post some stuff u definitely wouldnt post. have fun explaining that"},
        ],
        "labels": ["identity_theft", "cyberbullying"],
        "evasion": None,
    },
    {
        "participants": [{"id": "quickadd_2291", "role": "unknown"}, {"id": "ava.m", "role": "child"}],
        "messages": [
            {"sender": "quickadd_2291", "text": "[photo] u like? 😜 add me back then"},
        ],
        "labels": ["unwanted_contact"],
        "evasion": None,
    },
    {
        "participants": [{"id": "Epic-Support-Team", "role": "unknown"}, {"id": "benji", "role": "child"}],
        "messages": [
            {"sender": "Epic-Support-Team", "text": "Epic Games Support: your account has been flagged for trading. To keep your skins please reply with your account \u0435-mail, p\u0430ssw\u043erd and the 6 digit \u0441ode we have just sent to your phone. Failure to respond in 2 hrs = permanent ban."},
        ],
        "labels": ["scam", "identity_theft"],
        "evasion": "Cyrillic look-alike letters in e-mail, password and code",
    },
    {
        "participants": [{"id": "flip.it.fast", "role": "unknown"}, {"id": "marcus", "role": "child"}],
        "messages": [
            {"sender": "flip.it.fast", "text": "got a 🏦? i drop 2k in, u send 1.8k back to my guy, keep 200 🤑 done by tea time. dont need to know where its from"},
        ],
        "labels": ["money_mule"],
        "evasion": "emoji for bank and money (🏦 🤑), no use of the words bank account or transfer",
    },

    # ---- single messages: clean ----
    {
        "participants": [{"id": "holly", "role": "child"}, {"id": "girls_gc", "role": "child"}],
        "messages": [
            {"sender": "holly", "text": "im literally DEAD 💀💀 mr hughes just read my essay out to the whole class and said 'interesting use of the word vibes' i want the ground to swallow me"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "zaynFN", "role": "child"}, {"id": "louis", "role": "child"}],
        "messages": [
            {"sender": "zaynFN", "text": "ur getting absolutely destroyed next game, im coming for ur head with the heavy sniper no mercy 😂 gg tho that last circle was mad"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "mum", "role": "adult"}, {"id": "freya", "role": "child"}],
        "messages": [
            {"sender": "mum", "text": "Can you share your location when you get to Amira's please, just so I know you got there ok on the bus. Then you can turn it off again. Have fun love mum x"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "Y8 Office", "role": "adult"}, {"id": "parents", "role": "adult"}],
        "messages": [
            {"sender": "Y8 Office", "text": "Reminder: for the Paris trip we still need a photocopy of your child's passport and their GHIC number by Friday. Please hand these into the school office in a sealed envelope, do not email them. Thank you, Mrs Lowther"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "sis (Jade)", "role": "adult"}, {"id": "mo", "role": "child"}],
        "messages": [
            {"sender": "sis (Jade)", "text": "DO NOT tell mum about the cake!!! its for saturday and its a surprise. delete this after u read it bc u know she goes through ur phone lol 🎂🤫"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "esme", "role": "child"}, {"id": "tash", "role": "child"}],
        "messages": [
            {"sender": "esme", "text": "can u send me a pic of the maths homework page pls i left my book in my locker 😭 just the questions i dont need ur answers"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "Mr Bello (PSHE)", "role": "adult"}, {"id": "9Y class", "role": "child"}],
        "messages": [
            {"sender": "Mr Bello (PSHE)", "text": "Morning 9Y. Today's PSHE is on sextortion: what it is, why it is never your fault, and what to do if someone threatens to share images of you. Remember Report Remove and Childline, and you can always come to me or Ms Khan."},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "thriftqueen", "role": "adult"}, {"id": "seller_liv", "role": "child"}],
        "messages": [
            {"sender": "thriftqueen", "text": "Hi! is the north face puffer still available? would you do £35 incl postage? happy to buy through the app straight away if so 😊"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "Sunita (Patel's Pantry)", "role": "adult"}, {"id": "jordan", "role": "child"}],
        "messages": [
            {"sender": "Sunita (Patel's Pantry)", "text": "Hi Jordan, welcome to the team! Before your first Saturday shift please bring your passport or birth certificate and your NI number, and fill in the payroll form with your bank details so we can pay you. Any questions just ask. Sunita"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "ruby", "role": "child"}, {"id": "besties", "role": "child"}],
        "messages": [
            {"sender": "ruby", "text": "kill me now. i just waved back at a boy who was waving at the person BEHIND me. in front of the whole canteen 🙃🙃🙃"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "Coach Dev", "role": "adult"}, {"id": "U14s parents", "role": "adult"}],
        "messages": [
            {"sender": "Coach Dev", "text": "U14s: kit bags at the clubhouse by 9.15 Sunday please. Parents, if you haven't yet, the emergency contact and medical form needs your phone number and home address, paper copy to me at training. Cheers, Dev"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "lottie", "role": "child"}, {"id": "mum", "role": "adult"}],
        "messages": [
            {"sender": "lottie", "text": "had such a rubbish day, cried in the toilets at lunch bc of the science test but i talked to miss okafor after and feel a bit better now. can we get chippy tea and watch bake off later?"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "Priya (tutor)", "role": "adult"}, {"id": "Mrs Adeyemi", "role": "adult"}],
        "messages": [
            {"sender": "Priya (tutor)", "text": "Hi Mrs Adeyemi, just confirming Ellie's maths session Thursday 5pm on Zoom. £25 by bank transfer as usual, sort code and account number are on the invoice I emailed. She did brilliantly on simultaneous equations last week!"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "CreeperKing", "role": "child"}, {"id": "smp-chat", "role": "child"}],
        "messages": [
            {"sender": "CreeperKing", "text": "if ANYONE touches my base again i will find u and blow ur whole village up with tnt 😤😤 (jk pls just dont, it took me 3 weeks)"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "mum", "role": "adult"}, {"id": "callie", "role": "child"}],
        "messages": [
            {"sender": "mum", "text": "Did you see on the news about that TikTok thing where kids were setting off fire alarms at school? Your school sent a letter about it. Please don't ever get pulled into anything like that, and tell me if people are sharing it x"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "Riverside Medical Centre", "role": "adult"}, {"id": "patient", "role": "adult"}],
        "messages": [
            {"sender": "Riverside Medical Centre", "text": "Riverside Medical Centre: your son's vaccination is due. When you call 0161 496 0233 to book, please have his date of birth and NHS number ready. We will never ask for bank details by text."},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "dad", "role": "adult"}, {"id": "finn", "role": "child"}],
        "messages": [
            {"sender": "dad", "text": "the new wifi password is on the fridge, yellow post-it, it's the long one with all the numbers. Don't give it to the neighbours kids again please 😂"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "BuildBros_Studio", "role": "child"}, {"id": "group-wall", "role": "unknown"}],
        "messages": [
            {"sender": "BuildBros_Studio", "text": "commissions open 🏠 small roblox house 500 robux, medium 1200. payment through the group store only so its all on roblox, no trading off platform, no sharing accounts. dm for examples"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "tayo", "role": "child"}, {"id": "jj", "role": "child"}],
        "messages": [
            {"sender": "tayo", "text": "bruv im gonna murder u for that last round 😭 u sold me so hard fam. rematch tmrw after school innit, loser buys the wings"},
        ],
        "labels": [],
        "evasion": None,
    },
    {
        "participants": [{"id": "Jan (foster carer)", "role": "adult"}, {"id": "kez", "role": "child"}],
        "messages": [
            {"sender": "Jan (foster carer)", "text": "Hi Kez, just checking you got on the 5.40 ok after contact with your mum. Text me when you're at the stop and I'll come get you in the car, it's too dark to walk. Lasagne in the oven x"},
        ],
        "labels": [],
        "evasion": None,
    },
]
