"""Signed-in pages: sign in and out, concerns, plans, actions, referrals, chronology, audit.

Every read and write goes through the case store's service layer as the
signed-in user (`backends.call`), which checks the role and writes the audit
log; these pages only check that someone is signed in, and hide links a role
cannot use.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from onguard.web import backends, revisions
from onguard.web.forms import FormErrors, list_field, read_form, text_field
from onguard.web.render import PageError, render, taxonomy_of
from onguard.web.security import WebUser, current_user, sign_in, sign_out

router = APIRouter(include_in_schema=False)

MAX_SHORT = 500
MAX_TEXT = 20_000
INDICATOR_SOURCES = {
    "observed": "I saw or heard it myself",
    "disclosed": "The child told me",
    "third_party": "Someone else told me",
}
FACT_LABELS = {
    "immediate_danger": (
        "The child is in immediate danger (a meeting happening now, missing, a threat to life)"
    ),
    "adult_involved": "An adult is involved",
    "image_shared": "An image of the child has been shared or sent",
    "meeting_arranged": "A meeting has been arranged",
    "payment_demanded": "Payment was demanded under threat",
    "staff_involved": "Someone who works or volunteers with children is involved",
}
LEGAL_BASES = {
    "public_task": "Public task",
    "legal_obligation": "Legal obligation",
    "vital_interests": "Vital interests",
    "legitimate_interests": "Legitimate interests",
    "consent": "Consent",
    "safeguarding": "Safeguarding (substantial public interest)",
}
CONSENTS = {
    "not_sought": "Not sought",
    "given": "Given",
    "refused": "Refused",
    "overridden": "Overridden (the risk to the child outweighs it)",
}


def _signed_in(request: Request) -> WebUser:
    backends.require_service(request)
    user = current_user(request)
    if user is None:
        raise SignInRequiredError(request.url.path)
    return user


class SignInRequiredError(Exception):
    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _safe_next(value: str) -> str:
    """Only same-site paths: never redirect to another site after sign-in."""
    if value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/concerns"


# ---------------------------------------------------------------------------
# Sign in and out

MAX_FAILED_SIGN_INS = 10
FAILED_SIGN_IN_WINDOW_S = 15 * 60


class SignInThrottle:
    """Refuse sign-in for a while after repeated failures for one username from one address.

    In memory, per process: it slows password guessing through the pages; the store's
    argon2 hashing makes each guess slow as well.
    """

    def __init__(self, limit: int = MAX_FAILED_SIGN_INS, window_s: float = FAILED_SIGN_IN_WINDOW_S):
        self.limit = limit
        self.window_s = window_s
        self._failures: dict[tuple[str, str], list[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: tuple[str, str], now: float) -> list[float]:
        times = [t for t in self._failures.get(key, []) if now - t < self.window_s]
        if times:
            self._failures[key] = times
        else:
            self._failures.pop(key, None)
        return times

    def blocked(self, key: tuple[str, str]) -> bool:
        with self._lock:
            return len(self._recent(key, time.monotonic())) >= self.limit

    def failed(self, key: tuple[str, str]) -> None:
        with self._lock:
            now = time.monotonic()
            self._failures[key] = [*self._recent(key, now), now]
            if len(self._failures) > 10_000:  # bound memory under a spray of usernames
                self._failures.pop(next(iter(self._failures)))

    def succeeded(self, key: tuple[str, str]) -> None:
        with self._lock:
            self._failures.pop(key, None)


def _throttle(request: Request) -> SignInThrottle:
    throttle = getattr(request.app.state, "web_sign_in_throttle", None)
    if not isinstance(throttle, SignInThrottle):
        throttle = SignInThrottle()
        request.app.state.web_sign_in_throttle = throttle
    return throttle


@router.get("/sign-in", response_class=HTMLResponse)
def sign_in_form(request: Request, next: str = "/concerns") -> HTMLResponse:  # noqa: A002
    backends.require_service(request)
    return render(
        request,
        "sign_in.html",
        {"title": "Sign in", "errors": {}, "username": "", "next": _safe_next(next)},
    )


@router.post("/sign-in", response_class=HTMLResponse)
async def sign_in_submit(request: Request) -> Response:
    backends.require_service(request)
    form = await read_form(request, max_bytes=16 * 1024)
    username = text_field(form, "username")[:64]
    password = form.get("password")
    password = password if isinstance(password, str) else ""
    next_path = _safe_next(text_field(form, "next"))
    errors = FormErrors()
    if not username:
        errors.add("username", "Enter your username.")
    if not password:
        errors.add("password", "Enter your password.")
    if len(password) > 1024:
        errors.add("password", "That password is too long.")
    user = None
    key = (request.client.host if request.client else "?", username.casefold())
    throttle = _throttle(request)
    if not errors and throttle.blocked(key):
        raise PageError(
            429,
            "Too many attempts to sign in",
            "Sign-in for this username is paused for 15 minutes. Ask an administrator if you "
            "have forgotten your password.",
        )
    if not errors:
        user = backends.authenticate(request, username, password)
        if user is None:
            throttle.failed(key)
            errors.add(
                "username", "The username or password is not right. Check them and try again."
            )
        elif user.role == "platform":
            user = None
            errors.add("username", "This account is for the API only; it cannot sign in here.")
    if errors or user is None:
        return render(
            request,
            "sign_in.html",
            {
                "title": "Sign in: please fix",
                "errors": errors.errors,
                "username": username,
                "next": next_path,
            },
            status_code=400 if "password" in errors.errors or not username else 401,
        )
    throttle.succeeded(key)
    sign_in(request, user)
    if user.role == "auditor" and next_path == "/concerns":
        next_path = "/audit"
    return _redirect(next_path)


@router.post("/sign-out")
async def sign_out_submit(request: Request) -> Response:
    await read_form(request, max_bytes=4 * 1024)
    sign_out(request)
    return _redirect("/")


# ---------------------------------------------------------------------------
# Concerns


@router.get("/concerns", response_class=HTMLResponse)
def concerns_list(request: Request) -> HTMLResponse:
    user = _signed_in(request)
    concerns = backends.call(request, user, "list_concerns")
    return render(
        request,
        "concerns.html",
        {"title": "Concerns", "concerns": concerns, "can_record": backends.can_record(user)},
    )


def _concern_form(
    request: Request, values: dict[str, Any], errors: FormErrors | None = None, status: int = 200
) -> HTMLResponse:
    return render(
        request,
        "concern_new.html",
        {
            "title": "Record a concern" if not errors else "Record a concern: please fix",
            "values": values,
            "errors": errors.errors if errors else {},
            "indicator_sources": INDICATOR_SOURCES,
            "fact_labels": FACT_LABELS,
            "indicator_groups": _indicator_groups(request),
        },
        status_code=status,
    )


def _happened_at(
    value: str, errors: FormErrors, *, earliest_year: int = dt.MINYEAR
) -> dt.datetime | None:
    """The form's "when it happened" as an aware datetime (UTC when no zone is given), or None
    when empty; an error on `errors` when it is not a date and time or is in the future."""
    if not value:
        return None
    try:
        happened_at = dt.datetime.fromisoformat(value)
        if happened_at.tzinfo is None:
            happened_at = happened_at.replace(tzinfo=dt.UTC)
        too_late = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
        if happened_at.year < earliest_year or happened_at > too_late:
            raise ValueError
    except ValueError:
        errors.add(
            "happened_at", "Enter when it happened as a date and time that is not in the future."
        )
        return None
    return happened_at


def _indicator_groups(request: Request) -> list[tuple[str, list[Any]]]:
    from onguard.web.content import INDICATOR_SOURCE_HEADINGS

    tax = taxonomy_of(request)
    return [
        (heading, [i for i in tax.indicators.values() if i.source == source])
        for source, heading in INDICATOR_SOURCE_HEADINGS.items()
    ]


def _blank_values() -> dict[str, Any]:
    return {
        "child_id": "",
        "child_name": "",
        "child_age": "",
        "child_dob": "",
        "child_school": "",
        "additional_needs": False,
        "summary": "",
        "happened_at": "",
        "setting": "",
        "indicators": [],
        "indicator_source": "observed",
        "harms": [],
        "facts": [],
        "child_words": "",
        "fact": "",
        "opinion": "",
        "immediate_action": "",
        "conversation": "",
    }


@router.get("/concerns/new", response_class=HTMLResponse)
def concern_new(request: Request, child: str = "") -> HTMLResponse:
    user = _signed_in(request)
    if not backends.can_record(user):
        raise PageError(403, "You do not have permission to record concerns")
    values = _blank_values()
    values["child_id"] = child[:36]
    return _concern_form(request, values)


@router.post("/concerns/new", response_class=HTMLResponse)
async def concern_submit(request: Request) -> Response:
    user = _signed_in(request)
    if not backends.can_record(user):
        raise PageError(403, "You do not have permission to record concerns")
    form = await read_form(request)
    tax = taxonomy_of(request)
    values = _blank_values()
    for name in (
        "child_id",
        "child_name",
        "child_age",
        "child_dob",
        "child_school",
        "summary",
        "happened_at",
        "setting",
        "indicator_source",
        "child_words",
        "fact",
        "opinion",
        "immediate_action",
        "conversation",
    ):
        values[name] = text_field(form, name)
    values["additional_needs"] = text_field(form, "additional_needs") == "yes"
    values["indicators"] = [i for i in list_field(form, "indicators") if i in tax.indicators]
    values["harms"] = [h for h in list_field(form, "harms") if h in tax.harms]
    values["facts"] = [f for f in list_field(form, "facts") if f in FACT_LABELS]
    values["indicator_source"] = values["indicator_source"] or "observed"

    if text_field(form, "step") == "prefill":  # arriving from "Check a conversation"
        return _concern_form(request, values)

    errors = FormErrors()
    data = _concern_input(values, errors)
    if errors or data is None:
        return _concern_form(request, values, errors, status=400)
    concern = backends.call(request, user, "record_concern", data)
    return _redirect(f"/concerns/{quote(concern.id)}")


def _concern_input(values: dict[str, Any], errors: FormErrors) -> Any:
    """Check the form field by field and build the store's ConcernIn (None on errors)."""
    from onguard.cases import ConcernIn

    child: dict[str, Any] = {}
    if values["child_id"]:
        child["id"] = values["child_id"]
    else:
        if not values["child_name"]:
            errors.add("child_name", "Enter the child's name.")
        elif len(values["child_name"]) > MAX_SHORT:
            errors.add("child_name", f"Enter at most {MAX_SHORT} characters for the name.")
        child["name"] = values["child_name"] or None
        if values["child_age"]:
            try:
                age = int(values["child_age"])
                if not 0 <= age <= 25:
                    raise ValueError
                child["age"] = age
            except ValueError:
                errors.add("child_age", "Enter the age as a whole number from 0 to 25.")
        if values["child_dob"]:
            try:
                dob = dt.date.fromisoformat(values["child_dob"])
                if dob > dt.date.today():
                    raise ValueError
                child["date_of_birth"] = dob
            except ValueError:
                errors.add(
                    "child_dob",
                    "Enter the date of birth as a real date in the past, like 2012-03-31.",
                )
        if not values["child_age"] and not values["child_dob"]:
            errors.add("child_age", "Enter the child's age or date of birth.")
        if values["child_school"]:
            child["school"] = values["child_school"][:MAX_SHORT]
        child["additional_needs"] = values["additional_needs"]
    if not values["summary"]:
        errors.add("summary", "Say what happened: what you saw or heard, when and where.")
    for name in ("summary", "child_words", "fact", "opinion", "immediate_action"):
        if len(values[name]) > MAX_TEXT:
            errors.add(name, f"Enter at most {MAX_TEXT:,} characters here.")
    if len(values["setting"]) > MAX_SHORT:
        errors.add("setting", f"Enter at most {MAX_SHORT} characters for where it happened.")
    happened_at = _happened_at(values["happened_at"], errors)
    if values["indicator_source"] not in INDICATOR_SOURCES:
        errors.add("indicator_source", "Choose how you know about the signs you ticked.")
    conversation = None
    if values["conversation"]:
        if len(values["conversation"]) > 100_000:
            errors.add("conversation", "Attach at most 100,000 characters of conversation.")
        else:
            try:
                conversation = backends.parse_pasted(values["conversation"])
            except backends.InputError as problem:
                errors.add("conversation", problem.message)
    if errors:
        return None
    try:
        return ConcernIn.model_validate(
            {
                "child": child,
                "summary": values["summary"],
                "harms": values["harms"],
                "indicators": [
                    {"id": i, "source": values["indicator_source"]} for i in values["indicators"]
                ],
                "happened_at": happened_at,
                "setting": values["setting"] or None,
                "child_words": values["child_words"] or None,
                "fact": values["fact"] or None,
                "opinion": values["opinion"] or None,
                "immediate_action": values["immediate_action"] or None,
                "facts": {f: True for f in values["facts"]},
                "conversation": conversation,
            }
        )
    except ValidationError as exc:
        for err in exc.errors():
            loc = [str(p) for p in err["loc"]]
            field = {"child": "child_name"}.get(loc[0], loc[0]) if loc else "summary"
            if loc[:2] == ["child", "age"]:
                field = "child_age"
            errors.add(field if field in values else "summary", _plain(err["msg"]))
        return None


