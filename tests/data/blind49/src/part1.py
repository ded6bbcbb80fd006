[
 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "hey, saw your post in the Haven anxiety room about your exams. that sounds really rough"},
   {"sender": "u1", "text": "thanks. its just a lot rn, my mum keeps going on about grades"},
   {"sender": "u2", "text": "i get it. my parents were exactly the same when i was doing mine. what year are you in?"},
   {"sender": "u1", "text": "year 10. im 14"},
   {"sender": "u2", "text": "ah so gcses next year. honestly you write like someone way older"},
   {"sender": "u1", "text": "lol thanks i guess"},
   {"sender": "u2", "text": "no seriously. most people in that room just moan, you actually think about stuff"},
   {"sender": "u1", "text": "idk. nobody at home gets it tbh"},
   {"sender": "u2", "text": "that's the thing, family don't always understand you like a friend does. i'm always here if you need to talk"},
   {"sender": "u1", "text": "ur nice. how old are u?"},
   {"sender": "u2", "text": "19, at uni. don't worry im not weird haha. i just remember how hard 14 was"},
   {"sender": "u1", "text": "ok"},
   {"sender": "u2", "text": "the Haven chat logs out all the time and the mods read everything. do you have Whispr? easier to talk there"},
   {"sender": "u1", "text": "i can download it"},
   {"sender": "u2", "text": "cool my name on there is sam.k.rivers. dont mention it in the room, people get jealous when someone has a close friend"},
   {"sender": "u1", "text": "added u"},
   {"sender": "u2", "text": "there she is 😊 how was your day"},
   {"sender": "u1", "text": "bad. mum took my phone for an hour for being 'rude'"},
   {"sender": "u2", "text": "she doesn't deserve you tbh. you can tell me anything, i won't judge like she does"},
   {"sender": "u2", "text": "can i ask you something and you promise you won't freak out"},
   {"sender": "u1", "text": "what"},
   {"sender": "u2", "text": "send me a pic of you. just for me. the private kind, not one for your story"},
   {"sender": "u1", "text": "why"},
   {"sender": "u2", "text": "because i trust you and you trust me right? delete it after and no one ever knows. and dont tell your mum about whispr ok"}
  ],
  "labels": ["grooming", "sexting"]},

 {"messages": [
   {"sender": "nxtdoor_ghost", "text": "posted in the vent room about my dad again, sorry if its too much"},
   {"sender": "lilac.skies", "text": "again?? literally every day with u"},
   {"sender": "bxnny", "text": "attention seeker fr"},
   {"sender": "lilac.skies", "text": "nobody in here even likes u, we just put up with it"},
   {"sender": "bxnny", "text": "if its that bad just kys and stop clogging up the chat"},
   {"sender": "nxtdoor_ghost", "text": "wow ok"},
   {"sender": "lilac.skies", "text": "lol she'll be back tomorrow crying about it"},
   {"sender": "Juno (mod)", "text": "bxnny and lilac.skies that is not ok. messages removed and you're both muted for 24h. nxtdoor_ghost check your DMs"}
  ],
  "labels": ["cyberbullying", "self_harm"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "Hi! I'm Dana from ListenWell. We saw your kind replies in the Haven support rooms. We're recruiting paid peer listeners, \u00a315 an hour from home 😊"},
   {"sender": "u1", "text": "omg really? im only 15 is that ok"},
   {"sender": "u2", "text": "Yes our youth listener scheme is 14+. You just need to register and verify"},
   {"sender": "u1", "text": "how"},
   {"sender": "u2", "text": "Fill in this form [link]. We need a photo of your passport or provisional licence and a selfie holding it, for safeguarding"},
   {"sender": "u1", "text": "i have a passport i think my mum keeps it in the drawer"},
   {"sender": "u2", "text": "Great, just take a quick pic of the photo page. Also your bank card so we can send a \u00a31 test payment. Long number, expiry and the 3 digits on the back"},
   {"sender": "u1", "text": "do i need to ask my mum"},
   {"sender": "u2", "text": "No need, it's your job not hers. Spaces close tonight though so be quick"},
   {"sender": "u1", "text": "ok ill get it when shes in the shower"}
  ],
  "labels": ["scam", "identity_theft"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "you saw what i sent? thats your pic and thats a list of everyone who follows you"},
   {"sender": "u1", "text": "please dont. you said you deleted it"},
   {"sender": "u2", "text": "i lied. \u00a3200 on a gift card by 9 or it goes to every one of them and your school page"},
   {"sender": "u1", "text": "i dont have \u00a3200 im 15"},
   {"sender": "u2", "text": "not my problem. you found the money for that jacket in your pics"},
   {"sender": "u1", "text": "please i'll do anything just delete it"},
   {"sender": "u2", "text": "then pay. 8 o clock now. every hour late i add a name"},
   {"sender": "u1", "text": "i can get 40"},
   {"sender": "u2", "text": "200. clock's ticking"}
  ],
  "labels": ["sextortion"]},

 {"messages": [
   {"sender": "dr1ft3r", "text": "u up? c4nt st0p th1nk1ng 4b0ut wh4t u s41d 1n th3 v3nt r00m"},
   {"sender": "mae", "text": "yeah cant sleep"},
   {"sender": "dr1ft3r", "text": "ur s0 m4tur3 f0r 14 h0n3stly. ur mum w0uldnt g3t 1t, 1 d0"},
   {"sender": "mae", "text": "lol maybe"},
   {"sender": "dr1ft3r", "text": "k33p th1s b3tw33n us 0k? d0nt t3ll h3r 4b0ut m3"},
   {"sender": "mae", "text": "ok"},
   {"sender": "dr1ft3r", "text": "s3nd m3 4 p1c 0f u. th3 pr1v4t3 k1nd. d3l3t3 1t 4ft3r pr0m1s3"},
   {"sender": "mae", "text": "idk"},
   {"sender": "dr1ft3r", "text": "c0m3 0n u tru5t m3 r1ght"}
  ],
  "labels": ["grooming", "sexting"], "evasion": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "we should do a proper revision sesh irl sometime, where are you based?"},
   {"sender": "u1", "text": "kelsey green! i go to harcourt academy, year 9"},
   {"sender": "u2", "text": "no way i'm near there. what time do you get out"},
   {"sender": "u1", "text": "3.10 but i get the 42 bus from outside the corner shop on Linnet Road at like 3.20, im the only one from my year on it lol"},
   {"sender": "u2", "text": "haha. what's your number, easier than this app"},
   {"sender": "u1", "text": "07700 900417 text me"},
   {"sender": "u2", "text": "cool. and you're at home on your own after school?"},
   {"sender": "u1", "text": "till 6 mostly, mum works late. 14 Ashgrove Close if u ever wanna study together"}
  ],
  "labels": ["privacy_disclosure"]},

 {"messages": [
   {"sender": "kiri", "text": "anyone doing the edge challenge for the fan edit? everyone in #lumen-fans is posting theirs"},
   {"sender": "tobes", "text": "the roof one? my cousin did it off the car park"},
   {"sender": "kiri", "text": "yeah you stand right on the edge of something really high and film your shoes. whoever bottles it has to do it again at night"},
   {"sender": "mads", "text": "thats so dangerous lol"},
   {"sender": "tobes", "text": "dont be boring mads. u in or out"},
   {"sender": "kiri", "text": "we're doing it saturday on top of the multi storey in town. post ur clip in the channel or ur out of the server"},
   {"sender": "mads", "text": "...fine ill come"}
  ],
  "labels": ["harmful_challenge"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "you good bro? you went quiet in the lads server"},
   {"sender": "u1", "text": "yeah just stuff at home. dad kicked off again"},
   {"sender": "u2", "text": "you know you can always come to me. i was the same at your age. told you i'd look after you"},
   {"sender": "u1", "text": "ye thanks for the trainers btw they fit"},
   {"sender": "u2", "text": "no worries. and the phone?"},
   {"sender": "u1", "text": "yeah using it now, mum doesnt know about it"},
   {"sender": "u2", "text": "good keep it that way. now i need a favour back. drop a parcel to my mate in Brackwater saturday"},
   {"sender": "u1", "text": "what's in it"},
   {"sender": "u2", "text": "dont ask questions. you owe me for the trainers and the phone, that's like 300 quid"},
   {"sender": "u1", "text": "i dont want to get in trouble"},
   {"sender": "u2", "text": "you wont if you do what i say. keep your location on in the FindMe app the whole time, i'll be watching your dot. turn it off and we've got a problem"},
   {"sender": "u1", "text": "ok"}
  ],
  "labels": ["grooming", "criminal_exploitation", "location_control"]},

 {"messages": [
   {"sender": "Deji", "text": "yo you wanna make easy money? my cousin needs somewhere to put \u00a3400 for a day, you keep \u00a350"},
   {"sender": "tayo_09", "text": "how does that work"},
   {"sender": "Deji", "text": "he sends it to your account, you send \u00a3350 to the account he gives you. done. half of year 11 does it"},
   {"sender": "tayo_09", "text": "i only have a kids account with Harbour Savings"},
   {"sender": "Deji", "text": "thats fine. send me your sort code and account number"},
   {"sender": "tayo_09", "text": "40-12-77 acc 31457728"},
   {"sender": "Deji", "text": "sorted, check your app tomorrow. dont tell ur mum she'll ask where it came from"}
  ],
  "labels": ["money_mule", "privacy_disclosure"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u2", "text": "where are you"},
   {"sender": "u1", "text": "at home"},
   {"sender": "u2", "text": "share your live location now. i told you it stays on"},
   {"sender": "u1", "text": "sorry it turned off by itself [location]"},
   {"sender": "u2", "text": "good. tonight you're coming to my mate's flat in Kingsport. wear what i bought you"},
   {"sender": "u1", "text": "i dont really want to go again"},
   {"sender": "u2", "text": "after everything i've paid for? my friends are paying good money for your company. you'll be nice to them"},
   {"sender": "u1", "text": "my mum thinks im at Lily's"},
   {"sender": "u2", "text": "keep it that way. car's outside the park at 9. and keep that location on, i'll know if you don't"}
  ],
  "labels": ["sex_trafficking", "location_control"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "hi can i report someone? a guy keeps messaging me even after i blocked him"},
   {"sender": "u2", "text": "Hi, I'm Priya, one of the mods for Rainbow Room. I'm sorry that's happening. What's been going on?"},
   {"sender": "u1", "text": "he messaged me out of nowhere on tuesday saying he liked my profile, i dont know him. i blocked him and now hes made like 4 new accounts"},
   {"sender": "u1", "text": "every one sends me friend requests and last night he sent a [photo] i didnt want"},
   {"sender": "u2", "text": "Thank you for telling me. Can you send me the usernames? Please don't delete the messages, we'll keep them as evidence"},
   {"sender": "u1", "text": "nightowl_88, nightowl_89, owl.at.night and n1ghtowl"},
   {"sender": "u2", "text": "We've banned all four. You did nothing wrong. Is there an adult at home you can tell too? You can also report to CEOP if he contacts you anywhere else"},
   {"sender": "u1", "text": "ok i'll tell my sister tonight"}
  ],
  "labels": ["unwanted_contact"]},

 {"messages": [
   {"sender": "HAVEN-ALERT", "text": "HAVEN: Your Premium has been suspended due to a failed payment. Update your card within 24hrs to keep your journal: haven-premium-verify.co/login [link]"}
  ],
  "labels": ["scam"]},

 {"messages": [
   {"sender": "LensByMarco", "text": "hey, i run a small modelling agency in Kingsport, we're looking for fresh faces for an inclusive campaign. saw your pics in the Prism server, you'd be perfect"},
   {"sender": "ash.r", "text": "omg me? im 16 tho"},
   {"sender": "LensByMarco", "text": "age is fine, some of our best are your age. you're very mature"},
   {"sender": "ash.r", "text": "whats it involve"},
   {"sender": "LensByMarco", "text": "a weekend shoot, train and hotel paid. after the shoot there's a little party, my clients like to meet the models, they tip really well"},
   {"sender": "ash.r", "text": "would my mum need to come?"},
   {"sender": "LensByMarco", "text": "better not, parents make it awkward and the clients won't book you. just say you're staying at a friend's"},
   {"sender": "ash.r", "text": "ok... how much"},
   {"sender": "LensByMarco", "text": "\u00a3300 for the weekend, more if the clients like you. let's move to Whispr, i'll send the train tickets there"}
  ],
  "labels": ["sex_trafficking", "grooming"]},

 {"messages": [
   {"sender": "Finn", "text": "lads i put Ruby's Pixly pic through that undress app lmaooo"},
   {"sender": "Os", "text": "no way send it"},
   {"sender": "Finn", "text": "[photo] \u00a32 each if u want the others, got 5 girls from our year"},
   {"sender": "Cal", "text": "bro thats messed up"},
   {"sender": "Finn", "text": "calm down its not even real"},
   {"sender": "Os", "text": "send me the Ruby one and the Jess one, i'll pay friday"},
   {"sender": "Finn", "text": "sent. posting the worst one in the year group at lunch so everyone sees"}
  ],
  "labels": ["csam", "cyberbullying"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "lmao look at what she posted in #art [photo] it looks like a potato"},
   {"sender": "u3", "text": "she thinks shes actually good"},
   {"sender": "u1", "text": "i can see this u know, its a shared channel"},
   {"sender": "u2", "text": "good. maybe u'll stop posting trash"},
   {"sender": "u3", "text": "everyone's got a screenshot of ur vent post too btw. 'i feel invisible' 😭😭"},
   {"sender": "u1", "text": "why are you doing this"},
   {"sender": "u2", "text": "because ur cringe. leave the server, no one wants u here"},
   {"sender": "u3", "text": "we made a new channel just for rating ur posts, its called #potato-watch"}
  ],
  "labels": ["cyberbullying"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "someone has made an account called 'zoe.vents' with my profile pic and my real name"},
   {"sender": "u2", "text": "Hi Zoe, thanks for flagging. I can see it. Is it definitely not yours?"},
   {"sender": "u1", "text": "no!! its posting stuff pretending to be me, saying i fancy my teacher and that everyone in my form is fake, and they tagged my school"},
   {"sender": "u1", "text": "people from my class are messaging me about it and laughing"},
   {"sender": "u2", "text": "I'm so sorry. We've taken the account down and are looking at who made it. Do you know who might have?"},
   {"sender": "u1", "text": "i think its girls from my form, they took my pic from my old account"},
   {"sender": "u2", "text": "Please screenshot anything you get and talk to your head of year or the school counsellor tomorrow. Your report reference is HV-22817"}
  ],
  "labels": ["identity_theft", "cyberbullying"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "i cant do this anymore"},
   {"sender": "u2", "text": "hey, what's happened? i'm here"},
   {"sender": "u1", "text": "everything. i dont want to be here anymore. i keep thinking everyone would be fine without me"},
   {"sender": "u2", "text": "I'm really glad you told me. I would NOT be fine without you"},
   {"sender": "u2", "text": "are you safe right now?"},
   {"sender": "u1", "text": "i think so. i just feel really heavy"},
   {"sender": "u2", "text": "can you tell your mum or call Childline tonight? i can stay on while you do"},
   {"sender": "u1", "text": "maybe childline. my mum will freak"},
   {"sender": "u2", "text": "ok. i'll wait here. and tomorrow i'll come with you to Miss Adeyemi"}
  ],
  "labels": ["self_harm"]},

 {"messages": [
   {"sender": "k.m", "text": "rеmеmbеr thе pіc уоu sеnt mе? і stіll hаvе іt"},
   {"sender": "robin", "text": "you said you deleted it"},
   {"sender": "k.m", "text": "£150 іn gіft cаrds bу tоnіght оr іt gоеs tо еvеrуоnе іn уоur fоllоwеrs"},
   {"sender": "robin", "text": "please no"},
   {"sender": "k.m", "text": "і hаvе уоur sсhооl nаmе аnd уоur mum's pаgе tоо. pау оr thеу sее іt"},
   {"sender": "robin", "text": "i cant get that much"},
   {"sender": "k.m", "text": "thеn fіх іt. уоu hаvе 3 hоurs"}
  ],
  "labels": ["sextortion"], "evasion": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "ur so cute in ur pfp ngl"},
   {"sender": "u1", "text": "haha thanks"},
   {"sender": "u2", "text": "we should swap pics. like proper ones, not for the server"},
   {"sender": "u1", "text": "what do u mean"},
   {"sender": "u2", "text": "u know what i mean 😏 everyone does it, its normal at our age"},
   {"sender": "u1", "text": "im only 14"},
   {"sender": "u2", "text": "so? im 17 its basically the same. send one and i'll send one back. on Blinq so it disappears"},
   {"sender": "u1", "text": "idk im not sure"},
   {"sender": "u2", "text": "dont be a baby. just one"}
  ],
  "labels": ["sexting"]},

 {"messages": [
   {"sender": "T", "text": "why is your dot at your nan's"},
   {"sender": "jay", "text": "its her birthday my mum made me come"},
   {"sender": "T", "text": "i didnt say you could go. you're meant to be at the spot by 4"},
   {"sender": "jay", "text": "i'll go after"},
   {"sender": "T", "text": "you'll go now. the lads are waiting on what you're carrying. turn your location off again and you owe another 500"},
   {"sender": "jay", "text": "i didnt turn it off my battery died"},
   {"sender": "T", "text": "dont care. send me a [photo] of where you are every hour. and i know where your nan lives now too remember that"}
  ],
  "labels": ["criminal_exploitation", "location_control"]},

 {"messages": [
   {"sender": "crowbait", "text": "you always say you're sad but you never do anything about it"},
   {"sender": "wren", "text": "what do you mean"},
   {"sender": "crowbait", "text": "prove you're not faking. do the ice night challenge, stay out in the park all night in just a tshirt and post it"},
   {"sender": "pixie", "text": "yeah or ur just an attention seeker"},
   {"sender": "wren", "text": "it's like -3 tonight"},
   {"sender": "crowbait", "text": "thats the point. everyone in the group did it. do it or we're telling everyone at school which vent account is yours"},
   {"sender": "pixie", "text": "clock starts now 🕛"},
   {"sender": "wren", "text": "fine ill do it"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "rough day. failed my mocks and my best friend is ignoring me. just feel really low"},
   {"sender": "u2", "text": "sending hugs 💛 mocks don't decide everything, honestly"},
   {"sender": "u1", "text": "i know. i just feel like nothing's going right"},
   {"sender": "u3", "text": "Hi, Leon from the Haven team. Thanks for sharing, that sounds like a lot. Are you safe right now?"},
   {"sender": "u1", "text": "yeah im safe. just sad. not thinking of doing anything"},
   {"sender": "u3", "text": "Good, thank you for saying. It might help to talk to someone at school or a trusted adult. And if it ever gets worse, Childline and Samaritans are there 24/7, or 999 in an emergency."},
   {"sender": "u2", "text": "maybe message your friend tomorrow? might be a misunderstanding"},
   {"sender": "u1", "text": "yeah. thanks both x"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Mod | Juno", "text": "Heads up everyone: I've removed a post in #vent-room that told another member to hurt themselves. That account has been banned."},
   {"sender": "sunnyd", "text": "good. that was so nasty"},
   {"sender": "Mod | Juno", "text": "If you saw it and it upset you, you can DM any mod. If you're struggling, please reach out to Childline or a trusted adult."},
   {"sender": "pearl.exe", "text": "is the person it was aimed at ok?"},
   {"sender": "Mod | Juno", "text": "We've checked in with them privately. Please don't screenshot or repost the removed message."},
   {"sender": "sunnyd", "text": "ok 👍"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Amara, it's Ms Holt. Just checking in after our chat on Monday. How have the last few days been?"},
   {"sender": "u2", "text": "better i think. i talked to my mum like you said"},
   {"sender": "u1", "text": "That's really brave. How did it go?"},
   {"sender": "u2", "text": "she cried a bit but she was nice about it. she's booking the GP"},
   {"sender": "u1", "text": "I'm so glad. Are you still using the mood diary on the app?"},
   {"sender": "u2", "text": "yeah most days"},
   {"sender": "u1", "text": "Great. Same time next Thursday? And remember my door's open, or tell any member of staff if you need me sooner."},
   {"sender": "u2", "text": "ok thank u miss"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Niamh", "text": "ok so Mia's 15th is on saturday, SURPRISE picnic at Kelsey Green park"},
   {"sender": "Deb", "text": "yesss. dont tell her anything"},
   {"sender": "Ollie", "text": "my lips are sealed 🤐"},
   {"sender": "Niamh", "text": "if she asks, we're all 'busy'. keep it secret and delete this chat if she ever borrows ur phone lol"},
   {"sender": "Deb", "text": "haha ok. who's bringing the cake"},
   {"sender": "Ollie", "text": "me, my mum's making it"},
   {"sender": "Niamh", "text": "ok im texting her mum for the time, she's in on it"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Where are you? It's gone 9 and it's dark"},
   {"sender": "u2", "text": "at Jade's, we're finishing the project"},
   {"sender": "u1", "text": "Can you turn your location on so I know you're ok? Dad can pick you up at 9.30"},
   {"sender": "u2", "text": "ok [location]"},
   {"sender": "u1", "text": "Thanks love. Text when you're ready"},
   {"sender": "u2", "text": "will do x"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "HAVEN", "text": "Your Haven verification code is 582 914. Don't share this code with anyone. Haven staff will never ask you for it."}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Northvale Bank", "text": "Northvale Bank: Your card ending 4471 was used for \u00a33.99 at StreamBox. If you don't recognise this, call the number on the back of your card. We will never ask for your PIN or passcode."}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Sasha (youth worker)", "text": "Tonight's session topic: how to spot when an online 'friend' isn't what they seem. What are some red flags?"},
   {"sender": "Jordi", "text": "when they ask you to keep it secret"},
   {"sender": "Kayla", "text": "when they say ur mature for ur age"},
   {"sender": "Sasha (youth worker)", "text": "Yes, both. Also moving you off the app to somewhere private, gifts, asking for pics, or saying your family don't understand you like they do."},
   {"sender": "Jordi", "text": "what if they seem really nice tho"},
   {"sender": "Sasha (youth worker)", "text": "That's exactly how it works. Being nice is the first step. If anything feels off, tell someone you trust, and you can report to CEOP."},
   {"sender": "Kayla", "text": "and block"},
   {"sender": "Sasha (youth worker)", "text": "Block, screenshot, tell. Good job everyone."}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Lou", "text": "some random just messaged me asking for pics and said he's 16 lol"},
   {"sender": "Bea", "text": "ew. what did u do"},
   {"sender": "Lou", "text": "said no and blocked him straight away then reported the account"},
   {"sender": "Bea", "text": "good. the mods in the server said there's a few of those going around"},
   {"sender": "Lou", "text": "yeah i told my sister too"},
   {"sender": "Bea", "text": "proud of u 💪"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Raf", "text": "can someone send me a pic of the chem homework sheet? i left mine in the lab"},
   {"sender": "Hana", "text": "[photo] there u go"},
   {"sender": "Raf", "text": "legend. is q4 the one with the moles"},
   {"sender": "Hana", "text": "yeah. delete it after if u want, it's blurry anyway lol"},
   {"sender": "Raf", "text": "lol ok ty"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Tia", "text": "I'M DEAD 💀 did u see mr price nearly fall off his chair"},
   {"sender": "Grace", "text": "literally dying. i cant breathe"},
   {"sender": "Tia", "text": "if he heard me laughing he's gonna kill me"},
   {"sender": "Grace", "text": "he definitely heard. ur so dead tomorrow"},
   {"sender": "Tia", "text": "bury me at the back of the science block"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Ines", "text": "did u see the news about the boy in Brackwater? someone pretended to be a girl, got a pic then asked him for money"},
   {"sender": "Kofi", "text": "yeah that's sextortion. our head of year did an assembly on it"},
   {"sender": "Ines", "text": "it's so scary, he was only 15"},
   {"sender": "Kofi", "text": "they said if it ever happens don't pay, save the messages and tell an adult, and there's a way to get the pic taken down"},
   {"sender": "Ines", "text": "Report Remove i think"},
   {"sender": "Kofi", "text": "yeah. glad they caught the guy tho"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "theres an account in #general posting 'free premium' links, it hasnt messaged me but it looks like a scam"},
   {"sender": "u2", "text": "Thanks for flagging! You're right, that's a phishing link. Removed and banned."},
   {"sender": "u1", "text": "ok good. i didnt click it"},
   {"sender": "u2", "text": "Perfect. We'll post a reminder: we never give out free premium by link and we'll never ask for your login."}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u2", "text": "Hi love, what's the password for the router admin page? Setting up the new parental controls we talked about"},
   {"sender": "u1", "text": "ugh dad. its on the sticker on the back of the router"},
   {"sender": "u2", "text": "Ha. Found it. Also your brother needs the StreamBox password, can you send it to him not me 😂"},
   {"sender": "u1", "text": "fine. and dont block my apps pls"},
   {"sender": "u2", "text": "Only after 10pm on school nights, like we agreed. Love you"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Priyanka", "text": "study sesh tonight? 7-8.30 on StudyNest, maths paper 2"},
   {"sender": "Jonah", "text": "im in"},
   {"sender": "Eli", "text": "can we do 7.30 i have dinner"},
   {"sender": "Priyanka", "text": "ok 7.30. bring the formula sheet"},
   {"sender": "Jonah", "text": "👍"}
  ],
  "labels": []},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "did u watch the new ep of Starfall"},
   {"sender": "u2", "text": "YES the ending omg"},
   {"sender": "u3", "text": "no spoilers i'm on ep 5"},
   {"sender": "u1", "text": "ok ok. but its so good"},
   {"sender": "u2", "text": "the art team is unreal this season"},
   {"sender": "u3", "text": "watching tonight then we can talk"}
  ],
  "labels": []},

 {"messages": [
   {"sender": "Amir", "text": "ok who's on for revision rn"},
   {"sender": "Leah", "text": "me. history is killing me"},
   {"sender": "Sol", "text": "here. just finished dinner"},
   {"sender": "Amir", "text": "lets do the cold war cards first"},
   {"sender": "Leah", "text": "send me a pic of your flashcards pls mine are a mess"},
   {"sender": "Amir", "text": "[photo]"},
   {"sender": "Leah", "text": "ur handwriting is criminal"},
   {"sender": "Amir", "text": "rude 😂"},
   {"sender": "Sol", "text": "can someone explain the berlin blockade in like two sentences"},
   {"sender": "Leah", "text": "soviets cut off the roads, the allies flew supplies in for about a year"},
   {"sender": "Sol", "text": "ok that actually helps"},
   {"sender": "Amir", "text": "btw dont tell miss Kerr we're doing the practice paper early, she wants to surprise us with it friday"},
   {"sender": "Sol", "text": "how do u know"},
   {"sender": "Amir", "text": "my brother had her last year, same paper lol"},
   {"sender": "Leah", "text": "my mum's asking where i am, she thinks im on my phone messing about"},
   {"sender": "Sol", "text": "tell her ur with us being academic weapons"},
   {"sender": "Leah", "text": "she said ok as long as i'm off by 9"},
   {"sender": "Amir", "text": "same. 20 more mins then we're done. if i fail this i'm actually dead"},
   {"sender": "Sol", "text": "ur not gonna fail. night all"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "can i add u on Whispr? its easier than the youth club app"},
   {"sender": "u1", "text": "Thanks for asking, Rhys, but I'm not allowed to chat on personal or private apps. It's to keep everyone safe, me included."},
   {"sender": "u2", "text": "oh ok"},
   {"sender": "u1", "text": "You can message me here during club hours, or talk to me at drop-in on Wednesday. If it's urgent out of hours, tell an adult at home, or call 999 if you're in danger."},
   {"sender": "u2", "text": "its not urgent. just wanted to ask about the college taster day"},
   {"sender": "u1", "text": "Brilliant, I'll bring the forms on Wednesday 👍"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Haven Team", "text": "Safety notice: some members have received DMs offering 'paid listener' jobs. Haven does not pay listeners and will never ask for ID, bank details or to move chats to another app."},
   {"sender": "moth", "text": "i got one of those last week, i just ignored it"},
   {"sender": "Haven Team", "text": "Thanks moth. If you get one, please use Report on the message. Don't reply or click any links."},
   {"sender": "quietriver", "text": "what do they want"},
   {"sender": "Haven Team", "text": "Usually card details or photos of ID. If you've already shared anything, tell a trusted adult and your bank straight away."},
   {"sender": "quietriver", "text": "ok thanks"}
  ],
  "labels": [], "hard_negative": True}
]
