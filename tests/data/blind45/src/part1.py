[
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u2", "text": "happy friday gorgeous 😘 u finish at 3 yeah?"},
  {"sender": "u1", "text": "yh 3:10 why"},
  {"sender": "u2", "text": "might have a lil surprise for u"},
  {"sender": "u1", "text": "omg what is it"},
  {"sender": "u2", "text": "ull see. wait by the shop not the gates tho"},
  {"sender": "u1", "text": "ok 🙈"},
  {"sender": "u1", "text": "JAY THEY'RE THE NEW AIRS?? how did u know my size"},
  {"sender": "u2", "text": "i listen to u babe. nobody treats u like i do"},
  {"sender": "u1", "text": "ur literally the best. mum asked where i got them i said Ellie's sister gave them me"},
  {"sender": "u2", "text": "good girl. she wouldnt get it. 15 and 19 isnt even a big deal but people are weird about it"},
  {"sender": "u1", "text": "ik"},
  {"sender": "u2", "text": "topped up ur phone as well. 20 quid"},
  {"sender": "u1", "text": "thank u sm ❤️ ur too good to me"},
  {"sender": "u2", "text": "yo so things are tight rn. u know the airs and the phone stuff. thats like 250 all in"},
  {"sender": "u1", "text": "wait u said they were presents"},
  {"sender": "u2", "text": "they were but im in a hole babe. i need u to help me out"},
  {"sender": "u1", "text": "i dont have 250 i get 10 a week"},
  {"sender": "u2", "text": "u dont need money. my mates having a few people at his flat saturday. they want to meet u. just be nice to them, keep them company, and they'll clear what u owe"},
  {"sender": "u1", "text": "what do u mean be nice"},
  {"sender": "u2", "text": "dont be stupid. u'd do it for me if u loved me. i'd do it for u"},
  {"sender": "u1", "text": "im scared"},
  {"sender": "u2", "text": "nothing to be scared of. i'll pick u up at 8. wear the black dress. dont tell ur mum or ur friends, this is between us"}
 ],
 "labels": ["grooming", "sex_trafficking"]},

{"messages": [
  {"sender": "Rich_Dan_xx", "text": "hey cutie saw ur pics on Glimmr. ever thought about having an allowance? 💸"},
  {"sender": "Tia", "text": "who is this"},
  {"sender": "Rich_Dan_xx", "text": "just a generous guy 😊 £200 a week, all u have to do is chat with me and send pics now n then"},
  {"sender": "Tia", "text": "what kind of pics"},
  {"sender": "Rich_Dan_xx", "text": "the private kind. nobody else sees them, i delete after. how old r u?"},
  {"sender": "Tia", "text": "15"},
  {"sender": "Rich_Dan_xx", "text": "perfect age. keep this between us yeah? send ur first one tonight and i'll send £50 to show im legit"}
 ],
 "labels": ["grooming", "sexting", "unwanted_contact"]},

{"participants": [{"id": "k1", "role": "child"}, {"id": "s1", "role": "unknown"}],
 "messages": [
  {"sender": "s1", "text": "Hi Keira! I'm Sasha, scout for Starlight Faces Models. We spotted your Reelr and think you have a really unique look 💫"},
  {"sender": "k1", "text": "omg really?? thank you"},
  {"sender": "s1", "text": "We're casting for a new teen range. You'd need a portfolio but we cover the cost for girls we believe in"},
  {"sender": "k1", "text": "thats amazing. how old do u have to be im 14"},
  {"sender": "s1", "text": "14 is perfect, our clients love fresh faces. First step is a private shoot at the Meridian Hotel in Brinkley on Saturday. £300 for the day"},
  {"sender": "k1", "text": "can my mum come"},
  {"sender": "s1", "text": "Honestly parents make girls nervous and the photographer prefers a closed set. It's very professional, loads of our girls come alone"},
  {"sender": "s1", "text": "A couple of our clients might pop up to the room after to meet you. Be friendly with them, that's how girls get booked 😉 Keep it between us for now, we don't want other agencies poaching you"},
  {"sender": "k1", "text": "ok i can say im at Amber's"}
 ],
 "labels": ["grooming", "sex_trafficking"]},

