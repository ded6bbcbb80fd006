"""Conversations that talk about online harms (config `discussion_frame`)."""

from __future__ import annotations

import pytest

from onguard.conversation import Scanner
from onguard.conversation.config import ScanConfig
from onguard.taxonomy import default_taxonomy

LESSON = [
    ("teacher", "recap from today's online safety lesson: what are the warning signs?"),
    ("pupil1", "they keep asking how old u are"),
    ("pupil2", "or say dont tell your mum, this is just between us"),
    ("teacher", "and if someone says send me a pic, delete it after?"),
    ("pupil3", "red flag. block and report"),
    ("pupil2", "and if they say pay me or i send the pics to ur friends, tell a trusted adult"),
]
# The same phrases said, not talked about.
SAID = [
    ("x", "how old are u"),
    ("x", "dont tell your mum, this is just between us"),
    ("x", "send me a pic, delete it after"),
    ("x", "pay me or i send the pics to ur friends"),
]
QUOTED_HARMS = {"grooming", "sexting", "sextortion"}


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _conv(messages: list[tuple[str, str]]) -> dict[str, object]:
    return {"id": "c", "messages": [{"sender": s, "text": t} for s, t in messages]}


def _harms(scanner: Scanner, messages: list[tuple[str, str]]) -> set[str]:
    return {h.harm for h in scanner.scan(_conv(messages)).harms}


def test_a_lesson_quoting_offenders_phrases_is_not_reported(scanner: Scanner) -> None:
    assert not _harms(scanner, LESSON) & QUOTED_HARMS


def test_the_same_phrases_said_to_a_child_are_reported(scanner: Scanner) -> None:
    assert _harms(scanner, SAID) >= QUOTED_HARMS


def test_without_the_frame_the_lesson_reads_as_the_phrases(scanner: Scanner) -> None:
    # The frame is what keeps the lesson quiet (not something else about it).
    unframed = Scanner(config={"discussion_frame": {"words": [], "signals": [], "lower": 0}})
    assert _harms(unframed, LESSON) & QUOTED_HARMS


def test_a_news_story_told_between_friends_is_not_sextortion(scanner: Scanner) -> None:
    story = [
        ("a", "did u see the bbc thing about fake accounts"),
        ("b", "ye they get u to send a pic then say pay or they send it to ur followers"),
        ("c", "messed up. dont pay and tell someone"),
    ]
    assert "sextortion" not in _harms(scanner, story)


def test_offenders_described_in_a_lesson_are_not_impersonation(scanner: Scanner) -> None:
    talk = [
        ("a", "we had an assembly about people pretending to be 15 online"),
        ("b", "ye the man in the video pretended to be 14 for months"),
    ]
    assert "identity_theft" not in _harms(scanner, talk)


def test_safety_advice_about_passwords_and_codes_is_not_a_request(scanner: Scanner) -> None:
    advice = [
        ("a", "heads up, fake giveaway links going round in dms"),
        ("b", "dont click them and never enter your password on a site someone sends you"),
        ("c", "never send that code to anyone, not even me"),
    ]
    assert not _harms(scanner, advice) & {"scam", "identity_theft"}


def test_a_scammer_asking_for_the_code_is_still_reported(scanner: Scanner) -> None:
    # The same words, asked for rather than warned about.
    asked = [
        ("x", "you won the giveaway! enter your password on this site to claim"),
        ("x", "now send me the code you just got"),
    ]
    assert _harms(scanner, asked) & {"scam", "identity_theft"}


def test_the_tracker_lowers_from_the_frame_on(scanner: Scanner) -> None:
    tracker = scanner.tracker("t")
    reported: set[str] = set()
    for sender, text in LESSON:
        reported |= {f.harm for f in tracker.update({"sender": sender, "text": text})}
    assert not reported & QUOTED_HARMS


def test_every_signal_the_config_names_is_in_the_taxonomy() -> None:
    config = ScanConfig.load()
    known = {s.id for h in default_taxonomy().harms.values() for s in h.signals}
    named = (
        set(config.discussion_frame.signals)
        | set(config.pile_on_signals)
        | set(config.child_only_signals)
        | set(config.not_child_signals)
        | set(config.risk.critical_signals)
        | {s for caps in config.signal_cap.values() for s in caps if s != "*"}
    )
    assert named - known == set()
    assert config.discussion_frame.words and 0 < config.discussion_frame.lower < 1


# A fake school payment text opens as a school's letters do ("Dear Parent/Carer", a frame
# word); only a real warning about it names the scam.
FAKE_SCHOOL_TEXT = [
    (
        "SchoolPay",
        "Dear Parent/Carer, your child's school meal account has an unpaid balance of "
        "£14.20. Please pay today via the secure link below to avoid your child missing "
        "lunch: [link] You will need your card details.",
    )
]
SCHOOL_WARNING = [
    (
        "School office",
        "Dear parents, a fake text is going round saying your child's meal account is "
        "unpaid and to pay today via the secure link. It is a scam, do not click it.",
    )
]


@pytest.mark.parametrize("rules_only", [True, False])
def test_a_message_with_a_link_to_pay_at_is_not_lowered_by_a_salutation(
    rules_only: bool,
) -> None:
    scanner = Scanner(models=[]) if rules_only else Scanner()
    assert "scam" in _harms(scanner, FAKE_SCHOOL_TEXT)
    assert "scam" not in _harms(scanner, SCHOOL_WARNING)


def test_without_acting_signals_the_salutation_lowers_the_link() -> None:
    # What keeps the fake text reported is `acting_signals` (not something else about it).
    config = ScanConfig.load(None).model_dump()
    config["discussion_frame"]["acting_signals"] = []
    assert "scam" not in _harms(Scanner(config=config, models=[]), FAKE_SCHOOL_TEXT)


def test_a_streamed_fake_school_text_is_reported_as_in_a_batch() -> None:
    scanner = Scanner(models=[])
    tracker = scanner.tracker("c")
    for sender, text in FAKE_SCHOOL_TEXT:
        tracker.update({"sender": sender, "text": text})
    assert "scam" in {h.harm for h in tracker.result().harms}
