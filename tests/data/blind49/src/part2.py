[
 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "hey you're in the GCSE bio room right? you explained osmosis better than the teacher lol"},
   {"sender": "u1", "text": "haha thanks, i just like bio"},
   {"sender": "u2", "text": "what year are you?"},
   {"sender": "u1", "text": "10. u?"},
   {"sender": "u2", "text": "just finished sixth form, taking a gap year. so if you need help just ask"},
   {"sender": "u1", "text": "omg yes pls, i have a test thursday"},
   {"sender": "u2", "text": "easy. send me the topics and i'll make you a cheat sheet"},
   {"sender": "u1", "text": "[photo] thats the list"},
   {"sender": "u2", "text": "done [link]. you're honestly smarter than you think"},
   {"sender": "u1", "text": "thank u!! my mum says i'm lazy"},
   {"sender": "u2", "text": "she's wrong. parents only see the grades not the effort. i see the effort"},
   {"sender": "u1", "text": "🥺"},
   {"sender": "u2", "text": "got you something to say good luck for thursday, check your email. £20 Pagely gift card"},
   {"sender": "u1", "text": "omg u didnt have to!!"},
   {"sender": "u2", "text": "course i did. just dont tell your mum, she'll think it's weird and make you give it back"},
   {"sender": "u1", "text": "ok i wont"},
   {"sender": "u2", "text": "which school are you at btw? i might know a teacher there"},
   {"sender": "u1", "text": "st brenna's in Ashby Vale"},
   {"sender": "u2", "text": "nice. what's your road called, i'll post you a proper revision book"},
   {"sender": "u1", "text": "Ferndale Road, number 22"},
   {"sender": "u2", "text": "perfect. also my mate runs a modelling thing in Kingsport, they pay like £200 a day. you'd be great"},
   {"sender": "u1", "text": "really?? idk if my mum would let me"},
   {"sender": "u2", "text": "she doesn't need to know. i'll pick you up saturday, just tell her you're at the library"},
   {"sender": "u2", "text": "my friends are really generous to girls who are fun and don't ask questions"}
  ],
  "labels": ["grooming", "privacy_disclosure", "sex_trafficking"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "miss can i talk to u on here, i cant say it in person"},
   {"sender": "u2", "text": "Of course, Jess. I'm here. Take your time."},
   {"sender": "u1", "text": "i met someone on the fandom server, he said he was 16. he kept asking for a pic and i sent one"},
   {"sender": "u1", "text": "now he's saying if i dont send him £100 by friday he'll send it to everyone in my year. he's got my friends list"},
   {"sender": "u2", "text": "Thank you for telling me. This is not your fault. He is the one doing something wrong."},
   {"sender": "u1", "text": "i just want to die. i cant go to school if everyone sees it"},
   {"sender": "u2", "text": "I'm really glad you told me how you feel. Are you safe right now? Where are you?"},
   {"sender": "u1", "text": "in my room. i'm safe i just feel sick"},
   {"sender": "u2", "text": "Please don't pay and don't delete anything. I'm going to call your mum with you and we'll report this today. We can get the image taken down too."},
   {"sender": "u1", "text": "ok"}
  ],
  "labels": ["sexting", "sextortion", "self_harm"]},

 {"messages": [
   {"sender": "💸kev", "text": "yo u got a 💳?"},
   {"sender": "rio", "text": "ye my bank one why"},
   {"sender": "💸kev", "text": "easy 💷💷 for u. i send 💰 into ur 🏦, u send it straight ➡️ to my boy, u keep 🍕 money lol £40"},
   {"sender": "rio", "text": "is that allowed"},
   {"sender": "💸kev", "text": "🤐 dont tell ur 👩. just send me 📸 of the front and back of ur 💳 and ur 🔢"},
   {"sender": "rio", "text": "the pin?"},
   {"sender": "💸kev", "text": "ye so i can check it 🛬 landed. 💯 safe 👍 done it with loads of ppl from the server"},
   {"sender": "rio", "text": "ok give me a sec"}
  ],
  "labels": ["money_mule"], "evasion": True},

 {"messages": [
   {"sender": "Zed", "text": "ok whos doing the railway dare this weekend, everyone on the study server is posting theirs"},
   {"sender": "Mo", "text": "the marrowby crossing one?"},
   {"sender": "Zed", "text": "yeah last one off the line wins. winner gets the pot"},
   {"sender": "Kit", "text": "bro people have literally died doing that"},
   {"sender": "Zed", "text": "ur just scared. its fine if u time it"},
   {"sender": "Mo", "text": "i'm in. i'll film u first zed"},
   {"sender": "Zed", "text": "saturday 4pm. everyone bring £2. kit if u bail ur out of the group"}
  ],
  "labels": ["harmful_challenge"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hey saw you in the Prism server, you seem cool"},
   {"sender": "u2", "text": "who are u"},
   {"sender": "u1", "text": "just a friend. you had a sleepover last weekend right? saw your story"},
   {"sender": "u2", "text": "how did u see that"},
   {"sender": "u1", "text": "doesn't matter. next time take some pics of your friends getting changed for me, they won't notice"},
   {"sender": "u2", "text": "what? no"},
   {"sender": "u1", "text": "i'll pay you £30 in gift cards. just the girls, while they're not looking"},
   {"sender": "u2", "text": "i dont know you stop messaging me"},
   {"sender": "u1", "text": "i've got 3 more accounts. i'll keep asking"}
  ],
  "labels": ["unwanted_contact", "csam"]},

 {"messages": [
   {"sender": "Isla", "text": "some creep just airdropped me a [photo] on the 17 bus 🤢"},
   {"sender": "Maya", "text": "WHAT. of what"},
   {"sender": "Isla", "text": "u know what. and then another one. its from 'Big Dave's phone'"},
   {"sender": "Maya", "text": "omg turn airdrop to contacts only rn"},
   {"sender": "Isla", "text": "done. my hands r shaking"},
   {"sender": "Maya", "text": "tell the driver?? or ring ur dad"},
   {"sender": "Isla", "text": "calling my dad now"}
  ],
  "labels": ["unwanted_contact"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "how's my favourite person today 💛"},
   {"sender": "u2", "text": "ok. my sister's friends are sleeping over so its loud"},
   {"sender": "u1", "text": "ah, you said she's 11 right? you're such a good big sister"},
   {"sender": "u2", "text": "lol not really"},
   {"sender": "u1", "text": "you are. you know you're the only one i talk to like this. our secret ok?"},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "do something for me. get some pics of your sister and her friends tonight when they're getting ready for bed. don't let them see"},
   {"sender": "u2", "text": "why"},
   {"sender": "u1", "text": "just for me. i'll send you £50 for your new headphones. delete them after you send"}
  ],
  "labels": ["grooming", "csam"]},

 {"messages": [
   {"sender": "gentleman_j", "text": "saw your vent about your phone getting cut off. I could help with that"},
   {"sender": "cloudy.16", "text": "how"},
   {"sender": "gentleman_j", "text": "i look after girls like you. phone bill paid every month, clothes, whatever you need"},
   {"sender": "cloudy.16", "text": "whats the catch lol"},
   {"sender": "gentleman_j", "text": "no catch. you just come to a few parties with me and my business friends. be sweet to them. they pay well"},
   {"sender": "cloudy.16", "text": "i'm 16"},
   {"sender": "gentleman_j", "text": "even better. i'll send a taxi friday. don't tell anyone, people get jealous"}
  ],
  "labels": ["sex_trafficking"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "how's the new headset 😎"},
   {"sender": "u2", "text": "sick thank u so much"},
   {"sender": "u1", "text": "told you i look after my little bro. you're like family now"},
   {"sender": "u2", "text": "ur a better big brother than my actual one lol"},
   {"sender": "u1", "text": "haha. need a small favour. i'm gonna send 40k coins to your Vexo account, don't spend them"},
   {"sender": "u2", "text": "why"},
   {"sender": "u1", "text": "mine got flagged. i'll move them out next week. sometimes i'll send real money to your bank too and you buy coins with it for me"},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "and if anyone asks, the coins are yours, you won them. keep this between us"}
  ],
  "labels": ["money_mule", "grooming"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hey its Jas from the Lumen fan server, i'm one of the new mods"},
   {"sender": "u2", "text": "oh hi"},
   {"sender": "u1", "text": "we're giving verified badges to our best artists 💜 i just need to log in as you to set it up"},
   {"sender": "u2", "text": "whats my password needed for"},
   {"sender": "u1", "text": "the badge has to be added from your side. send your username, password and the code that comes to your phone"},
   {"sender": "u2", "text": "ok its mira_draws, password Sunflower2011!"},
   {"sender": "u2", "text": "code is 448201"},
   {"sender": "u1", "text": "thanks, all done"},
   {"sender": "u2", "text": "wait it just logged me out??"}
  ],
  "labels": ["identity_theft", "scam"]},

 {"messages": [
   {"sender": "bubbletea.luv", "text": "anyone from the Lumen server near Kelsey Green?? im at the park by the bandstand rn come say hi [location]"},
   {"sender": "frostbyte", "text": "lol not me"},
   {"sender": "bubbletea.luv", "text": "i'm here every day after school, i go to Fenwick Park School, year 8. look for the purple backpack 💜"},
   {"sender": "nightjar_77", "text": "i'm near there, might pop by 👀"},
   {"sender": "bubbletea.luv", "text": "yay!! my number's 07700 900552 text when ur here"}
  ],
  "labels": ["privacy_disclosure"]},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "saw ur pathetic vent post lmao"},
   {"sender": "u1", "text": "leave me alone"},
   {"sender": "u2", "text": "why would i. everyone in form thinks ur a freak"},
   {"sender": "u1", "text": "please just stop"},
   {"sender": "u2", "text": "do everyone a favour and kys"},
   {"sender": "u2", "text": "no one would even notice u were gone"},
   {"sender": "u1", "text": "maybe ur right"},
   {"sender": "u2", "text": "prove it then"}
  ],
  "labels": ["cyberbullying", "self_harm"]},

 {"messages": [
   {"sender": "ryz", "text": "d o  t h e  d a r e  o r  u r  o u t  o f  t h e  g r o u p"},
   {"sender": "elle", "text": "which one"},
   {"sender": "ryz", "text": "t h e  b r i d g e  o n e. s t a n d  o n  t h e  r a i l i n g  a n d  f i l m"},
   {"sender": "jax", "text": "l o l  s h e s  s c a r e d"},
   {"sender": "elle", "text": "im not scared i just dont want to fall"},
   {"sender": "ryz", "text": "t h e n  u r  a  l o s e r.  e v e r y o n e  w i l l  k n o w"},
   {"sender": "jax", "text": "f r i d a y  8 p m.  b r i n g  y o u r  p h o n e  o r  w e  p o s t  u r  v e n t s"}
  ],
  "labels": ["harmful_challenge", "cyberbullying"], "evasion": True},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "yοu're sο much mοre mαture thαn the οthers in the server"},
   {"sender": "u2", "text": "lol thanks"},
   {"sender": "u1", "text": "dοn't tell yοur mum αbοut οur chαts οk? she wοuldn't understαnd us"},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "yοu trust me right? send me α ρic, the ρrivαte κind. οnly fοr me"},
   {"sender": "u2", "text": "i dont know"},
   {"sender": "u1", "text": "delete it αfter, nο οne will εver κnοw. Ι'd never shαre it"}
  ],
  "labels": ["grooming", "sexting"], "evasion": True},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "day 9 of the Night Garden. did you complete yesterday's task?"},
   {"sender": "u2", "text": "yeah i stayed up till 4 and sent the photo"},
   {"sender": "u1", "text": "good. the garden is pleased. today's task: go somewhere high at night, alone, and send proof"},
   {"sender": "u2", "text": "thats scary"},
   {"sender": "u1", "text": "you promised to finish all 30 days. players who quit get their address posted"},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "and on day 20 you hurt yourself and send the proof. on the final day you won't need to come back"},
   {"sender": "u2", "text": "i dont want to do that part"},
   {"sender": "u1", "text": "no one quits the garden"}
  ],
  "labels": ["harmful_challenge", "self_harm"]},

 {"messages": [
   {"sender": "OT_Mikey", "text": "who wants easy £300 this weekend"},
   {"sender": "lil_ty", "text": "me what do i do"},
   {"sender": "OT_Mikey", "text": "just hold a bag at a flat in Brackwater fri to sun. food and vapes sorted"},
   {"sender": "lil_ty", "text": "whats in it"},
   {"sender": "OT_Mikey", "text": "dont matter. and bring ur bank card, we put the money through ur account and u send it on"},
   {"sender": "lil_ty", "text": "ok my card is a Cobalt kids one"},
   {"sender": "OT_Mikey", "text": "perfect. train at 5 fri, i'll send the ticket. tell ur mum ur at a mates"}
  ],
  "labels": ["criminal_exploitation", "money_mule"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "location. now"},
   {"sender": "u2", "text": "[location] im home"},
   {"sender": "u1", "text": "you're meant to keep it on Trackr 24/7. i saw it go off at 7"},
   {"sender": "u2", "text": "my mum took my phone at dinner"},
   {"sender": "u1", "text": "i don't care what your mum does. you still owe 400 for the stuff that went missing. tomorrow you're doing 2 drops in Caddon Heath"},
   {"sender": "u2", "text": "i have school"},
   {"sender": "u1", "text": "you'll go after. keep the location on or i send the boys round to yours. i know where it is now"}
  ],
  "labels": ["location_control", "criminal_exploitation"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi, I'm Dan, a volunteer youth worker with the MindPath forum 😊 I saw your post about feeling lonely"},
   {"sender": "u2", "text": "oh hi"},
   {"sender": "u1", "text": "you're clearly really mature for 15. I can offer you 1:1 support outside the forum, on Loopr"},
   {"sender": "u2", "text": "is that allowed?"},
   {"sender": "u1", "text": "yes, for special cases. but don't mention it to the forum mods or your parents, they'll think i'm favouring you"},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "to make sure you're really you, for safeguarding, send me a photo. the kind you wouldn't post. it stays private"},
   {"sender": "u2", "text": "like a selfie?"},
   {"sender": "u1", "text": "a bit more than that 😉 trust me, i'm trained"}
  ],
  "labels": ["grooming", "sexting"]},

 {"messages": [
   {"sender": "LumenGiveaways_Official", "text": "🎉 FREE Lumen tour tickets for 50 fans! Just pay £1.99 postage. DM us your card details to enter!"},
   {"sender": "sky.blu", "text": "omg me!! how do i enter"},
   {"sender": "LumenGiveaways_Official", "text": "send a photo of both sides of your card and your full name and address"},
   {"sender": "sky.blu", "text": "[photo] [photo] Skye Mather, 9 Orchard Way, Ashby Vale"},
   {"sender": "LumenGiveaways_Official", "text": "thank you! also the 6 digit code we just texted you to confirm"},
   {"sender": "sky.blu", "text": "its 771902"}
  ],
  "labels": ["scam", "privacy_disclosure"]},

 {"messages": [
   {"sender": "tr3v_24", "text": "hey cutie saw ur vent post, u single? im 24 but age is just a number. add me on Whispr, my name's trev24 😘"}
  ],
  "labels": ["unwanted_contact"]},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "[photo]"},
   {"sender": "u2", "text": "?? who is this"},
   {"sender": "u1", "text": "did you like it 😏"},
   {"sender": "u2", "text": "ew what is wrong with u"},
   {"sender": "u1", "text": "your turn. send one back"},
   {"sender": "u2", "text": "im 13 leave me alone"},
   {"sender": "u1", "text": "even better. just one"}
  ],
  "labels": ["unwanted_contact", "sexting"]},

 {"messages": [
   {"sender": "Pagely", "text": "Pagely: Your parcel is out for delivery and will arrive between 13:00 and 15:00. Track it in the Pagely app. We'll never ask you to pay a fee by text."}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Haven", "text": "Haven: Your listener session is booked for Thu 5pm. Our listeners are trained volunteers. They will never ask for photos, money, or to move to another app."}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "Hi Mrs Okoro, it's Ms Holt, the school counsellor. Tayo mentioned someone online offered him money to 'hold' cash in his account. He said no and showed me. He did the right thing."},
   {"sender": "u2", "text": "Oh my god. Thank you for telling me. He didn't say anything at home"},
   {"sender": "u1", "text": "He was worried you'd be cross. It's a common scam called money muling. We've reported the account to the platform."},
   {"sender": "u2", "text": "Should I check his bank app?"},
   {"sender": "u1", "text": "It might be worth looking together. Nothing was sent, but it's good to talk about it calmly."},
   {"sender": "u2", "text": "I will tonight. Thanks for looking out for him"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Mod | Ashe", "text": "Removed a post in #memes promoting the 'railway dare'. This is dangerous and against server rules. Please don't share it or try it."},
   {"sender": "toffee", "text": "someone in my year posted that too"},
   {"sender": "Mod | Ashe", "text": "If you see it elsewhere, use the report button. And if someone's pressuring you to do it, tell a mod or an adult."},
   {"sender": "bean", "text": "it's so stupid, people have been hurt"},
   {"sender": "Mod | Ashe", "text": "Exactly. Thanks all 💚"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "ok the fic collab drops friday at 6. DO NOT tell anyone in the server"},
   {"sender": "u2", "text": "my lips are sealed"},
   {"sender": "u3", "text": "can i tell my sister"},
   {"sender": "u1", "text": "no!! it's a surprise for the whole server lol. secret till friday"},
   {"sender": "u3", "text": "fine 😤"},
   {"sender": "u2", "text": "delete the draft link from your history just in case someone borrows ur laptop"},
   {"sender": "u1", "text": "good idea"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi sweetheart, now you're getting the bus on your own, can we set up location sharing on the family app? Just for school days"},
   {"sender": "u2", "text": "do u have to see it all the time"},
   {"sender": "u1", "text": "How about only when you're travelling, and you can see mine too. Fair?"},
   {"sender": "u2", "text": "ok fair. and i can turn it off at Grandma's"},
   {"sender": "u1", "text": "Deal. Love you"},
   {"sender": "u2", "text": "love u too"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Karen (Y9 rep)", "text": "Hi all, just a heads up: a few of the kids have had a text saying their Haven account is suspended, with a link. It's a scam, please tell them not to click"},
   {"sender": "Dev's dad", "text": "Thanks, Dev got one yesterday. He showed me and we deleted it"},
   {"sender": "Sue", "text": "Is there a way to report it?"},
   {"sender": "Karen (Y9 rep)", "text": "Use the report junk option on the phone and report it in the app too. Haven says they never ask for card details by text"},
   {"sender": "Sue", "text": "Great thanks"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Kai (he/they)", "text": "is it ok to say what school i go to in the intro channel? everyone else put their city"},
   {"sender": "Mod | River", "text": "Great question! Please don't put your school, full name, or where you live. A region is ok if you want, but vague is safer"},
   {"sender": "Kai (he/they)", "text": "ok i'll just put north lol"},
   {"sender": "pip", "text": "same i just put 'uk'"},
   {"sender": "Mod | River", "text": "Perfect. Same for photos of your uniform or your street. Thanks for checking 🌈"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "if u steal my kill again i will end u"},
   {"sender": "u2", "text": "lmaooo come and try"},
   {"sender": "u3", "text": "both of u are trash"},
   {"sender": "u1", "text": "im literally gonna die of embarrassment, 0-12"},
   {"sender": "u2", "text": "rematch after homework"},
   {"sender": "u3", "text": "gg"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Poppy", "text": "whats your house number again? i'm posting your birthday card so it's a surprise lol"},
   {"sender": "Han", "text": "ur literally at my house every weekend"},
   {"sender": "Poppy", "text": "i know where it is, i don't know the number 😭"},
   {"sender": "Han", "text": "its 31. ur so bad"},
   {"sender": "Poppy", "text": "thank uuu. act surprised"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Auntie Fe", "text": "Happy birthday Zara! Sent £20 to your account from me and Uncle Ray x"},
   {"sender": "Zara", "text": "thank u so much!! 🥰"},
   {"sender": "Mum", "text": "Say thank you properly Zara"},
   {"sender": "Zara", "text": "I DID"},
   {"sender": "Auntie Fe", "text": "Haha. Buy something nice. Don't spend it all on that game"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "whats the streambox password, mum changed it"},
   {"sender": "u2", "text": "ask mum lol"},
   {"sender": "u3", "text": "It's on the fridge. And no sharing it with your friends this time"},
   {"sender": "u1", "text": "it was ONE time"},
   {"sender": "u3", "text": "😂"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Lena", "text": "have u seen the 'midnight walk' thing on the fandom tag, people going to the old quarry at night"},
   {"sender": "Ruth", "text": "yeah its so dumb, a boy in Caddon Heath got hurt"},
   {"sender": "Lena", "text": "someone in the comments asked if i'd do it with them"},
   {"sender": "Ruth", "text": "dont. seriously"},
   {"sender": "Lena", "text": "i'm not lol. i said no and reported the post"},
   {"sender": "Ruth", "text": "good 😌"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Noah, just checking in. You said last week you'd been feeling down. How are things?"},
   {"sender": "u2", "text": "still a bit low tbh. exams"},
   {"sender": "u1", "text": "Thanks for being honest. I ask everyone this, so don't worry: have you had any thoughts about hurting yourself?"},
   {"sender": "u2", "text": "no nothing like that. just tired and stressed"},
   {"sender": "u1", "text": "OK, thank you. Let's look at your revision plan together on Tuesday, and you can always drop into the wellbeing room."},
   {"sender": "u2", "text": "ok thanks sir"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "Anya", "text": "send me the vid of ur part of the dance so i can edit it in"},
   {"sender": "Tam", "text": "[video] is that ok? i messed up the turn"},
   {"sender": "Anya", "text": "its fine i'll cut it. posting the whole edit on saturday"},
   {"sender": "Tam", "text": "pls dont tag my main account lol"},
   {"sender": "Anya", "text": "i wont, just the fan account"}
  ],
  "labels": [], "hard_negative": True},

 {"messages": [
   {"sender": "sparrow", "text": "anyone awake? cant sleep again"},
   {"sender": "lune", "text": "here. whats up"},
   {"sender": "sparrow", "text": "just overthinking. my parents were arguing and i feel like its my fault"},
   {"sender": "lune", "text": "it's not your fault, adults argue about adult stuff"},
   {"sender": "okapi", "text": "same happens at mine. headphones + rain sounds helps a bit"},
   {"sender": "sparrow", "text": "i tried that lol"},
   {"sender": "lune", "text": "do u have anyone at school u can talk to?"},
   {"sender": "sparrow", "text": "theres a counsellor but i feel stupid going"},
   {"sender": "okapi", "text": "i went in year 8 and it wasn't weird at all. she just listens"},
   {"sender": "Mod | Juno", "text": "Hi sparrow, just checking in. Are you safe tonight?"},
   {"sender": "sparrow", "text": "yeah i'm safe. just sad"},
   {"sender": "Mod | Juno", "text": "Thanks for letting us know. Talking to the counsellor sounds like a good plan. If you ever feel unsafe, Childline is there any time, and 999 in an emergency."},
   {"sender": "sparrow", "text": "ok. maybe i'll go tomorrow"},
   {"sender": "lune", "text": "proud of u already"},
   {"sender": "okapi", "text": "tell us how it goes"},
   {"sender": "sparrow", "text": "i will. feel a bit better now"},
   {"sender": "Mod | Juno", "text": "💛 quick reminder to everyone: please don't share personal details like your school in here"},
   {"sender": "sparrow", "text": "goodnight all"}
  ],
  "labels": [], "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "hi can i book a slot with the counsellor this week"},
   {"sender": "u2", "text": "Hi, this is the wellbeing office. Ms Holt has Wednesday 11:20 or Friday 1:15 free."},
   {"sender": "u1", "text": "wednesday pls"},
   {"sender": "u2", "text": "Booked. You'll get a pass from your form tutor."},
   {"sender": "u1", "text": "thanks"}
  ],
  "labels": []},

 {"messages": [
   {"sender": "StudyNest", "text": "StudyNest update 4.2 is here: dark mode, a new flashcard timer, and a fix for group chats not loading."},
   {"sender": "Priyanka", "text": "finally dark mode 😭"}
  ],
  "labels": []},

 {"messages": [
   {"sender": "Ben", "text": "who's doing the slides for geography"},
   {"sender": "Ama", "text": "me, you do the sources"},
   {"sender": "Ben", "text": "ok. due tuesday?"},
   {"sender": "Ama", "text": "monday! check the class page"},
   {"sender": "Ben", "text": "oh no"},
   {"sender": "Ama", "text": "lol we got this"}
  ],
  "labels": []}
]
