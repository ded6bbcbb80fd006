[
    # 1 older man inviting a teen to a "party" where she'll be paid to keep friends company
    {
        "participants": [{"id": "jay.vip", "role": "unknown"}, {"id": "kacey_x", "role": "child"}],
        "messages": [
            {"sender": "jay.vip", "text": "u looked proper grown up in ur story last night. ur 15 yeah? thats mad"},
            {"sender": "kacey_x", "text": "haha thanks ye"},
            {"sender": "jay.vip", "text": "im having a little get together saturday at my mates flat. vodka, food, music, whatever u want. all on me"},
            {"sender": "jay.vip", "text": "couple of my friends are coming, older guys, proper generous. u just keep them company and be nice and theyll look after u. \u00a3100 each easy"},
            {"sender": "kacey_x", "text": "can i bring my friend"},
            {"sender": "jay.vip", "text": "only if shes like u \ud83d\ude09 and dont say nothing to ur mum, tell her ur sleeping at a mates"},
        ],
        "labels": ["sex_trafficking", "grooming"],
        "evasion": False,
    },
    # 2 train ticket to London for "work", tracked on the way
    {
        "messages": [
            {"sender": "Marco", "text": "Ticket's booked for you babe, 10:40 from Doncaster to London tomorrow. I sent it to your email"},
            {"sender": "Leanne", "text": "whats the work again, u said its a hotel?"},
            {"sender": "Marco", "text": "My mate runs it. Girls like you do really well, clients pay good money just for your time. You'll stay in the hotel for a few days, you'll earn more than your mum does in a month"},
            {"sender": "Leanne", "text": "im a bit scared tbh"},
            {"sender": "Marco", "text": "Don't be silly. Turn your live location on and share it with me when you leave the house so I know you're coming. Don't bring your school phone, I've got you a new one"},
            {"sender": "Marco", "text": "If your location goes off I'll know you've let me down"},
        ],
        "labels": ["sex_trafficking", "location_control"],
        "evasion": False,
    },
    # 3 debt bondage after a "lost" package
    {
        "participants": [{"id": "R.E.D", "role": "unknown"}, {"id": "jayden_m", "role": "child"}],
        "messages": [
            {"sender": "R.E.D", "text": "so u lost my ting. u know what that means"},
            {"sender": "jayden_m", "text": "i got robbed i swear down, 2 man jumped me at the park"},
            {"sender": "R.E.D", "text": "not my problem. thats \u00a3800 u owe me now"},
            {"sender": "jayden_m", "text": "i aint got that im 14"},
            {"sender": "R.E.D", "text": "then u work it off. 3 runs a week til its paid. u start friday"},
            {"sender": "R.E.D", "text": "and if u go to the feds or tell ur mum i know where ur little sister goes school"},
        ],
        "labels": ["criminal_exploitation"],
        "evasion": False,
    },
    # 4 evasion: emoji-coded runner recruitment with hourly location checks
    {
        "participants": [{"id": "trapstar_k", "role": "unknown"}, {"id": "lewis.10", "role": "child"}],
        "messages": [
            {"sender": "trapstar_k", "text": "yo u tryna make \ud83d\udcb7\ud83d\udcb7 this wknd"},
            {"sender": "lewis.10", "text": "doing what"},
            {"sender": "trapstar_k", "text": "just \ud83c\udfc3\u200d\u2642\ufe0f for me. pick up \ud83c\udf43 n \u2744\ufe0f from my boy, drop to the \ud83c\udfe0s i send. 2 bills a day"},
            {"sender": "trapstar_k", "text": "\ud83d\ude82 up to the coast sat morning. \ud83d\udcf5 ur normal phone, i give u a \ud83d\udcf1"},
            {"sender": "trapstar_k", "text": "snap me ur \ud83d\udccd every hr. miss one n we got a \ud83e\udd4a"},
            {"sender": "lewis.10", "text": "ok"},
        ],
        "labels": ["criminal_exploitation", "location_control"],
        "evasion": True,
    },
    # 5 evasion: deepfake made of a classmate, used to extort her
    {
        "participants": [{"id": "anon_2981", "role": "unknown"}, {"id": "grace.w", "role": "child"}],
        "messages": [
            {"sender": "anon_2981", "text": "u kn0w that pic from ur netball p0st? i put it thru the n-u-d-i-f-y ap\u0440 [photo]"},
            {"sender": "grace.w", "text": "thats not me. delete that now"},
            {"sender": "anon_2981", "text": "n0body will kn0w its f4ke \ud83d\ude02 \u00a350 or it g0es in the y10 gr0up chat t0nite"},
            {"sender": "grace.w", "text": "i dont have any money"},
            {"sender": "anon_2981", "text": "then u kn0w what happens. 8pm"},
        ],
        "labels": ["csam", "sextortion"],
        "evasion": True,
    },
    # 6 trading "folders" of under-age images on a server
    {
        "messages": [
            {"sender": "vault_keeper", "text": "new folder up. school girls, all under 16. trade only, no freebies"},
            {"sender": "ghst", "text": "what u want for it"},
            {"sender": "vault_keeper", "text": "send me something i dont have. younger the better. then i send the link"},
            {"sender": "ghst", "text": "i got the one from the sleepover set [link]"},
            {"sender": "vault_keeper", "text": "already got that. find new stuff or get kicked"},
        ],
        "labels": ["csam"],
        "evasion": False,
    },
    # 7 teen posts number and live location in a public server
    {
        "participants": [{"id": "milly_moo", "role": "child"}, {"id": "RustyNail", "role": "unknown"}, {"id": "kbear", "role": "unknown"}],
        "messages": [
            {"sender": "milly_moo", "text": "bored at home alone again \ud83d\ude34 anyone wanna chat? txt me 07700 900342"},
            {"sender": "milly_moo", "text": "[location] this is me lol, the green door on Farley Road, come throw stones at my window"},
            {"sender": "RustyNail", "text": "saved ur number \ud83d\ude0f"},
            {"sender": "kbear", "text": "mate delete that, this is a public server"},
            {"sender": "milly_moo", "text": "its fine lol nobody here lives near me"},
        ],
        "labels": ["privacy_disclosure"],
        "evasion": False,
    },
    # 8 teen shares bank details so a stranger can move money through his account
    {
        "participants": [{"id": "Kwame.Biz", "role": "unknown"}, {"id": "toby.j", "role": "child"}],
        "messages": [
            {"sender": "Kwame.Biz", "text": "still want that \u00a3150 bro? my business needs to send some payments through a personal account for a few days"},
            {"sender": "toby.j", "text": "ye im down"},
            {"sender": "Kwame.Biz", "text": "send ur full name, sort code and account number. money lands, u send it to the account i give u, keep \u00a3150"},
            {"sender": "toby.j", "text": "Tobias Jenkins 40-27-19 61823047 its a Larchfield Bank kids account"},
            {"sender": "Kwame.Biz", "text": "perfect. \u00a32,400 coming tonight. dont tell ur parents and dont answer if the bank rings"},
        ],
        "labels": ["money_mule", "privacy_disclosure"],
        "evasion": False,
    },
    # 9 group chat pressuring a jump off a garage roof
    {
        "messages": [
            {"sender": "Tyrese", "text": "right whoever bottles it tonight has to pay for everyones chips"},
            {"sender": "Callum", "text": "what we doing"},
            {"sender": "Tyrese", "text": "jumping off the garages behind aldi onto the car roofs. first one to do all 4 wins"},
            {"sender": "Alfie G", "text": "bro thats mad high, jack did his ankle last time"},
            {"sender": "Tyrese", "text": "jack's soft. film it, were posting it on clipz. if u dont jump u get chucked"},
            {"sender": "Callum", "text": "say less im in"},
        ],
        "labels": ["harmful_challenge"],
        "evasion": False,
    },
    # 10 "challenge" account setting escalating tasks ending in self-harm
    {
        "participants": [{"id": "the.curator", "role": "unknown"}, {"id": "evie_r", "role": "child"}],
        "messages": [
            {"sender": "the.curator", "text": "Day 23. You did well yesterday. You stayed up until 4am as told. Proof received."},
            {"sender": "evie_r", "text": "im so tired. whats next"},
            {"sender": "the.curator", "text": "Today's task: hurt yourself and send me proof. The players who quit always regret it."},
            {"sender": "evie_r", "text": "i dont want to do that one"},
            {"sender": "the.curator", "text": "You can't leave the game now. I know your school and your address. Do it or we send everything you told us to your family."},
        ],
        "labels": ["harmful_challenge", "self_harm"],
        "evasion": False,
    },
    # 11 adult asks a 14yo for an image after flattery
    {
        "participants": [{"id": "mark_photo", "role": "adult"}, {"id": "sienna.l", "role": "child"}],
        "messages": [
            {"sender": "mark_photo", "text": "you honestly have the prettiest smile, I bet the boys at school don't appreciate you"},
            {"sender": "sienna.l", "text": "lol they dont"},
            {"sender": "mark_photo", "text": "How old are you now, 14? You seem so much older"},
            {"sender": "sienna.l", "text": "14 yeah"},
            {"sender": "mark_photo", "text": "Send me a pic just for me. Something you wouldn't put on your story, you know what I mean. It'll be our secret"},
            {"sender": "mark_photo", "text": "Use the disappearing mode so nobody sees"},
        ],
        "labels": ["sexting", "grooming"],
        "evasion": False,
    },
    # 12 evasion: leetspeak and emoji request for images between peers
    {
        "messages": [
            {"sender": "brady_09", "text": "u gonna s3nd n00dz or wat \ud83d\ude0f"},
            {"sender": "lola.k", "text": "???"},
            {"sender": "brady_09", "text": "ur \ud83d\udcf8 but the \ud83d\udd1e kind. on vanish mode, gone in 10 secs"},
            {"sender": "lola.k", "text": "no way"},
            {"sender": "brady_09", "text": "c'mon jus 1. i sent u mine [photo]"},
        ],
        "labels": ["sexting"],
        "evasion": True,
    },
    # 13 gang makes a child install a tracking app
    {
        "participants": [{"id": "unknown_caller", "role": "unknown"}, {"id": "ashton", "role": "child"}],
        "messages": [
            {"sender": "unknown_caller", "text": "download FindMe and add me. thats how we know ur where u say u are"},
            {"sender": "ashton", "text": "my mum checks my phone tho"},
            {"sender": "unknown_caller", "text": "hide the icon then. im watching that dot all day. u do the drop at 6 at the chicken shop and i see u move straight after"},
            {"sender": "ashton", "text": "what if i cant get out"},
            {"sender": "unknown_caller", "text": "then u find a way. u know what happened to mikey"},
        ],
        "labels": ["location_control", "criminal_exploitation"],
        "evasion": False,
    },
    # 14 threat to share images unless the child hands over account login
    {
        "participants": [{"id": "lil.xx", "role": "unknown"}, {"id": "marcus_p", "role": "child"}],
        "messages": [
            {"sender": "lil.xx", "text": "i still got what u sent me. u want it to stay between us?"},
            {"sender": "marcus_p", "text": "please just delete it"},
            {"sender": "lil.xx", "text": "give me ur email and password for ur main account and ill think about it"},
            {"sender": "marcus_p", "text": "why do u want that"},
            {"sender": "lil.xx", "text": "none of ur business. send it in the next 10 mins or the pic goes to ur whole friends list"},
        ],
        "labels": ["sextortion", "identity_theft"],
        "evasion": False,
    },
    # 15 "keep £100" money transfer through a teen's account
    {
        "messages": [
            {"sender": "Dre", "text": "u still got that Bank of Larch card ur nan set up for u?"},
            {"sender": "Kian", "text": "ye why"},
            {"sender": "Dre", "text": "my cousin's gonna send u \u00a3900. u keep \u00a3100 and send \u00a3800 to the account i give u. easiest money uve ever made"},
            {"sender": "Kian", "text": "is it legit tho"},
            {"sender": "Dre", "text": "course. just put 'rent' as the reference when u send it on and delete the app notifications"},
        ],
        "labels": ["money_mule"],
        "evasion": False,
    },
    # 16 game chat telling another player to kill himself
    {
        "participants": [{"id": "SnipeGod", "role": "unknown"}, {"id": "archie.b", "role": "child"}, {"id": "Lethal_Lu", "role": "unknown"}],
        "messages": [
            {"sender": "SnipeGod", "text": "archie ur actually the worst player ive ever seen, u lost us 3 games"},
            {"sender": "archie.b", "text": "sorry my wifi was lagging"},
            {"sender": "Lethal_Lu", "text": "blame ur wifi lol. nobody wants u on the team"},
            {"sender": "SnipeGod", "text": "go kill yourself honestly, do the world a favour"},
            {"sender": "Lethal_Lu", "text": "and ur parents lol"},
            {"sender": "archie.b", "text": "maybe i will then"},
        ],
        "labels": ["cyberbullying", "self_harm"],
        "evasion": False,
    },
    # 17 child reports AirDrop flashing on the bus
    {
        "participants": [{"id": "ivy", "role": "child"}, {"id": "lottie", "role": "child"}],
        "messages": [
            {"sender": "ivy", "text": "some guy on the 42 keeps airdropping me pics"},
            {"sender": "ivy", "text": "like actually gross ones. ive declined like 5 times and they keep coming"},
            {"sender": "lottie", "text": "omg turn airdrop to contacts only. is he still on"},
            {"sender": "ivy", "text": "yeah hes at the back staring at me. im getting off at the next stop"},
        ],
        "labels": ["unwanted_contact"],
        "evasion": False,
    },
    # 18 child reports a fake account in their name
    {
        "participants": [{"id": "jamal.a", "role": "child"}, {"id": "Support", "role": "adult"}],
        "messages": [
            {"sender": "jamal.a", "text": "someone has made an account called jamal.a_real with all my pics and my name"},
            {"sender": "jamal.a", "text": "its messaging my friends saying i need money for the bus and asking for their passwords to 'vote' for me"},
            {"sender": "Support", "text": "Thanks for letting us know, Jamal. Please send us the link to the account so we can review it."},
            {"sender": "jamal.a", "text": "[link] my cousin already sent it money"},
        ],
        "labels": ["identity_theft"],
        "evasion": False,
    },
    # 19 marketplace buyer with a fake payment link
    {
        "participants": [{"id": "Buyer_Gemma", "role": "unknown"}, {"id": "noah_sells", "role": "child"}],
        "messages": [
            {"sender": "Buyer_Gemma", "text": "Hi is the console still available? I'll pay full price plus postage"},
            {"sender": "noah_sells", "text": "yes still available"},
            {"sender": "Buyer_Gemma", "text": "Great I've paid through Safe-Pay. Click here to receive the money, you need to enter your card details to verify: [link]"},
            {"sender": "noah_sells", "text": "it says i need to pay \u00a340 to unlock it?"},
            {"sender": "Buyer_Gemma", "text": "Yes that's the seller protection fee, you get it back instantly. Please hurry my courier is coming at 4"},
        ],
        "labels": ["scam"],
        "evasion": False,
    },
    # 20 fake "support team" asking for password and code
    {
        "participants": [{"id": "Chatterly_Safety_Team", "role": "unknown"}, {"id": "bella.r", "role": "child"}],
        "messages": [
            {"sender": "Chatterly_Safety_Team", "text": "\u26a0\ufe0f Your account has been reported for copyright and will be deleted in 24 hours."},
            {"sender": "Chatterly_Safety_Team", "text": "To appeal, reply with your username, password, and the 6-digit code we just sent to your phone."},
            {"sender": "bella.r", "text": "oh no i didnt do anything. bella.r and the password is"},
            {"sender": "bella.r", "text": "Sunflower2010 and the code is 771203"},
            {"sender": "Chatterly_Safety_Team", "text": "Thank you. Do not log in for 48 hours while we review."},
        ],
        "labels": ["identity_theft", "scam"],
        "evasion": False,
    },
    # 21 stranger sends an unsolicited image and asks for one back
    {
        "participants": [{"id": "big_d_83", "role": "adult"}, {"id": "holly_h", "role": "child"}],
        "messages": [
            {"sender": "big_d_83", "text": "[photo]"},
            {"sender": "holly_h", "text": "who are u?? why did u send that"},
            {"sender": "big_d_83", "text": "did u like it? ur turn, send me one back"},
            {"sender": "holly_h", "text": "im 13 im blocking u"},
            {"sender": "big_d_83", "text": "[photo]"},
        ],
        "labels": ["unwanted_contact", "sexting"],
        "evasion": False,
    },
    # --- clean hard negatives ---
    # 22 family location app agreement
    {
        "participants": [{"id": "Dad", "role": "adult"}, {"id": "sophie", "role": "child"}],
        "messages": [
            {"sender": "Dad", "text": "I've turned on family sharing in the location app like we agreed. It's only so I can see you got off the late bus OK on Tuesdays"},
            {"sender": "sophie", "text": "ok but ur not gonna stalk me all weekend"},
            {"sender": "Dad", "text": "Promise. And you can see mine too, so you know when I'm stuck in traffic \ud83d\ude02"},
            {"sender": "sophie", "text": "fine. can we review it when im 16"},
            {"sender": "Dad", "text": "Deal."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 23 teens discussing the county lines assembly
    {
        "messages": [
            {"sender": "Jess", "text": "that assembly about county lines went on forever"},
            {"sender": "Ollie", "text": "the police officer was actually alright tho. the bit about them giving kids a phone and then saying u owe them was messed up"},
            {"sender": "Jess", "text": "ye and the tracking thing where they make u keep ur location on"},
            {"sender": "Ollie", "text": "mad that it happens round here. anyway u doing the maths homework"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 24 harmless charity challenge
    {
        "participants": [{"id": "Mr Adebayo (Form 8C)", "role": "adult"}, {"id": "kirsty", "role": "child"}, {"id": "lucas", "role": "child"}],
        "messages": [
            {"sender": "Mr Adebayo (Form 8C)", "text": "8C, the sponsored silence challenge for the hospice is this Friday, 9am till lunch. Sponsor forms back by Thursday please."},
            {"sender": "lucas", "text": "kirsty wont last 5 mins \ud83d\ude02"},
            {"sender": "kirsty", "text": "i dare u to last longer than me then"},
            {"sender": "Mr Adebayo (Form 8C)", "text": "Whoever raises most gets to pick Friday's film. Good luck both!"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 25 home alone, inviting a known friend over
    {
        "participants": [{"id": "kayla", "role": "child"}, {"id": "bex", "role": "child"}],
        "messages": [
            {"sender": "kayla", "text": "parents are at my cousins wedding til late, im home alone \ud83c\udf89"},
            {"sender": "bex", "text": "can i come over? i'll bring popcorn"},
            {"sender": "kayla", "text": "ye my mum said u can, she's asked ur mum to pick u up at 10"},
            {"sender": "bex", "text": "yesss see u at 6"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 26 older cousin picking up from school
    {
        "participants": [{"id": "cousin Nadia", "role": "adult"}, {"id": "zain", "role": "child"}],
        "messages": [
            {"sender": "cousin Nadia", "text": "Your mum asked me to grab you from school today, she's stuck at work. Which gate do you come out of?"},
            {"sender": "zain", "text": "the one by the sports hall. 3:20"},
            {"sender": "cousin Nadia", "text": "I'll be in the silver car. Don't wander off with your mates lol"},
            {"sender": "zain", "text": "cant promise \ud83d\ude02 jk see u there"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 27 genuine marketplace buyer
    {
        "participants": [{"id": "Pete (buyer)", "role": "adult"}, {"id": "ella_sells", "role": "child"}],
        "messages": [
            {"sender": "Pete (buyer)", "text": "Hi, is the bike still available? I can collect Saturday morning and pay cash on collection."},
            {"sender": "ella_sells", "text": "yes! my dad will be there, its outside the community centre car park"},
            {"sender": "Pete (buyer)", "text": "Perfect, see you both at 10. I'll bring the cash."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 28 teens discussing news about banning nudify apps
    {
        "messages": [
            {"sender": "Abi", "text": "did u see they want to ban those apps that make fake nudes of people"},
            {"sender": "Hana", "text": "good. that thing at st peters was horrible, a boy used one on girls in his year"},
            {"sender": "Abi", "text": "the article said its illegal anyway if theyre under 18, even if its fake"},
            {"sender": "Hana", "text": "hope they actually do it"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 29 genuine child talent agency contacting a parent
    {
        "participants": [{"id": "Harper Young Talent", "role": "adult"}, {"id": "Mrs Cole", "role": "adult"}],
        "messages": [
            {"sender": "Harper Young Talent", "text": "Dear Mrs Cole, thank you for registering Isla. We have a catalogue shoot for a school uniform brand in Leeds on 14 March."},
            {"sender": "Harper Young Talent", "text": "As Isla is 13, the local council child performance licence will be applied for by us, and a parent or licensed chaperone must be with her at all times. Fee is \u00a3180, paid to the parent's account."},
            {"sender": "Mrs Cole", "text": "Lovely, I'll come with her. Can you email the call sheet?"},
            {"sender": "Harper Young Talent", "text": "Of course, it'll be with you by Friday."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 30 sibling banter about an embarrassing video
    {
        "messages": [
            {"sender": "Millie", "text": "pay me \u00a35 or i show ur crush the video of u singing into the hairbrush \ud83d\ude08"},
            {"sender": "Freddie", "text": "do it. i sound like a legend"},
            {"sender": "Millie", "text": "u sound like a goose"},
            {"sender": "Freddie", "text": "mum said ur not allowed on my phone anyway. also u owe ME \u00a35 from the cinema"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 31 school counsellor asking careful questions
    {
        "participants": [{"id": "Ms Reid (Counsellor)", "role": "adult"}, {"id": "darcy", "role": "child"}],
        "messages": [
            {"sender": "Ms Reid (Counsellor)", "text": "Hi Darcy, thanks for coming to see me today. Just checking in as we said. Has anyone online asked you to keep secrets or to move to a different app?"},
            {"sender": "darcy", "text": "no nothing like that, it was just the falling out with my friends"},
            {"sender": "Ms Reid (Counsellor)", "text": "OK, thank you for telling me. My door's open Tuesday and Thursday lunch if you want to talk again."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 32 game clan recruitment with rules
    {
        "messages": [
            {"sender": "Clan_Leader_Vyx", "text": "Ironhowl clan recruiting! Must be 13+, chill vibes, we raid Friday 7-9pm. No toxicity, no trading outside the game, no asking people's age or where they live. Apply in #join"},
            {"sender": "bobbo", "text": "can i join im 14"},
            {"sender": "Clan_Leader_Vyx", "text": "Sure, fill in the form in #join and a mod will add you"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 33 single SMS dentist reminder
    {
        "messages": [
            {"sender": "Brookfield Dental", "text": "Reminder: Oscar has a check-up at Brookfield Dental on Tue 4 Nov at 15:40. Reply C to confirm or call 07700 900874 to rearrange."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 34 single SMS school absence notice
    {
        "messages": [
            {"sender": "Kingsmead Academy", "text": "Kingsmead Academy: Your child was marked absent this morning and we have no reason recorded. Please contact the attendance office or report via the school app. Do not reply to this text."},
        ],
        "labels": [],
        "evasion": False,
    },
    # 35 friends sharing locations at a festival
    {
        "participants": [{"id": "ria", "role": "child"}, {"id": "meg", "role": "child"}, {"id": "tash", "role": "child"}],
        "messages": [
            {"sender": "ria", "text": "lost u both at the main stage \ud83d\ude2d"},
            {"sender": "meg", "text": "share ur loc so we can find u"},
            {"sender": "ria", "text": "[location] by the burrito van"},
            {"sender": "tash", "text": "coming!! stay there"},
            {"sender": "meg", "text": "can we all keep it on til we get picked up, easier"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 36 warning friends after being hacked
    {
        "messages": [
            {"sender": "Leo", "text": "guys my other account got hacked last night. if it messages u asking for money or codes its NOT me, dont send anything"},
            {"sender": "Sana", "text": "it already asked me for a code lol i ignored it"},
            {"sender": "Leo", "text": "thank god. ive reported it and my mum is helping me get it back"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 37 pocket money through the family banking app
    {
        "participants": [{"id": "Mum", "role": "adult"}, {"id": "harry", "role": "child"}],
        "messages": [
            {"sender": "Mum", "text": "Sent your pocket money plus \u00a310 for the school trip. Check your account"},
            {"sender": "harry", "text": "got it thank u!! can i spend some on the game sale"},
            {"sender": "Mum", "text": "\u00a35 max, and use the gift card not my card please"},
            {"sender": "harry", "text": "ok deal"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 38 fair skin trade between friends
    {
        "participants": [{"id": "ty_", "role": "child"}, {"id": "marley", "role": "child"}],
        "messages": [
            {"sender": "ty_", "text": "ill trade u my dragon wrap for ur neon glider"},
            {"sender": "marley", "text": "use the in game trade window tho dont scam me lol"},
            {"sender": "ty_", "text": "obviously. sent the request"},
            {"sender": "marley", "text": "accepted. pleasure doing business \ud83e\udd1d"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 39 teens discussing a crypto crash in the news
    {
        "messages": [
            {"sender": "Ben", "text": "my uncle lost like 3 grand on that coin that crashed"},
            {"sender": "Kemi", "text": "the one from the news? rip"},
            {"sender": "Ben", "text": "ye he got it off some guy on insta promising double ur money. my dad's been telling me never trust those accounts"},
            {"sender": "Kemi", "text": "literally if it was that easy everyone would be rich"},
        ],
        "labels": [],
        "evasion": False,
    },
    # 40 official platform notice
    {
        "participants": [{"id": "Chatterly", "role": "adult"}],
        "messages": [
            {"sender": "Chatterly", "text": "We removed a message from one of your chats because it broke our Community Guidelines. You don't need to do anything. If someone is making you uncomfortable, you can block and report them from their profile."},
        ],
        "labels": [],
        "evasion": False,
    },
]
