"""Combining signal scores into harm scores, fusing with learned models, and risk."""

from __future__ import annotations

from collections.abc import Iterable

from onguard.spec import RISK_ORDER, Risk


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


def lower_risk(risk: Risk) -> Risk:
    index = RISK_ORDER.index(risk)
    return RISK_ORDER[max(1, index - 1)] if index > 1 else risk


def max_risk(a: Risk, b: Risk) -> Risk:
    return a if RISK_ORDER.index(a) >= RISK_ORDER.index(b) else b
