"""Each export format, written by the builders with its quirks, reads back exactly."""

from __future__ import annotations

import json
from datetime import datetime

import pytest
from chat_builders import (
    ADULT,
    CHILD,
    LRM,
    NNBSP,
    START,
    Line,
    conversation_json,
    csv_text,
    discord_json,
    grooming_chat,
    message_jsonl,
    meta_json,
    meta_zip,
    quirky_chat,
    sms_xml,
    telegram_chat,
    telegram_full_export,
    telegram_result,
    whatsapp_android,
    whatsapp_android_zip,
    whatsapp_ios,
    whatsapp_ios_zip,
    write,
    zip_bytes,
)

from onguard.io import ImportResult, detect_format, load_conversations, parse_chat_text


def triples(result: ImportResult, index: int = 0) -> list[tuple[str, str, bool]]:
    return [(m.sender, m.text, m.media) for m in result.conversations[index].messages]


def expected(
    lines: list[Line], rename: dict[str, str] | None = None
) -> list[tuple[str, str, bool]]:
    rename = rename or {}
    return [(rename.get(x.sender, x.sender), x.text, x.media) for x in lines]


# --- WhatsApp -----------------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["android", "ios"])
@pytest.mark.parametrize(
    ("order", "clock"), [("DMY", 24), ("MDY", 12), ("DMY", 12), ("MDY", 24), ("YMD", 24)]
)
def test_whatsapp_styles_dates_and_clocks(tmp_path, style, order, clock):
    lines = quirky_chat()
    build = whatsapp_android if style == "android" else whatsapp_ios
    path = write(tmp_path, "WhatsApp Chat with Sam.txt", build(lines, order=order, clock=clock))
    assert detect_format(path) == "whatsapp"
    result = load_conversations(path, child=CHILD)
    assert result.format == "whatsapp"
    assert triples(result) == expected(lines)  # notices and deleted messages left out
    conv = result.conversations[0]
    assert conv.id == "WhatsApp Chat with Sam"
    stamps = [datetime.fromisoformat(m.ts) for m in conv.messages]
    wanted = [x.when if style == "ios" else x.when.replace(second=0) for x in lines]
    assert stamps == wanted  # 14 March, whichever order and clock the phone used
    roles = {p.id: p.role for p in conv.participants}
    assert roles == {ADULT: "unknown", CHILD: "child"}
    assert not result.skipped
    assert any("system notices" in w for w in result.warnings)


def test_whatsapp_android_narrow_space_before_pm(tmp_path):
    lines = grooming_chat()
    path = write(
        tmp_path, "chat.txt", whatsapp_android(lines, order="MDY", clock=12, ampm_space=NNBSP)
    )
    result = load_conversations(path)
    assert triples(result) == expected(lines)
    assert result.conversations[0].messages[0].ts == "2024-03-14T19:05:00"


def test_whatsapp_ios_marks_system_and_media(tmp_path):
    text = whatsapp_ios(quirky_chat())
    assert LRM in text  # the builder really writes the invisible marks
    result = load_conversations(write(tmp_path, "_chat.txt", text))
    media = [m for m in result.conversations[0].messages if m.media]
    assert [m.text for m in media] == ["", "look at this"]
    assert all(LRM not in m.text and LRM not in m.sender for m in result.conversations[0].messages)
    assert {p.id for p in result.conversations[0].participants} == {ADULT, CHILD}


def test_whatsapp_ambiguous_dates_prefer_time_running_forwards(tmp_path):
    # 1/2 to 2/2 and on: day-first reads forwards (1 Feb -> 2 Feb), month-first too;
    # 12/1 then 1/2 only reads forwards as day-first (12 Jan -> 1 Feb).
    text = (
        "12/01/2024, 10:00 - Sam: hi\n"
        "01/02/2024, 10:00 - Mia: hello\n"
        "02/02/2024, 10:00 - Sam: how was your week\n"
    )
    result = load_conversations(write(tmp_path, "c.txt", text))
    assert [m.ts for m in result.conversations[0].messages] == [
        "2024-01-12T10:00:00",
        "2024-02-01T10:00:00",
        "2024-02-02T10:00:00",
    ]


def test_whatsapp_text_before_first_header_is_reported_not_kept(tmp_path):
    text = "stray line\n" + whatsapp_android(grooming_chat())
    result = load_conversations(write(tmp_path, "c.txt", text))
    assert len(result.skipped) == 1
    assert result.skipped[0].line == 1
    assert "stray" not in str(result.skipped[0])  # never the line's content
    assert str(result.skipped[0]).startswith(str(tmp_path / "c.txt") + ":1:")


