"""The route-level evaluation tallies expected and forbidden routes by gold label."""

from __future__ import annotations

from assess_fakes import TODAY, FakeScanner

from onguard.assess import Assessor
from onguard.assess.evaluate import evaluate
from onguard.spec import Conversation


def _conv(cid: str, labels: list[str]) -> Conversation:
    return Conversation.model_validate(
        {"id": cid, "messages": [{"sender": "a", "text": "hi"}], "labels": labels}
    )


class _ByLabel(FakeScanner):
    """Reports each conversation's own gold label (a perfect scanner)."""

    def scan(self, conv: Conversation):  # type: ignore[no-untyped-def]
        return self._result(conv.id, {h: [] for h in conv.labels or []})


def test_perfect_scanner_gets_expected_routes() -> None:
    convs = [
        _conv("g", ["grooming"]),
        _conv("s", ["scam"]),
        _conv("b", ["cyberbullying"]),
        _conv("h", ["self_harm"]),
        _conv("n", []),
    ]
    tallies = evaluate(convs, Assessor(scanner=_ByLabel(), today=TODAY))
    for label in ("grooming", "scam", "cyberbullying", "self_harm"):
        t = tallies[label]
        assert (t.n, t.found, t.expected, t.expected_when_found, t.forbidden) == (1, 1, 1, 1, 0)
    assert tallies["none"].any_route == 0 and tallies["none"].levels["none"] == 1


def test_wrong_harm_counts_as_forbidden() -> None:
    scanner = FakeScanner(conversation={"grooming": []})  # reports grooming for everything
    tallies = evaluate([_conv("s", ["scam"])], Assessor(scanner=scanner, today=TODAY))
    assert (tallies["scam"].expected, tallies["scam"].forbidden) == (0, 1)


def test_main_prints_a_table_of_counts(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    import onguard.assess.evaluate as ev

    data = tmp_path / "d.jsonl"
    rows = [
        {"id": "a", "messages": [{"sender": "x", "text": "hi"}], "labels": ["scam"]},
        {"id": "b", "messages": [{"sender": "x", "text": "hi"}], "labels": []},
    ]
    data.write_text("".join(json.dumps(r) + "\n" for r in rows) + "oops\n", encoding="utf-8")
    monkeypatch.setattr(ev, "_scanner", lambda: _ByLabel())
    assert ev.main([str(data), "--limit", "5"]) == 0
    out = capsys.readouterr()
    assert "| d.jsonl | scam | 1 | 100.0% | 100.0% | 100.0% | 0.0% |" in out.out
    assert "| d.jsonl | none | 1 | - | - | - | - | 0.0% |" in out.out
    assert "skipped d.jsonl:3" in out.err and "hi" not in out.out
