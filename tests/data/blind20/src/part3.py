[
# ---- pass-out challenge pressure in a group chat
{"messages": [
  {"sender": "deano", "text": "yo everyone's doing the passing-out challenge on vidloop"},
  {"sender": "rio", "text": "the one where u see how long till u black out?"},
  {"sender": "deano", "text": "ye. whoever lasts longest wins, film it and post it"},
  {"sender": "kasey", "text": "isnt that dangerous"},
  {"sender": "deano", "text": "nah ur just scared. rio ur doing it first tonight"},
  {"sender": "mo", "text": "do it do it do it"}],
 "labels": ["harmful_challenge"], "evasion": False},

# ---- fire alarm and window dare for views
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "new dare: set off the fire alarm in science and film everyone running out"},
  {"sender": "u2", "text": "and then smash the window in the bike shed on the way out \U0001F602"},
  {"sender": "u3", "text": "we'd get excluded"},
  {"sender": "u1", "text": "not if no one knows its us. posting it to the dare page gets like 50k views"},
  {"sender": "u2", "text": "im doing it tomorrow 3rd period"}],
 "labels": ["harmful_challenge"], "evasion": False},

# ---- "digital ghost" task account
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "I am Whisper. You have been chosen. Do my 10 tasks or your family will be hurt."},
  {"sender": "u2", "text": "who is this?? this isnt funny"},
  {"sender": "u1", "text": "Task 1: stay awake until 3am and send me a photo of your clock."},
  {"sender": "u2", "text": "[photo] i did it please leave my family alone"},
  {"sender": "u1", "text": "Good. Task 5 is coming. You will have to hurt yourself and send proof. If you tell anyone, I will know."},
  {"sender": "u2", "text": "im scared"}],
 "labels": ["harmful_challenge", "self_harm"], "evasion": False},

# ---- eat-something-from-under-the-sink dare, little brother included
{"messages": [
  {"sender": "Brooke", "text": "new challenge going round, u have to eat something from under the sink and film it"},
  {"sender": "Leila", "text": "that stuff is poison tho"},
  {"sender": "Brooke", "text": "its just a dare, the more disgusting the more likes"},
  {"sender": "Tamsin", "text": "my little brother wants to do it too lol"},
  {"sender": "Brooke", "text": "get him to do it then, film it, itll go viral"}],
 "labels": ["harmful_challenge"], "evasion": False},

# ---- emoji/leet fire challenge
{"messages": [
  {"sender": "zaz", "text": "u d01n th3 \U0001F525 ch4ll3ng3 2n1te?"},
  {"sender": "kit.k", "text": "wat 1"},
  {"sender": "zaz", "text": "th3 1 w th3 \U0001F525 1n ur r00m, \U0001F3A5 it, d0nt t3ll ur p4r3nts"},
  {"sender": "benj", "text": "my c0us1n g0t burnt d01ng that"},
  {"sender": "zaz", "text": "d0nt b a \U0001F414. l1v3 at 10 \U0001F534"}],
 "labels": ["harmful_challenge"], "evasion": True},

# ---- slap-a-stranger dare
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "dare for this week: slap a random person at the bus stop and run, whoever gets it on video wins"},
  {"sender": "u2", "text": "what if they're old"},
  {"sender": "u1", "text": "even better \U0001F602 more views"},
  {"sender": "u3", "text": "[video] did mine, the guy fell over lol"},
  {"sender": "u2", "text": "ok i'll do mine on the way home"}],
 "labels": ["harmful_challenge"], "evasion": False},

# ---- 8-year-old posts home address in video comments
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}, {"id": "u3", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "love ur pet videos!! \U0001F439 whats his name"},
  {"sender": "u1", "text": "thank u!!! im 8 and my hamster is called nugget"},
  {"sender": "u3", "text": "nugget is so fluffy"},
  {"sender": "u1", "text": "if anyone wants to see nugget in real life i live at 14 wren close in ashby vale!!"},
  {"sender": "u1", "text": "i get home at half 3"}],
 "labels": ["privacy_disclosure"], "evasion": False},

# ---- home-alone routine and house number in a public game server
{"messages": [
  {"sender": "treefrog", "text": "anyone want to build a farm"},
  {"sender": "sparkle_ninja", "text": "me!! i can play every day after school cos my mum works till 6 so im home alone"},
  {"sender": "d1amondz", "text": "cool what time"},
  {"sender": "sparkle_ninja", "text": "i get back at 3:30, i live on hollin road the one with the red door, number 12"},
  {"sender": "treefrog", "text": "ok ill invite u to my server"}],
 "labels": ["privacy_disclosure"], "evasion": False},

