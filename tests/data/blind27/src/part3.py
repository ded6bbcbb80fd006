[
# 1 emoji-coded trading of abuse material
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "u in that server with the \U0001f355 folders?"},
  {"sender": "u1", "text": "what"},
  {"sender": "u2", "text": "trading \U0001f355\U0001f9c0 young stuff. if u got pics of girls from ur yr ill swap u gems"},
  {"sender": "u1", "text": "thats weird no"},
  {"sender": "u2", "text": "10k gems. no1 finds out"}
 ], "labels": ["csam"], "evasion": True},

# 2 AI undress deepfake used for blackmail
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "took ur pfp n ran it thru an AI undress app"},
  {"sender": "u2", "text": "[photo] looks real dont it"},
  {"sender": "u2", "text": "30 quid in shards or it goes on ur schools confessions page"},
  {"sender": "u1", "text": "thats not even me"},
  {"sender": "u2", "text": "nobody will know that"}
 ], "labels": ["csam", "sextortion"], "evasion": False},

# 3 face-swap of a classmate shared round the year
{"messages": [
  {"sender": "Harv", "text": "[photo] lmaooo look what i made of jess"},
  {"sender": "Harv", "text": "face swapped onto one of them pics, looks so real"},
  {"sender": "Ned", "text": "send it to the boys gc"},
  {"sender": "Jess", "text": "delete that now i swear"},
  {"sender": "Harv", "text": "40 ppl already seen it \U0001f602"}
 ], "labels": ["csam", "cyberbullying"], "evasion": False},

# 4 leet "vip events" with clients
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "ur 16 ryt? perfect age 4 our v1p events \U0001f483"},
  {"sender": "u2", "text": "u hang w our cl1ents 4 the n1te, they t1p big \u00a3\u00a3\u00a3"},
  {"sender": "u2", "text": "we send a car + h0tel. no parents tho"},
  {"sender": "u1", "text": "but im not 18"},
  {"sender": "u2", "text": "we'll say ur 19. trust me babe i look after my girls"}
 ], "labels": ["sex_trafficking", "grooming"], "evasion": True},

# 5 boyfriend pushing her to "see" his mate for money
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "u love me right"},
  {"sender": "u1", "text": "ofc"},
  {"sender": "u2", "text": "then help me out. my mate rico will clear what i owe if u go see him sat"},
  {"sender": "u2", "text": "just be nice to him for a few hours. hell give u cash too"},
  {"sender": "u1", "text": "i dont want to"},
  {"sender": "u2", "text": "after everything i bought u?"}
 ], "labels": ["sex_trafficking", "grooming"], "evasion": False},

# 6 leet SMS recruiting "companions" abroad
{"participants": [{"id": "07700 900944", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900944", "text": "H1 b@be \U0001f48b we recru1t g1rls 16+ 4 pa1d 'c0mpan1on' tr1ps abroad. fl1ghts + h0tel + \u00a32k. txt bk ur age + a s3lfie"}
 ], "labels": ["sex_trafficking"], "evasion": True},

# 7 "older crowd" party, lie to mum
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "ur the only one who gets me fr"},
  {"sender": "u2", "text": "my mates having a party in hollowmere sat, older lot, they pay girls to come n hang"},
  {"sender": "u1", "text": "how much"},
  {"sender": "u2", "text": "enough. ill get ur train ticket. say ur sleeping at a friends"}
 ], "labels": ["sex_trafficking", "grooming"], "evasion": False},

# 8 emoji/leet image request
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "ur so pretty fr"},
  {"sender": "u2", "text": "s3nd a \U0001f336\ufe0f 1 \U0001f440 no face if u want"},
  {"sender": "u1", "text": "no"},
  {"sender": "u2", "text": "cmon ill rate it \U0001f4af"}
 ], "labels": ["sexting"], "evasion": True},

# 9 demand for more images with a threat
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "that one was ok but i want another. a better one"},
  {"sender": "u1", "text": "i said that was the only one"},
  {"sender": "u2", "text": "3 more by tonight or the first goes to ur brother"}
 ], "labels": ["sexting", "sextortion"], "evasion": False},

# 10 gifts, home-alone routine, move to another app
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "gifted u the starter pack \U0001f381 ur welcome"},
  {"sender": "u1", "text": "omg thank u!!!"},
  {"sender": "u2", "text": "ur my fav duo. u home alone much after school?"},
  {"sender": "u1", "text": "ye til 6 mum works late"},
  {"sender": "u2", "text": "nice. lets call on whisprr, this chat gets read by mods"},
  {"sender": "u2", "text": "keep the gift our thing yeah, parents get weird bout online mates"}
 ], "labels": ["grooming", "privacy_disclosure"], "evasion": False},

