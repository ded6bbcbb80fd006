"""Round four of fresh phrasings (families an independent writer's set showed missing:
tests/data/blind5/), their evasions, and benign look-alikes. Pattern-level and
non-explicit."""

from __future__ import annotations

from recall_helpers import recall_tests

POSITIVES: list[tuple[str, str]] = [
    ("scam", "our fraud officer will call to move your savings into a safe account"),
    ("scam", "pay the £25 release fee and the money is yours"),
    ("scam", "before you can cash out you need to pay the upgrade"),
    ("scam", "your £120 earnings expire at midnight"),
    ("scam", "my bot trades it for you, no risk"),
    ("identity_theft", "told him my password, now i cant get into my account, he changed it"),
    ("identity_theft", "someone changed the recovery email on my insta"),
    ("unwanted_contact", "a random sent me photos i never asked for"),
    ("sexting", "send a selfie with less on"),
    ("csam", "a lad made a fake nude picture of her with an app"),
    ("sex_trafficking", "£150 a date, under 18s only"),
    ("cyberbullying", "made a new group chat without jess"),
    ("cyberbullying", "nobody sit with him at lunch tomorrow"),
    ("cyberbullying", "ur literally getting battered after school"),
    ("harmful_challenge", "take loads of your nans sleeping pills and film it"),
    ("self_harm", "been doing sh again and nobody knows"),
    ("grooming", "theres no need to tell your dad about this yet"),
    ("grooming", "this man online keeps buying me vbucks"),
    ("grooming", "hes like a big brother to you, he said"),
    ("grooming", "he keeps asking to meet up after school"),
    ("criminal_exploitation", "the olders know where ur little brother goes to school"),
    ("criminal_exploitation", "if u back out we will go to the police and say it was u"),
    ("cyberbullying", "no wonder ur mum hates you"),
    ("cyberbullying", "they set it as the group chat icon"),
    ("harmful_challenge", "lets do the skull breaker on sam at break"),
    ("sex_trafficking", "my friends will pay you to come and keep them company"),
    ("privacy_disclosure", "i cycle home along the canal path way at 4"),
]

EVASIONS: list[tuple[str, str]] = [
    ("scam", "m0ve ur m0ney to a s@fe acc0unt now"),
    ("identity_theft", "i g4ve my p4ssword to a guy on discord"),
    ("harmful_challenge", "t4ke a load of ur mums tablets n film it"),
    ("sex_trafficking", "u need $ugar? £200 a d@te"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("location_control", "i will share my location when i am on my way"),
    ("cyberbullying", "ur gonna get battered at the football tomorrow, our team is unbeaten"),
    ("cyberbullying", "wait why did no one add her"),
    ("money_mule", "mum can i borrow your card for the school trip deposit"),
    ("scam", "the club has a £40 registration fee for the season"),
    ("identity_theft", "i changed my password after the assembly"),
    ("sex_trafficking", "£5 a date night at the cinema with mum"),
    ("sex_trafficking", "the hotel is £90 a night"),
    ("csam", "the ai made a picture of a dragon"),
    ("unwanted_contact", "she sent me the photos i asked for"),
    ("harmful_challenge", "take two tablets with water and rest"),
    ("grooming", "no need to bring anything, just yourself"),
    ("grooming", "my nan keeps sending me socks"),
    ("criminal_exploitation", "my mates know where the football pitch is"),
    ("cyberbullying", "no wonder youre tired after that match"),
    ("harmful_challenge", "i tripped on the stairs at school"),
    ("sex_trafficking", "be nice to your sister"),
    ("privacy_disclosure", "walk home safely everyone"),
]


test_fresh_phrasing_is_recognised, test_benign_look_alike_stays_quiet = recall_tests(
    POSITIVES + EVASIONS, NEGATIVES
)
