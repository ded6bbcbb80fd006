"""Users: loading by id for web sessions, and deactivation (admin only, audited)."""

from __future__ import annotations

import pytest

from onguard.cases import SYSTEM, ConflictError, ForbiddenError, NotFoundError, Store, User


def _events(store: Store, action: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.actor_role, e.outcome, e.object_id)
        for e in store.cases.audit_events(SYSTEM, limit=1000)
        if e.action == action
    ]


def test_user_by_id_is_the_user_as_they_are_now(store: Store, users: dict[str, User]) -> None:
    staff = users["staff"]
    assert store.cases.user_by_id(staff.id or 0) == staff
    for missing in (0, -1, 10_000, 2**40):
        assert store.cases.user_by_id(missing) is None


def test_only_admin_deactivates_and_it_is_audited(store: Store, users: dict[str, User]) -> None:
    for role in ("dsl", "staff", "auditor", "platform"):
        with pytest.raises(ForbiddenError):
            store.cases.deactivate_user(users[role], "staff2")
    assert store.cases.user_by_id(users["staff2"].id or 0) is not None
    out = store.cases.deactivate_user(users["admin"], "staff2")
    assert out.username == "staff2" and out.active is False
    # a refusal is recorded under the permission it lacked
    denied = [e for e in _events(store, "manage_users") if e[1] == "denied"]
    assert sorted(e[0] for e in denied) == ["auditor", "dsl", "platform", "staff"]
    assert _events(store, "deactivate_user") == [("admin", "allowed", str(users["staff2"].id))]
    listed = {u.username: u.active for u in store.cases.list_users(SYSTEM)}
    assert listed["staff2"] is False and listed["staff1"] is True


def test_a_deactivated_user_cannot_sign_in_or_use_tokens(
    store: Store, users: dict[str, User]
) -> None:
    cases = store.cases
    token = cases.issue_token(SYSTEM, "dsl1")
    assert cases.user_for_token(token) == users["dsl"]
    assert cases.authenticate("dsl1", "long-password") == users["dsl"]
    cases.deactivate_user(SYSTEM, "dsl1")
    assert cases.authenticate("dsl1", "long-password") is None
    assert cases.user_for_token(token) is None
    assert cases.user_by_id(users["dsl"].id or 0) is None
    # its tokens were revoked too, so reactivating an account by hand would not revive them
    assert cases.revoke_tokens(SYSTEM, "dsl1") == 0


def test_deactivation_refusals(store: Store, users: dict[str, User]) -> None:
    cases = store.cases
    with pytest.raises(NotFoundError):
        cases.deactivate_user(SYSTEM, "nobody")
    with pytest.raises(NotFoundError):
        cases.deactivate_user(SYSTEM, "x\x00y")
    cases.deactivate_user(SYSTEM, "staff2")
    with pytest.raises(ConflictError, match="already"):
        cases.deactivate_user(SYSTEM, "staff2")
    # the store is never left without an active admin
    with pytest.raises(ConflictError, match="last active admin"):
        cases.deactivate_user(users["admin"], "admin1")
    cases.create_user(SYSTEM, "admin2", "admin", "long-password")
    cases.deactivate_user(users["admin"], "admin1")
    assert cases.authenticate("admin1", "long-password") is None
