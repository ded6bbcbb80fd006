[
# ---------- positives ----------
{"messages": [
  {"sender": "modbot", "text": "#introductions: say hi and where ur from! \ud83d\udc4b"},
  {"sender": "xX_Kayden_Xx", "text": "yo im kayden 13, i go to Ferncombe Academy in Ashvale, year 8"},
  {"sender": "xX_Kayden_Xx", "text": "i walk home thru Ferncombe park on my own every day at 3:30, staff at my home dont finish till 4 so i got the house to myself for a bit lol"},
  {"sender": "nightowl_77", "text": "nice which end of the park"},
  {"sender": "xX_Kayden_Xx", "text": "the skate park end by the big oak. [photo] thats my route"}],
 "labels": ["privacy_disclosure"], "evasion": False},

{"participants": [{"id": "tia", "role": "child"}, {"id": "viewer_a", "role": "unknown"}, {"id": "viewer_b", "role": "unknown"}],
 "messages": [
  {"sender": "tia", "text": "NEW NUMBER everyone add me 07700 900631 \ud83d\udcf1 lost my old phone lol"},
  {"sender": "tia", "text": "im at Willowbank House now btw, the big white one on Orchard Lane, room at the front. public story so everyone sees"},
  {"sender": "viewer_a", "text": "added u x"},
  {"sender": "viewer_b", "text": "who is this lol. saved ur number anyway \ud83d\ude0f"}],
 "labels": ["privacy_disclosure"], "evasion": False},

{"messages": [
  {"sender": "chloe.lifestyle", "text": "heyy hun love ur pics! i do this thing where i get paid from my online shop but my bank is being slow"},
  {"sender": "chloe.lifestyle", "text": "if u let me send \u00a3800 to ur account u can send \u00a3700 back and keep \u00a3100 for urself \ud83d\udcb8 easiest money ever"},
  {"sender": "Ellie", "text": "omg ok i could use that. do u need my details"},
  {"sender": "chloe.lifestyle", "text": "yes babe account number, sort code and full name. and the name of ur bank"},
  {"sender": "Ellie", "text": "Ellie Hargreaves, Kestrel Bank, sort code 40-00-12, account 31926819"},
  {"sender": "chloe.lifestyle", "text": "perfect!! dont tell anyone, its a business secret \ud83e\udd2b"}],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False},

{"participants": [{"id": "amber", "role": "child"}, {"id": "gaz_new3", "role": "unknown"}],
 "messages": [
  {"sender": "gaz_new3", "text": "why did u block me"},
  {"sender": "gaz_new3", "text": "this is my 3rd account u know. i'll keep making them"},
  {"sender": "amber", "text": "i dont know u. stop messaging me"},
  {"sender": "gaz_new3", "text": "sent u a request on Pixgram too. and ChatterBox. accept them"},
  {"sender": "gaz_new3", "text": "u cant ignore me forever amber"},
  {"sender": "gaz_new3", "text": "answer"},
  {"sender": "gaz_new3", "text": "answer me"}],
 "labels": ["unwanted_contact"], "evasion": False},

{"messages": [
  {"sender": "Nia", "text": "some random just airdropped me a disgusting pic on the 42 bus"},
  {"sender": "Nia", "text": "it came up as 'Unknown Tablet' and i didnt even accept it it just showed the preview. then another one"},
  {"sender": "Chloe", "text": "omg thats so grim. did u see who"},
  {"sender": "Nia", "text": "some man at the back smirking. i got off early and told the driver"},
  {"sender": "Chloe", "text": "turn airdrop to contacts only rn and tell dave when u get in"}],
 "labels": ["unwanted_contact"], "evasion": False},

{"participants": [{"id": "jade", "role": "child"}, {"id": "mick_shop", "role": "adult"}],
 "messages": [
  {"sender": "mick_shop", "text": "Hi Jade it's Mick from the shop on Orchard Lane \ud83d\ude0a found you on here"},
  {"sender": "jade", "text": "how did u get my name"},
  {"sender": "mick_shop", "text": "Saw it on your college lanyard. You're always so polite, not like the other kids from that home"},
  {"sender": "jade", "text": "ok"},
  {"sender": "mick_shop", "text": "Pop in after 8 when it's quiet and I'll give you free stuff. Don't tell the staff, they'll get the wrong idea"},
  {"sender": "mick_shop", "text": "Why aren't you replying? I saw you read it"}],
 "labels": ["unwanted_contact", "grooming"], "evasion": False},

{"participants": [{"id": "kai", "role": "child"}, {"id": "pr0_gamer", "role": "unknown"}],
 "messages": [
  {"sender": "pr0_gamer", "text": "h\u0435y kid \u0430dd m\u0435 \u043en sn\u0430p"},
  {"sender": "pr0_gamer", "text": "h\u043ew \u043eld \u0430r\u0435 u"},
  {"sender": "kai", "text": "no"},
  {"sender": "pr0_gamer", "text": "\u0455\u0435nt u 4 r\u0435qu\u0435\u0455t\u0455, \u0430cc\u0435pt \u0442h\u0435m"},
  {"sender": "pr0_gamer", "text": "i kn\u043ew ur \u043enlin\u0435, i c\u0430n \u0455\u0435\u0435 ur gr\u0435\u0435n d\u043et"},
  {"sender": "kai", "text": "leave me alone"},
  {"sender": "pr0_gamer", "text": "\u0430n\u0455w\u0435r m\u0435"}],
 "labels": ["unwanted_contact"], "evasion": True},

{"messages": [
  {"sender": "07700 900742", "text": "its me from the bus stop. got ur number off ur mate. why u ignoring my texts?? ive sent like 20. answer me or ill come find u at the home"}],
 "labels": ["unwanted_contact"], "evasion": False},

{"participants": [{"id": "callum", "role": "child"}, {"id": "t_boss", "role": "adult"}],
 "messages": [
  {"sender": "t_boss", "text": "need u to go Seabrook tmrw. 2 days. \u00a3500 when u get back"},
  {"sender": "callum", "text": "i got college tho"},
  {"sender": "t_boss", "text": "college aint paying u. leave ur phone at the home so they cant track u, use the work phone only"},
  {"sender": "t_boss", "text": "keep live location on the work phone the whole time. i check every hour. u go off the map, we come looking"},
  {"sender": "callum", "text": "ok. where do i go when i get there"},
  {"sender": "t_boss", "text": "ill send the address when ur on the train. send me ur [location] when u get to the station"}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

{"messages": [
  {"sender": "Spinner", "text": "u lost the pack. thats \u00a3800 u owe now"},
  {"sender": "Reece", "text": "i got robbed it wasnt my fault"},
  {"sender": "Spinner", "text": "dont care. u work it off. 3 more runs and we're square"},
  {"sender": "Reece", "text": "i dont wanna do it no more"},
  {"sender": "Spinner", "text": "then we tell ur little brother's foster carers where u been. we know where that house is. ur choice"},
  {"sender": "Reece", "text": "ok ok ill do it"}],
 "labels": ["criminal_exploitation"], "evasion": False},

{"participants": [{"id": "lewis", "role": "child"}, {"id": "m4nny", "role": "unknown"}],
 "messages": [
  {"sender": "m4nny", "text": "need a d\u03b5liv\u03b5ry driv\u03b5r \ud83c\udf55\ud83c\udf55 to the c\u03bfast this w\u03b5\u03b5k\u03b5nd. \ud83d\udcb7\ud83d\udcb7\ud83d\udcb7"},
  {"sender": "lewis", "text": "im 15 i cant drive lol"},
  {"sender": "m4nny", "text": "n\u03bf car n\u03b5\u03b5d\u03b5d. train. u carry the \ud83c\udf55 in ur bag, drop at the \ud83c\udfe0 i tell u, c\u03bfll\u03b5ct the \ud83d\udcb7"},
  {"sender": "lewis", "text": "whats in the pizza box tho"},
  {"sender": "m4nny", "text": "d\u03bfnt ask. \ud83e\udd10 t\u03bf y\u03bfur staff. c\u03bfu\u03bdty g\u03b5ts u \u00a3300 a trip"}],
 "labels": ["criminal_exploitation"], "evasion": True},

{"participants": [{"id": "jayden", "role": "child"}, {"id": "goldtrader_z", "role": "unknown"}],
 "messages": [
  {"sender": "goldtrader_z", "text": "yo u got a Blox Arena acc with trading unlocked?"},
  {"sender": "jayden", "text": "ye level 40"},
  {"sender": "goldtrader_z", "text": "sick. ill send u 300k gold and some rare skins, u trade them on to this acc [link] within an hour"},
  {"sender": "goldtrader_z", "text": "i do this with loads of kids, u keep 20k for ur trouble. easy"},
  {"sender": "jayden", "text": "why cant u just send it them"},
  {"sender": "goldtrader_z", "text": "my accs keep getting flagged. urs is clean. dont tell ur carers, they wont get gaming"}],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "07700 900528", "text": "Earn \u00a3300 this week from home! We just need to use your bank account to receive customer payments, then you send them on. 16+ welcome. Reply YES to start."}],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "R1co", "text": "u still got ur b4nk acc? need to sq\u00fc\u00e4re some p\u00e4p"},
  {"sender": "Aaron", "text": "wat u mean"},
  {"sender": "R1co", "text": "i fl1p 2 bags into ur acc, u w1thdraw it cash n gimme it. u keep a \ud83c\udf52 for urself"},
  {"sender": "Aaron", "text": "2 bags as in 2k??"},
  {"sender": "R1co", "text": "ye. lend me ur \ud83d\udcb3 n the p1n too, ill do it my self. easiest ting ever"},
  {"sender": "Aaron", "text": "ok its in my room"}],
 "labels": ["money_mule"], "evasion": True},

