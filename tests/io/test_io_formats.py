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
    SNAP_GROUP_ID,
    START,
    USERNAMES,
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
    snapchat_chat_history,
    snapchat_group_history,
    snapchat_item,
    snapchat_legacy_history,
    snapchat_snap_history,
    snapchat_zip,
    telegram_chat,
    telegram_full_export,
    telegram_result,
    tiktok_chat,
    tiktok_json,
    tiktok_user_data,
    whatsapp_android,
    whatsapp_android_zip,
    whatsapp_ios,
    whatsapp_ios_zip,
    write,
    zip_bytes,
)

from onguard.io import (
    ImportFormatError,
    ImportResult,
    detect_format,
    load_conversations,
    parse_chat_text,
)


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


# --- Snapchat ------------------------------------------------------------------------------------


def test_snapchat_chat_history(tmp_path):
    lines = quirky_chat()
    path = write(tmp_path, "chat_history.json", snapchat_chat_history(lines))
    assert detect_format(path) == "snapchat"
    result = load_conversations(path, child=USERNAMES[CHILD])
    assert result.format == "snapchat"
    # newest first in the file, oldest first here; the erased message and the call left out
    assert triples(result) == expected(lines, USERNAMES)
    conv = result.conversations[0]
    assert conv.id == "chat_history"
    assert conv.messages[0].ts == "2024-03-14T19:05:12Z"  # the export says UTC
    assert {p.id: p.role for p in conv.participants} == {
        USERNAMES[ADULT]: "unknown",
        USERNAMES[CHILD]: "child",
    }
    notes = " ".join(result.warnings)
    assert "2 Snapchat notices" in notes and "2 snaps, photos" in notes
    assert not result.skipped


def test_snapchat_forced_format(tmp_path):
    path = write(tmp_path, "export.txt", snapchat_chat_history(grooming_chat()))
    result = load_conversations(path, fmt="snapchat")
    assert triples(result) == expected(grooming_chat(), USERNAMES)
    with pytest.raises(ImportFormatError, match="not a Snapchat"):
        load_conversations(
            write(tmp_path, "result.json", telegram_result(grooming_chat())), "snapchat"
        )


def test_snapchat_owner_messages_and_the_silent_other_person(tmp_path):
    # Only the child wrote: the other person (the key) is still a participant.
    lines = [line for line in grooming_chat() if line.sender == CHILD]
    path = write(tmp_path, "chat_history.json", snapchat_chat_history(lines, notices=False))
    conv = load_conversations(path, child=USERNAMES[CHILD]).conversations[0]
    assert {m.sender for m in conv.messages} == {USERNAMES[CHILD]}
    assert [p.id for p in conv.participants] == [USERNAMES[CHILD], USERNAMES[ADULT]]


def test_snapchat_group_chat_uses_the_title_not_the_id(tmp_path):
    lines = grooming_chat()
    path = write(tmp_path, "chat_history.json", snapchat_group_history(lines, "Year 8 maths"))
    result = load_conversations(path)
    assert triples(result) == expected(lines, USERNAMES)
    ids = [p.id for p in result.conversations[0].participants]
    assert SNAP_GROUP_ID not in ids and "Year 8 maths" not in ids
    # a group keyed by its id is a group even where the export leaves the title out
    doc = json.loads(path.read_text(encoding="utf-8"))
    for item in doc[SNAP_GROUP_ID]:
        item["Conversation Title"] = None
    result = load_conversations(write(tmp_path, "untitled.json", json.dumps(doc)))
    assert SNAP_GROUP_ID not in [p.id for p in result.conversations[0].participants]


def test_snapchat_several_conversations_in_file_order(tmp_path):
    first = json.loads(snapchat_chat_history(grooming_chat()))
    second = json.loads(snapchat_group_history(quirky_chat(), "Year 8 maths"))
    path = write(tmp_path, "chat_history.json", json.dumps(first | second))
    result = load_conversations(path)
    assert [c.id for c in result.conversations] == ["chat_history-1", "chat_history-2"]
    assert triples(result, 1) == expected(quirky_chat(), USERNAMES)


def test_snapchat_older_layout(tmp_path):
    lines = grooming_chat()
    raw = snapchat_legacy_history(lines)
    assert "&#39;" in raw
    path = write(tmp_path, "chat_history.json", raw)
    assert detect_format(path) == "snapchat"
    result = load_conversations(path, child="me")
    # The sent list names no sender: the phone owner is "me", as for SMS.
    assert triples(result) == expected(lines, {ADULT: USERNAMES[ADULT], CHILD: "me"})
    conv = result.conversations[0]
    assert conv.messages[0].ts == "2024-03-14T19:05:12Z"
    assert conv.child_ids() == {"me"}


