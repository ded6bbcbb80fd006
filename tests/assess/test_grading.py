"""One case per grading rule, the jigsaw thresholds and the hard floors (domain.md 6.2)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from onguard.assess import Plan, default_rules

# (grading rule id, input fields, expected level)
CASES: list[tuple[str, dict[str, Any], str]] = [
    ("immediate_danger", {"facts": {"immediate_danger": True}}, "experiencing"),
    (
        "images_coerced",
        {
            "child": {"age": 15},
            "facts": {"image_shared": True},
            "notes": "They threatened to post it.",
        },
        "experiencing",
    ),
    (
        "adult_obtained_image",
        {"child": {"age": 14}, "facts": {"image_shared": True, "adult_involved": True}},
        "experiencing",
    ),
    ("meeting_arranged", {"facts": {"meeting_arranged": True}}, "experiencing"),
    ("payment_demanded", {"facts": {"payment_demanded": True}}, "experiencing"),
    (
        "money_moved",
        {"notes": "Money went through her bank account twice this week."},
        "experiencing",
    ),
    ("sextortion", {"child": {"age": 16}, "harms": ["sextortion"]}, "experiencing"),
    ("exploitation_harm", {"child": {"age": 15}, "harms": ["grooming"]}, "significant"),
    (
        "exploitation_harm",
        {"child": {"age": 15}, "harms": ["criminal_exploitation"]},
        "significant",
    ),
    ("self_harm", {"child": {"age": 15}, "harms": ["self_harm"]}, "significant"),
    ("own_image_shared", {"child": {"age": 16}, "facts": {"image_shared": True}}, "significant"),
    (
        "adult_contact",
        {"child": {"age": 14}, "harms": ["unwanted_contact"], "facts": {"adult_involved": True}},
        "significant",
    ),
    ("staff_involved", {"facts": {"staff_involved": True}}, "significant"),
    (
        "young_or_additional_needs_floor",
        {"child": {"age": 11}, "indicators": ["withdrawn_secretive"]},
        "significant",
    ),
    (
        "young_or_additional_needs_floor",
        {"child": {"age": 15, "additional_needs": True}, "indicators": ["anxious_without_phone"]},
        "significant",
    ),
    ("adult_contact_alone", {"child": {"age": 14}, "facts": {"adult_involved": True}}, "emerging"),
    ("other_harm", {"child": {"age": 14}, "harms": ["scam"]}, "emerging"),
    ("other_harm", {"child": {"age": 14}, "harms": ["cyberbullying"]}, "emerging"),
]


@pytest.mark.parametrize(("rule", "fields", "level"), CASES, ids=[c[0] for c in CASES])
def test_rule(run: Callable[..., Plan], rule: str, fields: dict[str, Any], level: str) -> None:
    plan = run(**fields)
    assert plan.output.level == level
    fired = [r for r in plan.reasons if r.kind == "grade" and r.rule == rule]
    assert fired, f"rule {rule} did not fire: {[r.rule for r in plan.reasons]}"
    assert fired[0].rests_on, "every reason names what it rests on"
    assert any(
        rule_line.startswith(f"{fired[0].level}: {fired[0].text}")
        for rule_line in plan.output.rationale
    )


def test_every_grading_rule_has_a_case() -> None:
    assert {r.id for r in default_rules().grading.rules} == {c[0] for c in CASES}


# The jigsaw: several low-level indicators together raise the level.
@pytest.mark.parametrize(
    ("indicators", "level"),
    [
        ([], "none"),
        (["withdrawn_secretive"], "emerging"),  # 1 point
        (["withdrawn_secretive", "many_calls_or_messages"], "emerging"),  # 2
        (
            ["withdrawn_secretive", "many_calls_or_messages", "late_night_contact"],
            "significant",
        ),  # 3
        (["talks_about_online_friends"], "emerging"),  # medium: 2
        (["talks_about_online_friends", "withdrawn_secretive"], "significant"),  # 3
        (["missing_from_home_or_school"], "significant"),  # one high: 4
        (["missing_from_home_or_school", "travels_to_unknown_places"], "experiencing"),  # 8
        (
            ["unknown_adults_contact", "new_or_second_phone", "gifts_or_money_online"],
            "experiencing",
        ),
    ],
)
def test_jigsaw_thresholds(run: Callable[..., Plan], indicators: list[str], level: str) -> None:
    plan = run(child={"age": 15}, indicators=indicators)
    assert plan.output.level == level


def test_impact_indicators_alone_are_at_most_emerging(run: Callable[..., Plan]) -> None:
    plan = run(
        child={"age": 15},
        indicators=[
            "sleep_difficulties",
            "low_mood_or_depression",
            "panic_or_anxiety",
            "social_withdrawal",
            "eating_difficulties",
        ],
    )
    assert plan.output.level == "emerging"


def test_impact_indicators_count_alongside_exploitation_ones(run: Callable[..., Plan]) -> None:
    alone = run(child={"age": 15}, indicators=["talks_about_online_friends"])
    both = run(child={"age": 15}, indicators=["talks_about_online_friends", "sleep_difficulties"])
    assert (alone.output.level, both.output.level) == ("emerging", "significant")


@pytest.mark.parametrize("child", [{"age": 12}, {"age": 6}, {"age": 16, "additional_needs": True}])
def test_under_13_or_additional_needs_never_below_significant(
    run: Callable[..., Plan], child: dict[str, Any]
) -> None:
    for indicator in ("withdrawn_secretive", "many_calls_or_messages", "new_or_second_phone"):
        assert run(child=child, indicators=[indicator]).output.level in {
            "significant",
            "experiencing",
        }


def test_floor_needs_an_exploitation_indicator(run: Callable[..., Plan]) -> None:
    # An impact indicator (not an exploitation one) does not trigger the floor.
    assert run(child={"age": 10}, indicators=["sleep_difficulties"]).output.level == "emerging"
    assert run(child={"age": 13}, indicators=["withdrawn_secretive"]).output.level == "emerging"


def test_a_single_high_weight_fact_means_experiencing(run: Callable[..., Plan]) -> None:
    for fact in ("meeting_arranged", "payment_demanded"):
        assert run(child={"age": 16}, facts={fact: True}).output.level == "experiencing"


def test_rationale_says_advice_and_what_would_change(run: Callable[..., Plan]) -> None:
    plan = run(child={"age": 14}, harms=["grooming"])
    text = " ".join(plan.output.rationale)
    assert "advice to a professional" in text
    assert any(
        line.startswith("what would change it: would be graded experiencing")
        for line in plan.output.rationale
    )
    assert plan.would_change and "advice to a professional" in plan.advice


@pytest.mark.parametrize(
    ("fields", "days"),
    [
        ({"indicators": ["withdrawn_secretive"]}, 90),
        ({"harms": ["grooming"]}, 84),
        ({"facts": {"meeting_arranged": True}}, 14),
        ({"facts": {"immediate_danger": True}}, 1),
    ],
)
def test_review_date(run: Callable[..., Plan], fields: dict[str, Any], days: int) -> None:
    plan = run(**fields)
    assert plan.review_by is not None
    assert (plan.review_by - plan.assessed_on).days == days


def test_no_review_when_no_concern(run: Callable[..., Plan]) -> None:
    assert run().review_by is None
