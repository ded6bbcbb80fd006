"""Round two of fresh phrasings (categories an independent evaluator found missed), and
benign look-alikes. Written before the rules; pattern-level and non-explicit."""

from __future__ import annotations

from recall_helpers import recall_tests

POSITIVES: list[tuple[str, str]] = [
    ("grooming", "dont say a word about this to ur mum"),
    ("grooming", "better not involve ur dad in this"),
    ("grooming", "ur family would get the wrong idea about us"),
    ("grooming", "honestly u come across way more mature"),
    ("grooming", "age is only a number babe"),
    ("grooming", "just gifted u some robux"),
    ("grooming", "i understand u better than ur parents"),
    ("grooming", "switch on vanish mode"),
    ("grooming", "lets take this to telegram"),
    ("grooming", "does ur dad ever read ur messages"),
    ("sexting", "shall i send u a little something"),
    ("sexting", "sent u one, ur turn now"),
    ("sexting", "all the girls send them"),
    ("sexting", "this man keeps pestering me to send private photos"),
    ("sextortion", "everything goes to all ur followers unless u pay"),
    ("sextortion", "£300 or they get sent to everyone in ur contacts"),
    ("sextortion", "i screen recorded it all"),
    ("sextortion", "i have accessed your webcam"),
    ("csam", "make one of amy off her tiktok"),
    ("csam", "pics of little ones to trade"),
    ("sex_trafficking", "rich men will pay u to hang out"),
    ("sex_trafficking", "u just keep the men company"),
    ("cyberbullying", "we started a group chat without her"),
    ("cyberbullying", "nobody add him back"),
    ("cyberbullying", "we are going to make ur life a misery"),
    ("cyberbullying", "do us all a favour and disappear"),
    ("self_harm", "do the world a favour and end it"),
    ("identity_theft", "set up a fake account using ur photos"),
    ("scam", "send £5 and ill send £50 back"),
    ("scam", "pay £2 first to unlock it"),
    ("scam", "verify using ur mums card details"),
    ("scam", "transfer 0.01 btc to my wallet"),
    ("harmful_challenge", "bet u cant break the car window"),
    ("harmful_challenge", "drink some bleach for the vid"),
    ("harmful_challenge", "the mission is to burn yourself"),
    ("self_harm", "the mission is to burn yourself"),
    ("privacy_disclosure", "shared my location with u"),
    ("unwanted_contact", "a weird account sent me a picture"),
    ("unwanted_contact", "im just going to keep adding u on new accounts"),
    ("criminal_exploitation", "£300 for one day's graft"),
    ("criminal_exploitation", "u gotta work it off now"),
    ("money_mule", "send the money through ur game account"),
    ("location_control", "download life360 tonight"),
    ("location_control", "why is ur find my off"),
    ("self_harm", "i cant see the point in anything"),
    ("self_harm", "wrote goodbye letters to my family"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("cyberbullying", "ur so bad at this game lol"),
    ("harmful_challenge", "dare u to eat a whole chilli"),
    ("location_control", "keep find my on so we can find your phone if you lose it"),
    ("grooming", "keep the change"),
    ("sexting", "show more results"),
    ("sextortion", "i screenshot everything for my revision notes"),
    ("sex_trafficking", "the hotel is £90 a night"),
    ("criminal_exploitation", "going out of town with mum for the weekend"),
    ("self_harm", "i want to disappear after that exam lol"),
    ("scam", "i got the email about the delivery"),
]


test_fresh_phrasing_is_recognised, test_benign_look_alike_stays_quiet = recall_tests(
    POSITIVES, NEGATIVES
)
