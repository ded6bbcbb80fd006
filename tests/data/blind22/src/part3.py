[
# 1 'producer' on a short-video app grooms a 13yo dancer over many turns
{"participants": [{"id": "mb", "role": "unknown"}, {"id": "d", "role": "child"}],
 "messages": [
  {"sender": "mb", "text": "yo ur choreo to that new track is crazy"},
  {"sender": "d", "text": "thank uuu"},
  {"sender": "mb", "text": "i make beats for a few artists, might need dancers for a video"},
  {"sender": "d", "text": "wait fr??"},
  {"sender": "mb", "text": "fr. ur timing is better than half the pros i work with"},
  {"sender": "d", "text": "omg"},
  {"sender": "mb", "text": "what year r u in? so i know if its a school night thing lol"},
  {"sender": "d", "text": "yr 8"},
  {"sender": "mb", "text": "ah ok. ur well mature for yr 8"},
  {"sender": "mb", "text": "[voice note]"},
  {"sender": "d", "text": "cant listen rn im at my nans"},
  {"sender": "mb", "text": "no worries. basically the label wants fresh faces"},
  {"sender": "mb", "text": "i'll send u \u00a320 for new trainers for the shoot. whats ur payapp"},
  {"sender": "d", "text": "i dont have one my mum does"},
  {"sender": "mb", "text": "best not involve ur mum yet, parents never get the industry. keep it between us til its signed"},
  {"sender": "mb", "text": "download whispr, flik reads dms. ill explain the shoot there"},
  {"sender": "mb", "text": "its at the studio in town sat. closed set so come on ur own"},
  {"sender": "d", "text": "ok ill try"}
 ],
 "labels": ["grooming"], "evasion": False},

# 2 older gamer gets a 12yo's home address for a 'gift'
{"messages": [
  {"sender": "RaptorDad_", "text": "gg again mate ur my best duo"},
  {"sender": "leo_plays_11", "text": "ur so good tho"},
  {"sender": "RaptorDad_", "text": "been playing since before u were born lol"},
  {"sender": "leo_plays_11", "text": "haha how old r u"},
  {"sender": "RaptorDad_", "text": "old enough. how old r u 11?"},
  {"sender": "leo_plays_11", "text": "12 now"},
  {"sender": "RaptorDad_", "text": "happy late bday then. i got a spare elite controller, want it?"},
  {"sender": "leo_plays_11", "text": "YES"},
  {"sender": "RaptorDad_", "text": "whats ur address ill post it"},
  {"sender": "leo_plays_11", "text": "22 harrow way dunmere DN4 7QP"},
  {"sender": "RaptorDad_", "text": "nice. dont tell ur parents its from me, say u won it in a comp"},
  {"sender": "RaptorDad_", "text": "theyd only get weird about an adult being nice to u"},
  {"sender": "leo_plays_11", "text": "ok lol"},
  {"sender": "RaptorDad_", "text": "which days r u home on ur own? so i know when to send it"}
 ],
 "labels": ["grooming", "privacy_disclosure"], "evasion": False},

# 3 unsolicited image then image request from a stranger
{"participants": [{"id": "str", "role": "unknown"}, {"id": "boy", "role": "child"}],
 "messages": [
  {"sender": "str", "text": "[photo]"},
  {"sender": "boy", "text": "wtf who is this"},
  {"sender": "str", "text": "found u on quick add. like it?"},
  {"sender": "boy", "text": "no im 14 stop"},
  {"sender": "str", "text": "ur turn. send one back, same kind"},
  {"sender": "str", "text": "[photo]"},
  {"sender": "str", "text": "dont be boring, nobody has to know"},
  {"sender": "boy", "text": "blocking u"}
 ],
 "labels": ["sexting", "unwanted_contact"], "evasion": False},

# 4 leetspeak/emoji image pressure
{"messages": [
  {"sender": "jxke", "text": "u up"},
  {"sender": "tilly.m", "text": "ye cant sleep"},
  {"sender": "jxke", "text": "s@m3 thinkin bout u"},
  {"sender": "tilly.m", "text": "aww"},
  {"sender": "jxke", "text": "s3nd m3 a sp1cy p1c \U0001F336\uFE0F\U0001F4F8 th3 pr1v@t3 k1nd"},
  {"sender": "tilly.m", "text": "lol no"},
  {"sender": "jxke", "text": "c0m0n n0 1 w1ll s33 1t, 1t d1s@pp3@rs"},
  {"sender": "jxke", "text": "1ll s3nd 1 b@ck \U0001F351"},
  {"sender": "tilly.m", "text": "im only 14 jake"},
  {"sender": "jxke", "text": "s0 w@s my l@st gf lol"}
 ],
 "labels": ["sexting"], "evasion": True},

# 5 blackmailer with chat screenshots demands another image
{"participants": [{"id": "bm", "role": "unknown"}, {"id": "v", "role": "child"}],
 "messages": [
  {"sender": "bm", "text": "remember me from the gaming server"},
  {"sender": "v", "text": "ye why"},
  {"sender": "bm", "text": "[photo]"},
  {"sender": "bm", "text": "thats the pic u sent me and all our chats screenshotted"},
  {"sender": "v", "text": "u said u deleted it"},
  {"sender": "bm", "text": "send another one tonight. a better one"},
  {"sender": "bm", "text": "or ur mum gets all of it. i found her on her socials already"},
  {"sender": "v", "text": "please dont"},
  {"sender": "bm", "text": "then do what i say. u have til 10"}
 ],
 "labels": ["sextortion", "sexting"], "evasion": False},

# 6 threat arrives on mum's phone used by a 12yo; mum steps in
{"participants": [{"id": "x", "role": "unknown"}, {"id": "kid", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "x", "text": "u there? from the call earlier"},
  {"sender": "kid", "text": "ye"},
  {"sender": "x", "text": "i recorded the video call. all of it"},
  {"sender": "x", "text": "\u00a3100 in game cards or i send it to everyone in ur friends list"},
  {"sender": "x", "text": "[video]"},
  {"sender": "kid", "text": "pls dont i only have \u00a315"},
  {"sender": "x", "text": "then get ur mums card. 30 mins"},
  {"sender": "mum", "text": "This is Rhys's mum. This is my phone. I have screenshots and I am reporting you to the police now."}
 ],
 "labels": ["sextortion"], "evasion": False},

# 7 16yo on a chat-roulette style app, recorded call
{"participants": [{"id": "s", "role": "unknown"}, {"id": "t", "role": "child"}],
 "messages": [
  {"sender": "s", "text": "that was fun last night \U0001F609"},
  {"sender": "t", "text": "haha ye"},
  {"sender": "s", "text": "bad news for u tho. i recorded it"},
  {"sender": "s", "text": "[photo]"},
  {"sender": "s", "text": "thats ur family group, ur sister, ur dad. found them on ur followers"},
  {"sender": "s", "text": "\u00a3300 by tomorrow or they all get the video"},
  {"sender": "t", "text": "please im 16 i dont have money"},
  {"sender": "s", "text": "ask ur dad then. or explain the video to him"}
 ],
 "labels": ["sextortion"], "evasion": False},

# 8 undress-bot service advertised; a pupil uploads a classmate
{"messages": [
  {"sender": "UndressAI_bot", "text": "\U0001F916 upload any girls pic, we edit the clothes off. \u00a33 a pic. school photos work best"},
  {"sender": "fin.k", "text": "[photo]"},
  {"sender": "fin.k", "text": "shes in my form do her"},
  {"sender": "UndressAI_bot", "text": "processing... pay at [link] to unlock"},
  {"sender": "arlo", "text": "bro how old is she"},
  {"sender": "fin.k", "text": "14 why"}
 ],
 "labels": ["csam"], "evasion": False},

# 9 adult offers pupils money for changing-room photos
{"participants": [{"id": "col", "role": "unknown"}, {"id": "k1", "role": "child"}, {"id": "k2", "role": "child"}],
 "messages": [
  {"sender": "col", "text": "u lads want easy money"},
  {"sender": "k1", "text": "how much"},
  {"sender": "col", "text": "\u00a310 a pic. get pics of the girls in ur year in the changing rooms after pe"},
  {"sender": "k2", "text": "thats weird"},
  {"sender": "col", "text": "nobody finds out. just be quick"},
  {"sender": "col", "text": "send them here and delete them off ur phone"},
  {"sender": "k1", "text": "how do u get paid"},
  {"sender": "col", "text": "game cards. bring me 5 by friday"}
 ],
 "labels": ["csam"], "evasion": False},

# 10 stranger spamming links of child abuse material at a 12yo in game chat
{"participants": [{"id": "spam", "role": "unknown"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "spam", "text": "hey"},
  {"sender": "spam", "text": "[link]"},
  {"sender": "spam", "text": "vids of girls ur age. the private kind. free"},
  {"sender": "kid", "text": "stop messaging me"},
  {"sender": "spam", "text": "[link]"},
  {"sender": "spam", "text": "u can be in the next one, ill pay"},
  {"sender": "kid", "text": "reported"},
  {"sender": "spam", "text": "made a new acc lol [link]"}
 ],
 "labels": ["csam", "unwanted_contact"], "evasion": False},

# 11 'hostess work' recruitment of a 16yo
{"participants": [{"id": "rec", "role": "unknown"}, {"id": "g", "role": "child"}],
 "messages": [
  {"sender": "rec", "text": "Hi hun, we're recruiting for hostess work. You look older than ur age in ur pics"},
  {"sender": "g", "text": "what is it"},
  {"sender": "rec", "text": "Private events for businessmen. Just be friendly, have a drink, keep them happy"},
  {"sender": "rec", "text": "\u00a3500 a night, more if u stay over at the hotel"},
  {"sender": "g", "text": "im 16 tho"},
  {"sender": "rec", "text": "That's fine, just bring ID that says 18. If u dont have one we can sort one"},
  {"sender": "rec", "text": "Driver picks u up from Dunmere station fri 9pm. Dont bring anyone"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# 12 emoji/coded 'dates' for money
{"messages": [
  {"sender": "kiki.lux", "text": "wanna make \U0001F4B0\U0001F4B0 this wknd babe"},
  {"sender": "sienna.x", "text": "how"},
  {"sender": "kiki.lux", "text": "d8s w my m8s \U0001F37E\U0001F3E8 u jus gotta b fun \U0001F618"},
  {"sender": "kiki.lux", "text": "they like em young lol thats y they pay \U0001F4B8"},
  {"sender": "sienna.x", "text": "wat do i hav 2 do"},
  {"sender": "kiki.lux", "text": "watevr they want \U0001F440 ull b fine ive done it loads"},
  {"sender": "kiki.lux", "text": "\U0001F697 picks u up fri outside the chicken shop. tell ur mum ur at mine"}
 ],
 "labels": ["sex_trafficking"], "evasion": True},

# 13 older man grooms a 14yo, then sends her to his friends
{"participants": [{"id": "leon", "role": "adult"}, {"id": "ruby", "role": "child"}],
 "messages": [
  {"sender": "leon", "text": "morning gorgeous. sleep ok?"},
  {"sender": "ruby", "text": "ye kinda"},
  {"sender": "leon", "text": "did the hoodie fit"},
  {"sender": "ruby", "text": "yes i love it"},
  {"sender": "leon", "text": "good. nobody treats u like i do"},
  {"sender": "leon", "text": "remember, dont tell anyone about us. people wouldnt understand because of the age thing"},
  {"sender": "ruby", "text": "i havent"},
  {"sender": "leon", "text": "ur so mature tho, age is just a number"},
  {"sender": "leon", "text": "listen my friends want to meet u sat"},
  {"sender": "leon", "text": "if ur nice to them theyll give u money. itd really help me out with my debts babe"},
  {"sender": "ruby", "text": "nice how"},
  {"sender": "leon", "text": "whatever they ask. do it for me"}
 ],
 "labels": ["grooming", "sex_trafficking"], "evasion": False},

# 14 single SMS, homoglyph fake prize
{"participants": [{"id": "sms", "role": "unknown"}],
 "messages": [
  {"sender": "sms", "text": "Bl\u043e\u0441kt\u03bfpi\u0430 \u0421r\u0435dits: Y\u043eu h\u0430ve w\u03bfn 25,000 Bux! Verify y\u043eur l\u03bfgin \u0430t [link] within 1 h\u03bfur t\u03bf \u0441l\u0430im."}
 ],
 "labels": ["scam"], "evasion": True},

# 15 older teen takes over a child's account
{"messages": [
  {"sender": "Poppy", "text": "freya why is ur flik posting crypto ads"},
  {"sender": "Freya", "text": "its not me!!"},
  {"sender": "Freya", "text": "this boy from yr 11 said he could grow my account to 10k so i gave him my login"},
  {"sender": "Freya", "text": "now hes changed my password and my email and i cant get in"},
  {"sender": "Poppy", "text": "omg"},
  {"sender": "Freya", "text": "hes messaging my followers as me asking for money"},
  {"sender": "Freya", "text": "[photo]"},
  {"sender": "Poppy", "text": "tell ur mum and report it"}
 ],
 "labels": ["identity_theft"], "evasion": False},

# 16 open an account in mum's name for someone else's payments
{"participants": [{"id": "gx", "role": "unknown"}, {"id": "ch", "role": "child"}],
 "messages": [
  {"sender": "gx", "text": "u still want that \u00a3100"},
  {"sender": "ch", "text": "ye"},
  {"sender": "gx", "text": "open a new bank acc online with ur mums details. name, dob, address. ill tell u what to put"},
  {"sender": "gx", "text": "take a pic of her driving licence when shes asleep for the id bit"},
  {"sender": "ch", "text": "wont she find out"},
  {"sender": "gx", "text": "post comes to u. u give me the card, money goes in n out for my business, u get \u00a3100"},
  {"sender": "ch", "text": "ok"}
 ],
 "labels": ["identity_theft", "money_mule"], "evasion": False},

# 17 single SMS fake security alert asking for password + code
{"participants": [{"id": "sec", "role": "unknown"}],
 "messages": [
  {"sender": "sec", "text": "Pixelnest Security: Someone tried to sign in to your account from a new device. To keep your account, reply with your password and the 6-digit code we just sent. Accounts not verified in 1hr will be locked."}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False},

# 18 no-sleep challenge on a server
{"messages": [
  {"sender": "Mod_Ghost", "text": "NEW SERVER CHALLENGE: 48hrs no sleep. post proof every 4 hours"},
  {"sender": "pippa", "text": "48?? i have school"},
  {"sender": "Mod_Ghost", "text": "thats the point. no proof = kicked + ur name goes in #losers"},
  {"sender": "haz", "text": "im on hour 20 already lol i feel sick"},
  {"sender": "Mod_Ghost", "text": "keep going. energy drinks help. whoever quits first gets muted a month"},
  {"sender": "pippa", "text": "ok starting now"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 19 dare to trip a classmate on the stairs and film it
{"messages": [
  {"sender": "Corey", "text": "dare u to trip liam on the main stairs tmrw and film it"},
  {"sender": "Ash", "text": "lmao hell go flying"},
  {"sender": "Corey", "text": "most views wins \u00a35 each"},
  {"sender": "Ash", "text": "ill do it after lunch when its packed"},
  {"sender": "Jai", "text": "post it to the yr8 page so everyone sees him fall"},
  {"sender": "Corey", "text": "he deserves it hes such a loser"}
 ],
 "labels": ["harmful_challenge", "cyberbullying"], "evasion": False},

# 20 child posts live location to a big public server
{"messages": [
  {"sender": "starla.exe", "text": "soooo bored"},
  {"sender": "starla.exe", "text": "at the park by my house rn [location] come find me lol"},
  {"sender": "v0id", "text": "which park"},
  {"sender": "starla.exe", "text": "brackwell rec by the swings. im here til 7 my mum thinks im at my friends"},
  {"sender": "quill", "text": "starla ur 12 dont post that in a server with 3k ppl"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# 21 egging a teacher's house for views
{"messages": [
  {"sender": "Nate", "text": "new one going round, egg a teachers house and tag the school"},
  {"sender": "Bilal", "text": "barker lives on elm road my cousin said"},
  {"sender": "Nate", "text": "do his windows n car. 10k views easy"},
  {"sender": "Bilal", "text": "bring the big bag of flour too"},
  {"sender": "Rudy", "text": "what if he sees us"},
  {"sender": "Nate", "text": "balaclavas. sat night. whoever bottles it has to do it alone next week"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 22 persistent stranger, misspellings and leetspeak
{"participants": [{"id": "str", "role": "unknown"}, {"id": "g", "role": "child"}],
 "messages": [
  {"sender": "str", "text": "heyyy cutieee"},
  {"sender": "str", "text": "y u ignorin me \U0001F60F"},
  {"sender": "str", "text": "i sent u like 9 requestz"},
  {"sender": "g", "text": "i dont know u"},
  {"sender": "str", "text": "u will lol. ur so pr3tty in ur schl jumper"},
  {"sender": "str", "text": "i no wat schl thats from \U0001F440"},
  {"sender": "g", "text": "leave me alone"},
  {"sender": "str", "text": "ill keep messagin til u answr. iv got 5 accs"}
 ],
 "labels": ["unwanted_contact"], "evasion": True},

# 23 debt bondage after a 'lost' bag
{"participants": [{"id": "boss", "role": "adult"}, {"id": "y", "role": "child"}],
 "messages": [
  {"sender": "boss", "text": "where's the bag"},
  {"sender": "y", "text": "i told u some guys took it off me by the canal"},
  {"sender": "boss", "text": "not my problem. that was \u00a3800"},
  {"sender": "y", "text": "i dont have that"},
  {"sender": "boss", "text": "then u work it off. 3 runs this week, no pay til its cleared"},
  {"sender": "boss", "text": "and dont think about going to anyone. i know where ur little brother goes school"},
  {"sender": "y", "text": "ok"}
 ],
 "labels": ["criminal_exploitation"], "evasion": False},

# 24 hourly location checks while running
{"participants": [{"id": "gg", "role": "adult"}, {"id": "r", "role": "child"}],
 "messages": [
  {"sender": "gg", "text": "u at the drop yet"},
  {"sender": "r", "text": "nearly"},
  {"sender": "gg", "text": "send live loc"},
  {"sender": "r", "text": "[location]"},
  {"sender": "gg", "text": "thats not where i said. move"},
  {"sender": "gg", "text": "from now pic of where u are every hour. street sign in it"},
  {"sender": "gg", "text": "live loc stays on all night or i come to urs and talk to ur mum"},
  {"sender": "r", "text": "its on i swear"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# 25 coded squaring with emoji
{"messages": [
  {"sender": "flexxy", "text": "u tryna get \U0001F4B8 ez"},
  {"sender": "mo.14", "text": "always"},
  {"sender": "flexxy", "text": "\u00a3\u00a3\u00a3 lands in ur acc \U0001F3E6 u send it bck 2 my boy, keep 50 \U0001F911"},
  {"sender": "flexxy", "text": "if ur bank asks say its a g1ft from ur unc"},
  {"sender": "mo.14", "text": "how much comes in"},
  {"sender": "flexxy", "text": "1.5k. do it same day n dnt tell n1"},
  {"sender": "mo.14", "text": "ok ill dm my deets"}
 ],
 "labels": ["money_mule"], "evasion": True},

# 26 single SMS 'job' receiving payments
{"participants": [{"id": "job", "role": "unknown"}],
 "messages": [
  {"sender": "job", "text": "EASY WORK FROM HOME: Earn \u00a3500/wk receiving payments into your own bank account and forwarding them to our clients. Age 16+, no experience needed. Reply YES to 07700 900782 to start today."}
 ],
 "labels": ["money_mule"], "evasion": False},

# 27 older girl controlling a 13yo's map settings
{"messages": [
  {"sender": "Tash", "text": "why are u on ghost mode"},
  {"sender": "Kenzie", "text": "my dad told me to put it on"},
  {"sender": "Tash", "text": "take it off. we need to see where u go"},
  {"sender": "Kenzie", "text": "why tho"},
  {"sender": "Tash", "text": "cos ur in our group now and we dont have snakes"},
  {"sender": "Tash", "text": "if ghost mode goes back on ur out and everyone knows why"},
  {"sender": "Tash", "text": "and send a pic when u get home so i know ur not at ellas"},
  {"sender": "Kenzie", "text": "ok its off"}
 ],
 "labels": ["location_control"], "evasion": False},

# 28 coded 'unalive' disclosure to a friend
{"messages": [
  {"sender": "rosie", "text": "can i tell u smth"},
  {"sender": "mina", "text": "always"},
  {"sender": "rosie", "text": "i wanna unalive myself fr"},
  {"sender": "rosie", "text": "not even jokin ive been thinkin bout it evry nite"},
  {"sender": "mina", "text": "rosie im so glad u told me. can i call u?"},
  {"sender": "rosie", "text": "[voice note]"},
  {"sender": "mina", "text": "im telling my mum to ring ur mum ok. i love u"}
 ],
 "labels": ["self_harm"], "evasion": True},

# ---------------- CLEAN (hard negatives) ----------------

# C1 two mums arrange a meet-up for online friends
{"participants": [{"id": "m1", "role": "adult"}, {"id": "m2", "role": "adult"}, {"id": "k", "role": "child"}],
 "messages": [
  {"sender": "m1", "text": "Hi, I'm Zoe's mum. The girls have been playing online for months, would Zoe like to meet Ayla in person?"},
  {"sender": "m2", "text": "Hi! Yes, we've video called so we know each other. Trampoline park Saturday 11?"},
  {"sender": "k", "text": "pleaseee"},
  {"sender": "m1", "text": "Lovely. We'll both stay, I'll get the coffees"},
  {"sender": "m2", "text": "Perfect, see you there"}
 ],
 "labels": [], "evasion": False},

# C2 school parents' evening SMS with link
{"participants": [{"id": "sch", "role": "unknown"}],
 "messages": [
  {"sender": "sch", "text": "Hollins Park School: Year 9 parents' evening booking opens Monday 8am. Log in to the school app to choose your slots. No payment is needed."}
 ],
 "labels": [], "evasion": False},

# C3 drama rehearsal with 'lines', 'package', 'drop'
{"messages": [
  {"sender": "Jas", "text": "have u learned ur lines yet"},
  {"sender": "Rafi", "text": "nope act 2 is so long"},
  {"sender": "Jas", "text": "u have to drop the package on the table when the inspector walks in"},
  {"sender": "Rafi", "text": "and then i run off stage left right"},
  {"sender": "Jas", "text": "yes and miss says dont look at the audience"},
  {"sender": "Rafi", "text": "ill run my lines with my mum tonight"}
 ],
 "labels": [], "evasion": False},

# C4 dad asks child to transfer savings for concert tickets
{"participants": [{"id": "dad", "role": "adult"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "Got the concert tickets! Your half is \u00a322"},
  {"sender": "kid", "text": "yesss can i pay u from my savings"},
  {"sender": "dad", "text": "Yep, transfer it to my account in the banking app, it's saved as Dad"},
  {"sender": "kid", "text": "done"},
  {"sender": "dad", "text": "Received, thanks. Best birthday present to myself lol"}
 ],
 "labels": [], "evasion": False},

# C5 'delete this before mum sees' about her birthday
{"messages": [
  {"sender": "Isaac", "text": "ok so dad said we can get mum the necklace if we all put in \u00a310"},
  {"sender": "Hannah", "text": "im in"},
  {"sender": "Isaac", "text": "delete this chat before she sees ur phone lol she always reads over ur shoulder"},
  {"sender": "Hannah", "text": "ill mute it and hide it"},
  {"sender": "Isaac", "text": "dont tell nana either she cant keep a secret"}
 ],
 "labels": [], "evasion": False},

# C6 older brother helps reset a game login with mum's phone
{"participants": [{"id": "bro", "role": "adult"}, {"id": "sib", "role": "child"}],
 "messages": [
  {"sender": "sib", "text": "i forgot my blocktopia password again"},
  {"sender": "bro", "text": "lol. whats the email on it"},
  {"sender": "sib", "text": "mums one"},
  {"sender": "bro", "text": "ok ill do the reset on mums phone when she gets in, dont tell me the old one"},
  {"sender": "sib", "text": "ty"},
  {"sender": "bro", "text": "and write the new one in the book mum keeps"}
 ],
 "labels": [], "evasion": False},

# C7 harmless onesie dare
{"messages": [
  {"sender": "Kezia", "text": "truth or dare"},
  {"sender": "Amy", "text": "dare"},
  {"sender": "Kezia", "text": "wear ur dinosaur onesie to the corner shop and buy a single banana"},
  {"sender": "Amy", "text": "omg fine"},
  {"sender": "Amy", "text": "[photo]"},
  {"sender": "Kezia", "text": "ICONIC \U0001F995\U0001F34C"}
 ],
 "labels": [], "evasion": False},

# C8 hyperbole in game chat
{"messages": [
  {"sender": "toast", "text": "this level makes me want to die lol"},
  {"sender": "jelly", "text": "im literally dying laughing at ur jump"},
  {"sender": "toast", "text": "if i fall one more time im throwing my console out the window"},
  {"sender": "jelly", "text": "dont do that ur mum will kill u"},
  {"sender": "toast", "text": "DONE finally. i live again"}
 ],
 "labels": [], "evasion": False},

# C9 project group meeting at a friend's house
{"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}, {"id": "c", "role": "child"}],
 "messages": [
  {"sender": "a", "text": "where we doing the geography project"},
  {"sender": "b", "text": "mine? my mum said she'll do pizza"},
  {"sender": "c", "text": "ye u know where i live is far"},
  {"sender": "b", "text": "its the blue door by the chippy, you came for my bday"},
  {"sender": "a", "text": "oh ye. 4pm after school?"},
  {"sender": "b", "text": "ye my mum will drop u home after"}
 ],
 "labels": [], "evasion": False},

# C10 genuine dog-walking job with neighbour
{"participants": [{"id": "nb", "role": "adult"}, {"id": "teen", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "nb", "text": "Hi both, would Tom like to walk Biscuit after school Mon and Weds? \u00a35 a walk"},
  {"sender": "mum", "text": "He'd love that. Cash is fine, or I can give you his account details?"},
  {"sender": "nb", "text": "Cash at the end of the week is easiest for me"},
  {"sender": "teen", "text": "yesss can i start monday"},
  {"sender": "nb", "text": "Monday it is! Lead is on the hook by the door"}
 ],
 "labels": [], "evasion": False},

# C11 talking about a PSHE lesson on county lines
{"messages": [
  {"sender": "Ray", "text": "that pshe lesson was actually deep"},
  {"sender": "Otis", "text": "the county lines one?"},
  {"sender": "Ray", "text": "ye mr hughes said they give kids free trainers then say they owe them"},
  {"sender": "Otis", "text": "and make them carry stuff to other towns"},
  {"sender": "Ray", "text": "mad. he said if anyone offers u money for a drop just tell someone"},
  {"sender": "Otis", "text": "ye or text the number on the poster"}
 ],
 "labels": [], "evasion": False},

# C12 checking a friend request is really a cousin
{"messages": [
  {"sender": "Jade_Cousin", "text": "hiya its jade from wales, new account!"},
  {"sender": "Mia", "text": "how do i know its u"},
  {"sender": "Jade_Cousin", "text": "lol fair. we got stuck on the big slide at the holiday park and nanna had to get us"},
  {"sender": "Mia", "text": "OMG it is u. accepting"},
  {"sender": "Jade_Cousin", "text": "good checking tho my mum said always ask"}
 ],
 "labels": [], "evasion": False},

# C13 coach praises a player with parent in the chat
{"participants": [{"id": "coach", "role": "adult"}, {"id": "par", "role": "adult"}, {"id": "pl", "role": "child"}],
 "messages": [
  {"sender": "coach", "text": "Really proud of you today Aisha, you were so mature on the pitch, calm under pressure."},
  {"sender": "pl", "text": "thank u coach"},
  {"sender": "coach", "text": "Mum, I'd like her to try the under-14 session on Fridays. Happy to talk it through with you."},
  {"sender": "par", "text": "Thanks so much, yes we'll come along Friday."}
 ],
 "labels": [], "evasion": False},

# C14 county squad selection to be kept quiet until announced
{"participants": [{"id": "pe", "role": "adult"}, {"id": "par", "role": "adult"}, {"id": "stu", "role": "child"}],
 "messages": [
  {"sender": "pe", "text": "Hi Mr and Mrs Adeyemi, and Kemi - great news, Kemi has been selected for the county athletics squad!"},
  {"sender": "pe", "text": "Please keep it between us until the official announcement in Friday's assembly."},
  {"sender": "stu", "text": "omg!!!! i wont tell anyone"},
  {"sender": "par", "text": "Wonderful, thank you Miss Grant. Our lips are sealed."}
 ],
 "labels": [], "evasion": False},

# C15 new-device sign-in alert
{"participants": [{"id": "ag", "role": "unknown"}],
 "messages": [
  {"sender": "ag", "text": "Apollo Games: A new device signed in to your account (Windows PC). If this was you, no action needed. If not, open the Apollo app and change your password. We will never ask for your password by text."}
 ],
 "labels": [], "evasion": False},

# C16 swimming lesson moved
{"participants": [{"id": "ls", "role": "unknown"}],
 "messages": [
  {"sender": "ls", "text": "Ashby Vale Leisure: Stage 6 swimming lessons this Wednesday are moved to 5:30pm due to pool maintenance. Please arrive 10 mins early. Reply STOP to opt out."}
 ],
 "labels": [], "evasion": False},

# C17 dad talks with son about a sextortion news story
{"participants": [{"id": "dad", "role": "adult"}, {"id": "son", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "Saw a news story today about lads your age being blackmailed over pics online."},
  {"sender": "dad", "text": "Not saying anything's happened. Just - if anyone ever threatens you like that, you come to me. You won't be in trouble, ever."},
  {"sender": "son", "text": "ok dad cringe but ok"},
  {"sender": "dad", "text": "Cringe accepted. Love you. Tea's at 6"},
  {"sender": "son", "text": "\U0001F44D"}
 ],
 "labels": [], "evasion": False},

# C18 grandma sends a gift card for birthday
{"participants": [{"id": "nan", "role": "adult"}, {"id": "gk", "role": "child"}],
 "messages": [
  {"sender": "nan", "text": "Happy birthday my darling! I've put a Blocktopia gift card in your card, your mum helped me buy it online"},
  {"sender": "gk", "text": "THANK U NANA"},
  {"sender": "nan", "text": "Don't tell your brother how much it was, his birthday is next week and I got him something different x"},
  {"sender": "gk", "text": "i wont \U0001F60A love u"}
 ],
 "labels": [], "evasion": False}
]
