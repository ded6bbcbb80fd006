"""Whatever is typed into the forms, the answer is a page, never a server error (5xx)."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from web_helpers import csrf_of, record_concern, signed_in

from onguard.web import create_public_app

_PUBLIC = TestClient(create_public_app(), base_url="https://testserver")
_TOKEN = csrf_of(_PUBLIC.get("/check").text)

text = st.text(max_size=300)
FUZZ = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FUZZ
@given(conversation=text, child_name=text, child_age=text, audience=text)
def test_check_form_never_errors(
    conversation: str, child_name: str, child_age: str, audience: str
) -> None:
    r = _PUBLIC.post(
        "/check",
        data={
            "csrf_token": _TOKEN,
            "conversation": conversation,
            "child_name": child_name,
            "child_age": child_age,
            "audience": audience,
        },
    )
    assert r.status_code < 500, r.text[:500]
    assert "text/html" in r.headers["content-type"]


@FUZZ
@given(data=st.binary(max_size=2000), name=st.text(max_size=40))
def test_check_upload_never_errors(data: bytes, name: str) -> None:
    r = _PUBLIC.post(
        "/check",
        data={"csrf_token": _TOKEN},
        files={"export": ((name or "x") + ".txt", data, "text/plain")},
    )
    assert r.status_code < 500, r.text[:500]


def test_one_enormous_message_in_an_upload_is_a_4xx_or_a_result() -> None:
    data = ("A: " + "word " * 150_000 + "\n").encode()[: 1024 * 1024]
    r = _PUBLIC.post(
        "/check", data={"csrf_token": _TOKEN}, files={"export": ("chat.txt", data, "text/plain")}
    )
    assert r.status_code < 500


@given(q=st.text(max_size=250))
@FUZZ
def test_search_never_errors(q: str) -> None:
    r = _PUBLIC.get("/search", params={"q": q})
    assert r.status_code in (200, 400)


def test_concern_form_never_errors(store_app: FastAPI) -> None:
    client = signed_in(store_app, "staff")
    token = csrf_of(client.get("/concerns/new").text)
    fields = st.fixed_dictionaries(
        {
            "child_name": text,
            "child_age": text,
            "child_dob": text,
            "summary": text,
            "happened_at": text,
            "setting": text,
            "indicator_source": text,
            "child_id": st.text(max_size=50),
            "conversation": text,
        }
    )

    @FUZZ
    @given(values=fields)
    def post(values: dict[str, str]) -> None:
        r = client.post(
            "/concerns/new", data={"csrf_token": token, **values}, follow_redirects=False
        )
        assert r.status_code < 500, r.text[:500]

    post()


def test_amend_form_never_errors(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    concern_id = record_concern(client)
    token = csrf_of(client.get(f"/concerns/{concern_id}/amend").text)
    fields = st.fixed_dictionaries(
        {
            "summary": text,
            "happened_at": text,
            "setting": text,
            "child_words": text,
            "opinion": text,
            "indicator_source": text,
            "harms": st.lists(st.sampled_from(["grooming", "scam", "nope", ""]), max_size=3),
            "facts": st.lists(st.sampled_from(["adult_involved", "x"]), max_size=2),
            "reason": text,
        }
    )

    @FUZZ
    @given(values=fields)
    def post(values: dict[str, object]) -> None:
        r = client.post(
            f"/concerns/{concern_id}/amend",
            data={"csrf_token": token, **values},
            follow_redirects=False,
        )
        assert r.status_code in (303, 400), (r.status_code, r.text[:500])

    post()
