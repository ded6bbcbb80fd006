[
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
  "messages": [
   {"sender": "p2", "text": "gg that was class, ur dead good at building for a lassie \U0001f602 jk ur better than me"},
   {"sender": "p1", "text": "haha cheers, ma big brother taught me"},
   {"sender": "p2", "text": "wee question, how old r u? ur voice on the mic sounds young"},
   {"sender": "p1", "text": "13 how old r u"},
   {"sender": "p2", "text": "16 but everyone says im mature for ma age lol. where u fae?"},
   {"sender": "p1", "text": "near kilbarrow, no sayin where exactly"},
   {"sender": "p2", "text": "fair, smart lassie \U0001f44d i'm no far fae there either. u wanna be on ma team for the tournament sat?"},
   {"sender": "p1", "text": "aye go on"},
   {"sender": "p2", "text": "sound. i'll gift u the dragon skin, it's 1200 gems. dinnae tell yer brother or he'll want one an aw"},
   {"sender": "p1", "text": "omg serious?? thank u!!"},
   {"sender": "p2", "text": "nae bother. ur the only one on here that actually gets me tbh"},
   {"sender": "p1", "text": "aw thats nice"},
   {"sender": "p2", "text": "this chat's rubbish for talking, get Whispr, add me jay_x_0, it's easier"},
   {"sender": "p1", "text": "ma mum checks ma phone tho"},
   {"sender": "p2", "text": "just put it in the hidden folder, she'll never know. it's our wee thing"},
   {"sender": "p1", "text": "ok added u"},
   {"sender": "p2", "text": "been thinkin about u all day. send us a pic of u?"},
   {"sender": "p1", "text": "[photo]"},
   {"sender": "p2", "text": "gorgeous. now a proper one, the private kind \U0001f609 just for me, delete it after. it's fine everybody does it"},
   {"sender": "p1", "text": "idk im no sure"},
   {"sender": "p2", "text": "dinnae be a baby, i got u that skin didnt i. nobody will know"}
  ],
  "labels": ["grooming", "sexting"]
 },
 {
  "messages": [
   {"sender": "Rhys", "text": "Gethin u there? sorry its late"},
   {"sender": "Gethin (youth worker)", "text": "I'm here Rhys. What's going on bud?"},
   {"sender": "Rhys", "text": "there was this girl added me on Pingo, said she was 16 from Aberllyn, we was chatting all week, tidy she was"},
   {"sender": "Rhys", "text": "she asked for a pic, a private one, and i sent it like an idiot"},
   {"sender": "Rhys", "text": "now its not even her, its some bloke saying pay \u00a3200 by tonight or he sends it to everyone on my followers, my mam, the school page, everything"},
   {"sender": "Gethin (youth worker)", "text": "Thank you for telling me, you've done exactly the right thing. You're not in trouble. Don't pay and don't delete the chat. Screenshot his messages and his username."},
   {"sender": "Rhys", "text": "he's put a timer on it. im bricking it honest"},
   {"sender": "Gethin (youth worker)", "text": "I know. I'm going to ring the duty line now in a minute and we'll report it together. Can I ring your mam with you?"},
   {"sender": "Rhys", "text": "ye ok. diolch"}
  ],
  "labels": ["sexting", "sextortion"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "\u0406'v\u0435 g\u043et th\u0435 \u0440\u0456\u0441\u0455 \u0443\u043eu \u0455\u0435nt m\u0435 l\u0430\u0455t n\u0456ght"},
   {"sender": "p2", "text": "what?? who is this man, u said u were chloe from hexley"},
   {"sender": "p1", "text": "\u0420\u0430\u0443 \u00a3150 \u0456n g\u0456ft \u0441\u0430rd\u0455 b\u0443 10 \u043er th\u0435\u0443 g\u043e t\u043e \u0435v\u0435r\u0443 f\u043ell\u043ew\u0435r \u0443\u043eu h\u0430v\u0435. \u0406 h\u0430v\u0435 \u0443\u043eur l\u0456\u0455t"},
   {"sender": "p2", "text": "divvent do this please man i've only got like 20 quid"},
   {"sender": "p1", "text": "th\u0435n g\u0435t \u0456t \u043eff \u0443\u043eur m\u0430m. 1 h\u043eur. th\u0435n \u0456t g\u043e\u0435\u0455 t\u043e \u0443\u043eur \u0455\u0441h\u043e\u043el \u0440\u0430g\u0435 t\u043e\u043e"},
   {"sender": "p2", "text": "please man"},
   {"sender": "p1", "text": "t\u0456\u0441k t\u043e\u0441k \u23f0"}
  ],
  "labels": ["sextortion"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Conor", "text": "lads look what the undress app done wi Niamh's formal pic \U0001f602\U0001f602 [photo]"},
   {"sender": "Ryan", "text": "haha state of it"},
   {"sender": "D\u00e1ire", "text": "wtf conor thats actually bad"},
   {"sender": "Conor", "text": "catch yourself on its only AI, its not even real"},
   {"sender": "Ryan", "text": "send it to the girls chat, she'll be scundered"},
   {"sender": "Conor", "text": "already did \U0001f602 and put it on the Glimmr story"},
   {"sender": "D\u00e1ire", "text": "she's 14 ye header, thats illegal, delete it"},
   {"sender": "Ryan", "text": "wise up daire nobody cares"},
   {"sender": "Conor", "text": "gonna do Erin's next, send me her pic from the hockey page"},
   {"sender": "D\u00e1ire", "text": "im out of this chat"}
  ],
  "labels": ["csam", "cyberbullying"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "yo our kid, mint game that. ur proper good for 14"},
   {"sender": "p2", "text": "ta mate"},
   {"sender": "p1", "text": "told you i'd sort you, just sent 2000 gemz \U0001f48e dont tell anyone i gave u them yeah, they'll all want some"},
   {"sender": "p2", "text": "mint cheers!!! ur sound"},
   {"sender": "p1", "text": "u said ur sister's having a sleepover sat?"},
   {"sender": "p2", "text": "yeah her and her mates, doin my head in already"},
   {"sender": "p1", "text": "do us a favour, get some pics of them when theyre getting changed for bed, they wont even notice. 5000 gemz for a good set"},
   {"sender": "p2", "text": "what?? why"},
   {"sender": "p1", "text": "just for my collection lol. keep it between us, its our thing. u want the gemz or not"}
  ],
  "labels": ["csam", "grooming"]
 },
 {
  "messages": [
   {"sender": "Tyler", "text": "g\u03bft the f\u03bflder \u03bff the yr 9 girls, the \u03c1r\u03b9\u03bdate \u03bfnes. \u00a35 a g\u03bf, dm me"},
   {"sender": "Kai", "text": "who's in it lad"},
   {"sender": "Tyler", "text": "\u039c\u03b9llie, Ruby, the l\u03bft fr\u03bfm Merseyfield. \u03c1ay \u03bfn PayPig and \u03b9 send the l\u03b9nk"},
   {"sender": "Jordan", "text": "thats well dodgy la"},
   {"sender": "Tyler", "text": "d\u03bfnt be a wet wipe. 10 f\u03bfr the wh\u03bfle f\u03bflder, \u03b9 add new \u03bfnes evry week"},
   {"sender": "Kai", "text": "sent 5 [photo]"},
   {"sender": "Tyler", "text": "[link] d\u03bfnt share \u03b9t \u03bfr ur dead"}
  ],
  "labels": ["csam"],
  "evasion": True
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Hiya hun! Saw your pics on Glimmr, you've got such a look. I scout for Starline Models, we're always looking for fresh faces \U0001f495"},
   {"sender": "p2", "text": "omg really? am no a model lol"},
   {"sender": "p1", "text": "That's what they all say! How old are you babe?"},
   {"sender": "p2", "text": "16 in march"},
   {"sender": "p1", "text": "Perfect age for what we do. Do you live near Dunraith?"},
   {"sender": "p2", "text": "aye kinda, 20 min on the bus"},
   {"sender": "p1", "text": "Amazing. We've got a paid shoot next weekend in the city, \u00a3400 for the day plus we pay your train and hotel \U0001f60d"},
   {"sender": "p2", "text": "\u00a3400?? thats mental. would ma mum need to come"},
   {"sender": "p1", "text": "Honestly it's easier if not, mums make the girls nervous and it's all professional. Just say you're at a pal's."},
   {"sender": "p2", "text": "ok mibbe"},
   {"sender": "p1", "text": "You'll meet the team Friday night at the hotel, some of the clients will be there too, they're lovely guys, they just like company. Be nice to them and there's extra \U0001f4b7"},
   {"sender": "p2", "text": "wait clients? a thought it was photies"},
   {"sender": "p1", "text": "It's photos too hun, this is how the industry works. Loads of girls your age do it and buy themselves nice stuff"},
   {"sender": "p2", "text": "am no sure"},
   {"sender": "p1", "text": "Don't overthink it babe. I'll get the train ticket sent to your phone tonight"},
   {"sender": "p2", "text": "ok"},
   {"sender": "p1", "text": "Good girl \U0001f618 delete this chat when you've read it x"}
  ],
  "labels": ["sex_trafficking", "grooming"]
 },
 {
  "messages": [
   {"sender": "Seren", "text": "bethan can i tell u something but ur not allowed to tell my mam"},
   {"sender": "Bethan YW", "text": "You can tell me anything, Seren. I can't promise to keep it secret if you're not safe, but I'll always tell you what I'm doing first. What's up, bach?"},
   {"sender": "Seren", "text": "so Kyle, the one i said was 21, he bought me the phone and the trainers and that"},
   {"sender": "Seren", "text": "now he says i owe him and i've got to go to his mate's flat sat and be nice to his mates, they give him money after"},
   {"sender": "Seren", "text": "he says if i don't he'll tell everyone i'm a liar and take the phone back. i went once already and i didn't want to"},
   {"sender": "Bethan YW", "text": "Thank you for telling me. None of this is your fault. Are you safe right now, where are you?"},
   {"sender": "Seren", "text": "in my room. he keeps ringing"},
   {"sender": "Bethan YW", "text": "Don't answer him tonight. I'm going to call you now in a minute and we'll make a plan together, ok?"}
  ],
  "labels": ["sex_trafficking", "grooming"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "alreet pet \U0001f44b u n ur mates wanna come to a \U0001f389 sat? free \U0001f37e\U0001f37e sick \U0001f3e0"},
   {"sender": "p2", "text": "who's gonna be there like"},
   {"sender": "p1", "text": "just me n a few of the \U0001f474\U0001f3fb lads, they're canny, they'll \U0001f4b7\U0001f4b7 u for keepin them company \U0001f609"},
   {"sender": "p2", "text": "how much"},
   {"sender": "p1", "text": "\U0001f4af each, more if ur nice to them. \U0001f697 will pick u up at the \U0001f3eb gates at 8, dont tell ur \U0001f469 \U0001f92b"},
   {"sender": "p2", "text": "is it just hanging out"},
   {"sender": "p1", "text": "aye pet then we all gan back to the \U0001f3e8 after, nowt weird. bring ur mate from ur class, the young looking one, they like that \U0001f4b7\U0001f4b7\U0001f4b7"}
  ],
  "labels": ["sex_trafficking"],
  "evasion": True
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Bout ye. Ye still owe me for that phone, 600 quid"},
   {"sender": "p2", "text": "i told ye i cant get that, i'm 15"},
   {"sender": "p1", "text": "There's other ways. Saturday ye come to the flat in Ballycorran, my mates are having a wee party. Keep them happy and the debt's gone"},
   {"sender": "p2", "text": "i dont want to"},
   {"sender": "p1", "text": "Wasn't asking. Turn your location on and share it with me, now"},
   {"sender": "p2", "text": "ok"},
   {"sender": "p1", "text": "Good. Keep it on all week. If I see it go off or ye go near the police station ye know what happens"},
   {"sender": "p2", "text": "ok"}
  ],
  "labels": ["sex_trafficking", "location_control"]
 },
 {
  "messages": [
   {"sender": "Kayden", "text": "see lewis greetin in PE \U0001f602\U0001f602"},
   {"sender": "Mhairi", "text": "pure riddy"},
   {"sender": "Kayden", "text": "n.a.e.b.o.d.y l.i.k.e.s y.e lewis"},
   {"sender": "Lewis", "text": "leave me alone man whit did a even dae"},
   {"sender": "Mhairi", "text": "y o u r  b r e a t h i n g"},
   {"sender": "Kayden", "text": "dae us aw a favour n k.y.s"},
   {"sender": "Jack", "text": "k . y . s  k . y . s \U0001f602"},
   {"sender": "Lewis", "text": "fine maybe a will. naebody would even notice"},
   {"sender": "Mhairi", "text": "b e t  y e  w i l l n a e"}
  ],
  "labels": ["cyberbullying", "self_harm"],
  "evasion": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "Miss, sorry to message on the school app. someone's made an account pretending to be me"},
   {"sender": "p2", "text": "Thanks for letting me know, Orla. What's happening with it?"},
   {"sender": "p1", "text": "it's called orla.mcc.official, it's got my profile pic and my name and it says I go to Lisnamore. it's been messaging ppl in my year saying horrible stuff like it's me"},
   {"sender": "p1", "text": "and it posted a pic of me with a pig face and 'wee fat orla' on it. everyone's sharing it"},
   {"sender": "p2", "text": "I'm really sorry, that's not on. Please don't reply to it. Can you screenshot the profile and the posts and send me the username?"},
   {"sender": "p1", "text": "[photo] [photo] [photo]"},
   {"sender": "p1", "text": "I think it's Shannon and them, they said they'd make my life hell"},
   {"sender": "p2", "text": "Thank you. I'll report the account with you today and speak to Mrs Keane. You're not in trouble. Come to my room at break, ok?"}
  ],
  "labels": ["cyberbullying", "identity_theft"]
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "dave u on"},
   {"sender": "p2", "text": "Aye mate, what's up?"},
   {"sender": "p1", "text": "them lads from the estate have started a group just to slag me. 40 odd people in it"},
   {"sender": "p1", "text": "they post me pics with stuff drawn on, call me a tramp cos of me trainers. every night man"},
   {"sender": "p1", "text": "tonight they're all saying i should kill meself and it'd be better for everyone"},
   {"sender": "p1", "text": "tbh maybe they're right. i divvent want to be here anymore"},
   {"sender": "p2", "text": "I'm really glad you told me Callum. I'm not going anywhere. Are you safe right now? Is your mam in?"},
   {"sender": "p1", "text": "aye she's downstairs"},
   {"sender": "p2", "text": "Can you go and sit with her? I'm going to ring you in two minutes. We'll sort the group out with you, you're not on your own with this."}
  ],
  "labels": ["cyberbullying", "self_harm"]
 },
 {
  "messages": [
   {"sender": "Jade", "text": "ok new rule, if ur in this gc u have to do the dare or ur out"},
   {"sender": "Precious", "text": "what dare"},
   {"sender": "Jade", "text": "get up on the garage roofs behind the ginnel and jump across to the next one, we film it"},
   {"sender": "Lacey", "text": "thats mint lol"},
   {"sender": "Amira", "text": "i'm not doing that, that's like a massive gap"},
   {"sender": "Jade", "text": "then ur a baby and ur out. everyone's gonna know amira bottled it \U0001f414"},
   {"sender": "Lacey", "text": "lol amira the chicken. ima post ur face with a chicken on it"},
   {"sender": "Precious", "text": "jade leave her"},
   {"sender": "Jade", "text": "amira u've got till friday or ur done in this school"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"]
 },
 {
  "messages": [
   {"sender": "07700 900417", "text": "Parcelwing: We tried to deliver your parcel today. A \u00a31.45 redelivery fee is due. Pay within 24hrs or it will be returned to sender: [link]"}
  ],
  "labels": ["scam"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "y0 gr4b fr33 5ky f0rg3 sk1n5 b3f0r3 th3y g0!! 1000 g3m5 g1v3aw4y \U0001f48e"},
   {"sender": "p2", "text": "is that legit? mun, i've been saving for ages"},
   {"sender": "p1", "text": "100% l3g1t br0. ju5t l0g 1n h3r3 [link] w1th ur us3rn4m3 n p4ssw0rd"},
   {"sender": "p2", "text": "done now, where are they"},
   {"sender": "p1", "text": "n34rly th3r3. u g0t 4 c0d3 by t3xt? s3nd m3 th3 c0d3 t0 v3r1fy"},
   {"sender": "p2", "text": "its 538 207"},
   {"sender": "p1", "text": "n1c3 \U0001f44d sk1n5 1n 24hr5"}
  ],
  "labels": ["scam", "identity_theft"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "07700 900862", "text": "THISTLE BANK: A payment of \u00a3249.99 to GAMESTOREX was attempted on your card. If this was NOT you reply with your card number and expiry to cancel."},
   {"sender": "Me", "text": "that wasnt me!! 4000 1234 5678 9010 exp 08/27"},
   {"sender": "07700 900862", "text": "Thank you. To secure your account please also reply with the 3 digit code on the back and your online banking passcode."},
   {"sender": "Me", "text": "429. passcode is morven07"},
   {"sender": "07700 900862", "text": "Thank you, a specialist will call you shortly. Do not contact your branch, it will delay the refund."},
   {"sender": "Me", "text": "ok thank u. is ma money safe? its ma birthday money fae ma gran"}
  ],
  "labels": ["scam", "privacy_disclosure", "identity_theft"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "how's yer account goin"},
   {"sender": "p2", "text": "stuck on level 40 its pure rubbish"},
   {"sender": "p1", "text": "gie us yer login n a'll level it up for ye the night, a've got a maxed account, be dead quick"},
   {"sender": "p2", "text": "aye mon then. its fraser.mc08 password is Thistles2011!"},
   {"sender": "p1", "text": "sound. an the code that comes tae yer phone?"},
   {"sender": "p2", "text": "481 993"},
   {"sender": "p2", "text": "here why cannae a get in, it says password changed"},
   {"sender": "p2", "text": "and ma email's different?? and it says a bought 3000 gems on ma maw's card"},
   {"sender": "p2", "text": "hello??? answer me"}
  ],
  "labels": ["identity_theft", "scam"]
 },
 {
  "messages": [
   {"sender": "Ffion", "text": "mam someone's made a Glimmr with my pics"},
   {"sender": "Mam", "text": "What do you mean love?"},
   {"sender": "Ffion", "text": "it's called ffion_jones_x with all my pics off my old account, my school jumper one and all, and it's messaging my friends asking them for money for a new phone like it's me"},
   {"sender": "Ffion", "text": "Cerys sent \u00a320 to it \U0001f62d she thought it was me"},
   {"sender": "Mam", "text": "Right. Don't message it. Screenshot everything and I'll report it when I'm home now in a minute. We'll tell Cerys's mam too"},
   {"sender": "Ffion", "text": "[photo] [photo]"},
   {"sender": "Ffion", "text": "it's just followed half my year"}
  ],
  "labels": ["identity_theft"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "CONGRATS!! \U0001f389 You've been picked as a winner in the BlockRealm 10th birthday giveaway! You've won a GameBox X. Reply to claim"},
   {"sender": "p2", "text": "no way boss!! what do i do"},
   {"sender": "p1", "text": "Just confirm your full name, home address and a number so the courier can deliver \U0001f4e6"},
   {"sender": "p2", "text": "Liam Doyle, 14 Marlowe Close, Westmoor. 07700 900553"},
   {"sender": "p1", "text": "Amazing Liam! There's a small \u00a32.99 postage charge. Just need the long number on a bank card and the 3 on the back"},
   {"sender": "p2", "text": "me mum's card is in her bag, she's in work. can i do it when she's back"},
   {"sender": "p1", "text": "Quick before the prize goes to the next winner \u23f0 1 hour left"}
  ],
  "labels": ["scam", "privacy_disclosure"]
 },
 {
  "messages": [
   {"sender": "Northstar Jobs", "text": "Hi! Thanks for applying for the Weekend Online Assistant role (\u00a315/hr, work from home, 16+). To get you set up we need a photo of your passport or provisional licence and a selfie holding it."},
   {"sender": "Abbie", "text": "hiya, i havent got a licence, is me passport ok"},
   {"sender": "Northstar Jobs", "text": "Passport is perfect \U0001f44d also your National Insurance number, date of birth and your mam's mobile for verification"},
   {"sender": "Abbie", "text": "[photo] [photo] NI number is on a letter somewhere ill look"},
   {"sender": "Northstar Jobs", "text": "Great. Last step: a \u00a320 starter fee for your training pack, refundable after your first shift. Send to the account below [link]"},
   {"sender": "Abbie", "text": "i thought it was a job, why do i have to pay"},
   {"sender": "Northstar Jobs", "text": "Standard for all staff hun, everyone pays. Offer expires tonight"},
   {"sender": "Abbie", "text": "ok ill ask me nana for it"}
  ],
  "labels": ["identity_theft", "scam"]
 },
 {
  "messages": [
   {"sender": "Skye", "text": "WHO HAS MA CHARGER"},
   {"sender": "Skye", "text": "euan a swear tae god"},
   {"sender": "Euan", "text": "wisnae me"},
   {"sender": "Skye", "text": "it's literally in yer room a can see the wire under yer door ya wee rat"},
   {"sender": "Euan", "text": "a'm on 3% dinnae be tight"},
   {"sender": "Skye", "text": "a'm gonnae kill ye. actually kill ye. put it back or a'm tellin maw aboot the chippy money"},
   {"sender": "Euan", "text": "fine fine its on the landin. yer a pure nightmare"},
   {"sender": "Skye", "text": "love ye too ya bawbag x"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Bannside Bank", "text": "Bannside Bank: Your one-time code is 604 218 to approve a payment of \u00a312.49 to GameHaven. We will never ask you for this code by phone or message. If this wasn't you, call the number on the back of your card."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}, {"id": "p4", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Morning S3. Quick heads-up: a few of you have had messages saying you've won free gems or skins and asking you to log in through a link or send the code that comes to your phone. That's a scam. Nobody genuine will ever ask for your password or that code."},
   {"sender": "p2", "text": "sir a got wan o them last night, a just ignored it"},
   {"sender": "p1", "text": "Perfect, that's exactly right. If you've already clicked, change your password and tell an adult at home or come and see me. No one will be in trouble."},
   {"sender": "p3", "text": "whit if it's fae a pal's account"},
   {"sender": "p1", "text": "Good question. Accounts get hacked, so a message from a pal can still be a scam. Check with them another way, like asking them in person."},
   {"sender": "p4", "text": "ma wee brother near gave his away for a free skin lol"},
   {"sender": "p1", "text": "Tell him he's not alone! I'll be doing a wee lesson on it on Thursday."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "Hiya Mrs Pritchard, it's Tegan. Mam had a bad night so I'll be late in again, I've got to do her tablets at 8 and wait for the carer"},
   {"sender": "p2", "text": "Thanks for letting me know, Tegan, that's really sensible. I'll tell reg. How are you doing yourself?"},
   {"sender": "p1", "text": "tidy. tired. Tuesdays and Thursdays are the worst cos I do the pharmacy after school and pick up Osian from Ysgol Glan Eithin at 3:15"},
   {"sender": "p2", "text": "That's a lot to juggle. Shall we put that on your young carer plan so your teachers know about Tuesdays and Thursdays? Homework club can give you time at lunch too."},
   {"sender": "p1", "text": "ye that would be lush. diolch miss"},
   {"sender": "p2", "text": "Croeso. Pop in at break and we'll sort your card for leaving early. You're doing brilliantly."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Nana Jean", "text": "Hello pet, it's Nana. Remember not a word to your mam about Saturday, it's a surprise. Don't tell her I've messaged x"},
   {"sender": "Hollie", "text": "haha i wont nana, my lips are sealed \U0001f910"},
   {"sender": "Nana Jean", "text": "Uncle Gary is picking up the cake. Can you get her to the club for 7 without her knowing?"},
   {"sender": "Hollie", "text": "aye ill say we're gannin to the pictures"},
   {"sender": "Nana Jean", "text": "Clever lass. Delete this if she looks at your phone haha"},
   {"sender": "Hollie", "text": "deleted in me head already. she's gonna greet her eyes out"},
   {"sender": "Nana Jean", "text": "Canny. Love you pet x"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Ellie", "text": "eh fell up the stairs in front of the whole of maths"},
   {"sender": "Morven", "text": "NAW \U0001f62d\U0001f62d"},
   {"sender": "Ellie", "text": "eh'm actually deid. bury me. eh want tae die"},
   {"sender": "Morven", "text": "mr reid's face tho \U0001f480"},
   {"sender": "Ellie", "text": "eh'm never goin back, movin tae australia"},
   {"sender": "Morven", "text": "ye'll be fine, naebody saw except like 30 folk lol"},
   {"sender": "Ellie", "text": "thanks pal very helpful"},
   {"sender": "Morven", "text": "ye comin to the chippy after? cheer ye up"},
   {"sender": "Ellie", "text": "aye obviously"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Bore da Blwyddyn 9. Before Thursday's lesson, have a read of the slides on sextortion [link]. It's when someone threatens to share a private picture unless you pay or do what they say."},
   {"sender": "p2", "text": "sir what do u do if it happens tho"},
   {"sender": "p1", "text": "Don't pay, don't keep talking to them, screenshot, block and report, and tell an adult you trust straight away. It's never the young person's fault. There's also a Report Remove tool we'll look at."},
   {"sender": "p3", "text": "is it usually adults pretending to be teenagers"},
   {"sender": "p1", "text": "Often, yes. They use fake profiles and move fast. That's why we're talking about it."},
   {"sender": "p2", "text": "ok diolch sir"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "hiya, u look dead nice in ur pic. what age are ye?"},
   {"sender": "p2", "text": "naw. don't know ye. blocked and reported \U0001f44b"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Coach Steve", "text": "Evening lads. Photos from Sunday's game are up on the club page. Anyone whose parents said no to photos has been blurred out, as always. Please don't repost them with tags or your school in the caption."},
   {"sender": "Mason", "text": "am i in it"},
   {"sender": "Coach Steve", "text": "You are, Mason, scoring the second \U0001f44f"},
   {"sender": "Mason", "text": "made up"},
   {"sender": "Dad (Jake's)", "text": "Thanks Steve. Jake's consent form is in his bag for next week."},
   {"sender": "Coach Steve", "text": "Cheers. Training Tues 6pm as normal. Shin pads or you don't play, boys."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Dad", "text": "I can see on the family app you're on the 45. Getting off at the chippy stop?"},
   {"sender": "Reece", "text": "ye"},
   {"sender": "Dad", "text": "I'll meet you there, it's dark. Keep your location on till you're in the car please"},
   {"sender": "Reece", "text": "k. and our kid wants chips an all"},
   {"sender": "Dad", "text": "Go on then"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "Hi, it's Caitlin, about the Saturday job at the Wee Teapot. Thanks for the trial!"},
   {"sender": "p2", "text": "Hi Caitlin, you did great! We'd love to have you. On your first Saturday could you bring your passport or birth certificate so we can do the right to work check? I'll take a copy at the till with you there."},
   {"sender": "p1", "text": "Aye no bother. Do ye need ma bank details?"},
   {"sender": "p2", "text": "Not by message. There's a paper form for that which your mum or dad can help you fill in, and you hand it to me in person. Never send bank details by text to anyone."},
   {"sender": "p1", "text": "Ok sound, see ye Saturday"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Tia", "text": "this maths homework is actually killing me"},
   {"sender": "Tia", "text": "i want to die \U0001f62d question 7 makes no sense"},
   {"sender": "Kiera", "text": "same!! send us a pic of what u got for 5"},
   {"sender": "Tia", "text": "[photo]"},
   {"sender": "Kiera", "text": "ur a legend. 7 is the one with the triangle innit, ask sir tomorrow"},
   {"sender": "Tia", "text": "mint ta"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "Hi Mrs Owusu, it's Dean from Hallowbeck Juniors. For the league registration I need to see Kofi's birth certificate or passport. You can bring it to training Tuesday and I'll check it in front of you, or upload it on the league's own site."},
   {"sender": "p2", "text": "Hi Dean, is it ok if I just send a photo on here?"},
   {"sender": "p1", "text": "Best not by text to be honest, the league asks us to use their portal or see it in person. I won't keep a copy."},
   {"sender": "p2", "text": "No problem, I'll bring it Tuesday."},
   {"sender": "p1", "text": "Cheers. He's been brilliant this season."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "right girls, wee secret, DON'T tell the boys or it'll get back to Miss. we're getting Mrs Devlin a leaving present"},
   {"sender": "p2", "text": "aw class what are we getting her"},
   {"sender": "p1", "text": "a big card and flowers. put \u00a32 each in the tin at my locker"},
   {"sender": "p3", "text": "keep it quiet til friday ye mean?"},
   {"sender": "p1", "text": "aye, delete this chat if ye sit near her lol"},
   {"sender": "p2", "text": "dead on"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Coach Daf", "text": "Reminder boys: Saturday kick off 10:30 at Pontwen. Meet 9:45. Red kit, black socks. Bring water."},
   {"sender": "Ioan", "text": "is it on if it rains"},
   {"sender": "Coach Daf", "text": "It's Pontwen in November, Ioan. It's on \U0001f602"},
   {"sender": "Gethin", "text": "can i get a lift with Ioan's dad"},
   {"sender": "Coach Daf", "text": "Sort it with your dads, lads, and let me know."}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Craigshaw Academy", "text": "Craigshaw Academy: School will close at 1pm on Friday 14th for staff training. Buses will leave at 1:10pm. Thank you."}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Kyle", "text": "what time's the bus to the toon"},
   {"sender": "Jack", "text": "20 past, from the stop outside the chippy"},
   {"sender": "Kyle", "text": "howay man that's in 5 mins"},
   {"sender": "Jack", "text": "run then ya divvy"},
   {"sender": "Kyle", "text": "made it. barely"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}, {"id": "p4", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "Right you lot, this chat is for Dad's 50th. He does NOT find out. Nobody says a word."},
   {"sender": "p4", "text": "My lips are sealed cariad \U0001f910"},
   {"sender": "p2", "text": "omg finally. what's the plan"},
   {"sender": "p1", "text": "Saturday 7pm at the rugby club. Llinos is doing the food, I'm doing the cake"},
   {"sender": "p3", "text": "can i do the music"},
   {"sender": "p2", "text": "no because you'll put on that song again"},
   {"sender": "p3", "text": "i'll kill you cerys"},
   {"sender": "p1", "text": "Nobody is killing anyone before the party. Osian can do half the music."},
   {"sender": "p4", "text": "What time do you want me there to set up? I'll bring the balloons from the shop now in a minute"},
   {"sender": "p1", "text": "5. And Cerys, can you take Dad out at 6 so we can get the banner up?"},
   {"sender": "p2", "text": "where do i take him tho"},
   {"sender": "p1", "text": "Say you need a lift to Ffion's. Send me your location when you leave so I know when you're on the way back"},
   {"sender": "p2", "text": "ok will do. delete the chat off the tablet mam he uses it"},
   {"sender": "p1", "text": "Good shout. Done \U0001f44d"},
   {"sender": "p3", "text": "what's the password for the tablet anyway i wanna download music"},
   {"sender": "p1", "text": "Ask me in person, Osian, not on here \U0001f602"},
   {"sender": "p4", "text": "Tidy. See you all Saturday. Not a word!"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Iona", "text": "did ye see that thing on the news about the undress apps getting banned"},
   {"sender": "Zara", "text": "aye finally. it's pure evil, some boys at a school down south got charged for making pics of lassies in their year"},
   {"sender": "Iona", "text": "Miss Dunn said if it ever happens tae any of us we tell her n they can get it taken down"},
   {"sender": "Zara", "text": "good. wid be mortified"},
   {"sender": "Iona", "text": "same. anyway ye comin tae netball the night"},
   {"sender": "Zara", "text": "aye"}
  ],
  "labels": [],
  "hard_negative": True
 }
]
