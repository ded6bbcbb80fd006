"""Fixtures shared by several test folders.

`shared_scorer`: the project's one scorer, `../shared/eval/score.py` (or `$ONGUARD_SHARED`),
loaded by path; tests that need it skip with the reason when it is absent.

`backend`: the database a store-backed fixture runs on (tests/cases, tests/api): SQLite always,
and PostgreSQL too when ONGUARD_TEST_POSTGRES_URL is set (as `.ci/run` does).
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

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


REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def shared_scorer() -> ModuleType:
    env = os.environ.get("ONGUARD_SHARED")
    path = (Path(env) if env else REPO.parent / "shared") / "eval" / "score.py"
    if not path.is_file():
        pytest.skip(f"the project scorer is not at {path} (set ONGUARD_SHARED to its folder)")
    spec = importlib.util.spec_from_file_location("onguard_shared_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
