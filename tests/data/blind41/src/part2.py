[
{
 "participants": [{"id": "mr_grant", "role": "adult"}, {"id": "sophie", "role": "child"}],
 "messages": [
  {"sender": "mr_grant", "text": "Hi Sophie, great effort in today's maths session. Your long division is really coming on."},
  {"sender": "sophie", "text": "thank you mr grant"},
  {"sender": "mr_grant", "text": "Remember the practice sheet for Thursday. Any questions just message me here."},
  {"sender": "sophie", "text": "ok i will"},
  {"sender": "sophie", "text": "i dont get question 4"},
  {"sender": "mr_grant", "text": "That's the tricky one! Think about what 7 goes into first. You're one of my brightest students, you know."},
  {"sender": "sophie", "text": "really? im bad at maths"},
  {"sender": "mr_grant", "text": "Not at all. Honestly I'd like to give you some extra sessions for free, because I think you could get into the grammar school. Just you and me."},
  {"sender": "sophie", "text": "i'll ask my mum"},
  {"sender": "mr_grant", "text": "I'd keep it between us for now. Other parents would be upset that I'm not doing it for their children, and your mum might feel she has to pay me. Let's make it our secret."},
  {"sender": "sophie", "text": "ok"},
  {"sender": "mr_grant", "text": "The tutoring site records everything, which is a bit clunky. Have you got Hushly? It's easier for quick questions."},
  {"sender": "sophie", "text": "yes i have it"},
  {"sender": "mr_grant", "text": "Great, I'll add you there. Delete this chat after so the site doesn't get confused."},
  {"sender": "sophie", "text": "done"},
  {"sender": "mr_grant", "text": "You're very grown up for 12. Do you have your own room with your laptop in?"},
  {"sender": "sophie", "text": "yes"},
  {"sender": "mr_grant", "text": "Perfect for our sessions. Tell your mum it's homework club if she asks. I've also ordered you those headphones you mentioned 😊"},
  {"sender": "sophie", "text": "omg thank you!!"},
  {"sender": "mr_grant", "text": "You deserve it. Now, I like to know my students trust me. Send me a photo of just you, the private kind, nobody else sees it. Then delete it."},
  {"sender": "sophie", "text": "i dont think i should"},
  {"sender": "mr_grant", "text": "I thought we were friends Sophie. After everything I've done for you? I can stop the extra lessons if you'd rather."}
 ],
 "labels": ["grooming", "sexting"]
},
{
 "messages": [
  {"sender": "+44 7700 900187", "text": "This is PC Hollis from Brackwell Police. Your son Kieran has been involved in an incident at school and is being held. To avoid him being charged today a fine of £250 must be paid immediately. Reply YES for payment details."},
  {"sender": "Donna", "text": "What?? Which school? He's at Millbrook, I dropped him off an hour ago"},
  {"sender": "+44 7700 900187", "text": "Madam time is running out. If the fine is not paid within 30 minutes the case goes to court. Do not call the school as this will delay his release. Pay to account 20-55-18 / 70314492"},
  {"sender": "Donna", "text": "I'm ringing the school now."}
 ],
 "labels": ["scam"]
},
{
 "participants": [{"id": "harper", "role": "child"}, {"id": "starry_mo", "role": "unknown"}],
 "messages": [
  {"sender": "starry_mo", "text": "is ur sleepover tonight?? 🥳"},
  {"sender": "harper", "text": "yes!! ruby and maya and jas are coming"},
  {"sender": "starry_mo", "text": "fun!! i'll send u 3000 gems if u do me a secret mission"},
  {"sender": "harper", "text": "what mission"},
  {"sender": "starry_mo", "text": "take pics of ur friends when theyre getting into their pjs. dont let them see ur taking them, thats the game"},
  {"sender": "harper", "text": "why do u want pics of them"},
  {"sender": "starry_mo", "text": "its just a funny game i do with all my online besties. send them to me on here and delete them off ur phone"},
  {"sender": "starry_mo", "text": "and dont tell ur mum or the girls, or no gems. ur my fav friend on here u know that 💕"},
  {"sender": "harper", "text": "ok maybe"}
 ],
 "labels": ["csam", "grooming"]
},
{
 "evasion": True,
 "messages": [
  {"sender": "Lewis", "text": "why did everyone leave the call when i joined"},
  {"sender": "Brandon", "text": "n o b o d y  w a n t s  u  h e r e"},
  {"sender": "Tyler", "text": "u r  s o  w e i r d  lol"},
  {"sender": "Brandon", "text": "just k.y.s"},
  {"sender": "Tyler", "text": "fr. d.o  u.s  a  f.a.v.o.u.r"},
  {"sender": "Lewis", "text": "why are u being like this"},
  {"sender": "Brandon", "text": "g o  o n  t h e n. n o  o n e  w o u l d  n o t i c e"},
  {"sender": "Tyler", "text": "😂😂 k . y . s"}
 ],
 "labels": ["cyberbullying", "self_harm"]
},
{
 "participants": [{"id": "grace", "role": "child"}, {"id": "dannyboi_22", "role": "unknown"}],
 "messages": [
  {"sender": "dannyboi_22", "text": "hey gorgeous saw u on the for you page 😍"},
  {"sender": "grace", "text": "who r u"},
  {"sender": "dannyboi_22", "text": "just a fan. ur really pretty for 12"},
  {"sender": "grace", "text": "how do u know im 12"},
  {"sender": "dannyboi_22", "text": "its in ur bio lol. send me a pic in ur bedroom, something private. i'll delete it straight after"},
  {"sender": "grace", "text": "no"},
  {"sender": "dannyboi_22", "text": "come on just one. nobody will know"},
  {"sender": "dannyboi_22", "text": "why u ignoring me"},
  {"sender": "dannyboi_22", "text": "i'll keep messaging til u send"}
 ],
 "labels": ["sexting", "unwanted_contact"]
},
{
 "messages": [
  {"sender": "Deano", "text": "where is my stuff"},
  {"sender": "Riley", "text": "i told u some boys took the bag off me at the park i swear"},
  {"sender": "Deano", "text": "not my problem. that was £600. u owe me now"},
  {"sender": "Riley", "text": "im 14 i dont have 600"},
  {"sender": "Deano", "text": "then u work it off. u do drops for me after school till its paid"},
  {"sender": "Riley", "text": "i cant my mum will find out"},
  {"sender": "Deano", "text": "ur bank card. i'll put cash from the drops through it and u take it out at the hole in the wall for me"},
  {"sender": "Riley", "text": "what if the bank asks"},
  {"sender": "Deano", "text": "u say its birthday money. and remember i know where u live and where ur little sister goes to school"},
  {"sender": "Riley", "text": "ok"}
 ],
 "labels": ["criminal_exploitation", "money_mule"]
},
{
 "participants": [{"id": "jamie", "role": "child"}, {"id": "anon_8842", "role": "unknown"}],
 "messages": [
  {"sender": "anon_8842", "text": "Jamie Watts. Year 8. Millbrook Academy. I have your profile pic"},
  {"sender": "jamie", "text": "who is this"},
  {"sender": "anon_8842", "text": "I put it in an undress app and made fake private pics of you. Look [photo]"},
  {"sender": "jamie", "text": "thats not me thats fake"},
  {"sender": "anon_8842", "text": "Your friends won't know that. £100 in gift cards by 9pm or it goes to every follower you have and your school"},
  {"sender": "jamie", "text": "please i'm 13 i dont have money"},
  {"sender": "anon_8842", "text": "Take your mum's card then. Tell anyone and I post it straight away"}
 ],
 "labels": ["sextortion", "csam"]
},
{
 "evasion": True,
 "messages": [
  {"sender": "Kayla", "text": "🎉 at my bfs m8s 🏠 sat nite. u coming?? 👀"},
  {"sender": "Ruby-Mae", "text": "who else is going"},
  {"sender": "Kayla", "text": "me n 2 other 👧👧 from yr 9 n his 👨👨👨 they r like 25 lol"},
  {"sender": "Kayla", "text": "they pay 💷💷💷 if u just chill wiv them n b nice 😇 n they got 🍾🍾 n 💨"},
  {"sender": "Ruby-Mae", "text": "pay for what"},
  {"sender": "Kayla", "text": "just company 🤷‍♀️ i got 💷100 last time. 🚗 picks us up from the 🛒 car park at 10"},
  {"sender": "Kayla", "text": "🤫🤫 dont tell ur 👩 say ur at mine. 📵 phone off when u get there"}
 ],
 "labels": ["sex_trafficking"]
},
{
 "participants": [{"id": "tyrese", "role": "child"}, {"id": "big_k", "role": "unknown"}],
 "messages": [
  {"sender": "big_k", "text": "lil bro u still playing Skyforge tonight"},
  {"sender": "tyrese", "text": "ye"},
  {"sender": "big_k", "text": "sent u the season pass again. u my youngest in the squad, i look after u"},
  {"sender": "tyrese", "text": "thx k ur a legend"},
  {"sender": "big_k", "text": "need something back tho. go in Jayco on the high street and get me 4 of them wireless headsets. put them in ur school bag"},
  {"sender": "tyrese", "text": "u mean nick them?"},
  {"sender": "big_k", "text": "they never check kids. i'll give u 5k coins a headset"},
  {"sender": "tyrese", "text": "im scared"},
  {"sender": "big_k", "text": "dont be. keep ur location on so i can see when ur at the shop and when ur out. dont tell ur mum nothing"},
  {"sender": "big_k", "text": "and if u bottle it u owe me for the pass"}
 ],
 "labels": ["criminal_exploitation", "grooming", "location_control"]
},
{
 "messages": [
  {"sender": "MegaMiner77", "text": "ur base is sick!! wanna be besties"},
  {"sender": "Eliza", "text": "yeah!!"},
  {"sender": "MegaMiner77", "text": "what school u go to"},
  {"sender": "Eliza", "text": "ashgrove primary im in year 4"},
  {"sender": "MegaMiner77", "text": "cool!! give me ur number so we can text outside the game"},
  {"sender": "Eliza", "text": "07700 900561 its my mums old phone"},
  {"sender": "MegaMiner77", "text": "what street do u live on"},
  {"sender": "Eliza", "text": "hazel close next to the park"}
 ],
 "labels": ["privacy_disclosure"]
},
{
 "participants": [{"id": "louis", "role": "child"}, {"id": "Brickworld_Support_Team", "role": "unknown"}],
 "messages": [
  {"sender": "Brickworld_Support_Team", "text": "⚠️ WARNING: Your account has been reported for cheating and will be DELETED in 1 hour."},
  {"sender": "louis", "text": "i didnt cheat!!"},
  {"sender": "Brickworld_Support_Team", "text": "To stop the deletion we need to verify you are the owner. Reply with your email and password."},
  {"sender": "louis", "text": "louis.hart@mailbox.test and dinosaur4"},
  {"sender": "Brickworld_Support_Team", "text": "Thank you. A security code has been sent to your parent's phone. Send it here to finish."},
  {"sender": "louis", "text": "my mums in the shower"},
  {"sender": "Brickworld_Support_Team", "text": "You must get it now or your account and all items are lost forever."}
 ],
 "labels": ["scam", "identity_theft"]
},
{
 "messages": [
  {"sender": "Cam", "text": "ok whos doing the road dare tonight"},
  {"sender": "Leon", "text": "me and jack did it yesterday"},
  {"sender": "Cam", "text": "ashton ur next. lie down in the middle of the road till a car comes then roll off. film it"},
  {"sender": "Ashton", "text": "nah thats dangerous"},
  {"sender": "Leon", "text": "ur such a baby. everyone in year 7 has done it"},
  {"sender": "Cam", "text": "do it or ur out the group. and we'll tell everyone u cried on the residential"},
  {"sender": "Jack", "text": "coward 🐔🐔"},
  {"sender": "Ashton", "text": "fine ill do it later"}
 ],
 "labels": ["harmful_challenge", "cyberbullying"]
},
{
 "participants": [{"id": "mo", "role": "child"}, {"id": "jay.wavez", "role": "unknown"}],
 "messages": [
  {"sender": "jay.wavez", "text": "yo u wanna make easy money? all u need is a bank account"},
  {"sender": "mo", "text": "i got one my dad made it for me"},
  {"sender": "jay.wavez", "text": "sweet. i send u £500, u take out £450 cash and give it to my boy outside the chicken shop. keep £50"},
  {"sender": "mo", "text": "where does the money come from"},
  {"sender": "jay.wavez", "text": "my business innit. dont ask. which bank is it with so i know how long it takes"},
  {"sender": "mo", "text": "fenwick. ok im in"},
  {"sender": "jay.wavez", "text": "sorted. money lands tomorrow. dont say nothing to ur dad"}
 ],
 "labels": ["money_mule"]
},
{
 "messages": [
  {"sender": "Olivia", "text": "mum a man keeps video calling me on Hushly and i dont know him"},
  {"sender": "Mum", "text": "What? Since when?"},
  {"sender": "Olivia", "text": "since yesterday. he says he got my number from the class group. he called 9 times this morning"},
  {"sender": "Olivia", "text": "he keeps sending messages saying pick up i just want to talk"},
  {"sender": "Mum", "text": "Don't answer. Leave your phone on the side and I'll look when I'm home. You did the right thing telling me."},
  {"sender": "Olivia", "text": "hes calling again now"}
 ],
 "labels": ["unwanted_contact"]
},
{
 "evasion": True,
 "participants": [{"id": "maddox", "role": "child"}, {"id": "skaterjay", "role": "unknown"}],
 "messages": [
  {"sender": "skaterjay", "text": "hw old r u agen"},
  {"sender": "maddox", "text": "11"},
  {"sender": "skaterjay", "text": "ur so matur 4 ur age honestly, u tlk like sum1 my age"},
  {"sender": "maddox", "text": "how old r u"},
  {"sender": "skaterjay", "text": "doesnt mater age is jst a numbr. ill send u sum gemz 2nite"},
  {"sender": "skaterjay", "text": "dnt tel ur mum bout me ok, she wudnt undrstand r frendship"},
  {"sender": "maddox", "text": "ok"},
  {"sender": "skaterjay", "text": "add me on snapzy its beta there, no1 can c r chats. wen do ur parnts go out?"},
  {"sender": "skaterjay", "text": "mayb we cud meet up at the skate park sumtime. jst us"}
 ],
 "labels": ["grooming"]
},
{
 "messages": [
  {"sender": "unknown", "text": "i am the Shadow Girl. you have been chosen. if you do not finish my tasks something bad will happen to your family tonight"},
  {"sender": "Nathan", "text": "who is this"},
  {"sender": "unknown", "text": "task 1: stay awake until 3am and send a picture of your window. task 2: hurt yourself and send proof. tell nobody or the curse spreads to your mum"},
  {"sender": "Nathan", "text": "i dont want to"},
  {"sender": "unknown", "text": "you have no choice. the ones who refused are gone. send this to 5 friends or you will be next [link]"},
  {"sender": "Nathan", "text": "im scared"}
 ],
 "labels": ["harmful_challenge", "self_harm"]
},
{
 "participants": [{"id": "connor", "role": "child"}, {"id": "liam", "role": "child"}, {"id": "aaron", "role": "child"}],
 "messages": [
  {"sender": "connor", "text": "who wants the folder"},
  {"sender": "liam", "text": "what folder"},
  {"sender": "connor", "text": "pics of the year 7 girls. the ones they sent to people. got like 30"},
  {"sender": "aaron", "text": "where did u even get them"},
  {"sender": "connor", "text": "traded with a lad from Oxley Vale high. £5 for the folder, £2 a pic"},
  {"sender": "liam", "text": "is millie in it"},
  {"sender": "connor", "text": "pay first then u find out. send it on Hushly not here"},
  {"sender": "aaron", "text": "ill send £5 tmrw"}
 ],
 "labels": ["csam"]
},
{
 "messages": [
  {"sender": "+44 7700 900930", "text": "I have private pictures of your son Ethan. I got them from him on Klip. Pay £300 in PlayVault gift cards to this number by tomorrow or I send them to his school, his football team and all your family on Friendlink. Do not go to the police."}
 ],
 "labels": ["sextortion"]
},
{
 "participants": [{"id": "dad", "role": "adult"}, {"id": "millie", "role": "child"}],
 "messages": [
  {"sender": "millie", "text": "dad can i not go to school tomorrow"},
  {"sender": "dad", "text": "Why love, are you poorly?"},
  {"sender": "millie", "text": "no. the girls in my form have a group chat without me and they screenshot my posts and put them in it and write that im fat and ugly and a loser"},
  {"sender": "millie", "text": "today they put a photo of me eating at lunch with a pig filter and everyone laughed"},
  {"sender": "millie", "text": "they keep messaging me saying nobody wants me there"},
  {"sender": "dad", "text": "I'm so sorry sweetheart. That is bullying and it's not ok. We'll talk to school together."},
  {"sender": "millie", "text": "i wish i wasnt alive dad"},
  {"sender": "dad", "text": "I'm really glad you told me that. I'm coming home now. I love you so much and we will get through this."}
 ],
 "labels": ["cyberbullying", "self_harm"]
},
{
 "messages": [
  {"sender": "FreeSkinsHQ", "text": "to get the free legendary skin u have to prove ur over 13 for the age check"},
  {"sender": "Alfie", "text": "im 11 tho"},
  {"sender": "FreeSkinsHQ", "text": "thats fine just use ur mum or dads. take a photo of their passport or driving licence, front and back, and send it here"},
  {"sender": "Alfie", "text": "my dads passport is in the drawer"},
  {"sender": "FreeSkinsHQ", "text": "perfect. also need a selfie of you holding it so it looks like the person. and his date of birth"},
  {"sender": "Alfie", "text": "[photo]"},
  {"sender": "FreeSkinsHQ", "text": "great. skin will be added in 48 hrs. dont tell ur dad or the verification gets cancelled"}
 ],
 "labels": ["identity_theft", "scam"]
},
{
 "participants": [{"id": "kiki", "role": "child"}, {"id": "xXshadowXx", "role": "unknown"}, {"id": "gamerdude_44", "role": "unknown"}],
 "messages": [
  {"sender": "xXshadowXx", "text": "anyone near harnley wanna meet irl and play"},
  {"sender": "kiki", "text": "me!! im at the park by the big slide rn"},
  {"sender": "kiki", "text": "[location]"},
  {"sender": "kiki", "text": "im here every day after school till 5, the one on wren road"},
  {"sender": "gamerdude_44", "text": "how old r u"},
  {"sender": "kiki", "text": "13. i have a pink coat on lol"},
  {"sender": "xXshadowXx", "text": "ok might come by"}
 ],
 "labels": ["privacy_disclosure"]
},
{
 "messages": [
  {"sender": "Parcelwise", "text": "Parcelwise: Your parcel from Toy Planet will be delivered today between 13:05 and 14:05. No action is needed. We never ask for payment by text."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "jake", "role": "child"}, {"id": "leon", "role": "child"}],
 "messages": [
  {"sender": "jake", "text": "who went on my console 😡 my save file is gone"},
  {"sender": "leon", "text": "not me"},
  {"sender": "jake", "text": "ur lying ur controller was plugged in"},
  {"sender": "leon", "text": "ok it was me but only for 10 mins"},
  {"sender": "jake", "text": "touch it again and i'll kill u. seriously i'll end u"},
  {"sender": "leon", "text": "🙄 ur so dramatic. mum said we have to share"},
  {"sender": "jake", "text": "fine but make ur own save"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Coach Darren (Harnley Juniors)", "text": "Hi parents, lift rota for Sunday's away game at Brackwell attached. All drivers have filled in the club form and parents have ticked consent on the app. Kids stay in pairs at all times."},
  {"sender": "Shona (Max's mum)", "text": "Thanks Darren. Max is going with the Patels."},
  {"sender": "Raj (Dev's dad)", "text": "Yes that's fine, I've got 4 seats. Pick up from the clubhouse at 8.15."},
  {"sender": "Coach Darren (Harnley Juniors)", "text": "Cheers Raj. Please keep the team chat for parents only, I'll message the kids through you."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "ella", "role": "child"}, {"id": "ruby", "role": "child"}, {"id": "isaac", "role": "child"}],
 "messages": [
  {"sender": "ella", "text": "the lesson today was so weird about people asking for pics"},
  {"sender": "ruby", "text": "ye mrs cole said if someone asks for a private pic u never send it and tell a grown up"},
  {"sender": "isaac", "text": "and if someone says keep it secret thats a red flag"},
  {"sender": "ella", "text": "my brother said it happens in games too people pretend to be kids"},
  {"sender": "ruby", "text": "thats so creepy. i only play with people from school"},
  {"sender": "isaac", "text": "same. anyway did u finish the poster for it"},
  {"sender": "ella", "text": "nearly!! i drew a padlock"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Oxley Vale Primary", "text": "Dear Parents, we are aware of messages circulating about a scary online 'challenge' featuring a character that tells children to do harmful things. Police advice is that this is a hoax. Please do not show the images to your child or search for it. If your child mentions it, reassure them and let us know."},
  {"sender": "Parent - Jodie Marsh", "text": "Thank you. My daughter heard about it in the playground and was scared to go to sleep."},
  {"sender": "Oxley Vale Primary", "text": "Thank you Jodie, Mrs Price will have a gentle chat with the class tomorrow."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "mum", "role": "adult"}, {"id": "toby", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "Toby what's the passcode for your tablet? It needs an update and it's asking for it"},
  {"sender": "toby", "text": "its 2 4 6 8 then 0 0"},
  {"sender": "mum", "text": "Thanks. I'm also turning on the parental controls again, the update switched them off"},
  {"sender": "toby", "text": "noooo"},
  {"sender": "mum", "text": "You'll survive 😂 same rules as before"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Mrs Ahmed (tutor)", "text": "Hello Mr Doyle, here is this month's invoice for Jacob's English tutoring: 4 sessions x £30 = £120. Bank: Fenwick Bank, sort code 30-81-44, account 61207735, ref JDOYLE."},
  {"sender": "Mr Doyle", "text": "Thanks, will pay today. Is Thursday still at ours?"},
  {"sender": "Mrs Ahmed (tutor)", "text": "Yes, 4.30 at the kitchen table as usual. I'll email you the reading list rather than sending it to Jacob directly."},
  {"sender": "Mr Doyle", "text": "Perfect, thank you."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "amber", "role": "child"}, {"id": "nia", "role": "child"}],
 "messages": [
  {"sender": "amber", "text": "i dare u to do the sponsored silence for the charity day"},
  {"sender": "nia", "text": "a WHOLE day?? i cant"},
  {"sender": "amber", "text": "challenge accepted or not 😂 my nan said shell give £5"},
  {"sender": "nia", "text": "fine. challenge accepted. but ur doing the sponsored sprout eating"},
  {"sender": "amber", "text": "eww ok deal"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Becky (Lola's mum)", "text": "Hi Sian, Lola's party bags are all done! What's your address so I can drop Mia's off with her present? I don't think she got it on Saturday"},
  {"sender": "Sian (Mia's mum)", "text": "Aw thank you! 22 Foxglove Way, the one with the blue door"},
  {"sender": "Becky (Lola's mum)", "text": "Lovely, I'll pop round tomorrow afternoon"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "nan", "role": "adult"}, {"id": "kit", "role": "child"}],
 "messages": [
  {"sender": "nan", "text": "Kit darling, I've had a text with a code from the bank. A man rang and said he needs it to stop fraud on my account."},
  {"sender": "kit", "text": "NAN dont give it to him!! thats a scam"},
  {"sender": "kit", "text": "the code says never share it with anyone, not even the bank. hang up"},
  {"sender": "nan", "text": "I didn't give it, I said I'd ring back. Oh dear."},
  {"sender": "kit", "text": "ring the number on ur card. i'll tell mum to come round"},
  {"sender": "nan", "text": "Thank you love, what would I do without you"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "PCSO Laura Finch", "text": "Hello parents of Harnley Juniors. We're seeing posts on video apps offering teenagers 'easy money' for using their bank account to receive and send on money. This is money muling and it can leave them with a criminal record and a closed account. Please talk to your children, and report any approach to us."},
  {"sender": "Gareth (Callum's dad)", "text": "Thanks Laura. Is there anything we can show them?"},
  {"sender": "PCSO Laura Finch", "text": "I'll share a short video in the parents' newsletter next week."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "poppy", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "poppy", "text": "mum theres a fake account pretending to be Jessie Jukebox saying free merch if u send ur address"},
  {"sender": "mum", "text": "Did they message you?"},
  {"sender": "poppy", "text": "no i just saw it in comments. the real one has a blue tick and this one doesnt"},
  {"sender": "poppy", "text": "i reported it"},
  {"sender": "mum", "text": "Brilliant, that's exactly right. Don't reply to accounts like that."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Auntie Kerry", "text": "OK fam, Nan's 70th is two weeks Saturday. SURPRISE so nobody breathe a word 🤫"},
  {"sender": "Uncle Paul", "text": "Where are we doing it?"},
  {"sender": "Auntie Kerry", "text": "Function room at the Red Lion in Oxley Vale. 6pm. Grandad is taking her out for a 'quiet drink' first"},
  {"sender": "Grandad Bill", "text": "I can't promise I won't let it slip. You know what I'm like"},
  {"sender": "Auntie Kerry", "text": "Dad if you tell her I will kill you 😂"},
  {"sender": "Jade", "text": "can me and Kai do a video of old photos?"},
  {"sender": "Auntie Kerry", "text": "YES. Everyone send Jade pics of Nan from over the years. Not on this chat, DM her"},
  {"sender": "Uncle Paul", "text": "I've got the one of her at the holiday camp in 1982 somewhere"},
  {"sender": "Kai", "text": "send me the baby ones too pls"},
  {"sender": "Mum", "text": "I'll dig out the album. Kai what's your email, I'll scan them"},
  {"sender": "Kai", "text": "kai.fox@mailbox.test"},
  {"sender": "Grandad Bill", "text": "How do I share my location on this? Kerry wants to know when we're coming"},
  {"sender": "Jade", "text": "grandad press the plus then location then live for 1 hour"},
  {"sender": "Grandad Bill", "text": "[location]"},
  {"sender": "Auntie Kerry", "text": "That's it Dad! Perfect. Do that on the night when you leave the pub"},
  {"sender": "Jade", "text": "im dead grandad sent it from the toilet 💀"},
  {"sender": "Grandad Bill", "text": "I was testing it!"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "mum", "role": "adult"}, {"id": "freya", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "Text me when you get to Lily's please. And keep your location on until you're there"},
  {"sender": "freya", "text": "ok mum"},
  {"sender": "freya", "text": "here!!"},
  {"sender": "mum", "text": "Thank you. You can turn it off now if you want. Pick up at 8"},
  {"sender": "freya", "text": "can it be 8.30 were making cookies"},
  {"sender": "mum", "text": "Go on then 😊"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Tasha (Reggie's mum)", "text": "I've just reported an account on the Pixel Pets server called Uncle_Fun_Time. It was asking kids in the public chat how old they were."},
  {"sender": "Nick (Elsie's dad)", "text": "Did it talk to Reggie?"},
  {"sender": "Tasha (Reggie's mum)", "text": "No, it never messaged him, I saw it in the public chat while I was watching him play. Just flagging so you can check."},
  {"sender": "Nick (Elsie's dad)", "text": "Thanks, I'll look at Elsie's friends list tonight."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Brightsmile Dental", "text": "Reminder: Oscar has a check-up with Dr Lowe on Tuesday 3rd at 3.45pm. Reply C to confirm or R to rearrange."}
 ],
 "labels": []
},
{
 "messages": [
  {"sender": "Isla", "text": "what snacks r we having at the sleepover"},
  {"sender": "Nell", "text": "popcorn and sweets"},
  {"sender": "Ivy", "text": "can we do face masks"},
  {"sender": "Isla", "text": "yes!!! and watch the dog film"},
  {"sender": "Nell", "text": "my mum said lights out at 11 😭"}
 ],
 "labels": []
},
{
 "participants": [{"id": "dad", "role": "adult"}, {"id": "erin", "role": "child"}],
 "messages": [
  {"sender": "erin", "text": "football finished early can u come now"},
  {"sender": "dad", "text": "Leaving now, 10 mins. Wait inside with Coach Sue"},
  {"sender": "erin", "text": "ok. i scored!!"},
  {"sender": "dad", "text": "Get in!! ⚽ Tell me everything in the car"}
 ],
 "labels": []
},
{
 "messages": [
  {"sender": "Mel (Archie's mum)", "text": "Does anyone have the packing list for the Year 4 trip to Wildwood Farm?"},
  {"sender": "Lucy (Esme's mum)", "text": "Wellies, packed lunch, waterproof, no fizzy drinks. And a bag for muddy clothes"},
  {"sender": "Mel (Archie's mum)", "text": "Thanks! Is it Thursday or Friday?"},
  {"sender": "Lucy (Esme's mum)", "text": "Thursday, back by 3.15"}
 ],
 "labels": []
}
]
