"""Telegram Desktop "Export chat history" (machine-readable JSON, `result.json`).

A single-chat export is one chat object; a full-account export holds chats under
`chats.list` (and `left_chats.list`). Message text is a string or a list of strings and
entity objects (`{"type": "bold", "text": "..."}`; a `text_link` keeps its hidden `href`);
`service` messages (calls, joins, pins) and `unsupported` ones (written as only an id) are
kept out, with a count.

Telegram Desktop does not always write valid JSON: control characters come out as `\\xNN`
(tdesktop issue #27571) and version 4.1 left custom emoji paths unquoted (#24961).
`repair_telegram_json` mends both before parsing, so no message after them is lost.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from onguard.io.common import (
    ConversationBuilder,
    ReadContext,
    iso_from_epoch,
    iso_from_naive,
    location_link,
)
from onguard.io.jsondoc import ItemLines
from onguard.spec import Conversation

_MEDIA_KEYS = (
    "photo",
    "file",
    "media_type",
    "sticker_emoji",
    "location_information",
    "contact_information",
    "poll",
)


_KINDS = {"message", "service", "unsupported"}
# Chats the writer leaves without a "name" key.
_UNNAMED = {"saved_messages", "replies"}


def is_telegram_chat(doc: Any) -> bool:
    if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
        return False
    chat = "type" in doc and "id" in doc and ("name" in doc or str(doc.get("type")) in _UNNAMED)
    msgs = [m for m in doc["messages"][:20] if isinstance(m, dict)]
    if not all(str(m.get("type")) in _KINDS for m in msgs):
        return False
    # An unsupported message is written as only {"id", "type"}: no date to check.
    dated = [m for m in msgs if m.get("type") != "unsupported"]
    if not dated:
        return chat
    return all("date" in m for m in dated)


def is_telegram_export(doc: Any) -> bool:
    if is_telegram_chat(doc):
        return True
    chats = doc.get("chats") if isinstance(doc, dict) else None
    return isinstance(chats, dict) and isinstance(chats.get("list"), list)


def _chats(doc: dict[str, Any]) -> list[Any]:
    if isinstance(doc.get("messages"), list):
        return [doc]
    found: list[Any] = []
    for key in ("chats", "left_chats"):
        group = doc.get(key)
        if isinstance(group, dict) and isinstance(group.get("list"), list):
            found.extend(group["list"])
    return found


def telegram_text(value: Any) -> str:
    """The text as shown: entity objects contribute their `text`, and a link hidden behind
    words (`text_link`) its address after them: "words (https://...)"."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        parts: list[str] = []
        for piece in value:
            if isinstance(piece, str):
                parts.append(piece)
            elif isinstance(piece, dict) and isinstance(piece.get("text"), str):
                parts.append(piece["text"])
                href = piece.get("href")
                if isinstance(href, str) and href.strip() and href not in piece["text"]:
                    parts.append(f" ({href.strip()})")
        return "".join(parts)
    return ""


# "\x0B" not preceded by an escaping backslash (an even number of backslashes before it).
_X_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\x([0-9A-Fa-f]{2})")
# `"document_id": video_files/sticker.webm` (4.1): a value that is no JSON literal.
_BARE_DOCUMENT_ID = re.compile(
    r'^(\s*"document_id":\s*)(?!["\[{\d-]|null\b|true\b|false\b)([^\r\n]*?)[ \t]*$', re.M
)


def repair_telegram_json(text: str) -> tuple[str, int]:
    """(text, number of repairs): Telegram Desktop's `\\xNN` escapes written as `\\u00NN`,
    unquoted custom emoji paths quoted. Lines stay where they were."""
    text, escapes = _X_ESCAPE.subn(r"\1\\u00\2", text)
    text, bare = _BARE_DOCUMENT_ID.subn(lambda m: m[1] + json.dumps(m[2], ensure_ascii=False), text)
    return text, escapes + bare


def mend_telegram_json(text: str, ctx: ReadContext) -> str:
    """`text` with `repair_telegram_json`'s repairs, noted in `ctx` when there were any."""
    if "\\x" not in text and '"document_id"' not in text:
        return text
    mended, repairs = repair_telegram_json(text)
    if repairs:
        ctx.warn(
            f"{ctx.source}: {repairs} characters Telegram Desktop wrote as invalid JSON "
            "(\\xNN escapes, unquoted emoji paths) repaired"
        )
    return mended


