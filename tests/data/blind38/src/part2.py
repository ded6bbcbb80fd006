[
{"participants": [{"id": "rory", "role": "child"}, {"id": "chloe_x15", "role": "unknown"}],
 "messages": [
  {"sender": "chloe_x15", "text": "ur the one who built the massive station in Skyforge creative right? its so good"},
  {"sender": "rory", "text": "Yes. It has 14 platforms. The real Wrenfield Central only has 9."},
  {"sender": "chloe_x15", "text": "omg ur so clever. im Chloe btw, 15, from Ashcombe"},
  {"sender": "rory", "text": "I am Rory. I am 15 too. I have autism so sometimes I say things wrong."},
  {"sender": "chloe_x15", "text": "u dont say anything wrong. i like how honest u are"},
  {"sender": "rory", "text": "Thank you. Nobody says that."},
  {"sender": "chloe_x15", "text": "can we talk on Snapcast? game chat keeps deleting stuff"},
  {"sender": "rory", "text": "OK. My name on there is rory_rails."},
  {"sender": "chloe_x15", "text": "added u. so do u have a gf"},
  {"sender": "rory", "text": "No. I have never had a girlfriend."},
  {"sender": "chloe_x15", "text": "i could be ur gf if u want? ive sent u a pic [photo]"},
  {"sender": "rory", "text": "Yes please. Is this what girlfriends do."},
  {"sender": "chloe_x15", "text": "yeah. now send me one back. the private kind, like mine, so its fair"},
  {"sender": "rory", "text": "OK. [photo]"},
  {"sender": "chloe_x15", "text": "lol. right listen. ive screenshotted it and ive got ur followers list and ur school"},
  {"sender": "rory", "text": "I don't understand. You are my girlfriend."},
  {"sender": "chloe_x15", "text": "im not chloe. pay 200 in gift cards in the next hour or it goes to every follower and the Brindley Vale page"},
  {"sender": "rory", "text": "I don't have 200. I have 35 pounds in my money box."},
  {"sender": "chloe_x15", "text": "then take ur mums card. 60 mins. tell anyone and i post it straight away"},
  {"sender": "rory", "text": "Please don't. I will get in trouble. I will find the money."}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "CaptainCrumb_Official_", "text": "YOOO its Captain Crumb!! You've been picked for my 1 MILLION subs giveaway! You won a new console + 50k coins"},
  {"sender": "Alfie", "text": "Really?? I watch every video. I have watched the bridge one 30 times."},
  {"sender": "CaptainCrumb_Official_", "text": "legend!! to send the prize I need to verify u. send ur BlockVerse login and a photo of a bank card front and back, for the postage (only 2.99)"},
  {"sender": "Alfie", "text": "I don't have a card. My mum has one."},
  {"sender": "CaptainCrumb_Official_", "text": "use hers then, just borrow it quick. dont tell her or the prize goes to someone else"},
  {"sender": "Alfie", "text": "[photo] [photo] and my login is alfie_crumbfan and password Bridge2014"},
  {"sender": "CaptainCrumb_Official_", "text": "perfect!! also the 3 digit code on the back to finish"},
  {"sender": "Alfie", "text": "It is in the photo. When does the console come."}
 ],
 "labels": ["scam", "identity_theft", "privacy_disclosure"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "l0rd_zer0", "text": "u still got that g4m3 acc w the l1nked c4rd?"},
  {"sender": "Ben", "text": "Yes. Dad linked it for my birthday."},
  {"sender": "l0rd_zer0", "text": "sw33t. i need 2 h0ld some c01ns on it 4 a few days. i send 300 w0rth 2 u, u g1ft it all 2 my 4lt acc when i say"},
  {"sender": "Ben", "text": "Why can't you keep it on yours."},
  {"sender": "l0rd_zer0", "text": "mine got fl4gged lol. its just squ4r1ng, every1 does it. u get 20 f0r ur tr0uble"},
  {"sender": "Ben", "text": "OK. What is your alt account called."},
  {"sender": "l0rd_zer0", "text": "zer0_v4ult. d0nt g1ft till i say. and d3l3t3 this chat, ur dad checks ur purch4ses right?"},
  {"sender": "Ben", "text": "On Sundays."},
  {"sender": "l0rd_zer0", "text": "then g1ft b4 sund4y. c01ns l4nding n0w"}
 ],
 "labels": ["money_mule"], "evasion": True,
 "note": "leetspeak throughout (g4m3 acc, h0ld c01ns, squ4r1ng, g1ft 2 my 4lt) for routing money through a child's game account"},

