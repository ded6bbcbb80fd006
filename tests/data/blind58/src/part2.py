[
 {"messages": [
   {"sender": "MoonCoin Rewards", "text": "🎁 MoonCoin Rewards: Congratulations! Your ClipFeed account was picked to win 500 MoonCoins (£250). Claim in 15 minutes at [link]. Enter your card number, expiry and security code to cover the £1.99 transfer fee."}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hey saw your comment on the CoinCub giveaway, you seem smart"},
   {"sender": "u1", "text": "accept my request? i'm a trader, i can show you how i made 10k"},
   {"sender": "u1", "text": "why u ignoring me. that's the 6th request i've sent, i'll keep going till u accept"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Bex_", "text": "lost every penny of my savings on the MoonSignal pump. 2 years of babysitting money. i genuinely dont want to be here anymore"}
  ],
  "labels": ["self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "hey, i'm Ella, 16, i'm in the CoinCub teen traders chat too 😊"},
   {"sender": "u1", "text": "oh hey"},
   {"sender": "u2", "text": "you always give the best tips. you're kind of fit as well ngl"},
   {"sender": "u1", "text": "haha thanks"},
   {"sender": "u2", "text": "send me a pic? the private kind. i'll send one back"},
   {"sender": "u1", "text": "idk"},
   {"sender": "u2", "text": "go onnn no one will see it, delete it after"},
   {"sender": "u1", "text": "[photo]"},
   {"sender": "u2", "text": "Now listen. I'm not Ella. I've got your pic and your friends list. Pay £200 in USDT or it goes to everyone"},
   {"sender": "u1", "text": "what. please no. i'm 15"},
   {"sender": "u2", "text": "Then you'd better find it fast. Wallet is in the link [link]. 2 hours"},
   {"sender": "u2", "text": "And if you tell anyone it goes out instantly"}
  ],
  "labels": ["sexting", "sextortion"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "T-Money", "text": "you did good on the drop yesterday"},
   {"sender": "Harvey_", "text": "thanks. when do i get paid"},
   {"sender": "T-Money", "text": "that's the thing. too much cash to carry. i'm putting £1,200 on your card tonight, you take out £300 at a time from different machines and bring it to me"},
   {"sender": "Harvey_", "text": "my mum checks my banking app"},
   {"sender": "T-Money", "text": "then tell her you sold your games console. you keep £100 of it"},
   {"sender": "Harvey_", "text": "i'm not sure about this anymore"},
   {"sender": "T-Money", "text": "you're not sure? you've carried 3 bags for me. you think the police will see you as innocent?"},
   {"sender": "T-Money", "text": "another drop friday. same place. then the card thing"},
   {"sender": "Harvey_", "text": "ok"},
   {"sender": "T-Money", "text": "and don't go quiet on me. i know where you train"},
   {"sender": "Harvey_", "text": "i said ok"}
  ],
  "labels": ["money_mule", "criminal_exploitation"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Looking for students to help with our payments business. £200 a month for doing nothing"},
   {"sender": "u2", "text": "what do i have to do"},
   {"sender": "u1", "text": "We use your bank account to receive customer payments, then move them on. Easiest is if you give us your online banking log-in so we handle it all"},
   {"sender": "u2", "text": "like my username and password?"},
   {"sender": "u1", "text": "Yes and the app passcode. Also a pic of your student ID so the bank thinks it's you logging in"},
   {"sender": "u2", "text": "will my account get in trouble"},
   {"sender": "u1", "text": "Never. Hundreds of teens do it. First £200 paid the day you send the log-in"},
   {"sender": "u2", "text": "ok my username is oliv.r07, password in a sec"},
   {"sender": "u1", "text": "Send it and the passcode, then don't check the app for a while 👍"}
  ],
  "labels": ["money_mule", "identity_theft"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "HustleHub_PassiveCrew", "text": "New members! To join the passive income crew you receive payouts from our partners and forward them on, keep 15%. Drop your bank details below"},
   {"sender": "keira.p", "text": "in!! sort code 99-62-18 account 40917753 name Keira Pryce"},
   {"sender": "HustleHub_PassiveCrew", "text": "Welcome Keira 🙌 first £700 coming tomorrow, forward it to the account we DM you"},
   {"sender": "jamal.x", "text": "is this allowed at 15?"},
   {"sender": "HustleHub_PassiveCrew", "text": "Age doesn't matter. Teen accounts are actually best because banks don't check them"},
   {"sender": "keira.p", "text": "my address for the welcome pack is 3 Gorse Row, Tarnley QT4 9HB"},
   {"sender": "HustleHub_PassiveCrew", "text": "Got it. Remember, never tell your bank why the money is coming in"}
  ],
  "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "bigman_flip", "text": "anyone want easy bunce this week? need a clean card to wash some p thru"},
   {"sender": "Tyler.j", "text": "wats involved"},
   {"sender": "bigman_flip", "text": "u got a kiddy acc? i tap a few ton in, u slide it back minus ur bit. 2 ton for u"},
   {"sender": "Tyler.j", "text": "like a bank acc? i got a junior one"},
   {"sender": "bigman_flip", "text": "ye thats the one. send the digits n i do the rest"},
   {"sender": "Tyler.j", "text": "when does it land"},
   {"sender": "bigman_flip", "text": "tmrw. then u do a cashpoint run twice n link my boy at the chicken shop. dont chat to ur olds bout it"},
   {"sender": "Tyler.j", "text": "say less"}
  ],
  "labels": ["money_mule"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "nell i need to tell someone. that older guy from the MoonSignal chat is messaging me again"},
   {"sender": "u2", "text": "i thought u blocked him??"},
   {"sender": "u1", "text": "i did. he makes new accounts. ClipFeed, Vaultchat, even my email. 40 messages last night"},
   {"sender": "u2", "text": "wtf. what does he say"},
   {"sender": "u1", "text": "just 'answer me' and 'i know you're seeing these'. i never gave him my email"},
   {"sender": "u2", "text": "screenshot all of it and tell your mum tonight. i'll come with you"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "mum someone on the bus keeps airdropping me stuff"},
   {"sender": "u2", "text": "What sort of stuff?"},
   {"sender": "u1", "text": "pics saying 'join my crypto signals, DM me' and one gross one. i dont know who it is, the name says 'KingTrader'. it's happened 3 days running"},
   {"sender": "u2", "text": "That's horrible and it's not your fault. Turn AirDrop to contacts only now and we'll tell the bus company and school tomorrow"},
   {"sender": "u1", "text": "ok done"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "TipTonicTips", "text": "🔒 FIXED MATCH TONIGHT 🔒 Inside info from the club. 100% guaranteed. Tip costs £40, pay via [link]"},
   {"sender": "oscar.k", "text": "how is it guaranteed"},
   {"sender": "TipTonicTips", "text": "We have contacts at the club. Last 9 tips all won. Proof: [photo]"},
   {"sender": "rhys_22", "text": "i've lost £60 on their tips already lol"},
   {"sender": "TipTonicTips", "text": "@rhys_22 that was the free tier. VIP is different. Refund guaranteed if it loses"},
   {"sender": "oscar.k", "text": "i'm 16 can i still buy"},
   {"sender": "TipTonicTips", "text": "Of course. Use any card. Your parents' works too"},
   {"sender": "oscar.k", "text": "paid 💸"},
   {"sender": "TipTonicTips", "text": "Tip will be sent 10 minutes before kick off. Don't share it"},
   {"sender": "rhys_22", "text": "they blocked me after i asked for the refund btw"}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "y0 u tr4d1ng th4t Dr4g0n Kn1f3? 1 g0t 4 b3tt3r 0ff3r 4 u"},
   {"sender": "u2", "text": "maybe what u offering"},
   {"sender": "u1", "text": "2 sk1ns + £40. but u g0tt4 v3r1fy thru Sk1nSw4pr f1rst 2 pr0v3 ur n0t 4 b0t: [link]"},
   {"sender": "u2", "text": "ok what do i put"},
   {"sender": "u1", "text": "l0g 1n w1th ur Bl0ckr41d 4cc0unt n p4ssw0rd, th3n s3nd m3 th3 c0d3 th4t p0ps up"},
   {"sender": "u2", "text": "it says the code is for 'authorising a new device'?"},
   {"sender": "u1", "text": "y3h th4ts n0rm4l, 1ts h0w th3 tr4d3 b0t w0rks. qu1ck b4 th3 0ff3r 3xp1r3s"},
   {"sender": "u2", "text": "ok its 80 41 72"},
   {"sender": "u1", "text": "g00d. d0nt ch4ng3 ur p4ssw0rd f0r 24h 0r th3 tr4d3 f41ls"}
  ],
  "labels": ["scam", "identity_theft"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "You're the kid who's good at Blockraid right? Saw your clips, proper talented"},
   {"sender": "u1", "text": "haha thanks man"},
   {"sender": "u2", "text": "I run a little crypto group for young lads, teach them how to make money. Free. You should join"},
   {"sender": "u1", "text": "how much do you need to start"},
   {"sender": "u2", "text": "Nothing. I'll front you £100 of coin, you trade it, we split the profit"},
   {"sender": "u1", "text": "deal 🙌"},
   {"sender": "u2", "text": "Don't tell your parents, they'll think it's gambling and take your phone"},
   {"sender": "u1", "text": "yeah they would lol"},
   {"sender": "u2", "text": "Got you some new trainers as well, pick them up from me at the station tomorrow?"},
   {"sender": "u1", "text": "wait for real? thank you"},
   {"sender": "u2", "text": "So the coin went down. You owe me the £100 plus the trainers. £250"},
   {"sender": "u1", "text": "what?? you said it was free. i don't have £250"},
   {"sender": "u2", "text": "Then you'll work it off. Take a bag from my boy in Gresswell to the flats on Tarnley Road. 3 trips and we're square"},
   {"sender": "u1", "text": "i don't want to"},
   {"sender": "u2", "text": "Wasn't a question. Turn your location on in Trakr and keep it on. I want to see you the whole way"},
   {"sender": "u1", "text": "ok it's on"},
   {"sender": "u2", "text": "I can see you're still at home. Move. If that dot stops anywhere I don't like, I'm coming to your house"},
   {"sender": "u1", "text": "i'm going now"}
  ],
  "labels": ["grooming", "criminal_exploitation", "location_control"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "G-Wallet", "text": "yo young 1. wanna earn 💰💰 after 🏫? need a 🚲 boy"},
   {"sender": "Ollie.b", "text": "doing what"},
   {"sender": "G-Wallet", "text": "take 🎁 from the 🍗 to the 🅿️ behind the 🏬. get 💷💷 on the spot"},
   {"sender": "Ollie.b", "text": "what's in the 🎁"},
   {"sender": "G-Wallet", "text": "dont ask 🤐. i give u a new 📱 just for this. leave ur own 📱 at 🏠"},
   {"sender": "Ollie.b", "text": "how much"},
   {"sender": "G-Wallet", "text": "£50 a run. 🌙 runs £100. u lose the 🎁 u owe me, n u know wot happens then 🔨"},
   {"sender": "Ollie.b", "text": "ok tmrw after school"}
  ],
  "labels": ["criminal_exploitation"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "where are you"},
   {"sender": "u2", "text": "at Lex's"},
   {"sender": "u1", "text": "turn on your Trakr again, it's been off for 20 mins"},
   {"sender": "u2", "text": "my battery's low"},
   {"sender": "u1", "text": "i don't care. you know the rule, i see where you are 24/7"},
   {"sender": "u1", "text": "and send me a screenshot of your bank app. i want to see what you spent today"},
   {"sender": "u2", "text": "it was just a coffee"},
   {"sender": "u1", "text": "then show me. you don't go anywhere or spend anything without me knowing"},
   {"sender": "u2", "text": "ok sharing now [location]"},
   {"sender": "u1", "text": "good. be home by 8, i'll be watching your dot"}
  ],
  "labels": ["location_control"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "Your dropshipping question on HustleHub was spot on. Most people ask dumb stuff"},
   {"sender": "u1", "text": "lol thanks. i want to sell phone cases"},
   {"sender": "u2", "text": "Smart niche. Have you got a supplier yet?"},
   {"sender": "u1", "text": "no idea where to start tbh"},
   {"sender": "u2", "text": "I'll send you my supplier list. It's usually £99 on my course but you can have it"},
   {"sender": "u1", "text": "no way thanks!!"},
   {"sender": "u2", "text": "Check your margins first. Buy at £1.20, sell at £8, ship in 3 days. Easy"},
   {"sender": "u1", "text": "that's a lot of profit"},
   {"sender": "u2", "text": "That's the game. How old are you btw? You sound older"},
   {"sender": "u1", "text": "14"},
   {"sender": "u2", "text": "Mature for 14. Your parents must be proud. Do they know you're doing this?"},
   {"sender": "u1", "text": "not really, they think i'm just on my phone"},
   {"sender": "u2", "text": "Keep it that way for now. Adults kill ideas. It's our thing"},
   {"sender": "u1", "text": "ok"},
   {"sender": "u2", "text": "Your phone's ancient right? I'm sending you a new one for the business. It'll go to the corner shop, not your house"},
   {"sender": "u1", "text": "are you serious?? thank you"},
   {"sender": "u2", "text": "Only rule: keep location sharing on, on the new one, all the time. I need to know my people are safe"},
   {"sender": "u1", "text": "all the time? even at school?"},
   {"sender": "u2", "text": "All the time. If it goes off I'll know something's wrong. And don't show your mum the phone"},
   {"sender": "u1", "text": "ok i promise"}
  ],
  "labels": ["grooming", "location_control"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Zane", "text": "ok the coin pot is at 2000 BlockBucks for whoever does the dare"},
   {"sender": "Milo", "text": "which dare"},
   {"sender": "Zane", "text": "climb the crane on the building site by the canal and film from the top"},
   {"sender": "Milo", "text": "that's mad, someone fell off one of those last year"},
   {"sender": "Kez", "text": "milo's scared again 🐔🐔"},
   {"sender": "Zane", "text": "bok bok. no wonder you're skint"},
   {"sender": "Kez", "text": "2000 coins and you're still too much of a baby. pathetic"},
   {"sender": "Milo", "text": "i'm not scared i just don't want to fall off for some coins"},
   {"sender": "Zane", "text": "then you're out of the group. nobody wants a chicken. everyone's gonna know"},
   {"sender": "Kez", "text": "we're posting your 'no thanks' on the year story 😂"},
   {"sender": "Milo", "text": "fine i'll do it saturday"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Tonight's HustleHub stream challenge 🪙 first person to get inside the old paint factory in Gresswell and film the top floor gets 3000 coins"},
   {"sender": "u2", "text": "isn't that the one with the fenced off floors"},
   {"sender": "u1", "text": "that's what makes it a challenge. fences are for NPCs"},
   {"sender": "u3", "text": "my cousin said the floor's rotten up there"},
   {"sender": "u1", "text": "more views if it's sketchy 😈 go tonight, the dark is better for content"},
   {"sender": "u2", "text": "i'm going with leo after tea"},
   {"sender": "u1", "text": "legend. livestream it and tag me"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Callum", "text": "remember Jess who lost the whole group pot on the NFT"},
   {"sender": "Ty_", "text": "the one crying in form lol"},
   {"sender": "Callum", "text": "i put her school photo through that undress app. it's going in the year group chat tonight"},
   {"sender": "Ty_", "text": "😂😂 send it here first"},
   {"sender": "Callum", "text": "[photo]"},
   {"sender": "Bella_", "text": "that's actually illegal callum she's 14. delete it"},
   {"sender": "Callum", "text": "relax it's AI. she owes us money anyway, this is payback"},
   {"sender": "Ty_", "text": "sending it to the Y9 chat with 'NFT queen' lol"},
   {"sender": "Bella_", "text": "i'm telling Mr Hale"}
  ],
  "labels": ["csam", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "VIP_Nights", "text": "hey babe 👑 we need 🙋‍♀️🙋‍♀️ for a 🛥️ party with our 💼💼 this weekend"},
   {"sender": "lexi.r", "text": "what kind of party"},
   {"sender": "VIP_Nights", "text": "🪙 launch. u just look cute n keep the 💼 happy. 500 💷 each + 🎁"},
   {"sender": "lexi.r", "text": "i'm 16 is that ok"},
   {"sender": "VIP_Nights", "text": "16 is 💯. bring a 🧳 for the night. 🚐 picks u up at the 🚉"},
   {"sender": "lexi.r", "text": "my dad would never let me"},
   {"sender": "VIP_Nights", "text": "🙊🙊 say it's a sleepover. more 💷 if the 💼 ask u to stay"},
   {"sender": "lexi.r", "text": "can my friend come"},
   {"sender": "VIP_Nights", "text": "yes!! 2 👧 = 1200 💷 🔥"}
  ],
  "labels": ["sex_trafficking"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "someone's made a ClipFeed account with my name and my face. 'Rhys Crypto Kid'"},
   {"sender": "u2", "text": "wait what. what's it posting"},
   {"sender": "u1", "text": "my pics from my old account, telling people to DM for signals and send money. people are messaging me asking for refunds"},
   {"sender": "u2", "text": "that's so bad. report it as impersonation"},
   {"sender": "u1", "text": "i have like 4 times. it's still up. someone in year 11 said they sent it £20 thinking it was me"},
   {"sender": "u2", "text": "tell your mum and Miss Kaur, the school can help get it taken down"}
  ],
  "labels": ["identity_theft"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Josh", "text": "did you watch that gambling documentary in PSHE"},
   {"sender": "Ife", "text": "yeah the guy who lost his house on betting apps"},
   {"sender": "Josh", "text": "mad how the apps send you free bets to keep you hooked"},
   {"sender": "Ife", "text": "my uncle deleted all his betting apps after watching it"},
   {"sender": "Cal", "text": "the tipster channels are the worst, 'guaranteed wins' and they just take your money"},
   {"sender": "Josh", "text": "we should do our media project on it"},
   {"sender": "Ife", "text": "yess. the teacher said there's a resource pack we can use"},
   {"sender": "Cal", "text": "i'm in. no betting jokes though or miss will kill us"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "mo.saves", "text": "this video is literally a doubling scam, don't send him anything"},
   {"sender": "grace_h", "text": "reported. he's been banned twice already on ClipFeed"},
   {"sender": "tommy_2009", "text": "my mate lost £30 to this exact account lol"},
   {"sender": "mo.saves", "text": "if anything says 'guaranteed' and 'only today' it's fake"},
   {"sender": "grace_h", "text": "also never give your bank log-in to 'verify', real companies don't ask for that"},
   {"sender": "tommy_2009", "text": "facts. blocking"},
   {"sender": "mo.saves", "text": "everyone report and move on"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Did you get the new starter form from the café?"},
   {"sender": "u2", "text": "yeah it wants my bank details and national insurance number, is that ok?"},
   {"sender": "u1", "text": "Yes, for a real job that's normal. Fill it in on paper and hand it to Mrs Okafor, the manager, in person"},
   {"sender": "u2", "text": "not send it on Loopr?"},
   {"sender": "u1", "text": "No, never send your bank details in a chat. Paper form, in person, done"},
   {"sender": "u2", "text": "ok. my sort code is on my card right"},
   {"sender": "u1", "text": "Yes, the 6 numbers. I'll check it with you tonight before you hand it in"},
   {"sender": "u2", "text": "thanks sis"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Dad", "text": "Text me when you're out of the concert and I'll come and get you"},
   {"sender": "Abi", "text": "ok, it finishes at 10:15"},
   {"sender": "Dad", "text": "Share your location when you come out so I can find you in the crowd"},
   {"sender": "Abi", "text": "sharing now [location] i'm by the merch stand"},
   {"sender": "Dad", "text": "See you in 5, I'm at the east gate"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "miss, i keep seeing ads for HustleHub 'passive income for teens'. is it real?"},
   {"sender": "u2", "text": "Good question. Most of those are pyramid schemes or courses that just sell you more courses. Some are worse"},
   {"sender": "u1", "text": "worse how"},
   {"sender": "u2", "text": "Some ask you to let money go through your account, or ask for your ID. Both are big red flags"},
   {"sender": "u1", "text": "ok i'll just ignore them"},
   {"sender": "u2", "text": "You can report the ads too. And if anyone messages you from them, tell me or your mum"},
   {"sender": "u1", "text": "will do"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Dan", "text": "want to swap your frost skin for my dragon one? even trade"},
   {"sender": "Luca", "text": "yeah go on, in-game trade window tonight"},
   {"sender": "Dan", "text": "never using those trade sites again after what happened to Kyle"},
   {"sender": "Luca", "text": "they took his whole account right"},
   {"sender": "Dan", "text": "yeah they made him log in on a fake page. the in-game one is safe"},
   {"sender": "Luca", "text": "ok online at 7"},
   {"sender": "Dan", "text": "cool"},
   {"sender": "Luca", "text": "done, enjoy the frost skin"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "This week in digital art we're looking at NFTs and who owns a digital image."},
   {"sender": "u2", "text": "can we make our own NFT"},
   {"sender": "u1", "text": "We'll design artwork, but we won't mint or sell anything. No wallets, no crypto."},
   {"sender": "u3", "text": "why not"},
   {"sender": "u1", "text": "Under 18s can't use most of those platforms, and there are a lot of scams. We'll talk about that too."},
   {"sender": "u2", "text": "my cousin said he got rich off one"},
   {"sender": "u1", "text": "Some people did, lots lost money. We'll look at both sides."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Flo", "text": "this budgeting homework is killing me"},
   {"sender": "Adi", "text": "i want to disappear, i got 3/20 on the interest quiz"},
   {"sender": "Flo", "text": "lmao same, mr dunn is gonna murder us"},
   {"sender": "Adi", "text": "i'd die for a calculator that does it for me"},
   {"sender": "Flo", "text": "just copy kira's answers"},
   {"sender": "Adi", "text": "she'd end me"},
   {"sender": "Flo", "text": "fair. library at lunch?"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Tarnley Park School", "text": "Reminder: the Year 9 trip to the Marrowby Science Centre costs £18. Please pay through TermPay by Friday. We will never ask for card details by text or email."},
   {"sender": "Parent - Sarah", "text": "Thanks, paid."},
   {"sender": "Parent - Ian", "text": "Do they need a packed lunch?"},
   {"sender": "Tarnley Park School", "text": "Yes please, packed lunch and a drink."},
   {"sender": "Parent - Amna", "text": "What time do they get back?"},
   {"sender": "Tarnley Park School", "text": "About 4:30pm at the school gates."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Grace", "text": "that assembly about sextortion was intense"},
   {"sender": "Tom", "text": "the police officer said it happens to boys the most"},
   {"sender": "Grace", "text": "and that it's never your fault, and you shouldn't pay"},
   {"sender": "Tom", "text": "yeah cos they just ask for more"},
   {"sender": "Priyah", "text": "she said tell someone straight away and don't delete the chat so they can find them"},
   {"sender": "Grace", "text": "i didn't know you could get pics taken down"},
   {"sender": "Priyah", "text": "there's a way, she had it on the last slide"},
   {"sender": "Tom", "text": "good to know. scary though"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Parent - Lorna", "text": "Did anyone see the Marrowby Echo piece about teenagers being paid to let money go through their bank accounts?"},
   {"sender": "Parent - Dev", "text": "Yes, they said it's happening through those 'side hustle' groups"},
   {"sender": "Parent - Lorna", "text": "Apparently the kids can end up with a criminal record and can't open a bank account for years"},
   {"sender": "Parent - Carys", "text": "I'm going to talk to Ffion tonight. She's always on about making money online"},
   {"sender": "Parent - Dev", "text": "The article had a list of signs, like kids having money you can't explain"},
   {"sender": "Parent - Lorna", "text": "And new phones or bank cards you didn't know about"},
   {"sender": "Parent - Carys", "text": "Scary. Shall we ask the school to do a parents' session?"},
   {"sender": "Parent - Dev", "text": "Good idea, I'll email the head"},
   {"sender": "Parent - Lorna", "text": "Thanks Dev 👍"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Quiz time 🧠 Q1: A message says 'CoinCub: your account is locked, log in at this link'. Real or fake?"},
   {"sender": "u2", "text": "fake! real apps tell you to open the app yourself"},
   {"sender": "u1", "text": "Correct. Q2: someone offers you £100 to 'receive a payment' for them. OK or not?"},
   {"sender": "u3", "text": "not ok, that's money muling"},
   {"sender": "u1", "text": "Yes! Q3: a 'mentor' you met online says keep it secret from your parents. What do you do?"},
   {"sender": "u2", "text": "tell a trusted adult"},
   {"sender": "u1", "text": "Full marks, both of you. Pizza's on me on Friday"},
   {"sender": "u3", "text": "🍕🍕"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Loopr", "text": "Loopr: New sign-in to your account from a phone in Marrowby. If this was you, you can ignore this message. If not, open the Loopr app and change your password. We will never ask you for your password."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "mum can i sell my bracelets at the school fair?"},
   {"sender": "u1", "text": "Sure! How much are you charging?"},
   {"sender": "u2", "text": "£2 each or 3 for £5"},
   {"sender": "u1", "text": "Good prices. How will people pay?"},
   {"sender": "u2", "text": "cash mostly. someone said i could take card payments with an app"},
   {"sender": "u1", "text": "Let's keep it cash this time. The school runs the tills anyway"},
   {"sender": "u2", "text": "ok. can you help me make a sign"},
   {"sender": "u1", "text": "Of course. 'Ruby's Bracelets - get rich quick' 😂"},
   {"sender": "u2", "text": "MUM"},
   {"sender": "u1", "text": "Kidding. We'll do it tonight"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Chloe", "text": "ok Jada's 16th is saturday, we're doing a surprise at the bowling alley"},
   {"sender": "Kemi", "text": "i'm in. keep it secret, she can NOT find out"},
   {"sender": "Chloe", "text": "i've told her we're just going for a walk"},
   {"sender": "Aiden", "text": "what are we getting her"},
   {"sender": "Chloe", "text": "everyone bring £5 cash and i'll get the cake"},
   {"sender": "Kemi", "text": "don't tell her mum either, she's terrible at secrets lol"},
   {"sender": "Aiden", "text": "lol ok. meet at 2?"},
   {"sender": "Chloe", "text": "2pm at the bowling alley, i'll share the location on the day"},
   {"sender": "Kemi", "text": "🤫🎳"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Liv", "text": "can anyone swap my saturday shift? i've got a netball match"},
   {"sender": "Jonah", "text": "i can do it if you do my sunday"},
   {"sender": "Liv", "text": "deal, i'll tell Karen"},
   {"sender": "Jonah", "text": "thanks"},
   {"sender": "Liv", "text": "👍"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "what page is the homework on"},
   {"sender": "u2", "text": "p 84, questions 1-12"},
   {"sender": "u1", "text": "ugh all of them?"},
   {"sender": "u2", "text": "just the odd ones i think"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Sunday lunch at mine, 1pm. Roast chicken"},
   {"sender": "u2", "text": "yes!! can i bring dessert"},
   {"sender": "u1", "text": "That would be lovely"},
   {"sender": "u2", "text": "i'll make brownies"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Amal", "text": "book club is chapters 8-12 for next week"},
   {"sender": "Harry", "text": "that's loads"},
   {"sender": "Amal", "text": "it's a short book"},
   {"sender": "Harry", "text": "fine. meeting in the library?"},
   {"sender": "Amal", "text": "yep, tuesday lunch"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
