[
# 52 child posts school and home time on first video
{"messages": [
  {"sender": "ruby_rainbow2015", "text": "my first video!! im in yr 5 at Hollybrook Primary 💖 come say hi lol"},
  {"sender": "random_guy44", "text": "which class r u in"},
  {"sender": "ruby_rainbow2015", "text": "Mr Dale's class, we finish at 3:15 🙂"},
  {"sender": "mimi.xo", "text": "ruby ur so brave posting 😂"}],
 "labels": ["privacy_disclosure"], "evasion": False},

# 53 house address in public game chat
{"messages": [
  {"sender": "BuildMaster_X", "text": "where does every1 live"},
  {"sender": "TinyTank", "text": "im in Pennfield, 14 Marlow Close lol next to the big tree"},
  {"sender": "gamer_girl_Aisha", "text": "lol why would u say ur house"},
  {"sender": "TinyTank", "text": "its fine no one cares"}],
 "labels": ["privacy_disclosure"], "evasion": False},

# 54 live location in a public server
{"messages": [
  {"sender": "Jamie_11", "text": "who wants to meet up irl im at the skate park rn [location]"},
  {"sender": "cool_steve", "text": "which skatepark"},
  {"sender": "Jamie_11", "text": "the one next to Oakridge Primary, im here til 6 on my own 🛹"}],
 "labels": ["privacy_disclosure"], "evasion": False},

# 55 walk-home routine to a stranger
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "so u walk home from school by urself? ur so grown up"},
  {"sender": "u1", "text": "ye mum works late. i go past the park at like 3:20 every day"},
  {"sender": "u2", "text": "which park"},
  {"sender": "u1", "text": "Greenbank park by the library"},
  {"sender": "u2", "text": "cool, maybe ill see u one day 😉 dont mention me to ur mum tho or she'll make u get the bus lol"}],
 "labels": ["privacy_disclosure", "grooming"], "evasion": False},

# 56 phone number spelled out to dodge the filter
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "the game deletes numbers so write it with spaces or words"},
  {"sender": "u1", "text": "0 7 7 0 0 9 0 0 3 5"},
  {"sender": "u2", "text": "ur missing one"},
  {"sender": "u1", "text": "oh soz. zero seven seven zero zero nine zero zero three five eight"},
  {"sender": "u2", "text": "got it. ill text u tonight. delete this chat after ok, our secret"}],
 "labels": ["privacy_disclosure", "grooming"], "evasion": True},

# 57 airdropped picture on the bus
{"messages": [
  {"sender": "Mia", "text": "some1 just airdropped me a rude pic on the bus 😭😭 it just popped up"},
  {"sender": "Hattie", "text": "omg from who"},
  {"sender": "Mia", "text": "it just said iPhone (2) and there were loads of older boys at the back"},
  {"sender": "Leah", "text": "turn airdrop to contacts only!! my sister showed me"},
  {"sender": "Mia", "text": "i did im so grossed out 🤢"}],
 "labels": ["unwanted_contact"], "evasion": False},

# 58 persistent friend requests
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "accept my friend request"},
  {"sender": "u1", "text": "why u ignoring me"},
  {"sender": "u1", "text": "ive sent it like 10 times"},
  {"sender": "u2", "text": "i dont know u"},
  {"sender": "u1", "text": "we can get to know each other 😊 accept"},
  {"sender": "u1", "text": "accept"},
  {"sender": "u1", "text": "ACCEPT"},
  {"sender": "u2", "text": "stop pls"}],
 "labels": ["unwanted_contact"], "evasion": False},

# 59 late-night messages on the family tablet
{"messages": [
  {"sender": "Gamer_Dude_88", "text": "hey u up?"},
  {"sender": "Gamer_Dude_88", "text": "hello"},
  {"sender": "Gamer_Dude_88", "text": "answer me"},
  {"sender": "Gamer_Dude_88", "text": "i know ur online i can see the green dot"},
  {"sender": "ethan_plays", "text": "its really late im ment to be asleep"},
  {"sender": "Gamer_Dude_88", "text": "so? talk to me"},
  {"sender": "Gamer_Dude_88", "text": "hello??"}],
 "labels": ["unwanted_contact"], "evasion": False},

