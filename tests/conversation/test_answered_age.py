"""An age given alone in answer to another sender's age question ("how old r u" / "yr 7!!")
counts as the sender's stated age, in the batch scanner and in the streaming tracker alike."""

from __future__ import annotations

import pytest

from onguard.conversation import Scanner
from onguard.conversation.scanner import _answered_age

SCANNER = Scanner(models=[])


def _analysis(texts: list[tuple[str, str]]):
    conv = {"id": "c", "messages": [{"sender": s, "text": t} for s, t in texts]}
    return SCANNER.analyse(conv)


def _tracked_children(texts: list[tuple[str, str]]) -> set[str]:
    tracker = SCANNER.tracker("c")
    for sender, text in texts:
        tracker.update({"sender": sender, "text": text})
    return set(tracker.state.children)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("14", 14),
        ("yr 7!!", 12),
        ("Year 8 hbu", 13),
        ("13 u?", 13),
        ("15 lol", 15),
        ("12 x", 12),
        ("13 lol why does everyone ask", 13),
        ("13 thank u very much, im here every tuesday", 13),
    ],
)
def test_an_age_alone_is_read(text: str, age: int) -> None:
    found = _answered_age(text)
    assert found is not None and found.age == age
    assert text[found.start : found.end].strip()


@pytest.mark.parametrize(
    "text",
    ["2 mins", "10 pm", "14 hours", "im fine", "100", "at 5", "20 people coming", "5 more minutes"],
)
def test_other_short_answers_are_not_ages(text: str) -> None:
    assert _answered_age(text) is None


CHAT = [
    ("zed", "whats ur name and how old r u"),
    ("mia", "yr 7!!"),
    ("mia", "i live at 14 larkspur close, by the park"),
]


def test_the_answer_marks_the_sender_as_a_child() -> None:
    analysis = _analysis(CHAT)
    assert "mia" in analysis.inferred_child_ids | analysis.child_ids
    assert "zed" not in analysis.inferred_child_ids


def test_the_tracker_reads_the_answer_too() -> None:
    assert _tracked_children(CHAT) == {"mia"}


def test_a_number_that_answers_nothing_is_not_an_age() -> None:
    chat = [("zed", "how many are coming"), ("mia", "14"), ("mia", "we're at 14 larkspur close")]
    analysis = _analysis(chat)
    assert "mia" not in analysis.inferred_child_ids | analysis.child_ids


def test_answering_your_own_question_is_not_an_age() -> None:
    chat = [("mia", "how old r u"), ("mia", "14"), ("mia", "i live at 14 larkspur close")]
    analysis = _analysis(chat)
    assert "mia" not in analysis.inferred_child_ids | analysis.child_ids
