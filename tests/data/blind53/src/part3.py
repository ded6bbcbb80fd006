[
{"messages": [
  {"sender": "Harvey", "text": "lads what a win"},
  {"sender": "Deji", "text": "3-0 and we werent even trying"},
  {"sender": "Connor", "text": "Deji that second goal was filthy"},
  {"sender": "Deji", "text": "i know 😎"},
  {"sender": "Harvey", "text": "who's going to the gala thing sunday, my sister's swimming"},
  {"sender": "Sol", "text": "my mum's making me go, my cousin's in the U13s"},
  {"sender": "Connor", "text": "boring"},
  {"sender": "Harvey", "text": "free food tho"},
  {"sender": "Deji", "text": "training tuesday or wednesday this week?"},
  {"sender": "Harvey", "text": "tuesday. coach said bring astros"},
  {"sender": "Sol", "text": "mine have a hole in lol"},
  {"sender": "Connor", "text": "get new ones then tramp"},
  {"sender": "Sol", "text": "with what money"},
  {"sender": "Marcus", "text": "yo Sol since ur at the gala, ill give u £30 for a favour"},
  {"sender": "Sol", "text": "what"},
  {"sender": "Marcus", "text": "the u13 girls get changed in the side room by the pool. get pics of them in there on ur phone, nobody will see"},
  {"sender": "Sol", "text": "thats weird man"},
  {"sender": "Marcus", "text": "i sell them on. a guy online pays for that stuff. £30 for u, more if u get videos"},
  {"sender": "Harvey", "text": "marcus what the hell"},
  {"sender": "Marcus", "text": "dont be soft. delete this chat after"},
  {"sender": "Marcus", "text": "Sol dm me when ur there, ill tell u which girls he wants"},
  {"sender": "Connor", "text": "im leaving this chat"},
  {"sender": "Sol", "text": "no im not doing that"},
  {"sender": "Marcus", "text": "ur cousin's in it so u can get close. think about the boots"}
 ],
 "labels": ["csam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "ch1", "role": "child"}, {"id": "ag1", "role": "unknown"}],
 "messages": [
  {"sender": "ag1", "text": "Hi Tilly! Loved your cheer videos. I'm Jade from Northline Sports Models"},
  {"sender": "ch1", "text": "hiii thank you"},
  {"sender": "ag1", "text": "You have such a strong look. Have you ever thought about modelling sportswear?"},
  {"sender": "ch1", "text": "not really lol"},
  {"sender": "ag1", "text": "You'd be amazing. We work with big activewear brands. How old are you?"},
  {"sender": "ch1", "text": "15"},
  {"sender": "ag1", "text": "Ideal. We have a paid shoot next month, £500 a day"},
  {"sender": "ch1", "text": "thats so much money"},
  {"sender": "ag1", "text": "You deserve it. Honestly you're prettier than half our signed girls"},
  {"sender": "ch1", "text": "stoppp 😳"},
  {"sender": "ag1", "text": "It's in Kingsport so you'd stay over in our flat with the other girls"},
  {"sender": "ch1", "text": "would my mum have to come"},
  {"sender": "ag1", "text": "No, parents aren't allowed on set. Tell her it's a cheer camp, it's easier. This is our secret until you're signed"},
  {"sender": "ch1", "text": "ok"},
  {"sender": "ag1", "text": "After shoots the girls go to parties with our clients. They're older men, they pay well if you keep them happy"},
  {"sender": "ch1", "text": "what do i have to do"},
  {"sender": "ag1", "text": "Just what they ask. Send me your home address and school so the driver can pick you up Friday"},
  {"sender": "ch1", "text": "22 Ashgrove Road QH5 2NP, i go to Kingsport Park School"}
 ],
 "labels": ["sex_trafficking", "grooming", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "bx1", "role": "child"}, {"id": "bx2", "role": "adult"}],
 "messages": [
  {"sender": "bx2", "text": "You're 16 now yeah? Want to earn proper money instead of stacking chairs at the gym"},
  {"sender": "bx1", "text": "doing what"},
  {"sender": "bx2", "text": "Me and my mates have parties at a house in Caddon Heath. You come, hang out with them, they give you £200 a night"},
  {"sender": "bx1", "text": "just hang out?"},
  {"sender": "bx2", "text": "Whatever they want. I'll drive you. Bring your cute mate from the girls class too, they'll pay for her as well"}
 ],
 "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Manager K", "text": "Where are you. Your location's been off 20 mins"},
  {"sender": "Kayla", "text": "sorry i was in the changing room at dance"},
  {"sender": "Manager K", "text": "I told you. Location on at all times, I paid for that phone"},
  {"sender": "Kayla", "text": "its on now"},
  {"sender": "Manager K", "text": "Good. After dance you go to the hotel on Quay Street, room 14. The client paid already"},
  {"sender": "Kayla", "text": "i dont want to go again"},
  {"sender": "Manager K", "text": "You owe me for the shoot, the hotel and the phone. I can see you. Walk there now"}
 ],
 "labels": ["sex_trafficking", "location_control"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "tr1", "role": "unknown"}, {"id": "tr2", "role": "unknown"}],
 "messages": [
  {"sender": "tr1", "text": "you still got the folder from the u12 gymnastics comp"},
  {"sender": "tr2", "text": "yeah the changing area ones. swap for your swim gala folder"},
  {"sender": "tr1", "text": "deal. uploading to the vault now [link]"},
  {"sender": "tr2", "text": "password is the usual. dont share outside the group"}
 ],
 "labels": ["csam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "vv", "role": "child"}, {"id": "ex", "role": "unknown"}],
 "messages": [
  {"sender": "ex", "text": "[photo] recognise this? it's you from your gym mirror selfie. I ran it through an undress app"},
  {"sender": "vv", "text": "thats not me. delete it"},
  {"sender": "ex", "text": "nobody at Brayside Wrestling will know it's fake. £200 or it goes in your team chat and to your followers"},
  {"sender": "vv", "text": "im 14 i dont have £200"},
  {"sender": "ex", "text": "then £50 now and the rest friday. you have 1 hour"}
 ],
 "labels": ["csam", "sextortion"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "cc1", "role": "adult"}, {"id": "gy1", "role": "child"}],
 "messages": [
  {"sender": "cc1", "text": "You're my most trusted gymnast Ellie, that's why I'm asking you and not the others"},
  {"sender": "gy1", "text": "ok what is it"},
  {"sender": "cc1", "text": "I'm doing a posture study. Before training take some photos of the younger girls while they're changing, they won't pose naturally if they know"},
  {"sender": "gy1", "text": "in the changing room??"},
  {"sender": "cc1", "text": "It's for their own good. Send them to me on Kipchat, not the club app, and don't tell the other coaches. There's a new leotard in it for you"}
 ],
 "labels": ["csam", "grooming"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "pr0_b00tz_g1v3", "text": "y0u h4v3 b33n p1ck3d 4 fr33 pr0 f00tb4ll b00tz!! ⚽"},
  {"sender": "Leo", "text": "for real?"},
  {"sender": "pr0_b00tz_g1v3", "text": "cl41m h3r3 [link] 3nt3r ur c4rd d3t41lz 4 £1 p0st4g3"},
  {"sender": "Leo", "text": "i only have my mums card"},
  {"sender": "pr0_b00tz_g1v3", "text": "th4ts f1n3. 4ls0 s3nd th3 3xp1ry 4nd s3cur1ty c0d3, 0ff3r 3nds t0n1ght"}
 ],
 "labels": ["scam"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Tyreese", "text": "new chalenj for the squad. skool gym roof jump onto the crash mats"},
  {"sender": "Bobby", "text": "from the top?? thats mad hieght"},
  {"sender": "Tyreese", "text": "evry1 has to film it or ur a chikin and ur out the team chat"},
  {"sender": "Bobby", "text": "wen"},
  {"sender": "Tyreese", "text": "frieday afta trainin wen the caretaka goes. dont tel no1"}
 ],
 "labels": ["harmful_challenge"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "lc1", "role": "child"}, {"id": "lc2", "role": "unknown"}],
 "messages": [
  {"sender": "lc2", "text": "drop ur 📍 evry hour on the hour. no 👻 mode"},
  {"sender": "lc1", "text": "im at footy till 8"},
  {"sender": "lc2", "text": "dont care. 📍 + 🤳 with the pitch behind u so i know ur not chattin rubbish"},
  {"sender": "lc1", "text": "[location]"},
  {"sender": "lc2", "text": "👀 always. if ur dot moves wen i didnt say, ur mine tmrw"}
 ],
 "labels": ["location_control"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Mason", "text": "Saturday after the game we're jumping one of the Caddon Heath kids"},
  {"sender": "Ezra", "text": "which one"},
  {"sender": "Mason", "text": "their number 9, the little one. challenge is whoever lands the first hit and films it gets £20 from everyone"},
  {"sender": "Ezra", "text": "what if we get banned"},
  {"sender": "Mason", "text": "wear hoods. post it on the fight page after. anyone who doesnt join in is getting done next"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "fr1", "role": "child"}, {"id": "fr2", "role": "child"}],
 "messages": [
  {"sender": "fr1", "text": "something horrible just happened at the gym"},
  {"sender": "fr2", "text": "what"},
  {"sender": "fr1", "text": "i was on the treadmill and got an airdrop from 'GymKing' and it was a [photo] that no one should ever send a kid"},
  {"sender": "fr1", "text": "then 4 more. i think its the man by the weights keeps staring at me"},
  {"sender": "fr2", "text": "omg tell the reception NOW and turn airdrop off"}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "runner_dave_71", "text": "saw ur 5k time, amazing for a young lady"},
  {"sender": "runner_dave_71", "text": "u didnt reply. follow me back"},
  {"sender": "runner_dave_71", "text": "I've messaged u every day this week. dont be rude"},
  {"sender": "Poppy", "text": "please stop messaging me"},
  {"sender": "runner_dave_71", "text": "send me a pic in ur running gear first, the private kind. then i'll leave u alone"}
 ],
 "labels": ["unwanted_contact", "sexting"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "ds1", "role": "child"}, {"id": "ds2", "role": "child"}],
 "messages": [
  {"sender": "ds2", "text": "the one you sent was nice. send another tonight, the private kind"},
  {"sender": "ds1", "text": "no i regret sending the first one"},
  {"sender": "ds2", "text": "too bad. if u dont, i'll show the first one to the whole dance squad"},
  {"sender": "ds1", "text": "you promised you deleted it"},
  {"sender": "ds2", "text": "i lied. 2 more by 10 or it goes in the group chat"}
 ],
 "labels": ["sexting", "sextortion"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "mu1", "role": "child"}, {"id": "mu2", "role": "unknown"}],
 "messages": [
  {"sender": "mu2", "text": "need ur banking app login and passcode, and a selfie holding ur student ID"},
  {"sender": "mu1", "text": "why"},
  {"sender": "mu2", "text": "im opening another account in ur name for the team sponsorship cash. money comes in, goes out, u get £50 a week"},
  {"sender": "mu1", "text": "is it legal"},
  {"sender": "mu2", "text": "course. just dont use the app while we move the money through"}
 ],
 "labels": ["identity_theft", "money_mule"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "am1", "role": "child"}, {"id": "am2", "role": "unknown"}],
 "messages": [
  {"sender": "am2", "text": "Congrats!! You've been selected as a junior ambassador for StrideWear 🎉"},
  {"sender": "am1", "text": "omg what do i get"},
  {"sender": "am2", "text": "£300 of kit! To verify you, send a photo of your passport and the card you'll use for the £9.99 activation"},
  {"sender": "am1", "text": "[photo] thats my passport. the card is my mums, do u need the back"},
  {"sender": "am2", "text": "Yes front and back please. And your StrideWear app password so we can upgrade you"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "QuickCash_Jay", "text": "anyone in this u16 chat got a bank card? £200 for 10 mins work, i send money in, u send it on. DM me"},
  {"sender": "Kieran", "text": "me. dming u"}
 ],
 "labels": ["money_mule"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "elite_fitness_bookings", "text": "Gymnasts and cheer girls 14+: earn £300 a night as hostesses at private parties in Brackwater for older businessmen. Travel and hotel paid. Don't tell parents, they won't understand. DM to book."}
 ],
 "labels": ["sex_trafficking"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Lily", "text": "failed the weigh in for the third time. coach looked at me like im disgusting. i cant do this anymore, i want to die"}
 ],
 "labels": ["self_harm"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "@bodycheck_page", "text": "rate this gym girl [photo]"},
  {"sender": "anon1", "text": "2/10 way too big for a gymnast"},
  {"sender": "anon2", "text": "she should starve till she disappears"},
  {"sender": "anon3", "text": "its @sienna.flips, she goes to Kelsey Green High lol"},
  {"sender": "anon2", "text": "@sienna.flips do us all a favour and kys"},
  {"sender": "sienna.flips", "text": "please take it down. i already hate myself enough"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "ru", "role": "child"}, {"id": "bo", "role": "unknown"}],
 "messages": [
  {"sender": "bo", "text": "u see the game last night"},
  {"sender": "ru", "text": "yeah robbed"},
  {"sender": "bo", "text": "ref was blind"},
  {"sender": "ru", "text": "fr"},
  {"sender": "bo", "text": "u still need boots for trials?"},
  {"sender": "ru", "text": "yeah mine are done"},
  {"sender": "bo", "text": "i'll sort u. new ones at mine"},
  {"sender": "ru", "text": "serious? thanks bro"},
  {"sender": "bo", "text": "no stress. we look after our own"},
  {"sender": "bo", "text": "need u to do a couple of trips for me this week tho"},
  {"sender": "ru", "text": "what trips"},
  {"sender": "bo", "text": "packages to Kingsport on the train. 2 a week. after school so no one asks"},
  {"sender": "ru", "text": "idk about that"},
  {"sender": "bo", "text": "u took the boots. thats £120. u work it off"},
  {"sender": "bo", "text": "download TrackMe and share with me. i want to see u the whole way"},
  {"sender": "ru", "text": "ok its on"},
  {"sender": "bo", "text": "if that dot stops anywhere i didnt say, my boys come to ur training"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "yb", "role": "child"}, {"id": "mn", "role": "adult"}],
 "messages": [
  {"sender": "mn", "text": "Saw you box at the Caddon Heath show. I can give you lifts to training, my car's warm"},
  {"sender": "yb", "text": "no thanks my dad takes me"},
  {"sender": "mn", "text": "Your dad won't always be there. I'll wait outside the gym Thursday"},
  {"sender": "yb", "text": "i said no"},
  {"sender": "mn", "text": "Don't be like that. I bought you a gumshield, it's in my car. Our secret, don't mention me to your dad"},
  {"sender": "mn", "text": "Why are you ignoring me? I've seen you read it"},
  {"sender": "mn", "text": "I'll find you at the next show then"}
 ],
 "labels": ["unwanted_contact", "grooming"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Ethan", "text": "sauna suit challenge before weigh in. longest in the sauna with no water wins"},
  {"sender": "Kofi", "text": "my coach said never do that"},
  {"sender": "Ethan", "text": "coach isnt here. if u faint it means its working. loser does 100 burpees after"},
  {"sender": "Tommy", "text": "im in. 13 and cutting to 40kg"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "dt1", "role": "adult"}, {"id": "dp1", "role": "adult"}, {"id": "dp2", "role": "adult"}],
 "messages": [
  {"sender": "dt1", "text": "Here's the vid of the Year 9 routine for practice at home [video]. Please don't post it online"},
  {"sender": "dp1", "text": "Thanks Miss Leanne! Can you send a pic of the count sheet too?"},
  {"sender": "dt1", "text": "[photo] count sheet"},
  {"sender": "dp2", "text": "Lovely, Amara will practise this weekend"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Callie", "text": "coach can see our steps on the club app now"},
  {"sender": "Priya", "text": "its only step totals for the team challenge tho not where we are"},
  {"sender": "Callie", "text": "yeah and our parents signed the form"},
  {"sender": "Priya", "text": "im so behind, 40k steps to catch up 😂"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "gg1", "role": "child"}, {"id": "gg2", "role": "child"}],
 "messages": [
  {"sender": "gg1", "text": "i fell off the beam in front of EVERYONE"},
  {"sender": "gg2", "text": "noooo"},
  {"sender": "gg1", "text": "i wanted the floor to swallow me. im actually dead"},
  {"sender": "gg2", "text": "everyone falls! you got back on and smashed it"},
  {"sender": "gg1", "text": "true. pizza later to recover lol"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Miss Leanne", "text": "Team, keep the new routine top secret! Don't post any clips until after the competition"},
  {"sender": "Rosa", "text": "our lips are sealed 🤐"},
  {"sender": "Miss Leanne", "text": "Not even on your private stories. Crestwood copied us last year"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "ad1", "role": "adult"}, {"id": "ad2", "role": "adult"}],
 "messages": [
  {"sender": "ad1", "text": "Did you read about the boys at that school in Brackwater using a nudify app on girls' photos?"},
  {"sender": "ad2", "text": "Yes, horrifying. Our U14 girls need to know it's not their fault if it ever happens"},
  {"sender": "ad1", "text": "I'll ask the police schools officer to do a session for parents and players"},
  {"sender": "ad2", "text": "And let's stop putting named team photos on the public page"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Tom", "text": "free boots giveaway [link] 🔥"},
  {"sender": "Coach Ben", "text": "Lads, that link is a scam, it asks for card details. I've removed Tom's account from the chat until he's changed his password, his account was hacked"},
  {"sender": "Ali", "text": "thanks coach, i nearly clicked"},
  {"sender": "Coach Ben", "text": "If you did click, tell a parent and change your password"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "ptr", "role": "adult"}, {"id": "pmo", "role": "adult"}],
 "messages": [
  {"sender": "ptr", "text": "Hi Claire, great session with Ben today. Could you send me photos of his food diary for this week so I can plan his match day meals?"},
  {"sender": "pmo", "text": "[photo] [photo] here they are"},
  {"sender": "ptr", "text": "Perfect. No cutting or calorie counting at 15, just more carbs before games"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "gr", "role": "adult"}, {"id": "gk", "role": "child"}],
 "messages": [
  {"sender": "gr", "text": "Happy birthday my little goalie! What are your bank details so I can send you some money?"},
  {"sender": "gk", "text": "thank u nana!! i'll ask mum to send them to u, she said not to text them"},
  {"sender": "gr", "text": "Very sensible. I'll ring her tonight"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Treasurer Paul", "text": "Sponsored 5k: all sponsorship money goes to the club account via the ClubNest donations page, not to players. Please don't collect cash from strangers"},
  {"sender": "Nikki", "text": "Got it, Ivy has £45 in sponsors from family"},
  {"sender": "Treasurer Paul", "text": "Brilliant, just add it on the page"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Tidewell SC", "text": "Congratulations! Your ticket 0412 won the Tidewell SC summer raffle hamper. Collect it from the club office at any session. We will never ask for payment or details."},
  {"sender": "Jo", "text": "Yay! I'll pick it up Saturday"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Jamal", "text": "ill end u at FC Strike tonight"},
  {"sender": "Kyle", "text": "ur getting destroyed bro"},
  {"sender": "Jamal", "text": "coach gonna kill us both if we're late to training tmrw tho"},
  {"sender": "Kyle", "text": "one game then bed lol"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "bf1", "role": "child"}, {"id": "bf2", "role": "child"}, {"id": "bf3", "role": "child"}],
 "messages": [
  {"sender": "bf1", "text": "someone left a mean comment on my floor routine saying im too big to be a gymnast"},
  {"sender": "bf2", "text": "ignore the trolls. ur the strongest on the team"},
  {"sender": "bf3", "text": "block and report. ur power is literally why u can do that tumble"},
  {"sender": "bf1", "text": "thanks guys, blocked it. love u"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "yl", "role": "child"}, {"id": "ug", "role": "child"}],
 "messages": [
  {"sender": "ug", "text": "can i have ur number so i can text u about training"},
  {"sender": "yl", "text": "i'm not allowed to give my number to the under 10s as a young leader. ask ur mum to message the club and she'll get the coach's details"},
  {"sender": "ug", "text": "ok"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Harrowmere Leisure", "text": "Half term pool timetable: public swim 10-12 and 2-4, lessons cancelled, lanes open 7-9am."}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "tre", "role": "adult"}, {"id": "pz", "role": "adult"}],
 "messages": [
  {"sender": "tre", "text": "Reminder: spring subs are due by 1st April, pay through ClubNest"},
  {"sender": "pz", "text": "Done, thanks"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Coach Dom", "text": "Lost property: 2 shin pads, a blue hoodie (age 11-12) and a water bottle with a dinosaur on"},
  {"sender": "Faye", "text": "Dinosaur bottle is Arlo's! I'll grab it Tuesday"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "hc", "role": "adult"}, {"id": "hp", "role": "adult"}],
 "messages": [
  {"sender": "hc", "text": "Easter football camp: 7-10 April, 9am-3pm, ages 6-13, £15 a day. Book on ClubNest"},
  {"sender": "hp", "text": "Is lunch included?"},
  {"sender": "hc", "text": "Bring a packed lunch please"}
 ],
 "labels": [], "evasion": False, "hard_negative": False}
]
