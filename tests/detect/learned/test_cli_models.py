"""`onguard train` / `onguard eval`: argument handling that needs no real data."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from typer.testing import CliRunner

from onguard.cli.main import app
from onguard.detect.learned import LinearConversationModel
from onguard.detect.learned.features import HashingParams

runner = CliRunner()


def test_eval_without_data_says_where_it_looked(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "--data", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "No labelled data" in result.output and "--data" in result.output


def test_train_without_data_fails_clearly(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ONGUARD_SHARED", str(tmp_path))
    result = runner.invoke(app, ["train", "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "ONGUARD_SHARED" in result.output
    assert not (tmp_path / "out").exists()


def test_eval_rejects_unknown_sets_and_bad_folds(tmp_path: Path) -> None:
    (tmp_path / "dev").mkdir()
    bad_set = runner.invoke(app, ["eval", "no-such-set", "--data", str(tmp_path)])
    assert bad_set.exit_code == 2 and "Unknown set" in bad_set.output
    bad_cv = runner.invoke(app, ["eval", "--cv", "1", "--data", str(tmp_path)])
    assert bad_cv.exit_code == 2 and "--cv" in bad_cv.output


def test_cards_only_rewrites_cards_without_data(tmp_path: Path) -> None:
    params = HashingParams(n_bits=10)
    rng = np.random.default_rng(0)
    model = LinearConversationModel(
        name="scam",
        harm="scam",
        weights=rng.normal(size=params.n_features).astype(np.float32),
        doc_freq=rng.integers(0, 5, size=params.n_features),
        n_docs=10,
        intercept=-1.0,
        threshold=0.0,
        slope=2.0,
        params=params,
        metadata={"trained_on": {"conversations": 10, "positives": 3, "sets": ["scam-sms"]}},
    )
    model.save(tmp_path)
    result = runner.invoke(app, ["train", "--cards-only", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    card = (tmp_path / "scam.md").read_text()
    assert "# Model card: `scam`" in card and "## Intended use" in card and "## Limits" in card
