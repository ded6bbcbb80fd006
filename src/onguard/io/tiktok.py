"""TikTok "Download your data", JSON format (`user_data.json`, `user_data_tiktok.json`).

Only the direct messages are conversations; the rest of the file (likes, watch history,
comments, profile) is not read. They sit under "Direct Messages" > "Chat History" >
"ChatHistory" (older files: "Direct Message" > "Direct Messages" > "ChatHistory"), an
object mapping "Chat History with USERNAME:" to a list of `{"Date": "2024-03-15 19:04:11",
"From": "...", "Content": "..."}`. The layout has moved between versions, so the chat
lists are looked for anywhere up to a few levels below the direct-message section.
TikTok's times carry no timezone: they are kept as written, without an offset.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from onguard.io.common import ConversationBuilder, ReadContext, export_time, in_time_order
from onguard.io.jsonscan import ArrayLines
from onguard.io.snapchat import folded
from onguard.spec import Conversation

_DM_SECTION = {"directmessage", "directmessages", "direct_message", "direct_messages", "dm", "dms"}
_CHAT_WITH = re.compile(
    r"(?P<group>group\s+)?chat\s*history\s+with\s+(?P<name>.*?)\s*:?\s*", re.I | re.S
)
# Top-level sections of the download besides the messages (any one confirms it is TikTok's).
# Names change between versions ("Activity" -> "Your Activity", "Video" -> "Post", "Tiktok
# Shopping" -> "TikTok Shop", "Likes and Favorites" split out of the activity).
_OTHER_SECTIONS = {
    "activity",
    "youractivity",
    "likesandfavorites",
    "profile",
    "appsettings",
    "comment",
    "comments",
    "video",
    "post",
    "adsanddata",
    "tiktoklive",
    "tiktokshop",
    "tiktokshopping",
    "locationreview",
    "incomepluswallettransactions",
}
_MAX_DEPTH = 4

Chat = tuple[tuple[str | int, ...], str, list[Any]]  # (path of keys, the map's key, items)


def _fold(key: Any) -> str:
    return "".join(str(key).split()).casefold()


def _dm_section(doc: Any) -> tuple[str, dict[str, Any]] | None:
    if not isinstance(doc, dict):
        return None
    for key, value in doc.items():
        if _fold(key) in _DM_SECTION and isinstance(value, dict):
            return str(key), value
    return None


def _chats(node: Any, path: tuple[str | int, ...], depth: int, found: list[Chat]) -> None:
    if not isinstance(node, dict) or depth > _MAX_DEPTH:
        return
    for key, value in node.items():
        if isinstance(key, str) and _CHAT_WITH.fullmatch(key.strip()):
            if isinstance(value, list):
                found.append(((*path, key), key, value))
            elif value is None:
                found.append(((*path, key), key, []))
        elif isinstance(value, dict):
            _chats(value, (*path, key), depth + 1, found)


def find_chats(doc: Any) -> list[Chat] | None:
    """The chat lists of a TikTok download, in file order; None if `doc` is not one."""
    section = _dm_section(doc)
    if section is None:
        return None
    key, value = section
    found: list[Chat] = []
    _chats(value, (key,), 1, found)
    if found or any(_fold(k) in _OTHER_SECTIONS for k in doc):
        return found
    return None


def is_tiktok_export(doc: Any) -> bool:
    return find_chats(doc) is not None


def count_messages(doc: Any) -> int:
    return sum(len(items) for _, _, items in find_chats(doc) or [])


def parse_tiktok(doc: Any, ctx: ReadContext, text: str) -> list[Conversation]:
    chats = find_chats(doc)
    if chats is None:
        raise ValueError("not a TikTok download")
    section = _dm_section(doc)
    lines = ArrayLines(text, max_depth=_MAX_DEPTH + 3, under=section[0] if section else None)
    counts: Counter[str] = Counter()
    conversations: list[Conversation] = []
    for index, (path, key, items) in enumerate(chats):
        builder = ConversationBuilder(ctx.sub_id(index, len(chats)))
        rows: list[tuple[int, str, str, str | None, float | None]] = []
        for number, raw in enumerate(items):
            if not isinstance(raw, dict):
                ctx.skip(lines.line(*path, number), "message is not a JSON object")
                continue
            item = folded(raw)
            content = item.get("content", item.get("message", item.get("text")))
            body = content if isinstance(content, str) else "" if content is None else str(content)
            if not body:
                counts["empty"] += 1
                continue
            sender = item.get("from", item.get("sender"))
            if sender is None or not str(sender).strip():
                counts["no_sender"] += 1
                sender = "?"
            ts, when = export_time(item.get("date", item.get("time")))
            if ts is None:
                counts["no_time"] += 1
            elif not ts.endswith("Z"):
                counts["local_time"] += 1
            rows.append((number, str(sender), body, ts, when))
        for number, sender, body, ts, _ in in_time_order(rows, lambda r: r[4]):
            try:
                builder.add(sender, body, ts=ts)
            except ValueError as exc:
                ctx.skip(lines.line(*path, number), str(exc))
        named = _CHAT_WITH.fullmatch(key.strip())
        if named and not named["group"] and named["name"]:
            builder.participant(named["name"])  # the other person, even if they never wrote
        conversations.append(builder.build())
    source = ctx.source
    if not chats:
        ctx.warn(f"{source}: the TikTok download holds no direct messages")
    if counts["empty"]:
        ctx.warn(f"{source}: {counts['empty']} messages with no text left out")
    if counts["no_time"]:
        ctx.warn(f"{source}: {counts['no_time']} messages have no readable date")
    if counts["local_time"]:
        ctx.warn(f"{source}: TikTok times have no timezone; kept as written")
    if counts["no_sender"]:
        ctx.warn(f"{source}: {counts['no_sender']} messages name no sender")
    return conversations
