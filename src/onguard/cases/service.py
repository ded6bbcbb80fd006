"""The case service: every face of OnGuard (API, web pages, CLI) goes through here.

Every method that touches a child's record takes the acting `User`, checks the role (and for
`staff`, that the concern is their own), writes an audit event in the same transaction as the
change, and returns plain pydantic objects from `onguard.cases.schemas`. A refused call also
writes an audit event (outcome ``denied``) and raises `ForbiddenError`. No method puts names, notes
or message text into an exception message or a log line.

Quick use::

    store = Store.open(Settings.from_env())        # creates/migrates the database
    cases = store.cases                            # a CaseService
    me = cases.authenticate("jo", "secret")        # or cases.user_for_token(token)
    concern = cases.record_concern(me, ConcernIn(child=ChildIn(name="A", age=13), summary="..."))
    cases.get_concern(me, concern.id)
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import importlib
import json
import logging
import re
import secrets
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from onguard.cases import audit
from onguard.cases.crypto import Cipher, CryptoError, load_key
from onguard.cases.db import make_engine, migrate, readonly
from onguard.cases.models import (
    ActionRow,
    ApiTokenRow,
    AssessmentRow,
    AuditEventRow,
    ChildRow,
    ConcernRevisionRow,
    ConcernRow,
    EvidenceRow,
    ReferralRow,
    StoreMeta,
    UserRow,
)
from onguard.cases.schemas import (
    AMENDABLE,
    ROLES,
    STATUSES,
    ActionIn,
    ActionOut,
    AmendmentIn,
    AssessmentIn,
    AssessmentOut,
    AuditEventOut,
    ChildIn,
    ChildOut,
    ChronologyEntry,
    ChronologyOut,
    ConcernIn,
    ConcernOut,
    ConcernSummary,
    EvidenceIn,
    EvidenceOut,
    IndicatorOut,
    OutcomeIn,
    ReferralIn,
    ReferralOut,
    RevisionOut,
    Role,
    UserOut,
)
from onguard.settings import Settings
from onguard.spec import (
    MAX_MESSAGE_CHARS,
    AssessmentInput,
    AssessmentOutput,
    ChildInfo,
    Conversation,
    ScanResult,
)

if TYPE_CHECKING:
    from onguard.cases.audit import AuditReport

log = logging.getLogger(__name__)

# ---- roles ---------------------------------------------------------------------------

ALL_CASEWORK: frozenset[str] = frozenset({"admin", "dsl"})
PERMISSIONS: dict[str, frozenset[str]] = {
    "scan": frozenset({"admin", "dsl", "staff", "platform"}),
    "assess": frozenset({"admin", "dsl", "staff"}),
    "record_concern": frozenset({"admin", "dsl", "staff"}),
    "view_concern": frozenset({"admin", "dsl", "staff"}),  # staff: their own only
    "list_concerns": frozenset({"admin", "dsl", "staff"}),  # staff: their own only
    "add_evidence": frozenset({"admin", "dsl", "staff"}),  # staff: their own only
    "amend_concern": ALL_CASEWORK,
    "add_action": ALL_CASEWORK,
    "add_referral": ALL_CASEWORK,
    "add_assessment": ALL_CASEWORK,
    "list_children": ALL_CASEWORK,
    "view_chronology": ALL_CASEWORK,
    "view_audit": frozenset({"admin", "auditor"}),
    "manage_users": frozenset({"admin"}),
}
OWN_ONLY_ROLES = frozenset({"staff"})

# Default review dates after an automated assessment, by level (a DSL can set their own).
REVIEW_DAYS = {"experiencing": 7, "significant": 14, "emerging": 28}

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$")
MIN_PASSWORD = 8
TOKEN_PREFIX = "og_"


def may(role: str, permission: str) -> bool:
    """Whether `role` may ever do `permission` (staff further limited to their own concerns)."""
    return role in PERMISSIONS[permission]


# ---- errors --------------------------------------------------------------------------


class CaseError(Exception):
    """Base of the service's errors. Messages name fields and ids, never personal data."""

    status_code = 400


class InvalidInputError(CaseError, ValueError):
    status_code = 422


class NotFoundError(CaseError):
    status_code = 404


class ForbiddenError(CaseError):
    status_code = 403


class ConflictError(CaseError):
    status_code = 409


class UnavailableError(CaseError):
    status_code = 503


class StoreError(CaseError):
    """The store cannot be opened (for example: the key does not match it)."""

    status_code = 500


@dataclass(frozen=True)
class User:
    """The acting user. `id` is None only for `SYSTEM`, the operator at the command line."""

    id: int | None
    username: str
    role: Role


SYSTEM = User(id=None, username="system", role="admin")


def _is_missing(exc: Exception, module: str) -> bool:
    """True when `module` (another helper's layer) is absent or not finished yet, as opposed
    to a broken import inside it, which must not be hidden."""
    if isinstance(exc, AttributeError):
        return True
    name = getattr(exc, "name", None) or ""
    return name == module or module.startswith(name + ".") if name else False


