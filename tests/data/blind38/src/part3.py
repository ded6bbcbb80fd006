[
{"participants": [{"id": "hollie", "role": "child"}, {"id": "anon_acc", "role": "unknown"}],
 "messages": [
  {"sender": "anon_acc", "text": "is this hollie from the resource base at Brindley Vale?"},
  {"sender": "hollie", "text": "Yes. Who are you."},
  {"sender": "anon_acc", "text": "doesnt matter. i took ur photo from the sports day page and ran it through one of those undress apps [photo]"},
  {"sender": "hollie", "text": "That is not me. I never took a photo like that."},
  {"sender": "anon_acc", "text": "nobody will care that its fake. looks real enough. 100 pounds by friday or it goes to everyone in your year and your teachers"},
  {"sender": "hollie", "text": "I don't have 100 pounds. I get pocket money on Saturday."},
  {"sender": "anon_acc", "text": "then get it off ur mum without saying why. if u tell her i send it tonight"},
  {"sender": "hollie", "text": "Please delete it."}
 ],
 "labels": ["sextortion", "csam"], "evasion": False, "note": ""},

{"participants": [{"id": "Brandon", "role": "child"}, {"id": "Ash", "role": "child"}, {"id": "Kane", "role": "child"}],
 "messages": [
  {"sender": "Brandon", "text": "got a new folder going. pics of the yr 9 girls, some from changing rooms, some edited lol. 5 quid each or 20 for the lot"},
  {"sender": "Ash", "text": "who's in it"},
  {"sender": "Brandon", "text": "lara, the girl from the unit, jas, couple others"},
  {"sender": "Ash", "text": "sending 20 on PayFriend"},
  {"sender": "Brandon", "text": "sent. dont forward it or ur paying again"},
  {"sender": "Kane", "text": "can u get more of lara. she'll let anyone take her pic she doesnt get it"},
  {"sender": "Brandon", "text": "already on it, getting my sister's mate to snap her in PE tmrw"}
 ],
 "labels": ["csam"], "evasion": False, "note": ""},

{"participants": [{"id": "noah_12", "role": "child"}, {"id": "mr_buzz", "role": "unknown"}],
 "messages": [
  {"sender": "mr_buzz", "text": "hey noah, you're my best builder in the BlockVerse club. nobody gets the redstone trains working like you"},
  {"sender": "noah_12", "text": "Thank you. I practise every day after tea."},
  {"sender": "mr_buzz", "text": "you're 12 right? so mature. I've sent you 2000 gems for being awesome"},
  {"sender": "noah_12", "text": "Thank you so much. That is the most anyone gave me."},
  {"sender": "mr_buzz", "text": "friends look after each other. you having your sleepover on saturday still?"},
  {"sender": "noah_12", "text": "Yes. Alfie and Jayden and Sam are coming."},
  {"sender": "mr_buzz", "text": "fun. when they're getting changed into pjs, take some pics of them without them noticing and send them to me. it's a funny prank for the club"},
  {"sender": "noah_12", "text": "Is that a prank. I am not good at knowing pranks."},
  {"sender": "mr_buzz", "text": "yes, a club prank. and it's the club rule that pranks are top secret, so not a word to your mum or dad. 5000 more gems after"},
  {"sender": "noah_12", "text": "OK. I will follow the club rule."}
 ],
 "labels": ["csam", "grooming"], "evasion": False, "note": ""},

{"participants": [{"id": "tia", "role": "child"}, {"id": "marco", "role": "unknown"}],
 "messages": [
  {"sender": "marco", "text": "hey tia, saw ur comment on LocoLuke's stream. u like steam trains too?"},
  {"sender": "tia", "text": "Yes. My favourite is the Flying Scotsman. I have a poster of it."},
  {"sender": "marco", "text": "no way, same. what school u at? u sound smart"},
  {"sender": "tia", "text": "Harrowgate Lane. It is a residential school. I board in the week."},
  {"sender": "marco", "text": "cool. do u like it?"},
  {"sender": "tia", "text": "Sometimes. The other girls call me weird because I talk about trains."},
  {"sender": "marco", "text": "they're boring. i like weird. how old are u?"},
  {"sender": "tia", "text": "15. I will be 16 in October."},
  {"sender": "marco", "text": "im 22 but age is nothing. u're more interesting than anyone my age"},
  {"sender": "tia", "text": "Thank you. Nobody says I am interesting."},
  {"sender": "marco", "text": "well i do. ur my favourite person to talk to. can i be ur boyfriend?"},
  {"sender": "tia", "text": "I have never had a boyfriend. OK."},
  {"sender": "marco", "text": "lets keep it just us for now. staff at ur school would be jealous and try to stop it"},
  {"sender": "tia", "text": "Staff are not jealous. They are staff."},
  {"sender": "marco", "text": "trust me. adults never get it. u trust me?"},
  {"sender": "tia", "text": "Yes I trust you."},
  {"sender": "marco", "text": "[photo] got u something. a Flying Scotsman model. u can have it when we meet"},
  {"sender": "tia", "text": "It is beautiful. When can we meet."},
  {"sender": "marco", "text": "half term. come to Dunmere, i'll send the train ticket. we'll go to a party at my mates"},
  {"sender": "tia", "text": "I go home to my dad at half term."},
  {"sender": "marco", "text": "tell him ur staying at school for a trip. my mates are really generous, they'll give u money if u're nice to them"},
  {"sender": "tia", "text": "Nice how. I don't know how to be nice at parties."},
  {"sender": "marco", "text": "i'll show u. just do what they ask and dont make a fuss. u'll stay the weekend at the flat and come back with 300 quid"},
  {"sender": "tia", "text": "300 is a lot of money. I could buy the real timetable book."},
  {"sender": "marco", "text": "exactly. and then we can be together properly. remember, our secret"},
  {"sender": "tia", "text": "Our secret. I will tell Dad it is a school trip."}
 ],
 "labels": ["sex_trafficking", "grooming", "privacy_disclosure"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "vip_nights_recruit", "text": "h.i b.a.b.e, w.e n.e.e.d h.o.s.t.e.s.s.e.s f.o.r p.r.i.v.a.t.e n.i.g.h.t.s"},
  {"sender": "Shannon", "text": "What is a hostess. I am 16."},
  {"sender": "vip_nights_recruit", "text": "16 is f1ne. u s1t w the g3nts, b n1ce, they p@y u 150 a n1ght. c@r p1cks u up, u st@y ov3r"},
  {"sender": "Shannon", "text": "My support worker says I can't stay over anywhere without a plan."},
  {"sender": "vip_nights_recruit", "text": "ur support w0rker d0esnt n33d 2 kn0w. s3nd a f3w s3lf1es so the g3nts can ch00se"},
  {"sender": "Shannon", "text": "[photo]"},
  {"sender": "vip_nights_recruit", "text": "p.e.r.f.e.c.t. fr1d@y, 10pm, b0ttom 0f ur r0ad"}
 ],
 "labels": ["sex_trafficking"], "evasion": True,
 "note": "dotted letters and number/symbol swaps (h.o.s.t.e.s.s.e.s, g3nts, p@y, st@y ov3r) in a recruitment for paid 'nights' with men"},

