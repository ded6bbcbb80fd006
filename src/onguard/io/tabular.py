"""Generic tables of messages: CSV (any common delimiter) and message-per-line JSON Lines.

Columns are found by a mapping (`sender=From,text=Body,ts=Sent`, as given to
`--map`) or, without one, by their usual names. An optional `conversation` column splits
the rows into conversations (its values become the conversation ids); without it the
whole file is one conversation named after the file.

Column names are compared without case, and spaces count as underscores, so the CSV that
iMazing writes for iPhone messages and WhatsApp chats ("Chat Session", "Message Date",
"Type", "Sender Name", "Text", "Attachment") is read as it is: its `Type` says
Incoming or Outgoing (outgoing rows name no sender: the phone's owner, `me`) or
Notification (a system notice, left out), and `Attachment` names the file sent.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import Any

from onguard.io.common import (
    ConversationBuilder,
    ImportFormatError,
    ReadContext,
    normalise_timestamp,
)
from onguard.io.decoding import split_lines
from onguard.spec import Conversation

FIELDS = ("sender", "text", "ts", "media", "conversation")
ALIASES: dict[str, tuple[str, ...]] = {
    "sender": ("sender", "from", "author", "user", "username", "sender_name", "name", "speaker"),
    "text": ("text", "message", "body", "content", "msg", "message_text"),
    "ts": (
        "ts",
        "timestamp",
        "time",
        "date",
        "datetime",
        "sent",
        "sent_at",
        "created_at",
        "message_date",
    ),
    "media": ("media", "attachment", "has_media", "is_media"),
    "conversation": (
        "conversation",
        "conversation_id",
        "thread",
        "thread_id",
        "chat",
        "chat_id",
        "conv_id",
        "chat_session",
    ),
}
# Whether a row was received or sent (or is the app's own notice), and the column that
# names the sender by number where the name is empty (iMazing's "Sender ID").
_DIRECTION = ("direction", "type")
_SENDER_ID = ("sender_id",)
_OUTGOING = {"outgoing", "sent", "out"}
_NOTICE = {"notification"}
OWNER = "me"  # the phone's owner, as the SMS reader names them
# A media column says yes, or names the file ("IMG_0042.HEIC"); these say no.
_FALSE = {"", "0", "false", "no", "n", "f", "none", "null", "nan"}


def _column_key(name: str) -> str:
    """'Sender Name' and 'sender_name' alike: no case, spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", name.strip().lstrip("\ufeff").strip().casefold())


def parse_mapping(spec: str | None) -> dict[str, str] | None:
    """'sender=From,text=Body' -> {'sender': 'From', 'text': 'Body'}; errors name the key."""
    if spec is None or not spec.strip():
        return None
    mapping: dict[str, str] = {}
    for item in spec.split(","):
        key, sep, column = item.partition("=")
        key = key.strip().lower()
        if not sep or not column.strip():
            raise ValueError(f"mapping entry {item.strip()!r} is not FIELD=COLUMN")
        if key not in FIELDS:
            raise ValueError(f"unknown mapping field {key!r}; use {', '.join(FIELDS)}")
        mapping[key] = column.strip()
    return mapping


def resolve_columns(
    header: list[str], mapping: dict[str, str] | None, source: str
) -> dict[str, str]:
    """Field -> column name actually present in `header`."""
    by_fold = {_column_key(h): h for h in header}
    resolved: dict[str, str] = {}
    for fieldname in FIELDS:
        if mapping and fieldname in mapping:
            wanted = _column_key(mapping[fieldname])
            if wanted not in by_fold:
                raise ImportFormatError(
                    source,
                    f"mapped column for {fieldname!r} is not in the header ({len(header)} columns)",
                    1,
                )
            resolved[fieldname] = by_fold[wanted]
            continue
        for alias in ALIASES[fieldname]:
            if alias in by_fold:
                resolved[fieldname] = by_fold[alias]
                break
    if (
        not (mapping and "ts" in mapping)
        and {"date", "time"} <= set(by_fold)
        and not ({"ts", "timestamp", "datetime"} & set(by_fold))
    ):
        # Spreadsheets often split the time: read "Date" and "Time" together.
        resolved["ts"], resolved["ts_time"] = by_fold["date"], by_fold["time"]
    for extra, names in (("direction", _DIRECTION), ("sender_id", _SENDER_ID)):
        found = next((by_fold[n] for n in names if n in by_fold), None)
        if found is not None and found not in resolved.values():
            resolved[extra] = found
    if "text" not in resolved:
        raise ImportFormatError(
            source,
            "no message text column found; give a mapping such "
            "as --map sender=From,text=Body,ts=Sent",
            1,
        )
    return resolved


def has_known_columns(header: list[str]) -> bool:
    folded = {_column_key(h) for h in header}
    return bool(folded & set(ALIASES["text"])) and bool(folded & set(ALIASES["sender"]))


