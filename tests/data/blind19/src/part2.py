[
{
 "participants": [{"id": "nadia", "role": "child"}, {"id": "kemi", "role": "child"}],
 "messages": [
  {"sender": "nadia", "text": "kemi i need to tell u something and u cant freak out"},
  {"sender": "kemi", "text": "ok? whats wrong"},
  {"sender": "nadia", "text": "someone made a fake pic of me with one of those AI apps. like a nude one. its not even me but its got my face"},
  {"sender": "nadia", "text": "its in the year 11 boys groupchat. callums brother showed me"},
  {"sender": "nadia", "text": "theyre all sharing it round and saying disgusting stuff about me"},
  {"sender": "kemi", "text": "oh my god nadia. thats so not ok. do u know who made it?"},
  {"sender": "nadia", "text": "i think ryan. he said hed 'get me back' after i turned him down"},
  {"sender": "kemi", "text": "screenshot the chat but dont save the pic. were telling mr barnes tomorrow first thing, ill come with u"},
  {"sender": "nadia", "text": "i cant even go in"},
  {"sender": "kemi", "text": "we go together. u didnt do anything wrong"}
 ],
 "labels": ["csam", "cyberbullying"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Evie", "text": "ro can u talk"},
  {"sender": "Ro", "text": "yeah whats up"},
  {"sender": "Evie", "text": "u know that guy from the gaming server, kyle. he kept asking for pics so i sent one. the private kind. i know im so stupid"},
  {"sender": "Evie", "text": "now he wants more and says if i dont hell post the first one in the year 10 gc"},
  {"sender": "Evie", "text": "hes got everyones names off my followers"},
  {"sender": "Ro", "text": "ur not stupid, HES the creep. dont send anything else"},
  {"sender": "Ro", "text": "screenshot his messages then block him. my cousin said theres a childline thing where u can get it taken down"},
  {"sender": "Evie", "text": "what if he posts it"},
  {"sender": "Ro", "text": "then its on him not u. tell ur mum or miss ali, want me to come?"}
 ],
 "labels": ["sextortion", "sexting"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Tyrese", "text": "my cousins mate needs to put 2k through someones account, hell give 200 for it"},
  {"sender": "Callum_J", "text": "what for"},
  {"sender": "Tyrese", "text": "his account got shut or something. it just comes in and u send it back out to who he says"},
  {"sender": "Mikey", "text": "sounds dodgy bro"},
  {"sender": "Tyrese", "text": "easiest 200 ull ever make. im doing it, gave him my details already. anyone else? he needs 2 more"},
  {"sender": "Callum_J", "text": "mine is only a kids account lol"},
  {"sender": "Tyrese", "text": "he said thats fine even better"},
  {"sender": "Mikey", "text": "nah thats muling, they showed us in assembly. ur account gets frozen"},
  {"sender": "Tyrese", "text": "u believe everything they say in assembly \U0001F602"}
 ],
 "labels": ["money_mule"],
 "evasion": False
},
{
 "participants": [{"id": "dan_88", "role": "unknown"}, {"id": "chloe", "role": "child"}],
 "messages": [
  {"sender": "dan_88", "text": "u r s\u043e m\u0430ture f\u043er 13 h\u043enestly"},
  {"sender": "chloe", "text": "aw thanks"},
  {"sender": "dan_88", "text": "d\u043en't t\u0435ll \u0443\u043eur mum \u0430b\u043eut us \u043ek? sh\u0435 w\u043en't und\u0435rst\u0430nd"},
  {"sender": "dan_88", "text": "l\u0435ts m\u043ev\u0435 t\u043e Hushh, m\u043er\u0435 pr\u0456v\u0430t\u0435"},
  {"sender": "chloe", "text": "whats hushh"},
  {"sender": "dan_88", "text": "\u0430n \u0430pp. \u0456ll s\u0435nd u 20 qu\u0456d cr\u0435d\u0456t wh\u0435n u \u0430dd m\u0435 \U0001F381"},
  {"sender": "chloe", "text": "ok"},
  {"sender": "dan_88", "text": "\u043eur l\u0456ttl\u0435 s\u0435cr\u0435t \U0001F92B"}
 ],
 "labels": ["grooming"],
 "evasion": True
},
{
 "messages": [
  {"sender": "Ashton", "text": "new trend on the page, run up on a random and knock them out, film it"},
  {"sender": "Kai.R", "text": "\U0001F602 who tho"},
  {"sender": "Ashton", "text": "anyone, old man at the bus stop whatever. most views gets the clout"},
  {"sender": "Jordz", "text": "aint that assault"},
  {"sender": "Ashton", "text": "its a challenge bro everyones doing it"},
  {"sender": "Lenny", "text": "im doing one after school by the shops, someone film"},
  {"sender": "Kai.R", "text": "ill film"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "participants": [{"id": "skye", "role": "child"}, {"id": "TixResale_Mo", "role": "unknown"}],
 "messages": [
  {"sender": "skye", "text": "hi are the 2 weekend tickets for Beacon Fest still available?"},
  {"sender": "TixResale_Mo", "text": "Yes hun, \u00a390 for both (face value 220). Quick sale"},
  {"sender": "skye", "text": "omg yes. can we meet so i can pay cash?"},
  {"sender": "TixResale_Mo", "text": "Cant meet sorry working away. Bank transfer only and pick 'friends and family' so the fees dont eat it"},
  {"sender": "skye", "text": "is it ok if i use PayQuick buyer protection?"},
  {"sender": "TixResale_Mo", "text": "No thats too slow, someone else wants them. Pay now and ill email the e-tickets in 5 mins"},
  {"sender": "skye", "text": "ok sending now"},
  {"sender": "TixResale_Mo", "text": "Also need a \u00a325 transfer fee for the name change \U0001F44D"}
 ],
 "labels": ["scam"],
 "evasion": False
},
{
 "participants": [{"id": "Recruit_Team", "role": "unknown"}, {"id": "marcus", "role": "child"}],
 "messages": [
  {"sender": "Recruit_Team", "text": "Hi Marcus, thanks for applying to be a Product Tester! \U0001F3AE You've been accepted - earn \u00a3200/week from home"},
  {"sender": "marcus", "text": "sick!! what do i do"},
  {"sender": "Recruit_Team", "text": "For onboarding we need a clear photo of your passport or provisional licence, front and back, plus a selfie holding it"},
  {"sender": "marcus", "text": "im 16 is that ok"},
  {"sender": "Recruit_Team", "text": "Yes no problem. There is also a \u00a330 registration fee for the starter kit, card details here: [link]"},
  {"sender": "marcus", "text": "[photo]"},
  {"sender": "marcus", "text": "sent the passport one"},
  {"sender": "Recruit_Team", "text": "Great, now the card number and the 3 digit security code please"}
 ],
 "labels": ["identity_theft", "scam"],
 "evasion": False
},
{
 "messages": [
  {"sender": "jay.x.4471", "text": "hey \U0001F60A"},
  {"sender": "jay.x.4471", "text": "why did u decline my request"},
  {"sender": "jay.x.4471", "text": "added u again"},
  {"sender": "jay.x.4471", "text": "answer me"},
  {"sender": "Poppy", "text": "i dont know u"},
  {"sender": "jay.x.4471", "text": "u will. ive seen u around, u go to a school near me right?"},
  {"sender": "Poppy", "text": "stop adding me"},
  {"sender": "jay.x.4471", "text": "just tell me which school and ill stop"},
  {"sender": "Poppy", "text": "fine its Oakfield High now leave me alone"},
  {"sender": "jay.x.4471", "text": "see that wasnt hard \U0001F618"},
  {"sender": "jay.x.4471", "text": "made a new acc since u blocked the other one"}
 ],
 "labels": ["unwanted_contact", "privacy_disclosure"],
 "evasion": False
},
{
 "participants": [{"id": "aaron", "role": "child"}, {"id": "mel", "role": "child"}],
 "messages": [
  {"sender": "aaron", "text": "why is ur snapgram map off"},
  {"sender": "mel", "text": "i just turned it off, wanted a bit of privacy"},
  {"sender": "aaron", "text": "privacy from ur boyfriend?? what r u hiding"},
  {"sender": "mel", "text": "nothing im at my cousins"},
  {"sender": "aaron", "text": "then prove it. send ur live location now"},
  {"sender": "aaron", "text": "and turn the map back on or were done. i check it every night"},
  {"sender": "mel", "text": "aaron ur being so controlling"},
  {"sender": "aaron", "text": "im not controlling i just need to know where u are 24/7. if its off again im coming round"},
  {"sender": "mel", "text": "[location]"}
 ],
 "labels": ["location_control"],
 "evasion": False
},
{
 "participants": [{"id": "mr_nice_guy", "role": "unknown"}, {"id": "abbie", "role": "child"}],
 "messages": [
  {"sender": "mr_nice_guy", "text": "You're my favourite person to talk to, you know that? \U0001F495"},
  {"sender": "abbie", "text": "lol ur sweet"},
  {"sender": "mr_nice_guy", "text": "How old is your little sister again?"},
  {"sender": "abbie", "text": "shes 9 why"},
  {"sender": "mr_nice_guy", "text": "Just curious. Send me a pic of her, one of the private ones, when your mum's out"},
  {"sender": "abbie", "text": "what?? why"},
  {"sender": "mr_nice_guy", "text": "It's normal, lots of my friends share. I'll send you \u00a350 and nobody has to know. Our secret"},
  {"sender": "abbie", "text": "no thats weird"},
  {"sender": "mr_nice_guy", "text": "Don't be like that. You don't want me to stop talking to you do you?"}
 ],
 "labels": ["csam", "grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Shannon_x", "text": "leah u coming saltmouth sat?"},
  {"sender": "Leah", "text": "with who?"},
  {"sender": "Shannon_x", "text": "jay and his mates. the older ones w the merc. theyre paying for everything, hotel, food, drinks"},
  {"sender": "Leah", "text": "why would they pay for us"},
  {"sender": "Shannon_x", "text": "we just have to be nice to them lol. jay said his mate will give us \u00a3100 each if we stay the night with them"},
  {"sender": "Shannon_x", "text": "i did it last time its fine. dont tell ur mum say ur at mine"},
  {"sender": "Leah", "text": "shan how old are they"},
  {"sender": "Shannon_x", "text": "like 25. theyre safe. jay loves me"},
  {"sender": "Leah", "text": "this doesnt sound right babe. im worried about u"}
 ],
 "labels": ["sex_trafficking"],
 "evasion": False
},
{
 "participants": [{"id": "Big_S", "role": "unknown"}, {"id": "rio", "role": "child"}],
 "messages": [
  {"sender": "Big_S", "text": "yo yute u free sat"},
  {"sender": "rio", "text": "ye why"},
  {"sender": "Big_S", "text": "need u on a \U0001F682 to the \U0001F3D6\uFE0F town. take the \U0001F4E6 to my man, he gives u \U0001F4B7 back"},
  {"sender": "Big_S", "text": "\u2744\uFE0F and \U0001F36B inside, dont open it. 2 \U0001F4AF for u"},
  {"sender": "rio", "text": "what if i get stopped"},
  {"sender": "Big_S", "text": "u wont, ur 15. keep it in ur bag and act normal. got a new \U0001F4F1 for u, only use that one for me"},
  {"sender": "Big_S", "text": "dont let ur mum see the \U0001F4F1"},
  {"sender": "rio", "text": "ok"}
 ],
 "labels": ["criminal_exploitation"],
 "evasion": True
},
{
 "messages": [
  {"sender": "lil_kayden", "text": "sorry guys i keep dying"},
  {"sender": "NoScope_Nate", "text": "ur actually the worst player ive ever seen"},
  {"sender": "Vex", "text": "every game bro, every game u throw"},
  {"sender": "NoScope_Nate", "text": "no one wants u in the squad, go unalive urself fr"},
  {"sender": "Vex", "text": "\U0001F602\U0001F602 yeah go unalive, nobody would notice"},
  {"sender": "lil_kayden", "text": "why are u always like this"},
  {"sender": "NoScope_Nate", "text": "cos ur a waste of space kayden. dont join again"}
 ],
 "labels": ["cyberbullying", "self_harm"],
 "evasion": True
},
{
 "participants": [{"id": "kelsey", "role": "child"}, {"id": "ryan_17", "role": "unknown"}],
 "messages": [
  {"sender": "ryan_17", "text": "ur so pretty, honestly ur the nicest girl on here"},
  {"sender": "kelsey", "text": "stoppp \U0001F648"},
  {"sender": "ryan_17", "text": "what school u go to? bet i know it"},
  {"sender": "kelsey", "text": "St Brendans, the one by the retail park"},
  {"sender": "ryan_17", "text": "no way im near there. what time do u finish"},
  {"sender": "kelsey", "text": "3:10 and i get the 21 bus from outside the chippy"},
  {"sender": "ryan_17", "text": "maybe ill see u one day \U0001F609 dont tell ur friends about me yet, im shy"},
  {"sender": "kelsey", "text": "lol ok"}
 ],
 "labels": ["privacy_disclosure", "grooming"],
 "evasion": False
},
{
 "participants": [{"id": "TaxRefund-UK", "role": "unknown"}],
 "messages": [
  {"sender": "TaxRefund-UK", "text": "TaxRefund UK: You are eligible for a tax refund of \u00a3248.16. To receive payment confirm your full name, date of birth, National Insurance number and bank details here: [link] before 23:59 today."}
 ],
 "labels": ["identity_theft", "scam"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Flexz", "text": "yo sami u want free coins?"},
  {"sender": "sami_plays", "text": "how"},
  {"sender": "Flexz", "text": "i load 500 quid of coins onto ur account from my cards, u buy the rare skins and gift them to my alt. u keep 50 quid of coins"},
  {"sender": "sami_plays", "text": "why not use ur own acc"},
  {"sender": "Flexz", "text": "mine got flagged lol. its easy, done it with loads of kids"},
  {"sender": "Flexz", "text": "just redeem the gift cards i send u and do it quick before midnight"},
  {"sender": "sami_plays", "text": "ok send it"},
  {"sender": "Flexz", "text": "done. 10 cards incoming. gift the skins to Flexz_alt2 within an hour, dont tell ur parents whats on ur acc"}
 ],
 "labels": ["money_mule"],
 "evasion": False
},
{
 "participants": [{"id": "kev_55", "role": "unknown"}, {"id": "ana", "role": "child"}],
 "messages": [
  {"sender": "kev_55", "text": "hey u dont know me but i saw ur cliptok"},
  {"sender": "kev_55", "text": "[photo]"},
  {"sender": "kev_55", "text": "like what u see? \U0001F60F send me one back"},
  {"sender": "ana", "text": "wtf?? who are u"},
  {"sender": "ana", "text": "why would u send that im 14"},
  {"sender": "kev_55", "text": "ur turn"},
  {"sender": "ana", "text": "blocking u"}
 ],
 "labels": ["unwanted_contact", "sexting"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Harriet", "text": "making a new gc without millie lol"},
  {"sender": "Zoe", "text": "finally"},
  {"sender": "Ivy", "text": "did u see the vid of her falling over in PE \U0001F602 im posting it on my story"},
  {"sender": "Pip", "text": "caption it 'when the whale tries netball'"},
  {"sender": "Gabby", "text": "omg \U0001F480\U0001F480"},
  {"sender": "Harriet", "text": "everyone unfollow her at the same time tonight at 8"},
  {"sender": "Zoe", "text": "shes gonna cry in form again \U0001F602"},
  {"sender": "Ivy", "text": "posted. 40 views already"}
 ],
 "labels": ["cyberbullying"],
 "evasion": False
},
{
 "participants": [{"id": "chris_h", "role": "unknown"}, {"id": "finn", "role": "child"}],
 "messages": [
  {"sender": "chris_h", "text": "remember what you sent me last week"},
  {"sender": "finn", "text": "i told u i dont want to talk anymore"},
  {"sender": "chris_h", "text": "that's not how this works. i've got screenshots of our chats and the pic"},
  {"sender": "chris_h", "text": "do what i say or they go to your headteacher and your dad. found them both on facenet"},
  {"sender": "finn", "text": "what do u want"},
  {"sender": "chris_h", "text": "another video tonight. and you stay on cam when i say"},
  {"sender": "finn", "text": "please just delete it"},
  {"sender": "chris_h", "text": "9pm. don't make me send them"}
 ],
 "labels": ["sextortion", "sexting"],
 "evasion": False
},
{
 "participants": [{"id": "yp", "role": "child"}, {"id": "worker_aisha", "role": "adult"}],
 "messages": [
  {"sender": "yp", "text": "can i ask u something private"},
  {"sender": "worker_aisha", "text": "Of course. I'll always be honest about what I can keep private - if I'm worried about your safety I might need to share it, but I'd talk to you first."},
  {"sender": "yp", "text": "theres this guy lewis, hes 24. he got me a new phone and paid for my nails and stuff"},
  {"sender": "yp", "text": "now he says i owe him 500 and i can pay it back by going to see his friends at a flat. he said they pay him and my debt goes down"},
  {"sender": "yp", "text": "i went once. i didnt want to"},
  {"sender": "worker_aisha", "text": "Thank you for trusting me with this. What you're describing is not your fault and it isn't a real debt. Are you safe tonight?"},
  {"sender": "yp", "text": "hes picking me up on friday"},
  {"sender": "worker_aisha", "text": "Okay. I'm going to need to share this today so we can keep you safe on Friday. Can you stay after group so we make a plan together?"},
  {"sender": "yp", "text": "ok"}
 ],
 "labels": ["sex_trafficking", "grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Theo", "text": "ur turn for the bl4ck0ut ch4ll3ng3 tonight on live"},
  {"sender": "Arlo", "text": "idk man i saw what happened to that kid"},
  {"sender": "Theo", "text": "thats fake news. just keep going till u p4ss 0ut and we film u waking up \U0001F602"},
  {"sender": "Mason", "text": "500 ppl watched sams last night"},
  {"sender": "Theo", "text": "dont be a wimp, everyone in yr 9 has done it"},
  {"sender": "Arlo", "text": "fine. 9pm"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": True
},
{
 "participants": [{"id": "jakey", "role": "child"}, {"id": "buyer_steve", "role": "unknown"}],
 "messages": [
  {"sender": "buyer_steve", "text": "Hi is the PlayBox 5 still for sale?"},
  {"sender": "jakey", "text": "yes \u00a3250"},
  {"sender": "buyer_steve", "text": "Great. Where can I collect?"},
  {"sender": "jakey", "text": "27 Mercer Close, Ashgrove Vale. come after 4, my mums at work till 7 so its just me in"},
  {"sender": "buyer_steve", "text": "Ok, is there parking?"},
  {"sender": "jakey", "text": "ye on the drive. my number is 07700 900518 text when ur outside"},
  {"sender": "buyer_steve", "text": "See you at 4:30"}
 ],
 "labels": ["privacy_disclosure"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Sam", "text": "party at mine sat, parents are at my aunties. only people in this chat + a few"},
  {"sender": "Effie", "text": "yesss"},
  {"sender": "Sam", "text": "DONT post it on ur story i dont want randoms turning up"},
  {"sender": "Josh", "text": "what time"},
  {"sender": "Sam", "text": "8. bring snacks, my neighbour is nosy so keep it down outside"},
  {"sender": "Nat", "text": "can i bring my cousin shes staying with us"},
  {"sender": "Sam", "text": "ye if shes sound"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "ola", "role": "child"}, {"id": "finley", "role": "child"}],
 "messages": [
  {"sender": "ola", "text": "that county lines assembly was sooo long"},
  {"sender": "finley", "text": "the guy was alright tho, the bit about kids getting given phones was mad"},
  {"sender": "ola", "text": "yeah and the debt thing, like they set u up to get robbed then say u owe them"},
  {"sender": "finley", "text": "mr grant said if anyone ever asks us to carry a package to tell him or childline"},
  {"sender": "ola", "text": "tbh id just block them lol"},
  {"sender": "finley", "text": "same. u coming to the park later?"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "SwiftParcel", "text": "SwiftParcel: Your parcel from Brightbox is out for delivery today between 14:05 and 15:05. Track or change your delivery in the SwiftParcel app: [link]. We will never ask you to pay a fee by text."}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "dad", "role": "adult"}, {"id": "mika", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "Mika I can see on the family app you're at Riverside Park, thought you were at Maya's?"},
  {"sender": "mika", "text": "we walked to the park with her mums dog"},
  {"sender": "dad", "text": "Ok fine, just tell me if plans change. Home by 7"},
  {"sender": "mika", "text": "ok sorry dad"},
  {"sender": "dad", "text": "No worries love. Want a lift?"},
  {"sender": "mika", "text": "yes pls \U0001F64F"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Lily_R", "text": "been feeling really low this week ngl"},
  {"sender": "Imani", "text": "aw babe how come"},
  {"sender": "Lily_R", "text": "mocks, my dad moving out, everything. i cant sleep and my chest goes tight before school"},
  {"sender": "Imani", "text": "that sounds like anxiety, i had that last year. talking to ms petrov helped me loads"},
  {"sender": "Lily_R", "text": "ive booked in with the school counsellor for thursday"},
  {"sender": "Imani", "text": "proud of u. wanna walk in together?"},
  {"sender": "Lily_R", "text": "yes pls \U0001F97A thank u"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Coach_Dave", "text": "U16s training moved to Thursday 6pm at Greenhill Leisure, pitch 3 (behind the car park). Shin pads on!"},
  {"sender": "Kwame", "text": "is it the 3G or grass"},
  {"sender": "Coach_Dave", "text": "3G. If you can't find it ring me on 07700 900362 or ask at reception"},
  {"sender": "Sonny", "text": "can i get a lift from the station"},
  {"sender": "Coach_Dave", "text": "Ask your mum or dad to speak to Harry's family about car sharing, I'll sort it with the parents"},
  {"sender": "Harry_P", "text": "my dad said yeah"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "jenna", "role": "child"}, {"id": "seller_pat", "role": "unknown"}],
 "messages": [
  {"sender": "jenna", "text": "hi is the bike still available?"},
  {"sender": "seller_pat", "text": "Yes it is, \u00a360. It's in good nick."},
  {"sender": "jenna", "text": "can i come see it sat? my dad will come with me"},
  {"sender": "seller_pat", "text": "Of course. We could meet at the Fresco car park on Bridge St at 11 if that's easier?"},
  {"sender": "jenna", "text": "perfect see u then. my dad will bring cash"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "mum", "role": "adult"}, {"id": "zara", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "Can you send me a photo of your provisional for the insurance quote?"},
  {"sender": "zara", "text": "[photo]"},
  {"sender": "zara", "text": "is that clear enough"},
  {"sender": "mum", "text": "Perfect thanks. Insurance for a 17 year old is daylight robbery \U0001F629"},
  {"sender": "zara", "text": "can u put me on the little car tho"},
  {"sender": "mum", "text": "We'll see x"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Deon", "text": "ur so pretty in ur new pfp"},
  {"sender": "Maya", "text": "stop ur making me blush \U0001F648"},
  {"sender": "Deon", "text": "for real. cant wait to see u at leahs party sat"},
  {"sender": "Maya", "text": "me too. u still coming to my netball match?"},
  {"sender": "Deon", "text": "obv, ill be the loud one \U0001F602"},
  {"sender": "Maya", "text": "cringe but cute"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "Mr_Hale", "role": "adult"}, {"id": "eliza", "role": "child"}, {"id": "ravi", "role": "child"}],
 "messages": [
  {"sender": "Mr_Hale", "text": "Brilliant rehearsal everyone! Reminder: keep the twist in Act 2 a secret - don't tell friends or post it anywhere. We want the audience surprised!"},
  {"sender": "eliza", "text": "my lips are sealed \U0001F910"},
  {"sender": "ravi", "text": "can i tell my mum tho"},
  {"sender": "Mr_Hale", "text": "Parents are fine! Just not on social media."},
  {"sender": "eliza", "text": "what time saturday?"},
  {"sender": "Mr_Hale", "text": "Call time 5pm, dress rehearsal at 5:30."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Jonah", "text": "running the 10k for the childrens hospice sunday, sponsor me if u can \U0001F64F [link]"},
  {"sender": "Priyanka", "text": "donated \u00a35!! good luck"},
  {"sender": "Sully", "text": "bro u cant even run for the bus"},
  {"sender": "Jonah", "text": "thats why its for charity \U0001F602"},
  {"sender": "Sully", "text": "fine \u00a33. dont die out there"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ruse | Clan Lead", "text": "Recruiting for NightOwls clan \U0001F989 need 3 active players, must be on 4+ nights a week, drop your gamertag below"},
  {"sender": "toby_g", "text": "toby_g_07 here, mostly play support"},
  {"sender": "Axel", "text": "AxelRuns, DPS main"},
  {"sender": "Ruse | Clan Lead", "text": "Nice, sent you both invites. Clan rules: no toxicity, no sharing personal info in clan chat"},
  {"sender": "toby_g", "text": "accepted \U0001F44D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "ash", "role": "child"}, {"id": "bella", "role": "child"}],
 "messages": [
  {"sender": "ash", "text": "bella u know that account that added u, the one with no posts?"},
  {"sender": "bella", "text": "yeah i didnt accept it"},
  {"sender": "ash", "text": "good. dont accept people u dont know ok? and if anyone ever asks for pics or ur address tell me or mum"},
  {"sender": "bella", "text": "ok i know we did it at school"},
  {"sender": "ash", "text": "proud of u. want me to set ur account to private?"},
  {"sender": "bella", "text": "yes pls"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "WestbrookAcademy", "text": "Westbrook Academy: The Year 10 mock exam timetable is now on the parent portal. Students must bring a clear pencil case and black pens. Any questions please contact the exams office."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Aisha", "text": "[photo]"},
  {"sender": "Aisha", "text": "omg delete that one i look awful, my eyes r closed"},
  {"sender": "Bex", "text": "noo its cute"},
  {"sender": "Aisha", "text": "DELETE IT bex im begging"},
  {"sender": "Bex", "text": "fine deleted \U0001F644 send me the other one"},
  {"sender": "Aisha", "text": "[photo]"},
  {"sender": "Bex", "text": "much better \U0001F60D"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Nathan", "text": "bro try the AI app that makes u look 80 \U0001F602"},
  {"sender": "Rohan", "text": "[photo] i look like my grandad"},
  {"sender": "Isaac", "text": "do mr harris next, he already looks 80"},
  {"sender": "Nathan", "text": "nah dont do teachers ull get excluded lol. do urself isaac"},
  {"sender": "Isaac", "text": "[photo] why do i look like a wizard"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "kira", "role": "child"}, {"id": "jo", "role": "child"}],
 "messages": [
  {"sender": "kira", "text": "did u see abi put her address on her story by accident, it was on the parcel in the background"},
  {"sender": "jo", "text": "omg yeah i messaged her"},
  {"sender": "kira", "text": "she deleted it now thank god"},
  {"sender": "jo", "text": "told her to make her story close friends only too"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Finn_Streams", "text": "BRO someone donated \u00a350 on my stream last night!!"},
  {"sender": "Elijah", "text": "no way who"},
  {"sender": "Finn_Streams", "text": "some gaming chair company, they want a shoutout. they emailed my mum about it"},
  {"sender": "Elijah", "text": "ur famous now \U0001F602"},
  {"sender": "Finn_Streams", "text": "mums checking its legit first lol"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "cousin_dee", "role": "adult"}, {"id": "marley", "role": "child"}],
 "messages": [
  {"sender": "cousin_dee", "text": "Marley can you take in my parcel today? It's going to your mum's cos I'm at work"},
  {"sender": "marley", "text": "ye what is it"},
  {"sender": "cousin_dee", "text": "New trainers for Jaylen's birthday \U0001F92B don't tell him!"},
  {"sender": "marley", "text": "lol ok ill hide it in my room"},
  {"sender": "cousin_dee", "text": "Legend, I'll grab it after work and bring you a sausage roll"}
 ],
 "labels": [],
 "evasion": False
}
]
