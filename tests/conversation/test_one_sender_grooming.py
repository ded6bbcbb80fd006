"""Grooming is one person's pattern (config `one_sender_harms`): its rule evidence is
combined per sender, so steps said by different people in a group do not add up to one
groomer, while the same steps from one sender still do."""

from __future__ import annotations

from onguard.conversation import Scanner

SCANNER = Scanner(models=[])

SECRET = "keep it secret, dont tell your mum"
PICTURE = "send me a pic"
AGE = "how old are you"


def _harms(lines: list[tuple[str, str]]) -> set[str]:
    conv = {"id": "c", "messages": [{"sender": s, "text": t} for s, t in lines]}
    return {h.harm for h in SCANNER.analyse(conv).to_result().harms}


def test_steps_from_one_sender_add_up() -> None:
    assert "grooming" in _harms([("x", AGE), ("k", "13"), ("x", PICTURE), ("x", SECRET)])


def test_the_same_steps_from_three_people_do_not() -> None:
    assert "grooming" not in _harms([("a", AGE), ("k", "13"), ("b", PICTURE), ("c", SECRET)])


def test_the_streaming_tracker_agrees_with_the_batch_scan() -> None:
    lines = [("a", AGE), ("k", "13"), ("b", PICTURE), ("c", SECRET), ("a", PICTURE)]
    tracker = SCANNER.tracker("c")
    for sender, text in lines:
        tracker.update({"sender": sender, "text": text})
    streamed = {h.harm for h in tracker.analysis().to_result().harms}
    assert streamed == _harms(lines)
