"""Fixtures for the web pages: the real app (store + API + pages) on a temporary ONGUARD_HOME."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from web_helpers import PASSWORD, ROLES


@pytest.fixture(scope="module")
def store_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    """The combined app with one user of each role (username = role, plus staff2)."""
    from onguard.api import create_app
    from onguard.cases import SYSTEM
    from onguard.settings import Settings

    home: Path = tmp_path_factory.mktemp("onguard-home")
    # fast argon2 parameters: these tests sign in often (tests/cli/test_store.py uses the real ones)
    settings = dataclasses.replace(
        Settings.from_env({"ONGUARD_HOME": str(home)}), fast_password_hashing=True
    )
    app = create_app(settings)
    for role in ROLES:
        app.state.cases.create_user(SYSTEM, role, role, PASSWORD)
    app.state.cases.create_user(SYSTEM, "staff2", "staff", PASSWORD)
    yield app
    app.state.store.close()