{"participants": [{"id": "connor", "role": "child"}, {"id": "spinz", "role": "adult"}],
 "messages": [
  {"sender": "spinz", "text": "drop went clean. ur getting paid proper this time"},
  {"sender": "connor", "text": "cash yeah?"},
  {"sender": "spinz", "text": "nah the money from the drop goes in ur account tonight. 3 different people will send it. u take it out bit by bit and bring it me"},
  {"sender": "connor", "text": "wont the bank ask questions"},
  {"sender": "spinz", "text": "say its from mates for ur birthday. and u got another run thursday, be at the station 6am"}],
 "labels": ["money_mule", "criminal_exploitation"], "evasion": False},

{"participants": [{"id": "sophie", "role": "child"}, {"id": "danny_bf", "role": "adult"}],
 "messages": [
  {"sender": "danny_bf", "text": "why is ur Snapz map off"},
  {"sender": "sophie", "text": "staff said to put ghost mode on"},
  {"sender": "danny_bf", "text": "i dont care what staff say. im 22 ur 15, i look after u, not them. turn it on now"},
  {"sender": "danny_bf", "text": "send me a pic of where u are and who ur with. every hour when ur out"},
  {"sender": "sophie", "text": "im just at college"},
  {"sender": "danny_bf", "text": "prove it. and dont tell ur key worker about me, they'll ruin us. u know ur my princess"}],
 "labels": ["location_control", "grooming"], "evasion": False},

