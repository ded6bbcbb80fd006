"""Learned models: featuriser, scoring contract, persistence, training on synthetic data.

All examples are written here, pattern-level and non-explicit; no real data is used.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from onguard.detect.learned import (
    ARTEFACTS_DIR,
    ConversationModel,
    LinearConversationModel,
    ModelScore,
    load_default_models,
    load_models,
    score_conversations,
)
from onguard.detect.learned.annotated import ANNOTATED_DIR
from onguard.detect.learned.features import HashingParams, NgramHasher, normalise
from onguard.detect.learned.model import SHAPES, conversation_shape, shape_codes
from onguard.detect.learned.specialists import SPECIALISTS_DIR
from onguard.detect.learned.training import (
    UNSEEN_SHAPE_MARGIN,
    Doc,
    HarmSpec,
    _fit_linear,
    _shape_thresholds,
    design_matrix,
    fit_harm_model,
    sample_weights,
)

SMALL = HashingParams(n_bits=14)
RISKY = [
    "how old are you",
    "don't tell your mum",
    "keep it our secret",
    "delete it after",
    "send me a pic",
    "are your parents home",
    "add me on the other app",
]
PLAIN = [
    "did you finish the homework",
    "football practice tonight",
    "the bus was late",
    "pizza for dinner",
    "what level are you on",
    "see you at school",
    "nice goal",
]


def synthetic_docs(n: int = 160, seed: int = 0) -> list[Doc]:
    rng = np.random.default_rng(seed)
    docs = []
    for i in range(n):
        positive = i % 2 == 1
        k = int(rng.integers(1, 6))
        texts = []
        for _ in range(k):
            pool = RISKY + PLAIN if positive else PLAIN
            texts.append(str(rng.choice(pool)))
        if positive:
            texts[int(rng.integers(0, k))] = str(rng.choice(RISKY))
        senders = ["adult" if j % 2 == 0 else "kid" for j in range(k)]
        docs.append(
            Doc(
                f"s{i}", "synthetic", texts, senders, frozenset({"grooming"} if positive else set())
            )
        )
    return docs


@pytest.fixture(scope="module")
def trained() -> LinearConversationModel:
    docs = synthetic_docs()
    # like the shipped grooming model: one threshold for every conversation shape
    spec = HarmSpec("grooming", ("synthetic",), "non_child", per_shape=False)
    return fit_harm_model(spec, docs, design_matrix(docs, SMALL), SMALL)


def test_shape_of_each_prefix() -> None:
    assert conversation_shape(["hi"]) == "short"
    assert conversation_shape(["x" * 301]) == "long"
    assert conversation_shape(["hi", "hello"]) == "pair"
    assert conversation_shape(["hi", "hello", "bye"]) == "chat"
    codes = shape_codes(np.arange(4), np.full(4, 5))
    assert [SHAPES[c] for c in codes] == ["short", "pair", "chat", "chat"]


def test_shape_without_positives_gets_a_conservative_threshold() -> None:
    # Positives are all single messages; 2-message conversations are all negatives, and one
    # of them scores high: its shape must get a threshold above every score it had.
    rng = np.random.default_rng(0)
    z = np.r_[rng.normal(2, 1, 50), rng.normal(-2, 1, 50), rng.normal(-2, 1, 40), 3.0]
    y = np.r_[np.ones(50), np.zeros(91)].astype(np.int64)
    shape = np.r_[np.zeros(100), np.full(41, 2)].astype(np.int64)
    group = np.zeros(z.size, dtype=np.int64)
    t = _shape_thresholds(z, y, group, np.zeros(z.size), shape, 0.0)
    assert -2 < t["short"] < 2
    assert t["pair"] >= 3.0 + UNSEEN_SHAPE_MARGIN
    assert t["chat"] == t["long"] == max(0.0, 0.0) + UNSEEN_SHAPE_MARGIN


def test_per_shape_model_thresholds_apply_by_shape(trained: LinearConversationModel) -> None:
    texts = ["how old are you? keep it our secret", "don't tell your mum", "ok"]
    senders = ["a", "a", "a"]
    base = trained.score(texts, senders, set()).prefix_scores
    strict = LinearConversationModel.from_parts(trained, shape_thresholds={"chat": 1e6})
    got = strict.score(texts, senders, set()).prefix_scores
    assert got[:2] == pytest.approx(base[:2]) and got[2] < 1e-9 < base[2]
    batch = score_conversations([strict], [(texts, senders, set())] * 2)
    assert batch[0][0].prefix_scores == pytest.approx(got)
    with pytest.raises(ValueError, match="shapes"):
        LinearConversationModel.from_parts(trained, shape_thresholds={"triangle": 0.0})


def test_normalise_keeps_length_and_maps_digits() -> None:
    for text in ["Call ME at 0712", "İstanbul", "tab\there\nnew", "ÅÄÖ ß", ""]:
        assert len(normalise(text)) == len(text)
    assert normalise("Call 07") == "call 00"


def test_hits_spans_point_into_original_text() -> None:
    texts = ["Hello World, how are YOU?", "", "İstanbul 123 don't"]
    hits = NgramHasher(SMALL).hits(texts)
    assert hits.feature.min() >= 0 and hits.feature.max() < SMALL.n_features
    assert set(hits.message.tolist()) == {0, 2}  # the empty message has no n-grams
    for m, a, b in zip(hits.message, hits.start, hits.end, strict=True):
        assert 0 <= a < b <= len(texts[m])
    # word unigram "you" is found at its original position, whatever the case
    spans = {texts[m][a:b] for m, a, b in zip(hits.message, hits.start, hits.end, strict=True)}
    assert "YOU" in spans and "don" in spans and "how are" in spans


def test_hashing_is_stateless_and_batch_independent() -> None:
    h = NgramHasher(SMALL)
    alone = h.hits(["keep it our secret"])
    batch = h.hits(["nice goal", "keep it our secret"])
    in_batch = np.sort(batch.feature[batch.message == 1])
    assert np.array_equal(np.sort(alone.feature), in_batch)
    assert np.array_equal(NgramHasher(SMALL).hits(["x y z"]).feature, h.hits(["x y z"]).feature)


# Scoring reads each n-gram's weight times idf rounded to float32 (the stored weights'
# precision; the C path's table holds float32): a margin's relative error is then ~1e-7.
FLOAT32 = 1e-6


def test_prefix_score_matches_sklearn_tfidf_pipeline() -> None:
    docs = synthetic_docs(60, seed=1)
    spec = HarmSpec("grooming", ("synthetic",), "all")
    x = design_matrix(docs, SMALL)
    y = np.array([int("grooming" in d.labels) for d in docs])
    fitted = _fit_linear(x, y, sample_weights(docs, spec, y), 8.0, SMALL.block_size)
    model = fitted.model(name="t", harm="grooming", threshold=0.0, slope=1.0, params=SMALL)
    hasher = NgramHasher(SMALL)
    expected = fitted.decision(x)
    for i, d in enumerate(docs[:15]):
        z, _ = model.raw_prefix(hasher.hits(d.texts))
        assert z[-1] == pytest.approx(expected[i], abs=FLOAT32)
        # every prefix equals the pipeline run on the truncated conversation
        k = len(d.texts) - 1
        if k:
            cut = Doc("c", "synthetic", d.texts[:k], d.senders[:k], d.labels)
            assert z[k - 1] == pytest.approx(
                fitted.decision(design_matrix([cut], SMALL))[0], abs=FLOAT32
            )


def test_min_df_drops_rare_ngrams_in_training_and_in_scoring(tmp_path: Path) -> None:
    docs = synthetic_docs(60, seed=3)
    # one conversation with n-grams no other has: dropped at min_df 2
    docs.append(Doc("odd", "synthetic", ["zqxv wjyk"], ["a"], frozenset()))
    spec = HarmSpec("grooming", ("synthetic",), "all", min_df=2)
    x = design_matrix(docs, SMALL)
    y = np.array([int("grooming" in d.labels) for d in docs])
    fitted = _fit_linear(x, y, sample_weights(docs, spec, y), 8.0, SMALL.block_size, 2)
    model = fitted.model(
        name="t", harm="grooming", threshold=0.0, slope=1.0, params=SMALL, min_df=2
    )
    hasher = NgramHasher(SMALL)
    rare = hasher.hits(["zqxv wjyk"]).feature
    assert (model.idf[rare] == 0.0).all() and (fitted.coef[rare] == 0.0).all()
    # a rare n-gram beside a risky phrase neither scores nor dilutes it
    texts = ["how old are you zqxv wjyk", "keep it our secret"]
    z, _ = model.raw_prefix(hasher.hits(texts))
    both = design_matrix([Doc("c", "synthetic", texts, ["a", "a"], frozenset())], SMALL)
    assert z[-1] == pytest.approx(fitted.decision(both)[0], abs=FLOAT32)
    plain, _ = model.raw_prefix(hasher.hits(["how old are you", "keep it our secret"]))
    assert z[-1] == pytest.approx(plain[-1], abs=1e-9)
    model.save(tmp_path)
    again = LinearConversationModel.load(tmp_path / "t.json")
    assert again.min_df == 2 and np.array_equal(again.idf, model.idf)
    assert again.score(texts, ["a", "a"], set()) == model.score(texts, ["a", "a"], set())
    with pytest.raises(ValueError, match="min_df"):
        LinearConversationModel.from_parts(model, min_df=0)


def test_trained_model_separates_and_follows_the_contract(trained: LinearConversationModel) -> None:
    assert isinstance(trained, ConversationModel)
    assert trained.harm == "grooming" and trained.signal == "model_grooming"
    texts = ["hi", "hi, how are you", "how old are you? keep it our secret, don't tell your mum"]
    senders = ["adult", "kid", "adult"]
    result = trained.score(texts, senders, {"kid"})
    assert isinstance(result, ModelScore)
    assert 0.0 <= result.score <= 1.0 and len(result.prefix_scores) == 3
    assert result.score == result.prefix_scores[-1]
    assert result.score >= 0.5
    assert result.evidence, "a reported conversation carries evidence"
    for m, a, b, reason in result.evidence:
        assert senders[m] != "kid"  # a non_child model never blames the child's messages
        assert 0 <= a < b <= len(texts[m]) and texts[m][a:b].strip() == texts[m][a:b]
        assert reason.startswith("model_grooming")
    plain = trained.score(["see you at school", "nice goal"], ["adult", "kid"], {"kid"})
    assert plain.score < 0.5 and plain.evidence == []


def test_child_messages_are_not_read_by_non_child_model(trained: LinearConversationModel) -> None:
    texts = ["nice goal", "keep it our secret, don't tell your mum, how old are you"]
    senders = ["adult", "kid"]
    as_child = trained.score(texts, senders, {"kid"})
    as_adult = trained.score(texts, senders, set())
    assert as_child.score < as_adult.score
    assert as_child.prefix_scores[1] == as_child.prefix_scores[0]


def test_empty_and_blank_conversations(trained: LinearConversationModel) -> None:
    assert trained.score([], [], set()) == ModelScore(0.0, [])
    blank = trained.score(["", ""], ["a", "b"], set())
    assert blank.score == 0.0 and blank.prefix_scores == [0.0, 0.0]
    with pytest.raises(ValueError):
        trained.score(["a"], [], set())


def test_batch_scoring_equals_one_at_a_time(trained: LinearConversationModel) -> None:
    convs = [
        (d.texts, d.senders, {"kid"} if i % 3 else set())
        for i, d in enumerate(synthetic_docs(30, seed=2))
    ]
    convs.insert(5, ([], [], set()))
    batch = score_conversations([trained], convs)
    for (texts, senders, kids), (got,) in zip(convs, batch, strict=True):
        alone = trained.score(texts, senders, kids)
        assert got.score == pytest.approx(alone.score, abs=1e-9)
        assert got.prefix_scores == pytest.approx(alone.prefix_scores, abs=1e-9)
        assert got.evidence == alone.evidence


def test_save_load_round_trip(trained: LinearConversationModel, tmp_path: Path) -> None:
    npz, sidecar = trained.save(tmp_path)
    with np.load(npz, allow_pickle=False) as arrays:  # plain numeric arrays only
        assert all(arrays[k].dtype.kind in "iuf" for k in arrays.files)
    loaded = load_models(tmp_path)
    assert len(loaded) == 1
    again = loaded[0]
    assert again.harm == trained.harm and again.reads == trained.reads
    assert np.array_equal(again.weights, trained.weights)
    texts = ["how old are you", "the bus was late"]
    a = trained.score(texts, ["x", "y"], set())
    b = again.score(texts, ["x", "y"], set())
    assert a == b
    meta = json.loads(sidecar.read_text())
    meta["format_version"] = 99
    sidecar.write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="format_version"):
        LinearConversationModel.load(sidecar)


def test_shipped_artefacts_load_and_hold_no_text() -> None:
    models = load_default_models()
    if not any(ARTEFACTS_DIR.glob("*.npz")):
        assert models == []
        pytest.skip("no artefacts shipped (run `onguard train`)")
    assert {m.harm for m in models} >= {"grooming", "cyberbullying", "scam", "self_harm"}
    allowed_keys = {
        "format_version",
        "name",
        "harm",
        "signal",
        "reads",
        "hashing",
        "n_docs",
        "intercept",
        "threshold",
        "shape_thresholds",
        "slope",
        "trained_on",
        "hyperparameters",
        "inner_cv",
        "data_sha256",
        "fit_on_dev",
        "leave_one_set_out",  # the annotated models' held-out figures
        "used_when",
        "text",  # "normalised": the form of the messages the model reads
        "min_df",  # n-grams in fewer training conversations were dropped
        "explains",  # false: a router, whose score gives no evidence
        "role",  # a source route's "router" or "specialist", or a "shape specialist"
        "shape",  # the one conversation shape a shape specialist reports on
        "source",
        "conversations",
        "positives",
    }
    stacker_keys = {"format_version", "harms", "features", "stacks", "trained_on"}
    stacker_keys |= {"hyperparameters", "inner_cv", "data_sha256"}
    sidecars = [*ARTEFACTS_DIR.glob("*.json"), *ANNOTATED_DIR.glob("*.json")]
    sidecars += [p for p in SPECIALISTS_DIR.glob("*.json") if p.name != "routes.json"]
    for sidecar in sidecars:
        meta = json.loads(sidecar.read_text())
        if sidecar.name == "stacker.json":  # weights per harm, no n-grams (test_stacker.py)
            assert set(meta) <= stacker_keys, f"{sidecar.name}: unexpected keys"
            _assert_only_short_identifiers(meta)
            continue
        assert set(meta) <= allowed_keys, f"{sidecar.name}: unexpected keys"
        _assert_only_short_identifiers(meta)
        with np.load(sidecar.with_suffix(".npz"), allow_pickle=False) as arrays:
            assert sorted(arrays.files) == ["doc_freq", "index", "value"]
            assert all(arrays[k].dtype.kind in "iuf" for k in arrays.files)
    for path in [*ARTEFACTS_DIR.iterdir(), *ANNOTATED_DIR.iterdir(), *SPECIALISTS_DIR.iterdir()]:
        if path in (ANNOTATED_DIR, SPECIALISTS_DIR):
            continue
        assert path.suffix in {".npz", ".json", ".md"}, f"unexpected artefact {path.name}"


def _assert_only_short_identifiers(value: object) -> None:
    """JSON sidecars: numbers, and strings that are ids, file names, hashes or settings."""
    if isinstance(value, dict):
        for k, v in value.items():
            assert len(k) <= 64
            _assert_only_short_identifiers(v)
    elif isinstance(value, list):
        for v in value:
            _assert_only_short_identifiers(v)
    elif isinstance(value, str):
        assert len(value) <= 80 and "\n" not in value


def test_hashing_sees_normalised_text() -> None:
    h = NgramHasher(SMALL)
    raw = h.hits(["Call ME on 0712\tnow", "İstanbul 9"])
    folded = h.hits([normalise("Call ME on 0712\tnow"), normalise("İstanbul 9")])
    assert np.array_equal(raw.feature, folded.feature)
    assert np.array_equal(raw.start, folded.start)