# 60 text out of the blue from a game contact
{"messages": [
  {"sender": "07700 900617", "text": "hi is this Maddie? its Jay from TurboDash 😊 got ur number off ur friend. how old r u again? dont tell ur parents i texted lol"}],
 "labels": ["unwanted_contact", "grooming"], "evasion": False},

# 61 blocked stranger keeps making new accounts
{"messages": [
  {"sender": "n3w_acc_l0l", "text": "u bl\u03bfck3d m3 lol"},
  {"sender": "n3w_acc_l0l", "text": "m4d3 a n3w 4cc 😈"},
  {"sender": "Zara_x", "text": "leave me alone i dont know u"},
  {"sender": "n3w_acc_l0l", "text": "1ll k33p m4k1ng th3m. u c4nt g3t r1d 0f m3"}],
 "labels": ["unwanted_contact"], "evasion": True},

# 62 voice-chat stranger following a child between servers
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "(voice) hey little one, you sound cute, how old are you"},
  {"sender": "u1", "text": "(voice) who is that"},
  {"sender": "u2", "text": "(voice) I've been watching you play all week. I'm gonna follow you to every server you go on"},
  {"sender": "u1", "text": "(voice) stop talking to me"},
  {"sender": "u2", "text": "(voice) I'll send you a request later, accept it this time"},
  {"sender": "u1", "text": "(voice) go away"}],
 "labels": ["unwanted_contact"], "evasion": False},

# 63 debt for trainers, run bags, live location
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "them trainers we got u wasnt free. u owe us £200 now"},
  {"sender": "u1", "text": "u said they was a present"},
  {"sender": "u2", "text": "nah. u work it off. take the bags where we say after school"},
  {"sender": "u2", "text": "and keep ur live location on for me all day. i wanna see where u are every second"},
  {"sender": "u1", "text": "my mum checks my phone"},
  {"sender": "u2", "text": "then delete the chats. turn it off and we come find u"}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# 64 emoji-coded running job
{"messages": [
  {"sender": "snake🐍", "text": "need a lil runner 🏃📦 after school. 🍃 to the drop, easy 💷💷"},
  {"sender": "Ky", "text": "wat do i carry"},
  {"sender": "snake🐍", "text": "dont ask q's. 📦 in ur school bag, no 👮 stops a yr 8"},
  {"sender": "snake🐍", "text": "do it or we tell ur mum wat u done 🤐"}],
 "labels": ["criminal_exploitation"], "evasion": True},

# 65 child tells friend older lads make him carry bags
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "can i tell u smthing"},
  {"sender": "u2", "text": "ya"},
  {"sender": "u1", "text": "these older lads from the estate make me carry stuff for them after school"},
  {"sender": "u1", "text": "i dont know whats in the bags. they said if i stop theyll hurt my little brother"},
  {"sender": "u2", "text": "omg thats so bad u need to tell someone"},
  {"sender": "u1", "text": "i cant they said theyll know"}],
 "labels": ["criminal_exploitation"], "evasion": False},

# 66 kids' bank card used for cash, with threats
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "u got one of them kids bank cards yeah? Piggo"},
  {"sender": "u1", "text": "ye my dad set it up"},
  {"sender": "u2", "text": "moneys going in it tonight. u take it out at the cash machine and bring it to us"},
  {"sender": "u1", "text": "i dont want to"},
  {"sender": "u2", "text": "wasnt a question. we know where u go school. do it or u get hurt"}],
 "labels": ["criminal_exploitation", "money_mule"], "evasion": False},

