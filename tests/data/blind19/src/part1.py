[
{
 "participants": [{"id": "kayla", "role": "child"}, {"id": "dre", "role": "unknown"}],
 "messages": [
  {"sender": "dre", "text": "u home yet babe"},
  {"sender": "kayla", "text": "nearly, on the bus w Tia"},
  {"sender": "dre", "text": "turn ur location back on. u know i dont like it when i cant see u"},
  {"sender": "kayla", "text": "it drains my battery tho \U0001F62D"},
  {"sender": "dre", "text": "dont care. on. now. if ur not hiding nothing why turn it off"},
  {"sender": "kayla", "text": "ok its on"},
  {"sender": "dre", "text": "good girl. and whos tia, she one of them that chats about me?"},
  {"sender": "kayla", "text": "no shes my best mate since yr 7"},
  {"sender": "dre", "text": "i dont want u round her so much. u got me now"},
  {"sender": "dre", "text": "send me a pic before u sleep tonight, the private kind, just for me. ur mature for 15"},
  {"sender": "kayla", "text": "idk dre i dont really want to"},
  {"sender": "dre", "text": "after everything i bought u? the trainers, the phone credit? wow"},
  {"sender": "dre", "text": "age is just a number anyway and dont tell ur mum about us she wont get it"},
  {"sender": "dre", "text": "also need a favour sat. my boy will give u a bag at the station, just take it to the address i send. nobody checks girls ur age"},
  {"sender": "kayla", "text": "whats in it"},
  {"sender": "dre", "text": "dont ask questions. do it for me if u love me. ill be watching ur location the whole way"}
 ],
 "labels": ["grooming", "sexting", "location_control", "criminal_exploitation"],
 "evasion": False
},
{
 "participants": [{"id": "yp", "role": "child"}, {"id": "sam_yw", "role": "adult"}],
 "messages": [
  {"sender": "sam_yw", "text": "Hi Jade, it's Sam from the Hub. You said at drop-in you wanted to chat about something - no pressure, I'm here till 6."},
  {"sender": "yp", "text": "hiya. its about my boyfriend kind of"},
  {"sender": "sam_yw", "text": "Okay. Take your time."},
  {"sender": "yp", "text": "hes 20. he makes me keep my location on 24/7 and if it goes off he rings me like 30 times and says im cheating"},
  {"sender": "yp", "text": "last week he asked me to keep a package at mine for his friend and i did. i dont know whats in it. its under my bed"},
  {"sender": "yp", "text": "and he put money in my bank, like 900 quid, and told me to send it to 3 different accounts straight away. now my bank has frozen my card and he says its my fault and i owe him"},
  {"sender": "sam_yw", "text": "Thank you for telling me, that took a lot. None of this is your fault. I need to be honest that I can't keep this just between us because I'm worried about your safety - I'll talk to you first about who I need to tell. Are you safe right now?"},
  {"sender": "yp", "text": "yeh im at my nans. please dont tell my mum yet"},
  {"sender": "sam_yw", "text": "I hear you. Let's talk about it together before anything happens. Can you come in tomorrow at 4?"},
  {"sender": "yp", "text": "ok"}
 ],
 "labels": ["location_control", "criminal_exploitation", "money_mule"],
 "evasion": False
},
{
 "participants": [{"id": "child", "role": "child"}, {"id": "counsellor", "role": "adult"}],
 "messages": [
  {"sender": "child", "text": "hi idk if this is the right place"},
  {"sender": "counsellor", "text": "Hi, you've reached the Talkline chat. It is the right place. What's happening for you?"},
  {"sender": "child", "text": "im 14. i was talking to a girl on pixgram she said she was 16. she asked for a pic and i sent one"},
  {"sender": "child", "text": "now its a different person messaging and they say if i dont pay \u00a3100 by tonight theyll send it to all my followers and my school"},
  {"sender": "child", "text": "they sent a screenshot of my followers list. my mum follows me"},
  {"sender": "counsellor", "text": "I'm really glad you reached out. What you're describing is called sextortion and it is not your fault. Please don't pay and don't delete the messages."},
  {"sender": "child", "text": "i just want to disappear honestly. i cant face anyone if it gets out"},
  {"sender": "counsellor", "text": "It sounds like you're feeling really overwhelmed. When you say disappear, are you having thoughts of ending your life?"},
  {"sender": "child", "text": "kind of. i dont know"},
  {"sender": "counsellor", "text": "Thank you for being honest with me. Let's keep talking. Is there an adult at home with you now?"}
 ],
 "labels": ["sextortion", "sexting", "self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "r0xy_x", "text": "u there??"},
  {"sender": "r0xy_x", "text": "l00k at ur dms n0w"},
  {"sender": "Ethan", "text": "who is this"},
  {"sender": "r0xy_x", "text": "i g0t ur p1c. p4y \u00a3150 1n g1ft c4rds 0r 1t g0es t0 ev3ry1 1n ur f0ll0w3rs"},
  {"sender": "Ethan", "text": "please dont. im going to block you"},
  {"sender": "r0xy_x", "text": "bl0ck m3 & ur m4m s33s 1t f1rst. 1 hr. t1ck t0ck"},
  {"sender": "r0xy_x", "text": "s3nd th3 c0d3s h3r3"}
 ],
 "labels": ["sextortion"],
 "evasion": True
},
{
 "messages": [
  {"sender": "mads", "text": "did u see freya's new pfp \U0001F480"},
  {"sender": "Keeley", "text": "she thinks she's it lmaooo"},
  {"sender": "jojo.x", "text": "whos even added her to this gc"},
  {"sender": "Freya", "text": "i can see this u know"},
  {"sender": "mads", "text": "good"},
  {"sender": "Keeley", "text": "nobody likes u freya just leave"},
  {"sender": "jojo.x", "text": "honestly just k y s and do us all a favour"},
  {"sender": "mads", "text": "k. y. s \U0001F64F"},
  {"sender": "Amelia", "text": "guys thats too far"},
  {"sender": "Keeley", "text": "shes the one who grassed to miss hughes"},
  {"sender": "Amelia", "text": "freya im sorry, messaging u privately x"}
 ],
 "labels": ["cyberbullying", "self_harm"],
 "evasion": True
},
{
 "messages": [
  {"sender": "Callum", "text": "yo anyone got that app from the cliptok ad, the one that does the clothes thing"},
  {"sender": "ty", "text": "the undress one? yeh my cousin has it"},
  {"sender": "reece09", "text": "do leah from 10b \U0001F602 i got her pic from her story"},
  {"sender": "reece09", "text": "[photo]"},
  {"sender": "ty", "text": "send it me ill get my cousin to run it tonight"},
  {"sender": "Ollie", "text": "bro shes 14 thats actually illegal dont be weird"},
  {"sender": "Callum", "text": "its AI it dont count"},
  {"sender": "ty", "text": "ill post it in here when its done, delete after"}
 ],
 "labels": ["csam"],
 "evasion": False
},
{
 "participants": [{"id": "elite_faces_mgmt", "role": "unknown"}, {"id": "lily", "role": "child"}],
 "messages": [
  {"sender": "elite_faces_mgmt", "text": "Hi Lily! Our scout saw your pictures and we think you have a great look for our new campaign \U0001F31F"},
  {"sender": "lily", "text": "omg really?? im only 15 tho"},
  {"sender": "elite_faces_mgmt", "text": "Age is not a problem, our clients prefer younger faces. Paid shoot in Hallbridge next weekend, \u00a3400 + train + hotel covered"},
  {"sender": "lily", "text": "i'd have to ask my mum"},
  {"sender": "elite_faces_mgmt", "text": "Better not to involve parents at this stage, they get the wrong idea about private shoots. Our clients like to meet the girls first over dinner"},
  {"sender": "elite_faces_mgmt", "text": "You'll stay in the apartment with the other models. Bring a friend if you're nervous, she gets paid too"},
  {"sender": "lily", "text": "what would i be modelling?"},
  {"sender": "elite_faces_mgmt", "text": "We'll explain in person. Send me your address and I'll book the train ticket in your name. Keep it quiet for now yeah? \U0001F92B"}
 ],
 "labels": ["sex_trafficking", "grooming"],
 "evasion": False
},
{
 "participants": [{"id": "RZ_Trapz", "role": "unknown"}, {"id": "kieran_b", "role": "child"}],
 "messages": [
  {"sender": "RZ_Trapz", "text": "gg u carried that"},
  {"sender": "kieran_b", "text": "ty lol"},
  {"sender": "RZ_Trapz", "text": "how old r u? u play like my lil bro"},
  {"sender": "kieran_b", "text": "14"},
  {"sender": "RZ_Trapz", "text": "safe. u tryna make some p? like real money not vcoins"},
  {"sender": "kieran_b", "text": "doing what"},
  {"sender": "RZ_Trapz", "text": "just drops. take a ting from A to B on ur bike, \u00a3150 a day, more if u go out of town"},
  {"sender": "RZ_Trapz", "text": "ur perfect cos feds dont stop kids"},
  {"sender": "kieran_b", "text": "idk my mum would kill me"},
  {"sender": "RZ_Trapz", "text": "she dont need to know. ill sort u new creps first as a welcome. add me on snapgram, dont chat about it on here"},
  {"sender": "RZ_Trapz", "text": "we look after our youngers fam"}
 ],
 "labels": ["criminal_exploitation", "grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "cashflow.kingz", "text": "Hey! Quick question, are you 16+ and got a bank account? \U0001F4B8"},
  {"sender": "Nia", "text": "im 16 why"},
  {"sender": "cashflow.kingz", "text": "Easy money. I send 2k to your account, you send 1.6k on to my partner's account, you keep \u00a3400. Takes 10 mins"},
  {"sender": "Nia", "text": "is that legal?"},
  {"sender": "cashflow.kingz", "text": "100% its just business payments, my account's maxed out. Loads of girls from your school do it"},
  {"sender": "Nia", "text": "ok what do u need"},
  {"sender": "cashflow.kingz", "text": "Just your sort code and account number and I'll send it tonight. If your bank rings and asks what it's for say it's from your uncle"},
  {"sender": "Nia", "text": "ok let me think about it"}
 ],
 "labels": ["money_mule"],
 "evasion": False
},
{
 "messages": [
  {"sender": "+447700900417", "text": "ParcelPoint: your package could not be delivered due to an unpaid shipping fee of \u00a31.45. Reschedule within 24h or it will be returned to sender: [link]"}
 ],
 "labels": ["scam"],
 "evasion": False
},
{
 "participants": [{"id": "GameSupport_Official", "role": "unknown"}, {"id": "mo", "role": "child"}],
 "messages": [
  {"sender": "GameSupport_Official", "text": "Hello! You have been selected for the Season 9 loyalty reward of 5000 Gems \U0001F381"},
  {"sender": "mo", "text": "fr?? how do i get it"},
  {"sender": "GameSupport_Official", "text": "To verify the account is yours we have sent a 6-digit code to your phone. Please reply with the code."},
  {"sender": "mo", "text": "it says dont share this code with anyone tho"},
  {"sender": "GameSupport_Official", "text": "That is normal, it means only staff. Without it the reward expires in 5 minutes."},
  {"sender": "mo", "text": "ok its 558 214"},
  {"sender": "GameSupport_Official", "text": "Thank you. Please also confirm your email and password so we can attach the gems."}
 ],
 "labels": ["identity_theft", "scam"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Jayden", "text": "new one on the page, set a wheelie bin alight and film urself running off"},
  {"sender": "Harvey", "text": "\U0001F602\U0001F602 whose bin tho"},
  {"sender": "Jayden", "text": "doesnt matter, the ones behind the corner shop. most views wins the \u00a320"},
  {"sender": "Lew", "text": "im in. tonight after 9"},
  {"sender": "Kobe", "text": "bro thats arson lol"},
  {"sender": "Jayden", "text": "its a challenge not arson. everyone on cliptok is doing it"},
  {"sender": "Lew", "text": "bring ur lighter harv"},
  {"sender": "Harvey", "text": "bet. filming on my phone"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "messages": [
  {"sender": "pixel_rae", "text": "PARTY AT MINE SAT \U0001F389 everyone in the server invited"},
  {"sender": "Quinn", "text": "where?? im near haltonby"},
  {"sender": "pixel_rae", "text": "14 Larchfield Road, Haltonby. parents r away till sunday lol. come from 8"},
  {"sender": "zzzaaack", "text": "bet im bringing 5 mates"},
  {"sender": "pixel_rae", "text": "my number is 07700 900284 if u get lost"},
  {"sender": "Quinn", "text": "rae u literally dont know half the ppl on here \U0001F62D"},
  {"sender": "pixel_rae", "text": "its fine more the merrier"}
 ],
 "labels": ["privacy_disclosure"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Maisie", "text": "omg something so gross just happened on the 52 bus"},
  {"sender": "Grace", "text": "what"},
  {"sender": "Maisie", "text": "someone airdropped me a rude pic \U0001F922 the name was just 'iPhone'. i didnt accept but the preview showed"},
  {"sender": "Maisie", "text": "then it happened again like 3 times. i think its the man at the back"},
  {"sender": "Grace", "text": "WHAT. get off at the next stop, are u ok??"},
  {"sender": "Maisie", "text": "im shaking. getting off at the library"},
  {"sender": "Grace", "text": "turn airdrop to contacts only and tell ur dad when u get home. thats literally a crime now"},
  {"sender": "Maisie", "text": "ok. can u stay on the phone w me"}
 ],
 "labels": ["unwanted_contact"],
 "evasion": False
},
{
 "participants": [{"id": "mark_p", "role": "unknown"}, {"id": "ellie", "role": "child"}],
 "messages": [
  {"sender": "mark_p", "text": "Did the parcel come?? \U0001F60A"},
  {"sender": "ellie", "text": "YES omg the headphones are so nice thank u"},
  {"sender": "mark_p", "text": "You deserve nice things. Your mum doesn't appreciate you like I do"},
  {"sender": "mark_p", "text": "Where did you tell her they came from?"},
  {"sender": "ellie", "text": "said i saved up"},
  {"sender": "mark_p", "text": "Smart girl. Keep it that way, it's our thing. People wouldn't understand a friendship like ours"},
  {"sender": "ellie", "text": "how old are u again?"},
  {"sender": "mark_p", "text": "Old enough to look after you \U0001F609 does it matter? You're so mature for 13"},
  {"sender": "mark_p", "text": "I'm driving through your town on Saturday. I could pick you up from the bus station and we get food. Just us"},
  {"sender": "ellie", "text": "maybe, i'll have to make up a reason"},
  {"sender": "mark_p", "text": "Say you're at a friend's. Delete these messages after ok?"}
 ],
 "labels": ["grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Tyler", "text": "u up"},
  {"sender": "Amara", "text": "ye why"},
  {"sender": "Tyler", "text": "send me a pic"},
  {"sender": "Amara", "text": "a pic of what lol"},
  {"sender": "Tyler", "text": "u know. the private kind. snapgram deletes it anyway"},
  {"sender": "Amara", "text": "no tyler"},
  {"sender": "Tyler", "text": "come on everyone does it, jess sent one to kai"},
  {"sender": "Tyler", "text": "if u actually liked me u would"},
  {"sender": "Amara", "text": "i do like u but im not doing that"},
  {"sender": "Tyler", "text": "ur so boring honestly. fine ill ask someone else"}
 ],
 "labels": ["sexting"],
 "evasion": False
},
{
 "messages": [
  {"sender": "FreeSkinsDrop", "text": "@everyone \U0001F389 MEGA SKIN GIVEAWAY \U0001F389 first 100 members get the Dragon Knight bundle FREE. Claim here: [link]"},
  {"sender": "Jakub", "text": "yo is this real"},
  {"sender": "FreeSkinsDrop", "text": "100% legit, partnered with the devs. Just log in with your Steamforge username and password on the page to link your account"},
  {"sender": "leo", "text": "done!! it said wait 24h"},
  {"sender": "Jakub", "text": "it asked me for the code from my phone too is that normal"},
  {"sender": "FreeSkinsDrop", "text": "Yes thats required for security, enter it quick before slots run out"},
  {"sender": "Jakub", "text": "ok entered"}
 ],
 "labels": ["scam", "identity_theft"],
 "evasion": False
},
{
 "participants": [{"id": "T", "role": "unknown"}, {"id": "deji", "role": "child"}],
 "messages": [
  {"sender": "T", "text": "where u at"},
  {"sender": "deji", "text": "home"},
  {"sender": "T", "text": "nah ur loc says ur at the park. dont lie to me"},
  {"sender": "deji", "text": "i was just getting chicken"},
  {"sender": "T", "text": "u still owe 600 for the pack u lost. u know that right"},
  {"sender": "deji", "text": "i didnt lose it i got robbed"},
  {"sender": "T", "text": "not my problem. u work it off. train to Barnsford tmrw 7am, someone meets u at the station"},
  {"sender": "T", "text": "live loc on the whole time. if it drops for 1 min i come knock at ur mums"},
  {"sender": "deji", "text": "i got school"},
  {"sender": "T", "text": "school aint paying ur debt. be on that train"}
 ],
 "labels": ["criminal_exploitation", "location_control"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ruby", "text": "u awake?"},
  {"sender": "Hana", "text": "yeah cant sleep. u ok?"},
  {"sender": "Ruby", "text": "not really. i honestly just want to disappear. everyone would be better off without me"},
  {"sender": "Hana", "text": "ruby \U0001F61F whats happened"},
  {"sender": "Ruby", "text": "everything. home, school. im so tired of being here"},
  {"sender": "Hana", "text": "do u mean like hurting yourself?"},
  {"sender": "Ruby", "text": "ive thought about it tonight yeah"},
  {"sender": "Hana", "text": "ok im really glad u told me. can u go wake ur sister? im ringing u now"},
  {"sender": "Hana", "text": "and tomorrow we go see mrs adeyemi together, ill come with u"},
  {"sender": "Ruby", "text": "ok. thank u for being here"}
 ],
 "labels": ["self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Lola", "text": "the fake acc is live \U0001F602 @jess.m.official.2"},
  {"sender": "Bea", "text": "used her school photo and everything lmao"},
  {"sender": "Destiny", "text": "what we posting first"},
  {"sender": "Lola", "text": "im messaging her crush from it pretending to be her saying she loves him"},
  {"sender": "Kez", "text": "and post that pic of her crying at sports day"},
  {"sender": "Destiny", "text": "shes gonna be so embarrassed \U0001F480"},
  {"sender": "Lola", "text": "thats the point. she shouldnt have told on us"}
 ],
 "labels": ["identity_theft", "cyberbullying"],
 "evasion": False
},
{
 "participants": [{"id": "bigmike_k", "role": "unknown"}, {"id": "chantelle", "role": "child"}],
 "messages": [
  {"sender": "bigmike_k", "text": "wagwan princess \U0001F451"},
  {"sender": "chantelle", "text": "hii"},
  {"sender": "bigmike_k", "text": "\U0001F389 at the \U0001F3E0 on fri, \U0001F37E free, bring ur girls"},
  {"sender": "bigmike_k", "text": "my bros \U0001F4B7\U0001F4B7 if u stay the \U0001F319 & keep em company \U0001F609"},
  {"sender": "chantelle", "text": "how much"},
  {"sender": "bigmike_k", "text": "\U0001F4AF each. more if u r 'nice' \U0001F60F \U0001F697 will pick u up from the \U0001F3EB"},
  {"sender": "chantelle", "text": "im only 15 tho"},
  {"sender": "bigmike_k", "text": "even better \U0001F92B dont tell ur mum, say ur at a sleepover"}
 ],
 "labels": ["sex_trafficking", "grooming"],
 "evasion": True
},
{
 "messages": [
  {"sender": "Zain", "text": "whos doing the rooftop one for the page"},
  {"sender": "Marcus", "text": "the crane on the new flats by the canal? security leaves at 6"},
  {"sender": "Dev", "text": "man thats like 40 metres"},
  {"sender": "Zain", "text": "thats the point, whoever gets the highest selfie gets pinned. 10k views easy"},
  {"sender": "Marcus", "text": "im doing it tomorrow, dev u filming"},
  {"sender": "Dev", "text": "if u fall im not carrying u lol"},
  {"sender": "Zain", "text": "no one falls if ur not a wasteman. do it"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Priya", "text": "ok so DONT tell Ellie anything, she thinks were just going bowling"},
  {"sender": "Tom", "text": "my lips are sealed \U0001F910"},
  {"sender": "Shannon", "text": "her mum's letting us in the back door at 7, keep it secret pls"},
  {"sender": "Alfie", "text": "should i delete this chat after so she doesnt see it on my phone lol"},
  {"sender": "Priya", "text": "yeah maybe, she always grabs ur phone"},
  {"sender": "Shannon", "text": "ill get the balloons from the pound shop, send me \u00a33 each"},
  {"sender": "Tom", "text": "sent \U0001F44D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "aj", "role": "child"}, {"id": "sofia", "role": "child"}],
 "messages": [
  {"sender": "aj", "text": "can u send me a pic of the maths hw, left my book at school"},
  {"sender": "sofia", "text": "[photo]"},
  {"sender": "sofia", "text": "its q 4-12 on p. 88"},
  {"sender": "aj", "text": "ur a lifesaver"},
  {"sender": "sofia", "text": "u owe me a meal deal"},
  {"sender": "aj", "text": "deal \U0001F602"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "NorthfieldBank", "role": "unknown"}],
 "messages": [
  {"sender": "NorthfieldBank", "text": "Northfield Bank: Your new debit card ending 4471 has been posted and should arrive in 3-5 working days. We will never ask you for your PIN or full card number by text or phone."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ava", "text": "everyone turn on find my for the weekend so we dont lose each other at the festival"},
  {"sender": "Lani", "text": "done, shared with u both till monday"},
  {"sender": "Rosie", "text": "how do i do it on my phone"},
  {"sender": "Ava", "text": "maps > location sharing > pick us. or if signal dies we meet at the big tree by the main stage"},
  {"sender": "Rosie", "text": "ok sharing now \U0001F44D"},
  {"sender": "Lani", "text": "my dad wants to know where we are too lol ill send him a pic when we get there"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "mum", "role": "adult"}, {"id": "leon", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "Where are you? Tea is at 6 and you said you'd be back by 5."},
  {"sender": "leon", "text": "at football still running late"},
  {"sender": "mum", "text": "Which pitch? Send me your location, I'll pick you up, it's dark"},
  {"sender": "leon", "text": "[location]"},
  {"sender": "mum", "text": "Ok 10 mins. Don't wander off x"},
  {"sender": "leon", "text": "k"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "xXVortexXx", "text": "LMAO u got destroyed"},
  {"sender": "ShadowKev", "text": "lag"},
  {"sender": "xXVortexXx", "text": "always lag with u \U0001F602 ur actually dogwater"},
  {"sender": "bigboi_99", "text": "uninstall kev fr"},
  {"sender": "ShadowKev", "text": "1v1 me rn then, winner gets bragging rights"},
  {"sender": "xXVortexXx", "text": "ur on. gonna end ur whole career"},
  {"sender": "ShadowKev", "text": "gg next time \U0001F91D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Izzy", "text": "truth or dare tash"},
  {"sender": "Tash", "text": "dare obvs"},
  {"sender": "Mia", "text": "text jamie 'hey' with no emoji \U0001F62D"},
  {"sender": "Tash", "text": "NO"},
  {"sender": "Izzy", "text": "a dares a dare!!"},
  {"sender": "Tash", "text": "ok sent. im dying \U0001F480"},
  {"sender": "Mia", "text": "he replied HEY BACK \U0001F62D\U0001F62D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Gemma_Manager", "role": "adult"}, {"id": "kai", "role": "child"}],
 "messages": [
  {"sender": "Gemma_Manager", "text": "Hi Kai, it's Gemma from The Copper Kettle. Great to meet you at the trial shift! We'd like to offer you Saturdays 9-3, \u00a37.55/hr."},
  {"sender": "kai", "text": "amazing thank you!!"},
  {"sender": "Gemma_Manager", "text": "On your first day please bring your National Insurance number and the under-18 form signed by a parent or guardian. We'll do the bank details form together in the office for payroll - please don't send them by text."},
  {"sender": "kai", "text": "ok will do. do i need black trousers?"},
  {"sender": "Gemma_Manager", "text": "Yes, black trousers and comfy shoes, we provide the apron. See you Saturday at 8:50!"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ben", "text": "did u see that thing on the news about the boy up north who got blackmailed with pics"},
  {"sender": "Kofi", "text": "yeah thats so grim. they said it was a gang pretending to be a girl"},
  {"sender": "Ben", "text": "mr collins said in form if it ever happens dont pay and tell someone"},
  {"sender": "Kofi", "text": "fr. and u can get the pics taken down apparently, theres a site for it"},
  {"sender": "Ben", "text": "mad that people do that"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Danny_YW", "role": "adult"}, {"id": "shay", "role": "child"}],
 "messages": [
  {"sender": "Danny_YW", "text": "Hey Shay, just checking in after Tuesday's session on exploitation. You seemed a bit quiet."},
  {"sender": "shay", "text": "nah im good just tired"},
  {"sender": "Danny_YW", "text": "No worries. I say this to everyone after that session: has anyone ever asked you to carry anything, hold money in your account, or keep your location on for them?"},
  {"sender": "shay", "text": "no nothing like that lol"},
  {"sender": "shay", "text": "my mate was asking about it cos of the video tho"},
  {"sender": "Danny_YW", "text": "That's fair, it's a lot to take in. If anything ever does come up for you or a mate, message me or come to drop-in. Still on for the climbing wall Saturday?"},
  {"sender": "shay", "text": "yeh defo"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Saffy", "text": "chem paper 2 tmrw im literally going to die"},
  {"sender": "Noor", "text": "same ive done zero revision on rates"},
  {"sender": "Saffy", "text": "if i fail my mum will kill me \U0001F62D"},
  {"sender": "Noor", "text": "ur not gonna fail ur always top 5"},
  {"sender": "Saffy", "text": "facetime and do past papers?"},
  {"sender": "Noor", "text": "yes 7pm"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "rhys", "role": "child"}, {"id": "omar", "role": "child"}],
 "messages": [
  {"sender": "rhys", "text": "can u lend me a fiver for the cinema, ill pay u back friday when i get paid"},
  {"sender": "omar", "text": "ye sure"},
  {"sender": "omar", "text": "sent it on the app"},
  {"sender": "rhys", "text": "got it cheers bro"},
  {"sender": "omar", "text": "and u owe me popcorn"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "jas", "role": "child"}, {"id": "noah", "role": "child"}],
 "messages": [
  {"sender": "noah", "text": "text me when ur home safe x"},
  {"sender": "jas", "text": "on the bus now, 10 mins"},
  {"sender": "noah", "text": "ok \U0001F970 had the best day"},
  {"sender": "jas", "text": "me too. home now! mum says hi lol"},
  {"sender": "noah", "text": "hi jas's mum \U0001F602 night x"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Loop", "text": "Your Loop verification code is 482913. It expires in 10 minutes. Loop will never ask you for this code - don't share it with anyone."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "big_sis", "role": "child"}, {"id": "lil_bro", "role": "child"}],
 "messages": [
  {"sender": "big_sis", "text": "mum says where r u"},
  {"sender": "lil_bro", "text": "at jadens playing footy on the console"},
  {"sender": "big_sis", "text": "she says be back by 9 and ur on dishes"},
  {"sender": "lil_bro", "text": "why me i did them yesterday"},
  {"sender": "big_sis", "text": "take it up with her \U0001F602 also bring back my charger u stole"},
  {"sender": "lil_bro", "text": "borrowed"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Kenzie", "text": "send me a pic of ur fit for tonight"},
  {"sender": "Ocean", "text": "[photo]"},
  {"sender": "Ocean", "text": "too much?"},
  {"sender": "Kenzie", "text": "NO its perfect, wear the white trainers tho"},
  {"sender": "Ocean", "text": "ok ok. send me urs"},
  {"sender": "Kenzie", "text": "[photo]"},
  {"sender": "Ocean", "text": "slayyy \U0001F60D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mod_Hollie", "text": "\U0001F4CC Reminder of server rules: 1) no sharing personal info (address, school, phone) 2) no DMing members you don't know 3) no asking for pics 4) report anything weird to a mod"},
  {"sender": "kez", "text": "what counts as personal info, can i say what city im in"},
  {"sender": "Mod_Hollie", "text": "Best not, keep it general like 'UK'. Better safe"},
  {"sender": "beanz", "text": "can we share game clips?"},
  {"sender": "Mod_Hollie", "text": "Yes in #clips, just check there's no usernames or faces of other people in them"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Mrs_Kaur", "role": "adult"}, {"id": "tia", "role": "child"}],
 "messages": [
  {"sender": "Mrs_Kaur", "text": "Hi Tia, it's Harpreet from no. 22. Are you free to babysit Friday 7-11? \u00a38 an hour as usual"},
  {"sender": "tia", "text": "yes thats fine!"},
  {"sender": "Mrs_Kaur", "text": "Lovely. Kids will be in bed by 8. Your dad said he'll come round to walk you home after"},
  {"sender": "tia", "text": "yep he will, thank u"},
  {"sender": "Mrs_Kaur", "text": "Perfect. Help yourself to snacks \U0001F60A"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Lucy", "text": "i cant believe u told everyone about me and jack"},
  {"sender": "Chlo", "text": "i only told maddie!!"},
  {"sender": "Lucy", "text": "and maddie told the whole year. im so done with u rn"},
  {"sender": "Chlo", "text": "lucy im sorry i didnt think she would"},
  {"sender": "Lucy", "text": "leave me alone tonight"},
  {"sender": "Chlo", "text": "ok. im really sorry x"},
  {"sender": "Lucy", "text": "...ok i forgive u. but ur buying me a hot choc tmrw"},
  {"sender": "Chlo", "text": "deal \U0001FAF6"}
 ],
 "labels": [],
 "evasion": False
}
]