def _plain(message: str) -> str:
    message = message.removeprefix("Value error, ")
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def _can_amend(user: WebUser) -> bool:
    """Whether the store lets this role amend concerns at all (its table decides; for an
    own-only role the store also checks that the concern is theirs)."""
    from onguard.cases import may

    return may(user.role, "amend_concern")


def _concern_context(request: Request, user: WebUser, concern_id: str) -> dict[str, Any]:
    concern = backends.call(request, user, "get_concern", concern_id)
    return {
        "concern": concern,
        "plan": backends.concern_plan(request, concern),
        "can_casework": user.role in {"admin", "dsl"},
        "can_amend": _can_amend(user),
        "history": revisions.history(concern, taxonomy_of(request)),
    }


@router.get("/concerns/{concern_id}", response_class=HTMLResponse)
def concern_view(request: Request, concern_id: str) -> HTMLResponse:
    user = _signed_in(request)
    ctx = _concern_context(request, user, concern_id)
    ctx.update(
        title="Concern",
        errors={},
        values={},
        legal_bases=LEGAL_BASES,
        consents=CONSENTS,
        statuses=STATUSES,
    )
    return render(request, "concern.html", ctx)


@router.get("/concerns/{concern_id}/summary", response_class=HTMLResponse)
def concern_summary(request: Request, concern_id: str) -> HTMLResponse:
    user = _signed_in(request)
    # The child's details come with the concern (`ConcernOut.child`): whoever the store lets
    # read the concern sees whom it is about, without reading the child's whole chronology.
    ctx = _concern_context(request, user, concern_id)
    ctx.update(
        title="Referral summary",
        printed=dt.datetime.now(dt.UTC),
        legal_bases=LEGAL_BASES,
        consents=CONSENTS,
    )
    return render(request, "summary.html", ctx)


