"""Line-based chats: WhatsApp "Export chat" text files and simple "Name: message" text.

WhatsApp writes one of two line styles, in the phone's locale:

    Android  31/12/2020, 21:41 - Alice: hi            (also 12/31/20, 9:41 PM - ...)
    iOS      [31/12/2020, 21:41:05] Alice: hi          (also [12/31/20, 9:41:05 PM] ...)

Lines without such a header continue the message above. Notices without a sender
(Android) or whose text starts with an invisible left-to-right mark (iOS) are system
notices, kept out of the messages; media placeholders become `media: true`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from onguard.io.common import ConversationBuilder, ReadContext, iso_from_naive
from onguard.io.decoding import split_lines
from onguard.spec import Conversation

_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_SPACE = r"[ \u00a0\u202f]"
_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_TIME = (
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
    rf"(?:{_SPACE}*(?P<ampm>[AaPp]\.?{_SPACE}?[Mm]\.?))?"
)
_ANDROID = re.compile(rf"^{_DATE},?{_SPACE}+{_TIME}{_SPACE}+[-\u2013]{_SPACE}(?P<rest>.*)$")
_IOS = re.compile(rf"^\[{_DATE},?{_SPACE}+{_TIME}\]{_SPACE}(?P<rest>.*)$")

# Placeholders WhatsApp writes instead of a photo, video, voice note, sticker or file.
_MEDIA = re.compile(
    r"^(?:<Media omitted>|<media omitted>|<attached: [^>]*>|"
    r"(?:image|video|audio|sticker|GIF|document|Contact card) omitted|"
    r"[^\n]{1,200}\.(?:jpe?g|png|gif|webp|mp4|3gp|mov|opus|ogg|m4a|mp3|pdf|vcf|docx?) "
    r"\((?:file attached|fichier joint|archivo adjunto|Datei angehängt)\)|"
    r"null|View once (?:photo|video|voice message) omitted|"
    r"(?:document omitted|[^\n]{1,200} • \d+ pages? document omitted))$"
)
# Messages WhatsApp writes in place of a deleted one, and notices that arrive with a sender.
_DELETED = re.compile(
    r"^(?:This message was deleted\.?|You deleted this message\.?|"
    r"Missed (?:voice|video|group voice|group video) call|"
    r"Waiting for this message\. This may take a while\.|"
    r"Messages and calls are end-to-end encrypted\..*|"
    r"Messages to this chat and calls are now secured with end-to-end encryption\..*)$",
    re.DOTALL,
)
_EDITED = re.compile(r"\s*<This message was edited>$")
# Shared by a person although iOS marks them like notices: a location is evidence.
_SHARED_LOCATION = re.compile(r"^(?:Location: \S+|Live location shared\.?)", re.IGNORECASE)


@dataclass
class _Header:
    line_no: int
    date: tuple[int, int, int]
    year_first: bool
    time: str
    ampm: str | None
    rest: str


def _strip_marks(line: str) -> str:
    return line.lstrip(_MARKS)


def match_whatsapp_header(line: str) -> re.Match[str] | None:
    clean = _strip_marks(line)
    return _IOS.match(clean) or _ANDROID.match(clean)


def _parse_header(line_no: int, line: str) -> _Header | None:
    m = match_whatsapp_header(line)
    if m is None:
        return None
    parts = re.split(r"[./-]", m["date"])
    try:
        a, b, c = (int(p) for p in parts)
    except ValueError:
        return None
    return _Header(line_no, (a, b, c), len(parts[0]) == 4, m["time"], m["ampm"], m["rest"])


def _choose_date_order(headers: list[_Header], ctx: ReadContext) -> str:
    """'DMY' (UK and most of the world) or 'MDY' (US), from the dates themselves."""
    day_first = any(h.date[0] > 12 for h in headers if not h.year_first)
    month_first = any(h.date[1] > 12 for h in headers if not h.year_first)
    if day_first and not month_first:
        return "DMY"
    if month_first and not day_first:
        return "MDY"
    if day_first and month_first:
        ctx.warn(f"{ctx.source}: dates mix day/month orders; read as day/month")
        return "DMY"

    # Every date fits both orders: prefer the order in which time runs forwards,
    # then the phone's clock (a 12-hour clock suggests a US phone).
    def backwards(order: str) -> int:
        stamps = [s for s in (_to_datetime(h, order) for h in headers) if s is not None]
        return sum(1 for x, y in zip(stamps, stamps[1:], strict=False) if y < x)

    dmy, mdy = backwards("DMY"), backwards("MDY")
    if dmy != mdy:
        return "DMY" if dmy < mdy else "MDY"
    twelve_hour = any(h.ampm for h in headers)
    if any(not h.year_first and h.date[0] != h.date[1] for h in headers):
        ctx.warn(
            f"{ctx.source}: date order is ambiguous; read as "
            f"{'month/day (12-hour clock)' if twelve_hour else 'day/month'}"
        )
    return "MDY" if twelve_hour else "DMY"


def _to_datetime(h: _Header, order: str) -> datetime | None:
    a, b, c = h.date
    if h.year_first:
        year, month, day = a, b, c
    elif order == "DMY":
        day, month, year = a, b, c
    else:
        month, day, year = a, b, c
    if year < 100:
        year += 2000
    pieces = [int(p) for p in re.split(r"[:.]", h.time)]
    hour, minute = pieces[0], pieces[1]
    second = pieces[2] if len(pieces) > 2 else 0
    if h.ampm:
        pm = h.ampm.strip().lower().startswith("p")
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if pm else 0)
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _split_sender(rest: str) -> tuple[str, str] | None:
    """('Alice', 'hi') for 'Alice: hi'; None for a notice with no sender."""
    sender, sep, text = rest.partition(": ")
    if not sep:
        if rest.endswith(":") and 0 < len(rest) - 1 <= 80:  # an empty message
            return rest[:-1], ""
        return None
    if not sender.strip() or len(sender) > 80 or '"' in sender or "\u201c" in sender:
        return None
    return _strip_marks(sender).strip(), text


@dataclass
class _Pending:
    line_no: int
    sender: str
    ts: str | None
    lines: list[str]
    system: bool


def parse_whatsapp(text: str, ctx: ReadContext) -> list[Conversation]:
    """Read a WhatsApp export (either style, any supported date order and clock)."""
    lines = split_lines(text)
    headers: dict[int, _Header] = {}
    for number, line in enumerate(lines, 1):
        header = _parse_header(number, line)
        if header is not None:
            headers[number] = header
    order = _choose_date_order(list(headers.values()), ctx)
    builder = ConversationBuilder(ctx.conversation_id)
    pending: _Pending | None = None
    system_count = 0

    def flush(p: _Pending | None) -> None:
        nonlocal system_count
        if p is None:
            return
        if p.system:
            system_count += 1
            return
        body = "\n".join(p.lines)
        body = _EDITED.sub("", body)
        first, newline, caption = body.partition("\n")
        stripped = _strip_marks(first).strip()
        if _DELETED.match(_strip_marks(body).strip()):
            system_count += 1
            return
        media = bool(_MEDIA.match(stripped))
        if media:
            body = caption if newline else ""
        elif _SHARED_LOCATION.match(stripped):
            body = _strip_marks(body)
        elif first.startswith("\u200e"):
            # iOS marks its own notices ("Alice added Bob", "Missed call") with an LRM.
            system_count += 1
            return
        try:
            builder.add(p.sender, body, ts=p.ts, media=media)
        except ValueError as exc:
            ctx.skip(p.line_no, str(exc))

    for number, line in enumerate(lines, 1):
        header = headers.get(number)
        if header is None:
            if pending is None:
                if line.strip():
                    ctx.skip(number, "text before the first dated line")
                continue
            pending.lines.append(line)
            continue
        flush(pending)
        moment = _to_datetime(header, order)
        if moment is None:
            ctx.skip(number, "date or time out of range")
            pending = None
            continue
        split = _split_sender(header.rest)
        if split is None:
            pending = _Pending(number, "", None, [header.rest], system=True)
        else:
            sender, body = split
            pending = _Pending(number, sender, iso_from_naive(moment), [body], system=False)
    flush(pending)
    if system_count:
        ctx.warn(
            f"{ctx.source}: {system_count} system notices (encryption, group changes, "
            "deleted messages, calls) left out"
        )
    if headers:
        ctx.warn(f"{ctx.source}: WhatsApp times have no timezone; kept as local time")
    return [builder.build()]


# --- "Name: message" text -----------------------------------------------------------------------

_PLAIN = re.compile(r"^(?P<name>[^:\n]{1,40}?):[ \t]?(?P<text>.*)$")


def _plain_sender(line: str) -> tuple[str, str] | None:
    m = _PLAIN.match(_strip_marks(line))
    if m is None:
        return None
    name = m["name"].strip()
    # "10:41", "http://..." and sentences are not names.
    if not name or name.replace(" ", "").isdigit() or "://" in line[: len(name) + 3]:
        return None
    if name.lower() in {"http", "https"} or len(name.split()) > 4:
        return None
    return name, m["text"]


def looks_like_plain_chat(text: str) -> bool:
    nonblank = [line for line in split_lines(text)[:200] if line.strip()]
    if not nonblank or _plain_sender(nonblank[0]) is None:
        return False
    matched = sum(1 for line in nonblank if _plain_sender(line) is not None)
    return matched * 2 >= len(nonblank)


def parse_plain(text: str, ctx: ReadContext) -> list[Conversation]:
    """Read 'Name: message' lines; other lines continue the message above."""
    builder = ConversationBuilder(ctx.conversation_id)
    current: tuple[int, str, list[str]] | None = None

    def flush() -> None:
        if current is not None:
            try:
                builder.add(current[1], "\n".join(current[2]))
            except ValueError as exc:
                ctx.skip(current[0], str(exc))

    for number, line in enumerate(split_lines(text), 1):
        split = _plain_sender(line)
        if split is None:
            if current is None:
                if line.strip():
                    ctx.skip(number, "no 'Name: message' before this line")
                continue
            current[2].append(line)
            continue
        flush()
        current = (number, split[0], [split[1]])
    flush()
    return [builder.build()]
