"""Round eleven of fresh phrasings (families a new writer's set showed missing:
tests/data/blind18/, long group chats as a platform sees them): school-age folders swapped,
a classmate's picture sold "each", pictures of friends getting changed, roof and
hit-a-stranger dares, humiliating videos threatened, fake accounts reported, "the pic you
sent me" threatened, men who "pay girls for company", trackers with threats, contact that
will not stop, "it deletes", coins moved through a child's account, dates of birth. Their
evasions, and benign look-alikes. Pattern-level and non-explicit."""

from __future__ import annotations

import pytest
from recall_helpers import full_strength_harms, full_strength_rules, harms

POSITIVES: list[tuple[str, str]] = [
    ("csam", "anyone got the link with the younger girls, will swap for my collection"),
    ("csam", "got her pic, £3 each and ill send it after school"),
    ("csam", "send pics from when they were all getting changed for pe"),
    ("harmful_challenge", "backflip off the shed roof or you are out"),
    ("harmful_challenge", "go up to some random person and slap them, film it"),
    ("cyberbullying", "do it or im sharing that video of you crying on the bus"),
    ("cyberbullying", "rate her new haircut out of 10 lol"),
    ("identity_theft", "there is an account with my photos and my name messaging people"),
    ("sextortion", "i will forward those pics you sent me to your whole class"),
    ("sex_trafficking", "these men pay young girls just for company, you would earn loads"),
    ("sex_trafficking", "they like them younger, dont worry"),
    ("location_control", "keep it on so i can track you the whole time"),
    ("unwanted_contact", "some man messaged her 20 times today"),
    ("sexting", "send it, its just snap it deletes"),
    ("money_mule", "the money needs moving about a bit through yours"),
    ("privacy_disclosure", "my dob is 02/07/2012"),
    ("self_harm", "i am going to die tonight, i cant do this anymore"),
]

EVASIONS: list[tuple[str, str]] = [
    ("harmful_challenge", "cl1mb onto the g4rage r00f and f1lm it"),
    ("sextortion", "ill s3nd that p1c u sent me to ur dad"),
    ("csam", "the m3ga with the sch00l g1rls"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("csam", "year 9 age group football trials on saturday"),
    ("csam", "i will swap it for your collection of pokemon cards"),
    ("csam", "pictures from when we were all getting changed into fancy dress for the play"),
    ("harmful_challenge", "dad had to climb on the roof to fix the gutter"),
    ("harmful_challenge", "in gta you walk up to a random person and punch them"),
    ("sextortion", "i will send that pic you sent me to your mum, the holiday one, so she can see"),
    ("sex_trafficking", "the scouts like younger players on the team"),
    ("location_control", "send me the location of the new pitch"),
    ("location_control", "share your live location with me till you are home, second date nerves"),
    ("unwanted_contact", "mum texted me 10 times last night lol"),
    ("self_harm", "fine. sent. i am going to die lol"),
    ("identity_theft", "for referencing i need a copy of your passport, right to rent check"),
    ("scam", "never send card details over chat, just bank transfer me after"),
]


@pytest.mark.parametrize(("harm", "text"), POSITIVES + EVASIONS)
def test_round11_phrasing_is_recognised(harm: str, text: str) -> None:
    assert harm in harms(text), text


# Where an older rule already reads the text (below reporting strength, or a look-alike of a
# sort code), the new rule's own context words must keep it from adding to it.
QUIET_RULES: list[tuple[str, str]] = [
    ("humiliating_video_threat", "can i post the vid of u falling in the snow on close friends?"),
    ("date_of_birth_given", "the passport expires 14/03/2016"),
]


@pytest.mark.parametrize(("rule", "text"), QUIET_RULES)
def test_round11_rule_is_lowered_by_its_context(rule: str, text: str) -> None:
    assert rule not in full_strength_rules(text), text


@pytest.mark.parametrize(("harm", "text"), NEGATIVES)
def test_round11_benign_look_alike_stays_quiet(harm: str, text: str) -> None:
    assert harm not in full_strength_harms(text), text
