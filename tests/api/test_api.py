"""The HTTP API: concern flow, clear 4xx errors, size limits, no personal data in logs."""

from __future__ import annotations

import dataclasses
import importlib.util
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from onguard.api import create_app
from onguard.cases import SYSTEM
from onguard.cases.testing import FixedAssessor, FixedScanner, store_settings

NAME = "Jordan Sample"
SUMMARY = "was asked to keep a chat secret"


def _concern(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "child": {"name": NAME, "date_of_birth": "2013-04-01"},
        "summary": SUMMARY,
        "harms": ["grooming"],
        "indicators": [{"id": "withdrawn_secretive", "source": "disclosed"}],
    }
    body.update(extra)
    return body


def test_concern_round_trip(api: Any) -> None:
    dsl = api.headers("dsl")
    r = api.client.post(
        "/v1/concerns", json=_concern(child_words="he said keep it secret"), headers=dsl
    )
    assert r.status_code == 201
    cid = r.json()["id"]
    assert r.headers["location"] == f"/v1/concerns/{cid}"
    got = api.client.get(f"/v1/concerns/{cid}", headers=dsl).json()
    assert got["summary"] == SUMMARY and got["child_words"] == "he said keep it secret"
    assert got["indicators"] == [{"id": "withdrawn_secretive", "source": "disclosed"}]
    assert got["assessments"][0]["level"] == "significant"
    r = api.client.post(
        f"/v1/concerns/{cid}/amendments",
        json={"reason": "status after review", "status": "open"},
        headers=dsl,
    )
    assert r.status_code == 201 and r.json()["version"] == 2
    revs = api.client.get(f"/v1/concerns/{cid}/amendments", headers=dsl).json()
    assert revs[0]["previous"]["status"] == "new" and revs[0]["reason"] == "status after review"
    api.client.post(
        f"/v1/concerns/{cid}/actions",
        json={"description": "speak to parent", "due": "2026-12-01"},
        headers=dsl,
    )
    api.client.post(
        f"/v1/concerns/{cid}/referrals",
        json={
            "route": "ceop",
            "reference": "CE-1",
            "consent": "not_sought",
            "legal_basis": "public_task",
            "shared": "summary",
        },
        headers=dsl,
    )
    chron = api.client.get(f"/v1/children/{got['child_id']}/chronology", headers=dsl).json()
    assert chron["child"]["name"] == NAME
    assert [e["kind"] for e in chron["entries"]].count("referral") == 1
    events = api.client.get("/v1/audit?limit=1000", headers=api.headers("auditor")).json()
    assert all({"actor", "action", "object_type", "object_id", "at"} <= set(e) for e in events)
    assert any(e["action"] == "view_chronology" and e["actor"] == "dsl1" for e in events)


def test_scan_and_assess_endpoints_follow_the_spec(api: Any) -> None:
    conv = {
        "id": "c9",
        "messages": [{"sender": "a", "text": "hi"}, {"sender": "a", "text": "don't tell them"}],
    }
    r = api.client.post("/v1/scan", json=conv, headers=api.headers("platform"))
    assert r.status_code == 200
    assert r.json()["id"] == "c9" and r.json()["harms"][0]["first_message"] == 1
    r = api.client.post(
        "/v1/scan/batch", json=[conv, {**conv, "id": "c10"}], headers=api.headers("platform")
    )
    assert [x["id"] for x in r.json()] == ["c9", "c10"]
    r = api.client.post(
        "/v1/assess", json={"id": "a1", "harms": ["sextortion"]}, headers=api.headers("staff")
    )
    assert r.status_code == 200 and set(r.json()) == {
        "id",
        "level",
        "immediate_danger",
        "routes",
        "rationale",
    }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"child": {"name": "A", "age": 12}}, "summary"),
        ({"child": {"name": "A", "age": 40}, "summary": "s"}, "age"),
        ({"child": {"name": "A"}, "summary": "s"}, "child"),
        ({"child": {"name": "A", "age": 9}, "summary": "s", "harms": ["nope"]}, "harms"),
        ({"child": {"name": "A", "age": 9}, "summary": "s", "colour": "x"}, "colour"),
        (
            {"child": {"name": "A", "age": 9}, "summary": "s", "indicators": [{"id": "x"}]},
            "indicators",
        ),
    ],
)
def test_bad_concerns_get_422_naming_the_field(api: Any, body: dict[str, Any], field: str) -> None:
    r = api.client.post("/v1/concerns", json=body, headers=api.headers("dsl"))
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert any(field in [str(p) for p in d["loc"]] or field in d["msg"] for d in detail), detail
    assert all(set(d) == {"loc", "msg", "type"} for d in detail)  # no echo of the input


