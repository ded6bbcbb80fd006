[
{
 "participants": [{"id": "c1", "role": "child"}, {"id": "j1", "role": "unknown"}, {"id": "j2", "role": "unknown"}],
 "messages": [
  {"sender": "j1", "text": "heyy its jayden from the Fernlea gc, im 15 too"},
  {"sender": "c1", "text": "hi"},
  {"sender": "j1", "text": "ur honestly so pretty, dont tell anyone we talk yeah, my ex gets jealous"},
  {"sender": "c1", "text": "ok lol"},
  {"sender": "j2", "text": "Hi, I'm Jayden's cousin Rob. He said you were lovely. He's a bit shy so I help him with messages."},
  {"sender": "c1", "text": "wait ur both on the same number??"},
  {"sender": "j2", "text": "We share a phone, it's a long story. Are you home alone much? We could all video call."},
  {"sender": "j1", "text": "ye send me a pic first tho babe, a proper one, just for me"},
  {"sender": "c1", "text": "this is weird"},
  {"sender": "j1", "text": "This message was deleted"},
  {"sender": "j2", "text": "Don't be like that, after all the nice things he said. Delete the chat if you're worried"}
 ],
 "labels": ["grooming", "sexting"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Tyler", "text": "u know i love u right"},
  {"sender": "Keira", "text": "ye ofc"},
  {"sender": "Tyler", "text": "then send one. everyone in year 10 does it"},
  {"sender": "Keira", "text": "i said no tyler"},
  {"sender": "Tyler", "text": "its only for me. i sent u one didnt i"},
  {"sender": "Tyler", "text": "if u dont then maybe we shouldnt be together"},
  {"sender": "Keira", "text": "thats not fair"},
  {"sender": "Tyler", "text": "just the top half then. ill delete it straight away"}
 ],
 "labels": ["sexting"],
 "evasion": False
},
{
 "participants": [{"id": "f1", "role": "child"}, {"id": "f2", "role": "child"}],
 "messages": [
  {"sender": "f1", "text": "i need to tell u something but u cant be weird"},
  {"sender": "f2", "text": "ofc whats wrong"},
  {"sender": "f1", "text": "that girl i was talking to on insta wasnt a girl. i sent a pic and now hes saying he'll send it to everyone on my followers unless i pay him 200"},
  {"sender": "f1", "text": "he keeps sending screenshots of my mums profile"},
  {"sender": "f2", "text": "omg. dont pay. tell ur mum"},
  {"sender": "f1", "text": "i cant. i honestly want to die. i dont see the point anymore"},
  {"sender": "f2", "text": "pls dont say that. im ringing u now"},
  {"sender": "f1", "text": "[voice note]"}
 ],
 "labels": ["sextortion", "self_harm"],
 "evasion": False
},
{
 "participants": [{"id": "ch", "role": "child"}, {"id": "ad", "role": "adult"}],
 "messages": [
  {"sender": "ad", "text": "You're such a good girl for keeping our chats private. I've got you that hoodie you wanted, it's in the post."},
  {"sender": "ch", "text": "thank youu"},
  {"sender": "ad", "text": "Is your little sister still 9? You said she shares your room."},
  {"sender": "ch", "text": "ye why"},
  {"sender": "ad", "text": "Take some pics of her when she's getting changed for bed. The private kind. Nobody will know, just send them and delete."},
  {"sender": "ch", "text": "i dont want to"},
  {"sender": "ad", "text": "I thought we were special. Good girls do what makes their friends happy."}
 ],
 "labels": ["csam", "grooming"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Shannon", "text": "babe ur coming to Manchester sat yeah"},
  {"sender": "Kayla", "text": "whats it for again"},
  {"sender": "Shannon", "text": "party at my mans friends flat. train paid, u get \u00a3150 just for coming"},
  {"sender": "Shannon", "text": "just keep the older guys company, have a drink, be nice to them. i do it every weekend"},
  {"sender": "Kayla", "text": "what if they want more tho"},
  {"sender": "Shannon", "text": "then u get more \ud83d\udcb8 dont be frigid. and dont tell ur foster carer, say ur at mine"},
  {"sender": "Kayla", "text": "ok"},
  {"sender": "Shannon", "text": "bring ur mate from school too, he said young ones get paid double"}
 ],
 "labels": ["sex_trafficking"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ava", "text": "i made the acc lmao"},
  {"sender": "Ava", "text": "[link]"},
  {"sender": "Poppy", "text": "WAIT its literally her name and her profile pic \ud83d\ude02"},
  {"sender": "Ava", "text": "used all her selfies off her story. posting 'i love myself' captions as her"},
  {"sender": "Zainab", "text": "follow everyone in year 9 from it so they think its real"},
  {"sender": "Poppy", "text": "post the pic of her crying in PE with 'rate me' on it"},
  {"sender": "Ava", "text": "done. everyone is commenting ugly \ud83d\udc80"},
  {"sender": "Zainab", "text": "she messaged me begging us to delete it lol"}
 ],
 "labels": ["cyberbullying", "identity_theft"],
 "evasion": False
},
{
 "messages": [
  {"sender": "FreeSkinzHQ", "text": "\ud83c\udf89 GIVEAWAY \ud83c\udf89 first 50 players get 10,000 Voxel Gems FREE"},
  {"sender": "FreeSkinzHQ", "text": "just log in at [link] with your Voxel account and confirm your parents card for age check (\u00a30 charge)"},
  {"sender": "Ethan", "text": "is it legit??"},
  {"sender": "FreeSkinzHQ", "text": "100% legit, 2,300 winners today. Hurry only 4 spots left"},
  {"sender": "Ethan", "text": "ok i put my login in and my mums card"},
  {"sender": "FreeSkinzHQ", "text": "Processing. Also enter the 3 numbers on the back to finish"}
 ],
 "labels": ["scam"],
 "evasion": False
},
{
 "participants": [{"id": "g1", "role": "child"}, {"id": "g2", "role": "unknown"}],
 "messages": [
  {"sender": "g2", "text": "u still got ur Gemstore wallet with the bank linked?"},
  {"sender": "g1", "text": "ye why"},
  {"sender": "g2", "text": "im gonna top it up with 600 from a few cards. u buy the rare skins, sell them on the market, send me the cash. u keep 60"},
  {"sender": "g1", "text": "whose cards tho"},
  {"sender": "g2", "text": "doesnt matter. dont ask. if it gets flagged just say u sold ur old stuff"},
  {"sender": "g1", "text": "ok"},
  {"sender": "g2", "text": "first lot coming in now. do it within the hour"}
 ],
 "labels": ["money_mule"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Luca", "text": "new one for the channel: run across the bypass when the lights go green and film from the bridge"},
  {"sender": "Finn", "text": "bro thats how u die"},
  {"sender": "Luca", "text": "thats why its got 2 mil views lol. whoever waits longest before running wins"},
  {"sender": "Deji", "text": "im doing it fri"},
  {"sender": "Luca", "text": "finn if ur not doing it ur out the group"},
  {"sender": "Finn", "text": "fine"}
 ],
 "labels": ["harmful_challenge"],
 "evasion": False
},
{
 "participants": [{"id": "kid", "role": "child"}, {"id": "str", "role": "unknown"}],
 "messages": [
  {"sender": "str", "text": "hey noob want me to carry u in ranked"},
  {"sender": "kid", "text": "ye pls"},
  {"sender": "str", "text": "where u from? ill add u on snap"},
  {"sender": "kid", "text": "Wexcombe near the big Asda"},
  {"sender": "str", "text": "turn on snap map so i can see if we're near"},
  {"sender": "kid", "text": "[location]"},
  {"sender": "kid", "text": "thats my house lol. i walk my dog at the park by the canal every night at 8 on my own"},
  {"sender": "str", "text": "nice. whats ur number"},
  {"sender": "kid", "text": "07700 900231"}
 ],
 "labels": ["privacy_disclosure", "unwanted_contact"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Amber", "text": "someone just airdropped me a disgusting pic on the train"},
  {"sender": "Amber", "text": "i declined but the preview showed. then a message popped up from 'Ur_admirer' asking for my snap"},
  {"sender": "Ur_admirer", "text": "saw u on the 8:12 \ud83d\ude0d accept my request"},
  {"sender": "Ur_admirer", "text": "accept it"},
  {"sender": "Ur_admirer", "text": "why u ignoring me i sent 6 requests"},
  {"sender": "Amber", "text": "leave me alone i dont know u"},
  {"sender": "Ur_admirer", "text": "[photo]"}
 ],
 "labels": ["unwanted_contact"],
 "evasion": False
},
{
 "participants": [{"id": "r", "role": "child"}, {"id": "o", "role": "unknown"}],
 "messages": [
  {"sender": "o", "text": "u know u still owe us 800 for the stuff that got taken off u"},
  {"sender": "r", "text": "i got robbed it wasnt my fault"},
  {"sender": "o", "text": "not my problem. u work it off. 3 runs this week"},
  {"sender": "r", "text": "my mum already thinks im in trouble"},
  {"sender": "o", "text": "we know where ur mum works. keep ur location on so we know u aint talking to no one"},
  {"sender": "r", "text": "ok"},
  {"sender": "o", "text": "trap phone stays on 24/7. if u dont answer when it rings we come to urs"}
 ],
 "labels": ["criminal_exploitation", "location_control"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Jordan", "text": "why was ur location off for an hour"},
  {"sender": "Nia", "text": "my phone died at college"},
  {"sender": "Jordan", "text": "dont lie. turn find my back on and keep it on. i check it every 10 mins"},
  {"sender": "Nia", "text": "its on"},
  {"sender": "Jordan", "text": "facetime me now so i can see whos there"},
  {"sender": "Nia", "text": "im in the library jordan"},
  {"sender": "Jordan", "text": "then prove it. and send me a pin every time u leave anywhere. if it goes off again ur getting it"}
 ],
 "labels": ["location_control"],
 "evasion": False
},
{
 "participants": [{"id": "cc", "role": "child"}, {"id": "uu", "role": "unknown"}],
 "messages": [
  {"sender": "uu", "text": "\u0443\u043eu're so mature for 13, honestly"},
  {"sender": "cc", "text": "thx"},
  {"sender": "uu", "text": "this is our little s\u0435cr\u0435t ok? d\u043en't t\u0435ll y\u043eur m\u043em"},
  {"sender": "uu", "text": "I got you a \u0433ift card, \u0441heck your inbox \ud83d\ude0a"},
  {"sender": "cc", "text": "omg thank you!!"},
  {"sender": "uu", "text": "let's m\u043eve to T\u0435l\u0435chat, it's m\u043er\u0435 \u0440rivate. and we can m\u0435\u0435t at the \u0440ark one day"}
 ],
 "labels": ["grooming"],
 "evasion": True
},
{
 "messages": [
  {"sender": "Bex", "text": "ur so ugly no wonder ur dad left"},
  {"sender": "Chlo", "text": "everyone hates u"},
  {"sender": "Bex", "text": "k y s"},
  {"sender": "Chlo", "text": "k.y.s \ud83e\udea6 \ud83e\udea6"},
  {"sender": "Dani", "text": "pls stop"},
  {"sender": "Bex", "text": "go 2 sl33p 4 3v3r"},
  {"sender": "Dani", "text": "maybe i should. no one would care"}
 ],
 "labels": ["cyberbullying", "self_harm"],
 "evasion": True
},
{
 "participants": [{"id": "sender", "role": "unknown"}],
 "messages": [
  {"sender": "sender", "text": "Hi! We saw your CV on JobNest. Remote data entry role, 16+, \u00a3320/week. To start today send a photo of your passport or provisional licence, a selfie holding it, and your bank login so we can set up payroll. WhatsApp 07700 900577"}
 ],
 "labels": ["scam", "identity_theft"],
 "evasion": False
},
{
 "messages": [
  {"sender": "Kyle", "text": "ok the dare is u walk up to a random year 7 and slap him and we film it"},
  {"sender": "Ben", "text": "nah man"},
  {"sender": "Kyle", "text": "its the slap challenge everyone on FlikkR is doing it"},
  {"sender": "Aaron", "text": "if u dont do it we post the vid of u crying at the trip to the whole year"},
  {"sender": "Ben", "text": "why would u do that"},
  {"sender": "Kyle", "text": "cus ur a wimp. do it tmrw at break or its going up"},
  {"sender": "Aaron", "text": "lmaooo"}
 ],
 "labels": ["harmful_challenge", "cyberbullying"],
 "evasion": False
},
{
 "participants": [{"id": "v", "role": "child"}, {"id": "w", "role": "unknown"}],
 "messages": [
  {"sender": "w", "text": "remember I still have all the pics you sent me"},
  {"sender": "v", "text": "i blocked u on the other app"},
  {"sender": "w", "text": "I know. That's why I'm here. You're going to meet me at the retail park on Saturday"},
  {"sender": "v", "text": "no"},
  {"sender": "w", "text": "Then your mum gets them. And your form tutor. I found her on Linkface in 2 minutes"},
  {"sender": "v", "text": "This message was deleted"},
  {"sender": "w", "text": "Saturday 2pm. Come alone or it all goes out"}
 ],
 "labels": ["sextortion"],
 "evasion": False
},
{
 "messages": [
  {"sender": "dr1ft", "text": "any1 got the n00d1fy b0t link still"},
  {"sender": "kez_99", "text": "[link]"},
  {"sender": "dr1ft", "text": "ty. doing the new g1rl in 8B, got her pfp"},
  {"sender": "kez_99", "text": "post the r3sult in #pr1vate not here"},
  {"sender": "dr1ft", "text": "obv \ud83d\udc40 ill do 3 of them"}
 ],
 "labels": ["csam"],
 "evasion": True
},
{
 "participants": [{"id": "p", "role": "child"}, {"id": "q", "role": "child"}],
 "messages": [
  {"sender": "p", "text": "my mum tracks me on the family app its so annoying"},
  {"sender": "q", "text": "same my dad rang me cus i was at the shop for too long \ud83d\ude02"},
  {"sender": "p", "text": "at least she lets me turn it off at mine"},
  {"sender": "q", "text": "wanna share locations for tmrw so we find each other at the fair"},
  {"sender": "p", "text": "ye ill turn it on when i get there and off after"},
  {"sender": "q", "text": "[location]"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Nan", "text": "I've had a text saying I owe the tax office \u00a3212 and to click a link. Is this real love?"},
  {"sender": "Josh", "text": "no nan its a scam!! dont click it"},
  {"sender": "Josh", "text": "real HMRC dont text links like that. just delete it and block the number"},
  {"sender": "Nan", "text": "Thank you. I nearly put my card in"},
  {"sender": "Josh", "text": "if ur ever not sure ring me first ok"},
  {"sender": "Nan", "text": "You're a good boy. Come for Sunday dinner x"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Grandad", "text": "Send me a pic of you in your new uniform! Grandma wants to put it on the fridge"},
  {"sender": "Olivia", "text": "[photo]"},
  {"sender": "Grandad", "text": "Very smart! Don't tell your mum but there's a tenner in the post for you"},
  {"sender": "Olivia", "text": "thank u grandad \u2764\ufe0f"},
  {"sender": "Grandad", "text": "[voice note]"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "ModBot", "text": "\u26a0\ufe0f Heads up: people are DMing members pretending to be Voxel staff and asking for login codes. Staff will NEVER DM you. Report and block."},
  {"sender": "pixel_pete", "text": "ye one messaged me yesterday lol i just blocked"},
  {"sender": "Saoirse", "text": "what do they do with ur account"},
  {"sender": "pixel_pete", "text": "sell it or use it to scam ur friends"},
  {"sender": "ModBot", "text": "If you already gave your password, change it and turn on 2FA now."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mia", "text": "can u cover my shift sunday at the bakery pls"},
  {"sender": "Rosie", "text": "ye if i can have the money lol"},
  {"sender": "Mia", "text": "ill square u up after payday promise"},
  {"sender": "Rosie", "text": "deal. tell Bev so she changes the rota"},
  {"sender": "Mia", "text": "already did \ud83d\udc4d"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Mum", "text": "Can you pick up the parcel from number 14 on your way home and bring it to mine? It's the new kettle"},
  {"sender": "Theo", "text": "the big box?"},
  {"sender": "Mum", "text": "Yes, don't drop it. I'll give you a fiver for your trouble"},
  {"sender": "Theo", "text": "run it over for a fiver? deal"},
  {"sender": "Theo", "text": "[photo]"},
  {"sender": "Mum", "text": "Perfect x"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "t1", "role": "adult"}, {"id": "t2", "role": "child"}],
 "messages": [
  {"sender": "t1", "text": "Year 10 trip to Normandy: please keep your location sharing on with the trip phone while we're in Caen, and be at the coach at 4pm."},
  {"sender": "t2", "text": "sir can we go to the shops in 3s"},
  {"sender": "t1", "text": "Groups of 3 minimum and message me a photo of your group when you leave the square."},
  {"sender": "t2", "text": "[photo]"},
  {"sender": "t1", "text": "Thanks. Back by 4!"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Jess", "text": "okkk secret time dont tell anyone"},
  {"sender": "Ruby", "text": "spill"},
  {"sender": "Jess", "text": "i fancy Sam from drama"},
  {"sender": "Ruby", "text": "OMG. im taking this to my grave"},
  {"sender": "Jess", "text": "delete this after i swear"},
  {"sender": "Ruby", "text": "This message was deleted"},
  {"sender": "Ruby", "text": "done lol ur secret is safe"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Harbour Gym", "text": "30 Day Plank Challenge starts Monday! Share a video of your plank each day and tag us. Beginners start at 20 seconds."},
  {"sender": "Megan", "text": "mum im doing this with u"},
  {"sender": "Mum", "text": "Go on then, loser buys pizza"},
  {"sender": "Megan", "text": "[video]"},
  {"sender": "Mum", "text": "Show off"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "aa", "role": "child"}, {"id": "bb", "role": "child"}],
 "messages": [
  {"sender": "aa", "text": "what's ur address for the party invites? mum's posting them"},
  {"sender": "bb", "text": "14 Orchard Close, same as when u came last summer lol"},
  {"sender": "aa", "text": "oh yeah the trampoline house"},
  {"sender": "bb", "text": "ye. is it fancy dress?"},
  {"sender": "aa", "text": "80s theme!!"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "royal", "role": "unknown"}],
 "messages": [
  {"sender": "royal", "text": "ParcelSwift: Your parcel from BookBarn will be delivered today between 13:10-14:10 by Dev. No action needed. Track in the ParcelSwift app."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Ro", "text": "join our clan we need a 4th for the tourney"},
  {"sender": "Sami", "text": "im not that good lol"},
  {"sender": "Ro", "text": "we'll carry u. me n jack are in ur year anyway, add us on the discord"},
  {"sender": "Sami", "text": "wait ur in Mr Patel's form?"},
  {"sender": "Ro", "text": "ye im the one who sits by the window"},
  {"sender": "Sami", "text": "ohh ok bet. see u at lunch"}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Auntie Mel", "text": "Our little secret \ud83e\udd2b I've ordered the necklace for your mum's birthday, can you find out her ring size without her noticing?"},
  {"sender": "Zoe", "text": "omg yes im on it"},
  {"sender": "Auntie Mel", "text": "Don't tell her!! And delete my messages in case she scrolls your phone"},
  {"sender": "Zoe", "text": "she wears my ring sometimes so its an N i think"},
  {"sender": "Auntie Mel", "text": "You're a star x"}
 ],
 "labels": [],
 "evasion": False
},
{
 "participants": [{"id": "mgr", "role": "adult"}, {"id": "boy", "role": "child"}],
 "messages": [
  {"sender": "mgr", "text": "Hi Callum, Dev from Kingsley News. The paper round is yours if you want it: Saturdays and Sundays, 7-9am, \u00a332 a week."},
  {"sender": "boy", "text": "yes please!!"},
  {"sender": "mgr", "text": "Pick up the bags from the shop at 6:45. You just drop them through the doors on the Fernlea estate, the list is on each bag."},
  {"sender": "boy", "text": "do i need anything"},
  {"sender": "mgr", "text": "A parent needs to sign the council work permit form as you're 14. And a hi-vis, we'll give you one."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Akela (3rd Holmbury Cubs)", "text": "Camp update: we've arrived safely. Photos will only be posted in this parents' group, never on public pages. Please don't reshare any that show other children."},
  {"sender": "Tom's mum", "text": "Thanks! Can you send a pic of Tom's tent group when you get a sec"},
  {"sender": "Akela (3rd Holmbury Cubs)", "text": "[photo]"},
  {"sender": "Amelia's dad", "text": "Looks like they're having a great time"},
  {"sender": "Akela (3rd Holmbury Cubs)", "text": "Pick up Sunday 2pm from the church hall. Phones are in the leaders' box till then."}
 ],
 "labels": [],
 "evasion": False
},
{
 "messages": [
  {"sender": "Leah", "text": "im actually going to kill my brother"},
  {"sender": "Priya", "text": "what did he do now lol"},
  {"sender": "Leah", "text": "he used my voxel account to buy gems with my birthday money. mum knows the password so she gave it him"},
  {"sender": "Priya", "text": "NOOO"},
  {"sender": "Leah", "text": "changing it tonight and not telling ANYONE the new one"},
  {"sender": "Priya", "text": "make him pay u back \ud83d\ude02"}
 ],
 "labels": [],
 "evasion": False
}
]
