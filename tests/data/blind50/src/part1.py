[
 # Y9 form group: pile-on with a photo, then "kys"
 {"participants": [{"id": "tyler", "role": "child"}, {"id": "lexi", "role": "child"}, {"id": "kian", "role": "child"},
                   {"id": "jade", "role": "child"}, {"id": "ruby", "role": "child"}, {"id": "amber", "role": "child"},
                   {"id": "mo", "role": "child"}],
  "messages": [
   {"sender": "tyler", "text": "[photo] lmaooo look at amber in the canteen sat by herself AGAIN"},
   {"sender": "lexi", "text": "omg she's always on her own 😭"},
   {"sender": "kian", "text": "who even added her to this chat"},
   {"sender": "jade", "text": "has anyone done the science hw"},
   {"sender": "ruby", "text": "amber ur so embarrassing honestly"},
   {"sender": "amber", "text": "why are you all doing this i didnt do anything"},
   {"sender": "tyler", "text": "cus ur a weirdo and no one wants u here"},
   {"sender": "lexi", "text": "just leave the chat tbh"},
   {"sender": "mo", "text": "kys amber 💀"},
   {"sender": "jade", "text": "page 34 questions 1-6 if anyone needs it"},
   {"sender": "kian", "text": "everyone remove her from ur streaks lol"}],
  "labels": ["cyberbullying", "self_harm"]},

 # U14 football team chat, long: fake "scout" joins via public invite link
 {"messages": [
   {"sender": "Callum", "text": "whos got the away kit this week"},
   {"sender": "Rhys", "text": "my mum washed it ill bring the bag"},
   {"sender": "Josh T", "text": "we're getting battered sat if zak goes in goal again 😂"},
   {"sender": "Zak", "text": "say that to my face"},
   {"sender": "Josh T", "text": "i will at training lol"},
   {"sender": "Aiden", "text": "what time is kick off"},
   {"sender": "Callum", "text": "10:30, meet at the club 9:45"},
   {"sender": "Ethan", "text": "can someone get me a lift my dads working"},
   {"sender": "Rhys", "text": "ye my mum can grab u"},
   {"sender": "Zak", "text": "who put the invite link on the club page btw there's new ppl in here"},
   {"sender": "Marcus (Scout)", "text": "Hi lads, Marcus here, I scout for Stellby City's academy. Been watching your results this season, very impressive 👏"},
   {"sender": "Marcus (Scout)", "text": "Looking for a couple of players for trials next month. Reply with your age, postcode and which school you go to and I'll sort it"},
   {"sender": "Aiden", "text": "no way is this real"},
   {"sender": "Ethan", "text": "im 13, QR7 2LS, St Aldwyn's High"},
   {"sender": "Marcus (Scout)", "text": "Great stuff Ethan, quick feet that one. I'll DM you the details. Best not mention it to your coach yet, he'll only get jealous losing you 😉"},
   {"sender": "Callum", "text": "ethan ur not gonna be a pro lmao"},
   {"sender": "Josh T", "text": "me next, im 14 and i go to st aldwyns too"},
   {"sender": "Rhys", "text": "anyone seen my shin pads i left them in the changing room"},
   {"sender": "Zak", "text": "lost property box"},
   {"sender": "Marcus (Scout)", "text": "Josh what's your postcode mate? Need it for the trial insurance"}],
  "labels": ["unwanted_contact", "privacy_disclosure", "grooming"]},

 # DM from a stranger in the gaming clan to a 12-year-old
 {"participants": [{"id": "rex_gg", "role": "unknown"}, {"id": "alfie", "role": "child"}],
  "messages": [
   {"sender": "rex_gg", "text": "yo saw u in the NightOwlz chat, ur cracked at Rift Royale for real"},
   {"sender": "alfie", "text": "thx lol who r u"},
   {"sender": "rex_gg", "text": "im in the clan too i just dont talk much. how old r u? u sound young on voice"},
   {"sender": "alfie", "text": "12"},
   {"sender": "rex_gg", "text": "mature for 12 tbh. i got a spare Phantom skin code, u want it?"},
   {"sender": "alfie", "text": "wait fr?? yes"},
   {"sender": "rex_gg", "text": "sent. dont tell the others i gave u it, theyll all want one 🤫"},
   {"sender": "rex_gg", "text": "add me on Whispr its easier to chat there, no one reads it"},
   {"sender": "alfie", "text": "ok whats ur name on it"}],
  "labels": ["grooming", "unwanted_contact"]},

 # clan channel: hacked member posts free gems, a boy gives his log-in
 {"messages": [
   {"sender": "Kai", "text": "anyone on tonight"},
   {"sender": "Benji", "text": "after tea"},
   {"sender": "Nate_owl", "text": "GUYS Rift Royale are giving 5000 free gems for the anniversary!! [link] log in with ur game account before midnight"},
   {"sender": "Tomasz", "text": "omg is this legit"},
   {"sender": "Nate_owl", "text": "ye i just got mine. u put ur username and password then it asks for the code they text u, put that in too"},
   {"sender": "Benji", "text": "done it, put my login and the code in, waiting for gems"},
   {"sender": "Kai", "text": "nate u never type like that"},
   {"sender": "Benji", "text": "wait now it says my password's been changed???"}],
  "labels": ["scam", "identity_theft"]},

 # estate group: a 'job' offered to the group, location demanded
 {"participants": [{"id": "kyle", "role": "child"}, {"id": "reece", "role": "child"}, {"id": "deano", "role": "unknown"},
                   {"id": "jayden", "role": "child"}, {"id": "tommo", "role": "child"}],
  "messages": [
   {"sender": "kyle", "text": "whos out tonight"},
   {"sender": "reece", "text": "im grounded 😭"},
   {"sender": "deano", "text": "Anyone want to earn? Need 2 young uns for a little job tomorrow, drop a bag off in Pellow Bay, £200 each cash"},
   {"sender": "jayden", "text": "whats in the bag"},
   {"sender": "deano", "text": "dont ask questions and u get paid. simple"},
   {"sender": "tommo", "text": "im down"},
   {"sender": "kyle", "text": "me too"},
   {"sender": "deano", "text": "tommo kyle DM me. keep ur location on when ur out so i know where u are at all times. u turn it off, u owe me"},
   {"sender": "reece", "text": "jealous i cant come lol"},
   {"sender": "tommo", "text": "shared it 👍 [location]"},
   {"sender": "deano", "text": "good lad. train's at 7, dont be late"}],
  "labels": ["criminal_exploitation", "location_control"]},

 # U15 netball team chat: photo taken in the changing room shared around
 {"messages": [
   {"sender": "Maddie", "text": "great game today girlsss 💜"},
   {"sender": "Priya", "text": "coach was buzzing"},
   {"sender": "Lola", "text": "[photo] look what i got in the changing room 😂😂 jess getting changed"},
   {"sender": "Keira", "text": "LOLA omg 💀"},
   {"sender": "Maddie", "text": "send it to the boys chat"},
   {"sender": "Lola", "text": "already did haha"},
   {"sender": "Jess", "text": "delete it now please thats not funny"},
   {"sender": "Keira", "text": "ur so dramatic jess its just a pic"},
   {"sender": "Priya", "text": "does anyone know if training is on thurs"}],
  "labels": ["csam", "cyberbullying"]},

 # Y10 class chat: undress app on a classmate's photo
 {"participants": [{"id": "connor", "role": "child"}, {"id": "ash", "role": "child"}, {"id": "dev", "role": "child"},
                   {"id": "freddie", "role": "child"}, {"id": "mila", "role": "child"}],
  "messages": [
   {"sender": "connor", "text": "someone found an undress app called Peelr, it does it to any pic u put in"},
   {"sender": "ash", "text": "wtf"},
   {"sender": "connor", "text": "send me amira's pics off her story and ill put them thru it"},
   {"sender": "dev", "text": "bro thats actually illegal"},
   {"sender": "freddie", "text": "[photo] heres one from sports day"},
   {"sender": "connor", "text": "perfect, ill post what comes out in the boys chat after"},
   {"sender": "mila", "text": "you lot are disgusting im telling miss"},
   {"sender": "ash", "text": "anyway whos going town sat"}],
  "labels": ["csam"]},

 # single: hacked youth club member posts a giveaway
 {"messages": [
   {"sender": "Harvey (Oakhurst Youth Club)", "text": "Heyyy everyone!! Im giving away 3 free Pixbox consoles 🎮🎮 coz I won a competition, just tap [link] and put ur mums card in for the £1.99 delivery, first 3 only!!"}],
  "labels": ["scam"]},

 # cadets group, long: a member says he doesn't want to be here
 {"participants": [{"id": "sam", "role": "child"}, {"id": "nadia", "role": "child"}, {"id": "evie", "role": "child"},
                   {"id": "sgt_reid", "role": "adult"}, {"id": "josh", "role": "child"}, {"id": "oli", "role": "child"}],
  "messages": [
   {"sender": "sam", "text": "is parade thursday or friday this week"},
   {"sender": "nadia", "text": "thursday 7pm"},
   {"sender": "evie", "text": "do we need full uniform or just the green top"},
   {"sender": "sgt_reid", "text": "Full uniform Thursday please, it's the inspection. Boots polished!"},
   {"sender": "josh", "text": "noooo my boots are wrecked"},
   {"sender": "sam", "text": "polish them then lol"},
   {"sender": "evie", "text": "whos doing the bake sale on sat"},
   {"sender": "nadia", "text": "me and evie, can someone bring a table"},
   {"sender": "josh", "text": "my dads got a fold up one"},
   {"sender": "sam", "text": "oli are u coming thursday"},
   {"sender": "sam", "text": "oli??"},
   {"sender": "oli", "text": "probably not. i dont really see the point of anything anymore"},
   {"sender": "oli", "text": "i dont want to be here anymore. sorry for being annoying to everyone"},
   {"sender": "nadia", "text": "oli what do u mean? ur not annoying at all"},
   {"sender": "evie", "text": "oli please answer, we're here"},
   {"sender": "sgt_reid", "text": "Oli, I've seen your message. I'm ringing your mum now and then I'll call you. You're not in trouble and you are not annoying. Everyone else, please give Oli some space in here."},
   {"sender": "josh", "text": "we love u oli ❤️"}],
  "labels": ["self_harm"]},

 # cousins-only chat: squaring, a 13-year-old posts his bank details
 {"messages": [
   {"sender": "Dan", "text": "who wants £300 easy"},
   {"sender": "Mae", "text": "doing what lol"},
   {"sender": "Dan", "text": "my mate needs someone to take a payment into their bank and send it on, he cant use his. u keep 300"},
   {"sender": "Rory", "text": "ive only got my Kestrel Bank kids account"},
   {"sender": "Dan", "text": "that works. send me ur sort code and account number here"},
   {"sender": "Rory", "text": "sort code 99-41-17 acc 30118942"},
   {"sender": "Liv", "text": "rory i dont think u should do that"},
   {"sender": "Dan", "text": "relax liv its my mate its fine. dont mention it to aunty sue"},
   {"sender": "Mae", "text": "can i do it too"}],
  "labels": ["money_mule", "privacy_disclosure"]},

 # gaming server: a railway challenge spreading with tags
 {"messages": [
   {"sender": "StormyBoi", "text": "yo has anyone seen the Ghost Rail challenge"},
   {"sender": "lilmoth", "text": "no what is it"},
   {"sender": "StormyBoi", "text": "u film urself on the railway line at night and post it then tag 3 ppl. if ur tagged u got 24hrs or ur a wimp"},
   {"sender": "d4nny", "text": "saw a lad from Harcastle do it, mad"},
   {"sender": "StormyBoi", "text": "i tag @lilmoth @d4nny @Kez"},
   {"sender": "Kez", "text": "nah"},
   {"sender": "StormyBoi", "text": "kez scared 🐔"},
   {"sender": "lilmoth", "text": "ok ill do it fri"},
   {"sender": "d4nny", "text": "anyone wanna duo"},
   {"sender": "StormyBoi", "text": "lilmoth post the vid in here when ur done"}],
  "labels": ["harmful_challenge"]},

 # EVASION (Cyrillic look-alikes): sextortion DM
 {"participants": [{"id": "mia_x", "role": "unknown"}, {"id": "lucas", "role": "child"}],
  "messages": [
   {"sender": "mia_x", "text": "Lucаs I hаvе thе piс yоu sеnt mе"},
   {"sender": "lucas", "text": "please delete it"},
   {"sender": "mia_x", "text": "Pаy £150 in gift саrds by 9pm оr I sеnd it tо еvеryоnе in yоur сlаn аnd yоur sсhооl grоup"},
   {"sender": "lucas", "text": "i dont have that much im 14"},
   {"sender": "mia_x", "text": "Nоt my prоblеm. Tiсk tосk. I hаvе thе list оf аll yоur friеnds"}],
  "labels": ["sextortion"], "evasion": True},

 # stranger from the netball group DMs a 14-year-old
 {"participants": [{"id": "jord", "role": "unknown"}, {"id": "ellie", "role": "child"}],
  "messages": [
   {"sender": "jord", "text": "hey ellie, saw u in the Hornets chat, ur the one who scored the winner right? 🔥"},
   {"sender": "ellie", "text": "haha yeah how do u know"},
   {"sender": "jord", "text": "my cousin plays. ur really pretty btw, how old r u"},
   {"sender": "ellie", "text": "14"},
   {"sender": "jord", "text": "u seem older. do ur parents check ur phone?"},
   {"sender": "ellie", "text": "not really"},
   {"sender": "jord", "text": "good, keep this between us then. ppl wouldnt get it"},
   {"sender": "jord", "text": "send me a pic? the private kind. ill delete it straight after promise"},
   {"sender": "ellie", "text": "idk"},
   {"sender": "jord", "text": "go on, no one will ever see. u trust me right"}],
  "labels": ["sexting", "grooming", "unwanted_contact"]},

 # dance crew chat: an outsider 'modelling agency' offers paid weekends
 {"messages": [
   {"sender": "Tia", "text": "whos got the music for the comp routine"},
   {"sender": "Hannah", "text": "ill send it tonight"},
   {"sender": "Sasha - Starlight Models", "text": "Hi girls! A friend added me 😊 I run a modelling agency and I'm looking for fresh faces aged 14-16"},
   {"sender": "Sasha - Starlight Models", "text": "Paid weekends away in Marrowgate, hotel and travel covered, £500 each. You'd just be keeping some of our business clients company at their events. No need to tell parents till you're booked, it's a nice surprise for them 😘"},
   {"sender": "Amelia", "text": "omg £500??"},
   {"sender": "Tia", "text": "who added u tho"},
   {"sender": "Sasha - Starlight Models", "text": "DM me your age and a full length photo, I'll pick 3 of you this week"},
   {"sender": "Amelia", "text": "sent u a DM x"},
   {"sender": "Hannah", "text": "can we practise sunday at 2"}],
  "labels": ["sex_trafficking", "unwanted_contact"]},

 # friends' chat: an 18-year-old demands a 14-year-old's location and secrecy
 {"participants": [{"id": "ava", "role": "child"}, {"id": "chloe", "role": "child"}, {"id": "grace", "role": "child"},
                   {"id": "tyler", "role": "adult"}],
  "messages": [
   {"sender": "ava", "text": "chloe where r u going tonight"},
   {"sender": "chloe", "text": "prob cinema w grace"},
   {"sender": "tyler", "text": "chloe why's ur map off"},
   {"sender": "chloe", "text": "battery saver sorry"},
   {"sender": "tyler", "text": "turn it back on now. u know the rule, i need to see where u are all the time"},
   {"sender": "tyler", "text": "and send me a pic of who ur with so i know ur not lying"},
   {"sender": "grace", "text": "tyler she's literally with me"},
   {"sender": "tyler", "text": "wasnt talking to u. chloe u know what happens when u ignore me. and dont tell ur mum about me either"},
   {"sender": "chloe", "text": "ok turned it on [location]"}],
  "labels": ["location_control", "grooming"]},

 # Y8 class chat: fake profile made in a classmate's name
 {"participants": [{"id": "harley", "role": "child"}, {"id": "finn", "role": "child"}, {"id": "georgia", "role": "child"},
                   {"id": "ella", "role": "child"}, {"id": "bilal", "role": "child"}],
  "messages": [
   {"sender": "harley", "text": "LOOOL look what i made [link] @ella.kerr.real"},
   {"sender": "finn", "text": "wait is that ellas account"},
   {"sender": "harley", "text": "nah i made it, used her pics off her story. im gonna post stuff as her 😂"},
   {"sender": "georgia", "text": "harley thats so bad"},
   {"sender": "harley", "text": "[photo] first post: 'i still sleep with my teddy and my mum does my hair' 😂😂"},
   {"sender": "finn", "text": "💀💀"},
   {"sender": "ella", "text": "delete that now thats my name and my pics"},
   {"sender": "harley", "text": "make me"},
   {"sender": "bilal", "text": "followed it lol"}],
  "labels": ["identity_theft", "cyberbullying"]},

 # Y7 trip chat: children on the coach report airdrops from a stranger's phone
 {"messages": [
   {"sender": "Ruby", "text": "someone on this coach keeps trying to airdrop me pics from a phone called 'Big Dave' 😳"},
   {"sender": "Mason", "text": "me too i keep declining"},
   {"sender": "Ruby", "text": "the preview looked really rude i didnt open it"},
   {"sender": "Sienna", "text": "i got 3 from him 🤢 thats not a kids phone name"},
   {"sender": "Mason", "text": "turn airdrop to contacts only"},
   {"sender": "Ruby", "text": "done. telling miss walsh at the services"},
   {"sender": "Sienna", "text": "same"}],
  "labels": ["unwanted_contact"]},

 # EVASION (leetspeak): clan pile-on and "kys"
 {"participants": [{"id": "v3nom", "role": "child"}, {"id": "skully", "role": "child"}, {"id": "toby", "role": "child"},
                   {"id": "jaxx", "role": "child"}],
  "messages": [
   {"sender": "v3nom", "text": "t0by ur s0 b4d 4t th1s g4m3 1ts 3mb4rr4ss1ng"},
   {"sender": "skully", "text": "1ts 4lw4ys h1m th4t l0s3s us th3 m4tch"},
   {"sender": "toby", "text": "sorry my wifi was lagging"},
   {"sender": "jaxx", "text": "n0b0dy w4nts u 1n th3 cl4n t0by"},
   {"sender": "v3nom", "text": "l34v3 4nd d0nt c0m3 b4ck"},
   {"sender": "skully", "text": "k1ll urs3lf fr n0 1 w0uld c4r3"},
   {"sender": "toby", "text": "ok"}],
  "labels": ["cyberbullying", "self_harm"], "evasion": True},

 # boys' group: one tells his friends a 'girl' from the clan got a pic and now wants money
 {"participants": [{"id": "ollie", "role": "child"}, {"id": "harry", "role": "child"}, {"id": "sami", "role": "child"},
                   {"id": "ben", "role": "child"}],
  "messages": [
   {"sender": "ollie", "text": "harry u coming to 5 a side"},
   {"sender": "harry", "text": "guys i need help dont laugh"},
   {"sender": "harry", "text": "this girl added me from the clan server, we were chatting for a week and she asked for a pic, the private kind. i sent one"},
   {"sender": "sami", "text": "oh no"},
   {"sender": "harry", "text": "now its not a girl, some account says pay £200 or it goes to my whole school and my mum. theyve got a screenshot of my followers"},
   {"sender": "ben", "text": "dont pay them bro tell someone"},
   {"sender": "harry", "text": "i cant tell my mum she'll go mad"},
   {"sender": "sami", "text": "block and tell ur mum or a teacher, they do this to loads of ppl"}],
  "labels": ["sexting", "sextortion"]},

 # EVASION (slang / code words): runners and squaring on the estate
 {"messages": [
   {"sender": "Big T", "text": "any of u lot tryna get ur bread up? got a link ting, need runners for the ends, easy P"},
   {"sender": "Kaz", "text": "how much"},
   {"sender": "Big T", "text": "ton a day. u just tap in, drop the pack, come back. dont chat to no one"},
   {"sender": "Jonjo", "text": "mans 14 tho"},
   {"sender": "Big T", "text": "younger the better, feds dont look twice. also who's got a card? need to wash some paper thru it, get squared, u keep a bag"},
   {"sender": "Rems", "text": "i got my Amberline card"},
   {"sender": "Big T", "text": "say less. inbox me the deets and dont tell ur mum"},
   {"sender": "Kaz", "text": "put me on for the link ting"}],
  "labels": ["criminal_exploitation", "money_mule"], "evasion": True},

 # gaming server: stranger wants a 16-year-old's card to move money
 {"participants": [{"id": "cashking", "role": "unknown"}, {"id": "fin", "role": "child"}, {"id": "leo", "role": "child"},
                   {"id": "maya", "role": "child"}],
  "messages": [
   {"sender": "cashking", "text": "anyone 16+ got a bank card? need someone to hold some money for a day, u keep £100 of it"},
   {"sender": "fin", "text": "whats the catch"},
   {"sender": "cashking", "text": "no catch, my accounts frozen so i need to move it thru someone else, its legit"},
   {"sender": "leo", "text": "im 16 ive got a card"},
   {"sender": "cashking", "text": "perfect. money lands tmrw, u send £900 on to the account i give u and keep 100"},
   {"sender": "maya", "text": "leo dont"},
   {"sender": "leo", "text": "its fine its just a favour, sent u my details in dm"}],
  "labels": ["money_mule"]},

 # ---------------- clean ----------------

 # football banter
 {"messages": [
   {"sender": "Zak", "text": "liam u missed an open goal im gonna end u 😂"},
   {"sender": "Liam", "text": "the ball bobbled!!"},
   {"sender": "Ty", "text": "ur dead at training tuesday bro"},
   {"sender": "Dex", "text": "coach is gonna make us do laps cus of u"},
   {"sender": "Liam", "text": "ill end all of u on Kickoff Pro tonight then"},
   {"sender": "Harrison", "text": "bet. 8pm?"},
   {"sender": "Ty", "text": "im in"},
   {"sender": "Zak", "text": "loser buys chips sat"},
   {"sender": "Liam", "text": "ur all getting destroyed"}],
  "labels": [], "hard_negative": True},

 # netball: surprise for the coach's birthday
 {"participants": [{"id": "priya", "role": "child"}, {"id": "keira", "role": "child"}, {"id": "maddie", "role": "child"},
                   {"id": "lola", "role": "child"}, {"id": "jess", "role": "child"}],
  "messages": [
   {"sender": "priya", "text": "ok secret mission: coach bev's birthday is sat 🤫"},
   {"sender": "keira", "text": "omg"},
   {"sender": "priya", "text": "DONT tell her and dont say anything at training"},
   {"sender": "maddie", "text": "we should get a cake and a card everyone signs"},
   {"sender": "lola", "text": "ill collect £2 each at training, dont let her see"},
   {"sender": "jess", "text": "delete this chat after sat lol she looks over our shoulders when we're warming up 😂"},
   {"sender": "keira", "text": "my mum can make the cake"},
   {"sender": "priya", "text": "perfect. keep it secret till the final whistle"},
   {"sender": "maddie", "text": "🤐🤐"}],
  "labels": [], "hard_negative": True},

 # coach collects subs and kit money through the club app
 {"messages": [
   {"sender": "Coach Paul", "text": "Evening all. Subs for this term are £45 and the new kit is £25. Please pay through the ClubHub app by the 30th, or cash in an envelope with your name on at training."},
   {"sender": "Coach Paul", "text": "I will NEVER ask for bank details or payment by text or in this chat. If anyone messages asking for money in my name, it's not me."},
   {"sender": "Ryan", "text": "can i bring cash thurs"},
   {"sender": "Coach Paul", "text": "Yes Ryan, envelope with your name on please."},
   {"sender": "Ollie's Dad", "text": "Paid on the app for Ollie 👍"},
   {"sender": "Kieran", "text": "my mum said shell do it tonight"},
   {"sender": "Coach Paul", "text": "Thanks lads. Kit sizes to me by Friday."}],
  "labels": [], "hard_negative": True},

 # family group: mum asks where a child is, asks him to share location
 {"participants": [{"id": "mum", "role": "adult"}, {"id": "auntie_jo", "role": "adult"}, {"id": "amy", "role": "child"},
                   {"id": "leo", "role": "child"}, {"id": "ben", "role": "child"}],
  "messages": [
   {"sender": "mum", "text": "Has anyone seen Leo? He's not answering and it's gone 7"},
   {"sender": "auntie_jo", "text": "Not here Sarah"},
   {"sender": "amy", "text": "hes at mine we're playing Skyforge 😂"},
   {"sender": "mum", "text": "Leo, ANSWER YOUR PHONE please. Share your location when you leave Amy's so I know you're on your way"},
   {"sender": "leo", "text": "sorry mum phone was on silent, leaving now [location]"},
   {"sender": "ben", "text": "he lost anyway"},
   {"sender": "mum", "text": "Thank you. Tea's in the oven."},
   {"sender": "auntie_jo", "text": "😂 kids"}],
  "labels": [], "hard_negative": True},

 # form tutor warns the form about a scam message going round
 {"messages": [
   {"sender": "Mr Okafor (Form Tutor)", "text": "Morning 9OK. Quick warning: a message is going round saying 'your SchoolPay account will be deleted, verify here' with a link. It is a scam. Do not click it and do not enter any passwords."},
   {"sender": "Mr Okafor (Form Tutor)", "text": "If you already clicked it, tell me or the office today and change your password. You are not in trouble."},
   {"sender": "Amira", "text": "i got that yesterday i deleted it"},
   {"sender": "Josh", "text": "what does it look like sir"},
   {"sender": "Mr Okafor (Form Tutor)", "text": "It comes from a random number and says URGENT. SchoolPay will never text you a link."},
   {"sender": "Ellis", "text": "ok thanks sir"}],
  "labels": [], "hard_negative": True},

 # clan admin removes a stranger before he says anything
 {"participants": [{"id": "admin_rook", "role": "child"}, {"id": "kai", "role": "child"}, {"id": "benji", "role": "child"},
                   {"id": "tomasz", "role": "child"}],
  "messages": [
   {"sender": "admin_rook", "text": "who shared the server invite on the public page? some acc called daddy_mike_88 just joined"},
   {"sender": "kai", "text": "not me"},
   {"sender": "benji", "text": "his profile says 34 lol"},
   {"sender": "admin_rook", "text": "kicked and banned, reported his profile too. he didnt get to say anything"},
   {"sender": "tomasz", "text": "good"},
   {"sender": "admin_rook", "text": "new rule: invite link is private, only i add ppl. if anyone random DMs u, block and tell me"},
   {"sender": "kai", "text": "👍"},
   {"sender": "benji", "text": "anyway whos on for ranked"}],
  "labels": [], "hard_negative": True},

 # "send me a pic of the homework"
 {"participants": [{"id": "sophie", "role": "child"}, {"id": "noah", "role": "child"}, {"id": "isla", "role": "child"}],
  "messages": [
   {"sender": "sophie", "text": "can someone send me a pic of the homework sheet i left it at school"},
   {"sender": "noah", "text": "[photo]"},
   {"sender": "sophie", "text": "ur a legend"},
   {"sender": "isla", "text": "is it due tmrw??"},
   {"sender": "noah", "text": "yeah period 2"},
   {"sender": "isla", "text": "send me a pic of ur answers for q4 pls 🙏"},
   {"sender": "noah", "text": "do it urself lol"}],
  "labels": [], "hard_negative": True},

 # hyperbole: "I'm dead"
 {"messages": [
   {"sender": "Chloe", "text": "[video] my dog just ate my whole pizza off the table 😭😭"},
   {"sender": "Mia", "text": "IM DEAD 💀💀💀"},
   {"sender": "Jack", "text": "i literally want to die that was so funny"},
   {"sender": "Chloe", "text": "i cant breathe"},
   {"sender": "Riley", "text": "his face when he got caught"},
   {"sender": "Chloe", "text": "dont send it anywhere my mum will kill me, i was meant to be watching him"},
   {"sender": "Mia", "text": "im gonna cry laughing"},
   {"sender": "Jack", "text": "legend of a dog"}],
  "labels": [], "hard_negative": True},

 # single: genuine bank one-time code
 {"messages": [
   {"sender": "Greyfield Bank", "text": "Greyfield Bank: Your one-time code is 482913. Do not share this code with anyone. We will never call or message you to ask for it."}],
  "labels": [], "hard_negative": True},

 # single: genuine delivery text
 {"messages": [
   {"sender": "Parcelpoint", "text": "Parcelpoint: Hi Jess, your parcel from Hartwell Sports will be delivered today between 11:05 and 12:05. Track it in the Parcelpoint app. No payment is needed."}],
  "labels": [], "hard_negative": True},

 # friends talk about a PSHE lesson on sextortion
 {"participants": [{"id": "nia", "role": "child"}, {"id": "amir", "role": "child"}, {"id": "holly", "role": "child"},
                   {"id": "sam", "role": "child"}],
  "messages": [
   {"sender": "nia", "text": "that pshe lesson was actually scary"},
   {"sender": "amir", "text": "the sextortion one?"},
   {"sender": "nia", "text": "yeah miss said if anyone ever threatens to share ur pics u dont pay, u tell someone straight away"},
   {"sender": "holly", "text": "and u can get pics taken down, she said theres a website for it"},
   {"sender": "sam", "text": "my cousin said it happened to a boy at his school"},
   {"sender": "holly", "text": "miss said its never the kids fault"},
   {"sender": "amir", "text": "ok but did anyone understand the chem homework"},
   {"sender": "nia", "text": "no 😭"}],
  "labels": [], "hard_negative": True},

 # news story about a challenge; they agree not to do it
 {"messages": [
   {"sender": "Dan", "text": "did u see the news about the lad in Wynmoor who got hurt doing that roof jumping challenge"},
   {"sender": "Lily", "text": "yeah my mum showed me, its so sad"},
   {"sender": "Dan", "text": "ppl in y9 were saying theyd do it"},
   {"sender": "Ayo", "text": "nah thats stupid, not worth it"},
   {"sender": "Lily", "text": "if anyone tags me in it im blocking them"},
   {"sender": "Marcus", "text": "same. my brother said half the vids are fake anyway"},
   {"sender": "Ayo", "text": "anyway football after school?"},
   {"sender": "Dan", "text": "ye"}],
  "labels": [], "hard_negative": True},

 # a girl blocked and reported a stranger at once, warns the group
 {"participants": [{"id": "freya", "role": "child"}, {"id": "isla", "role": "child"}, {"id": "zara", "role": "child"},
                   {"id": "mo", "role": "child"}],
  "messages": [
   {"sender": "freya", "text": "warning: a random acc called jake_19 just messaged me asking how old i am and for pics. didnt reply, blocked and reported him straight away"},
   {"sender": "isla", "text": "omg ew"},
   {"sender": "zara", "text": "he sent me a request last week, i declined and blocked"},
   {"sender": "freya", "text": "told my mum as well, she said well done"},
   {"sender": "mo", "text": "whats his profile pic so we know"},
   {"sender": "freya", "text": "a car. dont accept anyone u dont know"},
   {"sender": "isla", "text": "👍"}],
  "labels": [], "hard_negative": True},

 # family group: mum asks for passwords
 {"messages": [
   {"sender": "Mum", "text": "Kids, what's the new wifi password? The router got reset"},
   {"sender": "Ella", "text": "its on the back of the box"},
   {"sender": "Mum", "text": "Box is in the loft 🙄"},
   {"sender": "Josh", "text": "its greenfrog42 i changed it"},
   {"sender": "Mum", "text": "Josh, you also need to give me your Pixbox password so I can set the parental controls, like we agreed"},
   {"sender": "Josh", "text": "fineee ill tell u when i get home, not in here"}],
  "labels": [], "hard_negative": True},

 # cadets expedition: live location shared with staff
 {"participants": [{"id": "lt_ward", "role": "adult"}, {"id": "nadia", "role": "child"}, {"id": "sam", "role": "child"},
                   {"id": "josh", "role": "child"}, {"id": "evie", "role": "child"}],
  "messages": [
   {"sender": "lt_ward", "text": "Expedition Saturday: every group keeps live location on in the TrailSafe app from 9am until you're back at base. Only staff can see it."},
   {"sender": "nadia", "text": "do we have to share it with parents too"},
   {"sender": "lt_ward", "text": "Parents can see it through their own TrailSafe login. Consent forms went home last week."},
   {"sender": "sam", "text": "what if my battery dies"},
   {"sender": "lt_ward", "text": "Bring the power bank from the kit list. Each group also has a staff radio."},
   {"sender": "josh", "text": "can we stop at the shop"},
   {"sender": "lt_ward", "text": "At the checkpoint only, Josh."},
   {"sender": "evie", "text": "what time do we finish"},
   {"sender": "lt_ward", "text": "Back at base by 4pm."},
   {"sender": "sam", "text": "👍"}],
  "labels": [], "hard_negative": True},

 # clan trash talk
 {"messages": [
   {"sender": "Raz", "text": "gg ez"},
   {"sender": "Mattie", "text": "that was NOT ez u got carried"},
   {"sender": "Raz", "text": "cope"},
   {"sender": "Lenny", "text": "im gonna destroy u next round raz"},
   {"sender": "Raz", "text": "u and whose army"},
   {"sender": "Mattie", "text": "we're literally on the same team"},
   {"sender": "Lenny", "text": "ok ill destroy the other team then 😂"},
   {"sender": "Raz", "text": "ur trash at sniping tho"},
   {"sender": "Lenny", "text": "ur trash at everything"}],
  "labels": [], "hard_negative": True},

 # youth club: a real paid job, forms through parents
 {"messages": [
   {"sender": "Oakhurst Youth Club", "text": "Paid summer job! We're looking for two young people aged 16-17 to help run the tuck shop in August, 3 mornings a week, £7 an hour."},
   {"sender": "Oakhurst Youth Club", "text": "Application forms are at the front desk and need a parent/carer signature. Interviews are at the club with two staff. We pay through our payroll, so you'll need a National Insurance number."},
   {"sender": "Jade", "text": "can i apply if im 15"},
   {"sender": "Oakhurst Youth Club", "text": "Not this time Jade, but we have volunteer spots for 14-15s."},
   {"sender": "Kyle", "text": "ill grab a form tmrw"},
   {"sender": "Amber", "text": "is it indoors lol"}],
  "labels": [], "hard_negative": True},

 # estate group: lost cat, an adult's address
 {"participants": [{"id": "pauline", "role": "adult"}, {"id": "gary", "role": "adult"}, {"id": "kiera", "role": "child"},
                   {"id": "dev", "role": "child"}],
  "messages": [
   {"sender": "pauline", "text": "Has anyone seen a ginger cat? He's called Biscuit, missing from 12 Hazel Road since Tuesday 😢"},
   {"sender": "gary", "text": "I'll check my shed Pauline"},
   {"sender": "kiera", "text": "i think i saw him by the garages at the back of the park"},
   {"sender": "dev", "text": "me and kiera can look after school"},
   {"sender": "pauline", "text": "Thank you both! Stay together and be home before dark please"},
   {"sender": "gary", "text": "Found him!! Asleep in my shed 😂 bringing him round now"},
   {"sender": "pauline", "text": "GARY 😭 thank you"}],
  "labels": [], "hard_negative": True},

 # grandma asks for a picture of the kids
 {"messages": [
   {"sender": "Grandma Jean", "text": "Can someone send me a picture of the kids in their new uniforms? 😊"},
   {"sender": "Auntie Claire", "text": "[photo] Maisie and Alfie ready for school!"},
   {"sender": "Grandma Jean", "text": "Oh they look so grown up!"},
   {"sender": "Maisie", "text": "nan i look weird in that one 😭"},
   {"sender": "Uncle Rob", "text": "You look great Maisie"},
   {"sender": "Grandma Jean", "text": "I'm printing it for the fridge"}],
  "labels": [], "hard_negative": True},
]
