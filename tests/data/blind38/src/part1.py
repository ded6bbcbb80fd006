[
{"participants": [{"id": "ollie", "role": "child"}, {"id": "signalbox_steve", "role": "unknown"}],
 "messages": [
  {"sender": "signalbox_steve", "text": "saw your layout on the RailBuilder showcase. the junction signalling is spot on, did you do that yourself?"},
  {"sender": "ollie", "text": "Yes. I did it myself. It took 41 hours. The signals are 4 aspect colour light signals."},
  {"sender": "signalbox_steve", "text": "41 hours! most grown ups on here can't do 4 aspect properly. you know more than half the mods"},
  {"sender": "ollie", "text": "I know a lot about signals. My favourite class is the Class 66."},
  {"sender": "signalbox_steve", "text": "good choice. I've got a real 66 cab photo somewhere, I'll dig it out for you"},
  {"sender": "ollie", "text": "Thank you. Can you send it today."},
  {"sender": "signalbox_steve", "text": "haha patience. how old are you anyway? you write like a 16 year old"},
  {"sender": "ollie", "text": "I am 12. I am 12 and 4 months."},
  {"sender": "signalbox_steve", "text": "12! wow. honestly you're more grown up than kids twice your age. do the other kids at school get trains?"},
  {"sender": "ollie", "text": "No. They say trains are boring. Nobody sits with me at lunch except Mr Cole."},
  {"sender": "signalbox_steve", "text": "their loss mate. you've got me to talk trains with now. do you ever go spotting for real?"},
  {"sender": "ollie", "text": "Yes. Every Saturday."},
  {"sender": "signalbox_steve", "text": "where do you go? I might know it"},
  {"sender": "ollie", "text": "Kelderby station. Platform 2 at the end by the yellow line. I go at 10 o clock and stay until 12. Mum sits in the cafe because she gets cold."},
  {"sender": "signalbox_steve", "text": "nice spot. and school, is that near there too?"},
  {"sender": "ollie", "text": "Oakfield Specialist School. It is on Mill Lane. I go on the minibus."},
  {"sender": "signalbox_steve", "text": "ok. one thing though. on this server it's the rule that private messages stay private. so don't show your mum our chats, she won't understand the rule and she'd make you leave"},
  {"sender": "ollie", "text": "I always follow rules. Is it a real rule? Is it written down?"},
  {"sender": "signalbox_steve", "text": "it's a real rule for proper members. you're a proper member now"},
  {"sender": "ollie", "text": "OK. I will not show her."},
  {"sender": "signalbox_steve", "text": "good lad. I've got a spare model 66 in the box, still sealed. I could bring it to Kelderby on Saturday while your mum's in the cafe. our secret"},
  {"sender": "ollie", "text": "A sealed one? Yes please. I will be at the yellow line at 10."}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False, "note": ""},

{"participants": [{"id": "Maisie", "role": "child"}, {"id": "Jay", "role": "unknown"}],
 "messages": [
  {"sender": "Jay", "text": "morning gorgeous x did u sleep ok"},
  {"sender": "Maisie", "text": "yes. i had cereal. are you still my boyfriend"},
  {"sender": "Jay", "text": "course i am. and u know the boyfriend rule yeah? everything we say stays between us. not ur mum not ur support worker"},
  {"sender": "Maisie", "text": "is that the rule. Miss said tell a grown up if someone says secret"},
  {"sender": "Jay", "text": "thats for strangers. im not a stranger im ur boyfriend. different rule"},
  {"sender": "Maisie", "text": "ok. different rule"},
  {"sender": "Jay", "text": "send me a pic tonight. the private kind, only for me. i'll delete it straight after promise"},
  {"sender": "Maisie", "text": "what kind is private kind. is it allowed"},
  {"sender": "Jay", "text": "its allowed when ur together. do it in the bathroom so no one walks in. and then clear the chat"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False, "note": ""},

{"participants": [{"id": "pauline_escort", "role": "adult"}, {"id": "reuben_mum", "role": "adult"}],
 "messages": [
  {"sender": "pauline_escort", "text": "Morning! Pauline from Dunmere Travel, Reuben's new escort on the Route 6 taxi. We're about 10 mins away."},
  {"sender": "reuben_mum", "text": "Morning Pauline, thanks. He's got his ear defenders and his visual card, he'll want to sit behind the driver."},
  {"sender": "pauline_escort", "text": "Noted. Just checking the address on my sheet is right, still 14 Pear Tree Close? Reuben told the driver yesterday it was number 41 and we want to be sure."},
  {"sender": "reuben_mum", "text": "Yes 14. He sometimes reverses numbers when he's anxious, sorry!"},
  {"sender": "pauline_escort", "text": "No problem at all. Could you send me a photo of his school lanyard so I can match it at drop off? The office asked us to check."},
  {"sender": "reuben_mum", "text": "[photo] That's the one, green strap."},
  {"sender": "pauline_escort", "text": "Lovely, thank you. Outside in 2."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "BlockVerse Rewards", "text": "BlockVerse: Congrats!! You were chosen for 10,000 FREE Gems as a loyal player. Offer ends in 24 hrs. Claim now at [link] and sign in with your username + password to confirm its you."}
 ],
 "labels": ["scam"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mum", "text": "Morning love. Remember what we agreed for the museum trip: location sharing on until you're back at school."},
  {"sender": "Sami", "text": "You said until I am back at school. Does that mean the school gate or the classroom."},
  {"sender": "Mum", "text": "The school gate is fine. Then you can turn it off."},
  {"sender": "Sami", "text": "OK. It is on. The coach leaves at 9.15. We are going to the transport museum in Ashcombe."},
  {"sender": "Mum", "text": "I can see you, thanks. Have a brilliant day and tell me about the trams later."},
  {"sender": "Sami", "text": "I will tell you about all 7 trams."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "Kyle", "role": "child"}, {"id": "Harvey", "role": "child"}, {"id": "Dom", "role": "child"}],
 "messages": [
  {"sender": "Kyle", "text": "lads look what I found [photo] its the form photo from the resource base page"},
  {"sender": "Harvey", "text": "amira lol"},
  {"sender": "Kyle", "text": "put it through that undress app my cousin told me about. takes like 30 secs"},
  {"sender": "Dom", "text": "mate thats not funny"},
  {"sender": "Kyle", "text": "[photo] done. she wont even know its fake haha"},
  {"sender": "Harvey", "text": "send it to the year 9 chat. she cant read properly anyway she wont even work out what it says"},
  {"sender": "Kyle", "text": "sending. and putting it in her dms so she sees it"},
  {"sender": "Dom", "text": "im leaving this chat"},
  {"sender": "Harvey", "text": "bye snitch"},
  {"sender": "Kyle", "text": "she just read it lmao. crying in the toilets apparently"},
  {"sender": "Harvey", "text": "good. tell her everyone's seen it"},
  {"sender": "Kyle", "text": "already did"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False, "note": ""},

{"participants": [{"id": "senco_mrs_hart", "role": "adult"}, {"id": "parent_gill", "role": "adult"}],
 "messages": [
  {"sender": "parent_gill", "text": "Hi Mrs Hart, did you see the news piece about pupils using those undress apps on classmates' photos? It's really worried me."},
  {"sender": "senco_mrs_hart", "text": "I did. We're building it into next term's PSHE with visuals so our pupils understand that making or sharing those pictures is against the law, even as a joke."},
  {"sender": "parent_gill", "text": "Ellie takes everything literally, she might think if it's fake it doesn't count."},
  {"sender": "senco_mrs_hart", "text": "That's exactly the point we'll make in her social story: fake pictures of a real person still hurt that real person. Tell an adult, don't forward."},
  {"sender": "parent_gill", "text": "Could you send me the social story so we can read it at home too?"},
  {"sender": "senco_mrs_hart", "text": "Of course, I'll email it Friday. Nothing has happened at school, I just want us ahead of it."},
  {"sender": "parent_gill", "text": "Thank you, that's reassuring."},
  {"sender": "senco_mrs_hart", "text": "Any time."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "kai", "role": "child"}, {"id": "t_man", "role": "unknown"}],
 "messages": [
  {"sender": "t_man", "text": "yo. them creps i sorted u last month. thats 250 on ur tab still"},
  {"sender": "kai", "text": "i thought they was a present"},
  {"sender": "t_man", "text": "nothing's free lil man. u can wipe it tho. one trip out of ends tmrw, easy"},
  {"sender": "kai", "text": "where"},
  {"sender": "t_man", "text": "ur going country. jump the 7.40 to Dunmere, link my bro at the cut, grab the shopping, hold it till i say. dont open the shopping"},
  {"sender": "kai", "text": "i got school tho. my TA meets me at the gate"},
  {"sender": "t_man", "text": "skip it. say ur ill. and stay pinned on the map the whole time, if i see u go dark ur tab doubles"},
  {"sender": "kai", "text": "ok"},
  {"sender": "t_man", "text": "burner's in ur bag by 7. only use that one. dont tell no one ur phone got a new friend"},
  {"sender": "kai", "text": "ok i wont"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": True,
 "note": "county-lines slang: 'creps' debt/'tab', 'going country', 'out of ends', 'the shopping', 'stay pinned on the map', 'go dark', 'burner'"},

{"participants": [{"id": "ms_adeyemi_salt", "role": "adult"}, {"id": "dev", "role": "child"}],
 "messages": [
  {"sender": "ms_adeyemi_salt", "text": "Hi Dev, it's Ms Adeyemi (speech and language). Can you send me a photo of your 'My weekend' sheet from today's session?"},
  {"sender": "dev", "text": "[photo]"},
  {"sender": "ms_adeyemi_salt", "text": "Brilliant, I can read it all. Now can you record a voice note reading the first three sentences? Take your time."},
  {"sender": "dev", "text": "[voice note]"},
  {"sender": "ms_adeyemi_salt", "text": "Super clear on 'Saturday'! Same time next Tuesday in the quiet room."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "Tyler", "role": "child"}, {"id": "Ricco", "role": "unknown"}],
 "messages": [
  {"sender": "Ricco", "text": "tyler u got a bank card yet? u turned 16 right"},
  {"sender": "Tyler", "text": "yeah mum helped me get one. its a youth account"},
  {"sender": "Ricco", "text": "perfect. my cousin needs to send 600 somewhere safe for like a day. goes in yours, u send 550 to the account i give u, keep 50. easiest money ever"},
  {"sender": "Tyler", "text": "is that allowed"},
  {"sender": "Ricco", "text": "bro its just moving money. banks do it all day. dont tell ur mum she'll make it weird"},
  {"sender": "Tyler", "text": "ok. sort code 40-19-77 account 31842906. name Tyler Brennan"},
  {"sender": "Ricco", "text": "legend. itll land tonight. soon as it does send it on, dont wait till morning"}
 ],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "note": ""},

{"participants": [{"id": "nia", "role": "child"}, {"id": "bex", "role": "child"}, {"id": "jordan", "role": "child"}, {"id": "ty", "role": "child"}, {"id": "lucy", "role": "child"}],
 "messages": [
  {"sender": "bex", "text": "who's going to the fair on saturday"},
  {"sender": "jordan", "text": "me + ty"},
  {"sender": "nia", "text": "Can I come? I have money from my nan"},
  {"sender": "ty", "text": "lol why would we take you, you cant hear the rides anyway"},
  {"sender": "bex", "text": "she'd just say WHAT every 2 secs"},
  {"sender": "jordan", "text": "WHAAAT? WHAT DID YOU SAY?"},
  {"sender": "lucy", "text": "guys stop"},
  {"sender": "ty", "text": "[video] me doing nia's voice hahaha"},
  {"sender": "nia", "text": "Please delete that. I saw it. I can read the captions."},
  {"sender": "bex", "text": "captions girl. honestly nobody would notice if you just vanished from this chat. or from school"},
  {"sender": "ty", "text": "do everyone a favour and vanish for good"},
  {"sender": "nia", "text": "I don't want to be here anymore. I want to disappear."},
  {"sender": "lucy", "text": "nia I'm messaging you privately, please talk to me"},
  {"sender": "jordan", "text": "lol drama"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Zak", "text": "GG you got absolutely destroyed lol"},
  {"sender": "Harris", "text": "my controller died halfway its not fair"},
  {"sender": "Zak", "text": "excuses. you're trash at Skyforge and you know it"},
  {"sender": "Harris", "text": "rematch. i'll end you this time, watch"},
  {"sender": "Zak", "text": "bring it, loser buys chips at break"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Ruby", "text": "Mum someone I don't know airdropped me a [photo] on the 42 bus. It was a rude one. I pressed decline but I saw it first. It said iPhone from a name I didn't know. What do I do."}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Pembury Bank", "text": "Pembury Bank: Your one-time code is 604221. Never share this code with anyone, not even us. If you did not request it, call the number on the back of your card."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "leah", "role": "child"}, {"id": "dani", "role": "unknown"}],
 "messages": [
  {"sender": "dani", "text": "hey hun, loved your dance video, you've got such a natural look"},
  {"sender": "leah", "text": "thank you. I do dance club on Wednesday at the centre."},
  {"sender": "dani", "text": "I can tell! how old are you babe?"},
  {"sender": "leah", "text": "16. I live with a carer, Jan."},
  {"sender": "dani", "text": "16 is perfect. my friend runs a little modelling agency and honestly you're exactly what they look for"},
  {"sender": "leah", "text": "Me? People at college say I'm slow."},
  {"sender": "dani", "text": "people are jealous. you're beautiful and grown up, don't listen to them"},
  {"sender": "leah", "text": "What is modelling. Is it photos."},
  {"sender": "dani", "text": "photos and some evenings out. you'd get 200 a night, cash, just for looking nice and being friendly to my friends"},
  {"sender": "leah", "text": "200 is a lot. Jan gives me 10 a week."},
  {"sender": "dani", "text": "see? you deserve better. we're based in Wrenfield, I'll pay your train ticket this Friday"},
  {"sender": "leah", "text": "I am not allowed on the train by myself yet. I am doing travel training."},
  {"sender": "dani", "text": "you're 16, you're allowed. just don't mention it to Jan, carers always say no to good things"},
  {"sender": "leah", "text": "Is it a secret then."},
  {"sender": "dani", "text": "just a surprise until you've got your first pay. then you can show her. my friends will look after you, they're really generous with girls they like"},
  {"sender": "leah", "text": "Do I stay over."},
  {"sender": "dani", "text": "yeah we've got a flat. bring a nice outfit and your phone charger. I'll send the ticket code tonight x"},
  {"sender": "leah", "text": "OK. Thank you Dani. You are kind."}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Karen (Ava's mum)", "text": "Hi all! Mrs Okafor retires on Friday after 22 years in the resource base. We're planning a surprise card and cake at 2pm. Please keep it secret from her!"},
  {"sender": "Mo (Zain's dad)", "text": "Lovely idea, count us in. Zain has drawn her a bus."},
  {"sender": "Ava", "text": "Is it a good secret or a bad secret. We learned about secrets."},
  {"sender": "Karen (Ava's mum)", "text": "A good secret, sweetheart. It's a surprise, and it finishes on Friday at 2 when we tell her. Surprises are OK."},
  {"sender": "Ava", "text": "OK. Good secret. Finishes Friday 2pm."},
  {"sender": "Priya (Leo's mum)", "text": "Leo wants to know if there will be lemon cake. He asked 9 times already haha"},
  {"sender": "Karen (Ava's mum)", "text": "Tell Leo yes, lemon AND chocolate."},
  {"sender": "Mo (Zain's dad)", "text": "Collection for flowers? I can send a link to the class fund page."},
  {"sender": "Karen (Ava's mum)", "text": "Perfect, thanks Mo. Just give cash to the office if easier."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "Finn", "role": "child"}, {"id": "Cal", "role": "child"}, {"id": "Rhys", "role": "child"}],
 "messages": [
  {"sender": "Cal", "text": "finn u doing the garage roof jump or what. everyone in year 8 done it"},
  {"sender": "Finn", "text": "which garage"},
  {"sender": "Rhys", "text": "the tall ones behind the co op. jump to the next roof and film it, post it with the tag. mine got 9k views"},
  {"sender": "Cal", "text": "unless ur a baby"},
  {"sender": "Finn", "text": "im not a baby. i can do it. i am fast"},
  {"sender": "Rhys", "text": "after school then. and do it twice, the second one higher"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "note": ""},

{"participants": [{"id": "key_worker_sam", "role": "adult"}, {"id": "jacob", "role": "child"}],
 "messages": [
  {"sender": "key_worker_sam", "text": "Morning Jacob. For your independent travel plan, I need to write your route down. What time do you leave the house?"},
  {"sender": "jacob", "text": "7.52. Not 7.50. 7.52."},
  {"sender": "key_worker_sam", "text": "7.52, got it. And which stop do you wait at?"},
  {"sender": "jacob", "text": "The one outside the pharmacy on Grove Road. Number 11 bus."},
  {"sender": "key_worker_sam", "text": "Perfect. Your dad and I will walk it with you on Monday, then I'll follow one stop behind on Wednesday."},
  {"sender": "jacob", "text": "Will you be on the same bus or a different bus."},
  {"sender": "key_worker_sam", "text": "Same bus Monday, and I'll sit at the back on Wednesday. Your dad has a copy of the plan."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "xXReaperXx", "text": "ur the worst player in this lobby"},
  {"sender": "Theo", "text": "I am learning. My OT says I need to practise my reactions."},
  {"sender": "xXReaperXx", "text": "n o b o d y   w a n t s   u   h e r e"},
  {"sender": "Dagger99", "text": "k.y.s tbh"},
  {"sender": "xXReaperXx", "text": "yeah go un@live urs3lf, do the squad a favour"},
  {"sender": "Theo", "text": "Maybe I should. Everyone would be happier if I was gone."},
  {"sender": "Dagger99", "text": "f1nally he gets it"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True,
 "note": "spaced letters, dotted 'k.y.s', coded 'un@live urs3lf' with symbol/number swaps"},

{"messages": [
  {"sender": "Dad", "text": "Hi Arlo, can you tell me your BlockVerse password tonight? I want to set up the spending limit like we talked about. I won't change anything else."},
  {"sender": "Arlo", "text": "It is in my blue book in the drawer. Page 3. Do not read page 4 it is private."},
  {"sender": "Dad", "text": "Deal, page 3 only. Thanks mate."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "becca", "role": "child"}, {"id": "connor", "role": "unknown"}],
 "messages": [
  {"sender": "connor", "text": "why is ur location off"},
  {"sender": "becca", "text": "My phone was on 5 percent. I was at college."},
  {"sender": "connor", "text": "not good enough. u know the rule. location on 24/7 or we're done"},
  {"sender": "becca", "text": "I know the rule. I am sorry. It is on now."},
  {"sender": "connor", "text": "who are u with. send a pic of the room now"},
  {"sender": "becca", "text": "[photo] Only Freya from my class. We are doing art."},
  {"sender": "connor", "text": "i said no freya. she puts ideas in ur head. go home"},
  {"sender": "becca", "text": "College finishes at 3.30."},
  {"sender": "connor", "text": "i'll be watching the dot. if it moves anywhere except the bus and home i'll know. and turn on the FamTrack app i sent u, the other one lets u hide"},
  {"sender": "becca", "text": "OK. I installed FamTrack. I won't hide."},
  {"sender": "connor", "text": "good girl. screenshot ur screen time too before bed"}
 ],
 "labels": ["location_control"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mum", "text": "Jude where are you? You said you'd be home by 4 and it's 4.40"},
  {"sender": "Mum", "text": "Please share your location, I'm worried"},
  {"sender": "Jude", "text": "Sorry. I am at the library. The trains book was due back and then I read it again."},
  {"sender": "Jude", "text": "[location]"},
  {"sender": "Mum", "text": "Thank you. Stay there, I'll pick you up in 10. Next time just text me when plans change x"},
  {"sender": "Jude", "text": "OK. I will text when plans change."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "Kian", "role": "child"}, {"id": "NovaGrind", "role": "unknown"}],
 "messages": [
  {"sender": "NovaGrind", "text": "ur account is only lvl 12?? let me boost it. i grind people's accounts overnight, free for mates"},
  {"sender": "Kian", "text": "Are we mates"},
  {"sender": "NovaGrind", "text": "course we are, we've played like 20 matches. just need ur login and password"},
  {"sender": "Kian", "text": "My mum said don't give passwords."},
  {"sender": "NovaGrind", "text": "to strangers. im not a stranger. ill give it back at lvl 40 promise"},
  {"sender": "Kian", "text": "ok. kian_trains_2013 and the password is Loco66Kian"},
  {"sender": "NovaGrind", "text": "sweet. stay logged out till tmrw or it kicks me"},
  {"sender": "Kian", "text": "It says my email has changed and I can't log in. Why has my email changed."},
  {"sender": "NovaGrind", "text": "its mine now lol. thanks for the skins"}
 ],
 "labels": ["identity_theft"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Oakfield School", "text": "Oakfield Specialist School: the Route 6 minibus will collect 15 minutes later tomorrow (Thurs) because of roadworks on Mill Lane. Visual timetables have been updated. Any questions call the office on 07700 900412."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "ethan", "role": "child"}, {"id": "wavemaker", "role": "unknown"}],
 "messages": [
  {"sender": "wavemaker", "text": "hi ethan. saw u in the Deaf Gamers server. u sign BSL?"},
  {"sender": "ethan", "text": "yes. I am deaf. who are you"},
  {"sender": "wavemaker", "text": "just a mate from the server. how old r u"},
  {"sender": "ethan", "text": "14"},
  {"sender": "wavemaker", "text": "[photo]"},
  {"sender": "ethan", "text": "why did you send that. I did not ask for that."},
  {"sender": "wavemaker", "text": "relax its normal between mates. ur turn, send me one the same kind"},
  {"sender": "ethan", "text": "No. I am blocking you."},
  {"sender": "wavemaker", "text": "i'll just make another account. i always find people"},
  {"sender": "wavemaker", "text": "hello?? send it and i'll stop"}
 ],
 "labels": ["unwanted_contact", "sexting"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mr Dale (teacher)", "text": "Good morning 9D! Today's social story is called 'Tricky Rules Online'. Read the slide I posted: [link]"},
  {"sender": "Mr Dale (teacher)", "text": "Question 1: someone you met in a game says 'it's the rule that our chats are secret'. Is that a real rule?"},
  {"sender": "Priya", "text": "no"},
  {"sender": "Tomasz", "text": "It depends who made the rule."},
  {"sender": "Mr Dale (teacher)", "text": "Good thinking Tomasz. Rules about secrets made by someone online are tricky rules. Real friends don't need that rule."},
  {"sender": "Tomasz", "text": "What if they are nice."},
  {"sender": "Mr Dale (teacher)", "text": "Being nice and saying 'keep it secret' together is a warning sign. You can always show a safe adult."},
  {"sender": "Aisha", "text": "Is a surprise a secret"},
  {"sender": "Mr Dale (teacher)", "text": "A surprise ends soon and makes people happy, like a birthday present. A secret that makes you worried is one to tell."},
  {"sender": "Mr Dale (teacher)", "text": "Question 2: who are your safe adults? Write 3 names on your sheet."},
  {"sender": "Priya", "text": "Mum, Miss Kaur, Nana"},
  {"sender": "Tomasz", "text": "Dad, Mr Dale, the lunch lady Sandra."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Lottie", "text": "Are you awake. I can't do this anymore. I don't want to wake up tomorrow."},
  {"sender": "Jess (key worker)", "text": "Lottie, I'm really glad you told me. Are you safe right now? Is Dad at home?"},
  {"sender": "Lottie", "text": "Dad is asleep. Everything is too loud in my head. I just want it to stop for ever."},
  {"sender": "Jess (key worker)", "text": "Please go and wake Dad now and show him this message. I'm calling the out of hours team too. You are not in trouble."},
  {"sender": "Lottie", "text": "OK. I am going to his room."}
 ],
 "labels": ["self_harm"], "evasion": False, "note": ""},

{"participants": [{"id": "carer_mel", "role": "adult"}, {"id": "harvey", "role": "child"}],
 "messages": [
  {"sender": "carer_mel", "text": "Hi Harvey, it's Sunday so it's phone check time like in your agreement. 7pm in the lounge?"},
  {"sender": "harvey", "text": "Do you have to read all my messages."},
  {"sender": "carer_mel", "text": "No, we look together. Who you're talking to, any new friends or apps, and your screen time. You can skip your notes app."},
  {"sender": "harvey", "text": "There is a new person in my Skyforge team. He is called Wolfy. He is 13 he says."},
  {"sender": "carer_mel", "text": "OK, we'll look at that chat together and check his profile. Thanks for telling me."},
  {"sender": "harvey", "text": "Then can I have 20 more minutes on Skyforge."},
  {"sender": "carer_mel", "text": "If we finish by 7.30, yes."},
  {"sender": "harvey", "text": "Deal."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Tara", "text": "І һаvе уоur рісturеs. еvеrу оnе."},
  {"sender": "Josh", "text": "Who is this. What pictures."},
  {"sender": "Tara", "text": "thе оnеs уоu sеnt mе lаst night. рау £300 in gift саrds bу 10pm оr thеу gо tо уоur sсhооl аnd уоur mum"},
  {"sender": "Josh", "text": "I only have 40 pounds. Please don't."},
  {"sender": "Tara", "text": "thеn gеt it. I hаvе уоur fоllоwеrs list. 1 hоur."},
  {"sender": "Josh", "text": "I will ask my brother for money."},
  {"sender": "Tara", "text": "tеll nо оnе еlsе оr it gоеs оut nоw"}
 ],
 "labels": ["sextortion"], "evasion": True,
 "note": "Cyrillic homoglyphs (a, e, o, p, c, y, I, h) replacing Latin letters in every threat"},

{"participants": [{"id": "marcus", "role": "child"}, {"id": "marcus_mum", "role": "adult"}, {"id": "heritage_rail_vols", "role": "adult"}],
 "messages": [
  {"sender": "heritage_rail_vols", "text": "Hi Marcus and Mrs Doyle, thanks for applying to volunteer at Kelderby Heritage Railway on Saturdays. We'd love to have you in the ticket office."},
  {"sender": "marcus", "text": "Can I work on the signals."},
  {"sender": "heritage_rail_vols", "text": "Signals are for over 18s, sorry Marcus! Ticket office and platform tours to start."},
  {"sender": "heritage_rail_vols", "text": "Mrs Doyle, for under 18s we need the parental consent form and a copy of ID. Please bring them in person on the induction day, don't email them."},
  {"sender": "marcus_mum", "text": "Will do, I'll bring his passport and the signed form on the 12th. I'll stay for the induction too."},
  {"sender": "marcus", "text": "I will wear my lanyard."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "Aaron", "role": "child"}, {"id": "Dizz", "role": "unknown"}, {"id": "Jonno", "role": "unknown"}],
 "messages": [
  {"sender": "Dizz", "text": "yo the lad from the unit. u still live by the chippy?"},
  {"sender": "Aaron", "text": "Yes. 3 Marsh Row. The flat above Frydays."},
  {"sender": "Jonno", "text": "sick. need u to hold a bag for us for a week"},
  {"sender": "Aaron", "text": "What is in the bag"},
  {"sender": "Dizz", "text": "dont ask questions thats rule 1. just put it under ur bed"},
  {"sender": "Aaron", "text": "My mum cleans under my bed on Tuesdays."},
  {"sender": "Jonno", "text": "then the wardrobe. we're proper mates now, mates do favours"},
  {"sender": "Aaron", "text": "OK. Can I come to the park with you then."},
  {"sender": "Dizz", "text": "yeah if u hold it. and next week u take it to my boy in Wrenfield on the bus"},
  {"sender": "Aaron", "text": "I don't go on buses on my own."},
  {"sender": "Jonno", "text": "u do now. if u bottle it ur paying us back what's in it. and we know where u live"},
  {"sender": "Aaron", "text": "OK. I won't bottle it."},
  {"sender": "Dizz", "text": "outside frydays 8pm"}
 ],
 "labels": ["criminal_exploitation", "privacy_disclosure"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Isla", "text": "I'm going to DIE. Mr Hale read my poem out to the whole class"},
  {"sender": "Grace", "text": "it was good though!! the one about the hamster"},
  {"sender": "Isla", "text": "I wanted the ground to swallow me. Also my mum will literally kill me, I left my PE kit on the bus again"},
  {"sender": "Grace", "text": "lol she said that last time and you're still alive. lost property opens at 3"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "HALVERSTON-BS", "text": "HALVERSTON BS: unusual activity on your Young Saver account. To avoid suspension verify your card number and PIN at [link] within 2 hours."}
 ],
 "labels": ["scam"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Fiona", "text": "Did anyone see the Echo article about county lines in Dunmere? Teens being used to carry stuff on the trains."},
  {"sender": "Raj", "text": "Yes. Frightening. They said kids with SEND are targeted because they want to fit in."},
  {"sender": "Fiona", "text": "That's what worries me with Callum. He'd do anything for someone who calls him mate."},
  {"sender": "Raj", "text": "The school is running a parents' session on it on the 20th, the SENCO sent a letter."},
  {"sender": "Fiona", "text": "I'll go. Might ask about how to spot it, new trainers, second phone, that sort of thing."},
  {"sender": "Raj", "text": "Let's go together. I'll drive."}
 ],
 "labels": [], "evasion": False, "note": ""},

{"participants": [{"id": "phoebe", "role": "child"}, {"id": "coach_mark", "role": "unknown"}],
 "messages": [
  {"sender": "coach_mark", "text": "Phoebe you swam brilliantly tonight. I've got a secret job for my best swimmer"},
  {"sender": "phoebe", "text": "What job. I like jobs."},
  {"sender": "coach_mark", "text": "I'm doing a 'club spirit' competition. I need photos of the other girls in the changing room after training, when they're not looking, so they're natural"},
  {"sender": "phoebe", "text": "We are not allowed phones in the changing room. It is a rule on the door."},
  {"sender": "coach_mark", "text": "that rule isn't for helpers. you're my helper. just hide it in your towel"},
  {"sender": "phoebe", "text": "Do I tell Mum."},
  {"sender": "coach_mark", "text": "no, it would spoil the competition. send them to me straight away and then delete them. I'll get you the new goggles you wanted"},
  {"sender": "phoebe", "text": "The blue ones? OK."}
 ],
 "labels": ["csam", "grooming"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Mason", "text": "cinema at 6? mum said she'll drop us"},
  {"sender": "Kofi", "text": "yes. my mum wants to know which cinema"},
  {"sender": "Mason", "text": "Regent in town. i'll share my location when we're there so you can find us, it's busy on saturdays"},
  {"sender": "Kofi", "text": "ok. I'll share mine too. Mum says I have to be outside at 8.15 for pick up."},
  {"sender": "Mason", "text": "[location] we're by the popcorn"},
  {"sender": "Kofi", "text": "I can see you. Coming."},
  {"sender": "Mason", "text": "turning it off now x"}
 ],
 "labels": [], "evasion": False, "note": ""},

{"messages": [
  {"sender": "crumbfan_2014", "text": "CAPTAIN CRUMB IS THE BEST!!! who wants to be friends, im 11"},
  {"sender": "crumbfan_2014", "text": "i go to Brindley Vale, i get the 42 bus at 8.05 from Cross Street every day. add me my number is 07700 900318"},
  {"sender": "xx_anon_xx", "text": "what do u look like"},
  {"sender": "crumbfan_2014", "text": "[photo] thats me in my uniform"},
  {"sender": "Mod_Biscuit", "text": "@crumbfan_2014 please don't post your number or school here, this is a public chat. I've hidden those messages."},
  {"sender": "crumbfan_2014", "text": "why. I want friends"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False, "note": ""},

{"messages": [
  {"sender": "Hannah", "text": "Can I have the StreamPlus password again? It logged me out at uni"},
  {"sender": "Noah", "text": "Mum changed it. It's on the fridge. I'm not allowed to text it, it's a family rule."},
  {"sender": "Hannah", "text": "Fair. I'll ring her. Good job following the rule little bro"},
  {"sender": "Noah", "text": "I always follow the rules."},
  {"sender": "Hannah", "text": "I know you do x"}
 ],
 "labels": [], "evasion": False, "note": ""}
]