def test_snapchat_older_layout_one_conversation_per_person(tmp_path):
    doc = json.loads(snapchat_legacy_history(grooming_chat()))
    doc["Received Saved Chat History"].append(
        {
            "From": "jay.example",
            "Media Type": "TEXT",
            "Created": "2024-03-14 18:00:00 UTC",
            "Text": "are you coming to practice",
        }
    )
    doc["Sent Unsaved Chat History"] = [
        {
            "To": "jay.example",
            "Media Type": "TEXT",
            "Created": "2024-03-14 18:01:00 UTC",
            "Text": "yes",
        }
    ]
    result = load_conversations(write(tmp_path, "chat_history.json", json.dumps(doc)))
    # in order of each person's first message: Jay wrote before Sam
    assert [c.id for c in result.conversations] == ["chat_history-1", "chat_history-2"]
    assert triples(result, 0) == [
        ("jay.example", "are you coming to practice", False),
        ("me", "yes", False),
    ]
    assert len(result.conversations[1].messages) == len(grooming_chat())


def test_snapchat_media_types_locations_and_notices(tmp_path):
    when = START
    base = snapchat_item(Line(CHILD, "", when))

    def item(kind: str, content: str | None, sender: str = CHILD) -> dict:
        nonlocal when
        when = when.replace(second=when.second + 1)
        return base | {
            "Media Type": kind,
            "Content": content,
            "From": USERNAMES[sender],
            "IsSender": sender == CHILD,
            "Created": when.strftime("%Y-%m-%d %H:%M:%S UTC"),
            "Created(microseconds)": int(when.timestamp() * 1000),
        }

    items = [
        item("TEXT", "where do you live?", ADULT),
        item("LOCATION", "51.5074, -0.1278"),
        item("LOCATION", "the park by the library"),
        item("LOCATION", ""),
        item("NOTE", ""),
        item("STICKER", None),
        item("SHARE", "https://www.snapchat.com/add/someone"),
        item("MEDIA", "send me a pic, delete it after", ADULT),
        item("STATUSCONVERSATIONCAPTURESCREENSHOT", "", ADULT),
        item("STATUSSAVETOCAMERAROLL", None, ADULT),
        item("NONPARTICIPANTBOTRESPONSE", "Here is a fun fact!"),
        item("TEXT", ""),
    ]
    path = write(tmp_path, "chat_history.json", json.dumps({USERNAMES[ADULT]: items[::-1]}))
    result = load_conversations(path)
    assert triples(result) == [
        (USERNAMES[ADULT], "where do you live?", False),
        (USERNAMES[CHILD], "location: https://maps.google.com/?q=51.5074,-0.1278", True),
        (USERNAMES[CHILD], "location: the park by the library", True),
        (USERNAMES[CHILD], "", True),
        (USERNAMES[CHILD], "", True),
        (USERNAMES[CHILD], "", True),
        (USERNAMES[CHILD], "https://www.snapchat.com/add/someone", True),
        (USERNAMES[ADULT], "send me a pic, delete it after", True),
    ]
    notes = " ".join(result.warnings)
    assert "3 Snapchat notices" in notes  # screenshot, camera roll, bot reply
    assert "1 text messages with no text" in notes
    assert "4 snaps, photos" in notes
    assert "2 shared locations written out as text" in notes
    assert "1 shared locations kept as media" in notes
    for note in result.warnings:  # counts, never content
        assert "library" not in note and "51.5" not in note


def test_snapchat_times_from_the_epoch_field_and_equal_times(tmp_path):
    a = snapchat_item(Line(ADULT, "how old are you?", START))
    b = snapchat_item(Line(CHILD, "13", START))  # the same second: file order decides
    c = snapchat_item(Line(ADULT, "don't tell your mum", START)) | {"Created": "not a date"}
    c["Created(microseconds)"] += 60_000  # milliseconds, whatever the key says
    d = snapchat_item(Line(CHILD, "ok", START)) | {"Created": None}
    d["Created(microseconds)"] = (c["Created(microseconds)"] + 1000) * 1000  # real microseconds
    e = snapchat_item(Line(ADULT, "bye", START))
    del e["Created"], e["Created(microseconds)"]
    # newest first: e has no time at all and stays where it was written (after d)
    path = write(tmp_path, "chat_history.json", json.dumps({USERNAMES[ADULT]: [e, d, c, b, a]}))
    result = load_conversations(path)
    conv = result.conversations[0]
    assert [m.text for m in conv.messages] == [
        "how old are you?",
        "13",
        "don't tell your mum",
        "ok",
        "bye",
    ]
    assert [m.ts for m in conv.messages] == [
        "2024-03-14T19:05:12Z",
        "2024-03-14T19:05:12Z",
        "2024-03-14T19:06:12Z",
        "2024-03-14T19:06:13Z",
        None,
    ]
    assert any("1 messages have no readable date" in w for w in result.warnings)


