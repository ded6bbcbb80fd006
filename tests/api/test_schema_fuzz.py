"""Schemathesis against /openapi.json: generated requests (valid and invalid) never get a 5xx.

Bounded to a few examples per operation and mode so the default suite stays quick; set
`ONGUARD_FUZZ_EXAMPLES=200` for a deeper search.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from onguard.api import create_app
from onguard.cases import SYSTEM
from onguard.cases.testing import FixedAssessor, FixedScanner, store_settings

EXAMPLES = int(os.environ.get("ONGUARD_FUZZ_EXAMPLES", "4"))
DEEP_EXAMPLES = 60


# `backend` (tests/conftest.py) runs it on PostgreSQL too: it refuses some values SQLite
# takes (NUL bytes).
@pytest.fixture(scope="module")
def fuzz_app(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    home: Path = tmp_path_factory.mktemp("fuzz")
    with store_settings(backend, home) as s:
        app = create_app(s)
        app.state.cases.use_engines(scanner=FixedScanner(), assessor=FixedAssessor())
        app.state.cases.create_user(SYSTEM, "fuzzadmin", "admin", "long-password")
        token = app.state.cases.issue_token(SYSTEM, "fuzzadmin")
        yield app, token
        app.state.store.close()


MODES = [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]


@pytest.mark.parametrize("mode", MODES)
def test_no_server_errors(fuzz_app: tuple[Any, str], mode: GenerationMode) -> None:
    assert _fuzz(*fuzz_app, mode, EXAMPLES) == []


@pytest.mark.slow
@pytest.mark.parametrize("mode", MODES)
def test_no_server_errors_deep(fuzz_app: tuple[Any, str], mode: GenerationMode) -> None:
    assert _fuzz(*fuzz_app, mode, DEEP_EXAMPLES) == []


def _fuzz(
    app: Any, token: str, mode: GenerationMode, examples: int, paths: str = r"^/(v1/|healthz)"
) -> list[str]:
    """Each API operation with `examples` generated requests; the 5xx answers, if any."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(path_regex=paths)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert operations
    failures: list[str] = []
    for op in operations:

        @given(case=op.as_strategy(generation_mode=mode))
        @settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {token}"}
            response = case.call()
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.path}: {response.status_code}")

        try:
            run()
        except Unsatisfiable:  # nothing invalid to send (e.g. no parameters at all)
            assert mode is GenerationMode.NEGATIVE
    return failures


def _engines_installed() -> bool:
    try:
        from onguard.assess import Assessor  # noqa: F401
        from onguard.conversation import Scanner  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.mark.skipif(not _engines_installed(), reason="scanner or assessor not built yet")
@pytest.mark.parametrize("mode", MODES)
def test_real_engines_no_server_errors(tmp_path: Path, mode: GenerationMode) -> None:
    """The shipped scanner and assessor behind scan, assess and concerns: still no 5xx."""
    with store_settings("sqlite", tmp_path / "home") as s:
        app = create_app(s)
        app.state.cases.create_user(SYSTEM, "fuzzadmin", "admin", "long-password")
        token = app.state.cases.issue_token(SYSTEM, "fuzzadmin")
        try:
            assert _fuzz(app, token, mode, EXAMPLES, r"^/v1/(scan|assess|concerns$)") == []
        finally:
            app.state.store.close()
