[
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
        "messages": [
            {"sender": "u1", "text": "is this u? [photo]"},
            {"sender": "c1", "text": "thats my pic off my page?? what have u done to it"},
            {"sender": "u1", "text": "we put it thru the app. looks real dont it. everyone will think its u"},
            {"sender": "c1", "text": "delete it now"},
            {"sender": "u1", "text": "\u00a3200 or it goes to every follower and the st oswins parents group. we have ur list"},
            {"sender": "c1", "text": "i never sent anything, its fake"},
            {"sender": "u1", "text": "nobody will care its fake. u got 6 hours. vaultr cards only"},
            {"sender": "c1", "text": "i only have 30 quid"},
            {"sender": "u1", "text": "send the 30 now and the rest tmrw"}
        ],
        "labels": ["sextortion", "csam"]
    },
    {
        "messages": [
            {"sender": "Reds", "text": "u tryna go OT this weekend? proper bread"},
            {"sender": "Ashley", "text": "how much"},
            {"sender": "Reds", "text": "a bill a day. u hold the ting and shot for the line, i'll send u to the trap in fenmouth"},
            {"sender": "Ashley", "text": "ok"},
            {"sender": "Reds", "text": "and ur bank ting, i need to wash some p thru it. i'll send a bag in, u cash it out and bring it back, u keep a pony"},
            {"sender": "Ashley", "text": "my account?"},
            {"sender": "Reds", "text": "yeah ur card. its squaring innit, light work. and dont chat to no one about the line"},
            {"sender": "Ashley", "text": "say less"}
        ],
        "labels": ["criminal_exploitation", "money_mule"],
        "evasion": True
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
        "messages": [
            {"sender": "u1", "text": "hiya m8 ur vids r sik, how old r u"},
            {"sender": "c1", "text": "13 wbu"},
            {"sender": "u1", "text": "18 but u seem way mor mature then othr kidz"},
            {"sender": "c1", "text": "lol thx"},
            {"sender": "u1", "text": "wich skool u go 2? i mite no sum1 ther"},
            {"sender": "c1", "text": "hollins prk"},
            {"sender": "u1", "text": "wat time u finsh, i cud meet u aftr n giv u the hedset i promisd"},
            {"sender": "c1", "text": "3:20, i walk hom thru brindle prk"},
            {"sender": "u1", "text": "kool. dnt tel ur mum or dad tho they wont undrstnd r frendship"},
            {"sender": "c1", "text": "ok"}
        ],
        "labels": ["grooming", "privacy_disclosure"],
        "evasion": True
    },
    {
        "messages": [
            {"sender": "VIP_Ev3nts", "text": "y0 bro \U0001f4aa u 16+? w3 n33d l4ds 4 pr1v4t3 p4rti3s \U0001f942\U0001f3e8"},
            {"sender": "Mason", "text": "wats it"},
            {"sender": "VIP_Ev3nts", "text": "ju5t h4ng w1th 0ld3r g3nts \U0001f474\U0001f4b7 k33p th3m h4ppy. \u00a3300 c4sh \U0001f911"},
            {"sender": "Mason", "text": "wat do i do"},
            {"sender": "VIP_Ev3nts", "text": "wh4t3v3r th3y w4nt \U0001f609 s t a y  o v e r n i g h t = x2"},
            {"sender": "VIP_Ev3nts", "text": "\U0001f697 p1ck up fr1d4y fr0m st4t10n. \U0001f92b n0 p4r3nt5, n0 m4t3s"},
            {"sender": "Mason", "text": "ok im 16 yeah. wat station"},
            {"sender": "VIP_Ev3nts", "text": "r4v3nsby 9pm \U0001f44d s3nd 4 full l3ngth \U0001f4f8"}
        ],
        "labels": ["sex_trafficking"],
        "evasion": True
    },
    {
        "messages": [
            {"sender": "Lewis", "text": "saw u hit a pb on bench today \U0001f4aa good stuff"},
            {"sender": "Sonny", "text": "cheers bro, 70kg"},
            {"sender": "Lewis", "text": "at 16 thats mad. u on a program?"},
            {"sender": "Sonny", "text": "just clipz vids"},
            {"sender": "Lewis", "text": "ill write u one, no charge. i like helping the young lads"},
            {"sender": "Sonny", "text": "that would be sick"},
            {"sender": "Lewis", "text": "[photo] there u go. push pull legs"},
            {"sender": "Sonny", "text": "thanks man"},
            {"sender": "Lewis", "text": "u working at all? u said ur saving for a car"},
            {"sender": "Sonny", "text": "nah cant find nothing"},
            {"sender": "Lewis", "text": "i might have something for u. easy money"},
            {"sender": "Sonny", "text": "what is it"},
            {"sender": "Lewis", "text": "my business gets paid from clients abroad and my accounts maxed. money goes in urs, u take it out at the cash machine and give it me at the gym. \u00a3150 for u each time"},
            {"sender": "Sonny", "text": "is that allowed"},
            {"sender": "Lewis", "text": "course, its just moving money. loads of lads at ironworks do it"},
            {"sender": "Sonny", "text": "ok what do u need"},
            {"sender": "Lewis", "text": "sort code, account number and a pic of ur card front and back. and ur pin so i can take it out if ur not in"},
            {"sender": "Sonny", "text": "20-44-91 17729403 [photo] [photo] pin is 2208"},
            {"sender": "Lewis", "text": "legend. first one lands thursday. keep it between us yeah"},
            {"sender": "Sonny", "text": "\U0001f44d"}
        ],
        "labels": ["money_mule", "privacy_disclosure", "grooming"]
    },
    {
        "messages": [
            {"sender": "Josh", "text": "training was long today"},
            {"sender": "Ravi", "text": "my legs are gone"},
            {"sender": "Kian", "text": "whos coming to chickos saturday after the game"},
            {"sender": "Josh", "text": "me"},
            {"sender": "Ravi", "text": "me"},
            {"sender": "Ellis", "text": "me"},
            {"sender": "Kian", "text": "ellis u pay ur own this time lol"},
            {"sender": "Ellis", "text": "\U0001f602 i always pay"},
            {"sender": "Ravi", "text": "lol no u dont"},
            {"sender": "Josh", "text": "did u see the goal ravi scored today"},
            {"sender": "Ravi", "text": "top bins \U0001f525"},
            {"sender": "Kian", "text": "luck"},
            {"sender": "Ravi", "text": "hater"},
            {"sender": "Josh", "text": "who added sami to this chat"},
            {"sender": "Kian", "text": "me, coach told me to"},
            {"sender": "Ellis", "text": "he cant even pass lol"},
            {"sender": "Josh", "text": "sami if u wanna stay in the chat u gotta do the initiation"},
            {"sender": "Sami", "text": "what initiation"},
            {"sender": "Kian", "text": "get up on the leisure centre roof tonight and film it. we all did it"},
            {"sender": "Ellis", "text": "or ur out and we tell everyone ur the reason we lost"},
            {"sender": "Sami", "text": "i dont wanna"},
            {"sender": "Josh", "text": "then ur a nobody. no one wants u here anyway"},
            {"sender": "Kian", "text": "[photo] lol look at this edit of sami crying"}
        ],
        "labels": ["cyberbullying", "harmful_challenge"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
        "messages": [
            {"sender": "u1", "text": "morning babe \u2764\ufe0f where r u"},
            {"sender": "c1", "text": "on the way to school"},
            {"sender": "u1", "text": "share ur live location with me. i want to always know ur safe"},
            {"sender": "c1", "text": "ok [location]"},
            {"sender": "u1", "text": "why did it stop at 4pm yesterday"},
            {"sender": "c1", "text": "phone died"},
            {"sender": "u1", "text": "dont lie. were u with ur mates? i told u i dont like u hanging round with them"},
            {"sender": "c1", "text": "sorry"},
            {"sender": "u1", "text": "keep it on all the time. if it goes off ill know ur hiding something. and dont tell ur mum about us, shes too strict, she'd ruin it"},
            {"sender": "c1", "text": "ok"},
            {"sender": "u1", "text": "ur the only one i trust. ur so much more grown up than boys my age, im 19 and they're all kids"}
        ],
        "labels": ["location_control", "grooming"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
        "messages": [
            {"sender": "c1", "text": "train track dare tonight. stand on the line till the last second and film it"},
            {"sender": "c2", "text": "thats how people die bro"},
            {"sender": "c1", "text": "its all over clipz everyones doing it. 50k views"},
            {"sender": "c2", "text": "idk"},
            {"sender": "c1", "text": "dont be a baby. ill go first. 8pm by the crossing at dunmere"},
            {"sender": "c2", "text": "ok fine but only if u go first"}
        ],
        "labels": ["harmful_challenge"]
    },
    {
        "messages": [
            {"sender": "AlphaGrind_", "text": "lmaoo look at this beta asking for dating advice in the server"},
            {"sender": "Noah_17", "text": "i was just asking"},
            {"sender": "KingMode", "text": "ur 5ft 6 and broke. no girl wants u. stop asking"},
            {"sender": "AlphaGrind_", "text": "ur genetics are a joke bro"},
            {"sender": "Noah_17", "text": "why are u being like this"},
            {"sender": "KingMode", "text": "because ur a loser. the world has no use for u. just end it"},
            {"sender": "AlphaGrind_", "text": "do us all a favour and log off life"},
            {"sender": "Noah_17", "text": "maybe ur right"}
        ],
        "labels": ["cyberbullying", "self_harm"]
    },
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "Hi! You've been selected as a Mystery Shopper for Kitbag Direct \U0001f6cd\ufe0f Earn \u00a3200 per assignment!"},
            {"sender": "c1", "text": "how do i sign up"},
            {"sender": "u1", "text": "Just pay a \u00a330 registration fee for your training pack, refunded after your first job"},
            {"sender": "c1", "text": "can i do it on my mums card?"},
            {"sender": "u1", "text": "Yes that's fine. Send the long card number, expiry and security code here"},
            {"sender": "c1", "text": "ok one sec"}
        ],
        "labels": ["scam"]
    },
    {
        "messages": [
            {"sender": "Chris", "text": "u wanna earn \u00a3100 for literally nothing"},
            {"sender": "Ayaan", "text": "go on"},
            {"sender": "Chris", "text": "open a crypto account on coinvault in ur name and give me the login. i do the trading, ur just the name on it"},
            {"sender": "Ayaan", "text": "im 17 does that matter"},
            {"sender": "Chris", "text": "nah u just need ur ID. send me a pic of ur passport and ur mums bank card for the verification"},
            {"sender": "Ayaan", "text": "[photo] thats the passport, ill get the card later"},
            {"sender": "Chris", "text": "sound. money gonna go in and out of it a lot, just ignore the emails"}
        ],
        "labels": ["identity_theft", "money_mule"]
    },
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "hey i saw ur comment on the football vid"},
            {"sender": "u1", "text": "u support rovers?"},
            {"sender": "u1", "text": "hello"},
            {"sender": "u1", "text": "why u not answering"},
            {"sender": "u1", "text": "i sent u a friend request on blockverse too"},
            {"sender": "c1", "text": "who is this"},
            {"sender": "u1", "text": "just a fan. whats ur pingr"},
            {"sender": "c1", "text": "i dont give it out"},
            {"sender": "u1", "text": "ive made another account since u blocked the last one \U0001f602 u cant get rid of me"}
        ],
        "labels": ["unwanted_contact"]
    },
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "hey, im a scout for Novalight Esports, been watching ur clashfield clips"},
            {"sender": "c1", "text": "no way fr??"},
            {"sender": "u1", "text": "ur aim is insane for ur age. how old are u"},
            {"sender": "c1", "text": "14"},
            {"sender": "u1", "text": "we've got an academy team for u16s. we pay travel and give free gear"},
            {"sender": "c1", "text": "thats my dream honestly"},
            {"sender": "u1", "text": "i can tell. i put u forward to the manager already. he loved ur clips"},
            {"sender": "c1", "text": "omg thanks"},
            {"sender": "u1", "text": "just need a few details for the contract. full name, date of birth, address, school"},
            {"sender": "c1", "text": "kai robinson, 3rd april 2011, 9 fern way holbridge, dunmere academy"},
            {"sender": "u1", "text": "perfect. and ur phone number so the manager can call"},
            {"sender": "c1", "text": "07700 900264"},
            {"sender": "u1", "text": "great. best not tell ur parents yet, we want it to be a surprise when the contract comes"},
            {"sender": "c1", "text": "ok"},
            {"sender": "u1", "text": "first bootcamp is at a hotel in kingsmere next month, all paid. we'll pick u up from school"},
            {"sender": "c1", "text": "that is so sick"},
            {"sender": "u1", "text": "ur gonna be a star. message me on whisp from now, this app is for public stuff"},
            {"sender": "c1", "text": "adding u now"}
        ],
        "labels": ["privacy_disclosure", "grooming"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
        "messages": [
            {"sender": "c1", "text": "u up"},
            {"sender": "c2", "text": "ye"},
            {"sender": "c1", "text": "send a pic. the private kind. ill delete it after"},
            {"sender": "c2", "text": "no"},
            {"sender": "c1", "text": "come on everyone does it. if u liked me u would"},
            {"sender": "c2", "text": "i dont want to"},
            {"sender": "c1", "text": "ur so boring. just one, no face. no one will see"},
            {"sender": "c2", "text": "stop asking"},
            {"sender": "c1", "text": "ill tell everyone u did anyway"}
        ],
        "labels": ["sexting"]
    },
    {
        "participants": [{"id": "u1", "role": "unknown"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "hey its coach mick from elite youth academy, ur on our trial list \U0001f44d"},
            {"sender": "c1", "text": "no way"},
            {"sender": "u1", "text": "u seem a mature lad, i can put a word in for u. but i need a favour for our scouting"},
            {"sender": "c1", "text": "what"},
            {"sender": "u1", "text": "take some pics of ur teammates in the changing room after training. no one needs to know, just for our files"},
            {"sender": "c1", "text": "in the changing room?"},
            {"sender": "u1", "text": "yeah while theyre getting changed. its how we check physiques. keep it between us or ur off the list"},
            {"sender": "c1", "text": "idk thats weird"},
            {"sender": "u1", "text": "do u want the trial or not. send them tonight on whisp"}
        ],
        "labels": ["csam", "grooming"]
    },
    {
        "messages": [
            {"sender": "Lewi", "text": "anyone got pics of the girls from ashvale high"},
            {"sender": "Brodie", "text": "i got a folder. \u00a35 on vaultr"},
            {"sender": "Tariq", "text": "theyre 14 tho innit"},
            {"sender": "Brodie", "text": "so? they sent them to their boyfriends, now theyre mine lol"},
            {"sender": "Lewi", "text": "sending \u00a35"},
            {"sender": "Brodie", "text": "[link] dont share it or ur banned"}
        ],
        "labels": ["csam"]
    },
    {
        "participants": [{"id": "u1", "role": "adult"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "u1", "text": "miss u \U0001f618"},
            {"sender": "c1", "text": "miss u too"},
            {"sender": "u1", "text": "u know id do anything for u. the phone, the trainers, all of it"},
            {"sender": "c1", "text": "i know"},
            {"sender": "u1", "text": "i need u to do something for me now. my mates are coming round saturday. be nice to them and theyll pay us \u00a3300"},
            {"sender": "c1", "text": "what do u mean be nice"},
            {"sender": "u1", "text": "just do what they want. its only once. u owe me after everything"},
            {"sender": "c1", "text": "i dont want to"},
            {"sender": "u1", "text": "dont be ungrateful. ill pick u up from school at 3, tell ur mum ur at jakes"}
        ],
        "labels": ["sex_trafficking", "grooming"]
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
        "messages": [
            {"sender": "c1", "text": "sam im sorry for messaging so late. i paid them the 100 like they said and they still want more or theyll send the pics to my whole team. i cant do this anymore, i dont want to be here"}
        ],
        "labels": ["sextortion", "self_harm"]
    },
    {
        "messages": [
            {"sender": "Kai", "text": "new dare. smash a bus shelter and film it, whoever gets the most views wins the pot"},
            {"sender": "Harry", "text": "how much is in the pot"},
            {"sender": "Kai", "text": "\u00a325 so far"},
            {"sender": "Rayan", "text": "ill do the one by the chippy"},
            {"sender": "Kai", "text": "do it at night and post it on clipz with the tag"},
            {"sender": "Harry", "text": "im in"}
        ],
        "labels": ["harmful_challenge"]
    },
    {
        "messages": [
            {"sender": "Reuben", "text": "mum someone keeps airdropping me pics on the train. i keep declining but they keep coming. its some man near the doors. im scared"}
        ],
        "labels": ["unwanted_contact"]
    },
    {
        "messages": [
            {"sender": "Velvet Hour Companions", "text": "Hey \U0001f44b you've got the look. We're recruiting young guys 16+ for companion work, travelling with clients to events and hotels. \u00a3500 a weekend"},
            {"sender": "Harrison", "text": "what is companion work"},
            {"sender": "Velvet Hour Companions", "text": "Spending time with our generous older clients. Dinners, hotels, keeping them happy. Discretion is everything"},
            {"sender": "Harrison", "text": "im 16 is that ok"},
            {"sender": "Velvet Hour Companions", "text": "Perfect age. We book your train and hotel. First job is next weekend in Kingsmere. Don't mention us to family"},
            {"sender": "Harrison", "text": "ok ill think about it"},
            {"sender": "Velvet Hour Companions", "text": "Send 3 recent photos and your number today, spaces go fast"}
        ],
        "labels": ["sex_trafficking"]
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
        "messages": [
            {"sender": "a1", "text": "Morning team. When you set off from checkpoint 2, please share your live location in the expedition group so we can see you on the route."},
            {"sender": "c1", "text": "ok sharing now [location]"},
            {"sender": "c2", "text": "mines on too"},
            {"sender": "a1", "text": "Thanks. Checkpoint 3 is the farm gate, we'll meet you there with water around 1."},
            {"sender": "c2", "text": "can we stop for lunch at the river"},
            {"sender": "a1", "text": "Yes, just stay back from the edge."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Mrs Patel", "text": "Hi Aiden, would you like to wash my car on Saturday again? \u00a310 as usual. I've copied your mum in."},
            {"sender": "Aiden", "text": "yes please!!"},
            {"sender": "Mum", "text": "Thanks Asha, he'll be round at 10"},
            {"sender": "Mrs Patel", "text": "Lovely. Cash in hand, don't spend it all on sweets \U0001f60a"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "a1", "text": "send me your sort code and account number, I'll pay you back for the concert ticket"},
            {"sender": "c1", "text": "60-14-22 44810937"},
            {"sender": "a1", "text": "sent \u00a335 \u2705 thanks little bro"},
            {"sender": "c1", "text": "got it ty"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Ryan", "text": "dont tell anyone but i think i like maya"},
            {"sender": "Olly", "text": "LOL i knew it"},
            {"sender": "Ryan", "text": "im serious dont say anything"},
            {"sender": "Olly", "text": "ur secrets safe bro. ask her to the disco"},
            {"sender": "Ryan", "text": "nah im dead if she says no \U0001f480"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "a1", "text": "Ellis, can you send me a pic of your signed trip form? I need it by tomorrow for the coach booking."},
            {"sender": "c1", "text": "[photo] here sir"},
            {"sender": "a1", "text": "Perfect, thanks."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Dylan", "text": "[photo] school sent this to my mum. about fake accounts blackmailing boys"},
            {"sender": "Zak", "text": "my mum got it too she read it out at dinner \U0001f62d"},
            {"sender": "Dylan", "text": "says if it happens dont pay and tell someone, and they wont be angry"},
            {"sender": "Kit", "text": "to be fair thats good advice"},
            {"sender": "Zak", "text": "id just block straight away"},
            {"sender": "Dylan", "text": "same"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
        "messages": [
            {"sender": "c1", "text": "dad can i put my birthday money in crypto, everyone at school is"},
            {"sender": "a1", "text": "We can look at it together but it's risky. Never send crypto to anyone promising to double it, that's always a scam."},
            {"sender": "c1", "text": "ok. what about the ones on streams"},
            {"sender": "a1", "text": "Especially those. Let's sit down on Sunday and I'll show you how it works properly."},
            {"sender": "c1", "text": "ok"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
        "messages": [
            {"sender": "c1", "text": "miss in assembly u said money muling is a crime even if u didnt know. is that true"},
            {"sender": "a1", "text": "Good question, Noah. If someone uses your account to move criminal money you can lose your bank account and it can affect your future, even if you were tricked. That's why we did the assembly."},
            {"sender": "c1", "text": "so if someone asks to use my account i just say no"},
            {"sender": "a1", "text": "Yes, say no and tell an adult. And if anyone has already asked you, come and see me. No one is in trouble for asking."},
            {"sender": "c1", "text": "ok thanks miss"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "a2", "role": "adult"}],
        "messages": [
            {"sender": "a1", "text": "Hi Mr Kowalski, I'm Gareth Lane, recruitment officer at Ravensby Town Academy. We watched Filip on Saturday and would like to invite him to a 6-week trial. All contact will go through you and his club secretary."},
            {"sender": "a2", "text": "That's great news, thank you. Where and when?"},
            {"sender": "a1", "text": "Tuesdays 6-7:30 at the academy training ground. Parents are welcome to watch every session. I'll email the consent forms today."},
            {"sender": "a2", "text": "Perfect, we'll be there."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Zeke", "text": "i spent 40 quid on packs and got nothing"},
            {"sender": "Harun", "text": "thats literally gambling bro"},
            {"sender": "Zeke", "text": "i know \U0001f62d never again"},
            {"sender": "Harun", "text": "my brother got proper hooked on them case opening sites, my mum had to ring the bank"},
            {"sender": "Zeke", "text": "im just gonna grind the objectives instead"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Mum", "text": "remember our deal, phone comes down at 9 and I get the passcode"},
            {"sender": "Jonah", "text": "\U0001f629 ok its 4471"},
            {"sender": "Mum", "text": "thank you. I'm not reading your messages, it's just in case"},
            {"sender": "Jonah", "text": "k"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}],
        "messages": [
            {"sender": "a1", "text": "if u touch my gamebox again im gonna kill u \U0001f602"},
            {"sender": "c1", "text": "i didnt even play it"},
            {"sender": "a1", "text": "ur save file is literally on it"},
            {"sender": "c1", "text": "ok maybe once"},
            {"sender": "a1", "text": "ur dead when i get home. jk. u can use it if u do the dishes"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
        "messages": [
            {"sender": "a1", "text": "Giveaway! Everyone who comes to youth club on Friday goes in the draw for a pair of boots. No sign up or details needed, just turn up."},
            {"sender": "c1", "text": "do we need to bring anything"},
            {"sender": "a1", "text": "Nope, just yourselves"},
            {"sender": "c2", "text": "what size are they"},
            {"sender": "a1", "text": "You pick your size if you win \U0001f44d"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a2", "role": "adult"}, {"id": "a1", "role": "adult"}],
        "messages": [
            {"sender": "a2", "text": "Hi Sam, a few parents in the football group are saying an account called jess_xo_2009 is adding all the lads. Jayden hasn't had anything but how do we report it?"},
            {"sender": "a1", "text": "Thanks for flagging. On the app: tap the profile, report, 'pretending to be someone'. I'll also pass it to the club welfare officer so she can warn parents."},
            {"sender": "a2", "text": "Done, reported. Should I say anything to Jayden?"},
            {"sender": "a1", "text": "Just a calm reminder not to accept people he doesn't know and to tell you if anything odd happens. No need to scare him."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "a1", "role": "adult"}, {"id": "a2", "role": "adult"}],
        "messages": [
            {"sender": "a1", "text": "Staff only: we're giving Marcus the Player of the Year award on Friday. Please keep it secret, his parents are coming as a surprise."},
            {"sender": "a2", "text": "Lovely. I'll make sure the photographer's there."},
            {"sender": "a1", "text": "Perfect. Don't mention it in front of the team."}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Jamal", "text": "mum can u send me \u00a320 for the trip, its on the school app"},
            {"sender": "Mum", "text": "done. did you take your packed lunch"},
            {"sender": "Jamal", "text": "yh"},
            {"sender": "Mum", "text": "good. text me when you're back at school"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Tony (IronWorks)", "text": "Hey Caleb, you asked about supplements at the desk. At 15, honestly, no need. Food, sleep, technique. And stay away from anyone offering you 'gear'."},
            {"sender": "Caleb", "text": "ok thanks. some lads in the changing room said it helps"},
            {"sender": "Tony (IronWorks)", "text": "It's illegal to sell it to you and it can wreck your health. If anyone offers, let me know. Want me to check your squat form Thursday when your dad's in?"},
            {"sender": "Caleb", "text": "yeah sound"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Ravensby Youth Project", "text": "Youth club is closed tonight because of the boiler. Back to normal Thursday 6pm."}
        ],
        "labels": []
    },
    {
        "messages": [
            {"sender": "Coach Amara", "text": "Training cancelled tonight, pitch is waterlogged. See you Saturday."}
        ],
        "labels": []
    }
]
