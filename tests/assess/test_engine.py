"""The assessment as a whole: conversation and notes scanning, sources, guidance, audience."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from assess_fakes import TODAY, FakeScanner

from onguard.assess import Assessor, Plan
from onguard.spec import AssessmentInput, AssessmentOutput

CONVERSATION = {
    "id": "c1",
    "participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
    "messages": [
        {"sender": "u2", "text": "how old are you"},
        {"sender": "u2", "text": "don't tell your mum"},
    ],
}


def _assess(scanner: FakeScanner, **fields: object) -> Plan:
    fields.setdefault("id", "t")
    return Assessor(scanner=scanner, today=TODAY).assess(AssessmentInput.model_validate(fields))


def test_output_is_the_spec_model(run: Callable[..., Plan]) -> None:
    plan = run(id="a1", child={"age": 13}, harms=["grooming"])
    out = AssessmentOutput.model_validate(plan.output.model_dump())
    assert out.id == "a1" and out.level == "significant" and not out.immediate_danger
    assert set(plan.output.model_dump()) == {
        "id",
        "level",
        "immediate_danger",
        "routes",
        "rationale",
    }


def test_conversation_is_scanned_and_its_harms_route() -> None:
    scanner = FakeScanner(conversation={"grooming": ["secrecy_request", "age_probing"]})
    plan = _assess(scanner, child={"age": 12}, conversation=CONVERSATION)
    assert scanner.calls == ["scan"]
    assert "ceop" in plan.output.routes
    (harm,) = plan.harms
    assert harm.harm == "grooming" and harm.sources[0].source == "conversation"
    assert harm.sources[0].score == pytest.approx(0.9)
    assert any("scanned from the conversation" in line for line in plan.output.rationale)


def test_scanned_signals_set_facts() -> None:
    scanner = FakeScanner(conversation={"sextortion": ["exposure_threat", "payment_demand"]})
    plan = _assess(scanner, child={"age": 16}, conversation=CONVERSATION)
    facts = {f.fact: f for f in plan.facts}
    assert facts["payment_demanded"].value and facts["payment_demanded"].source == "conversation"
    assert plan.output.level == "experiencing"
    assert {"ceop", "report_remove"} <= set(plan.output.routes)


def test_adult_participant_means_adult_involved() -> None:
    conv = dict(
        CONVERSATION, participants=[{"id": "u1", "role": "child"}, {"id": "u2", "role": "adult"}]
    )
    plan = _assess(
        FakeScanner(conversation={"sexting": ["image_request"]}),
        child={"age": 14},
        conversation=conv,
    )
    assert {f.fact: f.source for f in plan.facts}["adult_involved"] == "conversation"
    assert "ceop" in plan.output.routes


def test_notes_are_scanned_and_read() -> None:
    scanner = FakeScanner(notes={"cyberbullying": ["insult"]})
    plan = _assess(scanner, child={"age": 13}, notes="He sent money to someone online.")
    assert scanner.calls == ["scan_text"]
    sources = {h.harm: [s.source for s in h.sources] for h in plan.harms}
    assert sources == {"cyberbullying": ["notes"]}
    assert {f.fact: f.source for f in plan.facts}["money_sent"] == "notes"


def test_no_scanner_still_reads_notes_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    assessor = Assessor(today=TODAY)
    monkeypatch.setattr(assessor, "_get_scanner", lambda: None)
    plan = assessor.assess(AssessmentInput(id="x", notes="They are meeting tonight."))
    assert plan.output.immediate_danger and plan.output.routes[0] == "call_999"
    assert any("scanner is not installed" in w for w in plan.warnings)


def test_form_answer_is_not_overturned_by_notes(run: Callable[..., Plan]) -> None:
    plan = run(facts={"meeting_arranged": False}, notes="A meeting is arranged for Friday.")
    assert plan.output.level == "none"
    assert any(r.kind == "conflict" for r in plan.reasons)
    assert any("check" in line and "meeting_arranged" in line for line in plan.output.rationale)


def test_derived_harm_from_facts(run: Callable[..., Plan]) -> None:
    plan = run(child={"age": 15}, facts={"image_shared": True, "payment_demanded": True})
    sources = {h.harm: [s.source for s in h.sources] for h in plan.harms}
    assert sources.get("sextortion") == ["facts"]
    assert "ceop" in plan.output.routes


def test_each_rationale_line_names_what_it_rests_on(run: Callable[..., Plan]) -> None:
    plan = run(
        child={"age": 12},
        harms=["grooming"],
        indicators=["withdrawn_secretive"],
        facts={"adult_involved": True},
        notes="He is 30.",
    )
    reasons = [
        line
        for line in plan.output.rationale
        if not line.startswith(("graded ", "what would change it: "))
    ]
    assert reasons and all("(rests on: " in line for line in reasons)


NEVER_PAY = re.compile(
    r"\b(you should|please|just|go ahead and)\s+pay\b|\bpay (them|him|her|it)\b", re.IGNORECASE
)


@pytest.mark.parametrize("audience", ["practitioner", "parent"])
def test_sextortion_plan_never_advises_paying(run: Callable[..., Plan], audience: str) -> None:
    plan = run(
        audience=audience,
        child={"age": 15},
        harms=["sextortion"],
        facts={"payment_demanded": True, "image_shared": True},
    )
    assert plan.guidance.do_not[0].id == "no_pay"
    # Every piece of advice in the plan: guidance, each harm's steps, each route's text.
    g = plan.guidance
    advice = [t.text for t in g.say_to_child + g.responding + g.do_not + g.prevention_tips]
    advice += [step for h in plan.harms for step in h.what_to_do]
    advice += [r.when for r in plan.routes + g.support] + [n for r in plan.routes for n in r.notes]
    for sentence in advice:
        if re.search(r"\bpay\b", sentence, re.IGNORECASE):
            assert re.search(r"\b(do not|don't|never)\b", sentence, re.IGNORECASE), sentence
    text = plan.model_dump_json()
    assert not NEVER_PAY.search(text)


def test_guidance_for_each_audience(run: Callable[..., Plan]) -> None:
    fields = {"child": {"age": 14}, "harms": ["grooming"]}
    prac = run(audience="practitioner", **fields)
    parent = run(audience="parent", **fields)
    assert prac.output.routes == parent.output.routes
    assert prac.harms[0].definition != parent.harms[0].definition
    assert {t.id for t in prac.guidance.do_not} >= {"no_confront", "no_delete", "no_view_images"}
    assert prac.guidance.say_to_child and prac.guidance.prevention_tips and prac.guidance.impacts
    assert {r.id for r in prac.guidance.support} >= {"childline", "marie_collins_foundation"}
    # The LADO is contacted by professionals: a parent is told who does it.
    lado = run(audience="parent", facts={"staff_involved": True})
    step = next(r for r in lado.routes if r.id == "lado")
    assert not step.for_reader and step.reader_note


def test_audience_picks_the_adviser_route(run: Callable[..., Plan]) -> None:
    fields = {"indicators": ["withdrawn_secretive"]}
    assert "posh_helpline" in run(audience="practitioner", **fields).output.routes
    assert "nspcc_helpline" in run(audience="parent", **fields).output.routes


def test_route_details_come_from_the_taxonomy(run: Callable[..., Plan]) -> None:
    plan = run(facts={"immediate_danger": True})
    first = plan.routes[0]
    assert first.id == "call_999" and first.emergency and "999" in first.contact_line
    assert first.why


def test_possible_harms_from_indicators(run: Callable[..., Plan]) -> None:
    plan = run(indicators=["unexplained_bank_activity"])
    assert [p.harm for p in plan.possible_harms] == ["money_mule"]
    assert plan.harms == []


def test_unknown_audience_is_refused(assessor: Assessor) -> None:
    with pytest.raises(ValueError, match="audience"):
        assessor.assess(AssessmentInput(id="x"), audience="teacher")  # type: ignore[arg-type]


def test_plan_serialises(run: Callable[..., Plan]) -> None:
    notes = "money went through her account"
    plan = run(child={"age": 14}, harms=["grooming", "scam"], notes=notes)
    again = Plan.model_validate_json(plan.model_dump_json())
    assert again == plan


def test_sextortion_read_from_notes_alone(run: Callable[..., Plan]) -> None:
    notes = (
        "Someone online said they would share his photos unless he pays. "
        "He already sent money. They demanded money again."
    )
    plan = run(child={"age": 15}, notes=notes)
    assert plan.output.level == "experiencing"
    assert {"ceop", "report_remove", "preserve_evidence", "bank"} <= set(plan.output.routes)
    assert "stopncii" not in plan.output.routes


def test_debt_threats_in_criminal_exploitation_are_not_sextortion(run: Callable[..., Plan]) -> None:
    plan = run(
        child={"age": 15},
        harms=["criminal_exploitation"],
        notes="They threatened him and demanded money he owes.",
    )
    assert "sextortion" not in {h.harm for h in plan.harms}
    assert "ceop" not in plan.output.routes
    assert {"police_101", "mash", "nrm", "dsl"} <= set(plan.output.routes)


def test_staff_grooming_from_notes(run: Callable[..., Plan]) -> None:
    notes = "The coach at the club messages her at night and asked her not to tell anyone."
    plan = run(child={"age": 14}, notes=notes)
    assert {"ceop", "dsl", "mash", "lado", "preserve_evidence"} <= set(plan.output.routes)


class _Broken(FakeScanner):
    def scan(self, conv):  # type: ignore[no-untyped-def]
        raise RuntimeError("model file missing")


def test_scanner_failure_still_gives_a_plan_and_says_so() -> None:
    plan = _assess(_Broken(), child={"age": 12}, harms=["grooming"], conversation=CONVERSATION)
    assert plan.output.level == "significant" and "ceop" in plan.output.routes
    assert any("could not be scanned (RuntimeError)" in w for w in plan.warnings)
    assert any("could not be scanned" in line for line in plan.output.rationale)
    assert not any("model file missing" in line for line in plan.output.rationale)
