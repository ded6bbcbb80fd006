[
# P3-01 grooming: fandom friend, love-bombing, gift card, secret phone
{"participants": [{"id": "sam_k", "role": "unknown"}, {"id": "Eden", "role": "child"}],
 "messages": [
  {"sender": "sam_k", "text": "omg ur edits of Starlight Six are so good, how do u do the transitions"},
  {"sender": "Eden", "text": "thank u!! just an app, i can show u"},
  {"sender": "sam_k", "text": "ur so talented. i'm 15 btw, how old r u"},
  {"sender": "Eden", "text": "12"},
  {"sender": "sam_k", "text": "aw ur so mature for 12. honestly i can talk to u more than my real friends"},
  {"sender": "Eden", "text": "same my friends are kinda mean lately"},
  {"sender": "sam_k", "text": "they don't deserve u. i'm always here. u can tell me anything"},
  {"sender": "Eden", "text": "thanks sam \U0001f49c"},
  {"sender": "sam_k", "text": "i sent u a \u00a315 gift card for the edit app premium, check ur email"},
  {"sender": "Eden", "text": "wait really??"},
  {"sender": "sam_k", "text": "ur worth it. does ur mum check ur phone"},
  {"sender": "Eden", "text": "sometimes"},
  {"sender": "sam_k", "text": "i could post u an old phone of mine, then we can talk whenever and she won't go through it"},
  {"sender": "Eden", "text": "idk where would i hide it"},
  {"sender": "sam_k", "text": "ur clever u'll figure it out. just don't tell anyone, they'd try to split us up"},
  {"sender": "Eden", "text": "ok"}
 ],
 "labels": ["grooming"], "evasion": False},

# P3-02 sex_trafficking + location_control: "company" work for money, tracking
{"messages": [
  {"sender": "Marcus_VIP", "text": "hey beautiful, u still looking for work?"},
  {"sender": "Shannon", "text": "yeah anything tbh, need money for college stuff"},
  {"sender": "Marcus_VIP", "text": "i've got friends who pay girls just for company. dinners, hotels. \u00a3400 a night"},
  {"sender": "Shannon", "text": "company how"},
  {"sender": "Marcus_VIP", "text": "u go where they say, u do what makes them happy. i take half for setting it up"},
  {"sender": "Shannon", "text": "i'm 16 is that ok"},
  {"sender": "Marcus_VIP", "text": "even better, they like younger. i'll send u a train ticket to Westbridge friday. hotel's booked"},
  {"sender": "Shannon", "text": "do i need to bring anything"},
  {"sender": "Marcus_VIP", "text": "just ur phone charged with location on so i can track u the whole time. and don't tell anyone where ur going"}
 ],
 "labels": ["sex_trafficking", "location_control"], "evasion": False},

# P3-03 csam: deepfake "undress" edit request of a 14-year-old to a bot service
{"participants": [{"id": "k1ngz", "role": "unknown"}, {"id": "EditBot_Pro", "role": "unknown"}],
 "messages": [
  {"sender": "k1ngz", "text": "does ur bot do the AI undress edits"},
  {"sender": "EditBot_Pro", "text": "yes, send photo, \u00a35 per edit, results in 2 mins"},
  {"sender": "k1ngz", "text": "[photo] this girl from my year. she's 14 is that ok"},
  {"sender": "EditBot_Pro", "text": "we don't check ages. payment first [link]"},
  {"sender": "k1ngz", "text": "paid. can u make it look real so i can send it round"},
  {"sender": "EditBot_Pro", "text": "processing"}
 ],
 "labels": ["csam"], "evasion": False},

# P3-04 csam, EVASION spaced letters and digit substitution
{"messages": [
  {"sender": "gh0st", "text": "any1 got the n u d 1 f y b0t l1nk still"},
  {"sender": "T-Dog", "text": "the one that got banned?"},
  {"sender": "gh0st", "text": "ye. gonna do 1 on M1a from 9C, got her pfp saved"},
  {"sender": "Kit", "text": "wtf she's 13"},
  {"sender": "gh0st", "text": "its 4I not r34l lol. ill dr0p it in the gc after"},
  {"sender": "T-Dog", "text": "[link] new one"}
 ],
 "labels": ["csam"], "evasion": True},

# P3-05 criminal_exploitation + money_mule: cash through account, then parcel, threats
{"participants": [{"id": "Reece", "role": "unknown"}, {"id": "Josh", "role": "child"}],
 "messages": [
  {"sender": "Reece", "text": "u did good last week lil bro"},
  {"sender": "Josh", "text": "cheers"},
  {"sender": "Reece", "text": "got 2 jobs for u. first, \u00a32k going into ur bank tmrw. take it out in cash and bring it to me"},
  {"sender": "Josh", "text": "my mum might see it"},
  {"sender": "Reece", "text": "then say it's from ur dad. u keep \u00a3100"},
  {"sender": "Josh", "text": "whats the 2nd"},
  {"sender": "Reece", "text": "parcel to my boy in Saltby saturday. same as before"},
  {"sender": "Josh", "text": "i said i didn't want to do them anymore"},
  {"sender": "Reece", "text": "and i said u owe me for the phone. u don't get to stop. i know what school ur little sister goes to"}
 ],
 "labels": ["criminal_exploitation", "money_mule"], "evasion": False},

# P3-06 location_control + criminal_exploitation: forced tracking app
{"messages": [
  {"sender": "T", "text": "download the Trackr app i sent u"},
  {"sender": "Kacey", "text": "why"},
  {"sender": "T", "text": "so i always know where u are when ur working for us"},
  {"sender": "Kacey", "text": "i've got my map sharing on"},
  {"sender": "T", "text": "u can turn that off. this one u can't. send me a screenshot when it's on"},
  {"sender": "Kacey", "text": "[photo]"},
  {"sender": "T", "text": "good girl. u go to the house on Calder Street at 7, wait for the package, bring it to the park"},
  {"sender": "Kacey", "text": "what if someone stops me"},
  {"sender": "T", "text": "say nothing. if that app goes offline once, ur brother pays for it"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

# P3-07 scam + identity_theft: free skin, give me your login
{"participants": [{"id": "SkinTrader_Official", "role": "unknown"}, {"id": "Aarav", "role": "child"}],
 "messages": [
  {"sender": "SkinTrader_Official", "text": "hey i saw ur trade post, i've got the Neon Reaper skin u want"},
  {"sender": "Aarav", "text": "omg fr how much"},
  {"sender": "SkinTrader_Official", "text": "free, i'm quitting the game. i just need to log into ur account to drop it in, trades are bugged rn"},
  {"sender": "Aarav", "text": "can't u just trade it normally"},
  {"sender": "SkinTrader_Official", "text": "told u it's bugged. give me ur username and password, i'll be in and out in 2 mins"},
  {"sender": "Aarav", "text": "ok its aarav_plays and the password is Tiger1234"},
  {"sender": "SkinTrader_Official", "text": "cheers. it's asking for a code sent to ur email, what is it"},
  {"sender": "Aarav", "text": "482019"},
  {"sender": "SkinTrader_Official", "text": "perfect"},
  {"sender": "Aarav", "text": "wait why did i just get logged out"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False},

# P3-08 cyberbullying + harmful_challenge: exclusion, rating photo, dangerous dare to be let back in
{"messages": [
  {"sender": "Abi", "text": "is everyone going to Sian's saturday"},
  {"sender": "Sian", "text": "yes!! bring snacks"},
  {"sender": "Rosie", "text": "what time should i come?"},
  {"sender": "Kenzie", "text": "who said u were invited"},
  {"sender": "Kenzie", "text": "[photo] rate rosie's new fringe out of 10 lol. i'm saying 2"},
  {"sender": "Tilly", "text": "\U0001f602\U0001f602\U0001f602 1"},
  {"sender": "Abi", "text": "minus 5"},
  {"sender": "Hope", "text": "that's well out of order kenzie"},
  {"sender": "Kenzie", "text": "it's banter. rosie if u want to come saturday u have to do the dare. climb onto the science block roof at lunch and film it"},
  {"sender": "Rosie", "text": "i'm scared of heights"},
  {"sender": "Kenzie", "text": "then ur out. everyone leave her on read"},
  {"sender": "Sian", "text": "kenzie it's my party not urs"}
 ],
 "labels": ["cyberbullying", "harmful_challenge"], "evasion": False},

# P3-09 self_harm: disclosure in a game team chat
{"messages": [
  {"sender": "Bex", "text": "gg, want to go again"},
  {"sender": "Danny_G", "text": "yeah one more"},
  {"sender": "n1ghtowl", "text": "nah i'm done"},
  {"sender": "fern", "text": "u ok? u've been quiet all night"},
  {"sender": "n1ghtowl", "text": "not really. everything's rubbish. honestly i keep wanting to hurt myself"},
  {"sender": "Bex", "text": "hey, we're here. do u want to talk about it"},
  {"sender": "n1ghtowl", "text": "i just don't see the point of anything anymore"},
  {"sender": "Danny_G", "text": "is there anyone at home u can talk to? or ring childline, it's free"},
  {"sender": "n1ghtowl", "text": "my mum's asleep"},
  {"sender": "fern", "text": "we'll stay on vc with u. ur not annoying us"}
 ],
 "labels": ["self_harm"], "evasion": False},

# P3-10 privacy_disclosure: child gives area, school, phone number to a stranger in game
{"participants": [{"id": "GamerGuy_88", "role": "unknown"}, {"id": "luna_x", "role": "child"}],
 "messages": [
  {"sender": "GamerGuy_88", "text": "nice one luna, u play every night?"},
  {"sender": "luna_x", "text": "yeh after school"},
  {"sender": "GamerGuy_88", "text": "where abouts are u from"},
  {"sender": "luna_x", "text": "Brimley, by the canal"},
  {"sender": "GamerGuy_88", "text": "no way i'm not far. what school"},
  {"sender": "luna_x", "text": "St Anselm's, year 7"},
  {"sender": "GamerGuy_88", "text": "what's ur number, i'll send u the link to my clan"},
  {"sender": "luna_x", "text": "07700 900245"},
  {"sender": "GamerGuy_88", "text": "\U0001f44d"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# P3-11 unwanted_contact: quick-add stranger sends unsolicited images
{"participants": [{"id": "quickadd_guy", "role": "unknown"}, {"id": "Amara", "role": "child"}],
 "messages": [
  {"sender": "quickadd_guy", "text": "hey"},
  {"sender": "quickadd_guy", "text": "u added me back \U0001f60a"},
  {"sender": "Amara", "text": "i clicked by accident, who r u"},
  {"sender": "quickadd_guy", "text": "[photo]"},
  {"sender": "quickadd_guy", "text": "open it"},
  {"sender": "Amara", "text": "that's disgusting, why would u send that"},
  {"sender": "quickadd_guy", "text": "[photo]"},
  {"sender": "quickadd_guy", "text": "why so shy lol"},
  {"sender": "Amara", "text": "i'm 13. stop"},
  {"sender": "quickadd_guy", "text": "whatever. answer me"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# P3-12 harmful_challenge, EVASION leetspeak + emoji
{"messages": [
  {"sender": "ch4ll3ng3_m4st3r", "text": "d4y 5 0f th3 \U0001f525\U0001f525 ch4ll3ng3 \u2705 who's n3xt"},
  {"sender": "Lexi", "text": "what's day 5"},
  {"sender": "ch4ll3ng3_m4st3r", "text": "d0 th3 th1ng th4t l34v3s 4 m4rk & p0st th3 \U0001f4f8 0r 1t d1dnt h4pp3n"},
  {"sender": "Hope", "text": "that sounds like it'd hurt"},
  {"sender": "ch4ll3ng3_m4st3r", "text": "th4ts th3 p01nt. 1f u d0nt u g3t k1ck3d fr0m th3 gc. n0 sn1tch1ng 2 p4r3nts \U0001f910"},
  {"sender": "Lexi", "text": "ok ill do it tonight"}
 ],
 "labels": ["harmful_challenge"], "evasion": True},

# P3-13 sextortion + sexting: flirty stranger -> pic -> threat -> haggling (tactic change)
{"participants": [{"id": "jess_xo", "role": "unknown"}, {"id": "Owen", "role": "child"}],
 "messages": [
  {"sender": "jess_xo", "text": "hiii, u were in my suggested, u go to Ridgeway?"},
  {"sender": "Owen", "text": "yeah, do i know u?"},
  {"sender": "jess_xo", "text": "nah i'm from Kingsmere. ur really fit ngl"},
  {"sender": "Owen", "text": "lol cheers"},
  {"sender": "jess_xo", "text": "wanna video call later? i'm bored"},
  {"sender": "Owen", "text": "maybe"},
  {"sender": "jess_xo", "text": "send me a pic first so i know ur real. a private one \U0001f609 i'll send one back"},
  {"sender": "Owen", "text": "[photo]"},
  {"sender": "jess_xo", "text": "lol u actually did it. i'm not jess btw"},
  {"sender": "Owen", "text": "what"},
  {"sender": "jess_xo", "text": "\u00a3300 by tonight or i send it to ur followers, ur family and ur school. i have the list"},
  {"sender": "Owen", "text": "please i'm 15 i don't have that"},
  {"sender": "jess_xo", "text": "then pay what u have now. \u00a380 in gift card codes. don't waste my time"},
  {"sender": "Owen", "text": "ok ok"}
 ],
 "labels": ["sextortion", "sexting"], "evasion": False},

# P3-14 money_mule, EVASION leetspeak + emoji + dotted letters
{"participants": [{"id": "S.Q_money", "role": "unknown"}, {"id": "Dan", "role": "child"}],
 "messages": [
  {"sender": "S.Q_money", "text": "y0u 16+? w4nt 2 m4k3 \u00a3\u00a3\u00a3 th1s w33k"},
  {"sender": "Dan", "text": "how"},
  {"sender": "S.Q_money", "text": "l3nd m3 ur \U0001f3e6 4 2 d4ys. m0n3y c0m3s 1n, u s3nd 1t 0ut 2 th3 4cc0unts 1 g1v3 u, k33p 10%"},
  {"sender": "Dan", "text": "is that the squaring thing"},
  {"sender": "S.Q_money", "text": "1ts just h3lp1ng a m8 w1th h1s b1z. n0 r1sk. s3nd ur s.o.r.t c.o.d.e + 4cc numb3r"},
  {"sender": "Dan", "text": "ill send it tonight"},
  {"sender": "S.Q_money", "text": "g00d. d3l3t3 th1s ch4t"}
 ],
 "labels": ["money_mule"], "evasion": True},

# P3-15 identity_theft + scam: child reports first-hand her account was taken over and used to scam friends
{"participants": [{"id": "Grace", "role": "child"}, {"id": "Tom", "role": "child"}],
 "messages": [
  {"sender": "Grace", "text": "omg someone's got into my ChatSnap"},
  {"sender": "Tom", "text": "wdym"},
  {"sender": "Grace", "text": "they changed my password and they're posting stories as me asking people to send them money for a 'giveaway'"},
  {"sender": "Tom", "text": "thats why u messaged me asking for my bank details lol i thought that was weird"},
  {"sender": "Grace", "text": "it wasn't me!! pls tell everyone"},
  {"sender": "Tom", "text": "did u give anyone ur login"},
  {"sender": "Grace", "text": "some account said i won a ring light and needed to log in on their page to claim it"},
  {"sender": "Tom", "text": "report it to the app and tell ur dad, he can sort the email"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False},

# P3-16 scam + identity_theft + privacy_disclosure: fake giveaway collects DOB, address, ID photo, card
{"participants": [{"id": "MegaPrizes_UK", "role": "unknown"}, {"id": "Sienna", "role": "child"}],
 "messages": [
  {"sender": "MegaPrizes_UK", "text": "\U0001f389 Congratulations Sienna! You've been picked to win a SkyTab tablet in our 10k followers giveaway!"},
  {"sender": "Sienna", "text": "omg yay!!"},
  {"sender": "MegaPrizes_UK", "text": "To claim we need your full name, date of birth and home address for delivery"},
  {"sender": "Sienna", "text": "Sienna Marie Clarke, 02/09/2012, 8 Wren Street, Stepworth, ST4 2LP"},
  {"sender": "MegaPrizes_UK", "text": "Perfect. For age verification please send a photo of your passport or your parent's driving licence"},
  {"sender": "Sienna", "text": "i'll have to get my mum's"},
  {"sender": "MegaPrizes_UK", "text": "No need to tell her, it spoils the surprise! Just a quick photo. Also a \u00a31.99 postage fee, card details here \U0001f447 [link]"}
 ],
 "labels": ["scam", "identity_theft", "privacy_disclosure"], "evasion": False},

# P3-17 location_control + criminal_exploitation: Yorkshire slang, live location demanded
{"participants": [{"id": "Kez", "role": "unknown"}, {"id": "Marley", "role": "child"}],
 "messages": [
  {"sender": "Kez", "text": "where are u"},
  {"sender": "Marley", "text": "home, tea's ready"},
  {"sender": "Kez", "text": "i said be at the spot by 6. it's 6:20"},
  {"sender": "Marley", "text": "mam made me stop in"},
  {"sender": "Kez", "text": "send ur location now. live, not a screenshot"},
  {"sender": "Marley", "text": "[location]"},
  {"sender": "Kez", "text": "reyt. u've got 20 mins to be at the garages. bag's waiting"},
  {"sender": "Marley", "text": "can i do it tomorrow, she'll go mad"},
  {"sender": "Kez", "text": "nowt to do wi me. u owe us. if that location's not moving in 5 mins, i'm knocking on ur door"}
 ],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

# P3-18 sexting: peer boyfriend pressure
{"messages": [
  {"sender": "Tyler", "text": "hey neve u up"},
  {"sender": "Neve", "text": "ye watching tv"},
  {"sender": "Tyler", "text": "been thinking about u all day \U0001f648"},
  {"sender": "Neve", "text": "aw"},
  {"sender": "Tyler", "text": "send me a pic? the private kind, it's only for me"},
  {"sender": "Neve", "text": "no tyler we've talked about this"},
  {"sender": "Tyler", "text": "everyone else's gf does it. just one, it deletes anyway"},
  {"sender": "Neve", "text": "i said no"},
  {"sender": "Tyler", "text": "fine, ur so boring. i'll ask someone who actually likes me"}
 ],
 "labels": ["sexting"], "evasion": False},

# P3-19 unwanted_contact: stranger added to a class group, DMs many children, sends image
{"messages": [
  {"sender": "Ollie", "text": "who added that random number"},
  {"sender": "Aisha", "text": "no idea, wasn't me"},
  {"sender": "unknown_0771", "text": "hi all, I'm new round here. who wants to chat? add me privately"},
  {"sender": "Sam", "text": "how old are u"},
  {"sender": "unknown_0771", "text": "old enough \U0001f609 I've messaged a few of you already"},
  {"sender": "Ben", "text": "yeah he dmed me 5 times last night, i never replied"},
  {"sender": "unknown_0771", "text": "[photo]"},
  {"sender": "Aisha", "text": "wtf is that. reporting"},
  {"sender": "unknown_0771", "text": "why u all ignoring me, I'll keep messaging till someone answers"},
  {"sender": "Ollie", "text": "someone tell sir, i'm removing him"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# P3-20 self_harm, EVASION coded words ("unalive", "kms") and digit substitution
{"participants": [{"id": "Kiki", "role": "child"}, {"id": "Ro", "role": "child"}],
 "messages": [
  {"sender": "Kiki", "text": "can't do this anymore tbh"},
  {"sender": "Ro", "text": "what's happened"},
  {"sender": "Kiki", "text": "everything. home, school, all of it"},
  {"sender": "Kiki", "text": "i wanna unalive myself fr. kms"},
  {"sender": "Ro", "text": "kiki please don't say that. where are u rn"},
  {"sender": "Kiki", "text": "in my room. i just want to sl33p and not w4ke up"},
  {"sender": "Ro", "text": "i'm calling u now. pick up"}
 ],
 "labels": ["self_harm"], "evasion": True},

# P3-21 sex_trafficking + grooming: child in foster care, travel, "rich men", isolation
{"participants": [{"id": "Auntie_Gee", "role": "unknown"}, {"id": "Precious", "role": "child"}],
 "messages": [
  {"sender": "Auntie_Gee", "text": "hey babygirl, how's the new placement"},
  {"sender": "Precious", "text": "rubbish. they have rules for everything"},
  {"sender": "Auntie_Gee", "text": "you deserve better than that. you're grown, you're basically 18"},
  {"sender": "Precious", "text": "i wish"},
  {"sender": "Auntie_Gee", "text": "come to Easthaven. my friend's got work for girls like you, \u00a3500 a night, proper money"},
  {"sender": "Precious", "text": "what kind of work"},
  {"sender": "Auntie_Gee", "text": "entertaining his guests. they're rich men, you just keep them happy. I'll send train tickets and a new phone"},
  {"sender": "Precious", "text": "my social worker will go mad"},
  {"sender": "Auntie_Gee", "text": "don't tell her or your foster carers. they'll never let you be free. I'm the only one who actually cares about you"},
  {"sender": "Precious", "text": "ok when"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False},

# P3-24 csam + grooming: adult asks a 13-year-old for private images of her friends, pays, secrecy
{"participants": [{"id": "Rob_online", "role": "unknown"}, {"id": "Lacey", "role": "child"}],
 "messages": [
  {"sender": "Rob_online", "text": "hey Lacey, how was the sleepover"},
  {"sender": "Lacey", "text": "so fun!! we stayed up till 3"},
  {"sender": "Rob_online", "text": "sounds like a laugh. did you take photos of all your friends?"},
  {"sender": "Lacey", "text": "ye loads"},
  {"sender": "Rob_online", "text": "send me the ones from when you were all getting changed, the private ones. I won't show anyone"},
  {"sender": "Lacey", "text": "why"},
  {"sender": "Rob_online", "text": "it's our little secret. I'll send you \u00a320 phone credit for each one. you're my favourite girl"},
  {"sender": "Lacey", "text": "idk they'd be mad"},
  {"sender": "Rob_online", "text": "they'll never know. delete the chat after"}
 ],
 "labels": ["csam", "grooming"], "evasion": False},

# P3-C1 CLEAN workplace scam-awareness, shared inbox login refused, "I will end you"
{"participants": [{"id": "Lorraine", "role": "adult"}, {"id": "Ash", "role": "adult"}, {"id": "Bilal", "role": "adult"}, {"id": "Karen", "role": "adult"}],
 "messages": [
  {"sender": "Lorraine", "text": "Reminder from finance: we've had fake emails pretending to be from our CEO asking for gift cards. Ignore them and forward to IT"},
  {"sender": "Ash", "text": "Got one of those yesterday! Said 'are you at your desk, need a favour, keep this between us'"},
  {"sender": "Bilal", "text": "Classic. My mum got the same thing on her phone pretending to be me"},
  {"sender": "Karen", "text": "Can someone send me the login for the shared inbox? I'm covering for Gail"},
  {"sender": "Lorraine", "text": "Don't share logins in chat Karen \U0001f605 raise a ticket and IT will give you delegated access"},
  {"sender": "Karen", "text": "Fair. Ticket raised"},
  {"sender": "Ash", "text": "Also whoever keeps taking my oat milk, I will find you and I will end you"},
  {"sender": "Bilal", "text": "It wasn't me. Probably"}
 ],
 "labels": [], "evasion": False},

# P3-C2 CLEAN marketplace between adults: pram, pic of label, postcode
{"messages": [
  {"sender": "Holly", "text": "Hi, is the pram still available? Does it come with the carrycot?"},
  {"sender": "Graham", "text": "Yes it does, plus the rain cover. Our little one's outgrown it"},
  {"sender": "Holly", "text": "Could you send me a pic of the label with the model number? Want to check it's not the recalled batch"},
  {"sender": "Graham", "text": "[photo] bought new in 2023 so should be fine"},
  {"sender": "Holly", "text": "Brilliant. \u00a3120 ok?"},
  {"sender": "Graham", "text": "Yes. Collection from Stepworth, postcode ST4 8RD, I'll send the house number on the day"},
  {"sender": "Holly", "text": "My husband will collect Sat morning, he'll pay cash"},
  {"sender": "Graham", "text": "Sound, message when you're outside"}
 ],
 "labels": [], "evasion": False},

# P3-C3 CLEAN landlord inspection, "I'll let myself in with my key"
{"participants": [{"id": "Ms_Fenwick", "role": "adult"}, {"id": "Jordan", "role": "adult"}],
 "messages": [
  {"sender": "Ms_Fenwick", "text": "Hi Jordan, I need to do the 6-monthly inspection. Is Monday at 10 ok? If you're not in, I'll let myself in with my key as per the tenancy"},
  {"sender": "Jordan", "text": "Monday's fine, I'll be in. Could you look at the bathroom extractor while you're here?"},
  {"sender": "Ms_Fenwick", "text": "Will do. Could you send me a pic of it beforehand so I bring the right part?"},
  {"sender": "Jordan", "text": "[photo]"},
  {"sender": "Ms_Fenwick", "text": "Perfect, I've got one of those in the van. See you Monday"},
  {"sender": "Jordan", "text": "Thanks, there's parking round the back"}
 ],
 "labels": [], "evasion": False},

# P3-C4 CLEAN adult friends discuss online dating: move to another app, age, share location
{"messages": [
  {"sender": "Kerry", "text": "Update on the bloke from the app: he's asked me to move chat to ChatApp"},
  {"sender": "Jo", "text": "Is that a red flag or just normal?"},
  {"sender": "Mel", "text": "Normal for grown-ups tbh, just don't send him money lol"},
  {"sender": "Kerry", "text": "Ha, he's 44, a plumber, has a dog. Seems normal"},
  {"sender": "Jo", "text": "Age is just a number Kez, you're 46"},
  {"sender": "Kerry", "text": "Meeting him for coffee in town Saturday, public place, I'll share my location with you two"},
  {"sender": "Mel", "text": "Good. Text us his full name and we'll stalk his socials"},
  {"sender": "Kerry", "text": "Already done \U0001f602"}
 ],
 "labels": [], "evasion": False},

# P3-C5 CLEAN genuine babysitting job for a 16-year-old
{"participants": [{"id": "Mrs_Adeyemi", "role": "adult"}, {"id": "Chloe", "role": "child"}],
 "messages": [
  {"sender": "Mrs_Adeyemi", "text": "Hi Chloe, are you free to babysit Saturday 7-11? Same as before, \u00a330"},
  {"sender": "Chloe", "text": "yes that's fine!"},
  {"sender": "Mrs_Adeyemi", "text": "Lovely. Kids should be in bed by 8, there's pizza in the freezer for you"},
  {"sender": "Chloe", "text": "perfect"},
  {"sender": "Mrs_Adeyemi", "text": "Gary will drive you home after. Let your mum know, or she can pick you up if she'd rather"},
  {"sender": "Chloe", "text": "i'll tell her, she'll probably just want me to text when i leave"},
  {"sender": "Mrs_Adeyemi", "text": "Of course. See you at 6:50 x"}
 ],
 "labels": [], "evasion": False},

# P3-C6 CLEAN friends sharing location outside each other's houses, Polish word
{"messages": [
  {"sender": "Kasia", "text": "im outside ur house"},
  {"sender": "Ellis", "text": "which one, the front?"},
  {"sender": "Kasia", "text": "i think so? czekaj, sending location [location]"},
  {"sender": "Ellis", "text": "ur at number 12 not 21 lol"},
  {"sender": "Mo", "text": "classic kasia"},
  {"sender": "Kasia", "text": "ok ok coming"},
  {"sender": "Ellis", "text": "mo where r u"},
  {"sender": "Mo", "text": "2 mins, sharing live [location]"}
 ],
 "labels": [], "evasion": False},

# P3-C7 CLEAN game trash talk in a server
{"messages": [
  {"sender": "Tomo", "text": "ur getting deleted this round"},
  {"sender": "Zed", "text": "said the guy who fell off the map twice"},
  {"sender": "big_lou", "text": "GG EZ"},
  {"sender": "Ash_99", "text": "lou u got carried"},
  {"sender": "big_lou", "text": "i'll destroy u 1v1 right now"},
  {"sender": "Ash_99", "text": "bet, winner picks the next map"},
  {"sender": "Tomo", "text": "loser has to use the pink skin all night"},
  {"sender": "Zed", "text": "i'm actually crying \U0001f602"}
 ],
 "labels": [], "evasion": False},

# P3-C8 CLEAN genuine bank fraud-check SMS
{"participants": [{"id": "RavenshawBank", "role": "unknown"}],
 "messages": [
  {"sender": "RavenshawBank", "text": "Ravenshaw Bank: Did you just try to pay \u00a349.99 to GameHub Online? Reply YES or NO. We will never ask for your PIN, passcode or for you to move money to a safe account."}
 ],
 "labels": [], "evasion": False},

# P3-C9 CLEAN GP appointment SMS
{"messages": [
  {"sender": "BrookfieldSurgery", "text": "Brookfield Surgery: Your appointment is on Tue 14 May at 10:20 with Dr Amin. Reply CANCEL if you can no longer attend."}
 ],
 "labels": [], "evasion": False},

# P3-C10 CLEAN dad checks family location map
{"participants": [{"id": "Dad", "role": "adult"}, {"id": "Jas", "role": "child"}],
 "messages": [
  {"sender": "Dad", "text": "Has your phone died? Can't see you on the family map"},
  {"sender": "Jas", "text": "sorry it was on low power mode"},
  {"sender": "Dad", "text": "No worries, just checking you got to training ok"},
  {"sender": "Jas", "text": "yeah at the pitch now"},
  {"sender": "Dad", "text": "Great. I'll pick you up at 8 at the usual gate. Keep your location on till then please"},
  {"sender": "Jas", "text": "ok \U0001f44d"}
 ],
 "labels": [], "evasion": False},

# P3-C11 CLEAN discussing a hoax challenge and the school's letter
{"messages": [
  {"sender": "Rhiannon", "text": "my little brother's scared of that ghost doll challenge thing everyone's talking about"},
  {"sender": "Tom", "text": "it's a hoax, the school sent a letter saying don't share it"},
  {"sender": "Kezia", "text": "yeah the letter said the scary part is people spreading it, not the thing itself"},
  {"sender": "Rhiannon", "text": "i told him it's fake and not to watch any of the vids"},
  {"sender": "Tom", "text": "ur mum should turn on the kids mode on his tablet"},
  {"sender": "Rhiannon", "text": "she did. he's fine now, he's watching cartoons lol"}
 ],
 "labels": [], "evasion": False},

# P3-C12 CLEAN adult curling club, Scots banter, "I'll murder ye"
{"participants": [{"id": "Morag", "role": "adult"}, {"id": "Eck", "role": "adult"}, {"id": "Davie", "role": "adult"}, {"id": "Fiona", "role": "adult"}],
 "messages": [
  {"sender": "Morag", "text": "Right team, curling Thursday 7pm at Glenkeld rink. Who's in?"},
  {"sender": "Eck", "text": "Aye, count me in"},
  {"sender": "Davie", "text": "I'll be there but gonnae no put me on sweeping again, my knees are done"},
  {"sender": "Fiona", "text": "Davie if you miss the house again I'll murder ye"},
  {"sender": "Davie", "text": "Wheesht woman"},
  {"sender": "Morag", "text": "Subs are \u00a36, pay at the bar. Wee dram after for anyone who wants"},
  {"sender": "Eck", "text": "Braw"}
 ],
 "labels": [], "evasion": False},

# P3-C13 CLEAN siblings: keep the car dent secret
{"messages": [
  {"sender": "Lily", "text": "DON'T tell dad about the dent"},
  {"sender": "Finn", "text": "what dent"},
  {"sender": "Lily", "text": "the one i put in the car at the supermarket. it's tiny"},
  {"sender": "Finn", "text": "how much is my silence worth"},
  {"sender": "Lily", "text": "a chippy tea"},
  {"sender": "Finn", "text": "deal. but ur telling him before he sees it"},
  {"sender": "Lily", "text": "yeah yeah, tonight. our secret till then"}
 ],
 "labels": [], "evasion": False},

# P3-C14 CLEAN sleepover: bring your pjs, send a pic of the film list
{"participants": [{"id": "Ava", "role": "child"}, {"id": "Grace", "role": "child"}],
 "messages": [
  {"sender": "Ava", "text": "mum says u can stay over fri!!"},
  {"sender": "Grace", "text": "yayyy what should i bring"},
  {"sender": "Ava", "text": "ur pjs and a toothbrush lol. and send me a pic of the film list u made, we need to choose"},
  {"sender": "Grace", "text": "[photo]"},
  {"sender": "Ava", "text": "omg the scary one. we're gonna be screaming"},
  {"sender": "Grace", "text": "my mum said she'll drop me at 6 and pick me up sat morning"},
  {"sender": "Ava", "text": "perfect, dad's doing pancakes"}
 ],
 "labels": [], "evasion": False},

# P3-C15 CLEAN adult cousin buying concert tickets: refuses card details
{"participants": [{"id": "Kayla", "role": "adult"}, {"id": "Tia", "role": "child"}],
 "messages": [
  {"sender": "Kayla", "text": "Tickets go on sale at 9 tomorrow! I'll buy both on my account"},
  {"sender": "Tia", "text": "omg yes. do u want my card details?"},
  {"sender": "Kayla", "text": "No!! never send card details over chat. Just bank transfer me the \u00a345 after and I'll send you the ticket in the app"},
  {"sender": "Tia", "text": "ok i'll ask mum to transfer it"},
  {"sender": "Kayla", "text": "Perfect. Also your mum said you need to share your location with her on the night, I'll be with you the whole time"},
  {"sender": "Tia", "text": "yeah she always does that lol"},
  {"sender": "Kayla", "text": "Not a bad thing tbh"}
 ],
 "labels": [], "evasion": False},

# P3-C16 CLEAN adult women's football club, Scouse slang, subs to club account
{"messages": [
  {"sender": "Shelley", "text": "Ey girls, match Sunday's off, pitch is waterlogged. Proper gutted"},
  {"sender": "Dee", "text": "Boss, I've got a hangover anyway"},
  {"sender": "Jo-Jo", "text": "Sound. Training Wednesday still on?"},
  {"sender": "Shelley", "text": "Yes la, 7pm. Subs due, \u00a320 to the club account, treasurer's posted the details in the pinned message"},
  {"sender": "Kate", "text": "Can someone send me a pic of the new fixtures list?"},
  {"sender": "Dee", "text": "[photo]"},
  {"sender": "Jo-Jo", "text": "If we lose to Riverside again I'm jibbing it off and joining netball"},
  {"sender": "Shelley", "text": "Don't you dare, we need ya in defence"}
 ],
 "labels": [], "evasion": False},

# P3-C17 CLEAN genuine local catalogue modelling with parent present and consent
{"participants": [{"id": "Threads_Boutique", "role": "adult"}, {"id": "Mrs_Okafor", "role": "adult"}, {"id": "Adanna", "role": "child"}],
 "messages": [
  {"sender": "Threads_Boutique", "text": "Hi Mrs Okafor, thanks for replying to our school uniform catalogue call. We'd love Adanna to model for the back-to-school shoot"},
  {"sender": "Mrs_Okafor", "text": "She's very excited. Where and when is it?"},
  {"sender": "Threads_Boutique", "text": "Saturday 10am-1pm at our shop on Market Row. A parent must stay with her throughout, and we'll need you to sign the consent form"},
  {"sender": "Adanna", "text": "do i need to bring anything"},
  {"sender": "Threads_Boutique", "text": "Just clean trainers and plain hair ties! We provide the uniforms. You'll get paid \u00a360 and a voucher, paid to your mum"},
  {"sender": "Mrs_Okafor", "text": "Lovely, we'll see you Saturday"}
 ],
 "labels": [], "evasion": False},

# P3-C18 CLEAN friend asks for pic of a haircut, "delete it after", "promise not to show anyone"
{"messages": [
  {"sender": "Bea", "text": "got my hair cut \U0001f62d"},
  {"sender": "Nell", "text": "send me a pic"},
  {"sender": "Bea", "text": "[photo] delete it after, it's awful"},
  {"sender": "Nell", "text": "stop it's cute!! very 70s"},
  {"sender": "Bea", "text": "i asked for a trim"},
  {"sender": "Nell", "text": "it'll grow lol. wear a beanie tmrw if u hate it"},
  {"sender": "Bea", "text": "u have to promise not to show anyone"},
  {"sender": "Nell", "text": "promise \U0001f910"}
 ],
 "labels": [], "evasion": False},
]
