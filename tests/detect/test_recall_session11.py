"""Round fourteen of fresh phrasings (session 11), the families a new writer's set showed
missing, scored blind first: exposure threats with a price and a deadline ("or it goes to every
one of them"), a child's own account of one, the picture "you sent me" held up, the child's
followers found; debts repaid by "being nice to" someone's friends; nudifying described as
editing "the clothes off", pictures of children "your age" or in the changing rooms, "real
ones" traded against AI ones; dares to trip or push a classmate, fires in school bins, egging a
teacher's house; a picture posted to the year's chat; "nobody would notice if you were gone";
accounts "deleted in 2 hours" unless verified; payments received and forwarded, money that
"lands in your bank" to be sent on, game coins moved through a child's club; trips "up the
line"; tracking apps installed "so i can see where you are"; "i'll keep messaging till you
answer"; "you come across so mature", "parents make it awkward".

Each family is tested with phrasings other than the set's own, their evasions, and benign
look-alikes. Pattern-level and non-explicit."""

from __future__ import annotations

from recall_helpers import quiet_rules_test, recall_tests

POSITIVES: list[tuple[str, str]] = [
    # a child's route and time, and an age question asked alone
    ("privacy_disclosure", "walking home the same way every day at 3.30"),
    ("privacy_disclosure", "im at the skatepark from 4 if anyone wants to say hi"),
    ("privacy_disclosure", "i pass the corner shop every morning at 8.15"),
    ("grooming", "stunning pic. which year r u"),
    ("grooming", "u look about 12 lol"),
    ("privacy_disclosure", "im here every tuesday and thursday after school"),
    # sextortion
    ("sextortion", "£150 in game cards in the next hour or it goes to every one of them"),
    ("sextortion", "£300 by tomorrow or they all get the video"),
    ("sextortion", "pay me £200 by tonight or everyone gets the pics"),
    ("sextortion", "100 quid in steam cards or the video goes out to your whole school"),
    ("sextortion", "now hes saying if i dont send £200 he'll post it to my whole year"),
    ("sextortion", "she says unless i pay her more she will send the pictures to my dad"),
    # sex trafficking
    (
        "sex_trafficking",
        "be nice to them, whatever they want. they are paying me back what i spent on u",
    ),
    ("sex_trafficking", "if ur nice to my friends theyll give u money, it helps with my debts"),
    ("sex_trafficking", "just be friendly to the men at the party and you will get paid"),
    ("sex_trafficking", "they like em young lol thats why they pay"),
    # csam
    ("csam", "upload any girls pic, we edit the clothes off. £3 a pic"),
    ("csam", "theres an ai that takes the clothes off any photo, send me hers"),
    ("csam", "vids of girls ur age. free"),
    ("csam", "£10 a pic, get pics of the girls in ur year in the changing rooms"),
    ("csam", "photos of the boys in the changing room, £5 each"),
    ("csam", "got any real ones from school age girls or just the ai ones"),
    # harmful challenges
    ("harmful_challenge", "dare u to trip liam on the main stairs tmrw and film it"),
    ("harmful_challenge", "i dare you to push sam into the pond and film it"),
    ("harmful_challenge", "bet u wont slap the new kid, film it"),
    ("harmful_challenge", "lets set fire to the toilet bin for a vid"),
    ("harmful_challenge", "the fire challenge in the school toilets, film everyone running"),
    ("harmful_challenge", "new one going round, egg a teachers house and tag the school"),
    ("harmful_challenge", "egg mr harris house tonight, film it for views"),
    # cyberbullying
    ("cyberbullying", "nudify bot for the win. put it in the yr9 gc"),
    ("cyberbullying", "post it to the yr8 page so everyone sees him fall lol"),
    ("cyberbullying", "send the vid to the year 10 gc so everyone sees her crying"),
    # self-harm (being told to)
    ("self_harm", "nobody would even notice if u were gone"),
    ("self_harm", "no one would care if you were dead"),
    ("self_harm", "go do it then. do us all a favour"),
    # scam (urgent account threats)
    (
        "scam",
        "your account has been reported and will be deleted in 2 hours. reply "
        "with your password to verify",
    ),
    (
        "scam",
        "to keep your account, reply with your password and code. accounts not "
        "verified in 1hr will be locked",
    ),
    ("scam", "send your login now. failure to verify will result in your account being deleted"),
    # money mules
    (
        "money_mule",
        "earn £500 a week receiving payments into your own bank account and "
        "forwarding them to our clients",
    ),
    ("money_mule", "£900 gonna land in ur bank tmrw. send £300 each to the 3 names i text u"),
    ("money_mule", "2k is going to come into your account, send it on to the names i give you"),
    (
        "money_mule",
        "u buy the cheap players i list for silly prices so the coins go to my buyers acc",
    ),
    ("money_mule", "the robux go to my main account when you buy my items"),
    # criminal exploitation
    ("criminal_exploitation", "2 days up the line to the coast, we sort the train"),
    ("criminal_exploitation", "you take the food up, bring the money back. £600"),
    ("criminal_exploitation", "if the feds stop u, u say nothing"),
    # location control
    ("location_control", "install this app, i sent the link. i want to see where u are"),
    ("location_control", "download it so i can see where you go"),
    ("location_control", "if it ever goes off ill know, and u dont want that"),
    # unwanted contact
    ("unwanted_contact", "ill keep messaging u til u answer"),
    ("unwanted_contact", "blocking me wont work, i got loads of accounts"),
]

