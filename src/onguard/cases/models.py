"""SQLAlchemy 2 tables of the case store.

Columns ending in ``_enc`` hold free text about children sealed by `crypto.Cipher`; the
service layer seals and opens them. Nothing is ever updated in place without keeping the
earlier version: a concern's amendment first copies the current values into
`ConcernRevision`; evidence, assessments, actions, referrals and audit events are only added.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes on every backend (SQLite stores naive UTC, PostgreSQL timestamptz)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    pass


class StoreMeta(Base):
    """Small facts about the store itself, e.g. a sealed check value for the key."""

    __tablename__ = "store_meta"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ApiTokenRow(Base):
    """An API token, kept only as its SHA-256 (tokens are 256-bit random, shown once)."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ChildRow(Base):
    __tablename__ = "children"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name_enc: Mapped[str] = mapped_column(Text)
    aliases_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    date_of_birth_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    age: Mapped[int | None] = mapped_column(Integer, nullable=True)
    additional_needs: Mapped[bool] = mapped_column(Boolean, default=False)
    school_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ConcernRow(Base):
    __tablename__ = "concerns"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    child_id: Mapped[str] = mapped_column(ForeignKey("children.id"), index=True)
    reported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    happened_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime, nullable=True)
    setting_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    summary_enc: Mapped[str] = mapped_column(Text)
    child_words_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    fact_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    opinion_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    immediate_action_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    harms: Mapped[list[str]] = mapped_column(JSON, default=list)
    # [{"id": indicator id, "source": observed|disclosed|third_party|automated}]
    indicators: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    facts: Mapped[dict[str, bool | None]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="new")
    version: Mapped[int] = mapped_column(Integer, default=1)
    scan: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    conversation_enc: Mapped[str | None] = mapped_column(Text, nullable=True)


class ConcernRevisionRow(Base):
    """The concern as it was before an amendment (sealed JSON of every amendable field)."""

    __tablename__ = "concern_revisions"
    __table_args__ = (UniqueConstraint("concern_id", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concerns.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    snapshot_enc: Mapped[str] = mapped_column(Text)
    changed: Mapped[list[str]] = mapped_column(JSON, default=list)
    reason_enc: Mapped[str] = mapped_column(Text)
    amended_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    amended_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class EvidenceRow(Base):
    """Text excerpts, account handles, web addresses, phone numbers, hashes; never images."""

    __tablename__ = "evidence"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concerns.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    value_enc: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    message_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    signal: Mapped[str | None] = mapped_column(String(64), nullable=True)
    harm: Mapped[str | None] = mapped_column(String(32), nullable=True)
    captured_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    captured_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AssessmentRow(Base):
    __tablename__ = "assessments"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concerns.id"), index=True)
    level: Mapped[str] = mapped_column(String(16))
    immediate_danger: Mapped[bool] = mapped_column(Boolean, default=False)
    routes: Mapped[list[str]] = mapped_column(JSON, default=list)
    rationale_enc: Mapped[str] = mapped_column(Text)
    review_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(String(16))  # automated | practitioner
    assessed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    assessed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ActionRow(Base):
    __tablename__ = "actions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concerns.id"), index=True)
    description_enc: Mapped[str] = mapped_column(Text)
    owner_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    outcome_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ReferralRow(Base):
    __tablename__ = "referrals"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    concern_id: Mapped[str] = mapped_column(ForeignKey("concerns.id"), index=True)
    route: Mapped[str] = mapped_column(String(32))
    reference_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    shared_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    legal_basis: Mapped[str] = mapped_column(String(32))
    consent: Mapped[str] = mapped_column(String(16))
    consent_reason_enc: Mapped[str | None] = mapped_column(Text, nullable=True)
    made_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    made_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEventRow(Base):
    """One link of the hash chain. `at` is ISO text so the hashed bytes never depend on a driver."""

    __tablename__ = "audit_events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    actor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actor: Mapped[str] = mapped_column(String(64))
    actor_role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    object_type: Mapped[str] = mapped_column(String(16))
    object_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    child_id: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    outcome: Mapped[str] = mapped_column(String(8))
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