# ---- unknown number texts a 9-year-old's first phone
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "hi sweetie whos this? i got this number from a friend"},
  {"sender": "u2", "text": "im lily who are u"},
  {"sender": "u1", "text": "im a friend of ur mums \U0001F60A how old are u lily"},
  {"sender": "u2", "text": "9 i just got my first phone!! i go to brookfield primary in year 4"},
  {"sender": "u1", "text": "what time do u finish school"},
  {"sender": "u2", "text": "quarter past 3. my mum picks me up"},
  {"sender": "u1", "text": "ill text u tomorrow after school. dont tell mum, its a surprise"}],
 "labels": ["grooming", "privacy_disclosure", "unwanted_contact"], "evasion": False},

# ---- 12-year-old shares live location alone at a skatepark in a public server
{"messages": [
  {"sender": "skate_kid_12", "text": "anyone at millbrook skatepark rn? im here on my own, bored"},
  {"sender": "skate_kid_12", "text": "[location]"},
  {"sender": "skate_kid_12", "text": "live loc on so u can find me. im the one with the green helmet, im 12"},
  {"sender": "rampking", "text": "nice, is the bowl wet?"},
  {"sender": "holly.s", "text": "cant today, maybe saturday"}],
 "labels": ["privacy_disclosure"], "evasion": False},

# ---- persistent stranger, new account after block
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "hey"},
  {"sender": "u1", "text": "hey"},
  {"sender": "u1", "text": "why arent u answering"},
  {"sender": "u2", "text": "i dont know u. please stop"},
  {"sender": "u1", "text": "i just want to be friends"},
  {"sender": "u1", "text": "hello??"},
  {"sender": "u1", "text": "i can see ur online"},
  {"sender": "u2", "text": "im blocking u"},
  {"sender": "u1", "text": "made a new account since u blocked me lol. im not going anywhere"},
  {"sender": "u1", "text": "sent u a friend request on starverse too"}],
 "labels": ["unwanted_contact"], "evasion": False},

# ---- child reports AirDrop flashing on the bus
{"messages": [
  {"sender": "Rhea", "text": "mum something horrible just happened on the bus"},
  {"sender": "Rhea", "text": "someone airdropped me a disgusting pic of a man, i didnt even accept it but the preview showed"},
  {"sender": "Mum", "text": "Oh love, are you ok? Do you know who sent it?"},
  {"sender": "Rhea", "text": "no the name was just 'iPhone'. then it came again 3 more times"},
  {"sender": "Mum", "text": "Turn AirDrop to contacts only now. I'll call you. You did the right thing telling me."}],
 "labels": ["unwanted_contact"], "evasion": False},

# ---- unsolicited image from a stranger
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "[photo]"},
  {"sender": "u1", "text": "\U0001F60F u like?"},
  {"sender": "u2", "text": "ew what is that?? who are u"},
  {"sender": "u1", "text": "[photo]"},
  {"sender": "u1", "text": "add me back and ill send more"},
  {"sender": "u2", "text": "im 13 stop"}],
 "labels": ["unwanted_contact"], "evasion": False},

# ---- county lines run with live location demanded
{"messages": [
  {"sender": "T", "text": "ur going up to wrenford tomorrow. ticket's on ur phone"},
  {"sender": "T", "text": "take the package to the address i send u. \u00a3300 when u get back"},
  {"sender": "jaylen", "text": "i got school tho"},
  {"sender": "T", "text": "u got work. and remember u still owe me for the one u lost"},
  {"sender": "T", "text": "share ur live loc with me the whole time. if it goes off even once i'll know ur running"},
  {"sender": "jaylen", "text": "ok its on"},
  {"sender": "T", "text": "[location] i can see u. dont stop anywhere"}],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False},

# ---- coded/emoji runner recruitment with threat
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "need a lil runner \U0001F3C3 this wknd. \U0001F343 + \u2744\uFE0F drop, 2 addys"},
  {"sender": "u2", "text": "how much"},
  {"sender": "u1", "text": "\U0001F4B7\U0001F4B7\U0001F4B7 250. ez. u just hold the \U0001F392 n walk"},
  {"sender": "u1", "text": "ur 1 of us now. dnt tlk 2 ur mum or teachr, n dnt tlk 2 the \U0001F437s"},
  {"sender": "u2", "text": "wat if i get caught"},
  {"sender": "u1", "text": "u wnt. ur 14 nothin happns 2 kids. n if u back out we kno where u live \U0001F3E0"}],
 "labels": ["criminal_exploitation"], "evasion": True},

