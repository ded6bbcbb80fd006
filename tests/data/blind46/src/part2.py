[
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
        "messages": [
            {"sender": "p2", "text": "hey Freya!! im Tasha, i do cosplay vids too. ur Moonfall cosplay was sooo good"},
            {"sender": "p1", "text": "omg thank u!! i love ur channel"},
            {"sender": "p2", "text": "we should collab!! im 16, how old r u?"},
            {"sender": "p1", "text": "14"},
            {"sender": "p2", "text": "close enough lol. u seem older tbh"},
            {"sender": "p1", "text": "haha ppl say that"},
            {"sender": "p2", "text": "can we plan it on Snapwave? the comments here are full of creeps"},
            {"sender": "p1", "text": "sure whats ur @"},
            {"sender": "p2", "text": "tasha.cos16. add me"},
            {"sender": "p1", "text": "added!"},
            {"sender": "p2", "text": "ok so for the collab i was thinking matching outfits. what size are u"},
            {"sender": "p1", "text": "small i think"},
            {"sender": "p2", "text": "ill order u one as a gift 💕 dont tell ur mum its from me tho, shell think im some weirdo from the internet lol"},
            {"sender": "p1", "text": "haha ok"},
            {"sender": "p2", "text": "send me a pic of u in ur current costume so i can match the colours"},
            {"sender": "p1", "text": "[photo]"},
            {"sender": "p2", "text": "so pretty. now a private one, the kind just for me. its what best friends do"},
            {"sender": "p1", "text": "i dont want to"},
            {"sender": "p2", "text": "come on i sent u a gift. ill delete it straight away"},
            {"sender": "p1", "text": "[photo]"},
            {"sender": "p2", "text": "thanks. now listen. im not tasha"},
            {"sender": "p2", "text": "send £100 in gift cards tonight or this goes to every follower u have and ur school"},
            {"sender": "p1", "text": "what?? please delete it"},
            {"sender": "p2", "text": "i have ur follower list open right now. £100 or its out at midnight"},
            {"sender": "p1", "text": "i only have 20 pounds"},
            {"sender": "p2", "text": "then use ur mums card. dont tell her why"}
        ],
        "labels": ["grooming", "sexting", "sextortion"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Daisy you're my favourite little dancer on here. sent u another 1000 coins 🎁"},
            {"sender": "p2", "text": "thank u so much!!!"},
            {"sender": "p1", "text": "you're more mature than the other girls. our little secret that im ur biggest gifter ok? mum doesnt need to know"},
            {"sender": "p2", "text": "ok"},
            {"sender": "p1", "text": "you do dance class with other girls your age right?"},
            {"sender": "p2", "text": "yeah a few"},
            {"sender": "p1", "text": "next time take some pics of the girls in the changing room for me. dont let them see. 5000 coins if you do"},
            {"sender": "p2", "text": "why do u want that"},
            {"sender": "p1", "text": "for my collection. nobody will know, delete them off ur phone after you send"}
        ],
        "labels": ["csam", "grooming"]
    },
    {
        "messages": [
            {"sender": "jjgifts", "text": "battle time!! loser does the Ice Bath dare"},
            {"sender": "kaylatv", "text": "wait which one is that"},
            {"sender": "jjgifts", "text": "the one where u get in the freezing river at the weir on live. everyones doing it"},
            {"sender": "mira_x", "text": "kayla ur losing 😂 get ur coat off"},
            {"sender": "kaylatv", "text": "omg ok i lost. ill go to the weir after school tomorrow and do it on live"},
            {"sender": "jjgifts", "text": "no backing out, we'll all be watching. 10k coins if u stay in longer than me"},
            {"sender": "kaylatv", "text": "deal 🥶"}
        ],
        "labels": ["harmful_challenge"]
    },
    {
        "messages": [
            {"sender": "Nadia", "text": "leon someone made a fake account of me"},
            {"sender": "Leon", "text": "what do u mean"},
            {"sender": "Nadia", "text": "its called nadia.official.2 with all my vids and my profile pic. its messaging my followers saying its my new account"},
            {"sender": "Nadia", "text": "and asking them to send gift cards for a giveaway, people think its me 😭"},
            {"sender": "Leon", "text": "screenshot everything. we'll report it as impersonation tonight"},
            {"sender": "Nadia", "text": "i already reported it but its still up. it even has my school in the bio"},
            {"sender": "Leon", "text": "ok ill report from my account too and we'll tell your mum"}
        ],
        "labels": ["identity_theft"]
    },
    {
        "messages": [
            {"sender": "Harvey", "text": "ibby u doing the bridge thing on ur live tonight or what"},
            {"sender": "Ibby", "text": "nah man my mum said no"},
            {"sender": "Cole", "text": "mummys boy 😂😂"},
            {"sender": "Deon", "text": "everyone in year 10 has done it except u"},
            {"sender": "Harvey", "text": "if u dont do it we're posting the vid of u crying in PE"},
            {"sender": "Ibby", "text": "thats not fair"},
            {"sender": "Cole", "text": "then do it. 30 seconds on the bridge, on live. easy"},
            {"sender": "Deon", "text": "chicken 🐔🐔🐔"},
            {"sender": "Ibby", "text": "fine. tonight at 8"},
            {"sender": "Harvey", "text": "finally lol we'll all be in chat"}
        ],
        "labels": ["harmful_challenge", "cyberbullying"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Hey Keira, saw u on the top gifters board. I run VIP fan parties for creators"},
            {"sender": "p2", "text": "whats that"},
            {"sender": "p1", "text": "Private parties at a flat in town. Rich fans pay to hang out with cute creators. £250 cash for one night"},
            {"sender": "p2", "text": "just hang out?"},
            {"sender": "p1", "text": "Be friendly, do what they ask, they're generous. Girls 15 to 17 get booked the most"},
            {"sender": "p2", "text": "how would i get there"},
            {"sender": "p1", "text": "A car picks u up from the end of ur road Friday 10pm. Tell ur parents ur sleeping at a mates"},
            {"sender": "p2", "text": "idk, will other girls be there"},
            {"sender": "p1", "text": "Loads. Dont screenshot this. Send me a pic in something nice so I can show the clients"}
        ],
        "labels": ["sex_trafficking"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Congrats Jayden, you're picked for the Nova Energy ambassador scheme 💪 £100 a week"},
            {"sender": "p2", "text": "lets go!! what do i do"},
            {"sender": "p1", "text": "Easy stuff. Carry sample parcels from our van to customers. Today you're taking one to Caddon Heath on the bus"},
            {"sender": "p2", "text": "whats in the parcels"},
            {"sender": "p1", "text": "Product. Don't open it, don't ask. Share your live location with me before you leave"},
            {"sender": "p2", "text": "ok sharing"},
            {"sender": "p1", "text": "I see you. Don't stop anywhere and don't turn it off"},
            {"sender": "p2", "text": "my phones on 10%"},
            {"sender": "p1", "text": "Then charge it. If that dot goes dark I'll assume you ran with my stuff and you'll owe me"},
            {"sender": "p2", "text": "im at the stop now"},
            {"sender": "p1", "text": "Good. Man in a grey hoodie takes it. Then come straight back, I'll be watching"},
            {"sender": "p2", "text": "ok"}
        ],
        "labels": ["criminal_exploitation", "location_control"]
    },
    {
        "evasion": True,
        "messages": [
            {"sender": "zeek_", "text": "u tryna get squared this week? easy bread"},
            {"sender": "Jonno", "text": "wats that"},
            {"sender": "zeek_", "text": "u lend me ur acc, bread lands, u flip it back out, keep a pony for urself"},
            {"sender": "Jonno", "text": "like my bank?"},
            {"sender": "zeek_", "text": "yeah ur card n deets. u dont gotta do nuttin, its clean"},
            {"sender": "Jonno", "text": "sound. its a Northvale teen one"},
            {"sender": "zeek_", "text": "safe. send a pic of ur card front n back, n dont chat to no one bout it"},
            {"sender": "Jonno", "text": "[photo]"}
        ],
        "labels": ["money_mule", "privacy_disclosure"]
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "evasion": True,
        "messages": [
            {"sender": "p1", "text": "shαre yοur lοcαtiοn nοw"},
            {"sender": "p2", "text": "im at Chloes doing a stream"},
            {"sender": "p1", "text": "ρrονe it. turn οn liνe lοcαtiοn αnd leανe it οn"},
            {"sender": "p2", "text": "why do u always need to know"},
            {"sender": "p1", "text": "becαuse yοu're mine. if it gοes οff αgαin im cοming rοund"},
            {"sender": "p2", "text": "ok its on [location]"},
            {"sender": "p1", "text": "gοοd. νideο cαll me in 5 αnd shοw me the rοοm"},
            {"sender": "p2", "text": "ok"},
            {"sender": "p1", "text": "αnd dοnt tell chlοe whο yοu're tαlking tο"}
        ],
        "labels": ["location_control"]
    },
    {
        "messages": [
            {"sender": "meg.plays", "text": "sorry ive been quiet guys. honestly i dont really want to be here anymore"},
            {"sender": "boo_bear", "text": "wait meg are u ok??"},
            {"sender": "meg.plays", "text": "not really. everythings just too much and i keep thinking everyone would be better off without me"},
            {"sender": "jazzy_mod", "text": "meg im messaging u now. please dont end the stream alone"},
            {"sender": "tomtom_", "text": "we love u meg ❤️"},
            {"sender": "meg.plays", "text": "i just feel like a burden"},
            {"sender": "jazzy_mod", "text": "ive told my mum, shes ringing ur mum. stay on with us"},
            {"sender": "boo_bear", "text": "ur not a burden at all"}
        ],
        "labels": ["self_harm"]
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "amelia something horrible happened at the meet up"},
            {"sender": "p2", "text": "what?? r u ok"},
            {"sender": "p1", "text": "someone airdropped me a [photo] in the queue. like a gross one. from a phone called 'ur biggest fan'"},
            {"sender": "p2", "text": "ew!! did u see who"},
            {"sender": "p1", "text": "no, there were loads of people. then they sent another one and a message saying 'see u at the next meet lucy'"},
            {"sender": "p2", "text": "tell the staff and ur mum. and turn airdrop to contacts only"}
        ],
        "labels": ["unwanted_contact"]
    },
    {
        "messages": [
            {"sender": "guest_7781", "text": "whats ur number benji, i want to send u a mod invite"},
            {"sender": "benji.builds", "text": "its 07700 900412 lol text me"},
            {"sender": "rhys_fan", "text": "benji dont put ur number in chat!!"},
            {"sender": "benji.builds", "text": "its fine hes my top fan"},
            {"sender": "guest_7781", "text": "got it 👍 texting u now"}
        ],
        "labels": ["privacy_disclosure"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "hey poppy, lee here. i can be a mod on ur channel, ive modded for loads of big streamers"},
            {"sender": "p2", "text": "really?? that would be amazing"},
            {"sender": "p1", "text": "youre honestly the most talented 12 year old on the app. way better than ur friends"},
            {"sender": "p2", "text": "aww thank u"},
            {"sender": "p1", "text": "ill send u a gift card for ur birthday. but dont tell ur mum, she might think its weird that a mod is being nice"},
            {"sender": "p2", "text": "ok i wont"},
            {"sender": "p1", "text": "you can talk to me about anything. im always here, ur parents dont get it like i do"},
            {"sender": "p2", "text": "yeah they dont get streaming at all"},
            {"sender": "p1", "text": "exactly. can we move to Whispr? easier to chat"},
            {"sender": "p2", "text": "ok my @ is poppyxpaint"},
            {"sender": "p1", "text": "you having a sleepover for ur birthday?"},
            {"sender": "p2", "text": "yeah with 4 girls from my class"},
            {"sender": "p1", "text": "take some pics of them when theyre getting changed for bed. without them knowing. for me, not the channel"}
        ],
        "labels": ["grooming", "csam"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "evasion": True,
        "messages": [
            {"sender": "p1", "text": "І mаdе sоmеthing оf уоu [photo]"},
            {"sender": "p2", "text": "what is that?? thats not me"},
            {"sender": "p1", "text": "dоеsnt mаttеr. thе аррs mаkе it lооk rеаl. уоur fоllоwеrs wоnt knоw"},
            {"sender": "p2", "text": "please take it down im 14"},
            {"sender": "p1", "text": "sеnd £80 in gift саrds bу tоnight оr it gоеs tо уоur fаns аnd уоur sсhооl"},
            {"sender": "p2", "text": "i dont have money"},
            {"sender": "p1", "text": "tiсk tосk. i саn sее whеn уоu'rе оnlinе"}
        ],
        "labels": ["sextortion", "csam"]
    },
    {
        "evasion": True,
        "messages": [
            {"sender": "Free_Coins_Drop", "text": "🎉 CONGRATS! You won 10,000 fr\u200bee co\u200bins from the Glimmr Creator Fund!"},
            {"sender": "mollymakes", "text": "omg for real??"},
            {"sender": "Free_Coins_Drop", "text": "Claim in 10 mins: log in at [link] with your user\u200bname and pass\u200bword"},
            {"sender": "mollymakes", "text": "it says wrong page"},
            {"sender": "Free_Coins_Drop", "text": "Then reply here with your pass\u200bword and the veri\u200bfication co\u200bde from your texts, our team adds the co\u200bins by hand"},
            {"sender": "mollymakes", "text": "mollymakes and sparkle22, the code is 551902"}
        ],
        "labels": ["scam", "identity_theft"]
    },
    {
        "messages": [
            {"sender": "truthbomb99", "text": "found out where 'princess' livvy lives lol. [photo] the blue door on Crane Street"},
            {"sender": "h8ter_h8ter", "text": "she goes to St Aldric's too, her bus is the 42"},
            {"sender": "jj_xx", "text": "someone go knock lol"},
            {"sender": "livvy.lifestyle", "text": "please delete that, thats my house, my little brother lives there"},
            {"sender": "truthbomb99", "text": "should of thought of that before being annoying on live"},
            {"sender": "h8ter_h8ter", "text": "pinned it so everyone sees 📌"},
            {"sender": "goodvibes_", "text": "this is so messed up, reported"},
            {"sender": "jj_xx", "text": "cry about it livvy"}
        ],
        "labels": ["cyberbullying", "privacy_disclosure"]
    },
    {
        "messages": [
            {"sender": "darecentral", "text": "ur dare for tonights live 🔥 run across the bypass in the dark and film it. 3k coins if u do it, chicken forever if u dont. the whole group already did it"}
        ],
        "labels": ["harmful_challenge"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "[photo]"},
            {"sender": "p2", "text": "who are u?? why did u send me that"},
            {"sender": "p1", "text": "saw u on live. ur turn now, send me one back. the private kind"},
            {"sender": "p2", "text": "no. im 13"},
            {"sender": "p1", "text": "so? nobody will know. ill keep sending til u do"}
        ],
        "labels": ["sexting", "unwanted_contact"]
    },
    {
        "evasion": True,
        "messages": [
            {"sender": "T", "text": "u still owe me for them 🎮💷 bro"},
            {"sender": "kian.plays", "text": "i said ill pay u back when i get gifts"},
            {"sender": "T", "text": "nah. 🎒 tmrw. 🚆 to Brackwater. 📦 to my boy. ❌👮 ❌👩‍👦"},
            {"sender": "kian.plays", "text": "i cant i have school"},
            {"sender": "T", "text": "🤫 skip it. 💷 when u get back. 🤐"},
            {"sender": "kian.plays", "text": "what if i get caught"},
            {"sender": "T", "text": "then u dont know me. u dont go, i know where u stream 🏠👊"}
        ],
        "labels": ["criminal_exploitation"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "yo alfie, wanna make easy money with ur gaming account?"},
            {"sender": "p2", "text": "how"},
            {"sender": "p1", "text": "i top up ur account with coins, u buy skins and gift them to the accounts i send. i pay u £20 each time"},
            {"sender": "p2", "text": "where do the coins come from"},
            {"sender": "p1", "text": "dont worry about it. cards from my mates"},
            {"sender": "p2", "text": "ok sounds easy"},
            {"sender": "p2", "text": "bro my account got flagged for stolen card payments"},
            {"sender": "p1", "text": "make a new one then. u still owe me this week, 12 more gifts"},
            {"sender": "p2", "text": "i dont wanna do it anymore"},
            {"sender": "p1", "text": "too late. ur in it now. do it or i tell the app it was all u, and ur the one who gets arrested"}
        ],
        "labels": ["money_mule", "criminal_exploitation"]
    },
    {
        "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Hi Megan! Sienna from Aurora Models. We scout on Glimmr and your fashion hauls caught our eye"},
            {"sender": "p2", "text": "omg hi!! is this real"},
            {"sender": "p1", "text": "Very real 😊 we represent creators for brand work. Can I ask your age?"},
            {"sender": "p2", "text": "16"},
            {"sender": "p1", "text": "Perfect age for our teen books. Do you have a parent who manages your account?"},
            {"sender": "p2", "text": "no i run it myself"},
            {"sender": "p1", "text": "That's fine, lots of our girls do. Honestly you're a natural, I can see you with 100k by summer"},
            {"sender": "p2", "text": "thats literally my dream"},
            {"sender": "p1", "text": "I'll send you our lookbook. [link]"},
            {"sender": "p2", "text": "these girls are so pretty"},
            {"sender": "p1", "text": "You're prettier. We've got a paid trip coming up, a shoot in Portavel for a swimwear brand. Flights, hotel, £1500"},
            {"sender": "p2", "text": "abroad?? my mum would never let me"},
            {"sender": "p1", "text": "Most parents don't understand this industry. We can sort a letter saying it's a school trip"},
            {"sender": "p2", "text": "hmm"},
            {"sender": "p1", "text": "You'd share a room with two other girls. After the shoot there's a dinner with the investors, they like meeting the new faces"},
            {"sender": "p2", "text": "what kind of dinner"},
            {"sender": "p1", "text": "Just be sweet to them, and go back to their suite for drinks if they ask. That's how girls get signed"},
            {"sender": "p2", "text": "im not sure"},
            {"sender": "p1", "text": "Think about it. Don't mention it to anyone, other agencies steal talent. I'll book your flight as soon as you say yes"},
            {"sender": "p2", "text": "ok ill think about it"}
        ],
        "labels": ["sex_trafficking", "grooming"]
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Ava", "text": "ok mod team meeting lol. stream is saturday 5pm"},
            {"sender": "Noor", "text": "ill do the banned words list again, someone keeps spamming links"},
            {"sender": "Ellis", "text": "add 'free coins' and 'boost' to the list, those are always scams"},
            {"sender": "Bea", "text": "and anyone asking where u live or what school, instant timeout"},
            {"sender": "Ava", "text": "yesss. also if anyone asks me to move to another app, ban"},
            {"sender": "Noor", "text": "ok done. the list is in the doc"},
            {"sender": "Ellis", "text": "should we let people gift?"},
            {"sender": "Ava", "text": "my dad said gifts are ok but only up to the limit he set"},
            {"sender": "Bea", "text": "last stream someone asked ur age like 5 times"},
            {"sender": "Noor", "text": "i banned him and reported, he had no pfp"},
            {"sender": "Ava", "text": "thank u 😭 u lot are the best mods"},
            {"sender": "Ellis", "text": "we're literally unpaid lol"},
            {"sender": "Ava", "text": "ill buy u all chips"},
            {"sender": "Bea", "text": "deal. also remember nobody shares passwords, we each mod from our own accounts"},
            {"sender": "Noor", "text": "obviously"},
            {"sender": "Ellis", "text": "my mum asked if she can watch the stream, is that ok"},
            {"sender": "Ava", "text": "yes ofc, my mum is in chat every time anyway"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Parcelwise", "text": "Parcelwise: Your parcel from Lumen Lights (ring light, order 55120) will arrive today between 13:00 and 15:00. No payment is needed."}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Hi, is this Chloe's manager? We'd like to send her our new Fizzberry flavours and pay £120 for one video"},
            {"sender": "p2", "text": "Hi, I'm Chloe's mum and I run her account. She's 13. Could you send me the brief and contract?"},
            {"sender": "p1", "text": "Absolutely, sending to the email in her bio now. We only work through parents for under-18s"},
            {"sender": "p2", "text": "Thanks. What details do you need for payment?"},
            {"sender": "p1", "text": "Just the account name and number of whoever invoices us. That should be you, not Chloe"},
            {"sender": "p2", "text": "Great, it'll go on the invoice. Can we keep her address off everything and use my work address for delivery?"},
            {"sender": "p1", "text": "Of course. We'll also never message Chloe directly"},
            {"sender": "p2", "text": "Perfect, the contract looks fine, signed and sent back"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Glimmr Creator Awards", "text": "Congratulations! Your video 'Bike Trails at Dawn' won the under-16 category. Your parent or guardian will get an email to confirm. We never ask for payment or card details."},
            {"sender": "Hugo", "text": "DAD I WON"},
            {"sender": "Dad", "text": "I've got the email! I checked on the Glimmr website too and you're on the winners page"},
            {"sender": "Hugo", "text": "is it real tho? miss said lots of fake prizes go round"},
            {"sender": "Dad", "text": "Good thinking. It's on their official page and they didn't ask for anything except my signature on the consent form"},
            {"sender": "Hugo", "text": "LETS GO"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Tia", "text": "have u seen the Mirror Step challenge"},
            {"sender": "Ellie", "text": "the one where u copy ur friends moves backwards? yes its so funny"},
            {"sender": "Sade", "text": "lets do it at lunch in the drama studio"},
            {"sender": "Tia", "text": "miss Hall said we can film there if nobodys in the background"},
            {"sender": "Ellie", "text": "ok but im warning u ill fall over"},
            {"sender": "Sade", "text": "thats the best bit lol"},
            {"sender": "Tia", "text": "[video] practice one!!"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "mum my followers dared me to shave my head if we hit £500 for the hospice"},
            {"sender": "p2", "text": "Haha! That's a lovely dare. Are we at £460 now?"},
            {"sender": "p1", "text": "£470!! can u do it live on sunday"},
            {"sender": "p2", "text": "Yes, I'll do it with the clippers in the kitchen and your auntie can film"},
            {"sender": "p1", "text": "theyre gonna lose it"},
            {"sender": "p2", "text": "So proud of you. Make sure the donation link is the hospice's official page, not a random one"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p2", "text": "aaron whats ur email, ill just send u my password for the editing app"},
            {"sender": "p1", "text": "dont send me your password, ever, even to me 😂 just add me as a collaborator on the project"},
            {"sender": "p2", "text": "oh ok how"},
            {"sender": "p1", "text": "Share button, then 'invite editor', and type aaron.mills.edits@example.com"},
            {"sender": "p2", "text": "done!"},
            {"sender": "p1", "text": "got it. I can see the clips now without logging in as you"},
            {"sender": "p2", "text": "tysm"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "kerry i got a weird dm, someone saying theyd boost my followers if i gave them my login"},
            {"sender": "p2", "text": "Good that you told me. Did you reply?"},
            {"sender": "p1", "text": "no i blocked them straight away and reported it"},
            {"sender": "p2", "text": "Perfect, that's exactly right. They're trying to take over accounts"},
            {"sender": "p1", "text": "ok. should i change my password anyway"},
            {"sender": "p2", "text": "It wouldn't hurt. And turn on two-step login if you haven't"},
            {"sender": "p1", "text": "its already on 👍"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Mum", "text": "Did you see this? [link] fake 'talent managers' messaging teen creators and asking them to travel to shoots"},
            {"sender": "Alisha", "text": "yeah we did it in PSHE. one girl nearly went to a hotel"},
            {"sender": "Mum", "text": "Frightening. If anyone ever offers you work, it all goes through me, ok?"},
            {"sender": "Alisha", "text": "i know mum. real agencies talk to parents anyway"},
            {"sender": "Mum", "text": "Exactly. And never travel anywhere for 'work' without me"},
            {"sender": "Alisha", "text": "ok ok 🙄 love u"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "harrietharp", "text": "thank u for the gifts guys!! this next song is my grade 5 piece"},
            {"sender": "pianoman77", "text": "beautiful playing. sent a star ⭐"},
            {"sender": "randomguy_", "text": "can u dm me"},
            {"sender": "Mum_Mod", "text": "Hi all, Harriet doesn't do DMs. Any questions or collabs please email her manager (me) at the address in the bio 😊"},
            {"sender": "pianoman77", "text": "quite right"},
            {"sender": "harrietharp", "text": "lol thanks mum"},
            {"sender": "clara.c", "text": "ur so good harriet"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p2", "text": "did u watch the bloopers im DYING"},
            {"sender": "p1", "text": "the bit where you walk into the door killed me 😂"},
            {"sender": "p2", "text": "keep it in!!"},
            {"sender": "p1", "text": "yep, I'll kill the music at 0:34 so we hear the bonk"},
            {"sender": "p2", "text": "u r a genius"},
            {"sender": "p1", "text": "the thumbnail's gonna slap"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Jess", "text": "have u seen the comments on Rania's vid? people are being so horrible"},
            {"sender": "Amy", "text": "yeah someone duetted it just to laugh at her. its got 200k views"},
            {"sender": "Kat", "text": "she doesnt even go to our school, shes just some girl from up north"},
            {"sender": "Jess", "text": "lets all post something nice on it, at least then its not all hate"},
            {"sender": "Amy", "text": "done, i said her voice is lovely which it is"},
            {"sender": "Kat", "text": "reported the duet too"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Kayla", "text": "happy birthday!!! whats ur sort code and account number, ill send u £20 for ur new mic"},
            {"sender": "Mia", "text": "omg ty!! its on my card, 30-92-18 and 61190284"},
            {"sender": "Kayla", "text": "sent! dont spend it all on coins lol"},
            {"sender": "Mia", "text": "no promises 😂 love u sis"}
        ],
        "labels": []
    },
    {
        "hard_negative": True,
        "messages": [
            {"sender": "Nia", "text": "ur new vid is so good, ill boost it on my story"},
            {"sender": "Grace", "text": "aaa thank u!! my views have been dead this week"},
            {"sender": "Nia", "text": "ive got like 800 followers so maybe it'll help"},
            {"sender": "Grace", "text": "ur the best. ill repost ur bake sale one"},
            {"sender": "Nia", "text": "deal 💕"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "hard_negative": True,
        "messages": [
            {"sender": "p1", "text": "Ezra, after that assembly letter, can we have a look through your DMs together tonight? Not a telling off, just a check"},
            {"sender": "p2", "text": "ok but theres nothing bad"},
            {"sender": "p1", "text": "I'm sure there isn't. We'll also look at who can send you messages and switch it to friends only"},
            {"sender": "p2", "text": "can i still get comments"},
            {"sender": "p1", "text": "From followers, yes. Deal?"},
            {"sender": "p2", "text": "deal"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "which thumbnail, A or B [photo] [photo]"},
            {"sender": "p2", "text": "B, ur face is funnier"},
            {"sender": "p1", "text": "B it is"}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Finn", "text": "need a copyright free song for the intro"},
            {"sender": "Ari", "text": "use the lofi one from the free library"},
            {"sender": "Finn", "text": "the cat one?"},
            {"sender": "Ari", "text": "yeah its chill"}
        ],
        "labels": []
    },
    {
        "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
        "messages": [
            {"sender": "p1", "text": "Don't forget your PE kit tomorrow"},
            {"sender": "p2", "text": "its in my bag already"},
            {"sender": "p1", "text": "Good. And no streaming after 9 on school nights"},
            {"sender": "p2", "text": "i know 🙄"}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Zed", "text": "whos on tonight"},
            {"sender": "Kris", "text": "me after 7"},
            {"sender": "Obi", "text": "same, ranked?"},
            {"sender": "Zed", "text": "ranked. dont throw this time kris"},
            {"sender": "Kris", "text": "that was lag i swear"}
        ],
        "labels": []
    }
]
