"""Every endpoint x every role: allowed roles succeed, the others get 403, no token gets 401.

Who may do what is written out here independently of the service's own table, so a change
to the permissions has to be made (and reviewed) in both places.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

ROLES = ("admin", "dsl", "staff", "auditor", "platform")
CONV = {"id": "c1", "messages": [{"sender": "u2", "text": "don't tell your mum"}]}
CASEWORK = {"admin", "dsl"}
RECORDERS = {"admin", "dsl", "staff"}  # staff: on the concern they recorded (as here)


def _amendment() -> dict[str, Any]:
    return {"reason": "fuller account", "summary": f"updated {uuid.uuid4().hex}"}


# (method, path, body factory or None, roles allowed)
ENDPOINTS: list[tuple[str, str, Any, set[str]]] = [
    ("GET", "/v1/me", None, set(ROLES)),
    ("POST", "/v1/scan", lambda: CONV, {"admin", "dsl", "staff", "platform"}),
    ("POST", "/v1/scan/batch", lambda: [CONV, CONV], {"admin", "dsl", "staff", "platform"}),
    ("POST", "/v1/assess", lambda: {"id": "a1", "harms": ["grooming"]}, RECORDERS),
    ("POST", "/v1/concerns", lambda: {"child": {"name": "B", "age": 9}, "summary": "s"}, RECORDERS),
    ("GET", "/v1/concerns", None, RECORDERS),
    ("GET", "/v1/concerns/{cid}", None, RECORDERS),
    ("POST", "/v1/concerns/{cid}/amendments", _amendment, CASEWORK),
    ("GET", "/v1/concerns/{cid}/amendments", None, RECORDERS),
    (
        "POST",
        "/v1/concerns/{cid}/evidence",
        lambda: {"kind": "url", "value": "https://e.test"},
        RECORDERS,
    ),
    ("POST", "/v1/concerns/{cid}/actions", lambda: {"description": "call home"}, CASEWORK),
    ("GET", "/v1/concerns/{cid}/actions", None, RECORDERS),
    ("POST", "/v1/concerns/{cid}/actions/{action}/outcome", lambda: {"outcome": "done"}, CASEWORK),
    ("POST", "/v1/concerns/{cid}/referrals", lambda: {"route": "mash"}, CASEWORK),
    ("GET", "/v1/concerns/{cid}/referrals", None, RECORDERS),
    (
        "POST",
        "/v1/concerns/{cid}/assessments",
        lambda: {"level": "emerging", "rationale": ["two indicators"]},
        CASEWORK,
    ),
    ("GET", "/v1/children", None, CASEWORK),
    ("GET", "/v1/children/{child}/chronology", None, CASEWORK),
    ("GET", "/v1/audit", None, {"admin", "auditor"}),
    ("GET", "/v1/users", None, {"admin"}),
    ("POST", "/v1/users/{user}/deactivate", None, {"admin"}),
]
IDS = [f"{m} {p}" for m, p, _, _ in ENDPOINTS]


def _call(api: Any, method: str, path: str, body: Any, role: str | None) -> Any:
    action = ""
    if "{action}" in path:  # a fresh action without an outcome, made by the DSL
        action = api.client.post(
            f"/v1/concerns/{api.concern_id}/actions",
            json={"description": "check in"},
            headers=api.headers("dsl"),
        ).json()["id"]
    user = ""
    if "{user}" in path:  # a fresh account to deactivate
        from onguard.cases import SYSTEM

        user = "u" + uuid.uuid4().hex[:12]
        api.client.app.state.cases.create_user(SYSTEM, user, "staff", "long-password")
    url = path.format(cid=api.concern_id, child=api.child_id, action=action, user=user)
    return api.client.request(method, url, json=body() if body else None, headers=api.headers(role))


@pytest.mark.parametrize(("method", "path", "body", "allowed"), ENDPOINTS, ids=IDS)
@pytest.mark.parametrize("role", ROLES)
def test_role_matrix(
    shared_api: Any, method: str, path: str, body: Any, allowed: set[str], role: str
) -> None:
    r = _call(shared_api, method, path, body, role)
    if role in allowed:
        assert r.status_code in (200, 201), (role, r.status_code, r.text)
    else:
        assert r.status_code == 403, (role, r.status_code, r.text)
        assert role in r.json()["detail"]


@pytest.mark.parametrize(("method", "path", "body", "allowed"), ENDPOINTS, ids=IDS)
def test_no_token_is_401(
    shared_api: Any, method: str, path: str, body: Any, allowed: set[str]
) -> None:
    r = _call(shared_api, method, path, body, None)
    assert r.status_code == 401
    assert r.headers["www-authenticate"] == "Bearer"
    bad = shared_api.client.request(
        method,
        path.format(
            cid=shared_api.concern_id, child=shared_api.child_id, action="a1", user="staff2"
        ),
        json=body() if body else None,
        headers={"Authorization": "Bearer og_not-a-real-token"},
    )
    assert bad.status_code == 401


@pytest.mark.parametrize(
    ("method", "path", "body", "allowed"),
    [e for e in ENDPOINTS if "{cid}" in e[1] and "staff" in e[3]],
    ids=[i for i, e in zip(IDS, ENDPOINTS, strict=True) if "{cid}" in e[1] and "staff" in e[3]],
)
def test_staff_cannot_touch_anothers_concern(
    shared_api: Any, method: str, path: str, body: Any, allowed: set[str]
) -> None:
    r = _call(shared_api, method, path, body, "staff2")
    assert r.status_code == 403


def test_healthz_needs_no_token(shared_api: Any) -> None:
    r = shared_api.client.get("/healthz")
    assert r.status_code == 200 and r.json()["status"] == "ok"


def test_matrix_covers_every_api_route(shared_api: Any) -> None:
    schema = shared_api.client.get("/openapi.json").json()
    listed = {
        (m.upper(), p) for p, ops in schema["paths"].items() for m in ops if p.startswith("/v1/")
    }
    covered = {
        (
            m,
            p.replace("{cid}", "{concern_id}")
            .replace("{child}", "{child_id}")
            .replace("{action}", "{action_id}")
            .replace("{user}", "{username}"),
        )
        for m, p, _, _ in ENDPOINTS
    }
    assert listed == covered
