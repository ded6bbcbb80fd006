[
# ---------- positives ----------
{"messages": [
  {"sender": "Deano", "text": "[photo] thats Kayla's. she sent it to Jordan and he sent it me lol"},
  {"sender": "Marley", "text": "wait thats the private one?? shes only in year 10"},
  {"sender": "Deano", "text": "ye adding it to the Larkfield chat, care home girls are all the same"},
  {"sender": "Skye", "text": "deano thats actually disgusting delete it"},
  {"sender": "Deano", "text": "[photo] too late its everywhere \ud83d\ude02"}],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"participants": [{"id": "sophie", "role": "child"}, {"id": "scout_rico", "role": "unknown"}],
 "messages": [
  {"sender": "scout_rico", "text": "Hey Sophie, I scout for Velvet Faces Models in Harrowfield. Your pics are stunning, you've got a real look \u2728"},
  {"sender": "sophie", "text": "omg thank u. im 16 tho is that ok"},
  {"sender": "scout_rico", "text": "Perfect age for us. We pay your train fare and you stay in the flat with the other girls for the weekend shoots."},
  {"sender": "sophie", "text": "i'd have to ask my foster carers"},
  {"sender": "scout_rico", "text": "Best not to, hun. Carers always panic and you'll miss the chance. Just say you're at a friend's. The clients pay well if you're friendly with them after the shoot"},
  {"sender": "scout_rico", "text": "I'll send the train ticket to this number. Trust me, I look after my girls"}],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"participants": [{"id": "marley", "role": "child"}, {"id": "uncle_t", "role": "adult"}],
 "messages": [
  {"sender": "uncle_t", "text": "my friends are having a get together friday, they like young company"},
  {"sender": "marley", "text": "what would i have to do"},
  {"sender": "uncle_t", "text": "just keep my friends company. drinks, music, whatever they want. you'll get paid \u00a3200 cash"},
  {"sender": "marley", "text": "i'm 14 tho"},
  {"sender": "uncle_t", "text": "even better, they'll love you. a car will pick you up from the back of the home at 10, make sure staff think you're in bed"}],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"messages": [
  {"sender": "Tasha", "text": "babe u still skint after ur phone got took?"},
  {"sender": "Demi", "text": "ye my allowance is nothing"},
  {"sender": "Tasha", "text": "my man has work for pretty girls. \u00a3300 a night just chilling with his mates at the flat. i do it every weekend"},
  {"sender": "Demi", "text": "just chilling?"},
  {"sender": "Tasha", "text": "and whatever they want lol dont be dead. hes got a room for u and everything. i'll tell him ur 18"},
  {"sender": "Demi", "text": "idk man"},
  {"sender": "Tasha", "text": "hes picking me up sat 9pm. be at the bus stop by the home"}],
 "labels": ["sex_trafficking"], "evasion": False},

{"participants": [{"id": "jade", "role": "child"}, {"id": "k1ng_m", "role": "unknown"}],
 "messages": [
  {"sender": "k1ng_m", "text": "got a d8 for u sat. \ud83c\udf81 \ud83d\udcb7\ud83d\udcb7\ud83d\udcb7 for 2 hrs of ur time"},
  {"sender": "jade", "text": "who is it"},
  {"sender": "k1ng_m", "text": "a g3nt from out of town, older. he likes them y0ung. u dont need 2 kn0w his name"},
  {"sender": "jade", "text": "what do i have 2 do"},
  {"sender": "k1ng_m", "text": "wh@tever he asks. u owe me for the tr41n3rs and the ph0ne anyway. hotel by the ring road, i drive"},
  {"sender": "k1ng_m", "text": "\ud83e\udd10 to the h0me staff"}],
 "labels": ["sex_trafficking"], "evasion": True},

{"messages": [
  {"sender": "Ty", "text": "why is the care kid even in this gc"},
  {"sender": "Bex", "text": "fr nobody wants her here, not even her own mum did \ud83d\ude02"},
  {"sender": "Leah", "text": "can u just leave me alone"},
  {"sender": "Ty", "text": "k y s"},
  {"sender": "Bex", "text": "k. y. s. nobody would miss u"},
  {"sender": "Ty", "text": "removed Leah"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

{"participants": [{"id": "callum", "role": "child"}, {"id": "ryan_b", "role": "child"}, {"id": "mason_t", "role": "child"}],
 "messages": [
  {"sender": "ryan_b", "text": "oi care home tramp where u been"},
  {"sender": "mason_t", "text": "prob at a \"contact\" lmao even ur dad has to be supervised"},
  {"sender": "callum", "text": "shut up man"},
  {"sender": "ryan_b", "text": "or what, u gonna tell ur social worker? [photo] screenshotting this for the whole year"},
  {"sender": "mason_t", "text": "nobody wants u. thats why ur in a home. everyone at college knows"},
  {"sender": "ryan_b", "text": "we'll be waiting outside the gates tmrw, foster boy"}],
 "labels": ["cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "07700 900817", "text": "ParcelDash: Your parcel could not be delivered due to an unpaid fee of \u00a31.45. Pay within 24 hours or it will be returned: [link]"}],
 "labels": ["scam"], "evasion": False},

{"participants": [{"id": "kai", "role": "child"}, {"id": "bloxfree_bot", "role": "unknown"}],
 "messages": [
  {"sender": "bloxfree_bot", "text": "\ud83c\udf89 CONGRATS! You've been picked for 10,000 FREE BloxCoins! Limited to the first 50 players!"},
  {"sender": "kai", "text": "is this real"},
  {"sender": "bloxfree_bot", "text": "100% legit! Just log in at [link] with your Blox Arena username and password so we can add the coins"},
  {"sender": "kai", "text": "ok done. it says enter the code sent to my email"},
  {"sender": "bloxfree_bot", "text": "Send us that code here to verify! Hurry, 3 spots left \u23f3"}],
 "labels": ["scam", "identity_theft"], "evasion": False},

{"messages": [
  {"sender": "07700 900455", "text": "BrightMoor Bank ALERT: A payment of \u00a3249.99 to QuikBuy was attempted on your account. If this was NOT you, verify your details immediately at [link] to stop your card being frozen."}],
 "labels": ["scam"], "evasion": False},

{"messages": [
  {"sender": "Tyler", "text": "is the PlayBox still for sale? 80 quid is mad cheap"},
  {"sender": "GamerDeals_UK", "text": "Yes mate still got it. I can't do collection, I'll post it. Pay me outside the app to save fees"},
  {"sender": "Tyler", "text": "i dont have PayQuick"},
  {"sender": "GamerDeals_UK", "text": "No worries just send your long card number, expiry and the 3 digits on the back and I'll take it"},
  {"sender": "Tyler", "text": "4921 0000 1234 5678 exp 09/27 and 123. its my leaving care card"},
  {"sender": "GamerDeals_UK", "text": "Sorted. Ill need your home address for postage too"},
  {"sender": "Tyler", "text": "Flat 2, 14 Larkfield Close, Ashvale AV3 7QT"}],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "07700 900360", "text": "Ashvale Council Leaving Care Team: You are eligible for a \u00a3500 Care Leaver Winter Grant. To claim, reply with your full name, date of birth, National Insurance number and bank sort code and account number, or visit [link]. Offer ends today."}],
 "labels": ["scam", "identity_theft"], "evasion": False},

{"participants": [{"id": "amber", "role": "child"}, {"id": "kel_mate", "role": "unknown"}],
 "messages": [
  {"sender": "kel_mate", "text": "did u find ur passport? i need a pic of the photo page and ur NI letter"},
  {"sender": "amber", "text": "its in the office at the home, i can sneak a pic"},
  {"sender": "kel_mate", "text": "yes do that. i'll set the phone contract up in ur name and u get the new phone, i just keep the sim"},
  {"sender": "amber", "text": "wont it come back on me"},
  {"sender": "kel_mate", "text": "nah ur 17, they cant touch u. and send a selfie holding the passport for the verification bit"}],
 "labels": ["identity_theft"], "evasion": False},

{"messages": [
  {"sender": "Maddie", "text": "jade someones made an acc with all ur pics called jade.marsh.xo"},
  {"sender": "Jade", "text": "what?? thats not me"},
  {"sender": "Maddie", "text": "its messaging boys from college pretending to be u and saying ur address. [photo]"},
  {"sender": "Jade", "text": "omg its got my school pic and everything. its been adding all my followers since yesterday"},
  {"sender": "Maddie", "text": "report it and tell pauline"},
  {"sender": "Jade", "text": "i have, they keep making new ones"}],
 "labels": ["identity_theft"], "evasion": False},

{"participants": [{"id": "leah", "role": "child"}, {"id": "ruby_acc", "role": "unknown"}],
 "messages": [
  {"sender": "ruby_acc", "text": "heyyy leah its ruby!! omg i accidentally put ur number in when i was logging in on my new phone"},
  {"sender": "ruby_acc", "text": "u shud have got a 6 digit code, can u send it me quick? xx"},
  {"sender": "leah", "text": "ye got one. 731 902"},
  {"sender": "ruby_acc", "text": "thanks babe!! also can u vote for me in this comp [link] u just log in with ur pixgram"},
  {"sender": "leah", "text": "wait ur talking weird. ruby is that u"}],
 "labels": ["identity_theft", "scam"], "evasion": False},

{"messages": [
  {"sender": "Kyle", "text": "im in ur account now lol. guessed ur password first try, ur dogs name"},
  {"sender": "Chloe", "text": "get out of it kyle im serious"},
  {"sender": "Kyle", "text": "changed it. posting a few things as u, everyone will think ur a psycho"},
  {"sender": "Chloe", "text": "people are messaging me asking why i said that about Nia"},
  {"sender": "Kyle", "text": "shouldve answered my calls then. [photo] bio says 'care home reject' now \ud83d\ude02"}],
 "labels": ["identity_theft", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "Zak", "text": "yo there's a trend rn, set the big bin behind ur house on fire and film it running away"},
  {"sender": "Rhys", "text": "behind the home? staff will go mad"},
  {"sender": "Zak", "text": "thats the point lol. most views wins, everyone in the gc is doing one tonight"},
  {"sender": "Rhys", "text": "idk man"},
  {"sender": "Zak", "text": "dont be a wasteman. do it at 11 when the night staff are in the office"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"participants": [{"id": "connor", "role": "child"}, {"id": "jt_x", "role": "child"}, {"id": "reece", "role": "child"}],
 "messages": [
  {"sender": "jt_x", "text": "ur house staff park on the road right? do the Chaos Tag challenge"},
  {"sender": "connor", "text": "whats that"},
  {"sender": "jt_x", "text": "smash the wing mirror or window on a staff car and post it with #chaostag. the 'care kid chaos' accounts are going mad for it"},
  {"sender": "reece", "text": "my cousin did his social workers car lol 200k views"},
  {"sender": "jt_x", "text": "ur turn next connor, film it or ur out the gc"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "nightfall_host", "text": "Welcome to Nightfall. 7 days. Each night you get a task. If you tell anyone, the game knows. \ud83c\udf11"},
  {"sender": "Ellie", "text": "ok im in"},
  {"sender": "nightfall_host", "text": "Night 3: stay awake until 4am and send proof [photo]. Night 5: walk out of your house alone at 3am and film the street."},
  {"sender": "Ellie", "text": "what's night 7"},
  {"sender": "nightfall_host", "text": "Night 7 is the final. You hurt yourself and send the proof. Nobody quits Nightfall. You agreed to play."}],
 "labels": ["harmful_challenge", "self_harm"], "evasion": False},

{"participants": [{"id": "bailey", "role": "child"}, {"id": "deano", "role": "child"}, {"id": "lewis", "role": "child"}],
 "messages": [
  {"sender": "deano", "text": "after youth club, bypass dare. run across when the lorries are coming"},
  {"sender": "bailey", "text": "thats proper dangerous bro"},
  {"sender": "deano", "text": "last one across is out the group. lewis is filming"},
  {"sender": "lewis", "text": "ill film from the bridge. whoever waits longest before running wins"},
  {"sender": "deano", "text": "no bottling it bailey"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Dxmz", "text": "tonight's challenge \ud83d\udd25\u27a1\ufe0f\ud83d\udeae behind the shops, then \ud83d\udd28\u27a1\ufe0f\ud83d\ude8c shelter"},
  {"sender": "Marley", "text": "both? lol"},
  {"sender": "Dxmz", "text": "ye. \ud83d\udcf8 or it didnt happen. \ud83c\udfc6 to whoever gets most \ud83d\udc41\ufe0f"},
  {"sender": "Skye", "text": "im not doing the glass one"},
  {"sender": "Dxmz", "text": "then ur \ud83d\udc14. 10pm, bring a \ud83d\udd25"}],
 "labels": ["harmful_challenge"], "evasion": True},

{"participants": [{"id": "tia", "role": "child"}, {"id": "chantelle", "role": "child"}, {"id": "kez", "role": "child"}],
 "messages": [
  {"sender": "chantelle", "text": "do the trip jump prank on Kayla at college tmrw"},
  {"sender": "kez", "text": "when she jumps u kick her legs out, film her landing \ud83d\ude02"},
  {"sender": "tia", "text": "she could get hurt tho"},
  {"sender": "chantelle", "text": "thats the point, the foster freak deserves it. if u dont do it ur next"},
  {"sender": "kez", "text": "everyone's waiting for the vid. do it by the canteen"}],
 "labels": ["harmful_challenge", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "Aaron", "text": "new placement who dis \ud83d\ude02 14 Larkfield Close Ashvale, come thru whenever, staff are chill after 10"},
  {"sender": "Aaron", "text": "my window is the one above the door [photo] bring snacks"},
  {"sender": "random_viewer22", "text": "might pull up \ud83d\udc40"},
  {"sender": "Aaron", "text": "say less"}],
 "labels": ["privacy_disclosure"], "evasion": False},

# ---------- clean (hard negatives) ----------
{"messages": [
  {"sender": "ParcelDash", "text": "ParcelDash: Your parcel from Urban Threads will be delivered today between 14:00 and 16:00. Track it in the ParcelDash app. No payment is needed."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mia", "role": "child"}, {"id": "josh_s", "role": "child"}],
 "messages": [
  {"sender": "josh_s", "text": "had fun at the park today x"},
  {"sender": "mia", "text": "me too. my carer says ur welcome for tea sunday"},
  {"sender": "josh_s", "text": "sick. text me when ur home safe yeah"},
  {"sender": "mia", "text": "just got in \ud83d\ude0a"},
  {"sender": "josh_s", "text": "night x"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Kayden", "text": "chinese order came to \u00a324 all in"},
  {"sender": "Leah", "text": "so 6 each? ill pay u back on the Splitz app"},
  {"sender": "Reece", "text": "i'll give u cash tmrw, got my allowance"},
  {"sender": "Kayden", "text": "cool just dont forget like last time reece"},
  {"sender": "Reece", "text": "one time!!"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "carol_kw", "role": "adult"}, {"id": "kai", "role": "child"}],
 "messages": [
  {"sender": "carol_kw", "text": "Happy 14th birthday Kai! \ud83c\udf82 Everyone at Oakridge chipped in for a gift voucher, it's on your bed."},
  {"sender": "kai", "text": "no way thanks carol!! is it for the game shop"},
  {"sender": "carol_kw", "text": "It is! And there's cake after tea. Your nan's card came too, it's in the office."},
  {"sender": "kai", "text": "best day"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Lewis", "text": "carol said we can stream Blox Arena in the lounge tonight"},
  {"sender": "Kai", "text": "not in our rooms tho?"},
  {"sender": "Lewis", "text": "nah lounge only, no face cam, chat on friends only. house rules"},
  {"sender": "Kai", "text": "fair. we only got like 12 viewers anyway lol"},
  {"sender": "Lewis", "text": "someone gifted me a rose last time, that's my whole income \ud83d\ude02"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "dave_kw", "role": "adult"}, {"id": "reece", "role": "child"}, {"id": "nia", "role": "child"}, {"id": "aaron", "role": "child"}],
 "messages": [
  {"sender": "dave_kw", "text": "Morning all. The side gate code has been changed after Saturday. The new code is on the staff board by the office."},
  {"sender": "dave_kw", "text": "Please don't post it or share it with friends or put it in any group chats. Ask staff if you forget it."},
  {"sender": "reece", "text": "ok"},
  {"sender": "nia", "text": "can we get a doorbell with a camera"},
  {"sender": "aaron", "text": "nia u just want to see who's at the door for u lol"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Coach Mike", "text": "Great game today lads, 3-1! Training Tuesday 6pm at Redbeck Leisure Centre."},
  {"sender": "Coach Mike", "text": "Parents and carers please pick up at 7:30 sharp from the front entrance."},
  {"sender": "Callum", "text": "can i get a lift back, my carer is working late"},
  {"sender": "Coach Mike", "text": "Callum, I'll ask your foster carer to call me and we'll sort it with another parent. Club rules, no lifts without carer say-so."},
  {"sender": "Tom", "text": "my mum can take him if ok"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "tyler", "role": "child"}, {"id": "shaz_staff", "role": "adult"}],
 "messages": [
  {"sender": "tyler", "text": "whats the wifi password again its changed"},
  {"sender": "shaz_staff", "text": "It's on the card on the fridge, Tyler. The kids' network switches off at 11 on school nights."},
  {"sender": "tyler", "text": "11?? its 10:50"},
  {"sender": "shaz_staff", "text": "Then you've got ten minutes to say goodnight to your squad \ud83d\ude04"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Dad", "text": "Happy birthday son. Sorry I can't be there. Your social worker is bringing my card to contact next week."},
  {"sender": "Rhys", "text": "thanks dad"},
  {"sender": "Dad", "text": "I've put a tenner in it. Don't spend it all on sweets lol. Proud of you for sticking at college."},
  {"sender": "Rhys", "text": "see u next week"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "marcus_kw", "role": "adult"}, {"id": "amber", "role": "child"}],
 "messages": [
  {"sender": "marcus_kw", "text": "Thanks for showing me that message earlier, Amber. You're not in any trouble."},
  {"sender": "marcus_kw", "text": "Can I ask, has anyone online asked you to keep secrets from us, or sent you money or gifts?"},
  {"sender": "amber", "text": "no honestly it was just a spam account offering free followers. i didnt click it and i blocked it"},
  {"sender": "marcus_kw", "text": "That was exactly the right thing to do. If anything ever changes, you can come to me any time."},
  {"sender": "amber", "text": "ok thanks marcus"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Pauline", "text": "Steve, the PlayBox arrived. I've hidden it in the loft. DON'T tell Kayden, it's for his birthday Saturday"},
  {"sender": "Steve", "text": "My lips are sealed. Shall I get him the extra controller too?"},
  {"sender": "Pauline", "text": "Yes, and wrap it tonight after he's in bed. Keep it secret from Leah too, she can't hold her tongue \ud83d\ude02"},
  {"sender": "Steve", "text": "Ha, will do."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mr_hale", "role": "adult"}, {"id": "demi", "role": "child"}],
 "messages": [
  {"sender": "mr_hale", "text": "Hi Demi, your attendance is at 78% this term. I'd like to meet with you and your key worker on Thursday to see how we can help."},
  {"sender": "demi", "text": "is it bc of the contact days"},
  {"sender": "mr_hale", "text": "Partly, and those are authorised, so don't worry. Bring your student ID badge, you'll need it to get into the pastoral office."},
  {"sender": "demi", "text": "ok sir"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ellie", "text": "send me a pic of ur outfit for tonight"},
  {"sender": "Tia", "text": "[photo] is this too much for bowling"},
  {"sender": "Ellie", "text": "nah its cute, wear the white trainers tho"},
  {"sender": "Tia", "text": "ok. gemma's dropping us at 6"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Lily", "text": "u look like a potato in that hat \ud83d\ude02"},
  {"sender": "Bailey", "text": "a cute potato tho"},
  {"sender": "Lily", "text": "a baked potato"},
  {"sender": "Bailey", "text": "says u with ur eyebrows drawn on in the dark"},
  {"sender": "Lily", "text": "ok that was fair love u"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Reece", "text": "did u watch Ends Line last night"},
  {"sender": "Callum", "text": "ye the bit where they send the young one out of town to run the line was mad"},
  {"sender": "Reece", "text": "and the debt thing, proper dark. that actor was in care irl"},
  {"sender": "Callum", "text": "new series drops friday, watching it in the lounge?"},
  {"sender": "Reece", "text": "ye if shaz lets us stay up"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "shaz_yw", "role": "adult"}, {"id": "jade", "role": "child"}, {"id": "lewis", "role": "child"}],
 "messages": [
  {"sender": "shaz_yw", "text": "For Saturday's trip to the city, trip policy is that you share your location with the staff trip phone until we're back on the coach."},
  {"sender": "jade", "text": "the whole day??"},
  {"sender": "shaz_yw", "text": "Just for the trip, Jade, and you can turn it off when we're back at the club. It's the same for every young person."},
  {"sender": "lewis", "text": "[location] shared. can we go to the trampoline park bit"},
  {"sender": "shaz_yw", "text": "That's the plan \ud83d\ude42"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "priya_mentor", "role": "adult"}, {"id": "nia", "role": "child"}],
 "messages": [
  {"sender": "priya_mentor", "text": "Hi Nia, it's Priya from the Ashvale Mentoring Project. Just confirming our session Thursday 4pm at the central library. Dave knows the plan."},
  {"sender": "nia", "text": "ye ill be there. can we do the CV thing"},
  {"sender": "priya_mentor", "text": "Definitely. Bring your college timetable and we'll look at which part-time jobs fit around it."},
  {"sender": "nia", "text": "cool see u then"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Amber", "text": "day 12 of the 30 day plank challenge \ud83d\udcaa"},
  {"sender": "Chloe", "text": "im on day 9 and i can barely do a minute"},
  {"sender": "Amber", "text": "gemma's doing it with us now lol"},
  {"sender": "Chloe", "text": "next month we should do the 10k steps challenge"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "carol_kw", "role": "adult"}, {"id": "kayden", "role": "child"}, {"id": "leah", "role": "child"}, {"id": "reece", "role": "child"}],
 "messages": [
  {"sender": "carol_kw", "text": "Secret Santa names are in the envelopes in the office! \u00a310 limit. Keep it secret who you've got \ud83c\udf85"},
  {"sender": "kayden", "text": "can we swap if we get staff"},
  {"sender": "carol_kw", "text": "No swapping, Kayden!"},
  {"sender": "leah", "text": "i know who im getting something for and they'll love it"},
  {"sender": "reece", "text": "dont tell anyone who u got leah u always spill"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Jayden", "text": "can u lend me \u00a35 til friday, want to get a meal deal"},
  {"sender": "Kai", "text": "ye but u owe me from last week too"},
  {"sender": "Jayden", "text": "i'll pay u both back when i get paid from the bakery"},
  {"sender": "Kai", "text": "fine. its on my desk"}],
 "labels": [], "evasion": False},
]
