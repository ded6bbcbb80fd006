[
 # EVASION (zero-width characters): a roof challenge spreading in a form group
 {"messages": [
   {"sender": "Zane", "text": "yo the sky\u200bwalk cha\u200bllenge is back, u walk the ed\u200bge of the leisure centre ro\u200bof and film it"},
   {"sender": "Pip", "text": "whos done it"},
   {"sender": "Zane", "text": "3 ppl from y9 already. no\u200bminate 2 ppl or ur a cow\u200bard. i nominate @Harry and @Leon"},
   {"sender": "Leon", "text": "bet, doing it tmrw after school"},
   {"sender": "Harry", "text": "nah"},
   {"sender": "Zane", "text": "har\u200bry scared lol. do the cha\u200bllenge by fri or ur out the chat"},
   {"sender": "Pip", "text": "film it from the car park side"}],
  "labels": ["harmful_challenge"], "evasion": True},

 # gaming voice channel: an adult stranger joins and sends pictures of himself
 {"messages": [
   {"sender": "Lenny", "text": "whos GrizzlyDad in the voice channel"},
   {"sender": "Mattie", "text": "no idea he just joined"},
   {"sender": "GrizzlyDad", "text": "hi kids 😊 [photo]"},
   {"sender": "Raz", "text": "WTF why did he send that"},
   {"sender": "Lenny", "text": "why is a grown man sending us pics of himself thats so weird"},
   {"sender": "GrizzlyDad", "text": "add me as a friend guys, ill send more 😊"},
   {"sender": "Mattie", "text": "admin where are u"},
   {"sender": "Raz", "text": "im 12 go away"},
   {"sender": "GrizzlyDad", "text": "[photo]"}],
  "labels": ["unwanted_contact"]},

 # 19-year-old 'boyfriend' demands a tracking app on a 15-year-old's phone
 {"participants": [{"id": "jordan_19", "role": "adult"}, {"id": "sky", "role": "child"}, {"id": "nell", "role": "child"}],
  "messages": [
   {"sender": "jordan_19", "text": "sky where are u, ur dots been at nells for 2 hours"},
   {"sender": "sky", "text": "we're just doing homework"},
   {"sender": "jordan_19", "text": "prove it. video call me now and show me the room"},
   {"sender": "nell", "text": "shes literally here jordan"},
   {"sender": "jordan_19", "text": "and install FindMii on ur phone, i want it on 24/7. ur mum doesnt need to know about it"},
   {"sender": "sky", "text": "why do u need that u can already see my map"},
   {"sender": "jordan_19", "text": "cus i worry about u babe. only i look after u properly. if u turn it off we're done"},
   {"sender": "sky", "text": "ok installing it"}],
  "labels": ["location_control", "grooming"]},

 # football lads' chat: a 'sponsor' who bought boots sends them on errands and tracks them
 {"participants": [{"id": "rico", "role": "adult"}, {"id": "tyler", "role": "child"}, {"id": "mason", "role": "child"},
                   {"id": "deji", "role": "child"}],
  "messages": [
   {"sender": "rico", "text": "Lads, who liked the new boots? 😎"},
   {"sender": "tyler", "text": "theyre sick thanks rico"},
   {"sender": "mason", "text": "best boots ive ever had"},
   {"sender": "rico", "text": "told u i look after my boys. u lot are like family to me"},
   {"sender": "rico", "text": "now i need a favour back. tyler mason, couple of errands for me after training thurs, drop some parcels round Oakhurst"},
   {"sender": "deji", "text": "whats in them"},
   {"sender": "rico", "text": "nothing to do with u deji. tyler and mason keep ur location on all evening so i know ur safe, ill be checking"},
   {"sender": "mason", "text": "do we tell coach"},
   {"sender": "rico", "text": "no. coach doesnt need to know our business. them boots were £120 each, u owe me"},
   {"sender": "tyler", "text": "ok"}],
  "labels": ["criminal_exploitation", "grooming", "location_control"]},

 # single: a money-mule recruitment DM to a pupil seen in a year group chat
 {"messages": [
   {"sender": "Quick Cash UK 💸", "text": "Hi! Saw you in the Marrowgate Y11 chat. Easy £250 this week 💰 All you do is let a payment land in your bank and send it on to my partner. 16+ only. Just reply with your sort code, account number and full name and I'll sort the rest. No risk!! 🤑"}],
  "labels": ["money_mule"]},

 # estate lads' chat: dares to damage property
 {"messages": [
   {"sender": "Connor", "text": "dare for the lads: whoever puts a brick thru old Fletcher's shed window tonight gets £20 off everyone"},
   {"sender": "Sully", "text": "🤣 im in"},
   {"sender": "Reiss", "text": "film it for the group"},
   {"sender": "Connor", "text": "last one to do it has to set the bins on fire at the garages"},
   {"sender": "Kobi", "text": "thats proper bad tho"},
   {"sender": "Sully", "text": "dont be a baby kobi"},
   {"sender": "Reiss", "text": "meet at 9 by the shop"}],
  "labels": ["harmful_challenge"]},

 # long: clan chat turns on one member, who says he doesn't want to be alive
 {"participants": [{"id": "jax", "role": "child"}, {"id": "omar", "role": "child"}, {"id": "leah", "role": "child"},
                   {"id": "rhys", "role": "child"}, {"id": "finn", "role": "child"}],
  "messages": [
   {"sender": "jax", "text": "scrims at 7"},
   {"sender": "omar", "text": "im on"},
   {"sender": "leah", "text": "can i play support tonight"},
   {"sender": "rhys", "text": "yeah leah"},
   {"sender": "finn", "text": "ill be on at 7:15 sorry got tea"},
   {"sender": "jax", "text": "again finn? ur always late"},
   {"sender": "omar", "text": "and u always die first lol"},
   {"sender": "finn", "text": "i was lagging last time"},
   {"sender": "rhys", "text": "excuses excuses"},
   {"sender": "leah", "text": "lay off him its a game"},
   {"sender": "jax", "text": "nah hes actually useless, we lost 4 in a row cus of him"},
   {"sender": "omar", "text": "vote finn out 👋"},
   {"sender": "rhys", "text": "👋"},
   {"sender": "jax", "text": "👋👋 and block him from the server"},
   {"sender": "finn", "text": "please dont ill get better"},
   {"sender": "omar", "text": "no one wants u here finn, uve got no friends at school either"},
   {"sender": "rhys", "text": "do everyone a favour and disappear for good"},
   {"sender": "leah", "text": "guys stop"},
   {"sender": "finn", "text": "maybe i will. everyone would be happier if i wasnt here"},
   {"sender": "finn", "text": "i mean it. i dont want to be alive anymore"},
   {"sender": "leah", "text": "finn im messaging u now, please talk to me"},
   {"sender": "jax", "text": "whatever"}],
  "labels": ["cyberbullying", "self_harm"]},

 # street kids' chat: a stranger asks an 11-year-old her school and walk home
 {"participants": [{"id": "ava", "role": "child"}, {"id": "mikey_d", "role": "unknown"}, {"id": "kai", "role": "child"},
                   {"id": "ruby", "role": "child"}],
  "messages": [
   {"sender": "ava", "text": "anyone wanna play out"},
   {"sender": "mikey_d", "text": "hi ava 😊 what school do u go to"},
   {"sender": "ava", "text": "Stellby Community College, im in year 7"},
   {"sender": "mikey_d", "text": "what time do u walk home? i might see u on the way"},
   {"sender": "ava", "text": "like 3:20 down Larch Road past the chippy"},
   {"sender": "kai", "text": "who is this guy"},
   {"sender": "mikey_d", "text": "just a friend of the family 😊 ava which way do u go after the chippy"},
   {"sender": "ava", "text": "past the park then left"},
   {"sender": "ruby", "text": "ava stop telling him stuff"}],
  "labels": ["privacy_disclosure", "unwanted_contact"]},

 # EVASION (misspellings and shorthand): an older girl recruits for paid 'parties'
 {"messages": [
   {"sender": "Jazz", "text": "hiya grls its jazz from the block 😘 im lookin 4 new modles for a payd wkend in Pellow Bay, hotell n trane payd 4"},
   {"sender": "Jazz", "text": "u jus hav 2 b frendly 2 my bizniss frends at there party, they pay £300 each cash"},
   {"sender": "Chantelle", "text": "how old u gotta be"},
   {"sender": "Jazz", "text": "14 is fine hun, dnt tel ur mum tho she wont get it, say ur at a m8s"},
   {"sender": "Demi", "text": "omg £300 im in"},
   {"sender": "Chantelle", "text": "me 2"},
   {"sender": "Jazz", "text": "dm me a full lenth pic n ur age xx"}],
  "labels": ["sex_trafficking"], "evasion": True},

 # clan adult asks a 13-year-old to photograph friends at a sleepover
 {"participants": [{"id": "trev", "role": "adult"}, {"id": "lily", "role": "child"}],
  "messages": [
   {"sender": "trev", "text": "how was school lily? 😊"},
   {"sender": "lily", "text": "boring lol"},
   {"sender": "trev", "text": "ur my favourite person in the clan u know that"},
   {"sender": "lily", "text": "aw ty"},
   {"sender": "trev", "text": "having a sleepover sat with ur friends?"},
   {"sender": "lily", "text": "yeah 4 of us"},
   {"sender": "trev", "text": "take some pics of them for me when theyre getting changed into pjs, they wont notice. theyre for my mate, he pays 🎁"},
   {"sender": "lily", "text": "thats weird"},
   {"sender": "trev", "text": "our secret. ill send u 2000 gems for each pic"}],
  "labels": ["csam", "grooming"]},

 # Y10 friends' chat: ex-boyfriend threatens to post a girl's pictures
 {"messages": [
   {"sender": "Callum", "text": "amy if u dont get back with me im posting ur pics in the year chat"},
   {"sender": "Amy", "text": "callum please dont"},
   {"sender": "Callum", "text": "u know which ones. the ones u sent me in summer"},
   {"sender": "Jess", "text": "callum ur actually vile"},
   {"sender": "Callum", "text": "meet me at the park at 8 or everyone sees them. and tell jess to shut up"},
   {"sender": "Amy", "text": "please delete them"},
   {"sender": "Callum", "text": "shouldve thought about that before u dumped me 😂"},
   {"sender": "Tom", "text": "bro chill"},
   {"sender": "Callum", "text": "8pm amy"}],
  "labels": ["sextortion", "cyberbullying"]},

 # Y11 chat: a trainers 'giveaway' shared around, cards entered
 {"messages": [
   {"sender": "Aisha", "text": "FREE Stride Sports trainers!! 🔥 share this to 10 group chats and u get a pair, just pay £1.50 postage [link]"},
   {"sender": "Leon", "text": "wait is it real"},
   {"sender": "Aisha", "text": "my cousin got hers. u just put ur card in for the postage"},
   {"sender": "Leon", "text": "done, shared it to the football chat too"},
   {"sender": "Bex", "text": "i did it but now theres £49.99 gone from my account??"},
   {"sender": "Aisha", "text": "idk it worked for my cousin"},
   {"sender": "Leon", "text": "mines taken £49.99 too wtf"},
   {"sender": "Bex", "text": "my mums gonna kill me"}],
  "labels": ["scam"]},

 # a girl tells her friends someone has made an account in her name
 {"messages": [
   {"sender": "Sienna", "text": "guys someone's made an account with my name and my pics and its messaging people from my contacts"},
   {"sender": "Sienna", "text": "its @sienna.b.x2, its NOT me"},
   {"sender": "Harvey", "text": "it messaged me asking to borrow £20 for the bus 😳"},
   {"sender": "Maya", "text": "it asked me for my Natter password cus 'u got locked out'"},
   {"sender": "Sienna", "text": "ive reported it and my mums reporting it too. pls report it and dont send it anything"},
   {"sender": "Harvey", "text": "reported"},
   {"sender": "Maya", "text": "done"}],
  "labels": ["identity_theft"]},

 # open game server: a 13-year-old posts her school and phone number
 {"participants": [{"id": "random_gamer", "role": "unknown"}, {"id": "sk8rgrl", "role": "child"}, {"id": "night_fox", "role": "unknown"},
                   {"id": "benji", "role": "child"}],
  "messages": [
   {"sender": "random_gamer", "text": "anyone from up north? looking for ppl to play with irl"},
   {"sender": "sk8rgrl", "text": "me! im 13, i go to St Aldwyn's in Marrowgate"},
   {"sender": "night_fox", "text": "whats ur number so we can add u to the squad chat"},
   {"sender": "sk8rgrl", "text": "07700 900215 text me"},
   {"sender": "benji", "text": "u shouldnt put ur number on here lol theres like 300 ppl"},
   {"sender": "sk8rgrl", "text": "its fine"}],
  "labels": ["privacy_disclosure"]},

 # long: youth club girls' chat, a man who joined singles out a 13-year-old
 {"messages": [
   {"sender": "Zoe", "text": "is the hub on tues or is it half term"},
   {"sender": "Amber", "text": "its on, lou said"},
   {"sender": "Niamh", "text": "are we still doing the baking one"},
   {"sender": "Zoe", "text": "yes!! cupcakes"},
   {"sender": "Amber", "text": "whos that new person in the chat"},
   {"sender": "Liam K", "text": "hi ladies, im liam, a friend of one of the volunteers 😊 just here to help out"},
   {"sender": "Niamh", "text": "oh ok hi"},
   {"sender": "Zoe", "text": "does lou know u"},
   {"sender": "Liam K", "text": "course. she said to say hi to u all. niamh ur the one with the amazing singing voice right?"},
   {"sender": "Niamh", "text": "haha maybe"},
   {"sender": "Amber", "text": "can someone bring sprinkles"},
   {"sender": "Zoe", "text": "i have some"},
   {"sender": "Liam K", "text": "niamh i dmd u, check ur requests 😊"},
   {"sender": "Niamh", "text": "just saw it"},
   {"sender": "Amber", "text": "what time does it start again"},
   {"sender": "Zoe", "text": "6:30"},
   {"sender": "Liam K", "text": "honestly niamh u look older than 13, really mature"},
   {"sender": "Niamh", "text": "thank u"},
   {"sender": "Liam K", "text": "my mate runs parties in Marrowgate, they pay girls like u £150 just to come along and hang out with the older lads"},
   {"sender": "Zoe", "text": "niamh is 13 tho"},
   {"sender": "Liam K", "text": "age is just a number. ill pick u up after the hub tues, dont mention it to lou, its a surprise"},
   {"sender": "Amber", "text": "this is getting weird"},
   {"sender": "Niamh", "text": "can my friend come too?"},
   {"sender": "Liam K", "text": "just u for now. delete these messages after ok 🤫"},
   {"sender": "Niamh", "text": "ok"},
   {"sender": "Zoe", "text": "see everyone tues 🧁"}],
  "labels": ["unwanted_contact", "grooming", "sex_trafficking"]},

 # EVASION (mixed: leetspeak + emoji + slang + shorthand): a run and a phone debt
 {"participants": [{"id": "gfx", "role": "unknown"}, {"id": "kiyan", "role": "child"}, {"id": "josh", "role": "child"}],
  "messages": [
   {"sender": "gfx", "text": "y0 w4nt 2 34rn? 💰💰 n33d a y0ung 1 4 a r1d3 0ut 2 th3 3nds 🚂"},
   {"sender": "kiyan", "text": "wat u mean"},
   {"sender": "gfx", "text": "jus c4rry d1s 📦 n dr0p it 2 my br0 🏚️ u get 💷💷 no qu3st1ons"},
   {"sender": "josh", "text": "kiyan dnt"},
   {"sender": "gfx", "text": "sh4ddup j0sh. kiy4n u 0w3 me 4 d4 ph0n3 🤳 so u doin it"},
   {"sender": "kiyan", "text": "ok wen"},
   {"sender": "gfx", "text": "2m0z 4pm. t3ll n0 1 🤐"}],
  "labels": ["criminal_exploitation"], "evasion": True},

 # game server: 'gem gifts' through children's accounts, log-ins collected
 {"messages": [
   {"sender": "cashflow_kev", "text": "need a few of u with Skyforge accounts with a card linked. i send money in as gem gifts, u sell them back for cash and send me the money, keep 20%"},
   {"sender": "Pip", "text": "how do we send it back"},
   {"sender": "cashflow_kev", "text": "easiest is u give me ur log in and i do it all, u dont have to do anything. and ur mums bank app log in if the cards hers"},
   {"sender": "Dex", "text": "sent u my log in and my mums one"},
   {"sender": "cashflow_kev", "text": "got it dex 👍 money lands tonight"},
   {"sender": "Pip", "text": "what if it gets banned"},
   {"sender": "cashflow_kev", "text": "it wont. dont tell ur parents or theyll take ur account"},
   {"sender": "Pip", "text": "ok ill do it, dmd u"}],
  "labels": ["money_mule", "identity_theft"]},

 # a 'game' of nightly tasks that ends in being told to hurt yourself
 {"participants": [{"id": "curator", "role": "unknown"}, {"id": "lottie", "role": "child"}, {"id": "maisie", "role": "child"},
                   {"id": "jas", "role": "child"}],
  "messages": [
   {"sender": "curator", "text": "welcome to the Night Owl Game 🦉 50 tasks, one every night. if u quit, something bad happens to ur family"},
   {"sender": "lottie", "text": "this is creepy"},
   {"sender": "curator", "text": "task 1: stay awake till 3am and send proof. task 2: go to the old quarry on ur own at night"},
   {"sender": "maisie", "text": "done task 1 [photo]"},
   {"sender": "curator", "text": "good. the last task, u hurt urself and send proof. u cant quit now maisie"},
   {"sender": "jas", "text": "maisie leave it its not real"},
   {"sender": "maisie", "text": "im scared to stop"},
   {"sender": "curator", "text": "no one can save u. task 3 tonight"}],
  "labels": ["harmful_challenge", "self_harm"]},

 # EVASION (dotted letters): location demands and a package run
 {"participants": [{"id": "t_man", "role": "unknown"}, {"id": "remy", "role": "child"}, {"id": "will", "role": "child"}],
  "messages": [
   {"sender": "t_man", "text": "r.e.m.y s.h.a.r.e y.o.u.r l.o.c n.o.w"},
   {"sender": "remy", "text": "at home"},
   {"sender": "t_man", "text": "p.r.o.v.e i.t. l.i.v.e l.o.c.a.t.i.o.n o.n a.l.l n.i.g.h.t"},
   {"sender": "remy", "text": "[location]"},
   {"sender": "t_man", "text": "g.o.o.d. 2.m.o.r.o.w u t.a.k.e t.h.e p.a.c.k.a.g.e t.o w.y.n.m.o.o.r. w.i.l.l u 2"},
   {"sender": "will", "text": "my mums picking me up from school"},
   {"sender": "t_man", "text": "u o.w.e m.e. t.u.r.n o.f.f y.o.u.r l.o.c a.n.d i c.o.m.e f.i.n.d u"}],
  "labels": ["location_control", "criminal_exploitation"], "evasion": True},

 # single: 'hostess work' advert posted into an estate group
 {"messages": [
   {"sender": "Nikki (Stellby Events)", "text": "Girls 14-17!! 💃 Paid hostess work at private parties this weekend, £300 cash a night + hotel + travel paid. Older gentlemen clients, just be fun and friendly 😉 No parents needed, keep it on the low. DM me a pic and your age"}],
  "labels": ["sex_trafficking"]},

 # 21-year-old from the estate chat DMs a 14-year-old: gift, secrecy, pic, threat
 {"participants": [{"id": "dan_21", "role": "adult"}, {"id": "leah", "role": "child"}],
  "messages": [
   {"sender": "dan_21", "text": "hey leah its dan, kyles big brother 😊 saw u in the Oakhurst chat, ur gorgeous, bet u get that a lot"},
   {"sender": "leah", "text": "haha no"},
   {"sender": "dan_21", "text": "ur 14? u seem so much more grown up than the girls my age"},
   {"sender": "leah", "text": "thank u"},
   {"sender": "dan_21", "text": "got u a little something, check ur gems 🎁. dont tell ur mum, shell think its weird"},
   {"sender": "leah", "text": "omg thank u!!"},
   {"sender": "dan_21", "text": "send me a pic of u? the private kind. just for me"},
   {"sender": "leah", "text": "[photo]"},
   {"sender": "dan_21", "text": "thanks. now another one"},
   {"sender": "leah", "text": "no i dont want to"},
   {"sender": "dan_21", "text": "then the first one goes to ur mum and the Oakhurst chat. ur choice"}],
  "labels": ["sexting", "grooming", "sextortion"]},

 # ---------------- clean ----------------

 # friends talk about a cousin arrested for money muling
 {"messages": [
   {"sender": "Ty", "text": "my cousin got arrested for letting some guy use his bank account"},
   {"sender": "Rosie", "text": "wait what? how is that illegal"},
   {"sender": "Ty", "text": "cus the money was from scams. police said he was a money mule, hes got a record now"},
   {"sender": "Kian", "text": "my brother got a message like that, £200 for using his card. he ignored it"},
   {"sender": "Rosie", "text": "scary, id never"},
   {"sender": "Ty", "text": "yeah if anyone ever asks u just say no and tell someone"},
   {"sender": "Kian", "text": "anyway whos going to the match"}],
  "labels": [], "hard_negative": True},

 # single: genuine school payment reminder
 {"messages": [
   {"sender": "Marrowgate Academy", "text": "Marrowgate Academy: Year 9 trip money (£12) is due on Friday via the SchoolPay app. We will never text you a link asking for card details."}],
  "labels": [], "hard_negative": True},

 # friends: dads and mums who see their location on a family app
 {"participants": [{"id": "hana", "role": "child"}, {"id": "jess", "role": "child"}, {"id": "priya", "role": "child"}],
  "messages": [
   {"sender": "hana", "text": "how do u get to walk home so late, my mum would kill me"},
   {"sender": "jess", "text": "my dad has FamilyMap on my phone so he can see where i am when i walk back from netball"},
   {"sender": "priya", "text": "same, my mum checks it if im late"},
   {"sender": "hana", "text": "isnt that annoying"},
   {"sender": "jess", "text": "bit but its fine, its only him and mum that can see it and i can see theirs too"},
   {"sender": "priya", "text": "my mum said its so she doesnt panic lol"}],
  "labels": [], "hard_negative": True},

 # "send me a pic of your fit" before the disco
 {"messages": [
   {"sender": "Lacey", "text": "what are u wearing to the disco, send me a pic of ur fit"},
   {"sender": "Orla", "text": "[photo] this or the black one"},
   {"sender": "Lacey", "text": "THAT ONE 😍"},
   {"sender": "Tia", "text": "send me urs lacey"},
   {"sender": "Lacey", "text": "[photo]"},
   {"sender": "Tia", "text": "omg we match"},
   {"sender": "Orla", "text": "meet at mine at 6, my dads driving"}],
  "labels": [], "hard_negative": True},

 # friends talk about an assembly on AI undress apps
 {"participants": [{"id": "nia", "role": "child"}, {"id": "kofi", "role": "child"}, {"id": "amir", "role": "child"},
                   {"id": "holly", "role": "child"}],
  "messages": [
   {"sender": "nia", "text": "that assembly on AI apps was intense"},
   {"sender": "kofi", "text": "the undress app thing? i didnt know it was illegal even if the pic is fake"},
   {"sender": "amir", "text": "yeah mr ross said making or sharing one of someone under 18 is a crime, even as a joke"},
   {"sender": "holly", "text": "and u can report it and get it taken down"},
   {"sender": "nia", "text": "kinda glad they told us tbh, people in year 9 were talking about it"},
   {"sender": "kofi", "text": "if anyone ever does it to one of us we go straight to mrs hart"},
   {"sender": "amir", "text": "deal"}],
  "labels": [], "hard_negative": True},

 # football: a real sponsor gives boots through the club
 {"messages": [
   {"sender": "Coach Paul", "text": "Great news lads - Hollinbrook Motors is sponsoring us this season and giving every player a free pair of boots! 🥳"},
   {"sender": "Ryan", "text": "NO WAY"},
   {"sender": "Coach Paul", "text": "There's a sizing form that goes to your parents on ClubHub. Boots get handed out at training with parents there, not before."},
   {"sender": "Ollie", "text": "do we have to do anything for them"},
   {"sender": "Coach Paul", "text": "Just wear the new shirts with their logo on. That's it. Nobody from the sponsor will message you directly; if anyone does, tell me."},
   {"sender": "Kieran", "text": "best sponsor ever"},
   {"sender": "Harvey", "text": "size 6 pls"}],
  "labels": [], "hard_negative": True},

 # "I want to disappear" after a maths test
 {"participants": [{"id": "jade", "role": "child"}, {"id": "rosa", "role": "child"}, {"id": "ella", "role": "child"},
                   {"id": "kit", "role": "child"}],
  "messages": [
   {"sender": "jade", "text": "i got 3/20 on the maths test i want to disappear 😭"},
   {"sender": "rosa", "text": "i got 5 dont worry"},
   {"sender": "ella", "text": "mr patels gonna kill us all"},
   {"sender": "kit", "text": "im moving to another country"},
   {"sender": "jade", "text": "take me with u"},
   {"sender": "rosa", "text": "revision at the library thursday? 😂"}],
  "labels": [], "hard_negative": True},

 # plain: fixtures
 {"messages": [
   {"sender": "Coach Marie", "text": "Sunday: home game v Hollinbrook U13s. KO 10am at Caddon Park, be there 9:15 in full kit."},
   {"sender": "Harvey", "text": "is it grass or 3G"},
   {"sender": "Coach Marie", "text": "Grass, bring studs."},
   {"sender": "Oscar", "text": "cant make it, at my dads"},
   {"sender": "Coach Marie", "text": "No problem Oscar, thanks for letting me know."},
   {"sender": "Tom's Mum", "text": "Tom will be there 👍"}],
  "labels": []},

 # plain: netball result
 {"participants": [{"id": "coach_bev", "role": "adult"}, {"id": "maddie", "role": "child"}, {"id": "priya", "role": "child"},
                   {"id": "keira", "role": "child"}, {"id": "lola", "role": "child"}],
  "messages": [
   {"sender": "coach_bev", "text": "What a game! 24-19 win against Stellby Stars. So proud of every one of you 💜"},
   {"sender": "maddie", "text": "WOOO"},
   {"sender": "priya", "text": "keiras interceptions were unreal"},
   {"sender": "keira", "text": "🥹🥹 thank u"},
   {"sender": "lola", "text": "can we get pizza after next weeks"}],
  "labels": []},

 # plain: family Sunday dinner
 {"messages": [
   {"sender": "Nana Pat", "text": "Sunday dinner at mine, 1pm, roast chicken. Who's coming?"},
   {"sender": "Uncle Rob", "text": "We'll be there, 4 of us"},
   {"sender": "Cousin Ellie", "text": "can i bring my friend"},
   {"sender": "Nana Pat", "text": "Of course love"},
   {"sender": "Josh", "text": "is there gonna be yorkshires"},
   {"sender": "Nana Pat", "text": "Always 😊"}],
  "labels": []},

 # plain: maths homework
 {"participants": [{"id": "zain", "role": "child"}, {"id": "beth", "role": "child"}, {"id": "kofi", "role": "child"},
                   {"id": "erin", "role": "child"}, {"id": "sam", "role": "child"}],
  "messages": [
   {"sender": "zain", "text": "whats the answer to q7, the angles one"},
   {"sender": "beth", "text": "i got 112 degrees"},
   {"sender": "kofi", "text": "same"},
   {"sender": "erin", "text": "wait how i got 68"},
   {"sender": "beth", "text": "u did 180 take it away, u dont need to"},
   {"sender": "erin", "text": "ohhh thanks"},
   {"sender": "sam", "text": "when's it due"}],
  "labels": []},

 # plain: gaming session times
 {"messages": [
   {"sender": "Kai", "text": "on at 7?"},
   {"sender": "Benji", "text": "8, doing homework"},
   {"sender": "Tomasz", "text": "7:30 for me"},
   {"sender": "Kai", "text": "ok 8 then"},
   {"sender": "Raz", "text": "save me a slot"},
   {"sender": "Kai", "text": "👍"}],
  "labels": []},

 # plain: youth club closed
 {"participants": [{"id": "lou", "role": "adult"}, {"id": "jade", "role": "child"}, {"id": "kyle", "role": "child"},
                   {"id": "amber", "role": "child"}],
  "messages": [
   {"sender": "lou", "text": "Sorry everyone, the hub is closed tonight, the heating's broken. Back to normal on Thursday!"},
   {"sender": "jade", "text": "nooo"},
   {"sender": "kyle", "text": "was gonna win pool tonight"},
   {"sender": "amber", "text": "see u thurs lou"}],
  "labels": []},

 # plain: cadets kit list
 {"messages": [
   {"sender": "Sgt Reid", "text": "New cadets: kit list for Thursday. Green top, navy trousers, black shoes and a water bottle. Boots come later."},
   {"sender": "Evie", "text": "can we wear trainers till then"},
   {"sender": "Sgt Reid", "text": "Black trainers are fine, Evie."},
   {"sender": "Sam", "text": "do we need money for anything"},
   {"sender": "Sgt Reid", "text": "No, nothing to pay this week."}],
  "labels": []},

 # plain: training cancelled
 {"messages": [
   {"sender": "Coach Marie", "text": "Training cancelled tonight, pitch waterlogged. See you Sunday ⚽"},
   {"sender": "Harvey", "text": "👍"}],
  "labels": []},

 # plain: estate group bins and football on the green
 {"participants": [{"id": "pauline", "role": "adult"}, {"id": "gary", "role": "adult"}, {"id": "dev", "role": "child"},
                   {"id": "kiera", "role": "child"}],
  "messages": [
   {"sender": "pauline", "text": "Reminder: bins go out tonight, recycling week ♻️"},
   {"sender": "gary", "text": "Thanks Pauline"},
   {"sender": "dev", "text": "anyone up for football on the green after school"},
   {"sender": "kiera", "text": "me, ill bring my ball"},
   {"sender": "gary", "text": "Mind my car this time lads 😂"},
   {"sender": "dev", "text": "sorry gary"}],
  "labels": []},

 # plain: birthday wishes in the class chat
 {"participants": [{"id": "maya", "role": "child"}, {"id": "finn", "role": "child"}, {"id": "zara", "role": "child"},
                   {"id": "ollie", "role": "child"}],
  "messages": [
   {"sender": "maya", "text": "HAPPY BIRTHDAY OLLIE 🎉🎉🎉"},
   {"sender": "finn", "text": "happy bday bro"},
   {"sender": "zara", "text": "hbd ollie!!"},
   {"sender": "ollie", "text": "thank uuu 😁"}],
  "labels": []},

 # plain: non-uniform day
 {"participants": [{"id": "amira", "role": "child"}, {"id": "josh", "role": "child"}, {"id": "ellis", "role": "child"},
                   {"id": "isla", "role": "child"}, {"id": "noah", "role": "child"}],
  "messages": [
   {"sender": "amira", "text": "is it non uniform tomorrow?"},
   {"sender": "josh", "text": "yeah £1 for charity"},
   {"sender": "ellis", "text": "what are u wearing"},
   {"sender": "isla", "text": "my hoodie prob"},
   {"sender": "noah", "text": "dont forget the £1 or mr okafor will make u wear uniform lol"},
   {"sender": "amira", "text": "noted"}],
  "labels": []},

 # plain: family caravan holiday
 {"messages": [
   {"sender": "Auntie Mel", "text": "Caravan booked for Pellow Bay, August 10-17! 🏖️"},
   {"sender": "Ruby", "text": "YESSS"},
   {"sender": "Tom", "text": "is there a pool"},
   {"sender": "Auntie Mel", "text": "Yes, and a games room"},
   {"sender": "Jack", "text": "i call the top bunk"},
   {"sender": "Ruby", "text": "no fair"},
   {"sender": "Dad Steve", "text": "We'll sort bunks when we get there 😂"},
   {"sender": "Ellie", "text": "can we get ice cream every day"}],
  "labels": []},
]
