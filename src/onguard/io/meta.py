"""Instagram and Facebook Messenger "Download your information" JSON (`message_1.json`).

Quirks handled: messages are newest first (re-ordered oldest first); text was written as
UTF-8 bytes in `\\u00XX` escapes (repaired); photos, videos, voice notes, GIFs, stickers
and files become `media: true`; unsent messages, calls, likes and joins/leaves are left out.
A shared post keeps its `share.link` after any words (the app's own "... sent an
attachment." is written in the account's language); "X sent an attachment." with nothing
else kept is a media message without text.
A long thread is split across `message_1.json`, `message_2.json`, ... in one folder:
`parse_meta` takes all of a folder's documents. The 2024 end-to-end-encrypted Messenger
export (`senderName`, `timestamp`, `text`) is read too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from onguard.io.common import (
    ConversationBuilder,
    ReadContext,
    iso_from_epoch,
    repair_mojibake,
)
from onguard.spec import Conversation

_MEDIA_KEYS = ("photos", "videos", "audio_files", "gifs", "files", "sticker", "media")
_SYSTEM_TYPES = {"Call", "Subscribe", "Unsubscribe", "call", "subscribe", "unsubscribe"}
# Lines the apps write themselves, not the people ("<username> liked a message" names the
# account by its username, which has no spaces).
_GENERATED = re.compile(
    r"(?:(?:\S{1,30} )?[Ll]iked a message|Reacted .{1,16} to your message|"
    r".{1,80} started a video chat\.?|.{1,80} joined the video chat\.?)",
    re.DOTALL,
)
# "X sent an attachment.": something was sent, but the export holds only this line.
_ATTACHMENT = re.compile(r"(?:.{1,80}|You) (?:sent|shared) an attachment\.", re.DOTALL)


def _is_meta_message(m: Any) -> bool:
    return isinstance(m, dict) and ("sender_name" in m or "senderName" in m)


def is_meta_export(doc: Any) -> bool:
    if not isinstance(doc, dict) or not isinstance(doc.get("messages"), list):
        return False
    msgs = [m for m in doc["messages"][:20] if isinstance(m, dict)]
    if msgs:
        return all(_is_meta_message(m) for m in msgs)
    return isinstance(doc.get("participants"), list) and (
        "thread_path" in doc or "title" in doc or "threadName" in doc
    )


def _is_generated(body: str) -> bool:
    return _GENERATED.fullmatch(body) is not None


def shown_body(
    body: str, media: bool, link: str, app_written: Callable[[str], bool] = _is_generated
) -> tuple[str, bool] | None:
    """(text, media) of a Meta message as a conversation shows it, from its words, whether it
    carried media and the link of a share; None when nothing of it is left (empty, or a line
    the app wrote with nothing attached). JSON and HTML downloads alike."""
    if body and _ATTACHMENT.fullmatch(body.strip()):
        body = ""
        media = media or not link  # an attachment the export kept nothing of
    elif body and app_written(body.strip()):
        if not (media or link):
            return None
        body = ""
    if link and link not in body:
        # The link of a share, after any words (which may be the app's own line in the
        # account's language, e.g. "... hat einen Anhang gesendet.").
        body = f"{body}\n{link}" if body else link
    if not body and not media:
        return None
    return body, media


def platform_from_path(member_path: str) -> str | None:
    """'instagram' or 'messenger' from a download's folder names, None when they do not say."""
    path = member_path.lower()
    if "instagram" in path:
        return "instagram"
    if "facebook" in path or "messenger" in path:
        return "messenger"
    return None


def meta_platform(doc: Any, member_path: str = "") -> str:
    """'instagram' or 'messenger' (the two differ only in small details)."""
    from_path = platform_from_path(member_path)
    if from_path is not None:
        return from_path
    if not isinstance(doc, dict):
        return "instagram"
    if "thread_type" in doc or "threadName" in doc or "joinable_mode" in doc:
        return "messenger"
    msgs = doc.get("messages")
    msgs = msgs if isinstance(msgs, list) else []
    if any(
        isinstance(m, dict) and ("senderName" in m or m.get("type") == "Generic") for m in msgs[:50]
    ) and not any(isinstance(m, dict) and "is_geoblocked_for_viewer" in m for m in msgs[:50]):
        return "messenger"
    return "instagram"


def _timestamp_ms(message: dict[str, Any]) -> float | None:
    for key in ("timestamp_ms", "timestamp"):
        value = message.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            # Old exports had seconds under "timestamp"; milliseconds are 13 digits.
            return float(value) if value >= 10**11 else float(value) * 1000.0
    return None


def parse_meta(
    docs: list[Any], ctx: ReadContext, conversation_id: str | None = None
) -> list[Conversation]:
    """One conversation from the documents of one thread (any order of message_N files)."""
    builder = ConversationBuilder(conversation_id or ctx.conversation_id)
    rows: list[tuple[float, int, dict[str, Any], bool]] = []
    order = 0
    for doc in docs:
        if not isinstance(doc, dict):
            continue
        messages = doc.get("messages")
        messages = messages if isinstance(messages, list) else []
        new_style = any(isinstance(m, dict) and "senderName" in m for m in messages[:5])
        people = doc.get("participants")
        for person in people if isinstance(people, list) else []:
            name = person.get("name") if isinstance(person, dict) else person
            if isinstance(name, str) and name:
                builder.participant(name if new_style else repair_mojibake(name))
        # Files list newest first: walk them backwards so ties keep their true order.
        for message in reversed(messages):
            if not isinstance(message, dict):
                ctx.skip(1, "message is not a JSON object")
                continue
            when = _timestamp_ms(message)
            rows.append((when if when is not None else float("inf"), order, message, new_style))
            order += 1
    rows.sort(key=lambda row: (row[0], row[1]))
    left_out = 0
    for when, _, message, new_style in rows:
        if (
            message.get("is_unsent")
            or message.get("isUnsent")
            or str(message.get("type")) in _SYSTEM_TYPES
            or "call_duration" in message
        ):
            left_out += 1
            continue
        fix = (lambda s: s) if new_style else repair_mojibake
        sender = message.get("sender_name", message.get("senderName"))
        sender = fix(sender) if isinstance(sender, str) else "?"
        content = message.get("content", message.get("text"))
        body = fix(content) if isinstance(content, str) else ""
        media = any(message.get(key) for key in _MEDIA_KEYS)
        share = message.get("share")
        link = share.get("link") if isinstance(share, dict) else None
        link = fix(link).strip() if isinstance(link, str) else ""
        shown = shown_body(body, media, link)
        if shown is None:
            left_out += 1
            continue
        body, media = shown
        ts = iso_from_epoch(when / 1000.0) if when != float("inf") else None
        try:
            builder.add(sender, body, ts=ts, media=media)
        except ValueError as exc:
            ctx.skip(1, str(exc))
    if left_out:
        ctx.warn(
            f"{ctx.source}: {left_out} unsent, empty or app-written messages "
            "(calls, likes, joins) left out"
        )
    return [builder.build()]
