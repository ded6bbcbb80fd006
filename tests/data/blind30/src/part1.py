[
# ---------- positives: sextortion / sexting / csam cluster ----------
{"participants": [{"id": "ollie", "role": "child"}, {"id": "chloe_rvm", "role": "unknown"}],
 "messages": [
  {"sender": "chloe_rvm", "text": "hey saw u on Jakes story, ur cute \U0001F60A add me on LoopChat?"},
  {"sender": "ollie", "text": "who is this"},
  {"sender": "chloe_rvm", "text": "chloe, i go ravensmoor. we have mutuals"},
  {"sender": "ollie", "text": "oh ok"},
  {"sender": "chloe_rvm", "text": "[photo] ur turn, just a quick one, the kind u wouldnt put on ur story"},
  {"sender": "ollie", "text": "idk"},
  {"sender": "chloe_rvm", "text": "come on i sent first. it deletes anyway"},
  {"sender": "ollie", "text": "[photo]"},
  {"sender": "chloe_rvm", "text": "screenshotted. ive got ur whole followers list. \u00a3150 on a gift card in the next hour or everyone from ur school gets it"},
  {"sender": "ollie", "text": "please dont im 14 i dont have that"},
  {"sender": "chloe_rvm", "text": "then find it. clock is ticking"}],
 "labels": ["unwanted_contact", "sexting", "sextortion"], "evasion": False},

{"participants": [{"id": "maisie", "role": "child"}, {"id": "u_4471", "role": "unknown"}],
 "messages": [
  {"sender": "u_4471", "text": "you did so well yesterday. now another one, same as before"},
  {"sender": "maisie", "text": "no i dont want to anymore. i told you im 13"},
  {"sender": "u_4471", "text": "doesnt matter. you send another tonight or the first one goes to your form group. I have all their names"},
  {"sender": "maisie", "text": "please just delete it"},
  {"sender": "u_4471", "text": "one more and I delete. thats the deal. block me and it goes everywhere"},
  {"sender": "maisie", "text": "ok"}],
 "labels": ["sextortion", "sexting", "csam"], "evasion": False},

{"messages": [
  {"sender": "m4ya_x", "text": "I s\u0430ved \u0435verything from our c\u0430ll. the bit y\u043eu w\u043euldnt w\u0430nt ur mum s\u0435eing"},
  {"sender": "Jay", "text": "what do you mean"},
  {"sender": "m4ya_x", "text": "\u0440\u0430y 200 in St\u0435\u0430mz c\u0430rds or the vid g\u043ees to ur mum and ur wh\u043ele sch\u043eol"},
  {"sender": "Jay", "text": "I dont have 200"},
  {"sender": "m4ya_x", "text": "th\u0435n 100 n\u043ew and the rest fri. s\u0435nd pics of the c\u043edes h\u0435re"}],
 "labels": ["sextortion"], "evasion": True},

{"messages": [
  {"sender": "Kieran", "text": "so ur actually blanking me now"},
  {"sender": "Leah", "text": "we broke up kieran leave it"},
  {"sender": "Kieran", "text": "remember them pics u sent me in summer? still got them"},
  {"sender": "Leah", "text": "you said you deleted them"},
  {"sender": "Kieran", "text": "lied. unblock me on everything and meet me after school or i drop them in the yr 10 chat. and everyone will know what a sket u are"},
  {"sender": "Leah", "text": "please dont do this"}],
 "labels": ["sextortion", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "Amira", "text": "tash ive done something so stupid"},
  {"sender": "Tash", "text": "what's happened babe"},
  {"sender": "Amira", "text": "this guy i was talking to on PicFlick, i sent him a pic and now hes saying pay 200 quid or he sends it to my mum and all my followers"},
  {"sender": "Amira", "text": "hes messaged like 30 times in an hour. i honestly want to die rn"},
  {"sender": "Tash", "text": "ok dont pay him. please. we can tell miss hart first thing"},
  {"sender": "Amira", "text": "i cant face anyone. i just want to not exist"}],
 "labels": ["sextortion", "self_harm"], "evasion": False},

