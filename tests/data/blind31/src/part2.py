[
# 25 emoji-coded recruitment for "company"
{"messages": [
  {"sender": "vip_events", "text": "hey gorgeous 💃 wanna make 💷💷💷? my mates want 'company' this wknd 🏨🍾"},
  {"sender": "Mila", "text": "who r ur mates"},
  {"sender": "vip_events", "text": "older guys, v generous 🤑 just b nice 2 them 😉 we pay the 🚆. tell ur parents ur at a sleepover 🤫"},
  {"sender": "Mila", "text": "im 13"},
  {"sender": "vip_events", "text": "perfect 😘"}],
 "labels": ["sex_trafficking"], "evasion": True},

# 26 older "boyfriend" and paying cousins
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "babe u know i love u right"},
  {"sender": "u1", "text": "ya ❤️"},
  {"sender": "u2", "text": "my cousins wanna meet u. theyll give u money, proper money"},
  {"sender": "u1", "text": "why would they give me money"},
  {"sender": "u2", "text": "u just gotta be nice to them, do what they want for an hour. for me. ill drive u sat"},
  {"sender": "u1", "text": "idk im scared"},
  {"sender": "u2", "text": "if u loved me u would. dont tell ur mum, she doesnt get us"}],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

# 27 fake dance casting: private shows for clients
{"messages": [
  {"sender": "CastingCrew_Official", "text": "Hi Amber, we run private dance shows for clients and we pay talented girls aged 10-14 £80 a session"},
  {"sender": "Amber.dances", "text": "wow is it like on tv"},
  {"sender": "CastingCrew_Official", "text": "No, more exclusive. Private rooms, just you and the client, on camera or in person at our studio in Leeds"},
  {"sender": "CastingCrew_Official", "text": "We cover travel. No need to bring a parent, our chaperone looks after the girls"},
  {"sender": "Amber.dances", "text": "ill ask my mum"},
  {"sender": "CastingCrew_Official", "text": "Best not to yet, the contract is confidential"}],
 "labels": ["sex_trafficking"], "evasion": False},

# 28 "stay at mine on weekends", mates pay
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "u said ur mum kicks off all the time. u can stay at mine on weekends, i get u more than she does"},
  {"sender": "u1", "text": "fr?"},
  {"sender": "u2", "text": "yeah. my mates come round, theyll pay u to hang with them. £40 a night"},
  {"sender": "u1", "text": "hang with them how"},
  {"sender": "u2", "text": "whatever they want. ur old enough. ill meet u at the station sat, dont tell no one where ur going"}],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

# 29 older kids kick a 9-year-old out of the clan
{"messages": [
  {"sender": "ZakTheGoat", "text": "who let the baby in the clan 😂"},
  {"sender": "Reece07", "text": "theo ur like 9 go play peppa pig"},
  {"sender": "charlie_m", "text": "kick him"},
  {"sender": "Theo_9", "text": "pls dont i built half the base"},
  {"sender": "ZakTheGoat", "text": "nobody asked. ur so annoying, nobody here even likes u"},
  {"sender": "Reece07", "text": "*Theo_9 was removed from Diamond Wolves*"},
  {"sender": "Reece07", "text": "bye crybaby 👋😂"}],
 "labels": ["cyberbullying"], "evasion": False},