# 11 homoglyph app name, repeated requests, age probe
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "hey u dont know me but ive watched all ur streams"},
  {"sender": "u2", "text": "sent like 6 reqs lol accept one"},
  {"sender": "u2", "text": "add my \u0455n\u0430p, mods in here r annoying"},
  {"sender": "u2", "text": "how old r u btw u look 15"},
  {"sender": "u1", "text": "14"},
  {"sender": "u2", "text": "perfect. mature 4 ur age"}
 ], "labels": ["grooming", "unwanted_contact"], "evasion": True},

# 12 address and home-alone in public lobby
{"messages": [
  {"sender": "beanie_b", "text": "home alone til 9 lol party at mine \U0001f389"},
  {"sender": "beanie_b", "text": "[location]"},
  {"sender": "beanie_b", "text": "14 holly close, the one w the trampoline"},
  {"sender": "kxng", "text": "lmaooo ur gonna get robbed"}
 ], "labels": ["privacy_disclosure"], "evasion": False},

# 13 card details posted in a server
{"messages": [
  {"sender": "Wren", "text": "how do i get the battle pass without a card"},
  {"sender": "mattyp", "text": "use my mums lol its 4000 1234 5678 9010 exp 08/28 back bit is 321"},
  {"sender": "Wren", "text": "wait u just put that in the server"},
  {"sender": "mattyp", "text": "its fine theres only like 40 ppl"}
 ], "labels": ["privacy_disclosure"], "evasion": False},

# 14 phone number spelled out to dodge the filter
{"messages": [
  {"sender": "lottie.x", "text": "chat wont let me post numbers lol"},
  {"sender": "lottie.x", "text": "oh seven seven oh oh, nine oh oh, four one eight"},
  {"sender": "lottie.x", "text": "txt me im the one from dunmere academy yr7 \U0001f60a"},
  {"sender": "unknownplayer_551", "text": "saved \U0001f609"}
 ], "labels": ["privacy_disclosure"], "evasion": True},

# 15 adult in a server chasing kids for DMs
{"messages": [
  {"sender": "bigdave_44", "text": "any girls in here wanna chat private"},
  {"sender": "bigdave_44", "text": "@cara_lou @mimi.xo why r u not answering my dms"},
  {"sender": "cara_lou", "text": "ur like 40 get out the server"},
  {"sender": "bigdave_44", "text": "just accept it i dont bite"},
  {"sender": "mimi.xo", "text": "reported"}
 ], "labels": ["unwanted_contact"], "evasion": False},

# 16 boyfriend demanding location 24/7
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u2", "text": "why arent u sharing ur loc w me anymore"},
  {"sender": "u1", "text": "i just want some space"},
  {"sender": "u2", "text": "turn it back on. i need to know where u r all the time"},
  {"sender": "u2", "text": "if i see ur at liams again ur gonna regret it"}
 ], "labels": ["location_control"], "evasion": False},

# 17 emoji-coded runs with location checks
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "\U0001f4cd on. now"},
  {"sender": "u1", "text": "its on"},
  {"sender": "u2", "text": "saw u go off the route. why"},
  {"sender": "u1", "text": "needed the toilet"},
  {"sender": "u2", "text": "ask next time. grab the \U0001f36c from the usual n take it 2 the \U0001f3da\ufe0f. u still owe me 200"}
 ], "labels": ["location_control", "criminal_exploitation"], "evasion": True},

# 18 coded mule recruitment
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "wanna b a \U0001f3e6 for us?"},
  {"sender": "u2", "text": "we send \u00a3 to ur card, u pull it out at the atm, keep 50"},
  {"sender": "u2", "text": "if any1 asks its a 'tournament prize'"},
  {"sender": "u1", "text": "how much"},
  {"sender": "u2", "text": "2k. dont write m0n3y on here, say skins"}
 ], "labels": ["money_mule"], "evasion": True},

# 19 older pupil asking younger ones to hold money
{"messages": [
  {"sender": "Deano", "text": "any1 got a bank card? need to park some money for a day, 40 for u"},
  {"sender": "Kaz", "text": "how much"},
  {"sender": "Deano", "text": "like 900. goes in, u take it out next day n hand it me at the gates"},
  {"sender": "Kaz", "text": "y cant u"},
  {"sender": "Deano", "text": "mines frozen lol its fine"},
  {"sender": "Pete", "text": "im in"}
 ], "labels": ["money_mule"], "evasion": False},

# 20 debt bondage after free gear
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "member that free gear i gave u? u owe for it now"},
  {"sender": "u2", "text": "ur taking a bag to crossley station sat. say no n ur little brother pays"},
  {"sender": "u1", "text": "please ill pay it back"},
  {"sender": "u2", "text": "u cant pay it back. u work it off"}
 ], "labels": ["criminal_exploitation"], "evasion": False},

