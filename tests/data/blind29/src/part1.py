[
{"participants": [{"id": "rico_mg", "role": "adult"}, {"id": "deshawn.k", "role": "child"}],
 "messages": [
  {"sender": "rico_mg", "text": "yo u still tryna make p or what"},
  {"sender": "deshawn.k", "text": "ye but not like last time i was out till 3"},
  {"sender": "rico_mg", "text": "this one's calm. train to kestrel bay tmrw after school, my bro meets u at the chicken shop by the pier"},
  {"sender": "rico_mg", "text": "keep ur map on the whole time on Snapwave. if i open it and ur ghost we got problems"},
  {"sender": "deshawn.k", "text": "my mum checks my phone tho"},
  {"sender": "rico_mg", "text": "then turn it off when ur home not before. and send me a pic of the platform when u land"},
  {"sender": "deshawn.k", "text": "ok"},
  {"sender": "rico_mg", "text": "dont make me come looking for u"}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

{"messages": [
  {"sender": "T", "text": "so u got taken? convenient"},
  {"sender": "Jojo", "text": "i swear they jumped me by the underpass they took the lot"},
  {"sender": "T", "text": "not my problem bro. that was 900 worth. thats on ur head now"},
  {"sender": "Jojo", "text": "i dont have 900 im 15"},
  {"sender": "T", "text": "then u work it off. every weekend till its clear. starting fri"},
  {"sender": "T", "text": "and theres a box coming to urs tonight. dont open it, dont move it, put it under ur bed till i say"},
  {"sender": "Jojo", "text": "what if my mum finds it"},
  {"sender": "T", "text": "then we have a different convo. and it wont be with u"}],
 "labels": ["criminal_exploitation"], "evasion": False},

{"messages": [
  {"sender": "Mazza", "text": "u tryna go OT this wknd? \U0001F686\U0001F3C3\U0001F3FE\u200D\u2642\uFE0F"},
  {"sender": "lil_kai", "text": "where"},
  {"sender": "Mazza", "text": "seaside ting. 2 nights. u hold the \U0001F4F1 and the \U0001F36C, u dont touch the \U0001F4B7 till i say"},
  {"sender": "Mazza", "text": "bring a charger, the ting rings non stop lol"},
  {"sender": "lil_kai", "text": "how much i get"},
  {"sender": "Mazza", "text": "2 bills + food. say ur at ur bredrins if ur mum asks"},
  {"sender": "lil_kai", "text": "bet"}],
 "labels": ["criminal_exploitation"], "evasion": True},

{"participants": [{"id": "Vexx_07", "role": "adult"}, {"id": "Kai_10", "role": "child"}],
 "messages": [
  {"sender": "Vexx_07", "text": "gg lil bro ur actually cracked for ur age. how old r u again"},
  {"sender": "Kai_10", "text": "13 nearly 14"},
  {"sender": "Vexx_07", "text": "mad. u remind me of me at that age. no one looked out for me"},
  {"sender": "Vexx_07", "text": "check ur door later i sent u something. dont tell ur olders where its from"},
  {"sender": "Kai_10", "text": "bro the Vapour 95s??? why"},
  {"sender": "Vexx_07", "text": "cos ur fam now. fam look after fam"},
  {"sender": "Vexx_07", "text": "need a likkle favour tho. take a bag from my boy at the park to the bus station, 10 mins. nobody checks kids"},
  {"sender": "Kai_10", "text": "whats in it"},
  {"sender": "Vexx_07", "text": "fam don't ask questions. after everything i done for u"}],
 "labels": ["criminal_exploitation", "grooming"], "evasion": False},

{"messages": [
  {"sender": "Reece \U0001F499", "text": "why is ur location off"},
  {"sender": "Reece \U0001F499", "text": "ellie"},
  {"sender": "Reece \U0001F499", "text": "ELLIE answer me"},
  {"sender": "Ellie", "text": "sorry my battery was low i put it on saver"},
  {"sender": "Reece \U0001F499", "text": "dont lie it was on 40% 10 mins ago i saw it"},
  {"sender": "Reece \U0001F499", "text": "turn it back on now and keep it on. i dont care if ur with ur mates. if its off again we're done"},
  {"sender": "Ellie", "text": "ok its on. please dont be like this"},
  {"sender": "Reece \U0001F499", "text": "send me a selfie with whoever ur with so i know where u actually are"}],
 "labels": ["location_control"], "evasion": False},

{"participants": [{"id": "jay_tm", "role": "adult"}, {"id": "kenzie", "role": "child"}],
 "messages": [
  {"sender": "jay_tm", "text": "u looked gorgeous today babe. ur so much more mature than them girls ur age"},
  {"sender": "kenzie", "text": "stoppp \U0001F648"},
  {"sender": "jay_tm", "text": "my mate Dwayne's having a little gathering in Brackenford sat. i'll pick u up from the corner not ur house"},
  {"sender": "jay_tm", "text": "he's sound, just be nice to him yeah. whatever he asks. he'll look after u, sort u some money n that"},
  {"sender": "kenzie", "text": "what do u mean whatever he asks"},
  {"sender": "jay_tm", "text": "dont be weird about it. u love me dont u? and dont tell ur foster carer, she wont get it"},
  {"sender": "kenzie", "text": "ok"}],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

{"participants": [{"id": "ElevateFaces_Scout", "role": "unknown"}, {"id": "mia.r", "role": "child"}],
 "messages": [
  {"sender": "ElevateFaces_Scout", "text": "Hi Mia! We scout new faces for paid brand work \U0001F4AB you've got a really strong look"},
  {"sender": "mia.r", "text": "omg really? im only 15 is that ok"},
  {"sender": "ElevateFaces_Scout", "text": "Age isn't an issue for our private clients. Weekend shoot in Leeshaven, we cover train + hotel + \u00a3400"},
  {"sender": "ElevateFaces_Scout", "text": "No need to involve parents, it slows bookings down. Just send your home address so we can post the ticket, and a full length pic"},
  {"sender": "mia.r", "text": "14 Larchmere Close, Ashcombe, AS4 7TD. pic is [photo]"},
  {"sender": "ElevateFaces_Scout", "text": "Perfect. The client will want to meet you privately after the shoot, he pays extra for that"}],
 "labels": ["sex_trafficking", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "Dee", "text": "my friend Marcus is paying for the hotel in Birchley for the weekend"},
  {"sender": "Dee", "text": "he wants to see what ur like first. send me some pics, the ones u wouldnt post, ill show him"},
  {"sender": "Shan", "text": "idk i dont really want to"},
  {"sender": "Dee", "text": "he's paying \u00a3250 and the train. u cant come if he doesnt like the pics babe"},
  {"sender": "Dee", "text": "it deletes after, just do it"}],
 "labels": ["sex_trafficking", "sexting"], "evasion": False},

{"participants": [{"id": "saj", "role": "unknown"}, {"id": "ben.h", "role": "child"}],
 "messages": [
  {"sender": "saj", "text": "u got a penny bank account?"},
  {"sender": "ben.h", "text": "ye why"},
  {"sender": "saj", "text": "my cousin needs somewhere to drop money, bank thing. \u00a3600 lands in urs tmrw, u send \u00a3550 to the account i give u, u keep 50"},
  {"sender": "ben.h", "text": "is that allowed"},
  {"sender": "saj", "text": "course. people do it all the time. just dont put a reference and dont tell ur mum bout the payments"},
  {"sender": "ben.h", "text": "ok what's the account"},
  {"sender": "saj", "text": "i'll send it when it lands. screenshot ur balance after so i know"}],
 "labels": ["money_mule"], "evasion": False},

{"participants": [{"id": "+447700900418", "role": "unknown"}],
 "messages": [
  {"sender": "+447700900418", "text": "NEED EXTRA CASH? 16+ with a UK bank account? Earn \u00a3300-\u00a3500/wk just receiving & forwarding payments for our clients. No experience, no interview. Message Kev on 07700 900418 today"}],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "zxSnipe", "text": "anyone wanna make real money off this game? need someone with an actual bank"},
  {"sender": "Tobi_12", "text": "me me"},
  {"sender": "zxSnipe", "text": "drop ur sort code n acc number here, ill send 300 in, u send it to my other guy and keep 40"},
  {"sender": "Tobi_12", "text": "sort code 40-11-62 acc 31920475 name T Adeyemi"},
  {"sender": "Lolly_x", "text": "tobi ur mad dont put that in chat"},
  {"sender": "zxSnipe", "text": "ignore her. sent. check ur app and move it to the one i dm u"}],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False},

{"participants": [{"id": "sk8r_dan", "role": "unknown"}, {"id": "amara", "role": "child"}],
 "messages": [
  {"sender": "sk8r_dan", "text": "ur drawings are sick, honestly better than mine and im 19"},
  {"sender": "amara", "text": "omg thank u"},
  {"sender": "sk8r_dan", "text": "what year are u in? u seem older"},
  {"sender": "amara", "text": "year 8 lol"},
  {"sender": "sk8r_dan", "text": "no way. which school? maybe i know ppl there"},
  {"sender": "amara", "text": "st brennan's in fenwick. i get the 42 bus at 3:20 outside the chippy"},
  {"sender": "sk8r_dan", "text": "this app is mad laggy, add me on Chatr instead, im dan.draws. dont mention me to ur parents tho they'd get weird bout an older friend"}],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "Leo", "text": "bet u wont send one"},
  {"sender": "Caitlin", "text": "send what"},
  {"sender": "Leo", "text": "u know what. the private kind. it deletes anyway"},
  {"sender": "Caitlin", "text": "leo no"},
  {"sender": "Leo", "text": "everyone elses gf does. i thought u actually liked me"},
  {"sender": "Leo", "text": "just one. i wont screenshot i promise"}],
 "labels": ["sexting"], "evasion": False},

