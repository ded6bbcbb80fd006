"""`onguard users|db|audit`: on a fresh ONGUARD_HOME, tokens printed once, tamper detection."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onguard.cases import Store
from onguard.cli.main import app
from onguard.settings import Settings

runner = CliRunner()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("ONGUARD_HOME", str(home))
    monkeypatch.delenv("ONGUARD_DATABASE_URL", raising=False)
    monkeypatch.delenv("ONGUARD_KEY", raising=False)
    return home


def _token(result_output: str) -> str:
    return str(json.loads(result_output)["token"])


def test_users_add_on_a_fresh_home_prints_a_working_token(home: Path) -> None:
    result = runner.invoke(
        app, ["users", "add", "jo", "--role", "dsl", "--json", "--password", "long-password"]
    )
    assert result.exit_code == 0, result.output
    token = _token(result.output)
    assert set(json.loads(result.output)) == {"token"}
    assert (home / "onguard.db").exists() and (home / "onguard.key").exists()
    store = Store.open(Settings(home=home))
    try:
        user = store.cases.user_for_token(token)
        assert user is not None and user.username == "jo" and user.role == "dsl"
        assert store.cases.authenticate("jo", "long-password") is not None
    finally:
        store.close()


def test_users_add_generates_a_password_when_none_given(home: Path) -> None:
    result = runner.invoke(app, ["users", "add", "pat", "--role", "staff"])
    assert result.exit_code == 0, result.output
    password = next(
        line.split(": ", 1)[1]
        for line in result.output.splitlines()
        if line.startswith("password: ")
    )
    store = Store.open(Settings(home=home))
    try:
        assert store.cases.authenticate("pat", password) is not None
    finally:
        store.close()


def test_users_add_refuses_bad_input_clearly(home: Path) -> None:
    bad_role = runner.invoke(app, ["users", "add", "x", "--role", "boss", "--password", "p" * 9])
    assert bad_role.exit_code == 1 and "role" in bad_role.output
    runner.invoke(app, ["users", "add", "dup", "--role", "staff", "--password", "p" * 9])
    dup = runner.invoke(app, ["users", "add", "dup", "--role", "staff", "--password", "p" * 9])
    assert dup.exit_code == 1 and "already taken" in dup.output


def test_users_list_and_db_upgrade(home: Path) -> None:
    assert runner.invoke(app, ["db", "upgrade"]).output.strip() == "database at revision 0001"
    runner.invoke(app, ["users", "add", "a1", "--role", "auditor", "--password", "p" * 9])
    runner.invoke(app, ["users", "add", "p1", "--role", "platform", "--password", "p" * 9])
    listed = runner.invoke(app, ["users", "list", "--json"])
    assert [(u["username"], u["role"]) for u in json.loads(listed.output)] == [
        ("a1", "auditor"),
        ("p1", "platform"),
    ]
    text = runner.invoke(app, ["users", "list"]).output
    assert "a1\tauditor" in text and "p1\tplatform" in text


def test_audit_verify_fails_after_a_row_is_changed_by_hand(home: Path) -> None:
    for name in ("u1", "u2", "u3"):
        runner.invoke(app, ["users", "add", name, "--role", "staff", "--password", "p" * 9])
    ok = runner.invoke(app, ["audit", "verify"])
    assert ok.exit_code == 0 and "intact" in ok.output
    with sqlite3.connect(home / "onguard.db") as db:
        db.execute("DROP TRIGGER audit_events_no_update")
        db.execute("UPDATE audit_events SET actor_role = 'dsl' WHERE seq = 3")
    bad = runner.invoke(app, ["audit", "verify"])
    assert bad.exit_code == 1
    assert "ALTERED at event 3" in bad.output


def test_users_token_and_revoke(home: Path) -> None:
    first = _token(
        runner.invoke(
            app, ["users", "add", "t1", "--role", "platform", "--json", "--password", "p" * 9]
        ).output
    )
    second = _token(runner.invoke(app, ["users", "token", "t1", "--json"]).output)
    store = Store.open(Settings(home=home))
    try:
        assert store.cases.user_for_token(first) is not None
        assert store.cases.user_for_token(second) is not None
        revoked = runner.invoke(app, ["users", "revoke", "t1"])
        assert revoked.exit_code == 0 and "revoked 2 token(s)" in revoked.output
        assert store.cases.user_for_token(first) is None
        assert store.cases.user_for_token(second) is None
    finally:
        store.close()
    assert runner.invoke(app, ["users", "token", "nobody"]).exit_code == 1


def test_users_deactivate(home: Path) -> None:
    token = _token(
        runner.invoke(
            app, ["users", "add", "d1", "--role", "dsl", "--json", "--password", "p" * 9]
        ).output
    )
    done = runner.invoke(app, ["users", "deactivate", "d1"])
    assert done.exit_code == 0 and "deactivated d1" in done.output
    assert "d1\tdsl\t" in (listed := runner.invoke(app, ["users", "list"]).output)
    assert listed.rstrip().endswith("\tdeactivated")
    store = Store.open(Settings(home=home))
    try:
        assert store.cases.user_for_token(token) is None
        assert store.cases.authenticate("d1", "p" * 9) is None
    finally:
        store.close()
    again = runner.invoke(app, ["users", "deactivate", "d1"])
    assert again.exit_code == 1 and "already deactivated" in again.output
    assert runner.invoke(app, ["users", "deactivate", "nobody"]).exit_code == 1
