"""The case store on SQLite (and PostgreSQL when configured): records, roles, encryption."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import stat
import threading

import pytest
from sqlalchemy import text

from onguard.cases import (
    SYSTEM,
    ActionIn,
    AmendmentIn,
    ConcernIn,
    ConflictError,
    EvidenceIn,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    OutcomeIn,
    ReferralIn,
    Store,
    StoreError,
    User,
)
from onguard.cases.crypto import generate_key
from onguard.cases.schemas import AssessmentIn
from onguard.settings import Settings

NAME = "Robin Example"
SUMMARY = "said an online friend keeps asking how old they are"
WORDS = "he said don't tell your mum"


def concern_in(**extra: object) -> ConcernIn:
    body: dict[str, object] = {
        "child": {"name": NAME, "age": 13, "school": "Hill School"},
        "summary": SUMMARY,
        "harms": ["grooming"],
        "indicators": [
            "talks_about_online_friends",
            {"id": "withdrawn_secretive", "source": "third_party"},
        ],
        "child_words": WORDS,
        "fact": "seen at 10:00 in class",
        "opinion": "seemed worried",
    }
    body.update(extra)
    return ConcernIn.model_validate(body)


def raw_dump(store: Store) -> str:
    """Every value of every table as one string (what someone with the database file sees)."""
    parts = []
    with store.engine.connect() as conn:
        for table in (
            "children",
            "concerns",
            "concern_revisions",
            "evidence",
            "assessments",
            "actions",
            "referrals",
            "audit_events",
            "users",
            "api_tokens",
        ):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                parts.append(json.dumps([str(v) for v in row]))
    return "\n".join(parts)


def test_fresh_store_is_created_and_reopens(settings: Settings) -> None:
    first = Store.open(settings)
    first.close()
    again = Store.open(settings)  # migrations already applied: a no-op
    assert again.cases.count_users() == 0
    again.close()
    if settings.database_url is None:
        assert settings.sqlite_path.exists()
        mode = stat.S_IMODE(os.stat(settings.key_path).st_mode)
        assert mode == 0o600
        with again.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_wrong_key_is_refused(settings: Settings) -> None:
    Store.open(settings).close()
    other = dataclasses.replace(settings, key=generate_key())
    with pytest.raises(StoreError, match="key does not match"):
        Store.open(other)


def test_users_passwords_and_tokens(store: Store) -> None:
    cases = store.cases
    cases.create_user(SYSTEM, "jo", "dsl", "correct horse")
    with pytest.raises(ConflictError):
        cases.create_user(SYSTEM, "jo", "staff", "correct horse")
    with pytest.raises(InvalidInputError, match="role"):
        cases.create_user(SYSTEM, "kim", "boss", "correct horse")
    with pytest.raises(InvalidInputError, match="password"):
        cases.create_user(SYSTEM, "kim", "staff", "short")
    assert cases.authenticate("jo", "correct horse") == User(1, "jo", "dsl")
    assert cases.authenticate("jo", "wrong password") is None
    assert cases.authenticate("nobody", "correct horse") is None
    token = cases.issue_token(SYSTEM, "jo")
    assert cases.user_for_token(token) == User(1, "jo", "dsl")
    assert cases.user_for_token(token + "x") is None
    dump = raw_dump(store)
    assert token not in dump and "correct horse" not in dump
    assert "$argon2" in dump


def test_only_admin_manages_users(store: Store, users: dict[str, User]) -> None:
    for role in ("dsl", "staff", "auditor", "platform"):
        with pytest.raises(ForbiddenError):
            store.cases.create_user(users[role], "x" + role, "admin", "long-password")
        with pytest.raises(ForbiddenError):
            store.cases.list_users(users[role])
    created = store.cases.create_user(users["admin"], "newdsl", "dsl", "long-password")
    assert created.role == "dsl"


def test_free_text_is_encrypted_at_rest(store: Store, users: dict[str, User]) -> None:
    c = store.cases.record_concern(users["staff"], concern_in(setting="a game chat"))
    store.cases.add_action(users["dsl"], c.id, ActionIn(description="phone the parent today"))
    store.cases.add_referral(
        users["dsl"],
        c.id,
        ReferralIn(route="ceop", reference="REF-778", shared="summary of messages"),
    )
    dump = raw_dump(store)
    for secret in (
        NAME,
        SUMMARY,
        WORDS,
        "Hill School",
        "seemed worried",
        "a game chat",
        "phone the parent",
        "REF-778",
        "summary of messages",
    ):
        assert secret not in dump
    got = store.cases.get_concern(users["dsl"], c.id)
    assert got.summary == SUMMARY and got.child_words == WORDS and got.opinion == "seemed worried"


def test_record_and_read_concern(store: Store, users: dict[str, User]) -> None:
    c = store.cases.record_concern(users["staff"], concern_in())
    assert c.status == "new" and c.version == 1 and c.reported_by == "staff1"
    assert [(i.id, i.source) for i in c.indicators] == [
        ("talks_about_online_friends", "observed"),
        ("withdrawn_secretive", "third_party"),
    ]
    assert c.assessments[0].source == "automated"
    assert c.assessments[0].level == "significant"
    assert c.assessments[0].review_date == dt.date.today() + dt.timedelta(days=14)
    assert c.level == "significant"
    assert c.child.name == NAME and c.child.id == c.child_id  # the recorder sees whom it is about
    child = store.cases.chronology(users["dsl"], c.child_id).child
    assert child.name == NAME and child.age == 13 and child.school == "Hill School"


def test_concern_for_known_child(store: Store, users: dict[str, User]) -> None:
    first = store.cases.record_concern(users["dsl"], concern_in())
    second = store.cases.record_concern(
        users["dsl"],
        ConcernIn.model_validate({"child": {"id": first.child_id}, "summary": "second concern"}),
    )
    assert second.child_id == first.child_id
    with pytest.raises(NotFoundError):
        store.cases.record_concern(
            users["dsl"],
            ConcernIn.model_validate({"child": {"id": "no-such-child"}, "summary": "x"}),
        )


def test_conversation_is_scanned_and_kept_as_evidence(store: Store, users: dict[str, User]) -> None:
    conv = {
        "id": "c1",
        "messages": [
            {"sender": "u2", "text": "hi"},
            {"sender": "u2", "text": "don't tell anyone ok"},
        ],
    }
    c = store.cases.record_concern(users["staff"], concern_in(conversation=conv))
    assert c.scan is not None and c.scan.harms[0].harm == "grooming"
    kinds = {e.kind: e for e in c.evidence}
    assert kinds["excerpt"].value == "tell" and kinds["excerpt"].message_index == 1
    assert kinds["excerpt"].signal == "secrecy_request"
    assert len(kinds["hash"].value) == 64
    assert "don't tell anyone" not in raw_dump(store)


def test_staff_see_only_their_own(store: Store, users: dict[str, User]) -> None:
    mine = store.cases.record_concern(users["staff"], concern_in())
    theirs = store.cases.record_concern(users["staff2"], concern_in())
    assert store.cases.get_concern(users["staff"], mine.id).id == mine.id
    with pytest.raises(ForbiddenError):
        store.cases.get_concern(users["staff"], theirs.id)
    assert [c.id for c in store.cases.list_concerns(users["staff"])] == [mine.id]
    assert {c.id for c in store.cases.list_concerns(users["dsl"])} == {mine.id, theirs.id}
    for role in ("auditor", "platform"):
        with pytest.raises(ForbiddenError):
            store.cases.get_concern(users[role], mine.id)
        with pytest.raises(ForbiddenError):
            store.cases.list_concerns(users[role])
    with pytest.raises(ForbiddenError):
        store.cases.amend_concern(users["staff"], mine.id, AmendmentIn(reason="r", summary="s"))


def test_amendment_keeps_the_earlier_version(store: Store, users: dict[str, User]) -> None:
    c = store.cases.record_concern(users["staff"], concern_in())
    amended = store.cases.amend_concern(
        users["dsl"],
        c.id,
        AmendmentIn(
            reason="child gave a fuller account",
            summary="fuller summary",
            status="open",
            opinion=None,
        ),
    )
    assert amended.version == 2 and amended.summary == "fuller summary"
    assert amended.status == "open" and amended.opinion is None
    (rev,) = amended.revisions
    assert rev.version == 1 and rev.amended_by == "dsl1"
    assert rev.previous["summary"] == SUMMARY and rev.previous["opinion"] == "seemed worried"
    assert set(rev.changed) == {"summary", "status", "opinion"}
    again = store.cases.amend_concern(
        users["admin"], c.id, AmendmentIn(reason="closed", status="closed")
    )
    assert [r.version for r in again.revisions] == [1, 2]
    assert again.revisions[1].previous["summary"] == "fuller summary"
    with pytest.raises(InvalidInputError, match="changes nothing"):
        store.cases.amend_concern(users["dsl"], c.id, AmendmentIn(reason="x", status="closed"))
    with pytest.raises(InvalidInputError, match="summary"):
        store.cases.amend_concern(users["dsl"], c.id, AmendmentIn(reason="x", summary=None))


def test_revisions_cannot_be_changed_in_place(store: Store, users: dict[str, User]) -> None:
    c = store.cases.record_concern(users["staff"], concern_in())
    store.cases.amend_concern(users["dsl"], c.id, AmendmentIn(reason="r", status="open"))
    with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("UPDATE concern_revisions SET version = 9"))
    with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("DELETE FROM concern_revisions"))


def test_chronology_orders_everything(store: Store, users: dict[str, User]) -> None:
    early = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
    c1 = store.cases.record_concern(users["staff"], concern_in(happened_at=early.isoformat()))
    c2 = store.cases.record_concern(
        users["dsl"],
        ConcernIn.model_validate({"child": {"id": c1.child_id}, "summary": "later concern"}),
    )
    store.cases.add_action(
        users["dsl"], c2.id, ActionIn(description="meet the family", due=dt.date(2026, 12, 1))
    )
    store.cases.add_referral(users["dsl"], c1.id, ReferralIn(route="mash", reference="M-1"))
    store.cases.add_assessment(
        users["dsl"],
        c2.id,
        AssessmentIn(
            level="emerging", rationale=["two indicators"], review_date=dt.date(2027, 1, 1)
        ),
    )
    store.cases.add_evidence(users["dsl"], c2.id, EvidenceIn(kind="handle", value="@someone"))
    chron = store.cases.chronology(users["dsl"], c1.child_id)
    times = [e.at for e in chron.entries]
    assert times == sorted(times)
    assert chron.entries[0].kind == "concern" and chron.entries[0].at == early
    kinds = [e.kind for e in chron.entries]
    assert kinds.count("concern") == 2 and "action" in kinds and "referral" in kinds
    assert kinds.count("assessment") == 3  # two automated, one practitioner
    with pytest.raises(NotFoundError):
        store.cases.chronology(users["dsl"], "nope")
    with pytest.raises(ForbiddenError):
        store.cases.chronology(users["staff"], c1.child_id)


def test_referral_route_and_input_checks() -> None:
    with pytest.raises(ValueError, match="route"):
        ReferralIn(route="not_a_route")
    with pytest.raises(ValueError, match="harm"):
        concern_in(harms=["not_a_harm"])
    with pytest.raises(ValueError, match="age or a date of birth"):
        ConcernIn.model_validate({"child": {"name": "A"}, "summary": "s"})
    with pytest.raises(ValueError, match="at least one"):
        AmendmentIn(reason="nothing")


def test_concurrent_writers_keep_one_chain(store: Store, users: dict[str, User]) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(3):
                store.cases.record_concern(users["dsl"], concern_in())
        except BaseException as exc:  # noqa: BLE001 (collected and asserted below)
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(store.cases.list_concerns(users["dsl"])) == 12
    report = store.verify_audit()
    assert report.ok, report


def test_unusable_keys_are_not_found(store: Store, users: dict[str, User]) -> None:
    """PostgreSQL refuses NUL bytes in text; lookups with them are simply not found."""
    with pytest.raises(NotFoundError):
        store.cases.get_concern(users["dsl"], "a\x00b")
    with pytest.raises(NotFoundError):
        store.cases.chronology(users["dsl"], "a\x00b")
    with pytest.raises(NotFoundError):
        store.cases.issue_token(SYSTEM, "a\x00b")
    with pytest.raises(InvalidInputError):
        store.cases.list_concerns(users["dsl"], status="a\x00b")
    assert store.cases.authenticate("a\x00b", "long-password") is None


class _BrokenEngine:
    def scan(self, conv: object) -> None:
        raise ValueError(f"cannot read {conv!r}")  # a message that quotes its input

    def assess(self, inp: object, audience: str = "practitioner") -> None:
        raise ValueError(f"cannot grade {inp!r}")


def test_a_failing_engine_does_not_lose_the_record(
    store: Store, users: dict[str, User], caplog: pytest.LogCaptureFixture
) -> None:
    store.cases.use_engines(scanner=_BrokenEngine(), assessor=_BrokenEngine())
    conv = {"id": "c1", "messages": [{"sender": "u2", "text": "don't tell anyone ok"}]}
    c = store.cases.record_concern(users["dsl"], concern_in(conversation=conv))
    assert c.scan is None and c.assessments == []
    assert [e.kind for e in c.evidence] == ["hash"]  # the conversation itself is kept
    assert "ValueError" in caplog.text
    assert NAME not in caplog.text and "tell anyone" not in caplog.text


def test_very_long_notes_still_get_graded(store: Store, users: dict[str, User]) -> None:
    long_text = "word " * 19_000  # three fields, together over the assessment's notes limit
    c = store.cases.record_concern(
        users["dsl"], concern_in(summary=long_text, child_words=long_text, fact=long_text)
    )
    assert len(c.assessments) == 1


def test_action_outcome_is_recorded_once(store: Store, users: dict[str, User]) -> None:
    c = store.cases.record_concern(users["staff"], concern_in())
    action = store.cases.add_action(users["dsl"], c.id, ActionIn(description="call school"))
    assert action.outcome is None
    done = store.cases.record_outcome(users["dsl"], c.id, action.id, OutcomeIn(outcome="spoke"))
    assert done.outcome == "spoke" and done.id == action.id
    with pytest.raises(ConflictError):
        store.cases.record_outcome(users["admin"], c.id, action.id, OutcomeIn(outcome="again"))
    with pytest.raises(NotFoundError):
        store.cases.record_outcome(users["dsl"], c.id, "nope", OutcomeIn(outcome="x"))
    with pytest.raises(ForbiddenError):
        store.cases.record_outcome(users["staff"], c.id, action.id, OutcomeIn(outcome="x"))
    assert store.cases.get_concern(users["dsl"], c.id).actions[0].outcome == "spoke"


def test_migrations_match_the_models(store: Store) -> None:
    """A model changed without a migration shows up here (alembic autogenerate finds a diff)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from onguard.cases.models import Base

    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