def test_malformed_json_and_unknown_ids(api: Any) -> None:
    dsl = api.headers("dsl")
    r = api.client.post(
        "/v1/concerns", content=b"{not json", headers={**dsl, "content-type": "application/json"}
    )
    assert r.status_code == 422
    assert api.client.get("/v1/concerns/does-not-exist", headers=dsl).status_code == 404
    assert api.client.get("/v1/concerns/" + "x" * 64, headers=dsl).status_code == 404
    assert api.client.get("/v1/concerns/" + "x" * 65, headers=dsl).status_code == 422
    assert api.client.get("/v1/children/nope/chronology", headers=dsl).status_code == 404
    for url in (
        "/v1/concerns/a%00b",
        "/v1/children/a%00/chronology",
        "/v1/concerns?status=x",
        "/v1/audit?before=99999999999999999999",
    ):
        assert api.client.get(url, headers=dsl).status_code == 422, url
    r = api.client.post(
        f"/v1/concerns/{api.concern_id}/amendments", json={"reason": "r"}, headers=dsl
    )
    assert r.status_code == 422 and "at least one" in r.text
    r = api.client.post(
        f"/v1/concerns/{api.concern_id}/evidence",
        json={"kind": "excerpt", "value": "x", "message_index": 2**40},
        headers=dsl,
    )
    assert r.status_code == 422 and "message_index" in r.text
    r = api.client.post("/v1/concerns", json=_concern(child={"id": "no-such-child"}), headers=dsl)
    assert r.status_code == 404


@pytest.fixture
def small_app(tmp_path: Path) -> Iterator[tuple[TestClient, str]]:
    with store_settings("sqlite", tmp_path / "home") as settings:
        app = create_app(dataclasses.replace(settings, max_body_bytes=2000))
        app.state.cases.use_engines(scanner=FixedScanner(), assessor=FixedAssessor())
        app.state.cases.create_user(SYSTEM, "d", "dsl", "long-password")
        token = app.state.cases.issue_token(SYSTEM, "d")
        with TestClient(app, raise_server_exceptions=False) as client:
            yield client, token
        app.state.store.close()


def test_request_bodies_are_size_limited(small_app: tuple[TestClient, str]) -> None:
    client, token = small_app
    headers = {"Authorization": f"Bearer {token}", "content-type": "application/json"}
    big = _concern(summary="x" * 5000)
    r = client.post("/v1/concerns", json=big, headers=headers)
    assert r.status_code == 413 and "2000 bytes" in r.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the stream itself is counted
        yield b'{"child": {"name": "A", "age": 9}, "summary": "'
        for _ in range(50):
            yield b"y" * 100
        yield b'"}'

    r = client.post("/v1/concerns", content=chunks(), headers=headers)
    assert r.status_code == 413
    assert client.post("/v1/concerns", json=_concern(), headers=headers).status_code == 201


