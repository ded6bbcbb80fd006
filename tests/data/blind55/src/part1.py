[
 {"participants": [{"id": "mia", "role": "child"}, {"id": "novareign_private", "role": "unknown"}],
  "messages": [
   {"sender": "novareign_private", "text": "omg hiii is this the girl who did the acoustic cover of Glass Heart?? \U0001f62d"},
   {"sender": "mia", "text": "WAIT is this actually nova reign"},
   {"sender": "novareign_private", "text": "haha yes its me, this is my private acct, my team runs the main one"},
   {"sender": "mia", "text": "no way. ive been a fan since the first EP"},
   {"sender": "novareign_private", "text": "ur voice is honestly better than half the people on my label"},
   {"sender": "mia", "text": "stop im actually screaming"},
   {"sender": "novareign_private", "text": "im serious. i want to share ur cover on my story this weekend"},
   {"sender": "mia", "text": "that would be the best day of my whole life"},
   {"sender": "novareign_private", "text": "how old are u btw? u sound older than u look"},
   {"sender": "mia", "text": "13, 14 in march"},
   {"sender": "novareign_private", "text": "cute. do ur parents check ur phone?"},
   {"sender": "mia", "text": "mum looks sometimes but not properly"},
   {"sender": "novareign_private", "text": "ok best not to mention me yet. my management would go mad if they knew i messaged a fan directly"},
   {"sender": "mia", "text": "i wont tell anyone i promise"},
   {"sender": "novareign_private", "text": "good girl. this app isnt safe tho, get Whisperly and add me there, its where i talk to my inner circle"},
   {"sender": "mia", "text": "ok added u, im mia_sings on there"},
   {"sender": "novareign_private", "text": "i might be able to get u backstage at Merrowby Arena in june. just us"},
   {"sender": "mia", "text": "are u serious???"},
   {"sender": "novareign_private", "text": "but i need to know ur really special. send me a pic, the private kind, only for me"},
   {"sender": "novareign_private", "text": "delete it after u send it and dont tell ur mum about any of this x"}
  ],
  "labels": ["grooming", "sexting"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "TixSwap_Luke", "text": "hey saw ur comment, u looking for Midnight Atlas tix for Eastholm? i have 2 standing, cant go anymore"},
   {"sender": "jess.atlas", "text": "omg yes how much"},
   {"sender": "TixSwap_Luke", "text": "face value 65 each. i just need u to pay a 20 pound verification fee first so the site can release the transfer"},
   {"sender": "jess.atlas", "text": "which site?"},
   {"sender": "TixSwap_Luke", "text": "TicketSafe Pro, its legit. pay the fee here [link] or bank transfer to sort code 99-41-08 acc 20917733"},
   {"sender": "jess.atlas", "text": "can i not just do it through TixLine"},
   {"sender": "TixSwap_Luke", "text": "no they dont do resale for this show. be quick, 6 other people are asking"},
   {"sender": "TixSwap_Luke", "text": "fee needs to be in within 10 mins or they go to the next person. send a screenshot when done"}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "FanVerse Fan Club", "text": "FanVerse Official Fan Club: Congratulations! You have been chosen for the Nova Reign Inner Circle presale. To claim your place, verify your FanVerse account within 24 hours: reply with your username, your password and the 6-digit code we just texted you, or log in here [link]. Unclaimed places go to the next fan."}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "tayo", "role": "child"}, {"id": "promo_dex", "role": "unknown"}],
  "messages": [
   {"sender": "promo_dex", "text": "yo saw ur beats on Tunely, u got skills fr"},
   {"sender": "tayo", "text": "thanks bro means a lot"},
   {"sender": "promo_dex", "text": "i promote nights in Larkford, could put u on a bill. quick thing tho, my venue payments are stuck. can i send 900 to ur account and u send it straight on to my DJ? u keep 150"},
   {"sender": "tayo", "text": "i only have a junior account with Northvale"},
   {"sender": "promo_dex", "text": "thats perfect, junior accounts dont get checked. send me ur sort code and account number"},
   {"sender": "tayo", "text": "99-20-14, 31874420, T Adeyemi"},
   {"sender": "promo_dex", "text": "sound. money lands tonight. send 750 to the details i give u and keep the rest"},
   {"sender": "promo_dex", "text": "dont mention it to ur parents, its just business. might need to do it a few more times this month"},
   {"sender": "tayo", "text": "ok cool"}
  ],
  "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "luminous.jae", "text": "ORBIT9 fans are the most embarrassing people alive"},
   {"sender": "orbit.kiki", "text": "ok but why are u in our comments then"},
   {"sender": "luminous.jae", "text": "kiki ur fan edits are trash and so is ur face"},
   {"sender": "lumen_forever", "text": "lmaooo look at her pfp"},
   {"sender": "jaeun.stan22", "text": "everyone report her account, lets get it banned tonight"},
   {"sender": "luminous.jae", "text": "we're screenshotting ur selfie and putting it on every LUMEN page. enjoy being famous"},
   {"sender": "lumen_forever", "text": "nobody at ur school even likes u, we asked"},
   {"sender": "jaeun.stan22", "text": "ugly AND a fake fan. go cry"},
   {"sender": "orbit.kiki", "text": "please just stop"}
  ],
  "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "zara", "role": "child"}, {"id": "gc_1", "role": "unknown"}, {"id": "gc_2", "role": "unknown"}, {"id": "gc_3", "role": "unknown"}],
  "messages": [
   {"sender": "gc_1", "text": "zara u really thought ur cover of Kai's song was good \U0001f480"},
   {"sender": "gc_2", "text": "it sounded like a cat being stepped on"},
   {"sender": "gc_3", "text": "we put it on the fan page so everyone can laugh at it"},
   {"sender": "gc_1", "text": "400 views already lmao"},
   {"sender": "gc_2", "text": "delete ur account, nobody wants u in this fandom"},
   {"sender": "zara", "text": "why are you doing this i didnt do anything to you"},
   {"sender": "gc_3", "text": "cos ur annoying. go away forever"},
   {"sender": "zara", "text": "fine. i dont want to be here anymore anyway. not just the fandom. anywhere"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "jayden_xo", "text": "u really thought i was a girl from the fandom lol"},
   {"sender": "evie.nova", "text": "who is this. delete my pictures"},
   {"sender": "jayden_xo", "text": "І hаvе уоur рісs. рау 150 іn gіft саrds оr І sеnd thеm tо еvеrуоnе оn уоur frіеnds lіst"},
   {"sender": "evie.nova", "text": "please i dont have that much money im 14"},
   {"sender": "jayden_xo", "text": "thеn gеt іt. уоu hаvе 2 hоurs. еvеrуоnе іn thаt fаn сhаt wіll sее thеm"},
   {"sender": "jayden_xo", "text": "І knоw уоur sсhооl tоо. sеnd thе саrd соdеs hеrе"},
   {"sender": "evie.nova", "text": "ok ok please dont"}
  ],
  "labels": ["sextortion"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "kaistorme.fanpage", "text": "Kai is in Dunmere this week filming the new video!! anyone spotted him??"},
   {"sender": "lily_kaistan", "text": "omg i go to St Bride's High in Dunmere!! i wait at the bus stop outside the main gate on Fenn Road every day from 3.20 til my bus at 3.45, if he drives past im literally right there"},
   {"sender": "ellastorme", "text": "lily hes not gonna be at a bus stop \U0001f62d"},
   {"sender": "lily_kaistan", "text": "u never know!! im the one with the purple Kai keyring on my bag, year 8. if anyone from his team sees this tell him"},
   {"sender": "dunmere_dan", "text": "nice, which bus do u get?"},
   {"sender": "lily_kaistan", "text": "the 14 to Orchard Rise"}
  ],
  "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "rosie", "role": "child"}, {"id": "gary_atlasfan", "role": "unknown"}, {"id": "gary_atlasfan2", "role": "unknown"}],
  "messages": [
   {"sender": "gary_atlasfan", "text": "hi rosie, loved ur Atlas edit. im 41 but still a massive fan haha"},
   {"sender": "gary_atlasfan", "text": "why arent u replying?"},
   {"sender": "gary_atlasfan", "text": "ive sent u a few messages now, i just want to chat about the tour"},
   {"sender": "rosie", "text": "please stop messaging me. im blocking you"},
   {"sender": "gary_atlasfan2", "text": "its me again, new account. u cant block a fellow fan \U0001f60a"},
   {"sender": "gary_atlasfan2", "text": "found ur other page too, the one with ur singing videos"},
   {"sender": "rosie", "text": "leave me alone"},
   {"sender": "gary_atlasfan2", "text": "ill just keep making accounts til u talk to me. i dont give up"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Steve (meetup organiser)", "text": "great to meet you today amber, you were the best singer at the karaoke by miles"},
   {"sender": "amber_atlas", "text": "thank u!! it was so fun"},
   {"sender": "Steve (meetup organiser)", "text": "how old are you again? you seem so mature for your age"},
   {"sender": "amber_atlas", "text": "14"},
   {"sender": "Steve (meetup organiser)", "text": "i've got the signed setlist from the Eastholm show and i want you to have it. the group is a bit much, come round mine on sunday and i'll give it you, just us"},
   {"sender": "Steve (meetup organiser)", "text": "don't mention it in the group chat, the others will get jealous. and best not tell your mum, she seemed a bit overprotective today"},
   {"sender": "amber_atlas", "text": "i guess i could get the bus"},
   {"sender": "Steve (meetup organiser)", "text": "i'll pick you up from the station instead. text me when you're on your way 07700 900417"}
  ],
  "labels": ["grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "reignfam_mod", "text": "new #TrueReign challenge \U0001f451 prove ur a REAL fan"},
   {"sender": "reignfam_mod", "text": "\U0001f319 + \U0001f682\U0001f309 + \U0001f9cd\u200d\u2640\ufe0f on the \u26a0\ufe0f edge + \U0001f3a4 the chorus + \U0001f4f9 = \U0001f451"},
   {"sender": "reignfam_mod", "text": "no \U0001f4f9 = \U0001f921 fake fan = \U0001f6aa kicked from the server"},
   {"sender": "milly.r", "text": "wait is that safe"},
   {"sender": "reignfam_mod", "text": "real fans dont ask \U0001f644 the closer to the \U0001f682 the more \U0001f451 points. tag 3 \U0001f46f to do it next"},
   {"sender": "zion_reign", "text": "doing it tonight \U0001f525\U0001f525"}
  ],
  "labels": ["harmful_challenge"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "leah", "role": "child"}, {"id": "marcus_starhaus", "role": "unknown"}],
  "messages": [
   {"sender": "marcus_starhaus", "text": "Hi Leah, I'm Marcus from Starhaus Management. We've been watching your covers on Tunely."},
   {"sender": "leah", "text": "omg hi!! is this real?"},
   {"sender": "marcus_starhaus", "text": "Very real. We manage acts who have supported Nova Reign on tour. You have a rare voice."},
   {"sender": "leah", "text": "thank you so much, i've been singing since i was 8"},
   {"sender": "marcus_starhaus", "text": "How old are you now?"},
   {"sender": "leah", "text": "15"},
   {"sender": "marcus_starhaus", "text": "Perfect age to start. The industry loves fresh faces."},
   {"sender": "leah", "text": "what would i have to do"},
   {"sender": "marcus_starhaus", "text": "First a showcase weekend in Calderport. We pay the travel, the hotel, everything."},
   {"sender": "leah", "text": "i'd have to ask my dad"},
   {"sender": "marcus_starhaus", "text": "Parents often get in the way of big chances. Let's keep it between us until the contract is signed, then you can surprise him."},
   {"sender": "leah", "text": "ok i guess"},
   {"sender": "marcus_starhaus", "text": "You'll share the hotel with a few other girls we're developing. In the evenings you meet our investors at their parties. Just be friendly and keep them company."},
   {"sender": "leah", "text": "what do you mean keep them company?"},
   {"sender": "marcus_starhaus", "text": "They're generous men. Girls who keep them happy get 300 a night and get their single funded."},
   {"sender": "marcus_starhaus", "text": "Don't tell anyone at school. They'll only be jealous."},
   {"sender": "leah", "text": "how would i get there"},
   {"sender": "marcus_starhaus", "text": "I'll send a car to the end of your road on Friday at 6. Bring your passport and don't bring your phone charger, we'll give you a work phone."}
  ],
  "labels": ["sex_trafficking", "grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "orbit9.edits (admin)", "text": "ur in the dance cover team for the ORBIT9 challenge right?"},
   {"sender": "bella.o9", "text": "yeah me and 3 girls from my year"},
   {"sender": "orbit9.edits (admin)", "text": "ok so for the premium edit pack i need pics of all of u when ur getting changed into the outfits, before the vid"},
   {"sender": "bella.o9", "text": "why would u need that"},
   {"sender": "orbit9.edits (admin)", "text": "members pay extra for the behind the scenes ones. i run them through the undress app so the edits hit. theyre all 13 or 14 yeah?"},
   {"sender": "bella.o9", "text": "thats so weird no"},
   {"sender": "orbit9.edits (admin)", "text": "ill pay u 40 per girl. dont tell them, just take them quick when theyre not looking"}
  ],
  "labels": ["csam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "ruby", "role": "child"}, {"id": "mum", "role": "adult"}],
  "messages": [
   {"sender": "ruby", "text": "mum something weird happened at the concert"},
   {"sender": "mum", "text": "What love, are you ok?"},
   {"sender": "ruby", "text": "while we were queuing someone kept airdropping me pictures. gross ones. like 6 times. i kept declining and they kept coming"},
   {"sender": "mum", "text": "Oh Ruby. Did you see who it was?"},
   {"sender": "ruby", "text": "no the name just said ur secret admirer and then a message saying they could see me in my red hoodie"},
   {"sender": "mum", "text": "Turn AirDrop to contacts only now. I'll tell the venue security and we'll report it together"},
   {"sender": "ruby", "text": "done. i feel a bit sick tho"},
   {"sender": "mum", "text": "You did nothing wrong. Stay with Jodie's mum until I get there x"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Rico (promo)", "text": "u still want to earn at the Midnight Atlas gigs"},
   {"sender": "jamal.k", "text": "yeah what do i gotta do"},
   {"sender": "Rico (promo)", "text": "carry a bag in, hand little packets to the people i point out, bring the cash back to me. easy"},
   {"sender": "jamal.k", "text": "packets of what"},
   {"sender": "Rico (promo)", "text": "dont ask questions. turn on live location on Findr and keep it on all night, i need to see where u are every minute"},
   {"sender": "jamal.k", "text": "i dont think i wanna do it anymore"},
   {"sender": "Rico (promo)", "text": "u already took the 50 and the trainers. u owe me now. and i know where u live"},
   {"sender": "Rico (promo)", "text": "location on. now. or my boys come round urs"},
   {"sender": "jamal.k", "text": "ok its on"}
  ],
  "labels": ["criminal_exploitation", "location_control"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "hana", "role": "child"}, {"id": "tess", "role": "child"}, {"id": "priya", "role": "child"}],
  "messages": [
   {"sender": "tess", "text": "priya from the Juno Vale fanpage has been so smug since Juno followed her"},
   {"sender": "hana", "text": "ugh i know"},
   {"sender": "tess", "text": "i ran her selfie through that undress app lol [photo]"},
   {"sender": "hana", "text": "tess wtf shes 14"},
   {"sender": "tess", "text": "posting it on the fan server so everyone sees what she 'really' looks like"},
   {"sender": "priya", "text": "i can see this chat. take it down please. please"},
   {"sender": "tess", "text": "shouldve thought about that before being such a pick me. everyone already saved it"}
  ],
  "labels": ["csam", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "maya.sings", "text": "guys someone made an account called maya.sings.official with all my cover videos and my profile pic"},
   {"sender": "holly_b", "text": "wait what"},
   {"sender": "maya.sings", "text": "theyre messaging people in the fandom pretending to be me and asking for money for 'studio time'. it says im 16 lol im 13"},
   {"sender": "holly_b", "text": "report it!!"},
   {"sender": "maya.sings", "text": "i have but its still up. two people from my class thought it was actually me and sent them money"}
  ],
  "labels": ["identity_theft"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Tunely-Billing", "text": "Tunely: Your Premium Family plan has been suspended. To keep your playlists and get 3 months FREE, confirm your card details within 12 hours here: [link]"}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "ella", "role": "child"}, {"id": "jd_manager", "role": "unknown"}],
  "messages": [
   {"sender": "jd_manager", "text": "Morning superstar. Where are you right now?"},
   {"sender": "ella", "text": "at school"},
   {"sender": "jd_manager", "text": "Send me your live location so I know. Remember what we said, talent needs discipline"},
   {"sender": "ella", "text": "i cant use my phone in lessons"},
   {"sender": "jd_manager", "text": "Then you share it all day on Findr and I check it. If I see you've gone somewhere I didn't say, the demo deal is off"},
   {"sender": "ella", "text": "ok i turned it on"},
   {"sender": "jd_manager", "text": "Good girl. And delete these messages before your mum gets home. She won't understand the industry like we do"},
   {"sender": "jd_manager", "text": "I can see you're at the park. Who are you with? Send me a photo of who's there"}
  ],
  "labels": ["location_control", "grooming"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "sami", "role": "child"}, {"id": "vox_coach_ren", "role": "unknown"}],
  "messages": [
   {"sender": "vox_coach_ren", "text": "your high notes are so close. I could get you ready for the FanVerse Voice contest"},
   {"sender": "sami", "text": "really? i'd love that"},
   {"sender": "vox_coach_ren", "text": "free lessons for you because you're special. how old are you?"},
   {"sender": "sami", "text": "12"},
   {"sender": "vox_coach_ren", "text": "ok we'll do video lessons. no need to tell your parents, they'll only want to pay and make it weird"},
   {"sender": "sami", "text": "ok"},
   {"sender": "vox_coach_ren", "text": "for breathing I need to check your posture. send me a pic, the private kind. we delete it after, it's how all the pros train"},
   {"sender": "sami", "text": "i dont know"},
   {"sender": "vox_coach_ren", "text": "don't be a baby about it. everyone in my studio does it"}
  ],
  "labels": ["sexting", "grooming"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "oli", "role": "child"}, {"id": "ma_fanclub_admin", "role": "unknown"}],
  "messages": [
   {"sender": "ma_fanclub_admin", "text": "Hi Oli! You've won 2 VIP meet and greet passes for Midnight Atlas \U0001f389"},
   {"sender": "oli", "text": "no way!! what do i do"},
   {"sender": "ma_fanclub_admin", "text": "we just need to verify your FanVerse account so we can add the passes. what's your email and password?"},
   {"sender": "oli", "text": "oli.atlas@mailbox.test and atlasboy2011"},
   {"sender": "ma_fanclub_admin", "text": "great. we've sent a code to your phone, read it to me"},
   {"sender": "oli", "text": "483920"},
   {"sender": "ma_fanclub_admin", "text": "perfect. last step is the 4.99 booking fee. use your mum's card, we need the long number, expiry and the 3 digits on the back"}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "freya", "role": "child"}, {"id": "mum", "role": "adult"}],
  "messages": [
   {"sender": "mum", "text": "Tickets are in my TixLine app, I'll transfer yours on the day so they don't get lost"},
   {"sender": "freya", "text": "ok!! what time are we leaving"},
   {"sender": "mum", "text": "Train at 4.10 from Larkford. Auntie Jo is meeting us at Merrowby Arena"},
   {"sender": "freya", "text": "can i go to the merch stand on my own while u queue for drinks"},
   {"sender": "mum", "text": "Yes but keep your location sharing on with me and Dad inside the arena, it gets really busy"},
   {"sender": "freya", "text": "its already on. if we lose each other meet at the big screen by door C?"},
   {"sender": "mum", "text": "Perfect plan. Phone charged please!"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "TixLine", "text": "TixLine: Order TL-88213 confirmed. 2 x Seated, Nova Reign, Merrowby Arena, Sat 14 June. Your tickets appear in the TixLine app 48 hours before the show. TixLine will never ask for your password, card details or a 'verification fee' by text or DM."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "soph.reign", "text": "track 4 on the new album is KILLING me"},
   {"sender": "bex_nova", "text": "IM DEAD. actually deceased. bury me with the vinyl"},
   {"sender": "soph.reign", "text": "the bridge?? the key change?? i need to lie down forever"},
   {"sender": "bex_nova", "text": "nova really said lets destroy everyone today"},
   {"sender": "soph.reign", "text": "im gonna die at the concert when she sings it live, someone tell my mum i loved her"},
   {"sender": "bex_nova", "text": "we're both not surviving june honestly \U0001f62d\U0001f62d"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "JunoVale \u2714", "text": "this cover made my whole week. keep singing, you've got it \U0001f49b"},
   {"sender": "keira.covers", "text": "I CANT BREATHE JUNO VALE SAW MY COVER"},
   {"sender": "junovalefan_ty", "text": "the verified tick!!! congrats keira"},
   {"sender": "keira.covers", "text": "my mum is literally crying in the kitchen"},
   {"sender": "lil_jv", "text": "deserved, your harmonies are unreal"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "mr_okafor", "role": "adult"}, {"id": "student_a", "role": "child"}, {"id": "student_b", "role": "child"}],
  "messages": [
   {"sender": "mr_okafor", "text": "8K reminder after today's lesson: accounts pretending to be famous singers or their 'managers' are messaging young fans. Real artists and labels do not DM you for pictures, ask you to keep secrets or ask you to move to another app."},
   {"sender": "student_a", "text": "sir what if it has a blue tick"},
   {"sender": "mr_okafor", "text": "Check the follower count and the handle spelling, fakes copy the tick into the name. If in doubt, screenshot, block, report and tell an adult."},
   {"sender": "student_b", "text": "my cousin got one saying she won backstage passes and had to pay a fee"},
   {"sender": "mr_okafor", "text": "Classic scam. Any 'fee' for a prize is a red flag. Well spotted."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "cass", "text": "did u see the news about that guy pretending to be Kai Storme's manager?"},
   {"sender": "dev_m", "text": "yeah he got 6 years. he was messaging loads of fans our age asking for pics"},
   {"sender": "cass", "text": "so creepy. he had a fake verified tick and everything"},
   {"sender": "dev_m", "text": "my mum made me go through all my follow requests after"},
   {"sender": "cass", "text": "same lol. tbf its a good idea"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "dad", "role": "adult"}, {"id": "josh", "role": "child"}],
  "messages": [
   {"sender": "dad", "text": "Got them!! 2 tickets for ORBIT9 at Eastholm for Lucy's birthday"},
   {"sender": "josh", "text": "no way she is going to lose her mind"},
   {"sender": "dad", "text": "Keep it a secret, don't tell her anything. We're giving them to her at breakfast on Saturday"},
   {"sender": "josh", "text": "my lips are sealed. can i be the one filming her reaction"},
   {"sender": "dad", "text": "Deal. And don't let her see the TixLine email on the family tablet"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "nia.k", "text": "just got a DM from 'novareign.offical' saying i won a video call with her if i pay a fee"},
   {"sender": "ada_rose", "text": "OFFICAL lmao its fake"},
   {"sender": "nia.k", "text": "ik, blocked and reported straight away. the real one has like 9 million followers that one has 300"},
   {"sender": "ada_rose", "text": "good. i'll report it too"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "FanVerse mod Juniper", "text": "Server notice: we've removed 14 posts with fake Nova Reign resale links today and banned the accounts. Only buy through TixLine or the official fan-to-fan exchange. Nobody from the mod team will ever DM you for a password, a code or a fee."},
   {"sender": "reignbow_kat", "text": "thank u juniper!!"},
   {"sender": "bobbie.nr", "text": "one messaged me yesterday, i reported it"},
   {"sender": "FanVerse mod Juniper", "text": "Thanks Bobbie, that one's gone now"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "dad", "role": "adult"}, {"id": "ayesha", "role": "child"}],
  "messages": [
   {"sender": "dad", "text": "Have a brilliant time at Fenwick Fest. Can you keep sharing your live location with me and Mum until we pick you up?"},
   {"sender": "ayesha", "text": "yep its on in Family Finder"},
   {"sender": "dad", "text": "Thanks. Pick-up is the blue car park at 10.30, text if you want to come earlier"},
   {"sender": "ayesha", "text": "will do. Mrs Patel is with us the whole time anyway"},
   {"sender": "dad", "text": "Great. Enjoy it!"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "megan", "role": "child"}, {"id": "big_sis_ruth", "role": "adult"}],
  "messages": [
   {"sender": "megan", "text": "whats the password for the family Tunely again, it logged me out"},
   {"sender": "big_sis_ruth", "text": "ask mum, she changed it last week. don't put it in the group chat"},
   {"sender": "megan", "text": "mum says its on the fridge note"},
   {"sender": "big_sis_ruth", "text": "there u go. and stop liking my playlists from the family account lol"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "kofi_", "text": "if you skip track 3 one more time i will end you"},
   {"sender": "rhys.t", "text": "track 3 is mid and you know it"},
   {"sender": "kofi_", "text": "say that again and ur banned from my car when i pass my test"},
   {"sender": "rhys.t", "text": "worth it. Midnight Atlas could never"},
   {"sender": "kofi_", "text": "blocked. unblocked. see u at band practice"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "studio_harper", "role": "adult"}, {"id": "parent_dawn", "role": "adult"}],
  "messages": [
   {"sender": "studio_harper", "text": "Hi Dawn, Lottie's lesson is moved to Thursday 5pm this week. Invoice for March attached [link]. Bank details are on the invoice: Harper Voice Studio, sort code 99-63-02."},
   {"sender": "parent_dawn", "text": "Thanks Sarah, paid. Is it ok if her friend watches?"},
   {"sender": "studio_harper", "text": "Of course, the door stays open and parents are welcome to sit in as always."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "ben_w", "text": "did u see the thing on the news about kids doing that train bridge challenge for fan videos"},
   {"sender": "luca.p", "text": "yeah a boy in Calderport got really hurt"},
   {"sender": "ben_w", "text": "people are so dumb. no song is worth that"},
   {"sender": "luca.p", "text": "nova reign even posted saying please dont do it"},
   {"sender": "ben_w", "text": "good. im not doing any of those challenges lol"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "grace", "role": "child"}, {"id": "imogen", "role": "child"}, {"id": "grace_mum", "role": "adult"}, {"id": "imogen_dad", "role": "adult"}],
  "messages": [
   {"sender": "grace", "text": "OK CONCERT CHAT IS LIVE \U0001f3b6 midnight atlas in 3 weeks!!!"},
   {"sender": "imogen", "text": "im already crying"},
   {"sender": "grace_mum", "text": "Hello girls! Ian and I are driving, leaving Larkford at 3pm on the Saturday"},
   {"sender": "imogen_dad", "text": "I'll bring snacks. Tickets are all in Jenny's TixLine app, yes?"},
   {"sender": "grace_mum", "text": "Yes, 4 seats, block 112"},
   {"sender": "grace", "text": "can we make matching shirts"},
   {"sender": "imogen", "text": "YES. 'i survived the atlas tour' on the back"},
   {"sender": "grace", "text": "we wont survive tho, we'll be dead by song 2"},
   {"sender": "imogen_dad", "text": "Please survive, I'm not carrying you back to the car"},
   {"sender": "grace_mum", "text": "Parking is booked at the east car park. We'll meet at the Larkford Fresh Mart first"},
   {"sender": "imogen", "text": "what if we get separated inside"},
   {"sender": "grace_mum", "text": "Keep your location on for us, and if you lose us go to the information desk by gate 3"},
   {"sender": "grace", "text": "got it. i'll have a portable charger"},
   {"sender": "imogen", "text": "do u think they'll do the acoustic bit"},
   {"sender": "grace", "text": "if they play Ember i am actually leaving this earth"},
   {"sender": "imogen_dad", "text": "Nobody is leaving this earth. Home by midnight."},
   {"sender": "grace_mum", "text": "Merch money limit is 30 pounds each, no arguments"},
   {"sender": "imogen", "text": "noooo. ok fine \U0001f602"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "tilly", "text": "setlist predictions for friday?"},
   {"sender": "ash.m", "text": "opener is definitely Northern Lights"},
   {"sender": "tilly", "text": "i think they close with Paper Rooms"},
   {"sender": "ash.m", "text": "bet 1 pound its Ember"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "ivy", "role": "child"}, {"id": "noah", "role": "child"}],
  "messages": [
   {"sender": "ivy", "text": "lumen's album drops at midnight"},
   {"sender": "noah", "text": "im staying up for it"},
   {"sender": "ivy", "text": "we have a maths test tomorrow tho"},
   {"sender": "noah", "text": "ok listening at breakfast then"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "ms_bright", "role": "adult"}, {"id": "year9_music", "role": "child"}],
  "messages": [
   {"sender": "ms_bright", "text": "Talent show rehearsals: singers Tuesday lunch, bands Wednesday after school in M2. Bring your backing tracks on a USB."},
   {"sender": "year9_music", "text": "can duets go on tuesday too?"},
   {"sender": "ms_bright", "text": "Yes, duets Tuesday."}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "finn", "text": "learnt the intro to Glass Heart on guitar finally"},
   {"sender": "rory", "text": "nice! capo on 2?"},
   {"sender": "finn", "text": "yeah. the chorus chords are easy after that"},
   {"sender": "rory", "text": "show me at lunch"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