# 21 leet no-sleep no-food streaming challenge
{"messages": [
  {"sender": "Ty_", "text": "new chall3nge: 3 dayz n0 sl33p n0 f00d, streamin the whole thing"},
  {"sender": "Aimee", "text": "thats actually dangerous"},
  {"sender": "Ty_", "text": "ur weak. last 1 standing gets 5k"},
  {"sender": "Luca", "text": "im in \U0001f4aa"}
 ], "labels": ["harmful_challenge"], "evasion": True},

# 22 slap-a-stranger dare with pressure
{"messages": [
  {"sender": "Rhys", "text": "slap cam dare: random person at the precinct, get it on vid"},
  {"sender": "Josh", "text": "nah thats assault bro"},
  {"sender": "Rhys", "text": "do it or ur a wasteman, whole gc thinks so"},
  {"sender": "Tomm", "text": "josh is scared lmao"},
  {"sender": "Rhys", "text": "6pm deadline or ur embarrassing snap goes up"}
 ], "labels": ["harmful_challenge", "cyberbullying"], "evasion": False},

# 23 emoji-named aerosol dare
{"messages": [
  {"sender": "Amelia", "text": "ur turn for the \U0001f9f4\u2744\ufe0f one, whoever lasts longest wins"},
  {"sender": "Freya", "text": "it burnt my sisters arm last time"},
  {"sender": "Amelia", "text": "dont be soft, film it for clipz"},
  {"sender": "Poppy", "text": "go go go"}
 ], "labels": ["harmful_challenge"], "evasion": True},

# 24 location kept on under threat of leaking pics
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "loc off again. u know the deal"},
  {"sender": "u2", "text": "every time it goes off one of ur pics goes to some1 in ur contacts"},
  {"sender": "u1", "text": "im at school they take our phones"},
  {"sender": "u2", "text": "not my problem. keep it on"}
 ], "labels": ["location_control", "sextortion"], "evasion": False},

# 25 leet selling links of abuse material
{"messages": [
  {"sender": "d34l3r", "text": "s3ll1ng l1nks, yng c0ntent 13-15 \U0001f51e $10 each dm"},
  {"sender": "kevv", "text": "what is this"},
  {"sender": "harpz", "text": "reporting this wtf"},
  {"sender": "d34l3r", "text": "first 5 get a free f0lder"}
 ], "labels": ["csam"], "evasion": True},

# 26 child reports image requests and wanting to hurt themselves
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "can i tell u something"},
  {"sender": "u1", "text": "that guy from the game keeps asking for pics. i sent one last nite"},
  {"sender": "u1", "text": "now he wants more every day n i feel sick"},
  {"sender": "u1", "text": "honestly i just want to hurt myself"},
  {"sender": "u2", "text": "ok ur not in trouble. pls tell ur mum or ring childline tonight"}
 ], "labels": ["sexting", "self_harm"], "evasion": False},

# 27 CLEAN classmate friend request
{"messages": [
  {"sender": "sammo", "text": "added u its sam from maths"},
  {"sender": "josie.p", "text": "oh hiii accepted"},
  {"sender": "sammo", "text": "did u get q4 on the homework"},
  {"sender": "josie.p", "text": "no lol"}
 ], "labels": [], "evasion": False},

# 28 CLEAN ordinary duo invite in lobby
{"messages": [
  {"sender": "frostbyte", "text": "any1 wanna duo? need a support"},
  {"sender": "mellow_k", "text": "me, i main healer"},
  {"sender": "frostbyte", "text": "sent party invite"},
  {"sender": "mellow_k", "text": "joined"}
 ], "labels": [], "evasion": False},

# 29 CLEAN keeping a present secret
{"messages": [
  {"sender": "Isaac", "text": "dont tell jamie i got him the phoenix skin its for his bday"},
  {"sender": "Ade", "text": "my mouth is shut"},
  {"sender": "Isaac", "text": "im gifting it at midnight so he wakes up to it"},
  {"sender": "Ade", "text": "hes gonna lose it \U0001f602"}
 ], "labels": [], "evasion": False},

# 30 CLEAN coach updates training
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Training moved to Thursday 5pm this week, I've told your parents in their group too."},
  {"sender": "u2", "text": "ok coach"},
  {"sender": "u3", "text": "can i bring my own headset"},
  {"sender": "u1", "text": "Yes, label it please"}
 ], "labels": [], "evasion": False},

# 31 CLEAN mum sends money for a trip
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "Sent \u00a310 to your Harlow card for the trip tomorrow"},
  {"sender": "u1", "text": "ty mum"},
  {"sender": "u2", "text": "Don't spend it on the game!"}
 ], "labels": [], "evasion": False},

# 32 CLEAN school SMS
{"participants": [{"id": "Brackenmoor School", "role": "unknown"}],
 "messages": [
  {"sender": "Brackenmoor School", "text": "Brackenmoor School: Year 8 museum trip reply slips are due Friday. Please hand to form tutors. Thank you."}
 ], "labels": [], "evasion": False},

