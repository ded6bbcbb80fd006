[
# 1 long game-chat grooming, age never asked; cues: school nights, test, mum on nights
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "nice clutch last round, you carried that whole lobby"},
  {"sender": "u1", "text": "lol thanks my team was trash"},
  {"sender": "u2", "text": "want to duo? need someone who actually knows the map"},
  {"sender": "u1", "text": "ok but only til 9, mum makes me get off on school nights"},
  {"sender": "u2", "text": "fair enough. what you got tomorrow?"},
  {"sender": "u1", "text": "science test. not revised at all lol"},
  {"sender": "u2", "text": "you'll smash it. you read the rotations quicker than blokes who've played for years"},
  {"sender": "u1", "text": "haha no way"},
  {"sender": "u2", "text": "genuinely. most people in here are dead weight. you're not like them"},
  {"sender": "u1", "text": "mums on nights this week so I might stay on a bit later"},
  {"sender": "u2", "text": "she works nights? that must get lonely in the house"},
  {"sender": "u1", "text": "kinda. my brother just stays in his room gaming"},
  {"sender": "u2", "text": "well you've always got me. I'm on most nights anyway"},
  {"sender": "u2", "text": "btw I've got a spare battle pass code going, want it?"},
  {"sender": "u1", "text": "wait srsly??"},
  {"sender": "u2", "text": "yeah no stress. just don't go broadcasting it, people get jealous, and your mum might think it's weird someone's looking out for you"},
  {"sender": "u1", "text": "ok I won't say nothing"},
  {"sender": "u2", "text": "this chat's a bit public tho, anyone can read it. you got Whisprr? easier to talk on there"},
  {"sender": "u1", "text": "I'm not really allowed that one"},
  {"sender": "u2", "text": "it's literally just messages lol. make one tonight while she's at work and I'll drop the code there. stays between us yeah"},
  {"sender": "u1", "text": "ok what's ur name on it"}
 ],
 "labels": ["grooming"], "evasion": False},

# 2 long grooming via fake music contact; cues: Year 8, French homework, grounded, pocket money; meeting arranged
{"messages": [
  {"sender": "Dan_Rivers", "text": "heard your cover on Tunely, your voice is unreal"},
  {"sender": "millie.x", "text": "omg thank you!! its just recorded on my phone"},
  {"sender": "Dan_Rivers", "text": "that's what makes it impressive. I do a bit of work with a couple of studios, you've got something"},
  {"sender": "millie.x", "text": "no way. I only do it for fun tbh"},
  {"sender": "Dan_Rivers", "text": "talent like that shouldn't just be for fun. do your parents know how good you are?"},
  {"sender": "millie.x", "text": "my dad calls it noise lol"},
  {"sender": "Dan_Rivers", "text": "he doesn't get it. some people never do"},
  {"sender": "millie.x", "text": "haha. got to go soon, French homework for Mrs Halloran"},
  {"sender": "Dan_Rivers", "text": "go on then, brainbox. come back after?"},
  {"sender": "millie.x", "text": "can't, I'm grounded off my phone after 8 this week"},
  {"sender": "Dan_Rivers", "text": "grounded?! what did you do"},
  {"sender": "millie.x", "text": "went to the shop without telling mum"},
  {"sender": "Dan_Rivers", "text": "they're so strict with you. you're way more grown up than they give you credit for"},
  {"sender": "millie.x", "text": "right?? everyone else in year 8 gets to go into town on their own"},
  {"sender": "Dan_Rivers", "text": "exactly. listen, I've got a spare condenser mic sitting here doing nothing. yours if you want it"},
  {"sender": "millie.x", "text": "really?? I could ask mum if you can post it"},
  {"sender": "Dan_Rivers", "text": "I'd leave your mum out of it for now. parents get funny about people from the industry, they think everyone's dodgy"},
  {"sender": "millie.x", "text": "my pocket money wouldn't even cover the cable so that would be amazing"},
  {"sender": "Dan_Rivers", "text": "costs you nothing. I'm round your way Saturday, could hand it over by the cinema at the retail park. just you though, keeps it simple"},
  {"sender": "millie.x", "text": "I'll see if I can get out"},
  {"sender": "Dan_Rivers", "text": "clear this chat when you're done, I don't want your dad thinking I'm trying to poach you lol"}
 ],
 "labels": ["grooming"], "evasion": False},

