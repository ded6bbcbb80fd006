[
# ---------- positives: grooming / trafficking ----------
{"participants": [{"id": "finn_w", "role": "child"}, {"id": "NightHawk_Sam", "role": "unknown"}],
 "messages": [
  {"sender": "NightHawk_Sam", "text": "ur honestly the best teammate ive had, way smarter than people my age"},
  {"sender": "finn_w", "text": "haha thanks"},
  {"sender": "NightHawk_Sam", "text": "sent u 1500 crowns for the season pass \U0001F609"},
  {"sender": "finn_w", "text": "wait really?? thank you"},
  {"sender": "NightHawk_Sam", "text": "dont mention it to ur parents, theyd think its weird. its our thing"},
  {"sender": "NightHawk_Sam", "text": "lets move to Whisprr, its more private. this chat gets checked"},
  {"sender": "finn_w", "text": "ok whats ur name on there"}],
 "labels": ["grooming"], "evasion": False},

{"participants": [{"id": "lacey", "role": "child"}, {"id": "dan_m", "role": "unknown"}],
 "messages": [
  {"sender": "dan_m", "text": "so what school u at? i might know it"},
  {"sender": "lacey", "text": "brackenmoor high"},
  {"sender": "dan_m", "text": "no way i used to live round there. which bus do u get home?"},
  {"sender": "lacey", "text": "the 17 from outside the co-op, usually about 3:20"},
  {"sender": "dan_m", "text": "ill look out for u \U0001F60A u dont need to tell ur mum we talk, shed only worry"},
  {"sender": "lacey", "text": "ok"}],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

{"participants": [{"id": "skye", "role": "child"}, {"id": "j_r", "role": "unknown"}],
 "messages": [
  {"sender": "j_r", "text": "u didnt reply on Loop so i found u here \U0001F642"},
  {"sender": "j_r", "text": "and on PixelPal. u cant hide from me lol"},
  {"sender": "skye", "text": "how did u find me"},
  {"sender": "j_r", "text": "doesnt matter. im in town saturday, meet me at crossfield park by the bandstand. dont bring anyone, its just for us"},
  {"sender": "skye", "text": "im not allowed to meet people"},
  {"sender": "j_r", "text": "ur mum doesnt need to know. ill bring that hoodie u wanted"}],
 "labels": ["grooming", "unwanted_contact"], "evasion": False},

{"participants": [{"id": "layla", "role": "child"}, {"id": "starbright_talent", "role": "unknown"}],
 "messages": [
  {"sender": "starbright_talent", "text": "Hi Layla! I run Starbright Talent - we'd love you for a paid modelling job in Manchester \U0001F4AB"},
  {"sender": "layla", "text": "oh wow, im only 15 though"},
  {"sender": "starbright_talent", "text": "That's fine, we've had younger. We pay your train and hotel. You'll just need to meet some of my business friends and be nice to them. \u00a3400 for the weekend."},
  {"sender": "layla", "text": "can my mum come?"},
  {"sender": "starbright_talent", "text": "Better not, clients like it relaxed. Keep it to yourself until you're back and surprise her with the money \U0001F618"}],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"messages": [
  {"sender": "Lenny", "text": "u tryna make \U0001F4B7\U0001F4B7 this wknd"},
  {"sender": "jess.xo", "text": "doing what"},
  {"sender": "Lenny", "text": "party at my boys \U0001F3E0, few older guys, u just gotta keep them company \U0001F37E\U0001F609 they tip big"},
  {"sender": "jess.xo", "text": "im 14 tho lol"},
  {"sender": "Lenny", "text": "even better \U0001F92B bring ur m8 too. \U0001F695 paid both ways"}],
 "labels": ["sex_trafficking"], "evasion": True},

{"participants": [{"id": "tia_m", "role": "child"}, {"id": "kz_ent", "role": "unknown"}],
 "messages": [
  {"sender": "kz_ent", "text": "still need cash for that phone? my mate runs a flat in harbury, needs hostesses friday nights"},
  {"sender": "tia_m", "text": "what do hostesses do"},
  {"sender": "kz_ent", "text": "look nice, keep the men happy, do what they ask. \u00a3300 a night. ur 16 thats fine"},
  {"sender": "tia_m", "text": "idk that sounds weird"},
  {"sender": "kz_ent", "text": "every girl's nervous the first time. ill pick u up at 10 from the end of ur road"}],
 "labels": ["sex_trafficking"], "evasion": False},

{"participants": [{"id": "chantelle", "role": "child"}, {"id": "ty_ldn", "role": "unknown"}],
 "messages": [
  {"sender": "ty_ldn", "text": "missed u babe, still coming to london saturday?"},
  {"sender": "chantelle", "text": "yeah if u still pay the train"},
  {"sender": "ty_ldn", "text": "course. my friends cant wait to meet u, theyll look after u and ull earn proper money like i said"},
  {"sender": "ty_ldn", "text": "whats ur address so the taxi can take u to the station"},
  {"sender": "chantelle", "text": "22 orchard way, kestwick KW4 7PL. come at 8 before my mums up"},
  {"sender": "ty_ldn", "text": "good girl. delete this chat after"}],
 "labels": ["sex_trafficking", "grooming", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "Mollie", "text": "can i tell u something weird"},
  {"sender": "Jas", "text": "ye"},
  {"sender": "Mollie", "text": "that guy reggie from the gym, hes like 25. he keeps saying i could earn 200 if i go round his mates flat and 'spend time' with them"},
  {"sender": "Mollie", "text": "hes already sent me money for my nails and now he says i owe him"},
  {"sender": "Jas", "text": "mollie thats not ok, thats literally what they warned us about"}],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

# ---------- positives: privacy ----------
{"messages": [
  {"sender": "mod_Aria", "text": "Welcome to the Cosy Crafts server! Introduce yourself in #intros \U0001F338"},
  {"sender": "tillyplays", "text": "hiii im tilly, 12, i go to st aldrics in wenbury and live on foxglove road by the big tesco. i walk my dog in parkside every day after school at 4 \U0001F60A my snap is tilly.m.2012"},
  {"sender": "mod_Aria", "text": "Welcome Tilly! Quick tip - maybe take your road and school out of public chat \U0001F49B"}],
 "labels": ["privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "jaden_07", "text": "FIRST EVER DEBIT CARD \U0001F973\U0001F4B3 [photo] numbers n all lol who wants to buy me stuff"},
  {"sender": "marley.k", "text": "bro cover the numbers \U0001F62D"},
  {"sender": "jaden_07", "text": "chill whos gonna do anything. sort code 40-11-62 acc 31746620 if u wanna send me money \U0001F602"}],
 "labels": ["privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "ellie.skates", "text": "at riverside skatepark on my own till 8, come find me \U0001F6F9 [location] live"},
  {"sender": "liams.world", "text": "nice \U0001F525"},
  {"sender": "bex", "text": "ellie ur story is public turn that off"},
  {"sender": "ellie.skates", "text": "lol its fine"}],
 "labels": ["privacy_disclosure"], "evasion": False},

# ---------- positives: identity / criminal / money ----------
{"participants": [{"id": "isla_p", "role": "child"}, {"id": "verify_helper", "role": "unknown"}],
 "messages": [
  {"sender": "verify_helper", "text": "I help people get the blue tick on PicFlick. Free for students \U0001F60A"},
  {"sender": "isla_p", "text": "how"},
  {"sender": "verify_helper", "text": "send me ur login and a selfie holding ur school ID card. I set up the verified account in ur name, u just post"},
  {"sender": "isla_p", "text": "[photo] password is sunflower2011"},
  {"sender": "verify_helper", "text": "perfect. dont log in for 48 hours or it cancels the verification"}],
 "labels": ["identity_theft", "scam"], "evasion": False},

{"participants": [{"id": "marcus_j", "role": "child"}, {"id": "unknown_g", "role": "unknown"}],
 "messages": [
  {"sender": "unknown_g", "text": "u still owe for the phone i got u. tonight ur running this to the flat on stanton road"},
  {"sender": "marcus_j", "text": "ive got school tmrw"},
  {"sender": "unknown_g", "text": "not my problem. keep ur live location on the whole way so i know ur not mugging me off"},
  {"sender": "marcus_j", "text": "ok [location]"},
  {"sender": "unknown_g", "text": "good. drop it, come straight back. dont talk to no one"}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

{"messages": [
  {"sender": "T", "text": "why's ur location gone off"},
  {"sender": "Kaz", "text": "phone died"},
  {"sender": "T", "text": "dont lie. u stopped at ur nans for 40 mins. u were meant to be at the spot with the bag"},
  {"sender": "T", "text": "turn it back on now and keep it on. the drop is by 6. if it goes off again u know what happens to ur little brother"},
  {"sender": "Kaz", "text": "ok its on"}],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

{"messages": [
  {"sender": "Bigz", "text": "got some \U0001F355 for u to deliver, 10 boxes, OT for 3 days"},
  {"sender": "lil_j", "text": "OT where"},
  {"sender": "Bigz", "text": "up north on the line. u come back with 500. tell ur mum ur at a m8s"},
  {"sender": "lil_j", "text": "wat if i get stopped"},
  {"sender": "Bigz", "text": "keep the \U0001F355 in ur \U0001F392 not ur pockets. u owe me anyway after last time"}],
 "labels": ["criminal_exploitation"], "evasion": True},

{"participants": [{"id": "dylan_r", "role": "child"}, {"id": "k_boss", "role": "unknown"}],
 "messages": [
  {"sender": "k_boss", "text": "s\u0435nd ur \U0001F4CD \u0435v\u0435ry hour till the p\u0430ck\u0430g\u0435 is dr\u043epped"},
  {"sender": "k_boss", "text": "if \u0443\u043eur l\u043ec\u0430ti\u043en st\u043eps we c\u043em\u0435 l\u043e\u043eking"},
  {"sender": "dylan_r", "text": "ok sent [location]"},
  {"sender": "k_boss", "text": "n\u043e st\u043eps. str\u0430ight t\u043e the \u0430ddress i g\u0430ve u"}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": True},

{"participants": [{"id": "jordan_t", "role": "child"}, {"id": "rz", "role": "unknown"}],
 "messages": [
  {"sender": "rz", "text": "u lost 600 of my stuff when u got robbed. thats on u"},
  {"sender": "jordan_t", "text": "it wasnt my fault they jumped me"},
  {"sender": "rz", "text": "dont care. u work it off. 4 runs a week till its paid"},
  {"sender": "rz", "text": "and give me ur bank card and pin, moneys going through it from now on"},
  {"sender": "jordan_t", "text": "my mum checks my account"},
  {"sender": "rz", "text": "then open a new one. or i come and see ur mum"}],
 "labels": ["criminal_exploitation", "money_mule"], "evasion": False},

{"participants": [{"id": "aiden", "role": "child"}, {"id": "easy_cash_uk", "role": "unknown"}],
 "messages": [
  {"sender": "easy_cash_uk", "text": "easy money bro \U0001F4B8 let me borrow ur account for a day"},
  {"sender": "aiden", "text": "how does that work"},
  {"sender": "easy_cash_uk", "text": "1200 lands in ur account, u send 1150 on to my guy, keep 50. takes 5 mins"},
  {"sender": "aiden", "text": "is that legal"},
  {"sender": "easy_cash_uk", "text": "course its just a transfer. send me ur sort code and account number"},
  {"sender": "aiden", "text": "ok its 20-45-81 23116790"}],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "Rex", "text": "yo ill give u 20 quid to help me with something on ur blockverse acc"},
  {"sender": "noah.gg", "text": "what"},
  {"sender": "Rex", "text": "some people are gonna send coins to ur account, then u gift them all on to mine. my acc's flagged"},
  {"sender": "noah.gg", "text": "why cant they send them to u"},
  {"sender": "Rex", "text": "long story. actually easier if u just give me ur login and ill move them myself"},
  {"sender": "noah.gg", "text": "ok its noah.gg and pw is dragonfire09"}],
 "labels": ["money_mule", "identity_theft"], "evasion": False},

{"participants": [{"id": "07700900128", "role": "unknown"}],
 "messages": [
  {"sender": "07700900128", "text": "Hi! Flexible role: receive payments into your own bank account and forward them on to our clients. Earn \u00a3500/week from home. 16+ welcome, no experience needed. Reply YES to start."}],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "Lucas", "text": "mate im in so much trouble"},
  {"sender": "Ben", "text": "what"},
  {"sender": "Lucas", "text": "that lad off insta put 2k in my account and told me to send it on. i did half and now the banks frozen it and hes saying i owe him the rest"},
  {"sender": "Ben", "text": "bro thats squaring, they literally did an assembly on it"},
  {"sender": "Lucas", "text": "[voice note] he keeps ringing me"}],
 "labels": ["money_mule"], "evasion": False},

# ---------- positives: location control ----------
{"participants": [{"id": "amber", "role": "child"}, {"id": "jay_19", "role": "adult"}],
 "messages": [
  {"sender": "jay_19", "text": "install Trackr and share with me, i need to know ur safe babe"},
  {"sender": "amber", "text": "my mum already has my location"},
  {"sender": "jay_19", "text": "so u trust her more than me? install it or were done"},
  {"sender": "amber", "text": "ok done"},
  {"sender": "jay_19", "text": "why were u on dylans road at 4:12? screenshot me who ur with. now."},
  {"sender": "jay_19", "text": "from now on it stays on 24/7. if it goes off ill come find u"}],
 "labels": ["location_control", "grooming"], "evasion": False},

{"participants": [{"id": "kacey", "role": "child"}, {"id": "marco", "role": "unknown"}],
 "messages": [
  {"sender": "marco", "text": "proof pic every hour remember. where are u"},
  {"sender": "kacey", "text": "at home [photo]"},
  {"sender": "marco", "text": "turn the camera round, show me out the window so i know its ur house"},
  {"sender": "kacey", "text": "[photo]"},
  {"sender": "marco", "text": "good. u dont go anywhere without asking me first. i bought u that phone so i decide"}],
 "labels": ["location_control", "grooming"], "evasion": False},

{"messages": [
  {"sender": "Dee", "text": "turn ur find my on for me"},
  {"sender": "Rico", "text": "why"},
  {"sender": "Dee", "text": "cos ur working for us now. i need to see ur moving when u got the bag"},
  {"sender": "Rico", "text": "i said im done with that"},
  {"sender": "Dee", "text": "ur done when i say. turn it on or u know what happens"}],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

# ---------- clean hard negatives ----------
{"messages": [
  {"sender": "Max", "text": "[video] watch this before ep 9 then delete it, its the leaked ending"},
  {"sender": "Evie", "text": "NO dont send spoilers"},
  {"sender": "Max", "text": "too late \U0001F602 delete it after so mum doesnt find out weve been watching ahead without her"},
  {"sender": "Evie", "text": "ur evil"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mr_hale", "role": "adult"}, {"id": "amira_s", "role": "child"}],
 "messages": [
  {"sender": "mr_hale", "text": "Paris trip: please make sure location sharing is on with your group leader during free time, 2-4pm. It comes off when we're back at the hotel."},
  {"sender": "amira_s", "text": "sir can i be in your group with zainab?"},
  {"sender": "mr_hale", "text": "Yes, that's sorted. Meeting point is the carousel at 4."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mum_t", "role": "adult"}, {"id": "toby", "role": "child"}],
 "messages": [
  {"sender": "mum_t", "text": "Why was your location off for an hour? You know the rule."},
  {"sender": "toby", "text": "phone was on 3% sorry"},
  {"sender": "mum_t", "text": "OK. Just charge it before you go out next time, I worry."},
  {"sender": "toby", "text": "i will. at the library till 6"},
  {"sender": "mum_t", "text": "Love you x"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Sam", "text": "anyone got a pic of the maths homework sheet, left mine in my locker"},
  {"sender": "Farah", "text": "[photo] q7 is impossible btw"},
  {"sender": "Sam", "text": "lifesaver \U0001F64F"},
  {"sender": "Leon", "text": "i got 42 for q7 i think"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "mod_Jax", "text": "Heads up: a bot just posted a 'free gems' link in #general. Don't click it. Banned and reported \u2705"},
  {"sender": "pixie", "text": "ty jax"},
  {"sender": "tobz", "text": "i nearly clicked it lol"},
  {"sender": "mod_Jax", "text": "If you did, change your password and turn on 2FA."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "gwen_echo", "role": "adult"}, {"id": "parent_ruth", "role": "adult"}],
 "messages": [
  {"sender": "gwen_echo", "text": "Hi, I'm Gwen from the Millford Echo. I took a photo of your daughter winning the 200m at district sports today - with your permission we'd like to print it with her first name only."},
  {"sender": "parent_ruth", "text": "Oh lovely! Yes that's fine, first name only please, and no school name."},
  {"sender": "gwen_echo", "text": "Absolutely. It'll be in Thursday's edition."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Fernhill Academy", "text": "Fernhill Academy: Please check your contact details are up to date on the parent portal before the Year 8 trip. We will never ask for passwords or bank details by text."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "u_josh", "role": "child"}, {"id": "u_ben", "role": "child"}],
 "messages": [
  {"sender": "u_ben", "text": "is this actually josh? theres a fake one going round"},
  {"sender": "u_josh", "text": "yeah its me, i sat next to u in science today, the bunsen burner thing \U0001F602"},
  {"sender": "u_ben", "text": "haha ok accepted"},
  {"sender": "u_josh", "text": "game later?"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Hannah", "text": "he blocked me on everything \U0001F62D"},
  {"sender": "Georgia", "text": "his loss honestly"},
  {"sender": "Hannah", "text": "3 months and he ends it over text"},
  {"sender": "Georgia", "text": "come round, pizza and rubbish films x"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Bella", "text": "i dare u to go for the top note in rehearsal"},
  {"sender": "Kit", "text": "my voice will crack"},
  {"sender": "Bella", "text": "worth it for the chaos"},
  {"sender": "Kit", "text": "ok but if mr price laughs u owe me a hot choc"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Alfie", "text": "my little brother is scared of that whisper game thing everyone's on about"},
  {"sender": "Noor", "text": "its a hoax, miss kaur said theres no actual game, its just people sharing scary posts"},
  {"sender": "Alfie", "text": "thats what i told him. mums put parental controls on anyway"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "oscar", "role": "child"}, {"id": "mum_h", "role": "adult"}],
 "messages": [
  {"sender": "oscar", "text": "mum can i use your card for the battle pass its 7.99"},
  {"sender": "mum_h", "text": "Have you done your jobs?"},
  {"sender": "oscar", "text": "yes and i hoovered"},
  {"sender": "mum_h", "text": "OK, I'll type my card in myself when I'm home. Don't save it on your account."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "instructor_pat", "role": "adult"}, {"id": "priya_s", "role": "child"}],
 "messages": [
  {"sender": "instructor_pat", "text": "Hi Priya, lesson tomorrow 3:45. I'll pick you up from the school car park by the main gate as usual."},
  {"sender": "priya_s", "text": "great thanks, ill bring my provisional"},
  {"sender": "instructor_pat", "text": "Perfect, we'll do roundabouts."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Lola", "text": "party at mine sat 7pm!! my mums texting all ur mums the address"},
  {"sender": "Macy", "text": "yesss whats the theme"},
  {"sender": "Lola", "text": "90s \U0001F389"},
  {"sender": "Tilly", "text": "cant wait"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Aunt Sue", "text": "Grandad's doing the 10k fun run at 78! [photo]"},
  {"sender": "Ben", "text": "legend \U0001F602"},
  {"sender": "Aunt Sue", "text": "He says age is just a number"},
  {"sender": "Ben", "text": "ill come and cheer him on"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mum_j", "role": "adult"}, {"id": "kayla", "role": "child"}],
 "messages": [
  {"sender": "mum_j", "text": "Can you keep my friends' kids company at the barbecue on Sunday? Four little ones. I'll give you a tenner"},
  {"sender": "kayla", "text": "only if i get the first burger"},
  {"sender": "mum_j", "text": "Deal \U0001F602"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "ms_grey", "role": "adult"}, {"id": "parent_nadia", "role": "adult"}],
 "messages": [
  {"sender": "ms_grey", "text": "We're looking for Year 10 volunteers to model outfits at the charity fashion show in the school hall on 12 March. Parents are welcome to come and watch; consent form here [link]."},
  {"sender": "parent_nadia", "text": "Zara's keen! Signed form is in her bag."},
  {"sender": "ms_grey", "text": "Wonderful, thank you."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mr_obi", "role": "adult"}, {"id": "callum_p", "role": "child"}],
 "messages": [
  {"sender": "mr_obi", "text": "Callum, can you run this envelope down to reception for me please? It's the trip money."},
  {"sender": "callum_p", "text": "yeah sir"},
  {"sender": "mr_obi", "text": "Straight there and back, thanks."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mum", "text": "Sending \u00a340 to your account Lily - give \u00a320 to your sister, her card hasn't arrived yet"},
  {"sender": "Lily", "text": "ok ill transfer it to her when her card comes"},
  {"sender": "Maya", "text": "thank uuu"}],
 "labels": [], "evasion": False},
]
