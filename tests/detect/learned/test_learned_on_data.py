"""Shipped models against the real data in ../shared/data (skipped when it is absent).

Nothing here prints or stores text from the data: only counts are compared.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from onguard.detect.learned import ARTEFACTS_DIR, load_models, score_conversations
from onguard.detect.learned.training import (
    DEV_SETS,
    HARM_SPECS,
    fit_harm_model,
    load_training_data,
    read_conversations,
    sha256_file,
)

REPO = Path(__file__).resolve().parents[3]
SHARED = (
    Path(os.environ["ONGUARD_SHARED"])
    if os.environ.get("ONGUARD_SHARED")
    else REPO.parent / "shared"
)
DATA = SHARED / "data"

pytestmark = [
    pytest.mark.data,
    pytest.mark.skipif(not (DATA / "dev").is_dir(), reason=f"labelled data not found at {DATA}"),
    pytest.mark.skipif(not any(ARTEFACTS_DIR.glob("*.npz")), reason="no shipped artefacts"),
]


# The largest set (formspring) is left out to keep this test quick.
FAST_SETS = [s for s in DEV_SETS if s != "cyberbullying-formspring"]


@pytest.fixture(scope="module")
def models():
    return {m.name: m for m in load_models(ARTEFACTS_DIR)}


def test_data_files_match_recorded_hashes(models) -> None:
    for model in models.values():
        for name, digest in model.metadata["data_sha256"].items():
            assert sha256_file(DATA / name) == digest, f"{name} changed since training"


def test_shipped_models_reproduce_their_fit_through_the_fast_path(models) -> None:
    """Scoring dev sets through hashing + exact prefix scores gives the training decisions."""
    docs = [d for s in FAST_SETS for d in read_conversations(DATA / "dev" / f"{s}.jsonl", s)]
    convs = [(d.texts, d.senders, set(d.child_ids)) for d in docs]
    ordered = list(models.values())
    scores = np.array(
        [[s.score for s in row] for row in score_conversations(ordered, convs, with_evidence=False)]
    )
    sources = np.array([d.source for d in docs])
    for j, model in enumerate(ordered):
        flagged = scores[:, j] >= 0.5
        y = np.array([model.harm in d.labels for d in docs])
        for name, expected in model.metadata["fit_on_dev"].items():
            if name not in FAST_SETS:
                continue
            rows = sources == name
            # ties at the threshold may flip a conversation or two
            assert abs(int(flagged[rows].sum()) - expected["flagged"]) <= 2, (model.name, name)
            tp = int((flagged & y)[rows].sum())
            assert abs(tp - expected["true_positives"]) <= 2, (model.name, name)


@pytest.mark.slow
def test_retraining_reproduces_recorded_cv_metrics(models) -> None:
    """Retrain the self-harm model (no PJ needed) and compare with its recorded metrics."""
    spec = next(s for s in HARM_SPECS if s.harm == "self_harm")
    shipped = models["self_harm"]
    data = load_training_data(DATA, shipped.params, with_pj=False)
    again = fit_harm_model(spec, data.docs, data.x, shipped.params)
    for key, value in shipped.metadata["inner_cv"].items():
        assert again.metadata["inner_cv"][key] == pytest.approx(value, abs=0.01), key
    assert again.threshold == pytest.approx(shipped.threshold, abs=1e-3)
    assert again.shape_thresholds == pytest.approx(shipped.shape_thresholds, abs=1e-3)
    assert np.corrcoef(again.weights, shipped.weights)[0, 1] > 0.999
