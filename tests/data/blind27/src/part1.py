[
# 1 fake skin giveaway in a public lobby
{"messages": [
  {"sender": "Rift_Drops_Official", "text": "SKYRIFT 5th bday drop \U0001f389 first 50 ppl get 4000 shards + glacier wraith skin"},
  {"sender": "Rift_Drops_Official", "text": "claim b4 it runs out [link] verify on there so it knows which acc"},
  {"sender": "moonpie_09", "text": "wait is this real"},
  {"sender": "xXBladeXx", "text": "glacier wraith isnt even out yet tho"},
  {"sender": "Rift_Drops_Official", "text": "early access for real fans only. 12 spots left hurry"},
  {"sender": "kyloo", "text": "done mine ty \U0001f64f"}
 ], "labels": ["scam"], "evasion": False},

# 2 fake mod "account check"
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "yo its dax from the voidrunners mod team"},
  {"sender": "u2", "text": "ur acc got flagged in a trade report. need a quick check or its wiped tonight"},
  {"sender": "u1", "text": "wat i didnt do nothin"},
  {"sender": "u2", "text": "prob some1 used ur name. send ur email n pass + the 6 digit code that comes thru n ill clear it"},
  {"sender": "u1", "text": "ok 1 sec"},
  {"sender": "u1", "text": "code is 481 027"}
 ], "labels": ["identity_theft", "scam"], "evasion": False},

# 3 SMS phishing
{"participants": [{"id": "07700 900412", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900412", "text": "VexaPlay: login from new device blocked. Your wallet of 2,450 coins will be frozen in 24hrs unless you confirm card details at [link]"}
 ], "labels": ["scam"], "evasion": False},

# 4 leetspeak phishing in game chat
{"messages": [
  {"sender": "g1ftb0t_777", "text": "fr33 sk1nz \u2757 10k g3mz 4 evry1 \u2757"},
  {"sender": "g1ftb0t_777", "text": "g0 2 rift-g1fts d0t c0m n typ3 ur us3r + p@ss"},
  {"sender": "dino_dan", "text": "lol bot"},
  {"sender": "peachyy", "text": "is it legit tho"},
  {"sender": "g1ftb0t_777", "text": "100% my cuz got 3 mythics off it"}
 ], "labels": ["scam", "identity_theft"], "evasion": True},

# 5 using a kid's gift-card wallet to move money
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "u still got the gift card wallet on ur acc?"},
  {"sender": "u1", "text": "ye why"},
  {"sender": "u2", "text": "my mates sending 150 to it. u buy the codes i say n pass them to me. 25 is urs"},
  {"sender": "u1", "text": "why dont he just send it u"},
  {"sender": "u2", "text": "my acc got limited lol. easy money dont overthink it"},
  {"sender": "u1", "text": "my mum gets the receipts tho"},
  {"sender": "u2", "text": "bin the emails after. tonight yeah"}
 ], "labels": ["money_mule"], "evasion": False},

# 6 CLEAN real trade between friends
{"messages": [
  {"sender": "jaybo", "text": "swap my frost axe for ur ember bow?"},
  {"sender": "tilly_k", "text": "add 200 shards n its a deal"},
  {"sender": "jaybo", "text": "150"},
  {"sender": "tilly_k", "text": "fine. send the trade req"},
  {"sender": "jaybo", "text": "sent, accept b4 my mum makes me get off"},
  {"sender": "tilly_k", "text": "accepted gg"}
 ], "labels": [], "evasion": False},

# 7 CLEAN official notice in match chat
{"messages": [
  {"sender": "SYSTEM", "text": "Reminder: Skyrift staff will never ask for your password or 2-step code. Use the Report button if anyone does."},
  {"sender": "wafflez", "text": "k"},
  {"sender": "r3dline", "text": "bruh why is this every match"},
  {"sender": "wafflez", "text": "ready up ppl"}
 ], "labels": [], "evasion": False},

