"""Round fifteen of fresh phrasings (session 11, second round): the families another new
writer's hand-written set (fandom mods, livestream chats, peers after a break-up, service texts,
county lines controllers, trading channels) showed missing, each with phrasings the set does not
hold: an ex's "the old one goes out tonight", "one more and i delete it", folders sold by an
age range, "link for link", nudifying spelt with a star, "or we come find you", runners who "go
dark", cash taken out at the cashpoint and handed over, bank cards bought from children,
location kept on "at all times", "add me there, it's safer", flattery against "girls my age",
gifts turned into debts, "being nice to them" for money, chicken on the road, roof jumps,
keying a teacher's car, "no-food" challenges, "log off forever", pictures sent to the year
chat, "i should just disappear", log-ins demanded, accounts made with a child's pictures,
contact counted in dozens, a child's own routine and street, money "flipped".

Their evasions, and benign look-alikes. Pattern-level and non-explicit."""

from __future__ import annotations

from recall_helpers import quiet_rules_test, recall_tests

POSITIVES: list[tuple[str, str]] = [
    ("sextortion", "then ill post the old one in the year 10 chat, ur choice"),
    ("sextortion", "im going to send the old pics to your whole class"),
    ("sextortion", "ill share the other video with everyone on your story"),
    ("sextortion", "one more pic and i delete it. otherwise its going out tonight"),
    ("sextortion", "just one more photo and ill leave you alone i swear"),
    ("sexting", "everyone sends me a verification pic. the private kind. delete it after"),
    ("csam", "selling the folder, teen stuff, 13-15, real ones not ai"),
    ("csam", "selling a mega, teen content 12-15, dm me"),
    ("csam", "got the younger set, swap for yours"),
    ("csam", "anyone got cheese pizza? fresh, what you swapping"),
    ("csam", "young folder, link for link"),
    ("csam", "leaked nudes of a 15 year old from our town, dm me for the rest"),
    ("csam", "run her pic thru the app, make it look real"),
    (
        "criminal_exploitation",
        "you still owe for the phone. station 6am with the bag or we come find you at school",
    ),
    ("criminal_exploitation", "be at the station with the pack or we will come find you"),
    ("criminal_exploitation", "the runners who go dark get found"),
    ("criminal_exploitation", "you know what happens to youngers who go missing"),
    ("criminal_exploitation", "tomorrow you do the tarnbridge run, ill be watching the dot"),
    (
        "criminal_exploitation",
        "pick up the ting from my guy and drop it to the address, 200 for the day",
    ),
    ("criminal_exploitation", "2 bags. dont open them, just drop them to the address"),
    (
        "money_mule",
        "my guys putting 3k into your account tonight, take it out at the "
        "cashpoint and hand it over",
    ),
    (
        "money_mule",
        "my cousin is sending 2k into your account, take it out at the atm and give it to him",
    ),
    ("money_mule", "my olders buying cards, 100 quid for it, you just say you lost it"),
    ("money_mule", "just moving a bit of p through it. give him the card and your pin"),
    ("location_control", "you must keep live location sharing on with our dispatcher at all times"),
    ("location_control", "keep your location on the whole time you work"),
    ("grooming", "add me on kwik, username is quiet.one"),
    ("grooming", "add me on telegram, its more private than here"),
    ("grooming", "seriously prettier than girls my age"),
    ("grooming", "dont tell your mum about me, she would not understand us"),
    ("grooming", "shes only trying to split us up cos im older"),
    ("grooming", "ill send you a £20 gift card if you add me tonight"),
    ("grooming", "remember all them skins i bought you? nothings free, pay me back"),
    ("grooming", "just chill, do what they ask. ur 15 not a kid"),
    ("grooming", "tell ur mums ur sleeping at each others"),
    ("grooming", "you are my girl, i need to know where you are"),
    (
        "sex_trafficking",
        "i look after a few girls your age. i introduce them to my friends and they get paid",
    ),
    ("sex_trafficking", "theyll give you £50 each just for coming and being nice to them"),
    ("sex_trafficking", "my friends will pay you just for being nice to them"),
    ("sex_trafficking", "ill introduce you to my mates, they pay well"),
    ("harmful_challenge", "tonights dare: chicken on the bypass, last one off the road wins"),
    ("harmful_challenge", "lets play chicken on the main road after school"),
    ("harmful_challenge", "you gotta do the roof jump at the multi-storey, film it"),
    ("harmful_challenge", "whoever does the bridge jump gets 100 views"),
    ("harmful_challenge", "dare you to key the teachers car and film it"),
    ("harmful_challenge", "do the no-food thing for 3 days and post proof every day"),
    ("harmful_challenge", "try the no sleep challenge for 3 days and post proof"),
    ("cyberbullying", "log off forever loser, nobody asked"),
    ("cyberbullying", "your singing makes me want to gouge my ears out"),
    ("cyberbullying", "posting it in the year 8 group chat lmao"),
    ("cyberbullying", "i photoshopped his face on a pig lol"),
    ("self_harm", "maybe i should just disappear then. nobody would even care"),
    ("self_harm", "i might as well just disappear"),
    ("identity_theft", "give me your vortex login and your email password"),
    ("identity_theft", "send me your roblox login and your email password"),
    (
        "identity_theft",
        "someone made an account called nadia.official with all my pics and my full name",
    ),
    ("unwanted_contact", "added you on 3 accounts accept one"),
    ("unwanted_contact", "i have sent you like 50 messages"),
    ("unwanted_contact", "fine ill wait for you outside your school then"),
    ("unwanted_contact", "what is that?? i dont know you"),
    (
        "privacy_disclosure",
        "i get the 42 bus from the stop outside the bakery at like 3:40 every day",
    ),
    ("privacy_disclosure", "i am here every tuesday and thursday after school"),
    ("privacy_disclosure", "near the big co-op on fenwick street, number 22"),
    ("privacy_disclosure", "we live right by birchwood road park"),
    ("scam", "turn £50 into £500 in 1 hour, guaranteed"),
    ("scam", "double your £100 into £1000 overnight"),
]

