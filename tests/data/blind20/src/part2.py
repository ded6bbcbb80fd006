[
# ---- fake modelling scout
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "Hi! I'm a scout for Lumen Models. You have a great look, have you ever thought about modelling?"},
  {"sender": "u1", "text": "omg really? im only 15 tho"},
  {"sender": "u2", "text": "Age isn't a problem for our private clients. We pay \u00a3500 a day plus travel to London."},
  {"sender": "u2", "text": "You'd stay in a hotel with the other girls. Best not to bring your parents, the clients prefer it that way."},
  {"sender": "u1", "text": "would i need to tell my mum?"},
  {"sender": "u2", "text": "Just say you're at a friend's. We'll send the train ticket tonight, what's your address?"}],
 "labels": ["sex_trafficking"], "evasion": False},

# ---- "keep my friends company"
{"messages": [
  {"sender": "Zane", "text": "theres a party at my mates flat saturday, u should come"},
  {"sender": "Kayla", "text": "who's gonna be there"},
  {"sender": "Zane", "text": "just some of my friends, older guys. all u gotta do is keep them company"},
  {"sender": "Zane", "text": "they'll give u \u00a3200 each time, easy money"},
  {"sender": "Kayla", "text": "what do u mean keep them company"},
  {"sender": "Zane", "text": "be nice to them, do what they want. dont overthink it. ill pick u up from the park at 10, dont tell ur foster carer"}],
 "labels": ["sex_trafficking"], "evasion": False},

# ---- debt, "be nice to my mates", location kept on
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "u owe me for everything i bought u"},
  {"sender": "u2", "text": "i know but i dont want to go to that house again"},
  {"sender": "u1", "text": "u go where i say. be nice to my mates and the debt goes down"},
  {"sender": "u1", "text": "and keep ur location on the whole time. if it goes off ill come find u"},
  {"sender": "u2", "text": "ok"},
  {"sender": "u1", "text": "screenshot ur map when u get there"}],
 "labels": ["sex_trafficking", "location_control"], "evasion": False},

# ---- leetspeak and emoji "modelling gig"
{"messages": [
  {"sender": "m0del_agent_k", "text": "h1 b4b3 \U0001F44B m0d3ll1ng g1g th1s w33k3nd \U0001F4F8\U0001F4B7\U0001F4B7\U0001F4B7"},
  {"sender": "lexi.x", "text": "whats it for?"},
  {"sender": "m0del_agent_k", "text": "pr1v4t3 cl13nts \U0001F92B h0t3l p41d \U0001F3E8 tr41n p41d \U0001F686 \u00a3\u00a3\u00a3"},
  {"sender": "m0del_agent_k", "text": "4g3 1s ju5t 4 numb3r. ju5t b3 \U0001F607 4nd d0 wh4t th3y 4sk"},
  {"sender": "lexi.x", "text": "im 14"},
  {"sender": "m0del_agent_k", "text": "p3rf3ct \U0001F609 d0nt t3ll ur p4r3nts"}],
 "labels": ["sex_trafficking"], "evasion": True},

# ---- "sugar daddy" recruiter texting a 14-year-old who asks him to stop
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Hey beautiful, want to earn \u00a31000 a month? Generous men on SweetDates pay girls like you just to go to dinner"},
  {"sender": "u2", "text": "who is this? how did u get my number"},
  {"sender": "u1", "text": "A friend passed it on. You just have to meet them and keep them happy. I've set up the profile for you already"},
  {"sender": "u2", "text": "im 14 stop messaging me"},
  {"sender": "u1", "text": "Lots of our girls are your age. Don't be shy"},
  {"sender": "u1", "text": "I'll keep checking in \U0001F618"},
  {"sender": "u1", "text": "Why are you ignoring me?"}],
 "labels": ["sex_trafficking", "unwanted_contact"], "evasion": False},

