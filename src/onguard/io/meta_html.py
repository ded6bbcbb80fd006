"""Instagram and Facebook Messenger "Download your information" in HTML (`message_N.html`).

The HTML download (the default format) writes each thread as `message_1.html`,
`message_2.html`, ... in `your_instagram_activity/messages/inbox/<thread>/` (older:
`messages/inbox/`) or `your_facebook_activity/messages/inbox/<thread>/` (also
`your_activity_across_facebook/`, `e2ee_cutover/`, `message_requests/`...). Each message is a
box with three parts, told apart by Meta's class names, which have changed over the years:

- the box: `pam _3-95 _2ph- _a6-g uiBoxWhite noborder` (Instagram 2022-), `_3-95 _a6-g` or
  `_a6-g` (Facebook 2023-; a `<section>` in 2025), `pam _3-95 _2pi0 _2lej uiBoxWhite noborder`
  (2019-2021);
- the sender (`_a6-h`, older `_2lek`; a div or an h2), the content (`_a6-p`, older `_2let`)
  and the date (`_a6-o`, older `_2lem`; sometimes inside `div._a72d`, or a `<footer>`).

The content is `<div><div></div><div>TEXT</div><div>MEDIA OR SHARE</div><div></div>
[<div><ul class="_a6-q">REACTIONS</ul></div>]</div>`. Pages list messages newest first, and
message_1.html holds the newest. Unlike the JSON, the text is proper UTF-8 (no mojibake to
repair). Dates are written in the account's language and without a timezone: English
("May 14, 2024, 6:21 AM", "Mar 12, 2024 8:25:13 pm"), Chinese ("2021年12月11日 下午10:06") and
Vietnamese ("Tháng 10 13, 2023 10:20:49sáng") are read; others leave `ts` empty (with a note)
and keep the page's order. The other pages of the download (followers, comments, logins, ads)
use the same boxes, so a page is a chat only when its boxes have all three parts and no table.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime

from onguard.io.common import ConversationBuilder, ReadContext, in_time_order
from onguard.io.htmltree import Element, clean, parse_page
from onguard.io.meta import _GENERATED, platform_from_path, shown_body
from onguard.spec import Conversation

_SENDER = {"_a6-h", "_2lek"}
_CONTENT = {"_a6-p", "_2let"}
_DATE = {"_a6-o", "_2lem"}
_REACTIONS = {"_a6-q", "_tqp"}
_MEDIA_TAGS = {"img", "video", "audio", "source"}
_LOCAL_MEDIA = re.compile(
    r"(?:^|/)(?:photos|videos|audio|gifs|files|stickers_used)/[^/]+$|"
    r"\.(?:jpe?g|png|gif|webp|heic|mp4|mov|m4a|aac|opus|wav)$",
    re.IGNORECASE,
)
# Call lines, which the JSON marks with call_duration and the HTML writes as words (English;
# other languages are kept as text).
_CALLS = re.compile(
    r"(?:.{1,80} )?(?:started|missed|joined) (?:an? )?(?:audio|video) (?:call|chat)\.?|"
    r"(?:The )?(?:audio |video )?call ended\.?|Call ended\.?",
    re.IGNORECASE | re.DOTALL,
)
_FULL_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_EN_DATE = re.compile(
    r"(?P<mon>[A-Za-z]{3,9})\.? (?P<day>\d{1,2}),? (?P<year>\d{4}),?(?: at)? "
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?:(?P<half>[AaPp])\.?\s?[Mm]\.?)?"
)
_VI_DATE = re.compile(
    r"[Tt]háng (?P<mon>\d{1,2}) (?P<day>\d{1,2}), (?P<year>\d{4}),? "
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?\s*(?P<half>sáng|chiều|SA|CH)?"
)
_ZH_DATE = re.compile(
    r"(?P<year>\d{4})年(?P<mon>\d{1,2})月(?P<day>\d{1,2})日\s*(?P<half>上午|下午)?\s*"
    r"(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?"
)
_PM = {"p", "P", "chiều", "CH", "下午"}


def page_time(raw: str) -> datetime | None:
    """The wall-clock time a message box shows, in the forms seen in real downloads."""
    text = " ".join(raw.split())
    for pattern in (_EN_DATE, _VI_DATE, _ZH_DATE):
        found = pattern.fullmatch(text)
        if found is None:
            continue
        mon = found["mon"].lower()
        month = (
            int(mon)
            if mon.isdigit()
            else next((i for i, full in enumerate(_FULL_MONTHS, 1) if full.startswith(mon)), 0)
        )
        if not 1 <= month <= 12:
            return None
        hour = int(found["h"])
        half = found["half"]
        if half:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if half in _PM else 0)
        try:
            return datetime(
                int(found["year"]),
                month,
                int(found["day"]),
                hour,
                int(found["m"]),
                int(found["s"] or 0),
            )
        except ValueError:
            return None
    return None


@dataclass
class HtmlMessage:
    sender: str
    text: str
    media: bool
    link: str
    when: str  # the date as written
    line: int


@dataclass
class MetaHtmlPage:
    """The message boxes of one message_N.html page, newest first, as written."""

    messages: list[HtmlMessage]
    title: str
    platform: str | None  # "instagram" / "messenger" where the page says, else None
    cut_line: int | None  # where the page stops early (an interrupted download), else None


def _box_parts(box: Element) -> tuple[Element, Element, Element | None] | None:
    sender = content = date = None
    for child in box.elements:
        if sender is None and child.has_class(_SENDER):
            sender = child
        elif content is None and child.has_class(_CONTENT):
            content = child
        elif date is None and child.has_class(_DATE):
            date = child
    if sender is None or content is None:
        return None
    return sender, content, date


def _is_media(element: Element) -> bool:
    if element.tag in _MEDIA_TAGS:
        return True
    href = element.attrs.get("href", "") if element.tag == "a" else ""
    return (
        bool(href)
        and not href.startswith(("http://", "https://"))
        and bool(_LOCAL_MEDIA.search(href))
    )


def _walk(element: Element) -> list[Element]:
    """The elements inside `element`, less reaction lists (whose names are not the message)."""
    found: list[Element] = []
    stack = [element]
    while stack:
        node = stack.pop()
        if node.has_class(_REACTIONS):
            continue
        found.append(node)
        stack.extend(node.elements)
    return found


def _text(element: Element) -> str:
    return clean(element.text(skip=_MEDIA_TAGS, skip_classes=_REACTIONS))


def _content(content: Element) -> tuple[str, bool, str]:
    """(text, media?, shared link) of a message's content part: the second of its inner divs
    holds the words, the others media or a shared post's preview and link."""
    inner = content.elements
    if len(inner) == 1 and len(inner[0].elements) >= 2:
        kids = inner[0].elements
        text = _text(kids[1]) or _text(kids[0])
        extras = [kids[0], *kids[2:]]
    else:
        text, extras = _text(content), [content]
    media = any(_is_media(e) for e in _walk(content))
    link = ""
    for element in (e for part in extras for e in _walk(part)):
        href = element.attrs.get("href", "").strip() if element.tag == "a" else ""
        if href.startswith(("http://", "https://")) and href not in text:
            link = href
            break
    return text, media, link