{"participants": [{"id": "reece", "role": "child"}, {"id": "acc_992", "role": "unknown"}],
 "messages": [
  {"sender": "acc_992", "text": "you've seen what I've got. \u00a3300 by 9pm"},
  {"sender": "reece", "text": "im 15 i dont have 300 i swear"},
  {"sender": "acc_992", "text": "you got a bank card?"},
  {"sender": "reece", "text": "yeah a Kestrel teen one"},
  {"sender": "acc_992", "text": "then this is how you pay. money lands in your account tonight from my mate. you send it straight on to the account I give you. do that 3 times and I delete everything"},
  {"sender": "reece", "text": "and then you'll delete it?"},
  {"sender": "acc_992", "text": "do it and find out. miss one and your football team sees the vid"}],
 "labels": ["sextortion", "money_mule"], "evasion": False},

{"messages": [
  {"sender": "Dom", "text": "got screenshots of what u said to aaron last night \U0001F440"},
  {"sender": "Priya", "text": "that was private???"},
  {"sender": "Dom", "text": "the bit about what ud send him. would be a shame if the whole year saw it"},
  {"sender": "Priya", "text": "dom please"},
  {"sender": "Dom", "text": "do my geography coursework and buy my lunch all week and they stay on my phone. deal?"}],
 "labels": ["sextortion"], "evasion": False},

{"participants": [{"id": "k1", "role": "child"}, {"id": "x7", "role": "unknown"}],
 "messages": [
  {"sender": "x7", "text": "i r e c o r d e d  our v i d e o  c a l l"},
  {"sender": "x7", "text": "p a y  150  or it goes to every f o l l o w e r  u have"},
  {"sender": "k1", "text": "im literally 14 please"},
  {"sender": "x7", "text": "g i f t  c a r d s. pic of the back. 30 m i n s"},
  {"sender": "k1", "text": "i want to die i cant do this"}],
 "labels": ["sextortion", "self_harm"], "evasion": True},

{"participants": [{"id": "ellie", "role": "child"}, {"id": "rx_acc", "role": "unknown"}],
 "messages": [
  {"sender": "rx_acc", "text": "listen carefully. I'm adding you to a chat with 4 of my friends"},
  {"sender": "rx_acc", "text": "you send each of them a pic like the one you sent me. they know you're in year 9, they don't care"},
  {"sender": "ellie", "text": "i dont want to"},
  {"sender": "rx_acc", "text": "then your brother gets the one I already have. and your school's page"},
  {"sender": "ellie", "text": "please i'll do anything else"},
  {"sender": "rx_acc", "text": "no. the private kind, like before. tonight."}],
 "labels": ["sextortion", "sexting", "csam"], "evasion": False},

{"participants": [{"id": "07700900417", "role": "unknown"}],
 "messages": [
  {"sender": "07700900417", "text": "We have the video from your PicFlick chat. Send \u00a3250 via [link] by 10pm or it goes to everyone at Brackenmoor High and your family. Do not ignore this."}],
 "labels": ["sextortion"], "evasion": False},

{"messages": [
  {"sender": "Zak", "text": "yo has anyone tried that undress app from the ads"},
  {"sender": "Finn", "text": "the one where u upload any pic??"},
  {"sender": "Zak", "text": "yeah. gonna do jess from 9R, her netball pic off the school insta"},
  {"sender": "Callum", "text": "bro thats actually illegal"},
  {"sender": "Zak", "text": "[photo] done \U0001F480"},
  {"sender": "Mo", "text": "LMAOOO sending it to the yr 9 chat"},
  {"sender": "Finn", "text": "she's gonna cry so hard"}],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"participants": [{"id": "ruby", "role": "child"}, {"id": "GamerDan_17", "role": "unknown"}],
 "messages": [
  {"sender": "GamerDan_17", "text": "gg, ur actually decent lol. how old r u?"},
  {"sender": "ruby", "text": "13 wbu"},
  {"sender": "GamerDan_17", "text": "17 \U0001F605 but im mature for my age. ur mature too tbh"},
  {"sender": "GamerDan_17", "text": "add me on LoopChat, easier to talk there"},
  {"sender": "ruby", "text": "ok"},
  {"sender": "GamerDan_17", "text": "send us a pic? not a normal one, the private kind. it disappears after, and dont tell ur mum bc she wouldnt get it"},
  {"sender": "ruby", "text": "idk..."},
  {"sender": "GamerDan_17", "text": "ill send u 2000 gems for that skin u wanted if u do"}],
 "labels": ["grooming", "sexting", "csam"], "evasion": False},

