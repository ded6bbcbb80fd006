"""Builders that write realistic (non-explicit) chat exports of every supported format.

Each builder takes the same list of `Line`s and writes the bytes an app would, with the
app's quirks: system notices, media placeholders, invisible marks, mojibake, newest-first
order, surrogate-pair emoji, and so on. Tests import them; nothing here is real data.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape

LRM = "\u200e"
NNBSP = "\u202f"  # newer Android exports put a narrow no-break space before AM/PM


@dataclass(frozen=True)
class Line:
    sender: str
    text: str  # "" with media=True is a photo without a caption
    when: datetime  # wall-clock time of the exporting phone (naive)
    media: bool = False


ADULT = "Sam Taylor"
CHILD = "Mia"
START = datetime(2024, 3, 14, 19, 5, 12)  # day 14: only one date order fits


def grooming_chat(start: datetime = START) -> list[Line]:
    """An unknown adult probing age, asking for secrecy and moving to another app."""
    texts = [
        (ADULT, "hi Mia, you seem really mature for your age"),
        (CHILD, "thanks i guess"),
        (ADULT, "how old are you?"),
        (CHILD, "13"),
        (ADULT, "don't tell your mum we talk, ok?\nit's just our secret"),
        (ADULT, "add me on another app, it's more private there"),
        (CHILD, "ok"),
    ]
    return [Line(s, t, start + timedelta(minutes=i)) for i, (s, t) in enumerate(texts)]


def quirky_chat(start: datetime = START) -> list[Line]:
    """Multi-line text, a colon in text, emoji, accents, a photo with and without caption."""
    return [
        Line(ADULT, "hey 😊 how was school", start),
        Line(CHILD, "fine\n\nwe had maths: fractions again", start + timedelta(minutes=1)),
        Line(ADULT, "", start + timedelta(minutes=2), media=True),
        Line(CHILD, "café later?", start + timedelta(minutes=3)),
        Line(ADULT, "look at this", start + timedelta(minutes=4), media=True),
    ]


# --- WhatsApp ----------------------------------------------------------------------------------


def _wa_date(when: datetime, order: str, short_year: bool) -> str:
    year = f"{when.year % 100:02d}" if short_year else f"{when.year}"
    if order == "MDY":
        return f"{when.month}/{when.day}/{year}"
    if order == "YMD":
        return f"{when.year}-{when.month:02d}-{when.day:02d}"
    return f"{when.day:02d}/{when.month:02d}/{year}"


def _wa_time(when: datetime, clock: int, seconds: bool, ampm_space: str) -> str:
    tail = f":{when.second:02d}" if seconds else ""
    if clock == 24:
        return f"{when.hour:02d}:{when.minute:02d}{tail}"
    hour = when.hour % 12 or 12
    return f"{hour}:{when.minute:02d}{tail}{ampm_space}{'PM' if when.hour >= 12 else 'AM'}"


def whatsapp_android(
    lines: list[Line],
    order: str = "DMY",
    clock: int = 24,
    notices: bool = True,
    ampm_space: str = " ",
) -> str:
    short = order == "MDY"

    def stamp(when: datetime) -> str:
        return f"{_wa_date(when, order, short)}, {_wa_time(when, clock, False, ampm_space)}"

    first = lines[0].when - timedelta(minutes=5)
    out = []
    if notices:
        out.append(
            f"{stamp(first)} - Messages and calls are end-to-end encrypted. No one "
            "outside of this chat, not even WhatsApp, can read or listen to them. "
            "Tap to learn more."
        )
        out.append(f'{stamp(first)} - {ADULT} created group "Year 8 maths help"')
        out.append(f"{stamp(first)} - {ADULT} added {CHILD}")
    for line in lines:
        if line.media:
            body = (
                "<Media omitted>"
                if not line.text
                else f"IMG-20240314-WA0007.jpg (file attached)\n{line.text}"
            )
        else:
            body = line.text
        out.append(f"{stamp(line.when)} - {line.sender}: {body}")
    if notices:
        last = lines[-1].when + timedelta(minutes=1)
        out.append(f"{stamp(last)} - {ADULT}: This message was deleted")
        out.append(f"{stamp(last)} - {CHILD} left")
    return "\n".join(out) + "\n"


def whatsapp_ios(
    lines: list[Line], order: str = "DMY", clock: int = 24, notices: bool = True
) -> str:
    short = order == "MDY"

    def stamp(when: datetime) -> str:
        return f"[{_wa_date(when, order, short)}, {_wa_time(when, clock, True, ' ')}]"

    first = lines[0].when - timedelta(minutes=5)
    out = []
    if notices:
        out.append(
            f"{stamp(first)} Year 8 maths help: {LRM}Messages and calls are end-to-end "
            "encrypted. No one outside of this chat, not even WhatsApp, can read or "
            "listen to them."
        )
        out.append(f"{LRM}{stamp(first)} Year 8 maths help: {LRM}{ADULT} added {CHILD}")
    for line in lines:
        if line.media:
            prefix = LRM
            body = f"{LRM}<attached: 00000012-PHOTO-2024-03-14-19-07-00.jpg>"
            if line.text:
                body = f"{LRM}image omitted\n{line.text}"
        else:
            prefix, body = "", line.text
        out.append(f"{prefix}{stamp(line.when)} {line.sender}: {body}")
    if notices:
        last = lines[-1].when + timedelta(minutes=1)
        out.append(f"{LRM}{stamp(last)} {ADULT}: {LRM}This message was deleted.")
        out.append(f"{LRM}{stamp(last)} {CHILD}: {LRM}Missed voice call")
    return "\r\n".join(out) + "\r\n"


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def benign_jpeg_bytes(size: int = 2048) -> bytes:
    """Not a real picture: a JPEG header followed by random noise (which does not compress)."""
    return b"\xff\xd8\xff\xe0" + random.Random(size).randbytes(size)


def whatsapp_ios_zip(lines: list[Line]) -> bytes:
    return zip_bytes(
        {
            "_chat.txt": whatsapp_ios(lines).encode("utf-8"),
            "00000012-PHOTO-2024-03-14-19-07-00.jpg": benign_jpeg_bytes(),
        }
    )


def whatsapp_android_zip(lines: list[Line]) -> bytes:
    return zip_bytes(
        {
            f"WhatsApp Chat with {ADULT}.txt": whatsapp_android(lines).encode(),
            "IMG-20240314-WA0007.jpg": benign_jpeg_bytes(),
        }
    )


# --- Telegram ----------------------------------------------------------------------------------


def _epoch(when: datetime, offset_hours: int) -> int:
    return int(when.replace(tzinfo=timezone(timedelta(hours=offset_hours))).timestamp())


def telegram_chat(lines: list[Line], offset_hours: int = 0, entities: bool = True) -> dict:
    messages: list[dict] = [
        {
            "id": 1,
            "type": "service",
            "date": lines[0].when.isoformat(),
            "date_unixtime": str(_epoch(lines[0].when, offset_hours)),
            "actor": ADULT,
            "actor_id": "user1001",
            "action": "phone_call",
            "duration_seconds": 12,
            "text": "",
            "text_entities": [],
        }
    ]
    for number, line in enumerate(lines, 2):
        message: dict = {
            "id": number,
            "type": "message",
            "date": line.when.isoformat(),
            "date_unixtime": str(_epoch(line.when, offset_hours)),
            "from": line.sender,
            "from_id": "user1001" if line.sender == ADULT else "user2002",
        }
        words = line.text.split(" ")
        if entities and len(words) > 2:
            # Telegram splits formatted text into a list of strings and entity objects.
            message["text"] = [
                " ".join(words[:1]) + " ",
                {"type": "bold", "text": " ".join(words[1:2])},
                " " + " ".join(words[2:]),
            ]
        else:
            message["text"] = line.text
        message["text_entities"] = [{"type": "plain", "text": line.text}]
        if line.media:
            message.update(
                {"photo": "photos/photo_1@14-03-2024_19-07-00.jpg", "width": 640, "height": 480}
            )
        messages.append(message)
    return {"name": ADULT, "type": "personal_chat", "id": 4242, "messages": messages}


def telegram_result(lines: list[Line], offset_hours: int = 0, entities: bool = True) -> str:
    return json.dumps(telegram_chat(lines, offset_hours, entities), ensure_ascii=False, indent=1)


def telegram_full_export(chats: list[list[Line]]) -> str:
    return json.dumps(
        {
            "about": "Here is the data you requested.",
            "personal_information": {"user_id": 2002, "first_name": CHILD},
            "chats": {
                "about": "This page lists all chats from this export.",
                "list": [telegram_chat(lines) | {"id": 4242 + i} for i, lines in enumerate(chats)],
            },
        },
        ensure_ascii=False,
        indent=1,
    )


# --- Discord -----------------------------------------------------------------------------------


def discord_json(lines: list[Line]) -> str:
    def author(name: str) -> dict:
        return {
            "id": str(abs(hash(name)) % 10**17),
            "name": name.lower().replace(" ", "_"),
            "discriminator": "0000",
            "nickname": name,
            "color": None,
            "isBot": False,
            "roles": [],
            "avatarUrl": "https://cdn.discordapp.com/embed/avatars/0.png",
        }

    def stamp(when: datetime) -> str:
        return when.replace(tzinfo=UTC).isoformat(timespec="milliseconds")

    messages = [
        {
            "id": "900",
            "type": "RecipientAdd",
            "timestamp": stamp(lines[0].when),
            "timestampEdited": None,
            "callEndedTimestamp": None,
            "isPinned": False,
            "content": "Added a recipient.",
            "author": author(ADULT),
            "attachments": [],
            "embeds": [],
            "stickers": [],
            "reactions": [],
            "mentions": [],
        }
    ]
    for number, line in enumerate(lines):
        messages.append(
            {
                "id": str(1000 + number),
                "type": "Default" if number % 3 else "Reply",
                "timestamp": stamp(line.when),
                "timestampEdited": None,
                "callEndedTimestamp": None,
                "isPinned": False,
                "content": line.text,
                "author": author(line.sender),
                "attachments": (
                    [
                        {
                            "id": "77",
                            "url": "https://cdn.example/photo.png",
                            "fileName": "photo.png",
                            "fileSizeBytes": 2048,
                        }
                    ]
                    if line.media
                    else []
                ),
                "embeds": [],
                "stickers": [],
                "reactions": [],
                "mentions": [],
            }
        )
    messages.append(
        {
            "id": "2000",
            "type": "Call",
            "timestamp": stamp(lines[-1].when),
            "timestampEdited": None,
            "callEndedTimestamp": stamp(lines[-1].when),
            "isPinned": False,
            "content": "Started a call that lasted 2 minutes.",
            "author": author(CHILD),
            "attachments": [],
            "embeds": [],
            "stickers": [],
            "reactions": [],
            "mentions": [],
        }
    )
    return json.dumps(
        {
            "guild": {"id": "0", "name": "Direct Messages", "iconUrl": ""},
            "channel": {
                "id": "123",
                "type": "DirectTextChat",
                "categoryId": None,
                "category": "Private",
                "name": ADULT,
                "topic": None,
            },
            "dateRange": {"after": None, "before": None},
            "exportedAt": "2024-03-15T08:00:00+00:00",
            "messages": messages,
            "messageCount": len(messages),
        },
        indent=2,
        ensure_ascii=False,
    )


# --- Instagram and Messenger ("Download your information") --------------------------------------


def mojibake(text: str) -> str:
    """What Meta writes: each UTF-8 byte as its own \\u00XX character."""
    return text.encode("utf-8").decode("latin-1")


def meta_thread(lines: list[Line], platform: str) -> dict:
    messages = []
    for line in lines:
        message: dict = {
            "sender_name": mojibake(line.sender),
            "timestamp_ms": int(line.when.replace(tzinfo=UTC).timestamp() * 1000),
        }
        if line.text:
            message["content"] = mojibake(line.text)
        if line.media:
            message["photos"] = [
                {
                    "uri": "your_instagram_activity/messages/inbox/sam_1/photos/1.jpg",
                    "creation_timestamp": 1710443220,
                }
            ]
        if platform == "instagram":
            message["is_geoblocked_for_viewer"] = False
        else:
            message["type"] = "Generic"
            message["is_unsent"] = False
        messages.append(message)
    # App-written entries that are not anyone's words.
    extra_time = int(lines[-1].when.replace(tzinfo=UTC).timestamp() * 1000) + 60_000
    if platform == "instagram":
        messages.append(
            {
                "sender_name": mojibake(CHILD),
                "timestamp_ms": extra_time,
                "content": "Liked a message",
                "is_geoblocked_for_viewer": False,
            }
        )
    else:
        messages.append(
            {
                "sender_name": mojibake(ADULT),
                "timestamp_ms": extra_time,
                "content": "",
                "call_duration": 0,
                "type": "Call",
                "is_unsent": False,
            }
        )
        messages.append(
            {
                "sender_name": mojibake(ADULT),
                "timestamp_ms": extra_time + 1,
                "content": mojibake("You'll never guess"),
                "type": "Generic",
                "is_unsent": True,
            }
        )
    messages.reverse()  # newest first, as the exports are
    thread: dict = {
        "participants": [{"name": mojibake(ADULT)}, {"name": mojibake(CHILD)}],
        "messages": messages,
        "title": mojibake(ADULT),
        "is_still_participant": True,
        "thread_path": "inbox/samtaylor_1234567890",
        "magic_words": [],
    }
    if platform == "messenger":
        thread["thread_type"] = "Regular"
    return thread


def meta_json(lines: list[Line], platform: str) -> str:
    # ensure_ascii=True writes every non-ASCII character as \u00XX, exactly like the exports.
    return json.dumps(meta_thread(lines, platform), indent=2, ensure_ascii=True)


def meta_zip(lines: list[Line], platform: str, split: int = 2) -> bytes:
    """A DYI zip whose thread is split over message_1.json (newest) and message_2.json."""
    root = (
        "your_instagram_activity/messages/inbox/samtaylor_1234567890"
        if platform == "instagram"
        else "your_activity_across_facebook/messages/inbox/samtaylor_1234567890"
    )
    thread = meta_thread(lines, platform)
    newest, oldest = thread["messages"][:split], thread["messages"][split:]
    files = {
        f"{root}/message_1.json": json.dumps(thread | {"messages": newest}).encode(),
        f"{root}/message_2.json": json.dumps(thread | {"messages": oldest}).encode(),
        f"{root}/photos/1.jpg": benign_jpeg_bytes(),
    }
    return zip_bytes(files)


# --- SMS Backup & Restore ----------------------------------------------------------------------


def _xml_attr(text: str) -> str:
    """An attribute as the app writes it: newlines as &#10;, emoji as surrogate pairs."""
    out = []
    for ch in text:
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(f"&#{0xD800 + (code >> 10)};&#{0xDC00 + (code & 0x3FF)};")
        elif ch == "\n":
            out.append("&#10;")
        else:
            out.append(escape(ch, {'"': "&quot;", "\r": "&#13;", "\t": "&#9;"}))
    return '"' + "".join(out) + '"'


