[
# ---- positives ----
{"participants": [{"id": "freya.m", "role": "child"}, {"id": "dan_live", "role": "unknown"}],
 "messages": [
  {"sender": "dan_live", "text": "remember that video call last week? I screen recorded it"},
  {"sender": "freya.m", "text": "you said you didn't"},
  {"sender": "dan_live", "text": "I lied. now you do what I say on the next call or the recording goes to your school's confessions page and every name on your followers list"},
  {"sender": "freya.m", "text": "please I'm 14 just delete it"},
  {"sender": "dan_live", "text": "9pm tonight. camera on. and don't even think about telling your parents, I'll know"}
 ],
 "labels": ["sextortion"], "evasion": False},

{"messages": [
  {"sender": "blaze_kid", "text": "gg chat that was insane"},
  {"sender": "FREE_VOX_COINS_OFFICIAL", "text": "\U0001f389 VORTEX ARENA 10th birthday giveaway! first 50 viewers get 10,000 Vox coins FREE, log in here [link] with ur username + password to claim \U0001f389"},
  {"sender": "harv.11", "text": "is that real??"},
  {"sender": "FREE_VOX_COINS_OFFICIAL", "text": "100% real, official. also put in ur parent's card for the age check, u won't be charged"},
  {"sender": "mia2012", "text": "I did it!! where's my coins"},
  {"sender": "FREE_VOX_COINS_OFFICIAL", "text": "processing, 24hrs. tell ur friends"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False},

{"participants": [{"id": "kai.sells", "role": "child"}, {"id": "Sheila_Buys", "role": "unknown"}],
 "messages": [
  {"sender": "Sheila_Buys", "text": "Hi, I'd like to buy your headphones for the full price \u00a330. I have paid via SwapsySafe Delivery, my courier will collect."},
  {"sender": "kai.sells", "text": "oh ok cool"},
  {"sender": "Sheila_Buys", "text": "To receive the money you must confirm at this link [link] and enter your card number, expiry and the 3 digits on the back. It's Swapsy's new system."},
  {"sender": "kai.sells", "text": "I've only got my debit card from Skylark, is that ok"},
  {"sender": "Sheila_Buys", "text": "Yes that is fine. Please do it quickly, the payment expires in 30 minutes"}
 ],
 "labels": ["scam"], "evasion": False},

{"messages": [
  {"sender": "nadia", "text": "guys someone made an account called nadia.k_official with all my pics and my full name"},
  {"sender": "priya.s", "text": "omg yes it followed me this morning, I thought it was ur new one"},
  {"sender": "nadia", "text": "it's NOT me. it's messaging people asking them to send money for my 'phone'"},
  {"sender": "priya.s", "text": "[photo] it sent me this: 'hey babe its nadia, lost my phone, can u send \u00a320 to this account ill pay u back'"},
  {"sender": "nadia", "text": "I'm literally crying, my mum's reporting it now"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False},

{"participants": [{"id": "jordan_15", "role": "child"}, {"id": "SwiftDrop Logistics", "role": "unknown"}],
 "messages": [
  {"sender": "SwiftDrop Logistics", "text": "Hi Jordan, thank you for your interest in our Youth Courier position. We welcome applicants aged 14+ and pay \u00a3120 cash per day, no bank account needed."},
  {"sender": "jordan_15", "text": "what do I have to do"},
  {"sender": "SwiftDrop Logistics", "text": "Collect small sealed parcels from addresses we text you and deliver them to other addresses. A work phone is provided. The role requires discretion: no questions about contents and no discussing the job with anyone, including family."},
  {"sender": "jordan_15", "text": "do I get a contract"},
  {"sender": "SwiftDrop Logistics", "text": "Not for trial shifts. You must keep live location sharing on with our dispatcher at all times while working and answer the work phone within 2 rings. Missed check-ins are deducted from pay."},
  {"sender": "jordan_15", "text": "ok when do I start"},
  {"sender": "SwiftDrop Logistics", "text": "Saturday. Be at Kelsford station for 7am. Tell your parents it is a paper round."}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

{"messages": [
  {"sender": "flipking_official", "text": "\U0001f4b8 turn \u00a350 into \u00a3500 in 1 hour, guaranteed, DM me \U0001f4b8"},
  {"sender": "liam.t", "text": "how does it work"},
  {"sender": "flipking_official", "text": "simple bro, u send me ur sort code n account number, money lands in ur account from my investors, u send it on to my other account minus ur cut"},
  {"sender": "liam.t", "text": "I'm only 15 does that matter"},
  {"sender": "flipking_official", "text": "nah better actually, young accounts don't get flagged. first u send me \u00a350 to 'unlock' it. just dont tell ur parents till the money's in"},
  {"sender": "liam.t", "text": "ok what's the first step"}
 ],
 "labels": ["money_mule", "scam"], "evasion": False},

{"messages": [
  {"sender": "tyler_streams", "text": "ok chat what should I do for the 1k follower special"},
  {"sender": "z3ro", "text": "do the pass out one everyone's doing on Clipz"},
  {"sender": "bigmike", "text": "YES the pass out challenge, do it live"},
  {"sender": "tyler_streams", "text": "idk my mum would kill me"},
  {"sender": "z3ro", "text": "ur 14 not 4 lol, everyone at my school's done it"},
  {"sender": "bigmike", "text": "20 gifts if u do it live rn"},
  {"sender": "ana", "text": "guys no that's actually dangerous"},
  {"sender": "z3ro", "text": "ignore her, do it or ur a fake streamer"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "sg.fan.ruby", "text": "WHO ELSE IS GOING TO CORVID ARENA TMRW"},
  {"sender": "harri", "text": "meeee"},
  {"sender": "sg.fan.ruby", "text": "I'm gonna be outside the stage door from 4 with a pink sign, I'm 13 and my mum's dropping me so come say hi!! text me on 07700 900412 if u wanna meet up"},
  {"sender": "corvid_crew", "text": "I'll be there too! coming down from Tarnbridge"},
  {"sender": "sg.fan.ruby", "text": "yay text me!! I live like 5 mins away on Quarry Lane lol"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

{"participants": [{"id": "maddie", "role": "child"}, {"id": "Stevo_41", "role": "unknown"}],
 "messages": [
  {"sender": "Stevo_41", "text": "hey cutie, saw u on MeetNest nearby"},
  {"sender": "maddie", "text": "hi sorry I think the app put me in the wrong age group, I'm 13, I'm deleting it"},
  {"sender": "Stevo_41", "text": "doesn't bother me"},
  {"sender": "maddie", "text": "please don't message me"},
  {"sender": "Stevo_41", "text": "why so rude"},
  {"sender": "Stevo_41", "text": "answer"},
  {"sender": "Stevo_41", "text": "I can see ur 0.8 miles away"},
  {"sender": "Stevo_41", "text": "I'll just make another account then. u can't block me forever"},
  {"sender": "Stevo_41", "text": "[photo]"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

{"participants": [{"id": "shan", "role": "child"}, {"id": "Kane", "role": "adult"}],
 "messages": [
  {"sender": "Kane", "text": "there's a party at my mate's flat friday, proper one. older lads, free vapes and drink"},
  {"sender": "shan", "text": "who's going"},
  {"sender": "Kane", "text": "just a few of the boys. they'll give u and ur mate \u00a350 each just for coming and being nice to them. u know what I mean"},
  {"sender": "shan", "text": "what do u mean nice"},
  {"sender": "Kane", "text": "just chill, do what they ask. ur 15 not a kid. bring ur friend Leah, they liked her pic"},
  {"sender": "Kane", "text": "I'll get u a taxi. tell ur mums ur sleeping at each other's"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"messages": [
  {"sender": "qwerty1", "text": "anyone got cheese pizza? fresh not the old stuff"},
  {"sender": "n0name", "text": "depends. what u swapping"},
  {"sender": "qwerty1", "text": "got a y-o-u-n-g folder, 12-14 range. link for link"},
  {"sender": "vaultkeeper", "text": "not here idiots, mods read this. Kwik only. DM me the link"},
  {"sender": "n0name", "text": "\U0001f355 for \U0001f355 then, moving to kwik"}
 ],
 "labels": ["csam"], "evasion": True},

{"participants": [{"id": "Mikey", "role": "child"}, {"id": "Z", "role": "unknown"}],
 "messages": [
  {"sender": "Z", "text": "where r u"},
  {"sender": "Mikey", "text": "home"},
  {"sender": "Z", "text": "send ur live loc NOW"},
  {"sender": "Z", "text": "why's it off"},
  {"sender": "Mikey", "text": "my phone died sorry I was charging it"},
  {"sender": "Z", "text": "5 mins. live loc on. and it stays on till I say. the runners who go dark get found"},
  {"sender": "Mikey", "text": "ok it's on"},
  {"sender": "Z", "text": "good. be at the garages in 20. u know the drop"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

{"messages": [
  {"sender": "Lexi", "text": "has anyone seen Harvey's PE video \ud83d\ude2d\ud83d\ude2d"},
  {"sender": "Mason", "text": "I've watched it 20 times he runs like a penguin"},
  {"sender": "Chloe", "text": "put it on the year 9 page lol"},
  {"sender": "Lexi", "text": "posted \ud83d\udc80 already 200 views"},
  {"sender": "Harvey", "text": "can u take it down please"},
  {"sender": "Mason", "text": "no. and don't sit with us tmrw either"},
  {"sender": "Chloe", "text": "nobody likes u harvey, that's just facts"},
  {"sender": "Harvey", "text": "fine. maybe I should just disappear then. nobody would even care"},
  {"sender": "Ines", "text": "guys stop, this is too far"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

{"participants": [{"id": "isla.j", "role": "child"}, {"id": "anon", "role": "unknown"}],
 "messages": [
  {"sender": "anon", "text": "ur s\u03bf pretty for 13"},
  {"sender": "anon", "text": "seriously prettier than girls my age"},
  {"sender": "isla.j", "text": "who is this lol"},
  {"sender": "anon", "text": "s\u03bfme\u043ene wh\u043e actually gets u. add me \u043en Kw\u0456k, username is quiet.one"},
  {"sender": "anon", "text": "d\u03bfn't tell \u0430nyone u talk to me, it's \u043eur s\u0435cr\u0435t"},
  {"sender": "anon", "text": "I'll send u a \u00a320 gift c\u0430rd if u add me t\u03bfnight"},
  {"sender": "anon", "text": "why aren't u answering. I've sent 30 of these"},
  {"sender": "isla.j", "text": "stop messaging me"},
  {"sender": "anon", "text": "I'll keep sending until u add me"}
 ],
 "labels": ["grooming", "unwanted_contact"], "evasion": True},

{"participants": [{"id": "tia", "role": "child"}, {"id": "rik_m", "role": "unknown"}],
 "messages": [
  {"sender": "rik_m", "text": "hey"},
  {"sender": "rik_m", "text": "[photo]"},
  {"sender": "tia", "text": "what is that?? I don't know you"},
  {"sender": "rik_m", "text": "ur turn. send one back, the private kind"},
  {"sender": "tia", "text": "I'm 14 leave me alone"},
  {"sender": "rik_m", "text": "send one and I'll stop \ud83d\ude09"}
 ],
 "labels": ["unwanted_contact", "sexting"], "evasion": False},

{"messages": [
  {"sender": "v3ra_x", "text": "i have ur p i c s"},
  {"sender": "v3ra_x", "text": "p a y  \u00a3 1 5 0  o r  e v e r y o n e  s e e s"},
  {"sender": "oscar", "text": "what pics I never sent u anything"},
  {"sender": "v3ra_x", "text": "th3 0n3s fr0m s4turd4y. ur s c h o o l  g r o u p  gets them first"},
  {"sender": "v3ra_x", "text": "s t 0 r e c @ r d codes only. 2 hrs"}
 ],
 "labels": ["sextortion"], "evasion": True},

{"messages": [
  {"sender": "mason_w", "text": "someone run Ruby M's pic thru the n*dify app lol"},
  {"sender": "jj", "text": "the und-r3ss one? lmaooo"},
  {"sender": "tobi", "text": "nah that's weird she's 13 bro"},
  {"sender": "mason_w", "text": "it's a joke. jj u got the app. [photo] her pic from the netball team post"},
  {"sender": "jj", "text": "gimme 5 mins, ill drop it in here when it's d0ne"}
 ],
 "labels": ["csam"], "evasion": True},

{"participants": [{"id": "grace_plays", "role": "child"}, {"id": "Rico_VA", "role": "adult"}],
 "messages": [
  {"sender": "Rico_VA", "text": "gg grace you're actually class at this"},
  {"sender": "grace_plays", "text": "thanks!!"},
  {"sender": "Rico_VA", "text": "how old r u again? 15?"},
  {"sender": "grace_plays", "text": "15 in march"},
  {"sender": "Rico_VA", "text": "nice. my mate runs a hostess thing in Tarnbridge, weekend work, you'd stay at his flat, \u00a3500 cash. you just have to be friendly to his guests"},
  {"sender": "grace_plays", "text": "what guests"},
  {"sender": "Rico_VA", "text": "business men, older guys. they pay for company, easy money. you'd love it"},
  {"sender": "Rico_VA", "text": "tell your parents it's a sleepover at a friend's. and keep this between us, you're the only one I'd trust with it"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"messages": [
  {"sender": "finn_sings", "text": "ok this is my first ever cover, be nice haha"},
  {"sender": "rat1o", "text": "ur voice makes me want to bleach my ears"},
  {"sender": "cringe_watch", "text": "everyone clip this \ud83d\ude02 sending it to the Hollins group chat"},
  {"sender": "k4ty", "text": "ugly AND can't sing, unlucky"},
  {"sender": "rat1o", "text": "log off forever loser. nobody asked"},
  {"sender": "cringe_watch", "text": "spam \ud83e\udd21 in chat everyone"},
  {"sender": "lou", "text": "\ud83e\udd21\ud83e\udd21\ud83e\udd21\ud83e\udd21"},
  {"sender": "finn_sings", "text": "I'm ending the stream"}
 ],
 "labels": ["cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "work_phone", "text": "u tryna make \U0001f4b7 this wknd? need a new \U0001f3c3 on the Kelsford line"},
  {"sender": "Dre", "text": "maybe. doing what"},
  {"sender": "work_phone", "text": "\u2744\ufe0f n \U0001f343 drops. 8 addresses. u get the \U0001f392 from Tee at the chicken shop"},
  {"sender": "Dre", "text": "I'm 14 tho is that a problem"},
  {"sender": "work_phone", "text": "better. feds dont stop lil mans. \U0001f4b7\U0001f4b7 friday"},
  {"sender": "work_phone", "text": "\u274c\U0001f4f1 dont tell no1, delete this. only use the \u260e\ufe0f I give u"}
 ],
 "labels": ["criminal_exploitation"], "evasion": True},

{"participants": [{"id": "ethan.r", "role": "child"}, {"id": "Nexora Payments Ltd", "role": "unknown"}],
 "messages": [
  {"sender": "Nexora Payments Ltd", "text": "Dear Ethan, congratulations on being shortlisted for our Remote Payment Processing Assistant role. This flexible position suits students aged 16+."},
  {"sender": "ethan.r", "text": "thanks, what does it involve?"},
  {"sender": "Nexora Payments Ltd", "text": "You will receive client payments into your personal bank account and transfer them to our partners within 1 hour, keeping 15% commission. No experience required."},
  {"sender": "ethan.r", "text": "sounds easy. I'm 16 next month is that ok"},
  {"sender": "Nexora Payments Ltd", "text": "That is acceptable. Please reply with your full name, bank name, sort code and account number."},
  {"sender": "ethan.r", "text": "Ethan Rowe, Skylark Bank, 00-14-92, 00483915"},
  {"sender": "Nexora Payments Ltd", "text": "Thank you. Your first transfer of \u00a32,400 will arrive tonight."}
 ],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "Bossman", "text": "download Findr and log in with the account I sent u"},
  {"sender": "Lewi", "text": "what's it for"},
  {"sender": "Bossman", "text": "so I see where u r. all my youngers have it. 24/7"},
  {"sender": "Lewi", "text": "my mum will see it on my phone"},
  {"sender": "Bossman", "text": "hide it in a folder. u delete it, I'll know, and u know what happens to people who go missing on me"},
  {"sender": "Bossman", "text": "tomorrow u do the Tarnbridge run. I'll be watching the dot the whole way"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

{"participants": [{"id": "amelia_sells", "role": "child"}, {"id": "Colin_B", "role": "unknown"}],
 "messages": [
  {"sender": "Colin_B", "text": "Hi, can I collect the dollhouse this week?"},
  {"sender": "amelia_sells", "text": "yes! collection only, 14 Wrenfield Close, Kelsford"},
  {"sender": "amelia_sells", "text": "I'm always home by myself after school from 3:30 til my mum gets back at 6 so come then"},
  {"sender": "Colin_B", "text": "Great, I'll come Wednesday at 4."}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# ---- clean (hard negatives) ----
{"messages": [
  {"sender": "Bella", "text": "sharing my location with u till I get home from Jess's party ok"},
  {"sender": "Fern", "text": "ok I can see u, ur by the chip shop"},
  {"sender": "Bella", "text": "yep walking with Amy"},
  {"sender": "Fern", "text": "text me when ur in"},
  {"sender": "Bella", "text": "home! turning it off now x"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "noah", "role": "child"}, {"id": "Dad", "role": "adult"}],
 "messages": [
  {"sender": "Dad", "text": "Where are you? Dinner's in 10"},
  {"sender": "noah", "text": "at Ollie's, lost track of time"},
  {"sender": "Dad", "text": "Can you share your location so I know which Ollie? \ud83d\ude02 I'll pick you up"},
  {"sender": "noah", "text": "[location] the one on Elm Street"},
  {"sender": "Dad", "text": "Coming now, be outside in 5"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Auntie Jo", "role": "adult"}, {"id": "Kit", "role": "child"}, {"id": "Dom", "role": "child"}],
 "messages": [
  {"sender": "Auntie Jo", "text": "Right, Mum's 40th surprise party: DON'T tell her anything, keep it secret!!"},
  {"sender": "Kit", "text": "my lips are sealed \ud83e\udd10"},
  {"sender": "Dom", "text": "what time do we have to be at the hall"},
  {"sender": "Auntie Jo", "text": "6:30 sharp. Delete this chat if she ever borrows your phone lol"},
  {"sender": "Kit", "text": "haha she always does. deleting after"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Sami", "role": "child"}, {"id": "Luca", "role": "child"}],
 "messages": [
  {"sender": "Sami", "text": "send me a pic of the maths homework sheet pls I left mine in my locker"},
  {"sender": "Luca", "text": "[photo] here. q5 is impossible"},
  {"sender": "Sami", "text": "ur a legend. I'll copy the questions and delete it"},
  {"sender": "Luca", "text": "lol see u tmrw"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Mia", "role": "child"}, {"id": "Jas", "role": "child"}, {"id": "Ezra", "role": "child"}],
 "messages": [
  {"sender": "Mia", "text": "that assembly about sextortion was actually scary"},
  {"sender": "Jas", "text": "ye the bit where the guy pretended to be a girl and then said 'pay or I send the pics to ur friends'"},
  {"sender": "Ezra", "text": "the police lady said never pay, just tell an adult and report it"},
  {"sender": "Mia", "text": "and that it's never your fault. I'm gonna tell my little brother"},
  {"sender": "Jas", "text": "same he's always on Pingo"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Deano_FC", "text": "Kelsford Rovers are DEAD. relegated. cry about it"},
  {"sender": "Rav", "text": "we'll smash you 4-0 at home saturday watch"},
  {"sender": "Tommo", "text": "your keeper is a wardrobe with gloves on \ud83d\ude02"},
  {"sender": "Rav", "text": "at least we've got a keeper lmao"},
  {"sender": "Deano_FC", "text": "see u in the playground monday, bring tissues"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ivy", "text": "truth or dare round 2!!"},
  {"sender": "Marcus", "text": "dare"},
  {"sender": "Ivy", "text": "wear ur dinosaur onesie to the chippy and order in a posh accent"},
  {"sender": "Marcus", "text": "done \ud83d\ude02 filming it"},
  {"sender": "Leo", "text": "I dare Ivy to eat a spoon of marmite"},
  {"sender": "Ivy", "text": "NOOO ok fine"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Tash", "text": "this chemistry revision is actually killing me"},
  {"sender": "Rosa", "text": "same I'm literally dead. my brain has left"},
  {"sender": "Tash", "text": "if mr hall sets one more past paper I'm moving to the moon"},
  {"sender": "Rosa", "text": "lol pizza break then round 2?"},
  {"sender": "Tash", "text": "deal"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "ms_okafor", "role": "adult"}, {"id": "kayden", "role": "child"}],
 "messages": [
  {"sender": "ms_okafor", "text": "Thanks for coming to see me, Kayden. I ask everyone this in our online safety check-ins: has anyone online ever asked you to keep a secret, send pictures, or meet up?"},
  {"sender": "kayden", "text": "no not really. just people asking to team up in Vortex which is normal"},
  {"sender": "ms_okafor", "text": "That's good to hear. If anyone ever did, what would you do?"},
  {"sender": "kayden", "text": "screenshot it and tell you or my mum"},
  {"sender": "ms_okafor", "text": "Perfect. And you'd never be in trouble for telling."}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "gm_blake", "text": "[City RP] bank heist tonight 8pm server time, everyone bring your character's gear"},
  {"sender": "ricoRP", "text": "my guy's driving the getaway car again \ud83d\ude0e"},
  {"sender": "nina_rp", "text": "I'll be the inside woman at the bank desk. OOC: is the police faction online tonight?"},
  {"sender": "gm_blake", "text": "yep 3 cop players, so expect a chase. remember RP rules: no real names, stay in character"},
  {"sender": "ricoRP", "text": "lets gooo"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Lily", "role": "child"}, {"id": "Max", "role": "child"}],
 "messages": [
  {"sender": "Lily", "text": "can I go on your Vortex account to finish the dragon level? what's the password again"},
  {"sender": "Max", "text": "it's on the note mum stuck on the fridge. don't change my skin"},
  {"sender": "Lily", "text": "I won't. I'm literally just doing the level u got stuck on \ud83d\ude02"},
  {"sender": "Max", "text": "rude. fine"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "pixelpenny", "text": "Giveaway winner is... @arlo_9!! \U0001f389 I'll gift the skin straight to your in-game username. I will NEVER ask for your password or a card, and anyone DMing you 'from me' asking for that is fake."},
  {"sender": "arlo_9", "text": "OMG THANK YOU. my username is ArloTheBold"},
  {"sender": "pixelpenny", "text": "Sent! Check your in-game mailbox \U0001f49c"},
  {"sender": "arlo_9", "text": "got it!!!"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "curious_cat", "text": "where do u live jess"},
  {"sender": "Mod_Wren", "text": "@curious_cat we don't ask streamers personal questions here, that's a timeout"},
  {"sender": "jess_draws", "text": "haha nice try, not telling chat that! anyway this dragon needs wings"},
  {"sender": "bob_r", "text": "wings look sick"},
  {"sender": "curious_cat", "text": "sorry didn't mean anything by it"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Helen_34", "role": "adult"}, {"id": "Raj_37", "role": "adult"}, {"id": "Sue_M", "role": "adult"}],
 "messages": [
  {"sender": "Helen_34", "text": "Hi all, Saturday's walk is on! Meet at Tarnbridge Reservoir car park, 9:30."},
  {"sender": "Raj_37", "text": "I'll bring flasks of tea. Route is about 8 miles?"},
  {"sender": "Sue_M", "text": "Can I bring my 12 year old? He loves walking."},
  {"sender": "Helen_34", "text": "Of course, families welcome. It's a public trail, back by 2."}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Kris_D", "role": "adult"}, {"id": "Yusuf", "role": "adult"}],
 "messages": [
  {"sender": "Yusuf", "text": "Hi, is the phone unlocked? Can you send a pic of the back and the IMEI screen?"},
  {"sender": "Kris_D", "text": "[photo] [photo] Unlocked, 128GB, box and receipt included."},
  {"sender": "Yusuf", "text": "Looks good. Would you take \u00a3180?"},
  {"sender": "Kris_D", "text": "\u00a3190 and it's yours. Meet at the swap point outside Kelsford police station?"},
  {"sender": "Yusuf", "text": "Good idea, tomorrow at 12."}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Coach Dee", "role": "adult"}, {"id": "Parent_Amina", "role": "adult"}, {"id": "Parent_Rob", "role": "adult"}],
 "messages": [
  {"sender": "Coach Dee", "text": "Hi all, U14 training moves to Thursday 6pm this week because the pitch is being relaid. Please reply to confirm pickup arrangements for your child."},
  {"sender": "Parent_Amina", "text": "Thanks, I'll collect Zain at 7."},
  {"sender": "Parent_Rob", "text": "Ellis will get the bus home, he's got his pass."},
  {"sender": "Coach Dee", "text": "Thanks both \ud83d\udc4d"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Zac", "text": "don't tell Miss Lane we finished the worksheet early, she'll give us more \ud83d\ude02"},
  {"sender": "Hollie", "text": "my lips are sealed"},
  {"sender": "Femi", "text": "just look busy. draw a graph or something"},
  {"sender": "Zac", "text": "secret's safe"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Amira", "text": "did u see that news about the AI app that makes fake pics of girls from schools"},
  {"sender": "Josh", "text": "ye that's disgusting, they said it's illegal even if it's fake"},
  {"sender": "Kemi", "text": "Ms Patel said if anyone ever gets sent one, don't forward it, tell someone and report it"},
  {"sender": "Amira", "text": "good, I hope they ban the app"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Dev", "text": "I'm by the fountain in the shopping centre [location]"},
  {"sender": "Oli", "text": "coming, 2 mins"},
  {"sender": "Nat", "text": "I'm in the shoe shop, meet u at the fountain"},
  {"sender": "Dev", "text": "hurry up the film starts at 3"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Captain_Frost", "role": "adult"}, {"id": "miloplays", "role": "child"}, {"id": "sara_g", "role": "child"}],
 "messages": [
  {"sender": "Captain_Frost", "text": "gg squad, nice flank Milo"},
  {"sender": "miloplays", "text": "thanks!! that was lucky"},
  {"sender": "Captain_Frost", "text": "not luck, your aim's improved loads. practise the recoil drill in training mode"},
  {"sender": "sara_g", "text": "can we queue again?"},
  {"sender": "Captain_Frost", "text": "one more then I'm off, work at 7. I post strategy guides on my channel on Fridays if you're interested"},
  {"sender": "miloplays", "text": "cool I'll check it out"}
 ],
 "labels": [], "evasion": False},
{"participants": [{"id": "lenny", "role": "child"}, {"id": "07700 900266", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900266", "text": "u still owe for the phone we gave u. station 6am with the bag or we come find u at school"},
  {"sender": "lenny", "text": "ok I'll be there"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False},

{"participants": [{"id": "07700 900348", "role": "adult"}, {"id": "Parent_Rob", "role": "adult"}],
 "messages": [
  {"sender": "07700 900348", "text": "Hi Rob, Coach Dee here, this is my new number as the club phone died. Can you confirm Ellis is coming to Saturday's match?"},
  {"sender": "Parent_Rob", "text": "Yes he'll be there, saw the club email about the new number too. Thanks Dee"}
 ],
 "labels": [], "evasion": False}
]
