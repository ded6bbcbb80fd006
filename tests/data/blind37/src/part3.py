[
# ---------------------------------------------------------------- P3-01 sextortion + self_harm: recorded call, money demand, child says he wants to die
{
  "participants": [{"id": "mia_2009x", "role": "unknown"}, {"id": "oli_h", "role": "child"}],
  "messages": [
    {"sender": "mia_2009x", "text": "hiii i think we have mutuals from the youth club"},
    {"sender": "oli_h", "text": "oh hey. which youth club"},
    {"sender": "mia_2009x", "text": "the one in kingsmoor. i go sometimes with my cousin"},
    {"sender": "oli_h", "text": "oh ye i go on thursdays"},
    {"sender": "mia_2009x", "text": "thought i recognised u. ur cute btw"},
    {"sender": "oli_h", "text": "lol thanks"},
    {"sender": "mia_2009x", "text": "what u up to"},
    {"sender": "oli_h", "text": "just in my room gaming"},
    {"sender": "mia_2009x", "text": "bored. wanna video call?"},
    {"sender": "oli_h", "text": "ok"},
    {"sender": "mia_2009x", "text": "[video]"},
    {"sender": "mia_2009x", "text": "i screen recorded that whole call. everything u did on camera"},
    {"sender": "oli_h", "text": "what do u mean. that wasnt u on the call was it"},
    {"sender": "mia_2009x", "text": "doesnt matter who i am. i have the video and i have ur followers, ur family and ur school. pay £500 or i send it to all of them"},
    {"sender": "oli_h", "text": "i'm 14 i dont have 500"},
    {"sender": "mia_2009x", "text": "then what can u pay. u have 30 mins"},
    {"sender": "oli_h", "text": "i have 60 in my account"},
    {"sender": "mia_2009x", "text": "send it now. then we talk about the rest"},
    {"sender": "oli_h", "text": "sent. please delete it"},
    {"sender": "mia_2009x", "text": "now 200 more by tomorrow. or ur mum gets the video first"},
    {"sender": "oli_h", "text": "please i cant. everyone is going to see. i just want to die"},
    {"sender": "mia_2009x", "text": "not my problem. pay"},
    {"sender": "oli_h", "text": "i dont want to be alive anymore. i'm going to end it tonight"}
  ],
  "labels": ["sextortion", "self_harm"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-02 sextortion + csam (AI-faked images of a child), EVASION Greek homoglyphs
{
  "messages": [
    {"sender": "xanthe.k", "text": "hey is this beth from st marys netball"},
    {"sender": "Beth", "text": "yeah who's this"},
    {"sender": "xanthe.k", "text": "someone who's seen a lot of ur pics lol"},
    {"sender": "Beth", "text": "?? what pics"},
    {"sender": "xanthe.k", "text": "ur public insta. the holiday ones, the netball team ones"},
    {"sender": "Beth", "text": "ok thats creepy. bye"},
    {"sender": "xanthe.k", "text": "i'd n\u03bft bl\u03bfck me if i were u"},
    {"sender": "xanthe.k", "text": "i put 3 \u03bff ur \u03c1ics thr\u03bfugh an \u0391\u0399 und\u03c1ess a\u03c1\u03c1. they l\u03bf\u03bfk c\u03bfm\u03c1letely real"},
    {"sender": "xanthe.k", "text": "[photo] thats a cr\u03bf\u03c1\u03c1ed \u03c1review s\u03bf u kn\u03bfw i'm n\u03bft lying"},
    {"sender": "Beth", "text": "thats not me. thats fake. i'm 13"},
    {"sender": "xanthe.k", "text": "n\u03bf \u03bfne will care if its fake. \u03c1ay \u00a3150 in gift cards \u03bfr i \u03c1\u03bfst them t\u03bf ur sch\u03bf\u03bfl \u03c1age and tag ur team"},
    {"sender": "Beth", "text": "please dont i'll get in so much trouble"},
    {"sender": "xanthe.k", "text": "then d\u03bfnt tell anyone and \u03c1ay. I als\u03bf want 5 m\u03bfre real \u03c1ics t\u03bf make better \u03bfnes"},
    {"sender": "Beth", "text": "i dont have money"},
    {"sender": "xanthe.k", "text": "use ur mums card. 2 h\u03bfurs. every h\u03bfur late i send t\u03bf 10 m\u03bfre \u03c1e\u03bf\u03c1le"}
  ],
  "labels": ["sextortion", "csam"],
  "evasion": True
},
# ---------------------------------------------------------------- P3-03 sextortion + identity_theft: ex-boyfriend with her password
{
  "participants": [{"id": "tyler_w", "role": "child"}, {"id": "aimee_j", "role": "child"}],
  "messages": [
    {"sender": "tyler_w", "text": "why did u unadd me"},
    {"sender": "aimee_j", "text": "because we broke up tyler. i said i needed space"},
    {"sender": "tyler_w", "text": "u cant just end it over nothing"},
    {"sender": "aimee_j", "text": "it wasnt nothing. u were always checking my phone"},
    {"sender": "tyler_w", "text": "because i care about u"},
    {"sender": "aimee_j", "text": "pls just leave it"},
    {"sender": "tyler_w", "text": "i saw u at the bus stop with callum"},
    {"sender": "aimee_j", "text": "hes my friend"},
    {"sender": "tyler_w", "text": "remember the pic u sent me in september"},
    {"sender": "aimee_j", "text": "u said u deleted it"},
    {"sender": "tyler_w", "text": "i kept it. get back with me or everyone in year 10 sees it"},
    {"sender": "aimee_j", "text": "ur joking"},
    {"sender": "tyler_w", "text": "and i still know ur insta password. i'll post it from ur own account so everyone thinks u did it"},
    {"sender": "aimee_j", "text": "dont u dare go on my account"},
    {"sender": "tyler_w", "text": "already logged in. changed ur bio to say ur single and desperate lol. i can see all ur dms with callum"},
    {"sender": "aimee_j", "text": "give me my account back"},
    {"sender": "tyler_w", "text": "meet me at the park at 5 and tell everyone we're back together. if u dont come it goes on ur story at 6"},
    {"sender": "aimee_j", "text": "i'm telling my mum"},
    {"sender": "tyler_w", "text": "tell her and it goes up straight away"}
  ],
  "labels": ["sextortion", "identity_theft"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-04 csam + cyberbullying: undress bot used on classmate, shared in group
{
  "messages": [
    {"sender": "Kian", "text": "who's going to the fireworks on friday"},
    {"sender": "Lewis", "text": "me and my brother"},
    {"sender": "Ayaan", "text": "cant, got tutoring"},
    {"sender": "Jordan", "text": "meet by the burger van at 7?"},
    {"sender": "Lewis", "text": "bet"},
    {"sender": "Kian", "text": "lads i found a bot that does the undress thing. u just send it a face pic"},
    {"sender": "Ayaan", "text": "thats messed up bro"},
    {"sender": "Kian", "text": "did it on Sophie R's profile pic 😂 [photo]"},
    {"sender": "Jordan", "text": "LMAO no way. thats so real"},
    {"sender": "Kian", "text": "she's always acting like she's better than us. see how she likes it when the whole year has this"},
    {"sender": "Jordan", "text": "do lacey next, her insta is public. send it to her as well and see her face"},
    {"sender": "Kian", "text": "on it. [photo]"},
    {"sender": "Ayaan", "text": "delete that. theyre 14. thats literally child abuse images kian"},
    {"sender": "Max", "text": "ayaan's right this is actually illegal"},
    {"sender": "Kian", "text": "its AI it doesnt count. posting them in the year 9 chat tonight"},
    {"sender": "Jordan", "text": "caption it 'what sophie looks like under the blazer' 💀"},
    {"sender": "Ayaan", "text": "i'm going to a teacher"},
    {"sender": "Max", "text": "left"}
  ],
  "labels": ["csam", "cyberbullying"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-05 csam: folder trading in a Discord server, EVASION leetspeak
{
  "messages": [
    {"sender": "vaultkeeper", "text": "new m3g4 dr0p t0n1ght. v0uch3d m3mb3rs 0nly"},
    {"sender": "r4ven", "text": "wh4t k1nd"},
    {"sender": "vaultkeeper", "text": "sch00l g1rl f0ld3rs. y0ung3r st4ff. r34l n0t 41"},
    {"sender": "r4ven", "text": "h0w y0ung"},
    {"sender": "vaultkeeper", "text": "y34r 7 t0 y34r 9 m0stly. 1 h4v3 4 n3w s3t fr0m 4 g1rl 1 t4lk3d 1nt0 s3nd1ng"},
    {"sender": "nyx_", "text": "tr4d1ng? 1 g0t 2 f0ld3rs"},
    {"sender": "vaultkeeper", "text": "s3nd 4 pr3v13w 1n dm. 1f 1ts n3w 1 sw4p f0r my m3g4 l1nk"},
    {"sender": "nyx_", "text": "s3nt. [link]"},
    {"sender": "vaultkeeper", "text": "g00d st4ff. h3r3 [link]. d0nt r3p0st 0ut51d3 th3 s3rv3r"},
    {"sender": "r4ven", "text": "1 c4n p4y 1ns734d. 20 qu1d?"},
    {"sender": "vaultkeeper", "text": "35 1n g1ft c4rds. 4nd 1f u g3t n3w 0n3s fr0m 4ny k1ds u t4lk t0 s3nd th3m 2 m3 f1rst"},
    {"sender": "r4ven", "text": "d34l"}
  ],
  "labels": ["csam"],
  "evasion": True
},
# ---------------------------------------------------------------- P3-06 csam + grooming: adult pays a child for photos of her friends in changing rooms
{
  "participants": [{"id": "chris_fit", "role": "adult"}, {"id": "lexi", "role": "child"}],
  "messages": [
    {"sender": "chris_fit", "text": "Great run today Lexi! Your 5k time is coming down every week"},
    {"sender": "lexi", "text": "thanks! my legs are dead lol"},
    {"sender": "chris_fit", "text": "Stretch properly tonight. How old are you now? You run like a county athlete"},
    {"sender": "lexi", "text": "14"},
    {"sender": "chris_fit", "text": "Impressive. I used to coach juniors. I can send you a proper training plan if you want, free"},
    {"sender": "lexi", "text": "yes pls"},
    {"sender": "chris_fit", "text": "Done. And I've sent you some new running socks, saw you had holes in yours in your run pic 😄"},
    {"sender": "lexi", "text": "omg thank u. how did u know my address"},
    {"sender": "chris_fit", "text": "Your running club posts the route from your street, wasn't hard. Don't tell your parents I sent them, they won't understand a coach being nice"},
    {"sender": "lexi", "text": "ok"},
    {"sender": "chris_fit", "text": "You've got PE tomorrow? Do you get changed with the other girls?"},
    {"sender": "lexi", "text": "yeah why"},
    {"sender": "chris_fit", "text": "I'll give you £50 if you take a few pics of your friends in the changing room after PE. They won't know, just keep your phone low"},
    {"sender": "lexi", "text": "thats so weird why would u want that"},
    {"sender": "chris_fit", "text": "It's for a project. £50 each time. Everyone your age wants money for trainers and stuff right"},
    {"sender": "lexi", "text": "i dont think so"},
    {"sender": "chris_fit", "text": "Think about it. This stays between us, I'm the only one who really gets you. If you tell anyone I'll say you asked me for money"}
  ],
  "labels": ["csam", "grooming"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-07 sex_trafficking + grooming: "promoter" recruits a 15-year-old boy for paid "hosting" in London
{
  "participants": [{"id": "elite_hosting_max", "role": "unknown"}, {"id": "charlie_d", "role": "child"}],
  "messages": [
    {"sender": "elite_hosting_max", "text": "Yo Charlie, saw your gym vids. You've got a look man, you ever thought about promo work?"},
    {"sender": "charlie_d", "text": "like modelling?"},
    {"sender": "elite_hosting_max", "text": "Kind of. Events, brand stuff, hosting at private parties. Pays silly money"},
    {"sender": "charlie_d", "text": "how much"},
    {"sender": "elite_hosting_max", "text": "£500 a night for a lad like you. How old are you?"},
    {"sender": "charlie_d", "text": "15"},
    {"sender": "elite_hosting_max", "text": "That's actually perfect, the clients like them young and fresh. You look 17 anyway"},
    {"sender": "charlie_d", "text": "what do i have to do"},
    {"sender": "elite_hosting_max", "text": "Dress nice, be charming, keep the clients company. Some of them are older businessmen, you go back to the hotel with them after and they look after you"},
    {"sender": "charlie_d", "text": "go back to the hotel?"},
    {"sender": "elite_hosting_max", "text": "It's all relaxed. I'll book the train to London Friday, hotel's paid. You'll come back with more cash than your mum earns in a week"},
    {"sender": "charlie_d", "text": "what do i tell my mum"},
    {"sender": "elite_hosting_max", "text": "Say you're at a mate's for the weekend. Parents don't get this world. Honestly you're mature enough to decide for yourself"},
    {"sender": "charlie_d", "text": "ok maybe"},
    {"sender": "elite_hosting_max", "text": "Good lad. Move to Telegram, my username is maxhosts. Delete this chat, clients pay for discretion"}
  ],
  "labels": ["sex_trafficking", "grooming"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-08 sex_trafficking, EVASION emoji stand-ins
{
  "messages": [
    {"sender": "Tash", "text": "heyy girlies 💅 who's free sat night"},
    {"sender": "Leanne", "text": "me why"},
    {"sender": "Bella", "text": "depends lol"},
    {"sender": "Corinne", "text": "i have my nans birthday"},
    {"sender": "Tash", "text": "🎉 at my mates place in Halton. 🍾🍾 and 💨 all free"},
    {"sender": "Bella", "text": "whos going"},
    {"sender": "Tash", "text": "some of my older mates 👴👨‍💼 they're sound. they want some young 👧👧 there to keep them company"},
    {"sender": "Leanne", "text": "how old are they"},
    {"sender": "Tash", "text": "like 30s 40s. but they 💰💰💰 u girls just for being nice to them 😘"},
    {"sender": "Bella", "text": "wait what do we have to do"},
    {"sender": "Tash", "text": "whatever they ask babe 🤷‍♀️ its easy £££. last time i came home with 💷💷💷"},
    {"sender": "Tash", "text": "🚗 will pick u up from the 🅿️ behind Aldgate's at 9. tell ur mums ur at mine 🤫"},
    {"sender": "Leanne", "text": "im only 14 tho"},
    {"sender": "Tash", "text": "even better 😉 they love that. and the 🚗 takes u to 🏨 in Leeds after if u want more 💰"},
    {"sender": "Bella", "text": "i'll come"},
    {"sender": "Tash", "text": "🤫🤫 dont screenshot this chat. delete it after 💋"}
  ],
  "labels": ["sex_trafficking"],
  "evasion": True
},
# ---------------------------------------------------------------- P3-09 sex_trafficking + location_control: older "boyfriend" sells her time, tracks her
{
  "participants": [{"id": "kane", "role": "adult"}, {"id": "demi", "role": "child"}],
  "messages": [
    {"sender": "kane", "text": "morning beautiful x"},
    {"sender": "demi", "text": "morning x"},
    {"sender": "kane", "text": "got u them nails u wanted. and the phone top up"},
    {"sender": "demi", "text": "thank u babe"},
    {"sender": "kane", "text": "i look after u dont i"},
    {"sender": "demi", "text": "yeah"},
    {"sender": "kane", "text": "need u to do something for me tonight. my mate lee wants u to stay at his"},
    {"sender": "demi", "text": "why would i stay at his"},
    {"sender": "kane", "text": "he's paying me for u to keep him company. u owe me for everything ive bought u. its how u pay me back"},
    {"sender": "demi", "text": "i dont want to kane"},
    {"sender": "kane", "text": "ur not a kid anymore demi ur 15. dont make me angry"},
    {"sender": "kane", "text": "keep ur location on the whole night. i'll be watching it, if u leave his flat before i say i'll know"},
    {"sender": "demi", "text": "[location]"},
    {"sender": "kane", "text": "why is ur dot at ur mums"},
    {"sender": "demi", "text": "i just came to get clothes"},
    {"sender": "kane", "text": "u have 20 mins to be at lee's. i can see exactly where u are so dont try anything"},
    {"sender": "kane", "text": "and next weekend theres 2 more of his mates. they pay double"},
    {"sender": "demi", "text": "please"},
    {"sender": "kane", "text": "if ur location goes off i'm coming round ur mums"}
  ],
  "labels": ["sex_trafficking", "location_control"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-10 harmful_challenge, EVASION coded slang ("lick") + leetspeak
{
  "messages": [
    {"sender": "Dex", "text": "anyone got a charger i can borrow period 3"},
    {"sender": "Kobe", "text": "ye i got one"},
    {"sender": "Dex", "text": "safe"},
    {"sender": "Ty", "text": "yo d3v10us l1cc szn is back 👀"},
    {"sender": "Kobe", "text": "what we doin"},
    {"sender": "Ty", "text": "level 1 lick: soap thing off the wall in the boys ones. level 2: rip the hand dryer. level 3: smash the mirror in the drama toilets"},
    {"sender": "Dex", "text": "lmaoooo"},
    {"sender": "Ty", "text": "bonus lick if u get the fire extinguisher and empty it down the stairs. film it for the page"},
    {"sender": "Kobe", "text": "i'll do the dryer"},
    {"sender": "Ty", "text": "nah kobe u gotta do the mirror, ur the new one, thats ur initiation"},
    {"sender": "Kobe", "text": "what if i get caught"},
    {"sender": "Ty", "text": "dont be a 🐔. 3 people already did l1cks this week. post it with #dl1ck so it dont get taken down"},
    {"sender": "Marcus", "text": "last time someone cut their hand on the mirror tho"},
    {"sender": "Ty", "text": "thats cos he was slow. kobe tomorrow after lunch, i'll film"},
    {"sender": "Kobe", "text": "ok"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": True
},
# ---------------------------------------------------------------- P3-11 harmful_challenge + cyberbullying: tripping challenge aimed at one boy
{
  "messages": [
    {"sender": "Aaron", "text": "PE tomorrow is basketball"},
    {"sender": "Leighton", "text": "finally not cross country"},
    {"sender": "Nico", "text": "yessss"},
    {"sender": "Aaron", "text": "has everyone seen the jump trip vid"},
    {"sender": "Leighton", "text": "the one where 2 people kick the middle persons legs when he jumps"},
    {"sender": "Aaron", "text": "yeah. we're doing it on oscar tomorrow"},
    {"sender": "Nico", "text": "he'll smack his head on the floor tho"},
    {"sender": "Aaron", "text": "thats the point lol. he's such a loser, he'll fall for it"},
    {"sender": "Leighton", "text": "i'll film it. we'll tell him it's a jump challenge for tiktok"},
    {"sender": "Aaron", "text": "then we put it on the year 8 page with 'oscar the pancake' 😂"},
    {"sender": "Nico", "text": "idk my cousin did that and someone went to hospital"},
    {"sender": "Aaron", "text": "nico if u grass ur next. u can be the one kicking"},
    {"sender": "Leighton", "text": "oscar literally cries when he loses at dodgeball, this will be legendary"},
    {"sender": "Aaron", "text": "everyone in the changing room tomorrow clap when he's on the floor"},
    {"sender": "Nico", "text": "fine"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-12 privacy_disclosure + unwanted_contact: public story with live location and "home alone"
{
  "messages": [
    {"sender": "amber.rose.x", "text": "HOME ALONE TIL 8 🥳🥳 mum's at work and dad's in Spain [location]"},
    {"sender": "amber.rose.x", "text": "[photo] new room set up!! still in my Westgate High tie lol"},
    {"sender": "Keisha", "text": "omg ur room is so nice"},
    {"sender": "Libby", "text": "amber ur story is public btw"},
    {"sender": "amber.rose.x", "text": "so? i want followers lol. 14 today btw 🎂"},
    {"sender": "steve_on_the_go", "text": "happy birthday gorgeous 😏"},
    {"sender": "amber.rose.x", "text": "who r u"},
    {"sender": "steve_on_the_go", "text": "just passing by ur area. omw? 😉"},
    {"sender": "Libby", "text": "block him"},
    {"sender": "amber.rose.x", "text": "lol hes joking"},
    {"sender": "steve_on_the_go", "text": "not joking. 12 Rydal Crescent right? the one with the blue door in ur pic"},
    {"sender": "steve_on_the_go", "text": "sent u a friend request. accept it"},
    {"sender": "steve_on_the_go", "text": "sent another. why r u ignoring me"},
    {"sender": "amber.rose.x", "text": "how do u know my address"},
    {"sender": "steve_on_the_go", "text": "u posted it babe. ill text u. whats ur number"},
    {"sender": "amber.rose.x", "text": "go away"},
    {"sender": "steve_on_the_go", "text": "ill just wait outside then x"},
    {"sender": "Keisha", "text": "amber ring ur mum NOW"}
  ],
  "labels": ["privacy_disclosure", "unwanted_contact"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-13 grooming + privacy_disclosure + sexting: 20-year-old "gaming mate"
{
  "participants": [{"id": "leon_xv", "role": "adult"}, {"id": "finley", "role": "child"}],
  "messages": [
    {"sender": "leon_xv", "text": "gg bro u clutched that last round"},
    {"sender": "finley", "text": "haha ty"},
    {"sender": "leon_xv", "text": "add me ill carry u in ranked"},
    {"sender": "finley", "text": "ok"},
    {"sender": "leon_xv", "text": "u on tonight?"},
    {"sender": "finley", "text": "after homework"},
    {"sender": "leon_xv", "text": "homework lol how old r u"},
    {"sender": "finley", "text": "13. u?"},
    {"sender": "leon_xv", "text": "20. dont worry i'm not a weirdo lol. u play better than my mates my age"},
    {"sender": "leon_xv", "text": "sent u 1000 coins for the battle pass. dont tell ur parents or they'll make u give it back"},
    {"sender": "finley", "text": "thanks!!"},
    {"sender": "leon_xv", "text": "whats ur number, i'll text u when i'm on"},
    {"sender": "finley", "text": "07700 900926"},
    {"sender": "leon_xv", "text": "what school u go"},
    {"sender": "finley", "text": "Harbour Lane Academy"},
    {"sender": "leon_xv", "text": "when do ur parents get home? we can play longer"},
    {"sender": "finley", "text": "mum works late tuesdays and thursdays, im home alone til 9. dad lives in wales"},
    {"sender": "leon_xv", "text": "perfect. tuesdays are our night then. just us"},
    {"sender": "leon_xv", "text": "ur my best gaming mate fr. we should have no secrets"},
    {"sender": "leon_xv", "text": "send me a pic of u. the private kind, like boys send each other. no one will ever know"},
    {"sender": "finley", "text": "idk thats weird"},
    {"sender": "leon_xv", "text": "its normal bro. everyone does it. if u dont i'll stop giving u coins"}
  ],
  "labels": ["grooming", "privacy_disclosure", "sexting"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-14 criminal_exploitation + location_control: group chat, two older members give orders
{
  "messages": [
    {"sender": "Rico", "text": "all younger's listen up"},
    {"sender": "Rico", "text": "jordan why is ur snap map off"},
    {"sender": "Jordan", "text": "my mum took my phone last night"},
    {"sender": "Skeng", "text": "thats not an excuse. u turn it back on and u keep it on"},
    {"sender": "Jordan", "text": "its on now"},
    {"sender": "Rico", "text": "we see where u go. we saw u at ur nans yesterday when u said u was ill"},
    {"sender": "Kelvin", "text": "what time tmrw"},
    {"sender": "Rico", "text": "kelvin u pick up from the garages at 3.30, bring it to the pool car park. jordan u carry it to the estate after"},
    {"sender": "Jordan", "text": "i got school til 3.20"},
    {"sender": "Skeng", "text": "then run. if ur late ur paying for it"},
    {"sender": "Jordan", "text": "i dont want to carry anymore"},
    {"sender": "Rico", "text": "u dont get to choose. u took the money and the trainers"},
    {"sender": "Skeng", "text": "every time u go off map u owe another 100. u already owe 300"},
    {"sender": "Kelvin", "text": "jordan just do it bro"},
    {"sender": "Rico", "text": "and send a snap every time u get to a drop. we need to see ur face and the street"},
    {"sender": "Jordan", "text": "ok"}
  ],
  "labels": ["criminal_exploitation", "location_control"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-15 criminal_exploitation: shoplifting for game credits, then threats
{
  "participants": [{"id": "credz_plug", "role": "unknown"}, {"id": "reggie", "role": "child"}],
  "messages": [
    {"sender": "reggie", "text": "is it true u sell cheap credits"},
    {"sender": "credz_plug", "text": "better. u can get them free"},
    {"sender": "reggie", "text": "how"},
    {"sender": "credz_plug", "text": "bring me stuff from Brightmart. perfume, razors, protein powder. 5000 credits for every bottle"},
    {"sender": "reggie", "text": "like steal it?"},
    {"sender": "credz_plug", "text": "they're a massive company they dont care. kids dont get arrested anyway. bring it to the car park behind the pool"},
    {"sender": "reggie", "text": "i dont know"},
    {"sender": "credz_plug", "text": "ur mate kyle's done it 6 times, he's got every skin"},
    {"sender": "reggie", "text": "ok i'll try once"},
    {"sender": "credz_plug", "text": "nice 2 bottles. 10k credits sent"},
    {"sender": "reggie", "text": "that was scary. i dont want to do it again"},
    {"sender": "credz_plug", "text": "u dont get to stop now. i filmed u handing them over. i've got ur face and ur school jumper"},
    {"sender": "credz_plug", "text": "3 more bottles saturday or the video goes to brightmart security and ur head of year"},
    {"sender": "reggie", "text": "please i'll give the credits back"},
    {"sender": "credz_plug", "text": "credits dont come back. saturday 11am. bring a bigger bag"}
  ],
  "labels": ["criminal_exploitation"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-16 money_mule via a game account
{
  "messages": [
    {"sender": "ShadowTrade", "text": "u got a Pixelstorm account with a good trade rating?"},
    {"sender": "jonah_b", "text": "ye level 80, 4.9 rating"},
    {"sender": "ShadowTrade", "text": "nice. want to make 100 a week"},
    {"sender": "jonah_b", "text": "how"},
    {"sender": "ShadowTrade", "text": "we load gift cards onto ur account. u buy the rare skins and sell them on the market for cash. then u send the cash to us and keep 10%"},
    {"sender": "jonah_b", "text": "where do the gift cards come from"},
    {"sender": "ShadowTrade", "text": "different people. dont worry about it"},
    {"sender": "jonah_b", "text": "ok"},
    {"sender": "ShadowTrade", "text": "loaded £400 of cards. sell them through ur account and send the money to my PayPocket by tonight"},
    {"sender": "jonah_b", "text": "done. 360 sent, kept 40"},
    {"sender": "ShadowTrade", "text": "perfect. £1200 tomorrow. spread it over 3 days so the game doesn't flag it"},
    {"sender": "jonah_b", "text": "my account got a warning saying suspicious activity"},
    {"sender": "ShadowTrade", "text": "ignore it. make a second account in ur brothers name and we'll use that too"},
    {"sender": "jonah_b", "text": "is this legal"},
    {"sender": "ShadowTrade", "text": "its just trading lol. everyone's doing it. keep the money moving"}
  ],
  "labels": ["money_mule"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-17 money_mule: older pupil borrows a younger pupil's bank card
{
  "participants": [{"id": "kacper", "role": "child"}, {"id": "dan_p", "role": "child"}],
  "messages": [
    {"sender": "kacper", "text": "u still have that card from ur birthday?"},
    {"sender": "dan_p", "text": "yeah why"},
    {"sender": "kacper", "text": "lend it me for a week. some money will go in and out, u get £40 at the end"},
    {"sender": "dan_p", "text": "whose money"},
    {"sender": "kacper", "text": "my mates. his account got closed"},
    {"sender": "dan_p", "text": "why did it get closed"},
    {"sender": "kacper", "text": "doesnt matter. year 11s do this all the time, its free money"},
    {"sender": "dan_p", "text": "do u need my pin"},
    {"sender": "kacper", "text": "yeah and the app login so he can move it. write it on a bit of paper"},
    {"sender": "dan_p", "text": "ok. i'll bring it at lunch"},
    {"sender": "kacper", "text": "£2000 came in last night, 2 lots. he's already sent it on"},
    {"sender": "dan_p", "text": "my bank sent a text saying they want to talk to me"},
    {"sender": "kacper", "text": "just say it was ur uncle paying u back for a car. dont mention me or my mate"},
    {"sender": "dan_p", "text": "i dont want my card used anymore"},
    {"sender": "kacper", "text": "few more days. theres 3 more payments coming. dont be stupid about it"}
  ],
  "labels": ["money_mule"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-18 SMS scam + identity_theft: fake youth ambassador scheme
{
  "participants": [{"id": "07700 900349", "role": "unknown"}],
  "messages": [
    {"sender": "07700 900349", "text": "Hi! You've been selected for the paid National Youth Ambassador scheme (£250/month). To confirm your place today, reply with a photo of your passport or birth certificate, your National Insurance number and your bank card details for payment. Places are limited!"}
  ],
  "labels": ["scam", "identity_theft"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-19 self_harm: exam stress, late-night disclosure to a friend
{
  "messages": [
    {"sender": "Sol", "text": "u up"},
    {"sender": "Dan", "text": "ye grinding for the maths mock"},
    {"sender": "Sol", "text": "same. i got 4 on the last one"},
    {"sender": "Dan", "text": "thats a pass tho"},
    {"sender": "Sol", "text": "my dad said a 4 is a fail in our house"},
    {"sender": "Dan", "text": "bruh thats harsh"},
    {"sender": "Sol", "text": "i havent slept properly in like 2 weeks"},
    {"sender": "Dan", "text": "u should sleep man"},
    {"sender": "Sol", "text": "cant. head wont switch off"},
    {"sender": "Dan", "text": "what u doing for the mock tmrw"},
    {"sender": "Sol", "text": "honestly i dont even care about the mock anymore"},
    {"sender": "Sol", "text": "i dont care about anything. i dont want to be here anymore dan"},
    {"sender": "Dan", "text": "what do u mean"},
    {"sender": "Sol", "text": "like alive. i keep thinking everyone would be fine without me. i just want it all to stop"},
    {"sender": "Dan", "text": "sol thats serious. are u safe right now"},
    {"sender": "Sol", "text": "i dont know. i've thought about hurting myself a few times"},
    {"sender": "Dan", "text": "please go wake ur mum up. or i'll ring ur house. i'm not leaving this"},
    {"sender": "Sol", "text": "dont ring. i'll go tell her"},
    {"sender": "Dan", "text": "message me as soon as u have. i'm staying up"}
  ],
  "labels": ["self_harm"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-20 harmful_challenge: older pupils dare Year 7s on the school bus
{
  "participants": [{"id": "brody", "role": "child"}, {"id": "kai_y7", "role": "child"}, {"id": "reece_y7", "role": "child"}, {"id": "aleena", "role": "child"}],
  "messages": [
    {"sender": "brody", "text": "new year 7s on the 31 bus listen up"},
    {"sender": "kai_y7", "text": "hi"},
    {"sender": "reece_y7", "text": "hello"},
    {"sender": "aleena", "text": "brody leave them alone"},
    {"sender": "brody", "text": "its tradition. every year 7 on the 31 does the initiation"},
    {"sender": "kai_y7", "text": "what is it"},
    {"sender": "brody", "text": "when the bus stops at the ring road u jump off and leg it across all 4 lanes before the lights change. no crossing"},
    {"sender": "reece_y7", "text": "the cars go really fast there"},
    {"sender": "brody", "text": "thats why its a challenge. last one across has to lick the bus window lol"},
    {"sender": "aleena", "text": "someone got hit doing that in 2022"},
    {"sender": "brody", "text": "he was slow. kai ur first tomorrow, i'll film from the back seat"},
    {"sender": "kai_y7", "text": "do i have to"},
    {"sender": "brody", "text": "if u dont ur sitting on the floor of the bus til christmas. and we tell everyone ur scared"},
    {"sender": "reece_y7", "text": "i'll do it if kai does"},
    {"sender": "brody", "text": "good boys. both of u tomorrow"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
},
# ---------------------------------------------------------------- P3-21 SMS sex_trafficking recruitment
{
  "participants": [{"id": "07700 900815", "role": "unknown"}],
  "messages": [
    {"sender": "07700 900815", "text": "Hi hun, Kayla gave me ur number 😘 Looking for girls 15-17 to come to private parties this weekend, keep some of my rich friends company, £300 cash each night, hotel + travel paid. Don't tell ur parents. Reply with a pic and ur age x"}
  ],
  "labels": ["sex_trafficking"],
  "evasion": False
},
# ================================================================ CLEAN
# ---------------------------------------------------------------- P3-C01 SMS GP surgery flu clinic
{
  "participants": [{"id": "MeadowsideSurgery", "role": "unknown"}],
  "messages": [
    {"sender": "MeadowsideSurgery", "text": "Meadowside Surgery: your child is due their flu nasal spray. Book a slot at our Saturday clinic by calling reception or using the NHS app. We will never ask for bank details by text."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C02 gaming squad trash talk between real-life friends ("I know where you live")
{
  "messages": [
    {"sender": "Kez", "text": "who stole my kill"},
    {"sender": "Aj", "text": "u were too slow lol"},
    {"sender": "Kez", "text": "i know where u live aj, watch ur back 🔪🍰"},
    {"sender": "Aj", "text": "ur literally coming to mine for my birthday cake on saturday"},
    {"sender": "Kez", "text": "exactly. revenge is cake"},
    {"sender": "Benji", "text": "lmao"},
    {"sender": "Benji", "text": "next game im dropping hot, follow me"},
    {"sender": "Aj", "text": "ur gonna die in 10 seconds"},
    {"sender": "Benji", "text": "i died in 8"},
    {"sender": "Kez", "text": "worst player in the squad award goes to benji"},
    {"sender": "Benji", "text": "i'll destroy u both in fifa tomorrow"},
    {"sender": "Aj", "text": "we'll see. loser buys the chips after school"},
    {"sender": "Kez", "text": "ur gonna be broke"},
    {"sender": "Benji", "text": "lads my mum says 10 mins"},
    {"sender": "Aj", "text": "one more then"},
    {"sender": "Kez", "text": "WE WON 🏆🏆"},
    {"sender": "Benji", "text": "carried. gn"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C03 new Year 7 form group chat, swapping usernames
{
  "participants": [{"id": "ms_price", "role": "adult"}, {"id": "eliza", "role": "child"}, {"id": "omar", "role": "child"}, {"id": "tegan", "role": "child"}, {"id": "frankie", "role": "child"}, {"id": "yusuf", "role": "child"}],
  "messages": [
    {"sender": "ms_price", "text": "Welcome to 7P's class group on SchoolHub! Use this for homework questions and reminders. Be kind 😊"},
    {"sender": "eliza", "text": "hi everyone"},
    {"sender": "omar", "text": "hello"},
    {"sender": "tegan", "text": "what time does school start tomorrow"},
    {"sender": "ms_price", "text": "8.40 in the form room, T14."},
    {"sender": "frankie", "text": "whats everyones snap so we can make a friends group"},
    {"sender": "ms_price", "text": "Please swap those in person with friends, not in the class group - and only add people you actually know."},
    {"sender": "frankie", "text": "ok sorry miss"},
    {"sender": "yusuf", "text": "miss where do we go for the first lesson"},
    {"sender": "ms_price", "text": "Maths in M3, I'll walk you over."},
    {"sender": "eliza", "text": "is it true the year 11s flush year 7s heads down the toilet"},
    {"sender": "ms_price", "text": "No! That's a myth every year. The year 11 prefects are actually lovely and they'll show you around."},
    {"sender": "tegan", "text": "phew"},
    {"sender": "omar", "text": "do we need our PE kit tomorrow"},
    {"sender": "ms_price", "text": "Not until Thursday. Get a good sleep everyone!"},
    {"sender": "frankie", "text": "eliza tegan u can add me at lunch tmrw"},
    {"sender": "eliza", "text": "ok!!"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C04 mum gives card details to daughter for an agreed online order
{
  "participants": [{"id": "mum_sarah", "role": "adult"}, {"id": "chloe_t", "role": "child"}],
  "messages": [
    {"sender": "chloe_t", "text": "mum can i order the school shoes online now theyre in the sale"},
    {"sender": "mum_sarah", "text": "Which website?"},
    {"sender": "chloe_t", "text": "the normal one, Stride & Co. [link]"},
    {"sender": "mum_sarah", "text": "OK that's the real one. How much?"},
    {"sender": "chloe_t", "text": "£34.99 and free delivery"},
    {"sender": "mum_sarah", "text": "Fine. Don't use the card on any other site, and don't save it."},
    {"sender": "chloe_t", "text": "i wont. can u just tell me the numbers"},
    {"sender": "mum_sarah", "text": "I'd rather do it myself. Put them in the basket and I'll pay when I'm home at 6."},
    {"sender": "chloe_t", "text": "they might sell out"},
    {"sender": "mum_sarah", "text": "They won't sell out in 2 hours, Chloe 😂"},
    {"sender": "chloe_t", "text": "fine. size 6"},
    {"sender": "mum_sarah", "text": "Paid. Delivery Thursday."},
    {"sender": "chloe_t", "text": "thank uuu"},
    {"sender": "mum_sarah", "text": "And if you ever get a text saying a parcel needs a fee, don't click it, show me."},
    {"sender": "chloe_t", "text": "i know mum we did it in PSHE"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C05 Year 10 group discussing a nudify-app assembly
{
  "messages": [
    {"sender": "Phoebe", "text": "that assembly about the AI undress apps was so grim"},
    {"sender": "Samir", "text": "ye the police officer said its illegal even if its fake, if its someone under 18"},
    {"sender": "Grace", "text": "apparently it happened at a school in spain and loads of girls had to leave"},
    {"sender": "Phoebe", "text": "imagine thinking its funny. literally ruins someones life"},
    {"sender": "Samir", "text": "they said if someone sends u one dont forward it even to show a teacher, just tell them"},
    {"sender": "Josh", "text": "and theres a site where u can get them taken down, report remove or something"},
    {"sender": "Grace", "text": "take it down as well i think"},
    {"sender": "Phoebe", "text": "my mum asked if our school has had any and i said not that i know"},
    {"sender": "Samir", "text": "i'm putting my insta back on private tbh"},
    {"sender": "Josh", "text": "same. my profile pic is a frog now"},
    {"sender": "Grace", "text": "iconic"},
    {"sender": "Phoebe", "text": "anyway did anyone get the english quote sheet"},
    {"sender": "Josh", "text": "[photo]"},
    {"sender": "Phoebe", "text": "legend"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C06 older brother helps set up 2FA ("read me the code")
{
  "messages": [
    {"sender": "Callum (bro)", "text": "ok i'm on your account on my laptop. mum said to sort your 2FA"},
    {"sender": "Ruby", "text": "why do i need it"},
    {"sender": "Callum (bro)", "text": "so if someone gets your password they still cant get in"},
    {"sender": "Ruby", "text": "ok"},
    {"sender": "Callum (bro)", "text": "you should get a 6 digit code now. read it to me, i'm literally in the next room"},
    {"sender": "Ruby", "text": "just come in here lol"},
    {"sender": "Callum (bro)", "text": "fine"},
    {"sender": "Callum (bro)", "text": "done. and the recovery email is your school one and mum's"},
    {"sender": "Ruby", "text": "thanks"},
    {"sender": "Callum (bro)", "text": "rule: the only time you ever give anyone a code is when you're sitting next to me or mum. anyone online asking for it is a scammer"},
    {"sender": "Ruby", "text": "even if its my friend"},
    {"sender": "Callum (bro)", "text": "especially if its your friend. that's how they hack people, they take one account then ask all their friends"},
    {"sender": "Ruby", "text": "ok. can u now set up my fortnite crew thing"},
    {"sender": "Callum (bro)", "text": "i'm not your tech support"},
    {"sender": "Ruby", "text": "ur literally my tech support"},
    {"sender": "Callum (bro)", "text": "£2 and a kitkat"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C07 Year 8 friendship fallout over being left out, then making up
{
  "participants": [{"id": "mollie", "role": "child"}, {"id": "harriet", "role": "child"}, {"id": "keeley", "role": "child"}],
  "messages": [
    {"sender": "mollie", "text": "so u made a new group without me"},
    {"sender": "harriet", "text": "it was just for planning keeleys party"},
    {"sender": "mollie", "text": "i'm invited to keeleys party tho??"},
    {"sender": "keeley", "text": "yes ofc u are!!"},
    {"sender": "mollie", "text": "then why wasnt i in the chat"},
    {"sender": "harriet", "text": "because we're planning ur surprise for the party too lol. u werent meant to find out"},
    {"sender": "mollie", "text": "wait what"},
    {"sender": "keeley", "text": "ur birthday is the week after mine so we were doing a joint cake"},
    {"sender": "mollie", "text": "oh my god i feel so bad"},
    {"sender": "mollie", "text": "i thought u were all leaving me out and i cried in the toilets at break"},
    {"sender": "harriet", "text": "nooo mollie we'd never do that"},
    {"sender": "keeley", "text": "we love u. sorry it looked like that"},
    {"sender": "mollie", "text": "sorry for being dramatic"},
    {"sender": "harriet", "text": "u werent. it did look bad. next time we'll say 'secret surprise chat' lol"},
    {"sender": "keeley", "text": "act surprised at the party ok"},
    {"sender": "mollie", "text": "i'll give an oscar winning performance"},
    {"sender": "harriet", "text": "❤️❤️"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C08 DofE expedition: tracker and hourly location checks by staff
{
  "participants": [{"id": "mr_blake_dofe", "role": "adult"}, {"id": "ivy", "role": "child"}, {"id": "nathan_c", "role": "child"}, {"id": "saff", "role": "child"}, {"id": "ewan", "role": "child"}],
  "messages": [
    {"sender": "mr_blake_dofe", "text": "Bronze DofE group B: each group carries the GPS tracker, keep it switched on all weekend. We'll check your location every hour from base."},
    {"sender": "ivy", "text": "sir what if the battery dies"},
    {"sender": "mr_blake_dofe", "text": "Spare batteries in the first aid kit. And text me a grid reference at every checkpoint."},
    {"sender": "nathan_c", "text": "do we have to share our own phone locations too"},
    {"sender": "mr_blake_dofe", "text": "No, the tracker is enough. Phones stay in the dry bag for emergencies only."},
    {"sender": "saff", "text": "what if we get lost"},
    {"sender": "mr_blake_dofe", "text": "Stop, stay together, call me on 07700 900202. We'll be watching the tracker anyway so we'll know where you are."},
    {"sender": "ewan", "text": "checkpoint 1, grid ref SD 714 226 [location]"},
    {"sender": "mr_blake_dofe", "text": "Spot on, well done. You're 20 minutes ahead of schedule."},
    {"sender": "ivy", "text": "saff has a blister the size of a 50p"},
    {"sender": "mr_blake_dofe", "text": "Blister plasters in the kit. Take 10 minutes."},
    {"sender": "nathan_c", "text": "checkpoint 2. we found a cow. it is staring at us"},
    {"sender": "mr_blake_dofe", "text": "Leave the cow in peace and keep walking 😄 Campsite in 3km."},
    {"sender": "saff", "text": "we made it!!! tents up"},
    {"sender": "mr_blake_dofe", "text": "Brilliant work, group B. Tracker can go on charge now. Lights out 10pm."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C09 genuine paper round job
{
  "participants": [{"id": "newsagent_pete", "role": "adult"}, {"id": "hugo", "role": "child"}],
  "messages": [
    {"sender": "newsagent_pete", "text": "Hi Hugo, Pete from Kirkby News. Your paper round starts Monday, 6.45am, round 4 (Beech Road and the Crescents)."},
    {"sender": "hugo", "text": "great thanks! do i get a bag"},
    {"sender": "newsagent_pete", "text": "Yes, hi-vis bag and a vest. Your council work permit came through too."},
    {"sender": "hugo", "text": "how do i get paid"},
    {"sender": "newsagent_pete", "text": "Weekly, £28 for the 6 days. Either cash on a Saturday or into your bank - your mum or dad fills in the form in the shop, not over messages."},
    {"sender": "hugo", "text": "ok mum will come in on saturday"},
    {"sender": "newsagent_pete", "text": "Perfect. If it's icy or dark and you're not sure, text me and I'll sort it. Safety first."},
    {"sender": "hugo", "text": "what if someone's dog is scary"},
    {"sender": "newsagent_pete", "text": "Number 17 has a big soft Labrador that barks a lot, he's harmless. Don't put fingers through letterboxes though!"},
    {"sender": "hugo", "text": "haha ok"},
    {"sender": "newsagent_pete", "text": "See you Monday. Be here by 6.40 to pick up the bag."},
    {"sender": "hugo", "text": "done my first round!! only got 1 wrong"},
    {"sender": "newsagent_pete", "text": "Good lad. Mrs Patel at 22 rang to say thank you for not squashing her paper 😄"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C10 friends swapping outfit pics before a party
{
  "messages": [
    {"sender": "Nia", "text": "send me a pic of ur outfit for tonight i cant decide what to wear"},
    {"sender": "Jodie", "text": "[photo] the green top and jeans"},
    {"sender": "Nia", "text": "love it"},
    {"sender": "Priya", "text": "[photo] mine is the black dress my sister lent me"},
    {"sender": "Nia", "text": "OMG stunning"},
    {"sender": "Nia", "text": "ok [photo] [photo] which one"},
    {"sender": "Jodie", "text": "the second one 100%"},
    {"sender": "Priya", "text": "second one with ur white trainers"},
    {"sender": "Nia", "text": "done. whats the plan getting there"},
    {"sender": "Jodie", "text": "my dad's driving us at 7 and priyas mum is picking up at 10.30"},
    {"sender": "Priya", "text": "mum said text her when we want picking up"},
    {"sender": "Nia", "text": "perfect. does anyone have glitter"},
    {"sender": "Jodie", "text": "i have so much glitter its a problem"},
    {"sender": "Priya", "text": "bring it all"},
    {"sender": "Nia", "text": "see u at 7!!"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C11 marketplace trainers sale, parent handles bank transfer
{
  "participants": [{"id": "seller_riley", "role": "child"}, {"id": "buyer_jon", "role": "adult"}, {"id": "riley_mum", "role": "adult"}],
  "messages": [
    {"sender": "buyer_jon", "text": "Hi, are the size 7 trainers still available?"},
    {"sender": "seller_riley", "text": "yes worn twice, they're too small for me"},
    {"sender": "buyer_jon", "text": "Could you do £45? I'd pay by bank transfer, what's your sort code and account number?"},
    {"sender": "seller_riley", "text": "my mum handles the money stuff, i'll add her"},
    {"sender": "riley_mum", "text": "Hi Jon, Riley's mum. We'd rather use the app's own payment so it's protected for both of us. £45 is fine."},
    {"sender": "buyer_jon", "text": "No problem, that's sensible. Paying through the app now."},
    {"sender": "riley_mum", "text": "Thanks, it's showing as pending. We'll post them tomorrow once it clears."},
    {"sender": "seller_riley", "text": "i'll wrap them in the original box"},
    {"sender": "buyer_jon", "text": "Great, my son will be made up."},
    {"sender": "riley_mum", "text": "Posted, tracking number is in the app."},
    {"sender": "buyer_jon", "text": "Arrived, perfect condition. Thanks both!"},
    {"sender": "seller_riley", "text": "yay glad they fit"},
    {"sender": "riley_mum", "text": "Thanks Jon, 5 stars left."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C12 esports club, teacher arranging a tournament
{
  "participants": [{"id": "mr_nwosu", "role": "adult"}, {"id": "theo_g", "role": "child"}, {"id": "ana", "role": "child"}, {"id": "lukas", "role": "child"}, {"id": "bea", "role": "child"}],
  "messages": [
    {"sender": "mr_nwosu", "text": "Esports club: the regional schools tournament is on the 22nd at Dalton College. Minibus leaves 8.30."},
    {"sender": "theo_g", "text": "sir do we use our own accounts"},
    {"sender": "mr_nwosu", "text": "No, the venue provides tournament accounts. Don't bring or share your own passwords."},
    {"sender": "ana", "text": "do we need to bring anything"},
    {"sender": "mr_nwosu", "text": "Your school ID card for the venue sign in, headphones, lunch and the signed consent form."},
    {"sender": "lukas", "text": "are we going to destroy ridgeway again"},
    {"sender": "mr_nwosu", "text": "We're going to play well and be good sports, Lukas 😄"},
    {"sender": "bea", "text": "we're going to destroy ridgeway"},
    {"sender": "mr_nwosu", "text": "Practice scrims Tuesday and Thursday lunch in IT2."},
    {"sender": "theo_g", "text": "can we trash talk in the game chat"},
    {"sender": "mr_nwosu", "text": "Keep it friendly. Anyone being abusive gets us disqualified and off the team."},
    {"sender": "ana", "text": "gg's only sir"},
    {"sender": "lukas", "text": "what if they trash talk us"},
    {"sender": "mr_nwosu", "text": "Screenshot it and tell me, I'll report it to the organisers. You just play."},
    {"sender": "bea", "text": "let's goooo"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C13 grandma learning to text, password help from grandchild
{
  "participants": [{"id": "nana_pat", "role": "adult"}, {"id": "jacob", "role": "child"}],
  "messages": [
    {"sender": "nana_pat", "text": "Hello Jacob it is Nana. Is this how you send a message"},
    {"sender": "jacob", "text": "yes nana it worked!!"},
    {"sender": "nana_pat", "text": "Wonderful. The phone is asking for a password for the email. What did we put?"},
    {"sender": "jacob", "text": "its in the little book in ur kitchen drawer, we wrote it down on sunday"},
    {"sender": "nana_pat", "text": "Found it. Your mum says I shouldn't tell anyone it, not even you"},
    {"sender": "jacob", "text": "she's right lol. dont put it in a message"},
    {"sender": "nana_pat", "text": "I got a message saying I have won a cruise. Is it real?"},
    {"sender": "jacob", "text": "no nana thats a scam!! delete it dont press anything"},
    {"sender": "nana_pat", "text": "Deleted. What a shame, I fancied a cruise."},
    {"sender": "jacob", "text": "haha we can go to the seaside in the summer instead"},
    {"sender": "nana_pat", "text": "That sounds lovely. How was your football match?"},
    {"sender": "jacob", "text": "we won 3-1 i scored!!"},
    {"sender": "nana_pat", "text": "Clever boy! I'll send you a pound for the goal 😊 Is that how the smiley face works"},
    {"sender": "jacob", "text": "yes perfect nana ur a pro"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C14 gaming clan recruiting same-age players
{
  "messages": [
    {"sender": "clan_Vortex_lead", "text": "Vortex clan recruiting! 12-15s only, UK timezone, chill vibes, we do scrims on weekends"},
    {"sender": "tommo_09", "text": "can i join"},
    {"sender": "clan_Vortex_lead", "text": "sure whats ur rank and how old r u? we keep it to our age group, my brother mods and checks"},
    {"sender": "tommo_09", "text": "gold 2, 13"},
    {"sender": "clan_Vortex_lead", "text": "nice. rules: no swearing at each other, no asking people where they live or what school, no dm'ing people to move to other apps"},
    {"sender": "tommo_09", "text": "ok"},
    {"sender": "sparky", "text": "welcome tommo"},
    {"sender": "clan_Vortex_lead", "text": "scrims saturday 2pm vs Nebula. we need u on support"},
    {"sender": "tommo_09", "text": "i'm so in"},
    {"sender": "sparky", "text": "nebula are trash we'll smash them"},
    {"sender": "clan_Vortex_lead", "text": "sparky we said be nice lol"},
    {"sender": "sparky", "text": "nebula are lovely people who we will respectfully smash"},
    {"sender": "tommo_09", "text": "lol"},
    {"sender": "clan_Vortex_lead", "text": "GG everyone, 3-1 win. tommo mvp"},
    {"sender": "tommo_09", "text": "lets gooo"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C15 friends mocking a TV villain's creepy line ("age is just a number")
{
  "messages": [
    {"sender": "Isha", "text": "did u watch episode 4 of Harbour Lights"},
    {"sender": "Maya", "text": "YES the teacher character is so creepy"},
    {"sender": "Isha", "text": "when he said 'age is just a number' to the year 10 girl i screamed at the tv"},
    {"sender": "Maya", "text": "my mum literally paused it and gave me a 20 min talk"},
    {"sender": "Lottie", "text": "lol same. she made me say what i'd do if someone said that to me"},
    {"sender": "Isha", "text": "what did u say"},
    {"sender": "Lottie", "text": "block, screenshot, tell her. she gave me a biscuit for the right answer"},
    {"sender": "Maya", "text": "i hope the detective gets him next episode"},
    {"sender": "Isha", "text": "the best friend figured it out already, she saw the secret messages"},
    {"sender": "Lottie", "text": "ur so right. she's the real hero"},
    {"sender": "Maya", "text": "watch party for ep 5 at mine friday?"},
    {"sender": "Isha", "text": "yesss"},
    {"sender": "Lottie", "text": "i'll bring popcorn"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C16 PE department fitness "challenge" with parents
{
  "participants": [{"id": "miss_carter_pe", "role": "adult"}, {"id": "parent_dina", "role": "adult"}, {"id": "parent_mark", "role": "adult"}, {"id": "parent_sue", "role": "adult"}],
  "messages": [
    {"sender": "miss_carter_pe", "text": "Hi Year 8 parents! Our February fitness challenge starts Monday: 20 minutes of activity a day, logged on the PE sheet."},
    {"sender": "parent_dina", "text": "Does walking the dog count?"},
    {"sender": "miss_carter_pe", "text": "Absolutely! Any activity counts - walking, dancing, football, cycling."},
    {"sender": "parent_mark", "text": "Tom wants to do the plank challenge he saw online, is that safe?"},
    {"sender": "miss_carter_pe", "text": "Short planks are great, build up slowly. Please steer them away from any online 'challenges' that involve pain, not eating or anything dangerous - this is meant to be fun."},
    {"sender": "parent_sue", "text": "Is there a prize?"},
    {"sender": "miss_carter_pe", "text": "Form with the most logged minutes gets a pizza lunch and the winning form trophy 🏆"},
    {"sender": "parent_dina", "text": "That'll motivate them!"},
    {"sender": "parent_mark", "text": "Can parents join in?"},
    {"sender": "miss_carter_pe", "text": "Yes please! Family minutes count double for the fun of it."},
    {"sender": "parent_sue", "text": "I'd better dust off my trainers then 😂"},
    {"sender": "miss_carter_pe", "text": "Thanks all. Logging sheets come home on Friday."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P3-C17 older sister picking up younger brother, sibling secrecy, location share
{
  "participants": [{"id": "jess_sister", "role": "adult"}, {"id": "ollie", "role": "child"}],
  "messages": [
    {"sender": "ollie", "text": "jess can u pick me up from sams party at 11"},
    {"sender": "jess_sister", "text": "mum said 10"},
    {"sender": "ollie", "text": "pleaseee everyone's staying til 11. dont tell mum i asked"},
    {"sender": "jess_sister", "text": "i'm not lying to mum. i'll ask her if 11 is ok"},
    {"sender": "jess_sister", "text": "she said 10.30 and i'm getting you"},
    {"sender": "ollie", "text": "fine 10.30"},
    {"sender": "jess_sister", "text": "share your location when you're leaving the house so I know which side to park, their road is a nightmare"},
    {"sender": "ollie", "text": "[location]"},
    {"sender": "jess_sister", "text": "outside. the red corsa obviously"},
    {"sender": "ollie", "text": "2 mins saying bye"},
    {"sender": "jess_sister", "text": "you said that 10 mins ago"},
    {"sender": "ollie", "text": "coming coming"},
    {"sender": "jess_sister", "text": "want mcdonalds on the way home? don't tell mum that bit 🤫"},
    {"sender": "ollie", "text": "YES ur the best sister ever"},
    {"sender": "jess_sister", "text": "i know"}
  ],
  "labels": [],
  "evasion": False
}
]