def sms_xml(
    lines: list[Line], owner: str = CHILD, number: str = "+44 7700 900123", drafts: bool = True
) -> str:
    rows = []
    for line in lines:
        ms = int(line.when.replace(tzinfo=UTC).timestamp() * 1000)
        kind = "2" if line.sender == owner else "1"
        if line.media:
            text_part = (
                f'<part seq="0" ct="text/plain" name="null" chset="106" '
                f"text={_xml_attr(line.text)} />"
                if line.text
                else ""
            )
            rows.append(
                f'  <mms date="{ms}" ct_t="application/vnd.wap.multipart.related" '
                f'msg_box="{kind}" address="{number}" contact_name="{ADULT}" read="1">\n'
                f'    <parts>\n      <part seq="-1" ct="application/smil" name="null" '
                f'text="&lt;smil&gt;&lt;/smil&gt;" />\n      {text_part}\n'
                f'      <part seq="0" ct="image/jpeg" name="IMG_0001.jpg" data="/9j/4AAQ" />\n'
                f'    </parts>\n    <addrs>\n      <addr address="{number}" type="137" '
                f'charset="106" />\n    </addrs>\n  </mms>'
            )
            continue
        rows.append(
            f'  <sms protocol="0" address="{number}" date="{ms}" type="{kind}" '
            f'subject="null" body={_xml_attr(line.text)} toa="null" sc_toa="null" '
            f'service_center="null" read="1" status="-1" locked="0" '
            f'date_sent="{ms}" sub_id="1" readable_date="14 Mar 2024 19:05:12" '
            f'contact_name="{ADULT}" />'
        )
    if drafts:
        rows.append(
            f'  <sms protocol="0" address="{number}" date="1710443300000" type="3" '
            f'subject="null" body="unsent draft" toa="null" read="1" status="-1" '
            f'locked="0" contact_name="{ADULT}" />'
        )
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        "<!--File Created By SMS Backup & Restore v10.20.002 on 15/03/2024 08:00:00-->\n"
        '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n'
        f'<smses count="{len(rows)}" backup_set="0e1c" backup_date="1710489600000" '
        'type="full">\n' + "\n".join(rows) + "\n</smses>\n"
    )