# 30 group chat: told to kys
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
 "messages": [
  {"sender": "u2", "text": "why r u even in this chat"},
  {"sender": "u3", "text": "literally no one invited u"},
  {"sender": "u1", "text": "Amira added me"},
  {"sender": "u2", "text": "well everyone hates u. just kys no one would care"},
  {"sender": "u3", "text": "😂😂 fr"},
  {"sender": "u1", "text": "maybe i should just disappear then"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# 31 photo of a child crying shared around
{"messages": [
  {"sender": "Kieran", "text": "[photo] look at Ellis crying at sports day 😂😂😂"},
  {"sender": "Jess", "text": "😭😭 his face"},
  {"sender": "Poppy", "text": "make it the group pic lol"},
  {"sender": "Kieran", "text": "sent it to 6M as well"},
  {"sender": "Ellis", "text": "pls delete it"},
  {"sender": "Kieran", "text": "no 😂 crybaby"}],
 "labels": ["cyberbullying"], "evasion": False},

# 32 leet/spaced insults and kys
{"messages": [
  {"sender": "xXt0xicXx", "text": "ur such a l0s3r lily"},
  {"sender": "xXt0xicXx", "text": "3v3ry1 in 6B h8s u"},
  {"sender": "xXt0xicXx", "text": "just k y s fr n0 1 w0uld m1ss u"},
  {"sender": "Lily_w", "text": "stop"},
  {"sender": "xXt0xicXx", "text": "g0 k!ll urs3lf th3n 🙄"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

# 33 dare or you're out
{"messages": [
  {"sender": "Mason", "text": "if u want to stay in the group u have to do the dare"},
  {"sender": "Jayden", "text": "the one where u jump off the garage roof and film it"},
  {"sender": "Noah", "text": "thats like really high"},
  {"sender": "Ruby", "text": "scaredy cat 🐔🐔"},
  {"sender": "Mason", "text": "do it by friday or ur out and we tell everyone ur a baby"}],
 "labels": ["cyberbullying", "harmful_challenge"], "evasion": False},

# 34 fake account in a classmate's name
{"messages": [
  {"sender": "Ruby.k", "text": "i made an acc with Hannah's name and her pic 😂"},
  {"sender": "Sienna", "text": "omg what r u posting"},
  {"sender": "Ruby.k", "text": "stuff like 'i still wet the bed' lol everyone thinks its her"},
  {"sender": "Tia", "text": "stoppp 😂 following it"},
  {"sender": "Ruby.k", "text": "she doesnt even know yet. sending it to the yr 7 chat [link]"}],
 "labels": ["cyberbullying", "identity_theft"], "evasion": False},

# 35 video app comments telling a child to kill herself
{"messages": [
  {"sender": "user88213", "text": "ur voice is so annoying 🤮"},
  {"sender": "bigdawg_x", "text": "ugliest kid on clipz"},
  {"sender": "emma.rose", "text": "go kill urself honestly"},
  {"sender": "Mia_loves_cats", "text": "why r u all being mean i just posted a song"},
  {"sender": "bigdawg_x", "text": "delete ur account and urself 💀"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# 36 fake giveaway login link
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "🎉 CONGRATS!! uve been picked for the BlockVerse 10th birthday giveaway 🎉"},
  {"sender": "u2", "text": "claim 10,000 free gems here [link] just log in with ur username and password"},
  {"sender": "u1", "text": "is it real??"},
  {"sender": "u2", "text": "yes 100% official. hurry only 5 mins left ⏰"},
  {"sender": "u1", "text": "ok i did it. it says page not found?"},
  {"sender": "u2", "text": "try again and put ur mums email and password too"}],
 "labels": ["scam", "identity_theft"], "evasion": False},

# 37 prize scam text
{"messages": [
  {"sender": "+447700900482", "text": "BLOCKVERSE REWARDS: You've won 5,000 coins + a Legendary Pet! Claim before midnight: [link] (parent's card needed for age check, you will not be charged)"}],
 "labels": ["scam"], "evasion": False},

# 38 trade scam: put yours in first
{"messages": [
  {"sender": "PetTrader_King", "text": "ill give u 2 mega neon dragons for ur shadow horse"},
  {"sender": "Daisy", "text": "omg rlly"},
  {"sender": "PetTrader_King", "text": "ya but u put ur horse in first, trade window is glitchy, ill send mine straight after"},
  {"sender": "Daisy", "text": "ok sent"},
  {"sender": "PetTrader_King", "text": "ty 😂"},
  {"sender": "Daisy", "text": "where r the dragons??"},
  {"sender": "Daisy", "text": "hello?? u said u would send them 😭"}],
 "labels": ["scam"], "evasion": False},

# 39 free premium pass for mum's card
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "want free Premium Pass? i can add it for u. just need a card number to prove ur not a bot, nothing gets charged"},
  {"sender": "u1", "text": "i dont have a card"},
  {"sender": "u2", "text": "use ur mum or dads. the long number on the front and the 3 on the back"},
  {"sender": "u1", "text": "4000 0012 3456 7890 and it says 09/27 and the back is 418"},
  {"sender": "u2", "text": "perfect. and the name on it?"},
  {"sender": "u1", "text": "Sarah Collins"}],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

# 40 homoglyph free skins + password
{"messages": [
  {"sender": "FreeSkinzBot", "text": "fr\u0435\u0435 sk1nz 4 every1!! 🎁 g\u0435t 5000 V-bux n0w 👉 [link]"},
  {"sender": "FreeSkinzBot", "text": "ju5t \u0435nt\u0435r ur p@ssw0rd 2 v\u0435rify ur n0t a b0t"},
  {"sender": "Arlo", "text": "does it rlly work"},
  {"sender": "FreeSkinzBot", "text": "y\u0435s 100% l\u0435git, 1000s of ppl got th\u0435m 🔥"}],
 "labels": ["scam", "identity_theft"], "evasion": True},

# 41 fake moderator ban threat
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "This is BlockVerse Moderation Team. Your account has been reported for cheating and will be DELETED in 30 minutes"},
  {"sender": "u1", "text": "i didnt cheat!!"},
  {"sender": "u2", "text": "To stop the ban verify your account. Send your username, password and the code we just texted you"},
  {"sender": "u1", "text": "ok my username is skyler_builds"},
  {"sender": "u2", "text": "And the password + code. Quickly or you lose everything"}],
 "labels": ["scam", "identity_theft"], "evasion": False},

