"""The child on the concern page, sessions that follow the store, and amending a concern."""

from __future__ import annotations

import re
import uuid

from fastapi import FastAPI
from web_helpers import PASSWORD, csrf_of, new_client, record_concern, signed_in

from onguard.cases import SYSTEM
from onguard.cases.models import UserRow


def _audit_actions(app: FastAPI, action: str) -> int:
    return sum(1 for e in app.state.cases.audit_events(SYSTEM, limit=1000) if e.action == action)


def _new_user(app: FastAPI, role: str) -> tuple[str, int]:
    name = f"{role}-{uuid.uuid4().hex[:8]}"
    out = app.state.cases.create_user(SYSTEM, name, role, PASSWORD)
    return name, out.id


def _set_role(app: FastAPI, user_id: int, role: str) -> None:
    """An admin changing the role in the database (there is no command for it yet)."""
    with app.state.store.transaction() as s:
        s.get_one(UserRow, user_id).role = role


# ---------------------------------------------------------------------------
# 1. The child's details come with the concern, not from the chronology


def test_concern_page_and_summary_name_the_child_without_reading_the_chronology(
    store_app: FastAPI,
) -> None:
    chronology_reads = _audit_actions(store_app, "view_chronology")
    for role in ("staff", "dsl"):
        client = signed_in(store_app, role)
        concern_id = record_concern(client, child_name=f"Child of {role}", child_age="11")
        for path in (f"/concerns/{concern_id}", f"/concerns/{concern_id}/summary"):
            page = client.get(path)
            assert page.status_code == 200, (role, path)
            assert f"Child of {role}" in page.text, (role, path)
            assert "11 when first recorded" in page.text, (role, path)
    # no chronology was read (nor refused) to show them
    assert _audit_actions(store_app, "view_chronology") == chronology_reads
    # another member of staff still cannot see the concern, nor so the child
    other = signed_in(store_app, "staff2")
    r = other.get(f"/concerns/{concern_id}/summary")
    assert r.status_code == 403 and "Child of dsl" not in r.text


# ---------------------------------------------------------------------------
# 2. The signed-in user is re-loaded from the store on every request