# --- generic tables ----------------------------------------------------------------------------


def csv_text(
    lines: list[Line],
    columns: tuple[str, str, str] = ("sender", "text", "ts"),
    delimiter: str = ",",
) -> str:
    import csv

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([*columns, "media"])
    for line in lines:
        writer.writerow(
            [line.sender, line.text, line.when.isoformat(), "true" if line.media else "false"]
        )
    return buffer.getvalue()


def message_jsonl(
    lines: list[Line], keys: tuple[str, str, str] = ("from", "body", "sent_at")
) -> str:
    return "".join(
        json.dumps(
            {
                keys[0]: line.sender,
                keys[1]: line.text,
                keys[2]: int(line.when.replace(tzinfo=UTC).timestamp()),
                "media": line.media,
            }
        )
        + "\n"
        for line in lines
    )


def plain_text(lines: list[Line]) -> str:
    return "\n".join(f"{line.sender}: {line.text}" for line in lines) + "\n"


def conversation_json(lines: list[Line], conversation_id: str, child: str = CHILD) -> dict:
    """The same chat written directly in the conversation format of the spec."""
    senders = list(dict.fromkeys(line.sender for line in lines))
    return {
        "id": conversation_id,
        "participants": [{"id": s, "role": "child" if s == child else "unknown"} for s in senders],
        "messages": [
            {
                "sender": line.sender,
                "text": line.text,
                "ts": line.when.isoformat(),
                "media": line.media,
            }
            for line in lines
        ],
    }


