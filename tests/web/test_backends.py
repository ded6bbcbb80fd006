"""The adapters to the other packages (the plan, chat reading), as the pages use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi import FastAPI
from starlette.requests import Request

from onguard.assess import Assessor
from onguard.spec import AssessmentInput, ChildInfo, Facts
from onguard.web import backends


def _request() -> Request:
    app = FastAPI()
    return Request({"type": "http", "app": app, "headers": [], "method": "GET", "path": "/"})


@pytest.mark.parametrize("audience", ["parent", "practitioner"])
def test_plan_view_keeps_the_engines_order_and_fills_route_details(audience: str) -> None:
    plan = Assessor().assess(
        AssessmentInput(
            id="t",
            child=ChildInfo(age=14),
            harms=["sextortion"],
            facts=Facts(immediate_danger=True, payment_demanded=True),
        ),
        audience=audience,  # type: ignore[arg-type]
    )
    view = backends.plan_view(_request(), plan)
    assert [step.route.id for step in view.routes] == [r.id for r in plan.routes]
    assert view.routes[0].route.id == "call_999"
    assert view.immediate_danger is True
    assert "stopncii" not in [step.route.id for step in view.routes]
    assert view.level == plan.output.level
    assert view.rationale == list(plan.output.rationale)
    headings = [heading for heading, items in view.guidance if items]
    assert "What not to do" in headings


def test_pasted_text_is_read_into_a_conversation_with_the_child_marked() -> None:
    conv = backends.parse_pasted("Sam: how old are you?\nAlex: 12\nSam: our secret ok", "Alex")
    assert len(conv.messages) == 3
    assert conv.child_ids()


def test_upload_is_read_from_a_temporary_file_and_nothing_is_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    export = "12/01/2026, 21:41 - Sam: hi\n12/01/2026, 21:42 - Alex: hello\n"
    conv = backends.read_upload("WhatsApp Chat.txt", export.encode(), None)
    assert [m.text for m in conv.messages] == ["hi", "hello"]
    assert list(tmp_path.iterdir()) == []


def test_snapchat_and_tiktok_uploads_are_read() -> None:
    item = {
        "From": "sam.t.example",
        "Media Type": "TEXT",
        "Created": "2024-03-14 19:05:00 UTC",
        "Content": "how old are you?",
        "Conversation Title": None,
        "IsSender": False,
    }
    snap = json.dumps({"sam.t.example": [item]}).encode()
    conv = backends.read_upload("chat_history.json", snap, None)
    assert [m.text for m in conv.messages] == ["how old are you?"]
    chats = {
        "Chat History with sam.t.example:": [
            {"Date": "2024-03-14 19:05:00", "From": "sam.t.example", "Content": "hi"}
        ]
    }
    tiktok = json.dumps({"Direct Messages": {"Chat History": {"ChatHistory": chats}}}).encode()
    conv = backends.read_upload("user_data.json", tiktok, None)
    assert [m.text for m in conv.messages] == ["hi"]


def test_unreadable_upload_raises_an_input_error_that_names_no_content() -> None:
    with pytest.raises(backends.InputError) as err:
        backends.read_upload("x.bin", bytes(range(256)) * 4, None)
    assert "could not be read" in err.value.message


def test_as_text_round_trips_through_the_paste_reader() -> None:
    conv = backends.parse_pasted("Sam: hello there\nAlex: hi")
    again = backends.parse_pasted(backends.as_text(conv))
    assert [(m.sender, m.text) for m in again.messages] == [
        (m.sender, m.text) for m in conv.messages
    ]
