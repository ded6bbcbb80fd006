[
# A money mule recruitment SMS with spaced letters
{"messages": [
  {"sender": "+44 7700 900519", "text": "Stud3nts 16+ earn \u00a3400/wk from your phone! Just l e n d  y o u r  b a n k  a c c o u n t to receive client p a y m e n t s and forward them on. Keep 20%. No experience. Reply YES with your sort code + acc no."}
 ],
 "labels": ["money_mule"], "evasion": True},

# B identity theft SMS asking for passport and DOB
{"messages": [
  {"sender": "+44 7700 900741", "text": "DriveGov: Your provisional licence application DL-88412 is on hold. Reply within 48hrs with your full name, passport number, date of birth and mother's maiden name, or pay the \u00a317 re-check fee at [link]"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False},

# C marketplace ticket scam, teen hands over card details
{"participants": [{"id": "sel", "role": "unknown"}, {"id": "buy", "role": "child"}],
 "messages": [
  {"sender": "buy", "text": "hi are the 2 Greenvale weekend tickets still available? I'm 16 is that ok"},
  {"sender": "sel", "text": "Yes still got them, \u00a3180 for both, loads of people asking so need to be quick"},
  {"sender": "buy", "text": "can I pay through the app so I'm protected?"},
  {"sender": "sel", "text": "App is glitching. Either bank transfer as friends and family or just give me the card number, expiry and the 3 digits on back and I'll take it myself"},
  {"sender": "buy", "text": "ok it's my mum's card she said I could. 4921 0000 7743 1180, 09/27, 552"},
  {"sender": "sel", "text": "Perfect. Tickets will come by email in 2-3 weeks \U0001f44d"}
 ],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

# D fan server fake giveaway asks for login
{"participants": [{"id": "Starlight_Giveaways", "role": "unknown"}, {"id": "moonchild.mae", "role": "child"}],
 "messages": [
  {"sender": "Starlight_Giveaways", "text": "\U0001f389 CONGRATS you've been picked for the signed Starlight hoodie giveaway! Claim by logging in with your StreamBox account here: [link]"},
  {"sender": "moonchild.mae", "text": "omg really?? it says wrong password when I try"},
  {"sender": "Starlight_Giveaways", "text": "site is busy. just send me your username, password and the code that comes to your phone and I'll claim it for you"},
  {"sender": "moonchild.mae", "text": "ok it's maemoon08 and the password is starlight4ever, code is 771204"},
  {"sender": "Starlight_Giveaways", "text": "thanks! hoodie will be posted, also need your address and card for the \u00a33.99 postage"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False},

# F asks 17yo for ID to open an account in their name
{"messages": [
  {"sender": "Zed", "text": "yo ur 17 now yeah? wanna make 100 quid easy"},
  {"sender": "Finn", "text": "how"},
  {"sender": "Zed", "text": "send me a pic of ur passport and a selfie and i'll open a bank account in ur name on the app. u never have to touch it, my boss just uses it for payments"},
  {"sender": "Finn", "text": "isn't that dodgy"},
  {"sender": "Zed", "text": "nah everyone does it. if the bank ever rings u just say its urs and u sell trainers. 100 now, 50 every month it stays open"},
  {"sender": "Finn", "text": "[photo] [photo] there u go"}
 ],
 "labels": ["identity_theft", "money_mule"], "evasion": False},

# H helpline: first-hand account of being taken to parties for money
{"participants": [{"id": "yp", "role": "child"}, {"id": "cs", "role": "adult"}],
 "messages": [
  {"sender": "yp", "text": "i dont really know how to say this"},
  {"sender": "cs", "text": "That's okay. Write it however it comes out, I'm here."},
  {"sender": "yp", "text": "my friends cousin takes me and my mate to parties in other cities on the weekend. hes like 25. men there give him money and then we have to go in rooms with them. he says we owe him for the drinks and the travel"},
  {"sender": "yp", "text": "im 15. if we say no he says hell tell our parents what we've been doing"},
  {"sender": "cs", "text": "Thank you for trusting me with this. What you're describing is not your fault - the adults are doing something very wrong to you. Are you with him right now, or somewhere safe?"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# I trafficking recruitment with emoji code
{"messages": [
  {"sender": "vip.nights", "text": "\U0001f451 girls 16+ wanted for weekend \U0001f389 in Birmingham. \U0001f686 + \U0001f3e8 paid"},
  {"sender": "vip.nights", "text": "just be \U0001f60d and keep my \U0001f474\U0001f4bc friends company after, they pay \U0001f4b7\U0001f4b7\U0001f4b7 per night. no \U0001f46a, no \U0001f4f8 of the place"},
  {"sender": "sienna_x", "text": "how much is \U0001f4b7\U0001f4b7\U0001f4b7 lol"},
  {"sender": "vip.nights", "text": "\u00a3400 babe. bring a friend and u get extra. dm me ur age and a pic"}
 ],
 "labels": ["sex_trafficking"], "evasion": True},

# J 'manager' tracks girls' phones and moves them between hotels
{"messages": [
  {"sender": "Tia", "text": "babe where have u been, ur mum came round"},
  {"sender": "Leanne", "text": "im in some hotel in Coventry i think. the guy Kev from the job says i have to see the men he books for me til i pay back the room"},
  {"sender": "Leanne", "text": "he put an app on my phone so he sees where i am and if my location goes off he rings nonstop. he checks it every hour"},
  {"sender": "Tia", "text": "Leanne ur 16 this is not a job. tell me the hotel name ill get help"},
  {"sender": "Leanne", "text": "cant, he'll see. delete this"}
 ],
 "labels": ["sex_trafficking", "location_control"], "evasion": False},

# K stranger from game sends persistent requests across platforms
{"participants": [{"id": "gx", "role": "unknown"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "gx", "text": "accept my request"},
  {"sender": "gx", "text": "ive sent it like 12 times on here and on Snapz and on ur insta"},
  {"sender": "kid", "text": "i dont accept randoms sorry"},
  {"sender": "gx", "text": "im not random i watched all ur streams. i found ur tiktok from ur username"},
  {"sender": "gx", "text": "i'll keep requesting until u accept, u cant block every account"},
  {"sender": "gx", "text": "[photo] this is me so now u know me"},
  {"sender": "gx", "text": "??"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# L 'challenge' aimed at a targeted student, with name-calling
{"messages": [
  {"sender": "Brandon", "text": "new challenge for Ethan since hes such a baby. do the one from the viral vid, the one that put that kid in hospital, or ur a loser forever"},
  {"sender": "Ethan", "text": "thats actually dangerous"},
  {"sender": "Caden", "text": "lmaooo hes scared. pathetic little weirdo"},
  {"sender": "Brandon", "text": "do it by friday on camera or we post the video of u crying in PE to the whole college"},
  {"sender": "Caden", "text": "nobody even likes u, this is ur only chance to be funny"}
 ],
 "labels": ["harmful_challenge", "cyberbullying"], "evasion": False},

# M train surfing dare in leetspeak
{"messages": [
  {"sender": "r00ftopz", "text": "n3xt v1d for the p4ge: tr41n surf1ng on the 17:40 out of D4nby. who's up"},
  {"sender": "Kyro", "text": "i'll do it if u film from the bridge"},
  {"sender": "r00ftopz", "text": "b3t. wh0ever st4ys on longest wins the p0t. bail and u pay every1 \u00a310"},
  {"sender": "Kyro", "text": "say less"}
 ],
 "labels": ["harmful_challenge"], "evasion": True},

# N 72-hour no sleep stream challenge
{"messages": [
  {"sender": "host_zane", "text": "ok squad 72 HOUR NO SLEEP STREAM starts friday. energy drinks only, first to fall asleep has to shave their eyebrows live"},
  {"sender": "Lola", "text": "72 is a lot, I got a mock on monday"},
  {"sender": "host_zane", "text": "skip it lol. we've got 2k viewers lined up. if u feel rough just push through, that's the challenge"},
  {"sender": "Jai", "text": "im in, already stocked up"},
  {"sender": "host_zane", "text": "legend. anyone who quits gets clipped and roasted"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# O college boys trading classmates' images
{"messages": [
  {"sender": "Reggie", "text": "anyone got Mia's pics from when she was with Kieran? i'll swap for Jess's"},
  {"sender": "Aiden", "text": "ye Kieran sent them round in the summer. dm me"},
  {"sender": "Reggie", "text": "bet. and someone get Chloe in 12B to send some, she'll do it if u chat to her nice"},
  {"sender": "Aiden", "text": "already on it. ask for the private kind and say you'll delete it lol"}
 ],
 "labels": ["csam", "sexting"], "evasion": False},

# P nudify request with Greek homoglyphs
{"messages": [
  {"sender": "ghost_edits", "text": "u still doing the \u03b1\u03b9 edits? got one for u"},
  {"sender": "pxl.king", "text": "depends. what"},
  {"sender": "ghost_edits", "text": "n\u03c5d\u03b9fy this girl from my college [photo] she's 16, make it look re\u03b1l, no clothes. I'll pay \u00a320"},
  {"sender": "pxl.king", "text": "send the other angle too, it works better with 2"},
  {"sender": "ghost_edits", "text": "[photo] dont leave the watermark on"}
 ],
 "labels": ["csam"], "evasion": True},

# Q peer threatens with an image to force coursework and more pics
{"participants": [{"id": "bx", "role": "child"}, {"id": "vi", "role": "child"}],
 "messages": [
  {"sender": "bx", "text": "Tom showed me the pic u sent him lol"},
  {"sender": "vi", "text": "what?? delete it please"},
  {"sender": "bx", "text": "i saved it. so heres the deal, u do my business coursework by monday and send me a couple more pics, the private kind"},
  {"sender": "bx", "text": "or it goes on the college confessions page with ur name. ur choice"},
  {"sender": "vi", "text": "please Bailey I'm begging u"}
 ],
 "labels": ["sextortion", "sexting"], "evasion": False},

# R teen shares workplace & shifts in car group, stranger turns up in DMs
{"messages": [
  {"sender": "max_golf_mk7", "text": "if anyone wants their car cleaned I work at Sparkle Hand Car Wash on Station Rd every sat & sun 8-4, I'm the short one in the red hoodie lol. I'm 16 so cant drive them yet \U0001f602"},
  {"sender": "unknown_user_4471", "text": "saw ur post. ill come by saturday to see u"},
  {"sender": "unknown_user_4471", "text": "what time is ur break? do u walk home after"},
  {"sender": "max_golf_mk7", "text": "who is this?"},
  {"sender": "unknown_user_4471", "text": "a fan. see u saturday red hoodie"},
  {"sender": "unknown_user_4471", "text": "dont ignore me"}
 ],
 "labels": ["privacy_disclosure", "unwanted_contact"], "evasion": False},

# S stranger claims to hold old pics and threatens
{"participants": [{"id": "un", "role": "unknown"}, {"id": "tn", "role": "child"}],
 "messages": [
  {"sender": "un", "text": "hi Aoife"},
  {"sender": "un", "text": "u dont know me but i know u. i found ur old account from when u were 14"},
  {"sender": "un", "text": "i have the pics u sent ur ex from back then. reply to me and be nice or i post them on ur college page"},
  {"sender": "tn", "text": "who are you. how did you get my number"},
  {"sender": "un", "text": "doesnt matter. answer my messages every night or everyone sees"}
 ],
 "labels": ["unwanted_contact", "sextortion"], "evasion": False},

# T pile-on with disguised 'kys'
{"messages": [
  {"sender": "d4nny", "text": "lool Kayden got dumped live in the canteen"},
  {"sender": "ollz", "text": "even his gf couldnt stand him \U0001f480"},
  {"sender": "Kayden", "text": "can u lot just leave it"},
  {"sender": "d4nny", "text": "nah. do everyone a favour and k.y.s"},
  {"sender": "ollz", "text": "fr go un@live urself, no one would notice \U0001faa6"},
  {"sender": "Kayden", "text": "maybe i will then"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

# U teen posts address for house party while parents away
{"messages": [
  {"sender": "frankie.w", "text": "PARENTS IN TENERIFE ALL WEEK \U0001f973\U0001f973 house party saturday, 22 Larch Avenue, Dunmore DN3 8RE. bring whoever, door's open from 8"},
  {"sender": "frankie.w", "text": "I'll be home alone the rest of the week too so come chill whenever lol, back gate code is 2580"},
  {"sender": "someone_new", "text": "who are u lol, saw this on the explore page"},
  {"sender": "frankie.w", "text": "a legend apparently \U0001f602 come through"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# V older boyfriend grooms girl into carrying for him, tracks her
{"participants": [{"id": "bf", "role": "adult"}, {"id": "gl", "role": "child"}],
 "messages": [
  {"sender": "bf", "text": "ur the only one i trust babe, the girls at ur college are so immature compared to u"},
  {"sender": "bf", "text": "need u to take a bag to my cousin in Kirkby after college. girls in uniform never get stopped. dont look inside"},
  {"sender": "gl", "text": "what's in it"},
  {"sender": "bf", "text": "dont ask questions. keep ur location on the whole time so i know ur safe, and if u stop anywhere i'll know"},
  {"sender": "bf", "text": "dont tell ur mum about us or this, she'd ruin everything. do this for me and ill get u that phone u wanted"}
 ],
 "labels": ["criminal_exploitation", "location_control", "grooming"], "evasion": False},

# W peer recruits classmates to lend bank accounts
{"participants": [{"id": "Jaylen", "role": "child"}, {"id": "Bex", "role": "child"}, {"id": "Oscar", "role": "child"}],
 "messages": [
  {"sender": "Jaylen", "text": "anyone want \u00a3150 for literally doing nothing"},
  {"sender": "Bex", "text": "what's the catch"},
  {"sender": "Jaylen", "text": "my cousin needs to put some money through a few accounts. it lands in urs, u send it to his mate same day, keep the 150. ive done it twice"},
  {"sender": "Oscar", "text": "im in, my Monzo is basically empty anyway"},
  {"sender": "Jaylen", "text": "dm me ur details and dont put anything in the reference"}
 ],
 "labels": ["money_mule"], "evasion": False},

# X older lads coerce a 15yo into shoplifting to order
{"participants": [{"id": "Deano_K", "role": "unknown"}, {"id": "Liam", "role": "child"}],
 "messages": [
  {"sender": "Deano_K", "text": "list for today: 4 bottles of the blue aftershave, 2 PS5 controllers, the big protein tubs"},
  {"sender": "Liam", "text": "I told u I dont want to do it anymore, security nearly got me last week"},
  {"sender": "Deano_K", "text": "u dont get a choice. ur 15 so even if they catch u nothing happens. we got the vid of u in Boots, u stop and it goes to ur mum and the police"},
  {"sender": "Deano_K", "text": "bring it to the garages by 6. Kobi will be waiting"},
  {"sender": "Liam", "text": "ok"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False},

# Y helpline: controlling boyfriend, young person feels like ending it
{"participants": [{"id": "yp", "role": "child"}, {"id": "hl", "role": "adult"}],
 "messages": [
  {"sender": "yp", "text": "my boyfriend makes me send a screenshot of my snap map every hour and video call him when I get to college to show who's there"},
  {"sender": "yp", "text": "if I'm late sending it he says he'll come and find me. he has my password so he can check my location himself anyway"},
  {"sender": "hl", "text": "That sounds really controlling and exhausting. How are you feeling about it all?"},
  {"sender": "yp", "text": "honestly I don't want to be alive anymore. it feels like the only way out"},
  {"sender": "hl", "text": "Thank you for telling me. I'm really glad you're talking to me right now. Are you safe at the moment?"}
 ],
 "labels": ["location_control", "self_harm"], "evasion": False},

# clean 1: genuine college absence SMS
{"messages": [
  {"sender": "HollinsColl", "text": "Hollins College: Ellis was marked absent from period 1 today. If this is expected, no action needed. Otherwise please call the attendance line on 07700 900100."}
 ],
 "labels": [], "evasion": False},

# clean 2: genuine bank fraud check SMS
{"messages": [
  {"sender": "HarbourlineBk", "text": "Harbourline Bank: Did you just try to pay \u00a349.99 to GIGATIX? Reply Y if it was you or N if not. We will never ask for your PIN, password or for you to move money."}
 ],
 "labels": [], "evasion": False},

# clean 3: genuine ticket transfer SMS
{"messages": [
  {"sender": "TIXWELL", "text": "Tixwell: Ruby A. has transferred 1 x Greenvale Festival weekend ticket to you. Open the Tixwell app to view it. Tickets are only valid in the app - never buy screenshots."}
 ],
 "labels": [], "evasion": False},

# clean 4: couple checking in without control
{"participants": [{"id": "Mason", "role": "child"}, {"id": "Ria", "role": "child"}],
 "messages": [
  {"sender": "Mason", "text": "where u at tonight?"},
  {"sender": "Ria", "text": "Ellie's for film night, prob stay over"},
  {"sender": "Mason", "text": "nice have fun. u such an idiot for picking the horror one tho, u'll be scared for a week lol love u"},
  {"sender": "Ria", "text": "shut up love u too. chat tmrw"}
 ],
 "labels": [], "evasion": False},

# clean 5: game trash talk
{"participants": [{"id": "RazorK", "role": "unknown"}, {"id": "pixelpanda", "role": "child"}],
 "messages": [
  {"sender": "RazorK", "text": "ur so dead next round, I know exactly where u camp"},
  {"sender": "pixelpanda", "text": "come find me then, bring a medkit"},
  {"sender": "RazorK", "text": "I'm coming for u with the shotgun, no mercy"},
  {"sender": "pixelpanda", "text": "lmao get rekt [video] replay of u missing every shot"},
  {"sender": "RazorK", "text": "gg. rematch after tea"}
 ],
 "labels": [], "evasion": False},

# clean 6: friends' festival group booking
{"messages": [
  {"sender": "Nia", "text": "coach to Greenvale leaves the bus station 7am friday, I've booked us all"},
  {"sender": "Theo", "text": "do u need my ticket ref to add me to the campsite group?"},
  {"sender": "Nia", "text": "yeah just the booking ref, not the barcode. I'll add us all to the same pitch"},
  {"sender": "Theo", "text": "GV-22871. my mum's dropping me at the station"},
  {"sender": "Sade", "text": "bringing the gazebo, someone else bring the speaker"}
 ],
 "labels": [], "evasion": False},

# clean 7: sibling passes on mum's location request
{"messages": [
  {"sender": "Kieran (bro)", "text": "mum says share ur location while ur in Leeds for the open day, she's stressing"},
  {"sender": "Orla", "text": "omg fine. sent it to her. tell her the train gets in at 6"},
  {"sender": "Kieran (bro)", "text": "she says thanks and bring back a uni hoodie for her lol"}
 ],
 "labels": [], "evasion": False},

# clean 8: helpline, young person feeling better after break-up
{"participants": [{"id": "yp", "role": "child"}, {"id": "cc", "role": "adult"}],
 "messages": [
  {"sender": "yp", "text": "hi, I talked to someone here last year after my break-up. I just wanted to say I'm doing a lot better"},
  {"sender": "cc", "text": "That's so lovely to hear. What's helped?"},
  {"sender": "yp", "text": "I joined the climbing club and started seeing the college counsellor. I was in a dark place then but I'm not now, I'm actually excited for uni"},
  {"sender": "cc", "text": "That's brilliant. Thank you for coming back to tell us - and you can always get in touch again."}
 ],
 "labels": [], "evasion": False},

# clean 9: youth worker organising a residential with a parent
{"participants": [{"id": "yw", "role": "adult"}, {"id": "pt", "role": "adult"}],
 "messages": [
  {"sender": "yw", "text": "Hi Mrs Begum, it's Dee from Eastgate Youth Hub. For the Lake District residential I need Zain's consent form, any medical needs and the address for the minibus pick-up."},
  {"sender": "pt", "text": "Hi Dee, form is in his bag. He has an inhaler. Pick-up at 11 Rowan Terrace please."},
  {"sender": "yw", "text": "Thank you. We'll leave at 8am Friday and be back about 5pm Sunday. Staff numbers are on the letter."}
 ],
 "labels": [], "evasion": False},

# clean 10: private friends chat about a family holiday
{"messages": [
  {"sender": "Lexi", "text": "going to my nan's in Portugal with the fam from tuesday, back the 14th"},
  {"sender": "Hana", "text": "jealous!! send pics of the beach"},
  {"sender": "Lexi", "text": "will do. my brother's staying at home to feed the cat so dont worry about the plants haha"},
  {"sender": "Hana", "text": "lol have the best time"}
 ],
 "labels": [], "evasion": False},

# clean 11: genuine pub kitchen job, 16-year-old
{"participants": [{"id": "hm", "role": "adult"}, {"id": "ap", "role": "child"}],
 "messages": [
  {"sender": "hm", "text": "Hi Ade, thanks for applying to The Old Bell. As you're 16 we can't have you serving alcohol, but we'd love you as a kitchen porter on Sunday lunches, 11-4."},
  {"sender": "ap", "text": "that's perfect, thank you!"},
  {"sender": "hm", "text": "Your contract and the new starter form will come through our HR portal by email - that's where you add your bank details. Please bring your passport on your first day for the right-to-work check."},
  {"sender": "ap", "text": "will do. do I need my own shoes?"},
  {"sender": "hm", "text": "Non-slip shoes please. See you Sunday."}
 ],
 "labels": [], "evasion": False},

# clean 12: consensual night-out plan with a parent lift
{"messages": [
  {"sender": "Chloe", "text": "mum says u can stay at ours after the Arctic Glow gig"},
  {"sender": "Priyanka", "text": "yay, mine said yes as long as your mum picks us up"},
  {"sender": "Chloe", "text": "she's getting us from outside the venue at 11, she said text her when we're out"},
  {"sender": "Priyanka", "text": "perfect, I'll bring pjs and the face masks"}
 ],
 "labels": [], "evasion": False},

# clean 13: anime convention under-16 rules
{"messages": [
  {"sender": "KitsuneCon Team", "text": "Hi all! Reminder that under-16s must be with a parent or guardian at registration. 16-17s can attend alone with a signed form."},
  {"sender": "hiro.cosplays", "text": "I'm 17, where do I get the form?"},
  {"sender": "KitsuneCon Team", "text": "It's on our website under 'Young attendees' [link]. Please don't share your badge number publicly, it's your entry ticket!"},
  {"sender": "hiro.cosplays", "text": "thanks! see you there"}
 ],
 "labels": [], "evasion": False},

# clean 14: college warning about a fake job advert
{"participants": [{"id": "dsl", "role": "adult"}, {"id": "stu", "role": "child"}],
 "messages": [
  {"sender": "dsl", "text": "Hi all, a student has let us know about a 'remote data entry' advert going round that asks for ID photos and a deposit. Please don't reply to it or send any documents."},
  {"sender": "stu", "text": "I saw that one! I didn't apply, it looked off"},
  {"sender": "dsl", "text": "Good spot, thank you. If anyone has applied, come and see me - you won't be in trouble."}
 ],
 "labels": [], "evasion": False},

# clean 15: run club friends share Strava routes
{"messages": [
  {"sender": "Ezra", "text": "parkrun tomorrow then? meet by the caf\u00e9 at 8:45"},
  {"sender": "Molly", "text": "yes! I'll share my live location when I leave so you know if I'm late, the bus is a nightmare"},
  {"sender": "Ezra", "text": "sound. aiming for sub 25 this time"},
  {"sender": "Molly", "text": "you'll smash it"}
 ],
 "labels": [], "evasion": False},

# clean 16: friend lets brother use game console without sharing password
{"participants": [{"id": "Isaac", "role": "child"}, {"id": "Rowan", "role": "child"}],
 "messages": [
  {"sender": "Isaac", "text": "can my little brother play on ur account when he's round sat? he hasn't got the new map"},
  {"sender": "Rowan", "text": "yeah I'll log in on the console myself when you're here, not giving out my password lol"},
  {"sender": "Isaac", "text": "fair. he'll be made up"}
 ],
 "labels": [], "evasion": False},

# clean 17: group discussing a dangerous challenge from the news
{"messages": [
  {"sender": "Jade", "text": "did you see the letter college sent about that challenge trend on the news? some kids in Essex ended up in hospital"},
  {"sender": "Kai", "text": "yeah it's so stupid. my little sister's school had an assembly on it"},
  {"sender": "Ella", "text": "the news said most of the 'viral' ones are hoaxes but the copycats are what's dangerous"},
  {"sender": "Jade", "text": "honestly just don't do stupid stuff for likes lol"}
 ],
 "labels": [], "evasion": False}
]
