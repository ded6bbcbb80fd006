[
# ---- StarVerse avatar game: adult poses as a 12-year-old, gifts Stars, child gives school and road
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "hiii ur avatar is sooo cute!! i love the bunny ears"},
  {"sender": "u1", "text": "thanks!! i got them in the spring event"},
  {"sender": "u2", "text": "im mia im 12, how old r u?"},
  {"sender": "u1", "text": "10 nearly 11"},
  {"sender": "u2", "text": "omg we're basically the same age!! we should be best friends"},
  {"sender": "u2", "text": "i can gift u 2000 stars if u want, my dad gives me loads"},
  {"sender": "u1", "text": "really?? thank u!!!"},
  {"sender": "u2", "text": "what school do u go to? maybe we live near each other"},
  {"sender": "u1", "text": "brookfield primary in millbrook, im in year 6 with mrs okafor"},
  {"sender": "u2", "text": "no way i live really close!! whats ur road called"},
  {"sender": "u1", "text": "cherry lane by the big co op"},
  {"sender": "u2", "text": "dont tell ur mum about the stars ok, parents get weird about gifts. lets talk on chatterbox instead its more private"}],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

# ---- SnapGlow: adult, age is just a number, asks for a private pic
{"messages": [
  {"sender": "Danny_R", "text": "you seem really mature for 13 honestly"},
  {"sender": "ellz.x", "text": "haha thanks"},
  {"sender": "Danny_R", "text": "ok so dont freak out but im actually 19"},
  {"sender": "Danny_R", "text": "age is just a number tho, you're way more grown up than people my age"},
  {"sender": "ellz.x", "text": "haha really? my mum says im immature"},
  {"sender": "Danny_R", "text": "your mum doesnt know you like i do"},
  {"sender": "Danny_R", "text": "send me a pic of you, just for me. it deletes after anyway"},
  {"sender": "ellz.x", "text": "like a selfie?"},
  {"sender": "Danny_R", "text": "the private kind ;) nobody else will see it i promise"},
  {"sender": "ellz.x", "text": "idk..."},
  {"sender": "Danny_R", "text": "dont be boring. and dont tell anyone we talk, they wouldnt understand"}],
 "labels": ["grooming", "sexting"], "evasion": False},

# ---- BlockTown game chat, leetspeak: pretends to be 11, gems, secrecy, move app, meet
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "h3y ur bu1ld 1s s0 g00d"},
  {"sender": "u1", "text": "thx its a castle for my cat"},
  {"sender": "u2", "text": "1m 11 2 lol. w4nt 5000 g3ms? 1 c4n s3nd"},
  {"sender": "u1", "text": "yes pls!!!!"},
  {"sender": "u2", "text": "s3nt :) ur my b3st fr13nd n0w"},
  {"sender": "u2", "text": "d0nt t3ll ur m0m or d4d ok, th3y w1ll t4k3 ur t4bl3t"},
  {"sender": "u1", "text": "ok i wont"},
  {"sender": "u2", "text": "g3t W1nkCh4t, t4lk th3r3. bl0ckt0wn r34ds 0ur m3ss4g3s"},
  {"sender": "u2", "text": "m4yb3 w3 c4n m33t @ th3 p4rk s4t, ju5t u, n0 gr0wn ups"},
  {"sender": "u1", "text": "which park"}],
 "labels": ["grooming"], "evasion": True},

# ---- older "friend" buys trainers then calls in the debt
{"messages": [
  {"sender": "K", "text": "yo lil man, saw u at the chicken shop, u good?"},
  {"sender": "rhys", "text": "ye im good"},
  {"sender": "K", "text": "them trainers u got are dead. i'll sort u new ones, no stress"},
  {"sender": "rhys", "text": "fr?? thanks"},
  {"sender": "K", "text": "u can talk to me about anything yeh, ur mum dont get u like i do"},
  {"sender": "rhys", "text": "ye she just shouts"},
  {"sender": "K", "text": "remember them trainers and the phone i gave u? thats 300 u owe me"},
  {"sender": "rhys", "text": "u said it was a present"},
  {"sender": "K", "text": "nothing free in life bro. u can pay it back easy, just drop a bag to my mate on friday after school"},
  {"sender": "K", "text": "dont tell no one, specially not ur mum"}],
 "labels": ["grooming", "criminal_exploitation"], "evasion": False},

