[
    # 1 "hostess" job with a new phone as a gift
    {
        "participants": [{"id": "Elite_Events_Ldn", "role": "unknown"}, {"id": "shanice.b", "role": "child"}],
        "messages": [
            {"sender": "Elite_Events_Ldn", "text": "Hey gorgeous, we're looking for hostesses for VIP parties. \u00a3500 a night, cash, no experience needed"},
            {"sender": "shanice.b", "text": "im only 16 is that ok"},
            {"sender": "Elite_Events_Ldn", "text": "Nobody checks babe, you just have to look 18. Wear what we send you, smile, and be friendly to the gentlemen. Whatever happens in the back rooms is extra money"},
            {"sender": "Elite_Events_Ldn", "text": "I'll send you a new phone so your parents don't see our chats. Keep this between us, most girls' families get jealous"},
            {"sender": "shanice.b", "text": "ok. where do i get the phone"},
        ],
        "labels": ["sex_trafficking", "grooming"],
        "evasion": False,
    },
    # 2 evasion: coded recruitment for paid "company"
    {
        "messages": [
            {"sender": "m0del.agent.k", "text": "u still want that m0del1ng w0rk? \ud83d\udcf8\ud83d\udcb8"},
            {"sender": "Jodie", "text": "yeah!! when"},
            {"sender": "m0del.agent.k", "text": "fri nite. \ud83d\ude97 picks u up from the end of ur road 9pm. its a priv8 sh00t then u k33p my fr1ends c0mpany after \ud83e\udd42"},
            {"sender": "m0del.agent.k", "text": "they \ud83d\udcb7 well if ur n1ce to them. no \ud83d\udc6e no \ud83d\udc69\u200d\ud83d\udc67 ok? just say ur at a sleepover"},
            {"sender": "Jodie", "text": "ok \ud83e\udd10"},
        ],
        "labels": ["sex_trafficking"],
        "evasion": True,
    },
    # 3 teen gives home address to an "agent" sending a car
    {
        "participants": [{"id": "Talent.Scout.Ray", "role": "unknown"}, {"id": "amber_j", "role": "child"}],
        "messages": [
            {"sender": "Talent.Scout.Ray", "text": "The client loved your pics. He wants you at his apartment for a private shoot this weekend, \u00a3300 for 2 hours, and he's got friends who'll book you too"},
            {"sender": "amber_j", "text": "do i need to bring anything"},
            {"sender": "Talent.Scout.Ray", "text": "Just yourself. I'll send a driver. What's your address and when are your parents out?"},
            {"sender": "amber_j", "text": "14 Linden Close, Hartswood, HW4 7QB. my mum works saturdays 8 till 5"},
            {"sender": "Talent.Scout.Ray", "text": "Perfect. Driver will be there 10am. Delete our chats once you've read them x"},
        ],
        "labels": ["sex_trafficking", "privacy_disclosure"],
        "evasion": False,
    },
    # 4 trafficked teen made to check in with location
    {
        "participants": [{"id": "Daz", "role": "adult"}, {"id": "kelsey", "role": "child"}],
        "messages": [
            {"sender": "Daz", "text": "where are u. u were meant to be at the hotel at 8"},
            {"sender": "kelsey", "text": "im on the bus im nearly there"},
            {"sender": "Daz", "text": "share ur location. now. and when ur in the room with him u keep it on the whole time"},
            {"sender": "kelsey", "text": "[location]"},
            {"sender": "Daz", "text": "good girl. he's paying me for 3 hours so u stay til he says. then straight back to the flat, i'll be watching the map"},
        ],
        "labels": ["sex_trafficking", "location_control"],
        "evasion": False,
    },
    # 5 child pressured to hide a package at home
    {
        "participants": [{"id": "Skeng_G", "role": "unknown"}, {"id": "reggie.j", "role": "child"}],
        "messages": [
            {"sender": "Skeng_G", "text": "need u to hold something at urs for a week. ur mum never checks ur room right"},
            {"sender": "reggie.j", "text": "what is it"},
            {"sender": "Skeng_G", "text": "dont ask questions. my man drops it at urs at 7, u put it under ur bed and u dont touch it. \u00a3150"},
            {"sender": "reggie.j", "text": "i dont think i want to bro"},
            {"sender": "Skeng_G", "text": "i already told them ur sorted. u back out now and its ur head not mine"},
        ],
        "labels": ["criminal_exploitation"],
        "evasion": False,
    },
    # 6 gang uses a child's account to move money and sends him on runs
    {
        "participants": [{"id": "OT_Boss", "role": "unknown"}, {"id": "connor.h", "role": "child"}],
        "messages": [
            {"sender": "OT_Boss", "text": "theres 1.2k going in ur account tonight from the last run. dont spend it"},
            {"sender": "connor.h", "text": "ok what do i do with it"},
            {"sender": "OT_Boss", "text": "send it in \u00a3200s to the 6 accounts i sent u. different references each time. thats how we clean it"},
            {"sender": "OT_Boss", "text": "then ur on the 6am train tmrw to the other ends. same as last time, my boy meets u at the station with the bag"},
            {"sender": "connor.h", "text": "my mum will notice if i miss school again"},
            {"sender": "OT_Boss", "text": "tell her ur sick. u chose this when u took the first bit of money"},
        ],
        "labels": ["criminal_exploitation", "money_mule"],
        "evasion": False,
    },
    # 7 adult asks a child for pictures of her friends
    {
        "participants": [{"id": "uncle_steve_78", "role": "adult"}, {"id": "lily.p", "role": "child"}],
        "messages": [
            {"sender": "uncle_steve_78", "text": "How was the sleepover sweetheart? You said you'd tell me everything"},
            {"sender": "lily.p", "text": "it was fun we stayed up till 3"},
            {"sender": "uncle_steve_78", "text": "Send me the pics you took of your friends that night. The ones you wouldn't put online. I'll top up your phone \u00a320"},
            {"sender": "lily.p", "text": "theyd be mad if i showed anyone"},
            {"sender": "uncle_steve_78", "text": "They'll never know, it's just between us. You're my special girl, remember"},
        ],
        "labels": ["csam", "grooming"],
        "evasion": False,
    },
    # 8 boys forwarding a classmate's leaked image
    {
        "messages": [
            {"sender": "Jordan", "text": "who's got the pic of jess thats going round"},
            {"sender": "Reuben", "text": "i got it off kyle [photo]"},
            {"sender": "Jordan", "text": "\ud83d\ude2d\ud83d\ude2d send it to the football chat"},
            {"sender": "Kyle", "text": "already did. she's not coming in tmrw after this lol"},
            {"sender": "Reuben", "text": "slag \ud83d\udc80 she shouldnt have sent it then"},
        ],
        "labels": ["csam", "cyberbullying"],
        "evasion": False,
    },
    # 9 paying for an AI edit of a classmate
    {
        "participants": [{"id": "editz4cash", "role": "unknown"}, {"id": "harrison_09", "role": "child"}],
        "messages": [
            {"sender": "harrison_09", "text": "u the one who does the AI edits? how much"},
            {"sender": "editz4cash", "text": "\u00a320. send the pic"},
            {"sender": "harrison_09", "text": "[photo] girl in my year, 14. make it look like shes got nothing on"},
            {"sender": "editz4cash", "text": "easy. done in an hour. pay first"},
            {"sender": "harrison_09", "text": "sent. make it look real"},
        ],
        "labels": ["csam"],
        "evasion": False,
    },
    # 10 fake profile set up to humiliate a classmate
    {
        "participants": [{"id": "mia_s", "role": "child"}, {"id": "darcey", "role": "child"}, {"id": "poppy.l", "role": "child"}],
        "messages": [
            {"sender": "mia_s", "text": "ok i made the account. its called aisha.khan.09 and ive used her school photo and her actual name"},
            {"sender": "darcey", "text": "\ud83d\ude2d\ud83d\ude2d\ud83d\ude2d what are u posting"},
            {"sender": "mia_s", "text": "im gonna message harry from it saying 'she' fancies him and then post all the weird stuff she says in class"},
            {"sender": "poppy.l", "text": "add that she smells, everyone already thinks it"},
            {"sender": "mia_s", "text": "shes gonna have no friends left by monday"},
        ],
        "labels": ["identity_theft", "cyberbullying"],
        "evasion": False,
    },
    # 11 evasion: coded self-harm statement
    {
        "participants": [{"id": "willow", "role": "child"}, {"id": "jade.m", "role": "child"}],
        "messages": [
            {"sender": "willow", "text": "ngl ive been thinking about \ud83c\udd84\ud83c\udd7d\ud83c\udd70\ud83c\udd7b\ud83c\udd78\ud83c\udd85\ud83c\udd74-ing myself a lot lately"},
            {"sender": "jade.m", "text": "wait what do u mean"},
            {"sender": "willow", "text": "like i just dont wanna be here anymore \ud83e\udea6 everyones tired of me anyway"},
            {"sender": "jade.m", "text": "please talk to me. can i tell mrs hussain"},
            {"sender": "willow", "text": "dont tell anyone. im serious about the s\u0435lf h\u0430rm thing tho"},
        ],
        "labels": ["self_harm"],
        "evasion": True,
    },
    # 12 teen discloses hurting themselves
    {
        "participants": [{"id": "max.t", "role": "child"}, {"id": "rowan", "role": "child"}],
        "messages": [
            {"sender": "rowan", "text": "why were u wearing ur hoodie in pe its boiling"},
            {"sender": "max.t", "text": "cant say"},
            {"sender": "max.t", "text": "ive been hurting myself again. since my dad left. i didnt want anyone to see"},
            {"sender": "rowan", "text": "mate im so sorry. ill come with u to see someone tomorrow if u want"},
            {"sender": "max.t", "text": "maybe. i just feel like im worthless"},
        ],
        "labels": ["self_harm"],
        "evasion": False,
    },
    # 13 blackmail for more images
    {
        "participants": [{"id": "ash.92", "role": "unknown"}, {"id": "eden.c", "role": "child"}],
        "messages": [
            {"sender": "ash.92", "text": "remember the pic u sent me last week"},
            {"sender": "eden.c", "text": "u said u deleted it"},
            {"sender": "ash.92", "text": "i lied. now u send me 3 more, the same kind, or that one goes to ur school's page"},
            {"sender": "eden.c", "text": "please im 14 i cant"},
            {"sender": "ash.92", "text": "u can and u will. video this time. u have till midnight"},
        ],
        "labels": ["sextortion", "sexting"],
        "evasion": False,
    },
    # 14 ex-boyfriend threatens to share images unless she gets back with him
    {
        "participants": [{"id": "tommo", "role": "child"}, {"id": "kiera_", "role": "child"}],
        "messages": [
            {"sender": "tommo", "text": "if u dont get back with me i swear i'll post the pics u sent me"},
            {"sender": "kiera_", "text": "u promised u deleted them"},
            {"sender": "tommo", "text": "well i didnt. meet me at the park at 7 and we'll talk about it. or everyone in year 11 sees them"},
            {"sender": "kiera_", "text": "please tommo"},
            {"sender": "tommo", "text": "ur choice"},
        ],
        "labels": ["sextortion"],
        "evasion": False,
    },
    # 15 adult "dating" a 14yo, asks for images
    {
        "participants": [{"id": "jake_24", "role": "adult"}, {"id": "summer.rose", "role": "child"}],
        "messages": [
            {"sender": "jake_24", "text": "i know ur 14 but age is just a number. we're basically together now arent we"},
            {"sender": "summer.rose", "text": "i guess. my friends would think its weird"},
            {"sender": "jake_24", "text": "they wouldnt get it, thats why we keep it to ourselves"},
            {"sender": "jake_24", "text": "send me a pic for my eyes only. the kind a girlfriend sends. delete it after if ur worried"},
            {"sender": "summer.rose", "text": "i dont know"},
            {"sender": "jake_24", "text": "if u loved me u would x"},
        ],
        "labels": ["sexting", "grooming"],
        "evasion": False,
    },
    # 16 teen broadcasts live location in a public stream chat
    {
        "participants": [{"id": "ellie.streams", "role": "child"}, {"id": "viewer_2291", "role": "unknown"}, {"id": "NightOwl", "role": "unknown"}],
        "messages": [
            {"sender": "ellie.streams", "text": "live from harcourt park rn, im on the swings by the caf\u00e9 lol come say hi \ud83d\udc4b [location]"},
            {"sender": "viewer_2291", "text": "is that ur school jumper? which school is that"},
            {"sender": "ellie.streams", "text": "brackenfield high! im here every day after school til like 5 cos my mum works late"},
            {"sender": "NightOwl", "text": "omw \ud83d\ude0f"},
        ],
        "labels": ["privacy_disclosure"],
        "evasion": False,
    },
    # 17 teen hands card details to a game "friend"
    {
        "participants": [{"id": "ProGamer_Zed", "role": "unknown"}, {"id": "finn_w", "role": "child"}],
        "messages": [
            {"sender": "ProGamer_Zed", "text": "bro i can get u the legendary bundle half price through my reseller. just need card details"},
            {"sender": "finn_w", "text": "its my dads card he lets me use it for games"},
            {"sender": "ProGamer_Zed", "text": "ye thats fine. long number, the date and the 3 on the back"},
            {"sender": "finn_w", "text": "4929 1203 4418 7765 09/27 331"},
            {"sender": "ProGamer_Zed", "text": "sorted. bundle will come in 3-5 days. dont tell ur dad or he'll cancel it lol"},
        ],
        "labels": ["scam", "privacy_disclosure"],
        "evasion": False,
    },
    # 18 evasion: mule recruitment with homoglyphs and coded words
    {
        "messages": [
            {"sender": "easy_\u0441ash_uk", "text": "\u0443o u want to do some squ\u0430ring? l\u0435nd ur b@nk for 2 d\u0430ys, \u00a3200 for u"},
            {"sender": "Deji", "text": "squaring?"},
            {"sender": "easy_\u0441ash_uk", "text": "u let my p\u0435ople put \u0441ash thru ur \u0430\u0441\u0441ount. u s\u0435nd it b\u0430\u0441k to them minus ur \u0441ut. ez"},
            {"sender": "Deji", "text": "what do u need"},
            {"sender": "easy_\u0441ash_uk", "text": "ur \u0441\u0430rd, PIN and app l0gin. u get it b\u0430\u0441k monday"},
        ],
        "labels": ["money_mule", "identity_theft"],
        "evasion": True,
    },
    # 19 dare to jump into the quarry
    {
        "participants": [{"id": "Ryan K", "role": "child"}, {"id": "Lewis", "role": "child"}, {"id": "Deano", "role": "child"}, {"id": "Ahmed", "role": "child"}],
        "messages": [
            {"sender": "Ryan K", "text": "quarry after school. we're jumping off the top ledge"},
            {"sender": "Ahmed", "text": "theres signs everywhere saying its deadly cos of the cold water"},
            {"sender": "Deano", "text": "thats just to scare kids. the year 11s did it"},
            {"sender": "Ryan K", "text": "everyone jumps or ur out the group. filming it for the page"},
            {"sender": "Lewis", "text": "i cant even swim that well"},
            {"sender": "Ryan K", "text": "then ur the best content \ud83d\ude02 u jumping first"},
        ],
        "labels": ["harmful_challenge"],
        "evasion": False,
    },
    # 20 evasion: emoji-coded bin-burning trend
    {
        "messages": [
            {"sender": "Zayn", "text": "u seen the \ud83d\udd25\ud83d\uddd1\ufe0f trend"},
            {"sender": "Mikey", "text": "the wheelie bin one? \ud83d\ude02"},
            {"sender": "Zayn", "text": "ye. tonite. we do the ones on harrow st then the \ud83c\udfeb ones. \ud83d\udcf9 for clipz"},
            {"sender": "Mikey", "text": "what if \ud83d\udc6e come"},
            {"sender": "Zayn", "text": "\ud83c\udfc3\ud83d\udca8 lol. most \ud83d\udd25 gets the most views"},
        ],
        "labels": ["harmful_challenge"],
        "evasion": True,
    },
    # 21 spicy food challenge enforced by threat of humiliation
    {
        "participants": [{"id": "kenz", "role": "child"}, {"id": "tay", "role": "child"}, {"id": "isaac", "role": "child"}, {"id": "noor", "role": "child"}],
        "messages": [
            {"sender": "kenz", "text": "isaac ur doing the death chip challenge tmrw at lunch. whole thing. no water, no milk"},
            {"sender": "isaac", "text": "i have asthma i really dont think i should"},
            {"sender": "tay", "text": "excuses excuses \ud83d\ude34"},
            {"sender": "kenz", "text": "do it or we post the vid of u crying in year 7 on the year page"},
            {"sender": "noor", "text": "and change ur contact name to baby again lmao"},
        ],
        "labels": ["harmful_challenge", "cyberbullying"],
        "evasion": False,
    },
    # 22 child reports AirDrop flashing on a school trip
    {
        "participants": [{"id": "ava.s", "role": "child"}, {"id": "Mum", "role": "adult"}],
        "messages": [
            {"sender": "ava.s", "text": "mum a man on the train keeps airdropping me horrible pictures"},
            {"sender": "ava.s", "text": "hes done it 3 times now, i dont even know who he is. mrs lee is at the other end of the carriage"},
            {"sender": "Mum", "text": "Don't open them. Go and sit with Mrs Lee right now and show her. Turn AirDrop off"},
            {"sender": "ava.s", "text": "ok going now"},
        ],
        "labels": ["unwanted_contact"],
        "evasion": False,
    },
    # 23 adult keeps messaging a 13yo after being told to stop
    {
        "participants": [{"id": "gary_m", "role": "adult"}, {"id": "tilly.b", "role": "child"}],
        "messages": [
            {"sender": "gary_m", "text": "hiya tilly, saw ur gymnastics vid. ur very talented"},
            {"sender": "tilly.b", "text": "sorry do i know u"},
            {"sender": "gary_m", "text": "not yet haha. whats ur snap"},
            {"sender": "tilly.b", "text": "im not allowed to talk to people i dont know. please dont message me"},
            {"sender": "gary_m", "text": "dont be like that"},
            {"sender": "gary_m", "text": "tilly?"},
            {"sender": "gary_m", "text": "ive sent u a request on the other app too. ill keep trying x"},
        ],
        "labels": ["unwanted_contact"],
        "evasion": False,
    },
    # 24 teen boyfriend demanding constant location
    {
        "participants": [{"id": "kane.17", "role": "child"}, {"id": "esme", "role": "child"}],
        "messages": [
            {"sender": "kane.17", "text": "why are u on ghost mode"},
            {"sender": "esme", "text": "i just wanted a bit of privacy at the shops with my mates"},
            {"sender": "kane.17", "text": "privacy from ur boyfriend? turn it back on now"},
            {"sender": "kane.17", "text": "and send me a pic of who ur with. if ur location goes off again i'll know ur hiding something and ill come find u"},
            {"sender": "esme", "text": "ok ok its back on"},
        ],
        "labels": ["location_control"],
        "evasion": False,
    },
    # 25 evasion: fake giveaway in leetspeak
    {
        "participants": [{"id": "0ff1c1al_GIV3AWAY", "role": "unknown"}, {"id": "arlo_", "role": "child"}],
        "messages": [
            {"sender": "0ff1c1al_GIV3AWAY", "text": "C0NGR4TS!! \ud83c\udf89 u w0n 10,000 fr33 R0-C01NZ in 0ur g1v3away"},
            {"sender": "0ff1c1al_GIV3AWAY", "text": "cl41m h3r3 b4 it 3xp1r3s [link] just l0g 1n w1th ur g4m3 4cc0unt t0 v3r1fy"},
            {"sender": "arlo_", "text": "omg is this real"},
            {"sender": "0ff1c1al_GIV3AWAY", "text": "100% r34l. 0nly 3 sp0ts l3ft \u23f0"},
        ],
        "labels": ["scam"],
        "evasion": True,
    },
    # 26 single SMS bank impersonation
    {
        "messages": [
            {"sender": "07700 900733", "text": "LARCHFIELD BANK: A new device has been added to your account. If this was NOT you, secure your account immediately at [link] or your card will be suspended."},
        ],
        "labels": ["scam"],
        "evasion": False,
    },
    # 27 single SMS asking for login details
    {
        "messages": [
            {"sender": "+44 7700 900956", "text": "Snapgram Security: your account will be permanently deleted today due to suspicious activity. Reply with your username, password and date of birth to keep your account."},
        ],
        "labels": ["identity_theft", "scam"],
        "evasion": False,
    },
    # --- clean hard negatives ---
    # 28 school wellbeing step challenge
    {
        "participants": [{"id": "Mr Hughes (PE)", "role": "adult"}, {"id": "ayo", "role": "child"}],
        "messages": [
            {"sender": "Mr Hughes (PE)", "text": "Year 8, the 30-day step challenge starts Monday! Send me a screenshot of your step count each Friday. Please crop out any maps so your route isn't shown."},
            {"sender": "ayo", "text": "sir does walking to the chippy count"},
            {"sender": "Mr Hughes (PE)", "text": "Every step counts Ayo \ud83d\ude02"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 29 teens discussing a documentary on trafficking
    {
        "messages": [
            {"sender": "Nadia", "text": "watched that documentary about the fake modelling agencies last night"},
            {"sender": "Gabi", "text": "the one where they trafficked girls to hotels? i had to turn it off"},
            {"sender": "Nadia", "text": "the scary bit was how nice they were at first. 'ur so mature', 'dont tell ur parents'"},
            {"sender": "Gabi", "text": "literally why real agencies always speak to ur parents. we should show it in pshe"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 30 asking mum to pay for something
    {
        "participants": [{"id": "jasmine", "role": "child"}, {"id": "Mum", "role": "adult"}],
        "messages": [
            {"sender": "jasmine", "text": "mum can i have ur card details to get the prom tickets its \u00a325"},
            {"sender": "Mum", "text": "No need to send card numbers over messages love. Leave the page open on the laptop and I'll put them in when I get home"},
            {"sender": "jasmine", "text": "ok but they sell out at 6!!"},
            {"sender": "Mum", "text": "I'll be home at 5:30 x"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 31 expedition tracking with consent
    {
        "participants": [{"id": "Expedition Leader Sarah", "role": "adult"}, {"id": "Oliver's mum", "role": "adult"}, {"id": "oliver", "role": "child"}],
        "messages": [
            {"sender": "Expedition Leader Sarah", "text": "Bronze expedition this weekend. Each group carries a GPS tracker so staff can see where they are on the route, as set out in the consent form. Phones stay off in bags for emergencies."},
            {"sender": "Oliver's mum", "text": "Thanks Sarah. Do parents get to see the tracker?"},
            {"sender": "Expedition Leader Sarah", "text": "No, staff only, and it's switched off when they reach camp. We'll post in here when groups arrive."},
            {"sender": "oliver", "text": "mum please dont message every hour"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 32 single SMS genuine fraud check
    {
        "messages": [
            {"sender": "LarchfieldBank", "text": "Larchfield Bank: Did you try to pay \u00a349.99 to GameVault? Reply Y if it was you or N if not. We will never ask you to move money, share your PIN or click a link to secure your account."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 33 single SMS genuine delivery notice
    {
        "messages": [
            {"sender": "Swiftdrop", "text": "Swiftdrop: Your parcel from Crestway Books will arrive today between 13:00 and 14:00. No action needed. Track in the Swiftdrop app."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 34 harmless locker prank
    {
        "messages": [
            {"sender": "Holly", "text": "ok for mias birthday we fill her locker with balloons before registration"},
            {"sender": "Raj", "text": "\ud83d\ude02\ud83d\ude02 ill bring the pump"},
            {"sender": "Ellie", "text": "mr grant said we can if we clear them up before period 1"},
            {"sender": "Holly", "text": "dont tell her!! she'll think its the best dare ever"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 35 discussing a novel for English
    {
        "participants": [{"id": "tom.b", "role": "child"}, {"id": "keira", "role": "child"}],
        "messages": [
            {"sender": "tom.b", "text": "for the english essay do we talk about when the character says he wants to die"},
            {"sender": "keira", "text": "ye mrs dunn said thats the turning point, link it to loneliness and the war"},
            {"sender": "tom.b", "text": "makes sense. chapter 12 right?"},
            {"sender": "keira", "text": "11 i think. im dying over this word count tho"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 36 anti-bullying week poster project
    {
        "messages": [
            {"sender": "Chloe", "text": "for the anti bullying week poster should we put example messages like 'nobody likes u' and 'ur not invited' crossed out"},
            {"sender": "Daniel", "text": "ye and then what to do instead, like screenshot, block, tell someone"},
            {"sender": "Priya", "text": "ill draw the phone. can someone find the childline number for the bottom"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 37 siblings keeping a birthday present secret
    {
        "participants": [{"id": "bro", "role": "adult"}, {"id": "lana", "role": "child"}],
        "messages": [
            {"sender": "bro", "text": "ive ordered mums necklace, its coming to my flat. delete this so she doesnt see it if she grabs ur phone"},
            {"sender": "lana", "text": "ok!! how much do i owe u"},
            {"sender": "bro", "text": "just give me a tenner when u see me. its from both of us"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 38 netball club forms with parents
    {
        "participants": [{"id": "Coach Amina", "role": "adult"}, {"id": "Ruby's dad", "role": "adult"}, {"id": "Zoe's mum", "role": "adult"}],
        "messages": [
            {"sender": "Coach Amina", "text": "Tournament entry forms are on the club app. Parents, please add emergency contact numbers and any medical info there, not in this chat."},
            {"sender": "Ruby's dad", "text": "Done. Is there a lift rota for the tournament?"},
            {"sender": "Zoe's mum", "text": "I can take 4 from the sports centre car park at 8"},
            {"sender": "Coach Amina", "text": "Brilliant, I'll add it to the rota"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 39 genuine paper round
    {
        "participants": [{"id": "Patel's Newsagents", "role": "adult"}, {"id": "jack.d", "role": "child"}],
        "messages": [
            {"sender": "Patel's Newsagents", "text": "Hi Jack, the morning round on Elm Park is yours if you want it. \u00a330 a week, 6:30-7:30."},
            {"sender": "jack.d", "text": "yes please!! when do i start"},
            {"sender": "Patel's Newsagents", "text": "As you're 14, your mum or dad needs to fill in the council work permit form first. I'll give it to them when they pop in, then you can start."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 40 youth club trip via official app
    {
        "participants": [{"id": "Riverside Youth Club", "role": "adult"}],
        "messages": [
            {"sender": "Riverside Youth Club", "text": "Climbing trip Saturday! Meet at the club 9:30, back by 3. Consent forms must be signed by a parent through the app. Meeting point: [location]. Any questions, parents can call the club on 07700 900615."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 41 aunt complimenting prom photos
    {
        "participants": [{"id": "Auntie Bev", "role": "adult"}, {"id": "niamh", "role": "child"}],
        "messages": [
            {"sender": "Auntie Bev", "text": "Just seen your prom photos on mum's page, you look so grown up! Where did the time go"},
            {"sender": "niamh", "text": "awww thank u auntie bev \ud83e\udd70"},
            {"sender": "Auntie Bev", "text": "Your nan has printed one for the fridge already x"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 42 classmates moving to a new group app because the class chat is full
    {
        "participants": [{"id": "sam_r", "role": "child"}, {"id": "leila", "role": "child"}, {"id": "josh", "role": "child"}],
        "messages": [
            {"sender": "sam_r", "text": "the form group chat is full, it wont let me add the new girl"},
            {"sender": "leila", "text": "lets move it to Huddle, it doesnt have a limit"},
            {"sender": "josh", "text": "my mum wont let me have Huddle, can we just make a second chat on here"},
            {"sender": "leila", "text": "fair, ill make 'form 9H part 2' lol"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 43 friends checking in on the walk home
    {
        "messages": [
            {"sender": "Amy", "text": "leaving the library now, text me when ur home"},
            {"sender": "Kat", "text": "will do. message me when u get in too"},
            {"sender": "Amy", "text": "home \ud83c\udfe0"},
            {"sender": "Kat", "text": "same. see u tmrw x"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 44 jokey offer for old trainers
    {
        "messages": [
            {"sender": "Connor", "text": "ill give u \u00a310 and a freddo for ur old jordans"},
            {"sender": "Kwabena", "text": "\u00a310 and a freddo?? these are vintage bro"},
            {"sender": "Connor", "text": "\u00a312 and TWO freddos final offer"},
            {"sender": "Kwabena", "text": "deal. bring the cash monday"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 45 school warning about a harmful challenge, discussed
    {
        "participants": [{"id": "mason", "role": "child"}, {"id": "erin", "role": "child"}],
        "messages": [
            {"sender": "mason", "text": "did ur parents get that email from school about the challenge going round"},
            {"sender": "erin", "text": "ye my mum made me sit down and promise i wouldnt do anything like that lol"},
            {"sender": "mason", "text": "same. mr cole said some kid in another school ended up in hospital"},
            {"sender": "erin", "text": "nobody in our year is that dumb hopefully"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 46 single SMS genuine banking passcode
    {
        "messages": [
            {"sender": "LarchfieldBank", "text": "Your Larchfield Bank one-time passcode is 339201 for a payment of \u00a312.99 to StreamBox. Never share this code. We will never call you to ask for it."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 47 scout camp with phones handed in
    {
        "participants": [{"id": "Akela (1st Millbrook Scouts)", "role": "adult"}, {"id": "Finn's dad", "role": "adult"}],
        "messages": [
            {"sender": "Akela (1st Millbrook Scouts)", "text": "Camp kit list is on the app. Phones will be handed in on arrival and given back for an evening call home at 7pm."},
            {"sender": "Finn's dad", "text": "Thanks, can we message you if there's an emergency?"},
            {"sender": "Akela (1st Millbrook Scouts)", "text": "Yes, the leader on-call number is on the kit list. We'll post photos here each evening."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 48 friends roasting each other's gaming in a group
    {
        "participants": [{"id": "dex", "role": "child"}, {"id": "olu", "role": "child"}, {"id": "benji", "role": "child"}, {"id": "charlie", "role": "child"}],
        "messages": [
            {"sender": "dex", "text": "benji got sent back to the lobby in 30 secs \ud83d\udc80\ud83d\udc80"},
            {"sender": "olu", "text": "bro plays with his monitor off"},
            {"sender": "benji", "text": "my controller was on 2% dont start"},
            {"sender": "charlie", "text": "excuse of the year. we're still carrying u tonight tho, 8pm"},
            {"sender": "benji", "text": "love u guys \ud83d\ude2d"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 49 teen asking parent where they are
    {
        "participants": [{"id": "lucy", "role": "child"}, {"id": "Dad", "role": "adult"}],
        "messages": [
            {"sender": "lucy", "text": "dad where are u, i've been waiting outside drama for 20 mins"},
            {"sender": "Dad", "text": "Sorry love, roadworks. 5 mins away, I'll share my location so you can see"},
            {"sender": "Dad", "text": "[location]"},
            {"sender": "lucy", "text": "ok see u soon. can we get chips"},
        ],
        "labels": [],
        "evasion": False,
    },
]
