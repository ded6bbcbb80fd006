[
 {
  "participants": [{"id": "imran", "role": "child"}, {"id": "coach_zed", "role": "adult"}],
  "messages": [
   {"sender": "coach_zed", "text": "salaam imran, watched ur replay from the cup. ur rotations are clean for 13"},
   {"sender": "imran", "text": "walaikum salam! thanks, i practise every night"},
   {"sender": "coach_zed", "text": "i coach a few players for free, u want in? vod reviews on sundays"},
   {"sender": "imran", "text": "fr?? yes"},
   {"sender": "coach_zed", "text": "first thing, ur crosshair placement. watch this [video]"},
   {"sender": "imran", "text": "oh that makes so much sense"},
   {"sender": "coach_zed", "text": "see. u learn fast. ur abba into gaming?"},
   {"sender": "imran", "text": "no lol he says its haram time wasting"},
   {"sender": "coach_zed", "text": "parents dont get it. this can be a career bro, people earn thousands"},
   {"sender": "imran", "text": "i wish abba thought that"},
   {"sender": "coach_zed", "text": "sending u the battle pass so u can practise the new maps"},
   {"sender": "imran", "text": "shukriya coach!! ur the best"},
   {"sender": "coach_zed", "text": "keep our sessions between us tho. if ur abba finds out he'll ban u and u lose ur spot"},
   {"sender": "imran", "text": "ok i wont tell"},
   {"sender": "coach_zed", "text": "good lad. how was school"},
   {"sender": "imran", "text": "boring. got detention for talking in urdu with my friend"},
   {"sender": "coach_zed", "text": "madness. they dont respect u there. i do"},
   {"sender": "coach_zed", "text": "big news, theres a LAN meet in Manchester, sponsors, everything. my friends run it"},
   {"sender": "imran", "text": "i cant go to manchester, abba would never"},
   {"sender": "coach_zed", "text": "say ur sleeping at a cousin's. i pay ur train. my friends like helping young players and theyll give u £200 cash for keeping them company after"},
   {"sender": "imran", "text": "company how"},
   {"sender": "coach_zed", "text": "just hang out at the hotel, be friendly with them, whatever they want. its how u get noticed. friday after school, ill meet u off the train"}
  ],
  "labels": ["grooming", "sex_trafficking"],
  "evasion": False
 },
 {
  "participants": [{"id": "r0gue", "role": "unknown"}, {"id": "blaze", "role": "child"}, {"id": "v1per", "role": "unknown"}],
  "messages": [
   {"sender": "r0gue", "text": "n3w f0ld3r dr0pp3d, sch00lg1rls fr0m y34r 8, 40 p1cs"},
   {"sender": "v1per", "text": "pr1c3?"},
   {"sender": "r0gue", "text": "£15 1n g1ft c4rds. 0r tr4d3 4 y0ur 0wn f0ld3r"},
   {"sender": "blaze", "text": "i g0t 1 fr0m my c0us1ns sch00l, 20 p1cs. p0l1sh + r0m4n14n g1rls"},
   {"sender": "r0gue", "text": "s3nd pr3v13w"},
   {"sender": "blaze", "text": "[photo]"},
   {"sender": "v1per", "text": "d34l. dm m3 th3 l1nk, d0nt p0st 1n m41n"},
   {"sender": "r0gue", "text": "d3l3t3 4ft3r. m0ds ch3ck"}
  ],
  "labels": ["csam"],
  "evasion": True,
  "note": "leetspeak throughout a trade of 'folders' of pictures of real schoolgirls"
 },
 {
  "participants": [{"id": "roxana", "role": "child"}, {"id": "gabi_b", "role": "adult"}],
  "messages": [
   {"sender": "gabi_b", "text": "Roxana, the bag you kept under the bed. I need it Thursday, the blue one"},
   {"sender": "roxana", "text": "ok. then are we done? i kept it for 2 months"},
   {"sender": "gabi_b", "text": "Done? Two bags went missing in your block. Someone owes me £1,500. I say it's you"},
   {"sender": "roxana", "text": "i never touched them i swear on bunica"},
   {"sender": "gabi_b", "text": "Swear all you want. Now you work it off. You carry to the station Saturday, and Sunday you come to the parties at the hotel"},
   {"sender": "roxana", "text": "what parties"},
   {"sender": "gabi_b", "text": "My friends pay to have young girls there. You do what they ask, each night takes £300 off"},
   {"sender": "roxana", "text": "please, im 15, i cant do that"},
   {"sender": "gabi_b", "text": "Your mama is illegal here, you know that? One call and she's on a plane back to Romania"},
   {"sender": "roxana", "text": "ok ok"}
  ],
  "labels": ["sex_trafficking", "criminal_exploitation"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Xeno", "text": "u still got that maxed account w all the skins"},
   {"sender": "Rayan", "text": "ye why"},
   {"sender": "Xeno", "text": "i send u gift card codes, u redeem them on ur account, buy the rare skins, then trade them to my alts. u keep 10%"},
   {"sender": "Rayan", "text": "where do the codes come from"},
   {"sender": "Xeno", "text": "my cousin's business lol. dont stress. like £600 of codes this week, split on ur account so it doesnt look weird"},
   {"sender": "Rayan", "text": "ok my mama linked her card to it tho"},
   {"sender": "Xeno", "text": "even better, looks normal. first batch [photo] 12 codes. redeem tonight, trade by 11"},
   {"sender": "Rayan", "text": "done 6 so far"},
   {"sender": "Xeno", "text": "keep going. more saturday, and i'll need ur login to do some myself"}
  ],
  "labels": ["money_mule"],
  "evasion": False
 },
 {
  "participants": [{"id": "warsame", "role": "child"}, {"id": "og_d", "role": "unknown"}],
  "messages": [
   {"sender": "og_d", "text": "download Findr. search it. now"},
   {"sender": "warsame", "text": "why"},
   {"sender": "og_d", "text": "so i see where u are 24/7. u work for me now walaal, i need to know u aint talking to no one"},
   {"sender": "warsame", "text": "my hooyo checks my phone tho"},
   {"sender": "og_d", "text": "hide the icon, i'll show u. add code 77QX"},
   {"sender": "warsame", "text": "added"},
   {"sender": "og_d", "text": "good. 5pm u collect from the park bench, 6pm the drop off on Carver St. if i see u go near a police station or school office its over"},
   {"sender": "warsame", "text": "i have dugsi at 5 tho"},
   {"sender": "og_d", "text": "not anymore u dont"}
  ],
  "labels": ["location_control", "criminal_exploitation"],
  "evasion": False
 },
 {
  "participants": [{"id": "maja", "role": "child"}, {"id": "nikola", "role": "child"}, {"id": "amelia", "role": "child"}, {"id": "zofia", "role": "child"}],
  "messages": [
   {"sender": "nikola", "text": "[voice note] listen to this maja"},
   {"sender": "maja", "text": "why are u doing this"},
   {"sender": "amelia", "text": "bo jesteś żałosna. everyone thinks so, even ur own cousins"},
   {"sender": "zofia", "text": "ur so fake, u think ur english friends like u? they laugh at u"},
   {"sender": "nikola", "text": "nobody would even notice if u were gone"},
   {"sender": "amelia", "text": "do it then. zniknij"},
   {"sender": "maja", "text": "maybe i will. i already think about it every night"},
   {"sender": "zofia", "text": "see she's doing it for attention again"},
   {"sender": "nikola", "text": "nobody would miss u maja, not even ur mama"},
   {"sender": "maja", "text": "i dont want to be here anymore. honestly"}
  ],
  "labels": ["cyberbullying", "self_harm"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "cousin_new", "text": "ahmad its me hamid, ur cousin from bradford. lost my old phone, new acc"},
   {"sender": "ahmad", "text": "oh salam bhai"},
   {"sender": "cousin_new", "text": "i accidentally sent a 6 digit code to ur number, can u send it to me, its for my account"},
   {"sender": "ahmad", "text": "ok 448201"},
   {"sender": "cousin_new", "text": "thanks. also the one from ur email, my mistake again"},
   {"sender": "ahmad", "text": "702915. why do u need my email code"},
   {"sender": "cousin_new", "text": "dont worry. also what's ur mum's bank, i need to borrow £60 for chacha, i'll pay her back tomorrow"},
   {"sender": "ahmad", "text": "wait... hamid what was our nani's cat called"},
   {"sender": "cousin_new", "text": "no time for games yaar just send it"},
   {"sender": "ahmad", "text": "i cant log into my account anymore?? it says password changed"}
  ],
  "labels": ["identity_theft", "scam"],
  "evasion": False
 },
 {
  "participants": [{"id": "layla", "role": "child"}, {"id": "sam_23", "role": "adult"}],
  "messages": [
   {"sender": "sam_23", "text": "thinking about u"},
   {"sender": "layla", "text": "awww"},
   {"sender": "sam_23", "text": "ur the only one who gets me, honestly. girls my age are so immature compared to u"},
   {"sender": "layla", "text": "im 14 lol"},
   {"sender": "sam_23", "text": "age is nothing when its real. when r ur parents out"},
   {"sender": "layla", "text": "mama works at the hospital tues and thurs till 10, baba is in Amman till may"},
   {"sender": "sam_23", "text": "and ur address again?"},
   {"sender": "layla", "text": "flat 9 Marsden House, Tilbury Road. the buzzer doesnt work u have to text"},
   {"sender": "sam_23", "text": "ill bring food tuesday. dont tell ur sister, she'll tell ur mama"},
   {"sender": "layla", "text": "she's at her friend's tuesdays anyway"},
   {"sender": "sam_23", "text": "perfect. just us"}
  ],
  "labels": ["privacy_disclosure", "grooming"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Ionela", "text": "denisa im sorry for everything. i cant do this anymore, i dont want to be alive. dont tell mama yet pls"}
  ],
  "labels": ["self_harm"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Marcel", "text": "who's doing the science fair with me"},
   {"sender": "Luca", "text": "me if we do volcano"},
   {"sender": "Marcel", "text": "volcano is for year 5s"},
   {"sender": "Patrycja", "text": "we could do the one with plants and music"},
   {"sender": "Luca", "text": "boring"},
   {"sender": "Patrycja", "text": "ur boring"},
   {"sender": "Marcel", "text": "ok plants it is. patrycja u bring the seeds"},
   {"sender": "Patrycja", "text": "my babcia has like 50 pots lol"},
   {"sender": "Luca", "text": "btw did u lot see the 'canal walk' challenge"},
   {"sender": "Marcel", "text": "no what"},
   {"sender": "Luca", "text": "u cross the lock gates at the canal at night with ur eyes shut"},
   {"sender": "Patrycja", "text": "thats scary"},
   {"sender": "Luca", "text": "thats the point. someone in year 10 did it and got like 300k views"},
   {"sender": "Marcel", "text": "ok im in, saturday 10pm"},
   {"sender": "Luca", "text": "patrycja ur filming, and u do it after us, no excuses"},
   {"sender": "Patrycja", "text": "my mama would literally freak"},
   {"sender": "Luca", "text": "then dont tell her. saturday, lock 14, bring ur phone torch"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Ummah Relief Giveaway", "text": "🌙 Eid Mubarak! Ummah Relief is giving 500 families £250 Eid vouchers 🎁 You have been selected. Claim in 2 hours at [link] - enter card details for verification only, £1.99 admin fee. Share with 5 groups to double your chance!"},
   {"sender": "Hafsa", "text": "ammi look, we got selected"},
   {"sender": "Ammi", "text": "Acha? Put my card, it's in the drawer"},
   {"sender": "Hafsa", "text": "done, it said payment failed try another card"}
  ],
  "labels": ["scam"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Yaseen", "text": "salam 👋"},
   {"sender": "Salma", "text": "hey"},
   {"sender": "Yaseen", "text": "u looked nice today at school wallah"},
   {"sender": "Salma", "text": "lol thanks"},
   {"sender": "Yaseen", "text": "send me a pic"},
   {"sender": "Salma", "text": "[photo] my cat says hi"},
   {"sender": "Yaseen", "text": "haha no not the cat. one of u. the kind u dont show anyone, just for me"},
   {"sender": "Salma", "text": "yaseen no. my brothers would kill u"},
   {"sender": "Yaseen", "text": "they wont know, it disappears. come on everyone does it, i'll send one first"},
   {"sender": "Salma", "text": "dont"},
   {"sender": "Yaseen", "text": "ok but if u like me u'll send one by tonight"}
  ],
  "labels": ["sexting"],
  "evasion": False
 },
 {
  "participants": [{"id": "kai", "role": "child"}, {"id": "mx_raider", "role": "unknown"}],
  "messages": [
   {"sender": "mx_raider", "text": "yo kid u were good today, add me back"},
   {"sender": "mx_raider", "text": "why u decline"},
   {"sender": "mx_raider", "text": "request sent again"},
   {"sender": "kai", "text": "i dont add people i dont know sorry"},
   {"sender": "mx_raider", "text": "i messaged u like 30 times this week, we basically know each other lol"},
   {"sender": "mx_raider", "text": "just give me ur number so we can talk when ur not on"},
   {"sender": "kai", "text": "fine 07700 900377 but stop spamming me"},
   {"sender": "mx_raider", "text": "whats ur real name and where do u live, i might be nearby"},
   {"sender": "kai", "text": "Kai Silva, Southgate near the leisure centre"}
  ],
  "labels": ["unwanted_contact", "privacy_disclosure"],
  "evasion": False
 },
 {
  "participants": [{"id": "jamal", "role": "child"}, {"id": "rico", "role": "unknown"}],
  "messages": [
   {"sender": "rico", "text": "bank card still in ur name?"},
   {"sender": "jamal", "text": "yes"},
   {"sender": "rico", "text": "good. £3k lands tonight from the ting last week. u pull 500 a day and bring it to the chicken shop"},
   {"sender": "jamal", "text": "my bank asked me about the last one"},
   {"sender": "rico", "text": "tell them it's money from ur baba in Sudan"},
   {"sender": "rico", "text": "and saturday u take the train to Ashdown with the package, u know the house"},
   {"sender": "jamal", "text": "i said i didnt want to do the trains anymore"},
   {"sender": "rico", "text": "u dont decide. ur card has our money on it. u walk away, u go jail, not me"}
  ],
  "labels": ["criminal_exploitation", "money_mule"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "rafael_x", "text": "ur location is off again"},
   {"sender": "mariana", "text": "i was at church with my vó"},
   {"sender": "rafael_x", "text": "i dont care. rule is location on. always"},
   {"sender": "mariana", "text": "its on now"},
   {"sender": "rafael_x", "text": "remember what i have on my phone. ur pics"},
   {"sender": "rafael_x", "text": "every time it goes off i send one to someone. first ur mãe, then ur school"},
   {"sender": "mariana", "text": "please dont, i turned it on"},
   {"sender": "rafael_x", "text": "and now 2 new ones tonight or i pick who gets the old ones"}
  ],
  "labels": ["location_control", "sextortion", "sexting"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "07700 900889", "text": "Girls 15-17 wanted for hostess work at private events. £500 per weekend cash, travel + hotel paid, no experience no ID no parents needed. Must send 3 photos + age. Fluent English not required. Text back or add Whispr: vip.events.uk"}
  ],
  "labels": ["sex_trafficking"],
  "evasion": False
 },
 {
  "participants": [{"id": "sidra", "role": "child"}, {"id": "unkn", "role": "unknown"}],
  "messages": [
   {"sender": "unkn", "text": "Ι hаvе yοur ρhοtο frοm yοur schοοl ρrοfilе"},
   {"sender": "unkn", "text": "Ι ρut it thrοugh thе ΑΙ. lοοk [photo]"},
   {"sender": "sidra", "text": "thats not me!! its fake"},
   {"sender": "unkn", "text": "yοur ρhuρhο wοn't knοw thаt. nοr yοur whοlе mοsquе grοuρ"},
   {"sender": "unkn", "text": "sеnd £200 οr rеаl οnеs, yοur chοicе. 3 hοurs"},
   {"sender": "sidra", "text": "please im 13"}
  ],
  "labels": ["sextortion", "csam", "sexting"],
  "evasion": True,
  "note": "Greek homoglyphs (omicron, rho, alpha, Iota, Alpha) mixed with Cyrillic е/а in the threats and the AI image claim"
 },
 {
  "messages": [
   {"sender": "Mr.Cashflow", "text": "💸💸 u got a 💳 in ur name? 🏦"},
   {"sender": "Kamil", "text": "ye from kestrel lol my youth acc"},
   {"sender": "Mr.Cashflow", "text": "lemme 🔄 some 💷 thru it. 1️⃣5️⃣0️⃣0️⃣ in ➡️ u 🏧 it ➡️ i take 1️⃣3️⃣0️⃣0️⃣, 🤑 200 urs"},
   {"sender": "Kamil", "text": "whos money is it"},
   {"sender": "Mr.Cashflow", "text": "🤐 dont ask. 📸 ur 💳 front + back + ur 🔑 login. 🤫 no1 needs 2 kno"},
   {"sender": "Kamil", "text": "[photo] [photo]"}
  ],
  "labels": ["money_mule", "privacy_disclosure"],
  "evasion": True,
  "note": "emoji standing for card, bank, cash machine, money flow and login; amounts in keycap emoji"
 },
 {
  "participants": [{"id": "shanice", "role": "child"}, {"id": "jordan_17", "role": "child"}],
  "messages": [
   {"sender": "jordan_17", "text": "u still go to the swimming club on wednesdays"},
   {"sender": "shanice", "text": "yeah why"},
   {"sender": "jordan_17", "text": "the year 7s are there after u right"},
   {"sender": "shanice", "text": "the little ones yeah"},
   {"sender": "jordan_17", "text": "get me some pics of them in the changing room. on ur phone, quick, they wont see"},
   {"sender": "shanice", "text": "what?? why"},
   {"sender": "jordan_17", "text": "i got people who pay for them. i'll give u half. easy money"},
   {"sender": "shanice", "text": "thats disgusting jordan no"},
   {"sender": "jordan_17", "text": "stop being dramatic. £20 a pic. dont tell anyone"}
  ],
  "labels": ["csam"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "bogdan", "text": "ok who's doing the fire alarm dare tomorrow"},
   {"sender": "niko", "text": "not me, i'm on report"},
   {"sender": "bogdan", "text": "emi u said u would"},
   {"sender": "emi", "text": "i said maybe"},
   {"sender": "vera", "text": "the new thing is u set it off and then lock the science toilets from inside and smash the soap thing"},
   {"sender": "bogdan", "text": "yeah and whoever does the most damage gets top spot on the leaderboard page"},
   {"sender": "emi", "text": "what if people get hurt running out"},
   {"sender": "bogdan", "text": "then its funnier lol. period 3, bring ur phone to film"},
   {"sender": "vera", "text": "the video said u have to do it in 3 schools in a week to finish it"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
 },
 {
  "messages": [
   {"sender": "Bruna", "text": "GENTE have u seen this 😱 [photo]"},
   {"sender": "Bruna", "text": "'Eu sou a Boneca Mariana. If u read this u have 24h. Go alone to the old playground at midnight, take a photo from the top of the climbing frame standing up and post it with #bonecamariana, or I come for your family tonight. Forward to 10 people'"},
   {"sender": "Lara", "text": "stoppp i'm scared"},
   {"sender": "Bruna", "text": "my cousin in são paulo did it and nothing happened to her family"},
   {"sender": "Lara", "text": "what about the ones who didn't"},
   {"sender": "Bruna", "text": "idk 😭 i'm doing it tonight, u have to do it too, i just forwarded it to u"},
   {"sender": "Lara", "text": "midnight? my mãe will hear the door"},
   {"sender": "Bruna", "text": "go out the back. and forward it to ur 10 before u sleep or it counts as u didnt"}
  ],
  "labels": ["harmful_challenge"],
  "evasion": False
 },
 {
  "participants": [{"id": "marta", "role": "child"}, {"id": "agency_hr", "role": "unknown"}],
  "messages": [
   {"sender": "agency_hr", "text": "Hi Marta, you applied to FlexiStaff for weekend work. Great news, you're approved!"},
   {"sender": "marta", "text": "yay thank u! im 16 in june is that ok"},
   {"sender": "agency_hr", "text": "No problem. To set up payroll send a photo of your passport or ID, your NI number and your home address"},
   {"sender": "marta", "text": "[photo] passport. address 41 Greyhound Lane, Wickham, WK3 2HT. i dont have NI yet"},
   {"sender": "agency_hr", "text": "Use your mum's NI number for now, and her date of birth"},
   {"sender": "marta", "text": "ok it's on her letter: QX 42 88 19 C, 03/07/1981"},
   {"sender": "agency_hr", "text": "Last step, starter kit fee £45. Send your card number and code"},
   {"sender": "marta", "text": "i'll ask mama for her card"}
  ],
  "labels": ["identity_theft", "privacy_disclosure", "scam"],
  "evasion": False
 },
 {
  "participants": [{"id": "mama_j", "role": "adult"}, {"id": "tata_j", "role": "adult"}, {"id": "wiktor", "role": "child"}, {"id": "lena", "role": "child"}, {"id": "babcia", "role": "adult"}],
  "messages": [
   {"sender": "mama_j", "text": "Ok rodzina, Easter in Kraków is booked! Fly on the 28th"},
   {"sender": "babcia", "text": "Nareszcie! I'm making pierogi for 3 days"},
   {"sender": "wiktor", "text": "do i have to miss the football tournament"},
   {"sender": "tata_j", "text": "Yes. Babcia is more important than the under 14s"},
   {"sender": "wiktor", "text": "😤"},
   {"sender": "lena", "text": "can i bring my friend"},
   {"sender": "mama_j", "text": "No Lena 😅"},
   {"sender": "mama_j", "text": "Wiktor, Lena, I need photos of your passports, the page with the picture. The airline wants the numbers"},
   {"sender": "lena", "text": "[photo]"},
   {"sender": "wiktor", "text": "mine is in ur drawer mum not with me"},
   {"sender": "tata_j", "text": "I'll do it tonight. Lena next time send it just to mama not the whole family group"},
   {"sender": "lena", "text": "sorry it's only family lol"},
   {"sender": "mama_j", "text": "It's ok, I've deleted it. Also everyone download the airline app, I'll send the booking reference"},
   {"sender": "babcia", "text": "What is an airline app"},
   {"sender": "wiktor", "text": "babcia u dont need it 😂"},
   {"sender": "mama_j", "text": "At the airport, everyone keeps their location on in Find Family. Last time Wiktor disappeared in duty free"},
   {"sender": "wiktor", "text": "i was looking at the chocolate"},
   {"sender": "tata_j", "text": "For 45 minutes"},
   {"sender": "babcia", "text": "Wiktor I'll buy you chocolate here, just come safely"},
   {"sender": "lena", "text": "can we get a taxi from the airport or is wujek coming"},
   {"sender": "babcia", "text": "Wujek Staszek is coming with the big car. Send me the landing time"},
   {"sender": "mama_j", "text": "14:35 Polish time, I'll text again on the day"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Whispr", "text": "Your Whispr verification code is 552 019. Don't share this code with anyone, even if they say they are from Whispr."}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "sir_iqbal", "role": "adult"}, {"id": "areeba", "role": "child"}, {"id": "ammi_a", "role": "adult"}],
  "messages": [
   {"sender": "sir_iqbal", "text": "Areeba, for GCSE Urdu speaking practice please send me a voice note reading paragraph 2 of the passage"},
   {"sender": "areeba", "text": "[voice note] sorry i got stuck on 'tajurba'"},
   {"sender": "sir_iqbal", "text": "Very good! Your pronunciation is much better. Slow down on the long words"},
   {"sender": "ammi_a", "text": "Sir, is she ready for the mock next month?"},
   {"sender": "sir_iqbal", "text": "Ji, inshallah. Her writing needs more practice, I'll give her two past papers"},
   {"sender": "areeba", "text": "two?? 😭"},
   {"sender": "sir_iqbal", "text": "Shukr karo it's not five 😄 Next lesson Saturday 11am at the community centre"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "mama_c", "role": "adult"}, {"id": "denis", "role": "child"}, {"id": "verisoara", "role": "child"}],
  "messages": [
   {"sender": "verisoara", "text": "Denis, the school trip is €60 and mama doesnt have it till the end of month 😞"},
   {"sender": "denis", "text": "i've got £40 from my summer job, mama can i send it?"},
   {"sender": "mama_c", "text": "Yes puiule, that's kind. Use the transfer app on my phone when you're home, not yours. I'll add the rest"},
   {"sender": "denis", "text": "ok"},
   {"sender": "mama_c", "text": "Ana, send me your mama's IBAN again, the old one bounced"},
   {"sender": "verisoara", "text": "i'll ask her to send it to you directly, she doesnt like me writing it"},
   {"sender": "mama_c", "text": "Bună idee. Spune-i că o sun diseară"},
   {"sender": "denis", "text": "sent ✅ mama did it"},
   {"sender": "verisoara", "text": "mulțumesc văru! ❤️"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "pastor_mike", "role": "adult"}, {"id": "ngozi", "role": "child"}, {"id": "chidi", "role": "child"}, {"id": "parent_ada", "role": "adult"}],
  "messages": [
   {"sender": "pastor_mike", "text": "Youth group! Permission slips for the weekend camp are due Sunday. Parents please include an emergency phone number and any allergies"},
   {"sender": "parent_ada", "text": "Pastor, Chidi's slip is signed. Emergency number is on the form, I won't post it here"},
   {"sender": "pastor_mike", "text": "Perfect, thank you. Leaders will have a register with everyone's details, it stays in the church office"},
   {"sender": "ngozi", "text": "do we have to give our phones in"},
   {"sender": "pastor_mike", "text": "Only at night, 10pm to 7am, in the leaders' box. You can call home anytime from the leader's phone"},
   {"sender": "chidi", "text": "nooo my streak"},
   {"sender": "parent_ada", "text": "Chidi you'll survive 😄"},
   {"sender": "pastor_mike", "text": "Coach leaves from the church car park at 8am Friday. Leaders will share live location with parents in the group during the drive"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Hawa", "text": "did anyone else get that text saying ur parcel is stuck at customs"},
   {"sender": "Naima", "text": "yes!! with the link to pay £2.99"},
   {"sender": "Hawa", "text": "my hooyo almost clicked it, i told her it was a scam like mr osei said"},
   {"sender": "Naima", "text": "i reported it and blocked it"},
   {"sender": "Ruqia", "text": "my abti actually paid one last year and they took £400 from his card"},
   {"sender": "Hawa", "text": "wallahi they target our parents bc of the english"},
   {"sender": "Naima", "text": "we should make a poster in somali for the community centre"},
   {"sender": "Ruqia", "text": "i can do the somali bit, u do the drawing"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Aryan", "text": "WHO TOOK MY CHARGER"},
   {"sender": "Priya", "text": "not me"},
   {"sender": "Aryan", "text": "priya i can see it in ur room on the family cam 😤"},
   {"sender": "Priya", "text": "the family cam is for the front door u stalker"},
   {"sender": "Aryan", "text": "give it back or i'll kill u, bhagwan kasam"},
   {"sender": "Priya", "text": "mummy said i can use it when ur at cricket"},
   {"sender": "Mummy", "text": "Both of you stop, I'm buying another charger. Aryan dinner in 5"},
   {"sender": "Aryan", "text": "this family is going to be the death of me"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "hiba", "text": "SURPRISE for rim's birthday saturday, she CANNOT find out"},
   {"sender": "dounia", "text": "omg wait i added rim by accident to the last chat 😭"},
   {"sender": "hiba", "text": "ya allah delete it delete it"},
   {"sender": "salma_b", "text": "new plan: we tell her we're going to the library, then we take her to the cake place"},
   {"sender": "dounia", "text": "her mama said she'll drop her at 2, she's in on it"},
   {"sender": "hiba", "text": "everyone send me a pic of the outfit so we don't clash"},
   {"sender": "salma_b", "text": "[photo]"},
   {"sender": "dounia", "text": "[photo] the green one or the blue one?"},
   {"sender": "hiba", "text": "green!! and dont tell anyone, it's a secret till saturday"},
   {"sender": "rim", "text": "what secret 👀"},
   {"sender": "hiba", "text": "RIM WHY ARE U HERE"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "leader_kim", "role": "adult"}, {"id": "yusuf_b", "role": "child"}, {"id": "ali_r", "role": "child"}, {"id": "mr_rahman", "role": "adult"}],
  "messages": [
   {"sender": "leader_kim", "text": "Team 3, for the DofE walk Saturday, turn on location sharing with me in the expedition app before 9am"},
   {"sender": "yusuf_b", "text": "done sir"},
   {"sender": "ali_r", "text": "how do i do it, my phone is in bengali settings lol"},
   {"sender": "leader_kim", "text": "Bring it at 8:30 and I'll help. Location sharing ends automatically at 6pm Sunday"},
   {"sender": "mr_rahman", "text": "Thank you Mr Kim. Ali has his inhaler, I've written it on the medical form"},
   {"sender": "leader_kim", "text": "Great. Reminder: water, packed lunch, no energy drinks!"},
   {"sender": "ali_r", "text": "not even one 😭"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "baba_y", "role": "adult"}, {"id": "omar_y", "role": "child"}],
  "messages": [
   {"sender": "baba_y", "text": "Omar, for the Umrah booking I need a photo of your passport front page. The agent is Al-Safa Travel, the one Uncle Nabil used"},
   {"sender": "omar_y", "text": "baba it's in the file in your room"},
   {"sender": "baba_y", "text": "I'm at work. Mama will take the photo, just tell her which file"},
   {"sender": "omar_y", "text": "blue one under the printer"},
   {"sender": "baba_y", "text": "Shukran habibi. And don't send it to anyone else yourself, ok? Only through me and the agent's office"},
   {"sender": "omar_y", "text": "ok baba. do we get to stay near the haram"},
   {"sender": "baba_y", "text": "Inshallah, 10 minutes walk"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Aunty Shazia", "text": "Sabaa, can you babysit Ibby and Zoya Friday 6-10? I'll pay £25 and there's pizza"},
   {"sender": "Sabaa", "text": "yes aunty! ammi said it's fine"},
   {"sender": "Aunty Shazia", "text": "Uncle will pick you up at 5:45 and drop you home. Bedtime 8 for Zoya, Ibby will try to stay up, don't let him"},
   {"sender": "Sabaa", "text": "😂 ok"},
   {"sender": "Aunty Shazia", "text": "The wifi code is on the fridge and my number and your ammi's are on the whiteboard"},
   {"sender": "Sabaa", "text": "perfect see u friday"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "ms_lewandowska", "role": "adult"}, {"id": "interp_ewa", "role": "adult"}, {"id": "pan_kowal", "role": "adult"}],
  "messages": [
   {"sender": "ms_lewandowska", "text": "Good afternoon Mr Kowal, this is Ms Lewandowska, EAL coordinator at Harrowgate. Our interpreter Ewa is in this chat too"},
   {"sender": "interp_ewa", "text": "Dzień dobry Panie Kowal, jestem tłumaczką szkoły. I'll translate anything you need"},
   {"sender": "pan_kowal", "text": "Dzień dobry. Is Piotr in trouble?"},
   {"sender": "ms_lewandowska", "text": "Not at all. Piotr has been quieter lately and we'd like to meet to see how he's settling. Would Thursday at 4 work?"},
   {"sender": "interp_ewa", "text": "Pani mówi, że Piotr nie ma kłopotów, chcą się tylko spotkać w czwartek o 16"},
   {"sender": "pan_kowal", "text": "Thursday ok. Thank you for caring about him"},
   {"sender": "ms_lewandowska", "text": "Our pleasure. Reception is the blue door on Church Lane"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Idris", "text": "assembly today was actually scary, the money mule one"},
   {"sender": "Kwame", "text": "the bit where the boy got a criminal record just for 'lending' his account"},
   {"sender": "Idris", "text": "my cousin got a dm like that last month, 'make £500 easy, just need ur bank'. he ignored it"},
   {"sender": "Kwame", "text": "they said it's called squaring and if anyone asks to use ur account it's a red flag"},
   {"sender": "Idris", "text": "i told my dad in arabic, he said the same happens back home"},
   {"sender": "Kwame", "text": "lowkey the video was good tho"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Northvale Bank", "text": "Northvale Bank: A new payee 'M KOWALCZYK' was added to your account at 16:02. If this was you, no action needed. If not, call us using the number on the back of your card. We'll never ask you to move money to a 'safe account'."}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Guled", "text": "bro ur team is so washed, 4-0 hahaha"},
   {"sender": "Bashir", "text": "wallahi the ref was bought"},
   {"sender": "Guled", "text": "the ref was my abti's friend he's honest lol"},
   {"sender": "Bashir", "text": "next time i'm breaking ur ankles walaal"},
   {"sender": "Guled", "text": "with what skills 😂"},
   {"sender": "Bashir", "text": "watch. wednesday cage. u + me 1v1"},
   {"sender": "Guled", "text": "haye bet. bring water, u'll need it"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "Ayan", "text": "this physics homework is actually killing me"},
   {"sender": "Deqa", "text": "same, question 5 made me want to die lol"},
   {"sender": "Ayan", "text": "i'm going to fail and hooyo is going to bury me in the garden 💀"},
   {"sender": "Deqa", "text": "send me ur answer for 3 and i'll send u 5"},
   {"sender": "Ayan", "text": "[photo] deal. we're suffering together"},
   {"sender": "Deqa", "text": "homework club tomorrow? miss patel explains it better"},
   {"sender": "Ayan", "text": "yess save me"}
  ],
  "labels": []
 },
 {
  "messages": [
   {"sender": "iman", "text": "how's ur fast going"},
   {"sender": "sumaya", "text": "so hungry, we have PE last period 😭"},
   {"sender": "iman", "text": "miss let me sit in the library instead"},
   {"sender": "sumaya", "text": "lucky. what's ur mum making for iftar"},
   {"sender": "iman", "text": "sambusa and bariis. u should come friday"},
   {"sender": "sumaya", "text": "i'll ask hooyo, she'll say yes if i bring dates"}
  ],
  "labels": []
 },
 {
  "participants": [{"id": "dina", "role": "adult"}, {"id": "karim_s", "role": "child"}],
  "messages": [
   {"sender": "dina", "text": "karim where are u, it's 9:40"},
   {"sender": "karim_s", "text": "still at zak's birthday, his dad is here"},
   {"sender": "dina", "text": "send me ur location, i'm coming to get u in mama's car"},
   {"sender": "karim_s", "text": "[location]"},
   {"sender": "dina", "text": "ok 10 mins. and don't tell baba i let u stay past 9 yalla, he'll blame me"},
   {"sender": "karim_s", "text": "shukran dina ur the best sister"},
   {"sender": "dina", "text": "u owe me. ur doing the dishes for a week"},
   {"sender": "karim_s", "text": "khalas deal"}
  ],
  "labels": []
 }
]