def sniff_dialect(text: str) -> type[csv.Dialect] | None:
    """The dialect whose delimiter splits the header line into the most columns.

    Decided from the header alone: message text in the rows (full of commas and
    semicolons) must not change how the file is read."""
    first = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    best, width = "", 1
    for delimiter in ",;\t|":
        try:
            fields = next(csv.reader([first], delimiter=delimiter))
        except (csv.Error, StopIteration):
            continue
        if len(fields) > width:
            best, width = delimiter, len(fields)
    if not best:
        return None

    class Header(csv.excel):
        delimiter = best

    return Header


def csv_header(text: str) -> list[str] | None:
    dialect = sniff_dialect(text)
    if dialect is None:
        return None
    try:
        return next(csv.reader(io.StringIO(text, newline=""), dialect))
    except (csv.Error, StopIteration):
        return None


class _Collector:
    def __init__(self, ctx: ReadContext, columns: dict[str, str]) -> None:
        self.ctx = ctx
        self.columns = columns
        self.builders: dict[str, ConversationBuilder] = {}
        self.bad_times = 0
        self.notices = 0

    def add(self, line: int, row: dict[str, Any]) -> None:
        cols = self.columns
        text = row.get(cols["text"])
        if text is None:
            self.ctx.skip(line, "no value in the text column")
            return
        if isinstance(text, int | float):
            text = str(text)
        if not isinstance(text, str):
            self.ctx.skip(line, f"text is a JSON {type(text).__name__}, not a string")
            return
        direction = row.get(cols["direction"]) if "direction" in cols else None
        direction = direction.strip().casefold() if isinstance(direction, str) else ""
        if direction in _NOTICE:
            self.notices += 1
            return
        sender = row.get(cols["sender"]) if "sender" in cols else None
        if sender in (None, "") and "sender_id" in cols:
            sender = row.get(cols["sender_id"])
        if sender in (None, "") and direction in _OUTGOING:
            sender = OWNER
        key = str(row.get(cols["conversation"]) or "") if "conversation" in cols else ""
        ts = None
        if "ts" in cols and row.get(cols["ts"]) not in (None, ""):
            when = row.get(cols["ts"])
            if "ts_time" in cols:
                when = f"{when} {row.get(cols['ts_time']) or ''}".strip()
            ts = normalise_timestamp(when)
            if ts is None:
                self.bad_times += 1
        media_value = row.get(cols["media"]) if "media" in cols else None
        media = (
            media_value is True
            or (isinstance(media_value, str) and media_value.strip().lower() not in _FALSE)
            or (
                isinstance(media_value, int)
                and not isinstance(media_value, bool)
                and media_value == 1
            )
        )
        builder = self.builders.get(key)
        if builder is None:
            builder = self.builders[key] = ConversationBuilder(key or self.ctx.conversation_id)
        try:
            builder.add(str(sender) if sender not in (None, "") else "?", text, ts=ts, media=media)
        except ValueError as exc:
            self.ctx.skip(line, str(exc))

    def finish(self) -> list[Conversation]:
        if self.notices:
            self.ctx.warn(
                f"{self.ctx.source}: {self.notices} notifications (system notices) left out"
            )
        if self.bad_times:
            self.ctx.warn(
                f"{self.ctx.source}: {self.bad_times} times could not be read as "
                "ISO 8601 or epoch time; left empty"
            )
        return [b.build() for b in self.builders.values()]


def parse_csv(text: str, ctx: ReadContext) -> list[Conversation]:
    dialect = sniff_dialect(text) or csv.excel
    reader = csv.reader(_lines(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFormatError(ctx.source, "empty CSV file") from None
    except csv.Error as exc:
        raise ImportFormatError(ctx.source, f"CSV header unreadable ({exc})", 1) from None
    columns = resolve_columns(header, ctx.mapping, ctx.source)
    collector = _Collector(ctx, columns)
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            ctx.skip(reader.line_num, f"CSV row unreadable ({exc})")
            continue
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            ctx.skip(reader.line_num, f"expected {len(header)} columns, found {len(values)}")
            continue
        collector.add(reader.line_num, dict(zip(header, values, strict=True)))
    return collector.finish()


def _lines(text: str) -> Iterator[str]:
    # newline="" as the csv module asks: quoted fields may hold any line break.
    yield from io.StringIO(text, newline="")


def first_json_object(text: str) -> dict[str, Any] | None:
    for raw in split_lines(text)[:5]:
        if raw.strip():
            try:
                value = json.loads(raw)
            except (json.JSONDecodeError, RecursionError):
                return None
            return value if isinstance(value, dict) else None
    return None


def parse_message_jsonl(text: str, ctx: ReadContext) -> list[Conversation]:
    """JSON Lines with one message an object (not the conversation format)."""
    first = first_json_object(text)
    if first is None:
        raise ImportFormatError(ctx.source, "first line is not a JSON object", 1)
    columns = resolve_columns(list(first), ctx.mapping, ctx.source)
    collector = _Collector(ctx, columns)
    for number, raw in enumerate(split_lines(text), 1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw)
        except json.JSONDecodeError as exc:
            ctx.skip(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            ctx.skip(number, "JSON nested too deeply")
            continue
        if not isinstance(row, dict):
            ctx.skip(number, f"expected a JSON object, got {type(row).__name__}")
            continue
        collector.add(number, row)
    return collector.finish()
