"""`create_app()`: the case store, the JSON API under /v1, and the web pages when installed.

Every endpoint but `/healthz` needs `Authorization: Bearer TOKEN` (401 without a valid one);
the case service decides what each role may do (403 when it may not) and audits it.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import text
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from onguard import __version__
from onguard.api.limits import BodySizeLimit, QuietErrors, clean_validation_errors
from onguard.cases import CaseError, CaseService, Store, User
from onguard.cases.schemas import (
    ActionIn,
    ActionOut,
    AmendmentIn,
    AssessmentIn,
    AssessmentOut,
    AuditEventOut,
    ChildOut,
    ChronologyOut,
    ConcernIn,
    ConcernOut,
    ConcernSummary,
    EvidenceIn,
    EvidenceOut,
    OutcomeIn,
    ReferralIn,
    ReferralOut,
    RevisionOut,
    Status,
    UserOut,
)
from onguard.settings import Settings
from onguard.spec import AssessmentInput, AssessmentOutput, Conversation, ScanResult

log = logging.getLogger(__name__)

MAX_BATCH = 1000
MAX_SEQ = 2**31 - 1  # audit sequence numbers are 32-bit integers on every backend
_bearer = HTTPBearer(auto_error=False, description="an API token from `onguard users add`")

ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "no valid bearer token"},
    403: {"description": "this role may not do that"},
    413: {"description": "request body too large"},
    422: {"description": "the request is not valid; `detail` names the field"},
}
ID = Annotated[str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
USERNAME = Annotated[
    str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
]


def _cases(request: Request) -> CaseService:
    service: CaseService = request.app.state.cases
    return service


def current_user(
    request: Request,
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> User:
    """The token's user; 401 when the header is missing or the token unknown or revoked."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if creds is None or creds.scheme.lower() != "bearer":
        raise HTTPException(
            401, "missing bearer token (Authorization: Bearer TOKEN)", headers=challenge
        )
    user = _cases(request).user_for_token(creds.credentials)
    if user is None:
        raise HTTPException(401, "invalid or revoked token", headers=challenge)
    return user


Actor = Annotated[User, Depends(current_user)]
Cases = Annotated[CaseService, Depends(_cases)]


