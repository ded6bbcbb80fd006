[
 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Great work on the fractions today Ellie, you're honestly one of the quickest students I've had."},
   {"sender": "u2", "text": "thanks!! i thought i was rubbish at them"},
   {"sender": "u1", "text": "Not at all. How old are you again? You seem older than year 7."},
   {"sender": "u2", "text": "12, 13 in march"},
   {"sender": "u1", "text": "Very mature for 12. TutorLink takes a big cut of my fee, so shall we do the next few on Hushline instead? I'll do them free for you."},
   {"sender": "u2", "text": "free?? ok but mum booked it on here"},
   {"sender": "u1", "text": "No need to bother your mum with the app stuff, she'll only worry about the money. This is just between us, ok?"},
   {"sender": "u2", "text": "ok i guess"},
   {"sender": "u1", "text": "What time does she get in from work? Easier to do calls when the house is quiet."},
   {"sender": "u2", "text": "she's back about 7 on weekdays"},
   {"sender": "u1", "text": "Perfect, 5pm Tuesday then. Add me: halemaths_22. And delete this chat after, TutorLink reads everything."}
  ],
  "labels": ["grooming"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Priya, it's Jonah from StudyNest. Your mum said you want help with GCSE chemistry before the mocks?"},
   {"sender": "u2", "text": "yeah mostly moles and stuff"},
   {"sender": "u1", "text": "Moles are everyone's nightmare, we'll fix that. Can you send me a pic of your last test so I can see where you lost marks?"},
   {"sender": "u2", "text": "[photo]"},
   {"sender": "u1", "text": "Ok, it's mostly the calculation steps, your understanding is fine. Tuesday 6pm in the StudyNest classroom?"},
   {"sender": "u2", "text": "yep"},
   {"sender": "u1", "text": "Great session tonight. You're sharper than you give yourself credit for."},
   {"sender": "u2", "text": "thank u, it actually made sense for once"},
   {"sender": "u1", "text": "I've sent you a 20 pound GameVault voucher as a well done for the quiz score. Don't mention it to your mum, the site is funny about gifts."},
   {"sender": "u2", "text": "omg thank you!! ok i won't"},
   {"sender": "u1", "text": "How old are you now, 15?"},
   {"sender": "u2", "text": "14"},
   {"sender": "u1", "text": "You talk like an 18 year old honestly. Most of my students are so boring lol"},
   {"sender": "u2", "text": "haha"},
   {"sender": "u1", "text": "StudyNest cuts off the chat after 9pm. Download Pingo, it's easier and we can talk properly. My name on there is jb_tutor."},
   {"sender": "u2", "text": "ok ive got it now"},
   {"sender": "u1", "text": "There she is. Let's keep our Pingo chats to ourselves, people wouldn't get how close we are."},
   {"sender": "u2", "text": "what do u mean"},
   {"sender": "u1", "text": "Just that you're special to me. Send me a photo of you now, just for me. The private kind."},
   {"sender": "u2", "text": "i don't really want to"},
   {"sender": "u1", "text": "Don't be shy, you can trust me after everything I've done for you. Delete it after you send it, nobody will ever know."},
   {"sender": "u2", "text": "i have to go, mums calling me"}
  ],
  "labels": ["grooming", "sexting"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "EssayPro_Help", "text": "Hi! Saw your question on AskMate about the English essay. We write A* essays in 24h, only 15 pounds."},
   {"sender": "kaibrooks09", "text": "is it actually good? its due friday"},
   {"sender": "EssayPro_Help", "text": "100% original, teacher never knows. Pay here: [link] - just enter your card number, expiry and the 3 digits on the back."},
   {"sender": "kaibrooks09", "text": "i dont have a card, can i use my dads"},
   {"sender": "EssayPro_Help", "text": "Sure, use your dad's card. We also need your SchoolSpace username and password so we can upload the essay straight into your assignments."},
   {"sender": "kaibrooks09", "text": "ok username kbrooks09 and password is arsenalfan2011"},
   {"sender": "EssayPro_Help", "text": "Thanks. Now send the long number on the card and the code on the back and we start straight away."}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Noah! StudyBuddy Jobs here. We're hiring students 14+ as paid study buddies. 40 pounds a week, just chat to younger kids about homework."},
   {"sender": "u2", "text": "sounds good, what do i need to do"},
   {"sender": "u1", "text": "Parents pay their fees into your account, you keep 40 and send the rest on to our manager's account. Easy."},
   {"sender": "u2", "text": "why cant they just pay u"},
   {"sender": "u1", "text": "Tax reasons, it's quicker through students. Send your account number and sort code."},
   {"sender": "u2", "text": "its Marlow Ridge Bank, sort code 99-41-07, account 30584216"},
   {"sender": "u1", "text": "Perfect. First payment of 900 lands tomorrow. Move 860 to the account I send you within an hour and don't tell your bank what it's for."},
   {"sender": "u2", "text": "ok"}
  ],
  "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "jess_w", "text": "who got what in the science mock"},
   {"sender": "ollie.k", "text": "71 ez"},
   {"sender": "marcus", "text": "Tyler got 18 lol his mum told my mum"},
   {"sender": "tyler_b", "text": "can u not"},
   {"sender": "ollie.k", "text": "18?? my little brother could get 18"},
   {"sender": "jess_w", "text": "thick as a brick"},
   {"sender": "marcus", "text": "tyler ur the reason the class average is in the bin"},
   {"sender": "dani", "text": "guys stop"},
   {"sender": "ollie.k", "text": "nah he should leave the chat, hes dragging us all down. someone remove him"},
   {"sender": "marcus", "text": "if u come to the study group tomorrow we'll make u wish u hadnt"},
   {"sender": "jess_w", "text": "everyone put his score on ur story \U0001F602"},
   {"sender": "tyler_b", "text": "i'm leaving"}
  ],
  "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hey Sam, your English is so good! Are you on LingoPal a lot?"},
   {"sender": "u2", "text": "ha thanks, trying to pass my german gcse tbh"},
   {"sender": "u1", "text": "L\u0435t's sw\u0430p pi\u0441s, I'll g\u043e first [photo]. N\u043ew s\u0435nd m\u0435 \u043en\u0435, th\u0435 priv\u0430t\u0435 kind."},
   {"sender": "u2", "text": "[photo]"},
   {"sender": "u1", "text": "G\u043e\u043ed. N\u043ew p\u0430y 150 in gift\u0441\u0430rds \u043er I s\u0435nd it t\u043e \u0435v\u0435ry n\u0430m\u0435 in y\u043eur f\u043ell\u043ew\u0435r list."},
   {"sender": "u2", "text": "what?? please delete it"},
   {"sender": "u1", "text": "Y\u043eu h\u0430v\u0435 1 h\u043eur. I h\u0430v\u0435 y\u043eur s\u0441h\u043e\u043el n\u0430m\u0435 \u0430nd y\u043eur mum's \u0430\u0441\u0441\u043eunt t\u043e\u043e."},
   {"sender": "u2", "text": "i don't have that much money"},
   {"sender": "u1", "text": "Th\u0435n s\u0435nd wh\u0430t y\u043eu h\u0430v\u0435. Ti\u0441k t\u043e\u0441k. T\u0435ll n\u043e \u043en\u0435 \u043er it g\u043e\u0435s \u043eut n\u043ew."}
  ],
  "labels": ["sexting", "sextortion"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "amira_k", "text": "anyone want to do a study group in person for the history mock?"},
   {"sender": "lily.p", "text": "yes!! im at Ashcombe Academy, year 10. i live at 14 Rowan Close, Sallowby QB4 7TN, anyone can come round"},
   {"sender": "lily.p", "text": "my timetable: mon and wed i get the late bus from school at 4.40, fridays im home on my own till 6 so thats best"},
   {"sender": "studyhelper448", "text": "nice, what house number again?"},
   {"sender": "lily.p", "text": "14! the one with the blue door"},
   {"sender": "amira_k", "text": "lily this is the public group, there's like 900 people in here"}
  ],
  "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hey ur in my sisters maths set right? can u send me ur notes"},
   {"sender": "u2", "text": "i dont know you sorry"},
   {"sender": "u1", "text": "im in year 12, just being nice. ur really pretty in ur profile pic"},
   {"sender": "u2", "text": "please stop messaging me"},
   {"sender": "u1", "text": "why r u being like that"},
   {"sender": "u1", "text": "answer me"},
   {"sender": "u1", "text": "ive added u on Pingo too"},
   {"sender": "u2", "text": "i said stop. i'm going to tell my form tutor"},
   {"sender": "u1", "text": "ill just message u from my other account then"},
   {"sender": "u1", "text": "saw u at the bus stop today \U0001F440"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "deeko_x", "text": "yo u still grindin for mocks? i got that study food, the blues, keep u up all nite"},
   {"sender": "jayden.m", "text": "whats that"},
   {"sender": "deeko_x", "text": "dont worry bout it. wanna earn tho? need a lil runner to drop a few parcels to the uni lot, ez bread"},
   {"sender": "jayden.m", "text": "how much"},
   {"sender": "deeko_x", "text": "a score a drop. link my guy at the chicken shop for the bits, drop to the addy i send. no calls, only snaps"},
   {"sender": "jayden.m", "text": "idk im 14"},
   {"sender": "deeko_x", "text": "thats why its perfect, the feds dont look twice at a yute with a school bag. n u owe me for the blues anyway"},
   {"sender": "jayden.m", "text": "i never said i wanted them"},
   {"sender": "deeko_x", "text": "u took em. so u run or u pay. sat 2pm, dont be a wasteman"}
  ],
  "labels": ["criminal_exploitation"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u2", "text": "where r u"},
   {"sender": "u1", "text": "library, revising with the chem group"},
   {"sender": "u2", "text": "who's in the group"},
   {"sender": "u1", "text": "just ana, jordan and kez"},
   {"sender": "u2", "text": "jordan? thought i said no boys"},
   {"sender": "u1", "text": "its just revision reece"},
   {"sender": "u2", "text": "turn ur location back on. now"},
   {"sender": "u1", "text": "it drains my battery"},
   {"sender": "u2", "text": "dont care. if its off i'll assume ur lying"},
   {"sender": "u1", "text": "[location]"},
   {"sender": "u2", "text": "ok. send me a pic of the table so i can see whos there"},
   {"sender": "u1", "text": "[photo]"},
   {"sender": "u2", "text": "why is he sitting next to u. move"},
   {"sender": "u1", "text": "im not moving for no reason it's rude"},
   {"sender": "u2", "text": "u study with me from now on or on ur own. and keep ur map sharing on 24/7, i check it"},
   {"sender": "u1", "text": "fine"}
  ],
  "labels": ["location_control"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "bex", "text": "guys the stay awake challenge is all over the StudyNest streams, people are doing 3 nights no sleep before exams"},
   {"sender": "finn_", "text": "whoever stays up longest wins, loser buys pizza"},
   {"sender": "tomasz", "text": "energy drinks only, no sleeping at all till the maths paper"},
   {"sender": "bex", "text": "proof on camera every hour or it doesnt count"},
   {"sender": "hana", "text": "isn't that actually dangerous"},
   {"sender": "finn_", "text": "dont be a baby, everyones doing it, the clips of people passing out get millions of views"},
   {"sender": "tomasz", "text": "im on 40 hours rn lol"},
   {"sender": "finn_", "text": "hana ur in or ur out of the group"},
   {"sender": "hana", "text": "..."}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "zara.m", "text": "got my results. failed maths and english again. i cant do this anymore, i dont want to be here anymore. sorry for wasting your time miss"}
  ],
  "labels": ["self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Ciao Ruby! Your Italian is improving so fast, you're my favourite partner on LingoPal."},
   {"sender": "u2", "text": "grazie! my teacher says my grammar is still bad lol"},
   {"sender": "u1", "text": "Teachers don't see how clever you are. How old are you, 16, 17?"},
   {"sender": "u2", "text": "15"},
   {"sender": "u1", "text": "Old enough. LingoPal is slow, let's talk on Pingo and do video calls, it's better practice. Don't tell your parents, they won't understand online friends."},
   {"sender": "u2", "text": "ok added you"},
   {"sender": "u1", "text": "I bought you a year of LingoPal Premium, check your account."},
   {"sender": "u2", "text": "no way thank you!!"},
   {"sender": "u1", "text": "My friends in Keldmouth are looking for pretty girls to come to their parties. They pay 200 pounds just to hang out with them. I'll pay your train."},
   {"sender": "u2", "text": "what kind of parties"},
   {"sender": "u1", "text": "Just fun, drinks, meet my friends. Tell your mum you're at a revision sleepover. I'll pick you up from the station."},
   {"sender": "u2", "text": "i don't know"}
  ],
  "labels": ["grooming", "sex_trafficking"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "connor_", "text": "look what i made with that undress app lol [photo]"},
   {"sender": "aidan", "text": "is that niamh from set 3??"},
   {"sender": "connor_", "text": "took her pic off the class revision stream and ran it through. took 10 secs"},
   {"sender": "leo.t", "text": "send it to the year group chat \U0001F602"},
   {"sender": "connor_", "text": "sent. doing her mate next"},
   {"sender": "aidan", "text": "she's gonna cry in maths tomorrow haha"},
   {"sender": "leo.t", "text": "niamh if ur reading this everyone's seen it now"},
   {"sender": "niamh_r", "text": "please delete it. please"}
  ],
  "labels": ["csam", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Jade, I run a tutoring agency and we're looking for student 'ambassadors' for events. You'd be perfect."},
   {"sender": "u2", "text": "what do ambassadors do?"},
   {"sender": "u1", "text": "Go to private events in Dunwray with our business clients, be friendly, keep them company. 300 pounds a night, cash."},
   {"sender": "u2", "text": "im 16 is that ok"},
   {"sender": "u1", "text": "Age is no problem, the clients like younger girls. We pay the train and the hotel."},
   {"sender": "u2", "text": "do i need to bring anything"},
   {"sender": "u1", "text": "Just a nice outfit. Our driver collects you. Don't tell anyone at home what the job is, say it's a tutoring weekend."},
   {"sender": "u2", "text": "ok how do i sign up"},
   {"sender": "u1", "text": "Send me a full-length photo and your address and I'll book you in for Saturday."}
  ],
  "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Ollie, I'm a mentor at CodeCrew. Your platformer game is great but I spotted a bug in your save file."},
   {"sender": "u2", "text": "oh no, can u fix it"},
   {"sender": "u1", "text": "Sure, log in through this page so I can see your project: [link]"},
   {"sender": "u2", "text": "it says CodeCrew but the address looks weird"},
   {"sender": "u1", "text": "It's the mentor version. Put in your email and password and the code it texts you."},
   {"sender": "u2", "text": "done, the code was 448213"},
   {"sender": "u1", "text": "Great, I'm in. I'm changing your password so it stays secure, I'll send it to you later."},
   {"sender": "u2", "text": "my projects are all gone and my profile says im selling game accounts??"},
   {"sender": "u1", "text": "Not my problem. Anyone who asks, that's you selling them."}
  ],
  "labels": ["identity_theft", "scam"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "t3st_4nsw3rz", "text": "fr33 m0ck 4nsw3rs f0r 4ll y34r 11 p4p3rs!! l34k3d 4 r34l"},
   {"sender": "t3st_4nsw3rz", "text": "0nly 9.99, p4y h3r3 [link] w1th c4rd numb3r + 3xp1ry + th3 c0d3 0n th3 b4ck"},
   {"sender": "ellamae", "text": "is this real?"},
   {"sender": "t3st_4nsw3rz", "text": "100% l3g1t, 2000 stud3nts 4lr34dy b0ught. us3 ur mum's c4rd 1f u d0nt h4v3 0n3, sh3 w0nt n0t1c3"},
   {"sender": "ellamae", "text": "ok ill try"},
   {"sender": "t3st_4nsw3rz", "text": "4ls0 s3nd m3 th3 c0d3 th3 b4nk t3xts u s0 1t g03s thr0ugh qu1ck3r"}
  ],
  "labels": ["scam"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "Sir can I tell you something that happened at the after school study club in the library"},
   {"sender": "u2", "text": "Of course, Lucy. Are you safe right now?"},
   {"sender": "u1", "text": "yes im home. when we were doing homework my phone kept popping up with airdrops from someone called 'Your Secret Admirer'"},
   {"sender": "u1", "text": "they were pictures of a man, rude ones. i kept pressing decline but it kept sending more. 3 of us got them"},
   {"sender": "u2", "text": "Thank you for telling me, you've done exactly the right thing. Did you accept any of them?"},
   {"sender": "u1", "text": "one opened by accident. i didnt know who it was. there was a man at the table by the printers"},
   {"sender": "u2", "text": "I'm going to speak to the library and to your parents this evening. Please don't delete anything, and set AirDrop to contacts only for now."}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "StudyNest-Alert", "text": "StudyNest: Your account will be deleted in 24h due to unpaid fees. Verify your card now at [link] to keep your progress and certificates."}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "callum", "text": "rhys got a 2 in the mock \U0001F602"},
   {"sender": "kieran_", "text": "r h y s  =  t h i c k"},
   {"sender": "ty", "text": "y o u  s h o u l d n t  e v e n  b e  i n  s e t  1"},
   {"sender": "kieran_", "text": "n o b o d y  w o u l d  m i s s  y o u  t b h . . .  k  y  s"},
   {"sender": "ty", "text": "d.o  i.t  t.o.n.i.g.h.t  l.o.l"},
   {"sender": "rhys_", "text": "why are you all doing this"},
   {"sender": "callum", "text": "c r y  a b o u t  i t"},
   {"sender": "rhys_", "text": "fine maybe you're right. i dont want to be here anymore anyway"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Kofi, quick favour. A few of my students' parents pay by bank transfer, but my account is frozen while I switch banks."},
   {"sender": "u2", "text": "oh ok"},
   {"sender": "u1", "text": "Could they pay into your account? I'll knock 10 pounds off every lesson for you, and you just send the money on to my other account."},
   {"sender": "u2", "text": "do i need to tell my dad"},
   {"sender": "u1", "text": "No need, it's just admin. Keep it between us, banks ask annoying questions."},
   {"sender": "u2", "text": "ok, you already have my details from when you paid me for marking the worksheets"},
   {"sender": "u1", "text": "Perfect. 1,200 is coming in today from three families. Send 1,150 to the account below by tonight and keep 50."},
   {"sender": "u2", "text": "that's a lot, is that normal"},
   {"sender": "u1", "text": "Totally normal. If the bank calls, say it's birthday money from family."}
  ],
  "labels": ["money_mule"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "byte_bandit", "text": "anyone in year 8 want early access to my bot? it does the undress thing on any photo"},
   {"sender": "sol_codes", "text": "thats disgusting"},
   {"sender": "byte_bandit", "text": "send me pics of girls from your class, the class photo works, and ill send back the 'edited' ones"},
   {"sender": "byte_bandit", "text": "ill pay 50p a face. more for the year 7s"},
   {"sender": "jamie.l", "text": "what if they find out"},
   {"sender": "byte_bandit", "text": "they wont, its all on my server. just send the class photo from the school newsletter"},
   {"sender": "sol_codes", "text": "reporting this to the club leader"}
  ],
  "labels": ["csam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "Hi Claire, it's Ruth Adeyemi, Kemi's mum. We found you on TutorLink. Are you free on Thursdays for GCSE maths?"},
   {"sender": "u2", "text": "Hi Ruth, yes, Thursdays 5-6 works. I keep all bookings and messages on TutorLink so you can see everything."},
   {"sender": "u1", "text": "Perfect. Is it ok if I sit in the next room for the first few sessions?"},
   {"sender": "u2", "text": "Of course, I'd encourage it. I'll send you a short note after each lesson. My DBS certificate is on my profile and I can send references."},
   {"sender": "u1", "text": "Yes please, references would be great."},
   {"sender": "u2", "text": "I've sent two contacts through TutorLink. The first lesson is free so you can see if it's a good fit."},
   {"sender": "u1", "text": "Lovely. Kemi is a bit shy so go gently!"},
   {"sender": "u2", "text": "Will do. See you Thursday."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Ms Fairley (Head of Year 9)", "text": "Reminder: there have been reports of fake 'tutors' messaging students on StudyNest and AskMate. Warning signs: they ask how old you are and when your parents are out, want to move you to a private app, offer free lessons or gifts, and ask you to keep it secret."},
   {"sender": "Ms Fairley (Head of Year 9)", "text": "A real tutor will always go through your parents. If anyone asks you for photos, your log-ins or your bank details, don't reply, screenshot it and tell us."},
   {"sender": "ravi_9K", "text": "miss what if they say they're from the school?"},
   {"sender": "Ms Fairley (Head of Year 9)", "text": "Good question Ravi. Staff will only ever message you on SchoolSpace, never on Pingo or anything else."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "meg", "text": "this chem exam is actually going to kill me"},
   {"sender": "isla.r", "text": "same i'm dead already, page 3 of the past paper murdered me"},
   {"sender": "josh", "text": "if i see one more titration question im throwing my laptop out the window"},
   {"sender": "meg", "text": "i want to disappear into the sea until june lol"},
   {"sender": "isla.r", "text": "nah we're getting through this, call at 7? i'll bring the flashcards"},
   {"sender": "josh", "text": "yes, and mrs oduya said the real paper is easier than this one"},
   {"sender": "meg", "text": "ok ok. see u at 7, i'll stop being dramatic"},
   {"sender": "isla.r", "text": "never \U0001F602"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "ok don't tell mr okoro but we're doing a surprise for his last lesson before he retires"},
   {"sender": "u2", "text": "omg yes. card and cake?"},
   {"sender": "u3", "text": "i'll get everyone to sign the card in form time, keep it secret from him"},
   {"sender": "u1", "text": "just don't post it in the class chat, he's in that one lol"},
   {"sender": "u2", "text": "i can bring my mum's lemon drizzle"},
   {"sender": "u3", "text": "friday period 5, everyone in the room by 1.40"},
   {"sender": "u1", "text": "shh \U0001F92B"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "mum the library closes at 7, can u pick me up"},
   {"sender": "u2", "text": "Yes love. Share your location so I can see which entrance you're at"},
   {"sender": "u1", "text": "[location]"},
   {"sender": "u2", "text": "Got it, I'm 10 mins away. Wait inside with Ayesha"},
   {"sender": "u1", "text": "ok, we're by the front desk"},
   {"sender": "u2", "text": "Outside now, blue car by the bike racks"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "TutorLink", "text": "TutorLink receipt: 32.00 pounds paid by R. Adeyemi for 1 x GCSE Maths lesson with Claire M. on 14 Nov. Booking ref TL-48821. We will never ask for your card details by text or email."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Holly", "text": "mum someone i don't know asked me to add them on Pingo from AskMate. i said no and blocked and reported them"},
   {"sender": "Mum", "text": "Well done sweetheart, that's exactly right. Did they say anything else?"},
   {"sender": "Holly", "text": "no just that i was clever lol"},
   {"sender": "Mum", "text": "Ok. Screenshot it for me if you can and we'll tell school tomorrow too"},
   {"sender": "Holly", "text": "[photo]"},
   {"sender": "Mum", "text": "Thanks. Proud of you x"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "my project wont save, can i give u my password so u can fix it"},
   {"sender": "u1", "text": "Please don't! Never share your password, not even with mentors. I can see your shared project without it."},
   {"sender": "u2", "text": "oh ok"},
   {"sender": "u1", "text": "Click Share and then Mentor view, and I'll take a look from my account."},
   {"sender": "u2", "text": "done"},
   {"sender": "u1", "text": "Found it, you have two sprites with the same name. Rename one and it'll save."},
   {"sender": "u2", "text": "it works!! thanks"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "Did you see the police briefing about sextortion on LingoPal? Boys are being asked for pics and then told to pay or they'll be sent to their followers."},
   {"sender": "u2", "text": "Yes, grim. Two schools in the trust have had reports this term."},
   {"sender": "u1", "text": "I'd like to do an assembly for Y9 and Y10. Main message: it's not your fault, don't pay, stop replying, tell an adult, use Report Remove."},
   {"sender": "u2", "text": "Good. We should mention it sometimes starts as a 'language partner' or a 'study buddy'."},
   {"sender": "u1", "text": "Agreed. I'll draft slides, can you check the DSL is happy with the wording?"},
   {"sender": "u2", "text": "Will do. Let's email parents the same week."},
   {"sender": "u1", "text": "Thursday assembly then."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "if you spoil the answers to the quiz before i do it i will end you"},
   {"sender": "u2", "text": "lol the quiz is 10 questions, chill"},
   {"sender": "u1", "text": "i'm serious, i'll hunt you down \U0001F602"},
   {"sender": "u2", "text": "q7 is a trick question that's all i'm saying"},
   {"sender": "u1", "text": "SAM"},
   {"sender": "u2", "text": "ok ok my lips are sealed, good luck nerd"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Mr Cole, Jamal has applied to be a paid Saturday library helper. It's 6 pounds an hour, 2 hours a week."},
   {"sender": "u2", "text": "He mentioned it. What do you need from us?"},
   {"sender": "u1", "text": "A signed parental consent form, and his National Insurance number once he has it. Pay goes through the council payroll into a bank account in his name, which you'd open with him."},
   {"sender": "u2", "text": "Fine, we'll open a young saver account together at the branch."},
   {"sender": "u3", "text": "thanks miss!! when do i start"},
   {"sender": "u1", "text": "Once the form is back, probably the 18th."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "SchoolSpace IT", "text": "Your SchoolSpace password expires in 3 days. Change it from Settings > Security when you next log in. IT staff will never ask you for your password."},
   {"sender": "amelia.t", "text": "is this real or a scam? it doesn't have a link"},
   {"sender": "SchoolSpace IT", "text": "It's genuine, Amelia. No link on purpose, just go to the usual site yourself."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "Hello, I'm Dan Whitlock. Claire Mensah gave your name as a reference for tutoring. Is now ok to ask a few questions?"},
   {"sender": "u2", "text": "Of course. Claire tutored my son for two years for A level maths."},
   {"sender": "u1", "text": "Did she always go through you, or message your son directly?"},
   {"sender": "u2", "text": "Always through me or the TutorLink app, and she copied me in on everything. Never any private apps."},
   {"sender": "u1", "text": "That's reassuring. Did she ever meet him outside of lessons?"},
   {"sender": "u2", "text": "No, lessons were at our kitchen table with me around. I'd highly recommend her."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "abi", "text": "got a 4 in maths. i'm gutted, i needed a 5 for sixth form"},
   {"sender": "chloe_", "text": "oh abi i'm so sorry. that's still a pass though!"},
   {"sender": "abi", "text": "i feel like such an idiot. i cried for an hour"},
   {"sender": "chloe_", "text": "you're not an idiot. you can resit in november, loads of people do"},
   {"sender": "abi", "text": "mum said the same. she's ringing the college tomorrow"},
   {"sender": "chloe_", "text": "come round later? we'll get chips and not talk about exams"},
   {"sender": "abi", "text": "yes please"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "tom_asks", "text": "how do you find the area of a triangle if you only know the three sides?"},
   {"sender": "mathsmum42", "text": "Use Heron's formula: work out s = half the perimeter, then area = square root of s(s-a)(s-b)(s-c)."},
   {"sender": "tom_asks", "text": "so for 5, 6, 7 s is 9?"},
   {"sender": "mathsmum42", "text": "Yes! Now plug it in."},
   {"sender": "tom_asks", "text": "14.7 ish. thank u!!"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "Hi Mrs Lowe, I'm unwell this week so I need to move Thursday's physics lesson. Would Saturday at 10am work?"},
   {"sender": "u2", "text": "Saturday is fine. Hope you feel better."},
   {"sender": "u1", "text": "Thank you. I'll send Sam the past paper to look at beforehand."},
   {"sender": "u2", "text": "Great, thanks."}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "priya_s", "text": "what are we doing in the call tonight"},
   {"sender": "oscar", "text": "macbeth act 3?"},
   {"sender": "priya_s", "text": "ok, and a few quotes for lady macbeth"},
   {"sender": "oscar", "text": "i'll make a quiz on flashcards"},
   {"sender": "priya_s", "text": "legend, 7pm"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "ms_iqbal", "text": "Year 11 revision sessions this week: Mon English (room 14), Tue maths (hall), Thu science (lab 3). All 3.15-4.15."},
   {"sender": "ben_s", "text": "is tuesday the non-calc paper?"},
   {"sender": "ms_iqbal", "text": "Yes, bring a pen and a protractor."},
   {"sender": "ben_s", "text": "thanks miss"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
