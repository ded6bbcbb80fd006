[
 {
  "participants": [{"id": "ioana", "role": "child"}, {"id": "vlad_gg", "role": "unknown"}],
  "messages": [
   {"sender": "vlad_gg", "text": "gg that last round, u carried the whole team"},
   {"sender": "ioana", "text": "haha mersi, i was lagging so bad"},
   {"sender": "vlad_gg", "text": "saw ur tag is RO, eşti din România?"},
   {"sender": "ioana", "text": "da! well my parents are, i live in england. Iasi is where bunica lives"},
   {"sender": "vlad_gg", "text": "no way, my family is from near there. small world"},
   {"sender": "ioana", "text": "haha for real"},
   {"sender": "vlad_gg", "text": "how old r u btw, u play like someone whos been gaming for years"},
   {"sender": "ioana", "text": "13, 14 in march"},
   {"sender": "vlad_gg", "text": "mature for 13 honestly. ur english and romanian both perfect"},
   {"sender": "ioana", "text": "lol my romanian is not perfect, mama always corrects me"},
   {"sender": "vlad_gg", "text": "parents always do that. mine never understood me either"},
   {"sender": "vlad_gg", "text": "u can talk to me about anything, i get it. being between two countries is hard"},
   {"sender": "ioana", "text": "yeah kinda. at school they think im weird for speaking romanian on the phone"},
   {"sender": "vlad_gg", "text": "theyre jealous. ur special, trust me"},
   {"sender": "vlad_gg", "text": "i bought u the winter skin pack, check ur inventory"},
   {"sender": "ioana", "text": "WHAT omg u didnt have to do that"},
   {"sender": "vlad_gg", "text": "only for my favourite teammate. dont mention it to ur mama tho, she wont understand why someone online is being nice"},
   {"sender": "ioana", "text": "ok"},
   {"sender": "vlad_gg", "text": "this chat is annoying, mods read everything. hai pe Whispr, add me vlad.x.99"},
   {"sender": "ioana", "text": "i added u"},
   {"sender": "vlad_gg", "text": "send me a pic of u so i know its really u and not ur brother lol"},
   {"sender": "ioana", "text": "[photo]"},
   {"sender": "vlad_gg", "text": "frumoasă. now one thats just for me, the private kind. it deletes after u open it so nobody else ever sees"},
   {"sender": "ioana", "text": "idk i dont really want to"},
   {"sender": "vlad_gg", "text": "after the skins and everything? i thought we trusted each other"}
  ],
  "labels": ["grooming", "sexting"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "+44 7700 900418", "text": "UK VISA OFFICE: Family visa record for your household is incomplete. To avoid removal proceedings upload parent passport photo page and bank login within 24h at [link]. Bilgi / Informacje / Macluumaad: [link]"}
  ],
  "labels": ["scam", "identity_theft"],
  "evasion": False
 },
 {
  "participants": [{"id": "abdi", "role": "child"}, {"id": "big_k", "role": "unknown"}],
  "messages": [
   {"sender": "big_k", "text": "walaal u still on for tonight"},
   {"sender": "abdi", "text": "hooyo said i have to be home by 9, its dugsi tomorrow"},
   {"sender": "big_k", "text": "ur hooyo aint paying ur phone bill is she. i am"},
   {"sender": "abdi", "text": "i know wallahi im grateful"},
   {"sender": "big_k", "text": "then act like it. pick up from the shop on Kestrel Rd, the man knows ur face"},
   {"sender": "big_k", "text": "drop it to the flat after. dont open it, dont look in it"},
   {"sender": "abdi", "text": "ok"},
   {"sender": "big_k", "text": "and keep ur location on the whole time, i wanna see u moving on the map"},
   {"sender": "abdi", "text": "my battery is low"},
   {"sender": "big_k", "text": "sort it. if ur dot stops i come find u myself"},
   {"sender": "abdi", "text": "[location]"},
   {"sender": "big_k", "text": "good. why u by the park. u go straight there"},
   {"sender": "abdi", "text": "sorry sorry going now"},
   {"sender": "big_k", "text": "and after tonight u owe me less. keep it up and u clear it by summer"}
  ],
  "labels": ["criminal_exploitation", "location_control"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Kuba", "text": "siema, the guy from the car wash said he can help me"},
   {"sender": "Marek P", "text": "help u how"},
   {"sender": "Kuba", "text": "he said people send money to his friends in Poland but the bank charges too much. if it goes through my account first he gives me 200 and i can send some to babcia for her meds"},
   {"sender": "Marek P", "text": "hmm thats a lot of money for nothing"},
   {"sender": "Kuba", "text": "its not nothing its helping families. mama cant afford babcia's pills rn"},
   {"sender": "Kuba", "text": "anyway i gave him the details already"},
   {"sender": "Kuba", "text": "[photo] this is what i sent him, Kuba Wiśniewski, Northvale Bank, sort 20-44-19, acc 6071 3382, and my card pin so he doesnt need to bother me"},
   {"sender": "Marek P", "text": "bro u sent ur PIN??"},
   {"sender": "Kuba", "text": "he said its normal, 3k comes in tomorrow and i take it out and give him cash at the car wash"},
   {"sender": "Marek P", "text": "nie wiem bro that sounds dodgy"},
   {"sender": "Kuba", "text": "spoko its fine he's a polish guy too, he wouldnt scam his own"}
  ],
  "labels": ["money_mule", "privacy_disclosure"],
  "evasion": False
 },
 {
  "participants": [{"id": "hamza", "role": "child"}, {"id": "lew", "role": "child"}, {"id": "tyler", "role": "child"}, {"id": "kieran", "role": "child"}, {"id": "maisie", "role": "child"}],
  "messages": [
   {"sender": "lew", "text": "did everyone hear hamza read out in english today"},
   {"sender": "tyler", "text": "\"the poem is very beautiful yes\" lmaooo"},
   {"sender": "kieran", "text": "sounds like a sat nav"},
   {"sender": "hamza", "text": "i only came in september. my english is getting better"},
   {"sender": "lew", "text": "\"my english is getting better\" nobody asked"},
   {"sender": "maisie", "text": "guys thats actually mean"},
   {"sender": "tyler", "text": "chill maisie its banter"},
   {"sender": "kieran", "text": "hamza why do u smell like ur nan's cooking every day"},
   {"sender": "lew", "text": "go back to wherever u came from tbh"},
   {"sender": "hamza", "text": "why are you doing this"},
   {"sender": "tyler", "text": "bc nobody wants u in this school"},
   {"sender": "hamza", "text": "fine. i dont want to be here either. not at school, not anywhere"},
   {"sender": "kieran", "text": "then dont be lol. do everyone a favour"},
   {"sender": "lew", "text": "kys"},
   {"sender": "maisie", "text": "im screenshotting this and showing miss okafor"},
   {"sender": "tyler", "text": "snitch"}
  ],
  "labels": ["cyberbullying", "self_harm"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "sophie_x", "text": "so u thought id just forget about the video call?"},
   {"sender": "arslan", "text": "what do u mean, u said it was private"},
   {"sender": "sophie_x", "text": "i recorded it. every second"},
   {"sender": "sophie_x", "text": "i found ur family too. [photo] thats ur abbu right? and this is the family group 'Chaudhry Parivaar' with 43 people in it"},
   {"sender": "arslan", "text": "please dont. please. my abbu will literally disown me"},
   {"sender": "sophie_x", "text": "£300 by 10pm and i delete it"},
   {"sender": "arslan", "text": "i dont have 300 im 15"},
   {"sender": "sophie_x", "text": "then ur chachas and phupos get to watch. and the mosque group after"},
   {"sender": "arslan", "text": "i can do 40 on a gift card"},
   {"sender": "sophie_x", "text": "40 gets u 1 more hour. clock is ticking"}
  ],
  "labels": ["sextortion"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Tiago", "text": "MANO the 'bus stop dash' is all over my fyp"},
   {"sender": "Rafa", "text": "the one where u run in front of the bus?"},
   {"sender": "Tiago", "text": "yeah closest one wins. guy in leeds got like 2 million views"},
   {"sender": "Gabi", "text": "that's so dumb lol"},
   {"sender": "Rafa", "text": "nah its sick. tomorrow after school at the 44 stop by Fenwick Lane"},
   {"sender": "Tiago", "text": "im filming. whoever bottles it buys everyone chicken"},
   {"sender": "Gabi", "text": "minha mãe would kill me"},
   {"sender": "Rafa", "text": "then dont tell ur mãe. gabi u going first"},
   {"sender": "Gabi", "text": "why me"},
   {"sender": "Tiago", "text": "bc ur the fastest. closer than the leeds guy or it doesnt count"},
   {"sender": "Rafa", "text": "bora bora bora 🏃‍♂️🚌"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
 },
 {
  "participants": [{"id": "nour", "role": "child"}, {"id": "ms_haddad", "role": "adult"}],
  "messages": [
   {"sender": "nour", "text": "miss sorry to message on the school app, something happened on the 31 bus this morning"},
   {"sender": "ms_haddad", "text": "Thank you for telling me Nour. Are you safe now? What happened?"},
   {"sender": "nour", "text": "my phone kept popping up 'someone wants to AirDrop u a photo' from a name 'ur secret admirer'. i pressed decline but it kept coming, like 6 times"},
   {"sender": "nour", "text": "then i pressed it by mistake and it was a disgusting picture. a man's. i deleted it straight away"},
   {"sender": "nour", "text": "wallah i didnt want to see it. i dont want baba to find out, he will take my phone"},
   {"sender": "ms_haddad", "text": "You have done nothing wrong. Let's talk at break, and we'll switch your AirDrop to contacts only together."}
  ],
  "labels": ["unwanted_contact"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "bro_yusuf", "text": "salam sister, saw ur nasheed video on the community page, mashallah"},
   {"sender": "maryam_11", "text": "wa alaikum salam thank u"},
   {"sender": "bro_yusuf", "text": "which masjid do u go to, maybe i know ur family"},
   {"sender": "maryam_11", "text": "Al-Noor on Peverell Street"},
   {"sender": "bro_yusuf", "text": "and school?"},
   {"sender": "maryam_11", "text": "Harrowgate Academy, year 7"},
   {"sender": "bro_yusuf", "text": "near ur house?"},
   {"sender": "maryam_11", "text": "yeah 14 Cobden Terrace, i walk with my cousin at 8:10"},
   {"sender": "bro_yusuf", "text": "send me ur number its easier"},
   {"sender": "maryam_11", "text": "my mum says i cant give it"},
   {"sender": "bro_yusuf", "text": "?"},
   {"sender": "bro_yusuf", "text": "why so rude"},
   {"sender": "bro_yusuf", "text": "answer me habibti"},
   {"sender": "bro_yusuf", "text": "i can see ur online"},
   {"sender": "bro_yusuf", "text": "i will wait by the masjid friday then"}
  ],
  "labels": ["privacy_disclosure", "unwanted_contact"],
  "evasion": False
 },
 {
  "participants": [{"id": "bianca", "role": "child"}, {"id": "andrei_models", "role": "adult"}, {"id": "larisa", "role": "unknown"}],
  "messages": [
   {"sender": "andrei_models", "text": "Bună Bianca, I manage new faces for a fashion agency in London. Your photos have something special"},
   {"sender": "bianca", "text": "omg really? im only 15 tho"},
   {"sender": "andrei_models", "text": "Perfect age to start. Many of our girls started at 14"},
   {"sender": "andrei_models", "text": "Your mama works at the laundrette, no? You could help her. Girls earn £800 a weekend"},
   {"sender": "bianca", "text": "how do u know where my mama works"},
   {"sender": "andrei_models", "text": "You posted a photo there at Christmas 😊 I pay attention to talent"},
   {"sender": "bianca", "text": "that would actually help so much. tata's money from Spain stopped coming"},
   {"sender": "andrei_models", "text": "Exactly. Family first. I will add Larisa, she is one of my girls, she will explain"},
   {"sender": "larisa", "text": "hey draga, its real, i bought my mama a new fridge from this"},
   {"sender": "larisa", "text": "its mostly hosting at private parties with our clients. rich men, nice hotels, you just keep them happy"},
   {"sender": "bianca", "text": "hosting like what"},
   {"sender": "andrei_models", "text": "We teach you everything. First weekend we pay your train and hotel in Manchester"},
   {"sender": "andrei_models", "text": "Don't tell your mama the details yet, she will worry for nothing. Say it's a school trip"},
   {"sender": "larisa", "text": "we all did that at first lol"},
   {"sender": "andrei_models", "text": "Send me a recent photo in something nice so I can show the client. Friday 5pm, at the station, I will meet you"}
  ],
  "labels": ["sex_trafficking", "grooming"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Jayden", "text": "yo check the 9K chat tonight"},
   {"sender": "Reece", "text": "what happened"},
   {"sender": "Jayden", "text": "connor put priya's school photo thru that undress app. it actually looks real"},
   {"sender": "Callum", "text": "send it"},
   {"sender": "Jayden", "text": "[photo]"},
   {"sender": "Reece", "text": "bro thats messed up 💀 she's like 13"},
   {"sender": "Callum", "text": "lmaoo her dad is so strict as well, imagine if he sees"},
   {"sender": "Jayden", "text": "connor says he's doing aisha and the polish girl next, £3 a pic on Whispr"},
   {"sender": "Callum", "text": "ill take priya's for 2"},
   {"sender": "Jayden", "text": "also someone add priya to the chat so she sees it lol"},
   {"sender": "Reece", "text": "nah im leaving this"}
  ],
  "labels": ["csam", "cyberbullying"],
  "evasion": False
 },
 {
  "participants": [{"id": "hodan", "role": "child"}, {"id": "ifrah", "role": "child"}],
  "messages": [
   {"sender": "hodan", "text": "r u awake"},
   {"sender": "ifrah", "text": "ye whats up walaal"},
   {"sender": "hodan", "text": "hooyo was crying on the phone to my aunty again, about the money for back home. and aabo said its my fault for failing maths"},
   {"sender": "ifrah", "text": "thats not ur fault wallahi"},
   {"sender": "hodan", "text": "i translate everything for them, the GP, the council letters, the landlord. and i still get it wrong"},
   {"sender": "hodan", "text": "honestly i just want to disappear. like not wake up and not be anyone's problem"},
   {"sender": "ifrah", "text": "hodan dont say that. pls"},
   {"sender": "hodan", "text": "i mean it tho. ive been thinking it for weeks"},
   {"sender": "ifrah", "text": "can u tell miss begum tomorrow? ill come with u. or i can call u rn"}
  ],
  "labels": ["self_harm"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "BlockBlitz_Rewardz", "text": "🎁 Fr33 5000 B1itzCoin 4 the first 100 pl4yers!! 🎁"},
   {"sender": "BlockBlitz_Rewardz", "text": "Just l0g in at [link] w/ ur usern4me + p4ssw0rd and v3rify w/ a c4rd (£0 ch4rge, 4ge ch3ck only)"},
   {"sender": "Dani", "text": "es real? mi primo got one yesterday"},
   {"sender": "BlockBlitz_Rewardz", "text": "100% l3git, 14 sp0ts l3ft. use ur mum's c4rd if u dont h4ve 1, sh3 won't s33 any ch4rge"},
   {"sender": "Dani", "text": "ok hold on, going to get mamá's purse"}
  ],
  "labels": ["scam", "identity_theft"],
  "evasion": True,
  "note": "leetspeak (Fr33, l0g in, p4ssw0rd, c4rd, l3git) throughout a fake game-currency giveaway"
 },
 {
  "participants": [{"id": "zuzia", "role": "child"}, {"id": "ola", "role": "child"}, {"id": "fake_zuzia", "role": "unknown"}],
  "messages": [
   {"sender": "ola", "text": "zuzia is this u?? [link] 'zuzia.kowalska.08'"},
   {"sender": "zuzia", "text": "no!! my account is zuzia_k. that one has my profile pic and my first communion photo"},
   {"sender": "ola", "text": "it's following half of year 8 and posting stuff in polish and english saying ur a liar and a 'dirty immigrant'"},
   {"sender": "zuzia", "text": "o boże. i messaged it"},
   {"sender": "fake_zuzia", "text": "hi me 😂 everyone thinks im u now"},
   {"sender": "zuzia", "text": "delete it right now, who are u"},
   {"sender": "fake_zuzia", "text": "posted ur little letter to ur babcia too, the one from ur old account. cute"},
   {"sender": "fake_zuzia", "text": "next im messaging ur crush as u"},
   {"sender": "zuzia", "text": "please stop, i cant even go to school tomorrow"},
   {"sender": "fake_zuzia", "text": "nobody will believe its not u. ur nothing here"}
  ],
  "labels": ["identity_theft", "cyberbullying"],
  "evasion": False
 },
 {
  "participants": [{"id": "amira", "role": "child"}, {"id": "kareem19", "role": "adult"}],
  "messages": [
   {"sender": "kareem19", "text": "sabah el kheir ya amar 🌙"},
   {"sender": "amira", "text": "morning 🙈"},
   {"sender": "kareem19", "text": "u looked so pretty at the wedding, i cant believe ur only 14. u act older than girls my age"},
   {"sender": "amira", "text": "stopppp"},
   {"sender": "kareem19", "text": "did u delete our chats like i said? ur mama checks ur phone"},
   {"sender": "amira", "text": "yes"},
   {"sender": "kareem19", "text": "good girl. where r u now"},
   {"sender": "amira", "text": "at school"},
   {"sender": "kareem19", "text": "share ur live loc, i want to see"},
   {"sender": "amira", "text": "[location]"},
   {"sender": "kareem19", "text": "keep it on always. if i see it off i know ur hiding something"},
   {"sender": "amira", "text": "why tho"},
   {"sender": "kareem19", "text": "bc i care where my girl is. u were at Lena's house yesterday for 2 hours, who else was there"},
   {"sender": "amira", "text": "just her and her sister i swear"},
   {"sender": "kareem19", "text": "next time ask me first"}
  ],
  "labels": ["location_control", "grooming"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "K.Ghost", "text": "u tryna make a quick ting this wknd? ez s.q.u.a.r.e"},
   {"sender": "Bilal_07", "text": "wdym"},
   {"sender": "K.Ghost", "text": "u got a b-a-n-k a-c-c? 💳 my boy sends 1.5 in, u pull it out in cash, u keep 2 bills"},
   {"sender": "Bilal_07", "text": "from who tho"},
   {"sender": "K.Ghost", "text": "dont worry bout that. just need ur d.e.t.s + ur l.o.g.i.n so i can watch it land 🏦"},
   {"sender": "Bilal_07", "text": "my ammi opened it for eid money tho, she checks it"},
   {"sender": "K.Ghost", "text": "in n out same day she wont see nothin. u want the bread or nah 🍞"},
   {"sender": "Bilal_07", "text": "ok wait ill screenshot it"}
  ],
  "labels": ["money_mule"],
  "evasion": True,
  "note": "dotted and hyphenated letters (s.q.u.a.r.e, b-a-n-k a-c-c, d.e.t.s) with card, bank and bread emoji"
 },
 {
  "messages": [
   {"sender": "diego", "text": "ey lucía"},
   {"sender": "lucia", "text": "qué pasa"},
   {"sender": "diego", "text": "u going to marco's on saturday"},
   {"sender": "lucia", "text": "if mi madre lets me"},
   {"sender": "diego", "text": "u should send me something before then"},
   {"sender": "lucia", "text": "like what"},
   {"sender": "diego", "text": "u know. a pic thats not for ur story. just for me"},
   {"sender": "lucia", "text": "no diego"},
   {"sender": "diego", "text": "venga everyone does it, dani's gf sends him them"},
   {"sender": "diego", "text": "it'll disappear after 10 secs, nobody will know"},
   {"sender": "lucia", "text": "i said no"},
   {"sender": "diego", "text": "ur so boring then. guess ill ask someone else"},
   {"sender": "diego", "text": "last chance, send it tonight or dont bother talking to me at marco's"}
  ],
  "labels": ["sexting"],
  "evasion": False
 },
 {
  "participants": [{"id": "usman", "role": "child"}, {"id": "shah_g", "role": "unknown"}],
  "messages": [
   {"sender": "shah_g", "text": "usman bhai remember them trainers i got u"},
   {"sender": "usman", "text": "ye they're sick thanks yaar"},
   {"sender": "shah_g", "text": "180 quid them. plus the phone. plus the food every week"},
   {"sender": "usman", "text": "i thought they were presents"},
   {"sender": "shah_g", "text": "nothing is free bro. u owe 400 now"},
   {"sender": "usman", "text": "i dont have 400, abbu doesnt even give me 10"},
   {"sender": "shah_g", "text": "theres other ways. u hold some stuff at ur house for a few weeks. under ur bed, ur ammi never checks there"},
   {"sender": "usman", "text": "what stuff"},
   {"sender": "shah_g", "text": "stuff. and saturdays u do a little run to Dewsford for me"},
   {"sender": "usman", "text": "i dont want to get in trouble"},
   {"sender": "shah_g", "text": "ur already in it. u want ur chote bhai walking home alone from school with people knowing his name?"}
  ],
  "labels": ["criminal_exploitation"],
  "evasion": False
 },
 {
  "participants": [{"id": "leila", "role": "child"}, {"id": "x_stranger", "role": "unknown"}],
  "messages": [
   {"sender": "x_stranger", "text": "hеу ѕехy, уоu ѕtill ignоring mе?"},
   {"sender": "x_stranger", "text": "i ѕаw уоur stоrу аt thе ѕhоpping сеntrе tоdау"},
   {"sender": "x_stranger", "text": "[photo]"},
   {"sender": "x_stranger", "text": "thаt'ѕ fоr уоu. ѕеnd оnе bасk"},
   {"sender": "leila", "text": "who is this?? i dont know u. stop messaging me"},
   {"sender": "x_stranger", "text": "i'll mаkе а nеw ассоunt еvеrу timе уоu blосk mе 😘"},
   {"sender": "x_stranger", "text": "rеquеѕt ѕеnt аgаin"}
  ],
  "labels": ["unwanted_contact", "sexting"],
  "evasion": True,
  "note": "Cyrillic homoglyphs (е, у, о, ѕ, а, с, х) in every stranger message; unsolicited image and repeated new accounts"
 },
 {
  "participants": [{"id": "sana", "role": "child"}, {"id": "anon_acc", "role": "unknown"}],
  "messages": [
   {"sender": "anon_acc", "text": "Sana Iqbal, 9M, Birchfield High. right?"},
   {"sender": "sana", "text": "who r u"},
   {"sender": "anon_acc", "text": "i took ur profile pic and put it in the app. look what it made [photo]"},
   {"sender": "sana", "text": "thats not me. thats fake. delete it"},
   {"sender": "anon_acc", "text": "ur mamoo and ur ammi won't know its fake. nobody in ur family group will"},
   {"sender": "anon_acc", "text": "£150 in gift cards or it goes to every contact on ur list. ur school too"},
   {"sender": "sana", "text": "i dont have that money please"},
   {"sender": "anon_acc", "text": "then u send me real ones instead and i'll delete the fake. ur choice"},
   {"sender": "anon_acc", "text": "u have until fajr"}
  ],
  "labels": ["sextortion", "csam", "sexting"],
  "evasion": False
 },
 {
  "participants": [{"id": "ammi", "role": "adult"}, {"id": "zain", "role": "child"}, {"id": "ayesha", "role": "child"}, {"id": "abbu", "role": "adult"}],
  "messages": [
   {"sender": "ammi", "text": "Zain beta kahan ho? It's getting dark"},
   {"sender": "zain", "text": "football finished late ammi, walking now"},
   {"sender": "ammi", "text": "Location bhejo please. Live wala, not the screenshot"},
   {"sender": "zain", "text": "[location]"},
   {"sender": "ammi", "text": "Shabash. Ayesha tum bhi, are you still at Hina's?"},
   {"sender": "ayesha", "text": "yes ammi her mum will drop me at 8"},
   {"sender": "abbu", "text": "I'll pick Zain from the corner of Moss Lane, 5 mins"},
   {"sender": "zain", "text": "ok abbu 👍"},
   {"sender": "ammi", "text": "Aur Zain, what's the wifi password again? Nani's tablet disconnected"},
   {"sender": "zain", "text": "its on the back of the router ammi, the long one"},
   {"sender": "ammi", "text": "Nahi mil raha, just tell me"},
   {"sender": "zain", "text": "ill do it when i get home, dont touch anything 😂"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "faisal", "role": "child"}, {"id": "bhaijan", "role": "adult"}],
  "messages": [
   {"sender": "bhaijan", "text": "Faisal, did you get the money I sent you? £120"},
   {"sender": "faisal", "text": "yes bhaijan it came"},
   {"sender": "bhaijan", "text": "Ok now go with ammi to Sahara Remit on High St before 5. Send 100 to Nani in Mirpur, the rest is yours for the bus pass"},
   {"sender": "faisal", "text": "do i need her CNIC number?"},
   {"sender": "bhaijan", "text": "Ammi has it in her purse, she does the form. You just help her with the English bits"},
   {"sender": "faisal", "text": "ok. the man always asks who the money is for lol"},
   {"sender": "bhaijan", "text": "Say family support, which it is. And get the receipt, I'll message mamu so he can collect"},
   {"sender": "faisal", "text": "done, [photo] receipt"},
   {"sender": "bhaijan", "text": "Jazakallah. Nani will be so happy"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Uncle Abdirahman", "text": "Asc everyone. Community iftar Saturday at Hawthorn Centre, 7:15pm. Youth volunteers needed from 5"},
   {"sender": "Hooyo Faadumo", "text": "Mahadsanid abti. My two boys will help"},
   {"sender": "Uncle Abdirahman", "text": "Volunteers please send your full name and emergency contact number to sister Hibo by Thursday, for the register"},
   {"sender": "Sister Hibo", "text": "You can also give it to me at the door. Under-16s must have a parent on site"},
   {"sender": "Khadar", "text": "do we get food lol"},
   {"sender": "Uncle Abdirahman", "text": "Khadar wallahi you always eat first 😂 yes"},
   {"sender": "Sister Hibo", "text": "Dress warm, the car park gets cold. Meet by the side door where the bins are"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "pani_nowak", "role": "adult"}, {"id": "julia", "role": "child"}, {"id": "szymon", "role": "child"}, {"id": "tomek", "role": "child"}],
  "messages": [
   {"sender": "pani_nowak", "text": "Dzień dobry klaso! Saturday school homework: read pages 14-17 and answer questions 1-6 w zeszycie"},
   {"sender": "julia", "text": "pani nowak i was ill last week, can i send a photo of the homework here?"},
   {"sender": "pani_nowak", "text": "Tak, of course Julia. Send me a pic of the homework when it's done, clear and not blurry please"},
   {"sender": "julia", "text": "[photo]"},
   {"sender": "pani_nowak", "text": "Bardzo dobrze! Only question 4, 'rzeka' not 'żeka' 🙂"},
   {"sender": "szymon", "text": "proszę pani do we need to do the grammar sheet too"},
   {"sender": "pani_nowak", "text": "Yes, both. Parents, reminder: no class on the 14th, it's the hall's boiler service"},
   {"sender": "tomek", "text": "yessss"},
   {"sender": "pani_nowak", "text": "Tomek 😄 you still need to do the reading"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "BRIGHTMOOR", "text": "Brightmoor Bank: 381904 is your code to approve a payment of £12.99 to StreamBox. We will NEVER call or text to ask you for this code. Not you? Call the number on the back of your card."}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Caio", "text": "MANO how did u miss that, the goalie was on the floor 😭"},
   {"sender": "Pedro", "text": "lag bro, juro"},
   {"sender": "Caio", "text": "lag my ass u r just trash"},
   {"sender": "Pedro", "text": "say that again i'll destroy u in the rematch"},
   {"sender": "Caio", "text": "vou te matar no próximo jogo 😂 5-0 guaranteed"},
   {"sender": "Thiago", "text": "both of u are garbage i'm carrying this club"},
   {"sender": "Pedro", "text": "thiago u scored an own goal 2 times"},
   {"sender": "Thiago", "text": "tactical"},
   {"sender": "Caio", "text": "ok rematch at 8, loser does the dishes for their mãe all week"},
   {"sender": "Pedro", "text": "fechado 🤝"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "tia_carmen", "text": "Ok familia, abuela's 80th is on the 22nd. Surprise party at our flat"},
   {"sender": "sofia", "text": "omgggg she's going to cry"},
   {"sender": "tia_carmen", "text": "NOBODY tells her. Not even a hint. Mateo that means you"},
   {"sender": "mateo", "text": "why me 😭"},
   {"sender": "tia_carmen", "text": "Because last year you told her about the cake 🙄"},
   {"sender": "sofia", "text": "i'll keep her busy at church that afternoon, she'll think we're just going for churros after"},
   {"sender": "tia_carmen", "text": "Perfecto mija. Delete these messages if she borrows your phone, she reads everything"},
   {"sender": "mateo", "text": "i'm doing the slideshow, send me old photos of her"},
   {"sender": "tia_carmen", "text": "[photo] [photo] from Valencia 1968, look how guapa"},
   {"sender": "sofia", "text": "SHE WAS SO PRETTY"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "mr_osei", "role": "adult"}, {"id": "kasia", "role": "child"}, {"id": "ahmed", "role": "child"}, {"id": "ramona", "role": "child"}],
  "messages": [
   {"sender": "mr_osei", "text": "Hi EAL group. Quick follow-up to today's lesson on scam messages. Who can remember one trick?"},
   {"sender": "ahmed", "text": "they pretend to be the bank and say 'urgent' so u panic"},
   {"sender": "mr_osei", "text": "Yes! Urgency is a big one. Another?"},
   {"sender": "kasia", "text": "fake prize like 'u won a iPhone click the link and put ur card'"},
   {"sender": "ramona", "text": "and sometimes they write in romanian or polish so u trust them more"},
   {"sender": "mr_osei", "text": "Brilliant Ramona, that's exactly why I wanted this group to have the lesson. Scammers know some families read English less confidently"},
   {"sender": "ahmed", "text": "my dad got one saying his visa will be cancelled unless he pays"},
   {"sender": "mr_osei", "text": "Classic. The Home Office never asks for payment by text or gift card. What do we do?"},
   {"sender": "kasia", "text": "dont click, screenshot, tell an adult, report it"},
   {"sender": "mr_osei", "text": "Perfect. Homework: teach one person at home what we learnt, in your home language 🙂"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Noor ✨", "text": "rehan whats the password for the Streamflix"},
   {"sender": "Rehan", "text": "why should i tell u"},
   {"sender": "Noor ✨", "text": "yaar ammi said we share it, she pays for it not u 😒"},
   {"sender": "Rehan", "text": "fine its the one with our cat's name and my birthday"},
   {"sender": "Noor ✨", "text": "which birthday format"},
   {"sender": "Rehan", "text": "ugh just come to my room"},
   {"sender": "Noor ✨", "text": "ur room smells"},
   {"sender": "Rehan", "text": "then no drama for u tonight"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "chacha_tariq", "role": "adult"}, {"id": "danyal", "role": "child"}, {"id": "abbu_d", "role": "adult"}],
  "messages": [
   {"sender": "chacha_tariq", "text": "Danyal, ready for Saturday at the shop? 9 till 1"},
   {"sender": "danyal", "text": "yes chacha, do i need to bring anything"},
   {"sender": "chacha_tariq", "text": "Just black trousers. You'll do shelves and the cardboard, not the till. £25 cash and lunch"},
   {"sender": "abbu_d", "text": "Tariq he's 14, make sure he's out by 1, he has tuition at 2"},
   {"sender": "chacha_tariq", "text": "Haan bhai, I'll drop him back myself"},
   {"sender": "danyal", "text": "can i have samosas for lunch"},
   {"sender": "chacha_tariq", "text": "Only if you don't eat the stock like last time 😂"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Abdi", "text": "iska warran, did u see that goal last night"},
   {"sender": "Mohamed", "text": "haye walaal that was madness"},
   {"sender": "Abdi", "text": "5 a side at the cage after school?"},
   {"sender": "Mohamed", "text": "cant, dugsi till 6. tomorrow?"},
   {"sender": "Abdi", "text": "bet. bring ur ball, mine is flat"},
   {"sender": "Mohamed", "text": "hooyo threw mine in the bin bc it hit the window lol"},
   {"sender": "Abdi", "text": "ill ask my abti to buy one from the sports shop"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "ella", "role": "child"}, {"id": "yasmin", "role": "child"}, {"id": "kacper", "role": "child"}],
  "messages": [
   {"sender": "ella", "text": "did u guys see the news about the boy in scotland"},
   {"sender": "yasmin", "text": "the sextortion one? yeah it was so sad"},
   {"sender": "kacper", "text": "what happened"},
   {"sender": "ella", "text": "someone pretending to be a girl got him to send a private pic and then said pay or they'd send it to his family"},
   {"sender": "yasmin", "text": "miss said if it ever happens dont pay and dont delete anything, tell someone straight away, it's not ur fault"},
   {"sender": "kacper", "text": "my cousin in poland said it happened to his friend too"},
   {"sender": "ella", "text": "there's that report remove thing from childline as well"},
   {"sender": "kacper", "text": "thats good to know ngl"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "mama_elena", "role": "adult"}, {"id": "andrei", "role": "child"}],
  "messages": [
   {"sender": "mama_elena", "text": "Andrei, iei tu pe Maria de la grădiniță azi? I'm on late shift"},
   {"sender": "andrei", "text": "da mama, what time"},
   {"sender": "mama_elena", "text": "3:15. Bring her scooter, it's by the door. Give her the banana in the fridge"},
   {"sender": "andrei", "text": "ok. can i take her to the park after"},
   {"sender": "mama_elena", "text": "Doar 30 de minute, then home and homework. Text me when you're home"},
   {"sender": "andrei", "text": "home ✅ she's eating the banana"},
   {"sender": "mama_elena", "text": "Mulțumesc puiule ❤️"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Aleksandra", "text": "I AM GOING TO DIE"},
   {"sender": "Wiktoria", "text": "what now"},
   {"sender": "Aleksandra", "text": "i sent the voice note about mr harris to the class chat instead of u"},
   {"sender": "Wiktoria", "text": "NIE 💀💀💀"},
   {"sender": "Aleksandra", "text": "it was in polish at least but kasia is in that chat and she will translate"},
   {"sender": "Wiktoria", "text": "delete for everyone quick"},
   {"sender": "Aleksandra", "text": "done. if tata hears about this he will actually kill me"},
   {"sender": "Wiktoria", "text": "relax u only said his ties are ugly, they are"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "ParcelGo", "text": "ParcelGo: Your parcel from Kitchenly will be delivered today between 13:40-14:40. Driver: Sam. Track or change delivery in the ParcelGo app. Reply STOP to opt out."}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "kuzyn_pawel", "text": "Natalka! Wesele was amazing, shame you couldn't come from England"},
   {"sender": "natalia", "text": "i knowww send me photos of everything"},
   {"sender": "kuzyn_pawel", "text": "[photo] [photo] [video] the first dance"},
   {"sender": "ciocia_ewa", "text": "Send us a photo of you in your new school uniform, babcia wants to see"},
   {"sender": "natalia", "text": "[photo] ugh the blazer is so big"},
   {"sender": "ciocia_ewa", "text": "Śliczna! You'll grow into it"},
   {"sender": "kuzyn_pawel", "text": "video call Sunday? babcia figured out the tablet finally"},
   {"sender": "natalia", "text": "yes!! after church"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "ustadha_salma", "role": "adult"}, {"id": "baba_khalid", "role": "adult"}, {"id": "rania", "role": "child"}],
  "messages": [
   {"sender": "ustadha_salma", "text": "Assalamu alaikum. Rania's online Arabic and Qur'an class is moved to 6pm Tuesdays from next week"},
   {"sender": "baba_khalid", "text": "Wa alaikum salam ustadha. 6pm is fine, I'll be home"},
   {"sender": "ustadha_salma", "text": "Please keep the laptop in the living room as before, and a parent nearby for the first 5 minutes"},
   {"sender": "rania", "text": "ustadha can i turn my camera off when i'm reading? i get shy"},
   {"sender": "ustadha_salma", "text": "Camera on for the register only, then you can turn it off for reading, habibti. Your baba is in this chat so he knows the plan"},
   {"sender": "baba_khalid", "text": "Shukran. Payment for this month sent by bank transfer, reference RANIA-MAR"},
   {"sender": "ustadha_salma", "text": "Received, jazakallah khair"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Simran", "text": "vaisakhi parade sunday!! who's coming"},
   {"sender": "Harpreet", "text": "me and my whole khandaan lol"},
   {"sender": "Simran", "text": "meet at the gurdwara at 10? the langar will be packed after"},
   {"sender": "Jas", "text": "my mum is doing seva in the kitchen so ill be there from 8 😭"},
   {"sender": "Harpreet", "text": "wear orange pls we need matching pics"},
   {"sender": "Simran", "text": "ok but not the same orange as last year, we looked like traffic cones"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "dadi", "role": "adult"}, {"id": "new_number", "role": "adult"}, {"id": "phuppo_rubina", "role": "adult"}, {"id": "hamza_k", "role": "child"}, {"id": "ammi_k", "role": "adult"}, {"id": "hira", "role": "child"}],
  "messages": [
   {"sender": "dadi", "text": "Assalam o alaikum sab ko. Shaadi is 14 days away, who has booked tickets?"},
   {"sender": "ammi_k", "text": "Walaikum salam Ammi ji. We fly on the 3rd, all four of us"},
   {"sender": "phuppo_rubina", "text": "We're on the 5th. Hira, did you get your mehndi outfit stitched?"},
   {"sender": "hira", "text": "yes phuppo its so pretty, send pics of yours too"},
   {"sender": "phuppo_rubina", "text": "[photo] from the tailor in Anarkali"},
   {"sender": "hira", "text": "OMG the colour 😍"},
   {"sender": "new_number", "text": "Salam everyone, this is Tariq chacha, my new number. Old phone fell in the water tank 😅"},
   {"sender": "hamza_k", "text": "chacha is that really u? miss said new numbers can be scams"},
   {"sender": "new_number", "text": "Haha good boy Hamza. Call me right now on video, I'm at the shop"},
   {"sender": "hamza_k", "text": "ok calling"},
   {"sender": "hamza_k", "text": "ok it's him, he's wearing the hat from eid 😂"},
   {"sender": "ammi_k", "text": "Shabash Hamza, very smart. Everyone save Tariq's new number"},
   {"sender": "dadi", "text": "I don't know how to save it"},
   {"sender": "hira", "text": "dadi i'll do it when we arrive"},
   {"sender": "new_number", "text": "Whoever needs a lift from the airport, send me your landing time, I'll bring the van"},
   {"sender": "ammi_k", "text": "We land 6:10am on the 4th. Bacchon ko bhook lagegi, bring parathas"},
   {"sender": "new_number", "text": "Done. Dadi has already ordered enough food for 200 people"},
   {"sender": "dadi", "text": "300"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Beatriz", "text": "festa junina at the church hall saturday!! who's coming"},
   {"sender": "Clara", "text": "meee. my vó is making canjica"},
   {"sender": "Beatriz", "text": "clara send me ur address so my mãe can pick u up on the way, she asked"},
   {"sender": "Clara", "text": "i'll get my mum to text ur mum, she doesnt like me giving it out lol"},
   {"sender": "Beatriz", "text": "fair. wear the checked shirt, we're doing the quadrilha"},
   {"sender": "Clara", "text": "i'm NOT dancing"},
   {"sender": "Beatriz", "text": "u are. padre joão said everyone dances"}
  ],
  "labels": []
 }
]