@router.post("/concerns/{concern_id}/actions", response_class=HTMLResponse)
async def action_submit(request: Request, concern_id: str) -> Response:
    from onguard.cases import ActionIn

    user = _signed_in(request)
    form = await read_form(request, max_bytes=64 * 1024)
    values = {k: text_field(form, k) for k in ("description", "owner", "due", "outcome")}
    errors = FormErrors()
    if not values["description"]:
        errors.add("description", "Say what the action is.")
    due = None
    if values["due"]:
        try:
            due = dt.date.fromisoformat(values["due"])
        except ValueError:
            errors.add("due", "Enter the due date as a date, like 2026-12-01.")
    for name, limit in (("description", MAX_TEXT), ("owner", MAX_SHORT), ("outcome", MAX_TEXT)):
        if len(values[name]) > limit:
            errors.add(name, f"Enter at most {limit:,} characters here.")
    if not errors:
        data = ActionIn(
            description=values["description"],
            owner=values["owner"] or None,
            due=due,
            outcome=values["outcome"] or None,
        )
        backends.call(request, user, "add_action", concern_id, data)
        return _redirect(f"/concerns/{quote(concern_id)}#actions")
    return _concern_with_errors(request, user, concern_id, values, errors)


@router.post("/concerns/{concern_id}/referrals", response_class=HTMLResponse)
async def referral_submit(request: Request, concern_id: str) -> Response:
    from onguard.cases import ReferralIn

    user = _signed_in(request)
    form = await read_form(request, max_bytes=64 * 1024)
    values = {
        k: text_field(form, k)
        for k in ("route", "reference", "shared", "legal_basis", "consent", "consent_reason")
    }
    errors = FormErrors()
    if values["route"] not in taxonomy_of(request).routes:
        errors.add("route", "Choose where the referral was made.")
    if values["legal_basis"] not in LEGAL_BASES:
        errors.add("legal_basis", "Choose the legal basis for sharing.")
    if values["consent"] not in CONSENTS:
        errors.add("consent", "Choose whether consent was sought.")
    if (
        values["consent"] in {"refused", "overridden", "not_sought"}
        and not values["consent_reason"]
    ):
        errors.add("consent_reason", "Say why the referral was made without consent.")
    for name, limit in (
        ("reference", MAX_SHORT),
        ("shared", MAX_TEXT),
        ("consent_reason", MAX_TEXT),
    ):
        if len(values[name]) > limit:
            errors.add(name, f"Enter at most {limit:,} characters here.")
    if not errors:
        data = ReferralIn(
            route=values["route"],
            reference=values["reference"] or None,
            shared=values["shared"] or None,
            legal_basis=values["legal_basis"],  # type: ignore[arg-type]
            consent=values["consent"],  # type: ignore[arg-type]
            consent_reason=values["consent_reason"] or None,
        )
        backends.call(request, user, "add_referral", concern_id, data)
        return _redirect(f"/concerns/{quote(concern_id)}#referrals")
    return _concern_with_errors(request, user, concern_id, values, errors)