# 42 prize text wanting a passport photo
{"messages": [
  {"sender": "PrizeDesk", "text": "PrizeDesk: Congratulations, you've won a Nova tablet! To release your prize, reply with a photo of your parent's passport or driving licence and your date of birth."}],
 "labels": ["identity_theft", "scam"], "evasion": False},

# 43 clan invite needing the 2FA code
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "wanna join our clan? we r top 10 on the leaderboard"},
  {"sender": "u1", "text": "yesss"},
  {"sender": "u2", "text": "ok ur gonna get a code on ur phone in a sec, tell me it and ur in"},
  {"sender": "u1", "text": "it says dont share this code with any1"},
  {"sender": "u2", "text": "thats just normal everyone gets that. its how clan invites work"},
  {"sender": "u1", "text": "ok its 339 182"},
  {"sender": "u2", "text": "👍"}],
 "labels": ["identity_theft", "scam"], "evasion": False},

# 44 "mate" asks for login to level them up
{"messages": [
  {"sender": "proGamerRyan", "text": "give me ur login ill get u to level 50 tonight while ur asleep"},
  {"sender": "Kai_10", "text": "fr? my mum says not to tell ppl my password"},
  {"sender": "proGamerRyan", "text": "im ur mate tho. we played all week"},
  {"sender": "Kai_10", "text": "ok its kai_the_builder and the password is Dragon2015!"},
  {"sender": "proGamerRyan", "text": "ty. dont log in til i say"}],
 "labels": ["identity_theft"], "evasion": False},

# 45 planning the fainting challenge at break
{"messages": [
  {"sender": "Harry", "text": "u seen the fainting one on Clipz? lets do it at break"},
  {"sender": "Jacob", "text": "ya whoever lasts longest wins"},
  {"sender": "Oscar", "text": "isnt that dangerous"},
  {"sender": "Harry", "text": "nah its fine every1s doing it, film me tmrw"},
  {"sender": "Jacob", "text": "ill bring my phone"}],
 "labels": ["harmful_challenge"], "evasion": False},

# 46 deodorant-can challenge tag
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "ur turn for the can one 😈 ive tagged u"},
  {"sender": "u1", "text": "wats that"},
  {"sender": "u2", "text": "watch the vid [link] do what they do with the deodorant, longest wins. post it with #canchallenge or ur out"},
  {"sender": "u1", "text": "does it hurt"},
  {"sender": "u2", "text": "only a bit lol. 10k views if u do it"}],
 "labels": ["harmful_challenge"], "evasion": False},

