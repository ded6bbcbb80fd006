"""The one place the pages call the other parts of OnGuard.

- reading chats (`onguard.io`: pasted text and uploaded exports),
- scanning a conversation (`onguard.conversation.Scanner`),
- the response plan (`onguard.assess.Assessor`),
- the case store's service layer (`onguard.cases`, on `app.state`).

Each is wrapped here and turned into the small view objects below, so the
templates never depend on another package's class layout.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import Request
from pydantic import ValidationError

from onguard.spec import MAX_MESSAGE_CHARS, Conversation
from onguard.taxonomy import Route
from onguard.web.highlight import Segment, Span, segments
from onguard.web.render import PageError, taxonomy_of
from onguard.web.security import WebUser

RECORDING_ROLES = frozenset({"admin", "dsl", "staff"})
AUDIT_ROLES = frozenset({"admin", "auditor"})


class InputError(ValueError):
    """The user's input could not be read; `message` says what to fix (no content quoted)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def can_record(user: WebUser) -> bool:
    return user.role in RECORDING_ROLES


# ---------------------------------------------------------------------------
# View objects


@dataclass(frozen=True)
class Note:
    number: int
    signal: str
    explanation: str
    harm_id: str | None
    harm_name: str | None


@dataclass(frozen=True)
class MessageView:
    index: int
    sender: str
    role: str
    ts: str | None
    media: bool
    segments: list[Segment]
    notes: list[Note]


@dataclass(frozen=True)
class HarmView:
    id: str
    name: str
    score: float
    first_message: int


@dataclass(frozen=True)
class RouteStep:
    route: Route
    details: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PlanView:
    level: str
    immediate_danger: bool
    routes: list[RouteStep]
    rationale: list[str]
    guidance: list[tuple[str, list[str]]]
    level_label: str = ""
    level_meaning: str = ""
    level_response: str = ""
    advice: str = ""
    would_change: list[str] = field(default_factory=list)
    review_note: str = ""
    support: list[Route] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CheckResult:
    risk: str
    harms: list[HarmView]
    messages: list[MessageView]
    plan: PlanView | None
    conversation: Conversation


# ---------------------------------------------------------------------------
# Reading chats


def _first_conversation(result: Any) -> Conversation:
    conversations = [c for c in result.conversations if c.messages]
    if not conversations:
        raise InputError("No messages were found. Put one message on each line as “Name: message”.")
    if len(conversations) > 1:
        # Several chats in one export: check the largest one (the page says so).
        conversations.sort(key=lambda c: len(c.messages), reverse=True)
    return conversations[0]


def parse_pasted(text: str, child: str | None = None) -> Conversation:
    """A conversation from pasted "Name: message" or WhatsApp-style lines."""
    from onguard.io import ImportFormatError, parse_chat_text

    try:
        result = parse_chat_text(text, child=child)
    except ImportFormatError as exc:
        raise InputError(f"The messages could not be read: {exc.reason}.") from None
    except ValidationError:
        raise InputError(_TOO_LONG) from None
    return _first_conversation(result)


