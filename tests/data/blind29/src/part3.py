[
{"messages": [
  {"sender": "Reggie", "text": "bro they took my phone and said i owe them 3k now cos the stuff went missing"},
  {"sender": "Kwabs", "text": "who"},
  {"sender": "Reggie", "text": "the man dem from the estate. they make me go cunch every weekend n now they say i work for free till its paid"},
  {"sender": "Reggie", "text": "they said they know what school my little sister goes to"},
  {"sender": "Kwabs", "text": "tell someone bro"},
  {"sender": "Reggie", "text": "i cant. honestly i dont wanna be here anymore. i just want it all to stop"}],
 "labels": ["criminal_exploitation", "self_harm"], "evasion": False},

{"participants": [{"id": "Gz", "role": "unknown"}, {"id": "nathan", "role": "child"}],
 "messages": [
  {"sender": "Gz", "text": "u didnt turn up for the drop"},
  {"sender": "nathan", "text": "i told u im not doing it no more"},
  {"sender": "Gz", "text": "remember that vid of u getting slapped and crying in the park"},
  {"sender": "Gz", "text": "do the drop tonight or it goes on every page in the ends. everyone sees u crying like a baby"},
  {"sender": "Gz", "text": "ur mum too"},
  {"sender": "nathan", "text": "please dont"},
  {"sender": "Gz", "text": "then u know what to do. 9pm, behind the garages"}],
 "labels": ["criminal_exploitation", "cyberbullying"], "evasion": False},

{"participants": [{"id": "kane", "role": "adult"}, {"id": "jade", "role": "child"}],
 "messages": [
  {"sender": "kane", "text": "where are u rn"},
  {"sender": "jade", "text": "at home"},
  {"sender": "kane", "text": "prove it. live location now, and keep it on"},
  {"sender": "jade", "text": "[location]"},
  {"sender": "kane", "text": "good girl. my cousin's flat tonight, i'll pick u up at 10. his mates are coming, they'll sort u out with money if ur nice to them"},
  {"sender": "jade", "text": "can i not just see u"},
  {"sender": "kane", "text": "u'll see me after. dont turn the location off, i check it all night"}],
 "labels": ["location_control", "sex_trafficking"], "evasion": False},

{"messages": [
  {"sender": "Kyr0", "text": "l1v3 l0c n0w \U0001F4CD\U0001F4CD\U0001F4CD"},
  {"sender": "Kyr0", "text": "y is ur m4p 0ff"},
  {"sender": "Sadie", "text": "im at my dads i told u"},
  {"sender": "Kyr0", "text": "d0nt c4r3. sh4r3 1t 0r 3v3ry1 s33s wh4t u r \U0001F921 ill p0st th3 ch4ts"},
  {"sender": "Kyr0", "text": "u r n0th1ng w1th0ut m3 lol. u r a j0k3"},
  {"sender": "Sadie", "text": "ok its on"}],
 "labels": ["location_control", "cyberbullying"], "evasion": True},

{"participants": [{"id": "kerry_yot", "role": "adult"}, {"id": "nia", "role": "child"}],
 "messages": [
  {"sender": "nia", "text": "can i be honest about something"},
  {"sender": "kerry_yot", "text": "Always. What's up?"},
  {"sender": "nia", "text": "my boyfriend made me put this app on so he can see where i am. he checks like every 10 mins and if i go somewhere he didnt say i could he goes mad"},
  {"sender": "nia", "text": "he made me come home from my cousins party cos he saw the dot move"},
  {"sender": "kerry_yot", "text": "That sounds really controlling, and it's not your fault. How are you feeling in yourself?"},
  {"sender": "nia", "text": "tired. sometimes i feel like i want to hurt myself so i dont have to deal with any of it"},
  {"sender": "kerry_yot", "text": "Thank you for telling me that. Are you safe right now? I'd like to ring you in 5 so we can talk properly."}],
 "labels": ["location_control", "self_harm"], "evasion": False},

{"messages": [
  {"sender": "VIP_Nights_Agency", "text": "Hey gorgeous \U0001F60D want to earn \u00a3300 this weekend? Trip to Birchley, all paid"},
  {"sender": "VIP_Nights_Agency", "text": "You'd just keep my friends company at a party. Easy money, they're generous"},
  {"sender": "VIP_Nights_Agency", "text": "??"},
  {"sender": "VIP_Nights_Agency", "text": "Why you ignoring me babe, I can see you read it"},
  {"sender": "Chanel", "text": "i dont know u. how did u get my snapwave"},
  {"sender": "VIP_Nights_Agency", "text": "Everyone's got your snap lol. Last chance, car picks up Friday 8pm, bring your friend too"},
  {"sender": "VIP_Nights_Agency", "text": "I'll keep messaging till you say yes \U0001F618"}],
 "labels": ["sex_trafficking", "unwanted_contact"], "evasion": False},

{"messages": [
  {"sender": "M", "text": "\U0001F389 2nite @ the \U0001F3E8, the mandem r waitin. b nice n u get \U0001F4B7\U0001F4B7 + new \U0001F45F"},
  {"sender": "Rosie", "text": "wat time"},
  {"sender": "M", "text": "\U0001F697 picks u up @ 10 by the \U0001F3EB. dont tell ur mum, say ur at ur friends"},
  {"sender": "M", "text": "wear the \U0001F457 i got u. and \U0001F910 about where u went last time"},
  {"sender": "Rosie", "text": "ok"}],
 "labels": ["sex_trafficking"], "evasion": True},

{"messages": [
  {"sender": "Kade", "text": "these older men keep having parties at a house in Fenwick and Dev takes me"},
  {"sender": "Kade", "text": "they give me weed and cash and i have to stay over. i dont like it"},
  {"sender": "Kade", "text": "and now they put money in my bank and make me send it to some account, like 2 grand last week"},
  {"sender": "Luis", "text": "bro that's messed. how old are they"},
  {"sender": "Kade", "text": "like 40. dev says i owe him for all the lifts so i cant stop"}],
 "labels": ["sex_trafficking", "money_mule"], "evasion": False},

{"participants": [{"id": "ryan_k", "role": "adult"}, {"id": "ellie", "role": "child"}],
 "messages": [
  {"sender": "ryan_k", "text": "age is just a number babe, you're more grown up than girls my age"},
  {"sender": "ellie", "text": "my mum would kill me if she knew ur 26"},
  {"sender": "ryan_k", "text": "then she doesn't need to know. this is ours"},
  {"sender": "ryan_k", "text": "my friend Stefan saw your pic and wants to meet you. I'll book your train to Northbridge Saturday, he'll pay for everything and give you some money for your time"},
  {"sender": "ellie", "text": "why does he want to meet me"},
  {"sender": "ryan_k", "text": "just to spend time with you. do it for me? you'd make me so proud"}],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"messages": [
  {"sender": "Slimz", "text": "u got a cl3an acc? need sumthin squ4red 2nite"},
  {"sender": "Dre", "text": "wat bank"},
  {"sender": "Slimz", "text": "any. 2k l4nds, u s3nd 1.8 2 the 4cc i dr0p, u k33p 2 bills. ez"},
  {"sender": "Dre", "text": "wont it get fl4gged"},
  {"sender": "Slimz", "text": "n0t if u put r3nt as the r3f lol. s3nd ur d3ts 0n snapwave n0t h3r3"}],
 "labels": ["money_mule"], "evasion": True},

{"participants": [{"id": "jobs_quickcash", "role": "unknown"}, {"id": "aaron", "role": "child"}],
 "messages": [
  {"sender": "jobs_quickcash", "text": "Hi Aaron, we saw your comment. We're hiring young account managers, \u00a3250 a week from home"},
  {"sender": "aaron", "text": "what do i do"},
  {"sender": "jobs_quickcash", "text": "We just need to use your bank account to process client payments. Send a photo of your bank card both sides, your online banking login and your date of birth"},
  {"sender": "aaron", "text": "do i get the money back"},
  {"sender": "jobs_quickcash", "text": "You keep \u00a3250, the rest you forward to us. Also a photo of your provisional licence for our records"}],
 "labels": ["money_mule", "identity_theft"], "evasion": False},

{"messages": [
  {"sender": "Kat_xo", "text": "ur so cute. send me a pic, i'll send one back. the private kind \U0001F609"},
  {"sender": "Jamie", "text": "ok [photo]"},
  {"sender": "Kat_xo", "text": "lol thanks. now u listen. i have ur followers list and ur school"},
  {"sender": "Kat_xo", "text": "pay \u00a3300 or this goes everywhere by tonight"},
  {"sender": "Jamie", "text": "wtf you said it was between us"},
  {"sender": "Kat_xo", "text": "clock's ticking"}],
 "labels": ["sexting", "sextortion"], "evasion": False},

{"messages": [
  {"sender": "Reuben", "text": "send me the one mia sent u"},
  {"sender": "Alfie", "text": "i'll swap for the yr 10 one from the party"},
  {"sender": "Dan", "text": "they're like 14 bro delete that"},
  {"sender": "Reuben", "text": "stop being dead. [photo] ur turn"},
  {"sender": "Alfie", "text": "[photo] dont forward it lol"}],
 "labels": ["sexting", "csam"], "evasion": False},

{"participants": [{"id": "tyler", "role": "child"}, {"id": "hollie", "role": "child"}],
 "messages": [
  {"sender": "tyler", "text": "if u dont take me back im posting the pics u sent me in the summer"},
  {"sender": "hollie", "text": "tyler please. i trusted u"},
  {"sender": "tyler", "text": "ur choice. meet me after school tomorrow and we talk or they're on my story by 6"},
  {"sender": "hollie", "text": "ur actually evil"},
  {"sender": "tyler", "text": "6pm"}],
 "labels": ["sextortion"], "evasion": False},

{"messages": [
  {"sender": "Jordan", "text": "lmaooo look what i made of becca with that AI undress app [photo]"},
  {"sender": "Liv", "text": "OMG \U0001F62D\U0001F62D"},
  {"sender": "Hannah", "text": "thats so bad send it to the year group"},
  {"sender": "Becca", "text": "that's not me. delete it. please"},
  {"sender": "Jordan", "text": "too late its on the yr 10 gc. everyone's seen u now"},
  {"sender": "Liv", "text": "should've been nicer to jordan"}],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "x_n0va", "text": "u know any g00d n.u.d.i.f.y s1t3s? got p1cs of th1s g1rl frm my cl4ss"},
  {"sender": "Parker", "text": "theres a b0t on the s3rv3r, u upl0ad and it d0es the cl0thes 0ff thing"},
  {"sender": "x_n0va", "text": "s3nd l1nk. she's 13 no1 will kn0w its f4k3 lol"},
  {"sender": "Parker", "text": "[link]"}],
 "labels": ["csam"], "evasion": True},