STATUSES = {
    "new": "New",
    "open": "Open",
    "closed": "Closed",
    "no_further_action": "No further action",
}


@router.post("/concerns/{concern_id}/status", response_class=HTMLResponse)
async def status_submit(request: Request, concern_id: str) -> Response:
    """Change a concern's status: an amendment with a reason (the store keeps the old version)."""
    from onguard.cases import AmendmentIn

    user = _signed_in(request)
    form = await read_form(request, max_bytes=64 * 1024)
    values = {k: text_field(form, k) for k in ("status", "reason")}
    errors = FormErrors()
    if values["status"] not in STATUSES:
        errors.add("status", "Choose the new status.")
    if not values["reason"]:
        errors.add("reason", "Say why the status is changing.")
    elif len(values["reason"]) > MAX_TEXT:
        errors.add("reason", f"Enter at most {MAX_TEXT:,} characters here.")
    if not errors:
        current = backends.call(request, user, "get_concern", concern_id)
        if current.status == values["status"]:
            errors.add("status", "The concern already has that status; choose another.")
    if not errors:
        change = AmendmentIn.model_validate(
            {"reason": values["reason"], "status": values["status"]}
        )
        backends.call(request, user, "amend_concern", concern_id, change)
        return _redirect(f"/concerns/{quote(concern_id)}")
    return _concern_with_errors(request, user, concern_id, values, errors)