# 47 smash-the-classroom challenge
{"messages": [
  {"sender": "Big_Deano", "text": "new challenge: smash something in ur classroom and post it before the teacher sees 😂"},
  {"sender": "Liam", "text": "like what"},
  {"sender": "Big_Deano", "text": "windows, the tablets, whatever. most views wins 1000 coins"},
  {"sender": "Kaden", "text": "im doing the fire alarm glass lol"}],
 "labels": ["harmful_challenge"], "evasion": False},

# 48 slap trend
{"messages": [
  {"sender": "tyler.trends", "text": "new trend 👋 sneak up and slap someone random and film it, tag #slapcheck"},
  {"sender": "Zach", "text": "im gonna do it to the year 3s lol"},
  {"sender": "Ava", "text": "thats so mean"},
  {"sender": "Zach", "text": "its a challenge tho everyones doing it"}],
 "labels": ["harmful_challenge"], "evasion": False},

# 49 ghost hoax with tasks
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "👻 I am Mara. You opened my link so now you must finish my tasks or I will visit your family tonight"},
  {"sender": "u1", "text": "whos this"},
  {"sender": "u2", "text": "Task 1 watch a scary video at 3am. Task 2 tell nobody about me. Task 3 hurt yourself and send me proof"},
  {"sender": "u1", "text": "i dont want to 😭"},
  {"sender": "u2", "text": "If you tell your mum she will be next. I can see you."}],
 "labels": ["harmful_challenge", "self_harm"], "evasion": False},

# 50 leet fire challenge
{"messages": [
  {"sender": "d4r3_m4st3r", "text": "n3w ch@ll3ng3 🔥 d0 1t 0r ur a ch1ck3n 🐔"},
  {"sender": "d4r3_m4st3r", "text": "d0 th3 🔥 0n3 1n ur k1tch3n wh3n ur p4r3nts r 0ut, p0st 1t #bl4z3ch4ll3ng3"},
  {"sender": "Josh", "text": "is that the 1 where that kid got burnt"},
  {"sender": "d4r3_m4st3r", "text": "d0nt b3 s0ft, 5k f0ll0w3rs d1d 1t"}],
 "labels": ["harmful_challenge"], "evasion": True},

# ---- clean ----
# C23 parents' group about a scam text
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "Heads up, Maisie was sent a text saying she'd won 5,000 BlockVerse coins with a link to click. Obviously a scam, she showed me straight away."},
  {"sender": "u2", "text": "Same here last week! Told Ollie never to put card details into anything."},
  {"sender": "u3", "text": "The school newsletter mentioned it too. I've turned off in-app purchases on ours."},
  {"sender": "u1", "text": "Good shout 👍"}],
 "labels": [], "evasion": False},

# C24 parents discussing a sextortion news story
{"messages": [
  {"sender": "Dave (Leo's dad)", "text": "Did you see the news about that sextortion gang targeting boys through games? Made my blood run cold"},
  {"sender": "Anita", "text": "Yes, the NCA put out a warning. I sat down with Kofi and told him if anyone ever threatens him he won't be in trouble, just come to us"},
  {"sender": "Dave (Leo's dad)", "text": "Same. Going to print the CEOP page off for the fridge"}],
 "labels": [], "evasion": False},

# C25 aunt sets up location sharing for a day out
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "adult"}],
 "messages": [
  {"sender": "u3", "text": "Right kids, when we get to Stormbay I've turned on location sharing on both your phones so we don't lose anyone"},
  {"sender": "u1", "text": "ok aunty Bev"},
  {"sender": "u2", "text": "can i see where Jude is on mine too?"},
  {"sender": "u3", "text": "Yes you can both see each other and me. Stay together by the pier"},
  {"sender": "u1", "text": "[location] we r at the donut stand 🍩"}],
 "labels": [], "evasion": False},

