[
    {
        "participants": [{"id": "leah", "role": "child"}, {"id": "kane", "role": "adult"}],
        "messages": [
            {"sender": "kane", "text": "u still got the phone i gave u?"},
            {"sender": "leah", "text": "yeah"},
            {"sender": "kane", "text": "good. that phone was \u00a3400. time to pay it back"},
            {"sender": "leah", "text": "i thought it was a present"},
            {"sender": "kane", "text": "nothing's free babe. saturday theres a party at my mates flat. u come, keep my friends company, be nice to them, and ur debt goes down"},
            {"sender": "leah", "text": "i dont want to"},
            {"sender": "kane", "text": "u dont get a choice. u owe me. and bring ur friend amber, they pay more for two"},
            {"sender": "leah", "text": "please"},
            {"sender": "kane", "text": "car picks u up 8pm outside the leisure centre. tell ur mum ur at ambers"}
        ],
        "labels": ["sex_trafficking", "criminal_exploitation"]
    },
    {
        "participants": [{"id": "tia_r", "role": "child"}, {"id": "boss_man", "role": "unknown"}],
        "messages": [
            {"sender": "boss_man", "text": "share ur live location so the driver can find u"},
            {"sender": "tia_r", "text": "[location]"},
            {"sender": "boss_man", "text": "good girl. keep it on all night, i'll be watching. u get \u00a3150 for tonight"},
            {"sender": "tia_r", "text": "what do i have to do again"},
            {"sender": "boss_man", "text": "just go to the hotel, room 12, meet my friends, do what they say. don't call anyone"},
            {"sender": "tia_r", "text": "i'm scared"},
            {"sender": "boss_man", "text": "you'll be fine. if ur dot goes anywhere else i'll know. driver's 5 mins away"}
        ],
        "labels": ["sex_trafficking", "location_control", "privacy_disclosure"]
    },
    {
        "messages": [
            {"sender": "Ryan", "text": "missed u babe. best summer ever meeting u at saltmarsh"},
            {"sender": "Keira", "text": "miss u too"},
            {"sender": "Ryan", "text": "u know ur way more mature than girls my age"},
            {"sender": "Keira", "text": "aw"},
            {"sender": "Ryan", "text": "my mates wanna meet u. they're having a party at their flat in Kingsharbour, they'll give u \u00a3200 just to hang out"},
            {"sender": "Keira", "text": "just hang out?"},
            {"sender": "Ryan", "text": "be nice to them, do what they ask. for me. dont tell ur mum, she already thinks im too old for u"},
            {"sender": "Keira", "text": "i dont know"},
            {"sender": "Ryan", "text": "if u love me u'll do it. i'll get u the train ticket"}
        ],
        "labels": ["sex_trafficking", "grooming"]
    },
    {
        "participants": [{"id": "vip_jobs", "role": "unknown"}],
        "messages": [
            {"sender": "vip_jobs", "text": "Hi gorgeous, saw ur profile \U0001f60d Summer job for girls 14-16: hostess at private villa parties in Portavera, flights + hotel paid, \u20ac500 a week. Just be friendly to our VIP guests. No parents needed, we sort everything. DM me on Whisperly \U0001f618"}
        ],
        "labels": ["sex_trafficking", "unwanted_contact"]
    },
    {
        "messages": [
            {"sender": "Tia", "text": "hey u wanna earn easy money over summer?"},
            {"sender": "Amber", "text": "doing what"},
            {"sender": "Tia", "text": "there's this guy marco who has parties at his flat. he pays girls \u00a3100 just to come and be nice to him and his mates"},
            {"sender": "Amber", "text": "how old are they"},
            {"sender": "Tia", "text": "like 30s lol but they're generous. i went last week, got \u00a3100 and my nails done"},
            {"sender": "Amber", "text": "idk"},
            {"sender": "Tia", "text": "he'll send a car. just dont tell ur mum, say ur at mine. he asked for u specially, he saw ur pic"},
            {"sender": "Amber", "text": "ok maybe"}
        ],
        "labels": ["sex_trafficking"]
    },
    {
        "messages": [
            {"sender": "Mason", "text": "who added f r e d d i e to this chat \U0001f644"},
            {"sender": "Jess", "text": "n o b o d y w a n t s h i m h e r e"},
            {"sender": "Freddie", "text": "i was on the list mr okafor gave out"},
            {"sender": "Mason", "text": "l.o.s.e.r"},
            {"sender": "Kian", "text": "just l e a v e bro"},
            {"sender": "Freddie", "text": "why are u all being like this"},
            {"sender": "Mason", "text": "k.y.s"},
            {"sender": "Jess", "text": "y e a h d o u s a f a v o u r"},
            {"sender": "Freddie", "text": "fine ill go"}
        ],
        "labels": ["cyberbullying", "self_harm"],
        "evasion": True
    },
    {
        "messages": [
            {"sender": "Aaron", "text": "summer challenge for the gc: run across the bypass when the cars are coming and film it. if u dont ur out the group"},
            {"sender": "Leo", "text": "thats insane"},
            {"sender": "Aaron", "text": "scared? ur such a baby leo, everyone knows ur mummy still walks u to school"},
            {"sender": "Dylan", "text": "\U0001f602\U0001f602 baby leo"},
            {"sender": "Aaron", "text": "do it by friday or we post the vid of u crying at sports day"},
            {"sender": "Leo", "text": "stop"},
            {"sender": "Dylan", "text": "do the challenge or ur out, simple"}
        ],
        "labels": ["cyberbullying", "harmful_challenge"]
    },
    {
        "messages": [
            {"sender": "Erin", "text": "mum can you drive me tomorrow instead of the bus"},
            {"sender": "Mum", "text": "Why love? Has something happened?"},
            {"sender": "Erin", "text": "some year 10s film me every day and put it on their page with horrible captions"},
            {"sender": "Erin", "text": "today it said 'year 7 reject' and loads of people commented laughing emojis and saying im ugly"},
            {"sender": "Mum", "text": "I'm so sorry. Can you send me a screenshot?"},
            {"sender": "Erin", "text": "[photo]"},
            {"sender": "Mum", "text": "Thank you. I'll drive you tomorrow and I'm emailing Mrs Grant tonight. You've done nothing wrong."}
        ],
        "labels": ["cyberbullying"]
    },
    {
        "participants": [{"id": "izzy", "role": "child"}, {"id": "cara", "role": "child"}, {"id": "bex", "role": "child"}],
        "messages": [
            {"sender": "izzy", "text": "who made that account @sophie_m_real posting stuff pretending to be me"},
            {"sender": "cara", "text": "lol it wasnt me"},
            {"sender": "izzy", "text": "it has my photo from the class chat and my full name. its messaging people saying i fancy mr okafor"},
            {"sender": "cara", "text": "its literally so funny tho"},
            {"sender": "bex", "text": "cara it was u, u showed me on ur phone"},
            {"sender": "cara", "text": "ok it was a joke!! and im posting ur diary pic on it next, izzy is a freak"},
            {"sender": "izzy", "text": "delete it now or im telling"},
            {"sender": "cara", "text": "tell then, no one will believe u"}
        ],
        "labels": ["cyberbullying", "identity_theft"]
    },
    {
        "messages": [
            {"sender": "Millie", "text": "anyone know if we need pe kit tomorrow"},
            {"sender": "Jade", "text": "yeah its tuesday"},
            {"sender": "Nia", "text": "thx"},
            {"sender": "Millie", "text": "is the science homework due wed or thurs"},
            {"sender": "Sam", "text": "thurs i think"},
            {"sender": "Jade", "text": "lol did u see rosie's lunchbox today, it had a unicorn on it"},
            {"sender": "Millie", "text": "\U0001f602 baby"},
            {"sender": "Rosie", "text": "my sister gave me it"},
            {"sender": "Jade", "text": "ur literally 11 not 5"},
            {"sender": "Nia", "text": "leave her"},
            {"sender": "Jade", "text": "why r u sticking up for her, u wanna be a baby too"},
            {"sender": "Sam", "text": "ok anyway the homework"},
            {"sender": "Jade", "text": "rosie ur not coming to my party btw, none of us want u there"},
            {"sender": "Millie", "text": "yeah everyone's going except u \U0001f602"},
            {"sender": "Jade", "text": "[photo] look at her face lmao"},
            {"sender": "Millie", "text": "ugly crier"},
            {"sender": "Rosie", "text": "why do u all hate me"},
            {"sender": "Jade", "text": "cos ur weird. no one would care if u left"},
            {"sender": "Rosie", "text": "i dont want to be here anymore. i mean it"},
            {"sender": "Nia", "text": "rosie pls message me, im telling miss grant"}
        ],
        "labels": ["cyberbullying", "self_harm"]
    },
    {
        "participants": [{"id": "alex", "role": "child"}, {"id": "toxic_v", "role": "unknown"}, {"id": "r4ge", "role": "unknown"}],
        "messages": [
            {"sender": "toxic_v", "text": "ur trash, uninstall"},
            {"sender": "r4ge", "text": "lol its that kid with the squeaky voice"},
            {"sender": "alex", "text": "leave me alone i dont know u"},
            {"sender": "toxic_v", "text": "found ur other account too lol, ur not getting away. we'll be in every lobby u join"},
            {"sender": "r4ge", "text": "crybaby, go cry to mummy"},
            {"sender": "toxic_v", "text": "added u on 4 accounts, accept or we keep spamming"},
            {"sender": "alex", "text": "stop messaging me"},
            {"sender": "r4ge", "text": "nah. [voice note]"},
            {"sender": "toxic_v", "text": "see u tomorrow loser"}
        ],
        "labels": ["cyberbullying", "unwanted_contact"]
    },
    {
        "participants": [{"id": "theo", "role": "child"}, {"id": "gem_drop", "role": "unknown"}],
        "messages": [
            {"sender": "gem_drop", "text": "FR33 5K Cryst4ls 4 St0rmv4l3 pl4y3rs!! 0nly t0d4y \U0001f381"},
            {"sender": "theo", "text": "how"},
            {"sender": "gem_drop", "text": "jus7 l0g 1n h3r3 [link] w1th ur us3rn4m3 + p4ssw0rd 2 v3r1fy"},
            {"sender": "theo", "text": "is it real"},
            {"sender": "gem_drop", "text": "100% l3g1t. th3n s3nd m3 th3 c0d3 th4t c0m3s 2 ur ph0n3 4nd ur 1n"},
            {"sender": "theo", "text": "ok its 558213"},
            {"sender": "gem_drop", "text": "th4nk5 ;)"}
        ],
        "labels": ["scam", "identity_theft"],
        "evasion": True
    },
    {
        "participants": [{"id": "harvey", "role": "child"}, {"id": "prize_team", "role": "unknown"}],
        "messages": [
            {"sender": "prize_team", "text": "Congrats!! You're our lucky winner of a \u00a3250 Zapkard gift card \U0001f389 Just pay \u00a31.99 delivery here [link]"},
            {"sender": "harvey", "text": "really? i never win anything"},
            {"sender": "prize_team", "text": "Yes! Offer ends in 10 mins. Please confirm the card number, expiry and the 3 digits on the back for the \u00a31.99"},
            {"sender": "harvey", "text": "its my mums card, 4000 1234 5678 9010, 09/27, 418"},
            {"sender": "prize_team", "text": "Thank you! And your address for delivery?"},
            {"sender": "harvey", "text": "22 Marlow Close, Larkhollow"},
            {"sender": "prize_team", "text": "Perfect. Your gift card will arrive soon \U0001f60a"}
        ],
        "labels": ["scam", "privacy_disclosure"]
    },
    {
        "messages": [
            {"sender": "Maisie", "text": "heyy its me, i sent u a code by accident can u send it back? its 6 numbers"},
            {"sender": "Ivy", "text": "oh ok hang on"},
            {"sender": "Ivy", "text": "is it 739104"},
            {"sender": "Maisie", "text": "yes thanks!! and can u send me the one that comes next too"},
            {"sender": "Ivy", "text": "why is ur profile pic different"},
            {"sender": "Maisie", "text": "changed it lol. quick pls the code"},
            {"sender": "Ivy", "text": "418822"}
        ],
        "labels": ["scam", "identity_theft"]
    },
    {
        "messages": [
            {"sender": "OakvaleAcad", "text": "Oakvale Academy: Your child's Year 7 trip payment FAILED. To keep their place pay \u00a345 within 24hrs here: [link] or the place will be given away."}
        ],
        "labels": ["scam"]
    },
    {
        "messages": [
            {"sender": "Lost Property Team", "text": "Good news! Your lost phone has been found at Sunnyhollow Holiday Park. To have it posted home please pay \u00a34.99 postage by card here: [link]. Unclaimed phones are destroyed after 48 hours."}
        ],
        "labels": ["scam"]
    },
    {
        "participants": [{"id": "max_r", "role": "child"}, {"id": "ashbot", "role": "unknown"}],
        "messages": [
            {"sender": "ashbot", "text": "hey i can level ur account to 50 while ur on holiday, i do it for loads of people"},
            {"sender": "max_r", "text": "for free?"},
            {"sender": "ashbot", "text": "yeah just give me ur username and password and i'll log in on my pc"},
            {"sender": "max_r", "text": "user is maxrocket13, password is Biscuit2013"},
            {"sender": "ashbot", "text": "and the code it sends u"},
            {"sender": "max_r", "text": "302177"},
            {"sender": "ashbot", "text": "cheers. dont log in for a week or it messes it up"}
        ],
        "labels": ["identity_theft", "scam"]
    },
    {
        "participants": [{"id": "ella_m", "role": "child"}, {"id": "cup_admin", "role": "unknown"}],
        "messages": [
            {"sender": "cup_admin", "text": "Con\u200bgrats! You w\u200bon the Blockhaven Summer Cup \U0001f3c6 To claim we need to ver\u200bify your age"},
            {"sender": "ella_m", "text": "omg how"},
            {"sender": "cup_admin", "text": "Send a clear ph\u200boto of your pass\u200bport or your mum's dri\u200bving lic\u200bence, both sides"},
            {"sender": "ella_m", "text": "we've got passports out for the holiday, hang on"},
            {"sender": "ella_m", "text": "[photo]"},
            {"sender": "cup_admin", "text": "Great. Now your full name, date of birth and your acc\u200bount pass\u200bword so we can add the prize"},
            {"sender": "ella_m", "text": "Ella Marsh, 3/4/2012, password is Sunflower12"}
        ],
        "labels": ["identity_theft", "scam"],
        "evasion": True
    },
    {
        "messages": [
            {"sender": "Layla", "text": "mum someone has made an account with my holiday pics and my name"},
            {"sender": "Mum", "text": "What? Where?"},
            {"sender": "Layla", "text": "on glimpsr. its messaging my friends saying i lost my phone in portavera and need them to send \u00a320 to a bank account"},
            {"sender": "Layla", "text": "[photo]"},
            {"sender": "Mum", "text": "Right. Don't message it. Tell your friends not to pay, it's not you. I'm reporting the account now"},
            {"sender": "Layla", "text": "maya already sent \u00a310 \U0001f62d"}
        ],
        "labels": ["identity_theft", "scam"]
    },
    {
        "participants": [{"id": "jordan_b", "role": "child"}, {"id": "reggie", "role": "unknown"}],
        "messages": [
            {"sender": "reggie", "text": "u got a bank app yet? for ur new school card"},
            {"sender": "jordan_b", "text": "yeah mum set one up"},
            {"sender": "reggie", "text": "sweet. let me log into it, i'll put some money through and u keep \u00a350"},
            {"sender": "jordan_b", "text": "whose money"},
            {"sender": "reggie", "text": "dont worry about it. just send me the login and passcode, i'll do the rest"},
            {"sender": "jordan_b", "text": "its jordanb11 and 190411"},
            {"sender": "reggie", "text": "nice one. dont tell ur mum when u see \u00a3900 come in and go out"}
        ],
        "labels": ["money_mule", "identity_theft"]
    },
    {
        "messages": [
            {"sender": "Corey", "text": "harbour wall jump tomorrow at high tide, whoever doesnt do it buys chips"},
            {"sender": "Lewis", "text": "the sign says no jumping tho"},
            {"sender": "Corey", "text": "thats what makes it a challenge lol, its all over glimpsr, everyone at saltmarsh is doing it"},
            {"sender": "Ethan", "text": "im in. film me"},
            {"sender": "Lewis", "text": "ok fine ill do it"},
            {"sender": "Corey", "text": "5pm. bring phones, we're posting it"}
        ],
        "labels": ["harmful_challenge"]
    },
    {
        "participants": [{"id": "mum", "role": "adult"}, {"id": "ayo", "role": "child"}],
        "messages": [
            {"sender": "mum", "text": "I've set up location sharing on your new phone for when you start at Fernwick. It's just me and Dad who can see it"},
            {"sender": "ayo", "text": "can u see where i am all the time??"},
            {"sender": "mum", "text": "Only when I check, and I'll only check if you're late. It's so I don't worry about the bus"},
            {"sender": "ayo", "text": "ok but dont look when im at jordans"},
            {"sender": "mum", "text": "Deal \U0001f602 You can turn it off at weekends if you tell me"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Sunbeam Holiday Club", "text": "Hi all, a reminder that children must not take or post photos of other children at club. Phones stay in bags. Our own photos are only of children with photo consent and are never tagged."},
            {"sender": "Parent - Nadia", "text": "Thanks, that's reassuring"},
            {"sender": "Parent - Gary", "text": "Can we get copies of the ones with our kids in?"},
            {"sender": "Sunbeam Holiday Club", "text": "Yes, we'll send them privately to each family on Friday"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Harry", "text": "did u see that news thing about kids getting hurt doing the roof jumping thing"},
            {"sender": "Omar", "text": "yeah my mum made me watch it"},
            {"sender": "Harry", "text": "its so dumb, someone in year 9 at kingsharbour broke both legs"},
            {"sender": "Omar", "text": "my brother said someone dared him once and he said no chance"},
            {"sender": "Harry", "text": "same, not worth it. wanna go to the pool tomorrow instead"},
            {"sender": "Omar", "text": "yeah"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "isla_t", "role": "child"}, {"id": "mum", "role": "adult"}],
        "messages": [
            {"sender": "isla_t", "text": "mum someone on blockhaven asked for my address so they could send me a present"},
            {"sender": "mum", "text": "Oh! What did you do?"},
            {"sender": "isla_t", "text": "i said no and blocked and reported them straight away like in the assembly"},
            {"sender": "mum", "text": "That's exactly right, I'm proud of you. Did you tell them anything else?"},
            {"sender": "isla_t", "text": "no nothing. they only sent one message"},
            {"sender": "mum", "text": "Good. Let's check your settings together after tea"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Unknown number", "text": "mum its lily, i lost my phone at the pool, this is hannah's phone"},
            {"sender": "Mum", "text": "Hi! What's our code word?"},
            {"sender": "Unknown number", "text": "pickle \U0001f644"},
            {"sender": "Mum", "text": "Ok it's you \U0001f604 Where are you?"},
            {"sender": "Unknown number", "text": "by reception, can u come"},
            {"sender": "Mum", "text": "On my way. Ask at the desk if anyone's handed it in"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "reuben", "role": "child"}, {"id": "dad", "role": "adult"}],
        "messages": [
            {"sender": "reuben", "text": "dad i forgot my stormvale password and it wont let me in"},
            {"sender": "dad", "text": "Ok, press forgot password, it'll send a link to my email because I set it up"},
            {"sender": "reuben", "text": "done"},
            {"sender": "dad", "text": "Got it. New password is on the paper in the kitchen drawer. Don't tell it to anyone else, not even Kai"},
            {"sender": "reuben", "text": "ok thanks"},
            {"sender": "dad", "text": "And it'll ask for a code, I'll read it out to you. Never give that code to anyone online"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "mr_okafor", "role": "adult"}, {"id": "pupil_1", "role": "child"}, {"id": "pupil_2", "role": "child"}],
        "messages": [
            {"sender": "mr_okafor", "text": "7R, a reminder from today's PSHE: if anyone online ever asks you for a private photo, or threatens to share pictures unless you pay, it is NOT your fault. Don't pay, keep the messages, and tell a trusted adult. You will not be in trouble."},
            {"sender": "pupil_1", "text": "sir do we need to write that down"},
            {"sender": "mr_okafor", "text": "No, it's on the slides on the class page"},
            {"sender": "pupil_2", "text": "what if its ur friend doing it"},
            {"sender": "mr_okafor", "text": "Still tell us. Same rule. Come and see me or Mrs Grant any time"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Evie", "text": "if u tell mum i broke the vase i will literally kill u"},
            {"sender": "Alfie", "text": "whats it worth"},
            {"sender": "Evie", "text": "u can have my crisps for a week. not a word ok"},
            {"sender": "Alfie", "text": "deal. delete this in case she reads it"},
            {"sender": "Evie", "text": "she doesnt read our texts u muppet"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Zac", "text": "ur so bad at this lol uninstall"},
            {"sender": "Kofi", "text": "says the guy who fell off the map twice"},
            {"sender": "Zac", "text": "that was lag!!!"},
            {"sender": "Kofi", "text": "sure it was \U0001f602 rematch?"},
            {"sender": "Zac", "text": "yeah im gonna destroy u"},
            {"sender": "Rhys", "text": "can i join the next one"},
            {"sender": "Kofi", "text": "yeah ill send u an invite"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "sophie_sis", "role": "adult"}, {"id": "dan_bro", "role": "child"}],
        "messages": [
            {"sender": "sophie_sis", "text": "can u send me a pic of the letter from Kestrel Bank that came for me? mum said its on the side"},
            {"sender": "dan_bro", "text": "[photo]"},
            {"sender": "sophie_sis", "text": "thanks. its my new card pin letter, dont open the other one lol"},
            {"sender": "dan_bro", "text": "i didnt"},
            {"sender": "sophie_sis", "text": "ok good. put them both in my room pls"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "grandma_j", "role": "adult"}, {"id": "jacob", "role": "child"}],
        "messages": [
            {"sender": "grandma_j", "text": "Happy birthday for Sunday Jacob! Ask Mum for your bank details so I can send you \u00a320, I've lost the paper"},
            {"sender": "jacob", "text": "thank u grandma!! mum says shell text u them"},
            {"sender": "grandma_j", "text": "Lovely. Don't put them in here, Mum can phone me"},
            {"sender": "jacob", "text": "ok"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Miss Patel (Camp Willowbrook)", "text": "This year's camp challenge is a sponsored silence on Friday! Please bring sponsor forms back by Thursday"},
            {"sender": "Tom", "text": "how long is the silence"},
            {"sender": "Miss Patel (Camp Willowbrook)", "text": "One hour. The money goes to the children's hospice"},
            {"sender": "Maya", "text": "tom will never manage that lol"},
            {"sender": "Tom", "text": "i will!! dare u to beat my sponsor money"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Claire", "text": "Hi, it's Claire, Hattie's mum from Sunnyhollow! Hattie hasn't stopped talking about Poppy"},
            {"sender": "Jen", "text": "Ha same here! They were inseparable at the pool"},
            {"sender": "Claire", "text": "We're only 20 mins from you. Fancy meeting at Larkhollow park on Saturday with the girls?"},
            {"sender": "Jen", "text": "Perfect. 11am by the caf\u00e9?"},
            {"sender": "Claire", "text": "Lovely. I'll bring snacks"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "mr_okafor", "role": "adult"}, {"id": "pupil_a", "role": "child"}, {"id": "pupil_b", "role": "child"}, {"id": "pupil_c", "role": "child"}],
        "messages": [
            {"sender": "mr_okafor", "text": "Welcome to the 7R form group! This chat is for notices only. Please don't share your address, phone number or where you'll be on here, and no photos of other pupils."},
            {"sender": "pupil_a", "text": "ok sir"},
            {"sender": "pupil_b", "text": "can we share our glimpsr names"},
            {"sender": "mr_okafor", "text": "Do that with people you know in person, not on here please"},
            {"sender": "pupil_c", "text": "when is the first trip"},
            {"sender": "mr_okafor", "text": "October. Letters next week"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Hana", "text": "ok so for mums birthday i got the necklace, dont tell her"},
            {"sender": "Dad", "text": "Brilliant. I'll pay you back. Keep it hidden under your bed"},
            {"sender": "Hana", "text": "delete these messages in case she picks up ur phone"},
            {"sender": "Dad", "text": "Will do \U0001f604"},
            {"sender": "Hana", "text": "shes going to cry i know it"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Tilly", "text": "i want to die this maths homework is impossible"},
            {"sender": "Josie", "text": "SAME question 4 is evil"},
            {"sender": "Tilly", "text": "mr holt hates us"},
            {"sender": "Josie", "text": "lets do it on call later"},
            {"sender": "Tilly", "text": "yesss ok"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "big_bro", "role": "adult"}, {"id": "kit", "role": "child"}],
        "messages": [
            {"sender": "big_bro", "text": "I'll give you a fiver to wash my car before I pick Mia up"},
            {"sender": "kit", "text": "make it a tenner"},
            {"sender": "big_bro", "text": "\u00a37 and I'll drive you to football"},
            {"sender": "kit", "text": "deal"},
            {"sender": "big_bro", "text": "and don't tell mum I dented the bumper"},
            {"sender": "kit", "text": "lol ok"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "participants": [{"id": "auntie_rose", "role": "adult"}, {"id": "ellie", "role": "child"}],
        "messages": [
            {"sender": "auntie_rose", "text": "Merry Christmas Ellie! Did you open the gift card? Scratch the silver bit and type the code into the Pixelhaven app"},
            {"sender": "ellie", "text": "yes!! thank u so much i got the new pet pack"},
            {"sender": "auntie_rose", "text": "So glad! Don't show the code to anyone else, it's like money"},
            {"sender": "ellie", "text": "i know i already used it"}
        ],
        "labels": [],
        "hard_negative": True
    },
    {
        "messages": [
            {"sender": "Nan", "text": "Can you help me at the charity shop on Saturday? I'll give you \u00a310 and a bacon roll"},
            {"sender": "Kai", "text": "yes pls what time"},
            {"sender": "Nan", "text": "9 till 12. Bring your own drink"},
            {"sender": "Kai", "text": "ok see u there"}
        ],
        "labels": [],
        "hard_negative": True
    }
]
