"""In a long conversation a borderline rule score does not report on its own where a model
reads the harm too (config `long_conversation`)."""

from __future__ import annotations

from model_stubs import FixedModel

from onguard.conversation import Scanner

# An ordinary five-a-side group chat: no harm in any line.
FILLER = [
    "who's bringing the ball saturday",
    "me",
    "what time",
    "10 at the park",
    "can my cousin come",
    "yeah course",
    "is it raining tomorrow",
    "nah sunny apparently",
    "bring water then",
    "ok",
    "who's in goal",
    "not me lol",
]
# Trash talk that one rule reads as a threat, just at the reporting threshold.
BORDERLINE = "one more own goal and i will end u"
# A plain instruction to self-harm: far over the threshold.
STRONG = "nobody wants u here just kill yourself"


def _conversation(lines: list[str]) -> dict[str, object]:
    return {
        "id": "t",
        "messages": [{"sender": "ab"[i % 2], "text": t} for i, t in enumerate(lines)],
    }


def _reported(scanner: Scanner, lines: list[str]) -> set[str]:
    return {h.harm for h in scanner.scan(_conversation(lines)).harms}


def _quiet_model() -> FixedModel:
    return FixedModel("cyberbullying", "model_cyberbullying", 0.05)


def test_a_borderline_rule_reports_in_a_short_conversation() -> None:
    scanner = Scanner(models=[_quiet_model()])
    assert "cyberbullying" in _reported(scanner, [BORDERLINE])
    assert "cyberbullying" in _reported(scanner, [*FILLER[:4], BORDERLINE])


def test_a_borderline_rule_does_not_report_alone_in_a_long_conversation() -> None:
    scanner = Scanner(models=[_quiet_model()])
    lines = [*FILLER, BORDERLINE]
    assert scanner.config.long_conversation.messages <= len(lines)
    assert "cyberbullying" not in _reported(scanner, lines)


def test_strong_rule_evidence_still_reports_in_a_long_conversation() -> None:
    scanner = Scanner(models=[_quiet_model()])
    assert "cyberbullying" in _reported(scanner, [*FILLER, STRONG])


def test_a_model_report_in_a_long_conversation_stands() -> None:
    scanner = Scanner(models=[FixedModel("cyberbullying", "model_cyberbullying", 0.9)])
    assert "cyberbullying" in _reported(scanner, [*FILLER, BORDERLINE])


def test_without_a_model_for_the_harm_the_rule_score_stands() -> None:
    # Rules only: nothing else reads the thread, so the rule's report stays.
    assert "cyberbullying" in _reported(Scanner(models=[]), [*FILLER, BORDERLINE])


def test_the_setting_can_be_turned_off() -> None:
    default = Scanner(models=[_quiet_model()])
    off = default.config.model_copy(
        update={
            "long_conversation": default.config.long_conversation.model_copy(update={"messages": 0})
        }
    )
    scanner = Scanner(models=[_quiet_model()], config=off)
    assert "cyberbullying" in _reported(scanner, [*FILLER, BORDERLINE])