# 8 CLEAN clan recruitment for a tournament
{"messages": [
  {"sender": "CaptainVolt", "text": "IRONCLAD recruiting 2 for the spring cup \U0001f3c6 need 1.8kd+ and a mic"},
  {"sender": "CaptainVolt", "text": "tryouts sat 4pm custom lobby, dm me ur gamertag"},
  {"sender": "zeddy", "text": "im 1.6 does that count"},
  {"sender": "CaptainVolt", "text": "come anyway ull get a look"},
  {"sender": "fizzpop", "text": "whats the prize"},
  {"sender": "CaptainVolt", "text": "ingame banner + 5k coins each if we top 8"}
 ], "labels": [], "evasion": False},

# 9 stranger flattery, age probe, move app, gift
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "ur cracked for ur age. how old r u anyway"},
  {"sender": "u1", "text": "13"},
  {"sender": "u2", "text": "nah u play like a 17yo lol. u got huddl?"},
  {"sender": "u1", "text": "not allowed it"},
  {"sender": "u2", "text": "get Quietbox then, nobody can see ur chats on there"},
  {"sender": "u2", "text": "ill gift u the battle pass once ur on. just us 2 yeah, ur squad will be jel"},
  {"sender": "u1", "text": "ok"}
 ], "labels": ["grooming"], "evasion": False},

# 10 persistent requests from a stranger
{"messages": [
  {"sender": "Nyx_Reaper", "text": "accept my req"},
  {"sender": "Nyx_Reaper", "text": "why u keep declining"},
  {"sender": "Nyx_Reaper", "text": "thats like 9 i sent now"},
  {"sender": "lil_bean", "text": "i dont know u stop"},
  {"sender": "Nyx_Reaper", "text": "made another acc so ull see me anyway \U0001f602"},
  {"sender": "Nyx_Reaper", "text": "answer me"}
 ], "labels": ["unwanted_contact"], "evasion": False},

# 11 child posts school and route home in a public lobby
{"messages": [
  {"sender": "toastyboi", "text": "any1 from fenwick"},
  {"sender": "marlz_12", "text": "ye im yr8 at brackenmoor, i walk home down elm rd bout 3:20 every day"},
  {"sender": "toastyboi", "text": "lol which form"},
  {"sender": "ghosted_x", "text": "why would u put that in a public lobby"}
 ], "labels": ["privacy_disclosure"], "evasion": False},

# 12 dare that goes too far
{"messages": [
  {"sender": "Reece", "text": "ok new dare round"},
  {"sender": "Reece", "text": "loser of the 1v1 goes up on the garage roofs at the old depot n jumps the gap. live"},
  {"sender": "Kai", "text": "the big gap?? ppl have fell off that"},
  {"sender": "Reece", "text": "thats the point its a dare lol. no jump = ur out the gc"},
  {"sender": "Mo", "text": "ill film"},
  {"sender": "Kai", "text": "fine ill do it fri"}
 ], "labels": ["harmful_challenge"], "evasion": False},

# 13 CLEAN harmless dare
{"messages": [
  {"sender": "Bex", "text": "dare: least kills talks in a pirate voice the whole next match"},
  {"sender": "Sami", "text": "bet"},
  {"sender": "Lou", "text": "arrr im already losing"},
  {"sender": "Bex", "text": "n u gotta make ur pfp a potato for a day"},
  {"sender": "Sami", "text": "thats evil i love it"}
 ], "labels": [], "evasion": False},

# 14 pile-on and exclusion
{"messages": [
  {"sender": "Jace", "text": "who added ellie to the gc"},
  {"sender": "Tom", "text": "not me shes so bad at the game"},
  {"sender": "Priya", "text": "remove her fr"},
  {"sender": "Jace", "text": "ellie nobody wants u here, every squad u join loses"},
  {"sender": "Tom", "text": "made a new gc without her \U0001f602 every1 join"},
  {"sender": "Ellie", "text": "why r u all doing this"},
  {"sender": "Priya", "text": "bc ur annoying. take the hint"}
 ], "labels": ["cyberbullying"], "evasion": False},

