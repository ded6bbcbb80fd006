"""Independent cross-check: the scanner on a second hand-written set, scored by the real scorer.

The set (`tests/data/crosscheck/conversations.jsonl`) was written separately from the
scanner's own hand-written tests, the way an outside evaluator would write one (see its
README). The floors below sit about 0.1 under what was measured when the set was written,
so they catch regressions, not small wobbles.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from onguard.conversation import Scanner
from onguard.taxonomy import default_taxonomy

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data" / "crosscheck" / "conversations.jsonl"

# (min micro F1, max false-alarm rate) per configuration: about 0.1 worse than measured at the
# end of the cross-check (see the set's README). "shipped" = rules + the shipped learned models.
FLOORS = {"rules": (0.63, 0.18), "shipped": (0.60, 0.32)}
MIN_POSITIVES_PER_HARM = 5
MESSAGE_LEVEL_HARMS = frozenset(default_taxonomy().harms) - {"app_data_exposure"}


def _gold() -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]
    return {row["id"]: row for row in rows}


def test_the_set_covers_every_message_level_harm_with_negatives() -> None:
    gold = _gold()
    assert len(gold) >= 100
    labels = Counter(h for row in gold.values() for h in row["labels"])
    assert set(labels) <= set(default_taxonomy().harms), "labels must be spec harm ids"
    short = {h: labels[h] for h in MESSAGE_LEVEL_HARMS if labels[h] < MIN_POSITIVES_PER_HARM}
    assert not short, f"harms with too few positives: {short}"
    assert sum(1 for row in gold.values() if not row["labels"]) >= 40


@pytest.mark.parametrize("config", ["rules", "shipped"])
def test_scanner_meets_the_crosscheck_floors(config: str, shared_scorer: ModuleType) -> None:
    scorer = shared_scorer
    gold = _gold()
    scanner = Scanner(models=[] if config == "rules" else None)
    min_micro_f1, max_false_alarm_rate = FLOORS[config]
    pred = {cid: scanner.scan(row).model_dump(mode="json") for cid, row in gold.items()}
    out = scorer.score(gold, pred)
    micro_f1 = out["micro"]["f1"]
    false_alarm_rate = out["false_alarm_rate"]
    assert micro_f1 >= min_micro_f1, f"micro F1 {micro_f1:.3f} < floor {min_micro_f1}"
    assert false_alarm_rate <= max_false_alarm_rate, (
        f"false-alarm rate {false_alarm_rate:.3f} > ceiling {max_false_alarm_rate}"
    )
