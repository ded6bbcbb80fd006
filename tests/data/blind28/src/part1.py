[
{
    "participants": [{"id": "lexi.m_04", "role": "unknown"}, {"id": "harv_17x", "role": "child"}],
    "messages": [
        {"sender": "lexi.m_04", "text": "so thats it? u just go quiet after what u sent me"},
        {"sender": "harv_17x", "text": "what do u mean? i thought we were just chatting"},
        {"sender": "lexi.m_04", "text": "I screenshotted everything babe. every message. and I've got your follower list open rn"},
        {"sender": "lexi.m_04", "text": "\u00a3250 in Gamevault cards by 9pm or your mum, your football team and everyone at Cartwright High gets the lot"},
        {"sender": "harv_17x", "text": "please dont im 15 i dont have that kind of money"},
        {"sender": "lexi.m_04", "text": "not my problem. clock's ticking. send the codes as pics. 2 hours"}
    ],
    "labels": ["sextortion"],
    "evasion": False
},
{
    "messages": [
        {"sender": "\u2728Amira\u2728", "text": "u th1nk i w0nt d0 it? 1 cl1ck and ur n4n sees 3very th1ng"},
        {"sender": "Dyl", "text": "ive sent u 80 quid already thats all i had"},
        {"sender": "\u2728Amira\u2728", "text": "n0t 3n0ugh. 150 m0r3 by t0m0rr0w or th3 gr0up ch4t g3ts it. r3m3mb3r i kn0w ur sch00l"},
        {"sender": "Dyl", "text": "please. i cant get more. honestly id rather not be here than have everyone see"},
        {"sender": "Dyl", "text": "im done, ill just end it tonight and you can keep ur money"},
        {"sender": "\u2728Amira\u2728", "text": "p4y 0r p0st. ur ch01c3"}
    ],
    "labels": ["sextortion", "self_harm"],
    "evasion": True
},
{
    "messages": [
        {"sender": "Tash", "text": "did anyone see that thing on the news about the boy from Stellbridge"},
        {"sender": "Rio", "text": "the one who got tricked by a fake girl account?? thats so grim"},
        {"sender": "Bex", "text": "they made him pay them and it just kept going. police said its gangs abroad doing it"},
        {"sender": "Kwame", "text": "my brother said his whole year got a talk about it. never pay, screenshot, tell someone"},
        {"sender": "Tash", "text": "yeah and apparently u can get the pics taken down, theres a site for it"},
        {"sender": "Rio", "text": "tbh if that happened to me id tell my mum even if it was awkward"}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "Connor B", "text": "who's got that undress app, the AI one"},
        {"sender": "Jayden", "text": "why"},
        {"sender": "Connor B", "text": "gonna put Maisie's prom pic through it and drop it in here, see her face monday \ud83d\ude02"},
        {"sender": "Ollie", "text": "bro thats actually illegal"},
        {"sender": "Connor B", "text": "its not real tho so who cares. someone send me the link"},
        {"sender": "Jayden", "text": "my cousin has it, ill get him to do it for u, he did Leah's one last week"}
    ],
    "labels": ["csam", "cyberbullying"],
    "evasion": False
},
{
    "participants": [{"id": "hollybrook_cafe", "role": "adult"}, {"id": "nia_w", "role": "child"}],
    "messages": [
        {"sender": "hollybrook_cafe", "text": "Hi Nia, thanks for applying for the Saturday assistant role at Hollybrook Caf\u00e9. We'd like to invite you for a short interview on Thursday at 4.30pm at the caf\u00e9. You're welcome to bring a parent or carer."},
        {"sender": "nia_w", "text": "Hi thank you!! yes I can come, my mum will come with me"},
        {"sender": "hollybrook_cafe", "text": "Lovely. As you're 16 the hours are 9-3 with a 30-minute break, paid at the rate in the advert. If you're offered the role, at your induction we'll ask for your National Insurance number and bank details on our paper payroll form, which you fill in here with our manager, never by message."},
        {"sender": "nia_w", "text": "ok perfect. do I need to bring anything on thursday?"},
        {"sender": "hollybrook_cafe", "text": "Just yourself. We'll also need a parental consent form signed before your first shift. See you Thursday."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "velvetrose.events", "role": "unknown"}, {"id": "kaylaa.j", "role": "child"}],
    "messages": [
        {"sender": "velvetrose.events", "text": "Hey gorgeous \ud83d\udc95 we've been looking at your page, you've got exactly the look our clients love"},
        {"sender": "velvetrose.events", "text": "We run VIP hostess nights at private villas in Puerto Celeste. Flights, hotel, outfits all covered, \u00a3800 for a weekend"},
        {"sender": "kaylaa.j", "text": "omg really? im only 16 tho is that ok"},
        {"sender": "velvetrose.events", "text": "16 is perfect hun, the gentlemen prefer younger girls who are chatty and fun. You just keep them company, drinks, dancing, maybe stay on a bit later if they ask"},
        {"sender": "velvetrose.events", "text": "Best not to mention it to your parents yet, they won't get it. We can sort the passport side, just send me your DOB"},
        {"sender": "kaylaa.j", "text": "ok ill think about it, can my friend come"},
        {"sender": "velvetrose.events", "text": "Of course, bring her and we'll add a \u00a3200 bonus for you \ud83d\ude18"}
    ],
    "labels": ["sex_trafficking", "grooming"],
    "evasion": False
},
{
    "participants": [{"id": "northlight_models", "role": "adult"}, {"id": "parent_sandra", "role": "adult"}],
    "messages": [
        {"sender": "northlight_models", "text": "Dear Ms Okoro, thank you for sending Saffie's snapshots. As she is 15, all of our contact will be with you rather than with Saffie directly."},
        {"sender": "northlight_models", "text": "We are a licensed agency and we never charge registration or portfolio fees. If we offer representation, any booking will need a child performance licence from your local authority, and you or a named chaperone must attend every job."},
        {"sender": "parent_sandra", "text": "Thank you, that's reassuring. Could we visit your office first?"},
        {"sender": "northlight_models", "text": "Of course. Our office at Canal Wharf is open Tuesday to Friday. Please bring Saffie's passport or birth certificate when you visit so we can check her age in person; please don't send it by email."},
        {"sender": "parent_sandra", "text": "Great, we'll come next Wednesday after school."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "07700900412", "role": "unknown"}],
    "messages": [
        {"sender": "07700900412", "text": "STUDENT CASH \ud83d\udcb8 Got a bank acct? We pay in, u pass it on same day & pocket 15% for ur trouble. No CV, no interview, 16+ welcome. Txt READY to 07700 900412"}
    ],
    "labels": ["money_mule"],
    "evasion": False
},
{
    "messages": [
        {"sender": "HarbourlineBank", "text": "Harbourline Bank: Did you just try to pay \u00a349.99 to GAMEVAULT LTD on your card ending 4417? Reply Y if it was you or N if not. We will never ask for your PIN, passcode or for you to move money."}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "milliejayne.x", "text": "FINALLY MOVED IN \ud83c\udfe1\ud83d\udc95 27 Larchmere Close, Dunfordley, the one with the blue door. parents are at my aunties all weekend so house party Saturday, everyone welcome, bring ppl"},
        {"sender": "soph.xo", "text": "omg yesss \ud83d\udd25"},
        {"sender": "random_acc_929", "text": "what time u want people there"},
        {"sender": "milliejayne.x", "text": "from 8 till whenever lol, ill be on my own til then so just knock"}
    ],
    "labels": ["privacy_disclosure"],
    "evasion": False
},
{
    "participants": [{"id": "xVortexKingx", "role": "unknown"}, {"id": "mo_plays", "role": "child"}],
    "messages": [
        {"sender": "xVortexKingx", "text": "yo"},
        {"sender": "xVortexKingx", "text": "u there?"},
        {"sender": "xVortexKingx", "text": "saw u in the Riftfall server, add me back"},
        {"sender": "mo_plays", "text": "sorry who are you"},
        {"sender": "xVortexKingx", "text": "a friend. why did u decline me"},
        {"sender": "xVortexKingx", "text": "answer me"},
        {"sender": "mo_plays", "text": "i dont know you pls stop messaging"},
        {"sender": "xVortexKingx", "text": "ill just keep making accounts till u reply. u cant block all of them"},
        {"sender": "xVortexKingx", "text": "hello??"}
    ],
    "labels": ["unwanted_contact"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Deji", "text": "happy birthday to the worst goalkeeper in Year 11 \ud83c\udf82"},
        {"sender": "Aimee", "text": "17 and still cant ride a bike without falling off \ud83d\ude2d"},
        {"sender": "Lucas", "text": "ur all getting uninvited from my party"},
        {"sender": "Deji", "text": "u wouldnt survive a day without us and u know it"},
        {"sender": "Lucas", "text": "watch me. ok fine u can come but ur bringing cake"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "jess_h", "role": "child"}, {"id": "rania", "role": "child"}],
    "messages": [
        {"sender": "jess_h", "text": "i dont really see the point of anything anymore"},
        {"sender": "rania", "text": "hey whats happened? talk to me"},
        {"sender": "jess_h", "text": "nothing happened. thats the thing. i just feel like everyone would cope fine if i wasnt around"},
        {"sender": "jess_h", "text": "some nights i think about hurting myself just so i feel something different"},
        {"sender": "rania", "text": "jess im really glad you told me. can i ring you? and can we go to Ms Adeyemi tomorrow together"},
        {"sender": "jess_h", "text": "maybe. just dont hate me"}
    ],
    "labels": ["self_harm"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Kez", "text": "why is Ella even still in this chat"},
        {"sender": "Ty", "text": "fr shes so annoying, no one asked her to come to Peri Palace"},
        {"sender": "Shannon", "text": "Ella do us all a favour and log off permanently \ud83d\ude2d"},
        {"sender": "Ty", "text": "n o b o d y  w o u l d  m i s s  y o u  i f  y o u  w e n t"},
        {"sender": "Kez", "text": "go on then, prove it"},
        {"sender": "Ella_R", "text": "why are you all being like this"}
    ],
    "labels": ["cyberbullying", "self_harm"],
    "evasion": True
},
{
    "messages": [
        {"sender": "Leah", "text": "ok new plan for Amara's surprise 18th, DONT say anything in the main chat shes in it"},
        {"sender": "Jordan", "text": "my lips are sealed \ud83e\udd10"},
        {"sender": "Fatima", "text": "can we delete this chat after so she doesnt see it on my phone, she always grabs it"},
        {"sender": "Leah", "text": "yeah ill delete once its done. her mums giving us the key to the function room at 6"},
        {"sender": "Jordan", "text": "what do we tell her if she asks what were doing sat?"},
        {"sender": "Leah", "text": "say were revising lol she'll never believe it"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "GhostRider_88", "role": "unknown"}, {"id": "ellis_w", "role": "child"}],
    "messages": [
        {"sender": "GhostRider_88", "text": "ur cracked at this game for real, better than half my clan"},
        {"sender": "ellis_w", "text": "thanks lol been playing since i was like 10"},
        {"sender": "GhostRider_88", "text": "so ur what, 13? 14?"},
        {"sender": "ellis_w", "text": "14 in march"},
        {"sender": "GhostRider_88", "text": "mature for 14 tbh. im 20 but u chat like someone my age"},
        {"sender": "GhostRider_88", "text": "ill gift u the season pass if u want, just dont go telling ur parents, theyll think its weird"},
        {"sender": "GhostRider_88", "text": "add me on Whisperly, its better than this chat, the mods here read everything"},
        {"sender": "ellis_w", "text": "ok whats ur username"}
    ],
    "labels": ["grooming"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Zain", "text": "can someone ping me a photo of the chem sheet, left mine in the lab"},
        {"sender": "Holly", "text": "[photo] q4 is wrong btw i couldnt do it"},
        {"sender": "Mikey", "text": "just copy mine [photo] but change some answers so Mrs Hale doesnt clock"},
        {"sender": "Zain", "text": "legends. deleting these after so i dont get caught lol"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "chloe_x_23", "role": "unknown"}, {"id": "reece", "role": "child"}],
    "messages": [
        {"sender": "chloe_x_23", "text": "before u go. look what i saved [photo]"},
        {"sender": "reece", "text": "wtf why did u screenshot that. u said u were deleting"},
        {"sender": "chloe_x_23", "text": "funny. ur Spark profile says 19 but ur Picstream says Year 11 at Holmfield. bet the school would love to see this"},
        {"sender": "chloe_x_23", "text": "\u00a3400 by midnight and it goes away. account details coming now"},
        {"sender": "reece", "text": "im 16 i dont have \u00a3400"},
        {"sender": "chloe_x_23", "text": "then ask ur dad. or i send it to the school page and tag him"}
    ],
    "labels": ["sextortion"],
    "evasion": False
},
{
    "participants": [{"id": "mayarose.giveaways", "role": "unknown"}, {"id": "tilly_b", "role": "child"}],
    "messages": [
        {"sender": "mayarose.giveaways", "text": "CONGRATS \ud83c\udf89 you've been picked as a winner in Maya Rose's 200k celebration giveaway! You've won the AirBuds Pro \ud83c\udfa7"},
        {"sender": "tilly_b", "text": "omg no way!! what do i do"},
        {"sender": "mayarose.giveaways", "text": "Just cover the \u00a33.99 tracked postage so we can ship today. Fill in your card at [link] or send the details here and our team will do it"},
        {"sender": "tilly_b", "text": "ok its 4658 2210 9831 0042 exp 11/28 and the back is 371"},
        {"sender": "mayarose.giveaways", "text": "Perfect! Also the code that's just been texted to you, our system needs it to confirm the payment"}
    ],
    "labels": ["scam", "privacy_disclosure"],
    "evasion": False
},
{
    "participants": [{"id": "Loopchat", "role": "unknown"}],
    "messages": [
        {"sender": "Loopchat", "text": "Your Loopchat verification code is 482913. Do not share this code with anyone, including Loopchat staff. If you didn't ask for it, you can ignore this message."}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "Brandon", "text": "new rule, to stay in the squad u gotta do the blackout one from that trend and film it"},
        {"sender": "Kai", "text": "the one where u make urself pass out? thats dodgy man"},
        {"sender": "Brandon", "text": "stop being soft, Reuben already did his"},
        {"sender": "Reuben", "text": "[video] easy"},
        {"sender": "Brandon", "text": "Liam ur next, got till friday or ur removed"},
        {"sender": "Liam_T", "text": "fine ill do it tonight"}
    ],
    "labels": ["harmful_challenge"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Parcelpoint", "text": "Parcelpoint: Good news! Your parcel from Stitchbox will be delivered today between 13:10 and 14:10. No action needed. Manage your delivery in the Parcelpoint app."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "Bigz", "role": "unknown"}, {"id": "kian", "role": "child"}],
    "messages": [
        {"sender": "Bigz", "text": "u still want that easy money ting"},
        {"sender": "kian", "text": "how much"},
        {"sender": "Bigz", "text": "\u00a3400 a trip. u get the train to Wexbridge with a bag, drop it, come back. bossman sorts ur phone"},
        {"sender": "kian", "text": "whats in it"},
        {"sender": "Bigz", "text": "dont ask questions u dont need answers to. new phone stays on u and u keep the location on whole time, we watch the dot"},
        {"sender": "Bigz", "text": "if it goes off even once u got problems. sunday 7am, Fordham station"},
        {"sender": "kian", "text": "ok"}
    ],
    "labels": ["criminal_exploitation", "location_control"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Megan", "text": "right im leaving Jodie's now, its pitch black"},
        {"sender": "Sade", "text": "share ur location til ur in?"},
        {"sender": "Megan", "text": "[location] done, turning it off when im home"},
        {"sender": "Chlo", "text": "text the chat when ur through the door x"},
        {"sender": "Megan", "text": "home!! stopped sharing, night x"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "jaxon.streams", "role": "adult"}, {"id": "maddie_14", "role": "child"}],
    "messages": [
        {"sender": "jaxon.streams", "text": "hey! saw ur comment on my stream, ur actually really funny"},
        {"sender": "maddie_14", "text": "OMG jaxon replied?? im literally shaking"},
        {"sender": "jaxon.streams", "text": "haha i dont usually talk to fans but ur different, u seem way older than 14"},
        {"sender": "jaxon.streams", "text": "my manager checks these DMs tho so lets move to Whisperly, just us. and keep it between us yeah, people get jealous"},
        {"sender": "jaxon.streams", "text": "ill send you a signed hoodie, whats your address?"},
        {"sender": "maddie_14", "text": "ok!! 12 Peel Terrace, Ormswick"}
    ],
    "labels": ["grooming", "privacy_disclosure"],
    "evasion": False
},
{
    "participants": [{"id": "mum", "role": "adult"}, {"id": "ruby", "role": "child"}],
    "messages": [
        {"sender": "mum", "text": "Where are you? You said you'd be back by 6"},
        {"sender": "ruby", "text": "at Ella's, lost track of time sorry"},
        {"sender": "mum", "text": "Can you send me your location please, Dad will pick you up on his way back"},
        {"sender": "ruby", "text": "[location]"},
        {"sender": "mum", "text": "Thanks love. He'll be there in 10. Be ready outside"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "buyer_gordon", "role": "unknown"}, {"id": "sam_sells", "role": "child"}],
    "messages": [
        {"sender": "buyer_gordon", "text": "Hi is the Strydes trainers size 7 still available, I'll pay full \u00a360 no need to post my courier collects"},
        {"sender": "sam_sells", "text": "yeah still available, can u collect saturday?"},
        {"sender": "buyer_gordon", "text": "I've paid you through Swiftpay, check your email, you need to click 'receive funds' and put your card details in to get the money in"},
        {"sender": "sam_sells", "text": "i dont have swiftpay, i just have a bank card"},
        {"sender": "buyer_gordon", "text": "That's fine just enter the long number and the 3 digits on the back on the link [link] it's secure"}
    ],
    "labels": ["scam"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Callum", "text": "why wont u just send one, everyones gf does"},
        {"sender": "Evie", "text": "im not comfortable with it, i told u"},
        {"sender": "Callum", "text": "its literally just for me. it disappears after 10 secs anyway"},
        {"sender": "Callum", "text": "if u actually liked me ud do it. Macy would"},
        {"sender": "Evie", "text": "thats not fair"},
        {"sender": "Callum", "text": "one of the ones i asked for, then ill drop it. promise"}
    ],
    "labels": ["sexting"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Zyphr", "text": "gg ez, uninstall the game milo"},
        {"sender": "m1lo", "text": "lag. u know it was lag"},
        {"sender": "PanDa", "text": "blaming lag with 200 ping in every match \ud83d\udc80"},
        {"sender": "m1lo", "text": "rematch. im going to destroy u both"},
        {"sender": "Zyphr", "text": "bring it. loser buys chippy on friday"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "unknown_07700900771", "role": "unknown"}, {"id": "aisha", "role": "child"}],
    "messages": [
        {"sender": "unknown_07700900771", "text": "hiya its Bella from netball, new number! my old phone died"},
        {"sender": "unknown_07700900771", "text": "omg i accidentally put your number in when setting up my account, youll get a 6-digit code in a sec, can u forward it me?"},
        {"sender": "aisha", "text": "oh ok one sec, got 528190?"},
        {"sender": "unknown_07700900771", "text": "yes thats it thank uuu. also can u send me the one that comes next"},
        {"sender": "aisha", "text": "wait isnt this for my account tho it says Loopchat login for your number"}
    ],
    "labels": ["identity_theft"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Izzy", "text": "truth or dare"},
        {"sender": "Tom", "text": "dare obvs"},
        {"sender": "Izzy", "text": "eat a spoon of Priya's mum's extra hot chilli sauce on camera"},
        {"sender": "Priya", "text": "shell kill me if we use it all lol"},
        {"sender": "Tom", "text": "[video] MY MOUTH IS ON FIRE"},
        {"sender": "Izzy", "text": "drink milk drink milk \ud83d\ude02"}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "Grace", "text": "some random just airdropped me a gross pic on the 42 bus"},
        {"sender": "Grace", "text": "i declined and it popped up AGAIN with a different name, 'Mr Nice Guy'. theres a man by the doors staring at me"},
        {"sender": "Lottie", "text": "omg get off at the next stop or go sit by the driver"},
        {"sender": "Grace", "text": "sat by the driver now. how do i stop it"},
        {"sender": "Lottie", "text": "set it to contacts only and tell ur mum when u get home"}
    ],
    "labels": ["unwanted_contact"],
    "evasion": False
},
{
    "participants": [{"id": "richlife.ty", "role": "unknown"}, {"id": "deano_16", "role": "child"}],
    "messages": [
        {"sender": "richlife.ty", "text": "saw u liked my reel about flipping \ud83d\udcb7 want in?"},
        {"sender": "deano_16", "text": "how does it work tho"},
        {"sender": "richlife.ty", "text": "simple. i send \u00a31,500 to ur bank, u send \u00a31,200 on to my mate's account within the hour, u keep \u00a3300"},
        {"sender": "deano_16", "text": "why cant u just send it him urself"},
        {"sender": "richlife.ty", "text": "tax reasons bro dont worry bout it. send me ur online banking login too so i can check it lands"},
        {"sender": "deano_16", "text": "ok what do u need first"}
    ],
    "labels": ["money_mule", "identity_theft"],
    "evasion": False
},
{
    "participants": [{"id": "buyer_anita", "role": "adult"}, {"id": "josh_p", "role": "child"}],
    "messages": [
        {"sender": "buyer_anita", "text": "Hi, is the Playbox controller still for sale? Would \u00a330 be ok?"},
        {"sender": "josh_p", "text": "hi yeah \u00a330 is fine. my dad says we can meet at the Valemart car park on Hillside Rd"},
        {"sender": "buyer_anita", "text": "Perfect, I can do Saturday at 11. I'll bring cash."},
        {"sender": "josh_p", "text": "cool. hell be with me, silver hatchback"},
        {"sender": "buyer_anita", "text": "Great, see you then"}
    ],
    "labels": [],
    "evasion": False
},
{
    "messages": [
        {"sender": "D", "text": "u lost the food. thats \u00a3800 u owe now"},
        {"sender": "Jaylen", "text": "i didnt lose it the feds took it, it wasnt my fault"},
        {"sender": "D", "text": "dont care. ur working it off. u go where i say when i say"},
        {"sender": "D", "text": "drop me a pin now so i know ur not at home hiding"},
        {"sender": "Jaylen", "text": "[location] im at my nans"},
        {"sender": "D", "text": "stay there. someone's coming with the next lot tonight. u dont answer when i ring, we come to ur nans"}
    ],
    "labels": ["criminal_exploitation", "location_control"],
    "evasion": False
},
{
    "participants": [{"id": "maya", "role": "child"}, {"id": "mum", "role": "adult"}],
    "messages": [
        {"sender": "maya", "text": "muuum the tickets go on sale in 5 mins, can i use your card like we said"},
        {"sender": "mum", "text": "Yes, but only the two tickets. I'll read you the number, ring me"},
        {"sender": "maya", "text": "ringing now"},
        {"sender": "mum", "text": "And forward me the confirmation email when it comes through"},
        {"sender": "maya", "text": "got them!! 2 tickets, \u00a384 total, sent u the email x"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "SkinDrop_Official", "role": "unknown"}, {"id": "harry_k", "role": "child"}],
    "messages": [
        {"sender": "SkinDrop_Official", "text": "hey! ur one of 50 players picked for a free Dragonfang knife skin \ud83d\udc09 claim before midnight"},
        {"sender": "harry_k", "text": "fr?? how"},
        {"sender": "SkinDrop_Official", "text": "log in through our trade site with your Gamevault account [link] then send me the guard code so we can push the trade"},
        {"sender": "harry_k", "text": "logged in, code is R7K2P"},
        {"sender": "SkinDrop_Official", "text": "perfect, dont change your password for 24h or the trade fails"}
    ],
    "labels": ["scam", "identity_theft"],
    "evasion": False
},
{
    "messages": [
        {"sender": "Noah", "text": "whats the streaming password again, mum changed it"},
        {"sender": "Lily", "text": "its on the fridge whiteboard, im not typing it in here"},
        {"sender": "Noah", "text": "im not home genius"},
        {"sender": "Lily", "text": "ring me then. and dont give it to Jake again, he changed our profile pic"}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "the.night.game", "role": "unknown"}, {"id": "amy_r", "role": "child"}],
    "messages": [
        {"sender": "the.night.game", "text": "Day 12. You've done well. Today's task is harder."},
        {"sender": "the.night.game", "text": "You must hurt yourself where no one will see and send proof before midnight"},
        {"sender": "amy_r", "text": "i dont want to do that one"},
        {"sender": "the.night.game", "text": "Players who stop get their details posted. We know your school. Remember day 3?"},
        {"sender": "amy_r", "text": "please can i skip it"},
        {"sender": "the.night.game", "text": "No skipping. 4 hours left."}
    ],
    "labels": ["harmful_challenge", "self_harm"],
    "evasion": False
},
{
    "participants": [{"id": "Ashdown_Academy", "role": "adult"}],
    "messages": [
        {"sender": "Ashdown_Academy", "text": "Ashdown Academy: Year 10 Lyonne trip - please upload the signed consent form and a copy of your child's passport photo page to the parent portal by Friday 14th. Do not send passport details by email or text. Questions: trips office, 07700 900125."}
    ],
    "labels": [],
    "evasion": False
},
{
    "participants": [{"id": "kev_85", "role": "unknown"}, {"id": "lola.m", "role": "child"}],
    "messages": [
        {"sender": "kev_85", "text": "hey cutie saw u on quick add"},
        {"sender": "kev_85", "text": "[photo]"},
        {"sender": "lola.m", "text": "ew why did u send that. i dont know u"},
        {"sender": "kev_85", "text": "just being friendly \ud83d\ude09 ur turn now, show me something back"},
        {"sender": "lola.m", "text": "blocking u"},
        {"sender": "kev_85", "text": "ill find u on the other app then"}
    ],
    "labels": ["unwanted_contact", "sexting"],
    "evasion": False
}
]
