"""`onguard assess`: JSON Lines in and out, bad lines named and skipped, HTML, interactive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onguard.cli.main import app
from onguard.spec import AssessmentOutput

runner = CliRunner()

GOOD_1 = {
    "id": "a1",
    "child": {"age": 13, "additional_needs": False},
    "indicators": ["talks_about_online_friends", "gifts_or_money_online"],
    "harms": ["grooming"],
    "facts": {"adult_involved": True, "staff_involved": False},
}
GOOD_2 = {"id": "a2", "harms": ["scam"]}
GOOD_3 = {"id": "a3", "facts": {"immediate_danger": True}, "harms": ["cyberbullying"]}

# (line, the field the error must name)
BAD = [
    ({"id": "b1", "indicators": ["not_an_indicator"]}, "indicators"),
    ({"id": "b2", "child": {"age": 40}}, "child.age"),
    ({"id": "b3", "harms": "grooming"}, "harms"),
    ({"id": "b4", "facts": {"meeting_arranged": True, "met_up": True}}, "facts.met_up"),
    ({"id": "b5", "child": {"age": "twelve"}}, "child.age"),
    ({"child": {"age": 12}}, "id"),
]


def _write(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
        encoding="utf-8",
    )
    return path


def _outputs(text: str) -> list[AssessmentOutput]:
    outs = []
    for line in text.splitlines():
        data = json.loads(line)
        assert set(data) == {"id", "level", "immediate_danger", "routes", "rationale"}
        outs.append(AssessmentOutput.model_validate(data))
    return outs


def test_assesses_every_good_line_and_names_each_bad_one(tmp_path: Path) -> None:
    lines: list[object] = [GOOD_1]
    for bad, _ in BAD:
        lines.append(bad)
    lines += ["{not json", GOOD_2, "[1, 2]", GOOD_3]
    src = _write(tmp_path / "in.jsonl", lines)
    result = runner.invoke(app, ["assess", str(src)])
    assert result.exit_code == 1
    outs = _outputs(result.stdout)
    assert [o.id for o in outs] == ["a1", "a2", "a3"]
    assert outs[0].level == "significant" and outs[0].routes[0] == "ceop"
    assert outs[2].routes[0] == "call_999" and outs[2].immediate_danger
    errors = result.stderr.splitlines()
    for n, (_, field) in enumerate(BAD, start=2):
        line = next(e for e in errors if e.startswith(f"error: in.jsonl:{n}:"))
        assert field in line, line
    assert any(e.startswith("error: in.jsonl:8: not valid JSON") for e in errors)
    assert any(e.startswith("error: in.jsonl:10: expected a JSON object") for e in errors)
    assert "twelve" not in result.stderr  # values are never echoed
    assert "8 line(s) could not be assessed" in result.stderr


def test_fail_mode_stops_at_the_first_bad_line(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [GOOD_1, BAD[0][0], GOOD_2])
    result = runner.invoke(app, ["assess", str(src), "--on-error", "fail"])
    assert result.exit_code == 1
    assert [o.id for o in _outputs(result.stdout)] == ["a1"]
    assert "in.jsonl:2: indicators" in result.stderr


def test_all_good_exits_zero_and_writes_output_file(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [GOOD_1, "", GOOD_2])
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["assess", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [o.id for o in _outputs(out.read_text(encoding="utf-8"))] == ["a1", "a2"]


def test_reads_stdin() -> None:
    result = runner.invoke(app, ["assess", "-"], input=json.dumps(GOOD_2) + "\n")
    assert result.exit_code == 0, result.output
    (out,) = _outputs(result.stdout)
    assert out.routes[:1] == ["report_fraud"] and "ceop" not in out.routes


def test_audience_changes_the_adviser_route() -> None:
    line = json.dumps({"id": "x", "indicators": ["withdrawn_secretive"]}) + "\n"
    prac = _outputs(runner.invoke(app, ["assess", "-"], input=line).stdout)[0]
    parent = _outputs(
        runner.invoke(app, ["assess", "-", "--audience", "parent"], input=line).stdout
    )[0]
    assert "posh_helpline" in prac.routes and "nspcc_helpline" in parent.routes


def test_html_plan_written(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", [GOOD_1, GOOD_3])
    html = tmp_path / "plan.html"
    result = runner.invoke(
        app, ["assess", str(src), "--html", str(html), "-o", str(tmp_path / "o.jsonl")]
    )
    assert result.exit_code == 0, result.output
    text = html.read_text(encoding="utf-8")
    assert text.count('<section class="plan">') == 2 and "CEOP Safety Centre" in text


def test_missing_file_and_missing_input(tmp_path: Path) -> None:
    assert runner.invoke(app, ["assess", str(tmp_path / "nope.jsonl")]).exit_code == 2
    assert runner.invoke(app, ["assess"]).exit_code == 2


def test_interactive(tmp_path: Path) -> None:
    answers = [
        "15",  # age
        "n",  # additional needs
        "1 3",  # indicators: online friends, withdrawn
        "1",  # harms: grooming
        "no",
        "yes",
        "unknown",
        "unknown",
        "unknown",
        "no",  # the six facts
        "",  # notes
    ]
    html = tmp_path / "plan.html"
    result = runner.invoke(
        app, ["assess", "--interactive", "--html", str(html)], input="\n".join(answers) + "\n"
    )
    assert result.exit_code == 0, result.output
    assert "Significant risk" in result.stdout
    assert "CEOP Safety Centre" in result.stdout
    assert "advice to a professional" in result.stdout
    assert html.exists() and "CEOP Safety Centre" in html.read_text(encoding="utf-8")


def test_interactive_asks_again_on_bad_answers() -> None:
    answers = ["200", "12", "n", "99", "x", "", "", "", "", "", "", "", "", ""]
    result = runner.invoke(app, ["assess", "--interactive"], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "from 0 to 25" in result.stdout
    assert "from 1 to" in result.stdout and "numbers from the list" in result.stdout
    assert "No current concern" in result.stdout


@pytest.mark.parametrize("flag", [["--audience", "teacher"], ["--on-error", "ignore"]])
def test_bad_options(flag: list[str]) -> None:
    assert runner.invoke(app, ["assess", "-", *flag], input="").exit_code == 2


def test_conversation_line_is_scanned_end_to_end() -> None:
    pytest.importorskip("onguard.conversation")
    conv = {
        "id": "c",
        "participants": [{"id": "k", "role": "child"}, {"id": "u", "role": "unknown"}],
        "messages": [
            {"sender": "u", "text": "pay me or I send the pics to your friends"},
            {"sender": "k", "text": "please don't"},
            {"sender": "u", "text": "you have 10 minutes, send the money by gift card"},
        ],
    }
    line = json.dumps({"id": "e2e", "child": {"age": 15}, "conversation": conv}) + "\n"
    result = runner.invoke(app, ["assess", "-"], input=line)
    assert result.exit_code == 0, result.output
    (out,) = _outputs(result.stdout)
    assert out.level == "experiencing"
    assert {"ceop", "report_remove", "preserve_evidence"} <= set(out.routes)
    assert "stopncii" not in out.routes
