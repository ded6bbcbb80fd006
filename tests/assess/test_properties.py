"""Invariants over random screenings (Hypothesis): order, 999 first, floors, monotone grades."""

from __future__ import annotations

from typing import Any

from assess_fakes import TODAY
from hypothesis import given, settings
from hypothesis import strategies as st

from onguard.assess import Assessor, default_rules
from onguard.spec import LEVEL_ORDER, AssessmentInput, Facts
from onguard.taxonomy import default_taxonomy

TAX = default_taxonomy()
RULES = default_rules()
ASSESSOR = Assessor(scanner=None, today=TODAY)
PRIORITY = RULES.table.priority

screenings = st.fixed_dictionaries(
    {
        "id": st.just("p"),
        "child": st.fixed_dictionaries(
            {
                "age": st.one_of(st.none(), st.integers(0, 25)),
                "additional_needs": st.booleans(),
            }
        ),
        "indicators": st.lists(st.sampled_from(sorted(TAX.indicators)), unique=True, max_size=6),
        "harms": st.lists(st.sampled_from(sorted(TAX.harms)), unique=True, max_size=4),
        "facts": st.fixed_dictionaries(
            {}, optional={f: st.one_of(st.none(), st.booleans()) for f in Facts.model_fields}
        ),
    }
)


def _assess(data: dict[str, Any]) -> Any:
    return ASSESSOR.assess(AssessmentInput.model_validate(data))


@settings(max_examples=300, deadline=None)
@given(screenings)
def test_invariants(data: dict[str, Any]) -> None:
    plan = _assess(data)
    out = plan.output
    assert len(out.routes) == len(set(out.routes))
    assert [PRIORITY.index(r) for r in out.routes] == sorted(PRIORITY.index(r) for r in out.routes)
    if data["facts"].get("immediate_danger"):
        assert out.immediate_danger and out.routes[0] == "call_999"
        assert out.level == "experiencing"
    if out.immediate_danger:
        assert out.routes[0] == "call_999"
    age = data["child"]["age"]
    if age is None or age < 18:
        assert "stopncii" not in out.routes
    exploitation = any(TAX.indicators[i].exploitation for i in data["indicators"])
    if exploitation and ((age is not None and age < 13) or data["child"]["additional_needs"]):
        assert LEVEL_ORDER.index(out.level) >= LEVEL_ORDER.index("significant")
    facts = data["facts"]
    if set(data["harms"]) <= {
        "scam",
        "identity_theft",
        "cyberbullying",
        "harmful_challenge",
        "privacy_disclosure",
        "app_data_exposure",
    } and not any(
        facts.get(f)
        for f in ("adult_involved", "image_shared", "payment_demanded", "meeting_arranged")
    ):
        assert "ceop" not in out.routes
    if data["harms"] or out.level != "none":
        assert out.routes, "a concern always gets at least one route"
    body = [r for r in out.rationale if not r.startswith(("graded ", "what would change it: "))]
    assert all("(rests on: " in line for line in body)
    assert any("advice to a professional" in r for r in out.rationale)


@settings(max_examples=200, deadline=None)
@given(
    screenings,
    st.sampled_from(sorted(TAX.indicators)),
    st.sampled_from(sorted(TAX.harms)),
    st.sampled_from(sorted(Facts.model_fields)),
)
def test_more_concern_never_lowers_the_grade(
    data: dict[str, Any], indicator: str, harm: str, fact: str
) -> None:
    base = LEVEL_ORDER.index(_assess(data).output.level)
    more_ind = dict(data, indicators=sorted({*data["indicators"], indicator}))
    more_harm = dict(data, harms=sorted({*data["harms"], harm}))
    more_fact = dict(data, facts=dict(data["facts"], **{fact: True}))
    for bigger in (more_ind, more_harm, more_fact):
        assert LEVEL_ORDER.index(_assess(bigger).output.level) >= base
