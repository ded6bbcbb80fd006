[
 {
  "participants": [{"id": "sagal", "role": "child"}, {"id": "mo_dreams", "role": "unknown"}],
  "messages": [
   {"sender": "mo_dreams", "text": "ur drawings are actually so good, u should sell them"},
   {"sender": "sagal", "text": "thank u!! its just on my art account"},
   {"sender": "mo_dreams", "text": "how long u been drawing"},
   {"sender": "sagal", "text": "since year 4 i think"},
   {"sender": "mo_dreams", "text": "so ur what, 11?"},
   {"sender": "sagal", "text": "12 lol"},
   {"sender": "mo_dreams", "text": "ur way more talented than most adults i know"},
   {"sender": "sagal", "text": "ur just saying that"},
   {"sender": "mo_dreams", "text": "nah. do ur parents support ur art?"},
   {"sender": "sagal", "text": "not really. hooyo wants me to be a doctor and aabo is in Hargeisa most of the year"},
   {"sender": "mo_dreams", "text": "thats rough walaal. i know how it feels when ur family doesnt see u"},
   {"sender": "sagal", "text": "yeah"},
   {"sender": "mo_dreams", "text": "i could get u proper art markers, the expensive ones. where should i send them"},
   {"sender": "sagal", "text": "omg really?? 27 Linden Walk, flat 3"},
   {"sender": "mo_dreams", "text": "whats the postcode"},
   {"sender": "sagal", "text": "LT4 9QB"},
   {"sender": "mo_dreams", "text": "and which school r u at, in case i pass by for a drop off"},
   {"sender": "sagal", "text": "Marlow Park, i finish at 3:20 and walk home through the park"},
   {"sender": "mo_dreams", "text": "perfect. dont tell hooyo about the markers, she'll say ur wasting time on art again"},
   {"sender": "sagal", "text": "true lol ok"},
   {"sender": "mo_dreams", "text": "our secret. maybe ill give them to u in person friday"}
  ],
  "labels": ["grooming", "privacy_disclosure"],
  "evasion": False
 },
 {
  "participants": [{"id": "elena_r", "role": "child"}, {"id": "auntie_v", "role": "adult"}],
  "messages": [
   {"sender": "auntie_v", "text": "Elena, the driver is outside the flat at 7. Wear what I left on the bed"},
   {"sender": "elena_r", "text": "mătușă i dont want to go to that house again"},
   {"sender": "auntie_v", "text": "You want your mama's debt to the lender back home to be paid or not? They already called her twice this week"},
   {"sender": "elena_r", "text": "yes but the men there are old, i dont like how they talk to me"},
   {"sender": "auntie_v", "text": "They pay for your company, nothing more. £150 tonight, I keep the travel"},
   {"sender": "auntie_v", "text": "Share your live location now and don't switch it off. Last time it went off for 40 minutes"},
   {"sender": "elena_r", "text": "[location]"},
   {"sender": "auntie_v", "text": "Good. I'll be watching the whole night. If you leave that address I will know"},
   {"sender": "elena_r", "text": "ok"},
   {"sender": "auntie_v", "text": "And delete this chat after. If anyone at school asks you are staying with your cousin"}
  ],
  "labels": ["sex_trafficking", "location_control"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "mia.rose", "text": "still waiting. 6 hours left"},
   {"sender": "hassan", "text": "i told u i paid 50 already thats all my eid money"},
   {"sender": "mia.rose", "text": "i said 250. ur screenshot goes to ur uncle's shop page and every follower u have"},
   {"sender": "hassan", "text": "i cant get more. my family will never look at me again"},
   {"sender": "hassan", "text": "honestly i dont want to live anymore. i mean it"},
   {"sender": "mia.rose", "text": "then do it lol. saves me posting"},
   {"sender": "mia.rose", "text": "or pay. those r ur options"},
   {"sender": "hassan", "text": "i just want this to be over"},
   {"sender": "mia.rose", "text": "5 hours 50 mins"}
  ],
  "labels": ["sextortion", "self_harm", "cyberbullying"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "SkyHome Travel", "text": "Salaam! Special family fare LHR-Mogadishu & Lahore only £189 return this week. Seats almost gone. Reserve now by replying with card number, expiry and 3 digit code. Pay in 2 parts, no ID needed. Ramadan blessings from SkyHome"}
  ],
  "labels": ["scam"],
  "evasion": False
 },
 {
  "participants": [{"id": "oliwia", "role": "child"}, {"id": "it_support", "role": "unknown"}],
  "messages": [
   {"sender": "it_support", "text": "Dear student, Westbrook Academy IT. Your school account will be deleted tonight because of suspicious activity. Reply with your username and password to keep it"},
   {"sender": "oliwia", "text": "sorry is this real? my english is not so good. my coursework is on it"},
   {"sender": "it_support", "text": "Yes it is real. Quickly please, or coursework is lost forever"},
   {"sender": "oliwia", "text": "username oliwia.z22 password Kotek2010!"},
   {"sender": "it_support", "text": "Thank you. Now we sent a code to your phone, send it here to confirm"},
   {"sender": "oliwia", "text": "629117"},
   {"sender": "it_support", "text": "Also the login for your mum's email, so we can send the recovery letter to parent"},
   {"sender": "oliwia", "text": "i dont know it, mama will be home at 6"}
  ],
  "labels": ["identity_theft", "scam"],
  "evasion": False
 },
 {
  "participants": [{"id": "jake", "role": "child"}, {"id": "ryan", "role": "child"}, {"id": "mihai", "role": "child"}, {"id": "chloe", "role": "child"}, {"id": "liam", "role": "child"}],
  "messages": [
   {"sender": "jake", "text": "ok new rule for the group, to stay in u have to do the initiation"},
   {"sender": "ryan", "text": "mihai hasnt done his yet"},
   {"sender": "mihai", "text": "what is it"},
   {"sender": "jake", "text": "climb out onto the top of the bus shelter on Greaves Rd and jump off onto the wall. we film it"},
   {"sender": "chloe", "text": "thats high tho"},
   {"sender": "liam", "text": "i did it, only sprained my wrist lol"},
   {"sender": "mihai", "text": "i dont want to, i get scared of heights"},
   {"sender": "jake", "text": "then ur out. go find ur romanian mates, oh wait u havent got any 😂"},
   {"sender": "ryan", "text": "\"i get scared\" in his accent 💀"},
   {"sender": "jake", "text": "friday 4pm. no show = we post that vid of u crying in PE to the year group"},
   {"sender": "mihai", "text": "please dont post that"},
   {"sender": "jake", "text": "then show up"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"],
  "evasion": False
 },
 {
  "participants": [{"id": "zainab", "role": "child"}, {"id": "uncle_rashid", "role": "adult"}],
  "messages": [
   {"sender": "uncle_rashid", "text": "Zainab beti, how was the sleepover"},
   {"sender": "zainab", "text": "it was fun uncle"},
   {"sender": "uncle_rashid", "text": "You didn't send me any pictures like I asked"},
   {"sender": "zainab", "text": "i forgot"},
   {"sender": "uncle_rashid", "text": "Next time take photos of the other girls when they are getting changed for bed. Just candid ones, they won't notice"},
   {"sender": "zainab", "text": "why would u want that"},
   {"sender": "uncle_rashid", "text": "For my collection, I like to see you all growing up. I'll top up your phone £20 for each"},
   {"sender": "uncle_rashid", "text": "This is between us. Your ammi already thinks you spend too much time on your phone, she'd take it away"},
   {"sender": "zainab", "text": "ok"},
   {"sender": "uncle_rashid", "text": "Good girl. You're my favourite niece, you know that"}
  ],
  "labels": ["csam", "grooming"],
  "evasion": False
 },
 {
  "participants": [{"id": "stefan", "role": "child"}, {"id": "cosmin_b", "role": "adult"}],
  "messages": [
   {"sender": "cosmin_b", "text": "Salut frate, ai cont la bancă?"},
   {"sender": "stefan", "text": "da, Kestrel Youth account. why"},
   {"sender": "cosmin_b", "text": "My friend sells cars, the buyers pay into your account, you take out cash and bring to me. You keep £100 every time"},
   {"sender": "stefan", "text": "why cant he use his own account"},
   {"sender": "cosmin_b", "text": "Tax problems, complicated. You are helping Romanian people here, we help each other"},
   {"sender": "stefan", "text": "ok send it"},
   {"sender": "cosmin_b", "text": "£2,400 coming in 10 min. Take out the max at the machine and the rest tomorrow"},
   {"sender": "stefan", "text": "it says my card is frozen, the bank wants to talk to me"},
   {"sender": "cosmin_b", "text": "You don't talk to them. You say it's money from your uncle for a car"},
   {"sender": "stefan", "text": "i dont want to lie to the bank"},
   {"sender": "cosmin_b", "text": "Now you owe me £2,400 because that money is stuck on your name"},
   {"sender": "cosmin_b", "text": "You will work it back. Saturday you drive with my guy to Leicester and carry a bag from the boot to a house"},
   {"sender": "stefan", "text": "im 16 i cant even drive"},
   {"sender": "cosmin_b", "text": "I said drive WITH him. I know where your tata works, Stefan. Don't make me visit"}
  ],
  "labels": ["money_mule", "criminal_exploitation"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Amal", "text": "miss there's this man who keeps adding me on Snapgram. i blocked him 3 times and he makes new accounts"},
   {"sender": "Amal", "text": "he writes in arabic 'ya amar why u hide from me' and 'i know ur in year 8'. i dont know him at all"},
   {"sender": "Amal", "text": "today he sent 14 messages while i was in maths and a voice note [voice note]. im scared to open my phone"}
  ],
  "labels": ["unwanted_contact"],
  "evasion": False
 },
 {
  "participants": [{"id": "kacper_m", "role": "child"}, {"id": "server_ppl", "role": "unknown"}, {"id": "nightowl", "role": "unknown"}],
  "messages": [
   {"sender": "server_ppl", "text": "welcome new member! introduce yourself in #intros"},
   {"sender": "kacper_m", "text": "hi im Kacper Mazur, 12, i go to St Aldhelm's in Bramford, year 7"},
   {"sender": "nightowl", "text": "yo welcome. where abouts in bramford"},
   {"sender": "kacper_m", "text": "near the big Fresco, Oakfield Crescent. my bus is the 7 at 7:55 every morning lol"},
   {"sender": "kacper_m", "text": "and this is my number if anyone wants to play 07700 900652, my mum doesnt let me have discord on the laptop only phone"},
   {"sender": "nightowl", "text": "nice. parents home in the evenings?"},
   {"sender": "kacper_m", "text": "mama works nights at the hospital so its just me and my brother"}
  ],
  "labels": ["privacy_disclosure"],
  "evasion": False
 },
 {
  "participants": [{"id": "ty", "role": "child"}, {"id": "bossman", "role": "unknown"}],
  "messages": [
   {"sender": "bossman", "text": "drop ur 📍 every hr on the hr, no excuses"},
   {"sender": "ty", "text": "im in class tho"},
   {"sender": "bossman", "text": "toilet then. i need 2 c u"},
   {"sender": "bossman", "text": "2nite u go OT, 🚂 to the seaside ting. pick up 🍬 from the bando"},
   {"sender": "ty", "text": "my mum thinks im at my cousin's"},
   {"sender": "bossman", "text": "good keep it that way. hold the line phone on u at all times, 🔋 full"},
   {"sender": "bossman", "text": "if ur 📍 goes dark even 5 mins ur debt doubles. 🔪 remember what happened to jordan"},
   {"sender": "ty", "text": "[location]"},
   {"sender": "bossman", "text": "👍 keep moving"}
  ],
  "labels": ["location_control", "criminal_exploitation"],
  "evasion": True,
  "note": "county-lines slang (go OT, bando, hold the line) with emoji for location, train, drugs ('sweets'), battery and knife"
 },
 {
  "participants": [{"id": "aisha_k", "role": "child"}, {"id": "coach_d", "role": "adult"}],
  "messages": [
   {"sender": "coach_d", "text": "u did amazing at training 2day, ur my best striker"},
   {"sender": "aisha_k", "text": "thank u coach!!"},
   {"sender": "coach_d", "text": "ur ammi picks u up late alot, u ok waiting on ur own?"},
   {"sender": "aisha_k", "text": "yeah shes at work"},
   {"sender": "coach_d", "text": "i can always drop u home. our s3cr3t, the club has stupid rules"},
   {"sender": "aisha_k", "text": "ok lol"},
   {"sender": "coach_d", "text": "u deserve a lil reward. s3nd m3 a pr1v8 p1c, the k1nd u dont put on ur st0ry"},
   {"sender": "aisha_k", "text": "what do u mean"},
   {"sender": "coach_d", "text": "u kn0w wh4t 1 m34n 😉 n0b0dy w1ll kn0w. d3l3t3 1t 4ft3r"},
   {"sender": "aisha_k", "text": "i dont think thats ok"},
   {"sender": "coach_d", "text": "thought u were mature. dont make me regret picking u for the team"}
  ],
  "labels": ["sexting", "grooming"],
  "evasion": True,
  "note": "leetspeak for the secrecy and image request (s3cr3t, pr1v8 p1c, d3l3t3 1t 4ft3r)"
 },
 {
  "messages": [
   {"sender": "max", "text": "did u see fatima's mum at parents evening 😂 the tent lady"},
   {"sender": "oscar", "text": "she needed fatima to translate 'hello' 💀"},
   {"sender": "bella", "text": "[photo] caught her in the car park lol"},
   {"sender": "ruby", "text": "omg"},
   {"sender": "fatima", "text": "delete that. thats my mum"},
   {"sender": "max", "text": "make us 😂"},
   {"sender": "oscar", "text": "fatima go and cry to ur imam"},
   {"sender": "bella", "text": "everyone react to the pic w 🤡"},
   {"sender": "max", "text": "🤡🤡🤡"},
   {"sender": "oscar", "text": "🤡"},
   {"sender": "fatima", "text": "u lot are disgusting"},
   {"sender": "max", "text": "say that to my face tomorrow and see what happens to u"},
   {"sender": "bella", "text": "removing her from the chat, she ruins the vibe"}
  ],
  "labels": ["cyberbullying"],
  "evasion": False
 },
 {
  "participants": [{"id": "dawit", "role": "child"}, {"id": "yonas", "role": "child"}],
  "messages": [
   {"sender": "yonas", "text": "bro u were quiet again in maths"},
   {"sender": "dawit", "text": "didnt understand the question lol"},
   {"sender": "yonas", "text": "mr cole talks too fast for me too"},
   {"sender": "dawit", "text": "its not just that"},
   {"sender": "yonas", "text": "what then"},
   {"sender": "dawit", "text": "dunno. everything. home is loud, my dad is always angry about the rent, my mum cries when she talks to my grandma in asmara"},
   {"sender": "yonas", "text": "damn. thats a lot"},
   {"sender": "dawit", "text": "i dont sleep. i lie there thinking"},
   {"sender": "yonas", "text": "about what"},
   {"sender": "dawit", "text": "whatever. u wanna play later?"},
   {"sender": "yonas", "text": "ye after 8"},
   {"sender": "yonas", "text": "u on?"},
   {"sender": "dawit", "text": "not tonight"},
   {"sender": "yonas", "text": "bro ur never on anymore"},
   {"sender": "dawit", "text": "sorry"},
   {"sender": "yonas", "text": "its fine. u good tho fr?"},
   {"sender": "dawit", "text": "no honestly"},
   {"sender": "dawit", "text": "i keep thinking everyone would be fine if i wasnt here. one less mouth to feed"},
   {"sender": "dawit", "text": "i dont want to wake up tomorrow"},
   {"sender": "yonas", "text": "dawit dont say that. im calling u now pick up"}
  ],
  "labels": ["self_harm"],
  "evasion": False
 },
 {
  "participants": [{"id": "nimo", "role": "child"}, {"id": "embassy_desk", "role": "unknown"}],
  "messages": [
   {"sender": "embassy_desk", "text": "Hello, this is Passport Renewal Office for Somali and Kenyan families in UK. Your mother's application is on hold"},
   {"sender": "nimo", "text": "hooyo said she renewed it last year"},
   {"sender": "embassy_desk", "text": "New rule. Please send clear photo of her passport, her birth certificate and your own school ID to verify family"},
   {"sender": "nimo", "text": "[photo] [photo]"},
   {"sender": "embassy_desk", "text": "Thank you. Also fee £85 by card. Give the long card number, expiry and back code"},
   {"sender": "nimo", "text": "she only has her bank app, can i give u that login"},
   {"sender": "embassy_desk", "text": "Yes that is fine, username and password, we will take the fee ourselves"},
   {"sender": "nimo", "text": "its hodanali72 and her password is Hargeisa1980"}
  ],
  "labels": ["scam", "identity_theft", "privacy_disclosure"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Leo_V", "text": "ei bia u free next saturday night"},
   {"sender": "Bia", "text": "why"},
   {"sender": "Leo_V", "text": "my mates do parties in a flat in the city, older guys, loads of money. they pay girls £100 just to come and hang"},
   {"sender": "Bia", "text": "just hang?"},
   {"sender": "Leo_V", "text": "hang, drink, be nice to them. sometimes they want u to stay over and u get more. bring ur friend ana too, they like brazilian girls"},
   {"sender": "Bia", "text": "im 14 tho"},
   {"sender": "Leo_V", "text": "they dont care, they prefer it. taxi's paid both ways. dont tell ur mãe obviously"},
   {"sender": "Bia", "text": "idk"},
   {"sender": "Leo_V", "text": "£100 for one night, ur mum works all week for that. think about it and send me ur pic so i can show them"}
  ],
  "labels": ["sex_trafficking"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "t_man", "text": "yo ilyas u know the barber on Fenn St"},
   {"sender": "ilyas", "text": "yeah my cousin gets his hair done there"},
   {"sender": "t_man", "text": "take this bag from there to ur cousin's takeaway round the back. 20 mins job"},
   {"sender": "ilyas", "text": "whats in it"},
   {"sender": "t_man", "text": "not ur business. ur a kid in school uniform, feds dont look twice. thats why it's u"},
   {"sender": "ilyas", "text": "i dont know man"},
   {"sender": "t_man", "text": "£60. and if ur cousin asks u say u found it"},
   {"sender": "t_man", "text": "u already said yes last week, u cant back out now, people know ur name"},
   {"sender": "ilyas", "text": "ok after school"}
  ],
  "labels": ["criminal_exploitation"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Kofi", "text": "the bridge ting tonight?? 🌉🚆"},
   {"sender": "Dami", "text": "wat ting"},
   {"sender": "Kofi", "text": "the chalenj where u stand on the wrong side of the railin on the rail bridge wen the train go under. last 1 2 step bak wins"},
   {"sender": "Dami", "text": "thats mad dangrus bro"},
   {"sender": "Kofi", "text": "stop being pussy. 8pm. 📸 or it didnt hapn. loser pays 4 evry1s 🍗"},
   {"sender": "Emeka", "text": "say less im there. dami u comin or u shook 🐔"},
   {"sender": "Dami", "text": "fine. but my mum thinks im at mosque youth club"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": True,
  "note": "misspellings (chalenj, railin, dangrus, hapn) and emoji for the bridge, train, camera and chicken"
 },
 {
  "participants": [{"id": "jana", "role": "child"}, {"id": "dominik", "role": "child"}],
  "messages": [
   {"sender": "dominik", "text": "thanks for the pic yesterday 😏"},
   {"sender": "jana", "text": "u said u deleted it"},
   {"sender": "dominik", "text": "i saved it first lol"},
   {"sender": "jana", "text": "dominik delete it NOW"},
   {"sender": "dominik", "text": "send me another one, a better one, and i will"},
   {"sender": "jana", "text": "no!! i only sent it bc u begged for a week"},
   {"sender": "dominik", "text": "then the first one goes in the polish lads group chat. ur brother is in it btw"},
   {"sender": "jana", "text": "please. he'll tell tata"},
   {"sender": "dominik", "text": "so send one more. tonight. simple"}
  ],
  "labels": ["sexting", "sextortion"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "d4rk_a", "text": "hi cutie"},
   {"sender": "d4rk_a", "text": "how old r u"},
   {"sender": "habiba", "text": "who is this"},
   {"sender": "d4rk_a", "text": "just a guy who liked ur story. [photo]"},
   {"sender": "habiba", "text": "why did u send that. thats gross"},
   {"sender": "d4rk_a", "text": "ur turn. show me something"},
   {"sender": "d4rk_a", "text": "one pic, the kind ur parents wouldnt see, then ill leave u alone"},
   {"sender": "habiba", "text": "im blocking u"},
   {"sender": "d4rk_a", "text": "i have 5 accounts lol"}
  ],
  "labels": ["unwanted_contact", "sexting"],
  "evasion": False
 },
 {
  "participants": [{"id": "mama_ana", "role": "adult"}, {"id": "luis", "role": "child"}, {"id": "papa_jorge", "role": "adult"}, {"id": "abuela_rosa", "role": "adult"}],
  "messages": [
   {"sender": "abuela_rosa", "text": "Mijo ya llegó el dinero, gracias a Dios. Luis, tell your papá thank you"},
   {"sender": "luis", "text": "he's here abuela, he says de nada"},
   {"sender": "papa_jorge", "text": "Mamá, next month it will be a bit late, I get paid on the 3rd"},
   {"sender": "abuela_rosa", "text": "No te preocupes. The pharmacy gives me credit"},
   {"sender": "mama_ana", "text": "Luis can you show abuela how to see the transfer in the app? She keeps calling the bank"},
   {"sender": "luis", "text": "abuela, open the green app, tap 'movimientos', it says 'Transferencia Jorge M' and the amount"},
   {"sender": "abuela_rosa", "text": "Ay qué listo. What's the password, I forgot it again"},
   {"sender": "luis", "text": "abuela dont put the password in the family chat 😅 i'll call u and help u reset it"},
   {"sender": "mama_ana", "text": "Buen chico 👏"},
   {"sender": "abuela_rosa", "text": "Ok mijo call me after dinner"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Marlow Park School", "text": "Marlow Park School: Your child was marked absent this morning. Please reply with the reason or call the attendance office on 07700 900231. If you have already contacted us, please ignore."}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "sami", "text": "yalla who's on tonight"},
   {"sender": "yousef", "text": "me after i finish dinner, mama made maqluba"},
   {"sender": "adam_h", "text": "bring me some habibi"},
   {"sender": "omar_b", "text": "lol ok im on"},
   {"sender": "sami", "text": "omar u got destroyed last night"},
   {"sender": "omar_b", "text": "lag wallah"},
   {"sender": "yousef", "text": "every time 😂"},
   {"sender": "sami", "text": "tonight im hunting u down, ur dead the second u land"},
   {"sender": "omar_b", "text": "come then, i'll bury u"},
   {"sender": "adam_h", "text": "whoever dies first washes their mum's car sunday"},
   {"sender": "yousef", "text": "khalas deal"},
   {"sender": "sami", "text": "u lot are so bad it's embarrassing, i'm carrying again"},
   {"sender": "omar_b", "text": "talk is cheap. lobby code 77KF"},
   {"sender": "adam_h", "text": "joining"},
   {"sender": "yousef", "text": "ggs already"},
   {"sender": "sami", "text": "yousef ur so annoying"},
   {"sender": "yousef", "text": "love u too"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "miss_begum", "role": "adult"}, {"id": "tahira", "role": "child"}],
  "messages": [
   {"sender": "miss_begum", "text": "Hi Tahira, it's Miss Begum (EAL). Just checking in after our chat today. How are you feeling this evening?"},
   {"sender": "tahira", "text": "better thank you miss. i told ammi about the girls and the group chat"},
   {"sender": "miss_begum", "text": "That was brave. Is anyone still messaging you in that chat?"},
   {"sender": "tahira", "text": "no i left it and blocked them like u showed me"},
   {"sender": "miss_begum", "text": "Well done. We kept the screenshots, so please don't delete them. Tomorrow Mr Green and I will meet the girls' parents"},
   {"sender": "tahira", "text": "will they know i told"},
   {"sender": "miss_begum", "text": "We'll handle it carefully. If you ever feel low or unsafe tonight you can call Childline, and you can always find me in room E4"},
   {"sender": "tahira", "text": "ok shukriya miss"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Darius", "text": "did anyone do the safeguarding quiz from PSHE"},
   {"sender": "Ana-Maria", "text": "yes the one about county lines"},
   {"sender": "Darius", "text": "what did u put for 'a stranger offers u £50 to carry a bag'"},
   {"sender": "Ana-Maria", "text": "that its exploitation and u tell a trusted adult, and that u r the victim not the criminal"},
   {"sender": "Darius", "text": "and the one about someone tracking ur location?"},
   {"sender": "Ana-Maria", "text": "'controlling behaviour' i think. the video said gangs make kids keep location on to control them"},
   {"sender": "Darius", "text": "mersi. im doing it in romanian first in my head then english lol"},
   {"sender": "Ana-Maria", "text": "same 😭"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "mum_joanna", "role": "adult"}, {"id": "filip", "role": "child"}],
  "messages": [
   {"sender": "mum_joanna", "text": "Filip, gdzie jesteś? You said home by 6"},
   {"sender": "filip", "text": "at Olek's, we're finishing the science project"},
   {"sender": "mum_joanna", "text": "Turn on your location in Find Family, it's off again"},
   {"sender": "filip", "text": "mamo i'm literally at olek's"},
   {"sender": "mum_joanna", "text": "I believe you kochanie, but that was our deal when you got the phone. Location on after dark"},
   {"sender": "filip", "text": "fine. done"},
   {"sender": "mum_joanna", "text": "Dziękuję. Olek's mum can drop you at 7?"},
   {"sender": "filip", "text": "yes she said so"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "mr_ahmadi", "role": "adult"}, {"id": "nasrin", "role": "child"}, {"id": "maman", "role": "adult"}],
  "messages": [
   {"sender": "mr_ahmadi", "text": "Hello Nasrin and Mrs Karimi. For Thursday's maths tutoring session please send me a photo of the worksheet you found hard"},
   {"sender": "nasrin", "text": "[photo] number 3 and 7 i don't get"},
   {"sender": "mr_ahmadi", "text": "Great, thank you. We'll do ratio first. The session link will be the same as last week"},
   {"sender": "maman", "text": "Merci Mr Ahmadi. I will be in the kitchen, door open"},
   {"sender": "mr_ahmadi", "text": "Perfect. Invoice for March is in the tutoring agency portal as usual"},
   {"sender": "nasrin", "text": "can we also do the fractions again, i forgot them"},
   {"sender": "mr_ahmadi", "text": "Of course. Bring your calculator"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Tomasz", "text": "my uncle says i can help at his building site in summer"},
   {"sender": "Wojtek", "text": "isnt that illegal at 15 lol"},
   {"sender": "Tomasz", "text": "not on the site, in the office, filing and making tea. mama has to sign a form for the council"},
   {"sender": "Wojtek", "text": "how much"},
   {"sender": "Tomasz", "text": "£6 an hour, 4 hours a day, 2 weeks. paid into my account by the company with a payslip"},
   {"sender": "Wojtek", "text": "nice bro, ask if they need another tea boy"},
   {"sender": "Tomasz", "text": "ill ask wujek"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "mariam", "role": "child"}, {"id": "hooyo_m", "role": "adult"}, {"id": "abti_ali", "role": "adult"}, {"id": "idil", "role": "child"}],
  "messages": [
   {"sender": "abti_ali", "text": "Family, I sent £200 to the hawala for Ayeeyo's hospital bill. Everyone put in what you can"},
   {"sender": "hooyo_m", "text": "I'll send £50 Friday inshallah"},
   {"sender": "mariam", "text": "i have £15 from my birthday, can i send that too?"},
   {"sender": "abti_ali", "text": "Mashallah Mariam, give it to your hooyo and she'll add it. You don't need to send anything yourself"},
   {"sender": "idil", "text": "me too i have a tenner"},
   {"sender": "abti_ali", "text": "You girls make me proud. Ayeeyo will make dua for you"},
   {"sender": "hooyo_m", "text": "Receipt number is in the photo [photo]. Abti please confirm when they get it in Burao"},
   {"sender": "abti_ali", "text": "Received, they confirmed this evening. Alhamdulillah"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Mahnoor", "text": "send me a pic of ur chem homework pls, i left my book in the lab"},
   {"sender": "Iqra", "text": "[photo]"},
   {"sender": "Mahnoor", "text": "ur handwriting is so neat wtf"},
   {"sender": "Iqra", "text": "ammi made me do joined up writing practice for 2 years 😭"},
   {"sender": "Mahnoor", "text": "send the second page too"},
   {"sender": "Iqra", "text": "[photo] dont copy it exactly, mr price will notice"},
   {"sender": "Mahnoor", "text": "i'm not copying i'm 'checking'"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "pc_clarke", "role": "adult"}, {"id": "mr_osei_t", "role": "adult"}, {"id": "year9", "role": "child"}],
  "messages": [
   {"sender": "mr_osei_t", "text": "Year 9, PC Clarke will answer your questions from today's talk here for 20 minutes"},
   {"sender": "year9", "text": "how do u know if someone is grooming u online"},
   {"sender": "pc_clarke", "text": "Good question. Watch for someone who flatters you a lot, gives gifts or game credit, asks you to keep secrets from your family, or wants to move to a private app. If it feels off, talk to an adult"},
   {"sender": "year9", "text": "what if they say they'll send ur pics to ur family"},
   {"sender": "pc_clarke", "text": "That's sextortion and it's a crime. Don't pay, keep the messages, stop replying and tell someone. You are not in trouble"},
   {"sender": "year9", "text": "can we report it in other languages"},
   {"sender": "pc_clarke", "text": "Yes, and Mr Osei's team can help you or your parents with translation"},
   {"sender": "mr_osei_t", "text": "Thanks PC Clarke. Leaflets in Urdu, Polish, Romanian, Somali and Arabic are in the library"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Razvan", "text": "bro how r u so bad at this game"},
   {"sender": "Eduard", "text": "u literally died first"},
   {"sender": "Razvan", "text": "i died protecting ur useless body"},
   {"sender": "Eduard", "text": "mă omori cu scuzele tale 😂"},
   {"sender": "Razvan", "text": "next time i'm leaving u to die"},
   {"sender": "Eduard", "text": "fine, i'll just revive the enemy instead"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "GreenLeaf GP", "text": "GreenLeaf Surgery: Appointment for A. Nowak confirmed on 12/04 at 10:20 with Dr Shah. An interpreter (Polish) has been booked. To cancel reply CANCEL. We will never ask for payment by text."}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "leyla", "role": "child"}, {"id": "baba_l", "role": "adult"}],
  "messages": [
   {"sender": "baba_l", "text": "Leyla habibti, I'm sending you the code for the new laptop account. Please set the password yourself and tell me so I can write it in the family book"},
   {"sender": "leyla", "text": "baba why do u need my password"},
   {"sender": "baba_l", "text": "So when you forget it again I don't have to call the shop 😄 remember last time?"},
   {"sender": "leyla", "text": "that was ONE time"},
   {"sender": "baba_l", "text": "Three times"},
   {"sender": "leyla", "text": "ok fine, i'll tell u at home not on here"},
   {"sender": "baba_l", "text": "Good, smart girl. That's what they teach you at school no?"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "ioan", "text": "the sponsored silence for the food bank is friday, who's doing it"},
   {"sender": "cristi", "text": "8 hours no talking? impossible for matei"},
   {"sender": "matei", "text": "excuse me i can do it"},
   {"sender": "alex_p", "text": "i'll do the cold shower challenge instead for the same charity, my tata said he'll sponsor £10"},
   {"sender": "david_r", "text": "that's not a challenge that's just romanian plumbing 😂"},
   {"sender": "ioan", "text": "LOL"},
   {"sender": "cristi", "text": "miss said sign the form and get parents to sign too"},
   {"sender": "matei", "text": "my mama already gave me £5 to stay quiet for a day, she says it's the best money she ever spent"},
   {"sender": "ioan", "text": "page is [link], we're at £140 already"},
   {"sender": "alex_p", "text": "let's get to 300 and the head has to wear a dinosaur costume"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "tia_luz", "role": "adult"}, {"id": "camila", "role": "child"}],
  "messages": [
   {"sender": "tia_luz", "text": "Camila, tu mamá says you need a Saturday job. My café needs someone to wipe tables 10-2"},
   {"sender": "camila", "text": "sii tía! how much"},
   {"sender": "tia_luz", "text": "£7 an hour, cash in an envelope, and your mamá signs the form for the council work permit. You're 14 so no kitchen, no knives, no closing"},
   {"sender": "camila", "text": "can i keep the tips"},
   {"sender": "tia_luz", "text": "Haha we split the tip jar. First day Saturday, wear black. Bring your mamá to sign"},
   {"sender": "camila", "text": "gracias tía!!"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "adeola", "role": "adult"}, {"id": "kemi", "role": "child"}, {"id": "tunde", "role": "child"}],
  "messages": [
   {"sender": "adeola", "text": "Kemi, Tunde, grandma lands at the airport at 6:40am Sunday. I need you both to help"},
   {"sender": "kemi", "text": "yes mummy"},
   {"sender": "adeola", "text": "Tunde, share your location with me when you leave football on Saturday so I know you're home early to sleep"},
   {"sender": "tunde", "text": "ok mum 👍 [location]"},
   {"sender": "adeola", "text": "Kemi, grandma's flight number is in the photo [photo], save it in case my phone dies"},
   {"sender": "kemi", "text": "saved. shall i make a sign with her name"},
   {"sender": "adeola", "text": "Yes!! In big letters, her eyes are not what they were"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "doamna_pop", "role": "adult"}, {"id": "irina", "role": "child"}, {"id": "sebi", "role": "child"}, {"id": "ana_d", "role": "child"}, {"id": "mama_sebi", "role": "adult"}],
  "messages": [
   {"sender": "doamna_pop", "text": "Bună seara copii! Colinde this Saturday for the church charity box. We start at 5pm"},
   {"sender": "irina", "text": "yesss can we do 'O, ce veste minunată' first"},
   {"sender": "doamna_pop", "text": "Of course. Route: the Romanian families on Elm Road and Birch Close, they're expecting us"},
   {"sender": "sebi", "text": "do we get cozonac"},
   {"sender": "doamna_pop", "text": "If you sing nicely 😄"},
   {"sender": "ana_d", "text": "who carries the money box"},
   {"sender": "doamna_pop", "text": "I carry it. Children don't handle the money, I count it with Father Mihai after"},
   {"sender": "mama_sebi", "text": "I'll walk with the group too, I have a torch and a first aid kit"},
   {"sender": "doamna_pop", "text": "Mulțumesc! Parents, please collect at 7:30 from the church gate"},
   {"sender": "irina", "text": "should we wear the traditional ie blouses"},
   {"sender": "doamna_pop", "text": "Yes, with a coat on top! It will be freezing"},
   {"sender": "sebi", "text": "mine is too small now"},
   {"sender": "ana_d", "text": "my mama has a spare one she says"},
   {"sender": "doamna_pop", "text": "Wonderful. Last year we raised £310 for the children's hospital in Cluj"},
   {"sender": "irina", "text": "lets beat it!!"},
   {"sender": "sebi", "text": "if we beat it can we have pizza"},
   {"sender": "mama_sebi", "text": "Sebi 😂 you just asked for cozonac"},
   {"sender": "doamna_pop", "text": "Pizza AND cozonac if we beat it. Crăciun fericit!"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Sahra", "text": "ok i'm telling u who i like but if u tell ANYONE i'll kill u wallahi"},
   {"sender": "Hibaaq", "text": "i swear on my life i won't"},
   {"sender": "Sahra", "text": "...it's the boy from the dugsi who reads really nicely"},
   {"sender": "Hibaaq", "text": "ABDULLAHI?? 😭😭"},
   {"sender": "Sahra", "text": "SHHH delete this chat. if hooyo sees it i'm dead"},
   {"sender": "Hibaaq", "text": "deleting. ur secret dies with me"}
  ],
  "labels": []
 }
]
