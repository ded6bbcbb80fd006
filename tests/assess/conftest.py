"""Fixtures for the assessment tests: a fixed date and a small fake scanner."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from assess_fakes import TODAY, FakeScanner

from onguard.assess import Assessor, Plan
from onguard.spec import AssessmentInput


@pytest.fixture
def assessor() -> Assessor:
    return Assessor(scanner=FakeScanner(), today=TODAY)


@pytest.fixture
def run(assessor: Assessor) -> Callable[..., Plan]:
    """Assess an input given as keyword fields (id defaults to 't')."""

    def _run(audience: str = "practitioner", **fields: Any) -> Plan:
        fields.setdefault("id", "t")
        return assessor.assess(AssessmentInput.model_validate(fields), audience=audience)  # type: ignore[arg-type]

    return _run