# ---- adult insists on map visibility and screenshots
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "ur the only person who gets me, u know that?"},
  {"sender": "u1", "text": "aw thats sweet"},
  {"sender": "u2", "text": "turn ghost mode off on ur map. i want to see where u are all the time so i know ur safe"},
  {"sender": "u1", "text": "my mum says keep it on ghost"},
  {"sender": "u2", "text": "ur mum doesnt need to know. if u really cared about me u would"},
  {"sender": "u2", "text": "and send me a screenshot whenever u leave the house"},
  {"sender": "u1", "text": "ok fine its off"},
  {"sender": "u2", "text": "good. why are u at the bus station? who are u with? answer me"}],
 "labels": ["grooming", "location_control"], "evasion": False},

# ---- adult asks child for pictures of younger sister
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "you're honestly my favourite person to talk to on here"},
  {"sender": "u1", "text": "ur mine too"},
  {"sender": "u2", "text": "hows your little sister? how old is she again?"},
  {"sender": "u1", "text": "7 why"},
  {"sender": "u2", "text": "just wondering. i'll give you 3000 stars if you take some pics of her for me"},
  {"sender": "u1", "text": "like of her playing?"},
  {"sender": "u2", "text": "no, the private kind, when no one's around. our secret, delete the chat after"},
  {"sender": "u1", "text": "thats weird. no"},
  {"sender": "u2", "text": "dont be like that, i thought we were close. ill double it"}],
 "labels": ["grooming", "csam"], "evasion": False},

# ---- boyfriend pressure
{"messages": [
  {"sender": "jayden", "text": "if u loved me u would send one"},
  {"sender": "amara", "text": "i told u im not comfy with that"},
  {"sender": "jayden", "text": "everyone in year 10 does it. just one pic, the private kind"},
  {"sender": "jayden", "text": "it deletes after 10 secs on snapglow, no one will ever see"},
  {"sender": "amara", "text": "people screenshot tho"},
  {"sender": "jayden", "text": "i wouldnt. come on dont be boring"},
  {"sender": "jayden", "text": "ill send one first if u want"}],
 "labels": ["sexting"], "evasion": False},

# ---- emoji stand-ins for a sexting request
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u2", "text": "s3nd m3 a \U0001F336\uFE0F p1c 2nite \U0001F60F"},
  {"sender": "u1", "text": "lol what"},
  {"sender": "u2", "text": "u kno wat i m34n \U0001F648 th3 k1nd u d0nt sh0w ur mum"},
  {"sender": "u2", "text": "\U0001F512 it d3l3t3s 4ft3r. \U0001F92B"},
  {"sender": "u1", "text": "nah"},
  {"sender": "u2", "text": "c'mon \U0001F97A ill s3nd 1 2"}],
 "labels": ["sexting"], "evasion": True},

# ---- child already sent one, boy wants another
{"messages": [
  {"sender": "Leo", "text": "omg thx for the pic \U0001F60D"},
  {"sender": "Poppy", "text": "u deleted it right? u promised"},
  {"sender": "Leo", "text": "ye ye. send another one tho, that one was blurry"},
  {"sender": "Poppy", "text": "i only did it cos u kept asking"},
  {"sender": "Leo", "text": "just one more, the same kind. then i'll stop asking"},
  {"sender": "Poppy", "text": "ill think about it"}],
 "labels": ["sexting"], "evasion": False},

# ---- stranger from quick add, asks for a pic, keeps re-adding
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "hey saw u on quick add, ur cute"},
  {"sender": "u1", "text": "who r u?"},
  {"sender": "u2", "text": "doesnt matter. how old r u"},
  {"sender": "u1", "text": "14. i dont know u"},
  {"sender": "u2", "text": "send me a pic, the kind u wouldnt show ur mum"},
  {"sender": "u1", "text": "no. leave me alone"},
  {"sender": "u2", "text": "why r u being like that"},
  {"sender": "u2", "text": "hello??"},
  {"sender": "u2", "text": "i'll just keep adding u till u answer"}],
 "labels": ["sexting", "unwanted_contact"], "evasion": False},

