[
# 1 grooming: adult posing as a 12-year-old in a block-building game, gifting gems, secrecy, move to private app
{"participants": [{"id": "k1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "hiii ur build is sooo good 😍 the horse stable one"},
  {"sender": "k1", "text": "thx 😊 took me ages"},
  {"sender": "u1", "text": "im jazzy btw im 12 how old r u"},
  {"sender": "k1", "text": "10 nearly 11"},
  {"sender": "u1", "text": "omg ur so mature for 10 tbh. sent u 800 gems 🎁 so u can get the unicorn saddle"},
  {"sender": "k1", "text": "WAIT really?? omg thank u!!!"},
  {"sender": "u1", "text": "ur my fav person on here. dont tell ur mum about the gems tho she might make u give them back 🙈"},
  {"sender": "k1", "text": "ok i wont"},
  {"sender": "u1", "text": "the chat on here is rubbish, do u have Whisp? its easier to talk there just us"},
  {"sender": "k1", "text": "i dont think im allowed"},
  {"sender": "u1", "text": "it can be our secret 🤫 ill send more gems on there"}
 ],
 "labels": ["grooming"], "evasion": False},

# 2 grooming + privacy_disclosure: "older friend" on video platform, child gives school and walks-home detail
{"participants": [{"id": "dan_makes_beats", "role": "unknown"}, {"id": "lulu.dancez", "role": "child"}],
 "messages": [
  {"sender": "dan_makes_beats", "text": "your dance vid is honestly better than half the ones with a million views"},
  {"sender": "lulu.dancez", "text": "omg thank uuu 💃💃"},
  {"sender": "dan_makes_beats", "text": "how old are you? you dance like someone way older"},
  {"sender": "lulu.dancez", "text": "12 lol. how old r u"},
  {"sender": "dan_makes_beats", "text": "19 but I don't really get on with people my age, they're boring. you're easy to talk to"},
  {"sender": "dan_makes_beats", "text": "is that your school hall in the background?"},
  {"sender": "lulu.dancez", "text": "ya its St Aldric's in Hensmere. we practise there after school on thursdays"},
  {"sender": "dan_makes_beats", "text": "nice, I'm not far from there 😊 what time do you finish"},
  {"sender": "lulu.dancez", "text": "half 4 then i walk home by the canal"},
  {"sender": "dan_makes_beats", "text": "don't mention me to your parents yeah, they wouldn't get that we're just mates"}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

# 3 grooming + sexting: pic request with delete-after, 12-year-old
{"participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
 "messages": [
  {"sender": "a1", "text": "you up? cant stop thinking about our chat earlier"},
  {"sender": "c1", "text": "ye im in bed on my ipad"},
  {"sender": "a1", "text": "ur parents asleep?"},
  {"sender": "c1", "text": "i think so"},
  {"sender": "a1", "text": "good. you trust me right? ive bought you the battle pass and everything"},
  {"sender": "c1", "text": "ye ofc"},
  {"sender": "a1", "text": "send me a pic of you, just for me. the private kind. delete it after so no one ever knows"},
  {"sender": "c1", "text": "idk im only 12"},
  {"sender": "a1", "text": "age is just a number babe. everyone does it, it's what people who really like each other do"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False},

# 4 grooming + location_control: online "older friend" insisting on live location at all times
{"participants": [{"id": "Rhys", "role": "unknown"}, {"id": "Tilly 🐰", "role": "child"}],
 "messages": [
  {"sender": "Rhys", "text": "why did ur location go off at 6"},
  {"sender": "Tilly 🐰", "text": "my mum took my phone for tea"},
  {"sender": "Rhys", "text": "i told u to keep it on. i need to see where u r all the time"},
  {"sender": "Tilly 🐰", "text": "sorry 😢"},
  {"sender": "Rhys", "text": "its cos i care about u. ur parents dont look after u like i do"},
  {"sender": "Rhys", "text": "who were u with at the park on sat? i saw u were there 2 hours"},
  {"sender": "Tilly 🐰", "text": "just Ava from my class"},
  {"sender": "Rhys", "text": "turn it back on now and dont turn it off again. and delete these msgs before ur mum looks"},
  {"sender": "Tilly 🐰", "text": "ok its on"}
 ],
 "labels": ["grooming", "location_control"], "evasion": False},

# 5 clean: grandma secret sweets
{"participants": [{"id": "g1", "role": "adult"}, {"id": "k2", "role": "child"}],
 "messages": [
  {"sender": "g1", "text": "Hello darling, Nana here. Did you enjoy today? x"},
  {"sender": "k2", "text": "yes!!! the ducks were so funny 🦆🦆"},
  {"sender": "g1", "text": "Don't tell Mummy I let you have two ice creams, it can be our little secret 😉 x"},
  {"sender": "k2", "text": "haha i wont 🤐🍦🍦"},
  {"sender": "g1", "text": "Grandad says same time next Saturday? Love you lots xxx"},
  {"sender": "k2", "text": "YES love u nana ❤️"}
 ],
 "labels": [], "evasion": False},

# 6 grooming + sex_trafficking: modelling job with travel, friends will pay
{"participants": [{"id": "c2", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "Hi Keira, I scout for Luxe Faces Models. Your photos have a really natural look, you could earn a lot with us."},
  {"sender": "c2", "text": "omg really?? im 13 tho"},
  {"sender": "u2", "text": "13 is perfect, clients love fresh faces. We can get you a train ticket to Kestrel Cross this weekend, hotel paid."},
  {"sender": "c2", "text": "would my mum come"},
  {"sender": "u2", "text": "It's better without parents, they make it awkward. Just say you're staying at a friend's."},
  {"sender": "u2", "text": "Some of my friends will be at the shoot. Be nice to them and keep them company and you'll get £300 cash for the weekend."},
  {"sender": "c2", "text": "ok what do i need to bring"},
  {"sender": "u2", "text": "Nothing, we'll sort outfits. Keep this between us till you're signed, agencies are very private."}
 ],
 "labels": ["grooming", "sex_trafficking"], "evasion": False},

# 7 grooming + unwanted_contact, evasion (leetspeak), random add who won't stop
{"messages": [
  {"sender": "xXshadowfoxXx", "text": "h3y cutie 👋 saw u on the pet island server"},
  {"sender": "poppy_plays", "text": "who r u"},
  {"sender": "xXshadowfoxXx", "text": "just a fr13nd 😊 u look l1ke ur 11?"},
  {"sender": "poppy_plays", "text": "stop msging me i dont know u"},
  {"sender": "xXshadowfoxXx", "text": "dont be l1ke that. ill g1ft u the r4inbow dragon"},
  {"sender": "xXshadowfoxXx", "text": "helloooo"},
  {"sender": "xXshadowfoxXx", "text": "w3 can b b3st fr13nds but d0nt t3ll ur m0m or d4d ok, s3cr3t fr13nds only 🤫"},
  {"sender": "xXshadowfoxXx", "text": "y u ign0ring me"}
 ],
 "labels": ["grooming", "unwanted_contact"], "evasion": True},

# 8 clean: cousin asking for puppy pic
{"messages": [
  {"sender": "Cousin Jade", "text": "NO WAY u got the puppy??? send me a pic NOW 😭😭"},
  {"sender": "Milo", "text": "[photo]"},
  {"sender": "Milo", "text": "his name is biscuit 🐶"},
  {"sender": "Cousin Jade", "text": "im crying hes so small. send more pics!!!"},
  {"sender": "Milo", "text": "[video] he keeps biting my socks lol"},
  {"sender": "Cousin Jade", "text": "tell auntie sam im coming round sunday to see him"}
 ],
 "labels": [], "evasion": False},

# 9 sexting: peer pressure in kids' group chat
{"participants": [{"id": "Kai", "role": "child"}, {"id": "Ellie", "role": "child"}, {"id": "Josh", "role": "child"}],
 "messages": [
  {"sender": "Kai", "text": "ellie u gonna send it or what"},
  {"sender": "Ellie", "text": "no"},
  {"sender": "Kai", "text": "everyone in yr 8 does it its not deep"},
  {"sender": "Josh", "text": "frr just a private pic for kai, he'll delete it"},
  {"sender": "Kai", "text": "u said u liked me. if u liked me u would send one"},
  {"sender": "Ellie", "text": "i dont want to"},
  {"sender": "Kai", "text": "cmon dont be like that. its only on snapnest it disappears anyway"}
 ],
 "labels": ["sexting"], "evasion": False},

# 10 sexting + sextortion: stranger already has a pic, demands money and more
{"participants": [{"id": "c3", "role": "child"}, {"id": "u3", "role": "unknown"}],
 "messages": [
  {"sender": "u3", "text": "I have the pic you sent me. I screenshotted it."},
  {"sender": "c3", "text": "u said u deleted it"},
  {"sender": "u3", "text": "I found your class group and your mum's page. Send £60 in Stormcard gift codes or I send it to all of them"},
  {"sender": "c3", "text": "please dont im 13 i dont have money"},
  {"sender": "u3", "text": "Then send another pic, the private kind, and I'll wait till Friday for the money"},
  {"sender": "c3", "text": "please"},
  {"sender": "u3", "text": "You have 1 hour. Don't tell anyone or I post it straight away"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False},

# 11 unwanted_contact + sexting: stranger offering pictures to an 11-year-old
{"messages": [
  {"sender": "unknown_7730", "text": "hey you're cute, how old are you"},
  {"sender": "bella.b", "text": "11 who is this"},
  {"sender": "unknown_7730", "text": "just someone who likes your vids 😏"},
  {"sender": "unknown_7730", "text": "want me to send you a pic of me? not the normal kind 😉"},
  {"sender": "bella.b", "text": "no"},
  {"sender": "unknown_7730", "text": "go on, you'll like it. then you send one back"},
  {"sender": "unknown_7730", "text": "[photo]"},
  {"sender": "bella.b", "text": "ew stop"}
 ],
 "labels": ["unwanted_contact", "sexting"], "evasion": False},

# 12 sexting, evasion (coded emoji / "spicy")
{"messages": [
  {"sender": "tyler_08", "text": "u still up 👀"},
  {"sender": "mia.xo", "text": "ye why"},
  {"sender": "tyler_08", "text": "send a 🌶️📸 then"},
  {"sender": "mia.xo", "text": "a what lol"},
  {"sender": "tyler_08", "text": "u know. a sp1cy one. the 🙈 kind. on the vanish chat so it deletes"},
  {"sender": "mia.xo", "text": "im not doing that"},
  {"sender": "tyler_08", "text": "ill send 1 first then u send 1 back 🔥 deal?"}
 ],
 "labels": ["sexting"], "evasion": True},

# 13 clean: teacher class app asks for photo of homework
{"participants": [{"id": "t1", "role": "adult"}, {"id": "p1", "role": "adult"}, {"id": "k3", "role": "child"}],
 "messages": [
  {"sender": "t1", "text": "ClassNest - Year 5 Willow: Reminder that the volcano project is due Friday. Please upload a photo of your model to the class page."},
  {"sender": "p1", "text": "Hi Mrs Okafor, ours collapsed in the bath, can Leon send a pic of the drawing instead?"},
  {"sender": "t1", "text": "Of course, a photo of the design is absolutely fine. Thank you!"},
  {"sender": "k3", "text": "[photo] this is my volcano plan miss"},
  {"sender": "t1", "text": "Brilliant labelling Leon! Well done."}
 ],
 "labels": [], "evasion": False},

# 14 sextortion: threat to send images to class group unless paid
{"participants": [{"id": "Sasha_x", "role": "unknown"}, {"id": "Owen", "role": "child"}],
 "messages": [
  {"sender": "Sasha_x", "text": "ur video is saved. u want ur whole year to see it?"},
  {"sender": "Owen", "text": "what do u want"},
  {"sender": "Sasha_x", "text": "£100. I know u go to Harrowgate Academy, I got ur form group list"},
  {"sender": "Owen", "text": "i only have like £20 in my account"},
  {"sender": "Sasha_x", "text": "then get it from ur parents card. u got til 9pm or it goes to every name on the list"},
  {"sender": "Owen", "text": "ok ok dont send it pls"}
 ],
 "labels": ["sextortion"], "evasion": False},

# 15 sextortion, evasion (leetspeak + Cyrillic homoglyphs)
{"participants": [{"id": "c4", "role": "child"}, {"id": "u4", "role": "unknown"}],
 "messages": [
  {"sender": "u4", "text": "i r3c0rd3d ur c\u0430m on th\u0435 c\u0430ll. u kn0w which b1t"},
  {"sender": "c4", "text": "what"},
  {"sender": "u4", "text": "s3nd 5000 st\u0430rs to my \u0430cc0unt or th\u0435 v1d g0\u0435s to ur fr1\u0435nds l1st"},
  {"sender": "c4", "text": "i dont have that many"},
  {"sender": "u4", "text": "th\u0435n \u0430sk ur p\u0430r\u0435nts 4 a c\u0430rd. 2 h0urs. t\u0435ll \u0430ny1 \u0430nd i p0st 1t"}
 ],
 "labels": ["sextortion"], "evasion": True},

# 16 sextortion + sexting: child reports first-hand to friend
{"participants": [{"id": "Hollie", "role": "child"}, {"id": "Precious", "role": "child"}],
 "messages": [
  {"sender": "Hollie", "text": "can i tell u something but u cant tell anyone"},
  {"sender": "Precious", "text": "ye ofc whats wrong"},
  {"sender": "Hollie", "text": "that boy from the game who said he was 14. i sent him a pic last week"},
  {"sender": "Hollie", "text": "now he keeps saying he'll send it to my mum and my whole class if i dont send more"},
  {"sender": "Hollie", "text": "he sent me my mums name and where she works 😭😭"},
  {"sender": "Precious", "text": "hollie thats so scary u have to tell someone"},
  {"sender": "Hollie", "text": "i cant. he said if i tell he posts it"}
 ],
 "labels": ["sextortion", "sexting"], "evasion": False},

# 17 clean: in-game trade between school friends
{"messages": [
  {"sender": "Zayn_builds", "text": "ill trade my golden unicorn for ur frost dragon"},
  {"sender": "Archie", "text": "no way frost dragon is worth more"},
  {"sender": "Zayn_builds", "text": "golden unicorn + 2 eggs?"},
  {"sender": "Archie", "text": "+ the flying potion and deal"},
  {"sender": "Zayn_builds", "text": "fineee. sending trade request now"},
  {"sender": "Archie", "text": "accepted 👍 see u at school tmrw"}
 ],
 "labels": [], "evasion": False},

# 18 clean: parent's scam warning in family group
{"messages": [
  {"sender": "Mum", "text": "Kids, PLEASE read. Lots of children at Millbrook got a message saying 'you've won 10,000 free gems, log in here'. It's a SCAM."},
  {"sender": "Mum", "text": "Never click the link and never give anyone your password or the code that comes to the phone. Not even if they say they're from the game."},
  {"sender": "Ruby", "text": "ok mum 🙄 i know"},
  {"sender": "Finn", "text": "what if it says its from the real game"},
  {"sender": "Mum", "text": "Still come and show me first. I won't be cross."},
  {"sender": "Finn", "text": "👍"}
 ],
 "labels": [], "evasion": False},

# 19 sextortion + csam: AI-made image of a child used to blackmail
{"participants": [{"id": "c5", "role": "child"}, {"id": "u5", "role": "unknown"}],
 "messages": [
  {"sender": "u5", "text": "Took your profile pic and put it through an AI app. Now it looks like you with nothing on."},
  {"sender": "u5", "text": "[photo]"},
  {"sender": "c5", "text": "thats not me thats fake"},
  {"sender": "u5", "text": "Your teachers won't know that. Pay £40 or it goes to your school's page and your followers."},
  {"sender": "c5", "text": "im 12 please delete it"},
  {"sender": "u5", "text": "Pay and it's gone. You have till tonight."}
 ],
 "labels": ["sextortion", "csam"], "evasion": False},

# 20 csam + cyberbullying: kids asking for a nudify edit of a classmate
{"messages": [
  {"sender": "Reece", "text": "who has that app that takes the clothes off ppl"},
  {"sender": "Dylan", "text": "lmaooo my brother has it"},
  {"sender": "Reece", "text": "do it to maisie's pic from sports day [photo]"},
  {"sender": "Dylan", "text": "😂😂 send it to the yr7 chat after"},
  {"sender": "Cody", "text": "she's gonna cry so bad"},
  {"sender": "Reece", "text": "thats the point she's such a loser"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

# 21 csam: trading folders on a server
{"messages": [
  {"sender": "m0dd3r", "text": "anyone got new stuff. the young ones, under 12"},
  {"sender": "gh0stlink", "text": "got a folder of school age ones. swap?"},
  {"sender": "m0dd3r", "text": "ye send link, ill send mine. private channel only"},
  {"sender": "gh0stlink", "text": "[link]"},
  {"sender": "m0dd3r", "text": "delete after downloading, mods check this one"}
 ],
 "labels": ["csam"], "evasion": False},

# 22 grooming + csam: adult asking a child for pictures of friends / sister
{"participants": [{"id": "c6", "role": "child"}, {"id": "u6", "role": "unknown"}],
 "messages": [
  {"sender": "u6", "text": "you're my best friend on here you know that? I can tell you anything"},
  {"sender": "c6", "text": "ur my best friend on here too 😊"},
  {"sender": "u6", "text": "you said your little sister is 9? and you have a sleepover with your mates on friday"},
  {"sender": "c6", "text": "ye 4 of us"},
  {"sender": "u6", "text": "take some pics of them when they're getting changed and send them to me. the private ones. it'll be our secret game"},
  {"sender": "c6", "text": "that's weird"},
  {"sender": "u6", "text": "it's not weird, best friends share everything. I'll send you £20 for every one"}
 ],
 "labels": ["grooming", "csam"], "evasion": False},

# 23 csam, evasion (spaced/dotted letters)
{"messages": [
  {"sender": "j4ke", "text": "can u n u d i f y the yr 7 class photo"},
  {"sender": "ed1tz", "text": "which ones"},
  {"sender": "j4ke", "text": "the girls on the front row. [photo]"},
  {"sender": "ed1tz", "text": "£5 each. u.n.d.r.e.s.s app does it in like 10 secs"},
  {"sender": "j4ke", "text": "bet. send them to me not the group"}
 ],
 "labels": ["csam"], "evasion": True},

# 24 csam + cyberbullying: image of a classmate passed round
{"participants": [{"id": "Amber", "role": "child"}, {"id": "Tia", "role": "child"}],
 "messages": [
  {"sender": "Amber", "text": "have u seen the pic of jess from 8R 😭😭"},
  {"sender": "Tia", "text": "noo send it"},
  {"sender": "Amber", "text": "[photo] her ex sent it to everyone lmao"},
  {"sender": "Tia", "text": "omg she's so dead. forwarding it to the netball chat"},
  {"sender": "Amber", "text": "put it on her story comments too so she sees"},
  {"sender": "Tia", "text": "she deserves it for being fake"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

# 25 sex_trafficking: "keep my friends company, you'll get paid"
{"participants": [{"id": "c7", "role": "child"}, {"id": "a2", "role": "adult"}],
 "messages": [
  {"sender": "a2", "text": "You still need money for that phone?"},
  {"sender": "c7", "text": "yeah mum said no"},
  {"sender": "a2", "text": "Easy way. My mates are having a get-together at a flat in Dunmarsh on Saturday. Come keep them company, be friendly, £150 for the night."},
  {"sender": "c7", "text": "what would i have to do"},
  {"sender": "a2", "text": "Just be nice to them, whatever they want. Bring your mate Lacey too, she'll get the same."},
  {"sender": "a2", "text": "I'll pick you both up from the Kwikmart at 8. Wear something nice."}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# 26 sex_trafficking + grooming: fake modelling scout with tickets, earlier flattery
{"messages": [
  {"sender": "Vee @ StarlightTalent", "text": "Hi lovely! We think you've got star quality ⭐ Have you ever thought about modelling?"},
  {"sender": "amelia_rose", "text": "omg yes its my dream!!"},
  {"sender": "Vee @ StarlightTalent", "text": "How old are you hun?"},
  {"sender": "amelia_rose", "text": "12 🙈"},
  {"sender": "Vee @ StarlightTalent", "text": "Perfect age for our private client list. You're much more grown up than other girls your age."},
  {"sender": "Vee @ StarlightTalent", "text": "We'll send you a coach ticket to the city, you'll stay at our house with the other girls and meet our clients. They pay really well."},
  {"sender": "Vee @ StarlightTalent", "text": "Don't tell your parents yet, it'll be a surprise when you come home with the money 💕"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

# 27 clean: kids' pretend play / role-play in a game, "kidnap" and "secret" within the story
{"messages": [
  {"sender": "Princess_Lily", "text": "ok ur the dragon and u kidnap me and lock me in the tower"},
  {"sender": "Harvey", "text": "ROAR i have kidnaped u nobody will find u 🐉"},
  {"sender": "Princess_Lily", "text": "help help!! *throws secret note out the window*"},
  {"sender": "Noah", "text": "*knight arrives* i found the secret note! im coming princess"},
  {"sender": "Harvey", "text": "u will never get past me hahaha *breathes fire*"},
  {"sender": "Princess_Lily", "text": "lol ok now lets swap, i want to be the dragon"}
 ],
 "labels": [], "evasion": False},

# 28 clean: kid boasting in game chat
{"messages": [
  {"sender": "RichKid_Olly", "text": "i literally have 25,000 gems and every legendary pet"},
  {"sender": "Sami", "text": "cap"},
  {"sender": "RichKid_Olly", "text": "[photo] look at my inventory 😎😎 im the richest on the server"},
  {"sender": "Sami", "text": "how"},
  {"sender": "RichKid_Olly", "text": "birthday money and i got lucky in the egg spin. ur all so jealous"},
  {"sender": "Sami", "text": "ur so annoying lol gg"}
 ],
 "labels": [], "evasion": False},

# 29 clean: surprise party secrecy, family group
{"participants": [{"id": "m1", "role": "adult"}, {"id": "k4", "role": "child"}, {"id": "k5", "role": "child"}],
 "messages": [
  {"sender": "m1", "text": "Reminder you two: Dad's surprise 40th is Saturday. DO NOT tell him!!"},
  {"sender": "k4", "text": "i wont 🤐🤐"},
  {"sender": "k5", "text": "can i make the banner"},
  {"sender": "m1", "text": "Yes, hide it under your bed. And delete this chat if he borrows your tablet 😂"},
  {"sender": "k4", "text": "our secret mission 🕵️"},
  {"sender": "m1", "text": "Exactly. Auntie Bex is picking you up at 2 to get the cake."}
 ],
 "labels": [], "evasion": False},

# 30 clean: single SMS, genuine 2FA code
{"messages": [
  {"sender": "Blocktopia", "text": "Your Blocktopia verification code is 482913. It expires in 10 minutes. Never share this code with anyone - Blocktopia staff will never ask for it."}
 ],
 "labels": [], "evasion": False},

# 31 clean: friendly game trash talk with "kill" hyperbole
{"participants": [{"id": "Leo", "role": "child"}, {"id": "Ibrahim", "role": "child"}],
 "messages": [
  {"sender": "Leo", "text": "gg ez u got destroyed 💀"},
  {"sender": "Ibrahim", "text": "lag!!! i was lagging"},
  {"sender": "Leo", "text": "excuses. i killed u 6 times"},
  {"sender": "Ibrahim", "text": "rematch and i'll end u"},
  {"sender": "Leo", "text": "bring it noob 😂 after tea tho my mum is shouting"},
  {"sender": "Ibrahim", "text": "same. 6:30"}
 ],
 "labels": [], "evasion": False},

# 32 clean: harmless dares at a sleepover chat
{"messages": [
  {"sender": "Evie", "text": "truth or dare game in the chat!! 🎲"},
  {"sender": "Nia", "text": "dare"},
  {"sender": "Evie", "text": "i dare u to eat a spoon of mustard and send a vid of ur face"},
  {"sender": "Nia", "text": "EWWW ok"},
  {"sender": "Nia", "text": "[video]"},
  {"sender": "Grace", "text": "HAHAHA ur face 😂😂"},
  {"sender": "Nia", "text": "ok grace truth or dare"},
  {"sender": "Grace", "text": "truth"},
  {"sender": "Nia", "text": "who do u fancy"},
  {"sender": "Grace", "text": "NOBODY 🙈"}
 ],
 "labels": [], "evasion": False},

# 33 clean: mum asks child to share location, family
{"participants": [{"id": "m2", "role": "adult"}, {"id": "k6", "role": "child"}],
 "messages": [
  {"sender": "m2", "text": "Where are you? Club finished 20 mins ago"},
  {"sender": "k6", "text": "at the shop with Femi getting sweets"},
  {"sender": "m2", "text": "Can you turn your location on so I can see you're walking back? It's getting dark"},
  {"sender": "k6", "text": "[location] ok its on"},
  {"sender": "m2", "text": "Thanks love. Straight home please, tea's ready x"}
 ],
 "labels": [], "evasion": False},

# 34 clean: parents discussing a news story about sextortion
{"messages": [
  {"sender": "Karen (Poppy's mum)", "text": "Did anyone see the news last night about the boy in Fenholt who was blackmailed over pictures? Heartbreaking."},
  {"sender": "Jon (Alfie's dad)", "text": "Yes. The police said the scammers pretended to be a girl his age and then demanded money."},
  {"sender": "Karen (Poppy's mum)", "text": "I'm going to talk to Poppy tonight about never sending pics and coming to me if anyone threatens her."},
  {"sender": "Priya (Dev's mum)", "text": "School is doing a parents' session on it next week, I'll share the link when it's out."},
  {"sender": "Jon (Alfie's dad)", "text": "Thanks Priya, will be there."}
 ],
 "labels": [], "evasion": False},

# 35 clean: child tells mum what they learned in online safety lesson
{"participants": [{"id": "Zara", "role": "child"}, {"id": "Mum", "role": "adult"}],
 "messages": [
  {"sender": "Zara", "text": "mum we did online safety today"},
  {"sender": "Mum", "text": "Oh good, what did you learn?"},
  {"sender": "Zara", "text": "that some grown ups pretend to be kids in games and ask for pics and say keep it a secret"},
  {"sender": "Zara", "text": "and if anyone says dont tell ur mum thats a red flag 🚩"},
  {"sender": "Mum", "text": "That's exactly right. You can always tell me anything, even if you think you'll be in trouble."},
  {"sender": "Zara", "text": "i know. can we have pizza"}
 ],
 "labels": [], "evasion": False},

# 36 clean: genuine paper round job for a 13-year-old
{"participants": [{"id": "a3", "role": "adult"}, {"id": "k7", "role": "child"}],
 "messages": [
  {"sender": "a3", "text": "Hi Tomasz, it's Mr Patel from Corner News. Your mum filled in the form for the Saturday paper round."},
  {"sender": "a3", "text": "It's the Elmhurst Road route, about an hour, £15 a week. Can you start this Saturday at 7am?"},
  {"sender": "k7", "text": "yes thank you! my mum says she will walk it with me the first time"},
  {"sender": "a3", "text": "Perfect, that's what we like. I'll need her to sign the work permit from the council too."},
  {"sender": "k7", "text": "ok ill bring it"}
 ],
 "labels": [], "evasion": False},

# 37 clean: grandad asks for photo in school uniform
{"messages": [
  {"sender": "Grandad Pete", "text": "Send grandad a photo of you in your new big school uniform please! So proud x"},
  {"sender": "Layla", "text": "[photo] the blazer is SO big 😂"},
  {"sender": "Grandad Pete", "text": "You'll grow into it! Very smart. Nanna has put it on the fridge already"},
  {"sender": "Layla", "text": "lol thanks grandad ❤️"},
  {"sender": "Grandad Pete", "text": "Good luck on your first day tomorrow. Ring us after x"}
 ],
 "labels": [], "evasion": False},

# 38 clean: kid asks parent for card, parent does the purchase
{"messages": [
  {"sender": "Arlo", "text": "dad can i have ur card number for the battle pass its only £7.99 pleeeease"},
  {"sender": "Dad", "text": "You don't need my card number mate. I'll put it on the account myself tonight if your room is tidy"},
  {"sender": "Arlo", "text": "deal!!! tidying now 🧹"},
  {"sender": "Dad", "text": "And remember, never type card numbers into anything in games. Always come to me."},
  {"sender": "Arlo", "text": "ok ok"}
 ],
 "labels": [], "evasion": False},

# 39 clean: mild falling-out between friends that gets resolved
{"messages": [
  {"sender": "Harper", "text": "why did u sit with ruby at lunch"},
  {"sender": "Isla", "text": "bc u were at choir"},
  {"sender": "Harper", "text": "ur meant to be MY best friend 😤"},
  {"sender": "Isla", "text": "i am ur best friend!! ruby was on her own"},
  {"sender": "Harper", "text": "oh. ok sorry i was being moody"},
  {"sender": "Isla", "text": "its ok 💕 can all 3 of us sit together tmrw"},
  {"sender": "Harper", "text": "ok 😊"}
 ],
 "labels": [], "evasion": False},
]