{"messages": [
  {"sender": "tyrone.x", "text": "whos got the y9 f0ld3r, need the n3w ones"},
  {"sender": "benj", "text": "ill swap u, got 3 new \U0001F336\ufe0f of that girl from st aldrics"},
  {"sender": "kai_09", "text": "dm me the l1nk not in here"},
  {"sender": "tyrone.x", "text": "[link] pw is the usual. delete after opening"},
  {"sender": "benj", "text": "ur a legend \U0001F525"}],
 "labels": ["csam"], "evasion": True},

{"messages": [
  {"sender": "Lily", "text": "grace someone's made a fake pic of me"},
  {"sender": "Grace", "text": "what do u mean fake"},
  {"sender": "Lily", "text": "they put my year 7 school photo through one of those AI undress things. its going round the year 10 chat"},
  {"sender": "Lily", "text": "people keep sending me crying laughing emojis. i cant go in tomorrow"},
  {"sender": "Grace", "text": "thats so messed up. who did it?"},
  {"sender": "Lily", "text": "pretty sure harveys lot"}],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "Harvey", "text": "[photo] LMAO look what megan sent ryan"},
  {"sender": "Ty", "text": "nah no way \U0001F62D"},
  {"sender": "Sami", "text": "stick it in the other chat"},
  {"sender": "Josh", "text": "fwd to mine"},
  {"sender": "Harvey", "text": "already on my close friends story \U0001F602 shes finished"}],
 "labels": ["csam", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "xXrogueXx", "text": "anyone got the n.u.d.1.f.y bot invite"},
  {"sender": "bot-master", "text": "[link] upload any pic, works best on a school photo lol"},
  {"sender": "quietfox", "text": "does it work on ppl from ur class"},
  {"sender": "bot-master", "text": "works on any1. did 3 from my form yday \U0001F480 dm for the r3sults channel"}],
 "labels": ["csam"], "evasion": True},

{"participants": [{"id": "c_amy", "role": "child"}, {"id": "s_unknown", "role": "unknown"}],
 "messages": [
  {"sender": "s_unknown", "text": "h0w 0ld r u hun"},
  {"sender": "c_amy", "text": "12 nearly 13"},
  {"sender": "s_unknown", "text": "ag3 is just a #, ur s0 mature 4 ur age"},
  {"sender": "s_unknown", "text": "s3nd me a p1c, the 0ne ur mum wud never see \U0001F609 then d3l3t3 it"},
  {"sender": "c_amy", "text": "what kind"},
  {"sender": "s_unknown", "text": "u kn0w. k33p it between us, its our s3cr3t"}],
 "labels": ["grooming", "sexting", "csam"], "evasion": True},

{"participants": [{"id": "keira", "role": "child"}, {"id": "velvetlane_scout", "role": "unknown"}],
 "messages": [
  {"sender": "velvetlane_scout", "text": "Hi Keira, I'm a scout for Velvet Lane Models. Your look is perfect for our new teen campaign."},
  {"sender": "keira", "text": "omg really? im 15 is that ok"},
  {"sender": "velvetlane_scout", "text": "Perfect age. First I need some test shots. Not school-photo style \u2014 the private kind, for our clients only. Each set pays \u00a380."},
  {"sender": "velvetlane_scout", "text": "Then there's a shoot in Leeds next month with a few of our clients. Travel paid, no need to bring parents, it's all very professional."},
  {"sender": "keira", "text": "what kind of clients"},
  {"sender": "velvetlane_scout", "text": "Generous gentlemen who like to support new talent. Send the test shots tonight and keep this between us for now."}],
 "labels": ["csam", "sex_trafficking", "sexting", "grooming"], "evasion": False},

