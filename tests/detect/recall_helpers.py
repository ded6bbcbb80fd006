"""What the recall tests ask of the rules: which harms a text raises (`harms`), and which
at a rule's full strength, no context word lowering it (`full_strength_harms`)."""

from __future__ import annotations

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