def _platform(text: str, boxes: list[tuple[Element, Element]]) -> str | None:
    if "Instagram-Logo" in text or 'alt="Instagram"' in text:
        return "instagram"
    if 'href="https://www.facebook.com/?ref=logo"' in text or 'aria-label="Facebook"' in text:
        return "messenger"
    classes = Counter(
        "messenger" if "_2ph_" in sender.classes else "instagram" for _, sender in boxes
    )
    return classes.most_common(1)[0][0] if classes else None


def read_meta_html(text: str) -> MetaHtmlPage | None:
    """The messages of an Instagram/Messenger message_N.html page; None if `text` is not one."""
    head = text[:200_000]
    if not (("_a6-h" in head or "_2lek" in head) and ("_a6-p" in head or "_2let" in head)):
        return None
    page = parse_page(text)
    messages: list[HtmlMessage] = []
    boxes: list[tuple[Element, Element]] = []
    other = 0
    cut_line: int | None = None
    for box in page.root.iter():
        parts = _box_parts(box)
        if parts is None:
            continue
        sender, content, date = parts
        if content.find("table") is not None:
            other += 1  # a record of another page (logins, comments, ads), not a message
            continue
        if date is None or not (date.closed or box.closed):
            if not page.ended:
                cut_line = box.line  # the box the download stops in
            else:
                other += 1  # a box without a date: a profile or "following" entry
            continue
        boxes.append((box, sender))
        body, media, link = _content(content)
        messages.append(
            HtmlMessage(
                clean(sender.text()) or "?", body, media, link, clean(date.text()), box.line
            )
        )
    if not messages or other > len(messages):
        return None
    if not page.ended and cut_line is None:
        cut_line = page.lines
    title_element = page.root.find("title")
    title = clean(title_element.text()) if title_element else ""
    return MetaHtmlPage(messages, title, _platform(text, boxes), cut_line)


def meta_html_platform(page: MetaHtmlPage, member_path: str = "") -> str:
    """'instagram' or 'messenger': from the download's folders, else from the page."""
    return platform_from_path(member_path) or page.platform or "instagram"


def _seconds(when: datetime | None) -> float | None:
    """Seconds to sort by (the wall-clock time taken as UTC: no daylight-saving gaps)."""
    return when.replace(tzinfo=UTC).timestamp() if when is not None else None


def _app_written(text: str) -> bool:
    body = text.strip()
    return bool(_GENERATED.fullmatch(body) or _CALLS.fullmatch(body))


def parse_meta_html(pages: list[MetaHtmlPage], ctx: ReadContext) -> list[Conversation]:
    """One conversation from the pages of one thread, given message_1.html (newest) first."""
    builder = ConversationBuilder(ctx.conversation_id)
    newest_first = [m for page in pages for m in page.messages]
    rows: list[tuple[HtmlMessage, datetime | None]] = [
        (m, page_time(m.when)) for m in reversed(newest_first)
    ]
    for page in pages:
        if page.cut_line is not None:
            ctx.skip(
                page.cut_line,
                "HTML page cut short here; kept the complete messages before it "
                "(the oldest messages of this page are lost)",
            )
    counts: Counter[str] = Counter()
    for message, when in in_time_order(rows, lambda r: _seconds(r[1])):
        shown = shown_body(message.text, message.media, message.link, _app_written)
        if shown is None:
            counts["app"] += 1
            continue
        body, media = shown
        if when is None:
            counts["no_time"] += 1
        try:
            builder.add(message.sender, body, ts=when.isoformat() if when else None, media=media)
        except ValueError as exc:
            ctx.skip(message.line, str(exc))
    source = ctx.source
    if counts["app"]:
        ctx.warn(
            f"{source}: {counts['app']} empty or app-written messages (likes, reactions, "
            "calls) left out"
        )
    if counts["no_time"]:
        ctx.warn(
            f"{source}: {counts['no_time']} messages have a date in a form not read (the "
            "account's language); they keep the page's order, without a time"
        )
    if len(builder.messages) > counts["no_time"]:
        ctx.warn(f"{source}: the HTML pages' dates have no timezone; kept as written")
    return [builder.build()]