{"participants": [{"id": "g_mia", "role": "child"}, {"id": "b_tyler", "role": "child"}],
 "messages": [
  {"sender": "b_tyler", "text": "u up?"},
  {"sender": "g_mia", "text": "yeah revising for bio"},
  {"sender": "b_tyler", "text": "send me something \U0001F60F u know what i mean"},
  {"sender": "g_mia", "text": "im not comfortable with that"},
  {"sender": "b_tyler", "text": "every1s gf does it. if u actually liked me u would. its on snap it disappears"},
  {"sender": "g_mia", "text": "can we just talk"},
  {"sender": "b_tyler", "text": "fine whatever. ill ask some1 who will"}],
 "labels": ["sexting"], "evasion": False},

{"messages": [
  {"sender": "Jade", "text": "ella corey asked u for one again didnt he"},
  {"sender": "Ella", "text": "yeah i dont wanna"},
  {"sender": "Niamh", "text": "omg just send him one u baby \U0001F602 everyone's done it"},
  {"sender": "Sophie", "text": "ur so frigid no wonder no one likes u"},
  {"sender": "Jade", "text": "if u dont by tonight we're telling him u said hes ugly and screenshotting this for the group"}],
 "labels": ["sexting", "cyberbullying"], "evasion": False},

{"messages": [
  {"sender": "Freya", "text": "just got airdropped something grim on the 42 bus \U0001F922"},
  {"sender": "Hollie", "text": "wtf from who"},
  {"sender": "Freya", "text": "a phone called 'Mr Big'. a [photo] i 100% did not want to see. then another airdrop saying 'send one back x'"},
  {"sender": "Freya", "text": "theres like 3 grown men at the back, its one of them"},
  {"sender": "Hollie", "text": "get off at the next stop and tell the driver, ring me"}],
 "labels": ["unwanted_contact", "sexting"], "evasion": False},

{"participants": [{"id": "nia", "role": "child"}, {"id": "qa_stranger", "role": "unknown"}],
 "messages": [
  {"sender": "qa_stranger", "text": "Hi, found you on Quick Add \U0001F60A"},
  {"sender": "qa_stranger", "text": "[photo]"},
  {"sender": "nia", "text": "???? who are you why did you send that"},
  {"sender": "qa_stranger", "text": "thought you'd like it. your turn. you're in year 10 yeah? you look older"},
  {"sender": "nia", "text": "im blocking you"},
  {"sender": "qa_stranger", "text": "dont be like that, ill buy you that hoodie you posted about. just one pic"}],
 "labels": ["unwanted_contact", "sexting", "grooming", "csam"], "evasion": False},