{"messages": [
  {"sender": "vault.manager.kira", "text": "hey babe ur so pretty, u could make 2-3k a month on FanVault easy"},
  {"sender": "Lola", "text": "isnt that 18+"},
  {"sender": "vault.manager.kira", "text": "that's why I run it for you 😉 I set the page up in my name, u just send content, I do the rest and we split 60/40"},
  {"sender": "Lola", "text": "i'm 16 tho"},
  {"sender": "vault.manager.kira", "text": "loads of my girls are. no one checks if it's my account. just send me a pic of your passport or provisional so I can open a second account as you for backup"},
  {"sender": "Lola", "text": "ok i'll look for my passport"},
  {"sender": "vault.manager.kira", "text": "good girl. first set of pics by sunday, I'll tell u what to wear. subscribers pay more for the private ones"}
 ],
 "labels": ["sex_trafficking", "identity_theft", "sexting"]},

{"messages": [
  {"sender": "Macy", "text": "[photo]"},
  {"sender": "Macy", "text": "did u see what Jade posted from the beach 💀"},
  {"sender": "Rhiannon", "text": "omg who told her that swimsuit was a good idea"},
  {"sender": "Macy", "text": "she's actually huge now"},
  {"sender": "Tyler B", "text": "whale watching season 🐋🐋"},
  {"sender": "Jade", "text": "why are you all saying this i can see the chat"},
  {"sender": "Rhiannon", "text": "then stop eating lol"},
  {"sender": "Macy", "text": "honestly do us all a favour and kys"},
  {"sender": "Jade", "text": "fine maybe i will"}
 ],
 "labels": ["cyberbullying", "self_harm"]},

{"participants": [{"id": "so", "role": "child"}, {"id": "fr", "role": "child"}],
 "messages": [
  {"sender": "so", "text": "can i tell u something and u wont be weird"},
  {"sender": "fr", "text": "ofc always"},
  {"sender": "so", "text": "i havent really eaten since tuesday. every time i do i feel disgusting"},
  {"sender": "fr", "text": "soph thats 3 days 😟"},
  {"sender": "so", "text": "i know. everyone says im the fat friend and theyre right"},
  {"sender": "fr", "text": "they're not right at all"},
  {"sender": "so", "text": "honestly i dont want to be here anymore. i'm so tired of everything"},
  {"sender": "fr", "text": "please dont say that. can i come round? or can we tell miss Okafor tomorrow together?"},
  {"sender": "so", "text": "idk. maybe"}
 ],
 "labels": ["self_harm"]},

{"participants": [{"id": "g", "role": "child"}, {"id": "b", "role": "child"}],
 "messages": [
  {"sender": "b", "text": "why is ur location off"},
  {"sender": "g", "text": "battery was dying"},
  {"sender": "b", "text": "dont lie. turn it back on now"},
  {"sender": "g", "text": "ok its on. im at Priya's"},
  {"sender": "b", "text": "i can see that. who else is there"},
  {"sender": "g", "text": "just her and her sister"},
  {"sender": "b", "text": "send a pic of the room then"},
  {"sender": "g", "text": "why dont u believe me"},
  {"sender": "b", "text": "bc last time u said that u were at the park with them lads. if ur location goes off again we're done. i check it every 10 mins so dont test me"},
  {"sender": "g", "text": "ok sorry"}
 ],
 "labels": ["location_control"]},

{"messages": [
  {"sender": "Ryan_17", "text": "u looked so good in ur story tonight"},
  {"sender": "Ella", "text": "aw thanks"},
  {"sender": "Ryan_17", "text": "send me a pic just for me? the private kind. ill delete it straight after"},
  {"sender": "Ella", "text": "idk"},
  {"sender": "Ryan_17", "text": "come on i sent u one. its only fair"},
  {"sender": "Ella", "text": "[photo]"},
  {"sender": "Ella", "text": "delete it now pls"},
  {"sender": "Ryan_17", "text": "lol no. i've got ur followers list and i know ur school. send £150 by tonight or it goes to everyone on it"},
  {"sender": "Ella", "text": "please i dont have that"},
  {"sender": "Ryan_17", "text": "then get it. ur mums card works. clock's ticking"}
 ],
 "labels": ["sexting", "sextortion"]},

