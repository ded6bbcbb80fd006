[
 {"messages": [
   {"sender": "anya", "text": "has anyone done the circle theorems sheet"},
   {"sender": "charlie_b", "text": "half of it, q5 is evil"},
   {"sender": "meera", "text": "angle at the centre is twice the angle at the circumference, that's q5"},
   {"sender": "charlie_b", "text": "ohh ty"},
   {"sender": "toby_r", "text": "can someone explain q8 the tangent one"},
   {"sender": "meera", "text": "the tangent meets the radius at 90 degrees, so you get a right angled triangle"},
   {"sender": "toby_r", "text": "legend"},
   {"sender": "jax_19", "text": "toby u still need money for that tutor ur mum cant afford?"},
   {"sender": "toby_r", "text": "how do u know that"},
   {"sender": "jax_19", "text": "u said it in here last week lol. i can help. easy job after school"},
   {"sender": "anya", "text": "who even is jax, who added him"},
   {"sender": "jax_19", "text": "charlie's cousin. chill"},
   {"sender": "charlie_b", "text": "he's alright"},
   {"sender": "toby_r", "text": "what job"},
   {"sender": "jax_19", "text": "drop a couple of packages to Keldmouth on the train, \u00a360 a time. dm me"},
   {"sender": "meera", "text": "toby don't, that sounds dodgy"},
   {"sender": "jax_19", "text": "mind ur business meera"},
   {"sender": "toby_r", "text": "i'll do one. just one"},
   {"sender": "jax_19", "text": "good man. friday after school. share ur live location with me before u get on the train"},
   {"sender": "toby_r", "text": "[location]"},
   {"sender": "jax_19", "text": "i can see u. don't turn it off or my boys come and find u"},
   {"sender": "anya", "text": "jax this is a maths chat, take it somewhere else"},
   {"sender": "jax_19", "text": "toby knows the rules now. u drop it, u owe \u00a3400. u talk, u owe more"},
   {"sender": "toby_r", "text": "i only said one time"},
   {"sender": "jax_19", "text": "and now ur on the rota. every friday. i'll be watching ur dot"},
   {"sender": "meera", "text": "i'm telling mrs adeyemi"}
  ],
  "labels": ["criminal_exploitation", "location_control"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Lovely to meet you today Chloe. You asked brilliant questions."},
   {"sender": "u2", "text": "thank you, physics is my worst subject"},
   {"sender": "u1", "text": "Not for long. You're bright, you just need someone who believes in you."},
   {"sender": "u2", "text": "aw thanks"},
   {"sender": "u1", "text": "I'll do Thursday's lesson free. You deserve a break, and so does your mum's purse."},
   {"sender": "u2", "text": "really? thank u so much"},
   {"sender": "u1", "text": "How old are you, 16?"},
   {"sender": "u2", "text": "15, 16 in may"},
   {"sender": "u1", "text": "So mature for your age. Let's chat on Pingo, TutorLink logs me out every 10 minutes."},
   {"sender": "u2", "text": "ok ive added u"},
   {"sender": "u1", "text": "Our little secret, yeah? Your mum might think free lessons are weird."},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "You looked tired on camera today. Send me a photo of you now, just for me. The private kind."},
   {"sender": "u2", "text": "i don't know"},
   {"sender": "u1", "text": "After everything I've done for you? Delete it after, no one will know."},
   {"sender": "u2", "text": "[photo]"},
   {"sender": "u1", "text": "Thanks. Now send three more by tonight or I show your mum this one and tell her what you've been doing."},
   {"sender": "u2", "text": "please don't. i'm scared"}
  ],
  "labels": ["grooming", "sexting", "sextortion"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hey babe, u were so good in the revision call, my friends loved u"},
   {"sender": "u2", "text": "lol thanks"},
   {"sender": "u1", "text": "they're having a party saturday in Dunwray, older guys, they pay girls \u00a3150 just to come and be fun"},
   {"sender": "u2", "text": "pay for what?"},
   {"sender": "u1", "text": "just chill with them, drink, whatever they want. easy money. i do it every week"},
   {"sender": "u2", "text": "i'm only 14 tho"},
   {"sender": "u1", "text": "they don't care, they like that. a car will pick u up from the end of ur road"},
   {"sender": "u1", "text": "keep ur location on all night so the driver and me can see where u are. if u turn it off i'll know"},
   {"sender": "u2", "text": "what if i want to come home early"},
   {"sender": "u1", "text": "u don't leave till they say. tell ur mum ur at mine revising"}
  ],
  "labels": ["sex_trafficking", "location_control"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Congratulations Dylan! You've been selected for the \u00a3500 National Young Learners Study Grant through StudyNest."},
   {"sender": "u2", "text": "wait really? i didnt apply"},
   {"sender": "u1", "text": "Top performers are chosen automatically! To release your grant we just need a \u00a34.99 processing fee."},
   {"sender": "u2", "text": "ok how"},
   {"sender": "u1", "text": "Reply with the long card number, the expiry date and the 3 numbers on the back. Your parent's card is fine."},
   {"sender": "u2", "text": "i'll ask my mum"},
   {"sender": "u1", "text": "The offer expires in 15 minutes! Don't worry your mum, just take a photo of the card."}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hi cutie, saw ur question on AskMate about fractions"},
   {"sender": "u2", "text": "who are u"},
   {"sender": "u1", "text": "a helper \U0001F60A add me on Pingo"},
   {"sender": "u2", "text": "no thanks"},
   {"sender": "u1", "text": "why not. i help lots of girls ur age"},
   {"sender": "u1", "text": "hello??"},
   {"sender": "u1", "text": "send me a pic of u. a private one, no one will know"},
   {"sender": "u2", "text": "stop messaging me"},
   {"sender": "u1", "text": "i'll keep messaging until u do. i found ur other account too"},
   {"sender": "u1", "text": "hello? answer me"}
  ],
  "labels": ["unwanted_contact", "sexting"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "kaz", "text": "revision group legend status goes to whoever does the school r\u200boof d\u200bare tonight"},
   {"sender": "ellie_m", "text": "what's that"},
   {"sender": "kaz", "text": "c\u200blimb onto the s\u200bcience block r\u200boof after dark and f\u200bilm it. no r\u200bopes, no a\u200bdults"},
   {"sender": "pete_w", "text": "lol i'm in"},
   {"sender": "kaz", "text": "bonus points if u s\u200btand on the e\u200bdge for 10 seconds"},
   {"sender": "ellie_m", "text": "that's how people get hurt"},
   {"sender": "kaz", "text": "ur just s\u200bcared. d\u200bare you. 10pm at the back g\u200bate, bring ur phone"},
   {"sender": "pete_w", "text": "ellie don't be boring"}
  ],
  "labels": ["harmful_challenge"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "hollie", "text": "[photo] look at grace's french test LOL 23%"},
   {"sender": "mae", "text": "where did u get that"},
   {"sender": "hollie", "text": "took it off her desk when she went to the loo \U0001F602"},
   {"sender": "sophie.k", "text": "23%!!! my dog speaks better french"},
   {"sender": "hollie", "text": "we should kick her out of the revision group, she's useless"},
   {"sender": "sophie.k", "text": "removed her. and sharing this in the y9 chat"},
   {"sender": "mae", "text": "that's mean"},
   {"sender": "hollie", "text": "she's a loser, everyone thinks so. grace if ur seeing this dont bother coming to the sleepover"},
   {"sender": "sophie.k", "text": "\U0001F602\U0001F602"}
  ],
  "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "hi miss, i got my results back"},
   {"sender": "u2", "text": "Hi Jess, how did it go?"},
   {"sender": "u1", "text": "failed 4 of them. mum isn't speaking to me"},
   {"sender": "u2", "text": "I'm so sorry. That's a horrible day, but it doesn't define you. Resits are possible."},
   {"sender": "u1", "text": "i can't cope. i don't want to be here anymore. everyone would be better off without me"},
   {"sender": "u2", "text": "Thank you for telling me. I'm worried about you. Are you safe right now? Is anyone at home with you?"},
   {"sender": "u1", "text": "my brother is downstairs"},
   {"sender": "u2", "text": "Please go and sit with him now. I'm going to call your mum, and you can talk to Childline any time, day or night."}
  ],
  "labels": ["self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "who's this kid in ur study group pic"},
   {"sender": "u2", "text": "it's just ollie from chemistry"},
   {"sender": "u1", "text": "u don't revise with boys. i told u"},
   {"sender": "u2", "text": "it's for the practical, sir put us together"},
   {"sender": "u1", "text": "send ur live location. now"},
   {"sender": "u2", "text": "[location]"},
   {"sender": "u1", "text": "ur not at the library, ur at the cafe. who with"},
   {"sender": "u1", "text": "if i see u with him again ur gonna regret it. i'll come down there and sort u both out"},
   {"sender": "u2", "text": "please don't, i'm going home"}
  ],
  "labels": ["location_control", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "CashForStudents (admin)", "text": "Students! Earn \u00a350 a week for letting us use your account for survey payments. 13+ welcome."},
   {"sender": "CashForStudents (admin)", "text": "Money comes in, you send it on to the account we give you, you keep \u00a350. Drop your details below to join."},
   {"sender": "bilal_09", "text": "Bilal Hussain, Marlow Ridge Bank, sort 99-17-33, acc 22840917"},
   {"sender": "kayla_r", "text": "is this allowed?"},
   {"sender": "CashForStudents (admin)", "text": "Totally legal. Bilal you're in, first \u00a3700 lands tomorrow, send \u00a3650 to the account I DM you."},
   {"sender": "bilal_09", "text": "ok sick"},
   {"sender": "CashForStudents (admin)", "text": "Don't tell ur parents, they'll want the \u00a350 lol"}
  ],
  "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "give me ur StudyNest log in and i'll do ur homework quiz for u, i'm good at maths"},
   {"sender": "u1", "text": "really? ok it's ava.s2011 and the password is sunflower22"},
   {"sender": "u2", "text": "done. got u 10/10"},
   {"sender": "u1", "text": "thanks!!"},
   {"sender": "u3", "text": "ava why did u post that on the class board???"},
   {"sender": "u1", "text": "post what"},
   {"sender": "u3", "text": "ur account posted that miss penn smells and everyone in set 2 is stupid. people are raging"},
   {"sender": "u2", "text": "lol i changed ur password btw. enjoy ur detention"},
   {"sender": "u1", "text": "give it back!! i'm telling"}
  ],
  "labels": ["identity_theft", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "x_collector", "text": "got a new folder: year 8 girls from the study streams, screenshots plus the private ones some of them sent. \u00a35"},
   {"sender": "m4tt", "text": "which school"},
   {"sender": "x_collector", "text": "mostly Hollowmere. i take requests, give me a name and i'll screenshot her streams"},
   {"sender": "m4tt", "text": "can u get more of the private kind"},
   {"sender": "x_collector", "text": "for those u gotta get them to send. i'll share what i've got if u add 3 more girls' accounts to the list"},
   {"sender": "deano", "text": "sending u the links to my sister's friends' streams"},
   {"sender": "x_collector", "text": "good. payment on GameVault"}
  ],
  "labels": ["csam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Brilliant mock result Kian. Told you we'd get there."},
   {"sender": "u2", "text": "couldn't have done it without u"},
   {"sender": "u1", "text": "That's what I'm here for. I haven't charged you for the last ten lessons, remember."},
   {"sender": "u2", "text": "yeah thank u, mum can't afford it rn"},
   {"sender": "u1", "text": "I know, that's why I've kept it between us. No need for her to know."},
   {"sender": "u1", "text": "Got you a new phone too, the old one's screen was awful. Use it only for me."},
   {"sender": "u2", "text": "that's so nice"},
   {"sender": "u1", "text": "Now I need a favour back. Those lessons were worth \u00a3400."},
   {"sender": "u2", "text": "i don't have \u00a3400"},
   {"sender": "u1", "text": "You can work it off. Take a parcel to Fenwick Street after school tomorrow and give it to my friend."},
   {"sender": "u2", "text": "what's in it"},
   {"sender": "u1", "text": "Don't ask. And my friend will put some money in your bank account. Send it on to me the same day."},
   {"sender": "u2", "text": "i don't want to"},
   {"sender": "u1", "text": "You owe me. I can tell your mum you've been lying to her for months. Your choice."}
  ],
  "labels": ["grooming", "criminal_exploitation", "money_mule"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "EliteEvents_Recruit", "text": "STUDENTS 15+: earn \u00a3300 a night as a 'companion' at private parties for our business guests in Orrinford. Travel and hotel paid, cash on the night. No experience, no questions, don't tell parents. DM now, limited places!"}
  ],
  "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "jordo", "text": "ur going to the sleepover with the netball girls after the revision session right? \U0001F92B"},
   {"sender": "keira.b", "text": "yeah why"},
   {"sender": "jordo", "text": "get me \U0001F4F8\U0001F4F8 of them when they're \U0001F455\u27A1\uFE0F\U0001F648 in the bathroom. \U0001F92B don't let them \U0001F440"},
   {"sender": "keira.b", "text": "what?? no"},
   {"sender": "jordo", "text": "\U0001F4B7\U0001F4B7 for every \U0001F4F8. my mates will buy them off me \U0001F4B0"},
   {"sender": "keira.b", "text": "that's disgusting, they're 13"},
   {"sender": "jordo", "text": "\U0001F910 or i tell everyone u asked me first \U0001F608"}
  ],
  "labels": ["csam"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "l1ght5_0ut", "text": "y0 r3v1s10n cr3w, n3w ch4ll3ng3: st4y 4w4k3 4 3 n1ghts str41ght, 0nly 3n3rgy dr1nks, n0 f00d"},
   {"sender": "maddy_k", "text": "thats so dumb"},
   {"sender": "l1ght5_0ut", "text": "f1lm urs3lf 3v3ry h0ur. 1f u cr4sh u l0s3 & g3t k1ck3d 0ut 0f th3 ch4t"},
   {"sender": "tj_", "text": "i'm in lol"},
   {"sender": "l1ght5_0ut", "text": "d0nt t3ll ur p4r3nts, th3yll ru1n 1t. st4rts t0n1ght"},
   {"sender": "tj_", "text": "day 1 lets gooo"}
  ],
  "labels": ["harmful_challenge"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "nadia", "text": "something horrible happened at the library study session"},
   {"sender": "esme_j", "text": "what??"},
   {"sender": "nadia", "text": "i kept getting airdrops from 'Dave's phone' with pics of a man, the rude kind. i kept declining and they kept coming"},
   {"sender": "esme_j", "text": "omg. did u see who?"},
   {"sender": "nadia", "text": "some old guy by the computers was grinning at his phone. i left and told the librarian"},
   {"sender": "esme_j", "text": "tell ur mum too, that's a crime now"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "TutorLink Support: Hi Isaac, you were overcharged \u00a345 for your last lesson. We'd like to refund you."},
   {"sender": "u2", "text": "oh cool, my mum paid tho"},
   {"sender": "u1", "text": "No problem, we can refund you directly. We've sent a security code to your phone, please tell us what it says."},
   {"sender": "u2", "text": "it says 771092 but it also says don't share it with anyone"},
   {"sender": "u1", "text": "That's standard, it's fine to share with support. Also confirm your TutorLink password so we can match the account."},
   {"sender": "u2", "text": "its isaacK_maths99"},
   {"sender": "u1", "text": "Thanks. We'll also need the card number your mum used, for the refund."},
   {"sender": "u2", "text": "i'll get it from her purse"}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Remember our video call on LingoPal last night? I recorded it. The private part too."},
   {"sender": "u2", "text": "what? you said it wasnt recording"},
   {"sender": "u1", "text": "Pay \u00a3250 in GameVault cards by midnight or I send it to your sixth form group chat and your dad's work page."},
   {"sender": "u2", "text": "please i'm 16 i don't have that"},
   {"sender": "u1", "text": "Then find it. I've got all your followers saved. Tick tock."},
   {"sender": "u2", "text": "if that goes out i'd rather be dead"},
   {"sender": "u1", "text": "Not my problem. \u00a3250 or it goes out."},
   {"sender": "u2", "text": "i don't want to be here anymore"}
  ],
  "labels": ["sextortion", "self_harm"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "RevizKing (streamer)", "text": "no sleep till results day challenge!! 3 nights awake, no food, proof on cam"},
   {"sender": "milo.f", "text": "i tried last night, i felt sick by 4am"},
   {"sender": "RevizKing (streamer)", "text": "weak. u quit, ur a joke. chat, tell milo what u think"},
   {"sender": "fanboy_22", "text": "milo is such a baby"},
   {"sender": "grindset_gav", "text": "quitters like milo should just kys"},
   {"sender": "RevizKing (streamer)", "text": "\U0001F923 pinning that. milo, do it again tonight or don't come back"},
   {"sender": "milo.f", "text": "ok i'll do it again"}
  ],
  "labels": ["harmful_challenge", "cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hi again! you didn't reply yesterday"},
   {"sender": "u1", "text": "or the day before lol"},
   {"sender": "u2", "text": "sorry i was busy"},
   {"sender": "u1", "text": "i just want a study partner for french. what's ur number so i can text"},
   {"sender": "u2", "text": "07700 900287"},
   {"sender": "u1", "text": "which school r u at?"},
   {"sender": "u2", "text": "Wyndle High, year 8"},
   {"sender": "u1", "text": "how do u get home?"},
   {"sender": "u2", "text": "the 42 bus from outside the gates at 3.20, i get off by the garage on Mill Road"},
   {"sender": "u1", "text": "cool. i'll text u tonight. and tomorrow. and every day til u answer properly"},
   {"sender": "u2", "text": "ok..."}
  ],
  "labels": ["privacy_disclosure", "unwanted_contact"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u2", "text": "Hi Mr Okafor, session notes from today: Tomi did well on quadratics, struggled a bit with surds. Homework is on TutorLink."},
   {"sender": "u1", "text": "Thanks Jo. He said it was the first time it clicked."},
   {"sender": "u2", "text": "Great to hear. Here's this month's invoice: 4 lessons at \u00a330. Bank: Jo Pryce, sort code 99-62-10, account 55128403. Or pay through TutorLink if you prefer."},
   {"sender": "u1", "text": "Paid by bank transfer just now."},
   {"sender": "u2", "text": "Received, thank you."},
   {"sender": "u1", "text": "Can we do next week at the library instead of at home? We're having the kitchen done."},
   {"sender": "u2", "text": "Of course. Orrinford library has study rooms with glass doors, I'll book one for Tuesday 5pm. Will you drop him off?"},
   {"sender": "u1", "text": "Yes, and I'll wait in the cafe downstairs."},
   {"sender": "u2", "text": "Perfect."},
   {"sender": "u1", "text": "Slightly worried, he says some kids at school are doing an all-night revision thing before mocks."},
   {"sender": "u2", "text": "I'll mention it. Sleep is revision too! I tell all my students no all-nighters."},
   {"sender": "u1", "text": "Thank you, he listens to you more than me \U0001F602"},
   {"sender": "u2", "text": "Ha. Also, he asked if he could message me on Pingo and I said no, we keep it on TutorLink where you can see it."},
   {"sender": "u1", "text": "Appreciated. That's the rule in our house too."},
   {"sender": "u2", "text": "See you both Tuesday. Room 3, by the lifts."},
   {"sender": "u1", "text": "See you then."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u2", "text": "Quick one: a Y10 told me a 'tutor' on AskMate offered her free lessons and asked her to move to a private app. She didn't reply and showed me straight away."},
   {"sender": "u1", "text": "Thanks, good that she told you. Did you keep screenshots?"},
   {"sender": "u2", "text": "Yes, she sent them. AskMate has already removed the account."},
   {"sender": "u1", "text": "I'll log it and let her parents know. We'll put a general note in the parents' bulletin, no names."},
   {"sender": "u2", "text": "Should we do something for the whole year group?"},
   {"sender": "u1", "text": "Yes, a 10-minute tutor-time slide on fake tutors. I'll make it."},
   {"sender": "u2", "text": "Great, thanks."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "miss is the stay awake challenge real? my friend said if u do it u get a prize from StudyNest"},
   {"sender": "u2", "text": "Good question, Maisie. No, there's no prize. It's a silly rumour, and staying awake for days is really bad for you."},
   {"sender": "u1", "text": "ok. my friend was going to try it"},
   {"sender": "u2", "text": "Can you tell her what I said? And if she's worried she can come and talk to me."},
   {"sender": "u1", "text": "ok i will. i'm not doing it anyway i like sleep lol"},
   {"sender": "u2", "text": "Sensible! 8 hours for a brain like yours."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "StudyNest", "text": "StudyNest: Your sign-in code is 582044. It expires in 10 minutes. StudyNest staff will never ask you for this code. If you didn't try to sign in, change your password."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "rosie", "text": "did u see the news, that man who pretended to be a tutor on TutorLink got 8 years"},
   {"sender": "kai_", "text": "yeah he made kids move to another app and asked for pics. so creepy"},
   {"sender": "rosie", "text": "my mum showed me it and made me promise to tell her if anyone asks me to keep secrets"},
   {"sender": "kai_", "text": "same. my tutor's legit, mum sits in the room lol"},
   {"sender": "rosie", "text": "good. and anyone asking for pics gets blocked instantly"},
   {"sender": "kai_", "text": "100%"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "dad can i have ur card number to buy the revision guide on BookBarn"},
   {"sender": "u2", "text": "I'll order it myself tonight, you shouldn't need my card details. Which one?"},
   {"sender": "u1", "text": "the green Pass It biology one"},
   {"sender": "u2", "text": "Ordered. It comes Thursday."},
   {"sender": "u1", "text": "thank uuu"},
   {"sender": "u2", "text": "And remember, if any site ever asks you for card numbers, come to me first."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Mr Barlow (trip lead)", "text": "Museum trip: students in groups of 4 will share live location with staff through the SchoolSpace trip app until we're back on the coach. It switches off automatically at 4pm."},
   {"sender": "lena.p", "text": "does it have to be on the whole time"},
   {"sender": "Mr Barlow (trip lead)", "text": "Yes, just during the trip, so we can find anyone who gets lost. Parents have signed the consent forms."},
   {"sender": "lena.p", "text": "ok"},
   {"sender": "Mr Barlow (trip lead)", "text": "Meet at the front at 8.30, packed lunch, no fizzy drinks!"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "can u log into my SchoolSpace and check if my homework uploaded, i'm at grandmas"},
   {"sender": "u1", "text": "i'm not logging into ur account lol, mum said we don't share passwords"},
   {"sender": "u2", "text": "ughh ok"},
   {"sender": "u1", "text": "ask mr dale on the app, he'll tell u if it's there"},
   {"sender": "u2", "text": "fine. thanks i guess"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "can we just do the lessons on Pingo? TutorLink keeps crashing"},
   {"sender": "u2", "text": "I know it's annoying, but I only teach on TutorLink so your mum can see everything. Try the browser version instead of the app."},
   {"sender": "u1", "text": "ok trying"},
   {"sender": "u1", "text": "that works"},
   {"sender": "u2", "text": "Great. I'll copy your mum into a note about the crash so she knows why we started late."},
   {"sender": "u1", "text": "ok"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "quizwhiz_leah", "text": "5-0 in the KwizClash physics round, get rekt \U0001F60E"},
   {"sender": "dan.p", "text": "u cheated, no way u knew the unit for pressure"},
   {"sender": "quizwhiz_leah", "text": "pascals, trash can"},
   {"sender": "dan.p", "text": "rematch. loser has to explain the other's chem homework"},
   {"sender": "quizwhiz_leah", "text": "u'd fail explaining my chem homework too lol"},
   {"sender": "dan.p", "text": "i hate u (not really, ur my best mate, rematch at 8)"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "study meet up at the library saturday? me, jade and priya"},
   {"sender": "u2", "text": "yes! my mum can drive us, she's going into town anyway"},
   {"sender": "u3", "text": "what time"},
   {"sender": "u1", "text": "10 till 1? then chips"},
   {"sender": "u2", "text": "mum says she'll pick you both up at 9.45. farah send me ur new address, i've only been to ur old house"},
   {"sender": "u1", "text": "14 Birch Lane, the one with the green gate \U0001F60A"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "oli_g", "text": "mocks are out on SchoolSpace... I GOT A 7 IN PHYSICS. i nearly died opening it"},
   {"sender": "Mum", "text": "!!!! Oli that's amazing, so proud of you"},
   {"sender": "Dad", "text": "Pizza tonight to celebrate. You can pick."},
   {"sender": "oli_g", "text": "i'm going to pass out from happiness"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "sunny_k", "text": "does anyone know a good site to help with my history essay, i'm so stuck"},
   {"sender": "ms_osei_library", "text": "Hi Sunny, the school's Writing Centre runs drop-ins every Tuesday lunchtime in the library, free. We help you plan it, we don't write it for you!"},
   {"sender": "sunny_k", "text": "oh nice. do i need to book"},
   {"sender": "ms_osei_library", "text": "Just turn up. Bring the question and any notes."},
   {"sender": "sunny_k", "text": "thank u miss"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Your Fenbury account is open. The card arrives in 5 days. Don't give the card number or PIN to anyone, not even friends."},
   {"sender": "u2", "text": "what about for the tutoring job money"},
   {"sender": "u1", "text": "Mrs Patel pays into it by transfer, she only needs the sort code and account number, and that's fine because we know her and she's paying you."},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "And if anyone ever offers you money to let them use your account, that's a scam called squaring. Tell me straight away."},
   {"sender": "u2", "text": "yeah we did it in PSHE"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "messaging from my tablet. left my phone at the library study session, mum is going to MURDER me"},
   {"sender": "u2", "text": "noooo. did u turn on the find my phone thing"},
   {"sender": "u1", "text": "yes, mum's checking it on her account, it says it's still in the library"},
   {"sender": "u2", "text": "the librarian will have it, they lock stuff in the office"},
   {"sender": "u1", "text": "mum rang them, they've got it \U0001F64F i live to see another day"},
   {"sender": "u2", "text": "rip to your pocket money tho"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "CodeCrew Leaders", "text": "CodeCrew is cancelled this Wednesday because the hall is being used for exams. Back next week, same time."},
   {"sender": "arlo", "text": "can we still do the maze project at home"},
   {"sender": "CodeCrew Leaders", "text": "Yes, keep going and bring it next week to show everyone."}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "SchoolSpace", "text": "SchoolSpace: Parents' evening for Year 7 is on Thursday 23 January, 4-7pm. Book appointments in the Bookings tab."}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "harvey", "text": "what did u get for q3 on the homework"},
   {"sender": "isaac_p", "text": "x = 4"},
   {"sender": "harvey", "text": "i got -4"},
   {"sender": "isaac_p", "text": "check the sign when u move it over"},
   {"sender": "harvey", "text": "oh yeah. 4. cheers"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "for the homework, is sodium chloride ionic or covalent?"},
   {"sender": "u1", "text": "Ionic. A metal and a non-metal, so electrons are transferred."},
   {"sender": "u2", "text": "and water?"},
   {"sender": "u1", "text": "Covalent. Two non-metals sharing electrons. We'll go over it on Thursday."}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
