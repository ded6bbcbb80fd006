"""Store fixtures: every test using `store` runs on SQLite, and on PostgreSQL too when
ONGUARD_TEST_POSTGRES_URL is set (as `.ci/run` does)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from onguard.cases import SYSTEM, Store, User
from onguard.cases.testing import FixedAssessor, FixedScanner, store_settings
from onguard.settings import Settings


@pytest.fixture
def settings(backend: str, tmp_path: Path) -> Iterator[Settings]:
    """A fresh store's settings on each backend (`backend` is in tests/conftest.py)."""
    with store_settings(backend, tmp_path / "home") as s:
        yield s


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    st = Store.open(settings)
    st.cases.use_engines(scanner=FixedScanner(), assessor=FixedAssessor())
    yield st
    st.close()


@pytest.fixture
def users(store: Store) -> dict[str, User]:
    """One user of each role, by role name."""
    out = {}
    for role in ("admin", "dsl", "staff", "auditor", "platform"):
        u = store.cases.create_user(SYSTEM, f"{role}1", role, "long-password")
        out[role] = User(u.id, u.username, u.role)
    second = store.cases.create_user(SYSTEM, "staff2", "staff", "long-password")
    out["staff2"] = User(second.id, second.username, second.role)
    return out