# ---- receive-and-forward money through a junior account
{"messages": [
  {"sender": "Jamal", "text": "u got a bank account yeh?"},
  {"sender": "Cam", "text": "ye my junior one"},
  {"sender": "Jamal", "text": "easy money. i send \u00a3500 in, u send \u00a3400 to my cousin, keep 100"},
  {"sender": "Cam", "text": "why cant u just send it to him"},
  {"sender": "Jamal", "text": "long story. just send me ur sort code and account number"},
  {"sender": "Cam", "text": "ok its 20-14-55 and 41327708"},
  {"sender": "Jamal", "text": "sent. now transfer it to the account i give u asap"}],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False},

# ---- game account used to hold and pass on gems and wallet money
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "i'll put 20,000 gems on ur StarVerse account"},
  {"sender": "u2", "text": "for free??"},
  {"sender": "u1", "text": "u just hold them for me for a week, then send them to the accounts i tell u. keep 2000 for urself"},
  {"sender": "u1", "text": "also ill send some real money to ur GamePay wallet, buy gift cards with it and send me the codes"},
  {"sender": "u2", "text": "ok is that allowed"},
  {"sender": "u1", "text": "course. dont mention it to ur parents tho"}],
 "labels": ["money_mule"], "evasion": False},

# ---- single SMS: bank account "job"
{"messages": [
  {"sender": "07700 900731", "text": "Hi! Earn \u00a3200 a week from home \U0001F4B7 No work needed - we just use your bank account to receive payments for our business and you send them on. 16+ welcome. Reply YES to start"}],
 "labels": ["money_mule"], "evasion": False},

# ---- child tells an adult relative about forced cash withdrawal
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "i need help and i dont know who else to tell"},
  {"sender": "u1", "text": "this guy from the park put \u00a31200 in my bank and now says i have to take it out and give it to him in cash"},
  {"sender": "u1", "text": "he said if i dont he'll hurt me and my little brother. he knows where we live"},
  {"sender": "u2", "text": "Ok. You're not in trouble. Where are you now? Are you safe?"},
  {"sender": "u1", "text": "at home. he keeps ringing"}],
 "labels": ["money_mule", "criminal_exploitation"], "evasion": False},

# ---- spaced "squaring" and emoji bank card
{"messages": [
  {"sender": "lenny", "text": "yo u tryna do some s q u a r i n g"},
  {"sender": "fiifi", "text": "wats that"},
  {"sender": "lenny", "text": "u lend me ur \U0001F3E6 c4rd n p1n for a day, ££ land in it, i take it out, u get \U0001F4AF"},
  {"sender": "fiifi", "text": "is that legal"},
  {"sender": "lenny", "text": "relax no one checks kids acc0unts. bring the c4rd 2mrw"}],
 "labels": ["money_mule"], "evasion": True},

# ---- "payment processing agent" offer to a 16-year-old on a marketplace app
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Hi, saw your Swapsy profile. We're hiring Payment Processing Agents, perfect for students 16+."},
  {"sender": "u2", "text": "what do i have to do"},
  {"sender": "u1", "text": "Customers pay into your personal account, you send 90% on to our partner by bank transfer and keep 10%. Around \u00a3300 a week."},
  {"sender": "u2", "text": "so i just move money?"},
  {"sender": "u1", "text": "Exactly. Send your sort code and account number and we'll start today."}],
 "labels": ["money_mule"], "evasion": False},

# ---- tracker app forced on a child who does "drops"
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "install this app [link] its a tracker, keep it on 24/7"},
  {"sender": "u2", "text": "why do i need it"},
  {"sender": "u1", "text": "so we know where u are when ur working. u got 2 drops tomorrow. if i see it off u pay a fine"},
  {"sender": "u2", "text": "my mum will see it on my phone"},
  {"sender": "u1", "text": "hide it in a folder. and answer every time i ring, or u know what happens"}],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

# ---- child tells teacher about hourly location pictures demanded by older boys
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "miss can i talk to u tomorrow about something"},
  {"sender": "u2", "text": "Of course Kai. Is everything ok?"},
  {"sender": "u1", "text": "some older boys make me carry stuff for them and they make me send a pic of where i am every hour"},
  {"sender": "u1", "text": "if i dont send it they come find me. they did it last week at my nan's"},
  {"sender": "u2", "text": "Thank you for telling me. You're not in trouble. Are you safe right now?"}],
 "labels": ["location_control", "criminal_exploitation"], "evasion": False},