def test_whatsapp_edited_marker_removed(tmp_path):
    text = "14/03/2024, 19:05 - Sam: see you at 4 <This message was edited>\n"
    result = load_conversations(write(tmp_path, "c.txt", text))
    assert triples(result) == [("Sam", "see you at 4", False)]


@pytest.mark.parametrize("build", [whatsapp_ios_zip, whatsapp_android_zip])
def test_whatsapp_zip_read_directly(tmp_path, build):
    lines = quirky_chat()
    path = write(tmp_path, "WhatsApp Chat - Sam.zip", build(lines))
    assert detect_format(path) == "whatsapp"
    result = load_conversations(path)
    assert triples(result) == expected(lines)
    assert result.conversations[0].id == "WhatsApp Chat - Sam"  # from the zip's name


# --- Telegram -----------------------------------------------------------------------------------


@pytest.mark.parametrize("entities", [True, False])
def test_telegram_result_json(tmp_path, entities):
    lines = quirky_chat()
    path = write(tmp_path, "result.json", telegram_result(lines, entities=entities))
    if entities:
        assert '"type": "bold"' in path.read_text()
    assert detect_format(path) == "telegram"
    result = load_conversations(path, child=CHILD)
    assert triples(result) == expected(lines)  # the service message (a call) left out
    assert result.conversations[0].id == "result"
    assert result.conversations[0].messages[0].ts == "2024-03-14T19:05:12Z"
    assert any("service" in w for w in result.warnings)


def test_telegram_keeps_the_exporting_computers_offset(tmp_path):
    summer = [Line(ADULT, "how old are you?", datetime(2024, 6, 14, 19, 5, 12))]
    path = write(tmp_path, "result.json", telegram_result(summer, offset_hours=1))
    result = load_conversations(path)
    ts = result.conversations[0].messages[0].ts
    assert ts == "2024-06-14T19:05:12+01:00"
    assert datetime.fromisoformat(ts).utcoffset().total_seconds() == 3600


def test_telegram_shared_location_contact_and_poll_are_read_as_text(tmp_path):
    chat = telegram_chat([Line(CHILD, "here", datetime(2024, 3, 14, 19, 5, 12))])
    base = {k: v for k, v in chat["messages"][-1].items() if k not in ("text", "text_entities")}
    chat["messages"] += [
        base
        | {
            "id": 10,
            "text": "",
            "location_information": {"latitude": 51.5074, "longitude": -0.1278},
            "live_location_period_seconds": 900,
        },
        base
        | {
            "id": 11,
            "text": "",
            "contact_information": {"first_name": "Mia", "phone_number": "+44 7700 900123"},
        },
        base
        | {
            "id": 12,
            "text": "",
            "poll": {"question": "park or cinema?", "answers": [{"text": "park"}, {"text": "x"}]},
        },
        base
        | {"id": 13, "text": "caption", "location_information": {"latitude": 1, "longitude": 2}},
    ]
    path = write(tmp_path, "result.json", json.dumps(chat))
    messages = load_conversations(path).conversations[0].messages
    assert [m.text for m in messages[1:]] == [
        "location (live): https://maps.google.com/?q=51.5074,-0.1278",
        "contact: Mia +44 7700 900123",
        "poll: park or cinema?\n- park\n- x",
        "location: https://maps.google.com/?q=1,2\ncaption",
    ]
    assert all(m.media for m in messages[1:])


def test_telegram_full_account_export(tmp_path):
    path = write(tmp_path, "result.json", telegram_full_export([grooming_chat(), quirky_chat()]))
    result = load_conversations(path)
    assert [c.id for c in result.conversations] == ["result-1", "result-2"]
    assert triples(result, 0) == expected(grooming_chat())
    assert triples(result, 1) == expected(quirky_chat())


# --- Discord ------------------------------------------------------------------------------------


def test_discord_chat_exporter(tmp_path):
    lines = quirky_chat()
    path = write(tmp_path, "Direct Messages - Sam [123].json", discord_json(lines))
    assert detect_format(path) == "discord"
    result = load_conversations(path, child=CHILD)  # matched by nickname
    handles = {ADULT: "sam_taylor", CHILD: "mia"}
    assert triples(result) == expected(lines, handles)  # RecipientAdd and Call left out
    conv = result.conversations[0]
    assert conv.messages[0].ts == "2024-03-14T19:05:12.000+00:00"
    assert {p.id: p.role for p in conv.participants} == {"sam_taylor": "unknown", "mia": "child"}


