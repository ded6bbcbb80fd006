[
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "Hi Kai, saw your clips from the Kestlebury U14 cup. That left foot is proper special. I scout for a few academies up north"},
  {"sender": "u1", "text": "wow thanks!! who do u scout for"},
  {"sender": "u2", "text": "Mostly Harrowmere City and a couple of bigger sides, cant say which publicly yet"},
  {"sender": "u1", "text": "thats mad"},
  {"sender": "u2", "text": "How old are you now? You look older on the pitch"},
  {"sender": "u1", "text": "14 in march"},
  {"sender": "u2", "text": "Perfect age for the development phase. Who coaches you at Ashvale Rovers?"},
  {"sender": "u1", "text": "dean and mr okafor"},
  {"sender": "u2", "text": "Good lads but they wont push you like I can. Do they even know what level you are?"},
  {"sender": "u1", "text": "idk they put me on the bench loads"},
  {"sender": "u2", "text": "Criminal. Honestly you are wasted there"},
  {"sender": "u1", "text": "ye it's annoying"},
  {"sender": "u2", "text": "I have a trial spot in April with your name on it if you want it"},
  {"sender": "u1", "text": "YES obviously"},
  {"sender": "u2", "text": "Keep it between us for now. If your coach or your mum hear about it they will mess it up, clubs get funny about poaching"},
  {"sender": "u1", "text": "ok i wont say anything"},
  {"sender": "u2", "text": "Add me on Veilo, this app keeps everything and my boss reads it"},
  {"sender": "u1", "text": "added u"},
  {"sender": "u2", "text": "Good lad. For the trial file I need a progress pic, the private kind, just for me and the physio. Delete it after you send"},
  {"sender": "u1", "text": "um is that normal"},
  {"sender": "u2", "text": "Every academy does it mate. Dont overthink it or the spot goes to someone else"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Maisie", "text": "why did u change ur name"},
  {"sender": "fitboi.kenz", "text": "dоеsnt mаttеr. i sаvеd thе рrivаtе рiсs уоu sеnt fоr thе 'рrоgrеss сhесk'"},
  {"sender": "Maisie", "text": "you said you deleted them"},
  {"sender": "fitboi.kenz", "text": "£150 bу tоnight оr thеу gо tо уоur gуm сlub grоuр аnd уоur sсhооl раgе"},
  {"sender": "Maisie", "text": "i dont have that much please"},
  {"sender": "fitboi.kenz", "text": "thеn gift саrds. сlосk is tiсking. tеll аnуоnе аnd i роst thеm strаight аwау"}
 ],
 "labels": ["sextortion"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
 "messages": [
  {"sender": "p2", "text": "Congratulations Tyler! You have been shortlisted for a US soccer scholarship through Elite Pathway Agency"},
  {"sender": "p1", "text": "seriously?? how did u find me"},
  {"sender": "p2", "text": "Our scouts review grassroots footage. To hold your place we need a £240 registration fee today to sort code 99-41-07, account 30485521"},
  {"sender": "p1", "text": "i'm 15 i dont have a card"},
  {"sender": "p2", "text": "Use a parent's card then, but keep it quiet until it is confirmed. We also need a photo of your passport front and back and your mum's driving licence for the visa file"},
  {"sender": "p1", "text": "ok i'll try get them tonight"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Jess", "text": "did anyone see Ruby at the gala lol"},
  {"sender": "Kacey", "text": "how does she even fit in the lane"},
  {"sender": "Jess", "text": "nobody wants to see that in a swimsuit tbh"},
  {"sender": "Ellie", "text": "[photo] caught her on the blocks 😂😂"},
  {"sender": "Kacey", "text": "whale alert. someone send this to her"},
  {"sender": "Ruby", "text": "why would you post that. please take it down"},
  {"sender": "Jess", "text": "maybe stop eating and we will"},
  {"sender": "Ellie", "text": "nobody asked u to be on the relay team anyway"}
 ],
 "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "shredwithjaz fans", "text": "NEW CHALLENGE: the Empty Tank week 💪 nothing to eat till Friday, only water"},
  {"sender": "shredwithjaz fans", "text": "post a scale pic every morning in the chat, anyone who eats is OUT and gets named"},
  {"sender": "Lola", "text": "im in!! 13 and already the smallest in my dance class but i want to be smaller"},
  {"sender": "shredwithjaz fans", "text": "thats the spirit. if you feel dizzy thats the fat leaving. dont tell ur parents they wont get it"},
  {"sender": "Priya", "text": "day 2 [photo]"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "millie.swims", "text": "replying to @coachmarcus_pt yeah I train at Tidewell Leisure Centre every tues and thurs 6 till 7.30 then walk home on my own down Ferry Lane, come watch if u want!! im in lane 4 😊"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
 "messages": [
  {"sender": "a1", "text": "Where are you"},
  {"sender": "c1", "text": "at ellas"},
  {"sender": "a1", "text": "Send your live location. Now"},
  {"sender": "c1", "text": "why"},
  {"sender": "a1", "text": "Because I bought you them gloves and paid your club subs and this is the deal. I check where you are, you dont lie to me"},
  {"sender": "c1", "text": "[location]"},
  {"sender": "a1", "text": "Thats the park not ellas. Keep sharing it all night and dont turn it off again or we're done and you can forget the fight in June"},
  {"sender": "c1", "text": "sorry"}
 ],
 "labels": ["location_control", "grooming"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "k1", "role": "child"}, {"id": "k2", "role": "unknown"}],
 "messages": [
  {"sender": "k2", "text": "yo lil man, you got a bank card yet?"},
  {"sender": "k1", "text": "yeah a youth one why"},
  {"sender": "k2", "text": "my sponsor pays me for my freestyle vids but my account is frozen. let it drop into yours, you send it on to me and keep £40"},
  {"sender": "k1", "text": "how much is it"},
  {"sender": "k2", "text": "£900 tonight and same next week. don't tell your mum it's just sponsorship money"},
  {"sender": "k1", "text": "ok what do you need"},
  {"sender": "k2", "text": "sort code, account number and take a pic of the card front. I'll tell u when it lands and where to move it"}
 ],
 "labels": ["money_mule"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Rizz", "text": "you the kid who skates the big bowl at Dunmoor?"},
  {"sender": "Theo", "text": "ye why"},
  {"sender": "Rizz", "text": "need a runner. you're fast and feds dont look at kids on boards"},
  {"sender": "Theo", "text": "what's a runner"},
  {"sender": "Rizz", "text": "take a bag from the park to the flats on Orme Road. £50 a drop. easy"},
  {"sender": "Theo", "text": "idk"},
  {"sender": "Rizz", "text": "you already took the new deck i got u. you owe me now. be at the bowl 4pm"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "m1", "role": "child"}, {"id": "m2", "role": "child"}],
 "messages": [
  {"sender": "m1", "text": "got released from the academy today"},
  {"sender": "m2", "text": "no way. bro im so sorry"},
  {"sender": "m1", "text": "6 years of my life. my dad wont even look at me"},
  {"sender": "m2", "text": "you'll get picked up by someone else for sure"},
  {"sender": "m1", "text": "football was the only thing i was good at. honestly i dont want to be here anymore"},
  {"sender": "m2", "text": "dont say that. can i call u"},
  {"sender": "m1", "text": "theres no point in me anymore"}
 ],
 "labels": ["self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "g1", "role": "child"}, {"id": "g2", "role": "adult"}],
 "messages": [
  {"sender": "g1", "text": "coach can i tell u something"},
  {"sender": "g2", "text": "Of course Isla, what's up?"},
  {"sender": "g1", "text": "since the regional comp got livestreamed a man i dont know keeps adding me. i declined like 9 times and he makes new accounts"},
  {"sender": "g1", "text": "last night he sent me a [photo] i really didnt want to see and keeps saying he'll be at the next comp"},
  {"sender": "g2", "text": "Thank you for telling me. You've done nothing wrong. Don't reply, keep the messages and I will ring your mum now"}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Brandon", "text": "got the team pic of the u15 girls from the club page"},
  {"sender": "Callum", "text": "put it thru that u.n.d.r.e.s.s a.p.p lol"},
  {"sender": "Brandon", "text": "already did. s.e.n.d.i.n.g the n.u.d.i.f.i.e.d one of Freya [photo]"},
  {"sender": "Callum", "text": "💀💀 post it in the main chat so she sees"},
  {"sender": "Aaron", "text": "she's gonna cry at training haha"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "ClubNest", "text": "ClubNest: your child's squad membership payment FAILED. Re-enter card details at [link] within 24 hours or their place will be released to the waiting list."}
 ],
 "labels": ["scam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "d1", "role": "child"}, {"id": "d2", "role": "unknown"}],
 "messages": [
  {"sender": "d2", "text": "Hey Ava! I book athletes for Vantra Active, new sportswear brand. Your gymnastics posts are exactly our look"},
  {"sender": "d1", "text": "omg really??"},
  {"sender": "d2", "text": "How old are you hun? 15? Perfect. Paid shoot in Harrowmere, £600 for the weekend, we cover the train and hotel"},
  {"sender": "d1", "text": "i'd have to ask my mum"},
  {"sender": "d2", "text": "Better not yet, parents panic about modelling. Tell her it's a gym camp. After the shoot you'll have dinner with some of our investors, be nice to them and they pay extra"},
  {"sender": "d1", "text": "what do u mean be nice"},
  {"sender": "d2", "text": "Just keep them company, they look after our girls. I'll send the train ticket to your phone"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Cherelle", "text": "hi is this the GoldStride sponsor account? i saw you sponsor young runners"},
  {"sender": "GoldStride Sponsors", "text": "Yes! We pay athletes a monthly bursary. Send your bank details so we can pay you"},
  {"sender": "Cherelle", "text": "Cherelle Okoye, Fernbrook Bank, sort code 99-12-64 account 40219877. I live at 14 Larch Close QL3 8TD if you need it"},
  {"sender": "GoldStride Sponsors", "text": "Perfect. £1,200 will arrive from our partners this week. Keep £100 and send the rest to the account I give you. Don't mention it to your coach"}
 ],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "f1", "role": "child"}, {"id": "f2", "role": "unknown"}],
 "messages": [
  {"sender": "f2", "text": "Hey its Coach Rhys from LiftLab, I'm doing your free 8 week plan. I need to sync it to your FitTrak account"},
  {"sender": "f1", "text": "ok how"},
  {"sender": "f2", "text": "Just send me your email and password for FitTrak and your school email login too so I can log your PE"},
  {"sender": "f1", "text": "ok it's jayden.m09@ and the password is Gunner2011"},
  {"sender": "f2", "text": "You'll get a 6 digit code in a sec, send it straight to me"},
  {"sender": "f1", "text": "458201"}
 ],
 "labels": ["identity_theft"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Deano", "text": "lads step challenge this week, most steps by sunday wins £20"},
  {"sender": "Jack", "text": "easy"},
  {"sender": "Deano", "text": "bonus round: steps only count if you do them along the railway line behind the astro. film it"},
  {"sender": "Marley", "text": "if a train comes u jump off the tracks and it's double points"},
  {"sender": "Jack", "text": "im doing it tonight. whoever bottles it gets binned from the chat"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "b1", "role": "child"}, {"id": "b2", "role": "adult"}],
 "messages": [
  {"sender": "b2", "text": "You did well on the pads tonight champ. Them new gloves suit you"},
  {"sender": "b1", "text": "thanks for them honestly"},
  {"sender": "b2", "text": "No worries. You're like a little brother to me. Dont tell the other coaches I got you stuff, they'll get jealous"},
  {"sender": "b1", "text": "ok"},
  {"sender": "b2", "text": "Need a favour back now. Keep a bag at yours for a few days. Dont open it"},
  {"sender": "b1", "text": "what's in it"},
  {"sender": "b2", "text": "Dont ask. Gloves were £90, you owe me. Then drop it to my mate at the bus station Saturday"}
 ],
 "labels": ["grooming", "criminal_exploitation"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Zac", "text": "how do you miss a penalty in a cup final"},
  {"sender": "Reece", "text": "we lost cos of u Oscar"},
  {"sender": "Zac", "text": "honestly just k y s"},
  {"sender": "Reece", "text": "n o b o d y w a n t s u o n t h e t e a m"},
  {"sender": "Zac", "text": "g.o o.n t.h.e.n d.o i.t"},
  {"sender": "Oscar", "text": "ok"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "s1", "role": "child"}, {"id": "s2", "role": "child"}],
 "messages": [
  {"sender": "s2", "text": "ur so good at the splits now"},
  {"sender": "s1", "text": "aw thank u"},
  {"sender": "s2", "text": "send me a pic tonight, the private kind. just for me"},
  {"sender": "s1", "text": "no thats weird"},
  {"sender": "s2", "text": "everyone in the senior group does it. i'll delete it after i promise"},
  {"sender": "s2", "text": "dont be frigid just send one"}
 ],
 "labels": ["sexting"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "x1", "role": "child"}, {"id": "x2", "role": "unknown"}],
 "messages": [
  {"sender": "x2", "text": "love your cutting progress!! want free samples of ShredX? 3 bottles"},
  {"sender": "x1", "text": "yes pls"},
  {"sender": "x2", "text": "just need your full name, address and what school you go to so we can post it and match you with local athletes"},
  {"sender": "x1", "text": "Leah Brennan, 7 Harebell Way, Kestlebury QK2 5RW. i go to Kestlebury Academy, year 8"},
  {"sender": "x2", "text": "amazing. and your number for tracking?"},
  {"sender": "x1", "text": "07700 900412"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "w1", "role": "adult"}, {"id": "w2", "role": "adult"}, {"id": "w3", "role": "adult"}],
 "messages": [
  {"sender": "w1", "text": "Reminder to all U12 parents: coaches will not message players directly. All messages come to this parents group or the ClubNest app"},
  {"sender": "w2", "text": "Thanks Coach Hayley. Can the kids text you if they're running late?"},
  {"sender": "w1", "text": "Please text me yourselves instead. It's club safeguarding policy, protects the kids and the coaches"},
  {"sender": "w3", "text": "Makes sense. Training still 5.30 Wednesday?"},
  {"sender": "w1", "text": "Yes, 5.30 on the 3G. Welfare officer is Sandra if anyone has concerns"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Ashvale Rovers Secretary", "text": "Dear Mr and Mrs Patel, Harrowmere City Academy have contacted the club asking to invite Josh to a 6 week trial. The invite letter is attached [link]. A parent must attend each session and all contact will go through the club and yourselves. Any questions please ring me on 07700 900231."},
  {"sender": "Mrs Patel", "text": "Wow thank you! We'll read the letter tonight and ring you tomorrow"},
  {"sender": "Ashvale Rovers Secretary", "text": "Lovely. Please note the academy will never ask for fees or for Josh to message anyone privately"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "pa", "role": "adult"}, {"id": "pb", "role": "adult"}, {"id": "pc", "role": "adult"}, {"id": "pd", "role": "adult"}],
 "messages": [
  {"sender": "pa", "text": "Away at Brayside Saturday, meet at the clubhouse 8.15"},
  {"sender": "pb", "text": "Who has space in the car? Mine is full with the twins and Leo"},
  {"sender": "pc", "text": "I can take 3"},
  {"sender": "pd", "text": "Can you take Noah? I'm working till 11 and will come straight there"},
  {"sender": "pc", "text": "Yes no problem"},
  {"sender": "pa", "text": "Pitch is at Brayside Rec, not the school. Sharing the location here [location]"},
  {"sender": "pb", "text": "Thanks, satnav took us to the wrong one last year"},
  {"sender": "pd", "text": "Can someone share live location on the drive so I know when Noah's there?"},
  {"sender": "pc", "text": "Will do, sharing for an hour from 8.15"},
  {"sender": "pa", "text": "Kick off 9.30, bring both kits, it's a colour clash"},
  {"sender": "pb", "text": "Orange away kit?"},
  {"sender": "pa", "text": "Yes orange"},
  {"sender": "pd", "text": "Is there parking?"},
  {"sender": "pa", "text": "Small car park, otherwise on the road by the church"},
  {"sender": "pc", "text": "Set off now, live location on [location]"},
  {"sender": "pd", "text": "Got it thank you!"},
  {"sender": "pc", "text": "All arrived, Noah's warming up"},
  {"sender": "pa", "text": "Great, see you all there"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Tash", "text": "that leg session KILLED me"},
  {"sender": "Bella", "text": "im literally dead. cant walk down the stairs"},
  {"sender": "Tash", "text": "coach is trying to murder us before regionals"},
  {"sender": "Bella", "text": "if he says one more set of lunges im gonna scream"},
  {"sender": "Tash", "text": "same time thursday tho 😂"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "mum", "role": "adult"}, {"id": "pt", "role": "adult"}],
 "messages": [
  {"sender": "mum", "text": "Hi Gemma, here's a photo of Sophie's training plan sheet from this week [photo]"},
  {"sender": "mum", "text": "And her progress pics of the sprint times board [photo] she's really pleased"},
  {"sender": "pt", "text": "Brilliant, thank you. Her 60m is down half a second. Let's keep rest days on Weds and Sun"},
  {"sender": "mum", "text": "Will do. Same time next week at the track?"},
  {"sender": "pt", "text": "Yes 4pm, see you both there"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "t1", "role": "child"}, {"id": "t2", "role": "child"}, {"id": "t3", "role": "child"}],
 "messages": [
  {"sender": "t1", "text": "did u see that swimming coach got jailed"},
  {"sender": "t2", "text": "the one from Penhallow? yeah it was on the news"},
  {"sender": "t1", "text": "he was messaging girls on a private app and telling them to keep it secret"},
  {"sender": "t3", "text": "thats so grim. our coach only ever messages our parents"},
  {"sender": "t2", "text": "good. if anyone ever did that to us we'd tell sandra straight away"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Orla", "text": "DONT tell coach Bev but we're getting her a leaving present"},
  {"sender": "Neve", "text": "omg yes. keep it secret till the last session"},
  {"sender": "Orla", "text": "£3 each to my mum, she's collecting it"},
  {"sender": "Neve", "text": "my mum says she'll send hers tonight"},
  {"sender": "Orla", "text": "shhh delete this chat if she's near ur phone lol"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "h1", "role": "child"}, {"id": "h2", "role": "child"}],
 "messages": [
  {"sender": "h2", "text": "did that coachbyron account message u too"},
  {"sender": "h1", "text": "yeah asked if i wanted 1 to 1 sessions. blocked and reported him straight away"},
  {"sender": "h2", "text": "same. i told my mum and the club put a warning on the page"},
  {"sender": "h1", "text": "good"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Fernbrook Bank", "text": "Fernbrook Bank: a payment of £12.99 to Tidewell Leisure was made on your Young Saver card. If this wasn't you, call the number on the back of your card. We will never ask for your PIN or passcode by text."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "FitTrak", "text": "Your FitTrak verification code is 482913. Do not share this code with anyone. FitTrak staff will never ask for it."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "l1", "role": "adult"}, {"id": "l2", "role": "adult"}],
 "messages": [
  {"sender": "l1", "text": "Parents, photos from Sunday's showcase will go on the private parents page only, never the public page"},
  {"sender": "l1", "text": "Please don't tag the dancers or share pics with the studio name or location"},
  {"sender": "l2", "text": "Thanks Lumen team, is there a way to download them?"},
  {"sender": "l1", "text": "Yes, from the parents page. If you haven't signed photo consent we won't include your child"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Kian", "text": "this guy on my feed is selling CutLab fat burners, 3 for £20"},
  {"sender": "Amir", "text": "bro dont. my cousin took them and ended up in A&E"},
  {"sender": "Kian", "text": "fr?"},
  {"sender": "Amir", "text": "yeah they're not even legal here. coach said just eat properly and train"},
  {"sender": "Kian", "text": "ok fair. reported the ad"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "wo", "role": "adult"}, {"id": "ch", "role": "adult"}],
 "messages": [
  {"sender": "wo", "text": "For the coaches' safeguarding night can we cover sextortion? The CEOP numbers for teenage boys are shocking"},
  {"sender": "ch", "text": "Yes. Include the 'send pics or I share them' pattern and that kids should never pay"},
  {"sender": "wo", "text": "And that the kid hasn't done anything wrong, and to keep the evidence"},
  {"sender": "ch", "text": "Agreed. I'll book the hall for the 12th"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Lennox", "text": "sparring tmrw. im gonna destroy u"},
  {"sender": "Jaylen", "text": "u couldnt knock out a pillow"},
  {"sender": "Lennox", "text": "bring a stretcher 😂"},
  {"sender": "Jaylen", "text": "say that to me in the ring. see u at 6 champ"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "mm", "role": "adult"}, {"id": "kk", "role": "child"}],
 "messages": [
  {"sender": "mm", "text": "Text me when you get to the pool love"},
  {"sender": "kk", "text": "here now. sharing my location till dad picks me up"},
  {"sender": "mm", "text": "Thanks. Have a good session x"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Coach Dom", "text": "U13s kit for Sunday: blue home shirt, shin pads, water bottle, boots AND trainers (might be on the astro)"},
  {"sender": "Lorraine", "text": "Thanks Dom, what time's meet?"},
  {"sender": "Coach Dom", "text": "9am at the clubhouse"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Tidewell SC", "text": "Tidewell SC: tonight's squad session is CANCELLED due to a pool plant fault. Normal times resume Thursday."}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "r1", "role": "adult"}, {"id": "r2", "role": "adult"}, {"id": "r3", "role": "adult"}],
 "messages": [
  {"sender": "r1", "text": "Results from Saturday: U11 won 3-1, U12 drew 2-2, U14 lost 0-4"},
  {"sender": "r2", "text": "Well done all, U11s were brilliant"},
  {"sender": "r3", "text": "Player of the match for U12 was Harvey"},
  {"sender": "r1", "text": "Photos on the parents page later"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Gail", "text": "Tea rota for the gala: Sat am Gail and Priti, Sat pm Darren, Sun Louise"},
  {"sender": "Darren", "text": "Fine by me"},
  {"sender": "Louise", "text": "Can I swap to Sat am? Sun is a wedding"},
  {"sender": "Priti", "text": "I'll do Sunday then, no worries"}
 ],
 "labels": [], "evasion": False, "hard_negative": False}
]
