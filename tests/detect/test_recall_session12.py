"""Rounds sixteen and seventeen of fresh phrasings (session 12): the families two new
writers' hand-written sets showed missing (a children's social worker's view: remote mothering,
secrecy from a parent, county lines debts, squaring, undressing apps; a game platform's view:
account wipe deadlines, codes asked for to keep an account, cash-outs for a cut, "the mods read
this chat", dares named by the act), each with phrasings the sets do not hold.

Their evasions, and benign look-alikes. Pattern-level and non-explicit."""

from __future__ import annotations

from recall_helpers import quiet_rules_test, recall_tests

POSITIVES: list[tuple[str, str]] = [
    ("location_control", "how come your snap map is on ghost mode again"),
    ("location_control", "keep your location on the whole time so i can see you"),
    ("location_control", "live loc now. dont lie to me"),
    ("location_control", "i check your location every hour so dont even try it"),
    ("location_control", "saw you went to the park. who said you could"),
    ("location_control", "facetime me and show me who your with right now"),
    ("grooming", "lets keep this between you and me, your mum doesnt need to know about it"),
    ("grooming", "this app is just for us two"),
    ("grooming", "im the only one who really understands you"),
    ("grooming", "your so mature for your age"),
    ("grooming", "this server is too public, anyone can see. got snap?"),
    ("grooming", "theres a gift card in it for you if you add me there"),
    ("grooming", "the mods read everything in here, message me on telegram instead"),
    ("sexting", "send me something a bit more grown up, just for me"),
    ("sexting", "dont be such a prude, no face, nobody will know"),
    ("unwanted_contact", "he keeps messaging me and i dont even know him"),
    ("unwanted_contact", "i blocked him and he just made another account"),
    ("unwanted_contact", "why are you ignoring my dms"),
    ("cyberbullying", "nobody wants you in this group chat"),
    ("cyberbullying", "its going round the whole of year 9"),
    ("cyberbullying", "why did you post me without asking"),
    ("self_harm", "i just want to go to sleep and never wake up"),
    ("self_harm", "i wont be here much longer"),
    ("csam", "put her school photo through that undress app"),
    ("csam", "made a deepfake of her from her insta pics"),
    ("sex_trafficking", "they pay girls to come to the parties and hang out"),
    ("sex_trafficking", "my mates will pay for your time, just be nice to them"),
    ("criminal_exploitation", "your debt is still 400, you know how to clear it"),
    ("criminal_exploitation", "grab the bag from the usual spot and take it to the flats"),
    ("criminal_exploitation", "this isnt a choice. you owe us"),
    ("criminal_exploitation", "you are still short from last week"),
    ("money_mule", "ill pay you 200 to use your bank account for a few days"),
    ("money_mule", "money goes in your account then you take it out and give it to my boy"),
    ("harmful_challenge", "everyone doing the bridge jump this weekend, you in?"),
    ("harmful_challenge", "whoever bottles it is out the group"),
    ("harmful_challenge", "lie down in the road till a car comes, film it"),
    ("scam", "your account will be deleted in 24 hours unless you verify"),
    ("scam", "you were picked in the summer giveaway, claim before it runs out"),
    ("scam", "just pay the £2.99 delivery fee with your card"),
    ("identity_theft", "send me the code that just came through on your phone"),
    ("identity_theft", "upload a photo of your passport and a selfie holding it"),
    ("sextortion", "send 3 more by tonight or the first one goes to your school gc"),
    ("sextortion", "i saved everything you sent. do what i say and no one sees it"),
]

EVASIONS: list[tuple[str, str]] = [
    ("csam", "n.u.d.1.f.y her pic and post it"),
    ("self_harm", "k.1.l.l urself and get it over with"),
    ("location_control", "l0c 0n. n0w"),
    ("grooming", "ur s0 m4ture 4 ur age"),
    ("harmful_challenge", "wh0ever b0ttles it is 0ut"),
    ("money_mule", "i'll p4y u 200 to use ur b4nk acc"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("location_control", "my location is off to save battery, mum knows where i am"),
    ("grooming", "dont tell mum about the cake, its a surprise for her birthday"),
    ("grooming", "the class chat is easier to talk on for the group project"),
    ("sexting", "send me something more grown up to read, these books are for kids"),
    ("unwanted_contact", "my nan keeps messaging me about sunday dinner lol"),
    ("unwanted_contact", "do i know you from football? oh yeah the new kid"),
    ("cyberbullying", "nobody wants pineapple on the pizza in here"),
    ("cyberbullying", "the results are going round year 9 tomorrow"),
    ("csam", "the undress rehearsal is on thursday"),
    ("sex_trafficking", "they pay girls and boys to coach at the summer camp, dbs checked"),
    ("criminal_exploitation", "grab the cake from the usual place and take it to nans"),
    ("criminal_exploitation", "homework isnt optional, year 9"),
    ("money_mule", "nans birthday money goes in your account tonight"),
    ("harmful_challenge", "whoever bottles it has to buy the chips lol, its just a quiz"),
    ("harmful_challenge", "the bridge jump level in the game is so hard"),
    (
        "scam",
        "we will never ask for your password. if this was not you, call the number on your card",
    ),
    ("identity_theft", "never share the code that gets texted to you"),
    ("identity_theft", "whats the code that came through for the wifi"),
    ("privacy_disclosure", "no ones in till 7 at the shop, the manager said"),
]

# Where an older rule still reads the text, or the look-alike is a child's own words in a
# friend's invitation, the new rule's own context words must keep it from full strength.
QUIET_RULES: list[tuple[str, str]] = [
    ("sleep_and_not_wake_up", "i want to sleep and not wake up till noon saturday"),
    ("good_for_your_age", "your so mature for your age, your teacher said at parents evening"),
    ("no_one_in_till_seven", "no ones in till 7 at the shop, the manager said"),
    ("no_one_in_till_seven", "no ones home till 7 so come round whenever"),
    ("whoever_bottles_it", "whoever bottles it has to buy the chips lol, its just a quiz"),
]


test_fresh_phrasing_is_recognised, test_benign_look_alike_stays_quiet = recall_tests(
    POSITIVES + EVASIONS, NEGATIVES
)
test_new_rule_is_lowered_by_its_context = quiet_rules_test(QUIET_RULES)
