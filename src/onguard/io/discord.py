"""DiscordChatExporter JSON (`guild`, `channel`, `messages`).

Only people's messages are kept (`Default`, `Reply`, thread starters); system types such
as `RecipientAdd`, `Call`, `ChannelPinnedMessage` or `GuildMemberJoin` are left out.
Timestamps carry their offset and are kept as written.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from onguard.io.common import ConversationBuilder, ReadContext
from onguard.io.jsondoc import ItemLines
from onguard.spec import Conversation

_PEOPLE_TYPES = {"Default", "Reply", "ThreadStarterMessage", "0", "19"}


def is_discord_export(doc: Any) -> bool:
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


def parse_discord(doc: Any, ctx: ReadContext, text: str) -> list[Conversation]:
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
        body = message.get("content")
        attachments = message.get("attachments")
        stickers = message.get("stickers")
        media = bool(attachments) or bool(stickers)
        try:
            builder.add(
                str(sender),
                body if isinstance(body, str) else "",
                ts=_timestamp(message.get("timestamp")),
                media=media,
                name=nickname if isinstance(nickname, str) else None,
            )
        except ValueError as exc:
            ctx.skip(lines.line(0, number), str(exc))
    if system:
        ctx.warn(f"{ctx.source}: {system} system messages (joins, calls, pins) left out")
    return [builder.build()]
