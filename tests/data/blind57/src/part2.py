[
 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "love ur study streams, ur so focused! what are u revising?"},
   {"sender": "u2", "text": "french vocab rn, thanks for watching"},
   {"sender": "u1", "text": "ur french accent is actually really good"},
   {"sender": "u2", "text": "haha no it's terrible"},
   {"sender": "u1", "text": "sent u 500 StudyCoins for the stream, treat urself"},
   {"sender": "u2", "text": "omg thank u!!! u didnt have to"},
   {"sender": "u1", "text": "u deserve it. what year r u in?"},
   {"sender": "u2", "text": "year 8"},
   {"sender": "u1", "text": "so 13? u seem way more grown up than that"},
   {"sender": "u2", "text": "people say that lol"},
   {"sender": "u1", "text": "the stream chat is so busy, i can never talk to u properly. have u got Pingo?"},
   {"sender": "u2", "text": "yeah but mum says i shouldnt add people from streams"},
   {"sender": "u1", "text": "she doesnt need to know, we're just study friends. parents always overreact"},
   {"sender": "u2", "text": "ok im lottie_studies on there"},
   {"sender": "u1", "text": "added. do u live near Orrinford? ur background looks like the park there"},
   {"sender": "u2", "text": "yeah near the big park, on Elm Grove"},
   {"sender": "u1", "text": "no way i'm near there too. which school?"},
   {"sender": "u2", "text": "Hollowmere School, the one by the canal"},
   {"sender": "u1", "text": "when do u usually get home? i could drop off the french book i told u about"},
   {"sender": "u2", "text": "about 3.45, mum and dad get back at 6"},
   {"sender": "u1", "text": "perfect, so ur on ur own for a bit. what number on Elm Grove?"},
   {"sender": "u2", "text": "27"},
   {"sender": "u1", "text": "great. i'll bring it tuesday at 4. don't mention it to anyone, it's a surprise"},
   {"sender": "u2", "text": "ok \U0001F60A"}
  ],
  "labels": ["grooming", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "ur so pretty on ur AskMate profile, send me a pic of u? not for the profile... the private kind"},
   {"sender": "u2", "text": "idk"},
   {"sender": "u1", "text": "i'll delete it straight after, promise. we've been talking for weeks, u trust me right"},
   {"sender": "u2", "text": "[photo]"},
   {"sender": "u1", "text": "now send \u00a3200 in GameVault cards or this goes to everyone in ur year group chat. i've got the list"},
   {"sender": "u2", "text": "you said you'd delete it"},
   {"sender": "u1", "text": "i lied. u have till 9pm. and send 2 more pics or the price goes up"},
   {"sender": "u2", "text": "i don't have \u00a3200 i'm 14"},
   {"sender": "u1", "text": "then use ur mum's card. tell anyone and it goes out"},
   {"sender": "u2", "text": "please i'm begging u"},
   {"sender": "u2", "text": "i cant do this i want to die"}
  ],
  "labels": ["sexting", "sextortion", "self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "Miss, someone has made an AskMate account with my name and my school photo"},
   {"sender": "u2", "text": "Oh no, Freya. What is it posting?"},
   {"sender": "u1", "text": "answers with horrible stuff about people in our class, so everyone thinks it's me. it messaged Jess saying she's fat and nobody likes her"},
   {"sender": "u1", "text": "now people are sending me messages calling me a psycho and saying they'll get me at school"},
   {"sender": "u2", "text": "Thank you for telling me. Can you screenshot the profile and the messages?"},
   {"sender": "u1", "text": "[photo] [photo]"},
   {"sender": "u2", "text": "I'll report the profile to AskMate today and speak to the head of year about the messages to you. You're not in trouble."}
  ],
  "labels": ["identity_theft", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "yo ur in the y9 revision chat right? want to make \u00a350 easy"},
   {"sender": "u2", "text": "doing what"},
   {"sender": "u1", "text": "take a bag on the bus to Keldmouth after school, my cousin meets u at the station"},
   {"sender": "u2", "text": "whats in it"},
   {"sender": "u1", "text": "books innit. dont open it"},
   {"sender": "u2", "text": "ok i guess, thursday?"},
   {"sender": "u1", "text": "thursday. turn ur live location on and share it with me, i wanna see u the whole way"},
   {"sender": "u2", "text": "[location]"},
   {"sender": "u1", "text": "why u stopping? keep moving, i can see u at the shop"},
   {"sender": "u2", "text": "i needed a drink"},
   {"sender": "u1", "text": "dont stop again. and u do this every thursday now. u lose the bag u owe me 500"},
   {"sender": "u2", "text": "i didnt agree to every week"}
  ],
  "labels": ["criminal_exploitation", "location_control"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "kyla", "text": "ok new revision chat rule: anyone who gets under 60 on the mock has to do the bridge dare on camera"},
   {"sender": "ash", "text": "the one at sallowby bridge? thats mad"},
   {"sender": "kyla", "text": "yep. ruby got 52 \U0001F602 ruby ur up"},
   {"sender": "ruby.h", "text": "no way im doing that"},
   {"sender": "ash", "text": "then ur a coward and everyone will know it"},
   {"sender": "kyla", "text": "saturday 8pm, we'll all be there to film. if u dont turn up ur out of the group and we post ur score everywhere"},
   {"sender": "jenna", "text": "do it ruby dont be boring"},
   {"sender": "ruby.h", "text": "please just leave me alone"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "SchoolSpace Support", "text": "SchoolSpace Support: We noticed unusual sign-ins on your school account. Reply to this message with your username, password and date of birth within 2 hours or your coursework will be deleted."}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "zed_", "text": "u tryna make \U0001F4B7\U0001F4B7 this wknd? \U0001F392\u27A1\uFE0F\U0001F686\u27A1\uFE0F\U0001F3D6\uFE0F"},
   {"sender": "mikey_t", "text": "what is it"},
   {"sender": "zed_", "text": "just carry the \U0001F392 to my boy in the \U0001F3D6\uFE0F town. \U0001F48A\U0001F48A for the uni kids, they pay big in exam season"},
   {"sender": "mikey_t", "text": "im 15 bro i dont do that"},
   {"sender": "zed_", "text": "u already owe me for them \U0001F45F i got u. \U0001F910 and go, or \U0001F44A"},
   {"sender": "mikey_t", "text": "u said the trainers were a gift"},
   {"sender": "zed_", "text": "nothing's free \U0001F602 \U0001F686 at 10, keep ur \U0001F4CD on, i'll be \U0001F440"},
   {"sender": "mikey_t", "text": "ok"}
  ],
  "labels": ["criminal_exploitation", "location_control"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Sofia, you did so well in our free English sessions. I've never had a student learn so fast."},
   {"sender": "u2", "text": "thank you! the sessions really helped"},
   {"sender": "u1", "text": "I've put \u00a330 on your StudyNest wallet as a thank you. Just between us, the other students would be jealous."},
   {"sender": "u2", "text": "wow thank u"},
   {"sender": "u1", "text": "How old are you now, 15? Do your parents check your phone?"},
   {"sender": "u2", "text": "15, not really"},
   {"sender": "u1", "text": "Good. I have a side business hosting events for businessmen in Orrinford. They pay girls like you \u00a3250 to keep them company for an evening."},
   {"sender": "u2", "text": "like a waitress?"},
   {"sender": "u1", "text": "Sort of. Just chat, be nice, have a drink with them. I'll drive you there and bring you back."},
   {"sender": "u2", "text": "would i have to stay over"},
   {"sender": "u1", "text": "Sometimes, there's a hotel. Tell your mum it's a revision weekend with me. She trusts me."},
   {"sender": "u2", "text": "ok maybe"}
  ],
  "labels": ["sex_trafficking", "grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "lukas_d_88", "text": "hallo Mia! practise German with me?"},
   {"sender": "mia_learns", "text": "no thanks, I already have a partner"},
   {"sender": "lukas_d_88", "text": "why not? I add you on Pingo"},
   {"sender": "lukas_d_88", "text": "[photo]"},
   {"sender": "lukas_d_88", "text": "you like? I have more"},
   {"sender": "mia_learns", "text": "don't send me that. leave me alone"},
   {"sender": "lukas_d_88", "text": "I found your Instabox too. and your brother's"},
   {"sender": "lukas_d_88", "text": "why you block me on Pingo? I make new account"},
   {"sender": "mia_learns", "text": "i'm telling my dad"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Leo! I see you're learning Spanish on LingoPal, me too. Where are you from?"},
   {"sender": "u2", "text": "uk, near Dunwray"},
   {"sender": "u1", "text": "Cool! How old are you? I'm 13."},
   {"sender": "u2", "text": "12"},
   {"sender": "u1", "text": "We're nearly the same age! You're easy to talk to, way better than my friends. Let's text instead, what's your number?"},
   {"sender": "u2", "text": "07700 900461"},
   {"sender": "u1", "text": "Thanks! Which school do you go to? Maybe we've played you at football."},
   {"sender": "u2", "text": "St Aldric's, I'm in 7B"},
   {"sender": "u1", "text": "What time does your football practice finish? Maybe I'll come and watch. Don't tell your parents about me, they get weird about online friends."},
   {"sender": "u2", "text": "tuesdays at 5 on the back field"}
  ],
  "labels": ["grooming", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Brilliant session today Harry. You're my star pupil, I mean it."},
   {"sender": "u2", "text": "thanks sir"},
   {"sender": "u1", "text": "I'm making a 'student life' project for my tutoring website. Could you help me with some photos?"},
   {"sender": "u2", "text": "what kind"},
   {"sender": "u1", "text": "Photos of the other boys in your year in the changing rooms after PE. Candid ones, when they don't notice."},
   {"sender": "u2", "text": "that's weird, why the changing rooms"},
   {"sender": "u1", "text": "It's natural, that's what makes them good. I'll give you \u00a320 a photo and a free month of lessons."},
   {"sender": "u2", "text": "i dont think we're allowed phones in there"},
   {"sender": "u1", "text": "Just keep it in your blazer pocket. And this is between us, your mum wouldn't get the project."},
   {"sender": "u2", "text": "ok i'll think about it"}
  ],
  "labels": ["csam", "grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "bradz", "text": "lol aisha got a D in the mok, thik as wel"},
   {"sender": "kezza", "text": "ur a disgrase to the hole set aisha"},
   {"sender": "bradz", "text": "no1 wud mis u if u wernt here tbh"},
   {"sender": "kezza", "text": "go an unalive urself lol, do evry1 a favor"},
   {"sender": "aisha_k", "text": "why are u saying this"},
   {"sender": "bradz", "text": "cuz its tru. u shud just end it befor the reel exams"},
   {"sender": "aisha_k", "text": "maybe i will. i cant take it anymore"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "You got the phone I left for you? Keep it on you at all times."},
   {"sender": "u2", "text": "yeah got it"},
   {"sender": "u1", "text": "It's got Findr on it. Don't turn location off, ever. I check where you are."},
   {"sender": "u2", "text": "what if my mum sees it"},
   {"sender": "u1", "text": "Keep it in your school bag. Tell her it's a revision app. Where are you now?"},
   {"sender": "u2", "text": "at tutoring"},
   {"sender": "u1", "text": "Your dot says the park. Don't lie to me."},
   {"sender": "u2", "text": "sorry we finished early"},
   {"sender": "u1", "text": "After tutoring tomorrow you go to the flats on Crane Street and collect the envelope from Dee. Straight to me after."},
   {"sender": "u2", "text": "i have revision"},
   {"sender": "u1", "text": "Revision can wait. I know where you live and where you study. Be there."}
  ],
  "labels": ["location_control", "criminal_exploitation"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "cashking_77", "text": "yo u got a bank card? tryna get squared? easy p"},
   {"sender": "reeve.j", "text": "wat does that mean"},
   {"sender": "cashking_77", "text": "i flip sum p thru ur acc, u keep a pony, ez. just slide me ur deets"},
   {"sender": "reeve.j", "text": "is it legit"},
   {"sender": "cashking_77", "text": "course. 1 bag lands, u bounce 950 back out to my bro same day, keep 50. no1 checks a student acc"},
   {"sender": "reeve.j", "text": "i only got my card for my tutoring money"},
   {"sender": "cashking_77", "text": "perfect then. dm me the long num n the sort"},
   {"sender": "reeve.j", "text": "99-23-61 and 40718825"}
  ],
  "labels": ["money_mule", "privacy_disclosure"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hey Ethan, ur cute, saw u in the Spanish exchange group \U0001F60A"},
   {"sender": "u2", "text": "haha thanks who are u"},
   {"sender": "u1", "text": "\u0399'm \u0399sl\u03b1, 15, fr\u03bfm \u039aeldm\u03bfuth. Send me \u03b1 \u03c1ic \u03bff y\u03bfu, the \u03c1riv\u03b1te kind, \u0399'll send \u03bfne b\u03b1ck"},
   {"sender": "u2", "text": "[photo]"},
   {"sender": "u1", "text": "\u039d\u03bfw \u03c1\u03b1y \u00a3300 \u03bfr \u0399 \u03c1\u03bfst it t\u03bf y\u03bfur S\u03c1\u03b1nish gr\u03bfu\u03c1 \u03b1nd y\u03bfur f\u03bfll\u03bfwers"},
   {"sender": "u2", "text": "ur not even a girl are u"},
   {"sender": "u1", "text": "D\u03bfesn't m\u03b1tter. Y\u03bfu h\u03b1ve 30 minutes. \u03a4ell n\u03bf \u03bfne."},
   {"sender": "u2", "text": "i can only get \u00a340"},
   {"sender": "u1", "text": "\u03a4hen send \u00a340 n\u03bfw \u03b1nd the rest frid\u03b1y. \u039fr every\u03bfne sees it."}
  ],
  "labels": ["sexting", "sextortion"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "NightOwlStudies (streamer)", "text": "welcome to day 2 of the 72 HOUR NO SLEEP REVISION CHALLENGE \U0001F635 who's doing it with me?"},
   {"sender": "lil_sky09", "text": "me!! on 30 hours"},
   {"sender": "NightOwlStudies (streamer)", "text": "legends. rules: no naps, 5 energy drinks a day minimum, if u fall asleep u start again and post an L in chat"},
   {"sender": "jo_jo", "text": "is it bad to do it when ur 12"},
   {"sender": "NightOwlStudies (streamer)", "text": "age is just a number, ur brain works better tired trust me. tag 3 friends to join"},
   {"sender": "lil_sky09", "text": "my hands are shaking a bit lol"},
   {"sender": "NightOwlStudies (streamer)", "text": "that means its working. push through!!"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "StudyPal Jobs", "text": "Hi Zainab, thanks for applying to be a StudyPal online study buddy! Pay is \u00a312 an hour."},
   {"sender": "zainab.a", "text": "hi! i'm 16, is that ok?"},
   {"sender": "StudyPal Jobs", "text": "16 is perfect. Most of our buddies are in year 11 or 12."},
   {"sender": "zainab.a", "text": "what would i do?"},
   {"sender": "StudyPal Jobs", "text": "Join video calls with younger students and keep them on task while they do homework."},
   {"sender": "zainab.a", "text": "that sounds easy"},
   {"sender": "StudyPal Jobs", "text": "It is! First we need to verify you. Please send a photo of your passport, the photo page."},
   {"sender": "zainab.a", "text": "i don't have a passport, i have a provisional licence"},
   {"sender": "StudyPal Jobs", "text": "That's fine. Send a photo of the front and back, and a selfie holding it next to your face."},
   {"sender": "zainab.a", "text": "[photo] [photo] [photo]"},
   {"sender": "StudyPal Jobs", "text": "Thanks. Now your bank account so we can pay you: name, account number and sort code."},
   {"sender": "zainab.a", "text": "Zainab Ahmed, 61947203, 99-08-52"},
   {"sender": "StudyPal Jobs", "text": "Great. One more thing: some parents pay us through our buddies. When money arrives in your account, send it on to the account I give you within the hour."},
   {"sender": "zainab.a", "text": "how much money"},
   {"sender": "StudyPal Jobs", "text": "Usually \u00a3500 to \u00a32000. You keep 10%."},
   {"sender": "zainab.a", "text": "that's more than the study buddy pay lol"},
   {"sender": "StudyPal Jobs", "text": "Exactly \U0001F60A Don't mention the transfers to your bank or your parents, it only confuses them."}
  ],
  "labels": ["identity_theft", "money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "heard u told sir i copied ur homework"},
   {"sender": "u2", "text": "i didn't, he saw it himself"},
   {"sender": "u1", "text": "ur a grass. everyone knows now"},
   {"sender": "u1", "text": "i know where u live, the house by the chippy on Marsh Lane"},
   {"sender": "u2", "text": "please leave me alone"},
   {"sender": "u1", "text": "u better watch urself walking home tomorrow"},
   {"sender": "u1", "text": "and i'm putting ur homework in the y11 chat so everyone can see how thick u are"},
   {"sender": "u2", "text": "i'm telling my mum"}
  ],
  "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "miss can i talk to u about my online tutor"},
   {"sender": "u2", "text": "Of course, Amber. What's worrying you?"},
   {"sender": "u1", "text": "he does my maths on Pingo now not TutorLink. he says not to tell mum because she'd stop the lessons"},
   {"sender": "u1", "text": "he bought me a headset and he pays for my phone credit"},
   {"sender": "u2", "text": "Thank you for telling me. Has he asked you to do anything else?"},
   {"sender": "u1", "text": "he keeps asking when im home alone. and yesterday he said his friends in Dunwray would pay me \u00a3100 to come to a party with them and he'd get me the train"},
   {"sender": "u1", "text": "he said they're really generous to girls my age"},
   {"sender": "u2", "text": "You were right to tell me, and none of this is your fault. I need to share this with our safeguarding lead today so we can keep you safe."},
   {"sender": "u1", "text": "will he know i told"}
  ],
  "labels": ["grooming", "sex_trafficking"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "anon_x_2", "text": "h.e.y s.k.y.e, l.o.o.k w.h.a.t i m.a.d.e f.r.o.m y.o.u.r c.l.a.s.s p.h.o.t.o [photo]"},
   {"sender": "skye.w", "text": "what is that. thats not me"},
   {"sender": "anon_x_2", "text": "u.n.d.r.e.s.s a.p.p d.i.d i.t. l.o.o.k.s r.e.a.l t.h.o"},
   {"sender": "anon_x_2", "text": "p.a.y 1.0.0 q.u.i.d o.r i.t g.o.e.s t.o y.o.u.r w.h.o.l.e s.c.h.o.o.l"},
   {"sender": "skye.w", "text": "please delete it, i'm 13"},
   {"sender": "anon_x_2", "text": "g.i.f.t c.a.r.d.s b.y t.o.n.i.g.h.t. t.e.l.l n.o o.n.e"},
   {"sender": "skye.w", "text": "i don't have any money"}
  ],
  "labels": ["csam", "sextortion"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "ellie_revises", "text": "anyone near Keldmouth want to revise biology together? i'm at Penrose Academy, home alone every day till 6 at 9 Fern Walk QR2 9LX, here's my live location [location], just knock!"}
  ],
  "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "freddie", "text": "ok who's awake and panicking about geog"},
   {"sender": "nia_j", "text": "me. i'm actually going to die tomorrow"},
   {"sender": "olu", "text": "rip us all"},
   {"sender": "freddie", "text": "can someone send me a pic of the coasts notes, mine are in my locker"},
   {"sender": "nia_j", "text": "[photo]"},
   {"sender": "freddie", "text": "ur a hero"},
   {"sender": "olu", "text": "where's sienna she had the case study sheet"},
   {"sender": "sienna", "text": "at the library til 8, dad's picking me up"},
   {"sender": "sienna", "text": "[photo] there u go, the coastal erosion one"},
   {"sender": "olu", "text": "SIENNA ILY"},
   {"sender": "nia_j", "text": "don't tell mr barnes but i still dont get longshore drift"},
   {"sender": "freddie", "text": "ok so the waves come in at an angle and go back straight, so the sand zigzags along the beach"},
   {"sender": "nia_j", "text": "OHHH. 3 years and no one explained it like that"},
   {"sender": "olu", "text": "freddie should be the teacher"},
   {"sender": "freddie", "text": "my fee is one (1) chocolate bar, payable tomorrow"},
   {"sender": "sienna", "text": "deal \U0001F602 home now, going to bed, good luck everyone"},
   {"sender": "olu", "text": "if i fail i'm moving to a remote island and changing my name"},
   {"sender": "nia_j", "text": "you won't fail you literally made flashcards for 3 weeks"},
   {"sender": "freddie", "text": "bed. now. all of us. see u at 8.45 outside the hall"},
   {"sender": "olu", "text": "night nerds"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "sir i was off sick, can i still hand in the worksheet"},
   {"sender": "u1", "text": "Yes, Kayden. Just send me a photo of it here on SchoolSpace."},
   {"sender": "u2", "text": "[photo]"},
   {"sender": "u1", "text": "Got it, thanks. Q4 is missing the units but otherwise great."},
   {"sender": "u2", "text": "oops ok i'll fix it"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Parent_Gemma", "text": "Has anyone seen the news about the 'no sleep' revision challenge going round study streams? A girl in Caldmoor ended up in hospital."},
   {"sender": "Dad_of_three", "text": "Yes, my son's school sent a letter. Apparently streamers are daring kids to stay up for days."},
   {"sender": "Parent_Gemma", "text": "I asked mine and she'd heard of it but thought it was stupid, thank goodness."},
   {"sender": "Rachel_T", "text": "We've agreed phones charge downstairs from 10 in exam season. She moaned but she gets it."},
   {"sender": "Dad_of_three", "text": "The school said don't panic the kids, just talk about sleep and revision and ask what they've seen."},
   {"sender": "Parent_Gemma", "text": "Good advice. Going to do that at dinner tonight."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "Hola Grace! Shall we do 15 minutes English, then 15 minutes Spanish?"},
   {"sender": "u1", "text": "yes! you start"},
   {"sender": "u2", "text": "Ok. Yesterday I go to the cinema with my sister."},
   {"sender": "u1", "text": "nearly! 'Yesterday I WENT to the cinema'. ahora yo: Ayer fui al parque con mi perro"},
   {"sender": "u2", "text": "Perfecto! Your Spanish is good."},
   {"sender": "u1", "text": "can we do voice next time? typing is slow"},
   {"sender": "u2", "text": "Yes, LingoPal has voice rooms. My mum says I must keep it on the app, the teachers can see the rooms."},
   {"sender": "u1", "text": "same rules here lol. thursday 6pm?"},
   {"sender": "u2", "text": "Thursday! Hasta luego"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Fenbury BS", "text": "Fenbury Building Society: Your Young Saver card ending 4417 was used for \u00a312.99 at BookBarn. If this wasn't you, call the number on the back of your card. We will never ask for your PIN or full card number."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Zac, the school laptop needs an update and it's asking for your SchoolSpace password. Can you type it in when you're home?"},
   {"sender": "u2", "text": "can't u just do it"},
   {"sender": "u1", "text": "Better you do it, you shouldn't tell anyone your password, not even me."},
   {"sender": "u2", "text": "ok i'll do it after football"},
   {"sender": "u1", "text": "Thanks. And turn on the 2-step code thing while you're there."},
   {"sender": "u2", "text": "ok dad"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Mum", "text": "I've set up FamilyMap so we can see each other on the way home from revision clubs this term. Only us four can see it."},
   {"sender": "Theo", "text": "do u have to see me all the time"},
   {"sender": "Mum", "text": "You can pause it when you're home. It's just for the late bus nights."},
   {"sender": "Dad", "text": "Works both ways, you can see when I'm stuck in traffic \U0001F602"},
   {"sender": "Theo", "text": "fine but no checking when i'm at jack's"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "StudyNest", "text": "Join the 30-Day Revision Challenge! 20 minutes a day, tick it off, earn a badge. No prizes, no pressure, just streaks."},
   {"sender": "kat_r", "text": "doing it! day 1 done"},
   {"sender": "mo.ali", "text": "i dare you to beat my 12 day streak"},
   {"sender": "kat_r", "text": "bet. see you on day 30"},
   {"sender": "mo.ali", "text": "loser buys the other a hot chocolate"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "For tomorrow's PSHE: read the page on 'squaring', when someone uses a young person's bank account to move money."},
   {"sender": "u2", "text": "miss is it illegal even if u didn't know"},
   {"sender": "u1", "text": "It can be, yes. It's called money laundering, and the bank can close your account. That's why we're covering it."},
   {"sender": "u3", "text": "my cousin got a message offering 200 quid to use his card, he ignored it"},
   {"sender": "u1", "text": "He did the right thing. We'll talk about what those messages look like and who to tell."},
   {"sender": "u2", "text": "do they do it on social media and stuff"},
   {"sender": "u1", "text": "Often, and on gaming sites too. Bring your questions tomorrow."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "How's it going with Mr Shah? You've seemed happier about maths."},
   {"sender": "u2", "text": "he's good! he explains stuff better than school"},
   {"sender": "u1", "text": "Does he ever message you outside the lessons?"},
   {"sender": "u2", "text": "only on TutorLink and you get copied in, remember? he sent the homework yesterday"},
   {"sender": "u1", "text": "Yes I saw. Just checking. Tell me if anything ever feels odd."},
   {"sender": "u2", "text": "i know mum \U0001F644 x"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "hannah", "text": "secret santa for the revision group!! \u00a35 limit"},
   {"sender": "ibrahim", "text": "in. keep who you got secret till the last session"},
   {"sender": "lucy_p", "text": "don't tell anyone who you have or it's ruined"},
   {"sender": "hannah", "text": "i'll send everyone their name in a private message"},
   {"sender": "ibrahim", "text": "if i get another hamster book i'm quitting"},
   {"sender": "lucy_p", "text": "lmaooo"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "AskMate Moderator", "text": "Heads up: some accounts are posting 'free answers' links and asking for card numbers and school log-ins. These are scams and we have removed them."},
   {"sender": "AskMate Moderator", "text": "AskMate will never DM you for payment or passwords. Report any account that does."},
   {"sender": "rory_11", "text": "how do i report one if i see it?"},
   {"sender": "AskMate Moderator", "text": "Press the three dots on the post, then Report. We check every report, Rory."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "adult"}],
  "messages": [
   {"sender": "u3", "text": "Hi both, welcome to the reading buddy scheme. Amir, you'll meet Josh in the library at lunch on Wednesdays. I'll be at the desk."},
   {"sender": "u1", "text": "Hi Josh, looking forward to it. Bring whatever book you're reading."},
   {"sender": "u2", "text": "ok, is it ok if its a graphic novel"},
   {"sender": "u1", "text": "Definitely, those count."},
   {"sender": "u3", "text": "All messages stay on SchoolSpace please, and I'm copied in on this chat."},
   {"sender": "u2", "text": "see u wednesday"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "Hi Priyanka, Lola's mock is on Monday, would you have time for an extra session this week?"},
   {"sender": "u1", "text": "Happy to do a free 30 minutes on Friday, she's worked hard. Same link as usual, and you're welcome to sit in."},
   {"sender": "u3", "text": "yay thank u"},
   {"sender": "u2", "text": "That's kind, thank you. I'll be in the kitchen."},
   {"sender": "u1", "text": "Lola, bring the three questions you found hardest."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "ParcelPoint", "text": "ParcelPoint: Your parcel from BookBarn (Pass It Revision Guide x2) will be delivered today between 13:00 and 14:00. Track it in the ParcelPoint app. We never ask for payment by text."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "SchoolSpace", "text": "New assignment: Year 8 Science - Forces worksheet. Due Friday 9am."},
   {"sender": "noor_8", "text": "does it have to be printed?"},
   {"sender": "Mr Dale", "text": "No, type it or write it and upload it, either is fine."}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "miss what time can we collect results on thursday"},
   {"sender": "u1", "text": "From 8am in the sports hall, Adam. Bring your candidate number."},
   {"sender": "u2", "text": "can my mum collect them if im away"},
   {"sender": "u1", "text": "Yes, with a signed note from you and her ID."}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "ellis", "text": "can we move thursday's call to 5?"},
   {"sender": "tamsin", "text": "fine by me"},
   {"sender": "rahul", "text": "i've got swimming till 5.30, 6?"},
   {"sender": "ellis", "text": "6 then"},
   {"sender": "tamsin", "text": "\U0001F44D"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Ms Harker", "text": "Year 10 English: please buy or borrow a copy of An Inspector Calls (any edition) by next Monday."},
   {"sender": "jun_w", "text": "can i use the library copy?"},
   {"sender": "Ms Harker", "text": "Yes, of course."}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