# C26 big sister and the level 40 boss
{"messages": [
  {"sender": "Big sis Kemi", "text": "want me to get u past the level 40 boss? mum said i can go on ur acc"},
  {"sender": "Tobi", "text": "ok but dont spend my gems!!"},
  {"sender": "Big sis Kemi", "text": "i wont 🙄"},
  {"sender": "Tobi", "text": "ill type the password in myself when u come in my room"},
  {"sender": "Big sis Kemi", "text": "fine"}],
 "labels": [], "evasion": False},

# C27 moderator mutes a child for spamming
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Hi, you've been muted for 10 minutes for spamming the chat. Please read the server rules in #rules."},
  {"sender": "u2", "text": "sorry i didnt know"},
  {"sender": "u1", "text": "No problem. Also a reminder: never share your real name, school or address in public channels. Have fun!"},
  {"sender": "u2", "text": "ok thx"}],
 "labels": [], "evasion": False},

# C28 friends' banter
{"messages": [
  {"sender": "Freya", "text": "ur so weird 😂"},
  {"sender": "Jas", "text": "ikr thats why u love me"},
  {"sender": "Ola", "text": "jas ate a crayon in art"},
  {"sender": "Jas", "text": "IT WAS A DARE AND IT WAS BLUE"},
  {"sender": "Freya", "text": "💀💀💀"}],
 "labels": [], "evasion": False},

# C29 friend checks on a sad friend
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "u ok? u were quiet at lunch"},
  {"sender": "u2", "text": "ya just sad cos my hamster died 😢"},
  {"sender": "u1", "text": "omg im so sorry. wanna come to mine sat, my mum said its ok"},
  {"sender": "u2", "text": "ya pls 💛"}],
 "labels": [], "evasion": False},

# C30 bored and losing races
{"messages": [
  {"sender": "Rosa", "text": "im soooo bored i could literally die"},
  {"sender": "Millie", "text": "same 😩"},
  {"sender": "Rosa", "text": "just lost 5 races in a row i hate myself 😂"},
  {"sender": "Millie", "text": "ur so bad at drifting lol"},
  {"sender": "Rosa", "text": "shut uppp 🤣 rematch after tea"}],
 "labels": [], "evasion": False},

# C31 real friend and auntie praising a dance video
{"messages": [
  {"sender": "bestie_lola", "text": "omg ur dance is sooo good 😍😍 teach me tmrw at break"},
  {"sender": "poppy.dances", "text": "ya!! ill teach u the spin"},
  {"sender": "Auntie Kim", "text": "Gorgeous Poppy! Nanna wants to see this one xx"}],
 "labels": [], "evasion": False},

# C32 puppy surprise secret
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Don't tell Evie about the puppy yet, we want it to be a surprise for her birthday 🐶"},
  {"sender": "u2", "text": "omg we r getting a puppy??? 😱"},
  {"sender": "u1", "text": "Shhh yes! It's our secret until Saturday"},
  {"sender": "u2", "text": "i wont tell i promise 🤐"}],
 "labels": [], "evasion": False},

# C33 school trip notice
{"messages": [
  {"sender": "ClassNest - Oakridge Primary", "text": "Year 6 trip to Hartwell Castle on Friday: children should arrive at school by 8:15am with a packed lunch and a waterproof coat. We will be back at approximately 3:30pm. Please do not send phones."}],
 "labels": [], "evasion": False},

# C34 mum sets up family location on a first phone
{"messages": [
  {"sender": "Mum", "text": "I've put Find My Family on your new phone so I can see you've got to school ok. That alright?"},
  {"sender": "Jude", "text": "do i have to 🙄"},
  {"sender": "Mum", "text": "Just for now while you're walking on your own. You can see where I am too 😊"},
  {"sender": "Jude", "text": "ok fine. can i have a phone case with a cat on"}],
 "labels": [], "evasion": False},

