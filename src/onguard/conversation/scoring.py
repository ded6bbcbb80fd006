"""Combining signal scores into harm scores, fusing with learned models, and risk."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol

from onguard.spec import RISK_ORDER, Risk


class StackerLike(Protocol):
    """What `onguard.detect.learned.stacker.Stacker` provides."""

    def score(
        self,
        model_scores: Mapping[str, float],
        rule_scores: Mapping[str, float],
        n_messages: int,
        first_len: int | None,
    ) -> dict[str, float]: ...


def noisy_or(scores: Iterable[float]) -> float:
    """1 - prod(1 - s): independent pieces of evidence; each adds, none can exceed 1."""
    remaining = 1.0
    for s in scores:
        remaining *= 1.0 - min(max(s, 0.0), 1.0)
    return 1.0 - remaining


def fuse(rule_score: float, model_score: float | None) -> float:
    """The fused score of one harm: the larger of the rule score and the model score.

    This is the one place where rules and learned models meet. A harm is reported
    when the fused score reaches `report_threshold` (0.5 by default), so:

    - a calibrated model score >= 0.5 reports the harm on its own;
    - rule scores for harms that have a model (grooming, cyberbullying, scam,
      self_harm) are kept below 0.5 unless the evidence is strong and precise
      (several grooming stages, "kill yourself", "I want to die"), so rules add
      recall where they are sure and leave the rest to the model;
    - with no model (`model_score is None`) the rule score stands.

    `first_message` follows the same rule: the first message at which either
    the rule score or the model's prefix score reached the threshold.
    """
    if model_score is None:
        return rule_score
    return max(rule_score, model_score)


# With a stacker, a rule score that reports on its own still reports (see `fuse_all`).
KEEP_RULE_REPORTS = True
STACKER_VETO_ONLY = True


def fuse_all(
    rule_scores: Mapping[str, float],
    model_scores: Mapping[str, float],
    n_messages: int,
    first_len: int | None = None,
    stacker: StackerLike | None = None,
    keep_rules: bool = KEEP_RULE_REPORTS,
    report_threshold: float = 0.5,
    unstacked: frozenset[str] = frozenset(),
) -> dict[str, float]:
    """Fused score of every harm of one conversation.

    Without a stacker, `fuse` per harm. With one, each harm the stacker covers is
    `max(rule score, min(stacked score, model score))`: the stacker (a classifier over
    ALL models' scores, the rule scores of the modelled harms and the conversation's
    shape: `n_messages`, the length of the first message) can withdraw a model's report
    -- "scam-like and self-harm-like" is an SMS, not self-harm -- but never overrules a
    rule that reports on its own nor reports what neither part did. (Replacing the model
    score outright cost the hand-written set's recall: see docs/models.md.) Harms
    without a model keep their rule score; the `unstacked` ones (decided by a source
    specialist, `onguard.detect.learned.specialists`) keep `fuse`.
    """
    fused = {
        h: fuse(rule_scores.get(h, 0.0), model_scores.get(h))
        for h in rule_scores.keys() | model_scores.keys()
    }
    # The stacker only withdraws model reports: with no model score at the threshold it
    # changes no report, so it is not run (most conversations; scores stay max-fused).
    if (
        stacker is not None
        and STACKER_VETO_ONLY
        and not any(v >= report_threshold for v in model_scores.values())
    ):
        return fused
    if stacker is not None and model_scores:
        stacked_scores = stacker.score(model_scores, rule_scores, n_messages, first_len)
        for harm, stacked in stacked_scores.items():
            if harm in unstacked:
                continue
            # A rule sure enough to report stands (rules for modelled harms stay below the
            # threshold unless the evidence is strong and precise, see `fuse`).
            rule = rule_scores.get(harm, 0.0) if keep_rules else 0.0
            if STACKER_VETO_ONLY and harm in model_scores:
                stacked = min(stacked, model_scores[harm])
            fused[harm] = max(stacked, rule)
    return fused


def lower_risk(risk: Risk) -> Risk:
    index = RISK_ORDER.index(risk)
    return RISK_ORDER[max(1, index - 1)] if index > 1 else risk


def max_risk(a: Risk, b: Risk) -> Risk:
    return a if RISK_ORDER.index(a) >= RISK_ORDER.index(b) else b