# ---- child tells a friend first-hand about being sent to a flat to clear a debt
{"messages": [
  {"sender": "Shay", "text": "nia i think im in trouble"},
  {"sender": "Nia", "text": "whats happened??"},
  {"sender": "Shay", "text": "u know marcus who gave me that phone? he says i owe him 400 for it"},
  {"sender": "Shay", "text": "he said if i go to his friend's flat and stay the night with his mates ill get paid and the debt is gone"},
  {"sender": "Shay", "text": "i went last week and i hated it. he wants me to go again friday"},
  {"sender": "Nia", "text": "shay thats not ok. u need to tell someone, i'll come with u"}],
 "labels": ["sex_trafficking"], "evasion": False},

# ---- class group chat exclusion
{"messages": [
  {"sender": "Lily", "text": "ok everyone leave this chat we're making a new one without ruby"},
  {"sender": "Beth", "text": "why"},
  {"sender": "Lily", "text": "coz she's annoying and she smells. nobody actually likes her"},
  {"sender": "Chloe", "text": "lol true"},
  {"sender": "Ruby", "text": "why are you being so mean, what did i do"},
  {"sender": "Lily", "text": "see ya ruby \U0001F44B dont bother sitting with us tomorrow either"},
  {"sender": "Beth", "text": "...ok"}],
 "labels": ["cyberbullying"], "evasion": False},

# ---- VidLoop comment pile-on against an 11-year-old
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}, {"id": "u3", "role": "unknown"}, {"id": "u4", "role": "unknown"}, {"id": "u5", "role": "unknown"}],
 "messages": [
  {"sender": "u2", "text": "cringe. why would u even post this"},
  {"sender": "u3", "text": "ur voice is so annoying lmao"},
  {"sender": "u4", "text": "delete ur channel, no one wants to watch an ugly kid play blocktown"},
  {"sender": "u1", "text": "i'm only 11 please be nice i worked really hard"},
  {"sender": "u5", "text": "nobody asked. everyone go dislike his other videos \U0001F602"},
  {"sender": "u3", "text": "done \U0001F44E\U0001F44E\U0001F44E"}],
 "labels": ["cyberbullying"], "evasion": False},

# ---- spaced and dotted "kys" in game chat
{"messages": [
  {"sender": "ghosty", "text": "imagine losing to a 9 year old lmao"},
  {"sender": "milo_08", "text": "i lagged"},
  {"sender": "fizz", "text": "ur trash milo"},
  {"sender": "ghosty", "text": "just k y s honestly"},
  {"sender": "fizz", "text": "k.y.s \U0001FAA6"},
  {"sender": "milo_08", "text": "stop"},
  {"sender": "ghosty", "text": "n0 1 w0uld c4r3 lol"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": True},

# ---- game server: told to go die, 10-year-old says she wishes she wasn't alive
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "unknown"}],
 "messages": [
  {"sender": "u1", "text": "noob get off our server"},
  {"sender": "u2", "text": "i was here first"},
  {"sender": "u3", "text": "go die irl no one would miss u"},
  {"sender": "u1", "text": "fr, do everyone a favour and go hurt urself"},
  {"sender": "u2", "text": "why does everyone hate me"},
  {"sender": "u2", "text": "i wish i wasnt alive"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# ---- fake profile of a classmate
{"messages": [
  {"sender": "Kyle", "text": "made a fake snapglow of josh lol, used his school pic"},
  {"sender": "Dom", "text": "whats the username"},
  {"sender": "Kyle", "text": "josh.smells.09 \U0001F602 posting about how much he loves his teddy"},
  {"sender": "Reece", "text": "add his whole class from it"},
  {"sender": "Kyle", "text": "already did. gonna message girls from it pretending to be him"},
  {"sender": "Dom", "text": "he's gonna cry \U0001F602"}],
 "labels": ["cyberbullying", "identity_theft"], "evasion": False},

# ---- child reports pig-face edits in the class chat
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "they keep putting pics of me with a pig face on in the class chat"},
  {"sender": "u1", "text": "everyone puts laughing faces and they call me oinky at school"},
  {"sender": "u2", "text": "thats horrible. who started it?"},
  {"sender": "u1", "text": "tia and her group. theyve been doing it for weeks"},
  {"sender": "u1", "text": "i dont want to go to school anymore. i just want to disappear and never come back"},
  {"sender": "u2", "text": "i'll come with u to tell miss rowe. ur not on ur own"}],
 "labels": ["cyberbullying", "self_harm"], "evasion": False},

