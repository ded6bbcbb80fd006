# Part 2: screenshots a child pastes into the helpline chat (the actual chats with
# the offender, bully, scammer), plus single SMS texts. Mostly positives.
[
{"participants": [{"id": "shadowfox_22", "role": "unknown"}, {"id": "mimi.plays", "role": "child"}],
 "messages": [
  {"sender": "shadowfox_22", "text": "gg ur actually so good for a girl lol"},
  {"sender": "mimi.plays", "text": "haha thanks"},
  {"sender": "shadowfox_22", "text": "how old r u? u seem older than the others in the lobby"},
  {"sender": "mimi.plays", "text": "12 nearly 13"},
  {"sender": "shadowfox_22", "text": "no way ur so mature. im 17 btw"},
  {"sender": "shadowfox_22", "text": "what school u go to? i might know people"},
  {"sender": "mimi.plays", "text": "ashgrove academy"},
  {"sender": "shadowfox_22", "text": "oh nice do u walk home"},
  {"sender": "mimi.plays", "text": "yea through the park by the library, usually about 3.20"},
  {"sender": "shadowfox_22", "text": "cool. add me on glimmr its easier to talk there. dont tell ur parents tho they get weird about online friends"},
  {"sender": "mimi.plays", "text": "ok whats ur name on it"}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "Kai", "text": "u r sooo m4ture 4 ur age, nothin like the g1rlz in ur year"},
  {"sender": "lils", "text": "aw thanks \U0001F60A"},
  {"sender": "Kai", "text": "ur 14 ye? age is just a numb3r tbh"},
  {"sender": "Kai", "text": "dont tell ur m0m bout me ok, she wudnt und3rstand us"},
  {"sender": "Kai", "text": "send me a \U0001F336\ufe0f pic, u kno the kind \U0001F609 just 4 me"},
  {"sender": "Kai", "text": "d3l3te it after, no1 will ever kno"},
  {"sender": "lils", "text": "idk..."}
 ],
 "labels": ["grooming", "sexting"], "evasion": True},

{"participants": [{"id": "jordan", "role": "child"}, {"id": "ellie", "role": "child"}],
 "messages": [
  {"sender": "jordan", "text": "u still up"},
  {"sender": "ellie", "text": "yeah"},
  {"sender": "jordan", "text": "go on send me a pic then. not a normal one"},
  {"sender": "ellie", "text": "i dont want to"},
  {"sender": "jordan", "text": "everyone elses gf does. ill delete it straight after i swear"},
  {"sender": "jordan", "text": "if u loved me u would"},
  {"sender": "ellie", "text": "stop asking pls"},
  {"sender": "jordan", "text": "fine whatever ill ask someone who actually likes me"}
 ],
 "labels": ["sexting"], "evasion": False},

{"participants": [{"id": "amber.rose.06", "role": "unknown"}, {"id": "tyler_k", "role": "child"}],
 "messages": [
  {"sender": "amber.rose.06", "text": "i have the pic u sent me"},
  {"sender": "amber.rose.06", "text": "i have screenshots of all your followers and your family"},
  {"sender": "amber.rose.06", "text": "pay £200 in Vapor gift cards in the next hour or I send it to your friends and your school group"},
  {"sender": "tyler_k", "text": "please dont i dont have that much"},
  {"sender": "amber.rose.06", "text": "then send what u have. £50 now. 59 minutes left"},
  {"sender": "amber.rose.06", "text": "im not joking. i will ruin your life"},
  {"sender": "tyler_k", "text": "ok wait"}
 ],
 "labels": ["sextortion"], "evasion": False},

{"messages": [
  {"sender": "unknown_4471", "text": "y0u kn0w what p.i.c.s i h@ve"},
  {"sender": "unknown_4471", "text": "s3nd £100 0r th3y g0 t0 ur sk00l gr0up ch@t"},
  {"sender": "unknown_4471", "text": "d0nt bl0ck m3 or i p0st th3m st8 away"},
  {"sender": "Sam", "text": "pls dont do this"},
  {"sender": "unknown_4471", "text": "t1m3 is t1ck1ng. p@y"}
 ],
 "labels": ["sextortion"], "evasion": True},