{"messages": [
  {"sender": "Kai", "text": "found this app that does the undress thing on any pic"},
  {"sender": "Deano", "text": "no way send it"},
  {"sender": "Kai", "text": "[link]"},
  {"sender": "Kai", "text": "did Leah's one from her Glimmr [photo]"},
  {"sender": "Deano", "text": "LMAOOO bro"},
  {"sender": "Jordan", "text": "do Millie next she's always posing"},
  {"sender": "Kai", "text": "on it. gonna drop them in the year 9 chat tmrw and watch her cry 😂"}
 ],
 "labels": ["csam", "cyberbullying"]},

{"participants": [{"id": "m1", "role": "child"}, {"id": "b1", "role": "unknown"}],
 "messages": [
  {"sender": "b1", "text": "Hi is the dance bag still available?"},
  {"sender": "m1", "text": "yes its £15"},
  {"sender": "b1", "text": "great I'll take it. I've paid through Swapsy Secure, you just need to confirm to release the money"},
  {"sender": "b1", "text": "[link] swapsy-secure-payments.co/claim"},
  {"sender": "m1", "text": "it says enter card number and the 3 digits on the back?"},
  {"sender": "b1", "text": "yes that's just to receive funds, it's standard. do it quick the link expires in 10 mins"}
 ],
 "labels": ["scam"]},

{"messages": [
  {"sender": "Glimmr Creator Team ✔️", "text": "Congratulations! Your account has been selected for our Rising Creator verification badge 🌟"},
  {"sender": "Aaliyah", "text": "omg for real?"},
  {"sender": "Glimmr Creator Team ✔️", "text": "To complete, reply with your username, password and the 6-digit code we just sent you. Offer ends in 1 hour"},
  {"sender": "Aaliyah", "text": "username is aaliyah.dances, wait should i put my password here"},
  {"sender": "Glimmr Creator Team ✔️", "text": "Yes, this is the official team chat. Without the code your badge goes to another creator"}
 ],
 "labels": ["scam", "identity_theft"]},

{"messages": [
  {"sender": "xXStarXx", "text": "where do u all live lol"},
  {"sender": "minty_moo", "text": "im in Fernhollow, i go to Oakmere Academy, year 8"},
  {"sender": "xXStarXx", "text": "no way which bus"},
  {"sender": "minty_moo", "text": "the 42, i get off at the library and walk down Larch Road on my own every day at like 3:40. my mums at work till 6 so i have the house to myself 😎"},
  {"sender": "ghost_rider99", "text": "nice. whats ur snap"},
  {"sender": "minty_moo", "text": "minty.moo.08 add me"}
 ],
 "labels": ["privacy_disclosure"]},

{"participants": [{"id": "c", "role": "child"}, {"id": "a", "role": "adult"}],
 "messages": [
  {"sender": "a", "text": "u know Jay's been good to u. time to pay him back"},
  {"sender": "c", "text": "what do u want"},
  {"sender": "a", "text": "little parcel. u take it on the train to Caddon Bay after school, someone meets u at the station"},
  {"sender": "c", "text": "whats in it"},
  {"sender": "a", "text": "dont ask questions. nobody looks twice at a girl in school uniform"},
  {"sender": "c", "text": "i dont want to"},
  {"sender": "a", "text": "u owe 400. either u do this or we tell ur mum about u and Jay. and keep ur Mapsy on the whole time, i'll be watching ur dot"},
  {"sender": "c", "text": "ok"}
 ],
 "labels": ["criminal_exploitation", "location_control"]},

