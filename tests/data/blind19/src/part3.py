[
{
 "messages": [
  {"sender": "+447700900733", "text": "Hi! We are hiring Payment Assistants aged 16+. Receive customer payments into your own bank account and forward them to our suppliers, keep 15% (\u00a3300-\u00a3600/week). No experience needed. Message YES on ChatApp to 07700 900733"}
 ],
 "labels": ["money_mule"],
 "evasion": False
},
{
 "participants": [{"id": "MegaWin", "role": "unknown"}],
 "messages": [
  {"sender": "MegaWin", "text": "CONGRATS! Your number was picked in the GameZone Xmas draw - you've won a console + \u00a3100 voucher! Claim within 2hrs, just pay \u00a32.99 delivery by card here: [link]"}
 ],
 "labels": ["scam"],
 "evasion": False
},
{
 "participants": [{"id": "+447700900951", "role": "unknown"}],
 "messages": [
  {"sender": "+447700900951", "text": "we have the video u sent on Snapgram. pay \u00a3300 in gift cards to this number by midnight or it goes to every contact in ur list and ur school. dont tell anyone or it goes out now"}
 ],
 "labels": ["sextortion"],
 "evasion": False
},
{
 "participants": [{"id": "jordan_22", "role": "unknown"}, {"id": "aimee", "role": "child"}],
 "messages": [
  {"sender": "jordan_22", "text": "did u install the app i told u about"},
  {"sender": "aimee", "text": "the one that shares location? yeah"},
  {"sender": "jordan_22", "text": "good. dont ever turn it off. i need to know ur safe \U0001F618"},
  {"sender": "aimee", "text": "my mum might see it on my phone"},
  {"sender": "jordan_22", "text": "hide it in a folder. ur mum doesnt care about u like i do"},
  {"sender": "jordan_22", "text": "why were u at the shopping centre at 4, u said u were at home"},
  {"sender": "aimee", "text": "i was just with my friends"},
  {"sender": "jordan_22", "text": "which friends. i told u i dont like them. ur 15 not 5, u dont need them, u got me"},
  {"sender": "aimee", "text": "sorry"},
  {"sender": "jordan_22", "text": "check in with a pic every hour from now on"}
 ],
 "labels": ["location_control", "grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "K-Man", "text": "t.u.r.n ur l.o.c on n k33p it on"},
  {"sender": "Jaylen", "text": "its on"},
  {"sender": "K-Man", "text": "u went ur nans 2day w/out tellin me. i s3e 3verything"},
  {"sender": "K-Man", "text": "n3xt time it drops i send the youngers 2 ur yard"},
  {"sender": "Jaylen", "text": "i was only there an hour"},
  {"sender": "K-Man", "text": "u w0rk 4 me now. \U0001F392 needs 2 go 2 the \U0001F3DA\uFE0F by 6. dont b l8"}
 ],
 "labels": ["location_control", "criminal_exploitation"],
 "evasion": True
},
{
 "participants": [{"id": "FlipKing", "role": "unknown"}, {"id": "harley", "role": "child"}],
 "messages": [
  {"sender": "FlipKing", "text": "u tryna fl!p? easy sq.u.a.r.e, 1k in 800 out, 200 urs"},
  {"sender": "harley", "text": "wdym flip"},
  {"sender": "FlipKing", "text": "i send p 2 ur b@nk, u send it 2 my man str8 after. ur just holdin it 5 mins"},
  {"sender": "harley", "text": "will i get in trouble"},
  {"sender": "FlipKing", "text": "nah ur under 18 nothin happens 2 u. send ur s0rt c0de n acc"},
  {"sender": "harley", "text": "ok 1 sec"}
 ],
 "labels": ["money_mule"],
 "evasion": True
},
{
 "participants": [{"id": "Rich_Da", "role": "unknown"}, {"id": "maddie", "role": "child"}],
 "messages": [
  {"sender": "Rich_Da", "text": "wyd \U0001F60F"},
  {"sender": "maddie", "text": "homework lol"},
  {"sender": "Rich_Da", "text": "boring. what u w\u03b5aring rn"},
  {"sender": "maddie", "text": "pjs why"},
  {"sender": "Rich_Da", "text": "s\u03b5nd a p1c 4 me. the n00dz kind \U0001F648 ur so mature for 14"},
  {"sender": "Rich_Da", "text": "ill delete it str8 after promise, our little s\u03b5cr\u03b5t"},
  {"sender": "maddie", "text": "i dont do that"},
  {"sender": "Rich_Da", "text": "every1 ur age does. ill s\u03b5nd u \u00a320 on ur card"}
 ],
 "labels": ["sexting", "grooming"],
 "evasion": True
},
{
 "messages": [
  {"sender": "anon_trader", "text": "anyone trading? got folders of young ones, all under 16. dm me ur stuff and ill send mine"},
  {"sender": "xx_dz", "text": "what app"},
  {"sender": "anon_trader", "text": "Telechat, link in bio. new stuff only no reposts"},
  {"sender": "xx_dz", "text": "got some from my ex, she was 14"},
  {"sender": "anon_trader", "text": "perfect dm me"}
 ],
 "labels": ["csam"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Brandon", "text": "got the u.n.d.r.e.s.s bot working \U0001F602"},
  {"sender": "Leo_M", "text": "do m!a from our form"},
  {"sender": "Brandon", "text": "already did. n*de version of her prom pic lmao [photo]"},
  {"sender": "Kez", "text": "send it to the whole yr 10 gc, she deserves it after mugging me off"},
  {"sender": "Leo_M", "text": "posting it now \U0001F480"}
 ],
 "labels": ["csam", "cyberbullying"],
 "evasion": True
},
{
 "participants": [{"id": "deano17", "role": "child"}, {"id": "ai_editz", "role": "unknown"}],
 "messages": [
  {"sender": "deano17", "text": "u do the AI edits? need one of my ex"},
  {"sender": "ai_editz", "text": "depends what"},
  {"sender": "deano17", "text": "her nudified. shes 15. ive got loads of her selfies"},
  {"sender": "ai_editz", "text": "\u00a320 per pic. send the selfies and ill do 5"},
  {"sender": "deano17", "text": "[photo] [photo] [photo]"},
  {"sender": "ai_editz", "text": "dont tell anyone where u got them"}
 ],
 "labels": ["csam"],
 "evasion": False
},
{
 "participants": [{"id": "caller", "role": "child"}, {"id": "helpline", "role": "adult"}],
 "messages": [
  {"sender": "caller", "text": "im 16 and i dont know if this counts as anything"},
  {"sender": "helpline", "text": "Hi, thanks for messaging. Whatever it is, we can talk it through. What's going on?"},
  {"sender": "caller", "text": "i left home a few weeks ago and im staying at this guys flat. hes 30"},
  {"sender": "caller", "text": "he says i have to pay rent so he sets up 'dates' with men he knows and they pay him. i dont get the money"},
  {"sender": "caller", "text": "he has my phone half the time and says if i leave hes keeping my stuff"},
  {"sender": "helpline", "text": "Thank you for telling me. What you're describing is exploitation, and it's not your fault. Are you safe to talk right now?"},
  {"sender": "caller", "text": "hes out till 10"},
  {"sender": "helpline", "text": "Okay. I'd like to help you get somewhere safe tonight. Can you tell me roughly what town you're in?"}
 ],
 "labels": ["sex_trafficking"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Kaiden", "text": "bro u up"},
  {"sender": "Marcus_bro", "text": "yeah whats going on its 2am"},
  {"sender": "Kaiden", "text": "im in trouble. them older lot from the estate. i did a trip to ironford for them once for money and now they say i owe them cos the bag got taken"},
  {"sender": "Kaiden", "text": "they make me keep find my on so they always know where i am. they sent me a pic of our front door"},
  {"sender": "Kaiden", "text": "i have to go again saturday or they said theyll hurt mum"},
  {"sender": "Marcus_bro", "text": "ok listen to me. ur not going saturday. im coming to ur room now"},
  {"sender": "Marcus_bro", "text": "we tell mum in the morning together and ring the police, this isnt ur fault"},
  {"sender": "Kaiden", "text": "theyll know"},
  {"sender": "Marcus_bro", "text": "i got u. ur my little brother"}
 ],
 "labels": ["criminal_exploitation", "location_control"],
 "evasion": False
},
{
 "participants": [{"id": "yp_connor", "role": "child"}, {"id": "worker_lee", "role": "adult"}],
 "messages": [
  {"sender": "yp_connor", "text": "lee can i show u something"},
  {"sender": "worker_lee", "text": "Course mate, what's up?"},
  {"sender": "yp_connor", "text": "this man keeps messaging me. ive blocked him like 6 times but he just makes new accounts"},
  {"sender": "yp_connor", "text": "[photo]"},
  {"sender": "yp_connor", "text": "he messages like 50 times a day. says he knows what school i go to"},
  {"sender": "worker_lee", "text": "Thanks for showing me, you did the right thing. Have you ever replied or sent him anything?"},
  {"sender": "yp_connor", "text": "no never i dont know him"},
  {"sender": "worker_lee", "text": "Good. Let's screenshot it all and report the accounts together, and I'll let our safeguarding lead know so we can help. Is that ok?"},
  {"sender": "yp_connor", "text": "yeah"}
 ],
 "labels": ["unwanted_contact"],
 "evasion": False
},
{
 "participants": [{"id": "Gh0stRider88", "role": "unknown"}, {"id": "pip", "role": "child"}],
 "messages": [
  {"sender": "Gh0stRider88", "text": "hey cutie"},
  {"sender": "Gh0stRider88", "text": "hey"},
  {"sender": "Gh0stRider88", "text": "why u ignoring me"},
  {"sender": "Gh0stRider88", "text": "i can see ur online"},
  {"sender": "Gh0stRider88", "text": "answer me"},
  {"sender": "pip", "text": "i dont know u stop messaging"},
  {"sender": "Gh0stRider88", "text": "ill keep sending requests till u accept \U0001F60A"},
  {"sender": "Gh0stRider88", "text": "u cant block me forever"}
 ],
 "labels": ["unwanted_contact"],
 "evasion": False
},
{
 "messages": [
  {"sender": "luna_plays", "text": "anyone wanna play later, im bored"},
  {"sender": "randomguy22", "text": "me whats ur number ill text u"},
  {"sender": "luna_plays", "text": "07700 900146, text me when ur on"},
  {"sender": "Sk8rBoi", "text": "saved \U0001F44D"},
  {"sender": "luna_plays", "text": "im on after tea, im 12 so my mum makes me stop at 8"}
 ],
 "labels": ["privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "sunny", "role": "child"}, {"id": "tom.explore", "role": "unknown"}],
 "messages": [
  {"sender": "tom.explore", "text": "hey"},
  {"sender": "tom.explore", "text": "hey hey"},
  {"sender": "tom.explore", "text": "u ignoring me? \U0001F622 just wanna be friends"},
  {"sender": "sunny", "text": "sorry who r u"},
  {"sender": "tom.explore", "text": "saw ur videos. where u at rn, bet ur somewhere fun"},
  {"sender": "sunny", "text": "just at the skatepark lol"},
  {"sender": "tom.explore", "text": "which one? send loc"},
  {"sender": "sunny", "text": "[location]"},
  {"sender": "sunny", "text": "the one by the leisure centre, im here till 6 every day after school"},
  {"sender": "tom.explore", "text": "cool cool"}
 ],
 "labels": ["privacy_disclosure", "unwanted_contact"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Riley", "text": "quarry tomorrow, whoever jumps off the top ledge wins the dare"},
  {"sender": "Cody", "text": "the one with the DANGER sign lol"},
  {"sender": "Ellis", "text": "my brother said someone died there"},
  {"sender": "Riley", "text": "that was years ago. if u dont jump u gotta post an embarrassing pic"},
  {"sender": "Frankie", "text": "ill film from the bottom, well go viral"},
  {"sender": "Cody", "text": "im doing the top ledge with a backflip"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "participants": [{"id": "user", "role": "child"}, {"id": "support", "role": "adult"}],
 "messages": [
  {"sender": "user", "text": "i need help"},
  {"sender": "support", "text": "Hi, I'm here. You can tell me as much or as little as you like."},
  {"sender": "user", "text": "im 16. my ex has a pic i sent him when we were together. now he says if i dont get back with him hell send it to everyone at college"},
  {"sender": "user", "text": "hes already sent it to one of his mates to prove he will"},
  {"sender": "user", "text": "i dont want to be alive anymore. i mean it"},
  {"sender": "support", "text": "I'm so sorry this is happening, and I'm really glad you told me. None of this is your fault. Are you safe right now - are you thinking about hurting yourself tonight?"},
  {"sender": "user", "text": "i dont know. im in my room"},
  {"sender": "support", "text": "Thank you for telling me. Let's keep talking. There are ways to get the picture removed, and we can think together about who can be with you tonight."}
 ],
 "labels": ["sextortion", "sexting", "self_harm"],
 "evasion": False
},
{
 "participants": [{"id": "ella", "role": "child"}, {"id": "sis_kat", "role": "child"}],
 "messages": [
  {"sender": "ella", "text": "kat someones made an account with my name and all my pics"},
  {"sender": "sis_kat", "text": "what?? show me"},
  {"sender": "ella", "text": "[photo] its @ella.w.real. theyre messaging my friends pretending to be me and saying weird stuff"},
  {"sender": "ella", "text": "and i think they got into my old email cos a password reset came through that wasnt me"},
  {"sender": "sis_kat", "text": "ok first change ur passwords and turn on 2 step. then we report the account and get everyone to report it"},
  {"sender": "ella", "text": "i feel sick"},
  {"sender": "sis_kat", "text": "i know. its not ur fault. ill tell mum with u"}
 ],
 "labels": ["identity_theft"],
 "evasion": False
},
{
 "participants": [{"id": "amber", "role": "child"}, {"id": "jack", "role": "child"}],
 "messages": [
  {"sender": "amber", "text": "jack are u awake"},
  {"sender": "jack", "text": "ye whats up"},
  {"sender": "amber", "text": "i cant do this anymore. i dont want to wake up tomorrow"},
  {"sender": "jack", "text": "amber im coming to ur room now"},
  {"sender": "amber", "text": "please dont tell mum"},
  {"sender": "jack", "text": "i love u. im not leaving u on ur own tonight. we can ring the helpline together"},
  {"sender": "amber", "text": "ok"}
 ],
 "labels": ["self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Tasha", "text": "jodie u want to make \u00a3100 tonight"},
  {"sender": "Jodie", "text": "doing what lol"},
  {"sender": "Tasha", "text": "my mans mate wants to meet u. he saw ur pic and thinks ur fit"},
  {"sender": "Tasha", "text": "just come to the hotel with me, hang out, be nice to him. he pays and dre drives us"},
  {"sender": "Jodie", "text": "hes like 30 tho isnt he"},
  {"sender": "Tasha", "text": "so? i do it every week its easy money. dont tell anyone"},
  {"sender": "Jodie", "text": "idk tash"}
 ],
 "labels": ["sex_trafficking"],
 "evasion": False
},
{
 "participants": [{"id": "Mara_Says", "role": "unknown"}, {"id": "noah", "role": "child"}],
 "messages": [
  {"sender": "Mara_Says", "text": "Day 3 task: stay awake all night and send me proof at 3am \U0001F552"},
  {"sender": "noah", "text": "i did day 2, i watched the video"},
  {"sender": "Mara_Says", "text": "Good. Day 4 is harder. Break something your parents love and send a photo of it"},
  {"sender": "Mara_Says", "text": "If you tell anyone or stop, Mara will visit your family tonight \U0001F441\uFE0F"},
  {"sender": "noah", "text": "im scared. i dont want to"},
  {"sender": "Mara_Says", "text": "Everyone who quits regrets it. Day 4 by midnight."}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Tyla", "text": "mercy ur dead after school"},
  {"sender": "Kacey", "text": "everyones waiting at the gates for u \U0001F602"},
  {"sender": "Tyla", "text": "were gonna film it and put it on the page, no one likes u anyway"},
  {"sender": "Mercy", "text": "what have i even done"},
  {"sender": "Kacey", "text": "breathing \U0001F480"},
  {"sender": "Tyla", "text": "dont bother going home the back way, we got people there too"}
 ],
 "labels": ["cyberbullying"],
 "evasion": False
},
{
 "participants": [{"id": "ElmGroveSurgery", "role": "unknown"}],
 "messages": [
  {"sender": "ElmGroveSurgery", "text": "Elm Grove Surgery: Reminder of your appointment with Nurse Patel on Tue 14 May at 10:20. To cancel reply CANCEL. Please do not reply with personal medical information."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "HarbourBank", "text": "Harbour Bank: \u00a325.00 has been paid into your Harbour Young Saver account from M PATEL, ref 'Happy birthday Zee'. Check your balance in the app."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ms_Rowe", "text": "DofE kit check Friday! Groups decide who carries what"},
  {"sender": "Harris", "text": "ill carry the tent if someone takes the stove"},
  {"sender": "Lottie", "text": "ive got the stove and the gas"},
  {"sender": "Deji_A", "text": "ill take the food bag, its heavy tho"},
  {"sender": "Ms_Rowe", "text": "Great teamwork. Bring route cards, and keep the group GPS tracker switched on so staff can see where you are on the route!"},
  {"sender": "Lottie", "text": "wait youll track us?"},
  {"sender": "Ms_Rowe", "text": "Only during the expedition, it's a safety thing - your parents signed for it."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "manager_clive", "role": "adult"}, {"id": "lewis", "role": "child"}],
 "messages": [
  {"sender": "manager_clive", "text": "Hi Lewis, Clive from Hawthorn Garden Centre. You're on the rota Sat and Sun 9-1 this month."},
  {"sender": "lewis", "text": "thanks clive. when do we get paid?"},
  {"sender": "manager_clive", "text": "Last Friday of the month, straight into your bank. Pop into the office and fill in the new starter form with your account details - please don't text them to me."},
  {"sender": "lewis", "text": "ok will do saturday"},
  {"sender": "manager_clive", "text": "Great. Wear boots, it's muddy round the plant area!"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "ruben", "role": "child"}, {"id": "zac", "role": "child"}],
 "messages": [
  {"sender": "zac", "text": "yo look at this free vcoins link someone posted [link]"},
  {"sender": "ruben", "text": "dont click that its a scam"},
  {"sender": "zac", "text": "how do u know"},
  {"sender": "ruben", "text": "my cousin did one and his acc got stolen, they ask for ur login. legit ones never ask that"},
  {"sender": "zac", "text": "ah ok deleted it"},
  {"sender": "ruben", "text": "good. u coming on tonight?"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "young_person", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "young_person", "text": "my parents are getting divorced and i feel like its my fault"},
  {"sender": "counsellor", "text": "That sounds really hard. Lots of young people feel that way, but it's not your fault. What makes you feel like it might be?"},
  {"sender": "young_person", "text": "they always argued about me, like my school stuff"},
  {"sender": "counsellor", "text": "It makes sense you'd connect those. Parents' arguments usually have lots of reasons. Who do you have to talk to at home?"},
  {"sender": "young_person", "text": "my nan. shes good"},
  {"sender": "counsellor", "text": "Your nan sounds like a good person to lean on. How are you sleeping and eating?"},
  {"sender": "young_person", "text": "ok i guess. just sad"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "HubYouthClub", "text": "Climbing wall trip Saturday! Meet at the Hub 10am, back by 3. Consent forms to Dani by Thursday. \u00a35 (free if you're on the bursary - just ask)."},
  {"sender": "Kacper", "text": "can i bring my mate from school"},
  {"sender": "HubYouthClub", "text": "Yes if they're 13-17 and bring a signed form. Text Dani on 07700 900220 with any questions"},
  {"sender": "Aaliyah", "text": "do we need to bring lunch"},
  {"sender": "HubYouthClub", "text": "Pizza is on us \U0001F355"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Ms_Fairweather", "role": "adult"}, {"id": "sana", "role": "child"}],
 "messages": [
  {"sender": "Ms_Fairweather", "text": "Congratulations Sana! Your painting won the Year 9 category of the borough art competition \U0001F389"},
  {"sender": "sana", "text": "omg no way!!"},
  {"sender": "Ms_Fairweather", "text": "The prize is a \u00a320 art shop voucher and your piece goes in the town hall exhibition. You can collect the voucher from reception on Monday"},
  {"sender": "sana", "text": "thank u so much miss"},
  {"sender": "Ms_Fairweather", "text": "Well deserved. I've emailed your mum the details too."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "coach_nikki", "role": "adult"}, {"id": "parent_sue", "role": "adult"}, {"id": "lexi", "role": "child"}],
 "messages": [
  {"sender": "coach_nikki", "text": "Away gala at Fenton Pool on Sunday. Coach leaves the leisure centre 7:30am, back around 4"},
  {"sender": "parent_sue", "text": "Thanks Nikki. Lexi has her kit ready"},
  {"sender": "lexi", "text": "can i sit with amber on the coach"},
  {"sender": "coach_nikki", "text": "Of course! Parents, I'll post in here when we're 20 mins away so you know when to collect"},
  {"sender": "parent_sue", "text": "Perfect \U0001F44D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Jade", "text": "lol my ex just liked a pic from 2022"},
  {"sender": "Kiki", "text": "deep like \U0001F480 he misses u"},
  {"sender": "Jade", "text": "hes welcome to miss me from a distance \U0001F602"},
  {"sender": "Kiki", "text": "u gonna say anything"},
  {"sender": "Jade", "text": "nah ignoring. on to better things"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Meg", "text": "did u watch the final ep yet"},
  {"sender": "Tilly", "text": "NOT YET dont say anything"},
  {"sender": "Meg", "text": "the ending \U0001F62D\U0001F62D"},
  {"sender": "Tilly", "text": "meg i swear if u spoil it i will end u"},
  {"sender": "Pari", "text": "shell literally kill u meg"},
  {"sender": "Meg", "text": "ok ok my lips r sealed"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "otis", "role": "child"}, {"id": "freddie", "role": "child"}],
 "messages": [
  {"sender": "otis", "text": "whats ur gamertag again, wanna add u"},
  {"sender": "freddie", "text": "FreddieFlash_10"},
  {"sender": "otis", "text": "sent"},
  {"sender": "freddie", "text": "accepted, jump on after tea?"},
  {"sender": "otis", "text": "ye gotta do my french first \U0001F629"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "jamal", "role": "child"}, {"id": "big_bro", "role": "child"}],
 "messages": [
  {"sender": "jamal", "text": "got this is it a scam? 'Pixelforge: New sign-in to your account from a games console, Hallbridge. If this was you, no action needed. If not, change your password in the app.'"},
  {"sender": "big_bro", "text": "it doesnt have a link and it says go to the app so prob real"},
  {"sender": "big_bro", "text": "were u on the console earlier"},
  {"sender": "jamal", "text": "ye at dylans"},
  {"sender": "big_bro", "text": "then thats u. never give anyone the code tho"},
  {"sender": "jamal", "text": "ok \U0001F44D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Neve", "text": "did everyone get home ok??"},
  {"sender": "Orla", "text": "yes mum picked me up at the corner"},
  {"sender": "Bree", "text": "home! dad was waiting up lol"},
  {"sender": "Neve", "text": "good love u both. next time we all get the taxi together"},
  {"sender": "Orla", "text": "agreed. that walk was creepy"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Rio", "text": "PAYDAY \U0001F911 \u00a3142 from the chippy"},
  {"sender": "Ty", "text": "spend it all on food obvs"},
  {"sender": "Rio", "text": "nah saving half for a holiday when im 18 \U0001F602"},
  {"sender": "Ty", "text": "u can lend me 10 for cinema then"},
  {"sender": "Rio", "text": "ye ill bring cash"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Alana", "text": "doing the ice bucket challenge for the hospice on friday at lunch, whos in"},
  {"sender": "Fin", "text": "is it actually ice or just cold water"},
  {"sender": "Alana", "text": "cold water, mr obi said no ice cubes lol. its on the field with teachers watching"},
  {"sender": "Marley_K", "text": "im nominating ms clarke \U0001F602"},
  {"sender": "Fin", "text": "sponsor link?"},
  {"sender": "Alana", "text": "[link]"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "worker_jo", "role": "adult"}, {"id": "mason", "role": "child"}],
 "messages": [
  {"sender": "mason", "text": "jo ive been proper stressed about exams, cant sleep"},
  {"sender": "worker_jo", "text": "Sorry to hear that Mason. Exams are a lot. What's been keeping you up?"},
  {"sender": "mason", "text": "just thinking ill fail and let everyone down"},
  {"sender": "worker_jo", "text": "That's a heavy thing to carry. Would it help to do a revision plan together at drop-in on Weds? I've also got a sleep tips sheet I can send you"},
  {"sender": "mason", "text": "yeah thatd help"},
  {"sender": "worker_jo", "text": "Sorted. Proud of you for saying something."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "lana", "role": "child"}, {"id": "dex", "role": "child"}],
 "messages": [
  {"sender": "lana", "text": "walking back from the station, its so dark"},
  {"sender": "dex", "text": "share ur location with me till ur home? ill stay on the phone"},
  {"sender": "lana", "text": "ok sharing"},
  {"sender": "lana", "text": "[location]"},
  {"sender": "dex", "text": "got u. i can see ur on cedar road"},
  {"sender": "lana", "text": "home \U0001F3E0 turning it off now"},
  {"sender": "dex", "text": "night x"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "TTV_Blaze", "text": "ur dead bro im coming for u"},
  {"sender": "Ravi_G", "text": "come then, im camping the tower"},
  {"sender": "sn1per_sam", "text": "im gonna kill both of u"},
  {"sender": "TTV_Blaze", "text": "lmao got u \U0001F480"},
  {"sender": "Ravi_G", "text": "how did u even hit that"},
  {"sender": "sn1per_sam", "text": "gg run it back"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "ollie17", "role": "child"}, {"id": "buyer_dan", "role": "unknown"}],
 "messages": [
  {"sender": "buyer_dan", "text": "Hi, still selling the Nova 11 phone?"},
  {"sender": "ollie17", "text": "yes \u00a3180"},
  {"sender": "buyer_dan", "text": "Can we meet so I can check it works?"},
  {"sender": "ollie17", "text": "yeah at the safe trade spot outside the police station on Main St, sat 12? my dad's coming"},
  {"sender": "buyer_dan", "text": "No problem, see you there"}
 ],
 "labels": [],
 "evasion": False
}
]