def write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode(encoding))
    return path


def expected_texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


# --- Snapchat "My Data" --------------------------------------------------------------------------

# Snapchat and TikTok name people by username. Made up, like everything here.
USERNAMES = {ADULT: "sam.t.example", CHILD: "mia.example"}
SNAP_GROUP_ID = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"


def _utc_ms(when: datetime) -> int:
    return int(when.replace(tzinfo=UTC).timestamp() * 1000)


def snapchat_item(line: Line, owner: str = CHILD, title: str | None = None) -> dict:
    """One message of the current chat_history.json layout (times are UTC)."""
    return {
        "From": USERNAMES.get(line.sender, line.sender),
        "Media Type": "MEDIA" if line.media else "TEXT",
        "Created": line.when.strftime("%Y-%m-%d %H:%M:%S UTC"),
        "Content": line.text,
        "Conversation Title": title,
        "IsSender": line.sender == owner,
        "Created(microseconds)": _utc_ms(line.when),
        "IsSaved": False,
        "Media IDs": "b~EiQSFTM0SEdmSTFNRzBDdkhl" if line.media else "",
    }


def snapchat_notice(kind: str, sender: str, when: datetime, owner: str = CHILD) -> dict:
    return {
        "From": USERNAMES.get(sender, sender),
        "Media Type": kind,
        "Created": when.strftime("%Y-%m-%d %H:%M:%S UTC"),
        "Content": "",
        "Conversation Title": None,
        "IsSender": sender == owner,
        "Created(microseconds)": _utc_ms(when),
        "IsSaved": False,
        "Media IDs": "",
    }