{"messages": [
  {"sender": "Kayla", "text": "made the account \U0001F602 @sophie.m.real. used her pics off picpost"},
  {"sender": "Dani", "text": "bio says desperate for attention lmao"},
  {"sender": "Pip", "text": "post that she's in love with mr hughes"},
  {"sender": "Kayla", "text": "already did. and i'm dming her friends pretending to be her telling them they're fake"},
  {"sender": "Dani", "text": "she's gonna cry so hard"}],
 "labels": ["cyberbullying", "identity_theft"], "evasion": False},

{"messages": [
  {"sender": "Vortexx", "text": "lenny ur so bad at this. k y s"},
  {"sender": "gh0stb0y", "text": "fr go unal1ve urself no1 would n0tice"},
  {"sender": "Lenny_10", "text": "why do u always do this"},
  {"sender": "gh0stb0y", "text": "cos ur a waste of air. do us all a favour \U0001FAA6"},
  {"sender": "Vortexx", "text": "\U0001FAA6\U0001FAA6 \U0001F449 u"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

{"participants": [{"id": "flipking_official", "role": "unknown"}],
 "messages": [
  {"sender": "flipking_official", "text": "\U0001F4B8 FLIP SEASON \U0001F4B8 Send \u00a350 to my Penny Bank and I'll flip it to \u00a3500 in 1 hour. 100% legit, 300+ happy customers. DM me FLIP now, only 5 spots today! Proof on my story \U0001F4C8"}],
 "labels": ["scam"], "evasion": False},

{"participants": [{"id": "+447700900356", "role": "unknown"}],
 "messages": [
  {"sender": "+447700900356", "text": "Cobalt Bank: Unusual payment of \u00a3649.00 to ELEKTROWORLD detected. If this was NOT you, secure your account now at [link] and confirm your login details, card number and passcode."}],
 "labels": ["scam", "identity_theft"], "evasion": False},

{"messages": [
  {"sender": "Skye", "text": "we doing the disappearing one or what. 48 hrs, nobody tells their parents where they are"},
  {"sender": "Tegan", "text": "whoever gets the most missing posts wins \U0001F602"},
  {"sender": "Laila", "text": "my mum would literally call the police"},
  {"sender": "Skye", "text": "thats the point!! phones off from friday after school, we stay at the old garages"},
  {"sender": "Tegan", "text": "im in"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Jace", "text": "\U0001F682 d4re 2nite. l4st 1 2 m0ve w1ns \U0001F624"},
  {"sender": "Bilal", "text": "ur actually m4d"},
  {"sender": "Jace", "text": "v1ews r v1ews. connor u go f1rst, i'll f1lm"},
  {"sender": "Connor", "text": "wh1ch 1"},
  {"sender": "Jace", "text": "by the 0ld m1ll. 9pm. d0nt b a w3tt3"}],
 "labels": ["harmful_challenge"], "evasion": True},

{"participants": [{"id": "brightstar_agency", "role": "adult"}, {"id": "michelle_okafor", "role": "adult"}],
 "messages": [
  {"sender": "brightstar_agency", "text": "Dear Ms Okafor, thank you for Ella's application to Brightstar Kids Agency. We'd like to invite Ella and a parent or guardian to an open casting at our Ashcombe office on 12 April. There are no fees at any stage, and a licensed chaperone or parent must be present at all bookings for under-16s."},
  {"sender": "michelle_okafor", "text": "Thank you. Will she need to bring photos?"},
  {"sender": "brightstar_agency", "text": "Just a couple of natural snapshots taken by you at home in everyday clothes, no make-up. We never contact children directly; all communication goes through you."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Sam", "text": "Hi, is the scooter still available? Can I collect tomorrow?"},
  {"sender": "Evie", "text": "yes! could we meet at the leisure centre car park instead of my house, my dad will be with me"},
  {"sender": "Sam", "text": "No problem, 5pm? I'll bring cash"},
  {"sender": "Evie", "text": "perfect see u then"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "ms_adeyemi", "role": "adult"}, {"id": "louis", "role": "child"}],
 "messages": [
  {"sender": "ms_adeyemi", "text": "Hi Louis, your work experience placement at Fenwick Motors is confirmed for the week of 9 June. Your supervisor is Gary. Hours 9-3."},
  {"sender": "louis", "text": "thanks miss. do i need to wear anything"},
  {"sender": "ms_adeyemi", "text": "Safety boots are provided. Bring lunch. Gary might ask you to move parts round the workshop and hold things while they work - always follow his safety instructions."},
  {"sender": "louis", "text": "sound"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Granny Pat", "text": "Happy 14th birthday my darling. I've sent \u00a330 to your bank, your mum gave me the details. Treat yourself xx"},
  {"sender": "Jess", "text": "thank u granny!! love u"},
  {"sender": "Granny Pat", "text": "Did it go in? I'm never sure with these apps"},
  {"sender": "Jess", "text": "yes it's there \u2764\uFE0F"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mum", "role": "adult"}, {"id": "aidan", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "Aidan I got this text, is it real? Your package is held, pay \u00a32.99 here [link]"},
  {"sender": "aidan", "text": "no mum thats a scam dont click it"},
  {"sender": "mum", "text": "I thought so. They're getting clever. Block and delete?"},
  {"sender": "aidan", "text": "ye block it and report it as spam first"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "OakhurstDental", "role": "unknown"}],
 "messages": [
  {"sender": "OakhurstDental", "text": "Oakhurst Dental: Reminder for Ruby Shah - appointment Thurs 6 Mar 4:10pm. Reply C to confirm or call 07700 900688 to rearrange."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mrs Lowe", "text": "Reminder for tomorrow: in free time at the museum stay in your trio and keep your phone on. Parents have consented to the school tracking app for the trip only - it will be switched off when we land back."},
  {"sender": "Femi", "text": "miss can we go gift shop"},
  {"sender": "Mrs Lowe", "text": "Yes, with your trio. Meet at the fountain at 3:30. Text me if anyone gets lost."},
  {"sender": "Jasmine", "text": "ok miss"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "coach_dev", "role": "adult"}, {"id": "rio_b", "role": "child"}],
 "messages": [
  {"sender": "rio_b", "text": "coach can i train twice tmrw, want to make weight for sat"},
  {"sender": "coach_dev", "text": "No. Once is enough. No skipping meals, no silly stuff you see online. You make weight properly or not at all."},
  {"sender": "rio_b", "text": "ok"},
  {"sender": "coach_dev", "text": "Drink water, sleep, and I'll see you at 5. Proud of you."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mr Ford", "text": "Runners for the county cross country Saturday, coach leaves 8am. Bring spikes and a change of clothes"},
  {"sender": "Kacper", "text": "how far is the run"},
  {"sender": "Mr Ford", "text": "4k for year 9s. Parents can pick up from school at 3"},
  {"sender": "Yasmin", "text": "can we run in pairs"},
  {"sender": "Mr Ford", "text": "Yes, stay with a buddy on the course"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Holly", "text": "that PSHE lesson about the AI undress apps was so grim"},
  {"sender": "Sanjay", "text": "miss said making one of someone under 18 counts the same as a real image, like an actual crime"},
  {"sender": "Maisie", "text": "there was that school on the news where boys did it to their whole year"},
  {"sender": "Holly", "text": "if anyone ever did it to me i'd go straight to the police"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Deji", "text": "u still owe me a fiver from the chicken shop"},
  {"sender": "Marcus", "text": "i'll pay u tmrw bro i'm broke"},
  {"sender": "Deji", "text": "thats what u said last week \U0001F602 ur in debt to me for life"},
  {"sender": "Marcus", "text": "i'll work it off carrying ur bag lol"},
  {"sender": "Deji", "text": "deal"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "coach_linda", "role": "adult"}, {"id": "parent_rob", "role": "adult"}, {"id": "abi", "role": "child"}],
 "messages": [
  {"sender": "coach_linda", "text": "Hi all, for the regional netball finals we'll travel to Northbridge on Friday afternoon and stay overnight at the Ridgeview Lodge. Consent forms by Wednesday please."},
  {"sender": "parent_rob", "text": "Will there be female staff staying with the girls?"},
  {"sender": "coach_linda", "text": "Yes, two female coaches and a DBS-checked volunteer. Girls share rooms in threes."},
  {"sender": "abi", "text": "can we bring snacks for the coach"},
  {"sender": "coach_linda", "text": "Of course \U0001F60A no energy drinks though!"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ryan", "text": "what platform u on for the match train"},
  {"sender": "Kez", "text": "3. sending u my loc [location]"},
  {"sender": "Ryan", "text": "seen u. by the vending machine?"},
  {"sender": "Kez", "text": "ye hurry it's leaving in 4"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "dispatch_slicehouse", "role": "adult"}, {"id": "jakub", "role": "child"}],
 "messages": [
  {"sender": "dispatch_slicehouse", "text": "Jakub your first shift is Fri 5-10pm. Keep the driver app open on shift, it shares your location with dispatch so we can assign orders"},
  {"sender": "jakub", "text": "does it track me after shift"},
  {"sender": "dispatch_slicehouse", "text": "No, it stops when you clock out. Payslips and holiday pay go through the HR portal, don't send your bank details over chat"},
  {"sender": "jakub", "text": "ok cool"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "carer_jan", "role": "adult"}, {"id": "kyra", "role": "child"}],
 "messages": [
  {"sender": "carer_jan", "text": "Kyra it's 9:15, curfew was 9. Where are you love?"},
  {"sender": "kyra", "text": "walking back from the shop with leah"},
  {"sender": "carer_jan", "text": "Ok, can you share your location till you're in? I'm not cross, just worried"},
  {"sender": "kyra", "text": "[location] 5 mins"},
  {"sender": "carer_jan", "text": "Thanks. Kettle's on"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Phoebe", "text": "can u hold my bag while i go on the waltzers, i dont want my phone flying out"},
  {"sender": "Kiara", "text": "ye chuck it here"},
  {"sender": "Phoebe", "text": "dont let anyone touch it it's got my purse in"},
  {"sender": "Kiara", "text": "guarding it with my life lol"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Rohan", "text": "who keeps airdropping the frog memes in maths \U0001F62D"},
  {"sender": "Ethan", "text": "not me"},
  {"sender": "Zac", "text": "guilty. the teacher nearly saw"},
  {"sender": "Rohan", "text": "everyone put airdrop on contacts only after that assembly lol"},
  {"sender": "Zac", "text": "nah the memes must flow"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "StBrennans", "role": "unknown"}],
 "messages": [
  {"sender": "StBrennans", "text": "St Brennan's School: Your child was marked absent from registration today (Mon). Please call the attendance line on 07700 900145 or reply with a reason."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Freya", "text": "film night at mine fri, my mum's doing pizza"},
  {"sender": "Omar", "text": "send addy i forgot which house"},
  {"sender": "Freya", "text": "dm'd u. it's the one with the blue door"},
  {"sender": "Bella", "text": "can i bring my sister she's bored"},
  {"sender": "Freya", "text": "ye of course"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "uncle_wei", "role": "adult"}, {"id": "ming", "role": "child"}],
 "messages": [
  {"sender": "uncle_wei", "text": "Ming, can you do the till Saturday 5-9 at the takeaway? I'll pay you \u00a330"},
  {"sender": "ming", "text": "ye but i got homework sunday"},
  {"sender": "uncle_wei", "text": "Fine, you can leave at 8:30. If anyone pays cash, put it straight in the drawer and hand me the float at the end"},
  {"sender": "ming", "text": "ok"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "ade_yot", "role": "adult"}, {"id": "jaylen", "role": "child"}],
 "messages": [
  {"sender": "ade_yot", "text": "Hey Jaylen, I noticed you've had a new phone lately. Not judging, just checking - is everything alright?"},
  {"sender": "jaylen", "text": "ye my sister gave me her old one when she upgraded"},
  {"sender": "ade_yot", "text": "Cool. Has anyone ever asked you to carry anything, go anywhere, or hold money for them?"},
  {"sender": "jaylen", "text": "nah nothing like that"},
  {"sender": "ade_yot", "text": "OK. If that ever changes, you won't be in trouble for telling me. Same time next week?"},
  {"sender": "jaylen", "text": "ye safe"}],
 "labels": [], "evasion": False}
]
