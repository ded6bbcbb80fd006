[
# 1 game account used to clean money
{"participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "unknown"}],
 "messages": [
  {"sender": "p2", "text": "ur the one selling the rare skins right? got a better deal for u"},
  {"sender": "p1", "text": "go on"},
  {"sender": "p2", "text": "i send 4000 credits to ur Vortex account from a few different cards, u buy the skins i tell u and trade them to my alt. u keep 10% for urself"},
  {"sender": "p1", "text": "why not just buy them on ur own account"},
  {"sender": "p2", "text": "my accounts get flagged lol. urs is clean cos ur young and old account. do it every friday, easy 60 quid a week"},
  {"sender": "p1", "text": "ok send the first lot"},
  {"sender": "p2", "text": "sent. trade to ZeroHalo_alt within the hour and delete the chat"}
 ],
 "labels": ["money_mule"], "evasion": False},

# 2 debt for phone, card used to move money
{"participants": [{"id": "Kane", "role": "unknown"}, {"id": "Aaron", "role": "child"}],
 "messages": [
  {"sender": "Kane", "text": "that phone i gave u wasnt free btw. ur 400 down"},
  {"sender": "Aaron", "text": "u said it was a present"},
  {"sender": "Kane", "text": "and now its a debt. u got a bank card from ur mum for ur job yeah? money's gonna come in to it from my people, u take it out at the cashpoint and bring it to me, every day til its paid off"},
  {"sender": "Aaron", "text": "what if the bank asks"},
  {"sender": "Kane", "text": "say its from ur uncle. and u still gotta do the drop on weds. dont mess me about, i know where u work"}
 ],
 "labels": ["money_mule", "criminal_exploitation"], "evasion": False},

# 3 fake modelling agency -> hotel 'private clients'
{"participants": [{"id": "ma", "role": "unknown"}, {"id": "gi", "role": "child"}],
 "messages": [
  {"sender": "ma", "text": "Hi Leah! Scouting team at Vela Models here. Your look is exactly what our clients want."},
  {"sender": "gi", "text": "omg really? I'm only 15 tho"},
  {"sender": "ma", "text": "Age isn't a problem, we have lots of young girls on the books. Shoots are at a hotel in Manchester, we pay your train."},
  {"sender": "ma", "text": "Our private clients pay extra for girls who stay for the after-party and are friendly with them. You could make \u00a3500 in a night."},
  {"sender": "ma", "text": "Don't bring a parent, it makes the clients uncomfortable. Just tell them you're at a friend's."},
  {"sender": "gi", "text": "ok what date"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# 4 older 'boyfriend' pushes girl to 'spend time' with friend for money
{"messages": [
  {"sender": "Dre", "text": "babe u know them trainers and the nails i paid for"},
  {"sender": "Skye", "text": "yeah?? u said they were gifts"},
  {"sender": "Dre", "text": "they were but im struggling rn. my mate Vinnie will give us 200 if u go round his and keep him company tonight. do it for me"},
  {"sender": "Skye", "text": "I don't even know him and im 16 Dre"},
  {"sender": "Dre", "text": "thats why he likes u. if u loved me u would. dont tell ur sister, she hates me already. ill pick u up at 9 round the corner not outside ur house"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

# 5 Discord trading abuse material with dotted letters
{"messages": [
  {"sender": "nyx", "text": "anyone got the s.c.h.o.o.l f.o.l.d.e.r still? u.n.d.e.r 1.6 only"},
  {"sender": "k4rma", "text": "maybe. what u got to t.r.a.d.e"},
  {"sender": "nyx", "text": "got a pack of real ones from a girl in my year, not AI. dm me, not in the server, mods are watching"},
  {"sender": "k4rma", "text": "send a preview first [link] use the vault app"}
 ],
 "labels": ["csam"], "evasion": True},

# 6 student reports deepfake of herself to welfare officer
{"participants": [{"id": "st", "role": "child"}, {"id": "wo", "role": "adult"}],
 "messages": [
  {"sender": "st", "text": "Hi Miss, can I message you about something bad that's happening, I don't want to come to the office in case people see"},
  {"sender": "wo", "text": "Of course, Amara. You can tell me here."},
  {"sender": "st", "text": "someone used one of those AI apps to make a fake naked picture of me from my prom photo. it's going round the Year 12 group chat and someone sent it to my cousin"},
  {"sender": "st", "text": "people keep commenting horrible stuff under it and calling me names. I can't come in tomorrow"},
  {"sender": "wo", "text": "I'm so sorry. None of this is your fault. Please don't forward or save the image. I'm going to speak to our safeguarding lead today, and we can use Report Remove to get it taken down."}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

# 7 adult asks teen to make an AI 'undressed' edit of a friend
{"participants": [{"id": "x", "role": "adult"}, {"id": "q", "role": "child"}],
 "messages": [
  {"sender": "x", "text": "ur mate in the gym video, the blonde one, how old is she"},
  {"sender": "q", "text": "Sophie? she's 15 like me why"},
  {"sender": "x", "text": "run her pic through the undress AI for me, the no clothes kind. I'll send u \u00a350 on PayMate per pic"},
  {"sender": "q", "text": "idk that seems bad"},
  {"sender": "x", "text": "it's not real so it's not illegal. nobody would know it came from u. do 3 and I'll make it \u00a3200"}
 ],
 "labels": ["csam"], "evasion": False},

# 8 helpline: AirDrop flashing on the bus
{"participants": [{"id": "yp", "role": "child"}, {"id": "co", "role": "adult"}],
 "messages": [
  {"sender": "yp", "text": "hiya, something weird happened on the bus and I feel gross"},
  {"sender": "co", "text": "Hi, I'm Priti. I'm sorry you feel that way - do you want to tell me what happened?"},
  {"sender": "yp", "text": "my AirDrop was on everyone and some random man on the 42 sent me a picture. I pressed decline but the preview still showed and it was... a private picture of himself. he was looking at me"},
  {"sender": "yp", "text": "then he tried sending another one so I got off early"},
  {"sender": "co", "text": "That's called cyberflashing and it's a crime - you did nothing wrong, and getting off the bus was a really good decision. Are you somewhere safe now?"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 9 stranger sends unsolicited image then asks for one back
{"participants": [{"id": "r4nd0m_guy88", "role": "unknown"}, {"id": "ella.rose", "role": "child"}],
 "messages": [
  {"sender": "r4nd0m_guy88", "text": "hey cutie"},
  {"sender": "r4nd0m_guy88", "text": "[photo]"},
  {"sender": "r4nd0m_guy88", "text": "ur turn \U0001f608 send one back, the private kind"},
  {"sender": "ella.rose", "text": "who even are you? I'm 15 and that's disgusting"},
  {"sender": "r4nd0m_guy88", "text": "don't be boring. one pic and ill leave u alone"},
  {"sender": "r4nd0m_guy88", "text": "[photo]"}
 ],
 "labels": ["unwanted_contact", "sexting"], "evasion": False},

# 10 online gym 'friend' probes, teen discloses routine and details
{"messages": [
  {"sender": "ironmike_81", "text": "you post the best form videos. where do you train?"},
  {"sender": "kiera.trains", "text": "FitZone on Mercer Road! every tues and thurs 6-8 after college"},
  {"sender": "ironmike_81", "text": "which college? might know some of the coaches"},
  {"sender": "kiera.trains", "text": "Hollins, I'm in first year, 16. I walk home through the park after"},
  {"sender": "ironmike_81", "text": "sensible girl. you seem so grown up. give me your number and I'll send you a programme, easier than here. don't mention it to your dad, he'd only worry"},
  {"sender": "kiera.trains", "text": "07700 900457 \U0001f60a"}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

# 11 teen posts CV with address and DOB in public jobs group
{"messages": [
  {"sender": "Lucas Wren", "text": "Hi all, looking for any weekend work in Ashby area, here's my CV \U0001f447"},
  {"sender": "Lucas Wren", "text": "Lucas Wren, DOB 03/02/2009, 14 Foxglove Close, Ashby AB4 7QT. Mobile 07700 900288. Currently at St Cuthbert's Sixth Form, free every Saturday and Sunday, home alone most evenings so can start late shifts."},
  {"sender": "Ashby Jobs & Chat admin", "text": "Hi Lucas, maybe take your address and date of birth off a public post mate - lots of people in this group. DM employers instead."},
  {"sender": "Lucas Wren", "text": "oh ok will do later"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# 12 fitness group fasting challenge
{"messages": [
  {"sender": "shred_squad_lead", "text": "NEW CHALLENGE \U0001f525 no food till friday, whole squad. post your scales every morning"},
  {"sender": "ana_gymgirl", "text": "till friday?? I've got netball on weds"},
  {"sender": "shred_squad_lead", "text": "no excuses, weakness is all in your head. whoever eats first gets roasted in the group and kicked"},
  {"sender": "zoe_16", "text": "im in. skipping lunch at college will be easy, nobody checks"},
  {"sender": "shred_squad_lead", "text": "thats the spirit. don't tell your parents, they'll just make you eat"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 13 car group road dare
{"messages": [
  {"sender": "Stanced_Tom", "text": "Saturday night: road dare on the bypass. last one to jump off the road before the car wins"},
  {"sender": "Jaz", "text": "bro thats how people end up in hospital"},
  {"sender": "Stanced_Tom", "text": "that's the point its a dare. Kyle u go first, ur 16 so u got nothing to lose lol, we'll film it for the page"},
  {"sender": "Kyle", "text": "fine ill do it but dont post my face"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 14 student reports ex installed tracking app
{"participants": [{"id": "wf", "role": "adult"}, {"id": "sy", "role": "child"}],
 "messages": [
  {"sender": "sy", "text": "Hi I'm in your 2pm slot but can I explain here first"},
  {"sender": "wf", "text": "Of course, Jade. Whatever's easiest for you."},
  {"sender": "sy", "text": "I broke up with Connor 3 weeks ago but he still always knows where I am. today my mate found an app on my phone called SafeTrail that I never installed. he had my phone for ages when we were together"},
  {"sender": "sy", "text": "he texts me stuff like nice pink top at the bus stop, who's the lad u were with. I'm 17 and scared to go home on my own"},
  {"sender": "wf", "text": "Thank you for telling me. Please don't delete the app just yet - we'll look at it together at 2 and talk about keeping you safe on the way home."}
 ],
 "labels": ["location_control"], "evasion": False},

# 15 gang demands live location every hour while running
{"messages": [
  {"sender": "Unknown (burner)", "text": "u at the address yet"},
  {"sender": "Rio", "text": "nearly, train was late"},
  {"sender": "Unknown (burner)", "text": "send live loc NOW and keep it on. every hour u send a pic of where u are"},
  {"sender": "Unknown (burner)", "text": "if the pin goes off or u go anywhere i didnt say, we go to ur mums on Beech Rd. u sell everything before u come back"},
  {"sender": "Rio", "text": "[location] its on"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# 16 teen tells friend they've been hurting themselves again
{"messages": [
  {"sender": "Mo", "text": "u were quiet at college today, u ok?"},
  {"sender": "Cass", "text": "not really. can I tell u something and u won't freak out"},
  {"sender": "Mo", "text": "course"},
  {"sender": "Cass", "text": "I've started hurting myself again. since the results thing. I feel like I don't want to be here some nights"},
  {"sender": "Mo", "text": "thank u for telling me. im not freaking out. can we go see Gail in student support tomorrow together? ill come with u"},
  {"sender": "Cass", "text": "maybe. ok"}
 ],
 "labels": ["self_harm"], "evasion": False},

# 17 ex-partner threatens to share pics unless she comes back
{"participants": [{"id": "ex", "role": "child"}, {"id": "gf", "role": "child"}],
 "messages": [
  {"sender": "ex", "text": "so ur just ignoring me now"},
  {"sender": "gf", "text": "we broke up Callum, I said I need space"},
  {"sender": "ex", "text": "ok then. remember the pics u sent me in summer. u get back with me by friday or everyone in sixth form sees them. and ur new mate Josh"},
  {"sender": "gf", "text": "you said you deleted them"},
  {"sender": "ex", "text": "lied. ur choice"}
 ],
 "labels": ["sextortion"], "evasion": False},

# 18 helpline: boy being sextorted via fitness group, wants to disappear
{"participants": [{"id": "b", "role": "child"}, {"id": "h", "role": "adult"}],
 "messages": [
  {"sender": "b", "text": "i need help fast. someone in a fitness group chat said she was a girl from another college and we started talking"},
  {"sender": "b", "text": "i sent a pic and now they're saying they'll send it to my family and my team unless i buy \u00a3400 of gift cards by tonight. ive already sent \u00a360"},
  {"sender": "h", "text": "Thank you for reaching out. You're not in trouble and this is not your fault. Please stop paying and don't delete anything yet. How old are you?"},
  {"sender": "b", "text": "17. i cant face my dad finding out. honestly i just want to disappear, i dont want to be alive if this gets out"},
  {"sender": "h", "text": "I'm really glad you told me that. I want to help you stay safe tonight. Is there anyone at home with you right now?"}
 ],
 "labels": ["sextortion", "self_harm"], "evasion": False},

# 19 boyfriend pressures for a pic
{"participants": [{"id": "Josh", "role": "child"}, {"id": "Leila", "role": "child"}],
 "messages": [
  {"sender": "Josh", "text": "send me one tonight babe"},
  {"sender": "Leila", "text": "one what"},
  {"sender": "Josh", "text": "u know. the private kind. everyone does it, its just for me, ill delete it straight after"},
  {"sender": "Leila", "text": "I'm not sure. what if someone sees"},
  {"sender": "Josh", "text": "nobody will. if u actually liked me u would. Kayla sent her bf one"}
 ],
 "labels": ["sexting"], "evasion": False},

# 20 fake profile made in classmate's name
{"messages": [
  {"sender": "Freya", "text": "made the account lol [link] @jessica.m.official"},
  {"sender": "Noor", "text": "omg u used her actual selfies"},
  {"sender": "Freya", "text": "and her college and her real name. gonna post that she fancies Mr Holt and message people as her \U0001f602"},
  {"sender": "Noor", "text": "she's gonna get destroyed"},
  {"sender": "Freya", "text": "that's the plan. already followed half the year from it"}
 ],
 "labels": ["identity_theft", "cyberbullying"], "evasion": False},

# 21 parent asks for location on night out (clean)
{"participants": [{"id": "mum", "role": "adult"}, {"id": "tee", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "It's gone 11. Where are you love? Share your location so I can see you're on the way"},
  {"sender": "tee", "text": "on the last bus, sharing now [location]"},
  {"sender": "mum", "text": "Thank you. Dad will meet you at the stop. Did you have a nice time?"},
  {"sender": "tee", "text": "yeah it was good, Eva's 17th was fun"}
 ],
 "labels": [], "evasion": False},

# 22 'send me a pic of the homework' (clean)
{"participants": [{"id": "Harriet", "role": "child"}, {"id": "Owen", "role": "child"}],
 "messages": [
  {"sender": "Harriet", "text": "can someone send me a pic of the chem homework, I left my book in the lab"},
  {"sender": "Owen", "text": "[photo] it's q3-7 on page 112"},
  {"sender": "Harriet", "text": "ur a legend. delete it after? don't want Mr Abbas thinking I copied lol"},
  {"sender": "Owen", "text": "I literally don't care, copy away"}
 ],
 "labels": [], "evasion": False},

# 23 genuine garden centre job (clean)
{"participants": [{"id": "emp", "role": "adult"}, {"id": "jo", "role": "child"}],
 "messages": [
  {"sender": "emp", "text": "Hi Joel, it's Martin at Hollybrook Garden Centre. Can you do a trial shift Saturday 9am-1pm? It's paid."},
  {"sender": "jo", "text": "yes definitely, what do I need"},
  {"sender": "emp", "text": "Steel toe boots if you have them (we can lend some), and when you come in, your National Insurance number and bank details go on the new starter form in the office so we can pay you. Nothing over text."},
  {"sender": "jo", "text": "perfect, see you saturday"}
 ],
 "labels": [], "evasion": False},

# 24 music collab at youth studio (clean)
{"messages": [
  {"sender": "beatsbyrae", "text": "yo loved ur verse on the cypher, wanna do a track?"},
  {"sender": "lil.morgs", "text": "yes!! im 16 tho i dont have a studio"},
  {"sender": "beatsbyrae", "text": "same age lol. the youth studio at Northside does free sessions thursdays, Dev the youth worker runs it. send me the stems and we'll finish it there"},
  {"sender": "lil.morgs", "text": "bet. sending the stems now [link]"}
 ],
 "labels": [], "evasion": False},

# 25 English lit group discussing a novel about grooming (clean)
{"messages": [
  {"sender": "Mei", "text": "for the essay - do we think the author shows the grooming building up slowly on purpose?"},
  {"sender": "Tom", "text": "defo, like the gifts and then 'don't tell your mum' in chapter 6 is the turning point"},
  {"sender": "Aisha", "text": "and the isolation from her friends. Ms Reid said we should quote the bit where he moves them to the private app"},
  {"sender": "Mei", "text": "ok I'm doing that para. due Thursday right?"},
  {"sender": "Tom", "text": "thursday 9am"}
 ],
 "labels": [], "evasion": False},

# 26 counsellor asks about threats, young person says no (clean)
{"participants": [{"id": "cn", "role": "adult"}, {"id": "ys", "role": "child"}],
 "messages": [
  {"sender": "ys", "text": "what do u do if someone online asks for pics and then threatens u? asking for general knowledge"},
  {"sender": "cn", "text": "Good question. Don't pay, don't send more, keep the messages, and tell a trusted adult or use Report Remove. Has anything like that happened to you or a friend?"},
  {"sender": "ys", "text": "no honestly, we had an assembly about it and I just wanted to know what to actually do"},
  {"sender": "cn", "text": "That's really sensible. You can come back any time if anything changes."}
 ],
 "labels": [], "evasion": False},

# 27 same-age online friends from a band forum (clean)
{"messages": [
  {"sender": "drumkid_lew", "text": "ur the one who posted the Hollow Pines tab right? I'm learning it for my college showcase"},
  {"sender": "fretwork_ava", "text": "yeah! the bridge is a nightmare. what year are you in"},
  {"sender": "drumkid_lew", "text": "first year music tech, 16. u?"},
  {"sender": "fretwork_ava", "text": "same. if u need the live version there's a vid on the forum [link]"},
  {"sender": "drumkid_lew", "text": "cheers, will post my cover in the thread when it's done"}
 ],
 "labels": [], "evasion": False},

# 28 driving instructor confirming pickup (clean)
{"participants": [{"id": "di", "role": "adult"}, {"id": "lr", "role": "child"}],
 "messages": [
  {"sender": "di", "text": "Hi Ryan, confirming your first lesson Wednesday 4pm. I'll pick you up from home like your dad arranged. Please have your provisional licence with you, I need to see it before you drive."},
  {"sender": "lr", "text": "sound, will have it. do I need glasses for the number plate test"},
  {"sender": "di", "text": "Only if you normally wear them for distance. See you Wednesday!"}
 ],
 "labels": [], "evasion": False},

# 29 joking threat over chips (clean)
{"participants": [{"id": "Femi", "role": "child"}, {"id": "Dylan", "role": "child"}],
 "messages": [
  {"sender": "Femi", "text": "give me a chip or I'm telling ur mum u failed the mock"},
  {"sender": "Dylan", "text": "u wouldn't dare"},
  {"sender": "Femi", "text": "try me. she follows me on insta"},
  {"sender": "Dylan", "text": "fine. one chip. blackmailer"},
  {"sender": "Femi", "text": "pleasure doing business"}
 ],
 "labels": [], "evasion": False},

# 30 Discord mod announcement (clean)
{"messages": [
  {"sender": "ModBot", "text": "\U0001f4e2 Reminder for the Starlight Fandom server: never post your address, school or live location in #general. There's a DM scam going round offering free merch if you 'log in to claim'."},
  {"sender": "ModBot", "text": "Staff will NEVER DM you asking for your password or login codes. If someone does, screenshot it and ping @mods."},
  {"sender": "lumi_", "text": "got one of those yesterday, blocked it"},
  {"sender": "ModBot", "text": "Thanks lumi_, please send the username to the mod-mail so we can ban it."}
 ],
 "labels": [], "evasion": False},

# 31 family tracking agreed for DofE hike (clean)
{"participants": [{"id": "dad", "role": "adult"}, {"id": "ki", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "I've set up the Family Finder like we agreed, only for the DofE weekend. You can turn it off Sunday night."},
  {"sender": "ki", "text": "ok cool. Mr Patel has the route anyway"},
  {"sender": "dad", "text": "I know, it's just so your mum stops worrying. Have fun and don't forget the blister plasters"},
  {"sender": "ki", "text": "lol got them. love u"}
 ],
 "labels": [], "evasion": False},

# 32 genuine 2FA SMS (clean)
{"messages": [
  {"sender": "StreamBox", "text": "Your StreamBox verification code is 482913. It expires in 10 minutes. Don't share this code with anyone - StreamBox staff will never ask for it."}
 ],
 "labels": [], "evasion": False},

# 33 birthday roast among friends (clean)
{"messages": [
  {"sender": "Georgia", "text": "happy 17th to the most annoying, loudest, worst parallel parker in sixth form \u2764\ufe0f"},
  {"sender": "Sunny", "text": "I clipped ONE bin"},
  {"sender": "Georgia", "text": "the bin has not recovered"},
  {"sender": "Tia", "text": "happy birthday idiot, see u at Nando's at 7 \U0001f382"},
  {"sender": "Sunny", "text": "love u all, even the haters"}
 ],
 "labels": [], "evasion": False},

# 34 'delete that pic' between friends (clean)
{"messages": [
  {"sender": "Nell", "text": "DELETE that pic of me eating the burger I look like a hamster"},
  {"sender": "Isla", "text": "it's cute tho"},
  {"sender": "Nell", "text": "ISLA"},
  {"sender": "Isla", "text": "fine deleted. posting the one where we're both on the swings instead"},
  {"sender": "Nell", "text": "ok that one's allowed"}
 ],
 "labels": [], "evasion": False},

# 35 sponsored challenge for charity (clean)
{"messages": [
  {"sender": "Student Union", "text": "Sixth Form Charity Week! This year's challenge: sponsored 24-hour silence or the 5k fun run on Friday. Sign-up sheet in the common room."},
  {"sender": "Reuben", "text": "silence challenge for Harry would be actual torture \U0001f602"},
  {"sender": "Harry", "text": "I'll do the 5k thank u very much"},
  {"sender": "Student Union", "text": "All money goes to the Dunmore children's hospice. Sponsor forms are on the SU page [link]"}
 ],
 "labels": [], "evasion": False},

# 36 welfare team's awareness message about deepfakes (clean)
{"participants": [{"id": "wt", "role": "adult"}, {"id": "pr", "role": "adult"}],
 "messages": [
  {"sender": "wt", "text": "Dear parents and carers, following national news coverage of AI 'nudify' apps being used against young people, we want to remind you that creating or sharing such an image of anyone under 18 is illegal."},
  {"sender": "wt", "text": "If your young person is affected, they can speak to any member of the welfare team in confidence. We will never ask them to send us the image."},
  {"sender": "pr", "text": "Thank you for this. Will there be a session for parents?"},
  {"sender": "wt", "text": "Yes, Tuesday 24th at 6pm in the library. Details to follow."}
 ],
 "labels": [], "evasion": False},

# 37 young person asks how to spot job scams (clean)
{"participants": [{"id": "qq", "role": "child"}, {"id": "aa", "role": "adult"}],
 "messages": [
  {"sender": "qq", "text": "hey, how do u know if a job advert is a scam? there's loads on Insta saying earn \u00a3500 a week from home"},
  {"sender": "aa", "text": "Good instinct to check. Red flags: they ask you to pay a fee, want photos of your ID over chat, or want to use your bank account to move money. Real employers interview you and do checks in person."},
  {"sender": "qq", "text": "ok that makes sense. none of them have messaged me I was just looking"},
  {"sender": "aa", "text": "Great. Try the college careers board - those are checked."}
 ],
 "labels": [], "evasion": False}
]