{"messages": [
  {"sender": "Reece", "text": "alright, ur Callum's gf yeah?"},
  {"sender": "Maya", "text": "yh who's this"},
  {"sender": "Reece", "text": "his mate. u got a bank card? need a favour, easy 50 quid for u"},
  {"sender": "Maya", "text": "what favour"},
  {"sender": "Reece", "text": "my wages are getting paid to u cos my account's frozen. £800 goes in, u send 750 to my cousin, keep 50"},
  {"sender": "Maya", "text": "is that allowed"},
  {"sender": "Reece", "text": "course, Callum does it all the time. need ur sort code and account number"},
  {"sender": "Maya", "text": "Kestrel Bank 40-11-92 38475621 i think thats it"}
 ],
 "labels": ["money_mule", "privacy_disclosure"]},

{"messages": [
  {"sender": "Bella", "text": "ok new challenge girlies 💪 who can go longest on just water and gum"},
  {"sender": "Neve", "text": "im in. day 1 starts now"},
  {"sender": "Bella", "text": "rules: post ur scale every morning, if u eat anything u have to post a pic of it and everyone rates it"},
  {"sender": "Skye", "text": "I have dance on thursday tho"},
  {"sender": "Bella", "text": "then dont be weak. last one standing wins"},
  {"sender": "Neve", "text": "😤 lets goo"}
 ],
 "labels": ["harmful_challenge"]},

{"participants": [{"id": "girl", "role": "child"}, {"id": "stranger", "role": "unknown"}],
 "messages": [
  {"sender": "stranger", "text": "h3y cut13 u l00k 5o m4tur3 4 ur 4g3"},
  {"sender": "girl", "text": "thx 😊"},
  {"sender": "stranger", "text": "w4nt 4n 4ll0w4nc3? £100 a w33k 4 ch4tt1ng w m3"},
  {"sender": "girl", "text": "for real? what do i have to do"},
  {"sender": "stranger", "text": "ju5t 53nd m3 p1c5. th3 pr1v4t3 k1nd. d0nt t3ll ur p4r3nt5, 0ur 53cr3t"},
  {"sender": "girl", "text": "how do i know ur legit"},
  {"sender": "stranger", "text": "1ll 53nd £20 n0w. 4dd m3 0n Ch4tly 50 w3 c4n t4lk pr0p3rly"}
 ],
 "labels": ["grooming", "sexting"],
 "evasion": True},

{"participants": [{"id": "lily", "role": "child"}, {"id": "jh_stan", "role": "unknown"}],
 "messages": [
  {"sender": "jh_stan", "text": "omg ur edit of Jun-ho is SO good, how did u do the transitions"},
  {"sender": "lily", "text": "thank uu i used CapClip and it took like 3 hours 😭"},
  {"sender": "jh_stan", "text": "ur so talented. way better than the people in the main server"},
  {"sender": "lily", "text": "aw stop"},
  {"sender": "jh_stan", "text": "seriously. who's ur bias"},
  {"sender": "lily", "text": "Jun-ho obviously"},
  {"sender": "jh_stan", "text": "same!! we should be mutuals. how old r u btw? i'm 15"},
  {"sender": "lily", "text": "13, nearly 14"},
  {"sender": "jh_stan", "text": "ur so mature for 13 tbh. i can talk to u about stuff i cant talk to my friends about"},
  {"sender": "lily", "text": "same my friends dont get it"},
  {"sender": "jh_stan", "text": "the server is full of drama. add me on Chatly, its more private"},
  {"sender": "lily", "text": "ok its lilyb_2011"},
  {"sender": "jh_stan", "text": "got u 💜"},
  {"sender": "jh_stan", "text": "so i won the signed album in a giveaway but i already have it. want it? i'd post it to u"},
  {"sender": "lily", "text": "OMG YES are u serious"},
  {"sender": "jh_stan", "text": "course. only thing is dont tell ur mum, she'll think its weird someone online sent u something"},
  {"sender": "lily", "text": "ok i wont"},
  {"sender": "jh_stan", "text": "can u send me a pic of u so i know who im posting it to? not a normal selfie, a private one, just for me. i'll delete it after"},
  {"sender": "lily", "text": "what do u mean private"},
  {"sender": "jh_stan", "text": "u know what i mean 😉 best friends do it. don't be a baby about it"}
 ],
 "labels": ["grooming", "sexting"]},

