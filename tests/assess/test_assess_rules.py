"""The rules files are validated at load: a bad id fails naming the file and the entry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from onguard.assess import Assessor, RulesError, default_rules, load_rules
from onguard.assess.rules import DATA_DIR
from onguard.spec import AssessmentInput


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(DATA_DIR, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture out of date: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_rules_load() -> None:
    rules = default_rules()
    assert rules.table.rows and rules.grading.rules and rules.notes.facts


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "decision_table.yaml",
            "routes: [call_999, dsl, mash, preserve_evidence]",
            "routes: [call_999, dsl, mash, keep_it]",
            r"decision_table.yaml: rows\[0\] \(immediate_danger\): unknown route id 'keep_it'",
        ),
        (
            "decision_table.yaml",
            "- {harms_any: [grooming], minor: true}",
            "- {harms_any: [groomin], minor: true}",
            r"rows\[1\] \(adult_sexual_contact\) when\[0\]: unknown harm id 'groomin'",
        ),
        (
            "decision_table.yaml",
            "- {indicators_any: [self_harm_signs]}",
            "- {indicators_any: [self_harm_sign]}",
            r"decision_table.yaml: rows\[\d+\] \(self_harm\) when\[1\]: unknown indicator id",
        ),
        (
            "decision_table.yaml",
            "- {facts_all: [staff_involved]}\n    routes: [lado, dsl]",
            "- {facts_all: [staff_involvd]}\n    routes: [lado, dsl]",
            r"rows\[\d+\] \(staff_involved\) when\[0\]: unknown fact id 'staff_involvd'",
        ),
        (
            "decision_table.yaml",
            "  - nspcc_helpline\n",
            "",
            r"priority: route\(s\) nspcc_helpline have no place",
        ),
        (
            "grading.yaml",
            "level: experiencing\n    reason: a meeting",
            "level: urgent\n    reason: a meeting",
            r"grading.yaml: rules.3.level",
        ),
        (
            "grading.yaml",
            "when: [{facts_all: [money_moved]}]",
            "when: [{facts_all: [money_move]}]",
            r"grading.yaml: rules\[5\] \(money_moved\) when\[0\]: unknown fact id 'money_move'",
        ),
        (
            "facts.yaml",
            "  payment_demand: payment_demanded",
            "  payment_demands: payment_demanded",
            r"facts.yaml: signal_facts\[payment_demands\]: unknown signal id",
        ),
        (
            "notes.yaml",
            "    - '\\bgroom(ed|ing)\\b'",
            "    - '\\bgroom(ed|ing\\b'",
            r"notes.yaml: harms.grooming.0.pattern: .*not a valid regular expression",
        ),
        (
            "notes.yaml",
            "  sex_trafficking:",
            "  trafficking:",
            r"notes.yaml: harms\[trafficking\]: unknown harm",
        ),
    ],
)
def test_bad_rules_fail_naming_file_and_entry(
    data_dir: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(data_dir / file, old, new)
    with pytest.raises(RulesError, match=message):
        load_rules(data_dir)


def test_missing_file(data_dir: Path) -> None:
    (data_dir / "grading.yaml").unlink()
    with pytest.raises(RulesError, match="grading.yaml: file not found"):
        load_rules(data_dir)


def test_empty_condition_is_refused(data_dir: Path) -> None:
    _edit(data_dir / "decision_table.yaml", "- {harms_any: [cyberbullying]}", "- {}")
    with pytest.raises(RulesError, match=r"\(bullying\) when\[0\]: an empty condition"):
        load_rules(data_dir)


def test_forbid_removes_a_route_a_row_would_add(data_dir: Path) -> None:
    # Make a row (wrongly) add StopNCII for a child: the forbid entry must take it out again.
    _edit(
        data_dir / "decision_table.yaml",
        "routes: [report_remove, take_it_down, dsl, preserve_evidence]",
        "routes: [report_remove, take_it_down, dsl, preserve_evidence, stopncii]",
    )
    assessor = Assessor(scanner=None, rules=load_rules(data_dir))
    child = {"id": "x", "child": {"age": 15}, "facts": {"image_shared": True}}
    plan = assessor.assess(AssessmentInput.model_validate(child))
    assert "stopncii" not in plan.output.routes
    assert any(r.kind == "excluded" and r.rule == "forbid:stopncii" for r in plan.reasons)
    grown = {"id": "y", "child": {"age": 20}, "facts": {"image_shared": True}}
    adult = assessor.assess(AssessmentInput.model_validate(grown))
    assert "stopncii" in adult.output.routes
