"""Check a conversation: form errors (4xx that say what to fix) and, with the scanner, results."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from web_helpers import GROOMING_CHAT, csrf_of

from onguard.web import create_public_app
from onguard.web.highlight import Segment, Span, segments

CHAT = GROOMING_CHAT


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_public_app(), base_url="https://testserver")


def _post(client: TestClient, data: dict[str, str], files: dict | None = None) -> object:
    token = csrf_of(client.get("/check").text)
    return client.post("/check", data={"csrf_token": token, **data}, files=files)


def test_check_form_is_accessible(client: TestClient) -> None:
    page = client.get("/check").text
    for field in ("conversation", "export", "child_name", "child_age"):
        assert f'<label for="{field}">' in page
    assert 'enctype="multipart/form-data"' in page
    assert 'name="audience" value="parent"' in page and 'value="practitioner"' in page
    assert "Nothing you paste or upload here is stored" in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"conversation": ""}, "Paste the messages, or upload a chat export file."),
        ({"conversation": "x" * 100_001}, "paste at most 100,000"),
        ({"conversation": CHAT, "child_age": "twelve"}, "whole number from 0 to 25"),
        ({"conversation": CHAT, "child_age": "30"}, "whole number from 0 to 25"),
        ({"conversation": CHAT, "audience": "robot"}, "Choose who the advice is for"),
        (
            {"conversation": CHAT, "child_name": "Nobody"},
            "Nobody in the conversation has that name",
        ),
    ],
)
def test_bad_input_is_a_400_that_says_what_to_fix(
    client: TestClient, data: dict[str, str], message: str
) -> None:
    r = _post(client, data)
    assert r.status_code == 400  # type: ignore[attr-defined]
    text = r.text  # type: ignore[attr-defined]
    assert 'class="error-summary"' in text
    assert message in text
    assert 'aria-invalid="true"' in text


def test_paste_and_upload_together_is_refused(client: TestClient) -> None:
    r = _post(
        client, {"conversation": CHAT}, files={"export": ("chat.txt", CHAT.encode(), "text/plain")}
    )
    assert r.status_code == 400  # type: ignore[attr-defined]
    assert "not both" in r.text  # type: ignore[attr-defined]


def test_unreadable_upload_is_a_400(client: TestClient) -> None:
    binary = bytes(range(256)) * 8
    r = _post(client, {}, files={"export": ("photo.bin", binary, "application/octet-stream")})
    assert r.status_code == 400  # type: ignore[attr-defined]
    assert "could not be read as a chat export" in r.text  # type: ignore[attr-defined]


def test_empty_upload_is_a_400(client: TestClient) -> None:
    r = _post(client, {}, files={"export": ("chat.txt", b"", "text/plain")})
    assert r.status_code == 400  # type: ignore[attr-defined]
    text = r.text  # type: ignore[attr-defined]
    assert "The file is empty" in text or "Paste the messages" in text


def test_oversized_form_is_a_413_page(client: TestClient) -> None:
    token = csrf_of(client.get("/check").text)
    big = b"A: hi\n" * 400_000
    r = client.post(
        "/check", data={"csrf_token": token}, files={"export": ("chat.txt", big, "text/plain")}
    )
    assert r.status_code == 413
    assert "too much to send" in r.text


def test_the_pasted_text_is_escaped_when_shown_again(client: TestClient) -> None:
    r = _post(client, {"conversation": "<script>x</script>" * 10, "child_age": "bad"})
    assert r.status_code == 400  # type: ignore[attr-defined]
    assert "<script>x</script>" not in r.text  # type: ignore[attr-defined]


def test_segments_split_at_every_span_boundary() -> None:
    text = "don't tell your mum, send a pic"
    got = segments(text, [Span(0, 19, 1), Span(11, 19, 2), Span(21, 31, 3), Span(50, 60, 4)])
    assert "".join(s.text for s in got) == text
    assert got[0] == Segment("don't tell ", (1,))
    assert got[1] == Segment("your mum", (1, 2))
    assert got[2] == Segment(", ", ())
    assert got[3] == Segment("send a pic", (3,))


def test_segments_without_spans_is_the_whole_text() -> None:
    assert segments("hello", []) == [Segment("hello", ())]
    assert segments("", [Span(0, 3, 1)]) == []


@pytest.mark.parametrize("audience", ["parent", "practitioner"])
def test_check_shows_highlighted_evidence_harms_risk_and_plan(
    client: TestClient, audience: str
) -> None:
    r = _post(client, {"conversation": CHAT, "child_name": "Alex", "audience": audience})
    assert r.status_code == 200, r.text[:3000]  # type: ignore[attr-defined]
    text = r.text  # type: ignore[attr-defined]
    assert "Nothing has been stored" in text
    marks = re.findall(r'<mark title="([^"]+)">([^<]+)</mark>', text)
    assert marks, "no highlighted evidence"
    assert all(title and span for title, span in marks)
    assert 'href="/guide/forms/grooming"' in text
    assert re.search(r'class="risk risk-(low|medium|high|critical)"', text)
    assert "What to do next" in text and 'class="plan-routes"' in text
    assert "(the child)" in text


def test_an_uploaded_whatsapp_export_is_checked(client: TestClient) -> None:
    export = "\n".join(
        [f"12/01/2026, 21:4{i} - {line}" for i, line in enumerate(CHAT.splitlines())]
    )
    r = _post(
        client,
        {"audience": "practitioner"},
        files={"export": ("WhatsApp Chat with Sam.txt", export.encode(), "text/plain")},
    )
    assert r.status_code == 200  # type: ignore[attr-defined]
    text = r.text  # type: ignore[attr-defined]
    assert "6 messages checked" in text
    assert "<mark" in text
    # the upload is not offered for saving to someone who is not signed in
    assert "Record a concern with this conversation" not in text