EVASIONS: list[tuple[str, str]] = [
    ("sextortion", "£150 1n g4me c4rds or 1t g0es to every one of them"),
    ("csam", "we 3dit the cl0thes 0ff any p1c"),
    ("harmful_challenge", "d4re u to tr1p l1am and f1lm it"),
    ("money_mule", "£900 g0nna l4nd in ur b4nk, s3nd £300 each to the 3 n4mes"),
    ("unwanted_contact", "ill k33p m3ssaging u til u answ3r"),
    ("self_harm", "n0body would even n0tice if u were g0ne"),
    ("criminal_exploitation", "if the \U0001f437 stop u, u say nothing"),
    ("cyberbullying", "put 1t 1n the yr9 gc, the n00dify b0t one"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("privacy_disclosure", "walking the dog every day at 7 with my mum"),
    ("privacy_disclosure", "the bus leaves every day at 5"),
    ("grooming", "what year are you doing your exams"),
    ("grooming", "you sound about 5 mins away"),
    (
        "sextortion",
        "£20 deposit by friday or the place goes to the next person on the waiting list",
    ),
    ("sextortion", "£20 for a ticket or they all get sold"),
    ("sextortion", "£5 for the school disco or everyone sees you missed it lol"),
    ("sextortion", "thats the pic u sent me of the sunset, so pretty"),
    ("sex_trafficking", "be nice to your cousins this weekend, nan paid for the meal"),
    ("csam", "take the clothes off the washing line before it rains"),
    ("csam", "pics of girls your age from the netball team are on the website"),
    ("csam", "got pics of the boys getting changed into costumes for the school play"),
    ("harmful_challenge", "the fire drill thing in the science block was so boring"),
    ("harmful_challenge", "someone egged our car last night, dad is fuming"),
    ("harmful_challenge", "we had an easter egg hunt at nans house"),
    ("cyberbullying", "put the homework in the year 9 gc pls"),
    ("cyberbullying", "send it to your group chat"),
    (
        "money_mule",
        "never agree to receiving payments into your account and forwarding them, its a scam",
    ),
    ("criminal_exploitation", "delays up the line due to engineering works, get the bus"),
    ("criminal_exploitation", "if the police stop you on your bike just tell them your name"),
    ("location_control", "download the bus app so you can see where the bus is"),
    ("unwanted_contact", "i will keep messaging the group until someone answers about the rota"),
    ("unwanted_contact", "ive got 3 accounts on roblox"),
    # context words of this round on older rules
    ("identity_theft", "IT staff will never ask you to tell us your password"),
    ("location_control", "We'll never ask you to move money or share your PIN."),
    ("location_control", "share your location with your group leader in the trip app"),
    ("unwanted_contact", "if the police stop u, u say nothing. u dont know me"),
    ("cyberbullying", "bro ur so trash u missed a sitting duck"),
]

# Where an older rule already reads the text, the new rule's own context words must keep it
# from adding to it.
QUIET_RULES: list[tuple[str, str]] = [
    ("you_come_across_so_mature", "your teacher said you come across so mature in your speech"),
    ("parents_make_it_awkward", "better not tell your mum, its a surprise party for her birthday"),
    ("nobody_would_notice_if_gone", "nobody would notice if you were gone for a day lol"),
    (
        "keep_messaging_till_you_answer",
        "mum said ill keep texting you till you answer, where are you",
    ),
    ("found_your_family_online", "found your mum on her socials, invite her to the surprise party"),
    ("refusal", "my controller is drifting leave me alone"),
    (
        "install_so_i_can_see_you",
        "install life360 so i can see where you are when you walk home, love mum",
    ),
    (
        "money_lands_send_it_on",
        "your birthday money will land in your bank tomorrow, send nan a thank you card",
    ),
    (
        "account_deleted_unless_verified",
        "your account will be locked after 3 failed attempts, reset it in the app settings",
    ),
    ("dare_to_trip_or_push_someone", "i dare you to kick the ball over the fence in fifa lol"),
    ("be_nice_to_them_for_money", "whatever they want for tea, ill pay"),
]


test_fresh_phrasing_is_recognised, test_benign_look_alike_stays_quiet = recall_tests(
    POSITIVES + EVASIONS, NEGATIVES
)
test_new_rule_is_lowered_by_its_context = quiet_rules_test(QUIET_RULES)
