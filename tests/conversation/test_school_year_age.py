"""A child's school year counts as a stated age ("i go to X academy, year 7"), so what that
sender discloses in a group with no roles is a child's disclosure."""

from __future__ import annotations

from onguard.conversation import Scanner

SCANNER = Scanner(models=[])


def _harms(texts: list[tuple[str, str]]) -> set[str]:
    conv = {"id": "c", "messages": [{"sender": s, "text": t} for s, t in texts]}
    return {h.harm for h in SCANNER.analyse(conv).to_result().harms}


def test_school_year_marks_the_sender_as_a_child() -> None:
    chat = [
        ("gloom", "anyone near here want to meet up"),
        ("pip", "me, im at 14 larkspur close, come round whenever"),
        ("pip", "i go to parkfield academy, year 7"),
    ]
    assert "privacy_disclosure" in _harms(chat)


def test_without_a_stated_age_an_unknown_sender_address_is_not_a_child_disclosure() -> None:
    chat = [
        ("gloom", "anyone near here want to meet up"),
        ("pip", "me, im at 14 larkspur close, come round whenever"),
        ("pip", "i work at parkfield academy, in the office"),
    ]
    assert "privacy_disclosure" not in _harms(chat)


def test_someone_elses_school_year_is_not_the_senders_age() -> None:
    chat = [
        ("sam", "my brother is in year 7 at parkfield"),
        ("sam", "we live at 14 larkspur close if you want to drop it off"),
    ]
    assert "privacy_disclosure" not in _harms(chat)
