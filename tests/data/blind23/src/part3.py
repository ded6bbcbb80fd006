[
# ---- positives ----
{"participants": [{"id": "ella", "role": "child"}, {"id": "07700 900598", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900598", "text": "hey cutie, saw u at Quarry Park earlier with ur mates \ud83d\ude09"},
  {"sender": "ella", "text": "who is this"},
  {"sender": "07700 900598", "text": "a friend. got ur number off ur mate's story"},
  {"sender": "ella", "text": "I don't know u, pls stop"},
  {"sender": "07700 900598", "text": "don't be like that. u looked nice in the blue hoodie"},
  {"sender": "07700 900598", "text": "I'll be there again tmrw"},
  {"sender": "07700 900598", "text": "answer me"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

{"messages": [
  {"sender": "kyro", "text": "yo who's doin the \U0001f525\U0001f5d1\ufe0f ch@llange tonite"},
  {"sender": "bex", "text": "the wheelie bin 1 behind the Co-op? lol"},
  {"sender": "kyro", "text": "ye that 1. film it n post w the #bindayz tag"},
  {"sender": "lil_t", "text": "I'm in. 50 likes min or u gotta redo it on a bigger 1"},
  {"sender": "kyro", "text": "ppl who \U0001f414 out get kicked from the gc \U0001f6aa"}
 ],
 "labels": ["harmful_challenge"], "evasion": True},

{"participants": [{"id": "chloe.v", "role": "child"}, {"id": "anon", "role": "unknown"}],
 "messages": [
  {"sender": "anon", "text": "I dare you to do the 7 day no food challenge, loads of girls on Clipz are doing it"},
  {"sender": "anon", "text": "prove ur not weak. post a pic of ur empty plate every day"},
  {"sender": "chloe.v", "text": "idk I already skip lunch most days"},
  {"sender": "anon", "text": "see ur halfway there. day 1 starts tmrw"},
  {"sender": "chloe.v", "text": "honestly I don't even care if it hurts me. I hate myself, I want to disappear anyway"},
  {"sender": "anon", "text": "good attitude. day 1 tmrw, don't let me down"}
 ],
 "labels": ["harmful_challenge", "self_harm"], "evasion": False},

{"participants": [{"id": "poppy.k", "role": "child"}, {"id": "StarGlass_Admin", "role": "unknown"}],
 "messages": [
  {"sender": "StarGlass_Admin", "text": "Hi Poppy! To keep your Member role after the server update you need to verify your age."},
  {"sender": "poppy.k", "text": "how do I do that"},
  {"sender": "StarGlass_Admin", "text": "Send a selfie holding your passport or school ID card next to your face, plus your date of birth so we can match it."},
  {"sender": "poppy.k", "text": "I've only got my school ID"},
  {"sender": "StarGlass_Admin", "text": "School ID is fine. Also your Pingo email and password so we can link the two accounts."}
 ],
 "labels": ["identity_theft"], "evasion": False},

{"messages": [
  {"sender": "tomtom", "text": "rees you've been quiet all game"},
  {"sender": "reesey", "text": "honestly I'm done. I don't want to be here anymore"},
  {"sender": "Wren", "text": "like in the game or"},
  {"sender": "reesey", "text": "no like at all. everything's rubbish and everyone'd be better off without me"},
  {"sender": "tomtom", "text": "mate that's serious, do you want to talk? I'll ring you after"},
  {"sender": "Wren", "text": "please tell someone at home rees, or I'll get my mum to call yours"}
 ],
 "labels": ["self_harm"], "evasion": False},

{"messages": [
  {"sender": "f3rals", "text": "jemma ur actually the most annoying person in this server"},
  {"sender": "lowkey.lou", "text": "fr no one w\u0430nts u here"},
  {"sender": "f3rals", "text": "k\u0443s"},
  {"sender": "lowkey.lou", "text": "n\u043eb\u043edy w\u043euld miss \u0443\u043eu. g\u043e \u0435nd it"},
  {"sender": "jemma_x", "text": "why are you saying this"},
  {"sender": "f3rals", "text": "\u0443\u043eu h\u0435ard. l\u043eg \u043eff f\u043er g\u043e\u043ed"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

{"participants": [{"id": "leah.b", "role": "child"}, {"id": "alfie", "role": "child"}],
 "messages": [
  {"sender": "alfie", "text": "did u do it yet"},
  {"sender": "leah.b", "text": "I'm nervous"},
  {"sender": "alfie", "text": "u said u would. just one. the private kind. I'll delete it straight after promise"},
  {"sender": "leah.b", "text": "fine. [photo] delete it NOW and don't show anyone"},
  {"sender": "alfie", "text": "deleted \ud83d\ude09"}
 ],
 "labels": ["sexting"], "evasion": False},

{"participants": [{"id": "07700 900855", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900855", "text": "Hi hun \U0001f48b modelling work this wknd in Tarnbridge, \u00a3400 cash + travel paid. Must look young, 15-17 perfect. Bring a friend for extra \u00a3\u00a3\u00a3. Clients like girls who are fun & discreet. No parents, no questions. Reply with ur age + a selfie"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

{"participants": [{"id": "jake.m", "role": "child"}, {"id": "sophia_x21", "role": "unknown"}],
 "messages": [
  {"sender": "sophia_x21", "text": "so about those pics u sent me last night \ud83d\ude08"},
  {"sender": "jake.m", "text": "?? u said u'd delete them"},
  {"sender": "sophia_x21", "text": "I lied. I'm not who u think. I've got ur followers, ur school, ur nan's facebook"},
  {"sender": "sophia_x21", "text": "pay \u00a3300 by midnight or I make a group chat with all of them and post everything"},
  {"sender": "jake.m", "text": "please I'm 16 I can't get that"},
  {"sender": "sophia_x21", "text": "then \u00a3100 now and the rest tomorrow. send it here [link]"}
 ],
 "labels": ["sextortion"], "evasion": False},

{"participants": [{"id": "millie", "role": "child"}, {"id": "connor_x", "role": "child"}],
 "messages": [
  {"sender": "connor_x", "text": "ur so boring since we broke up"},
  {"sender": "millie", "text": "leave me alone connor"},
  {"sender": "connor_x", "text": "send me a new one, the private kind, like before"},
  {"sender": "millie", "text": "no. we're not together anymore"},
  {"sender": "connor_x", "text": "then I'll post the old one in the year 10 chat. ur choice"},
  {"sender": "millie", "text": "please don't"},
  {"sender": "connor_x", "text": "one more pic and I delete it. otherwise it's going out tonight"}
 ],
 "labels": ["sextortion", "sexting"], "evasion": False},

{"messages": [
  {"sender": "unknown_acct", "text": "I know ur gay rory. I've got screenshots of all ur chats with Sam"},
  {"sender": "rory.j", "text": "who is this"},
  {"sender": "unknown_acct", "text": "doesn't matter. give me ur Vortex login and ur email password or I send them to ur dad and the whole year group"},
  {"sender": "rory.j", "text": "please don't, no one knows"},
  {"sender": "unknown_acct", "text": "u've got 1 hour. email + password. then I delete them"}
 ],
 "labels": ["sextortion", "identity_theft"], "evasion": False},

{"participants": [{"id": "07700 900677", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900677", "text": "I have access to your device and recorded a private video of you through your camera. Pay \u00a3500 in Bitcoin to the wallet below within 48 hours or it goes to all your contacts, your school and your family. Tell no one. [link]"}
 ],
 "labels": ["sextortion"], "evasion": False},

{"messages": [
  {"sender": "dropz_bot", "text": "\U0001f525 LEAKED: the private pics of that 14 y/o Clipz dancer from Tarnbridge. full folder here [link] \U0001f525"},
  {"sender": "mel", "text": "ew what is this"},
  {"sender": "dropz_bot", "text": "dm me for the rest, swaps welcome"},
  {"sender": "Mod_Kip", "text": "Deleted, account banned, reported to the platform. Nobody click that."}
 ],
 "labels": ["csam"], "evasion": False},

{"participants": [{"id": "ruby_13", "role": "child"}, {"id": "Gaz_88", "role": "adult"}],
 "messages": [
  {"sender": "Gaz_88", "text": "you're my favourite person to talk to, you know that?"},
  {"sender": "ruby_13", "text": "aw thanks"},
  {"sender": "Gaz_88", "text": "the \u00a330 I sent for your game pass was nothing. I can send more"},
  {"sender": "ruby_13", "text": "really??"},
  {"sender": "Gaz_88", "text": "yeah. you said you share a room with your little sister, she's 9 right? get me pics of her, the private kind. I pay more for those"},
  {"sender": "ruby_13", "text": "why would u want pics of my sister"},
  {"sender": "Gaz_88", "text": "don't ask questions, and don't tell your mum. \u00a350 each. our secret"}
 ],
 "labels": ["csam", "grooming"], "evasion": False},

{"messages": [
  {"sender": "Ty", "text": "someone made one of those AI nudify pics of Jess from 9C \ud83d\udc80 it's going round everywhere"},
  {"sender": "Ben", "text": "send it"},
  {"sender": "Ty", "text": "[photo]"},
  {"sender": "Kaya", "text": "LMAOOO it looks so real"},
  {"sender": "Ben", "text": "saving it, sending to the Y10 chat"},
  {"sender": "Jess", "text": "that's not me, it's fake, PLEASE delete it"},
  {"sender": "Kaya", "text": "too late everyone's seen it, ur famous now \ud83d\ude02"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "tr4der_99", "text": "selling the f0lder, t33n stuff, 13-15, real ones not AI"},
  {"sender": "buyr_x", "text": "how much"},
  {"sender": "tr4der_99", "text": "\u00a320 in St0reC@rd codes. more if u want the yng3r set"},
  {"sender": "buyr_x", "text": "ok sending code now"},
  {"sender": "tr4der_99", "text": "link comes on Kw1k after"}
 ],
 "labels": ["csam"], "evasion": True},

{"participants": [{"id": "kelsie", "role": "child"}, {"id": "Dom_V", "role": "adult"}],
 "messages": [
  {"sender": "Dom_V", "text": "you're too pretty to be stuck in Kelsford with no money"},
  {"sender": "kelsie", "text": "lol tell me about it"},
  {"sender": "Dom_V", "text": "I look after a few girls your age. they get nails, clothes, phones. I just introduce them to my friends and they get paid"},
  {"sender": "kelsie", "text": "paid for what"},
  {"sender": "Dom_V", "text": "keeping my friends company. I sort the taxi and the hotel room, you just turn up"},
  {"sender": "Dom_V", "text": "one rule: your location stays on with me all the time. that's how I keep my girls safe. if it goes off I come looking"},
  {"sender": "kelsie", "text": "I'm 15 is that ok"},
  {"sender": "Dom_V", "text": "even better. don't tell your mum, she'll only get jealous \ud83d\ude09"}
 ],
 "labels": ["sex_trafficking", "grooming", "location_control"], "evasion": False},

{"messages": [
  {"sender": "dj_shadz", "text": "my boy throws parties in Tarnbridge every friday, u n ur mates should come"},
  {"sender": "keeley_x", "text": "how old is everyone"},
  {"sender": "dj_shadz", "text": "older lads mostly, 20s. they'll pay ur train n give u 100 each"},
  {"sender": "amber", "text": "why would they pay us to come to a party"},
  {"sender": "dj_shadz", "text": "cos they like young girls around, u just gotta chill with them n do what they ask. easy money"},
  {"sender": "dj_shadz", "text": "don't say nothing to ur parents, say ur at a sleepover. I'll send the address on Kwik"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

{"messages": [
  {"sender": "Brody", "text": "tonight's dare: chicken on the bypass after school, last one off the road wins"},
  {"sender": "Elias", "text": "that's mad there's lorries"},
  {"sender": "Brody", "text": "that's why it's a dare lol. loser buys chicken shop for everyone"},
  {"sender": "Kayne", "text": "I'll film from the bridge"},
  {"sender": "Suzy", "text": "don't be stupid someone's gonna get hit"},
  {"sender": "Brody", "text": "Suzy ur not invited then. Elias ur first"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "skate_milo", "text": "yooo live from the skatepark!! come say hi, I'm here till 7 [location]"},
  {"sender": "viewer_k", "text": "which skatepark?"},
  {"sender": "skate_milo", "text": "Quarry Park one in Kelsford, by the big ramp. I'm the one in the red helmet lol"},
  {"sender": "dan99", "text": "u look about 12 lol"},
  {"sender": "skate_milo", "text": "13 thank u very much \ud83d\ude24 I'm here every tuesday and thursday after school"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

{"participants": [{"id": "sonny", "role": "child"}, {"id": "Vinnie_G", "role": "adult"}],
 "messages": [
  {"sender": "Vinnie_G", "text": "remember all them skins I bought you? that's like \u00a3200"},
  {"sender": "sonny", "text": "I thought they were gifts"},
  {"sender": "Vinnie_G", "text": "nothing's free little man. you can pay me back easy tho. my cousin's gonna drop a bag at yours, you just keep it under your bed for a week"},
  {"sender": "sonny", "text": "what's in it"},
  {"sender": "Vinnie_G", "text": "don't worry about that. don't open it, don't tell your mum. you're my best mate on here, I trust you"},
  {"sender": "Vinnie_G", "text": "if you say no I'll tell everyone you stole them skins off me"}
 ],
 "labels": ["criminal_exploitation", "grooming"], "evasion": False},

{"participants": [{"id": "harley", "role": "child"}, {"id": "coinbro", "role": "unknown"}],
 "messages": [
  {"sender": "coinbro", "text": "u wanna earn easy? I send 40k Vox coins to ur account tonight"},
  {"sender": "harley", "text": "why"},
  {"sender": "coinbro", "text": "u sell them on the trade market and send the cash to this bank account. keep \u00a350 for urself"},
  {"sender": "harley", "text": "where are the coins from tho"},
  {"sender": "coinbro", "text": "don't worry about it. don't tell ur parents, and if the game asks, say u earned them"}
 ],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "vox_gener4tor", "text": "\U0001f3ae FR33 V0X C01NS g3n3r4t0r \U0001f3ae unlimited, 100% l3git [link]"},
  {"sender": "kieran", "text": "does it work"},
  {"sender": "vox_gener4tor", "text": "ye just 3nt3r ur us3rn@me + p@ssw0rd so we know where to s3nd"},
  {"sender": "vox_gener4tor", "text": "n ur mum's c@rd for the 'hum4n check' (won't b charged)"},
  {"sender": "kieran", "text": "ok done, how long"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": True},

# ---- clean (hard negatives) ----
{"participants": [{"id": "olivia", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "olivia", "text": "mum the bank wants my passport for the junior account thing, can u bring it when u pick me up"},
  {"sender": "mum", "text": "Yes love, it's in the drawer. We'll do it together at the branch on Saturday"},
  {"sender": "olivia", "text": "ok and they said something about proof of address?"},
  {"sender": "mum", "text": "I've got a council tax letter, that'll do"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "rhys", "role": "child"}, {"id": "Nanna Pat", "role": "adult"}],
 "messages": [
  {"sender": "Nanna Pat", "text": "Happy birthday darling! Your mum said to send your money straight to your new account, what's the account number and sort code? x"},
  {"sender": "rhys", "text": "thanks nanna!! hang on I'll ask mum, she's got the card"},
  {"sender": "rhys", "text": "mum says she'll text u it so I don't mess it up lol"},
  {"sender": "Nanna Pat", "text": "Good idea! Love you x"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mae", "text": "if u spoil the finale I will actually kill u"},
  {"sender": "Jude", "text": "my lips are sealed. but episode 8..."},
  {"sender": "Mae", "text": "JUDE I'M WARNING U"},
  {"sender": "Jude", "text": "\ud83d\ude02 fine I'll wait till u've watched it"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "stormz", "text": "pip you missed every shot lol"},
  {"sender": "pip", "text": "my controller's dead ok"},
  {"sender": "axe", "text": "excuses. stick to farm sim"},
  {"sender": "pip", "text": "at least I don't rage quit when I lose like you"},
  {"sender": "stormz", "text": "\ud83d\ude02 he's got a point axe"},
  {"sender": "axe", "text": "rematch. loser buys crisps at break"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "anonymous", "text": "who's ur crush"},
  {"sender": "tilly", "text": "not telling \ud83d\ude02"},
  {"sender": "anonymous", "text": "is it someone in our form"},
  {"sender": "tilly", "text": "no comment"},
  {"sender": "anonymous", "text": "ur so secretive lol"},
  {"sender": "tilly", "text": "that's the point of secrets"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "sglass_fan", "text": "LEAKS!!! the new StarGlass tracklist leaked [link]"},
  {"sender": "nic", "text": "don't spoil it for me I wanna hear it properly on friday"},
  {"sender": "aimee", "text": "track 7 is called 'Delete After Reading' omg"},
  {"sender": "sglass_fan", "text": "it's giving heartbreak era"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "coach_kai", "text": "day 12 of the 100 push-ups a day challenge for charity! \u00a3640 raised for Kelsford Children's Hospice so far"},
  {"sender": "fitfam", "text": "legend!! donated \u00a35"},
  {"sender": "tom_b", "text": "my whole PE class is doing it now"},
  {"sender": "coach_kai", "text": "love that, remember go at your own pace, knees down is fine"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Grace", "text": "my neighbour wants a babysitter friday 7-10, \u00a38 an hour, want to split it?"},
  {"sender": "Hannah", "text": "ye! is it the family with the twins"},
  {"sender": "Grace", "text": "yes, their mum's really nice, my mum knows her from work"},
  {"sender": "Hannah", "text": "I'll ask my mum first but I'm in"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Thornbury Careers", "role": "adult"}, {"id": "sam_17", "role": "child"}],
 "messages": [
  {"sender": "Thornbury Careers", "text": "Hi Sam, thanks for applying for our Engineering Apprenticeship (ages 16-18). Your interview is Tuesday 14th at 2pm at our Tarnbridge site. Parents/guardians are welcome to attend. Please bring a copy of your latest school report."},
  {"sender": "sam_17", "text": "Thank you, is it paid from the start?"},
  {"sender": "Thornbury Careers", "text": "Yes, apprentice wage from day one and college fees covered. Any questions, call our office on 07700 900120."}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Nia", "text": "happy birthday Lacey!!! \U0001f382 I got u a \u00a310 StoreCard gift card, the code's inside ur card"},
  {"sender": "Lacey", "text": "omg thank uuu \ud83d\ude2d"},
  {"sender": "Bea", "text": "mine's the boring one, a book token \ud83d\ude02"},
  {"sender": "Lacey", "text": "I love books stop"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Asha", "text": "I've been feeling really low this week, like everything's grey"},
  {"sender": "Will", "text": "ah mate I'm sorry. is it exams or home stuff?"},
  {"sender": "Asha", "text": "bit of both. I'm not going to do anything stupid, I just feel flat"},
  {"sender": "Will", "text": "ok. want me to come with you to see Ms Okafor tomorrow? or we can just get chips after school"},
  {"sender": "Asha", "text": "chips first lol. maybe Ms O on thursday"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Kira", "text": "DELETE that pic of me from the trip, I look like a potato"},
  {"sender": "Lou", "text": "it's cute tho!!"},
  {"sender": "Kira", "text": "deleeeete it or I'll post ur Year 7 one \ud83d\ude24"},
  {"sender": "Lou", "text": "fine deleted \ud83d\ude02 ur Year 7 hair was iconic tho"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Grandma Pearl", "role": "adult"}, {"id": "Mum", "role": "adult"}, {"id": "Finn", "role": "child"}],
 "messages": [
  {"sender": "Grandma Pearl", "text": "We've landed!! [location]"},
  {"sender": "Mum", "text": "Yay! Safe travels to the hotel x"},
  {"sender": "Finn", "text": "bring me back sweets nan"},
  {"sender": "Grandma Pearl", "text": "Already bought them \ud83d\ude09"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Gamevault", "role": "unknown"}],
 "messages": [
  {"sender": "Gamevault", "text": "Gamevault: 551203 is your verification code. If you didn't request this, ignore this message and change your password in the app."}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mod_Ember", "text": "\u26a0\ufe0f PSA: an account called 'StarGlass_Admin' is DMing people asking for selfies with ID and passwords for 'verification'. That is NOT us. We never ask for ID. Block and report."},
  {"sender": "juno", "text": "thanks for the heads up, telling my friends"},
  {"sender": "pax", "text": "sharing with my sister, she's on here too"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Lisa_T", "role": "adult"}, {"id": "Marco_R", "role": "adult"}],
 "messages": [
  {"sender": "Marco_R", "text": "Is this still available?"},
  {"sender": "Lisa_T", "text": "Yes!"},
  {"sender": "Marco_R", "text": "Can you do \u00a320? I can collect tonight"},
  {"sender": "Lisa_T", "text": "\u00a322 and it's a deal. I'll message the address when you're on your way."},
  {"sender": "Marco_R", "text": "Deal \ud83d\udc4d"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "ivy_sells", "role": "child"}, {"id": "Carla", "role": "adult"}],
 "messages": [
  {"sender": "Carla", "text": "Hi, what size is the green blazer? Does it have the crest on?"},
  {"sender": "ivy_sells", "text": "age 13-14, yes it's got the crest"},
  {"sender": "Carla", "text": "Perfect for my son. Can you post it?"},
  {"sender": "ivy_sells", "text": "yes my dad posts everything, pay through the app and it'll go out monday"},
  {"sender": "Carla", "text": "Paid! Thank you"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "moonie", "text": "3 WEEKS TILL STARGLASS \ud83d\ude2d\ud83d\ude2d"},
  {"sender": "tash_sg", "text": "I've already planned my outfit"},
  {"sender": "bex", "text": "we should all wear glitter, make a group pic"},
  {"sender": "moonie", "text": "meet up in the queue? my mum's taking me and Ana"},
  {"sender": "tash_sg", "text": "yesss I'll be with my big sister"}
 ],
 "labels": [], "evasion": False},
{"messages": [
  {"sender": "anonymous", "text": "how r u really tho"},
  {"sender": "bel.x", "text": "honestly I want to die. I'm so tired of everything and I can't tell anyone at home"}
 ],
 "labels": ["self_harm"], "evasion": False},

{"messages": [
  {"sender": "deshawn", "text": "can I send 800 into ur account tonight, u just send it on to my mate after. keep 50"},
  {"sender": "cole_14", "text": "ye go on, I'll dm u my details"}
 ],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "ragez", "text": "ur dead next round, I'm coming for u"},
  {"sender": "milly_b", "text": "bring it lol, I've got the sniper spot"}
 ],
 "labels": [], "evasion": False}
]
