[
{"participants": [{"id": "nadia", "role": "child"}, {"id": "talia_starface", "role": "unknown"}],
 "messages": [
  {"sender": "talia_starface", "text": "Hi Nadia! I'm Talia from StarFace Models. We love your Glimmer pics, you've got a really unique look \U0001f60d"},
  {"sender": "nadia", "text": "omg really?? thank u"},
  {"sender": "talia_starface", "text": "Have you ever thought about modelling? We're scouting for a new campaign"},
  {"sender": "nadia", "text": "id love to but idk how"},
  {"sender": "talia_starface", "text": "That's what we're here for! How old are you hun?"},
  {"sender": "nadia", "text": "16, 17 in march"},
  {"sender": "talia_starface", "text": "Perfect, our clients love girls your age. Do you live with your parents?"},
  {"sender": "nadia", "text": "no im in supported lodgings, my host is alright"},
  {"sender": "talia_starface", "text": "Ah so you're pretty independent then. That's great for this job"},
  {"sender": "nadia", "text": "whats the job"},
  {"sender": "talia_starface", "text": "A shoot in Kingsport this weekend, travel and hotel all paid, \u00a3500 for the weekend"},
  {"sender": "nadia", "text": "500!!"},
  {"sender": "talia_starface", "text": "Plus you meet some of our clients. Really important, successful men. They like to take the girls out for dinner after"},
  {"sender": "nadia", "text": "is that normal"},
  {"sender": "talia_starface", "text": "Totally normal in this industry, it's networking. Keep it to yourself though, other girls get jealous and social workers don't understand this world"},
  {"sender": "nadia", "text": "ok"},
  {"sender": "talia_starface", "text": "I'll send a car on Friday. Share your live location with me so the driver can find you"},
  {"sender": "nadia", "text": "[location]"},
  {"sender": "talia_starface", "text": "Perfect. Keep it on all weekend so I always know where you are"},
  {"sender": "nadia", "text": "ok \U0001f60a"},
  {"sender": "talia_starface", "text": "One more thing, the clients pay extra if you're friendly and stay over. You get a cut. Our little secret \U0001f92b"},
  {"sender": "nadia", "text": "um ok i guess"}
 ],
 "labels": ["sex_trafficking", "grooming", "location_control"]},

{"participants": [{"id": "mya", "role": "child"}, {"id": "jay17", "role": "unknown"}],
 "messages": [
  {"sender": "jay17", "text": "morning beautiful \u2600\ufe0f did u sleep ok"},
  {"sender": "mya", "text": "not really, my foster carers were arguing again"},
  {"sender": "jay17", "text": "sorry babe. u know u can always talk to me. they dont care about u like i do, they just get paid for u"},
  {"sender": "mya", "text": "sometimes i think that too"},
  {"sender": "jay17", "text": "im the only one who actually listens. u r so mature for 14"},
  {"sender": "mya", "text": "ur sweet"},
  {"sender": "jay17", "text": "send me a pic of u, just for me. the private kind. ill delete it after, promise"},
  {"sender": "mya", "text": "idk ive never done that"},
  {"sender": "jay17", "text": "its normal when u trust someone. dont tell ur carers about us tho, theyd take ur phone"},
  {"sender": "mya", "text": "ok i wont tell them"}
 ],
 "labels": ["grooming", "sexting"]},

{"messages": [
  {"sender": "Blessed_Bagz", "text": "u tryna get squared this week"},
  {"sender": "Tayo", "text": "wdym"},
  {"sender": "Blessed_Bagz", "text": "u got a card init. i flip some bread thru it, u get a pony for urself"},
  {"sender": "Tayo", "text": "how much bread"},
  {"sender": "Blessed_Bagz", "text": "couple bags land tmrw, u hit the hole in the wall n bring me the paper. ez"},
  {"sender": "Tayo", "text": "my PA checks my statements tho"},
  {"sender": "Blessed_Bagz", "text": "say its from ur cuz for ur bday. send me ur deets after, long num n sort"},
  {"sender": "Tayo", "text": "bet. when do i get the pony"}
 ],
 "labels": ["money_mule"], "evasion": True},

{"messages": [
  {"sender": "Skye", "text": "omg ollie the care kid is in our form now"},
  {"sender": "Harvey", "text": "the one who smells like the home lol"},
  {"sender": "Fern", "text": "his mum didnt even want him \U0001f602"},
  {"sender": "Ollie", "text": "i can see this u know"},
  {"sender": "Skye", "text": "good. wanna be our mate? do the challenge then"},
  {"sender": "Harvey", "text": "set the bins on fire behind the science block and we film it"},
  {"sender": "Ollie", "text": "no"},
  {"sender": "Fern", "text": "then ur a loser forever. no one will ever sit with u"},
  {"sender": "Skye", "text": "everyone do the \U0001f92e when he messages"},
  {"sender": "Harvey", "text": "\U0001f92e"},
  {"sender": "Fern", "text": "\U0001f92e\U0001f92e"}
 ],
 "labels": ["cyberbullying", "harmful_challenge"]},

{"participants": [{"id": "courtney", "role": "child"}, {"id": "landlord_mr_hale", "role": "unknown"}],
 "messages": [
  {"sender": "landlord_mr_hale", "text": "Hi, thanks for your interest in the 1 bed flat on Station Road, Redbrook. \u00a3450pcm, bills included"},
  {"sender": "courtney", "text": "hi is it still available? my PA is helping me look"},
  {"sender": "landlord_mr_hale", "text": "Yes but lots of interest. I'm working abroad so can't do viewings. If you pay the \u00a3600 deposit today I'll post you the keys"},
  {"sender": "courtney", "text": "can i see it first"},
  {"sender": "landlord_mr_hale", "text": "Not possible sorry. Pay through this link to secure it, it's fully protected [link]"},
  {"sender": "courtney", "text": "ok how do i pay"},
  {"sender": "landlord_mr_hale", "text": "Put your card details in on the page and the 6 digit code your bank sends you. Do it in the next hour or it goes to the next person"}
 ],
 "labels": ["scam"]},

{"messages": [
  {"sender": "Leah", "text": "kim someone made a fake glimmer account with my name and my pics"},
  {"sender": "Kim (social worker)", "text": "Oh Leah, I'm sorry. When did you notice?"},
  {"sender": "Leah", "text": "this morning. its called leah_carekid and its posting that im in care and my mums in prison and stuff"},
  {"sender": "Leah", "text": "its messaging people from my school pretending to be me and saying weird stuff"},
  {"sender": "Kim (social worker)", "text": "Can you screenshot it for me? Don't message the account. We'll report it to the platform together and let school know"},
  {"sender": "Leah", "text": "[photo]"},
  {"sender": "Leah", "text": "everyones laughing at me"},
  {"sender": "Kim (social worker)", "text": "That is not ok and it's not your fault. I'll ring you in 10 minutes"}
 ],
 "labels": ["identity_theft", "cyberbullying"]},

{"participants": [{"id": "h1", "role": "child"}, {"id": "h2", "role": "child"}, {"id": "h3", "role": "child"}],
 "messages": [
  {"sender": "h1", "text": "new dare for the house. whoever sets the fire alarm off at 3am and gets all the staff out wins the pot"},
  {"sender": "h2", "text": "lmao whats the pot"},
  {"sender": "h1", "text": "20 each in"},
  {"sender": "h3", "text": "thats gonna get the fire brigade out bro"},
  {"sender": "h1", "text": "thats the point. and u gotta smash the glass on the office door while theyre all outside. film it"},
  {"sender": "h2", "text": "im in"},
  {"sender": "h3", "text": "ur all gonna get arrested"},
  {"sender": "h1", "text": "dont be a snitch. tonight"}
 ],
 "labels": ["harmful_challenge"]},

{"messages": [
  {"sender": "kayz_x_09", "text": "bored at the home on Mill Lane Redbrook \U0001f644 anyone wanna come chill?? [location] add me on zapchat or text 07700 900456 xx"}
 ],
 "labels": ["privacy_disclosure"]},

{"participants": [{"id": "u_watcher", "role": "unknown"}, {"id": "grace", "role": "child"}],
 "messages": [
  {"sender": "u_watcher", "text": "h\u200bey i saw u at the bus st\u200bop near Willowbank"},
  {"sender": "u_watcher", "text": "w\u200bhy u ign\u200boring me"},
  {"sender": "u_watcher", "text": "i know u got my mess\u200bages"},
  {"sender": "grace", "text": "who is this"},
  {"sender": "u_watcher", "text": "ur new fr\u200biend \U0001f609 saw ur pic on glim\u200bmer"},
  {"sender": "grace", "text": "i dont know u leave me alone"},
  {"sender": "u_watcher", "text": "dont be r\u200bude. ill keep add\u200bing u on every acc\u200bount till u talk to me"},
  {"sender": "u_watcher", "text": "[photo]"},
  {"sender": "u_watcher", "text": "thats u outside the sh\u200bop to\u200bday"}
 ],
 "labels": ["unwanted_contact"], "evasion": True},

{"participants": [{"id": "ricky", "role": "unknown"}, {"id": "brandon", "role": "child"}],
 "messages": [
  {"sender": "ricky", "text": "hows my little bro doing"},
  {"sender": "brandon", "text": "alright. staff on my case again"},
  {"sender": "ricky", "text": "they dont get u like i do. who bought u them trainers? who got u the phone? me"},
  {"sender": "brandon", "text": "i know ur a proper mate"},
  {"sender": "ricky", "text": "so i need a small favour. im dropping a bag round tonight, keep it in ur room at the home"},
  {"sender": "brandon", "text": "whats in it"},
  {"sender": "ricky", "text": "dont matter. staff cant search ur room without a reason, safest place there is. u get 50"},
  {"sender": "brandon", "text": "what if they find it"},
  {"sender": "ricky", "text": "they wont. and if they do its urs not mine, understand? dont let me down after everything ive done for u"},
  {"sender": "brandon", "text": "ok"}
 ],
 "labels": ["criminal_exploitation", "grooming"]},

{"messages": [
  {"sender": "Tash", "text": "r u awake"},
  {"sender": "Karen", "text": "I am now love, what's up? x"},
  {"sender": "Tash", "text": "i cant stop thinking about stuff. mum not turning up today"},
  {"sender": "Karen", "text": "Oh sweetheart. That must have really hurt"},
  {"sender": "Tash", "text": "i just want to not exist anymore. like whats the point of me"},
  {"sender": "Karen", "text": "I'm so glad you messaged me. I'm coming to your room now with a hot chocolate. You matter so much to us x"},
  {"sender": "Tash", "text": "ok"}
 ],
 "labels": ["self_harm"]},

{"participants": [{"id": "xman", "role": "unknown"}, {"id": "poppy", "role": "child"}],
 "messages": [
  {"sender": "xman", "text": "hey my favourite girl \U0001f495 did u like the headphones"},
  {"sender": "poppy", "text": "yeh theyre so good thank u"},
  {"sender": "xman", "text": "u deserve nice things. ur foster family only spend money on the little ones"},
  {"sender": "poppy", "text": "ikr"},
  {"sender": "xman", "text": "speaking of them, how old are the younger girls in ur house"},
  {"sender": "poppy", "text": "6 and 8"},
  {"sender": "xman", "text": "can u get me some pics of them when ur carer isnt looking. u know, the private kind. ill send u 30 for each"},
  {"sender": "poppy", "text": "why do u want pics of them"},
  {"sender": "xman", "text": "dont ask, its our secret. delete them off ur phone after u send"}
 ],
 "labels": ["csam", "grooming"]},

{"messages": [
  {"sender": "unknown_8832", "text": "Jade Morgan, Harrowmere High, year 10 right?"},
  {"sender": "Jade", "text": "who are u"},
  {"sender": "unknown_8832", "text": "doesnt matter. ive made some pics of u with an undress app. they look real"},
  {"sender": "unknown_8832", "text": "[photo]"},
  {"sender": "Jade", "text": "thats not me. delete it"},
  {"sender": "unknown_8832", "text": "ur teachers and ur carers wont know that. 100 in gift cards by 9pm or they go to ur whole follower list"},
  {"sender": "Jade", "text": "please im 15"},
  {"sender": "unknown_8832", "text": "8.59 then it goes out"}
 ],
 "labels": ["sextortion", "csam"]},

{"participants": [{"id": "bv_rewards", "role": "unknown"}, {"id": "jake", "role": "child"}],
 "messages": [
  {"sender": "bv_rewards", "text": "C0NGR4TS!! u w0n 10,000 fr33 bl0ckbuck5 1n th3 Bl0ckV3rs3 g1v34w4y \U0001f389"},
  {"sender": "jake", "text": "rly??"},
  {"sender": "bv_rewards", "text": "y3s! ju5t l0g 1n h3r3 t0 cl41m [link]"},
  {"sender": "jake", "text": "it says wrong password"},
  {"sender": "bv_rewards", "text": "s3nd m3 ur us3rn4m3 n p4ssw0rd 4nd 1ll 4dd th3m m4nu4lly"},
  {"sender": "jake", "text": "username jakeb2010 password footy4life"},
  {"sender": "bv_rewards", "text": "n0w th3 c0d3 th4t ju5t c4m3 t0 ur ph0n3"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": True},

{"messages": [
  {"sender": "T", "text": "why is ur dot at the park. i said straight home from college"},
  {"sender": "Marley", "text": "i was getting food"},
  {"sender": "T", "text": "i told u. u dont move unless i say"},
  {"sender": "Marley", "text": "im going back now"},
  {"sender": "T", "text": "keep the tracker app on 24/7. i check it every hour. if it goes dark i send my boys to ur placement"},
  {"sender": "Marley", "text": "ok its on"},
  {"sender": "T", "text": "and send me a selfie with the street sign so i know its u holding the phone"},
  {"sender": "Marley", "text": "[photo]"}
 ],
 "labels": ["location_control"]},

{"participants": [{"id": "sky", "role": "child"}, {"id": "pa_sam", "role": "adult"}],
 "messages": [
  {"sender": "sky", "text": "can i tell u something but u cant tell anyone"},
  {"sender": "pa_sam", "text": "You can tell me anything Sky. I can't promise to keep it secret if you're at risk, but I promise I'll only tell people who can help"},
  {"sender": "sky", "text": "the guy im seeing. hes 27. at weekends he drives me to different houses to see his mates"},
  {"sender": "sky", "text": "they give him money after. he says i owe him cos he pays for my phone and my food"},
  {"sender": "pa_sam", "text": "Thank you for telling me. None of this is your fault. Are you safe right now?"},
  {"sender": "sky", "text": "yeh im at my flat. hes picking me up saturday again"},
  {"sender": "pa_sam", "text": "Ok. I'm coming over now and we'll make a plan together so you don't have to go on Saturday"}
 ],
 "labels": ["sex_trafficking"]},

{"messages": [
  {"sender": "Mum", "text": "casey baby its mum. ive found u on here finally"},
  {"sender": "Casey", "text": "mum?? how did u find me. they said u cant contact me"},
  {"sender": "Mum", "text": "dont listen to them. they took u off me. i miss u every day"},
  {"sender": "Casey", "text": "i miss u 2"},
  {"sender": "Mum", "text": "where are they keeping u now. which school u at"},
  {"sender": "Casey", "text": "im with new carers in Saltmarsh. 14 Harbour Close. i go St Aldric's now"},
  {"sender": "Mum", "text": "ill come and see u. dont tell ur social worker we talk or theyll move u again"},
  {"sender": "Casey", "text": "i wont"}
 ],
 "labels": ["unwanted_contact", "privacy_disclosure"]},

{"messages": [
  {"sender": "Jamal", "text": "ade can i ring u"},
  {"sender": "Ade (youth worker)", "text": "Yes mate, I'm free in 5. All ok?"},
  {"sender": "Jamal", "text": "not really. the lads from Redbrook say i owe them for the stuff that got took off me"},
  {"sender": "Jamal", "text": "they said i gotta do runs for them till its paid or theyll hurt my little brother at his placement"},
  {"sender": "Ade (youth worker)", "text": "Thank you for trusting me with this Jamal. You're not in trouble. Where are you right now?"},
  {"sender": "Jamal", "text": "at the home. they want me at the station tomorrow 7am"},
  {"sender": "Ade (youth worker)", "text": "Ok, stay in tonight. I'm ringing you now, then we'll speak to your social worker and the police together about keeping you and your brother safe"}
 ],
 "labels": ["criminal_exploitation"]},

{"participants": [{"id": "ethan", "role": "child"}, {"id": "vortex", "role": "unknown"}],
 "messages": [
  {"sender": "vortex", "text": "yo ur decent at this for a newbie"},
  {"sender": "ethan", "text": "ty been playing since christmas"},
  {"sender": "vortex", "text": "how old r u? u sound young on the mic lol"},
  {"sender": "ethan", "text": "13"},
  {"sender": "vortex", "text": "ahh nice, im 17. ur way better than my mates"},
  {"sender": "ethan", "text": "haha"},
  {"sender": "vortex", "text": "who do u play with normally"},
  {"sender": "ethan", "text": "no one really, the other kids at the home play football not games"},
  {"sender": "vortex", "text": "home?"},
  {"sender": "ethan", "text": "childrens home. its fine"},
  {"sender": "vortex", "text": "damn bro. staff proper strict?"},
  {"sender": "ethan", "text": "they turn the wifi off at 10"},
  {"sender": "vortex", "text": "thats rough. they dont really care about u tho, its just a job to them. i actually wanna play with u"},
  {"sender": "ethan", "text": "true"},
  {"sender": "vortex", "text": "ill send u a 20 quid gift card so u can get the battle pass"},
  {"sender": "ethan", "text": "fr?? thank u so much"},
  {"sender": "vortex", "text": "dont tell staff i sent it, theyll think its weird and take ur console. lets talk on whisprr instead, no one checks that"},
  {"sender": "ethan", "text": "ok whats ur name on there"}
 ],
 "labels": ["grooming"]},

{"participants": [{"id": "tia_b", "role": "child"}, {"id": "friend_kels", "role": "unknown"}],
 "messages": [
  {"sender": "friend_kels", "text": "babe u still need money for the flat stuff"},
  {"sender": "tia_b", "text": "always lol the grant doesnt cover everything"},
  {"sender": "friend_kels", "text": "my uncle needs to move some money for his business, hell give u 300 to let it go through ur account"},
  {"sender": "tia_b", "text": "is that allowed"},
  {"sender": "friend_kels", "text": "its just a transfer in and then u send it out to his other account, nothing dodgy"},
  {"sender": "tia_b", "text": "ok what do u need"},
  {"sender": "friend_kels", "text": "sort code, account number and the name on it"},
  {"sender": "tia_b", "text": "Northgate Savings, 40-11-62, 90871234, Tia Barnes"},
  {"sender": "friend_kels", "text": "perfect. 2000 lands tmrw, keep ur 300 and send the rest where i say straight away"}
 ],
 "labels": ["money_mule", "privacy_disclosure"]},

{"messages": [
  {"sender": "mike_17", "text": "yοu lοοk sο gοοd in yοur stοry"},
  {"sender": "Lily", "text": "haha thanks"},
  {"sender": "mike_17", "text": "cαn i hανe α ρic? the ρrιναte kind. just fοr me"},
  {"sender": "Lily", "text": "um idk"},
  {"sender": "mike_17", "text": "ρleαse, ill delete it strαight αfter"},
  {"sender": "Lily", "text": "[photo]"},
  {"sender": "mike_17", "text": "nοw send 3 mοre οr thαt οne gοes tο yοur schοοl grοuρ αnd yοur cαrers"},
  {"sender": "Lily", "text": "u said u would delete it"},
  {"sender": "mike_17", "text": "Ι lied. yοu hανe till midnight"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": True},

{"participants": [{"id": "kw_leon", "role": "adult"}, {"id": "zain", "role": "child"}],
 "messages": [
  {"sender": "kw_leon", "text": "Hi Zain, for our session today I want to do a quick what-would-you-do. Ready?"},
  {"sender": "zain", "text": "go on"},
  {"sender": "kw_leon", "text": "Someone at the park offers you \u00a3500 to take a bag to the seaside on the train. What do you do?"},
  {"sender": "zain", "text": "say no obviously. thats county lines"},
  {"sender": "kw_leon", "text": "Spot on. What if it's someone you know, who's bought you stuff before?"},
  {"sender": "zain", "text": "harder. id probably feel like i owed them"},
  {"sender": "kw_leon", "text": "That's exactly how they hook people. The 'debt' is made up. You can always come to me or any staff, no matter what"},
  {"sender": "zain", "text": "ye i know"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "pa_sam", "role": "adult"}, {"id": "kayleigh", "role": "child"}],
 "messages": [
  {"sender": "pa_sam", "text": "Morning Kayleigh! Big week, keys to the flat on Friday \U0001f389"},
  {"sender": "kayleigh", "text": "omg i cant believe it"},
  {"sender": "pa_sam", "text": "Before then we need to sort gas, electric and council tax. Got 10 mins?"},
  {"sender": "kayleigh", "text": "yeh"},
  {"sender": "pa_sam", "text": "Gas and electric are with Brightwatt. When you move in, take a photo of both meter readings and send them to me"},
  {"sender": "kayleigh", "text": "why do u need them"},
  {"sender": "pa_sam", "text": "So you're only billed from the day you move in, not for the last tenant. I'll help you put them on the Brightwatt app"},
  {"sender": "kayleigh", "text": "ok"},
  {"sender": "pa_sam", "text": "Council tax: care leavers in Ashby Vale are exempt until 25, I'll send the form. You just sign it"},
  {"sender": "kayleigh", "text": "yesss"},
  {"sender": "pa_sam", "text": "TV licence you do need to pay, about \u00a314 a month by direct debit. We'll set that up together on your bank app"},
  {"sender": "kayleigh", "text": "do i have to give them my bank details"},
  {"sender": "pa_sam", "text": "Yes, but only on the official site and only when we're doing it together. Never to anyone who texts or rings you out of the blue"},
  {"sender": "kayleigh", "text": "got it"},
  {"sender": "pa_sam", "text": "Last thing, the setting up home grant. Send me the quotes for the bed and sofa and I'll pay the shops directly"},
  {"sender": "kayleigh", "text": "[photo]"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Rachel (SW)", "text": "Hi Kian, just confirming the move to your new carers Pat and Steve is this Friday. I'll pick you up at 3"},
  {"sender": "Kian", "text": "do i have to"},
  {"sender": "Rachel (SW)", "text": "I know it's hard. You'll still be at the same school and you can still see your mates"},
  {"sender": "Kian", "text": "can i tell people where im living"},
  {"sender": "Rachel (SW)", "text": "Close friends can know the area, but please don't post the address or tag the house online. It's about keeping you safe, not about secrets"},
  {"sender": "Kian", "text": "ok fair"},
  {"sender": "Rachel (SW)", "text": "And Pat says there's a dog \U0001f436"},
  {"sender": "Kian", "text": "wait fr"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "sw_priya", "role": "adult"}, {"id": "dsl_mr_okafor", "role": "adult"}, {"id": "iro_jan", "role": "adult"}],
 "messages": [
  {"sender": "sw_priya", "text": "Hi both, I'm making a MASH referral today about one of my young people: new phone, an older male picking her up, missing twice this month"},
  {"sender": "dsl_mr_okafor", "text": "School have seen the same car at the gates. I'll send my log over"},
  {"sender": "iro_jan", "text": "Please consider an exploitation risk assessment and a strategy meeting before her review"},
  {"sender": "sw_priya", "text": "Will do. I'll also ask police to check the car reg"},
  {"sender": "dsl_mr_okafor", "text": "Thanks. She's in lessons today and seems ok"},
  {"sender": "iro_jan", "text": "Good. Let's keep her at the centre of this, she needs to hear it's not her fault"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Willowbank Staff", "text": "Reminder everyone \U0001f49b If anyone you don't know well offers you lifts, phones, money or gifts, or asks you to keep secrets from staff, please tell one of us. You won't be in trouble."},
  {"sender": "Bex", "text": "is this about the car outside yesterday"},
  {"sender": "Willowbank Staff", "text": "It's a general reminder Bex, but if you want to chat about anything come find me"},
  {"sender": "Tom", "text": "what if its ur mate"},
  {"sender": "Willowbank Staff", "text": "Good question Tom. Even mates. If it feels off, it probably is"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "carer_bev", "role": "adult"}, {"id": "lacey", "role": "child"}, {"id": "jordan_p", "role": "child"}],
 "messages": [
  {"sender": "carer_bev", "text": "Right you two, theme park rules: stay together, phones charged, and keep your location shared with me till 6 please"},
  {"sender": "lacey", "text": "ugh ok"},
  {"sender": "jordan_p", "text": "can we go on the big one first"},
  {"sender": "carer_bev", "text": "Yes! Meet at the cafe at 1 for lunch"},
  {"sender": "lacey", "text": "[location]"},
  {"sender": "carer_bev", "text": "Perfect, I can see you both. Have fun \U0001f3a2"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Mo", "text": "its Jay's birthday tmrw. lets get him a cake"},
  {"sender": "Lola", "text": "yesss. dont tell him its a secret"},
  {"sender": "Tyler", "text": "ill keep him busy in the kitchen"},
  {"sender": "Mo", "text": "sandra said she'll chip in"},
  {"sender": "Lola", "text": "keep ur mouth shut tyler u always blab"},
  {"sender": "Tyler", "text": "ill take it to my grave"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "shannon", "role": "child"}, {"id": "pa_nat", "role": "adult"}],
 "messages": [
  {"sender": "shannon", "text": "someone on glimmer offered me 300 just to let money go through my account. sounds too good"},
  {"sender": "pa_nat", "text": "Thank you for checking with me. That's called money muling and it's a crime, even if you only keep a bit. Your account can get closed and it can stop you getting a phone contract or mortgage later"},
  {"sender": "shannon", "text": "omg ok i didnt reply"},
  {"sender": "pa_nat", "text": "Good. Block and report the account, don't send any details"},
  {"sender": "shannon", "text": "done, blocked"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Jordan", "text": "[photo]"},
  {"sender": "Jordan", "text": "got this text saying my benefits are suspended and i need to click the link and put my bank details in. is it real"},
  {"sender": "Sam (PA)", "text": "Nope, that's a scam. The real ones never send links like that. Don't click, just delete it"},
  {"sender": "Jordan", "text": "deleted. fr some ppl are evil"},
  {"sender": "Sam (PA)", "text": "Good instincts checking \U0001f44d"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "sw_kim", "role": "adult"}, {"id": "ella", "role": "child"}],
 "messages": [
  {"sender": "sw_kim", "text": "Hi Ella, your dad's letter has come through the letterbox scheme. Would you like me to bring it on Thursday?"},
  {"sender": "ella", "text": "yeh. did he send a photo"},
  {"sender": "sw_kim", "text": "He did, one of your old dog Biscuit \U0001f415"},
  {"sender": "ella", "text": "omg. can i write back"},
  {"sender": "sw_kim", "text": "Of course. Write whatever you like, just no address, school or phone number, and I'll send it through the scheme"},
  {"sender": "ella", "text": "ok ill do it tonight"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Kerys", "text": "WHO TOOK MY CHARGER"},
  {"sender": "Bex", "text": "not me"},
  {"sender": "Kerys", "text": "bex its literally plugged in by ur bed i can see it from the door"},
  {"sender": "Bex", "text": "oh that one"},
  {"sender": "Kerys", "text": "i will actually kill u"},
  {"sender": "Bex", "text": "\U0001f607 ill give it back after my episode"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "macy_sib", "role": "child"}, {"id": "reuben_sib", "role": "child"}],
 "messages": [
  {"sender": "macy_sib", "text": "kai's bday is at contact saturday. i got him the football top"},
  {"sender": "reuben_sib", "text": "nice. i made a card. dont tell him"},
  {"sender": "macy_sib", "text": "i wont. maria said we can get cake from the centre"},
  {"sender": "reuben_sib", "text": "its gonna be class. miss u"},
  {"sender": "macy_sib", "text": "miss u 2. 3 more days"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "aisha_k", "role": "child"}, {"id": "kw_dev", "role": "adult"}],
 "messages": [
  {"sender": "aisha_k", "text": "a man in a white car stopped by me outside college and said he'd give me a lift home"},
  {"sender": "aisha_k", "text": "i said no and walked straight back in and told reception"},
  {"sender": "kw_dev", "text": "Well done Aisha, that was exactly the right thing to do. Are you ok?"},
  {"sender": "aisha_k", "text": "yeh just bit shook"},
  {"sender": "kw_dev", "text": "I'll pick you up today. Did reception get the reg?"},
  {"sender": "aisha_k", "text": "yeh they took it and rang the police"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Ashby Vale Care Leavers Group", "text": "It's mental health awareness week \U0001f49a If you ever feel like you don't want to be here, or you're thinking about hurting yourself, please talk to your PA or GP, or ring the crisis line on the back of your leaving care card. Any time, day or night."},
  {"sender": "Reece", "text": "thanks for posting this. last year was rough for me, the group really helped"},
  {"sender": "Ashby Vale Care Leavers Group", "text": "So glad to hear that Reece. Drop-in is Thursdays 4-6 at the hub, pizza provided"}
 ],
 "labels": [], "hard_negative": True},

{"participants": [{"id": "carer_linda", "role": "adult"}, {"id": "jade_w", "role": "child"}],
 "messages": [
  {"sender": "carer_linda", "text": "Hey Jade, I noticed a new phone on the side. Where did that come from love? Not cross, just asking"},
  {"sender": "jade_w", "text": "its from the leaving care team. sam gave it me for my college course"},
  {"sender": "carer_linda", "text": "Ah brilliant, that's fine then. Did he set it up with you?"},
  {"sender": "jade_w", "text": "yeh he turned the kid settings off cos im nearly 18 lol"},
  {"sender": "carer_linda", "text": "Fair enough! I'll mention it to Sam at the review so it's on your plan"},
  {"sender": "jade_w", "text": "ok"}
 ],
 "labels": [], "hard_negative": True},

{"messages": [
  {"sender": "Redbrook Driving School", "text": "Hi Kayleigh, your driving lesson is confirmed for Thursday 4pm, pick up from your flat. See you then! Gary"}
 ],
 "labels": []},

{"messages": [
  {"sender": "Coach Dean", "text": "Evening all, U16 training moved to 5.30 tomorrow because of the pitch. Same place"},
  {"sender": "Jan (Leon's carer)", "text": "Thanks Dean, I'll drop him at 5.15"},
  {"sender": "Coach Dean", "text": "Cheers Jan. Shin pads please, a few forgot last week"},
  {"sender": "Jan (Leon's carer)", "text": "Will remind him \U0001f602"}
 ],
 "labels": []},

{"participants": [{"id": "carer_bev", "role": "adult"}, {"id": "lacey", "role": "child"}],
 "messages": [
  {"sender": "carer_bev", "text": "Lacey are you passing the shop? Need milk, bread and washing up liquid"},
  {"sender": "lacey", "text": "yeh can i get crisps"},
  {"sender": "carer_bev", "text": "Go on then. One bag!"},
  {"sender": "lacey", "text": "got it. they had no semi skimmed so i got the green one"},
  {"sender": "carer_bev", "text": "That's fine, thanks love"}
 ],
 "labels": []},

{"messages": [
  {"sender": "Kian", "text": "what time is the bus to college on saturdays"},
  {"sender": "Mo", "text": "the 42 goes at 8.10 and 9.10 i think"},
  {"sender": "Kian", "text": "ugh so early"},
  {"sender": "Mo", "text": "get the 9.10 and ur still on time for the 10 o clock"},
  {"sender": "Kian", "text": "safe"}
 ],
 "labels": []}
]