EVASIONS: list[tuple[str, str]] = [
    ("csam", "someone run her pic thru the n*dify app"),
    ("csam", "the und-r3ss one? lmaooo"),
    ("csam", "got a y-o-u-n-g folder, 12-14 range, link for link"),
    ("csam", "selling the f0lder, t33n stuff, 13-15"),
    ("identity_theft", "ye just 3nt3r ur us3rn@me + p@ssw0rd so we know where to s3nd"),
    ("grooming", "ur s\u03bf pretty for 13"),
    ("sextortion", "0ne m0re p1c and i d3lete it"),
    ("harmful_challenge", "ch1cken on the byp4ss after sch00l"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("sextortion", "ill post the old pics from the holiday on the family group"),
    ("sextortion", "send your form otherwise its going out without your name"),
    ("sextortion", "one more photo of the team and ill delete the blurry ones"),
    ("csam", "teen books for sale, 13-15 reading age, collection only"),
    ("csam", "cheese pizza or pepperoni for tea tonight"),
    ("csam", "link for link? sure, here is my youtube, follow back"),
    ("csam", "the news said police arrested a man over private pics of a 14 year old"),
    ("csam", "run her pic through the app for the cartoon filter"),
    ("criminal_exploitation", "bring the bag of crisps to the party or we will come find you lol"),
    ("criminal_exploitation", "you are doing the school run tomorrow, mum has work"),
    ("criminal_exploitation", "pick up the food from my mate at the takeaway, its for dinner"),
    ("criminal_exploitation", "dont open the presents till christmas"),
    ("money_mule", "nan is sending £50 into your account for your birthday"),
    ("money_mule", "buying football cards, 50p each"),
    ("money_mule", "i lost my coat, tell mum you lost it too"),
    ("grooming", "remember all the presents grandma bought you? say thank you"),
    ("grooming", "your 15 not a kid, tidy your room"),
    ("grooming", "ur 14 not 4 lol, do the challenge"),
    ("sex_trafficking", "be nice to the new girl, her mum is paying for the trip"),
    ("sex_trafficking", "just do what the coach asks and you get paid at the end of the season"),
    ("harmful_challenge", "a chicken on the road stopped the traffic lol, escaped from the farm"),
    ("harmful_challenge", "the roof jump level in the game is impossible"),
    ("harmful_challenge", "someone keyed my mums car last night, police came"),
    ("harmful_challenge", "no food for 6 hours before the operation the doctor said"),
    ("cyberbullying", "im logging off for good tonight, need sleep, bye"),
    ("cyberbullying", "send the notes to the year 9 group chat please"),
    ("cyberbullying", "i put his face on a birthday cake for the party, he loved it"),
    ("cyberbullying", "we will smash you 4-0 at home saturday, relegated"),
    ("self_harm", "i should just disappear to bed early tonight"),
    ("identity_theft", "my mum made a page for the bakery with my photos"),
    ("unwanted_contact", "i asked you like 3 times to take the bins out"),
    ("unwanted_contact", "ill come see you at school then, bring your charger"),
    ("privacy_disclosure", "my nan lives on fenwick street, number 22"),
    ("scam", "we turned £50 into £200 at the enterprise fair bake sale"),
]

# Where an older rule already reads the text, the new rule's own context words must keep it
# from adding to it.
QUIET_RULES: list[tuple[str, str]] = [
    (
        "add_me_there_its_safer",
        "add me on discord for the game, username is the same, its the clan server",
    ),
    (
        "they_would_not_understand_us",
        "the teachers are trying to split us up for the group project",
    ),
    (
        "location_on_at_all_times",
        "keep your location on the whole time you are walking home from the station",
    ),
    ("give_me_your_app_login", "enter your username and password on the school portal"),
    ("i_should_just_disappear", "nobody would even care if i wore trainers tomorrow"),
]


test_fresh_phrasing_is_recognised, test_benign_look_alike_stays_quiet = recall_tests(
    POSITIVES + EVASIONS, NEGATIVES
)
test_new_rule_is_lowered_by_its_context = quiet_rules_test(QUIET_RULES)