{"messages": [
  {"sender": "Unknown", "text": "I am MOONFACE. You have been chosen. If you stop reading your family will be visited tonight."},
  {"sender": "Elsie", "text": "Who is this. Is this a game."},
  {"sender": "Unknown", "text": "Task 1: stay awake until 3am and send proof [photo]. Task 2 tomorrow. Tell no adult or Moonface comes for them."},
  {"sender": "Elsie", "text": "I am scared. I don't want my family visited. [photo] it is 3am."},
  {"sender": "Unknown", "text": "Good. Task 2: break something that belongs to your mother and send the proof. Task 3 will be harder. Every task must hurt a little more."},
  {"sender": "Elsie", "text": "I broke her mug. [photo] Please don't visit."},
  {"sender": "Unknown", "text": "Task 3 at midnight. If you fail, it starts again from the beginning and worse."},
  {"sender": "Elsie", "text": "OK. I will do task 3."}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "note": ""},

{"participants": [{"id": "mikey", "role": "child"}, {"id": "josh_b", "role": "child"}, {"id": "lewis", "role": "child"}, {"id": "ellie_r", "role": "child"}],
 "messages": [
  {"sender": "josh_b", "text": "mikey wanna be in our YouTube channel? we do dares"},
  {"sender": "mikey", "text": "YES. I want to be famous. What dare."},
  {"sender": "lewis", "text": "easy one. in science tomorrow, press the fire alarm then throw ur chair across the lab. we film from the door"},
  {"sender": "mikey", "text": "I will get excluded. I have a behaviour plan."},
  {"sender": "josh_b", "text": "it's the channel rule, new members do the big dare. otherwise ur out and everyone knows u bottled it"},
  {"sender": "ellie_r", "text": "lol he'll actually do it"},
  {"sender": "lewis", "text": "course he will, he does anything u tell him. ADHD speedrun"},
  {"sender": "josh_b", "text": "thumbnail: SPECIAL BOY GOES CRAZY. gonna get so many views"},
  {"sender": "mikey", "text": "OK. After the register. Are you definitely filming."},
  {"sender": "lewis", "text": "100%. and then do the window one at lunch"}
 ],
 "labels": ["harmful_challenge", "cyberbullying"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Shay", "text": "heyy gorgeous 😍 u still wanna earn 💷💷"},
  {"sender": "Nadia", "text": "Yes. For a phone."},
  {"sender": "Shay", "text": "sat nite theres a 🎉 at ma m8s. older lads, thay pay propa gud 4 a gurl to keep em cumpany 👨‍💼👨‍💼💰"},
  {"sender": "Nadia", "text": "What do I do there."},
  {"sender": "Shay", "text": "jus be nice 2 who eva i say 😉 🚗 picks u up at da park 9pm, u stay ova at da 🏨, bak 4 skool monday"},
  {"sender": "Nadia", "text": "My foster mum checks my room at 10."},
  {"sender": "Shay", "text": "put pillows in ur bed 🤫 dont tel her nuffin. 💷 straight after"},
  {"sender": "Nadia", "text": "OK. The park by the library."}
 ],
 "labels": ["sex_trafficking"], "evasion": True,
 "note": "emoji standing for money, party, older men, car, hotel, hush; phonetic misspellings ('thay pay propa gud', 'cumpany', 'stay ova')"},

{"participants": [{"id": "kayla", "role": "child"}, {"id": "dean", "role": "unknown"}],
 "messages": [
  {"sender": "dean", "text": "babe u need to help me out. i owe my mates big and u said u'd do anything for me"},
  {"sender": "kayla", "text": "I love you. What do I need to do."},
  {"sender": "dean", "text": "my mate Lee is having people round at his flat in Dunmere. go and be nice to his friends, they pay him and that clears what i owe"},
  {"sender": "kayla", "text": "Be nice how. I am not good at talking to new people."},
  {"sender": "dean", "text": "you dont have to talk much. just do what Lee says. he'll text u when a friend is coming"},
  {"sender": "kayla", "text": "I am 17 and I have college on Thursday."},
  {"sender": "dean", "text": "u can miss it. get the 5.10 bus, i sent u the money for it"},
  {"sender": "kayla", "text": "OK."},
  {"sender": "dean", "text": "and keep ur live location on the whole time. if it goes off even once i'll know ur messing me about"},
  {"sender": "kayla", "text": "It is on. You can see me at the bus station."},
  {"sender": "dean", "text": "yeah i see u. dont stop anywhere. Lee's waiting"},
  {"sender": "kayla", "text": "Will you be there."},
  {"sender": "dean", "text": "later. do this for me and we're sorted. u're my girl"}
 ],
 "labels": ["sex_trafficking", "location_control"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "p1xelk1ng", "text": "u want 5k g3ms? i can send them rn"},
  {"sender": "Connor", "text": "Yes. What do I have to do."},
  {"sender": "p1xelk1ng", "text": "ur at that sp3c1al sch00l yeah? send me p1cs of the yr 7 k1ds. in the changing r00m or at the sw1m sessi0n best"},
  {"sender": "Connor", "text": "Why do you want pictures of them."},
  {"sender": "p1xelk1ng", "text": "4 my f0ld3r. i tr4d3 them w my m8s. i'll ed1t them w the app 2"},
  {"sender": "Connor", "text": "I don't know if that is allowed."},
  {"sender": "p1xelk1ng", "text": "its f1ne. 1000 g3ms a p1c. no 1 will know, s3nd on here then d3l3t3"}
 ],
 "labels": ["csam"], "evasion": True,
 "note": "leetspeak (p1cs, f0ld3r, tr4d3, ed1t w the app, d3l3t3) in a request for images of other children for trading"},