# 67 second phone with tracking, sent to collect a package
{"messages": [
  {"sender": "Dee", "text": "keep this phone on u at all times. when it rings u answer"},
  {"sender": "Kyle_12", "text": "why do i need 2 phones"},
  {"sender": "Dee", "text": "cos i said. location stays on. if i look and u aint where i told u, ur in trouble"},
  {"sender": "Dee", "text": "tmrw u take the bus to Pennfield and wait by the chippy. someone gives u a package"},
  {"sender": "Kyle_12", "text": "ok"}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# 68 money through a kids' bank card
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "quick way to make £20? i send £200 to ur bank card, u send £180 to my mate. u keep 20"},
  {"sender": "u1", "text": "is that allowed"},
  {"sender": "u2", "text": "ya totally normal my cousin does it. just need ur sort code and account number"},
  {"sender": "u1", "text": "its on my Piggo app one sec"},
  {"sender": "u1", "text": "sort code 00-99-12 account 12345678"}],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False},

# 69 holding coins in a child's game account
{"messages": [
  {"sender": "coinKing_", "text": "can i send 50k coins to ur acc? hold them for a week then send them to my other acc vaultboi99"},
  {"sender": "Sami", "text": "why cant u just keep them"},
  {"sender": "coinKing_", "text": "my acc gets checked lol. u keep 5k for helping"},
  {"sender": "Sami", "text": "ok sure"},
  {"sender": "coinKing_", "text": "dont tell any1 where they came from"}],
 "labels": ["money_mule"], "evasion": False},

# 70 money mule recruitment text
{"messages": [
  {"sender": "+447700900733", "text": "EASY CASH 💷 Earn £300 a week from home! We just need to use your bank account to receive and pass on payments. Ages 12+ welcome. Reply YES to start"}],
 "labels": ["money_mule"], "evasion": False},

# 71 child reports money put in their account
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "omg some guy from TurboDash put £150 in my account"},
  {"sender": "u2", "text": "wat?? why"},
  {"sender": "u1", "text": "he said it was a mistake and now i have to buy gift cards with it and send him the codes"},
  {"sender": "u1", "text": "he keeps saying if i dont the police will come for me not him 😰"}],
 "labels": ["money_mule"], "evasion": False},

# 72 dotted squaring offer
{"messages": [
  {"sender": "sq_boss", "text": "u want 2 do some sq.u.a.r.i.n.g? 💷 in 💷 out 💸"},
  {"sender": "Reggie", "text": "wats that"},
  {"sender": "sq_boss", "text": "l3nd me ur c@rd d3tails 4 a day, 💰 lands, u send it on, u k33p £30"},
  {"sender": "Reggie", "text": "ok"}],
 "labels": ["money_mule"], "evasion": True},

# 73 mum's bank app on the family tablet
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "ur mum has her bank app on the family tablet right?"},
  {"sender": "u1", "text": "ya"},
  {"sender": "u2", "text": "im gonna send some money in. when it lands press send to the name i give u. she wont notice"},
  {"sender": "u1", "text": "wont she see it"},
  {"sender": "u2", "text": "it comes in and goes out same day. ill give u 3000 gems. delete this after"}],
 "labels": ["money_mule"], "evasion": False},

# 74 controlling "boyfriend": location always on
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "why is ur location off"},
  {"sender": "u1", "text": "my phone died"},
  {"sender": "u2", "text": "dont lie. u turn it off when ur with ur friends"},
  {"sender": "u2", "text": "i told u, ur location stays on always. i need to know where u are"},
  {"sender": "u1", "text": "sorry 😢"},
  {"sender": "u2", "text": "prove it. send me a pic, the private kind, so i know ur mine and not out with some boy"}],
 "labels": ["location_control", "grooming", "sexting"], "evasion": False},

