"""SMS Backup & Restore XML (`<smses><sms .../><mms>...</mms></smses>`).

`type` 1 is received and 2 is sent (by the phone's owner, sender `me`); drafts, queued and
failed messages were never delivered and are left out. `date` is milliseconds since the
epoch (UTC). One conversation is made per contact number (however it is written), in
order of first appearance, with its messages in time order. The app writes emoji as pairs
of UTF-16 surrogate character references, which XML parsers refuse: they are joined
before parsing, and references to characters XML forbids are replaced.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET  # noqa: N817 (the usual alias)
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from onguard.io.common import ConversationBuilder, ReadContext, iso_from_epoch
from onguard.spec import Conversation

OWNER = "me"
_RECEIVED, _SENT = "1", "2"
_SURROGATE_PAIR = re.compile(r"&#(5[5-6]\d{3});&#(5[6-7]\d{3});")
_CHAR_REF = re.compile(r"&#(\d{1,8}|[xX][0-9a-fA-F]{1,8});")
# Control characters XML 1.0 forbids, written raw.
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_NO_TIME = 2**63  # a message without a readable date sorts last
_UNKNOWN_NAMES = {"", "null", "(unknown)", "unknown"}


def _xml_char(code: int) -> bool:
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def _join_surrogates(text: str) -> str:
    """Join surrogate-pair references; any other reference XML refuses becomes U+FFFD.

    Message bodies can hold control characters (`&#11;`, `&#1;`, from other phones or
    apps), which the app writes as references: one would stop the parser and lose
    every message after it."""

    def pair(m: re.Match[str]) -> str:
        high, low = int(m[1]), int(m[2])
        if 0xD800 <= high <= 0xDBFF and 0xDC00 <= low <= 0xDFFF:
            return f"&#{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)};"
        return m[0]

    def invalid(m: re.Match[str]) -> str:
        raw = m[1]
        code = int(raw[1:], 16) if raw[0] in "xX" else int(raw)
        return m[0] if _xml_char(code) else "&#65533;"

    joined = _CHAR_REF.sub(invalid, _SURROGATE_PAIR.sub(pair, text))
    return _RAW_CONTROL.sub("\ufffd", joined)


def is_sms_backup(text: str) -> bool:
    # The app writes a declaration, a "File Created By" comment and an
    # `<?xml-stylesheet ... href="sms.xsl"?>` instruction before the root.
    head = text[:4096].lstrip("\ufeff \t\r\n")
    return bool(re.match(r"(?:<\?[^>]*\?>\s*|<!--.*?-->\s*)*<smses[\s>/]", head, re.DOTALL))


@dataclass
class _Row:
    time: int  # epoch milliseconds, for ordering
    line: int
    sender: str
    body: str
    ts: str | None
    media: bool


@dataclass
class _Thread:
    name: str
    rows: list[_Row] = field(default_factory=list)

    def build(self, conversation_id: str, ctx: ReadContext) -> Conversation:
        """The conversation in time order: the app writes every SMS before the MMS."""
        builder = ConversationBuilder(conversation_id)
        for row in sorted(self.rows, key=lambda r: r.time):
            try:
                builder.add(row.sender, row.body, ts=row.ts, media=row.media)
            except ValueError as exc:
                ctx.skip(row.line, str(exc))
        return builder.build()


@dataclass
class _State:
    threads: dict[str, _Thread] = field(default_factory=dict)
    undelivered: int = 0


_KEY_DIGITS = 9  # enough to tell numbers apart, short of any country or trunk prefix


def _address_key(address: str) -> str:
    """One key per phone number however it was written.

    The phone stores a number as the network gave it ("+447700900123") for received
    messages and as the contact was saved ("07700 900123") for sent ones: without this,
    one conversation would be split in two."""
    cleaned = re.sub(r"[\s\-().]", "", address)
    digits = cleaned.lstrip("+")
    if digits.isdigit() and len(digits) >= _KEY_DIGITS:
        return digits[-_KEY_DIGITS:]
    return cleaned or "?"


def _contact(elem: ET.Element) -> tuple[str, str]:
    address = (elem.get("address") or "").strip()
    name = (elem.get("contact_name") or "").strip()
    if name.lower() in _UNKNOWN_NAMES:
        name = address or "?"
    # A group MMS lists its numbers joined by "~", in no fixed order.
    keys = sorted({_address_key(a) for a in address.split("~")})
    return "~".join(keys), name


def _group_sender(elem: ET.Element) -> str | None:
    """The sender of a group MMS: the `addr` of type 137 (from), named where the names match."""
    addresses = [a.strip() for a in (elem.get("address") or "").split("~")]
    names = [n.strip() for n in (elem.get("contact_name") or "").split(",")]
    for addr in elem.iter("addr"):
        if addr.get("type") == "137":
            number = (addr.get("address") or "").strip()
            keys = [_address_key(a) for a in addresses]
            if len(names) == len(addresses) and _address_key(number) in keys:
                name = names[keys.index(_address_key(number))]
                if name.lower() not in _UNKNOWN_NAMES:
                    return name
            return number or None
    return None


def _mms_parts(elem: ET.Element) -> tuple[str, bool]:
    texts: list[str] = []
    media = False
    for part in elem.iter("part"):
        content_type = (part.get("ct") or "").lower()
        if content_type == "text/plain":
            value = part.get("text")
            if value and value != "null":
                texts.append(value)
        elif content_type.split("/")[0] in {"image", "video", "audio"} or content_type in {
            "text/x-vcard",
            "application/pdf",
        }:
            media = True
    return "\n".join(texts), media


def _handle(elem: ET.Element, line: int, state: _State, ctx: ReadContext) -> None:
    if elem.tag == "sms":
        kind = elem.get("type") or ""
        body = elem.get("body") or ""
        body = "" if body == "null" else body
        media = False
    else:
        kind = elem.get("msg_box") or ""
        body, media = _mms_parts(elem)
    if kind not in {_RECEIVED, _SENT}:
        state.undelivered += 1
        return
    key, name = _contact(elem)
    raw_date = elem.get("date") or ""
    readable = raw_date.isdigit() and len(raw_date) <= 16
    ts = iso_from_epoch(int(raw_date) / 1000.0) if readable else None
    if ts is None:
        ctx.warn(f"{ctx.source}: some messages have no readable date")
    thread = state.threads.setdefault(key, _Thread(name))
    sender = name if kind == _RECEIVED else OWNER
    if kind == _RECEIVED and elem.tag == "mms" and "~" in (elem.get("address") or ""):
        sender = _group_sender(elem) or sender
    time = int(raw_date) if ts is not None else _NO_TIME
    thread.rows.append(_Row(time, line, sender, body, ts, media))


def parse_sms_xml(text: str, ctx: ReadContext) -> list[Conversation]:
    parser: ET.XMLPullParser = ET.XMLPullParser(events=("end",))
    state = _State()
    fixed = _join_surrogates(text.lstrip("\ufeff"))
    # The XML declaration names an encoding, but the text is already decoded.
    fixed = re.sub(r"^\s*<\?xml[^>]*\?>", "", fixed, count=1)
    failed = False
    line_no = 0
    for line_no, line in enumerate(io.StringIO(fixed, newline=""), 1):
        try:
            parser.feed(line)
            events = cast(Iterator[tuple[str, Any]], parser.read_events())
            for _, elem in events:
                if isinstance(elem, ET.Element) and elem.tag in {"sms", "mms"}:
                    _handle(elem, line_no, state, ctx)
                    elem.clear()
        except ET.ParseError as exc:
            err_line = exc.position[0] if getattr(exc, "position", None) else line_no
            ctx.skip(err_line, "XML damaged or cut short here; kept the messages before it")
            failed = True
            break
    if not failed:
        try:
            parser.close()
        except ET.ParseError:
            ctx.skip(
                max(line_no, 1), "XML ends early (file cut short?); kept the messages before it"
            )
    if state.undelivered:
        ctx.warn(f"{ctx.source}: {state.undelivered} drafts or undelivered messages left out")
    threads = list(state.threads.values())
    return [thread.build(ctx.sub_id(i, len(threads)), ctx) for i, thread in enumerate(threads)]