def _install_error_handlers(app: FastAPI) -> None:
    async def case_error(_request: Request, exc: Exception) -> JSONResponse:
        status = getattr(exc, "status_code", 400)
        return JSONResponse({"detail": str(exc)}, status_code=status)

    async def invalid(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return JSONResponse({"detail": clean_validation_errors(exc.errors())}, status_code=422)

    async def db_error(_request: Request, exc: Exception) -> JSONResponse:
        # Safety net: the service validates first, so these mean a race or a value the
        # database itself refuses. Never the statement or parameters: they hold records.
        if isinstance(exc, IntegrityError):
            return JSONResponse(
                {"detail": "conflicts with a record saved at the same moment; try again"},
                status_code=409,
            )
        if isinstance(exc, DataError):
            return JSONResponse({"detail": "a value was refused by the database"}, status_code=422)
        log.error("database unavailable: %s", type(exc).__name__)
        return JSONResponse(
            {"detail": "the case store is busy or unavailable; try again"}, status_code=503
        )

    app.add_exception_handler(IntegrityError, db_error)
    app.add_exception_handler(DataError, db_error)
    app.add_exception_handler(OperationalError, db_error)
    app.add_exception_handler(CaseError, case_error)
    app.add_exception_handler(RequestValidationError, invalid)


def _routes(app: FastAPI) -> None:  # noqa: C901 (one flat list of endpoints reads best)
    @app.get("/healthz", tags=["meta"])
    def healthz(request: Request) -> dict[str, str]:
        """Liveness and database check; no token needed."""
        with request.app.state.store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return {"status": "ok", "version": __version__}

    @app.get("/v1/me", tags=["meta"], responses=ERRORS)
    def me(user: Actor) -> dict[str, Any]:
        """Who this token belongs to."""
        return {"id": user.id, "username": user.username, "role": user.role}

    @app.post("/v1/scan", tags=["scan"], responses=ERRORS)
    def scan(user: Actor, cases: Cases, conversation: Conversation) -> ScanResult:
        """Scan one conversation (spec: conversation object in, scan result out)."""
        return cases.scan(user, conversation)

    @app.post("/v1/scan/batch", tags=["scan"], responses=ERRORS)
    def scan_batch(
        user: Actor,
        cases: Cases,
        conversations: Annotated[list[Conversation], Body(max_length=MAX_BATCH)],
    ) -> list[ScanResult]:
        """Scan a JSON list of conversations; results come back in the same order."""
        return cases.scan_many(user, conversations)

    @app.post("/v1/assess", tags=["assess"], responses=ERRORS)
    def assess(user: Actor, cases: Cases, inp: AssessmentInput) -> AssessmentOutput:
        """Grade a screening (spec: assessment input in, assessment output out)."""
        return cases.assess(user, inp)

    @app.post("/v1/concerns", status_code=201, tags=["concerns"], responses=ERRORS)
    def record_concern(
        user: Actor, cases: Cases, concern: ConcernIn, response: Response
    ) -> ConcernOut:
        """Record a concern; 201 with its `id`. A `conversation` is scanned and kept as
        evidence; an automated assessment is stored with it."""
        out = cases.record_concern(user, concern)
        response.headers["Location"] = f"/v1/concerns/{out.id}"
        return out

    @app.get("/v1/concerns", tags=["concerns"], responses=ERRORS)
    def list_concerns(
        user: Actor,
        cases: Cases,
        status: Status | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 500,
    ) -> list[ConcernSummary]:
        """Concerns, newest first (staff: only those they recorded)."""
        return cases.list_concerns(user, status=status, limit=limit)

    @app.get("/v1/concerns/{concern_id}", tags=["concerns"], responses=ERRORS)
    def get_concern(user: Actor, cases: Cases, concern_id: ID) -> ConcernOut:
        return cases.get_concern(user, concern_id)

    @app.post(
        "/v1/concerns/{concern_id}/amendments", status_code=201, tags=["concerns"], responses=ERRORS
    )
    def amend(user: Actor, cases: Cases, concern_id: ID, amendment: AmendmentIn) -> ConcernOut:
        """Amend a concern (admin, dsl); the earlier version is kept under `revisions`."""
        return cases.amend_concern(user, concern_id, amendment)

    @app.get("/v1/concerns/{concern_id}/amendments", tags=["concerns"], responses=ERRORS)
    def amendments(user: Actor, cases: Cases, concern_id: ID) -> list[RevisionOut]:
        return cases.get_concern(user, concern_id).revisions

    @app.post(
        "/v1/concerns/{concern_id}/evidence", status_code=201, tags=["concerns"], responses=ERRORS
    )
    def add_evidence(
        user: Actor, cases: Cases, concern_id: ID, evidence: EvidenceIn
    ) -> EvidenceOut:
        """Add evidence kept as text: excerpt, handle, web address, number or hash (no images)."""
        return cases.add_evidence(user, concern_id, evidence)

    @app.post(
        "/v1/concerns/{concern_id}/actions", status_code=201, tags=["concerns"], responses=ERRORS
    )
    def add_action(user: Actor, cases: Cases, concern_id: ID, action: ActionIn) -> ActionOut:
        return cases.add_action(user, concern_id, action)

    @app.post(
        "/v1/concerns/{concern_id}/actions/{action_id}/outcome",
        tags=["concerns"],
        responses=ERRORS,
    )
    def record_outcome(
        user: Actor, cases: Cases, concern_id: ID, action_id: ID, outcome: OutcomeIn
    ) -> ActionOut:
        """Record an action's outcome once (admin, dsl); 409 if it already has one."""
        return cases.record_outcome(user, concern_id, action_id, outcome)

    @app.get("/v1/concerns/{concern_id}/actions", tags=["concerns"], responses=ERRORS)
    def actions(user: Actor, cases: Cases, concern_id: ID) -> list[ActionOut]:
        return cases.get_concern(user, concern_id).actions

    @app.post(
        "/v1/concerns/{concern_id}/referrals", status_code=201, tags=["concerns"], responses=ERRORS
    )
    def add_referral(
        user: Actor, cases: Cases, concern_id: ID, referral: ReferralIn
    ) -> ReferralOut:
        return cases.add_referral(user, concern_id, referral)

    @app.get("/v1/concerns/{concern_id}/referrals", tags=["concerns"], responses=ERRORS)
    def referrals(user: Actor, cases: Cases, concern_id: ID) -> list[ReferralOut]:
        return cases.get_concern(user, concern_id).referrals

    @app.post(
        "/v1/concerns/{concern_id}/assessments",
        status_code=201,
        tags=["concerns"],
        responses=ERRORS,
    )
    def add_assessment(
        user: Actor, cases: Cases, concern_id: ID, assessment: AssessmentIn
    ) -> AssessmentOut:
        """A practitioner's own grading (admin, dsl)."""
        return cases.add_assessment(user, concern_id, assessment)

    @app.get("/v1/children", tags=["children"], responses=ERRORS)
    def children(user: Actor, cases: Cases) -> list[ChildOut]:
        return cases.list_children(user)

    @app.get("/v1/children/{child_id}/chronology", tags=["children"], responses=ERRORS)
    def chronology(user: Actor, cases: Cases, child_id: ID) -> ChronologyOut:
        """Everything recorded about the child, oldest first (admin, dsl)."""
        return cases.chronology(user, child_id)

    @app.get("/v1/audit", tags=["audit"], responses=ERRORS)
    def audit_log(
        user: Actor,
        cases: Cases,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        before: Annotated[int | None, Query(ge=1, le=MAX_SEQ)] = None,
    ) -> list[AuditEventOut]:
        """Audit events, newest first (admin, auditor): actor, action, object and time."""
        return cases.audit_events(user, limit=limit, before=before)

    @app.get("/v1/users", tags=["users"], responses=ERRORS)
    def users(user: Actor, cases: Cases) -> list[UserOut]:
        return cases.list_users(user)

    @app.post("/v1/users/{username}/deactivate", tags=["users"], responses=ERRORS)
    def deactivate_user(user: Actor, cases: Cases, username: USERNAME) -> UserOut:
        """Deactivate a user (admin): no sign-in, tokens revoked, web sessions end; 409 if
        already deactivated or the last active admin."""
        return cases.deactivate_user(user, username)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Open (create, migrate) the store and build the app: `app.state.settings`,
    `app.state.store` and `app.state.cases` (the `CaseService`), the API, and the web pages
    from `onguard.web.mount(app)` when that package is installed."""
    settings = settings or Settings.from_env()
    store = Store.open(settings)
    app = FastAPI(
        title="OnGuard",
        version=__version__,
        description="Spot and respond to the online exploitation of children.",
    )
    app.state.settings = settings
    app.state.store = store
    app.state.cases = store.cases
    app.state.web_cases_enabled = True
    app.add_middleware(QuietErrors)
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    _install_error_handlers(app)
    _routes(app)

    if importlib.util.find_spec("onguard.web") is not None:
        web = importlib.import_module("onguard.web")
        mount = getattr(web, "mount", None)
        if mount is None:
            log.warning("onguard.web has no mount(app); the web pages are not served")
        else:
            mount(app)
    return app
