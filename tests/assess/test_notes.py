"""Reading notes for facts and harms, negation-aware."""

from __future__ import annotations

import pytest

from onguard.assess import default_rules
from onguard.assess.notes import NotesReader


@pytest.fixture(scope="module")
def reader() -> NotesReader:
    return NotesReader(default_rules().notes)


def _facts(reader: NotesReader, text: str) -> dict[str, bool]:
    facts, _ = reader.summarise(text)
    return {k: f.value for k, f in facts.items()}


def _harms(reader: NotesReader, text: str) -> dict[str, bool]:
    _, harms = reader.summarise(text)
    return {k: f.value for k, f in harms.items()}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Mum thinks there is a meeting tomorrow.", "meeting_arranged"),
        ("She has arranged to meet him at the station.", "meeting_arranged"),
        ("They are meeting tonight.", "meeting_imminent"),
        ("He said he would kill himself if they told anyone.", "suicidal_statement"),
        ("She says she wants to die.", "suicidal_statement"),
        ("He sent money last week.", "money_sent"),
        ("Money went through his bank account.", "money_moved"),
        ("They demanded money by Friday.", "payment_demanded"),
        ("He sent a photo of himself.", "image_shared"),
        ("Her pictures have been shared in a group.", "image_shared"),
        ("The man is a teacher at the school.", "staff_involved"),
        ("He is 25 according to his profile.", "adult_involved"),
        ("A 31-year-old man added her.", "adult_involved"),
        ("She has been missing since Monday.", "missing_now"),
        ("They threatened to post the pictures.", "threat_made"),
        ("He typed in his card details on the site.", "bank_details_shared"),
        ("She gave card details to a free game-currency site.", "bank_details_shared"),
    ],
)
def test_fact_found(reader: NotesReader, text: str, fact: str) -> None:
    assert _facts(reader, text).get(fact) is True


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("No meeting arranged.", "meeting_arranged"),
        ("There is no sign that a meeting was arranged.", "meeting_arranged"),
        ("She denies she sent money.", "money_sent"),
        ("He has not sent a photo of himself.", "image_shared"),
        ("He never said he would kill himself.", "suicidal_statement"),
    ],
)
def test_negated_fact_is_false(reader: NotesReader, text: str, fact: str) -> None:
    assert _facts(reader, text).get(fact) is False


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("She is 14.", "adult_involved"),  # a child's age is not an adult
        ("They are 20 minutes away.", "adult_involved"),
        ("He told his teacher.", "staff_involved"),
        ("She told her teacher at the school about it.", "staff_involved"),
        ("He spoke to the coach at the club.", "staff_involved"),
        ("We talked about meeting new people.", "meeting_arranged"),
        ("", "meeting_arranged"),
    ],
)
def test_no_fact(reader: NotesReader, text: str, fact: str) -> None:
    assert fact not in _facts(reader, text)


def test_negation_stops_at_a_clause_boundary(reader: NotesReader) -> None:
    text = "He told her not to tell anyone, and arranged to meet her on Saturday."
    assert _facts(reader, text)["meeting_arranged"] is True
    text = "No bullying reported but she was blackmailed."
    assert _harms(reader, text) == {"cyberbullying": False, "sextortion": True}


def test_positive_mention_wins(reader: NotesReader) -> None:
    text = "At first no meeting was planned. Now she has agreed to meet him."
    assert _facts(reader, text)["meeting_arranged"] is True


@pytest.mark.parametrize(
    ("text", "harm"),
    [
        ("He is being bullied in a group chat.", "cyberbullying"),
        ("Looks like county lines.", "criminal_exploitation"),
        ("Older boys talk about squaring.", "money_mule"),
        ("They make her keep her location on all the time.", "location_control"),
        ("She clicked a phishing link.", "scam"),
        ("His account was hacked.", "identity_theft"),
    ],
)
def test_harm_found(reader: NotesReader, text: str, harm: str) -> None:
    assert _harms(reader, text).get(harm) is True


def test_findings_report_positions(reader: NotesReader) -> None:
    text = "Update. Meeting arranged."
    (finding,) = [f for f in reader.read(text) if f.key == "meeting_arranged"]
    assert text[finding.start : finding.end] == finding.phrase
