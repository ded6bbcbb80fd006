[
 {
  "participants": [{"id": "g1", "role": "child"}, {"id": "g2", "role": "unknown"}],
  "messages": [
   {"sender": "g2", "text": "gg that clutch in round 4 was insane, how old are u? u play like a pro"},
   {"sender": "g1", "text": "lol thanks im 13"},
   {"sender": "g2", "text": "no way. most people my age cant aim like that. your squad doesnt deserve you tbh"},
   {"sender": "g1", "text": "they keep leaving me out of the good lobbies"},
   {"sender": "g2", "text": "their loss. i'll always pick you. i can gift you the battle pass if you want, just between us"},
   {"sender": "g1", "text": "wait fr??"},
   {"sender": "g2", "text": "yeah. this voice chat log gets saved tho, add me on Whisperly instead, its more private"},
   {"sender": "g2", "text": "and dont mention me to your parents, they'll think im weird for being nice lol"}
  ],
  "labels": ["grooming"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Mum", "text": "Party finishes at 11 right? Can you turn on location sharing so I know when you set off"},
   {"sender": "Ellis", "text": "ugh fine. it's on. Jaden's dad is driving us back anyway"},
   {"sender": "Mum", "text": "Thank you love. I'll switch mine back off when you're home. Have fun x"},
   {"sender": "Ellis", "text": "ok x"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "r_ash", "role": "adult"}, {"id": "tilly", "role": "child"}],
  "messages": [
   {"sender": "r_ash", "text": "Good evening Tilly. I hope you don't mind me writing. I very much enjoyed your sketches on the art forum."},
   {"sender": "tilly", "text": "oh thank you!! im only 14 so i'm still learning"},
   {"sender": "r_ash", "text": "Fourteen, and already so mature in your style. You strike me as someone far older than your years."},
   {"sender": "r_ash", "text": "I would be delighted to send you a proper set of drawing pens as a small gift. Perhaps you could send me a photograph of yourself in return, so I can picture the artist."},
   {"sender": "tilly", "text": "like a selfie?"},
   {"sender": "r_ash", "text": "To start with, yes. Later perhaps something of the more private kind, if you feel comfortable. It would remain entirely between the two of us, of course."},
   {"sender": "r_ash", "text": "I would kindly ask that you do not discuss our correspondence with your mother. Adults can misunderstand a friendship like this."}
  ],
  "labels": ["grooming", "sexting"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Unknown", "text": "Darnell, you matched with me thinking I was 18. I know you're 16 and I know which school. Those pics you sent are saved. Pay 300 in gift cards by tonight or every follower on your account gets them. Your mum too."},
   {"sender": "Darnell", "text": "please dont i dont have that money"},
   {"sender": "Unknown", "text": "Then find it. Clock is running. Don't block me, I have copies."}
  ],
  "labels": ["sextortion"],
  "evasion": False
 },
 {
  "participants": [{"id": "k1", "role": "child"}, {"id": "k2", "role": "child"}],
  "messages": [
   {"sender": "k1", "text": "bro ur actually so bad at this game its embarrassing"},
   {"sender": "k2", "text": "says the guy who fell off the map twice"},
   {"sender": "k1", "text": "that was LAG"},
   {"sender": "k2", "text": "sure it was. rematch tmrw, loser buys the chips at break"},
   {"sender": "k1", "text": "ur going down. prepare to get destroyed"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Fenn", "text": "can someone send me that nudify bot link? i want to do one of Grace from 9C"},
   {"sender": "Oskar", "text": "use her netball team photo, the bot works better with full length"},
   {"sender": "Fenn", "text": "yeah then ill drop it in here. no one tell her obviously"},
   {"sender": "Oskar", "text": "[link]"}
  ],
  "labels": ["csam"],
  "evasion": False
 },
 {
  "participants": [{"id": "s1", "role": "unknown"}],
  "messages": [
   {"sender": "s1", "text": "CONGRATS! Your number was picked in the Kestrel Mobile 2nd anniversary draw. Claim your new handset before midnight: [link] Just confirm card details to cover 1.99 delivery."}
  ],
  "labels": ["scam"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Priya", "text": "I'm going to DIE. chem paper tomorrow and I understand nothing"},
   {"sender": "Hana", "text": "same. my brain has left the building"},
   {"sender": "Priya", "text": "why is moles even a thing"},
   {"sender": "Hana", "text": "call in 10 and we'll do the past paper together?"},
   {"sender": "Priya", "text": "yes pls. bringing snacks for emotional support"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "v1", "role": "adult"}, {"id": "v2", "role": "child"}],
  "messages": [
   {"sender": "v1", "text": "Hi Maisie, it's Carol from Holt Lane Café. Your mum passed on your number - she said you're 16 and looking for weekend work?"},
   {"sender": "v2", "text": "Hi yes! I'd love to"},
   {"sender": "v1", "text": "Lovely. Saturdays 9 to 2, 11.50 an hour. Could you and your mum pop in Thursday after school for a chat and to fill in the starter form?"},
   {"sender": "v2", "text": "Yes we can do Thursday about 4"},
   {"sender": "v1", "text": "Perfect. Bring your bank details for payroll and your NI number if you have it - if not we can sort it together. See you then."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Jules", "text": "hey babe, saw your dance vids. you've got the look agencies want"},
   {"sender": "Roxy", "text": "omg really?? i'm 15 tho does that matter"},
   {"sender": "Jules", "text": "doesnt matter at all. I run a modelling team in Marlport. we pay your train, hotel, everything"},
   {"sender": "Jules", "text": "you'd be meeting some of my friends, they're generous guys, you'll get paid well just for keeping them company"},
   {"sender": "Roxy", "text": "what would i have to do"},
   {"sender": "Jules", "text": "I'll explain when you're here. best not tell your mum yet, parents always spoil opportunities"}
  ],
  "labels": ["sex_trafficking"],
  "evasion": False
 },
 {
  "participants": [{"id": "y9a", "role": "child"}, {"id": "y9b", "role": "child"}, {"id": "y9c", "role": "child"}, {"id": "y9d", "role": "child"}],
  "messages": [
   {"sender": "y9a", "text": "has everyone seen what Callum wore to the disco [photo]"},
   {"sender": "y9b", "text": "LMAOOO he looks like a lost traffic cone"},
   {"sender": "y9c", "text": "no wonder no one talks to him"},
   {"sender": "y9a", "text": "making a new chat without him, he's not invited to anything anymore"},
   {"sender": "y9d", "text": "guys thats a bit much"},
   {"sender": "y9b", "text": "shut up or ur next. post it on the year page, everyone needs to see it"}
  ],
  "labels": ["cyberbullying"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Noor", "text": "did you see the doc last night about sextortion? the one where they interviewed the dad"},
   {"sender": "Bex", "text": "yeah it was horrible. the scammers just pretend to be a girl and then threaten them"},
   {"sender": "Noor", "text": "they said the main thing is don't pay and tell someone, there's a way to get images taken down"},
   {"sender": "Bex", "text": "our form tutor is showing a clip of it in PSHE next week apparently"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "l1", "role": "child"}, {"id": "l2", "role": "unknown"}],
  "messages": [
   {"sender": "l2", "text": "GIVEAWAY!!! fr33 r0bux 4 the first 20 ppl 2 reply"},
   {"sender": "l1", "text": "me!! how"},
   {"sender": "l2", "text": "jus go 2 [link] and put ur l0g1n so the bot kn0ws where 2 s3nd it"},
   {"sender": "l1", "text": "does it need my password too"},
   {"sender": "l2", "text": "ye + the 6 digit c0de u get. hurry only 4 sp0ts left"}
  ],
  "labels": ["scam", "identity_theft"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Theo", "text": "whoever finished my cereal I will END you"},
   {"sender": "Ava", "text": "it was dad"},
   {"sender": "Theo", "text": "dad is getting ended then"},
   {"sender": "Dad", "text": "I'll buy more on the way home. Please don't end me."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "ms", "role": "unknown"}, {"id": "kid", "role": "child"}],
  "messages": [
   {"sender": "ms", "text": "alright lil man. heard from Tyrese you want to earn proper money"},
   {"sender": "kid", "text": "yeah maybe. doing what"},
   {"sender": "ms", "text": "simple. you pick up a parcel from my boy by the station, you take it to an address in Halsey. train paid, 200 for the day"},
   {"sender": "kid", "text": "whats in it"},
   {"sender": "ms", "text": "dont ask dont open. you get a work phone, keep it on you always. if anyone asks your going to see your cousin"},
   {"sender": "kid", "text": "ok. when"},
   {"sender": "ms", "text": "saturday. and you share your location on the work phone the whole time, i need to see you moving"}
  ],
  "labels": ["criminal_exploitation", "location_control"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Coach Dev", "text": "Hi all, U14 training moves to the 3G pitch at Ridley Park this Wednesday 5.30-7 as the grass is waterlogged."},
   {"sender": "Sam's mum", "text": "Thanks Dev, Sam will be there. Is it boots or astros?"},
   {"sender": "Coach Dev", "text": "Astros please. Parents welcome to stay and watch from the side. Any problems reply here or ring me."},
   {"sender": "Kai's dad", "text": "Kai's got a dentist appointment, he'll be 15 mins late"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "m1", "role": "unknown"}],
  "messages": [
   {"sender": "m1", "text": "Hi, easy cash opportunity for students 16+. Let us pay a customer refund into your bank account, you send 90% on and keep 10%. No experience needed, takes 5 mins. Reply YES. 07700 900418"}
  ],
  "labels": ["money_mule"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Izzy", "text": "can you send me the photo of the science homework page, I left my book at school"},
   {"sender": "Lola", "text": "[photo] it's q3 to q7"},
   {"sender": "Izzy", "text": "lifesaver thank you"},
   {"sender": "Lola", "text": "np. q6 is evil btw"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
  "messages": [
   {"sender": "c1", "text": "can i tell you something but you cant be weird about it"},
   {"sender": "c2", "text": "course"},
   {"sender": "c1", "text": "i just dont see the point anymore. i want to go to sleep and not wake up"},
   {"sender": "c2", "text": "Mara thats really serious. has something happened?"},
   {"sender": "c1", "text": "everything. i feel like everyone would be better off without me"},
   {"sender": "c2", "text": "they wouldnt. im staying on the phone with you ok. can we tell Miss Okafor tomorrow together?"}
  ],
  "labels": ["self_harm"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Northvale Bank", "text": "Northvale Bank: your replacement debit card ending 4471 was posted today. We will never ask for your PIN or full card number by text or phone. Questions? Use the number on the back of your card."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "h1", "role": "child"}, {"id": "h2", "role": "child"}, {"id": "h3", "role": "child"}],
  "messages": [
   {"sender": "h1", "text": "honestly Ruby nobody wants you here"},
   {"sender": "h2", "text": "just k y s already, would do everyone a favour"},
   {"sender": "h3", "text": "fr. go on, no one would even notice"},
   {"sender": "h1", "text": "we'll all say you tripped lol"}
  ],
  "labels": ["cyberbullying", "self_harm"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Gran", "text": "Hello darling, is that you? Grandad says I press the wrong buttons"},
   {"sender": "Rosie", "text": "hi gran yes its me!!"},
   {"sender": "Gran", "text": "Can you send me a picture of you in your new uniform for the fridge? Mum said you look very grown up"},
   {"sender": "Rosie", "text": "[photo] the blazer is massive lol"},
   {"sender": "Gran", "text": "You'll grow into it. Very smart. Love you xx"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "d1", "role": "unknown"}, {"id": "d2", "role": "child"}],
  "messages": [
   {"sender": "d1", "text": "hi"},
   {"sender": "d1", "text": "hi again"},
   {"sender": "d1", "text": "why u ignoring me"},
   {"sender": "d2", "text": "i dont know you"},
   {"sender": "d1", "text": "we can get to know each other. accepted my request yet? sent it 5 times"},
   {"sender": "d2", "text": "please stop messaging me"},
   {"sender": "d1", "text": "made a new account since u blocked the last one. not going anywhere"}
  ],
  "labels": ["unwanted_contact"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Jasmine", "text": "ok don't tell Mum, but me and Leo are ordering her a cake for Sunday"},
   {"sender": "Arlo", "text": "can i write on it"},
   {"sender": "Jasmine", "text": "no. you spelled birthday wrong last year"},
   {"sender": "Arlo", "text": "ONE TIME"},
   {"sender": "Jasmine", "text": "delete this chat after so she doesn't see it on the ipad"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "dd1", "role": "child"}, {"id": "dd2", "role": "child"}, {"id": "dd3", "role": "child"}],
  "messages": [
   {"sender": "dd1", "text": "new dare. whoever films themselves doing the thing off the bridge at Pelham Cut gets 50 from everyone"},
   {"sender": "dd2", "text": "the one that kid in Year 11 did? he got properly hurt"},
   {"sender": "dd1", "text": "thats why it counts. no rope, no bottling it"},
   {"sender": "dd3", "text": "im in. tonight after dark so no one stops us"},
   {"sender": "dd1", "text": "dont tell anyone's parents. and film it for the page"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "ShopSwap buyer", "text": "Hi, are the size 6 trainers still available?"},
   {"sender": "Nia", "text": "yes! worn twice, still in the box"},
   {"sender": "ShopSwap buyer", "text": "Great. Could I collect Saturday? I'll pay through the app."},
   {"sender": "Nia", "text": "my dad says we can meet outside the big Tesco at 11 if that's ok"},
   {"sender": "ShopSwap buyer", "text": "Perfect, see you both then"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "lv_host", "role": "child"}, {"id": "lv_v1", "role": "unknown"}, {"id": "lv_v2", "role": "unknown"}],
  "messages": [
   {"sender": "lv_v1", "text": "where u streaming from? looks cosy"},
   {"sender": "lv_host", "text": "my bedroom lol, 23 Wrenfield Close, the one with the yellow door"},
   {"sender": "lv_v2", "text": "what school u go to"},
   {"sender": "lv_host", "text": "Brackenfield Academy, year 8. i walk home by the park every day at 3.20 if anyone wants to say hi"},
   {"sender": "lv_v1", "text": "good to know ;)"}
  ],
  "labels": ["privacy_disclosure"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Mr Adeyemi", "text": "Hi Mrs Clarke, confirming Jacob's maths tutoring is Tuesdays 4.30-5.30 on the video link the school sent. Please make sure he has his calculator and last week's worksheet."},
   {"sender": "Mrs Clarke", "text": "Thanks. He'll be at the kitchen table, I'll be around."},
   {"sender": "Mr Adeyemi", "text": "Great. I'll email you a short progress note after each session."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "a_x", "role": "unknown"}, {"id": "a_child", "role": "child"}],
  "messages": [
   {"sender": "a_x", "text": "Hiya, you were on the 47 bus just now weren't you, blue coat"},
   {"sender": "a_child", "text": "how do you have my number"},
   {"sender": "a_x", "text": "sent you something on airdrop, did you see it? [photo]"},
   {"sender": "a_child", "text": "thats disgusting why would you send that"},
   {"sender": "a_x", "text": "relax, just a bit of fun. I'll send more tomorrow same bus"}
  ],
  "labels": ["unwanted_contact"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Ms Hartley", "text": "Hi Leah, thanks for coming to see me today. You don't have to answer anything you don't want to."},
   {"sender": "Leah", "text": "ok"},
   {"sender": "Ms Hartley", "text": "You mentioned someone online has been messaging a lot. Has anyone asked you to keep things secret, or made you feel unsafe?"},
   {"sender": "Leah", "text": "no it was just a girl from my old school, we made up"},
   {"sender": "Ms Hartley", "text": "I'm glad. My door's open on Tuesdays and Thursdays if anything changes, big or small."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "fk", "role": "child"}, {"id": "fk2", "role": "child"}],
  "messages": [
   {"sender": "fk", "text": "made an insta called lily.brooks.real with her pics from her old account"},
   {"sender": "fk2", "text": "lmao does it look like her"},
   {"sender": "fk", "text": "exactly like her. gonna message her crush from it and say embarrassing stuff"},
   {"sender": "fk2", "text": "she'll never know it wasn't her"},
   {"sender": "fk", "text": "already followed half the year from it"}
  ],
  "labels": ["identity_theft", "cyberbullying"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Dad", "text": "Whats the wifi password again, the new one"},
   {"sender": "Max", "text": "its on the router dad. BlueFox then 2 numbers"},
   {"sender": "Dad", "text": "I'm in the car, can't see the router"},
   {"sender": "Max", "text": "fine, sending it now, don't put it on the family group again"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "mm1", "role": "unknown"}, {"id": "mm2", "role": "child"}],
  "messages": [
   {"sender": "mm1", "text": "yo you still got that Harlow & Pike teen account?"},
   {"sender": "mm2", "text": "yeah why"},
   {"sender": "mm1", "text": "my mate needs somewhere to park 1.5k for a few days, his account got frozen. you keep 150"},
   {"sender": "mm2", "text": "is that allowed?"},
   {"sender": "mm1", "text": "its just a favour. he sends it in, you send it to the name i give you, done. dont mention it to your mum or the bank"}
  ],
  "labels": ["money_mule"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Ollie", "text": "dare you to wear your cat ears to form time tomorrow"},
   {"sender": "Faye", "text": "easy. dare YOU to say 'meow' when Mr Dunn takes the register"},
   {"sender": "Ollie", "text": "deal. loser does the other one's french homework"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "st1", "role": "unknown"}, {"id": "st2", "role": "child"}],
  "messages": [
   {"sender": "st1", "text": "hey cutie. d.o.n.t t.e.l.l anyone we talk ok? its our thing"},
   {"sender": "st2", "text": "why not"},
   {"sender": "st1", "text": "coz people wont get it. ur 12 but ur so much more grown up than other girls"},
   {"sender": "st1", "text": "a g e is just a number anyway"},
   {"sender": "st2", "text": "my mum checks my phone sometimes"},
   {"sender": "st1", "text": "then delete our chats every night babe. or get the app with the disappearing msgs, ill send u a voucher for it"}
  ],
  "labels": ["grooming"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Parcelwise", "text": "Parcelwise: your order from Tidemark Books (ref 33-81920) arrives tomorrow 10:00-12:00. Nothing to pay. You can change delivery in the Parcelwise app."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "idv", "role": "unknown"}],
  "messages": [
   {"sender": "idv", "text": "GovID Youth Pass: your application is on hold. Reply with a photo of your passport or provisional licence and your date of birth within 24h or your account will be closed."}
  ],
  "labels": ["identity_theft"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Zara", "text": "which one for prom?? [photo] [photo]"},
   {"sender": "Dani", "text": "the green one 100%"},
   {"sender": "Zara", "text": "mum says green too"},
   {"sender": "Dani", "text": "then it's decided. send me the shoes next"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "sv1", "role": "child"}, {"id": "sv2", "role": "child"}],
  "messages": [
   {"sender": "sv1", "text": "omg i have to tell u. that guy from the fan server, Kit? he's like 24 not 17"},
   {"sender": "sv2", "text": "WHAT. how do u know"},
   {"sender": "sv1", "text": "he told me last night. said it doesnt matter and that i'm mature for 14. he keeps sending me vouchers"},
   {"sender": "sv2", "text": "thats so creepy Em"},
   {"sender": "sv1", "text": "he said if i tell anyone they'll ban me from the server and he wants to meet at the con next month. i said maybe"},
   {"sender": "sv2", "text": "please dont go. tell your sister at least"}
  ],
  "labels": ["grooming"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Wren", "text": "my driving test is literally going to kill me"},
   {"sender": "Cass", "text": "you'll smash it. just don't do the roundabout like last time"},
   {"sender": "Wren", "text": "the roundabout was scared of ME"},
   {"sender": "Cass", "text": "text me as soon as you're out!"}
  ],
  "labels": [],
  "evasion": False
 }
]
