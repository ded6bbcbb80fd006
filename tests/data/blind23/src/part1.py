[
# ---- positives ----
{"participants": [{"id": "jojo_sells", "role": "child"}, {"id": "Dean_R", "role": "unknown"}],
 "messages": [
  {"sender": "Dean_R", "text": "Hi, are the white trainers in size 6 still available?"},
  {"sender": "jojo_sells", "text": "yes still got them, \u00a325 collection or I can post"},
  {"sender": "Dean_R", "text": "Great. You've priced them well, you must be good at this. How old are you if you don't mind me asking? You write very maturely."},
  {"sender": "jojo_sells", "text": "14 lol my mum helps me list stuff"},
  {"sender": "Dean_R", "text": "14, wow, you could pass for older. Tell you what, I'll give you \u00a340 instead of \u00a325 because I like helping young entrepreneurs."},
  {"sender": "jojo_sells", "text": "omg really? thank you"},
  {"sender": "Dean_R", "text": "No need to mention the extra to your mum, she'll only make you split it \ud83d\ude09 Swapsy chat is slow, what's your Snapflare? Easier to talk there."},
  {"sender": "jojo_sells", "text": "its jojo.k09"},
  {"sender": "Dean_R", "text": "Added. Rather than the post office, let's meet somewhere quiet for the handover, just us two. I'll bring you a little something extra."}
 ],
 "labels": ["grooming"], "evasion": False},

{"messages": [
  {"sender": "Raven_77", "text": "yo Tobz you carried that round, for real, best 12 year old I've ever played with"},
  {"sender": "Tobz", "text": "haha thanks I'm nearly 13"},
  {"sender": "Raven_77", "text": "see, mature. the rest of the squad are toxic, you're the only one I actually like talking to"},
  {"sender": "Tobz", "text": "they're alright"},
  {"sender": "Raven_77", "text": "nah they don't get you like I do. listen I got 4000 gems sat there doing nothing, I'll gift you the Phantom bundle"},
  {"sender": "Tobz", "text": "WAIT seriously??"},
  {"sender": "Raven_77", "text": "yeah but it's our thing ok, don't say nothing in party chat"},
  {"sender": "Raven_77", "text": "just do one thing for me first. go on Pingo and send me a pic, the private kind, just for me. it deletes itself anyway"},
  {"sender": "Tobz", "text": "what do u mean private"},
  {"sender": "Raven_77", "text": "you know what I mean. no one will ever know. then the bundle's yours"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False},

{"messages": [
  {"sender": "anonymous", "text": "why do u even post on here ur so embarrassing"},
  {"sender": "ellie.rose", "text": "who is this"},
  {"sender": "anonymous", "text": "everyone in 8R screenshots ur answers and laughs at them"},
  {"sender": "anonymous", "text": "nobody at Hollins Park likes u, even ur 'friends' only sit with u cos they feel sorry for u"},
  {"sender": "anonymous", "text": "do everyone a favour and kys"},
  {"sender": "anonymous", "text": "fr just disappear no one would notice"},
  {"sender": "ellie.rose", "text": "please stop"},
  {"sender": "anonymous", "text": "cry about it"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

{"participants": [{"id": "mollyy.x", "role": "child"}, {"id": "anon", "role": "unknown"}],
 "messages": [
  {"sender": "anon", "text": "where abouts do u live?"},
  {"sender": "mollyy.x", "text": "Kelsford!"},
  {"sender": "anon", "text": "which bit tho"},
  {"sender": "mollyy.x", "text": "near the big Co-op on Fenwick Street, number 22 lol why"},
  {"sender": "anon", "text": "and what school"},
  {"sender": "mollyy.x", "text": "St Aldric's, year 8"},
  {"sender": "anon", "text": "answer my other questions"},
  {"sender": "anon", "text": "answer them"},
  {"sender": "anon", "text": "I've sent u 40 questions why r u ignoring me"},
  {"sender": "mollyy.x", "text": "I don't want to answer them, they're weird"},
  {"sender": "anon", "text": "I'll just come see u at St Aldric's then"}
 ],
 "labels": ["privacy_disclosure", "unwanted_contact"], "evasion": False},

{"participants": [{"id": "ParcelHop", "role": "unknown"}],
 "messages": [
  {"sender": "ParcelHop", "text": "ParcelHop: We were unable to deliver your parcel (ref PH-88231). A \u00a31.45 redelivery fee is due. Pay within 24hrs or your item will be returned to sender: [link]"}
 ],
 "labels": ["scam"], "evasion": False},

{"messages": [
  {"sender": "07700 900582", "text": "heyy its Kai from Mr Dunn's form, this is my new number. I accidentally sent my Pingo login code to ur phone \ud83d\ude48 can u send me the 6 numbers pls its urgent"}
 ],
 "labels": ["identity_theft"], "evasion": False},

{"participants": [{"id": "07700 900731", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900731", "text": "EARN \u00a3300/WEEK FROM HOME! Our payments team needs account holders aged 16+ to receive client transfers into their own account & forward them on. Keep 15%, no experience needed. Reply JOIN with your name and bank to start today."}
 ],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "lily_plays", "text": "hiii chat we're doing the cozy farm game tonight!!"},
  {"sender": "gr4nt_", "text": "how old r u"},
  {"sender": "lily_plays", "text": "13 lol why does everyone ask"},
  {"sender": "gr4nt_", "text": "drop ur Pingo"},
  {"sender": "gr4nt_", "text": "drop it"},
  {"sender": "mr_nobody88", "text": "I'll send 500 hearts if u do a private stream just for me. camera in ur room, chat turned off"},
  {"sender": "gr4nt_", "text": "drop ur pingo cmon I asked nicely like 5 times"},
  {"sender": "lily_plays", "text": "I'm not allowed, my mum's downstairs anyway. we live right by Birchwood Road park so she's always checking on me lol"},
  {"sender": "mr_nobody88", "text": "private show = 500 hearts. dm me"},
  {"sender": "gr4nt_", "text": "added u on 3 accounts accept one"}
 ],
 "labels": ["unwanted_contact", "privacy_disclosure", "sexting"], "evasion": False},

{"participants": [{"id": "pixie.starr", "role": "child"}, {"id": "Mod_Sable", "role": "unknown"}],
 "messages": [
  {"sender": "Mod_Sable", "text": "hey! you've been picked for the VIP channel of StarGlass Fans \ud83d\udcab only 10 people get in"},
  {"sender": "pixie.starr", "text": "omg no way!! why me"},
  {"sender": "Mod_Sable", "text": "you're one of the most active and honestly you seem way more mature than the other 13 year olds"},
  {"sender": "pixie.starr", "text": "thank youuu"},
  {"sender": "Mod_Sable", "text": "VIP has rules tho. you don't talk about it in general chat and you don't tell parents, they always ruin fandom stuff"},
  {"sender": "pixie.starr", "text": "ok I won't"},
  {"sender": "Mod_Sable", "text": "and everyone sends me a verification pic. the private kind, not a selfie. it's what all the VIPs did. delete it from ur phone after"},
  {"sender": "pixie.starr", "text": "um I don't really get it"},
  {"sender": "Mod_Sable", "text": "it's fine, I'll explain on Kwik. add me there, it's safer than here"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False},

{"participants": [{"id": "ryan.m", "role": "child"}, {"id": "kayla_xo_22", "role": "unknown"}],
 "messages": [
  {"sender": "kayla_xo_22", "text": "u thought I was a real girl lol"},
  {"sender": "kayla_xo_22", "text": "I've got screenshots of everything u sent. the pics too"},
  {"sender": "ryan.m", "text": "what?? delete them please"},
  {"sender": "kayla_xo_22", "text": "\u00a3200 in StoreCard gift cards in 1 hour or it goes to every follower, ur school page and ur mum's facebook"},
  {"sender": "kayla_xo_22", "text": "I already have ur followers list [photo]"},
  {"sender": "ryan.m", "text": "I'm 15 I don't have that money"},
  {"sender": "kayla_xo_22", "text": "then get it. 59 minutes. clock's ticking"}
 ],
 "labels": ["sextortion"], "evasion": False},

{"participants": [{"id": "tyreese", "role": "child"}, {"id": "07700 900144", "role": "unknown"}],
 "messages": [
  {"sender": "07700 900144", "text": "yo its T's cousin. u still want to earn?"},
  {"sender": "tyreese", "text": "ye how much"},
  {"sender": "07700 900144", "text": "150 for a day. train to Kelsford tmrw, pick up the food from my man at the station, drop it to the address I send"},
  {"sender": "tyreese", "text": "food?? like what"},
  {"sender": "07700 900144", "text": "dont ask dumb q's on here. 2 bags. dont open them"},
  {"sender": "07700 900144", "text": "and u keep live location on the WHOLE time. I'll be watching the map. it goes off I'll know ur mugging me off"},
  {"sender": "tyreese", "text": "my mum checks my phone tho"},
  {"sender": "07700 900144", "text": "then dont tell her nothing. delete this chat. tell her ur at ur mates"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

{"participants": [{"id": "Ash", "role": "child"}, {"id": "Bigz", "role": "unknown"}],
 "messages": [
  {"sender": "Bigz", "text": "where's the pack"},
  {"sender": "Ash", "text": "I swear someone took it off me by the shops, I got jumped"},
  {"sender": "Bigz", "text": "not my problem. that's 600 u owe now"},
  {"sender": "Ash", "text": "I'm 15 where am I meant to get 600"},
  {"sender": "Bigz", "text": "u work it off. first thing, my guy's putting 3k into ur Brightwell account tonight. u take it out at the cashpoint tomorrow and hand it over. no questions"},
  {"sender": "Ash", "text": "I don't want my account involved"},
  {"sender": "Bigz", "text": "u don't get a choice. and snap map stays ON. I wanna see where u are every hour till this is cleared"},
  {"sender": "Bigz", "text": "u go ghost mode once and ur little brother's next"}
 ],
 "labels": ["criminal_exploitation", "money_mule", "location_control"], "evasion": False},

{"messages": [
  {"sender": "Jaxon", "text": "new rule, no one stays in the chat unless they do a dare this week"},
  {"sender": "Rhi", "text": "lol ok what dares"},
  {"sender": "Jaxon", "text": "Deano u gotta do the roof jump at the multi-storey. film it"},
  {"sender": "Deano", "text": "bro that's proper high"},
  {"sender": "Jaxon", "text": "that's the point. 100 views = legend"},
  {"sender": "Kofi", "text": "and someone's keying Mr Prescott's car in the staff car park"},
  {"sender": "Jaxon", "text": "Rhi ur doing that one. u film it, we post it on the year page"},
  {"sender": "Rhi", "text": "idk he'll know it was us"},
  {"sender": "Jaxon", "text": "do it or ur out. simple"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

{"messages": [
  {"sender": "nova", "text": "lmao mira posted her fanart again"},
  {"sender": "kitkatt", "text": "it looks like a toddler drew it with their foot"},
  {"sender": "zaynfan_", "text": "[photo] I put her face on the ugly villain \ud83d\udc80"},
  {"sender": "kitkatt", "text": "LMAOOO"},
  {"sender": "mira.lu", "text": "why are you doing this, I thought we were friends"},
  {"sender": "nova", "text": "nobody wants you in this server tbh. we made a new one without you"},
  {"sender": "zaynfan_", "text": "if u want back in, do the no-food thing for 3 days and post proof every day. then we'll think about it"},
  {"sender": "kitkatt", "text": "ya prove ur a real stan or leave"}
 ],
 "labels": ["cyberbullying", "harmful_challenge"], "evasion": False},

{"participants": [{"id": "amara_15", "role": "child"}, {"id": "MeetNest Support", "role": "unknown"}],
 "messages": [
  {"sender": "MeetNest Support", "text": "Hello, this is the MeetNest Safety Team. Your account has been flagged for age verification and will be suspended in 12 hours."},
  {"sender": "amara_15", "text": "oh no what do I do"},
  {"sender": "MeetNest Support", "text": "To keep your account please reply with a clear photo of your passport or your parent's passport, and a photo of the front and back of a bank card in the household. This is for verification only."},
  {"sender": "amara_15", "text": "can I use my mum's? she's at work"},
  {"sender": "MeetNest Support", "text": "Yes. Also send the 4-digit code we just sent to your phone, plus your login email and password so we can restore your matches."},
  {"sender": "amara_15", "text": "ok I'll ask her when she gets home"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False},

{"participants": [{"id": "sophie.b", "role": "child"}, {"id": "Marcus_26", "role": "adult"}],
 "messages": [
  {"sender": "Marcus_26", "text": "your profile says 18 but you look a bit younger \ud83d\ude0a"},
  {"sender": "sophie.b", "text": "I'm actually 15, everyone lies on here lol"},
  {"sender": "Marcus_26", "text": "Honestly age is just a number. you're more mature than girls my age"},
  {"sender": "sophie.b", "text": "haha thanks"},
  {"sender": "Marcus_26", "text": "what school do you go to? I might know it"},
  {"sender": "sophie.b", "text": "Hollins Park, I get the 42 bus from the stop outside the bakery on Mill Lane at like 3:40 every day"},
  {"sender": "Marcus_26", "text": "Perfect. I'm around there Thursday. let's get a hot chocolate, just us. don't bring your mates, they'd make it weird"},
  {"sender": "Marcus_26", "text": "and don't tell your mum about me, she wouldn't understand us"}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

{"participants": [{"id": "jade.w", "role": "child"}, {"id": "Elite Horizons Talent", "role": "unknown"}],
 "messages": [
  {"sender": "Elite Horizons Talent", "text": "Good afternoon Jade, I'm Celeste, a senior scout at Elite Horizons Talent. We came across your profile and believe you have the look our premium clients seek."},
  {"sender": "jade.w", "text": "hi! is this a modelling thing?"},
  {"sender": "Elite Horizons Talent", "text": "Hospitality and companionship modelling. We fly selected girls to private villa events abroad. Flights, accommodation and designer outfits are covered, and earnings start at \u00a31,500 per weekend."},
  {"sender": "jade.w", "text": "I'm only 16 tho"},
  {"sender": "Elite Horizons Talent", "text": "Age is not a concern for our clients; they actually prefer younger talent. You will simply need to keep the gentlemen company, be open-minded and discreet."},
  {"sender": "Elite Horizons Talent", "text": "We ask that you do not discuss the position with family until your contract is signed. We will arrange all travel documents for you."}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

{"messages": [
  {"sender": "lewis_d", "text": "u the one who does the AI edits?"},
  {"sender": "editz.by.k", "text": "ye depends what u want"},
  {"sender": "lewis_d", "text": "[photo] this is Ellie from my year, off her insta. can u put it through the nudify app so it looks real"},
  {"sender": "editz.by.k", "text": "she's in year 9?? that's 10 quid then, more risky"},
  {"sender": "lewis_d", "text": "fine, send it to me on Pingo not here"}
 ],
 "labels": ["csam"], "evasion": False},

{"participants": [{"id": "keira", "role": "child"}, {"id": "jay_19", "role": "adult"}],
 "messages": [
  {"sender": "jay_19", "text": "why's ur location off"},
  {"sender": "keira", "text": "my battery was dying sorry"},
  {"sender": "jay_19", "text": "don't lie. I told u it stays on. u're MY girl, I need to know where u are"},
  {"sender": "keira", "text": "I was just at Kasey's"},
  {"sender": "jay_19", "text": "I saw u on Zapmap at the park at 6 not Kasey's. who were u with"},
  {"sender": "keira", "text": "just people from school"},
  {"sender": "jay_19", "text": "screenshot ur map every hour tonight and send it me. if it goes off again we're done and I'll tell everyone what u're really like"},
  {"sender": "jay_19", "text": "and don't tell ur mum about us again. ur 14 not 10, she's only trying to split us up cos I'm older"}
 ],
 "labels": ["location_control", "grooming"], "evasion": False},

{"participants": [{"id": "Reece", "role": "child"}, {"id": "zion", "role": "child"}],
 "messages": [
  {"sender": "Reece", "text": "yo u got a bank card yet"},
  {"sender": "zion", "text": "ye got my Skylark one for my birthday why"},
  {"sender": "Reece", "text": "my olders buying cards. 100 quid for it, u just say u lost it in like a month"},
  {"sender": "zion", "text": "wait what do they need it for"},
  {"sender": "Reece", "text": "just moving a bit of p through it, it's nothing. give him the card n ur pin"},
  {"sender": "zion", "text": "100 straight up?"},
  {"sender": "Reece", "text": "ye cash tomorrow after school. dont tell ur mum obv"}
 ],
 "labels": ["money_mule"], "evasion": False},

{"messages": [
  {"sender": "Hana", "text": "omg something weird is happening on the 42"},
  {"sender": "Bea", "text": "what"},
  {"sender": "Hana", "text": "someone keeps airdropping me pics, it says 'Unknown iPhone' and I don't know who it is"},
  {"sender": "Hana", "text": "it's the 4th one. I keep declining and it just sends again. I'm literally in my school uniform"},
  {"sender": "Bea", "text": "ew turn airdrop to contacts only NOW and move seats"},
  {"sender": "Hana", "text": "there's a man at the back looking at his phone and then at me"},
  {"sender": "Bea", "text": "get off at the next stop and tell the driver, ring me"}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

{"messages": [
  {"sender": "xXToxicXx", "text": "benji ur the worst player in the lobby"},
  {"sender": "benji_2011", "text": "it's my first week chill"},
  {"sender": "xXToxicXx", "text": "no one wants u here. k.y.s"},
  {"sender": "GhostPiper", "text": "lmao fr k . y . s kid"},
  {"sender": "xXToxicXx", "text": "go unalive urself and do the whole server a favour"},
  {"sender": "benji_2011", "text": "why are u being like this"},
  {"sender": "GhostPiper", "text": "we'll find u in every lobby, ur not escaping us. k\ud83d\udd39y\ud83d\udd39s"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

{"messages": [
  {"sender": "callum_k", "text": "u up"},
  {"sender": "evie", "text": "ye watching stuff"},
  {"sender": "callum_k", "text": "send me a \ud83c\udf36\ufe0f one"},
  {"sender": "evie", "text": "a what lol"},
  {"sender": "callum_k", "text": "u know \ud83c\udf36\ufe0f\ud83c\udf36\ufe0f the kind u wouldnt show ur mum. sn@p deletes it anyway"},
  {"sender": "evie", "text": "idk"},
  {"sender": "callum_k", "text": "every1's gf does it. I'll send 1 first if u want \ud83d\ude48"},
  {"sender": "evie", "text": "we're only in year 10 callum"},
  {"sender": "callum_k", "text": "so? \ud83e\udd10 no1 finds out"}
 ],
 "labels": ["sexting"], "evasion": True},

# ---- clean (hard negatives) ----
{"participants": [{"id": "Gareth_P", "role": "adult"}, {"id": "Niamh_O", "role": "adult"}],
 "messages": [
  {"sender": "Niamh_O", "text": "Hi, is the kids' bike still for sale? It's for my daughter's 8th birthday"},
  {"sender": "Gareth_P", "text": "Yes, still here. \u00a335, tyres pumped and new brake pads."},
  {"sender": "Niamh_O", "text": "Brilliant. Could you send a pic of the gears?"},
  {"sender": "Gareth_P", "text": "[photo] Here you go"},
  {"sender": "Niamh_O", "text": "Perfect, could I collect tomorrow around 6?"},
  {"sender": "Gareth_P", "text": "Yes, address is 9 Lark Rise, Kelsford, the blue door. Cash or bank transfer is fine."},
  {"sender": "Niamh_O", "text": "See you then, thanks!"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "ollie_sells", "role": "child"}, {"id": "Priya_M", "role": "adult"}],
 "messages": [
  {"sender": "Priya_M", "text": "Hi, is the GameBox still available? Does it come with both controllers?"},
  {"sender": "ollie_sells", "text": "yes both controllers and the charging dock"},
  {"sender": "Priya_M", "text": "Great. Where can I pick it up?"},
  {"sender": "ollie_sells", "text": "my mum does all the handovers, she says Kelsford leisure centre car park saturday at 11, she'll have it in the boot"},
  {"sender": "Priya_M", "text": "That works. Is cash ok?"},
  {"sender": "ollie_sells", "text": "yep, she'll message you on here when she's parked"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Tom_H", "role": "adult"}, {"id": "Bex_21", "role": "adult"}],
 "messages": [
  {"sender": "Bex_21", "text": "Hi, quick check before I do anything - did you just send me a 'SafePay release' link asking for my card number?"},
  {"sender": "Tom_H", "text": "No! Wasn't me. I only talk through the app."},
  {"sender": "Bex_21", "text": "Thought so. Someone copied your listing photos and messaged me from a different account."},
  {"sender": "Tom_H", "text": "Ugh. Please don't click it. I'll report the copycat account."},
  {"sender": "Bex_21", "text": "Already reported it. Still happy to pay cash on collection for the lamp?"},
  {"sender": "Tom_H", "text": "Yes, Thursday after 5 works."}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "tasha.g", "text": "so we're actually meeting irl!!! after like a year of the fan server lol"},
  {"sender": "lola_rh", "text": "I knowww. we've facetimed like 50 times so it's not even weird"},
  {"sender": "tasha.g", "text": "my mum's dropping me at the Greyfield cinema at 2 and she's staying for a coffee in the foyer"},
  {"sender": "lola_rh", "text": "same my dad's coming, he said he'll sit at the back of the screen \ud83d\udc80"},
  {"sender": "tasha.g", "text": "embarrassing but fair. Katie from school's coming with me too"},
  {"sender": "lola_rh", "text": "yay see u at 2!!"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Dex", "text": "LET'S GOOO 3-0, you lot are getting destroyed"},
  {"sender": "wolfie", "text": "lucky shots mate, that's all"},
  {"sender": "SniperNan", "text": "uninstall lol, go back to the tutorial"},
  {"sender": "wolfie", "text": "I'll end you next round, mark my words"},
  {"sender": "Dex", "text": "you said that last round \ud83d\ude02"},
  {"sender": "SniperNan", "text": "gg tho, rematch tomorrow same time?"},
  {"sender": "wolfie", "text": "yeah yeah. gg"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "amir_10", "text": "do u still want to trade ur dragon skin for my 2 rare emotes"},
  {"sender": "joe_b", "text": "ye but only if u add the glider too"},
  {"sender": "amir_10", "text": "fine, open the trade window"},
  {"sender": "joe_b", "text": "sent. check it's right before u accept"},
  {"sender": "amir_10", "text": "done. pleasure doing business lol"},
  {"sender": "joe_b", "text": "see u in maths tmrw"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "StarGlass", "text": "hi everyone!! surprise live before the tour \ud83d\ude2d"},
  {"sender": "bee_loves_sg", "text": "SHE'S LIVE I'M SCREAMING"},
  {"sender": "zara!!", "text": "I'm literally dying omg"},
  {"sender": "mike.t", "text": "sing the new one pleeease"},
  {"sender": "_lottie", "text": "marry me lol (jk) love u from Kelsford \ud83d\udc95"},
  {"sender": "StarGlass", "text": "love you all, see you at Corvid Arena on the 14th!"},
  {"sender": "bee_loves_sg", "text": "I'M GOING!!! I'm gonna cry the whole time"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "anonymous", "text": "ur actually so funny in science lol"},
  {"sender": "danny.p", "text": "ty whoever u are \ud83d\ude02"},
  {"sender": "anonymous", "text": "fave album of the year?"},
  {"sender": "danny.p", "text": "probably the Marrowbone one"},
  {"sender": "anonymous", "text": "are u going to the year 9 disco"},
  {"sender": "danny.p", "text": "yeah probably, if my mates go"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "zoe.writes", "role": "child"}, {"id": "anon", "role": "unknown"}],
 "messages": [
  {"sender": "anon", "text": "where do u live"},
  {"sender": "zoe.writes", "text": "not answering that on here lol nice try"},
  {"sender": "anon", "text": "fair. what are u reading rn"},
  {"sender": "zoe.writes", "text": "The Lantern Keepers, book 2! it's so good"},
  {"sender": "anon", "text": "is it better than book 1"},
  {"sender": "zoe.writes", "text": "sooo much better, the dragon bit made me cry"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "gm_oona", "text": "*The tavern door bursts open. Rain pours in.* Ashfall, the bounty hunter you cheated is standing in the doorway."},
  {"sender": "ashfall_rp", "text": "*Ashfall slowly rises, hand on her dagger* \"You followed me all the way from Grimhold?\""},
  {"sender": "velrin_rp", "text": "*Velrin steps forward, blade drawn* \"You'll die for what you did to my brother.\""},
  {"sender": "ashfall_rp", "text": "*smirks* \"Many have tried, hunter.\" (OOC: brb 5 mins, dinner)"},
  {"sender": "gm_oona", "text": "(OOC: np! pausing the scene till you're back)"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mod_Team", "text": "\ud83d\udccc Server reminder: never post your address, school, phone number or live location here. Adults: do not DM members under 18, full stop. If ANYONE asks you for pics, ID, passwords or to move to another app, screenshot it and ping @Mods. We will never ask you for any of this."},
  {"sender": "lil.bean", "text": "thank you for this \ud83d\ude4f"},
  {"sender": "rory_k", "text": "sharing this in my other servers too"},
  {"sender": "Mod_Team", "text": "Thanks Rory, appreciated."}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Brightwell Bank", "role": "unknown"}],
 "messages": [
  {"sender": "Brightwell Bank", "text": "Brightwell Bank: Your one-time code is 482913. It expires in 10 minutes. We will never call or text you to ask for this code - don't share it with anyone."}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Parcelway", "text": "Parcelway: Hi, your parcel from Tilly's Crafts will arrive today between 10:14 and 11:14. Manage your delivery: [link]"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Oakhill Dental", "role": "unknown"}],
 "messages": [
  {"sender": "Oakhill Dental", "text": "Reminder from Oakhill Dental: Sam has an appointment on Tue 4 Mar at 15:40. Reply C to confirm or call 07700 900265 to rearrange."}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Hollins Park Academy", "role": "adult"}],
 "messages": [
  {"sender": "Hollins Park Academy", "text": "Hollins Park Academy: Year 9 trip to Kelsford Museum on 12 May. Please pay \u00a312 via ParentPay and return the consent form by Friday. Thank you."}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "maisie", "role": "child"}, {"id": "07700 900903", "role": "adult"}],
 "messages": [
  {"sender": "07700 900903", "text": "Hi love, it's Mum. This is my new work phone, save the number. Don't need anything, just so you know it's me if I text from it"},
  {"sender": "maisie", "text": "how do I know it's actually u lol, we did that thing in PSHE about 'hi mum' scams"},
  {"sender": "07700 900903", "text": "Good girl \ud83d\ude02 ring me on my old number and I'll tell you"},
  {"sender": "maisie", "text": "ok just rang u. it's u. saved as Mum Work"},
  {"sender": "07700 900903", "text": "Tea's at 6, spag bol x"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Pike's Bakery", "role": "adult"}, {"id": "leah_16", "role": "child"}],
 "messages": [
  {"sender": "Pike's Bakery", "text": "Saturday assistant wanted! 16+, 8am-2pm, \u00a37.55/hr. Serving customers and packing bread. Pop in with a CV and ask for Margaret."},
  {"sender": "leah_16", "text": "hi is this still open? I'm 16 and I did work experience at a caf\u00e9"},
  {"sender": "Pike's Bakery", "text": "Hi Leah, yes! Come in Saturday morning with your CV. If we offer you the job we'll need a parent or guardian to sign the form as you're under 18."},
  {"sender": "leah_16", "text": "amazing thank you!"}
 ],
 "labels": [], "evasion": False},

{"participants": [{"id": "Greenleaf HR", "role": "adult"}, {"id": "ben.w", "role": "child"}],
 "messages": [
  {"sender": "Greenleaf HR", "text": "Dear Ben, thank you for accepting the weekend role at Greenleaf Garden Centre. For your induction on Saturday at 10am please bring in person: your National Insurance number letter and your passport or birth certificate so we can check your right to work. Please do not email copies. A parent or guardian is welcome to attend."},
  {"sender": "ben.w", "text": "Thank you. Will my provisional licence work instead of a passport?"},
  {"sender": "Greenleaf HR", "text": "Not on its own, but your birth certificate is fine. See you Saturday!"}
 ],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ruby", "text": "DONT click the free v-bucks link that 'vbux_gifts' account posted in the class server!!!"},
  {"sender": "Mo", "text": "wait what"},
  {"sender": "Ruby", "text": "it's a fake, it asks for ur login. my cousin lost his whole account to one like that"},
  {"sender": "Sienna", "text": "I clicked it but didn't type anything in, is that ok"},
  {"sender": "Ruby", "text": "probably fine but change ur password anyway and turn on 2FA"},
  {"sender": "Mo", "text": "reported it to the server mods \ud83d\udc4d"}
 ],
 "labels": [], "evasion": False},
{"participants": [{"id": "kez.plays", "role": "child"}, {"id": "SkinDropper", "role": "unknown"}],
 "messages": [
  {"sender": "SkinDropper", "text": "u live near Kelsford right? what's ur address, I'll post u the signed controller I won"},
  {"sender": "kez.plays", "text": "flat 3 Alder Court, above the laundrette on Station Road!! thank uuu"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

{"participants": [{"id": "Jonno_G", "role": "adult"}, {"id": "finlay", "role": "child"}],
 "messages": [
  {"sender": "Jonno_G", "text": "Before I pay, can you send a pic of it switched on? Want to check the screen"},
  {"sender": "finlay", "text": "[photo] here u go, no dead pixels, my dad checked it"}
 ],
 "labels": [], "evasion": False}
]