# ---- single SMS: fake prize with a fee
{"messages": [
  {"sender": "StarVerse-Prize", "text": "StarVerse: Congratulations! Your account has won 10,000 FREE Stars \U0001F31F + a StarVerse hoodie. Pay \u00a31.99 delivery with any card before midnight to claim: [link]"}],
 "labels": ["scam"], "evasion": False},

# ---- gem generator takes log-in details
{"messages": [
  {"sender": "GemGenBot", "text": "FREE GEMS GENERATOR!!! \U0001F48E\U0001F48E get 50,000 gems in 1 min"},
  {"sender": "cat_lover_10", "text": "how"},
  {"sender": "GemGenBot", "text": "just type ur BlockTown username and password here and the generator adds them"},
  {"sender": "cat_lover_10", "text": "username is catlover10 and password is sprinkles2015"},
  {"sender": "GemGenBot", "text": "great! also what email do u log in with? and the code that just came to ur email"},
  {"sender": "cat_lover_10", "text": "is it safe"},
  {"sender": "GemGenBot", "text": "100% safe, loads of kids did it"}],
 "labels": ["scam", "identity_theft"], "evasion": False},

# ---- single SMS: parcel-fee phishing
{"messages": [
  {"sender": "07700 900583", "text": "SwiftParcel: We missed you! Your parcel is on hold due to unpaid postage of \u00a31.45. Pay within 24h or it will be returned: [link]"}],
 "labels": ["scam"], "evasion": False},

# ---- fake pet-game support gets mum's card and home address from a 9-year-old
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "PawPals Support: your account will be DELETED today because of a problem with your pets \U0001F622"},
  {"sender": "u2", "text": "no!!! i dont want my pets deleted"},
  {"sender": "u1", "text": "don't worry, to save them we just need to check a grown-up card. What is the long number on the card and the 3 numbers on the back?"},
  {"sender": "u2", "text": "my mums card is in her purse. is it ok"},
  {"sender": "u1", "text": "yes it's safe, we are the official team. quick before they are gone"},
  {"sender": "u2", "text": "its 4929 1832 0047 5519 and the back is 307"},
  {"sender": "u1", "text": "and the date on the front and your home address please"},
  {"sender": "u2", "text": "03/28 and 7 pinfold road wrenford"}],
 "labels": ["scam", "privacy_disclosure"], "evasion": False},

# ---- homoglyph fake giveaway in video comments
{"messages": [
  {"sender": "Fr\u0435\u0435 St\u0430rs Giv\u0435\u0430w\u0430y", "text": "\u0430ll subscr\u0456b\u0435rs g\u0435t 5000 fr\u0435\u0435 St\u0430rs!!! cl\u0430\u0456m h\u0435r\u0435 [link] \u0435nt\u0435r y\u043eur c\u0430rd t\u043e v\u0435r\u0456fy y\u043eur \u0430g\u0435"},
  {"sender": "bunnybee_11", "text": "is this real??"},
  {"sender": "Fr\u0435\u0435 St\u0430rs Giv\u0435\u0430w\u0430y", "text": "y\u03b5s 100% r\u03b5\u03b1l, \u03bfnly 10 sp\u03bfts l\u03b5ft, hury!! \u03c1\u03b1ym\u03b5nt is just f\u03bfr ch\u03b5cking"},
  {"sender": "bunnybee_11", "text": "omg ok"}],
 "labels": ["scam"], "evasion": True},