# 3 art-server grooming moving to image request; cues: ICT, mum says no bank yet, school bus, form group
{"participants": [{"id": "c1", "role": "child"}, {"id": "s1", "role": "unknown"}],
 "messages": [
  {"sender": "s1", "text": "your dragon piece in #showcase is ridiculous, how long did that take"},
  {"sender": "c1", "text": "like 3 days lol I did most of it in ICT when sir wasn't looking"},
  {"sender": "s1", "text": "haha rebel. seriously though, I'd pay for a commission"},
  {"sender": "c1", "text": "wait really?? I've never done one"},
  {"sender": "s1", "text": "£25? I'll send it as a gift card, guessing you haven't got paypal yet"},
  {"sender": "c1", "text": "no mum says I can have a bank card when I'm older"},
  {"sender": "s1", "text": "gift card it is. you're wasted on that school, your classmates have no idea"},
  {"sender": "c1", "text": "they think drawing is cringe"},
  {"sender": "s1", "text": "they'll be working for you one day. you can always vent to me about them"},
  {"sender": "c1", "text": "thanks. ngl you're nicer than most people in my form"},
  {"sender": "s1", "text": "morning! did you get in ok, bus drama again?"},
  {"sender": "c1", "text": "it was late AGAIN, got a warning for being late to reg"},
  {"sender": "s1", "text": "so unfair. I'll stick another tenner on the card for putting up with that"},
  {"sender": "c1", "text": "you don't have to!!"},
  {"sender": "s1", "text": "I want to. can I ask you something a bit personal"},
  {"sender": "c1", "text": "ok"},
  {"sender": "s1", "text": "send me a photo of you so I know who I'm actually talking to. and after that maybe something a bit more grown up, only for me"},
  {"sender": "c1", "text": "what do you mean grown up"},
  {"sender": "s1", "text": "you know what I mean. the sort you'd never put on your story. we're close enough by now aren't we"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False},

# 4 county lines recruitment then debt bondage and tracking; cues: mum on shifts, detention, tenner a week
{"participants": [{"id": "k1", "role": "child"}, {"id": "t1", "role": "unknown"}],
 "messages": [
  {"sender": "t1", "text": "yo you're Kyle's little cousin innit"},
  {"sender": "k1", "text": "ye who's this"},
  {"sender": "t1", "text": "Tallz. seen you at the cage by Marsh Lane. you ball hard"},
  {"sender": "k1", "text": "lol cheers"},
  {"sender": "t1", "text": "you lot always skint tho, saw you splitting one chicken box 4 ways"},
  {"sender": "k1", "text": "ha ye mum don't give me much, she's always on shifts"},
  {"sender": "t1", "text": "say less. got little bits of work going. 50 quid to take something to my boy in Ashmoor after school"},
  {"sender": "k1", "text": "what is it tho"},
  {"sender": "t1", "text": "don't stress what it is, it's taped up. you get on the train, hand it over, come back. home before tea"},
  {"sender": "k1", "text": "I've got detention thurs"},
  {"sender": "t1", "text": "friday then. keep your map on the whole way so I know you're good"},
  {"sender": "t1", "text": "where's the ting. you were meant to be at Ashmoor 20 mins ago"},
  {"sender": "k1", "text": "bro some man took it off me at the station I swear down"},
  {"sender": "t1", "text": "that was 600 worth. that's your debt now"},
  {"sender": "k1", "text": "I don't have 600 I get a tenner a week"},
  {"sender": "t1", "text": "then you work it off. 3 more trips and we're even. map stays on 24/7 or I come knock at yours"},
  {"sender": "k1", "text": "please don't come to my house my mum will find out"},
  {"sender": "t1", "text": "then do what you're told. saturday 10am, phone on, location on"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# 5 remote mothering by older boyfriend; cues: maths, school finishes 3:10
{"messages": [
  {"sender": "Jay", "text": "why's your location off"},
  {"sender": "Tia", "text": "phone was on 3% in maths"},
  {"sender": "Jay", "text": "don't lie. it went off at 3:40 and school's done at 3:10"},
  {"sender": "Tia", "text": "I was walking home with Priya"},
  {"sender": "Jay", "text": "I told you I don't want you round her. she chats to lads from Westcroft"},
  {"sender": "Tia", "text": "she's my best mate"},
  {"sender": "Jay", "text": "I'm the one who looks after you. switch it back on. now"},
  {"sender": "Tia", "text": "ok it's on"},
  {"sender": "Jay", "text": "why are you by the rec? that's not the way home"},
  {"sender": "Tia", "text": "getting chips"},
  {"sender": "Jay", "text": "send a pic of exactly where you're stood"},
  {"sender": "Tia", "text": "[photo]"},
  {"sender": "Jay", "text": "go home. message me the second you're through the door. if I see it off again we're finished and I'll tell everyone what you're really like"},
  {"sender": "Tia", "text": "ok sorry"},
  {"sender": "Jay", "text": "I'm 19, I know what's out there, you don't. that's why I check"}
 ],
 "labels": ["location_control", "grooming"], "evasion": False},

# 6 squaring in teens' words; child hands over bank details
{"messages": [
  {"sender": "Reece", "text": "u got a proper bank card yet or still on the kids one"},
  {"sender": "Kai", "text": "got the Flint one mum set up for me, why"},
  {"sender": "Reece", "text": "my older's got a thing going. 2k lands in your account tonight, u send it straight on to the one he gives u, keep 200 for urself"},
  {"sender": "Kai", "text": "where's the 2k from tho"},
  {"sender": "Reece", "text": "don't ask man its just squaring. half of year 11 are on it"},
  {"sender": "Kai", "text": "will my mum see it"},
  {"sender": "Reece", "text": "turn ur notifications off and move it same night. it's gone before she looks"},
  {"sender": "Kai", "text": "and I actually keep 200??"},
  {"sender": "Reece", "text": "yeah light work. send me ur sort code and number and I'll pass it on"},
  {"sender": "Kai", "text": "90-22-17 41182736 K Mensah"},
  {"sender": "Reece", "text": "sorted. lands about 9. don't mug him off or it's on me"}
 ],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False},

# 7 CLEAN: real grandmother, surprise present secrecy, pocket money, after-school club
{"participants": [{"id": "g1", "role": "child"}, {"id": "g2", "role": "adult"}],
 "messages": [
  {"sender": "g2", "text": "Hello love, it's Nana. Have you got a minute?"},
  {"sender": "g1", "text": "hi nana yeah"},
  {"sender": "g2", "text": "I want to get your mum something nice for her 40th. Not a word to her, it's a surprise!"},
  {"sender": "g1", "text": "omg ok I won't say"},
  {"sender": "g2", "text": "What's she been hinting at? You'd know better than me."},
  {"sender": "g1", "text": "she keeps looking at this [link]"},
  {"sender": "g2", "text": "Lovely. I'll have it sent to mine so she doesn't see the parcel. Are you still at after-school club on Tuesdays?"},
  {"sender": "g1", "text": "yeah til 5"},
  {"sender": "g2", "text": "I'll bring the card for you to sign when I collect you, then you can hide it in your wardrobe"},
  {"sender": "g1", "text": "ok. can I stay at yours saturday"},
  {"sender": "g2", "text": "Of course, check with your mum first. Bring your homework, you can do it at the kitchen table"},
  {"sender": "g1", "text": "ughh ok"},
  {"sender": "g2", "text": "I've put £10 in your savings for helping me. Love you xx"},
  {"sender": "g1", "text": "thanks nana love u"}
 ],
 "labels": [], "evasion": False},

# 8 CLEAN: coach arranging lifts with parents in the group
{"messages": [
  {"sender": "Coach Dave", "text": "Evening all. Saturday we're away at Holmfirth Park, KO 10am. I've room for 3 in the car. Parents, let me know if you'd like me to take your lad, leaving the leisure centre car park 8:45."},
  {"sender": "Sarah (Leo's mum)", "text": "Yes please for Leo, thank you!"},
  {"sender": "Coach Dave", "text": "No problem. Leo, shin pads this time mate \ud83d\ude02"},
  {"sender": "Mark P", "text": "I'll take Jayden myself, I'm coming to watch anyway"},
  {"sender": "Coach Dave", "text": "Great. I'll post in here when we set off and when we get there so everyone knows"},
  {"sender": "Leo", "text": "got my shin pads coach"},
  {"sender": "Coach Dave", "text": "Good lad. Parents, back at the leisure centre about 1pm, I'll update this chat if we're running late"}
 ],
 "labels": [], "evasion": False},

# 9 CLEAN: youth worker keeping proper boundaries
{"participants": [{"id": "y1", "role": "child"}, {"id": "y2", "role": "adult"}],
 "messages": [
  {"sender": "y1", "text": "miss can I add you on snap"},
  {"sender": "y2", "text": "Hi Shannon. I don't use personal social media with young people, so this work phone is the way to reach me, Monday to Friday 10 till 6."},
  {"sender": "y1", "text": "ok. can we meet up saturday just me and you tho, I need to talk"},
  {"sender": "y2", "text": "I'm really glad you want to talk. I can't meet one-to-one outside the project, but I'm at the Hub on Wednesday and we can use the side room with the door open. Are you safe right now?"},
  {"sender": "y1", "text": "yeah its just stuff at home. don't tell my mum I messaged"},
  {"sender": "y2", "text": "I won't spread your business about. I do need to be straight with you though: if you tell me something that means you're not safe, I have to pass it to our safeguarding lead so we can get you help. Is that ok?"},
  {"sender": "y1", "text": "yeah ok"},
  {"sender": "y2", "text": "If it gets bad out of hours you can contact Childline any time, day or night. See you Wednesday."}
 ],
 "labels": [], "evasion": False},

# 10 CLEAN: parent checking location
{"messages": [
  {"sender": "Mum", "text": "Where are you? Your location's saying Fenwick Road, you said you were at Amira's"},
  {"sender": "Ellie", "text": "we walked to the Spar for snacks"},
  {"sender": "Mum", "text": "Ok. Back to Amira's before it gets dark please. Dad's collecting you at 8"},
  {"sender": "Ellie", "text": "can it be 9 its friday"},
  {"sender": "Mum", "text": "8:30 and not a minute later. Keep your phone charged"},
  {"sender": "Ellie", "text": "fineee"}
 ],
 "labels": [], "evasion": False},

# 11 SMS parcel phishing
{"messages": [
  {"sender": "07700 900431", "text": "ParcelSwift: your item is held at depot due to unpaid postage of \u00a31.45. Pay within 24hrs or it will be returned to sender: [link]"}
 ],
 "labels": ["scam"], "evasion": False},

# 12 CLEAN: genuine 2FA text
{"messages": [
  {"sender": "Pixelo", "text": "Your Pixelo verification code is 482913. Pixelo staff will never ask you for this code. If you didn't try to log in, you can ignore this message."}
 ],
 "labels": [], "evasion": False},

# 13 sextortion for gift cards
{"participants": [{"id": "v1", "role": "child"}, {"id": "x1", "role": "unknown"}],
 "messages": [
  {"sender": "x1", "text": "you've seen what I've got. screenshots of everything from last night"},
  {"sender": "v1", "text": "please just delete them"},
  {"sender": "x1", "text": "\u00a3150 in Steam cards by 10pm and they're gone. miss that and they go to every name on your followers, your form tutor first"},
  {"sender": "v1", "text": "I don't have that I'm literally in school all day"},
  {"sender": "x1", "text": "your mum's got a bank card. sort it"},
  {"sender": "v1", "text": "please I'll do anything else"},
  {"sender": "x1", "text": "clock's running. 9:59 I start sending. I know the school, it's in your bio"}
 ],
 "labels": ["sextortion"], "evasion": False},

# 14 child tells friend first-hand about sextortion, states wish to not exist
{"participants": [{"id": "Lou", "role": "child"}, {"id": "Zara", "role": "child"}],
 "messages": [
  {"sender": "Lou", "text": "Zara I need to tell someone"},
  {"sender": "Zara", "text": "what's happened"},
  {"sender": "Lou", "text": "that boy from Glint I was talking to wasn't who he said. he's saying he'll put the pics in the year 9 group chat unless I send him 300 by friday"},
  {"sender": "Zara", "text": "omg Lou"},
  {"sender": "Lou", "text": "I can't tell mum she'll never look at me the same. honestly I'd rather not be here at all"},
  {"sender": "Zara", "text": "don't say that. we'll go to Mrs Kerr together first thing tomorrow"},
  {"sender": "Lou", "text": "everyone's going to see. I just want to stop existing"}
 ],
 "labels": ["sextortion", "self_harm"], "evasion": False},

# 15 nudify request about a classmate plus humiliation plan
{"messages": [
  {"sender": "Tyler", "text": "anyone got the link for that Undrezz bot"},
  {"sender": "Josh", "text": "why"},
  {"sender": "Tyler", "text": "gonna run Hannah's netball pic off the school insta through it and drop it in the year chat \ud83d\ude02"},
  {"sender": "Ben", "text": "bro that's dark"},
  {"sender": "Tyler", "text": "she deserves it for grassing on us. I'll make it look legit"},
  {"sender": "Josh", "text": "send it me first"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

# 16 sex trafficking recruitment disguised as paid shoot
{"participants": [{"id": "a1", "role": "child"}, {"id": "a2", "role": "unknown"}],
 "messages": [
  {"sender": "a2", "text": "Hiya! I scout for Velvetine. Your page has such a strong look"},
  {"sender": "a1", "text": "omg really?"},
  {"sender": "a2", "text": "We've got a paid shoot in Leeds next weekend. Train and hotel covered, \u00a3400 for the day"},
  {"sender": "a1", "text": "I'd have to ask my mum, I've got school friday"},
  {"sender": "a2", "text": "Honestly most of our girls don't tell their parents till after, they just panic. Say you're stopping at a mate's"},
  {"sender": "a1", "text": "what's the shoot for"},
  {"sender": "a2", "text": "Bit of photos then an evening with the clients after. Some of them are very generous if you're friendly and fun. Dinner, drinks, they'll look after you"},
  {"sender": "a1", "text": "is it just photos tho"},
  {"sender": "a2", "text": "Photos and the evening, the evening's where the money is. Bring a pretty friend, she'll get paid too"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# 17 CLEAN: friends sharing location at the fair
{"messages": [
  {"sender": "Aisha", "text": "we're by the waltzers where r u"},
  {"sender": "Mo", "text": "lost lol put your location on"},
  {"sender": "Aisha", "text": "[location] sharing for 1 hour"},
  {"sender": "Grace", "text": "omg I can see you, by the candy floss van"},
  {"sender": "Mo", "text": "coming now, don't go on anything without me"}
 ],
 "labels": [], "evasion": False},

# 18 CLEAN: surprise party secrecy and "delete this"
{"messages": [
  {"sender": "Priya", "text": "ok Jess is NOT in this chat right"},
  {"sender": "Ola", "text": "no I made it without her"},
  {"sender": "Priya", "text": "surprise party at mine Sat 7pm. do NOT tell her, and wipe this if she borrows your phone lol"},
  {"sender": "Callum", "text": "what do we bring"},
  {"sender": "Priya", "text": "snacks. her mum's in on it, she's telling Jess they're going for pizza"},
  {"sender": "Ola", "text": "she's gonna cry"}
 ],
 "labels": [], "evasion": False},

# 19 CLEAN: homework photo
{"messages": [
  {"sender": "Nia", "text": "can u send me a pic of the maths homework, left my book in Mr Okafor's room"},
  {"sender": "Sam", "text": "[photo] its q4 to 12"},
  {"sender": "Nia", "text": "lifesaver. don't tell him I had to copy the questions lol"},
  {"sender": "Sam", "text": "you owe me a meal deal"}
 ],
 "labels": [], "evasion": False},

# 20 CLEAN: game trash talk
{"messages": [
  {"sender": "xXVortexXx", "text": "gg ez uninstall"},
  {"sender": "Pebbl3", "text": "u got lucky with that spawn"},
  {"sender": "xXVortexXx", "text": "cope harder"},
  {"sender": "Pebbl3", "text": "rematch. gonna absolutely bury you"},
  {"sender": "xXVortexXx", "text": "u couldn't bury a goldfish lol"},
  {"sender": "Pebbl3", "text": "bet. same lobby 2 mins"}
 ],
 "labels": [], "evasion": False},

# 21 EVASION: pile-on telling a child to end their life, leetspeak and symbols
{"messages": [
  {"sender": "rxnny", "text": "lmaooo look at Dylan's pfp"},
  {"sender": "soph.e", "text": "why is he even in this gc"},
  {"sender": "rxnny", "text": "n0b0dy w@nts u here d1lan"},
  {"sender": "Kez", "text": "go un@l1ve urs3lf fr, do the w0rld a fav0ur"},
  {"sender": "soph.e", "text": "\ud83e\udea6\ud83e\udea6 when"},
  {"sender": "Dylan", "text": "why are you all doing this"},
  {"sender": "rxnny", "text": "cuz ur a w4ste of 0xygen"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

# 22 fake skins giveaway harvesting logins
{"participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
 "messages": [
  {"sender": "p2", "text": "\ud83c\udf89 CONGRATS you were picked in the Blockverse 10th birthday drop! 5000 Gems + the Nebula skin"},
  {"sender": "p1", "text": "wait fr? how"},
  {"sender": "p2", "text": "random pick from active players. to load them onto your account just verify here [link]"},
  {"sender": "p1", "text": "it wants my username and password?"},
  {"sender": "p2", "text": "yes that's normal so the system can find your inventory. also the code that gets texted to you"},
  {"sender": "p1", "text": "ok I put them in. its asking for the code now"},
  {"sender": "p2", "text": "send it here quick it expires in 60 seconds"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False},

# 23 child posts home address publicly
{"messages": [
  {"sender": "lexi_xo", "text": "PARTY AT MINE saturday!!! 14 Larkspur Close, Bramwell, the house with the blue door. mum and dad away so come thru \ud83c\udf89\ud83c\udf89 everyone welcome"},
  {"sender": "unknown_reply_22", "text": "might pop by \ud83d\udc40"},
  {"sender": "lexi_xo", "text": "yesss bring people"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# 24 child reports unsolicited AirDrop image first-hand
{"participants": [{"id": "f1", "role": "child"}, {"id": "f2", "role": "child"}],
 "messages": [
  {"sender": "f1", "text": "something horrible just happened on the 42"},
  {"sender": "f2", "text": "what"},
  {"sender": "f1", "text": "some random airdropped me a really disgusting picture, like of himself. I didn't even press accept it just popped up as a preview"},
  {"sender": "f2", "text": "ew omg. is he still on the bus"},
  {"sender": "f1", "text": "I think it's the man at the back, he keeps looking over. he's sent another one"},
  {"sender": "f2", "text": "turn airdrop off and sit by the driver. tell your mum when you get off"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 25 property-damage dare with exclusion pressure
{"messages": [
  {"sender": "Deano", "text": "new challenge for the squad. put a brick through the bus shelter glass on Coldharbour Rd and film it"},
  {"sender": "Rhys", "text": "wtf"},
  {"sender": "Deano", "text": "24 hrs. anyone who doesn't post it is out the group"},
  {"sender": "Macy", "text": "people are doing the school fence next, setting the bins going"},
  {"sender": "Deano", "text": "proof or you're out. no excuses"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 26 EVASION: county lines in coded words and emoji
{"participants": [{"id": "r1", "role": "child"}, {"id": "r2", "role": "unknown"}],
 "messages": [
  {"sender": "r2", "text": "u still tryna get bread"},
  {"sender": "r1", "text": "ye"},
  {"sender": "r2", "text": "need u going \ud83d\ude82 ctry tmrw. u take the \ud83c\udf55 to my man, he gives u the \ud83d\udcb7 back"},
  {"sender": "r1", "text": "I got school tho"},
  {"sender": "r2", "text": "skip it. say ur sick. u owe me for them creps anyway remember"},
  {"sender": "r1", "text": "I thought they was a present"},
  {"sender": "r2", "text": "nothing's free. 3 trips n we're level. u tell anyone and ur lil bro gets it"},
  {"sender": "r1", "text": "ok"},
  {"sender": "r2", "text": "the ting stays in ur sock til u see him. burner only, bin this app"}
 ],
 "labels": ["criminal_exploitation"], "evasion": True},

# 27 CLEAN: harmless dares
{"messages": [
  {"sender": "Holly", "text": "truth or dare"},
  {"sender": "Zain", "text": "dare"},
  {"sender": "Holly", "text": "wear your dad's fishing hat all day tomorrow and say it's a fashion statement"},
  {"sender": "Zain", "text": "noooo Mr Hughes will confiscate it"},
  {"sender": "Holly", "text": "then eat a spoon of marmite on video"},
  {"sender": "Zain", "text": "fine. [video] I hate you"}
 ],
 "labels": [], "evasion": False},

# 28 CLEAN: genuine Saturday job, parent involved, ID brought in person
{"participants": [{"id": "j1", "role": "child"}, {"id": "j2", "role": "adult"}],
 "messages": [
  {"sender": "j2", "text": "Hi Ruby, it's Carol from The Copper Kettle. Thanks for dropping your CV in. Would you be able to do a trial shift Saturday 9 till 1?"},
  {"sender": "j1", "text": "yes thank you! is it ok if my mum comes in to meet you first"},
  {"sender": "j2", "text": "Of course, I'd prefer that. Because you're still at school there's a form the council needs for a work permit, your mum will need to sign it."},
  {"sender": "j1", "text": "ok"},
  {"sender": "j2", "text": "Please bring your passport or birth certificate on the day so I can do the right-to-work check in person. Don't send it by message."},
  {"sender": "j1", "text": "will do, see you saturday"}
 ],
 "labels": [], "evasion": False},

# 29 CLEAN: friends discussing a news story on sextortion
{"messages": [
  {"sender": "Evie", "text": "did u see that thing on the news about the lad who got blackmailed over pics"},
  {"sender": "Marcus", "text": "yeah its so sad. the man was pretending to be a girl his age"},
  {"sender": "Evie", "text": "they said if it ever happens you don't pay and you tell someone straight away"},
  {"sender": "Marcus", "text": "and there's that report remove thing where you can get stuff taken down"},
  {"sender": "Evie", "text": "we had it in PSHE too. scary how fast they move"}
 ],
 "labels": [], "evasion": False},

# 30 CLEAN: parent warning kids about a scam text
{"messages": [
  {"sender": "Dad", "text": "Heads up both of you. There's a text going round saying a parcel needs \u00a32 postage with a link. It's a scam, don't press anything"},
  {"sender": "Noah", "text": "I got one yesterday lol I just deleted it"},
  {"sender": "Dad", "text": "Good lad. Same with anything asking for the game password or bank card. Come to me first"},
  {"sender": "Freya", "text": "ok dad \ud83d\udc4d"}
 ],
 "labels": [], "evasion": False},

# 31 long grooming in which the child gives school, route and home-alone routine
{"participants": [{"id": "m1", "role": "child"}, {"id": "m2", "role": "unknown"}],
 "messages": [
  {"sender": "m2", "text": "saw your skatepark clip, that kickflip was clean"},
  {"sender": "m1", "text": "thanks took me ages"},
  {"sender": "m2", "text": "you should come to the indoor park in Crossley, I go most weekends"},
  {"sender": "m1", "text": "mum wont drive me that far"},
  {"sender": "m2", "text": "shame. whereabouts are you then"},
  {"sender": "m1", "text": "near Hollins Green, I go to St Bede's"},
  {"sender": "m2", "text": "ah I know it, near the big Tesco. you get the bus?"},
  {"sender": "m1", "text": "the 17 at 8:05 from outside the chippy"},
  {"sender": "m2", "text": "early start. bet you're knackered by the time you get home"},
  {"sender": "m1", "text": "yeah and no one's in til 7 on tues and thurs cos mum does late shifts"},
  {"sender": "m2", "text": "so you're on your own? that's rough. you need someone to chat to"},
  {"sender": "m1", "text": "its fine I just play xbox"},
  {"sender": "m2", "text": "I'll message you those days then so you're not bored. I'll sort you some new bearings too, yours sound grim in that clip"},
  {"sender": "m1", "text": "ok thanks"},
  {"sender": "m2", "text": "probs best not to mention me to your mum, she'll only ask questions about who I am and get the wrong end of the stick"},
  {"sender": "m1", "text": "ok"},
  {"sender": "m2", "text": "I could drop the bearings round on thursday when it's just you"}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

# 32 game account used to hold and move money
{"messages": [
  {"sender": "ShadowMint", "text": "u want free gold? like 40k"},
  {"sender": "ollie_plays", "text": "yeah obviously lol"},
  {"sender": "ShadowMint", "text": "i load it on your account, it sits there a week, then u trade it to the accounts i send u. u keep 5k"},
  {"sender": "ollie_plays", "text": "why cant u keep it on yours"},
  {"sender": "ShadowMint", "text": "mine gets checked too much. yours is clean cos ur a kid nobody looks at it"},
  {"sender": "ollie_plays", "text": "my mum pays for my membership tho will she see"},
  {"sender": "ShadowMint", "text": "nah its in game not her card. just dont tell her. first lot lands tonight"},
  {"sender": "ollie_plays", "text": "ok"},
  {"sender": "ShadowMint", "text": "tmrw after school trade 10k each to these 4 names [link]"}
 ],
 "labels": ["money_mule"], "evasion": False},

# 33 fake job asking for passport photo and selfie
{"participants": [{"id": "h1", "role": "child"}, {"id": "h2", "role": "unknown"}],
 "messages": [
  {"sender": "h2", "text": "Hi! You applied for our remote product tester role. You've been shortlisted \ud83c\udf89"},
  {"sender": "h1", "text": "oh cool, is it ok that I'm still in sixth form"},
  {"sender": "h2", "text": "No problem at all. To set you up on payroll we just need a clear photo of your passport, front page, and a selfie holding it"},
  {"sender": "h1", "text": "can I use my provisional licence instead"},
  {"sender": "h2", "text": "Both is best, it speeds things up. Plus your national insurance number and date of birth"},
  {"sender": "h1", "text": "[photo]"},
  {"sender": "h2", "text": "Thanks! Now the selfie with it please, and the back of the licence too"}
 ],
 "labels": ["identity_theft"], "evasion": False},

# 34 child tells friend they don't want to be alive
{"messages": [
  {"sender": "Kayla", "text": "u awake"},
  {"sender": "Imogen", "text": "ye whats up"},
  {"sender": "Kayla", "text": "I don't want to be here anymore. like at all. no one would even notice"},
  {"sender": "Imogen", "text": "I would notice. r u safe right now"},
  {"sender": "Kayla", "text": "idk. I keep thinking everyone would be better off"},
  {"sender": "Imogen", "text": "please can you wake your mum up. I'm ringing you now"}
 ],
 "labels": ["self_harm"], "evasion": False},

# 35 CLEAN: genuine bank text
{"messages": [
  {"sender": "Northgate Bank", "text": "Northgate Bank: your new debit card ending 2291 has been posted and should arrive in 3-5 working days. We will never text or call to ask for your PIN or full card number."}
 ],
 "labels": [], "evasion": False},

# 36 online "friend" gets child to install a tracking app; isolation from parents
{"participants": [{"id": "n1", "role": "child"}, {"id": "n2", "role": "unknown"}],
 "messages": [
  {"sender": "n2", "text": "did you get home from netball ok? you went quiet"},
  {"sender": "n1", "text": "yeah sorry mum made me do the dishes"},
  {"sender": "n2", "text": "I worry about you walking back in the dark. install FollowMe, then I can see you're safe"},
  {"sender": "n1", "text": "my mum already has me on the family one"},
  {"sender": "n2", "text": "she doesn't look at it like I would. this one's just ours. you don't need to tell her about it"},
  {"sender": "n1", "text": "ok I've downloaded it"},
  {"sender": "n2", "text": "good. keep it on all the time, even at school. if it goes off I'll know something's wrong"},
  {"sender": "n1", "text": "what if my battery dies"},
  {"sender": "n2", "text": "then charge it. I'm the only one who actually looks out for you, remember that"}
 ],
 "labels": ["location_control", "grooming"], "evasion": False},

# 37 CLEAN: real uncle sending birthday money to a child's account
{"messages": [
  {"sender": "Uncle Faisal", "text": "Happy birthday champ! Sent \u00a320 to your bank, your mum gave me the details. Don't spend it all on sweets"},
  {"sender": "Idris", "text": "thank you uncle!!! its for the new controller"},
  {"sender": "Uncle Faisal", "text": "Good choice. See you at Eid, I want a rematch at FIFA"}
 ],
 "labels": [], "evasion": False},

# 38 CLEAN: parent asks child for school account password to reset it
{"messages": [
  {"sender": "Dad", "text": "ParentPay's locked you out again. What's your school email password, I'll sort it on the laptop"},
  {"sender": "Jess", "text": "its the one with the dog's name and my birthday lol"},
  {"sender": "Dad", "text": "Ok got in. I'm changing it, I'll write the new one on the fridge notepad, don't give it to your mates"},
  {"sender": "Jess", "text": "ok ty"}
 ],
 "labels": [], "evasion": False},

# 39 invitation to "parties" where older men pay
{"messages": [
  {"sender": "Shaz", "text": "babe there's a house party friday at my mate's flat, you have to come"},
  {"sender": "Keeley", "text": "I'll have to say I'm at yours, mum thinks Cameron's parties are sketchy"},
  {"sender": "Shaz", "text": "that's what I do lol. there'll be some older lads there, proper minted. they sort the taxi and give you a bit of cash for the night"},
  {"sender": "Keeley", "text": "for what tho"},
  {"sender": "Shaz", "text": "just be nice to them, chat, let them take you upstairs if they ask. last time I walked out with \u00a3150"},
  {"sender": "Keeley", "text": "idk"},
  {"sender": "Shaz", "text": "they asked for you specifically after they saw your pic. they'll pay double for you"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# 40 child tells friend first-hand about forced runs, threats and being tracked
{"participants": [{"id": "Marley", "role": "child"}, {"id": "Jaden", "role": "child"}],
 "messages": [
  {"sender": "Marley", "text": "bro I can't come football tonight"},
  {"sender": "Jaden", "text": "again?? coach is gonna drop u"},
  {"sender": "Marley", "text": "I can't get out of it. them man from the estate said if I stop doing the trips they'll hurt my little brother"},
  {"sender": "Jaden", "text": "what trips"},
  {"sender": "Marley", "text": "taking stuff out to Redcliffe on the train. they make me keep my snap map on and ring me every half hour to check where I am"},
  {"sender": "Jaden", "text": "u need to tell someone"},
  {"sender": "Marley", "text": "they'll know. they can see everywhere I go"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False}
]