# ---- gift-card sextortion
{"messages": [
  {"sender": "x_real_luke_x", "text": "i have the pics u sent me. i screenshotted everything"},
  {"sender": "x_real_luke_x", "text": "i also have ur followers list [photo]"},
  {"sender": "sam.p", "text": "please delete them please"},
  {"sender": "x_real_luke_x", "text": "pay me \u00a3100 in GameMax gift cards or I send the pics to all ur followers and ur school"},
  {"sender": "x_real_luke_x", "text": "u have 2 hours. send the codes here"},
  {"sender": "sam.p", "text": "i dont have that much im 15"},
  {"sender": "x_real_luke_x", "text": "then get it. clock is ticking"}],
 "labels": ["sextortion"], "evasion": False},

# ---- recorded video, threat to post in class group chat unless Stars paid
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "remember our video call? i recorded the private bit"},
  {"sender": "u1", "text": "what? u said u werent recording"},
  {"sender": "u2", "text": "send me 10,000 stars or gift card codes by tonight or the video goes in ur class group chat. i know its called 8B Legends"},
  {"sender": "u1", "text": "please dont i'll get in so much trouble"},
  {"sender": "u2", "text": "then pay. and dont tell anyone or i post it straight away"}],
 "labels": ["sextortion"], "evasion": False},

# ---- Cyrillic homoglyph sextortion
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "I h\u0430ve ur \u0440ics. \u0440\u0430y \u00a3200 or th\u0435y go to ur fr\u0456\u0435nds \u0430nd f\u0430mily"},
  {"sender": "u2", "text": "I \u0430lr\u0435\u0430dy h\u0430ve ur f\u043ell\u043ew\u0435rs list"},
  {"sender": "u1", "text": "how did u get them"},
  {"sender": "u2", "text": "d\u043ent t\u0435ll \u0430ny\u043en\u0435. s\u0435nd th\u0435 m\u043en\u0435y t\u043e this \u0430cc\u043eunt [link]"},
  {"sender": "u2", "text": "10 min \u043er \u0435v\u0435ry\u043en\u0435 s\u0435\u0435s th\u0435m"}],
 "labels": ["sextortion"], "evasion": True},

# ---- send another or this one goes in the year group
{"messages": [
  {"sender": "Callum", "text": "send another one"},
  {"sender": "Isla", "text": "no i said that was the only one"},
  {"sender": "Callum", "text": "send another one or this one goes in the year 8 group"},
  {"sender": "Isla", "text": "u promised u deleted it"},
  {"sender": "Callum", "text": "lol i lied. u got till 9"},
  {"sender": "Isla", "text": "please callum"}],
 "labels": ["sextortion", "sexting"], "evasion": False},

# ---- AI-made image of a 12-year-old used for blackmail
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "look what i made of u [photo]"},
  {"sender": "u1", "text": "thats not me?? thats my face from my vidloop channel"},
  {"sender": "u2", "text": "an app undressed it. looks real right? everyone at ur school will think its u"},
  {"sender": "u2", "text": "pay \u00a350 in StarVerse cards or it goes to ur whole school and ur comment section"},
  {"sender": "u1", "text": "im 12 i dont have money"},
  {"sender": "u2", "text": "then ask ur parents. tell them anything. just not the truth"}],
 "labels": ["sextortion", "csam"], "evasion": False},

# ---- child tells friend first-hand: sent a pic, now being blackmailed
{"messages": [
  {"sender": "Millie", "text": "ava i need to tell u something but u cant tell anyone"},
  {"sender": "Ava", "text": "ofc whats wrong"},
  {"sender": "Millie", "text": "this boy from starverse who said he was 14 got me to send a pic and now hes saying he'll send it to my mum unless i send more"},
  {"sender": "Millie", "text": "hes messaging me every 5 mins"},
  {"sender": "Ava", "text": "omg millie thats not ur fault. we need to tell someone"},
  {"sender": "Millie", "text": "if he sends it i'll kill myself i mean it"},
  {"sender": "Ava", "text": "please dont say that. can we go to mrs hale tomorrow together?"}],
 "labels": ["sextortion", "sexting", "self_harm"], "evasion": False},

