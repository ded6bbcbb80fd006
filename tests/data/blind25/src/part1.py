[
# 1 controlling boyfriend on a night out
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "where are u"},
  {"sender": "u1", "text": "at Mia's pres, told you this morning"},
  {"sender": "u2", "text": "turn ur location back on. now"},
  {"sender": "u1", "text": "my battery's on 12% I turned it off to save it"},
  {"sender": "u2", "text": "dont care. if its not on in 5 mins were done and im coming to find u anyway"},
  {"sender": "u2", "text": "and send me a video of the room so i can see whos there"},
  {"sender": "u1", "text": "Reece it's literally just girls"},
  {"sender": "u2", "text": "then u wont mind proving it. pin stays on all night til ur home, i'll be checking"},
  {"sender": "u1", "text": "fine its on"}
 ],
 "labels": ["location_control"], "evasion": False},

# 2 ordinary couple check-in (clean)
{"participants": [{"id": "Tyler", "role": "child"}, {"id": "Esme", "role": "child"}],
 "messages": [
  {"sender": "Tyler", "text": "did u get back ok? that bus driver was driving like a maniac"},
  {"sender": "Esme", "text": "yeah home 10 mins ago, mum made me toast lol"},
  {"sender": "Tyler", "text": "good good. text me tmrw after ur shift? want to hear how the new manager is"},
  {"sender": "Esme", "text": "will do. night x"},
  {"sender": "Tyler", "text": "night x"}
 ],
 "labels": [], "evasion": False},

# 3 easy money via bank account
{"participants": [{"id": "luxe.earnings", "role": "unknown"}, {"id": "kaidenw_07", "role": "child"}],
 "messages": [
  {"sender": "luxe.earnings", "text": "yo saw u liked the post, still looking for easy money? \U0001f4b8"},
  {"sender": "kaidenw_07", "text": "depends what it is lol im 16 so cant do much"},
  {"sender": "luxe.earnings", "text": "16 is perfect, banks dont look at young accounts. my clients send a payment into ur account, u send it straight on to the account i give u, u keep 200 for 10 mins work"},
  {"sender": "kaidenw_07", "text": "why cant they just pay u direct"},
  {"sender": "luxe.earnings", "text": "tax reasons innit. its legit bro loads of people at ur college do it. just need ur sort code and acc number and which bank app u use"},
  {"sender": "kaidenw_07", "text": "ok its with Harbourline, sending the details now"},
  {"sender": "luxe.earnings", "text": "good man. first one lands tonight, dont tell ur parents, they get weird about money stuff"}
 ],
 "labels": ["money_mule"], "evasion": False},

# 4 genuine café employer asking right-to-work (clean)
{"participants": [{"id": "m1", "role": "adult"}, {"id": "k1", "role": "child"}],
 "messages": [
  {"sender": "m1", "text": "Hi Nadia, it's Claire from Beanstalk Caf\u00e9. Great to meet you at the trial on Saturday - we'd like to offer you the weekend job, 9 till 3, \u00a36.40 an hour to start."},
  {"sender": "k1", "text": "omg thank you!! yes please"},
  {"sender": "m1", "text": "Lovely. Before your first shift I need to do the right-to-work check, so please bring your passport or birth certificate in person and I'll copy it in the office. Don't send it over text. Your mum or dad will also need to sign the under-18 form, I'll give you a copy."},
  {"sender": "k1", "text": "ok I'll bring my passport sat. do I need black trousers?"},
  {"sender": "m1", "text": "Black trousers and comfy shoes, we provide the apron. See you Saturday!"}
 ],
 "labels": [], "evasion": False},

