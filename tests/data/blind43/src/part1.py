[
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
        "messages": [
            {"sender": "u1", "text": "hey u go dunmere academy right? i think i seen u at the leisure centre"},
            {"sender": "c1", "text": "yh who is this"},
            {"sender": "u1", "text": "chloe!! im new round here, moved from fenmouth. ur mate ryan added me"},
            {"sender": "c1", "text": "oh ok safe"},
            {"sender": "u1", "text": "ur proper good looking in ur football pics ngl \U0001f633"},
            {"sender": "c1", "text": "haha thanks"},
            {"sender": "u1", "text": "how old r u"},
            {"sender": "c1", "text": "15 u?"},
            {"sender": "u1", "text": "16 in march. do u have a gf"},
            {"sender": "c1", "text": "nah"},
            {"sender": "u1", "text": "good \U0001f60f i dont talk to many boys on here theyre all weird"},
            {"sender": "c1", "text": "lol fair"},
            {"sender": "u1", "text": "what position do u play"},
            {"sender": "c1", "text": "left wing. we got a cup game sunday"},
            {"sender": "u1", "text": "aww i'd come watch if i knew anyone. u on whisp? its better for chatting"},
            {"sender": "c1", "text": "yh same name as here"},
            {"sender": "u1", "text": "i sent u something on whisp. ur turn now, the private kind. it deletes after so dont worry"},
            {"sender": "c1", "text": "idk"},
            {"sender": "u1", "text": "dont be boring i showed u mine. just one"},
            {"sender": "c1", "text": "ok fine [photo]"},
            {"sender": "u1", "text": "[photo] look what i got. screenshotted. i got ur followers list, ur mum, ur coach and the dunmere rovers page"},
            {"sender": "c1", "text": "wtf ur not chloe"},
            {"sender": "u1", "text": "pay \u00a3300 in vaultr gift cards in the next hour or it goes to everyone. send the codes here"},
            {"sender": "c1", "text": "i dont have that much please"},
            {"sender": "u1", "text": "then send what u have now. \u00a3100 now. timer started. dont test me"}
        ],
        "labels": ["sexting", "sextortion"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
        "messages": [
            {"sender": "u1", "text": "yo saw ur comment on the giveaway. u want easy money? \u00a3250 for 10 mins work"},
            {"sender": "c1", "text": "doing what"},
            {"sender": "u1", "text": "i send money into ur account, u send it on to my mate, u keep 250. no risk its my business money, the bank limits r annoying"},
            {"sender": "c1", "text": "is it legal"},
            {"sender": "u1", "text": "100% bro loads of lads doing it. u 16+?"},
            {"sender": "c1", "text": "16 in june. i got a penwick account"},
            {"sender": "u1", "text": "perfect. send ur sort code, acc number and full name. screenshot of ur banking app too"},
            {"sender": "c1", "text": "kian doyle 40-12-76 31045582 [photo]"},
            {"sender": "u1", "text": "sound. money lands tonight, move it quick and delete this chat after"}
        ],
        "labels": ["money_mule", "privacy_disclosure"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
        "messages": [
            {"sender": "u1", "text": "u still wanna make p?"},
            {"sender": "c1", "text": "yh"},
            {"sender": "u1", "text": "train to saltmarsh bay tmrw 7am. pick up a bag from shayne at the station and hold it till i say"},
            {"sender": "c1", "text": "how long for"},
            {"sender": "u1", "text": "couple days. u stay at the flat. turn ur location on and share it with me and dont turn it off"},
            {"sender": "c1", "text": "my mum will ask where i am"},
            {"sender": "u1", "text": "tell her ur at a mates. if ur dot goes off i'll know ur messing me about"},
            {"sender": "c1", "text": "ok"},
            {"sender": "u1", "text": "[location] send me one of these every hour. and dont lose the bag, if its short u owe me"},
            {"sender": "c1", "text": "sharing now"}
        ],
        "labels": ["criminal_exploitation", "location_control"]
    },
    {
        "messages": [
            {"sender": "ClashDrops_Official", "text": "\U0001f381 CONGRATS! You've been picked for a FREE Dragonfang knife skin (worth \u00a3400) for reaching level 50!"},
            {"sender": "Reece", "text": "wait fr??"},
            {"sender": "ClashDrops_Official", "text": "Yes! To claim just log in here [link] with your Clashfield username and password"},
            {"sender": "Reece", "text": "done"},
            {"sender": "ClashDrops_Official", "text": "You will get a 6 digit code by text. Send it here so we can verify you are the owner"},
            {"sender": "Reece", "text": "553 901"},
            {"sender": "ClashDrops_Official", "text": "Verified \u2705 skin arrives in 24hrs. Don't change your password or the claim cancels"},
            {"sender": "Reece", "text": "sick thanks"}
        ],
        "labels": ["scam", "identity_theft"]
    },
    {
        "messages": [
            {"sender": "Leon", "text": "missing a pen in the semi \U0001f602\U0001f602 ur actually useless danny"},
            {"sender": "Marcus", "text": "cost us the whole season fam"},
            {"sender": "Tayo", "text": "delete urself from the group"},
            {"sender": "Ollie", "text": "lads it was one pen"},
            {"sender": "Leon", "text": "ollie ur his only mate thats why"},
            {"sender": "Marcus", "text": "[photo] made him a clown \U0001f921 posting it on the team page"},
            {"sender": "Tayo", "text": "everyone at school gonna see it tmrw"},
            {"sender": "Danny", "text": "pls stop"},
            {"sender": "Leon", "text": "nobody wants u in this team danny. kys honestly"},
            {"sender": "Marcus", "text": "fr do everyone a favour"}
        ],
        "labels": ["cyberbullying", "self_harm"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}, {"id": "c4", "role": "child"}],
        "messages": [
            {"sender": "c1", "text": "2k views on the last one lads we need another"},
            {"sender": "c2", "text": "who next"},
            {"sender": "c1", "text": "the new yr 8 with the massive bag. someone jump him at the gates after school, i'll film"},
            {"sender": "c3", "text": "dare u to do it ashton"},
            {"sender": "c4", "text": "bet. 3:15 by the bus stop"},
            {"sender": "c1", "text": "make sure i get his face, we post it on the ravensby fights page with his name on"},
            {"sender": "c2", "text": "hes gonna cry \U0001f602"},
            {"sender": "c3", "text": "chicken if u bottle it"}
        ],
        "labels": ["harmful_challenge", "cyberbullying"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
        "messages": [
            {"sender": "c1", "text": "mel can i talk to u about something. dont tell anyone"},
            {"sender": "a1", "text": "Of course you can Zak. I can't promise to keep everything secret if you're not safe, but I'll always tell you first. What's going on?"},
            {"sender": "c1", "text": "theres this girl i was talking to on pingr. she asked for a pic, the private kind, and i sent one"},
            {"sender": "c1", "text": "now she says shes gonna send it to my whole school and my nan unless i pay \u00a3200. i dont think shes even a girl, the account is from abroad"},
            {"sender": "c1", "text": "i already sent \u00a340 and she wants more"},
            {"sender": "a1", "text": "Thank you for telling me. None of this is your fault. Don't pay anything else and don't delete anything. Are you somewhere safe right now?"},
            {"sender": "c1", "text": "at home. honestly i dont want to be here anymore mel. i just want it all to stop"},
            {"sender": "a1", "text": "I'm really glad you told me. I'm staying with you on this. Can I ring you now?"},
            {"sender": "c1", "text": "ok"}
        ],
        "labels": ["sexting", "sextortion", "self_harm"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
        "messages": [
            {"sender": "u1", "text": "saw ur gym vid on kickstream bro, ur form is class for 15. u could be a proper athlete"},
            {"sender": "c1", "text": "thanks man means a lot"},
            {"sender": "u1", "text": "i coach a few lads online. i'll do ur plan for free, normally its \u00a380 a month. just between us tho, dont want the others moaning"},
            {"sender": "c1", "text": "fr?? thats mad"},
            {"sender": "u1", "text": "ur mum dont need to know either, parents always make it weird"},
            {"sender": "c1", "text": "ye she doesnt get gym stuff"},
            {"sender": "u1", "text": "i need weekly progress pics to track u. the private kind, no one else sees them, delete after u send"},
            {"sender": "c1", "text": "like what kind"},
            {"sender": "u1", "text": "just trust me, all my lads do it. send them on whisp not here"}
        ],
        "labels": ["grooming", "sexting"]
    },
    {
        "messages": [
            {"sender": "Brandon", "text": "did u see amira from 10C slating maxx varga on her story"},
            {"sender": "Kade", "text": "she thinks she knows better than a millionaire \U0001f602"},
            {"sender": "Luca", "text": "lets flood her comments. know ur place"},
            {"sender": "Brandon", "text": "already did. everyone mass report her account as well"},
            {"sender": "Kade", "text": "she lives on cobden st, number 14, the one with the blue door. someone put it on the varga server"},
            {"sender": "Luca", "text": "posted. the alpha lads will sort her out"},
            {"sender": "Brandon", "text": "screenshot her crying story when she posts it lol"}
        ],
        "labels": ["cyberbullying", "privacy_disclosure"]
    },
    {
        "messages": [
            {"sender": "Finn", "text": "bro some random airdropped me a pic on the bus home. like a proper gross one"},
            {"sender": "Callum", "text": "wtf. did u accept it"},
            {"sender": "Finn", "text": "no it just popped up with the preview. then another one. the phone was called rav_bus_guy"},
            {"sender": "Callum", "text": "u ok? put airdrop on contacts only. settings > general > airdrop"},
            {"sender": "Finn", "text": "done. i think it was a grown man sat at the back"},
            {"sender": "Callum", "text": "we'll tell mum tonight and report it to the bus company ok? not ur fault"}
        ],
        "labels": ["unwanted_contact"]
    },
    {
        "messages": [
            {"sender": "MoonDrop_Live", "text": "\U0001f680 LIVE NOW: send any amount of CoinX to our wallet and get DOUBLE back instantly! 1 hour only [link]"},
            {"sender": "Tommy", "text": "is this legit"},
            {"sender": "MoonDrop_Live", "text": "100% verified, 4,000 people paid out already. send 0.05 get 0.1 back"},
            {"sender": "Tommy", "text": "i only have \u00a360 of coinx from my birthday"},
            {"sender": "MoonDrop_Live", "text": "perfect, send it all to the wallet in the link and you get \u00a3120"},
            {"sender": "Tommy", "text": "sent"},
            {"sender": "MoonDrop_Live", "text": "processing. to speed it up send another \u00a340 for gas fees"},
            {"sender": "Tommy", "text": "i havent got any more. its been 20 mins where is it"}
        ],
        "labels": ["scam"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
        "messages": [
            {"sender": "u1", "text": "y0 br0 w4nn4 m4k3 3a5y m0n3y? ju5t l3nd m3 ur b4nk 4cc0unt 4 a d4y"},
            {"sender": "c1", "text": "how"},
            {"sender": "u1", "text": "i s3nd \u00a3500 1n, u w1thdr4w 1t 4nd g1v3 1t 2 my m8 0ut51d3 th3 5h0p, u k33p \u00a3100"},
            {"sender": "c1", "text": "ok wat do u need"},
            {"sender": "u1", "text": "50rt c0d3 + 4cc numb3r n0w. c4rd 4nd p1n 2m0r0w 50 1 c4n d0 1t qu1ck3r"},
            {"sender": "c1", "text": "ill do it after school"},
            {"sender": "u1", "text": "50und. d0nt t3ll ur p4r3nt5, 1t5 l3g1t bu7 th3y w0nt g3t 1t"}
        ],
        "labels": ["money_mule"],
        "evasion": True
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
        "messages": [
            {"sender": "u1", "text": "gg that last round was mad, ur cracked at clashfield"},
            {"sender": "c1", "text": "ty ur good too"},
            {"sender": "u1", "text": "wanna squad up again tmrw? i play with a few lads from my clan"},
            {"sender": "c1", "text": "yh ok"},
            {"sender": "u1", "text": "how old r u? u sound young on mic lol"},
            {"sender": "c1", "text": "13"},
            {"sender": "u1", "text": "ah cool im 17. u play better than my whole clan tbh"},
            {"sender": "c1", "text": "haha"},
            {"sender": "u1", "text": "i got spare clash coins, want 2000? i'll gift them"},
            {"sender": "c1", "text": "wait fr? yes pls"},
            {"sender": "u1", "text": "done \u2705 dont tell ur parents tho, they'll think its weird. parents dont get gaming"},
            {"sender": "c1", "text": "ok thanks so much"},
            {"sender": "u1", "text": "ur like my little bro now. add me on whisp its better than game chat, no one reads it"},
            {"sender": "c1", "text": "ok added"},
            {"sender": "u1", "text": "which school u go? i might know people"},
            {"sender": "c1", "text": "hollins park. yr 8"},
            {"sender": "u1", "text": "no way my cousin lives near there. where abouts do u live"},
            {"sender": "c1", "text": "larch road, near the kwikmart"},
            {"sender": "u1", "text": "i'm round there saturday. come meet me at the park and i'll bring u a new headset. just u tho, dont bring anyone"},
            {"sender": "c1", "text": "idk"},
            {"sender": "u1", "text": "come on after everything ive done for u. and dont tell ur mum, its our secret"},
            {"sender": "c1", "text": "ok what time"}
        ],
        "labels": ["grooming", "privacy_disclosure"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
        "messages": [
            {"sender": "c1", "text": "sir someone has made a fake account of me on kickstream"},
            {"sender": "a1", "text": "Hi Ethan, what do you mean? Is it using your name?"},
            {"sender": "c1", "text": "yeah my name and all my pics off my page. its messaging girls in my year pretending to be me and asking them for stuff"},
            {"sender": "c1", "text": "[photo] this is it, @ethan.w.official2"},
            {"sender": "a1", "text": "Thanks for sending that. Don't message the account. Screenshot everything and we'll report it together first thing. Have you told your mum?"},
            {"sender": "c1", "text": "not yet. everyone thinks its me"},
            {"sender": "a1", "text": "We'll sort this. I'll ring home and let the safeguarding lead know today."}
        ],
        "labels": ["identity_theft"]
    },
    {
        "messages": [
            {"sender": "StarFace Models", "text": "Hi! We're scouting fresh male faces aged 15-19 for a sportswear shoot \U0001f4f8 \u00a3500 for one day, all travel paid"},
            {"sender": "Aaron", "text": "for real? ive never modelled"},
            {"sender": "StarFace Models", "text": "That's what we want! The shoot is at a hotel in the city. After the shoot our clients like to meet the lads at a private party, extra \u00a3300 for that"},
            {"sender": "Aaron", "text": "what do i have to do at the party"},
            {"sender": "StarFace Models", "text": "Just be friendly and keep them company. They're generous guys. Come alone, no parents, it puts clients off"},
            {"sender": "Aaron", "text": "my mum would want to come"},
            {"sender": "StarFace Models", "text": "Don't tell her then. We'll send a car to the station friday 8pm. Send your height, age and a full length photo"},
            {"sender": "Aaron", "text": "ok [photo] 15, 5ft 10"}
        ],
        "labels": ["sex_trafficking"]
    },
    {
        "messages": [
            {"sender": "Big R", "text": "where r u"},
            {"sender": "Kemi", "text": "at home"},
            {"sender": "Big R", "text": "pingr map says ur at the park. dont lie to me"},
            {"sender": "Kemi", "text": "i was there 5 mins ago"},
            {"sender": "Big R", "text": "ur map stays ON. ghost mode goes on again and u owe me another 200"},
            {"sender": "Kemi", "text": "sorry"},
            {"sender": "Big R", "text": "pick up from dee at 4, drop at the usual. send me a pic when ur outside so i know"},
            {"sender": "Kemi", "text": "ok"},
            {"sender": "Big R", "text": "i see everything u do. remember that"}
        ],
        "labels": ["location_control", "criminal_exploitation"]
    },
    {
        "messages": [
            {"sender": "Harv", "text": "lads look what i made with the undress app \U0001f602 [photo]"},
            {"sender": "Mason", "text": "nahh is that poppy from 9R"},
            {"sender": "Harv", "text": "used her netball team pic. looks so real"},
            {"sender": "Deklan", "text": "send it to the yr 9 chat"},
            {"sender": "Mason", "text": "do one of jess next"},
            {"sender": "Harv", "text": "only costs \u00a32 for 5. send me pics of the girls u want"},
            {"sender": "Deklan", "text": "[photo] [photo] do these two"}
        ],
        "labels": ["csam", "cyberbullying"]
    },
    {
        "messages": [
            {"sender": "+44 7700 900417", "text": "Ashgrove Bank: A new payee was added to your account at 21:14. If this was NOT you, secure your account now at [link] and confirm your card details to stop the payment."}
        ],
        "labels": ["scam"]
    },
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "I have ur pics and ur friends list. pay \u00a3150 in gift card codes in 12 hours or I send them to everyone at st oswins and all ur family. dont block me or I post straight away [photo]"}
        ],
        "labels": ["sextortion"]
    },
    {
        "messages": [
            {"sender": "Rio", "text": "lol look who's online"},
            {"sender": "Zane", "text": "d u m b e s t kid in the year"},
            {"sender": "Kobe", "text": "no one even rates u jamal"},
            {"sender": "Zane", "text": "w h y  r u  s t i l l  h e r e"},
            {"sender": "Rio", "text": "k y s fr"},
            {"sender": "Kobe", "text": "d o  i t  n o  o n e  w i l l  c a r e"},
            {"sender": "Jamal", "text": "leave me alone"},
            {"sender": "Rio", "text": "g o  o n  t h e n"}
        ],
        "labels": ["cyberbullying", "self_harm"],
        "evasion": True
    },
    {
        "messages": [
            {"sender": "xXShadowFanXx", "text": "yo ur the kid from the kickstream vids right"},
            {"sender": "Alfie_Plays", "text": "ye lol"},
            {"sender": "xXShadowFanXx", "text": "im ur biggest fan, ive added u like 5 times accept me"},
            {"sender": "xXShadowFanXx", "text": "hello??"},
            {"sender": "xXShadowFanXx", "text": "why u ignoring me"},
            {"sender": "Alfie_Plays", "text": "sorry was in a game"},
            {"sender": "xXShadowFanXx", "text": "where do u live i wanna send u a hoodie"},
            {"sender": "Alfie_Plays", "text": "22 wren close stokeley. im at st oswins and i play for stokeley colts tuesdays 6pm at the rec"},
            {"sender": "xXShadowFanXx", "text": "perfect \U0001f44d see u soon"}
        ],
        "labels": ["privacy_disclosure", "unwanted_contact"]
    },
    {
        "messages": [
            {"sender": "Jacob", "text": "whos coming 5 a side thursday"},
            {"sender": "Reggie", "text": "me"},
            {"sender": "Shay", "text": "me if my mum lets me out lol"},
            {"sender": "Jacob", "text": "need 2 more"},
            {"sender": "Tobi", "text": "im in. and im not going in goal again"},
            {"sender": "Reggie", "text": "u were a liability last week tbf"},
            {"sender": "Tobi", "text": "says u who fell over the ball \U0001f480"},
            {"sender": "Shay", "text": "im dead that was so funny"},
            {"sender": "Jacob", "text": "pull up to the cage, ten toes, no hesitation \U0001f525 new brixside track is hard"},
            {"sender": "Reggie", "text": "that song goes crazy on the bus"},
            {"sender": "Tobi", "text": "we're gonna murder them thursday"},
            {"sender": "Shay", "text": "ur getting destroyed on goalzone after as well"},
            {"sender": "Jacob", "text": "bring ur controller if ur coming to mine after"},
            {"sender": "Reggie", "text": "is ur mum doing the pasta again \U0001f602"},
            {"sender": "Jacob", "text": "if u behave"},
            {"sender": "Tobi", "text": "what time we meeting"},
            {"sender": "Jacob", "text": "6 at the cage by the leisure centre, \u00a33 each for the pitch"},
            {"sender": "Shay", "text": "ill pay u back friday im broke"},
            {"sender": "Reggie", "text": "always broke this guy"},
            {"sender": "Shay", "text": "\U0001f602 allow it"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Penwick", "text": "Penwick Building Society: Your new debit card is on its way and will arrive in 3-5 working days. We will never ask for your PIN or ask you to move money to another account. Questions? Use the Penwick app."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Clashfield", "text": "Clashfield: Your login code is 729 415. Do not share this code with anyone. Clashfield staff will never ask for it."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "heyy cutie \U0001f618 u got pingr? send me a pic and ill send one back \U0001f648"},
            {"sender": "c1", "text": "who r u"},
            {"sender": "u1", "text": "im lily, 16, from the next town. dont be shy"},
            {"sender": "c1", "text": "nah ur a fake account, my youth worker literally showed us ones like u. blocked and reported"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "easycash_uk", "text": "yo bro want \u00a3300? just let me use ur bank account for a day, easy money \U0001f4b8"},
            {"sender": "Harvey", "text": "nah thats money muling, my bank literally sent a warning about this"},
            {"sender": "easycash_uk", "text": "its legit i swear, everyone does it"},
            {"sender": "Harvey", "text": "blocked"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "a1", "text": "Hi Corey, it's Dana from Brewbox Cafe. Great trial on Saturday, we'd love to offer you the Sunday shift, 9-1."},
            {"sender": "c1", "text": "thats great thank you!!"},
            {"sender": "a1", "text": "As you're 15 we need the council work permit form signed by a parent. Could your mum or dad pop in with it this week?"},
            {"sender": "c1", "text": "yeah my mum can come tuesday after work"},
            {"sender": "a1", "text": "Perfect. Please put your bank details on the paper payroll form when you come in, we never take them by text. See you Sunday!"},
            {"sender": "c1", "text": "will do thanks dana"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "a1", "text": "where are you? it's nearly 9"},
            {"sender": "c1", "text": "at rhys's"},
            {"sender": "a1", "text": "share your location with me on the family app please, you said you'd be home by half 8"},
            {"sender": "c1", "text": "[location] omw now"},
            {"sender": "a1", "text": "ok love. text me when you're at the bridge"},
            {"sender": "c1", "text": "kk"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}],
        "messages": [
            {"sender": "c1", "text": "lads mr okafor is leaving at end of term. lets get him a signed shirt"},
            {"sender": "c2", "text": "yesss. keep it secret dont let him find out"},
            {"sender": "c1", "text": "everyone put \u00a32 in, ill order it off kitbag"},
            {"sender": "c3", "text": "dont say anything in PE tmrw \U0001f92b"},
            {"sender": "c2", "text": "my lips are sealed"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
        "messages": [
            {"sender": "c1", "text": "can u send me a pic of the maths homework i left my book at school"},
            {"sender": "c2", "text": "[photo] its page 42 q1-8"},
            {"sender": "c1", "text": "legend. dont tell miss i copied the last one lol"},
            {"sender": "c2", "text": "haha ur secrets safe"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
        "messages": [
            {"sender": "c1", "text": "bro we lost 6-0 to the worst team in the league"},
            {"sender": "c2", "text": "im actually dead \U0001f480\U0001f480"},
            {"sender": "c1", "text": "coach is gonna kill us at training"},
            {"sender": "c2", "text": "my dads gonna disown me lol"},
            {"sender": "c1", "text": "laps till we die tuesday watch"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
        "messages": [
            {"sender": "a1", "text": "Lads, quick one before Saturday. There's a trend going round of filming fights and posting them on 'fights' pages. If you see a fight, walk away and tell staff. Filming and sharing it can get you in serious trouble and it hurts the kid in the video."},
            {"sender": "c1", "text": "sir someone in yr 9 got excluded for that"},
            {"sender": "a1", "text": "Exactly. If anyone sends you a fight video, don't forward it. Show me or Mrs Akande."},
            {"sender": "c2", "text": "ok sir"},
            {"sender": "a1", "text": "Kit in by 8:45 Saturday please. Minibus leaves at 9."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Dev", "text": "saw this? [link] lad up north got scammed by a fake girl account, they threatened to send his pics to everyone"},
            {"sender": "Arjun", "text": "thats horrible"},
            {"sender": "Dev", "text": "its gangs overseas doing it to loads of boys. if anyone ever does that to u, u tell me straight away yeah. no shouting, ill just help"},
            {"sender": "Arjun", "text": "yeah i know. they did a talk at school"},
            {"sender": "Dev", "text": "and u never pay them. ever"},
            {"sender": "Arjun", "text": "ok bro"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
        "messages": [
            {"sender": "c1", "text": "mum theres this account posting fight vids of kids from dunmere. dont know who runs it"},
            {"sender": "a1", "text": "Has it messaged you?"},
            {"sender": "c1", "text": "no its just on my explore page. i reported it"},
            {"sender": "a1", "text": "Good lad. Show me tomorrow and I'll email the school so they know."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Kyle", "text": "u still want my blue viper skin"},
            {"sender": "Mo", "text": "yeah ill swap my ice wrap"},
            {"sender": "Kyle", "text": "do it through the in game trade window, not some website"},
            {"sender": "Mo", "text": "obviously lol im not getting scammed"},
            {"sender": "Kyle", "text": "sent the request"},
            {"sender": "Mo", "text": "accepted \u2705 gg"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Arlo", "text": "if we lose to st oswins again i will kms"},
            {"sender": "Ben", "text": "lol same"},
            {"sender": "Cam", "text": "we wont lose, theyre missing their keeper"},
            {"sender": "Arlo", "text": "ur saying that like we can actually score \U0001f602"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Ethan", "text": "my cousin keeps quoting maxx varga at dinner"},
            {"sender": "Rory", "text": "that guy is a fraud, he sells a \u00a349 course on how to get rich lol"},
            {"sender": "Ethan", "text": "and the stuff he says about women is mad"},
            {"sender": "Rory", "text": "my brother says its all rage bait for views"},
            {"sender": "Ethan", "text": "our youth worker is doing a session on him wednesday"},
            {"sender": "Rory", "text": "might come tbh"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
        "messages": [
            {"sender": "a1", "text": "Training moved to 5:30 Thursday at Brindle Park because of the pitch. Bring shin pads and water."},
            {"sender": "c1", "text": "ok coach"},
            {"sender": "c2", "text": "is the match still on saturday"},
            {"sender": "a1", "text": "Yes, 10am kick off at home. Meet 9:15."}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Liam", "text": "goalzone tourney at youth club friday, u signing up"},
            {"sender": "Jake", "text": "yeah whats the prize"},
            {"sender": "Liam", "text": "pizza and a trophy lol"},
            {"sender": "Jake", "text": "bet. im taking city"}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Oscar", "text": "what time is the chemistry exam"},
            {"sender": "Theo", "text": "9am sports hall. bring a calculator"},
            {"sender": "Oscar", "text": "ta"}
        ],
        "labels": []
    }
]