# ---------------------------------------------------------------------------
# Amending a concern: the store keeps the version before each amendment

AMEND_TEXTS = ("summary", "setting", "child_words", "fact", "opinion", "immediate_action")


def _amend_values(concern: Any) -> dict[str, Any]:
    """The amend form's values: the concern as it is now."""
    values: dict[str, Any] = {name: getattr(concern, name) or "" for name in AMEND_TEXTS}
    values.update(
        happened_at=(
            concern.happened_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M")
            if concern.happened_at
            else ""
        ),
        harms=list(concern.harms),
        indicators=[i.id for i in concern.indicators],
        indicator_source="observed",
        facts=[f for f, v in concern.facts.items() if v and f in FACT_LABELS],
        reason="",
    )
    return values


def _amend_form(
    request: Request,
    concern: Any,
    values: dict[str, Any],
    errors: FormErrors | None = None,
    status: int = 200,
) -> HTMLResponse:
    return render(
        request,
        "concern_amend.html",
        {
            "title": "Amend the concern" + (": please fix" if errors else ""),
            "concern": concern,
            "values": values,
            "errors": errors.errors if errors else {},
            "indicator_sources": INDICATOR_SOURCES,
            "fact_labels": FACT_LABELS,
            "indicator_groups": _indicator_groups(request),
            "current_sources": {i.id: i.source for i in concern.indicators},
            "source_labels": revisions.SOURCE_LABELS,
        },
        status_code=status,
    )


