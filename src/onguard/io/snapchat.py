"""Snapchat "My Data" download (Settings > My Data, with JSON files): `json/chat_history.json`.

Two layouts are read:

- the current one: an object keyed by the other person's username (or, for a group, a
  group id), each a list of message objects with `From`, `Media Type`, `Created`
  ("2024-03-15 19:04:11 UTC"), `Content`, `Conversation Title` (the group's name, null for
  a one-to-one chat), `IsSender`, `Created(microseconds)` (in fact milliseconds in the
  exports seen), `IsSaved` and `Media IDs`;
- the older one: "Received Saved Chat History" and "Sent Saved Chat History" lists (and
  their "Unsaved" siblings) of `From` or `To`, `Media Type`, `Created` and `Text`; one
  conversation per other person.

`snap_history.json` looks alike but holds no text (no `Content`/`Text`): it is not read.
`TEXT` items are messages; `STATUS...` items (erased messages, calls, screenshots, saves,
people leaving) and bot replies are app-written and left out with a count; `LOCATION` is
written out as text, the way the other readers write a shared location; every other type
(`MEDIA`, `NOTE`, `STICKER`, `SHARE`, ...) is `media: true`, keeping any caption or link.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from onguard.io.common import (
    ConversationBuilder,
    ReadContext,
    epoch_seconds,
    export_time,
    in_time_order,
    iso_from_epoch,
    location_link,
)
from onguard.io.jsonscan import ArrayLines
from onguard.spec import Conversation

OWNER = "me"  # the account holder where the export does not name them (older layout)
_LEGACY_KEY = re.compile(r"(received|sent)\s+(?:(?:saved|unsaved)\s+)?chat\s+history", re.I)
_TEXT_KEYS = ("content", "text")
_APP_WRITTEN = ("STATUS", "NONPARTICIPANTBOTRESPONSE")
_COORDINATES = re.compile(r"\s*\(?\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*\)?\s*")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);")
_GROUP_ID = re.compile(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")
_SAMPLE = 20
_DAY = 86_400.0


def folded(item: dict[Any, Any]) -> dict[str, Any]:
    """The item's keys in lower case without spaces ("Media Type" -> "mediatype")."""
    return {"".join(str(k).split()).casefold(): v for k, v in item.items()}


def _sample(lists: list[Any]) -> list[dict[str, Any]]:
    sample: list[dict[str, Any]] = []
    for items in lists:
        sample.extend(folded(m) for m in items[:_SAMPLE] if isinstance(m, dict))
        if len(sample) >= _SAMPLE:
            break
    return sample


_KNOWN = {
    "from",
    "to",
    "mediatype",
    "created",
    "content",
    "text",
    "conversationtitle",
    "issender",
    "created(microseconds)",
    "issaved",
    "mediaids",
}


def _looks_like_messages(sample: list[dict[str, Any]], who: tuple[str, ...]) -> bool:
    """Every sampled item has Snapchat's keys, and some have a time and a sender: items
    missing a field are still read (and counted), but something else is not taken for one."""
    return (
        bool(sample)
        and all(_KNOWN.intersection(m) for m in sample)
        and any(("created" in m or "created(microseconds)" in m) for m in sample)
        and any(k in m for m in sample for k in who)
    )


def snapchat_layout(doc: Any) -> str | None:
    """'current', 'legacy', or None when `doc` is not a Snapchat chat_history.json."""
    if not isinstance(doc, dict) or not doc:
        return None
    legacy = [v for k, v in doc.items() if isinstance(k, str) and _LEGACY_KEY.fullmatch(k.strip())]
    if legacy:
        if not all(isinstance(v, list) for v in legacy):
            return None
        sample = _sample(legacy)
        return "legacy" if not sample or _looks_like_messages(sample, ("from", "to")) else None
    lists = [v for v in doc.values() if isinstance(v, list)]
    if not lists:  # a stray value that is not a list is skipped, not the whole file
        return None
    sample = _sample(lists)
    if not _looks_like_messages(sample, ("from", "issender")):
        return None
    if not any("mediatype" in m for m in sample):
        return None
    # snap_history.json has the same shape but no text: it is not a chat.
    if not any(k in m for m in sample for k in ("content", "text", "mediaids", "issaved")):
        return None
    return "current"


