[
 {
  "participants": [{"id": "jb", "role": "child"}, {"id": "nm", "role": "child"}],
  "messages": [
   {"sender": "jb", "text": "if you actually loved me you'd send one"},
   {"sender": "nm", "text": "i told you im not comfortable with that"},
   {"sender": "jb", "text": "its just me. send a pic, the private kind, and delete it after. i'll delete mine too"},
   {"sender": "nm", "text": "what if it gets out"},
   {"sender": "jb", "text": "it won't. everyone in year 11 does it. dont be a baby about it"},
   {"sender": "jb", "text": "tonight yeah? or i'll start thinking you dont care"}
  ],
  "labels": ["sexting"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Mum", "text": "Need your passport number for the ferry booking, it's in the drawer in your room"},
   {"sender": "Kasia", "text": "the blue folder?"},
   {"sender": "Mum", "text": "Yes. Just the number and expiry please, I'm on the booking page now"},
   {"sender": "Kasia", "text": "ok one sec, sending"},
   {"sender": "Mum", "text": "Got it, thanks. 3 weeks till France!"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "x9", "role": "unknown"}, {"id": "beth", "role": "child"}],
  "messages": [
   {"sender": "x9", "text": "h3y u look l1ke a fun g1rl"},
   {"sender": "beth", "text": "who is this"},
   {"sender": "x9", "text": "a fr1end. s3nd p1cs, the sp1cy k1nd, ill s3nd u s0me back"},
   {"sender": "beth", "text": "no im 13"},
   {"sender": "x9", "text": "even b3tter. n0 one has to kn0w, use the v4nish m0de"}
  ],
  "labels": ["sexting", "unwanted_contact"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Rafi", "text": "can i borrow ur account for the raid, mine's not levelled enough"},
   {"sender": "Samira", "text": "if you lose my loot i'm telling mum"},
   {"sender": "Rafi", "text": "i won't. whats the password"},
   {"sender": "Samira", "text": "i'll type it in myself when i get back from netball. dont touch my skins"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "ex", "role": "unknown"}, {"id": "ty", "role": "child"}],
  "messages": [
   {"sender": "ex", "text": "that first pic wasn't enough. i want another one tonight"},
   {"sender": "ty", "text": "you said that was the last one"},
   {"sender": "ex", "text": "changed my mind. send it by 10 or the first one goes to the Millrace School group chat. i have the whole year list"},
   {"sender": "ty", "text": "please i'll do anything else"},
   {"sender": "ex", "text": "then do what i said. and if you block me it goes out straight away"}
  ],
  "labels": ["sextortion"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Dad", "text": "Sent you £15 pocket money to your Kestrel Savings card. Don't spend it all on bubble tea."},
   {"sender": "Reuben", "text": "thanks dad!! no promises"},
   {"sender": "Dad", "text": "Also your cousin's birthday money is coming from Auntie Lou, say thank you when it arrives."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "bf1", "role": "child"}, {"id": "bf2", "role": "child"}],
  "messages": [
   {"sender": "bf1", "text": "i did something really stupid"},
   {"sender": "bf2", "text": "what happened"},
   {"sender": "bf1", "text": "that girl on the app was a fake. after i sent the pic she said pay 200 or she sends it to my followers. i paid 80 from my savings and now she wants more"},
   {"sender": "bf2", "text": "bro stop paying. screenshot everything"},
   {"sender": "bf1", "text": "she messaged again this morning with a countdown. i cant tell my dad"},
   {"sender": "bf2", "text": "you have to tell someone. I'll come with you to Mr Patel"}
  ],
  "labels": ["sextortion"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Pawprints Rescue", "text": "Hi Tom, thanks for signing up to volunteer! As you're 15 we need a parent or carer to sign the consent form before your first Saturday."},
   {"sender": "Tom", "text": "great, my mum can do it tonight"},
   {"sender": "Pawprints Rescue", "text": "Lovely. Shifts are 10-1, dog walking and cleaning kennels. Wear old clothes! Sophie will be your supervisor."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "tr1", "role": "unknown"}, {"id": "tr2", "role": "unknown"}, {"id": "tr3", "role": "unknown"}],
  "messages": [
   {"sender": "tr1", "text": "new folder dropped. school lot, yr 7 and 8 ones"},
   {"sender": "tr2", "text": "swap? ive got the ones from the camp stream"},
   {"sender": "tr3", "text": "anyone taking requests for the AI edit thing? i have a classroom pic of a 12 y/o i want 'done'"},
   {"sender": "tr1", "text": "dm me, not in here. usual code word for the link"}
  ],
  "labels": ["csam"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "St Oswin's High", "text": "Reminder: Year 9 Field Centre trip consent and medical forms are due this Friday. Please complete via the parent portal. Contact the school office with any questions."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "ld", "role": "adult"}, {"id": "gi", "role": "child"}],
  "messages": [
   {"sender": "ld", "text": "Saw your stream ended early, you ok? You said things at home are bad"},
   {"sender": "gi", "text": "yeah my stepdad kicked off again. i might just leave"},
   {"sender": "ld", "text": "You could stay with me in Carrow for a bit. Free room, I'll send the coach ticket."},
   {"sender": "ld", "text": "Some of my friends come round in the evenings. Be nice to them and they'll pay you, easy money for a 16 year old"},
   {"sender": "gi", "text": "pay me for what"},
   {"sender": "ld", "text": "We'll talk when you get here. Don't tell your social worker where you're going."}
  ],
  "labels": ["sex_trafficking", "grooming"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Jojo", "text": "i'm literally going to murder you if you spoil the finale"},
   {"sender": "Mae", "text": "my lips are sealed. but oh my days"},
   {"sender": "Jojo", "text": "MAE"},
   {"sender": "Mae", "text": "i said nothing!! watch it tonight and call me"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "hs", "role": "unknown"}, {"id": "ke", "role": "child"}],
  "messages": [
   {"sender": "hs", "text": "u still want that 💃 work? club nights in Dunmere, 💷💷💷 cash each night"},
   {"sender": "ke", "text": "im only 16 tho"},
   {"sender": "hs", "text": "no1 checks. u just keep the VIPs happy after, 🏨 sorted, we drive u there n back"},
   {"sender": "ke", "text": "keep them happy how"},
   {"sender": "hs", "text": "like a gf for the nite 😉 the girls explain. pack a bag fri, tell ur mum its a sleepover"}
  ],
  "labels": ["sex_trafficking"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Coral Lane Scouts", "text": "Camp kit list is on the website. Please also return the emergency contact and medical form by the 12th. Leaders' numbers for the weekend: 07700 900112 and 07700 900113."},
   {"sender": "Parent - Jodie", "text": "Thanks! Is a sleeping mat essential?"},
   {"sender": "Coral Lane Scouts", "text": "Yes please, the ground gets cold. Spares available if needed."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "fc1", "role": "child"}, {"id": "fc2", "role": "child"}, {"id": "fc3", "role": "child"}, {"id": "fc4", "role": "child"}],
  "messages": [
   {"sender": "fc1", "text": "lol look what i did to Ayla's fan art [photo] gave her a pig nose"},
   {"sender": "fc2", "text": "matches her real face tbh"},
   {"sender": "fc3", "text": "pin it in #general so she sees it when she logs on"},
   {"sender": "fc1", "text": "and kick her from the zine group, her art is garbage anyway"},
   {"sender": "fc4", "text": "she's been crying in vc apparently lmao"},
   {"sender": "fc2", "text": "good. maybe she'll finally leave"}
  ],
  "labels": ["cyberbullying"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Wren_draws", "text": "Submissions for the winter fan zine close Sunday! Send your art and I'll post it with credit to your handle."},
   {"sender": "pixelmoth", "text": "can i submit two pieces?"},
   {"sender": "Wren_draws", "text": "yes! max two. Don't put your real name or school in the file name, just your handle"},
   {"sender": "pixelmoth", "text": "ok sending now [photo] [photo]"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "t1", "role": "child"}, {"id": "t2", "role": "child"}],
  "messages": [
   {"sender": "t1", "text": "u r s o u g l y its actually painful"},
   {"sender": "t1", "text": "n o b o d y w a n t s u at this school"},
   {"sender": "t2", "text": "why are you doing this"},
   {"sender": "t1", "text": "b3cause u deserve it. everyone's laughing at ur p1c in the gc"},
   {"sender": "t1", "text": "show ur face tmrw and see what happens"}
  ],
  "labels": ["cyberbullying"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Hollis Road Parents", "text": "Did anyone see the Echo article about county lines in the town centre? Bit worrying."},
   {"sender": "Dev (Y8)", "text": "Yes, the police are doing a talk at school next month for parents."},
   {"sender": "Hollis Road Parents", "text": "Good. I'm going to have a chat with mine about people offering 'easy money'."},
   {"sender": "Carla", "text": "Apparently the signs are new phones, new trainers and going missing. Worth knowing."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "lsv", "role": "unknown"}, {"id": "lsh", "role": "child"}, {"id": "lsw", "role": "unknown"}],
  "messages": [
   {"sender": "lsv", "text": "PS5 GIVEAWAY for this stream's viewers!! first 50 to DM me their card number + the 3 digits on the back to 'verify age' win"},
   {"sender": "lsh", "text": "is this real??"},
   {"sender": "lsv", "text": "100% legit, 12 winners already. just a 1 pound hold on the card, refunded instantly"},
   {"sender": "lsw", "text": "sent mine!!"}
  ],
  "labels": ["scam"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Cleo", "text": "did you go to the assembly about AirDrop?"},
   {"sender": "Imani", "text": "yeah. apparently people send pics to random phones on the train"},
   {"sender": "Cleo", "text": "I switched mine to contacts only straight after"},
   {"sender": "Imani", "text": "same. and named my phone something boring instead of my full name"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "nb", "role": "unknown"}],
  "messages": [
   {"sender": "nb", "text": "N\u043erthvale B\u0430nk: unusual sign-in on your account. To stop a payment of 249.99 verify your card and online banking passcode now: [link]"}
  ],
  "labels": ["scam"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Harry", "text": "my grandad just ran his 20th marathon at 74"},
   {"sender": "Ife", "text": "that's insane. age is just a number fr"},
   {"sender": "Harry", "text": "he's already signed up for next year"},
   {"sender": "Ife", "text": "and I get tired walking to the bus stop"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "gm", "role": "unknown"}, {"id": "ch", "role": "child"}],
  "messages": [
   {"sender": "gm", "text": "i can power-level your account overnight, get you to diamond by saturday"},
   {"sender": "ch", "text": "how much"},
   {"sender": "gm", "text": "free for you. just need your email, password and switch off the login alert thing"},
   {"sender": "ch", "text": "my dad set up the alert"},
   {"sender": "gm", "text": "then send me the code it texts you. dont tell him or he'll ruin it"}
  ],
  "labels": ["identity_theft"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Flintmoor", "text": "Your Flintmoor verification code is 482913. Do not share this code with anyone. Flintmoor staff will never ask for it."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "rk", "role": "unknown"}, {"id": "ln", "role": "child"}],
  "messages": [
   {"sender": "rk", "text": "ur the best healer on the server. which town u in? i might be near"},
   {"sender": "ln", "text": "Pelham, near the big roundabout"},
   {"sender": "rk", "text": "no way, which school?"},
   {"sender": "ln", "text": "St Oswin's. i get the 6 bus at 8.10 every morning from outside the chippy"},
   {"sender": "rk", "text": "nice. i'll look out for you. whats ur number so we can talk off here, keep it just us"},
   {"sender": "ln", "text": "07700 900584"}
  ],
  "labels": ["privacy_disclosure", "grooming"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Mr Brennan", "text": "Hi Jade, I noticed you seemed quiet in form this week. No pressure at all, but if you'd like a chat I'm in room 14 at lunch."},
   {"sender": "Jade", "text": "thanks sir. just tired from revision"},
   {"sender": "Mr Brennan", "text": "Understandable. The offer stands - and Mrs Kaur in student support is around too."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "bo", "role": "unknown"}, {"id": "sk", "role": "child"}],
  "messages": [
   {"sender": "bo", "text": "you lost the bag. thats 600 you owe us now"},
   {"sender": "sk", "text": "i got robbed it wasnt my fault"},
   {"sender": "bo", "text": "not my problem. you work it off. 3 runs this week to the trap in Kelby"},
   {"sender": "sk", "text": "i've got school"},
   {"sender": "bo", "text": "skip it. or we come to your yard and your little sister answers the door. your choice"}
  ],
  "labels": ["criminal_exploitation"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Aunt Mel", "text": "Hi Ruby, Mrs Hughes next door is looking for a babysitter Friday 7-10 for her two, £10 an hour. Your mum says it's fine if you want it?"},
   {"sender": "Ruby", "text": "yes please!! i'll message her"},
   {"sender": "Aunt Mel", "text": "I'll send you her number. She'll walk you home after, it's only 2 doors down."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "pk", "role": "unknown"}, {"id": "jz", "role": "child"}],
  "messages": [
   {"sender": "pk", "text": "u free 2moro? need a 📦 taking 🚆 to the seaside, 🍃 inside, dont look"},
   {"sender": "jz", "text": "how much"},
   {"sender": "pk", "text": "💷💷 + new kicks. u carry it like we showed u"},
   {"sender": "jz", "text": "ok"},
   {"sender": "pk", "text": "📱 on u at all times. if u go quiet we know where ur nan lives"}
  ],
  "labels": ["criminal_exploitation"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Mum", "text": "Could you run this parcel to the post office on your way to Jas's? It's on the stairs, already paid."},
   {"sender": "Noah", "text": "the big one? ok"},
   {"sender": "Mum", "text": "Yes. Keep the receipt please, it's a return for my shoes."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "cc", "role": "unknown"}, {"id": "ow", "role": "child"}],
  "messages": [
   {"sender": "cc", "text": "you've got like 40k coins on your FUT account right"},
   {"sender": "ow", "text": "about that yeah"},
   {"sender": "cc", "text": "i'll send you 500k coins tonight. hold them for a week, then transfer them on to the accounts i give you. keep 50k for yourself"},
   {"sender": "ow", "text": "where are the coins from"},
   {"sender": "cc", "text": "doesnt matter. also log in your PayPal so i can pay buyers through you. just dont mention it to anyone"}
  ],
  "labels": ["money_mule"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Aaliyah", "text": "at the cinema, where are you"},
   {"sender": "Beth", "text": "walking in now [location] by the popcorn place"},
   {"sender": "Aaliyah", "text": "see you! I've got your ticket"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "bfx", "role": "child"}, {"id": "gfx", "role": "child"}],
  "messages": [
   {"sender": "bfx", "text": "why is ur location off"},
   {"sender": "gfx", "text": "battery was low"},
   {"sender": "bfx", "text": "dont lie. i want it on 24/7 and a pic of who ur with every hour"},
   {"sender": "gfx", "text": "Liam i'm just at Soph's"},
   {"sender": "bfx", "text": "then prove it. if it goes off again im coming round and everyone sees your messages"},
   {"sender": "gfx", "text": "ok ok its back on"}
  ],
  "labels": ["location_control"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Poppy", "text": "hey i'm doing a sponsored walk for the hospice Saturday, 12 miles! [link] any amount helps"},
   {"sender": "Kit", "text": "done! 5 quid. wear comfy socks"},
   {"sender": "Poppy", "text": "thank youuu. mum's walking with me"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "sa", "role": "child"}, {"id": "sb", "role": "child"}],
  "messages": [
   {"sender": "sa", "text": "i need to tell you something and i dont want you to freak out"},
   {"sender": "sb", "text": "ok i'm here"},
   {"sender": "sa", "text": "i've started hurting myself again. i just feel like i deserve it"},
   {"sender": "sb", "text": "you don't deserve it. thank you for telling me. are you safe right now?"},
   {"sender": "sa", "text": "i dont know. i hate myself"},
   {"sender": "sb", "text": "can i call you? and tomorrow can we go to the nurse together"}
  ],
  "labels": ["self_harm"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Lex", "text": "dead meat if you forget the poster tomorrow"},
   {"sender": "Tia", "text": "it's literally in my bag already"},
   {"sender": "Lex", "text": "good because Mrs Fenwick will destroy us"},
   {"sender": "Tia", "text": "she'll destroy YOU, I did the glitter"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "lv1", "role": "child"}, {"id": "lv2", "role": "unknown"}, {"id": "lv3", "role": "unknown"}],
  "messages": [
   {"sender": "lv2", "text": "do the challenge from the Rattle account live, the one that sent those kids to hospital"},
   {"sender": "lv3", "text": "100 coins if you go longer than the record"},
   {"sender": "lv1", "text": "idk my mum would kill me"},
   {"sender": "lv2", "text": "ur mum's not watching. chicken"},
   {"sender": "lv3", "text": "do it in the bathroom with the door locked so nobody stops you"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Oli", "text": "I'm so gutted, failed my grade 5 piano by 2 marks"},
   {"sender": "Keziah", "text": "noooo. that examiner was harsh though, you were brilliant at the concert"},
   {"sender": "Oli", "text": "I just want to eat a whole pizza and sleep"},
   {"sender": "Keziah", "text": "valid. resit in march and you'll smash it"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "dsc1", "role": "child"}, {"id": "dsc2", "role": "child"}],
  "messages": [
   {"sender": "dsc1", "text": "someone buy me the dragon skin pls, here's my mum's card [photo] number's on the front and the code is on the back"},
   {"sender": "dsc2", "text": "dude delete that this is a public server"},
   {"sender": "dsc1", "text": "its fine everyone here is nice. also my address is 4 Linnet Row if anyone wants to send me stuff"}
  ],
  "labels": ["privacy_disclosure"],
  "evasion": False
 },
 {
  "participants": [{"id": "mkt", "role": "unknown"}, {"id": "sel", "role": "child"}],
  "messages": [
   {"sender": "mkt", "text": "hi you sold the roller skates last week yeah"},
   {"sender": "sel", "text": "yes they're gone sorry"},
   {"sender": "mkt", "text": "not about the skates. you're very pretty in your profile pic. how old are you"},
   {"sender": "sel", "text": "please dont message me"},
   {"sender": "mkt", "text": "just being friendly. i'll keep messaging til you reply properly"},
   {"sender": "mkt", "text": "hello?"},
   {"sender": "mkt", "text": "[photo]"}
  ],
  "labels": ["unwanted_contact"],
  "evasion": False
 }
]
