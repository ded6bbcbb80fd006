"""TikTok "Download your data" in TXT: the direct messages file (`Direct Messages/Direct
Messages.txt`; the folder and file are named in the account's language).

One file holds every chat, each a block headed `>>> Chat History with USERNAME::` (in English
whatever the language; the colons vary) and then one line per message, newest first:
`2024-03-15 19:04:11 UTC username: text`. A line that is not a message line continues the
message above (a message written over several lines). The rest of the TXT download (comments,
videos, likes, profile) is `Key: value` records, and a section without data says "You have no
data in this section": none of it is a chat.
"""

from __future__ import annotations

import re
from collections import Counter

from onguard.io.common import ConversationBuilder, ReadContext, export_time, in_time_order
from onguard.io.decoding import split_lines
from onguard.io.tiktok import _CHAT_WITH
from onguard.spec import Conversation

_HEADER = re.compile(r">>>\s*(?P<title>(?:group\s+)?chat\s*history\s+with\s+.*?)\s*", re.I)
_MESSAGE = re.compile(
    r"(?P<date>\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})?)(?: (?P<zone>UTC|GMT))? "
    r"(?P<sender>[^\s:][^:]*?):(?: (?P<text>.*))?"
)
_BROKEN_DATE = re.compile(r"\d{4}-\d{0,2}(?:-\d{0,2}(?: [\d:]*)?)?")
_HEAD_LINES = 40


def _header(line: str) -> str | None:
    found = _HEADER.fullmatch(line.strip())
    return found["title"].rstrip(":").strip() if found else None


def is_tiktok_txt(text: str) -> bool:
    """A header line among the first lines that are not blank."""
    lines = [ln for ln in split_lines(text[:65536]) if ln.strip()][:_HEAD_LINES]
    return any(_header(line) is not None for line in lines)


def parse_tiktok_txt(text: str, ctx: ReadContext) -> list[Conversation]:
    # (title, header line, rows of (line number, sender, text lines, ts, seconds))
    chats: list[tuple[str, int, list[tuple[int, str, list[str], str | None, float | None]]]] = []
    counts: Counter[str] = Counter()
    lines = split_lines(text)
    for number, line in enumerate(lines, 1):
        title = _header(line)
        if title is not None:
            chats.append((title, number, []))
            continue
        if not line.strip():
            continue
        found = _MESSAGE.fullmatch(line.rstrip("\r"))
        rows = chats[-1][2] if chats else None
        if found is not None and rows is not None:
            stamp = f"{found['date']} {found['zone'] or ''}".strip()
            ts, when = export_time(stamp)
            rows.append((number, found["sender"].strip(), [found["text"] or ""], ts, when))
        elif rows and not (number == len(lines) and _BROKEN_DATE.fullmatch(line.strip())):
            rows[-1][2].append(line)  # the message above goes on over several lines
        elif rows and number == len(lines):
            ctx.skip(number, "file cut short inside this message line; kept what came before")
        else:
            ctx.skip(number, "not a message of a chat (before any 'Chat History with' line)")
    conversations: list[Conversation] = []
    for index, (title, _, rows) in enumerate(chats):
        builder = ConversationBuilder(ctx.sub_id(index, len(chats)))
        kept = []
        for row in rows:
            body = "\n".join(row[2]).strip("\n")
            if not body.strip():
                counts["empty"] += 1
                continue
            if row[3] is None:
                counts["no_time"] += 1
            kept.append((row[0], row[1], body, row[3], row[4]))
        for number, sender, body, ts, _ in in_time_order(kept, lambda r: r[4]):
            try:
                builder.add(sender, body, ts=ts)
            except ValueError as exc:
                ctx.skip(number, str(exc))
        named = _CHAT_WITH.fullmatch(title)
        if named and not named["group"] and named["name"]:
            builder.participant(named["name"])  # the other person, even if they never wrote
        conversations.append(builder.build())
    source = ctx.source
    if counts["empty"]:
        ctx.warn(f"{source}: {counts['empty']} messages with no text left out")
    if counts["no_time"]:
        ctx.warn(f"{source}: {counts['no_time']} messages have no readable date")
    return conversations