_TOO_LONG = (
    f"A message is too long to check (the most one message may have is {MAX_MESSAGE_CHARS:,} "
    "characters). Remove it, or check the messages around it."
)
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def read_upload(filename: str, data: bytes, child: str | None = None) -> Conversation:
    """A conversation from an uploaded chat export (the largest, if it holds several).

    The reader works on files, so the upload is written to a private temporary folder
    that is removed straight after reading: nothing uploaded is kept.
    """
    from onguard.io import ImportFormatError, load_conversations

    match = _SUFFIX.search(filename)
    suffix = match.group().lower() if match else ".txt"
    with tempfile.TemporaryDirectory(prefix="onguard-upload-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        try:
            result = load_conversations(path, child=child)
        except ValidationError:
            raise InputError(_TOO_LONG) from None
        except ImportFormatError as exc:
            raise InputError(
                f"The file could not be read as a chat export: {exc.reason}. Upload a WhatsApp "
                "“Export chat” .txt file, an Instagram or Facebook message_1.json or "
                "message_1.html page, or a Telegram, Discord, Snapchat, TikTok, SMS backup or "
                "JSON Lines export."
            ) from None
    return _first_conversation(result)


def as_text(conversation: Conversation) -> str:
    """The conversation as "Name: message" lines (to carry it into the concern form)."""
    names = {p.id: p.name or p.id for p in conversation.participants}
    return "\n".join(
        f"{names.get(m.sender, m.sender)}: {' '.join(m.text.splitlines())}"
        for m in conversation.messages
    )


# ---------------------------------------------------------------------------
# Scanning and the plan


def _scanner(request: Request) -> Any:
    """One Scanner for the app (loading its models takes a moment)."""
    state = request.app.state
    scanner = getattr(state, "web_scanner", None)
    if scanner is None:
        try:
            from onguard.conversation import Scanner
        except ImportError:
            raise PageError(
                503, "Checking conversations is not available", "The scanner is not installed."
            ) from None
        scanner = Scanner()
        state.web_scanner = scanner
    return scanner


def _assessor(request: Request) -> Any:
    state = request.app.state
    assessor = getattr(state, "web_assessor", None)
    if assessor is None:
        from onguard.assess import Assessor

        assessor = Assessor(scanner=_scanner(request), taxonomy=taxonomy_of(request))
        state.web_assessor = assessor
    return assessor


def check_conversation(
    request: Request, conversation: Conversation, audience: str, child_age: int | None
) -> CheckResult:
    """Scan the conversation (evidence with explanations) and build its plan for `audience`."""
    from onguard.spec import AssessmentInput, ChildInfo

    tax = taxonomy_of(request)
    analysis = _scanner(request).analyse(conversation)
    reported = [h for h in analysis.reported if h.harm in tax.harms]
    evidence = [
        {
            "message": ev.message,
            "start": ev.start,
            "end": ev.end,
            "signal": ev.signal,
            "harm": h.harm,
            "explanation": ev.explanation,
        }
        for h in reported
        for ev in h.evidence
    ]
    harms = [
        HarmView(h.harm, tax.harms[h.harm].name, float(h.score), int(h.first_message or 0))
        for h in reported
    ]
    plan = _assessor(request).assess(
        AssessmentInput(id="check", child=ChildInfo(age=child_age), conversation=conversation),
        audience=audience,
    )
    return CheckResult(
        risk=str(analysis.risk),
        harms=harms,
        messages=_message_views(
            request,
            conversation,
            evidence,
            set(analysis.inferred_child_ids) - conversation.child_ids(),
        ),
        plan=plan_view(request, plan),
        conversation=conversation,
    )


def plan_view(request: Request, plan: Any) -> PlanView:
    """The assessment engine's Plan, for the templates."""
    tax = taxonomy_of(request)
    routes = []
    for step in plan.routes:
        route = tax.routes.get(step.id)
        if route is None:
            continue
        details = [*step.why]
        if step.reader_note:
            details.append(step.reader_note)
        routes.append(RouteStep(route, details))
    g = plan.guidance
    guidance = [
        ("What to say to the child", [t.text for t in g.say_to_child]),
        ("Responding", [t.text for t in g.responding]),
        ("What not to do", [t.text for t in g.do_not]),
        ("Keeping them safe from now on", [t.text for t in g.prevention_tips]),
    ]
    return PlanView(
        level=plan.output.level,
        immediate_danger=plan.output.immediate_danger,
        routes=routes,
        rationale=list(plan.output.rationale),
        guidance=guidance,
        level_label=plan.level_label,
        level_meaning=plan.level_meaning,
        level_response=plan.level_response,
        advice=plan.advice,
        # the engine's rationale usually quotes these already; show only the ones it does not
        would_change=[
            w for w in plan.would_change if not any(w in line for line in plan.output.rationale)
        ],
        review_note=plan.review_note,
        support=[tax.routes[r.id] for r in g.support if r.id in tax.routes],
        warnings=list(plan.warnings),
    )


def _message_views(
    request: Request,
    conversation: Conversation,
    evidence: list[dict[str, Any]],
    inferred_children: set[str] | None = None,
) -> list[MessageView]:
    """Messages with their evidence spans; each span's explanation becomes a numbered note."""
    tax = taxonomy_of(request)
    by_message: dict[int, list[dict[str, Any]]] = {}
    for ev in evidence:
        by_message.setdefault(int(ev["message"]), []).append(ev)
    roles: dict[str, str] = {p.id: p.role for p in conversation.participants}
    roles.update({sender: "probably_child" for sender in inferred_children or ()})
    names = {p.id: p.name or p.id for p in conversation.participants}
    views = []
    for index, msg in enumerate(conversation.messages):
        notes: list[Note] = []
        spans: list[Span] = []
        for ev in sorted(by_message.get(index, []), key=lambda e: (e["start"], e["end"])):
            harm_id = ev.get("harm")
            harm = tax.harms.get(harm_id) if harm_id else None
            key = (ev["signal"], harm_id)
            existing = next((n for n in notes if (n.signal, n.harm_id) == key), None)
            if existing is None:
                existing = Note(
                    number=len(notes) + 1,
                    signal=ev["signal"],
                    explanation=ev.get("explanation") or _signal_text(request, ev),
                    harm_id=harm_id,
                    harm_name=harm.name if harm else None,
                )
                notes.append(existing)
            spans.append(Span(int(ev["start"]), int(ev["end"]), existing.number))
        views.append(
            MessageView(
                index=index,
                sender=names.get(msg.sender, msg.sender),
                role=roles.get(msg.sender, "unknown"),
                ts=msg.ts,
                media=msg.media,
                segments=segments(msg.text, spans),
                notes=notes,
            )
        )
    return views


def _signal_text(request: Request, ev: dict[str, Any]) -> str:
    tax = taxonomy_of(request)
    harm = tax.harms.get(ev.get("harm") or "")
    for h in [harm] if harm else tax.harms.values():
        for sig in h.signals:
            if sig.id == ev["signal"]:
                return sig.description
    return ev["signal"].replace("_", " ")


# ---------------------------------------------------------------------------
# The case store (onguard.cases): every call names the acting user; the
# service checks the role, writes the audit log and raises CaseError subclasses.


def case_service(request: Request) -> Any | None:
    """The store's CaseService on this app, or None when the app runs without a store."""
    state = request.app.state
    service = getattr(state, "cases", None)
    if service is None:
        store = getattr(state, "store", None)
        service = getattr(store, "cases", None)
    return service


def require_service(request: Request) -> Any:
    service = case_service(request)
    if service is None:
        raise PageError(
            503,
            "Recording concerns is not available here",
            "This server runs the guide only. Start OnGuard with `onguard serve` to sign in.",
        )
    return service


def actor(user: WebUser) -> Any:
    from onguard.cases import User

    return User(id=int(user.id), username=user.username, role=user.role)  # type: ignore[arg-type]


def authenticate(request: Request, username: str, password: str) -> WebUser | None:
    found = require_service(request).authenticate(username, password)
    if found is None:
        return None
    return WebUser(id=str(found.id), username=found.username, role=found.role)


def call(request: Request, user: WebUser, method: str, *args: Any, **kwargs: Any) -> Any:
    """Call a CaseService method as `user`, turning its errors into pages."""
    from onguard.cases import CaseError

    service = require_service(request)
    try:
        return getattr(service, method)(actor(user), *args, **kwargs)
    except CaseError as exc:
        status = int(getattr(exc, "status_code", 400))
        titles = {
            403: "You do not have permission to see this",
            404: "We could not find that record",
            409: "That conflicts with the record",
            503: "That is not available right now",
        }
        title = titles.get(status, "That could not be done")
        if status >= 500:
            status = 503
        raise PageError(status, title, str(exc)) from None


def concern_plan(request: Request, concern: Any) -> PlanView | None:
    """The plan of a recorded concern: its latest assessment on record (the grade the store
    keeps, made by the assessment engine or a DSL), with each route's details and the
    guide's advice for the concern's harms."""
    if not concern.assessments:
        return None
    latest = concern.assessments[-1]
    tax = taxonomy_of(request)
    routes = [
        RouteStep(tax.routes[r], [tax.routes[r].when]) for r in latest.routes if r in tax.routes
    ]
    what_to_do: list[str] = []
    for harm_id in concern.harms:
        harm = tax.harms.get(harm_id)
        for step in harm.what_to_do if harm else ():
            if step not in what_to_do:
                what_to_do.append(step)
    guidance = [
        ("What to do", what_to_do),
        ("Responding to the child", [g.text for g in tax.guidance.responding]),
        ("What not to do", [g.text for g in tax.guidance.do_not]),
    ]
    source = "a practitioner" if latest.source == "practitioner" else "OnGuard's assessment engine"
    return PlanView(
        level=latest.level,
        immediate_danger=latest.immediate_danger,
        routes=routes,
        rationale=list(latest.rationale),
        guidance=guidance,
        level_label=latest.level,
        review_note=(
            f"Graded by {source}"
            + (f" ({latest.assessed_by})" if latest.assessed_by else "")
            + (f"; review by {latest.review_date}." if latest.review_date else ".")
        ),
    )
