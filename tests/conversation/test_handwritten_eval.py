"""Quality on the project's hand-written set, scored by the shared scorer (../shared/eval/score.py).

The floor is well below the measured figure (see docs/detection.md) so that it
catches regressions, not noise.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from onguard.conversation import Scanner

ROOT = Path(__file__).resolve().parents[2]
HANDWRITTEN = ROOT / "tests" / "data" / "handwritten" / "conversations.jsonl"


def _gold() -> dict[str, dict]:
    rows = [json.loads(line) for line in HANDWRITTEN.read_text(encoding="utf-8").splitlines()]
    return {row["id"]: row for row in rows}


def test_handwritten_set_covers_every_message_level_harm() -> None:
    from onguard.taxonomy import default_taxonomy

    gold = _gold()
    labels = {label for row in gold.values() for label in row["labels"]}
    wanted = {h.id for h in default_taxonomy().harms.values() if h.message_level}
    assert wanted <= labels
    assert len(gold) >= 80
    assert sum(1 for row in gold.values() if not row["labels"]) >= 20  # hard negatives


# (models, micro F1 floor, false-alarm ceiling). Measured (docs/detection.md): rules only
# F1 0.995 and 0 false alarms on this set (it was tuned on); with the shipped models F1 0.972
# and a false-alarm rate of 0.097 (the models fire on some hard negatives).
FLOORS = [([], 0.8, 0.1), (None, 0.8, 0.2)]


@pytest.mark.parametrize(
    ("models", "f1_floor", "fa_ceiling"), FLOORS, ids=["rules", "rules+models"]
)
def test_handwritten_quality_floor(
    models, f1_floor: float, fa_ceiling: float, shared_scorer: ModuleType
) -> None:
    score = shared_scorer
    gold = _gold()
    scanner = Scanner(models=models)
    pred = {cid: scanner.scan(row).model_dump() for cid, row in gold.items()}
    out = score.score(gold, pred)
    assert out["micro"]["f1"] >= f1_floor, out["micro"]
    assert out["false_alarm_rate"] <= fa_ceiling, out["false_alarm_rate"]
