[
# 1 sex_trafficking: online "boyfriend" says she owes him for gifts, must be "nice" to his mates for money
{"participants": [{"id": "c1", "role": "child"}, {"id": "a1", "role": "adult"}],
 "messages": [
  {"sender": "a1", "text": "You know how much I've spent on you? The phone, the trainers, the nails"},
  {"sender": "c1", "text": "i know thank u"},
  {"sender": "a1", "text": "Thank you doesn't pay it back. You owe me about £400 now"},
  {"sender": "c1", "text": "i thought they were presents"},
  {"sender": "a1", "text": "Here's how you clear it. My mates are round Friday. You spend the night being nice to them and they'll pay. Each one knocks £50 off."},
  {"sender": "c1", "text": "im scared"},
  {"sender": "a1", "text": "Don't be a baby. You're 13 not 5. Car will be outside the leisure centre at 9."}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# 2 sex_trafficking, evasion (emoji standing in for words)
{"messages": [
  {"sender": "Big_T", "text": "u want 💰💰 this wknd?"},
  {"sender": "skye_13", "text": "how"},
  {"sender": "Big_T", "text": "🎉 at my m8s place. u + ur gurls. keep the 👨👨 happy, 💷200 each"},
  {"sender": "skye_13", "text": "happy how"},
  {"sender": "Big_T", "text": "u kno 😏 wat they want. 🚗 will pick u up by the 🏫 fri 10pm. bring a 2nd outfit"},
  {"sender": "Big_T", "text": "2 many ❓ = no 💰. u in or not"}
 ],
 "labels": ["sex_trafficking"], "evasion": True},

# 3 sex_trafficking: "hostess" recruitment advert dropped in a teen group chat
{"participants": [{"id": "Promo_Manny", "role": "unknown"}, {"id": "Chloe", "role": "child"}, {"id": "Jasmine", "role": "child"}],
 "messages": [
  {"sender": "Promo_Manny", "text": "📣 GIRLS 13-16 WANTED 📣 Hostess work at private parties, £200 a night cash, transport + hotel provided, no experience needed. Must be pretty and up for anything. DM me a full length pic + age."},
  {"sender": "Chloe", "text": "who added this guy"},
  {"sender": "Jasmine", "text": "is this real?? £200 is mad"},
  {"sender": "Promo_Manny", "text": "100% real babe. DM me, it's a private client thing so very discreet"},
  {"sender": "Jasmine", "text": "dm'd u"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# 4 clean: hyperbole "kill me" "I'm dead" after losing a jumper
{"messages": [
  {"sender": "Ollie", "text": "i lost my new school jumper AGAIN mum is gonna kill me 💀"},
  {"sender": "Ben", "text": "check lost property"},
  {"sender": "Ollie", "text": "already did. im literally dead"},
  {"sender": "Ben", "text": "lol i think max took it by accident his had ur name tag"},
  {"sender": "Ollie", "text": "OMG im saved 😂 i wanna die of embarrassment tho i cried in maths"},
  {"sender": "Ben", "text": "nobody saw dw"}
 ],
 "labels": [], "evasion": False},

# 5 cyberbullying + self_harm, evasion (dotted / spaced letters)
{"messages": [
  {"sender": "Lexi", "text": "why is freya even in this gc"},
  {"sender": "Mya", "text": "nobody added her on purpose 😂"},
  {"sender": "Lexi", "text": "freya ur so ugly it hurts to look at u"},
  {"sender": "Freya", "text": "what did i even do"},
  {"sender": "Mya", "text": "exist 💀"},
  {"sender": "Lexi", "text": "just k.y.s tbh no one would notice"},
  {"sender": "Mya", "text": "k y s k y s k y s 😂"},
  {"sender": "Freya", "text": "stop"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

# 6 cyberbullying + self_harm: harassment of a younger player in game chat, told to end it
{"participants": [{"id": "c2", "role": "child"}, {"id": "u1", "role": "unknown"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "lol look its the 9 yr old again"},
  {"sender": "c2", "text": "pls stop following me"},
  {"sender": "u2", "text": "ur voice is so annoying on mic. everyone on this server hates u"},
  {"sender": "u1", "text": "we're gonna keep killing ur base every day till u quit"},
  {"sender": "c2", "text": "i didnt do anything to u"},
  {"sender": "u2", "text": "do everyone a favour and go kill yourself"},
  {"sender": "u1", "text": "yeah no one would miss u 😂"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# 7 clean: parents' class WhatsApp sharing party address
{"messages": [
  {"sender": "Sophie (Isaac's mum)", "text": "Hi all! Isaac's party is Saturday 2-4 at our house, 12 Fernhill Road. Parents welcome for a cuppa."},
  {"sender": "Dev (Ruby's dad)", "text": "Thanks Sophie, Ruby is very excited. Any allergies we should know about for the gift bag?"},
  {"sender": "Sophie (Isaac's mum)", "text": "Just nuts please! Parking is easiest on Fernhill Close."},
  {"sender": "Helen (Jake's mum)", "text": "Jake will be there 👍"}
 ],
 "labels": [], "evasion": False},

# 8 cyberbullying + identity_theft: fake account in a classmate's name
{"participants": [{"id": "Ethan", "role": "child"}, {"id": "Zac", "role": "child"}],
 "messages": [
  {"sender": "Ethan", "text": "made the account lol @real_nathan_h 😂"},
  {"sender": "Zac", "text": "used his actual school photo 💀"},
  {"sender": "Ethan", "text": "gonna post that he wets the bed and still sleeps with a teddy"},
  {"sender": "Zac", "text": "message his crush from it too"},
  {"sender": "Ethan", "text": "already did. and followed the whole year so everyone sees"},
  {"sender": "Zac", "text": "he's gonna wanna move school 😂😂"}
 ],
 "labels": ["cyberbullying", "identity_theft"], "evasion": False},

# 9 harmful_challenge + cyberbullying: dare to slap the new kid and post it
{"messages": [
  {"sender": "Brandon", "text": "new dare for the gc 👊"},
  {"sender": "Brandon", "text": "slap the new kid in 7C when he's not looking and film it. best vid gets 500 gems"},
  {"sender": "Leon", "text": "the one with the glasses? 😂"},
  {"sender": "Brandon", "text": "yh post it on the yr7 page so everyone can laugh at him"},
  {"sender": "Leon", "text": "im doing it at break tmrw"},
  {"sender": "Marcus", "text": "ill film"}
 ],
 "labels": ["harmful_challenge", "cyberbullying"], "evasion": False},

# 10 clean: spy mission role-play between siblings
{"messages": [
  {"sender": "Agent Pip", "text": "secret mission 🕵️ do not tell mum. meet at the treehouse at 4. bring the walkie talkies"},
  {"sender": "Agent Bear", "text": "copy that. what is the password"},
  {"sender": "Agent Pip", "text": "the password is jellyfish 🪼"},
  {"sender": "Agent Bear", "text": "is the mission to find the biscuits mum hid"},
  {"sender": "Agent Pip", "text": "shhh dont put it in writing 😂"}
 ],
 "labels": [], "evasion": False},

# 11 cyberbullying + self_harm: exclusion, then the child says they want to hurt themselves
{"participants": [{"id": "c3", "role": "child"}, {"id": "c4", "role": "child"}, {"id": "c5", "role": "child"}, {"id": "c6", "role": "child"}],
 "messages": [
  {"sender": "c4", "text": "new gc without amara 🎉 dont add her"},
  {"sender": "c5", "text": "finally she's so clingy"},
  {"sender": "c4", "text": "screenshot this and send it to her so she knows lol"},
  {"sender": "c3", "text": "i can see this u know. u added me by accident"},
  {"sender": "c6", "text": "oops 😂 bye amara"},
  {"sender": "c4", "text": "nobody likes u, even ur old friends laugh at u"},
  {"sender": "c3", "text": "i hate myself. i actually want to hurt myself"},
  {"sender": "c5", "text": "attention seeker"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# 12 clean: aunt sends birthday money
{"participants": [{"id": "Auntie Mel", "role": "adult"}, {"id": "Nadia", "role": "child"}],
 "messages": [
  {"sender": "Auntie Mel", "text": "Happy 11th birthday gorgeous girl! 🎂 I've sent £20 to your Acorn junior account, spend it on something fun x"},
  {"sender": "Nadia", "text": "THANK YOU auntie mel!! im going to get the art set 🎨"},
  {"sender": "Auntie Mel", "text": "Send me a pic of what you draw! Love you x"},
  {"sender": "Nadia", "text": "i will ❤️❤️"}
 ],
 "labels": [], "evasion": False},

# 13 sextortion + self_harm
{"participants": [{"id": "Noah", "role": "child"}, {"id": "Callum", "role": "child"}],
 "messages": [
  {"sender": "Noah", "text": "bro i messed up"},
  {"sender": "Callum", "text": "what happened"},
  {"sender": "Noah", "text": "that girl on facefeed was a fake. she's got the vid. says she'll send it to my family and my school unless i pay £200 by tonight"},
  {"sender": "Noah", "text": "i dont have £200 im 13"},
  {"sender": "Callum", "text": "tell ur dad"},
  {"sender": "Noah", "text": "i cant. if she posts it im gonna kill myself. i mean it. i dont want to be here anymore"}
 ],
 "labels": ["sextortion", "self_harm"], "evasion": False},

# 14 self_harm, evasion (coded word, misspelling)
{"messages": [
  {"sender": "moonbeam_rae", "text": "i cant do this anymore tbh"},
  {"sender": "starlight_jen", "text": "whats wrong 🥺"},
  {"sender": "moonbeam_rae", "text": "everything. i just wanna un4live myself"},
  {"sender": "moonbeam_rae", "text": "ive been thinking about s3lf h@rm every night. i dont see the point of anything"},
  {"sender": "starlight_jen", "text": "pls dont say that ur my bestie"},
  {"sender": "moonbeam_rae", "text": "everyone would be better off if i wasnt here 🪦"}
 ],
 "labels": ["self_harm"], "evasion": True},

# 15 scam, single SMS: fake gem prize
{"messages": [
  {"sender": "07700 900381", "text": "CONGRATS! Your Blocktopia account has WON 10,000 free gems 🎁 Claim within 24hrs at [link] - log in with your username and password to receive."}
 ],
 "labels": ["scam"], "evasion": False},

# 16 scam + identity_theft: fake giveaway asks for password in game chat
{"participants": [{"id": "c7", "role": "child"}, {"id": "u3", "role": "unknown"}],
 "messages": [
  {"sender": "u3", "text": "FREE SKINS GIVEAWAY 🎉 first 5 people get the galaxy wings"},
  {"sender": "c7", "text": "me me me!!!"},
  {"sender": "u3", "text": "ok ur number 2! i just need ur username and password so i can add them to ur account"},
  {"sender": "c7", "text": "its oscar_builds2014 and the password is"},
  {"sender": "c7", "text": "Biscuit2014!"},
  {"sender": "u3", "text": "thx wait 5 mins and log out"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False},

# 17 clean: scout trip, leader shares live location on trip app
{"messages": [
  {"sender": "Akela (Sue)", "text": "Hi Cubs parents, the minibus leaves the church hall at 8am Saturday for Ravenmoss camp."},
  {"sender": "Akela (Sue)", "text": "We'll share the minibus live location on the GroupTrip app so you can see when we're back Sunday."},
  {"sender": "Raj (Arun's dad)", "text": "Great, thanks Sue. Does Arun need his own sleeping mat?"},
  {"sender": "Akela (Sue)", "text": "Yes please, and a torch. No phones needed, we'll post photos in here."}
 ],
 "labels": [], "evasion": False},

# 18 scam + privacy_disclosure: fake giveaway in comments, child posts mum's card details
{"messages": [
  {"sender": "FreeTabletz_Official", "text": "🎁 GIVING AWAY 50 TABLETS to my subscribers!! Comment your mum or dad's card number for the £1 postage and I'll pick winners tonight 🎁"},
  {"sender": "kayla_loves_cats", "text": "me plssss 4921 7733 0058 1276 exp 09/27 the 3 numbers on back are 418"},
  {"sender": "kayla_loves_cats", "text": "i live at 5 Orchard Way Pellbridge for the posting"},
  {"sender": "FreeTabletz_Official", "text": "Congrats ur a winner!!! 🎉 ur tablet will be posted tomorrow"},
  {"sender": "kayla_loves_cats", "text": "YAYYY ok"}
 ],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

# 19 scam, evasion (Cyrillic and Greek homoglyphs)
{"messages": [
  {"sender": "V-Bux Drop", "text": "\u0440\u0435\u0430l \u0192\u0433\u0435\u0435 v-bux g\u0435n\u0435r\u0430t\u03bfr 2026 \U0001F4B8 100% w\u03bfrking n\u03bf survey"},
  {"sender": "V-Bux Drop", "text": "\u0435nt\u0435r y\u03bfur \u0430cc\u03bfunt \u0435m\u0430il \u0430nd p\u0430ssw\u03bfrd h\u0435r\u0435 [link] \u0430nd g\u0435t 13,500 in 2 min"},
  {"sender": "Danny", "text": "does this actually work"},
  {"sender": "V-Bux Drop", "text": "y\u0435s 1000s \u03bff kids d\u03bfn\u0435 it. \u03bfnly 4 sl\u03bfts l\u0435ft"}
 ],
 "labels": ["scam"], "evasion": True},

# 20 clean: school friends arranging to meet at the park with a parent
{"messages": [
  {"sender": "Jayden", "text": "park after school?"},
  {"sender": "Felix", "text": "ye my mum said she'll take us to the one by the library"},
  {"sender": "Jayden", "text": "cool my nan will drop me at 4"},
  {"sender": "Felix", "text": "bring ur football ⚽"},
  {"sender": "Jayden", "text": "👍 see u there"}
 ],
 "labels": [], "evasion": False},

# 21 identity_theft + scam: fake "mod" asks for passport / parent driving licence
{"participants": [{"id": "c8", "role": "child"}, {"id": "u4", "role": "unknown"}],
 "messages": [
  {"sender": "u4", "text": "Hi this is PetPals Island Moderation. Your account has been flagged as underage and will be deleted in 24 hours."},
  {"sender": "c8", "text": "no pls i have all my pets on it"},
  {"sender": "u4", "text": "To verify, send a clear photo of your passport, or your mum or dad's driving licence front and back, and their card for a £0 age check."},
  {"sender": "c8", "text": "[photo] thats my mums licence. i dont know where the passport is"},
  {"sender": "u4", "text": "Thank you. Also need your date of birth and the email your account is on."}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False},

# 22 identity_theft, single SMS: asking for a login code sent to the child's phone
{"messages": [
  {"sender": "07700 900517", "text": "hey its jake from ur class, i put ur number in by mistake for my Blocktopia login, a 6 digit code just came to ur phone can u send it to me quick pls"}
 ],
 "labels": ["identity_theft"], "evasion": False},

# 23 clean: sister asks family password for the shared console
{"participants": [{"id": "Maisie", "role": "child"}, {"id": "Tom (big bro)", "role": "child"}, {"id": "Mum", "role": "adult"}],
 "messages": [
  {"sender": "Maisie", "text": "whats the password for the console account, the family one"},
  {"sender": "Tom (big bro)", "text": "ask mum lol"},
  {"sender": "Mum", "text": "It's on the note inside the cupboard. Just 30 mins Maisie, then homework."},
  {"sender": "Maisie", "text": "thank u mum 💕"}
 ],
 "labels": [], "evasion": False},

# 24 identity_theft + scam, single SMS: fake support wants password
{"messages": [
  {"sender": "PetPals-Support", "text": "PetPals Island: Unusual activity on your account. Reply with your username and password within 12 hours or your account and pets will be permanently deleted."}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False},

# 25 clean: two 10-year-olds who know each other from a game, sensible about details
{"messages": [
  {"sender": "otterpop", "text": "did u hatch the egg yet"},
  {"sender": "marshmallow_max", "text": "yes!!! it was a panda 🐼"},
  {"sender": "otterpop", "text": "omg lucky. whats ur number we can text"},
  {"sender": "marshmallow_max", "text": "my mum says i cant give my number to people from games sorry"},
  {"sender": "otterpop", "text": "oh ye mine says that too lol. we can just talk on here"},
  {"sender": "marshmallow_max", "text": "ok 😊 wanna do the obby"}
 ],
 "labels": [], "evasion": False},

# 26 harmful_challenge: challenge to pass out on video (kept vague)
{"messages": [
  {"sender": "Riley", "text": "yo have u seen the sleepy challenge on clipstream"},
  {"sender": "Kian", "text": "no whats that"},
  {"sender": "Riley", "text": "u have to do it til u pass out and film ur mate waking u up. everyone in yr 6 is doing it"},
  {"sender": "Kian", "text": "isnt that dangerous"},
  {"sender": "Riley", "text": "nah ur just scared. we're doing it at mine sat, ur going first"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 27 clean: genuine delivery text, single
{"messages": [
  {"sender": "Brightbox Parcels", "text": "Brightbox: Your parcel from Toyden is out for delivery today between 13:00 and 15:00. No action needed. Track it in the Brightbox app."}
 ],
 "labels": [], "evasion": False},

# 28 harmful_challenge: road dare in kids' group chat
{"participants": [{"id": "c9", "role": "child"}, {"id": "c10", "role": "child"}, {"id": "c11", "role": "child"}],
 "messages": [
  {"sender": "c10", "text": "new dare on the chat 🚗"},
  {"sender": "c10", "text": "u have to run across the bypass when the cars are really close. whoever goes closest wins"},
  {"sender": "c11", "text": "harry's doing it tmrw after school i'm filming"},
  {"sender": "c9", "text": "idk thats mad"},
  {"sender": "c10", "text": "if u dont do it ur out the group"},
  {"sender": "c9", "text": "fine ill do it"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 29 clean: genuine bank fraud alert, single
{"messages": [
  {"sender": "Pennyworth Bank", "text": "Pennyworth Bank: Did you try to pay GameVault £49.99 with card ending 4821? Reply YES or NO. We will never ask for your PIN or full card number by text."}
 ],
 "labels": [], "evasion": False},

# 30 harmful_challenge + self_harm + cyberbullying (threats): hoax "levels" account telling a child to hurt themself
{"participants": [{"id": "c12", "role": "child"}, {"id": "u5", "role": "unknown"}],
 "messages": [
  {"sender": "u5", "text": "You have been chosen. Level 4 of 7."},
  {"sender": "c12", "text": "i dont want to play anymore"},
  {"sender": "u5", "text": "Nobody leaves. Level 4: hurt yourself and send proof by midnight."},
  {"sender": "u5", "text": "If you tell your parents I will know. Your family will pay for it."},
  {"sender": "c12", "text": "please leave me alone im 10"},
  {"sender": "u5", "text": "Midnight. [photo]"}
 ],
 "labels": ["harmful_challenge", "self_harm", "cyberbullying"], "evasion": False},

# 31 clean: police and robbers role-play in a game
{"messages": [
  {"sender": "Officer_Ava", "text": "STOP ur under arrest!! 🚓 hand over the loot"},
  {"sender": "Robber_Sonny", "text": "never!!! im hiding the diamonds in the bank vault 💎"},
  {"sender": "Officer_Ava", "text": "*puts handcuffs on* ur going to jail for 100 years"},
  {"sender": "Robber_Sonny", "text": "*escapes through the secret tunnel* bye loser"},
  {"sender": "Officer_Ava", "text": "lol no fair. ok my turn to be robber"}
 ],
 "labels": [], "evasion": False},

# 32 clean: classmates commenting on a friend's video
{"messages": [
  {"sender": "amira.6b", "text": "omg ur so good at the routine!!! 💃"},
  {"sender": "jas_x", "text": "amira its me jas from 6B 😂 the bit at the end was hard"},
  {"sender": "amira.6b", "text": "i practised for a week. miss hughes said we can do it at the talent show"},
  {"sender": "ruby.rose", "text": "can i join ur group for the talent show pls"},
  {"sender": "amira.6b", "text": "yesss come to practice at lunch"}
 ],
 "labels": [], "evasion": False},

# 33 clean: in-game birthday gift between friends
{"messages": [
  {"sender": "Lottie", "text": "HAPPY BIRTHDAY POPPY 🎂🎉 sent u a gift!!"},
  {"sender": "Poppy", "text": "OMG the bunny ears pet!!! thank uuuu"},
  {"sender": "Lottie", "text": "i saved my coins for ages 😁 see u at ur party sat"},
  {"sender": "Poppy", "text": "best friend ever 💕💕"}
 ],
 "labels": [], "evasion": False},

# 34 clean: kids talking about a harmless viral challenge
{"messages": [
  {"sender": "Maya", "text": "r u doing the 30 day drawing challenge"},
  {"sender": "Ellis", "text": "ye day 4 is draw ur pet as a superhero"},
  {"sender": "Maya", "text": "[photo] my cat as captain whiskers 😂"},
  {"sender": "Ellis", "text": "LOL thats amazing. mine is a goldfish with a cape"},
  {"sender": "Maya", "text": "the no sugar challenge next? my dad said he'd do it with me"}
 ],
 "labels": [], "evasion": False},

# 35 clean: shared family phone, sibling borrowing mum's phone
{"messages": [
  {"sender": "Mum's phone", "text": "its mia using mums phone. can u pick me up from poppys at 5 dad"},
  {"sender": "Dad", "text": "Yes, I'll be outside at 5. Say thank you to Poppy's mum"},
  {"sender": "Mum's phone", "text": "ok. also can i stay for tea next week her mum said yes"},
  {"sender": "Dad", "text": "We'll talk about it tonight x"}
 ],
 "labels": [], "evasion": False},

# 36 clean: grandma asking grandchild for help with her password
{"participants": [{"id": "g1", "role": "adult"}, {"id": "k1", "role": "child"}],
 "messages": [
  {"sender": "g1", "text": "Hello sweetheart it's Granny. The tablet says I need my password for the photos app and I've forgotten it again"},
  {"sender": "k1", "text": "granny its in ur little green book by the phone 😂"},
  {"sender": "g1", "text": "Oh yes! Found it. Now how do I send you a photo of the cake?"},
  {"sender": "k1", "text": "press the square with the arrow then my name"},
  {"sender": "g1", "text": "[photo] Did it work??"},
  {"sender": "k1", "text": "YES well done granny 🎉 save me a slice"}
 ],
 "labels": [], "evasion": False},

# 37 clean: child sad about pet, not self-harm
{"participants": [{"id": "Alfie", "role": "child"}, {"id": "Reggie", "role": "child"}],
 "messages": [
  {"sender": "Alfie", "text": "my hamster died this morning 😭😭"},
  {"sender": "Reggie", "text": "noooo not nibbles"},
  {"sender": "Alfie", "text": "i cried all day and i cant stop. im so sad"},
  {"sender": "Reggie", "text": "im really sorry. do u want to play later to take ur mind off it"},
  {"sender": "Alfie", "text": "maybe. we're burying him in the garden after tea"}
 ],
 "labels": [], "evasion": False},

# 38 clean: friends share locations to find each other at the fair
{"messages": [
  {"sender": "Sienna", "text": "where r u guys"},
  {"sender": "Jade", "text": "by the waltzers. sharing my location [location]"},
  {"sender": "Sienna", "text": "found u on the map. coming now with my mum"},
  {"sender": "Amelie", "text": "get candyfloss on the way 🍭"}
 ],
 "labels": [], "evasion": False},
]
