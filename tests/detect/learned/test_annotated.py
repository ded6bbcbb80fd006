"""Models learned from the project's own role-annotated conversations (tests/data).

Synthetic examples here are pattern-level and non-explicit.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from onguard.detect.learned import LinearConversationModel
from onguard.detect.learned.annotated import (
    ANNOTATED_DIR,
    MIN_POSITIVES,
    PROBABILITY_THRESHOLD,
    SETS,
    default_annotated_models,
    fit_annotated,
    held_out_figures,
    leave_one_set_out,
    load_annotated_models,
)
from onguard.detect.learned.features import HashingParams
from onguard.detect.learned.training import Doc, read_conversations, sha256_file

REPO_SETS = Path(__file__).resolve().parents[2] / "data"
SMALL = HashingParams(n_bits=12)

SECRECY = ["don't tell your mum about us", "keep it our secret ok", "delete our chats after"]
SCAM = ["you won a prize, click the link", "verify your account now", "send your card number"]
EVERYDAY = ["see you at practice", "did you do the homework", "pizza tonight?", "nice goal"]


def _docs() -> list[Doc]:
    docs = []
    for i in range(3 * MIN_POSITIVES):
        docs.append(
            Doc(
                f"g{i}",
                "s1",
                [EVERYDAY[i % 4], SECRECY[i % 3]],
                ["a", "b"],
                frozenset({"grooming"}),
            )
        )
        docs.append(
            Doc(
                f"s{i}", "s2", [SCAM[i % 3], EVERYDAY[(i + 1) % 4]], ["a", "b"], frozenset({"scam"})
            )
        )
        docs.append(
            Doc(
                f"n{i}",
                "s1" if i % 2 else "s2",
                [EVERYDAY[i % 4], EVERYDAY[(i + 2) % 4]],
                ["a", "b"],
                frozenset(),
            )
        )
    docs.append(Doc("rare", "s1", ["a rare harm"], ["a"], frozenset({"csam"})))  # too few: no model
    return docs


def test_one_model_per_harm_with_enough_positives() -> None:
    models = fit_annotated(_docs(), SMALL)
    assert sorted(m.harm for m in models) == ["grooming", "scam"]
    by_harm = {m.harm: m for m in models}
    secret = by_harm["grooming"].score(["hi", "keep it our secret ok"], ["a", "b"], set())
    plain = by_harm["grooming"].score(["hi", "nice goal"], ["a", "b"], set())
    assert secret.score >= 0.5 > plain.score
    assert by_harm["scam"].score(["verify your account now"], ["a"], set()).score >= 0.5
    # the score is the probability, mapped so that the chosen probability reads 0.5
    assert by_harm["scam"].threshold == pytest.approx(
        np.log(PROBABILITY_THRESHOLD / (1 - PROBABILITY_THRESHOLD))
    )


def test_saved_models_load_back_with_the_same_scores(tmp_path: Path) -> None:
    models = fit_annotated(_docs(), SMALL)
    for m in models:
        m.save(tmp_path)
    loaded = load_annotated_models(tmp_path)
    texts, senders = ["hi", "don't tell your mum about us"], ["a", "b"]
    for a, b in zip(models, loaded, strict=True):
        assert a.score(texts, senders, set()).score == pytest.approx(
            b.score(texts, senders, set()).score
        )
    assert load_annotated_models(tmp_path / "nowhere") == []


def test_leave_one_set_out_scores_each_set_with_models_that_never_saw_it() -> None:
    docs = _docs()
    held = leave_one_set_out(docs, SMALL)
    assert set(held) == {"s1", "s2"}
    # s1 holds every grooming positive: trained on s2 alone, nothing teaches grooming
    assert "grooming" not in held["s1"]
    assert len(held["s2"]["grooming"]) == sum(d.source == "s2" for d in docs)


def test_the_held_out_sets_are_never_trained_on() -> None:
    # Every labelled set in tests/data/ trains the models, except the held-out ones.
    from onguard.detect.learned.annotated import HELD_OUT

    present = {p.parent.name for p in REPO_SETS.glob("*/conversations.jsonl")}
    assert set(HELD_OUT) <= present
    assert not set(HELD_OUT) & set(SETS)
    assert present - set(HELD_OUT) == set(SETS)


def test_shipped_models_match_the_sets_in_the_repo() -> None:
    models = default_annotated_models()
    assert models and all(isinstance(m, LinearConversationModel) for m in models)
    assert ANNOTATED_DIR.is_dir()
    for m in models:
        hashes = m.metadata["data_sha256"]
        assert set(hashes) == set(SETS)
        for name, digest in hashes.items():
            assert sha256_file(REPO_SETS / name / "conversations.jsonl") == digest, (
                f"{name} changed: run `onguard train-annotated`"
            )
    labelled = {
        h
        for s in SETS
        for d in read_conversations(REPO_SETS / s / "conversations.jsonl", s)
        for h in d.labels
    }
    assert {m.harm for m in models} == labelled


def test_a_writer_never_seen_is_still_read_well() -> None:
    """blind4's writer is held out: models trained on the other sets only (one fold: the
    others' folds would train a model set each and be thrown away)."""
    docs = [d for s in SETS for d in read_conversations(REPO_SETS / s / "conversations.jsonl", s)]
    held = leave_one_set_out(docs, only=["blind4"])
    assert set(held) == {"blind4"}
    row = held_out_figures(docs, held, PROBABILITY_THRESHOLD)["blind4"]
    assert row["f1"] >= 0.75, row
    assert row["false_alarm_rate"] <= 0.1


def test_cards_state_the_held_out_figures() -> None:
    card = (ANNOTATED_DIR / "annotated_grooming.md").read_text()
    sidecar = json.loads((ANNOTATED_DIR / "annotated_grooming.json").read_text())
    assert "held-out set" in card and "| blind4 |" in card
    assert sidecar["leave_one_set_out"]["blind4"]["f1"] >= 0.75
