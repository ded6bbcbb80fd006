[
 {
  "participants": [{"id": "q1", "role": "unknown"}, {"id": "q2", "role": "child"}],
  "messages": [
   {"sender": "q1", "text": "\u0440\u0430y n\u043ew \u043er th\u0435 vid \u0435\u0455 g\u043e t\u043e \u0435v\u0435ry f\u043ell\u043ew\u0435r. 150 by midnight"},
   {"sender": "q2", "text": "i already sent you 40 thats all i had"},
   {"sender": "q1", "text": "n\u043et \u0435n\u043eugh. your t\u0435\u0430m \u0441h\u0430t is n\u0435xt"},
   {"sender": "q2", "text": "i cant do this anymore. i just want to die"}
  ],
  "labels": ["sextortion", "self_harm"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Mum", "text": "Bus is late again isn't it. Can you pop the family map on so I can see roughly where you are?"},
   {"sender": "Finn", "text": "do i have to. i'm 15 not 5"},
   {"sender": "Mum", "text": "Just on late bus nights, and you can see mine too. Deal?"},
   {"sender": "Finn", "text": "deal. it's on. 20 mins away"},
   {"sender": "Mum", "text": "Thanks love, I'll put the oven on"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "acct", "role": "unknown"}, {"id": "ren", "role": "child"}],
  "messages": [
   {"sender": "acct", "text": "Dear Ren, further to our earlier exchange, I am writing regarding the outstanding balance of 500."},
   {"sender": "acct", "text": "As you are aware, I hold copies of the images you shared. Should the balance remain unsettled by 18:00 tomorrow, the material will be distributed to your contacts, beginning with your sixth form tutor group and your mother."},
   {"sender": "ren", "text": "i'm 17, i don't have 500. please just delete them"},
   {"sender": "acct", "text": "I am prepared to accept an initial payment of 200 as a gesture of good faith. Payment details follow. I trust we understand one another."}
  ],
  "labels": ["sextortion"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Halford Foods HR", "text": "Hi Amara, welcome to the team! Before your first shift, please bring your passport or birth certificate to the store so the manager can do your right-to-work check in person."},
   {"sender": "Amara", "text": "will do, is Saturday ok?"},
   {"sender": "Halford Foods HR", "text": "Saturday is fine. We'll never ask you to send ID by text or social media - always in store or through the official starter portal."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "dm1", "role": "adult"}, {"id": "dm2", "role": "child"}],
  "messages": [
   {"sender": "dm1", "text": "Your profile says 18 but you mentioned year 11 in your bio earlier"},
   {"sender": "dm2", "text": "ok i'm 15. everyone lies on here lol"},
   {"sender": "dm1", "text": "Doesn't bother me. Age is just a number and you're clearly mature."},
   {"sender": "dm1", "text": "Send me something a bit spicy then, just for me. Snap it on view-once so it disappears."},
   {"sender": "dm2", "text": "like what"},
   {"sender": "dm1", "text": "You know what I mean. The kind you'd never put on your main. I'll return the favour."}
  ],
  "labels": ["sexting", "grooming"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Keanu", "text": "get rekt, that's 3-0"},
   {"sender": "Bilal", "text": "ez for you cos you camp the whole game"},
   {"sender": "Keanu", "text": "camping is a strategy"},
   {"sender": "Bilal", "text": "camping is a crime. best of 5, I'm about to clap you"},
   {"sender": "Keanu", "text": "big talk from bronze 2"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "un1", "role": "unknown"}, {"id": "un2", "role": "child"}],
  "messages": [
   {"sender": "un1", "text": "saw u at the gig in the crowd cam. u free to chat?"},
   {"sender": "un2", "text": "no sorry"},
   {"sender": "un1", "text": "send me a goodnight pic. the kind you wouldnt post"},
   {"sender": "un2", "text": "blocking you"},
   {"sender": "un1", "text": "new acc. still waiting for that pic"},
   {"sender": "un1", "text": "ill keep making accounts until u say yes"}
  ],
  "labels": ["sexting", "unwanted_contact"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Pinewell Surgery", "text": "Pinewell Surgery: reminder of an appointment for Jordan on Tue 14th at 09:40 with the practice nurse. To cancel reply CANCEL."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "pk1", "role": "unknown"}, {"id": "pk2", "role": "unknown"}],
  "messages": [
   {"sender": "pk1", "text": "any1 sellin the yr8 n00dz pack from the leak? the 1 with the sk00l badges"},
   {"sender": "pk2", "text": "got it. 15 in crypto or swap for ur c0llecti0n"},
   {"sender": "pk1", "text": "swap. ive got the y0unger ones 2"},
   {"sender": "pk2", "text": "send via the burner link, not here"}
  ],
  "labels": ["csam"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Guild bot", "text": "Announcement: there are fake 'free skin' links going round. Staff will never DM you for your password or a login code. Report and block."},
   {"sender": "moonbeam", "text": "my little brother nearly clicked one yesterday"},
   {"sender": "Sorrel", "text": "good reminder, thanks mods"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "un_a", "role": "adult"}, {"id": "un_c", "role": "child"}],
  "messages": [
   {"sender": "un_a", "text": "Your little sister is so sweet in the family photo you posted."},
   {"sender": "un_c", "text": "thanks lol she's 7"},
   {"sender": "un_a", "text": "Could you send me some private pictures of her, the kind you would never put on the family page? For my collection. Nobody needs to know, I'll pay you 50 a set."},
   {"sender": "un_c", "text": "what no thats weird"},
   {"sender": "un_a", "text": "Think about it. I'll make it 100."}
  ],
  "labels": ["csam"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Juno", "text": "outfit check for the gig [photo]"},
   {"sender": "Marnie", "text": "the boots are perfect. wear the silver jacket over it?"},
   {"sender": "Juno", "text": "[photo] like this?"},
   {"sender": "Marnie", "text": "yes!! iconic. my dad's dropping us at 6"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "agency", "role": "adult"}, {"id": "poppy17", "role": "child"}],
  "messages": [
   {"sender": "agency", "text": "Good afternoon Poppy. Thank you for your interest in our hostess positions. I can confirm we regularly place young women of 17."},
   {"sender": "agency", "text": "Bookings are with private gentlemen in Leamouth and abroad. Flights and accommodation are covered and deducted from your earnings."},
   {"sender": "poppy17", "text": "what does hostess mean exactly"},
   {"sender": "agency", "text": "Companionship for the evening. Clients have particular expectations, which we discuss in person. Discretion is essential, so we ask that you do not involve family."},
   {"sender": "agency", "text": "Please send your passport and three recent photos so we can arrange your first booking."}
  ],
  "labels": ["sex_trafficking"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Tasha", "text": "did you hear about the deepfake thing at Greyholm? some boys made fake pics of girls in their year"},
   {"sender": "Lina", "text": "yeah it was on the news. the police got involved"},
   {"sender": "Lina", "text": "our school sent a letter saying it's illegal even if it's AI"},
   {"sender": "Tasha", "text": "good. those girls must feel awful"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "bfd", "role": "adult"}, {"id": "gz", "role": "child"}],
  "messages": [
   {"sender": "bfd", "text": "remember that phone i got you? and the nails, and the taxi money"},
   {"sender": "gz", "text": "yeah"},
   {"sender": "bfd", "text": "well you owe me now babe. my mate's coming round friday. just be nice to him for an hour and he'll pay me back what you owe"},
   {"sender": "gz", "text": "i don't want to. i'm only 15"},
   {"sender": "bfd", "text": "after everything i've done for you? don't make me angry. wear the dress i bought"}
  ],
  "labels": ["sex_trafficking", "grooming"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Mr Osei (driving)", "text": "Hi Elliot, lesson moved to Thursday 4pm, pick up from college car park. We'll do parallel parking and the dual carriageway."},
   {"sender": "Elliot", "text": "perfect, thanks. should I bring my provisional?"},
   {"sender": "Mr Osei (driving)", "text": "Yes always. See you Thursday."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "fd1", "role": "child"}, {"id": "fd2", "role": "child"}, {"id": "fd3", "role": "unknown"}],
  "messages": [
   {"sender": "fd3", "text": "real stans do the 48 hour fast + no sleep challenge for his birthday. post proof every 6 hrs"},
   {"sender": "fd1", "text": "i'm doing it!! starting tonight"},
   {"sender": "fd2", "text": "isn't that dangerous tho"},
   {"sender": "fd3", "text": "if you quit you're not a real fan. hide it from your parents, say you ate at a friend's"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Saskia", "text": "Dylan can you model for my photography coursework? it's the portrait unit, in the college studio"},
   {"sender": "Dylan", "text": "sure, do i need to wear anything specific"},
   {"sender": "Saskia", "text": "just your normal hoodie. Ms Farrow will be there, it's in lesson time Wednesday"},
   {"sender": "Dylan", "text": "cool. i'm getting a credit in your portfolio right"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "bn1", "role": "child"}, {"id": "bn2", "role": "child"}, {"id": "bn3", "role": "child"}],
  "messages": [
   {"sender": "bn1", "text": "tonight. the big bins behind the sports hall 🔥🔥 film it for #binfluencer"},
   {"sender": "bn2", "text": "bring the lighter thing from ur brother"},
   {"sender": "bn3", "text": "whoever gets the biggest 🔥 on vid wins. the account reposts the best ones"},
   {"sender": "bn1", "text": "masks on so the cameras dont get us"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Abi", "text": "touch my charger one more time and you're dead"},
   {"sender": "Reece", "text": "mine broke!!"},
   {"sender": "Abi", "text": "not my problem. buy one"},
   {"sender": "Reece", "text": "mum said we share"},
   {"sender": "Mum", "text": "I've ordered another one. Peace please."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "tk1", "role": "child"}, {"id": "tk2", "role": "child"}, {"id": "tk3", "role": "child"}],
  "messages": [
   {"sender": "tk1", "text": "new challenge from that account: take something from the science labs or smash a toilet, post before/after"},
   {"sender": "tk2", "text": "Jayden already pulled the sink off in B block lmao"},
   {"sender": "tk3", "text": "i'm doing the fire alarm glass tomorrow"},
   {"sender": "tk1", "text": "biggest damage gets the most views. tag the page"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Ms Adair", "text": "Hi Corin. Thanks for being so open in our session. I wanted to check in - have you had any thoughts of hurting yourself since we last spoke?"},
   {"sender": "Corin", "text": "no, not like that. just stressed about mocks"},
   {"sender": "Ms Adair", "text": "Thank you for telling me. Stress is real too. Shall we look at a revision plan together on Thursday?"},
   {"sender": "Corin", "text": "yeah that would help"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "fs1", "role": "child"}, {"id": "fs2", "role": "unknown"}, {"id": "fs3", "role": "unknown"}],
  "messages": [
   {"sender": "fs1", "text": "anyone near Tollgate Park? i'm here alone till 7, bored [location]"},
   {"sender": "fs2", "text": "might be nearby. which bit"},
   {"sender": "fs1", "text": "by the skate ramp, grey hoodie. text me 07700 900731"},
   {"sender": "fs3", "text": "how old r u"},
   {"sender": "fs1", "text": "13. my mums on nights so i'm out most evenings"}
  ],
  "labels": ["privacy_disclosure"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Ismail", "text": "selling my old console on the marketplace app, someone wants to pay by bank transfer"},
   {"sender": "Uncle Farid", "text": "Stick to the app's checkout and meet somewhere public. I'll come with you."},
   {"sender": "Ismail", "text": "ok i told them app checkout only"},
   {"sender": "Uncle Farid", "text": "Good lad."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "qz", "role": "unknown"}, {"id": "lu", "role": "child"}],
  "messages": [
   {"sender": "qz", "text": "fun quiz!! what's your popstar name? first pet + the street you grew up on"},
   {"sender": "lu", "text": "Biscuit Marsh Lane lol"},
   {"sender": "qz", "text": "love it. now your 'birthday twin' - put your full date of birth and your mum's maiden name"},
   {"sender": "lu", "text": "04/06/2010 and Ferris"},
   {"sender": "qz", "text": "last one, what bank is your pocket money card with? for your 'money personality'"},
   {"sender": "lu", "text": "Harlow & Pike"}
  ],
  "labels": ["privacy_disclosure", "identity_theft"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Swim Club", "text": "Squad B: Saturday session moves to 7am at Eastgate pool due to a gala. Parents please confirm in the thread."},
   {"sender": "Lucy's mum", "text": "Lucy will be there"},
   {"sender": "Coach Imogen", "text": "Thanks all. Bring a drink bottle, it's warm in there."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "recruit", "role": "unknown"}, {"id": "kael", "role": "child"}],
  "messages": [
   {"sender": "recruit", "text": "Hello. We are looking for reliable young people for a delivery and cash collection role. Flexible hours, paid daily in cash."},
   {"sender": "kael", "text": "what do i deliver"},
   {"sender": "recruit", "text": "Sealed items between our customers. No questions asked, no questions answered. We provide travel and a phone."},
   {"sender": "kael", "text": "i'm 14 is that ok"},
   {"sender": "recruit", "text": "Age is no obstacle. Once you accept, you do not leave early. Our last courier who did was dealt with."}
  ],
  "labels": ["criminal_exploitation"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Year 10 chat", "text": "whoever leaks the quiz answers is getting cancelled lol"},
   {"sender": "Mo", "text": "nobody even knows the answers"},
   {"sender": "Esme", "text": "q4 is literally about volcanoes, just revise volcanoes"},
   {"sender": "Mo", "text": "thank you queen"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "boss", "role": "unknown"}, {"id": "rio", "role": "child"}],
  "messages": [
   {"sender": "boss", "text": "install the app i sent. it stays on. i see where you are every minute"},
   {"sender": "rio", "text": "my battery dies tho"},
   {"sender": "boss", "text": "get a power bank. if the dot stops moving when you're on a shift i send someone"},
   {"sender": "rio", "text": "ok"},
   {"sender": "boss", "text": "drop at the chicken shop in Ashby by 6. then straight to the next one. i'll be watching"}
  ],
  "labels": ["location_control", "criminal_exploitation"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Dad", "text": "Can you send me a photo of the gas meter reading? Under the stairs"},
   {"sender": "Lottie", "text": "[photo]"},
   {"sender": "Dad", "text": "Thanks, that's the one. Back at 6"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "ol", "role": "adult"}, {"id": "kya", "role": "child"}],
  "messages": [
   {"sender": "ol", "text": "Where are you right now? Your location isn't showing."},
   {"sender": "kya", "text": "at college, I turned it off in lessons"},
   {"sender": "ol", "text": "I told you it stays on. I'm 22, I know what's best for you. Screenshot your map every hour and send it to me."},
   {"sender": "kya", "text": "my friends think it's weird"},
   {"sender": "ol", "text": "Then stop seeing them. If I can't see you, I'll assume you're lying, and you won't like what happens."}
  ],
  "labels": ["location_control"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Jack", "text": "Dad, I got a text saying I won a phone and just need to pay postage. Is it real?"},
   {"sender": "Dad", "text": "No, that's a scam. Don't click anything. Well done for asking."},
   {"sender": "Jack", "text": "deleted it"},
   {"sender": "Dad", "text": "Good. Next time use the report junk button, that reports it."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "trk", "role": "unknown"}, {"id": "ada", "role": "child"}],
  "messages": [
   {"sender": "trk", "text": "m0ther says keep the b33 app running. she checks the map every h0ur"},
   {"sender": "ada", "text": "i'm at home today tho"},
   {"sender": "trk", "text": "doesnt matter. app 0ff = m0ther c0mes l00king. u know what that means"},
   {"sender": "ada", "text": "ok its on"}
  ],
  "labels": ["location_control"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Beacon School Meals", "text": "Beacon School Meals: a top-up of 20.00 has been added to Harvey's lunch account. Balance now 23.40."}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "sx", "role": "unknown"}],
  "messages": [
   {"sender": "sx", "text": "Quick £££ 4 studentz! lend ur b4nk acc0unt 4 24hrs, we s3nd money in, u s3nd it back out, keep £200 no risk 🤑 txt 07700 900267"}
  ],
  "labels": ["money_mule"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Rhea", "text": "this further maths homework is actually killing me, i want to disappear to the moon lol"},
   {"sender": "Gus", "text": "the moon would also refuse to do q2"},
   {"sender": "Rhea", "text": "HAHA. ok library at 4 and we suffer together"},
   {"sender": "Gus", "text": "bring the good pens"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "pay", "role": "adult"}, {"id": "nia", "role": "child"}],
  "messages": [
   {"sender": "pay", "text": "Dear applicant, thank you for applying for the Remote Payment Assistant role. This position suits students aged 16 and over."},
   {"sender": "pay", "text": "Your duties: receive client payments into your personal bank account and forward them within the hour to the accounts we provide. You retain 8% commission."},
   {"sender": "nia", "text": "do I need a business account?"},
   {"sender": "pay", "text": "Not at all, your current account is preferred. Please do not mention the role to your bank, as this may delay processing."}
  ],
  "labels": ["money_mule"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Harper", "text": "convention is in 3 weeks!! my mum's coming and she said your mum can share the hotel room"},
   {"sender": "Jess", "text": "YES. cosplay plans?"},
   {"sender": "Harper", "text": "I'm finishing the cape this weekend [photo]"},
   {"sender": "Jess", "text": "it looks so good. meet at the fountain at 10?"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "mb", "role": "child"}, {"id": "mc", "role": "child"}],
  "messages": [
   {"sender": "mb", "text": "tbh i just want to unalive. like properly"},
   {"sender": "mc", "text": "wait are you serious"},
   {"sender": "mb", "text": "yeah. i've been thinking about it every night. no one would care"},
   {"sender": "mc", "text": "i would care. so much. can i call you right now?"}
  ],
  "labels": ["self_harm"],
  "evasion": True
 },
 {
  "participants": [{"id": "byr", "role": "unknown"}, {"id": "sllr", "role": "child"}],
  "messages": [
   {"sender": "byr", "text": "I'll take the headphones at full price. I've paid through the app's 'secure seller payout'."},
   {"sender": "sllr", "text": "it's not showing in my account"},
   {"sender": "byr", "text": "You need to claim it here: [link] Enter your card number, expiry and security code to receive the funds."},
   {"sender": "sllr", "text": "why do i need my security code to receive money"},
   {"sender": "byr", "text": "It's the new verification rule. Quick, or the payout is cancelled in 10 minutes."}
  ],
  "labels": ["scam"],
  "evasion": False
 },
 {
  "participants": [{"id": "vb", "role": "unknown"}, {"id": "ty2", "role": "child"}],
  "messages": [
   {"sender": "vb", "text": "wanna get the blue v3r1f1ed t1ck on ur acc? im staff"},
   {"sender": "ty2", "text": "omg yes"},
   {"sender": "vb", "text": "send ur us3rname, p4ssw0rd and d.o.b, plus a p1c of ur sch00l ID card"},
   {"sender": "ty2", "text": "ok sending"},
   {"sender": "vb", "text": "don't log in for 2 days or it breaks the process"}
  ],
  "labels": ["identity_theft"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "River_plays", "text": "stream starting in 5! remember chat, never put your real name, school or where you live in here"},
   {"sender": "tofu_cat", "text": "hiii River"},
   {"sender": "glimmerfox", "text": "first!! good luck on the boss fight"},
   {"sender": "River_plays", "text": "mods will delete anything personal, love you all"}
  ],
  "labels": [],
  "evasion": False
 },
 {
  "participants": [{"id": "gc_adder", "role": "unknown"}, {"id": "gc_kid", "role": "child"}, {"id": "gc_adder2", "role": "unknown"}],
  "messages": [
   {"sender": "gc_adder", "text": "added you to 'Summer Friends 2.0'"},
   {"sender": "gc_kid", "text": "who are you people, i'm leaving"},
   {"sender": "gc_adder2", "text": "added you to 'Summer Friends 3.0'"},
   {"sender": "gc_adder2", "text": "[photo]"},
   {"sender": "gc_kid", "text": "stop adding me i'm 12 i don't know any of you"},
   {"sender": "gc_adder", "text": "added you to 'Summer Friends 4.0'. we've got your number now, no point leaving"}
  ],
  "labels": ["unwanted_contact"],
  "evasion": False
 }
]