def _engine_class(module: str, name: str, what: str) -> Any:
    """`module.name`, imported when first needed so the store works without that layer;
    `UnavailableError` naming `what` when the layer is not installed."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ModuleNotFoundError, AttributeError) as exc:
        if _is_missing(exc, module):
            raise UnavailableError(f"{what} is not installed") from exc
        raise


def _usable_key(value: str | None) -> bool:
    """Whether `value` can be looked up at all (PostgreSQL refuses NUL bytes in text)."""
    return value is not None and 0 < len(value) <= 64 and "\x00" not in value


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _age_on(dob: dt.date, today: dt.date) -> int:
    return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))


class _Denied(Exception):  # noqa: N818 (internal signal, turned into ForbiddenError)
    """Raised inside a transaction; `_audits_denials` records it after the rollback."""

    def __init__(
        self,
        actor: User,
        permission: str,
        object_type: str,
        object_id: str | None,
        child_id: str | None,
    ) -> None:
        super().__init__(permission)
        self.actor, self.permission, self.object_type = actor, permission, object_type
        self.object_id, self.child_id = object_id, child_id


_F = TypeVar("_F", bound=Callable[..., Any])


def _audits_denials(method: _F) -> _F:
    """Turn `_Denied` into an audit event (outcome "denied", its own transaction, written once
    the refused work has rolled back) and a `ForbiddenError` for the caller."""

    @functools.wraps(method)
    def wrapper(self: CaseService, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except _Denied as d:
            with self.store.transaction() as s:
                self._audit(
                    s,
                    d.actor,
                    d.permission,
                    d.object_type,
                    d.object_id,
                    d.child_id,
                    outcome="denied",
                )
            message = f"the {d.actor.role} role may not {d.permission.replace('_', ' ')}"
            if d.child_id is not None:
                message += " on a concern recorded by someone else"
            raise ForbiddenError(message) from None

    return cast(_F, wrapper)


# ---- store ---------------------------------------------------------------------------


class Store:
    """The open database, its encryption key, and the `CaseService` over it (`store.cases`).

    `Store.open(settings)` creates the database and runs migrations as needed, so every
    command can call it on a fresh `ONGUARD_HOME`.
    """

    def __init__(self, settings: Settings, engine: Engine | None = None) -> None:
        self.settings = settings
        self.engine = engine or make_engine(settings)
        migrate(self.engine)
        self.cipher = Cipher(load_key(settings))
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.readers = sessionmaker(readonly(self.engine), expire_on_commit=False)
        self._check_key()
        self.cases = CaseService(self)

    @classmethod
    def open(cls, settings: Settings | None = None) -> Store:
        return cls(settings or Settings.from_env())

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits together on success and rolls back on error."""
        with self.sessions.begin() as session:
            yield session

    def _check_key(self) -> None:
        field = "store_meta.key_check"
        with self.transaction() as s:
            row = s.get(StoreMeta, "key_check")
            if row is None:
                s.add(StoreMeta(name="key_check", value=self.cipher.seal(field, "onguard")))
                return
        try:
            self.cipher.open(field, row.value)
        except CryptoError as exc:
            raise StoreError(
                "the encryption key does not match this store (check ONGUARD_KEY and ONGUARD_HOME)"
            ) from exc

    def verify_audit(self) -> AuditReport:
        """Walk the audit hash chain (for `onguard audit verify`)."""
        with self.readers() as s:
            return audit.verify(s)


# ---- service -------------------------------------------------------------------------