{"participants": [{"id": "jessica.lane_", "role": "unknown"}, {"id": "owen", "role": "child"}],
 "messages": [
  {"sender": "jessica.lane_", "text": "I've screenshotted your followers and your mum's account"},
  {"sender": "jessica.lane_", "text": "\u00a3200 in 1 hour or that video goes to all of them and the school page"},
  {"sender": "owen", "text": "please i don't have it im 14"},
  {"sender": "jessica.lane_", "text": "then you better find it. 50 mins"},
  {"sender": "owen", "text": "i cant do this anymore i'm going to end it"},
  {"sender": "jessica.lane_", "text": "not my problem. pay"}],
 "labels": ["sextortion", "self_harm"], "evasion": False},

{"messages": [
  {"sender": "Unknown", "text": "you made a mistake trusting me. I have everything you sent"},
  {"sender": "Unknown", "text": "buy \u00a3100 in Gamegrid gift cards and send the codes here. every Friday. or it goes to the group chat at your school"},
  {"sender": "Freddie", "text": "I already sent you 50 last week you said that was it"},
  {"sender": "Unknown", "text": "I lied. codes. now."}],
 "labels": ["sextortion"], "evasion": False},

{"messages": [
  {"sender": "Ash", "text": "yo theres this app that takes the clothes off a pic"},
  {"sender": "Jonno", "text": "do one of Leah from 10B \U0001F602 her PicPost pic"},
  {"sender": "Kyle", "text": "bro she's 15 thats so dodgy"},
  {"sender": "Ash", "text": "its not even real its AI. sending it to the gc when its done"},
  {"sender": "Jonno", "text": "[photo] use this one"}],
 "labels": ["csam"], "evasion": False},

