"""Bad input: no format, cut-short exports, wrong encodings. Errors name the file and line,
never the content, and whatever could be read is kept."""

from __future__ import annotations

import codecs
import json

import pytest
from chat_builders import (
    ADULT,
    CHILD,
    USERNAMES,
    Line,
    benign_jpeg_bytes,
    csv_text,
    discord_json,
    expected_texts,
    grooming_chat,
    meta_json,
    sms_xml,
    snapchat_chat_history,
    snapchat_legacy_history,
    telegram_result,
    tiktok_chat,
    tiktok_json,
    tiktok_user_data,
    whatsapp_android,
    whatsapp_ios,
    write,
    zip_bytes,
)

from onguard.io import ImportFormatError, detect_format, load_conversations, loader, parse_chat_text
from onguard.spec import MAX_MESSAGE_CHARS

SECRET = "Pineapple-Orchard-42"  # stands in for personal content that must never be echoed


def texts(result, index=0):
    return [m.text for m in result.conversations[index].messages]


@pytest.mark.parametrize(
    "content",
    [
        f"Dear diary, today was {SECRET}.\nNothing much happened.\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        json.dumps({"weather": SECRET, "temperature": 12}),
        f"<html><body>{SECRET}</body></html>",
    ],
)
def test_matching_no_format_is_a_clear_error(tmp_path, content):
    path = write(tmp_path, "notes.txt", content)
    with pytest.raises(ImportFormatError) as err:
        load_conversations(path)
    assert str(path) in str(err.value)
    assert SECRET not in str(err.value)
    with pytest.raises(ImportFormatError):
        detect_format(path)


def test_empty_and_missing_files(tmp_path):
    with pytest.raises(ImportFormatError, match="empty"):
        load_conversations(write(tmp_path, "empty.txt", "  \n"))
    with pytest.raises(ImportFormatError, match="not found"):
        load_conversations(tmp_path / "nope.txt")


def test_unknown_format_name(tmp_path):
    path = write(tmp_path, "c.txt", whatsapp_android(grooming_chat()))
    with pytest.raises(ImportFormatError, match="unknown format"):
        load_conversations(path, fmt="myspace")


def test_forcing_the_wrong_format_names_file_and_line(tmp_path):
    path = write(tmp_path, "c.txt", whatsapp_android(grooming_chat()))
    with pytest.raises(ImportFormatError) as err:
        load_conversations(path, fmt="telegram")
    assert err.value.line == 1 and str(path) in str(err.value)


def test_forcing_a_format_overrides_detection(tmp_path):
    path = write(tmp_path, "c.txt", "Sam: how old are you?\nMia: 13\n")
    assert load_conversations(path, fmt="plain").format == "plain"


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("result.json", lambda: telegram_result(grooming_chat())),
        ("dm.json", lambda: discord_json(grooming_chat())),
        ("chat_history.json", lambda: snapchat_chat_history(grooming_chat(), newest_first=False)),
        ("user_data.json", lambda: tiktok_json(grooming_chat(), newest_first=False)),
    ],
)
def test_truncated_json_keeps_complete_messages(tmp_path, name, build):
    full = build()
    cut = full[: full.index("add me on another app")]  # stops inside the 6th message
    path = write(tmp_path, name, cut)
    result = load_conversations(path)
    assert texts(result) == expected_texts(grooming_chat())[:5]
    assert len(result.skipped) == 1
    item = result.skipped[0]
    assert item.source == str(path)
    last_line = cut.count("\n") + 1
    assert last_line - 20 < item.line <= last_line  # where the incomplete message starts
    assert "kept the" in item.message and "add me" not in str(item)


def test_truncated_meta_json_keeps_the_newest_messages(tmp_path):
    full = meta_json(grooming_chat(), "instagram")
    cut = full[: full.index("how old are you")]
    result = load_conversations(write(tmp_path, "message_1.json", cut))
    # newest first: what survives is the end of the chat, still put oldest first
    assert texts(result) == expected_texts(grooming_chat())[3:]
    assert len(result.skipped) == 1


def test_truncated_sms_xml_keeps_messages_before_the_cut(tmp_path):
    full = sms_xml(grooming_chat())
    cut = full[: full.index("add me on another app")]
    path = write(tmp_path, "sms.xml", cut)
    result = load_conversations(path)
    assert texts(result) == expected_texts(grooming_chat())[:5]
    assert len(result.skipped) == 1 and result.skipped[0].line >= 7


def test_truncated_zip_keeps_the_chat_before_the_damage(tmp_path):
    chat = whatsapp_android(grooming_chat()).encode()
    data = zip_bytes(
        {"WhatsApp Chat with Sam.txt": chat, "IMG-20240314-WA0007.jpg": benign_jpeg_bytes(50_000)}
    )
    path = write(tmp_path, "chat.zip", data[: len(data) - 3000])  # central directory lost
    result = load_conversations(path)
    assert texts(result) == expected_texts(grooming_chat())
    assert any("damaged or cut short" in w for w in result.warnings)