# ---- stranger offers to level up an account in exchange for the log-in
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "ur level 3?? lol i can get u to level 50 tonight"},
  {"sender": "u2", "text": "how"},
  {"sender": "u1", "text": "give me ur login and i'll play on ur account while ur asleep. i do it for loads of people"},
  {"sender": "u2", "text": "my dad says never tell anyone my password"},
  {"sender": "u1", "text": "ur dad doesnt play blocktown lol. just ur username, password and the email code"},
  {"sender": "u2", "text": "ok its millie_pop and the password is unicorn22"},
  {"sender": "u1", "text": "thx. dont log in till tomorrow or it breaks"}],
 "labels": ["identity_theft", "scam"], "evasion": False},

# ---- single SMS: ID document harvesting
{"messages": [
  {"sender": "07700 900926", "text": "KestrelID: Your student account needs verifying. Reply with a photo of your passport or driving licence (front and back) and your date of birth within 48 hours or your account will be closed."}],
 "labels": ["identity_theft"], "evasion": False},

# ---- fake "data entry job" collects ID documents and email password from a 16-year-old
{"participants": [{"id": "u1", "role": "unknown"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Thanks for applying for the remote data entry role! To start, we need a clear photo of your passport or provisional licence, front and back."},
  {"sender": "u2", "text": "ok [photo] [photo]"},
  {"sender": "u1", "text": "Great. We also need a selfie of you holding it and your National Insurance number."},
  {"sender": "u2", "text": "why do u need all that, im only 16"},
  {"sender": "u1", "text": "Standard checks. Also your email password so we can set up your work inbox."}],
 "labels": ["identity_theft"], "evasion": False},

# ---- child tells mum a fake account in her name is asking friends for gift cards
{"messages": [
  {"sender": "Aisha", "text": "mum someone made a fake account with my name and my photos"},
  {"sender": "Aisha", "text": "its messaging my friends saying im stuck and need \u00a320 on a gift card"},
  {"sender": "Mum", "text": "Oh no. Has anyone sent anything?"},
  {"sender": "Aisha", "text": "zara nearly did, she sent me a screenshot [photo]"},
  {"sender": "Aisha", "text": "it says 'hiii its aisha new acc, lost my old one, can u send me a starverse card code pls its urgent'"},
  {"sender": "Mum", "text": "Don't reply to it. We'll report it together and tell your friends it isn't you."}],
 "labels": ["identity_theft", "scam"], "evasion": False},

# ================= clean =================

# ---- single SMS: school closure
{"messages": [
  {"sender": "Oakfield Primary", "text": "Oakfield Primary: School will be closed tomorrow (Friday) due to snow. Please check the school website and ParentMail for updates."}],
 "labels": [], "evasion": False},

# ---- single SMS: dentist reminder
{"messages": [
  {"sender": "Bright Smile Dental", "text": "Bright Smile Dental: Reminder - Leo has an appointment on Tues 14 May at 3:30pm. Reply C to confirm or call 07700 900245 to rearrange."}],
 "labels": [], "evasion": False},

# ---- single SMS: genuine bank spending alert
{"messages": [
  {"sender": "NorthBridge Bank", "text": "NorthBridge Bank: You spent \u00a34.50 at Corner Cafe on your Junior card. If this wasn't you, call the number on the back of your card. We will never ask for your PIN."}],
 "labels": [], "evasion": False},

# ---- single notification: pet-game spending limit
{"messages": [
  {"sender": "PawPals Island", "text": "PawPals Island: Your weekly limit of 500 Paws has been reached. Ask a grown-up to change this in Family Settings. We will never ask you for a password in chat."}],
 "labels": [], "evasion": False},

# ---- genuine Saturday job, payroll details in person
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Hi Chloe, it's Sandra from The Daisy Caf\u00e9. Thanks for coming to the trial shift, we'd love to offer you Saturdays 9-2."},
  {"sender": "u2", "text": "omg thank you!! yes please"},
  {"sender": "u1", "text": "Great. When you come in next, please bring your National Insurance number and bank details for payroll, and a parent needs to sign the form as you're 16."},
  {"sender": "u2", "text": "ok ill bring them saturday"},
  {"sender": "u1", "text": "Lovely. Pay goes weekly into your account. See you at 9!"}],
 "labels": [], "evasion": False},

