"""Snapchat "My Data" in HTML: `html/chat_history/subpage_<username>.html`.

Each chat is a page headed `<h1> Chat History with <username></h1>` (a group's page is named
by its id and headed with the group's title), listing messages newest first, each:
`<span><div ...><div ...>[<button class="saved">Saved</button>]<h4>SENDER</h4></div>
<div><svg class="icons">...</svg><span>TYPE</span></div></div><hr><p>TEXT</p>
<h6>2024-03-15 19:04:11 UTC</h6></span>`. The types are those of chat_history.json (TEXT,
MEDIA, SHARE, NOTE, STICKER, LOCATION, STATUS...), read the same way.
`html/chat_history.html` is only an index of those pages, and `html/snap_history/` pages
("Snap History with ...") hold no text: neither is a chat. The older layout (before 2023), a
table of sender, type and time per message, holds no text either and is not read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePosixPath

from onguard.io.common import ConversationBuilder, ReadContext, in_time_order
from onguard.io.htmltree import Element, clean, parse_page
from onguard.io.snapchat import _GROUP_ID, _notes, _row
from onguard.spec import Conversation

_HEADING = re.compile(r"\s*(chat|snap)\s+history\s+with\s+(.*?)\s*", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"[A-Z][A-Z_]{1,40}")
_USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,29}")


@dataclass
class SnapHtmlMessage:
    sender: str
    kind: str
    text: str
    when: str
    line: int


@dataclass
class SnapchatHtmlPage:
    other: str  # what the heading names: a username, or a group's title
    messages: list[SnapHtmlMessage]  # newest first, as written
    cut_line: int | None


def _message(box: Element) -> SnapHtmlMessage | None:
    """A message from the element that holds its time (`<h6>`), or None."""
    sender = box.find("h4")
    when = next((e for e in box.elements if e.tag == "h6"), None)
    if sender is None or when is None or not when.closed:
        return None  # not a message, or one the download stops in
    kind = ""
    for element in box.iter():
        if element.tag == "span" and element is not box:
            word = clean(element.text())
            if _TYPE.fullmatch(word):
                kind = word
                break
    paragraph = next((e for e in box.iter() if e.tag == "p"), None)
    text = clean(paragraph.text()) if paragraph is not None else ""
    return SnapHtmlMessage(clean(sender.text()), kind, text, clean(when.text()), box.line)


def read_snapchat_html(text: str) -> SnapchatHtmlPage | None:
    """The messages of a Snapchat chat page; None if `text` is not one (an index, snap
    history, or any other page)."""
    head = text[:200_000]
    if "History with" not in head and "history with" not in head.lower():
        return None
    if "<h4" not in text or "<h6" not in text:
        return None
    page = parse_page(text)
    heading = next((e for e in page.root.iter() if e.tag == "h1"), None)
    found = _HEADING.fullmatch(clean(heading.text())) if heading is not None else None
    if found is None or found[1].lower() != "chat":
        return None
    messages: list[SnapHtmlMessage] = []
    for box in page.root.iter():
        if any(child.tag == "h6" for child in box.elements):
            message = _message(box)
            if message is not None and message.when:
                messages.append(message)
    if not messages:
        return None
    return SnapchatHtmlPage(found[2], messages, None if page.ended else page.lines)


def parse_snapchat_html(page: SnapchatHtmlPage, ctx: ReadContext) -> list[Conversation]:
    builder = ConversationBuilder(ctx.conversation_id)
    counts: Counter[str] = Counter()
    rows = []
    for message in reversed(page.messages):
        item = {
            "mediatype": message.kind or "TEXT",
            "created": message.when,
            "content": message.text,
        }
        row = _row(item, message.sender or "?", False, (message.line,), counts)
        if row is not None:
            rows.append(row)
    for row in in_time_order(rows, lambda r: r.when):
        try:
            builder.add(row.sender, row.text, ts=row.ts, media=row.media)
        except ValueError as exc:
            ctx.skip(int(row.line[0]), str(exc))
    # A group's page is named by the group's id; its heading is the group's title.
    name = PurePosixPath(ctx.source.replace("\\", "/").rsplit("!", 1)[-1]).stem
    group = _GROUP_ID.search(name) is not None
    if not group and _USERNAME.fullmatch(page.other):
        builder.participant(page.other)  # the other person, even if they never wrote
    if page.cut_line is not None:
        ctx.skip(page.cut_line, "HTML page cut short here; kept the complete messages before it")
    _notes(ctx, counts)
    return [builder.build()]