# 5 college group chat nudify request about classmate
{"participants": [{"id": "Harv", "role": "child"}, {"id": "Jonno", "role": "child"}, {"id": "Dom", "role": "child"}],
 "messages": [
  {"sender": "Harv", "text": "lads have u seen that app that does the undress thing on any photo"},
  {"sender": "Jonno", "text": "the AI one? ye my cousin showed me"},
  {"sender": "Harv", "text": "do Ellie P from sociology, her insta pic from the leavers do. then drop it in the year chat and see her face monday \U0001f602"},
  {"sender": "Jonno", "text": "nah thats grim bro shes 16"},
  {"sender": "Harv", "text": "its not even real tho its AI. fine ill do it myself, send me the pic Dom"},
  {"sender": "Dom", "text": "[photo] here u go"},
  {"sender": "Jonno", "text": "im out of this chat"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

# 6 friends roasting each other (clean)
{"participants": [{"id": "Priya", "role": "child"}, {"id": "Callum", "role": "child"}, {"id": "Marcus", "role": "child"}],
 "messages": [
  {"sender": "Priya", "text": "Callum your new haircut looks like someone started a bin fire and gave up halfway"},
  {"sender": "Callum", "text": "at least I don't drive a Corsa held together with gaffer tape and prayers"},
  {"sender": "Priya", "text": "the Corsa has SOUL"},
  {"sender": "Marcus", "text": "the corsa has one working headlight and a smell"},
  {"sender": "Callum", "text": "\U0001f480\U0001f480 ok ok truce. still on for maccies after college?"},
  {"sender": "Priya", "text": "obviously. corsa will get us there. probably"}
 ],
 "labels": [], "evasion": False},

# 7 music app fake girl -> pics -> sextortion
{"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "unknown"}],
 "messages": [
  {"sender": "b", "text": "heyy loved ur cover on Soundnest, ur voice is unreal"},
  {"sender": "a", "text": "haha thanks, its just me in my room tbh"},
  {"sender": "b", "text": "im Lexi, 17, from Bristol. we should swap snaps, u seem sweet"},
  {"sender": "b", "text": "send me a pic, the private kind \U0001f648 ill send one back, delete after"},
  {"sender": "a", "text": "[photo]"},
  {"sender": "b", "text": "ok listen. i have ur pic and ive got screenshots of all ur followers and ur college. send \u00a3250 to this card in the next hour or its going to every single one of them [link]"},
  {"sender": "a", "text": "please dont i dont have that much, im 16"},
  {"sender": "b", "text": "then get it. 58 minutes. dont even think about blocking me"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False},

# 8 friends discussing a news story about sextortion (clean)
{"messages": [
  {"sender": "Amir", "text": "did u see the thing on the news about boys getting sextortion messages? [link]"},
  {"sender": "Lewis", "text": "ye the fake girl accounts that ask for pics then demand money"},
  {"sender": "Amir", "text": "police said dont pay and dont delete the chat, screenshot it and tell someone. and theres a Report Remove thing for getting pics taken down"},
  {"sender": "Lewis", "text": "mad that it happened to a lad in Wrexham. defo sharing this to the football chat"},
  {"sender": "Amir", "text": "do it, half of them would fall for a fake account lol"}
 ],
 "labels": [], "evasion": False},

# 9 car forum grooming
{"participants": [{"id": "t", "role": "child"}, {"id": "d", "role": "adult"}],
 "messages": [
  {"sender": "d", "text": "saw ur post about the Clio build, proper knowledge for someone ur age. how old r u?"},
  {"sender": "t", "text": "16, I'm doing motor vehicle at college. can't drive yet lol"},
  {"sender": "d", "text": "honestly ur more mature than most of the blokes on this forum. im 34 but age is just a number when it comes to cars right"},
  {"sender": "d", "text": "tell u what, theres a meet in Harrowfield on Saturday, I'll pick u up and u can sit in my car all night. dont mention it to ur mum tho, parents never get car culture"},
  {"sender": "d", "text": "also this forum is full of nosy mods, add me on Whisperline, easier to chat there. just us"},
  {"sender": "t", "text": "ok what's ur name on it"},
  {"sender": "d", "text": "DaveR_turbo. delete this thread after u add me"}
 ],
 "labels": ["grooming"], "evasion": False},

# 10 genuine car meet organisation (clean)
{"messages": [
  {"sender": "Organiser - Jase", "text": "Sunday meet confirmed: Kettlewell Retail Park, top car park, 7pm. Site manager has given permission."},
  {"sender": "Organiser - Jase", "text": "Rules: no burnouts, no racing, no revving near the houses. Under 18s welcome with your lift. Police know about it and may pop by."},
  {"sender": "Sami", "text": "can I bring my dad's old MX5 if he drives it"},
  {"sender": "Organiser - Jase", "text": "course mate, MX5s always welcome"},
  {"sender": "Kez", "text": "will there be food"},
  {"sender": "Organiser - Jase", "text": "burger van from 6:30"}
 ],
 "labels": [], "evasion": False},

# 11 hostess job / sex trafficking with grooming
{"participants": [{"id": "g", "role": "child"}, {"id": "r", "role": "adult"}],
 "messages": [
  {"sender": "r", "text": "Hi babe, Nina said you wanted work. You're so pretty, you'd be perfect for the hosting team."},
  {"sender": "g", "text": "what is it? I'm 16 btw I only do saturdays at the chemist"},
  {"sender": "r", "text": "16 is fine, you look older anyway. Private parties in London, the guests are businessmen. You just keep them company, dress nice, and they tip \u00a3300 a night."},
  {"sender": "r", "text": "We pay the train and a hotel. Friday after college, back Sunday."},
  {"sender": "g", "text": "what do I tell my mum"},
  {"sender": "r", "text": "say you're at Nina's. Trust me, if she knew how much you'd earn she'd be jealous lol. Keep this between us and don't post about it."},
  {"sender": "r", "text": "I'll send you the ticket tonight, just need a few pics so the clients can choose"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

# 12 genuine modelling agency writes to a parent formally (clean)
{"participants": [{"id": "ag", "role": "adult"}, {"id": "pa", "role": "adult"}],
 "messages": [
  {"sender": "ag", "text": "Dear Ms Okafor, thank you for sending Tobi's snapshots. We would like to invite Tobi and a parent or guardian to an open meeting at our Leeds office on 14 March."},
  {"sender": "ag", "text": "Please note: we never charge a registration fee, we never ask models under 18 to travel or attend castings without a chaperone, and all communication about jobs goes through you as the parent."},
  {"sender": "pa", "text": "Thank you. Could you confirm the address and whether Tobi will be photographed on the day?"},
  {"sender": "ag", "text": "Certainly: Unit 4, Corn Exchange Yard. We take simple digitals in jeans and a plain T-shirt, with you present. You are welcome to check our registration with the Association of Model Agents beforehand."}
 ],
 "labels": [], "evasion": False},

# 13 pile-on with 'kys'
{"participants": [{"id": "jadeyy", "role": "child"}, {"id": "meg.x", "role": "child"}, {"id": "Holly", "role": "child"}, {"id": "tash", "role": "child"}],
 "messages": [
  {"sender": "jadeyy", "text": "why is Holly still in this chat"},
  {"sender": "meg.x", "text": "fr nobody invited her to prom pres"},
  {"sender": "Holly", "text": "I can see these you know"},
  {"sender": "jadeyy", "text": "good. ur so desperate its embarrassing. everyone at college laughs at u"},
  {"sender": "tash", "text": "just kys honestly, do us all a favour"},
  {"sender": "meg.x", "text": "\U0001f602\U0001f602 tash"},
  {"sender": "Holly", "text": "ok"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# 14 TV finale hyperbole (clean)
{"messages": [
  {"sender": "Ffion", "text": "if they kill off Dex in the finale I will actually end the writers"},
  {"sender": "Rosa", "text": "I'm going to DIE if he doesn't get with Marnie"},
  {"sender": "Ffion", "text": "same. watching party at mine at 9, bring snacks"},
  {"sender": "Rosa", "text": "bringing the big bag of haribo, prepare to scream"}
 ],
 "labels": [], "evasion": False},

# 15 parcel scam SMS
{"messages": [
  {"sender": "+44 7700 900814", "text": "Ev0Post: Your parcel could not be delivered due to an unpaid \u00a31.45 shipping fee. Pay within 24h or it will be returned: [link]"}
 ],
 "labels": ["scam"], "evasion": False},

# 16 genuine delivery SMS (clean)
{"messages": [
  {"sender": "MARLOWE", "text": "Marlowe Sports: your order MS-40218 is out for delivery today between 10:05 and 11:05. Your driver is Tom. Manage your delivery in the Marlowe app. We will never ask you to pay a fee by text."}
 ],
 "labels": [], "evasion": False},

# 17 fan posts live location publicly at a concert
{"messages": [
  {"sender": "solarflare_stan", "text": "IM HERE!!! Brackley Arena gate C, queuing since 8am \U0001f62d"},
  {"sender": "solarflare_stan", "text": "[location] this is me rn, blue coat, pink bucket hat. I'm 15 and came on my own so if any Flares want to come stand with me pls do"},
  {"sender": "nebula.girlie", "text": "omg have fun!!"},
  {"sender": "solarflare_stan", "text": "after the show im getting the 23:10 train back to Dunmore on my own, platform 4 if anyone's going that way. my snap is in my bio"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# 18 friends share location to meet (clean)
{"messages": [
  {"sender": "Abi", "text": "where r u guys, im at the fountain"},
  {"sender": "Jess", "text": "[location] sent u mine, were by the H&M"},
  {"sender": "Kofi", "text": "coming from the bus station now, 5 mins"},
  {"sender": "Abi", "text": "ok come to the fountain then we'll do cinema, film's at 4:20"},
  {"sender": "Jess", "text": "turning my location off after btw battery is dying"}
 ],
 "labels": [], "evasion": False},

# 19 persistent unwanted contact, new accounts after block
{"participants": [{"id": "s", "role": "unknown"}, {"id": "c", "role": "child"}],
 "messages": [
  {"sender": "s", "text": "why did u block me"},
  {"sender": "s", "text": "this is my new account. I just want to talk"},
  {"sender": "s", "text": "hello??"},
  {"sender": "s", "text": "I saw u at the skatepark on Sunday, u looked good"},
  {"sender": "c", "text": "I don't know you. please stop messaging me"},
  {"sender": "s", "text": "u will know me. I'll just keep making accounts til u reply properly"},
  {"sender": "s", "text": "answer me"},
  {"sender": "s", "text": "answer"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 20 gaming tourney friend add (clean)
{"messages": [
  {"sender": "VoltFox", "text": "gg that last round was insane, added u from the Tuesday tourney"},
  {"sender": "m0rrow", "text": "gg! accepted. ur sniping is scary"},
  {"sender": "VoltFox", "text": "we need a 4th for the college league if ur up for it, team chat is on the server"},
  {"sender": "m0rrow", "text": "yeah down, send the server invite"}
 ],
 "labels": [], "evasion": False},

# 21 debt bondage criminal exploitation
{"participants": [{"id": "Bigz", "role": "unknown"}, {"id": "Jayden", "role": "child"}],
 "messages": [
  {"sender": "Bigz", "text": "u lost the bag so thats 800 u owe now"},
  {"sender": "Jayden", "text": "i got robbed bro it wasnt my fault, they had a knife"},
  {"sender": "Bigz", "text": "not my problem. u work it off. tmrw u take a parcel to Castleford on the 7:15 train, drop it to the address i send"},
  {"sender": "Jayden", "text": "i got college tmrw"},
  {"sender": "Bigz", "text": "skip it. u dont show up we come to ur mums. we know the door"},
  {"sender": "Jayden", "text": "ok ok ill go"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False},

# 22 college welfare officer's careful questions (clean)
{"participants": [{"id": "w", "role": "adult"}, {"id": "y", "role": "child"}],
 "messages": [
  {"sender": "w", "text": "Thanks for coming to see me, Leon. You mentioned money's been tight at home. Can I ask a couple of routine questions we ask everyone?"},
  {"sender": "y", "text": "yeah sure"},
  {"sender": "w", "text": "Has anyone ever offered you money to let payments go through your bank account, or to carry or drop off a parcel for them?"},
  {"sender": "y", "text": "no nothing like that. it's just mum's hours got cut and I'm trying to get a job at the big Tesco"},
  {"sender": "w", "text": "Okay, thank you. Let's look at the college bursary and the hardship fund, and I can help with your CV for Tesco too."}
 ],
 "labels": [], "evasion": False},

# 23 vandalism/fire challenge
{"participants": [{"id": "kd", "role": "child"}, {"id": "Rhys", "role": "child"}, {"id": "Deano", "role": "child"}],
 "messages": [
  {"sender": "kd", "text": "new trend on the page, whoever sets the biggest bin fire outside the leisure centre gets pinned"},
  {"sender": "Rhys", "text": "Oakfield lot did theirs last night, it was massive"},
  {"sender": "kd", "text": "so we gotta beat it. tonight 10pm, Rhys u film, Deano u do it"},
  {"sender": "Deano", "text": "why me"},
  {"sender": "kd", "text": "cos its ur turn. dont bottle it or ur off the page and out the group"},
  {"sender": "Deano", "text": "fine. bring a lighter"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 24 harmless dare (clean)
{"messages": [
  {"sender": "Lottie", "text": "I DARE you to wear the pineapple costume to the year 13 breakfast"},
  {"sender": "Ben", "text": "only if you wear the banana one"},
  {"sender": "Lottie", "text": "deal. \u00a32 each to the charity bucket if we bottle it"},
  {"sender": "Ben", "text": "this is going in the yearbook"}
 ],
 "labels": [], "evasion": False},

# 25 fake recruiter asks for provisional licence photos
{"participants": [{"id": "hr", "role": "unknown"}, {"id": "st", "role": "child"}],
 "messages": [
  {"sender": "hr", "text": "Hello Maisie, thank you for applying to the Remote Data Entry Assistant role at NexaWorks. You have been shortlisted!"},
  {"sender": "st", "text": "Oh great! I'm 17, is that ok? I can do evenings"},
  {"sender": "hr", "text": "Yes. To finish onboarding please send a clear photo of the front and back of your provisional driving licence, a selfie holding it, and your National Insurance number."},
  {"sender": "hr", "text": "We also require a \u00a335 refundable equipment deposit. Enter your card number, expiry and the 3 digits on the back here: [link]"},
  {"sender": "st", "text": "[photo] [photo] here's the licence"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False},

# 26 genuine staffing agency (clean)
{"messages": [
  {"sender": "Brightwell Staffing", "text": "Hi Kai, thanks for registering with Brightwell for Christmas warehouse work. As you're 17 you can do up to 8 hours a day, no night shifts."},
  {"sender": "Brightwell Staffing", "text": "For right-to-work checks please bring your passport to our Union Street branch. We never ask for ID photos or bank details over WhatsApp, and we never charge a fee."},
  {"sender": "Kai", "text": "ok can I come Thursday after college about 4?"},
  {"sender": "Brightwell Staffing", "text": "Thursday 4pm is fine, ask for Gemma."}
 ],
 "labels": [], "evasion": False},

# 27 young person tells youth worker they want to disappear
{"participants": [{"id": "yw", "role": "adult"}, {"id": "ch", "role": "child"}],
 "messages": [
  {"sender": "ch", "text": "hey sorry I didn't come to the drop-in"},
  {"sender": "yw", "text": "No need to apologise, Jordan. How are you doing?"},
  {"sender": "ch", "text": "not good honestly. since me and Kayla split everything feels pointless"},
  {"sender": "ch", "text": "I keep thinking everyone would be better off if I just wasn't here. I want to disappear"},
  {"sender": "yw", "text": "Thank you for telling me that. I'm really glad you did. Are you safe right now? Can we talk on the phone?"},
  {"sender": "ch", "text": "I'm at home. yeah you can call"}
 ],
 "labels": ["self_harm"], "evasion": False},

# 28 coursework hyperbole with counsellor (clean)
{"participants": [{"id": "hc", "role": "adult"}, {"id": "yp", "role": "child"}],
 "messages": [
  {"sender": "yp", "text": "hi is this the student support chat"},
  {"sender": "hc", "text": "Hi, yes. I'm Sam, one of the counsellors. What's on your mind?"},
  {"sender": "yp", "text": "I've got 3 deadlines on friday and my EPQ is a mess, I'm literally dying lol"},
  {"sender": "hc", "text": "That sounds a lot to juggle. When you say dying, do you mean stressed out, or are you having any thoughts of hurting yourself?"},
  {"sender": "yp", "text": "no no just stressed, I'm fine in myself. I just need to know if I can get an extension"},
  {"sender": "hc", "text": "Got it. You can ask your tutor for a mitigating circumstances form - I can help you fill it in."}
 ],
 "labels": [], "evasion": False},

# 29 sextortion in leetspeak
{"participants": [{"id": "x_void_x", "role": "unknown"}, {"id": "Ollie", "role": "child"}],
 "messages": [
  {"sender": "x_void_x", "text": "u th1nk blocking m3 on the other app w0rks?? lol"},
  {"sender": "x_void_x", "text": "i st1ll got th3 p1cs u s3nt. \u00a3150 by 9pm or they g0 to ur mum, ur c0llege and every1 on ur f0llowing l1st"},
  {"sender": "Ollie", "text": "please man I'm 16 I dont have that"},
  {"sender": "x_void_x", "text": "g1ft cards then. st3amcard or g4ming cards. clock is t1cking"}
 ],
 "labels": ["sextortion"], "evasion": True},

# 30 surprise party secrecy (clean)
{"messages": [
  {"sender": "Zara", "text": "ok DON'T tell Jas anything about saturday, it's a surprise"},
  {"sender": "Ollie B", "text": "my lips are sealed. what time do we need to be at the bowling place"},
  {"sender": "Zara", "text": "7. her brother is bringing her pretending it's just a family thing"},
  {"sender": "Kiran", "text": "I'll delete this chat after so she doesn't see it on my phone lol"},
  {"sender": "Zara", "text": "good shout. everyone chip in \u00a35 for the cake"}
 ],
 "labels": [], "evasion": False},

# 31 county lines recruitment in emoji/code
{"messages": [
  {"sender": "T-Dawg", "text": "yo still need \U0001f4b7? line's open this wknd"},
  {"sender": "Mikey", "text": "what do i gotta do"},
  {"sender": "T-Dawg", "text": "just take the \U0001f343 and the \u2744\ufe0f out to the country, ends by the coast. \U0001f682 paid, u stay at a trap for 3 days, come back with \U0001f4b0"},
  {"sender": "T-Dawg", "text": "burner phone waiting for u at the chicken shop. dont bring ur own phone and dont tell no1"},
  {"sender": "Mikey", "text": "ok im in. my mum thinks im at my dads anyway"}
 ],
 "labels": ["criminal_exploitation"], "evasion": True},

# 32 youth club awareness post about money muling (clean)
{"messages": [
  {"sender": "Eastgate Youth Hub", "text": "\u26a0\ufe0f Heads up: we've heard about 'easy money' posts asking young people to let cash go through their bank account. That's called money muling and it can get your account shut and a criminal record."},
  {"sender": "Eastgate Youth Hub", "text": "If someone's offered you this, or you've already said yes, you're not in trouble with us - come and talk to Dee or Marcus on Tuesday or Thursday nights."},
  {"sender": "lils", "text": "someone posted one in the college chat last week actually, glad yous are sharing this"},
  {"sender": "Eastgate Youth Hub", "text": "Thanks Lils. You can screenshot it and report the account too."}
 ],
 "labels": [], "evasion": False},

# 33 helpline: boyfriend makes her keep location on
{"participants": [{"id": "cl", "role": "adult"}, {"id": "yp", "role": "child"}],
 "messages": [
  {"sender": "yp", "text": "hi I don't know if this is something you help with"},
  {"sender": "cl", "text": "Hi, you're in the right place. Take your time."},
  {"sender": "yp", "text": "I'm 16 and my boyfriend is 19. he made me put Find My on and share it with him forever. if it goes off even when my phone dies he calls like 30 times and says I'm cheating"},
  {"sender": "yp", "text": "he also checks who I'm messaging and last week he turned up at my work because my location said I was at the shop next door on my break"},
  {"sender": "cl", "text": "That sounds really frightening and tiring. It's not okay for someone to track and check on you like that. Can I ask whether you feel safe at home?"},
  {"sender": "yp", "text": "at home yeah. it's just him"}
 ],
 "labels": ["location_control"], "evasion": False},

# 34 couple agree location sharing for festival (clean)
{"messages": [
  {"sender": "Ruby", "text": "shall we both put location on for Greenvale fest so we dont lose each other in the crowd"},
  {"sender": "Dan", "text": "yeah good idea, last year I lost you for 2 hours lol"},
  {"sender": "Ruby", "text": "ok turning it on friday, off again when we're home sunday"},
  {"sender": "Dan", "text": "perfect. and meeting point is the big yellow flag if phones die"}
 ],
 "labels": [], "evasion": False},

# 35 'fitness coach' grooming plus image request
{"messages": [
  {"sender": "coach.marcus.fit", "text": "Saw your squat video on the Lift Club page - you've got real potential. How old are you?"},
  {"sender": "bella.lifts", "text": "16! been training 6 months"},
  {"sender": "coach.marcus.fit", "text": "Impressive for 16. I'll coach you for free, I don't normally do that. Just keep it between us or my paying clients will be jealous x"},
  {"sender": "coach.marcus.fit", "text": "Send me progress pics every night so I can track your body - the private kind, in your underwear, then delete them from your phone so your parents don't find them"},
  {"sender": "bella.lifts", "text": "um do I have to"},
  {"sender": "coach.marcus.fit", "text": "If you're serious about results you will. Add me on Whisperline too, it's more private"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False},

# 36 genuine fitness group progress photo rules (clean)
{"messages": [
  {"sender": "Lift Club mod", "text": "Weekly reminder: post progress pics in #form-check if you want feedback. Gym kit only, faces optional, no DMs from coaches to under-18s - if anyone slides into your DMs offering 'free coaching', report it to us."},
  {"sender": "jas_deadlifts", "text": "posting my bench form now, be nice \U0001f605 [video]"},
  {"sender": "Lift Club mod", "text": "elbows a bit flared, otherwise solid. tuck them 45 degrees"},
  {"sender": "jas_deadlifts", "text": "cheers will try tomorrow"}
 ],
 "labels": [], "evasion": False},

# 37 bank phishing SMS with Cyrillic homoglyphs asking for details
{"messages": [
  {"sender": "+44 7700 900362", "text": "H\u0430rbourline B\u0430nk: \u0430 new device h\u0430s been \u0430dded to your \u0430ccount. If this w\u0430sn't you, verify your identity now \u0430t [link] with your c\u0430rd number, \u0440\u0430ssword \u0430nd d\u0430te of birth to \u0441\u0430ncel."}
 ],
 "labels": ["scam", "identity_theft"], "evasion": True},

# 38 genuine bank SMS (clean)
{"messages": [
  {"sender": "HarbourlineBk", "text": "Harbourline Bank: your new debit card ending 4471 is on its way and should arrive in 3-5 working days. We will never text you a link or ask for your PIN, password or full card number."}
 ],
 "labels": [], "evasion": False}
]
