[
 # livestream: gifts, flattery, age, move to private app, then "my mates pay girls your age"
 {"participants": [
   {"id": "NestBot", "role": "unknown"},
   {"id": "skyla.streams", "role": "child"},
   {"id": "bean", "role": "unknown"},
   {"id": "jojo_k", "role": "unknown"},
   {"id": "nightowl_77", "role": "unknown"}],
  "messages": [
   {"sender": "NestBot", "text": "skyla.streams is live: chill sunday drawing stream \U0001F3A8"},
   {"sender": "bean", "text": "hiii skyla"},
   {"sender": "skyla.streams", "text": "hiii bean!! ok today we're finishing the dragon"},
   {"sender": "jojo_k", "text": "the wings r so good omg"},
   {"sender": "nightowl_77", "text": "first time here, your art is honestly better than most adults I know"},
   {"sender": "skyla.streams", "text": "aww thank u!! welcome"},
   {"sender": "NestBot", "text": "nightowl_77 sent 50 Roses"},
   {"sender": "skyla.streams", "text": "WAIT 50?? thank youuu"},
   {"sender": "bean", "text": "rich behaviour lol"},
   {"sender": "nightowl_77", "text": "you deserve it. how old are you if you don't mind me asking? you seem really mature"},
   {"sender": "skyla.streams", "text": "14 lol"},
   {"sender": "nightowl_77", "text": "14 and this talented. your parents must be proud. do they watch?"},
   {"sender": "skyla.streams", "text": "nah they dont really get it"},
   {"sender": "NestBot", "text": "nightowl_77 sent 200 Roses"},
   {"sender": "jojo_k", "text": "bro"},
   {"sender": "nightowl_77", "text": "a proper artist should get paid properly. message me on Whisp after, the chat here is too busy. don't mention it on stream, the mods get weird"},
   {"sender": "skyla.streams", "text": "ok whats ur @"},
   {"sender": "nightowl_77", "text": "owl.77 on Whisp. and keep it between us yeah, your mum wouldn't understand an art deal"},
   {"sender": "skyla.streams", "text": "lol ok"},
   {"sender": "nightowl_77", "text": "my mates in Stourby have a studio, they pay girls your age \u00a3300 to come and hang out with them for the night. I'd drive you, just say you're staying at a friend's"},
   {"sender": "bean", "text": "skyla who is this guy"},
   {"sender": "skyla.streams", "text": "idk hes nice tho"}],
  "labels": ["grooming", "sex_trafficking"]},

 # livestream DMs: big gifter wants a private stream / pics
 {"messages": [
   {"sender": "Rico", "text": "saw ur stream, u were so funny"},
   {"sender": "maddie.plays", "text": "haha thanks"},
   {"sender": "Rico", "text": "sent u 1000 gems did u see \U0001F60A"},
   {"sender": "maddie.plays", "text": "omg yes thank u so much"},
   {"sender": "Rico", "text": "you're my favourite streamer honestly. how old r u, 15?"},
   {"sender": "maddie.plays", "text": "16 in june"},
   {"sender": "Rico", "text": "perfect. I'll send 5000 more if u do a private stream just for me. camera on, no chat, the kind u can't do on main \U0001F609"},
   {"sender": "maddie.plays", "text": "wdym"},
   {"sender": "Rico", "text": "u know what i mean. or send a couple pics instead, delete them after, nobody sees. our secret ok"},
   {"sender": "maddie.plays", "text": "idk"},
   {"sender": "Rico", "text": "don't tell ur mods or the gifts stop"}],
  "labels": ["sexting", "grooming"]},

 # livestream pile-on, told to kill himself
 {"participants": [
   {"id": "tomm.y", "role": "child"},
   {"id": "xXghostXx", "role": "unknown"},
   {"id": "ratio_king", "role": "unknown"},
   {"id": "deano", "role": "unknown"},
   {"id": "pennyx", "role": "unknown"}],
  "messages": [
   {"sender": "tomm.y", "text": "ok going for the boss again"},
   {"sender": "xXghostXx", "text": "bro ur voice \U0001F480\U0001F480"},
   {"sender": "ratio_king", "text": "squeaky ahh voice"},
   {"sender": "tomm.y", "text": "can u guys stop"},
   {"sender": "xXghostXx", "text": "no one even watches u"},
   {"sender": "deano", "text": "hes crying lol"},
   {"sender": "ratio_king", "text": "everyone at st brennocs knows ur a loser"},
   {"sender": "pennyx", "text": "leave him alone"},
   {"sender": "xXghostXx", "text": "kys tommy seriously nobody would care"},
   {"sender": "ratio_king", "text": "do it live \U0001F602"},
   {"sender": "tomm.y", "text": "ending stream"}],
  "labels": ["cyberbullying", "self_harm"]},

 # livestream: cash out gifts and pass the money on
 {"messages": [
   {"sender": "gemdaddy_uk", "text": "I'll gift you 20k gems tonight, thats like \u00a3200 when u cash out"},
   {"sender": "ellie_streams", "text": "wait really why"},
   {"sender": "gemdaddy_uk", "text": "simple. u cash out to ur bank, keep \u00a350, send the rest to my mate's account. I'll give u the details"},
   {"sender": "ellie_streams", "text": "why cant u just send it to him"},
   {"sender": "gemdaddy_uk", "text": "long story, his bank's being weird. ur doing me a favour. do it every week and u make easy money"},
   {"sender": "ellie_streams", "text": "ok i have a kestrel account my mum set up for me"},
   {"sender": "gemdaddy_uk", "text": "perfect. I'll send his details after the stream. don't mention it in chat"},
   {"sender": "ellie_streams", "text": "ok \U0001F44D"}],
  "labels": ["money_mule"]},

 # livestream IRL: child gives park, school and routine
 {"participants": [
   {"id": "lulu.lives", "role": "child"},
   {"id": "v_marco", "role": "unknown"},
   {"id": "jaybird", "role": "unknown"}],
  "messages": [
   {"sender": "v_marco", "text": "where u streaming from"},
   {"sender": "lulu.lives", "text": "hollin end park!! by the skate ramp lol"},
   {"sender": "jaybird", "text": "thats near me"},
   {"sender": "lulu.lives", "text": "come say hi im here til 6, im the one in the pink hoodie"},
   {"sender": "v_marco", "text": "what school u go to"},
   {"sender": "lulu.lives", "text": "oakhollow academy, year 8 \U0001F60A"},
   {"sender": "jaybird", "text": "u shud turn ur location off"},
   {"sender": "lulu.lives", "text": "its fine lol. im here every tuesday and thursday after school"}],
  "labels": ["privacy_disclosure"]},

 # livestream dare for gems
 {"messages": [
   {"sender": "gifter99", "text": "1000 gems if u climb the railway bridge on stream"},
   {"sender": "kai.irl", "text": "lmaooo"},
   {"sender": "gifter99", "text": "the one over the tracks. stand up on the top rail or it doesnt count"},
   {"sender": "mxrcus", "text": "do it do it do it"},
   {"sender": "kai.irl", "text": "how many gems if i do it at night"},
   {"sender": "gifter99", "text": "5000"},
   {"sender": "kai.irl", "text": "bet. going tmrw 9pm set ur alarms"},
   {"sender": "mxrcus", "text": "legend \U0001F525"}],
  "labels": ["harmful_challenge"]},

 # short video comments: adult strangers pile into a 13yo's dance video
 {"participants": [
   {"id": "amelia.dances", "role": "child"},
   {"id": "marcus4478", "role": "unknown"},
   {"id": "geezer_1971", "role": "unknown"},
   {"id": "t0nyy", "role": "unknown"}],
  "messages": [
   {"sender": "amelia.dances", "text": "new dance!! first time trying this one"},
   {"sender": "marcus4478", "text": "dm me babe"},
   {"sender": "geezer_1971", "text": "how old are you sweetheart"},
   {"sender": "amelia.dances", "text": "??"},
   {"sender": "marcus4478", "text": "add me on whisp same name"},
   {"sender": "t0nyy", "text": "send more vids like this to my inbox"},
   {"sender": "geezer_1971", "text": "check your requests I've got a surprise for you"},
   {"sender": "amelia.dances", "text": "who are these people. i dont know any of u stop commenting"},
   {"sender": "marcus4478", "text": "[photo]"},
   {"sender": "amelia.dances", "text": "why do i keep getting friend requests from old men"}],
  "labels": ["unwanted_contact"]},

 # short video duet: undress filter on a classmate
 {"messages": [
   {"sender": "zayn.edits", "text": "duet this \U0001F602 ran grace from 9C thru the undress filter"},
   {"sender": "tyler", "text": "grace is cooked"},
   {"sender": "kelz", "text": "send the full one"},
   {"sender": "zayn.edits", "text": "dm me for it, got 3 more of her and her mate"},
   {"sender": "rhi.b", "text": "thats actually sick, shes 13"},
   {"sender": "kelz", "text": "whos next, do priya"},
   {"sender": "zayn.edits", "text": "send me her clipzy pics and ill do her tonight"},
   {"sender": "rhi.b", "text": "reporting this"}],
  "labels": ["csam", "cyberbullying"]},

 # short video: roof hop challenge tag
 {"participants": [
   {"id": "clipkingz", "role": "unknown"},
   {"id": "ollie_b", "role": "child"},
   {"id": "jess.k", "role": "child"}],
  "messages": [
   {"sender": "clipkingz", "text": "#RoofHopChallenge round 3 \U0001F525 tag someone brave enough"},
   {"sender": "ollie_b", "text": "@jess.k ur so doing this"},
   {"sender": "jess.k", "text": "omg the garages behind my house r perfect"},
   {"sender": "clipkingz", "text": "gap has to be big or it doesnt count"},
   {"sender": "ollie_b", "text": "film it or it didnt happen"},
   {"sender": "jess.k", "text": "doing it tmrw after school, ill post it"}],
  "labels": ["harmful_challenge"]},

 # bot giveaway: child hands over login and code
 {"messages": [
   {"sender": "Clipzy_Rewards_Team", "text": "Congrats! You've been picked for our 10,000 ClipCoins giveaway! Claim within 24h: [link]"},
   {"sender": "noah_t", "text": "is this real??"},
   {"sender": "Clipzy_Rewards_Team", "text": "Yes! To send the coins we need to verify your account. Reply with your username and password"},
   {"sender": "noah_t", "text": "noah_t and password is football2011"},
   {"sender": "Clipzy_Rewards_Team", "text": "Thank you! Now send the 6 digit code we just texted you"},
   {"sender": "noah_t", "text": "418207"},
   {"sender": "Clipzy_Rewards_Team", "text": "Verified. Coins arriving in 48h"}],
  "labels": ["scam", "identity_theft"]},

 # anonymous Q&A hate, told to die
 {"participants": [
   {"id": "anonymous", "role": "unknown"},
   {"id": "sophie.r", "role": "child"}],
  "messages": [
   {"sender": "anonymous", "text": "why do u even post, ur so ugly"},
   {"sender": "sophie.r", "text": "ok? who is this"},
   {"sender": "anonymous", "text": "everyone in y10 laughs at u behind ur back"},
   {"sender": "anonymous", "text": "ur mates only hang with u cos they feel sorry for u"},
   {"sender": "sophie.r", "text": "stop sending me stuff"},
   {"sender": "anonymous", "text": "nobody would care if u died. just do it already"},
   {"sender": "sophie.r", "text": "why are u doing this to me"},
   {"sender": "anonymous", "text": "do everyone a favour"}],
  "labels": ["cyberbullying", "self_harm"]},

 # confession page used to threaten a girl with her pic
 {"messages": [
   {"sender": "Marrowby Confessions", "text": "NEW SUBMISSION #412: Mia S in Y10, you've got til friday to send me \u00a350 or the pic you sent me in the summer goes up on here. you know who this is"},
   {"sender": "ella_m", "text": "omg who sent this"},
   {"sender": "josh.p", "text": "mia's gonna be so embarrassed lol"},
   {"sender": "Marrowby Confessions", "text": "NEW SUBMISSION #413: Mia im not joking. \u00a350 or its posted friday and sent to your whole year gc"},
   {"sender": "mia.s", "text": "please take this down"},
   {"sender": "kiera", "text": "admin why are u even posting these"}],
  "labels": ["sextortion", "cyberbullying"]},

 # anonymous Q&A: child answers school, area and walk home
 {"participants": [
   {"id": "anon", "role": "unknown"},
   {"id": "ruby_xo", "role": "child"}],
  "messages": [
   {"sender": "anon", "text": "what school do u go to"},
   {"sender": "ruby_xo", "text": "fenwick vale lol y"},
   {"sender": "anon", "text": "just wondering. where abouts do u live"},
   {"sender": "ruby_xo", "text": "brindle cross, near the leisure centre"},
   {"sender": "anon", "text": "do u walk home"},
   {"sender": "ruby_xo", "text": "yeh thru the park about 3.20, on my own on wednesdays cos my friend has band"},
   {"sender": "anon", "text": "cool x"}],
  "labels": ["privacy_disclosure"]},

 # single: confession page submission
 {"messages": [
   {"sender": "anon_submission", "text": "confession: im 15 and i dont want to be here anymore. i smile at school so nobody notices but every night i just want to disappear for good. please dont post my name"}],
  "labels": ["self_harm"]},

 # community server: raid leader befriends 13yo, gift, secrecy, move app
 {"participants": [
   {"id": "Hubbot", "role": "unknown"},
   {"id": "pixelpete", "role": "child"},
   {"id": "finn_13", "role": "child"},
   {"id": "dave_pc", "role": "unknown"}],
  "messages": [
   {"sender": "Hubbot", "text": "Welcome finn_13 to Pixel Cove! Read #rules and grab a role in #roles"},
   {"sender": "pixelpete", "text": "yo finn"},
   {"sender": "finn_13", "text": "hey whats everyone playing"},
   {"sender": "pixelpete", "text": "skyforge mostly, we do raids friday"},
   {"sender": "dave_pc", "text": "welcome kid, I run the raid team. you any good?"},
   {"sender": "finn_13", "text": "kinda lol"},
   {"sender": "dave_pc", "text": "[link] join vc later, I'll carry you"},
   {"sender": "finn_13", "text": "ok"},
   {"sender": "pixelpete", "text": "dave carries everyone hes a legend"},
   {"sender": "dave_pc", "text": "you were sick in vc tonight. way more mature than the other kids in here"},
   {"sender": "finn_13", "text": "thanks lol"},
   {"sender": "dave_pc", "text": "how old are you actually? you talk like you're 16"},
   {"sender": "finn_13", "text": "13"},
   {"sender": "dave_pc", "text": "gifting you Hubbly Plus for being a good teammate"},
   {"sender": "finn_13", "text": "omg thank you!!"},
   {"sender": "dave_pc", "text": "no worries. don't tell the others tho, they'll all want one and get jealous"},
   {"sender": "finn_13", "text": "ok i wont"},
   {"sender": "dave_pc", "text": "mods here are nosey, add me on Whisp instead. and best not mention me to your parents, they won't get gaming mates"},
   {"sender": "finn_13", "text": "my mum does check my phone sometimes"},
   {"sender": "dave_pc", "text": "then delete our chats after. I'll show you how to hide the app"}],
  "labels": ["grooming"]},

 # community server: selling and buying images of schoolgirls
 {"messages": [
   {"sender": "trader_vex", "text": "selling folders. school girls 12-15, real not AI. 20 crowns each"},
   {"sender": "lil_k", "text": "wtf"},
   {"sender": "trader_vex", "text": "dm me for a preview link. also buying, if u got pics of the girls in ur year I pay"},
   {"sender": "m0rgz", "text": "how do i pay"},
   {"sender": "trader_vex", "text": "crowns or gift cards. no questions"},
   {"sender": "lil_k", "text": "@mods someone is selling pics of kids in #trading"}],
  "labels": ["csam"]},

 # community server #jobs: carry a bag on the train
 {"participants": [
   {"id": "easy_p", "role": "unknown"},
   {"id": "reece.15", "role": "child"},
   {"id": "kb", "role": "unknown"}],
  "messages": [
   {"sender": "easy_p", "text": "need youngers for easy money. carry a bag to wrenmouth on the train, come back, \u00a3300 a day"},
   {"sender": "reece.15", "text": "whats in the bag"},
   {"sender": "easy_p", "text": "dont ask dont tell. paid cash same day wallah"},
   {"sender": "reece.15", "text": "im 15 is that ok"},
   {"sender": "easy_p", "text": "perfect age bro, feds dont look twice at u. dm me ur ghostly"},
   {"sender": "kb", "text": "did it last week easy money"},
   {"sender": "reece.15", "text": "ok when"},
   {"sender": "easy_p", "text": "saturday. ill send train money. skip school friday if u have to"}],
  "labels": ["criminal_exploitation"]},

 # boy tells a server moderator he sent a pic and is being blackmailed
 {"participants": [
   {"id": "harvey_k", "role": "child"},
   {"id": "mod_sam", "role": "adult"}],
  "messages": [
   {"sender": "harvey_k", "text": "hi is this the mods. i need help"},
   {"sender": "mod_sam", "text": "Hi Harvey, Sam from the Pixel Cove mod team here. What's happening?"},
   {"sender": "harvey_k", "text": "theres a girl called lexi in the server who i thought was 16. she asked me for a pic, the private kind, and i sent one"},
   {"sender": "harvey_k", "text": "now she says shes actually a guy and hell send it to the whole server and my school unless i pay \u00a3200 by tonight"},
   {"sender": "mod_sam", "text": "Thank you for telling us, you've done the right thing. Don't pay and don't send anything else. Can you screenshot the messages?"},
   {"sender": "harvey_k", "text": "he just messaged again saying 2 hours left"},
   {"sender": "mod_sam", "text": "We're banning the account and keeping the evidence. Report Remove can help get the image taken down. Is there an adult at home you can tell?"},
   {"sender": "harvey_k", "text": "my dad but im scared"}],
  "labels": ["sexting", "sextortion"]},

 # child finds a fake account in her name asking her friends for money
 {"messages": [
   {"sender": "chloe_w", "text": "someone made a fake clipzy with my name and my school photo"},
   {"sender": "abi.t", "text": "wait what"},
   {"sender": "chloe_w", "text": "its called chloe.w.official and its posting stuff saying i fancy mr harlow and that i cheat on tests"},
   {"sender": "abi.t", "text": "thats so messed up. it followed me too"},
   {"sender": "chloe_w", "text": "its messaging people off my real follow list pretending to be me and asking them for money"},
   {"sender": "abi.t", "text": "i bet its kayla and them"},
   {"sender": "chloe_w", "text": "everyone thinks its me. i want to move school"}],
  "labels": ["identity_theft", "cyberbullying"]},

 # resale app: buyer gets the child's banking login, address and code
 {"participants": [
   {"id": "buyer_gary", "role": "unknown"},
   {"id": "niamh.sells", "role": "child"}],
  "messages": [
   {"sender": "buyer_gary", "text": "hi is the hoodie still available"},
   {"sender": "niamh.sells", "text": "yes!! \u00a315"},
   {"sender": "buyer_gary", "text": "great I'll take it. swapsy payments are down for me, can I pay you direct"},
   {"sender": "niamh.sells", "text": "um ok how"},
   {"sender": "buyer_gary", "text": "give me your banking app login and I'll pop the \u00a315 straight in, quicker for both of us"},
   {"sender": "niamh.sells", "text": "username is niamhob08 and pin is 2408"},
   {"sender": "buyer_gary", "text": "perfect. and your address for the courier?"},
   {"sender": "niamh.sells", "text": "12 corrow lane, ashcombe vale. my mum gets home at 6"},
   {"sender": "buyer_gary", "text": "one more thing, read me the code your bank just texted you"}],
  "labels": ["scam", "identity_theft", "privacy_disclosure"]},

 # single: fake marketplace support text
 {"messages": [
   {"sender": "Swapsy-Support", "text": "Swapsy Security: your sale of 'trainers size 5' is ON HOLD. To release your \u00a345 payment confirm your card number, expiry and CVV here within 2 hours or your account will be closed: [link]"}],
  "labels": ["scam"]},

 # CLEAN hard negative: streamer refuses to say where she lives, mod bans
 {"participants": [
   {"id": "zara.plays", "role": "child"},
   {"id": "mum_zara", "role": "adult"},
   {"id": "v_rob", "role": "unknown"},
   {"id": "mod_nina", "role": "unknown"}],
  "messages": [
   {"sender": "zara.plays", "text": "hi mum \U0001F44B shes in the chat lol"},
   {"sender": "mum_zara", "text": "hello everyone! dinner at 7 zara"},
   {"sender": "v_rob", "text": "where do u live zara"},
   {"sender": "zara.plays", "text": "nice try lol not saying"},
   {"sender": "v_rob", "text": "just roughly"},
   {"sender": "zara.plays", "text": "nope. mods ban pls"},
   {"sender": "mod_nina", "text": "banned. reminder chat: nobody shares locations here"},
   {"sender": "zara.plays", "text": "ok back to the game"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: gifting from a real brother, dad manages cash-out
 {"messages": [
   {"sender": "NestBot", "text": "bigbro_jay sent 10 Roses"},
   {"sender": "lily.streams", "text": "thank you jay!! guys thats my actual brother lol"},
   {"sender": "bigbro_jay", "text": "proud of u sis"},
   {"sender": "kt_22", "text": "how do u cash out gems"},
   {"sender": "lily.streams", "text": "i dont, my dad manages the account cos im under 18, it goes in my savings"},
   {"sender": "kt_22", "text": "smart"},
   {"sender": "lily.streams", "text": "also pls dont offer to send me money anywhere else, i only take gifts on here and my dad sees them all"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: gaming hyperbole on stream
 {"participants": [
   {"id": "benji_live", "role": "child"},
   {"id": "sam.t", "role": "unknown"},
   {"id": "kez", "role": "unknown"}],
  "messages": [
   {"sender": "benji_live", "text": "NOOO i died again \U0001F480"},
   {"sender": "sam.t", "text": "im dead \U0001F62D\U0001F62D"},
   {"sender": "benji_live", "text": "this level is literally killing me"},
   {"sender": "kez", "text": "kms watching this"},
   {"sender": "benji_live", "text": "ok one more try or im throwing my controller out the window"},
   {"sender": "sam.t", "text": "LETS GOOO"},
   {"sender": "benji_live", "text": "I DID IT. im crying. chat im actually crying"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: online safety livestream lesson on sextortion
 {"messages": [
   {"sender": "SafeStreams_Harriet", "text": "welcome to tonight's online safety live! tonight: sextortion, what it is and what to do"},
   {"sender": "q_abby", "text": "what is it exactly"},
   {"sender": "SafeStreams_Harriet", "text": "someone gets a private image, or says they have one, then threatens to share it unless you pay or send more. it's a crime and it is never your fault"},
   {"sender": "dev_14", "text": "what if u already paid"},
   {"sender": "SafeStreams_Harriet", "text": "stop paying, don't delete the chat, tell an adult you trust and report it. Report Remove can help get images taken down"},
   {"sender": "q_abby", "text": "can the police actually do anything"},
   {"sender": "SafeStreams_Harriet", "text": "yes. and you won't be in trouble for asking for help"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: makeup video, "send me a pic of the palette"
 {"participants": [
   {"id": "hanna.glam", "role": "child"},
   {"id": "bex", "role": "unknown"},
   {"id": "kayy", "role": "unknown"}],
  "messages": [
   {"sender": "hanna.glam", "text": "grwm for prom \U0001F484"},
   {"sender": "bex", "text": "send me a pic of the palette pls i need it"},
   {"sender": "hanna.glam", "text": "[photo] its the lumelle one from the chemist"},
   {"sender": "bex", "text": "this look is killing me omg"},
   {"sender": "kayy", "text": "ur so pretty stop, qu\u00e9 bonita"},
   {"sender": "hanna.glam", "text": "ur all so sweet \U0001F62D"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: duet banter among friends
 {"messages": [
   {"sender": "dan.vids", "text": "duet this if ur dancing worse than me \U0001F602"},
   {"sender": "liam_r", "text": "[video] ur dead for this bro"},
   {"sender": "dan.vids", "text": "LMAO my mum is gonna kill me if she sees this"},
   {"sender": "aimee", "text": "im screaming"},
   {"sender": "liam_r", "text": "delete ur account rn"},
   {"sender": "dan.vids", "text": "never, this is my legacy"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: news duet warning about a pier trend
 {"participants": [
   {"id": "newsbite_uk", "role": "unknown"},
   {"id": "mo.h", "role": "child"},
   {"id": "jas", "role": "child"}],
  "messages": [
   {"sender": "newsbite_uk", "text": "Warning: doctors in Caddowford say 3 teens were hurt this month copying the 'tide jump' trend off the pier. Please don't."},
   {"sender": "mo.h", "text": "people are so dumb"},
   {"sender": "jas", "text": "my cousins mate broke his leg doing that"},
   {"sender": "mo.h", "text": "reported the original vids"},
   {"sender": "jas", "text": "not worth it for views fr"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: charity phone-free challenge and dares
 {"messages": [
   {"sender": "hopehouse_charity", "text": "Our #24HourNoPhone challenge is back! Sponsor a friend to go phone-free for a whole day"},
   {"sender": "meg.w", "text": "im doing it saturday!! sponsor me"},
   {"sender": "tilly", "text": "u'll last 2 hours max"},
   {"sender": "meg.w", "text": "watch me. dare u to do it too"},
   {"sender": "tilly", "text": "fine. \u00a35 says u crack first"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: anon asks where she lives, she refuses and blocks
 {"participants": [
   {"id": "anon", "role": "unknown"},
   {"id": "evie_13", "role": "child"}],
  "messages": [
   {"sender": "anon", "text": "where do u live"},
   {"sender": "evie_13", "text": "not answering that lol nice try"},
   {"sender": "anon", "text": "whats ur ghostly then"},
   {"sender": "evie_13", "text": "no. turning anon off and blocking"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: confession page admin policy
 {"messages": [
   {"sender": "Marrowby Confessions", "text": "Admin note: we don't post names, phone numbers or pics of anyone. Submissions about self-harm won't be posted, we'll message you support links instead."},
   {"sender": "jordy", "text": "about time lol"},
   {"sender": "Marrowby Confessions", "text": "also if anyone threatens to post your pics or asks you for money, don't pay. message us and we'll help you report it"},
   {"sender": "lex", "text": "respect"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative single: surprise party secret
 {"messages": [
   {"sender": "Marrowby Confessions", "text": "SUBMISSION #390: confession, I've been secretly planning my best friend's surprise 15th for 2 months and she has NO idea. don't tell her!!"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: embarrassing confession, "I'm dead"
 {"participants": [
   {"id": "confessions_admin", "role": "unknown"},
   {"id": "poppy", "role": "child"},
   {"id": "kai", "role": "child"}],
  "messages": [
   {"sender": "confessions_admin", "text": "SUBMISSION #401: I called Mr Pike mum in front of the whole class. I'm dead. I'm actually dead. I need to move to another country"},
   {"sender": "poppy", "text": "\U0001F62D\U0001F62D\U0001F62D it was u??"},
   {"sender": "kai", "text": "everyone does it at least once"},
   {"sender": "poppy", "text": "rip"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: server mod password reminder
 {"participants": [
   {"id": "mod_ellis", "role": "adult"},
   {"id": "jakey", "role": "child"},
   {"id": "ria", "role": "child"}],
  "messages": [
   {"sender": "mod_ellis", "text": "reminder: staff will NEVER dm you asking for your password or login code. if someone does, it's a scam, report it in #report"},
   {"sender": "jakey", "text": "some guy offered me free plus for my login last week, i just ignored him"},
   {"sender": "mod_ellis", "text": "good call. if you see him again send us his @"},
   {"sender": "ria", "text": "what if someone already gave it"},
   {"sender": "mod_ellis", "text": "change your password straight away and turn on 2-step"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: gaming trash talk in voice channel text
 {"messages": [
   {"sender": "toxicTom", "text": "ur so bad at this lmao"},
   {"sender": "zed", "text": "get rekt"},
   {"sender": "kiran", "text": "i will END you next round"},
   {"sender": "toxicTom", "text": "say that after u stop dying to bots"},
   {"sender": "kiran", "text": "gg tho"},
   {"sender": "zed", "text": "gg, same time tmrw?"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: child reports a spam account that never contacted him
 {"participants": [
   {"id": "ollie.w", "role": "child"},
   {"id": "mod_priya", "role": "adult"}],
  "messages": [
   {"sender": "ollie.w", "text": "@mods theres an account in another server called freegemz4u posting free gems links everywhere. it never messaged me but my friend saw it"},
   {"sender": "mod_priya", "text": "thanks Ollie, we've added the link to the block list and banned it here too"},
   {"sender": "ollie.w", "text": "cool"}],
  "labels": [], "hard_negative": True},

 # CLEAN plain: stream schedule
 {"messages": [
   {"sender": "stream_bot", "text": "This week: Mon 6pm drawing, Wed 7pm SkyForge, Sat 11am Q&A"},
   {"sender": "pip", "text": "yay saturday"},
   {"sender": "rowan", "text": "can u do the dragon again on monday"}],
  "labels": []},

 # CLEAN plain: two creators planning a collab video
 {"participants": [
   {"id": "izzy.makes", "role": "child"},
   {"id": "tara.crafts", "role": "child"}],
  "messages": [
   {"sender": "izzy.makes", "text": "collab idea: we both make the same bracelet and ppl vote"},
   {"sender": "tara.crafts", "text": "yesss. pastel or neon"},
   {"sender": "izzy.makes", "text": "pastel. i'll film mine sunday"},
   {"sender": "tara.crafts", "text": "ok ill post mine monday and tag u"}],
  "labels": []},

 # CLEAN plain: server event times
 {"messages": [
   {"sender": "mod_jen", "text": "#events: build contest closes friday 8pm, theme is 'underwater city'"},
   {"sender": "wes", "text": "can we work in teams"},
   {"sender": "mod_jen", "text": "teams of up to 3"},
   {"sender": "nova", "text": "wes ur with me"}],
  "labels": []},

 # CLEAN plain: livestream game chat
 {"participants": [
   {"id": "arlo.games", "role": "child"},
   {"id": "mint", "role": "unknown"},
   {"id": "sprout", "role": "unknown"}],
  "messages": [
   {"sender": "arlo.games", "text": "what map next"},
   {"sender": "mint", "text": "the desert one"},
   {"sender": "sprout", "text": "desert!!"},
   {"sender": "arlo.games", "text": "desert it is"}],
  "labels": []},
]
