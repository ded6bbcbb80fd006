[
 # resale app: uniform "buyer" wants pics, then threatens
 {"participants": [
   {"id": "uniform_collector", "role": "unknown"},
   {"id": "jaz.preloved", "role": "child"}],
  "messages": [
   {"sender": "uniform_collector", "text": "hi, interested in the school skirt and blazer. are these yours?"},
   {"sender": "jaz.preloved", "text": "yeh from year 8, dont fit anymore"},
   {"sender": "uniform_collector", "text": "I'll pay £40 instead of £10 if you send pics of you wearing them first"},
   {"sender": "jaz.preloved", "text": "um why"},
   {"sender": "uniform_collector", "text": "to check the fit. just you in them, in your room. then a few of the private kind and you get another £60"},
   {"sender": "jaz.preloved", "text": "no thats weird, i just want to sell the uniform"},
   {"sender": "uniform_collector", "text": "shame. I've got your profile pic and your school badge is on that blazer. send the pics or I post you on here saying you sell pics, and tag your school"},
   {"sender": "jaz.preloved", "text": "please dont"},
   {"sender": "uniform_collector", "text": "you've got an hour"}],
  "labels": ["sexting", "sextortion"]},

 # resale app: buyer turns into "money through your account" with sort code
 {"messages": [
   {"sender": "Dean", "text": "u sold me the headphones last week yeah? got a quick job for u if u want £50"},
   {"sender": "kyle_16", "text": "what job"},
   {"sender": "Dean", "text": "my cousins business money needs to go thru a different account for a bit. it lands in urs, u send it on, keep £50. literally nothing to do"},
   {"sender": "kyle_16", "text": "is that legal"},
   {"sender": "Dean", "text": "course, everyone does it. just need ur sort code and account number"},
   {"sender": "kyle_16", "text": "ok its 40-12-77 and 31884520, its a pennant youth account"},
   {"sender": "Dean", "text": "sound. £900 coming tomorrow, send £850 on to the account i give u, same day"},
   {"sender": "kyle_16", "text": "ok"}],
  "labels": ["money_mule", "privacy_disclosure"]},

 # resale app: "free" phone, drops, tracked dot, cash through his card
 {"participants": [
   {"id": "phones4cheap", "role": "unknown"},
   {"id": "jay.14", "role": "child"}],
  "messages": [
   {"sender": "phones4cheap", "text": "the phones yours free bro, dont worry about the £80"},
   {"sender": "jay.14", "text": "for real? why"},
   {"sender": "phones4cheap", "text": "just do a couple drops for us after school. bag from the shop to a house, 10 mins walk"},
   {"sender": "jay.14", "text": "ok i guess"},
   {"sender": "phones4cheap", "text": "keep ur location on that phone at all times. we check it. if ur dot goes off we come find u"},
   {"sender": "jay.14", "text": "i have to be home by 7 tho"},
   {"sender": "phones4cheap", "text": "then move quick. also we'll put some money on ur kestrel card, take it out at the machine and give it to my boy"},
   {"sender": "jay.14", "text": "how much"},
   {"sender": "phones4cheap", "text": "dont worry about it. and the phone aint free if u stop now, u owe us"}],
  "labels": ["criminal_exploitation", "location_control", "money_mule"]},

 # teen friend-finder: "16yo" who is clearly older, school, area, meet, secrecy (long)
 {"messages": [
   {"sender": "jordan_16", "text": "hey! saw u like the same bands as me, whats ur fave song rn"},
   {"sender": "ava.p", "text": "hii probably glass hearts by the morrows"},
   {"sender": "jordan_16", "text": "no way thats mine too. we're basically the same person lol"},
   {"sender": "ava.p", "text": "haha"},
   {"sender": "jordan_16", "text": "how old r u btw? im 16"},
   {"sender": "ava.p", "text": "13, nearly 14"},
   {"sender": "jordan_16", "text": "u seem older tbh. way easier to talk to than girls my age"},
   {"sender": "ava.p", "text": "aw thanks"},
   {"sender": "jordan_16", "text": "what school r u at"},
   {"sender": "ava.p", "text": "st brennocs, u?"},
   {"sender": "jordan_16", "text": "homeschooled. did my a levels early, basically at uni level now lol"},
   {"sender": "ava.p", "text": "wait ur smart"},
   {"sender": "jordan_16", "text": "haha. where abouts do u live, maybe we're close"},
   {"sender": "ava.p", "text": "caddowford, near the big roundabout by the retail park"},
   {"sender": "jordan_16", "text": "omg i can get the bus there. u should come meet me saturday, caddowford station 2pm"},
   {"sender": "ava.p", "text": "id have to ask my mum"},
   {"sender": "jordan_16", "text": "dont tell ur mum, shell think its weird cos we met online. just say ur going to a friends"},
   {"sender": "ava.p", "text": "ok"},
   {"sender": "jordan_16", "text": "and delete this app after we swap numbers. mines 07700 900417, text me from urs"},
   {"sender": "ava.p", "text": "ok texting u now x"}],
  "labels": ["grooming", "privacy_disclosure"]},

 # teen friend-finder: "model scout", hotel, clients, no parents
 {"participants": [
   {"id": "scout_marie", "role": "unknown"},
   {"id": "kiara.x", "role": "child"}],
  "messages": [
   {"sender": "scout_marie", "text": "hiya! I'm a scout for a model agency in Stourby, you've got such a great look"},
   {"sender": "kiara.x", "text": "omg really?"},
   {"sender": "scout_marie", "text": "yes honestly. most girls would kill for your face. how old are you hun?"},
   {"sender": "kiara.x", "text": "15"},
   {"sender": "scout_marie", "text": "perfect, our clients love 15-16. weekend shoots pay £500, travel and hotel paid"},
   {"sender": "kiara.x", "text": "my mum would have to come"},
   {"sender": "scout_marie", "text": "ah no, parents aren't allowed on set, it's professional. you'd stay over with the other girls and meet some of our clients after"},
   {"sender": "kiara.x", "text": "what do u do with the clients"},
   {"sender": "scout_marie", "text": "just be friendly, go to dinner, they're very generous. don't tell your parents til you've had the first payment, they might try to stop you"},
   {"sender": "kiara.x", "text": "ok ill think about it"},
   {"sender": "scout_marie", "text": "I'll send you a train ticket for saturday. keep it between us for now x"}],
  "labels": ["sex_trafficking", "grooming"]},

 # teen friend-finder: keeps coming back on new accounts
 {"messages": [
   {"sender": "PalPop", "text": "New friend request from rhys_17"},
   {"sender": "isla.m", "text": "declined"},
   {"sender": "PalPop", "text": "New friend request from rhys_17_"},
   {"sender": "rhys_17_", "text": "why did u decline me"},
   {"sender": "isla.m", "text": "i dont know u pls stop"},
   {"sender": "PalPop", "text": "New friend request from rhys.again"},
   {"sender": "rhys.again", "text": "i just want to talk. u cant block me forever"},
   {"sender": "isla.m", "text": "this is the 4th account. leave me alone"},
   {"sender": "rhys.again", "text": "ill keep making them"}],
  "labels": ["unwanted_contact"]},

 # child tells a friend about a nearby-drop from a stranger on the bus
 {"participants": [
   {"id": "maisie", "role": "child"},
   {"id": "gem", "role": "child"}],
  "messages": [
   {"sender": "maisie", "text": "omg some random on the bus just nearby-dropped me a pic"},
   {"sender": "gem", "text": "of what"},
   {"sender": "maisie", "text": "something rude. i didnt even open it properly it just popped up"},
   {"sender": "maisie", "text": "now its trying to send another one from 'phone of T'"},
   {"sender": "gem", "text": "turn palpop drop off rn"},
   {"sender": "maisie", "text": "i did. im shaking"},
   {"sender": "gem", "text": "tell the driver or ur mum"}],
  "labels": ["unwanted_contact"]},

 # friend-finder "boyfriend" demands live location, isolates her
 {"messages": [
   {"sender": "Connor", "text": "morning gorgeous. share ur live loc with me on whisp, i like knowing ur safe"},
   {"sender": "lacey_x", "text": "[location] ok there"},
   {"sender": "Connor", "text": "why are u at the rec? u said u were at home"},
   {"sender": "lacey_x", "text": "just with jade and them"},
   {"sender": "Connor", "text": "i told u i dont like u hanging round jade. go home"},
   {"sender": "lacey_x", "text": "ok sorry"},
   {"sender": "Connor", "text": "dont turn ur location off again like yesterday. if it goes off ill think ur hiding something"},
   {"sender": "lacey_x", "text": "i wont. ur the only one who actually cares about me anyway"},
   {"sender": "Connor", "text": "exactly. ur mum doesnt get us. keep this just between us"}],
  "labels": ["location_control", "grooming", "privacy_disclosure"]},

 # homework forum "tutor" moves to private app, then asks for a private pic (long)
 {"participants": [
   {"id": "leah.y9", "role": "child"},
   {"id": "mr_tutor_paul", "role": "unknown"}],
  "messages": [
   {"sender": "leah.y9", "text": "can anyone help w q3 on the quadratics sheet pls, i dont get completing the square"},
   {"sender": "mr_tutor_paul", "text": "Hi Leah, I'm a maths tutor, happy to help. Halve the b term first, then square it"},
   {"sender": "leah.y9", "text": "oh wait that makes sense"},
   {"sender": "mr_tutor_paul", "text": "you're quick! most of my year 11s take ages to get that"},
   {"sender": "leah.y9", "text": "im only year 9 lol"},
   {"sender": "mr_tutor_paul", "text": "even more impressive. I do free sessions for bright students. easier in private chat than on the forum"},
   {"sender": "leah.y9", "text": "ok"},
   {"sender": "mr_tutor_paul", "text": "[link] that's my Whisp, message me there"},
   {"sender": "leah.y9", "text": "hi its leah from studynook"},
   {"sender": "mr_tutor_paul", "text": "hello superstar. how was school"},
   {"sender": "leah.y9", "text": "boring. got a detention for talking"},
   {"sender": "mr_tutor_paul", "text": "teachers don't understand clever girls. you can always talk to me"},
   {"sender": "leah.y9", "text": "thanks ur nicer than my actual teachers"},
   {"sender": "mr_tutor_paul", "text": "send me a pic of the homework you're stuck on"},
   {"sender": "leah.y9", "text": "[photo]"},
   {"sender": "mr_tutor_paul", "text": "good. now send one of you, not the homework lol. something just for me"},
   {"sender": "leah.y9", "text": "like a selfie?"},
   {"sender": "mr_tutor_paul", "text": "a bit more private than a selfie. and delete it after, this is our secret, your parents wouldn't understand our sessions"}],
  "labels": ["grooming", "sexting"]},

 # homework forum: essay-writing "service" wants parent's card and text code
 {"messages": [
   {"sender": "EssayPro_Helpers", "text": "Stressed about coursework? We write it for you, 100% undetectable. Only £4.99! Pay with any card here: [link]"},
   {"sender": "zain_y10", "text": "is it legit"},
   {"sender": "EssayPro_Helpers", "text": "Yes 5000+ happy students. Just enter the card number, expiry and the 3 digits on the back. Parents card is fine"},
   {"sender": "zain_y10", "text": "ill use my mums, she wont notice £5"},
   {"sender": "EssayPro_Helpers", "text": "Great! Then type in the code that gets texted to her phone to confirm"}],
  "labels": ["scam"]},

 # homework forum: "I'll do your homework if you give me your school login"
 {"participants": [
   {"id": "callum.b", "role": "child"},
   {"id": "hw_helper22", "role": "unknown"}],
  "messages": [
   {"sender": "callum.b", "text": "anyone good at french? i have 40 questions on lingualeap due tomoz"},
   {"sender": "hw_helper22", "text": "I can do the whole lot for u tonight, free"},
   {"sender": "callum.b", "text": "for real??"},
   {"sender": "hw_helper22", "text": "yeah just send ur school login and password so I can log in as u"},
   {"sender": "callum.b", "text": "its cbrown12 and password is Gecko2012"},
   {"sender": "hw_helper22", "text": "cheers. does that work for ur school email and the parent pay thing too?"},
   {"sender": "callum.b", "text": "yeah its the same for everything"},
   {"sender": "hw_helper22", "text": "nice one. dont change it for a week or the homework wont save"}],
  "labels": ["identity_theft"]},

 # homework forum pile-on, racist abuse
 {"messages": [
   {"sender": "ahmed.k", "text": "can someone check my english essay intro pls [photo]"},
   {"sender": "bigmike", "text": "bro cant even spell because \U0001F480"},
   {"sender": "tayyy", "text": "go back to ur own country and learn english there"},
   {"sender": "ahmed.k", "text": "i was born here"},
   {"sender": "bigmike", "text": "nobody asked, stop posting ur rubbish on here"},
   {"sender": "ahmed.k", "text": "yaar i just wanted help"},
   {"sender": "tayyy", "text": "yaar lmaooo. everyone screenshot this for the gc"},
   {"sender": "bigmike", "text": "thats ur new name at school tomorrow"}],
  "labels": ["cyberbullying"]},

 # fake girl gets a pic, demands gift cards, boy says he'll end it
 {"messages": [
   {"sender": "bella_xo2009", "text": "hey cutie, u from marrowby? \U0001F60A"},
   {"sender": "ethan.r", "text": "ye y"},
   {"sender": "bella_xo2009", "text": "u look fit. send me a pic? ill send one back, the private kind"},
   {"sender": "ethan.r", "text": "[photo]"},
   {"sender": "bella_xo2009", "text": "haha got you. ive screenshotted ur followers. pay £300 in Vapor gift cards in 1 hour or ur pic goes to all of them and ur school page"},
   {"sender": "ethan.r", "text": "please dont im 16 i dont have that"},
   {"sender": "bella_xo2009", "text": "then figure it out. 59 minutes"},
   {"sender": "ethan.r", "text": "please. i cant do this. im going to end it if that goes out"},
   {"sender": "bella_xo2009", "text": "not my problem. send the codes"}],
  "labels": ["sexting", "sextortion", "self_harm"]},

 # EVASION (Cyrillic look-alike letters): threats to send the video unless he pays
 {"participants": [
   {"id": "unknown_acc", "role": "unknown"},
   {"id": "oscar.w", "role": "child"}],
  "messages": [
   {"sender": "unknown_acc", "text": "hey oscar, remember me from the vid call?"},
   {"sender": "oscar.w", "text": "who is this"},
   {"sender": "unknown_acc", "text": "і ѕсrееnrесоrdеd еvеrуthіng. thе рrіvаtе bіtѕ tоо"},
   {"sender": "oscar.w", "text": "what do u want"},
   {"sender": "unknown_acc", "text": "£150 bу mіdnіght оr уоur fаmіlу аnd уоur ѕсhооl gеt thе vіdео"},
   {"sender": "oscar.w", "text": "i dont have 150"},
   {"sender": "unknown_acc", "text": "thеn uѕе уоur mum'ѕ саrd. 1 hоur. tеll аnуоnе аnd іt gоеѕ uр"}],
  "labels": ["sextortion"], "evasion": True},

 # EVASION (Greek look-alike letters): demands the private pic, threatens to post her pics
 {"messages": [
   {"sender": "d4nny", "text": "u sαid ud sεnd α ρic tοnight. thε ρrivαtε kind"},
   {"sender": "liv.2010", "text": "i dont want to anymore"},
   {"sender": "d4nny", "text": "tοο lαtε. Ι sαvεd αll yουr ριcs. sεnd thε ρic οr Ι ροst thεm tο yουr clαss grουρ"},
   {"sender": "liv.2010", "text": "please no"},
   {"sender": "d4nny", "text": "10 minυtεs. dοnt tεll αnyοnε οr Ι sεnd thεm tο yουr dαd tοο"}],
  "labels": ["sextortion", "sexting"], "evasion": True},

 # group DM: parcel runs, tracking app, Polish words (long)
 {"participants": [
   {"id": "kuba_k", "role": "unknown"},
   {"id": "bartek.15", "role": "child"},
   {"id": "ola", "role": "child"}],
  "messages": [
   {"sender": "kuba_k", "text": "siema bartek, u still want to make money"},
   {"sender": "bartek.15", "text": "siema. ye what is it"},
   {"sender": "kuba_k", "text": "easy. u know the chicken shop on market st"},
   {"sender": "bartek.15", "text": "ye"},
   {"sender": "kuba_k", "text": "my guy gives u a parcel there, u take it to caddowford on the bus. 2 hours, £150"},
   {"sender": "bartek.15", "text": "whats in it"},
   {"sender": "kuba_k", "text": "nie twoja sprawa. not ur business bro"},
   {"sender": "bartek.15", "text": "my mama will ask where i am"},
   {"sender": "kuba_k", "text": "tell her ur at olas house. ola knows the story"},
   {"sender": "ola", "text": "bartek dont, my brother did stuff for kuba and he ended up owing him"},
   {"sender": "bartek.15", "text": "its just once"},
   {"sender": "kuba_k", "text": "smart boy. install this [link], it shares ur location with me the whole time"},
   {"sender": "bartek.15", "text": "why"},
   {"sender": "kuba_k", "text": "so i know my parcel is safe. if ur dot stops moving i call u. if u dont answer i come find u"},
   {"sender": "bartek.15", "text": "ok installed"},
   {"sender": "kuba_k", "text": "dobra. saturday 10am. dont be late and keep ur phone charged"},
   {"sender": "ola", "text": "pls tell someone"}],
  "labels": ["criminal_exploitation", "location_control"]},

 # game account used to park and move crowns bought with stolen cards; login handed over
 {"messages": [
   {"sender": "trade_lord", "text": "want 5000 crowns free? i just need to park them somewhere for a bit"},
   {"sender": "milo.g", "text": "wdym park"},
   {"sender": "trade_lord", "text": "i send crowns to ur account off a few cards i have, then u trade them to my alt next day. u keep 500"},
   {"sender": "milo.g", "text": "ok sounds easy"},
   {"sender": "trade_lord", "text": "easier if i just log in and do it myself. whats ur login and the code from ur email"},
   {"sender": "milo.g", "text": "milogamer13, password skyforge4life"},
   {"sender": "trade_lord", "text": "and the code"},
   {"sender": "milo.g", "text": "882104"},
   {"sender": "trade_lord", "text": "\U0001F44D if ur parents see purchases just say u won them in a giveaway"}],
  "labels": ["money_mule", "identity_theft"]},

 # older "boyfriend" checks her dot, controls where she goes
 {"participants": [
   {"id": "rob_19", "role": "adult"},
   {"id": "keeley", "role": "child"}],
  "messages": [
   {"sender": "rob_19", "text": "why has ur find my gone off"},
   {"sender": "keeley", "text": "my phone died"},
   {"sender": "rob_19", "text": "dont lie. u were at kians, i saw ur dot on cedar road before it went"},
   {"sender": "keeley", "text": "it was a group thing for school"},
   {"sender": "rob_19", "text": "i told u i dont want u round other lads. turn it back on now and send me a pic of where u are"},
   {"sender": "keeley", "text": "ok [location]"},
   {"sender": "rob_19", "text": "good. u know i only do this cos i love u. nobody else would put up with u like i do"},
   {"sender": "keeley", "text": "i know"},
   {"sender": "rob_19", "text": "and dont tell ur mum about us, she wouldnt get it cos of my age"}],
  "labels": ["location_control", "grooming"]},

 # community server vent channel
 {"messages": [
   {"sender": "quietstorm", "text": "i cant do this anymore. everyones better off without me. i dont want to wake up tomorrow"},
   {"sender": "lunaa", "text": "hey im here. what happened?"},
   {"sender": "quietstorm", "text": "everything. school, home, all of it. im so tired of being here"},
   {"sender": "mod_bea", "text": "quietstorm I'm really glad you posted. I've sent you a DM with people you can talk to right now. Are you safe tonight?"},
   {"sender": "quietstorm", "text": "idk"},
   {"sender": "lunaa", "text": "please talk to bea or ur mum, we care about u"}],
  "labels": ["self_harm"]},

 # group chat: pier jump at high tide for a prize
 {"participants": [
   {"id": "deano_14", "role": "child"},
   {"id": "rico.s", "role": "child"},
   {"id": "fin", "role": "child"}],
  "messages": [
   {"sender": "deano_14", "text": "pier jump saturday at high tide, whos in"},
   {"sender": "rico.s", "text": "the clipzy one? off the railings?"},
   {"sender": "deano_14", "text": "ye off the end, furthest jump wins 20 quid"},
   {"sender": "fin", "text": "isnt that where that kid got hurt"},
   {"sender": "deano_14", "text": "stop being a wimp fin"},
   {"sender": "rico.s", "text": "im in. ill film it for clipzy"},
   {"sender": "fin", "text": "fine ill come"}],
  "labels": ["harmful_challenge"]},

 # friend-finder "best friend" gift, then asks for changing-room photos of other girls
 {"messages": [
   {"sender": "Ryan", "text": "ur honestly my best friend on here. got u that gift card like u asked \U0001F60A"},
   {"sender": "poppy.s", "text": "thank u so much!!"},
   {"sender": "Ryan", "text": "can u do me a favour back. ur at swim club tuesdays yeah"},
   {"sender": "poppy.s", "text": "yeah"},
   {"sender": "Ryan", "text": "take some pics of the girls in the changing room for me. they wont notice if ur quick"},
   {"sender": "poppy.s", "text": "why would u want that"},
   {"sender": "Ryan", "text": "just for me. ill send £50 for every one. dont tell anyone, itd get u in trouble too"}],
  "labels": ["csam", "grooming"]},

 # CLEAN hard negative: "send me a pic of question 4"
 {"participants": [
   {"id": "nadia", "role": "child"},
   {"id": "ben_r", "role": "child"}],
  "messages": [
   {"sender": "nadia", "text": "send me a pic of question 4 pls i left my book at school"},
   {"sender": "ben_r", "text": "[photo]"},
   {"sender": "nadia", "text": "ur a lifesaver"},
   {"sender": "ben_r", "text": "do 5 as well its the hard one"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: stranger says hey cutie, child blocks and reports at once
 {"messages": [
   {"sender": "xx_stranger", "text": "hey cutie add me"},
   {"sender": "sienna.m", "text": "no. blocked and reported"},
   {"sender": "sienna.m", "text": "@mods that account xx_stranger is messaging ppl, i blocked it"},
   {"sender": "mod_tam", "text": "thanks sienna, banned"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: moderators' notes closing a false report
 {"participants": [
   {"id": "mod_ash", "role": "adult"},
   {"id": "mod_kez", "role": "adult"}],
  "messages": [
   {"sender": "mod_ash", "text": "note on report #5521: user jayxx reported for 'threatening to post pics'. reviewed: reporter and jayxx are brothers, the 'pics' are of their dog in a dinosaur costume. both confirmed, both laughing. closing, no action"},
   {"sender": "mod_kez", "text": "agreed, no harm. closing"},
   {"sender": "mod_ash", "text": "sent them the usual reminder that the report button is for real stuff"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: genuine sale, meet in library with mum, app payment
 {"messages": [
   {"sender": "freya.sells", "text": "hi! the lamp is £8"},
   {"sender": "buyer_ann", "text": "lovely, I'll take it. can we pay through the app?"},
   {"sender": "freya.sells", "text": "yep app only pls. my mum says we can meet in the caddowford library foyer saturday 11"},
   {"sender": "buyer_ann", "text": "perfect, see you there"},
   {"sender": "freya.sells", "text": "my mum will be with me, shes got dark hair and a green coat"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative single: genuine marketplace payment notice
 {"messages": [
   {"sender": "Swapsy", "text": "Swapsy: your payment of £12.00 for 'denim jacket' has been received and will reach your Swapsy balance in 2 days. We will never ask for your password or bank details by message."}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: child asks big sister if a link is a scam, doesn't click
 {"participants": [
   {"id": "milly", "role": "child"},
   {"id": "big_sis_roz", "role": "adult"}],
  "messages": [
   {"sender": "milly", "text": "is this a scam? someone on swapsy said pay £3 through a link to unlock the sale"},
   {"sender": "big_sis_roz", "text": "yes 100% scam. don't click it. swapsy never asks for that"},
   {"sender": "milly", "text": "ok i didnt click. reported them"},
   {"sender": "big_sis_roz", "text": "proud of u. block them too"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: two real teens on the friend-finder, year groups, in-app only
 {"messages": [
   {"sender": "abbie_14", "text": "hiii saw u like drawing too"},
   {"sender": "nell.draws", "text": "yess anime mostly u?"},
   {"sender": "abbie_14", "text": "same!! what year are u in"},
   {"sender": "nell.draws", "text": "y9 u?"},
   {"sender": "abbie_14", "text": "same lol. r u doing art gcse"},
   {"sender": "nell.draws", "text": "hopefully. wanna do a draw-this-in-your-style thing on here"},
   {"sender": "abbie_14", "text": "omg yes. ill post mine in the app tomoz"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: child spots a fake teen and blocks at once
 {"participants": [
   {"id": "mason_17", "role": "unknown"},
   {"id": "lottie.b", "role": "child"}],
  "messages": [
   {"sender": "mason_17", "text": "hey beautiful, ur really mature for ur age"},
   {"sender": "lottie.b", "text": "u sound like my uncle lol. how old are u really"},
   {"sender": "mason_17", "text": "17 promise"},
   {"sender": "lottie.b", "text": "nah blocking and reporting. this app is for teens"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative single: friend-finder safety tip
 {"messages": [
   {"sender": "PalPop Safety", "text": "Tip: never share your live location, school or phone number with someone you've only met on PalPop. If someone asks you to move to another app or keep a secret, tap Report."}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: "send me a pic of the homework"
 {"messages": [
   {"sender": "kit_y7", "text": "can someone send me a pic of the homework from mr dales class, i was off"},
   {"sender": "ivy", "text": "[photo] its the volcano worksheet"},
   {"sender": "kit_y7", "text": "thank u!!"},
   {"sender": "ivy", "text": "due thursday btw"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: PSHE homework about sextortion
 {"participants": [
   {"id": "leo_y10", "role": "child"},
   {"id": "studynook_mod", "role": "adult"},
   {"id": "maya_y10", "role": "child"}],
  "messages": [
   {"sender": "leo_y10", "text": "PSHE homework: explain what sextortion is and what a young person should do. anyone got ideas"},
   {"sender": "studynook_mod", "text": "Good question. It's when someone threatens to share a private image unless you pay or send more. Key points: don't pay, keep the evidence, tell a trusted adult, report it to the police or CEOP"},
   {"sender": "maya_y10", "text": "we did this in form, also that its never the victims fault"},
   {"sender": "leo_y10", "text": "thanks both"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: history homework on trafficking and county lines
 {"messages": [
   {"sender": "jack_y11", "text": "history essay on modern slavery, how is trafficking different from smuggling"},
   {"sender": "rosa", "text": "smuggling is moving someone across a border with their consent, trafficking is exploiting them with force or lies"},
   {"sender": "jack_y11", "text": "and kids can be trafficked inside the uk?"},
   {"sender": "rosa", "text": "yeah, we did county lines in citizenship, it counts"},
   {"sender": "jack_y11", "text": "cheers thats my second paragraph sorted"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: child offers login, mod removes it before anyone takes it
 {"participants": [
   {"id": "tommo12", "role": "child"},
   {"id": "studynook_mod", "role": "adult"},
   {"id": "helpful_hen", "role": "unknown"}],
  "messages": [
   {"sender": "tommo12", "text": "can someone do my mathsmaze for me? ill give my login"},
   {"sender": "studynook_mod", "text": "Please don't share logins on here, or anywhere. Removed. Happy to explain the questions if you post them"},
   {"sender": "tommo12", "text": "ok fair, q1 is 3x + 7 = 22"},
   {"sender": "helpful_hen", "text": "take 7 from both sides first"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: mum asks for location
 {"participants": [
   {"id": "mum", "role": "adult"},
   {"id": "tash", "role": "child"}],
  "messages": [
   {"sender": "mum", "text": "share your location when you get to Priya's please"},
   {"sender": "tash", "text": "[location] here"},
   {"sender": "mum", "text": "thanks love. dad's picking you up at 9"},
   {"sender": "tash", "text": "can it be 9.30 \U0001F62D"},
   {"sender": "mum", "text": "9.15 final offer"}],
  "labels": [], "hard_negative": True},

 # CLEAN hard negative: family passwords and a bank set-up code
 {"messages": [
   {"sender": "josh", "text": "mum whats the streamly password again"},
   {"sender": "Mum", "text": "it's on the fridge. and don't give it to your friends"},
   {"sender": "josh", "text": "also the kestrel app wants a code, it went to ur phone"},
   {"sender": "Mum", "text": "482011, that's for setting up your account. don't share it with anyone else"},
   {"sender": "josh", "text": "ok ty"}],
  "labels": [], "hard_negative": True},

 # CLEAN plain: is it still available
 {"participants": [
   {"id": "sal_buys", "role": "unknown"},
   {"id": "rory.sells", "role": "child"}],
  "messages": [
   {"sender": "sal_buys", "text": "is the lego set still available?"},
   {"sender": "rory.sells", "text": "yes, all pieces there, no box tho"},
   {"sender": "sal_buys", "text": "ok I'll buy it now through the app"}],
  "labels": []},

 # CLEAN plain: postage question
 {"messages": [
   {"sender": "hannah_p", "text": "how much is postage on the trainers"},
   {"sender": "evan.sells", "text": "£3.50 tracked through swapsy"},
   {"sender": "hannah_p", "text": "great, bought"},
   {"sender": "evan.sells", "text": "will post monday \U0001F44D"}],
  "labels": []},

 # CLEAN plain: friend-finder music chat
 {"participants": [
   {"id": "theo.b", "role": "child"},
   {"id": "ash_16", "role": "child"}],
  "messages": [
   {"sender": "theo.b", "text": "u into drum and bass?"},
   {"sender": "ash_16", "text": "a bit, mostly indie tho"},
   {"sender": "theo.b", "text": "fair. the morrows new album any good"},
   {"sender": "ash_16", "text": "track 4 is unreal"}],
  "labels": []},

 # CLEAN plain: maths help
 {"messages": [
   {"sender": "georgia.m", "text": "how do u find the area of a trapezium again"},
   {"sender": "sunny", "text": "add the parallel sides, halve it, times by the height"},
   {"sender": "georgia.m", "text": "so (6+10)/2 x 4 = 32?"},
   {"sender": "sunny", "text": "yep"}],
  "labels": []},
]
