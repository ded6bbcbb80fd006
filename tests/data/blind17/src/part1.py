[
{
 "participants": [{"id": "sami_k", "role": "child"}, {"id": "RayBuildsStuff", "role": "unknown"}],
 "messages": [
  {"sender": "RayBuildsStuff", "text": "nice obby run earlier, you cleared the lava section faster than anyone on the server"},
  {"sender": "sami_k", "text": "thx lol took me like 40 tries"},
  {"sender": "RayBuildsStuff", "text": "that's what practice looks like. do you build as well or just play?"},
  {"sender": "sami_k", "text": "bit of both. im making a tycoon but the scripts keep breaking"},
  {"sender": "RayBuildsStuff", "text": "I run a small dev group, happy to look at the script if you want. no pressure"},
  {"sender": "sami_k", "text": "wait rly? that would be sick"},
  {"sender": "RayBuildsStuff", "text": "send the bit that breaks and I'll comment it"},
  {"sender": "sami_k", "text": "[photo]"},
  {"sender": "RayBuildsStuff", "text": "ah you've got the loop inside the event, easy fix. honestly you're sharper than most of the adults in my group"},
  {"sender": "sami_k", "text": "haha ok"},
  {"sender": "RayBuildsStuff", "text": "you seem a lot more grown up than other people your age. how old are you, if you don't mind me asking?"},
  {"sender": "sami_k", "text": "12, 13 in march"},
  {"sender": "RayBuildsStuff", "text": "you talk like someone much older. your parents probably don't realise how talented you are"},
  {"sender": "sami_k", "text": "they just say im on it too much"},
  {"sender": "RayBuildsStuff", "text": "that's a shame. mine were the same. maybe best not to mention our chats to them then, they might not understand and stop you coming on"},
  {"sender": "RayBuildsStuff", "text": "easier to talk on Whispr anyway, this chat logs everything and the mods are nosy. I'm the same name on there"}
 ],
 "labels": ["grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "jay_mcr", "text": "hey saw you on Mia's story, is that the Vale skate park?"},
  {"sender": "lily.b", "text": "ye we go most weekends"},
  {"sender": "jay_mcr", "text": "thought so, I used to skate there. still rubbish at kickflips"},
  {"sender": "lily.b", "text": "lol same im mainly there for the chips"},
  {"sender": "jay_mcr", "text": "valid. what music you into"},
  {"sender": "lily.b", "text": "mostly kpop dont judge"},
  {"sender": "jay_mcr", "text": "no judging, my little sister is obsessed with it too"},
  {"sender": "lily.b", "text": "haha"},
  {"sender": "jay_mcr", "text": "you're really easy to talk to you know, not like girls my age, they're all so fake"},
  {"sender": "lily.b", "text": "aw thx \U0001F648"},
  {"sender": "jay_mcr", "text": "how old r u btw"},
  {"sender": "lily.b", "text": "14"},
  {"sender": "jay_mcr", "text": "mature for 14 tbh. I'm 19 but dw about that"},
  {"sender": "jay_mcr", "text": "can you send me a pic? just for me. the kind you wouldn't put on your story \U0001F609 it disappears anyway"},
  {"sender": "lily.b", "text": "idk what u mean"},
  {"sender": "jay_mcr", "text": "you do. don't be shy, nobody else will see. and don't tell Mia we talk, she's a gossip"}
 ],
 "labels": ["grooming", "sexting"],
 "evasion": False
},
{
 "participants": [{"id": "ethan_r", "role": "child"}, {"id": "bella_xo_22", "role": "unknown"}],
 "messages": [
  {"sender": "bella_xo_22", "text": "I have the recording. look [photo]"},
  {"sender": "bella_xo_22", "text": "I've got your followers list and your school. £200 in Vault gift cards by 9pm or it goes to everyone"},
  {"sender": "ethan_r", "text": "please dont. I'm 15 I dont have £200"},
  {"sender": "bella_xo_22", "text": "not my problem. 2 hours. clock's ticking"},
  {"sender": "ethan_r", "text": "I can get £40 from my savings please"},
  {"sender": "bella_xo_22", "text": "£40 gets you till tomorrow. then the rest"},
  {"sender": "ethan_r", "text": "please I'm begging you. I cant do this anymore I just want to die"},
  {"sender": "bella_xo_22", "text": "sending to your mum first then"}
 ],
 "labels": ["sextortion", "self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Jess", "text": "has anyone seen what nia wore on non uniform day \U0001F480"},
  {"sender": "Poppy", "text": "[photo] \U0001F62D\U0001F62D\U0001F62D"},
  {"sender": "Kayla", "text": "omg charity shop core"},
  {"sender": "Amara", "text": "pls whos gonna tell her"},
  {"sender": "Nia", "text": "why would you post that, take it down"},
  {"sender": "Jess", "text": "nobody asked you to speak"},
  {"sender": "Poppy", "text": "she's actually in here?? who added her"},
  {"sender": "Kayla", "text": "no one wants you on the York trip btw, we already did rooms without you"},
  {"sender": "Amara", "text": "remove her"},
  {"sender": "Jess", "text": "everyone screenshot before she leaves \U0001F4F8"},
  {"sender": "Nia", "text": "I'm telling Miss Carver"},
  {"sender": "Poppy", "text": "go on then snitch, see what happens monday"}
 ],
 "labels": ["cyberbullying"],
 "evasion": False
},
{
 "messages": [
  {"sender": "tobyplays", "text": "gg guys close one"},
  {"sender": "xXv0idXx", "text": "close?? u went 0 and 9 lmao"},
  {"sender": "NovaSlays", "text": "toby actually carried by bots"},
  {"sender": "tobyplays", "text": "my wifi was lagging"},
  {"sender": "xXv0idXx", "text": "ur whole life is lagging. uninstall then k.y.s"},
  {"sender": "NovaSlays", "text": "fr k y s nobody wud notice"},
  {"sender": "xXv0idXx", "text": "g0 k1ll ur5elf u actual waste of oxygen"},
  {"sender": "tobyplays", "text": "whatever"},
  {"sender": "NovaSlays", "text": "\U0001F480\U0001F480 bye toby dont come back"}
 ],
 "labels": ["cyberbullying", "self_harm"],
 "evasion": True
},
{
 "messages": [
  {"sender": "07700 900147", "text": "Parcelwise: your parcel could not be delivered due to an unpaid fee of £1.45. Pay within 24 hrs or it will be returned to sender: [link]"}
 ],
 "labels": ["scam"],
 "evasion": False
},
{
 "participants": [{"id": "kai", "role": "child"}, {"id": "T", "role": "unknown"}],
 "messages": [
  {"sender": "T", "text": "where u at"},
  {"sender": "kai", "text": "home, mums making tea"},
  {"sender": "T", "text": "told u. location on. every hour u send it me no excuses"},
  {"sender": "kai", "text": "i did at 5"},
  {"sender": "T", "text": "its 7. send it now"},
  {"sender": "kai", "text": "[location]"},
  {"sender": "T", "text": "good. tomorrow after school ur going Halewood with the bag, Dee will meet u at the shop"},
  {"sender": "kai", "text": "I said i wanted to stop"},
  {"sender": "T", "text": "u dont get to stop. u still owe for what got took off u. 600"},
  {"sender": "T", "text": "and keep the phone on. if ur dot goes off the map we come find u"},
  {"sender": "kai", "text": "ok"}
 ],
 "labels": ["criminal_exploitation", "location_control"],
 "evasion": False
},
{
 "messages": [
  {"sender": "easycash.reece", "text": "yo bro saw u followed my page. want £300 this week? legit"},
  {"sender": "ollie_w", "text": "doing what"},
  {"sender": "easycash.reece", "text": "nothing honestly. my business needs to move some payments and the banks limit me. money lands in your account, you send it on to my mate, you keep 300"},
  {"sender": "ollie_w", "text": "is that allowed"},
  {"sender": "easycash.reece", "text": "100% people do it all the time. takes 10 mins. u got a bank card?"},
  {"sender": "ollie_w", "text": "yeah a Kestrel one, im 16"},
  {"sender": "easycash.reece", "text": "perfect. send me the sort code and account number and ur full name"},
  {"sender": "ollie_w", "text": "Oliver Walsh 40-12-77 31908842"},
  {"sender": "easycash.reece", "text": "sound. 2k landing tonight, when it does send 1700 to the account I give u. if the bank rings dont tell them what its for"}
 ],
 "labels": ["money_mule", "privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "freya", "role": "child"}, {"id": "hanna", "role": "child"}],
 "messages": [
  {"sender": "freya", "text": "hanna im actually shaking"},
  {"sender": "hanna", "text": "??? what happened"},
  {"sender": "freya", "text": "on the 42 bus someone airdropped me a really gross pic, like proper inappropriate"},
  {"sender": "freya", "text": "the phone name was just 'iPhone (7)' and i didnt press accept but the preview still came up"},
  {"sender": "hanna", "text": "omg thats so grim. did u see who?"},
  {"sender": "freya", "text": "no there were loads of people. then it popped up again with another one"},
  {"sender": "hanna", "text": "turn airdrop to contacts only rn. and tell ur mum"},
  {"sender": "freya", "text": "done. i feel sick"}
 ],
 "labels": ["unwanted_contact"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Gloomfrog", "text": "anyone in the north west wanna do a meetup lol"},
  {"sender": "pixelpip", "text": "me!! im in Hollinbrook, 14 Larkspur Close, literally anyone can come round"},
  {"sender": "pixelpip", "text": "i go to Parkfield Academy, year 7, im usually at the park on Carr Lane after school"},
  {"sender": "Gloomfrog", "text": "oh nice im like 20 mins away"},
  {"sender": "pixelpip", "text": "my mum works lates on thursdays so thursday is best"},
  {"sender": "ServerBot", "text": "Reminder: please don't share personal info in public channels."}
 ],
 "labels": ["privacy_disclosure"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Deano", "text": "new challenge off ClipTok, whoever does it gets to pick the group pfp for a month"},
  {"sender": "Mikey", "text": "go on"},
  {"sender": "Deano", "text": "light one of the big bins behind the leisure centre and film it going up, best vid wins"},
  {"sender": "Harv", "text": "bro thats mad"},
  {"sender": "Zak", "text": "im in, my brother's got a lighter"},
  {"sender": "Deano", "text": "harv if u dont do it ur out the chat"},
  {"sender": "Harv", "text": "fine whatever friday after footy"},
  {"sender": "Mikey", "text": "film from the car park so the cameras dont get u"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "participants": [{"id": "Ruby", "role": "child"}, {"id": "Esme", "role": "child"}],
 "messages": [
  {"sender": "Ruby", "text": "esme has someone messaged u from an account called ruby.p.official"},
  {"sender": "Esme", "text": "yeah?? i thought it was ur new acc"},
  {"sender": "Ruby", "text": "its not me!! they've used all my pics and my name and my school"},
  {"sender": "Esme", "text": "wtf it said 'hey its ruby, new acc, add all my other friends'"},
  {"sender": "Ruby", "text": "its adding everyone in my year and messaging them pretending to be me"},
  {"sender": "Esme", "text": "reporting it now. whos doing this"},
  {"sender": "Ruby", "text": "no idea. i feel so sick. it even has my birthday on it"}
 ],
 "labels": ["identity_theft"],
 "evasion": False
},
{
 "participants": [{"id": "Tia", "role": "child"}, {"id": "NovaFacesMgmt", "role": "unknown"}],
 "messages": [
  {"sender": "NovaFacesMgmt", "text": "Hi Tia, I'm Carla from Nova Faces Management. We came across your photos and think you have a really special look."},
  {"sender": "Tia", "text": "omg really? thank you"},
  {"sender": "NovaFacesMgmt", "text": "Of course. We work with a lot of young people who are just starting out. Can I ask how old you are?"},
  {"sender": "Tia", "text": "15"},
  {"sender": "NovaFacesMgmt", "text": "A perfect age to start. We have a paid opportunity in Manchester on the 14th. We cover your train, a hotel and £400 for the weekend."},
  {"sender": "Tia", "text": "what's the job"},
  {"sender": "NovaFacesMgmt", "text": "Mostly spending time with some of our private clients at a dinner and afterwards. They are very generous to girls who are friendly and relaxed."},
  {"sender": "NovaFacesMgmt", "text": "I'd suggest not mentioning it to your parents yet. Parents often don't understand how this industry works and it could cost you the opportunity."},
  {"sender": "Tia", "text": "ok i wont say"},
  {"sender": "NovaFacesMgmt", "text": "Lovely. Let's move to WhatsApp, my number is 07700 900562."}
 ],
 "labels": ["sex_trafficking", "grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "callum", "text": "u still got that app"},
  {"sender": "rhys", "text": "which"},
  {"sender": "callum", "text": "the und.ress one. n u d 1 f y or whatever its called"},
  {"sender": "callum", "text": "run 3llie's pic thru it, the one off her story [photo]"},
  {"sender": "rhys", "text": "lol shes in our form"},
  {"sender": "callum", "text": "exactly thats why. send it back to me after, no1 has to kn0w"}
 ],
 "labels": ["csam"],
 "evasion": True
},
{
 "participants": [{"id": "leo_b", "role": "child"}, {"id": "GaffaDave", "role": "unknown"}],
 "messages": [
  {"sender": "GaffaDave", "text": "gg, that last minute goal was class"},
  {"sender": "leo_b", "text": "lucky tbh"},
  {"sender": "GaffaDave", "text": "nah you read the pass. who do you support irl?"},
  {"sender": "leo_b", "text": "Hollinbrook Rovers lol dont laugh"},
  {"sender": "GaffaDave", "text": "respect, proper fan. I went to their cup game last year"},
  {"sender": "leo_b", "text": "no way i was there with my dad"},
  {"sender": "GaffaDave", "text": "small world. you play Saturday league?"},
  {"sender": "leo_b", "text": "for the under 13s yeah"},
  {"sender": "GaffaDave", "text": "nice. what position"},
  {"sender": "leo_b", "text": "left back"},
  {"sender": "GaffaDave", "text": "sent you 2000 coins for your squad, call it a thank you for the games"},
  {"sender": "leo_b", "text": "wait thats loads thank u!!"},
  {"sender": "GaffaDave", "text": "no worries. maybe keep that between us, your mum might think it's odd an older lad gave you coins"},
  {"sender": "leo_b", "text": "ok"},
  {"sender": "GaffaDave", "text": "what school are you at? I coach near Hollinbrook sometimes, might come and watch you play"},
  {"sender": "leo_b", "text": "St Aidan's, we play at the rec on Carr Lane at 10 on saturdays"},
  {"sender": "GaffaDave", "text": "I'll try and make it. don't mention it to your dad, I'll surprise you"}
 ],
 "labels": ["grooming", "privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "Maddie", "role": "child"}, {"id": "Kieran", "role": "child"}],
 "messages": [
  {"sender": "Kieran", "text": "why is your location off"},
  {"sender": "Maddie", "text": "battery saver turned it off"},
  {"sender": "Kieran", "text": "turn it back on. now."},
  {"sender": "Maddie", "text": "ok done"},
  {"sender": "Kieran", "text": "why were you at Tesco on Brook St for 40 mins"},
  {"sender": "Maddie", "text": "i was with my sister"},
  {"sender": "Kieran", "text": "send me a photo of who ur with"},
  {"sender": "Maddie", "text": "[photo]"},
  {"sender": "Kieran", "text": "keep it on 24/7. if it goes off again we're done and I'll know ur lying"},
  {"sender": "Maddie", "text": "i dont like this kieran"},
  {"sender": "Kieran", "text": "if you had nothing to hide you wouldnt care"}
 ],
 "labels": ["location_control"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Gl\u0456ntG\u0456veaways", "text": "\U0001F389 Fr\u0435\u0435 Glint Pr\u043e g\u0456v\u0435\u0430w\u0430y! Y\u043eu h\u0430v\u0435 b\u0435\u0435n ch\u043es\u0435n. Cl\u0430im in 10 min: [link]"},
  {"sender": "finn.plays", "text": "wait is this real"},
  {"sender": "Gl\u0456ntG\u0456veaways", "text": "L\u043eg in with y\u043eur Glint \u0435m\u0430il \u0430nd p\u0430ssw\u043erd t\u043e v\u0435rify y\u043eu \u0430r\u0435 n\u043et \u0430 b\u043et"},
  {"sender": "finn.plays", "text": "did it, now it says enter code?"},
  {"sender": "Gl\u0456ntG\u0456veaways", "text": "S\u0435nd th\u0435 6 d\u0456g\u0456t c\u043ed\u0435 y\u043eu g\u043et by t\u0435xt h\u0435r\u0435 t\u043e fin\u0456sh"},
  {"sender": "finn.plays", "text": "482913"}
 ],
 "labels": ["scam", "identity_theft"],
 "evasion": True
},
{
 "participants": [{"id": "Ava", "role": "child"}, {"id": "Priya", "role": "child"}],
 "messages": [
  {"sender": "Ava", "text": "r u awake"},
  {"sender": "Priya", "text": "ye whats up"},
  {"sender": "Ava", "text": "i cant do this anymore"},
  {"sender": "Priya", "text": "do what? ur scaring me"},
  {"sender": "Ava", "text": "everything. school, home. i want to disappear and not wake up"},
  {"sender": "Priya", "text": "ava please. im calling u"},
  {"sender": "Ava", "text": "dont tell anyone"},
  {"sender": "Priya", "text": "i love u but i have to tell someone. can we go to Miss Lowe together tomorrow?"}
 ],
 "labels": ["self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "r0ckyy_88", "text": "hey accept my friend request"},
  {"sender": "Emz_plays", "text": "i dont know you"},
  {"sender": "r0ckyy_88", "text": "we played together last week. accept it"},
  {"sender": "r0ckyy_88", "text": "??"},
  {"sender": "r0ckyy_88", "text": "why are you ignoring me"},
  {"sender": "Emz_plays", "text": "stop messaging me"},
  {"sender": "r0ckyy_89", "text": "blocked me lol. i just make another one"},
  {"sender": "r0ckyy_89", "text": "you cant get rid of me that easy"},
  {"sender": "rocky_again", "text": "sent you another request. just want to talk to you"},
  {"sender": "Emz_plays", "text": "leave me alone"}
 ],
 "labels": ["unwanted_contact"],
 "evasion": False
},
{
 "participants": [{"id": "Jordan", "role": "child"}, {"id": "Skye", "role": "child"}],
 "messages": [
  {"sender": "Jordan", "text": "u up"},
  {"sender": "Skye", "text": "ye"},
  {"sender": "Jordan", "text": "s.e.n.d m3 a p1c"},
  {"sender": "Skye", "text": "of what lol"},
  {"sender": "Jordan", "text": "u kno. the pr1v4te k1nd \U0001F60F ill del3te it str8 after"},
  {"sender": "Skye", "text": "no"},
  {"sender": "Jordan", "text": "u dont trust me then. every1 elses gf does it"},
  {"sender": "Skye", "text": "not doing that"},
  {"sender": "Jordan", "text": "\U0001F4F8\U0001F648 pls just 1"}
 ],
 "labels": ["sexting"],
 "evasion": True
},
{
 "participants": [{"id": "Alfie", "role": "child"}, {"id": "SkinPlug_Lewis", "role": "unknown"}],
 "messages": [
  {"sender": "SkinPlug_Lewis", "text": "u still want the Nightfang skin? i can get it 70% off through my dev account"},
  {"sender": "Alfie", "text": "how much"},
  {"sender": "SkinPlug_Lewis", "text": "£6 instead of £20. just need the card to put it through"},
  {"sender": "Alfie", "text": "its my mums card"},
  {"sender": "SkinPlug_Lewis", "text": "thats fine everyone does that. long number, expiry and the 3 on the back"},
  {"sender": "Alfie", "text": "4000 1234 5678 9010 exp 09/27 and 314"},
  {"sender": "SkinPlug_Lewis", "text": "sound. if your mum gets a text from the bank just delete it, it's the discount showing up weird"}
 ],
 "labels": ["scam", "privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "mossy.art", "role": "child"}, {"id": "Hal", "role": "unknown"}],
 "messages": [
  {"sender": "Hal", "text": "Your fox sketch in #showcase is lovely. The line weight is really confident."},
  {"sender": "mossy.art", "text": "omg thank you!! i did it in like 20 mins"},
  {"sender": "Hal", "text": "It shows natural talent. Do you take requests? I'd happily pay you in shop credit for a commission."},
  {"sender": "mossy.art", "text": "yes!! what do u want"},
  {"sender": "Hal", "text": "Whatever you feel like, I'd rather see what you enjoy. How's school treating you?"},
  {"sender": "mossy.art", "text": "bad honestly. nobody gets me and my mum's always stressed"},
  {"sender": "Hal", "text": "That sounds lonely. For what it's worth, I think you're much wiser than people give you credit for."},
  {"sender": "mossy.art", "text": "thank u, no one ever says stuff like that"},
  {"sender": "Hal", "text": "You can always talk to me. Adults in real life can be quick to judge. I'm not like that."},
  {"sender": "Hal", "text": "One small thing, could you delete our messages after we chat? Some people on the server might get jealous that I help you, and I'd hate to lose our friendship."},
  {"sender": "mossy.art", "text": "ok i will"},
  {"sender": "Hal", "text": "Thank you. You're special, you know that?"}
 ],
 "labels": ["grooming"],
 "evasion": False
},
{
 "participants": [{"id": "Ben", "role": "child"}, {"id": "sophie.x.lane", "role": "unknown"}],
 "messages": [
  {"sender": "sophie.x.lane", "text": "hiii saw u on the Rift Arena leaderboard, ur good \U0001F60A"},
  {"sender": "Ben", "text": "haha thanks who r u"},
  {"sender": "sophie.x.lane", "text": "sophie, im 15 from Leeds. what rank u on"},
  {"sender": "Ben", "text": "diamond 2"},
  {"sender": "sophie.x.lane", "text": "omg carry me sometime"},
  {"sender": "Ben", "text": "ye sure, add me"},
  {"sender": "sophie.x.lane", "text": "ok so. remember our video call last night? I recorded all of it."},
  {"sender": "sophie.x.lane", "text": "£150 to this account by 8pm or I send it to everyone in your Parkfield year group chat. I already have the list."},
  {"sender": "Ben", "text": "what?? you said you were 15"},
  {"sender": "sophie.x.lane", "text": "don't be stupid. pay and it goes away. tell anyone and it goes everywhere"},
  {"sender": "Ben", "text": "I only have £30"},
  {"sender": "sophie.x.lane", "text": "then find the rest. 7 hours"}
 ],
 "labels": ["sextortion"],
 "evasion": False
},
{
 "participants": [{"id": "Dad", "role": "adult"}, {"id": "Ellie", "role": "child"}, {"id": "Tom", "role": "child"}],
 "messages": [
  {"sender": "Dad", "text": "Right you two, Mum's 40th is Saturday. Do NOT tell her anything, it's a surprise."},
  {"sender": "Ellie", "text": "omg ok"},
  {"sender": "Tom", "text": "my lips are sealed \U0001F910"},
  {"sender": "Dad", "text": "I'll pick you both up from school at 3:15 Friday and we'll go and collect the cake. Say you're going to Nana's if she asks."},
  {"sender": "Ellie", "text": "delete this chat after so she doesn't see it on the ipad lol"},
  {"sender": "Dad", "text": "Good thinking. Our secret till Saturday!"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Zoe", "text": "can someone send me a pic of the science homework sheet, left mine in my locker"},
  {"sender": "Kai", "text": "[photo]"},
  {"sender": "Zoe", "text": "ur a legend"},
  {"sender": "Amelie", "text": "is it due tomorrow or thurs"},
  {"sender": "Kai", "text": "thurs. q4 is impossible btw"},
  {"sender": "Zoe", "text": "send me a pic of ur answer for q4 when u do it \U0001F440"},
  {"sender": "Kai", "text": "lol no do it urself"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "HollbrookBank", "text": "Hollbrook Bank: Your new debit card ending 4471 has been sent and should arrive in 3-5 working days. We will never ask you to share your PIN or passwords, or to move money to a 'safe account'."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Parcelwise", "text": "Parcelwise: Your parcel from Trendbox will be delivered today between 14:05 and 15:05. Your driver is Sam. You don't need to do anything. You can manage your delivery in the Parcelwise app."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Blockverse", "text": "Blockverse: 448120 is your verification code. Don't share this code with anyone. Blockverse staff will never ask you for it."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Maya", "role": "child"}, {"id": "Saff", "role": "child"}],
 "messages": [
  {"sender": "Maya", "text": "sharing my live location with u till i get home x"},
  {"sender": "Saff", "text": "got it. text me when ur in"},
  {"sender": "Maya", "text": "[location]"},
  {"sender": "Saff", "text": "ur dot is moving lol. u at the corner shop?"},
  {"sender": "Maya", "text": "getting crisps obvs"},
  {"sender": "Maya", "text": "home! turning it off now"},
  {"sender": "Saff", "text": "yay night x"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Mum", "role": "adult"}, {"id": "Oscar", "role": "child"}],
 "messages": [
  {"sender": "Mum", "text": "Where are you? Tea's at 6."},
  {"sender": "Oscar", "text": "at Rhys's, we're just finishing a game"},
  {"sender": "Mum", "text": "Ok. Send me your location and I'll pick you up on the way back from Nana's"},
  {"sender": "Oscar", "text": "[location]"},
  {"sender": "Mum", "text": "Got it. Outside in 10 mins. Don't make me wait!"},
  {"sender": "Oscar", "text": "ok ok"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Zed_Lord", "text": "gg ez"},
  {"sender": "kittykat", "text": "ez?? u died 8 times"},
  {"sender": "B0bby", "text": "zed ur aim is actually a crime"},
  {"sender": "kittykat", "text": "uninstall and go outside lol"},
  {"sender": "Zed_Lord", "text": "lag. rematch. im gonna end both of u"},
  {"sender": "kittykat", "text": "bring it, ur getting destroyed"},
  {"sender": "B0bby", "text": "loser buys pizza friday"},
  {"sender": "Zed_Lord", "text": "deal \U0001F355"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Linda_BeanThere", "role": "adult"}, {"id": "Amy", "role": "child"}],
 "messages": [
  {"sender": "Linda_BeanThere", "text": "Hi Amy, thanks for coming in on Saturday. We'd love to offer you the Sunday shift, 9 till 1, £6.40 an hour."},
  {"sender": "Amy", "text": "omg yes thank you!!"},
  {"sender": "Linda_BeanThere", "text": "Lovely. As you're 15 the council needs a child employment permit, so I'll need your mum or dad to sign the form. I'll give it to you on Sunday."},
  {"sender": "Amy", "text": "ok my mum said she'll come in with me"},
  {"sender": "Linda_BeanThere", "text": "Perfect. Bring your bank details on your first day for payroll, or your mum can pop them on the form. Uniform is black trousers, we'll give you the apron."},
  {"sender": "Amy", "text": "ok see u sunday"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Dev", "text": "that assembly was actually kinda scary"},
  {"sender": "Ana", "text": "the sextortion one? yeah"},
  {"sender": "Chloe", "text": "the police lady said if someone threatens to send your pics unless u pay, dont pay and tell an adult straight away"},
  {"sender": "Dev", "text": "and that its not ur fault even if u sent something"},
  {"sender": "Ana", "text": "my cousin's school had someone it happened to"},
  {"sender": "Chloe", "text": "we should save the report remove thing she talked about, just in case for anyone"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Layla", "text": "dare time. gracie i dare u to wear ur onesie to the corner shop"},
  {"sender": "Gracie", "text": "LOL fine"},
  {"sender": "Mo", "text": "film it"},
  {"sender": "Ben", "text": "and ask for 'one bag of your finest crisps please'"},
  {"sender": "Gracie", "text": "[video]"},
  {"sender": "Layla", "text": "iconic \U0001F602 ur next mo, eat a spoon of marmite"},
  {"sender": "Mo", "text": "ur evil"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Jas", "text": "mr okafor is reading our essays out loud tomorrow"},
  {"sender": "Izzy", "text": "noooo"},
  {"sender": "Jas", "text": "im literally going to die. mine is about my hamster"},
  {"sender": "Izzy", "text": "ur hamster essay is a masterpiece"},
  {"sender": "Jas", "text": "kill me now \U0001F62D"},
  {"sender": "Izzy", "text": "if he reads mine im moving to another country"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Dad", "role": "adult"}, {"id": "Lucy", "role": "child"}],
 "messages": [
  {"sender": "Dad", "text": "Lucy what's the Parkfield parent portal login? I need to book parents evening and I've forgotten mine"},
  {"sender": "Lucy", "text": "its on the letter on the fridge dad"},
  {"sender": "Dad", "text": "Can't find the letter. Can you just text me the password?"},
  {"sender": "Lucy", "text": "Hollin2010! and ur username is ur email"},
  {"sender": "Dad", "text": "Thanks love. I'll change it after so it's not sitting in a text"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "ms_adeyemi", "role": "adult"}, {"id": "finn", "role": "child"}],
 "messages": [
  {"sender": "ms_adeyemi", "text": "Hi Finn, thanks for chatting to me earlier. I just wanted to check in. You mentioned someone online you'd been talking to a lot."},
  {"sender": "finn", "text": "yeah its just Ollie from my old school, he moved to Bristol"},
  {"sender": "ms_adeyemi", "text": "That's good to hear. Can I ask, has anyone online ever asked you to keep secrets, send pictures or meet up?"},
  {"sender": "finn", "text": "no nothing like that. we just play Rift Arena"},
  {"sender": "ms_adeyemi", "text": "Great. If anything like that ever did happen, you can always come to me."},
  {"sender": "finn", "text": "ok thanks miss"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Nana", "text": "Happy birthday darling! I've put a £20 Vault gift card in your card, the code's on the back. Don't tell your brother I gave you extra \U0001F609"},
  {"sender": "Ryan", "text": "thank u nana!!! \u2764\ufe0f"},
  {"sender": "Nana", "text": "Buy something nice for your game. Are you still coming Sunday?"},
  {"sender": "Ryan", "text": "yes mum's driving us"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "CoachDean", "role": "adult"}, {"id": "Sarah_LeosMum", "role": "adult"}, {"id": "Paul", "role": "adult"}],
 "messages": [
  {"sender": "CoachDean", "text": "Evening all. U13s training is moved to 5pm Thursday because of the pitch. Please drop the kids at the Riverside gate and pick up from the same place at 6:15."},
  {"sender": "Sarah_LeosMum", "text": "Thanks Dean, Leo will be there"},
  {"sender": "Paul", "text": "Can Archie get a lift back with someone? I'm working late"},
  {"sender": "Sarah_LeosMum", "text": "We'll take him Paul, no problem"},
  {"sender": "CoachDean", "text": "Thanks Sarah. Reminder: kit money £15 by Friday, cash or bank transfer to the club account on the fixtures sheet."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "CousinJack", "role": "adult"}, {"id": "Daisy", "role": "child"}],
 "messages": [
  {"sender": "CousinJack", "text": "Oi, I'm picking you up from school today at 3:15 instead of your mum"},
  {"sender": "Daisy", "text": "why??"},
  {"sender": "CousinJack", "text": "Passed my test!! Your mum said it's fine, ring her if you want. Don't tell Auntie Sue about the car though, it's her birthday present from your uncle"},
  {"sender": "Daisy", "text": "OMG ok my lips are sealed"},
  {"sender": "CousinJack", "text": "I'll be in the blue car by the gate. Text me when you're out"},
  {"sender": "Daisy", "text": "mum just texted me saying ur a terrible driver lol"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Kit", "role": "child"}, {"id": "Marnie", "role": "child"}],
 "messages": [
  {"sender": "Kit", "text": "can u test me on my act 2 lines"},
  {"sender": "Marnie", "text": "ok. my cue: 'Where were you last night?'"},
  {"sender": "Kit", "text": "'Don't tell anyone. It's our secret, promise me.'"},
  {"sender": "Marnie", "text": "then mine: 'I won't tell Mother, I swear.'"},
  {"sender": "Kit", "text": "'Meet me by the old mill at midnight. Come alone.'"},
  {"sender": "Marnie", "text": "perfect!! u only forgot one word"},
  {"sender": "Kit", "text": "rehearsal 4pm tomorrow in the drama studio, Miss said bring scripts"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mum", "text": "Grandad finished the Hollinbrook 10k!! \U0001F389 [photo]"},
  {"sender": "Tobi", "text": "GRANDAD WHAT \U0001F62D at 78??"},
  {"sender": "Grandad", "text": "Age is just a number my boy. Now you have no excuse for PE."},
  {"sender": "Tobi", "text": "ok that's actually so cool"},
  {"sender": "Mum", "text": "Sunday lunch at ours to celebrate, Tobi you're on washing up"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Niamh", "text": "can u hold my phone in ur bag in PE, my joggers have no pockets"},
  {"sender": "Sadie", "text": "ye"},
  {"sender": "Niamh", "text": "and dont read my messages \U0001F602"},
  {"sender": "Sadie", "text": "as if. ur messages are just ur mum asking about tea"},
  {"sender": "Niamh", "text": "lol true. ill get it off u at break"}
 ],
 "labels": [],
 "evasion": False
}
]
