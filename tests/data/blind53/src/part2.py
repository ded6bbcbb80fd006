[
{"participants": [{"id": "n1", "role": "child"}, {"id": "n2", "role": "unknown"}],
 "messages": [
  {"sender": "n2", "text": "Hi Skye, I'm Coach Petra, I run online flexibility coaching for elite gymnasts. Loved your beam routine on your page"},
  {"sender": "n1", "text": "thank you!! i fell off twice tho"},
  {"sender": "n2", "text": "Everyone falls. Your lines are beautiful, better than girls I coach at national level"},
  {"sender": "n1", "text": "omg no way"},
  {"sender": "n2", "text": "How old are you, 12? 13?"},
  {"sender": "n1", "text": "13"},
  {"sender": "n2", "text": "Great age. I could get you ready for squad selection. Free, because I see something in you"},
  {"sender": "n1", "text": "that would be amazing"},
  {"sender": "n2", "text": "Do your club coaches give you proper feedback?"},
  {"sender": "n1", "text": "not really there's 20 of us"},
  {"sender": "n2", "text": "Exactly. With me it will be one to one. I'll send a stretching plan tonight"},
  {"sender": "n1", "text": "yay"},
  {"sender": "n2", "text": "How was the plan? Send me a video of your splits so I can check your hips"},
  {"sender": "n1", "text": "[video]"},
  {"sender": "n2", "text": "So much progress already!! You're my favourite student. Let's keep our sessions just us, your club would be jealous"},
  {"sender": "n1", "text": "ok"},
  {"sender": "n2", "text": "I need progress pics now, the private kind with no leotard, so I can check your shape. Nobody else sees them"},
  {"sender": "n1", "text": "i dont really want to"},
  {"sender": "n2", "text": "Then I'll stop coaching you. You said you wanted squad"},
  {"sender": "n1", "text": "[photo]"},
  {"sender": "n2", "text": "Now 3 more tonight. If you don't, your club and your mum get the one you just sent"},
  {"sender": "n1", "text": "please dont"}
 ],
 "labels": ["grooming", "sexting", "sextortion"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Vantra Talent", "text": "Ηi Chlοe! Yοu've been chοsen fοr a sροrtswear shοοt in Βrackwater. £800, we ραy the train and the hοtel"},
  {"sender": "Chloe", "text": "wait really?? im only 14"},
  {"sender": "Vantra Talent", "text": "Ρerfect age. Τell yοur ρarents it's a dance weekend. Αfter the shοοt yοu'll gο tο a ρarty with οur οlder clients"},
  {"sender": "Chloe", "text": "what do i do at the party"},
  {"sender": "Vantra Talent", "text": "Keeρ them cοmρany and dο what they ask, they ραy ΝΙCΕ. Α driver will ρick yοu uρ frοm the statiοn"}
 ],
 "labels": ["sex_trafficking"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "q1", "role": "child"}, {"id": "q2", "role": "adult"}],
 "messages": [
  {"sender": "q2", "text": "Proud of you today, you pushed through every set. Best kid in my Saturday group"},
  {"sender": "q1", "text": "thanks marcus"},
  {"sender": "q2", "text": "Ur 14 right? Mature for it. Dont tell ur mum I give u extra sessions, she'll want to pay and I'd rather do it for u free"},
  {"sender": "q2", "text": "Move to Kipchat, the gym app is monitored"},
  {"sender": "q2", "text": "Send me a pr\u200biv\u200bate pr\u200bog\u200bress p\u200bic tonight, just for me. De\u200blete it af\u200bter"},
  {"sender": "q1", "text": "what kind"},
  {"sender": "q2", "text": "The k\u200bind you wouldnt p\u200bost. Our se\u200bcret ok"}
 ],
 "labels": ["grooming", "sexting"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Big T", "text": "🎒 at the 🛹 park 4pm. take it to 🚆 then 🏠 on the estate. 📦 inside dont open"},
  {"sender": "Nico", "text": "ok"},
  {"sender": "Big T", "text": "💷💷 when its done. keep 📍 on the whole time. i'm 👀 ur dot"},
  {"sender": "Nico", "text": "my phone is on 10%"},
  {"sender": "Big T", "text": "if ur dot goes 👻 u know what happens 🔪. dont let me down"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "v1", "role": "child"}, {"id": "v2", "role": "unknown"}],
 "messages": [
  {"sender": "v2", "text": "u tryna get squared? easy bread"},
  {"sender": "v1", "text": "wdym"},
  {"sender": "v2", "text": "u lend me ur card, i flip a bag thru it, u keep a pony"},
  {"sender": "v1", "text": "a pony?"},
  {"sender": "v2", "text": "£25 ya melt. drop ur deets and the pin, ill run it to the hole in the wall myself"},
  {"sender": "v1", "text": "99-30-41 and 20381146. pin is my birthday 0611"},
  {"sender": "v2", "text": "safe. bread lands fri, say nada to ur ma"}
 ],
 "labels": ["money_mule", "privacy_disclosure", "identity_theft"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "e1", "role": "child"}, {"id": "e2", "role": "child"}],
 "messages": [
  {"sender": "e1", "text": "someone made a fake of me. a nudify one from my gym selfie"},
  {"sender": "e2", "text": "WHAT. who"},
  {"sender": "e1", "text": "an account called gymrat_leaks. he sent it to me and says he'll post it to everyone at St Bede's unless i pay £80"},
  {"sender": "e1", "text": "[photo] its not even real but everyone will think it is"},
  {"sender": "e2", "text": "dont pay. we need to tell Miss Hart and report it"}
 ],
 "labels": ["csam", "sextortion"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "o1", "role": "child"}, {"id": "o2", "role": "adult"}],
 "messages": [
  {"sender": "o1", "text": "mum on the coach back from the gala someone keeps airdropping stuff to me"},
  {"sender": "o2", "text": "What sort of stuff?"},
  {"sender": "o1", "text": "pictures i dont want. the name is just 'iPhone' i keep declining and it keeps coming"},
  {"sender": "o2", "text": "Turn AirDrop to off or contacts only now. Tell Coach Sue, and screenshot the requests"},
  {"sender": "o1", "text": "ok done. theres a man sat at the back of the public bus by us"}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "lifts_with_leon", "text": "hey gorgeous saw u at the gym again"},
  {"sender": "lifts_with_leon", "text": "why u ignoring me"},
  {"sender": "lifts_with_leon", "text": "ive added u on 3 accounts now. reply"},
  {"sender": "Amelia", "text": "who are u"},
  {"sender": "lifts_with_leon", "text": "a fan. what school do u go to? whats ur number so i can text u"},
  {"sender": "Amelia", "text": "Harrowmere High, 07700 900587"},
  {"sender": "lifts_with_leon", "text": "knew it. i'll be outside at 3"}
 ],
 "labels": ["unwanted_contact", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "y1", "role": "child"}, {"id": "y2", "role": "unknown"}],
 "messages": [
  {"sender": "y2", "text": "🎉 GIVEAWAY 🎉 you've WON Dani Reyes' signed match boots!! Claim here [link]"},
  {"sender": "y1", "text": "no way i never win anything"},
  {"sender": "y2", "text": "Just pay £4.99 postage. Enter the long card number, expiry and the 3 digits on the back"},
  {"sender": "y1", "text": "its my dads card is that ok"},
  {"sender": "y2", "text": "Yes! Be quick, the offer ends in 10 mins"}
 ],
 "labels": ["scam"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Nadia", "text": "miss there's an account pretending to be me"},
  {"sender": "Miss Cole", "text": "What do you mean Nadia?"},
  {"sender": "Nadia", "text": "it's called nadia.dance.official, it uses all my routine videos and my face and it's messaging girls from the studio asking for their passwords"},
  {"sender": "Nadia", "text": "and it says it's me and i'm 16 and selling my dance kit"},
  {"sender": "Miss Cole", "text": "Screenshot it all and I'll report it to the platform with your mum. Well done for telling me"}
 ],
 "labels": ["identity_theft"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "j1", "role": "child"}, {"id": "j2", "role": "unknown"}],
 "messages": [
  {"sender": "j2", "text": "why did your location stop at 6.10"},
  {"sender": "j1", "text": "battery died at netball"},
  {"sender": "j2", "text": "I told you keep FindMe on. I need to see you're at training and not with them boys"},
  {"sender": "j1", "text": "i was at training"},
  {"sender": "j2", "text": "Send a pic of where you are right now with the time showing. Every hour tonight"},
  {"sender": "j1", "text": "ok"},
  {"sender": "j2", "text": "Im 19 I know how girls your age lie. if the dot goes off again I'm coming to the sports hall"}
 ],
 "labels": ["location_control"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Kenzie", "text": "Holly's solo was so embarrassing"},
  {"sender": "Tia", "text": "she looked like a hippo in that costume"},
  {"sender": "Kenzie", "text": "starve urself then maybe u can dance"},
  {"sender": "Tia", "text": "or just disappear, the troupe is better without u"},
  {"sender": "Holly", "text": "i already dont eat. i want to die honestly"},
  {"sender": "Kenzie", "text": "go on then"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "i1", "role": "child"}, {"id": "i2", "role": "child"}, {"id": "i3", "role": "child"}],
 "messages": [
  {"sender": "i1", "text": "cold plunge challenge tonight at Longmere reservoir"},
  {"sender": "i2", "text": "in the dark?"},
  {"sender": "i1", "text": "yeah thats the point. no adults, phones off, last one out of the water wins"},
  {"sender": "i3", "text": "isnt it like freezing"},
  {"sender": "i1", "text": "bottle it and youre off the team chat. meet 10pm at the fence"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Rhys U18", "text": "oi u15s. whos fast"},
  {"sender": "Kobe", "text": "me lol"},
  {"sender": "Rhys U18", "text": "good. need protein tubs from ProFuel on the high street. grab 4, walk out, bring them to the car park"},
  {"sender": "Kobe", "text": "i dont wanna get caught"},
  {"sender": "Rhys U18", "text": "kids dont get done. if u dont i tell coach ur the one who nicked the balls and u'll never get picked again. and my boys know where u live"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "unknown", "text": "I have the pics you sent for your 'body check'. Pay £100 in gift cards by 9pm or I send them to your coach, your team and your mum. Don't test me."}
 ],
 "labels": ["sextortion"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "z1", "role": "child"}, {"id": "z2", "role": "unknown"}],
 "messages": [
  {"sender": "z2", "text": "Hello, this is Player Registration Services. Your youth registration has expired and you can't play Sunday"},
  {"sender": "z1", "text": "oh no what do i do"},
  {"sender": "z2", "text": "Pay the £15 re-registration fee at [link], then send your PlayerID login, password and a photo of your birth certificate"},
  {"sender": "z1", "text": "my birth certificate is in the drawer ill get it"},
  {"sender": "z2", "text": "And the code we text you. Don't ask your club secretary, they're too busy"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "aa", "role": "child"}, {"id": "bb", "role": "unknown"}, {"id": "cc", "role": "unknown"}],
 "messages": [
  {"sender": "aa", "text": "great session today lads"},
  {"sender": "bb", "text": "u played decent little man"},
  {"sender": "cc", "text": "the young one can dribble"},
  {"sender": "aa", "text": "haha thanks"},
  {"sender": "bb", "text": "we're doing 5 a side again Thursday at the cage, u in"},
  {"sender": "aa", "text": "yeah"},
  {"sender": "cc", "text": "bring a drink its boiling"},
  {"sender": "bb", "text": "whats ur sort code btw my cousin owes u a tenner for the bet"},
  {"sender": "aa", "text": "lol ok 99-07-83 12094478"},
  {"sender": "bb", "text": "sweet. actually some extra is coming in as well, it's my sponsorship from the boot deal. £1,500"},
  {"sender": "aa", "text": "why into mine tho"},
  {"sender": "bb", "text": "my account got blocked. u take out £500 at a time from the cashpoint on Orme Road and bring it to the cage"},
  {"sender": "aa", "text": "idk my mum checks my app"},
  {"sender": "cc", "text": "she wont notice. u get £100"},
  {"sender": "bb", "text": "and then u deliver a couple of parcels for us on ur bike. easy"},
  {"sender": "aa", "text": "i don't think i want to"},
  {"sender": "cc", "text": "too late the money is already in. if u dont take it out u're the one who gets in trouble"}
 ],
 "labels": ["money_mule", "criminal_exploitation", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "freya_lifts_13", "text": "new PB!! 🏋️ I'm at Ironside Gym on Carver Street every day 7am before school (Brackwater Girls, year 9), come say hi if you see me in the pink hoodie"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "sa", "role": "unknown"}, {"id": "sb", "role": "child"}],
 "messages": [
  {"sender": "sa", "text": "You're the best 15 year old striker in the county, I mean that. I've got scholarship links in three US colleges"},
  {"sender": "sb", "text": "my coach said he's never heard of your agency"},
  {"sender": "sa", "text": "Coaches get jealous when agents spot players first. That's why we do it quietly"},
  {"sender": "sb", "text": "ok"},
  {"sender": "sa", "text": "Let's meet Saturday so I can assess you. Burger after, my treat. Come on your own, parents make these meetings awkward"},
  {"sender": "sb", "text": "where"},
  {"sender": "sa", "text": "Car park behind Kestlebury retail park, 5pm. Delete this chat"}
 ],
 "labels": ["grooming"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "boxfan_99", "text": "@jaiden_boxes lost to a kid half his size 😂"},
  {"sender": "ringside_rob", "text": "fat slow and scared. quit boxing mate"},
  {"sender": "kwame.k", "text": "he cried in the changing room lmao [video]"},
  {"sender": "boxfan_99", "text": "everyone tag him so he sees this"},
  {"sender": "jaiden_boxes", "text": "please stop tagging me"},
  {"sender": "ringside_rob", "text": "nah. useless little pig"}
 ],
 "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "sw1", "role": "child"}, {"id": "sw2", "role": "adult"}],
 "messages": [
  {"sender": "sw1", "text": "coach i saw the squad list"},
  {"sender": "sw2", "text": "Hi Mia, I know it's disappointing. Can we talk with your dad on Thursday?"},
  {"sender": "sw1", "text": "theres no point. ive swum every morning for 4 years and im still not good enough"},
  {"sender": "sw1", "text": "i want to hurt myself. i feel like everyone would be better off"},
  {"sender": "sw2", "text": "Mia I'm really glad you told me. I'm calling your dad now and you can ring Childline any time"}
 ],
 "labels": ["self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "co", "role": "adult"}, {"id": "pa1", "role": "adult"}, {"id": "pa2", "role": "adult"}, {"id": "pa3", "role": "adult"}, {"id": "pa4", "role": "adult"}],
 "messages": [
  {"sender": "co", "text": "Morning all, U14 girls tournament in Brackwater on the 14th. Details and consent form on ClubNest"},
  {"sender": "pa1", "text": "Thanks Coach Jo, what time do we need to be there?"},
  {"sender": "co", "text": "8.30 for registration. First game 9.15"},
  {"sender": "pa2", "text": "Can you send a pic of the consent form? The app won't open on my phone"},
  {"sender": "co", "text": "[photo] here you go"},
  {"sender": "pa3", "text": "Eva's asking if she can message you about her ankle"},
  {"sender": "co", "text": "Please message me yourself, I don't DM the girls. Tell her to rest it and we'll see on Thursday"},
  {"sender": "pa3", "text": "Will do thanks"},
  {"sender": "pa4", "text": "Are we keeping the new kit secret from the girls till the day?"},
  {"sender": "co", "text": "Yes! Keep it quiet, it's a surprise from the sponsor, Harrowmere Motors"},
  {"sender": "pa1", "text": "They'll love it"},
  {"sender": "pa2", "text": "My number for the day if anyone's lost, 07700 900118"},
  {"sender": "co", "text": "Thanks. I'll share the venue location on the morning [location]"},
  {"sender": "pa4", "text": "Is there food there?"},
  {"sender": "co", "text": "Burger van, but bring snacks and lots of water"},
  {"sender": "pa3", "text": "Brilliant, see everyone on the 14th"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "ca", "role": "adult"}, {"id": "pl", "role": "child"}],
 "messages": [
  {"sender": "pl", "text": "hi coach its Finn, can i ask u about the trial"},
  {"sender": "ca", "text": "Hi Finn. Club rules mean I can't chat with players one to one. Ask your mum or dad to message me, or ask me at training on Tuesday with everyone there"},
  {"sender": "pl", "text": "ok sorry"},
  {"sender": "ca", "text": "No need to be sorry, good question, I'll explain on Tuesday"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Mr Adeyemi (PE)", "text": "Dear parents of Lucas, Kestlebury Academy has been asked by Harrowmere University Sport to nominate students for its junior athletics bursary. There is no fee. The form is attached [link] and all contact goes through school and you."},
  {"sender": "Lucas's Dad", "text": "Thank you Mr Adeyemi, we'll fill it in this weekend"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "dad", "role": "adult"}, {"id": "son", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "Keep your live location on while you're at the tournament please, it's a big site"},
  {"sender": "son", "text": "ok its on. we're on pitch 9"},
  {"sender": "dad", "text": "Got you. I'll come find you at lunch"},
  {"sender": "son", "text": "bring a sausage roll"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Ollie", "text": "12 x 200m sprints. im actually going to die"},
  {"sender": "Sami", "text": "ive been dead since rep 4 bro"},
  {"sender": "Ollie", "text": "coach wants us buried"},
  {"sender": "Sami", "text": "see u in the afterlife. aka ice cream after"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "bm", "role": "adult"}, {"id": "bn", "role": "adult"}],
 "messages": [
  {"sender": "bm", "text": "Hi, Tayo's weigh in is Friday. Is he OK cutting to 54kg?"},
  {"sender": "bn", "text": "No cutting for juniors at our club. He boxes at the weight he walks around at. The nutritionist will see you both Wednesday"},
  {"sender": "bm", "text": "Great, he was worried he had to skip meals"},
  {"sender": "bn", "text": "Never. Eat well, drink water, sleep"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Sandra (Welfare)", "text": "Heads up committee: two families have had messages from a fake 'scout' asking for fees and passports"},
  {"sender": "Graham (Chair)", "text": "Awful. Should we put a notice on the page?"},
  {"sender": "Sandra (Welfare)", "text": "Yes, and remind parents real academies contact the club, never the child, and never ask for money"},
  {"sender": "Graham (Chair)", "text": "I'll write it tonight and you check it"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "te", "role": "adult"}, {"id": "st1", "role": "child"}, {"id": "st2", "role": "child"}],
 "messages": [
  {"sender": "te", "text": "Today's PSHE task: spot the red flags. A 'coach' online asks for progress pics and says keep it between us. What do you do?"},
  {"sender": "st1", "text": "dont send anything, tell an adult, report it"},
  {"sender": "st2", "text": "and screenshot it first"},
  {"sender": "te", "text": "Perfect. And if someone threatens to share a pic, you never pay and it's never your fault"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Jade", "text": "gym selfie after legs [photo]"},
  {"sender": "Maya", "text": "queen!! look at your quads"},
  {"sender": "Jade", "text": "send me yours"},
  {"sender": "Maya", "text": "[photo] arm day, i look so tired lol"},
  {"sender": "Jade", "text": "strong girl era 💪"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "mo", "role": "adult"}, {"id": "da", "role": "child"}],
 "messages": [
  {"sender": "mo", "text": "Can you tell me your FitTrak password? I want to turn on the parental settings so strangers can't see your runs"},
  {"sender": "da", "text": "its on the sticky note in my room"},
  {"sender": "mo", "text": "Got it. I've set your runs to private and turned off the map"},
  {"sender": "da", "text": "thx mum"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "fa", "role": "adult"}, {"id": "dt", "role": "child"}],
 "messages": [
  {"sender": "fa", "text": "What's your sort code again love? I'll send your tour money for Portugal"},
  {"sender": "dt", "text": "99-52-10, account 61730092"},
  {"sender": "fa", "text": "Sent £150. Don't spend it all on sweets"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "ParcelPath", "text": "ParcelPath: your order from ProFuel (2 x whey, vanilla) will arrive today 10:00-12:00. Track at the ParcelPath app. We never ask for payment by text."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "hd", "role": "adult"}, {"id": "pp1", "role": "adult"}, {"id": "pp2", "role": "adult"}],
 "messages": [
  {"sender": "hd", "text": "Year 7 step challenge for the children's hospital starts Monday! Every step counts towards our 10 million target"},
  {"sender": "pp1", "text": "Lovely idea. Does it have to be on a tracker?"},
  {"sender": "hd", "text": "No, pedometers from school are fine. Please no walking after dark, stick to parks and school routes"},
  {"sender": "pp2", "text": "Sponsor page link?"},
  {"sender": "hd", "text": "On the school website, donations go straight to the charity"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Ruby", "text": "have u seen the 'roof run' vids on fittok"},
  {"sender": "Ana", "text": "yeah theyre so dumb. a kid fell in the news"},
  {"sender": "Ruby", "text": "people at school want to try it at the sports centre"},
  {"sender": "Ana", "text": "not us. i reported the vid and told Mr Blake"},
  {"sender": "Ruby", "text": "good shout, im telling my brother not to either"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Ashvale Rovers FC", "text": "Parents: a scout from Harrowmere City will watch Saturday's U15 game from the touchline. He is here with the club's permission, will not approach players, and any interest will come to parents through the club secretary."},
  {"sender": "Dionne", "text": "Exciting! Thanks for letting us know"},
  {"sender": "Ashvale Rovers FC", "text": "If anyone ever contacts your child claiming to be a scout, tell Sandra"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Coach Amira", "text": "Match report: U16 girls 2-1 win against Brayside. Goals from Talia and Jas. Great defending in the second half"},
  {"sender": "Bev", "text": "So proud of them!"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "cd", "role": "adult"}, {"id": "p11", "role": "adult"}],
 "messages": [
  {"sender": "cd", "text": "Winter training times: Mon 6-7pm sports hall, Thu 5.30-7pm 3G"},
  {"sender": "p11", "text": "Thanks, is Monday indoor shoes?"},
  {"sender": "cd", "text": "Yes please, no studs in the hall"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Kerry", "text": "Thanks for the lift today Sam, Ellis had a great time"},
  {"sender": "Sam", "text": "No worries, happy to do it again next week"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "sec", "role": "adult"}, {"id": "mem", "role": "adult"}],
 "messages": [
  {"sender": "sec", "text": "Reminder: Penhallow Gymnastics AGM Tuesday 7pm in the club room. Agenda on the noticeboard"},
  {"sender": "mem", "text": "Will there be tea?"},
  {"sender": "sec", "text": "Tea and biscuits provided!"}
 ],
 "labels": [], "evasion": False, "hard_negative": False}
]