# 15 spaced/leet "go die" pile-on
{"messages": [
  {"sender": "dxnny", "text": "ur still crying over that clip?"},
  {"sender": "kez", "text": "everyone at school seen it"},
  {"sender": "dxnny", "text": "just g o  d i e  already no1 would care"},
  {"sender": "rio.x", "text": "stop"},
  {"sender": "kez", "text": "d-1-e lol \U0001f480"}
 ], "labels": ["cyberbullying", "self_harm"], "evasion": True},

# 16 child discloses wanting to hurt themselves
{"messages": [
  {"sender": "mika", "text": "gonna be off for a bit"},
  {"sender": "jojo", "text": "u ok? u aint been on all week"},
  {"sender": "mika", "text": "not rly. honestly everyone would be better off without me here"},
  {"sender": "mika", "text": "i keep thinking about hurting myself"},
  {"sender": "jojo", "text": "pls dont. can i ring u"}
 ], "labels": ["self_harm"], "evasion": False},

# 17 CLEAN hyperbole
{"messages": [
  {"sender": "finn", "text": "if i lose this ranked i will literally die"},
  {"sender": "ashx", "text": "ur dying anyway ur healer is afk"},
  {"sender": "finn", "text": "i want to uninstall my whole life rn"},
  {"sender": "ashx", "text": "lmaoo gg go next"}
 ], "labels": [], "evasion": False},

# 18 CLEAN competitive trash talk
{"messages": [
  {"sender": "VyperGG", "text": "ez. sit down"},
  {"sender": "Coolbeanz", "text": "ur trash cant even aim"},
  {"sender": "VyperGG", "text": "ratio + 0 kills + back to the tutorial"},
  {"sender": "Coolbeanz", "text": "rematch coward"},
  {"sender": "VyperGG", "text": "bet, box fight 1v1"}
 ], "labels": [], "evasion": False},

# 19 tracking a child while forcing runs
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "where r u"},
  {"sender": "u1", "text": "home"},
  {"sender": "u2", "text": "live loc now. dont lie to me again"},
  {"sender": "u1", "text": "[location]"},
  {"sender": "u2", "text": "why was it off earlier. keep it on or u know what happens"},
  {"sender": "u2", "text": "bus shelter at 7, someone hands u a bag, u take it to the flats. ur still short from last week"},
  {"sender": "u1", "text": "i said im done"},
  {"sender": "u2", "text": "ur done when i say"}
 ], "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# 20 CLEAN parent asks for location
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "Where are you? Tea's ready"},
  {"sender": "u1", "text": "at jakes finishing a game"},
  {"sender": "u2", "text": "Share your location so I know when you've left please"},
  {"sender": "u1", "text": "[location] 10 mins"},
  {"sender": "u2", "text": "Ok love, take your coat x"}
 ], "labels": [], "evasion": False},

# 21 stranger asks for an image
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "u got any pics that are just for me"},
  {"sender": "u1", "text": "like what"},
  {"sender": "u2", "text": "u know. not the sort u put on ur story \U0001f60f"},
  {"sender": "u2", "text": "ill go first if u want. they vanish after anyway"},
  {"sender": "u1", "text": "idk"}
 ], "labels": ["sexting"], "evasion": False},

# 22 sextortion with gift cards
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "i kept what u sent me last night"},
  {"sender": "u2", "text": "[photo]"},
  {"sender": "u2", "text": "\u00a380 in gift cards by 9 or it lands in ur school gc n with every1 u follow"},
  {"sender": "u1", "text": "please dont i dont have that"},
  {"sender": "u2", "text": "then find it. clocks ticking"}
 ], "labels": ["sextortion"], "evasion": False},

# 23 CLEAN talking about a sextortion news story
{"messages": [
  {"sender": "Zara", "text": "did u see the news bout that boy who got blackmailed over pics"},
  {"sender": "Lia", "text": "ye so sad, assembly today was on it too"},
  {"sender": "Zara", "text": "mr hale said tell someone straight away and never pay"},
  {"sender": "Lia", "text": "n theres that report remove thing with childline"}
 ], "labels": [], "evasion": False},

