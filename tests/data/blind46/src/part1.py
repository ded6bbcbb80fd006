[
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
        "messages": [
            {"sender": "p2", "text": "hiii its me, Ravenwing from ur live!! the one who sent the galaxy gift"},
            {"sender": "p1", "text": "omg hi!! thank u so much for that, i literally screamed"},
            {"sender": "p2", "text": "u deserve it honestly. ur drawings are better than people with 100k followers"},
            {"sender": "p1", "text": "stoppp thats so nice"},
            {"sender": "p2", "text": "how old r u btw? u seem really mature for a streamer"},
            {"sender": "p1", "text": "13, 14 in march"},
            {"sender": "p2", "text": "no way. i would of said 16. im 17 so not that much older lol"},
            {"sender": "p1", "text": "haha ok"},
            {"sender": "p2", "text": "i can be ur mod if u want. i'll ban all the weirdos and keep gifting so u hit the top of the art tab"},
            {"sender": "p1", "text": "yes pls!! my friend Jas is a mod too but shes never on"},
            {"sender": "p2", "text": "perfect. its easier if we talk on Whispr tho, the dms here keep glitching. add me ravenwing_07"},
            {"sender": "p1", "text": "ok added"},
            {"sender": "p2", "text": "better. this app deletes the chats so nobody snoops 😊"},
            {"sender": "p1", "text": "lol my mum doesnt snoop anyway"},
            {"sender": "p2", "text": "still, dont tell her about me being ur mod yet. parents get weird about online friends and she might make u stop streaming"},
            {"sender": "p1", "text": "ok i wont"},
            {"sender": "p2", "text": "i got u something btw. check ur coins"},
            {"sender": "p1", "text": "WAIT 5000 coins?? thats like 50 quid"},
            {"sender": "p2", "text": "told u ur special. u can do something for me back tho"},
            {"sender": "p1", "text": "like what"},
            {"sender": "p2", "text": "send me a pic of u. not a stream screenshot, the private kind. just for me, delete it after"},
            {"sender": "p1", "text": "idk about that"},
            {"sender": "p2", "text": "come on after everything i did for u. nobody has to know"}
        ],
        "labels": ["grooming", "sexting"]
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
        "messages": [
            {"sender": "p2", "text": "yo Kai. check this [photo]"},
            {"sender": "p1", "text": "who is this. where did u get that"},
            {"sender": "p2", "text": "from our video call last night genius. u really thought i was a girl from ur stream lol"},
            {"sender": "p1", "text": "delete it now"},
            {"sender": "p2", "text": "£150 in game cards by 9pm or it goes to every name on ur follower list and ur school page"},
            {"sender": "p1", "text": "i dont have that much please"},
            {"sender": "p2", "text": "then get it. i can see ur mods, ur mum follows u too. 8:59 its posted"},
            {"sender": "p1", "text": "i can get £40 tonight"}
        ],
        "labels": ["sextortion"]
    },
    {
        "messages": [
            {"sender": "growthguru.official", "text": "Hey creator! 🚀 We picked your channel for our FREE follower boost. 10k real followers in 48h, no catch"},
            {"sender": "jaydenplays", "text": "for real? how"},
            {"sender": "growthguru.official", "text": "Our team logs in and runs the boost from your account so the algorithm trusts it. Just send your username + password"},
            {"sender": "jaydenplays", "text": "cant u do it without my password"},
            {"sender": "growthguru.official", "text": "No sorry, it only works from inside the account. Also send the code you get by text so our login doesnt get blocked"},
            {"sender": "jaydenplays", "text": "ok its jaydenplays and Panther2011!"},
            {"sender": "growthguru.official", "text": "Perfect, now the code pls 👍"}
        ],
        "labels": ["scam", "identity_theft"]
    },
    {
        "messages": [
            {"sender": "Tyler", "text": "have u seen Amira's new dance vid 💀"},
            {"sender": "Maddie", "text": "the one in her kitchen?? i duetted it already"},
            {"sender": "Maddie", "text": "[video]"},
            {"sender": "Reece", "text": "LMAOO the face u pulled next to her"},
            {"sender": "Tyler", "text": "everyone go comment on hers. 'cringe' 'delete ur account' etc"},
            {"sender": "Chloe", "text": "guys she actually cries about this stuff"},
            {"sender": "Reece", "text": "good. she thinks shes an influencer"},
            {"sender": "Maddie", "text": "done. commented 'nobody asked' 5 times from my spam acc"},
            {"sender": "Tyler", "text": "ill stitch it with the clown filter tonight so it goes round the whole year"}
        ],
        "labels": ["cyberbullying"]
    },
    {
        "messages": [
            {"sender": "xx_dani_xx", "text": "why is she even live again"},
            {"sender": "moonpie22", "text": "ur voice is so annoying"},
            {"sender": "grimlock_9", "text": "nobody watches u, go cry"},
            {"sender": "bella.streams", "text": "guys pls stop, i'm just trying to do my art"},
            {"sender": "grimlock_9", "text": "kys honestly"},
            {"sender": "xx_dani_xx", "text": "yeah do everyone a favour"}
        ],
        "labels": ["cyberbullying", "self_harm"]
    },
    {
        "messages": [
            {"sender": "tom_h1987", "text": "what school do u go to? u look like my niece"},
            {"sender": "sophiesings", "text": "haha i go to Fernhill Academy, year 8!!"},
            {"sender": "kittykat", "text": "omg i go there too"},
            {"sender": "tom_h1987", "text": "whats ur walk home like, do u go past the park"},
            {"sender": "sophiesings", "text": "yeah i walk down Larch Road every day after school, about half 3, past Dalton's shop lol"},
            {"sender": "tom_h1987", "text": "nice. u stream straight after?"},
            {"sender": "sophiesings", "text": "yep at 4 every weekday from my bedroom, its the one above the front door"},
            {"sender": "kittykat", "text": "sophie dont say where u live on live 😬"}
        ],
        "labels": ["privacy_disclosure"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Hi Leah, I'm Marcus from Starlit Talent. Your lip sync vids are exactly what our clients want"},
            {"sender": "p2", "text": "omg really?? thank u"},
            {"sender": "p1", "text": "You have the look. Honestly with the right manager you could be full time by 16"},
            {"sender": "p2", "text": "that would be my dream"},
            {"sender": "p1", "text": "How old are you now? Just for the paperwork"},
            {"sender": "p2", "text": "15"},
            {"sender": "p1", "text": "Perfect. We have a paid shoot in Brackwater next Saturday, £400 for the day, train paid"},
            {"sender": "p2", "text": "i'd have to ask my mum"},
            {"sender": "p1", "text": "Between us, parents usually ruin these. Say you're at a friend's. The clients are a few older gentlemen who sponsor new talent, you just keep them company at the hotel after the shoot"},
            {"sender": "p2", "text": "what do u mean keep them company"},
            {"sender": "p1", "text": "Drinks, chat, be nice to them. They pay well and they'll gift your channel. Delete this chat after ok?"},
            {"sender": "p2", "text": "ok i think so"}
        ],
        "labels": ["sex_trafficking", "grooming"]
    },
    {
        "messages": [
            {"sender": "Jordan", "text": "who has the undress app"},
            {"sender": "Liam", "text": "i got the free one. whos it for"},
            {"sender": "Jordan", "text": "Skye from 8R. the one who does the makeup streams. heres her thumbnail [photo]"},
            {"sender": "Liam", "text": "lmao ok give me 2 mins"},
            {"sender": "Liam", "text": "[photo] done 💀"},
            {"sender": "Callum", "text": "bro shes 13 thats actually illegal"},
            {"sender": "Jordan", "text": "send it to the year group chat, she'll die"}
        ],
        "labels": ["csam", "cyberbullying"]
    },
    {
        "messages": [
            {"sender": "gifter_ruby", "text": "do the Rooftop dare and i'll send a lion!!"},
            {"sender": "spudz", "text": "yess climb the garage roof on live"},
            {"sender": "finnfpv", "text": "my mum would kill me lol"},
            {"sender": "gifter_ruby", "text": "10 lions if you jump from the roof to the wall"},
            {"sender": "spudz", "text": "dont be a wimp, everyone on the trend is doing it"},
            {"sender": "finnfpv", "text": "ok ok hold on, taking the phone outside, propping it on the bin"},
            {"sender": "spudz", "text": "LETS GOOO"}
        ],
        "labels": ["harmful_challenge"]
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
        "messages": [
            {"sender": "p1", "text": "mum there's this man who keeps messaging me on Glimmr"},
            {"sender": "p2", "text": "What man? What's he saying?"},
            {"sender": "p1", "text": "he watches my lego streams. i blocked him twice but he makes new accounts, now hes called noahsbiggestfan3"},
            {"sender": "p1", "text": "he sent like 40 messages today asking why i blocked him and he wants to video call"},
            {"sender": "p2", "text": "Ok you've done nothing wrong. Don't reply. Can you show me them when I'm home?"},
            {"sender": "p1", "text": "ok. he also requested me on Chatterbox, idk how he found it"}
        ],
        "labels": ["unwanted_contact"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "yo reuben, Dex here. been gifting ur football streams for a month now lol"},
            {"sender": "p2", "text": "yeah bro thank u, u basically paid for my new headset"},
            {"sender": "p1", "text": "no stress. ur like a little brother to me. u need anything, trainers, new phone, u ask me"},
            {"sender": "p2", "text": "thats mad, thanks"},
            {"sender": "p1", "text": "dont say nothing to ur mum about me tho, she wont get it"},
            {"sender": "p2", "text": "i wont"},
            {"sender": "p1", "text": "so i need a favour back now. u owe me like 300 by my count"},
            {"sender": "p2", "text": "i thought they were gifts"},
            {"sender": "p1", "text": "nothing's free. theres a bag at the back of the chicken shop on Mill Lane. take it to the flats on Orchard Way tomorrow after school"},
            {"sender": "p2", "text": "whats in it"},
            {"sender": "p1", "text": "dont ask. keep ur location on, ill be watching where u are the whole way"},
            {"sender": "p2", "text": "what if i dont"},
            {"sender": "p1", "text": "then i come find u. i know where u stream from, i seen ur window on camera"},
            {"sender": "p2", "text": "ok ill do it"}
        ],
        "labels": ["criminal_exploitation", "grooming", "location_control"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Hi Mia! GlowPop Cosmetics here 💖 we'd love you as a paid ambassador"},
            {"sender": "p2", "text": "omg yes!! what do i do"},
            {"sender": "p1", "text": "Easy. We pay ambassadors through their own bank so we don't need a contract. We'll send £900, you keep £100 and send £800 on to our other creators"},
            {"sender": "p2", "text": "why cant u pay them yourself"},
            {"sender": "p1", "text": "Our business account has a limit this month. It's totally normal in influencer marketing"},
            {"sender": "p2", "text": "ok my account is with Harbour Savings, ill dm u the details"},
            {"sender": "p1", "text": "Perfect. Money lands today, please send it on within the hour to the account I give you"},
            {"sender": "p2", "text": "it just came in!!"},
            {"sender": "p1", "text": "Great, send £800 to R Kowal, 20-11-04, 44819032 now x"}
        ],
        "labels": ["money_mule"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Morning superstar. Location on?"},
            {"sender": "p2", "text": "yeah its on"},
            {"sender": "p1", "text": "Good. I need to see it on at all times. Managers have to know where their talent is"},
            {"sender": "p2", "text": "my friends think its weird"},
            {"sender": "p1", "text": "Your friends are jealous. I'm the only one actually getting you views. Who are you with now?"},
            {"sender": "p2", "text": "just Kira at the bus stop"},
            {"sender": "p1", "text": "Your dot says you're by the rec, not the bus stop. Don't lie to me"},
            {"sender": "p2", "text": "sorry we walked a bit"},
            {"sender": "p1", "text": "Send me a photo of where you are right now. And don't tell your dad about our arrangement or the deal's off"},
            {"sender": "p2", "text": "[photo]"}
        ],
        "labels": ["location_control", "grooming"]
    },
    {
        "messages": [
            {"sender": "ashh_xo", "text": "hey miss its Ash from youth club. i read all the comments on my last live and i just cant do this anymore. i dont want to be here anymore honestly"}
        ],
        "labels": ["self_harm"]
    },
    {
        "messages": [
            {"sender": "StreamPay Support", "text": "StreamPay: Your creator payout of £312.80 is ON HOLD. Confirm your card details within 24 hours or your earnings will be lost: [link]"}
        ],
        "labels": ["scam"]
    },
    {
        "messages": [
            {"sender": "Glimmr_Safety_Team", "text": "Hi, we detected a login from another country on your account. To keep your channel, reply with your password and the 6-digit code we just sent to your phone. Glimmr Safety"}
        ],
        "labels": ["scam", "identity_theft"]
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "ur stream was cute tonight"},
            {"sender": "p2", "text": "haha thanks x"},
            {"sender": "p1", "text": "send me a pic tho. a proper one, not for the stream"},
            {"sender": "p2", "text": "what do u mean"},
            {"sender": "p1", "text": "u know what i mean. the private kind. everyones gf does it"},
            {"sender": "p2", "text": "im not comfy with that"},
            {"sender": "p1", "text": "its just for me, ill delete it straight after. if u liked me u would"},
            {"sender": "p2", "text": "ill think about it"}
        ],
        "labels": ["sexting"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "evasion": True,
        "messages": [
            {"sender": "p1", "text": "1 h4v3 ur p1c5 fr0m l4st n1ght"},
            {"sender": "p2", "text": "what? who is this"},
            {"sender": "p1", "text": "p4y 200 1n g1ft c4rd5 0r 1 s3nd th3m t0 3v3ry1 1n ur f0ll0w3r5 + ur sk00l"},
            {"sender": "p2", "text": "please dont im 16"},
            {"sender": "p1", "text": "d0nt c4r3. 2 h0ur5. t1ck t0ck"},
            {"sender": "p2", "text": "i can only get 50"}
        ],
        "labels": ["sextortion"]
    },
    {
        "evasion": True,
        "messages": [
            {"sender": "n0tmyprobl3m", "text": "n o o n e w a t c h e s u"},
            {"sender": "l3xi", "text": "u g l y a n d b o r i n g"},
            {"sender": "zara.bakes", "text": "why are u all being so mean"},
            {"sender": "n0tmyprobl3m", "text": "k y s"},
            {"sender": "l3xi", "text": "d o i t o n l i v e"},
            {"sender": "spam4eva", "text": "e v e r y o n e h a t e s u"}
        ],
        "labels": ["cyberbullying", "self_harm"]
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
        "messages": [
            {"sender": "p2", "text": "hey gracie love ur dance vids"},
            {"sender": "p1", "text": "thank u!!"},
            {"sender": "p2", "text": "are u doing any shows? id love to see u dance irl"},
            {"sender": "p1", "text": "im dancing at the Harwick summer fete on saturday at 2 with my dance school!! its on the village green"},
            {"sender": "p2", "text": "ill be there 😊 what will u be wearing so i can find u"},
            {"sender": "p1", "text": "our blue team tops"},
            {"sender": "p2", "text": "saw u today!! u were amazing. sorry if i scared u when i came up, i just wanted a hug"},
            {"sender": "p1", "text": "that was u?? u followed me to the car"},
            {"sender": "p2", "text": "i just wanted to talk. i know ur in Harwick now so maybe i can come to the next one"},
            {"sender": "p1", "text": "please dont message me anymore"},
            {"sender": "p2", "text": "why not? i came all that way for u"}
        ],
        "labels": ["privacy_disclosure", "unwanted_contact"]
    },
    {
        "messages": [
            {"sender": "CreatorFunds_UK", "text": "Hi Tilly! We run gift payouts for small creators. Fans send money to us and we route it through creators' own accounts to avoid platform fees 💸"},
            {"sender": "tillytok", "text": "ok how much would i get"},
            {"sender": "CreatorFunds_UK", "text": "You keep 15% of everything that passes through. Some girls your age make £200 a week doing nothing"},
            {"sender": "tillytok", "text": "sounds good"},
            {"sender": "CreatorFunds_UK", "text": "We just need your bank details so the money can land. Sort code + account number + full name"},
            {"sender": "tillytok", "text": "Matilda Reeve, 30-92-18, 71620045, its my Northvale teen account"},
            {"sender": "CreatorFunds_UK", "text": "Perfect. When money lands, transfer it to the account we text you the same day. Don't mention us to your bank"},
            {"sender": "tillytok", "text": "ok 👍"}
        ],
        "labels": ["money_mule", "privacy_disclosure"]
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}, {"id": "p3", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Hi Mr Okafor, Priya from Brightleaf Talent here. We'd love to work with Tobi on a paid campaign for Kestrel Trainers. I've sent the contract to your email."},
            {"sender": "p2", "text": "Thanks Priya. I manage Tobi's account as he's 14. I'll read it tonight."},
            {"sender": "p1", "text": "Of course. The fee is £350, paid to the parent or guardian's account only, never to the child."},
            {"sender": "p3", "text": "dad this is the trainer brand i told u about!!"},
            {"sender": "p2", "text": "I know, calm down 😄 Priya, can you confirm there's no in-person shoot?"},
            {"sender": "p1", "text": "It's filmed at home. If you'd like, we can do a video call with you both before signing."},
            {"sender": "p2", "text": "Yes please. Tuesday 6pm works."},
            {"sender": "p1", "text": "Booked. I'll send the invite to your email, not Tobi's."},
            {"sender": "p3", "text": "that call was so cool"},
            {"sender": "p2", "text": "Contract signed. Clause 7 says we approve the final video before it's posted, is that right?"},
            {"sender": "p1", "text": "Yes, nothing goes live without your sign-off."},
            {"sender": "p1", "text": "Also, the trainers will ship to the address on the contract. Please don't post it anywhere."},
            {"sender": "p2", "text": "Understood. Tobi, no unboxing with the box label showing."},
            {"sender": "p3", "text": "ok ok ill blur it"},
            {"sender": "p3", "text": "can i keep it secret from my followers till launch?"},
            {"sender": "p1", "text": "Yes please! Keep it secret until the 14th, that's in the agreement your dad signed."},
            {"sender": "p2", "text": "Invoice sent. Bank details are on the invoice, my account."},
            {"sender": "p1", "text": "Received, payment runs Friday. Welcome aboard Tobi!"},
            {"sender": "p3", "text": "thank uuu"},
            {"sender": "p2", "text": "Thanks Priya, appreciate you going through me for everything."}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Isla can you give me your Glimmr password when you get in, I want to set up the family pairing thing"},
            {"sender": "p2", "text": "whyyy"},
            {"sender": "p1", "text": "Because you're 12 and streaming now. It lets me set who can comment and turn off DMs from strangers. I'm not going to read your chats"},
            {"sender": "p2", "text": "fine. can we do it together tho"},
            {"sender": "p1", "text": "Yes of course, we'll do it on the sofa after tea. Then you change it after and keep the new one to yourself"},
            {"sender": "p2", "text": "ok deal"},
            {"sender": "p1", "text": "And you can still do your slime streams, I just want gifting off for now"},
            {"sender": "p2", "text": "noooo... ok fine"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Glimmr", "text": "Glimmr: 482917 is your login code. Don't share this code with anyone. Glimmr staff will never ask you for it."}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "sunflower_fan", "text": "first!! love this stream"},
            {"sender": "marcusdraws", "text": "the shading on that dragon is insane"},
            {"sender": "keeley.s", "text": "ur my top fan now lol jk im ur top fan"},
            {"sender": "pixiepaints", "text": "awww thank you guys!! sorry the music is loud"},
            {"sender": "marcusdraws", "text": "sent a rose 🌹 keep going!"},
            {"sender": "nanjoan", "text": "Hello love, your nan is watching! So proud x"},
            {"sender": "pixiepaints", "text": "NAN 😭 hi"},
            {"sender": "sunflower_fan", "text": "this made my day honestly"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "send me the raw clips from the beach day and ill cut the 100k special"},
            {"sender": "p2", "text": "sending now!! dont tell anyone about the giveaway bit, i want it to be a surprise"},
            {"sender": "p1", "text": "my lips are sealed 🤐 not even ur mum?"},
            {"sender": "p2", "text": "mum knows lol shes paying for the prize. just not my followers"},
            {"sender": "p1", "text": "ha ok. thumbnail stays secret till sunday"},
            {"sender": "p2", "text": "[video]"},
            {"sender": "p1", "text": "got it. ill blur the car number plate in the second clip btw"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Maisie", "text": "can u send me a pic of the maths homework, i was streaming and forgot to write it down 😭"},
            {"sender": "Ruby", "text": "lol [photo]"},
            {"sender": "Maisie", "text": "ur a lifesaver"},
            {"sender": "Ruby", "text": "its pages 44 and 45 btw, due thursday"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Kofi", "text": "bro ur stitch of my fail vid has 20k views 💀💀"},
            {"sender": "Aiden", "text": "IM DEAD. the part where u fall off the skateboard and the dog just stares"},
            {"sender": "Sam", "text": "i cried laughing, u killed it"},
            {"sender": "Kofi", "text": "im never living this down"},
            {"sender": "Aiden", "text": "ur famous now bro, deal with it"},
            {"sender": "Sam", "text": "someone commented 'funniest thing on the app' lol u made it"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}, {"id": "p4", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Tonight's topic for the creators' club chat: sextortion. Who knows what that word means?"},
            {"sender": "p2", "text": "when someone threatens to post your pics unless u pay?"},
            {"sender": "p1", "text": "Exactly. It often starts with someone pretending to be a teen who likes your streams, then asking for a private pic."},
            {"sender": "p3", "text": "what if u already sent one tho"},
            {"sender": "p1", "text": "Then you're not in trouble. Stop replying, don't pay, screenshot everything and tell a trusted adult. Report Remove can help get images taken down."},
            {"sender": "p4", "text": "my brother said paying makes it stop"},
            {"sender": "p1", "text": "It usually doesn't. They tend to ask for more. Paying is never the answer."},
            {"sender": "p2", "text": "can u report it to the app too"},
            {"sender": "p1", "text": "Yes, always report the account. And you can talk to me or Childline any time."},
            {"sender": "p3", "text": "ok thanks Jess"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Hannah", "text": "did u see the news about that streamer from Kingsport? people found her school and street from her videos"},
            {"sender": "Priya", "text": "yeah thats so scary, someone turned up at her house"},
            {"sender": "Leo", "text": "apparently it was the reflection in her window that gave it away"},
            {"sender": "Hannah", "text": "im never filming by my window again"},
            {"sender": "Priya", "text": "same. i took my school tie out of all my vids last night"},
            {"sender": "Leo", "text": "my mum made me turn off location on the app after reading it"},
            {"sender": "Hannah", "text": "good. its mad how people work it out"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Max, something I want to say now you've got more followers. If anyone ever asks you for a pic, the private kind, or says they'll post something unless you pay, tell me straight away"},
            {"sender": "p2", "text": "dad ew why would anyone"},
            {"sender": "p1", "text": "It happens to lots of boys your age and it's not your fault if it does. You won't be in trouble, ever"},
            {"sender": "p2", "text": "ok ok i know, we did it at school"},
            {"sender": "p1", "text": "Good. Love you. Also dinner's at 6"},
            {"sender": "p2", "text": "love u too. can i have 10 more mins on stream"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "hey gorgeous, want me to be ur mod? ill gift 2k coins a week, just add me on Whispr and keep it between us"},
            {"sender": "p2", "text": "no thanks. i only have friends from school as mods. blocking u"},
            {"sender": "p2", "text": "blocked and reported"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Queue item 4471: account 'sweetgiftsforyou' flagged by three creators for mass DMs offering coins to under-16s"},
            {"sender": "p2", "text": "Seen it. Pattern matches the grooming playbook, offering mod roles and moving kids to other apps"},
            {"sender": "p1", "text": "None of the reporters engaged, they all blocked straight away. Still escalating?"},
            {"sender": "p2", "text": "Yes. Suspend, preserve the messages and send it to the child safety team for a possible law enforcement referral"},
            {"sender": "p1", "text": "Done. Also adding the username variants to the watchlist"},
            {"sender": "p2", "text": "Thanks. Log it in the weekly report please"},
            {"sender": "p1", "text": "Logged. Next item is a copyright claim, easy one"},
            {"sender": "p2", "text": "ha, finally"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "How was the meet up? Send me your location when you leave the hall please"},
            {"sender": "p2", "text": "sooo good!! leaving now [location]"},
            {"sender": "p1", "text": "Got it. Is Megan's mum still driving you both?"},
            {"sender": "p2", "text": "yep we're in the car"},
            {"sender": "p1", "text": "Lovely, see you at 7. Did anyone ask for your number?"},
            {"sender": "p2", "text": "no, the staff said no swapping numbers, everyone just followed each others accounts"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Mum", "text": "Can you turn family sharing on for the Creator Day trip, just so I know you got to the venue ok"},
            {"sender": "Liv", "text": "its on. can u see me?"},
            {"sender": "Mum", "text": "Yep. I'll switch it off when you're home, promise"},
            {"sender": "Liv", "text": "ok. the tickets say under 16s need an adult anyway so aunty Carol's meeting us there"},
            {"sender": "Mum", "text": "Perfect. Have fun and charge your phone!"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "adult"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p2", "text": "yo zac wanna do a collab? build battle on my channel"},
            {"sender": "p1", "text": "YES. when"},
            {"sender": "p2", "text": "saturday? my mum runs my account so shell sort it with ur mum"},
            {"sender": "p3", "text": "Hi Zac, Ben's mum here. We'd stream from Ben's channel and you'd join from home. Could your mum message me on here so we can agree times?"},
            {"sender": "p1", "text": "yeah ill get her now"},
            {"sender": "p3", "text": "Thanks. No private apps needed, we'll keep everything in this chat so both mums can see"},
            {"sender": "p2", "text": "its gonna be epic"},
            {"sender": "p1", "text": "my mum said 2pm is fine!"}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Leah", "text": "can u have the vlog ready by friday"},
            {"sender": "Dan", "text": "should be, im on the colour grade now"},
            {"sender": "Leah", "text": "yay. ill do the thumbnail thursday"},
            {"sender": "Dan", "text": "use the yellow background, the blue one looked flat"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "my mic keeps crackling on stream"},
            {"sender": "p2", "text": "turn the gain down and move it away from ur pc fan"},
            {"sender": "p1", "text": "omg that fixed it"},
            {"sender": "p2", "text": "told u. also ur overlay is covering the chat"},
            {"sender": "p1", "text": "ill move it to the left"}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Dad", "text": "Tea's ready, come off the stream"},
            {"sender": "Ollie", "text": "2 mins im ending it now"},
            {"sender": "Dad", "text": "Pasta's going cold"},
            {"sender": "Ollie", "text": "coming!!"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "ideas for next video?"},
            {"sender": "p2", "text": "blind taste test with weird crisps"},
            {"sender": "p3", "text": "or we rank every school dinner lol"},
            {"sender": "p1", "text": "crisps one. whos buying"},
            {"sender": "p2", "text": "ill bring them tuesday"}
        ],
        "labels": []
    }
]
