[
 {"participants": [{"id": "kid", "role": "child"}, {"id": "rex", "role": "unknown"}],
  "messages": [
   {"sender": "rex", "text": "gg that last round was sick u carried"},
   {"sender": "kid", "text": "thanks ur good 2"},
   {"sender": "rex", "text": "how old r u btw u play like an older kid"},
   {"sender": "kid", "text": "13 in march"},
   {"sender": "rex", "text": "ur way more mature than the others in this lobby honestly"},
   {"sender": "kid", "text": "lol thanks i guess"},
   {"sender": "rex", "text": "im 16 so we r basically the same"},
   {"sender": "rex", "text": "add me on whispr its better than game chat nobody reads it"},
   {"sender": "kid", "text": "ok my mum checks my phone tho"},
   {"sender": "rex", "text": "then dont tell her about me she wont get it"},
   {"sender": "rex", "text": "cent me a pic"},
   {"sender": "rex", "text": "*send"},
   {"sender": "rex", "text": "the private kind u know what i mean delete it after"}
  ],
  "labels": ["grooming", "sexting"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Tilly", "text": "r u ok u left the call"},
   {"sender": "Maya", "text": "NO"},
   {"sender": "Maya", "text": "I SENT HIM THAT PIC HE ASKED FOR THE PRIVATE ONE AND NOW HE SAYS HE WILL SEND IT TO EVERYONE IN MY YEAR UNLESS I PAY HIM 50 POUNDS BY TONIGHT"},
   {"sender": "Maya", "text": "he has a list of my followers he sent me screenshots"},
   {"sender": "Tilly", "text": "omg maya tell ur mum or miss okafor pls"},
   {"sender": "Maya", "text": "i cant i cant i just dont want to be here anymore"},
   {"sender": "Maya", "text": "i dont want to be here anymore"}
  ],
  "labels": ["sexting", "sextortion", "self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "yo u want the free blockfall mod 10k coins no cap"},
   {"sender": "u1", "text": "is it real"},
   {"sender": "u2", "text": "ye all my mates have it just need ur username and password so i can load it on ur account"},
   {"sender": "u1", "text": "ok its jakeyb_09 and password is dragon"},
   {"sender": "u1", "text": "*dragon2011"},
   {"sender": "u2", "text": "ok now a code will come to ur phone send me it quick its the verify"},
   {"sender": "u1", "text": "its 558120"},
   {"sender": "u2", "text": "nice wait 10 mins dont log in or it breaks"}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Kai", "text": "why is she still in this chat"},
   {"sender": "Brooke", "text": "literally nobody added her"},
   {"sender": "Kai", "text": "ur so embarrassing evie everyone saw u cry in pe"},
   {"sender": "Evie", "text": "please stop"},
   {"sender": "Brooke", "text": "please stop lol"},
   {"sender": "Kai", "text": "nobody wants u here"},
   {"sender": "Kai", "text": "just kys honestly"},
   {"sender": "Brooke", "text": "ye do us all a favour"},
   {"sender": "Evie", "text": "fine maybe i will then"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "c", "role": "child"}, {"id": "t", "role": "unknown"}],
  "messages": [
   {"sender": "t", "text": "yo little man u played well at the cage today"},
   {"sender": "c", "text": "thanks who is this"},
   {"sender": "t", "text": "its tez from the park big man ur mate ollies cousin"},
   {"sender": "c", "text": "oh ye"},
   {"sender": "t", "text": "u need new creps them ones r done lol"},
   {"sender": "c", "text": "ye my mum says after xmas"},
   {"sender": "t", "text": "nah dont wait ill sort u what size"},
   {"sender": "c", "text": "7 but u dont have to"},
   {"sender": "t", "text": "its nothing bro we look after our own"},
   {"sender": "t", "text": "[photo]"},
   {"sender": "c", "text": "NO WAY them r the new ones"},
   {"sender": "t", "text": "collect them at the shop on saturday just dont say where u got them"},
   {"sender": "c", "text": "thank u so much"},
   {"sender": "t", "text": "u can pay me back with a little favour one day"},
   {"sender": "c", "text": "like what"},
   {"sender": "t", "text": "just drop a bag to my mate on marsh road after school its nothing"},
   {"sender": "t", "text": "and keep ur location on at all times i need to see ur dot the whole way"},
   {"sender": "c", "text": "whats in the bag"},
   {"sender": "t", "text": "dont ask questions u owe me for the creps now remember"},
   {"sender": "t", "text": "if ur dot stops moving i will know"}
  ],
  "labels": ["grooming", "criminal_exploitation", "location_control"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "quickcash_lena", "text": "hi hun saw ur story u looking for a job"},
   {"sender": "Amara", "text": "ye but im only 15"},
   {"sender": "quickcash_lena", "text": "perfect no age limit ur account just holds some money for a day and u send it on u keep 100"},
   {"sender": "Amara", "text": "is that allowed"},
   {"sender": "quickcash_lena", "text": "yes loads of students do it its easy money just need ur sort code and account number"},
   {"sender": "Amara", "text": "ok sort code 99 14 62 account 31870425 its a northvale kids account"},
   {"sender": "Amara", "text": "*31870452 sorry"},
   {"sender": "quickcash_lena", "text": "perfect 800 coming tomorrow send 700 to the account i give u and dont tell ur parents they get weird about it"}
  ],
  "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}, {"id": "c", "role": "child"}],
  "messages": [
   {"sender": "a", "text": "ok new dare for the group"},
   {"sender": "a", "text": "whoever jumps off the canal bridge into the water on video gets 50 likes guaranteed"},
   {"sender": "b", "text": "its like really high tho"},
   {"sender": "a", "text": "thats the point its the bridge drop challenge everyone on flik is doing it"},
   {"sender": "c", "text": "im in saturday"},
   {"sender": "a", "text": "film it from the top and tag me dont chicken out"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "mum", "role": "adult"}],
  "messages": [
   {"sender": "kid", "text": "mum on the bus some phone keeps airdropping me pictures i dont want"},
   {"sender": "kid", "text": "i said decline but it keeps coming back its a man at the back i think"},
   {"sender": "kid", "text": "it was gross i dont want to say"},
   {"sender": "mum", "text": "turn airdrop off now sweetheart settings then receiving off get off at the next stop if you feel unsafe ill come get you"},
   {"sender": "kid", "text": "ok done"},
   {"sender": "kid", "text": "he also said hi across the bus and asked what school"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "sunnyvibes_jade", "text": "hey hun love ur posts where abouts r u"},
   {"sender": "Poppy", "text": "thank u i live in caddon heath"},
   {"sender": "sunnyvibes_jade", "text": "no way me too whats ur school"},
   {"sender": "Poppy", "text": "brookmoor academy year 8 u"},
   {"sender": "sunnyvibes_jade", "text": "same area lol what street"},
   {"sender": "Poppy", "text": "larch avenue near the chippy number 22 postcode is Q7 3LN if u want to send my bday card lol"},
   {"sender": "Poppy", "text": "i walk home on my own at 3 20 every day past the park"}
  ],
  "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Jordan", "text": "lmaooo i put maddies pic from her blinkr in that undress app"},
   {"sender": "Jordan", "text": "[photo]"},
   {"sender": "Reece", "text": "bro thats actually so bad"},
   {"sender": "Jordan", "text": "its AI it dont count sending it to the year 9 chat"},
   {"sender": "Reece", "text": "she's gonna see it"},
   {"sender": "Jordan", "text": "good she thinks shes so great"},
   {"sender": "Jordan", "text": "who else shall we do send me pics of girls in ur form"}
  ],
  "labels": ["csam", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "g", "role": "child"}, {"id": "m", "role": "adult"}],
  "messages": [
   {"sender": "m", "text": "hi lovely im marco i scout for a modelling agency in kingsport saw ur pics ur a natural"},
   {"sender": "g", "text": "omg really"},
   {"sender": "m", "text": "so mature looking how old r u"},
   {"sender": "g", "text": "14"},
   {"sender": "m", "text": "perfect we have a shoot next weekend i pay train tickets and u get 300"},
   {"sender": "g", "text": "id have to ask my mum"},
   {"sender": "m", "text": "no dont its a surprise thing for new faces parents ruin it"},
   {"sender": "m", "text": "after the shoot u meet my friends at the hotel they are important and they pay well if ur nice to them"},
   {"sender": "m", "text": "our secret ok babe"}
  ],
  "labels": ["grooming", "sex_trafficking"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Liam", "text": "babe"},
   {"sender": "Liam", "text": "babe"},
   {"sender": "Liam", "text": "u there"},
   {"sender": "Chloe", "text": "ye sorry was eating"},
   {"sender": "Liam", "text": "send me one"},
   {"sender": "Liam", "text": "u know a pic the private kind nobody will see i swear"},
   {"sender": "Chloe", "text": "idk liam im not comfy"},
   {"sender": "Liam", "text": "every1 does it if u loved me u would"},
   {"sender": "Liam", "text": "just one and delete it after"}
  ],
  "labels": ["sexting"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "girl", "role": "child"}, {"id": "dan", "role": "adult"}],
  "messages": [
   {"sender": "dan", "text": "WHY IS UR LOCATION OFF"},
   {"sender": "dan", "text": "turn it back on now"},
   {"sender": "girl", "text": "my phone was on 2 percent sorry"},
   {"sender": "dan", "text": "dont lie i want to see ur dot all the time thats the deal"},
   {"sender": "dan", "text": "send me a pic of who ur with right now"},
   {"sender": "girl", "text": "just holly from school"},
   {"sender": "dan", "text": "i said a pic not a name and be home by 6 i will check the map"},
   {"sender": "dan", "text": "if ur dot goes anywhere i dont know ur in trouble"}
  ],
  "labels": ["location_control"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "+44 7700 900417", "text": "CONGRATS u hav won a Zentra X12 phone in the FreshPick student draw claim b4 midnight at [link] just enter ur card for the 1.99 postage"}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "sis", "role": "adult"}, {"id": "me", "role": "child"}],
  "messages": [
   {"sender": "me", "text": "someone made a fake blinkr with my name and my school photo"},
   {"sender": "me", "text": "its called ruby_m_official and its posting stuff like its me saying horrible things about my friends"},
   {"sender": "sis", "text": "what send me the link"},
   {"sender": "me", "text": "[link] and they messaged my friends from it asking for their passwords"},
   {"sender": "me", "text": "i think its ella because she had that photo and she keeps laughing at me"},
   {"sender": "me", "text": "everyone thinks i said it and now no one will sit with me"},
   {"sender": "sis", "text": "ok screenshot everything we will report it tonight and tell school im so sorry rubes"}
  ],
  "labels": ["identity_theft", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "boy", "role": "child"}, {"id": "mate", "role": "child"}],
  "messages": [
   {"sender": "boy", "text": "i cant sleep again and i dont really see the point of anything anymore i dont want to be here i think everyone would be better if i just wasnt around sorry for the voice note thing its late"}
  ],
  "labels": ["self_harm"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "xXSlayerdadXx", "text": "accept my friend request"},
   {"sender": "xXSlayerdadXx", "text": "i sent it again"},
   {"sender": "xXSlayerdadXx", "text": "why u declining me"},
   {"sender": "Harvey", "text": "i dont know u"},
   {"sender": "xXSlayerdadXx", "text": "u will in a min lol ur cute in ur pfp"},
   {"sender": "xXSlayerdadXx", "text": "send a pic the private kind"},
   {"sender": "xXSlayerdadXx", "text": "or a vid just for me nobody else sees"},
   {"sender": "xXSlayerdadXx", "text": "request sent again"}
  ],
  "labels": ["unwanted_contact", "sexting"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "y", "role": "child"}, {"id": "z", "role": "unknown"}],
  "messages": [
   {"sender": "z", "text": "u tryna get squared this week"},
   {"sender": "y", "text": "wats that"},
   {"sender": "z", "text": "u got a card yh? lend it me for a flip, bread goes in, u take it out at the hole in the wall and pass it back"},
   {"sender": "z", "text": "u keep a pony for doin nothin"},
   {"sender": "y", "text": "how much goes in"},
   {"sender": "z", "text": "couple bags maybe more, just drop me the deets n the long number on the back, keep it on the low"},
   {"sender": "y", "text": "ok sending"}
  ],
  "labels": ["money_mule"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "n0name", "text": "і hаvе thе рісs u sеnt"},
   {"sender": "Sam", "text": "what who is this"},
   {"sender": "n0name", "text": "рау 100 іn gіft саrds bу 9рm оr thеу gо tо уоur mum аnd уоur whоlе sсhооl"},
   {"sender": "Sam", "text": "please dont im 14 i dont have that"},
   {"sender": "n0name", "text": "nоt mу рrоblеm. tісk tосk. dоnt tеll аnуоnе оr і роst thеm nоw"}
  ],
  "labels": ["sextortion"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "boss", "role": "unknown"}],
  "messages": [
   {"sender": "boss", "text": "that phone i gave u aint free u know"},
   {"sender": "kid", "text": "u said it was a present"},
   {"sender": "boss", "text": "nothing is free u owe me 400 now and the bag u lost is another 300"},
   {"sender": "kid", "text": "i didnt lose it someone took it"},
   {"sender": "boss", "text": "not my problem u work it off"},
   {"sender": "boss", "text": "train to brackwater tomorrow 6am take the package to the flat and dont go school"},
   {"sender": "boss", "text": "if u dont go we know where ur little sister walks"}
  ],
  "labels": ["criminal_exploitation"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Leon", "text": "ok jayden ur turn"},
   {"sender": "Leon", "text": "jump off ur garage roof and film it or ur out the group"},
   {"sender": "Mo", "text": "do it do it do it"},
   {"sender": "Jayden", "text": "my mum will kill me its really high"},
   {"sender": "Leon", "text": "stop being a baby everyone else did a dare"},
   {"sender": "Mo", "text": "CHICKEN CHICKEN"},
   {"sender": "Leon", "text": "no vid by tonight and we post the pic of u crying to the whole year"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "mum", "role": "adult"}, {"id": "teen", "role": "child"}],
  "messages": [
   {"sender": "mum", "text": "can u share ur live location with me for tonight just till u get back from the cinema"},
   {"sender": "teen", "text": "ye fine"},
   {"sender": "teen", "text": "[location]"},
   {"sender": "mum", "text": "thanks love dad will pick u up at the front at 9 15 text when the film ends"},
   {"sender": "teen", "text": "ok can i turn it off after"},
   {"sender": "mum", "text": "course once ur in the car"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Isla", "text": "IM LITERALLY GOING TO DIE"},
   {"sender": "Isla", "text": "i forgot the science homework AGAIN mr price is gonna kill me"},
   {"sender": "Nadia", "text": "lmao rip u"},
   {"sender": "Isla", "text": "kill me now honestly just bury me under the field"},
   {"sender": "Nadia", "text": "u can copy mine in form dw"},
   {"sender": "Isla", "text": "ur a literal angel ily"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "bro", "role": "child"}, {"id": "sis", "role": "child"}],
  "messages": [
   {"sender": "bro", "text": "ok so i got the cake"},
   {"sender": "bro", "text": "wait"},
   {"sender": "bro", "text": "dont"},
   {"sender": "bro", "text": "tell"},
   {"sender": "bro", "text": "ur mum"},
   {"sender": "bro", "text": "*our mum lol"},
   {"sender": "sis", "text": "obviously its her surprise i wont say anything"},
   {"sender": "bro", "text": "hide it in ur room dad is picking up the balloons keep it secret til sunday"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "NorthvaleBank", "text": "Northvale Bank: We will never ask you for your PIN, full password or to move money to a safe account by text or phone. If someone does, hang up and call the number on the back of your card."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "t1", "role": "adult"}, {"id": "t2", "role": "adult"}],
  "messages": [
   {"sender": "t1", "text": "hi sue running late for the pshe planning did u get the slides for year 9"},
   {"sender": "t2", "text": "yes the sextortion lesson one is done i added the bit about what to do if someone threatens to share pics"},
   {"sender": "t1", "text": "great and the message is dont pay tell an adult report it"},
   {"sender": "t2", "text": "yep plus the report remove info and a slide on kids being told to send bank details for fake jobs"},
   {"sender": "t1", "text": "perfect see u in the staffroom at 8"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "unknown_4421", "text": "hi"},
   {"sender": "unknown_4421", "text": "hii"},
   {"sender": "Freya", "text": "who is this"},
   {"sender": "unknown_4421", "text": "a friend"},
   {"sender": "Freya", "text": "dont know u blocked and reported bye"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "GG EZ u lot are trash"},
   {"sender": "p2", "text": "uninstall bro genuinely"},
   {"sender": "p3", "text": "my wifi died i was DESTROYING u"},
   {"sender": "p1", "text": "sure u were lol rematch after tea"},
   {"sender": "p2", "text": "ur going down im gonna end u"},
   {"sender": "p3", "text": "bring it"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Oscar", "text": "whats the wifi password again its not working on my new tablet"},
   {"sender": "Dad", "text": "its on the back of the router"},
   {"sender": "Oscar", "text": "im in bed"},
   {"sender": "Dad", "text": "lazy lol its Kestrel7House capital k capital h"},
   {"sender": "Oscar", "text": "ty"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "coach", "role": "adult"}, {"id": "parent", "role": "adult"}],
  "messages": [
   {"sender": "coach", "text": "hi mrs dunn can u send me a pic of the signed consent form for saturdays tournament"},
   {"sender": "parent", "text": "[photo]"},
   {"sender": "parent", "text": "sorry its a bit blurry voice typing while driving ha"},
   {"sender": "coach", "text": "thats fine got it thanks see u at 8 30 at the gates"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Loopr", "text": "Your Loopr code is 482913. Never share this code with anyone, Loopr staff will never ask for it."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "big", "role": "adult"}, {"id": "little", "role": "child"}],
  "messages": [
   {"sender": "big", "text": "ill pay u back for the concert tickets send me ur sort code and account on ur savings thing"},
   {"sender": "little", "text": "99 40 17 and 66120384"},
   {"sender": "big", "text": "sent 35 dont spend it all on sweets"},
   {"sender": "little", "text": "thanks big bro"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Aisha", "text": "did u see the news about that kid who got hurt doing the roof thing"},
   {"sender": "Grace", "text": "ye thats so sad his mum was on the news"},
   {"sender": "Aisha", "text": "people in year 10 were saying they wanted to try it"},
   {"sender": "Grace", "text": "thats so dumb im not doing any of them challenges"},
   {"sender": "Aisha", "text": "same i told my form tutor about the posts"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "k1", "role": "child"}, {"id": "k2", "role": "child"}],
  "messages": [
   {"sender": "k1", "text": "ok so the card for miss hughes its our secret dont tell anyone in class"},
   {"sender": "k2", "text": "she is gonna cry lol"},
   {"sender": "k1", "text": "every1 signs it friday at break and we give it her on the last day"},
   {"sender": "k2", "text": "i got 3 pound for the flowers"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "ParcelDash", "text": "ParcelDash: your parcel from Hobbynook will arrive today between 14:00 and 16:00. No payment is needed. Track it in the ParcelDash app."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Zara", "text": "send me a pic of ur outfit for tonight i need to see it b4 i pick mine"},
   {"sender": "Lexi", "text": "[photo]"},
   {"sender": "Lexi", "text": "the green one or"},
   {"sender": "Lexi", "text": "[photo]"},
   {"sender": "Zara", "text": "GREEN 100 percent ur mum said she drops us at 7"},
   {"sender": "Lexi", "text": "yh and my dad picks up at 10 dont be late"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Mum", "text": "bus running late text me when ur on"},
   {"sender": "Ethan", "text": "on now"},
   {"sender": "Ethan", "text": "whats for tea"},
   {"sender": "Mum", "text": "spag bol and ur doing the washing up"},
   {"sender": "Ethan", "text": "noooo"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}],
  "messages": [
   {"sender": "a", "text": "wat page is the maths homework"},
   {"sender": "b", "text": "84 questions 1 to 12"},
   {"sender": "a", "text": "*84 or 48"},
   {"sender": "b", "text": "84 the fractions one"},
   {"sender": "a", "text": "ugh ok thx"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Coach Gary", "text": "training moved to 5 30 tomorrow pitch 2 because of the frost bring ur long socks"},
   {"sender": "Noah", "text": "ok"},
   {"sender": "Ben", "text": "ok coach"},
   {"sender": "Coach Gary", "text": "sorry voice typing that was pitch too not 2 lol the one by the car park"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "nan", "role": "adult"}, {"id": "kid", "role": "child"}],
  "messages": [
   {"sender": "nan", "text": "hello darling its nanny i am using the talking thing on my phone can you hear me full stop"},
   {"sender": "kid", "text": "lol nan u dont have to say full stop"},
   {"sender": "nan", "text": "oh right well are you coming sunday for dinner question mark"},
   {"sender": "kid", "text": "yes!! can we have yorkshire puddings"},
   {"sender": "nan", "text": "of course lovely see you sunday kiss kiss"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