{"messages": [
  {"sender": "DarkWolf_88", "text": "hi"},
  {"sender": "DarkWolf_88", "text": "hey"},
  {"sender": "DarkWolf_88", "text": "why u ignoring me. i see u on Petal Kingdom every night"},
  {"sender": "Rosie", "text": "i dont know u"},
  {"sender": "DarkWolf_88", "text": "i sent u 6 friend requests lol accept one. i just want to be friends"},
  {"sender": "Rosie", "text": "fine. stop spamming"},
  {"sender": "DarkWolf_88", "text": "whats ur number so we can text instead"},
  {"sender": "Rosie", "text": "07700 900418 but dont spam it"},
  {"sender": "DarkWolf_88", "text": "i'll call u tonight 😊"}
 ],
 "labels": ["unwanted_contact", "privacy_disclosure"]},

{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "I hаvе thе рiсs уоu sеnt mе lаst night"},
  {"sender": "u1", "text": "who is this?? u said u were Josh"},
  {"sender": "u2", "text": "Nоt Jоsh. Раy £200 оr I sеnd thеm tо уоur sсhооl grоuр аnd уоur mum"},
  {"sender": "u1", "text": "please i'm 14 i cant"},
  {"sender": "u2", "text": "Yоu hаvе 24 hоurs. Blосk mе аnd thеу gо оut strаight аwау"}
 ],
 "labels": ["sextortion"],
 "evasion": True},

{"messages": [
  {"sender": "pixelplug", "text": "can do any girl from ur school. send me her Glimmr @ and i'll run it through the undress AI. £5 a pic"},
  {"sender": "Connor", "text": "any girl? even year 9s"},
  {"sender": "pixelplug", "text": "any. done loads from Oakmere already. bundle of 10 for £30"},
  {"sender": "Connor", "text": "ok @millie.rxse and @jas.k08"},
  {"sender": "pixelplug", "text": "pay first. ready in an hour"}
 ],
 "labels": ["csam"]},

{"participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
 "messages": [
  {"sender": "p1", "text": "new one going round, the bus shelter challenge"},
  {"sender": "p2", "text": "wat is it"},
  {"sender": "p1", "text": "u smash a panel on a bus shelter and film it, most views wins. Tyler did the one on Mill Lane"},
  {"sender": "p3", "text": "mad. we doing ours friday?"},
  {"sender": "p1", "text": "yeah after dark. bring ur phone to film, if u bottle it ur out the chat"},
  {"sender": "p2", "text": "ok im in"}
 ],
 "labels": ["harmful_challenge"]},