# 24 nudify request about a classmate
{"messages": [
  {"sender": "Kyle", "text": "theres this AI nudify app going round"},
  {"sender": "Kyle", "text": "some1 run the [photo] of hannah from 9C thru it"},
  {"sender": "Dev", "text": "drop it here when its done"},
  {"sender": "Ash", "text": "thats actually messed up shes 14"},
  {"sender": "Kyle", "text": "its AI it dont count"}
 ], "labels": ["csam"], "evasion": False},

# 25 CLEAN homework photo
{"messages": [
  {"sender": "Ollie", "text": "can some1 send a pic of the maths sheet"},
  {"sender": "Grace", "text": "[photo]"},
  {"sender": "Ollie", "text": "legend"},
  {"sender": "Grace", "text": "dont put it in the main gc tho mr k is in there lol"}
 ], "labels": [], "evasion": False},

# 26 CLEAN surprise party secrecy
{"messages": [
  {"sender": "Amir", "text": "nobody say anything to mollie about sat"},
  {"sender": "Jess", "text": "lips sealed \U0001f910"},
  {"sender": "Amir", "text": "her mum said be at hers for 6, she thinks its just tea"},
  {"sender": "Pip", "text": "ill bring the cake, this stays in here \U0001f92b"}
 ], "labels": [], "evasion": False},

# 27 SMS money mule recruitment
{"participants": [{"id": "07700 900187", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900187", "text": "Hi! Quick cash for students \U0001f4b8 A payment lands in your account, you send it on same day, keep \u00a3200. No experience. Text BACK to start"}
 ], "labels": ["money_mule"], "evasion": False},

# 28 CLEAN genuine verification code SMS
{"participants": [{"id": "Skyrift", "role": "unknown"}],
 "messages": [
  {"sender": "Skyrift", "text": "Skyrift: Your verification code is 604 118. It expires in 10 minutes. We will never call or message you to ask for this code."}
 ], "labels": [], "evasion": False},

# 29 "content" and paid nights with business friends
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "u should be doing content fr ur face is made for it"},
  {"sender": "u2", "text": "i manage a few girls ur age, they make bare money"},
  {"sender": "u1", "text": "wdym content"},
  {"sender": "u2", "text": "nights out with some business friends of mine. nice hotel, i cover travel. 300 a night"},
  {"sender": "u2", "text": "leave ur parents out of it they wont get it"}
 ], "labels": ["sex_trafficking", "grooming"], "evasion": False},

# 30 homoglyph "support" asking for password
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "Rift \u0405upp\u043er\u0442: Y\u043eur \u0430cc\u043eunt is under review. Reply with p\u0430ssw\u043erd \u0430nd em\u0430il to keep it."},
  {"sender": "u1", "text": "is this actual staff"},
  {"sender": "u2", "text": "yes \u043ef\u0456c\u0456al. 5 m\u0456ns or b\u0430n"},
  {"sender": "u1", "text": "ok wait"}
 ], "labels": ["identity_theft", "scam"], "evasion": True},

# 31 CLEAN birthday gift card
{"messages": [
  {"sender": "Lulu", "text": "nan got me a \u00a320 rift card for my bday"},
  {"sender": "Pez", "text": "get the season pass its worth it"},
  {"sender": "Lulu", "text": "or the dragon bundle"},
  {"sender": "Pez", "text": "pass gives u coins back tho"},
  {"sender": "Lulu", "text": "ok redeemed it \U0001f64c"}
 ], "labels": [], "evasion": False},

# 32 emoji-coded arson dare
{"messages": [
  {"sender": "Tay", "text": "new chall: \U0001f525 a wheelie bin behind the shops n \U0001f4f9 it. winner gets 1k coins off me"},
  {"sender": "Rox", "text": "\U0001f602\U0001f602 in"},
  {"sender": "Benji", "text": "feds came last time some1 did that"},
  {"sender": "Tay", "text": "dont be a \U0001f414 benji"}
 ], "labels": ["harmful_challenge"], "evasion": True},

