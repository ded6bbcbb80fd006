"""Round twelve of fresh phrasings (families a new writer's set showed missing:
tests/data/blind19/, children telling a friend, a brother, a youth worker or a helpline what
is happening): location kept on for someone, debts for a lost bag, a package kept at home,
money through a child's bank, "dates" set up with men, cover stories, knock-out and height
dares, group exclusion, "friends and family" payments, log-ins on a giveaway page, identity
details asked by text, pictures held over a child. Their evasions, and benign look-alikes.
Pattern-level and non-explicit."""

from __future__ import annotations

import pytest
from recall_helpers import full_strength_harms, full_strength_rules, harms

POSITIVES: list[tuple[str, str]] = [
    ("location_control", "she makes me keep my snap map on all the time"),
    ("criminal_exploitation", "they keep saying i owe them because the package got robbed"),
    ("criminal_exploitation", "he wants me to hide a bag under my bed for his mate"),
    ("money_mule", "they put 500 quid into my account and told me to send it on"),
    ("sex_trafficking", "he arranges meets with older men and they pay him"),
    ("sex_trafficking", "you just have to be nice to them, they get paid and so do you"),
    ("grooming", "tell your mum you are staying at a friends"),
    ("harmful_challenge", "knock someone out and film it for the page"),
    ("harmful_challenge", "whoever jumps off the cliff wins"),
    ("cyberbullying", "lets start a group chat without jade"),
    ("scam", "pay by friends and family only, no protection needed"),
    ("identity_theft", "login with your email and password to claim the reward"),
    ("identity_theft", "please verify your date of birth and national insurance number"),
    ("scam", "free robux giveaway, first 50 people claim now"),
    ("sextortion", "he keeps saying that unless i send more he will post my picture"),
    ("sexting", "he kept asking for pictures so i sent some"),
    ("csam", "send a picture of your little sister, the private ones"),
]

EVASIONS: list[tuple[str, str]] = [
    ("criminal_exploitation", "u w0rk 4 me n0w"),
    ("location_control", "he m4kes me keep my l0cation on"),
    ("sex_trafficking", "stay the \U0001f319 & keep em company, \U0001f4b7 for it"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("location_control", "my mum makes me keep my location on till i get home safe"),
    ("criminal_exploitation", "you work for me now, the paper round starts monday, my dad said"),
    ("money_mule", "dad put my birthday money in my bank and told me to send it to nan"),
    ("sex_trafficking", "my aunt sets up dates with men on a dating app lol"),
    ("sex_trafficking", "stay the night and keep nan company, she gets lonely"),
    ("grooming", "its a surprise party, tell your mum you are at a mates so she does not guess"),
    ("harmful_challenge", "highest selfie score in the game wins lol"),
    ("cyberbullying", "making a new gc without millie to plan her surprise birthday"),
    ("scam", "just pick friends and family, im paying you back for the pizza"),
    ("sexting", "she asked for a pic of my haircut and i sent one"),
    ("cyberbullying", "ur dead bro im coming for u, gg run it back"),
]


@pytest.mark.parametrize(("harm", "text"), POSITIVES + EVASIONS)
def test_round12_phrasing_is_recognised(harm: str, text: str) -> None:
    assert harm in harms(text), text


# Where an older rule already reads the text (below reporting strength), the new rule's own
# context words must keep it from adding to it.
QUIET_RULES: list[tuple[str, str]] = [
    ("keep_a_package_at_mine", "my cousin asked me to hide a parcel at mine, a birthday present"),
    ("height_selfie_dares", "whoever jumps off the top ledge at the swimming pool wins"),
]


@pytest.mark.parametrize(("rule", "text"), QUIET_RULES)
def test_round12_rule_is_lowered_by_its_context(rule: str, text: str) -> None:
    assert rule not in full_strength_rules(text), text


@pytest.mark.parametrize(("harm", "text"), NEGATIVES)
def test_round12_benign_look_alike_stays_quiet(harm: str, text: str) -> None:
    assert harm not in full_strength_harms(text), text