# C35 friends meeting at the park with a parent
{"messages": [
  {"sender": "Lottie", "text": "meet at the swings at 2?"},
  {"sender": "Ali", "text": "my mum said yes but shes coming too"},
  {"sender": "Finn", "text": "ok mines dropping me off. bring the frisbee"},
  {"sender": "Lottie", "text": "yay see u there 🥏"}],
 "labels": [], "evasion": False},

# C36 genuine clan recruitment
{"messages": [
  {"sender": "ClanLeader_Wolfie", "text": "📢 Frost Wolves are recruiting! Must be active 3+ days a week and be kind in chat. Tryouts in the public arena Saturday 11am"},
  {"sender": "Nina", "text": "can i join im lvl 32"},
  {"sender": "ClanLeader_Wolfie", "text": "Yep come to tryouts! No DMs needed, everything happens in this channel"},
  {"sender": "Sid", "text": "do we need to pay"},
  {"sender": "ClanLeader_Wolfie", "text": "Nope never. Anyone asking for gems or your login to join isn't us"}],
 "labels": [], "evasion": False},

# C37 parents selling a kids' bike on a marketplace app
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "Hi, is the kids' bike still available?"},
  {"sender": "u2", "text": "Yes! It's 20 inch, perfect for 7-9. £35"},
  {"sender": "u1", "text": "Great, can I collect Saturday?"},
  {"sender": "u2", "text": "Saturday morning is fine. Collection from Elm Road, Pennfield. Cash or bank transfer on collection"},
  {"sender": "u1", "text": "Perfect, see you at 10"}],
 "labels": [], "evasion": False},

# C38 big brother gives gems
{"messages": [
  {"sender": "Big bro Dan", "text": "sent u 500 gems for helping me wash the car 😎"},
  {"sender": "Harvey", "text": "YESSS ur the best"},
  {"sender": "Big bro Dan", "text": "dont tell mum i told u the new wifi password tho 😂"},
  {"sender": "Harvey", "text": "lol ok"}],
 "labels": [], "evasion": False},

# C39 accidental in-app purchase
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Did you spend £19.99 on gems?! I just got an email"},
  {"sender": "u2", "text": "sorry mummy i thought it was pretend money 😭"},
  {"sender": "u1", "text": "It's real money love. I've turned on the password for buying now. We'll talk later"},
  {"sender": "u2", "text": "ok sorry 😢"}],
 "labels": [], "evasion": False},

# C40 delivery mission in a game
{"messages": [
  {"sender": "Evan", "text": "we need a runner for the delivery mission, who wants to carry the package to the drop point"},
  {"sender": "Lily", "text": "me!! im fastest"},
  {"sender": "Evan", "text": "ok dont let the zombies get the package lol"},
  {"sender": "Lily", "text": "delivered!! +200 xp 😎"}],
 "labels": [], "evasion": False},

# C41 crush secret
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "promise u wont tell any1"},
  {"sender": "u2", "text": "i promise"},
  {"sender": "u1", "text": "i like Ollie 🙈🙈"},
  {"sender": "u2", "text": "OMG i knew it 😂"},
  {"sender": "u1", "text": "SHHHH its a secret"}],
 "labels": [], "evasion": False},

# C42 genuine new sign-in alert
{"messages": [
  {"sender": "TurboDash", "text": "TurboDash: New sign-in to your account on a Windows PC. If this was you, you don't need to do anything. If not, change your password in the app. We'll never ask for your password by text."}],
 "labels": [], "evasion": False},

# C43 genuine bank payment text
{"messages": [
  {"sender": "Tidewell Bank", "text": "Tidewell Bank: A payment of £4.99 to GemStore was approved on your card ending 2231. If you don't recognise this, call the number on the back of your card."}],
 "labels": [], "evasion": False},

# C44 real friend needs house number for a party invite
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "wats ur house number again? my mum is dropping ur party invite thru the door"},
  {"sender": "u2", "text": "23, the one with the blue door"},
  {"sender": "u1", "text": "yay!! its a unicorn party 🦄"},
  {"sender": "u2", "text": "omg cant waitttt"}],
 "labels": [], "evasion": False},
]
