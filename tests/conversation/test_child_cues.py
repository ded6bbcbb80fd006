"""Child cues (config `child_cues`): without roles or a stated age, a sender who says what
only a child says of themselves ("home alone til 9", "mum's picking me up at 6", "my mum
won't let me") is taken as the child, so what they give away about themselves counts as a
child's disclosure. The batch scanner and the streaming tracker agree; roles, when given,
still decide; and an adult's everyday words do not make them a child."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from onguard.conversation import ScanConfig, Scanner
from onguard.conversation.scanner import _cue_pattern

SCANNER = Scanner(models=[])
ADDRESS = "we live at 14 Larch Close, the one with the red door"


def _conversation(texts: list[tuple[str, str]], roles: dict[str, str] | None = None) -> dict:
    conv: dict = {"id": "c", "messages": [{"sender": s, "text": t} for s, t in texts]}
    if roles:
        conv["participants"] = [{"id": k, "role": v} for k, v in roles.items()]
    return conv


def _harms(texts: list[tuple[str, str]], roles: dict[str, str] | None = None) -> set[str]:
    return {h.harm for h in SCANNER.analyse(_conversation(texts, roles)).to_result().harms}


def _tracked(texts: list[tuple[str, str]], roles: dict[str, str] | None = None):
    participants = [{"id": k, "role": v} for k, v in (roles or {}).items()] or None
    tracker = SCANNER.tracker("c", participants)
    for sender, text in texts:
        tracker.update({"sender": sender, "text": text})
    return tracker


@pytest.mark.parametrize(
    "cue",
    [
        "home alone til 9 lol",
        "mums picking me up at 6",
        "mum n dad away so come thru",
        "my mum wont let me",
        "im grounded this week",
        "got the one my dad set up for me",
        "ive got a test tomorrow",
        "its on the kids account",
        "mum says i have to be in bed by 10",
        "im not allowed out after 8",
        "i am h0me al0ne tonight",  # leetspeak, read through the normaliser
    ],
)
def test_a_cue_makes_the_sender_the_child(cue: str) -> None:
    texts = [("sam", cue), ("sam", ADDRESS), ("kay", "nice")]
    assert "privacy_disclosure" in _harms(texts)
    assert set(_tracked(texts).state.children) == {"sam"}


def test_the_cue_may_come_after_the_disclosure() -> None:
    assert "privacy_disclosure" in _harms(
        [("sam", ADDRESS), ("kay", "who's in"), ("sam", "home alone til 9 so come whenever")]
    )


@pytest.mark.parametrize(
    "adult_words",
    [
        "nice",
        "my mum's wedding is on saturday",
        "home office today, call me after 2",
        "alone time at last, the kids are at their nan's",
        "my teacher training course starts monday",
        "my boss says i have to be in by 8",
    ],
)
def test_without_a_cue_the_details_stay_unowned(adult_words: str) -> None:
    # No one is known to be a child: an address in a group chat is no child's disclosure.
    assert "privacy_disclosure" not in _harms([("sam", adult_words), ("sam", ADDRESS)])


def test_roles_decide_over_cues() -> None:
    roles = {"sam": "adult", "kay": "child"}
    texts = [("sam", "home alone tonight lol"), ("sam", ADDRESS), ("kay", "nice")]
    assert "privacy_disclosure" not in _harms(texts, roles)
    assert set(_tracked(texts, roles).state.children) == {"kay"}


def test_a_sender_who_states_an_adult_age_is_not_made_a_child() -> None:
    texts = [("sam", "im 34 lol"), ("sam", "home alone tonight"), ("sam", ADDRESS)]
    assert "privacy_disclosure" not in _harms(texts)


def test_cues_are_whole_words() -> None:
    cue = _cue_pattern(ScanConfig.load().child_cues)
    assert cue is not None
    assert cue.search("i am home alone tonight")
    assert not cue.search("the phone alonezone")
    assert not cue.search("mydetention")


def test_no_cues_configured_means_no_cue() -> None:
    assert _cue_pattern(()) is None
    scanner = Scanner(models=[], config={"child_cues": []})
    texts = [("sam", "home alone til 9 lol"), ("sam", ADDRESS)]
    harms = {h.harm for h in scanner.analyse(_conversation(texts)).to_result().harms}
    assert "privacy_disclosure" not in harms


def test_a_bad_cue_is_a_clear_error() -> None:
    with pytest.raises(ValidationError, match="child_cues: .* is not a valid expression"):
        ScanConfig.load({"child_cues": ["(unclosed"]})


def test_bank_details_given_on_request_are_a_disclosure() -> None:
    # Config `info_request_signals`: in a two-person chat, numbers sent straight after a
    # request for them are the other person's disclosure, even with no child known.
    texts = [
        ("a", "send me ur sort code and number and ill pass it on"),
        ("b", "90-22-17 41182736"),
    ]
    assert "privacy_disclosure" in _harms(texts)
    without = Scanner(
        models=[], config={"info_request_signals": ["personal_info_request", "age_probing"]}
    )
    harms = {h.harm for h in without.analyse(_conversation(texts)).to_result().harms}
    assert "privacy_disclosure" not in harms