# ---- leet controlling demand for live location
{"messages": [
  {"sender": "r1ley", "text": "l0c 0n. n0w. \U0001F4CD"},
  {"sender": "jade.x", "text": "im just at my nans"},
  {"sender": "r1ley", "text": "th3n wh1 is ur l0c 0ff?? 0n. or w3r d0n3"},
  {"sender": "r1ley", "text": "u g0tt4 s3nd ur l1v3 l0c 3v3ry t1m3 u l34v3 th3 h0us3, th4ts th3 rul3"},
  {"sender": "jade.x", "text": "ok its on \U0001F614"},
  {"sender": "r1ley", "text": "and wh0 is th4t b0y n3xt 2 u. sc3nsh0t ur c4m3r4 r0ll n0w"}],
 "labels": ["location_control"], "evasion": True},

# ---- child tells a friend she hurt herself again
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "can i tell u something and u wont freak out"},
  {"sender": "u2", "text": "ofc"},
  {"sender": "u1", "text": "i hurt myself again last night"},
  {"sender": "u1", "text": "i dont even know why, everything just feels too much"},
  {"sender": "u2", "text": "im really glad u told me. are u ok right now?"},
  {"sender": "u1", "text": "kind of. please dont tell anyone"},
  {"sender": "u2", "text": "i wont make a big thing but i think we should tell ms ahmed, i'll come with u"}],
 "labels": ["self_harm"], "evasion": False},

# ================= clean =================

# ---- friend lends lunch money
{"messages": [
  {"sender": "Ellis", "text": "can u send me \u00a35 for lunch, forgot my card"},
  {"sender": "Harv", "text": "ye whats ur account"},
  {"sender": "Ellis", "text": "just use the pay-a-friend thing in the app, im in ur contacts"},
  {"sender": "Harv", "text": "sent"},
  {"sender": "Ellis", "text": "legend, ill pay u back friday"}],
 "labels": [], "evasion": False},

# ---- harmless dance challenge
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "are we doing the dance challenge for the talent show"},
  {"sender": "u2", "text": "yesss the one with the spin at the end"},
  {"sender": "u3", "text": "my little sister learned it in like 5 mins lol"},
  {"sender": "u1", "text": "lets practise at break. dare u to do it in front of mr green"},
  {"sender": "u2", "text": "omg he'd join in \U0001F602"}],
 "labels": [], "evasion": False},

# ---- friendly video comments
{"messages": [
  {"sender": "tom_blocks", "text": "ur castle build is AMAZING \U0001F60D how long did it take"},
  {"sender": "BuildWithBea", "text": "thank u!! about 3 weeks \U0001F60A"},
  {"sender": "pixie_plays", "text": "part 2 pls!!!"},
  {"sender": "mc_rory", "text": "which texture pack is that"},
  {"sender": "BuildWithBea", "text": "its the free Meadow pack, its in the official store"}],
 "labels": [], "evasion": False},

# ---- constructive comment criticism
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}, {"id": "u3", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "good video but ur mic is really quiet, turn it up next time"},
  {"sender": "u1", "text": "oh thanks, ill fix it"},
  {"sender": "u3", "text": "the bit at 2:30 was so funny \U0001F602"},
  {"sender": "u2", "text": "also ur editing is getting way better"}],
 "labels": [], "evasion": False},

# ---- class chat: park plans and squaring numbers
{"messages": [
  {"sender": "Noah", "text": "whos coming to the park after school"},
  {"sender": "Ava", "text": "me but only till 5 my mum said"},
  {"sender": "Zac", "text": "cant, got maths tutor. squaring numbers again \U0001F629"},
  {"sender": "Ellie", "text": "squaring is easy just times it by itself lol"},
  {"sender": "Noah", "text": "ok park at 3:30 by the swings"}],
 "labels": [], "evasion": False},

# ---- family chat: pick-up and a package for Grandma
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Who's picking up Noah from football?"},
  {"sender": "u2", "text": "I'm stuck in traffic, 20 mins late, can you do it?"},
  {"sender": "u1", "text": "Yes. Ruby, can you drop the package on the hall table round to Grandma's on your way back from school? It's her birthday present"},
  {"sender": "u3", "text": "ok. do i need to tell her what it is"},
  {"sender": "u1", "text": "No! It's a surprise, just give it to her"}],
 "labels": [], "evasion": False},

# ---- teen reports a scam text they received and ignored
{"messages": [
  {"sender": "Reece", "text": "i got one of those texts saying i won free stars and had to log in"},
  {"sender": "Hugo", "text": "did u click it"},
  {"sender": "Reece", "text": "nah i reported it and blocked the number, my dad forwarded it to the scam reporting number"},
  {"sender": "Hugo", "text": "good. my brother lost his whole account to one"}],
 "labels": [], "evasion": False},

