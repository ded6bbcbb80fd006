"""Helpers for the web page tests (sign in, CSRF tokens, recording a concern)."""

from __future__ import annotations

import re

from fastapi import FastAPI
from fastapi.testclient import TestClient

PASSWORD = "a-long-test-password"
ROLES = ("admin", "dsl", "staff", "auditor", "platform")

# A short pasted chat with grooming signs (pattern-level, non-explicit), "Name: message" lines.
GROOMING_CHAT = "\n".join(
    [
        "Sam: hey, you seem really mature for your age",
        "Alex: thanks",
        "Sam: how old are you?",
        "Alex: 12",
        "Sam: don't tell your mum about me, it's our secret",
        "Sam: send me a pic, delete it after",
    ]
)

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_of(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "page has no CSRF field"
    return match.group(1)


def new_client(app: FastAPI) -> TestClient:
    # https: the session cookie is Secure, so the client only sends it over https.
    return TestClient(app, base_url="https://testserver")


def signed_in(app: FastAPI, username: str) -> TestClient:
    client = new_client(app)
    token = csrf_of(client.get("/sign-in").text)
    r = client.post(
        "/sign-in",
        data={"csrf_token": token, "username": username, "password": PASSWORD, "next": "/concerns"},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return client


def record_concern(client: TestClient, **fields: object) -> str:
    """Record a concern through the form; returns its id."""
    page = client.get("/concerns/new")
    data: dict[str, object] = {
        "csrf_token": csrf_of(page.text),
        "child_name": "Test Child",
        "child_age": "12",
        "summary": "Said an online friend asked how old they are and to keep it secret",
        "indicators": ["talks_about_online_friends", "withdrawn_secretive"],
        "indicator_source": "disclosed",
        "harms": ["grooming"],
        "facts": ["adult_involved"],
    }
    data.update(fields)
    r = client.post("/concerns/new", data=data, follow_redirects=False)
    assert r.status_code == 303, r.text[:2000]
    location = r.headers["location"]
    assert location.startswith("/concerns/")
    return location.rsplit("/", 1)[-1]