def is_snapchat_export(doc: Any) -> bool:
    return snapchat_layout(doc) is not None


def count_messages(doc: Any) -> int:
    if not isinstance(doc, dict):
        return 0
    return sum(len(v) for v in doc.values() if isinstance(v, list))


def location_text(content: str) -> str:
    """A shared location as text, as the other readers write one: coordinates as a map link."""
    found = _COORDINATES.fullmatch(content)
    if found:
        return location_link(found[1], found[2])
    return f"location: {content.strip()}" if content.strip() else ""


@dataclass
class _Row:
    sender: str
    text: str
    ts: str | None
    when: float | None
    media: bool
    line: tuple[str | int, ...]


@dataclass
class _Thread:
    rows: list[_Row]
    other: str | None  # the other person in a one-to-one chat


def _text(item: dict[str, Any], legacy: bool) -> str:
    for key in _TEXT_KEYS:
        value = item.get(key)
        if value is None:
            continue
        body = value if isinstance(value, str) else str(value)
        if legacy and _ENTITY.search(body):
            body = html.unescape(body)  # the older layout wrote "&#39;" for "'"
        return body
    return ""


def _row(
    item: dict[str, Any],
    sender: str,
    legacy: bool,
    line: tuple[str | int, ...],
    counts: Counter[str],
) -> _Row | None:
    kind = str(item.get("mediatype") or "TEXT").strip().upper()
    if kind.startswith(_APP_WRITTEN):
        counts["app"] += 1
        return None
    body = _text(item, legacy)
    ts, when = export_time(item.get("created"))
    epoch = epoch_seconds(item.get("created(microseconds)"))
    # The epoch field orders messages within a second; `Created` wins if they disagree.
    if epoch is not None and (when is None or abs(epoch - when) < _DAY):
        when = epoch
        ts = ts or iso_from_epoch(epoch)
    if ts is None:
        counts["no_time"] += 1
    media = kind != "TEXT"
    if kind == "TEXT":
        if not body:
            counts["empty"] += 1
            return None
    elif kind in ("LOCATION", "LIVELOCATION", "LIVE_LOCATION"):
        body = location_text(body)
        counts["location" if body else "bare_location"] += 1
    else:
        counts["media"] += 1
    return _Row(sender, body, ts, when, media, line)


def _sender(item: dict[str, Any], fallback: str, counts: Counter[str]) -> str:
    value = item.get("from")
    if isinstance(value, str) and value.strip():
        return value
    if value is not None and not isinstance(value, dict | list) and str(value).strip():
        return str(value)
    if fallback == "?":
        counts["no_sender"] += 1
    return fallback


def _is_owner(item: dict[str, Any]) -> bool:
    value = item.get("issender")
    if isinstance(value, str):
        return value.strip().lower() == "true"
    return value is True or (isinstance(value, int) and value == 1)


def _current(
    doc: dict[str, Any], ctx: ReadContext, lines: ArrayLines, counts: Counter[str]
) -> list[_Thread]:
    threads: list[_Thread] = []
    for key, items in doc.items():
        if not isinstance(items, list):
            ctx.skip(lines.line(key), "conversation is not a list of messages")
            continue
        rows: list[_Row] = []
        # A group is keyed by an id (never a username: those are at most 15 characters).
        group_id = _GROUP_ID.fullmatch(str(key).strip()) is not None
        titled = group_id
        for number, raw in enumerate(items):
            if not isinstance(raw, dict):
                ctx.skip(lines.line(key, number), "message is not a JSON object")
                continue
            item = folded(raw)
            titled = titled or bool(item.get("conversationtitle"))
            one_to_one = not item.get("conversationtitle") and not group_id
            if _is_owner(item):
                sender = _sender(item, OWNER, counts)
            else:
                sender = _sender(item, str(key) if one_to_one else "?", counts)
            row = _row(item, sender, False, (key, number), counts)
            if row is not None:
                rows.append(row)
        threads.append(_Thread(rows, None if titled else str(key)))
    return threads


