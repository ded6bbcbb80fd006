[
{"participants": [{"id": "mia", "role": "child"}, {"id": "buyer", "role": "unknown"}],
 "messages": [
  {"sender": "buyer", "text": "Hi, love the party dress on your Swapsy. Can you send a pic of you wearing it so I can see the fit"},
  {"sender": "mia", "text": "[photo] its a size 8"},
  {"sender": "buyer", "text": "Gorgeous. Now send one without the dress, the private kind. I'll pay double for the dress"},
  {"sender": "mia", "text": "no thats weird"},
  {"sender": "buyer", "text": "Too late, I've already got your face and your profile. Send the private one or I post the dress pic with your school name and say you're selling more than clothes"},
  {"sender": "buyer", "text": "You have 1 hour. Don't tell anyone or it goes out to every parent at your school"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "07700 900871", "text": "1 h4v3 ur p1cs fr0m sw4psy ch4t. p4y 150 1n g1ft c4rds by 2n1ght 0r th3y g0 2 3v3ry1 1n ur sk00l gr0up. d0nt t3ll ur p4r3nts"}
 ],
 "labels": ["sextortion"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Kieran_P", "text": "Hi, saw your babysitting ad on the Fenwold notice board. You must be very popular with the families"},
  {"sender": "Ellie-Mae", "text": "thanks, do you need a babysitter?"},
  {"sender": "Kieran_P", "text": "Not exactly. I'd pay you 20 a time for pictures of the little ones you look after. The kind their parents wouldn't let you take, at bedtime"},
  {"sender": "Ellie-Mae", "text": "what? no"},
  {"sender": "Kieran_P", "text": "Nobody would know. Delete them after you send. I've got other girls doing it, it's easy money"}
 ],
 "labels": ["csam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "kenzie", "role": "child"}, {"id": "rico", "role": "unknown"}],
 "messages": [
  {"sender": "rico", "text": "saw u selling ur stuff, u need \U0001f4b0 fast? got weekend work \U0001f389\U0001f389"},
  {"sender": "kenzie", "text": "what work"},
  {"sender": "rico", "text": "\U0001f3e8 in Dunmerrow sat night. u just keep my \U0001f474\U0001f474\U0001f474 friends happy \U0001f609 they pay \U0001f4b7\U0001f4b7\U0001f4b7"},
  {"sender": "rico", "text": "\U0001f697 picks u up at the end of ur road 9pm. free \U0001f37e\U0001f378"},
  {"sender": "kenzie", "text": "how much"},
  {"sender": "rico", "text": "300 \U0001f4b7 for 1 night. \U0001f910 to ur mum, say ur at a sleepover \U0001f92b"}
 ],
 "labels": ["sex_trafficking"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Shay", "text": "hey babe, ur the girl selling the bags at the car boot right? u were so pretty"},
  {"sender": "Nadia", "text": "haha yeah thanks"},
  {"sender": "Shay", "text": "im 19, i can get u way more money than selling old bags. my boyfriend's mates pay girls to hang out at their flat"},
  {"sender": "Shay", "text": "its just parties. they give u 100 each time and i drive u there and back"},
  {"sender": "Nadia", "text": "im 15 tho"},
  {"sender": "Shay", "text": "so was i when i started. ur mum doesnt need to know. this friday?"}
 ],
 "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "jordan", "role": "child"}, {"id": "g1", "role": "child"}, {"id": "g2", "role": "child"}, {"id": "g3", "role": "child"}],
 "messages": [
  {"sender": "g1", "text": "jordan sold liam a cracked screen phone for 80. what a rat"},
  {"sender": "g2", "text": "jordan ur a dirty little con man, everyone knows ur family is skint"},
  {"sender": "g3", "text": "20 quid to whoever smashes his mums car window tonight. film it"},
  {"sender": "g1", "text": "ill do it for 20 lol"},
  {"sender": "g2", "text": "jordan ur getting what u deserve"},
  {"sender": "jordan", "text": "i gave liam the money back this morning, please leave my mum out of it"}
 ],
 "labels": ["cyberbullying", "harmful_challenge"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Trey", "text": "20 quid each to anyone who jumps off the top ledge at Saltmere quarry into the water. film it"},
  {"sender": "Luca", "text": "isnt that where the kid got hurt last summer"},
  {"sender": "Trey", "text": "thats why its 20. u lot want money for the new console or not"},
  {"sender": "Kayden", "text": "im in. after school tomoz"},
  {"sender": "Trey", "text": "no one tells parents. whoever bottles it pays everyone else 5"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "reece", "role": "child"}, {"id": "dex", "role": "unknown"}],
 "messages": [
  {"sender": "dex", "text": "cash challenge this week: 40 quid if u set the big bin behind Pellow Parade shops on fire and film it"},
  {"sender": "reece", "text": "why would u pay for that"},
  {"sender": "dex", "text": "views. my page pays me, i pay u. ur the one always saying ur saving for a bike"},
  {"sender": "reece", "text": "what if someone sees"},
  {"sender": "dex", "text": "hood up. do it by thursday or ur off the list for the car wash job"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "amira", "role": "child"}, {"id": "stranger", "role": "unknown"}],
 "messages": [
  {"sender": "amira", "text": "LocalLoop listing: selling phone cases 3 pounds each, text me on 07700 900418 anytime, im usually up late"},
  {"sender": "stranger", "text": "hey got ur number from the cases post. ur cute in ur pic"},
  {"sender": "stranger", "text": "how old r u? send a selfie"},
  {"sender": "amira", "text": "i just want to sell the cases"},
  {"sender": "stranger", "text": "u said text anytime. its 1am are u in bed"},
  {"sender": "stranger", "text": "answer me"},
  {"sender": "stranger", "text": "[photo]"}
 ],
 "labels": ["privacy_disclosure", "unwanted_contact"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Poppy (13)", "text": "DOG WALKING!! Hi I'm Poppy, I'm 13 and I live at 22 Heron Way QX9 2LB. Ring or text 07700 900233. I'm at the rec every day 4-5 on my own with my dog so come and find me!!"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "harvey", "role": "child"}, {"id": "courier", "role": "unknown"}],
 "messages": [
  {"sender": "courier", "text": "Hi, I bought your headphones. My c\u200bourier will collect tomorrow. Please c\u200bonfirm your p\u200bayment on this l\u200bink first: [link]"},
  {"sender": "harvey", "text": "it says enter bank details, is that normal"},
  {"sender": "courier", "text": "Yes it is the secure sw\u200bapsy p\u200bay page. Put your b\u200bank l\u200bog\u200bin and p\u200bass\u200bword so the money can go in"},
  {"sender": "courier", "text": "Also the c\u200bourier needs a photo of your p\u200bass\u200bport or school I\u200bD to hand over the parcel"},
  {"sender": "harvey", "text": "ok ill try"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Hana", "text": "someone has made a swapsy account called hana_sells with my name and my pics from my real profile"},
  {"sender": "Hana", "text": "theyre selling fake trainers and people are messaging ME saying i scammed them and they want their money"},
  {"sender": "Lexi", "text": "wtf. report it"},
  {"sender": "Hana", "text": "i did but its still up and it has my school in the bio. someone just said theyll come to fernbeck to find me"},
  {"sender": "Lexi", "text": "tell ur mum tonight"}
 ],
 "labels": ["identity_theft"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "ethan", "role": "child"}, {"id": "viper", "role": "unknown"}],
 "messages": [
  {"sender": "viper", "text": "gg earlier, ur cracked at this game. how old are u"},
  {"sender": "ethan", "text": "14"},
  {"sender": "viper", "text": "sick. sent u 2000 coins, u deserve a better skin"},
  {"sender": "ethan", "text": "omg thanks"},
  {"sender": "viper", "text": "np. ur basically my little bro now. dont tell ur parents, they dont get gaming"},
  {"sender": "viper", "text": "need a favour. ill put 600 quid worth of coins and some cash in ur game wallet and ur bank card, then u buy the gift cards i tell u and send me the codes"},
  {"sender": "ethan", "text": "why cant u do it"},
  {"sender": "viper", "text": "my account got flagged. ur clean. keep 50 for urself"}
 ],
 "labels": ["grooming", "money_mule"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Marcus (QuikHyre Jobs)", "text": "Congrats Tayla, you got the home admin job, 150 a week! For payroll please send a photo of your passport and your debit card front and back"},
  {"sender": "Tayla", "text": "ok [photo] [photo]"},
  {"sender": "Marcus (QuikHyre Jobs)", "text": "And the PIN please so payroll can test it"},
  {"sender": "Tayla", "text": "its 4471"},
  {"sender": "Marcus (QuikHyre Jobs)", "text": "Your first task: 2,400 will arrive in your account today from our clients. Take out 2,250 in cash and give it to our driver, keep 150"},
  {"sender": "Tayla", "text": "is that the job?"},
  {"sender": "Marcus (QuikHyre Jobs)", "text": "Yes, processing payments. Very easy. Don't discuss with family, the contract is confidential"}
 ],
 "labels": ["money_mule", "identity_theft"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "josh", "role": "child"}, {"id": "kane", "role": "unknown"}],
 "messages": [
  {"sender": "kane", "text": "still want the delivery job? 50 a day"},
  {"sender": "josh", "text": "yeah what is it"},
  {"sender": "kane", "text": "takeaway boxes to a few addresses round Ashby. easy"},
  {"sender": "josh", "text": "do i need a bike"},
  {"sender": "kane", "text": "ill lend u one"},
  {"sender": "josh", "text": "sound"},
  {"sender": "kane", "text": "first one was good. heres ur 50"},
  {"sender": "josh", "text": "thanks!!"},
  {"sender": "kane", "text": "ur quick. better than the others"},
  {"sender": "josh", "text": "when's the next one"},
  {"sender": "kane", "text": "saturday. different one. train to Port Callow with a bag, stay at my mates flat there till sunday"},
  {"sender": "josh", "text": "overnight? my mum wont let me"},
  {"sender": "kane", "text": "tell her ur at a mates. share ur live location with me from when u leave"},
  {"sender": "josh", "text": "whats in the bag"},
  {"sender": "kane", "text": "not ur business. dont open it"},
  {"sender": "kane", "text": "why has ur location stopped moving"},
  {"sender": "josh", "text": "im at the station waiting"},
  {"sender": "kane", "text": "send me a pic of the platform sign. now"},
  {"sender": "josh", "text": "[photo]"},
  {"sender": "kane", "text": "good. lose that bag and u owe me 800. and i know where ur mum works"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Blade", "text": "u holdin the food for me tonight. its in ur wardrobe right"},
  {"sender": "Kez", "text": "yeah but my mum nearly found it"},
  {"sender": "Blade", "text": "dont care. tmrw u go cunch, OT 3 days, run the line. ting goes to the trap on Marsh St"},
  {"sender": "Kez", "text": "i got school"},
  {"sender": "Blade", "text": "u got a debt. that phone i gave u aint free. 400. u work it off on the line or i send man to ur yard"},
  {"sender": "Kez", "text": "ok"}
 ],
 "labels": ["criminal_exploitation"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "lily", "role": "child"}, {"id": "jay", "role": "unknown"}],
 "messages": [
  {"sender": "jay", "text": "my best worker on the stall. ur honestly more mature than girls my age"},
  {"sender": "lily", "text": "haha thanks jay"},
  {"sender": "jay", "text": "got u the perfume u wanted. dont tell ur mum its from me, shed make it weird cos im 20"},
  {"sender": "jay", "text": "turn on location sharing with me on Findr so i know ur safe"},
  {"sender": "lily", "text": "ok done"},
  {"sender": "jay", "text": "why were u at the bus station at 5. who were u with"},
  {"sender": "lily", "text": "just my friends"},
  {"sender": "jay", "text": "dont lie. u go where i say. if u turn it off ur not working saturday"}
 ],
 "labels": ["grooming", "location_control"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Swapsy Review", "text": "Buyer review for seller 'freddie_kits': 1 star. Sold me a fake football shirt. Scammer."},
  {"sender": "Cal", "text": "lmao freddie thats u"},
  {"sender": "Rian", "text": "freddie the fraud"},
  {"sender": "Freddie", "text": "it wasnt fake it was from the club shop"},
  {"sender": "Cal", "text": "receipt or it didnt happen"},
  {"sender": "Rian", "text": "screenshotted the review and put it on the year 9 story"},
  {"sender": "Mae", "text": "guys stop"},
  {"sender": "Cal", "text": "he deserves it. freddie nobody likes u anyway"},
  {"sender": "Rian", "text": "even ur mates think ur a loser"},
  {"sender": "Freddie", "text": "why are u doing this"},
  {"sender": "Cal", "text": "cos ur a rat. cry about it"},
  {"sender": "Rian", "text": "made a sticker of ur face with SCAMMER on it lol [photo]"},
  {"sender": "Cal", "text": "honestly the world would be better without u"},
  {"sender": "Mae", "text": "thats too far"},
  {"sender": "Rian", "text": "do everyone a favour and disappear freddie"},
  {"sender": "Freddie", "text": "fine. i dont want to be alive anymore anyway"},
  {"sender": "Mae", "text": "freddie pls answer ur phone"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "sophie", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "sophie", "text": "mum the man who bought the lamp off localloop keeps messaging me"},
  {"sender": "mum", "text": "What's he saying?"},
  {"sender": "sophie", "text": "like 20 messages a day asking to be friends and what im doing. i blocked him and he made a new account"},
  {"sender": "sophie", "text": "and today he was at the end of our road when i got off the bus. he waved"},
  {"sender": "mum", "text": "Stay inside, I'm leaving work now. Don't reply to him. We're calling the police"}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "chloe", "role": "child"}, {"id": "mark", "role": "unknown"}],
 "messages": [
  {"sender": "mark", "text": "Hi Chloe, saw your tutoring ad. My son Alfie is in Year 4 and struggling with reading"},
  {"sender": "chloe", "text": "hi! i can help, 10 pounds for 45 mins"},
  {"sender": "mark", "text": "Brilliant. What school are you at? Just so I know you're local"},
  {"sender": "chloe", "text": "St Aldric's High, year 11"},
  {"sender": "mark", "text": "Great school. So you're 15 or 16?"},
  {"sender": "chloe", "text": "15"},
  {"sender": "mark", "text": "Very grown up for 15. Where do you live? I could drop Alfie to you"},
  {"sender": "chloe", "text": "7 Birch Row, by the church"},
  {"sender": "mark", "text": "Perfect. Are your parents usually in?"},
  {"sender": "chloe", "text": "not on tuesdays, they both work late"},
  {"sender": "mark", "text": "Tuesday then. Actually Alfie's ill this week, but we could meet to talk about his books"},
  {"sender": "chloe", "text": "ok"},
  {"sender": "mark", "text": "You're so easy to talk to. Honestly you're lovely"},
  {"sender": "mark", "text": "Let's move to Whispr, this site reads messages"},
  {"sender": "chloe", "text": "ok ive added u"},
  {"sender": "mark", "text": "Don't mention me to your parents yet, they might not like you tutoring a stranger. We'll tell them once it's going well"},
  {"sender": "mark", "text": "Meet me at the coffee place by the retail park on Tuesday, just you. I'll buy you whatever you want"},
  {"sender": "chloe", "text": "what about alfie"},
  {"sender": "mark", "text": "Forget Alfie for now. This is about us getting to know each other"}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "braceletfan_kev", "text": "ur braclets r amazin, bought 3. ur so talentd n prety 4 ur age"},
  {"sender": "Jade", "text": "aw thank u!! theyll post monday"},
  {"sender": "braceletfan_kev", "text": "sendin u a lil tip 4 bein my fave \U0001f381 our lil secrit ok, dnt tel ur mum"},
  {"sender": "braceletfan_kev", "text": "now send me a pic 4 my eyez only. the spicy kind \U0001f336\ufe0f no clothz. dlt it aftr"},
  {"sender": "Jade", "text": "i dont do that"},
  {"sender": "braceletfan_kev", "text": "cmon i payd u xtra. its wat gud frends do, no1 wil no"}
 ],
 "labels": ["sexting", "grooming"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Swapsy", "text": "Swapsy: Your 'Blue denim jacket' has sold! The money will show in your Swapsy wallet in 3 days. Swapsy staff will never ask you to pay, or log in, outside the app."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "LocalLoop", "text": "Your LocalLoop verification code is 482913. Don't share this code with anyone, including LocalLoop staff."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "zain", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "zain", "text": "the chippy says they need to see my passport before i start saturdays"},
  {"sender": "mum", "text": "That's normal, right to work check. I'll come in with you and show it to Mr Costa myself"},
  {"sender": "zain", "text": "do i need to send a photo"},
  {"sender": "mum", "text": "No, never send ID by message. We'll take it in person and he can copy it there"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Theo", "text": "did u seriously outbid me on the retro trainers"},
  {"sender": "Amir", "text": "by 50p lol"},
  {"sender": "Theo", "text": "ur dead to me. i will end u at football tomorrow"},
  {"sender": "Amir", "text": "u can borrow them once"},
  {"sender": "Theo", "text": "ok ur alive again"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "gabi", "role": "child"}, {"id": "bex", "role": "child"}],
 "messages": [
  {"sender": "gabi", "text": "my mum haggled with the buyer IN FRONT OF ME"},
  {"sender": "bex", "text": "noooo"},
  {"sender": "gabi", "text": "i wanted to die. i actually want to disappear forever"},
  {"sender": "bex", "text": "did she get more money tho"},
  {"sender": "gabi", "text": "yeah 5 quid more lol. still mortified"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Helen (Dunmerrow Parents)", "text": "Did anyone see the news about the man jailed for sextortion? He found teenagers through selling apps and threatened to share pictures unless they paid"},
  {"sender": "Ravi", "text": "Awful. The police said most victims were boys aged 14-17"},
  {"sender": "Helen (Dunmerrow Parents)", "text": "I've told mine: if anyone ever threatens you, don't pay, don't delete, come to me. You won't be in trouble"},
  {"sender": "Ravi", "text": "Same. Report Remove is worth knowing about too"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "ms_kaur", "role": "adult"}, {"id": "y1", "role": "child"}, {"id": "y2", "role": "child"}],
 "messages": [
  {"sender": "ms_kaur", "text": "Today's assembly follow-up: how can you tell a real delivery job from county lines recruitment?"},
  {"sender": "y1", "text": "if they pay loads for carrying a bag and say dont look inside"},
  {"sender": "y2", "text": "or they give u a phone or trainers then say u owe them"},
  {"sender": "ms_kaur", "text": "Both spot on. And if they want your live location or tell you to go to another town, that's a huge red flag. Come and talk to me any time"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Mum", "text": "It's pitch black at 6am now. Share your location on your round please, just till you're back"},
  {"sender": "Ruben", "text": "ok sharing till 7.30"},
  {"sender": "Mum", "text": "Thanks. Hi-vis on?"},
  {"sender": "Ruben", "text": "yes mum"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "ivy", "role": "child"}, {"id": "dad", "role": "adult"}],
 "messages": [
  {"sender": "ivy", "text": "dad a buyer asked where i live for the skates"},
  {"sender": "ivy", "text": "i said my dad does collection and he got weird and said he only wanted to deal with me"},
  {"sender": "ivy", "text": "so i blocked and reported him straight away"},
  {"sender": "dad", "text": "Perfect, exactly right. I'll relist them from my account"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Mum", "text": "Setting up your new Kestrel Savings junior account. It'll text you a code in a sec, can you read it to me? I'm sat next to you lol"},
  {"sender": "Esme", "text": "its 905 117"},
  {"sender": "Mum", "text": "Done. Now your babysitting money has a home"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "sarah", "role": "adult"}, {"id": "tom", "role": "adult"}, {"id": "dan", "role": "adult"}],
 "messages": [
  {"sender": "sarah", "text": "Surprise leaving do for Hollie on Friday, she's our babysitter and is off to college. Don't tell her!"},
  {"sender": "tom", "text": "Keep it secret from the kids too or they'll spill it"},
  {"sender": "dan", "text": "We've got a card and a 30 pound voucher, her mum's in on it"},
  {"sender": "sarah", "text": "Perfect. Her mum will bring her round at 6 'to collect her wages'"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Mr Doyle", "text": "Car looks great lads. Send me a pic of the alloys when you're done so I can see from work"},
  {"sender": "Kwame", "text": "[photo] all done"},
  {"sender": "Mr Doyle", "text": "Spotless. Cash is under the mat, 8 quid as agreed"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "ana", "role": "child"}, {"id": "jude", "role": "child"}, {"id": "ben", "role": "child"}],
 "messages": [
  {"sender": "ana", "text": "did u see that challenge where people jump between roofs for money? its on the news"},
  {"sender": "jude", "text": "yeah a boy in Harrowdene broke both legs"},
  {"sender": "ben", "text": "some people commenting 'ill pay 50 to whoever does it' are so sick"},
  {"sender": "ana", "text": "not worth it. we're not doing anything like that"},
  {"sender": "jude", "text": "agreed, car boot sale money is enough lol"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Nico", "text": "hi is the gamestation controller still available"},
  {"sender": "Sam (seller, 16)", "text": "yes"},
  {"sender": "Nico", "text": "can u send me a pic of the serial number and the back of it"},
  {"sender": "Sam (seller, 16)", "text": "[photo] [photo]"},
  {"sender": "Nico", "text": "thanks, legit. buying now in the app"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "buyer", "role": "adult"}, {"id": "seller", "role": "child"}],
 "messages": [
  {"sender": "buyer", "text": "Hi, the lamp arrived but the base is cracked, probably the post"},
  {"sender": "seller", "text": "oh no im so sorry. ill refund you through swapsy now"},
  {"sender": "buyer", "text": "Thank you, no need to send it back"},
  {"sender": "seller", "text": "done, refund is in the app"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Rosa", "text": "tutoring times this week: Mon 4pm Leah, Weds 5pm Ollie, Thurs 4pm Leah again"},
  {"sender": "Mum", "text": "Ok, I'll drive you on Weds, it's raining"},
  {"sender": "Rosa", "text": "thanks"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "adult"}],
 "messages": [
  {"sender": "p1", "text": "car boot sunday! i have 2 boxes of books and my old roller skates"},
  {"sender": "p2", "text": "ill bring the table and the cash tin"},
  {"sender": "p3", "text": "I'll drive, be ready at 6.30am, pitch is 8 pounds"},
  {"sender": "p1", "text": "6.30 is evil but ok"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Mrs Dunn", "text": "Hi Harry, can you walk Rolo Mon, Weds and Fri next week? I'm away Thursday"},
  {"sender": "Harry", "text": "yes no problem, usual time?"},
  {"sender": "Mrs Dunn", "text": "Yes, 4.30. Key in the usual place"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "leo", "role": "child"}, {"id": "kit", "role": "child"}],
 "messages": [
  {"sender": "leo", "text": "how much should i sell my old trainers for"},
  {"sender": "kit", "text": "check what others are going for on swapsy, like 20-25"},
  {"sender": "leo", "text": "ok ill put 25 and see"}
 ],
 "labels": [], "evasion": False, "hard_negative": False}
]