def snapchat_chat_history(
    lines: list[Line], owner: str = CHILD, newest_first: bool = True, notices: bool = True
) -> str:
    """The current layout: the other person's username, a list of messages newest first,
    with app notices (an erased message, a missed call) among them."""
    other = ADULT if owner != ADULT else CHILD
    items = [snapchat_item(line, owner) for line in lines]
    if notices:
        items.insert(1, snapchat_notice("STATUSERASEDMESSAGE", other, lines[0].when))
        items.append(snapchat_notice("STATUSCALLMISSEDAUDIO", other, lines[-1].when))
    if newest_first:
        items.reverse()
    return json.dumps({USERNAMES.get(other, other): items}, indent=4, ensure_ascii=False)


def snapchat_group_history(lines: list[Line], title: str, owner: str = CHILD) -> str:
    items = [snapchat_item(line, owner, title) for line in reversed(lines)]
    return json.dumps({SNAP_GROUP_ID: items}, indent=4, ensure_ascii=False)


def snapchat_legacy_history(lines: list[Line], owner: str = CHILD) -> str:
    """The older layout: received and sent lists (newest first), "Text" instead of "Content",
    apostrophes written as HTML character references."""
    received, sent = [], []
    for line in reversed(lines):
        item = {
            "Media Type": "MEDIA" if line.media else "TEXT",
            "Created": line.when.strftime("%Y-%m-%d %H:%M:%S UTC"),
            "Text": line.text.replace("'", "&#39;"),
        }
        if line.sender == owner:
            sent.append({"To": USERNAMES[ADULT], **item})
        else:
            received.append({"From": USERNAMES.get(line.sender, line.sender), **item})
    return json.dumps(
        {"Received Saved Chat History": received, "Sent Saved Chat History": sent}, indent=2
    )