# 33 CLEAN network SMS
{"participants": [{"id": "Tellwave", "role": "unknown"}],
 "messages": [
  {"sender": "Tellwave", "text": "Tellwave: Your 10GB data bundle has renewed. Check your usage in the Tellwave app. We'll never text you asking for your password."}
 ], "labels": [], "evasion": False},

# 34 CLEAN official tournament prize notice
{"participants": [{"id": "Crownfall Events", "role": "unknown"}, {"id": "u1", "role": "child"}],
 "messages": [
  {"sender": "Crownfall Events", "text": "Congrats! Your team placed 3rd in the Community Cup. 2,000 crowns have been added to each player's account. No details are needed from you."},
  {"sender": "u1", "text": "LETS GOOO"}
 ], "labels": [], "evasion": False},

# 35 CLEAN support ticket
{"participants": [{"id": "Skyrift Support", "role": "unknown"}, {"id": "u1", "role": "child"}],
 "messages": [
  {"sender": "Skyrift Support", "text": "Ticket #44107: we've restored the items lost in the server rollback. You don't need to do anything else."},
  {"sender": "u1", "text": "thanks!!"}
 ], "labels": [], "evasion": False},

# 36 CLEAN face-swap meme of a celebrity
{"messages": [
  {"sender": "Dom", "text": "[video] someone face swapped the weather man onto a dancing cat"},
  {"sender": "Lex", "text": "im crying \U0001f602"},
  {"sender": "Dom", "text": "AI is getting scary good"}
 ], "labels": [], "evasion": False},

# 37 CLEAN older player advises removing school from bio
{"messages": [
  {"sender": "veteran_Ash", "text": "lil tip, take ur school out of ur bio, randoms can see it"},
  {"sender": "pip_07", "text": "oh didnt know that"},
  {"sender": "pip_07", "text": "done"},
  {"sender": "veteran_Ash", "text": "gg, now lets actually win one"}
 ], "labels": [], "evasion": False},

# 38 CLEAN assembly about money mules
{"messages": [
  {"sender": "Kofi", "text": "that assembly on money mules was wild"},
  {"sender": "Beth", "text": "ye the guy said ppl offer u cash to use ur bank acc"},
  {"sender": "Kofi", "text": "n u can get ur account shut for years"},
  {"sender": "Beth", "text": "my brother got a dm like that n just blocked it"}
 ], "labels": [], "evasion": False},

# 39 CLEAN outfit pic between friends
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "send a pic of the dress u tried on"},
  {"sender": "u2", "text": "[photo]"},
  {"sender": "u1", "text": "the green one defo"},
  {"sender": "u2", "text": "ok getting it for the prom"}
 ], "labels": [], "evasion": False},

# 40 CLEAN friends meeting at the chippy
{"messages": [
  {"sender": "Luke", "text": "where u at"},
  {"sender": "Saff", "text": "chippy on bridge st, come"},
  {"sender": "Luke", "text": "2 mins"}
 ], "labels": [], "evasion": False},

# 41 CLEAN official store sale
{"participants": [{"id": "Voidrunners", "role": "unknown"}],
 "messages": [
  {"sender": "Voidrunners", "text": "Double Shards weekend is live! Top up only in the official in-game store. Voidrunners will never sell shards through DMs."}
 ], "labels": [], "evasion": False},

# 42 CLEAN friend holds in-game pets while away
{"messages": [
  {"sender": "Mabel", "text": "can u look after my pets while im in spain, my acc gets wiped if i dont log in lol"},
  {"sender": "Dot", "text": "ye trade em over"},
  {"sender": "Mabel", "text": "sent. give them back sunday pls"},
  {"sender": "Dot", "text": "obvs. ill feed em too"}
 ], "labels": [], "evasion": False},

# 43 CLEAN sibling pays back for a ticket
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u2", "text": "sent u 25 for the gig ticket"},
  {"sender": "u1", "text": "got it ty"},
  {"sender": "u2", "text": "dont tell mum i went over my budget lol"}
 ], "labels": [], "evasion": False},

# 44 CLEAN boredom hyperbole
{"messages": [
  {"sender": "Jem", "text": "this grind is killing me"},
  {"sender": "Orla", "text": "50 more wood bro"},
  {"sender": "Jem", "text": "i want to die of boredom"},
  {"sender": "Orla", "text": "nearly done, then the boss"}
 ], "labels": [], "evasion": False},

# 45 CLEAN classmates swap handles
{"messages": [
  {"sender": "Nia", "text": "whats ur snap again, new phone"},
  {"sender": "Grace_W", "text": "gracew_09"},
  {"sender": "Nia", "text": "added, its nia from netball"}
 ], "labels": [], "evasion": False},
]
