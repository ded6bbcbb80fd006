"""What the recall tests ask of the rules: which harms a text raises (`harms`), and which
at a rule's full strength, no context word lowering it (`full_strength_harms`); and the
three tests every round's module runs on its cases (`recall_tests`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from onguard.detect import RecognizerRegistry, Signal, load_rules

REGISTRY = RecognizerRegistry.default()
BASE_SCORE = {rule.id: rule.score for rule in load_rules()[0]}


def harms(text: str, min_score: float = 0.2) -> set[str]:
    return {h for s in REGISTRY.analyze_texts([text]) if s.score >= min_score for h in s.harms}


def _full_strength(text: str) -> list[Signal]:
    """The signals that read `text` at their rule's full strength (no context word lowering
    them), and at least at 0.2."""
    return [
        s
        for s in REGISTRY.analyze_texts([text])
        if s.score >= BASE_SCORE.get(s.rule, 0.0) and s.score >= 0.2
    ]


def full_strength_harms(text: str) -> set[str]:
    return {h for s in _full_strength(text) for h in s.harms}


def full_strength_rules(text: str) -> set[str]:
    """The rules that read `text` at their full strength (no context word lowering them)."""
    return {s.rule for s in _full_strength(text)}


def recall_tests(
    positives: Sequence[tuple[str, str]], negatives: Sequence[tuple[str, str]]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """A round's two tests, bound in its module as `test_fresh_phrasing_is_recognised,
    test_benign_look_alike_stays_quiet = recall_tests(...)`: each (harm, text) of
    `positives` raises its harm; no (harm, text) of `negatives` raises it at full strength."""

    @pytest.mark.parametrize(("harm", "text"), list(positives))
    def recognised(harm: str, text: str) -> None:
        assert harm in harms(text), text

    @pytest.mark.parametrize(("harm", "text"), list(negatives))
    def quiet(harm: str, text: str) -> None:
        assert harm not in full_strength_harms(text), text

    return recognised, quiet


def quiet_rules_test(quiet_rules: Sequence[tuple[str, str]]) -> Callable[..., None]:
    """No (rule, text) of `quiet_rules` reads at its rule's full strength: look-alikes that
    an older rule still reads, so only the new rule's context words can be checked."""

    @pytest.mark.parametrize(("rule", "text"), list(quiet_rules))
    def lowered(rule: str, text: str) -> None:
        assert rule not in full_strength_rules(text), text

    return lowered
