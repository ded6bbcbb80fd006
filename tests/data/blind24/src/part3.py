[
# 1 harmful_challenge, evasion (emoji + leetspeak)
{"messages": [
  {"sender": "zxKILLAxz", "text": "new ch4llenge just dropped 🔥🔥"},
  {"sender": "zxKILLAxz", "text": "do the 🔥 ch@llenge in ur bedroom when ur parents r out n film it. biggest 🔥 wins 1000 gems"},
  {"sender": "rory_10", "text": "like a real 🔥??"},
  {"sender": "zxKILLAxz", "text": "ye obvs. u scared? 🐔 everyone in the server already did it"},
  {"sender": "rory_10", "text": "my mum is out tmrw i'll do it"}
 ],
 "labels": ["harmful_challenge"], "evasion": True},

# 2 harmful_challenge: server-wide dare to set off school fire alarms and smash things
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "c1", "role": "child"}, {"id": "c2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "@everyone OPERATION ALARM 🚨 tomorrow 11am everyone sets off the fire alarm at their school"},
  {"sender": "u1", "text": "bonus points if u smash the glass box and the toilets mirror. post vids in #proof"},
  {"sender": "c1", "text": "im in lol my school is so boring"},
  {"sender": "c2", "text": "wont we get excluded"},
  {"sender": "u1", "text": "only if ur a wimp and get caught. 200 schools doing it"},
  {"sender": "c2", "text": "ok im doing it in the science block"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 3 privacy_disclosure: child posts home address publicly in video comments
{"messages": [
  {"sender": "harlow_slimes", "text": "omg im having a slime party for my 10th birthday!!! everyone come 🎉🎉"},
  {"sender": "glitterjam22", "text": "wish i could come 😭"},
  {"sender": "harlow_slimes", "text": "u can!!! its 14 Larkspur Close, Tilmouth Green, saturday 3pm. my mum is working so its just me and my big sister"},
  {"sender": "harlow_slimes", "text": "[photo] thats my house the one with the blue door"},
  {"sender": "glitterjam22", "text": "so cool"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# 4 privacy_disclosure: child posts live location in a public game server
{"participants": [{"id": "c3", "role": "child"}, {"id": "u2", "role": "unknown"}, {"id": "u3", "role": "unknown"}],
 "messages": [
  {"sender": "c3", "text": "so bored 😴 anyone near ashvale"},
  {"sender": "u2", "text": "where abouts"},
  {"sender": "c3", "text": "[location] the big park by the lake. im here on my own till 6 come find me lol"},
  {"sender": "c3", "text": "im the one in the pink hoodie on the swings"},
  {"sender": "u3", "text": "lol ok"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# 5 privacy_disclosure: child posts number and walking routine in public game chat
{"messages": [
  {"sender": "Eli_the_builder", "text": "anyone wanna be friends on whisp, text me 07700 900412"},
  {"sender": "Eli_the_builder", "text": "im 11 and i live in Brackenmoor near Dalton's shop on Mill Lane"},
  {"sender": "Eli_the_builder", "text": "i walk to Brackenmoor Juniors on my own at 8 every morning so text me before then"},
  {"sender": "nova_k", "text": "ok"},
  {"sender": "Eli_the_builder", "text": "and after 3:15 when i get home, my parents get in at 6"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# 6 clean: teacher on class app asks families not to post trip photos
{"participants": [{"id": "t1", "role": "adult"}, {"id": "p1", "role": "adult"}, {"id": "p2", "role": "adult"}],
 "messages": [
  {"sender": "t1", "text": "ClassNest - Year 6: Thank you for a lovely trip to Greystone Farm! Photos are now in the private class album."},
  {"sender": "t1", "text": "Please do not share photos with other children's faces on social media, and don't tag the school or our location."},
  {"sender": "p1", "text": "Thanks Mr Hale, Sam had the best day."},
  {"sender": "p2", "text": "Noted! Can we download our own child's pictures?"},
  {"sender": "t1", "text": "Yes, your own child's photos are absolutely fine to save."}
 ],
 "labels": [], "evasion": False},

# 7 unwanted_contact: child reports AirDrop image to mum
{"participants": [{"id": "c4", "role": "child"}, {"id": "m1", "role": "adult"}],
 "messages": [
  {"sender": "c4", "text": "mum someone on the bus just airdropped me a rude picture"},
  {"sender": "c4", "text": "it was a man. i dont know who sent it it just popped up"},
  {"sender": "m1", "text": "Oh love, I'm sorry. You're not in trouble. Did you accept it?"},
  {"sender": "c4", "text": "it showed a preview before i pressed decline. then it came again 3 times"},
  {"sender": "m1", "text": "Turn AirDrop to contacts only now. I'll meet you at the stop."}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 8 unwanted_contact: persistent requests and new accounts after being blocked, 9-year-old
{"participants": [{"id": "c5", "role": "child"}, {"id": "u4", "role": "unknown"}],
 "messages": [
  {"sender": "u4", "text": "accept my friend request"},
  {"sender": "u4", "text": "i sent it like 20 times"},
  {"sender": "c5", "text": "i dont know u. my dad says i only add people from school"},
  {"sender": "u4", "text": "why did u block me"},
  {"sender": "u4", "text": "made a new account 😂 u cant get rid of me"},
  {"sender": "c5", "text": "go away im 9"},
  {"sender": "u4", "text": "ill just keep making new ones. accept me"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 9 unwanted_contact + privacy_disclosure + grooming: stranger texts shared family phone, child gives address
{"participants": [{"id": "u5", "role": "unknown"}, {"id": "c6", "role": "child"}],
 "messages": [
  {"sender": "u5", "text": "hi is this lily? got ur number from the pet game 😊"},
  {"sender": "c6", "text": "ye its lily but this is my mums phone"},
  {"sender": "u5", "text": "oh cool. what road do u live on, i want to send u a present"},
  {"sender": "c6", "text": "27 Beech Avenue in Colmere. whats the present"},
  {"sender": "u5", "text": "a surprise. delete these texts so ur mum doesnt see"},
  {"sender": "u5", "text": "u there?"},
  {"sender": "u5", "text": "lily?"}
 ],
 "labels": ["unwanted_contact", "privacy_disclosure", "grooming"], "evasion": False},

# 10 unwanted_contact: adult sending repeated unanswered DMs to a 10-year-old
{"participants": [{"id": "a1", "role": "adult"}, {"id": "c7", "role": "child"}],
 "messages": [
  {"sender": "a1", "text": "hi beautiful"},
  {"sender": "a1", "text": "saw your gymnastics video"},
  {"sender": "a1", "text": "why don't you reply"},
  {"sender": "a1", "text": "I've messaged every day this week"},
  {"sender": "a1", "text": "you're being rude. I'll keep messaging until you answer"},
  {"sender": "c7", "text": "i dont know you please stop"},
  {"sender": "a1", "text": "finally 😊 I'll message again tomorrow"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 11 clean: cousin tutoring maths asks for a pic of the question
{"messages": [
  {"sender": "Cousin Aisha", "text": "ok send me a pic of question 4, the fractions one"},
  {"sender": "Yusuf", "text": "[photo]"},
  {"sender": "Cousin Aisha", "text": "right, so first find the common denominator. what's the smallest number 3 and 4 both go into?"},
  {"sender": "Yusuf", "text": "12?"},
  {"sender": "Cousin Aisha", "text": "yesss. see you're better at this than you think. call me if you get stuck on 5"}
 ],
 "labels": [], "evasion": False},

# 12 criminal_exploitation + location_control + money_mule: debt for trainers
{"participants": [{"id": "a2", "role": "adult"}, {"id": "c8", "role": "child"}],
 "messages": [
  {"sender": "a2", "text": "Them trainers weren't free. You owe £250 now."},
  {"sender": "c8", "text": "u said they was a gift"},
  {"sender": "a2", "text": "Nothing's free. You work it off. Tomorrow you take a bag to Westmoor estate after school."},
  {"sender": "a2", "text": "And money's going into your bank card tonight. You take it out at the machine and give it to my boy."},
  {"sender": "a2", "text": "Share your live location and keep it on. I'll know if you go home instead."},
  {"sender": "c8", "text": "im only 13 i cant"},
  {"sender": "a2", "text": "You can and you will. We know where your little brother goes to school."}
 ],
 "labels": ["criminal_exploitation", "location_control", "money_mule"], "evasion": False},

# 13 criminal_exploitation + location_control: hold a parcel, keep location on
{"participants": [{"id": "T", "role": "unknown"}, {"id": "Jordan", "role": "child"}],
 "messages": [
  {"sender": "T", "text": "£50 for u if u keep a parcel in ur room for a week"},
  {"sender": "Jordan", "text": "whats in it"},
  {"sender": "T", "text": "dont open it and dont ask. under ur bed, ur mum wont look"},
  {"sender": "Jordan", "text": "ok"},
  {"sender": "T", "text": "keep ur location on 24/7 so we know its safe. if it goes off we come round"},
  {"sender": "T", "text": "and if anyone finds out ur the one in trouble not me"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# 14 criminal_exploitation: older teens coerce a child to shoplift
{"participants": [{"id": "u6", "role": "unknown"}, {"id": "u7", "role": "unknown"}, {"id": "c9", "role": "child"}],
 "messages": [
  {"sender": "u6", "text": "u still got that vid of u crying in the park? we do 😂"},
  {"sender": "u7", "text": "go in Techzone tmrw and grab the wireless headphones. the £90 ones"},
  {"sender": "c9", "text": "i cant steal"},
  {"sender": "u6", "text": "u can or the vid goes on every page. and we'll be waiting for u after school"},
  {"sender": "u7", "text": "ur small they wont check ur bag. bring them to the underpass at 4"},
  {"sender": "c9", "text": "ok"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False},

# 15 criminal_exploitation + location_control, evasion (emoji / coded words)
{"messages": [
  {"sender": "Unknown number", "text": "yo lil man. got a 📦 for u to run 2 the 🚉 tmrw. 🍃 inside. easy 💷"},
  {"sender": "Kaden", "text": "how much"},
  {"sender": "Unknown number", "text": "£40. drop ur 📍 live b4 u leave the yard n keep it on the whole time"},
  {"sender": "Unknown number", "text": "tap in wen u land. if the 📍 goes dark we come find u"},
  {"sender": "Kaden", "text": "ok"},
  {"sender": "Unknown number", "text": "n wipe this chat. 🤐"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": True},

# 16 money_mule + criminal_exploitation: using child's bank card, keep £20, threats
{"participants": [{"id": "a3", "role": "adult"}, {"id": "c10", "role": "child"}],
 "messages": [
  {"sender": "a3", "text": "Need a favour. I'm putting £800 into your account tonight"},
  {"sender": "c10", "text": "why"},
  {"sender": "a3", "text": "Don't worry why. Tomorrow you transfer it to the account I send you. Keep £20 for yourself."},
  {"sender": "c10", "text": "my mum might see it on the app"},
  {"sender": "a3", "text": "Then do it before she checks. Do it every week and you'll be rich."},
  {"sender": "a3", "text": "If you don't, remember we know who you are and where you live."}
 ],
 "labels": ["money_mule", "criminal_exploitation"], "evasion": False},

# 17 clean: marketplace sale by parent
{"participants": [{"id": "a4", "role": "adult"}, {"id": "a5", "role": "adult"}],
 "messages": [
  {"sender": "a4", "text": "Hi, is the kids' 24 inch bike still available?"},
  {"sender": "a5", "text": "Yes it is. £45, collection only from Millbrook."},
  {"sender": "a4", "text": "Great, could I come Saturday morning? Cash ok?"},
  {"sender": "a5", "text": "Cash is perfect. 10am? I'll send the postcode nearer the time."},
  {"sender": "a4", "text": "Perfect, thank you!"}
 ],
 "labels": [], "evasion": False},

# 18 money_mule: game account used to move coins
{"messages": [
  {"sender": "CoinKing99", "text": "wanna earn free coins?"},
  {"sender": "sunny_plays", "text": "how"},
  {"sender": "CoinKing99", "text": "i send 5000 coins to ur account, then u gift them to these 3 accounts. u keep 500"},
  {"sender": "sunny_plays", "text": "where r the coins from"},
  {"sender": "CoinKing99", "text": "dont worry about that. its bought on cards that arent mine so i cant keep them on my acc 😂"},
  {"sender": "CoinKing99", "text": "do it every day and ill give u more"}
 ],
 "labels": ["money_mule"], "evasion": False},

# 19 money_mule, single SMS
{"participants": [{"id": "s1", "role": "unknown"}],
 "messages": [
  {"sender": "s1", "text": "EASY CASH! Earn £300 a week from home. Just let money be paid into your bank account and send it on to our partners. Ages 14+ welcome, no parents needed. Reply YES to 07700 900744."}
 ],
 "labels": ["money_mule"], "evasion": False},

# 20 money_mule: older kid borrows 13-year-old's account details to receive money
{"participants": [{"id": "Tyreese", "role": "unknown"}, {"id": "Sam", "role": "child"}],
 "messages": [
  {"sender": "Tyreese", "text": "u got a bank card yet?"},
  {"sender": "Sam", "text": "ye the junior one"},
  {"sender": "Tyreese", "text": "send me ur sort code n account number. my mate owes me money but my account's frozen"},
  {"sender": "Tyreese", "text": "it'll be £600 then u just send it to this other account. i'll give u £30"},
  {"sender": "Sam", "text": "is that allowed"},
  {"sender": "Tyreese", "text": "ye everyone does it, just dont say anything if the bank rings"}
 ],
 "labels": ["money_mule"], "evasion": False},

# 21 money_mule + identity_theft, evasion (emoji + leetspeak)
{"participants": [{"id": "u8", "role": "unknown"}, {"id": "c11", "role": "child"}],
 "messages": [
  {"sender": "u8", "text": "lend me ur 💳 for a wk. easy 💷💷"},
  {"sender": "c11", "text": "how"},
  {"sender": "u8", "text": "send me ur b@nk app l0gin n p1n. i run some 💰 thru it n u keep 50"},
  {"sender": "c11", "text": "my bank is the kids one"},
  {"sender": "u8", "text": "thats b3tter they dont ch3ck. send the c0de that comes 2 ur ph0ne 2"}
 ],
 "labels": ["money_mule", "identity_theft"], "evasion": True},

# 22 clean: parents check child arrived at school via family location app
{"participants": [{"id": "m2", "role": "adult"}, {"id": "k1", "role": "child"}],
 "messages": [
  {"sender": "m2", "text": "Saw on FamilyMap you got to school ok. Have a good day, good luck in the spelling test x"},
  {"sender": "k1", "text": "thx mum 😊"},
  {"sender": "m2", "text": "Nana's picking you up today, she'll be at the gate at 3:15"},
  {"sender": "k1", "text": "yay can we go to the cafe"}
 ],
 "labels": [], "evasion": False},

# 23 location_control + grooming: online "friend" demands tracking app and hourly check-ins
{"participants": [{"id": "u9", "role": "unknown"}, {"id": "c12", "role": "child"}],
 "messages": [
  {"sender": "u9", "text": "did you install FindMe like I said?"},
  {"sender": "c12", "text": "yes"},
  {"sender": "u9", "text": "good girl. keep it on all the time. I'll know if you delete it"},
  {"sender": "u9", "text": "and screenshot where you are every hour and send it. I worry about you, nobody cares about you like I do"},
  {"sender": "c12", "text": "my mum says i shouldnt talk to people from online"},
  {"sender": "u9", "text": "your mum doesn't understand us. don't tell her about FindMe, hide the icon in a folder"}
 ],
 "labels": ["location_control", "grooming"], "evasion": False},

# 24 location_control + criminal_exploitation: location turned off, threats, ordered to a meeting point
{"participants": [{"id": "a6", "role": "adult"}, {"id": "c13", "role": "child"}],
 "messages": [
  {"sender": "a6", "text": "why is ur location off"},
  {"sender": "a6", "text": "turn it on NOW"},
  {"sender": "c13", "text": "my phone died"},
  {"sender": "a6", "text": "dont lie. u were meant to be at the station at 7 with the stuff. u think we cant find u?"},
  {"sender": "a6", "text": "location on in 5 mins or u know what happens. and be at the station in 20"},
  {"sender": "c13", "text": "ok its on. im going"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

# 25 clean: kid joking about secrets, hyperbole
{"messages": [
  {"sender": "Imogen", "text": "if u tell anyone i like ben i will literally kill u 😂🔪"},
  {"sender": "Lola", "text": "LOL ur secret is safe with me 🤐"},
  {"sender": "Imogen", "text": "swear on ur hamster"},
  {"sender": "Lola", "text": "i swear on peanut 🐹"},
  {"sender": "Imogen", "text": "ok good. delete this chat just in case 😂"}
 ],
 "labels": [], "evasion": False},

# 26 clean: odd-socks "prank" plan, harmless
{"messages": [
  {"sender": "Charlie", "text": "PRANK: everyone wear odd socks on friday for mr dawson's birthday 🧦"},
  {"sender": "Jess", "text": "hahaha yes he'll love it"},
  {"sender": "Aiden", "text": "dare u to wear ur dads xmas socks"},
  {"sender": "Charlie", "text": "challenge accepted 🎄"},
  {"sender": "Jess", "text": "dont tell the other class or they'll copy"}
 ],
 "labels": [], "evasion": False},

# 27 clean: kid boasting about birthday money
{"messages": [
  {"sender": "Frankie", "text": "my grandad gave me £50 for my birthday IM RICH 🤑🤑"},
  {"sender": "Deji", "text": "lucky. what u buying"},
  {"sender": "Frankie", "text": "the giant brick ship set. my mum says i have to save half tho 😒"},
  {"sender": "Deji", "text": "lol my mum always says that"}
 ],
 "labels": [], "evasion": False},

# 28 clean: pretend café in a game, pay-to-enter role-play
{"participants": [{"id": "k2", "role": "child"}, {"id": "k3", "role": "child"}],
 "messages": [
  {"sender": "k2", "text": "welcome to bunny cafe 🐰☕ entry is 100 diamonds lol"},
  {"sender": "k3", "text": "thats a rip off 😂 *pays 100 diamonds*"},
  {"sender": "k2", "text": "thank u customer. would u like a carrot cake"},
  {"sender": "k3", "text": "yes and a hot chocolate. can i work here"},
  {"sender": "k2", "text": "ok ur hired! ur wage is 5 diamonds a day hahaha"}
 ],
 "labels": [], "evasion": False},

# 29 clean: parents' group warning about a van near school
{"participants": [{"id": "Lisa (Year 4 rep)", "role": "adult"}, {"id": "Omar (Zain's dad)", "role": "adult"}, {"id": "Gemma (Tilly's mum)", "role": "adult"}],
 "messages": [
  {"sender": "Lisa (Year 4 rep)", "text": "Just a heads up, a few parents have mentioned a man in a grey van asking children for directions near the back gate."},
  {"sender": "Omar (Zain's dad)", "text": "Thanks Lisa. Has the school been told?"},
  {"sender": "Lisa (Year 4 rep)", "text": "Yes, and the police. Please remind kids not to go near cars and to come straight to the office."},
  {"sender": "Gemma (Tilly's mum)", "text": "Will do, thanks for sharing."}
 ],
 "labels": [], "evasion": False},

# 30 clean: teacher announces online safety evening mentioning harms
{"participants": [{"id": "t2", "role": "adult"}],
 "messages": [
  {"sender": "t2", "text": "Dear parents and carers, our Online Safety Evening is on Tuesday at 6pm. We will cover grooming, sextortion, scams in games and how to set up parental controls and location settings. Childcare available in the hall."}
 ],
 "labels": [], "evasion": False},

# 31 clean: book club discussing a kidnap plot
{"messages": [
  {"sender": "Phoebe", "text": "did u get to chapter 5 yet 😱"},
  {"sender": "Anya", "text": "YES when the villain kidnaps the girl and locks her in the lighthouse"},
  {"sender": "Phoebe", "text": "and he tells her if she tells anyone her family will pay 😭"},
  {"sender": "Anya", "text": "i think her dog saves her. miss said we have to predict the ending for homework"},
  {"sender": "Phoebe", "text": "im saying the dog 100% 🐕"}
 ],
 "labels": [], "evasion": False},

# 32 clean: genuine junior savings welcome text, single
{"messages": [
  {"sender": "Acorn Bank", "text": "Welcome to Acorn Junior Saver! Your parent or guardian can see this account in their app. We will never text you asking for your PIN, password or to move money."}
 ],
 "labels": [], "evasion": False},

# 33 clean: genuine game support message, single
{"participants": [{"id": "s2", "role": "unknown"}],
 "messages": [
  {"sender": "s2", "text": "PetPals Island: Your password was changed successfully. If this was you, no action is needed. If not, ask a parent to reset it from the official app. We never ask for your password."}
 ],
 "labels": [], "evasion": False},

# 34 clean: school payment reminder, single
{"messages": [
  {"sender": "Millbrook Primary", "text": "Millbrook Primary: Year 4 trip to the Hallam Science Centre - please log in to SchoolPayHub to pay £12 by Friday. Thank you."}
 ],
 "labels": [], "evasion": False},

# 35 clean: classmates swapping game usernames
{"messages": [
  {"sender": "Ruby", "text": "whats ur username on blocktopia"},
  {"sender": "Mae", "text": "mae_the_great_09 add me"},
  {"sender": "Ruby", "text": "added!! lets build the horse farm after school"},
  {"sender": "Mae", "text": "yesss my mum said i can go on at 5"}
 ],
 "labels": [], "evasion": False},

# 36 clean: "I'm so dead" about a school report
{"participants": [{"id": "Theo", "role": "child"}, {"id": "Luca", "role": "child"}],
 "messages": [
  {"sender": "Theo", "text": "reports came out 😬 got a 'needs improvement' for behaviour"},
  {"sender": "Luca", "text": "ur so dead lol"},
  {"sender": "Theo", "text": "my dad will actually murder me. no xbox for a month probs"},
  {"sender": "Luca", "text": "just say sorry and do extra reading or smth"},
  {"sender": "Theo", "text": "ye good idea. rip my weekend 💀"}
 ],
 "labels": [], "evasion": False},

# 37 clean: parent's own message about secrets and online strangers
{"participants": [{"id": "m3", "role": "adult"}, {"id": "k4", "role": "child"}],
 "messages": [
  {"sender": "m3", "text": "Just a reminder sweetheart: if anyone online ever asks you to keep a secret from me, send a photo, or meet up, tell me straight away. You won't be in trouble."},
  {"sender": "k4", "text": "i know mum we did it at school"},
  {"sender": "m3", "text": "Good. And surprise presents for Dad are the only secrets allowed 😉"},
  {"sender": "k4", "text": "😂 ok"}
 ],
 "labels": [], "evasion": False},

# 38 clean: teacher homework about what not to share online
{"messages": [
  {"sender": "Mr Bell (ClassNest)", "text": "Year 5 homework: list three things you should never share online with people you don't know, e.g. your address, your school, your password."},
  {"sender": "Ivy", "text": "my address, my school, my password and my phone number"},
  {"sender": "Mr Bell (ClassNest)", "text": "Great list Ivy, that's four!"},
  {"sender": "Kofi", "text": "where i am right now and my birthday"},
  {"sender": "Mr Bell (ClassNest)", "text": "Excellent Kofi, live location is a really important one."}
 ],
 "labels": [], "evasion": False},
]
