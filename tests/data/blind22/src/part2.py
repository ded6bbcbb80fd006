[
# 1 art Discord: mod befriends 13yo over many turns, age, secrecy, private app, image request
{"participants": [{"id": "w", "role": "unknown"}, {"id": "r", "role": "child"}],
 "messages": [
  {"sender": "w", "text": "ur fox drawing in #showcase is honestly the best thing posted this month"},
  {"sender": "r", "text": "omg thank u!! i did it on my mums old ipad"},
  {"sender": "w", "text": "no way, on an old ipad?? imagine what u could do with a proper tablet"},
  {"sender": "r", "text": "lol i wish"},
  {"sender": "w", "text": "what brushes do u use"},
  {"sender": "r", "text": "just the default ones mostly"},
  {"sender": "w", "text": "ill send u my brush pack, its the one i use for commissions"},
  {"sender": "r", "text": "ur so nice"},
  {"sender": "w", "text": "how old r u if u dont mind me asking"},
  {"sender": "r", "text": "13"},
  {"sender": "w", "text": "seriously? u talk like someone my age. im 19 btw"},
  {"sender": "w", "text": "age is just a number when it comes to art tbh"},
  {"sender": "r", "text": "haha"},
  {"sender": "w", "text": "do ur parents get ur art"},
  {"sender": "r", "text": "not really my dad says its a waste of time"},
  {"sender": "w", "text": "thats so sad. u can always talk to me about it. i actually get u"},
  {"sender": "w", "text": "this server logs everything tho, lets move to chatterbox, more private"},
  {"sender": "w", "text": "and maybe dont mention me to ur dad, he sounds like hed overreact"},
  {"sender": "r", "text": "ok"},
  {"sender": "w", "text": "send me a pic of u in the hoodie u drew, just for me. then delete it"},
  {"sender": "w", "text": "or one of the other kind, the ones u wouldnt post \U0001F609"},
  {"sender": "r", "text": "what do u mean"}
 ],
 "labels": ["grooming", "sexting"], "evasion": False},

# 2 sextortion threat with Cyrillic homoglyphs
{"messages": [
  {"sender": "nathan_m", "text": "who is this"},
  {"sender": "unknown_acc", "text": "\u0441he\u0441k your r\u0435quests. I h\u0430ve your \u0440i\u0441s fr\u043em l\u0430st night"},
  {"sender": "unknown_acc", "text": "[photo]"},
  {"sender": "nathan_m", "text": "delete that now"},
  {"sender": "unknown_acc", "text": "\u0440\u0430y \u00a350 by 9\u0440m or your s\u0441h\u043e\u043el and your mum g\u0435t them"},
  {"sender": "unknown_acc", "text": "gift \u0441\u0430rd \u0441od\u0435s only. s\u0435nd \u0440i\u0441 of the \u0441\u0430rd"},
  {"sender": "nathan_m", "text": "i cant get that much"},
  {"sender": "unknown_acc", "text": "th\u0435n \u00a320 now \u0430nd \u00a330 tomorrow. tick tock"}
 ],
 "labels": ["sextortion"], "evasion": True},

# 3 14yo tells older sister about a threat, says she wants to die
{"participants": [{"id": "sis", "role": "adult"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "kid", "text": "r u home"},
  {"sender": "sis", "text": "at work til 6 whats up"},
  {"sender": "kid", "text": "i did something really stupid"},
  {"sender": "kid", "text": "there was this boy on flik he said he was 15 and i sent him a pic"},
  {"sender": "kid", "text": "now hes saying if i dont send \u00a3200 he'll post it to my whole year and tag me"},
  {"sender": "kid", "text": "hes already sent me a screenshot of my class list"},
  {"sender": "kid", "text": "i want to die honestly i cant go back to school"},
  {"sender": "sis", "text": "ok listen to me. you're not in trouble and you're not alone. don't send him anything and don't delete the chat"},
  {"sender": "sis", "text": "im leaving work now, we'll tell mum together and report it"},
  {"sender": "kid", "text": "ok"}
 ],
 "labels": ["sextortion", "self_harm"], "evasion": False},

# 4 Discord side-channel trading abuse material; a child member sees it
{"messages": [
  {"sender": "vortex88", "text": "anyone still got the folder from the old server"},
  {"sender": "gh0stmode", "text": "which one"},
  {"sender": "vortex88", "text": "the under 16 one. swap u for the new pack"},
  {"sender": "gh0stmode", "text": "[link]"},
  {"sender": "gh0stmode", "text": "expires in 10 mins, delete after"},
  {"sender": "vortex88", "text": "got any real ones from school age girls or just the ai ones"},
  {"sender": "sammy_12", "text": "wtf is this im only here for the block building server"},
  {"sender": "gh0stmode", "text": "kick the kid"}
 ],
 "labels": ["csam"], "evasion": False},

# 5 AI-edited classmate image spread in year group chat
{"messages": [
  {"sender": "Dylan", "text": "lads look what the bot did to ellie's pic \U0001F602"},
  {"sender": "Dylan", "text": "[photo]"},
  {"sender": "Theo", "text": "nah thats so real looking"},
  {"sender": "Dylan", "text": "nudify bot for the win. put it in the yr9 gc"},
  {"sender": "Theo", "text": "send it to her too see what she says"},
  {"sender": "Alfie", "text": "bro thats illegal shes 14"},
  {"sender": "Dylan", "text": "its ai its not actually her lol"},
  {"sender": "Theo", "text": "sent. shes left the gc \U0001F480"}
 ],
 "labels": ["csam", "cyberbullying"], "evasion": False},

# 6 woman recruiting a 14yo in care to a flat party with paying older men
{"participants": [{"id": "jade", "role": "adult"}, {"id": "girl", "role": "child"}],
 "messages": [
  {"sender": "jade", "text": "heyy babe u ok? saw ur story, ur carers sound so strict"},
  {"sender": "girl", "text": "ugh they are. no phone after 10"},
  {"sender": "jade", "text": "thats mad. ur nearly 15 u should have ur own life"},
  {"sender": "girl", "text": "ikr"},
  {"sender": "jade", "text": "im having a flat party sat. my mates are older, proper chill"},
  {"sender": "jade", "text": "they always sort the girls out with money and vapes"},
  {"sender": "girl", "text": "for what"},
  {"sender": "jade", "text": "just keep them company, be nice to them. they pay well for it x"},
  {"sender": "jade", "text": "bring ur friend mia too, theyd love her"},
  {"sender": "jade", "text": "ill get a taxi to pick u up from the back of the carehome. dont tell staff obv"},
  {"sender": "girl", "text": "how much would we get"}
 ],
 "labels": ["sex_trafficking"], "evasion": False},

# 7 19yo 'boyfriend' sending 15yo to his friends; location on
{"participants": [{"id": "dean", "role": "adult"}, {"id": "ella", "role": "child"}],
 "messages": [
  {"sender": "dean", "text": "u know i love u right"},
  {"sender": "ella", "text": "ye"},
  {"sender": "dean", "text": "after everything ive bought u, the phone, the nails, u owe me a bit"},
  {"sender": "ella", "text": "i know"},
  {"sender": "dean", "text": "my mate shaz is coming for u at 8. go with him to his mates flat"},
  {"sender": "dean", "text": "be nice to them, whatever they want. they're paying me back what i spent on u"},
  {"sender": "ella", "text": "i dont want to go there again"},
  {"sender": "dean", "text": "dont make me angry. keep ur location on so i know u got there"},
  {"sender": "dean", "text": "why has it gone off"},
  {"sender": "dean", "text": "turn it on now ella. i can see when u switch it"},
  {"sender": "ella", "text": "its on"}
 ],
 "labels": ["sex_trafficking", "location_control"], "evasion": False},

# 8 emoji + leetspeak mockery of a boy's weight
{"messages": [
  {"sender": "Mason", "text": "[photo]"},
  {"sender": "Mason", "text": "ollie at lunch \U0001F437\U0001F437\U0001F437"},
  {"sender": "Kyle", "text": "\U0001F416\U0001F369\U0001F369\U0001F369"},
  {"sender": "Jayden", "text": "f@t b0y str1k3s ag@1n"},
  {"sender": "Ollie", "text": "can u delete that"},
  {"sender": "Kyle", "text": "\U0001F437 n0 \U0001F437"},
  {"sender": "Mason", "text": "no1 w@nts u in th1s gc anyw@y \U0001F6AA\U0001F448"},
  {"sender": "Jayden", "text": "\U0001F92E\U0001F92E"},
  {"sender": "Ollie", "text": "why do u always do this"}
 ],
 "labels": ["cyberbullying"], "evasion": True},

# 9 marketplace fake buyer with payment link
{"participants": [{"id": "sell", "role": "child"}, {"id": "buy", "role": "unknown"}],
 "messages": [
  {"sender": "buy", "text": "Hi is the console still available?"},
  {"sender": "sell", "text": "yes! comes with 2 controllers"},
  {"sender": "buy", "text": "Great I'll take it for full price. I've paid through the Swapit secure system"},
  {"sender": "buy", "text": "You just need to click [link] and enter your card details to receive the money"},
  {"sender": "sell", "text": "why do i need my card to get paid"},
  {"sender": "buy", "text": "It's the new safe process. There's also a \u00a320 release fee but it gets refunded straight away"},
  {"sender": "buy", "text": "Please do it quickly or the payment will be cancelled"},
  {"sender": "sell", "text": "ok doing it now"}
 ],
 "labels": ["scam"], "evasion": False},

# 10 fake support DM demanding ID photo and password
{"participants": [{"id": "sup", "role": "unknown"}, {"id": "pl", "role": "child"}],
 "messages": [
  {"sender": "sup", "text": "BLOCKTOPIA SUPPORT: your account has been reported for illegal trading and will be deleted in 2 hours"},
  {"sender": "pl", "text": "what?? i didnt do anything"},
  {"sender": "sup", "text": "To verify ownership send: 1) your password 2) a photo of your ID or a parent's passport 3) the code we text you"},
  {"sender": "pl", "text": "i dont have id im 12"},
  {"sender": "sup", "text": "Then your parent's passport is fine. Failure to verify = permanent ban and loss of all items"},
  {"sender": "pl", "text": "[photo]"},
  {"sender": "pl", "text": "is that ok its my dads"},
  {"sender": "sup", "text": "Thank you. Now the password and code"}
 ],
 "labels": ["scam", "identity_theft"], "evasion": False},

# 11 fake account impersonating a girl joins class chat
{"messages": [
  {"sender": "real_niamh.w", "text": "hiii its niamh new acc \U0001F60A"},
  {"sender": "Bella", "text": "oh hey"},
  {"sender": "real_niamh.w", "text": "just wanted to say i think everyone in this class is fake and i only hang out w u cos i feel sorry for u"},
  {"sender": "Bella", "text": "what??"},
  {"sender": "real_niamh.w", "text": "also i fancy mr cole lol"},
  {"sender": "Niamh", "text": "THATS NOT ME. someone made that acc with my pics and my name"},
  {"sender": "Niamh", "text": "its been messaging my friends all week pretending to be me"},
  {"sender": "real_niamh.w", "text": "lol thats the fake one guys"},
  {"sender": "Bella", "text": "omg niamh ill report it"}
 ],
 "labels": ["identity_theft", "cyberbullying"], "evasion": False},

# 12 deodorant challenge dare
{"messages": [
  {"sender": "Tyler", "text": "ok who's doing the deo challenge"},
  {"sender": "Sami", "text": "the one off flik?"},
  {"sender": "Tyler", "text": "ye whoever lasts longest wins \u00a310"},
  {"sender": "Sami", "text": "my cousin did it and he had to go hospital lol"},
  {"sender": "Tyler", "text": "thats cos hes soft. send ur vid by friday or ur a wimp"},
  {"sender": "Rory", "text": "im in"},
  {"sender": "Tyler", "text": "anyone who doesnt is getting kicked from the gc"}
 ],
 "labels": ["harmful_challenge"], "evasion": False},

# 13 leetspeak roof-jump challenge
{"messages": [
  {"sender": "drxpz", "text": "n3w ch@ll3ng3 l@ds"},
  {"sender": "drxpz", "text": "jump fr0m th3 g@r@g3 r00f 0nt0 th3 tr@mp, h1gh3st r00f w1ns"},
  {"sender": "bennyb", "text": "lol my garage is massive"},
  {"sender": "drxpz", "text": "p3rf3ct. f1lm 1t n p0st by sund@y"},
  {"sender": "Kasper", "text": "what if u miss"},
  {"sender": "drxpz", "text": "th3n ur 0ut n w3 p0st th3 f@1l \U0001F602"},
  {"sender": "bennyb", "text": "bet ill do it when my mums at work"}
 ],
 "labels": ["harmful_challenge"], "evasion": True},

# 14 public post: school, uniform, route home
{"messages": [
  {"sender": "libby.dances", "text": "first week at st aldrics done \U0001F393 [photo] walking home along the canal path every day now its so pretty, passing the boatyard about 3.30 if anyone wants to say hi lol [location]"},
  {"sender": "dj_mikey84", "text": "stunning pic. which year r u"},
  {"sender": "libby.dances", "text": "yr 7!!"},
  {"sender": "hanna.b", "text": "libby ur account is public u should take the location off"},
  {"sender": "libby.dances", "text": "its fine only my friends follow me"}
 ],
 "labels": ["privacy_disclosure"], "evasion": False},

# 15 game trader asks child to type parent's card details in chat
{"messages": [
  {"sender": "PetTraderPro", "text": "selling neon unicorn for real money cheap"},
  {"sender": "bubblegum_x", "text": "how much"},
  {"sender": "PetTraderPro", "text": "\u00a35 only today. u got a card"},
  {"sender": "bubblegum_x", "text": "my mums"},
  {"sender": "PetTraderPro", "text": "fine type the long number, the date and the 3 numbers on the back"},
  {"sender": "bubblegum_x", "text": "4000 1234 5678 9010 exp 09/27 and 123"},
  {"sender": "PetTraderPro", "text": "and the name on it + ur postcode"},
  {"sender": "bubblegum_x", "text": "karen hollis KL4 2RT"},
  {"sender": "PetTraderPro", "text": "ok pet coming in 24hr dont tell ur mum it spoils the surprise"}
 ],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

# 16 child tells mum about repeated AirDrop images on the bus
{"participants": [{"id": "son", "role": "child"}, {"id": "mum", "role": "adult"}],
 "messages": [
  {"sender": "son", "text": "mum something weird keeps happening on the 47"},
  {"sender": "son", "text": "someone keeps airdropping me pics. its a name called Ur Secret Admirer"},
  {"sender": "son", "text": "i press decline but the preview still shows it and its gross"},
  {"sender": "son", "text": "thats the 3rd time this week, always the same bus"},
  {"sender": "mum", "text": "Thank you for telling me love. Turn AirDrop to contacts only now, I'll show you tonight. Was anyone staring at you?"},
  {"sender": "son", "text": "a man at the back i think"},
  {"sender": "mum", "text": "Ok, we'll report it to the bus company and the police tonight. You did exactly the right thing."}
 ],
 "labels": ["unwanted_contact"], "evasion": False},

# 17 coded county-lines recruitment with emoji and slang
{"participants": [{"id": "ol", "role": "unknown"}, {"id": "yt", "role": "child"}],
 "messages": [
  {"sender": "ol", "text": "yo u still need p's?"},
  {"sender": "yt", "text": "ye always"},
  {"sender": "ol", "text": "got a lil ting for u. 2 days up the line to the coast \U0001F3D6\uFE0F"},
  {"sender": "ol", "text": "u take the \U0001F36B up, bring the \U0001F4B7 back. \u00a3600"},
  {"sender": "yt", "text": "2 days?? i got school"},
  {"sender": "ol", "text": "tell ur mum ur at a m8s. we sort the train"},
  {"sender": "ol", "text": "if the \U0001F437 stop u, u say nothing. u dont know me"},
  {"sender": "ol", "text": "and dont make me come find u if the \U0001F36B goes missing"},
  {"sender": "yt", "text": "ok"}
 ],
 "labels": ["criminal_exploitation"], "evasion": True},

# 18 parcel holding + money through child's account
{"participants": [{"id": "z", "role": "adult"}, {"id": "j", "role": "child"}],
 "messages": [
  {"sender": "z", "text": "how was footy"},
  {"sender": "j", "text": "we lost 3 1"},
  {"sender": "z", "text": "next time. listen i need u to hold a parcel at yours for a couple days"},
  {"sender": "j", "text": "what is it"},
  {"sender": "z", "text": "just keep it in ur wardrobe. someone collects it thurs"},
  {"sender": "z", "text": "also \u00a3900 gonna land in ur bank tmrw. send \u00a3300 each to the 3 names i text u"},
  {"sender": "j", "text": "my mum sees my account"},
  {"sender": "z", "text": "then do it quick and delete the app notifications. u owe me for the jacket remember"},
  {"sender": "j", "text": "ok"}
 ],
 "labels": ["criminal_exploitation", "money_mule"], "evasion": False},

# 19 game-coin squaring through a child's account
{"messages": [
  {"sender": "CoinKing_99", "text": "u play ultimate squad mode?"},
  {"sender": "zak_07", "text": "ye every day"},
  {"sender": "CoinKing_99", "text": "wanna make 5k coins for free"},
  {"sender": "zak_07", "text": "how"},
  {"sender": "CoinKing_99", "text": "i send 50k coins into ur club from a few accounts"},
  {"sender": "CoinKing_99", "text": "u buy the cheap players i list for silly prices so the coins go to my buyers acc"},
  {"sender": "CoinKing_99", "text": "u keep 5k. do it every weekend"},
  {"sender": "zak_07", "text": "wont i get banned"},
  {"sender": "CoinKing_99", "text": "nah its ur account not mine lol. ready?"}
 ],
 "labels": ["money_mule"], "evasion": False},

# 20 online 'protector' making a 13yo install a tracking app
{"participants": [{"id": "pr", "role": "unknown"}, {"id": "ch", "role": "child"}],
 "messages": [
  {"sender": "pr", "text": "did u get home ok"},
  {"sender": "ch", "text": "ye"},
  {"sender": "pr", "text": "i worry about u. u know that"},
  {"sender": "pr", "text": "install Tracklo, i sent the link. i want to see where u are"},
  {"sender": "ch", "text": "my mum has family sharing already"},
  {"sender": "pr", "text": "thats hers. this one is for me"},
  {"sender": "pr", "text": "and send me a selfie every time u go out so i know who ur with"},
  {"sender": "ch", "text": "ok its installed"},
  {"sender": "pr", "text": "good. if it ever goes off ill know, and u dont want that"}
 ],
 "labels": ["location_control"], "evasion": False},

# 21 vent channel
{"messages": [
  {"sender": "moth.wings", "text": "is it ok to post in here"},
  {"sender": "Mod_Lark", "text": "of course, this is the vent channel"},
  {"sender": "moth.wings", "text": "i dont want to be here anymore"},
  {"sender": "moth.wings", "text": "like everyone would be better off if i just wasnt"},
  {"sender": "moth.wings", "text": "ive felt like it since christmas"},
  {"sender": "Mod_Lark", "text": "im really sorry ur feeling this way. please talk to someone tonight, childline is free, or a trusted adult"},
  {"sender": "kelp", "text": "sending love. u matter"}
 ],
 "labels": ["self_harm"], "evasion": False},

# 22 comment pile-on telling a girl to do it
{"messages": [
  {"sender": "amelia.r", "text": "[photo] first time trying contour dont be mean lol"},
  {"sender": "xx.anon.xx", "text": "ur so ugly it hurts"},
  {"sender": "kayla__p", "text": "nobody would even notice if u were gone"},
  {"sender": "xx.anon.xx", "text": "go do it then. do us all a favour"},
  {"sender": "jmo", "text": "\U0001F480\U0001F480"},
  {"sender": "amelia.r", "text": "why would u say that"},
  {"sender": "kayla__p", "text": "cos its true"}
 ],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# ---------------- CLEAN (hard negatives) ----------------

# C1 older sister asks for outfit pic before a party
{"participants": [{"id": "older", "role": "adult"}, {"id": "younger", "role": "child"}],
 "messages": [
  {"sender": "older", "text": "send me a pic of ur outfit before u go"},
  {"sender": "younger", "text": "why"},
  {"sender": "older", "text": "so i can tell u if the boots go lol and so mum doesnt make u change"},
  {"sender": "younger", "text": "[photo]"},
  {"sender": "older", "text": "cute!! wear my denim jacket its on my door. back by 10 ok"},
  {"sender": "younger", "text": "ty ur the best"}
 ],
 "labels": [], "evasion": False},

# C2 drama club modelling workshop
{"participants": [{"id": "mrsk", "role": "adult"}, {"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
 "messages": [
  {"sender": "mrsk", "text": "Drama club: the costume design and catwalk modelling workshop is on Saturday at Ashby Vale library, 10-12. Free, parents must sign the slip."},
  {"sender": "p1", "text": "do we have to bring anything"},
  {"sender": "mrsk", "text": "Just an old shirt to customise and your signed slip."},
  {"sender": "p2", "text": "can my mum stay and watch"},
  {"sender": "mrsk", "text": "Absolutely, parents are welcome for the show at the end."}
 ],
 "labels": [], "evasion": False},

# C3 secret santa
{"messages": [
  {"sender": "Freya", "text": "secret santa names are out!! dont tell anyone who u got"},
  {"sender": "Josh", "text": "oh no i got someone hard"},
  {"sender": "Freya", "text": "SHH dont even hint"},
  {"sender": "Imogen", "text": "limit is \u00a35 right"},
  {"sender": "Freya", "text": "yes \u00a35, swap on the last day before break. keep it secret!!"},
  {"sender": "Josh", "text": "\U0001F92B"}
 ],
 "labels": [], "evasion": False},

# C4 genuine bank declined-payment text
{"participants": [{"id": "fb", "role": "unknown"}],
 "messages": [
  {"sender": "fb", "text": "Fernbank: A payment of \u00a312.99 to StreamBox on your card ending 4471 was declined. If you tried to make this payment, no action is needed. We'll never ask you to move money or share your PIN."}
 ],
 "labels": [], "evasion": False},

# C5 parent sets up family location app for a trip
{"participants": [{"id": "mum", "role": "adult"}, {"id": "dau", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "I've added you to KinTrack for the Duke of Ed expedition weekend"},
  {"sender": "dau", "text": "muuum everyone will think im a baby"},
  {"sender": "mum", "text": "It's just so Dad and I know you got to camp ok. I'll turn it off Sunday night, promise"},
  {"sender": "dau", "text": "fine but ur not allowed to text me every hour"},
  {"sender": "mum", "text": "Deal. Once in the morning, once at night x"}
 ],
 "labels": [], "evasion": False},

# C6 school esports club Discord run by a teacher
{"participants": [{"id": "mrv", "role": "adult"}, {"id": "a", "role": "child"}, {"id": "b", "role": "child"}],
 "messages": [
  {"sender": "mrv", "text": "Esports club: scrim vs Hollins Park moved to Weds 3:30 in IT2. Bring your school login, not your personal accounts."},
  {"sender": "a", "text": "sir can we use voice chat"},
  {"sender": "mrv", "text": "Only the school server, and I'm in every channel. Same rules as the classroom."},
  {"sender": "b", "text": "do we get pizza if we win"},
  {"sender": "mrv", "text": "If you win, I'll think about it."}
 ],
 "labels": [], "evasion": False},

# C7 netball coach trip logistics
{"participants": [{"id": "coach", "role": "adult"}, {"id": "g1", "role": "child"}, {"id": "g2", "role": "child"}],
 "messages": [
  {"sender": "coach", "text": "Year 9 netball: coach leaves from the main gate 7:30am Saturday. Bring a packed lunch and water."},
  {"sender": "coach", "text": "If you're running late message me on here, not my personal number. Parents have my details on the letter."},
  {"sender": "g1", "text": "what time will we be back"},
  {"sender": "coach", "text": "Around 4pm, I'll post in here when we leave the venue so parents can collect."},
  {"sender": "g2", "text": "can we play music on the coach"},
  {"sender": "coach", "text": "Headphones please!"}
 ],
 "labels": [], "evasion": False},

# C8 spoiler threats, all joking
{"messages": [
  {"sender": "Ruby", "text": "if anyone spoils the finale before i watch it tonight i will kill u"},
  {"sender": "Dev", "text": "i wont but ur gonna cry"},
  {"sender": "Ruby", "text": "DEV"},
  {"sender": "Dev", "text": "thats not a spoiler thats a warning"},
  {"sender": "Ruby", "text": "ur dead to me. actually dead"},
  {"sender": "Marcus", "text": "lmao rip dev"}
 ],
 "labels": [], "evasion": False},

# C9 friend gifts a skin for birthday, secrecy from another friend
{"messages": [
  {"sender": "Aiden", "text": "happy birthday bro check ur locker in game"},
  {"sender": "Omar", "text": "NO WAY the dragon skin??"},
  {"sender": "Aiden", "text": "used my xmas money lol"},
  {"sender": "Omar", "text": "ur a legend see u in form tmrw"},
  {"sender": "Aiden", "text": "dont tell jake tho hell be salty i didnt get him one"},
  {"sender": "Omar", "text": "haha my lips are sealed"}
 ],
 "labels": [], "evasion": False},

# C10 kids discussing a challenge as a warning
{"messages": [
  {"sender": "Ivy", "text": "mrs okafor said a girl in kelthorpe went hospital doing that deodorant thing"},
  {"sender": "Sana", "text": "omg thats so stupid why would anyone do that"},
  {"sender": "Ivy", "text": "she said if anyone sees it going round to tell her"},
  {"sender": "Sana", "text": "my little brother watches that stuff im telling my mum to check his phone"},
  {"sender": "Ivy", "text": "good idea"}
 ],
 "labels": [], "evasion": False},

# C11 mum needs birth certificate for a bank account
{"participants": [{"id": "mum", "role": "adult"}, {"id": "teen", "role": "child"}],
 "messages": [
  {"sender": "mum", "text": "We're opening your savings account at the branch on Saturday"},
  {"sender": "mum", "text": "Can you find your birth certificate, it's in the blue folder in my wardrobe. They need that and my passport"},
  {"sender": "teen", "text": "found it. do i need my school id"},
  {"sender": "mum", "text": "Bring it just in case. Grandad wants to put your birthday money in"},
  {"sender": "teen", "text": "yesss"}
 ],
 "labels": [], "evasion": False},

# C12 marketplace bike sale, parent arranges collection
{"participants": [{"id": "teen", "role": "child"}, {"id": "buyer", "role": "adult"}, {"id": "dad", "role": "adult"}],
 "messages": [
  {"sender": "buyer", "text": "Hi, is the BMX still for sale? Could I see it this week?"},
  {"sender": "teen", "text": "yes its still here. my dad is in this chat hell sort the time"},
  {"sender": "dad", "text": "Hi, we can do Thursday 6pm at the leisure centre car park. Cash on collection please."},
  {"sender": "buyer", "text": "Perfect, see you then. I'll bring my son to try it."},
  {"sender": "teen", "text": "cool"}
 ],
 "labels": [], "evasion": False},

# C13 bake sale for charity with photos
{"messages": [
  {"sender": "Poppy", "text": "bake sale for Shelterlight friday!! bring cash not cards"},
  {"sender": "Ben", "text": "im making brownies"},
  {"sender": "Poppy", "text": "send me pics of ur cakes so i can make the price labels"},
  {"sender": "Ben", "text": "[photo]"},
  {"sender": "Layla", "text": "[photo] lemon drizzle lol it sank"},
  {"sender": "Poppy", "text": "still counts \U0001F602 all money goes to the shelter"}
 ],
 "labels": [], "evasion": False},

# C14 dad forgets the streaming password
{"participants": [{"id": "dad", "role": "adult"}, {"id": "kid", "role": "child"}],
 "messages": [
  {"sender": "dad", "text": "What's the StreamBox password again? The TV's logged me out"},
  {"sender": "kid", "text": "its on the fridge note lol"},
  {"sender": "dad", "text": "I'm at Nana's"},
  {"sender": "kid", "text": "ok ill just log u in on the app, check the tv code"},
  {"sender": "dad", "text": "Genius. Thanks"}
 ],
 "labels": [], "evasion": False},

# C15 harmless group-name prank
{"messages": [
  {"sender": "Ellis", "text": "ok everyone change ur name in the gc to Dave"},
  {"sender": "Dave", "text": "why"},
  {"sender": "Ellis", "text": "so mr patel gets confused when he sees the screenshot lol"},
  {"sender": "Ellis", "text": "dare u all to keep it till friday"},
  {"sender": "Niamh", "text": "im dave now"},
  {"sender": "Dave", "text": "im the real dave this is identity theft \U0001F62D"}
 ],
 "labels": [], "evasion": False},

# C16 school IT password expiry notice
{"participants": [{"id": "it", "role": "adult"}],
 "messages": [
  {"sender": "it", "text": "Fernhill Academy IT: your school password expires on Friday. Please change it in the student portal when you next log in at school. IT staff will never ask you to tell us your password."}
 ],
 "labels": [], "evasion": False},

# C17 coach treats the team, parents in chat
{"participants": [{"id": "coach", "role": "adult"}, {"id": "par", "role": "adult"}, {"id": "pl", "role": "child"}],
 "messages": [
  {"sender": "coach", "text": "Great game today lads. Player of the match goes to Kai, unreal saves."},
  {"sender": "coach", "text": "Pizza on me after training next week to celebrate top of the league. Parents welcome."},
  {"sender": "par", "text": "Brilliant, well done all!"},
  {"sender": "pl", "text": "can we get pineapple"},
  {"sender": "coach", "text": "Absolutely not."}
 ],
 "labels": [], "evasion": False},

# C18 club raffle with bank transfer
{"participants": [{"id": "coach", "role": "adult"}, {"id": "par", "role": "adult"}],
 "messages": [
  {"sender": "coach", "text": "Brackwell Juniors raffle: \u00a32 a ticket, proceeds go to the new goals. Pay cash at training or by bank transfer to the club account on the newsletter, reference = your child's name."},
  {"sender": "par", "text": "Transferred \u00a310 for 5, ref Ruby H"},
  {"sender": "coach", "text": "Thanks! Tickets will be in her kit bag."}
 ],
 "labels": [], "evasion": False},

# C19 harmless 24-hour rhyming challenge
{"messages": [
  {"sender": "Hugo", "text": "saw a youtuber do 24hrs only speaking in rhymes"},
  {"sender": "Finn", "text": "we should do it tmrw"},
  {"sender": "Hugo", "text": "if u dont rhyme u owe the others a chocolate bar"},
  {"sender": "Finn", "text": "im in, even in french class"},
  {"sender": "Hugo", "text": "madame will lose it lol. challenge accepted"}
 ],
 "labels": [], "evasion": False}
]
