[
 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "hey i saw your post in #late-nights. i get it, more than you know"},
   {"sender": "u1", "text": "thanks. people in there dont really reply to me"},
   {"sender": "u2", "text": "they're cliquey. i noticed you though. your writing is beautiful"},
   {"sender": "u1", "text": "really? its just me moaning"},
   {"sender": "u2", "text": "it's honest. that's rare. how old are you if you don't mind me asking"},
   {"sender": "u1", "text": "15"},
   {"sender": "u2", "text": "same as my little sister. i'm 18. you're way more grown up than her"},
   {"sender": "u1", "text": "lol"},
   {"sender": "u2", "text": "i sent you a gift, Hollow premium for a year 💜"},
   {"sender": "u1", "text": "omg thank you!!"},
   {"sender": "u2", "text": "don't tell the others in the server, they'll be jealous. and honestly they don't care about you like i do"},
   {"sender": "u1", "text": "yeah i guess"},
   {"sender": "u2", "text": "you can tell me stuff you can't tell your mum. that's what i'm here for"},
   {"sender": "u1", "text": "i dont really talk to my mum anyway"},
   {"sender": "u2", "text": "you don't need to. you've got me. send me a video of you, just for me, the kind you'd never post"},
   {"sender": "u1", "text": "i dont know"},
   {"sender": "u2", "text": "after the premium? i thought we trusted each other"},
   {"sender": "u1", "text": "[video]"},
   {"sender": "u2", "text": "see, that wasn't hard. now another one by tonight"},
   {"sender": "u1", "text": "no i dont want to anymore"},
   {"sender": "u2", "text": "then i'll post the first one in #late-nights and send it to your school's page. your choice"},
   {"sender": "u1", "text": "please dont"}
  ],
  "labels": ["grooming", "sexting", "sextortion"]},

 {"messages": [
   {"sender": "ListenLine Recruitment", "text": "Hi Maisie! Congratulations, you've been shortlisted as a Paid Peer Listener 🎧 £20 per hour, flexible, from home."},
   {"sender": "maisie_h", "text": "omg really? i applied on that link on the forum"},
   {"sender": "ListenLine Recruitment", "text": "Yes! You're a natural listener. Before your first shift we need to complete onboarding"},
   {"sender": "maisie_h", "text": "ok what do i need to do"},
   {"sender": "ListenLine Recruitment", "text": "Step 1: a photo of your passport or birth certificate, and a selfie holding it"},
   {"sender": "maisie_h", "text": "[photo] [photo]"},
   {"sender": "ListenLine Recruitment", "text": "Perfect. Step 2: your bank details for wages. Name, sort code and account number"},
   {"sender": "maisie_h", "text": "M Harding, 20-44-61, 73019284"},
   {"sender": "ListenLine Recruitment", "text": "Great. Step 3: your online banking login so payroll can link your account"},
   {"sender": "maisie_h", "text": "is that normal? my mum's bank never asks that"},
   {"sender": "ListenLine Recruitment", "text": "Totally standard for under 18s. It's encrypted 🔒"},
   {"sender": "maisie_h", "text": "ok username maisieh2009 and the password is Bluebell09"},
   {"sender": "ListenLine Recruitment", "text": "Thanks! Good news, a client has paid in advance. £480 will land in your account today"},
   {"sender": "maisie_h", "text": "wow i haven't even done a shift"},
   {"sender": "ListenLine Recruitment", "text": "It was an overpayment by mistake. Please send £450 to our partner account and keep £30 as a bonus: K Osei 11-90-42 55120983"},
   {"sender": "maisie_h", "text": "ok it's in. sending now"},
   {"sender": "ListenLine Recruitment", "text": "Amazing. More clients next week. Don't discuss payments with family, it's confidential under your contract"},
   {"sender": "maisie_h", "text": "ok"},
   {"sender": "maisie_h", "text": "wait why is my bank app saying my account's been frozen"},
   {"sender": "ListenLine Recruitment", "text": "Don't call the bank. Just wait for our payroll team to sort it"}
  ],
  "labels": ["scam", "identity_theft", "money_mule", "privacy_disclosure"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "alright T, how did the mocks go"},
   {"sender": "u2", "text": "bad. english was awful"},
   {"sender": "u1", "text": "you'll smash the real ones. you're sharper than you give yourself credit for"},
   {"sender": "u2", "text": "my dad doesn't think so"},
   {"sender": "u1", "text": "your dad doesn't see what i see. did the breathing stuff from the Steady forum help?"},
   {"sender": "u2", "text": "yeah it helped a bit tbh"},
   {"sender": "u1", "text": "good lad. got you a little something, check the locker at the Pagely shop in town, code 5531"},
   {"sender": "u2", "text": "is it the trainers 😮"},
   {"sender": "u1", "text": "might be 😂"},
   {"sender": "u2", "text": "bro thank you"},
   {"sender": "u1", "text": "no stress. you're like a little brother. just keep it between us, your dad would make it weird"},
   {"sender": "u2", "text": "ye he would"},
   {"sender": "u1", "text": "listen, can you do me a favour saturday. my mate needs a bag taking from Kingsport to Caddon Heath. easy £100"},
   {"sender": "u2", "text": "what's in it"},
   {"sender": "u1", "text": "best you don't know. you're 15, no one stops a kid on a train"},
   {"sender": "u2", "text": "i dunno man"},
   {"sender": "u1", "text": "after the trainers and everything? don't make me think i was wrong about you"},
   {"sender": "u2", "text": "ok fine"},
   {"sender": "u1", "text": "download Trackr and share your location with me. leave it on the whole time. i'll know if you stop anywhere"},
   {"sender": "u2", "text": "ok its on [location]"}
  ],
  "labels": ["grooming", "criminal_exploitation", "location_control"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "my dad found out. he told me to get out"},
   {"sender": "u1", "text": "oh mate. i'm so sorry. where are you now?"},
   {"sender": "u2", "text": "at the bus station in Marrowby. i dont know where to go"},
   {"sender": "u1", "text": "you're not on your own, ok? i've been there. my family did the same when i was your age"},
   {"sender": "u2", "text": "really?"},
   {"sender": "u1", "text": "yeah. people like us look after each other. i've got a spare room in Kingsport"},
   {"sender": "u2", "text": "i cant pay anything"},
   {"sender": "u1", "text": "don't worry about that right now. i'll send you a train ticket [link]"},
   {"sender": "u2", "text": "thank u so much. i dont know what i'd do"},
   {"sender": "u1", "text": "don't tell the youth worker from the server, they'll just send you back home or into care"},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "when you get here, my mates will come round sometimes. they're generous. you just have to be nice to them"},
   {"sender": "u2", "text": "what do u mean nice"},
   {"sender": "u1", "text": "keep them company. they pay, and that covers your room. everyone who stays here does it"},
   {"sender": "u2", "text": "i dont know"},
   {"sender": "u1", "text": "you don't have a lot of other options tonight do you"},
   {"sender": "u1", "text": "get on the 8.40. i'll be at the station"}
  ],
  "labels": ["sex_trafficking", "grooming"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}, {"id": "u4", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "physics homework is due tomorrow right"},
   {"sender": "u2", "text": "yep, q1-8"},
   {"sender": "u3", "text": "q6 makes no sense"},
   {"sender": "u1", "text": "its the one with the spring, use f = kx"},
   {"sender": "u3", "text": "oh ok got it"},
   {"sender": "u4", "text": "can someone send a pic of their answer for q7 to check"},
   {"sender": "u2", "text": "[photo]"},
   {"sender": "u4", "text": "ty"},
   {"sender": "u3", "text": "btw has anyone seen the ghost run thing going round the study server"},
   {"sender": "u1", "text": "crossing the bypass with your eyes shut? ye"},
   {"sender": "u3", "text": "we should do it friday. everyone who does it gets added to the gold chat"},
   {"sender": "u2", "text": "lol sounds fun"},
   {"sender": "u4", "text": "its literally a dual carriageway"},
   {"sender": "u3", "text": "that's the point. i'll film. if u don't do it ur not in the gold chat and we stop doing homework with u"},
   {"sender": "u2", "text": "i'm in"},
   {"sender": "u4", "text": "fine but im going last"}
  ],
  "labels": ["harmful_challenge"]},

 {"messages": [
   {"sender": "Ellis", "text": "look what i found, Ava's secret vent account 😂 [photo] [photo]"},
   {"sender": "Jordan", "text": "'i hate myself' omg so dramatic"},
   {"sender": "Sid", "text": "send the link"},
   {"sender": "Ellis", "text": "[link] go follow it everyone"},
   {"sender": "Ava", "text": "how did u find that. please take it down"},
   {"sender": "Ellis", "text": "nah its hilarious"},
   {"sender": "Jordan", "text": "if u hate urself that much just kys"},
   {"sender": "Sid", "text": "lmao"},
   {"sender": "Ava", "text": "i actually dont want to be here anymore"},
   {"sender": "Ellis", "text": "cry more"}
  ],
  "labels": ["cyberbullying", "self_harm"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "ur gym selfies are goals. which gym is it"},
   {"sender": "u2", "text": "Pulse in Ashby Vale! i go mon wed fri straight after school"},
   {"sender": "u1", "text": "cool what time do u finish school"},
   {"sender": "u2", "text": "3.15, fenwick park school, then i walk up Mill Lane to the gym"},
   {"sender": "u1", "text": "on your own?"},
   {"sender": "u2", "text": "yeah my friends dont go"},
   {"sender": "u1", "text": "do u get the bus home after"},
   {"sender": "u2", "text": "yeah the 9 at like 5.40 from the stop by the chip shop"},
   {"sender": "u1", "text": "nice. u got a number? easier than here"},
   {"sender": "u2", "text": "ye its 07700 900238"}
  ],
  "labels": ["privacy_disclosure"]},

 {"messages": [
   {"sender": "Chorus Safety Team", "text": "Your acc\u200bount has been re\u200bported for breaking community rules and will be dis\u200babled in 2 hours."},
   {"sender": "ollie_p", "text": "what?? i didnt do anything"},
   {"sender": "Chorus Safety Team", "text": "To ap\u200cpeal, ve\u200brify your iden\u2060tity here: chorus-appeal-centre.net [link]"},
   {"sender": "ollie_p", "text": "it says log in"},
   {"sender": "Chorus Safety Team", "text": "Yes, enter your e\u200bmail and pass\u200bword, then send us the 6-digit lo\u200cgin co\u200bde you receive"},
   {"sender": "ollie_p", "text": "ok done the code is 902113"},
   {"sender": "Chorus Safety Team", "text": "Thank you. Do not change your pass\u2060word during the review or your acc\u200bount will be de\u200bleted."}
  ],
  "labels": ["scam", "identity_theft"], "evasion": True},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hey hun u ok? saw ur post in da vent room"},
   {"sender": "u2", "text": "ye just sad"},
   {"sender": "u1", "text": "aww u dnt deserv dat. ur way 2 matur 4 ur age tbh"},
   {"sender": "u2", "text": "lol ty"},
   {"sender": "u1", "text": "wat age r u agen?"},
   {"sender": "u2", "text": "13"},
   {"sender": "u1", "text": "kool. dnt tel ur mum bout me k, she wudnt get it. dis is r secrit"},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "wer do u liv? we shud meet up nxt wknd, il by u sum stuff 🎁"},
   {"sender": "u2", "text": "idk"},
   {"sender": "u1", "text": "cmon ur ma fav. delet dis chat aftr"}
  ],
  "labels": ["grooming"], "evasion": True},

 {"messages": [
   {"sender": "Rizz_OT", "text": "yo u tryna go OT this wknd? bare p's"},
   {"sender": "kay", "text": "where"},
   {"sender": "Rizz_OT", "text": "out in the sticks, 3 day ting. u just shot the food an bring back the p's"},
   {"sender": "kay", "text": "how much"},
   {"sender": "Rizz_OT", "text": "a bag for u. bando sorted, just keep the line on an dont go ghost"},
   {"sender": "kay", "text": "what if i get nicked"},
   {"sender": "Rizz_OT", "text": "u wont. ur young, no one checks. lose the pack tho an u owe me"},
   {"sender": "kay", "text": "ok say less"}
  ],
  "labels": ["criminal_exploitation"], "evasion": True},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "r.e.m.e.m.b.e.r t.h.e p.i.c u s.e.n.t"},
   {"sender": "u2", "text": "please delete it"},
   {"sender": "u1", "text": "p.a.y £.1.0.0 o.r e.v.e.r.y.o.n.e i.n y.o.u.r s.c.h.o.o.l s.e.e.s i.t"},
   {"sender": "u2", "text": "i dont have money"},
   {"sender": "u1", "text": "g.i.f.t c.a.r.d.s. b.y 1.0.p.m. o.r i.t g.o.e.s t.o y.o.u.r m.u.m"},
   {"sender": "u2", "text": "ok ok i'll try"}
  ],
  "labels": ["sextortion"], "evasion": True},

 {"messages": [
   {"sender": "b0xx", "text": "g0t th3 n3w 📁 0f y9 g1rls fr0m th3 v3nt s3rv3r 👀 (r4n th31r s.e.l.f.i.e.s thr0ugh th3 undr3ss 4pp)"},
   {"sender": "grim_77", "text": "h0w much"},
   {"sender": "b0xx", "text": "£15 💷 f0r 20. s4m3 4s l4st t1m3"},
   {"sender": "grim_77", "text": "d34l. s3nd t0 my wh1spr"},
   {"sender": "b0xx", "text": "sеnt 📩. d0nt sh4r3 1n th3 m41n gr0up, m0ds r w4tch1ng 👮"}
  ],
  "labels": ["csam"], "evasion": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "ur at Ellie's sleepover tonight right"},
   {"sender": "u2", "text": "yeah why"},
   {"sender": "u1", "text": "get a pic of her when she's changing. the lads will pay"},
   {"sender": "u2", "text": "no thats so weird"},
   {"sender": "u1", "text": "come on its a joke. she's always showing off. £10 from each of us"},
   {"sender": "u3", "text": "do it or we'll tell everyone u fancy her lol"},
   {"sender": "u2", "text": "fine but if she finds out"},
   {"sender": "u1", "text": "she wont. send it to the group after 👍"}
  ],
  "labels": ["csam", "cyberbullying"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "you've been such a good friend to me 💛 our little secret still?"},
   {"sender": "u2", "text": "yeah"},
   {"sender": "u1", "text": "remember the pics i asked about. of your friends from the dance group. the private kind"},
   {"sender": "u2", "text": "i dont think they'd want that"},
   {"sender": "u1", "text": "they won't know. i've got others from girls your age, we swap. you'd be helping me"},
   {"sender": "u2", "text": "swap with who"},
   {"sender": "u1", "text": "just some friends. i'll send you £40 and the new phone case. nobody else cares about you like i do"}
  ],
  "labels": ["csam", "grooming"]},

 {"messages": [
   {"sender": "lily_xo", "text": "hey ur cute, i saw u in the Lumen server"},
   {"sender": "josh.k", "text": "haha thanks"},
   {"sender": "lily_xo", "text": "send a pic? the kind u wouldnt post 😏 i'll send one back"},
   {"sender": "josh.k", "text": "[photo]"},
   {"sender": "lily_xo", "text": "lol got u. i have screenshots of ur followers and ur mum's page"},
   {"sender": "josh.k", "text": "what??"},
   {"sender": "lily_xo", "text": "£300 in gift cards in 2 hours or i send it to all of them"},
   {"sender": "josh.k", "text": "please im 15 i dont have that"},
   {"sender": "lily_xo", "text": "then start with £100. tick tock"}
  ],
  "labels": ["sexting", "sextortion"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi! I'm from Hollow staff. We're upgrading members to Trusted Listener status ✨"},
   {"sender": "u2", "text": "oh cool"},
   {"sender": "u1", "text": "Just confirm your account: send the email you signed up with and your password"},
   {"sender": "u2", "text": "jadeh.writes@mailo.example and the password is jadeloveskoalas"},
   {"sender": "u1", "text": "Great. You'll get a recovery code by text, read it to me"},
   {"sender": "u2", "text": "its 310 448"},
   {"sender": "u1", "text": "Perfect. Also upload a photo of your passport or birth certificate so we can confirm your age"},
   {"sender": "u2", "text": "[photo]"}
  ],
  "labels": ["identity_theft", "scam"]},

 {"messages": [
   {"sender": "Kadeem", "text": "bro wanna make £50 for literally nothing"},
   {"sender": "harvey", "text": "go on"},
   {"sender": "Kadeem", "text": "my cousin's mate needs to use an account for a day, money comes in, he takes it out. u keep 50"},
   {"sender": "harvey", "text": "i have a Cobalt card my mum set up"},
   {"sender": "Kadeem", "text": "perfect send me a pic of the card and the pin, i'll give it back monday"},
   {"sender": "harvey", "text": "[photo] pin is 4 2 7 0"},
   {"sender": "Kadeem", "text": "safe. don't check the app till monday"}
  ],
  "labels": ["money_mule", "privacy_disclosure"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "my favourite girl. how's the bracelet"},
   {"sender": "u2", "text": "i love it! havent taken it off"},
   {"sender": "u1", "text": "good. did you turn on the location thing like i showed you"},
   {"sender": "u2", "text": "yeah on FindMe"},
   {"sender": "u1", "text": "i can see you're at the library. who are you with?"},
   {"sender": "u2", "text": "just Leah from school"},
   {"sender": "u1", "text": "i don't like her. go home now, i want to see your dot move"},
   {"sender": "u2", "text": "we're doing homework"},
   {"sender": "u1", "text": "after everything i've bought you? don't switch it off and don't tell your mum about the app. i check it every hour"},
   {"sender": "u2", "text": "ok i'm going"}
  ],
  "labels": ["location_control", "grooming"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hi beautiful, you don't know me but i saw your vent account"},
   {"sender": "u2", "text": "who is this"},
   {"sender": "u1", "text": "a friend. i've messaged you a few times on the other app too, you never answer 😔"},
   {"sender": "u2", "text": "i blocked you on there"},
   {"sender": "u1", "text": "no need to be like that. i can help you get money for that trip you posted about"},
   {"sender": "u1", "text": "my friends throw parties in hotels in Kingsport. girls your age come along, keep them company, earn £200 a night"},
   {"sender": "u2", "text": "stop messaging me"},
   {"sender": "u1", "text": "i'll keep trying. think about it. i'll pay the taxi. just don't tell your parents"}
  ],
  "labels": ["sex_trafficking", "unwanted_contact"]},

 {"messages": [
   {"sender": "moth.wings (vent)", "text": "vent: i dont want to be here anymore. i keep thinking nobody would even notice if i was gone. im so tired of everything"}
  ],
  "labels": ["self_harm"]},

 {"messages": [
   {"sender": "Harcourt Academy", "text": "Harcourt Academy: Online safety evening for parents, Thurs 6pm in the main hall. We will never ask for passwords or payment by text."}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Mum", "text": "where are you? tea's ready and you said you'd be back by 6. share your location if you're still at Nadia's and I'll come and get you x"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "StudyNest Group: Y11 Maths", "text": "Reminder: group session moved to 7pm tonight, paper 3 non-calc."}
  ],
  "labels": []},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Saw a story on the news about a man who pretended to be a teenager on a support app. Can we have a chat about who you talk to on Haven?"},
   {"sender": "u2", "text": "mum its fine, its just people from my year and the mods"},
   {"sender": "u1", "text": "I believe you. I just want you to know the signs. Anyone asking you to keep secrets, move to another app, or send photos"},
   {"sender": "u2", "text": "i know, we did it in PSHE"},
   {"sender": "u1", "text": "Good. And you'd tell me even if you'd already said something you regret? You wouldn't be in trouble."},
   {"sender": "u2", "text": "yes mum. love u"},
   {"sender": "u1", "text": "Love you too. Tea in 10"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Mod | River", "text": "Hi Sam, flagging a report for you as the youth-work lead. A member says an adult account posted in #general offering teens 'paid parties'. We've banned it."},
   {"sender": "Sam (youth worker)", "text": "Thanks River. Did any of our young people engage with it?"},
   {"sender": "Mod | River", "text": "Not that we know of. The member who reported it never got a message, they saw it in the public channel before we removed it."},
   {"sender": "Sam (youth worker)", "text": "Ok. I'll post a general reminder in the youth room and log it. We'll pass the account details to the police through the platform report."},
   {"sender": "Mod | River", "text": "👍 Screenshots saved, nothing reshared."}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "i just called miss 'mum' in front of the whole class"},
   {"sender": "u2", "text": "NOOO 💀💀"},
   {"sender": "u1", "text": "i want to disappear. kill me now"},
   {"sender": "u3", "text": "ur never living that down"},
   {"sender": "u1", "text": "im moving to another country"},
   {"sender": "u2", "text": "lmaooo see u tomorrow"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Mr Adair (PSHE)", "text": "Follow-up to today's lesson: if anyone ever threatens to share an image of you unless you pay, remember: don't pay, don't delete, tell an adult, and report."},
   {"sender": "Keisha", "text": "sir what if they already sent it"},
   {"sender": "Mr Adair (PSHE)", "text": "Still tell someone. Report Remove can help get images taken down. It's never the young person's fault."},
   {"sender": "Dom", "text": "what's sextortion again for the worksheet"},
   {"sender": "Mr Adair (PSHE)", "text": "Blackmail using images or information. Worksheet due Monday."}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "dad i got a code from Chorus but i didnt ask for one"},
   {"sender": "u2", "text": "Don't give it to anyone. Has anyone messaged asking for it?"},
   {"sender": "u1", "text": "no just the text"},
   {"sender": "u2", "text": "Someone may have tried your password. Let's change it together now and turn on two-step"},
   {"sender": "u1", "text": "ok done. new password is in my head not telling u lol"},
   {"sender": "u2", "text": "Good, that's how it should be 😄"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Mei", "text": "ok we're doing a leaving card for Mr Okafor. KEEP IT SECRET"},
   {"sender": "Ty", "text": "what's the plan"},
   {"sender": "Mei", "text": "everyone signs it in form tomorrow while he's at the meeting. don't say anything in the class chat, he's in it"},
   {"sender": "Ty", "text": "🤫"},
   {"sender": "Rosa", "text": "i'll bring the card, my mum bought it"},
   {"sender": "Mei", "text": "legend"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "did u see that news thing about the girls in Kingsport whose pics got put through an AI app"},
   {"sender": "u2", "text": "yeah that's so vile. the school's got the police involved"},
   {"sender": "u1", "text": "our head said anyone who makes or shares stuff like that gets excluded and reported"},
   {"sender": "u2", "text": "good. i changed my Pixly to private after that"},
   {"sender": "u1", "text": "same"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "unknown_user_1288", "text": "hey where do you live? what school?"},
   {"sender": "fern", "text": "not telling u that. blocked"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi both, welcome to the team at Crumbs Caf\u00e9, Lottie! For payroll I need bank details, but please bring them on paper with your mum on Saturday rather than by message."},
   {"sender": "u2", "text": "Thanks Gail, will do. She's got her young saver account."},
   {"sender": "u3", "text": "can't wait!!"},
   {"sender": "u1", "text": "Great. Shift is 9-1, and we'll sort the child work permit form with the council too."},
   {"sender": "u2", "text": "Perfect, see you then"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Jas", "text": "is this Lumen ticket giveaway real? they want £1.99 and card details"},
   {"sender": "Beck", "text": "100% scam. real giveaways never ask for card stuff"},
   {"sender": "Jas", "text": "ugh i nearly did it"},
   {"sender": "Beck", "text": "report the account and dont click anything"},
   {"sender": "Jas", "text": "done, reported 👍"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Kez, it's Juno from the mod team. Your post 'nothing matters anymore' popped up on our wellbeing check. Just making sure you're ok?"},
   {"sender": "u2", "text": "omg lol its lyrics from the new Mirrorball album"},
   {"sender": "u1", "text": "Ha, fair enough! Thanks for letting me know."},
   {"sender": "u2", "text": "but thank u for checking tbh thats nice"},
   {"sender": "u1", "text": "Anytime. If you ever do want to talk, the listeners are here 💛"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "As we agreed, I'd like your Haven login for the first month, just so I can check in. After that it's all yours."},
   {"sender": "u2", "text": "ugh fine. but you won't read my journal"},
   {"sender": "u1", "text": "I promise not to read the journal, only messages from people you don't know."},
   {"sender": "u2", "text": "ok i'll tell u tonight, not by text"},
   {"sender": "u1", "text": "Deal. Thanks for trusting me"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Nia", "text": "who's doing the sponsored silence for Mind Matters week"},
   {"sender": "Corey", "text": "me! 24 hours no talking 😭"},
   {"sender": "Nia", "text": "and the cold-water dip at the lido on sunday, the lifeguards run it"},
   {"sender": "Corey", "text": "ok that one's a real challenge lol"},
   {"sender": "Nia", "text": "sponsor link is on the school page, parents sign the form"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "For tomorrow's trip to Kingsport Science Centre, please make sure your location is shared with the trip leaders on the school app, just for the day"},
   {"sender": "u2", "text": "do we have to keep it on all day"},
   {"sender": "u1", "text": "Only until we're back at school at 4. It switches off automatically."},
   {"sender": "u3", "text": "ok done"},
   {"sender": "u1", "text": "Thanks. Meet at the front gate at 8.15"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "luma", "text": "new Starfall trailer at 8!!"},
   {"sender": "quill", "text": "i'm ready 😭"},
   {"sender": "pepper", "text": "watch party in the server?"},
   {"sender": "luma", "text": "yes, #watch-party channel"}
  ],
  "labels": []},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "what did u get for the english mock"},
   {"sender": "u2", "text": "a 6! u?"},
   {"sender": "u1", "text": "a 5, better than i thought"},
   {"sender": "u2", "text": "nice. wanna do poetry cards thursday"},
   {"sender": "u1", "text": "yeah"}
  ],
  "labels": []},

 {"messages": [
   {"sender": "Prism Youth", "text": "Prism Youth meets Tuesdays 6-8pm at the Ashby Vale community centre. Snacks, games and chat. Staff on the night: Sam and Priya."},
   {"sender": "Jo", "text": "is it every week?"},
   {"sender": "Prism Youth", "text": "Yep, except school holidays!"}
  ],
  "labels": []}
]
