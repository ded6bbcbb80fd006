[
{
 "participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "Good game earlier. You have real potential on that map, better than most of the lads in my squad."},
  {"sender": "u1", "text": "thanks lol i died like 6 times"},
  {"sender": "u2", "text": "Everyone does at first. I coach a few younger players, happy to help you improve if you want."},
  {"sender": "u1", "text": "ye that would be sick"},
  {"sender": "u2", "text": "How old are you, if you don't mind me asking? Just so I pitch it right."},
  {"sender": "u1", "text": "12 nearly 13"},
  {"sender": "u2", "text": "Very mature for 12. I'd have guessed older from how you talk."},
  {"sender": "u2", "text": "The chat on here is monitored and it lags. I use Whisperly for coaching, it's quicker. Add me: coachdan_88"},
  {"sender": "u1", "text": "ok will my mum see it tho"},
  {"sender": "u2", "text": "Best not to mention it to her for now. Parents don't understand gaming and she might stop you playing. This is just between us, ok?"},
  {"sender": "u1", "text": "ok"},
  {"sender": "u2", "text": "Good lad. I'll send you some credits tonight as a thank you for being a good student."}
 ],
 "labels": ["grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "kai.vz", "text": "u up"},
  {"sender": "kai.vz", "text": "missin u fr"},
  {"sender": "Lils\u2764", "text": "hahaha stop im in bed"},
  {"sender": "kai.vz", "text": "how old did u say u was again"},
  {"sender": "Lils\u2764", "text": "14 in march"},
  {"sender": "kai.vz", "text": "age is just a number tbh ur more grown than girls my age"},
  {"sender": "kai.vz", "text": "dont tell ur mates bout me yeh they chat too much"},
  {"sender": "Lils\u2764", "text": "i wont"},
  {"sender": "kai.vz", "text": "send me a pic then"},
  {"sender": "Lils\u2764", "text": "[photo]"},
  {"sender": "kai.vz", "text": "nah not that kind \ud83d\ude02 the private kind"},
  {"sender": "kai.vz", "text": "on snap so it deletes after, no one will see i promise"},
  {"sender": "Lils\u2764", "text": "idk"},
  {"sender": "kai.vz", "text": "thought u trusted me"}
 ],
 "labels": ["grooming", "sexting"],
 "evasion": False
},
{
 "participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "unknown"}],
 "messages": [
  {"sender": "b", "text": "I have the video. Look at the screenshot"},
  {"sender": "b", "text": "[photo]"},
  {"sender": "a", "text": "please delete it please"},
  {"sender": "b", "text": "I have the list of your followers. Your school, your mum, your cousins"},
  {"sender": "b", "text": "You pay \u00a3150 in 30 minutes or I send it to all of them"},
  {"sender": "a", "text": "This message was deleted"},
  {"sender": "a", "text": "i dont have that much im 15"},
  {"sender": "b", "text": "[voice note]"},
  {"sender": "b", "text": "Then buy gift cards. Send codes. 25 minutes now"},
  {"sender": "a", "text": "This message was deleted"},
  {"sender": "b", "text": "I start with your mum. Don't test me"}
 ],
 "labels": ["sextortion"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Dee", "text": "yo u still tryna make p"},
  {"sender": "Marcus", "text": "ye wat u sayin"},
  {"sender": "Dee", "text": "got a lil ting needs runnin to ends tmrw. bus there bus back. 200 for the day"},
  {"sender": "Marcus", "text": "wat is it tho"},
  {"sender": "Dee", "text": "dont ask wat it is. just carry the bag and dont open it"},
  {"sender": "Dee", "text": "and keep ur live loc on me the whole time. if it goes off even once we got a problem"},
  {"sender": "Marcus", "text": "my mums gonna ask where im going"},
  {"sender": "Dee", "text": "say ur at ur boys. u aint gonna mug me off after everything i done for u"},
  {"sender": "Marcus", "text": "[location]"},
  {"sender": "Dee", "text": "good. share it live not just a pin. 7am at the garages"}
 ],
 "labels": ["criminal_exploitation", "location_control"],
 "evasion": False
},
{
 "participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
 "messages": [
  {"sender": "p2", "text": "Hey bro saw ur comment on the trainers page. Wanna make easy money no stress?"},
  {"sender": "p1", "text": "how"},
  {"sender": "p2", "text": "U got a bank account? Even a kids one works"},
  {"sender": "p1", "text": "ye with Harbourline"},
  {"sender": "p2", "text": "Sweet. I send 1.5k in, u send 1.4k to my guy, u keep 100. 10 mins work"},
  {"sender": "p1", "text": "is that legal tho"},
  {"sender": "p2", "text": "100% its just my business money, my account got limits. everyone does it"},
  {"sender": "p2", "text": "send me ur sort code and acc number and dont tell ur parents or the bank freezes it lol"}
 ],
 "labels": ["money_mule"],
 "evasion": False
},
{
 "participants": [{"id": "s", "role": "unknown"}],
 "messages": [
  {"sender": "s", "text": "ParcelSwift: Your parcel could not be delivered due to an unpaid fee of \u00a31.45. Pay now to rearrange: [link] Failure to pay within 24hrs will return item to sender."}
 ],
 "labels": ["scam"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Voxel Support", "text": "Hello, this is Voxel Arena Support. Your account has been flagged for suspicious trading and will be banned in 24 hours."},
  {"sender": "Noah_plays", "text": "what?? i didnt do anything"},
  {"sender": "Voxel Support", "text": "To verify you are the real owner we need your username, password and the 6 digit code we are sending to your email now."},
  {"sender": "Noah_plays", "text": "ok my password is"},
  {"sender": "Noah_plays", "text": "This message was deleted"},
  {"sender": "Voxel Support", "text": "We also need the code. Quickly please, the ban is automatic."},
  {"sender": "Noah_plays", "text": "its 448 201"},
  {"sender": "Voxel Support", "text": "Thank you. Do not log in for 48 hours while we check the account."}
 ],
 "labels": ["identity_theft"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Tia", "text": "did everyone see what Ruby posted \ud83d\udc80\ud83d\udc80"},
  {"sender": "Jas", "text": "the dancing one?? actual cringe"},
  {"sender": "Tia", "text": "[photo]"},
  {"sender": "Mo", "text": "why is she even in this gc"},
  {"sender": "Ruby", "text": "guys pls i can see this"},
  {"sender": "Jas", "text": "good \ud83d\ude02 no one likes u ruby"},
  {"sender": "Tia", "text": "literally do everyone a favour and kys"},
  {"sender": "Mo", "text": "fr"},
  {"sender": "Ruby", "text": "fine maybe i will. i dont want to be here anymore anyway"},
  {"sender": "Tia", "text": "Tia removed Ruby"}
 ],
 "labels": ["cyberbullying", "self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Zak", "text": "ok new challenge for the vid"},
  {"sender": "Zak", "text": "whoever sets off the extinguisher in the science corridor gets 50 quid off all of us"},
  {"sender": "Ollie", "text": "LMAOOO"},
  {"sender": "Harry", "text": "nah we'll get excluded"},
  {"sender": "Zak", "text": "only if ur slow. film it, then smash the glass on the alarm box on the way out. its trending on Flikkr everyone in year 10 is doing one"},
  {"sender": "Ollie", "text": "im in. tuesday after lunch"},
  {"sender": "Zak", "text": "harry u doing it or are u scared"},
  {"sender": "Harry", "text": "ffs fine"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "messages": [
  {"sender": "xXnightowlXx", "text": "anyone in the server from near Ashworth? lf squad irl"},
  {"sender": "mia.plays", "text": "me!! i go to Ashworth Park Academy year 8"},
  {"sender": "mia.plays", "text": "i live on Larchfield Road, number 22, the one with the blue door lol"},
  {"sender": "Grimble", "text": "lol dont post that in general"},
  {"sender": "mia.plays", "text": "its fine, my number is 07700 900418 if anyone wants to add me, im home alone after school till 6 every day"},
  {"sender": "xXnightowlXx", "text": "added u"}
 ],
 "labels": ["privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "c", "role": "child"}, {"id": "x", "role": "unknown"}],
 "messages": [
  {"sender": "x", "text": "hey"},
  {"sender": "x", "text": "hey"},
  {"sender": "x", "text": "why did u decline me again"},
  {"sender": "c", "text": "i dont know u"},
  {"sender": "x", "text": "u was on the 42 bus this morning. i airdropped u something"},
  {"sender": "c", "text": "that was u?? that was disgusting stop"},
  {"sender": "x", "text": "[photo]"},
  {"sender": "c", "text": "STOP sending me stuff"},
  {"sender": "x", "text": "made a new acc since u blocked the other one \ud83d\ude09 ill keep adding u"}
 ],
 "labels": ["unwanted_contact"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Reece", "text": "bro u still got that app"},
  {"sender": "Callum", "text": "which"},
  {"sender": "Reece", "text": "the undress one. run Chloe's insta pic thru it"},
  {"sender": "Reece", "text": "[photo]"},
  {"sender": "Callum", "text": "shes in our year tho"},
  {"sender": "Reece", "text": "thats the point lol. make it look real and send it to the lads gc"},
  {"sender": "Callum", "text": "ill do it after tea"},
  {"sender": "Reece", "text": "do Amira's too"}
 ],
 "labels": ["csam"],
 "evasion": False
},
{
 "participants": [{"id": "g", "role": "child"}, {"id": "m", "role": "adult"}],
 "messages": [
  {"sender": "m", "text": "Hi Sofia, I'm Marina from Velour Talent. We loved your photos and think you could work with us."},
  {"sender": "g", "text": "omg really?? i've always wanted to model"},
  {"sender": "m", "text": "We have a paid trip to a client in Leeds this weekend. Train and hotel covered, \u00a3400 cash for you."},
  {"sender": "g", "text": "do i need my mum to come"},
  {"sender": "m", "text": "No, it's a private shoot, parents make the girls nervous. Just tell her you're staying at a friend's."},
  {"sender": "m", "text": "The clients are older gentlemen. You'll keep them company at dinner and afterwards at the hotel. Be friendly and they tip very well."},
  {"sender": "g", "text": "what do u mean afterwards"},
  {"sender": "m", "text": "Nothing you can't handle. I'll send the ticket. Delete this chat after you read it."}
 ],
 "labels": ["sex_trafficking"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ella", "text": "r u ok u were so quiet in maths"},
  {"sender": "Maisie", "text": "not really"},
  {"sender": "Maisie", "text": "i just want to disappear tbh"},
  {"sender": "Ella", "text": "what do u mean"},
  {"sender": "Maisie", "text": "like everyone would be better off without me. ive been thinking about hurting myself again"},
  {"sender": "Ella", "text": "please dont. can i tell miss Okafor? or ur mum"},
  {"sender": "Maisie", "text": "no pls dont"},
  {"sender": "Ella", "text": "[voice note]"}
 ],
 "labels": ["self_harm"],
 "evasion": False
},
{
 "participants": [{"id": "k", "role": "child"}, {"id": "t", "role": "unknown"}],
 "messages": [
  {"sender": "t", "text": "hiya, you seem really sweet from your videos x"},
  {"sender": "k", "text": "aw thank u"},
  {"sender": "t", "text": "what year are you in? you look about 16"},
  {"sender": "k", "text": "haha no year 8, im 12"},
  {"sender": "t", "text": "aw cute. which school? I might know it"},
  {"sender": "k", "text": "St Bride's in Holmbury"},
  {"sender": "t", "text": "no way I work near there. do you get the bus home?"},
  {"sender": "k", "text": "yeah the 17 at half 3 from outside the chippy"},
  {"sender": "t", "text": "I'll keep an eye out \ud83d\ude0a let's keep chatting on here, your parents wouldn't get it x"}
 ],
 "labels": ["grooming", "privacy_disclosure"],
 "evasion": False
},
{
 "messages": [
  {"sender": "unknwn_acc_2291", "text": "1 h4v3 ur p1cs"},
  {"sender": "unknwn_acc_2291", "text": "p 4 y or they g0 to ur s c h o o l gc + ur m u m"},
  {"sender": "Jay", "text": "who is this"},
  {"sender": "unknwn_acc_2291", "text": "d0nt play dumb. \u00a380 on a g1ft c4rd or i p0st t0n1ght"},
  {"sender": "Jay", "text": "This message was deleted"},
  {"sender": "unknwn_acc_2291", "text": "u h4ve 1 h0ur. s c r e e n s h o t s already saved"}
 ],
 "labels": ["sextortion"],
 "evasion": True
},
{
 "messages": [
  {"sender": "Big T", "text": "\ud83c\udf6c\ud83c\udf6c need droppin to the \ud83c\udfe0 on the estate 2nite"},
  {"sender": "Reon", "text": "how many"},
  {"sender": "Big T", "text": "10 \ud83c\udf6c bring back the \ud83d\udcb7 all of it"},
  {"sender": "Big T", "text": "\ud83d\udccd on. live. if i see u went ghost ur gettin \ud83d\udd2a"},
  {"sender": "Reon", "text": "i got school tmrw tho"},
  {"sender": "Big T", "text": "u still owe me for the w0rk u lost. u go when i say"},
  {"sender": "Reon", "text": "[location]"}
 ],
 "labels": ["criminal_exploitation", "location_control"],
 "evasion": True
},
{
 "participants": [{"id": "y", "role": "child"}, {"id": "z", "role": "unknown"}],
 "messages": [
  {"sender": "z", "text": "Yo did u get the money I sent u?"},
  {"sender": "y", "text": "ye 900 came in from someone called R Dalton??"},
  {"sender": "z", "text": "Thats my cousin. Now I need u to send it to the 3 accounts I gave u, 300 each. Keep 50 for urself"},
  {"sender": "y", "text": "my banking app is being weird"},
  {"sender": "z", "text": "Just send me ur login and the passcode and I'll do it myself from my phone. Quicker"},
  {"sender": "y", "text": "ok username is bradley_h09"},
  {"sender": "z", "text": "And a pic of ur card front and back in case it asks"},
  {"sender": "y", "text": "[photo]"},
  {"sender": "z", "text": "Safe. Dont answer if the bank rings u"}
 ],
 "labels": ["money_mule", "identity_theft"],
 "evasion": False
},
{
 "participants": [{"id": "s1", "role": "child"}, {"id": "s2", "role": "child"}],
 "messages": [
  {"sender": "s1", "text": "ok so mums 40th is sat"},
  {"sender": "s2", "text": "DONT tell her about the cake"},
  {"sender": "s1", "text": "obviously lol. dad says keep it secret, dont even mention the restaurant"},
  {"sender": "s2", "text": "delete this chat after in case she picks up ur phone \ud83d\ude02"},
  {"sender": "s1", "text": "shes literally so nosy. i hid the card in my pe bag"},
  {"sender": "s2", "text": "[voice note]"},
  {"sender": "s1", "text": "LOL yes do the voice thing at the party"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Aisha", "text": "can u send me a pic of the chem homework pls i left my book at school"},
  {"sender": "Priya", "text": "[photo]"},
  {"sender": "Priya", "text": "q4 is impossible btw"},
  {"sender": "Aisha", "text": "ur a lifesaver. send me the other page too"},
  {"sender": "Priya", "text": "[photo]"},
  {"sender": "Priya", "text": "delete it after lol if mr hale finds out we copied hes gonna kill us"},
  {"sender": "Aisha", "text": "we're not copying we're collaborating \ud83d\ude0c"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "bank", "role": "unknown"}],
 "messages": [
  {"sender": "bank", "text": "Harbourline Bank: Did you try to pay \u00a349.99 to GAMEVAULT LTD? Reply Y if this was you or N if not. We will never ask for your PIN, passcode or full card number by text or phone."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mum", "text": "Where are you? Said you'd be back by 6"},
  {"sender": "Leo", "text": "at jacobs still, his mum said i can stay for tea"},
  {"sender": "Mum", "text": "Ok but send me your location when you leave please, it's dark"},
  {"sender": "Leo", "text": "[location]"},
  {"sender": "Mum", "text": "Thank you. Dad will pick you up from the corner at 8"},
  {"sender": "Leo", "text": "ok love u"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "frostbyte", "text": "ur actually so bad lmao"},
  {"sender": "Kez", "text": "say that again and im ending u next round"},
  {"sender": "frostbyte", "text": "u couldnt end a sentence"},
  {"sender": "Kez", "text": "ur dead. ur so dead. camping spawn the whole game"},
  {"sender": "frostbyte", "text": "cry about it \ud83d\ude02"},
  {"sender": "Kez", "text": "gg tho that last clutch was clean"},
  {"sender": "frostbyte", "text": "gg same time tmrw?"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "m1", "role": "adult"}, {"id": "d1", "role": "child"}],
 "messages": [
  {"sender": "m1", "text": "Did you see the news about the boy in Kent? The sextortion thing"},
  {"sender": "d1", "text": "yeah they talked about it in form"},
  {"sender": "m1", "text": "I just want you to know if anyone ever threatens to share pictures or asks for money, you come to me. You won't be in trouble."},
  {"sender": "d1", "text": "mum i know \ud83d\ude2d"},
  {"sender": "m1", "text": "And don't pay them and don't delete anything, the police need it"},
  {"sender": "d1", "text": "ok ok love u. can we have pasta tonight"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ms Clarke (Form 9C)", "text": "Reminder: PSHE tomorrow is the county lines session with PC Anand. Please come with questions."},
  {"sender": "Dylan", "text": "is that the thing where they make u carry drugs"},
  {"sender": "Ms Clarke (Form 9C)", "text": "It's about how older people groom young people into running packages and how to spot it. We'll talk about debt and threats too."},
  {"sender": "Freya", "text": "will there be a quiz"},
  {"sender": "Ms Clarke (Form 9C)", "text": "No quiz, Freya \ud83d\ude0a"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Nat", "text": "DARE: eat a spoon of marmite on the live"},
  {"sender": "Beth", "text": "nooo thats actually evil"},
  {"sender": "Nat", "text": "or sing the national anthem in the canteen tmrw"},
  {"sender": "Beth", "text": "fine ill do the marmite \ud83e\udd22"},
  {"sender": "Beth", "text": "[video]"},
  {"sender": "Nat", "text": "HAHAHA ur face. ok ur turn to dare me"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "w1", "role": "adult"}, {"id": "w2", "role": "child"}],
 "messages": [
  {"sender": "w1", "text": "Hi Jordan, it's Pat from Bramble Caf\u00e9. Thanks for coming in for the trial shift, we'd like to offer you Saturdays 9-2."},
  {"sender": "w2", "text": "thank you so much!! yes please"},
  {"sender": "w1", "text": "As you're 16 we need a parent to sign the form. Please bring your passport or birth certificate on Saturday for the right to work check, I'll copy it in the office."},
  {"sender": "w2", "text": "ok my dad can come in with me"},
  {"sender": "w1", "text": "Perfect. Pay goes into your bank account monthly, just bring your sort code and account number on paper."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Hannah", "text": "omg i just fell UP the stairs in front of year 11"},
  {"sender": "Grace", "text": "NOOO"},
  {"sender": "Hannah", "text": "kill me now i want to die \ud83d\ude2d\ud83d\ude2d"},
  {"sender": "Grace", "text": "ur never living this down"},
  {"sender": "Hannah", "text": "im moving to australia. goodbye forever"},
  {"sender": "Grace", "text": "bring me a koala"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "dad", "role": "adult"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "Set up the family tracker thing on your phone like we talked about. You can see mine too."},
  {"sender": "kid", "text": "do i have to"},
  {"sender": "dad", "text": "Just till you're used to getting the train on your own. We said we'd review it at Easter."},
  {"sender": "kid", "text": "fine but no checking when im at Ayo's"},
  {"sender": "dad", "text": "Deal. And you can turn it off any time you're with me or mum."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "lily_b", "text": "selling my white Airstep trainers size 5, worn twice, \u00a325"},
  {"sender": "Karen W", "text": "Hi is this still available? For my daughter"},
  {"sender": "lily_b", "text": "yes! my mum says we can meet at the Tesco car park on Saturday morning"},
  {"sender": "Karen W", "text": "Lovely, 10am? I'll pay cash"},
  {"sender": "lily_b", "text": "perfect my mum will be there too"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "b1", "role": "adult"}, {"id": "b2", "role": "child"}],
 "messages": [
  {"sender": "b1", "text": "Sent you \u00a360 for the Fizzy Lemons tickets, pay me back when you get your birthday money"},
  {"sender": "b2", "text": "ur the best big bro"},
  {"sender": "b1", "text": "Buy them off the official site only, not some random on Insta"},
  {"sender": "b2", "text": "obvs. bought! [photo]"},
  {"sender": "b1", "text": "Nice. Don't tell mum I lent it, she'll lecture me \ud83d\ude02"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mum", "text": "Can you send me the Netflix password again, the telly logged me out"},
  {"sender": "Isla", "text": "its the same one its on the fridge"},
  {"sender": "Mum", "text": "Isla I am at work"},
  {"sender": "Isla", "text": "ugh fine its the dog's name and 2019"},
  {"sender": "Mum", "text": "Thank you darling x"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "sys", "role": "unknown"}],
 "messages": [
  {"sender": "sys", "text": "Your Voxel Arena verification code is 771 094. Do not share this code with anyone. Voxel staff will never ask for it."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Coach Reid", "text": "U14s: training moved to Thursday 6pm at Millbrook rec, pitch 3. Parents please confirm in the thread."},
  {"sender": "Sam's dad", "text": "Sam will be there \ud83d\udc4d"},
  {"sender": "Coach Reid", "text": "Also the tournament in Derby is on the 14th. Coach leaves from the club car park 7:30am. Bring packed lunch."},
  {"sender": "Ife's mum", "text": "Ife can come, I'll drive a few of them if needed"},
  {"sender": "Coach Reid", "text": "Thanks. Kit money is \u00a315, pay at the club bar not to me directly please."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "net", "role": "unknown"}],
 "messages": [
  {"sender": "net", "text": "Fonix Mobile: Your SIM PIN was changed today at 16:42. If this wasn't you, call us on 07700 900150 from another phone or visit a Fonix store. We will never text you a link asking for your password."}
 ],
 "labels": [],
 "evasion": False
}
]
