[
{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "still want the Frostbite Scythe? its worth like 4k Gems"},
  {"sender": "c1", "text": "yeah but i only trade with a middleman"},
  {"sender": "u1", "text": "sure np, use Warden_MM hes the official middleman for Tradeyard"},
  {"sender": "u2", "text": "Hi im Warden_MM, verified middleman. you send your items to me first, then he sends his, then i pass both on"},
  {"sender": "c1", "text": "the rules say check the mm list first tho"},
  {"sender": "u2", "text": "im on it, the list is just lagging today. hurry up the trade window closes in 2 mins"},
  {"sender": "c1", "text": "ok sent my 3 wraps and the emote"},
  {"sender": "u2", "text": "got them. now i need the 1500 Gems middleman fee before i release the scythe"},
  {"sender": "c1", "text": "what fee?? nobody said a fee. where is the scythe"},
  {"sender": "u1", "text": "lol"},
  {"sender": "c1", "text": "they both blocked me and warden isnt on the list at all. i lost everything"}
 ],
 "labels": ["scam"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "RiftRewards_0fficial", "text": "C0ngr4ts!! u w0n 10,000 R1ft C01ns in th3 4nn1v3rs4ry dr4w"},
  {"sender": "RiftRewards_0fficial", "text": "t0 cl41m l0g 1n h3r3 [link] w1th ur us3rn4m3 + p4ssw0rd"},
  {"sender": "tomtom_09", "text": "wait is this for real?"},
  {"sender": "RiftRewards_0fficial", "text": "y3s 0ff1c14l. 4ls0 s3nd th3 6 d1g1t c0d3 th4t c0m3s t0 ur ph0n3, 1ts f0r v3r1f1c4t10n"},
  {"sender": "tomtom_09", "text": "ok its 550 913"},
  {"sender": "RiftRewards_0fficial", "text": "th4nx. c01ns 4rr1v3 1n 24h. d0nt ch4ng3 ur p4ssw0rd 0r u l0s3 th3 pr1z3"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "gg that last round, you carried"},
  {"sender": "c1", "text": "thanks lol my team was so bad"},
  {"sender": "u1", "text": "you play support like a pro. how long you been playing"},
  {"sender": "c1", "text": "like a year"},
  {"sender": "u1", "text": "wanna duo tomorrow? im usually on after 8"},
  {"sender": "c1", "text": "ok"},
  {"sender": "u1", "text": "you on?"},
  {"sender": "c1", "text": "yeah 1 sec loading"},
  {"sender": "u1", "text": "nice win. noticed youre still on the default skin so i sent you 1200 Gems, get something nice"},
  {"sender": "c1", "text": "wait seriously?? thank you so much"},
  {"sender": "u1", "text": "no worries you deserve it. how old are you btw"},
  {"sender": "c1", "text": "12 nearly 13"},
  {"sender": "u1", "text": "wow youre way more mature than the 16 year olds i normally play with"},
  {"sender": "c1", "text": "haha thanks"},
  {"sender": "u1", "text": "do your parents check your messages on here?"},
  {"sender": "c1", "text": "not really, my mum sometimes asks who im playing with"},
  {"sender": "u1", "text": "best not mention the Gems. adults get weird about gifts and theyd make you give them back"},
  {"sender": "c1", "text": "ok i wont"},
  {"sender": "u1", "text": "this chat logs everything anyway. get Hushlink and add me there, kaz_x. its more private, just us two"},
  {"sender": "c1", "text": "ok downloading it now"}
 ],
 "labels": ["grooming"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Lyle_Crowns", "text": "sent you the 2000 Crowns for the bundle like i promised"},
  {"sender": "mia.plays", "text": "omg thank you!!"},
  {"sender": "Lyle_Crowns", "text": "youre my favourite person to play with, you know that"},
  {"sender": "Lyle_Crowns", "text": "can i ask you something, just between us"},
  {"sender": "mia.plays", "text": "what"},
  {"sender": "Lyle_Crowns", "text": "send me a pic. the private kind. ill delete it straight after, promise"},
  {"sender": "mia.plays", "text": "idk"},
  {"sender": "Lyle_Crowns", "text": "after everything ive given you? nobody else will ever see it. and dont tell your sister about this chat"},
  {"sender": "mia.plays", "text": "i dont really want to"},
  {"sender": "Lyle_Crowns", "text": "think about it. another 2000 if you do"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "I hаvе thе рiсs уоu sеnt mе"},
  {"sender": "c1", "text": "please delete them"},
  {"sender": "u1", "text": "Рау 150 in Gеm cаrds bу tоnight оr thеу gо tо еvеrуоnе in уоur clаn"},
  {"sender": "c1", "text": "i dont have that much"},
  {"sender": "u1", "text": "Thеn bоrrоw it. I hаvе уоur friеnds list. 2 hоurs"},
  {"sender": "c1", "text": "please im only 14"},
  {"sender": "u1", "text": "Sеnd thе cоdеs hеrе. Tick tоck"}
 ],
 "labels": ["sextortion"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "you still want to make some easy money?"},
  {"sender": "c1", "text": "yeah how"},
  {"sender": "u1", "text": "i sell skins, buyers pay by bank transfer but my account is maxed out. they can pay into yours, you send it on to me and keep 20 quid each time"},
  {"sender": "c1", "text": "is that allowed?"},
  {"sender": "u1", "text": "course, everyone does it. whats your sort code and account number"},
  {"sender": "c1", "text": "its my Fennick Savings young saver, 99-41-07 30118842"},
  {"sender": "u1", "text": "perfect. 400 coming in tonight, send 380 to the account i give you and keep the rest"},
  {"sender": "c1", "text": "ok"},
  {"sender": "u1", "text": "dont mention it to your parents, they wont get it. more next week"}
 ],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "want 3000 Rift Coins for an hours work? just an errand"},
  {"sender": "c1", "text": "what kind of errand"},
  {"sender": "u1", "text": "pick up a bag from my mate at Kestrel Park and drop it to an address in Dunmere. easy"},
  {"sender": "c1", "text": "whats in it"},
  {"sender": "u1", "text": "dont ask questions, thats the job. share your live location so i can see youre on route"},
  {"sender": "c1", "text": "[location]"},
  {"sender": "u1", "text": "good. dont stop anywhere. if the bags late you owe me the coins back plus 50 quid"},
  {"sender": "c1", "text": "i never agreed to owing anything"},
  {"sender": "u1", "text": "you took the coins last week didnt you. keep the location on, im watching"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "GlitchKing", "text": "lmaooo Eli traded his dragon wings for a COMMON wrap"},
  {"sender": "Nova", "text": "biggest idiot on the server"},
  {"sender": "toxic_ty", "text": "everyone ping him common wrap lol"},
  {"sender": "sammyB", "text": "@Eli_10 common wrap common wrap common wrap"},
  {"sender": "Eli_10", "text": "stop it was a misclick"},
  {"sender": "toxic_ty", "text": "no one wants you here, leave the server"},
  {"sender": "GlitchKing", "text": "honestly kys youre embarrassing"},
  {"sender": "Nova", "text": "made a meme of his face [photo]"},
  {"sender": "sammyB", "text": "pinning that"},
  {"sender": "Eli_10", "text": "please take it down"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "new clan challenge, first one to do it gets 5000 Crowns"},
  {"sender": "c2", "text": "what is it"},
  {"sender": "u1", "text": "go out after midnight and walk along the edge of the railway bridge. film it for proof"},
  {"sender": "c1", "text": "thats actually dangerous"},
  {"sender": "u1", "text": "thats why its 5000. chickens dont get paid"},
  {"sender": "c2", "text": "im doing it friday"},
  {"sender": "u1", "text": "legend. post the [video] in clan chat when its done"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "StreamMod_Jax", "text": "GIVEAWAY WINNERS: @lucy_p and @ben4 you each won a Crownhollow controller!! reply here with full name, address and phone number to claim"},
  {"sender": "lucy_p", "text": "omg!! Lucy Pearce, 14 Wren Close, Marrowby QM3 8TR, 07700 900417"},
  {"sender": "ben4", "text": "is this real? the stream didnt say anything about a giveaway"},
  {"sender": "StreamMod_Jax", "text": "100% real. theres a 4.99 delivery fee, DM me the long card number and the 3 digits on the back"},
  {"sender": "lucy_p", "text": "ill ask my mum for her card"}
 ],
 "labels": ["privacy_disclosure", "scam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "someone got into my account. they changed the email and the password"},
  {"sender": "c2", "text": "no way. your whole inventory??"},
  {"sender": "c1", "text": "everything. 3 years. they sold my skins and renamed me something gross and are messaging my friends"},
  {"sender": "c2", "text": "did you contact support"},
  {"sender": "c1", "text": "they said it could take 2 weeks"},
  {"sender": "c1", "text": "honestly i dont want to be here anymore. everything i had was in that account"},
  {"sender": "c2", "text": "please dont say that. tell your mum, im calling you now"},
  {"sender": "c1", "text": "whats the point"}
 ],
 "labels": ["identity_theft", "self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "hey saw you on the leaderboard"},
  {"sender": "u1", "text": "add me back"},
  {"sender": "u1", "text": "why did you decline"},
  {"sender": "c1", "text": "i dont know you"},
  {"sender": "u1", "text": "ive sent like 6 requests lol just accept"},
  {"sender": "u1", "text": "[photo]"},
  {"sender": "u1", "text": "made a new account since you blocked me. you cant get rid of me that easy"},
  {"sender": "c1", "text": "leave me alone"}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "RoxyStreamsTV_", "text": "hey its Roxy from the stream!! thanks for always watching"},
  {"sender": "jayden", "text": "omg hi i watch you every night"},
  {"sender": "RoxyStreamsTV_", "text": "this is my private account. im doing a secret Gems doubling for my top fans, send 500 Gems and ill send 1000 back"},
  {"sender": "jayden", "text": "is this actually you? your main has the blue tick"},
  {"sender": "RoxyStreamsTV_", "text": "yh this is my alt, the main gets spammed. quick its only for 10 fans"},
  {"sender": "jayden", "text": "sent 500"},
  {"sender": "RoxyStreamsTV_", "text": "great, now send me your login so i can add the bonus straight to your account"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "rank boost to Diamond for 10 quid, i play on your account overnight"},
  {"sender": "c1", "text": "how does it work"},
  {"sender": "u1", "text": "give me your email and password, then when the code comes to your phone send it me"},
  {"sender": "c1", "text": "ok email is jaymo09 at pingmail, password is Dragonfly22"},
  {"sender": "u1", "text": "code?"},
  {"sender": "c1", "text": "481 226"},
  {"sender": "u1", "text": "in. dont log on till i say"}
 ],
 "labels": ["identity_theft"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Riz", "text": "found a bot on Guildline that does the undress thing to any pic"},
  {"sender": "Deacon", "text": "put Maisies profile pic in it lol"},
  {"sender": "Riz", "text": "done [photo]"},
  {"sender": "Deacon", "text": "send it to the year 9 chat"},
  {"sender": "Maisie_T", "text": "what is that?? thats not me, delete it"},
  {"sender": "Riz", "text": "too late everyones seen it"},
  {"sender": "Deacon", "text": "thats what you get for reporting me in ranked"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "your streams are amazing, you could be big. i manage a few gamer girls"},
  {"sender": "c1", "text": "really?"},
  {"sender": "u1", "text": "i can get you sponsored, free Crowns every month. how old are you"},
  {"sender": "c1", "text": "15"},
  {"sender": "u1", "text": "perfect age to start. theres an event in Brackwater, some of my clients will be there and they pay girls to hang out with them. 300 a night, train paid"},
  {"sender": "c1", "text": "what do you have to do"},
  {"sender": "u1", "text": "just be friendly and keep them company, theyre generous. dont tell your parents, say youre staying at a friends"},
  {"sender": "c1", "text": "idk"},
  {"sender": "u1", "text": "ill send the ticket tonight. you'll love it"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "where are you"},
  {"sender": "c1", "text": "home"},
  {"sender": "u1", "text": "your locations off. turn it on now"},
  {"sender": "c1", "text": "[location]"},
  {"sender": "u1", "text": "you should be at the shop on Penn Rd by now, the lads are waiting for the drop"},
  {"sender": "c1", "text": "im not feeling well"},
  {"sender": "u1", "text": "you still owe me for the Rift Coins and the phone. go now and keep your location on the whole way or i come round"},
  {"sender": "c1", "text": "ok going"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "CrownhollowSupport", "text": "Crownhollow Security: your Crowns wallet has been LOCKED due to unusual activity. Verify within 24h or all items are deleted: [link] Enter your login and card details to unlock."}
 ],
 "labels": ["scam"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "zedd_44", "text": "hey saw u on the Rift leaderboard. accept my request, ive sent like 10 now. why u ignoring me, i can see ur online"}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "i need to tell someone something"},
  {"sender": "c2", "text": "whats wrong"},
  {"sender": "c1", "text": "that guy from the trade server who gave me the knife skin. he kept asking for a private pic and i sent one"},
  {"sender": "c1", "text": "now he says hell send it to my whole clan unless i pay him 80 quid in Gem cards"},
  {"sender": "c2", "text": "omg. you have to tell an adult"},
  {"sender": "c1", "text": "i cant. honestly i want to die"},
  {"sender": "c2", "text": "please dont. we can tell ms harding together tomorrow, shell know what to do"}
 ],
 "labels": ["sexting", "sextortion", "self_harm"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "trader_K", "text": "youre in year 8 right? ill pay 5000 Gems if you get me pics of the girls in your year. the private kind"},
  {"sender": "Finn", "text": "what? no"},
  {"sender": "trader_K", "text": "10k then. they send them to each other anyway, just forward me whatever you get"},
  {"sender": "Finn", "text": "thats weird"},
  {"sender": "trader_K", "text": "15k final offer. nobody will know it was you"}
 ],
 "labels": ["csam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "u1", "role": "adult"}],
 "messages": [
  {"sender": "c1", "text": "want to trade my Ember wrap for your Tidecaller emote?"},
  {"sender": "c2", "text": "yeah deal. mm?"},
  {"sender": "c1", "text": "lets use Pixelmum, shes on the verified list"},
  {"sender": "u1", "text": "Hi both, Pixelmum here, verified middleman. I checked both items are tradeable. Please each put your item in the window at the same time, I'll confirm"},
  {"sender": "c2", "text": "in"},
  {"sender": "c1", "text": "in"},
  {"sender": "u1", "text": "Both confirmed, trade done. No fee. Leave a vouch in #vouches if you like"},
  {"sender": "c2", "text": "ty!! gg"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
 "messages": [
  {"sender": "c1", "text": "mum can i get the 2000 Gems pack its on sale"},
  {"sender": "a1", "text": "You've already had your 10 pounds this month, the limit's on the account for a reason"},
  {"sender": "c1", "text": "but its half price"},
  {"sender": "a1", "text": "Then save your pocket money and we'll add it in two weeks. I'm not giving my card out"},
  {"sender": "c1", "text": "fine"},
  {"sender": "a1", "text": "And remember anyone offering free Gems online is a scam, ok?"},
  {"sender": "c1", "text": "i know mum"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Rift Arena Support", "text": "Hi Sam, thanks for your ticket #448120 about the missing Rift Coins after the update. We've restored 1,200 Rift Coins to your account."},
  {"sender": "Sam", "text": "thank you!! do you need my password to check"},
  {"sender": "Rift Arena Support", "text": "No, never. Rift Arena staff will never ask for your password or your 2-step code. Please don't share them with anyone, even people who say they are staff."},
  {"sender": "Sam", "text": "ok thanks, its all back now"},
  {"sender": "Rift Arena Support", "text": "Great. This ticket is now closed. You can rate our help in the app."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "can you lend me 300 Crowns, the battle pass ends tonight"},
  {"sender": "c2", "text": "yeah go on, gifted"},
  {"sender": "c1", "text": "legend ill pay you back when i get my pocket money saturday"},
  {"sender": "c2", "text": "no rush"},
  {"sender": "c1", "text": "sent 300 back, thanks bro"},
  {"sender": "c2", "text": "got it"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Dex", "text": "you lot are getting destroyed in finals"},
  {"sender": "Jonah", "text": "lol we will END you"},
  {"sender": "Dex", "text": "uninstall before you embarrass yourselves"},
  {"sender": "Kira", "text": "says the guy who went 0-12 last week"},
  {"sender": "Dex", "text": "that was lag and you know it"},
  {"sender": "Jonah", "text": "if we lose my mum is gonna kill me, she paid the entry"},
  {"sender": "Kira", "text": "we wont lose. gl all, see you at 7"},
  {"sender": "Dex", "text": "gl, may the best team win"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "its Arlo's birthday saturday, shall we all chip in for the Starbreaker skin"},
  {"sender": "c2", "text": "yes!! i can do 400 Gems"},
  {"sender": "c3", "text": "me too"},
  {"sender": "c1", "text": "ill gift it from my account. dont tell him, its a surprise"},
  {"sender": "c2", "text": "my lips are sealed"},
  {"sender": "c3", "text": "delete this chat after so he doesnt see it lol"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "wanna trade? got a spare Ember wrap"},
  {"sender": "c1", "text": "who are you? i dont trade with randoms"},
  {"sender": "u1", "text": "just a trade bro"},
  {"sender": "c1", "text": "only in the server with a listed mm. blocked and reported"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
 "messages": [
  {"sender": "a1", "text": "Dropped you at the leisure centre. Keep your location shared with me till I pick you up at 6"},
  {"sender": "c1", "text": "ok dad. the LAN starts at 1"},
  {"sender": "a1", "text": "Text me if it finishes early. Have you got your entry ticket?"},
  {"sender": "c1", "text": "yeah on my phone"},
  {"sender": "a1", "text": "Good luck, go win some Rift Coins"},
  {"sender": "c1", "text": "[location] outside now, where are you"},
  {"sender": "a1", "text": "Car park, blue car by the trees"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Mr Okafor", "text": "Reminder for Year 10 PSHE on Thursday: we're looking at skin betting and case opening sites."},
  {"sender": "Ms Lane", "text": "Great. I've got the stats on how many under 16s say they've gambled with skins. Shall we do the 'would you bet it' quiz?"},
  {"sender": "Mr Okafor", "text": "Yes, and the bit on how sites hide the odds. Also how older players sometimes push kids to deposit for them."},
  {"sender": "Ms Lane", "text": "I'll add the YGAM leaflet and who to talk to if they're worried"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}],
 "messages": [
  {"sender": "a1", "text": "I'm buying your cousin the Crowns voucher from my account and it wants a code. It's gone to the tablet, can you read it to me?"},
  {"sender": "c1", "text": "which one"},
  {"sender": "a1", "text": "The Gemforge one, 6 numbers"},
  {"sender": "c1", "text": "308 441"},
  {"sender": "a1", "text": "Thanks love. Done"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Crownhollow Cup", "text": "Hi Priya, your team Voltline is registered for the Crownhollow Cup U16 online qualifier on 14 March. Entry fee (5 pounds per player) was paid by the parent/guardian account on file."},
  {"sender": "Priya", "text": "thank you! do all 5 of us need consent forms"},
  {"sender": "Crownhollow Cup", "text": "Yes, each player under 18 needs a parent/guardian form in the portal. Prize money is only ever paid to the guardian's account after ID checks, never by DM."},
  {"sender": "Priya", "text": "ok ill tell the others"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Ty", "text": "did you see the weekly challenge"},
  {"sender": "Oscar", "text": "win 10 games with pistols only? thats impossible"},
  {"sender": "Ty", "text": "500 Rift Coins though. lets duo it"},
  {"sender": "Oscar", "text": "ok but if we lose 10 in a row im rage quitting"},
  {"sender": "Ty", "text": "deal"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "bella", "text": "how do you get coins fast in Hearthvale"},
  {"sender": "Noor", "text": "run errands for the blacksmith and the baker in the village, each one gives like 40 coins"},
  {"sender": "bella", "text": "even the package one? i have to carry a box across the map"},
  {"sender": "Noor", "text": "yeah that one gives 100. dont let the goblins steal it lol"},
  {"sender": "bella", "text": "ok thx"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Rift Arena", "text": "Your Rift Arena sign-in code is 730 215. It expires in 10 minutes. Never share this code with anyone. Rift Arena staff will never ask for it."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Luca", "text": "opening my last 3 cases for the Viper knife"},
  {"sender": "Jamie", "text": "youre addicted lol"},
  {"sender": "Luca", "text": "if i dont get it im literally going to die"},
  {"sender": "Luca", "text": "blue. blue. ANOTHER blue. im dead"},
  {"sender": "Jamie", "text": "told you, theyre a waste. save your Gems for the shop"},
  {"sender": "Luca", "text": "yeah ok ur right, no more cases"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}, {"id": "c4", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "clan practice this week: tues 7-8, thurs 7-8, sat 11"},
  {"sender": "c2", "text": "cant do tues, football"},
  {"sender": "c3", "text": "sat works"},
  {"sender": "c4", "text": "ill be there thurs and sat"},
  {"sender": "c1", "text": "ok thurs is the main one then, we're trying the new rotation"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Kofi", "text": "did you read the patch notes"},
  {"sender": "Will", "text": "yeah they nerfed the healer again"},
  {"sender": "Kofi", "text": "and the ranked season ends on the 30th"},
  {"sender": "Will", "text": "need two more wins for Gold"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Ellie", "text": "which one should i get, Moonlit Fox or Coral Knight"},
  {"sender": "Hana", "text": "fox 100%"},
  {"sender": "Ellie", "text": "its 1200 Gems tho and i have 1350"},
  {"sender": "Hana", "text": "worth it, it has the animated tail"},
  {"sender": "Ellie", "text": "ok bought it [photo]"},
  {"sender": "Hana", "text": "so cute"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "game night friday? my house, my mum said ok"},
  {"sender": "c2", "text": "yes! ill bring my controller"},
  {"sender": "c3", "text": "can we play Crownhollow co-op"},
  {"sender": "c1", "text": "yeah and pizza at 7"}
 ],
 "labels": [], "evasion": False, "hard_negative": False}
]