def shared_item_text(message: dict[str, Any]) -> str:
    """A shared location, contact or poll, written out the way WhatsApp's own export writes a
    location ("location: https://maps.google.com/?q=LAT,LON"): what a child sends this way
    (where they are, a phone number) is what the recognisers look for. "" for anything else."""
    location = message.get("location_information")
    if isinstance(location, dict):
        lat, lon = location.get("latitude"), location.get("longitude")
        if isinstance(lat, int | float) and isinstance(lon, int | float):
            return location_link(lat, lon, bool(message.get("live_location_period_seconds")))
    contact = message.get("contact_information")
    if isinstance(contact, dict):
        name = " ".join(
            str(contact[k]) for k in ("first_name", "last_name") if isinstance(contact.get(k), str)
        ).strip()
        phone = contact.get("phone_number")
        parts = [p for p in (name, phone if isinstance(phone, str) else "") if p]
        if parts:
            return "contact: " + " ".join(parts)
    poll = message.get("poll")
    if isinstance(poll, dict) and isinstance(poll.get("question"), str):
        answers = [
            str(a["text"]) for a in poll.get("answers") or [] if isinstance(a, dict) and "text" in a
        ]
        return "poll: " + poll["question"] + "".join(f"\n- {a}" for a in answers)
    return ""


def _timestamp(message: dict[str, Any]) -> str | None:
    local: datetime | None = None
    if isinstance(message.get("date"), str):
        try:
            local = datetime.fromisoformat(message["date"])
        except ValueError:
            local = None
    raw_epoch = message.get("date_unixtime")
    epoch: int | None = None
    if isinstance(raw_epoch, str | int) and str(raw_epoch).isdigit():
        epoch = int(raw_epoch)
    if epoch is not None:
        try:
            utc = datetime.fromtimestamp(epoch, tz=UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return iso_from_naive(local) if local else None
        offset = None
        if local is not None and local.tzinfo is None:
            # The exporting computer's offset: local wall time minus UTC, to the minute.
            minutes = round((local - utc).total_seconds() / 60)
            offset = timedelta(minutes=minutes)
        return iso_from_epoch(epoch, offset)
    if local is not None:
        return local.isoformat() if local.tzinfo else iso_from_naive(local)
    return None


def parse_telegram(doc: Any, ctx: ReadContext, text: str) -> list[Conversation]:
    if not isinstance(doc, dict):
        raise ValueError("not a Telegram export")
    lines = ItemLines(text)
    chats = _chats(doc)
    conversations: list[Conversation] = []
    service = unsupported = 0
    for index, chat in enumerate(chats):
        if not isinstance(chat, dict):
            continue
        builder = ConversationBuilder(ctx.sub_id(index, len(chats)))
        messages = chat.get("messages")
        for number, message in enumerate(messages if isinstance(messages, list) else []):
            if not isinstance(message, dict):
                ctx.skip(lines.line(index, number), "message is not a JSON object")
                continue
            kind = str(message.get("type"))
            if kind != "message":
                if kind == "unsupported":
                    unsupported += 1
                else:
                    service += 1
                continue
            sender = message.get("from") or message.get("from_id") or message.get("actor")
            if not isinstance(sender, str):
                sender = "?" if sender is None else str(sender)
            body = telegram_text(message.get("text"))
            media = any(key in message for key in _MEDIA_KEYS)
            shared = shared_item_text(message)
            if shared:
                body = f"{shared}\n{body}" if body else shared
            try:
                builder.add(sender, body, ts=_timestamp(message), media=media)
            except ValueError as exc:
                ctx.skip(lines.line(index, number), str(exc))
        conversations.append(builder.build())
    if service:
        ctx.warn(f"{ctx.source}: {service} service messages (calls, joins, pins) left out")
    if unsupported:
        ctx.warn(
            f"{ctx.source}: {unsupported} messages Telegram Desktop could not export "
            "(written as 'unsupported', with no text) left out"
        )
    return conversations
