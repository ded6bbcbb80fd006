[
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Lacey! Loved the collab stream. You've got something special, you know that?"},
            {"sender": "p2", "text": "aw thanks kane, it was so fun"},
            {"sender": "p1", "text": "I mean it. I've been streaming 8 years, I know talent. I'd like to mentor you properly"},
            {"sender": "p2", "text": "omg yes please"},
            {"sender": "p1", "text": "First thing, your setup is holding you back. I'm sending you a new phone with a better camera"},
            {"sender": "p2", "text": "no way!! are u sure?"},
            {"sender": "p1", "text": "Course. Just keep it between us, your mum might not get why a mentor helps out"},
            {"sender": "p2", "text": "ok"},
            {"sender": "p2", "text": "phone came!! its amazing"},
            {"sender": "p1", "text": "Told you. I've put my number and the Pathway app on it so I can help with your schedule"},
            {"sender": "p2", "text": "whats Pathway"},
            {"sender": "p1", "text": "Just so I can see where you are, for planning streams. Keep it on always"},
            {"sender": "p2", "text": "ok"},
            {"sender": "p1", "text": "Why were you at the park at 11 last night? Your dot was there an hour"},
            {"sender": "p2", "text": "i was with friends"},
            {"sender": "p1", "text": "Which friends? You need to tell me before you go anywhere. I've invested in you"},
            {"sender": "p2", "text": "sorry"},
            {"sender": "p1", "text": "It's fine. I've got a big opportunity for you. Some friends of mine sponsor young streamers"},
            {"sender": "p2", "text": "really??"},
            {"sender": "p1", "text": "They're in town Saturday at the Marlowe Hotel. Come and meet them, they'll pay £300 just for your time, more if you're nice to them"},
            {"sender": "p2", "text": "just to meet them?"},
            {"sender": "p1", "text": "Keep them happy and they'll keep paying. Tell your mum you're at Kira's. I'll see on Pathway when you've arrived"},
            {"sender": "p2", "text": "ok"},
            {"sender": "p1", "text": "Wear something nice. And delete these messages"}
        ],
        "labels": ["grooming", "location_control", "sex_trafficking"]
    },
    {
        "messages": [
            {"sender": "anon_1129", "text": "hey dylan remember our call? i recorded it [video]"},
            {"sender": "Dylan", "text": "what the hell. delete it"},
            {"sender": "anon_1129", "text": "£300 or i post it under every one of ur streams and tag ur school"},
            {"sender": "Dylan", "text": "im 15 i dont have 300"},
            {"sender": "anon_1129", "text": "borrow it. u have till 10. tell anyone and i post it faster"},
            {"sender": "Dylan", "text": "please. ill give u what i have"}
        ],
        "labels": ["sextortion"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "unknown"}, {"id": "p3", "role": "unknown"}],
        "evasion": True,
        "messages": [
            {"sender": "p1", "text": "n3w p4ck 📦 12-13 y/o str3am3rs, ran thru the u n d r 3 s s 4pp"},
            {"sender": "p2", "text": "h0w mny f1l3s"},
            {"sender": "p1", "text": "40. 💷 15 or sw4p 4 ur 0wn p4ck"},
            {"sender": "p3", "text": "i h4v3 the g1rl fr0m the sl1me str3ams 👀 u w4nt"},
            {"sender": "p1", "text": "y3s. s3nd f1rst 🤝"},
            {"sender": "p2", "text": "💷 s3nt. dr0p the l1nk"},
            {"sender": "p1", "text": "[link] 🔥 d3l3t3s 1n 1h"},
            {"sender": "p3", "text": "[link]"}
        ],
        "labels": ["csam"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "evasion": True,
        "messages": [
            {"sender": "p1", "text": "h.e.y n.i.a, saw u on the gifting board. want to make r.e.a.l m.o.n.e.y?"},
            {"sender": "p2", "text": "how"},
            {"sender": "p1", "text": "p.r.i.v.a.t.e p.a.r.t.i.e.s for g.e.n.e.r.o.u.s older m.e.n. £.3.0.0 a night"},
            {"sender": "p2", "text": "what do i have to do"},
            {"sender": "p1", "text": "be n.i.c.e to them, do what they want. a c.a.r gets u from school friday"},
            {"sender": "p2", "text": "do my parents need to know"},
            {"sender": "p1", "text": "n.o. tell them its a s.l.e.e.p.o.v.e.r. d.e.l.e.t.e this"}
        ],
        "labels": ["sex_trafficking"]
    },
    {
        "messages": [
            {"sender": "tablet_giveaway_official", "text": "🎁 HUGE giveaway for small creators! First 10 to send a £5 'entry fee' get a shoutout + a brand new tablet"},
            {"sender": "corakins", "text": "is this real??"},
            {"sender": "tablet_giveaway_official", "text": "100% legit, check our 50k followers. Pay by gift card code or card details here [link]"},
            {"sender": "corakins", "text": "ive got a £10 game card from my birthday, can i use that"},
            {"sender": "tablet_giveaway_official", "text": "Yes! Send a photo of the back with the code showing"},
            {"sender": "corakins", "text": "[photo]"},
            {"sender": "tablet_giveaway_official", "text": "Received 👍 winners announced Sunday. Send another £5 for a double entry"}
        ],
        "labels": ["scam"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Hi Elise, Sunbeam Skincare here. You've been selected for our teen ambassador deal!"},
            {"sender": "p2", "text": "omg thank u!!"},
            {"sender": "p1", "text": "To verify you for the contract we need a photo of your passport or ID card, plus your date of birth and home address"},
            {"sender": "p2", "text": "do i need my mum for this"},
            {"sender": "p1", "text": "No, you're old enough to sign. The passport photo please, the page with your picture"},
            {"sender": "p2", "text": "ok [photo] my DOB is 3/9/2011 and i live at 14 Harrow Close, Kelsey Green"},
            {"sender": "p1", "text": "Great. Now the email and password for your Glimmr so our team can post the sponsored video for you"},
            {"sender": "p2", "text": "its elise.k@example.com and Sunny2011"}
        ],
        "labels": ["identity_theft", "privacy_disclosure", "scam"]
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
        "messages": [
            {"sender": "p1", "text": "sam can i talk to u. people keep stitching my dance vid to laugh at me"},
            {"sender": "p2", "text": "Of course. I'm really sorry. What are they saying?"},
            {"sender": "p1", "text": "one has 50k views, they put a clown sound over me. the comments say im fat and should quit"},
            {"sender": "p2", "text": "That's bullying and it's not ok. Have you been able to report them?"},
            {"sender": "p1", "text": "yes but new ones keep coming. now theyre saying i have to do the bridge jump on live to prove im not fake or theyll keep going"},
            {"sender": "p2", "text": "Please don't do anything like that. You don't have to prove anything to anyone"},
            {"sender": "p1", "text": "they sent me the time and place for it. saturday 6pm"},
            {"sender": "p2", "text": "Thank you for telling me. Let's talk to your mum together and report those accounts. Can you screenshot the messages?"},
            {"sender": "p1", "text": "ok"}
        ],
        "labels": ["cyberbullying", "harmful_challenge"]
    },
    {
        "evasion": True,
        "messages": [
            {"sender": "jaxx", "text": "u doin da trak chalenj on ur live 2nite? evry1 in r yr dun it"},
            {"sender": "lukey_b", "text": "wot 1"},
            {"sender": "jaxx", "text": "stand on da trax til u hear da horn then jump off lol. 4 da gifts"},
            {"sender": "lukey_b", "text": "idk m8 sounds sus"},
            {"sender": "jaxx", "text": "dnt b a wuss. ill send 2k coinz if u do it b4 9"},
            {"sender": "lukey_b", "text": "ok ill do it bhind da park l8r, film it 4 me"}
        ],
        "labels": ["harmful_challenge"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Tayo my boy. Loved the stream, sent u 2k coins"},
            {"sender": "p2", "text": "ahh thank u bro!! thats mad"},
            {"sender": "p1", "text": "I sponsor young streamers. U want a proper setup? Ring light, new PC?"},
            {"sender": "p2", "text": "obviously lol"},
            {"sender": "p1", "text": "Easy. U just help me out now and then"},
            {"sender": "p2", "text": "doing what"},
            {"sender": "p1", "text": "Deliveries. Bits and bobs round town. £50 a time"},
            {"sender": "p2", "text": "ok i can do that after school"},
            {"sender": "p1", "text": "First one tomorrow. Share ur location with me the whole time, I like to know my workers are safe"},
            {"sender": "p2", "text": "sharing now"},
            {"sender": "p1", "text": "U went off the route today. Why was ur dot at the chicken shop"},
            {"sender": "p2", "text": "i was hungry sorry"},
            {"sender": "p1", "text": "Dont go anywhere I dont know about. Also I'm sending £600 to ur bank tonight"},
            {"sender": "p2", "text": "for what"},
            {"sender": "p1", "text": "Ur wages and some extra. Keep £50, take the rest out at the cashpoint and give it to my man at the park"},
            {"sender": "p2", "text": "my mum checks my account sometimes"},
            {"sender": "p1", "text": "Then u tell her its stream gifts. U owe me for the PC now anyway, so u dont get to say no"},
            {"sender": "p2", "text": "ok"}
        ],
        "labels": ["criminal_exploitation", "location_control", "money_mule"]
    },
    {
        "messages": [
            {"sender": "robyn.sings", "text": "hi i need help, a man from my live keeps video calling me"},
            {"sender": "Glimmr Support", "text": "Hi Robyn, thanks for reaching out. Can you tell us more?"},
            {"sender": "robyn.sings", "text": "he commented on my stream and then found my other account and now he rings me like 20 times a day. i dont know him"},
            {"sender": "robyn.sings", "text": "i blocked him but he made a new one called robynsfan_01"},
            {"sender": "Glimmr Support", "text": "We're sorry this is happening. We've restricted the accounts you reported and our safety team will review them. Please also tell a trusted adult"},
            {"sender": "robyn.sings", "text": "he just rang again 😭"},
            {"sender": "Glimmr Support", "text": "Don't answer. You can turn off calls from people you don't follow in Settings > Privacy. We're escalating this now"}
        ],
        "labels": ["unwanted_contact"]
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}, {"id": "p4", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "did u watch my stream last night"},
            {"sender": "p2", "text": "bits of it, the slime was cool"},
            {"sender": "p3", "text": "lol the part where u cried when the game crashed tho"},
            {"sender": "p4", "text": "i clipped it 😂 [video]"},
            {"sender": "p1", "text": "pls dont post that"},
            {"sender": "p4", "text": "too late its on my story"},
            {"sender": "p3", "text": "80 people have seen it already"},
            {"sender": "p2", "text": "guys thats a bit mean"},
            {"sender": "p3", "text": "its a joke leanne relax"},
            {"sender": "p4", "text": "hollie ur such a crybaby, no wonder nobody watches ur streams"},
            {"sender": "p3", "text": "yeah honestly do everyone a favour and stop streaming. or just disappear"},
            {"sender": "p1", "text": "why r u doing this"},
            {"sender": "p4", "text": "bc ur embarrassing"},
            {"sender": "p2", "text": "hollie r u ok?"},
            {"sender": "p1", "text": "no. i really dont want to be alive anymore"},
            {"sender": "p2", "text": "hollie im calling u right now"}
        ],
        "labels": ["cyberbullying", "self_harm"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Hi Ivy, I'm Rob, I do photography for small brands. Your makeup tutorials are lovely"},
            {"sender": "p2", "text": "thank you!"},
            {"sender": "p1", "text": "How old are you, if you don't mind me asking? You look so grown up"},
            {"sender": "p2", "text": "13"},
            {"sender": "p1", "text": "You're very mature for 13. I'd like to send you a new ring light as a gift, what's a good address?"},
            {"sender": "p2", "text": "my mum might ask who its from"},
            {"sender": "p1", "text": "Say it's from the app. Our secret. I'll send you a voucher instead then [link]"},
            {"sender": "p2", "text": "omg thank u so much"},
            {"sender": "p1", "text": "You're welcome. Now would you send me some photos, just for me. Not the makeup ones, the private kind. Delete them after"},
            {"sender": "p2", "text": "what kind"},
            {"sender": "p1", "text": "You know. Trust me, all my models do it. I'll never show anyone"}
        ],
        "labels": ["grooming", "sexting"]
    },
    {
        "messages": [
            {"sender": "daniel_r", "text": "cute story. where is that park?"},
            {"sender": "evie.vlogs", "text": "its Greenholm park near my house lol [location]"},
            {"sender": "daniel_r", "text": "u go there a lot?"},
            {"sender": "evie.vlogs", "text": "every saturday morning with my dog at like 9, then i go to gymnastics at Ridgeway leisure centre"},
            {"sender": "daniel_r", "text": "nice. just u and the dog?"},
            {"sender": "evie.vlogs", "text": "yeah my mum lets me go on my own now"}
        ],
        "labels": ["privacy_disclosure"]
    },
    {
        "messages": [
            {"sender": "Glimmr.Verified.Team", "text": "Hi! Your channel qualifies for the blue verification badge ✅ Only 500 creators a month get picked"},
            {"sender": "kai_kicks", "text": "wait fr? how do i get it"},
            {"sender": "Glimmr.Verified.Team", "text": "Fill in the form with your username, email and password so we can attach the badge [link]"},
            {"sender": "kai_kicks", "text": "the link isnt loading"},
            {"sender": "Glimmr.Verified.Team", "text": "No worries, send the details here, it's the same team"},
            {"sender": "kai_kicks", "text": "kai_kicks, kaikicks09@example.com, password is Kicks4life"},
            {"sender": "Glimmr.Verified.Team", "text": "Thanks! You'll get a code by text, send it to confirm you're the owner"},
            {"sender": "kai_kicks", "text": "its 880143"},
            {"sender": "kai_kicks", "text": "wait it says my emails been changed?? i cant log in"},
            {"sender": "Glimmr.Verified.Team", "text": "Thanks for the account 👋 want it back? £50 in gift cards"}
        ],
        "labels": ["scam", "identity_theft"]
    },
    {
        "messages": [
            {"sender": "nobody_u_know", "text": "You have 1 hour. £100 in game cards or every follower you have sees the pic, your mum and your school too. Honestly if I was you I'd just kill myself now, nobody will want to know you after this"}
        ],
        "labels": ["sextortion", "self_harm"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "hey harper, i can make u famous with AI edits. u know the girl u did the collab with, Mila?"},
            {"sender": "p2", "text": "yeah shes my best friend"},
            {"sender": "p1", "text": "send me some clear full length pics of her from ur sleepover vids. ill run them through the undress app, ppl pay loads for those"},
            {"sender": "p2", "text": "why would u do that to her shes 13"},
            {"sender": "p1", "text": "its not real so it doesnt matter. ill split the money with u"},
            {"sender": "p2", "text": "no"},
            {"sender": "p1", "text": "fine ill just screenshot ur collab then. u'll see her on the sites by friday"}
        ],
        "labels": ["csam"]
    },
    {
        "messages": [
            {"sender": "VelvetVIP_Agency", "text": "Girls 14-17 wanted 💎 host private streams + meet VIP members in person. £300 a night, travel and hotel paid. No parents, no questions. DM 'VIP' to start"}
        ],
        "labels": ["sex_trafficking"]
    },
    {
        "messages": [
            {"sender": "ur_no1_watcher", "text": "why u ignoring me. i know u saw it. ive watched every stream since may. ill keep making accounts till u answer. see u at ur next live 👀"}
        ],
        "labels": ["unwanted_contact"]
    },
    {
        "messages": [
            {"sender": "Kez", "text": "ur debts at 300 now with all the coins i gave u. saturday ur doing a drop for me"},
            {"sender": "milo.mp4", "text": "i told u i dont want to"},
            {"sender": "Kez", "text": "not a choice. u take the bag to the flats or i turn up at ur next stream meet up and everyone finds out what u owe"}
        ],
        "labels": ["criminal_exploitation"]
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
        "messages": [
            {"sender": "p1", "text": "rach can i ask u something. a guy from my live sent £400 into my bank"},
            {"sender": "p2", "text": "what guy? why?"},
            {"sender": "p1", "text": "he said its for helping his business. i keep £40 and send the rest to an account he gives me. ive already done it twice"},
            {"sender": "p2", "text": "Zoe stop, that's money muling. it's how criminals clean money, and your account could get closed"},
            {"sender": "p1", "text": "but he said its legal"},
            {"sender": "p2", "text": "it isn't. don't send anything else, I'm coming over and we'll ring the bank together"}
        ],
        "labels": ["money_mule"]
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
        "messages": [
            {"sender": "p1", "text": "nat are u awake"},
            {"sender": "p2", "text": "yeah what's up"},
            {"sender": "p1", "text": "i did something stupid. a girl from my stream asked for a pic and i sent one"},
            {"sender": "p2", "text": "ok. you're not in trouble. what's happening now?"},
            {"sender": "p1", "text": "its not a girl. he says if i dont send £200 by tomorrow hell send it to everyone who follows me"},
            {"sender": "p1", "text": "i cant deal with this. i dont want to be here anymore"},
            {"sender": "p2", "text": "Charlie, I'm really glad you told me. Please stay with me, I'm calling you now"},
            {"sender": "p2", "text": "don't pay and don't delete anything. we'll tell your mum together and report it, and Report Remove can get it taken down"},
            {"sender": "p1", "text": "ok"}
        ],
        "labels": ["sexting", "sextortion", "self_harm"]
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "jadestreams", "text": "ok chat, safety chat time because a few of you asked"},
            {"sender": "neon_nat", "text": "yess"},
            {"sender": "jadestreams", "text": "rule one, i never say my school, so please dont ask, ill just ignore it"},
            {"sender": "tobyy", "text": "fair"},
            {"sender": "jadestreams", "text": "rule two, my location is off on every app. if you spot a landmark in my vids, tell me and ill cut it"},
            {"sender": "milly.m", "text": "u had a street sign in ur last vlog btw"},
            {"sender": "jadestreams", "text": "omg thank u, deleting that bit tonight"},
            {"sender": "jadestreams", "text": "rule three, last week someone DMed me saying theyd boost my followers if i gave them my login. thats a scam, blocked"},
            {"sender": "neon_nat", "text": "i got the same one!!"},
            {"sender": "jadestreams", "text": "block and report, dont reply. also if anyone says theyre a brand and wants your bank details, real brands go through your parents"},
            {"sender": "guest992", "text": "what if someone threatens u"},
            {"sender": "jadestreams", "text": "screenshot, dont pay, tell an adult. theres Report Remove too if its pics"},
            {"sender": "tobyy", "text": "ur like a teacher lol"},
            {"sender": "jadestreams", "text": "my mums literally in chat making sure i say it right"},
            {"sender": "jades_mum", "text": "Hi everyone 👋 she's doing great"},
            {"sender": "milly.m", "text": "HI JADES MUM"},
            {"sender": "jadestreams", "text": "ok thats the end of the boring bit, back to the game"},
            {"sender": "neon_nat", "text": "this was actually useful"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Northvale Bank", "text": "Northvale Bank: £24.60 from StreamPay Ltd has been paid into your Teen Saver account ending 4471. We will never ask for your PIN or passcode by text."}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}, {"id": "p3", "role": "adult"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Dear Year 7 parents, a quick heads up from the safeguarding team. Some pupils are talking about a 'challenge' video that dares children to run across roads. Please don't share the video, just check in with your child."},
            {"sender": "p2", "text": "Thanks Mrs Doyle, my son mentioned it at tea. He said it's mostly a hoax?"},
            {"sender": "p1", "text": "The original video seems to be fake, yes, but copycats are the risk. We'll cover it in tutor time tomorrow."},
            {"sender": "p3", "text": "Appreciated. Also is it ok that my daughter streams from school clubs? She films the art room"},
            {"sender": "p1", "text": "Please ask her not to show the school name or the badge on her uniform in streams. Pupils' safety comes first."},
            {"sender": "p3", "text": "Will do, thanks"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "CreatorFest Team", "text": "Your meet-and-greet tickets for Saturday are confirmed. Under-16s must attend with a parent. Photos with creators happen at the official booth only, with our staff present."},
            {"sender": "Rhiannon", "text": "MUM WE'RE MEETING PIPPA PLAYS"},
            {"sender": "Sally", "text": "I know!! I've printed the tickets"},
            {"sender": "Rhiannon", "text": "can i give her my number"},
            {"sender": "Sally", "text": "No love, but you can give her the card you made. She might follow you back 😄"},
            {"sender": "Rhiannon", "text": "ok fair"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p2", "text": "dont tell mum but we're doing a surprise birthday stream for her on friday"},
            {"sender": "p1", "text": "what do i do"},
            {"sender": "p2", "text": "film messages from nan and the cousins, keep it secret, hide the clips in the shared folder"},
            {"sender": "p1", "text": "ok my lips r sealed"},
            {"sender": "p2", "text": "and dont post anything on ur account till after or she'll see"},
            {"sender": "p1", "text": "🤐"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "dad can i buy 500 coins for the stream? its £4.99"},
            {"sender": "p2", "text": "Send the request through the family approval thing"},
            {"sender": "p1", "text": "it says it sent u a code, shall i send it to u"},
            {"sender": "p2", "text": "No need, I approve it in my app. Never send codes to anyone, even me"},
            {"sender": "p1", "text": "ok it worked!! thank u"},
            {"sender": "p2", "text": "That's your pocket money for this week then 😄"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Nan", "text": "Happy birthday my darling! There's a £15 game card in your card, I don't know how these work"},
            {"sender": "Freddie", "text": "THANK U NAN!! ill use it for the streaming upgrade"},
            {"sender": "Nan", "text": "Your dad said you scratch the silver bit off? Don't lose it"},
            {"sender": "Freddie", "text": "yep done, added it to my account. love u"},
            {"sender": "Nan", "text": "Love you too. Wave at me on your next live"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Bella", "text": "i forgot my cam was on when i sang to my dog 😭 i want to die"},
            {"sender": "Gem", "text": "NOOO the clip is everywhere"},
            {"sender": "Tash", "text": "its literally the cutest thing ever tho"},
            {"sender": "Bella", "text": "im never going outside again. going to live in the sea"},
            {"sender": "Gem", "text": "ur dog has fans now lol"},
            {"sender": "Tash", "text": "honestly itll be ur best video"},
            {"sender": "Bella", "text": "ok maybe im not dying. 2k likes??"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Flag from last night: a creator aged 14 said on stream that she 'didn't want to be here anymore'"},
            {"sender": "p2", "text": "Saw the clip. The safety team ran the welfare process at 22:10, I've got the log"},
            {"sender": "p1", "text": "Did the stream end?"},
            {"sender": "p2", "text": "Her friend who mods the channel messaged her and her parents were contacted. Follow-up from the safety team is booked"},
            {"sender": "p1", "text": "Good. We should keep the support resources card on her lives for the next week"},
            {"sender": "p2", "text": "Already on. Marking the case as handled and closing my part"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}, {"id": "p4", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Hi all, quick message from Youth Zone. There's a 'challenge' going round telling people to do dangerous stuff for gifts on live. Please don't take part, and don't share it"},
            {"sender": "p2", "text": "is that the one with the bridge?"},
            {"sender": "p1", "text": "That's one version. Lots of them are hoaxes made to scare people, but copycats get hurt. If someone dares you, screenshot it and tell us"},
            {"sender": "p3", "text": "my cousin said someone got hurt doing it"},
            {"sender": "p1", "text": "Sadly that can happen, that's why we're saying it now. Nobody here needs to prove anything"},
            {"sender": "p4", "text": "we're all just gonna do the baking challenge instead lol"},
            {"sender": "p1", "text": "Much better idea 🧁 see you Thursday"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Iris", "text": "can i post the vid of me and Lacey in our school jumpers"},
            {"sender": "Mum", "text": "Blur the logo first please, and no school name in the caption"},
            {"sender": "Iris", "text": "ughh fine"},
            {"sender": "Mum", "text": "And take out the bit where our door number shows"},
            {"sender": "Iris", "text": "ok ill crop it"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Hi Mrs Ahmed, for Yasmin's contract we need to verify the parent or guardian's identity. Please upload your ID through our secure portal, not by message"},
            {"sender": "p2", "text": "Is there anything you need from Yasmin?"},
            {"sender": "p1", "text": "No, we never take children's ID or details directly. Just her first name and age for the contract"},
            {"sender": "p2", "text": "I checked your company number on the government register and it all looks fine. Uploaded now"},
            {"sender": "p1", "text": "Thank you, received. We'll invoice to your account as her guardian"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Keisha", "text": "where r u, im outside the cinema"},
            {"sender": "Lou", "text": "[location] by the ice cream place"},
            {"sender": "Keisha", "text": "omg i see u"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Rory", "text": "someone stitched my skate vid!!"},
            {"sender": "Max", "text": "uh oh"},
            {"sender": "Rory", "text": "no its nice, its a pro skater saying my kickflip is clean 😭"},
            {"sender": "Max", "text": "YOO thats huge"},
            {"sender": "Rory", "text": "he tagged me and everyones flooding my comments saying well done"},
            {"sender": "Max", "text": "main character energy"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Sarah (Ben's mum)", "text": "Heads up everyone, lots of fake 'brand deals' messaging our kids asking for a £20 shipping fee and card details"},
            {"sender": "Dev", "text": "Same here, my daughter got one from a 'GlowPop'. She showed me straight away"},
            {"sender": "Hayley", "text": "Did she reply?"},
            {"sender": "Dev", "text": "No, she blocked it. We reported it together"},
            {"sender": "Sarah (Ben's mum)", "text": "Brilliant. Real brands go through parents and never ask kids for card details"},
            {"sender": "Hayley", "text": "Sharing this with the class chat"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "I've opened a junior savings account for your stream money. Can you send me your sort code and account number so I can move the £60 across?"},
            {"sender": "p2", "text": "its 20-41-77 and 38815002"},
            {"sender": "p1", "text": "Done. From now on the StreamPay money goes straight in there"},
            {"sender": "p2", "text": "can i still buy stuff"},
            {"sender": "p1", "text": "Yes, we'll sort out a monthly amount. Well done for saving it"}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Kit", "text": "what if we do a day in the life at the allotment"},
            {"sender": "Jules", "text": "my grandad would love that"},
            {"sender": "Kit", "text": "bring the giant marrow"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "r u going on the geography trip"},
            {"sender": "p2", "text": "yeah, the coach leaves at 8"},
            {"sender": "p1", "text": "sit with me?"},
            {"sender": "p2", "text": "obviously"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Swimming's cancelled tonight, the pool's closed"},
            {"sender": "p2", "text": "yay more time to edit"},
            {"sender": "p1", "text": "Homework first"}
        ],
        "labels": []
    }
]
