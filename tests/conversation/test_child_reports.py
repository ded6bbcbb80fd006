"""Child reports (config `child_report_cues`): what is done TO a child (`not_child_signals`)
does not count when the child says it, unless the child is telling what someone does to
them ("they make me carry stuff", "he checks where i am every hour or he goes mad"). The
guide counts a child reporting it first-hand; a story about a friend, or the child's own
words to someone else, still does not count. Batch and streaming agree."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from onguard.conversation import ScanConfig, Scanner

SCANNER = Scanner(models=[])
ROLES = {"kid": "child", "worker": "adult"}
OPENING = ("worker", "how have things been this week")


def _conversation(texts: list[tuple[str, str]]) -> dict:
    return {
        "id": "r",
        "participants": [{"id": k, "role": v} for k, v in ROLES.items()],
        "messages": [{"sender": s, "text": t} for s, t in texts],
    }


def _harms(texts: list[tuple[str, str]], scanner: Scanner = SCANNER) -> set[str]:
    return {h.harm for h in scanner.analyse(_conversation(texts)).to_result().harms}


def _tracked(texts: list[tuple[str, str]]) -> set[str]:
    tracker = SCANNER.tracker("r", [{"id": k, "role": v} for k, v in ROLES.items()])
    for sender, text in texts:
        tracker.update({"sender": sender, "text": text})
    return {h.harm for h in tracker.analysis().to_result().harms}


@pytest.mark.parametrize(
    ("report", "harm"),
    [
        (
            "they make me carry stuff to the flat every weekend and keep it in my bag",
            "criminal_exploitation",
        ),
        ("the olders make me do the drop every friday", "criminal_exploitation"),
        ("i have to send my live location every hour or they come round", "location_control"),
        (
            "they ring me every hour and make me send a pic of the station sign so they know"
            " where i am",
            "location_control",
        ),
        ("he keeps making me send my live location every hour", "location_control"),
        (
            "th3y m4ke me c4rry stuff to the flat every weekend",
            "criminal_exploitation",
        ),  # leetspeak
        # session 14: who ("a lad on <app>"), what goes through the child's own account, and
        # "they said ... and i have to" further on in the sentence
        (
            "a lad on clipz messaged me and now he sends money into my account and i send it on",
            "money_mule",
        ),
        ("he sends money into my account and i send it on to his mate", "money_mule"),
        (
            "they said that was 600 of theirs and i have to work it off doing runs",
            "criminal_exploitation",
        ),
    ],
)
def test_a_childs_own_report_counts(report: str, harm: str) -> None:
    texts = [OPENING, ("kid", report)]
    assert harm in _harms(texts)
    assert harm in _tracked(texts)


@pytest.mark.parametrize(
    "words",
    [
        # the child's words to someone else, not a report of what is done to them
        "send your live location every hour so i know your safe",
        "carry stuff to the flat every weekend and keep it in your bag",
        # about a friend: not first-hand
        "they make her carry stuff to the flat every weekend and keep it in her bag",
        "my mate said a lad sends money into her account and she sends it on",
    ],
)
def test_without_a_first_hand_report_the_childs_words_do_not_count(words: str) -> None:
    texts = [OPENING, ("kid", words)]
    assert not _harms(texts) & {"criminal_exploitation", "location_control"}
    assert not _tracked(texts) & {"criminal_exploitation", "location_control"}


def test_without_the_cues_a_report_is_not_counted() -> None:
    report = [
        OPENING,
        ("kid", "they make me carry stuff to the flat every weekend and keep it in my bag"),
    ]
    plain = Scanner(models=[], config={"child_report_cues": []})
    assert "criminal_exploitation" not in _harms(report, plain)


def test_a_bad_cue_is_refused_at_load() -> None:
    with pytest.raises(ValidationError, match="child_report_cues: .* is not a valid expression"):
        ScanConfig.load({"child_report_cues": ["(unclosed"]})


@pytest.mark.parametrize(
    ("words", "cue"),
    [
        ("im home alone till 6", True),
        ("home alone again tonight", True),
        # the other person's words about the child, not the child's own
        ("are you home alone tonight", False),
        ("your little bro walks home alone dont he", False),
    ],
)
def test_home_alone_is_a_child_cue_only_in_the_childs_own_words(words: str, cue: bool) -> None:
    pattern = SCANNER._child_cue
    assert pattern is not None
    text = SCANNER.registry.normalizer.normalize(words).text
    assert (pattern.search(text) is not None) is cue