# --- Instagram and Messenger ---------------------------------------------------------------------


@pytest.mark.parametrize("platform", ["instagram", "messenger"])
def test_meta_message_json(tmp_path, platform):
    lines = quirky_chat()
    raw = meta_json(lines, platform)
    assert "\\u00f0\\u009f\\u0098\\u008a" in raw  # the emoji really is written as mojibake
    path = write(tmp_path, "message_1.json", raw)
    assert detect_format(path) == platform
    result = load_conversations(path, child=CHILD)
    assert result.format == platform
    # oldest first, mojibake repaired, photos as media, likes/calls/unsent left out
    assert triples(result) == expected(lines)
    assert result.conversations[0].messages[0].ts == "2024-03-14T19:05:12Z"
    assert {p.id: p.role for p in result.conversations[0].participants} == {
        ADULT: "unknown",
        CHILD: "child",
    }


@pytest.mark.parametrize("platform", ["instagram", "messenger"])
def test_meta_zip_thread_split_over_files(tmp_path, platform):
    lines = grooming_chat()
    path = write(tmp_path, f"{platform}-mia-2024-03-15.zip", meta_zip(lines, platform))
    assert detect_format(path) == platform
    result = load_conversations(path)
    assert result.format == platform
    assert triples(result) == expected(lines)
    assert result.conversations[0].id == f"{platform}-mia-2024-03-15"


def test_meta_zip_with_several_threads(tmp_path):
    root = "your_instagram_activity/messages/inbox"
    files = {
        f"{root}/a_1/message_1.json": meta_json(grooming_chat(), "instagram").encode(),
        f"{root}/b_2/message_1.json": meta_json(quirky_chat(), "instagram").encode(),
    }
    result = load_conversations(write(tmp_path, "ig.zip", zip_bytes(files)))
    assert [c.id for c in result.conversations] == ["ig-1", "ig-2"]
    assert triples(result, 1) == expected(quirky_chat())


def test_messenger_e2ee_export(tmp_path):
    doc = {
        "participants": [ADULT, CHILD],
        "threadName": ADULT,
        "messages": [
            {
                "isUnsent": False,
                "media": [],
                "reactions": [],
                "senderName": ADULT,
                "text": "add me on another app 😊",
                "timestamp": 1710443112000,
                "type": "text",
            },
            {
                "isUnsent": False,
                "media": [{"uri": "./media/1.jpg"}],
                "reactions": [],
                "senderName": CHILD,
                "text": "",
                "timestamp": 1710443172000,
                "type": "media",
            },
        ],
    }
    path = write(tmp_path, "sam_10.json", json.dumps(doc, ensure_ascii=False))
    assert detect_format(path) == "messenger"
    result = load_conversations(path)
    assert triples(result) == [(ADULT, "add me on another app 😊", False), (CHILD, "", True)]


# --- SMS Backup & Restore -----------------------------------------------------------------------


def test_sms_backup_xml(tmp_path):
    lines = quirky_chat()
    raw = sms_xml(lines)
    assert "&#55357;&#56842;" in raw  # emoji written as a surrogate pair, as the app does
    path = write(tmp_path, "sms-20240315080000.xml", raw)
    assert detect_format(path) == "sms_xml"
    result = load_conversations(path, child="me")
    assert triples(result) == expected(lines, {CHILD: "me"})  # the draft left out
    conv = result.conversations[0]
    assert conv.id == "sms-20240315080000"
    assert conv.messages[0].ts == "2024-03-14T19:05:12Z"
    assert {p.id: p.role for p in conv.participants} == {ADULT: "unknown", "me": "child"}
    assert any("drafts" in w for w in result.warnings)


def test_sms_backup_one_conversation_per_contact(tmp_path):
    first = sms_xml(grooming_chat(), number="+44 7700 900123", drafts=False)
    second = sms_xml(quirky_chat(), number="07700 900456", drafts=False)
    body = first.split('type="full">\n')[1].split("</smses>")[0]
    merged = second.replace('type="full">\n', 'type="full">\n' + body)
    result = load_conversations(write(tmp_path, "sms.xml", merged))
    assert [c.id for c in result.conversations] == ["sms-1", "sms-2"]
    assert len(result.conversations[0].messages) == len(grooming_chat())


