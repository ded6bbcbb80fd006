"""End to end with the project's real conversation scanner (skipped if it is not installed)."""

from __future__ import annotations

import importlib

import pytest

from onguard.assess import Assessor
from onguard.spec import AssessmentInput


def _scanner_class() -> type:
    try:
        return importlib.import_module("onguard.conversation").Scanner  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        pytest.skip("onguard.conversation.Scanner is not available")


@pytest.fixture(scope="module")
def assessor() -> Assessor:
    return Assessor(scanner=_scanner_class()())


def _conv(*texts: str) -> dict[str, object]:
    return {
        "id": "c",
        "participants": [{"id": "kid", "role": "child"}, {"id": "them", "role": "unknown"}],
        "messages": [
            {"sender": "them" if n % 2 == 0 else "kid", "text": t} for n, t in enumerate(texts)
        ],
    }


GROOMING = _conv(
    "hey you seem really mature for your age",
    "thanks",
    "how old are you",
    "13",
    "don't tell your mum we talk ok, it's our secret",
    "ok",
    "send me a pic, delete it after",
    "why",
    "let's meet up after school, I can give you a lift",
    "maybe",
)
SEXTORTION = _conv(
    "I have your pics",
    "what",
    "pay me or I send the pics to your friends and family",
    "please don't",
    "you have 10 minutes, send the money by gift card",
    "I don't have money",
)
SCAM = _conv(
    "you won free game currency, click this link to claim",
    "really?",
    "just log in with your password and card details to verify",
    "ok",
)


def test_grooming_conversation(assessor: Assessor) -> None:
    plan = assessor.assess(
        AssessmentInput.model_validate({"id": "g", "child": {"age": 13}, "conversation": GROOMING})
    )
    found = {h.harm for h in plan.harms if any(s.source == "conversation" for s in h.sources)}
    assert found & {"grooming", "sexting"}, found
    assert plan.output.level in {"significant", "experiencing"}
    assert {"ceop", "dsl", "mash", "preserve_evidence"} <= set(plan.output.routes)
    assert not plan.warnings


def test_sextortion_conversation(assessor: Assessor) -> None:
    plan = assessor.assess(
        AssessmentInput.model_validate(
            {"id": "s", "child": {"age": 15}, "conversation": SEXTORTION}
        )
    )
    assert "sextortion" in {h.harm for h in plan.harms}
    assert plan.output.level == "experiencing"
    routes = plan.output.routes
    assert {"ceop", "report_remove", "preserve_evidence"} <= set(routes)
    assert "stopncii" not in routes
    assert plan.guidance.do_not[0].id == "no_pay"


def test_scam_conversation_is_not_a_ceop_matter(assessor: Assessor) -> None:
    plan = assessor.assess(
        AssessmentInput.model_validate({"id": "x", "child": {"age": 12}, "conversation": SCAM})
    )
    harms = {h.harm for h in plan.harms}
    assert harms & {"scam", "identity_theft"}, harms
    assert "report_fraud" in plan.output.routes
    if any("payment_detail_request" in s.signals for h in plan.harms for s in h.sources):
        assert "bank" in plan.output.routes  # cards are involved
    if not harms & {"grooming", "sexting", "sextortion", "csam", "sex_trafficking"}:
        assert "ceop" not in plan.output.routes


def test_notes_scanned(assessor: Assessor) -> None:
    plan = assessor.assess(
        AssessmentInput.model_validate(
            {
                "id": "n",
                "child": {"age": 14},
                "notes": "He keeps saying pay me or I send the pics to your friends.",
            }
        )
    )
    assert "sextortion" in {h.harm for h in plan.harms}
    assert plan.output.level == "experiencing"