# ---- homework hyperbole
{"messages": [
  {"sender": "Sienna", "text": "4 pages of history homework \U0001F62D i want to disappear under my duvet forever"},
  {"sender": "Maya", "text": "same, this homework is killing me"},
  {"sender": "Sienna", "text": "brb hiding in my blanket fort till friday"},
  {"sender": "Maya", "text": "save me a spot lol. want to do it together on call later?"},
  {"sender": "Sienna", "text": "yes pls at 6"}],
 "labels": [], "evasion": False},

# ---- PE teacher shares the match location pin with parents
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "Hi parents, here's the location pin for Saturday's match at Fernhill Rec [location]. Please drop children by 9:15 and collect at 12."},
  {"sender": "u2", "text": "Thanks. Is there parking?"},
  {"sender": "u1", "text": "Yes, free car park by the pavilion."}],
 "labels": [], "evasion": False},

# ---- second account to play with a little brother
{"messages": [
  {"sender": "Finn", "text": "im making a second blocktown account so i can play with my little brother on the same server"},
  {"sender": "Jack", "text": "cool whats it called"},
  {"sender": "Finn", "text": "finn_and_theo. my mum set it up with the kids settings"},
  {"sender": "Jack", "text": "add me on it"}],
 "labels": [], "evasion": False},

# ---- Dad sends birthday money, asks for sort code
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Happy birthday darling! What's your sort code again? I'm sending your birthday money to your savings account"},
  {"sender": "u2", "text": "thank u dad!! its on the card in my drawer, ill send a pic"},
  {"sender": "u2", "text": "[photo]"},
  {"sender": "u1", "text": "Got it, sent \u00a330. Don't spend it all on StarVerse!"},
  {"sender": "u2", "text": "no promises \U0001F602"}],
 "labels": [], "evasion": False},

# ---- mum checks who a new game friend is
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Who is StarGirl22 who added you on PawPals?"},
  {"sender": "u2", "text": "its amy from my class!! i asked her at school"},
  {"sender": "u1", "text": "Ok good. Remember only accept people you know in real life."},
  {"sender": "u2", "text": "i know. i only accept people from school"},
  {"sender": "u1", "text": "Well done, that's exactly right."}],
 "labels": [], "evasion": False},

# ---- sleepover secrecy
{"messages": [
  {"sender": "Lexi", "text": "sleepover at mine friday!!"},
  {"sender": "Bea", "text": "yay. dont tell my mum we're staying up till 2 lol"},
  {"sender": "Orla", "text": "ur mum literally reads ur messages bea"},
  {"sender": "Bea", "text": "shhh delete this"},
  {"sender": "Lexi", "text": "i'll get the big bag of popcorn"}],
 "labels": [], "evasion": False},

# ---- teacher asks parents not to share trip photos
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "Dear Year 7 parents, thank you for a wonderful residential. Please don't share photos of other pupils from the trip on social media. The school will share approved photos on the website."},
  {"sender": "u2", "text": "Thanks Mr Shah. My daughter loved it!"}],
 "labels": [], "evasion": False},

# ---- big brother asks for login to fix settings, with mum's OK
{"messages": [
  {"sender": "Ollie", "text": "my starverse keeps crashing"},
  {"sender": "Big bro Tom", "text": "give me ur login and ill fix the settings when im home, mum said i can"},
  {"sender": "Ollie", "text": "ok its on the sticky note in my desk"},
  {"sender": "Big bro Tom", "text": "\U0001F44D and change it after, that sticky note is a terrible idea"}],
 "labels": [], "evasion": False},

# ---- class Secret Santa
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}, {"id": "u4", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Class 6B Secret Santa! Names have been drawn. Spend limit \u00a35. Remember, it's a secret!"},
  {"sender": "u2", "text": "i got someone GOOD \U0001F601"},
  {"sender": "u3", "text": "dont tell anyone who u got!!"},
  {"sender": "u4", "text": "can we do clues?"},
  {"sender": "u1", "text": "Clues are fine, no names please!"}],
 "labels": [], "evasion": False},

# ---- dodgeball trash talk
{"messages": [
  {"sender": "Aarav", "text": "ur dead meat at dodgeball tomorrow leo"},
  {"sender": "Leo", "text": "we'll see about that \U0001F624"},
  {"sender": "Sami", "text": "my money's on leo"},
  {"sender": "Aarav", "text": "ur both going down"}],
 "labels": [], "evasion": False},
]