def _legacy(
    doc: dict[str, Any], ctx: ReadContext, lines: ArrayLines, counts: Counter[str]
) -> list[_Thread]:
    by_person: dict[str, list[_Row]] = {}
    for key, items in doc.items():
        found = _LEGACY_KEY.fullmatch(key.strip()) if isinstance(key, str) else None
        if found is None:
            continue  # not a chat list
        if not isinstance(items, list):
            ctx.skip(lines.line(key), "chat history is not a list of messages")
            continue
        sent = found[1].lower() == "sent"
        for number, raw in enumerate(items):
            if not isinstance(raw, dict):
                ctx.skip(lines.line(key, number), "message is not a JSON object")
                continue
            item = folded(raw)
            other = item.get("to") if sent else item.get("from")
            if isinstance(other, list):
                other = ", ".join(str(o) for o in other if o is not None)
            other_name = str(other).strip() if other is not None and str(other).strip() else "?"
            if other_name == "?":
                counts["no_sender"] += 1
            sender = OWNER if sent else other_name
            row = _row(item, sender, True, (key, number), counts)
            if row is not None:
                by_person.setdefault(other_name, []).append(row)
    threads = [
        _Thread(rows, None if person == "?" else person) for person, rows in by_person.items()
    ]

    def first_time(thread: _Thread) -> float:
        times = [r.when for r in thread.rows if r.when is not None]
        return min(times) if times else float("inf")

    # One conversation per person, in order of their first message (stable for ties).
    return sorted(threads, key=first_time)


def parse_snapchat(doc: Any, ctx: ReadContext, text: str) -> list[Conversation]:
    layout = snapchat_layout(doc)
    if layout is None or not isinstance(doc, dict):
        raise ValueError("not a Snapchat chat_history.json")
    lines = ArrayLines(text, max_depth=2)
    counts: Counter[str] = Counter()
    if layout == "current":
        threads = _current(doc, ctx, lines, counts)
    else:
        threads = _legacy(doc, ctx, lines, counts)
    conversations: list[Conversation] = []
    for index, thread in enumerate(threads):
        builder = ConversationBuilder(ctx.sub_id(index, len(threads)))
        for row in in_time_order(thread.rows, lambda r: r.when):
            try:
                builder.add(row.sender, row.text, ts=row.ts, media=row.media)
            except ValueError as exc:
                ctx.skip(lines.line(*row.line), str(exc))
        if thread.other:
            builder.participant(thread.other)
        conversations.append(builder.build())
    _notes(ctx, counts)
    return conversations


# What each count in the notes says (in this order).
_NOTES = (
    (
        "app",
        "Snapchat notices (erased messages, calls, screenshots, saves, people leaving, "
        "bot replies) left out",
    ),
    ("empty", "text messages with no text left out"),
    (
        "media",
        "snaps, photos, videos, voice notes, stickers or shares kept as media (the export "
        "holds no picture or sound; captions and links kept as text)",
    ),
    ("location", "shared locations written out as text"),
    ("bare_location", "shared locations kept as media (the export gives no place or coordinates)"),
    ("no_time", "messages have no readable date"),
    ("no_sender", "messages name no sender or recipient"),
)


def _notes(ctx: ReadContext, counts: Counter[str]) -> None:
    for key, what in _NOTES:
        if counts[key]:
            ctx.warn(f"{ctx.source}: {counts[key]} {what}")
