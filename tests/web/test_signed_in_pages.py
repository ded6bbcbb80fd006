"""Signed-in pages on the real app: sign-in, sessions, CSRF, roles, concerns, chronology, audit."""

from __future__ import annotations

import re

from fastapi import FastAPI
from web_helpers import (
    GROOMING_CHAT,
    PASSWORD,
    csrf_of,
    new_client,
    record_concern,
    signed_in,
)

from onguard.taxonomy import default_taxonomy

TAX = default_taxonomy()


def test_home_links_to_a_sign_in_form(store_app: FastAPI) -> None:
    client = new_client(store_app)
    assert 'href="/sign-in"' in client.get("/").text
    page = client.get("/sign-in")
    assert page.status_code == 200
    assert '<label for="username">' in page.text and '<label for="password">' in page.text
    assert 'type="password"' in page.text


def test_session_cookie_is_secure_http_only_and_same_site(store_app: FastAPI) -> None:
    client = new_client(store_app)
    token = csrf_of(client.get("/sign-in").text)
    r = client.post(
        "/sign-in",
        data={"csrf_token": token, "username": "staff", "password": PASSWORD},
        follow_redirects=False,
    )
    assert r.status_code == 303
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "secure" in cookie and "samesite=lax" in cookie
    # the session starts afresh on sign-in: a new CSRF token
    assert csrf_of(client.get("/concerns").text) != token


def test_wrong_password_is_refused_with_a_message(store_app: FastAPI) -> None:
    client = new_client(store_app)
    token = csrf_of(client.get("/sign-in").text)
    r = client.post(
        "/sign-in", data={"csrf_token": token, "username": "staff", "password": "nope-nope"}
    )
    assert r.status_code == 401
    assert "username or password is not right" in r.text
    assert client.get("/concerns", follow_redirects=False).status_code == 303


def test_empty_sign_in_is_a_400_naming_both_fields(store_app: FastAPI) -> None:
    client = new_client(store_app)
    token = csrf_of(client.get("/sign-in").text)
    r = client.post("/sign-in", data={"csrf_token": token, "username": "", "password": ""})
    assert r.status_code == 400
    assert "Enter your username." in r.text and "Enter your password." in r.text
    assert 'aria-invalid="true"' in r.text


def test_platform_accounts_cannot_sign_in_to_pages(store_app: FastAPI) -> None:
    client = new_client(store_app)
    token = csrf_of(client.get("/sign-in").text)
    r = client.post(
        "/sign-in", data={"csrf_token": token, "username": "platform", "password": PASSWORD}
    )
    assert r.status_code == 401
    assert "for the API only" in r.text


def test_sign_in_never_redirects_off_site(store_app: FastAPI) -> None:
    client = new_client(store_app)
    for target in ("//evil.example/x", "https://evil.example/", "/\\evil.example"):
        token = csrf_of(client.get("/sign-in").text)
        r = client.post(
            "/sign-in",
            data={"csrf_token": token, "username": "dsl", "password": PASSWORD, "next": target},
            follow_redirects=False,
        )
        assert r.status_code == 303
        assert r.headers["location"] == "/concerns"
        client.cookies.clear()


def test_pages_need_sign_in(store_app: FastAPI) -> None:
    client = new_client(store_app)
    for path in ("/concerns", "/concerns/new", "/audit", "/children/x/chronology", "/concerns/x"):
        r = client.get(path, follow_redirects=False)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/sign-in?next=")


