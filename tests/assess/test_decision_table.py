"""One case per decision-table row: routes that must appear, in order, and that must not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from onguard.assess import Plan, default_rules

# (row id, input fields, routes that must appear, routes that must not appear)
CASES: list[tuple[str, dict[str, Any], set[str], set[str]]] = [
    (
        "immediate_danger",
        {"facts": {"immediate_danger": True}},
        {"call_999", "dsl", "mash", "preserve_evidence"},
        set(),
    ),
    (
        "adult_sexual_contact",
        {"child": {"age": 13}, "harms": ["grooming"]},
        {"ceop", "dsl", "mash", "preserve_evidence"},
        {"lado", "report_fraud", "stopncii"},
    ),
    (
        "adult_sexual_contact",
        {"child": {"age": 14}, "harms": ["grooming"], "facts": {"staff_involved": True}},
        {"ceop", "dsl", "mash", "preserve_evidence", "lado"},
        set(),
    ),
    (
        "adult_sexual_contact",
        {"child": {"age": 15}, "harms": ["sexting"], "facts": {"adult_involved": True}},
        {"ceop", "dsl", "mash", "preserve_evidence"},
        set(),
    ),
    (
        "sextortion_of_child",
        {"child": {"age": 15}, "harms": ["sextortion"]},
        {"ceop", "report_remove", "preserve_evidence", "take_it_down"},
        {"stopncii", "bank"},
    ),
    (
        "sextortion_of_child",
        {
            "child": {"age": 16},
            "harms": ["sextortion"],
            "notes": "He sent money to the account they gave.",
        },
        {"ceop", "report_remove", "preserve_evidence", "bank"},
        {"stopncii"},
    ),
    (
        "sextortion_of_child",
        {"child": {"age": 15}, "facts": {"payment_demanded": True}},
        {"ceop", "report_remove", "preserve_evidence"},
        {"stopncii"},
    ),
    (
        "young_adult_exploited",
        {"child": {"age": 19, "additional_needs": True}, "harms": ["grooming"]},
        {"police_101", "dsl", "preserve_evidence"},
        {"ceop", "report_remove", "take_it_down"},
    ),
    (
        "own_image_shared",
        {"child": {"age": 15}, "facts": {"image_shared": True}},
        {"report_remove", "take_it_down", "dsl", "preserve_evidence"},
        {"stopncii", "ceop", "mash"},
    ),
    (
        "own_image_shared",
        {"child": {"age": 12}, "facts": {"image_shared": True}},
        {"report_remove", "take_it_down", "dsl", "mash"},
        {"stopncii"},
    ),
    (
        "own_image_shared",
        {"child": {"age": 15}, "facts": {"image_shared": True, "adult_involved": True}},
        {"report_remove", "take_it_down", "dsl", "ceop", "mash"},
        {"stopncii"},
    ),
    (
        "image_requests",
        {"child": {"age": 14}, "harms": ["sexting"]},
        {"dsl", "preserve_evidence", "platform_report"},
        {"ceop", "stopncii"},
    ),
    ("abuse_material", {"harms": ["csam"]}, {"iwf", "dsl", "preserve_evidence"}, {"stopncii"}),
    (
        "abuse_material",
        {"notes": "She found a link to abuse images in a group chat."},
        {"iwf", "dsl"},
        set(),
    ),
    (
        "adult_intimate_image",
        {"child": {"age": 19, "additional_needs": True}, "facts": {"image_shared": True}},
        {"stopncii", "police_101"},
        {"report_remove", "take_it_down"},
    ),
    (
        "scam_or_identity_theft",
        {"child": {"age": 12}, "harms": ["scam"]},
        {"report_fraud", "platform_report"},
        {"ceop", "bank", "mash"},
    ),
    (
        "scam_or_identity_theft",
        {"harms": ["scam"], "notes": "She gave her mum's card details."},
        {"report_fraud", "platform_report", "bank"},
        {"ceop"},
    ),
    (
        "scam_or_identity_theft",
        {"harms": ["identity_theft"]},
        {"report_fraud", "platform_report"},
        {"ceop"},
    ),
    (
        "criminal_exploitation",
        {"child": {"age": 15}, "harms": ["criminal_exploitation"]},
        {"police_101", "mash", "nrm", "dsl"},
        {"bank", "ceop"},
    ),
    (
        "criminal_exploitation",
        {"child": {"age": 16}, "harms": ["money_mule"]},
        {"police_101", "mash", "nrm", "dsl", "bank", "report_fraud"},
        {"ceop"},
    ),
    (
        "criminal_exploitation",
        {"child": {"age": 14}, "harms": ["location_control"]},
        {"police_101", "mash", "nrm", "dsl"},
        {"ceop"},
    ),
    (
        "criminal_exploitation",
        {"child": {"age": 15}, "harms": ["sex_trafficking"]},
        {"police_101", "mash", "nrm", "dsl", "ceop"},
        set(),
    ),
    (
        "bullying",
        {"child": {"age": 12}, "harms": ["cyberbullying"]},
        {"platform_report", "dsl", "report_harmful_content"},
        {"ceop", "police_101", "mash"},
    ),
    (
        "bullying",
        {"harms": ["cyberbullying"], "notes": "They threatened to beat him up."},
        {"platform_report", "dsl", "report_harmful_content", "police_101"},
        {"ceop"},
    ),
    (
        "self_harm",
        {"child": {"age": 14}, "harms": ["self_harm"]},
        {"childline", "samaritans", "dsl"},
        {"call_999", "ceop"},
    ),
    (
        "self_harm",
        {"child": {"age": 14}, "indicators": ["self_harm_signs"]},
        {"childline", "samaritans", "dsl"},
        {"call_999"},
    ),
    ("staff_involved", {"facts": {"staff_involved": True}}, {"lado", "dsl"}, set()),
    (
        "unwanted_contact",
        {"child": {"age": 13}, "harms": ["unwanted_contact"]},
        {"platform_report", "dsl"},
        {"ceop"},
    ),
    (
        "unwanted_contact",
        {"child": {"age": 13}, "harms": ["unwanted_contact"], "facts": {"adult_involved": True}},
        {"platform_report", "dsl", "ceop", "police_101"},
        set(),
    ),
    (
        "harmful_challenge",
        {"harms": ["harmful_challenge"]},
        {"dsl", "platform_report", "report_harmful_content"},
        {"ceop"},
    ),
    ("privacy", {"harms": ["privacy_disclosure"]}, {"platform_report", "dsl"}, {"ceop"}),
    (
        "exploitation_referral",
        {"child": {"age": 15}, "indicators": ["missing_from_home_or_school"]},
        {"dsl", "mash"},
        set(),
    ),
    (
        "low_level_concern",
        {"indicators": ["withdrawn_secretive"]},
        {"dsl", "posh_helpline"},
        {"mash", "nspcc_helpline"},
    ),
    (
        "recovery_support",
        {"child": {"age": 15}, "harms": ["sextortion"]},
        {"marie_collins_foundation", "childline"},
        set(),
    ),
]


def _case_id(case: tuple[str, dict[str, Any], set[str], set[str]]) -> str:
    return case[0]


@pytest.mark.parametrize(
    ("row", "fields", "must", "must_not"), CASES, ids=[_case_id(c) for c in CASES]
)
def test_row(
    run: Callable[..., Plan], row: str, fields: dict[str, Any], must: set[str], must_not: set[str]
) -> None:
    plan = run(**fields)
    routes = plan.output.routes
    assert must <= set(routes), f"missing {must - set(routes)}; got {routes}"
    assert not (must_not & set(routes)), f"must not appear: {must_not & set(routes)}"
    assert row in {r.rule for r in plan.reasons if r.kind == "route"}
    assert len(routes) == len(set(routes)), "routes are de-duplicated"


def test_every_row_has_a_case() -> None:
    rows = {r.id for r in default_rules().table.rows}
    assert rows == {c[0] for c in CASES}


def test_no_row_fires_on_an_empty_screening(run: Callable[..., Plan]) -> None:
    plan = run()
    assert plan.output.routes == []
    assert plan.output.level == "none"


@pytest.mark.parametrize(
    "fields",
    [
        {"child": {"age": 15}, "harms": ["scam"], "facts": {"immediate_danger": True}},
        {
            "child": {"age": 9},
            "harms": ["grooming", "sextortion", "csam"],
            "facts": {"immediate_danger": True, "staff_involved": True},
        },
        {"harms": ["cyberbullying"], "notes": "He said he would kill himself tonight."},
        {"harms": ["grooming"], "notes": "They are meeting him tonight after school."},
        {"notes": "She has been reported missing since this morning."},
    ],
)
def test_immediate_danger_puts_999_first(run: Callable[..., Plan], fields: dict[str, Any]) -> None:
    out = run(**fields).output
    assert out.immediate_danger is True
    assert out.routes[0] == "call_999"
    assert out.level == "experiencing"


def test_routes_follow_the_documented_priority(run: Callable[..., Plan]) -> None:
    priority = default_rules().table.priority
    plan = run(
        child={"age": 14},
        harms=["grooming", "money_mule", "cyberbullying", "self_harm"],
        facts={"staff_involved": True, "image_shared": True},
    )
    ranks = [priority.index(r) for r in plan.output.routes]
    assert ranks == sorted(ranks)


@pytest.mark.parametrize("age", [None, 8, 13, 17])
def test_stopncii_never_for_a_child(run: Callable[..., Plan], age: int | None) -> None:
    plan = run(
        child={"age": age},
        harms=["sextortion", "sexting", "csam"],
        facts={"image_shared": True, "payment_demanded": True, "adult_involved": True},
    )
    assert "stopncii" not in plan.output.routes
    assert "report_remove" in plan.output.routes


def test_stopncii_for_an_adult_image(run: Callable[..., Plan]) -> None:
    assert "stopncii" in run(child={"age": 18}, facts={"image_shared": True}).output.routes
    assert "stopncii" not in run(child={"age": 17}, facts={"image_shared": True}).output.routes


@pytest.mark.parametrize("harm", ["scam", "identity_theft", "cyberbullying"])
def test_no_ceop_for_scams_or_bullying(run: Callable[..., Plan], harm: str) -> None:
    plan = run(
        child={"age": 13},
        harms=[harm],
        indicators=["withdrawn_secretive"],
        notes="She gave her card details and sent money.",
    )
    assert "ceop" not in plan.output.routes
