"""`onguard scan`: results per the spec, one line per conversation, errors that name the line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from onguard.cli.main import app
from onguard.spec import ScanResult

RUNNER = CliRunner()

GROOMING = {
    "id": "c1",
    "participants": [{"id": "kid", "role": "child"}, {"id": "x", "role": "unknown"}],
    "messages": [
        {"sender": "x", "text": "how old are you?"},
        {"sender": "kid", "text": "13"},
        {"sender": "x", "text": "don't tell your mum we talk"},
        {"sender": "x", "text": "add me on telegram"},
        {"sender": "x", "text": "let's meet up saturday"},
    ],
}
CLEAN = {"id": 7, "messages": [{"sender": "a", "text": "see you at practice"}]}


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _results(text: str) -> list[ScanResult]:
    return [ScanResult.model_validate_json(line) for line in text.splitlines() if line.strip()]


def test_scan_writes_one_result_per_conversation_in_order(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(GROOMING), json.dumps(CLEAN)])
    out = tmp_path / "out.jsonl"
    result = RUNNER.invoke(app, ["scan", str(src), "-o", str(out), "--rules-only"])
    assert result.exit_code == 0, result.output
    results = _results(out.read_text())
    assert [r.id for r in results] == ["c1", "7"]
    assert results[0].risk in ("high", "critical")
    assert [h.harm for h in results[0].harms] == ["grooming"]
    assert results[0].harms[0].first_message == 2  # the second stage from the adult
    assert results[1].risk == "none" and results[1].harms == []
    line = json.loads(out.read_text().splitlines()[0])
    assert set(line) == {"id", "risk", "harms"}
    assert set(line["harms"][0]) == {"harm", "score", "first_message", "evidence"}
    assert set(line["harms"][0]["evidence"][0]) == {"message", "start", "end", "signal"}


def test_scan_reads_stdin_and_writes_stdout() -> None:
    result = RUNNER.invoke(app, ["scan", "-", "--rules-only"], input=json.dumps(GROOMING) + "\n")
    assert result.exit_code == 0
    assert [r.id for r in _results(result.stdout)] == ["c1"]


def test_malformed_lines_are_named_and_skipped(tmp_path: Path) -> None:
    src = _write(
        tmp_path / "in.jsonl",
        [
            json.dumps(CLEAN),
            "{not json",
            "[1, 2]",
            json.dumps({"id": "m", "messages": "x"}),
            json.dumps(GROOMING),
        ],
    )
    result = RUNNER.invoke(app, ["scan", str(src), "--rules-only"])
    assert result.exit_code == 0
    assert [r.id for r in _results(result.stdout)] == ["7", "c1"]
    assert "in.jsonl:2:" in result.stderr and "in.jsonl:3:" in result.stderr
    assert "in.jsonl:4: messages" in result.stderr
    assert "3 input line(s)" in result.stderr
    assert "not json" not in result.stderr  # never echoes the line


def test_on_error_fail_stops_at_the_bad_line(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(CLEAN), "{oops", json.dumps(GROOMING)])
    result = RUNNER.invoke(app, ["scan", str(src), "--on-error", "fail", "--rules-only"])
    assert result.exit_code == 1
    assert [r.id for r in _results(result.stdout)] == ["7"]
    assert "in.jsonl:2:" in result.stderr


def test_explain_prints_a_readable_report(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [json.dumps(GROOMING)])
    result = RUNNER.invoke(app, ["scan", str(src), "--explain", "--rules-only"])
    assert result.exit_code == 0
    assert "Online grooming" in result.stdout
    assert "how old are you" in result.stdout and "age_probing" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


def test_child_option_marks_the_child(tmp_path: Path) -> None:
    conv = {"id": "p", "messages": [{"sender": "sam", "text": "my number is 07700 900123"}]}
    src = _write(tmp_path / "in.jsonl", [json.dumps(conv)])
    plain = RUNNER.invoke(app, ["scan", str(src), "--rules-only"])
    marked = RUNNER.invoke(app, ["scan", str(src), "--child", "sam", "--rules-only"])
    assert _results(plain.stdout)[0].harms == []
    assert [h.harm for h in _results(marked.stdout)[0].harms] == ["privacy_disclosure"]


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    result = RUNNER.invoke(app, ["scan", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert "no such file" in result.stderr


def test_handwritten_set_through_the_command(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[1] / "data" / "handwritten" / "conversations.jsonl"
    out = tmp_path / "out.jsonl"
    result = RUNNER.invoke(app, ["scan", str(src), "-o", str(out), "--rules-only"])
    assert result.exit_code == 0
    ids = [json.loads(line)["id"] for line in src.read_text().splitlines()]
    assert [r.id for r in _results(out.read_text())] == ids


def test_chat_exports_are_read_through_onguard_io(tmp_path: Path) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text(
        "12/01/2026, 10:00 - Sam: hey how old r u\n"
        "12/01/2026, 10:01 - Alex: 13\n"
        "12/01/2026, 10:02 - Sam: dont tell ur mum ok\n"
        "12/01/2026, 10:03 - Sam: add me on telegram\n"
        "12/01/2026, 10:04 - Sam: lets meet up saturday\n",
        encoding="utf-8",
    )
    result = RUNNER.invoke(app, ["scan", str(chat), "--child", "Alex", "--rules-only"])
    assert result.exit_code == 0, result.stderr
    assert [h.harm for h in _results(result.stdout)[0].harms] == ["grooming"]
    bad = RUNNER.invoke(app, ["scan", str(chat), "--format", "nosuch"])
    assert bad.exit_code == 2 and "unknown format" in bad.stderr


def test_lines_that_need_validation_and_lines_that_do_not_give_the_same_results(
    tmp_path: Path,
) -> None:
    # The same conversation written plainly (read straight from JSON) and with values that
    # only full validation accepts (media as 1): the results must be identical, in order.
    from onguard.conversation import Scanner
    from onguard.spec import Conversation

    coerced = dict(
        GROOMING,
        id="c2",
        messages=[dict(m, media=1) for m in GROOMING["messages"]],  # type: ignore[arg-type]
    )
    lines = [json.dumps(GROOMING), "{not json", json.dumps(coerced), json.dumps(CLEAN)]
    src = _write(tmp_path / "in.jsonl", lines)
    out = tmp_path / "out.jsonl"
    result = RUNNER.invoke(app, ["scan", str(src), "-o", str(out), "--child", "kid"])
    assert result.exit_code == 0, result.output
    got = _results(out.read_text(encoding="utf-8"))
    assert [r.id for r in got] == ["c1", "c2", "7"]
    assert got[0].harms and got[0].model_dump(exclude={"id"}) == got[1].model_dump(exclude={"id"})
    scanner = Scanner()
    expected = [
        scanner.scan(Conversation.model_validate(json.loads(line)))
        for line in (lines[0], lines[2], lines[3])
    ]
    assert [r.model_dump() for r in got] == [r.model_dump() for r in expected]


def test_result_lines_written_directly_are_the_models_bytes() -> None:
    # `_result_line` writes reported results itself; the bytes must be the model's own, and
    # anything it does not write plainly (an id needing escapes) goes through the model.
    from onguard.cli.scan import _reported_line, _result_line
    from onguard.conversation import Scanner
    from onguard.spec import Conversation

    src = Path(__file__).resolve().parents[1] / "data" / "handwritten" / "conversations.jsonl"
    conversations = [
        Conversation.model_validate_json(line)
        for line in src.read_text().split("\n")
        if line.strip()
    ]
    odd = Conversation.model_validate(dict(GROOMING, id='say "hi"\n\u00e9'))
    analyses = list(Scanner(models=[]).analyse_many([*conversations, odd]))
    reported = [a for a in analyses if a.reported]
    assert len(reported) > 10
    for analysis in analyses:
        assert _result_line(analysis) == analysis.to_result().model_dump_json() + "\n"
    assert _reported_line(analyses[-1], analyses[-1].reported) is None
    assert all(_reported_line(a, a.reported) is not None for a in reported[:-1])


def test_prepare_builds_the_scanner_and_says_where_its_cache_is(
    tmp_path: Path, monkeypatch: Any
) -> None:
    from onguard.text import cachefiles

    # The user's cache folder (warmed by `make prepare`), named explicitly.
    folder = cachefiles.cache_dir()
    assert folder is not None
    monkeypatch.setenv("ONGUARD_CACHE_DIR", str(folder))
    result = RUNNER.invoke(app, ["prepare"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("scanner ready in ")
    assert f"(cache: {folder})" in result.output
    kept = {p.name.split("-")[0] for p in (folder / "screens").iterdir()}
    assert {"rules", "normalize", "structured"} <= kept, kept
    # Afterwards a scan finds what it needs in that folder.
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "p1", "messages": [{"sender": "a", "text": "how old are you"}]}) + "\n"
    )
    scanned = RUNNER.invoke(app, ["scan", str(src)])
    assert scanned.exit_code == 0, scanned.output
    assert json.loads(scanned.output.splitlines()[0])["id"] == "p1"