def _require_amend(user: WebUser) -> None:
    if not _can_amend(user):
        raise PageError(
            403,
            "You do not have permission to amend concerns",
            "Ask your designated safeguarding lead to amend the record.",
        )


@router.get("/concerns/{concern_id}/amend", response_class=HTMLResponse)
def amend_form(request: Request, concern_id: str) -> HTMLResponse:
    user = _signed_in(request)
    _require_amend(user)
    concern = backends.call(request, user, "get_concern", concern_id)
    return _amend_form(request, concern, _amend_values(concern))


@router.post("/concerns/{concern_id}/amend", response_class=HTMLResponse)
async def amend_submit(request: Request, concern_id: str) -> Response:
    """Record an amendment with a reason; only the fields that differ are sent to the store,
    which keeps the version before it."""
    from onguard.cases import AmendmentIn

    user = _signed_in(request)
    _require_amend(user)
    form = await read_form(request, max_bytes=256 * 1024)
    concern = backends.call(request, user, "get_concern", concern_id)
    tax = taxonomy_of(request)
    values: dict[str, Any] = {
        name: text_field(form, name)
        for name in (*AMEND_TEXTS, "happened_at", "indicator_source", "reason")
    }
    # known ids only, in the guide's order
    ticked = {name: set(list_field(form, name)) for name in ("harms", "indicators", "facts")}
    values["harms"] = [h for h in tax.harms if h in ticked["harms"]]
    values["indicators"] = [i for i in tax.indicators if i in ticked["indicators"]]
    values["facts"] = [f for f in FACT_LABELS if f in ticked["facts"]]
    values["indicator_source"] = values["indicator_source"] or "observed"

    errors = FormErrors()
    change = _amendment(concern, values, errors)
    if not values["reason"]:
        errors.add("reason", "Say why the record is being amended.")
    elif len(values["reason"]) > MAX_TEXT:
        errors.add("reason", f"Enter at most {MAX_TEXT:,} characters here.")
    if not errors and not change:
        errors.add(
            "changes",
            "Nothing is different from the current record: change what needs correcting, "
            "then save the amendment.",
        )
    if not errors:
        try:
            amendment = AmendmentIn.model_validate({"reason": values["reason"], **change})
        except ValidationError as exc:
            for err in exc.errors():
                field = str(err["loc"][0]) if err["loc"] else "changes"
                errors.add(field if field in values else "changes", _plain(err["msg"]))
        else:
            backends.call(request, user, "amend_concern", concern_id, amendment)
            return _redirect(f"/concerns/{quote(concern_id)}#history")
    return _amend_form(request, concern, values, errors, status=400)


