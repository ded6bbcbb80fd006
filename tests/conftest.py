"""Fixtures shared by several test folders.

`backend`: the database a store-backed fixture runs on (tests/cases, tests/api): SQLite always,
and PostgreSQL too when ONGUARD_TEST_POSTGRES_URL is set (as `.ci/run` does).
"""

from __future__ import annotations

import pytest

from onguard.cases.testing import postgres_url

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param(
        "postgres",
        id="postgres",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(postgres_url() is None, reason="ONGUARD_TEST_POSTGRES_URL not set"),
        ],
    ),
]


# Module scope so module-scoped apps can use it too; function-scoped stores still get a fresh
# database per test.
@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)
