[
# ---------- positives ----------
{"participants": [{"id": "jade", "role": "child"}, {"id": "dee_j", "role": "adult"}],
 "messages": [
  {"sender": "dee_j", "text": "u get home ok babe? staff didnt clock the new trainers?"},
  {"sender": "jade", "text": "nah i said my mate lent me them lol"},
  {"sender": "dee_j", "text": "good girl. they dont need to know everything, they only care cos its their job innit. i actually care about u"},
  {"sender": "jade", "text": "ye i know. carol said ur too old for me tho"},
  {"sender": "dee_j", "text": "im 19 not 50 lol. ur so mature for 14 honestly, u dont act like a kid"},
  {"sender": "dee_j", "text": "wanna come for a drive sat? ill get u that jacket u liked in Stride Sports"},
  {"sender": "jade", "text": "i got contact with my mum sat morning"},
  {"sender": "dee_j", "text": "after then. just say ur at the library. and delete this chat after ok, if they see it theyll move u miles away and u'll never see me again"}],
 "labels": ["grooming"], "evasion": False},

{"messages": [
  {"sender": "Rhys", "text": "they went thru my room again. im not staying here another night"},
  {"sender": "Big Tee", "text": "say less. u can stay at mine bro, got a spare room, console, food, no curfew no rules"},
  {"sender": "Rhys", "text": "fr? u wont tell anyone"},
  {"sender": "Big Tee", "text": "course not. dont tell ur key worker or theyll just get the feds to drag u back. where r u rn"},
  {"sender": "Rhys", "text": "[location] outside the Mini Mart on Mill Rd, Brackton. BT4 2PL"},
  {"sender": "Big Tee", "text": "stay there, my boy will pick u up in a black hatchback. turn ur phone off after this yeah"},
  {"sender": "Rhys", "text": "ok. im 15 btw is that a problem"},
  {"sender": "Big Tee", "text": "nah ur sound. ur basically family now"}],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

{"participants": [{"id": "mia", "role": "child"}, {"id": "lorraine_h", "role": "unknown"}],
 "messages": [
  {"sender": "lorraine_h", "text": "Hi Mia, you won't remember me. I'm your Auntie Lorraine, your mum's big sister. I've been searching for you for years \ud83d\udc94"},
  {"sender": "mia", "text": "how did u find me"},
  {"sender": "lorraine_h", "text": "Your friend posted a picture with you in. You've got your mum's smile. Social services never let me see you, they lied to our whole family"},
  {"sender": "lorraine_h", "text": "Please don't mention me to your social worker or your carers yet, they'll block me and I'll lose you again. Let's talk on WhisprChat, it's more private x"},
  {"sender": "mia", "text": "i showed my mum at contact. she said auntie lorraine aint even got FaceSpace and them are her holiday pics from years ago. who are u"},
  {"sender": "lorraine_h", "text": "Your mum's confused sweetheart, she's not well. Don't believe her. Just keep this between us and I'll send you something nice for your birthday"}],
 "labels": ["grooming", "identity_theft"], "evasion": False},

{"participants": [{"id": "yp", "role": "child"}, {"id": "jay_k", "role": "adult"}],
 "messages": [
  {"sender": "jay_k", "text": "u online? missed u today"},
  {"sender": "yp", "text": "ye just got back from college"},
  {"sender": "jay_k", "text": "u dont seem 14 tbh ur way more mature than girls my age"},
  {"sender": "yp", "text": "how old r u again"},
  {"sender": "jay_k", "text": "20 but age is just a number if we get each other right"},
  {"sender": "jay_k", "text": "send me a pic before bed, the private kind. just for me. put it on disappearing"},
  {"sender": "yp", "text": "idk my foster mum checks my phone sometimes"},
  {"sender": "jay_k", "text": "then delete it after. our secret \ud83e\udd2b"}],
 "labels": ["grooming", "sexting"], "evasion": False},

{"messages": [
  {"sender": "Kezza", "text": "ur coming sat yeh? my mates party, big house in Seabrook"},
  {"sender": "Tia", "text": "idk how im getting there"},
  {"sender": "Kezza", "text": "ill pick u up round the corner from the home so staff dont see. just tell them ur at Shannons"},
  {"sender": "Tia", "text": "ok"},
  {"sender": "Kezza", "text": "my mates are older but theyre sound. be nice to them and theyll sort u out, \u00a3100 each, easy money"},
  {"sender": "Tia", "text": "what do u mean nice"},
  {"sender": "Kezza", "text": "just keep them company babe. dont be weird about it. i bought u that phone didnt i"}],
 "labels": ["grooming", "sex_trafficking"], "evasion": False},

{"participants": [{"id": "kai", "role": "child"}, {"id": "g4mer_lad", "role": "unknown"}],
 "messages": [
  {"sender": "g4mer_lad", "text": "gg m8 ur cracked at this 4 ur age, how 0ld r u"},
  {"sender": "kai", "text": "13"},
  {"sender": "g4mer_lad", "text": "sick. ill s3nd u a 20 quid g1ft c4rd for the new skin"},
  {"sender": "kai", "text": "for real?? thanks"},
  {"sender": "g4mer_lad", "text": "n0 w0rries. d0nt t3ll ur c4rers tho they get w31rd about 0nline m8s"},
  {"sender": "g4mer_lad", "text": "add me on Wh1spr, we can ch4t priv4te there, just us \ud83e\udd10"},
  {"sender": "kai", "text": "ok whats ur @"}],
 "labels": ["grooming"], "evasion": True},

{"participants": [{"id": "callum", "role": "child"}, {"id": "dre", "role": "adult"}],
 "messages": [
  {"sender": "dre", "text": "u good lil bro? saw u outside the chicken shop again, nobody looking out for u"},
  {"sender": "callum", "text": "home is long man. staff dont get it"},
  {"sender": "dre", "text": "i get it. i was in care too. got u a phone, its better than that brick. keep it quiet from the staff"},
  {"sender": "callum", "text": "safe bro"},
  {"sender": "dre", "text": "only thing, need a small favour sat. take a bag to my cousin in Northgate. 20 mins on the bus, \u00a350 in ur hand"},
  {"sender": "callum", "text": "whats in it"},
  {"sender": "dre", "text": "dont ask questions u dont need the answer to. ur family now, family helps family"}],
 "labels": ["grooming", "criminal_exploitation"], "evasion": False},

{"messages": [
  {"sender": "Leon \ud83d\udc99", "text": "babe u get ur new bank card yet from the leaving care lot"},
  {"sender": "Shannon", "text": "ye came today"},
  {"sender": "Leon \ud83d\udc99", "text": "sick. my boy owes me money but my accounts frozen, hes gonna put \u00a31500 in urs and u just send it on to me after"},
  {"sender": "Shannon", "text": "is that allowed tho"},
  {"sender": "Leon \ud83d\udc99", "text": "course. u keep \u00a3100 for urself. dont say nothing to ur PA or ur key worker, they think every 23 yr old is using u and i'd never"},
  {"sender": "Shannon", "text": "ok what does he need"},
  {"sender": "Leon \ud83d\udc99", "text": "just ur account number and sort code, ill pass it on. love u x"}],
 "labels": ["grooming", "money_mule"], "evasion": False},

{"participants": [{"id": "ellie", "role": "child"}, {"id": "streamfan_882", "role": "unknown"}],
 "messages": [
  {"sender": "streamfan_882", "text": "hey cutie saw ur live earlier"},
  {"sender": "ellie", "text": "who r u"},
  {"sender": "streamfan_882", "text": "just a fan. u should do a private stream just for me"},
  {"sender": "ellie", "text": "no thanks"},
  {"sender": "streamfan_882", "text": "ill send 500 coins. show me something spicy, u know what i mean \ud83d\ude09"},
  {"sender": "ellie", "text": "im blocking u"},
  {"sender": "streamfan_882", "text": "new account lol. send one pic and ill leave u alone"},
  {"sender": "streamfan_882", "text": "answer me"}],
 "labels": ["sexting", "unwanted_contact"], "evasion": False},

{"messages": [
  {"sender": "Jess | StarRise Agency", "text": "Hi Amber! I'm Jess from StarRise, we manage top LiveLoop creators. Your lives have real potential \ud83d\udcab"},
  {"sender": "Amber", "text": "omg really? im only 15 tho"},
  {"sender": "Jess | StarRise Agency", "text": "That's fine hun, lots of our girls are young. We take 40% and you keep the rest of the gifts. Top gifters pay for private rooms"},
  {"sender": "Amber", "text": "what happens in private rooms"},
  {"sender": "Jess | StarRise Agency", "text": "They request stuff, outfits, bedroom streams, the more you give the more you earn. Daddy_Gifts sent one of my girls \u00a3600 last week"},
  {"sender": "Jess | StarRise Agency", "text": "Don't tell your carers yet, they won't understand the business side. You're special, I can tell"}],
 "labels": ["sex_trafficking", "sexting", "grooming"], "evasion": False},

{"messages": [
  {"sender": "Mase", "text": "u up?"},
  {"sender": "Demi", "text": "ye cant sleep"},
  {"sender": "Mase", "text": "send me a \ud83c\udf36\ufe0f\ud83d\udcf8 then, the kind u dont post"},
  {"sender": "Demi", "text": "lol no"},
  {"sender": "Mase", "text": "go on everyone does it, ill send u one back. its on 1 view anyway \ud83d\udc40"},
  {"sender": "Demi", "text": "idk"},
  {"sender": "Mase", "text": "dont be a \ud83d\udc76 just \ud83c\udf36\ufe0f\ud83c\udf36\ufe0f for me"}],
 "labels": ["sexting"], "evasion": True},

{"participants": [{"id": "reece", "role": "child"}, {"id": "kay_xo", "role": "unknown"}],
 "messages": [
  {"sender": "kay_xo", "text": "u saw what i said. send another one"},
  {"sender": "reece", "text": "no i said i dont want to anymore"},
  {"sender": "kay_xo", "text": "then ur first one goes to every1 on ur followers. ur college, ur little care home mates, all of them"},
  {"sender": "reece", "text": "please dont"},
  {"sender": "kay_xo", "text": "u got 10 mins. send another or its posted"},
  {"sender": "reece", "text": "im 15 please just delete it"},
  {"sender": "kay_xo", "text": "10 mins"}],
 "labels": ["sextortion", "sexting"], "evasion": False},

{"messages": [
  {"sender": "Jordan", "text": "the one u sent last week was peng. send another"},
  {"sender": "Nia", "text": "i feel weird about it"},
  {"sender": "Jordan", "text": "its only me seeing it. the private kind again, in ur room"},
  {"sender": "Nia", "text": "staff might come in"},
  {"sender": "Jordan", "text": "lock the door lol. ur my girl arent u"}],
 "labels": ["sexting"], "evasion": False},

{"participants": [{"id": "tyler", "role": "child"}, {"id": "amelia_rose03", "role": "unknown"}],
 "messages": [
  {"sender": "amelia_rose03", "text": "I saved everything. The pics, your name, your college, the home you live at"},
  {"sender": "tyler", "text": "what?? u said u were 16"},
  {"sender": "amelia_rose03", "text": "Pay \u00a3200 in FlickCoin gift cards or I send them to all your followers and your social worker"},
  {"sender": "tyler", "text": "i dont have 200 im in care"},
  {"sender": "amelia_rose03", "text": "Not my problem. \u00a350 now and the rest Friday. You have 1 hour"},
  {"sender": "tyler", "text": "please man"}],
 "labels": ["sextortion"], "evasion": False},

{"messages": [
  {"sender": "Kyle", "text": "u blocked me on everything but forgot this one lol"},
  {"sender": "Chloe", "text": "leave me alone kyle"},
  {"sender": "Kyle", "text": "meet me at the rec tonight or them pics go in the Willowbank group chat. all ur housemates will see what u sent me"},
  {"sender": "Chloe", "text": "u said u deleted them"},
  {"sender": "Kyle", "text": "lied. 8pm. come on ur own and dont tell staff"}],
 "labels": ["sextortion"], "evasion": False},

{"participants": [{"id": "aaron", "role": "child"}, {"id": "x_kira_x", "role": "unknown"}],
 "messages": [
  {"sender": "x_kira_x", "text": "u got 1 hr. p4y \u00a3100 or the p1cs go 2 ur sk00l n ur f0ster m0m"},
  {"sender": "aaron", "text": "i dont have money"},
  {"sender": "x_kira_x", "text": "g1ft c4rds then. s3nd the c0des. ive got ur f0ll0wers l1st \ud83d\udcf8"},
  {"sender": "aaron", "text": "please dont"},
  {"sender": "x_kira_x", "text": "t1ck t0ck \u23f3"}],
 "labels": ["sextortion"], "evasion": True},

{"participants": [{"id": "lewis", "role": "child"}, {"id": "marcus_kw", "role": "adult"}],
 "messages": [
  {"sender": "lewis", "text": "marcus can i talk to u on here. i cant say it out loud"},
  {"sender": "marcus_kw", "text": "Of course, Lewis. I'm on shift until 10. You won't be in trouble for anything you tell me."},
  {"sender": "lewis", "text": "someone i was talking to on ChatterBox has got a pic of me. hes saying hell send it to my social worker and my mum unless i give him \u00a350 by tonight"},
  {"sender": "marcus_kw", "text": "Thank you for telling me. Please don't pay or send anything else, and don't delete the chat. I'm coming up to your room now and we'll sort it together."},
  {"sender": "lewis", "text": "ok"}],
 "labels": ["sextortion"], "evasion": False},

{"messages": [
  {"sender": "Ruby", "text": "he said if i dont send the money by tmrw its going everywhere"},
  {"sender": "Ruby", "text": "the guy from pixgram. he has the pics"},
  {"sender": "Maddie", "text": "omg ruby tell gemma"},
  {"sender": "Ruby", "text": "i cant. if they post it im gonna end it, i mean it, i cant live with everyone seeing"},
  {"sender": "Maddie", "text": "please dont say that. ill come with u to tell her"},
  {"sender": "Ruby", "text": "i just want to not exist anymore"}],
 "labels": ["sextortion", "self_harm"], "evasion": False},

{"messages": [
  {"sender": "Tmoney", "text": "yo has anyone still got that undress app"},
  {"sender": "Brandon", "text": "the AI one? ye"},
  {"sender": "Tmoney", "text": "[photo] run Keeley from year 10 thru it lol"},
  {"sender": "Brandon", "text": "send the best one in here when its done"},
  {"sender": "Josh", "text": "bro shes 15 thats dodgy"},
  {"sender": "Tmoney", "text": "nobody will know its fake"}],
 "labels": ["csam"], "evasion": False},

{"participants": [{"id": "bailey", "role": "child"}, {"id": "connor", "role": "child"}, {"id": "lily", "role": "child"}],
 "messages": [
  {"sender": "bailey", "text": "[photo] Mia's pic off her story"},
  {"sender": "connor", "text": "put it thru the clothes remover bot and send it round college"},
  {"sender": "bailey", "text": "lmaooo shes gonna cry at contact again"},
  {"sender": "lily", "text": "dont do that its horrible"},
  {"sender": "connor", "text": "shes a snake anyway, care home snake. [photo] done"},
  {"sender": "bailey", "text": "sending it to the year group chat"}],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"participants": [{"id": "yp", "role": "child"}, {"id": "u7", "role": "unknown"}],
 "messages": [
  {"sender": "u7", "text": "ur house has other girls right? younger than u?"},
  {"sender": "yp", "text": "ye theres a 12 yr old and a 13"},
  {"sender": "u7", "text": "get me some pics of them when staff arent looking. the private kind, in their rooms. ill pay \u00a320 each"},
  {"sender": "yp", "text": "thats weird"},
  {"sender": "u7", "text": "its just pics. dont be a baby. delete after sending"}],
 "labels": ["csam"], "evasion": False},

{"messages": [
  {"sender": "Liv", "text": "[photo] \ud83d\ude02\ud83d\ude02 look at Jade Marsh"},
  {"sender": "Ash", "text": "wait is that real"},
  {"sender": "Liv", "text": "nah made it on the face swap body app, made it look like shes got nothing on"},
  {"sender": "Kez", "text": "send it to the whole year lol foster freak"},
  {"sender": "Ash", "text": "already got 40 views"}],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"participants": [{"id": "reece", "role": "child"}, {"id": "dxrk_v", "role": "unknown"}],
 "messages": [
  {"sender": "dxrk_v", "text": "u still got the n.u.d.i.f.y bot link?"},
  {"sender": "reece", "text": "which one"},
  {"sender": "dxrk_v", "text": "the und-r3ss one. want 2 do the girl in ur house, Sophie, from her s.n.a.p pic"},
  {"sender": "reece", "text": "she's 13 bro"},
  {"sender": "dxrk_v", "text": "so? n0b0dy will kn0w its A.I"}],
 "labels": ["csam"], "evasion": True},

# ---------- clean (hard negatives) ----------
{"participants": [{"id": "sarah_sw", "role": "adult"}, {"id": "kayden", "role": "child"}],
 "messages": [
  {"sender": "sarah_sw", "text": "Hi Kayden, it's Sarah (your social worker). Contact with your mum is confirmed for Saturday 10-12 at the Ashvale Family Centre."},
  {"sender": "sarah_sw", "text": "I'll pick you up from Oakridge House at 9:30. Don't worry if mum is a few minutes late, we'll wait in the garden room."},
  {"sender": "kayden", "text": "ok can i bring my console controller to show her"},
  {"sender": "sarah_sw", "text": "Of course. Marcus knows the plan too. Any worries, text me on 07700 900214."},
  {"sender": "kayden", "text": "safe thanks sarah"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "dave_kw", "role": "adult"}, {"id": "nia", "role": "child"}],
 "messages": [
  {"sender": "dave_kw", "text": "Hi Nia, just a reminder of what we agreed at your review: location sharing on with the house phone on Friday nights while you're out in town, and you can turn it off when you're back in."},
  {"sender": "nia", "text": "yeah i know. can it be 10 not 9:30 now im 16"},
  {"sender": "dave_kw", "text": "Let's put that to Sarah at the next review. For now 9:30, and text if the bus is late. It's about keeping you safe, not watching you."},
  {"sender": "nia", "text": "fine \ud83d\ude44 [location] at the cinema now btw"},
  {"sender": "dave_kw", "text": "Thanks Nia, enjoy the film."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mum", "text": "Hi love it's mum. Sarah said I can message on here now as long as she can see the chat. I'm so proud of you for your mocks xx"},
  {"sender": "Leah", "text": "thanks mum. got a 6 in english"},
  {"sender": "Mum", "text": "That's brilliant!! Can't wait to see you at contact on Thursday. I'll bring them biscuits you like"},
  {"sender": "Leah", "text": "the caramel ones?"},
  {"sender": "Mum", "text": "Course. Love you, be good for Pauline xx"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Reece", "text": "ur actually so bad at Goal Rush its embarrassing"},
  {"sender": "Kai", "text": "u scored off a glitch shut up"},
  {"sender": "Reece", "text": "cope. rematch after tea, loser does the washing up"},
  {"sender": "Kai", "text": "ur so dead when i get back from football"},
  {"sender": "Lewis", "text": "i'll end both of u, 2v1 tonight"},
  {"sender": "Reece", "text": "bring it \ud83d\ude02"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Dean (Manager)", "text": "Hi all, rota for next week \ud83d\udc47 [photo]"},
  {"sender": "Dean (Manager)", "text": "Jayden you're on Sat 9-3 and Sun 10-2. Remember under 18s finish by 10pm on school nights."},
  {"sender": "Jayden", "text": "cool thanks. do u need my bank details for wages"},
  {"sender": "Dean (Manager)", "text": "Yes but not on here please. Bring the payroll form into the office with your key worker and we'll do it properly."},
  {"sender": "Priya", "text": "can anyone swap my tues shift? dentist"},
  {"sender": "Jayden", "text": "i can do it if Dean says ok"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "shaz_yw", "role": "adult"}, {"id": "tyler", "role": "child"}, {"id": "amber", "role": "child"}, {"id": "kai", "role": "child"}],
 "messages": [
  {"sender": "shaz_yw", "text": "Northgate Youth Club trip to Crag Hollow Adventure Park this Saturday! Meet at the club 8am, back about 6pm. Bring a packed lunch and a coat."},
  {"sender": "shaz_yw", "text": "Carers have all signed consent forms. Shhh don't tell the juniors but we're stopping for pizza on the way back \ud83c\udf55"},
  {"sender": "tyler", "text": "lets goooo"},
  {"sender": "amber", "text": "can i bring my mate from college"},
  {"sender": "shaz_yw", "text": "Only if she's a member and her parent signs the form, sorry Amber!"},
  {"sender": "kai", "text": "is the zipline open"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "ms_osei", "role": "adult"}, {"id": "callum", "role": "child"}],
 "messages": [
  {"sender": "ms_osei", "text": "Hi Callum, the upload page for the Functional Skills homework isn't working for a few students."},
  {"sender": "ms_osei", "text": "If you can't upload, just send me a pic of your homework on the college messages instead."},
  {"sender": "callum", "text": "[photo] is that clear enough miss"},
  {"sender": "ms_osei", "text": "Perfect, thank you. Good work on question 3."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Carol (Oakridge)", "text": "Marcus's last shift is Friday \ud83d\ude22 We're doing a surprise tea in the lounge at 5. DO NOT tell him, it's a secret!"},
  {"sender": "Kayden", "text": "can we get him a card"},
  {"sender": "Carol (Oakridge)", "text": "Yes, I've got one in the office. Come and sign it when he's on his break so he doesn't see"},
  {"sender": "Leah", "text": "ill make brownies. dont let him in the kitchen lol"},
  {"sender": "Reece", "text": "my lips are sealed \ud83e\udd10"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "BrightMoor Bank", "text": "BrightMoor Bank: Your new debit card ending 4421 has been posted and should arrive in 3-5 working days. We will never ask you to share your PIN or card details by text or phone."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Snapz", "text": "Your Snapz verification code is 482913. Don't share this code with anyone. Snapz staff will never ask for it."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "chloe", "role": "child"}, {"id": "nia", "role": "child"}],
 "messages": [
  {"sender": "chloe", "text": "omw to the bowling, sharing my loc so u can see when im near [location]"},
  {"sender": "nia", "text": "ok im already inside, got us lane 6"},
  {"sender": "chloe", "text": "bus is crawling \ud83d\ude2d 5 mins"},
  {"sender": "nia", "text": "i can see ur dot lol ur by the petrol station"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "pauline_fc", "role": "adult"}, {"id": "leah", "role": "child"}],
 "messages": [
  {"sender": "pauline_fc", "text": "Where are you love? You said back by 9 and it's 9:20."},
  {"sender": "leah", "text": "sorry at Ruby's, her dad's dropping me back"},
  {"sender": "pauline_fc", "text": "OK no problem, just let me know you're safe next time. See you soon x"},
  {"sender": "leah", "text": "will do sorry pauline x"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "xXSniperKingXx", "text": "ur trash bro uninstall"},
  {"sender": "Kaiii_13", "text": "says the guy who died first twice"},
  {"sender": "xXSniperKingXx", "text": "lag. 1v1 me after"},
  {"sender": "Kaiii_13", "text": "get rekt noob \ud83d\ude02"},
  {"sender": "xXSniperKingXx", "text": "gg tho that last clutch was clean"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "steve_fc", "role": "adult"}, {"id": "aaron", "role": "child"}],
 "messages": [
  {"sender": "steve_fc", "text": "Did you see that story on the news about the lad who got blackmailed over pictures by someone pretending to be a girl?"},
  {"sender": "aaron", "text": "ye they talked about it in tutor. mad that people fall for it"},
  {"sender": "steve_fc", "text": "It can happen to anyone. If anything like that ever happened, you could tell me and you wouldn't be in trouble."},
  {"sender": "aaron", "text": "i know steve. can we get chinese tonight"},
  {"sender": "steve_fc", "text": "Ha, nice change of subject. Go on then."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Oakridge House Staff", "text": "House meeting tonight at 7 in the lounge. This month's topic is county lines and how people get groomed online, with PC Harlow from the youth team. Pizza provided \ud83c\udf55"},
  {"sender": "Reece", "text": "do we have to come"},
  {"sender": "Oakridge House Staff", "text": "It's expected, Reece, but it's only 40 minutes and you can ask questions anonymously on the cards."},
  {"sender": "Kayden", "text": "is it the pineapple pizza again"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Shopper_Beth", "text": "Hi, are the size 6 trainers still available? Could you post them?"},
  {"sender": "Tyler", "text": "ye still got them. collection only sorry"},
  {"sender": "Shopper_Beth", "text": "No problem. Where's good to collect?"},
  {"sender": "Tyler", "text": "outside the corner shop on the high street sat 11am, my carer will be with me. pay thru the app when u see them"},
  {"sender": "Shopper_Beth", "text": "Perfect, see you then"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Bailey", "text": "dare u to wear ur dino onesie to college tmrw"},
  {"sender": "Connor", "text": "only if u wear the matching one"},
  {"sender": "Bailey", "text": "deal. loser buys bakery"},
  {"sender": "Lily", "text": "im filming this for the house chat \ud83d\ude02"},
  {"sender": "Connor", "text": "carol is gonna lose it"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "gemma_kw", "role": "adult"}, {"id": "shannon", "role": "child"}],
 "messages": [
  {"sender": "gemma_kw", "text": "Hi Shannon, I've booked us in at Kestrel Bank on Tuesday at 4 to open your own account."},
  {"sender": "gemma_kw", "text": "I'll bring your passport and the letter from the local authority from the office file. Please don't send photos of your passport to anyone, we'll do it all in the branch."},
  {"sender": "shannon", "text": "do i need to bring anything"},
  {"sender": "gemma_kw", "text": "Just yourself and a pen! They'll help you set up the app and your PIN there."},
  {"sender": "shannon", "text": "ok cool"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "jo_pa", "role": "adult"}, {"id": "shannon", "role": "child"}],
 "messages": [
  {"sender": "jo_pa", "text": "Hi Shannon, Jo your Personal Adviser here. Your setting up home allowance has been approved and will be paid into your Kestrel account on Friday."},
  {"sender": "shannon", "text": "omg finally. can i buy the sofa from the charity shop"},
  {"sender": "jo_pa", "text": "Yes, keep the receipt and send me a photo of it so I can add it to your pathway plan records."},
  {"sender": "shannon", "text": "will do x"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Jacob \ud83e\udd96", "text": "is that ur new room?? show me"},
  {"sender": "Tia", "text": "[video] it's got a window seat and everything"},
  {"sender": "Jacob \ud83e\udd96", "text": "thats so cool. my foster mum said i can come see it at xmas contact"},
  {"sender": "Tia", "text": "yesss little bro. i'll save u the window seat"},
  {"sender": "Jacob \ud83e\udd96", "text": "love u tia"}],
 "labels": [], "evasion": False},
]