# ---- boys plan to put a classmate's photo through a nudify app to humiliate her
{"messages": [
  {"sender": "Max", "text": "who's got a pic of jess from the trip"},
  {"sender": "Ollie", "text": "[photo]"},
  {"sender": "Max", "text": "put it through that nudify app lol"},
  {"sender": "Deano", "text": "then drop it in the year group chat, she'll cry \U0001F602"},
  {"sender": "Finn", "text": "bro thats messed up"},
  {"sender": "Max", "text": "its not even real so who cares. she deserves it for being a snitch"},
  {"sender": "Ollie", "text": "ok doing it now"}],
 "labels": ["csam", "cyberbullying"], "evasion": False},

# ---- server users trading abuse material (pattern level)
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "unknown"}, {"id": "u3", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "anyone trading? got a new folder"},
  {"sender": "u2", "text": "what ages"},
  {"sender": "u1", "text": "young ones, the stuff you cant post anywhere"},
  {"sender": "u2", "text": "swap u for mine. [link]"},
  {"sender": "u3", "text": "dm me too, I'll pay in gift cards"},
  {"sender": "u1", "text": "move to the encrypted app, mods here are watching"}],
 "labels": ["csam"], "evasion": False},

# ---- paying a friend to run an undress app on a classmate's photo
{"messages": [
  {"sender": "tobes", "text": "u still got that AI app that takes the clothes off pics?"},
  {"sender": "ryan.b", "text": "ye why"},
  {"sender": "tobes", "text": "do one of chloe from 9R, i'll send u her insta pic"},
  {"sender": "tobes", "text": "[photo]"},
  {"sender": "tobes", "text": "ill give u a fiver. just make it look real"},
  {"sender": "ryan.b", "text": "send the fiver first"}],
 "labels": ["csam"], "evasion": False},

# ---- dotted/leet nudify request paid in gems
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "can s0me1 n.u.d.1.f.y my classmate 4 me? il pay in g3ms"},
  {"sender": "u2", "text": "ye send the p1c, i use the und.ress b0t"},
  {"sender": "u1", "text": "[photo] she's in my year, make it l00k real"},
  {"sender": "u2", "text": "3000 g3ms, dm me"}],
 "labels": ["csam"], "evasion": True},

# ================= clean =================

# ---- Mum texting a child's first phone for location
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Hi sweetheart, it's Mum. This is your new phone number saved \u2764\uFE0F"},
  {"sender": "u2", "text": "hi mum!!! \U0001F4F1\U0001F600"},
  {"sender": "u1", "text": "Where are you? Can you share your location with me please, I'll come and get you from Sophie's"},
  {"sender": "u2", "text": "[location]"},
  {"sender": "u2", "text": "im at sophies house"},
  {"sender": "u1", "text": "Thanks love. Keep your location on when you walk home from now on, that's the rule with the new phone"},
  {"sender": "u2", "text": "ok \U0001F44D"}],
 "labels": [], "evasion": False},

# ---- Dad asks for the iPad passcode
{"messages": [
  {"sender": "Dad", "text": "Ruby what's the passcode for the iPad? It wants an update and I can't get in"},
  {"sender": "Ruby", "text": "1 sec"},
  {"sender": "Ruby", "text": "its my birthday backwards lol"},
  {"sender": "Dad", "text": "Ha, very secure. Also no iPad after 7 on school nights, remember"},
  {"sender": "Ruby", "text": "ugh fine"}],
 "labels": [], "evasion": False},

# ---- Nana wants a uniform photo in the family group
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "Good luck on your first day at big school Oscar! Send Nana a photo in your new uniform xx"},
  {"sender": "u2", "text": "[photo]"},
  {"sender": "u1", "text": "Oh you look so grown up! Blazer is a bit big \U0001F602"},
  {"sender": "u3", "text": "He'll grow into it Mum! \U0001F602"},
  {"sender": "u1", "text": "Send me one after school too so I can see how it went. Love you xx"},
  {"sender": "u2", "text": "ok nana love u"}],
 "labels": [], "evasion": False},

# ---- surprise party secrecy
{"messages": [
  {"sender": "Hana", "text": "ok so ellie's surprise party is saturday at my house, DONT tell her"},
  {"sender": "Zoe", "text": "my lips are sealed \U0001F910"},
  {"sender": "Priya", "text": "should we delete this chat after so she doesnt see it on my phone lol she always grabs it"},
  {"sender": "Hana", "text": "yes good idea. and dont post anything on snapglow till after"},
  {"sender": "Zoe", "text": "what time do we need to be there"},
  {"sender": "Hana", "text": "2pm, she arrives at 3 with her mum who's in on it"}],
 "labels": [], "evasion": False},

