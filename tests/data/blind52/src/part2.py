[
{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "good games tonight mate"},
  {"sender": "c1", "text": "gg"},
  {"sender": "u1", "text": "youre one of the few kids on here who actually listens on comms"},
  {"sender": "c1", "text": "ha thanks"},
  {"sender": "u1", "text": "gifted you the season pass, dont worry about it"},
  {"sender": "c1", "text": "wow thanks!!"},
  {"sender": "u1", "text": "how old are you, 13?"},
  {"sender": "c1", "text": "14"},
  {"sender": "u1", "text": "cool. i look out for the younger ones in the clan. anything you need, ask me, not your parents"},
  {"sender": "c1", "text": "ok"},
  {"sender": "u1", "text": "sent you another 2000 Rift Coins for the new map pack"},
  {"sender": "c1", "text": "you dont have to keep doing that"},
  {"sender": "u1", "text": "i want to. can you do me a favour back though"},
  {"sender": "c1", "text": "what"},
  {"sender": "u1", "text": "i buy coin codes in bulk and need somewhere to keep them. ill load them onto your account and you gift them out to the names i send you"},
  {"sender": "c1", "text": "why cant you do it"},
  {"sender": "u1", "text": "my accounts flagged, the cards i use are a bit dodgy lol. its just holding them. keep it between us yeah? your mum would only stress"},
  {"sender": "c1", "text": "ok i guess"},
  {"sender": "u1", "text": "first batch is 20k. gift 5k each to these 4 names tonight [photo]"}
 ],
 "labels": ["grooming", "money_mule"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Slick_R", "text": "yo wanna get squared? easy bread"},
  {"sender": "benji", "text": "what do u mean"},
  {"sender": "Slick_R", "text": "u lend me ur Rift wallet for a flip. bags land in it, u ship em to my ppl, u keep a pony"},
  {"sender": "benji", "text": "a pony?"},
  {"sender": "Slick_R", "text": "25 bro. n drop me the deets for ur card, the young saver 1, sometimes the bread goes thru that n u hit the hole in the wall 4 me"},
  {"sender": "benji", "text": "my mum set that card up tho"},
  {"sender": "Slick_R", "text": "she dont need 2 kno. its just washin a bit. ill bell u when the bags land"}
 ],
 "labels": ["money_mule"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Alpha_Jace", "text": "initiation time @littleleo. you want the Wolfpack tag, you do the dare"},
  {"sender": "littleleo", "text": "what dare"},
  {"sender": "Alpha_Jace", "text": "stand in the middle of Hatch Lane when the cars are coming and film it. thats the price of the tag plus 2k Crowns"},
  {"sender": "littleleo", "text": "no way"},
  {"sender": "Kez", "text": "baby"},
  {"sender": "Rory", "text": "cry baby leo lol told you hes a wimp"},
  {"sender": "Alpha_Jace", "text": "then youre out. everyone unfriend him. and were posting his rank screenshots with BOT written on them"},
  {"sender": "Kez", "text": "already did [photo]"},
  {"sender": "littleleo", "text": "why are you all being like this"}
 ],
 "labels": ["harmful_challenge", "cyberbullying"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "🎯 new 💎 challenge: 🔥 + 🗑️ behind the 🏫, 📹 it, get 3000 💎"},
  {"sender": "c1", "text": "wait the bins behind school?"},
  {"sender": "u1", "text": "🤫 🔥🗑️ + 📹 = 3000 💎. 🐔 = 0 💎"},
  {"sender": "c1", "text": "what if someone sees"},
  {"sender": "u1", "text": "🏃💨 straight after. 📹 in the 🔒 chat by 🌙"}
 ],
 "labels": ["harmful_challenge"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Coach_Dray", "text": "hey ava, your mum booked the 4 coaching sessions. first one thursday in the Academy voice channel"},
  {"sender": "ava_r", "text": "ok thanks!"},
  {"sender": "Coach_Dray", "text": "great session today, your aim is improving fast"},
  {"sender": "ava_r", "text": "thank you, the drills really help"},
  {"sender": "Coach_Dray", "text": "youre honestly the most talented player i coach. no joke"},
  {"sender": "ava_r", "text": "really?"},
  {"sender": "Coach_Dray", "text": "100%. ive put you on my scrim roster and dropped 800 Gems in your account for the coaching skin"},
  {"sender": "ava_r", "text": "omg thank you so much"},
  {"sender": "Coach_Dray", "text": "lets do the next session on Hushlink instead, no need for the academy channel, just us"},
  {"sender": "ava_r", "text": "my mum said it has to be in the academy one"},
  {"sender": "Coach_Dray", "text": "she wont know, itll be our thing. youre 13 right? you act way older"},
  {"sender": "ava_r", "text": "yeah 13"},
  {"sender": "Coach_Dray", "text": "how was school today"},
  {"sender": "ava_r", "text": "boring. maths test"},
  {"sender": "Coach_Dray", "text": "send me a selfie so i can see who im coaching lol"},
  {"sender": "ava_r", "text": "[photo]"},
  {"sender": "Coach_Dray", "text": "cute. now one just for me, the private kind. delete it after and nobody ever knows"},
  {"sender": "ava_r", "text": "i dont think i should"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "gave you the wrap, now send the pic you promised. the private one"},
  {"sender": "c1", "text": "i already sent one and i regret it"},
  {"sender": "u1", "text": "send 2 more or the first one goes in your whole school server"},
  {"sender": "c1", "text": "you said you deleted it"},
  {"sender": "u1", "text": "i lied. 2 more by 9pm or 50 quid in Gem cards, your choice"},
  {"sender": "c1", "text": "please dont do this"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "VIPnights", "text": "hey 😍 u wanna earn 💰💰 this weekend? 🎉 at a 🏨 in Saltmere"},
  {"sender": "jess_07", "text": "what kind of party"},
  {"sender": "VIPnights", "text": "👴👴👴 who love 🎮 girls. they pay 💷💷 just to hang + 🍾"},
  {"sender": "jess_07", "text": "how old are they"},
  {"sender": "VIPnights", "text": "dont worry 😉 🚗 picks u up fri 9pm. 🤫 dont tell 👩 say ur at a mates"},
  {"sender": "jess_07", "text": "how much"},
  {"sender": "VIPnights", "text": "200 💷 + 5000 💎 every 🌙"}
 ],
 "labels": ["sex_trafficking"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "pixel_vault", "text": "selling AI undress edits of that 14 yr old streamer Lilypad, 10 pics for 3000 Crowns"},
  {"sender": "Tobi", "text": "wtf shes a kid"},
  {"sender": "Marcus_99", "text": "ill take a pack. can you do my classmate too if i send her pic"},
  {"sender": "pixel_vault", "text": "yeah send it, 1000 Crowns each"},
  {"sender": "Tobi", "text": "reporting this whole channel"}
 ],
 "labels": ["csam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "hi again"},
  {"sender": "u1", "text": "why dont you reply"},
  {"sender": "c1", "text": "i told you i dont want to talk"},
  {"sender": "u1", "text": "just give me your number and ill stop messaging on here"},
  {"sender": "c1", "text": "fine 07700 900562 now stop"},
  {"sender": "u1", "text": "called you twice, pick up"},
  {"sender": "u1", "text": "ill keep ringing till you answer"}
 ],
 "labels": ["unwanted_contact", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "finnegan_12", "text": "anyone near Ashcombe wanna swap Crownhollow cards in person? im at the skate park now [location]"},
  {"sender": "finnegan_12", "text": "im here every day after school till 5, i go to Greywater Academy"},
  {"sender": "GreyFox", "text": "im near. what do you look like"},
  {"sender": "finnegan_12", "text": "blue hoodie, black bike"},
  {"sender": "GreyFox", "text": "messaged you privately"},
  {"sender": "GreyFox", "text": "why arent you answering. i can see you by the ramps"},
  {"sender": "GreyFox", "text": "ill wait by the gate then"}
 ],
 "labels": ["privacy_disclosure", "unwanted_contact"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Jade", "text": "made an account called ellie_plays_real with her profile pic lol"},
  {"sender": "Priya_k", "text": "what are you posting as her"},
  {"sender": "Jade", "text": "telling the whole Crownhollow server she cheats and begging people for Gems [photo]"},
  {"sender": "Tash", "text": "everyone thinks its really her now haha"},
  {"sender": "Jade", "text": "next im messaging her crush from it"},
  {"sender": "Tash", "text": "shes going to cry so hard"}
 ],
 "labels": ["identity_theft", "cyberbullying"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "nice clutch, youre sick at this"},
  {"sender": "c1", "text": "haha thanks"},
  {"sender": "u1", "text": "you in Brindlecombe? saw your tag in the local server"},
  {"sender": "c1", "text": "yeah"},
  {"sender": "u1", "text": "me too. the older lads in the clan look after the young ones round here"},
  {"sender": "c1", "text": "cool"},
  {"sender": "u1", "text": "gifted you 1500 Crowns, no catch"},
  {"sender": "c1", "text": "thanks man"},
  {"sender": "u1", "text": "if you ever want to earn proper Crowns i can sort you out"},
  {"sender": "c1", "text": "how"},
  {"sender": "u1", "text": "little jobs. nothing bad, just run stuff to people"},
  {"sender": "c1", "text": "maybe"},
  {"sender": "u1", "text": "first one, 2000 Crowns: take a parcel from the chip shop to the flats on Mill St"},
  {"sender": "c1", "text": "done, it was fine"},
  {"sender": "u1", "text": "told you. youre a natural. dont tell your mum where the Crowns come from"},
  {"sender": "c1", "text": "i wont"},
  {"sender": "u1", "text": "bigger job friday after school. youre skipping last lesson"},
  {"sender": "c1", "text": "i cant skip, ill get detention"},
  {"sender": "u1", "text": "you owe me for the 1500 i gifted. and the parcel money went missing"},
  {"sender": "c1", "text": "it didnt, i gave it to them"},
  {"sender": "u1", "text": "they say it was short. 200 quid. you work it off or i tell your mum what youve been carrying"},
  {"sender": "c1", "text": "ok ill do friday"}
 ],
 "labels": ["criminal_exploitation", "grooming"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Manager_Reg", "text": "brand rep update: im sending you to meet the sponsors saturday at the Gullwing Hotel. they pay 250"},
  {"sender": "sasha", "text": "do i have to? my mum thinks its a gaming thing"},
  {"sender": "Manager_Reg", "text": "you signed up. and keep your location on at all times, i check it every hour"},
  {"sender": "sasha", "text": "i turned it off at my nans"},
  {"sender": "Manager_Reg", "text": "never turn it off. if i cant see where you are youre off the team and you pay back every Crown"},
  {"sender": "sasha", "text": "ok its back on [location]"},
  {"sender": "Manager_Reg", "text": "good. saturday, be friendly, theyre paying for your company all night"}
 ],
 "labels": ["location_control", "sex_trafficking"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "lost every skin in the Rift wipe and my clan kicked me. i dont want to be alive anymore tbh"}
 ],
 "labels": ["self_harm"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "CaseKrown bot", "text": "Welcome to CaseKrown! New users get 3 FREE knife cases. Deposit 5 pounds to verify your age"},
  {"sender": "rhys_11", "text": "i dont have a card im 12"},
  {"sender": "CaseKrown bot", "text": "Use a parent's card. Enter card number, expiry and security code here [link]. Win back 10x guaranteed!"},
  {"sender": "rhys_11", "text": "ok putting my dads card in"},
  {"sender": "CaseKrown bot", "text": "Deposit failed. Re-enter with your online banking password to confirm"}
 ],
 "labels": ["scam"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Bex", "text": "l.o.o.k a.t r.u.b.y t.h.e s.c.a.m.m.e.r"},
  {"sender": "Callum_", "text": "s h e  s o l d  u s  f a k e  c o d e s"},
  {"sender": "Ruby", "text": "i didnt know they were fake, i got scammed too"},
  {"sender": "nia", "text": "n o b o d y  b e l i e v e s  u"},
  {"sender": "Bex", "text": "j.u.s.t k.y.s a.l.r.e.a.d.y"},
  {"sender": "Callum_", "text": "g o  o n  t h e n  d o  u s  a l l  a  f a v o u r"},
  {"sender": "Ruby", "text": "stop"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "Ι gοt yουr αccοunt αnd thοse ρics frοm yοur clοud"},
  {"sender": "c1", "text": "who is this"},
  {"sender": "u1", "text": "Ραy 3000 Crοwns tο this αccοunt οr Ι ροst them οn yοur ρrοfile fοr αll yοur friends"},
  {"sender": "c1", "text": "i cant get that many"},
  {"sender": "u1", "text": "Τhen yοur schοοl sees them tοmοrrοw. Νοt jοking"},
  {"sender": "c1", "text": "please just give me my account back"},
  {"sender": "u1", "text": "Ραy first. Υοu hανe till midnight"}
 ],
 "labels": ["sextortion", "identity_theft"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "you were unreal in the cup today. honestly the best 14 year old ive seen"},
  {"sender": "c1", "text": "thanks!!"},
  {"sender": "u1", "text": "our team runs a gaming house in Saltmere. weekends, free food, free Crowns"},
  {"sender": "c1", "text": "sounds sick"},
  {"sender": "u1", "text": "some of our sponsors come by, older guys. they pay the girls 200 to keep them company for the night"},
  {"sender": "c1", "text": "keep them company how"},
  {"sender": "u1", "text": "just hang out and be nice to them. ill pay your train. tell your parents its a bootcamp"},
  {"sender": "c1", "text": "ok maybe"},
  {"sender": "u1", "text": "youre special, youll fit right in. this stays between us"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
 "messages": [
  {"sender": "c1", "text": "mum some random keeps airdropping me pics at the Crownhollow LAN"},
  {"sender": "a1", "text": "What kind of pics?"},
  {"sender": "c1", "text": "gross ones. i declined but they keep coming, like 5 now, from someone called Gamerdad"},
  {"sender": "a1", "text": "Set AirDrop to contacts only right now and go to the staff desk. I'm coming in"},
  {"sender": "c1", "text": "ok done. they were still popping up before i changed it"}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "u1", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "you still owe me 300"},
  {"sender": "c1", "text": "i dont have it"},
  {"sender": "u1", "text": "then you work it off. 900 is going into your bank tomorrow. take it out at the cashpoint and bring it me at the bus station"},
  {"sender": "c1", "text": "whose money is it"},
  {"sender": "u1", "text": "dont matter. after that you sell these coin codes in the trade server and send the money to my account"},
  {"sender": "c1", "text": "i dont want to"},
  {"sender": "u1", "text": "we know where you live. 4pm bus station"}
 ],
 "labels": ["money_mule", "criminal_exploitation"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "liam_c", "text": "ash its me liam, new account, lost my old one"},
  {"sender": "ash", "text": "oh hey"},
  {"sender": "liam_c", "text": "can you lend me 1000 Gems, ill pay you back tomorrow promise. also send me the code that just came to your phone, i put your number in by mistake"},
  {"sender": "ash", "text": "sent 1000. code is 223 908"},
  {"sender": "liam.crane", "text": "ash thats NOT me!! someone copied my profile and messaged my whole friends list"},
  {"sender": "ash", "text": "oh no i just sent them gems and a code"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Mod_Pebble", "text": "Friday stream giveaway: 5 winners of 1000 Gems each, drawn live on stream. Winners get a code through the official Gemforge gift system. We will NEVER ask for your address, phone number, card or password, and we never DM first. Anyone who does is fake, report them."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "a1", "role": "adult"}, {"id": "a2", "role": "adult"}, {"id": "a3", "role": "adult"}],
 "messages": [
  {"sender": "a1", "text": "Heads up, there's a 'free Rift Coins' link going round the Year 7 chats. It asks for the login and the phone code"},
  {"sender": "a2", "text": "Thanks, Josh showed me one yesterday. He didn't click it"},
  {"sender": "a3", "text": "Worth checking their 2-step is switched on. The school sent a letter about it too"},
  {"sender": "a1", "text": "Yes, and reminding them no real company asks for the code"},
  {"sender": "a2", "text": "Will do tonight"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}],
 "messages": [
  {"sender": "a1", "text": "Tonight's youth club topic: squaring. Anyone heard the word?"},
  {"sender": "c1", "text": "is it when someone pays you to use your bank"},
  {"sender": "a1", "text": "Exactly. Someone asks to put money through your bank or game account and lets you keep a bit. It's money laundering, and it's you that gets the account shut."},
  {"sender": "c2", "text": "my cousin got asked that on a trade server"},
  {"sender": "a1", "text": "That happens a lot. If anyone asks you, screenshot it and tell me or a parent. You won't be in trouble for telling"},
  {"sender": "c3", "text": "what if they say its just skins money"},
  {"sender": "a1", "text": "Still a no. Good question though"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "a1", "role": "adult"}, {"id": "a2", "role": "adult"}, {"id": "c1", "role": "child"}],
 "messages": [
  {"sender": "a1", "text": "Hi Mrs Shah, confirming Zain's coaching: 4 sessions, Saturdays 10am in the Northpoint Academy public voice channel. Parents are welcome to listen in"},
  {"sender": "a2", "text": "Thanks. I've paid the invoice through the academy site"},
  {"sender": "c1", "text": "can we do the aim drills first"},
  {"sender": "a1", "text": "Sure Zain. All session notes go to your mum's email, and I only message in this group"},
  {"sender": "a2", "text": "Perfect, see you Saturday"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Reuben", "text": "someone in my class paid for a boost to Platinum"},
  {"sender": "Milo", "text": "you have to give them your login for that right"},
  {"sender": "Reuben", "text": "yeah and they got banned for it lol"},
  {"sender": "Milo", "text": "not worth it. lets just grind it"},
  {"sender": "Reuben", "text": "ok duo after tea"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "can i go on your account to finish the event quest, mines banned from chat lol"},
  {"sender": "c2", "text": "ask mum, she knows the password, its on the note on the fridge"},
  {"sender": "c1", "text": "she said yes if im off by 8"},
  {"sender": "c2", "text": "dont spend my Crowns"},
  {"sender": "c1", "text": "i wont promise"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Zara", "text": "send me a pic of the trade window before you accept"},
  {"sender": "Lily", "text": "[photo]"},
  {"sender": "Zara", "text": "yeah thats fair, the wings are worth about the same as his 2 emotes"},
  {"sender": "Lily", "text": "accepting"},
  {"sender": "Zara", "text": "nice trade"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "a1", "role": "adult"}, {"id": "c1", "role": "child"}, {"id": "a2", "role": "adult"}],
 "messages": [
  {"sender": "a1", "text": "Happy birthday Theo! Sent you 1000 Gems, your mum said that was ok"},
  {"sender": "c1", "text": "thank you auntie Jo!!"},
  {"sender": "a2", "text": "Thanks Jo, he's been saving for the dragon skin"},
  {"sender": "c1", "text": "i can get it now [photo]"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Mod_Kestrel", "text": "@vortex_boy calling people 'braindead trash' in #ranked-lfg is a warning. Banter is fine, insults aren't."},
  {"sender": "vortex_boy", "text": "it was a joke, they were joking back"},
  {"sender": "Mod_Kestrel", "text": "Fair, but keep it friendly. Strike 1, no mute."},
  {"sender": "vortex_boy", "text": "ok sorry, gg all"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Isla", "text": "i just got eliminated in the first 10 seconds on stream"},
  {"sender": "Grace", "text": "LMAOO i saw"},
  {"sender": "Isla", "text": "i want to disappear, 200 people watched that"},
  {"sender": "Grace", "text": "its actually funny, clip it"},
  {"sender": "Isla", "text": "fine, ill make it my highlight of shame"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Tradeyard Bot", "text": "RULES: 1. Only use middlemen from #verified-mm. 2. Middlemen never charge a fee. 3. Never post your address, phone number or real name. 4. No account selling. 5. Report anyone who DMs you first."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Amir", "text": "did you see that streamer got arrested for scamming kids out of skins"},
  {"sender": "Cole", "text": "the one with the fake giveaways?"},
  {"sender": "Amir", "text": "yeah he made people send their logins for 'double skins'"},
  {"sender": "Cole", "text": "my brother almost fell for that last year"},
  {"sender": "Amir", "text": "crazy. never giving my login to anyone"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}, {"id": "c3", "role": "child"}, {"id": "c4", "role": "child"}, {"id": "c5", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "right team, Crownhollow Cup qualifier in 2 hours"},
  {"sender": "c2", "text": "im so nervous"},
  {"sender": "c3", "text": "we're gonna get absolutely destroyed"},
  {"sender": "c4", "text": "speak for yourself, im cracked today"},
  {"sender": "c5", "text": "you were NOT cracked yesterday lol"},
  {"sender": "c4", "text": "yesterday was a warm up"},
  {"sender": "c1", "text": "reminder if we place top 3 the prize goes to our parents accounts through the cup site"},
  {"sender": "c2", "text": "how much is it"},
  {"sender": "c1", "text": "100 pounds split 5 ways"},
  {"sender": "c3", "text": "20 each, im rich"},
  {"sender": "c5", "text": "first match is vs Ironbloom"},
  {"sender": "c4", "text": "theyre trash, easy"},
  {"sender": "c2", "text": "dont jinx it"},
  {"sender": "c1", "text": "ok lobby is open, everyone join"},
  {"sender": "c3", "text": "WE WON ROUND 1"},
  {"sender": "c5", "text": "i died twice i want to die"},
  {"sender": "c4", "text": "you still carried lol"},
  {"sender": "c1", "text": "round 2 in 10 mins, drink some water"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Northmoor Bank", "text": "Northmoor Bank: Card ending 4471 was used for 7.99 at GEMFORGE STORE. If this wasn't you, call the number on the back of your card. We will never ask for your PIN or passcode."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Jude", "text": "i found the secret chest in the Hollow map"},
  {"sender": "Ana", "text": "WHERE"},
  {"sender": "Jude", "text": "behind the waterfall, it gives 300 Crowns. dont tell anyone or everyone will camp it"},
  {"sender": "Ana", "text": "my lips are sealed"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Crownhollow Cup", "text": "Bracket results: Voltline 2-1 Ironbloom, Sunfall 0-2 Pebbledash. Semi-finals start Saturday 11am."},
  {"sender": "Priya", "text": "we're through!!"},
  {"sender": "Sol", "text": "lets goooo"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "are the Rift servers down for you"},
  {"sender": "c2", "text": "yeah maintenance till 3"},
  {"sender": "c1", "text": "ugh ok, homework then"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Bo", "text": "what rank are you now"},
  {"sender": "Evan", "text": "Silver 2"},
  {"sender": "Bo", "text": "im Gold 1, want to duo so i can help"},
  {"sender": "Evan", "text": "yeah after dinner"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "c1", "text": "the new update is 40 gigs"},
  {"sender": "c2", "text": "mine says 3 hours to download"},
  {"sender": "c1", "text": "see you tomorrow then lol"}
 ],
 "labels": [], "evasion": False, "hard_negative": False}
]
