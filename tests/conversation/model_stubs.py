"""Stand-in learned models for the scanner's tests: the `ConversationModel` contract with
scores fixed by the test."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class StubScore:
    """A `ModelScore`: final score, score of every prefix, evidence spans."""

    score: float
    prefix_scores: list[float]
    evidence: list[tuple[int, int, int, str]] = field(default_factory=list)


@dataclass
class FixedModel:
    """Scores every conversation `value`, reached at its last message; counts its calls."""

    harm: str
    signal: str
    value: float
    calls: int = 0

    def score(self, texts, senders, child_ids):
        self.calls += 1
        n = len(texts)
        prefix = [self.value if i >= n - 1 else 0.0 for i in range(n)]
        return StubScore(self.value, prefix, [(n - 1, 0, min(3, len(texts[-1])), "model n-gram")])
