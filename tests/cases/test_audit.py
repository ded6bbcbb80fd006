"""The audit log: every read and write of a child's record, hash-chained, append-only."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from onguard.cases import ConcernIn, ForbiddenError, Store, User
from onguard.cases.audit import GENESIS


def _concern(store: Store, actor: User) -> str:
    return store.cases.record_concern(
        actor,
        ConcernIn.model_validate(
            {"child": {"name": "Sam", "age": 12}, "summary": "asked to keep a secret"}
        ),
    ).id


def _actions(store: Store) -> list[tuple[str, str, str]]:
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT actor, action, outcome FROM audit_events ORDER BY seq"))
        return [tuple(r) for r in rows]


def test_reads_writes_and_denials_are_audited(store: Store, users: dict[str, User]) -> None:
    cid = _concern(store, users["staff"])
    store.cases.get_concern(users["dsl"], cid)
    with pytest.raises(ForbiddenError):
        store.cases.get_concern(users["staff2"], cid)
    acts = _actions(store)
    assert ("staff1", "record_concern", "allowed") in acts
    assert ("dsl1", "view_concern", "allowed") in acts
    assert ("staff2", "view_concern", "denied") in acts
    events = store.cases.audit_events(users["auditor"], limit=1000)
    assert {e.action for e in events} >= {"create_child", "record_concern", "view_concern"}
    assert all(e.actor and e.action and e.object_type and e.at for e in events)
    # reading the log is itself logged
    assert _actions(store)[-1] == ("auditor1", "view_audit", "allowed")
    for role in ("dsl", "staff", "platform"):
        with pytest.raises(ForbiddenError):
            store.cases.audit_events(users[role])


def test_audit_holds_no_personal_text(store: Store, users: dict[str, User]) -> None:
    _concern(store, users["staff"])
    with store.engine.connect() as conn:
        dump = " ".join(str(v) for r in conn.execute(text("SELECT * FROM audit_events")) for v in r)
    assert "Sam" not in dump and "secret" not in dump


def test_chain_verifies_and_detects_a_changed_row(store: Store, users: dict[str, User]) -> None:
    _concern(store, users["staff"])
    report = store.verify_audit()
    assert report.ok and report.events >= 3 and report.head != GENESIS
    # the trigger refuses edits...
    with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET actor = 'someone' WHERE seq = 2"))
    _drop_guards(store)  # ...so a tamperer with database access removes it first
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET actor = 'someone' WHERE seq = 2"))
    report = store.verify_audit()
    assert not report.ok and report.broken_at == 2 and report.problem == "event content changed"


def test_chain_detects_a_removed_row(store: Store, users: dict[str, User]) -> None:
    _concern(store, users["staff"])
    _drop_guards(store)
    with store.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq = 2"))
    report = store.verify_audit()
    assert not report.ok and report.broken_at == 3


def _drop_guards(store: Store) -> None:
    with store.engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            for verb in ("update", "delete"):
                conn.execute(text(f"DROP TRIGGER audit_events_no_{verb}"))
        else:
            conn.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))