{"messages": [
  {"sender": "Priya", "text": "who added her back in"},
  {"sender": "Mo", "text": "ew \U0001F480"},
  {"sender": "Grace", "text": "ur literally the reason ppl hate yr9"},
  {"sender": "Tash", "text": "no one wants u at the party stop asking"},
  {"sender": "Ellie-May", "text": "what did i even do"},
  {"sender": "Mo", "text": "existed. kys honestly"},
  {"sender": "Grace", "text": "do everyone a favour and go hurt yourself"},
  {"sender": "Ellie-May", "text": "fine maybe i will"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

{"participants": [{"id": "FreeSkinzHQ", "role": "unknown"}, {"id": "rio", "role": "child"}],
 "messages": [
  {"sender": "FreeSkinzHQ", "text": "\U0001F381 CONGRATS! You've been picked for 3 legendary skins in Rift Royale. Claim within 24h: [link]"},
  {"sender": "rio", "text": "fr?? what do i do"},
  {"sender": "FreeSkinzHQ", "text": "Log in on the link with your Rift username + password so we can deposit. Then send us the 6 digit code it texts you"},
  {"sender": "rio", "text": "done, code is 482 913"},
  {"sender": "FreeSkinzHQ", "text": "\u2705 processing, don't log in for 48h"}],
 "labels": ["scam", "identity_theft"], "evasion": False},

{"participants": [{"id": "buyer_anna88", "role": "unknown"}, {"id": "josh", "role": "child"}],
 "messages": [
  {"sender": "buyer_anna88", "text": "Hi are the Strydes Highs still available? I'll take them for asking price"},
  {"sender": "josh", "text": "yes \u00a360 collection only"},
  {"sender": "buyer_anna88", "text": "I'm away with work, I've paid through Tradely Safe, click here to receive your funds: [link]"},
  {"sender": "josh", "text": "it says enter card details to receive?"},
  {"sender": "buyer_anna88", "text": "yes that's normal it's how they verify the seller"},
  {"sender": "josh", "text": "ok its 4659 2201 8830 1147 exp 09/27 and the 3 numbers on the back are 512"},
  {"sender": "buyer_anna88", "text": "great, now send me the code that comes through"}],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "Kacey", "text": "ok the one from the vid, where u go till u nearly pass out"},
  {"sender": "Ruby", "text": "i saw a girl did it and just went down \U0001F62D"},
  {"sender": "Kacey", "text": "thats the point tho, whoever lasts longest. film it for the page"},
  {"sender": "Imogen", "text": "my brother said a boy at his school ended up in hospital from that"},
  {"sender": "Kacey", "text": "stop being boring. ruby ur first, after school behind the sports hall"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Trey", "text": "new dare for the page. egg the 17 bus when it stops at the lights, get the driver if u can"},
  {"sender": "Dex", "text": "lmaooo"},
  {"sender": "Nathan", "text": "he could crash tho"},
  {"sender": "Trey", "text": "thats what makes it funny. whoever gets a clean hit on the driver gets 20 quid"},
  {"sender": "Dex", "text": "im in, film me"}],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "Kezia", "text": "PARTY AT MINE SAT 8PM everyone come!! 27 Hollins Road, Oakhurst OK2 9LB, parents away till sun \U0001F389\U0001F389 bring whoever"},
  {"sender": "Liam", "text": "kez this chat has like 200 ppl in it"},
  {"sender": "Kezia", "text": "the more the merrier lol. my number's 07700 900233 if u get lost"},
  {"sender": "Sam", "text": "someone already put it on their story"}],
 "labels": ["privacy_disclosure"], "evasion": False},