# --- CSV and JSON Lines -------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_with_usual_headers(tmp_path, delimiter):
    lines = quirky_chat()
    path = write(tmp_path, "export.csv", csv_text(lines, delimiter=delimiter))
    assert detect_format(path) == "csv"
    result = load_conversations(path)
    assert triples(result) == expected(lines)
    assert result.conversations[0].messages[1].ts == "2024-03-14T19:06:12"


def test_csv_with_a_column_mapping(tmp_path):
    lines = grooming_chat()
    path = write(tmp_path, "log.csv", csv_text(lines, columns=("Who", "Said", "When")))
    mapping = {"sender": "Who", "text": "Said", "ts": "When"}
    result = load_conversations(path, fmt="csv", mapping=mapping, child=CHILD)
    assert triples(result) == expected(lines)


def test_csv_conversation_column_splits_conversations(tmp_path):
    text = (
        "thread,from,message\nt-1,Sam,how old are you?\nt-2,Ali,see you at practice\nt-1,Mia,13\n"
    )
    result = load_conversations(write(tmp_path, "log.csv", text))
    assert [c.id for c in result.conversations] == ["t-1", "t-2"]
    assert triples(result) == [("Sam", "how old are you?", False), ("Mia", "13", False)]


def test_message_jsonl_with_epoch_times(tmp_path):
    lines = quirky_chat()
    path = write(tmp_path, "messages.jsonl", message_jsonl(lines))
    assert detect_format(path) == "jsonl_messages"
    result = load_conversations(path)
    assert triples(result) == expected(lines)
    assert result.conversations[0].messages[0].ts == "2024-03-14T19:05:12Z"


def test_conversation_jsonl_passes_through(tmp_path):
    conv = {
        "id": "c1",
        "participants": [{"id": "u1", "role": "child"}],
        "messages": [{"sender": "u2", "text": "hey", "ts": "2026-01-02T10:00:00Z"}],
    }
    path = write(tmp_path, "convs.jsonl", json.dumps(conv) + "\nnot json\n" + json.dumps(conv))
    assert detect_format(path) == "jsonl"
    result = load_conversations(path)
    assert [c.id for c in result.conversations] == ["c1", "c1"]
    assert [e.line for e in result.skipped] == [2]


# --- pasted text --------------------------------------------------------------------------------


def test_pasted_name_colon_lines_with_continuations():
    text = "Sam: how old are you?\nMia: 13\nwhy do you ask\nSam: don't tell your mum\n"
    result = parse_chat_text(text, child="mia")
    assert result.format == "plain"
    assert triples(result) == [
        ("Sam", "how old are you?", False),
        ("Mia", "13\nwhy do you ask", False),
        ("Sam", "don't tell your mum", False),
    ]
    assert result.conversations[0].id == "pasted"
    assert {p.id: p.role for p in result.conversations[0].participants} == {
        "Sam": "unknown",
        "Mia": "child",
    }


def test_pasted_whatsapp_lines():
    result = parse_chat_text(whatsapp_ios(grooming_chat()), child=CHILD)
    assert result.format == "whatsapp"
    assert triples(result) == expected(grooming_chat())


def test_pasted_text_without_names_is_kept():
    result = parse_chat_text("how old are you\nsend me a pic, delete it after\n")
    assert [m.text for m in result.conversations[0].messages] == [
        "how old are you",
        "send me a pic, delete it after",
    ]
    assert result.warnings


def test_child_not_found_warns_without_the_name(tmp_path):
    path = write(tmp_path, "c.txt", whatsapp_android(grooming_chat()))
    result = load_conversations(path, child="Zebedee")
    assert all(p.role == "unknown" for p in result.conversations[0].participants)
    assert any("--child" in w and "Zebedee" not in w for w in result.warnings)


def test_start_constant_is_unambiguous():
    assert START.day > 12  # the date-order tests rely on it


def test_meta_thread_over_many_files_keeps_order_for_equal_times(tmp_path):
    # Eleven files, one message each, all stamped the same millisecond: only the file
    # numbers (message_11.json is the oldest) give the order; 10 and 11 sort before 2 as text.
    root = "messages/inbox/samtaylor_1"
    same = datetime(2024, 3, 14, 19, 5, 12)
    files = {}
    for number in range(1, 12):
        line = Line(ADULT, f"message {12 - number}", same)
        thread = json.loads(meta_json([line], "messenger"))
        thread["messages"] = [
            m for m in thread["messages"] if m.get("type") != "Call" and not m.get("is_unsent")
        ]
        files[f"{root}/message_{number}.json"] = json.dumps(thread).encode()
    result = load_conversations(write(tmp_path, "facebook-mia.zip", zip_bytes(files)))
    assert [m.text for m in result.conversations[0].messages] == [
        f"message {n}" for n in range(1, 12)
    ]


