"""A concern's revision history for the pages: what each amendment changed, before and after.

The store keeps, for every amendment, a full copy of the amendable fields as they were
before it (`RevisionOut.previous`). The state after amendment N is the copy kept by
amendment N+1, or the concern as it is now for the newest one; comparing the two gives
each change's "before" and "after".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from onguard.taxonomy import Taxonomy

FIELD_LABELS = {
    "summary": "What happened",
    "happened_at": "When it happened",
    "setting": "Where",
    "harms": "Forms of exploitation",
    "indicators": "Warning signs",
    "facts": "Known facts",
    "child_words": "The child's own words",
    "fact": "Facts",
    "opinion": "Opinion",
    "immediate_action": "Action already taken",
    "status": "Status",
}
STATUS_LABELS = {
    "new": "New",
    "open": "Open",
    "closed": "Closed",
    "no_further_action": "No further action",
}
SOURCE_LABELS = {
    "observed": "observed",
    "disclosed": "disclosed by the child",
    "third_party": "from someone else",
    "automated": "found by OnGuard",
}
BLANK = "(blank)"


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    before: str
    after: str


@dataclass(frozen=True)
class RevisionView:
    """One amendment: version `version` became `version + 1`."""

    version: int
    amended_at: dt.datetime
    amended_by: str | None
    reason: str
    changes: list[Change]


def current_fields(concern: Any) -> dict[str, Any]:
    """A concern's amendable fields in the form the store keeps in its revisions."""
    return {
        "summary": concern.summary,
        "harms": list(concern.harms),
        "indicators": [{"id": i.id, "source": i.source} for i in concern.indicators],
        "happened_at": concern.happened_at.isoformat() if concern.happened_at else None,
        "setting": concern.setting,
        "child_words": concern.child_words,
        "fact": concern.fact,
        "opinion": concern.opinion,
        "immediate_action": concern.immediate_action,
        "facts": dict(concern.facts),
        "status": concern.status,
    }


def history(concern: Any, tax: Taxonomy) -> list[RevisionView]:
    """The concern's amendments, newest first, each with what it changed."""
    revisions = sorted(concern.revisions, key=lambda r: r.version)
    states = [r.previous for r in revisions] + [current_fields(concern)]
    views = []
    for i, rev in enumerate(revisions):
        before, after = states[i], states[i + 1]
        names = [n for n in FIELD_LABELS if n in rev.changed] or list(rev.changed)
        changes = [
            Change(
                field=name,
                label=FIELD_LABELS.get(name, name.replace("_", " ")),
                before=show(name, before.get(name), tax),
                after=show(name, after.get(name), tax),
            )
            for name in names
        ]
        views.append(RevisionView(rev.version, rev.amended_at, rev.amended_by, rev.reason, changes))
    return views[::-1]


def show(name: str, value: Any, tax: Taxonomy) -> str:
    """A field's value as a reader would say it (taxonomy names, not ids)."""
    if name == "harms":
        harms = [tax.harms[h].name if h in tax.harms else str(h) for h in value or []]
        return ", ".join(harms) or "None recorded"
    if name == "indicators":
        signs = []
        for item in value or []:
            ind_id = item.get("id", "") if isinstance(item, Mapping) else str(item)
            source = item.get("source", "") if isinstance(item, Mapping) else ""
            text = tax.indicators[ind_id].name if ind_id in tax.indicators else ind_id
            signs.append(f"{text} ({SOURCE_LABELS.get(source, source)})" if source else text)
        return "; ".join(signs) or "None recorded"
    if name == "facts":
        known = [k.replace("_", " ") for k, v in (value or {}).items() if v]
        return ", ".join(known) or "None ticked"
    if name == "status":
        return STATUS_LABELS.get(str(value), str(value))
    if name == "happened_at":
        if not value:
            return BLANK
        try:
            return dt.datetime.fromisoformat(str(value)).strftime("%d %b %Y %H:%M")
        except ValueError:
            return str(value)
    return str(value) if value not in (None, "") else BLANK
