"""Discord: DiscordChatExporter JSON (`guild`, `channel`, `messages`), and the `messages`
folder of Discord's own data package ("Request all of my data").

DiscordChatExporter: only people's messages are kept (`Default`, `Reply`, thread starters);
system types such as `RecipientAdd`, `Call`, `ChannelPinnedMessage` or `GuildMemberJoin` are
left out. Timestamps carry their offset and are kept as written. A forwarded message has no
`content` of its own: its words come from `forwardedMessage`.

The data package has a folder per channel (`messages/c<id>/`, `messages/<id>/` in older
packages) with `channel.json` and the messages: `messages.json`, an array of `{"ID",
"Timestamp", "Contents", "Attachments"}` newest first with UTC times ("2022-09-09 00:14:25"),
or, in older packages, `messages.csv` with the same columns and times with an offset. The
package holds only the account holder's own messages: they are read as sent by "me".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from onguard.io.common import (
    ConversationBuilder,
    ReadContext,
    in_time_order,
    iso_from_epoch,
)
from onguard.io.jsondoc import ItemLines
from onguard.io.jsonscan import ArrayLines, load_json_salvaging
from onguard.spec import Conversation

_PEOPLE_TYPES = {"Default", "Reply", "ThreadStarterMessage", "0", "19"}
OWNER = "me"  # the account holder, who wrote every message of the data package
PACKAGE_COLUMNS = ("id", "timestamp", "contents", "attachments")
_PACKAGE_KEYS = {"ID", "Contents"}
_DISCORD_EPOCH_MS = 1_420_070_400_000  # a snowflake's time counts from 2015-01-01 UTC


def is_package_messages(doc: Any) -> bool:
    """A data package's `messages.json`: an array of objects with ID and Contents (and
    Timestamp, Attachments)."""
    if not isinstance(doc, list) or not doc:
        return False
    sample = [m for m in doc[:20] if isinstance(m, dict)]
    return bool(sample) and all(set(m) >= _PACKAGE_KEYS for m in sample)


def is_package_csv(text: str) -> bool:
    """A data package's `messages.csv` (header `ID,Timestamp,Contents,Attachments`)."""
    first = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].rstrip("\r")
    columns = tuple(c.strip().strip('"').casefold() for c in first.split(","))
    return columns == PACKAGE_COLUMNS


def is_discord_export(doc: Any) -> bool:
    if is_package_messages(doc):
        return True
    if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
        return False
    if "channel" in doc and ("guild" in doc or "messageCount" in doc):
        return True
    first = next((m for m in doc["messages"] if isinstance(m, dict)), None)
    return first is not None and isinstance(first.get("author"), dict) and "content" in first