def test_a_role_change_takes_effect_on_the_next_request(store_app: FastAPI) -> None:
    owner = signed_in(store_app, "staff")
    concern_id = record_concern(owner)
    name, user_id = _new_user(store_app, "dsl")
    client = signed_in(store_app, name)
    assert client.get(f"/concerns/{concern_id}").status_code == 200
    _set_role(store_app, user_id, "staff")  # demoted: now sees only their own concerns
    page = client.get(f"/concerns/{concern_id}")
    assert page.status_code == 403
    assert "/chronology" not in client.get("/concerns").text
    _set_role(store_app, user_id, "dsl")  # and back
    assert client.get(f"/concerns/{concern_id}").status_code == 200
    _set_role(store_app, user_id, "platform")  # API-only accounts are signed out
    r = client.get("/concerns", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/sign-in")


def test_a_deactivated_user_is_signed_out_at_once(store_app: FastAPI) -> None:
    name, _ = _new_user(store_app, "staff")
    client = signed_in(store_app, name)
    concern_id = record_concern(client)
    admin = signed_in(store_app, "admin")
    assert admin.get(f"/concerns/{concern_id}").status_code == 200
    store_app.state.cases.deactivate_user(SYSTEM, name)
    r = client.get(f"/concerns/{concern_id}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/sign-in?next=")
    assert 'href="/sign-in"' in client.get("/").text  # the pages show them as signed out
    fresh = new_client(store_app)
    token = csrf_of(fresh.get("/sign-in").text)
    r = fresh.post("/sign-in", data={"csrf_token": token, "username": name, "password": PASSWORD})
    assert r.status_code == 401
    # what they recorded stays on record
    assert admin.get(f"/concerns/{concern_id}").status_code == 200


# ---------------------------------------------------------------------------
# 3. Amending a concern


def _amend_form_data(page: str) -> dict[str, object]:
    """The amend form as the browser would send it unchanged."""
    data: dict[str, object] = {"csrf_token": csrf_of(page)}
    for name in ("summary", "child_words", "fact", "opinion", "immediate_action", "reason"):
        match = re.search(rf'<textarea id="{name}" name="{name}"[^>]*>([^<]*)</textarea>', page)
        assert match, name
        data[name] = match.group(1).replace("&#39;", "'")
    for name in ("setting", "happened_at"):
        match = re.search(
            rf'id="{name}" name="{name}" type="[^"]+"(?: maxlength="\d+")? value="([^"]*)"', page
        )
        assert match, name
        data[name] = match.group(1)
    for name in ("indicators", "harms", "facts"):
        data[name] = re.findall(rf'name="{name}" value="([^"]+)" checked', page)
    data["indicator_source"] = "observed"
    return data


def test_dsl_amends_a_concern_and_the_earlier_version_is_shown(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    concern_id = record_concern(
        client, setting="a game chat", happened_at="2026-11-01T15:00", fact="Seen on the phone"
    )
    page = client.get(f"/concerns/{concern_id}").text
    assert f'href="/concerns/{concern_id}/amend"' in page
    assert "has not been amended" in page
    form = client.get(f"/concerns/{concern_id}/amend")
    assert form.status_code == 200
    # the form shows the record as it is now
    assert "Said an online friend asked how old they are and to keep it secret</textarea>" in (
        form.text
    )
    assert 'value="a game chat"' in form.text and 'value="2026-11-01T15:00"' in form.text
    assert re.search(r'id="harm-grooming" name="harms" value="grooming" checked', form.text)
    data = _amend_form_data(form.text)
    data.update(
        summary="A fuller account: an online friend asked their age and to keep it secret",
        setting="",
        harms=["grooming", "sextortion"],
        reason="The child gave a fuller account",
    )
    r = client.post(f"/concerns/{concern_id}/amend", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text[:3000]
    assert r.headers["location"] == f"/concerns/{concern_id}#history"
    page = client.get(f"/concerns/{concern_id}").text
    assert "(version 2)" in page and "A fuller account" in page
    history = page[page.index('id="history"') :]
    assert "Version 1 amended to version 2" in history
    assert "The child gave a fuller account" in history
    rows = dict(re.findall(r'<tr><th scope="row">([^<]+)</th><td>([^<]*)</td>', history))
    assert set(rows) == {"What happened", "Where", "Forms of exploitation"}
    assert rows["What happened"].startswith("Said an online friend")  # the earlier version
    assert rows["Where"] == "a game chat"
    # unchanged fields were not touched, and the store kept version 1
    concern = store_app.state.cases.get_concern(SYSTEM, concern_id)
    assert concern.setting is None and concern.fact == "Seen on the phone"
    assert concern.harms == ["grooming", "sextortion"]
    assert [r.version for r in concern.revisions] == [1]
    assert concern.revisions[0].previous["setting"] == "a game chat"
    # a second amendment shows both, newest first
    data = _amend_form_data(client.get(f"/concerns/{concern_id}/amend").text)
    data.update(opinion="Worried about the secrecy", reason="Added the DSL's view")
    assert client.post(f"/concerns/{concern_id}/amend", data=data).status_code == 200
    history = client.get(f"/concerns/{concern_id}").text.split('id="history"')[1]
    assert history.index("Version 2 amended to version 3") < history.index(
        "Version 1 amended to version 2"
    )


def test_bad_amendments_are_400s_that_say_what_to_fix(store_app: FastAPI) -> None:
    client = signed_in(store_app, "admin")
    concern_id = record_concern(client)
    data = _amend_form_data(client.get(f"/concerns/{concern_id}/amend").text)
    cases = [
        ({"reason": "tidy"}, ["Nothing is different from the current record"]),
        ({"summary": "changed", "reason": ""}, ["Say why the record is being amended."]),
        ({"summary": "", "reason": "x"}, ["the summary cannot be left empty"]),
        ({"summary": "changed", "reason": "x", "happened_at": "last week"}, ["date and time"]),
        ({"summary": "changed", "reason": "x", "happened_at": "2999-01-01T10:00"}, ["future"]),
        ({"setting": "s" * 501, "reason": "x"}, ["at most 500"]),
        ({"fact": "f" * 20_001, "reason": "x"}, ["at most 20,000"]),
        ({"summary": "changed", "reason": "x", "indicator_source": "guess"}, ["how you know"]),
    ]
    for change, messages in cases:
        r = client.post(f"/concerns/{concern_id}/amend", data={**data, **change})
        assert r.status_code == 400, (change, r.status_code)
        assert 'class="error-summary"' in r.text
        for message in messages:
            assert message in r.text, (change, message)
    # the values typed are kept, and nothing was amended
    r = client.post(
        f"/concerns/{concern_id}/amend", data={**data, "summary": "kept text", "reason": ""}
    )
    assert ">kept text</textarea>" in r.text
    assert store_app.state.cases.get_concern(SYSTEM, concern_id).version == 1


def test_staff_cannot_amend_and_amending_needs_csrf(store_app: FastAPI) -> None:
    staff = signed_in(store_app, "staff")
    own = record_concern(staff)
    page = staff.get(f"/concerns/{own}").text
    assert "/amend" not in page  # the store does not let staff amend, even their own
    assert staff.get(f"/concerns/{own}/amend").status_code == 403
    r = staff.post(
        f"/concerns/{own}/amend",
        data={"csrf_token": csrf_of(page), "summary": "changed", "reason": "x"},
    )
    assert r.status_code == 403
    dsl = signed_in(store_app, "dsl")
    data = _amend_form_data(dsl.get(f"/concerns/{own}/amend").text)
    for token in (None, "", "forged", csrf_of(staff.get("/concerns").text)):
        body = {**data, "summary": "changed", "reason": "x"}
        body.pop("csrf_token")
        if token is not None:
            body["csrf_token"] = token
        r = dsl.post(f"/concerns/{own}/amend", data=body)
        assert r.status_code == 403 and "This form has expired" in r.text
    assert store_app.state.cases.get_concern(SYSTEM, own).version == 1
    assert dsl.get("/concerns/00000000-0000-0000-0000-000000000000/amend").status_code == 404


def test_line_breaks_sent_back_by_a_browser_are_not_a_change(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    concern_id = record_concern(client, summary="first line\nsecond line")
    data = _amend_form_data(client.get(f"/concerns/{concern_id}/amend").text)
    assert data["summary"] == "first line\nsecond line"
    data.update(summary="first line\r\nsecond line", reason="no real change")
    r = client.post(f"/concerns/{concern_id}/amend", data=data)
    assert r.status_code == 400 and "Nothing is different" in r.text
