"""What goes into and comes out of the case service (pydantic; the API's bodies too).

Inputs refuse unknown fields so typos are caught; ids (harm, indicator, route) are checked
against the taxonomy. Outputs are plain data, safe to render in a template or return as JSON.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from onguard.spec import MAX_MESSAGE_CHARS, Conversation, Facts, ScanResult
from onguard.taxonomy import default_taxonomy

Role = Literal["admin", "dsl", "staff", "auditor", "platform"]
ROLES: tuple[Role, ...] = ("admin", "dsl", "staff", "auditor", "platform")
Status = Literal["new", "open", "closed", "no_further_action"]
STATUSES: tuple[Status, ...] = ("new", "open", "closed", "no_further_action")
IndicatorSource = Literal["observed", "disclosed", "third_party", "automated"]
EvidenceKind = Literal["excerpt", "handle", "url", "phone", "payment", "hash"]
Consent = Literal["given", "refused", "not_sought", "overridden"]
LegalBasis = Literal[
    "public_task",
    "legal_obligation",
    "vital_interests",
    "legitimate_interests",
    "consent",
    "safeguarding",
]
Level = Literal["none", "emerging", "significant", "experiencing"]

TEXT = MAX_MESSAGE_CHARS  # the longest free-text field accepted
SHORT = 500
MAX_INT = 2**31 - 1  # integer columns are 32-bit on every backend


def _no_nul(value: Any) -> Any:
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("must not contain NUL characters")
    if isinstance(value, list):
        for item in value:
            _no_nul(item)
    return value


def _sane_time(value: dt.datetime | None) -> dt.datetime | None:
    """A timestamp between 1900 and 2100, as aware UTC (a naive one is taken as UTC)."""
    if value is None:
        return None
    if not 1900 <= value.year <= 2100:
        raise ValueError("must be a date between 1900 and 2100")
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def _sane_date(value: dt.date | None) -> dt.date | None:
    if value is not None and not 1900 <= value.year <= 2100:
        raise ValueError("must be a date between 1900 and 2100")
    return value


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @field_validator("*", mode="after")
    @classmethod
    def _checked(cls, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            return _sane_time(value)
        if isinstance(value, dt.date):
            return _sane_date(value)
        return _no_nul(value)


def _check_harms(value: list[str]) -> list[str]:
    return default_taxonomy().check_harm_ids(value)


class ChildIn(_In):
    """The child: an existing `id`, or a new child with `name` and `age` or `date_of_birth`."""

    id: str | None = Field(default=None, max_length=36)
    name: str | None = Field(default=None, min_length=1, max_length=SHORT)
    aliases: list[str] = Field(default_factory=list, max_length=20)
    date_of_birth: dt.date | None = None
    age: int | None = Field(default=None, ge=0, le=25)
    additional_needs: bool = False
    school: str | None = Field(default=None, max_length=SHORT)

    @field_validator("aliases")
    @classmethod
    def _short_aliases(cls, value: list[str]) -> list[str]:
        if any(len(a) > SHORT for a in value):
            raise ValueError(f"each alias must be at most {SHORT} characters")
        return value

    @field_validator("date_of_birth")
    @classmethod
    def _born(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and value > dt.date.today():
            raise ValueError("date of birth is in the future")
        return value

    @model_validator(mode="after")
    def _identified(self) -> ChildIn:
        if self.id is None:
            if not self.name:
                raise ValueError("a new child needs a name (or give the id of a known child)")
            if self.age is None and self.date_of_birth is None:
                raise ValueError("a new child needs an age or a date of birth")
        return self


class IndicatorIn(_In):
    id: str
    source: IndicatorSource = "observed"

    @field_validator("id")
    @classmethod
    def _known(cls, value: str) -> str:
        default_taxonomy().check_indicator_ids([value])
        return value


def _indicators_from_ids(value: Any) -> Any:
    """Accept plain indicator ids (as in the assessment spec) as well as {id, source}."""
    if isinstance(value, list):
        return [{"id": v} if isinstance(v, str) else v for v in value]
    return value


class EvidenceIn(_In):
    """A piece of evidence kept as text: an excerpt, handle, web address, number or hash."""

    kind: EvidenceKind
    value: str = Field(min_length=1, max_length=TEXT)
    message_index: int | None = Field(default=None, ge=0, le=MAX_INT)
    signal: str | None = Field(default=None, max_length=64)
    harm: str | None = None

    @field_validator("harm")
    @classmethod
    def _known_harm(cls, value: str | None) -> str | None:
        if value is not None:
            _check_harms([value])
        return value


class ConcernIn(_In):
    """A new record of concern. `fact` and `opinion` are kept apart; `child_words` verbatim."""

    child: ChildIn
    summary: str = Field(min_length=1, max_length=TEXT)
    harms: list[str] = Field(default_factory=list, max_length=50)
    indicators: list[IndicatorIn] = Field(default_factory=list, max_length=50)
    happened_at: dt.datetime | None = None
    setting: str | None = Field(
        default=None, max_length=SHORT, description="where it happened: platform, app or place"
    )
    child_words: str | None = Field(default=None, max_length=TEXT)
    fact: str | None = Field(default=None, max_length=TEXT)
    opinion: str | None = Field(default=None, max_length=TEXT)
    immediate_action: str | None = Field(default=None, max_length=TEXT)
    facts: Facts = Field(
        default_factory=Facts, description="yes/no facts the assessment uses (spec `facts`)"
    )
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=200)
    conversation: Conversation | None = None

    @field_validator("harms")
    @classmethod
    def _known_harms(cls, value: list[str]) -> list[str]:
        return _check_harms(value)

    @field_validator("indicators", mode="before")
    @classmethod
    def _indicator_ids(cls, value: Any) -> Any:
        return _indicators_from_ids(value)


AMENDABLE = (
    "summary",
    "harms",
    "indicators",
    "happened_at",
    "setting",
    "child_words",
    "fact",
    "opinion",
    "immediate_action",
    "facts",
    "status",
)


class AmendmentIn(_In):
    """Change some fields of a concern; `reason` is required and the earlier version is kept."""

    reason: str = Field(min_length=1, max_length=TEXT)
    summary: str | None = Field(default=None, min_length=1, max_length=TEXT)
    harms: list[str] | None = Field(default=None, max_length=50)
    indicators: list[IndicatorIn] | None = Field(default=None, max_length=50)
    happened_at: dt.datetime | None = None
    setting: str | None = Field(default=None, max_length=SHORT)
    child_words: str | None = Field(default=None, max_length=TEXT)
    fact: str | None = Field(default=None, max_length=TEXT)
    opinion: str | None = Field(default=None, max_length=TEXT)
    immediate_action: str | None = Field(default=None, max_length=TEXT)
    facts: Facts | None = None
    status: Status | None = None

    @field_validator("harms")
    @classmethod
    def _known_harms(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else _check_harms(value)

    @field_validator("indicators", mode="before")
    @classmethod
    def _indicator_ids(cls, value: Any) -> Any:
        return _indicators_from_ids(value)

    @model_validator(mode="after")
    def _changes_something(self) -> AmendmentIn:
        if not any(name in self.model_fields_set for name in AMENDABLE):
            raise ValueError(f"an amendment must change at least one of: {', '.join(AMENDABLE)}")
        return self


class ActionIn(_In):
    description: str = Field(min_length=1, max_length=TEXT)
    owner: str | None = Field(default=None, max_length=SHORT)
    due: dt.date | None = None
    outcome: str | None = Field(default=None, max_length=TEXT)


class OutcomeIn(_In):
    """The outcome of an action, recorded once when the action had none."""

    outcome: str = Field(min_length=1, max_length=TEXT)


class ReferralIn(_In):
    """A referral: route id (taxonomy), reference number, what was shared and on what basis."""

    route: str
    reference: str | None = Field(default=None, max_length=SHORT)
    shared: str | None = Field(default=None, max_length=TEXT, description="what was shared")
    legal_basis: LegalBasis = "public_task"
    consent: Consent = "not_sought"
    consent_reason: str | None = Field(default=None, max_length=TEXT)
    made_at: dt.datetime | None = None

    @field_validator("route")
    @classmethod
    def _known_route(cls, value: str) -> str:
        if value not in default_taxonomy().routes:
            raise ValueError("unknown route id")
        return value


class AssessmentIn(_In):
    """A practitioner's own grading of a concern."""

    level: Level
    rationale: list[str] = Field(min_length=1, max_length=50)
    immediate_danger: bool = False
    routes: list[str] = Field(default_factory=list, max_length=30)
    review_date: dt.date | None = None

    @field_validator("routes")
    @classmethod
    def _known_routes(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - set(default_taxonomy().routes))
        if unknown:
            raise ValueError(f"unknown route id(s): {', '.join(unknown)}")
        return value

    @field_validator("rationale")
    @classmethod
    def _short_lines(cls, value: list[str]) -> list[str]:
        if any(len(line) > TEXT for line in value):
            raise ValueError("each rationale line is too long")
        return value