def _timestamp(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if moment.tzinfo else moment.isoformat()


def _exporter_body(message: dict[str, Any]) -> tuple[str, bool]:
    """(text, media) of a DiscordChatExporter message, a forwarded one's included."""
    body = message.get("content")
    text = body if isinstance(body, str) else ""
    media = bool(message.get("attachments")) or bool(message.get("stickers"))
    forwarded = message.get("forwardedMessage")
    if isinstance(forwarded, dict):
        inner = forwarded.get("content")
        if isinstance(inner, str) and inner and inner not in text:
            text = f"{text}\n{inner}" if text else inner
        media = media or bool(forwarded.get("attachments")) or bool(forwarded.get("stickers"))
    return text, media


def parse_discord(doc: Any, ctx: ReadContext, text: str) -> list[Conversation]:
    if is_package_messages(doc):
        return _parse_package_rows(doc, ctx, ArrayLines(text, max_depth=1).line)
    if not isinstance(doc, dict):
        raise ValueError("not a DiscordChatExporter export")
    lines = ItemLines(text)
    builder = ConversationBuilder(ctx.conversation_id)
    system = 0
    messages = doc.get("messages")
    for number, message in enumerate(messages if isinstance(messages, list) else []):
        if not isinstance(message, dict):
            ctx.skip(lines.line(0, number), "message is not a JSON object")
            continue
        if str(message.get("type", "Default")) not in _PEOPLE_TYPES:
            system += 1
            continue
        author = message.get("author")
        author = author if isinstance(author, dict) else {}
        sender = author.get("name") or author.get("id") or "?"
        nickname = author.get("nickname")
        body, media = _exporter_body(message)
        try:
            builder.add(
                str(sender),
                body,
                ts=_timestamp(message.get("timestamp")),
                media=media,
                name=nickname if isinstance(nickname, str) else None,
            )
        except ValueError as exc:
            ctx.skip(lines.line(0, number), str(exc))
    if system:
        ctx.warn(f"{ctx.source}: {system} system messages (joins, calls, pins) left out")
    return [builder.build()]


# --- the data package ---------------------------------------------------------------------------


def _snowflake(value: Any) -> int | None:
    """A Discord id (a "snowflake") as a number; None if `value` is not one."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None
    try:
        number = int(value)
    except ValueError:
        return None
    return number if number > 0 else None


def _snowflake_id(row: Any) -> int | None:
    if not isinstance(row, dict):
        return None
    return _snowflake(next((v for k, v in row.items() if str(k).strip().casefold() == "id"), None))


def _snowflake_seconds(value: Any) -> float | None:
    """The UTC time (epoch seconds) a Discord id was made at."""
    number = _snowflake(value)
    return None if number is None else ((number >> 22) + _DISCORD_EPOCH_MS) / 1000


def _package_time(row: dict[str, Any]) -> tuple[str | None, float | None]:
    """(ISO 8601 in UTC, epoch seconds): from Timestamp (UTC when it names no zone), else
    from the message's id."""
    raw = row.get("timestamp")
    if isinstance(raw, str) and raw.strip():
        try:
            moment = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None:
            moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
            iso = moment.astimezone(UTC).isoformat().replace("+00:00", "Z")
            return iso, moment.timestamp()
    from_id = _snowflake_seconds(row.get("id"))
    if from_id is None:
        return None, None
    return iso_from_epoch(from_id), from_id


def _parse_package_rows(
    rows: list[Any], ctx: ReadContext, line: Callable[[int], int]
) -> list[Conversation]:
    """One conversation of the account holder's messages; `line(index)` gives a row's line."""
    builder = ConversationBuilder(ctx.conversation_id)
    kept: list[tuple[int, str, str | None, float | None, bool]] = []
    no_time = empty = 0
    for number, raw in enumerate(rows):
        if not isinstance(raw, dict):
            ctx.skip(line(number), "message is not a JSON object")
            continue
        row = {str(k).strip().casefold(): v for k, v in raw.items()}
        contents = row.get("contents")
        body = contents if isinstance(contents, str) else "" if contents is None else str(contents)
        attachments = row.get("attachments")
        media = bool(attachments.strip()) if isinstance(attachments, str) else bool(attachments)
        if not body and not media:
            empty += 1  # a sticker or an embed alone: the package keeps nothing of it
            continue
        ts, when = _package_time(row)
        no_time += ts is None
        kept.append((number, body, ts, when, media))
    ids = [_snowflake_id(rows[r[0]]) for r in kept]
    if all(i is not None for i in ids):
        # Discord makes ids in order: they order messages even within one second.
        order = [row for _, row in sorted(zip(ids, kept, strict=True), key=lambda p: p[0] or 0)]
    else:
        order = in_time_order(kept, lambda r: r[3])
    for number, body, ts, _, media in order:
        try:
            builder.add(OWNER, body, ts=ts, media=media)
        except ValueError as exc:
            ctx.skip(line(number), str(exc))
    ctx.warn(
        "Discord data package: it holds only the account holder's own messages "
        f"(read as '{OWNER}'); other people's messages are not in it"
    )
    if empty:
        ctx.warn(f"{ctx.source}: {empty} messages with no text or attachment left out")
    if no_time:
        ctx.warn(f"{ctx.source}: {no_time} messages have no readable date")
    return [builder.build()]


def parse_package_file(text: str, ctx: ReadContext) -> list[Conversation] | None:
    """A data package's `messages.csv` or `messages.json` (even one cut short); None when
    `text` is neither."""
    body = text.lstrip("\ufeff")
    if is_package_csv(body):
        return _parse_package_csv(body, ctx)
    if not body.lstrip().startswith("["):
        return None
    doc = load_json_salvaging(body, ctx, lambda d: len(d) if isinstance(d, list) else 0)
    if not is_package_messages(doc):
        return None
    return _parse_package_rows(doc, ctx, ArrayLines(body, max_depth=1).line)


def _parse_package_csv(text: str, ctx: ReadContext) -> list[Conversation]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lstrip("\ufeff").casefold() for h in next(reader)]
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    while True:
        start = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            ctx.skip(start, f"not valid CSV ({exc})")
            continue
        if any(v.strip() for v in values):
            rows.append(dict(zip(header, values, strict=False)))
            lines.append(start)
    return _parse_package_rows(rows, ctx, lambda i: lines[i] if i < len(lines) else 1)