class CaseService:
    """Users, tokens, concerns and everything recorded under them, with authorisation and audit.

    Methods (all raise `ForbiddenError`, `NotFoundError`, `InvalidInputError` or
    `ConflictError`, subclasses of
    `CaseError` whose `status_code` is the HTTP status to use):

    - accounts: `authenticate`, `user_for_token`, `user_by_id`, `create_user`, `issue_token`,
      `revoke_tokens`, `deactivate_user`, `list_users`,
      `count_users`, `bootstrap_admin`
    - records: `record_concern`, `get_concern`, `list_concerns`, `amend_concern`,
      `add_evidence`, `add_action`, `record_outcome`, `add_referral`, `add_assessment`,
      `list_children`, `chronology`
    - audit: `audit_events` (`Store.verify_audit` checks the chain)
    - analysis without storing: `scan`, `scan_many`, `assess`
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.cipher = store.cipher
        self._hasher = (
            PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
            if store.settings.fast_password_hashing
            else PasswordHasher()
        )
        self._lock = threading.Lock()
        self._scanner: Any = None
        self._assessor: Any = None

    # -- plumbing ----------------------------------------------------------------------

    def _audit(
        self,
        s: Session,
        actor: User,
        action: str,
        object_type: str,
        object_id: str | None = None,
        child_id: str | None = None,
        outcome: str = "allowed",
        detail: dict[str, Any] | None = None,
    ) -> None:
        audit.append(
            s,
            actor_id=actor.id,
            actor=actor.username,
            actor_role=actor.role,
            action=action,
            object_type=object_type,
            object_id=object_id,
            child_id=child_id,
            outcome=outcome,
            detail=detail,
        )

    def _require(
        self, actor: User, permission: str, object_type: str, object_id: str | None = None
    ) -> None:
        if not may(actor.role, permission):
            raise _Denied(actor, permission, object_type, object_id, None)

    def _seal(self, field: str, value: str | None) -> str | None:
        return self.cipher.seal(field, value)

    def _open(self, field: str, value: str | None) -> str | None:
        return self.cipher.open(field, value)

    def _usernames(self, s: Session) -> dict[int | None, str]:
        return {uid: name for uid, name in s.execute(select(UserRow.id, UserRow.username))}

    def _concern_row(self, s: Session, actor: User, concern_id: str, permission: str) -> ConcernRow:
        """The concern, once the actor may use it for `permission` (checks own-only roles)."""
        self._require(actor, permission, "concern", concern_id)
        row = s.get(ConcernRow, concern_id) if _usable_key(concern_id) else None
        if row is None:
            raise NotFoundError(f"no concern with id {concern_id!r}")
        if actor.role in OWN_ONLY_ROLES and row.reported_by != actor.id:
            raise _Denied(actor, permission, "concern", concern_id, row.child_id)
        return row

    def _audit_on_concern(
        self,
        s: Session,
        actor: User,
        action: str,
        object_type: str,
        object_id: str,
        concern: ConcernRow,
        **detail: Any,
    ) -> None:
        """Flush, then audit `action` on something recorded under `concern`."""
        s.flush()
        self._audit(
            s,
            actor,
            action,
            object_type,
            object_id,
            concern.child_id,
            detail={"concern": concern.id, **detail},
        )

    def _user_named(self, s: Session, username: str) -> UserRow:
        row = (
            s.scalar(select(UserRow).where(UserRow.username == username))
            if _usable_key(username)
            else None
        )
        if row is None:
            raise NotFoundError("no such user")
        return row

    def _revoke_live_tokens(self, s: Session, user_id: int) -> int:
        """Revoke the user's unrevoked API tokens; how many."""
        tokens = s.scalars(
            select(ApiTokenRow).where(
                ApiTokenRow.user_id == user_id, ApiTokenRow.revoked_at.is_(None)
            )
        ).all()
        for token in tokens:
            token.revoked_at = _now()
        return len(tokens)

    # -- accounts ----------------------------------------------------------------------

    def count_users(self) -> int:
        with self.store.readers() as s:
            return int(s.scalar(select(func.count(UserRow.id))) or 0)

    @_audits_denials
    def create_user(self, actor: User, username: str, role: str, password: str) -> UserOut:
        """Add a user (admin only). Passwords are stored as argon2 hashes."""
        self._require(actor, "manage_users", "user")
        if not USERNAME.match(username):
            raise InvalidInputError(
                "username: 1-64 letters, digits or . _ @ - (starting with a letter or digit)"
            )
        if role not in ROLES:
            raise InvalidInputError(f"role: must be one of {', '.join(ROLES)}")
        if len(password) < MIN_PASSWORD:
            raise InvalidInputError(f"password: at least {MIN_PASSWORD} characters")
        with self.store.transaction() as s:
            if s.scalar(select(UserRow.id).where(UserRow.username == username)) is not None:
                raise ConflictError("username: already taken")
            row = UserRow(
                username=username,
                role=role,
                password_hash=self._hasher.hash(password),
                active=True,
                created_at=_now(),
            )
            s.add(row)
            s.flush()
            self._audit(s, actor, "create_user", "user", str(row.id), detail={"role": role})
            return _user_out(row)

    @_audits_denials
    def issue_token(self, actor: User, username: str) -> str:
        """A new API token for `username` (admin, or the user themself). Shown once: only
        its SHA-256 is stored."""
        if actor.username != username:
            self._require(actor, "manage_users", "token")
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self.store.transaction() as s:
            user = self._user_named(s, username)
            s.add(ApiTokenRow(user_id=user.id, token_hash=_sha256(token), created_at=_now()))
            s.flush()
            self._audit(s, actor, "issue_token", "user", str(user.id))
        return token

    @_audits_denials
    def revoke_tokens(self, actor: User, username: str) -> int:
        """Revoke every API token of `username` (admin, or the user themself); how many."""
        if actor.username != username:
            self._require(actor, "manage_users", "token")
        with self.store.transaction() as s:
            user = self._user_named(s, username)
            count = self._revoke_live_tokens(s, user.id)
            self._audit(s, actor, "revoke_tokens", "user", str(user.id), detail={"count": count})
            return count

    @_audits_denials
    def deactivate_user(self, actor: User, username: str) -> UserOut:
        """Deactivate `username` (admin only): they can no longer sign in, their API tokens
        are revoked, and a web session they hold ends on its next request. The account and
        everything it recorded stay on record. The last active admin cannot be deactivated
        (409), so the store is never left without one."""
        self._require(actor, "manage_users", "user")
        with self.store.transaction() as s:
            row = self._user_named(s, username)
            if not row.active:
                raise ConflictError("user: already deactivated")
            if row.role == "admin":
                admins = s.scalar(
                    select(func.count(UserRow.id)).where(UserRow.role == "admin", UserRow.active)
                )
                if int(admins or 0) <= 1:
                    raise ConflictError("user: the last active admin cannot be deactivated")
            row.active = False
            revoked = self._revoke_live_tokens(s, row.id)
            s.flush()
            self._audit(
                s, actor, "deactivate_user", "user", str(row.id), detail={"tokens_revoked": revoked}
            )
            return _user_out(row)

    def user_by_id(self, user_id: int) -> User | None:
        """The active user with this id, as they are now (role included), or None when there
        is none or it was deactivated. For a web session, which keeps only the user's id:
        re-loading it on each request makes a role change or deactivation take effect at
        once. Not audited (like `user_for_token`): it reads no child's record."""
        if not 0 < user_id <= 2**31 - 1:
            return None
        with self.store.readers() as s:
            row = s.get(UserRow, user_id)
        if row is None or not row.active:
            return None
        return User(row.id, row.username, cast(Role, row.role))

    @_audits_denials
    def list_users(self, actor: User) -> list[UserOut]:
        self._require(actor, "manage_users", "user")
        with self.store.transaction() as s:
            rows = s.scalars(select(UserRow).order_by(UserRow.id)).all()
            self._audit(s, actor, "list_users", "user")
            return [_user_out(r) for r in rows]

    def authenticate(self, username: str, password: str) -> User | None:
        """The user with this username and password, or None (same cost either way)."""
        row = None
        if _usable_key(username):
            with self.store.readers() as s:
                row = s.scalar(select(UserRow).where(UserRow.username == username))
        if row is None or not row.active:
            self._dummy_verify(password)
            return None
        try:
            self._hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            return None
        user = User(row.id, row.username, cast(Role, row.role))
        with self.store.transaction() as s:
            if self._hasher.check_needs_rehash(row.password_hash):
                fresh = s.get(UserRow, row.id)
                if fresh is not None:
                    fresh.password_hash = self._hasher.hash(password)
            self._audit(s, user, "sign_in", "user", str(row.id))
        return user

    def _dummy_verify(self, password: str) -> None:
        if not hasattr(self, "_dummy_hash"):
            self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))
        with suppress(VerificationError, InvalidHashError):
            self._hasher.verify(self._dummy_hash, password)

    def user_for_token(self, token: str) -> User | None:
        """The active user holding this API token, or None."""
        if not token or len(token) > 200:
            return None
        with self.store.readers() as s:
            row = s.execute(
                select(UserRow)
                .join(ApiTokenRow, ApiTokenRow.user_id == UserRow.id)
                .where(ApiTokenRow.token_hash == _sha256(token), ApiTokenRow.revoked_at.is_(None))
            ).scalar_one_or_none()
        if row is None or not row.active:
            return None
        return User(row.id, row.username, cast(Role, row.role))

    def bootstrap_admin(self) -> str | None:
        """On a store with no users, create `admin` with a random password and return it
        (the caller shows it once); None when users already exist."""
        if self.count_users():
            return None
        password = secrets.token_urlsafe(12)
        try:
            self.create_user(SYSTEM, "admin", "admin", password)
        except ConflictError:
            return None
        return password

    # -- analysis (nothing stored) -----------------------------------------------------

    def use_engines(self, *, scanner: Any = None, assessor: Any = None) -> None:
        """Use these objects instead of `onguard.conversation.Scanner()` and
        `onguard.assess.Assessor()` (for embedding with trained models, and for tests)."""
        with self._lock:
            if scanner is not None:
                self._scanner = scanner
            if assessor is not None:
                self._assessor = assessor

    def _get_scanner(self) -> Any:
        with self._lock:
            if self._scanner is None:
                scanner_cls = _engine_class(
                    "onguard.conversation", "Scanner", "the conversation scanner"
                )
                self._scanner = scanner_cls()
            return self._scanner

    def _get_assessor(self) -> Any:
        with self._lock:
            if self._assessor is None:
                assessor_cls = _engine_class("onguard.assess", "Assessor", "the assessment engine")
                self._assessor = assessor_cls()
            return self._assessor

    @_audits_denials
    def scan(self, actor: User, conversation: Conversation) -> ScanResult:
        self._require(actor, "scan", "conversation")
        return cast(ScanResult, self._get_scanner().scan(conversation))

    @_audits_denials
    def scan_many(self, actor: User, conversations: Sequence[Conversation]) -> list[ScanResult]:
        self._require(actor, "scan", "conversation")
        scanner = self._get_scanner()
        if hasattr(scanner, "scan_many"):
            return list(scanner.scan_many(conversations))
        return [scanner.scan(c) for c in conversations]

    @_audits_denials
    def assess(self, actor: User, inp: AssessmentInput) -> AssessmentOutput:
        self._require(actor, "assess", "assessment")
        return self._run_assessor(inp)

    def _run_assessor(self, inp: AssessmentInput) -> AssessmentOutput:
        plan = self._get_assessor().assess(inp, audience="practitioner")
        out = getattr(plan, "output", plan)
        return cast(AssessmentOutput, out)

    # -- recording ---------------------------------------------------------------------

    @_audits_denials
    def record_concern(self, actor: User, data: ConcernIn) -> ConcernOut:
        """Record a new concern (admin, dsl, staff). With a `conversation`, the scan result and
        the evidence spans it found are stored; an automated assessment is stored too."""
        self._require(actor, "record_concern", "concern")
        concern_id = str(uuid.uuid4())
        scan = self._try_scan(data.conversation)
        now = _now()
        with self.store.transaction() as s:
            child = self._child_for(s, actor, data.child, now)
            age = child.age
            dob = self._open("children.date_of_birth", child.date_of_birth_enc)
            if dob:
                age = _age_on(dt.date.fromisoformat(dob), now.date())
            concern = ConcernRow(
                id=concern_id,
                child_id=child.id,
                reported_by=actor.id,
                recorded_at=now,
                happened_at=data.happened_at,
                status="new",
                version=1,
                harms=list(data.harms),
                indicators=[i.model_dump() for i in data.indicators],
                facts=data.facts.model_dump(),
                scan=scan.model_dump(mode="json") if scan else None,
                conversation_enc=self._seal(
                    "concerns.conversation",
                    data.conversation.model_dump_json() if data.conversation else None,
                ),
                **self._sealed_texts(
                    data.summary,
                    data.setting,
                    data.child_words,
                    data.fact,
                    data.opinion,
                    data.immediate_action,
                ),
            )
            s.add(concern)
            s.flush()
            for ev in data.evidence:
                self._add_evidence_row(s, actor, concern_id, ev, now)
            if data.conversation is not None:
                self._add_conversation_evidence(s, actor, concern_id, data.conversation, scan, now)
            s.flush()
            self._audit(
                s,
                actor,
                "record_concern",
                "concern",
                concern_id,
                child.id,
                detail={"harms": list(data.harms), "scanned": scan is not None},
            )
            child_info = ChildInfo(
                age=age if age is not None and 0 <= age <= 25 else None,
                additional_needs=child.additional_needs,
            )
        self._store_automated_assessment(actor, concern_id, data, child_info)
        return self.get_concern(actor, concern_id, audit_view=False)

    def _sealed_texts(
        self,
        summary: str | None,
        setting: str | None,
        child_words: str | None,
        fact: str | None,
        opinion: str | None,
        immediate_action: str | None,
    ) -> dict[str, str | None]:
        return {
            "summary_enc": self._seal("concerns.summary", summary),
            "setting_enc": self._seal("concerns.setting", setting),
            "child_words_enc": self._seal("concerns.child_words", child_words),
            "fact_enc": self._seal("concerns.fact", fact),
            "opinion_enc": self._seal("concerns.opinion", opinion),
            "immediate_action_enc": self._seal("concerns.immediate_action", immediate_action),
        }

    def _child_for(self, s: Session, actor: User, child: ChildIn, now: dt.datetime) -> ChildRow:
        if child.id is not None:
            row = s.get(ChildRow, child.id) if _usable_key(child.id) else None
            if row is None:
                raise NotFoundError(f"no child with id {child.id!r}")
            return row
        assert child.name is not None  # ChildIn guarantees it
        row = ChildRow(
            id=str(uuid.uuid4()),
            name_enc=self.cipher.seal("children.name", child.name),
            aliases_enc=self._seal("children.aliases", json.dumps(child.aliases)),
            date_of_birth_enc=self._seal(
                "children.date_of_birth",
                child.date_of_birth.isoformat() if child.date_of_birth else None,
            ),
            age=child.age,
            additional_needs=child.additional_needs,
            school_enc=self._seal("children.school", child.school),
            created_by=actor.id,
            created_at=now,
        )
        s.add(row)
        s.flush()
        self._audit(s, actor, "create_child", "child", row.id, row.id)
        return row

    def _try_scan(self, conversation: Conversation | None) -> ScanResult | None:
        if conversation is None:
            return None
        try:
            return cast(ScanResult, self._get_scanner().scan(conversation))
        except UnavailableError:
            log.warning("concern recorded without a scan: scanner not installed")
            return None
        except Exception as exc:  # noqa: BLE001 (the record matters more than its scan)
            # The type only: a message could quote the conversation.
            log.error("concern recorded without a scan: scanner failed (%s)", type(exc).__name__)
            return None

    def _add_evidence_row(
        self, s: Session, actor: User, concern_id: str, ev: EvidenceIn, now: dt.datetime
    ) -> EvidenceRow:
        row = EvidenceRow(
            id=str(uuid.uuid4()),
            concern_id=concern_id,
            kind=ev.kind,
            value_enc=self.cipher.seal("evidence.value", ev.value),
            sha256=_sha256(ev.value),
            message_index=ev.message_index,
            signal=ev.signal,
            harm=ev.harm,
            captured_by=actor.id,
            captured_at=now,
        )
        s.add(row)
        return row

    def _add_conversation_evidence(
        self,
        s: Session,
        actor: User,
        concern_id: str,
        conv: Conversation,
        scan: ScanResult | None,
        now: dt.datetime,
    ) -> None:
        """A hash of the whole conversation, and each scanned evidence span as an excerpt."""
        canonical = conv.model_dump_json()
        self._add_evidence_row(
            s,
            actor,
            concern_id,
            EvidenceIn(kind="hash", value=_sha256(canonical), signal="conversation_sha256"),
            now,
        )
        if scan is None:
            return
        for finding in scan.harms:
            for ev in finding.evidence:
                if ev.message >= len(conv.messages):
                    continue
                text = conv.messages[ev.message].text[ev.start : ev.end]
                if not text:
                    continue
                self._add_evidence_row(
                    s,
                    actor,
                    concern_id,
                    EvidenceIn(
                        kind="excerpt",
                        value=text,
                        message_index=ev.message,
                        signal=ev.signal,
                        harm=finding.harm,
                    ),
                    now,
                )

    def _store_automated_assessment(
        self, actor: User, concern_id: str, data: ConcernIn, child: ChildInfo
    ) -> None:
        notes = "\n".join(t for t in (data.summary, data.child_words, data.fact) if t)
        try:
            inp = AssessmentInput(
                id=concern_id,
                child=child,
                indicators=[i.id for i in data.indicators],
                harms=list(data.harms),
                facts=data.facts,
                conversation=data.conversation,
                notes=notes[:MAX_MESSAGE_CHARS],
            )
            out = self._run_assessor(inp)
        except UnavailableError:
            log.warning("concern recorded without an assessment: engine not installed")
            return
        except Exception as exc:  # noqa: BLE001 (the record matters more than its grading)
            log.error(
                "concern recorded without an assessment: engine failed (%s)", type(exc).__name__
            )
            return
        days = REVIEW_DAYS.get(out.level)
        review = _now().date() + dt.timedelta(days=days) if days else None
        with self.store.transaction() as s:
            concern = s.get_one(ConcernRow, concern_id)
            self._add_assessment_row(
                s,
                actor,
                concern,
                level=out.level,
                immediate_danger=out.immediate_danger,
                routes=list(out.routes),
                rationale=list(out.rationale),
                review_date=review,
                source="automated",
            )

    # -- reading -----------------------------------------------------------------------

    @_audits_denials
    def get_concern(self, actor: User, concern_id: str, *, audit_view: bool = True) -> ConcernOut:
        """One concern with everything under it (staff: only concerns they recorded)."""
        with self.store.transaction() as s:
            row = self._concern_row(s, actor, concern_id, "view_concern")
            if audit_view:
                self._audit(s, actor, "view_concern", "concern", row.id, row.child_id)
            return self._concern_out(s, row)

    @_audits_denials
    def list_concerns(
        self,
        actor: User,
        *,
        status: str | None = None,
        child_id: str | None = None,
        limit: int = 500,
    ) -> list[ConcernSummary]:
        """Newest first. Staff see only the concerns they recorded."""
        self._require(actor, "list_concerns", "concern")
        with self.store.transaction() as s:
            q = select(ConcernRow).order_by(ConcernRow.recorded_at.desc()).limit(limit)
            if actor.role in OWN_ONLY_ROLES:
                q = q.where(ConcernRow.reported_by == actor.id)
            if status:
                if status not in STATUSES:
                    raise InvalidInputError(f"status: must be one of {', '.join(STATUSES)}")
                q = q.where(ConcernRow.status == status)
            if child_id:
                if not _usable_key(child_id):
                    raise NotFoundError("no child with that id")
                q = q.where(ConcernRow.child_id == child_id)
            rows = s.scalars(q).all()
            names = self._usernames(s)
            levels = self._latest_levels(s, [r.id for r in rows])
            self._audit(
                s, actor, "list_concerns", "concern", child_id=child_id, detail={"count": len(rows)}
            )
            return [_summary(r, names, levels.get(r.id)) for r in rows]

    def _latest_levels(self, s: Session, ids: list[str]) -> dict[str, str]:
        if not ids:
            return {}
        levels: dict[str, str] = {}
        q = (
            select(AssessmentRow.concern_id, AssessmentRow.level)
            .where(AssessmentRow.concern_id.in_(ids))
            .order_by(AssessmentRow.assessed_at)
        )
        for cid, level in s.execute(q):
            levels[cid] = level
        return levels

    @_audits_denials
    def list_children(self, actor: User) -> list[ChildOut]:
        self._require(actor, "list_children", "child")
        with self.store.transaction() as s:
            rows = s.scalars(select(ChildRow).order_by(ChildRow.created_at)).all()
            self._audit(s, actor, "list_children", "child", detail={"count": len(rows)})
            return [self._child_out(r) for r in rows]

    def _child_out(self, row: ChildRow) -> ChildOut:
        dob = self._open("children.date_of_birth", row.date_of_birth_enc)
        aliases = self._open("children.aliases", row.aliases_enc)
        return ChildOut(
            id=row.id,
            name=self.cipher.open("children.name", row.name_enc) or "",
            aliases=json.loads(aliases) if aliases else [],
            date_of_birth=dt.date.fromisoformat(dob) if dob else None,
            age=row.age,
            additional_needs=row.additional_needs,
            school=self._open("children.school", row.school_enc),
            created_at=row.created_at,
        )

    def _concern_fields(self, row: ConcernRow) -> dict[str, Any]:
        """The amendable fields of a concern as plain JSON-able values."""
        return {
            "summary": self._open("concerns.summary", row.summary_enc),
            "harms": list(row.harms),
            "indicators": [dict(i) for i in row.indicators],
            "happened_at": row.happened_at.isoformat() if row.happened_at else None,
            "setting": self._open("concerns.setting", row.setting_enc),
            "child_words": self._open("concerns.child_words", row.child_words_enc),
            "fact": self._open("concerns.fact", row.fact_enc),
            "opinion": self._open("concerns.opinion", row.opinion_enc),
            "immediate_action": self._open("concerns.immediate_action", row.immediate_action_enc),
            "facts": dict(row.facts),
            "status": row.status,
        }

    def _concern_out(self, s: Session, row: ConcernRow) -> ConcernOut:
        names = self._usernames(s)
        evidence = s.scalars(
            select(EvidenceRow)
            .where(EvidenceRow.concern_id == row.id)
            .order_by(EvidenceRow.captured_at, EvidenceRow.id)
        ).all()
        assessments = s.scalars(
            select(AssessmentRow)
            .where(AssessmentRow.concern_id == row.id)
            .order_by(AssessmentRow.assessed_at)
        ).all()
        actions = s.scalars(
            select(ActionRow).where(ActionRow.concern_id == row.id).order_by(ActionRow.created_at)
        ).all()
        referrals = s.scalars(
            select(ReferralRow)
            .where(ReferralRow.concern_id == row.id)
            .order_by(ReferralRow.made_at)
        ).all()
        revisions = s.scalars(
            select(ConcernRevisionRow)
            .where(ConcernRevisionRow.concern_id == row.id)
            .order_by(ConcernRevisionRow.version)
        ).all()
        fields = self._concern_fields(row)
        level = assessments[-1].level if assessments else None
        return ConcernOut(
            **_summary(row, names, level).model_dump(),
            child=self._child_out(s.get_one(ChildRow, row.child_id)),
            summary=fields["summary"] or "",
            setting=fields["setting"],
            child_words=fields["child_words"],
            fact=fields["fact"],
            opinion=fields["opinion"],
            immediate_action=fields["immediate_action"],
            indicators=[IndicatorOut.model_validate(i) for i in row.indicators],
            facts=dict(row.facts),
            scan=ScanResult.model_validate(row.scan) if row.scan else None,
            evidence=[self._evidence_out(e, names) for e in evidence],
            assessments=[self._assessment_out(a, names) for a in assessments],
            actions=[self._action_out(a, names) for a in actions],
            referrals=[self._referral_out(r, names) for r in referrals],
            revisions=[self._revision_out(r, names) for r in revisions],
        )

    def _evidence_out(self, e: EvidenceRow, names: dict[int | None, str]) -> EvidenceOut:
        return EvidenceOut(
            id=e.id,
            kind=e.kind,
            value=self.cipher.open("evidence.value", e.value_enc) or "",
            sha256=e.sha256,
            message_index=e.message_index,
            signal=e.signal,
            harm=e.harm,
            captured_by=names.get(e.captured_by),
            captured_at=e.captured_at,
        )

    def _assessment_out(self, a: AssessmentRow, names: dict[int | None, str]) -> AssessmentOut:
        rationale = self.cipher.open("assessments.rationale", a.rationale_enc) or "[]"
        return AssessmentOut(
            id=a.id,
            level=cast(Any, a.level),
            immediate_danger=a.immediate_danger,
            routes=list(a.routes),
            rationale=json.loads(rationale),
            review_date=a.review_date,
            source=cast(Any, a.source),
            assessed_by=names.get(a.assessed_by) if a.assessed_by else None,
            assessed_at=a.assessed_at,
        )

    def _action_out(self, a: ActionRow, names: dict[int | None, str]) -> ActionOut:
        return ActionOut(
            id=a.id,
            concern_id=a.concern_id,
            description=self.cipher.open("actions.description", a.description_enc) or "",
            owner=self._open("actions.owner", a.owner_enc),
            due=a.due,
            outcome=self._open("actions.outcome", a.outcome_enc),
            created_by=names.get(a.created_by),
            created_at=a.created_at,
        )

    def _referral_out(self, r: ReferralRow, names: dict[int | None, str]) -> ReferralOut:
        return ReferralOut(
            id=r.id,
            concern_id=r.concern_id,
            route=r.route,
            reference=self._open("referrals.reference", r.reference_enc),
            shared=self._open("referrals.shared", r.shared_enc),
            legal_basis=r.legal_basis,
            consent=r.consent,
            consent_reason=self._open("referrals.consent_reason", r.consent_reason_enc),
            made_by=names.get(r.made_by),
            made_at=r.made_at,
        )

    def _revision_out(self, r: ConcernRevisionRow, names: dict[int | None, str]) -> RevisionOut:
        snapshot = self.cipher.open("concern_revisions.snapshot", r.snapshot_enc) or "{}"
        return RevisionOut(
            version=r.version,
            amended_by=names.get(r.amended_by),
            amended_at=r.amended_at,
            reason=self.cipher.open("concern_revisions.reason", r.reason_enc) or "",
            changed=list(r.changed),
            previous=json.loads(snapshot),
        )

    # -- amending and adding -----------------------------------------------------------

    @_audits_denials
    def amend_concern(self, actor: User, concern_id: str, change: AmendmentIn) -> ConcernOut:
        """Change fields of a concern (admin, dsl). The version before the change is kept as a
        revision with who, when and why; nothing is overwritten without a trace."""
        with self.store.transaction() as s:
            row = self._concern_row(s, actor, concern_id, "amend_concern")
            before = self._concern_fields(row)
            proposed = dict(before)
            for name in AMENDABLE:
                if name not in change.model_fields_set:
                    continue
                value = getattr(change, name)
                if value is None and name in ("summary", "harms", "indicators", "facts", "status"):
                    raise InvalidInputError(f"{name}: cannot be cleared")
                if name == "indicators":
                    value = [i.model_dump() for i in value]
                elif name == "facts":
                    value = value.model_dump()
                elif name == "happened_at" and value is not None:
                    value = (
                        value.astimezone(dt.UTC).isoformat()
                        if value.tzinfo
                        else value.replace(tzinfo=dt.UTC).isoformat()
                    )
                proposed[name] = value
            changed = [n for n in AMENDABLE if proposed[n] != before[n]]
            if not changed:
                raise InvalidInputError("the amendment changes nothing")
            s.add(
                ConcernRevisionRow(
                    concern_id=row.id,
                    version=row.version,
                    changed=changed,
                    snapshot_enc=self.cipher.seal("concern_revisions.snapshot", json.dumps(before)),
                    reason_enc=self.cipher.seal("concern_revisions.reason", change.reason),
                    amended_by=actor.id,
                    amended_at=_now(),
                )
            )
            row.summary_enc = self.cipher.seal("concerns.summary", proposed["summary"]) or ""
            for name in ("setting", "child_words", "fact", "opinion", "immediate_action"):
                setattr(row, f"{name}_enc", self._seal(f"concerns.{name}", proposed[name]))
            row.harms = list(proposed["harms"])
            row.indicators = list(proposed["indicators"])
            row.facts = dict(proposed["facts"])
            row.status = proposed["status"]
            row.happened_at = (
                dt.datetime.fromisoformat(proposed["happened_at"])
                if proposed["happened_at"]
                else None
            )
            row.version += 1
            s.flush()
            self._audit(
                s,
                actor,
                "amend_concern",
                "concern",
                row.id,
                row.child_id,
                detail={"version": row.version, "changed": changed},
            )
            return self._concern_out(s, row)

    @_audits_denials
    def add_evidence(self, actor: User, concern_id: str, data: EvidenceIn) -> EvidenceOut:
        with self.store.transaction() as s:
            row = self._concern_row(s, actor, concern_id, "add_evidence")
            ev = self._add_evidence_row(s, actor, row.id, data, _now())
            self._audit_on_concern(s, actor, "add_evidence", "evidence", ev.id, row, kind=data.kind)
            return self._evidence_out(ev, self._usernames(s))

    @_audits_denials
    def add_action(self, actor: User, concern_id: str, data: ActionIn) -> ActionOut:
        with self.store.transaction() as s:
            row = self._concern_row(s, actor, concern_id, "add_action")
            action = ActionRow(
                id=str(uuid.uuid4()),
                concern_id=row.id,
                description_enc=self.cipher.seal("actions.description", data.description) or "",
                owner_enc=self._seal("actions.owner", data.owner),
                due=data.due,
                outcome_enc=self._seal("actions.outcome", data.outcome),
                created_by=actor.id,
                created_at=_now(),
            )
            s.add(action)
            self._audit_on_concern(s, actor, "add_action", "action", action.id, row)
            return self._action_out(action, self._usernames(s))

    @_audits_denials
    def record_outcome(
        self, actor: User, concern_id: str, action_id: str, data: OutcomeIn
    ) -> ActionOut:
        """Fill in the outcome of an action that has none (admin, dsl); an outcome once
        recorded is not overwritten (409): record a new action instead."""
        with self.store.transaction() as s:
            row = self._concern_row(s, actor, concern_id, "add_action")
            action = s.get(ActionRow, action_id) if _usable_key(action_id) else None
            if action is None or action.concern_id != row.id:
                raise NotFoundError(f"no action with id {action_id!r} on this concern")
            if action.outcome_enc is not None:
                raise ConflictError("this action already has an outcome")
            action.outcome_enc = self._seal("actions.outcome", data.outcome)
            self._audit_on_concern(s, actor, "record_outcome", "action", action.id, row)
            return self._action_out(action, self._usernames(s))

    @_audits_denials
    def add_referral(self, actor: User, concern_id: str, data: ReferralIn) -> ReferralOut:
        with self.store.transaction() as s:
            row = self._concern_row(s, actor, concern_id, "add_referral")
            ref = ReferralRow(
                id=str(uuid.uuid4()),
                concern_id=row.id,
                route=data.route,
                reference_enc=self._seal("referrals.reference", data.reference),
                shared_enc=self._seal("referrals.shared", data.shared),
                legal_basis=data.legal_basis,
                consent=data.consent,
                consent_reason_enc=self._seal("referrals.consent_reason", data.consent_reason),
                made_by=actor.id,
                made_at=data.made_at or _now(),
            )
            s.add(ref)
            self._audit_on_concern(
                s, actor, "add_referral", "referral", ref.id, row, route=data.route
            )
            return self._referral_out(ref, self._usernames(s))

    @_audits_denials
    def add_assessment(self, actor: User, concern_id: str, data: AssessmentIn) -> AssessmentOut:
        """A practitioner's own grading (admin, dsl); earlier assessments stay on record."""
        with self.store.transaction() as s:
            row = self._concern_row(s, actor, concern_id, "add_assessment")
            a = self._add_assessment_row(
                s,
                actor,
                row,
                level=data.level,
                immediate_danger=data.immediate_danger,
                routes=list(data.routes),
                rationale=data.rationale,
                review_date=data.review_date,
                source="practitioner",
            )
            return self._assessment_out(a, self._usernames(s))

    def _add_assessment_row(
        self,
        s: Session,
        actor: User,
        concern: ConcernRow,
        *,
        level: str,
        immediate_danger: bool,
        routes: list[str],
        rationale: list[str],
        review_date: dt.date | None,
        source: str,
    ) -> AssessmentRow:
        """Store a grading under `concern`: a practitioner's own (assessed by the actor) or
        OnGuard's automated one (assessed by no user)."""
        a = AssessmentRow(
            id=str(uuid.uuid4()),
            concern_id=concern.id,
            level=level,
            immediate_danger=immediate_danger,
            routes=routes,
            rationale_enc=self.cipher.seal("assessments.rationale", json.dumps(rationale)) or "",
            review_date=review_date,
            source=source,
            assessed_by=actor.id if source == "practitioner" else None,
            assessed_at=_now(),
        )
        s.add(a)
        self._audit_on_concern(
            s, actor, "add_assessment", "assessment", a.id, concern, level=level, source=source
        )
        return a

    # -- chronology --------------------------------------------------------------------

    @_audits_denials
    def chronology(self, actor: User, child_id: str) -> ChronologyOut:
        """Everything recorded about a child, oldest first (admin, dsl)."""
        self._require(actor, "view_chronology", "child", child_id)
        with self.store.transaction() as s:
            child = s.get(ChildRow, child_id) if _usable_key(child_id) else None
            if child is None:
                raise NotFoundError(f"no child with id {child_id!r}")
            names = self._usernames(s)
            concerns = s.scalars(select(ConcernRow).where(ConcernRow.child_id == child_id)).all()
            entries = list(self._chronology_entries(s, concerns, names))
            entries.sort(key=lambda e: (e.at, e.kind))
            self._audit(
                s,
                actor,
                "view_chronology",
                "child",
                child_id,
                child_id,
                detail={"entries": len(entries)},
            )
            return ChronologyOut(child=self._child_out(child), entries=entries)

    def _chronology_entries(
        self, s: Session, concerns: Iterable[ConcernRow], names: dict[int | None, str]
    ) -> Iterator[ChronologyEntry]:
        for c in concerns:
            yield ChronologyEntry(
                at=c.happened_at or c.recorded_at,
                kind="concern",
                concern_id=c.id,
                ref_id=c.id,
                by=names.get(c.reported_by),
                text=self.cipher.open("concerns.summary", c.summary_enc) or "",
            )
            for r in s.scalars(
                select(ConcernRevisionRow).where(ConcernRevisionRow.concern_id == c.id)
            ):
                reason = self.cipher.open("concern_revisions.reason", r.reason_enc) or ""
                yield ChronologyEntry(
                    at=r.amended_at,
                    kind="amendment",
                    concern_id=c.id,
                    ref_id=str(r.version),
                    by=names.get(r.amended_by),
                    text=f"amended {', '.join(r.changed)}: {reason}",
                )
            for a in s.scalars(select(AssessmentRow).where(AssessmentRow.concern_id == c.id)):
                yield ChronologyEntry(
                    at=a.assessed_at,
                    kind="assessment",
                    concern_id=c.id,
                    ref_id=a.id,
                    by=names.get(a.assessed_by) if a.assessed_by else "onguard",
                    text=f"level {a.level}; routes: {', '.join(a.routes)}",
                )
            for act in s.scalars(select(ActionRow).where(ActionRow.concern_id == c.id)):
                out = self._action_out(act, names)
                text = out.description + (f" (due {out.due})" if out.due else "")
                if out.outcome:
                    text += f"; outcome: {out.outcome}"
                yield ChronologyEntry(
                    at=act.created_at,
                    kind="action",
                    concern_id=c.id,
                    ref_id=act.id,
                    by=out.created_by,
                    text=text,
                )
            for ref in s.scalars(select(ReferralRow).where(ReferralRow.concern_id == c.id)):
                ro = self._referral_out(ref, names)
                text = f"referral: {ro.route}" + (f" ref {ro.reference}" if ro.reference else "")
                yield ChronologyEntry(
                    at=ref.made_at,
                    kind="referral",
                    concern_id=c.id,
                    ref_id=ref.id,
                    by=ro.made_by,
                    text=text,
                )

    # -- audit -------------------------------------------------------------------------

    @_audits_denials
    def audit_events(
        self, actor: User, *, limit: int = 100, before: int | None = None
    ) -> list[AuditEventOut]:
        """Newest audit events first (admin, auditor); `before` pages by sequence number.
        Reading the log is itself recorded."""
        self._require(actor, "view_audit", "audit")
        with self.store.transaction() as s:
            q = select(AuditEventRow).order_by(AuditEventRow.seq.desc()).limit(limit)
            if before is not None:
                # 32-bit column: anything larger means "from the newest"
                q = q.where(AuditEventRow.seq < min(before, 2**31 - 1))
            rows = s.scalars(q).all()
            out = [
                AuditEventOut(
                    seq=r.seq,
                    at=dt.datetime.fromisoformat(r.at),
                    actor=r.actor,
                    actor_role=r.actor_role,
                    action=r.action,
                    object_type=r.object_type,
                    object_id=r.object_id,
                    child_id=r.child_id,
                    outcome=r.outcome,
                    hash=r.hash,
                )
                for r in rows
            ]
            self._audit(s, actor, "view_audit", "audit", detail={"count": len(out)})
            return out


def _user_out(row: UserRow) -> UserOut:
    return UserOut(
        id=row.id,
        username=row.username,
        role=cast(Role, row.role),
        created_at=row.created_at,
        active=row.active,
    )


def _summary(row: ConcernRow, names: dict[int | None, str], level: str | None) -> ConcernSummary:
    return ConcernSummary(
        id=row.id,
        child_id=row.child_id,
        reported_by=names.get(row.reported_by),
        recorded_at=row.recorded_at,
        happened_at=row.happened_at,
        harms=list(row.harms),
        status=cast(Any, row.status),
        version=row.version,
        level=cast(Any, level),
    )