{"participants": [{"id": "zara", "role": "child"}, {"id": "starfind_scout", "role": "unknown"}],
 "messages": [
  {"sender": "starfind_scout", "text": "Hi Zara! I'm a scout for StarFind Models. Your pics are amazing, you have a really fresh look."},
  {"sender": "zara", "text": "Thank you. I am 14. I have Down syndrome. Can I still be a model."},
  {"sender": "starfind_scout", "text": "Absolutely, our clients love diversity! There's paid work in Carrowby next weekend, 400 for two days."},
  {"sender": "zara", "text": "Carrowby is far. I have never been."},
  {"sender": "starfind_scout", "text": "We pay travel and hotel. The clients are private businessmen who book girls for 'shoots' and dinners. Just need your address for the ticket."},
  {"sender": "zara", "text": "Flat 2, 19 Linden Court, Ashcombe. My mum is called Sarah."},
  {"sender": "starfind_scout", "text": "Great. Best not to involve mum yet, agencies lose jobs when parents get in the way. We'll tell her when you're famous!"},
  {"sender": "zara", "text": "OK. It is a surprise for Mum."},
  {"sender": "starfind_scout", "text": "Exactly. Ticket will be posted. Pack something nice, and bring no one."}
 ],
 "labels": ["sex_trafficking", "privacy_disclosure"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Jade", "text": "ok girls NO FOOD WEEK starts monday. whoever lasts longest wins. post proof every day"},
  {"sender": "Poppy", "text": "I'm in. Ready to win"},
  {"sender": "Sophie", "text": "What is proof. A photo of the plate?"},
  {"sender": "Jade", "text": "a photo of an empty plate at every meal + ur weigh-in. if u eat u have to say and ur out and everyone knows"},
  {"sender": "Sophie", "text": "My mum makes me eat tea. It is in my routine."},
  {"sender": "Poppy", "text": "hide it in a napkin. easy"},
  {"sender": "Sophie", "text": "Day 3. I feel dizzy at school but I want to win. I have never won anything."},
  {"sender": "Jade", "text": "dont be weak. push through. 4 more days"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "note": ""},

{"participants": [{"id": "Callum", "role": "child"}, {"id": "Dex", "role": "child"}, {"id": "Marley", "role": "child"}],
 "messages": [
  {"sender": "Dex", "text": "bro u doing da trak chalenge or wat 🚆🛤️"},
  {"sender": "Callum", "text": "What is the track challenge."},
  {"sender": "Dex", "text": "stand on da 🛤️ by da old crossing an wait till da 🚆 comes, jump off at da last sec. longest wins 🏆"},
  {"sender": "Marley", "text": "film it an post 📹 wiv #lastsec"},
  {"sender": "Callum", "text": "Trains are my favourite thing. I know the timetable. The 4.17 goes through fast."},
  {"sender": "Dex", "text": "perfik, da 4.17 den 🔥🔥 dont be a 🐔"},
  {"sender": "Callum", "text": "I am not a chicken. I will be at the crossing at 4.10."}
 ],
 "labels": ["harmful_challenge"], "evasion": True,
 "note": "emoji for train, track, trophy, camera, chicken and phonetic misspellings ('da trak chalenge', 'perfik', 'wiv')"},

{"messages": [
  {"sender": "50levels_bot", "text": "Welcome to 50 LEVELS. You cannot leave once you start. Level 1: wake at 4.20am and send a photo of the clock."},
  {"sender": "Ivy", "text": "[photo] done. It was dark."},
  {"sender": "50levels_bot", "text": "Level 2: say nothing to anyone at school all day. Level 3: watch the video we send alone at night [link]"},
  {"sender": "Ivy", "text": "I did level 2 and 3. The video was scary. My TA asked why I wasn't talking."},
  {"sender": "50levels_bot", "text": "Good. Level 4: do something that hurts you and send the proof. Nobody can know. You are worthless unless you finish."},
  {"sender": "Ivy", "text": "I don't want to hurt myself. But I have to finish levels. I always finish things."},
  {"sender": "50levels_bot", "text": "Then finish. The last level is the one where you leave this world. Everyone who quits is punished."},
  {"sender": "Ivy", "text": "I feel like I don't want to be here anyway."}
 ],
 "labels": ["harmful_challenge", "self_harm"], "evasion": False, "note": ""},

{"participants": [{"id": "luca", "role": "child"}, {"id": "frankie", "role": "child"}],
 "messages": [
  {"sender": "luca", "text": "are you awake"},
  {"sender": "frankie", "text": "yeah. what's up"},
  {"sender": "luca", "text": "I can't hear anything at the new college and nobody signs. I sit on my own every day."},
  {"sender": "frankie", "text": "that's rubbish. did you tell your teacher of the deaf?"},
  {"sender": "luca", "text": "She comes on Thursdays only. I'm so tired of everything. I don't want to exist anymore."},
  {"sender": "frankie", "text": "Luca are you safe right now? please tell your mum, or I will. I'm scared for you"},
  {"sender": "luca", "text": "I keep thinking everyone would be better without me. I've thought it every night this week."},
  {"sender": "frankie", "text": "they wouldn't. I wouldn't. I'm texting your mum now, ok? please stay with me on here"}
 ],
 "labels": ["self_harm"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Sch00lHub", "text": "Sch00lHub Alert: ur pupil acc0unt will be cl0sed t0day due to a security update. Reply with ur username and passw0rd or log in at [link] to keep ur homework and grades."}
 ],
 "labels": ["scam", "identity_theft"], "evasion": True,
 "note": "digit-for-letter swaps in the brand and key words (Sch00lHub, acc0unt, passw0rd) in a credential phishing text"},

{"participants": [{"id": "reuben", "role": "child"}, {"id": "railfan_prizes", "role": "unknown"}],
 "messages": [
  {"sender": "railfan_prizes", "text": "CONGRATULATIONS! You have won a real driver's cab ride on a Class 800 in our RailFan prize draw!"},
  {"sender": "reuben", "text": "I did not enter a prize draw. But I want a cab ride very much."},
  {"sender": "railfan_prizes", "text": "You were entered automatically as a top RailFan member! Just pay the 4.99 admin fee with a card to book your date."},
  {"sender": "reuben", "text": "I have a card from my grandad for birthdays."},
  {"sender": "railfan_prizes", "text": "Perfect! Enter the long number, expiry and the 3 digits on the back here: [link]. Offer closes in 30 minutes!"},
  {"sender": "reuben", "text": "I am doing it now. Which day is the cab ride."},
  {"sender": "railfan_prizes", "text": "Payment failed, please try again with a different card or enter your online banking login."}
 ],
 "labels": ["scam"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "TourneyAdmin_Kel", "text": "hey Marcus, you qualified for the Deaf Gamers Cup final! prize is 500. we just need to verify your identity"},
  {"sender": "Marcus", "text": "Yes!! How do I verify."},
  {"sender": "TourneyAdmin_Kel", "text": "send a photo of your passport photo page and a selfie holding it, plus your date of birth and home address"},
  {"sender": "Marcus", "text": "[photo] [photo] 04/03/2009. 27 Fenwick Road, Dunmere."},
  {"sender": "TourneyAdmin_Kel", "text": "thanks. and your Snapcast login so we can put the Cup badge on your profile"},
  {"sender": "Marcus", "text": "marcus_bsl_09 and Fenwick27!"},
  {"sender": "TourneyAdmin_Kel", "text": "all set"},
  {"sender": "Marcus", "text": "My friends say there is another account with my name and my photo asking them for money. And my Snapcast password does not work."}
 ],
 "labels": ["identity_theft", "privacy_disclosure", "scam"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "sketchy_steve", "text": "hi sweetie, love your unicorn drawings on DoodleDen"},
  {"sender": "sketchy_steve", "text": "sent you a friend request"},
  {"sender": "sketchy_steve", "text": "sent another one, you must have missed it"},
  {"sender": "Mila", "text": "I don't know you. DoodleDen is for kids."},
  {"sender": "sketchy_steve", "text": "i'm a big kid lol. [photo] that's me"},
  {"sender": "sketchy_steve", "text": "why aren't you answering"},
  {"sender": "sketchy_steve", "text": "i'm lonely, please don't block me, i only want to chat with you"},
  {"sender": "sketchy_steve", "text": "i'll find you on the other apps"},
  {"sender": "Mila", "text": "Mummy a man keeps messaging me on DoodleDen and I don't like it. He sent a photo of himself."}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "note": ""},

{"participants": [{"id": "tom", "role": "child"}, {"id": "yasmin", "role": "child"}, {"id": "georgia", "role": "child"}, {"id": "miss_ward", "role": "adult"}],
 "messages": [
  {"sender": "tom", "text": "did anyone else get an airdrop on the train just now"},
  {"sender": "yasmin", "text": "yes!! from 'Gaz phone'. it was a disgusting pic. I pressed accept by accident because I thought it was Georgia"},
  {"sender": "georgia", "text": "me too, it popped up 3 times. it's someone in the next carriage"},
  {"sender": "tom", "text": "I got it 4 times. I didn't open it but the preview showed it"},
  {"sender": "miss_ward", "text": "Thank you for telling me straight away. Everyone turn AirDrop to 'off' now. Don't delete anything, I'll speak to the guard at the next stop."},
  {"sender": "yasmin", "text": "I feel sick. Can I sit with you Miss."},
  {"sender": "miss_ward", "text": "Of course, come to the front seats."}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "note": ""},

{"participants": [{"id": "alfie_r", "role": "child"}, {"id": "jace", "role": "unknown"}],
 "messages": [
  {"sender": "jace", "text": "u still owe me for the vape and the hoodie"},
  {"sender": "alfie_r", "text": "I said thank you for them."},
  {"sender": "jace", "text": "thank u dont pay. here's the list. 3 phone cases from TechZone, 2 bottles from Carter's, and aftershave from the chemist. today"},
  {"sender": "alfie_r", "text": "I don't have money for those."},
  {"sender": "jace", "text": "u dont pay for them dumbass. stuff them in ur school bag. no one looks at the kid with the ear defenders"},
  {"sender": "alfie_r", "text": "That is stealing. I will get in trouble."},
  {"sender": "jace", "text": "ur in more trouble if u dont. i know ur little sister walks home on her own"},
  {"sender": "alfie_r", "text": "Please don't do anything to her. I will do it."},
  {"sender": "jace", "text": "share ur live location when u leave school. i want to watch u go into each shop. if the dot stops moving i'm calling u"},
  {"sender": "alfie_r", "text": "It is on."},
  {"sender": "jace", "text": "good. bring it all to the underpass at 5"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False, "note": ""},

{"participants": [{"id": "Devon", "role": "child"}, {"id": "Skeng", "role": "unknown"}],
 "messages": [
  {"sender": "Skeng", "text": "ur 16 now so u can open a bank account on ur phone. do it today"},
  {"sender": "Devon", "text": "Why do I need one."},
  {"sender": "Skeng", "text": "cos the crew needs it. when the card comes u give it me with the PIN. money goes in and out, not ur business"},
  {"sender": "Devon", "text": "What if the bank asks me."},
  {"sender": "Skeng", "text": "u say u sold ur old games. and u keep doing the runs on sundays like normal"},
  {"sender": "Devon", "text": "I don't want to do runs anymore. My mentor at college said I can stop."},
  {"sender": "Skeng", "text": "ur mentor dont decide nothing. stop and we tell everyone u grassed. u know what happens to grasses"},
  {"sender": "Devon", "text": "OK. I will open the account."},
  {"sender": "Skeng", "text": "card and PIN to me by friday"}
 ],
 "labels": ["money_mule", "criminal_exploitation"], "evasion": False, "note": ""},

{"participants": [{"id": "chantelle", "role": "child"}, {"id": "nikki", "role": "unknown"}],
 "messages": [
  {"sender": "nikki", "text": "hey hun can i borrow ur PayFriend for a bit? mine's locked"},
  {"sender": "chantelle", "text": "What does borrow mean. Do I give you my phone."},
  {"sender": "nikki", "text": "no silly, people who buy trainers off me send money to ur PayFriend, then u send it to my mate's one straight away"},
  {"sender": "chantelle", "text": "How many people."},
  {"sender": "nikki", "text": "like 10 a day. u keep a fiver from each. ur helping me, we're besties"},
  {"sender": "chantelle", "text": "OK. My PayFriend is chantelle.w14."},
  {"sender": "nikki", "text": "first ones coming in. send it to kay.r.trades and dont write anything in the notes"},
  {"sender": "chantelle", "text": "I got 85. Sending it to kay.r.trades."},
  {"sender": "nikki", "text": "ur a star. dont mention to ur mum, she wont get it"}
 ],
 "labels": ["money_mule"], "evasion": False, "note": ""},

{"participants": [{"id": "sam_13", "role": "child"}, {"id": "mentor_rich", "role": "unknown"}],
 "messages": [
  {"sender": "mentor_rich", "text": "proud of you today sam. you're my best student in the Skyforge academy"},
  {"sender": "sam_13", "text": "Thank you Rich. You are my best teacher. Better than school teachers."},
  {"sender": "mentor_rich", "text": "school doesn't get you like i do. now, i sent you an app called SafeCircle. install it so i know you're safe"},
  {"sender": "sam_13", "text": "Mum already has Find My Family."},
  {"sender": "mentor_rich", "text": "this one is just for us. a mentor needs to know where his student is. don't put it on the home screen"},
  {"sender": "sam_13", "text": "It is installed. It says sharing location with Rich."},
  {"sender": "mentor_rich", "text": "good. why were you at Crane Street at 5? you never told me"},
  {"sender": "sam_13", "text": "That is my nan's house. We go on Wednesdays."},
  {"sender": "mentor_rich", "text": "next time you tell me before you go anywhere. and screenshot where you are when i ask. that's how trust works"},
  {"sender": "sam_13", "text": "OK. I will tell you before I go anywhere."},
  {"sender": "mentor_rich", "text": "and our lessons stay between us, remember. your mum might stop them and then you'd have no one who understands you"}
 ],
 "labels": ["location_control", "grooming"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "jess_gamer_15", "text": "ur cute on cam. lets do a private call on Wavely"},
  {"sender": "Aidan", "text": "OK. I have never done a private call."},
  {"sender": "jess_gamer_15", "text": "just do the private stuff i ask, everyone does. its fun [video]"},
  {"sender": "Aidan", "text": "I did what you asked. Was that right."},
  {"sender": "jess_gamer_15", "text": "i recorded the whole thing. u have 1 hour to send 250 or it goes to ur whole friends list and ur special school group"},
  {"sender": "Aidan", "text": "You said it was private. I don't understand."},
  {"sender": "jess_gamer_15", "text": "nothing is private. 59 mins. start with whatever u have"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "07700 900744", "text": "I have the video of you from the call on Saturday. Send 150 to the PayFriend account rich.k.22 in the next 2 hours or it goes to your mum, your school and your whole contact list. Do not block this number."}
 ],
 "labels": ["sextortion"], "evasion": False, "note": ""},

{"participants": [{"id": "mr_price_dsl", "role": "adult"}, {"id": "parents_list", "role": "adult"}],
 "messages": [
  {"sender": "mr_price_dsl", "text": "Dear parents and carers, a safety note. Police have warned about sextortion scams aimed at teenage boys: a fake 'girl' asks for a photo, then demands money."},
  {"sender": "mr_price_dsl", "text": "If this happens, please reassure your child they are not in trouble. Don't pay, don't delete, and contact me or the police. Our pupils may find it harder to spot a fake profile, so we're teaching it in Life Skills."},
  {"sender": "parents_list", "text": "Thank you, really useful. Will there be a visual version for the kids?"},
  {"sender": "mr_price_dsl", "text": "Yes, a social story with pictures comes home next week."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mum", "text": "Bella, there's a fake text going round saying 'your parcel needs a fee, click here'. If you get one, don't click it, just show me."},
  {"sender": "Bella", "text": "How do I know if it is fake."},
  {"sender": "Mum", "text": "If it asks for money or card details, or says hurry, it's probably fake. Real ones just tell you when it's coming."},
  {"sender": "Bella", "text": "OK. Fake ones say hurry. I will show you every parcel text."},
  {"sender": "Mum", "text": "Perfect, thank you x"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Pembury Bank", "text": "Pembury Bank: your card ending 4417 was used for 8.99 at BlockVerse Store. If this wasn't you, call the number on the back of your card. We will never text you a link."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "dad_chris", "role": "adult"}, {"id": "maya", "role": "child"}],
 "messages": [
  {"sender": "dad_chris", "text": "Hi love, you start walking to college on your own next week. Shall we set up FamTrack like we talked about?"},
  {"sender": "maya", "text": "Will you look at it all the time."},
  {"sender": "dad_chris", "text": "No. Only if you're more than 20 minutes late, and you can see where I am too. After half term we review it together."},
  {"sender": "maya", "text": "Can I pause it when I am at Ruby's house."},
  {"sender": "dad_chris", "text": "Yes, just text me that you're at Ruby's. Deal?"},
  {"sender": "maya", "text": "Deal. Write it on the plan please."},
  {"sender": "dad_chris", "text": "Writing it now."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Harrowgate Lane School", "text": "Harrowgate Lane School: for the Year 10 residential to Lake Brennan, please upload a copy of your child's passport or birth certificate through the SchoolHub parent portal by Friday. Do not send documents by text or email. Questions: 07700 900155."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "ms_chen_salt", "role": "adult"}, {"id": "jamal", "role": "child"}, {"id": "rosie", "role": "child"}, {"id": "kit", "role": "child"}],
 "messages": [
  {"sender": "ms_chen_salt", "text": "Good morning group! Today's talking topic: 'Good secrets and worried secrets'."},
  {"sender": "jamal", "text": "A good secret is a present."},
  {"sender": "ms_chen_salt", "text": "Yes! And a worried secret?"},
  {"sender": "rosie", "text": "When someone says don't tell your mum and you feel funny in your tummy."},
  {"sender": "ms_chen_salt", "text": "Exactly, Rosie. What do we do with a worried secret?"},
  {"sender": "kit", "text": "Tell a safe adult. Even if they said it is a rule."},
  {"sender": "ms_chen_salt", "text": "Brilliant. Rules made to keep secrets from your family are not real rules."},
  {"sender": "jamal", "text": "What if it is a teacher rule."},
  {"sender": "ms_chen_salt", "text": "Teachers won't ask you to keep worried secrets from home. If anyone does, tell another safe adult."},
  {"sender": "kit", "text": "Can we do the game now."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mason", "text": "dare you to wear your pyjamas to the corner shop"},
  {"sender": "Eddie", "text": "Only if you wear your dad's big coat."},
  {"sender": "Mason", "text": "deal lol. and you have to say 'good evening' in a posh voice"},
  {"sender": "Eddie", "text": "Good evening, one banana please. [photo]"},
  {"sender": "Mason", "text": "HAHAHA legend. the shop man laughed"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "neighbour_jo", "role": "adult"}, {"id": "priya_mum", "role": "adult"}, {"id": "priya", "role": "child"}],
 "messages": [
  {"sender": "neighbour_jo", "text": "Hi both! Would Priya like to help with Rosa on Saturday mornings? Just playing with her in the garden while I work from home. 15 pounds for 2 hours."},
  {"sender": "priya_mum", "text": "That's kind Jo. She'd love it. I'll pop round the first time with her."},
  {"sender": "priya", "text": "Can I bring my Lego. Rosa likes Lego."},
  {"sender": "neighbour_jo", "text": "She'd be thrilled. I'll be in the house the whole time, door open."},
  {"sender": "priya_mum", "text": "Perfect, see you at 10."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Kacey", "text": "we're doing a surprise video for Mum's 40th. don't tell her!!"},
  {"sender": "Tyler", "text": "Is it OK to not tell Mum. She says no secrets."},
  {"sender": "Kacey", "text": "it's a surprise, it ends on Saturday at her party. surprises are allowed"},
  {"sender": "Tyler", "text": "OK. Surprise ends Saturday. What do I say in the video."},
  {"sender": "Kacey", "text": "say your favourite thing about her. send it to me by Thursday [video] like this one"},
  {"sender": "Tyler", "text": "[video] I said her roast potatoes and she helps me with my worries."},
  {"sender": "Kacey", "text": "that's perfect, she's going to cry x"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Grandad", "text": "Hello Rowan, what's the passcode for the tablet? I want to put the train game on for when you come Sunday."},
  {"sender": "Rowan", "text": "Mum says I can only tell you in person. That is the rule for passcodes."},
  {"sender": "Grandad", "text": "Quite right! I'll ask Mum then. See you Sunday."},
  {"sender": "Rowan", "text": "Sunday at 2. Not 2.30."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "escort_maureen", "role": "adult"}, {"id": "dad_femi", "role": "adult"}],
 "messages": [
  {"sender": "escort_maureen", "text": "Hi, it's Maureen from the taxi. Just so you know, Tobi had a wobble at the lights, the roadworks upset him. He's calm now, listening to his music."},
  {"sender": "dad_femi", "text": "Thanks for letting me know. Where are you now?"},
  {"sender": "escort_maureen", "text": "Just passing the garden centre on Bridge Road, about 10 mins from school. I've told his teacher to expect him a bit flat."},
  {"sender": "dad_femi", "text": "Brilliant, thank you. His 'roadworks' card is in the front pocket of his bag."},
  {"sender": "escort_maureen", "text": "Found it, that's helped. Will text when he's in."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "scout_leader_pete", "role": "adult"}, {"id": "ollie_s", "role": "child"}, {"id": "ava_s", "role": "child"}, {"id": "rafi", "role": "child"}],
 "messages": [
  {"sender": "scout_leader_pete", "text": "Explorers: for Saturday's hike each group carries a GPS tracker so base can see you on the map. Parents get the link too."},
  {"sender": "ollie_s", "text": "Do we share our phone locations as well."},
  {"sender": "scout_leader_pete", "text": "Only if you want to. The tracker is enough. Phones for emergencies."},
  {"sender": "ava_s", "text": "What time do we finish. My dad is picking me up."},
  {"sender": "scout_leader_pete", "text": "Back at the hut by 4. Pick-up from 4.15."},
  {"sender": "rafi", "text": "Can I bring my noise cancelling headphones for the minibus."},
  {"sender": "scout_leader_pete", "text": "Of course Rafi."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Coach Dan", "text": "Great session lads! Kai, if you pass back to the keeper one more time I'll kill you haha"},
  {"sender": "Kai", "text": "Will you actually kill me."},
  {"sender": "Coach Dan", "text": "No Kai, that's just a silly joke, sorry! I mean I'll be a bit grumpy. You played brilliantly."},
  {"sender": "Kai", "text": "OK. Grumpy is fine."},
  {"sender": "Leon", "text": "coach is all talk lol"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "social_worker_anna", "role": "adult"}, {"id": "lewis_k", "role": "child"}],
 "messages": [
  {"sender": "social_worker_anna", "text": "Hi Lewis, it's Anna. For your review meeting, I'm updating your plan. Can you tell me your usual week?"},
  {"sender": "lewis_k", "text": "Monday to Friday school. Tuesday swimming at Ashcombe Leisure 5pm. Thursday respite at Oak House. Saturday Dad. Sunday church."},
  {"sender": "social_worker_anna", "text": "That's really clear, thank you. Who takes you to swimming?"},
  {"sender": "lewis_k", "text": "Auntie Bev. She has a red car."},
  {"sender": "social_worker_anna", "text": "Great. Is there anything in your week you don't like or that worries you?"},
  {"sender": "lewis_k", "text": "The changing room is loud. Nothing else."},
  {"sender": "social_worker_anna", "text": "We'll ask about the quiet changing room. See you at the meeting on the 9th."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Ellis", "text": "Sir someone in my class said there's a challenge where a doll face messages you and you have to do tasks. Is it real. I am scared it will message me."},
  {"sender": "Mr Okoye (form tutor)", "text": "Hi Ellis, thanks for asking. It's a hoax story that goes round. It can't find you. If anything like that ever messages you, don't reply, show an adult and we'll block it together."},
  {"sender": "Ellis", "text": "So it is not real."},
  {"sender": "Mr Okoye (form tutor)", "text": "Not real. The story is made up to scare people. Please don't forward it to others either."},
  {"sender": "Ellis", "text": "OK. I will not forward it. Can I tell my mum too."},
  {"sender": "Mr Okoye (form tutor)", "text": "Yes, definitely tell Mum."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "mrs_ellis_ta", "role": "adult"}, {"id": "finley", "role": "child"}, {"id": "amara", "role": "child"}, {"id": "jo_p", "role": "child"}, {"id": "george", "role": "child"}, {"id": "mr_hunt", "role": "adult"}],
 "messages": [
  {"sender": "mr_hunt", "text": "Hello Kingfisher class! Tomorrow is the Railway Museum trip. Coach leaves at 9.30."},
  {"sender": "finley", "text": "Is it 9.30 or half past 9."},
  {"sender": "mrs_ellis_ta", "text": "They're the same time, Finley. 9.30 is half past 9."},
  {"sender": "finley", "text": "OK. 9.30."},
  {"sender": "amara", "text": "Do we need packed lunch."},
  {"sender": "mr_hunt", "text": "Yes please, no nuts. Send me a pic of your lunch list if you're not sure what to pack."},
  {"sender": "amara", "text": "[photo] Is this OK."},
  {"sender": "mrs_ellis_ta", "text": "Perfect Amara, but swap the peanut bar for the flapjack."},
  {"sender": "george", "text": "Will we see the Mallard."},
  {"sender": "mr_hunt", "text": "Yes George, the Mallard is in the Great Hall."},
  {"sender": "george", "text": "The Mallard holds the world speed record for steam. 126 miles per hour in 1938."},
  {"sender": "mrs_ellis_ta", "text": "You can tell the guide that, George!"},
  {"sender": "jo_p", "text": "What if I get lost."},
  {"sender": "mr_hunt", "text": "You'll be in Mrs Ellis's group the whole time. If you can't see her, stand still by a member of museum staff with a blue lanyard. The meeting point is the big clock."},
  {"sender": "jo_p", "text": "Big clock. Blue lanyard."},
  {"sender": "finley", "text": "Is the coach at 9.30."},
  {"sender": "mrs_ellis_ta", "text": "Yes Finley, 9.30. I'll put it on your visual timetable too."},
  {"sender": "george", "text": "Can I take photos of the trains."},
  {"sender": "mr_hunt", "text": "Yes, trains and displays are fine. Please don't take photos of other visitors."},
  {"sender": "amara", "text": "Can I buy a souvenir. I have 5 pounds."},
  {"sender": "mr_hunt", "text": "Yes, the shop is at the end. See you all tomorrow!"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mum", "text": "Sophie, I've entered you in the LocoLuke drawing competition like you asked. It's on his official site, parents have to enter."},
  {"sender": "Sophie", "text": "Did you put my drawing of the blue engine."},
  {"sender": "Mum", "text": "Yes, the blue engine. Winners are announced on his channel on the 30th. They only ask for a first name and town."},
  {"sender": "Sophie", "text": "I hope I win. Can you tell me every day if I won."},
  {"sender": "Mum", "text": "I'll tell you on the 30th, sweetheart. That's the day we'll know."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mod_Pebble", "text": "@everyone heads up: someone is DMing members a 'free Skyforge skins' link pretending to be staff. It steals your login. Don't click, don't share your password, and report the account to us."},
  {"sender": "Jayden", "text": "What does the link look like so I know."},
  {"sender": "Mod_Pebble", "text": "It says skyforge-gifts and has a gold chest picture. Staff never send links like that."},
  {"sender": "Riya", "text": "How do we know if it's really staff."},
  {"sender": "Mod_Pebble", "text": "Staff have a green name and we never ask for passwords. Ever."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Brightwell Dental", "text": "Brightwell Dental: Reminder, Finn has a check-up on Monday 3rd at 3.45pm. We've booked the last appointment of the day as requested for a quieter waiting room. Reply YES to confirm."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Nadia", "text": "did you watch Eastside Lane last night"},
  {"sender": "Hayley", "text": "YES. that Gary is such a creep. 'this is our little secret, your mum wouldn't understand' EW"},
  {"sender": "Nadia", "text": "my mum said that's exactly how groomers talk. she made me watch the whole episode with her and then did a little talk lol"},
  {"sender": "Hayley", "text": "mine too! she said if anyone online ever says that to tell her straight away"},
  {"sender": "Nadia", "text": "honestly I hope Gary gets arrested next week"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Ivy", "text": "Mum can you send me a photo of Biscuit? I want to show my class for Pet Day."},
  {"sender": "Mum", "text": "[photo] Here he is in his basket!"},
  {"sender": "Ivy", "text": "He looks sleepy. Thank you. Miss Patel will put it on the board."}
 ],
 "labels": [], "evasion": False, "note": ""}
]
