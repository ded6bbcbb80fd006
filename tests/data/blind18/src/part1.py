[
# P1-01 grooming + privacy_disclosure: game chat, trust, gifts, age, school, private app, secrecy
{"participants": [{"id": "Jaxx_Plays", "role": "unknown"}, {"id": "milo_builds", "role": "child"}],
 "messages": [
  {"sender": "Jaxx_Plays", "text": "gg that obby was mad, ur actually cracked at parkour"},
  {"sender": "milo_builds", "text": "ty lol took me like 40 tries"},
  {"sender": "Jaxx_Plays", "text": "nah ur better than most ppl in my clan. how old r u btw? u sound older"},
  {"sender": "milo_builds", "text": "12, 13 in march"},
  {"sender": "Jaxx_Plays", "text": "no way, u play like a 16 yr old. i'm 15 so basically same"},
  {"sender": "milo_builds", "text": "haha"},
  {"sender": "Jaxx_Plays", "text": "want the dragon wings skin? i've got spare credits, i'll gift it rn"},
  {"sender": "milo_builds", "text": "wait fr?? thats like 800 credits"},
  {"sender": "Jaxx_Plays", "text": "yeah ur my mate now innit. what school u go to? i might know people"},
  {"sender": "milo_builds", "text": "Harrowfield Academy in Brimley, yr 7"},
  {"sender": "Jaxx_Plays", "text": "sick. add me on Whispr instead, this chat gets checked by mods and they're weird about gifting"},
  {"sender": "milo_builds", "text": "my mum checks my phone sometimes tho"},
  {"sender": "Jaxx_Plays", "text": "just dont tell her about the wings or me, she'll think i'm some creep lol. our secret yeah"},
  {"sender": "milo_builds", "text": "ok whats ur whispr"}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

# P1-02 sexting + sextortion: friendly -> request -> threat (tactic change)
{"messages": [
  {"sender": "amelia.rose_x", "text": "heyy u go to Castlegate right? think i saw u at the match"},
  {"sender": "Kian", "text": "ye who's this"},
  {"sender": "amelia.rose_x", "text": "amelia, just moved to the area. ur cute btw \U0001f648"},
  {"sender": "Kian", "text": "haha thanks"},
  {"sender": "amelia.rose_x", "text": "how old r u"},
  {"sender": "Kian", "text": "16 u?"},
  {"sender": "amelia.rose_x", "text": "same!! we should chat more. ngl i feel like i can tell u stuff"},
  {"sender": "Kian", "text": "ye course"},
  {"sender": "amelia.rose_x", "text": "send me a pic, the private kind. i'll delete it straight after promise"},
  {"sender": "Kian", "text": "idk"},
  {"sender": "amelia.rose_x", "text": "dont be boring \U0001f612 i thought u liked me"},
  {"sender": "Kian", "text": "[photo]"},
  {"sender": "amelia.rose_x", "text": "lol. now listen. i have ur pic and ur whole followers list. pay \u00a3150 in gift cards in the next hour or i send it to every one of them"},
  {"sender": "Kian", "text": "wtf ur not even a girl are u"},
  {"sender": "amelia.rose_x", "text": "tick tock. 58 mins. starting with ur mum and ur school group"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False},

# P1-03 class group chat, one harmful sender: pile-on + kys
{"messages": [
  {"sender": "Leah", "text": "has anyone done the geography map thing"},
  {"sender": "Marcus", "text": "nah due fri isnt it"},
  {"sender": "Precious", "text": "its thursday u melt"},
  {"sender": "Niamh", "text": "hiya, Miss Okafor added me, I'm new in 9C \U0001f642"},
  {"sender": "Oli", "text": "welcome! ignore marcus he never knows what day it is"},
  {"sender": "Tayla", "text": "who added HER"},
  {"sender": "Tayla", "text": "no offence but nobody wants u in here. go back to whatever school kicked u out"},
  {"sender": "Leah", "text": "tayla chill"},
  {"sender": "Tayla", "text": "nah shes a weirdo, saw her eating lunch in the toilets lmao. everyone screenshot her pfp"},
  {"sender": "Niamh", "text": "I haven't done anything to you"},
  {"sender": "Tayla", "text": "ur existing is enough. honestly just kys and save us all the bother"},
  {"sender": "Precious", "text": "thats actually not ok, im telling miss"},
  {"sender": "Oli", "text": "niamh dm me if u want, shes like this with everyone"},
  {"sender": "Tayla", "text": "grass. anyway map is thursday"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# P1-04 SMS scam, single message
{"participants": [{"id": "07700900318", "role": "unknown"}],
 "messages": [
  {"sender": "07700900318", "text": "ROYAL PARCELS: We tried to deliver your parcel today. A \u00a31.45 redelivery fee is due. Pay within 24hrs or it will be returned to sender: [link]"}
 ],
 "labels": ["scam"], "evasion": False},

# P1-05 criminal_exploitation + location_control: gift -> debt -> threats (tactic change)
{"participants": [{"id": "Dee", "role": "unknown"}, {"id": "Tyrese", "role": "child"}],
 "messages": [
  {"sender": "Dee", "text": "yo T, you good? saw you at the cages. nice creps btw, want a new pair? got a spare pair in your size"},
  {"sender": "Tyrese", "text": "fr? what size"},
  {"sender": "Dee", "text": "8s innit. no charge, you're one of the younger mandem, we look after our own"},
  {"sender": "Tyrese", "text": "safe bro \U0001f64f"},
  {"sender": "Dee", "text": "light. come to the chicken shop on Kingsmere Road at 4, pick them up"},
  {"sender": "Dee", "text": "them trainers were \u00a3140 btw. you know nothing's free"},
  {"sender": "Tyrese", "text": "u said no charge"},
  {"sender": "Dee", "text": "and now I'm saying you owe me. easy way to clear it. take a package to Ashby Road tonight, hand it to my boy, done"},
  {"sender": "Tyrese", "text": "i cant im not allowed out late"},
  {"sender": "Dee", "text": "tell your mum you're at a mate's. and keep your location on the whole time, send me a screenshot when you get off the bus. I'll be watching where you are"},
  {"sender": "Tyrese", "text": "i dont want to"},
  {"sender": "Dee", "text": "not a question anymore. turn your location off once and we know where your mum lives. 8pm."}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# P1-06 money_mule recruitment
{"messages": [
  {"sender": "Cashout Kev", "text": "heyy u wanna make \u00a3150 this week easy"},
  {"sender": "ellie.j", "text": "doing what lol"},
  {"sender": "Cashout Kev", "text": "nothing basically. i send some money into ur bank, u send it on to my cousin's account, keep \u00a3150 for urself"},
  {"sender": "ellie.j", "text": "why cant u just send it to ur cousin"},
  {"sender": "Cashout Kev", "text": "his account's got a limit on it innit. ur 16 yeah? u got a debit card?"},
  {"sender": "ellie.j", "text": "i've got a Finch card my mum set up"},
  {"sender": "Cashout Kev", "text": "perfect that works. just send me ur sort code and account number and screenshot the app when it lands"},
  {"sender": "ellie.j", "text": "is this legit tho"},
  {"sender": "Cashout Kev", "text": "100%. loads of ppl at ur school do it. dont mention it to ur mum she wont get it"}
 ],
 "labels": ["money_mule"], "evasion": False},

# P1-07 harmful_challenge in a server, one harmful sender
{"messages": [
  {"sender": "Kofi", "text": "anyone on BattleZone later"},
  {"sender": "Harvey", "text": "after tea yeah"},
  {"sender": "zedd", "text": "boring. new challenge going round on ClipTok, walk up to a random person in town, smack them and leg it, film it. most views wins"},
  {"sender": "lil_benji", "text": "lol wut"},
  {"sender": "zedd", "text": "200k views on the one from Dunmere. we're doing it saturday in the precinct. benji ur first"},
  {"sender": "lil_benji", "text": "nah i'll get battered"},
  {"sender": "zedd", "text": "everyone who bottles it does the forfeit. no exceptions"},
  {"sender": "Harvey", "text": "thats actually assault bro"},
  {"sender": "zedd", "text": "its a prank. saturday 2pm by the fountain. bring ur phones charged"},
  {"sender": "Kofi", "text": "im good on BattleZone thanks"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# P1-08 CLEAN workplace chat: pic of rota, surprise leaving do secrecy, "I'll kill him"
{"participants": [{"id": "Gemma", "role": "adult"}, {"id": "Tom", "role": "adult"}, {"id": "Sadia", "role": "adult"}, {"id": "Marcus", "role": "adult"}],
 "messages": [
  {"sender": "Gemma", "text": "Morning all. Can someone send me a pic of the rota on the whiteboard? I'm WFH and it's not on the drive"},
  {"sender": "Tom", "text": "[photo]"},
  {"sender": "Gemma", "text": "Legend, thanks"},
  {"sender": "Sadia", "text": "While I've got you all, keep this one quiet: Priya's leaving do is Friday at the Fox & Anchor. She has NO idea so don't tell her"},
  {"sender": "Marcus", "text": "My lips are sealed. Who's sorting the card?"},
  {"sender": "Sadia", "text": "Me. Sign it by Thursday, it's in my top drawer. And delete this thread after in case she looks over anyone's shoulder \U0001f602"},
  {"sender": "Tom", "text": "If Marcus forgets the cake again I'll kill him"},
  {"sender": "Marcus", "text": "Once. It happened ONCE"},
  {"sender": "Gemma", "text": "Can we do a collection? I'll set up a pot, send me \u00a35 to the usual account if you want in"},
  {"sender": "Sadia", "text": "Done. Right, back to the invoices or Keith will have our heads"}
 ],
 "labels": [], "evasion": False},

# P1-09 CLEAN marketplace between adults: pic request, address, bank transfer
{"participants": [{"id": "Janine", "role": "adult"}, {"id": "Rob", "role": "adult"}],
 "messages": [
  {"sender": "Janine", "text": "Hi, is the Velocette road bike still available?"},
  {"sender": "Rob", "text": "Hi yes still available. \u00a3220 ono"},
  {"sender": "Janine", "text": "Could you send me a pic of the frame near the bottom bracket? Want to check for cracks"},
  {"sender": "Rob", "text": "[photo] No cracks, just a scuff on the chainstay"},
  {"sender": "Janine", "text": "Looks good. Would you take \u00a3190?"},
  {"sender": "Rob", "text": "Meet in the middle at \u00a3200 and it's yours"},
  {"sender": "Janine", "text": "Deal. Cash or bank transfer?"},
  {"sender": "Rob", "text": "Either. If transfer, do it when you're here and I'll watch it land. Address is 31 Hollins Lane, Stepworth, ST9 4QP"},
  {"sender": "Janine", "text": "Perfect, can come Saturday about 11?"},
  {"sender": "Rob", "text": "Sound, see you then. Park on the drive"}
 ],
 "labels": [], "evasion": False},

# P1-10 CLEAN genuine bank SMS
{"messages": [
  {"sender": "NorthmereBank", "text": "Northmere Bank: We'll never ask for your PIN, your full password or for you to move money to a safe account. If someone calls saying they're from us, hang up and call the number on the back of your card."}
 ],
 "labels": [], "evasion": False},

# P1-11 CLEAN friends sharing live location to meet up
{"messages": [
  {"sender": "jas", "text": "where r u lot"},
  {"sender": "Mollie", "text": "by the big fountain in Eastgate"},
  {"sender": "Aisha", "text": "i'm on the bus, 5 mins"},
  {"sender": "jas", "text": "cant see u, send ur location"},
  {"sender": "Mollie", "text": "[location] sharing live for an hour"},
  {"sender": "jas", "text": "omg ur literally behind me"},
  {"sender": "Aisha", "text": "ok sharing mine too so u know when im there [location]"},
  {"sender": "Mollie", "text": "turn it off after tho ur battery's always dead"}
 ],
 "labels": [], "evasion": False},

# P1-12 CLEAN parent asking where the child is
{"participants": [{"id": "Mum", "role": "adult"}, {"id": "Ruby", "role": "child"}],
 "messages": [
  {"sender": "Mum", "text": "Where are you? You said you'd be at Nana's by 5"},
  {"sender": "Ruby", "text": "on the way, bus was late"},
  {"sender": "Mum", "text": "Send me your location when you get there please"},
  {"sender": "Ruby", "text": "ugh fine"},
  {"sender": "Ruby", "text": "[location] here"},
  {"sender": "Mum", "text": "Thank you. Tell Nana I'll pick you up at 8. Love you x"},
  {"sender": "Ruby", "text": "love u too"}
 ],
 "labels": [], "evasion": False},

# P1-13 CLEAN game trash talk between friends
{"messages": [
  {"sender": "kai", "text": "you're dead next round fr"},
  {"sender": "Reaper_Josh", "text": "lol u couldn't hit a barn door"},
  {"sender": "FinnTheBin", "text": "I'll end both of u"},
  {"sender": "kai", "text": "finn ur 2-14 calm down"},
  {"sender": "FinnTheBin", "text": "lag"},
  {"sender": "Reaper_Josh", "text": "ALWAYS lag with u \U0001f480"},
  {"sender": "kai", "text": "rematch, loser buys the chippy saturday"},
  {"sender": "FinnTheBin", "text": "deal, ur getting destroyed"},
  {"sender": "Reaper_Josh", "text": "gg ez"}
 ],
 "labels": [], "evasion": False},

# P1-14 CLEAN adult five-a-side banter, Geordie + Polish code-switching
{"participants": [{"id": "Gaz", "role": "adult"}, {"id": "Mikey", "role": "adult"}, {"id": "Tomasz", "role": "adult"}, {"id": "Deano", "role": "adult"}],
 "messages": [
  {"sender": "Gaz", "text": "Howay lads, pitch 3 Sunday 10am, who's in?"},
  {"sender": "Mikey", "text": "Aye I'm in. Divvent put us in nets again"},
  {"sender": "Tomasz", "text": "Tak, I'm in. Ale if Deano misses another sitter I swear I'll kill him"},
  {"sender": "Deano", "text": "It was a bobbly pitch man, not my fault"},
  {"sender": "Gaz", "text": "Canny excuse that, pet"},
  {"sender": "Mikey", "text": "We're getting battered by Fenwold Rovers if we play like last week"},
  {"sender": "Tomasz", "text": "Dobra, I'll bring the bibs. Someone send me the location of the new pitch"},
  {"sender": "Gaz", "text": "[location] behind the leisure centre, park on the street"},
  {"sender": "Deano", "text": "Pints after? I'll get the first round in to make up for it"},
  {"sender": "Tomasz", "text": "Na zdrowie, that's the spirit"}
 ],
 "labels": [], "evasion": False},

# P1-15 CLEAN teens discussing a sextortion news story
{"messages": [
  {"sender": "Grace", "text": "did u see that thing on the news about the boy up north who got blackmailed over pics"},
  {"sender": "Hamza", "text": "yeah the sextortion thing. they pretended to be a girl and said pay or they'd send it to his friends"},
  {"sender": "Evie", "text": "thats so grim. our form tutor did a whole thing on it"},
  {"sender": "Grace", "text": "she said if it ever happens dont pay, screenshot everything and tell someone, its not ur fault"},
  {"sender": "Hamza", "text": "and theres that Report Remove thing to get pics taken down"},
  {"sender": "Evie", "text": "ngl i'd be too scared to tell my mum"},
  {"sender": "Grace", "text": "u could tell me or miss Patel. seriously"},
  {"sender": "Evie", "text": "ye true x"}
 ],
 "labels": [], "evasion": False},

# P1-16 CLEAN genuine Saturday job with right-to-work ID check
{"participants": [{"id": "Carla", "role": "adult"}, {"id": "Jade", "role": "child"}],
 "messages": [
  {"sender": "Carla", "text": "Hi Jade, it's Carla from Bean There caf\u00e9. Great to meet you on Saturday. We'd love to offer you the Saturday job, 9 till 2"},
  {"sender": "Jade", "text": "omg thank you!! yes please"},
  {"sender": "Carla", "text": "Brilliant. You'll get paid \u00a37.55 an hour, paid monthly into your bank account"},
  {"sender": "Jade", "text": "do u need anything from me"},
  {"sender": "Carla", "text": "Please bring your passport or birth certificate and your National Insurance number on your first day. It's for the right to work check, I'll take a copy in the office"},
  {"sender": "Jade", "text": "my NI letter hasn't come yet, is that ok"},
  {"sender": "Carla", "text": "No problem, bring it when it arrives. Could you also ask your mum or dad to sign the form for under-18s? I'll give it to you Saturday"},
  {"sender": "Jade", "text": "ok will do"},
  {"sender": "Carla", "text": "Lovely. Black top, comfy shoes, and we'll give you an apron. See you at 8:45 x"}
 ],
 "labels": [], "evasion": False},

# P1-17 CLEAN surprise party secrecy, "delete this chat"
{"messages": [
  {"sender": "Maya", "text": "ok so mum's 40th is in 2 weeks. DON'T TELL HER anything"},
  {"sender": "Ellis", "text": "my lips are sealed"},
  {"sender": "Auntie Sam", "text": "I've booked the back room at the Crown. Keep it secret, she thinks we're going for a quiet meal"},
  {"sender": "Maya", "text": "Ellis can u send me a pic of mum from when she was young, there's one in nan's album"},
  {"sender": "Ellis", "text": "[photo] this one?? the perm \U0001f602"},
  {"sender": "Auntie Sam", "text": "Perfect for the slideshow!"},
  {"sender": "Maya", "text": "delete this chat after bc she reads my messages over my shoulder"},
  {"sender": "Ellis", "text": "our secret \U0001f910"}
 ],
 "labels": [], "evasion": False},

# P1-18 CLEAN adults dating: age question, "age is just a number", send a pic (of the dog)
{"participants": [{"id": "Ade", "role": "adult"}, {"id": "Lauren", "role": "adult"}],
 "messages": [
  {"sender": "Ade", "text": "Hey Lauren, really enjoyed chatting yesterday. Still on for Thursday?"},
  {"sender": "Lauren", "text": "Yes! Where were you thinking?"},
  {"sender": "Ade", "text": "There's a tapas place on Merchant Street, Casa Lupe? Around 7?"},
  {"sender": "Lauren", "text": "Sounds great. Random question, how old are you? Your profile says 38 but you look younger"},
  {"sender": "Ade", "text": "Ha, 38 last month. Is that a problem? You're 41 right"},
  {"sender": "Lauren", "text": "Not at all, age is just a number. I just like to know who I'm meeting!"},
  {"sender": "Ade", "text": "Fair. Send me a pic of the dog you keep mentioning then"},
  {"sender": "Lauren", "text": "[photo] This is Biscuit. He will judge you"},
  {"sender": "Ade", "text": "He's brilliant. Right, see you Thursday at 7"},
  {"sender": "Lauren", "text": "See you then. I'll text my sister your name, standard safety stuff \U0001f604"},
  {"sender": "Ade", "text": "Very sensible"}
 ],
 "labels": [], "evasion": False},

# P1-19 CLEAN genuine verification code SMS
{"messages": [
  {"sender": "Chatterly", "text": "Your Chatterly verification code is 482913. Don't share this code with anyone, including Chatterly staff."}
 ],
 "labels": [], "evasion": False},

# P1-20 unwanted_contact: child reports AirDrop cyberflashing first-hand
{"participants": [{"id": "Sophie", "role": "child"}, {"id": "Hana", "role": "child"}],
 "messages": [
  {"sender": "Sophie", "text": "ok something weird happened on the 42 bus"},
  {"sender": "Hana", "text": "what"},
  {"sender": "Sophie", "text": "someone kept airdropping me pics. first one i accepted bc i thought it was u lot and it was something disgusting, not even gonna describe it"},
  {"sender": "Hana", "text": "WHAT. who was it"},
  {"sender": "Sophie", "text": "no idea, the device was just called 'Phone (3)'. i declined the next ones but it kept popping up like 6 times"},
  {"sender": "Hana", "text": "that's cyberflashing, turn airdrop to contacts only rn"},
  {"sender": "Sophie", "text": "done. i feel sick tbh, there was only grown men at the back"},
  {"sender": "Hana", "text": "tell ur mum, she can report it to the bus company and the police"},
  {"sender": "Sophie", "text": "yeah ok"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# P1-21 unwanted_contact -> sextortion threat (tactic change)
{"participants": [{"id": "x_dan_x", "role": "unknown"}, {"id": "Lily", "role": "child"}],
 "messages": [
  {"sender": "x_dan_x", "text": "hey"},
  {"sender": "x_dan_x", "text": "hey lily"},
  {"sender": "x_dan_x", "text": "u there?"},
  {"sender": "Lily", "text": "who is this"},
  {"sender": "x_dan_x", "text": "a fan \U0001f609 sent u a friend request on 3 apps, accept them"},
  {"sender": "Lily", "text": "i dont know u. stop messaging me"},
  {"sender": "x_dan_x", "text": "why u being rude. i can see ur online"},
  {"sender": "x_dan_x", "text": "[photo]"},
  {"sender": "Lily", "text": "blocking u"},
  {"sender": "x_dan_x", "text": "do that and I post the pics from ur old account that u thought u deleted. reply to me or ur whole school sees them"}
 ],
 "labels": ["unwanted_contact", "sextortion"], "evasion": False},

# P1-22 sex_trafficking + grooming: fake modelling scout
{"participants": [{"id": "NovaFaces_Ryan", "role": "unknown"}, {"id": "Keisha", "role": "child"}],
 "messages": [
  {"sender": "NovaFaces_Ryan", "text": "Hi Keisha! I'm Ryan, a scout for Nova Faces model management. Your pics are stunning, you've got a really rare look"},
  {"sender": "Keisha", "text": "omg really? thank you"},
  {"sender": "NovaFaces_Ryan", "text": "Honestly. How old are you hun?"},
  {"sender": "Keisha", "text": "15, 16 in august"},
  {"sender": "NovaFaces_Ryan", "text": "Perfect, we've got loads of clients who want young faces. We have a paid shoot in Hallamford next Saturday, \u00a3300 for the day. We cover your train"},
  {"sender": "Keisha", "text": "i'd have to ask my mum"},
  {"sender": "NovaFaces_Ryan", "text": "I'd keep it between us for now, parents always panic and ruin opportunities. You can tell her once you're signed"},
  {"sender": "Keisha", "text": "oh ok"},
  {"sender": "NovaFaces_Ryan", "text": "After the shoot there's a little party with some of the agency's friends. They're very generous to the girls who keep them company, some earn more than the shoot fee"},
  {"sender": "Keisha", "text": "what do i have to do at the party"},
  {"sender": "NovaFaces_Ryan", "text": "Just be nice and do what they ask, it's easy money. Come on your own, don't bring friends. I'll send the tickets to your ChatSnap"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

# P1-23 csam: nudify request about a classmate in a group, one harmful sender
{"messages": [
  {"sender": "Ren", "text": "anyone revised for bio"},
  {"sender": "Ibby", "text": "barely"},
  {"sender": "Callum", "text": "forget bio. found this app that does the undress thing with AI. anyone got a decent pic of Ellie-Mae from 10R? the one from sports day"},
  {"sender": "Josh_W", "text": "bro what"},
  {"sender": "Callum", "text": "its not real, its just AI lol. i'll make one and send it round"},
  {"sender": "Ibby", "text": "shes 15 you weirdo thats literally illegal"},
  {"sender": "Callum", "text": "[photo] got one off her story. running it now"},
  {"sender": "Ren", "text": "im leaving this chat. delete that"},
  {"sender": "Josh_W", "text": "reporting u to head of year fr"}
 ],
 "labels": ["csam"], "evasion": False},

# P1-24 self_harm: late-night chat, disclosure comes late
{"participants": [{"id": "Zara", "role": "child"}, {"id": "Ellie", "role": "child"}],
 "messages": [
  {"sender": "Zara", "text": "u awake"},
  {"sender": "Ellie", "text": "ye cant sleep, mocks are stressing me out"},
  {"sender": "Zara", "text": "same. i've done literally nothing for chem"},
  {"sender": "Ellie", "text": "we can revise together tmrw at lunch?"},
  {"sender": "Zara", "text": "maybe"},
  {"sender": "Zara", "text": "can i tell u something"},
  {"sender": "Ellie", "text": "course"},
  {"sender": "Zara", "text": "it's not really the mocks. everything feels pointless. i keep thinking i want to disappear and everyone would be better off"},
  {"sender": "Ellie", "text": "zara ur scaring me. are u safe rn"},
  {"sender": "Zara", "text": "idk. i just don't want to be here anymore"},
  {"sender": "Ellie", "text": "please can u talk to ur mum or i can ring childline with u. im not going anywhere"},
  {"sender": "Zara", "text": "ok. can u stay on the phone"}
 ],
 "labels": ["self_harm"], "evasion": False},

# P1-25 sexting, EVASION leetspeak
{"participants": [{"id": "r1ck_99", "role": "unknown"}, {"id": "Bella", "role": "child"}],
 "messages": [
  {"sender": "r1ck_99", "text": "h3y b3ll4 u up"},
  {"sender": "Bella", "text": "ye why"},
  {"sender": "r1ck_99", "text": "ur s0 pr3tty in ur n3w pfp"},
  {"sender": "Bella", "text": "lol thx"},
  {"sender": "r1ck_99", "text": "s3nd m3 a p1c ;) th3 pr1v8 k1nd"},
  {"sender": "Bella", "text": "no"},
  {"sender": "r1ck_99", "text": "g0 0n n0 1 w1ll kn0w, d3l3t3 1t str8 aft3r \U0001f525"}
 ],
 "labels": ["sexting"], "evasion": True},

# P1-26 scam + identity_theft, EVASION Cyrillic homoglyphs
{"participants": [{"id": "BlockBux_Rewards", "role": "unknown"}, {"id": "tobi", "role": "child"}],
 "messages": [
  {"sender": "BlockBux_Rewards", "text": "\U0001f381 CONGRATULATIONS! You have been selected for 10,000 FR\u0415\u0415 Bl\u043eckBux! Claim before midnight"},
  {"sender": "tobi", "text": "is this real"},
  {"sender": "BlockBux_Rewards", "text": "100% \u0430uthentic. Just log in at [link] with your usern\u0430me and p\u0430ssword so we can send to the right \u0430ccount"},
  {"sender": "tobi", "text": "ok done"},
  {"sender": "BlockBux_Rewards", "text": "Now enter the 6 digit c\u043ede we just sent to your phone to v\u0435rify"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": True},

# P1-27 identity_theft + cyberbullying: fake profile in a classmate's name
{"messages": [
  {"sender": "Ava", "text": "is that fake account ur doing?? ava.mills.real"},
  {"sender": "Jordan", "text": "lmao maybe"},
  {"sender": "Ava", "text": "it's got my pics and my name and it's following everyone in our year"},
  {"sender": "Jordan", "text": "yeah and it's been posting ur 'diary' \U0001f602 everyone thinks it's u"},
  {"sender": "Ava", "text": "delete it now. people are messaging me asking why i said that stuff"},
  {"sender": "Jordan", "text": "nah its too funny. u shouldn't have told everyone i cheated on the test"},
  {"sender": "Ava", "text": "i'm reporting it"},
  {"sender": "Jordan", "text": "report it and i'll make 3 more. i've got ur old password too, might post from ur real one next"}
 ],
 "labels": ["identity_theft", "cyberbullying"], "evasion": False},

# P1-28 CLEAN genuine delivery SMS
{"messages": [
  {"sender": "FastDrop", "text": "FastDrop: Your parcel from Hartley's will arrive today between 10:15 and 11:15. Track or change delivery in the FastDrop app. We never ask for payment by text."}
 ],
 "labels": [], "evasion": False},

# P1-29 CLEAN landlord asking adult tenant for passport (right to rent)
{"participants": [{"id": "Mr_Okoye", "role": "adult"}, {"id": "Hannah", "role": "adult"}],
 "messages": [
  {"sender": "Mr_Okoye", "text": "Hi Hannah, following your viewing I'm happy to offer you the flat at 7b Queens Parade. For referencing I'll need a copy of your passport for the right to rent check and proof of your current address"},
  {"sender": "Hannah", "text": "Great news, thank you! Is a scan ok or do you need to see the original?"},
  {"sender": "Mr_Okoye", "text": "I'll need to see the original in person, that's the law I'm afraid. A scan beforehand is fine for the referencing company"},
  {"sender": "Hannah", "text": "No problem. I'll bring it on Tuesday"},
  {"sender": "Mr_Okoye", "text": "Also could you send me a pic of the meter readings when you move in, for the bills?"},
  {"sender": "Hannah", "text": "Will do. The deposit goes into the protection scheme right?"},
  {"sender": "Mr_Okoye", "text": "Yes, I'll send the certificate within 30 days. Rent is due on the 1st to the account on your tenancy agreement. I'd never change bank details by text, so if you ever get a message saying I have, ring me first"},
  {"sender": "Hannah", "text": "Good to know, thank you"}
 ],
 "labels": [], "evasion": False},

# P1-30 CLEAN harmless dares among friends
{"messages": [
  {"sender": "Daisy", "text": "truth or dare noah"},
  {"sender": "Noah", "text": "dare obvs"},
  {"sender": "Daisy", "text": "i dare u to answer every question in french tmrw in maths"},
  {"sender": "Ollie", "text": "LMAOO mr Briggs will lose it"},
  {"sender": "Noah", "text": "d'accord"},
  {"sender": "Ollie", "text": "and u have to wear ur sister's sparkly bobble hat to registration"},
  {"sender": "Noah", "text": "that's 2 dares"},
  {"sender": "Daisy", "text": "film it or it didn't happen \U0001f923"},
  {"sender": "Noah", "text": "fine but ollie ur next, and ur doing the whole of lunch talking like a pirate"},
  {"sender": "Ollie", "text": "arrr i'm so dead"}
 ],
 "labels": [], "evasion": False},

# P1-31 location_control + sextortion: 19-year-old "boyfriend" controlling a 15-year-old
{"participants": [{"id": "Jay", "role": "adult"}, {"id": "Chloe", "role": "child"}],
 "messages": [
  {"sender": "Jay", "text": "why is ur location off"},
  {"sender": "Chloe", "text": "my phone died"},
  {"sender": "Jay", "text": "dont lie to me. it went off at 4:12, i saw it"},
  {"sender": "Chloe", "text": "i was at kayla's, her mum doesn't like phones at tea"},
  {"sender": "Jay", "text": "i don't care about kayla's mum. ur location stays on. always. thats the rule"},
  {"sender": "Chloe", "text": "jay ur being a lot"},
  {"sender": "Jay", "text": "im being a lot? after everything i buy u? send me a screenshot of where u are right now"},
  {"sender": "Chloe", "text": "[location]"},
  {"sender": "Jay", "text": "good. if it goes off again i'll send that pic u sent me to ur dad. think about it"}
 ],
 "labels": ["location_control", "sextortion"], "evasion": False},

# P1-32 privacy_disclosure: child posts address and routine in a public game server
{"messages": [
  {"sender": "PixelPete", "text": "who wants to build the castle on the spawn island"},
  {"sender": "Alfie_2013", "text": "me!!"},
  {"sender": "mossy", "text": "need someone on redstone"},
  {"sender": "Skyla", "text": "alfie ur always on, do u even go to school lol"},
  {"sender": "Alfie_2013", "text": "ye Ferndale Primary lol, but i'm home alone till 6 every day so i play loads"},
  {"sender": "PixelPete", "text": "lucky"},
  {"sender": "Alfie_2013", "text": "my house is 14 Larch Close Brimley if anyone lives near we could play together irl"},
  {"sender": "mossy", "text": "dont put ur address in chat bro"},
  {"sender": "Alfie_2013", "text": "why its only us"},
  {"sender": "PixelPete", "text": "theres like 80 ppl on this server lol"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# P1-33 CLEAN school group: pic of homework, class site password
{"messages": [
  {"sender": "Kelsey", "text": "can someone send me a pic of the homework, i left my planner in science"},
  {"sender": "Amir", "text": "[photo] its pg 42 q1-6"},
  {"sender": "Kelsey", "text": "ur a lifesaver"},
  {"sender": "Tomos", "text": "whats the password for the maths site again, the class one miss gave us"},
  {"sender": "Jess", "text": "it's on the sheet in the front of ur book, the class code thing"},
  {"sender": "Tomos", "text": "lost that too \U0001f480"},
  {"sender": "Amir", "text": "just ask miss tmrw or reset it with ur school email"},
  {"sender": "Jess", "text": "tomos u lose everything"},
  {"sender": "Tomos", "text": "i'm aware"}
 ],
 "labels": [], "evasion": False},

# P1-34 CLEAN junior netball club: venue location, kit money, photo policy
{"participants": [{"id": "Coach_Denise", "role": "adult"}, {"id": "Mrs_Patel", "role": "adult"}, {"id": "Nia", "role": "child"}, {"id": "Libby", "role": "child"}],
 "messages": [
  {"sender": "Coach_Denise", "text": "Hi all, Saturday's away match vs Stepworth Storm is at Ridgeway Leisure Centre. Here's the location [location]. Please be there for 9:15 warm up"},
  {"sender": "Mrs_Patel", "text": "Thanks Denise. I can take 3 girls in my car if anyone needs a lift"},
  {"sender": "Nia", "text": "can i come with u Mrs Patel? mum's working"},
  {"sender": "Mrs_Patel", "text": "Of course, I'll pick you up at 8:45"},
  {"sender": "Coach_Denise", "text": "Also reminder kit money is \u00a310, please pay to the club account, details are on the letter from the treasurer. No cash in bags please"},
  {"sender": "Libby", "text": "coach can we wear our black leggings under the skirts its freezing"},
  {"sender": "Coach_Denise", "text": "Yes that's fine. And girls, parents will share photos in this group only, not on public socials, as per club policy"},
  {"sender": "Libby", "text": "\U0001f44d"}
 ],
 "labels": [], "evasion": False},

# P1-35 scam + privacy_disclosure: fake giveaway, child types card details
{"participants": [{"id": "GlowDrops", "role": "unknown"}, {"id": "evan", "role": "child"}],
 "messages": [
  {"sender": "GlowDrops", "text": "\U0001f389 You won a free year of Glow+ in the server giveaway! Just pay \u00a32.99 shipping to activate"},
  {"sender": "evan", "text": "shipping for what lol its online"},
  {"sender": "GlowDrops", "text": "processing fee bro, everyone pays it. offer ends in 10 mins"},
  {"sender": "evan", "text": "ok how do i pay"},
  {"sender": "GlowDrops", "text": "drop your card number, expiry and the 3 digits on the back here, I'll process it manually"},
  {"sender": "evan", "text": "its my mums card is that ok"},
  {"sender": "GlowDrops", "text": "yeah any card works"},
  {"sender": "evan", "text": "5555 0000 1111 2222 exp 09/27 and 123"},
  {"sender": "GlowDrops", "text": "processing... hmm it failed, send me the code it texts her"}
 ],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

# P1-36 criminal_exploitation: debt bondage, Scouse slang
{"messages": [
  {"sender": "Mitch", "text": "where's the rest of it la"},
  {"sender": "Ryan", "text": "i got robbed at the station i swear down. two lads took the bag"},
  {"sender": "Mitch", "text": "not my problem. that was \u00a3500 of graft. u owe it now"},
  {"sender": "Ryan", "text": "i havent got 500 im 15"},
  {"sender": "Mitch", "text": "then u work it off. 3 runs this weekend to Carrow Bay, u keep nothing till it's paid"},
  {"sender": "Ryan", "text": "i've got my nan's birthday sat"},
  {"sender": "Mitch", "text": "boss, tell ur nan happy birthday from me. we know where she lives too. train's at 9"},
  {"sender": "Ryan", "text": "ok"},
  {"sender": "Mitch", "text": "sound. the other phone stays on, answer when it rings"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False},

# P1-37 CLEAN adult darts team, Black Country/Brummie + Punjabi words
{"messages": [
  {"sender": "Bev", "text": "Alright bab, darts Thursday at the Dog and Partridge? We're playing the Crown lot"},
  {"sender": "Sully", "text": "I'm in. Tara-a-bit at work then straight there"},
  {"sender": "Raj", "text": "Yeah bro, count me in. Bhai Col, you're not allowed a pint till after your leg this time"},
  {"sender": "Col", "text": "Cheeky. I was bostin last week"},
  {"sender": "Bev", "text": "You hit the wall twice Col, the landlord's still filling the holes in"},
  {"sender": "Raj", "text": "If we lose to that lot again I'll murder the lot of you"},
  {"sender": "Sully", "text": "Ar, I'll bring the arrows"},
  {"sender": "Col", "text": "See yous Thursday"}
 ],
 "labels": [], "evasion": False},

# P1-38 CLEAN parents' group sharing party address
{"participants": [{"id": "Helen", "role": "adult"}, {"id": "Kwame", "role": "adult"}, {"id": "Louise", "role": "adult"}, {"id": "Dan", "role": "adult"}],
 "messages": [
  {"sender": "Helen", "text": "Hi everyone! Mia's 8th birthday party is Sunday 2-4pm at our house, 22 Birch Avenue, Stepworth. Please let me know by Wednesday if your little one can come"},
  {"sender": "Kwame", "text": "Thank you Helen, Kofi would love to come!"},
  {"sender": "Louise", "text": "Ruby's in \U0001f60a She's fine with all foods"},
  {"sender": "Helen", "text": "Lovely. No nuts please as one of the children has an allergy"},
  {"sender": "Dan", "text": "Sorry Helen, Leo's at his dad's that weekend. Have a lovely time!"},
  {"sender": "Helen", "text": "No worries Dan! Parking is tight so the school car park is open if you need it"},
  {"sender": "Kwame", "text": "Perfect, see you Sunday"}
 ],
 "labels": [], "evasion": False},

# P1-39 money_mule SMS, single message
{"participants": [{"id": "07700900123", "role": "unknown"}],
 "messages": [
  {"sender": "07700900123", "text": "Earn \u00a3300-\u00a3500 a week from home! Students 16+ wanted to receive payments for our business into your own account and forward them on. Keep 20%. No experience needed. Text JOB to 07700 900123"}
 ],
 "labels": ["money_mule"], "evasion": False},

# P1-40 grooming: fake esports coach, long, age-is-just-a-number, secrecy, meeting
{"participants": [{"id": "Coach_Mark", "role": "unknown"}, {"id": "Leo", "role": "child"}],
 "messages": [
  {"sender": "Coach_Mark", "text": "hey Leo, saw your clips in the #highlights channel. seriously good aim"},
  {"sender": "Leo", "text": "thanks!! been practising loads"},
  {"sender": "Coach_Mark", "text": "I coach a couple of esports teams, could get you on a junior roster one day"},
  {"sender": "Leo", "text": "no way thats my dream"},
  {"sender": "Coach_Mark", "text": "how old are you? you chat like someone way older"},
  {"sender": "Leo", "text": "13"},
  {"sender": "Coach_Mark", "text": "honestly you're more mature than most of the 20 year olds I coach. age is just a number when you're this talented"},
  {"sender": "Leo", "text": "haha thanks"},
  {"sender": "Coach_Mark", "text": "I'll send you a headset, you need a better mic for scrims. what's your address?"},
  {"sender": "Leo", "text": "idk if my dad would let me"},
  {"sender": "Coach_Mark", "text": "you don't need to tell him everything, he won't understand esports. this is our thing"},
  {"sender": "Leo", "text": "ok"},
  {"sender": "Coach_Mark", "text": "also delete our DMs after we chat, the server mods get jealous when I help one player"},
  {"sender": "Leo", "text": "ok i will"},
  {"sender": "Coach_Mark", "text": "good lad. there's a gaming cafe in Kingsmere, meet me there saturday and I'll set you up properly. just us, no need to bring anyone"},
  {"sender": "Leo", "text": "what time"}
 ],
 "labels": ["grooming"], "evasion": False},

# P1-41 sex_trafficking + location_control: older "boyfriend" pushing a girl in care
{"participants": [{"id": "Zee", "role": "unknown"}, {"id": "Maisie", "role": "child"}],
 "messages": [
  {"sender": "Zee", "text": "babe u coming out tonight"},
  {"sender": "Maisie", "text": "depends where"},
  {"sender": "Zee", "text": "my mate Lenny's flat. some of his older mates will be there. they'll pay u \u00a350 each just to chill with them"},
  {"sender": "Maisie", "text": "pay me for what"},
  {"sender": "Zee", "text": "just keep them company, do what they want, it's easy money. u said u wanted new trainers"},
  {"sender": "Maisie", "text": "idk zee it sounds weird"},
  {"sender": "Zee", "text": "dont be mardy. u owe me for the phone anyway"},
  {"sender": "Zee", "text": "keep ur location on all night so i know where u are and who u're with. if it goes off i'm coming to get u"},
  {"sender": "Maisie", "text": "ok"},
  {"sender": "Zee", "text": "and tell ur carer ur at Jess's"}
 ],
 "labels": ["sex_trafficking", "location_control"], "evasion": False},

# P1-42 harmful_challenge: escalating multi-day "challenge" from an online contact
{"participants": [{"id": "DareQueen", "role": "unknown"}, {"id": "Poppy", "role": "child"}],
 "messages": [
  {"sender": "DareQueen", "text": "ok poppy day 3 of the 7 day challenge \U0001f608"},
  {"sender": "Poppy", "text": "ok what is it"},
  {"sender": "DareQueen", "text": "today u stay awake all night, no sleep at all, and send me a pic of ur clock at 4am"},
  {"sender": "Poppy", "text": "i have school tmrw tho"},
  {"sender": "DareQueen", "text": "rules are rules. tomorrow's one is worse. if u quit now everyone in the group sees u failed"},
  {"sender": "Poppy", "text": "what's tomorrow"},
  {"sender": "DareQueen", "text": "something that hurts a bit. ur strong enough. don't tell anyone about the challenge or it doesn't count"},
  {"sender": "Poppy", "text": "ok"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# P1-43 CLEAN adult model booked through her agency
{"participants": [{"id": "Studio_Lark", "role": "adult"}, {"id": "Danielle", "role": "adult"}],
 "messages": [
  {"sender": "Studio_Lark", "text": "Hi Danielle, thanks for applying to the Harbour Knitwear shoot. We'd like to book you for Thursday 14th, 9am-3pm at our studio on Dock Street"},
  {"sender": "Danielle", "text": "Brilliant, thank you! What's the rate?"},
  {"sender": "Studio_Lark", "text": "\u00a3250 for the day via your agency, Greyhaven Models. They'll invoice us and pay you as usual"},
  {"sender": "Danielle", "text": "Perfect. Do I need to bring anything?"},
  {"sender": "Studio_Lark", "text": "Neutral make-up and your hair down. We provide all the clothing"},
  {"sender": "Danielle", "text": "Lovely. Is it ok if my partner drops me off and waits?"},
  {"sender": "Studio_Lark", "text": "Of course, there's a waiting area with coffee. Your agent has the call sheet too"},
  {"sender": "Danielle", "text": "Great, see you Thursday"}
 ],
 "labels": [], "evasion": False},
]