def _same_text(value: str | None) -> str:
    """Text as compared for a change: browsers send line breaks as CR LF."""
    return (value or "").replace("\r\n", "\n").strip()


def _amendment(concern: Any, values: dict[str, Any], errors: FormErrors) -> dict[str, Any]:
    """The fields whose submitted value differs from the concern's (errors on bad input)."""
    change: dict[str, Any] = {}
    if not values["summary"]:
        errors.add("summary", "Say what happened: the summary cannot be left empty.")
    for name in AMEND_TEXTS:
        limit = MAX_SHORT if name == "setting" else MAX_TEXT
        if len(values[name]) > limit:
            errors.add(name, f"Enter at most {limit:,} characters here.")
        elif _same_text(values[name]) != _same_text(getattr(concern, name)):
            change[name] = values[name] or None
    happened_at = _happened_at(values["happened_at"], errors, earliest_year=1900)
    current_at = concern.happened_at
    if current_at is not None:  # the form shows minutes: seconds alone are not a change
        current_at = current_at.astimezone(dt.UTC).replace(second=0, microsecond=0)
    if "happened_at" not in errors.errors and happened_at != current_at:
        change["happened_at"] = happened_at
    if values["indicator_source"] not in INDICATOR_SOURCES:
        errors.add("indicator_source", "Choose how you know about the signs you ticked.")
    if set(values["harms"]) != set(concern.harms):
        change["harms"] = values["harms"]
    current_sources = {i.id: i.source for i in concern.indicators}
    if set(values["indicators"]) != set(current_sources):
        change["indicators"] = [
            {"id": i, "source": current_sources.get(i, values["indicator_source"])}
            for i in values["indicators"]
        ]
    facts = dict(concern.facts)
    for name in FACT_LABELS:
        if name in values["facts"]:
            facts[name] = True
        elif facts.get(name):  # unticked: no longer known to be true
            facts[name] = None
    if facts != dict(concern.facts):
        change["facts"] = facts
    return change


def _concern_with_errors(
    request: Request, user: WebUser, concern_id: str, values: dict[str, str], errors: FormErrors
) -> HTMLResponse:
    ctx = _concern_context(request, user, concern_id)
    ctx.update(
        title="Concern: please fix",
        errors=errors.errors,
        values=values,
        legal_bases=LEGAL_BASES,
        consents=CONSENTS,
        statuses=STATUSES,
    )
    return render(request, "concern.html", ctx, status_code=400)


# ---------------------------------------------------------------------------
# Chronology and audit


@router.get("/children/{child_id}/chronology", response_class=HTMLResponse)
def chronology(request: Request, child_id: str) -> HTMLResponse:
    user = _signed_in(request)
    chron = backends.call(request, user, "chronology", child_id)
    return render(
        request,
        "chronology.html",
        {"title": "Chronology", "chron": chron, "can_record": backends.can_record(user)},
    )


@router.get("/audit", response_class=HTMLResponse)
def audit_log(request: Request, before: str = "") -> HTMLResponse:
    user = _signed_in(request)
    if before and not before.isdigit():
        raise PageError(
            400, "That page of the audit log does not exist", "Go to the newest events."
        )
    start = int(before) if before else None
    events = backends.call(request, user, "audit_events", limit=100, before=start)
    older = events[-1].seq if len(events) == 100 else None
    return render(request, "audit.html", {"title": "Audit log", "events": events, "older": older})


def sign_in_redirect(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, SignInRequiredError)
    return _redirect(f"/sign-in?next={quote(exc.next_path)}")
