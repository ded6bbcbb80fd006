[
{
 "participants": [{"id": "ph", "role": "adult"}, {"id": "ch", "role": "child"}],
 "messages": [
  {"sender": "ph", "text": "Dear Holly, I hope you don't mind me messaging. I'm a photographer and your dance videos show real talent."},
  {"sender": "ch", "text": "thank you!! i do street dance on saturdays"},
  {"sender": "ph", "text": "I could tell. How old are you now, 14? You carry yourself like a young woman."},
  {"sender": "ch", "text": "13 lol"},
  {"sender": "ph", "text": "I've sent you a little something for your dance shoes. I'd rather you didn't mention me to your mother, she may not understand our friendship."},
  {"sender": "ch", "text": "omg u didnt have to"},
  {"sender": "ph", "text": "It's my pleasure. Perhaps one day I could take some portraits of you. For now, would you send me a photograph, just for me? Something more grown up than your videos. Delete it from your phone afterwards."},
  {"sender": "ch", "text": "like what"},
  {"sender": "ph", "text": "You'll know. It will be our secret, Holly."}
 ],
 "labels": ["grooming", "sexting"],
 "evasion": False
},
{
 "messages": [
  {"sender": "n0_name", "text": "Remember what I've got of you"},
  {"sender": "n0_name", "text": "I want 3 more tonight. Different ones. Or the first one goes on your school's page"},
  {"sender": "Lucy", "text": "please i cant do it anymore"},
  {"sender": "n0_name", "text": "You can and you will. You did it last week"},
  {"sender": "Lucy", "text": "This message was deleted"},
  {"sender": "n0_name", "text": "Deleting doesn't help you. 10pm. And keep your camera on when I call"}
 ],
 "labels": ["sextortion", "sexting"],
 "evasion": False
},
{
 "messages": [
  {"sender": "v0idwalker", "text": "trading folder for folder. mine are the AI ones of the year 9s from Crestmoor, all real faces"},
  {"sender": "lurk3r", "text": "how young"},
  {"sender": "v0idwalker", "text": "13-14. made from their insta pics with the edit bot"},
  {"sender": "lurk3r", "text": "got a pack of the real ones. dm me, not here, mods scan general"},
  {"sender": "v0idwalker", "text": "[link] pw in dm"}
 ],
 "labels": ["csam"],
 "evasion": False
},
{
 "participants": [{"id": "bf", "role": "adult"}, {"id": "gf", "role": "child"}],
 "messages": [
  {"sender": "bf", "text": "missed u babe. ur the only one who gets me"},
  {"sender": "gf", "text": "missed u too"},
  {"sender": "bf", "text": "i got us an air bnb in Bristol this wknd, ill get ur train. dont tell ur social worker ur with me"},
  {"sender": "gf", "text": "ok \ud83d\ude0a"},
  {"sender": "bf", "text": "my mate Lee is coming. he owes me big so i need u to be nice to him, stay in his room one night. he'll give u 300"},
  {"sender": "gf", "text": "what?? i thought it was just us"},
  {"sender": "bf", "text": "if u loved me u would. after all the stuff ive bought u"}
 ],
 "labels": ["sex_trafficking", "grooming"],
 "evasion": False
},
{
 "participants": [{"id": "sms", "role": "unknown"}],
 "messages": [
  {"sender": "sms", "text": "HARBOURLINE: A new device has been added to your account. If this was NOT you, secure your account immediately at harbourline-secure-verify.co [link] and confirm your card number and PIN."}
 ],
 "labels": ["scam"],
 "evasion": False
},
{
 "participants": [{"id": "sms2", "role": "unknown"}],
 "messages": [
  {"sender": "sms2", "text": "Need a student with a bank acc 16+. We send money in, u send it on, keep \u00a3200 every week. No risk, no questions. Text YES to 07700 900862 \ud83d\udcb0"}
 ],
 "labels": ["money_mule"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ellie", "text": "someone has made a fake account of me"},
  {"sender": "Ellie", "text": "its got all my photos from my story and my full name and its messaging people in my year asking them for money"},
  {"sender": "Ellie", "text": "[photo]"},
  {"sender": "Harvey", "text": "wtf thats so creepy"},
  {"sender": "Ellie", "text": "it even told my nan it was me and i needed 50 quid for a new phone. she nearly sent it"},
  {"sender": "Harvey", "text": "report it rn and tell ur mum"}
 ],
 "labels": ["identity_theft"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Jaxx", "text": "\ud83d\udd25 challenge tmrw. the \ud83e\uddf4 one. spray it in ur hands till u cant feel it \ud83e\udd76 longest wins"},
  {"sender": "Oskar", "text": "my cousin went \ud83c\udfe5 from that"},
  {"sender": "Jaxx", "text": "ur cousin is weak \ud83d\ude02 film it for the \ud83d\udcf2"},
  {"sender": "Rafi", "text": "im doing 30 secs"},
  {"sender": "Jaxx", "text": "30 is baby. \ud83d\udc14 if u dont"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": True
},
{
 "participants": [{"id": "kid", "role": "child"}, {"id": "sell", "role": "unknown"}],
 "messages": [
  {"sender": "sell", "text": "got the rare Voxel skin for \u00a35, cheaper than the shop \ud83d\udd25"},
  {"sender": "kid", "text": "ye i want it!!"},
  {"sender": "sell", "text": "send ur card number, expiry and the 3 digits on the back and ur full address for the receipt"},
  {"sender": "kid", "text": "its my dads card. 4929 **** **** 1183 exp 09/27 cvv 502"},
  {"sender": "kid", "text": "address is 3 Wren Close, Hollowfield, HF4 2LP"},
  {"sender": "sell", "text": "safe. skin will be in ur account in 24 hrs. dont tell ur dad till it arrives"}
 ],
 "labels": ["scam", "privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "girl", "role": "child"}, {"id": "man", "role": "unknown"}],
 "messages": [
  {"sender": "man", "text": "hey beautiful"},
  {"sender": "man", "text": "why dont u reply"},
  {"sender": "girl", "text": "who is this how did u get my number"},
  {"sender": "man", "text": "dont matter. u look older in ur pics"},
  {"sender": "girl", "text": "im 13 leave me alone"},
  {"sender": "man", "text": "what school u at"},
  {"sender": "girl", "text": "Greyfield high and my dad is a police officer so stop"},
  {"sender": "man", "text": "ill be outside greyfield then \ud83d\ude18"},
  {"sender": "man", "text": "answer me"},
  {"sender": "man", "text": "[photo]"}
 ],
 "labels": ["unwanted_contact", "privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "ol", "role": "unknown"}, {"id": "yg", "role": "child"}],
 "messages": [
  {"sender": "ol", "text": "pin"},
  {"sender": "yg", "text": "[location]"},
  {"sender": "ol", "text": "why u at the station u was meant to go straight to the trap"},
  {"sender": "yg", "text": "bus was cancelled"},
  {"sender": "ol", "text": "i want a pin every hour. miss one and u know wat happens"},
  {"sender": "ol", "text": "[voice note]"},
  {"sender": "ol", "text": "drop the ting to the address then back to the flat. dont talk to no one"},
  {"sender": "yg", "text": "ok"}
 ],
 "labels": ["location_control", "criminal_exploitation"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Kian", "text": "im so tired of everything"},
  {"sender": "Aidan", "text": "u ok?"},
  {"sender": "Kian", "text": "no. i dont want to be here anymore. i keep thinking about hurting myself"},
  {"sender": "Aidan", "text": "mate please talk to me. or ur mum. or childline"},
  {"sender": "Kian", "text": "This message was deleted"},
  {"sender": "Kian", "text": "forget it"},
  {"sender": "Aidan", "text": "im coming round"}
 ],
 "labels": ["self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "r3kt_u", "text": "ur trash go back to roblox"},
  {"sender": "r3kt_u", "text": "we found ur insta. nice house on Dunmore Ave \ud83d\ude02"},
  {"sender": "Toby_10", "text": "how do u know that"},
  {"sender": "c0ldsn4p", "text": "everyone in the lobby report him lol"},
  {"sender": "r3kt_u", "text": "we're gonna post ur face in every server with 'loser' on it. and we'll see u at school"},
  {"sender": "c0ldsn4p", "text": "no one wants u here kid. leave"},
  {"sender": "Toby_10", "text": "stop pls"}
 ],
 "labels": ["cyberbullying"],
 "evasion": False
},
{
 "participants": [{"id": "rec", "role": "unknown"}, {"id": "lad", "role": "child"}],
 "messages": [
  {"sender": "rec", "text": "yo saw ur story. u tryna get that new ps"},
  {"sender": "lad", "text": "obv but im skint"},
  {"sender": "rec", "text": "easy money. u just drop bags for my bro after school, 2 hrs. 100 a day"},
  {"sender": "lad", "text": "bags of wat"},
  {"sender": "rec", "text": "dont worry bout it. new phone comes with the job, only use that one for us"},
  {"sender": "rec", "text": "n dont chat to ur mum about it. u in or wat"},
  {"sender": "lad", "text": "ok im in"}
 ],
 "labels": ["criminal_exploitation"],
 "evasion": False
},
{
 "messages": [
  {"sender": "\u2744\ufe0fSn0wman", "text": "u wanna do some sq\u00b5aring? \ud83d\udcb3"},
  {"sender": "Remi", "text": "wats that"},
  {"sender": "\u2744\ufe0fSn0wman", "text": "i put \ud83d\udcb7\ud83d\udcb7 in ur \ud83c\udfe6 u send it 2 my ppl. u keep a \ud83c\udf55 slice lol"},
  {"sender": "Remi", "text": "how much"},
  {"sender": "\u2744\ufe0fSn0wman", "text": "2 b a g s (2k). u keep 2 0 0. s0rt c0de + acc n0 in my dms"},
  {"sender": "Remi", "text": "ok sent"}
 ],
 "labels": ["money_mule"],
 "evasion": True
},
{
 "messages": [
  {"sender": "DNA_Talent", "text": "\ud83d\udc83 \ud83d\udcb8 w3kend w0rk 4 pretty g1rls 16 & under welcome"},
  {"sender": "DNA_Talent", "text": "\ud83d\ude97 + \ud83c\udfe8 paid. u just k33p my fr1ends c0mpany \ud83c\udf7e\ud83d\udc68\u200d\ud83e\uddb3\ud83d\udc68\u200d\ud83e\uddb3 \u00a3\u00a3\u00a3"},
  {"sender": "Skye", "text": "what do u have to do"},
  {"sender": "DNA_Talent", "text": "wh4tever they ask \ud83d\ude09 n0 parents. tell them its a sl33pover"},
  {"sender": "Skye", "text": "how much"},
  {"sender": "DNA_Talent", "text": "3OO per n1ght. br1ng a fr1end = bonus"}
 ],
 "labels": ["sex_trafficking"],
 "evasion": True
},
{
 "participants": [{"id": "kk", "role": "child"}, {"id": "zz", "role": "unknown"}],
 "messages": [
  {"sender": "zz", "text": "[photo]"},
  {"sender": "kk", "text": "wtf who are u"},
  {"sender": "zz", "text": "found u on quick add. ur fit"},
  {"sender": "zz", "text": "ur turn, send one back like mine"},
  {"sender": "kk", "text": "no im blocking u"},
  {"sender": "zz", "text": "i got 3 other accs lol. send a pic of u in ur bathroom mirror"}
 ],
 "labels": ["unwanted_contact", "sexting"],
 "evasion": False
},
{
 "participants": [{"id": "un", "role": "adult"}, {"id": "kd", "role": "child"}],
 "messages": [
  {"sender": "un", "text": "How was the sleepover, sweetheart? Who was there?"},
  {"sender": "kd", "text": "Mia and Jas from my class"},
  {"sender": "un", "text": "Next time get some pictures of them for me while they're getting changed. The private kind. They won't notice."},
  {"sender": "kd", "text": "thats weird"},
  {"sender": "un", "text": "It's just a game between us, remember? I'll top up your phone again. Don't tell your mum, she'd stop our chats."}
 ],
 "labels": ["csam", "grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Chantelle", "text": "hun u still want that money for ur birthday?"},
  {"sender": "Ruby-Mae", "text": "yeah"},
  {"sender": "Chantelle", "text": "theres a hotel party thurs. older men, they pay \u00a3200 each for young girls to hang out. taxi there and back"},
  {"sender": "Ruby-Mae", "text": "just hang out?"},
  {"sender": "Chantelle", "text": "whatever they want really, its fine ive done loads. wear something nice. dont tell ur mum obvs"},
  {"sender": "Chantelle", "text": "[location]"},
  {"sender": "Chantelle", "text": "be at that corner 9pm"}
 ],
 "labels": ["sex_trafficking"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ty", "text": "ok the new one is the fire alarm challenge"},
  {"sender": "Ty", "text": "set off the alarm in the leisure centre then set fire to a bin outside the exit while everyone comes out and film the chaos"},
  {"sender": "Bailey", "text": "lmao thats mad"},
  {"sender": "Ty", "text": "everyone on the app is doing it. whoever gets the most people out wins"},
  {"sender": "Bailey", "text": "sat morning when its busy?"},
  {"sender": "Ty", "text": "ye bring a lighter"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "participants": [{"id": "gp", "role": "unknown"}],
 "messages": [
  {"sender": "gp", "text": "Holmbury Health Centre: Reminder of your appointment with Dr Anand on Tue 14 May at 10:20. To cancel reply CANCEL. Please do not reply with personal or medical details."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "sch", "role": "unknown"}],
 "messages": [
  {"sender": "sch", "text": "Ashworth Park Academy: Your child has been marked absent from period 1 today. If this is unexpected please call the attendance office on 07700 900114."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "cous", "role": "adult"}, {"id": "kiddo", "role": "child"}],
 "messages": [
  {"sender": "cous", "text": "Happy birthday!! Sent \u00a320 to your account, buy something nice"},
  {"sender": "kiddo", "text": "thank u!! it came through"},
  {"sender": "cous", "text": "Don't spend it all on Voxel gems \ud83d\ude02"},
  {"sender": "kiddo", "text": "no promises"},
  {"sender": "cous", "text": "[voice note]"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "po", "role": "adult"}, {"id": "pa", "role": "adult"}],
 "messages": [
  {"sender": "po", "text": "Good afternoon Mrs Hussain, this is DC Reeve from the online child safety team. We've now downloaded Adam's phone."},
  {"sender": "pa", "text": "Thank you. Is there anything I should do?"},
  {"sender": "po", "text": "Please don't delete any messages on his other devices or contact the account that was threatening him. If anything new comes in, screenshot it and call me."},
  {"sender": "pa", "text": "He's been much calmer since he told us."},
  {"sender": "po", "text": "That's good to hear. The Marie Collins Foundation can offer support too, I'll email the details."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Lola", "text": "i got a letter from a modelling agency after the fashion show at school"},
  {"sender": "Mum", "text": "Let me check them out first. Real agencies never ask for money upfront or to meet you alone"},
  {"sender": "Lola", "text": "its Brightwater Models, theyre on the official register"},
  {"sender": "Mum", "text": "Ok we'll go to the open day together on Saturday and I'll read the contract"},
  {"sender": "Lola", "text": "yayyy"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "cn", "role": "adult"}, {"id": "st", "role": "child"}],
 "messages": [
  {"sender": "cn", "text": "Hi Mason, it's Mrs Adeyemi from the wellbeing team. You seemed tired in our session. How are you feeling today?"},
  {"sender": "st", "text": "fine just not sleeping much cus of mocks"},
  {"sender": "cn", "text": "That's really common. Has anything else been worrying you, online or offline?"},
  {"sender": "st", "text": "no honestly its just revision"},
  {"sender": "cn", "text": "OK. My door's open Tuesday and Thursday lunch if you want a chat."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Kofi", "text": "ur so dead tmrw in 5 a side"},
  {"sender": "Ned", "text": "u cant even kick straight"},
  {"sender": "Kofi", "text": "im gonna destroy u and ur whole team"},
  {"sender": "Ned", "text": "loser buys chips"},
  {"sender": "Kofi", "text": "easy chips for me then \ud83d\ude0e"},
  {"sender": "Dom", "text": "can u 2 stop flirting and tell me what time"},
  {"sender": "Ned", "text": "4 at the cage"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mum", "text": "Battery?"},
  {"sender": "Erin", "text": "5% \ud83d\ude2c"},
  {"sender": "Mum", "text": "Ok text me when you're at the station and I'll come get you"},
  {"sender": "Erin", "text": "This message was deleted"},
  {"sender": "Erin", "text": "sorry wrong chat lol. will text from the station"},
  {"sender": "Mum", "text": "[voice note]"},
  {"sender": "Erin", "text": "love u too"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Freya", "text": "assembly today was so awkward"},
  {"sender": "Nadia", "text": "the police lady talking about nudes \ud83d\ude2d"},
  {"sender": "Freya", "text": "she said if someone threatens to share pics u can use Report Remove to get them taken down"},
  {"sender": "Nadia", "text": "tbh good to know. Callum was being a idiot the whole time"},
  {"sender": "Freya", "text": "he always is"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "tu", "role": "adult"}, {"id": "pr", "role": "adult"}],
 "messages": [
  {"sender": "tu", "text": "Hi, I'm a sixth-former at Crestmoor offering maths tutoring for Year 7-9, \u00a312/hour at the library. I have a DBS check and references from school."},
  {"sender": "pr", "text": "Hello, my son is in Year 8. Could you do Wednesdays at 5?"},
  {"sender": "tu", "text": "Yes. Sessions are in the public study area, and parents are welcome to stay."},
  {"sender": "pr", "text": "Great, I'll bring him along this week."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Amir", "text": "bro i think i got a scam dm"},
  {"sender": "Amir", "text": "[photo]"},
  {"sender": "Josh", "text": "ye thats fake, look the link is voxel-gems-free dot something. never log in from a dm"},
  {"sender": "Amir", "text": "i didnt click it dw"},
  {"sender": "Josh", "text": "report it and block. they got Luke's acc last month"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Sophie", "text": "meet u outside Nando's at 6?"},
  {"sender": "Lara", "text": "ye ill share my live loc so u can see when im close"},
  {"sender": "Lara", "text": "[location]"},
  {"sender": "Sophie", "text": "omg ur so slow ur still at ur house \ud83d\ude02"},
  {"sender": "Lara", "text": "my dad's driving me chill"},
  {"sender": "Sophie", "text": "ok stopping sharing mine now im here"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ibby", "text": "lol we've roasted Kai so bad in this chat"},
  {"sender": "Kai", "text": "ur all jealous of my haircut"},
  {"sender": "Ibby", "text": "bro looks like a broccoli \ud83e\udd66"},
  {"sender": "Kai", "text": "at least i dont wear crocs to the cinema"},
  {"sender": "Leon", "text": "\ud83d\udc80\ud83d\udc80 both of u are clowns"},
  {"sender": "Kai", "text": "love u guys tho fr. cinema sat?"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "rb", "role": "adult"}, {"id": "rc", "role": "child"}],
 "messages": [
  {"sender": "rb", "text": "Hi, is the Pok\u00e9mon card binder still for sale? I'll pay through the app."},
  {"sender": "rc", "text": "yes! my mum handles the posting, can you send your address in the app"},
  {"sender": "rb", "text": "Sure, it's 12 Mill Lane, Thornby. Paid now."},
  {"sender": "rc", "text": "thank you! mum will post it tomorrow with tracking"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Evie", "text": "can u send me a pic of what ur wearing to the prom so we dont clash"},
  {"sender": "Hana", "text": "[photo]"},
  {"sender": "Evie", "text": "STUNNING. ok im wearing the green one then"},
  {"sender": "Hana", "text": "dont show anyone til the night its a surprise"},
  {"sender": "Evie", "text": "my lips are sealed \ud83e\udd10"}
 ],
 "labels": [],
 "evasion": False
}
]
