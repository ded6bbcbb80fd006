[
{"participants": [{"id": "big_j", "role": "adult"}, {"id": "rayan", "role": "child"}],
 "messages": [
  {"sender": "big_j", "text": "u collected from the flat yeah"},
  {"sender": "rayan", "text": "ye got 1.4 in the bag"},
  {"sender": "big_j", "text": "dont bring it to me. go the cashpoint at the retail park, pay it into ur Cobalt account bit by bit, 3 or 4 hundred each time"},
  {"sender": "rayan", "text": "wont they ask questions"},
  {"sender": "big_j", "text": "ur a kid they dont ask kids nothing. then send it to the accounts i text u. and delete this chat"},
  {"sender": "rayan", "text": "what if my mum sees my balance"},
  {"sender": "big_j", "text": "say its from selling ur trainers. sort it tonight or u know what happens"}],
 "labels": ["criminal_exploitation", "money_mule"], "evasion": False},

{"participants": [{"id": "D_Stacks", "role": "adult"}, {"id": "kobe", "role": "child"}],
 "messages": [
  {"sender": "D_Stacks", "text": "turn ur l\u043ec\u0430ti\u043en back on n\u043ew. i can s\u0435\u0435 u went gh\u043est at 4"},
  {"sender": "D_Stacks", "text": "u r m\u0435\u0430nt to b\u0435 at th\u0435 sp\u043et till 10. th\u0435 ph\u043en\u0435 been ringing n no1 answ\u0435ring, thats m\u043en\u0435y ur losing m\u0435"},
  {"sender": "kobe", "text": "im at home my mum kept me in"},
  {"sender": "D_Stacks", "text": "ur mum dont pay u. g3t back 2 th3 sp0t, sh4r3 l1v3 l0c 4 8 hrs n s3nd a v1d of th3 str33t s1gn wh3n u get th3r3"},
  {"sender": "D_Stacks", "text": "i'll b w4tch1ng th3 d0t"}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": True},

{"participants": [{"id": "sara_yjs", "role": "adult"}, {"id": "tyreese", "role": "child"}],
 "messages": [
  {"sender": "tyreese", "text": "miss can i talk to u about something but not my mum"},
  {"sender": "sara_yjs", "text": "Of course. You can tell me anything, and I'll be honest with you about what I have to share. What's going on?"},
  {"sender": "tyreese", "text": "theres these olders. they buy my train tickets to Marlow Bay every weekend n i stay in a flat and sell for them"},
  {"sender": "tyreese", "text": "they say i owe them 2 grand cos i lost stuff. they ring me every hour and make me send a pic of the station sign so they know where i am"},
  {"sender": "sara_yjs", "text": "Thank you for telling me, that took guts. None of this is your fault. Are you safe right now?"},
  {"sender": "tyreese", "text": "im at home. they want me to go again friday"},
  {"sender": "sara_yjs", "text": "OK. I'm going to ring you in 10 minutes and we'll make a plan together for Friday."}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

{"messages": [
  {"sender": "Boss", "text": "new rule. everyone drops live loc in here every hour on the hour. screenshot with the time showing"},
  {"sender": "Lil P", "text": "what if my phone dies"},
  {"sender": "Boss", "text": "then u carry a power bank. anyone goes ghost gets taxed 200"},
  {"sender": "Kash", "text": "[location]"},
  {"sender": "Boss", "text": "also whoever's got a bank that aint been used DM me. need 3 accounts for the weekend, money goes in, u send it where i say"},
  {"sender": "T-Bone", "text": "i got my Penny Bank one, my mum never checks it"},
  {"sender": "Boss", "text": "sound. lil p where's ur loc"},
  {"sender": "Lil P", "text": "[location] at the shop by the flats"}],
 "labels": ["criminal_exploitation", "location_control", "money_mule"], "evasion": False},

{"messages": [
  {"sender": "K", "text": "why r u at ur nans"},
  {"sender": "Jaden", "text": "how do u know that"},
  {"sender": "K", "text": "i see everything. the app u put on remember. ur meant to be on the line from 6, its been ringing off"},
  {"sender": "Jaden", "text": "its my nans birthday i told u"},
  {"sender": "K", "text": "and i told u the phone comes first. leave now. i'm watching the dot, if it dont move in 5 mins i send someone to ur nans door"}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

{"participants": [{"id": "conor", "role": "child"}, {"id": "abbie", "role": "child"}],
 "messages": [
  {"sender": "conor", "text": "give me ur snapwave password"},
  {"sender": "abbie", "text": "why"},
  {"sender": "conor", "text": "cos if ur not hiding anything it wont matter. and i put that Findr app on ur phone yesterday so dont bother deleting it"},
  {"sender": "abbie", "text": "u went on my phone??"},
  {"sender": "conor", "text": "i need to know where u are 24/7. thats what being together is"},
  {"sender": "abbie", "text": "its abbie2009! happy now"},
  {"sender": "conor", "text": "dont change it or ill know. and if the app goes off im coming round"}],
 "labels": ["location_control", "identity_theft"], "evasion": False},

{"messages": [
  {"sender": "Mandy", "text": "car's coming for u girls at 9. wear what i bought u"},
  {"sender": "Keira", "text": "where are we going tonight"},
  {"sender": "Mandy", "text": "different hotel, Northbridge. the men are paying good so be friendly"},
  {"sender": "Mandy", "text": "keep ur locations on so the driver finds u and so i know where u are all night. nobody turns it off"},
  {"sender": "Jo", "text": "im tired i've been out 3 nights"},
  {"sender": "Mandy", "text": "u owe me for the hair and the phone. u'll rest when its paid"},
  {"sender": "Tilly", "text": "ok"}],
 "labels": ["sex_trafficking", "location_control"], "evasion": False},

{"participants": [{"id": "shaq", "role": "adult"}, {"id": "nadia", "role": "child"}],
 "messages": [
  {"sender": "shaq", "text": "u know i paid for ur nails, ur lashes and that phone ur holding"},
  {"sender": "nadia", "text": "i said thank u"},
  {"sender": "shaq", "text": "thank u dont pay bills. my friend Omar's coming down tonight. u'll go meet him at the StayWell Lodge and keep him company"},
  {"sender": "nadia", "text": "i dont even know him"},
  {"sender": "shaq", "text": "u dont need to. u do this and we're square. u dont, i want everything back plus"}],
 "labels": ["sex_trafficking"], "evasion": False},

{"messages": [
  {"sender": "Lacey", "text": "can i tell u something and u cant say nothing"},
  {"sender": "Bri", "text": "ofc"},
  {"sender": "Lacey", "text": "u know Jay? he keeps taking me to different flats to chill with his mates. last time it was in Kestrel Bay"},
  {"sender": "Lacey", "text": "they give me money and vapes after and he says its cos they like me. i dont want to go no more but he says i have to cos he drove me all that way"},
  {"sender": "Bri", "text": "lace thats not ok. he's like 24"},
  {"sender": "Lacey", "text": "dont tell anyone pls"}],
 "labels": ["sex_trafficking"], "evasion": False},

{"participants": [{"id": "PxlTrader", "role": "unknown"}, {"id": "finn", "role": "child"}],
 "messages": [
  {"sender": "PxlTrader", "text": "I'll send you 20 x \u00a350 Gamegrid gift cards. Redeem them on your account, buy the limited skins, then trade the skins to my alt PxlStorage"},
  {"sender": "finn", "text": "why not just do it urself"},
  {"sender": "PxlTrader", "text": "my account's flagged lol. you keep one skin, it's worth like \u00a340"},
  {"sender": "finn", "text": "ok send them"},
  {"sender": "PxlTrader", "text": "codes coming. dont redeem more than 3 an hour or it looks weird"}],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "Kai C", "text": "my cousin needs to borrow ur bank for a week, he'll give u \u00a3100"},
  {"sender": "Harvey", "text": "borrow how"},
  {"sender": "Kai C", "text": "send me a pic of ur card front and back, ur app login and the passcode. he does everything, u dont gotta do nothing"},
  {"sender": "Harvey", "text": "what does he need it for"},
  {"sender": "Kai C", "text": "business stuff. his one got shut down. its easy money bro"},
  {"sender": "Harvey", "text": "[photo] [photo] login is harveyb07 passcode 2711"}],
 "labels": ["money_mule", "identity_theft", "privacy_disclosure"], "evasion": False},

{"participants": [{"id": "tia", "role": "child"}, {"id": "gemma_youthwork", "role": "adult"}],
 "messages": [
  {"sender": "tia", "text": "gemma my bank's frozen my account and they sent a letter home"},
  {"sender": "gemma_youthwork", "text": "Oh no. Do you know why?"},
  {"sender": "tia", "text": "there was this page on picpost that said they flip \u00a350 into \u00a3500. i sent 50 and they said to get my money back i had to let them send it through my account"},
  {"sender": "tia", "text": "then like 3k came in from people i dont know and they told me to send it on to a crypto thing. i did and they blocked me"},
  {"sender": "gemma_youthwork", "text": "Thanks for being honest with me. You've been used, and you're not in trouble with me. Can we ring the bank together tomorrow?"}],
 "labels": ["money_mule", "scam"], "evasion": False},

{"participants": [{"id": "lee_coach", "role": "adult"}, {"id": "poppy", "role": "child"}],
 "messages": [
  {"sender": "lee_coach", "text": "you were brilliant at training tonight, honestly the most mature girl in the squad"},
  {"sender": "poppy", "text": "thanks \U0001F60A"},
  {"sender": "lee_coach", "text": "you can talk to me about anything you know. way easier than your parents"},
  {"sender": "lee_coach", "text": "make sure you delete our chats though, the other girls would get jealous"},
  {"sender": "lee_coach", "text": "send me one just for me? nothing bad. the kind you wouldn't put on your story"},
  {"sender": "poppy", "text": "like what"},
  {"sender": "lee_coach", "text": "use your imagination \U0001F609 our secret"}],
 "labels": ["grooming", "sexting"], "evasion": False},

{"messages": [
  {"sender": "r1ckyy", "text": "s3nd a p!c 4 me \U0001F351\U0001F440"},
  {"sender": "Millie", "text": "of what"},
  {"sender": "r1ckyy", "text": "u kn0w \U0001F648 the n0t-f0r-ur-st0ry kind. n0body'll s33 it"},
  {"sender": "Millie", "text": "idk"},
  {"sender": "r1ckyy", "text": "sn4p d3l3t3s it anyway. 1 p!c n ill st0p ask1ng"}],
 "labels": ["sexting"], "evasion": True},

{"participants": [{"id": "unknwn_x", "role": "unknown"}, {"id": "dan", "role": "child"}],
 "messages": [
  {"sender": "unknwn_x", "text": "i hav3 ur v1ds. p@y \u00a3150 2 th1s 4cc 0r ur p1cs g0 2 ur sk00l gc + ur m0m"},
  {"sender": "unknwn_x", "text": "u g0t 30 m1ns. d0nt bl0ck m3 i hav3 ur f0ll0w3rs l1st"},
  {"sender": "dan", "text": "i dont have that much"},
  {"sender": "unknwn_x", "text": "th3n ur r3put4t10n is 0v3r \U0001F480 t1ck t0ck"}],
 "labels": ["sextortion"], "evasion": True},

{"messages": [
  {"sender": "Amaya", "text": "jess i did something so stupid"},
  {"sender": "Amaya", "text": "i sent pics to this boy from picpost and now its a different person messaging saying he'll send them to everyone in my contacts unless i pay \u00a3300"},
  {"sender": "Jess", "text": "omg ok breathe. dont pay. we'll tell someone"},
  {"sender": "Amaya", "text": "i cant tell my mum she'll hate me"},
  {"sender": "Amaya", "text": "honestly i just want to disappear. everyone's going to see"},
  {"sender": "Jess", "text": "no. listen to me. ring the helpline with me rn, im coming over"}],
 "labels": ["sextortion", "self_harm"], "evasion": False},

{"messages": [
  {"sender": "dxn", "text": "anyone got the link to the folder? the one with the yr9 girls"},
  {"sender": "jamal_", "text": "which one theres 2"},
  {"sender": "dxn", "text": "the drive one. i'll swap, got some from st brennan's"},
  {"sender": "Ollie W", "text": "bro thats so illegal wtf"},
  {"sender": "jamal_", "text": "[link] dont send it to anyone outside this gc"}],
 "labels": ["csam"], "evasion": False},

{"participants": [{"id": "mark_74", "role": "adult"}, {"id": "kayla", "role": "child"}],
 "messages": [
  {"sender": "mark_74", "text": "you're such a sweet girl, I've loved chatting these last few weeks. you're my special friend"},
  {"sender": "kayla", "text": "ur nice to talk to"},
  {"sender": "mark_74", "text": "have you got any friends your age or younger who'd like a special friend too?"},
  {"sender": "mark_74", "text": "send me some of their pics. the private ones they send each other. I'll send you a \u00a350 voucher for each"},
  {"sender": "kayla", "text": "that's weird"},
  {"sender": "mark_74", "text": "it's just between us remember. I thought you were mature"}],
 "labels": ["csam", "grooming"], "evasion": False},

{"participants": [{"id": "+447700900771", "role": "unknown"}],
 "messages": [
  {"sender": "+447700900771", "text": "RoyalParcels: We were unable to deliver your package today. A \u00a31.99 redelivery fee is due. Pay now to avoid it being returned: [link]"}],
 "labels": ["scam"], "evasion": False},

{"messages": [
  {"sender": "Ty", "text": "page needs new content. whoever smashes the bus shelter glass on Ryland Rd gets pinned"},
  {"sender": "Marley", "text": "nah thats too much"},
  {"sender": "Ty", "text": "ur soft. do it or ur off the page. film it and wear a mask"},
  {"sender": "Rocco", "text": "im in. friday night after the chippy"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Gabe", "text": "have u seen the spray can challenge on FlickTok"},
  {"sender": "Lennon", "text": "the one where u keep going till ur dizzy? ye"},
  {"sender": "Gabe", "text": "we're doing it at mine sat. whoever lasts longest wins the pot"},
  {"sender": "Zack", "text": "my mum's mate's kid got really ill from that"},
  {"sender": "Gabe", "text": "dont be soft. 10 quid each in"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Maddie_13", "text": "so bored, anyone near Fenwick park? [location]"},
  {"sender": "Maddie_13", "text": "im on the swings by the lake rn lol"},
  {"sender": "N1ghtOwl", "text": "i'm 2 mins from there actually. what u wearing so i can find u"},
  {"sender": "Maddie_13", "text": "who even are u"},
  {"sender": "N1ghtOwl", "text": "come on don't be shy. dm me, i'll bring u a drink"}],
 "labels": ["privacy_disclosure", "unwanted_contact"], "evasion": False},

{"messages": [
  {"sender": "h.j.2001", "text": "why did u block me"},
  {"sender": "h.j.2001", "text": "made a new acc just to talk to u"},
  {"sender": "Sophia", "text": "i dont know you. stop adding me"},
  {"sender": "h.j.2001", "text": "i'll keep making them. this is acc number 5 lol"},
  {"sender": "h.j.2001", "text": "u cant block me forever"},
  {"sender": "Sophia", "text": "reported"},
  {"sender": "h.j.2001", "text": "see u on the next one \U0001F618"}],
 "labels": ["unwanted_contact"], "evasion": False},

{"participants": [{"id": "h0t_guy99", "role": "unknown"}, {"id": "liv", "role": "child"}],
 "messages": [
  {"sender": "h0t_guy99", "text": "h\u0435y b\u0435\u0430utiful \U0001F60D s\u0435\u0435n u on th\u0435 sk\u0430t\u0435 p\u0430rk vid"},
  {"sender": "h0t_guy99", "text": "\u0430dd m\u0435 b\u0430ck"},
  {"sender": "h0t_guy99", "text": "[photo]"},
  {"sender": "liv", "text": "who are u stop"},
  {"sender": "h0t_guy99", "text": "d0nt b shy \U0001F60F u kn0w u w\u0430nt m0r\u0435"},
  {"sender": "h0t_guy99", "text": "[photo]"}],
 "labels": ["unwanted_contact"], "evasion": True},

{"participants": [{"id": "jamie_youthwork", "role": "adult"}, {"id": "kofi", "role": "child"}],
 "messages": [
  {"sender": "kofi", "text": "what was that word u said in group today. squaring?"},
  {"sender": "jamie_youthwork", "text": "Yeah - it's when someone uses a young person's bank or game account to move money for them. It's money laundering, and the account holder can lose their bank account for years."},
  {"sender": "kofi", "text": "so if someone asks to borrow ur account for like a day"},
  {"sender": "jamie_youthwork", "text": "That's exactly the kind of thing to say no to and tell someone about. Has anyone asked you?"},
  {"sender": "kofi", "text": "nah just asking. someone in a video was talking about it"},
  {"sender": "jamie_youthwork", "text": "Fair enough. Door's always open if that changes \U0001F44D"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Patel's News", "text": "Harry can you do the Sunday round this week as well? Extra \u00a312. Bags ready at 7."},
  {"sender": "Harry", "text": "yes no problem"},
  {"sender": "Patel's News", "text": "Thank you. Remember the Elm Close ones go through the side gate not the front"},
  {"sender": "Harry", "text": "ok"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "uncle_femi", "role": "adult"}, {"id": "tobi", "role": "child"}],
 "messages": [
  {"sender": "uncle_femi", "text": "Tobi you coming to help at the car wash Saturday? Your mum said it's fine"},
  {"sender": "tobi", "text": "ye what time"},
  {"sender": "uncle_femi", "text": "10 till 3. I'll give you \u00a330 cash and lunch. I'll pick you up, be outside at 9:45"},
  {"sender": "tobi", "text": "bet. can ayo come"},
  {"sender": "uncle_femi", "text": "Ask his dad first, if he says yes he can come"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "NorthgateBank", "role": "unknown"}],
 "messages": [
  {"sender": "NorthgateBank", "text": "Northgate Bank: A new device was used to log in to your app on 03/03 at 19:42. If this was you, no action is needed. If not, call the number on the back of your card. We will never ask for your PIN or passcode by text or phone."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "RiftRoyale", "role": "unknown"}],
 "messages": [
  {"sender": "RiftRoyale", "text": "Your Rift Royale verification code is 558 021. Don't share this code with anyone, including Rift staff. It expires in 10 minutes."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Isla", "text": "can u send me a pic of the maths homework sheet i left mine in my locker"},
  {"sender": "Maya", "text": "[photo] its q 3-9 only"},
  {"sender": "Isla", "text": "ur a lifesaver"},
  {"sender": "Maya", "text": "send me ur english essay plan in return \U0001F602"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Oscar", "text": "dare: u have to eat a spoon of english mustard on camera"},
  {"sender": "Finn", "text": "easy"},
  {"sender": "Jude", "text": "and do the chicken dance in the canteen tmrw"},
  {"sender": "Finn", "text": "ur all evil. fine but only if oscar sings happy birthday to mr davies"},
  {"sender": "Oscar", "text": "deal lol"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mum", "role": "adult"}, {"id": "lola", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "Where are you? You said you'd be home by 6"},
  {"sender": "lola", "text": "at ellas, lost track of time sorry"},
  {"sender": "mum", "text": "Share your location with me please and I'll come and get you, it's dark"},
  {"sender": "lola", "text": "[location] its on now"},
  {"sender": "mum", "text": "Ok leaving now. Be outside in 10 x"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Noah", "text": "did u see that news thing about the boy who got blackmailed over pics"},
  {"sender": "Ben", "text": "ye the scammers pretended to be a girl and then demanded money. mad"},
  {"sender": "Kit", "text": "my dad made me watch it with him \U0001F480 he said if that ever happens dont pay, just tell him"},
  {"sender": "Noah", "text": "fr thats scary. the police said they go after boys our age"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ava", "text": "trains booked for sat! 10:15 from Ashcombe, back on the 23:05"},
  {"sender": "Neve", "text": "my mum wants the hotel name, she's driving us back sunday actually"},
  {"sender": "Lily", "text": "can u send me the ticket pdf in case my phone dies"},
  {"sender": "Ava", "text": "[photo] everyone share locs at the arena in case we lose each other"},
  {"sender": "Neve", "text": "yes!! cant wait"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "carol_hub", "role": "adult"}, {"id": "jordan", "role": "child"}],
 "messages": [
  {"sender": "carol_hub", "text": "Hi Jordan, thanks for signing up to volunteer. Saturday we need the parcels taken from the hall to the minibus, then we drop them round the estate with Pete."},
  {"sender": "jordan", "text": "ok do i need to bring anything"},
  {"sender": "carol_hub", "text": "Just your volunteer lanyard. Pete drives, you carry and knock. Finish at 1. Your hours count for your award too"},
  {"sender": "jordan", "text": "nice thanks"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mr Grant", "text": "Reminder: the GPS trackers must stay ON in the rucksack all weekend so we can see each group on the map. That's a safety requirement."},
  {"sender": "Ellis", "text": "what if the battery dies"},
  {"sender": "Mr Grant", "text": "Spare batteries in the first aid kit. Check in at every checkpoint by text."},
  {"sender": "Priyanka", "text": "will do sir"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "tash_mum", "role": "adult"}, {"id": "evie", "role": "child"}],
 "messages": [
  {"sender": "tash_mum", "text": "Hi Evie, Tasha's birthday party is at Strike Zone bowling Saturday 2pm. Tash's dad will drive the girls home after if your parents are ok with it"},
  {"sender": "evie", "text": "thank u! i'll ask my mum"},
  {"sender": "tash_mum", "text": "Lovely. Just let me know any allergies for the food"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Arlo", "text": "happy birthday bro \U0001F382 check ur inbox"},
  {"sender": "Kieran", "text": "NO WAY the dragon skin?? how"},
  {"sender": "Arlo", "text": "saved my birthday money lol. u gifted me one last year"},
  {"sender": "Kieran", "text": "ur a real one"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Jack", "text": "there's a parcel coming today, it's mums birthday present. grab it before she sees and hide it in ur room"},
  {"sender": "Evan", "text": "whats in it"},
  {"sender": "Jack", "text": "the necklace she wanted. DONT tell her"},
  {"sender": "Evan", "text": "got it, its under my bed"},
  {"sender": "Jack", "text": "legend"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "leanne_yw", "role": "adult"}, {"id": "deshawn", "role": "child"}],
 "messages": [
  {"sender": "leanne_yw", "text": "Hi Deshawn, are we still good for our catch-up Tuesday? Where do you want to meet - Burger Barn on the high street again?"},
  {"sender": "deshawn", "text": "ye 4 oclock"},
  {"sender": "leanne_yw", "text": "Perfect. How's the new college course going?"},
  {"sender": "deshawn", "text": "its calm. got a distinction on the first unit"},
  {"sender": "leanne_yw", "text": "Amazing! Tell me all about it Tuesday \U0001F64C"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "PennyBank", "role": "unknown"}],
 "messages": [
  {"sender": "PennyBank", "text": "Penny Bank: You received \u00a320.00 from S WILLIAMS (ref: pocket money). Your balance is \u00a346.30."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Grace", "text": "i fell up the stairs in front of the year 11s. i want to disappear \U0001F62D"},
  {"sender": "Mia", "text": "HAHA no way"},
  {"sender": "Grace", "text": "im never going outside again. bury me"},
  {"sender": "Mia", "text": "ur fine nobody saw. ok maybe jake saw"},
  {"sender": "Grace", "text": "kill me now lol"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "dad", "role": "adult"}, {"id": "sienna", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "Saw your map on Snapwave is showing our street to everyone. Can you put it on ghost mode please? Or just me and mum"},
  {"sender": "sienna", "text": "ok done, only besties can see it now"},
  {"sender": "dad", "text": "Thanks love. Just being careful x"}],
 "labels": [], "evasion": False}
]
