[
 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "Hi, this is CoinCub Support. We noticed unusual activity on your CoinCub account and it has been temporarily frozen."},
   {"sender": "u1", "text": "what?? i only have like £40 on there"},
   {"sender": "u2", "text": "To unfreeze it you must verify within 30 minutes or the balance is lost. Log in here: [link] coincub-secure-verify"},
   {"sender": "u1", "text": "the page looks different to the app"},
   {"sender": "u2", "text": "It is our new security portal. Enter your email and password, then send me the 6 digit code we text you so I can confirm it's you."},
   {"sender": "u1", "text": "ok i put my password in. code is 590 214"},
   {"sender": "u2", "text": "Thank you. Please also send a photo of the front and back of your bank card for the final check."},
   {"sender": "u1", "text": "is that normal? my mum has the card"}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "MoonSignal_Admin", "text": "GM fam 🌙 Today only: DOUBLE DROP. Send any amount of USDT to the wallet below and we send back 2x within 1 hour. Verified by 3000+ members"},
   {"sender": "MoonSignal_Admin", "text": "[link] wallet: MSX-7741-DOUBLE"},
   {"sender": "cryptoKai_15", "text": "is this legit? my cousin said doubling is always fake"},
   {"sender": "lukeprofits", "text": "did it last week sent 20 got 40 back 💯 easiest money ever"},
   {"sender": "MoonSignal_Admin", "text": "@cryptoKai_15 we are fully regulated. Minimum 25 USDT. Spots closing in 20 mins ⏳"},
   {"sender": "Sienna_x", "text": "i only have 15"},
   {"sender": "MoonSignal_Admin", "text": "@Sienna_x DM me, for new members I can make an exception. Send the 15 now and I'll send 40 back, just don't miss the window"},
   {"sender": "cryptoKai_15", "text": "sent 25 from my mums card 🤞"},
   {"sender": "MoonSignal_Admin", "text": "Received ✅ Payout processing. For faster payout send another 25 to unlock your VIP tier"},
   {"sender": "cryptoKai_15", "text": "wait you said 1 hour"}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "ZenWealth_Official", "text": "🎉 CONGRATS @amelia.k_ you are one of 10 winners of our £500 passive income giveaway! Reply to claim"},
   {"sender": "amelia.k_", "text": "omg no way!! how do i get it"},
   {"sender": "ZenWealth_Official", "text": "We pay straight to your bank. Send full name, home address, sort code and account number here so finance can release it"},
   {"sender": "amelia.k_", "text": "Amelia Kerr, 14 Larch Close, Stannerton QS7 2LP. sort code 99-41-07 account 31880264"},
   {"sender": "ZenWealth_Official", "text": "Perfect. There is a £15 release fee for tax, pay it via [link] with your card and the £500 lands tonight"},
   {"sender": "amelia.k_", "text": "i only have my debit card is that ok"},
   {"sender": "ZenWealth_Official", "text": "Yes that's fine, enter the long number, expiry and the 3 digits on the back"}
  ],
  "labels": ["scam", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "Hey Finn, saw your question on the HustleHub beginners board. Honestly best question anyone's asked this week"},
   {"sender": "u1", "text": "haha thanks. i just want to make some money, everyone at school has stuff and i dont"},
   {"sender": "u2", "text": "Respect. Most people your age just game all day. You've got a business brain, I can tell"},
   {"sender": "u1", "text": "do you actually make money from trading"},
   {"sender": "u2", "text": "Full time for 6 years. Started with £50. Now I mentor a few people for free because someone did it for me"},
   {"sender": "u1", "text": "thats so cool. what do you trade"},
   {"sender": "u2", "text": "Mostly coins, bit of forex. I'll show you my charts sometime. How old are you btw? Just so I know what accounts you can open"},
   {"sender": "u1", "text": "15. 16 in march"},
   {"sender": "u2", "text": "Perfect age to start. I was 16 when I started. Do your parents know you're into this?"},
   {"sender": "u1", "text": "my mum thinks crypto is a scam lol"},
   {"sender": "u2", "text": "Most parents do. Honestly it's easier if we keep the mentoring between us until you've made something to show her. Then she can't argue"},
   {"sender": "u1", "text": "yeah true"},
   {"sender": "u2", "text": "Sent you £25 on CoinCub as a starter. Don't thank me, just learn"},
   {"sender": "u1", "text": "wait seriously?? thank you so much"},
   {"sender": "u2", "text": "This app is a bit public. Add me on Quietline, same name. Easier to talk there"},
   {"sender": "u1", "text": "ok added"},
   {"sender": "u2", "text": "Right, lesson one is about moving money fast. Have you got a bank account with a card, like a junior one?"},
   {"sender": "u1", "text": "yeah Copperwell teen account"},
   {"sender": "u2", "text": "Good. One of my clients is going to send £1,800 into it tonight. You keep £200 and send the rest to the wallet I give you. Easiest lesson ever"},
   {"sender": "u1", "text": "why cant they just send it to you"},
   {"sender": "u2", "text": "My accounts are maxed for the month, it's a bank limit thing. Happens all the time in trading. Don't mention it to your mum, she'll freak over nothing"},
   {"sender": "u1", "text": "ok what do i do when it comes in"},
   {"sender": "u2", "text": "Screenshot it to me straight away, then buy USDT with all of it except your £200 and send it to MOV-2291. And delete these messages after, for privacy"}
  ],
  "labels": ["grooming", "money_mule"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "Remember me? Zac from the TradeNest chat. You sent me that pic last month"},
   {"sender": "u1", "text": "what do you want"},
   {"sender": "u2", "text": "I still have the pic and I've got screenshots of your followers list. Your school, your mates, your mum"},
   {"sender": "u1", "text": "please dont. i deleted everything"},
   {"sender": "u2", "text": "I didn't. 0.004 BTC to this wallet by 10pm and it disappears. [link]"},
   {"sender": "u1", "text": "i dont have crypto i'm 15"},
   {"sender": "u2", "text": "You've got a CoinCub account, I've seen you post about it. Buy some. Or the first 20 followers get it at 10:01"},
   {"sender": "u2", "text": "Tick tock"}
  ],
  "labels": ["sextortion"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Mo_", "text": "so where's our money Ravi"},
   {"sender": "Tash", "text": "he put the whole pot into that dog coin lmaooo"},
   {"sender": "Ravi", "text": "it was going up i swear, it crashed overnight, im sorry"},
   {"sender": "Mo_", "text": "sorry doesnt give me my £20 back you absolute muppet"},
   {"sender": "Jordy", "text": "imagine being this thick. who let him hold the money"},
   {"sender": "Tash", "text": "remove him from the chat fr"},
   {"sender": "Ravi", "text": "i'll pay everyone back from my birthday money i promise"},
   {"sender": "Mo_", "text": "you'll pay us back monday or you'll get it at the gates"},
   {"sender": "Jordy", "text": "everyone screenshot his 'trust me bro' message and put it on the year group story 😂"},
   {"sender": "Tash", "text": "already done. 'Ravi the broke genius' 💀"},
   {"sender": "Ravi", "text": "please take it down"},
   {"sender": "Mo_", "text": "nah. bye loser 👋 nobody wants you in this chat"}
  ],
  "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "i lost it all. the whole £600 from my job at the cafe. the coin went to nothing"},
   {"sender": "u2", "text": "wait the MoonSignal one?? oh no lil"},
   {"sender": "u1", "text": "i was saving for two years. i cant tell my parents. i'm so stupid"},
   {"sender": "u2", "text": "you're not stupid, they literally trick people. do you want me to come round"},
   {"sender": "u1", "text": "honestly i dont want to be here anymore. whats the point"},
   {"sender": "u2", "text": "please dont say that. i'm calling you right now, pick up ok? and we'll tell someone together"}
  ],
  "labels": ["self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "why did you block me on ClipFeed? I was only trying to help you with your trading"},
   {"sender": "u1", "text": "how did you get this account"},
   {"sender": "u2", "text": "I find people. You're clever, you need someone to show you the ropes. Just 10 mins on a call"},
   {"sender": "u1", "text": "no thanks. please stop messaging"},
   {"sender": "u2", "text": "Don't be rude. I've messaged you on 3 apps now, least you can do is reply"},
   {"sender": "u2", "text": "hello?"},
   {"sender": "u2", "text": "I know you're reading these"},
   {"sender": "u1", "text": "i'm going to block this one too"},
   {"sender": "u2", "text": "Go on then. I'll make another. I always do"},
   {"sender": "u2", "text": "[voice note]"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "QuickJobs_MRB", "text": "Need reliable runners 14+. Carry small packages across Marrowby after school. £80 a day cash, no experience"},
   {"sender": "Kayden_", "text": "whats in the packages"},
   {"sender": "QuickJobs_MRB", "text": "Don't ask questions and you'll do well. Stuff for my clients. You just get it from A to B"},
   {"sender": "Kayden_", "text": "is it legal"},
   {"sender": "QuickJobs_MRB", "text": "Everyone's doing it bro. First job's easy. Pick up from the back of the chip shop on Hollin Road at 4, drop at the flats by the canal"},
   {"sender": "Kayden_", "text": "ok how do i get paid"},
   {"sender": "QuickJobs_MRB", "text": "Cash in hand at the drop. Don't use your phone on the way, and don't lose the bag. If you lose it you owe me for it"},
   {"sender": "Kayden_", "text": "what if i dont want to do it after"},
   {"sender": "QuickJobs_MRB", "text": "You will. Once you're in, you're in 😉"}
  ],
  "labels": ["criminal_exploitation"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u2", "text": "why is your location off"},
   {"sender": "u1", "text": "my phone was on 2% sorry"},
   {"sender": "u2", "text": "don't lie. turn it back on. it stays on, that's the rule"},
   {"sender": "u1", "text": "ok it's on"},
   {"sender": "u2", "text": "I can see you're at Priya's. who else is there"},
   {"sender": "u1", "text": "just her and her sister"},
   {"sender": "u2", "text": "send me a pic of the room then"},
   {"sender": "u1", "text": "[photo]"},
   {"sender": "u2", "text": "good. also my mate's sending £900 to your account tomorrow. send it straight to mine when it lands. don't ask why"},
   {"sender": "u1", "text": "babe my mum can see my account"},
   {"sender": "u2", "text": "then tell her it's birthday money. you do this for me if you love me. and keep your location on all night"},
   {"sender": "u1", "text": "ok"}
  ],
  "labels": ["location_control", "money_mule"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "CoinRushLive", "text": "NEW CHALLENGE 🪙 Film yourself standing on the edge of a multi-storey car park roof for 10 seconds. Best clip gets 5000 RushCoins"},
   {"sender": "benji.w", "text": "5000 coins is like £50 bro"},
   {"sender": "Ellie_m", "text": "that is so dangerous no chance"},
   {"sender": "CoinRushLive", "text": "Only scared people say that. Legends get paid. Tag #RushEdge"},
   {"sender": "benji.w", "text": "the one behind Stannerton station is 6 floors"},
   {"sender": "CoinRushLive", "text": "Perfect. Higher = more coins. No railings = double"},
   {"sender": "benji.w", "text": "going after school, who's filming"},
   {"sender": "Ellie_m", "text": "benji dont. seriously."}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "Hello, TradeNest Compliance here. Before your first withdrawal we need to complete age and identity verification."},
   {"sender": "u1", "text": "ok what do you need"},
   {"sender": "u2", "text": "1) a clear photo of your passport 2) a selfie holding it next to your face 3) your online banking username and password so we can confirm the account is yours"},
   {"sender": "u1", "text": "i dont have a passport, i'm 15. i have a student ID"},
   {"sender": "u2", "text": "Then use a parent's passport and their banking log-in. It's only for verification"},
   {"sender": "u1", "text": "my dad's passport is in the drawer, i can take a pic"},
   {"sender": "u2", "text": "Great. Send both pages, plus his banking password. The withdrawal will unlock in 24h"}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "CoinCub-Alert", "text": "CoinCub: Your wallet has been LOCKED due to a suspicious login. Verify within 2 hrs at coincub-unlock [link]. You will need your password, the 6-digit code we send you and a photo of your ID. Failure = permanent loss of funds."}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Yo, saw you're in the Year 11 side hustle group. Need anyone with a bank account, even a kids one. £600 comes in, you keep £100, send £500 on to my mate. 10 mins work. Don't tell your parents, they'll just want a cut 😂"}
  ],
  "labels": ["money_mule"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "NightOwlApps", "text": "🔥 New bot in the group: UndressAI. Upload any pic, it does the rest 😏 10 coins a go"},
   {"sender": "NightOwlApps", "text": "works best on girls from your school, just send their ClipFeed pics"},
   {"sender": "jj_hustles", "text": "lol can it do Year 9s"},
   {"sender": "NightOwlApps", "text": "any age, any pic. pay in CoinCub. first 3 free for this group"},
   {"sender": "Maisie.r", "text": "this is disgusting and illegal, they're kids"},
   {"sender": "NightOwlApps", "text": "relax it's AI, not real. @jj_hustles DM me the pics"},
   {"sender": "jj_hustles", "text": "sending 4 from the netball team page"},
   {"sender": "Maisie.r", "text": "im reporting this whole group"}
  ],
  "labels": ["csam"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "LuxeLife_Agency", "text": "Hey gorgeous, we're recruiting brand ambassadors for crypto launch parties in Pennock Bay. £400 a night + hotel + train paid"},
   {"sender": "tia.b", "text": "omg what do ambassadors do"},
   {"sender": "LuxeLife_Agency", "text": "Look nice, keep our investors company, be friendly. They're rich older guys who like young girls around. Tips are huge"},
   {"sender": "tia.b", "text": "i'm 16 is that ok"},
   {"sender": "LuxeLife_Agency", "text": "16 is perfect, just don't tell the hotel staff your age. Bring a friend if you want, they get paid too"},
   {"sender": "tia.b", "text": "my mum wont let me go to pennock bay"},
   {"sender": "LuxeLife_Agency", "text": "Say it's a sleepover. We'll pick you up from the station in Stannerton Friday 8pm"},
   {"sender": "tia.b", "text": "how much did you say"},
   {"sender": "LuxeLife_Agency", "text": "£400 the first night. More if the guys like you 💸"}
  ],
  "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "You did well on that trade today. Proud of you 📈"},
   {"sender": "u2", "text": "thanks haha first time i made profit"},
   {"sender": "u1", "text": "I'll send you £50 in CoinCub to build your next position. Just one thing back"},
   {"sender": "u2", "text": "what"},
   {"sender": "u1", "text": "A pic of you. The private kind. Just for me, and delete it after you send"},
   {"sender": "u2", "text": "i dont know"},
   {"sender": "u1", "text": "It's only a pic. £50 is a lot for one pic. Nobody will know, it's between us"}
  ],
  "labels": ["sexting", "grooming"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "I hаvе thе рiс уоu sеnt tо 'Jаdе'. Thеrе is nо Jаdе."},
   {"sender": "u2", "text": "what?? who is this"},
   {"sender": "u1", "text": "Sеnd £150 in СоinСub tо this wаllеt bу midnight оr it gоеs tо уоur sсhооl grоuр аnd уоur fаmilу. [link]"},
   {"sender": "u2", "text": "please i'm 14 i dont have that"},
   {"sender": "u1", "text": "Thеn аsk уоur mum fоr hеr саrd. Dоn't tеll hеr whу. 3 hоurs."},
   {"sender": "u2", "text": "ok ok i'll try please dont send it"}
  ],
  "labels": ["sextortion"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "Connor_", "text": "lmao look who's online. mr 300 quid down"},
   {"sender": "Dani.x", "text": "u r s.o d.u.m.b its actually sad"},
   {"sender": "Connor_", "text": "even ur own brother calls u a w a s t e o f s p a c e"},
   {"sender": "Haz", "text": "honestly k.y.s and save us all the moaning"},
   {"sender": "Leon", "text": "guys stop i already feel bad enough"},
   {"sender": "Dani.x", "text": "n.o o.n.e w.o.u.l.d m.i.s.s u 🤷"},
   {"sender": "Connor_", "text": "everyone's seen ur crying voice note btw 😂"},
   {"sender": "Haz", "text": "k - y - s"},
   {"sender": "Leon", "text": "fine. maybe you're right"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "Loved your comment on my video about saving for uni. You're way more mature than most of my followers"},
   {"sender": "u1", "text": "omg you replied!! i watch all your vids"},
   {"sender": "u2", "text": "Haha thank you. What are you saving for?"},
   {"sender": "u1", "text": "uni and a car eventually. i work saturdays at a bakery but it's like £6 an hour"},
   {"sender": "u2", "text": "That's criminal for your time. How old are you, if you don't mind me asking?"},
   {"sender": "u1", "text": "15"},
   {"sender": "u2", "text": "Same age my little sister was when I started teaching her about money. She owns a flat now"},
   {"sender": "u1", "text": "thats insane"},
   {"sender": "u2", "text": "I could mentor you a bit. Free. Just don't post about it, I'd get 1000 requests"},
   {"sender": "u1", "text": "i wont tell anyone i promise"},
   {"sender": "u2", "text": "Good girl. I've sent you a £30 voucher for ClipShop, treat yourself"},
   {"sender": "u1", "text": "you didnt have to do that!! thank you"},
   {"sender": "u2", "text": "Let's move to Vaultchat, ClipFeed reads DMs"},
   {"sender": "u1", "text": "ok i'm on it now"},
   {"sender": "u2", "text": "So the real way girls your age make money fast isn't trading. It's networking"},
   {"sender": "u1", "text": "like a careers fair lol"},
   {"sender": "u2", "text": "Ha, sort of. My business partners host dinners in Pennock Bay. They pay girls £300 a night just to be there and be sweet to them"},
   {"sender": "u1", "text": "just to be there?"},
   {"sender": "u2", "text": "And whatever else they ask, within reason. Train's paid, hotel's paid. Tell your mum you're at a friend's"},
   {"sender": "u2", "text": "First one is Saturday. I'll meet you at Stannerton station at 5 and take you myself"}
  ],
  "labels": ["grooming", "sex_trafficking"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "RichByTwenty", "text": "Comment 'IN' if you want my free 'Teen Millionaire' plan 💰"},
   {"sender": "josh.m08", "text": "IN!! i'm 14 and i go to Tarnley Park School, text me on 07700 900417 i'm serious"},
   {"sender": "josh.m08", "text": "i finish at 3:15 every day and i'm free after that at the library on Hill St"},
   {"sender": "sara_vee", "text": "josh delete that ur number is public 😭"},
   {"sender": "josh.m08", "text": "its fine he's legit he has 2m followers"}
  ],
  "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Right, I've started the Thistle Junior Saver application for you. Pick a password you'll remember but don't tell anyone else, not even Ellis"},
   {"sender": "u2", "text": "can i use the same as my game one"},
   {"sender": "u1", "text": "No! Different one. Write it down and we'll put it in the safe"},
   {"sender": "u2", "text": "ok done. does it need my passport"},
   {"sender": "u1", "text": "I uploaded your birth certificate and my ID, that's all they need. They'll post the card to the house"},
   {"sender": "u2", "text": "can i put my birthday money in"},
   {"sender": "u1", "text": "Yes, £120 going in on Saturday. And remember, the bank will never text asking for your password or the code"},
   {"sender": "u2", "text": "i know i know, we did it in PSHE 🙄"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Larkspur Bank: A payment of £4.99 to GameCrate was made with your card ending 2207. If this wasn't you, call us on the number on the back of your card. We will never ask for your PIN, password or a code by text."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "mum i got a text 'Copperwell: your code is 551209. Never share this code with anyone, we will never call you for it' is that real? i was literally just logging in"},
   {"sender": "u2", "text": "Yes that's real if you've just logged in. Just type it into the app yourself, don't give it to anyone who asks 👍"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}, {"id": "u4", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "For Thursday's economics lesson, read the case study on 'MoonFlip', a made-up doubling scheme. Think about why it looked believable."},
   {"sender": "u2", "text": "is it the one where they promise to double what you send"},
   {"sender": "u1", "text": "Yes. Red flags: guaranteed returns, time pressure, 'send a little to unlock more', and people you've never met asking you to pay first."},
   {"sender": "u3", "text": "my uncle nearly fell for one on FaceSpace lol"},
   {"sender": "u1", "text": "Lots of adults do. Also think about money mules: if someone offers you cash to let money pass through your account, that is a crime and it's your account the bank will close."},
   {"sender": "u4", "text": "what if its your mate asking"},
   {"sender": "u1", "text": "Still no. And tell an adult. We'll also role-play spotting a fake exchange log-in page, so bring your laptops."},
   {"sender": "u2", "text": "will it be on the test"},
   {"sender": "u1", "text": "Yes, question 4. 😉"},
   {"sender": "u3", "text": "noted sir"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Pip", "text": "i'm literally dying, payday can't come soon enough"},
   {"sender": "Roo", "text": "same i have 43p in my account and a dream"},
   {"sender": "Pip", "text": "spent my last fiver on a meal deal and sweets, no regrets"},
   {"sender": "Ash", "text": "ur both so broke it's killing me 😭"},
   {"sender": "Roo", "text": "i'm starting a get rich quick scheme called 'please lend me a tenner'"},
   {"sender": "Ash", "text": "hustle king. the grindset is real"},
   {"sender": "Pip", "text": "my mum said if i ask for money one more time she'll murder me"},
   {"sender": "Roo", "text": "rip pip. saturday shift saves us all"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "dad a guy in a trading group said he'd give me £150 if i let some money go through my bank account. is that legit?"},
   {"sender": "u2", "text": "No. Good on you for asking. That's called being a money mule, it's illegal and they target kids on purpose"},
   {"sender": "u1", "text": "i didnt reply to him"},
   {"sender": "u2", "text": "Perfect. Screenshot his messages for me, then block him and report the account in the app"},
   {"sender": "u1", "text": "done. reported and blocked"},
   {"sender": "u2", "text": "I'll ring Copperwell as well so they know, and we'll report it to Report Fraud tonight"},
   {"sender": "u1", "text": "am i in trouble"},
   {"sender": "u2", "text": "Not at all, you did exactly the right thing"},
   {"sender": "u1", "text": "ok thanks dad"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Marcus", "text": "did you see the news about CoinVale"},
   {"sender": "Izzy", "text": "the exchange that went bust?"},
   {"sender": "Marcus", "text": "yeah the founder got arrested at the airport. they reckon 40,000 people lost money"},
   {"sender": "Theo", "text": "my brother had money on it 😬"},
   {"sender": "Izzy", "text": "how much"},
   {"sender": "Theo", "text": "like £300. he's gutted but he says lesson learned"},
   {"sender": "Marcus", "text": "the article said they were using new customers' money to pay out the old ones"},
   {"sender": "Izzy", "text": "that's a ponzi scheme, we did it in business studies"},
   {"sender": "Theo", "text": "they had loads of finfluencers promoting it as well, saying 'guaranteed 20% a month'"},
   {"sender": "Marcus", "text": "guaranteed anything is a red flag apparently"},
   {"sender": "Izzy", "text": "the police said anyone who lost money should report it to Report Fraud"},
   {"sender": "Theo", "text": "he's done that. and told his bank"},
   {"sender": "Marcus", "text": "crazy that people fall for it tho"},
   {"sender": "Izzy", "text": "it's not crazy, they make it look really legit. fake reviews and everything"},
   {"sender": "Theo", "text": "yeah my brother's not stupid, it just looked normal"},
   {"sender": "Marcus", "text": "fair. anyway are we still doing the business studies poster on it"},
   {"sender": "Izzy", "text": "yes! we can use this as the case study"},
   {"sender": "Theo", "text": "i'll ask my brother if we can quote him anonymously"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "mum someone on ClipFeed just messaged me saying they can double my money if i send them £20. i blocked and reported them straight away"},
   {"sender": "u2", "text": "Well done love. That's a scam, never send money to anyone who promises to double it"},
   {"sender": "u1", "text": "i know. it was some account called MoonSignal_VIP with no posts"},
   {"sender": "u2", "text": "Good spot. Did you tell them anything about you?"},
   {"sender": "u1", "text": "nope nothing, just blocked"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Evie", "text": "ok so we're all putting in £5 for mum's 40th, i've got the jar in my room"},
   {"sender": "Jack", "text": "dont tell her anything!! it has to be a secret"},
   {"sender": "Evie", "text": "obviously. delete these messages if she borrows your phone lol"},
   {"sender": "Jack", "text": "i've got £8 from my paper round, can i put that in"},
   {"sender": "Evie", "text": "legend. dad's adding the rest and booking the spa day"},
   {"sender": "Jack", "text": "our secret till sunday 🤐"},
   {"sender": "Evie", "text": "🤐🤐"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "What time does the bus get in from the match?"},
   {"sender": "u2", "text": "about 10:40 i think, it's late"},
   {"sender": "u1", "text": "OK. Can you share your location on FamMap until you're home? Just for tonight since it's late"},
   {"sender": "u2", "text": "ok sharing now [location]"},
   {"sender": "u1", "text": "Thanks love. I'll be at the bus station at 10:30, stop sharing when you're home if you want"},
   {"sender": "u2", "text": "👍"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Reece", "text": "my dad is actually gonna kill me"},
   {"sender": "Jas", "text": "what did u do"},
   {"sender": "Reece", "text": "spent £30 of my birthday money on a Blockraid skin and he saw the email"},
   {"sender": "Jas", "text": "lmaooo rip. nice knowing u"},
   {"sender": "Reece", "text": "he said i have to do the dishwasher for a month to 'learn the value of money'"},
   {"sender": "Jas", "text": "honestly fair. was the skin worth it tho"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Finley", "text": "ok the school stock market game leaderboard is out"},
   {"sender": "Ruby", "text": "i'm top of the class, all of you are finished 😤"},
   {"sender": "Finley", "text": "i'm gonna destroy you next round"},
   {"sender": "Aaron", "text": "i put all my fake money in a fake pizza company and lost the lot lol"},
   {"sender": "Ruby", "text": "aaron you're actually dead last 💀"},
   {"sender": "Aaron", "text": "i'll end you next week just watch"},
   {"sender": "Finley", "text": "the prize is a £10 book voucher btw, that's the real treasure"},
   {"sender": "Ruby", "text": "see you at the top losers"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi all, welcome to the BizStart group for Year 10's enterprise project. Parents are copied into this chat."},
   {"sender": "u1", "text": "Students will run a stall at the summer fair. Money is banked in the school enterprise account; I'll send the details to parents by letter, never in this chat."},
   {"sender": "u2", "text": "Thanks. Does Noah need to bring a float?"},
   {"sender": "u1", "text": "No, the school provides a £20 float. Students don't handle card payments, the finance office does."},
   {"sender": "u3", "text": "sir can we sell keyrings we make in DT"},
   {"sender": "u1", "text": "Yes! Price list by Friday please."},
   {"sender": "u2", "text": "Great, he's excited."},
   {"sender": "u3", "text": "we're gonna be millionaires"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "I've set up PennyPot on your phone. I'm the parent account so I can see what you spend, not your messages"},
   {"sender": "u2", "text": "do you need my password for it"},
   {"sender": "u1", "text": "No, I've got my own. Yours is just yours. Put your savings goal in"},
   {"sender": "u2", "text": "£150 for new headphones"},
   {"sender": "u1", "text": "Nice. I'll add £10 every Friday and you can earn extra washing the car"},
   {"sender": "u2", "text": "can i move money to my mate's account if he pays me back"},
   {"sender": "u1", "text": "Only with me checking first. Don't let anyone else use your account for anything, ok?"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "ParcelPeak", "text": "ParcelPeak: Your parcel from GameCrate will be delivered today between 10:00 and 11:00. Track it in the ParcelPeak app or here: [link]. We never ask for payment by text."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Hana", "text": "who's doing the maths revision session thursday"},
   {"sender": "Dev", "text": "me, room 12 after school"},
   {"sender": "Hana", "text": "can you bring your notes on simultaneous equations"},
   {"sender": "Dev", "text": "yeah i'll bring the sheet"},
   {"sender": "Hana", "text": "thanks!"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Training moved to 6pm Wednesday because of the pitch works. Bring boots and water."},
   {"sender": "u2", "text": "ok coach"},
   {"sender": "u3", "text": "can my brother come watch"},
   {"sender": "u1", "text": "Of course, parents and siblings welcome on the touchline."}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Can you grab milk and bread on the way home? Money's on the side"},
   {"sender": "u2", "text": "yep. can i get a cookie"},
   {"sender": "u1", "text": "One cookie 😄"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Lottie", "text": "cinema saturday?"},
   {"sender": "Sam", "text": "yes what's on"},
   {"sender": "Lottie", "text": "the new space one at 2:30"},
   {"sender": "Sam", "text": "ok meet outside at 2"},
   {"sender": "Yas", "text": "can i come"},
   {"sender": "Lottie", "text": "obviously!"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
