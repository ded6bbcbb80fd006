[
{
 "participants": [{"id": "finn", "role": "child"}, {"id": "zed_rex", "role": "unknown"}],
 "messages": [
  {"sender": "zed_rex", "text": "gg that last round was mad, ur actually cracked at this"},
  {"sender": "finn", "text": "thx lol u carried tho"},
  {"sender": "zed_rex", "text": "nah u did. want to squad up again tmrw? i play after school"},
  {"sender": "finn", "text": "ye ok i can play after 4"},
  {"sender": "zed_rex", "text": "sick. how old r u btw? u sound young on mic haha"},
  {"sender": "finn", "text": "12 nearly 13"},
  {"sender": "zed_rex", "text": "no way i thought u were like 15. im 15 so we r basically the same"},
  {"sender": "finn", "text": "cool"},
  {"sender": "zed_rex", "text": "check ur gifts i sent u the frost blade skin"},
  {"sender": "finn", "text": "WAIT thats like 2000 coins?? why"},
  {"sender": "zed_rex", "text": "cos ur my duo now. dont tell ur parents tho they get weird about ppl sending stuff"},
  {"sender": "finn", "text": "ok i wont"},
  {"sender": "zed_rex", "text": "ur parents check ur console messages?"},
  {"sender": "finn", "text": "my mum does sometimes"},
  {"sender": "zed_rex", "text": "add me on Hushly then its better, messages disappear. my name there is zedrex09"},
  {"sender": "finn", "text": "i only got it on my tablet"},
  {"sender": "zed_rex", "text": "thats fine. u can trust me ur like my little bro. can u send me a pic of u so i know ur real"},
  {"sender": "finn", "text": "like a selfie?"},
  {"sender": "zed_rex", "text": "nah a private one, no top, just for me. delete it after and ill get u the battle pass"},
  {"sender": "finn", "text": "idk thats kinda weird"}
 ],
 "labels": ["grooming", "sexting"]
},
{
 "messages": [
  {"sender": "+44 7700 900412", "text": "Hi Mum its me, I dropped my phone in the toilet so this is my new number. Can you save it? I need to pay something today for a school trip and my banking app wont work on this phone, can you send it for me and ill pay you back tonight x"}
 ],
 "labels": ["scam"]
},
{
 "participants": [{"id": "ruby", "role": "child"}, {"id": "GemDrop_Official", "role": "unknown"}],
 "messages": [
  {"sender": "GemDrop_Official", "text": "CONGRATS!! 🎉 You have been picked for the Brickworld 10,000 gem giveaway! Only 3 winners today"},
  {"sender": "ruby", "text": "really?? how do i get them"},
  {"sender": "GemDrop_Official", "text": "Easy! We just need your Brickworld username and password so we can load the gems straight onto your account"},
  {"sender": "ruby", "text": "my username is rubyroo_2015"},
  {"sender": "GemDrop_Official", "text": "and password? the gems expire in 10 mins"},
  {"sender": "ruby", "text": "its sparkles123 but dont tell anyone"},
  {"sender": "GemDrop_Official", "text": "Great. now you will get a code by text, send us that code too and the gems will appear"},
  {"sender": "ruby", "text": "ok its 448190"},
  {"sender": "GemDrop_Official", "text": "Processing... do not log in for 24 hours or you lose the prize"}
 ],
 "labels": ["scam", "identity_theft"]
},
{
 "messages": [
  {"sender": "Jess B", "text": "guys who is coming to my party on saturday"},
  {"sender": "Ollie", "text": "me!!!"},
  {"sender": "Amelia", "text": "me too, what time is it?"},
  {"sender": "Jess B", "text": "amelia i didnt mean u"},
  {"sender": "Kacey", "text": "😂😂😂"},
  {"sender": "Jess B", "text": "no one wants u there ur so annoying"},
  {"sender": "Kacey", "text": "she smells like her dog lol"},
  {"sender": "Ollie", "text": "🐷🐷🐷"},
  {"sender": "Amelia", "text": "why are you being mean"},
  {"sender": "Kacey", "text": "cry about it. leave the group no one asked u to be here"},
  {"sender": "Jess B", "text": "everyone vote to kick amelia 👍"},
  {"sender": "Ollie", "text": "👍"},
  {"sender": "Kacey", "text": "👍👍"}
 ],
 "labels": ["cyberbullying"]
},
{
 "participants": [{"id": "noah", "role": "child"}, {"id": "xVoidKingx", "role": "unknown"}, {"id": "lilmeg", "role": "unknown"}],
 "messages": [
  {"sender": "xVoidKingx", "text": "who let this bot in the lobby"},
  {"sender": "noah", "text": "im not a bot i just started"},
  {"sender": "xVoidKingx", "text": "u died 6 times in 2 mins. uninstall"},
  {"sender": "lilmeg", "text": "his voice 😭😭 how old is he like 8"},
  {"sender": "noah", "text": "im 10 and u lot are mean"},
  {"sender": "xVoidKingx", "text": "nobody cares how old u are. ur the reason we lost"},
  {"sender": "lilmeg", "text": "kys kid"},
  {"sender": "xVoidKingx", "text": "fr just kys and do us all a favour"},
  {"sender": "noah", "text": "im telling"}
 ],
 "labels": ["cyberbullying", "self_harm"]
},
{
 "messages": [
  {"sender": "lens.by.marco", "text": "Hi Tia! I found your dance videos on Klip, you have a real natural look. I scout for a modelling agency in the city"},
  {"sender": "Tia", "text": "omg really?? thank u"},
  {"sender": "lens.by.marco", "text": "Seriously, the one in the yellow hoodie by the canal. The lighting was amazing. Did you film it yourself?"},
  {"sender": "Tia", "text": "my friend jas filmed it on her phone lol"},
  {"sender": "lens.by.marco", "text": "Well you both have an eye for it. Have you ever thought about modelling? Clothes, adverts, that sort of thing"},
  {"sender": "Tia", "text": "kind of but i dont think im pretty enough"},
  {"sender": "lens.by.marco", "text": "Are you joking? You're stunning. Trust me I've been doing this 15 years. You've got something the other girls don't"},
  {"sender": "Tia", "text": "🥺 thats so nice"},
  {"sender": "lens.by.marco", "text": "How old are you if you don't mind me asking?"},
  {"sender": "Tia", "text": "14"},
  {"sender": "lens.by.marco", "text": "Perfect age to start. Some of my girls earn £500 a weekend. We do shoots in a hotel in Harnley, all paid, train ticket paid too"},
  {"sender": "Tia", "text": "would my mum come"},
  {"sender": "lens.by.marco", "text": "Parents make the girls nervous so we don't usually do that. It's very professional. You'd be staying over with a couple of the other girls"},
  {"sender": "Tia", "text": "oh ok"},
  {"sender": "lens.by.marco", "text": "There's also a dinner after with some of the clients. You just need to be friendly to them and they look after you, that's where the real money is"},
  {"sender": "Tia", "text": "what do u mean look after"},
  {"sender": "lens.by.marco", "text": "Gifts, money, nice clothes. Honestly you're so mature for 14, I can tell you'll be a favourite. Let's keep it between us until it's booked, mums always panic"},
  {"sender": "lens.by.marco", "text": "I can send you the train ticket for the 21st. What's your number so I can text you the details?"}
 ],
 "labels": ["sex_trafficking", "grooming"]
},
{
 "participants": [{"id": "kai", "role": "child"}, {"id": "dylan", "role": "child"}, {"id": "reece", "role": "child"}, {"id": "maisy", "role": "child"}],
 "messages": [
  {"sender": "kai", "text": "yo look what i did with that app [photo]"},
  {"sender": "dylan", "text": "NO WAY is that chloe from 8R 😂😂"},
  {"sender": "kai", "text": "ye i took her pic off her story and put it in the undress app"},
  {"sender": "reece", "text": "bro thats crazy it looks so real"},
  {"sender": "maisy", "text": "kai thats actually so bad delete it"},
  {"sender": "kai", "text": "chill its just AI its not even her body"},
  {"sender": "dylan", "text": "do one of ella next"},
  {"sender": "kai", "text": "send me a pic of her then"},
  {"sender": "reece", "text": "im sending it to the year 8 chat lmao chloe is gonna die"},
  {"sender": "maisy", "text": "im leaving this group"}
 ],
 "labels": ["csam", "cyberbullying"]
},
{
 "participants": [{"id": "mum", "role": "adult"}, {"id": "lexi", "role": "child"}],
 "messages": [
  {"sender": "lexi", "text": "mum are you awake"},
  {"sender": "mum", "text": "Yes love, what's wrong? It's gone midnight"},
  {"sender": "lexi", "text": "i did something really stupid and i cant tell you to your face"},
  {"sender": "mum", "text": "Whatever it is I won't be angry. Tell me."},
  {"sender": "lexi", "text": "theres this boy from another school called jay, we were talking for ages and he kept asking for a pic. the private kind. i sent one last week"},
  {"sender": "lexi", "text": "now he says if i dont send him £40 by friday he is sending it to everyone in my year and my form tutor"},
  {"sender": "lexi", "text": "he sent me a list of all my followers to show he can"},
  {"sender": "mum", "text": "Thank you for telling me. You are not in trouble. Do NOT send him any money and don't delete anything."},
  {"sender": "lexi", "text": "i dont want to be here anymore mum everyone is going to see it"},
  {"sender": "mum", "text": "I'm coming to your room right now. We'll sort this together, I promise."}
 ],
 "labels": ["sexting", "sextortion", "self_harm"]
},
{
 "messages": [
  {"sender": "Tre$", "text": "u still need money for that new controller"},
  {"sender": "Jordan", "text": "ye why"},
  {"sender": "Tre$", "text": "easy 200 quid. take a bag to my cousin in saltmouth on the train saturday. in n out"},
  {"sender": "Jordan", "text": "whats in the bag"},
  {"sender": "Tre$", "text": "dont worry about that. dont open it. ill give u a phone for the day, only use that one"},
  {"sender": "Jordan", "text": "my mum thinks im at football on sat"},
  {"sender": "Tre$", "text": "perfect keep it like that. turn ur location on Snapzy and dont turn it off, i need to see ur on the train the whole time"},
  {"sender": "Jordan", "text": "ok"},
  {"sender": "Tre$", "text": "if ur dot stops for too long i will ring u. and if the bag goes missing u owe me for it, understand"},
  {"sender": "Jordan", "text": "ye ok"}
 ],
 "labels": ["criminal_exploitation", "location_control"]
},
{
 "participants": [{"id": "harvey", "role": "child"}, {"id": "quickcash.kev", "role": "unknown"}],
 "messages": [
  {"sender": "quickcash.kev", "text": "saw ur comment asking how to make money 💸 u got a bank card yet?"},
  {"sender": "harvey", "text": "ye a kids one from Fenwick Bank, im 14"},
  {"sender": "quickcash.kev", "text": "perfect. my mate needs somewhere to send some money, his account is frozen. £400 goes in, u send £350 on to the account i give u and keep £50"},
  {"sender": "harvey", "text": "is that allowed"},
  {"sender": "quickcash.kev", "text": "course, ppl do it all the time. just need ur sort code and account number"},
  {"sender": "harvey", "text": "sort code 40-19-72 acc 31558206"},
  {"sender": "quickcash.kev", "text": "and ur full name and postcode for the transfer"},
  {"sender": "harvey", "text": "harvey cole HN4 7RB"},
  {"sender": "quickcash.kev", "text": "legend. dont tell ur parents or the bank, they ruin it for everyone"}
 ],
 "labels": ["money_mule", "privacy_disclosure"]
},
{
 "participants": [{"id": "sonny", "role": "child"}, {"id": "alfie", "role": "child"}, {"id": "leo", "role": "child"}],
 "messages": [
  {"sender": "alfie", "text": "sonny u doing the roof jump or not"},
  {"sender": "sonny", "text": "my dads garage is really high tho"},
  {"sender": "leo", "text": "everyone on klip is doing it, jump off onto the trampoline and film it"},
  {"sender": "alfie", "text": "if u dont do it ur a baby. we did it"},
  {"sender": "leo", "text": "u get loads of views if u land it"},
  {"sender": "sonny", "text": "ok ill do it after school when my mum is at work"},
  {"sender": "alfie", "text": "film it from the top first 📹 and go higher than leo did"}
 ],
 "labels": ["harmful_challenge"]
},
{
 "messages": [
  {"sender": "Poppy", "text": "mum someone on the coach keeps airdropping me horrible rude pictures and i dont know who it is, i keep pressing decline but they keep coming. its a phone called Phone (7) can u ring miss hart"}
 ],
 "labels": ["unwanted_contact"]
},
{
 "participants": [{"id": "theo", "role": "child"}, {"id": "mason", "role": "child"}, {"id": "josh", "role": "child"}],
 "messages": [
  {"sender": "mason", "text": "look at this account i made 😂 @theo_wets_the_bed"},
  {"sender": "josh", "text": "LMAOOO the profile pic is his school photo"},
  {"sender": "mason", "text": "i put his real name and ashgrove primary in the bio so everyone knows its him"},
  {"sender": "theo", "text": "thats not funny take it down"},
  {"sender": "mason", "text": "nah its already got 40 followers. ive been posting as u all day"},
  {"sender": "josh", "text": "the post where 'theo' says he still sleeps with his teddy 😭"},
  {"sender": "theo", "text": "people in year 6 are messaging it thinking its me"},
  {"sender": "mason", "text": "good. maybe ill message ur crush from it next"}
 ],
 "labels": ["identity_theft", "cyberbullying"]
},
{
 "evasion": True,
 "messages": [
  {"sender": "Fr33_G3mz_4U", "text": "h3y!! u w0n 5000 fr33 g3mz 0n Br1ckw0rld 🎁"},
  {"sender": "Mia", "text": "omg how"},
  {"sender": "Fr33_G3mz_4U", "text": "ju5t cl1ck th1s l1nk 4nd l0g 1n w1th ur u53rn4m3 + p455w0rd [link]"},
  {"sender": "Mia", "text": "it says wrong website?"},
  {"sender": "Fr33_G3mz_4U", "text": "th4ts n0rm4l. ju5t s3nd m3 ur p455 h3r3 1 w1ll 4dd th3m m4nu4lly"},
  {"sender": "Mia", "text": "miabear10 and then its unicorn77"},
  {"sender": "Fr33_G3mz_4U", "text": "n1c3. n0w s3nd th3 6 d1g1t c0d3 th4t c0m3s t0 ur mum5 ph0n3"}
 ],
 "labels": ["scam", "identity_theft"]
},
{
 "participants": [{"id": "rob", "role": "adult"}, {"id": "isla", "role": "child"}],
 "messages": [
  {"sender": "rob", "text": "Hi Isla, it's Uncle Rob! Your mum gave me your number for when I pick you up from swimming 😊"},
  {"sender": "isla", "text": "hi uncle rob"},
  {"sender": "rob", "text": "How was school today sweetheart?"},
  {"sender": "isla", "text": "ok we did fractions and i hate fractions"},
  {"sender": "rob", "text": "Haha me too! You're much cleverer than you think though. Smarter than your brother for sure, but don't tell him I said that 😉"},
  {"sender": "isla", "text": "lol"},
  {"sender": "rob", "text": "I saw those trainers you wanted in town. Shall I get them for you? Our little secret, your mum would only say I'm spoiling you"},
  {"sender": "isla", "text": "really?? yes please!!"},
  {"sender": "rob", "text": "Anything for my favourite girl. You can always talk to me you know, about anything. Grown ups don't always understand but I do"},
  {"sender": "isla", "text": "ok"},
  {"sender": "rob", "text": "Do you delete our messages like I said? Your mum reads your phone doesn't she"},
  {"sender": "isla", "text": "yes i delete them"},
  {"sender": "rob", "text": "Good girl. Next Saturday I'll tell your mum swimming finishes late and we can go for a milkshake just us two"},
  {"sender": "isla", "text": "can i bring lola"},
  {"sender": "rob", "text": "No just us, it's more special that way. And I've got some friends who have parties at their house, they'd love to meet you. They give pocket money to girls who come and keep them company"},
  {"sender": "isla", "text": "what do i have to do"},
  {"sender": "rob", "text": "Just be nice and friendly like you are with me. Remember, not a word to mum. She'd stop me seeing you and you'd never get anything nice again"},
  {"sender": "isla", "text": "ok i wont tell"}
 ],
 "labels": ["grooming", "sex_trafficking"]
},
{
 "participants": [{"id": "benji", "role": "child"}, {"id": "BigBear_5510", "role": "unknown"}],
 "messages": [
  {"sender": "BigBear_5510", "text": "hi add me"},
  {"sender": "BigBear_5510", "text": "hello??"},
  {"sender": "benji", "text": "who r u"},
  {"sender": "BigBear_5510", "text": "a friend. accept my request"},
  {"sender": "benji", "text": "i dont no you"},
  {"sender": "BigBear_5510", "text": "i sent u 4 requests why u keep pressing no"},
  {"sender": "BigBear_5510", "text": "i can see ur online on Pixel Pets"},
  {"sender": "BigBear_5510", "text": "answer me"},
  {"sender": "BigBear_5510", "text": "[voice note]"},
  {"sender": "BigBear_5510", "text": "i will keep asking til u say yes"}
 ],
 "labels": ["unwanted_contact"]
},
{
 "messages": [
  {"sender": "ASHGROVE PRIMARY", "text": "Dear Parent/Carer, our records show an unpaid balance of £68.50 for your child's residential trip. To avoid your child losing their place please pay today via the secure link: [link] Card details will be needed. Ashgrove Primary Finance Office"}
 ],
 "labels": ["scam"]
},
{
 "participants": [{"id": "ava", "role": "child"}, {"id": "kyle_19", "role": "adult"}],
 "messages": [
  {"sender": "kyle_19", "text": "where r u"},
  {"sender": "ava", "text": "at my nans"},
  {"sender": "kyle_19", "text": "why is ur location off then. turn it back on now"},
  {"sender": "ava", "text": "my mum said i have to keep it off on Snapzy"},
  {"sender": "kyle_19", "text": "ur mum doesnt get a say, im ur boyfriend. i worry about u babe thats all. u dont want me to think ur lying do u"},
  {"sender": "ava", "text": "im not lying"},
  {"sender": "kyle_19", "text": "then prove it. live location, all the time, and send me a pic of where u r every hour"},
  {"sender": "ava", "text": "ok its on"},
  {"sender": "kyle_19", "text": "good girl. and dont tell ur mum about me, she wont get that im 19, ur so much more mature than girls ur age"},
  {"sender": "kyle_19", "text": "if ur location goes off again we r done"}
 ],
 "labels": ["location_control", "grooming"]
},
{
 "evasion": True,
 "messages": [
  {"sender": "emily.xo", "text": "І hаvе thе рiсturе уоu sеnt mе. І hаvе аll уоur frіеnds lіst tоо"},
  {"sender": "Callum", "text": "what?? u said u were deleting it"},
  {"sender": "emily.xo", "text": "Ѕеnd £100 іn PlауVаult gіft саrds in 1 hоur оr І pоst іt tо уоur schооl pаgе аnd уоur mum"},
  {"sender": "Callum", "text": "please dont im 14 i dont have that much"},
  {"sender": "emily.xo", "text": "Тhеn gеt іt. Тhе сlосk іs gоіng. Dоn't tеll аnyоnе оr іt gоеs tо еvеrуоnе"},
  {"sender": "Callum", "text": "i can get £20"},
  {"sender": "emily.xo", "text": "£100. 45 mіnutеs lеft"}
 ],
 "labels": ["sextortion"]
},
{
 "participants": [{"id": "lily", "role": "child"}, {"id": "sunny_skies", "role": "unknown"}],
 "messages": [
  {"sender": "sunny_skies", "text": "love ur slime videos!! ur so talented"},
  {"sender": "lily", "text": "thank uuu 💖💖"},
  {"sender": "sunny_skies", "text": "im 12 too!! what school do u go to? maybe we live near"},
  {"sender": "lily", "text": "millbrook academy in oxley vale"},
  {"sender": "sunny_skies", "text": "no way thats so close to me. do u walk home on ur own?"},
  {"sender": "lily", "text": "yeah every day down bramble lane, i get home like 3.30 and my mum gets back at 6"},
  {"sender": "sunny_skies", "text": "omg we should meet up!! just us, dont tell ur mum cos she wont let u meet internet friends lol"},
  {"sender": "lily", "text": "haha true"},
  {"sender": "sunny_skies", "text": "what number is ur house so i can wave when i walk past 😊"},
  {"sender": "lily", "text": "14"}
 ],
 "labels": ["grooming", "privacy_disclosure"]
},
{
 "messages": [
  {"sender": "CoinKing", "text": "want free skins? i need a favour"},
  {"sender": "Rhys", "text": "what favour"},
  {"sender": "CoinKing", "text": "ill buy 20k coins and send them to ur Skyforge account. then u trade them to my other account, CoinKing_alt. u keep 10%"},
  {"sender": "Rhys", "text": "why cant u just send them to ur alt"},
  {"sender": "CoinKing", "text": "long story the card i use gets flagged. ur account is clean cos ur a kid lol"},
  {"sender": "Rhys", "text": "ok"},
  {"sender": "CoinKing", "text": "sent. now trade 18k to the alt. do it every friday and ill keep sending. dont tell ur parents why u got so many coins"},
  {"sender": "Rhys", "text": "done"}
 ],
 "labels": ["money_mule"]
},
{
 "messages": [
  {"sender": "Quillpost", "text": "Your Quillpost verification code is 582 031. Do not share this code with anyone. We will never call or message you to ask for it."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Sarah", "text": "Right everyone, Dad's 50th on the 14th. Surprise party at the cricket club. DO NOT tell him!!! 🤫"},
  {"sender": "Grandma June", "text": "Oh how lovely. My lips are sealed dear. What time shall I come?"},
  {"sender": "Sarah", "text": "7pm Mum, Ben will pick you up"},
  {"sender": "Ben", "text": "Yep I'll get you at 6.30 Gran. Kids, that means you too, keep it secret from Dad"},
  {"sender": "Maddie", "text": "i wont tell 🤐 can i make a cake"},
  {"sender": "Sarah", "text": "Yes please Maddie! Send me a pic when it's done but not on the family chat in case he sees"},
  {"sender": "Grandpa Alan", "text": "What is the password for this group again? My phone has logged me out."},
  {"sender": "Ben", "text": "There isn't one Dad, I'll sort it on Sunday"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "mum", "role": "adult"}, {"id": "zara", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "Zara did you finish your spellings homework?"},
  {"sender": "zara", "text": "yessss"},
  {"sender": "mum", "text": "Send me a pic of it then please, I'm at work and I want to check before tomorrow"},
  {"sender": "zara", "text": "[photo]"},
  {"sender": "mum", "text": "Good girl, 'necessary' has two s's though 😊"},
  {"sender": "zara", "text": "ugh ok fixing it"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Priya (Anaya's mum)", "text": "Has anyone seen this? [link] Man from Fallowmere jailed for grooming kids through a building game. He was pretending to be 13 and sending them game money."},
  {"sender": "Dan (Freddie's dad)", "text": "Yes saw it this morning. Horrible. Freddie plays that game."},
  {"sender": "Lou (Ivy's mum)", "text": "So does Ivy. I didn't even know you could message strangers on it."},
  {"sender": "Priya (Anaya's mum)", "text": "You can unless you change the settings. The article says he asked them to move to another app and keep it secret."},
  {"sender": "Mark (Leo's dad)", "text": "Does anyone know how to turn chat off? Leo would kill me if I deleted it altogether"},
  {"sender": "Dan (Freddie's dad)", "text": "Settings, privacy, then 'who can message me' set to friends only. Took me 2 mins."},
  {"sender": "Lou (Ivy's mum)", "text": "Thanks Dan. Just done it. Also turned off location on her tablet."},
  {"sender": "Hannah (Rosie's mum)", "text": "The school did a talk last year about this. They said the big sign is kids getting gifts from 'friends' you've never heard of."},
  {"sender": "Priya (Anaya's mum)", "text": "And sextortion with the older ones apparently. Pictures and then threats. Our two are only 9 but still."},
  {"sender": "Mark (Leo's dad)", "text": "Genuinely terrifying. I'm going to sit down with Leo tonight and go through his friend list with him."},
  {"sender": "Hannah (Rosie's mum)", "text": "Good idea. Make it a chat not a telling off, otherwise they hide things."},
  {"sender": "Dan (Freddie's dad)", "text": "Agreed. I told Freddie if anyone ever asks him to keep a secret online he can tell me and he won't lose the console."},
  {"sender": "Lou (Ivy's mum)", "text": "That's a really good line, stealing it."},
  {"sender": "Sam (Noor's mum)", "text": "Just catching up. Would anyone want to do a parents' session with Mrs Okafor? She offered one in the newsletter."},
  {"sender": "Priya (Anaya's mum)", "text": "Yes please, I'll email her."},
  {"sender": "Mark (Leo's dad)", "text": "Count me in."},
  {"sender": "Hannah (Rosie's mum)", "text": "Same 👍"},
  {"sender": "Sam (Noor's mum)", "text": "Brilliant, I'll put a date in the chat when she replies."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "evie", "role": "child"}, {"id": "dad", "role": "adult"}],
 "messages": [
  {"sender": "evie", "text": "DAD i knocked over the paint in the art room at after school club 💀💀"},
  {"sender": "dad", "text": "Oh no. Is everyone ok?"},
  {"sender": "evie", "text": "yes but its all over mrs bell's shoes im literally dead"},
  {"sender": "evie", "text": "mum is going to KILL me my school shirt is blue now"},
  {"sender": "dad", "text": "Nobody is killing anybody 😂 it'll wash out. I'll say sorry to Mrs Bell at pick up"},
  {"sender": "evie", "text": "i want to disappear into the floor"},
  {"sender": "dad", "text": "It's a bit of paint, you'll be laughing about it tomorrow. See you at 5"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "oscar", "role": "child"}, {"id": "tt_gamer88", "role": "unknown"}],
 "messages": [
  {"sender": "tt_gamer88", "text": "hey ur good at this. how old r u"},
  {"sender": "oscar", "text": "im not allowed to tell people that. i dont talk to people i dont know bye"},
  {"sender": "tt_gamer88", "text": "i just wanna be friends"},
  {"sender": "oscar", "text": "blocked and reported"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Nanna Pat", "text": "Hello darling, it's Nanna. The internet has gone off again. What is the password for the wifi at our house? It's on the box but I can't read it."},
  {"sender": "Charlie", "text": "hi nanna its on the sticker under the box, the long one that starts with K"},
  {"sender": "Nanna Pat", "text": "K7 something. Ah yes got it. Now it wants my email password and I've forgotten that too."},
  {"sender": "Charlie", "text": "press forgot password and it will send u a code on ur phone. dont tell anyone the code tho nanna"},
  {"sender": "Nanna Pat", "text": "Done it! You are a genius. I'll bring you a caramel slice on Sunday xx"},
  {"sender": "Charlie", "text": "yesss 😋"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Tollgate Bank", "text": "Tollgate Bank: A payment of £24.99 to PLAYBOX STORE was made on your card ending 4471. If this wasn't you, call the number on the back of your card. We will never ask you to move money to a safe account or share your PIN."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "gemma", "role": "adult"}, {"id": "paul", "role": "adult"}],
 "messages": [
  {"sender": "gemma", "text": "Hi Paul, Josie keeps asking to walk to school on her own after half term. I think she's ready but I'd like her location on FamilyMap for the first few weeks. Are you ok with that?"},
  {"sender": "paul", "text": "Yes that's fine with me. Can we both see it? I'm on the early shift on Thursdays so it'd put my mind at rest"},
  {"sender": "gemma", "text": "Of course. I'll add you. I've told her it's just for the walk to and from school and she can turn it off at weekends at yours if she wants"},
  {"sender": "paul", "text": "Sounds fair. She's 11, she needs a bit of freedom. Let's review at Christmas"},
  {"sender": "gemma", "text": "Agreed. I'll also make sure her Klip account is private, she wanted it public for the dance videos"},
  {"sender": "paul", "text": "Definitely private. Thanks Gem"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "St Brennan's Primary", "text": "Dear parents, this week Year 6 have had an online safety lesson. We talked about sextortion, where someone threatens to share private pictures unless a child pays or does something. We told the children it is never their fault and that they should always tell an adult. Please continue the conversation at home. Mr Adeyemi, DSL"},
  {"sender": "Parent - Nina Kovac", "text": "Thank you, Ben came home and told us all about it. Really well pitched."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "zak", "role": "child"}, {"id": "ethan", "role": "child"}],
 "messages": [
  {"sender": "zak", "text": "bro ur actually so trash at this game 😂"},
  {"sender": "ethan", "text": "u only won cos of lag"},
  {"sender": "zak", "text": "cope"},
  {"sender": "ethan", "text": "rematch tmrw after school im gonna destroy u"},
  {"sender": "zak", "text": "ok bet. gg tho that last bit was sick"},
  {"sender": "ethan", "text": "ikr. my mum says tea so bye"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Kirsty (Harper's mum)", "text": "Just a heads up everyone, I've had a text saying it's from Ashgrove asking for £68.50 for the residential with a link. It's NOT from school, I rang the office. Don't click it!"},
  {"sender": "Tom (Ellis's dad)", "text": "Got the same one. Nearly paid it to be honest."},
  {"sender": "Kirsty (Harper's mum)", "text": "The office said they only ever use SchoolPurse and never send links by text."},
  {"sender": "Aisha (Zain's mum)", "text": "Thanks for flagging. I'll report it as spam on my phone."}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "megan", "role": "child"}, {"id": "daisy", "role": "child"}],
 "messages": [
  {"sender": "megan", "text": "daisy ur whole profile is public and ur location is on, anyone can see where u are"},
  {"sender": "daisy", "text": "wait really how do i turn it off"},
  {"sender": "megan", "text": "settings, privacy, ghost mode. and take the school name out of ur bio"},
  {"sender": "daisy", "text": "done!! is it off now"},
  {"sender": "megan", "text": "ye ur not on the map anymore. mum made me do the same when i got my phone lol"},
  {"sender": "daisy", "text": "thanks ur the best big sis"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Archie", "text": "dad someone messaged me saying free gems if i put my password in a link"},
  {"sender": "Dad", "text": "Did you click it?"},
  {"sender": "Archie", "text": "no its a scam isnt it. i blocked them and pressed report"},
  {"sender": "Dad", "text": "Spot on mate. Proud of you. Real games never ask for your password."},
  {"sender": "Archie", "text": "can i still have pizza"},
  {"sender": "Dad", "text": "Yes you can still have pizza 🍕"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "participants": [{"id": "dad", "role": "adult"}, {"id": "leah", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "What time does the film finish?"},
  {"sender": "leah", "text": "about 8.40"},
  {"sender": "dad", "text": "Ok, share your location with me when you come out so I can find you in the car park, it's always rammed"},
  {"sender": "leah", "text": "[location]"},
  {"sender": "dad", "text": "Got you. Outside the Pizza Palace, 2 mins"},
  {"sender": "leah", "text": "can amira come back with us her mum is late"},
  {"sender": "dad", "text": "Yes if her mum says ok, text her first"}
 ],
 "labels": [],
 "hard_negative": True
},
{
 "messages": [
  {"sender": "Splash Swim School", "text": "Hi, Level 3 lessons at Harnley Leisure Centre are cancelled tonight due to a pool fault. Lessons will be added to the end of term. Sorry for the short notice!"}
 ],
 "labels": []
},
{
 "messages": [
  {"sender": "Grandad Ken", "text": "Are we still on for Sunday dinner? Your mother is doing a joint of beef."},
  {"sender": "Claire", "text": "Yes Dad, we'll be there about 1. Kids are looking forward to it."},
  {"sender": "Grandma Rita", "text": "Tell Oliver I've got the big jigsaw out for him."},
  {"sender": "Claire", "text": "He'll love that. Shall I bring a pudding?"},
  {"sender": "Grandma Rita", "text": "A crumble would be lovely dear."}
 ],
 "labels": []
},
{
 "participants": [{"id": "sam", "role": "child"}, {"id": "frankie", "role": "child"}],
 "messages": [
  {"sender": "sam", "text": "r we doing the castle for the homework project in Brickworld"},
  {"sender": "frankie", "text": "yes!!! i will do the towers u do the moat"},
  {"sender": "sam", "text": "mr patel said we can show it on the big screen"},
  {"sender": "frankie", "text": "lets add a dragon 🐉"},
  {"sender": "sam", "text": "ok join my world at 5"}
 ],
 "labels": []
},
{
 "messages": [
  {"sender": "Rachel", "text": "Hi Jen, is Maya still ok to come to ours after school Wednesday?"},
  {"sender": "Jen", "text": "Yes she's so excited! I'll pick her up about 6 if that works?"},
  {"sender": "Rachel", "text": "Perfect. Any allergies I should know about?"},
  {"sender": "Jen", "text": "Just no nuts please. Thank you!"},
  {"sender": "Rachel", "text": "No problem, it's fish fingers 😊"}
 ],
 "labels": []
}
]
