"""`Scanner.analyse_many` scores conversations with the models in batches; the results must be
those of `analyse`, one conversation at a time."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from model_stubs import StubScore

from onguard.conversation import Scanner
from onguard.spec import Conversation

HANDWRITTEN = Path(__file__).resolve().parents[1] / "data" / "handwritten" / "conversations.jsonl"


@dataclass
class _LengthModel:
    """A stand-in model whose score depends on the conversation (its last message's length)."""

    harm: str
    signal: str

    def score(self, texts, senders, child_ids):
        prefix = [min(len(t) / 80.0, 1.0) for t in texts]
        return StubScore(prefix[-1], prefix, [(len(texts) - 1, 0, 1, "length")])


def _conversations() -> list[Conversation]:
    lines = HANDWRITTEN.read_text(encoding="utf-8").splitlines()
    convs = [Conversation.model_validate_json(line) for line in lines if line.strip()]
    convs.append(Conversation.model_validate({"id": "empty", "messages": []}))
    return convs


def test_batched_model_scoring_gives_the_same_results_as_one_at_a_time() -> None:
    models = [_LengthModel("scam", "model_scam"), _LengthModel("cyberbullying", "model_cb")]
    batches: list[int] = []

    def batch_scorer(models, conversations):
        batches.append(len(conversations))
        return [[m.score(t, s, c) for m in models] for t, s, c in conversations]

    convs = _conversations()
    one_by_one = Scanner(models=models)
    batched = Scanner(models=models, batch_scorer=batch_scorer)
    expected = [one_by_one.scan(c) for c in convs]
    got = [a.to_result() for a in batched.analyse_many(convs, batch_size=50)]
    assert got == expected
    assert any(r.harms for r in got)
    assert batches and max(batches) <= 50 and len(batches) >= len(convs) // 50


def test_a_failing_batch_scorer_falls_back_to_one_at_a_time() -> None:
    models = [_LengthModel("scam", "model_scam")]

    def broken(models, conversations):
        raise RuntimeError("boom")

    convs = _conversations()[:20]
    expected = [Scanner(models=models).scan(c) for c in convs]
    got = list(Scanner(models=models, batch_scorer=broken).scan_many(convs))
    assert got == expected


def test_quiet_conversations_skip_the_state_and_give_the_same_results(monkeypatch) -> None:
    # With the shipped models: a conversation no rule matched and no model scored near the
    # threshold is finished without building a rule state. Its result must be what the full
    # path gives, and the shortcut must be taken (it is most conversations in practice).
    scanner = Scanner()
    if not scanner.models:
        import pytest

        pytest.skip("no learned models shipped")
    convs = _conversations()
    convs += [
        Conversation.model_validate({"id": f"q{i}", "messages": [{"sender": "a", "text": text}]})
        for i, text in enumerate(
            ["see you at practice", "what time is the match", "lol ok", "thanks, see you"]
        )
    ]
    shortcut = list(scanner.analyse_many(convs, batch_size=64))
    monkeypatch.setattr(Scanner, "_quiet_bound", lambda self: 0.0)
    full = list(scanner.analyse_many(convs, batch_size=64))
    assert [a.to_result() for a in shortcut] == [a.to_result() for a in full]
    assert [a.to_result() for a in shortcut] == [scanner.scan(c) for c in convs]
    skipped = [b for a, b in zip(shortcut, full, strict=True) if not a.harms and b.harms]
    assert skipped, "the quiet shortcut was never taken"
    # What it left out: model scores below the watch level, reported nowhere.
    watch = scanner.config.risk.watch
    assert all(not h.reported and h.score < watch for b in skipped for h in b.harms.values())