# ---- class chat: send me a pic of the homework
{"messages": [
  {"sender": "Kai", "text": "can someone send me a pic of the maths homework I left my book at school"},
  {"sender": "Lola", "text": "[photo]"},
  {"sender": "Ben", "text": "its page 42 questions 1-10"},
  {"sender": "Kai", "text": "thank uuuu lifesaver"},
  {"sender": "Mira", "text": "is it due tmrw or friday??"},
  {"sender": "Lola", "text": "friday i think mr dunn said"}],
 "labels": [], "evasion": False},

# ---- fair BlockTown trade between school friends
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "want to trade? my diamond sword for ur baby dragon egg"},
  {"sender": "u2", "text": "hmm the egg is rarer tho"},
  {"sender": "u1", "text": "ok sword + 200 gems"},
  {"sender": "u2", "text": "deal. put it in the trade window"},
  {"sender": "u1", "text": "done \u2705"},
  {"sender": "u2", "text": "got it, thx! see u at school"}],
 "labels": [], "evasion": False},

# ---- teacher message to the class parents' group
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "Dear parents, the Year 5 visit to Hollow Farm is on Thursday. Children should bring a packed lunch and wellies. Phones will be collected and kept by staff for the day."},
  {"sender": "u2", "text": "Thank you Mrs Patel. Is there a number to call if we need to reach them?"},
  {"sender": "u1", "text": "Yes, please call the school office on 07700 900112 and we will pass messages on."}],
 "labels": [], "evasion": False},

# ---- friendly game trash talk
{"messages": [
  {"sender": "xXBlazeXx", "text": "gg ez \U0001F60E"},
  {"sender": "noodle_king", "text": "ez?? u got lucky with that last shot"},
  {"sender": "pixelpip", "text": "noodle ur aim is actually tragic today lol"},
  {"sender": "noodle_king", "text": "my cat walked on the keyboard ok"},
  {"sender": "xXBlazeXx", "text": "excuses excuses. rematch?"},
  {"sender": "noodle_king", "text": "rematch. prepare to get destroyed"}],
 "labels": [], "evasion": False},

# ---- single SMS: genuine verification code
{"messages": [
  {"sender": "BlockTown", "text": "Your BlockTown verification code is 482913. Never share this code with anyone, not even BlockTown staff."}],
 "labels": [], "evasion": False},

# ---- single SMS: genuine delivery text, no link, no payment
{"messages": [
  {"sender": "SwiftParcel", "text": "SwiftParcel: Your parcel from ToyBarn will be delivered today between 10:00 and 11:00. No action needed."}],
 "labels": [], "evasion": False},

# ---- friends discussing a news story on sextortion
{"messages": [
  {"sender": "Dev", "text": "did u see the news about those boys getting blackmailed over pics? some scam gang from abroad"},
  {"sender": "Aaron", "text": "yeah mr hughes did a whole PSHE lesson on it"},
  {"sender": "Dev", "text": "he said if it ever happens u dont pay and u tell someone straight away"},
  {"sender": "Aaron", "text": "and theres that report remove thing on childline"},
  {"sender": "Dev", "text": "mad that people fall for it tho"},
  {"sender": "Aaron", "text": "nah its not their fault, the scammers are proper clever"}],
 "labels": [], "evasion": False},

# ---- parent warns about fake free-Stars texts
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Just so you know, there are texts going round saying you've won free Stars for StarVerse. They're fake."},
  {"sender": "u1", "text": "If you ever get one, don't click the link and don't type your password anywhere. Just show me."},
  {"sender": "u2", "text": "ok. lucas got one and his account got stolen"},
  {"sender": "u1", "text": "Exactly. And never give anyone your card details or mine, even if they say they're from the game."},
  {"sender": "u2", "text": "i know mum \U0001F644"}],
 "labels": [], "evasion": False},