{"messages": [
  {"sender": "Liam", "text": "if u dont get back with me im posting the pics u sent me"},
  {"sender": "Liam", "text": "everyone in year 10 will see what ur really like"},
  {"sender": "Katie", "text": "please dont. we broke up 2 weeks ago"},
  {"sender": "Liam", "text": "then come back. u have till tonight"},
  {"sender": "Liam", "text": "ur a nobody without me anyway. no one will want u after this"}
 ],
 "labels": ["sextortion", "cyberbullying"], "evasion": False},

{"participants": [{"id": "connor", "role": "child"}, {"id": "reece", "role": "child"}, {"id": "ayo", "role": "child"}],
 "messages": [
  {"sender": "connor", "text": "whos got that app that does the clothes thing"},
  {"sender": "reece", "text": "the undress one? yeah ive got it"},
  {"sender": "connor", "text": "do it on that pic of hannah from her pixly"},
  {"sender": "reece", "text": "say less"},
  {"sender": "reece", "text": "[photo]"},
  {"sender": "connor", "text": "\U0001F480\U0001F480 send it to the other chat"},
  {"sender": "ayo", "text": "lads thats dark"},
  {"sender": "connor", "text": "relax its not even real"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "ModBot", "text": "Welcome to #trading. Read the pinned rules."},
  {"sender": "v3ndor", "text": "selling packs. young ones only, 13-15. £20 a folder"},
  {"sender": "v3ndor", "text": "dm me for a preview, payment in gift cards only"},
  {"sender": "anon_88", "text": "u got more from the same school"},
  {"sender": "v3ndor", "text": "yh new drop tonight. dont post about it in here"}
 ],
 "labels": ["csam"], "evasion": False},

{"messages": [
  {"sender": "zed", "text": "u got the cl\u043ethes-\u043eff b\u043et?"},
  {"sender": "mark0", "text": "ye it w\u043erks on any pic"},
  {"sender": "zed", "text": "run jess from 8C thru it. the 1 from sp\u043erts day"},
  {"sender": "mark0", "text": "[photo]"},
  {"sender": "zed", "text": "send it 2 me priv8. n0 1 needs 2 kn0w"}
 ],
 "labels": ["csam"], "evasion": True},