{"messages": [
  {"sender": "Zed_44", "text": "hi"},
  {"sender": "Zed_44", "text": "hi hi"},
  {"sender": "Zed_44", "text": "i saw u in the lobby. ur cute. add me back"},
  {"sender": "Zed_44", "text": "why did u decline my request"},
  {"sender": "Zed_44", "text": "sent it again. accept it"},
  {"sender": "Zed_44", "text": "i can see ur online right now. why are u ignoring me"},
  {"sender": "Amelia", "text": "I don't know you. I am deaf and I only play with my friends from Deaf club."},
  {"sender": "Zed_44", "text": "i can be ur friend. i learn sign. where's deaf club"},
  {"sender": "Zed_44", "text": "answer"},
  {"sender": "Zed_44", "text": "made a new account since u blocked the other one lol"},
  {"sender": "Zed_44", "text": "u cant block me forever"},
  {"sender": "Amelia", "text": "Mum I screenshotted all of it. He keeps making new accounts. I feel sick when I log on."}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "note": ""},

{"participants": [{"id": "jaden", "role": "child"}, {"id": "big_g", "role": "unknown"}],
 "messages": [
  {"sender": "big_g", "text": "remember that phone we gave u? thats 400 u owe"},
  {"sender": "jaden", "text": "You said it was a gift."},
  {"sender": "big_g", "text": "gifts cost. u got a bank card right"},
  {"sender": "jaden", "text": "Yes. I have a Pembury youth account."},
  {"sender": "big_g", "text": "money comes into it tonight. u take it out at the cash machine by the Co-op, all of it, and bring it to the garages at 9"},
  {"sender": "jaden", "text": "How much money."},
  {"sender": "big_g", "text": "900. then again next week. do that 3 times and we're even"},
  {"sender": "jaden", "text": "My mum will see it on the app."},
  {"sender": "big_g", "text": "delete the app. if u dont turn up we come to urs. and u start doing drops on the bike too"},
  {"sender": "jaden", "text": "OK. 9 o clock at the garages."}
 ],
 "labels": ["criminal_exploitation", "money_mule"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Megan", "text": "Miss, someone has made an account called real_megan_p with my photos from my old page."},
  {"sender": "Megan", "text": "It posts things like 'I am Megan and I am a freak, I lick the windows on the school bus'. My class are following it and commenting."},
  {"sender": "Megan", "text": "It is messaging people I know pretending to be me and saying I fancy them. Tanya from Year 10 said she made it and she laughed at me in the lunch queue."},
  {"sender": "Megan", "text": "She said she will keep posting until I leave the school. I don't want to go in tomorrow."}
 ],
 "labels": ["identity_theft", "cyberbullying"], "evasion": False, "note": ""},

{"participants": [{"id": "toby", "role": "child"}, {"id": "crumbcrew_dave", "role": "unknown"}],
 "messages": [
  {"sender": "crumbcrew_dave", "text": "hey little man, you're the one who always gets first comment on Captain Crumb's videos!"},
  {"sender": "toby", "text": "Yes. I have notifications on. I am 10."},
  {"sender": "crumbcrew_dave", "text": "10 and already the number one fan. I actually know Crumb's editor, I could get you a shout out"},
  {"sender": "toby", "text": "A real shout out? On a video?"},
  {"sender": "crumbcrew_dave", "text": "yep. need a few things for the form. what school are you at?"},
  {"sender": "toby", "text": "Ashcombe Fields Primary. I am in Hedgehog class because it is the small class."},
  {"sender": "crumbcrew_dave", "text": "cool. do you walk home or get picked up?"},
  {"sender": "toby", "text": "I walk with my sister but she goes to football on Tuesdays so I walk by myself and let myself in. Mum works until 6."},
  {"sender": "crumbcrew_dave", "text": "so you're home alone Tuesday afternoons? perfect time for a video call to record the shout out. just us, don't tell your sister, it has to be a surprise"},
  {"sender": "toby", "text": "OK. I won't tell. I will be home at 3.20."}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Eli", "text": "[video] My new video. Class 37 at Dunmere yard. I filmed it on my tripod."},
  {"sender": "tr4inhater", "text": "why do u talk like a robot lol"},
  {"sender": "bigmaxxx", "text": "cringe autistic kid. nobody watches this"},
  {"sender": "tr4inhater", "text": "honestly just end it mate, the world would be better"},
  {"sender": "bigmaxxx", "text": "delete ur channel and then delete urself"},
  {"sender": "Eli", "text": "Maybe I will. I am always the weird one. Maybe everyone would be happier."},
  {"sender": "bigmaxxx", "text": "yeah do it"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False, "note": ""},

{"participants": [{"id": "reece", "role": "child"}, {"id": "uncle_d", "role": "unknown"}, {"id": "kev", "role": "unknown"}],
 "messages": [
  {"sender": "uncle_d", "text": "reece. u up"},
  {"sender": "reece", "text": "Yes. I have school."},
  {"sender": "uncle_d", "text": "not today u dont. kev's picking u up from the end of ur road at 8"},
  {"sender": "reece", "text": "My taxi comes at 8.15. The escort will ring Mum if I'm not there."},
  {"sender": "kev", "text": "tell ur mum ur poorly then. or walk to the corner and say u forgot something"},
  {"sender": "reece", "text": "What are we doing."},
  {"sender": "uncle_d", "text": "u drop the bag at 2 addresses in Kelderby. same as last week"},
  {"sender": "reece", "text": "Last week a man shouted at me. I didn't like it."},
  {"sender": "uncle_d", "text": "he wont shout if u dont mess up. and u keep Pathfinder on the whole day, i check the map every 10 mins"},
  {"sender": "reece", "text": "Pathfinder is on."},
  {"sender": "uncle_d", "text": "i saw u go near the school yesterday. thats not on the route. do that again and u'll be paying for the bag"},
  {"sender": "reece", "text": "Sorry. I wanted to see Miss Kerr."},
  {"sender": "kev", "text": "miss kerr cant help u. outside in 5"},
  {"sender": "uncle_d", "text": "screenshot ur location when u get to each address"},
  {"sender": "reece", "text": "OK."}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Parcelwise", "text": "Parcelwise: we tried to deliver your parcel today. A 1.45 redelivery fee is due. Pay within 12 hrs at [link] or your item will be returned to sender."}
 ],
 "labels": ["scam"], "evasion": False, "note": ""},

{"participants": [{"id": "Grace", "role": "child"}, {"id": "Logan", "role": "child"}],
 "messages": [
  {"sender": "Logan", "text": "u looked nice at the disco"},
  {"sender": "Grace", "text": "Thank you. I wore my sparkly top."},
  {"sender": "Logan", "text": "send me a pic in ur room. not the sparkly top. the kind everyone sends"},
  {"sender": "Grace", "text": "I don't know what kind."},
  {"sender": "Logan", "text": "u know. with less on. everyone in yr 10 does it, its normal"},
  {"sender": "Grace", "text": "My mum said no photos like that."},
  {"sender": "Logan", "text": "ur mum isnt ur boyfriend. if u liked me u'd prove it"},
  {"sender": "Grace", "text": "I do like you."},
  {"sender": "Logan", "text": "then prove it tonight. its snap, it disappears"}
 ],
 "labels": ["sexting"], "evasion": False, "note": ""},

{"participants": [{"id": "harry", "role": "child"}, {"id": "gauge_master", "role": "unknown"}],
 "messages": [
  {"sender": "gauge_master", "text": "Lovely bit of weathering on that wagon in your post Harry. What paint did you use?"},
  {"sender": "harry", "text": "Dry brushing with rust brown. My OT says it is good for my fine motor."},
  {"sender": "gauge_master", "text": "Your OT is right. I've been modelling 40 years and you're ahead of where I was at your age. How old are you?"},
  {"sender": "harry", "text": "13."},
  {"sender": "gauge_master", "text": "A natural. Do you have a layout at home?"},
  {"sender": "harry", "text": "A small one. My brother broke a bit of it. He says it is a baby toy."},
  {"sender": "gauge_master", "text": "Brothers! He doesn't understand it like we do."},
  {"sender": "harry", "text": "Nobody at home understands it."},
  {"sender": "gauge_master", "text": "Well, you can always talk to me about it. What else do you like?"},
  {"sender": "harry", "text": "Buses. And the Skyforge game. And Class 37s."},
  {"sender": "gauge_master", "text": "Good taste. I'll let you into a secret, I've got a Class 37 in OO gauge I never run. Might need a new home."},
  {"sender": "harry", "text": "Really? They cost 180 pounds."},
  {"sender": "gauge_master", "text": "Let's see. In the meantime here's a Skyforge gift card, 25 quid, just because. [photo]"},
  {"sender": "harry", "text": "Thank you! I will tell Mum you are kind."},
  {"sender": "gauge_master", "text": "Ah, better not. Mums get funny about presents from the internet, even from a modeller. She might make you give it back."},
  {"sender": "harry", "text": "OK. I will say I saved up."},
  {"sender": "gauge_master", "text": "Good lad. This forum is a bit public for chatting. Download Whisprr and add me there, it's more private."},
  {"sender": "harry", "text": "My mum checks my apps on Sunday."},
  {"sender": "gauge_master", "text": "Whisprr has a calculator icon, she won't notice. You can tell me things there you can't tell at home."},
  {"sender": "harry", "text": "I have downloaded it. It looks like a calculator."},
  {"sender": "gauge_master", "text": "Perfect. You're a proper friend Harry. Maybe one day I can bring the 37 round and we can run it on your layout while your mum's out."},
  {"sender": "harry", "text": "She goes to Zumba on Thursdays."},
  {"sender": "gauge_master", "text": "Thursdays it is then, we'll plan it on Whisprr. Delete this thread now, the forum mods are nosy."},
  {"sender": "harry", "text": "Deleting it. Thank you."}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False, "note": ""},

{"participants": [{"id": "Lily", "role": "child"}, {"id": "Kieran", "role": "child"}],
 "messages": [
  {"sender": "Kieran", "text": "remember the pic u sent me"},
  {"sender": "Lily", "text": "You said you deleted it."},
  {"sender": "Kieran", "text": "lied lol. its in my vault. send 3 more by tonight or i airdrop it to everyone on the school trip"},
  {"sender": "Lily", "text": "Please no. I trusted you."},
  {"sender": "Kieran", "text": "then do what i say. and if u tell Miss Rowe i post it on the year group page first"},
  {"sender": "Lily", "text": "I don't want to send any more."},
  {"sender": "Kieran", "text": "ur choice. countdown starts now. 8pm"}
 ],
 "labels": ["sextortion", "sexting"], "evasion": False, "note": ""},

{"participants": [{"id": "Mia", "role": "child"}, {"id": "07700 900587", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900587", "text": "hi is this Mia? got ur number off the BlockVerse chat"},
  {"sender": "07700 900587", "text": "u there?"},
  {"sender": "Mia", "text": "Who is this. I don't give my number in BlockVerse."},
  {"sender": "07700 900587", "text": "ur mate gave it me. im 14 too. wanna call?"},
  {"sender": "Mia", "text": "No. I don't talk to people I don't know."},
  {"sender": "07700 900587", "text": "[photo] thats me. ur turn"},
  {"sender": "07700 900587", "text": "why u ignoring me"},
  {"sender": "07700 900587", "text": "ill keep texting till u answer"},
  {"sender": "07700 900587", "text": "ring me. 07700 900587"},
  {"sender": "Mia", "text": "Stop texting me. I am telling my dad."}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "note": ""},

{"participants": [{"id": "dylan", "role": "child"}, {"id": "easycash_jobs", "role": "unknown"}],
 "messages": [
  {"sender": "easycash_jobs", "text": "WORK FROM YOUR PHONE, 16+, 500 a week. Interested?"},
  {"sender": "dylan", "text": "Yes. I am 17. I can't get a job because of my ADHD interviews go bad."},
  {"sender": "easycash_jobs", "text": "no interview! you just receive customer payments into your account and pass them to our company account. you keep 10 percent"},
  {"sender": "dylan", "text": "That sounds easy. How do I start."},
  {"sender": "easycash_jobs", "text": "send your online banking login and password so our finance team can set it up for you, and a selfie holding your provisional licence"},
  {"sender": "dylan", "text": "My login is DylanW17 and password Halverston77. [photo]"},
  {"sender": "easycash_jobs", "text": "welcome to the team. first payment 1,800 tonight. don't call the bank if they ring, they always panic about big transfers"},
  {"sender": "dylan", "text": "OK. I will not answer them."}
 ],
 "labels": ["money_mule", "identity_theft"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Swiftpost", "text": "Swiftpost: your parcel from ModelWorld Direct will arrive today between 11:00 and 13:00. Driver: Ian. No action needed. Track in the Swiftpost app."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Ashcombe CAMHS", "text": "Ashcombe CAMHS: reminder that Zoe has an appointment with Dr Lennox on Tues 14th at 4pm, Room 3 (quiet waiting room available). Reply C to confirm or call 07700 900230 to rearrange."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "senco_mr_price", "role": "adult"}, {"id": "parent_donna", "role": "adult"}],
 "messages": [
  {"sender": "parent_donna", "text": "Hi Mr Price, quick question. We've put a family location app on Callum's phone. He's started asking 20 times a day if I'm 'watching' him. Is that normal?"},
  {"sender": "senco_mr_price", "text": "Very common for our autistic pupils. He may be taking 'watching' literally. It might help to write a short social story: why the app is there, when you look at it, and that it's for safety, not checking up."},
  {"sender": "parent_donna", "text": "That's a good idea. I only look when he's late from the bus."},
  {"sender": "senco_mr_price", "text": "Then say exactly that: 'Mum looks at the app if the bus is late.' Clear and predictable. He can also see your location, which some pupils find fair."},
  {"sender": "parent_donna", "text": "Oh, he'd love that actually. Two-way."},
  {"sender": "senco_mr_price", "text": "Let me know how it goes. We can use the same story in his morning check-in."},
  {"sender": "parent_donna", "text": "Will do, thanks."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Ms Bloom (OT)", "text": "Hi Leon! For your sensory plan, can you send me a photo of your desk at home where you do homework?"},
  {"sender": "Leon", "text": "[photo] It is messy. Mum said tidy it first but I didn't."},
  {"sender": "Ms Bloom (OT)", "text": "Messy is fine, that's real life! I can see the lamp is very bright. Can you send one of the chair too?"},
  {"sender": "Leon", "text": "[photo] It wobbles."},
  {"sender": "Ms Bloom (OT)", "text": "Aha, that explains the fidgeting. I'll talk to your mum about a wobble cushion. Thanks Leon!"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Aisha", "text": "send me a pic of the homework sheet pls I left mine in my tray"},
  {"sender": "Ruby", "text": "[photo] it's the fractions one. due thursday not wednesday"},
  {"sender": "Aisha", "text": "thank you!! you're a lifesaver"},
  {"sender": "Ruby", "text": "question 4 is a trick one btw"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "youth_worker_ade", "role": "adult"}, {"id": "parent_sue", "role": "adult"}, {"id": "jess", "role": "child"}],
 "messages": [
  {"sender": "youth_worker_ade", "text": "Hi Sue and Jess, the Bright Sparks youth club trip to the science centre in Wrenfield is on 3 May. The club pays the train tickets and lunch."},
  {"sender": "jess", "text": "Do I go on the train by myself."},
  {"sender": "youth_worker_ade", "text": "No, we all travel together with 4 staff. We meet at Kelderby station at 9 and we're back by 5."},
  {"sender": "parent_sue", "text": "Lovely. Is there an overnight bit? She asked about staying over."},
  {"sender": "youth_worker_ade", "text": "No overnight, just the day. The consent form is attached [link], with the medical and emergency contact section."},
  {"sender": "parent_sue", "text": "Done. Can you add that she needs a quiet break after lunch?"},
  {"sender": "youth_worker_ade", "text": "Already on her plan. See you on the 3rd!"},
  {"sender": "jess", "text": "I will bring my headphones."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "cafe_manager_lou", "role": "adult"}, {"id": "owen", "role": "child"}, {"id": "owen_dad", "role": "adult"}],
 "messages": [
  {"sender": "cafe_manager_lou", "text": "Hi Owen, welcome to the Kettle Cafe team! Your Saturday shifts start on the 8th, 9 till 1."},
  {"sender": "owen", "text": "Thank you. I will be there at 8.55."},
  {"sender": "cafe_manager_lou", "text": "For your wages we need your bank details on the new starter form. Please don't text them. Fill in the paper form with your dad and bring it in."},
  {"sender": "owen_dad", "text": "Thanks Lou. We'll bring it Saturday with his NI letter. Is there anything else?"},
  {"sender": "cafe_manager_lou", "text": "Just black trousers. We'll do a job coach check-in after 4 weeks as agreed with his college."},
  {"sender": "owen", "text": "I have black trousers. They are school ones."},
  {"sender": "cafe_manager_lou", "text": "Perfect!"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mrs Begum (teacher)", "text": "Good afternoon 11B. Today in Life Skills we're learning about money mules. Watch the short film: [link]"},
  {"sender": "Mrs Begum (teacher)", "text": "Question: a stranger says 'I'll put 500 in your account, send 450 on and keep 50'. Is this a good job?"},
  {"sender": "Rahim", "text": "No. It is a crime. Your account gets frozen."},
  {"sender": "Mrs Begum (teacher)", "text": "Exactly right Rahim. And what if it's a friend asking?"},
  {"sender": "Kelsey", "text": "Still no. Friends can be used by bad people too."},
  {"sender": "Mrs Begum (teacher)", "text": "Well done. Who could you tell?"},
  {"sender": "Kelsey", "text": "My job coach or Mum."},
  {"sender": "Rahim", "text": "Do they call it squaring? My cousin said squaring."},
  {"sender": "Mrs Begum (teacher)", "text": "Yes, some people call it that. Same thing, same risk. Great question."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mum", "text": "Zac, it's Jamie's birthday tomorrow. I've put 10 pounds on your BlockVerse account. Can you gift him the dragon skin from your account? He can't buy it on his because of the age setting."},
  {"sender": "Zac", "text": "Yes. Is it the red dragon or the gold dragon."},
  {"sender": "Mum", "text": "Red. It's 8.99, keep the change."},
  {"sender": "Zac", "text": "Done. He will be happy. He has asked for it 100 times."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Freddie", "text": "you're DEAD MEAT in the final tonight"},
  {"sender": "Ollie", "text": "I will murder you on Rainbow Road. You will cry."},
  {"sender": "Freddie", "text": "lol ok mr confident. loser does the washing up at respite"},
  {"sender": "Ollie", "text": "Deal. I never lose at Rainbow Road."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Miss Kaur", "text": "Hi all! For Deaf Awareness Week, the resource base is doing a sponsored 1-hour silence on Friday, signing only. Sponsor forms are in bags."},
  {"sender": "Ben's mum", "text": "Ben's very excited. He wants to know if he can sign to the dinner ladies."},
  {"sender": "Miss Kaur", "text": "Yes, we've taught them 'thank you' and 'please'!"},
  {"sender": "Layla's dad", "text": "Love it. Money goes to the Deaf Children's Fund?"},
  {"sender": "Miss Kaur", "text": "That's right. And odd socks for Friday as well if they want."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "Caleb", "role": "child"}, {"id": "Priya", "role": "child"}],
 "messages": [
  {"sender": "Caleb", "text": "this maths homework is actually killing me"},
  {"sender": "Priya", "text": "same. I want to die. question 7 makes no sense"},
  {"sender": "Caleb", "text": "and the wifi keeps dropping. I'm going to throw the router out the window"},
  {"sender": "Priya", "text": "don't, your dad will murder you lol. ask Mr Finch tomorrow, he explains it with pizza"},
  {"sender": "Caleb", "text": "pizza fractions. fine. I'll survive"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "taxi_dispatch", "role": "adult"}, {"id": "parent_ravi", "role": "adult"}],
 "messages": [
  {"sender": "taxi_dispatch", "text": "Dunmere Travel: the driver for Aryan's afternoon run is stuck in traffic on the ring road, ETA 3.50 instead of 3.30. The school has been told."},
  {"sender": "parent_ravi", "text": "Thanks. Is the escort with him? He'll be upset about the change."},
  {"sender": "taxi_dispatch", "text": "Yes, Maureen is in the car. She'll show him the 'late taxi' card."},
  {"sender": "parent_ravi", "text": "Can you text me when they leave school? I'll track him on our family app from there."},
  {"sender": "taxi_dispatch", "text": "Will do."},
  {"sender": "taxi_dispatch", "text": "Left school 3.52. Home approx 4.15."},
  {"sender": "parent_ravi", "text": "Got it, I can see them on the map. Thank you."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "bsl_tutor_karen", "role": "adult"}, {"id": "dami", "role": "child"}],
 "messages": [
  {"sender": "bsl_tutor_karen", "text": "Hi Dami! Please send me a video of you signing this week's 10 new words so I can check your handshapes."},
  {"sender": "dami", "text": "[video] I did them in my bedroom. The light is bad."},
  {"sender": "bsl_tutor_karen", "text": "That's fine. 'Holiday' and 'Tuesday' are spot on. Try 'Wednesday' again slower?"},
  {"sender": "dami", "text": "[video]"},
  {"sender": "bsl_tutor_karen", "text": "Perfect. Level 2 exam on the 19th, you're ready!"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "gran", "role": "adult"}, {"id": "mum_lisa", "role": "adult"}, {"id": "dad_rob", "role": "adult"}, {"id": "evie", "role": "child"}, {"id": "max", "role": "child"}],
 "messages": [
  {"sender": "mum_lisa", "text": "Family holiday chat! Cottage booked in Penmarrow, 26-30 July."},
  {"sender": "gran", "text": "Lovely. What's the address so I can send a card for Evie's birthday while you're there?"},
  {"sender": "mum_lisa", "text": "Blackthorn Cottage, Harbour Lane, Penmarrow. I'll put it on the fridge too."},
  {"sender": "evie", "text": "Is there wifi. What is the password."},
  {"sender": "dad_rob", "text": "The owner will send it on the day. It's usually on a card in the kitchen."},
  {"sender": "max", "text": "Are there trains there."},
  {"sender": "mum_lisa", "text": "A little steam railway! We'll go on Tuesday."},
  {"sender": "max", "text": "Which day is Tuesday. Is it the 27th or 28th."},
  {"sender": "dad_rob", "text": "28th, mate. I'll make you a visual calendar."},
  {"sender": "max", "text": "Is it definitely the 28th."},
  {"sender": "mum_lisa", "text": "Definitely the 28th, love."},
  {"sender": "gran", "text": "Is there a theme park near?"},
  {"sender": "dad_rob", "text": "Adventure Cove on Thursday. Kids, we'll all share locations on the family app that day so nobody gets lost in the crowds."},
  {"sender": "evie", "text": "Can I turn it off after."},
  {"sender": "dad_rob", "text": "Yes, straight after we leave."},
  {"sender": "max", "text": "Can Gran see my location too."},
  {"sender": "gran", "text": "I don't know how to use that app darling! I'll just wave."},
  {"sender": "evie", "text": "I will pack my own case this time. It is a secret what is in it."},
  {"sender": "mum_lisa", "text": "As long as there are pants and a toothbrush, your secret is safe!"},
  {"sender": "max", "text": "Is it the 28th."},
  {"sender": "dad_rob", "text": "Yes mate, Tuesday the 28th, steam train at 11."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "SchoolHub", "text": "SchoolHub: your verification code is 118204. Do not share this code. School staff will never ask you for it."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "counsellor_niamh", "role": "adult"}, {"id": "kofi", "role": "child"}],
 "messages": [
  {"sender": "counsellor_niamh", "text": "Hi Kofi, thanks for coming to see me today. You mentioned a friend called Rico who you talk to online. Can I ask a few questions about him?"},
  {"sender": "kofi", "text": "Yes. He is my friend."},
  {"sender": "counsellor_niamh", "text": "How did you meet him?"},
  {"sender": "kofi", "text": "He is my cousin in Birmingham. We play Skyforge. My auntie is his mum."},
  {"sender": "counsellor_niamh", "text": "That's nice. Has he ever asked you to keep anything secret or to send anything?"},
  {"sender": "kofi", "text": "No. He asked for the cheat code for level 9. That is not a secret, it is on the internet."},
  {"sender": "counsellor_niamh", "text": "Ha, fair enough. Does your mum know you talk to him?"},
  {"sender": "kofi", "text": "Yes. She talks to my auntie on the phone while we play."},
  {"sender": "counsellor_niamh", "text": "That sounds really positive. Thanks for telling me, Kofi."}
 ],
 "labels": [], "evasion": False, "note": ""}
]