def test_zip_cut_inside_the_chat_file(tmp_path):
    lines = grooming_chat() * 40
    chat = whatsapp_ios(lines).encode()
    data = zip_bytes({"_chat.txt": chat})
    path = write(tmp_path, "chat.zip", data[: len(data) // 2])
    result = load_conversations(path)
    got = texts(result)
    assert 0 < len(got) < len(lines)
    assert got[:-1] == expected_texts(lines)[: len(got) - 1]
    assert any("cut short inside the zip" in str(s) for s in result.skipped)


def test_zip_without_chat_text(tmp_path):
    path = write(tmp_path, "photos.zip", zip_bytes({"a.jpg": benign_jpeg_bytes()}))
    with pytest.raises(ImportFormatError, match="no chat text"):
        load_conversations(path)


def test_truncated_json_that_cannot_be_salvaged(tmp_path):
    path = write(tmp_path, "result.json", '{"name": "Sam", "type": "personal_chat", "id"')
    with pytest.raises(ImportFormatError) as err:
        load_conversations(path, fmt="telegram")
    assert err.value.line == 1


@pytest.mark.parametrize(
    ("encoding", "warned"),
    [
        ("utf-8", False),
        ("utf-8-sig", False),
        ("utf-16", False),
        ("utf-16-le", False),
        ("cp1252", True),
    ],
)
def test_encodings(tmp_path, encoding, warned):
    text = "14/03/2024, 19:05 - Zoë: café at 4?\n14/03/2024, 19:06 - Sam: ok\n"
    raw = text.encode(encoding)
    if encoding == "utf-16":
        assert raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    result = load_conversations(write(tmp_path, "c.txt", raw))
    assert texts(result) == ["café at 4?", "ok"]
    assert result.conversations[0].messages[0].sender == "Zoë"
    cp_warnings = [w for w in result.warnings if "cp1252" in w]
    assert bool(cp_warnings) == warned
    if warned:
        assert cp_warnings[0].startswith(str(tmp_path / "c.txt") + ":1:")


def test_csv_bad_rows_are_skipped_with_line_numbers(tmp_path):
    good = csv_text(grooming_chat())
    rows = good.split("\r\n")
    rows.insert(3, f"only-one-column-{SECRET}")
    path = write(tmp_path, "log.csv", "\r\n".join(rows))
    result = load_conversations(path)
    assert texts(result) == expected_texts(grooming_chat())
    assert [s.line for s in result.skipped] == [4]
    assert SECRET not in str(result.skipped[0])


def test_csv_without_text_column_asks_for_a_mapping(tmp_path):
    path = write(tmp_path, "log.csv", "who,said\nSam,hi\n")
    with pytest.raises(ImportFormatError, match="--map"):
        load_conversations(path, fmt="csv")
    result = load_conversations(path, mapping={"sender": "who", "text": "said"})
    assert texts(result) == ["hi"]


def test_mapping_to_a_missing_column(tmp_path):
    path = write(tmp_path, "log.csv", csv_text(grooming_chat()))
    with pytest.raises(ImportFormatError, match="'text'"):
        load_conversations(path, mapping={"text": "Body"})


def test_overlong_message_is_skipped_not_fatal(tmp_path):
    text = (
        f"14/03/2024, 19:05 - {ADULT}: " + "a" * (MAX_MESSAGE_CHARS + 1) + "\n"
        f"14/03/2024, 19:06 - {CHILD}: ok\n"
    )
    result = load_conversations(write(tmp_path, "c.txt", text))
    assert texts(result) == ["ok"]
    assert [s.line for s in result.skipped] == [1]


def test_errors_and_notes_never_quote_content(tmp_path):
    bad = (
        f"{SECRET} before any header\n" + whatsapp_android(grooming_chat()) + f"\nnot,csv,{SECRET}"
    )
    result = load_conversations(write(tmp_path, "c.txt", bad), child=SECRET)
    for line in [*map(str, result.skipped), *result.warnings]:
        assert SECRET not in line


def test_pasted_empty_text_is_an_error():
    with pytest.raises(ImportFormatError):
        parse_chat_text("   \n")


# --- Snapchat and TikTok -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("chat_history.json", lambda: snapchat_chat_history(grooming_chat(), notices=False)),
        ("user_data.json", lambda: tiktok_json(grooming_chat())),
    ],
)
def test_truncated_newest_first_json_keeps_the_newest_messages(tmp_path, name, build):
    full = build()
    cut = full[: full.index("how old are you")]
    result = load_conversations(write(tmp_path, name, cut))
    assert texts(result) == expected_texts(grooming_chat())[3:]
    assert len(result.skipped) == 1 and "kept the 4 complete messages" in str(result.skipped[0])


