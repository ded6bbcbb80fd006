"""Models that read normalised text: scores of folded spellings, evidence in the original.
Synthetic examples here are pattern-level and non-explicit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from onguard.detect.learned import LinearConversationModel, load_models, score_batch
from onguard.detect.learned.features import HashingParams
from onguard.detect.learned.textform import evidence_to_original, normalise_messages
from onguard.detect.learned.training import Doc
from onguard.text import normalize

SMALL = HashingParams(n_bits=12)
SECRET = ["dont tell your mum about us", "keep it our secret", "delete our chats after"]
EVERYDAY = ["see you at practice", "did you do the homework", "pizza tonight", "nice goal"]


def _fit(text: str) -> LinearConversationModel:
    from onguard.detect.learned.annotated import fit_annotated

    docs = []
    for i in range(30):
        docs.append(Doc(f"p{i}", "s", [EVERYDAY[i % 4], SECRET[i % 3]], ["a", "b"], {"grooming"}))
        docs.append(Doc(f"n{i}", "s", [EVERYDAY[i % 4], EVERYDAY[(i + 1) % 4]], ["a", "b"], set()))
    docs = [Doc(d.id, d.source, d.texts, d.senders, frozenset(d.labels)) for d in docs]
    (model,) = fit_annotated(docs, SMALL)
    return LinearConversationModel.from_parts(model, text=text) if text != model.text else model


def test_the_annotated_models_read_normalised_text() -> None:
    assert _fit("normalised").text == "normalised"


def test_an_evaded_spelling_reads_like_the_plain_one() -> None:
    model = _fit("normalised")
    plain = model.score(["hi", "keep it our secret"], ["a", "b"], set())
    evaded = model.score(["hi", "k33p it 0ur s3cr3t"], ["a", "b"], set())
    assert evaded.score == pytest.approx(plain.score)
    assert evaded.score >= 0.5


def test_evidence_indexes_the_original_message() -> None:
    model = _fit("normalised")
    texts = ["hi", "ok k33p it 0ur s3cr3t ok"]
    result = model.score(texts, ["a", "b"], set())
    assert result.evidence
    for message, start, end, _ in result.evidence:
        assert 0 <= start < end <= len(texts[message])
    # the spans land on the words as written ("s3cr3t"), not on the folded text's offsets
    words = [texts[m][s:e] for m, s, e, _ in result.evidence]
    assert any(set(w) & set("03") for w in words), words


def test_a_mixed_batch_scores_each_model_on_its_own_text() -> None:
    folded, raw = _fit("normalised"), _fit("original")
    convs = [
        (["hi", "k33p it 0ur s3cr3t"], ["a", "b"], set()),
        (["nice goal", "pizza tonight"], ["a", "b"], set()),
        ([], [], set()),
    ]
    both = score_batch([raw, folded], convs)
    alone = [score_batch([raw], convs), score_batch([folded], convs)]
    np.testing.assert_allclose(both.final[:, 0], alone[0].final[:, 0])
    np.testing.assert_allclose(both.final[:, 1], alone[1].final[:, 0])
    np.testing.assert_allclose(both.prefix[:, 1], alone[1].prefix[:, 0])
    assert both.evidence.get((0, 1)) == alone[1].evidence.get((0, 0))
    # the batch and the one-conversation path agree
    single = folded.score(*convs[0])
    assert both.final[0, 1] == pytest.approx(single.score)
    assert both[0][1].evidence == single.evidence
    # the folded model reads the leetspeak; the raw one does not
    assert both.final[0, 1] > both.final[0, 0]


def test_the_text_form_is_saved_with_the_model(tmp_path: Path) -> None:
    model = _fit("normalised")
    model.save(tmp_path)
    (loaded,) = load_models(tmp_path)
    assert loaded.text == "normalised"
    assert "text" not in loaded.metadata
    with pytest.raises(ValueError, match="text form"):
        LinearConversationModel.from_parts(model, text="stemmed")


def test_evidence_maps_through_each_message_on_its_own() -> None:
    texts = ["h0w 0ld r u", "plain words"]
    norms = normalise_messages(texts)
    assert [n.text for n in norms] == [normalize(t).text for t in texts]
    start = norms[0].text.index("old")
    mapped = evidence_to_original([(0, start, start + 3, "x"), (1, 0, 5, "y")], norms)
    assert [(m, texts[m][s:e]) for m, s, e, _ in mapped] == [(0, "0ld"), (1, "plain")]
