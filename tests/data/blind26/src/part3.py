[
# 1 child tells friend first-hand: stranger keeps adding her and asking for images
{"participants": [{"id": "Nell", "role": "child"}, {"id": "Orla", "role": "child"}],
 "messages": [
  {"sender": "Nell", "text": "can I tell you something weird"},
  {"sender": "Orla", "text": "ye"},
  {"sender": "Nell", "text": "there's this man who keeps adding me on Pixagram, I don't know him. he messages like 20 times a day"},
  {"sender": "Orla", "text": "block him"},
  {"sender": "Nell", "text": "I did and he made another one. now he keeps asking me to send photos of me, the sort you'd get excluded for. he says he'll pay me"},
  {"sender": "Orla", "text": "omg screenshot it all and tell your mum or Miss Adeyemi"},
  {"sender": "Nell", "text": "he said if I tell anyone he won't be my friend anymore but he's not even my friend??"}
 ],
 "labels": ["sexting", "unwanted_contact"], "evasion": False},

# 2 group pressuring a girl to send an image
{"messages": [
  {"sender": "Jordan", "text": "Mia you said you'd send Kyle one"},
  {"sender": "Kyle", "text": "yeah where is it \ud83d\udc40"},
  {"sender": "Mia", "text": "I never said that"},
  {"sender": "Tegan", "text": "stop being such a prude lol everyone's waiting"},
  {"sender": "Jordan", "text": "if you don't send one we'll tell the whole year you did anyway"},
  {"sender": "Kyle", "text": "just a quick one, no face, no one will know it's you"},
  {"sender": "Mia", "text": "leave me alone"}
 ],
 "labels": ["sexting", "cyberbullying"], "evasion": False},

# 3 stranger from quick-add escalates to an image request; cues: bedtime set by mum
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "hey, you came up in my quick add so thought I'd say hi"},
  {"sender": "u1", "text": "hi do I know you"},
  {"sender": "u2", "text": "nah but we've got 6 mutuals so I must be alright lol"},
  {"sender": "u1", "text": "ok"},
  {"sender": "u2", "text": "what you up to"},
  {"sender": "u1", "text": "watching tv, mum says I have to be in bed by 10"},
  {"sender": "u2", "text": "ages yet then. you look really pretty in your pfp"},
  {"sender": "u1", "text": "thanks"},
  {"sender": "u2", "text": "send me one now, in your room, just for me. I'll send one back"},
  {"sender": "u1", "text": "no that's weird"},
  {"sender": "u2", "text": "it's only a pic, I'll bin it straight after. don't be shy with me"}
 ],
 "labels": ["sexting", "unwanted_contact"], "evasion": False},

# 4 sextortion demanding compliance rather than money
{"participants": [{"id": "g1", "role": "child"}, {"id": "g2", "role": "unknown"}],
 "messages": [
  {"sender": "g2", "text": "you're going on video at 11 tonight when your house is asleep"},
  {"sender": "g1", "text": "no I said I'm not doing that again"},
  {"sender": "g2", "text": "then the screenshots from last time go on the Greyfield Academy confessions page. 30 of your year already follow me"},
  {"sender": "g1", "text": "please I'll get kicked out"},
  {"sender": "g2", "text": "11pm. camera on, door shut. do as you're told and nobody sees a thing"}
 ],
 "labels": ["sextortion"], "evasion": False},

# 5 ex-boyfriend threatening to share images unless she returns
{"participants": [{"id": "Ryan", "role": "child"}, {"id": "Chantelle", "role": "child"}],
 "messages": [
  {"sender": "Ryan", "text": "get back with me or everyone sees what you sent me in year 9"},
  {"sender": "Chantelle", "text": "you said you deleted them"},
  {"sender": "Ryan", "text": "lied lol. they're in a hidden folder"},
  {"sender": "Chantelle", "text": "that's not fair Ryan"},
  {"sender": "Ryan", "text": "meet me at the park tonight and we'll talk. don't turn up and they're on the group chat by midnight"}
 ],
 "labels": ["sextortion"], "evasion": False},