# ---- outputs -------------------------------------------------------------------------


class UserOut(BaseModel):
    id: int
    username: str
    role: Role
    created_at: dt.datetime
    active: bool = True


class ChildOut(BaseModel):
    id: str
    name: str
    aliases: list[str]
    date_of_birth: dt.date | None
    age: int | None
    additional_needs: bool
    school: str | None
    created_at: dt.datetime


class IndicatorOut(BaseModel):
    id: str
    source: IndicatorSource


class EvidenceOut(BaseModel):
    id: str
    kind: str
    value: str
    sha256: str
    message_index: int | None
    signal: str | None
    harm: str | None
    captured_by: str | None
    captured_at: dt.datetime


class AssessmentOut(BaseModel):
    id: str
    level: Level
    immediate_danger: bool
    routes: list[str]
    rationale: list[str]
    review_date: dt.date | None
    source: Literal["automated", "practitioner"]
    assessed_by: str | None
    assessed_at: dt.datetime


class ActionOut(BaseModel):
    id: str
    concern_id: str
    description: str
    owner: str | None
    due: dt.date | None
    outcome: str | None
    created_by: str | None
    created_at: dt.datetime


class ReferralOut(BaseModel):
    id: str
    concern_id: str
    route: str
    reference: str | None
    shared: str | None
    legal_basis: str
    consent: str
    consent_reason: str | None
    made_by: str | None
    made_at: dt.datetime


