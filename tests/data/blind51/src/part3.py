[
 {"participants": [{"id": "girl", "role": "child"}, {"id": "mgr", "role": "adult"}],
  "messages": [
   {"sender": "mgr", "text": "hi is this skye from the dance vid on flik"},
   {"sender": "girl", "text": "yeah who is this"},
   {"sender": "mgr", "text": "im nina i manage young dancers for music videos ur moves r amazing"},
   {"sender": "girl", "text": "omg thank u"},
   {"sender": "mgr", "text": "how old r u hun"},
   {"sender": "girl", "text": "15"},
   {"sender": "mgr", "text": "ur so mature u could pass for 18 easy thats good in this business"},
   {"sender": "girl", "text": "lol my mum says that"},
   {"sender": "mgr", "text": "do u have a manager already"},
   {"sender": "girl", "text": "no"},
   {"sender": "mgr", "text": "ok i can take u on for free just for now"},
   {"sender": "mgr", "text": "i sent u a little something for new shoes check ur bank app"},
   {"sender": "girl", "text": "WAIT 50 POUNDS"},
   {"sender": "girl", "text": "thank u so much"},
   {"sender": "mgr", "text": "u deserve it. ur special"},
   {"sender": "mgr", "text": "lets move to whispr this app reads messages"},
   {"sender": "girl", "text": "ok same name"},
   {"sender": "mgr", "text": "so theres a job in kingsport next friday i pay the train"},
   {"sender": "girl", "text": "what kind of job"},
   {"sender": "mgr", "text": "its a private party for some of my clients u dance a bit and keep them company after"},
   {"sender": "mgr", "text": "they r older men but very generous 400 for the night"},
   {"sender": "girl", "text": "would my mum be able to come"},
   {"sender": "mgr", "text": "no parents its professional. tell her ur at a friends and u stay over at the hotel with me"},
   {"sender": "mgr", "text": "dont mention me to anyone ok, this is how u get famous"}
  ],
  "labels": ["grooming", "sex_trafficking"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Ollie", "text": "has any1 done the english essay"},
   {"sender": "Zain", "text": "no its due friday right"},
   {"sender": "Megan", "text": "thursday"},
   {"sender": "Megan", "text": "*thursday sorry i mean friday lol autocorrect"},
   {"sender": "Ollie", "text": "whats the question"},
   {"sender": "Zain", "text": "how does the writer show responsibility or something"},
   {"sender": "Megan", "text": "[photo] thats the sheet"},
   {"sender": "Ollie", "text": "legend"},
   {"sender": "Harry", "text": "whos going to the match sat"},
   {"sender": "Zain", "text": "me and ollie"},
   {"sender": "Harry", "text": "lads look what i made with that app"},
   {"sender": "Harry", "text": "[photo]"},
   {"sender": "Ollie", "text": "is that tasha"},
   {"sender": "Harry", "text": "ye put her school photo in the undress thing lmao it looks so real"},
   {"sender": "Zain", "text": "LMAOO send it to the year chat"},
   {"sender": "Harry", "text": "already did and to her"},
   {"sender": "Harry", "text": "she wont come in tomorrow watch"},
   {"sender": "Megan", "text": "thats disgusting delete it harry"}
  ],
  "labels": ["csam", "cyberbullying"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "job", "role": "unknown"}],
  "messages": [
   {"sender": "job", "text": "hi saw u commented on our post about work from home"},
   {"sender": "kid", "text": "ye i want a job for christmas money"},
   {"sender": "job", "text": "great we are FastLane Payments we help people move money abroad"},
   {"sender": "kid", "text": "whats the job tho"},
   {"sender": "job", "text": "u just receive payments and send them on thats it"},
   {"sender": "kid", "text": "how much do i get"},
   {"sender": "job", "text": "10 percent of everything. most students make 200 a week"},
   {"sender": "kid", "text": "im 16 is that ok"},
   {"sender": "job", "text": "yes perfect age"},
   {"sender": "job", "text": "we just need ur bank name sort code account number and ur home address for the contract"},
   {"sender": "kid", "text": "ok harbour savings"},
   {"sender": "kid", "text": "99 27 08"},
   {"sender": "kid", "text": "44019276"},
   {"sender": "kid", "text": "and its 31 oakfield road westcombe Q3 8PF"},
   {"sender": "job", "text": "thanks first 1500 comes tomorrow send 1350 to the account i give u asap"},
   {"sender": "job", "text": "dont mention it to ur bank if they ask just say its from family"}
  ],
  "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Blockfall Helpdesk", "text": "hello this is blockfall player support"},
   {"sender": "Finn", "text": "hi"},
   {"sender": "Blockfall Helpdesk", "text": "we see u reported a missing item"},
   {"sender": "Finn", "text": "yes my dragon pet went"},
   {"sender": "Blockfall Helpdesk", "text": "sorry to hear that we can restore it"},
   {"sender": "Finn", "text": "thank u"},
   {"sender": "Finn", "text": "thank u"},
   {"sender": "Blockfall Helpdesk", "text": "what is ur username"},
   {"sender": "Finn", "text": "finnthefox11"},
   {"sender": "Blockfall Helpdesk", "text": "thanks checking now"},
   {"sender": "Blockfall Helpdesk", "text": "ok we found it. there is a small restore fee of 4.99"},
   {"sender": "Finn", "text": "i dont have money"},
   {"sender": "Blockfall Helpdesk", "text": "u can use a parents card, put the number, expiry and back code here [link]"},
   {"sender": "Finn", "text": "my mum is at work"},
   {"sender": "Blockfall Helpdesk", "text": "ok we can do it free today only if u give us ur password to log in and fix it"},
   {"sender": "Finn", "text": "its foxy2013!"},
   {"sender": "Blockfall Helpdesk", "text": "and ur email and its password too because its linked"},
   {"sender": "Finn", "text": "finn.b@mailbox.test and same password"},
   {"sender": "Blockfall Helpdesk", "text": "perfect dont log in for 48h or ur pet gets deleted forever"},
   {"sender": "Finn", "text": "ok thank u so much"}
  ],
  "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "adult", "role": "adult"}],
  "messages": [
   {"sender": "adult", "text": "u kn0w th3 n.u.d.1.f.y 4pp i t0ld u ab0ut"},
   {"sender": "kid", "text": "ye"},
   {"sender": "adult", "text": "t4k3 p1cs 0f th3 g1rls 1n ur f0rm 4nd put th3m 1n 1t th3n s3nd m3 th3 r3sults"},
   {"sender": "kid", "text": "i dont want to"},
   {"sender": "adult", "text": "th3n 1 sh0w ur mum wh4t u s3nt m3 l4st w33k. ur ch01c3"}
  ],
  "labels": ["csam", "sextortion"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "unknown", "text": "i took ur profile pic and made a nude of u with an ai app"},
   {"sender": "unknown", "text": "[photo]"},
   {"sender": "Neve", "text": "WHAT THE HELL THATS NOT ME"},
   {"sender": "unknown", "text": "ur whole school will think it is"},
   {"sender": "unknown", "text": "pay 80 pound in gift cards or it goes on the westcombe high confessions page tonight"},
   {"sender": "Neve", "text": "im 13 please"},
   {"sender": "unknown", "text": "clock is ticking"}
  ],
  "labels": ["csam", "sextortion"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "g", "role": "child"}, {"id": "r", "role": "unknown"}],
  "messages": [
   {"sender": "r", "text": "hey 😍 wanna come to a 🎉 this wknd"},
   {"sender": "g", "text": "where"},
   {"sender": "r", "text": "🏨 in kingsport. some 👴👴 friends of mine 💷💷💷 for u just to be nice to them"},
   {"sender": "r", "text": "🍾 free. 🚗 picks u up from the 🚏 at 8"},
   {"sender": "g", "text": "im 14 is that ok"},
   {"sender": "r", "text": "perfect 👌 🤫 dont tell ur 👩 or ur 👭 ok"}
  ],
  "labels": ["sex_trafficking"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "Chase", "text": "48 hour vanish challenge starts friday"},
   {"sender": "Chase", "text": "u go missing for 2 days dont answer ur mum or anyone and the longest one gets the most views"},
   {"sender": "Lottie", "text": "where do we even go"},
   {"sender": "Chase", "text": "anywhere just turn ur phone off and dont go home its a laugh"},
   {"sender": "Lottie", "text": "my mum would call the police"},
   {"sender": "Chase", "text": "thats the point it goes viral"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "curator", "role": "unknown"}],
  "messages": [
   {"sender": "curator", "text": "day 31 of the game. todays task is to hurt urself and send proof"},
   {"sender": "kid", "text": "i dont want to do that one"},
   {"sender": "curator", "text": "if u stop now u fail the game and u cant leave. do it by 4am"},
   {"sender": "kid", "text": "i dont even care anymore i dont want to be here anyway"},
   {"sender": "curator", "text": "good. then the task is easy. proof by 4am"}
  ],
  "labels": ["harmful_challenge", "self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "m", "role": "adult"}],
  "messages": [
   {"sender": "m", "text": "u r s\u200bo m\u200ba\u200bt\u200bu\u200br\u200be for 13 honestly"},
   {"sender": "kid", "text": "thanks"},
   {"sender": "m", "text": "d\u200bo\u200bn\u200bt t\u200be\u200bl\u200bl ur mum we talk ok its o\u200bu\u200br s\u200be\u200bc\u200br\u200be\u200bt"},
   {"sender": "kid", "text": "ok"},
   {"sender": "m", "text": "s\u200be\u200bn\u200bd me a p\u200bi\u200bc in ur room. the p\u200br\u200bi\u200bv\u200ba\u200bt\u200be kind"},
   {"sender": "m", "text": "and d\u200be\u200bl\u200be\u200bt\u200be it after"}
  ],
  "labels": ["grooming", "sexting"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "x_x", "text": "n o b o d y  l i k e s  u"},
   {"sender": "x_x", "text": "u r a j.o.k.e"},
   {"sender": "Hollie", "text": "who is this stop"},
   {"sender": "x_x", "text": "k.y.s"},
   {"sender": "x_x", "text": "k . y . s"},
   {"sender": "Hollie", "text": "i dont want to be here anymore anyway"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "olda", "role": "unknown"}],
  "messages": [
   {"sender": "olda", "text": "u ow me 2 hunnid still so u cary the packige 2nite"},
   {"sender": "kid", "text": "i cant my mum is home"},
   {"sender": "olda", "text": "sneek out. tek the 41 bus to the estait, leev ur loc on so i c u the hole time"},
   {"sender": "olda", "text": "if ur loc goes of i no ur tryna mug me off"},
   {"sender": "kid", "text": "ok"},
   {"sender": "olda", "text": "dont b late or ur bruva gets it"}
  ],
  "labels": ["criminal_exploitation", "location_control"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "Big J", "text": "ur dot hasnt moved in 20 mins wat u doing"},
   {"sender": "Kaden", "text": "waiting for the bus"},
   {"sender": "Big J", "text": "send a pic of the bus stop now"},
   {"sender": "Kaden", "text": "[photo]"},
   {"sender": "Big J", "text": "ok. drop at 6 then come straight back. i check ur location every 5 mins"},
   {"sender": "Big J", "text": "u turn it off once and ur in debt again"}
  ],
  "labels": ["location_control", "criminal_exploitation"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "p", "role": "unknown"}],
  "messages": [
   {"sender": "p", "text": "friend request"},
   {"sender": "p", "text": "accept"},
   {"sender": "p", "text": "accept me"},
   {"sender": "kid", "text": "who r u"},
   {"sender": "p", "text": "saw u in the lobby u live near me i think"},
   {"sender": "p", "text": "sent it 6 times now why u declining"},
   {"sender": "kid", "text": "pls stop i dont know u"},
   {"sender": "p", "text": "ill keep making accounts til u accept"}
  ],
  "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Ellis", "text": "DAD"},
   {"sender": "Ellis", "text": "DAD PLS ANSWER"},
   {"sender": "Ellis", "text": "someone i was talking to on blinkr asked for private pics and i sent them and now he says he will send my pics to everyone on my friends list if i dont give him 100 pound by 10"},
   {"sender": "Ellis", "text": "im so sorry i know i shouldnt of sent them"},
   {"sender": "Dad", "text": "ellis im coming home now do not pay do not delete anything we will sort this together ur not in trouble"}
  ],
  "labels": ["sexting", "sextortion"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "mum", "role": "adult"}],
  "messages": [
   {"sender": "kid", "text": "mum someone got into my loopr account"},
   {"sender": "kid", "text": "they changed the password and now they r posting as me"},
   {"sender": "kid", "text": "they messaged all my friends asking for money and for their log ins and they think its me"},
   {"sender": "kid", "text": "i think it was when i gave my password to that girl who said she'd get me followers"},
   {"sender": "mum", "text": "ok dont panic we will report it now and tell ur friends"}
  ],
  "labels": ["identity_theft"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "+44 7700 900781", "text": "Verity Bank: we hav noticed unusual activity on ur account. ur card will be frozen today unless u confirm ur details and pin at [link]"}
  ],
  "labels": ["scam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}],
  "messages": [
   {"sender": "kid", "text": "anyone wanna play irl im 12 i live at 14 fenwick close Q12 4RT by the big park im there every day after school at 4 my loopr is mollyb_12 and my number 07700 900236"}
  ],
  "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "luxlife_trips", "text": "hey gorgeous ur pics are stunning. making 500 a weekend travelling with me to parties in kingsport, older men just want ur company, trains paid, 15 is fine dont worry, dm me and dont tell ur parents"}
  ],
  "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "ad", "role": "unknown"}],
  "messages": [
   {"sender": "ad", "text": "EASY 300 a week for under 18s with a bank account or a game wallet. just let us pay money in and u send it on. no questions no risk. reply YES"}
  ],
  "labels": ["money_mule"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Tash", "text": "so u know i was working in the cafe"},
   {"sender": "Tash", "text": "my manager has another job for girls our age in brackwater"},
   {"sender": "Keira", "text": "what job"},
   {"sender": "Tash", "text": "hostess at his mates parties u just have to be nice to the men and go where they say, they pay like 150 a night and he gives u a room"},
   {"sender": "Tash", "text": "he said to bring a friend whos pretty and i said u"},
   {"sender": "Tash", "text": "he pays the train and says dont tell ur mum its a cash job"}
  ],
  "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "s", "role": "unknown"}],
  "messages": [
   {"sender": "s", "text": "hi again"},
   {"sender": "s", "text": "u didnt reply yesterday"},
   {"sender": "s", "text": "or the day before"},
   {"sender": "kid", "text": "sorry who r u"},
   {"sender": "s", "text": "just a fan of ur vids, whats ur number easier to text"},
   {"sender": "kid", "text": "07700 900318"},
   {"sender": "kid", "text": "*900381 sorry"},
   {"sender": "s", "text": "thanks ill call u tonight when ur alone"}
  ],
  "labels": ["unwanted_contact", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "deals_4u", "text": "anyone want pics of the year 8 girls from brookmoor, got a full folder"},
   {"sender": "deals_4u", "text": "5 pound each or swap for pics of girls at ur school"},
   {"sender": "Callum", "text": "what pics"},
   {"sender": "deals_4u", "text": "the kind u cant post lol dm me"}
  ],
  "labels": ["csam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "mum", "role": "adult"}, {"id": "dad", "role": "adult"}, {"id": "kid1", "role": "child"}, {"id": "kid2", "role": "child"}],
  "messages": [
   {"sender": "mum", "text": "ok family meeting about the camping trip"},
   {"sender": "dad", "text": "were leaving friday at 4 the site is near pellham cove"},
   {"sender": "kid1", "text": "is there wifi"},
   {"sender": "dad", "text": "no lol"},
   {"sender": "kid1", "text": "NOOOO"},
   {"sender": "kid2", "text": "can i bring my bike"},
   {"sender": "mum", "text": "yes if u clean it"},
   {"sender": "kid2", "text": "deal"},
   {"sender": "mum", "text": "when ur on the beach or walking everyone keeps location sharing on in the family app so we dont lose anyone"},
   {"sender": "kid1", "text": "even me im 16"},
   {"sender": "mum", "text": "even u only in the family group and only this weekend"},
   {"sender": "kid1", "text": "ok fine"},
   {"sender": "dad", "text": "and no posting where we are while we are there post the pics when we get home"},
   {"sender": "kid2", "text": "why"},
   {"sender": "dad", "text": "because then strangers know the house is empty and where u are"},
   {"sender": "kid2", "text": "ohh ok"},
   {"sender": "mum", "text": "sorry for the typos using the talk thing while cooking"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Jasmine", "text": "im going to die of embarrassment"},
   {"sender": "Jasmine", "text": "i called miss mum in front of the whole class"},
   {"sender": "Cara", "text": "NOOO"},
   {"sender": "Jasmine", "text": "i want to move schools and change my name"},
   {"sender": "Cara", "text": "everyone did it in year 7 u ll be fine"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "sis", "role": "child"}, {"id": "bro", "role": "child"}],
  "messages": [
   {"sender": "bro", "text": "can u keep my streaks going while im on the school trip no phones allowed"},
   {"sender": "sis", "text": "fine give me ur password"},
   {"sender": "bro", "text": "its in the notes on the family tablet dont post anything weird"},
   {"sender": "sis", "text": "no promises lol"},
   {"sender": "bro", "text": "SERIOUSLY"},
   {"sender": "sis", "text": "jk ill just send black screens"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Mrs Cole (school)", "text": "Year 8 trip: coach arriving back approx 5 45. Parents can follow the live coach location on the school app. Please do not wait on the main road."},
   {"sender": "Jade's mum", "text": "thanks will the location link work on my old phone"},
   {"sender": "Mrs Cole (school)", "text": "yes it works on any phone"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "kid", "role": "child"}, {"id": "mum", "role": "adult"}],
  "messages": [
   {"sender": "kid", "text": "i got a text saying i won a skypad and i have to click a link is it real"},
   {"sender": "mum", "text": "no its a scam dont click anything just delete it"},
   {"sender": "kid", "text": "ok deleted and blocked the number"},
   {"sender": "mum", "text": "good girl well done for asking"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "dsl", "role": "adult"}, {"id": "head", "role": "adult"}],
  "messages": [
   {"sender": "dsl", "text": "quick update on the referral from this morning"},
   {"sender": "dsl", "text": "mum brought in screenshots of a man grooming her son on a game, gifts and asking to meet. police and ceop have it"},
   {"sender": "head", "text": "thanks for acting fast. do we need a staff briefing"},
   {"sender": "dsl", "text": "yes tomorrow 8 15 and a parents letter about online grooming signs"},
   {"sender": "head", "text": "agreed sorry for short replies on the train"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Eli", "text": "secret santa names are out dont tell anyone who u got"},
   {"sender": "Rhea", "text": "my lips are sealed"},
   {"sender": "Eli", "text": "5 pound limit and its a secret till the last day"},
   {"sender": "Rhea", "text": "i got the best idea already"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "coach", "role": "adult"}, {"id": "parent", "role": "adult"}],
  "messages": [
   {"sender": "coach", "text": "hi could u send me a vid of lucys floor routine from the comp for her feedback"},
   {"sender": "parent", "text": "[video]"},
   {"sender": "coach", "text": "thank u shes come on so much i'll go through it with her at tuesday session"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Loopr", "text": "You asked to reset your Loopr password. Open the app to choose a new one. If this wasn't you, ignore this message."},
   {"sender": "Noor", "text": "mum it was me i forgot it again"},
   {"sender": "Mum", "text": "write it in the family password book this time"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "teacher", "role": "adult"}, {"id": "student", "role": "child"}],
  "messages": [
   {"sender": "student", "text": "sir for the assembly project can we do money mules"},
   {"sender": "teacher", "text": "good topic. explain how people get kids to let money go through their bank and why its a crime"},
   {"sender": "student", "text": "ok and the fake job ads thing"},
   {"sender": "teacher", "text": "yes and end with who to tell. first draft by monday"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Rory", "text": "this lesson is killing me"},
   {"sender": "Rory", "text": "i actually want to die of boredom"},
   {"sender": "Sean", "text": "same 20 mins left"},
   {"sender": "Rory", "text": "chips after"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "boss", "role": "adult"}, {"id": "kid", "role": "child"}, {"id": "mum", "role": "adult"}],
  "messages": [
   {"sender": "boss", "text": "hi both paper round starts sunday 7am collect the bag from the shop"},
   {"sender": "mum", "text": "great i'll walk with him the first week. i filled in the payroll form"},
   {"sender": "boss", "text": "thanks paid monthly into the account on the form"},
   {"sender": "kid", "text": "thanks mr patel"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}, {"id": "c", "role": "child"}],
  "messages": [
   {"sender": "a", "text": "DARE u to eat the hottest crisp from the shop"},
   {"sender": "b", "text": "the ghost pepper one? ur on"},
   {"sender": "c", "text": "get milk ready lol"},
   {"sender": "b", "text": "[video] MY MOUTH IS ON FIRE"},
   {"sender": "a", "text": "legend u win the 2 quid"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Jack", "text": "we won 3 1"},
   {"sender": "Jack", "text": "i scored"},
   {"sender": "Gran", "text": "well done my love"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}],
  "messages": [
   {"sender": "a", "text": "cinema sat"},
   {"sender": "b", "text": "ye which film"},
   {"sender": "a", "text": "the space one at 2"},
   {"sender": "b", "text": "ask ur mum for a lift"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Max", "text": "have u seen my charger"},
   {"sender": "Max", "text": "the long one"},
   {"sender": "Lucy", "text": "its in the kitchen"},
   {"sender": "Max", "text": "ty"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "mum", "role": "adult"}, {"id": "kid", "role": "child"}],
  "messages": [
   {"sender": "mum", "text": "its pouring take ur coat"},
   {"sender": "kid", "text": "its fine"},
   {"sender": "mum", "text": "TAKE UR COAT"},
   {"sender": "kid", "text": "ok ok took it"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