def test_skipped_json_item_names_its_line(tmp_path):
    doc = json.loads(telegram_result(grooming_chat()))
    doc["messages"].insert(3, 42)
    text = json.dumps(doc, indent=1)
    result = load_conversations(write(tmp_path, "result.json", text))
    assert len(result.skipped) == 1
    lines = text.splitlines()
    assert lines[result.skipped[0].line - 1].strip() == "42,"


@pytest.mark.parametrize("as_list", [False, True])
def test_pretty_printed_conversation_json(tmp_path, as_list):
    conv = conversation_json(grooming_chat(), "c7")
    text = json.dumps([conv, conv] if as_list else conv, indent=2)
    path = write(tmp_path, "case.json", text)
    assert detect_format(path) == "jsonl"
    result = load_conversations(path)
    assert [c.id for c in result.conversations] == (["c7", "c7"] if as_list else ["c7"])
    assert triples(result) == expected(grooming_chat())


def test_whatsapp_ios_shared_location_is_kept(tmp_path):
    text = (
        f"[14/03/2024, 19:05:12] {ADULT}: where are you now?\n"
        f"{LRM}[14/03/2024, 19:06:12] {CHILD}: {LRM}Location: https://maps.google.com/?q=51.5,-0.1\n"
        f"{LRM}[14/03/2024, 19:07:12] {ADULT}: {LRM}{ADULT} changed their phone number\n"
    )
    result = load_conversations(write(tmp_path, "_chat.txt", text))
    assert triples(result) == [
        (ADULT, "where are you now?", False),
        (CHILD, "Location: https://maps.google.com/?q=51.5,-0.1", False),
    ]


def test_csv_with_separate_date_and_time_columns(tmp_path):
    text = (
        "Date,Time,From,Message\n14/03/2024,19:05,Sam,how old are you?\n3/14/2024,7:06 PM,Mia,13\n"
    )
    result = load_conversations(write(tmp_path, "sheet.csv", text))
    assert [m.ts for m in result.conversations[0].messages] == [
        "2024-03-14T19:05:00",
        "2024-03-14T19:06:00",
    ]


def test_unpacked_export_folders(tmp_path):
    telegram = tmp_path / "ChatExport_2024-03-15"
    (telegram / "photos").mkdir(parents=True)
    write(telegram, "result.json", telegram_result(grooming_chat()))
    write(telegram / "photos", "photo_1.jpg", b"\xff\xd8\xff\xe0 not a real photo")
    (telegram / "css").mkdir()
    write(telegram / "css", "style.css", "body {}")
    assert detect_format(telegram) == "telegram"
    result = load_conversations(telegram, child=CHILD)
    assert triples(result) == expected(grooming_chat())
    assert result.conversations[0].id == "ChatExport_2024-03-15"


def test_sms_group_mms_sender_from_the_addr_list(tmp_path):
    text = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
        '<smses count="1">\n'
        '  <mms date="1710443112000" msg_box="1" address="+447700900111~+447700900222" '
        'contact_name="Sam Taylor, Ali" read="1">\n'
        '    <parts><part seq="0" ct="text/plain" text="who is coming to practice?" /></parts>\n'
        '    <addrs><addr address="+447700900222" type="137" charset="106" />\n'
        '      <addr address="+447700900111" type="151" charset="106" /></addrs>\n'
        "  </mms>\n</smses>\n"
    )
    result = load_conversations(write(tmp_path, "sms.xml", text))
    assert triples(result) == [("Ali", "who is coming to practice?", False)]


def test_zip_ids_ignore_files_that_are_not_chats(tmp_path):
    files = {
        "README.txt": b"Exported with a phone. Nothing to see here.\n",
        "WhatsApp Chat with Sam.txt": whatsapp_android(grooming_chat()).encode(),
        "settings.json": b'{"theme": "dark"}',
    }
    result = load_conversations(write(tmp_path, "export.zip", zip_bytes(files)))
    assert [c.id for c in result.conversations] == ["export"]
    assert any("2 text files" in w for w in result.warnings)