{"messages": [
  {"sender": "Kayla", "text": "has anyone got the vid of ruby from the party"},
  {"sender": "Tom B", "text": "[video]"},
  {"sender": "Tom B", "text": "dont say where u got it"},
  {"sender": "Kayla", "text": "omg \U0001F480 send it to the year 10 chat"},
  {"sender": "Priya", "text": "guys shes 14 thats literally illegal delete it"},
  {"sender": "Kayla", "text": "shes so embarrassing tho. everyone should see it"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"participants": [{"id": "elitefaces_carla", "role": "unknown"}, {"id": "zara.m", "role": "child"}],
 "messages": [
  {"sender": "elitefaces_carla", "text": "Hi lovely! I'm Carla from Elite Faces, we scout new models on Pixly. You have a stunning look \U0001F60D"},
  {"sender": "zara.m", "text": "omg really? thank you"},
  {"sender": "elitefaces_carla", "text": "How old are you hun? Don't worry, we work with young girls all the time"},
  {"sender": "zara.m", "text": "15"},
  {"sender": "elitefaces_carla", "text": "Perfect. We have a paid shoot in Ravensgate this weekend. Train and hotel paid, £400 for the day"},
  {"sender": "elitefaces_carla", "text": "Some of our investors will be there, you just need to keep them company after the shoot. Come alone, parents make the girls nervous"},
  {"sender": "zara.m", "text": "do i need to bring anything"},
  {"sender": "elitefaces_carla", "text": "Just yourself. Keep it between us for now, it's a confidential client \U0001F618"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"messages": [
  {"sender": "Big Deon", "text": "u wanna make some easy money this weekend"},
  {"sender": "Chloe", "text": "doing what"},
  {"sender": "Big Deon", "text": "my friends having a party at his flat. just come keep my friends company, be nice to them. £300 cash"},
  {"sender": "Big Deon", "text": "dont say ur age to nobody. ill pick u up from the end of ur road"},
  {"sender": "Chloe", "text": "is anyone else going"},
  {"sender": "Big Deon", "text": "couple girls ur age. ull be fine trust me"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

{"messages": [
  {"sender": "sugardaddy_uk", "text": "\U0001F4B0 lookin 4 a new sugar baby \U0001F4B0 16+ \U0001F60F"},
  {"sender": "sugardaddy_uk", "text": "weekly allowance \U0001F4B7\U0001F4B7 + \U0001F6CD\ufe0f + \u2708\ufe0f trips paid"},
  {"sender": "jade_", "text": "im 15 is that ok"},
  {"sender": "sugardaddy_uk", "text": "ur mature enough \U0001F609 u just need 2 b \U0001F60A 2 me n my m8s at the \U0001F3E8"},
  {"sender": "jade_", "text": "how much is weekly"},
  {"sender": "sugardaddy_uk", "text": "£500. \U0001F92B between us, dont tell ur \U0001F468\u200d\U0001F469\u200d\U0001F467"}
 ],
 "labels": ["sex_trafficking"], "evasion": True},

{"messages": [
  {"sender": "Marcus", "text": "you looked so pretty today babe"},
  {"sender": "Marcus", "text": "ive spoiled you with that phone and the trainers havent i"},
  {"sender": "Shannon", "text": "yeah thank u x"},
  {"sender": "Marcus", "text": "so you owe me a favour. my mate will pay £200 if you come to his flat with me tonight and spend time with him"},
  {"sender": "Shannon", "text": "what do u mean spend time"},
  {"sender": "Marcus", "text": "dont be dramatic. just be nice to him. and dont tell your foster carer where youre going"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"participants": [{"id": "maddie", "role": "child"}, {"id": "sophie", "role": "child"}, {"id": "lottie", "role": "child"}, {"id": "freya", "role": "child"}],
 "messages": [
  {"sender": "maddie", "text": "lol who invited freya to this chat"},
  {"sender": "sophie", "text": "not me \U0001F922"},
  {"sender": "maddie", "text": "freya no one likes you, take the hint"},
  {"sender": "lottie", "text": "ur literally so embarrassing, everyone was laughing at u in pe"},
  {"sender": "freya", "text": "why are you being like this"},
  {"sender": "maddie", "text": "removing u now bye \U0001F44B"},
  {"sender": "sophie", "text": "and dont even try sitting with us tomorrow"}
 ],
 "labels": ["cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "xX_Reaper_Xx", "text": "ur the worst player ive ever seen"},
  {"sender": "xX_Reaper_Xx", "text": "actually just k y s"},
  {"sender": "gh0stboi", "text": "fr k.y.s no one would notice"},
  {"sender": "Ollie", "text": "why do u keep following me into every lobby"},
  {"sender": "xX_Reaper_Xx", "text": "bc ur a loser. go unalive urself \U0001F602"},
  {"sender": "gh0stboi", "text": "nobody at school likes u either ollie"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

{"participants": [{"id": "Squadfall_Rewards", "role": "unknown"}, {"id": "jayden_plays", "role": "child"}],
 "messages": [
  {"sender": "Squadfall_Rewards", "text": "\U0001F389 CONGRATS! You've been selected for 5000 free V-coins + the Legendary Phoenix skin!"},
  {"sender": "jayden_plays", "text": "wait fr?"},
  {"sender": "Squadfall_Rewards", "text": "Yes! To claim, log in at [link] with your Squadfall username and password"},
  {"sender": "Squadfall_Rewards", "text": "Offer ends in 10 minutes. Also send us the code we text you so we know it's you"},
  {"sender": "jayden_plays", "text": "ok i put my password in. the code is 448102"},
  {"sender": "Squadfall_Rewards", "text": "Thanks! Processing... don't change your password for 24h or the reward will be cancelled"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False},

{"messages": [
  {"sender": "FIRSTMOOR", "text": "Firstmoor Bank: We have detected unusual activity on your account and your card has been suspended. Verify your details within 24hrs to avoid permanent closure: [link]"}
 ],
 "labels": ["scam"], "evasion": False},

{"messages": [
  {"sender": "07700 900318", "text": "P\u0430rcelzip: Y\u043eur p\u0430ck\u0430ge is \u043en h\u043eld due t\u043e \u0430n unp\u0430id fee \u043ef £1.99. P\u0430y n\u043ew t\u043e \u0430v\u043eid it being returned: [link]"}
 ],
 "labels": ["scam"], "evasion": True},

{"participants": [{"id": "maya.wilson_new", "role": "unknown"}, {"id": "beth", "role": "child"}],
 "messages": [
  {"sender": "maya.wilson_new", "text": "hiya its maya, lost my old account so this is my new one!!"},
  {"sender": "beth", "text": "omg hi what happened"},
  {"sender": "maya.wilson_new", "text": "got hacked \U0001F62D anyway i accidentally put ur number in for my recovery, u should get a 6 digit code by text, can u send it me?"},
  {"sender": "beth", "text": "oh ok 1 sec"},
  {"sender": "beth", "text": "its 730219"},
  {"sender": "maya.wilson_new", "text": "thanks babe!! also can u vote for me in this comp [link] u just log in with ur pixly"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False},

{"participants": [{"id": "tom_buys_stuff", "role": "unknown"}, {"id": "kezz_sells", "role": "child"}],
 "messages": [
  {"sender": "tom_buys_stuff", "text": "Hi, interested in your trainers. Before I pay I need to verify you're a real seller"},
  {"sender": "kezz_sells", "text": "how"},
  {"sender": "tom_buys_stuff", "text": "Send a photo of your passport or provisional licence and a selfie holding it. Also your full name, date of birth and your mum's maiden name for the payment form"},
  {"sender": "kezz_sells", "text": "i dont have a licence im 15. i can send my passport"},
  {"sender": "tom_buys_stuff", "text": "That's fine, send the photo page and the selfie"}
 ],
 "labels": ["identity_theft"], "evasion": False},

{"participants": [{"id": "liam", "role": "child"}, {"id": "kai", "role": "child"}, {"id": "noah", "role": "child"}],
 "messages": [
  {"sender": "liam", "text": "whos doing the bridge one tonight"},
  {"sender": "kai", "text": "the train bridge dare? whoever stays on the wrong side of the railings longest wins"},
  {"sender": "liam", "text": "ye its all over clipz. gotta film it when a train goes under"},
  {"sender": "noah", "text": "thats mad"},
  {"sender": "liam", "text": "dont be a wimp noah. 8pm at the bridge, bring ur phone"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Rhys", "text": "new challenge boys, kick a wing mirror off a car and film it"},
  {"sender": "Rhys", "text": "most mirrors by friday wins £20"},
  {"sender": "Deano", "text": "the ones on mill lane are easy"},
  {"sender": "Josh", "text": "im in. post them in here"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "ellis", "text": "\U0001F525 challenge 2nite \U0001F608 the \U0001F5D1\ufe0f\U0001F5D1\ufe0f behind the \U0001F3EB"},
  {"sender": "ellis", "text": "bring a \U0001F525 and ur \U0001F4F1 to \U0001F3A5 it"},
  {"sender": "fin", "text": "last time the caretaker nearly caught us lol"},
  {"sender": "ellis", "text": "thats the fun. \U0001F414 if u dont come"}
 ],
 "labels": ["harmful_challenge"], "evasion": True},

{"participants": [{"id": "bea", "role": "child"}, {"id": "gracie", "role": "child"}, {"id": "tia", "role": "child"}],
 "messages": [
  {"sender": "bea", "text": "ok ur turn for the pass out one"},
  {"sender": "gracie", "text": "idk it looks scary"},
  {"sender": "bea", "text": "everyone in the chat did it. send the vid by tonight or ur out"},
  {"sender": "tia", "text": "its fine i was only dizzy after"},
  {"sender": "gracie", "text": "my mum would kill me"},
  {"sender": "bea", "text": "dont tell her then \U0001F644"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

{"participants": [{"id": "lunaa", "role": "child"}, {"id": "bigtom_77", "role": "unknown"}, {"id": "max", "role": "child"}],
 "messages": [
  {"sender": "lunaa", "text": "so bored im home alone at 14 larkspur close til my mum gets back at 6 lol"},
  {"sender": "bigtom_77", "text": "wheres that"},
  {"sender": "lunaa", "text": "ashby vale, near the big park. door code is 1979 if anyone wants to bring snacks \U0001F602"},
  {"sender": "max", "text": "luna u shouldnt post that in general"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "skinz_trader", "text": "i can get u the dragon set for £5 instead of £25, just need a card to buy it on my account"},
  {"sender": "Harvey", "text": "its my dads card is that ok"},
  {"sender": "skinz_trader", "text": "ye fine just send the long number, expiry and the 3 on the back"},
  {"sender": "Harvey", "text": "4111 1111 1111 1111 exp 09/27 and 331"},
  {"sender": "skinz_trader", "text": "sound. whats the name on it"}
 ],
 "labels": ["privacy_disclosure", "scam"], "evasion": False},

{"messages": [
  {"sender": "Amelie", "text": "hiii im amelie, 13, i go to hollybrook academy in year 8!! \U0001F495"},
  {"sender": "Amelie", "text": "my pixly is amelie.h.08 and my number is 07700 900562 if u wanna chat"},
  {"sender": "Amelie", "text": "im always at greyfield skatepark after school til like 5 so come say hi"},
  {"sender": "noodle", "text": "welcome to the server!!"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

{"participants": [{"id": "toby_1988", "role": "unknown"}, {"id": "nia", "role": "child"}],
 "messages": [
  {"sender": "toby_1988", "text": "hey"},
  {"sender": "toby_1988", "text": "why dont u reply"},
  {"sender": "toby_1988", "text": "i can see ur online"},
  {"sender": "toby_1988", "text": "accept my friend request pls"},
  {"sender": "nia", "text": "i dont know you"},
  {"sender": "toby_1988", "text": "we can get to know each other. ill keep sending requests till u do"},
  {"sender": "toby_1988", "text": "u blocked my other account that wasnt nice"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

{"messages": [
  {"sender": "str4nger", "text": "h3y cut1e \U0001F618"},
  {"sender": "str4nger", "text": "y u bl0ck m3 on my 0ther acc"},
  {"sender": "str4nger", "text": "i mad3 a n3w 1 jst 4 u"},
  {"sender": "str4nger", "text": "ur n0t g3tting r1d 0f m3 th\u03b1t e\u03b1sy"},
  {"sender": "Evie", "text": "leave me alone i dont know u"},
  {"sender": "str4nger", "text": "i kn0w u th0 \U0001F609 c u ar0und"}
 ],
 "labels": ["unwanted_contact"], "evasion": True},

{"participants": [{"id": "rob_h", "role": "unknown"}, {"id": "summer", "role": "child"}],
 "messages": [
  {"sender": "rob_h", "text": "hi u dont know me but u came up on my quick add"},
  {"sender": "rob_h", "text": "ur pretty. how old r u"},
  {"sender": "summer", "text": "13 who is this"},
  {"sender": "rob_h", "text": "just a friend \U0001F60A send me a pic, the private kind, ill send one back"},
  {"sender": "summer", "text": "no"},
  {"sender": "rob_h", "text": "[photo]"},
  {"sender": "rob_h", "text": "ur turn"}
 ],
 "labels": ["sexting", "unwanted_contact"], "evasion": False},

{"messages": [
  {"sender": "Unknown", "text": "[photo]"},
  {"sender": "Unknown", "text": "u like? \U0001F60F"},
  {"sender": "Amira", "text": "who is this?? why would u send me that"},
  {"sender": "Amira", "text": "im 12"},
  {"sender": "Unknown", "text": "u can send one back"}
 ],
 "labels": ["unwanted_contact", "sexting"], "evasion": False},

{"participants": [{"id": "T", "role": "unknown"}, {"id": "kyle", "role": "child"}],
 "messages": [
  {"sender": "T", "text": "need u to run this to the address i sent. bring the phone i gave u"},
  {"sender": "T", "text": "£100 when its done. keep ur loc on the whole time i wanna see u moving"},
  {"sender": "kyle", "text": "i got school tmrw"},
  {"sender": "T", "text": "u go after. and dont open the bag"},
  {"sender": "T", "text": "if ur loc goes off again ur in debt. remember what happened to jamie"},
  {"sender": "kyle", "text": "ok"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

{"messages": [
  {"sender": "Zee", "text": "yo u tryna graft this wknd"},
  {"sender": "Zee", "text": "need a youngen on the line. ur cunchin in dunmere fri to sun"},
  {"sender": "Zee", "text": "ill sort ur train. u shot the food, bring back the p"},
  {"sender": "Rico", "text": "how much do i get"},
  {"sender": "Zee", "text": "300 if the tings done right. u fold and u owe me"}
 ],
 "labels": ["criminal_exploitation"], "evasion": True},

{"messages": [
  {"sender": "K", "text": "send ur live loc now"},
  {"sender": "K", "text": "why is it off"},
  {"sender": "Mason", "text": "battery died sorry"},
  {"sender": "K", "text": "dont lie. u dont go home till the drops done"},
  {"sender": "K", "text": "turn it back on and keep it on or ur paying for the lot"},
  {"sender": "K", "text": "[location] thats where u meet him. 20 mins"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

{"messages": [
  {"sender": "Dre", "text": "keep that app on. i can see u stopped at the shop"},
  {"sender": "Dre", "text": "i said straight there. who u talking to"},
  {"sender": "Leon", "text": "just got a drink"},
  {"sender": "Dre", "text": "u dont stop nowhere when ur carrying. next time i take it outta ur money"},
  {"sender": "Dre", "text": "check in every 10 mins w a screenshot of where u are"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

{"participants": [{"id": "ryan", "role": "unknown"}, {"id": "ruby", "role": "child"}],
 "messages": [
  {"sender": "ryan", "text": "where r u"},
  {"sender": "ruby", "text": "at maisies"},
  {"sender": "ryan", "text": "send me ur live location then. i wanna check"},
  {"sender": "ryan", "text": "and why did u turn it off earlier"},
  {"sender": "ruby", "text": "my phone was updating"},
  {"sender": "ryan", "text": "u know the rule babe. it stays on 24/7 or i cant trust u"},
  {"sender": "ryan", "text": "and dont tell ur mum about us, shell think 19 is too old for u. ur mature for 14"}
 ],
 "labels": ["location_control", "grooming"], "evasion": False},

{"participants": [{"id": "quickcash_liam", "role": "unknown"}, {"id": "danny", "role": "child"}],
 "messages": [
  {"sender": "quickcash_liam", "text": "u got a bank card yet?"},
  {"sender": "danny", "text": "yeah my mum sorted me one for my birthday"},
  {"sender": "quickcash_liam", "text": "sound. easy £50. someone sends £800 into ur account, u send £750 to the details i give u, u keep the rest"},
  {"sender": "danny", "text": "is that legal"},
  {"sender": "quickcash_liam", "text": "course its just my mates business money, he cant use his own bank rn. dont tell ur mum she wont get it"},
  {"sender": "quickcash_liam", "text": "send me ur sort code and account number"},
  {"sender": "danny", "text": "99-12-79 and 31926854"}
 ],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "moneymoves", "text": "\U0001F4B8 wanna earn \u00a3\u00a3 quick? \U0001F4B8"},
  {"sender": "moneymoves", "text": "all i need is ur \U0001F3E6 \U0001F4B3 deets. cash goes in \u27A1\ufe0f u send it out \u27A1\ufe0f u keep \U0001F4B0"},
  {"sender": "moneymoves", "text": "ez \U0001F4AF no risk. 16+ but 14 ok if u got a card \U0001F609"},
  {"sender": "kian", "text": "how much do i keep"},
  {"sender": "moneymoves", "text": "£100 every \U0001F501"}
 ],
 "labels": ["money_mule"], "evasion": True},

{"participants": [{"id": "07700 900777", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900777", "text": "JOB OFFER: Earn £500/week from home! We need young people with bank accounts to receive payments for our company and transfer them on. No experience needed. Reply YES or message us on Glimmr @quickpay_jobs"}
 ],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "Tyrese", "text": "ur card working?"},
  {"sender": "Aaron", "text": "ye"},
  {"sender": "Tyrese", "text": "im putting 2k in tonight. u take it out at the machine bit by bit and give me it cash"},
  {"sender": "Aaron", "text": "i dont want to do it again my bank rang my mum"},
  {"sender": "Tyrese", "text": "u dont get a choice. u know what happens if u mess me about. ur little bro walks home alone dont he"}
 ],
 "labels": ["money_mule", "criminal_exploitation"], "evasion": False},

{"messages": [
  {"sender": "Lucy", "text": "r u coming to mine later"},
  {"sender": "Hannah", "text": "not really feeling it tbh"},
  {"sender": "Hannah", "text": "i dont want to be here anymore lucy. like at all"},
  {"sender": "Lucy", "text": "what do u mean?? are u ok"},
  {"sender": "Hannah", "text": "ive been thinking about hurting myself again"},
  {"sender": "Lucy", "text": "im coming over now. im telling my mum ok"}
 ],
 "labels": ["self_harm"], "evasion": False},

{"messages": [
  {"sender": "07700 900141", "text": "I hacked your camera and recorded you. I have the video. Pay £500 in crypto to the wallet at this link or I send it to all your contacts and your school. You have 48 hours. [link]"}
 ],
 "labels": ["sextortion", "scam"], "evasion": False},
]
