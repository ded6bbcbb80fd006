[
# 1 Blocktopia game chat, patient older player, leetspeak secrecy + move to private app
{"participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
 "messages": [
  {"sender": "p2", "text": "gg that obby was brutal lol"},
  {"sender": "p1", "text": "ikr i fell in the lava like 40 times"},
  {"sender": "p2", "text": "ur actually good tho most ppl rage quit at the spinny bit"},
  {"sender": "p1", "text": "thx"},
  {"sender": "p1", "text": "wanna do the tower one"},
  {"sender": "p2", "text": "ye go on. ill carry u on the last floor"},
  {"sender": "p2", "text": "[voice note]"},
  {"sender": "p1", "text": "cant hear vc my mum turned it off on my acc"},
  {"sender": "p2", "text": "np np typing is fine"},
  {"sender": "p2", "text": "how old r u btw u type well"},
  {"sender": "p1", "text": "11 but 12 in june"},
  {"sender": "p2", "text": "ah sick. u seem older honestly"},
  {"sender": "p1", "text": "lol"},
  {"sender": "p2", "text": "check ur inventory"},
  {"sender": "p1", "text": "WAIT u sent me 800 bux??"},
  {"sender": "p1", "text": "omg thank u sm"},
  {"sender": "p2", "text": "ur my fav person to play with dont even worry"},
  {"sender": "p1", "text": "u on tmrw?"},
  {"sender": "p2", "text": "always for u"},
  {"sender": "p2", "text": "ur mum still read ur chats?"},
  {"sender": "p1", "text": "sometimes on sundays"},
  {"sender": "p2", "text": "d0nt t3ll h3r ab0ut th3 bux ok. sh3ll th1nk u w3r3 b3gg1ng n b4n u"},
  {"sender": "p2", "text": "b3tt3r w3 t4lk 0n wh1spr, n0 1 ch3cks th3r3"},
  {"sender": "p1", "text": "whats whispr"},
  {"sender": "p2", "text": "just an app. ill send u the l1nk. our th1ng ok \U0001F92B"}
 ],
 "labels": ["grooming"], "evasion": True},

# 2 squad chat in a battle-royale game, coaching turns into school + bus stop + meeting
{"messages": [
  {"sender": "Kaz_Reaper", "text": "nice clutch kid"},
  {"sender": "minty_mo", "text": "tyyy"},
  {"sender": "Kaz_Reaper", "text": "ur building is mad for ur age"},
  {"sender": "minty_mo", "text": "i practise in creative every night lol"},
  {"sender": "Kaz_Reaper", "text": "it shows. u wanna duo for the cup sat"},
  {"sender": "minty_mo", "text": "yh defo"},
  {"sender": "Kaz_Reaper", "text": "ur mic is crackly btw"},
  {"sender": "minty_mo", "text": "its a rubbish one from the market"},
  {"sender": "Kaz_Reaper", "text": "i got a spare pro headset i never use. could give u it"},
  {"sender": "minty_mo", "text": "no way fr??"},
  {"sender": "Kaz_Reaper", "text": "ye. what school u at, bet its near me"},
  {"sender": "minty_mo", "text": "fernhill academy yr 7"},
  {"sender": "Kaz_Reaper", "text": "haha knew it. which way do u walk home"},
  {"sender": "minty_mo", "text": "i get the 14 from the stop outside the bakery about 3 25"},
  {"sender": "minty_mo", "text": "on my own on wednesdays cos my brother has footy"},
  {"sender": "Kaz_Reaper", "text": "perfect i drive past there wednesdays. ill drop the headset off"},
  {"sender": "Kaz_Reaper", "text": "dont mention it to ur brother tho hed want one too"},
  {"sender": "minty_mo", "text": "ok"}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

# 3 photo-sharing app DMs to 15yo boy: friendly, image request, then threat
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "heyy saw u on ellis's story, ur the one who does the skate vids?"},
  {"sender": "u1", "text": "ye lol"},
  {"sender": "u2", "text": "they're actually sick. im lana, 16, from kelthorpe"},
  {"sender": "u1", "text": "oh nice ive been to the skatepark there"},
  {"sender": "u2", "text": "no wayyy we might of seen each other"},
  {"sender": "u2", "text": "what r u up to"},
  {"sender": "u1", "text": "nothing just in my room"},
  {"sender": "u2", "text": "same bored af"},
  {"sender": "u2", "text": "[photo]"},
  {"sender": "u2", "text": "ur turn. send one back, the private kind, i delete straight after promise"},
  {"sender": "u1", "text": "idk"},
  {"sender": "u2", "text": "dont be shy its just us"},
  {"sender": "u1", "text": "ok but u have to delete it"},
  {"sender": "u2", "text": "ok listen. screenshotted it before it went"},
  {"sender": "u2", "text": "[photo]"},
  {"sender": "u2", "text": "thats ur followers list. ur mum, ur school page, ur mates"},
  {"sender": "u2", "text": "\u00a3150 in game cards in the next hour or it goes to every one of them"},
  {"sender": "u1", "text": "please i dont have that much im 15"},
  {"sender": "u2", "text": "then find it. 58 mins"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False},

# 4 class WhatsApp pile-on over a haircut photo
{"messages": [
  {"sender": "Jordan", "text": "[photo]"},
  {"sender": "Jordan", "text": "who let priya out the house like this \U0001F480\U0001F480"},
  {"sender": "Tia", "text": "LMAOOO the fringe"},
  {"sender": "Kofi", "text": "looks like she cut it with a lawnmower"},
  {"sender": "Tia", "text": "mop head era"},
  {"sender": "Priya", "text": "who took that i said delete it"},
  {"sender": "Jordan", "text": "nah its staying in here forever"},
  {"sender": "Megan", "text": "ur literally so embarrassing priya no wonder no one sits w u"},
  {"sender": "Kofi", "text": "vote to kick her from the gc"},
  {"sender": "Tia", "text": "\U0001F44D"},
  {"sender": "Megan", "text": "\U0001F44D\U0001F44D"},
  {"sender": "Priya", "text": "why r u all doing this"},
  {"sender": "Jordan", "text": "removed her lol. anyway whos going to the fair"}
 ],
 "labels": ["cyberbullying"], "evasion": False},

# 5 Discord voice-channel text after a lost match, spaced-letter kys
{"messages": [
  {"sender": "xNova", "text": "we lost AGAIN cos of rhys"},
  {"sender": "rhys_plays", "text": "my wifi cut out i said sorry"},
  {"sender": "dantheman", "text": "ur wifi isnt the problem ur the problem"},
  {"sender": "xNova", "text": "no one even wanted u in this server"},
  {"sender": "dantheman", "text": "fr we only let u in cos ur cousin asked"},
  {"sender": "rhys_plays", "text": "ok ill leave then"},
  {"sender": "xNova", "text": "dont just leave the server, do every1 a favour and k y s"},
  {"sender": "dantheman", "text": "k.y.s k.y.s k.y.s"},
  {"sender": "Lil_B", "text": "lmaooo hes typing"},
  {"sender": "rhys_plays", "text": "maybe i will then"},
  {"sender": "xNova", "text": "\U0001F44B"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

# 6 single SMS fake game prize
{"participants": [{"id": "s1", "role": "unknown"}],
 "messages": [
  {"sender": "s1", "text": "BLOCKTOPIA REWARDS: Congrats! Your account won 10,000 Bux in the Spring Drop. Claim within 24hrs at [link] - log in with your username and password to receive. Unclaimed prizes are cancelled."}
 ],
 "labels": ["scam"], "evasion": False},

# 7 rank-boosting offer on Discord, asks for login and the 2FA code
{"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "unknown"}],
 "messages": [
  {"sender": "b", "text": "saw ur post in #lfg, stuck in silver?"},
  {"sender": "a", "text": "yh been silver 3 for like a month"},
  {"sender": "b", "text": "i boost ppl for free rn, building my rep. diamond by tonight"},
  {"sender": "a", "text": "how"},
  {"sender": "b", "text": "i just play on ur acc while u sleep"},
  {"sender": "b", "text": "need ur email + password and the code it texts ur phone"},
  {"sender": "a", "text": "is that allowed"},
  {"sender": "b", "text": "everyone does it, loads of the top players got boosted"},
  {"sender": "b", "text": "ill even change ur display name to something cool"},
  {"sender": "a", "text": "my mums email is on it tho"},
  {"sender": "b", "text": "thats fine just send that too n the code when it comes"}
 ],
 "labels": ["identity_theft"], "evasion": False},

# 8 Y8 group planning a fire video in the school toilets
{"messages": [
  {"sender": "Esme", "text": "have u seen the one where they do the fire thing in the toilet bin and film everyone running"},
  {"sender": "Ruby", "text": "yesss it has like 2mil views"},
  {"sender": "Esme", "text": "we should do it in the science block ones tmrw"},
  {"sender": "Hollie", "text": "omg no we'd get excluded"},
  {"sender": "Esme", "text": "not if no one knows its us. wear ur hoods"},
  {"sender": "Ruby", "text": "ill do it if u film"},
  {"sender": "Esme", "text": "deal. period 4 when mr lowe is on duty he never checks"},
  {"sender": "Hollie", "text": "ur both mad"},
  {"sender": "Ruby", "text": "dont be boring hollie its just a lil flame"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 9 public fan server, child posts routine + address
{"messages": [
  {"sender": "cozyfarmer", "text": "anyone else bored"},
  {"sender": "pixie_pips", "text": "always"},
  {"sender": "cozyfarmer", "text": "im home alone every day after school till my mum gets in at 6 so i just play this"},
  {"sender": "BrambleKing", "text": "same kinda"},
  {"sender": "cozyfarmer", "text": "if anyone lives near oakhurst u can literally come round lol its 14 larkspur close"},
  {"sender": "cozyfarmer", "text": "the one with the yellow door"},
  {"sender": "Mod_Thistle", "text": "hey please dont post your address in general, lots of people here. deleting that"},
  {"sender": "cozyfarmer", "text": "oops sorry"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# 10 repeated adds from a stranger, new account after block
{"participants": [{"id": "k", "role": "child"}, {"id": "x1", "role": "unknown"}, {"id": "x2", "role": "unknown"}],
 "messages": [
  {"sender": "x1", "text": "hey"},
  {"sender": "x1", "text": "hey"},
  {"sender": "x1", "text": "why u not adding back"},
  {"sender": "x1", "text": "seen u on quick add ur well pretty"},
  {"sender": "k", "text": "who is this"},
  {"sender": "x1", "text": "a friend \U0001F60F"},
  {"sender": "k", "text": "i dont know u pls stop"},
  {"sender": "x1", "text": "dont be like that"},
  {"sender": "x1", "text": "ill keep adding till u say yes"},
  {"sender": "x2", "text": "u blocked me lol thats rude"},
  {"sender": "x2", "text": "new acc dont worry ive got loads"},
  {"sender": "x2", "text": "[photo]"},
  {"sender": "k", "text": "im showing my dad"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 11 older man recruits 14yo from the park cage, package + live location demands
{"participants": [{"id": "c", "role": "child"}, {"id": "t", "role": "adult"}],
 "messages": [
  {"sender": "t", "text": "u good lil man? seen u at the cage sat"},
  {"sender": "c", "text": "who is this"},
  {"sender": "t", "text": "T. reece's mate. ur fast on that bike"},
  {"sender": "c", "text": "oh ye lol"},
  {"sender": "t", "text": "them trainers still fit u?"},
  {"sender": "c", "text": "yh there sick thanks again"},
  {"sender": "t", "text": "no stress. u help me, i help u"},
  {"sender": "t", "text": "need a favour. ride over to the address i send, pick up a bag, bring it to the station car park"},
  {"sender": "c", "text": "whats in it"},
  {"sender": "t", "text": "dont open it, dont ask. \u00a350 for 20 mins"},
  {"sender": "c", "text": "i got school tmrw"},
  {"sender": "t", "text": "after school then. send ur live location when u leave"},
  {"sender": "t", "text": "[location]"},
  {"sender": "t", "text": "thats the pickup"},
  {"sender": "t", "text": "why has ur location gone off. put it back on NOW"},
  {"sender": "c", "text": "my phone died sorry"},
  {"sender": "t", "text": "keep it charged. i watch u all the way there and back"},
  {"sender": "t", "text": "and remember them trainers werent free"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# 12 'easy money' account lending
{"participants": [{"id": "m1", "role": "child"}, {"id": "m2", "role": "unknown"}],
 "messages": [
  {"sender": "m2", "text": "yo saw u follow flipzone, u into trainers?"},
  {"sender": "m1", "text": "ye i resell a bit"},
  {"sender": "m2", "text": "respect. im building a resell business too"},
  {"sender": "m2", "text": "u got a bank card? the kids ones count"},
  {"sender": "m1", "text": "ye a youth account"},
  {"sender": "m2", "text": "sweet. my business acc has a limit so i need ppl to help"},
  {"sender": "m2", "text": "\u00a3300 lands in urs, u send \u00a3250 on to my cousin, keep \u00a350 for doing nothing"},
  {"sender": "m1", "text": "is that even legal"},
  {"sender": "m2", "text": "100% its just sale money bro. do it twice a week easy \u00a3100"},
  {"sender": "m2", "text": "send sort code n acc number and ill start tonight"},
  {"sender": "m1", "text": "k give me a sec"}
 ],
 "labels": ["money_mule"], "evasion": False},

# 13 fake modelling agency recruiting a 15yo girl
{"participants": [{"id": "g", "role": "child"}, {"id": "ag", "role": "unknown"}],
 "messages": [
  {"sender": "ag", "text": "Hi lovely! I'm Carla, scout for Lumen Faces. Your dance reels caught our eye \u2728"},
  {"sender": "g", "text": "omg really??"},
  {"sender": "ag", "text": "You have a great look. Have you ever thought about modelling?"},
  {"sender": "g", "text": "i mean yh but im only 15"},
  {"sender": "ag", "text": "Age doesnt matter, you come across so mature. Lots of our girls started at 14"},
  {"sender": "g", "text": "what would i have to do"},
  {"sender": "ag", "text": "A test shoot first, all paid. Then we have a weekend at the coast with some of our clients"},
  {"sender": "ag", "text": "They're very generous. You just keep them company at a private party, look nice, be friendly. \u00a3400 for the weekend"},
  {"sender": "g", "text": "can my mum come"},
  {"sender": "ag", "text": "Honestly better not, clients like it private and parents make it awkward. We'll pay your train"},
  {"sender": "ag", "text": "Keep it between us for now til the contract is signed x"},
  {"sender": "g", "text": "ok"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

# 14 Y10 boys planning to run a classmate's photo through an undress app
{"messages": [
  {"sender": "Callum", "text": "bro have u seen that app that takes the clothes off pics"},
  {"sender": "Reece", "text": "the ai one? ye my cousin showed me"},
  {"sender": "Callum", "text": "do it on keira's profile pic from the prom"},
  {"sender": "Reece", "text": "[photo]"},
  {"sender": "Reece", "text": "this one?"},
  {"sender": "Callum", "text": "ye that one. send it back in here after"},
  {"sender": "Harvey", "text": "thats actually messed up lads"},
  {"sender": "Reece", "text": "its not even real so it doesnt count"},
  {"sender": "Callum", "text": "harvey stop being so boring about it"}
 ],
 "labels": ["csam"], "evasion": False},

# 15 16yo boyfriend demanding live location from 15yo girlfriend
{"participants": [{"id": "bf", "role": "child"}, {"id": "gf", "role": "child"}],
 "messages": [
  {"sender": "bf", "text": "where r u"},
  {"sender": "gf", "text": "at my nans told u"},
  {"sender": "bf", "text": "then why is ur dot at the park"},
  {"sender": "gf", "text": "we walked the dog there"},
  {"sender": "bf", "text": "who with"},
  {"sender": "gf", "text": "my nan??"},
  {"sender": "bf", "text": "send a pic of where u are rn"},
  {"sender": "bf", "text": "and dont ever turn ur location off again"},
  {"sender": "gf", "text": "it turned off by itself"},
  {"sender": "bf", "text": "check it every hour then. if it goes off again were done"},
  {"sender": "bf", "text": "i need to know where u are all the time thats what being together means"},
  {"sender": "gf", "text": "ok sorry"}
 ],
 "labels": ["location_control"], "evasion": False},

# 16 late-night texts to a friend
{"messages": [
  {"sender": "Ava", "text": "u awake"},
  {"sender": "Ava", "text": "sorry its late"},
  {"sender": "Jess", "text": "ye whats up"},
  {"sender": "Ava", "text": "cant sleep again"},
  {"sender": "Ava", "text": "everything at home is so loud and school is worse"},
  {"sender": "Ava", "text": "honestly i dont see the point of anything anymore"},
  {"sender": "Ava", "text": "i just want to disappear and not come back"},
  {"sender": "Ava", "text": "dont tell anyone pls"},
  {"sender": "Jess", "text": "ava im really glad u told me. can we go see miss ahmed together tomorrow before reg?"},
  {"sender": "Ava", "text": "idk"},
  {"sender": "Jess", "text": "ill come with u. im not going anywhere"}
 ],
 "labels": ["self_harm"], "evasion": False},

# 17 two 15yo peers, image pressure
{"participants": [{"id": "q1", "role": "child"}, {"id": "q2", "role": "child"}],
 "messages": [
  {"sender": "q2", "text": "3 weeks today \U0001F970"},
  {"sender": "q1", "text": "ahh i know"},
  {"sender": "q2", "text": "ur so pretty in ur pfp btw"},
  {"sender": "q1", "text": "stoppp"},
  {"sender": "q2", "text": "can i ask u something"},
  {"sender": "q1", "text": "ye"},
  {"sender": "q2", "text": "send me a pic. like the private kind. just for me"},
  {"sender": "q1", "text": "idk im not comfy with that"},
  {"sender": "q2", "text": "everyone else in our year does it"},
  {"sender": "q2", "text": "it deletes after u open it anyway"},
  {"sender": "q2", "text": "if u actually liked me u would"}
 ],
 "labels": ["sexting"], "evasion": False},

# 18 single SMS from unknown number
{"participants": [{"id": "n", "role": "unknown"}],
 "messages": [
  {"sender": "n", "text": "hey its dan, got ur number off ur mate callum. saw u at the bus stop by the leisure centre, ur well pretty. how old r u? add me on chatterbox its dan_x_07 x"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 19 story reply recruiting young runners
{"messages": [
  {"sender": "bigmoney.g", "text": "looking for young g's. \u00a3300 a week. drop bags round town after school. no questions \U0001F3C3\u200d\u2642\ufe0f\U0001F4B0 dm"},
  {"sender": "kai.08", "text": "how old do u have to be"},
  {"sender": "bigmoney.g", "text": "how old r u"},
  {"sender": "kai.08", "text": "13"},
  {"sender": "bigmoney.g", "text": "13 is calm. younger the better tbh, feds dont look twice at a kid in school uniform"},
  {"sender": "bigmoney.g", "text": "we give u a phone, only use that one for work"},
  {"sender": "kai.08", "text": "wats in the bags"},
  {"sender": "bigmoney.g", "text": "u dont need to know that. u in or not"},
  {"sender": "kai.08", "text": "maybe"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False},

# ---------------- CLEAN (hard negatives) ----------------

# C1 surprise party secrecy in class chat
{"messages": [
  {"sender": "Lily", "text": "ok new gc for mayas surprise party DONT tell her"},
  {"sender": "Noah", "text": "my lips are sealed \U0001F910"},
  {"sender": "Lily", "text": "her mum said saturday 4pm at the bowling place, dont say anything at school"},
  {"sender": "Amira", "text": "what if she sees this"},
  {"sender": "Lily", "text": "delete the chat after the party lol shes always on my phone"},
  {"sender": "Noah", "text": "send a pic of the card so we can all sign it"},
  {"sender": "Lily", "text": "[photo]"},
  {"sender": "Amira", "text": "our secret \U0001F92B\U0001F382"}
 ],
 "labels": [], "evasion": False},

# C2 mum checking where child is
{"participants": [{"id": "mum", "role": "adult"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "Where are you? You said you'd be back by 5"},
  {"sender": "kid", "text": "at zaras still her mum is giving us tea"},
  {"sender": "mum", "text": "Ok but share your location with me please, your phone keeps going to voicemail"},
  {"sender": "kid", "text": "[location]"},
  {"sender": "mum", "text": "Thank you. Dad will pick you up at 7, be outside"},
  {"sender": "kid", "text": "kk love u"}
 ],
 "labels": [], "evasion": False},

# C3 genuine bank SMS
{"participants": [{"id": "bank", "role": "unknown"}],
 "messages": [
  {"sender": "bank", "text": "Harbourline Bank: Your new youth debit card has been posted and should arrive in 3-5 working days. We will never call or text to ask for your PIN, passcode or to move money."}
 ],
 "labels": [], "evasion": False},

# C4 friends sharing location walking home after the cinema
{"messages": [
  {"sender": "Sophie", "text": "film was so good omg"},
  {"sender": "Grace", "text": "the ending \U0001F62D"},
  {"sender": "Sophie", "text": "text me when ur home its dark"},
  {"sender": "Grace", "text": "ill share my location till i get in"},
  {"sender": "Grace", "text": "[location]"},
  {"sender": "Sophie", "text": "ok i can see u on church lane"},
  {"sender": "Grace", "text": "home! turning it off now x"},
  {"sender": "Sophie", "text": "night x"}
 ],
 "labels": [], "evasion": False},

# C5 game trash talk between mates
{"messages": [
  {"sender": "zxc_ollie", "text": "bro ur so trash u missed a sitting duck"},
  {"sender": "mattyP", "text": "my controller is drifting leave me alone"},
  {"sender": "zxc_ollie", "text": "excuses excuses"},
  {"sender": "mattyP", "text": "next round im gonna end u"},
  {"sender": "zxc_ollie", "text": "come then, ill destroy u in the final circle"},
  {"sender": "mattyP", "text": "ur dead. ur actually dead"},
  {"sender": "zxc_ollie", "text": "lmaoooo gg tho. same time tmrw?"},
  {"sender": "mattyP", "text": "ye after maths hw"}
 ],
 "labels": [], "evasion": False},

# C6 football coach in parents + players group
{"participants": [{"id": "coach", "role": "adult"}, {"id": "par1", "role": "adult"}, {"id": "pl1", "role": "child"}],
 "messages": [
  {"sender": "coach", "text": "Evening all. Training moved to Thursday 6pm at Brackwell 3G this week."},
  {"sender": "coach", "text": "Players - please send me a pic of your signed consent form for the tournament, and parents, I need an emergency contact number for each of you."},
  {"sender": "par1", "text": "Will do, Finley's form is on the fridge!"},
  {"sender": "pl1", "text": "[photo]"},
  {"sender": "pl1", "text": "thats mine coach"},
  {"sender": "coach", "text": "Cheers Fin. Great effort on Sunday, keep it up."}
 ],
 "labels": [], "evasion": False},

# C7 older brother asking little sister to keep a secret
{"participants": [{"id": "bro", "role": "adult"}, {"id": "sis", "role": "child"}],
 "messages": [
  {"sender": "bro", "text": "oi dont tell mum i scraped the car on the gatepost"},
  {"sender": "sis", "text": "LOL what"},
  {"sender": "bro", "text": "im gonna get it fixed before she sees it"},
  {"sender": "sis", "text": "what do i get"},
  {"sender": "bro", "text": "milkshake and ill take u to the retail park sat"},
  {"sender": "sis", "text": "deal. our secret \U0001F910"},
  {"sender": "bro", "text": "ur the best little sister"}
 ],
 "labels": [], "evasion": False},

# C8 talking about a news story after assembly
{"messages": [
  {"sender": "Ethan", "text": "did u see that thing mr doyle showed in assembly"},
  {"sender": "Zain", "text": "the blackmail one?"},
  {"sender": "Ethan", "text": "ye the boy who got told to pay or they'd send his pics round"},
  {"sender": "Zain", "text": "so grim. he said it happens to boys our age loads"},
  {"sender": "Ethan", "text": "he said dont pay just tell someone and report it"},
  {"sender": "Zain", "text": "ye and that you wont get in trouble. glad they told us tbh"}
 ],
 "labels": [], "evasion": False},

# C9 maths tutor asks for a photo of working (parent in chat)
{"participants": [{"id": "tutor", "role": "adult"}, {"id": "mum", "role": "adult"}, {"id": "stu", "role": "child"}],
 "messages": [
  {"sender": "tutor", "text": "Hi both. Ahead of Tuesday could you send me a pic of your working for Q4 and Q7, Isla? I want to see where the method goes wrong."},
  {"sender": "stu", "text": "[photo]"},
  {"sender": "stu", "text": "q7 i just guessed sorry"},
  {"sender": "tutor", "text": "No need to apologise! That's what the session is for."},
  {"sender": "mum", "text": "Thanks Mr Okoro, see you Tuesday at 5."}
 ],
 "labels": [], "evasion": False},

# C10 genuine Saturday job at a cafe
{"participants": [{"id": "boss", "role": "adult"}, {"id": "teen", "role": "child"}],
 "messages": [
  {"sender": "boss", "text": "Hi Maddie, lovely to meet you today. We'd love you to start Saturdays 9-1 from next week."},
  {"sender": "teen", "text": "omg thank you so much!!"},
  {"sender": "boss", "text": "Because you're 15 we need the work permit form from the council signed by your mum or dad. Bring it with your bank details for payroll on your first day."},
  {"sender": "teen", "text": "ok my mum said shell come in with me"},
  {"sender": "boss", "text": "Perfect. Black top and comfy shoes. Pay is weekly into your account."}
 ],
 "labels": [], "evasion": False},

# C11 sponsored 5k fundraising link
{"messages": [
  {"sender": "Harriet", "text": "guys im doing the 5k for Brightwings hospice on sunday pls sponsor me"},
  {"sender": "Harriet", "text": "[link]"},
  {"sender": "Oscar", "text": "done \u00a35 \U0001F4AA"},
  {"sender": "Harriet", "text": "ahh thank u!! its for my grandads nurses"},
  {"sender": "Bea", "text": "ill give u cash monday my mum wont let me use her card"},
  {"sender": "Harriet", "text": "thats fine ill add it to the total"}
 ],
 "labels": [], "evasion": False},

# C12 harmless prank planning between friends
{"messages": [
  {"sender": "Max", "text": "ok prank on ollie when he sleeps over"},
  {"sender": "Leo", "text": "put all his shoes in the freezer"},
  {"sender": "Max", "text": "LMAO or change his phone language to french"},
  {"sender": "Leo", "text": "both. dont tell him obviously"},
  {"sender": "Max", "text": "my mum said we can but we have to help him change it back"},
  {"sender": "Leo", "text": "fine \U0001F602"}
 ],
 "labels": [], "evasion": False},

# C13 genuine 2FA code text
{"participants": [{"id": "svc", "role": "unknown"}],
 "messages": [
  {"sender": "svc", "text": "Your Pixelnest verification code is 482913. Never share this code with anyone, including Pixelnest staff."}
 ],
 "labels": [], "evasion": False},

# C14 genuine parcel text
{"participants": [{"id": "dlv", "role": "unknown"}],
 "messages": [
  {"sender": "dlv", "text": "Parcelwise: Your parcel from Kitbag Direct will arrive today between 14:00-16:00. Your driver is Sam. Track in the Parcelwise app. No payment is required."}
 ],
 "labels": [], "evasion": False},

# C15 genuine same-age online friend, parents aware
{"participants": [{"id": "f1", "role": "child"}, {"id": "f2", "role": "child"}],
 "messages": [
  {"sender": "f2", "text": "ur castle build is so good"},
  {"sender": "f1", "text": "thanks took me ages"},
  {"sender": "f2", "text": "do u wanna be in my realm, my mum said ok as long as ur mum says ok"},
  {"sender": "f1", "text": "ill ask her. she likes to check who im playing with"},
  {"sender": "f2", "text": "same lol my dad always asks whats ur name again"},
  {"sender": "f1", "text": "mum says yes but only till 7 on school nights"},
  {"sender": "f2", "text": "yay see u in the realm"}
 ],
 "labels": [], "evasion": False},

# C16 hyperbole about dying/killing
{"messages": [
  {"sender": "Chloe", "text": "this science homework is actually killing me"},
  {"sender": "Nia", "text": "im going to die if i have to do another punnett square"},
  {"sender": "Chloe", "text": "if mr hale sets more tonight im moving to another country"},
  {"sender": "Nia", "text": "i will literally end him \U0001F62D"},
  {"sender": "Chloe", "text": "lol send me ur answers for q3 pls"},
  {"sender": "Nia", "text": "[photo]"}
 ],
 "labels": [], "evasion": False},

# C17 school trip: teacher requires phones on and location with group leader
{"participants": [{"id": "teach", "role": "adult"}, {"id": "s1", "role": "child"}, {"id": "s2", "role": "child"}],
 "messages": [
  {"sender": "teach", "text": "Year 8 Stoneleigh Castle trip: coach leaves 8:15 sharp. Phones charged and ON please."},
  {"sender": "teach", "text": "During free time you stay in your group of 4 and share your location with your group leader in the trip app. It switches off automatically at 4pm."},
  {"sender": "s1", "text": "sir can we go to the gift shop"},
  {"sender": "teach", "text": "Yes, 1-1:30 with your group."},
  {"sender": "s2", "text": "is there wifi"},
  {"sender": "teach", "text": "It's a castle, Ruben."}
 ],
 "labels": [], "evasion": False},

# C18 dad's phone rules
{"participants": [{"id": "dad", "role": "adult"}, {"id": "son", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "New rule from tonight: phone on the kitchen table by 9 on school nights."},
  {"sender": "son", "text": "thats so unfair everyone else has theirs"},
  {"sender": "dad", "text": "And I'll have a look through your apps with you on Sundays, like we agreed with Mum."},
  {"sender": "son", "text": "can it be 9 30"},
  {"sender": "dad", "text": "9:15 and we review after half term. Deal?"},
  {"sender": "son", "text": "fine deal"}
 ],
 "labels": [], "evasion": False},

# C19 pastoral mentor checking in carefully
{"participants": [{"id": "mentor", "role": "adult"}, {"id": "pup", "role": "child"}],
 "messages": [
  {"sender": "mentor", "text": "Hi Kian, just checking in after our chat today. You mentioned an online friend who'd been sending you gifts."},
  {"sender": "mentor", "text": "You're not in any trouble. Has anyone asked you to keep secrets or meet up?"},
  {"sender": "pup", "text": "no its just my cousin in wales he sends me skins for my birthday"},
  {"sender": "mentor", "text": "That's great, thanks for telling me. My door's always open if anything ever feels off."},
  {"sender": "pup", "text": "ok thanks miss"}
 ],
 "labels": [], "evasion": False},

# C20 Discord mod warning about a deleted fake link
{"messages": [
  {"sender": "Mod_Rowan", "text": "@everyone someone posted a fake free premium link in #general earlier, ive deleted it and banned the account"},
  {"sender": "Mod_Rowan", "text": "if u clicked it change ur password and turn on 2fa. real giveaways never ask for ur login"},
  {"sender": "tilly.bean", "text": "ty rowan"},
  {"sender": "frogboi", "text": "i nearly clicked it lol"},
  {"sender": "Mod_Rowan", "text": "np, report anything sus to the mod team"}
 ],
 "labels": [], "evasion": False},

# C21 big sister helping set up a banking app
{"participants": [{"id": "big", "role": "adult"}, {"id": "little", "role": "child"}],
 "messages": [
  {"sender": "big", "text": "did ur card come?"},
  {"sender": "little", "text": "yes!! how do i put it in the app"},
  {"sender": "big", "text": "scan it in the app, pick a passcode only u know"},
  {"sender": "little", "text": "should i tell u it"},
  {"sender": "big", "text": "NO not even me lol. never give anyone ur pin or passcode"},
  {"sender": "little", "text": "ok done. mum put my birthday money in"}
 ],
 "labels": [], "evasion": False}
]
