"""Phrases typed over several short messages (onguard.conversation.fragments)."""

from __future__ import annotations

import pytest

from onguard.conversation import Scanner
from onguard.conversation.fragments import (
    MAX_RUN,
    across_messages,
    fragment_runs,
    is_fragment,
)
from onguard.detect import Signal


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


def _conv(*messages: tuple[str, str]) -> dict[str, object]:
    return {"id": "c", "messages": [{"sender": s, "text": t} for s, t in messages]}


def _harms(scanner: Scanner, conv: dict[str, object]) -> dict[str, int]:
    return {h.harm: h.first_message for h in scanner.scan(conv).harms}


def test_fragments_are_short_messages() -> None:
    assert is_fragment("hurt")
    assert is_fragment("dont tell your mum")
    assert not is_fragment("")
    assert not is_fragment("i am going to the shop after school with my mates")


def test_runs_are_consecutive_fragments_from_one_sender() -> None:
    texts = ["i", "want", "a long message that is a whole sentence on its own", "ok", "go", "x"]
    senders = ["a", "a", "a", "b", "b", "a"]
    assert fragment_runs(texts, senders) == [[0, 1], [3, 4]]


def test_a_long_run_is_read_in_pieces_ending_one_message_later() -> None:
    n = MAX_RUN + 2
    runs = fragment_runs(["w"] * n, ["a"] * n)
    assert runs[0] == list(range(MAX_RUN))
    assert runs[1:] == [list(range(1, MAX_RUN + 1)), list(range(2, MAX_RUN + 2))]


def test_only_matches_across_a_boundary_move_to_the_message_where_they_end() -> None:
    texts = ["dont tell", "your mum"]
    inside = Signal("s", ("grooming",), 0, 0, 4, 0.5, "inside the first message")
    across = Signal("s", ("grooming",), 0, 5, 18, 0.5, "across both")
    moved = across_messages([inside, across], [0, 1], texts)
    assert [(s.message, s.start, s.end) for s in moved] == [(1, 0, 8)]


def test_a_self_harm_statement_one_word_a_message_is_found_where_it_ends(
    scanner: Scanner,
) -> None:
    words = ["mum", "i", "want", "to", "hurt", "myself"]
    conv = _conv(*[("c", w) for w in words], ("m", "where are you"))
    assert _harms(scanner, conv).get("self_harm") == 5


def test_evasion_a_threat_split_over_messages_is_found(scanner: Scanner) -> None:
    conv = _conv(
        ("x", "pay me"),
        ("x", "or i send"),
        ("x", "the pics"),
        ("x", "to your friends"),
    )
    assert "sextortion" in _harms(scanner, conv)


def test_fragments_from_different_senders_are_not_joined(scanner: Scanner) -> None:
    words = ["i", "want", "to", "hurt", "myself"]
    conv = _conv(*[("a" if i % 2 else "b", w) for i, w in enumerate(words)])
    assert "self_harm" not in _harms(scanner, conv)


def test_harmless_bursts_stay_quiet(scanner: Scanner) -> None:
    conv = _conv(("a", "omg"), ("a", "this level"), ("a", "is killing me"), ("a", "lol"))
    assert _harms(scanner, conv) == {}
    conv = _conv(("a", "dont tell mum"), ("a", "its a surprise"), ("a", "party on sat"))
    assert "grooming" not in _harms(scanner, conv)


def test_the_tracker_finds_a_split_phrase_at_the_same_message(scanner: Scanner) -> None:
    words = ["i", "want", "to", "hurt", "myself"]
    tracker = scanner.tracker("t")
    first = {}
    for i, w in enumerate(words):
        for finding in tracker.update({"sender": "c", "text": w}):
            first.setdefault(finding.harm, i)
    batch = _harms(scanner, _conv(*[("c", w) for w in words]))
    # (the tracker also reports what a model saw part-way and never takes it back)
    assert first["self_harm"] == batch["self_harm"] == 4
