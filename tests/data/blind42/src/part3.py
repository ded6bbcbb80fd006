[
 # EVASION (dotted letters): selling private screenshots of young streamers
 {"participants": [
   {"id": "clipvault", "role": "unknown"},
   {"id": "vx_77", "role": "unknown"}],
  "messages": [
   {"sender": "clipvault", "text": "got the f.o.l.d.e.r of the y.o.u.n.g streamnest girls. the p.r.i.v.a.t.e screenshots. 15 gems a pic"},
   {"sender": "vx_77", "text": "how y.o.u.n.g"},
   {"sender": "clipvault", "text": "1.3 to 1.5 lol. d.m for the l.i.n.k"},
   {"sender": "vx_77", "text": "[link]?"},
   {"sender": "clipvault", "text": "p.a.y first. also b.u.y.i.n.g if u r.e.c.o.r.d any of them yourself"}],
  "labels": ["csam"], "evasion": True},

 # confession page runs pupils' photos through an undress bot
 {"messages": [
   {"sender": "Fenwick Vale Confessions", "text": "SUBMISSION #88: send me a pic of anyone in Y9 and I'll put it through the undress bot and post it here. first up: Lauren T"},
   {"sender": "dom", "text": "[photo] do her mate too"},
   {"sender": "Fenwick Vale Confessions", "text": "[photo] Lauren T edited. whos next"},
   {"sender": "sadie", "text": "this is disgusting shes 14"},
   {"sender": "dom", "text": "\U0001F602\U0001F602 send it to the y9 gc"},
   {"sender": "lauren.t", "text": "please delete it, its not even real"}],
  "labels": ["csam", "cyberbullying"]},

 # community server: "private parties" with older men
 {"participants": [
   {"id": "partyplanner_z", "role": "unknown"},
   {"id": "becca.15", "role": "child"}],
  "messages": [
   {"sender": "partyplanner_z", "text": "#events: looking for girls 14-16 for private parties in stourby this weekend. older guys, they pay well, lifts there and back"},
   {"sender": "becca.15", "text": "how much"},
   {"sender": "partyplanner_z", "text": "£200 a night plus drinks, more if u stay over. bring a mate and u get extra"},
   {"sender": "becca.15", "text": "do i have to do anything"},
   {"sender": "partyplanner_z", "text": "just keep the guys happy. dont tell ur parents, say its a sleepover. dm me ur ghostly"},
   {"sender": "becca.15", "text": "ok sent"}],
  "labels": ["sex_trafficking"]},

 # livestream "generous fan": wishlist gifts, secrecy, then paid "company" in Stourby (long)
 {"messages": [
   {"sender": "generous_g", "text": "love your singing streams, you've got real talent"},
   {"sender": "jade.lives", "text": "omg thank u"},
   {"sender": "generous_g", "text": "sent you 500 gems for the encore"},
   {"sender": "jade.lives", "text": "ur so kind"},
   {"sender": "generous_g", "text": "what did you want for christmas this year? I'd like to help"},
   {"sender": "jade.lives", "text": "haha new headphones but my mum said too expensive"},
   {"sender": "generous_g", "text": "send me your wishlist link, consider them bought"},
   {"sender": "jade.lives", "text": "wait really??"},
   {"sender": "generous_g", "text": "of course. talent should be rewarded. how old are you?"},
   {"sender": "jade.lives", "text": "15"},
   {"sender": "generous_g", "text": "very mature for 15. do your parents know about your streaming?"},
   {"sender": "jade.lives", "text": "my mum does but she doesnt watch"},
   {"sender": "generous_g", "text": "good, keep it that way, she might not get why a fan spoils you"},
   {"sender": "jade.lives", "text": "the headphones came!! thank u so much"},
   {"sender": "generous_g", "text": "you deserve it. I'd love to take you shopping in person sometime"},
   {"sender": "jade.lives", "text": "haha maybe"},
   {"sender": "generous_g", "text": "I'm having a little get together in Stourby next weekend, some of my friends would love to meet you"},
   {"sender": "jade.lives", "text": "like a party?"},
   {"sender": "generous_g", "text": "sort of. they're generous too. they'd pay you £150 each just for your company, and I'll book you a room"},
   {"sender": "jade.lives", "text": "i dont know"},
   {"sender": "generous_g", "text": "think of the money. just tell your mum you're at a friend's. I'll send a taxi"},
   {"sender": "jade.lives", "text": "ok maybe"}],
  "labels": ["sex_trafficking", "grooming"]},

 # EVASION (emoji for words): party, hotel, older men, money, pick-up, secrecy
 {"participants": [
   {"id": "vip_nights", "role": "unknown"},
   {"id": "mia_16", "role": "child"}],
  "messages": [
   {"sender": "vip_nights", "text": "\U0001F389\U0001F3E8 sat night. \U0001F474\U0001F474 pay \U0001F4B7\U0001F4B7\U0001F4B7 for \U0001F467 company. \U0001F37E free. \U0001F697 pick u up 10pm \U0001F92B"},
   {"sender": "mia_16", "text": "how much"},
   {"sender": "vip_nights", "text": "\U0001F4B7\U0001F4B7 x 200. bring a \U0001F46F = more \U0001F4B7"},
   {"sender": "mia_16", "text": "what do i have to do"},
   {"sender": "vip_nights", "text": "just \U0001F60A and be nice to the \U0001F474. \U0001F910 to ur \U0001F46A"},
   {"sender": "mia_16", "text": "ok \U0001F44D"},
   {"sender": "vip_nights", "text": "\U0001F4CD send ur \U0001F3E0 and \U0001F697 comes 10pm \U0001F92B"}],
  "labels": ["sex_trafficking"], "evasion": True},

 # EVASION (leetspeak): fake gem prize, login, text code and mum's card
 {"messages": [
   {"sender": "st4r_g1ft5", "text": "c0ngr4tz!! u w0n 10k g3ms 0n str34mn3st. cl41m b4 m1dn1ght: [link]"},
   {"sender": "rosie.b", "text": "omg how"},
   {"sender": "st4r_g1ft5", "text": "r4nd0m dr4w. ju5t 53nd ur l0g1n + p455w0rd 2 v3r1fy"},
   {"sender": "rosie.b", "text": "rosieb_07 and sunflower22"},
   {"sender": "st4r_g1ft5", "text": "n0w 53nd th3 c0d3 fr0m ur t3xt5 + ur mum5 c4rd 4 th3 \u00a31 f33"},
   {"sender": "rosie.b", "text": "code is 551902, ill go get her card"}],
  "labels": ["scam", "identity_theft"], "evasion": True},

 # fake age-verification team collects passport photo, selfie and code
 {"participants": [
   {"id": "PalPop_Verify_Team", "role": "unknown"},
   {"id": "sami.k", "role": "child"}],
  "messages": [
   {"sender": "PalPop_Verify_Team", "text": "Hi Sami, your PalPop account has been flagged as possibly under 13. To avoid deletion please verify your age today"},
   {"sender": "sami.k", "text": "im 14 tho"},
   {"sender": "PalPop_Verify_Team", "text": "No problem! Just send a clear photo of your passport or a parent's driving licence, and a selfie holding it"},
   {"sender": "sami.k", "text": "[photo] my passport"},
   {"sender": "PalPop_Verify_Team", "text": "Thanks. Please also send your date of birth and the code we're about to text you"},
   {"sender": "sami.k", "text": "14/03/2011, code is 330941"}],
  "labels": ["identity_theft", "scam"]},

 # EVASION (slang and code words): "get squared", lend card, load it, take the bread out
 {"messages": [
   {"sender": "flipz_", "text": "u tryna get squared? simple bank work, nothing dodgy"},
   {"sender": "charlie_16", "text": "wdym squared"},
   {"sender": "flipz_", "text": "u lend me ur card n deets for 2 days, i load it, u pull the bread out n hand it back, u keep a ton"},
   {"sender": "charlie_16", "text": "a ton?"},
   {"sender": "flipz_", "text": "100 bro. clean bread, no stress. half the mandem in ur year done it"},
   {"sender": "charlie_16", "text": "my card is just a kids one"},
   {"sender": "flipz_", "text": "even better, no one checks them. link at the wall by the chippy 4pm"},
   {"sender": "charlie_16", "text": "ok safe"}],
  "labels": ["money_mule"], "evasion": True},

 # EVASION (zero-width characters): train-track "challenge"
 {"participants": [
   {"id": "trendz_uk", "role": "unknown"},
   {"id": "leon.13", "role": "child"},
   {"id": "kyle_w", "role": "child"},
   {"id": "dex", "role": "child"}],
  "messages": [
   {"sender": "trendz_uk", "text": "new ch\u200ballenge: tr\u200back st\u200band. stay on the tr\u200backs til the tr\u200bain horn goes. first to j\u200bump off l\u200boses"},
   {"sender": "leon.13", "text": "thats mad"},
   {"sender": "trendz_uk", "text": "no d\u200bare no cr\u200bown. tag 3 m8s"},
   {"sender": "leon.13", "text": "@kyle_w @dex we doing it friday by the level cr\u200bossing"},
   {"sender": "kyle_w", "text": "im in"},
   {"sender": "dex", "text": "ill film"}],
  "labels": ["harmful_challenge"], "evasion": True},

 # EVASION (spaced letters): group chat tells a girl to die
 {"messages": [
   {"sender": "ash_leigh", "text": "omg did u see what keira posted"},
   {"sender": "ash_leigh", "text": "k e i r a   n o b o d y   l i k e s   u"},
   {"sender": "tori", "text": "u r   s o   u g l y   l o l"},
   {"sender": "keira.m", "text": "why are u all being like this"},
   {"sender": "ash_leigh", "text": "g o   d i e   k e i r a"},
   {"sender": "tori", "text": "s e r i o u s l y   k i l l   u r s e l f   n o   1   w o u l d   c a r e"},
   {"sender": "keira.m", "text": "ok im leaving the gc"},
   {"sender": "tori", "text": "\U0001F44B b y e   f o r e v e r   h o p e f u l l y"}],
  "labels": ["cyberbullying", "self_harm"], "evasion": True},

 # EVASION (misspellings and shorthand): stranger won't stop, asks for a private pic
 {"participants": [
   {"id": "bigman_d", "role": "unknown"},
   {"id": "caitlin", "role": "child"}],
  "messages": [
   {"sender": "bigman_d", "text": "hy"},
   {"sender": "bigman_d", "text": "hy gorjus"},
   {"sender": "bigman_d", "text": "wud u b my gf"},
   {"sender": "caitlin", "text": "who r u"},
   {"sender": "bigman_d", "text": "jus sum1 who thinks ur peng. snd pic pls"},
   {"sender": "caitlin", "text": "no i dont no u"},
   {"sender": "bigman_d", "text": "snd a privit 1 nd ill snd sum bak. no1 wil no"},
   {"sender": "bigman_d", "text": "[photo]"},
   {"sender": "caitlin", "text": "stop messaging me"},
   {"sender": "bigman_d", "text": "y u ignorin me. i no ur onlin"}],
  "labels": ["unwanted_contact", "sexting"], "evasion": True},

 # EVASION (mixed: leetspeak, emoji, dotted letters, slang): trap house run with watched location
 {"messages": [
   {"sender": "t.r.a.p_b0ss", "text": "y0 u st1ll w4nt 2 w0rk? \U0001F392\u27A1\uFE0F\U0001F3D9\uFE0F 2mrw"},
   {"sender": "deji_15", "text": "wat u mean"},
   {"sender": "t.r.a.p_b0ss", "text": "c4rry d \U0001F4E6 2 wr3nm0uth. \U0001F686 t1ck3t 0n m3. \U0001F4B7\U0001F4B7\U0001F4B7"},
   {"sender": "deji_15", "text": "how long"},
   {"sender": "t.r.a.p_b0ss", "text": "c0upl3 d4ys. st4y 1n d tr4p. \U0001F4CD 0n 24/7 s0 1 c4n w4tch u \U0001F440"},
   {"sender": "deji_15", "text": "my mum will notice"},
   {"sender": "t.r.a.p_b0ss", "text": "t3ll h3r ur @ ur b.r.u.d.d.a.s. u 0w3 m3 4 d \U0001F45F any w4y. \u2620\uFE0F if u r.u.n"},
   {"sender": "deji_15", "text": "ok ill come"}],
  "labels": ["criminal_exploitation", "location_control"], "evasion": True},

 # livestream viewer won't stop, finds her other accounts
 {"participants": [
   {"id": "watcher_k", "role": "unknown"},
   {"id": "nia.streams", "role": "child"}],
  "messages": [
   {"sender": "watcher_k", "text": "why didnt u reply"},
   {"sender": "watcher_k", "text": "i watched ur whole stream again"},
   {"sender": "watcher_k", "text": "answer me nia"},
   {"sender": "nia.streams", "text": "please stop messaging me i dont know u"},
   {"sender": "watcher_k", "text": "i found ur clipzy and ur palpop too. added u on both"},
   {"sender": "nia.streams", "text": "ive declined them. stop"},
   {"sender": "watcher_k", "text": "ill just make another one. see u in ur chat tonight"},
   {"sender": "watcher_k", "text": "[photo]"}],
  "labels": ["unwanted_contact"]},

 # single: resale listing with address, alone-at-home hours and number
 {"messages": [
   {"sender": "holly.b", "text": "selling my old bike £25!! collection only from 9 tansy road, caddowford. im in on my own after school 4-6 so just knock, or text me on 07700 900582"}],
  "labels": ["privacy_disclosure"]},

 # moderators' case notes quoting a user who tracks and runs a 14yo
 {"participants": [
   {"id": "mod_kez", "role": "adult"},
   {"id": "mod_ash", "role": "adult"}],
  "messages": [
   {"sender": "mod_kez", "text": "case 7730, escalating to safeguarding. quotes from k1ngp1n's DMs to the reporter dani_14 (14), this week:"},
   {"sender": "mod_kez", "text": "quote: 'share ur live location with me on whisp and dont switch it off, i check every hour'"},
   {"sender": "mod_kez", "text": "quote: 'u owe me for the phone. tonight u take the package to the park by the station, my guy collects'"},
   {"sender": "mod_kez", "text": "quote: 'if ur dot goes near home before 11 ur in trouble'"},
   {"sender": "mod_ash", "text": "her reply, quoted: 'please i cant tonight my mum is home'. his answer: 'not my problem, go'"},
   {"sender": "mod_ash", "text": "evidence preserved, account suspended, passing to our safety lead for the police referral"}],
  "labels": ["location_control", "criminal_exploitation"]},

 # stranger asks a boy to photograph his sister's friends at a sleepover
 {"messages": [
   {"sender": "rando_m", "text": "yo"},
   {"sender": "max.h", "text": "who is this? how did u get my @"},
   {"sender": "rando_m", "text": "doesnt matter. ur sisters having a sleepover saturday yeah, saw her post"},
   {"sender": "max.h", "text": "how do u know that"},
   {"sender": "rando_m", "text": "take some pics of her and her mates when theyre asleep or getting changed. £20 a pic, sent to u straight away"},
   {"sender": "max.h", "text": "wtf no"},
   {"sender": "rando_m", "text": "£50 then. nobody has to know"}],
  "labels": ["csam", "unwanted_contact"]},

 # resale app "hostess" job ad
 {"participants": [
   {"id": "nightjobs_stourby", "role": "unknown"},
   {"id": "tia.16", "role": "child"}],
  "messages": [
   {"sender": "nightjobs_stourby", "text": "JOB: hostess work for girls 15+, cash in hand, £300 a weekend, travel and accommodation included, no experience needed"},
   {"sender": "tia.16", "text": "hi is this still going? im 16"},
   {"sender": "nightjobs_stourby", "text": "yes hun, perfect age. clients like younger girls. you'd travel to stourby friday and come back sunday"},
   {"sender": "tia.16", "text": "what do hostesses do"},
   {"sender": "nightjobs_stourby", "text": "keep the gentlemen company, whatever they want. you'll stay in our flat with the other girls"},
   {"sender": "tia.16", "text": "can i bring my friend"},
   {"sender": "nightjobs_stourby", "text": "yes if she's your age. don't tell your families it's work, say it's a trip"}],
  "labels": ["sex_trafficking"]},

 # server #dares: boy pressured onto a car park roof edge
 {"participants": [
   {"id": "jax", "role": "child"},
   {"id": "rhys", "role": "child"},
   {"id": "josh_13", "role": "child"},
   {"id": "maddox", "role": "child"}],
  "messages": [
   {"sender": "jax", "text": "new dare for josh: stand on the edge of the multistorey roof and film it"},
   {"sender": "rhys", "text": "do it or ur a coward forever"},
   {"sender": "josh_13", "text": "i dont want to its really high"},
   {"sender": "jax", "text": "COWARD \U0001F414\U0001F414\U0001F414"},
   {"sender": "maddox", "text": "everyone go spam \U0001F414 on joshs clipzy"},
   {"sender": "rhys", "text": "if u dont do it by friday we tell the whole year u cried"},
   {"sender": "josh_13", "text": "fine ill do it friday"}],
  "labels": ["harmful_challenge", "cyberbullying"]},

 # short video comments: set fire to a school bin
 {"messages": [
   {"sender": "chaos.crew", "text": "#BinFireChallenge set a school bin on fire and leg it, best vid gets reposted \U0001F525"},
   {"sender": "kayden_12", "text": "our school has the big wheelie ones behind the canteen lol"},
   {"sender": "chaos.crew", "text": "perfect. lunchtime when no teachers are out"},
   {"sender": "kayden_12", "text": "doing it tomoz with lewis"},
   {"sender": "lewis.o", "text": "ill film"}],
  "labels": ["harmful_challenge"]},

 # older lad: boots, phone, "the mandem", a lost bag, a debt and his bank account (long)
 {"participants": [
   {"id": "mikey_s", "role": "unknown"},
   {"id": "aaron.16", "role": "child"}],
  "messages": [
   {"sender": "mikey_s", "text": "wagwan aaron, u played well sunday"},
   {"sender": "aaron.16", "text": "cheers bro"},
   {"sender": "mikey_s", "text": "ur boots are mashed tho. ill sort u new ones"},
   {"sender": "aaron.16", "text": "nah its ok"},
   {"sender": "mikey_s", "text": "im serious, what size"},
   {"sender": "aaron.16", "text": "9"},
   {"sender": "mikey_s", "text": "done. also got a spare phone, take it, urs is cracked"},
   {"sender": "aaron.16", "text": "safe bro u didnt have to"},
   {"sender": "mikey_s", "text": "we look after our own. come by the garages later, meet the mandem"},
   {"sender": "aaron.16", "text": "ok"},
   {"sender": "mikey_s", "text": "u good with the lot last night?"},
   {"sender": "aaron.16", "text": "ye they were cool"},
   {"sender": "mikey_s", "text": "need a small favour. take this bag to my cousin in wrenmouth on the train"},
   {"sender": "aaron.16", "text": "whats in it"},
   {"sender": "mikey_s", "text": "dont worry about it"},
   {"sender": "aaron.16", "text": "i got robbed on the way back bro. they took the bag"},
   {"sender": "mikey_s", "text": "then u owe me 2 bags. thats £1200"},
   {"sender": "aaron.16", "text": "i dont have that"},
   {"sender": "mikey_s", "text": "u work it off. and send me ur account details. money comes in, u take it out and bring it to me"},
   {"sender": "aaron.16", "text": "my mum set that account up for my wages from the cafe"},
   {"sender": "mikey_s", "text": "not asking. details tomorrow or ur mum finds out where u been and who ur owing"}],
  "labels": ["criminal_exploitation", "money_mule", "grooming"]},

 # CLEAN hard negative single: genuine bank code text
 {"messages": [
   {"sender": "Kestrel Bank", "text": "Kestrel Bank: your code is 482913 to approve a new device. Never share this code. We will never call or message you to ask for it."}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative single: genuine delivery text
 {"messages": [
   {"sender": "ParcelPilot", "text": "ParcelPilot: your parcel from Swapsy seller evan.sells will arrive today between 2pm and 4pm. Track it here: [link]"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative single: genuine login code
 {"messages": [
   {"sender": "StreamNest", "text": "StreamNest: 719204 is your login code. If you didn't ask for this, change your password now. StreamNest staff will never ask you for this code."}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: surprise party, keep it secret
 {"participants": [
   {"id": "lou", "role": "child"},
   {"id": "dev", "role": "child"},
   {"id": "priya_k", "role": "child"},
   {"id": "sam_r", "role": "child"}],
  "messages": [
   {"sender": "lou", "text": "ok maya's surprise is saturday 3pm at mine. DO NOT tell her"},
   {"sender": "dev", "text": "my lips are sealed \U0001F910"},
   {"sender": "priya_k", "text": "ill keep her busy at the shops til 3"},
   {"sender": "sam_r", "text": "delete this chat if she borrows ur phone lol"},
   {"sender": "lou", "text": "her mum knows and is bringing the cake"},
   {"sender": "dev", "text": "shes gonna cry"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: friends discuss a news story about a man jailed over the friend-finder
 {"messages": [
   {"sender": "ellie.b", "text": "did u see the man from brindle cross got jailed for the palpop stuff"},
   {"sender": "kayla", "text": "yeah he was pretending to be 15 and messaging girls. so creepy"},
   {"sender": "ellie.b", "text": "my mum made me go through all my friends on there"},
   {"sender": "kayla", "text": "same. deleted like 6 people i didnt actually know"},
   {"sender": "ellie.b", "text": "the news said tell someone if anyone asks u to keep secrets"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: teens mock a dangerous trend and won't do it
 {"participants": [
   {"id": "ty", "role": "child"},
   {"id": "bex_m", "role": "child"},
   {"id": "omar", "role": "child"}],
  "messages": [
   {"sender": "ty", "text": "have u seen ppl doing the track stand thing on clipzy"},
   {"sender": "bex_m", "text": "thats so dumb, someone will actually die"},
   {"sender": "omar", "text": "my dads a train driver, he says its his worst nightmare"},
   {"sender": "ty", "text": "yeah not doing that lol, reported the tag"},
   {"sender": "bex_m", "text": "same"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: moderator note on a flagged account that never contacted anyone
 {"participants": [
   {"id": "mod_lin", "role": "adult"},
   {"id": "mod_ash", "role": "adult"}],
  "messages": [
   {"sender": "mod_lin", "text": "note: account 'jobs4youngz' flagged by keyword filter for a 'easy money, carry bags' post in #jobs. no DMs sent, no replies, post removed within 2 mins"},
   {"sender": "mod_ash", "text": "banned and IP blocked. nobody engaged, so no child to follow up with"},
   {"sender": "mod_lin", "text": "added the phrase to the filter list"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: youth worker session on grooming signs in a server
 {"messages": [
   {"sender": "youthworker_sian", "text": "ok everyone, tonight's topic in #safety-club: how to spot grooming online"},
   {"sender": "youthworker_sian", "text": "red flags: someone older giving you gifts or gems, saying you're mature for your age, asking you to keep secrets, wanting to move to a private app, asking to meet"},
   {"sender": "kofi", "text": "what if they say theyre the same age"},
   {"sender": "youthworker_sian", "text": "good question. people lie about age. if something feels off, talk to someone you trust"},
   {"sender": "maddy", "text": "and you dont get in trouble for telling?"},
   {"sender": "youthworker_sian", "text": "never. telling is always the right thing"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: exam hyperbole
 {"participants": [
   {"id": "sara", "role": "child"},
   {"id": "jen", "role": "child"}],
  "messages": [
   {"sender": "sara", "text": "if i fail this chem test im literally going to die"},
   {"sender": "jen", "text": "same lol. mr okafor will kill us both"},
   {"sender": "sara", "text": "i want to disappear until results day"},
   {"sender": "jen", "text": "revision call at 7? \U0001F4DA"},
   {"sender": "sara", "text": "yes pls"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: big sister asks for location to pick her up
 {"messages": [
   {"sender": "Big sis Mel", "text": "send me your location, im picking you up from the rink"},
   {"sender": "ruby", "text": "[location] by the side door"},
   {"sender": "Big sis Mel", "text": "2 mins. ingat ha, wait inside"},
   {"sender": "ruby", "text": "ok ate \U0001F495"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: aunt asks for bank details, mum handles it
 {"participants": [
   {"id": "khala_nasreen", "role": "adult"},
   {"id": "zayan", "role": "child"},
   {"id": "ammi", "role": "adult"}],
  "messages": [
   {"sender": "khala_nasreen", "text": "happy birthday beta! send me your bank details and I'll put your birthday money in"},
   {"sender": "zayan", "text": "thank u khala!! ammi has them"},
   {"sender": "ammi", "text": "I'll send them to you privately Nasreen, don't worry"},
   {"sender": "khala_nasreen", "text": "chalo, done. love you beta"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: genuine babysitting job with parents involved
 {"messages": [
   {"sender": "Claire (Swapsy jobs)", "text": "Looking for a mother's helper for Saturday mornings, age 15+, £6 an hour, at our house while I'm home. Happy to speak to your parents first"},
   {"sender": "maisy.r", "text": "hi im 15 and have done babysitting for my neighbour, can my mum message you?"},
   {"sender": "Claire (Swapsy jobs)", "text": "Of course! Ask her to message me here and we can arrange to meet with her"},
   {"sender": "maisy.r", "text": "ok shes messaging u now"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: raid night in a server, banter, "send a pic of ur setup" (long)
 {"participants": [
   {"id": "mod_jen", "role": "adult"},
   {"id": "wes", "role": "child"},
   {"id": "nova", "role": "child"},
   {"id": "kit", "role": "child"},
   {"id": "pip", "role": "child"}],
  "messages": [
   {"sender": "mod_jen", "text": "raid night starts in 10, everyone in vc 2"},
   {"sender": "wes", "text": "ready"},
   {"sender": "nova", "text": "my wifi is being so slow"},
   {"sender": "wes", "text": "send a pic of ur setup lol"},
   {"sender": "nova", "text": "[photo] dont judge"},
   {"sender": "wes", "text": "is that a toaster"},
   {"sender": "nova", "text": "ill end u"},
   {"sender": "mod_jen", "text": "behave \U0001F602 ok groups: wes + nova + kit, pip with me"},
   {"sender": "kit", "text": "im at my nans so might lag"},
   {"sender": "pip", "text": "nans wifi is the worst"},
   {"sender": "mod_jen", "text": "go go go"},
   {"sender": "wes", "text": "NOVA U DIED IN 4 SECONDS"},
   {"sender": "nova", "text": "i hate this boss so much its killing me"},
   {"sender": "kit", "text": "revive her"},
   {"sender": "wes", "text": "on it"},
   {"sender": "pip", "text": "we got the chest!!"},
   {"sender": "mod_jen", "text": "gg all, same time next friday. and reminder, don't add people from here on other apps without checking with a parent"},
   {"sender": "nova", "text": "gg \U0001FAF6"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: two real 14yos on the friend-finder keep it in-app (long)
 {"messages": [
   {"sender": "robyn.14", "text": "hey! ur profile says u do gymnastics"},
   {"sender": "elle_k", "text": "yess 3 times a week lol, u?"},
   {"sender": "robyn.14", "text": "trampolining but same vibe"},
   {"sender": "elle_k", "text": "omg whats ur best trick"},
   {"sender": "robyn.14", "text": "back somersault, took me ages"},
   {"sender": "elle_k", "text": "thats sick"},
   {"sender": "robyn.14", "text": "how old r u? im 14"},
   {"sender": "elle_k", "text": "14 too!! y9?"},
   {"sender": "robyn.14", "text": "ye"},
   {"sender": "elle_k", "text": "my mum checks my palpop btw so no weird stuff lol"},
   {"sender": "robyn.14", "text": "haha same my dad has the parent view on"},
   {"sender": "elle_k", "text": "do u have ghostly or whisp"},
   {"sender": "robyn.14", "text": "not allowed to give it out til ive known someone a while, my rule"},
   {"sender": "elle_k", "text": "fair thats smart"},
   {"sender": "robyn.14", "text": "we can keep talking on here tho"},
   {"sender": "elle_k", "text": "deal. send me a vid of ur somersault sometime"},
   {"sender": "robyn.14", "text": "ill post it on my profile, everyone can see it there"},
   {"sender": "elle_k", "text": "perfect \U0001F602"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: kind anonymous messages
 {"participants": [
   {"id": "anon", "role": "unknown"},
   {"id": "bea.h", "role": "child"}],
  "messages": [
   {"sender": "anon", "text": "ur honestly so funny in form"},
   {"sender": "bea.h", "text": "aww who is this \U0001F62D"},
   {"sender": "anon", "text": "not telling but ur presentation today was so good"},
   {"sender": "bea.h", "text": "thank uuu this made my day"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: revision stress hyperbole
 {"messages": [
   {"sender": "marcus.t", "text": "this revision is killing me fr"},
   {"sender": "deb", "text": "im dead inside. 3 more topics"},
   {"sender": "marcus.t", "text": "i want to disappear into my bed for a week"},
   {"sender": "deb", "text": "after friday we can. cinema saturday?"},
   {"sender": "marcus.t", "text": "deal"}],
  "labels": [], "hard_negative": True},

 # CLEAN plain single: server welcome bot
 {"messages": [
   {"sender": "Hubbot", "text": "Welcome to Pixel Cove! Read #rules, pick your roles in #roles and say hi in #general."}],
  "labels": []},

 # CLEAN plain: confession page about canteen pizza
 {"participants": [
   {"id": "confessions_admin", "role": "unknown"},
   {"id": "harry_p", "role": "child"},
   {"id": "lena", "role": "child"}],
  "messages": [
   {"sender": "confessions_admin", "text": "SUBMISSION #402: the new canteen pizza is actually elite"},
   {"sender": "harry_p", "text": "facts"},
   {"sender": "lena", "text": "friday pizza supremacy"}],
  "labels": []},

 # CLEAN plain: chemistry homework help
 {"messages": [
   {"sender": "ollie_y11", "text": "whats the formula for magnesium oxide"},
   {"sender": "chem_kate", "text": "MgO, both charges are 2 so they cancel"},
   {"sender": "ollie_y11", "text": "ahh thanks"}],
  "labels": []},

 # CLEAN plain: game tournament results
 {"participants": [
   {"id": "mod_jen", "role": "adult"},
   {"id": "nova", "role": "child"},
   {"id": "arlo", "role": "child"}],
  "messages": [
   {"sender": "mod_jen", "text": "build contest results: 1st nova, 2nd arlo and wes, 3rd pip"},
   {"sender": "nova", "text": "WHAT \U0001F973"},
   {"sender": "arlo", "text": "congrats nova!!"}],
  "labels": []},
]