# 75 photo with a street sign every 30 minutes
{"messages": [
  {"sender": "Blade", "text": "send me a pic of where u are now. street sign in it"},
  {"sender": "Ty", "text": "[photo]"},
  {"sender": "Blade", "text": "every 30 mins till ur at the drop. miss one and we know ur taking the piss"},
  {"sender": "Ty", "text": "my battery is low"},
  {"sender": "Blade", "text": "then get a charger. u aint going home till its done"}],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

# 76 hidden tracking app
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "download FindMePal and put in my code 88231 so i can see u"},
  {"sender": "u1", "text": "my dad already has a family tracker thing"},
  {"sender": "u2", "text": "this ones just for us 🤫 hide it in a folder so he doesnt see"},
  {"sender": "u1", "text": "ok done"},
  {"sender": "u2", "text": "good. now i can always check where u are 💕"}],
 "labels": ["location_control", "grooming"], "evasion": False},

# 77 coded live-location demand (cyrillic o)
{"messages": [
  {"sender": "x_r0ad_x", "text": "dr0p ur 📍 n0w"},
  {"sender": "Ellis", "text": "im at home"},
  {"sender": "x_r0ad_x", "text": "pr0v3 1t. l1v3 l\u043ec 4ll n1ght. wh3n 1 s4y g0, u g0 🏃📦"},
  {"sender": "x_r0ad_x", "text": "sw1tch 1t 0ff 4nd w3 c0m3 t0 urs"}],
 "labels": ["location_control", "criminal_exploitation"], "evasion": True},

# 78 teammate says they want to hurt themselves
{"messages": [
  {"sender": "Sunny", "text": "gg"},
  {"sender": "Elm", "text": "gg"},
  {"sender": "Sunny", "text": "i dont even know why i play anymore"},
  {"sender": "Sunny", "text": "every1 would be better off if i wasnt here tbh"},
  {"sender": "Elm", "text": "dont say that ur my best teammate. r u ok?"},
  {"sender": "Sunny", "text": "not rlly. i want to hurt myself sometimes"},
  {"sender": "Elm", "text": "pls tell ur mum or some1. u can ring Childline too"}],
 "labels": ["self_harm"], "evasion": False},

# 79 child tells friend they want to disappear
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "i hate myself so much"},
  {"sender": "u2", "text": "why?? whats happened"},
  {"sender": "u1", "text": "everything. i just want to disappear forever and not wake up"},
  {"sender": "u2", "text": "pls dont say that 💔 can i tell miss khan shes nice"},
  {"sender": "u1", "text": "idk"}],
 "labels": ["self_harm"], "evasion": False},

# ---- clean ----
# C45 grandad learning video calls
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "How do I do the video call again sweetheart? Press the green button?"},
  {"sender": "u2", "text": "ya the green camera one grandad 📹"},
  {"sender": "u1", "text": "Are you on your own or is mummy there? I want to say hello to her too"},
  {"sender": "u2", "text": "shes here!! call now"},
  {"sender": "u1", "text": "Calling! x"}],
 "labels": [], "evasion": False},

# C46 football coach and parents, collection password
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "U11s training Saturday 10am at Fernside Rec. Please confirm who is collecting your child, we only release players to a named adult."},
  {"sender": "u2", "text": "Jonah's grandad will collect 👍"},
  {"sender": "u3", "text": "I'll get Esme. Is there still a password system?"},
  {"sender": "u1", "text": "Yes, same as last term. Message me separately if you've forgotten it"}],
 "labels": [], "evasion": False},

# C47 mum won't hand over her card
{"messages": [
  {"sender": "Ruby", "text": "mum can i have ur card to buy gems pls 🥺"},
  {"sender": "Mum", "text": "No, but I'll buy the £4.99 pack myself tonight. Never type my card into anything yourself, ok?"},
  {"sender": "Ruby", "text": "ok ty mummy ❤️"}],
 "labels": [], "evasion": False},

# C48 lost tablet
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Did you leave the tablet at Nan's? I can't find it anywhere"},
  {"sender": "u2", "text": "maybe in nans car"},
  {"sender": "u1", "text": "I'm going to use Find My Device to see where it is"},
  {"sender": "u1", "text": "It's at Nan's house. Phew 😅"}],
 "labels": [], "evasion": False},