def test_snapchat_damaged_in_the_middle_keeps_what_came_before(tmp_path):
    full = snapchat_chat_history(grooming_chat(), newest_first=False, notices=False)
    start = full.index("add me on another app")
    damaged = full[:start] + f'" broken {SECRET} ' + full[start:]
    path = write(tmp_path, "chat_history.json", damaged)
    assert detect_format(path) == "snapchat"
    result = load_conversations(path)
    assert texts(result) == expected_texts(grooming_chat())[:5]
    # the line where the damaged message starts
    assert [s.line for s in result.skipped] == [
        damaged[: damaged.rfind("{", 0, start)].count("\n") + 1
    ]
    assert SECRET not in str(result.skipped[0])


def test_tiktok_cut_before_the_direct_messages_is_an_error_with_the_line(tmp_path):
    full = tiktok_json(grooming_chat())
    cut = full[: full.index("Direct Messages") + 40]  # the browsing history is complete
    path = write(tmp_path, "user_data.json", cut)
    with pytest.raises(ImportFormatError) as err:
        load_conversations(path)
    assert err.value.line is not None and "before the direct messages" in err.value.reason


@pytest.mark.parametrize("fmt", ["snapchat", "tiktok"])
def test_malformed_json_forced_to_the_new_formats(tmp_path, fmt):
    path = write(tmp_path, "export.json", f'{{"{SECRET}": [1, 2,\n  }}')
    with pytest.raises(ImportFormatError) as err:
        load_conversations(path, fmt=fmt)
    assert err.value.line == 2 and SECRET not in str(err.value)
    other = write(tmp_path, "c.txt", whatsapp_android(grooming_chat()))
    with pytest.raises(ImportFormatError) as err:
        load_conversations(other, fmt=fmt)
    assert err.value.line == 1


@pytest.mark.parametrize(
    ("encoding", "warned"), [("utf-8-sig", False), ("utf-16", False), ("cp1252", True)]
)
@pytest.mark.parametrize("build", [snapchat_chat_history, tiktok_json])
def test_snapchat_and_tiktok_encodings(tmp_path, build, encoding, warned):
    lines = [Line(ADULT, "café at 4? don't tell your mum", grooming_chat()[0].when)]
    path = write(tmp_path, "export.json", build(lines), encoding=encoding)
    result = load_conversations(path)
    assert texts(result) == ["café at 4? don't tell your mum"]
    assert any("cp1252" in w for w in result.warnings) == warned


def test_snapchat_bad_items_are_skipped_with_their_line(tmp_path):
    raw = snapchat_chat_history(grooming_chat(), newest_first=False, notices=False)
    doc = json.loads(raw)
    items = doc[USERNAMES[ADULT]]
    items.insert(2, SECRET)  # not an object
    items.insert(4, items[0] | {"Content": "a" * (MAX_MESSAGE_CHARS + 1)})  # too long
    doc["another.example"] = {"not": "a list"}
    raw = json.dumps(doc, indent=4)
    path = write(tmp_path, "chat_history.json", raw)
    result = load_conversations(path, fmt="snapchat")
    assert texts(result) == expected_texts(grooming_chat())
    lines = raw.split("\n")
    secret_line = next(i for i, text in enumerate(lines, 1) if SECRET in text)
    long_line = next(i for i, text in enumerate(lines, 1) if "aaaa" in text) - 4
    list_line = next(i for i, text in enumerate(lines, 1) if "another.example" in text)
    assert sorted((s.line, s.message) for s in result.skipped) == [
        (secret_line, "message is not a JSON object"),
        (long_line, f"message longer than {MAX_MESSAGE_CHARS} characters"),
        (list_line, "conversation is not a list of messages"),
    ]
    for item in result.skipped:
        assert SECRET not in str(item)


def test_tiktok_bad_items_are_skipped_with_their_line(tmp_path):
    chat = tiktok_chat(grooming_chat(), newest_first=False)
    chat.insert(1, [SECRET])
    raw = tiktok_user_data({USERNAMES[ADULT]: chat})
    result = load_conversations(write(tmp_path, "user_data.json", raw))
    assert texts(result) == expected_texts(grooming_chat())
    lines = raw.split("\n")
    want = next(i for i, text in enumerate(lines, 1) if SECRET in text) - 1  # the "[" line
    assert [s.line for s in result.skipped] == [want]


def test_large_snapchat_export_reports_the_line_of_a_late_bad_item(tmp_path):
    lines = grooming_chat() * 3000  # 21,000 messages
    doc = json.loads(snapchat_chat_history(lines, newest_first=False, notices=False))
    doc[USERNAMES[ADULT]].append(None)
    raw = json.dumps(doc, indent=4)
    result = load_conversations(write(tmp_path, "chat_history.json", raw))
    assert result.message_count == len(lines)
    assert [s.line for s in result.skipped] == [raw.count("\n") - 1]


def test_an_export_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "MAX_TEXT_BYTES", 1000)
    path = write(tmp_path, "chat_history.json", snapchat_legacy_history(grooming_chat()))
    with pytest.raises(ImportFormatError, match="larger than 1000 bytes"):
        load_conversations(path)
