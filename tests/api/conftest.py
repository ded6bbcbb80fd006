"""API fixtures: an app on a fresh store (each `backend`, see tests/conftest.py), a token
for each role, and a concern recorded by the `staff` user."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from onguard.api import create_app
from onguard.cases import SYSTEM
from onguard.cases.testing import FixedAssessor, FixedScanner, store_settings

ROLES = ("admin", "dsl", "staff", "auditor", "platform")

CONCERN = {
    "child": {"name": "Alex Test", "age": 13},
    "summary": "an online friend asked how old they are",
    "harms": ["grooming"],
    "indicators": ["talks_about_online_friends"],
}


@dataclass
class Api:
    client: TestClient
    tokens: dict[str, str]
    concern_id: str
    child_id: str

    def headers(self, role: str | None) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"} if role else {}


def make_api(backend: str, home: Path) -> Iterator[Api]:
    with store_settings(backend, home) as settings:
        app = create_app(settings)
        app.state.cases.use_engines(scanner=FixedScanner(), assessor=FixedAssessor())
        tokens = {}
        for role in ROLES:
            app.state.cases.create_user(SYSTEM, role + "1", role, "long-password")
            tokens[role] = app.state.cases.issue_token(SYSTEM, role + "1")
        app.state.cases.create_user(SYSTEM, "staff2", "staff", "long-password")
        tokens["staff2"] = app.state.cases.issue_token(SYSTEM, "staff2")
        with TestClient(app, raise_server_exceptions=False) as client:
            r = client.post(
                "/v1/concerns", json=CONCERN, headers={"Authorization": f"Bearer {tokens['staff']}"}
            )
            assert r.status_code == 201, r.text
            yield Api(client, tokens, r.json()["id"], r.json()["child_id"])
        app.state.store.close()


@pytest.fixture
def api(backend: str, tmp_path: Path) -> Iterator[Api]:
    yield from make_api(backend, tmp_path / "home")


@pytest.fixture(scope="module")
def shared_api(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One app for a whole module (the role matrix makes many requests)."""
    yield from make_api(backend, tmp_path_factory.mktemp("home"))