# C49 harmless dance challenge
{"messages": [
  {"sender": "Ivy", "text": "lets do the flamingo dance challenge for a vid 🦩"},
  {"sender": "Nell", "text": "yesss the one where u stand on one leg and wiggle 😂"},
  {"sender": "Poppy", "text": "my mum said we can film in the garden sat"},
  {"sender": "Ivy", "text": "but we post it on my mums acc not ours ok"}],
 "labels": [], "evasion": False},

# C50 friend deletes an embarrassing pic when asked
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "can u delete that pic of me from ur story its so embarrassing 😫"},
  {"sender": "u2", "text": "omg sorry!! deleted"},
  {"sender": "u1", "text": "ty 💕"},
  {"sender": "u2", "text": "u looked cute tho lol"}],
 "labels": [], "evasion": False},

# C51 school asks parents not to post other children
{"messages": [
  {"sender": "ClassNest - St Brannoc's Academy", "text": "Dear parents, thank you for the lovely photos from Sports Day. Please remember not to post pictures that show other children's faces or our school logo on public social media. Thank you, Mr Abiola"}],
 "labels": [], "evasion": False},

# C52 cardboard fort challenge
{"messages": [
  {"sender": "Zain", "text": "did u watch the new Jonno vid, he did 24 hrs in a cardboard fort challenge 😂"},
  {"sender": "Max", "text": "lets do it in my garden at half term!!"},
  {"sender": "Zain", "text": "my mum wont let me stay out all night lol"},
  {"sender": "Max", "text": "ok 24 mins then 🤣"}],
 "labels": [], "evasion": False},

# C53 family collection password
{"messages": [
  {"sender": "Tasha's mum", "text": "Hi Lou, Auntie Jo is collecting Tasha today instead of me. The family password is 'pineapple' 🍍"},
  {"sender": "Childminder Lou", "text": "Thanks for letting me know, I'll ask her for it at the door"}],
 "labels": [], "evasion": False},

# C54 child asks to download a chat app
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "can i get Chatterly every1 in my class has it 🙏"},
  {"sender": "u2", "text": "Let's look at it together after tea. We'll set it to friends only and you only add people you know in real life"},
  {"sender": "u1", "text": "ok!!! can i have a profile pic"},
  {"sender": "u2", "text": "A cartoon one, not your face or your school jumper"}],
 "labels": [], "evasion": False},

# C55 argument and making up in a game
{"messages": [
  {"sender": "Jack", "text": "u stole my diamonds!!"},
  {"sender": "Ethan", "text": "no i didnt they were in the shared chest"},
  {"sender": "Jack", "text": "ur so annoying ugh"},
  {"sender": "Ethan", "text": "fine ill give u half back"},
  {"sender": "Jack", "text": "ok sorry i shouted 😅 wanna build the rollercoaster"}],
 "labels": [], "evasion": False},

# C56 parent checks whether strangers have messaged
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Just checking - has anyone you don't know messaged you on the new phone?"},
  {"sender": "u2", "text": "no just ellie and sam and nanna"},
  {"sender": "u1", "text": "Good. If anyone ever does, or asks you to keep a secret, show me. You won't be in trouble"},
  {"sender": "u2", "text": "i know mum 🙄❤️"}],
 "labels": [], "evasion": False},

# C57 voice-chat trash talk
{"messages": [
  {"sender": "Ryder", "text": "(voice) I'm coming for you, you're dead!! 😤"},
  {"sender": "Kez", "text": "(voice) no way you're getting the trophy, I'm gonna wreck you"},
  {"sender": "bobbyboi", "text": "(voice) bro you're trash at this map"},
  {"sender": "Ryder", "text": "(voice) GG, next round I'm ending you"}],
 "labels": [], "evasion": False},

