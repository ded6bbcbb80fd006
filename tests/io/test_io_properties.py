"""Property tests: no input crashes a reader; the only exception is ImportFormatError."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import timedelta
from pathlib import Path

from chat_builders import (
    ADULT,
    CHILD,
    START,
    USERNAMES,
    Line,
    csv_text,
    discord_json,
    grooming_chat,
    message_jsonl,
    meta_json,
    quirky_chat,
    sms_xml,
    snapchat_chat_history,
    snapchat_legacy_history,
    telegram_result,
    tiktok_json,
    whatsapp_android,
    whatsapp_android_zip,
    whatsapp_ios,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from onguard.io import (
    FORMATS,
    ImportFormatError,
    ImportResult,
    detect_format,
    load_conversations,
    parse_chat_text,
)
from onguard.io.chat_text import _DELETED, _MEDIA, match_whatsapp_header
from onguard.spec import Conversation

FAST = settings(
    max_examples=int(os.environ.get("IO_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
FORMAT_CHOICES = st.sampled_from(("auto", *FORMATS))

json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
)
json_value = st.recursive(
    json_leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
MESSAGE_KEYS = [
    "type",
    "date",
    "date_unixtime",
    "from",
    "text",
    "photo",
    "author",
    "content",
    "timestamp",
    "attachments",
    "sender_name",
    "timestamp_ms",
    "photos",
    "share",
    "is_unsent",
    "senderName",
    "media",
    "sender",
    "ts",
    "id",
    "nickname",
]
message_like = st.dictionaries(st.sampled_from(MESSAGE_KEYS), json_value, max_size=8)
document_like = st.fixed_dictionaries(
    {"messages": st.lists(st.one_of(message_like, json_value), max_size=6)},
    optional={
        "participants": json_value,
        "guild": json_value,
        "channel": json_value,
        "name": json_value,
        "type": json_value,
        "id": json_value,
        "chats": st.fixed_dictionaries({"list": st.lists(json_value, max_size=3)}),
        "thread_type": json_value,
        "title": json_value,
    },
)


SNAPCHAT_KEYS = [
    "From",
    "To",
    "Media Type",
    "Created",
    "Content",
    "Text",
    "Conversation Title",
    "IsSender",
    "Created(microseconds)",
    "IsSaved",
    "Media IDs",
]
snapchat_item = st.dictionaries(
    st.sampled_from(SNAPCHAT_KEYS),
    st.one_of(json_value, st.sampled_from(["TEXT", "MEDIA", "LOCATION", "STATUSCALL"])),
    max_size=9,
)
snapchat_like = st.dictionaries(
    st.one_of(
        st.text(max_size=10), st.sampled_from(["Received Saved Chat History", "Sent Chat History"])
    ),
    st.lists(st.one_of(snapchat_item, json_value), max_size=5),
    max_size=3,
)
tiktok_item = st.dictionaries(st.sampled_from(["Date", "From", "Content"]), json_value, max_size=3)
tiktok_like = st.fixed_dictionaries(
    {
        "Direct Messages": st.fixed_dictionaries(
            {
                "Chat History": st.fixed_dictionaries(
                    {
                        "ChatHistory": st.dictionaries(
                            st.builds(lambda n: f"Chat History with {n}:", st.text(max_size=8)),
                            st.one_of(
                                st.lists(st.one_of(tiktok_item, json_value), max_size=4), json_value
                            ),
                            max_size=3,
                        )
                    }
                )
            }
        )
    },
    optional={"Profile": json_value, "Activity": json_value},
)


def _check(result: ImportResult) -> None:
    assert isinstance(result, ImportResult)
    for conv in result.conversations:
        Conversation.model_validate(conv.model_dump())  # still a valid contract object
    for item in result.skipped:
        assert str(item).count(":") >= 2  # file:line: why


def _load(data: bytes, name: str, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            _check(load_conversations(path, fmt=fmt, child="Mia"))
        except ImportFormatError as exc:
            assert path.name in str(exc)
        try:
            assert detect_format(path) in FORMATS
        except ImportFormatError as exc:
            assert path.name in str(exc)


@FAST
@given(text=st.text(max_size=400), fmt=FORMAT_CHOICES)
def test_pasted_text_never_crashes(text, fmt):
    with contextlib.suppress(ImportFormatError):
        _check(parse_chat_text(text, child="Mia", fmt=fmt))


@FAST
@given(
    data=st.binary(max_size=600),
    fmt=FORMAT_CHOICES,
    name=st.sampled_from(["chat.txt", "result.json", "c.zip", "sms.xml", "x.csv"]),
)
def test_any_bytes_never_crash(data, fmt, name):
    _load(data, name, fmt)


@FAST
@given(
    doc=document_like,
    fmt=st.sampled_from(("auto", "telegram", "discord", "instagram", "messenger", "jsonl")),
)
def test_export_shaped_json_never_crashes(doc, fmt):
    _load(json.dumps(doc).encode(), "result.json", fmt)


@FAST
@given(
    doc=st.one_of(snapchat_like, tiktok_like),
    fmt=st.sampled_from(("auto", "snapchat", "tiktok")),
)
def test_snapchat_and_tiktok_shaped_json_never_crashes(doc, fmt):
    _load(json.dumps(doc).encode(), "chat_history.json", fmt)
    _load(json.dumps(doc, indent=2).encode()[:-3], "user_data.json", fmt)  # cut short


def _valid_exports() -> list[tuple[str, bytes]]:
    lines = quirky_chat()
    return [
        ("a.txt", whatsapp_android(lines).encode()),
        ("b.txt", whatsapp_ios(lines).encode()),
        ("result.json", telegram_result(lines).encode()),
        ("d.json", discord_json(lines).encode()),
        ("message_1.json", meta_json(lines, "instagram").encode()),
        ("sms.xml", sms_xml(lines).encode()),
        ("chat_history.json", snapchat_chat_history(lines, newest_first=False).encode()),
        ("legacy.json", snapchat_legacy_history(lines).encode()),
        ("user_data.json", tiktok_json(lines, newest_first=False).encode()),
        ("w.zip", whatsapp_android_zip(grooming_chat())),
    ]


@FAST
@given(
    choice=st.integers(0, 9), cut=st.floats(0, 1), junk=st.binary(max_size=20), at=st.floats(0, 1)
)
def test_damaged_real_exports_never_crash(choice, cut, junk, at):
    name, data = _valid_exports()[choice]
    data = data[: int(len(data) * cut)]  # cut short ...
    pos = int(len(data) * at)
    data = data[:pos] + junk + data[pos:]  # ... and with stray bytes inside
    _load(data, name, "auto")


@FAST
@given(choice=st.sampled_from([0, 1, 2, 3, 4, 5, 6, 8]), cut=st.floats(0.3, 1))
def test_truncation_keeps_a_prefix_of_the_messages(choice, cut):
    name, data = _valid_exports()[choice]
    with tempfile.TemporaryDirectory() as folder:
        whole = Path(folder) / name
        whole.write_bytes(data)
        full = [m.text for m in load_conversations(whole).conversations[0].messages]
        part = Path(folder) / ("cut-" + name)
        part.write_bytes(data[: int(len(data) * cut)])
        try:
            result = load_conversations(part)
        except ImportFormatError:
            return
        if name == "message_1.json" or not result.conversations:
            return  # newest-first files lose the oldest messages instead; checked elsewhere
        got = [m.text for m in result.conversations[0].messages]
        # every complete message read is the same as in the whole file, in order
        assert got[: max(len(got) - 1, 0)] == full[: max(len(got) - 1, 0)]


whatsapp_line = st.builds(
    lambda d, m, y, h, mi, s, ampm, style, sender, text: (
        f"[{d}/{m}/{y}, {h}:{mi:02d}:{s:02d}{ampm}] {sender}: {text}"
        if style
        else f"{d}.{m}.{y}, {h}:{mi:02d}{ampm} - {sender}: {text}"
    ),
    st.integers(0, 99),
    st.integers(0, 99),
    st.integers(0, 9999),
    st.integers(0, 99),
    st.integers(0, 99),
    st.integers(0, 99),
    st.sampled_from(["", " AM", " pm", "\u202fPM", " p.m."]),
    st.booleans(),
    st.text(max_size=12),
    st.text(max_size=30),
)


@FAST
@given(lines=st.lists(st.one_of(whatsapp_line, st.text(max_size=30)), min_size=1, max_size=12))
def test_whatsapp_like_lines_never_crash(lines):
    text = "\n".join(lines)
    for fmt in ("auto", "whatsapp"):
        with contextlib.suppress(ImportFormatError):
            _check(parse_chat_text(text, child="Mia", fmt=fmt))


# Any text a person can type survives every structured format exactly (XML cannot hold
# control characters, so the SMS case leaves them out).
typed_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
)
xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t\r"),
    min_size=1,
    max_size=40,
).filter(lambda t: t != "null")
STRUCTURED = {
    "result.json": (telegram_result, typed_text, {}),
    "discord.json": (discord_json, typed_text, {ADULT: "sam_taylor", CHILD: "mia"}),
    "message_1.json": (lambda lines: meta_json(lines, "instagram"), typed_text, {}),
    "messenger.json": (lambda lines: meta_json(lines, "messenger"), typed_text, {}),
    "log.csv": (csv_text, typed_text, {}),
    "log.jsonl": (message_jsonl, typed_text, {}),
    "sms.xml": (sms_xml, xml_text, {CHILD: "me"}),
    "chat_history.json": (snapchat_chat_history, typed_text, USERNAMES),
    "user_data.json": (tiktok_json, typed_text, USERNAMES),
}


@FAST
@given(data=st.data(), name=st.sampled_from(sorted(STRUCTURED)))
def test_any_typed_text_survives_structured_formats(data, name):
    build, texts, rename = STRUCTURED[name]
    items = data.draw(
        st.lists(st.tuples(st.sampled_from([ADULT, CHILD]), texts), min_size=1, max_size=5)
    )
    lines = [Line(s, t, START + timedelta(minutes=i)) for i, (s, t) in enumerate(items)]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        content = build(lines)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        result = load_conversations(path)
    got = [(m.sender, m.text) for m in result.conversations[0].messages]
    assert got == [(rename.get(x.sender, x.sender), x.text) for x in lines]
    assert not result.skipped


def _plain_whatsapp_text(text: str) -> bool:
    """Text WhatsApp itself would write ambiguously is left out: a line that looks like a
    header, a media placeholder or a deletion notice, or the edited marker."""
    first = text.split("\n", 1)[0].strip()
    return not (
        any(match_whatsapp_header(line) for line in text.split("\n"))
        or _MEDIA.match(first)
        or _DELETED.match(text.strip())
        or text.endswith("<This message was edited>")
    )


whatsapp_text = st.text(
    alphabet=st.characters(
        whitelist_categories=("L", "N", "P", "S", "Zs"), whitelist_characters="\n"
    ),
    min_size=1,
    max_size=40,
).filter(_plain_whatsapp_text)


@FAST
@given(
    items=st.lists(
        st.tuples(st.sampled_from([ADULT, CHILD]), whatsapp_text), min_size=1, max_size=5
    ),
    style=st.sampled_from(["android", "ios"]),
    order_clock=st.sampled_from([("DMY", 24), ("MDY", 12)]),
)
def test_any_typed_text_survives_whatsapp(items, style, order_clock):
    lines = [Line(s, t, START + timedelta(minutes=i)) for i, (s, t) in enumerate(items)]
    build = whatsapp_android if style == "android" else whatsapp_ios
    result = parse_chat_text(build(lines, *order_clock))
    assert result.format == "whatsapp"
    assert [(m.sender, m.text) for m in result.conversations[0].messages] == [
        (x.sender, x.text) for x in lines
    ]
