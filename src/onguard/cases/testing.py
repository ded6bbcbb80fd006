"""Helpers for tests of anything built on the store (used by tests/cases, tests/api, ...).

`store_settings(backend, tmp_path)` gives `Settings` for a fresh store on SQLite, or on
PostgreSQL in a throwaway schema when `ONGUARD_TEST_POSTGRES_URL` is set (`.ci/run` sets it).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from onguard.cases.crypto import generate_key
from onguard.settings import Settings
from onguard.spec import AssessmentOutput, Conversation, Evidence, HarmFinding, ScanResult

POSTGRES_ENV = "ONGUARD_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgres")


def postgres_url() -> str | None:
    return os.environ.get(POSTGRES_ENV) or None


@contextmanager
def postgres_schema(url: str) -> Iterator[str]:
    """A fresh schema on the server at `url`; yields a URL whose connections use it only."""
    name = "onguard_t_" + secrets.token_hex(6)
    admin = create_engine(url, poolclass=NullPool)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {name}")
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{name}"
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {name} CASCADE")
        admin.dispose()


@contextmanager
def store_settings(backend: str, home: Path) -> Iterator[Settings]:
    """Settings for an empty store in `home` on `backend` ("sqlite" or "postgres")."""
    if backend == "sqlite":
        yield Settings(home=home, fast_password_hashing=True)
        return
    url = postgres_url()
    if url is None:
        raise RuntimeError(f"{POSTGRES_ENV} is not set")
    with postgres_schema(url) as schema_url:
        yield Settings(
            home=home, database_url=schema_url, key=generate_key(), fast_password_hashing=True
        )


class FixedScanner:
    """Reports `secrecy_request` on the first message containing "tell", spanning that word."""

    def scan(self, conv: Conversation) -> ScanResult:
        for i, m in enumerate(conv.messages):
            at = m.text.find("tell")
            if at >= 0:
                ev = Evidence(message=i, start=at, end=at + 4, signal="secrecy_request")
                finding = HarmFinding(harm="grooming", score=0.9, first_message=i, evidence=[ev])
                return ScanResult(id=conv.id, risk="high", harms=[finding])
        return ScanResult(id=conv.id, risk="none", harms=[])

    def scan_many(self, convs: list[Conversation]) -> list[ScanResult]:
        return [self.scan(c) for c in convs]


class FixedAssessor:
    """Grades `significant` when any harm is known, else `none`; rationale names counts only."""

    class _Plan:
        def __init__(self, output: AssessmentOutput) -> None:
            self.output = output

    def assess(self, inp: object, audience: str = "practitioner") -> _Plan:
        harms = getattr(inp, "harms", [])
        out = AssessmentOutput(
            id=getattr(inp, "id", "?"),
            level="significant" if harms else "none",
            immediate_danger=False,
            routes=["dsl"] if harms else [],
            rationale=[f"{len(harms)} harm(s) known"],
        )
        return self._Plan(out)
