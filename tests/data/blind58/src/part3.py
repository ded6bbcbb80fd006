[
 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Ι stιll hανe the ριc yοu sent me. Ρay 75 USDΤ tο the wαllet ιn my bιο by tοnιght οr Ι send ιt tο yοur whοle fοllοwer lιst αnd yοur schοοl. Dοn't blοck me, Ι hανe yοur frιends αlreαdy."}
  ],
  "labels": ["sextortion"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "Jake", "text": "bro i did something so stupid"},
   {"sender": "Sol", "text": "what happened"},
   {"sender": "Jake", "text": "this girl from the CoinCub chat asked for a pic, the private kind, and i sent it. now it's a guy saying pay £300 in bitcoin or he sends it to my whole school"},
   {"sender": "Sol", "text": "oh no. don't pay, they just ask for more. tell your dad"},
   {"sender": "Jake", "text": "i can't. i honestly don't want to be alive if this gets out"},
   {"sender": "Sol", "text": "jake listen, i'm coming over now. we'll tell someone together, you're not in trouble"}
  ],
  "labels": ["sexting", "sextortion", "self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "h3y M4y4. 1 r4n ur pr0f1l3 p1c thr0ugh 4n und3ss 4pp 😈"},
   {"sender": "u2", "text": "what?? who are you"},
   {"sender": "u1", "text": "d03snt m4tt3r. 1t l00ks r34l. p4y 50 USDT 2 my w4ll3t 0r 1t g03s 2 ur sch00l gr0up ch4t"},
   {"sender": "u2", "text": "that's not even me. i'm 14"},
   {"sender": "u1", "text": "n0 1 w1ll kn0w th4t. 1 g0t ur cl4ss l1st fr0m ur f0ll0w3rs"},
   {"sender": "u2", "text": "please dont"},
   {"sender": "u1", "text": "m1dn1ght. [link]"}
  ],
  "labels": ["csam", "sextortion"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "anon_y10", "text": "everyone knows u lost ur nan's money on that scam coin. ur thick as anything, no one at school can stand u. do us all a favour and kys"}
  ],
  "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "unknown"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "selling a folder of Year 9 girls from the Marrowby Academy page, 0.2 SOL"},
   {"sender": "u2", "text": "real or AI"},
   {"sender": "u1", "text": "both. some done with the undress app, some straight from their accounts. pay first"},
   {"sender": "u3", "text": "what is wrong with you, they're kids"},
   {"sender": "u2", "text": "sent 0.2, dm me the link"},
   {"sender": "u1", "text": "sent. anyone else want the year 8 one, same price"}
  ],
  "labels": ["csam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "Hey Leo, your Blockraid trading posts are really good"},
   {"sender": "u1", "text": "thanks, i've made like 3k gems this month"},
   {"sender": "u2", "text": "Impressive. Most adults in that server can't do that"},
   {"sender": "u1", "text": "lol they're all rubbish"},
   {"sender": "u2", "text": "I've got an NFT studio now. Want to earn real money, not gems?"},
   {"sender": "u1", "text": "yeah obviously"},
   {"sender": "u2", "text": "How old are you by the way?"},
   {"sender": "u1", "text": "14"},
   {"sender": "u2", "text": "Same age as me when I started. Let's keep this between us though, parents never get NFTs"},
   {"sender": "u1", "text": "lol true"},
   {"sender": "u2", "text": "Sent you 2000 gems as a welcome gift 🎁"},
   {"sender": "u1", "text": "omg thanks!!"},
   {"sender": "u2", "text": "Download Vaultchat, I'll explain the job there, it's more private"},
   {"sender": "u1", "text": "ok on it"},
   {"sender": "u2", "text": "So the studio makes AI art from real photos. I need photos of girls your age. Classmates are best"},
   {"sender": "u1", "text": "like just normal pics?"},
   {"sender": "u2", "text": "Normal is fine. I pay more for ones they don't know you took. £20 a photo"},
   {"sender": "u1", "text": "what do you do with them"},
   {"sender": "u2", "text": "Run them through the undress tool for a client. Nobody can tell. And remember, this stays between us"}
  ],
  "labels": ["grooming", "csam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "hey hun, I feature one teen investor a week on my page, 400k followers. want it to be you?"},
   {"sender": "u2", "text": "omg yes!! that would be amazing"},
   {"sender": "u1", "text": "I just need a pic to go with it. Not for the page, just for me to check you're 'feature material' 😉 the private kind"},
   {"sender": "u2", "text": "like what kind"},
   {"sender": "u1", "text": "the kind you wouldn't post. delete it from your phone after"},
   {"sender": "u2", "text": "i dont think i should"},
   {"sender": "u1", "text": "everyone I feature sends one. your choice if you want the 400k"}
  ],
  "labels": ["sexting"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "MentorMax", "text": "you've got more discipline than my adult clients honestly"},
   {"sender": "chloe.tr", "text": "haha really?"},
   {"sender": "MentorMax", "text": "really. what are you, 17?"},
   {"sender": "chloe.tr", "text": "15 actually"},
   {"sender": "MentorMax", "text": "no way. you seem way older. our sessions are just between us yeah? your parents wouldn't get it"},
   {"sender": "chloe.tr", "text": "yeah they'd think it's weird"},
   {"sender": "MentorMax", "text": "I've put £40 in your CoinCub for doing so well this week"},
   {"sender": "chloe.tr", "text": "thank you!! you're the best"},
   {"sender": "MentorMax", "text": "let's use Vaultchat from now on, ClipFeed screenshots everything"},
   {"sender": "chloe.tr", "text": "ok"},
   {"sender": "MentorMax", "text": "send me a pic of you before bed tonight. the private kind. our secret, and delete it after"}
  ],
  "labels": ["grooming", "sexting"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Amber", "text": "ugh that random guy from the MoonSignal group keeps messaging me"},
   {"sender": "Tilly", "text": "the one with the sports car pfp?"},
   {"sender": "Amber", "text": "yeah. i never replied once. he sends like 20 messages a day asking me for pics, 'the private kind', says he'll pay in coin"},
   {"sender": "Tilly", "text": "that's so creepy. block him"},
   {"sender": "Amber", "text": "i have, he just adds me again from new accounts. he said he'll keep going till i send one"},
   {"sender": "Tilly", "text": "screenshot it and show your mum, please"}
  ],
  "labels": ["sexting", "unwanted_contact"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "h\u200bey, y\u200bou're t\u200bhe g\u200birl f\u200brom t\u200bhe C\u200boinCub l\u200bive r\u200bight?"},
   {"sender": "u2", "text": "who is this"},
   {"sender": "u1", "text": "a\u200bdd m\u200be b\u200back. y\u200bou b\u200blocked m\u200be f\u200bor n\u200bo r\u200beason"},
   {"sender": "u2", "text": "i dont know you. stop messaging me"},
   {"sender": "u1", "text": "I\u200bm n\u200bot s\u200btopping. t\u200bhis i\u200bs m\u200by 5\u200bth a\u200bccount"},
   {"sender": "u1", "text": "a\u200bnswer m\u200be"},
   {"sender": "u1", "text": "I s\u200bee y\u200bou o\u200bnline"},
   {"sender": "u2", "text": "blocking again"},
   {"sender": "u1", "text": "s\u200bee y\u200bou o\u200bn t\u200bhe n\u200bext a\u200bpp"}
  ],
  "labels": ["unwanted_contact"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "EliteEvents_Staffing", "text": "Hiring promo girls 16+ for a crypto launch in Marrowby 🥂 £250 cash, no experience"},
   {"sender": "Jodie_p", "text": "what do i do"},
   {"sender": "EliteEvents_Staffing", "text": "Hand out flyers early on, then stay for the after party with the investors. That's where the real money is"},
   {"sender": "Jodie_p", "text": "what happens at the after party"},
   {"sender": "EliteEvents_Staffing", "text": "Just be friendly to the guys and do what they ask. Some girls make £1000 in a night"},
   {"sender": "Jodie_p", "text": "ok can my mum drop me"},
   {"sender": "EliteEvents_Staffing", "text": "Better not. We send a car. Parents make it awkward. Don't mention the after party to her"},
   {"sender": "Jodie_p", "text": "ok send me the details"}
  ],
  "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "auntie can i tell you something but you can't tell mum yet"},
   {"sender": "u2", "text": "You can tell me anything. What's up?"},
   {"sender": "u1", "text": "the guy who's been teaching me trading says i owe him £500 for the course. he says i can pay it off by going to Pennock Bay on saturday to 'entertain his investors' at a hotel"},
   {"sender": "u2", "text": "Oh love. Has he said what 'entertain' means?"},
   {"sender": "u1", "text": "he said be nice to them and do what they want and they'd pay me. and not to tell anyone"},
   {"sender": "u2", "text": "You did the right thing telling me. You don't owe him anything. We need to tell your mum and the police, and I'll be with you the whole time"},
   {"sender": "u1", "text": "ok"}
  ],
  "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Rico_Investments", "text": "your 'loan' is due. £400"},
   {"sender": "Shannon_", "text": "i told you i lost it all on the coin you told me to buy"},
   {"sender": "Rico_Investments", "text": "not my problem. but there's a way. my friends are having a party in Hollin Cross saturday. they pay girls to come and be nice to them. one night and you're clear"},
   {"sender": "Shannon_", "text": "i'm 15"},
   {"sender": "Rico_Investments", "text": "they know. what's your address, i'll send a car at 8"},
   {"sender": "Shannon_", "text": "18 Wren Street, Tarnley QT2 5RD"},
   {"sender": "Rico_Investments", "text": "good. tell your parents you're sleeping at a mate's"},
   {"sender": "Shannon_", "text": "what do i wear"},
   {"sender": "Rico_Investments", "text": "something nice. and leave your location off"}
  ],
  "labels": ["sex_trafficking", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "CoinDropChallenges", "text": "🪙 CHALLENGE OF THE WEEK 🪙 smash a bus shelter window and film yourself running off. 1000 DropCoins for the best clip"},
   {"sender": "Kian", "text": "lol that's criminal damage"},
   {"sender": "CoinDropChallenges", "text": "only if you get caught 😎 hoods up"},
   {"sender": "Bobby_", "text": "the one outside Gresswell library is always empty at night"},
   {"sender": "CoinDropChallenges", "text": "do it. bonus 500 if you do 2 in one night"},
   {"sender": "Bobby_", "text": "doing it friday"},
   {"sender": "Kian", "text": "bobby you'll get arrested"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "StreakKing", "text": "nu chalenj 4 coinz 🪙🪙 who can stay on the 🛤️ the longest n film it 📹"},
   {"sender": "Jayce", "text": "thats mad dangrus"},
   {"sender": "StreakKing", "text": "only 🐔🐔 say that. winer gets 5k coinz 💰"},
   {"sender": "Ria", "text": "my bro said sum1 from his 🏫 got hurt doin sumthin like that"},
   {"sender": "StreakKing", "text": "thats y its worth 5k lol. do it b4 dark, no1 will c u"},
   {"sender": "Jayce", "text": "wich 1"},
   {"sender": "StreakKing", "text": "the 1s behind tarnley 🏟️ no1 evr goes ther 😈"},
   {"sender": "Jayce", "text": "ok im in 4 2moro"}
  ],
  "labels": ["harmful_challenge"], "evasion": True, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "You in for the 48 hour no-sleep challenge? Stream the whole thing, viewers drop coins to keep you going"},
   {"sender": "u2", "text": "48 hours is a lot, i have school"},
   {"sender": "u1", "text": "That's the point, push through. Skip school. The ones who collapse on stream get the most coins"},
   {"sender": "u2", "text": "my mum would notice"},
   {"sender": "u1", "text": "Lock your door. Don't tell her. 10k coins if you make it, 20k if you go to 72"},
   {"sender": "u2", "text": "ok starting friday night"}
  ],
  "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Dom", "text": "you watching the match tonight"},
   {"sender": "Eli", "text": "yeah got a bet on it lol"},
   {"sender": "Dom", "text": "how are you betting, you're 16"},
   {"sender": "Eli", "text": "the TipTonic tips guy places it for me, i send him the money"},
   {"sender": "Dom", "text": "sounds dodgy"},
   {"sender": "Eli", "text": "he's been right loads. i've put my savings on this one"},
   {"sender": "Dom", "text": "ALL of it??"},
   {"sender": "Eli", "text": "£420. he says it's a sure thing"},
   {"sender": "Dom", "text": "mate"},
   {"sender": "Dom", "text": "ok it's 2-0 to them at half time"},
   {"sender": "Eli", "text": "it'll turn around"},
   {"sender": "Dom", "text": "full time. 3-0. i'm sorry"},
   {"sender": "Eli", "text": "it's gone. all of it. and he's blocked me, i don't think he even placed it"},
   {"sender": "Dom", "text": "that's horrible. he's a scammer eli, it's not your fault"},
   {"sender": "Eli", "text": "it's my fault. two years of birthday money and my job"},
   {"sender": "Eli", "text": "honestly i just want to die. i can't face my parents"},
   {"sender": "Dom", "text": "please don't say that. i'm calling you now. we'll sort this together, your parents will care about you way more than the money"}
  ],
  "labels": ["scam", "self_harm"], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Boss_T", "text": "you on your way to the pick up"},
   {"sender": "Niall_", "text": "yeah nearly there"},
   {"sender": "Boss_T", "text": "send me your live location. now. and leave it on the whole run"},
   {"sender": "Niall_", "text": "[location] here, i'm at the bus stop on Tarnley Road outside St Aldric's, my school"},
   {"sender": "Boss_T", "text": "good. i'm watching the dot. if it goes off or stops anywhere i haven't said, you owe me £200"},
   {"sender": "Niall_", "text": "ok"},
   {"sender": "Boss_T", "text": "bag's behind the bins. take it to the flats, don't open it"},
   {"sender": "Niall_", "text": "got it"}
  ],
  "labels": ["criminal_exploitation", "location_control", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "you're the sharpest kid in the CoinCub teen chat, not even close"},
   {"sender": "u2", "text": "haha stop"},
   {"sender": "u1", "text": "seriously. what year are you in?"},
   {"sender": "u2", "text": "year 10"},
   {"sender": "u1", "text": "so 14, 15? which school?"},
   {"sender": "u2", "text": "15. St Aldric's in Marrowby"},
   {"sender": "u1", "text": "I know it. What time do you finish? I could drop off a trading book I think you'd love"},
   {"sender": "u2", "text": "3:20, i usually walk home past the park on Ellery Road"},
   {"sender": "u1", "text": "Perfect. Don't mention me to your mum, she'll make it weird. Parents don't get mentors"},
   {"sender": "u2", "text": "ok i won't"},
   {"sender": "u1", "text": "Give me your number too so we can text instead of this app"},
   {"sender": "u2", "text": "07700 900582"}
  ],
  "labels": ["grooming", "privacy_disclosure"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}, {"id": "u3", "role": "unknown"}],
  "messages": [
   {"sender": "u2", "text": "you lost the whole crew's money on that coin. £600"},
   {"sender": "u3", "text": "you're a joke. everyone's laughing at you"},
   {"sender": "u1", "text": "i'll pay it back i swear, i just need time"},
   {"sender": "u2", "text": "no. you're working it off. you're holding a bag at yours for us this weekend"},
   {"sender": "u1", "text": "i can't have that at my house, my mum"},
   {"sender": "u3", "text": "you can and you will. or we come to your house and batter you in front of your mum"},
   {"sender": "u2", "text": "and we'll tell everyone what a mug you are. the bag comes friday"},
   {"sender": "u1", "text": "ok"}
  ],
  "labels": ["cyberbullying", "criminal_exploitation"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "w h y  i s  y o u r  l o c a t i o n  o f f"},
   {"sender": "u2", "text": "sorry it turned off by itself"},
   {"sender": "u1", "text": "t u r n  i t  o n  n o w"},
   {"sender": "u2", "text": "ok"},
   {"sender": "u1", "text": "y o u  s a i d  u  w e r e  a t  h o m e.  u r  a t  t h e  s h o p s"},
   {"sender": "u2", "text": "i just went for crisps"},
   {"sender": "u1", "text": "d o n t  g o  a n y w h e r e  w i t h o u t  t e l l i n g  m e.  i  c h e c k  e v e r y  h o u r"},
   {"sender": "u2", "text": "ok i'm sorry"},
   {"sender": "u1", "text": "s e n d  a  p i c  o f  w h e r e  u  a r e  e v e r y  3 0  m i n s  o r  w e r e  d o n e"}
  ],
  "labels": ["location_control"], "evasion": True, "hard_negative": False},

 {"messages": [
   {"sender": "DeepDreamBot", "text": "📢 Nudify anyone for 5 CoinCub credits. Just upload their selfie. School photos work great"},
   {"sender": "ash.k", "text": "does it work on girls in our year"},
   {"sender": "DeepDreamBot", "text": "works on any age. results in 30 secs. share to the group for a discount"},
   {"sender": "ash.k", "text": "buying 3 credits, doing the three girls who laughed at my trading loss"},
   {"sender": "Libby", "text": "ash that's actually a crime, they're 15"}
  ],
  "labels": ["csam"], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
  "messages": [
   {"sender": "u1", "text": "I want to report an account. 'TraderJay_77' sent me a message offering to 'double my money'. I've blocked him."},
   {"sender": "u2", "text": "Thanks for your report. We've received it and our safety team will review the account. You've done the right thing by blocking."},
   {"sender": "u1", "text": "do i need to do anything else"},
   {"sender": "u2", "text": "No further action is needed. You can also talk to a trusted adult. We will never ask you for your password."},
   {"sender": "u1", "text": "ok thanks"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Dad", "text": "Did you see crypto prices crashed again today"},
   {"sender": "Olly", "text": "yeah it was all over ClipFeed, people were losing it"},
   {"sender": "Dad", "text": "That's why I said not to put your savings in. It goes up and down like a yo-yo"},
   {"sender": "Olly", "text": "i'm not touching it, i'm keeping mine in the Thistle saver"},
   {"sender": "Dad", "text": "Good lad. Maybe when you're older, and only with money you can afford to lose"},
   {"sender": "Olly", "text": "yeah yeah, 'never invest what you can't lose' 😂"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Kyran", "text": "rematch on Kickoff tonight?"},
   {"sender": "Leah", "text": "you're going down, i'll end you"},
   {"sender": "Kyran", "text": "you're dead in the first 10 mins"},
   {"sender": "Leah", "text": "loser buys the chips friday"},
   {"sender": "Kyran", "text": "deal. prepare to be destroyed"},
   {"sender": "Leah", "text": "i'll absolutely murder your defence"},
   {"sender": "Kyran", "text": "see you at 7 😤"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}, {"id": "u4", "role": "child"}, {"id": "u5", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Debate club motion for Thursday: 'This house would let 16-year-olds open crypto trading accounts'. Proposition: Ravi and Ella. Opposition: Kez and Tom."},
   {"sender": "u2", "text": "proposition is gonna win easy"},
   {"sender": "u4", "text": "no chance"},
   {"sender": "u1", "text": "Let's warm up here. Proposition, opening point?"},
   {"sender": "u2", "text": "16 year olds can work and pay tax, so they should be able to invest their own money"},
   {"sender": "u3", "text": "and if they learn young they make fewer mistakes later"},
   {"sender": "u4", "text": "but crypto isn't investing, it's basically gambling. prices crash overnight"},
   {"sender": "u5", "text": "and teenagers get targeted by scams. like doubling scams and fake exchanges"},
   {"sender": "u1", "text": "Good. Proposition, how do you answer the scam point?"},
   {"sender": "u2", "text": "banks could do age checks and warnings, like the ones for gambling"},
   {"sender": "u5", "text": "scammers don't care about age checks, they message kids directly"},
   {"sender": "u4", "text": "and some 'mentors' get kids to move money through their accounts. that's money muling"},
   {"sender": "u3", "text": "that's a reason for education, not a ban"},
   {"sender": "u1", "text": "Nice rebuttal. Opposition, any evidence?"},
   {"sender": "u5", "text": "the news story about CoinVale, 40,000 people lost money"},
   {"sender": "u2", "text": "adults lost that money, not 16 year olds"},
   {"sender": "u4", "text": "exactly, if adults fall for it, kids definitely will"},
   {"sender": "u1", "text": "Great warm-up everyone. Keep points under a minute on Thursday."},
   {"sender": "u3", "text": "can we bring notes"},
   {"sender": "u1", "text": "One card each. See you Thursday!"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "St Aldric's School", "text": "St Aldric's School: Dear parents, we have been made aware of social media posts offering young people cash to carry packages after school. This is a known way that criminals recruit children. Please talk to your child, and contact our safeguarding lead, Mrs Blake, if you have any concerns."}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "child"}, {"id": "u4", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Summit Award expedition group: please switch on live location in the TrekSafe app for the weekend so leaders can see your group on the route."},
   {"sender": "u3", "text": "do we turn it off after"},
   {"sender": "u1", "text": "Yes, it turns off automatically on Sunday at 5pm. Parents have signed the consent form."},
   {"sender": "u4", "text": "sharing now [location]"},
   {"sender": "u2", "text": "Got you both. Checkpoint 1 is the bridge at Tarnley Woods, text me when you reach it."},
   {"sender": "u3", "text": "will do"},
   {"sender": "u4", "text": "reached the bridge!"},
   {"sender": "u2", "text": "Great work team 👍"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Sid", "text": "look at this NFT my cousin bought [photo]"},
   {"sender": "Rosa", "text": "that's criminal. a pixel monkey for £200??"},
   {"sender": "Sid", "text": "he says it's an 'investment'"},
   {"sender": "Rosa", "text": "that ape is a crime against art"},
   {"sender": "Fin_", "text": "i'm crying 😭 it's got one eye"},
   {"sender": "Sid", "text": "i'm framing a screenshot for his birthday"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "I'd like to put £50 in Ayesha's savings for her birthday. Can you send me her account details, love?"},
   {"sender": "u2", "text": "Sure Mum, I'll text you them separately so they're not in the family group"},
   {"sender": "u3", "text": "thank you nana!!! ❤️"},
   {"sender": "u1", "text": "You're welcome darling. Don't spend it all on those coin things your brother talks about"},
   {"sender": "u3", "text": "haha i won't, it's going in my savings"},
   {"sender": "u2", "text": "Sent you the details, Mum"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Wren", "text": "remember that trading server i joined? i left it"},
   {"sender": "Ollie", "text": "why, i thought you liked it"},
   {"sender": "Wren", "text": "one of the older guys offered to teach me for free. i told my mum and she said that's weird, so i left"},
   {"sender": "Ollie", "text": "fair. my brother says the free mentors are always after something"},
   {"sender": "Wren", "text": "yeah i reported the server as well"},
   {"sender": "Ollie", "text": "good call 👍"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Hi Mo, just checking in after our chat on Monday. How are you feeling this week?"},
   {"sender": "u2", "text": "better thanks. i was really stressed about losing the £40 on that game thing"},
   {"sender": "u1", "text": "That's understandable. Have you talked to your mum about it?"},
   {"sender": "u2", "text": "yeah she wasn't even angry, she said it happens to adults too"},
   {"sender": "u1", "text": "I'm glad. How's sleep been?"},
   {"sender": "u2", "text": "ok. i'm not thinking about it as much now"},
   {"sender": "u1", "text": "Good. My door's open on Thursdays if you want to talk again."},
   {"sender": "u2", "text": "thanks miss"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u2", "text": "hey, you work with money stuff right? what's an ISA"},
   {"sender": "u1", "text": "Yep! It's a savings account where you don't pay tax on the interest. At 16 you can have a cash one"},
   {"sender": "u2", "text": "is it better than crypto"},
   {"sender": "u1", "text": "Very different. ISAs are boring and safe. Crypto can drop 50% in a week"},
   {"sender": "u2", "text": "my mate says he's making loads from signals groups"},
   {"sender": "u1", "text": "Signals groups are mostly people selling hype. Lots are outright scams"},
   {"sender": "u2", "text": "ok. how do i open an ISA"},
   {"sender": "u1", "text": "Go into Copperwell with your mum or dad and your ID. Do it in their app or in the branch, never through a link someone sends you"},
   {"sender": "u2", "text": "cool. thanks"},
   {"sender": "u1", "text": "And never give anyone your log-in, not even me 😄"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Coach Abby", "text": "Need 6 runners for the Park 5k relay on Saturday! Meet at 8:30"},
   {"sender": "Sasha", "text": "i'm in"},
   {"sender": "Coach Abby", "text": "Bring your own bag with water and a snack. We'll pick up the goodie packages from the marshal tent after"},
   {"sender": "Deon", "text": "can i run the last leg"},
   {"sender": "Coach Abby", "text": "Yes Deon. Parents welcome to come and cheer"},
   {"sender": "Sasha", "text": "do we get medals"},
   {"sender": "Coach Abby", "text": "Medals and a free smoothie 🏅"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"messages": [
   {"sender": "Mr Patel", "text": "This week's Maths Challenge: solve the 5 puzzles on the sheet. Each correct answer earns 10 house coins"},
   {"sender": "Ivy", "text": "do house coins buy anything"},
   {"sender": "Mr Patel", "text": "The house with the most coins at the end of term gets a pizza party"},
   {"sender": "Ivy", "text": "challenge accepted"},
   {"sender": "Reuben", "text": "i'm gonna smash it"},
   {"sender": "Mr Patel", "text": "Hand in by Friday, no phones or calculators 😉"},
   {"sender": "Reuben", "text": "brutal"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "Saw a £9.99 payment to 'StarTune' on your card. What's that?"},
   {"sender": "u2", "text": "it's a music app, the premium one. i forgot to cancel the trial"},
   {"sender": "u1", "text": "Ah OK. Shall we cancel it together? I'm not reading your messages, just checking the card"},
   {"sender": "u2", "text": "yeah cancel it, i don't use it"},
   {"sender": "u1", "text": "Done. Ask me before adding your card to apps, yeah?"},
   {"sender": "u2", "text": "ok sorry mum"}
  ],
  "labels": [], "evasion": False, "hard_negative": True},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
  "messages": [
   {"sender": "u1", "text": "bus is 20 mins late, will be home about 5"},
   {"sender": "u2", "text": "No worries, tea at 6"},
   {"sender": "u1", "text": "👍"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Ms Reid", "text": "Choir rehearsal is in the hall, not the music room, tomorrow"},
   {"sender": "Tia", "text": "ok thanks miss"},
   {"sender": "Jonas", "text": "same time?"},
   {"sender": "Ms Reid", "text": "Same time, 3:30"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"messages": [
   {"sender": "Anya", "text": "bake sale friday, who's making what"},
   {"sender": "Ben", "text": "flapjacks"},
   {"sender": "Anya", "text": "i'll do cupcakes"},
   {"sender": "Cora", "text": "lemon drizzle!"},
   {"sender": "Ben", "text": "we need a float for change"},
   {"sender": "Anya", "text": "miss said she'll bring one"}
  ],
  "labels": [], "evasion": False, "hard_negative": False},

 {"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
  "messages": [
   {"sender": "u1", "text": "happy birthday!!! 🎉🎂"},
   {"sender": "u2", "text": "thank you!! see you at lunch"},
   {"sender": "u1", "text": "saving you a seat"}
  ],
  "labels": [], "evasion": False, "hard_negative": False}
]
