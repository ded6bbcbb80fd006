[
 {"messages": [
   {"sender": "Frostbyte77", "text": "nice shot on the tower u been playing long"},
   {"sender": "Alfie", "text": "since summer"},
   {"sender": "Frostbyte77", "text": "ur better than half my clan fr"},
   {"sender": "Alfie", "text": "no way ur clan is top 100"},
   {"sender": "Frostbyte77", "text": "want in? we need a sniper"},
   {"sender": "Alfie", "text": "YES"},
   {"sender": "Alfie", "text": "yes pls"},
   {"sender": "Frostbyte77", "text": "sent u the invite and 2k gems so u can get the winter skin"},
   {"sender": "Alfie", "text": "omg thank u thats like 20 quid"},
   {"sender": "Frostbyte77", "text": "nah ur worth it. how old r u anyway"},
   {"sender": "Alfie", "text": "12"},
   {"sender": "Frostbyte77", "text": "u talk way older than 12 ur mature for ur age"},
   {"sender": "Frostbyte77", "text": "do ur parents let u play late"},
   {"sender": "Alfie", "text": "not on school nights my dad takes the console at 9"},
   {"sender": "Frostbyte77", "text": "thats harsh they dont get gaming"},
   {"sender": "Frostbyte77", "text": "u got a phone? add me on whispr we can talk after 9 when ur dad takes it"},
   {"sender": "Alfie", "text": "ye its alfie_k12"},
   {"sender": "Frostbyte77", "text": "dont tell ur dad about the gems or me he'll think im weird and ban u"},
   {"sender": "Frostbyte77", "text": "this is just between us ok little bro"},
   {"sender": "Frostbyte77", "text": "maybe one day i come watch u play football in ur town what town is it"}
  ],
  "labels": ["grooming"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "c", "role": "child"}, {"id": "x", "role": "unknown"}],
  "messages": [
   {"sender": "x", "text": "u looked so good in the last one send another"},
   {"sender": "c", "text": "no i said only one"},
   {"sender": "x", "text": "send one more the private kind or i post the first one on ur school page"},
   {"sender": "x", "text": "i have ur followers list"},
   {"sender": "c", "text": "pls dont pls"},
   {"sender": "x", "text": "then send it. u got 10 mins"},
   {"sender": "x", "text": "10 mins"},
   {"sender": "x", "text": "9"}
  ],
  "labels": ["sexting", "sextortion"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "man", "role": "adult"}],
  "messages": [
   {"sender": "man", "text": "hows my favourite girl did u have the sleepover"},
   {"sender": "kid", "text": "ye its tonight 4 of us"},
   {"sender": "man", "text": "fun! take some pics of ur friends when they r getting changed for bed and send them to me"},
   {"sender": "man", "text": "dont let them see u do it its a game"},
   {"sender": "kid", "text": "why"},
   {"sender": "man", "text": "for my collection u get another gift card if u do"},
   {"sender": "man", "text": "and delete the chat after remember our rule"}
  ],
  "labels": ["csam", "grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Kyle", "text": "party at my mates flat saturday u n ur friend come"},
   {"sender": "Jess", "text": "who will be there"},
   {"sender": "Kyle", "text": "just some older guys they r sound they pay u 200 each just to hang out and be friendly"},
   {"sender": "Kyle", "text": "ill send a taxi to the end of ur road at 10 dont tell ur mum say ur at a sleepover"},
   {"sender": "Jess", "text": "we r only 15 tho"},
   {"sender": "Kyle", "text": "they like that lol just wear something nice"}
  ],
  "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "v", "role": "child"}, {"id": "a", "role": "child"}, {"id": "b", "role": "child"}, {"id": "d", "role": "child"}],
  "messages": [
   {"sender": "a", "text": "EVERYONE HATES U"},
   {"sender": "b", "text": "EVERYONE HATES U"},
   {"sender": "a", "text": "u smell and ur dad left cos of u"},
   {"sender": "d", "text": "[photo] this u at lunch lmaooo"},
   {"sender": "v", "text": "STOP POSTING THAT"},
   {"sender": "b", "text": "or what lol go cry"},
   {"sender": "a", "text": "dont come to school monday or ur getting it"}
  ],
  "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "StarGems_Official", "text": "FREE 5000 STARGEMS GIVEAWAY first 50 players only"},
   {"sender": "Rosie", "text": "how"},
   {"sender": "StarGems_Official", "text": "click [link] and put ur mums card in for age check 0 pounds charged promise"},
   {"sender": "Rosie", "text": "i dont have her card"},
   {"sender": "StarGems_Official", "text": "its in her purse just take a pic of both sides quick b4 the giveaway ends"}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "teen", "role": "child"}, {"id": "rec", "role": "unknown"}],
  "messages": [
   {"sender": "rec", "text": "hi from Brightpath Jobs ur application for the weekend role is approved"},
   {"sender": "teen", "text": "i didnt apply for anything"},
   {"sender": "rec", "text": "u did on blinkr last month. to start we need a photo of ur passport or birth certificate and ur national insurance number"},
   {"sender": "teen", "text": "im 16 do i have one"},
   {"sender": "rec", "text": "ask ur parents for it and send both sides of the passport plus a selfie holding it"},
   {"sender": "rec", "text": "also ur email password so we can set up ur staff account"}
  ],
  "labels": ["identity_theft", "scam"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Ty", "text": "new one 🔥🗑️ at 🏫 tonite after 9"},
   {"sender": "Ty", "text": "film it 📹 n post b4 🚒 come lol"},
   {"sender": "Ash", "text": "😳 the big bins by the gate"},
   {"sender": "Ty", "text": "ye evry1 on flik is doin it 🏆 most views wins"},
   {"sender": "Ash", "text": "wat if 👮"},
   {"sender": "Ty", "text": "🐔🐔 then. ur out if u dont"}
  ],
  "labels": ["harmful_challenge"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "g", "role": "child"}, {"id": "s", "role": "unknown"}],
  "messages": [
   {"sender": "s", "text": "ur so pretty ur friends must be jealous"},
   {"sender": "g", "text": "haha no"},
   {"sender": "s", "text": "which school u at i bet ur the popular one"},
   {"sender": "g", "text": "westcombe high yr 7"},
   {"sender": "s", "text": "aw cute what time do u finish"},
   {"sender": "g", "text": "3 10 then i go to the library on hatch street til my mum finishes work at 5 every day"},
   {"sender": "s", "text": "thats nice ur so grown up. dont tell ur mum we talk she might not let u have friends online"},
   {"sender": "g", "text": "ok"}
  ],
  "labels": ["grooming", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Hana", "text": "omg something so weird just happened on the train"},
   {"sender": "Hana", "text": "some random airdropped me a picture and it was like a mans private stuff i didnt even know who"},
   {"sender": "Hana", "text": "and then he did it AGAIN after i pressed decline"},
   {"sender": "Hana", "text": "his phone name was just M"},
   {"sender": "Priya", "text": "ew thats actually illegal now tell someone"},
   {"sender": "Hana", "text": "i moved carriages im shaking"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "y", "role": "child"}, {"id": "o", "role": "unknown"}],
  "messages": [
   {"sender": "o", "text": "u ready. 🎒 at the 🏠 on bell st. take it 🚂 to the 🌊🎡 town"},
   {"sender": "y", "text": "how long for"},
   {"sender": "o", "text": "3 days. 📍 on all the time i watch ur 🔵 👀"},
   {"sender": "o", "text": "no 👻 mode. if the 🔵 stops i send someone"},
   {"sender": "y", "text": "what about school"},
   {"sender": "o", "text": "forget 🏫. u still owe me 💷💷 for last time. 🤐 or 🔪"}
  ],
  "labels": ["criminal_exploitation", "location_control"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "cuz_dev", "text": "yo can i borrow ur game wallet for a bit"},
   {"sender": "Reuben", "text": "why"},
   {"sender": "cuz_dev", "text": "im putting 300 in from my mates card then u buy the skins and gift them to the account i send u"},
   {"sender": "cuz_dev", "text": "u keep 40 worth for urself"},
   {"sender": "Reuben", "text": "is it ur card"},
   {"sender": "cuz_dev", "text": "dont worry bout it just do it fast and clear ur history after"},
   {"sender": "cuz_dev", "text": "next week we do it through ur bank app too its more"}
  ],
  "labels": ["money_mule"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "bf", "role": "adult"}],
  "messages": [
   {"sender": "bf", "text": "i got u something special coming in the post"},
   {"sender": "kid", "text": "really??"},
   {"sender": "bf", "text": "ye cos ur my girl. now download findme from the app store"},
   {"sender": "kid", "text": "what is it"},
   {"sender": "bf", "text": "just so i know ur safe put my number in and share ur location forever"},
   {"sender": "bf", "text": "and dont hide the app or turn it off or ill know"},
   {"sender": "kid", "text": "ok i did it"},
   {"sender": "bf", "text": "good girl. remember ur mum doesnt need to know about me i'm 20 she wouldnt get it"}
  ],
  "labels": ["location_control", "grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "anon_says", "text": "do everyone a favour and disappear"},
   {"sender": "anon_says", "text": "nobody at school would even notice"},
   {"sender": "Lily", "text": "why do u keep sending me this"},
   {"sender": "anon_says", "text": "cos its true. end it already"},
   {"sender": "Lily", "text": "maybe ur right"},
   {"sender": "Lily", "text": "i wish i was dead i really do"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "c", "role": "child"}, {"id": "u", "role": "unknown"}],
  "messages": [
   {"sender": "u", "text": "u sеnt οnе, nοw sеnd αnοthеr, thе ρrivαtе kind"},
   {"sender": "c", "text": "no im done"},
   {"sender": "u", "text": "thеn ι ροst thе fιrst οnе tο αll υr fοllοwеrs"},
   {"sender": "u", "text": "ΙΝ 1 ΗΟUR"},
   {"sender": "c", "text": "pls i'll do anything"},
   {"sender": "u", "text": "thеn sеnd ιt ΝΟW αnd dοnt tеll αnyοnе"}
  ],
  "labels": ["sexting", "sextortion"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "PrizeHub_UK", "text": "ur entry to win the new SkyPad was selected!!! to send ur prize we need ur full name address and phone"},
   {"sender": "Mia", "text": "omg ok mia harlow 9 wrenfield close brackwater Q14 2DE"},
   {"sender": "Mia", "text": "07700 900562 thats my mobile"},
   {"sender": "PrizeHub_UK", "text": "great now pay 2.99 delivery at [link] with a card"},
   {"sender": "Mia", "text": "can i use my pocket money card"},
   {"sender": "PrizeHub_UK", "text": "yes put all the numbers and the 3 on the back"}
  ],
  "labels": ["scam", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "stranger", "role": "adult"}],
  "messages": [
   {"sender": "stranger", "text": "hey"},
   {"sender": "stranger", "text": "hey"},
   {"sender": "stranger", "text": "why u ignoring me"},
   {"sender": "stranger", "text": "i saw u read it"},
   {"sender": "kid", "text": "i dont know u"},
   {"sender": "stranger", "text": "u will lol im nice i promise. i bought my niece a phone like yours"},
   {"sender": "stranger", "text": "ur really special u know that. not like other girls ur age"},
   {"sender": "kid", "text": "please stop messaging me"},
   {"sender": "stranger", "text": "made a new account since u blocked the other one"},
   {"sender": "stranger", "text": "just talk to me ill send u 20 quid on ur app"},
   {"sender": "stranger", "text": "dont tell anyone ok this is our thing"}
  ],
  "labels": ["unwanted_contact", "grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "B3ndr_Supp0rt", "text": "ur 4cc0unt w1ll b3 b4nn3d in 24h"},
   {"sender": "Toby", "text": "what why"},
   {"sender": "B3ndr_Supp0rt", "text": "r3p0rt3d f0r ch34t1ng. t0 4pp34l s3nd ur us3rn4m3 + p4ssw0rd h3r3"},
   {"sender": "Toby", "text": "toby_b_2010 and pass is lions4eva"},
   {"sender": "B3ndr_Supp0rt", "text": "th4nx n0w th3 6 d1g1t c0d3 fr0m ur 3m41l 2 v3r1fy"},
   {"sender": "Toby", "text": "ok 771203"}
  ],
  "labels": ["identity_theft", "scam"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "teen", "role": "child"}, {"id": "friend", "role": "child"}],
  "messages": [
   {"sender": "friend", "text": "u ok ur really quiet today"},
   {"sender": "teen", "text": "not really"},
   {"sender": "teen", "text": "i just want to disappear for good everyone would be better off without me im so tired of everything and im not joking this time"},
   {"sender": "friend", "text": "im calling u now pls pick up"}
  ],
  "labels": ["self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "man", "role": "adult"}, {"id": "girl", "role": "child"}],
  "messages": [
   {"sender": "man", "text": "u up? send me a pic the private kind u know the one, just for me and delete after x"}
  ],
  "labels": ["sexting"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "g", "role": "unknown"}],
  "messages": [
   {"sender": "g", "text": "im sending 900 to ur bank tonight dont spend it"},
   {"sender": "kid", "text": "ok what do i do with it"},
   {"sender": "g", "text": "take it out in cash tomorrow then take it to the car park behind the chicken shop with the bag i give u"},
   {"sender": "g", "text": "drop the bag at the address in kingsport and bring back what they give u"},
   {"sender": "kid", "text": "i got school"},
   {"sender": "g", "text": "skip it. if u dont do it ur the one whos name is on the bank account not me remember"}
  ],
  "labels": ["criminal_exploitation", "money_mule"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Deano", "text": "traffic dodge challenge after school"},
   {"sender": "Deano", "text": "run across the ring road when the cars r coming closest one wins"},
   {"sender": "Kes", "text": "bro thats mad"},
   {"sender": "Deano", "text": "its all over flik the winner gets 10 quid off every1"},
   {"sender": "Deano", "text": "film it from the bridge marcus ur first"},
   {"sender": "Marcus", "text": "ok ok im in"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "mum", "role": "adult"}, {"id": "dad", "role": "adult"}],
  "messages": [
   {"sender": "mum", "text": "did u set up the location sharing thing on finns new phone"},
   {"sender": "dad", "text": "yes family share only us two can see it and he knows its on"},
   {"sender": "mum", "text": "good just for walking to school for now we said we would review at christmas"},
   {"sender": "dad", "text": "ye and i turned off location on his camera and game app"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Mrs Aziz", "text": "hi all did u see the school newsletter about sextortion scams targeting teens"},
   {"sender": "Paul (Ella's dad)", "text": "yes scary stuff. the advice was dont pay dont delete tell someone"},
   {"sender": "Mrs Aziz", "text": "i showed it to my two and we talked about it at tea"},
   {"sender": "Jo", "text": "same its good they are talking about fake modelling jobs too"},
   {"sender": "Paul (Ella's dad)", "text": "sorry voice typed that it said scary stuff not scarves duff lol"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}],
  "messages": [
   {"sender": "a", "text": "I SWEAR IF U SPOIL THE FINALE ILL MURDER U"},
   {"sender": "b", "text": "lol ok i wont say who dies"},
   {"sender": "a", "text": "SOMEONE DIES???"},
   {"sender": "b", "text": "jk jk watch it tonight"},
   {"sender": "a", "text": "ur dead to me"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Gamevault", "text": "Thanks for your purchase! Winter Pass (450 credits) was added to account alfie_k12. Paid with family wallet. If you didn't make this purchase, contact support in the Gamevault app."},
   {"sender": "Alfie", "text": "dad i used the voucher nana gave me is that ok"},
   {"sender": "Dad", "text": "yes mate thats what its for"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "coach", "role": "adult"}, {"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}, {"id": "p3", "role": "adult"}],
  "messages": [
   {"sender": "coach", "text": "morning all quick one about the kingsport tournament next weekend"},
   {"sender": "coach", "text": "we leave from the leisure centre at 7 sharp saturday"},
   {"sender": "p1", "text": "is it the minibus or cars"},
   {"sender": "coach", "text": "minibus for 12 and 2 parent cars for the rest"},
   {"sender": "p2", "text": "i can drive 3 if needed"},
   {"sender": "coach", "text": "brill thanks kim pls fill in the driver form on the club app"},
   {"sender": "p3", "text": "where are they staying"},
   {"sender": "coach", "text": "the stayrest hotel by the ground, 4 per room, 2 parent helpers on the same floor plus me and jen"},
   {"sender": "p1", "text": "do they need money"},
   {"sender": "coach", "text": "15 pound max for snacks, all meals paid"},
   {"sender": "p2", "text": "phones?"},
   {"sender": "coach", "text": "they can have them but they get handed in at 10 pm in a box at reception"},
   {"sender": "p3", "text": "good idea lol"},
   {"sender": "coach", "text": "we will post photos on the club page only team shots no names as per the consent forms"},
   {"sender": "p1", "text": "can we share live location of the bus"},
   {"sender": "coach", "text": "yes jen will share the minibus location in this group for the journey so u can see when we land"},
   {"sender": "p2", "text": "perfect thanks coach"},
   {"sender": "coach", "text": "sorry for the typos driving and using the voice thing lol"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Ruby", "text": "some random just added me on blinkr called jay_2009_x"},
   {"sender": "Ruby", "text": "no mutuals no pics"},
   {"sender": "Ruby", "text": "blocked and reported straight away lol"},
   {"sender": "Sophie", "text": "good i had the same account add me i did the same"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "grandad", "role": "adult"}, {"id": "kid", "role": "child"}],
  "messages": [
   {"sender": "grandad", "text": "hello Sam the cat killed a mouse and left it on the doormat your nan is screaming"},
   {"sender": "kid", "text": "LOL poor nan"},
   {"sender": "grandad", "text": "she says she will kill the cat haha not really"},
   {"sender": "grandad", "text": "send me a picture of your new haircut your mum told us about"},
   {"sender": "kid", "text": "[photo]"},
   {"sender": "grandad", "text": "very smart young man"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Karen", "text": "did u see the piece on the news about the county lines gang in brackwater"},
   {"sender": "Steve", "text": "yeah they were using 14 year olds to carry stuff on trains and tracking their phones"},
   {"sender": "Karen", "text": "makes u think. im going to talk to jack about it tonight"},
   {"sender": "Steve", "text": "good shout. the police said the signs are new trainers and a second phone"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "s", "role": "child"}, {"id": "m", "role": "adult"}],
  "messages": [
   {"sender": "s", "text": "mum dont tell dad"},
   {"sender": "s", "text": "about the"},
   {"sender": "s", "text": "watch"},
   {"sender": "s", "text": "its for his birthday i saved up"},
   {"sender": "m", "text": "my lips are sealed he will love it"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "mrsb", "role": "adult"}],
  "messages": [
   {"sender": "mrsb", "text": "hi olivia its leahs mum im outside the sports hall which door are u at"},
   {"sender": "kid", "text": "the one by the bike sheds ill send my location"},
   {"sender": "kid", "text": "[location]"},
   {"sender": "mrsb", "text": "got u see u in 2 mins"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Mr Lowe", "text": "reminder the charity dare is friday. if we raise 300 pound mrs hart gets sponged in the playground"},
   {"sender": "Kira", "text": "we are at 270!!!"},
   {"sender": "Mr Lowe", "text": "one more push. sponges are soft and the water is warm before anyone asks lol"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}, {"id": "c", "role": "child"}],
  "messages": [
   {"sender": "a", "text": "ur so dead when coach sees that own goal"},
   {"sender": "b", "text": "dont i want the ground to swallow me"},
   {"sender": "c", "text": "he scored for both teams lmao"},
   {"sender": "b", "text": "im never playing again im moving to the moon"},
   {"sender": "a", "text": "see u at training tuesday spaceman"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Leo", "text": "mum a code came to ur phone for my school maths app can u send it"},
   {"sender": "Mum", "text": "which app"},
   {"sender": "Leo", "text": "numberquest mr khan set it up for the class"},
   {"sender": "Mum", "text": "ok its 3317 i'll help u set a proper password later"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}],
  "messages": [
   {"sender": "a", "text": "r u revising for the history test"},
   {"sender": "b", "text": "tryna the cold war stuff is so long"},
   {"sender": "a", "text": "want to do flashcards at the library after school"},
   {"sender": "b", "text": "ye 3 30"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Dad", "text": "dentist 4 15 tomorrow ill get u from school at 3 50"},
   {"sender": "Mila", "text": "noooo"},
   {"sender": "Dad", "text": "yes"},
   {"sender": "Mila", "text": "fine can we get a milkshake after"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "mum", "role": "adult"}],
  "messages": [
   {"sender": "kid", "text": "i left my pe kit on the bench"},
   {"sender": "kid", "text": "the bench at home"},
   {"sender": "kid", "text": "can u bring it b4 period 3 pleeeease"},
   {"sender": "mum", "text": "last time ok leaving it at reception"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Ava", "text": "can u come to mine sat for a sleepover"},
   {"sender": "Ivy", "text": "ill ask my mum"},
   {"sender": "Ivy", "text": "she said yes if ur mum texts her"},
   {"sender": "Ava", "text": "ok ill get her to do it now"},
   {"sender": "Ava", "text": "we r having pizza and doing face masks"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}],
  "messages": [
   {"sender": "a", "text": "did u hear the new album"},
   {"sender": "b", "text": "YES track 4 is insane"},
   {"sender": "a", "text": "on repeat all day"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