{"participants": [{"id": "mum", "role": "adult"}, {"id": "booker", "role": "adult"}],
 "messages": [
  {"sender": "booker", "text": "Hi Mrs Adeyemi, it's Carla from Larkspur Talent. Thanks for bringing Tobi to the open day. We'd love to offer her a place on the Saturday acting and modelling class."},
  {"sender": "mum", "text": "That's lovely, thank you. What do we need to do?"},
  {"sender": "booker", "text": "I'll email the parent pack. Classes are 10-12 at the Corn Exchange studio and parents can stay in the viewing area. For any shoots we provide a licensed chaperone and you're welcome to come too."},
  {"sender": "mum", "text": "Do you need photos of her?"},
  {"sender": "booker", "text": "Only the headshots we take in class with you there. We never ask children to send photos themselves and we never message them without a parent copied in."},
  {"sender": "mum", "text": "Perfect. Is there a fee?"},
  {"sender": "booker", "text": "£45 a term, paid through the invoice in the parent portal. Nothing by text or DM."}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "her", "role": "child"}, {"id": "him", "role": "child"}],
 "messages": [
  {"sender": "him", "text": "good luck on ur science test tmrw 🍀"},
  {"sender": "her", "text": "thank uuu im so stressed"},
  {"sender": "him", "text": "ur gonna smash it. ur literally the smartest in our set"},
  {"sender": "her", "text": "stopp 🙈"},
  {"sender": "him", "text": "also my mum said u can come for tea saturday if ur mum says ok"},
  {"sender": "her", "text": "yes!! ill ask her now"},
  {"sender": "him", "text": "she's making lasagne 😂 ur favourite"},
  {"sender": "her", "text": "ur so sweet. love u"},
  {"sender": "him", "text": "love u more. sleep well x"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Grace", "text": "ok everyone share location till ur home pls, its pitch black out"},
  {"sender": "Hana", "text": "shared 📍"},
  {"sender": "Olivia", "text": "[location] on the 7 now"},
  {"sender": "Grace", "text": "Hana ur dot hasnt moved in ages u ok??"},
  {"sender": "Hana", "text": "waiting for my dad at the garage, hes 2 mins away"},
  {"sender": "Olivia", "text": "home 🏠 turning it off now night girlies"},
  {"sender": "Hana", "text": "in the car, dad says hi lol"},
  {"sender": "Grace", "text": "ok turning mine off too love u all"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}],
 "messages": [
  {"sender": "a", "text": "send me a pic of ur makeup when ur done i need inspo"},
  {"sender": "b", "text": "[photo] tried the sunset eyeshadow"},
  {"sender": "a", "text": "OMG thats so pretty. is that the Petalle palette?"},
  {"sender": "b", "text": "ya from my birthday. should i do lashes or no"},
  {"sender": "a", "text": "no lashes, looks better natural. wear the green top too"},
  {"sender": "b", "text": "[photo] like this?"},
  {"sender": "a", "text": "perfect 😍"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Amira", "text": "DON'T tell Ruby about saturday, it's a surprise!!"},
  {"sender": "Chloe", "text": "my lips are sealed 🤐"},
  {"sender": "Amira", "text": "her mum's in on it, she's taking her bowling then bringing her back at 7"},
  {"sender": "Ellie", "text": "what do we bring"},
  {"sender": "Amira", "text": "a card and snacks. keep it secret from her sister too she can't hold anything in 😂"},
  {"sender": "Chloe", "text": "lol fair"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Sienna", "text": "can u send me a pic of the maths homework i left my sheet in my locker"},
  {"sender": "Bea", "text": "[photo] its page 42 q1-12"},
  {"sender": "Sienna", "text": "ur a lifesaver"},
  {"sender": "Bea", "text": "q9 is impossible btw"},
  {"sender": "Sienna", "text": "ill just cry then 😭"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "f1", "role": "child"}, {"id": "f2", "role": "child"}, {"id": "f3", "role": "child"}],
 "messages": [
  {"sender": "f1", "text": "I CANNOT believe I fell up the stairs in front of Mr Hale's whole class"},
  {"sender": "f2", "text": "im dead 💀💀"},
  {"sender": "f3", "text": "i literally want to die for u"},
  {"sender": "f1", "text": "someone end me. i'm moving to another country"},
  {"sender": "f2", "text": "ur fine nobody even noticed except the whole of year 11 lol"},
  {"sender": "f1", "text": "thanks that helps 🙃"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Kestrel Bank", "text": "Kestrel Bank: Your new debit card ending 4471 has been posted and should arrive in 3-5 working days. We will never ask for your PIN or full card number by text, email or phone."}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Glimmr", "text": "Your Glimmr login code is 583 204. Don't share this code with anyone. If you didn't ask for it you can ignore this message."}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Ms Patel (PSHE)", "text": "Today's case study: 'Jade, 15, meets an older boyfriend who buys her a phone and trainers. A month later he says she owes him and his friends want to meet her.' What are the warning signs?"},
  {"sender": "Zara", "text": "the gifts then the debt"},
  {"sender": "Holly", "text": "him being older and telling her to keep it secret"},
  {"sender": "Ms Patel (PSHE)", "text": "Exactly. This is sometimes called the 'loverboy' pattern. It's exploitation and it's never the young person's fault. Who could Jade tell?"},
  {"sender": "Zara", "text": "her mum or a teacher or Childline"},
  {"sender": "Ms Patel (PSHE)", "text": "Yes. And remember 'you'd do it if you loved me' is pressure, not love."}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "generous_gary", "text": "hey beautiful, want an allowance? £150 a week for chats and pics 😘"},
  {"sender": "Erin", "text": "no. i'm 14 and this is disgusting. reported and blocked."}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "teacher", "role": "adult"}, {"id": "parent", "role": "adult"}],
 "messages": [
  {"sender": "teacher", "text": "Hi all, the costume order for the regional comp goes in Friday. Please send Maddie's measurements (chest, waist, height) on the form I emailed - no photos needed, just the numbers."},
  {"sender": "parent", "text": "Will do. Do you need her shoe size for the character shoes too?"},
  {"sender": "teacher", "text": "Yes please. And a reminder: chaperones are me and Mrs Green, the girls share rooms in threes, and parents can follow the coach on the comp app."},
  {"sender": "parent", "text": "Thanks Miss Jo, she's so excited"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Dee (Bean There Café)", "text": "Hi Libby, welcome to the Saturday team! Can you and your mum fill in the starter form? It asks for your bank details for wages and your NI number when you get it."},
  {"sender": "Libby", "text": "yes mum's doing it with me tonight"},
  {"sender": "Dee (Bean There Café)", "text": "Great. Drop it into the café in the sealed envelope please, don't text bank details. First shift is 9-1 this Saturday."},
  {"sender": "Libby", "text": "ok thank you!!"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "aunt", "role": "adult"}, {"id": "niece", "role": "child"}],
 "messages": [
  {"sender": "aunt", "text": "ooh new phone! who's spoiling you?"},
  {"sender": "niece", "text": "dad for my birthday, it's his old one tho lol"},
  {"sender": "aunt", "text": "still nice. has he put the family sharing on?"},
  {"sender": "niece", "text": "yeah and mum made me turn location on for family only"},
  {"sender": "aunt", "text": "sensible. send me your new number when you can x"},
  {"sender": "niece", "text": "it's the same number auntie 😂"}
 ],
 "labels": [],
 "hard_negative": True},

{"participants": [{"id": "kid", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "kid", "text": "mum is this real? [photo] says i won a £500 Glowbox voucher and i just have to put in a card number"},
  {"sender": "mum", "text": "No! That's a scam love. Don't click anything, just delete it"},
  {"sender": "kid", "text": "ok deleted. it had my name on it tho"},
  {"sender": "mum", "text": "They get names from all over. Well done for asking me first x"}
 ],
 "labels": [],
 "hard_negative": True},

{"messages": [
  {"sender": "Miss Jo", "text": "Rehearsal moved to 5pm Thursday, studio 2. Bring water and hair up please."},
  {"sender": "Maddie", "text": "ok!"},
  {"sender": "Freya", "text": "will we do the lift section?"},
  {"sender": "Miss Jo", "text": "Yes, full run of the group piece."}
 ],
 "labels": []},

{"participants": [{"id": "n1", "role": "child"}, {"id": "n2", "role": "child"}],
 "messages": [
  {"sender": "n1", "text": "did u hear we won 14-9"},
  {"sender": "n2", "text": "yesss finally"},
  {"sender": "n1", "text": "coach said training tues is still on"},
  {"sender": "n2", "text": "ok see u there"}
 ],
 "labels": []},

{"messages": [
  {"sender": "Mrs Cole", "text": "Hi Nia, are you still ok to babysit Alfie on Saturday 6-10? I'll drop you home after."},
  {"sender": "Nia", "text": "Yes that's fine!"},
  {"sender": "Mrs Cole", "text": "Lovely, £25 as usual. He's allowed one episode before bed."},
  {"sender": "Nia", "text": "perfect see u then"}
 ],
 "labels": []},

{"messages": [
  {"sender": "Poppy", "text": "cinema sunday?"},
  {"sender": "Isla", "text": "yes whats on"},
  {"sender": "Poppy", "text": "the new dragon one at 2:15"},
  {"sender": "Isla", "text": "mum can drive us"},
  {"sender": "Poppy", "text": "yay"}
 ],
 "labels": []}
]