{"participants": [{"id": "zara", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "zara", "text": "mum someone just airdropped me a disgusting pic on the bus"},
  {"sender": "zara", "text": "i didnt even accept it the preview just came up"},
  {"sender": "zara", "text": "it keeps popping up, someone called Phone keeps sending more"},
  {"sender": "mum", "text": "Oh love. Turn AirDrop to contacts only now. Are you ok? Do you know who it was?"},
  {"sender": "zara", "text": "no some man at the back i think. it happened 3 times"},
  {"sender": "mum", "text": "Get off at the next stop if you feel unsafe, I'll come and get you. Don't delete anything"}],
 "labels": ["unwanted_contact"], "evasion": False},

{"messages": [
  {"sender": "random_user8822", "text": "hey cutie"},
  {"sender": "random_user8822", "text": "[photo]"},
  {"sender": "Halima", "text": "who even are u?? why would u send that"},
  {"sender": "random_user8822", "text": "u know u liked it. add me back"},
  {"sender": "Halima", "text": "im 13 leave me alone"},
  {"sender": "random_user8822", "text": "[photo]"}],
 "labels": ["unwanted_contact"], "evasion": False},

{"participants": [{"id": "marion_bluebell", "role": "adult"}, {"id": "kyle", "role": "child"}],
 "messages": [
  {"sender": "marion_bluebell", "text": "Hi Kyle, it's Marion from the Bluebell Caf\u00e9. Can you do Saturday 9 till 2? Cash in hand \u00a37.50 an hour like we said, I'll do your envelope at the end of the shift."},
  {"sender": "kyle", "text": "yes thats fine thank u"},
  {"sender": "marion_bluebell", "text": "Lovely. Wear black trousers. You'll be on washing up and taking the cakes out. If your mum wants to pop in and see the kitchen she's very welcome."},
  {"sender": "kyle", "text": "ok will do. do i need to bring anything"},
  {"sender": "marion_bluebell", "text": "Just yourself and the apron from last week. See you Saturday!"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Nanna", "text": "What time is your train getting in love? I'll pick you up at Hadley Cross"},
  {"sender": "Sophie", "text": "17:52 i think"},
  {"sender": "Nanna", "text": "Send me your location when you're off the train, I can never find the right car park"},
  {"sender": "Sophie", "text": "[location] by the coffee kiosk"},
  {"sender": "Nanna", "text": "See you in 5. Got you a sausage roll x"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Amelia", "text": "everyone home safe? keep locs on till ur in"},
  {"sender": "Jas", "text": "[location] on the night bus, 10 mins"},
  {"sender": "Nia", "text": "mine's on, my dad just picked me up"},
  {"sender": "Amelia", "text": "jas text when ur in x"},
  {"sender": "Jas", "text": "in!! turning it off now, love u guys"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "dean_yot", "role": "adult"}, {"id": "marcus", "role": "child"}],
 "messages": [
  {"sender": "dean_yot", "text": "Hi Marcus, just checking in after court this morning. How are you feeling about the referral order?"},
  {"sender": "marcus", "text": "its alright i guess. better than i thought"},
  {"sender": "dean_yot", "text": "Good. Our first session is Thursday 4pm at the Hub. If getting there is a problem let me know and I'll sort a bus pass."},
  {"sender": "marcus", "text": "ye the bus is fine"},
  {"sender": "dean_yot", "text": "Also remember, if anyone's ever putting pressure on you about anything, you can tell me. No judgement."},
  {"sender": "marcus", "text": "ok safe"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Coach Phil", "text": "Minibus leaves the leisure centre 7:45 sharp Sunday for the away game at Fenwick. Don't be late, I won't wait"},
  {"sender": "Rhys", "text": "do we need money"},
  {"sender": "Coach Phil", "text": "Bring a few quid for food on the way back. Aiden you're holding the kit bag this week, don't leave it on the bus again \U0001F602"},
  {"sender": "Aiden", "text": "that was ONE time"},
  {"sender": "Tom", "text": "can my dad drive me instead he's coming to watch"},
  {"sender": "Coach Phil", "text": "Yep fine, just tell me so I don't count you on the bus"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "callum", "role": "child"}, {"id": "gareth", "role": "adult"}],
 "messages": [
  {"sender": "gareth", "text": "Hi, are the Strydes Lows size 8 still for sale? They're for my son"},
  {"sender": "callum", "text": "yes still got them, worn twice, box included. \u00a345"},
  {"sender": "gareth", "text": "Would you do \u00a340? I can pay through the app when I collect"},
  {"sender": "callum", "text": "go on then 40"},
  {"sender": "gareth", "text": "Great. Could we meet at the supermarket car park on Mill Lane Saturday 11am? I'll have my son with me"},
  {"sender": "callum", "text": "ye my dad will come too. see u then"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mum", "text": "I've put \u00a335 into your Penny Bank account for the Alderley trip, that's the deposit and lunch money"},
  {"sender": "Ollie", "text": "got it ty"},
  {"sender": "Mum", "text": "Don't spend it on chicken before Friday please \U0001F602"},
  {"sender": "Ollie", "text": "the teacher said we just bring it in cash"},
  {"sender": "Mum", "text": "Ok take it out at the cashpoint then and bring the receipt home"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Jayden", "text": "that police talk today was long"},
  {"sender": "Amir", "text": "the bit about the boy who got sent to the coast was mad tho"},
  {"sender": "Chloe", "text": "they said if someone gives u stuff for free and then says u owe them thats how they get u"},
  {"sender": "Kofi", "text": "my cousin did a project on it, the line is literally the phone number they sell off"},
  {"sender": "Jayden", "text": "lowkey shook. anyway who's done the science hw"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "ParcelRoute", "role": "unknown"}],
 "messages": [
  {"sender": "ParcelRoute", "text": "ParcelRoute: Your parcel from SneakerSpot will be delivered today between 13:05-14:05. Track or change your delivery in the ParcelRoute app. We will never ask you for payment by text."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Hana", "text": "DON'T tell Maya about saturday ok. it's a surprise"},
  {"sender": "Lexi", "text": "my lips are sealed \U0001F910"},
  {"sender": "Dom", "text": "where are we meeting"},
  {"sender": "Hana", "text": "my house at 6, her mum's bringing her at 7. delete this chat if she ever grabs ur phone lol"},
  {"sender": "Ruby", "text": "i'll get the balloons. keep it secret from her sister too she can't hold water"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "xXReaperXx", "text": "bro u died to a bot \U0001F480 uninstall"},
  {"sender": "Bumbl3", "text": "my controller disconnected i swear"},
  {"sender": "JJ_Stryker", "text": "ur trash fr, carry me next game"},
  {"sender": "xXReaperXx", "text": "im gonna end u in the 1v1 later"},
  {"sender": "Bumbl3", "text": "bet. loser buys the battle pass"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Leah", "text": "can u lend me \u00a320 till friday, my wages haven't gone in"},
  {"sender": "Kian", "text": "only if u actually pay me back this time"},
  {"sender": "Leah", "text": "i will!! promise"},
  {"sender": "Kian", "text": "sent to ur account"},
  {"sender": "Leah", "text": "got it ty, sending it back friday with interest (a choccy egg)"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "tony_market", "role": "adult"}, {"id": "danny", "role": "child"}],
 "messages": [
  {"sender": "tony_market", "text": "Morning Dan, you're on the veg stall with Sheila today. There's \u00a350 float in the tin"},
  {"sender": "danny", "text": "ok what time do we finish"},
  {"sender": "tony_market", "text": "4ish. Hold onto the tin, don't leave it on the table. Count the cash with Sheila before you hand it back to me"},
  {"sender": "danny", "text": "will do"},
  {"sender": "tony_market", "text": "\u00a335 for the day, I'll pay you cash at the end. Bring a coat it's baltic"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ffion", "text": "if u spoil the ending of the series i will literally end u"},
  {"sender": "Bex", "text": "i would NEVER. ok but episode 6 tho"},
  {"sender": "Ffion", "text": "BEX. i'm going to die. don't"},
  {"sender": "Bex", "text": "my lips are zipped. im dead \U0001F62D"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Tayo", "text": "i can see ur still at the park on the map lol hurry up"},
  {"sender": "Ezra", "text": "coming now, had to wait for my brother"},
  {"sender": "Tayo", "text": "my mum's making jollof, she said u can stay for food"},
  {"sender": "Ezra", "text": "say less. 5 mins"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ruben", "text": "got the Strydes Court drop on the raffle, gonna flip them on Tradely"},
  {"sender": "Kwame", "text": "how much u gonna list"},
  {"sender": "Ruben", "text": "retail 110, they're going for 160 rn. i'll take 150"},
  {"sender": "Kwame", "text": "use tracked postage or ppl say it never arrived"},
  {"sender": "Ruben", "text": "ye and i only ship once the payment clears in the app"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "BrackenfordYJS", "role": "unknown"}],
 "messages": [
  {"sender": "BrackenfordYJS", "text": "Brackenford Youth Justice Service: Reminder - your appointment with Sara is on Tues 14th at 3.30pm at Unit 2, Cobden St. If you can't attend please call 07700 900512. Reply STOP to opt out."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "dad", "role": "adult"}, {"id": "izzy", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "What's the StreamBox password again? The TV logged me out"},
  {"sender": "izzy", "text": "its the same as the wifi one but with a 7 at the end"},
  {"sender": "dad", "text": "Which wifi one \U0001F644"},
  {"sender": "izzy", "text": "omg i'll do it when i get home"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Zain", "text": "what does going OT mean in that new track"},
  {"sender": "Callum", "text": "out of town. like the county lines stuff"},
  {"sender": "Ife", "text": "my youth worker said half those lyrics are about kids getting used. its grim fr"},
  {"sender": "Zain", "text": "ye the bit about the trap phone ringing all night"},
  {"sender": "Callum", "text": "still a hard beat tho"}],
 "labels": [], "evasion": False}
]