# C58 friend gifts a skin
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "happy birthday!!! 🎂🎁 sent u the dragon skin"},
  {"sender": "u2", "text": "OMG THANK U how did u get it"},
  {"sender": "u1", "text": "saved my pocket money for ages 😎"},
  {"sender": "u2", "text": "ur the best bestie ever 💖"}],
 "labels": [], "evasion": False},

# C59 nan sends a gift card code
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Happy Easter! Here's the code for the gift card Grandad and I got you [photo]. Ask Dad to put it on the game for you x"},
  {"sender": "u2", "text": "THANK U NANNA 🐣🐣"}],
 "labels": [], "evasion": False},

# C60 dentist reminder
{"messages": [
  {"sender": "Pennfield Smiles Dental", "text": "Pennfield Smiles Dental: Reminder - Leo has an appointment on Tues 14 May at 4:10pm. Reply C to confirm."}],
 "labels": [], "evasion": False},

# C61 model kits
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "my dads helping me with my modelling kit, its a spitfire ✈️"},
  {"sender": "u2", "text": "cool!! i did a tank one, the glue is so sticky lol"},
  {"sender": "u1", "text": "come to mine sat and we can paint them"}],
 "labels": [], "evasion": False},

# C62 dad asks for location on arrival
{"messages": [
  {"sender": "Dad", "text": "Send me your location when you get to Sam's please"},
  {"sender": "Ollie", "text": "[location] here!!"},
  {"sender": "Dad", "text": "👍 pick you up at 7. Be good"}],
 "labels": [], "evasion": False},

# C63 googly-eye prank with teacher's OK
{"messages": [
  {"sender": "Aria", "text": "april fools idea: googly eyes on EVERYTHING in class 👀"},
  {"sender": "Ben", "text": "on mr hughes mug 😂"},
  {"sender": "Cal", "text": "we have to ask miss first tho"},
  {"sender": "Aria", "text": "she said yes!! she loves it"}],
 "labels": [], "evasion": False},

# C64 kids recalling an online-safety assembly
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "the police lady in assembly said if some1 in a game asks if ur on ur own u tell a grown up"},
  {"sender": "u2", "text": "ya and never go on another app with them"},
  {"sender": "u1", "text": "and free skins r always a scam lol"},
  {"sender": "u2", "text": "ikr who falls for that 😂"}],
 "labels": [], "evasion": False},

# C65 mum tops up the kids' bank card
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "I've put £10 on your Piggo card for the trip tomorrow. Don't spend it all on sweets!"},
  {"sender": "u2", "text": "ty mummy!! can i buy a keyring"},
  {"sender": "u1", "text": "Yes of course x"}],
 "labels": [], "evasion": False},

# C66 reward gift card from mum
{"messages": [
  {"sender": "Mum", "text": "I've bought you the 1000 gem card for getting all your spellings right! Type the code in yourself and don't share it with anyone"},
  {"sender": "Alfie", "text": "YESSSS 🤩🤩 ur the best mum"}],
 "labels": [], "evasion": False},

# C67 school password reset notice
{"messages": [
  {"sender": "ClassNest - Fernside Juniors", "text": "Your child's ClassNest login has been reset. Their new temporary password is in their reading record book. Please help them change it at home and keep it private."}],
 "labels": [], "evasion": False},

# C68 class secret santa
{"messages": [
  {"sender": "Niamh", "text": "dont tell anyone who u got for secret santa!!"},
  {"sender": "Orla", "text": "i wont 🤐 is a gift card ok?"},
  {"sender": "Evie", "text": "ya £5 max miss said"},
  {"sender": "Niamh", "text": "mines a surprise 🎁"}],
 "labels": [], "evasion": False},

# C69 classmate asks "are you on your own" to voice chat
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "r u on ur own? can u do voice"},
  {"sender": "u2", "text": "no my baby sis is asleep, text only"},
  {"sender": "u1", "text": "ok 😂 meet at the castle"},
  {"sender": "u2", "text": "omw 🏰"}],
 "labels": [], "evasion": False},
]
