[
 # Y8 class chat: "do the dare or you're out"
 {"messages": [
   {"sender": "Tayla", "text": "new group rule: if u wanna stay in this chat u have to do the dare"},
   {"sender": "Marcus", "text": "what dare"},
   {"sender": "Tayla", "text": "get on the roof of the science block at lunch and film it. @Noor ur first"},
   {"sender": "Noor", "text": "i dont want to its really high"},
   {"sender": "Jake", "text": "then ur out 😂 loser"},
   {"sender": "Tayla", "text": "do it or we all unadd u and tell everyone ur a baby"},
   {"sender": "Lucy", "text": "noor just do it its not that deep"},
   {"sender": "Noor", "text": "fine"},
   {"sender": "Jake", "text": "🎥 want the vid by 1pm"}],
  "labels": ["harmful_challenge", "cyberbullying"]},

 # street kids' chat: a 'new neighbour' asks where they live; a 12-year-old answers
 {"participants": [{"id": "kyle", "role": "child"}, {"id": "dazza", "role": "unknown"}, {"id": "amber", "role": "child"},
                   {"id": "poppy", "role": "child"}],
  "messages": [
   {"sender": "kyle", "text": "whos at the park"},
   {"sender": "dazza", "text": "hi all, new to the area, just moved into the flats 👋 where do u all live so i know whos near"},
   {"sender": "amber", "text": "who added u"},
   {"sender": "dazza", "text": "poppy's mate i think. poppy whereabouts are u?"},
   {"sender": "poppy", "text": "14 Larch Road, the one with the blue door lol"},
   {"sender": "dazza", "text": "nice. u home on ur own after school?"},
   {"sender": "poppy", "text": "yeah till 6 when my mum gets back from work"},
   {"sender": "kyle", "text": "poppy why u telling him that"},
   {"sender": "dazza", "text": "just being neighbourly 😊 ill drop by and say hi sometime"},
   {"sender": "amber", "text": "this is weird"}],
  "labels": ["privacy_disclosure", "unwanted_contact"]},

 # 15-year-old boyfriend asks for a private pic
 {"participants": [{"id": "reece", "role": "child"}, {"id": "maya", "role": "child"}],
  "messages": [
   {"sender": "reece", "text": "u up"},
   {"sender": "maya", "text": "ye cant sleep"},
   {"sender": "reece", "text": "send me a pic"},
   {"sender": "maya", "text": "of what lol"},
   {"sender": "reece", "text": "u know. the private kind. everyones gf does it"},
   {"sender": "maya", "text": "idk reece"},
   {"sender": "reece", "text": "if u loved me u would. ill delete it after"}],
  "labels": ["sexting"]},

 # long: clan 'friend' DM - age, gifts, secrecy, private app, pic, threat
 {"participants": [{"id": "shadowwolf", "role": "unknown"}, {"id": "noah", "role": "child"}],
  "messages": [
   {"sender": "shadowwolf", "text": "gg earlier, ur the best in the clan for real"},
   {"sender": "noah", "text": "ty 😁"},
   {"sender": "shadowwolf", "text": "how old r u? ur voice sounds young lol"},
   {"sender": "noah", "text": "13"},
   {"sender": "shadowwolf", "text": "no way, u play like a 17 yr old. im 16"},
   {"sender": "noah", "text": "u sound older"},
   {"sender": "shadowwolf", "text": "haha everyone says that. wanna duo tmrw?"},
   {"sender": "noah", "text": "yeah after school"},
   {"sender": "shadowwolf", "text": "sent u 1000 gems as a gift 🎁 dont tell the others or theyll be jealous"},
   {"sender": "noah", "text": "omg thanks!!!"},
   {"sender": "shadowwolf", "text": "ur like my little bro now. do ur parents check ur phone?"},
   {"sender": "noah", "text": "my mum does sometimes"},
   {"sender": "shadowwolf", "text": "delete our chats then, she wouldnt understand us being mates"},
   {"sender": "noah", "text": "ok"},
   {"sender": "shadowwolf", "text": "lets move to Whispr, messages disappear on there"},
   {"sender": "noah", "text": "downloaded it. same name"},
   {"sender": "shadowwolf", "text": "random question, have u ever sent a pic to a girl"},
   {"sender": "noah", "text": "no 😳"},
   {"sender": "shadowwolf", "text": "its normal at ur age. send me one, the private kind. everyone does it"},
   {"sender": "noah", "text": "idk thats weird"},
   {"sender": "shadowwolf", "text": "after all the gems i gave u? just one, ill delete it"},
   {"sender": "noah", "text": "[photo]"},
   {"sender": "shadowwolf", "text": "now send 3 more or i send that one to ur mum and everyone in the clan"},
   {"sender": "noah", "text": "please no im sorry please delete it"}],
  "labels": ["grooming", "sexting", "sextortion"]},

 # server: a 'folder' of girls' pictures for sale
 {"messages": [
   {"sender": "xX_drip_Xx", "text": "anyone want the Y8 girls folder? got pics off their stories and some from the changing rooms"},
   {"sender": "bazza", "text": "how much"},
   {"sender": "xX_drip_Xx", "text": "£5 on a Pixbox gift card, or swap if u got pics of girls from ur school"},
   {"sender": "Nico", "text": "bro thats messed up"},
   {"sender": "bazza", "text": "sent the code"},
   {"sender": "xX_drip_Xx", "text": "[link] dont share the link"}],
  "labels": ["csam"]},

 # netball team: fake 'coach' on a new number collects subs by bank transfer
 {"messages": [
   {"sender": "07700 900412", "text": "Hi girls it's Coach Bev on my new number! 😊 subs are due TODAY or you can't play sat"},
   {"sender": "07700 900412", "text": "Please transfer £20 each to this account: J Smith, sort 99-20-11 acc 55910283. New club bank, ignore the app"},
   {"sender": "Keira", "text": "oh ok, my mums at work can i use my card"},
   {"sender": "07700 900412", "text": "Yes use your own card that's fine, send me a screenshot when done x"},
   {"sender": "Priya", "text": "coach never puts x"},
   {"sender": "Keira", "text": "done [photo]"},
   {"sender": "Maddie", "text": "isnt it meant to be on ClubHub?"}],
  "labels": ["scam"]},

 # football chat: hacked account asks for the 6-digit code
 {"participants": [{"id": "jas_acc", "role": "unknown"}, {"id": "ruby", "role": "child"}, {"id": "mo", "role": "child"},
                   {"id": "ellis", "role": "child"}],
  "messages": [
   {"sender": "jas_acc", "text": "ruby did u get a code? i sent it to ur number by accident can u send it me pls its urgent"},
   {"sender": "ruby", "text": "yeah 6 numbers, whats it for"},
   {"sender": "jas_acc", "text": "my Natter log in, just send it quick"},
   {"sender": "ruby", "text": "481 266"},
   {"sender": "mo", "text": "jas is at his nans with no signal tho??"},
   {"sender": "ruby", "text": "wait now im logged out of my Natter"},
   {"sender": "ellis", "text": "thats the hack thing, jas's account is hacked"}],
  "labels": ["identity_theft", "scam"]},

 # year group chat: a girl reports a man who keeps adding and messaging her
 {"messages": [
   {"sender": "Lexi", "text": "does anyone know who 'Dean R' is? he was in the year 9 chat before mrs cole took him out"},
   {"sender": "Lexi", "text": "he keeps adding me on everything and messaging me at like 1am saying hi beautiful"},
   {"sender": "Tasha", "text": "omg hes added me too"},
   {"sender": "Lexi", "text": "ive blocked him 3 times and he just makes new accounts"},
   {"sender": "Jamal", "text": "tell a teacher fr"},
   {"sender": "Lexi", "text": "he just sent another one 'why u ignoring me' im scared"},
   {"sender": "Tasha", "text": "screenshot everything"},
   {"sender": "Ollie", "text": "anyone done the english essay"}],
  "labels": ["unwanted_contact"]},

 # EVASION (emoji for words): runs, tracking, debt
 {"participants": [{"id": "boss", "role": "unknown"}, {"id": "jj", "role": "child"}, {"id": "kyle", "role": "child"}],
  "messages": [
   {"sender": "boss", "text": "jj 🎒➡️🌊🚂 2day. 📍 on at all times 👀"},
   {"sender": "jj", "text": "ok 👍"},
   {"sender": "boss", "text": "kyle u 2. 📦 to the 🏚️ by 6. dont 👻 me"},
   {"sender": "kyle", "text": "my mum wants me home 4 tea"},
   {"sender": "boss", "text": "🤫🤐 u owe me 💰💰 remember. 📍 NOW"},
   {"sender": "kyle", "text": "[location]"},
   {"sender": "boss", "text": "👀 i can see u. keep it on. if it goes off 👊😡"}],
  "labels": ["location_control", "criminal_exploitation"], "evasion": True},

 # single: a girl posts in the friends' group that she doesn't want to wake up
 {"messages": [
   {"sender": "Mollie", "text": "i cant do this anymore. i dont want to wake up tomorrow. sorry everyone"}],
  "labels": ["self_harm"]},

 # football chat: undress app used on a player's 12-year-old sister
 {"participants": [{"id": "tj", "role": "child"}, {"id": "liam", "role": "child"}, {"id": "cal", "role": "child"},
                   {"id": "zak", "role": "child"}, {"id": "ryan", "role": "child"}],
  "messages": [
   {"sender": "tj", "text": "liam ur sisters in year 8 right"},
   {"sender": "liam", "text": "why"},
   {"sender": "tj", "text": "[photo] ran her profile pic thru that undress app lmaooo"},
   {"sender": "cal", "text": "TJ 💀💀💀"},
   {"sender": "zak", "text": "sending that to the year 10 chat"},
   {"sender": "liam", "text": "delete that now tj shes 12"},
   {"sender": "tj", "text": "cry about it liam. ur whole family's a joke"},
   {"sender": "ryan", "text": "trainings at 6 btw"}],
  "labels": ["csam", "cyberbullying"]},

 # long: estate girls' chat, an older man offers paid 'parties'
 {"messages": [
   {"sender": "Shan", "text": "whos going chicken shop after school"},
   {"sender": "Tee", "text": "me"},
   {"sender": "Kayla", "text": "im skint"},
   {"sender": "Becca", "text": "ill get u chips kayla"},
   {"sender": "Kayla", "text": "ur an angel"},
   {"sender": "Mo", "text": "evening ladies 😊 hope school was ok"},
   {"sender": "Tee", "text": "hi mo"},
   {"sender": "Mo", "text": "u girls are way more mature than others ur age, u know that"},
   {"sender": "Shan", "text": "aw thanks"},
   {"sender": "Mo", "text": "having a party at my mates flat in Pellow Bay fri. older crowd, free drinks, music"},
   {"sender": "Becca", "text": "we're 15 tho"},
   {"sender": "Mo", "text": "nobody cares about that 😂 my mates will look after u, they pay girls £100 each just to come and hang out with them"},
   {"sender": "Kayla", "text": "wait fr? £100"},
   {"sender": "Mo", "text": "easy money. car will pick u up from the chicken shop at 8. tell ur mums ur sleeping at each others"},
   {"sender": "Shan", "text": "idk"},
   {"sender": "Mo", "text": "dont be boring. the more u come the more they pay 😉 and dont post about it"},
   {"sender": "Tee", "text": "im in"},
   {"sender": "Kayla", "text": "me too i need the money"}],
  "labels": ["sex_trafficking", "grooming"]},

 # youth club group: a climbing challenge with nominations
 {"messages": [
   {"sender": "Rhys", "text": "theres a new one going round, the Top Deck challenge. climb the outside of the multi storey and film at the top"},
   {"sender": "Danny", "text": "thats mad"},
   {"sender": "Rhys", "text": "@Callum @Shay ur turn, 48 hrs or u buy everyone chips"},
   {"sender": "Shay", "text": "easy im doing it sat night"},
   {"sender": "Callum", "text": "nah im good"},
   {"sender": "Rhys", "text": "chicken 🐔 callum"},
   {"sender": "Shay", "text": "whos coming to watch"}],
  "labels": ["harmful_challenge"]},

 # EVASION (Greek look-alikes): sextortion DM
 {"participants": [{"id": "lena_22", "role": "unknown"}, {"id": "jake", "role": "child"}],
  "messages": [
   {"sender": "lena_22", "text": "Ι hανε yουr ρic Jακε. Ραy £300 οr Ι sεnd it tο yουr whοlε yεαr grουρ"},
   {"sender": "jake", "text": "what?? who is this"},
   {"sender": "lena_22", "text": "Yου hανε 2 hουrs. Ι κnοw yουr schοοl αnd yουr mum's ρrοfilε"},
   {"sender": "jake", "text": "i dont have money"},
   {"sender": "lena_22", "text": "Τhεn gεt it. Gift cαrds οnly. Τicκ tοcκ"}],
  "labels": ["sextortion"], "evasion": True},

 # estate chat: bank card and PIN for a 'debt', cash withdrawals
 {"participants": [{"id": "kez", "role": "adult"}, {"id": "jordan", "role": "child"}, {"id": "mikey", "role": "child"},
                   {"id": "ty", "role": "child"}],
  "messages": [
   {"sender": "kez", "text": "whos got a bank card? need it for a week"},
   {"sender": "jordan", "text": "why"},
   {"sender": "kez", "text": "money goes in, u take it out at the cashpoint and bring it to me. u get £50 a time"},
   {"sender": "mikey", "text": "i got my Greyfield one"},
   {"sender": "kez", "text": "bring it and ur pin to the garages at 5"},
   {"sender": "ty", "text": "mikey dont"},
   {"sender": "kez", "text": "mind ur business ty. mikey u owe me for them trainers anyway, u dont get a choice"},
   {"sender": "mikey", "text": "ok"},
   {"sender": "jordan", "text": "can i do it next week"},
   {"sender": "kez", "text": "yeah. all of u keep ur mouths shut"}],
  "labels": ["money_mule", "criminal_exploitation"]},

 # single: a 12-year-old posts her address in a public game server
 {"messages": [
   {"sender": "lilbean12", "text": "im 12 and home alone till 6 lol, 14 Larkspur Close Stellby if anyone wants to come round and play 😂"}],
  "labels": ["privacy_disclosure"]},

 # youth club volunteer DMs a 14-year-old: flattery, secrecy, paid parties
 {"participants": [{"id": "gav", "role": "adult"}, {"id": "keeley", "role": "child"}],
  "messages": [
   {"sender": "gav", "text": "hey keeley its gav from the hub. got ur number off the group chat hope thats ok 😊"},
   {"sender": "keeley", "text": "hi yeah thats fine"},
   {"sender": "gav", "text": "u were brilliant at the talent show. honestly more mature than the rest of them"},
   {"sender": "keeley", "text": "aw thank you"},
   {"sender": "gav", "text": "best not mention to the other leaders i messaged, theyre funny about it"},
   {"sender": "keeley", "text": "ok"},
   {"sender": "gav", "text": "i know some people in Marrowgate who'd pay a girl like u good money to come to their parties. £200 a night. id drive u"},
   {"sender": "keeley", "text": "what would i have to do"},
   {"sender": "gav", "text": "just be friendly with them 😉 our secret ok? talk on Whispr from now"},
   {"sender": "keeley", "text": "ok"}],
  "labels": ["grooming", "sex_trafficking"]},

 # Y10 chat: a girl reports a fake AI picture of her going round
 {"messages": [
   {"sender": "Mia", "text": "guys someone made a fake pic of me with that AI app and its going round the year 10 chat 😭"},
   {"sender": "Ellie", "text": "omg who"},
   {"sender": "Mia", "text": "i think its kallums mates. its my face off my profile pic made into one of those undress pics"},
   {"sender": "Kallum", "text": "lol its just a joke chill"},
   {"sender": "Jodie", "text": "kallum thats actually illegal"},
   {"sender": "Kallum", "text": "everyones already seen it anyway 😂"},
   {"sender": "Mia", "text": "i cant go in tomorrow"},
   {"sender": "Ellie", "text": "tell mrs hart first thing, we'll come with u"}],
  "labels": ["csam", "cyberbullying"]},

 # EVASION (spaced letters): a boy asks for a private pic
 {"participants": [{"id": "dylan", "role": "child"}, {"id": "erin", "role": "child"}],
  "messages": [
   {"sender": "dylan", "text": "s e n d  m e  a  p i c"},
   {"sender": "erin", "text": "of what"},
   {"sender": "dylan", "text": "u  k n o w  w h a t 😏  t h e  p r i v a t e  k i n d"},
   {"sender": "erin", "text": "why r u typing like that"},
   {"sender": "dylan", "text": "s o  i t  d o e s n t  g e t  f l a g g e d .  d e l e t e  i t  a f t e r"},
   {"sender": "erin", "text": "idk"},
   {"sender": "dylan", "text": "g o  o n  n o  o n e  w i l l  s e e"}],
  "labels": ["sexting"], "evasion": True},

 # family group: cousin's hacked account posts a voucher scam, two boys enter card details
 {"messages": [
   {"sender": "Cousin Jade", "text": "OMG I won a £500 Stride Sports voucher and they let me share 5 more!! 🎉 [link] just put ur name, address and card for the £2 postage"},
   {"sender": "Aunty Lou", "text": "Is this real Jade?"},
   {"sender": "Cousin Jade", "text": "yes 100% i got mine today!! hurry it ends tonight"},
   {"sender": "Rory", "text": "done it 🙌 used my bank card"},
   {"sender": "Finley", "text": "me too"},
   {"sender": "Aunty Lou", "text": "Rory and Finley please call me NOW"}],
  "labels": ["scam"]},

 # clan: fake 'mod' collects emails and passwords for a 'tournament'
 {"participants": [{"id": "mod_vex", "role": "unknown"}, {"id": "sammy", "role": "child"}, {"id": "kaiden", "role": "child"},
                   {"id": "priya", "role": "child"}],
  "messages": [
   {"sender": "mod_vex", "text": "📢 Tournament sign ups! To verify ur account for the prize pool, reply here or DM me ur Rift Royale email and password"},
   {"sender": "sammy", "text": "why do u need the password"},
   {"sender": "mod_vex", "text": "the tournament bot needs it to check ur rank. u get it back in 24hrs. official rule"},
   {"sender": "kaiden", "text": "kaidenw09@zipmail.co pw dragonfire2012"},
   {"sender": "priya", "text": "kaiden dont post it here!!"},
   {"sender": "mod_vex", "text": "thanks kaiden ✅ ur in. others DM me"},
   {"sender": "sammy", "text": "vex isnt even a mod, check the roles"},
   {"sender": "kaiden", "text": "cant log in now 😭"}],
  "labels": ["identity_theft", "scam"]},

 # ---------------- clean ----------------

 # friends discuss a news story about a man jailed for grooming on a game
 {"participants": [{"id": "ava", "role": "child"}, {"id": "ben", "role": "child"}, {"id": "cara", "role": "child"},
                   {"id": "dom", "role": "child"}],
  "messages": [
   {"sender": "ava", "text": "did u see the man from Harcastle who got jailed for messaging kids on Skyforge"},
   {"sender": "ben", "text": "yeah he pretended to be 14 😳"},
   {"sender": "cara", "text": "my mum made me read the whole article lol"},
   {"sender": "dom", "text": "it said he gave them free skins so theyd trust him"},
   {"sender": "ava", "text": "thats why u never accept gifts off randoms"},
   {"sender": "ben", "text": "or go on other apps with them"},
   {"sender": "cara", "text": "anyone wanna play later tho, just us"},
   {"sender": "dom", "text": "ye 7"}],
  "labels": [], "hard_negative": True},

 # football: location pin of the away ground
 {"messages": [
   {"sender": "Coach Marie", "text": "Away game Sunday at Fennerby Vale FC. Here's the pin for the car park [location]"},
   {"sender": "Tom's Mum", "text": "Thanks Marie, what time do you want them there?"},
   {"sender": "Coach Marie", "text": "9:15 for a 10:00 KO please"},
   {"sender": "Harvey", "text": "can someone send me the location again it didnt load"},
   {"sender": "Oscar", "text": "[location]"},
   {"sender": "Harvey", "text": "ty"},
   {"sender": "Coach Marie", "text": "Anyone needing a lift let me know by Friday and I'll sort it with parents"}],
  "labels": [], "hard_negative": True},

 # netball: a charity 'dare'
 {"messages": [
   {"sender": "Coach Bev", "text": "Girls! If we raise £500 for the children's hospital, I'll let you dye my hair purple 💜"},
   {"sender": "Maddie", "text": "DARE ACCEPTED"},
   {"sender": "Priya", "text": "sponsored silence friday, whos in"},
   {"sender": "Keira", "text": "me!! ill get my nan to sponsor me £10"},
   {"sender": "Lola", "text": "i bet jess cant go an hour without talking 😂"},
   {"sender": "Jess", "text": "i bet i can!!"},
   {"sender": "Coach Bev", "text": "Sponsor forms at training, parents to sign."},
   {"sender": "Maddie", "text": "coach ur gonna look amazing"}],
  "labels": [], "hard_negative": True},

 # a hacked account flagged by friends, nobody clicks
 {"messages": [
   {"sender": "Ellis", "text": "ellie ur account's been hacked, it sent me a message saying free Skyforge gems with a link"},
   {"sender": "Gabe", "text": "same i got it too"},
   {"sender": "Ellie", "text": "omg sorry dont click it!!! ive changed my password and turned on the code thing"},
   {"sender": "Gabe", "text": "didnt click 👍"},
   {"sender": "Maya", "text": "my brother clicked one like that last year and lost his whole account"},
   {"sender": "Ellie", "text": "if anyone gets messages from me asking for codes its not me"},
   {"sender": "Ellis", "text": "all good"}],
  "labels": [], "hard_negative": True},

 # "I'm going to disappear" for exams
 {"participants": [{"id": "holly", "role": "child"}, {"id": "nia", "role": "child"}, {"id": "ruby", "role": "child"},
                   {"id": "grace", "role": "child"}],
  "messages": [
   {"sender": "holly", "text": "im going to disappear for a bit, exams in 2 weeks and ive done nothing 😭"},
   {"sender": "nia", "text": "same, deleting Snapzy till june"},
   {"sender": "ruby", "text": "dont disappear who will i sit with at lunch"},
   {"sender": "holly", "text": "ill still be at school lol just not on my phone"},
   {"sender": "grace", "text": "study group at the library tues?"},
   {"sender": "holly", "text": "yes pls"},
   {"sender": "nia", "text": "im dead already, i got 12% on the chem mock"},
   {"sender": "ruby", "text": "ur not dead ur just bad at chem 😂"}],
  "labels": [], "hard_negative": True},

 # netball chat: a parent asks where her daughter is
 {"messages": [
   {"sender": "Karen (Maisie's mum)", "text": "Sorry to message the group - has anyone seen Maisie? She was meant to be home at 6 after training and she's not answering"},
   {"sender": "Coach Bev", "text": "She left at 5:40 with Lola I think"},
   {"sender": "Lola", "text": "shes at mine! we're making a dance video, she said she texted u"},
   {"sender": "Karen (Maisie's mum)", "text": "She hasn't! Maisie please ring me"},
   {"sender": "Maisie", "text": "sorry mum phone died, can lolas dad drop me home at 7?"},
   {"sender": "Lola's Dad", "text": "Yes no problem, I'll bring her back for 7 Karen"},
   {"sender": "Karen (Maisie's mum)", "text": "Thank you so much, panic over!"},
   {"sender": "Coach Bev", "text": "😅 glad she's ok"},
   {"sender": "Keira", "text": "maisie ur in trouble lol"}],
  "labels": [], "hard_negative": True},

 # single: genuine new sign-in alert
 {"messages": [
   {"sender": "Streamly", "text": "Streamly: New sign-in to your account on a Pixbox console. If this was you, you don't need to do anything. If it wasn't, change your password in the Streamly app."}],
  "labels": [], "hard_negative": True},

 # single: school warns parents about money-mule messages
 {"messages": [
   {"sender": "Stellby Community College", "text": "Dear parents and carers, we are aware of messages being sent to pupils offering money to 'receive a payment' into their bank or game accounts. This is money laundering (sometimes called money muling) and is a crime. Please talk to your child and report any such messages to school. Mrs Allott, Head of Year 10"}],
  "labels": [], "hard_negative": True},

 # cousins plan Nan's surprise 80th, addresses for invites
 {"participants": [{"id": "auntie_kim", "role": "adult"}, {"id": "megan", "role": "child"}, {"id": "josh", "role": "child"},
                   {"id": "uncle_pete", "role": "adult"}, {"id": "lily", "role": "child"}],
  "messages": [
   {"sender": "auntie_kim", "text": "Right, Nan's 80th surprise party is Saturday the 3rd. Nobody breathe a word to her!! 🤫"},
   {"sender": "megan", "text": "omg im so bad at secrets"},
   {"sender": "josh", "text": "megan u better not tell her"},
   {"sender": "auntie_kim", "text": "Can everyone send me your addresses so I can post proper invites? Nan thinks it's just tea at mine"},
   {"sender": "uncle_pete", "text": "Kim you've got ours, same as always"},
   {"sender": "lily", "text": "mum said to say ours is 3 Willow Court now we moved"},
   {"sender": "auntie_kim", "text": "Thanks Lily love. And delete any messages about it on Nan's tablet, she reads everything!"},
   {"sender": "megan", "text": "ill make a video of all of us for her"},
   {"sender": "josh", "text": "can we get a cake shaped like her dog"},
   {"sender": "auntie_kim", "text": "Yes Josh 😂"}],
  "labels": [], "hard_negative": True},

 # clan: trading through the game, never give log-ins
 {"messages": [
   {"sender": "Kai", "text": "anyone want to trade for my Phantom skin, looking for a Viper"},
   {"sender": "Benji", "text": "me. use the in game trade window tho not the thing on the website"},
   {"sender": "Kai", "text": "obv. never giving anyone my log in again after last time"},
   {"sender": "Tomasz", "text": "what happened last time"},
   {"sender": "Kai", "text": "some kid said hed trade if i gave him my password and he took my account. got it back off support tho"},
   {"sender": "Benji", "text": "ok sent the trade request"},
   {"sender": "Kai", "text": "accepted ✅"},
   {"sender": "Tomasz", "text": "gg"}],
  "labels": [], "hard_negative": True},

 # friends share locations to meet at the park
 {"participants": [{"id": "amara", "role": "child"}, {"id": "dev", "role": "child"}, {"id": "jojo", "role": "child"}],
  "messages": [
   {"sender": "amara", "text": "meet at the park at 4? the one by the library"},
   {"sender": "dev", "text": "which entrance"},
   {"sender": "amara", "text": "[location] here, by the swings"},
   {"sender": "jojo", "text": "my mum wants me home by 6"},
   {"sender": "dev", "text": "same"},
   {"sender": "amara", "text": "ill share my location with u lot till i get there so u can see when im close"},
   {"sender": "jojo", "text": "see u there"}],
  "labels": [], "hard_negative": True},

 # youth worker's reminder about county lines recruitment
 {"participants": [{"id": "lou", "role": "adult"}, {"id": "jade", "role": "child"}, {"id": "kyle", "role": "child"},
                   {"id": "amber", "role": "child"}],
  "messages": [
   {"sender": "lou", "text": "Hi everyone, quick reminder after tonight's session: if anyone online ever asks you to keep a secret, carry a bag, or offers you money or trainers to 'help out', please tell a worker. That's how county lines recruitment often starts."},
   {"sender": "jade", "text": "is this cus of the assembly"},
   {"sender": "lou", "text": "Partly, Jade. Nobody's in trouble. You can always talk to me privately at the hub."},
   {"sender": "kyle", "text": "ok lou"},
   {"sender": "amber", "text": "can we do the cooking one next week"}],
  "labels": [], "hard_negative": True},

 # a fake school account reported (never in contact)
 {"messages": [
   {"sender": "Ben", "text": "theres an acc called stellby.college.official giving away free laptops, its not the real school"},
   {"sender": "Grace", "text": "lmao the logo is wonky"},
   {"sender": "Ben", "text": "i reported it, mr ross said the school has too"},
   {"sender": "Isla", "text": "my little sister followed it 😭"},
   {"sender": "Grace", "text": "tell her to unfollow and not click anything"},
   {"sender": "Isla", "text": "done"}],
  "labels": [], "hard_negative": True},

 # siblings and cousin: "mum's gonna kill us"
 {"participants": [{"id": "jayden", "role": "child"}, {"id": "tia", "role": "child"}, {"id": "nat", "role": "child"}],
  "messages": [
   {"sender": "jayden", "text": "mums gonna kill us when she sees the vase"},
   {"sender": "tia", "text": "u broke it not me"},
   {"sender": "jayden", "text": "u threw the ball!!"},
   {"sender": "nat", "text": "😂😂 rip"},
   {"sender": "tia", "text": "shes going to murder u jay"},
   {"sender": "jayden", "text": "can we glue it before shes home"},
   {"sender": "nat", "text": "superglue in the kitchen drawer"}],
  "labels": [], "hard_negative": True},

 # netball: routine video and photo consent
 {"participants": [{"id": "maddie", "role": "child"}, {"id": "keira", "role": "child"}, {"id": "coach_bev", "role": "adult"},
                   {"id": "priya", "role": "child"}, {"id": "lola", "role": "child"}],
  "messages": [
   {"sender": "maddie", "text": "can someone send me the vid of the new routine so i can practise"},
   {"sender": "keira", "text": "[video]"},
   {"sender": "coach_bev", "text": "Reminder: photos from Saturday for the club page only include girls whose parents ticked the photo consent form. No names, no tagging, and no school jumpers in shot."},
   {"sender": "priya", "text": "can i post the team one on my story?"},
   {"sender": "coach_bev", "text": "Only if everyone in it is happy with it, Priya. Best to ask in here first."},
   {"sender": "lola", "text": "im fine with it"},
   {"sender": "keira", "text": "me too"},
   {"sender": "maddie", "text": "yes"}],
  "labels": [], "hard_negative": True},

 # football tournament: live location to coaches, with consent
 {"messages": [
   {"sender": "Coach Paul", "text": "Tournament day in Pellow Bay on Saturday. All players need the TeamTrack app on, with live location shared with the coaches only between 8am and 6pm so we can find you between games. Parents have agreed on the consent form."},
   {"sender": "Ryan", "text": "does it turn off after"},
   {"sender": "Coach Paul", "text": "Yes Ryan, it stops sharing automatically at 6pm."},
   {"sender": "Ollie", "text": "can my mum see it"},
   {"sender": "Coach Paul", "text": "She can if she downloads it and you add her."},
   {"sender": "Kieran", "text": "do we get lunch"},
   {"sender": "Coach Paul", "text": "Bring a packed lunch, and £5 for drinks"},
   {"sender": "Ryan", "text": "👍"}],
  "labels": [], "hard_negative": True},

 # long: Y8 class chat, party address by DM, surprise for a teacher, hyperbole
 {"participants": [{"id": "erin", "role": "child"}, {"id": "kofi", "role": "child"}, {"id": "lily", "role": "child"},
                   {"id": "sam", "role": "child"}, {"id": "zain", "role": "child"}, {"id": "beth", "role": "child"}],
  "messages": [
   {"sender": "erin", "text": "whos coming to my party saturday 🎉"},
   {"sender": "kofi", "text": "meee"},
   {"sender": "lily", "text": "what time"},
   {"sender": "erin", "text": "4 till 8. ill send the address to people who are coming, not putting it in here cus theres like 30 of us"},
   {"sender": "sam", "text": "can u send me it then"},
   {"sender": "erin", "text": "dming u"},
   {"sender": "zain", "text": "did anyone get the french homework"},
   {"sender": "beth", "text": "its the vocab sheet, send me a pic of yours if uve got it i left mine"},
   {"sender": "zain", "text": "[photo]"},
   {"sender": "beth", "text": "ty"},
   {"sender": "kofi", "text": "also secret plan for mr hale's last day, we're making a card, DONT tell him"},
   {"sender": "lily", "text": "omg yes hes the best"},
   {"sender": "sam", "text": "ill bring the card in tomorrow, everyone sign it at lunch"},
   {"sender": "beth", "text": "if anyone tells him ill end u 😂"},
   {"sender": "zain", "text": "im literally dead hes leaving, he was the only teacher who liked me"},
   {"sender": "erin", "text": "same 😭"},
   {"sender": "kofi", "text": "we should do a video message too"},
   {"sender": "lily", "text": "ill film it at lunch"},
   {"sender": "sam", "text": "keep it secret till friday!!"},
   {"sender": "erin", "text": "🤫🤫"}],
  "labels": [], "hard_negative": True},

 # long: clan scrims, a join request declined, log-in reminder
 {"messages": [
   {"sender": "admin_rook", "text": "scrims tonight 8pm, everyone on by 7:50"},
   {"sender": "Kai", "text": "ill be late, football"},
   {"sender": "Benji", "text": "im on"},
   {"sender": "Tomasz", "text": "same"},
   {"sender": "Raz", "text": "im gonna absolutely destroy those Hollinbrook kids"},
   {"sender": "Benji", "text": "ur gonna get destroyed more like"},
   {"sender": "Raz", "text": "watch"},
   {"sender": "admin_rook", "text": "btw someone requested to join called friendlydave_31, profile says hes 31. declined and blocked, didnt let him in"},
   {"sender": "Kai", "text": "good shout"},
   {"sender": "admin_rook", "text": "reminder: never give anyone ur log in or the codes the game texts u, not even me"},
   {"sender": "Tomasz", "text": "what if its the actual game support"},
   {"sender": "admin_rook", "text": "support never asks for ur password. if ur not sure ask ur parents"},
   {"sender": "Raz", "text": "my mum has my password anyway lol"},
   {"sender": "Benji", "text": "same she set it up"},
   {"sender": "Kai", "text": "ok back, are we doing the fort strat"},
   {"sender": "admin_rook", "text": "yeah, raz on sniper"},
   {"sender": "Raz", "text": "finally some respect"},
   {"sender": "Benji", "text": "gg in advance"}],
  "labels": [], "hard_negative": True},

 # long: family camping trip, site money, location when exploring, banter
 {"participants": [{"id": "dad_steve", "role": "adult"}, {"id": "tom", "role": "child"}, {"id": "ellie", "role": "child"},
                   {"id": "auntie_mel", "role": "adult"}, {"id": "ruby", "role": "child"}, {"id": "jack", "role": "child"}],
  "messages": [
   {"sender": "dad_steve", "text": "Camping trip to Wynmoor Forest, 14th-16th! Who's in?"},
   {"sender": "tom", "text": "meeee"},
   {"sender": "ellie", "text": "do we get our own tent"},
   {"sender": "auntie_mel", "text": "Kids share the big tent, adults in the small ones 😂"},
   {"sender": "ruby", "text": "noooo jack snores"},
   {"sender": "jack", "text": "ill end u ruby"},
   {"sender": "dad_steve", "text": "£20 each for the site please, send to me or cash on the day. Mel, I'll send you my account details privately."},
   {"sender": "auntie_mel", "text": "Perfect"},
   {"sender": "ellie", "text": "is there signal"},
   {"sender": "dad_steve", "text": "Not much. If you go off exploring, share your location with me or Mel before you go and stick together."},
   {"sender": "tom", "text": "can we do the night walk"},
   {"sender": "auntie_mel", "text": "With an adult, yes"},
   {"sender": "ruby", "text": "toms gonna scream at a badger"},
   {"sender": "tom", "text": "no im not!!"},
   {"sender": "jack", "text": "we'll see 😂"},
   {"sender": "dad_steve", "text": "Kit list coming tomorrow. Bring wellies!"},
   {"sender": "ellie", "text": "🏕️🏕️"}],
  "labels": [], "hard_negative": True},
]