def test_no_personal_data_in_logs(api: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    dsl = api.headers("dsl")
    cid = api.client.post("/v1/concerns", json=_concern(), headers=dsl).json()["id"]
    api.client.get(f"/v1/concerns/{cid}", headers=dsl)
    api.client.get(f"/v1/concerns/{cid}", headers=api.headers("staff2"))
    api.client.post(
        "/v1/concerns", json={**_concern(), "child": {"name": NAME, "age": 99}}, headers=dsl
    )
    for secret in (NAME, SUMMARY, api.tokens["dsl"]):
        assert secret not in caplog.text


def test_openapi_declares_bearer_auth(api: Any) -> None:
    schema = api.client.get("/openapi.json").json()
    schemes = schema["components"]["securitySchemes"]
    assert any(s["type"] == "http" and s["scheme"] == "bearer" for s in schemes.values())
    assert "/v1/concerns/{concern_id}/referrals" in schema["paths"]


def _installed(module: str, attr: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None and hasattr(
            importlib.import_module(module), attr
        )
    except ImportError:
        return False


@pytest.mark.skipif(
    not _installed("onguard.conversation", "Scanner"),
    reason="onguard.conversation.Scanner not built yet",
)
def test_real_scanner_through_the_api(tmp_path: Path) -> None:
    conv = {
        "id": "r1",
        "participants": [{"id": "u1", "role": "child"}, {"id": "u2", "role": "unknown"}],
        "messages": [
            {"sender": "u2", "text": "how old are you?"},
            {"sender": "u2", "text": "don't tell your mum about us"},
            {"sender": "u2", "text": "send me a pic, delete it after"},
        ],
    }
    with store_settings("sqlite", tmp_path / "home") as settings:
        app = create_app(settings)
        for name, role in (("p", "platform"), ("d", "dsl")):
            app.state.cases.create_user(SYSTEM, name, role, "long-password")
        platform = {"Authorization": f"Bearer {app.state.cases.issue_token(SYSTEM, 'p')}"}
        dsl = {"Authorization": f"Bearer {app.state.cases.issue_token(SYSTEM, 'd')}"}
        with TestClient(app) as client:
            scanned = client.post("/v1/scan", json=conv, headers=platform)
            recorded = client.post(
                "/v1/concerns",
                headers=dsl,
                json={"child": {"name": NAME, "age": 12}, "summary": SUMMARY, "conversation": conv},
            )
        app.state.store.close()
    assert scanned.status_code == 200
    assert scanned.json()["id"] == "r1"
    assert scanned.json()["risk"] in {"none", "low", "medium", "high", "critical"}
    assert recorded.status_code == 201
    body = recorded.json()
    assert body["scan"] == scanned.json()  # the stored scan is the scanner's own result
    texts = [m["text"] for m in conv["messages"]]
    for ev in body["evidence"]:
        if ev["kind"] == "excerpt":
            assert ev["value"] in texts[ev["message_index"]]
    assert any(ev["kind"] == "hash" for ev in body["evidence"])


@pytest.mark.skipif(
    not _installed("onguard.assess", "Assessor"), reason="onguard.assess.Assessor not built yet"
)
def test_real_assessor_grades_a_recorded_concern(tmp_path: Path) -> None:
    with store_settings("sqlite", tmp_path / "home") as settings:
        app = create_app(settings)
        app.state.cases.create_user(SYSTEM, "d", "dsl", "long-password")
        token = app.state.cases.issue_token(SYSTEM, "d")
        body = _concern(
            child={"name": NAME, "age": 13}, harms=["sextortion"], facts={"payment_demanded": True}
        )
        with TestClient(app) as client:
            r = client.post("/v1/concerns", json=body, headers={"Authorization": f"Bearer {token}"})
        app.state.store.close()
    assert r.status_code == 201
    (assessment,) = r.json()["assessments"]
    assert assessment["source"] == "automated" and assessment["level"] != "none"
    assert assessment["rationale"] and assessment["review_date"]


def test_unexpected_errors_are_500_without_their_message(
    api: Any, caplog: pytest.LogCaptureFixture
) -> None:
    app = api.client.app

    @app.get("/v1/test-broken")
    def broken() -> None:
        raise ValueError(f"about {NAME}")  # an exception message quoting a record

    caplog.set_level(logging.DEBUG)
    r = api.client.get("/v1/test-broken")
    assert r.status_code == 500 and r.json() == {"detail": "internal error"}
    assert "ValueError" in caplog.text and NAME not in caplog.text


def test_deactivating_a_user_ends_their_token_at_once(api: Any) -> None:
    admin, dsl = api.headers("admin"), api.headers("dsl")
    assert api.client.get("/v1/me", headers=dsl).status_code == 200
    r = api.client.post("/v1/users/dsl1/deactivate", headers=admin)
    assert r.status_code == 200 and r.json()["active"] is False
    assert api.client.get("/v1/me", headers=dsl).status_code == 401
    again = api.client.post("/v1/users/dsl1/deactivate", headers=admin)
    assert again.status_code == 409 and "already" in again.json()["detail"]
    assert api.client.post("/v1/users/nobody/deactivate", headers=admin).status_code == 404
    assert api.client.post("/v1/users/%20x/deactivate", headers=admin).status_code == 422
    users = {u["username"]: u["active"] for u in api.client.get("/v1/users", headers=admin).json()}
    assert users["dsl1"] is False and users["admin1"] is True
