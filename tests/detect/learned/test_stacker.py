"""The stacker: per-harm classifiers over all models' scores, the rules' scores and shape."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from onguard.conversation.scoring import fuse, fuse_all
from onguard.detect.learned.model import SHAPES, conversation_shape
from onguard.detect.learned.stacker import (
    HarmStack,
    Stacker,
    feature_names,
    features,
    fit_stacker,
    load_stacker,
    shape_code,
)

HARMS = ["scam", "self_harm"]
SET_HARM = {"sms": "scam", "tweets": "self_harm"}


def _synthetic(n: int = 400, seed: int = 0):
    """Two single-message sets that both models confuse: an SMS looks a little
    self-harm-like and a tweet a little scam-like, but the other model says which."""
    rng = np.random.default_rng(seed)
    sources = np.array(["sms"] * n + ["tweets"] * n)
    y_own = rng.random(2 * n) < 0.3
    scam = np.where(sources == "sms", np.where(y_own, 3.0, -2.0), 0.5) + rng.normal(0, 0.5, 2 * n)
    harm = np.where(sources == "tweets", np.where(y_own, 3.0, -2.0), 0.5) + rng.normal(
        0, 0.5, 2 * n
    )
    # the non-own model fires on the other set's clean rows, more than on its own
    logits = np.column_stack([scam, harm])
    labels = [
        frozenset({SET_HARM[s]}) if pos else frozenset()
        for s, pos in zip(sources, y_own, strict=True)
    ]
    rules = np.zeros((2 * n, 2))
    shape = np.zeros(2 * n, dtype=np.int64)
    return logits, rules, shape, labels, list(sources)


def test_shape_code_matches_the_models_shapes() -> None:
    for texts in (["hi"], ["x" * 400], ["a", "b"], ["a", "b", "c"], ["x" * 400, "b", "c"]):
        assert SHAPES[shape_code(len(texts), len(texts[0]))] == conversation_shape(texts)
    assert SHAPES[shape_code(1, None)] == "short"


def test_features_have_one_column_per_name() -> None:
    x = features(np.array([[1.0, -20.0]]), np.array([[0.2, 0.0]]), np.array([2]))
    names = feature_names(HARMS)
    assert x.shape == (1, len(names))
    row = dict(zip(names, x[0], strict=True))
    assert row["model_scam@pair"] == 1.0 and row["model_scam@short"] == 0.0
    assert row["model_self_harm@pair"] == -8.0  # clipped
    assert row["rule_scam"] == 0.2 and row["shape_pair"] == 1.0


def test_fit_stacker_separates_what_each_model_alone_confuses() -> None:
    logits, rules, shape, labels, sources = _synthetic()
    stacker = fit_stacker(HARMS, logits, rules, shape, labels, sources, SET_HARM)
    x = features(logits, rules, shape)
    scores = stacker.score_matrix(x, shape)
    for harm, own in (("scam", "sms"), ("self_harm", "tweets")):
        y = np.array([harm in lab for lab in labels])
        pred = scores[harm] >= 0.5
        other = np.array([s != own for s in sources])
        assert (pred & y).sum() / y.sum() > 0.95
        assert (pred & other).sum() <= 2  # the other set's rows are not reported
    # the model's own logit alone at 0 would report every other-set row (logit 0.5)
    assert ((logits[:, 0] >= 0) & (np.array(sources) == "tweets")).sum() > 300
    assert stacker.metadata["inner_cv"]["scam"]["positives"] > 0


def test_save_load_round_trip_and_single_scores(tmp_path: Path) -> None:
    logits, rules, shape, labels, sources = _synthetic(200, seed=1)
    stacker = fit_stacker(HARMS, logits, rules, shape, labels, sources, SET_HARM)
    path = stacker.save(tmp_path)
    loaded = load_stacker(tmp_path)
    assert loaded is not None and path.exists()
    meta = json.loads(path.read_text())
    assert meta["features"] == feature_names(HARMS)
    for i in (0, 5, 250):
        model_scores = {h: 1 / (1 + np.exp(-logits[i, j])) for j, h in enumerate(HARMS)}
        got = loaded.score(model_scores, {}, 1, 20)
        want = stacker.score_matrix(
            features(logits[i : i + 1], rules[i : i + 1], shape[:1]), shape[:1]
        )
        for h in HARMS:
            assert got[h] == pytest.approx(float(want[h][0]), abs=1e-4)


def test_missing_model_or_bad_file_is_refused(tmp_path: Path) -> None:
    stack = HarmStack(np.zeros(len(feature_names(HARMS))), 0.0, 0.0, 1.0)
    stacker = Stacker(HARMS, {"scam": stack})
    assert stacker.score({"scam": 0.9}, {}, 1) == {}  # self_harm's score is missing
    with pytest.raises(ValueError, match="weights"):
        Stacker(HARMS, {"scam": HarmStack(np.zeros(3), 0.0, 0.0, 1.0)})
    path = stacker.save(tmp_path)
    meta = json.loads(path.read_text())
    meta["features"] = meta["features"][:-1]
    path.write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="features"):
        load_stacker(tmp_path)
    assert load_stacker(tmp_path / "none") is None


def test_fuse_all_without_stacker_is_max_and_with_one_replaces_modelled_harms() -> None:
    rules = {"scam": 0.3, "sexting": 0.8}
    models = {"scam": 0.7, "self_harm": 0.6}
    plain = fuse_all(rules, models, 1, 20)
    assert plain == {h: fuse(rules.get(h, 0.0), models.get(h)) for h in plain}
    assert set(plain) == {"scam", "sexting", "self_harm"}
    # a stacker that reports self_harm only when the scam model is quiet
    names = feature_names(HARMS)
    w_self = np.zeros(len(names))
    w_self[names.index("model_scam@short")] = -2.0
    w_self[names.index("model_self_harm@short")] = 1.0
    w_scam = np.zeros(len(names))
    w_scam[names.index("model_scam@short")] = 1.0
    stacker = Stacker(
        HARMS,
        {"scam": HarmStack(w_scam, 0.0, 0.0, 1.0), "self_harm": HarmStack(w_self, 0.0, 0.0, 1.0)},
    )
    fused = fuse_all(rules, models, 1, 20, stacker)
    assert fused["sexting"] == 0.8  # no model: the rule score stands
    assert fused["scam"] >= 0.5 > fused["self_harm"]


class _FixedModel:
    """A stand-in learned model with a fixed score (the scanner's ConversationModel)."""

    def __init__(self, harm: str, score: float) -> None:
        self.harm, self.signal, self._score = harm, f"model_{harm}", score

    def score(self, texts, senders, child_ids):
        from onguard.detect.learned.model import ModelScore

        return ModelScore(self._score, [self._score] * len(texts), [])


def test_scanner_uses_the_stacker_for_modelled_harms_only() -> None:
    from onguard.conversation import Scanner

    names = feature_names(HARMS)
    # self_harm is reported only when the scam model is quiet ("scam-like" means an SMS)
    w_self = np.zeros(len(names))
    w_self[names.index("model_scam@short")] = -2.0
    w_self[names.index("model_self_harm@short")] = 1.0
    stacker = Stacker(HARMS, {"self_harm": HarmStack(w_self, 0.0, 0.0, 1.0)})
    conversation = {
        "id": "c1",
        "messages": [{"sender": "a", "text": "see you at the football match tonight"}],
    }
    models = [_FixedModel("scam", 0.9), _FixedModel("self_harm", 0.8)]
    plain = Scanner(models=models).scan(conversation)
    assert {h.harm for h in plain.harms} == {"scam", "self_harm"}
    stacked = Scanner(models=models, stacker=stacker).scan(conversation)
    assert {h.harm for h in stacked.harms} == {"scam"}  # scam: no stack, max fusion
    quiet_scam = [_FixedModel("scam", 0.1), _FixedModel("self_harm", 0.8)]
    assert {
        h.harm for h in Scanner(models=quiet_scam, stacker=stacker).scan(conversation).harms
    } == {"self_harm"}
    # the streaming tracker fuses the same way
    tracker = Scanner(models=models, stacker=stacker).tracker("c1")
    tracker.update(conversation["messages"][0])
    assert {h.harm for h in tracker.result().harms} == {"scam"}


def test_stacker_columns_follow_the_specs_not_the_model_order() -> None:
    """Models loaded from a folder come sorted by name; the score columns follow the specs."""
    from types import SimpleNamespace

    from onguard.detect.learned.evaluation import fit_stacker_on
    from onguard.detect.learned.training import HarmSpec, TrainingData

    logits, rules, _, labels, sources = _synthetic(150, seed=2)
    docs = [
        SimpleNamespace(texts=["a message"], labels=lab, source=src, id=str(i))
        for i, (lab, src) in enumerate(zip(labels, sources, strict=True))
    ]
    data = TrainingData(docs, None, {})  # type: ignore[arg-type]
    specs = [HarmSpec("self_harm", ("tweets",), "all"), HarmSpec("scam", ("sms",), "all")]
    columns = logits[:, ::-1]  # self_harm first, as the specs say
    rows = np.arange(len(docs))
    models = [SimpleNamespace(harm="scam"), SimpleNamespace(harm="self_harm")]  # by name
    from unittest import mock

    with mock.patch("onguard.detect.learned.evaluation.SET_HARM", SET_HARM):
        stacker = fit_stacker_on(data, rows, columns, rules[:, ::-1], models, specs)
    assert stacker.harms == ["self_harm", "scam"]
    x = features(columns, rules[:, ::-1], np.zeros(len(docs), dtype=np.int64))
    pred = stacker.score_matrix(x, np.zeros(len(docs), dtype=np.int64))["scam"] >= 0.5
    y = np.array(["scam" in lab for lab in labels])
    assert (pred & y).sum() / y.sum() > 0.95 and (pred & ~y).sum() <= 3
    with pytest.raises(ValueError, match="specs"):
        fit_stacker_on(data, rows, columns, rules, models[:1], specs)


def test_the_stacker_only_vetoes_model_reports_and_rules_stand() -> None:
    names = feature_names(HARMS)
    eager = Stacker(HARMS, {h: HarmStack(np.zeros(len(names)), 10.0, 0.0, 1.0) for h in HARMS})
    # a stacker that would report everything cannot report what neither part did
    fused = fuse_all({"scam": 0.2}, {"scam": 0.3, "self_harm": 0.1}, 1, 20, eager)
    assert fused["scam"] < 0.5 and fused["self_harm"] < 0.5
    shy = Stacker(HARMS, {h: HarmStack(np.zeros(len(names)), -10.0, 0.0, 1.0) for h in HARMS})
    # a stacker that reports nothing silences the model, not a rule sure enough to report
    fused = fuse_all({"scam": 0.8}, {"scam": 0.9, "self_harm": 0.9}, 1, 20, shy)
    assert fused["scam"] == 0.8 and fused["self_harm"] < 0.5


def test_shipped_stacker_matches_the_shipped_models() -> None:
    from onguard.detect.learned import ARTEFACTS_DIR, load_models

    stacker = load_stacker(ARTEFACTS_DIR)
    if stacker is None:
        pytest.skip("no stacker shipped")
    models = load_models(ARTEFACTS_DIR)
    # one input per harm (a harm may have more than one model: the highest score stands)
    assert sorted(stacker.harms) == sorted({m.harm for m in models})
    assert "grooming" not in stacker.stacks  # not stacked (see training.HARM_SPECS)
    model_hashes = {k: v for m in models for k, v in m.metadata["data_sha256"].items()}
    assert stacker.metadata["data_sha256"].items() <= model_hashes.items()
