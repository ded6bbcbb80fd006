"""The append-only, hash-chained audit log.

Each event's hash is SHA-256 over its own fields and the previous event's hash, so changing,
removing or reordering any row breaks every later link; `verify` walks the chain. Events
carry ids and roles only, never names, notes or message text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from onguard.cases.models import AuditEventRow

GENESIS = "0" * 64
_APPEND_LOCK = 0x0E6A4D02  # PostgreSQL advisory lock that serialises appends

HASHED_FIELDS = (
    "seq",
    "at",
    "actor_id",
    "actor",
    "actor_role",
    "action",
    "object_type",
    "object_id",
    "child_id",
    "outcome",
    "detail",
)


def event_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = {name: fields[name] for name in HASHED_FIELDS}
    payload["prev_hash"] = prev_hash
    blob = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(blob.encode("ascii")).hexdigest()


def _row_fields(row: AuditEventRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in HASHED_FIELDS}


def append(
    session: Session,
    *,
    actor_id: int | None,
    actor: str,
    actor_role: str,
    action: str,
    object_type: str,
    object_id: str | None = None,
    child_id: str | None = None,
    outcome: str = "allowed",
    detail: dict[str, Any] | None = None,
) -> AuditEventRow:
    """Add one event inside the caller's transaction (so it commits or fails with the change)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().exec_driver_sql(f"SELECT pg_advisory_xact_lock({_APPEND_LOCK})")
    last = session.scalars(
        select(AuditEventRow).order_by(AuditEventRow.seq.desc()).limit(1)
    ).first()
    fields: dict[str, Any] = {
        "seq": (last.seq + 1) if last else 1,
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        "actor_id": actor_id,
        "actor": actor,
        "actor_role": actor_role,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "child_id": child_id,
        "outcome": outcome,
        "detail": json.dumps(detail or {}, sort_keys=True, separators=(",", ":")),
    }
    prev = last.hash if last else GENESIS
    row = AuditEventRow(**fields, prev_hash=prev, hash=event_hash(prev, fields))
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class AuditReport:
    """Result of `verify`: `ok`, how many events, the head hash, and the first broken link."""

    ok: bool
    events: int
    head: str
    broken_at: int | None = None
    problem: str | None = None


def _rows(session: Session) -> Iterator[AuditEventRow]:
    yield from session.scalars(
        select(AuditEventRow).order_by(AuditEventRow.seq).execution_options(yield_per=500)
    )


def verify(session: Session) -> AuditReport:
    """Walk the chain from the first event; report the first event that does not check out."""
    prev, count = GENESIS, 0
    for row in _rows(session):
        count += 1
        if row.seq != count:
            return AuditReport(False, count, prev, row.seq, f"event {count} is missing")
        if row.prev_hash != prev:
            return AuditReport(False, count, prev, row.seq, "link to the previous event broken")
        if event_hash(prev, _row_fields(row)) != row.hash:
            return AuditReport(False, count, prev, row.seq, "event content changed")
        prev = row.hash
    return AuditReport(True, count, prev)