def snapchat_snap_history(lines: list[Line], owner: str = CHILD) -> str:
    """snap_history.json: the same shape as chat_history.json, but no text at all."""
    items = [
        {
            "From": USERNAMES.get(line.sender, line.sender),
            "Media Type": "IMAGE",
            "Created": line.when.strftime("%Y-%m-%d %H:%M:%S UTC"),
            "Conversation Title": None,
            "IsSender": line.sender == owner,
            "Created(microseconds)": _utc_ms(line.when),
        }
        for line in lines
    ]
    return json.dumps({USERNAMES[ADULT]: items}, indent=4)


def snapchat_zip(lines: list[Line]) -> bytes:
    """A My Data zip: the chats beside many other JSON files, HTML pages and media."""
    return zip_bytes(
        {
            "index.html": b"<html><body>My Data</body></html>",
            "json/account.json": json.dumps(
                {"Basic Information": {"Username": USERNAMES[CHILD], "Name": CHILD}}
            ).encode(),
            "json/chat_history.json": snapchat_chat_history(lines).encode(),
            "json/friends.json": json.dumps(
                {"Friends": [{"Username": USERNAMES[ADULT], "Display Name": ADULT}]}
            ).encode(),
            "json/snap_history.json": snapchat_snap_history(lines).encode(),
            "html/chat_history.html": b"<html><body>chats</body></html>",
            "chat_media/2024-03-14_b~EiQSFTM0SEdmSTFNRzBDdkhl.jpg": benign_jpeg_bytes(),
        }
    )


# --- TikTok "Download your data" -----------------------------------------------------------------


def tiktok_chat(lines: list[Line], newest_first: bool = True) -> list[dict]:
    items = [
        {
            "Date": line.when.strftime("%Y-%m-%d %H:%M:%S"),
            "From": USERNAMES.get(line.sender, line.sender),
            "Content": line.text,
        }
        for line in lines
    ]
    return items[::-1] if newest_first else items


def tiktok_user_data(
    chats: dict[str, list[dict]], layout: str = "current", with_rest: bool = True
) -> str:
    """user_data.json: the direct messages among the rest of the download (which comes
    first, as in the real file). `chats` maps the other person's username to messages."""
    history = {f"Chat History with {name}:": items for name, items in chats.items()}
    if layout == "current":
        messages = {"Direct Messages": {"Chat History": {"ChatHistory": history}}}
    else:
        messages = {"Direct Message": {"Direct Messages": {"ChatHistory": history}}}
    rest: dict = {}
    if with_rest:
        rest = {
            "Activity": {
                "Video Browsing History": {
                    "VideoList": [
                        {"Date": "2024-03-14 18:00:00", "Link": "https://www.tiktokv.com/v/1/"},
                        {"Date": "2024-03-14 18:01:00", "Link": "https://www.tiktokv.com/v/2/"},
                    ]
                },
                "Like List": {"ItemFavoriteList": []},
            },
            "Comment": {"Comments": {"CommentsList": []}},
        }
    profile = {"Profile": {"Profile Information": {"ProfileMap": {"userName": USERNAMES[CHILD]}}}}
    return json.dumps(rest | messages | profile, indent=2, ensure_ascii=False)


def tiktok_json(lines: list[Line], newest_first: bool = True) -> str:
    """One direct-message chat between the child and the adult."""
    return tiktok_user_data({USERNAMES[ADULT]: tiktok_chat(lines, newest_first)})