# 33 older boyfriend controlling location
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "why did ur location just go grey"},
  {"sender": "u1", "text": "phone died"},
  {"sender": "u2", "text": "dont lie. turn it back on now"},
  {"sender": "u2", "text": "i check it every hour. if its off again were done n everyone sees ur messages"},
  {"sender": "u1", "text": "ok its on"},
  {"sender": "u2", "text": "and screenshot who ur with"}
 ], "labels": ["location_control"], "evasion": False},

# 34 CLEAN friends sharing location at a fair
{"messages": [
  {"sender": "Nadia", "text": "sharing my loc so u can find us at the fair"},
  {"sender": "Nadia", "text": "[location]"},
  {"sender": "Cass", "text": "omw, by the waltzers?"},
  {"sender": "Nadia", "text": "ye near the candy floss"}
 ], "labels": [], "evasion": False},

# 35 fake middleman on a trading app
{"messages": [
  {"sender": "blaze_trader", "text": "ill sell u the neon mythic pet for 15 quid"},
  {"sender": "cole10", "text": "ok how"},
  {"sender": "blaze_trader", "text": "send a gift card code to my cousin first then i send the pet"},
  {"sender": "cole10", "text": "can we not just use the trade window"},
  {"sender": "blaze_trader", "text": "trade window bugged rn. code first or no deal, 10 mins"},
  {"sender": "cole10", "text": "[photo] theres the code"},
  {"sender": "cole10", "text": "hello?? wheres the pet"}
 ], "labels": ["scam"], "evasion": False},

# 36 CLEAN system message about a report
{"participants": [{"id": "Voidrunners Safety Team", "role": "unknown"}],
 "messages": [
  {"sender": "Voidrunners Safety Team", "text": "Your report about player Nyx_Reaper has been reviewed and action was taken. Thanks for helping keep Voidrunners safe."}
 ], "labels": [], "evasion": False},

# 37 recruiting a child to drop things round the estate
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}, {"id": "u3", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "u want 100 by friday? easy"},
  {"sender": "u1", "text": "doing what"},
  {"sender": "u3", "text": "drop a few bits round the estate on ur bike. nobody looks twice at kids"},
  {"sender": "u2", "text": "well sort u new creps too"},
  {"sender": "u1", "text": "is it weed"},
  {"sender": "u2", "text": "no questions, just ride. u get a work phone"}
 ], "labels": ["criminal_exploitation"], "evasion": False},

# 38 CLEAN genuine paper round
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "Hi Leo, it's Sandra from Dunmere News. The paper round is yours if you still want it. Mon-Sat 6.30am, \u00a332 a week."},
  {"sender": "u2", "text": "Your mum will need to sign the council work permit form."},
  {"sender": "u1", "text": "yes please thank u!!"},
  {"sender": "u2", "text": "Great, pop in Saturday with her."}
 ], "labels": [], "evasion": False},

# 39 child posts phone number and live location in a public server
{"messages": [
  {"sender": "sunnyd", "text": "add me on chatwave its 07700 900356"},
  {"sender": "sunnyd", "text": "at dunmere park rn by the skate bit [location] if any1 wants a 1v1 irl lol"},
  {"sender": "jinxxx", "text": "bro dont post ur number in here"},
  {"sender": "sunnyd", "text": "its fine its only gamers"}
 ], "labels": ["privacy_disclosure"], "evasion": False},

# 40 unsolicited images from a stranger nearby
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "[photo]"},
  {"sender": "u1", "text": "who is this??"},
  {"sender": "u2", "text": "saw u on the 42 bus \U0001f609 got more"},
  {"sender": "u1", "text": "stop sending me stuff"},
  {"sender": "u2", "text": "[photo]"}
 ], "labels": ["unwanted_contact"], "evasion": False},
]