def test_csrf_is_checked_on_every_post(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    concern_id = record_concern(client)
    other = signed_in(store_app, "admin")
    foreign_token = csrf_of(other.get("/concerns").text)
    posts = {
        "/concerns/new": {"child_name": "A", "child_age": "12", "summary": "x"},
        f"/concerns/{concern_id}/actions": {"description": "call the school"},
        f"/concerns/{concern_id}/referrals": {
            "route": "mash",
            "legal_basis": "public_task",
            "consent": "given",
        },
        f"/concerns/{concern_id}/status": {"status": "closed", "reason": "resolved"},
        "/sign-out": {},
        "/check": {"conversation": "A: hi"},
    }
    before = len(client.get(f"/concerns/{concern_id}").text)
    for path, data in posts.items():
        for token in (None, "", "forged", foreign_token):
            body = dict(data)
            if token is not None:
                body["csrf_token"] = token
            r = client.post(path, data=body, follow_redirects=False)
            assert r.status_code == 403, (path, token, r.status_code)
            assert "This form has expired" in r.text
    # nothing was written and the user is still signed in
    page = client.get(f"/concerns/{concern_id}")
    assert page.status_code == 200 and len(page.text) == before
    # a fresh anonymous visitor has no token and cannot sign in without one
    anon = new_client(store_app)
    r = anon.post("/sign-in", data={"username": "dsl", "password": PASSWORD})
    assert r.status_code == 403


def test_staff_records_a_concern_and_sees_the_graded_plan(store_app: FastAPI) -> None:
    client = signed_in(store_app, "staff")
    form = client.get("/concerns/new").text
    # indicators as checkboxes in the guide's words, and every harm
    for ind in TAX.indicators.values():
        assert f'value="{ind.id}"' in form
    assert "Talking about older or new friends they&#39;ve met online" in form
    for harm in TAX.harms.values():
        assert f'id="harm-{harm.id}"' in form
    concern_id = record_concern(
        client,
        child_words="he said not to tell my mum",
        fact="Seen on the phone",
        opinion="Worried",
    )
    page = client.get(f"/concerns/{concern_id}")
    assert page.status_code == 200
    text = page.text
    assert "he said not to tell my mum" in text
    assert 'class="fact"' in text and 'class="opinion"' in text
    level = re.search(r'class="risk level-(\w+)"', text)
    assert level and level.group(1) in {"emerging", "significant", "experiencing"}
    assert 'href="/guide/respond#route-ceop"' in text  # grooming with an adult: CEOP
    assert "Printable referral summary" in text
    # staff cannot add actions or referrals, nor see the chronology link
    assert "Add an action" not in text and "Record a referral" not in text
    assert "/chronology" not in text
    listing = client.get("/concerns").text
    assert f"/concerns/{concern_id}" in listing


def test_bad_concern_form_is_a_400_that_says_what_to_fix_and_stores_nothing(
    store_app: FastAPI,
) -> None:
    client = signed_in(store_app, "staff2")
    token = csrf_of(client.get("/concerns/new").text)
    cases = [
        (
            {"child_name": "", "child_age": "", "summary": ""},
            [
                "Enter the child&#39;s name.",
                "Enter the child&#39;s age or date of birth.",
                "Say what happened",
            ],
        ),
        ({"child_name": "A", "child_age": "forty", "summary": "x"}, ["whole number from 0 to 25"]),
        ({"child_name": "A", "child_age": "99", "summary": "x"}, ["whole number from 0 to 25"]),
        ({"child_name": "A", "child_dob": "2999-01-01", "summary": "x"}, ["real date in the past"]),
        (
            {"child_name": "A", "child_age": "12", "summary": "x", "happened_at": "yesterday"},
            ["date and time"],
        ),
        ({"child_name": "A", "child_age": "12", "summary": "x" * 20_001}, ["at most 20,000"]),
        (
            {"child_name": "A", "child_age": "12", "summary": "x", "indicator_source": "psychic"},
            ["how you know"],
        ),
    ]
    for data, messages in cases:
        r = client.post("/concerns/new", data={"csrf_token": token, **data})
        assert r.status_code == 400, (data, r.status_code)
        assert 'class="error-summary"' in r.text
        for message in messages:
            assert message in r.text, (data, message)
    # the values typed are kept in the form
    r = client.post(
        "/concerns/new",
        data={"csrf_token": token, "child_name": "Kept Name", "child_age": "x", "summary": "kept"},
    )
    assert 'value="Kept Name"' in r.text and ">kept</textarea>" in r.text
    assert "No concerns recorded yet" in client.get("/concerns").text


def test_unknown_indicator_and_harm_ids_are_ignored_not_500(store_app: FastAPI) -> None:
    client = signed_in(store_app, "staff2")
    concern_id = record_concern(client, indicators=["not_an_indicator"], harms=["nope", "scam"])
    assert client.get(f"/concerns/{concern_id}").status_code == 200


def test_staff_cannot_see_another_staff_members_concern_or_the_audit_log(
    store_app: FastAPI,
) -> None:
    owner = signed_in(store_app, "staff")
    concern_id = record_concern(owner)
    other = signed_in(store_app, "staff2")
    r = other.get(f"/concerns/{concern_id}")
    assert r.status_code == 403
    assert "You do not have permission" in r.text
    assert other.get("/audit").status_code == 403
    assert 'href="/audit"' not in other.get("/concerns").text
    chron = other.get("/children/anything/chronology")
    assert chron.status_code == 403
    token = csrf_of(other.get("/concerns").text)
    r = other.post(
        f"/concerns/{concern_id}/actions", data={"csrf_token": token, "description": "x"}
    )
    assert r.status_code == 403


def test_auditor_reads_the_audit_log_but_no_concerns(store_app: FastAPI) -> None:
    client = new_client(store_app)
    token = csrf_of(client.get("/sign-in").text)
    r = client.post(
        "/sign-in",
        data={"csrf_token": token, "username": "auditor", "password": PASSWORD},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/audit"
    page = client.get("/audit")
    assert page.status_code == 200
    assert "sign in" in page.text  # the sign-in events are there
    assert client.get("/concerns").status_code == 403
    assert client.get("/concerns/new").status_code == 403


def test_dsl_adds_actions_and_referrals_and_sees_the_chronology(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    concern_id = record_concern(client, happened_at="2026-11-01T15:00")
    page = client.get(f"/concerns/{concern_id}").text
    token = csrf_of(page)
    child_link = re.search(r'href="(/children/[^"]+/chronology)"', page)
    assert child_link
    r = client.post(
        f"/concerns/{concern_id}/actions",
        data={
            "csrf_token": token,
            "description": "Speak to parents",
            "owner": "DSL",
            "due": "2026-12-01",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    r = client.post(
        f"/concerns/{concern_id}/referrals",
        data={
            "csrf_token": token,
            "route": "ceop",
            "reference": "REF-123",
            "shared": "summary",
            "legal_basis": "public_task",
            "consent": "given",
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    page = client.get(f"/concerns/{concern_id}").text
    assert "Speak to parents" in page and "REF-123" in page
    chron = client.get(child_link.group(1))
    assert chron.status_code == 200
    assert 'class="timeline"' in chron.text
    kinds = re.findall(r"<strong>(Concern|Assessment|Action|Referral)</strong>", chron.text)
    assert kinds[0] == "Concern" and {"Action", "Referral"} <= set(kinds)
    assert "REF-123" in chron.text
    # record another concern for the same child from the chronology
    assert "/concerns/new?child=" in chron.text


def test_bad_action_and_referral_forms_are_400s(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    concern_id = record_concern(client)
    token = csrf_of(client.get(f"/concerns/{concern_id}").text)
    r = client.post(
        f"/concerns/{concern_id}/actions",
        data={"csrf_token": token, "description": "", "due": "soon"},
    )
    assert r.status_code == 400
    assert "Say what the action is." in r.text and "Enter the due date" in r.text
    r = client.post(
        f"/concerns/{concern_id}/referrals",
        data={
            "csrf_token": token,
            "route": "not_a_route",
            "legal_basis": "whim",
            "consent": "refused",
        },
    )
    assert r.status_code == 400
    for message in (
        "Choose where the referral was made.",
        "Choose the legal basis",
        "Say why the referral was made without consent.",
    ):
        assert message in r.text
    assert client.get(f"/concerns/{concern_id}").text.count("No referrals yet") == 1


def test_unknown_concern_is_a_404_page(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    r = client.get("/concerns/00000000-0000-0000-0000-000000000000")
    assert r.status_code == 404
    assert "text/html" in r.headers["content-type"]


def test_printable_referral_summary(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    concern_id = record_concern(client)
    r = client.get(f"/concerns/{concern_id}/summary")
    assert r.status_code == 200
    assert "Referral summary" in r.text and "OFFICIAL-SENSITIVE" in r.text
    assert "Test Child" in r.text  # a DSL's summary names the child
    css = client.get("/assets/onguard.css").text
    assert "@media print" in css


def test_admin_sees_the_audit_log_with_page_actions(store_app: FastAPI) -> None:
    client = signed_in(store_app, "admin")
    concern_id = record_concern(client)
    client.get(f"/concerns/{concern_id}")
    page = client.get("/audit")
    assert page.status_code == 200
    for action in ("sign in", "record concern", "view concern"):
        assert action in page.text


def test_sign_out_ends_the_session(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    token = csrf_of(client.get("/concerns").text)
    r = client.post("/sign-out", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303
    assert client.get("/concerns", follow_redirects=False).status_code == 303


def test_public_app_has_no_sign_in() -> None:
    from onguard.web import create_public_app

    client = new_client(create_public_app())
    assert 'href="/sign-in"' not in client.get("/").text
    r = client.get("/sign-in")
    assert r.status_code == 503
    assert "onguard serve" in r.text


def test_saving_a_checked_conversation_prefills_the_concern_form(store_app: FastAPI) -> None:
    client = signed_in(store_app, "staff2")
    token = csrf_of(client.get("/concerns").text)
    before = client.get("/concerns").text.count('href="/concerns/')
    chat = "Sam: how old are you?\nAlex: 12"
    r = client.post(
        "/concerns/new",
        data={"csrf_token": token, "step": "prefill", "conversation": chat, "harms": ["grooming"]},
    )
    assert r.status_code == 200
    assert "Sam: how old are you?\nAlex: 12</textarea>" in r.text
    assert re.search(r'id="harm-grooming" name="harms" value="grooming" checked', r.text)
    assert 'class="error-summary"' not in r.text
    # nothing was recorded by pre-filling
    assert client.get("/concerns").text.count('href="/concerns/') == before


def test_a_mistyped_audit_page_is_a_400_page_not_json(store_app: FastAPI) -> None:
    client = signed_in(store_app, "admin")
    r = client.get("/audit?before=abc")
    assert r.status_code == 400
    assert "text/html" in r.headers["content-type"]


def test_a_checked_conversation_saved_as_a_concern_keeps_its_evidence(store_app: FastAPI) -> None:
    client = signed_in(store_app, "dsl")
    chat = GROOMING_CHAT
    token = csrf_of(client.get("/check").text)
    result = client.post(
        "/check",
        data={"csrf_token": token, "conversation": chat, "child_name": "Alex", "child_age": "12"},
    )
    assert result.status_code == 200
    assert "Record a concern with this conversation" in result.text
    concern_id = record_concern(client, conversation=chat, harms=["grooming"])
    page = client.get(f"/concerns/{concern_id}").text
    assert "No evidence attached" not in page
    assert "<mark>" in page


def test_repeated_failed_sign_ins_are_paused(store_app: FastAPI) -> None:
    from onguard.web.cases import SignInThrottle

    store_app.state.web_sign_in_throttle = SignInThrottle(limit=3, window_s=60)
    try:
        client = new_client(store_app)
        token = csrf_of(client.get("/sign-in").text)
        statuses = [
            client.post(
                "/sign-in", data={"csrf_token": token, "username": "dsl", "password": "wrong-pw"}
            ).status_code
            for _ in range(4)
        ]
        assert statuses == [401, 401, 401, 429]
        # even the right password is refused while paused
        r = client.post(
            "/sign-in", data={"csrf_token": token, "username": "dsl", "password": PASSWORD}
        )
        assert r.status_code == 429 and "Too many attempts" in r.text
        # other usernames are not affected
        r = client.post(
            "/sign-in",
            data={"csrf_token": token, "username": "admin", "password": PASSWORD},
            follow_redirects=False,
        )
        assert r.status_code == 303
    finally:
        store_app.state.web_sign_in_throttle = SignInThrottle()


def test_every_signed_in_page_reached_by_links_renders_with_lang_and_title(
    store_app: FastAPI,
) -> None:
    client = signed_in(store_app, "admin")
    record_concern(client)
    seen: set[str] = set()
    queue = ["/concerns", "/audit"]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        r = client.get(path)
        assert r.status_code == 200, (path, r.status_code)
        assert '<html lang="en-GB">' in r.text, path
        assert re.search(r"<title>[^<]+ \| OnGuard</title>", r.text), path
        for href in re.findall(r'href="(/(?:concerns|children|audit)[^"#]*)"', r.text):
            if href not in seen and len(seen) < 60:
                queue.append(href)
    assert any(p.endswith("/chronology") for p in seen)
    assert any(p.endswith("/summary") for p in seen)


def test_dsl_closes_a_concern_with_a_reason_and_the_old_version_is_kept(
    store_app: FastAPI,
) -> None:
    client = signed_in(store_app, "dsl")
    concern_id = record_concern(client)
    token = csrf_of(client.get(f"/concerns/{concern_id}").text)
    r = client.post(
        f"/concerns/{concern_id}/status", data={"csrf_token": token, "status": "closed"}
    )
    assert r.status_code == 400 and "Say why the status is changing." in r.text
    r = client.post(
        f"/concerns/{concern_id}/status",
        data={"csrf_token": token, "status": "new", "reason": "x"},
    )
    assert r.status_code == 400 and "already has that status" in r.text
    r = client.post(
        f"/concerns/{concern_id}/status",
        data={"csrf_token": token, "status": "closed", "reason": "Parents engaged; resolved"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    page = client.get(f"/concerns/{concern_id}").text
    assert "closed (version 2)" in page
    assert "Earlier versions" in page and "Parents engaged; resolved" in page
    # staff cannot change a status, even of their own concern
    staff = signed_in(store_app, "staff")
    own = record_concern(staff)
    assert "Change the status" not in staff.get(f"/concerns/{own}").text
    token = csrf_of(staff.get(f"/concerns/{own}").text)
    r = staff.post(
        f"/concerns/{own}/status", data={"csrf_token": token, "status": "closed", "reason": "x"}
    )
    assert r.status_code == 403
