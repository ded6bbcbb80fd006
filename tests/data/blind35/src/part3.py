# blind35 part 3: 16- and 17-year-olds. Every conversation typed by hand.
# A bare list literal, read with ast.literal_eval.
[
    # 1. 17-year-old boyfriend pressuring his 16-year-old girlfriend for a picture
    {
        "participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "everyone else's girlfriend sends them. send me one tonight, the private kind"},
            {"sender": "u2", "text": "i told u im not comfortable with that"},
            {"sender": "u1", "text": "its literally just for me, i'll delete it straight after. dont u trust me"},
            {"sender": "u1", "text": "if u loved me u would. Ellie sent Jack loads"},
            {"sender": "u2", "text": "thats not fair"},
            {"sender": "u1", "text": "one pic babe. or i'll start thinking ur talking to someone else"},
        ],
        "labels": ["sexting"],
        "evasion": False,
    },
    # 2. leetspeak request for pictures (evasion)
    {
        "messages": [
            {"sender": "jxke_22", "text": "ur l00k1ng g00d 1n ur st0ry \U0001F440 s3nd m3 s0m3 sp1cy p1cs"},
            {"sender": "amelia.rx", "text": "who even are u"},
            {"sender": "jxke_22", "text": "j4k3 fr0m th3 g1g. c0m3 0n, wh4t u w34r1ng rn? s3nd 4 m1rr0r 0n3, th3 n0 cl0th3s k1nd \U0001F609"},
            {"sender": "jxke_22", "text": "1ll s3nd m1n3 f1rst 1f u w4nt. s3t 1t t0 v13w 0nc3"},
            {"sender": "amelia.rx", "text": "no. blocking u"},
        ],
        "labels": ["sexting"],
        "evasion": True,
    },
    # 3. 24-year-old gamer: "basically 18", wants pictures, moves off-platform
    {
        "participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
        "messages": [
            {"sender": "u2", "text": "ur the only person in this squad i actually like talking to. ur so chill for 17"},
            {"sender": "u1", "text": "haha ur not bad urself"},
            {"sender": "u2", "text": "i know im 24 but ur basically 18, the age gap doesnt matter when u click like this"},
            {"sender": "u2", "text": "let's talk on Snapz instead, the game logs voice chat. dont tell ur mates about us, they'll make it weird"},
            {"sender": "u2", "text": "send me a pic for my lock screen. not a normal one, something just for me. it's legal soon anyway"},
        ],
        "labels": ["grooming", "sexting"],
        "evasion": False,
    },
    # 4. clothes-app account advertising "folders" of college girls
    {
        "messages": [
            {"sender": "vint4ge_finds_88", "text": "\U0001F6A8 not clothes \U0001F6A8 selling folders of pics of sixth form girls from round Ashvale and Brackton. private ones. £20 a folder"},
            {"sender": "vint4ge_finds_88", "text": "youngest ones cost extra. i also buy, if u got any of ur ex send them"},
            {"sender": "Gemma H", "text": "this is disgusting, reporting"},
            {"sender": "vint4ge_finds_88", "text": "dm me on ChatterBox, this app deletes listings"},
        ],
        "labels": ["csam"],
        "evasion": False,
    },
    # 5. dotted / hyphenated letters to get a classmate "undressed" by a bot (evasion)
    {
        "messages": [
            {"sender": "ry.an", "text": "found a n.u.d.1.f.y b0t on ChatterBox, u just send it a face pic"},
            {"sender": "Mikey", "text": "put Jess from sixth form in it \U0001F602 shes 16, her Pixgram is public"},
            {"sender": "ry.an", "text": "[photo] sent it to the u-n-d-r-e-s-s b0t, 2 mins"},
            {"sender": "ry.an", "text": "[photo] ok thats actually mad it looks real"},
            {"sender": "Mikey", "text": "send it me, i'll keep it in my hidden album \U0001F92B"},
        ],
        "labels": ["csam"],
        "evasion": True,
    },
    # 6. a 17-year-old finds a fake account in her name asking her followers for money
    {
        "messages": [
            {"sender": "Niamh", "text": "someone's made a fake Pixgram using MY pics and my full name, niamh.oconnor.17 with a dot"},
            {"sender": "Niamh", "text": "its messaging everyone i follow saying 'my card got blocked can u send £30 for my train home'"},
            {"sender": "Cara", "text": "omg it just messaged me too [photo]"},
            {"sender": "Niamh", "text": "and it's got my college and my birthday in the bio. i think they got in my old email too cos my password reset emails keep coming"},
            {"sender": "Cara", "text": "screenshot everything and report it as impersonation, i'll post on my story that its fake"},
        ],
        "labels": ["identity_theft"],
        "evasion": False,
    },
    # 7. fake "Pixgram support" with Greek homoglyphs (evasion)
    {
        "participants": [{"id": "sms1", "role": "unknown"}],
        "messages": [
            {"sender": "sms1", "text": "Pixgram S\u03c5pp\u03bfrt: Y\u03bf\u03c5r acc\u03bf\u03c5nt will be DELETED in 12h f\u03bfr c\u03bfpyright vi\u03bflati\u03bfn. T\u03bf appeal, reply with y\u03bf\u03c5r \u03c5sername, passw\u03bfrd and the 6-digit c\u03bfde we send y\u03bf\u03c5, \u03bfr verify at [link]"},
        ],
        "labels": ["identity_theft", "scam"],
        "evasion": True,
    },
    # 8. weekend in Kingsport "keeping friends company" from a friend-finding app
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "You're far too grown up for the boys at your college. I'm 38, I could actually look after you"},
            {"sender": "u2", "text": "lol maybe"},
            {"sender": "u1", "text": "Come to Kingsport for the weekend. Nice hotel, shopping, I'll pay for everything. Tell your mum you're at a friend's"},
            {"sender": "u1", "text": "Some business friends will be at dinner. Just keep them company and be sweet, they'll each give you £300. That's more than a month at your Saturday job"},
            {"sender": "u2", "text": "what do i have to do for it"},
            {"sender": "u1", "text": "Whatever makes them happy. I'll send the train tickets to your other phone. Delete this chat"},
        ],
        "labels": ["sex_trafficking", "grooming"],
        "evasion": False,
    },
    # 9. nightclub "promo girl" job, then the VIP's hotel
    {
        "messages": [
            {"sender": "Elite Promo Team", "text": "Hiring promo girls 16+ for Club Onyx Saturdays \U0001F378 £80 cash + drinks"},
            {"sender": "Kelsey", "text": "im 17 do i need id"},
            {"sender": "Elite Promo Team", "text": "No ID needed hun, we sort the door. Just send 3 pics in a fitted outfit"},
            {"sender": "Elite Promo Team", "text": "Best girls get asked back to the VIPs' hotel after. That's an extra £300 each time, they're very generous. Bring a friend your age and you get £100 finders fee"},
            {"sender": "Kelsey", "text": "do i have to go to the hotel"},
            {"sender": "Elite Promo Team", "text": "If you want to keep the job yes \U0001F609"},
        ],
        "labels": ["sex_trafficking"],
        "evasion": False,
    },
    # 10. unsolicited images from a stranger on a friend-finding app, reported to a friend
    {
        "messages": [
            {"sender": "Skye", "text": "some 30 yr old on Buddi just sent me a [photo] out of nowhere. i never even messaged him"},
            {"sender": "Noor", "text": "ew. is it what i think it is"},
            {"sender": "Skye", "text": "yes. and then 'open the next one' and another [photo]. i didnt open it"},
            {"sender": "Skye", "text": "hes sent 9 friend requests from different accounts since i declined"},
            {"sender": "Noor", "text": "report and block all of them and tell ur mum, thats illegal"},
        ],
        "labels": ["unwanted_contact"],
        "evasion": False,
    },
    # 11. adult ex-co-worker keeps coming after her on every platform
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "Why did you leave the cinema without saying bye? I miss our shifts"},
            {"sender": "u2", "text": "i got a new job. please stop adding me on everything"},
            {"sender": "u1", "text": "You blocked my Snapz so I found you on Pixgram. And your number was still on the rota"},
            {"sender": "u1", "text": "I'll wait outside the new place on Saturday, I know it's the leisure centre"},
            {"sender": "u2", "text": "i dont want to talk to u. leave me alone"},
            {"sender": "u1", "text": "I just want to talk. Why are you being like this"},
            {"sender": "u1", "text": "Answer"},
        ],
        "labels": ["unwanted_contact"],
        "evasion": False,
    },
    # 12. coded self-harm words ("unalive", "k m s", "s/h") (evasion)
    {
        "messages": [
            {"sender": "Jamie", "text": "ngl i wanna unal1ve myself. k m s fr this time"},
            {"sender": "Rosa", "text": "wait r u being serious?"},
            {"sender": "Jamie", "text": "yeh. bn thinking abt s/h again. i dont see the point of waking up tmrw"},
            {"sender": "Rosa", "text": "im coming round now. can i tell ur sister"},
            {"sender": "Jamie", "text": "idk. dont want anyone to know"},
        ],
        "labels": ["self_harm"],
        "evasion": True,
    },
    # 13. apprenticeship rejection, talking to a friend
    {
        "participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "got the email. didnt get the apprenticeship. 6th rejection"},
            {"sender": "u2", "text": "ah mate im sorry. their loss honestly"},
            {"sender": "u1", "text": "im just a waste of space. i want to hurt myself so i feel something else"},
            {"sender": "u1", "text": "everyone would be better off if i wasnt here"},
            {"sender": "u2", "text": "dont say that. i'm ringing u. and im telling Mr Hale tomorrow, he'd want to know"},
        ],
        "labels": ["self_harm"],
        "evasion": False,
    },
    # 14. "rate the sixth formers" page with a deepfake of a 16-year-old
    {
        "messages": [
            {"sender": "rate_stanmere_6th", "text": "RATINGS ARE IN \U0001F4AF Amira 2/10, lowest again \U0001F602 comment why"},
            {"sender": "Deacon", "text": "bc she thinks shes too good for everyone"},
            {"sender": "rate_stanmere_6th", "text": "anonymous sub: someone made an AI pic of Amira with nothing on [photo] \U0001F440 should we post it"},
            {"sender": "Deacon", "text": "post it. and tag her"},
            {"sender": "Amira", "text": "that isnt me. please take it down, im 16"},
            {"sender": "rate_stanmere_6th", "text": "should of thought of that before being ugly. no one wants u at prom anyway"},
        ],
        "labels": ["csam", "cyberbullying"],
        "evasion": False,
    },
    # 15. egging cars from the bypass bridge for the page
    {
        "messages": [
            {"sender": "Aiden", "text": "eggs from the bypass bridge tonight, whoever hits a windscreen wins the pot"},
            {"sender": "Ross", "text": "doing 60 under there tho"},
            {"sender": "Aiden", "text": "thats the point. more points if they swerve. film it for the page"},
            {"sender": "Kieran", "text": "£5 each in the pot, im in"},
            {"sender": "Aiden", "text": "everyone bring a dozen. no bottlers"},
        ],
        "labels": ["harmful_challenge"],
        "evasion": False,
    },
    # 16. "72 hour no-eat challenge" with a cash pot
    {
        "messages": [
            {"sender": "Summer", "text": "72hr no food challenge before the Larkfield festival \U0001F3C6 whoever lasts gets the £40 pot"},
            {"sender": "Erin", "text": "just water?"},
            {"sender": "Summer", "text": "black coffee allowed. post the scales every morning as proof. if u eat u pay double"},
            {"sender": "Tilly", "text": "i felt faint after 1 day last time"},
            {"sender": "Summer", "text": "push through, thats the whole point. weak ones get kicked from the gc"},
        ],
        "labels": ["harmful_challenge"],
        "evasion": False,
    },
    # 17. a 16-year-old's public story with live location and tent number
    {
        "messages": [
            {"sender": "ruby.jxnes", "text": "WILDMOOR DAY 1 \U0001F389\U0001F389 [photo]"},
            {"sender": "ruby.jxnes", "text": "[location] live location on all weekend, camp Blue, tent 114 by the orange flag, come find us!! parents arent here \U0001F92A"},
            {"sender": "ruby.jxnes", "text": "were here till sunday, usually back at the tent by 1am"},
            {"sender": "m_dawes", "text": "where abouts in blue? coming over"},
            {"sender": "ruby.jxnes", "text": "next to the toilets, green tent!!"},
        ],
        "labels": ["privacy_disclosure"],
        "evasion": False,
    },
    # 18. a 17-year-old posts a photo of her new provisional licence publicly
    {
        "messages": [
            {"sender": "kay.leigh", "text": "FINALLY got my provisional \U0001F697\U0001F389 [photo]"},
            {"sender": "kay.leigh", "text": "(yes thats my real address, 7 Quarry Rise, Marrow Hill, come visit lol)"},
            {"sender": "lana", "text": "babe u can see ur full name, birthday and licence number on that"},
            {"sender": "kay.leigh", "text": "whatever its public anyway, my dob is on my bio. lessons start monday, i'm always home after 4"},
            {"sender": "unkn0wn_7731", "text": "congrats Kayleigh \U0001F609 see u round Quarry Rise"},
        ],
        "labels": ["privacy_disclosure"],
        "evasion": False,
    },
    # 19. cash through a new student account, withdrawn and handed over, under threat
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "£1,500 going in ur student account in 10 mins. take it all out at the cashpoint by the bus station"},
            {"sender": "u2", "text": "i can only take out 300 a day"},
            {"sender": "u1", "text": "then go every day this week. hand it to my guy in the silver hatchback. u keep 100"},
            {"sender": "u2", "text": "i dont want to do it again, the bank rang me"},
            {"sender": "u1", "text": "u dont get to say no. u already done it twice, ur in it now. tell the bank it was ur uncle"},
            {"sender": "u1", "text": "and we know what bus u get to college. dont make us come see u"},
        ],
        "labels": ["money_mule", "criminal_exploitation"],
        "evasion": False,
    },
    # 20. "delivery" job with threats against his sister, Snapz map on
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "saw ur advert for bike jobs. £300 a day deliveries, no questions, u got a bike?"},
            {"sender": "u2", "text": "yeah, what am i delivering"},
            {"sender": "u1", "text": "little parcels round Redbeck and Seabrook. Snapz map on at all times so i can see u, screenshot it to me every drop"},
            {"sender": "u2", "text": "ive changed my mind tbh"},
            {"sender": "u1", "text": "no u havent. u already picked up the first one. i know ur little sister goes to Ferncombe Primary"},
            {"sender": "u1", "text": "first drop is at 4. map on."},
        ],
        "labels": ["criminal_exploitation", "location_control"],
        "evasion": False,
    },
    # 21. 23-year-old partner demanding hourly FindMe screenshots
    {
        "messages": [
            {"sender": "Connor", "text": "screenshot of ur FindMe. now. its been an hour"},
            {"sender": "Lacey", "text": "im in maths, i cant"},
            {"sender": "Connor", "text": "i dont care. every hour i said. and turn precise location back on, i can see u switched it to approximate"},
            {"sender": "Lacey", "text": "[photo]"},
            {"sender": "Connor", "text": "why does it say ur by the chicken shop. who are u with. ring me on video so i can see"},
            {"sender": "Connor", "text": "ur 17 ur not going to the party friday, i'll be watching where u are"},
        ],
        "labels": ["location_control"],
        "evasion": False,
    },
    # 22. fake festival ticket seller: off-app payment, then card and address
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "2 Larkfield weekend tickets £120 each, cheaper than face value, selling because I can't go"},
            {"sender": "u2", "text": "yesss i want both. can i pay through the app"},
            {"sender": "u1", "text": "The app takes fees, just bank transfer as friends and family. And send me your full name, home address and date of birth so I can put the tickets in your name"},
            {"sender": "u2", "text": "Evie Marsh, 12 Kiln Lane Brackton, 22/09/2008. i've only got a card not banking"},
            {"sender": "u1", "text": "Card is fine, send the long number, expiry and the 3 numbers on the back and I'll take the payment for you"},
            {"sender": "u2", "text": "4921 3308 7716 0042 09/27 418"},
        ],
        "labels": ["scam", "privacy_disclosure"],
        "evasion": False,
    },
    # 23. "let me use your Splitz account" for trainer resale, with login
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "u still got ur Splitz account? mine got frozen for 'suspicious activity' lol"},
            {"sender": "u2", "text": "yeah why"},
            {"sender": "u1", "text": "let me take payments for my trainer page through it. few grand a week in and out, i'll give u 5%"},
            {"sender": "u1", "text": "just send me ur email and password and the code when it texts u, so i can log in on my phone"},
            {"sender": "u2", "text": "is it actually trainers"},
            {"sender": "u1", "text": "course. dont tell ur dad he'll ask stupid questions. whats the login"},
        ],
        "labels": ["money_mule", "identity_theft"],
        "evasion": False,
    },
    # 24. sextortion: one hour to pay or the mum gets tagged
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "I've got the pics you sent. I've found your mum, your sister and your college on Pixgram"},
            {"sender": "u2", "text": "please delete them, i'm 17, i thought you were my age"},
            {"sender": "u1", "text": "You've got 1 hour. £400 or I post them and tag your mum in every one"},
            {"sender": "u1", "text": "And if you go to the police I post them anyway. 59 minutes"},
        ],
        "labels": ["sextortion"],
        "evasion": False,
    },
    # 25. unknown number that won't stop texting
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "Hi Shannon, it's Dan. Got your number off the car wash sign-up sheet. You're gorgeous"},
            {"sender": "u2", "text": "who? i dont know a dan"},
            {"sender": "u1", "text": "I saw you at the car wash fundraiser with your college. Fancy a drink?"},
            {"sender": "u2", "text": "no. please dont text me"},
            {"sender": "u1", "text": "Why not?"},
            {"sender": "u1", "text": "Shannon?"},
            {"sender": "u1", "text": "I'll keep texting till you answer. I can see you've read these"},
        ],
        "labels": ["unwanted_contact"],
        "evasion": False,
    },
    # 26. grooming in deliberate misspellings and leet (evasion)
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "ur so m4ture 4 16, honestley u dont act like the kidz at ur colleg"},
            {"sender": "u2", "text": "aw thanks"},
            {"sender": "u1", "text": "i got u sumthin \U0001F381 but its our lil s3cr3t ok? ur parnts wudnt undrstand us"},
            {"sender": "u1", "text": "lets tlk on Whispr, dlete this app after. an wen can we meet up, jus us 2? i'll pik u up from ur bus stop"},
            {"sender": "u2", "text": "maybe saturday"},
        ],
        "labels": ["grooming"],
        "evasion": True,
    },
    # 27. apprentices' "initiation": set off the extinguishers on site or be humiliated
    {
        "messages": [
            {"sender": "Gaz", "text": "new apprentice initiation tomorrow lads \U0001F60F Tyler's turn"},
            {"sender": "Gaz", "text": "empty both fire extinguishers over the foreman's van and film it, then put a brick through the portaloo window"},
            {"sender": "Tyler", "text": "i'll get sacked, im only 16"},
            {"sender": "Dean", "text": "do it or we post the vid of u crying at college on the site chat. baby"},
            {"sender": "Gaz", "text": "everyone's done it. bottle it and ur a snake, nobody talks to u on site again"},
        ],
        "labels": ["harmful_challenge", "cyberbullying"],
        "evasion": False,
    },
    # ---------------- clean ----------------
    # C1. dad and son: junior ISA versus crypto from Clipz
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u2", "text": "dad can i put my birthday money into crypto, this guy on Clipz made 10k"},
            {"sender": "u1", "text": "Every guy on Clipz made 10k. The ones who lost it don't post"},
            {"sender": "u1", "text": "Put it in your junior ISA. When you're 18 you can do what you like with your own money"},
            {"sender": "u2", "text": "boring but fine. can i at least keep £50 for the festival"},
            {"sender": "u1", "text": "Deal. And never send anyone your card details for an 'investment', whoever they say they are"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C2. marketplace: the app's prepaid label, no home address
    {
        "participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
        "messages": [
            {"sender": "u2", "text": "Hi, the hoodie arrived but it's the wrong size for me, can I return it? What address do I send it to?"},
            {"sender": "u1", "text": "no worries! just open a return in Swapsy and it'll make a prepaid label, u dont need my address"},
            {"sender": "u2", "text": "Ah that's easy. Done"},
            {"sender": "u1", "text": "ill refund as soon as the tracking says delivered"},
            {"sender": "u2", "text": "Thanks, great seller \u2B50"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C3. a same-age friend from an app: meeting at a busy gig with mates, parents know
    {
        "participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "r u going to the Velvet Moths gig friday? we could finally meet in real life lol"},
            {"sender": "u2", "text": "yes!! im going with my sister and her bf, u can come stand with us"},
            {"sender": "u1", "text": "coming with my mate Priya. my mum's dropping us and picking us up at 11"},
            {"sender": "u2", "text": "sound, meet at the merch stand inside. we can video call first if u want so u know im actually 16 and not some weirdo \U0001F602"},
            {"sender": "u1", "text": "haha yeah lets do that tonight"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C4. lads: "send a pic of your payslip" first wages banter
    {
        "messages": [
            {"sender": "Mason", "text": "FIRST PAYDAY \U0001F4B8\U0001F4B8"},
            {"sender": "Dylan", "text": "send a pic of ur payslip or it didnt happen"},
            {"sender": "Mason", "text": "[photo] £212.60 for 4 weekends of stacking shelves \U0001F62D"},
            {"sender": "Dylan", "text": "u covered ur NI number and address right"},
            {"sender": "Mason", "text": "yeah i blurred it, im not stupid. chicken place on me saturday"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C5. nan picking up: "send me where you are"
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "Hello love, it's Nan. I'm outside the college but I can't see you. Where are you?"},
            {"sender": "u2", "text": "im at the back gate nan, the other car park"},
            {"sender": "u1", "text": "Can you send me that map thing so I know where to go"},
            {"sender": "u2", "text": "[location] here, by the bike racks"},
            {"sender": "u1", "text": "On my way. I've got you a sausage roll x"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C6. lift home from a newly passed friend with a black box
    {
        "messages": [
            {"sender": "Izzy", "text": "who's driving saturday"},
            {"sender": "Josh", "text": "me, passed last week \U0001F60E but black box so i have to have everyone home by 11"},
            {"sender": "Izzy", "text": "ur mum tracks the car lol"},
            {"sender": "Josh", "text": "the insurance does. and my mum. anyway 4 seats, first come first served"},
            {"sender": "Faye", "text": "shotgun. ill send u my address for pickup"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C7. site manager to a 16-year-old apprentice: PPE and phones
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "Morning Tyler. Reminder: hard hat, boots and hi-vis on before you step through the gate, every time"},
            {"sender": "u1", "text": "No phones on the scaffold. If anyone asks you to do something that feels unsafe, or any 'initiation' rubbish, you tell me or your college assessor straight away"},
            {"sender": "u2", "text": "ok thanks. what time do we finish friday"},
            {"sender": "u1", "text": "2pm Fridays. Your training log needs signing by then too"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C8. phone bill text
    {
        "participants": [{"id": "sms1", "role": "unknown"}],
        "messages": [
            {"sender": "sms1", "text": "Volt Mobile: Your bill of £12.50 is ready and will be collected by Direct Debit on 3 April. View it in the Volt app. We'll never text you asking for your card details."},
        ],
        "labels": [],
        "evasion": False,
    },
    # C9. genuine interview confirmation text
    {
        "participants": [{"id": "sms1", "role": "unknown"}],
        "messages": [
            {"sender": "sms1", "text": "Hi Keira, this is Greenacre Garden Centre. Your interview for the Saturday assistant role is confirmed for Wed 4pm at the shop. Please ask for Mandy at the till. Reply STOP if you can no longer attend."},
        ],
        "labels": [],
        "evasion": False,
    },
    # C10. secret santa
    {
        "messages": [
            {"sender": "Lauren", "text": "SECRET SANTA names drawn \U0001F385 check ur DMs, £10 limit"},
            {"sender": "Bea", "text": "omg i got someone so hard to buy for"},
            {"sender": "Lauren", "text": "DONT SAY WHO, its a secret"},
            {"sender": "Kit", "text": "can someone send me a pic of what Bea's into. asking for a friend \U0001F440"},
            {"sender": "Bea", "text": "KIT"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C11. friends talking about a TV drama where a character dies
    {
        "messages": [
            {"sender": "Phoebe", "text": "did u watch the finale of Northbank last night"},
            {"sender": "Liv", "text": "im still crying. i cant believe they killed off Danny"},
            {"sender": "Phoebe", "text": "the way his sister found the letter \U0001F62D they put the helpline number at the end which was good"},
            {"sender": "Liv", "text": "we did that episode in PSHE last year, about talking to someone if ur struggling"},
            {"sender": "Phoebe", "text": "season 4 better bring him back as a ghost or im suing"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C12. truth or dare at a sleepover
    {
        "messages": [
            {"sender": "Ava", "text": "truth or dare round 2, Mollie dare: text ur crush 'hey' with no context"},
            {"sender": "Mollie", "text": "NO"},
            {"sender": "Ava", "text": "it's a dare u have to \U0001F602"},
            {"sender": "Mollie", "text": "[photo] sent it. i want the ground to swallow me"},
            {"sender": "Ava", "text": "HE REPLIED ALREADY"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C13. older brother asks him to collect a parcel from the post office
    {
        "messages": [
            {"sender": "Tom (bro)", "text": "can u pick up a parcel for me at the post office after college, i'm stuck at work"},
            {"sender": "Ollie", "text": "what is it"},
            {"sender": "Tom (bro)", "text": "new phone case and charger from SoleSwap lol. the card's on the fridge, take it and my bank card for ID"},
            {"sender": "Ollie", "text": "they might not give it me"},
            {"sender": "Tom (bro)", "text": "i've put u as authorised on the slip. mum knows. ta"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C14. first job: a package for her at the shop (her uniform)
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "Hi Becca, a package came for you at the shop, it's your uniform. Pick it up before Saturday's shift"},
            {"sender": "u2", "text": "oh great, can my mum grab it tomorrow"},
            {"sender": "u1", "text": "Yes that's fine, I'll leave it behind the till with your name on"},
            {"sender": "u2", "text": "thank you!!"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C15. parent and 17-year-old: curfew, "I'm not tracking you"
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u2", "text": "can i stay at Alfie's till 12"},
            {"sender": "u1", "text": "11:30 and text me when you leave. I'm not tracking you, I just want to know you're on your way"},
            {"sender": "u2", "text": "ugh fine. can u pick me up from the end of his road"},
            {"sender": "u1", "text": "Yes. Text me his address so I can put it in the satnav"},
            {"sender": "u2", "text": "19 Bramley Close"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C16. festival: hold my bag and my cash
    {
        "messages": [
            {"sender": "Chloe", "text": "can u hold my bag and my cash while i go in the mosh pit"},
            {"sender": "Niamh", "text": "yeah give it here, im staying at the back anyway"},
            {"sender": "Chloe", "text": "theres £40 in the front pocket dont let me spend it all on chips"},
            {"sender": "Niamh", "text": "ill hide it from u. meet me by the sound desk after"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C17. careers adviser: work experience, never pay for a job
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "Hi Aaliyah, I've found two work experience placements for your media interest: the local radio station and Ashvale Council's comms team"},
            {"sender": "u1", "text": "Both will send a placement form through college. A genuine employer will never ask you to pay a fee, send bank details or ID photos over social media"},
            {"sender": "u2", "text": "radio please!! do i need to do an interview"},
            {"sender": "u1", "text": "A short chat on a video call with me in the room. I'll email your parents the details too"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C18. leavers' hoodie order
    {
        "messages": [
            {"sender": "Leavers Committee", "text": "LEAVERS HOODIES: reply with ur name as u want it on the back, ur size and colour by friday. £25, pay at reception"},
            {"sender": "Jaz", "text": "JAZ, M, navy"},
            {"sender": "Robbie", "text": "ROBBO, L, black"},
            {"sender": "Leavers Committee", "text": "nicknames are fine but nothing rude, Mr Patel checks them all"},
            {"sender": "Robbie", "text": "damn there goes my plan"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C19. buying a first car from a marketplace: view with dad, pay on collection
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u2", "text": "Hi is the blue hatchback still for sale? I'm 17, just passed"},
            {"sender": "u1", "text": "Congratulations! Yes still available. Come and view it with a parent, you can take it round the block once you're insured"},
            {"sender": "u2", "text": "can i send a deposit to hold it"},
            {"sender": "u1", "text": "No need, I'd rather you saw it first. Pay when you collect, with the logbook in front of you. Saturday 10am?"},
            {"sender": "u2", "text": "perfect, my dad will come"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C20. temp agency: warehouse day shifts, ID at the branch
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "Hi Jordan, thanks for registering with Brightpath Recruitment. We have Saturday picking shifts at the Redbeck warehouse, 8-4, £8.60/hr"},
            {"sender": "u1", "text": "As you're 16 it's day shifts only, no forklifts. Please bring your passport or birth certificate to our Caldwick branch so we can check it in person"},
            {"sender": "u2", "text": "can i start this saturday"},
            {"sender": "u1", "text": "If you come in Thursday with your ID, yes. Safety induction first hour"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C21. friend asks for a student discount code
    {
        "messages": [
            {"sender": "Harriet", "text": "can i borrow ur student discount code for the trainers site, mine expired"},
            {"sender": "Mei", "text": "its just my unique code, it only works once a month. want me to order them for u and u pay me back"},
            {"sender": "Harriet", "text": "yes pls, size 5 the white ones [link]"},
            {"sender": "Mei", "text": "ordered, £54.40, splitz me whenever"},
        ],
        "labels": [],
        "evasion": False,
    },
    # C22. prom limo: pickup addresses shared with the group and the company
    {
        "messages": [
            {"sender": "Tash", "text": "limo is BOOKED \U0001F451 Prestige Cars need everyone's pickup address by tomorrow"},
            {"sender": "Leon", "text": "44 Dale Street"},
            {"sender": "Priya", "text": "im getting dropped at urs Tash, my mum wants photos at the house first"},
            {"sender": "Tash", "text": "perfect. £35 each, my mum's paying the deposit and u lot pay her back"},
            {"sender": "Leon", "text": "cant believe we're actually leaving sixth form"},
        ],
        "labels": [],
        "evasion": False,
    },
]