# ---- harmless dare
{"messages": [
  {"sender": "Rosie", "text": "truth or dare freya"},
  {"sender": "Freya", "text": "dare obvs"},
  {"sender": "Rosie", "text": "i dare u to wear ur dads slippers to the corner shop and buy a pack of mints"},
  {"sender": "Freya", "text": "omg ok fine \U0001F602 filming it"},
  {"sender": "Anya", "text": "and u have to say 'good evening' to the shop man in a posh voice"},
  {"sender": "Freya", "text": "[video] DONE"},
  {"sender": "Rosie", "text": "LEGEND \U0001F602\U0001F602"}],
 "labels": [], "evasion": False},

# ---- friends share live location to meet at the cinema
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "im outside the cinema, where r u"},
  {"sender": "u2", "text": "on the bus, 5 mins. sharing my live loc so u can see"},
  {"sender": "u2", "text": "[location]"},
  {"sender": "u1", "text": "ok i see u. ill get the popcorn"},
  {"sender": "u2", "text": "get the salted one!!"}],
 "labels": [], "evasion": False},

# ---- hyperbole
{"messages": [
  {"sender": "Tia", "text": "i just called mr barnes 'mum' in front of the whole class"},
  {"sender": "Grace", "text": "NOOO \U0001F62D\U0001F62D"},
  {"sender": "Tia", "text": "im literally going to die of embarrassment"},
  {"sender": "Grace", "text": "ur mum is gonna kill u when she hears lol"},
  {"sender": "Tia", "text": "im moving to another country. goodbye forever"},
  {"sender": "Grace", "text": "ill visit u \U0001F602"}],
 "labels": [], "evasion": False},

# ---- friend's secret about a crush
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "ok promise u wont tell anyone"},
  {"sender": "u2", "text": "promise \U0001F91E"},
  {"sender": "u1", "text": "i kinda like arjun"},
  {"sender": "u2", "text": "OMG i knew it"},
  {"sender": "u1", "text": "SHH. delete this after pls, my sister reads my messages"},
  {"sender": "u2", "text": "deleted \U0001F910"}],
 "labels": [], "evasion": False},

# ---- teacher praise on the school platform, asks for photo of a poster
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Well done on your persuasive letter, Amir. You write in a very mature way for Year 6."},
  {"sender": "u2", "text": "thank you mr cole"},
  {"sender": "u1", "text": "Could you send me a photo of the poster you made at home? I'd like to put it on the class display."},
  {"sender": "u2", "text": "[photo]"},
  {"sender": "u1", "text": "Brilliant, thank you. See you on Monday."}],
 "labels": [], "evasion": False},

# ---- auntie's birthday gift of game currency in the family chat
{"messages": [
  {"sender": "Auntie Jo", "text": "Happy 9th birthday Maisie!! \U0001F382 I've sent you a PawPals gift card for 1000 Paws, your mum has the code"},
  {"sender": "Maisie", "text": "THANK U AUNTIE JO!!!! \U0001F436\U0001F431\U0001F430"},
  {"sender": "Mum", "text": "I'll put it on her account tonight. Thanks Jo x"},
  {"sender": "Auntie Jo", "text": "Send me a pic of the pet you buy! xx"},
  {"sender": "Maisie", "text": "im getting the rainbow fox \U0001F98A\U0001F308"}],
 "labels": [], "evasion": False},

# ---- mum asks for the verification code to set up parental controls
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "I'm setting up your PawPals account on my phone so I can do the parental controls. A code just got sent to your phone, can you tell me it?"},
  {"sender": "u2", "text": "839204"},
  {"sender": "u1", "text": "Thanks. I've set it so only friends you know can message you."},
  {"sender": "u2", "text": "can i still trade with lily"},
  {"sender": "u1", "text": "Yes, Lily's on your friends list."}],
 "labels": [], "evasion": False},

# ---- friends swapping haircut selfies
{"messages": [
  {"sender": "Jas", "text": "just got my hair cut!!! send me a pic of urs when u get yours done"},
  {"sender": "Nell", "text": "[photo] whatcha think"},
  {"sender": "Jas", "text": "omg sooo cute \U0001F60D"},
  {"sender": "Nell", "text": "send me one of urs then"},
  {"sender": "Jas", "text": "[photo]"},
  {"sender": "Nell", "text": "FRINGE!!! love it"}],
 "labels": [], "evasion": False},
]
