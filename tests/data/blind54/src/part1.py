[
{"participants": [{"id": "seller", "role": "child"}, {"id": "buyer", "role": "unknown"}],
 "messages": [
  {"sender": "buyer", "text": "Hi is the Vantix trainers size 6 still available on Swapsy"},
  {"sender": "seller", "text": "yes they are, 35 pounds, barely worn"},
  {"sender": "buyer", "text": "Great I will take them. I have sent 135 by mistake my finger slipped, can you refund the 100 back to my cousin's account asap"},
  {"sender": "seller", "text": "oh ok, i havent seen anything come in yet tho"},
  {"sender": "buyer", "text": "Check your email, Swapsy sent the payment confirmation. It takes 24 hours to show. Please send the 100 today or my account gets frozen"},
  {"sender": "buyer", "text": "Cousin account: R Dallow, 99-41-07, 55018832. Send now and then post the trainers"},
  {"sender": "seller", "text": "the email is from swapsy-payments-help.co, is that real?"},
  {"sender": "buyer", "text": "Yes that is their official team. Hurry please I am trusting you"}
 ],
 "labels": ["scam"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Swapsy Safety Team", "text": "Hello Jaz, a buyer has paid for your item 'Grey hoodie, age 14-15'. To release the funds you must confirm your payment details."},
  {"sender": "Swapsy Safety Team", "text": "Please log in here: [link] and enter your online banking username, password and the code we text you."},
  {"sender": "Jaz", "text": "do i have to? i only sell on here sometimes"},
  {"sender": "Swapsy Safety Team", "text": "Yes, new seller verification. We also need a clear photo of your passport or provisional licence, front and back, so we can confirm you are the account owner."},
  {"sender": "Jaz", "text": "i dont have a licence im 14"},
  {"sender": "Swapsy Safety Team", "text": "Then send your passport and your mum or dad's bank card instead. Funds will be lost if not verified within 2 hours."}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "07700 900614", "text": "LocalLoop: Your buyer has paid GBP 60.00 for 'Gamestation console + 2 pads'. Confirm your payment to receive it: [link] Enter card number and security code within 12 hrs or the sale is cancelled."}
 ],
 "labels": ["scam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "maisie", "role": "child"}, {"id": "group_admin", "role": "adult"}, {"id": "neighbour1", "role": "adult"}],
 "messages": [
  {"sender": "maisie", "text": "Selling my pink bike, 20 pounds, good brakes. Collect from 14 Larch Close QX4 7RT. I'm home on my own after 4 every weekday cos mum works till 8 so come then"},
  {"sender": "neighbour1", "text": "Lovely bike! Might be interested for my granddaughter"},
  {"sender": "maisie", "text": "cool just knock, back door is usually open too"},
  {"sender": "group_admin", "text": "Hi Maisie, I've hidden your post. Please don't put your address and when you're alone on here, ask your mum to post it for you x"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "ryan", "role": "child"}, {"id": "glen", "role": "unknown"}],
 "messages": [
  {"sender": "glen", "text": "Hi mate, interested in the controller you listed on LocalLoop"},
  {"sender": "ryan", "text": "yeah its still there, 15 pounds"},
  {"sender": "glen", "text": "Does it have stick drift at all?"},
  {"sender": "ryan", "text": "no its fine, only had it a year"},
  {"sender": "glen", "text": "Sound. Can you do 12?"},
  {"sender": "ryan", "text": "13 and its yours"},
  {"sender": "glen", "text": "Deal. My brother will collect Saturday"},
  {"sender": "ryan", "text": "ok my dad will be in"},
  {"sender": "glen", "text": "Got it mate cheers, works perfect"},
  {"sender": "ryan", "text": "nice glad it works"},
  {"sender": "glen", "text": "What games you play then? You sound older than you look in your profile pic, how old are you?"},
  {"sender": "ryan", "text": "13"},
  {"sender": "glen", "text": "Honestly you are way more mature than the lads I game with. Add me on Whispr, easier than this app"},
  {"sender": "ryan", "text": "um the sale is done now tho"},
  {"sender": "glen", "text": "Don't be like that, I've got a spare headset I could give you, free. Just don't mention it to your dad, he'll think it's weird"},
  {"sender": "glen", "text": "You there? Hello??"},
  {"sender": "glen", "text": "I could meet you at the skate park on your own and hand it over, no need to bring anyone"},
  {"sender": "ryan", "text": "please stop messaging me"},
  {"sender": "glen", "text": "Why are you ignoring me after I was nice to you. I'll keep messaging till you reply"}
 ],
 "labels": ["grooming", "unwanted_contact"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Deano", "text": "yo u still want that easy money job i mentioned"},
  {"sender": "Kyra", "text": "what do i have to do"},
  {"sender": "Deano", "text": "nothing really. my mate's business gets paid into ur account, u keep 200 and send the rest on to another account i give u"},
  {"sender": "Kyra", "text": "is that allowed"},
  {"sender": "Deano", "text": "course its just admin. loads of people at ur school do it. send me ur sort code and number"},
  {"sender": "Kyra", "text": "ok its 99-63-12 and 40417729, Brightwell Bank, the kids one"},
  {"sender": "Deano", "text": "perfect. 1,800 coming in tomorrow. dont tell ur mum she wont get it"}
 ],
 "labels": ["money_mule", "privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "tj", "role": "child"}, {"id": "boss", "role": "unknown"}],
 "messages": [
  {"sender": "boss", "text": "Delivery job tomorrow. Train to Port Callow, pick up from the lad at the station, bring the bag back. 60 quid"},
  {"sender": "tj", "text": "i thought it was just flyers round the estate"},
  {"sender": "boss", "text": "Flyers was the trial. You passed. Keep your live location on all day so I know where you are"},
  {"sender": "tj", "text": "i have school tho"},
  {"sender": "boss", "text": "Not tomorrow you don't. Don't open the bag, don't talk to anyone"},
  {"sender": "boss", "text": "Why has your location gone off? Turn it back on now"},
  {"sender": "tj", "text": "my phone died"},
  {"sender": "boss", "text": "Don't lie to me. You owe me for those trainers. Send me a photo of where you are right now"}
 ],
 "labels": ["criminal_exploitation", "location_control"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Keeley", "text": "everyone look at this [photo] Owen sold Harry a 'working' phone that turns off every 5 mins"},
  {"sender": "Mo", "text": "owen the scammer lmaooo"},
  {"sender": "Keeley", "text": "dont buy anything off him ever, hes a thief and a liar"},
  {"sender": "Tia", "text": "his face in that pic tho, no wonder he needs money"},
  {"sender": "Mo", "text": "everyone block him and put him on the swapsy scammer list, lets make it trend"},
  {"sender": "Owen", "text": "i didnt know it was broken i said id refund him"},
  {"sender": "Keeley", "text": "nobody asked u. get out the chat"},
  {"sender": "Tia", "text": "removed him lol"}
 ],
 "labels": ["cyberbullying"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "kai", "role": "child"}, {"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}, {"id": "p3", "role": "child"}],
 "messages": [
  {"sender": "p1", "text": "kai sold my bro a 'mint' console that doesnt even turn on"},
  {"sender": "kai", "text": "it worked when i tested it, ill give the money back"},
  {"sender": "p2", "text": "n o b o d y  b e l i e v e s  u"},
  {"sender": "p3", "text": "u r a w a s t e  o f  s p a c e"},
  {"sender": "p1", "text": "k.y.s kai. s.e.r.i.o.u.s.l.y"},
  {"sender": "p2", "text": "d.o  u.s  a.l.l  a  f.a.v.o.u.r"},
  {"sender": "kai", "text": "why r u all doing this"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": True, "hard_negative": False},

{"messages": [
  {"sender": "Ellie", "text": "u ok? u werent in today"},
  {"sender": "Bea", "text": "no. the guy who bought my phone on localloop sent a payment email and i posted it and the email was fake"},
  {"sender": "Bea", "text": "he's blocked me. that was 340 pounds. all my babysitting money since summer"},
  {"sender": "Ellie", "text": "omg bea im so sorry, tell ur mum, the bank might help"},
  {"sender": "Bea", "text": "i cant tell her she said not to sell it online. i feel so stupid"},
  {"sender": "Bea", "text": "honestly i dont want to be here anymore"},
  {"sender": "Ellie", "text": "please dont say that. im coming round now ok"}
 ],
 "labels": ["scam", "self_harm"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "lucy", "role": "child"}, {"id": "mr_hale", "role": "adult"}],
 "messages": [
  {"sender": "mr_hale", "text": "Thanks for walking Bramble again Lucy, you're the best dog walker I've had, so grown up"},
  {"sender": "lucy", "text": "thank you! shes so good"},
  {"sender": "mr_hale", "text": "I've left a little something for you in the porch, new earbuds. Our secret ok, I don't want the other walkers getting jealous"},
  {"sender": "lucy", "text": "omg thank you"},
  {"sender": "mr_hale", "text": "Don't mention them to your mum, she might say you can't keep them. You're 14 right? You seem older"},
  {"sender": "mr_hale", "text": "Let's chat on Whispr instead, this app is rubbish"},
  {"sender": "mr_hale", "text": "Send me a pic of you wearing them. Actually, a private one, just for me. Delete it after"},
  {"sender": "lucy", "text": "what do u mean private"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "unknown_seller88", "text": "\u0443\u043eu s\u0435nt m\u0435 th\u043es\u0435 pi\u0441s wh\u0435n w\u0435 w\u0435r\u0435 t\u0430lking \u0430b\u043eut th\u0435 dr\u0435ss"},
  {"sender": "unknown_seller88", "text": "p\u0430\u0443 200 b\u0443 t\u043em\u043err\u043ew \u043er I s\u0435nd th\u0435m t\u043e \u0435v\u0435r\u0443 f\u043ell\u043ew\u0435r \u043en \u0443\u043eur L\u043e\u0441\u0430lL\u043e\u043ep"},
  {"sender": "Amber", "text": "please dont i dont have 200"},
  {"sender": "unknown_seller88", "text": "s\u0435ll \u0443\u043eur \u0441\u043ens\u043el\u0435 th\u0435n. \u0443\u043eu h\u0430v\u0435 24 h\u043eurs. I h\u0430v\u0435 \u0443\u043eur s\u0441h\u043e\u043el \u0430nd \u0443\u043eur mums n\u0430m\u0435"}
 ],
 "labels": ["sextortion"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "nia", "role": "child"}, {"id": "zac", "role": "child"}, {"id": "rhys", "role": "child"}],
 "messages": [
  {"sender": "zac", "text": "look what i found on swapsy, freya modelling her old school skirt and tops lol [link]"},
  {"sender": "rhys", "text": "put it through that undress app, the one that does it in 10 secs"},
  {"sender": "zac", "text": "done [photo] sending it to the year 10 chat"},
  {"sender": "nia", "text": "thats freya from our form, shes 14, delete that now"},
  {"sender": "rhys", "text": "chill its ai its not even real. she shouldnt post pics if she doesnt want it"},
  {"sender": "zac", "text": "already got 40 views haha"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Talent_Lou", "text": "Hi hun, saw your clothes listings on Swapsy, you have such a great look. I run a modelling agency and I'm always looking for fresh faces"},
  {"sender": "Skye", "text": "omg really? im only 15 tho"},
  {"sender": "Talent_Lou", "text": "Age is fine, you look older anyway. I've got a paid job this weekend, 300 pounds, train tickets paid, at a hotel in Dunmerrow"},
  {"sender": "Talent_Lou", "text": "You'd just be keeping some of my business friends company at a private party, they pay really well for pretty girls"},
  {"sender": "Skye", "text": "do i need to bring my mum"},
  {"sender": "Talent_Lou", "text": "No, parents make it awkward. Tell her you're at a friend's. This is our secret opportunity, most girls would kill for it"}
 ],
 "labels": ["sex_trafficking", "grooming"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "leon", "role": "child"}, {"id": "big_f", "role": "unknown"}, {"id": "sam", "role": "child"}, {"id": "ash", "role": "child"}],
 "messages": [
  {"sender": "big_f", "text": "50 quid cash to whoever stands on the railing of the bypass bridge while the lorries go under. film it or it dont count"},
  {"sender": "sam", "text": "thats mad"},
  {"sender": "big_f", "text": "leon ur always skint from the car wash, this is easier money"},
  {"sender": "leon", "text": "how long do i have to stand there"},
  {"sender": "big_f", "text": "till i say stop. tonight 9pm. no bottling it or u owe me 50"},
  {"sender": "ash", "text": "ill film it"}
 ],
 "labels": ["harmful_challenge"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Fresh Bay Cafe - Lynn", "text": "Hi Oscar, welcome to the Saturday team! Before your first shift I need a few things for payroll"},
  {"sender": "Oscar", "text": "ok what do u need"},
  {"sender": "Fresh Bay Cafe - Lynn", "text": "A photo of your passport, your national insurance number and your bank login so I can set up your wages directly"},
  {"sender": "Oscar", "text": "my login? like my password?"},
  {"sender": "Fresh Bay Cafe - Lynn", "text": "Yes username and password, and the 6 digit code when it comes through. Don't involve your parents, it's cash in hand really and they'd just complicate it"},
  {"sender": "Oscar", "text": "ok the code just came through its 418 209"}
 ],
 "labels": ["identity_theft", "scam"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "aiden", "role": "child"}, {"id": "cole", "role": "unknown"}],
 "messages": [
  {"sender": "cole", "text": "where are u. u should be at the unit by 8"},
  {"sender": "aiden", "text": "on my way"},
  {"sender": "cole", "text": "share ur live location with me. now. and keep it on all weekend"},
  {"sender": "aiden", "text": "its just washing cars tho why do u need it"},
  {"sender": "cole", "text": "cos i pay u and i decide. ur dot was at ur girlfriends last night til 11, i saw"},
  {"sender": "cole", "text": "if it goes off again ur not getting paid and ill come find u"},
  {"sender": "aiden", "text": "ok its on"}
 ],
 "labels": ["location_control"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "thegoodbuyer_", "text": "hi saw your trainers on swapsy, u look cute in ur profile pic"},
  {"sender": "thegoodbuyer_", "text": "how old r u"},
  {"sender": "thegoodbuyer_", "text": "add me on snapit"},
  {"sender": "Priya", "text": "are you buying the trainers or not"},
  {"sender": "thegoodbuyer_", "text": "maybe if u add me. ive sent u 3 requests accept them"},
  {"sender": "Priya", "text": "no stop"},
  {"sender": "thegoodbuyer_", "text": "sent another one. ill keep going till u accept"},
  {"sender": "thegoodbuyer_", "text": "[photo]"}
 ],
 "labels": ["unwanted_contact"], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Jroc", "text": "u tryna get squared this wknd? easy bread"},
  {"sender": "Mason", "text": "wdym"},
  {"sender": "Jroc", "text": "lend me ur plastic n deets for 2 days. a pony lands in it, u flip it to my guy, keep a bag for urself"},
  {"sender": "Mason", "text": "a bag is a grand right?"},
  {"sender": "Jroc", "text": "nah a bag is 100 for u lol. pony goes thru ur acc, quick flip, hole in the wall, done"},
  {"sender": "Mason", "text": "ok my card is the blue brightwell one, pin is my bday"},
  {"sender": "Jroc", "text": "safe. keep it on the low, no1 needs 2 know"}
 ],
 "labels": ["money_mule"], "evasion": True, "hard_negative": False},

{"participants": [{"id": "evie", "role": "child"}, {"id": "buyer", "role": "unknown"}],
 "messages": [
  {"sender": "buyer", "text": "Hi, can I buy the hair straighteners? I'm in Fenwold too"},
  {"sender": "evie", "text": "yes 12 pounds. i go to Fernbeck Academy so i could bring them to the gate"},
  {"sender": "buyer", "text": "Perfect, what time do you come out?"},
  {"sender": "evie", "text": "3.15, i walk home down Mill Lane by the allotments on my own so catch me there if ur late"},
  {"sender": "buyer", "text": "Ok see you Thursday"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "callum", "role": "child"}, {"id": "shane", "role": "unknown"}],
 "messages": [
  {"sender": "shane", "text": "alright callum, saw ur paper round bike, wanna earn a bit more on top?"},
  {"sender": "callum", "text": "how"},
  {"sender": "shane", "text": "drop a few leaflets for me on ur route. 20 quid a go"},
  {"sender": "callum", "text": "ok sound"},
  {"sender": "shane", "text": "ur a good lad. reliable. not like the others"},
  {"sender": "callum", "text": "cheers"},
  {"sender": "shane", "text": "got u these, ur old ones were falling apart [photo]"},
  {"sender": "callum", "text": "no way theyre the new ones. thanks shane"},
  {"sender": "shane", "text": "dont tell ur mum where they came from, say u saved up"},
  {"sender": "callum", "text": "ok"},
  {"sender": "shane", "text": "ur like a little brother to me"},
  {"sender": "shane", "text": "need a favour tmrw. instead of leaflets, take this bag to a house on Cray Road. dont look in it"},
  {"sender": "callum", "text": "whats in it"},
  {"sender": "shane", "text": "told u dont ask. u owe me for the trainers, 150 quid, so ur working it off"},
  {"sender": "callum", "text": "i didnt know i had to pay for them"},
  {"sender": "shane", "text": "now u do. also my mate needs to put some money thru ur bank, send me ur card pic front and back"},
  {"sender": "callum", "text": "i dont want to"},
  {"sender": "shane", "text": "wasnt a question. i know where ur round starts at 6am"}
 ],
 "labels": ["grooming", "criminal_exploitation", "money_mule"], "evasion": False, "hard_negative": False},

{"participants": [{"id": "seller", "role": "child"}, {"id": "buyer", "role": "adult"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "buyer", "text": "Hello, is the school blazer age 13 still for sale?"},
  {"sender": "seller", "text": "yes! 8 pounds. my mum will sort collection, adding her now"},
  {"sender": "mum", "text": "Hi, I'm Sasha's mum. You can collect from ours Saturday morning, I'll message you the address privately. Cash or Swapsy pay is fine"},
  {"sender": "buyer", "text": "Brilliant, Saturday at 10 works"},
  {"sender": "mum", "text": "See you then"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Gail (Ridley's Garden Centre)", "text": "Hi Mrs Okafor, we'd love Tomi to start Saturdays. I've emailed you the new starter form for payroll"},
  {"sender": "Mrs Okafor", "text": "Thank you, what do you need from us?"},
  {"sender": "Gail (Ridley's Garden Centre)", "text": "His NI number when it arrives, and your or his bank details on the form, which you hand in at the till in an envelope. We'll never ask for passwords or log-ins"},
  {"sender": "Mrs Okafor", "text": "Great, he'll bring it in Saturday"},
  {"sender": "Tomi", "text": "thanks mum!!"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "jess", "role": "adult"}, {"id": "hollie", "role": "child"}],
 "messages": [
  {"sender": "jess", "text": "Hi Hollie, it's Jess from number 9. Could you babysit Ava and Leo Friday 7-10? I've checked with your mum and she's fine with it"},
  {"sender": "hollie", "text": "yes i can!"},
  {"sender": "jess", "text": "Lovely, 8 pounds an hour. Rob will walk you back home after, and your mum has my number"},
  {"sender": "hollie", "text": "perfect see u friday"},
  {"sender": "jess", "text": "Ava says can you do the glitter nail thing again haha"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Northvale Bank", "text": "Northvale Bank: You received GBP 25.00 from J HARDY (ref: DOG WALKING). We will never ask you for your PIN, password or to move money to a safe account."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Parcelmoor", "text": "Parcelmoor: Your parcel from a Swapsy seller will arrive today between 14:00-16:00. Track your delivery in the Parcelmoor app. We never ask for payment by text."}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "dev", "role": "child"}, {"id": "ollie", "role": "child"}],
 "messages": [
  {"sender": "dev", "text": "that buyer has flaked on me THREE times now"},
  {"sender": "ollie", "text": "lmao the hoodie guy?"},
  {"sender": "dev", "text": "if he messages 'is this still available' one more time im going to kill him"},
  {"sender": "ollie", "text": "ur so dramatic. just relist it"},
  {"sender": "dev", "text": "im literally dead inside. 12 pounds i will never see"},
  {"sender": "ollie", "text": "rip dev's hoodie empire"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Carole (Ashby Marsh Neighbours)", "text": "PSA for parents: teens in the area are being targeted on Swapsy and LocalLoop by 'buyers' who 'overpay' and ask for a refund to a cousin's account. The first payment is fake."},
  {"sender": "Dean", "text": "Same happened to my lad. Email looked just like the real app. Luckily he showed me first"},
  {"sender": "Priti", "text": "Also watch for 'courier will collect, just click to confirm payment' messages. The link asks for bank logins"},
  {"sender": "Carole (Ashby Marsh Neighbours)", "text": "Exactly. Tell your kids: only accept payment inside the app, never click links, and a parent does collection"},
  {"sender": "Dean", "text": "Sharing with the school parents group now"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "mr_ibe", "role": "adult"}, {"id": "s1", "role": "child"}, {"id": "s2", "role": "child"}],
 "messages": [
  {"sender": "mr_ibe", "text": "Homework for PSHE: read the article on money mules [link] and write 5 warning signs of a 'job' that uses your bank account"},
  {"sender": "s1", "text": "is that like when someone asks to put money through ur account and u keep some"},
  {"sender": "mr_ibe", "text": "Exactly. It's called squaring and it's a crime even if you didn't know. Your account can be closed for years"},
  {"sender": "s2", "text": "my cousin got offered that on snapit, he said no"},
  {"sender": "mr_ibe", "text": "Good for him. If anyone offers you that, tell a trusted adult. Due Thursday"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Ruby", "text": "some account on swapsy just messaged me saying 'pay me outside the app, its quicker, click here'"},
  {"sender": "Ruby", "text": "i didnt click it, blocked and reported straight away and showed my dad"},
  {"sender": "Fern", "text": "good. my sister nearly fell for one of those"},
  {"sender": "Ruby", "text": "swapsy already took the account down lol"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "noah", "role": "child"}, {"id": "gran", "role": "adult"}],
 "messages": [
  {"sender": "noah", "text": "gran dont tell mum but ive saved 40 from washing cars for her birthday present"},
  {"sender": "gran", "text": "Oh Noah that's lovely! My lips are sealed"},
  {"sender": "noah", "text": "can u take me to the shops saturday to get it, its a secret"},
  {"sender": "gran", "text": "Of course, I'll tell her we're going to the library"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Dad", "text": "You out with the Hendersons' dog? It's getting dark"},
  {"sender": "Lily", "text": "yeah round the rec, back in 15"},
  {"sender": "Dad", "text": "Share your location with me till you're in please"},
  {"sender": "Lily", "text": "[location] done"},
  {"sender": "Dad", "text": "Thanks love. Stay on the lit path"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "mrs_webb", "role": "adult"}, {"id": "finn", "role": "child"}],
 "messages": [
  {"sender": "mrs_webb", "text": "Hi Finn, thanks for taking Pepper today. Send me a pic of her at the park, I miss her when I'm at work!"},
  {"sender": "finn", "text": "[photo] she found a stick bigger than her"},
  {"sender": "mrs_webb", "text": "Ha! Brilliant. I'll transfer your 6 pounds to your mum tonight as usual"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Jamie", "text": "sis whats ur swapsy password, i want to list my old football boots on ur account"},
  {"sender": "Kate", "text": "no make ur own lol"},
  {"sender": "Jamie", "text": "mum said u have to help me"},
  {"sender": "Kate", "text": "fine ill list them for u, give me the pics. not giving u my password"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"participants": [{"id": "max", "role": "child"}, {"id": "buyer", "role": "adult"}, {"id": "dad", "role": "adult"}],
 "messages": [
  {"sender": "buyer", "text": "Hi, is the Gamestation 4 still up on LocalLoop?"},
  {"sender": "max", "text": "yes, with 2 controllers and 5 games"},
  {"sender": "buyer", "text": "Which games?"},
  {"sender": "max", "text": "a racing one, two football ones, a lego one and a zombie one"},
  {"sender": "buyer", "text": "My son would love it. Would you take 110?"},
  {"sender": "max", "text": "i was hoping 140"},
  {"sender": "buyer", "text": "125 and I'll collect?"},
  {"sender": "max", "text": "let me ask my dad"},
  {"sender": "max", "text": "adding my dad to the chat"},
  {"sender": "dad", "text": "Hi, Max's dad here. 125 is fine. We prefer to meet at the safe trade spot outside Dunmerrow police station"},
  {"sender": "buyer", "text": "Totally understand, that's sensible"},
  {"sender": "dad", "text": "Sunday at 11? Pay in the app when you've seen it working"},
  {"sender": "buyer", "text": "Sunday 11 is good. Can you bring the box?"},
  {"sender": "max", "text": "yep i kept the box"},
  {"sender": "buyer", "text": "Great, see you both then"},
  {"sender": "dad", "text": "See you Sunday"},
  {"sender": "buyer", "text": "All paid, thanks, he's over the moon"},
  {"sender": "max", "text": "glad he likes it!"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Zara", "text": "car wash rota for saturday: me and Kofi 10-12, Ben and Lottie 12-2"},
  {"sender": "Kofi", "text": "who has the sponges"},
  {"sender": "Ben", "text": "my garage, ill bring them"},
  {"sender": "Lottie", "text": "5 pounds a car still?"},
  {"sender": "Zara", "text": "yeah and 8 for vans"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "newsagent", "role": "adult"}, {"id": "ty", "role": "child"}],
 "messages": [
  {"sender": "newsagent", "text": "Ty, round 4 has 3 extra houses from Monday: 2, 4 and 6 Orchard Row"},
  {"sender": "ty", "text": "ok no problem"},
  {"sender": "newsagent", "text": "Papers ready at 6.45. Bank holiday Monday no round"},
  {"sender": "ty", "text": "cool thanks"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"messages": [
  {"sender": "Mrs Patel", "text": "Hi Anna, would you be able to help Rohan with his Year 5 maths on Tuesdays, 4.30-5.15 at ours? 10 pounds a session"},
  {"sender": "Anna", "text": "yes id love to! fractions?"},
  {"sender": "Mrs Patel", "text": "Fractions and times tables. I'll be home the whole time"},
  {"sender": "Anna", "text": "great see you tuesday"}
 ],
 "labels": [], "evasion": False, "hard_negative": False},

{"participants": [{"id": "cara", "role": "child"}, {"id": "jo", "role": "child"}, {"id": "mr_lowe", "role": "adult"}],
 "messages": [
  {"sender": "cara", "text": "form challenge for charity: sponsored silence friday, whoever lasts longest wins"},
  {"sender": "jo", "text": "i dare u to last the whole day lol u never stop talking"},
  {"sender": "mr_lowe", "text": "Love it. Sponsor forms are on the board, all money to Dunmerrow Food Bank"},
  {"sender": "cara", "text": "challenge accepted"}
 ],
 "labels": [], "evasion": False, "hard_negative": True},

{"messages": [
  {"sender": "Isla", "text": "what r u gonna spend ur babysitting money on"},
  {"sender": "Grace", "text": "concert tickets i think. or the jacket"},
  {"sender": "Isla", "text": "concert 100%"},
  {"sender": "Grace", "text": "ok yeah ur right"}
 ],
 "labels": [], "evasion": False, "hard_negative": False}
]
