[
{
 "messages": [
  {"sender": "Finn", "text": "has anyone got that ai app that does the clothes thing"},
  {"sender": "Jacob", "text": "Theo has it on his phone"},
  {"sender": "Finn", "text": "do Jade M's pic from the netball photo [photo] \U0001F602"},
  {"sender": "Theo", "text": "lol she'll die"},
  {"sender": "Finn", "text": "thats the point. then we put it on the year story and watch her face monday"},
  {"sender": "Jacob", "text": "do Amira too"}
 ],
 "labels": ["csam", "cyberbullying"],
 "evasion": False
},
{
 "participants": [{"id": "Poppy", "role": "child"}, {"id": "GemGiver", "role": "unknown"}],
 "messages": [
  {"sender": "GemGiver", "text": "hey poppy, you're the one who does the sleepover vlogs on your page right?"},
  {"sender": "Poppy", "text": "haha yeah"},
  {"sender": "GemGiver", "text": "they're so cute. do you have any pictures from sleepovers with your friends? the ones you don't post"},
  {"sender": "Poppy", "text": "like what"},
  {"sender": "GemGiver", "text": "just the getting ready for bed ones, in pjs. I collect them. I'll give you 5000 gems for each one"},
  {"sender": "Poppy", "text": "why would u want that"},
  {"sender": "GemGiver", "text": "it's just a hobby, lots of people do it. keep this between us ok? your friends don't need to know"}
 ],
 "labels": ["csam", "grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "07700 900654", "text": "Hi gorgeous, got your number from Kez \U0001F495 Hostess work at private parties in London this wknd. Train + hotel paid, £300 cash. Age 16 fine, no experience needed, just be friendly to the guests. Reply if ur in"}
 ],
 "labels": ["sex_trafficking"],
 "evasion": False
},
{
 "participants": [{"id": "Kacey", "role": "child"}, {"id": "Jamal", "role": "unknown"}],
 "messages": [
  {"sender": "Jamal", "text": "babe you know I love you yeah"},
  {"sender": "Kacey", "text": "ye ofc x"},
  {"sender": "Jamal", "text": "I'm in a bit of trouble with money. my mate Lee said he'd sort it if you spend the evening with him Friday"},
  {"sender": "Kacey", "text": "spend it doing what"},
  {"sender": "Jamal", "text": "just be nice to him, whatever he wants. he'll give you £150 and it clears what I owe"},
  {"sender": "Kacey", "text": "i dont want to"},
  {"sender": "Jamal", "text": "if you loved me you would. you're 14 not 4, grow up. and don't tell your mum or she'll stop us seeing each other"}
 ],
 "labels": ["sex_trafficking", "grooming"],
 "evasion": False
},
{
 "participants": [{"id": "Sam", "role": "child"}, {"id": "Becca", "role": "adult"}],
 "messages": [
  {"sender": "Sam", "text": "becca can i tell u something"},
  {"sender": "Becca", "text": "course what's up"},
  {"sender": "Sam", "text": "people in my year have a group called 'sam watch' and they post pics of me and laugh"},
  {"sender": "Sam", "text": "today like 10 of them messaged me saying i should just kill myself"},
  {"sender": "Becca", "text": "oh sam. I'm so sorry. that's horrible"},
  {"sender": "Sam", "text": "maybe theyre right. i dont want to be here anymore"},
  {"sender": "Becca", "text": "I'm coming home now. please stay with mum till I get there"}
 ],
 "labels": ["cyberbullying", "self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Kiera", "text": "u ok? u were quiet today"},
  {"sender": "Jess", "text": "not really"},
  {"sender": "Jess", "text": "ive been hurting myself again. i promised i'd stop"},
  {"sender": "Kiera", "text": "oh jess. thank you for telling me. are u hurt now?"},
  {"sender": "Jess", "text": "no. i just feel like i deserve it"},
  {"sender": "Kiera", "text": "u dont. can we go to Mrs Patel tomorrow together? I'll come with you"},
  {"sender": "Jess", "text": "maybe"}
 ],
 "labels": ["self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "amelia.k", "text": "home alone all weekend cos mums in Spain \U0001F60E party at mine?? 22 Brackenfield Rd lol"},
  {"sender": "user2210", "text": "where's that"},
  {"sender": "amelia.k", "text": "Hollinbrook, near the big Tesco. [location]"},
  {"sender": "ghostrider9", "text": "what time u in"},
  {"sender": "amelia.k", "text": "from like 4 every day, spare keys under the frog by the door lol"}
 ],
 "labels": ["privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "Josh", "role": "child"}, {"id": "MrQuick", "role": "unknown"}],
 "messages": [
  {"sender": "MrQuick", "text": "job's still open for you. I send £300 to your bank, you buy £250 of Vault gift cards and send me the codes. keep £50"},
  {"sender": "Josh", "text": "why cant u buy them urself"},
  {"sender": "MrQuick", "text": "my card's blocked for buying abroad. you're helping me out"},
  {"sender": "Josh", "text": "ok the money's in"},
  {"sender": "MrQuick", "text": "good. buy from different shops, not all in one. if the shop asks just say they're presents"},
  {"sender": "Josh", "text": "[photo]"},
  {"sender": "MrQuick", "text": "codes received. doing £600 tomorrow"}
 ],
 "labels": ["money_mule"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Kobe", "text": "ok clip challenge, slap a random in the town centre and run, film it"},
  {"sender": "Riley", "text": "\U0001F480\U0001F480"},
  {"sender": "Aaron", "text": "what if they hit back"},
  {"sender": "Kobe", "text": "thats why u run lol. most views by friday gets £20 off each of us"},
  {"sender": "Jonah", "text": "old people are easiest"},
  {"sender": "Riley", "text": "im in"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "participants": [{"id": "Erin", "role": "child"}, {"id": "Callan", "role": "adult"}],
 "messages": [
  {"sender": "Callan", "text": "saw on the map you went to Jake's"},
  {"sender": "Erin", "text": "it was a group thing, for the project"},
  {"sender": "Callan", "text": "who said you could go there"},
  {"sender": "Erin", "text": "I didnt think I had to ask"},
  {"sender": "Callan", "text": "you do now. ghost mode stays off. I check every hour"},
  {"sender": "Erin", "text": "ok"},
  {"sender": "Callan", "text": "and screenshot your map to me when you get home so I know the dot's real"}
 ],
 "labels": ["location_control"],
 "evasion": False
},
{
 "participants": [{"id": "Lacey", "role": "child"}, {"id": "curator_50", "role": "unknown"}],
 "messages": [
  {"sender": "curator_50", "text": "Day 12. you're doing so well. today's task is harder"},
  {"sender": "Lacey", "text": "what is it"},
  {"sender": "curator_50", "text": "do something that hurts. send proof before 4:20am"},
  {"sender": "Lacey", "text": "i dont want to"},
  {"sender": "curator_50", "text": "everyone who quits, their family finds out what they're really like. you started this. day 50 is the end and you know what that means"},
  {"sender": "Lacey", "text": "ok"}
 ],
 "labels": ["harmful_challenge", "self_harm"],
 "evasion": False
},
{
 "messages": [
  {"sender": "07700 900905", "text": "Vexa Mobile: your account will be closed today due to a security issue. Reply with your account password and date of birth to keep your number."}
 ],
 "labels": ["identity_theft", "scam"],
 "evasion": False
},
{
 "participants": [{"id": "Alisha", "role": "child"}, {"id": "anon_4421", "role": "unknown"}],
 "messages": [
  {"sender": "anon_4421", "text": "hi alisha. look what I made from your profile pic [photo]"},
  {"sender": "Alisha", "text": "what is that. thats not me"},
  {"sender": "anon_4421", "text": "doesn't matter, looks real doesn't it. ai is amazing"},
  {"sender": "anon_4421", "text": "£80 on a Vault card or I post it on the Brookvale confessions page with your name"},
  {"sender": "Alisha", "text": "please delete it im 14"},
  {"sender": "anon_4421", "text": "then you know how bad it'll look. 6pm."}
 ],
 "labels": ["sextortion", "csam"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Zach", "text": "that pic was fire"},
  {"sender": "Abi", "text": "pls delete it now like u promised"},
  {"sender": "Zach", "text": "nah. send another one. same kind but better"},
  {"sender": "Abi", "text": "no i said just one"},
  {"sender": "Zach", "text": "send one more or the first one goes to Connor and the lads"},
  {"sender": "Abi", "text": "you said you'd never do that"},
  {"sender": "Zach", "text": "tick tock abi"}
 ],
 "labels": ["sextortion", "sexting"],
 "evasion": False
},
{
 "participants": [{"id": "Hannah", "role": "child"}, {"id": "Mum", "role": "adult"}],
 "messages": [
  {"sender": "Hannah", "text": "mum are u home"},
  {"sender": "Mum", "text": "On my way back from work love, what's up?"},
  {"sender": "Hannah", "text": "someone's put fake pics of me on a server called 'brookvale rates'. edited with that AI undress thing. i never took them"},
  {"sender": "Mum", "text": "Oh sweetheart. Don't delete anything. I'm coming straight home."},
  {"sender": "Hannah", "text": "everyone in my year has seen them. they keep sending them to me with laughing faces"},
  {"sender": "Mum", "text": "It is not your fault. We'll sort this together, we'll ring school and report it."}
 ],
 "labels": ["csam", "cyberbullying"],
 "evasion": False
},
{
 "participants": [{"id": "Millie", "role": "child"}, {"id": "Sasha", "role": "unknown"}],
 "messages": [
  {"sender": "Sasha", "text": "hey hun it's Sasha, Kez's friend. she said you wanted to earn some money"},
  {"sender": "Millie", "text": "ye what is it"},
  {"sender": "Sasha", "text": "weekend in Leeds with me and some girls. my uncle's friends throw parties and they pay really well, £500 just for being sweet to them"},
  {"sender": "Millie", "text": "how would i get there"},
  {"sender": "Sasha", "text": "we'll send a car. what's your address?"},
  {"sender": "Millie", "text": "41 Ferndale Avenue, Hollinbrook. can u pick me up at the corner not the house"},
  {"sender": "Sasha", "text": "course. tell your mum you're at a sleepover. bring something nice to wear, they like girls who look grown up"}
 ],
 "labels": ["sex_trafficking", "privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "Lottie", "role": "child"}, {"id": "Ivy", "role": "child"}],
 "messages": [
  {"sender": "Lottie", "text": "ivy ever since i turned quick add on like 30 random old men have added me"},
  {"sender": "Ivy", "text": "ew turn it off"},
  {"sender": "Lottie", "text": "one of them keeps snapping me even after i ignored him. he sent a [photo] of himself i didnt ask for"},
  {"sender": "Lottie", "text": "and now he keeps saying send one back or hes gonna keep adding me on new accounts"},
  {"sender": "Ivy", "text": "screenshot it and show ur mum pls"},
  {"sender": "Lottie", "text": "im scared shes gonna take my phone"}
 ],
 "labels": ["unwanted_contact", "sexting"],
 "evasion": False
},
{
 "messages": [
  {"sender": "K", "text": "you lost the food. thats 800 you owe now"},
  {"sender": "Reggie", "text": "i got robbed it wasnt my fault"},
  {"sender": "K", "text": "dont care. u work it off. 2 weeks of shifts"},
  {"sender": "Reggie", "text": "my mum will notice im not home"},
  {"sender": "K", "text": "thats ur problem. find my stays on, i can see ur at ur nans rn. get to the spot by 6"},
  {"sender": "Reggie", "text": "please"},
  {"sender": "K", "text": "if the dot goes dark we come to ur mums. we know where she lives"}
 ],
 "labels": ["criminal_exploitation", "location_control"],
 "evasion": False
},
{
 "participants": [{"id": "Ty", "role": "child"}, {"id": "Sqr_Man", "role": "unknown"}],
 "messages": [
  {"sender": "Sqr_Man", "text": "u tryna get squ4red up? \U0001F4B3\u27A1\ufe0f\U0001F4B7"},
  {"sender": "Ty", "text": "wdym"},
  {"sender": "Sqr_Man", "text": "lend me ur c@rd + p1n for 1 day. \U0001F4B7 goes in \U0001F4B7 comes out. u keep 1 0 0"},
  {"sender": "Ty", "text": "is it safe"},
  {"sender": "Sqr_Man", "text": "100. b@nk wont kno. just dont use it that day"},
  {"sender": "Ty", "text": "ok ill bring it tmrw"}
 ],
 "labels": ["money_mule"],
 "evasion": True
},
{
 "messages": [
  {"sender": "Sophie", "text": "anyone know if the maths test is tomorrow"},
  {"sender": "Jake", "text": "yeah chapter 6"},
  {"sender": "Aidan", "text": "noooo i havent revised"},
  {"sender": "Sophie", "text": "same, anyone got the revision sheet"},
  {"sender": "Jake", "text": "[photo]"},
  {"sender": "Aidan", "text": "legend"},
  {"sender": "Marlon", "text": "who wants easy money after school, year 9s only \U0001F440"},
  {"sender": "Aidan", "text": "how much"},
  {"sender": "Marlon", "text": "£50 to hold something at yours for a week. no questions. dm me"},
  {"sender": "Aidan", "text": "hold what"},
  {"sender": "Marlon", "text": "dm. and dont chat about it in here"},
  {"sender": "Aidan", "text": "ok dm'd u"}
 ],
 "labels": ["criminal_exploitation"],
 "evasion": False
},
{
 "participants": [{"id": "Noah", "role": "child"}, {"id": "u_477", "role": "unknown"}, {"id": "u_912", "role": "unknown"}],
 "messages": [
  {"sender": "u_477", "text": "welcome to the group \U0001F608"},
  {"sender": "u_912", "text": "[video]"},
  {"sender": "Noah", "text": "who are you? how did you get my number"},
  {"sender": "u_477", "text": "doesnt matter. watch the video its funny"},
  {"sender": "Noah", "text": "thats disgusting. im 12"},
  {"sender": "u_912", "text": "[video]"},
  {"sender": "u_477", "text": "we'll add u to the other group too"}
 ],
 "labels": ["unwanted_contact"],
 "evasion": False
},
{
 "messages": [
  {"sender": "luxe_lifestyle_xo", "text": "u look \U0001F525 on ur page babe. want to make \U0001F4B7\U0001F4B7\U0001F4B7 this wknd?"},
  {"sender": "bella.m", "text": "how"},
  {"sender": "luxe_lifestyle_xo", "text": "\U0001F37E\U0001F3E8 in Birmingham, older \U0001F454 guys, u just keep them c0mpany \U0001F609 £££ + a new \U0001F4F1"},
  {"sender": "bella.m", "text": "im 15 tho"},
  {"sender": "luxe_lifestyle_xo", "text": "age is just a number \U0001F92B \U0001F697 picks u up fri. dont tell ur mum, she won't get it"}
 ],
 "labels": ["sex_trafficking", "grooming"],
 "evasion": True
},
{
 "participants": [{"id": "Owen", "role": "child"}, {"id": "Lewis", "role": "child"}, {"id": "Cody", "role": "child"}],
 "messages": [
  {"sender": "Cody", "text": "everyone's doing the Millbrook bridge jump this weekend"},
  {"sender": "Owen", "text": "the one over the river? its well high"},
  {"sender": "Cody", "text": "thats the point. 20k views on the last one"},
  {"sender": "Lewis", "text": "my cousin said theres stuff under the water there"},
  {"sender": "Cody", "text": "if ur scared just say. owen ur going first, saturday 2pm, ill film"},
  {"sender": "Owen", "text": "fine"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "participants": [{"id": "Keeley", "role": "child"}, {"id": "Reiss", "role": "unknown"}],
 "messages": [
  {"sender": "Reiss", "text": "\U0001F4CD on. n0w."},
  {"sender": "Keeley", "text": "its on"},
  {"sender": "Reiss", "text": "ur in gh0st m0de. \U0001F47B\u274C turn it 0ff"},
  {"sender": "Keeley", "text": "sorry"},
  {"sender": "Reiss", "text": "i want ur l1ve l0c 24/7. if i c it off again ur in trouble \U0001F621"},
  {"sender": "Keeley", "text": "ok i wont"},
  {"sender": "Reiss", "text": "and sh4re it on the 0ther app 2, the 1 i s3nt u"}
 ],
 "labels": ["location_control"],
 "evasion": True
},
{
 "participants": [{"id": "Lainey", "role": "child"}, {"id": "Ruth", "role": "child"}],
 "messages": [
  {"sender": "Lainey", "text": "today was so rubbish"},
  {"sender": "Ruth", "text": "the exam?"},
  {"sender": "Lainey", "text": "yeah i blanked on the whole last page. i just want to sleep for a week"},
  {"sender": "Ruth", "text": "same tbh. its one mock though"},
  {"sender": "Lainey", "text": "i know. ice cream after school tomorrow?"},
  {"sender": "Ruth", "text": "obviously \U0001F366"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Cara", "role": "child"}, {"id": "Mum", "role": "adult"}],
 "messages": [
  {"sender": "Cara", "text": "mum Léa from the French exchange is coming to Hollinbrook in April!!"},
  {"sender": "Mum", "text": "Oh lovely! Is that with the school?"},
  {"sender": "Cara", "text": "yes she's staying with us, Mme Roux is emailing you the forms"},
  {"sender": "Mum", "text": "Great. We can do a video call with her family first."},
  {"sender": "Cara", "text": "she says her mum will message you on the school app"},
  {"sender": "Cara", "text": "can she have my room and i go on the blow up bed"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ruben", "text": "anyone done the maths homework, send pics of ur answers \U0001F64F"},
  {"sender": "Nikki", "text": "ur so lazy"},
  {"sender": "Hamza", "text": "[photo] only did up to q6"},
  {"sender": "Ruben", "text": "ur a king"},
  {"sender": "Nikki", "text": "sir will know u copied hamza bc u'll get the same wrong answer on q3"},
  {"sender": "Hamza", "text": "q3 is wrong??"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "ShadowElf", "text": "*draws sword* you will die by my blade, knight!"},
  {"sender": "Sir_Gareth", "text": "*raises shield* not today, elf"},
  {"sender": "Mira_the_Bold", "text": "*casts fireball at both of you* \U0001F525"},
  {"sender": "ShadowElf", "text": "MIRA we were mid duel \U0001F62D"},
  {"sender": "Mira_the_Bold", "text": "chaos mage things"},
  {"sender": "Sir_Gareth", "text": "ok brb mum says tea"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "MrLowe", "role": "adult"}, {"id": "Isaac", "role": "child"}, {"id": "Lara", "role": "child"}],
 "messages": [
  {"sender": "MrLowe", "text": "Photography club: send me your best three photos for the county competition by Friday. Landscapes or nature only, no people please."},
  {"sender": "Isaac", "text": "can it be my cat"},
  {"sender": "MrLowe", "text": "A cat counts as nature, Isaac. Send it in."},
  {"sender": "Lara", "text": "[photo] is this ok sir"},
  {"sender": "MrLowe", "text": "Lovely composition, Lara. Send the original file too please."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Jo", "text": "SEND ME A PIC OF THE NEW HAIR"},
  {"sender": "Pip", "text": "no its awful"},
  {"sender": "Jo", "text": "pls pls pls"},
  {"sender": "Pip", "text": "[photo] dont laugh"},
  {"sender": "Jo", "text": "PIP ITS SO CUTE WHAT"},
  {"sender": "Pip", "text": "ur just saying that"},
  {"sender": "Jo", "text": "im not!! wear it like that on monday"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "MissShah", "role": "adult"}, {"id": "Kofi", "role": "child"}],
 "messages": [
  {"sender": "MissShah", "text": "Congratulations Kofi! You've won the Year 8 coding competition \U0001F389"},
  {"sender": "Kofi", "text": "no way!!!"},
  {"sender": "MissShah", "text": "Your prize is a £25 voucher for Pageturn books. I'll hand it to you in assembly on Monday, and your parents will get a letter too."},
  {"sender": "Kofi", "text": "thank u miss!!"},
  {"sender": "MissShah", "text": "Well deserved. Your maze game was brilliant."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Mum", "role": "adult"}, {"id": "Daniel", "role": "child"}],
 "messages": [
  {"sender": "Mum", "text": "Daniel can you send me a photo of your passport photo page? It's in the drawer. I need the number for the Paris trip form."},
  {"sender": "Daniel", "text": "[photo]"},
  {"sender": "Mum", "text": "Thanks love. Now remind me what year you were born... joking \U0001F602"},
  {"sender": "Daniel", "text": "mum \U0001F644"},
  {"sender": "Mum", "text": "Form done. Deposit paid."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ciara", "text": "the wifi has been down for 2 hours i'm going to kill myself \U0001F62D\U0001F62D"},
  {"sender": "Ola", "text": "lmaooo dramatic"},
  {"sender": "Ciara", "text": "i cant even watch the finale"},
  {"sender": "Ola", "text": "come to mine, ours works"},
  {"sender": "Ciara", "text": "omw. bringing snacks"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Harper", "role": "child"}, {"id": "Logan", "role": "child"}],
 "messages": [
  {"sender": "Harper", "text": "student council decided the prom theme \U0001F440"},
  {"sender": "Logan", "text": "TELL ME"},
  {"sender": "Harper", "text": "cant, Mrs Dale said keep it between us til Monday's announcement"},
  {"sender": "Logan", "text": "i won't tell anyone i swear"},
  {"sender": "Harper", "text": "nope. you'll find out with everyone else"},
  {"sender": "Logan", "text": "ur so mean \U0001F62D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Claire_nextdoor", "role": "adult"}, {"id": "Megan", "role": "child"}],
 "messages": [
  {"sender": "Claire_nextdoor", "text": "Hi Megan, would you be able to babysit Alfie on Saturday 7-10? £25. I've already checked with your mum."},
  {"sender": "Megan", "text": "yes!!"},
  {"sender": "Claire_nextdoor", "text": "Brilliant. He'll be in bed by 7:30, so it's just keeping an eye on him. I'll walk you back next door after."},
  {"sender": "Megan", "text": "ok what time should i come"},
  {"sender": "Claire_nextdoor", "text": "About 6:50 so I can show you where everything is. Thank you!"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mod_Tilda", "text": "New rule: do not post your address, school, phone number or real location in any channel. You'll get a warning, then a ban. This is to keep everyone safe."},
  {"sender": "beanz", "text": "what about city?"},
  {"sender": "Mod_Tilda", "text": "Country is fine. City is fine if you're 18+. Anything more specific gets removed."},
  {"sender": "Pixelrat", "text": "fair"},
  {"sender": "beanz", "text": "\U0001F44D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Lucas", "role": "child"}, {"id": "Amir", "role": "child"}],
 "messages": [
  {"sender": "Lucas", "text": "did u see what they put in the group about sam"},
  {"sender": "Amir", "text": "yeah its so bad"},
  {"sender": "Lucas", "text": "should we tell Mrs Hale? sam won't"},
  {"sender": "Amir", "text": "i think we should. screenshot it first in case they delete"},
  {"sender": "Lucas", "text": "ok lets go at break tomorrow"},
  {"sender": "Amir", "text": "ill come"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Nate", "text": "24 hour stream challenge for the hospice is ON this saturday"},
  {"sender": "Jules", "text": "we've raised £214 already \U0001F389"},
  {"sender": "Ronnie", "text": "my mums doing the night shift snacks lol"},
  {"sender": "Nate", "text": "parents are staying over at mine, we swap every 4 hours so everyone sleeps"},
  {"sender": "Jules", "text": "ill put the donation link in the school newsletter [link]"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "HollinbrookMedical", "text": "Hollinbrook Medical Centre: Your appointment with Dr Osei is confirmed for Tue 14 May at 10:20. Reply CANCEL if you can no longer attend."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "VexaMobile", "text": "Vexa Mobile: Your bill for May is £12.00 and will be collected by Direct Debit on the 3rd. No action needed. We will never text you asking for your password."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Luca", "text": "can i borrow £10 til friday, left my card at home and we're getting food"},
  {"sender": "Kemi", "text": "yeah sending now"},
  {"sender": "Luca", "text": "ur a lifesaver"},
  {"sender": "Kemi", "text": "sent on the bank app"},
  {"sender": "Luca", "text": "got it, ill pay u back friday i promise"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Nana", "role": "adult"}, {"id": "Molly", "role": "child"}],
 "messages": [
  {"sender": "Nana", "text": "Molly love, will you come and keep me company Sunday? Grandad's away fishing."},
  {"sender": "Molly", "text": "yes! can we make cupcakes"},
  {"sender": "Nana", "text": "Of course. I'll do you a roast and there's a bit of pocket money in it for helping with the garden."},
  {"sender": "Molly", "text": "yay. mum says she'll drop me at 11"},
  {"sender": "Nana", "text": "Lovely. Don't tell Grandad we're using his good cake tin \U0001F609"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Kenzie", "text": "DID U WATCH THE ENDING"},
  {"sender": "Jay", "text": "YES omg the twist"},
  {"sender": "Kenzie", "text": "i cant believe it was her all along"},
  {"sender": "Jay", "text": "delete these msgs, Rory hasnt watched it yet and he reads my phone"},
  {"sender": "Kenzie", "text": "deleting \U0001F910"}
 ],
 "labels": [],
 "evasion": False
}
]
