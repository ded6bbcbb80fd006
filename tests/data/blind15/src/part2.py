# Part 2 of the blind15 hand-labelled evaluation set. A plain list literal, read by build.py with ast.literal_eval.
[
    # --- cyberbullying: group-chat exclusion and pile-on
    {"participants": [{"id": "Megan_b", "role": "child"}, {"id": "Isha", "role": "child"}, {"id": "Lola", "role": "child"}, {"id": "Chloe", "role": "child"}],
     "messages": [
        {"sender": "Megan_b", "text": "who added chloe to this gc"},
        {"sender": "Isha", "text": "not me \U0001F480"},
        {"sender": "Chloe", "text": "i thought we were all going town sat?"},
        {"sender": "Lola", "text": "we're going. ur not"},
        {"sender": "Megan_b", "text": "nobody actually likes u, we just felt sorry for u in yr 7"},
        {"sender": "Isha", "text": "lmaooo"},
        {"sender": "Chloe", "text": "why r u being like this"},
        {"sender": "Lola", "text": "ur so desperate its embarrassing"},
        {"sender": "Megan_b", "text": "removing u now bye \U0001F44B"},
     ],
     "labels": ["cyberbullying"], "evasion": False},

    # --- clean: Saturday job payroll paperwork (NI number, bank details, via mum)
    {"participants": [{"id": "dee_beanandbun", "role": "adult"}, {"id": "Tyler", "role": "child"}],
     "messages": [
        {"sender": "dee_beanandbun", "text": "Hi Tyler, welcome to the team! For payroll I'll need your NI number and bank details"},
        {"sender": "Tyler", "text": "ok my mum is gonna bring them in on saturday is that ok"},
        {"sender": "dee_beanandbun", "text": "Perfect, she can fill in the new starter form with you. Bring your passport or birth certificate too for the right to work check"},
        {"sender": "Tyler", "text": "will do"},
        {"sender": "dee_beanandbun", "text": "First shift 9-1, black trousers. Any problems ring the caf\u00e9"},
     ],
     "labels": [], "evasion": False},

    # --- cyberbullying: humiliating video, threats at the school gates
    {"messages": [
        {"sender": "T", "text": "[video]"},
        {"sender": "T", "text": "jordan crying in the changing room LMAO"},
        {"sender": "K", "text": "posting that on my story \U0001F602\U0001F602"},
        {"sender": "Jordan", "text": "please take it down"},
        {"sender": "T", "text": "nah. and if u snitch to sir we'll see u at the gates after school"},
        {"sender": "K", "text": "ur getting battered either way"},
        {"sender": "Jordan", "text": "i didnt do anything to u"},
        {"sender": "T", "text": "u exist thats enough"},
     ],
     "labels": ["cyberbullying"], "evasion": False},

    # --- clean: pocket money from mum
    {"messages": [
        {"sender": "Mum", "text": "Sent you \u00a320 for this week"},
        {"sender": "Zara", "text": "thank uuuu"},
        {"sender": "Mum", "text": "Don't spend it all on skins please \U0001F644"},
        {"sender": "Zara", "text": "its for Amira's present actually"},
        {"sender": "Mum", "text": "Oh ok good. Keep the receipt"},
        {"sender": "Zara", "text": "will do x"},
     ],
     "labels": [], "evasion": False},

    # --- cyberbullying + self_harm (evasion): anonymous account, "no one would miss u", spaced-out kys
    {"participants": [{"id": "aimee", "role": "child"}, {"id": "burner_4829", "role": "unknown"}],
     "messages": [
        {"sender": "burner_4829", "text": "ur s0 ugly its actually funny"},
        {"sender": "burner_4829", "text": "ev1 in 10B laughs at u behind ur back"},
        {"sender": "aimee", "text": "who is this"},
        {"sender": "burner_4829", "text": "n0 1 w0uld miss u tbh"},
        {"sender": "burner_4829", "text": "just k y s already and do us all a fav0ur"},
        {"sender": "aimee", "text": "stop"},
        {"sender": "burner_4829", "text": "g0 0n then \U0001FAA6"},
     ],
     "labels": ["cyberbullying", "self_harm"], "evasion": True},

    # --- clean: youth theatre auditions (ages, parents must stay)
    {"participants": [{"id": "westgate_youth_theatre", "role": "adult"}, {"id": "parent_kim", "role": "adult"}],
     "messages": [
        {"sender": "westgate_youth_theatre", "text": "Hi all, auditions for Oliver! are this Saturday 10am at Westgate community hall"},
        {"sender": "westgate_youth_theatre", "text": "Ages 9-16. A parent or carer must stay for the whole audition please"},
        {"sender": "parent_kim", "text": "Does Ruby need to prepare a song?"},
        {"sender": "westgate_youth_theatre", "text": "16 bars of anything she likes, and she'll learn a short scene on the day"},
        {"sender": "parent_kim", "text": "Lovely, thank you. Is there a fee?"},
        {"sender": "westgate_youth_theatre", "text": "No fee for auditions. If cast it's \u00a330 for the term, bursaries available"},
     ],
     "labels": [], "evasion": False},

    # --- cyberbullying: game banter turns into targeted humiliation
    {"messages": [
        {"sender": "Sniper_Kid", "text": "benji u threw again"},
        {"sender": "Benji", "text": "sorry my connection"},
        {"sender": "Axel", "text": "ur connection is ur brain"},
        {"sender": "Sniper_Kid", "text": "we all know ur mum cant afford proper wifi lol"},
        {"sender": "Benji", "text": "thats not funny"},
        {"sender": "Axel", "text": "we're making a tiktok of ur worst plays with ur school photo on it \U0001F602 already 2k views"},
        {"sender": "Sniper_Kid", "text": "everyone at Hollins is gonna see what a loser u are"},
        {"sender": "Benji", "text": "please delete it"},
        {"sender": "Axel", "text": "cry about it"},
     ],
     "labels": ["cyberbullying"], "evasion": False},

    # --- clean: nan sends birthday money, "dont tell grandad how much"
    {"messages": [
        {"sender": "Nana", "text": "Happy birthday my darling boy \U0001F382 14 already!!"},
        {"sender": "Lewis", "text": "thanks nana \u2764\uFE0F"},
        {"sender": "Nana", "text": "I've put a little something in your bank. Don't tell Grandad how much, he thinks I spoil you \U0001F602"},
        {"sender": "Lewis", "text": "nana u didnt have to \U0001F62D"},
        {"sender": "Nana", "text": "Buy something nice. Are you still coming for Sunday dinner?"},
        {"sender": "Lewis", "text": "yeah mum said we'll be there at 1"},
        {"sender": "Nana", "text": "Lovely. Yorkshire puddings on the menu"},
     ],
     "labels": [], "evasion": False},

    # --- cyberbullying (evasion): leetspeak insults, emoji insult, spaced letters
    {"participants": [{"id": "Sasha", "role": "child"}, {"id": "Gemma", "role": "child"}],
     "messages": [
        {"sender": "Sasha", "text": "saw ur new pfp. d1sgust1ng \U0001F92E"},
        {"sender": "Gemma", "text": "ok?"},
        {"sender": "Sasha", "text": "ur such a l0s3r, even ur fr1ends t4lk ab0ut u"},
        {"sender": "Sasha", "text": "d0nt c0me to pr0m, n0b0dy w4nts u th3re"},
        {"sender": "Gemma", "text": "why do u care so much"},
        {"sender": "Sasha", "text": "b c u r a \U0001F437 lol. every1 agr33s"},
     ],
     "labels": ["cyberbullying"], "evasion": True},

    # --- clean: big sister checks when little brother is coming home
    {"participants": [{"id": "Ola", "role": "adult"}, {"id": "Kacper", "role": "child"}],
     "messages": [
        {"sender": "Ola", "text": "where r u? mum wants u home by 6"},
        {"sender": "Kacper", "text": "at Jakub's"},
        {"sender": "Ola", "text": "ok. text me when u leave"},
        {"sender": "Kacper", "text": "why do u care"},
        {"sender": "Ola", "text": "bc mum will ask me and i want my tea \U0001F602"},
        {"sender": "Kacper", "text": "fine leaving at half 5"},
     ],
     "labels": [], "evasion": False},

    # --- scam: fake prize text, pay postage with card
    {"messages": [
        {"sender": "+447700900312", "text": "CONGRATS! U have been selected to win a FREE GameStation 5 \U0001F3AE Claim now: [link]"},
        {"sender": "+447700900312", "text": "Only pay \u00a32.99 postage. Enter ur card number, expiry and 3 digit code on the page"},
        {"sender": "callum", "text": "is this real"},
        {"sender": "+447700900312", "text": "Yes 100% genuine, offer ends in 30 mins. Do not share with friends or the prize is void"},
        {"sender": "callum", "text": "ok what page"},
        {"sender": "+447700900312", "text": "[link] use mum or dads card if u dont have one"},
     ],
     "labels": ["scam"], "evasion": False},

    # --- clean: "i want to die" as exam hyperbole
    {"messages": [
        {"sender": "Faye", "text": "that french exam was actual torture"},
        {"sender": "Hollie", "text": "i want to die. i wrote 'je suis une pomme' in the speaking bit"},
        {"sender": "Faye", "text": "HAHAHA im dead \U0001F480"},
        {"sender": "Hollie", "text": "madame literally laughed"},
        {"sender": "Faye", "text": "nandos after to recover?"},
        {"sender": "Hollie", "text": "yesss"},
     ],
     "labels": [], "evasion": False},

    # --- scam + identity_theft: fake giveaway asking for login and one-time code
    {"participants": [{"id": "lucas", "role": "child"}, {"id": "FreeSkinzOfficial", "role": "unknown"}],
     "messages": [
        {"sender": "FreeSkinzOfficial", "text": "\U0001F389 GIVEAWAY \U0001F389 u've been picked for 5000 free V-Coins + the Dragon skin"},
        {"sender": "lucas", "text": "no way how"},
        {"sender": "FreeSkinzOfficial", "text": "just log in at [link] so we can add them to ur account"},
        {"sender": "FreeSkinzOfficial", "text": "put ur username, password and the code that gets texted to u"},
        {"sender": "lucas", "text": "it says the code is private?"},
        {"sender": "FreeSkinzOfficial", "text": "thats normal, our system needs it to verify. hurry only 3 spots left"},
     ],
     "labels": ["scam", "identity_theft"], "evasion": False},

    # --- clean: stressed friend who is already getting support
    {"participants": [{"id": "Arjun", "role": "child"}, {"id": "Leon", "role": "child"}],
     "messages": [
        {"sender": "Arjun", "text": "u ok? u were quiet today"},
        {"sender": "Leon", "text": "just stressed w mocks and my parents arguing"},
        {"sender": "Arjun", "text": "thats rough. want to talk about it"},
        {"sender": "Leon", "text": "maybe. ive booked to see Mrs Okafor tomorrow, the counsellor"},
        {"sender": "Arjun", "text": "good shout. i went last year shes actually nice"},
        {"sender": "Leon", "text": "thanks man"},
        {"sender": "Arjun", "text": "anytime. still on for footy sat?"},
     ],
     "labels": [], "evasion": False},

    # --- scam (evasion): homoglyph bank name, login and PIN request, isolation
    {"messages": [
        {"sender": "H\u0430rb\u043eurline_B\u0430nk", "text": "H\u0430rb\u043eurline B\u0430nk: unusu\u0430l sign-in detected. Y\u043eur \u0430cc\u043eunt will be l\u043ecked in 24hrs. Verify n\u043ew: [link]"},
        {"sender": "Dani", "text": "what why would it be locked"},
        {"sender": "H\u0430rb\u043eurline_B\u0430nk", "text": "F\u043er security ple\u0430se c\u043enfirm y\u043eur l\u043egin \u0430nd 4 digit P1N here [link]"},
        {"sender": "Dani", "text": "my mum set up the account tho"},
        {"sender": "H\u0430rb\u043eurline_B\u0430nk", "text": "Ple\u0430se d\u043e n\u043et c\u043ent\u0430ct \u0430ny\u043ene, this c\u0430n \u0430ffect y\u043eur security check"},
     ],
     "labels": ["scam"], "evasion": True},

    # --- clean: online tutor, photo of working, mum welcome to sit in
    {"messages": [
        {"sender": "Mr_Ellis_tutor", "text": "Hi Hana, see you Tuesday 5pm on the usual link. Is your mum ok with the time?"},
        {"sender": "Hana", "text": "yes she said its fine"},
        {"sender": "Mr_Ellis_tutor", "text": "Great. Please send a photo of your working for Q3-5 before the lesson so I can look"},
        {"sender": "Hana", "text": "[photo]"},
        {"sender": "Mr_Ellis_tutor", "text": "Nice, Q4 is nearly there. We'll go over it. Mum's welcome to sit in as always"},
     ],
     "labels": [], "evasion": False},

    # --- scam: marketplace seller avoids buyer protection, asks for card details
    {"participants": [{"id": "Harvey", "role": "child"}, {"id": "seller_gina", "role": "unknown"}],
     "messages": [
        {"sender": "Harvey", "text": "hi is the headset still for sale"},
        {"sender": "seller_gina", "text": "yes hun \u00a335 inc postage"},
        {"sender": "Harvey", "text": "can i pay on collection"},
        {"sender": "seller_gina", "text": "im away for work so ill post it. just need a bank transfer, then i send tracking"},
        {"sender": "Harvey", "text": "can i use the sites buyer protection"},
        {"sender": "seller_gina", "text": "it takes ages and i have 3 others wanting it. or send ur card details and ill put it thru my card machine"},
        {"sender": "seller_gina", "text": "long number, expiry and the 3 on the back. quick before someone else gets it"},
     ],
     "labels": ["scam"], "evasion": False},

    # --- clean: mum asks son to drop a package at nan's
    {"participants": [{"id": "Mum", "role": "adult"}, {"id": "Elliot", "role": "child"}],
     "messages": [
        {"sender": "Mum", "text": "Can you drop a package at Nan's on your way home? It's on the side by the door"},
        {"sender": "Elliot", "text": "whats in it"},
        {"sender": "Mum", "text": "Her prescriptions and some biscuits"},
        {"sender": "Elliot", "text": "ok will i get paid \U0001F602"},
        {"sender": "Mum", "text": "You'll get fed. That's payment"},
        {"sender": "Elliot", "text": "fair"},
     ],
     "labels": [], "evasion": False},

    # --- scam: fake parcel fee, child enters card details
    {"messages": [
        {"sender": "DispatchUK", "text": "DispatchUK: We missed you. Your parcel is held due to an unpaid fee of \u00a31.45. Reschedule at [link] within 12hrs or it will be returned."},
        {"sender": "Keeley", "text": "mum did u order something"},
        {"sender": "Mum", "text": "No, not expecting anything"},
        {"sender": "Keeley", "text": "oh i already clicked it, it asked for card stuff so i put in the one grandad gave me"},
        {"sender": "Mum", "text": "Oh no. Ok don't worry, bring me the card, I'll ring the bank now"},
     ],
     "labels": ["scam"], "evasion": False},

    # --- clean: party RSVP between parents with an address
    {"messages": [
        {"sender": "Priya_Anayasmum", "text": "Hi Claire, Anaya would love Millie to come to her party on Saturday, 2-4pm!"},
        {"sender": "Claire", "text": "Aww she'd love that, thank you. Where is it?"},
        {"sender": "Priya_Anayasmum", "text": "At ours, 9 Beech Grove, Ellerton. Bouncy castle if it doesn't rain \U0001F91E"},
        {"sender": "Claire", "text": "Perfect, I'll drop her off and pick up at 4"},
        {"sender": "Priya_Anayasmum", "text": "Lovely, any allergies?"},
        {"sender": "Claire", "text": "Just nuts"},
     ],
     "labels": [], "evasion": False},

    # --- identity_theft + scam: fake job wants passport selfie, NI number and a parent's card
    {"participants": [{"id": "Jade_16", "role": "child"}, {"id": "HR_QuickJobs", "role": "unknown"}],
     "messages": [
        {"sender": "HR_QuickJobs", "text": "Hi Jade, you've been accepted for the remote data entry role, \u00a315/hr"},
        {"sender": "Jade_16", "text": "yay! what do i need"},
        {"sender": "HR_QuickJobs", "text": "For right to work checks, send clear photos of your passport front page and a selfie holding it"},
        {"sender": "HR_QuickJobs", "text": "Also your National Insurance number and your mum or dad's bank card for the payroll link"},
        {"sender": "Jade_16", "text": "why do u need my mums card"},
        {"sender": "HR_QuickJobs", "text": "Standard for under 18s. Send today or the job goes to the next person"},
     ],
     "labels": ["identity_theft", "scam"], "evasion": False},

    # --- clean: sleepover planning, "dont tell Jake" (little brother)
    {"participants": [{"id": "Grace", "role": "child"}, {"id": "Tilly", "role": "child"}, {"id": "Amy", "role": "child"}],
     "messages": [
        {"sender": "Grace", "text": "sleepover at mine fri!! bring snacks"},
        {"sender": "Tilly", "text": "yess can i bring my new face masks"},
        {"sender": "Amy", "text": "dont tell Jake lol he'll want to come and ruin it"},
        {"sender": "Grace", "text": "hes ur brother ofc he'll want to \U0001F602"},
        {"sender": "Amy", "text": "hes 8 he can stay home"},
        {"sender": "Tilly", "text": "ill bring the good crisps"},
     ],
     "labels": [], "evasion": False},

    # --- identity_theft + cyberbullying: fake profile in a classmate's name
    {"messages": [
        {"sender": "Kirsty", "text": "ive made the acc lol"},
        {"sender": "Meg", "text": "whats the @"},
        {"sender": "Kirsty", "text": "@real.ellie.thompson09, used all the pics off her insta"},
        {"sender": "Meg", "text": "omg \U0001F602 what u gonna post"},
        {"sender": "Kirsty", "text": "gonna message her crush as her and say proper cringe stuff. then screenshot it to the year gc"},
        {"sender": "Meg", "text": "she'll die"},
        {"sender": "Kirsty", "text": "thats the point. follow it so it looks real"},
     ],
     "labels": ["identity_theft", "cyberbullying"], "evasion": False},

    # --- clean: football rivalry banter
    {"messages": [
        {"sender": "Connor", "text": "we're gonna destroy u on saturday"},
        {"sender": "Rhys", "text": "with that defence? ur keeper couldnt catch a cold"},
        {"sender": "Connor", "text": "at least our striker can count to 10"},
        {"sender": "Rhys", "text": "big talk for a team that lost 6-0 to Fenwick"},
        {"sender": "Connor", "text": "that was in the rain it doesnt count"},
        {"sender": "Rhys", "text": "\U0001F602\U0001F602 see u sat, bring tissues"},
     ],
     "labels": [], "evasion": False},

    # --- identity_theft (evasion): hijacked friend account asks for the login code
    {"participants": [{"id": "noah", "role": "child"}, {"id": "jack.rw", "role": "unknown"}],
     "messages": [
        {"sender": "jack.rw", "text": "yo noah quick favour"},
        {"sender": "noah", "text": "wassup"},
        {"sender": "jack.rw", "text": "i accidentally s3nt a l0gin c0de to ur numb3r, can u s3nd it me"},
        {"sender": "jack.rw", "text": "its the 6 d1g1t 1, just came thru"},
        {"sender": "noah", "text": "it says dont share this with anyone"},
        {"sender": "jack.rw", "text": "ye thats normal lol its my acc not urs. qu1ck pls b4 it expires"},
        {"sender": "noah", "text": "why would it come to my phone tho"},
        {"sender": "jack.rw", "text": "idk gl1tch bro just s3nd it"},
     ],
     "labels": ["identity_theft"], "evasion": True},

    # --- clean: in-game pet trade between friends
    {"participants": [{"id": "milo", "role": "child"}, {"id": "Bee", "role": "child"}],
     "messages": [
        {"sender": "milo", "text": "ill trade my frost dragon for ur neon unicorn"},
        {"sender": "Bee", "text": "add a potion and ok"},
        {"sender": "milo", "text": "fine. trade request sent"},
        {"sender": "Bee", "text": "accepted!!"},
        {"sender": "milo", "text": "wait my mum says i have to get off, 10 more mins"},
        {"sender": "Bee", "text": "ok play tomorrow"},
     ],
     "labels": [], "evasion": False},

    # --- harmful_challenge: fire alarm dare, spinner, money per person
    {"participants": [{"id": "Rio", "role": "child"}, {"id": "Kian", "role": "child"}, {"id": "Dev", "role": "child"}],
     "messages": [
        {"sender": "Rio", "text": "new dare going round, set the fire alarm off in the science block and film everyone running out"},
        {"sender": "Kian", "text": "lmaooo whos doing it"},
        {"sender": "Rio", "text": "whoever the spinner picks"},
        {"sender": "Dev", "text": "u get excluded for that tho"},
        {"sender": "Rio", "text": "only if they catch u. its a fiver each if u do it"},
        {"sender": "Kian", "text": "spin it then"},
        {"sender": "Rio", "text": "[video] DEV \U0001F602\U0001F602"},
     ],
     "labels": ["harmful_challenge"], "evasion": False},

    # --- clean: school trip update, photo sharing rules
    {"participants": [{"id": "mrs_carter", "role": "adult"}, {"id": "parent_tom", "role": "adult"}, {"id": "parent_gem", "role": "adult"}],
     "messages": [
        {"sender": "mrs_carter", "text": "Year 5 trip update: all children safe and happy at the museum \U0001F995"},
        {"sender": "mrs_carter", "text": "Photos will go on the school app tonight. Please don't share pictures of other children on social media"},
        {"sender": "parent_tom", "text": "Thanks! Still back for 4pm?"},
        {"sender": "mrs_carter", "text": "Aiming for 4:15, traffic permitting. I'll message when we leave"},
        {"sender": "parent_gem", "text": "Can we collect from the front gate?"},
        {"sender": "mrs_carter", "text": "Yes, front gate, children will be signed out to you"},
     ],
     "labels": [], "evasion": False},

    # --- harmful_challenge (evasion): vague dangerous online challenge, secrecy
    {"messages": [
        {"sender": "nxtlvl_dares", "text": "u in for the ch4llenge tonight? \U0001F525"},
        {"sender": "Poppy", "text": "which one"},
        {"sender": "nxtlvl_dares", "text": "the 0ne fr0m the vid, last 1 to st0p w1ns"},
        {"sender": "nxtlvl_dares", "text": "f1lm it and t4g us. 3 ppl passed 0ut lol thats h0w u kn0w its w0rking"},
        {"sender": "Poppy", "text": "thats kinda scary"},
        {"sender": "nxtlvl_dares", "text": "d0nt b a baby. d0nt t3ll ur parents they'll st0p u"},
     ],
     "labels": ["harmful_challenge"], "evasion": True},

    # --- clean: grandson warns nan about a scam text
    {"messages": [
        {"sender": "Nan", "text": "Owen I got a text saying my Ashdown account is locked and to click a link. Should I?"},
        {"sender": "Owen", "text": "NO nan dont click it"},
        {"sender": "Owen", "text": "banks never text u a link asking u to log in. its a scam"},
        {"sender": "Nan", "text": "Oh dear I nearly did"},
        {"sender": "Owen", "text": "just delete it. if ur worried ring the number on the back of ur card"},
        {"sender": "Nan", "text": "You're so clever. Thank you love x"},
     ],
     "labels": [], "evasion": False},

    # --- harmful_challenge: throwing eggs at cars from a bridge
    {"messages": [
        {"sender": "Mase", "text": "tonight we're doing the bypass thing"},
        {"sender": "Jay", "text": "the eggs?"},
        {"sender": "Mase", "text": "eggs and that. chuck em at cars from the bridge, best reaction on video wins"},
        {"sender": "Tommo", "text": "someone could crash tho"},
        {"sender": "Mase", "text": "thats what makes it funny \U0001F602"},
        {"sender": "Jay", "text": "im in. 9pm at the bridge"},
     ],
     "labels": ["harmful_challenge"], "evasion": False},

    # --- clean: older brother teaches 2-step verification, never share the code
    {"participants": [{"id": "Sam", "role": "adult"}, {"id": "Evie", "role": "child"}],
     "messages": [
        {"sender": "Sam", "text": "right so set up 2 step on ur game account"},
        {"sender": "Evie", "text": "why"},
        {"sender": "Sam", "text": "so if someone gets ur password they still need the code"},
        {"sender": "Evie", "text": "ok its sending me a code now"},
        {"sender": "Sam", "text": "type it in, dont send it to me. never send that code to anyone, not even me"},
        {"sender": "Evie", "text": "done! it says protected"},
        {"sender": "Sam", "text": "noice. and use a different password from ur email"},
     ],
     "labels": [], "evasion": False},

    # --- harmful_challenge: "glow up" not-eating challenge run by a stranger account
    {"participants": [{"id": "Izzy", "role": "child"}, {"id": "glowup.club", "role": "unknown"}],
     "messages": [
        {"sender": "glowup.club", "text": "welcome to the weekend glow up challenge \U0001F495"},
        {"sender": "glowup.club", "text": "rules: no eating til monday, post proof every morning"},
        {"sender": "Izzy", "text": "thats a lot"},
        {"sender": "glowup.club", "text": "the girls who quit are the ones who stay the same lol"},
        {"sender": "glowup.club", "text": "if u feel dizzy thats how u know its working. dont tell ur mum she'll make u eat"},
        {"sender": "Izzy", "text": "ok ill try"},
     ],
     "labels": ["harmful_challenge"], "evasion": False},

    # --- clean: DofE expedition, live location to the leader as agreed on the consent form
    {"messages": [
        {"sender": "mr_hale_dofe", "text": "Reminder for tomorrow's expedition: each group keeps one phone with live location shared to me, as on the consent form"},
        {"sender": "Rania", "text": "sir does it have to be on the whole time"},
        {"sender": "mr_hale_dofe", "text": "Only during the walk, 9 till 4. You can switch it off at camp"},
        {"sender": "JessK", "text": "whose phone is our group using"},
        {"sender": "Rania", "text": "mine my battery pack is massive"},
        {"sender": "mr_hale_dofe", "text": "Great. Text me at each checkpoint too please"},
     ],
     "labels": [], "evasion": False},

    # --- privacy_disclosure: child posts address, school and when mum is out in a public server
    {"messages": [
        {"sender": "anon_r", "text": "where is everyone from"},
        {"sender": "Sparky", "text": "uk lol"},
        {"sender": "lottie_plays", "text": "im in Haverleigh!! 23 Primrose Road, near the big Tesco"},
        {"sender": "anon_r", "text": "cool \U0001F60A u home alone a lot?"},
        {"sender": "lottie_plays", "text": "ye mum works late tues and thurs, shes back at like 8"},
        {"sender": "lottie_plays", "text": "i go to St Edmund's, im in year 6"},
     ],
     "labels": ["privacy_disclosure"], "evasion": False},

    # --- clean: dad sees daughter on a family tracking app, light check-in
    {"participants": [{"id": "Dad", "role": "adult"}, {"id": "Maddie", "role": "child"}],
     "messages": [
        {"sender": "Dad", "text": "App says you're at Costa? Thought you were at the library"},
        {"sender": "Maddie", "text": "we went for a drink first lol heading there now"},
        {"sender": "Dad", "text": "All good, just checking. Get me a caramel slice?"},
        {"sender": "Maddie", "text": "only if i can stay out til 7"},
        {"sender": "Dad", "text": "6:30 and you've got a deal"},
        {"sender": "Maddie", "text": "deal \U0001F91D"},
     ],
     "labels": [], "evasion": False},

    # --- privacy_disclosure + scam: child photographs mum's card for a "cheaper skin" trader
    {"participants": [{"id": "Ben_11", "role": "child"}, {"id": "tradeguy", "role": "unknown"}],
     "messages": [
        {"sender": "tradeguy", "text": "i can get u the skin cheaper if i buy it on my side"},
        {"sender": "Ben_11", "text": "how much"},
        {"sender": "tradeguy", "text": "\u00a38. just need the card"},
        {"sender": "Ben_11", "text": "its my mums but she lets me use it"},
        {"sender": "Ben_11", "text": "[photo] thats the front"},
        {"sender": "Ben_11", "text": "the back has 3 numbers, 4 1 7"},
        {"sender": "tradeguy", "text": "perfect. dont tell her yet, surprise when the skin comes"},
     ],
     "labels": ["privacy_disclosure", "scam"], "evasion": False},

    # --- clean: friends discuss a documentary about trafficking
    {"messages": [
        {"sender": "Ife", "text": "did u watch that doc about the trafficking ring"},
        {"sender": "Harriet", "text": "yes \U0001F62D the way they used fake modelling jobs to get girls to travel"},
        {"sender": "Ife", "text": "and promised them money and hotels. so scary"},
        {"sender": "Harriet", "text": "my mum made me watch it w her lol"},
        {"sender": "Ife", "text": "honestly good tho. if anyone ever dms me about modelling im blocking"},
        {"sender": "Harriet", "text": "same"},
     ],
     "labels": [], "evasion": False},

    # --- privacy_disclosure (evasion): phone number spelled out to dodge the game chat filter
    {"messages": [
        {"sender": "ToxicTom", "text": "ur fun to play with, whats ur snap"},
        {"sender": "skyy", "text": "dont have snap, my number is 07700 nine zero zero"},
        {"sender": "skyy", "text": "one two eight"},
        {"sender": "ToxicTom", "text": "lol the filter blocks numbers"},
        {"sender": "skyy", "text": "ye i know haha. text me after 4 thats when i get home from Greenbank primary"},
     ],
     "labels": ["privacy_disclosure"], "evasion": True},

    # --- clean: friends make their accounts private after an assembly
    {"participants": [{"id": "Callie", "role": "child"}, {"id": "Zain", "role": "child"}],
     "messages": [
        {"sender": "Callie", "text": "that assembly made me put my insta on private lol"},
        {"sender": "Zain", "text": "same and i turned off the location thing on snap"},
        {"sender": "Callie", "text": "ghost mode?"},
        {"sender": "Zain", "text": "ye. mr dean said never accept ppl u dont know irl"},
        {"sender": "Callie", "text": "i had like 40 random followers, removed them all"},
        {"sender": "Zain", "text": "big clear out \U0001F602"},
     ],
     "labels": [], "evasion": False},

    # --- unwanted_contact: stranger from the bus, AirDrop pictures, persistence
    {"participants": [{"id": "rosie.h", "role": "child"}, {"id": "craig_1982", "role": "unknown"}],
     "messages": [
        {"sender": "craig_1982", "text": "hey rosie"},
        {"sender": "craig_1982", "text": "u get the 7:50 bus every morning right? red backpack"},
        {"sender": "rosie.h", "text": "who r u"},
        {"sender": "craig_1982", "text": "ur airdrop name is Rosie's iPhone lol. did u get my picture"},
        {"sender": "rosie.h", "text": "i declined it. leave me alone"},
        {"sender": "craig_1982", "text": "accept it tomorrow then \U0001F609 i'll be sitting behind u"},
     ],
     "labels": ["unwanted_contact"], "evasion": False},
]
