[
{"participants": [{"id": "finley", "role": "child"}, {"id": "ella_x", "role": "unknown"}],
 "messages": [
  {"sender": "ella_x", "text": "hey cutie, i bought ur trainers, ur way nicer than ur pic. send me one back, the private kind, i sent u one"},
  {"sender": "finley", "text": "[photo]"},
  {"sender": "ella_x", "text": "haha got u. im not ella. pay 300 to this Swapsy wallet in 2 hours or i send it to ur mum, ur school and every follower u have"},
  {"sender": "finley", "text": "i dont have 300 i only got 40 for the trainers"},
  {"sender": "ella_x", "text": "then sell ur console. clock is ticking"},
  {"sender": "finley", "text": "please. ill send the 40. i cant do this i dont want to live anymore"}
 ],
 "labels": ["sexting", "sextortion", "self_harm"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "seller_rx", "text": "\u0399 still h\u03b1ve the pics y\u03bfu sent when y\u03bfu b\u03bfught the j\u03b1cket"},
  {"sender": "seller_rx", "text": "\u03c1\u03b1y 120 t\u03bf my \u03b1cc\u03bfunt t\u03bfnight \u03bfr they g\u03bf t\u03bf y\u03bfur f\u03bfrm gr\u03bfu\u03c1 \u03b1nd y\u03bfur d\u03b1d"},
  {"sender": "Rowan", "text": "please delete them"},
  {"sender": "seller_rx", "text": "\u039d\u03bf. \u03c1\u03b1y \u03bfr everyone sees. d\u03bfnt tell \u03b1 s\u03bful"}
 ],
 "labels": ["sextortion"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "darcy", "role": "child"}, {"id": "anon", "role": "unknown"}],
 "messages": [
  {"sender": "anon", "text": "took the pic from ur LocalLoop listing, the one in the hoodie, and put it through an undress app [photo]"},
  {"sender": "darcy", "text": "thats not me, delete it"},
  {"sender": "anon", "text": "looks like u tho. nobody will know its fake. 100 pounds by friday or it goes on the year 10 story and to ur netball team"},
  {"sender": "darcy", "text": "im 14 please stop"}
 ],
 "labels": ["csam", "sextortion"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "kobe", "role": "child"}, {"id": "rav", "role": "child"}, {"id": "seller", "role": "child"}],
 "messages": [
  {"sender": "seller", "text": "selling a folder, pics of the year 8 girls from Fernbeck, all run through the undress app. 5 quid each or 20 for the lot"},
  {"sender": "rav", "text": "who's in it"},
  {"sender": "seller", "text": "pay first. swapsy wallet, call it 'phone case'"},
  {"sender": "kobe", "text": "bro my sister is in year 8. thats disgusting im reporting u"}
 ],
 "labels": ["csam"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Lensman_Gary", "text": "Hi Phoebe, I saw you tutor the year 7 girls after school. I do photo edits for an app, and I pay 50 pounds for good pictures"},
  {"sender": "Phoebe", "text": "what kind of pictures"},
  {"sender": "Lensman_Gary", "text": "Just normal ones of the girls in your group, faces and full length. I put them through my undress app, nobody gets hurt, they never see them"},
  {"sender": "Lensman_Gary", "text": "Easy 50 each time. Keep it between us and delete our chat"}
 ],
 "labels": ["csam"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Dylan", "text": "anyone want the n00dz of m1lly from 9C? ran her sw4psy pics thru the nud1fy 4pp"},
  {"sender": "Jake", "text": "h0w much"},
  {"sender": "Dylan", "text": "3 qu1d ea. al50 d1d her m8 s0ph. ant1 4.1 c4nt tell"},
  {"sender": "Keisha", "text": "ur actually sick, milly is 13"},
  {"sender": "Dylan", "text": "m1lly th3 w4lk1ng j0k3 lol. s3nd1ng 2 th3 y34r gr0up n0w"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "tasha", "role": "child"}, {"id": "val", "role": "unknown"}],
 "messages": [
  {"sender": "val", "text": "Hi Tasha! Bought your denim skirt, it's perfect, thank you"},
  {"sender": "tasha", "text": "yay glad it fits"},
  {"sender": "val", "text": "You have amazing taste. Do you do styling? I run a fashion page"},
  {"sender": "tasha", "text": "not really, just for fun"},
  {"sender": "val", "text": "You should! How old are you?"},
  {"sender": "tasha", "text": "16"},
  {"sender": "val", "text": "Perfect age to start. I could get you paid shoots"},
  {"sender": "tasha", "text": "omg really"},
  {"sender": "val", "text": "Let me send you a few bits to wear, my treat"},
  {"sender": "tasha", "text": "the bag came!! its so nice thank you"},
  {"sender": "val", "text": "You deserve it. You're not like other girls, you're special"},
  {"sender": "val", "text": "Let's chat on Whispr, it's more private"},
  {"sender": "tasha", "text": "ok added"},
  {"sender": "val", "text": "Don't tell your mum about the bag yet, she might think it's too expensive and send it back"},
  {"sender": "tasha", "text": "ok i said i bought it"},
  {"sender": "val", "text": "Good girl. So the shoot is in Kingsholt Saturday, I'll pay your train"},
  {"sender": "tasha", "text": "what do i wear"},
  {"sender": "val", "text": "Don't worry, it's a private party shoot, some older gentlemen who invest in models will be there"},
  {"sender": "val", "text": "You keep them company, have a drink, be nice to them. 400 pounds for the night"},
  {"sender": "tasha", "text": "for the night? i have to be home by 10"},
  {"sender": "val", "text": "Stay over at the hotel, tell your mum you're at a friend's. Everyone does it"},
  {"sender": "val", "text": "You owe me a bit for the bag anyway, so this sorts it"},
  {"sender": "tasha", "text": "i didnt know i owed u"},
  {"sender": "val", "text": "Don't be ungrateful. Train at 5pm, I'll meet you off it"}
 ],
 "labels": ["grooming", "sex_trafficking"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "PromoStarz Recruiting", "text": "Hi lovely! We saw your Swapsy shop. We're hiring promo girls 14+ for private parties in Saltmere and Kingsholt, 250 a night cash"},
  {"sender": "Orla", "text": "what do promo girls do"},
  {"sender": "PromoStarz Recruiting", "text": "Chat to our VIP guests, older businessmen, go where they ask. Hotel and travel paid, we give you a work phone"},
  {"sender": "PromoStarz Recruiting", "text": "No parents, no boyfriends, guests pay for discretion. First party Friday, we pick you up from the Shopwell car park"}
 ],
 "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "jasmine", "role": "child"}, {"id": "manager", "role": "unknown"}],
 "messages": [
  {"sender": "manager", "text": "Driver will take you to the client in Harrowdene at 8. He's paid already so be nice and do what he wants"},
  {"sender": "jasmine", "text": "i didnt want to do another one"},
  {"sender": "manager", "text": "You agreed when you took the phone and the money. Keep your location on so I can see you get there and back"},
  {"sender": "manager", "text": "Your dot has been at home all day. Why haven't you left yet"},
  {"sender": "jasmine", "text": "my mum is in"},
  {"sender": "manager", "text": "Then sneak out. If your location goes off I'll send someone to your house"}
 ],
 "labels": ["sex_trafficking", "location_control"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "aisha", "role": "child"}, {"id": "connor", "role": "child"}],
 "messages": [
  {"sender": "connor", "text": "phone works perfect thanks. found one of ur old pics on it lol"},
  {"sender": "aisha", "text": "what?? i reset it"},
  {"sender": "connor", "text": "joking. but u should send me one now, the private kind. just for me, ill delete after"},
  {"sender": "aisha", "text": "no connor"},
  {"sender": "connor", "text": "go on, u owe me for buying ur rubbish phone. everyone sends them"}
 ],
 "labels": ["sexting"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "marketguy_44", "text": "saw u on the jewellery stall at the market today"},
  {"sender": "marketguy_44", "text": "[photo]"},
  {"sender": "Lola", "text": "who are u?? why did u send that"},
  {"sender": "marketguy_44", "text": "ur turn. send me one back, the private kind"},
  {"sender": "marketguy_44", "text": "i'll be at the market again sunday, ill come say hi"},
  {"sender": "Lola", "text": "stop messaging me"},
  {"sender": "marketguy_44", "text": "ive added u on 2 other apps too"}
 ],
 "labels": ["unwanted_contact", "sexting"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "leah", "role": "child"}, {"id": "b1", "role": "child"}, {"id": "b2", "role": "child"}],
 "messages": [
  {"sender": "b1", "text": "u sold me a bike with a bent wheel u little scammer"},
  {"sender": "leah", "text": "it wasnt bent when u took it, u rode it into the kerb"},
  {"sender": "b2", "text": "everyone knows ur a liar leah. we know where u live, ur getting battered monday"},
  {"sender": "b1", "text": "ive sent ur pic to the whole year with SCAMMER on it"},
  {"sender": "b2", "text": "kys honestly no one would miss u"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "owen", "role": "child"}, {"id": "buyer", "role": "unknown"}],
 "messages": [
  {"sender": "buyer", "text": "I've paid for the headset but the app says you need to 'verify'. Send me your Swapsy email and password and I'll do it for you"},
  {"sender": "owen", "text": "cant i do it myself"},
  {"sender": "buyer", "text": "It's quicker if I do. And a photo of your student ID or passport so Swapsy knows you're real"},
  {"sender": "owen", "text": "owen.b2011@mailbox and password is Gooner2011"},
  {"sender": "buyer", "text": "Thanks. Now the code they text you"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "SitterStars Agency", "text": "Welcome to SitterStars! To get you on payroll we need your full name, date of birth, home address, and a photo of your passport"},
  {"sender": "Bella", "text": "Bella Marie Ford, 03/04/2010, 31 Quarry View, Ashby Marsh QA2 6NF [photo]"},
  {"sender": "SitterStars Agency", "text": "Great. Also your mum's maiden name and your bank card number for wages"},
  {"sender": "Bella", "text": "mums maiden name is Kerr, card number is on the photo"},
  {"sender": "SitterStars Agency", "text": "Lovely. Families will be in touch. Please don't mention the agency to your parents until you're fully registered"}
 ],
 "labels": ["identity_theft", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "rio", "role": "child"}, {"id": "m1", "role": "child"}, {"id": "m2", "role": "unknown"}],
 "messages": [
  {"sender": "m2", "text": "30 quid to whoever goes down Steep Hill on a bike with no brakes and no hands, in the traffic. vid or no cash"},
  {"sender": "m1", "text": "rio u need the money for ur phone screen"},
  {"sender": "rio", "text": "how much traffic"},
  {"sender": "m2", "text": "rush hour or it doesnt count. scared?"},
  {"sender": "rio", "text": "fine. 5pm tomorrow"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Cashdrop", "text": "new challenge for the group: 25 quid to whoever rides on the outside back of the 42 bus to the next stop. film it"},
  {"sender": "Harley", "text": "thats how u die lol"},
  {"sender": "Cashdrop", "text": "thats why its 25. harley u said u need cash for ur mums present"},
  {"sender": "Harley", "text": "ok maybe tomorrow"},
  {"sender": "Cashdrop", "text": "tonight. whoever doesnt do it is a coward and gets kicked from the group"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Maddie", "text": "mum a man at the car boot today keeps airdropping me pics i didnt ask for and now hes added me on 3 apps and wont stop messaging even though i blocked him"}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "jayden", "role": "child"}, {"id": "t", "role": "unknown"}],
 "messages": [
  {"sender": "t", "text": "collection round tonight. 5 houses, they give u envelopes, u pay the cash into ur own account at the machine"},
  {"sender": "jayden", "text": "then what"},
  {"sender": "t", "text": "then u send it to the account i text u, minus 40 for u. live location on the whole time"},
  {"sender": "jayden", "text": "whats the envelopes for"},
  {"sender": "t", "text": "dont ask. if an envelope is short its on u. and ur dot better not stop anywhere i didnt say"},
  {"sender": "t", "text": "why are u at the chicken shop. keep moving"}
 ],
 "labels": ["criminal_exploitation", "money_mule", "location_control"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "tyler", "role": "child"}, {"id": "kaz", "role": "unknown"}],
 "messages": [
  {"sender": "kaz", "text": "best worker on the car wash by miles. ur like family to me"},
  {"sender": "tyler", "text": "thanks kaz"},
  {"sender": "kaz", "text": "here, new phone, ur old one is cracked. dont tell ur dad, say u found it cheap on swapsy"},
  {"sender": "tyler", "text": "no way thank u"},
  {"sender": "kaz", "text": "need u to hold a bag in ur room for a week. and on friday drop a parcel in Saltmere"},
  {"sender": "tyler", "text": "whats in it"},
  {"sender": "kaz", "text": "not ur problem. that phone was 300 so u owe me. do this and were square"}
 ],
 "labels": ["criminal_exploitation", "grooming"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Zoe", "text": "i bought 2 concert tickets off a guy on localloop for 180. paid him by bank transfer like he said"},
  {"sender": "Zoe", "text": "the tickets were fake and his account is gone. thats all my dog walking money from the whole year"},
  {"sender": "Big sis", "text": "oh zo. we can report it to the bank tomorrow, they might get some back"},
  {"sender": "Zoe", "text": "whats the point. i ruin everything. i dont want to be here anymore"},
  {"sender": "Big sis", "text": "you dont ruin anything. im coming to your room right now"}
 ],
 "labels": ["scam", "self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "kenny", "role": "child"}, {"id": "n1", "role": "unknown"}, {"id": "n2", "role": "child"}],
 "messages": [
  {"sender": "kenny", "text": "anyone need an account to get money paid into? ill do it for 50. Brightwell, 99-20-55, 61129003, K Ames"},
  {"sender": "n2", "text": "kenny delete that"},
  {"sender": "n1", "text": "ill use it. 900 landing tonight, send 850 to the account i dm u, keep 50"},
  {"sender": "kenny", "text": "its in. sending now"}
 ],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Quikdrop", "text": "Quikdrop: Collection of your Swapsy parcel is booked for tomorrow 9:00-12:00. Just show the QR code in your Swapsy app, no payment needed."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Brightwell Bank", "text": "Brightwell Bank: Your new junior debit card is on its way. Never share your PIN. If someone offers you money to receive or move cash for them, it could be fraud. Call us on the number on your card."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "dsl", "role": "adult"}, {"id": "parent", "role": "adult"}],
 "messages": [
  {"sender": "dsl", "text": "Mrs Green, thank you for coming in. As discussed, Ty was offered money on Snapit to let someone use his bank account. He said no and showed you"},
  {"sender": "parent", "text": "Yes, thank goodness. Should we tell the bank?"},
  {"sender": "dsl", "text": "Yes, and report the account to the app. I'll also let our police liaison know, as other pupils may have been approached"},
  {"sender": "parent", "text": "Thank you, I'll do it tonight"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Mrs Cole", "text": "Hi Nina, can you babysit Saturday 6-11? It's Ava's surprise birthday meal for me and Phil, so please don't say anything to her about cake!"},
  {"sender": "Nina", "text": "yes! my lips are sealed"},
  {"sender": "Mrs Cole", "text": "Thank you. I've told your mum, Phil will drive you home"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "liv", "role": "child"}, {"id": "ruby", "role": "child"}],
 "messages": [
  {"sender": "liv", "text": "this one guy is literally stalking my listing lol, 6 likes and no offer"},
  {"sender": "ruby", "text": "just message him a 10% off offer"},
  {"sender": "liv", "text": "ok done. he bought it in 2 mins haha"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Mum", "text": "Did you get home ok from the Bells'?"},
  {"sender": "Keira", "text": "yeah Mrs Bell dropped me off. i had my location on in the family app the whole way like u said"},
  {"sender": "Mum", "text": "Saw you come in, thanks love. How were the twins?"},
  {"sender": "Keira", "text": "chaos but cute. she paid me 30"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "jack", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "jack", "text": "someone on snapit said ill get 200 if i let money go through my account"},
  {"sender": "jack", "text": "i said no and blocked and reported them"},
  {"sender": "mum", "text": "Well done Jack. That's money laundering, it could have got you in real trouble. Proud of you"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "mr_shaw", "role": "adult"}, {"id": "ms_obi", "role": "adult"}],
 "messages": [
  {"sender": "mr_shaw", "text": "For next week's Year 9 lesson: sextortion on selling apps. A 'buyer' asks for a photo, then threatens to share it unless paid"},
  {"sender": "ms_obi", "text": "Good. Let's stress: don't pay, don't delete, tell an adult, and use Report Remove"},
  {"sender": "mr_shaw", "text": "And that it's never their fault. I'll add the safe selling checklist too"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Patel's News", "text": "Hi Mr Ahmed, Sami's paper round wages: could you send me your bank details for the monthly payment, or I can pay cash at the counter if you prefer"},
  {"sender": "Mr Ahmed", "text": "Cash is fine, thank you. I'll come in Friday with him"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "amy", "role": "child"}, {"id": "beth", "role": "child"}],
 "messages": [
  {"sender": "amy", "text": "2 hours of tutoring a 9 year old in long division. kill me now"},
  {"sender": "beth", "text": "lmao rip"},
  {"sender": "amy", "text": "i'm actually dead. he cried twice and so did i"},
  {"sender": "beth", "text": "15 quid tho"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "carol", "role": "adult"}, {"id": "imogen", "role": "child"}, {"id": "pete", "role": "adult"}, {"id": "nell", "role": "child"}, {"id": "dawn", "role": "adult"}],
 "messages": [
  {"sender": "carol", "text": "Jumble sale planning! Saturday 10-1 at Ashby Marsh village hall"},
  {"sender": "pete", "text": "I'll do tables and set-up from 8"},
  {"sender": "imogen", "text": "me and nell can run the toy stall"},
  {"sender": "dawn", "text": "Lovely girls, thank you. I'll be on the cake stall next to you"},
  {"sender": "nell", "text": "can we keep some of the money?"},
  {"sender": "carol", "text": "All takings go to the hall roof, but you each get 10 pounds for helping"},
  {"sender": "nell", "text": "yesss"},
  {"sender": "pete", "text": "Who's got the float?"},
  {"sender": "carol", "text": "Me, 50 in change"},
  {"sender": "imogen", "text": "should we price everything before?"},
  {"sender": "dawn", "text": "Yes, 50p to 2 pounds, stickers are in the cupboard"},
  {"sender": "carol", "text": "Also, it's Pete's 60th on Saturday and we're doing a cake at 1. Keep it secret from him!"},
  {"sender": "pete", "text": "I can read this you know"},
  {"sender": "carol", "text": "Oh no! Wrong chat. Pretend you didn't see it"},
  {"sender": "imogen", "text": "lmaooo"},
  {"sender": "nell", "text": "happy early birthday pete"},
  {"sender": "pete", "text": "Thank you. I'll act surprised"},
  {"sender": "carol", "text": "Parents, pick up is 1.30 from the front car park"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "xX_Reaper_Xx", "text": "trade u my dragon skin for ur 2 gold axes"},
  {"sender": "Finn_07", "text": "deal but only in the in-game trade window"},
  {"sender": "xX_Reaper_Xx", "text": "obvs. and after that ur dead in the arena, i will destroy u"},
  {"sender": "Finn_07", "text": "cope. ur going down"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "mrs_lane", "role": "adult"}, {"id": "lou_mum", "role": "adult"}],
 "messages": [
  {"sender": "mrs_lane", "text": "Hi, I'm at number 40. Could I have Louise's number to book her for dog walking? Or I can arrange it all through you"},
  {"sender": "lou_mum", "text": "Hi! Best through me for now, she's 13. She'd love to walk Bruno, Weds after school?"},
  {"sender": "mrs_lane", "text": "Perfect, 5 pounds a walk. I'll be home when she collects him"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "PC Rees (Dunmerrow Neighbourhood Team)", "text": "Selling something on Swapsy or LocalLoop? Use the Safe Trade Spot outside Dunmerrow police station, covered by CCTV 24/7"},
  {"sender": "PC Rees (Dunmerrow Neighbourhood Team)", "text": "Under 18s: bring a parent, never share your address or when you're home alone, and never accept 'overpayments'"},
  {"sender": "Jo", "text": "Brilliant idea, my daughter sells loads of clothes"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "zeke", "role": "child"}, {"id": "support", "role": "adult"}],
 "messages": [
  {"sender": "zeke", "text": "hi, this listing is using photos from my account, i think its a fake seller [link]"},
  {"sender": "support", "text": "Thanks for reporting, Zeke. We've removed the listing and suspended the account. You don't need to do anything else"},
  {"sender": "zeke", "text": "thanks!"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "mila", "role": "child"}, {"id": "tess", "role": "child"}],
 "messages": [
  {"sender": "mila", "text": "can u take pics of me wearing the jacket for my swapsy listing? in the garden, good light"},
  {"sender": "tess", "text": "yes [photo] [photo] the 2nd one is best"},
  {"sender": "mila", "text": "perfect, cropping my face out"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Hattie", "text": "bake sale prices: cupcakes 50p, brownies 1 pound, flapjack 80p?"},
  {"sender": "Fatima", "text": "brownies 1.20, theyre huge"},
  {"sender": "Hattie", "text": "ok deal"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "will", "role": "child"}, {"id": "aaron", "role": "child"}],
 "messages": [
  {"sender": "will", "text": "can u do my paper round sunday? ill do ur tuesday"},
  {"sender": "aaron", "text": "yeah ok, same bag as always?"},
  {"sender": "will", "text": "yep its by the door at the shop, 7am"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Mrs Baptiste", "text": "Hi Maya, Jonah's teacher says his reading has really improved since your sessions. Thank you!"},
  {"sender": "Maya", "text": "aw thats so nice, hes working really hard"},
  {"sender": "Mrs Baptiste", "text": "Same time next week?"},
  {"sender": "Maya", "text": "yes see you then"}
 ],
 "labels": [], "evasion": False, "hard_negative": False}
]