def test_snapchat_my_data_zip(tmp_path):
    path = write(tmp_path, "mydata~1710489600000.zip", snapchat_zip(grooming_chat()))
    assert detect_format(path) == "snapchat"
    result = load_conversations(path, child=USERNAMES[CHILD])
    assert result.format == "snapchat"
    assert [c.id for c in result.conversations] == ["mydata~1710489600000"]
    assert triples(result) == expected(grooming_chat(), USERNAMES)
    # account, friends and snap history are not chats
    assert any("3 text files in the archive are not chat" in w for w in result.warnings)


def test_snapchat_unpacked_my_data_folder(tmp_path):
    folder = tmp_path / "mydata~1710489600000"
    (folder / "json").mkdir(parents=True)
    write(folder / "json", "chat_history.json", snapchat_chat_history(grooming_chat()))
    write(folder / "json", "snap_history.json", snapchat_snap_history(grooming_chat()))
    write(folder, "index.html", "<html></html>")
    assert detect_format(folder) == "snapchat"
    result = load_conversations(folder)
    assert triples(result) == expected(grooming_chat(), USERNAMES)
    assert result.conversations[0].id == "mydata~1710489600000"


def test_snapchat_snap_history_is_not_a_chat(tmp_path):
    path = write(tmp_path, "snap_history.json", snapchat_snap_history(grooming_chat()))
    with pytest.raises(ImportFormatError, match="no known chat format"):
        load_conversations(path)


# --- TikTok --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "layout"), [("user_data.json", "current"), ("user_data_tiktok.json", "older")]
)
def test_tiktok_direct_messages(tmp_path, name, layout):
    lines = grooming_chat()
    raw = tiktok_user_data({USERNAMES[ADULT]: tiktok_chat(lines)}, layout=layout)
    path = write(tmp_path, name, raw)
    assert detect_format(path) == "tiktok"
    result = load_conversations(path, child=USERNAMES[CHILD])
    assert result.format == "tiktok"
    assert triples(result) == expected(lines, USERNAMES)  # oldest first
    conv = result.conversations[0]
    assert conv.id == name.removesuffix(".json")
    assert conv.messages[0].ts == "2024-03-14T19:05:12"  # no timezone in the export
    assert conv.child_ids() == {USERNAMES[CHILD]}
    assert any("no timezone" in w for w in result.warnings)
    assert not result.skipped


def test_tiktok_several_chats_and_nothing_else(tmp_path):
    chats = {
        USERNAMES[ADULT]: tiktok_chat(grooming_chat()),
        "jay.example": [],
        "quiet.example": tiktok_chat([Line(CHILD, "hi", START)]),
    }
    result = load_conversations(write(tmp_path, "user_data.json", tiktok_user_data(chats)))
    # only the direct messages: the browsing history and the profile are not conversations
    assert [c.id for c in result.conversations] == ["user_data-1", "user_data-2", "user_data-3"]
    assert result.message_count == len(grooming_chat()) + 1
    # the other person of each chat is a participant, even one who never wrote
    assert [p.id for p in result.conversations[2].participants] == [
        USERNAMES[CHILD],
        "quiet.example",
    ]
    assert [p.id for p in result.conversations[1].participants] == ["jay.example"]


def test_tiktok_download_without_direct_messages(tmp_path):
    path = write(tmp_path, "user_data.json", tiktok_user_data({}))
    result = load_conversations(path)
    assert result.conversations == []
    assert any("no direct messages" in w for w in result.warnings)


def test_tiktok_zip_and_folder(tmp_path):
    raw = tiktok_json(grooming_chat())
    zipped = write(tmp_path, "TikTok_Data_1710489600.zip", zip_bytes({"user_data.json": raw}))
    assert detect_format(zipped) == "tiktok"
    result = load_conversations(zipped)
    assert triples(result) == expected(grooming_chat(), USERNAMES)
    assert result.conversations[0].id == "TikTok_Data_1710489600"
    folder = tmp_path / "TikTok_Data"
    folder.mkdir()
    write(folder, "user_data_tiktok.json", raw)
    assert triples(load_conversations(folder)) == expected(grooming_chat(), USERNAMES)


def test_snapchat_and_tiktok_messages_with_missing_fields(tmp_path):
    snap = {
        USERNAMES[ADULT]: [
            {"Media Type": "TEXT", "Created": "2024-03-14 19:05:12 UTC", "Content": "how old?"},
            {"From": USERNAMES[CHILD], "IsSender": True, "Content": "13"},
        ]
    }
    result = load_conversations(write(tmp_path, "chat_history.json", json.dumps(snap)))
    # a one-to-one chat's key names the other person
    assert triples(result) == [
        (USERNAMES[ADULT], "how old?", False),
        (USERNAMES[CHILD], "13", False),
    ]
    tiktok = tiktok_user_data({USERNAMES[ADULT]: [{"Content": "how old are you"}, {"Date": 5}]})
    result = load_conversations(write(tmp_path, "user_data.json", tiktok))
    assert triples(result) == [("?", "how old are you", False)]
    notes = " ".join(result.warnings)
    assert "1 messages name no sender" in notes and "1 messages with no text" in notes
