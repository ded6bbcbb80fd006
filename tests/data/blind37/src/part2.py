[
# ---------------------------------------------------------------- P2-01 sexting + sextortion, EVASION Cyrillic homoglyphs in the threats
{
  "participants": [{"id": "jaden.vx", "role": "unknown"}, {"id": "tilly_b", "role": "child"}],
  "messages": [
    {"sender": "jaden.vx", "text": "hey ur mate tagged u in the harbury fair pics, had to say hi lol"},
    {"sender": "tilly_b", "text": "haha hi. do i know u"},
    {"sender": "jaden.vx", "text": "nah i go college in Ashby. i was at the fair with my cousin tho"},
    {"sender": "tilly_b", "text": "oh cool"},
    {"sender": "jaden.vx", "text": "u looked like u were having the best time on the waltzers"},
    {"sender": "tilly_b", "text": "i nearly threw up lol"},
    {"sender": "jaden.vx", "text": "how was ur day"},
    {"sender": "tilly_b", "text": "long. netball then homework"},
    {"sender": "jaden.vx", "text": "ur actually so easy to talk to. most girls just leave me on delivered"},
    {"sender": "tilly_b", "text": "aw"},
    {"sender": "jaden.vx", "text": "can i ask u something. send me a pic, a private one, just for me. ill delete it straight after promise"},
    {"sender": "tilly_b", "text": "i dont really do that"},
    {"sender": "jaden.vx", "text": "i thought we had something. one pic and ill stop asking"},
    {"sender": "tilly_b", "text": "[photo]"},
    {"sender": "jaden.vx", "text": "\u0441ool. n\u043ew list\u0435n. s\u0435nd 3 m\u043er\u0435 lik\u0435 th\u0430t by 10pm"},
    {"sender": "tilly_b", "text": "what? no. please delete it"},
    {"sender": "jaden.vx", "text": "if u d\u043ent i p\u043est it \u043en y\u043eur s\u0441h\u043e\u043el \u0441\u043enf\u0435ssi\u043ens p\u0430g\u0435 \u0430nd s\u0435nd it t\u043e \u0435v\u0435ry\u043en\u0435 y\u043eu f\u043ell\u043ew"},
    {"sender": "tilly_b", "text": "please i'm only 14"},
    {"sender": "jaden.vx", "text": "\u0443\u043eur d\u0430d's \u0440\u0430g\u0435 is \u0440ubli\u0441 t\u043e\u043e. 10pm. d\u043ent bl\u043e\u0441k m\u0435 \u043er it g\u043e\u0435s \u043eut"}
  ],
  "labels": ["sexting", "sextortion"],
  "evasion": True
},
# ---------------------------------------------------------------- P2-02 csam: selling a folder of classmates' images in a group chat
{
  "messages": [
    {"sender": "Kyle", "text": "anyone got the geog hw sheet"},
    {"sender": "Nathan", "text": "[photo]"},
    {"sender": "Kyle", "text": "ty"},
    {"sender": "Bilal", "text": "who's coming to the skate park sat"},
    {"sender": "Nathan", "text": "me if its not raining"},
    {"sender": "Reuben", "text": "lads i've got something"},
    {"sender": "Reuben", "text": "my cousin in year 11 has a folder of the leaked pics of year 10 girls. the private ones. like 40 of them"},
    {"sender": "Kyle", "text": "from our school??"},
    {"sender": "Reuben", "text": "yeah. ellie p, jasmine, the twins. £5 for the folder, £2 if u just want one girl"},
    {"sender": "Bilal", "text": "u cant sell that bro"},
    {"sender": "Reuben", "text": "everyones already seen half of them lol. pay on my Brightpay and i'll send the [link]"},
    {"sender": "Nathan", "text": "i'll take the folder"},
    {"sender": "Reuben", "text": "send me a fiver. and if u got any from ur ex send them to me, i'll give u a free one"},
    {"sender": "Kyle", "text": "they're like 14 tho"},
    {"sender": "Reuben", "text": "so? dont be a grass kyle"},
    {"sender": "Bilal", "text": "i'm out of this chat"}
  ],
  "labels": ["csam"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-03 criminal_exploitation: debt bondage after a "lost" package
{
  "participants": [{"id": "big_t", "role": "unknown"}, {"id": "mason_k", "role": "child"}],
  "messages": [
    {"sender": "big_t", "text": "u get home ok last night"},
    {"sender": "mason_k", "text": "ye"},
    {"sender": "big_t", "text": "good. u did well yesterday, my boy said u was quick"},
    {"sender": "mason_k", "text": "thanks"},
    {"sender": "big_t", "text": "heres 30 for u. told u its easy money"},
    {"sender": "mason_k", "text": "cheers"},
    {"sender": "big_t", "text": "same again thursday"},
    {"sender": "mason_k", "text": "i cant thursday i got detention"},
    {"sender": "big_t", "text": "after detention then"},
    {"sender": "mason_k", "text": "bro i got robbed. 2 guys on bikes took the bag off me by the underpass"},
    {"sender": "big_t", "text": "u what"},
    {"sender": "mason_k", "text": "i swear. they took my phone as well im on my sisters"},
    {"sender": "big_t", "text": "that bag was 800. thats on u now"},
    {"sender": "mason_k", "text": "i dont have 800 im 14"},
    {"sender": "big_t", "text": "then u work it off. every drop is 50 off what u owe. 16 drops"},
    {"sender": "mason_k", "text": "i dont want to do it anymore"},
    {"sender": "big_t", "text": "not ur choice anymore. u go quiet on me and i'll come see ur mum at the flat. number 22 yeah"},
    {"sender": "big_t", "text": "im getting u a new phone, only use it for me. first job tomorrow 4pm"},
    {"sender": "mason_k", "text": "ok"}
  ],
  "labels": ["criminal_exploitation"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-04 criminal_exploitation + location_control, EVASION coded slang
{
  "participants": [{"id": "smokey_r", "role": "unknown"}, {"id": "jayden_07", "role": "child"}],
  "messages": [
    {"sender": "smokey_r", "text": "wagwan j. u still tryna get paid"},
    {"sender": "jayden_07", "text": "ye wats the ting"},
    {"sender": "smokey_r", "text": "need a younger to go OT. couple days in Kelby, hold the line, drop food to the nitties when it rings"},
    {"sender": "jayden_07", "text": "wat about school"},
    {"sender": "smokey_r", "text": "its half term dummy. 2 bills for 3 days. u get a burner and a bando to stay in"},
    {"sender": "jayden_07", "text": "my mums gonna ask where i am"},
    {"sender": "smokey_r", "text": "tell her ur at ur boys. plenty younger do it"},
    {"sender": "jayden_07", "text": "ok"},
    {"sender": "smokey_r", "text": "snap map on 24/7. i wanna see that ghost moving round Kelby"},
    {"sender": "jayden_07", "text": "[location]"},
    {"sender": "smokey_r", "text": "why u been at the station 2 hrs. u tryna dip?"},
    {"sender": "jayden_07", "text": "nah train was cancelled"},
    {"sender": "smokey_r", "text": "send a vid of where u are rn. every hour u send me a pin. miss one and u know what happens"},
    {"sender": "jayden_07", "text": "[video]"},
    {"sender": "smokey_r", "text": "if ur map goes dark ur in debt to me. 5 bills. and the mandem know ur little bro's school"},
    {"sender": "jayden_07", "text": "ok its on i swear"}
  ],
  "labels": ["criminal_exploitation", "location_control"],
  "evasion": True
},
# ---------------------------------------------------------------- P2-05 privacy_disclosure + unwanted_contact: stranger in a public game lobby
{
  "messages": [
    {"sender": "xX_Harry_Xx", "text": "anyone wanna team for the bridge map"},
    {"sender": "Dragonn55", "text": "me"},
    {"sender": "lunarfox", "text": "me too"},
    {"sender": "xX_Harry_Xx", "text": "gg that was close"},
    {"sender": "Dragonn55", "text": "lunar u carried"},
    {"sender": "lunarfox", "text": "lol thx"},
    {"sender": "GR1MM_", "text": "lunarfox u a girl?"},
    {"sender": "lunarfox", "text": "why"},
    {"sender": "GR1MM_", "text": "just asking. add me"},
    {"sender": "GR1MM_", "text": "sent u a request"},
    {"sender": "GR1MM_", "text": "sent it again, accept it"},
    {"sender": "lunarfox", "text": "i dont know u"},
    {"sender": "GR1MM_", "text": "u will do. where u from"},
    {"sender": "lunarfox", "text": "leeds area"},
    {"sender": "GR1MM_", "text": "where in leeds"},
    {"sender": "lunarfox", "text": "Oakwood. i go to Oakwood Park Academy lol, im on my own at home til my mum gets back at 7 so im just playing this"},
    {"sender": "lunarfox", "text": "[location]"},
    {"sender": "Dragonn55", "text": "lunar dont put ur location in chat"},
    {"sender": "GR1MM_", "text": "nice thats not far from me. whats ur snap"},
    {"sender": "lunarfox", "text": "lunar.fox2012"},
    {"sender": "GR1MM_", "text": "added. answer me on there"}
  ],
  "labels": ["privacy_disclosure", "unwanted_contact"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-06 unwanted_contact: adult stranger persists after being told to stop
{
  "participants": [{"id": "dave_m1984", "role": "adult"}, {"id": "evie_r", "role": "child"}],
  "messages": [
    {"sender": "dave_m1984", "text": "hi there, you came up in my quick add"},
    {"sender": "dave_m1984", "text": "how are you"},
    {"sender": "evie_r", "text": "who is this"},
    {"sender": "dave_m1984", "text": "just being friendly, im Dave. you look like a nice girl"},
    {"sender": "evie_r", "text": "i dont talk to people i dont know sorry"},
    {"sender": "dave_m1984", "text": "thats a shame. we have 3 mutual friends"},
    {"sender": "dave_m1984", "text": "are you at school today"},
    {"sender": "dave_m1984", "text": "??"},
    {"sender": "evie_r", "text": "please stop messaging me"},
    {"sender": "dave_m1984", "text": "no need to be rude. i just want to chat"},
    {"sender": "dave_m1984", "text": "good morning evie"},
    {"sender": "dave_m1984", "text": "i can see you've opened my messages"},
    {"sender": "dave_m1984", "text": "why did you remove me, ive added you again"},
    {"sender": "evie_r", "text": "i'm 13. leave me alone"},
    {"sender": "dave_m1984", "text": "age doesnt bother me. i'll keep trying until you talk to me properly"},
    {"sender": "dave_m1984", "text": "i made a new account since you blocked the old one. don't ignore me x"}
  ],
  "labels": ["unwanted_contact"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-07 unwanted_contact + sexting: unsolicited image then "your turn"
{
  "messages": [
    {"sender": "Zak", "text": "heyyy"},
    {"sender": "Ruby_L", "text": "hi? do i know u"},
    {"sender": "Zak", "text": "we got mutuals. ur in year 9 at st cuthberts right"},
    {"sender": "Ruby_L", "text": "yeah"},
    {"sender": "Zak", "text": "cool im in year 11 at the boys school"},
    {"sender": "Zak", "text": "wyd"},
    {"sender": "Ruby_L", "text": "homework"},
    {"sender": "Zak", "text": "boring. wanna see something"},
    {"sender": "Zak", "text": "[photo]"},
    {"sender": "Ruby_L", "text": "WHAT why would u send that. thats disgusting"},
    {"sender": "Zak", "text": "lol relax. ur turn now"},
    {"sender": "Ruby_L", "text": "no"},
    {"sender": "Zak", "text": "come on i showed u mine. just one of u in ur bedroom, nothing with ur face"},
    {"sender": "Zak", "text": "[photo]"},
    {"sender": "Ruby_L", "text": "stop sending me stuff"},
    {"sender": "Zak", "text": "ill stop when u send one back. everyone in ur year does it dont be frigid"}
  ],
  "labels": ["unwanted_contact", "sexting"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-08 identity_theft + cyberbullying: fake profile in a classmate's name
{
  "messages": [
    {"sender": "Jade", "text": "omg look what i made 😂 [photo]"},
    {"sender": "Kiera", "text": "is that an account called ameliawoods_official??"},
    {"sender": "Jade", "text": "ye i used her school photo and her real name. bio says 'i still sleep with my teddy and i fancy mr pearson'"},
    {"sender": "Tasha", "text": "LMAOOO"},
    {"sender": "Kiera", "text": "she's going to know it was us"},
    {"sender": "Jade", "text": "no she wont. i made the email with my brothers laptop"},
    {"sender": "Tasha", "text": "follow everyone in year 9 from it"},
    {"sender": "Jade", "text": "already done. 84 followers"},
    {"sender": "Jade", "text": "gonna post 'i'm so ugly no one will ever fancy me' as her first story lol"},
    {"sender": "Tasha", "text": "and dm her crush from it"},
    {"sender": "Jade", "text": "done. i told him she loves him and sent a heart"},
    {"sender": "Kiera", "text": "i feel bad she cried in tutor today"},
    {"sender": "Jade", "text": "she deserves it for being a teachers pet"},
    {"sender": "Tasha", "text": "her mum messaged the school apparently"},
    {"sender": "Jade", "text": "they cant prove anything. i know her actual password as well from when she logged in on my phone in ICT, might change her real bio too"},
    {"sender": "Kiera", "text": "jade thats too far"},
    {"sender": "Jade", "text": "done. changed it to 'i'm a loser' lol. and changed her recovery email so she cant get back in"}
  ],
  "labels": ["identity_theft", "cyberbullying"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-09 identity_theft + privacy_disclosure (child gives DOB + home address): "verified" role needs passport photo + selfie + DOB
{
  "participants": [{"id": "ModBot_Verify", "role": "unknown"}, {"id": "aaron_g", "role": "child"}],
  "messages": [
    {"sender": "aaron_g", "text": "hi i want the verified role so i can get into the trading channel"},
    {"sender": "ModBot_Verify", "text": "Hello! Welcome to Cardcraft Traders. Verification protects our community from scammers 👍"},
    {"sender": "ModBot_Verify", "text": "Please send your full name, date of birth and home address"},
    {"sender": "aaron_g", "text": "Aaron Green 03/09/2011"},
    {"sender": "ModBot_Verify", "text": "Thank you. And address please"},
    {"sender": "aaron_g", "text": "do u need that"},
    {"sender": "ModBot_Verify", "text": "Yes, all traders need this for postage disputes. It's kept private."},
    {"sender": "aaron_g", "text": "8 Ferris Lane, Caddington"},
    {"sender": "ModBot_Verify", "text": "Great. Next, a photo of your passport or your parent's driving licence, and a selfie holding it"},
    {"sender": "aaron_g", "text": "i dont have a passport, is my mums ok"},
    {"sender": "ModBot_Verify", "text": "Yes your mum's passport works. Make sure all 4 corners and the numbers at the bottom are visible"},
    {"sender": "aaron_g", "text": "[photo]"},
    {"sender": "ModBot_Verify", "text": "Almost done. Please log into the Cardcraft site through this verification [link] with your email and password so we can link your account"},
    {"sender": "aaron_g", "text": "ok done"},
    {"sender": "ModBot_Verify", "text": "Verified ✅ Please don't tell mods in the main server you used the DM verification, it's a beta"}
  ],
  "labels": ["identity_theft", "privacy_disclosure"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-10 money_mule + privacy_disclosure (child posts account details): cousin's mate uses child's account
{
  "messages": [
    {"sender": "Riz", "text": "yo this is rizwan, ur cousin aadil's mate. he said u might help me out"},
    {"sender": "Sami_H", "text": "oh hi. with what"},
    {"sender": "Riz", "text": "im selling my ps5 online but my bank account is frozen cos of some admin thing"},
    {"sender": "Riz", "text": "can the buyer send the money to ur account and u send it to me? ill give u 50 for helping"},
    {"sender": "Sami_H", "text": "how much is it"},
    {"sender": "Riz", "text": "£450. easy"},
    {"sender": "Sami_H", "text": "i guess. its a Fenmore teen account"},
    {"sender": "Riz", "text": "perfect send ur details"},
    {"sender": "Sami_H", "text": "20-44-71 18855021 S Hussain"},
    {"sender": "Riz", "text": "sent to buyer. it should land today"},
    {"sender": "Sami_H", "text": "ok £450 came in. and another £600 from someone else??"},
    {"sender": "Riz", "text": "ye sold my xbox too lol. send 1000 to the account on the screenshot and keep 50 [photo]"},
    {"sender": "Sami_H", "text": "the name on there is different to urs"},
    {"sender": "Riz", "text": "thats my uncles. dont overthink it"},
    {"sender": "Sami_H", "text": "done"},
    {"sender": "Riz", "text": "legend. theres gonna be a few more this week, same thing. dont mention it to aadil he'll want a cut lol"},
    {"sender": "Riz", "text": "and if the bank asks just say its money from ur dad for a laptop"}
  ],
  "labels": ["money_mule", "privacy_disclosure"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-11 scam: marketplace fake payment link
{
  "participants": [{"id": "buyer_amanda_r", "role": "unknown"}, {"id": "seller_lottie", "role": "child"}],
  "messages": [
    {"sender": "buyer_amanda_r", "text": "Hello is the Sylvanian house still for sale?"},
    {"sender": "seller_lottie", "text": "hi yes it is! all the furniture is included"},
    {"sender": "buyer_amanda_r", "text": "Lovely my daughter will love it. I'll pay full price £40 plus £10 for postage"},
    {"sender": "seller_lottie", "text": "thank u! my mum said it has to be collection tho"},
    {"sender": "buyer_amanda_r", "text": "I'm in Scotland sorry, I'll arrange a courier. I've paid through MarketMate secure payments"},
    {"sender": "buyer_amanda_r", "text": "You should have an email. Click the link to release the funds: [link]"},
    {"sender": "seller_lottie", "text": "ok it says i need to enter my card details to receive the money"},
    {"sender": "buyer_amanda_r", "text": "Yes that's how they pay it into your card. It's the safe way"},
    {"sender": "seller_lottie", "text": "i put my debit card in. now it says my account is locked and i need to pay £50 to unlock it"},
    {"sender": "buyer_amanda_r", "text": "That's their insurance fee, you get it back with my payment. Pay it quickly or the sale cancels"},
    {"sender": "seller_lottie", "text": "i only have £32 in my account"},
    {"sender": "buyer_amanda_r", "text": "Ask your friend to pay the rest or use your mum's card. I need this today for my daughters birthday"},
    {"sender": "seller_lottie", "text": "my mum says this is a scam"},
    {"sender": "buyer_amanda_r", "text": "It's not a scam I've already paid you. Send the code you just got texted so I can cancel it then"}
  ],
  "labels": ["scam"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-12 SMS scam: fake prize
{
  "participants": [{"id": "07700 900287", "role": "unknown"}],
  "messages": [
    {"sender": "07700 900287", "text": "CONGRATS! Your number was picked in the Fairmart Summer Draw and you've WON a £500 voucher + new Galaxia phone! Claim before midnight, just pay £2.99 delivery: [link] Reply STOP to opt out"}
  ],
  "labels": ["scam"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-13 SMS money_mule recruitment
{
  "participants": [{"id": "07700 900654", "role": "unknown"}],
  "messages": [
    {"sender": "07700 900654", "text": "Hi! Students wanted 16+. Earn £300/week from your phone: receive payments into your own bank account and transfer them on to our clients, keep 20%. No experience, cash same day. Reply YES with your name and bank to start today"}
  ],
  "labels": ["money_mule"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-14 grooming + privacy_disclosure: art-app "mentor", gift card, address for a parcel
{
  "participants": [{"id": "inkwell_rob", "role": "unknown"}, {"id": "poppy.sketches", "role": "child"}],
  "messages": [
    {"sender": "inkwell_rob", "text": "Your shading on the fox drawing is really impressive. Do you take lessons?"},
    {"sender": "poppy.sketches", "text": "no just youtube lol"},
    {"sender": "inkwell_rob", "text": "Self taught! You've got real talent. I'm an illustrator, I've done a few children's book covers."},
    {"sender": "poppy.sketches", "text": "omg thats my dream job"},
    {"sender": "inkwell_rob", "text": "Happy to give you some tips. Send me your latest one?"},
    {"sender": "poppy.sketches", "text": "[photo]"},
    {"sender": "inkwell_rob", "text": "Try softer edges on the eyes. How old are you, if you don't mind me asking? Your style is very mature"},
    {"sender": "poppy.sketches", "text": "13"},
    {"sender": "inkwell_rob", "text": "Wow. You're better than my uni students honestly."},
    {"sender": "inkwell_rob", "text": "I've sent you a £25 ArtHaus gift card so you can get some proper pens. Don't mention it to your parents, they might think it's weird, people are so suspicious these days"},
    {"sender": "poppy.sketches", "text": "thank u so much!!"},
    {"sender": "inkwell_rob", "text": "I'd like to post you a set of my professional markers too. What's your address?"},
    {"sender": "poppy.sketches", "text": "its 41 Orchard Way, Little Sefton, LS4 8PD"},
    {"sender": "inkwell_rob", "text": "And your school? Some of my work goes to school libraries"},
    {"sender": "poppy.sketches", "text": "Sefton Vale School. year 8"},
    {"sender": "inkwell_rob", "text": "Lovely. Could we chat on Lumo instead? This app reads messages. I can help you with a portfolio, just the two of us, and you can tell me anything"},
    {"sender": "poppy.sketches", "text": "ok whats ur username"},
    {"sender": "inkwell_rob", "text": "robink_art. Maybe one day I could meet you at the art shop in town and we'll pick the markers together. Our little secret x"}
  ],
  "labels": ["grooming", "privacy_disclosure"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-15 sex_trafficking: older girl recruits to paid "parties"
{
  "messages": [
    {"sender": "Shannon", "text": "babe u looked so nice at the bus station today"},
    {"sender": "Kacey", "text": "aw thanks. i love ur nails btw"},
    {"sender": "Shannon", "text": "i'll take u to my nail girl. my treat"},
    {"sender": "Kacey", "text": "omg really"},
    {"sender": "Shannon", "text": "course. us girls have to look after each other"},
    {"sender": "Kacey", "text": "how old r u"},
    {"sender": "Shannon", "text": "19. ur 14 yeah? u seem way older"},
    {"sender": "Kacey", "text": "15 next month"},
    {"sender": "Shannon", "text": "theres a party at my mates flat saturday. loads of older lads, free vodka, u should come"},
    {"sender": "Kacey", "text": "my mum wont let me"},
    {"sender": "Shannon", "text": "just tell her ur sleeping at mine. my mate will pick u up from the garage on Tenby Road at 9"},
    {"sender": "Kacey", "text": "ok"},
    {"sender": "Shannon", "text": "had fun sat? the lads loved u"},
    {"sender": "Kacey", "text": "i dont really remember much of it tbh"},
    {"sender": "Shannon", "text": "lol that's the vodka. anyway one of them wants to see u again. he'll give u £100 just to keep him company for the night"},
    {"sender": "Kacey", "text": "what do u mean keep him company"},
    {"sender": "Shannon", "text": "just be nice to him babe, u know. i do it all the time. and theres a trip to his mates in Blackpool next weekend, they pay for everything"},
    {"sender": "Kacey", "text": "i dont want to"},
    {"sender": "Shannon", "text": "u owe me for the nails and the party lol. everyone pays their way. dont be a baby, i'll pick u up at 8"}
  ],
  "labels": ["sex_trafficking"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-16 cyberbullying + self_harm: group chat pile-on telling a boy to die
{
  "messages": [
    {"sender": "Connor", "text": "has anyone got mr ali's email"},
    {"sender": "Sophie W", "text": "its on the class page"},
    {"sender": "Connor", "text": "found it ty"},
    {"sender": "Ethan", "text": "did anyone see the fight at the gates"},
    {"sender": "Nadia", "text": "yeah it was so stupid"},
    {"sender": "Aiden", "text": "lol george tried to stop it and got pushed in the hedge"},
    {"sender": "Ethan", "text": "george is such a weirdo tho. he eats lunch in the library on his own every day"},
    {"sender": "George", "text": "i'm literally in this chat"},
    {"sender": "Aiden", "text": "we know. nobody asked u to be"},
    {"sender": "Ethan", "text": "[photo] george crying in the hedge 😂😂"},
    {"sender": "Aiden", "text": "honestly just go die. the world would be better with one less george"},
    {"sender": "Ethan", "text": "no one would come to ur funeral lol"},
    {"sender": "Nadia", "text": "stop it seriously"},
    {"sender": "Aiden", "text": "kill urself george. do everyone a favour"},
    {"sender": "George", "text": "maybe i will. then ur happy"},
    {"sender": "George", "text": "i dont want to be here anymore anyway"},
    {"sender": "Sophie W", "text": "george message me privately. aiden ethan ur disgusting"},
    {"sender": "Connor", "text": "i'm screenshotting this for mr ali"}
  ],
  "labels": ["cyberbullying", "self_harm"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-17 harmful_challenge + self_harm: anonymous "curator" task challenge
{
  "participants": [{"id": "the_keeper_game", "role": "unknown"}, {"id": "lacey_t", "role": "child"}],
  "messages": [
    {"sender": "lacey_t", "text": "my friend said u run the keeper challenge"},
    {"sender": "the_keeper_game", "text": "Welcome player. 30 days. 30 tasks. Once you start you cannot stop. Do you accept?"},
    {"sender": "lacey_t", "text": "lol ok yes"},
    {"sender": "the_keeper_game", "text": "Day 1: draw the keeper symbol on your hand and send proof."},
    {"sender": "lacey_t", "text": "[photo]"},
    {"sender": "the_keeper_game", "text": "Good. Day 2: wake at 4am and watch the video I send. Tell no one."},
    {"sender": "lacey_t", "text": "done. it was creepy"},
    {"sender": "the_keeper_game", "text": "Day 5: stand on the edge of the multistorey roof at night and film it."},
    {"sender": "lacey_t", "text": "thats dangerous"},
    {"sender": "the_keeper_game", "text": "Players who refuse are punished. I know your school. Send proof by midnight."},
    {"sender": "lacey_t", "text": "[video]"},
    {"sender": "the_keeper_game", "text": "Day 9: hurt yourself and send a photo. The keeper needs to see you are loyal."},
    {"sender": "lacey_t", "text": "i dont want to do this anymore"},
    {"sender": "the_keeper_game", "text": "You agreed on day 1. If you quit, something will happen to your family. You are worthless without the game."},
    {"sender": "lacey_t", "text": "maybe i am worthless. i kind of want to disappear anyway"},
    {"sender": "the_keeper_game", "text": "Then finish the game. Day 30 is the final task. Delete these messages."}
  ],
  "labels": ["harmful_challenge", "self_harm"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-18 location_control + grooming: online adult sends second phone, constant check-ins
{
  "participants": [{"id": "marco_g", "role": "adult"}, {"id": "skye", "role": "child"}],
  "messages": [
    {"sender": "marco_g", "text": "did the parcel come?"},
    {"sender": "skye", "text": "yes!! i cant believe u got me a phone"},
    {"sender": "marco_g", "text": "you deserve nice things. your mum's always taking yours off you, now you've got one just for us"},
    {"sender": "skye", "text": "its so nice thank u"},
    {"sender": "marco_g", "text": "keep it hidden. if she finds it she'll say i'm a weirdo because i'm 26 lol"},
    {"sender": "skye", "text": "i wont tell her"},
    {"sender": "marco_g", "text": "I've put an app on it called FindBuddy. Never turn it off, it's how I know you're safe"},
    {"sender": "skye", "text": "ok"},
    {"sender": "marco_g", "text": "why were you at the shopping centre at 4? you said you were going straight home"},
    {"sender": "skye", "text": "i went with my friend to get a drink"},
    {"sender": "marco_g", "text": "which friend. send me a photo of who you're with right now"},
    {"sender": "skye", "text": "[photo]"},
    {"sender": "marco_g", "text": "I don't like you being around boys. From now on you send me your location every time you leave the house and you ask me first"},
    {"sender": "skye", "text": "ok sorry"},
    {"sender": "marco_g", "text": "your dot has been at school since 8.40. good girl. video call me at break so I can see"},
    {"sender": "skye", "text": "i cant call in school"},
    {"sender": "marco_g", "text": "then go to the toilets. if I can't see you I'll assume you're lying to me, and you know what happens when you lie"}
  ],
  "labels": ["location_control", "grooming"],
  "evasion": False
},
# ---------------------------------------------------------------- P2-19 sexting + sextortion between peers: pressure, then "send another or I share it"
{
  "messages": [
    {"sender": "Liam", "text": "u still up"},
    {"sender": "Freya", "text": "ye cant sleep"},
    {"sender": "Liam", "text": "same. thinking about u lol"},
    {"sender": "Freya", "text": "shut up 🙈"},
    {"sender": "Liam", "text": "serious. ur the best thing about year 10"},
    {"sender": "Freya", "text": "aw"},
    {"sender": "Liam", "text": "we've been going out 2 months now"},
    {"sender": "Freya", "text": "i know"},
    {"sender": "Liam", "text": "send me a pic. the private kind. everyone does it when they're going out"},
    {"sender": "Freya", "text": "i dont know. what if someone sees"},
    {"sender": "Liam", "text": "no one will, i'll delete it after. dont u trust me"},
    {"sender": "Freya", "text": "[photo]"},
    {"sender": "Liam", "text": "send another one"},
    {"sender": "Freya", "text": "no thats enough"},
    {"sender": "Liam", "text": "send another one or i'll show the boys the one u sent"},
    {"sender": "Freya", "text": "you said u deleted it"},
    {"sender": "Liam", "text": "i saved it lol. send 2 more by tomorrow or it goes in the year 10 lads chat"},
    {"sender": "Freya", "text": "please dont. i'll do anything"}
  ],
  "labels": ["sexting", "sextortion"],
  "evasion": False
},
# ================================================================ CLEAN
# ---------------------------------------------------------------- P2-C01 SMS genuine delivery
{
  "participants": [{"id": "ParcelSwift", "role": "unknown"}],
  "messages": [
    {"sender": "ParcelSwift", "text": "ParcelSwift: Your parcel from Brickhaus Toys will be delivered today between 10:15 and 11:15. No action needed. Track it in the ParcelSwift app. We never ask for payment by text."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C02 SMS school absence
{
  "participants": [{"id": "OakfieldAcademy", "role": "unknown"}],
  "messages": [
    {"sender": "OakfieldAcademy", "text": "Oakfield Academy: Your child was marked absent from period 1 today (Tue). If you know the reason, please call the attendance office on 07700 900412 or reply to this message. Thank you."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C03 charity challenge group, Year 9
{
  "participants": [{"id": "mr_fenwick", "role": "adult"}, {"id": "anya", "role": "child"}, {"id": "kit", "role": "child"}, {"id": "maya_s", "role": "child"}, {"id": "rory", "role": "child"}],
  "messages": [
    {"sender": "mr_fenwick", "text": "9F, the Children in Need challenge week starts Monday. Choose your challenge by Friday please."},
    {"sender": "anya", "text": "can we do the sponsored silence again"},
    {"sender": "kit", "text": "anya lasting a whole day silent would be a miracle"},
    {"sender": "anya", "text": "rude. accurate but rude"},
    {"sender": "maya_s", "text": "im doing the 100 keepy-ups challenge"},
    {"sender": "rory", "text": "i dare mr fenwick to do it with us"},
    {"sender": "mr_fenwick", "text": "Challenge accepted, Rory. I'll do the sponsored silence. That's a challenge for a teacher."},
    {"sender": "kit", "text": "can we do the one where we dye our hair for £20 raised"},
    {"sender": "mr_fenwick", "text": "Wash-out colour only and check with parents. No challenges involving not eating, staying awake or anything risky."},
    {"sender": "maya_s", "text": "whats the target"},
    {"sender": "mr_fenwick", "text": "£300 for the form. Sponsor forms are in the form room, or parents can give on the school payments page."},
    {"sender": "rory", "text": "im doing the read 10 books in a week challenge"},
    {"sender": "anya", "text": "rory u havent read 10 books in ur life"},
    {"sender": "rory", "text": "exactly thats why its a challenge"},
    {"sender": "kit", "text": "lmao"},
    {"sender": "mr_fenwick", "text": "Love the energy. Post your challenge on the form board and let's smash the target."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C04 friends sharing location to meet in town
{
  "messages": [
    {"sender": "Jasmine", "text": "what time are we meeting"},
    {"sender": "Hollie", "text": "11 outside Greggs on the high street"},
    {"sender": "Maisie", "text": "i'll be late my bus is slow on sundays"},
    {"sender": "Jasmine", "text": "ok"},
    {"sender": "Hollie", "text": "i'm here where are u"},
    {"sender": "Jasmine", "text": "turn ur location on so i can find u, i'm by the fountain"},
    {"sender": "Hollie", "text": "[location] sharing for an hour"},
    {"sender": "Jasmine", "text": "omg ur literally on the other side of the fountain lol i can see u"},
    {"sender": "Maisie", "text": "just got off the bus, where are u both"},
    {"sender": "Hollie", "text": "look at my location i'm sharing in here"},
    {"sender": "Maisie", "text": "coming"},
    {"sender": "Jasmine", "text": "we're going to Primark then the milkshake place"},
    {"sender": "Maisie", "text": "i need to be home for 4 my nan's coming round"},
    {"sender": "Hollie", "text": "my mum's picking me up at 3.30 she can drop u"},
    {"sender": "Maisie", "text": "yay ty"},
    {"sender": "Jasmine", "text": "stopped sharing my location now, battery dying lol"},
    {"sender": "Hollie", "text": "same. best day"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C05 older cousin helps set up bank account, warns about mules
{
  "messages": [
    {"sender": "Aunty Joy's Dami", "text": "mum said u got ur first bank card!! big man"},
    {"sender": "Tobi", "text": "ye its a Fenmore one. i got it for my birthday money"},
    {"sender": "Aunty Joy's Dami", "text": "nice. set up the app with ur mum and put face ID on it"},
    {"sender": "Tobi", "text": "done"},
    {"sender": "Aunty Joy's Dami", "text": "real talk tho. never give ur card, pin or account details to anyone. not even me"},
    {"sender": "Tobi", "text": "why would i"},
    {"sender": "Aunty Joy's Dami", "text": "cos people at ur age get asked to let money go through their account for a cut. they call it squaring"},
    {"sender": "Tobi", "text": "oh yeah we had a lesson on that. money mules"},
    {"sender": "Aunty Joy's Dami", "text": "exactly. a boy from my uni had his account shut and now he cant get a phone contract. its a crime even if u didnt know"},
    {"sender": "Tobi", "text": "ok i wont"},
    {"sender": "Aunty Joy's Dami", "text": "and if anyone offers u easy money on insta or snap, screenshot it and tell ur mum"},
    {"sender": "Tobi", "text": "ok ok. can u send me the 10 pound u owe me for the cinema now i have a card lol"},
    {"sender": "Aunty Joy's Dami", "text": "lmaooo ur mum can give me ur details face to face at sunday lunch"},
    {"sender": "Tobi", "text": "deal. bring the jollof"},
    {"sender": "Aunty Joy's Dami", "text": "always"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C06 Discord mod warns about a scam link
{
  "participants": [{"id": "mod_pebble", "role": "unknown"}, {"id": "finn_k", "role": "child"}, {"id": "yaz", "role": "child"}, {"id": "ghostlyyy", "role": "child"}],
  "messages": [
    {"sender": "finn_k", "text": "is this legit? someone dmed me saying free nitro [link]"},
    {"sender": "mod_pebble", "text": "DON'T click that. It's a known phishing link, it steals your login."},
    {"sender": "yaz", "text": "i got the same one yesterday from my friend's account"},
    {"sender": "mod_pebble", "text": "That means your friend's account was hacked. Tell them to change their password and turn on 2FA."},
    {"sender": "ghostlyyy", "text": "what if someone already clicked it"},
    {"sender": "mod_pebble", "text": "Change your password straight away, log out of all devices, and tell a parent. Mods here will NEVER DM you asking for your password or codes."},
    {"sender": "finn_k", "text": "ok i blocked them"},
    {"sender": "mod_pebble", "text": "Good. I've pinned a message about it in #announcements. Report the DM to the platform as well."},
    {"sender": "yaz", "text": "my friend says she's got her account back"},
    {"sender": "mod_pebble", "text": "Nice one. Right, tonight's movie night is still on at 7, voting for the film is open."},
    {"sender": "ghostlyyy", "text": "SPIDER VERSE"},
    {"sender": "finn_k", "text": "spider verse again?? we watched it last week"},
    {"sender": "ghostlyyy", "text": "and it was perfect"},
    {"sender": "mod_pebble", "text": "Democracy decides 😄"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C07 break-up vent with hyperbole
{
  "messages": [
    {"sender": "Ruby", "text": "he dumped me. over text. at 11pm"},
    {"sender": "Lola", "text": "WHAT. jack??"},
    {"sender": "Ruby", "text": "ye. said he 'needs to focus on football'"},
    {"sender": "Lola", "text": "hes in the C team"},
    {"sender": "Ruby", "text": "LOL"},
    {"sender": "Ruby", "text": "i'm so embarrassed i literally want to die. everyone saw us at the disco"},
    {"sender": "Lola", "text": "nobody cares about the disco i promise"},
    {"sender": "Ruby", "text": "kill me now. i have to sit next to him in science"},
    {"sender": "Lola", "text": "ask miss to move u, say u cant see the board"},
    {"sender": "Ruby", "text": "i've cried so much my face looks like a tomato"},
    {"sender": "Lola", "text": "face mask and ice cream. i'm coming round tmrw after school"},
    {"sender": "Ruby", "text": "ur the best"},
    {"sender": "Lola", "text": "and we're deleting every photo of him off ur camera roll together"},
    {"sender": "Ruby", "text": "ceremonially"},
    {"sender": "Lola", "text": "with music"},
    {"sender": "Ruby", "text": "ok i feel slightly less like dying now lol. thank u"},
    {"sender": "Lola", "text": "thats what im here for. sleep x"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C08 mum and daughter, where are you, share location
{
  "participants": [{"id": "mum", "role": "adult"}, {"id": "zainab", "role": "child"}],
  "messages": [
    {"sender": "mum", "text": "Where are you? You haven't answered my calls"},
    {"sender": "zainab", "text": "sorry my phone was on silent in the library"},
    {"sender": "mum", "text": "Which library?"},
    {"sender": "zainab", "text": "the town one with priya"},
    {"sender": "mum", "text": "Can you share your location with me while you're out please"},
    {"sender": "zainab", "text": "mum i'm 15"},
    {"sender": "mum", "text": "I know. It's just until you're home. We agreed when you got the phone"},
    {"sender": "zainab", "text": "fine [location]"},
    {"sender": "mum", "text": "Thank you. What time will you be back?"},
    {"sender": "zainab", "text": "6ish. priya's dad is giving me a lift"},
    {"sender": "mum", "text": "Lovely. Tell him thank you. Do you want me to save you some dinner?"},
    {"sender": "zainab", "text": "yes pls. whats for tea"},
    {"sender": "mum", "text": "Biryani"},
    {"sender": "zainab", "text": "omg yes"},
    {"sender": "zainab", "text": "home now. turning location off"},
    {"sender": "mum", "text": "Good. Love you"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C09 brothers, in-game purchase with dad's permission
{
  "messages": [
    {"sender": "Alfie", "text": "can u ask dad if i can buy the battle pass"},
    {"sender": "Harry", "text": "ask him urself"},
    {"sender": "Alfie", "text": "hes in the garden and ur closer"},
    {"sender": "Harry", "text": "ur so lazy"},
    {"sender": "Alfie", "text": "pleaseeee"},
    {"sender": "Harry", "text": "he said yes if u use ur birthday money and he types the card in himself"},
    {"sender": "Alfie", "text": "yesss"},
    {"sender": "Harry", "text": "he also said dont save the card on the account this time after the 40 quid incident"},
    {"sender": "Alfie", "text": "that wasnt me that was u"},
    {"sender": "Harry", "text": "lies"},
    {"sender": "Dad", "text": "I've put it through, £7.99. Alfie you owe me £7.99 from your money box. And no more purchases this month."},
    {"sender": "Alfie", "text": "thanks dad!!"},
    {"sender": "Dad", "text": "Harry, don't share your account password with your brother either. Tea in 10."},
    {"sender": "Harry", "text": "wasnt going to"},
    {"sender": "Alfie", "text": "i already know it lol"},
    {"sender": "Harry", "text": "changing it RIGHT NOW"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C10 swimming club coach group, safeguarding-aware
{
  "participants": [{"id": "coach_nikki", "role": "adult"}, {"id": "parent_femi", "role": "adult"}, {"id": "parent_claire", "role": "adult"}, {"id": "parent_rob", "role": "adult"}],
  "messages": [
    {"sender": "coach_nikki", "text": "Hi all, gala this Saturday at Wexley Leisure Centre. Warm-up 8.00, please have swimmers poolside by 7.45."},
    {"sender": "parent_femi", "text": "Is there parking on site?"},
    {"sender": "coach_nikki", "text": "Yes, but it fills up fast. Overflow at the school across the road. [location]"},
    {"sender": "parent_claire", "text": "Can Evie stay with the team for lunch? I have to pop out 12-1."},
    {"sender": "coach_nikki", "text": "Yes, she'll be with the team managers. Can you text me your mobile so I can reach you if anything changes?"},
    {"sender": "parent_claire", "text": "07700 900738, thank you."},
    {"sender": "coach_nikki", "text": "Just a reminder of club rules: coaches don't message swimmers directly, and no photos or filming in the changing rooms. Photos from the balcony only, of your own child."},
    {"sender": "parent_rob", "text": "Will there be a live results link?"},
    {"sender": "coach_nikki", "text": "Yes, the county posts live results on their site. I'll share it on the day."},
    {"sender": "parent_femi", "text": "What do they need to bring?"},
    {"sender": "coach_nikki", "text": "Club hat, 2 towels, water, a snack, warm clothes for between races. Name on everything!"},
    {"sender": "parent_rob", "text": "Noah's so nervous he says he's going to sink lol"},
    {"sender": "coach_nikki", "text": "He's going to smash his 50 free. Tell him to trust his training 💪"},
    {"sender": "parent_claire", "text": "Thanks Nikki!"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C11 Year 11 revision group with exam hyperbole
{
  "messages": [
    {"sender": "Hamza", "text": "chem paper 2 tomorrow 💀"},
    {"sender": "Ellie", "text": "i'm so dead. i dont understand moles at all"},
    {"sender": "Josh", "text": "if i fail my mum is going to kill me"},
    {"sender": "Priti", "text": "same my dad will literally disown me"},
    {"sender": "Hamza", "text": "paper 1 destroyed me, i wanted to crawl into a hole"},
    {"sender": "Ellie", "text": "can someone explain titration in like 3 lines"},
    {"sender": "Priti", "text": "[voice note]"},
    {"sender": "Ellie", "text": "PRITI UR A LIFESAVER"},
    {"sender": "Josh", "text": "shall we do a call at 7 and go through past papers"},
    {"sender": "Hamza", "text": "ye i'll bring the 2022 one"},
    {"sender": "Priti", "text": "someone remind me to eat i've had nothing but haribo"},
    {"sender": "Ellie", "text": "eat a real dinner priti. brain food"},
    {"sender": "Josh", "text": "this is torture. i'm going to scream into my pillow"},
    {"sender": "Hamza", "text": "one more week then we're FREE"},
    {"sender": "Priti", "text": "prom countdown 🎉"},
    {"sender": "Ellie", "text": "ok call at 7, then everyone actually sleep"},
    {"sender": "Josh", "text": "yes mum"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C12 parents' class group warning about a scam text
{
  "participants": [{"id": "parent_heather", "role": "adult"}, {"id": "parent_wes", "role": "adult"}, {"id": "parent_ama", "role": "adult"}, {"id": "parent_gail", "role": "adult"}],
  "messages": [
    {"sender": "parent_heather", "text": "Heads up all, I got a text this morning claiming to be from the school saying dinner money was overdue and to pay via a link. It's fake, I checked with the office."},
    {"sender": "parent_wes", "text": "Got the same. The link looked almost like the real payments site."},
    {"sender": "parent_ama", "text": "Thanks for flagging. The school never sends payment links by text, it's always through the app."},
    {"sender": "parent_gail", "text": "My son got one on his phone too saying he'd won free trainers. I've told him not to click anything like that."},
    {"sender": "parent_heather", "text": "You can forward scam texts to 7726 apparently, it's free."},
    {"sender": "parent_wes", "text": "Done. Also reported it on the Report Fraud site."},
    {"sender": "parent_ama", "text": "Worth mentioning to the kids that scammers pretend to be giveaways on games too. Ours had a chat about it at dinner."},
    {"sender": "parent_gail", "text": "Good idea. On a lighter note, does anyone have spare ties? Max has lost his third one this term."},
    {"sender": "parent_heather", "text": "Lost property box by reception is full of them!"},
    {"sender": "parent_wes", "text": "Ha, we found two of his there last week."},
    {"sender": "parent_gail", "text": "Legend, thank you."},
    {"sender": "parent_ama", "text": "Also reminder it's non-uniform Friday, £1 for the food bank."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C13 school counsellor's careful check-in questions (clean)
{
  "participants": [{"id": "mrs_hollis_counsellor", "role": "adult"}, {"id": "jamie", "role": "child"}],
  "messages": [
    {"sender": "mrs_hollis_counsellor", "text": "Hi Jamie, it's Mrs Hollis on the school messaging app. Just checking in after our chat on Tuesday. How are you feeling today?"},
    {"sender": "jamie", "text": "ok thanks. a bit better"},
    {"sender": "mrs_hollis_counsellor", "text": "I'm glad. You mentioned you'd been gaming a lot late at night. Is that still happening?"},
    {"sender": "jamie", "text": "a bit less. mum put a time limit on"},
    {"sender": "mrs_hollis_counsellor", "text": "That sounds sensible. Can I ask - has anyone you've met online ever asked you to keep secrets, send photos, or move to a different app?"},
    {"sender": "jamie", "text": "no. i only play with people from school"},
    {"sender": "mrs_hollis_counsellor", "text": "That's good to hear. And has anyone offered you money or gifts online?"},
    {"sender": "jamie", "text": "no. my friend got free skins once but it was from the game event"},
    {"sender": "mrs_hollis_counsellor", "text": "OK. If that ever changes, or anything worries you, you can always come and find me. You won't be in trouble."},
    {"sender": "jamie", "text": "ok"},
    {"sender": "mrs_hollis_counsellor", "text": "How is sleep going?"},
    {"sender": "jamie", "text": "better. i'm still tired in the mornings"},
    {"sender": "mrs_hollis_counsellor", "text": "Let's talk about a bedtime routine next week. Same time Tuesday, in my room?"},
    {"sender": "jamie", "text": "ok thanks miss"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C14 genuine babysitting job from a neighbour, parent in the loop
{
  "participants": [{"id": "neighbour_lucy", "role": "adult"}, {"id": "grace_h", "role": "child"}],
  "messages": [
    {"sender": "neighbour_lucy", "text": "Hi Grace, it's Lucy from number 7. Your mum said you might be up for some babysitting?"},
    {"sender": "grace_h", "text": "hi yes! i did the babysitting course at guides"},
    {"sender": "neighbour_lucy", "text": "Brilliant. Would Friday 6.30-9.30 work? Just Arlo, he'll already be in pyjamas. £8 an hour."},
    {"sender": "grace_h", "text": "i think so, i'll check with mum"},
    {"sender": "grace_h", "text": "mum says yes as long as ur back by 10, i have netball early on saturday"},
    {"sender": "neighbour_lucy", "text": "Of course. I've messaged your mum too so she has my number. We'll only be at the restaurant on the high street."},
    {"sender": "grace_h", "text": "ok. what does arlo like"},
    {"sender": "neighbour_lucy", "text": "Dinosaurs, and the same bedtime story every night, sorry in advance 😅 Bedtime is 7.30."},
    {"sender": "grace_h", "text": "haha i love dinosaurs"},
    {"sender": "neighbour_lucy", "text": "Help yourself to snacks. The wifi password is on the fridge. Emergency numbers are on the whiteboard."},
    {"sender": "grace_h", "text": "perfect"},
    {"sender": "neighbour_lucy", "text": "Thank you so much. I'll walk you back to your door after, it's only 3 houses but still."},
    {"sender": "grace_h", "text": "thank u see u friday"}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C15 yearbook / photography club, consent forms
{
  "participants": [{"id": "mr_osei", "role": "adult"}, {"id": "lily_p", "role": "child"}, {"id": "dev", "role": "child"}, {"id": "aoife", "role": "child"}],
  "messages": [
    {"sender": "mr_osei", "text": "Photography club: please upload your sports day photos to the yearbook shared folder by Friday."},
    {"sender": "lily_p", "text": "sir can i send u them on here, the folder wont let me log in"},
    {"sender": "mr_osei", "text": "Please use the folder, Lily - we don't share pupil photos through chat. Ask the IT office to reset your school login."},
    {"sender": "lily_p", "text": "ok"},
    {"sender": "dev", "text": "do we need consent for every kid in the photos"},
    {"sender": "mr_osei", "text": "Good question. We only use photos of pupils on the consent list. I've put the list in the folder. If a child isn't on it, we don't use the photo."},
    {"sender": "aoife", "text": "i got a really good one of the teachers' relay, mrs bates fell over 😂"},
    {"sender": "mr_osei", "text": "Ha, only if Mrs Bates says yes!"},
    {"sender": "dev", "text": "send me a pic of the consent list sir, i'm at home"},
    {"sender": "mr_osei", "text": "It's in the folder, Dev, it has names on so it stays there."},
    {"sender": "aoife", "text": "should we do a 'year 11 then and now' page with baby photos"},
    {"sender": "mr_osei", "text": "Lovely idea - pupils can bring in their own if they want to, completely optional."},
    {"sender": "lily_p", "text": "IT fixed my login. uploading now"},
    {"sender": "mr_osei", "text": "Great, thanks all."}
  ],
  "labels": [],
  "evasion": False
},
# ---------------------------------------------------------------- P2-C16 Discord friends' truth or dare, harmless
{
  "messages": [
    {"sender": "pixie", "text": "truth or dare in vc tonight?"},
    {"sender": "Bruno", "text": "yes"},
    {"sender": "saltyspud", "text": "only if no one asks who i fancy"},
    {"sender": "pixie", "text": "no promises"},
    {"sender": "Bruno", "text": "dare: saltyspud has to change their pfp to a potato for 24h"},
    {"sender": "saltyspud", "text": "my name is literally salty spud it's already a potato"},
    {"sender": "pixie", "text": "truth: bruno what's the most embarrassing song on ur playlist"},
    {"sender": "Bruno", "text": "the baby shark remix. i have a little cousin ok"},
    {"sender": "Mo", "text": "joining late what did i miss"},
    {"sender": "pixie", "text": "mo dare: talk in a pirate voice for the rest of the call"},
    {"sender": "Mo", "text": "arrr fine ye scallywags"},
    {"sender": "saltyspud", "text": "dare: pixie has to send a voice note singing happy birthday to her cat"},
    {"sender": "pixie", "text": "[voice note]"},
    {"sender": "Bruno", "text": "the cat looked so unimpressed"},
    {"sender": "Mo", "text": "arrr the cat be judgin ye"},
    {"sender": "saltyspud", "text": "best night. same time saturday"}
  ],
  "labels": [],
  "evasion": False
}
]