class RevisionOut(BaseModel):
    """An earlier version of a concern, kept when it was amended."""

    version: int
    amended_by: str | None
    amended_at: dt.datetime
    reason: str
    changed: list[str]
    previous: dict[str, Any]


class ConcernSummary(BaseModel):
    id: str
    child_id: str
    reported_by: str | None
    recorded_at: dt.datetime
    happened_at: dt.datetime | None
    harms: list[str]
    status: Status
    version: int
    level: Level | None = None


class ConcernOut(ConcernSummary):
    child: ChildOut
    summary: str
    setting: str | None
    child_words: str | None
    fact: str | None
    opinion: str | None
    immediate_action: str | None
    indicators: list[IndicatorOut]
    facts: dict[str, bool | None]
    scan: ScanResult | None
    evidence: list[EvidenceOut]
    assessments: list[AssessmentOut]
    actions: list[ActionOut]
    referrals: list[ReferralOut]
    revisions: list[RevisionOut]


class ChronologyEntry(BaseModel):
    at: dt.datetime
    kind: Literal["concern", "amendment", "assessment", "action", "referral"]
    concern_id: str
    ref_id: str
    by: str | None
    text: str


class ChronologyOut(BaseModel):
    child: ChildOut
    entries: list[ChronologyEntry]


class AuditEventOut(BaseModel):
    seq: int
    at: dt.datetime
    actor: str
    actor_role: str
    action: str
    object_type: str
    object_id: str | None
    child_id: str | None
    outcome: str
    hash: str