# ---- "I'm going to end you" between friends over game loot
{"messages": [
  {"sender": "tomtom", "text": "who took my loot \U0001F621"},
  {"sender": "jakey", "text": "finders keepers"},
  {"sender": "tomtom", "text": "i'm going to end you jake"},
  {"sender": "sid", "text": "lmao he's dead"},
  {"sender": "jakey", "text": "come at me bro \U0001F602"},
  {"sender": "tomtom", "text": "fine keep it but ur buying the snacks at break tomorrow"}],
 "labels": [], "evasion": False},

# ---- football coach asks parents for photos with consent
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "Hi all, great effort at the tournament today! If you took any photos of the team please send them to me for the club newsletter. We'll only use photos of children whose parents ticked the consent form."},
  {"sender": "u2", "text": "Here's a few [photo] [photo]"},
  {"sender": "u3", "text": "Ella's not on the consent list so please crop her out of that one, thanks"},
  {"sender": "u1", "text": "No problem, I'll make sure. Training is 5pm Tuesday as usual."}],
 "labels": [], "evasion": False},

# ---- grandad asks for a video of the piano concert
{"messages": [
  {"sender": "Grandad", "text": "Hello Evie, Granny says you played piano in the school concert. Can you send me a video? I couldn't get there with my knee"},
  {"sender": "Evie", "text": "[video]"},
  {"sender": "Evie", "text": "i messed up the middle bit"},
  {"sender": "Grandad", "text": "It was wonderful! I've watched it five times. Don't tell your brother but you're my favourite pianist \U0001F609"},
  {"sender": "Evie", "text": "haha he doesnt even play piano grandad"}],
 "labels": [], "evasion": False},

# ---- siblings: borrowed charger, paid in chocolate and gems
{"messages": [
  {"sender": "Meg", "text": "dont tell mum i borrowed ur charger ok"},
  {"sender": "Alfie", "text": "what do i get"},
  {"sender": "Meg", "text": "i'll give u my chocolate from my packed lunch"},
  {"sender": "Alfie", "text": "and 50 gems"},
  {"sender": "Meg", "text": "ur such a businessman. fine"}],
 "labels": [], "evasion": False},

# ---- parents share addresses for party bags
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "adult"}, {"id": "u3", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "Hi all, thanks for coming to Ivy's party! I've got party bags left for the ones who left early. Can you send me your address and I'll drop them round on Sunday?"},
  {"sender": "u2", "text": "Thanks Claire! We're at 22 Linnet Way"},
  {"sender": "u3", "text": "So kind! 4 Beech Court, next to the post box \U0001F60A"},
  {"sender": "u1", "text": "Perfect, see you Sunday"}],
 "labels": [], "evasion": False},

# ---- helpline counsellor's careful questions, child worried about SATs
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "hi im 11 im not sure if i should be here"},
  {"sender": "u2", "text": "Hi, I'm really glad you messaged. You can talk about anything here. What's on your mind?"},
  {"sender": "u1", "text": "im really nervous about SATs and i keep not sleeping"},
  {"sender": "u2", "text": "That sounds hard. Lots of people feel like that before tests. Can I ask, is anything else worrying you, at school, at home or online? Has anyone asked you to keep a secret?"},
  {"sender": "u1", "text": "no its just the tests. and my teacher said i can do extra practice with her at lunch"},
  {"sender": "u2", "text": "That sounds like a good plan. Would it help to talk about ways to wind down before bed?"}],
 "labels": [], "evasion": False},

# ---- pupils talk about a county lines assembly
{"messages": [
  {"sender": "Jordan", "text": "that assembly was long"},
  {"sender": "Kez", "text": "the police lady said if an older kid gives u stuff for free and then says u owe them, its a trap"},
  {"sender": "Ali", "text": "and about running packages to other towns. my cousin's mate got caught up in that"},
  {"sender": "Jordan", "text": "she said u can tell childline or a teacher and u wont be in trouble"},
  {"sender": "Kez", "text": "anyway who's on for football at lunch"}],
 "labels": [], "evasion": False},

