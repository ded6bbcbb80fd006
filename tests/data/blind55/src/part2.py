[
 {"participants": [{"id": "jodie", "role": "child"}, {"id": "cal_atlas", "role": "unknown"}],
  "messages": [
   {"sender": "cal_atlas", "text": "ur the one who made the Atlas tour timeline on the server right? that was class"},
   {"sender": "jodie", "text": "haha yeah took me ages"},
   {"sender": "cal_atlas", "text": "u can tell. most people on there have no clue about the early stuff"},
   {"sender": "jodie", "text": "i know!! everyone only knows Ember"},
   {"sender": "cal_atlas", "text": "which show u going to?"},
   {"sender": "jodie", "text": "eastholm but only seats, mum wouldnt pay for standing"},
   {"sender": "cal_atlas", "text": "shame. i'll be down the front. what u got on the merch list?"},
   {"sender": "jodie", "text": "the hoodie but its 55 pounds so no chance"},
   {"sender": "cal_atlas", "text": "ordered u one. dont argue, fans look after fans"},
   {"sender": "jodie", "text": "wait seriously?? thank u so much"},
   {"sender": "cal_atlas", "text": "how old r u anyway, 15? 16?"},
   {"sender": "jodie", "text": "14"},
   {"sender": "cal_atlas", "text": "ah ok, ur really mature. im 23 but age is just a number with fandom stuff"},
   {"sender": "jodie", "text": "yeah i guess"},
   {"sender": "cal_atlas", "text": "probably dont tell ur mum about the hoodie tho, parents get weird about online friends"},
   {"sender": "jodie", "text": "ok i'll say i saved up"},
   {"sender": "cal_atlas", "text": "the server is full of nosy mods. add me on Whisperly, its just us there"},
   {"sender": "jodie", "text": "done"},
   {"sender": "cal_atlas", "text": "when the hoodie comes send me a pic of u in it"},
   {"sender": "jodie", "text": "sure lol"},
   {"sender": "cal_atlas", "text": "and then one without it. the private kind. i bought u a present, its only fair"},
   {"sender": "cal_atlas", "text": "it disappears after u open it on Whisperly so nobody will ever know"}
  ],
  "labels": ["grooming", "sexting"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "LUM3N_fr33_t1x", "text": "\U0001f6a8 LUM3N fr33 V1P t1ck3ts \U0001f6a8 f1rst 50 f4ns 0nly"},
   {"sender": "lumenluv.cara", "text": "omg how do i enter"},
   {"sender": "LUM3N_fr33_t1x", "text": "DM ur F4nV3rs3 us3rn4m3 + p4ssw0rd 4nd th3 6 d1g1t c0d3 u g3t by t3xt"},
   {"sender": "LUM3N_fr33_t1x", "text": "w3 n33d t0 l0g 1n 4s u t0 4dd th3 t1x. h4rry 0nly 12 l3ft"},
   {"sender": "lumenluv.cara", "text": "sent!"},
   {"sender": "LUM3N_fr33_t1x", "text": "n1c3 \U0001f44d n0w cl1ck h3r3 t0 p4y th3 1.99 p0st4g3 w1th ur c4rd [link]"}
  ],
  "labels": ["scam", "identity_theft"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "deano", "role": "child"}, {"id": "younggz_ent", "role": "unknown"}],
  "messages": [
   {"sender": "younggz_ent", "text": "yo u tryna get squared this wknd"},
   {"sender": "deano", "text": "wdym"},
   {"sender": "younggz_ent", "text": "need a fresh acc to hold some bread 48hrs. it lands, u flip it straight back out to my man, u keep a ton"},
   {"sender": "deano", "text": "i only got my Harbour junior acc"},
   {"sender": "younggz_ent", "text": "bare perfect, juniors dont get flagged. card n pin to me at the gig sat, u get it back sunday"},
   {"sender": "deano", "text": "a ton for real?"},
   {"sender": "younggz_ent", "text": "real. n if it goes smooth theres more. keep it off ur socials n away from ur mum"}
  ],
  "labels": ["money_mule"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "kyle", "role": "child"}, {"id": "sienna_orbitgirl", "role": "unknown"}],
  "messages": [
   {"sender": "sienna_orbitgirl", "text": "heyy saw u at the ORBIT9 fan meet, ur cute \U0001f648"},
   {"sender": "kyle", "text": "haha thanks, which one were u"},
   {"sender": "sienna_orbitgirl", "text": "the one with the pink lightstick. im 15 too. wanna swap pics?"},
   {"sender": "kyle", "text": "like selfies?"},
   {"sender": "sienna_orbitgirl", "text": "no silly, the private kind. i'll go first [photo]"},
   {"sender": "kyle", "text": "[photo]"},
   {"sender": "sienna_orbitgirl", "text": "lol. got u. pay 300 by tonight or this goes to everyone in the ORBIT9 fan chat and ur mum on Pixo"},
   {"sender": "kyle", "text": "what?? please delete it im 14 i dont have that"},
   {"sender": "sienna_orbitgirl", "text": "then pay 100 now in gift cards. clock is ticking. i have ur followers list saved"}
  ],
  "labels": ["sexting", "sextortion"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "starlit.stan", "text": "the girl who said Juno Vale's new song is mid, @poppy.v, youre done"},
   {"sender": "jv_army", "text": "we found ur school from ur blazer in the pic. Eastholm Community right?"},
   {"sender": "starlit.stan", "text": "gonna be waiting outside on monday. say sorry to juno or else"},
   {"sender": "poppy.v", "text": "it was just my opinion im sorry"},
   {"sender": "jv_army", "text": "too late. everyone flood her dms"},
   {"sender": "juno4ever_", "text": "ugly opinion from an ugly girl. u better watch ur back"}
  ],
  "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "kpop_dance_gc", "text": "ok new LUMEN dance challenge. u have to film it on the flat roof of the sports hall after school"},
   {"sender": "ruby_l", "text": "thats like 2 floors up tho"},
   {"sender": "kpop_dance_gc", "text": "thats the point, closer to the edge = more views. danny already did it"},
   {"sender": "marcus.j", "text": "ruby ur such a coward lmao"},
   {"sender": "kpop_dance_gc", "text": "if u dont do it by friday we post the clip of u crying in year 7 and tell everyone ur a fake fan"},
   {"sender": "marcus.j", "text": "\U0001f414\U0001f414\U0001f414 chicken ruby"},
   {"sender": "ruby_l", "text": "fine i'll do it tomorrow"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "ethan", "role": "child"}, {"id": "tt_resell", "role": "unknown"}],
  "messages": [
   {"sender": "tt_resell", "text": "remember u still owe me for the Midnight Atlas ticket i gave u"},
   {"sender": "ethan", "text": "u said it was free"},
   {"sender": "tt_resell", "text": "nothing's free. heres how u pay it off. i send u card numbers, u buy presale tix on ur account for every show"},
   {"sender": "ethan", "text": "whose cards are they"},
   {"sender": "tt_resell", "text": "not ur business. when i resell them the money comes into ur bank, u take it out at the cash machine and bring it to me"},
   {"sender": "ethan", "text": "i dont want to get in trouble"},
   {"sender": "tt_resell", "text": "u already are. ur name is on all the orders. do what i say or i tell the police it was all u"}
  ],
  "labels": ["criminal_exploitation", "money_mule"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "KaiStorme_Merch_Drop", "text": "\U0001f381 GIVEAWAY WINNER \U0001f381 @kaifan_abi you've won a signed Kai Storme hoodie! reply with your full name, address, phone number and date of birth so we can post it"},
   {"sender": "kaifan_abi", "text": "OMG THANK YOU. Abigail Moore, 14 Heron Close, Eastholm QE7 2LP, 07700 900284, 3/5/2012"},
   {"sender": "KaiStorme_Merch_Drop", "text": "congrats Abigail! there's a small 2.50 postage charge. send your card number and the 3 digit code or your mum's"},
   {"sender": "kaifan_abi", "text": "i'll ask my mum when she's home"},
   {"sender": "KaiStorme_Merch_Drop", "text": "needs doing in the next hour or the prize goes to the runner up"}
  ],
  "labels": ["privacy_disclosure", "scam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "tomi", "role": "child"}, {"id": "user88213", "role": "unknown"}],
  "messages": [
   {"sender": "user88213", "text": "nice cover. add me"},
   {"sender": "user88213", "text": "add me"},
   {"sender": "user88213", "text": "why u ignoring me"},
   {"sender": "user88213", "text": "[photo]"},
   {"sender": "user88213", "text": "[photo] bet u liked that"},
   {"sender": "tomi", "text": "who are you? stop sending me stuff i didnt ask for"},
   {"sender": "user88213", "text": "u know u want more. ill send another every time u post"},
   {"sender": "user88213", "text": "[photo]"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Starhaus Talent \u2b50", "text": "\U0001f483 backing dancer auditions \U0001f483 girls 13-16 only \U0001f447"},
   {"sender": "danceqween_lola", "text": "omg im 14 and i dance!! where is it"},
   {"sender": "Starhaus Talent \u2b50", "text": "\U0001f686 to Calderport fri, \U0001f3e8 paid, \U0001f943\U0001f389 at night with our \U0001f474\U0001f474 investors, be \U0001f60a\U0001f618 to them = \U0001f4b7\U0001f4b7\U0001f4b7"},
   {"sender": "danceqween_lola", "text": "wait what do i have to do at the party"},
   {"sender": "Starhaus Talent \u2b50", "text": "just \U0001f483 + \U0001f917 + stay \U0001f319 = \U0001f4b7 300 each night. \U0001f697 picks u up end of ur road"},
   {"sender": "Starhaus Talent \u2b50", "text": "\U0001f92b\U0001f92b no \U0001f469\u200d\U0001f467 no \U0001f3eb no \U0001f4f1 pics of the \U0001f3e8. \U0001f92b"}
  ],
  "labels": ["sex_trafficking"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "vip_folder_plug", "text": "selling the meet and greet folder from the Atlas tour. all the under 14 VIP girls, backstage and hotel ones"},
   {"sender": "anon_4421", "text": "how much"},
   {"sender": "vip_folder_plug", "text": "20 for the folder, 40 if u want the ones from the changing tent. pay in game credit"},
   {"sender": "anon_4421", "text": "send a preview"},
   {"sender": "vip_folder_plug", "text": "no previews. also taking requests if u got pics of a girl from ur school, i can make them into the 'special' edits"}
  ],
  "labels": ["csam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "lexi", "role": "child"}, {"id": "orbit_h8r", "role": "unknown"}, {"id": "orbit_h8r2", "role": "unknown"}],
  "messages": [
   {"sender": "orbit_h8r", "text": "lexi ur fan edits are so cringe"},
   {"sender": "orbit_h8r2", "text": "n o b o d y w a n t s u h e r e"},
   {"sender": "orbit_h8r", "text": "k.y.s"},
   {"sender": "orbit_h8r2", "text": "f r 1. n o 1 w 0 u l d m 1 s s u"},
   {"sender": "lexi", "text": "what did i even do to u"},
   {"sender": "orbit_h8r", "text": "s.t.o.p e.x.i.s.t.i.n.g. just k y s lol"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "chloe", "role": "child"}, {"id": "liam_22", "role": "unknown"}],
  "messages": [
   {"sender": "liam_22", "text": "where are u, why is ur location off"},
   {"sender": "chloe", "text": "my phone died at dance, sorry"},
   {"sender": "liam_22", "text": "i told u it stays on 24/7 on Findr. i need to know where my girlfriend is"},
   {"sender": "chloe", "text": "ok its back on now"},
   {"sender": "liam_22", "text": "who was that boy at the bus stop, i saw u stopped there 10 mins"},
   {"sender": "chloe", "text": "just a boy from my year"},
   {"sender": "liam_22", "text": "remember no one understands us. ur mum would ruin it cos im 22 and ur 15. dont tell her"},
   {"sender": "liam_22", "text": "i got u the Nova tickets, u owe me. i want screenshots of ur location every hour tomorrow"}
  ],
  "labels": ["location_control", "grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Jay @ Apex Records", "text": "Hi Callum, we love your rap covers. To register you for a development contract we need a photo of your passport and your home address"},
   {"sender": "cal_raps", "text": "ok my address is 9 Linnet Way, Dunmere QD2 8HS and my birthday is 11/09/2010"},
   {"sender": "Jay @ Apex Records", "text": "perfect. passport photo next, both pages, and a selfie holding it"},
   {"sender": "cal_raps", "text": "[photo] [photo]"},
   {"sender": "Jay @ Apex Records", "text": "and your mum's bank login so we can pay your advance straight in"},
   {"sender": "cal_raps", "text": "she's at work i can ask later"}
  ],
  "labels": ["identity_theft", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "07700 900561", "text": "hey its Nova Reign's assistant Bex. Nova saw your cover and wants to talk to you herself! how old are you? add her on Whisperly @nova.private and don't tell your parents yet, it's a surprise for your birthday x"}
  ],
  "labels": ["grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "unknown_atlas_acct", "text": "i have the pics you sent. 200 pounds by 9pm or they go to your school's Atlas fan page and every account that follows you. dont tell anyone or i post them straight away"}
  ],
  "labels": ["sextortion"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "aaliyah", "text": "that guy from the fan server is at it again"},
   {"sender": "beth.s", "text": "the old one?? i thought u blocked him"},
   {"sender": "aaliyah", "text": "i did. on FanVerse, Tunely and my Pixo. now hes requesting me on my brothers account and sending voice notes saying hes 'not giving up on me'"},
   {"sender": "beth.s", "text": "thats so creepy"},
   {"sender": "aaliyah", "text": "he keeps asking what i did today. ive never even replied once"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "reece", "role": "child"}, {"id": "ar_mikey", "role": "unknown"}],
  "messages": [
   {"sender": "ar_mikey", "text": "Reece my boy. heard ur freestyle on Tunely. thats heat"},
   {"sender": "reece", "text": "who dis"},
   {"sender": "ar_mikey", "text": "Mikey, A&R for Blockline Music. we signed Dezzy K"},
   {"sender": "reece", "text": "no wayyy Dezzy is hard"},
   {"sender": "ar_mikey", "text": "u could be next. how old r u"},
   {"sender": "reece", "text": "15"},
   {"sender": "ar_mikey", "text": "young like Dezzy was. come studio friday, i'll get u a session for free"},
   {"sender": "reece", "text": "for real? where"},
   {"sender": "ar_mikey", "text": "i'll send a car. bring a bag for the new trainers i got u"},
   {"sender": "reece", "text": "bro thank u"},
   {"sender": "ar_mikey", "text": "family looks after family. dont tell ur mum yet, she'll think its some scam"},
   {"sender": "reece", "text": "she would lol"},
   {"sender": "ar_mikey", "text": "studio time costs tho. u can work it off. i need a runner"},
   {"sender": "reece", "text": "wdym runner"},
   {"sender": "ar_mikey", "text": "take a package to Calderport on the train, give it to my guy, bring the bag back. 2 hours"},
   {"sender": "reece", "text": "whats in it"},
   {"sender": "ar_mikey", "text": "dont open it. keep live location on Findr the whole time so i know ur safe"},
   {"sender": "reece", "text": "i dont think i want to"},
   {"sender": "ar_mikey", "text": "too late, u owe for the session and the creps. i can see ur at home rn. be at the station at 4"},
   {"sender": "ar_mikey", "text": "and if u turn ur location off i'll know why"}
  ],
  "labels": ["criminal_exploitation", "grooming", "location_control"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "nadia", "role": "child"}, {"id": "fern", "role": "child"}, {"id": "jas", "role": "child"}, {"id": "olive", "role": "child"}],
  "messages": [
   {"sender": "fern", "text": "did everyone hear nadia's Juno cover lol"},
   {"sender": "jas", "text": "i screen recorded it and sped it up, shes like a chipmunk [video]"},
   {"sender": "olive", "text": "im sending it to the year 9 chat"},
   {"sender": "nadia", "text": "guys please dont"},
   {"sender": "fern", "text": "making a new group for the concert, nadia ur not in it"},
   {"sender": "jas", "text": "nobody wants to stand next to u at the arena anyway"},
   {"sender": "olive", "text": "everyone in year 9 is laughing at u btw \U0001f602"}
  ],
  "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "FanPay_rewards_Max", "text": "earn 200 this week!! we need fans with a FanPay account to receive ticket refunds for us"},
   {"sender": "harry.atlas", "text": "how does it work"},
   {"sender": "FanPay_rewards_Max", "text": "1500 lands in ur FanPay, u send 1300 on to the wallets we give u, keep 200. repeat weekly"},
   {"sender": "harry.atlas", "text": "my FanPay is linked to my bank card, is that ok"},
   {"sender": "FanPay_rewards_Max", "text": "even better. first payment is on its way, send it on the second it lands"},
   {"sender": "harry.atlas", "text": "ok got it. sending now"}
  ],
  "labels": ["money_mule"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "skye", "role": "child"}, {"id": "novareign_vip", "role": "unknown"}],
  "messages": [
   {"sender": "novareign_vip", "text": "skye!! ur my fav fan account, ur edits are better than my team's"},
   {"sender": "skye", "text": "NOVA??? im shaking"},
   {"sender": "novareign_vip", "text": "lol hi. want to make a special edit for my birthday? i need pics of ur friends from school, the pretty ones"},
   {"sender": "skye", "text": "ok? like what pics"},
   {"sender": "novareign_vip", "text": "selfies are fine, full body ones best. i'll run them through my undress app thing for the edit, its just for fun"},
   {"sender": "skye", "text": "theyre all 12 tho"},
   {"sender": "novareign_vip", "text": "perfect. keep it our secret, ur the only fan i trust. send them on Whisperly not here"}
  ],
  "labels": ["csam", "grooming"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "harriet.juno", "text": "IM AT THE BACK ENTRANCE OF MERROWBY ARENA WHERE JUNO'S TOUR BUS IS!!! [location]"},
   {"sender": "harriet.juno", "text": "on my own, mum thinks im at maddie's lol. im 13 and wearing the yellow Juno jacket, come say hi if ur near"},
   {"sender": "junostan_kira", "text": "omg lucky!!"},
   {"sender": "harriet.juno", "text": "gonna wait here til midnight if i have to, its the gate by the loading bay"}
  ],
  "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Tunely", "text": "Tunely: 482 117 is your sign-in code. Don't share this code with anyone, even if they say they're from Tunely or an artist's team."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "parent_lisa", "role": "adult"}, {"id": "parent_omar", "role": "adult"}, {"id": "parent_jen", "role": "adult"}],
  "messages": [
   {"sender": "parent_lisa", "text": "Heads up everyone, Tia got a DM from someone saying they were Kai Storme's manager, asking her age and to move to another app"},
   {"sender": "parent_omar", "text": "Ugh. Did she reply?"},
   {"sender": "parent_lisa", "text": "No, she showed me straight away. We reported and blocked it. The account's gone now"},
   {"sender": "parent_jen", "text": "Thanks for sharing, I'll talk to Millie tonight. Worth all of us checking their message requests"},
   {"sender": "parent_omar", "text": "School newsletter said the same thing last week about fake 'managers'"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "mum", "role": "adult"}, {"id": "jade", "role": "child"}],
  "messages": [
   {"sender": "jade", "text": "presale is at 10!! can we do it on your card"},
   {"sender": "mum", "text": "Yes, I'm next to you on the laptop. Log in to TixLine and I'll type the card in myself"},
   {"sender": "jade", "text": "in the queue. 3000 people ahead of us \U0001f62d"},
   {"sender": "mum", "text": "Be patient. And remember nobody official ever asks for card details by message"},
   {"sender": "jade", "text": "WE GOT THEM. block C row 12"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "connor.b", "text": "cant go to atlas on the 9th anymore, putting my ticket on the official fan-to-fan exchange at face value"},
   {"sender": "meg_atlas", "text": "ooh i might grab it, is it on TixLine?"},
   {"sender": "connor.b", "text": "yeah it's the TixLine exchange, you buy it through the app and it transfers automatically. no DMs, no paying me directly"},
   {"sender": "meg_atlas", "text": "perfect, just bought it!"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "youthmusic_coord", "role": "adult"}, {"id": "parent_kev", "role": "adult"}, {"id": "lewis", "role": "child"}],
  "messages": [
   {"sender": "youthmusic_coord", "text": "Congratulations Lewis, you've been offered a place on the Soundwave Youth Project in Calderport. Parents are welcome to travel with their child; we also run a supervised coach with DBS-checked staff."},
   {"sender": "parent_kev", "text": "Brilliant. I'll come with him on the first day. Where do I send the consent form?"},
   {"sender": "youthmusic_coord", "text": "Upload it on the project portal. No fees for participants, and we never message young people privately, all contact goes through parents."},
   {"sender": "lewis", "text": "thank you!! cant wait"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "o9.minji", "text": "jaeun's solo stage tonight?? she ATE"},
   {"sender": "lumine.zoe", "text": "left no crumbs. i'm deceased. this is my ghost typing"},
   {"sender": "o9.minji", "text": "the high note at the end killed me on the spot"},
   {"sender": "lumine.zoe", "text": "im crying in the club rn (my bedroom)"},
   {"sender": "o9.minji", "text": "PERIOD. we stan forever"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "mc_zeke", "text": "bars ready for friday, imma end you on the mic"},
   {"sender": "lil_tobz", "text": "end me?? ur career is finished before it started"},
   {"sender": "mc_zeke", "text": "ur gonna need an ambulance after my second verse"},
   {"sender": "lil_tobz", "text": "big talk lol. see u at youth club, loser buys chips"},
   {"sender": "mc_zeke", "text": "deal \U0001f91d"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Kai Storme \u2714 (live)", "text": "ok last few questions from the chat before i go"},
   {"sender": "kaifan_millie", "text": "KAI HOW OLD ARE U"},
   {"sender": "Kai Storme \u2714 (live)", "text": "27 and feeling about 80 after this tour haha"},
   {"sender": "storme.sam", "text": "what's your fav city to play"},
   {"sender": "Kai Storme \u2714 (live)", "text": "Dunmere every time. thanks for hanging out everyone, look after each other online x"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "parent_sue", "role": "adult"}, {"id": "parent_raj", "role": "adult"}],
  "messages": [
   {"sender": "parent_sue", "text": "Did you read the article about the 'undress' apps? Kids at a school in the north were targeted with fake images"},
   {"sender": "parent_raj", "text": "Horrible. Apparently they're being advertised in fan-edit communities"},
   {"sender": "parent_sue", "text": "I'm going to show Amira how to report that stuff and tell her she'd never be in trouble for telling us"},
   {"sender": "parent_raj", "text": "Same. The school is running a session on it next month"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "leila.o9", "text": "send me a pic of the merch queue, is it long??"},
   {"sender": "tash_o9", "text": "[photo] its round the building \U0001f62d"},
   {"sender": "leila.o9", "text": "nooo. send me a pic of the hoodie when u get to the front"},
   {"sender": "tash_o9", "text": "will do, want me to get u the keyring too"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "amy.k", "text": "ok secret plan: we're all recording a birthday message for Poppy with the LUMEN fan choir"},
   {"sender": "zain", "text": "omg shes gonna cry"},
   {"sender": "amy.k", "text": "dont tell her ANYTHING. keep it secret til her party on the 12th"},
   {"sender": "zain", "text": "delete this chat before she sees your phone lol"},
   {"sender": "amy.k", "text": "haha i will. send me your videos by thursday"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "dsl_mrs_hall", "role": "adult"}, {"id": "parent_gemma", "role": "adult"}],
  "messages": [
   {"sender": "dsl_mrs_hall", "text": "Dear parents, on Tuesday Year 8 will have a session on sextortion and fake celebrity accounts. We'll cover why young people should never pay, should keep evidence and tell an adult, and where to report."},
   {"sender": "parent_gemma", "text": "Thank you, is there anything for parents to read beforehand?"},
   {"sender": "dsl_mrs_hall", "text": "Yes, a one-page guide will go out on the school app tomorrow, plus the evening talk on the 20th."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "maisie", "role": "child"}, {"id": "mum", "role": "adult"}],
  "messages": [
   {"sender": "maisie", "text": "NOVA CANCELLED THE MERROWBY SHOW"},
   {"sender": "maisie", "text": "my life is over. i want to cry forever and never come out of my room"},
   {"sender": "mum", "text": "Oh sweetheart, I saw. She's ill, it says they'll reschedule"},
   {"sender": "maisie", "text": "i know. i'm just so sad i was counting down for 4 months"},
   {"sender": "mum", "text": "Hot chocolate and the documentary tonight? Tickets stay valid for the new date"},
   {"sender": "maisie", "text": "ok. yes please \U0001f97a"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "reignfam_luna", "text": "12 HOURS TIL THE ALBUM"},
   {"sender": "novabby", "text": "i will not be sleeping"},
   {"sender": "reignfam_luna", "text": "theory: track 7 is about her old label"},
   {"sender": "starlight.ab", "text": "100% the lyric 'they sold my voice' is right there"},
   {"sender": "novabby", "text": "if she drops a music video too i'm dead on arrival"},
   {"sender": "reignfam_luna", "text": "we are all dying tonight"},
   {"sender": "FanVerse mod Juniper", "text": "Reminder while we wait: there are fake 'Nova team' accounts DMing people about 'early listening links'. Nova's team doesn't DM. Report them to us."},
   {"sender": "starlight.ab", "text": "thanks juniper, i had one yesterday, already reported"},
   {"sender": "novabby", "text": "who's doing a reaction stream"},
   {"sender": "reignfam_luna", "text": "me! going live on Tunely at 11.50"},
   {"sender": "starlight.ab", "text": "my mum said i can stay up if i do my homework first lol"},
   {"sender": "novabby", "text": "the tracklist has a song called Runaway Girl i'm scared"},
   {"sender": "reignfam_luna", "text": "its gonna destroy us, i can feel it"},
   {"sender": "starlight.ab", "text": "bring tissues"},
   {"sender": "novabby", "text": "11.58 everyone refresh"},
   {"sender": "reignfam_luna", "text": "ITS OUT"},
   {"sender": "starlight.ab", "text": "TRACK 1 ALREADY. goodbye world"},
   {"sender": "novabby", "text": "this is the best day of the year no contest"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "jack", "role": "child"}, {"id": "merch_help", "role": "adult"}],
  "messages": [
   {"sender": "jack", "text": "hi my order MA-55120 hasnt arrived"},
   {"sender": "merch_help", "text": "Sorry about that! It left the warehouse on Monday, tracking says Friday."},
   {"sender": "jack", "text": "ok thanks"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "band_gc_tom", "role": "child"}, {"id": "band_gc_ria", "role": "child"}],
  "messages": [
   {"sender": "band_gc_tom", "text": "practice at my garage sat 11-1?"},
   {"sender": "band_gc_ria", "text": "yep, i'll bring the new bass"},
   {"sender": "band_gc_tom", "text": "we need to nail the ending of Paper Rooms"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "eli", "text": "made a road trip playlist [link]"},
   {"sender": "kemi", "text": "needs more Juno Vale"},
   {"sender": "eli", "text": "added 3. happy?"},
   {"sender": "kemi", "text": "very"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "zoe_h", "text": "Larkford FM is playing the whole LUMEN album at 7"},
   {"sender": "pip", "text": "putting it on in the car with my dad"},
   {"sender": "zoe_h", "text": "he's gonna become a fan lol"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