# 6 adult asks a child for classmates' ordinary photos to run through an undressing app
{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "unknown"}],
 "messages": [
  {"sender": "c2", "text": "you know that app I told you about? it can make anyone look like anything"},
  {"sender": "c1", "text": "lol the one with the dog face"},
  {"sender": "c2", "text": "better than that. send me some pics of the girls in your year, normal ones off their insta, and I'll show you what it does"},
  {"sender": "c1", "text": "what does it do to them"},
  {"sender": "c2", "text": "makes them look undressed basically. they'll never know. start with the blonde one from your netball team pic"},
  {"sender": "c1", "text": "idk that's weird"},
  {"sender": "c2", "text": "it's not real so it doesn't count. tenner for each one you send"}
 ],
 "labels": ["csam"], "evasion": False},

# 7 child reports first-hand a deepfake of her spreading
{"participants": [{"id": "Hollie", "role": "child"}, {"id": "Ashleigh", "role": "child"}],
 "messages": [
  {"sender": "Hollie", "text": "someone's made a fake of me"},
  {"sender": "Ashleigh", "text": "a what"},
  {"sender": "Hollie", "text": "an AI one. they took my face off my school photo and put it on a nude and it's going round the whole of year 10 on Snap"},
  {"sender": "Ashleigh", "text": "WHAT. who"},
  {"sender": "Hollie", "text": "I think Connor's lot. people keep sending it me asking if it's real and laughing"},
  {"sender": "Ashleigh", "text": "it's not you and everyone knows about those apps. we're going to Mr Shah at break"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

# 8 pupils selling leaked images of a younger girl
{"messages": [
  {"sender": "Bradley", "text": "anyone want the Maisie pics that got leaked, \u00a32 a go"},
  {"sender": "Kieran", "text": "the year 8 one? lol send"},
  {"sender": "Bradley", "text": "pay on Pingo first"},
  {"sender": "Liam", "text": "that's actually illegal you idiots, she's 12"},
  {"sender": "Bradley", "text": "no one's finding out, it's on disappearing"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

# 9 EVASION: "hostess" travel recruitment with homoglyphs, digits and emoji
{"messages": [
  {"sender": "Glam.Agency.UK", "text": "h0stess w0rk avail \u2708\ufe0f D\u0443bai, 2 weeks, all paid, \u00a33k+ \ud83d\udcb7"},
  {"sender": "jess_x", "text": "whats hostess work"},
  {"sender": "Glam.Agency.UK", "text": "just c0mpany for VIP guests \ud83e\udd42 dinners, yachts, being sweet to them. y0unger girls get the b\u0435st tips \ud83d\ude09"},
  {"sender": "jess_x", "text": "I'm still in sixth form tho and mum keeps my passport"},
  {"sender": "Glam.Agency.UK", "text": "we sort travel d0cs. no need to tell mummy, say it's a sch00l trip \ud83e\udd2b send 3 full length pics and we b00k u"}
 ],
 "labels": ["sex_trafficking"], "evasion": True},

# 10 child tells friend first-hand she is taken to men's flats for money
{"participants": [{"id": "Izzy", "role": "child"}, {"id": "Keira", "role": "child"}],
 "messages": [
  {"sender": "Izzy", "text": "u know that lad with the white Audi"},
  {"sender": "Keira", "text": "Shaq? the one who picks you up from school"},
  {"sender": "Izzy", "text": "yeah. at first it was just maccies and driving round"},
  {"sender": "Keira", "text": "ok"},
  {"sender": "Izzy", "text": "now he takes me to his mates' flats in Levenford. they give him money and he tells me to stay in the room with whoever he says"},
  {"sender": "Keira", "text": "Izzy that's not ok"},
  {"sender": "Izzy", "text": "he gives me a bit of it and vapes and says I'm his girl. but I don't like it"},
  {"sender": "Keira", "text": "do u want it to stop"},
  {"sender": "Izzy", "text": "he says I owe him for all the stuff. and he knows where I live"},
  {"sender": "Keira", "text": "please tell Miss Khan tomorrow, I'll come in with you"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# 11 fake profile impersonating a pupil and mocking her
{"participants": [{"id": "Zoe", "role": "child"}, {"id": "Layla", "role": "child"}, {"id": "layla.biggs.official", "role": "unknown"}],
 "messages": [
  {"sender": "Zoe", "text": "Layla someone's made an account called layla.biggs.official with all your pics"},
  {"sender": "Layla", "text": "what?? that's not me"},
  {"sender": "Zoe", "text": "it's posting that you fancy Mr Barker and rating people in our year out of 10. it's messaging people pretending to be you"},
  {"sender": "Layla", "text": "everyone's going to think it's me"},
  {"sender": "layla.biggs.official", "text": "hi me \ud83d\ude02 enjoy being famous. 200 followers already, your mum's getting a follow next"}
 ],
 "labels": ["cyberbullying", "identity_theft"], "evasion": False},

# 12 EVASION: fake free game currency taking card details
{"messages": [
  {"sender": "Bl0xx_Fr33_C01ns", "text": "\ud83c\udf81 FR33 5000 B-C0INS \ud83c\udf81 cl@im b4 m1dn1ght!! 0nly 4 u"},
  {"sender": "toby_yt", "text": "is this real"},
  {"sender": "Bl0xx_Fr33_C01ns", "text": "100% l3g1t. just p@y \u00a31.99 sh1pp1ng w1th ur c@rd h3r3 [link]"},
  {"sender": "toby_yt", "text": "I've only got my mums card"},
  {"sender": "Bl0xx_Fr33_C01ns", "text": "th@ts f1ne, put in th3 l0ng numb3r + th3 3 0n th3 b@ck"}
 ],
 "labels": ["scam"], "evasion": True},

# 13 fake influencer giveaway; child types in dad's card details
{"participants": [{"id": "giveaway", "role": "unknown"}, {"id": "ruby.t", "role": "child"}],
 "messages": [
  {"sender": "giveaway", "text": "Hi hun!! You've WON our glow-up makeup bundle \ud83d\udc84 just cover postage \u00a32.95"},
  {"sender": "ruby.t", "text": "omg yay how do I pay"},
  {"sender": "giveaway", "text": "reply with the card number, expiry and the 3 digits on the back, we process it ourselves"},
  {"sender": "ruby.t", "text": "its my dads, 4921 7703 1180 2256 exp 09/27 and 118"},
  {"sender": "giveaway", "text": "thank you! your bank might text a code, send that too when it comes"}
 ],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

# 14 hijacked friend account asks for a login code
{"participants": [{"id": "Megan", "role": "unknown"}, {"id": "Sian", "role": "child"}],
 "messages": [
  {"sender": "Megan", "text": "omg sorry I put your number in by accident for my code, can u send me the 6 digits that just came through"},
  {"sender": "Sian", "text": "oh ok hang on"},
  {"sender": "Megan", "text": "quick it runs out!!"},
  {"sender": "Sian", "text": "it says don't share this code with anyone?"},
  {"sender": "Megan", "text": "it's fine it's mine not yours lol, please I'm locked out"},
  {"sender": "Sian", "text": "ok 771402"},
  {"sender": "Megan", "text": "ty babe \u2764\ufe0f"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False},

# 15 lying in the road dare
{"messages": [
  {"sender": "Gav", "text": "new one going round. lie down in the middle of Station Rd and stay there till a car beeps. film it"},
  {"sender": "Lewis", "text": "that's mental"},
  {"sender": "Gav", "text": "Harvey did it yesterday, 20k views"},
  {"sender": "Ollie", "text": "I'll do it tonight when it's dark, funnier"},
  {"sender": "Gav", "text": "whoever stays down longest takes the pot, fiver each"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 16 egging and damaging a teacher's car for a video
{"messages": [
  {"sender": "Riley", "text": "challenge: egg Miss Dunmore's car in the staff car park at lunch, best vid wins"},
  {"sender": "Cody", "text": "she'll know it's us"},
  {"sender": "Riley", "text": "hoods up. bonus points if the windscreen cracks"},
  {"sender": "Ethan", "text": "bringing a dozen"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 17 canal shove challenge, harm to others
{"participants": [{"id": "Deacon", "role": "child"}, {"id": "Mason", "role": "child"}, {"id": "Alfie", "role": "child"}],
 "messages": [
  {"sender": "Deacon", "text": "canal push is all over my fyp. you shove a random off the towpath into the water and leg it"},
  {"sender": "Mason", "text": "what if they can't swim tho"},
  {"sender": "Deacon", "text": "that's their problem lol. we're doing it saturday by the lock"},
  {"sender": "Alfie", "text": "I'll film. pick an old one, they're slower"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 18 child posts phone number in a game lobby; stranger follows up
{"participants": [{"id": "Bunnyhop_11", "role": "child"}, {"id": "GhostRider_77", "role": "unknown"}],
 "messages": [
  {"sender": "Bunnyhop_11", "text": "anyone want to add me for squads its 07700 900374 text me"},
  {"sender": "GhostRider_77", "text": "cute voice on mic. I'll text u"},
  {"sender": "Bunnyhop_11", "text": "ok"},
  {"sender": "GhostRider_77", "text": "texted u. send a pic so I know it's really u"},
  {"sender": "Bunnyhop_11", "text": "who r u tho"},
  {"sender": "GhostRider_77", "text": "a friend. what's ur snap and which school u at"}
 ],
 "labels": ["privacy_disclosure", "unwanted_contact"], "evasion": False},

# 19 cyberflashing in a game DM
{"participants": [{"id": "v1", "role": "child"}, {"id": "v2", "role": "unknown"}],
 "messages": [
  {"sender": "v2", "text": "[photo]"},
  {"sender": "v1", "text": "??? who are you"},
  {"sender": "v2", "text": "[photo] like that one better?"},
  {"sender": "v1", "text": "why are you sending me pics of yourself like that, I'm 13"},
  {"sender": "v2", "text": "[video]"},
  {"sender": "v1", "text": "reported and blocked"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 20 recruiter renting a teenager's bank account and taking the login
{"participants": [{"id": "cashflip.uk", "role": "unknown"}, {"id": "lucas.b", "role": "child"}],
 "messages": [
  {"sender": "cashflip.uk", "text": "hey \ud83d\udc4b we pay \u00a3300 to use ur bank acc for a week. all legal, just business payments going through"},
  {"sender": "lucas.b", "text": "I'm in year 11, is that ok"},
  {"sender": "cashflip.uk", "text": "perfect. send pics of ur card front n back + ur banking app login. we handle everything"},
  {"sender": "lucas.b", "text": "do I get it back after"},
  {"sender": "cashflip.uk", "text": "after 7 days + \u00a3300 cash. don't tell ur parents, they don't get business lol"},
  {"sender": "lucas.b", "text": "ok sending now"}
 ],
 "labels": ["money_mule", "identity_theft"], "evasion": False},

# 21 EVASION: squaring in teen slang, masked word and emoji
{"messages": [
  {"sender": "Jayjay", "text": "u tryna do a sq*are? \ud83d\udcb3\u27a1\ufe0f\ud83d\udcb7\u27a1\ufe0f\ud83d\udcb3"},
  {"sender": "Rocco", "text": "wats that"},
  {"sender": "Jayjay", "text": "bro ppl send \u00a3\u00a3 to ur acc, u send it on, u keep a cut. ez 3 b@gs"},
  {"sender": "Rocco", "text": "is it dodgy"},
  {"sender": "Jayjay", "text": "nah its just fl1pping. gimme ur \ud83d\udcb3 n the 4 digit ting n I'll handle it. u get 150 tmrw"},
  {"sender": "Rocco", "text": "ok I'll bring it in to school"}
 ],
 "labels": ["money_mule"], "evasion": True},

# 22 older "friend" who bought the phone controls location and demands video proof
{"participants": [{"id": "f1", "role": "child"}, {"id": "f2", "role": "unknown"}],
 "messages": [
  {"sender": "f2", "text": "where are you"},
  {"sender": "f1", "text": "home"},
  {"sender": "f2", "text": "your map says Northfield Park"},
  {"sender": "f1", "text": "I'm with some girls from school"},
  {"sender": "f2", "text": "which girls. names"},
  {"sender": "f1", "text": "Erin and Jas"},
  {"sender": "f2", "text": "don't know them. you don't go anywhere I don't know about. who bought you that phone?"},
  {"sender": "f1", "text": "you did"},
  {"sender": "f2", "text": "exactly. so you pick up when I ring and your location stays on. I rang 4 times"},
  {"sender": "f1", "text": "it was on silent from maths"},
  {"sender": "f2", "text": "no silent. ever. video call me now so I can see who's there"},
  {"sender": "f1", "text": "I can't, everyone will see"},
  {"sender": "f2", "text": "now, or I drive to the park myself"}
 ],
 "labels": ["location_control"], "evasion": False},

# 23 child tells an online friend she hurt herself
{"messages": [
  {"sender": "starlight_ash", "text": "sorry I went quiet"},
  {"sender": "nebula.kid", "text": "its ok, u alright?"},
  {"sender": "starlight_ash", "text": "not really. I hurt myself again after mum and dad were screaming at each other"},
  {"sender": "nebula.kid", "text": "I'm really sorry. does anyone at school know"},
  {"sender": "starlight_ash", "text": "no. I don't want them to"},
  {"sender": "nebula.kid", "text": "would you see the school nurse if I came with you? or Childline, you can message them online"}
 ],
 "labels": ["self_harm"], "evasion": False},

# 24 CLEAN: sponsored charity challenge with donation link
{"participants": [{"id": "Mrs Ellery", "role": "adult"}, {"id": "Harry", "role": "child"}, {"id": "Zainab", "role": "child"}],
 "messages": [
  {"sender": "Mrs Ellery", "text": "7K are doing the 24-hour sponsored silence for the hospice on Friday! Sponsor forms home tonight, online donations here: [link]"},
  {"sender": "Harry", "text": "miss does it count if we talk in our sleep"},
  {"sender": "Mrs Ellery", "text": "I'll allow it Harry \ud83d\ude04"},
  {"sender": "Zainab", "text": "my nan's sponsored me \u00a35!"}
 ],
 "labels": [], "evasion": False},

# 25 CLEAN: genuine password-change alert
{"messages": [
  {"sender": "Glint", "text": "Glint: your password was changed at 18:02. If this wasn't you, open the Glint app and go to Settings > Security. We will never send you a reset link by text."}
 ],
 "labels": [], "evasion": False},

# 26 CLEAN: family locator notification
{"messages": [
  {"sender": "FamilyCircle", "text": "FamilyCircle: Mum arrived at Work (St Anne's Hospital) at 07:52."}
 ],
 "labels": [], "evasion": False},

# 27 CLEAN: dad checking when child is leaving football
{"participants": [{"id": "Dad", "role": "adult"}, {"id": "Arlo", "role": "child"}],
 "messages": [
  {"sender": "Dad", "text": "Still at football? Text me when you're leaving and I'll put tea on"},
  {"sender": "Arlo", "text": "leaving now, walking with Sid"},
  {"sender": "Dad", "text": "Nice one. Stick to the main road, it's dark"}
 ],
 "labels": [], "evasion": False},

# 28 CLEAN: same-age couple agree to share locations, easy to turn off
{"participants": [{"id": "Ben", "role": "child"}, {"id": "Georgia", "role": "child"}],
 "messages": [
  {"sender": "Ben", "text": "want to share locations? only if you want to, you can turn it off whenever"},
  {"sender": "Georgia", "text": "yeah ok, but I'm turning it off when I'm at my nan's lol"},
  {"sender": "Ben", "text": "fair, not a big deal either way"}
 ],
 "labels": [], "evasion": False},

# 29 CLEAN: teacher asks for project photos on the class page
{"participants": [{"id": "Mr Dhillon", "role": "adult"}, {"id": "Ava", "role": "child"}],
 "messages": [
  {"sender": "Mr Dhillon", "text": "Year 7: please upload a photo of your model volcano to the class page by Friday. Just the model please, no faces."},
  {"sender": "Ava", "text": "sir mine collapsed can I send a pic of the bits"},
  {"sender": "Mr Dhillon", "text": "Ha, yes, send the bits and write what went wrong. That's still science."}
 ],
 "labels": [], "evasion": False},

# 30 CLEAN: online tutor confirming lesson with parents
{"participants": [{"id": "tutor", "role": "adult"}, {"id": "Mrs Osei", "role": "adult"}, {"id": "Kwame", "role": "child"}],
 "messages": [
  {"sender": "tutor", "text": "Hi Mr and Mrs Osei, is Thursday 5pm still ok for Kwame's maths lesson? Kwame, camera on and a parent nearby as usual please."},
  {"sender": "Mrs Osei", "text": "Yes that's fine, I'll be in the kitchen."},
  {"sender": "Kwame", "text": "can we do simultaneous equations again I still don't get them"},
  {"sender": "tutor", "text": "Definitely. Bring your homework sheet and we'll go through it."}
 ],
 "labels": [], "evasion": False},

# 31 CLEAN: sibling lends money by bank transfer
{"participants": [{"id": "Big sis", "role": "adult"}, {"id": "Tom", "role": "child"}],
 "messages": [
  {"sender": "Big sis", "text": "sent you \u00a315 for the cinema, pay me back out of your birthday money"},
  {"sender": "Tom", "text": "legend. will do"},
  {"sender": "Big sis", "text": "and text mum when the film finishes"}
 ],
 "labels": [], "evasion": False},

# 32 CLEAN: hyperbole about a broken vase
{"messages": [
  {"sender": "Harvey", "text": "I've smashed mum's vase. she's going to murder me"},
  {"sender": "Dom", "text": "you're dead lol. superglue"},
  {"sender": "Harvey", "text": "it's in like 40 bits"},
  {"sender": "Dom", "text": "rip. write your will"}
 ],
 "labels": [], "evasion": False},

# 33 CLEAN: genuine children's agency writes only to the parent
{"participants": [{"id": "Brightside Talent", "role": "adult"}, {"id": "Mrs Lowe", "role": "adult"}],
 "messages": [
  {"sender": "Brightside Talent", "text": "Dear Mrs Lowe, thank you for Poppy's application. All bookings go through parents, a licensed chaperone attends every shoot, and we apply for the council performance licence. We never contact children directly."},
  {"sender": "Mrs Lowe", "text": "Thank you, that's reassuring. Is the catalogue shoot during school hours?"},
  {"sender": "Brightside Talent", "text": "It's a Saturday in Halsworth, 10 till 2. You're welcome to stay for the whole shoot."}
 ],
 "labels": [], "evasion": False},

# 34 CLEAN: friend asks address privately for a posted invitation
{"participants": [{"id": "Kaya", "role": "child"}, {"id": "Jade", "role": "child"}],
 "messages": [
  {"sender": "Kaya", "text": "what's your address for the invite, mum's posting them"},
  {"sender": "Jade", "text": "22 Willow Walk, the one by the postbox"},
  {"sender": "Kaya", "text": "ta x"}
 ],
 "labels": [], "evasion": False},

# 35 CLEAN: siblings sharing a game account
{"messages": [
  {"sender": "Finley", "text": "can I go on your account to do the daily quest"},
  {"sender": "Rosie", "text": "yeah password's on the sticky note on my desk. don't spend my gems"},
  {"sender": "Finley", "text": "I won't. probably"}
 ],
 "labels": [], "evasion": False},

# 36 CLEAN: friends using a face-swap filter on themselves
{"messages": [
  {"sender": "Ayo", "text": "put my face on the cat lmao [photo]"},
  {"sender": "Freddie", "text": "the AI made me a medieval knight \ud83d\ude02 [photo]"},
  {"sender": "Ayo", "text": "you look like Mr Pritchard"},
  {"sender": "Freddie", "text": "don't"}
 ],
 "labels": [], "evasion": False},

# 37 CLEAN: swimming club photo consent to parents
{"participants": [{"id": "Coach Ama", "role": "adult"}, {"id": "Parent - Gill", "role": "adult"}],
 "messages": [
  {"sender": "Coach Ama", "text": "Parents, the gala photographer needs consent forms back by Wednesday. Photos are only used with permission and never with full names."},
  {"sender": "Parent - Gill", "text": "Can we opt out of the website but say yes to the club newsletter?"},
  {"sender": "Coach Ama", "text": "Yes, tick box B. Thanks Gill."}
 ],
 "labels": [], "evasion": False},

# 38 CLEAN: teen resale on a marketplace using the app's protected checkout
{"participants": [{"id": "buyer_kyra", "role": "unknown"}, {"id": "seller_lotte", "role": "child"}],
 "messages": [
  {"sender": "buyer_kyra", "text": "is the grey hoodie still available? could you do \u00a38"},
  {"sender": "seller_lotte", "text": "yes! \u00a39 and I'll post it Monday. please buy through the app so we're both covered"},
  {"sender": "buyer_kyra", "text": "done \ud83d\udc4d"}
 ],
 "labels": [], "evasion": False},

# 39 CLEAN: coursework hyperbole
{"messages": [
  {"sender": "Lola", "text": "if I see one more equation I'm walking into the sea lol"},
  {"sender": "Precious", "text": "same. Mrs Varga set 40 questions"},
  {"sender": "Lola", "text": "study at mine tomorrow? mum's doing pasta"},
  {"sender": "Precious", "text": "yesss"}
 ],
 "labels": [], "evasion": False},

# 40 CLEAN: "we're square" after sharing pizza money
{"messages": [
  {"sender": "Jonah", "text": "sent you \u00a36 for the pizza, we're square now"},
  {"sender": "Ezra", "text": "sound. got it"}
 ],
 "labels": [], "evasion": False},

# 41 CLEAN: dad asks child to drop a prepaid parcel at the post office
{"participants": [{"id": "Dad", "role": "adult"}, {"id": "Milo", "role": "child"}],
 "messages": [
  {"sender": "Dad", "text": "Can you take the parcel on the hall table to the post office on your way to school? It's prepaid, just hand it over the counter"},
  {"sender": "Milo", "text": "ok. is it heavy"},
  {"sender": "Dad", "text": "It's your nan's birthday book, you'll live. Keep the receipt please"}
 ],
 "labels": [], "evasion": False},

# 42 CLEAN: parent pays for an in-game purchase herself
{"participants": [{"id": "Mum", "role": "adult"}, {"id": "Reggie", "role": "child"}],
 "messages": [
  {"sender": "Reggie", "text": "mum can I use your card for the battle pass, it's 7.99"},
  {"sender": "Mum", "text": "Bring me the tablet and I'll put it in myself. You're not having the card number"},
  {"sender": "Reggie", "text": "fine. thank u"}
 ],
 "labels": [], "evasion": False},

# 43 CLEAN: counsellor's careful questions; child describes nothing happening to them
{"participants": [{"id": "counsellor", "role": "adult"}, {"id": "Jasmine", "role": "child"}],
 "messages": [
  {"sender": "counsellor", "text": "Thanks for chatting today, Jasmine. I ask everyone this: has anyone online ever asked you to keep secrets, send pictures or meet up?"},
  {"sender": "Jasmine", "text": "no. there was something in year 9 with another girl but the school sorted it"},
  {"sender": "counsellor", "text": "That's good to hear. If anything like that ever happens, you can come to me or any staff member, and you won't be in trouble."},
  {"sender": "Jasmine", "text": "ok thanks"}
 ],
 "labels": [], "evasion": False},

# 44 CLEAN: real auntie asks for a photo of the child in a gift
{"participants": [{"id": "Auntie Bev", "role": "adult"}, {"id": "Chloe", "role": "child"}],
 "messages": [
  {"sender": "Auntie Bev", "text": "Did the parcel come? Send me a pic of you in the jumper!"},
  {"sender": "Chloe", "text": "[photo] it fits!! thank you"},
  {"sender": "Auntie Bev", "text": "Gorgeous. Tell your mum I'll ring Sunday x"}
 ],
 "labels": [], "evasion": False},

# 45 CLEAN: secret good news between friends
{"messages": [
  {"sender": "Phoebe", "text": "don't tell anyone yet but I got picked for the county team"},
  {"sender": "Isla", "text": "OMG PHOEBE"},
  {"sender": "Phoebe", "text": "shhh coach is announcing it friday"},
  {"sender": "Isla", "text": "my lips are sealed. so proud"}
 ],
 "labels": [], "evasion": False}
]