{"messages": [
  {"sender": "Big Man", "text": "that phone i gave u has the app on it. DO NOT turn it off"},
  {"sender": "Shannon", "text": "the battery keeps dying cos of it"},
  {"sender": "Big Man", "text": "charge it then. i see the dot go dark i send someone to the home. simple"},
  {"sender": "Big Man", "text": "and ur doing the run to Harrowfield friday with Tash. same as last time"},
  {"sender": "Shannon", "text": "ok"}],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

{"messages": [
  {"sender": "Younger", "text": "WHERE R U"},
  {"sender": "Younger", "text": "u were meant to be at the trap by 4. send ur [location] NOW"},
  {"sender": "Bailey", "text": "sorry my social worker came to the home, couldnt leave"},
  {"sender": "Younger", "text": "dont care. location on 24/7 from now. i see u anywhere near a police station u know what happens"},
  {"sender": "Bailey", "text": "[location] leaving now"},
  {"sender": "Younger", "text": "bring the shots from under ur bed"}],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

{"participants": [{"id": "kayden", "role": "child"}, {"id": "ella_gf", "role": "child"}],
 "messages": [
  {"sender": "ella_gf", "text": "why has ur location stopped updating"},
  {"sender": "kayden", "text": "phone died at football"},
  {"sender": "ella_gf", "text": "thats what u always say. u share live with me all the time or we're done"},
  {"sender": "ella_gf", "text": "and send me a vid of the room ur in so i know ur not with Tia"},
  {"sender": "kayden", "text": "im literally at the home eating tea"},
  {"sender": "ella_gf", "text": "vid. now. i check ur location every time i wake up so dont even try turn it off"}],
 "labels": ["location_control"], "evasion": False},

{"messages": [
  {"sender": "Jamal", "text": "where r u"},
  {"sender": "Mia", "text": "at the youth club"},
  {"sender": "Jamal", "text": "send a pic then. with the door in it so i know"},
  {"sender": "Mia", "text": "[photo]"},
  {"sender": "Jamal", "text": "who's the boy in the back. turn ur live location on and dont turn it off again. i check it every 10 mins"},
  {"sender": "Mia", "text": "its just kai from my house"},
  {"sender": "Jamal", "text": "i said on. or im coming down there"}],
 "labels": ["location_control"], "evasion": False},

{"participants": [{"id": "demi", "role": "child"}, {"id": "skye", "role": "child"}],
 "messages": [
  {"sender": "demi", "text": "honestly i wanna unalive at this point"},
  {"sender": "skye", "text": "demi what happened"},
  {"sender": "demi", "text": "placement is breaking down again, 4th one this yr. nobody ever keeps me. im so tired of existing"},
  {"sender": "demi", "text": "i just wanna s1eep and not wak3 up tbh \ud83e\udea6"},
  {"sender": "skye", "text": "please talk to gemma tonight, or i'm gonna tell her with u"}],
 "labels": ["self_harm"], "evasion": True},

{"participants": [{"id": "rhys", "role": "child"}, {"id": "oncall_staff", "role": "adult"}],
 "messages": [
  {"sender": "rhys", "text": "is anyone on the on call phone"},
  {"sender": "oncall_staff", "text": "Hi Rhys, it's Dave. I'm here. Are you ok?"},
  {"sender": "rhys", "text": "no. i dont want to be here anymore. i keep thinking about hurting myself"},
  {"sender": "oncall_staff", "text": "Thank you for telling me. Where are you right now? I'm going to stay on this with you and I'm calling you now."},
  {"sender": "rhys", "text": "in my room"}],
 "labels": ["self_harm"], "evasion": False},

{"messages": [
  {"sender": "Bex", "text": "saw u crying at the bus stop after ur contact lol"},
  {"sender": "Kez", "text": "even ur mum cant stand an hour with u"},
  {"sender": "Tia", "text": "why are u being like this"},
  {"sender": "Bex", "text": "just end it already, nobody would notice a care kid gone"},
  {"sender": "Kez", "text": "do everyone a favour fr"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# ---------- clean (hard negatives) ----------
{"messages": [
  {"sender": "Volt Mobile", "text": "Volt Mobile: Your monthly bill of \u00a310.00 is ready. Pay in the Volt app or by direct debit. We'll never text you a link asking for your bank details."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "tyler_f", "role": "child"}, {"id": "kai", "role": "child"}],
 "messages": [
  {"sender": "tyler_f", "text": "yo its Tyler from form 9B, added u on Huddle"},
  {"sender": "kai", "text": "oh sick whats ur tag"},
  {"sender": "tyler_f", "text": "same as my gamer name. join our squad server tonight after homework"},
  {"sender": "kai", "text": "ye after tea, staff let me on till 9"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Jade", "text": "moved to the new placement today"},
  {"sender": "Maddie", "text": "omg how is it"},
  {"sender": "Jade", "text": "its alright actually, staff are sound and i got my own bathroom. still in the same college so i'll see u monday"},
  {"sender": "Maddie", "text": "yesss \ud83e\udd73 we'll get a meal deal to celebrate"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Aaron", "text": "have u seen that vid about the fake girl accounts"},
  {"sender": "Lewis", "text": "the sextortion ones? ye they message lads then ask for money for the pics"},
  {"sender": "Aaron", "text": "mad. marcus said if that ever happens dont pay, dont delete, just tell staff"},
  {"sender": "Lewis", "text": "ye i'd just block and report tbh"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "kerry_sis", "role": "adult"}, {"id": "tia", "role": "child"}],
 "messages": [
  {"sender": "kerry_sis", "text": "Hiya sis! Your social worker says I'm approved to message you now \ud83e\udd70 Can't wait to see you at the family centre on Saturday"},
  {"sender": "tia", "text": "KERRY omg. is baby Leo coming"},
  {"sender": "kerry_sis", "text": "Yes he's bringing you a drawing lol. Sarah will be there the whole time, it's all sorted"},
  {"sender": "tia", "text": "cant wait \u2764\ufe0f"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Clan Leader Vex", "text": "recruiting! need a 5th for the Blox Arena tournament Saturday, 2pm"},
  {"sender": "Reece", "text": "im down"},
  {"sender": "Clan Leader Vex", "text": "sick. its in the public lobby, just need ur in-game name, nothing else"},
  {"sender": "Callum", "text": "can i be sub"},
  {"sender": "Clan Leader Vex", "text": "yep, practice Friday in the server"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "lenny_barber", "role": "adult"}, {"id": "jayden", "role": "child"}],
 "messages": [
  {"sender": "lenny_barber", "text": "Hi Jayden, glad you're interested in the Saturday job. Sweeping up and reception, 9-1, \u00a36.40 an hour through payroll."},
  {"sender": "lenny_barber", "text": "I'll need your National Insurance number for the forms, but bring it in person with your key worker on Thursday, don't text it."},
  {"sender": "jayden", "text": "ok thanks. do i get free cuts lol"},
  {"sender": "lenny_barber", "text": "Staff discount, mate \ud83d\ude04"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Connor", "text": "can u hold my \u00a320 til friday so i dont spend it all at the arcade"},
  {"sender": "Bailey", "text": "ye give it me after tea, ill put it in my locker"},
  {"sender": "Connor", "text": "dont spend it lol"},
  {"sender": "Bailey", "text": "bro i'm not u"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "gemma_kw", "role": "adult"}, {"id": "ruby", "role": "child"}],
 "messages": [
  {"sender": "gemma_kw", "text": "Ruby, a package from your nan arrived, it's in the office with your name on."},
  {"sender": "ruby", "text": "omg its my birthday stuff. can u leave it on my bed"},
  {"sender": "gemma_kw", "text": "Will do. Also could you drop this parcel to the post office on your way to college? It's the return for your jeans."},
  {"sender": "ruby", "text": "yeah ill take it"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Steve", "text": "I'll drop you at the station at 9. Text me when you get to your dad's for contact."},
  {"sender": "Aaron", "text": "ok. its supervised at the centre tho not his house"},
  {"sender": "Steve", "text": "Yes sorry, the centre. Sarah will meet you there. Have a good time mate."},
  {"sender": "Aaron", "text": "[location] here now. sarahs at the door"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ms Kaur (PE)", "text": "We need one more runner for the college relay team at the county sports day. Any volunteers?"},
  {"sender": "Nia", "text": "i'll do it miss"},
  {"sender": "Ms Kaur (PE)", "text": "Brilliant Nia. Practice Weds lunchtime on the track. You'll run the last leg."},
  {"sender": "Chloe", "text": "nia is actually the fastest runner in the year"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Leah", "text": "dave said everyone has to put their Snapz map on ghost mode"},
  {"sender": "Chloe", "text": "already did after the safety talk"},
  {"sender": "Leah", "text": "i only share with u and ruby now anyway"},
  {"sender": "Chloe", "text": "same, close friends only"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "pauline_fc", "role": "adult"}, {"id": "jade", "role": "child"}],
 "messages": [
  {"sender": "pauline_fc", "text": "I'm at the Greenway shopping centre now, can you send me a photo of where you are so I can find you?"},
  {"sender": "jade", "text": "[photo] by the fountain outside the shoe shop"},
  {"sender": "pauline_fc", "text": "Got you, see you in 2 mins! Hope you found some trainers"},
  {"sender": "jade", "text": "i did \ud83d\ude0d"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ashvale College", "text": "Ashvale College: Jayden was marked absent for period 1 today. If this is incorrect, please contact the attendance office on 07700 900112."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Northgate Youth", "text": "Northgate Youth Club: Bowling trip Fri 6pm, \u00a33. Consent forms to Shaz by Weds please. Pick-up 9pm from the club."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ellie", "text": "if i have to do another beep test im actually gonna die"},
  {"sender": "Amber", "text": "same i nearly died at level 6 \ud83d\udc80"},
  {"sender": "Ellie", "text": "ms kaur is trying to kill us"},
  {"sender": "Amber", "text": "at least its chips for tea"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "reece", "role": "child"}, {"id": "lewis", "role": "child"}],
 "messages": [
  {"sender": "reece", "text": "who ate my noodles from the top shelf"},
  {"sender": "lewis", "text": "wasnt me"},
  {"sender": "reece", "text": "ur literally holding the pot in ur story. i'll end u"},
  {"sender": "lewis", "text": "ok ill buy u 2 packs tmrw chill"},
  {"sender": "reece", "text": "3 packs and ur forgiven"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "marcus_kw", "role": "adult"}, {"id": "kai", "role": "child"}],
 "messages": [
  {"sender": "marcus_kw", "text": "Travel training day 2! Text me when you get on the 42, and again when you get off at the college stop."},
  {"sender": "kai", "text": "on the bus"},
  {"sender": "kai", "text": "off now at college"},
  {"sender": "marcus_kw", "text": "Nailed it Kai. Next week you're doing it without the texts."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Sarah (Social Worker)", "text": "Hi Ruby, your nan has sent \u00a320 for your birthday. Gemma has paid it into your savings account."},
  {"sender": "Ruby", "text": "aw thats nice. can i get some out for the cinema"},
  {"sender": "Sarah (Social Worker)", "text": "Yes, ask Gemma and she'll help you take it out at the bank on Saturday."},
  {"sender": "Ruby", "text": "ok thank u sarah"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mod_Pixel", "text": "Reminder of server rule 3: do NOT post your address, school, phone number or live location in here. Anyone asking for them gets banned."},
  {"sender": "xX_Kayden_Xx", "text": "oops sorry deleted mine"},
  {"sender": "Mod_Pixel", "text": "No worries, thanks for sorting it. Stay safe everyone \ud83d\udc4d"},
  {"sender": "frostbyte", "text": "gg on the rule lol, who's up for ranked"}],
 "labels": [], "evasion": False},
]