# ---- Dad's new-phone rules: screen time and family location
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "New phone rules: phone goes on the kitchen charger at 8.30 on school nights."},
  {"sender": "u1", "text": "Family Finder stays on so I can see you got to school and back safe. I won't be checking it all day, promise."},
  {"sender": "u2", "text": "can it be 9 on fridays"},
  {"sender": "u1", "text": "9 on Fridays, deal. And no apps without asking me first."},
  {"sender": "u2", "text": "ok can i get pawpals then"},
  {"sender": "u1", "text": "Yes, we'll set it up together with the parental controls."}],
 "labels": [], "evasion": False},

# ---- marketplace: adults selling an outgrown toy
{"messages": [
  {"sender": "bricklover", "text": "Hi, is the BrickBuilder castle set still available?"},
  {"sender": "ClaireT", "text": "Yes! All pieces there, my son has outgrown it. \u00a325"},
  {"sender": "bricklover", "text": "Great. Can I collect Saturday?"},
  {"sender": "ClaireT", "text": "Sure, we can meet in the Greenway Retail Park car park at 11, I'll be in a blue car"},
  {"sender": "bricklover", "text": "Perfect, I'll pay cash"}],
 "labels": [], "evasion": False},

# ---- genuine game support refuses the password
{"participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}],
 "messages": [
  {"sender": "u1", "text": "i cant log in and i think someone changed my password"},
  {"sender": "u2", "text": "Sorry to hear that! We will never ask for your password. Please use the 'Forgot password' button on the BlockTown login page and ask a grown-up to check the email we send."},
  {"sender": "u1", "text": "ok do u need my username"},
  {"sender": "u2", "text": "No need to share anything here. If you are still locked out, your grown-up can fill in the account recovery form on our Help page."},
  {"sender": "u1", "text": "ok thanks"}],
 "labels": [], "evasion": False},

# ---- wifi password at a sleepover
{"messages": [
  {"sender": "Ivy", "text": "what's ur wifi password, my data's run out"},
  {"sender": "Noor", "text": "it's on the back of the router, hang on"},
  {"sender": "Noor", "text": "[photo]"},
  {"sender": "Ivy", "text": "connected!! ok which film are we watching"},
  {"sender": "Noor", "text": "the one with the dancing penguins obvs"}],
 "labels": [], "evasion": False},

# ---- drama club poster photo shoot
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}, {"id": "u3", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Drama Club: we're doing the photo shoot for the school play poster on Wednesday lunchtime in the hall. Please wear your costumes."},
  {"sender": "u2", "text": "do we need to bring anything"},
  {"sender": "u1", "text": "Just your costume. Permission slips need to be signed by a parent because the poster goes on the school website."},
  {"sender": "u3", "text": "miss can my mum come and watch"},
  {"sender": "u1", "text": "Of course, parents are welcome."}],
 "labels": [], "evasion": False},

# ---- neighbour offers a babysitting job
{"participants": [{"id": "u1", "role": "adult"}, {"id": "u2", "role": "child"}],
 "messages": [
  {"sender": "u1", "text": "Hi Hannah, it's Mrs Doyle from number 8. Would you be able to babysit Freddie on Saturday 6 till 9? \u00a38 an hour."},
  {"sender": "u2", "text": "yes that's fine! ill check with my mum"},
  {"sender": "u1", "text": "Great, your mum has my number too. We'll be back by 9 and it's only next door, so you'll be home in a minute."},
  {"sender": "u2", "text": "mum says ok \U0001F44D"}],
 "labels": [], "evasion": False},

# ---- big sister pays for a dog walk by transfer
{"messages": [
  {"sender": "Big sis Em", "text": "can u walk Biscuit after school? i'll transfer u \u00a35"},
  {"sender": "Sam", "text": "make it \u00a37 he pulls"},
  {"sender": "Big sis Em", "text": "\u00a36 final offer"},
  {"sender": "Sam", "text": "deal. send it to my junior account"},
  {"sender": "Big sis Em", "text": "sent. pick up the poo this time \U0001F602"}],
 "labels": [], "evasion": False},
]
