"""Line-based chats: WhatsApp "Export chat" text files and simple "Name: message" text.

WhatsApp writes one of two line styles, in the phone's locale:

    Android  31/12/2020, 21:41 - Alice: hi            (also 12/31/20, 9:41 PM - ...)
    iOS      [31/12/2020, 21:41:05] Alice: hi          (also [12/31/20, 9:41:05 PM] ...)

and exports made before 2017 put a colon after the time: `3/24/14, 1:59:59 PM: Alice: hi`.

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
# Spaces WhatsApp writes in its timestamps: plain, no-break, thin (iOS) and narrow no-break.
_SPACE = r"[ \u00a0\u2009\u202f]"
# Hungarian phones write "2024. 03. 14." (a space after each dot, one at the end).
_DATE = rf"(?P<date>\d{{1,4}}[./-]{_SPACE}?\d{{1,2}}[./-]{_SPACE}?\d{{1,4}}\.?)"
_TIME = (
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)"
    rf"(?:{_SPACE}*(?P<ampm>[AaPp]\.?{_SPACE}?[Mm]\.?))?"
)
# Between date and time: a comma, or a short word ("14/03/2024 à 19:05" in French,
# "klo" in Finnish, "kl." in Danish and Norwegian, "오후" (afternoon) in Korean).
_JOIN = rf",?{_SPACE}+(?:(?P<word>[^\W\d_]{{1,4}})\.?{_SPACE}*)?"
# Words before the time that say morning or afternoon (Korean, Chinese, Japanese).
_CLOCK_WORDS = {"오전": "AM", "오후": "PM", "上午": "AM", "下午": "PM", "午前": "AM", "午後": "PM"}
# Some year-first locales end the time with a dot ("2022/12/14, 13:34. - Alice: hi").
_ANDROID = re.compile(rf"^{_DATE}{_JOIN}{_TIME}\.?{_SPACE}+[-\u2013]{_SPACE}(?P<rest>.*)$")
_IOS = re.compile(rf"^\[{_DATE}{_JOIN}{_TIME}\]{_SPACE}(?P<rest>.*)$")
_LEGACY = re.compile(rf"^{_DATE}{_JOIN}{_TIME}:{_SPACE}(?P<rest>.*)$")

# Placeholders WhatsApp writes instead of a photo, video, voice note, sticker or file
# (in English and in the phone languages most often met: the words are localised).
_MEDIA = re.compile(
    r"^(?:<(?:Media omitted|media omitted|Medien ausgeschlossen|Multimedia omitido|"
    r"Médias omis|Mídia oculta|Media omessi|Media weggelaten|Medya dahil edilmedi)>|"
    # Android: "<Video note omitted>", "<Sticker omitted>", "<View once voice message omitted>"
    r"<[^<>\n]{1,40} omitted>|"
    # iOS before 2017: "2015-08-04-PHOTO-00004762.jpg <attached>"
    r"[^<>\n]{1,200}\.\w{2,5} <attached>|"
    # iOS documents: "Homework • 2 pages <attached: 00000001-Homework.pdf>"
    r"(?:[^\n]{1,200} • \d+ pages? )?<attached: [^>]*>|"
    # iOS in other languages: "<Anhang: ...jpg>", "<adjunto: ...>", "<pièce jointe : ...>"
    r"<[^<>:\n]{1,30}: [^<>\n]{1,200}\.\w{2,5}>|"
    r"(?:image|video|audio|sticker|GIF|document|Contact card) omitted|"
    r"(?:imagen|video|audio|sticker|GIF|documento) omitid[oa]|"
    r"(?:imagem|vídeo|áudio|figurinha|GIF|documento) ocultad[oa]|"
    r"(?:Bild|Video|Audio|Sticker|GIF|Dokument) weggelassen|"
    # Android: "IMG-20240314-WA0007.jpg (file attached)"; uploaded audio loses its
    # extension ("AUD-20240314-WA0001. (file attached)").
    r"[^\n]{1,200}\.\w{0,5} "
    r"\((?:file attached|fichier joint|archivo adjunto|Datei angehängt|arquivo anexado|"
    r"file allegato|bestand bijgevoegd)\)|"
    r"null|View once (?:photo|video|voice message) omitted|"
    r"(?:document omitted|[^\n]{1,200} • \d+ pages? document omitted))$"
)
# Messages WhatsApp writes in place of a deleted one, and notices that arrive with a sender.
_DELETED = re.compile(
    r"^(?:This message was deleted\.?|You deleted this message\.?|"
    # The same in the phone languages most often met (someone else's, then one's own).
    r"(?:Diese Nachricht wurde gelöscht|Du hast diese Nachricht gelöscht|"
    r"Se eliminó este mensaje|Eliminaste este mensaje|"
    r"Ce message a été supprimé|Vous avez supprimé ce message|"
    r"Questo messaggio è stato eliminato|Hai eliminato questo messaggio|"
    r"(?:Essa|Esta) mensagem foi (?:apagada|eliminada)|Você apagou esta mensagem|"
    r"Dit bericht is verwijderd|Bu mesaj silindi|Bu mesajı sildiniz|"
    r"Ta wiadomość została usunięta|Данное сообщение удалено)\.?|"
    # Calls, missed or answered: "Missed video call, Tap to call back", "Voice call, 5 min"
    # (only the app's own wording: "Video call, now?" is someone's message).
    r"Missed (?:group )?(?:voice|video) call(?:, Tap to call back)?|"
    r"(?:Group )?(?:[Vv]oice|[Vv]ideo) call, (?:\d+ (?:sec|min|hr)s?|No answer)|"
    r"Waiting for this message\. This may take a while\.|"
    # The encryption notice, old and new wordings; iOS gives it the chat's or group's name
    # as sender, and older versions without the mark.
    r"Messages (?:you send )?(?:and calls )?(?:to this (?:chat|group) )?(?:and calls )?"
    r"(?:are|were) (?:now secured with end-to-end encryption|end-to-end encrypted)\b.*|"
    r"Your security code with .{1,80} changed\..*)$",
    re.DOTALL,
)
_EDITED = re.compile(r"\s*\u200e?<This message was edited>$")  # iOS puts a mark before it
# iOS marks its placeholders like its notices, with a mark first: any "<kind> omitted"
# ("video note omitted", "Contact card omitted") after the mark is media, not a notice.
_MARKED_PLACEHOLDER = re.compile(r"^[^\n<>:]{1,60} (?:omitted|weggelassen)$")
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
    return _IOS.match(clean) or _ANDROID.match(clean) or _LEGACY.match(clean)


def _parse_header(line_no: int, line: str) -> _Header | None:
    m = match_whatsapp_header(line)
    if m is None:
        return None
    parts = re.findall(r"\d+", m["date"])
    a, b, c = (int(p) for p in parts)
    ampm = m["ampm"] or _CLOCK_WORDS.get(m["word"] or "")
    return _Header(line_no, (a, b, c), len(parts[0]) == 4, m["time"], ampm, m["rest"])


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


def _clean_sender(sender: str) -> str:
    """The name without the marks around it and without the '~' WhatsApp puts before
    the profile name of someone not in the phone's contacts ("~ Jay", "~\u202fJay").

    Android wraps phone numbers in embedding marks ("\u202a+44 7700 900123\u202c")."""
    name = sender.strip(_MARKS + " \u00a0\u202f\t")
    if name.startswith("~"):
        name = name[1:].strip(_MARKS + " \u00a0\u202f\t") or name
    return name


def _split_sender(rest: str) -> tuple[str, str] | None:
    """('Alice', 'hi') for 'Alice: hi'; None for a notice with no sender."""
    sender, sep, text = rest.partition(": ")
    if not sep:
        if rest.endswith(":") and 0 < len(rest) - 1 <= 80:  # an empty message
            return _clean_sender(rest[:-1]), ""
        return _split_unspaced(rest)
    marked = rest.find(": \u200e")
    if 0 < marked <= 80 and not text.startswith("\u200e"):
        # An iOS notice in a group whose name has a colon ("Year 8: Football: \u200eSam
        # added Mia"): the notice starts at the colon followed by the mark.
        sender, text = rest[:marked], rest[marked + 2 :]
    if not sender.strip() or len(sender) > 80 or '"' in sender or "\u201c" in sender:
        return None
    return _clean_sender(sender), text


def _split_unspaced(rest: str) -> tuple[str, str] | None:
    """('Alice', 'hi') for 'Alice:hi', which some exports write; None when the colon is
    a time's ("moved to 10:30") or a link's ("https://..."), as notices have them."""
    sender, sep, text = rest.partition(":")
    if (
        not sep
        or not sender.strip()
        or len(sender) > 80
        or sender[-1:].isdigit()
        or text[:1].isdigit()
        or text.startswith("//")
        or '"' in sender
        or "\u201c" in sender
    ):
        return None
    return _clean_sender(sender), text


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
        marked = first.startswith("\u200e")
        media = bool(_MEDIA.match(stripped)) or (
            marked and bool(_MARKED_PLACEHOLDER.match(stripped))
        )
        if media:
            body = caption if newline else ""
        elif _SHARED_LOCATION.match(stripped) or (marked and "://" in first):
            # A place shared on iOS ("\u200eCafe (1 High St): https://...") is marked like a
            # notice, but notices never hold a link.
            body = _strip_marks(body)
        elif marked:
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

_DATED = re.compile(r"^\W?\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{1,4}")
_PLAIN = re.compile(r"^(?P<name>[^:\n]{1,40}?):[ \t]?(?P<text>.*)$")


def _plain_sender(line: str) -> tuple[str, str] | None:
    m = _PLAIN.match(_strip_marks(line))
    if m is None:
        return None
    name = m["name"].strip()
    # "10:41", "http://..." and sentences are not names.
    if not name or name.replace(" ", "").isdigit() or "://" in line[: len(name) + 3]:
        return None
    if _DATED.match(name):
        # A timestamped line of a layout not recognised above: its date is no sender.
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