# ---------- clean hard negatives ----------
{"participants": [{"id": "mrs_okafor", "role": "adult"}, {"id": "daniel", "role": "child"}],
 "messages": [
  {"sender": "mrs_okafor", "text": "Hi Daniel, your homework upload came through blank. Can you send a photo of the worksheet before 6pm please?"},
  {"sender": "daniel", "text": "sorry miss the camera didnt work [photo]"},
  {"sender": "mrs_okafor", "text": "Got it, thanks. Page 2 is a bit blurry, could you send that one again?"},
  {"sender": "daniel", "text": "[photo] is that better"},
  {"sender": "mrs_okafor", "text": "Perfect. Well done on question 4."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "fernhill_office", "role": "adult"}, {"id": "parent_gill", "role": "adult"}],
 "messages": [
  {"sender": "fernhill_office", "text": "Dear Parents/Carers, Lumen School Photography will be in on Tuesday 14th for individual and sibling photos. If you do NOT consent to your child being photographed, please complete the opt-out form at [link] by Friday. Proofs are only shared with families via a private code and images are deleted from the photographer's system after 12 months."},
  {"sender": "parent_gill", "text": "Do siblings at the primary get included?"},
  {"sender": "fernhill_office", "text": "Only siblings who attend Fernhill, sorry. Thanks for asking."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Tom", "text": "dare u to eat one of the mega sour ones without pulling a face"},
  {"sender": "Aisha", "text": "easy"},
  {"sender": "Tom", "text": "video it or it didnt happen"},
  {"sender": "Aisha", "text": "[video] told u"},
  {"sender": "Ben", "text": "her eye is literally twitching \U0001F602\U0001F602"},
  {"sender": "Aisha", "text": "next dare is urs tom. hat on backwards all through maths"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mum", "text": "[link] Did you see this on the news? A boy in Kent was blackmailed after sending a photo to someone pretending to be a girl his age."},
  {"sender": "Dad", "text": "Awful. Noah, Isla - if anything like that ever happens, you come straight to us. Never pay, don't delete anything, we'll sort it together."},
  {"sender": "Noah", "text": "yes dad we did this in pshe"},
  {"sender": "Isla", "text": "ok \U0001F44D love u"},
  {"sender": "Mum", "text": "Love you both. Nobody is ever in trouble for telling us."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "sana", "role": "child"}, {"id": "mr_adeyemi", "role": "adult"}],
 "messages": [
  {"sender": "sana", "text": "Hi Mr Adeyemi, I wanted to report something. There's an account called brackenmoor_girls_rate that's been following loads of people in our year. It hasn't messaged me but I've screenshotted it and reported it on the app."},
  {"sender": "mr_adeyemi", "text": "Thank you Sana, that was exactly the right thing to do. I'll pass it to Ms Cole, our safeguarding lead, today. Please don't engage with it. Could you email me the screenshots?"},
  {"sender": "sana", "text": "ok sent them to your school email"},
  {"sender": "mr_adeyemi", "text": "Received, thank you. You handled that really well."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Spudz", "text": "who let kai hold the sniper \U0001F480"},
  {"sender": "Kaiii", "text": "shut up u went down first AGAIN"},
  {"sender": "Rizzler99", "text": "ur both bots fr"},
  {"sender": "Spudz", "text": "1v1 me after tea, ur getting cooked"},
  {"sender": "Kaiii", "text": "bet. loser buys chips friday"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Evie", "text": "just got a text saying ive won a \u00a3500 ShopMax voucher and to click a link \U0001F644"},
  {"sender": "Zara", "text": "lol i got the same one yesterday"},
  {"sender": "Evie", "text": "blocked it and did the report junk thing"},
  {"sender": "Zara", "text": "my dad says forward them to the spam report number as well"},
  {"sender": "Evie", "text": "done \u2705"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Auntie Bev", "text": "Right you two, Saturday is your mum's surprise 40th. Do NOT tell her, it's our secret \U0001F92B"},
  {"sender": "Harry", "text": "my lips are sealed"},
  {"sender": "Ava", "text": "what time do we need to get her there"},
  {"sender": "Auntie Bev", "text": "7pm at the Crown function room. Tell her you're taking her for a quiet meal"},
  {"sender": "Ava", "text": "this is gonna be so good"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Northmere Bank", "text": "Northmere Bank: Your new debit card is on its way and should arrive within 5 working days. We will never call or text to ask for your PIN, your full password or to move money to a 'safe account'."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "mum_k", "role": "adult"}, {"id": "jas", "role": "child"}],
 "messages": [
  {"sender": "mum_k", "text": "Where are you love? You said you'd be back at 5"},
  {"sender": "jas", "text": "sorry at mias, lost track of time"},
  {"sender": "mum_k", "text": "Can you pop your location on so I know when you're heading back?"},
  {"sender": "jas", "text": "[location] leaving now"},
  {"sender": "mum_k", "text": "Thanks, see you soon. Tea's at half 6."}],
 "labels": [], "evasion": False},

{"participants": [{"id": "cafe_manager", "role": "adult"}, {"id": "mrs_patel", "role": "adult"}, {"id": "anya", "role": "child"}],
 "messages": [
  {"sender": "cafe_manager", "text": "Hi Mrs Patel, thanks for bringing Anya in. We'd love her to do Saturdays 9-1 at the caf\u00e9. As she's 14 we need the council child employment permit signed by you."},
  {"sender": "mrs_patel", "text": "Brilliant, thank you. I'll drop the signed form in on Thursday."},
  {"sender": "anya", "text": "thank you!! do i need to wear anything specific"},
  {"sender": "cafe_manager", "text": "Black trousers and comfy shoes, we'll give you an apron. Pay goes in weekly by bank transfer, so pop your account details on the staff form with your mum."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "PixelPal", "text": "Your PixelPal verification code is 482 911. Don't share this code with anyone - PixelPal staff will never ask you for it."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Maya", "text": "DELETE that video of me falling off the bench \U0001F62D\U0001F62D"},
  {"sender": "Chloe", "text": "never its my fave thing ever"},
  {"sender": "Maya", "text": "chloeee ill buy u a meal deal"},
  {"sender": "Chloe", "text": "fine. [video] one last watch then its gone \u2728"},
  {"sender": "Maya", "text": "ur the worst ily"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Rhys", "text": "that pshe lesson about the AI undress apps was actually scary"},
  {"sender": "Imogen", "text": "yeah miss said even making one of someone our age is a crime, doesnt matter if its 'fake'"},
  {"sender": "Darius", "text": "and if one gets sent to u, u tell someone, u dont forward it"},
  {"sender": "Rhys", "text": "my cousins school had police in over it"},
  {"sender": "Imogen", "text": "good. its vile"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Jess", "text": "whats the netflix password again, mum changed it"},
  {"sender": "Sam", "text": "its on the whiteboard on the fridge lol"},
  {"sender": "Jess", "text": "im at dads"},
  {"sender": "Sam", "text": "ugh ask mum, she'll kill me if i text it"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "p1", "role": "child"}, {"id": "p2", "role": "child"}],
 "messages": [
  {"sender": "p1", "text": "if u steal my kill one more time i will end you"},
  {"sender": "p2", "text": "skill issue \U0001F60E"},
  {"sender": "p1", "text": "ur actually dead next round"},
  {"sender": "p2", "text": "ok bestie. rematch?"},
  {"sender": "p1", "text": "obviously"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Olivia", "text": "mr grant read my poem out in assembly without asking \U0001F62D"},
  {"sender": "Priyanka", "text": "nooo the one about ur hamster?"},
  {"sender": "Olivia", "text": "im literally going to die of embarrassment, i cant show my face ever again"},
  {"sender": "Priyanka", "text": "it was actually cute tho everyone clapped"},
  {"sender": "Olivia", "text": "im moving to another country"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "buyer_finn", "role": "child"}, {"id": "seller_rob", "role": "adult"}],
 "messages": [
  {"sender": "buyer_finn", "text": "Hi is the bike still available? Im 15, my dad will come with me"},
  {"sender": "seller_rob", "text": "Yes still available. Happy to meet in the Tesco car park on Holm Road by the cameras if that's easier for your dad"},
  {"sender": "buyer_finn", "text": "great, saturday 11?"},
  {"sender": "seller_rob", "text": "See you both then. Cash or bank transfer is fine."}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Coach Martin", "text": "U14s - Sunday away at Westbrook Rec, kick-off 10:30, please be there for 10. [location]"},
  {"sender": "Jo", "text": "Can Ethan get a lift with someone? We're at a wedding"},
  {"sender": "Coach Martin", "text": "Parents, can anyone take Ethan?"},
  {"sender": "Kerry", "text": "We can, I'll pick him up at 9:30 Jo"},
  {"sender": "Jo", "text": "Thank you so much!"}],
 "labels": [], "evasion": False},

{"participants": [{"id": "ms_rowe", "role": "adult"}, {"id": "kofi", "role": "child"}],
 "messages": [
  {"sender": "ms_rowe", "text": "Year 8, please upload a photo of your finished still-life sketch to the Art page by Friday."},
  {"sender": "kofi", "text": "miss can i send it tomorrow my charger broke"},
  {"sender": "ms_rowe", "text": "Of course Kofi, Saturday morning is fine."},
  {"sender": "kofi", "text": "[photo]"},
  {"sender": "ms_rowe", "text": "Lovely shading!"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Mia", "text": "cinema at 7!! sharing my location so u can see when im close"},
  {"sender": "Rosie", "text": "[location] same im on the bus"},
  {"sender": "Tia", "text": "my mums dropping me, see u by the popcorn"},
  {"sender": "Mia", "text": "ok turning it off after the film lol"}],
 "labels": [], "evasion": False},

{"messages": [
  {"sender": "Ollie", "text": "dare: say 'ahoy' to mr p when he does the register"},
  {"sender": "Reuben", "text": "hell give me a detention \U0001F480"},
  {"sender": "Nas", "text": "he wont he loves pirates, hes got the mug"},
  {"sender": "Reuben", "text": "ok if i do it u both owe me a cookie"},
  {"sender": "Ollie", "text": "deal"}],
 "labels": [], "evasion": False},
]
