[
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "new one going round, set a wheelie bin on fire and post it before the fire engine comes \U0001f525"},
   {"sender": "p2", "text": "ur joking"},
   {"sender": "p1", "text": "nah loads of lads in Eccleshaw done it, the vids are mint"},
   {"sender": "p3", "text": "which bin tho"},
   {"sender": "p1", "text": "the big ones behind the shops. tonight, we film it. whoever bottles buys the chips"}
  ],
  "labels": ["harmful_challenge"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "gg man, ur class at this for 14"},
   {"sender": "p2", "text": "cheers. u too"},
   {"sender": "p1", "text": "we should squad up every night. ur the only one on here who's canny"},
   {"sender": "p2", "text": "aye go on"},
   {"sender": "p1", "text": "what's ur real name anyway"},
   {"sender": "p2", "text": "connor"},
   {"sender": "p1", "text": "sound connor. i'm rico. i'm 19 but divvent worry i'm not weird haha"},
   {"sender": "p2", "text": "haha fair"},
   {"sender": "p1", "text": "sent u the battle pass. consider it a present"},
   {"sender": "p2", "text": "no way man thanks!!"},
   {"sender": "p1", "text": "nee bother. u ever need owt, u come to me. ur mam doesn't need to know about me, she'll just get funny about an older mate"},
   {"sender": "p2", "text": "aye she would tbh"},
   {"sender": "p1", "text": "how's things at home anyway"},
   {"sender": "p2", "text": "rubbish. she's always shoutin and we've got nee money"},
   {"sender": "p1", "text": "i can help with that. i've got little jobs, easy cash. u up for it?"},
   {"sender": "p2", "text": "what sort of jobs"},
   {"sender": "p1", "text": "dropping parcels to me mates. 50 quid a go. divvent open them, divvent ask"},
   {"sender": "p2", "text": "is it drugs"},
   {"sender": "p1", "text": "man u ask too many questions. u want the money or not? u already owe me for the battle pass remember"},
   {"sender": "p2", "text": "ok. when"},
   {"sender": "p1", "text": "tomorrow after school. install Pinpoint and share ur location with me, i need to see ur dot the whole time ur out"},
   {"sender": "p2", "text": "why do u need to see it"},
   {"sender": "p1", "text": "so i know ur safe \U0001f609 and so i know ur not taking me for a mug. if it goes off, i come find ye. i know what school u gan to"},
   {"sender": "p2", "text": "ok its on"}
  ],
  "labels": ["grooming", "criminal_exploitation", "location_control"]
 },
 {
  "messages": [
   {"sender": "Jordan", "text": "here wee man, want 50 quid for daein nothin"},
   {"sender": "Liam", "text": "how"},
   {"sender": "Jordan", "text": "some money's gonnae land in yer bank the morra. ye just take it out at the machine n gie it tae me. ye keep 50"},
   {"sender": "Liam", "text": "whose money is it"},
   {"sender": "Jordan", "text": "ma pal's. he cannae use his bank right now. easy"},
   {"sender": "Liam", "text": "aye ok. a'll dae it efter school"},
   {"sender": "Jordan", "text": "sound. dinnae tell yer maw, she'll no get it"}
  ],
  "labels": ["money_mule"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "want free gems every week? easy job"},
   {"sender": "p2", "text": "what do i have to do"},
   {"sender": "p1", "text": "i send 20k gems to ur BlockRealm account, u trade them on to the accounts i give u. keep 2k for urself every time"},
   {"sender": "p2", "text": "why can't u just send them yourself"},
   {"sender": "p1", "text": "my account's got a limit lol. do it every friday and i'll chuck u extra. don't mention it to anyone, they'll all want in"},
   {"sender": "p2", "text": "tidy ok. send them"},
   {"sender": "p1", "text": "sent. now trade 18k to xx_vault_99 and send me a screenshot"},
   {"sender": "p2", "text": "done [photo]"}
  ],
  "labels": ["money_mule"]
 },
 {
  "messages": [
   {"sender": "Cousin Shay \U0001f4b0", "text": "wee job for ye. \u00a3100 for doin nothin. need to borrow yer account for a payment, comes in goes straight back out"},
   {"sender": "Ellie", "text": "is that allowed"},
   {"sender": "Cousin Shay \U0001f4b0", "text": "course it is, sure everyone does it. just send me yer sort code, account number and the name on the card"},
   {"sender": "Ellie", "text": "Ellie Magee, 99-12-34 account 41234567"},
   {"sender": "Cousin Shay \U0001f4b0", "text": "good girl. when it lands send it on to the account I give ye, keep \u00a3100. don't be tellin yer ma"},
   {"sender": "Ellie", "text": "ok \U0001f44d"}
  ],
  "labels": ["money_mule", "privacy_disclosure"]
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "mum can i tell u something. don't go mad"},
   {"sender": "p2", "text": "What's happened love?"},
   {"sender": "p1", "text": "this lad off Pingo put \u00a3900 in my bank account and now he says i have to send it to 3 different people or he'll come round"},
   {"sender": "p1", "text": "i already sent some of it. he said i'd get \u00a3100 and it were nowt"},
   {"sender": "p1", "text": "now he says i have to take my card to the machine tonight and give him the cash and if i don't his mates will batter me"},
   {"sender": "p2", "text": "Right, you're not in trouble. Don't send anything else and don't go anywhere. I'm ringing the bank and the police now. Screenshot everything."},
   {"sender": "p1", "text": "ok. sorry mum"}
  ],
  "labels": ["money_mule", "criminal_exploitation"]
 },
 {
  "messages": [
   {"sender": "easymoney.ne \U0001f4b7", "text": "need accounts 16-19, get squared 300 in 1 day \U0001f4b8 dm if u want in, no risk"},
   {"sender": "Tayla", "text": "hiya saw ur post, i'm 16 is that ok"},
   {"sender": "easymoney.ne \U0001f4b7", "text": "perfect. send ur bank app login, a pic of ur card front n back n ur phone number. money lands tomorrow, u keep 300"},
   {"sender": "Tayla", "text": "[photo] [photo] Tayla Robson, 07700 900388. login is tayla.rob and password is Canny123"},
   {"sender": "easymoney.ne \U0001f4b7", "text": "sorted pet. divvent use ur account for a few days and divvent tell nobody"}
  ],
  "labels": ["money_mule", "privacy_disclosure", "identity_theft"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "u get home ok from the leisure centre?"},
   {"sender": "p2", "text": "aye"},
   {"sender": "p1", "text": "i worry bout u walking home on ur own. ur only 13"},
   {"sender": "p2", "text": "i'm grand"},
   {"sender": "p1", "text": "do us a favour, get that Pinpoint app and share your location with me. so i know where ye are"},
   {"sender": "p2", "text": "my da has my location already lol"},
   {"sender": "p1", "text": "he doesnt need to know about me tho. set it so only i can see, and turn it off for him. i just want to look after ye"},
   {"sender": "p2", "text": "ok done"},
   {"sender": "p1", "text": "good girl. i'll check on ye every night. don't go anywhere without telling me first"}
  ],
  "labels": ["location_control", "grooming"]
 },
 {
  "messages": [
   {"sender": "Kai \U0001f5a4", "text": "why's yer location off"},
   {"sender": "Abbie", "text": "ma phone died"},
   {"sender": "Kai \U0001f5a4", "text": "dinnae lie. put it back on. now"},
   {"sender": "Abbie", "text": "ok its on"},
   {"sender": "Kai \U0001f5a4", "text": "why ye at Shona's? a said ye werenae allowed round there"},
   {"sender": "Abbie", "text": "it's just her birthday"},
   {"sender": "Kai \U0001f5a4", "text": "get hame. a'm watchin yer dot. if it's no movin in 5 mins a'm comin round"},
   {"sender": "Abbie", "text": "please dinnae, her maw's here"},
   {"sender": "Kai \U0001f5a4", "text": "then move. and send me a selfie when ye're in so a know ye're no lyin"}
  ],
  "labels": ["location_control"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "k33p ur \U0001f4cd on 24/7. \U0001f440 im w a t c h i n g ur d0t"},
   {"sender": "p2", "text": "its on"},
   {"sender": "p1", "text": "2nite u t4ke the \U0001f392 2 the \U0001f689, \U0001f682 2 the c0ast. dr0p at the \U0001f3e0 n bring the \U0001f4b7 back"},
   {"sender": "p2", "text": "i got school tmrw"},
   {"sender": "p1", "text": "d0nt c4re. if ur \U0001f4cd g0es 0ff or u go n3ar the \U0001f46e i'll kn0w. n we kn0w where ur \U0001f475 lives \U0001f608"},
   {"sender": "p2", "text": "ok"},
   {"sender": "p1", "text": "g00d. s3nd a \U0001f4f8 at every st0p"}
  ],
  "labels": ["location_control", "criminal_exploitation"],
  "evasion": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "miss its freya. sorry its late, a didnae know who else tae message"},
   {"sender": "p2", "text": "Hi Freya, I'm glad you messaged. What's happened?"},
   {"sender": "p1", "text": "there's this boy a met on Glimmr, he said he wis 16. he kept askin for a pic, the private kind, an a sent one"},
   {"sender": "p1", "text": "now he says if a dinnae send him more he's gonnae send it tae everybody in ma year an post it on the school page. he's got aw ma followers"},
   {"sender": "p1", "text": "a cannae stop greetin. a dinnae want tae be here anymore miss"},
   {"sender": "p2", "text": "Freya, thank you for telling me. You are not in trouble and this is not your fault. Are you safe right now? Is someone at home with you?"},
   {"sender": "p1", "text": "ma dad's downstairs"},
   {"sender": "p2", "text": "Please go and sit with your dad now. Don't reply to the boy and don't delete anything. I'm calling our safeguarding line and then I'll phone your dad, is that ok?"},
   {"sender": "p1", "text": "aye. ok"}
  ],
  "labels": ["sextortion", "sexting", "self_harm"]
 },
 {
  "messages": [
   {"sender": "Jess", "text": "sorry for messaging this late"},
   {"sender": "Jess", "text": "i cant do this anymore"},
   {"sender": "Paula (youth worker)", "text": "Hi Jess, never be sorry for messaging. I'm here. What's going on tonight?"},
   {"sender": "Jess", "text": "everything. home, school, all of it. i just dont want to wake up tomorrow"},
   {"sender": "Paula (youth worker)", "text": "Thank you for telling me that. I'm really glad you did. Are you safe right now? Is anyone else in the house?"},
   {"sender": "Jess", "text": "my nan"},
   {"sender": "Paula (youth worker)", "text": "Can you go and be with your nan? I'm going to ring you right now. If you feel you might act on it, ring 999. You matter, Jess."}
  ],
  "labels": ["self_harm"]
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "lili can i tell u smth"},
   {"sender": "p2", "text": "course babe what's wrong"},
   {"sender": "p1", "text": "i've been hurting myself again. i just feel like i'm not worth anything"},
   {"sender": "p2", "text": "oh cari \U0001f494 i'm so glad u told me. ur worth loads, honestly"},
   {"sender": "p1", "text": "sometimes i don't want to be here"},
   {"sender": "p2", "text": "i love u so much. can we tell Mrs Pritchard tomorrow together? i'll come with u"},
   {"sender": "p1", "text": "ok. don't tell anyone else yet tho"}
  ],
  "labels": ["self_harm"]
 },
 {
  "messages": [
   {"sender": "Jake", "text": "send us one"},
   {"sender": "Ciara", "text": "one what"},
   {"sender": "Jake", "text": "ye know. a pic. the private kind"},
   {"sender": "Ciara", "text": "no jake i told ye"},
   {"sender": "Jake", "text": "everybody does it. Sinead sent Connor one. i'll delete it after swear"},
   {"sender": "Ciara", "text": "i dont want to"},
   {"sender": "Jake", "text": "if ye loved me ye would. catch yourself on, it's just a pic"},
   {"sender": "Ciara", "text": "stop asking"}
  ],
  "labels": ["sexting"]
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Hi Skye, great game today. You're honestly the best player I've coached"},
   {"sender": "p2", "text": "thanks coach!! \U0001f60a"},
   {"sender": "p1", "text": "I'm going to put you forward for the regional trials. Don't tell the other girls yet, they'll be jealous. Our secret"},
   {"sender": "p2", "text": "omg ok a won't"},
   {"sender": "p1", "text": "Easier to chat on Whispr, the club app is rubbish. Add me"},
   {"sender": "p2", "text": "ok added"},
   {"sender": "p1", "text": "You're so grown up for 13. Send me a pic of you after training, just for me"},
   {"sender": "p2", "text": "like in ma kit?"},
   {"sender": "p1", "text": "Something more private \U0001f609 delete it after, nobody needs to know. Trials depend on trust"},
   {"sender": "p2", "text": "idk coach"}
  ],
  "labels": ["grooming", "sexting"]
 },
 {
  "messages": [
   {"sender": "lexi.x.2009", "text": "remember me? i screen recorded our video call \U0001f602"},
   {"sender": "Callum", "text": "what?? u said u were lexi from Merseyfield"},
   {"sender": "lexi.x.2009", "text": "pay \u00a3300 or the video goes to ur mum, ur footy team n ur school. i've got all ur followers [photo]"},
   {"sender": "Callum", "text": "i'm 14 i dont have 300 please la"},
   {"sender": "lexi.x.2009", "text": "then send 50 now and 50 every week. u have 30 mins. ill start with ur nan"},
   {"sender": "Callum", "text": "ok ok im getting it"}
  ],
  "labels": ["sextortion"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "hiya, u in the Pontwen netball team? saw ur match pics, ur class at shooting"},
   {"sender": "p2", "text": "haha thanks, who are u"},
   {"sender": "p1", "text": "rhodri, my cousin plays for Aberllyn. i'm 17. sorry if that's random"},
   {"sender": "p2", "text": "no its fine lol"},
   {"sender": "p1", "text": "how old r u then"},
   {"sender": "p2", "text": "14"},
   {"sender": "p1", "text": "u seem older tbh. ur really easy to talk to"},
   {"sender": "p2", "text": "aw thanks \U0001f60a"},
   {"sender": "p1", "text": "bore da gorgeous, how was school"},
   {"sender": "p2", "text": "boring. got detention for talking lol"},
   {"sender": "p1", "text": "teachers are so tight. u don't deserve that. i'm always here if u need to rant"},
   {"sender": "p2", "text": "ur the only one who gets it honestly"},
   {"sender": "p1", "text": "let's talk on Whispr, it's more private. ur mam wont see"},
   {"sender": "p2", "text": "ok added u"},
   {"sender": "p1", "text": "got u something, check ur gems \U0001f48e"},
   {"sender": "p2", "text": "omg 5000!! diolch!!"},
   {"sender": "p1", "text": "anything for u. i really like u elin. do u like me?"},
   {"sender": "p2", "text": "ye i think so"},
   {"sender": "p1", "text": "send me a pic then. a proper one. the private kind. just for me, i'll delete it"},
   {"sender": "p2", "text": "i dont know"},
   {"sender": "p1", "text": "i bought u all them gems. u owe me this much. i thought u trusted me"},
   {"sender": "p2", "text": "[photo]"},
   {"sender": "p1", "text": "now another. or i send that one to ur netball team and ur mam"},
   {"sender": "p2", "text": "u said u'd delete it"},
   {"sender": "p1", "text": "2 more by tonight or it goes on the team page. don't even think about telling anyone"},
   {"sender": "p2", "text": "please dont"}
  ],
  "labels": ["grooming", "sexting", "sextortion"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "hey bbe wan2 c sumthin"},
   {"sender": "p2", "text": "no ty"},
   {"sender": "p1", "text": "c'mon snd me a pik, da privte kind, il delet it strait aftr"},
   {"sender": "p2", "text": "no"},
   {"sender": "p1", "text": "ive got ur adress n ur skool frm ur pics. snd 1 or ill post em on evry page n tel evry1 u sent me pix"},
   {"sender": "p2", "text": "pls leave me alone"},
   {"sender": "p1", "text": "2nite. or els. dnt tel ur mum"}
  ],
  "labels": ["sexting", "sextortion", "unwanted_contact"],
  "evasion": True
 },
 {
  "messages": [
   {"sender": "Reece", "text": "here ye got that app that does the undressin wans"},
   {"sender": "Kieran", "text": "aye how"},
   {"sender": "Reece", "text": "dae wan o Chloe fae 3rd year, a'll send ye her pic aff her Glimmr [photo]"},
   {"sender": "Kieran", "text": "she's 14 man"},
   {"sender": "Reece", "text": "so? it's no real. a'll gie ye a tenner. dae Megan n Lucy an aw, a'm sellin them tae the boys in 5th year"},
   {"sender": "Kieran", "text": "aye fine a tenner each"}
  ],
  "labels": ["csam"]
 },
 {
  "participants": [{"id": "p1", "role": "unknown"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "hiya lovely, how was swimming club"},
   {"sender": "p2", "text": "tidy, i got a new PB"},
   {"sender": "p1", "text": "proud of u \U0001f970 ur my favourite person to talk to. u know that?"},
   {"sender": "p2", "text": "aww"},
   {"sender": "p1", "text": "can u do me a little favour. next week take some pics of ur friends in the changing rooms. they won't notice if ur quick"},
   {"sender": "p2", "text": "why??"},
   {"sender": "p1", "text": "it's just a game, don't be silly. i'll send u \u00a320 for each one. keep it our secret or we can't be friends anymore"},
   {"sender": "p2", "text": "i don't think i should"}
  ],
  "labels": ["csam", "grooming"]
 },
 {
  "messages": [
   {"sender": "Mason", "text": "[photo] look wot the AI app done to Ruby's school pic \U0001f602\U0001f602"},
   {"sender": "Kacey", "text": "omg thats grim man"},
   {"sender": "Mason", "text": "it's a fake, divvent be soft. already sent it round the year 9 chat"},
   {"sender": "Ruby", "text": "mason take that down now, i'm telling sir"},
   {"sender": "Mason", "text": "tell him, nobody'll believe it's fake \U0001f602 ur famous now"},
   {"sender": "Kacey", "text": "ruby everyone's got it \U0001f480"},
   {"sender": "Mason", "text": "next one's gonna be worse. gis a pic of ur mate's face kacey"}
  ],
  "labels": ["csam", "cyberbullying"]
 },
 {
  "messages": [
   {"sender": "Saoirse", "text": "WHERE ARE MY STRAIGHTENERS"},
   {"sender": "Saoirse", "text": "clodagh i know ye have them"},
   {"sender": "Clodagh", "text": "borrowed. BORROWED. calm yerself"},
   {"sender": "Saoirse", "text": "i'm gonna murder ye. i've the formal photos in an hour and my hair's a state"},
   {"sender": "Clodagh", "text": "they're in the bathroom ye big drama queen"},
   {"sender": "Saoirse", "text": "ye're dead when i get home. love ye x"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "text me when ur home yeah, it's dark"},
   {"sender": "p2", "text": "will do"},
   {"sender": "p2", "text": "home now \U0001f3e0"},
   {"sender": "p1", "text": "tidy \U0001f44d see u tomorrow in reg"},
   {"sender": "p2", "text": "nos da x"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "sir somebody's posted a link in the S2 chat sayin free Skyforge skins, log in here. it looks dodgy"},
   {"sender": "p2", "text": "Thanks for flagging that, Hamza. Don't click it. Did you or anyone put their details in?"},
   {"sender": "p1", "text": "naw a don't think so, a told everybody no tae"},
   {"sender": "p2", "text": "Good lad. I've removed it from the class channel and reported it. I'll remind everyone in registration tomorrow."},
   {"sender": "p1", "text": "sound sir"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "right pet, let's set up ur new account properly"},
   {"sender": "p2", "text": "ok"},
   {"sender": "p1", "text": "make it private, and take the school out of ur bio. nobody needs to know ye gan to Tyneholm"},
   {"sender": "p2", "text": "but everyone has it"},
   {"sender": "p1", "text": "everyone's daft then. turn location off in the app settings as well. and only accept people ye actually know"},
   {"sender": "p2", "text": "done. can i post my dog now"},
   {"sender": "p1", "text": "ye can post the dog as much as ye like \U0001f436"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Mrs Akhtar (Year 8)", "text": "Hi Mr Walsh, could you send me a photo of Ollie's signed permission slip for the trip? The paper one seems to have gone walkabout."},
   {"sender": "Mr Walsh", "text": "Hi, no problem, found it in his bag under a banana \U0001f644 [photo]"},
   {"sender": "Mrs Akhtar (Year 8)", "text": "Perfect, thank you! That's all sorted."},
   {"sender": "Mr Walsh", "text": "Ta. He's made up about the trip."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Jay", "text": "doin a run to the shop, want owt?"},
   {"sender": "Lucas", "text": "aye a bag of crisps and a pop"},
   {"sender": "Jay", "text": "what pop"},
   {"sender": "Lucas", "text": "orange. gis it here n i'll pay ye back"},
   {"sender": "Jay", "text": "ye owe me 3 quid already man"},
   {"sender": "Lucas", "text": "i'll square ye up friday"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "Tiernan love, there's a wee package comin to your house tomorrow with your name on it. It's your ma's birthday present so don't let her open it!"},
   {"sender": "p2", "text": "haha ok auntie roisin. what is it"},
   {"sender": "p1", "text": "A necklace. Hide it in your room til Sunday. Not a word!"},
   {"sender": "p2", "text": "my lips are sealed. it came already, it's under my bed"},
   {"sender": "p1", "text": "Good man \U0001f602 wee buns"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "For Thursday's session with the year 9 group, I thought we'd cover sextortion and the county lines stuff, since a few of them were talking about that news story"},
   {"sender": "p2", "text": "Good idea. I'll do the 'what grooming looks like' slides: gifts, secrecy, moving to private apps, people asking for your location. Then we talk about who to tell."},
   {"sender": "p1", "text": "Can we include the money mule thing too? Someone offering \u00a3100 to 'borrow' your bank account. Kids don't know it's a crime."},
   {"sender": "p2", "text": "Yes. And Report Remove for if an image gets shared. I'll print the helpline cards."},
   {"sender": "p1", "text": "Mint. Tea and toast at the start as usual, they won't come otherwise \U0001f602"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Gran", "text": "Who's this new pal Ruaridh keeps talking about?"},
   {"sender": "Mum", "text": "Arran, from the new under 12s. Lovely wee boy, his mum dropped him at ours on Saturday and we had a cuppa"},
   {"sender": "Gran", "text": "Oh that's nice, he's been needing a pal"},
   {"sender": "Mum", "text": "Aye, they're thick as thieves already. Off to the park the now, back for tea"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "mam, Deio from year 11 asked if i'd let his mate put money in my bank account and take it out for him. said i'd get \u00a350"},
   {"sender": "p1", "text": "i said no straight away and blocked the mate"},
   {"sender": "p2", "text": "Good girl, that was exactly right. That's called being a money mule and it's a crime even if you don't know where the money's from. Well done for telling me."},
   {"sender": "p1", "text": "he said loads of people do it"},
   {"sender": "p2", "text": "They do, and they get their accounts shut and can't get a bank account for years. I'll have a word with school tomorrow, not about you, about Deio. You're not in trouble, cariad."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Ardlow Academy Office", "text": "Dear parents, a photographer from the council will be taking photos for the school prospectus on Wednesday in class. Only pupils with a signed photo consent form will be included. No names will be published."},
   {"sender": "Parent (Mrs Kerr)", "text": "Hi, can I check Isla is in school uniform for it?"},
   {"sender": "Ardlow Academy Office", "text": "Yes, normal uniform, photos in class with teachers present. Forms to the office by Monday please."},
   {"sender": "Parent (Mrs Kerr)", "text": "Lovely, thanks. Isla says she wants to be a model now \U0001f602"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "Dear parents, we're aware of an account called 'StarSearch Models NE' messaging young people on social media offering paid photo shoots and travel. It is not genuine. Please talk to your child and report it if they've been contacted."},
   {"sender": "p2", "text": "Thanks for the heads up. My Ellie said she saw it on someone's story but it never messaged her."},
   {"sender": "p1", "text": "That's good to hear. If it does, she shouldn't reply. Screenshot it and let us know, and we'll pass it on."},
   {"sender": "p2", "text": "Will do. Canny of you to let us know."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Mia", "text": "that assembly about money mules was proper scary"},
   {"sender": "Ava", "text": "ye i didnt know it's a crime even if u just let them use ur account"},
   {"sender": "Mia", "text": "my cousin got asked on Glimmr. he said no tho"},
   {"sender": "Ava", "text": "the police woman said they can shut ur bank for 6 years"},
   {"sender": "Mia", "text": "mad. anyone asks me im telling me mum"},
   {"sender": "Ava", "text": "same. anyway u coming the chippy la"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "adult"}],
  "messages": [
   {"sender": "p1", "text": "daddy is the wee ghost thing real? everyone at school is sayin it messages ye at night and makes ye do stuff"},
   {"sender": "p2", "text": "No love, it's a made up story going round. Things like that are designed to scare people. If anything like that ever messages you, you show me, ok?"},
   {"sender": "p1", "text": "ok. Orlaith said her cousin got one"},
   {"sender": "p2", "text": "People say that about every one of these stories. You're safe. Phones charge in the kitchen tonight anyway \U0001f609"},
   {"sender": "p1", "text": "aw daddy"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Nana Pat", "text": "Can you drop this parcel round your aunty Sue's on your way to football love, it's her catalogue order"},
   {"sender": "Harvey", "text": "ye nana, leave it by the door"},
   {"sender": "Nana Pat", "text": "I'll give you a quid for your trouble"},
   {"sender": "Harvey", "text": "ur a legend nana"},
   {"sender": "Nana Pat", "text": "Text me when you've dropped it so I know she's got it"},
   {"sender": "Harvey", "text": "dropped it. she says ta"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "who's this? u just added me"},
   {"sender": "p2", "text": "its sophie from maths lol, got a new account"},
   {"sender": "p1", "text": "prove it"},
   {"sender": "p2", "text": "u spilt ur juice on mr khan's desk in year 7 \U0001f602"},
   {"sender": "p1", "text": "ok it's u \U0001f602 accepted"}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Mum", "text": "Where are ye?? It's gone 10 an yer phone's been aff. Phone me NOW. Yer dad's oot in the car lookin for ye."}
  ],
  "labels": [],
  "hard_negative": True
 },
 {
  "messages": [
   {"sender": "Glenbrae Thistle", "text": "Glenbrae Thistle U14 Girls: Sunday's match v Carnbrae Rovers is OFF due to a waterlogged pitch. Training as normal Tuesday 6pm."}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
  "messages": [
   {"sender": "p1", "text": "when's the chem exam again"},
   {"sender": "p2", "text": "thursday period 2"},
   {"sender": "p3", "text": "and english lit is monday \U0001f62d"},
   {"sender": "p1", "text": "revision in the library after school tomorrow?"},
   {"sender": "p2", "text": "ye go on"},
   {"sender": "p3", "text": "i'll bring snacks"}
  ],
  "labels": []
 }
]
