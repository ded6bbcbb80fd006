"""Round ten of fresh phrasings (families a new writer's set showed missing:
tests/data/blind17/): nudifying apps described but not named, a year group's "edited ones"
traded, railway, fire and shoplifting dares, mule texts that ask to forward payments,
controllers watching "the dot", "or the first one goes to", accounts made in a child's
name. Their evasions, and benign look-alikes. Pattern-level and non-explicit."""

from __future__ import annotations

import pytest
from recall_helpers import full_strength_harms, full_strength_rules, harms

POSITIVES: list[tuple[str, str]] = [
    ("csam", "has anyone got that ai app that does the clothes thing"),
    ("csam", "someone edited my picture with that undress thing"),
    ("csam", "selling a folder of year 8 girls, edited ones, the private kind"),
    ("csam", "any photos from your sleepover you didnt post? just for me"),
    ("csam", "bedtime ones in your pyjamas, 300 robux for each picture"),
    ("harmful_challenge", "first to sit on the railway tracks till the horn wins"),
    ("harmful_challenge", "dare you to set fire to the bins behind the shop"),
    ("harmful_challenge", "steal something from the corner shop and film it"),
    ("harmful_challenge", "whoever pushes the trolley into the road first"),
    ("money_mule", "you just receive money into your account and then forward it to us"),
    ("location_control", "your find my better stay on this time"),
    ("location_control", "if your dot goes off we come round yours, we know where you live"),
    ("sextortion", "send it or the other pics go round the whole year"),
    ("identity_theft", "we made you a new insta, your face your name"),
    ("cyberbullying", "screenshot her dms and put them on the year chat"),
    ("unwanted_contact", "who even is this, how did you get my snap"),
    ("scam", "before we can release your prize you need to pay the £3 fee"),
    ("criminal_exploitation", "police wont search a kid, you will be fine"),
    ("criminal_exploitation", "dont worry about whats in the bag, just drop it to my guy"),
    ("criminal_exploitation", "keep at it and you can have your own line"),
    ("cyberbullying", "half the school has seen the video, they keep sharing it"),
    ("unwanted_contact", "why are you sending me these"),
]

EVASIONS: list[tuple[str, str]] = [
    ("csam", "the und.ress one, you know"),
    ("csam", "n u d 1 f y her pic"),
    ("harmful_challenge", "n1ck sumthing from the shop w/out p4ying n f1lm it"),
    ("criminal_exploitation", "take a \U0001f392 to my bro, bit of \U0001f343, easy money"),
    ("cyberbullying", "ur s0 ug1y"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("csam", "the news said the undress apps are getting banned"),
    ("csam", "got a folder of year 9 girls football team photos for the newsletter"),
    ("csam", "pyjama day on friday, bring a pound for charity"),
    ("harmful_challenge", "the train was late because someone was on the tracks, police said"),
    ("harmful_challenge", "can you put the bins out tonight"),
    ("harmful_challenge", "in gta you can set fire to the cars"),
    ("harmful_challenge", "i walked out without paying by accident and went back and paid"),
    ("money_mule", "never give your card details to anyone, even if they say they are the bank"),
    ("location_control", "we will never ask you to share your pin or passwords"),
    ("location_control", "find my stays on till you are home safe love xx"),
    ("identity_theft", "whats the password for the history padlet, miss said its on the board"),
    ("identity_theft", "we made you a new account for the club website, password on the letter"),
    ("self_harm", "*draws sword* you will die by my blade, knight"),
    ("sextortion", "send your entry by friday or the first one goes to the yearbook vote"),
    ("unwanted_contact", "oh hi, how did you get my number lol, was it mum"),
    ("criminal_exploitation", "police dont stop kids on bikes on the pavement"),
    ("cyberbullying", "everyone in my year has seen the trailer, they keep sending it"),
]


@pytest.mark.parametrize(("harm", "text"), POSITIVES + EVASIONS)
def test_round10_phrasing_is_recognised(harm: str, text: str) -> None:
    assert harm in harms(text), text


# Where an older rule already reads the text (below reporting strength), the new rule's own
# context words must keep it from adding to it.
QUIET_RULES: list[tuple[str, str]] = [
    ("do_not_open_what_you_carry", "do not open it till your birthday, its a surprise"),
    ("bag_to_my_bro", "can you take this bag to my brother, he forgot his pe kit"),
    ("bag_to_my_bro", "my dad has to run a line on saturday, hes the linesman"),
]


@pytest.mark.parametrize(("rule", "text"), QUIET_RULES)
def test_round10_rule_is_lowered_by_its_context(rule: str, text: str) -> None:
    assert rule not in full_strength_rules(text), text


@pytest.mark.parametrize(("harm", "text"), NEGATIVES)
def test_round10_benign_look_alike_stays_quiet(harm: str, text: str) -> None:
    assert harm not in full_strength_harms(text), text
