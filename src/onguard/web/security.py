"""Sessions and CSRF for the pages.

Sessions live in a signed cookie (Starlette's SessionMiddleware, itsdangerous):
HTTP-only, SameSite=Lax, Secure unless ONGUARD_COOKIE_SECURE=0, eight hours.
The session holds only the signed-in user's id, name and role and the CSRF
token; never anything about a child. The user is re-loaded from the store by id
on every request, so the role in the cookie is never trusted: a role change or
a deactivation takes effect at once.

Every POST form carries the session's CSRF token in a hidden field, checked
with a constant-time comparison before the form is read any further.
"""

from __future__ import annotations

import hmac
import os
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

SESSION_COOKIE = "onguard_session"
SESSION_MAX_AGE_S = 8 * 60 * 60
CSRF_FIELD = "csrf_token"


@dataclass(frozen=True)
class WebUser:
    """Who is signed in, as kept in the session cookie."""

    id: str
    username: str
    role: str


def cookie_secure() -> bool:
    return os.environ.get("ONGUARD_COOKIE_SECURE", "1").strip().lower() not in {"0", "false", "no"}


def session_secret(app: FastAPI) -> str:
    """The secret that signs session cookies.

    The app's settings (`app.state.settings.session_secret()`: ONGUARD_SESSION_SECRET,
    or a key kept in ONGUARD_HOME so sessions survive a restart); for a stand-alone
    public app without settings, a random key for this process.
    """
    settings = getattr(app.state, "settings", None)
    getter = getattr(settings, "session_secret", None)
    if callable(getter):
        return str(getter())
    return secrets.token_urlsafe(32)


def add_sessions(app: FastAPI, secret: str) -> None:
    if any(m.cls is SessionMiddleware for m in app.user_middleware):
        return
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_MAX_AGE_S,
        same_site="lax",
        https_only=cookie_secure(),
    )


def _session(request: Request) -> dict[str, Any] | None:
    return request.session if "session" in request.scope else None


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use."""
    session = _session(request)
    if session is None:
        return ""
    token = session.get("csrf")
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        session["csrf"] = token
    return token


def csrf_ok(request: Request, submitted: object) -> bool:
    session = _session(request)
    expected = session.get("csrf") if session is not None else None
    if not isinstance(expected, str) or not expected or not isinstance(submitted, str):
        return False
    return hmac.compare_digest(expected.encode(), submitted.encode())


_USER_KEY = "onguard_web_user"  # this request's user, once re-loaded from the store
_NO_USER = object()


def _case_service(request: Request) -> Any | None:
    state = request.app.state
    service = getattr(state, "cases", None)
    if service is None:
        service = getattr(getattr(state, "store", None), "cases", None)
    return service


def current_user(request: Request) -> WebUser | None:
    """Who is signed in, as the store has them now.

    The session keeps the user's id; the user is re-loaded from the store once per request
    (`CaseService.user_by_id`), so a role change or a deactivation takes effect on the
    next request instead of when the 8-hour session ends. A deactivated, removed or
    API-only (`platform`) account ends the session. Without a store nobody is signed in.
    """
    cached = request.scope.get(_USER_KEY)
    if isinstance(cached, WebUser):
        return cached
    if cached is _NO_USER:
        return None
    user = _load_user(request)
    request.scope[_USER_KEY] = user if user is not None else _NO_USER
    return user


def _load_user(request: Request) -> WebUser | None:
    session = _session(request)
    raw = session.get("user") if session is not None else None
    if session is None or not isinstance(raw, dict):
        return None
    service = _case_service(request)
    try:
        user_id = int(raw["id"])
    except (KeyError, TypeError, ValueError):
        user_id = 0
    found = service.user_by_id(user_id) if service is not None and user_id > 0 else None
    if found is None or found.role == "platform":
        session.pop("user", None)  # signed out; the CSRF token stays for the sign-in form
        return None
    user = WebUser(id=str(found.id), username=found.username, role=found.role)
    if raw.get("username") != user.username or raw.get("role") != user.role:
        session["user"] = {"id": user.id, "username": user.username, "role": user.role}
    return user


def sign_in(request: Request, user: WebUser) -> None:
    """Start a fresh session for `user` (a new CSRF token too: no session fixation)."""
    request.session.clear()
    request.session["user"] = {"id": user.id, "username": user.username, "role": user.role}
    request.session["csrf"] = secrets.token_urlsafe(32)
    request.scope[_USER_KEY] = user


def sign_out(request: Request) -> None:
    request.session.clear()
    request.scope[_USER_KEY] = _NO_USER
