"""Details of the real JSON exports of Telegram, Discord, Instagram/Messenger and TikTok that
the builders did not write: what each app's own writer (or a real file) shows, read back right.

Every message here is made up and harmless; only the layout follows the real files."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from chat_builders import (
    ADULT,
    CHILD,
    START,
    Line,
    discord_json,
    grooming_chat,
    meta_thread,
    mojibake,
    telegram_chat,
    tiktok_user_data,
    write,
    zip_bytes,
)

from onguard.io import ImportFormatError, detect_format, load_conversations


def triples(result, index=0):
    return [(m.sender, m.text, m.media) for m in result.conversations[index].messages]


def texts(result, index=0):
    return [m.text for m in result.conversations[index].messages]


# --- Telegram Desktop ---------------------------------------------------------------------------


def _short_chat() -> dict:
    lines = [
        Line(ADULT, "hi", START),
        Line(CHILD, "hey", START + timedelta(minutes=1)),
        Line(ADULT, "how old are you", START + timedelta(minutes=2)),
        Line(CHILD, "see you at 4", START + timedelta(minutes=3)),
    ]
    return telegram_chat(lines, entities=False)


def test_telegram_control_characters_written_as_x_escapes_lose_nothing(tmp_path):
    # Telegram Desktop writes control characters as "\x0B" (not JSON): tdesktop #27571.
    chat = _short_chat()
    chat["messages"][3]["text"] = "how old\x0bare you"
    # a real backslash before "x41" stays as it is
    chat["messages"].insert(4, chat["messages"][4] | {"id": 50, "text": "path C:\\x41 ok"})
    raw = json.dumps(chat, ensure_ascii=False, indent=1).replace("\\u000b", "\\x0B")
    assert "\\x0B" in raw and "C:\\\\x41" in raw
    with pytest.raises(json.JSONDecodeError):
        json.loads(raw)
    path = write(tmp_path, "result.json", raw)
    assert detect_format(path) == "telegram"
    result = load_conversations(path)
    assert texts(result) == ["hi", "hey", "how old\x0bare you", "path C:\\x41 ok", "see you at 4"]
    assert result.skipped == []
    assert any("\\x" in w and "Telegram" in w for w in result.warnings)


def test_telegram_full_export_with_x_escapes_after_a_long_preamble(tmp_path):
    # A full export starts with contacts, sessions and "other_data" (where tdesktop #27571
    # found "\x01"): the chats may start far into the file.
    doc = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 2002, "first_name": CHILD},
        "contacts": {
            "about": "contacts",
            "list": [{"first_name": "Contact", "phone_number": "+44 7700 900000"}] * 2000,
        },
        "other_data": {"about": "other", "data": "1=412\x012=97180"},
        "chats": {"about": "chats", "list": [_short_chat()]},
    }
    raw = json.dumps(doc, indent=1).replace("\\u0001", "\\x01")
    assert raw.index('"messages"') > 65536 and "\\x01" in raw
    path = write(tmp_path, "result.json", raw)
    assert detect_format(path) == "telegram"
    result = load_conversations(path)
    assert texts(result) == ["hi", "hey", "how old are you", "see you at 4"]
    assert result.skipped == []


def test_telegram_unquoted_custom_emoji_path_is_repaired(tmp_path):
    # Telegram Desktop 4.1 wrote `"document_id": video_files/sticker (2).webm` (#24961).
    chat = _short_chat()
    chat["messages"][3]["text"] = [
        {"type": "custom_emoji", "text": "🙂", "document_id": "PLACEHOLDER"},
        " see you at 4",
    ]
    raw = json.dumps(chat, ensure_ascii=False, indent=1).replace(
        '"PLACEHOLDER"', "video_files/sticker (2).webm"
    )
    path = write(tmp_path, "result.json", raw)
    result = load_conversations(path)
    assert texts(result) == ["hi", "hey", "🙂 see you at 4", "see you at 4"]
    assert result.skipped == []


def test_telegram_unsupported_messages_are_detected_and_counted(tmp_path):
    # The writer gives a message it cannot export only an id and "type": "unsupported".
    chat = _short_chat()
    chat["messages"].insert(1, {"id": 99, "type": "unsupported"})
    path = write(tmp_path, "result.json", json.dumps(chat, indent=1))
    assert detect_format(path) == "telegram"
    result = load_conversations(path)
    assert texts(result) == ["hi", "hey", "how old are you", "see you at 4"]
    assert any("1 messages Telegram Desktop could not export" in w for w in result.warnings)
    assert result.skipped == []


def test_telegram_deleted_account_has_null_from(tmp_path):
    chat = _short_chat()
    chat["messages"][1]["from"] = None  # StringAllowNull: a peer without a name
    chat["messages"][1]["from_id"] = "user999"
    result = load_conversations(write(tmp_path, "result.json", json.dumps(chat)))
    assert result.conversations[0].messages[0].sender == "user999"


def test_telegram_text_link_keeps_its_hidden_address(tmp_path):
    chat = _short_chat()
    chat["messages"][2]["text"] = [
        "add me on ",
        {"type": "text_link", "text": "my other app", "href": "https://example.com/u/sam"},
        " or ",
        {"type": "link", "text": "https://example.com/u/sam2"},
    ]
    result = load_conversations(write(tmp_path, "result.json", json.dumps(chat)))
    assert texts(result)[1] == (
        "add me on my other app (https://example.com/u/sam) or https://example.com/u/sam2"
    )


def test_telegram_empty_saved_messages_export_has_no_name_key(tmp_path):
    # Saved Messages and Replies are written without "name".
    path = write(
        tmp_path, "result.json", '{\n "type": "saved_messages",\n "id": 1,\n "messages": []\n}'
    )
    assert detect_format(path) == "telegram"
    assert load_conversations(path).message_count == 0


def test_telegram_x_escape_in_a_file_that_is_not_telegram_is_still_an_error(tmp_path):
    path = write(tmp_path, "notes.json", '{"weather": "wet\\x0B"}')
    with pytest.raises(ImportFormatError):
        load_conversations(path)


# --- DiscordChatExporter ------------------------------------------------------------------------


def test_dce_forwarded_message_keeps_the_forwarded_words(tmp_path):
    doc = json.loads(discord_json([Line(ADULT, "hi", START), Line(CHILD, "", START)]))
    forwarded = doc["messages"][2]
    forwarded["reference"] = {"type": "Forward", "messageId": "5", "channelId": "6"}
    forwarded["forwardedMessage"] = {
        "timestamp": "2024-03-14T18:00:00+00:00",
        "timestampEdited": None,
        "content": "see you at 4",
        "attachments": [{"id": "1", "url": "x.png", "fileName": "x.png", "fileSizeBytes": 9}],
        "embeds": [],
        "stickers": [],
    }
    result = load_conversations(write(tmp_path, "dm.json", json.dumps(doc)))
    assert triples(result) == [("sam_taylor", "hi", False), ("mia", "see you at 4", True)]


# --- Discord "Request my data" package ----------------------------------------------------------

_DISCORD_EPOCH_MS = 1420070400000


def _snowflake(when: datetime, sequence: int = 0) -> int:
    ms = int(when.replace(tzinfo=UTC).timestamp() * 1000)
    return ((ms - _DISCORD_EPOCH_MS) << 22) | sequence


def _package_messages(lines: list[tuple[str, datetime, str]]) -> str:
    """messages.json as the package writes it: newest first, one object per line."""
    rows = [
        json.dumps(
            {
                "ID": _snowflake(when, sequence),
                "Timestamp": when.strftime("%Y-%m-%d %H:%M:%S"),
                "Contents": text,
                "Attachments": attachments,
            },
            ensure_ascii=False,
        )
        for sequence, (text, when, attachments) in reversed(list(enumerate(lines)))
    ]
    return "[\n" + ",\n".join(rows) + "\n]"


def _package_zip() -> bytes:
    first = [
        ("hi", START, ""),
        ("i'm 13", START + timedelta(minutes=2), ""),
        ("", START + timedelta(minutes=3), "https://cdn.discordapp.com/attachments/1/2/a.png"),
    ]
    second = [("see you at 4", START + timedelta(days=1), "")]
    return zip_bytes(
        {
            "README.txt": b"Welcome to your Discord Data Package!\n",
            "Account/user.json": json.dumps({"id": "42", "username": "mia"}).encode(),
            "Messages/index.json": json.dumps(
                {"111": "Direct Message with sam#0", "222": "general in Year 8"}
            ).encode(),
            "Messages/c111/channel.json": json.dumps(
                {"id": "111", "type": 1, "recipients": ["42", "77"]}
            ).encode(),
            "Messages/c111/messages.json": _package_messages(first).encode(),
            "Messages/c222/channel.json": json.dumps(
                {"id": "222", "type": 0, "name": "general", "guild": {"id": "9", "name": "Y8"}}
            ).encode(),
            "Messages/c222/messages.json": _package_messages(second).encode(),
        }
    )


def test_discord_data_package_zip(tmp_path):
    path = write(tmp_path, "package.zip", _package_zip())
    assert detect_format(path) == "discord"
    result = load_conversations(path, child="me")
    assert result.format == "discord"
    assert [c.id for c in result.conversations] == ["package-1", "package-2"]
    assert triples(result, 0) == [
        ("me", "hi", False),
        ("me", "i'm 13", False),
        ("me", "", True),
    ]
    conv = result.conversations[0]
    assert conv.messages[0].ts == "2024-03-14T19:05:12Z"  # the package's times are UTC
    assert conv.child_ids() == {"me"}
    assert texts(result, 1) == ["see you at 4"]
    assert any("only the account holder's own messages" in w for w in result.warnings)
    assert result.skipped == []


def test_discord_data_package_messages_json_alone(tmp_path):
    raw = _package_messages([("hi", START, ""), ("how old are you", START, "")])
    path = write(tmp_path, "messages.json", raw)
    assert detect_format(path) == "discord"
    result = load_conversations(path)
    # the same second: the ids (which Discord makes in order) put "hi" first
    assert texts(result) == ["hi", "how old are you"]


def test_discord_data_package_older_csv(tmp_path):
    csv_text = (
        "ID,Timestamp,Contents,Attachments\n"
        f"{_snowflake(START + timedelta(minutes=1))},2024-03-14 19:06:12.345000+00:00,"
        '"see you at 4, ok?\nbring a coat",\n'
        f"{_snowflake(START)},2024-03-14 19:05:12+00:00,hi,\n"
        f"{_snowflake(START + timedelta(minutes=2))},2024-03-14 19:07:12.000000+00:00,,"
        "https://cdn.discordapp.com/attachments/1/2/b.png\n"
    )
    folder = tmp_path / "package" / "messages" / "333"
    folder.mkdir(parents=True)
    write(folder, "channel.json", json.dumps({"id": "333", "type": 1, "recipients": ["1", "2"]}))
    path = write(folder, "messages.csv", csv_text)
    assert detect_format(path) == "discord"
    result = load_conversations(path)
    assert triples(result) == [
        ("me", "hi", False),
        ("me", "see you at 4, ok?\nbring a coat", False),
        ("me", "", True),
    ]
    assert result.conversations[0].messages[1].ts == "2024-03-14T19:06:12.345000Z"
    folder_result = load_conversations(tmp_path / "package")
    assert folder_result.message_count == 3


def test_discord_data_package_time_from_the_id_when_the_timestamp_is_missing(tmp_path):
    rows = [
        {"ID": _snowflake(START), "Timestamp": "", "Contents": "hi", "Attachments": ""},
        {"ID": str(_snowflake(START)), "Contents": "hey", "Attachments": ""},
    ]
    result = load_conversations(write(tmp_path, "messages.json", json.dumps(rows)))
    assert [m.ts for m in result.conversations[0].messages] == [
        "2024-03-14T19:05:12Z",
        "2024-03-14T19:05:12Z",
    ]


def test_discord_data_package_bad_items_and_a_cut_short_file(tmp_path):
    good = json.loads(_package_messages([("hi", START, ""), ("see you at 4", START, "")]))
    raw = "[\n" + ",\n".join([json.dumps(good[0]), '"not a message"', json.dumps(good[1])]) + "\n]"
    result = load_conversations(write(tmp_path, "messages.json", raw))
    assert len(result.conversations[0].messages) == 2
    assert [(e.line, e.message) for e in result.skipped] == [(3, "message is not a JSON object")]
    # newest first: "how old are you" is written first and is whole; "hi" is cut off
    full = _package_messages([("hi", START, ""), ("how old are you", START, "")])
    path = write(tmp_path, "cut.json", full[: full.index('"hi"') + 2])
    assert detect_format(path) == "discord"
    result = load_conversations(path)
    assert texts(result) == ["how old are you"]
    assert [e.line for e in result.skipped] == [3]
    assert "kept the 1 complete messages" in result.skipped[0].message


def test_discord_csv_with_other_columns_is_not_a_discord_package(tmp_path):
    path = write(tmp_path, "chat.csv", "sender,text\nSam,hi\n")
    assert detect_format(path) == "csv"


# --- Instagram and Messenger --------------------------------------------------------------------


def _meta_doc(extra: list[dict]) -> dict:
    doc = meta_thread([Line(ADULT, "hi", START)], "instagram")
    base = int(START.replace(tzinfo=UTC).timestamp() * 1000)
    messages = [
        {
            "sender_name": mojibake(CHILD),
            "timestamp_ms": base + 1000 * (i + 1),
            "is_geoblocked_for_viewer": False,
            "is_unsent_image_by_messenger_kid_parent": False,
        }
        | item
        for i, item in enumerate(extra)
    ]
    doc["messages"] = list(reversed(messages)) + [
        m for m in doc["messages"] if m.get("content") == "hi"
    ]
    return doc


def test_meta_username_liked_a_message_is_app_written(tmp_path):
    doc = _meta_doc(
        [
            {"content": "mia.example liked a message"},
            {
                "content": "see you at 4",
                "reactions": [{"reaction": "\u00e2\u009d\u00a4", "actor": "Sam"}],
            },
        ]
    )
    result = load_conversations(write(tmp_path, "message_1.json", json.dumps(doc)))
    assert texts(result) == ["hi", "see you at 4"]


def test_meta_share_link_is_kept_whatever_the_language(tmp_path):
    link = "https://www.instagram.com/reel/abc123/"
    doc = _meta_doc(
        [
            # German account: "X sent an attachment." in the account's language.
            {"content": mojibake("Mia hat einen Anhang gesendet."), "share": {"link": link}},
            {"content": "Mia sent an attachment.", "share": {"link": link, "share_text": "a reel"}},
            {"content": "look at this", "share": {"link": link}},
            {"share": {"link": link, "original_content_owner": "someone"}},
        ]
    )
    result = load_conversations(write(tmp_path, "message_1.json", json.dumps(doc)))
    assert texts(result) == [
        "hi",
        f"Mia hat einen Anhang gesendet.\n{link}",
        link,
        f"look at this\n{link}",
        link,
    ]


def test_meta_attachment_without_any_file_is_kept_as_media(tmp_path):
    doc = _meta_doc(
        [
            {
                "content": "You sent an attachment.",
                "type": "Share",
                "is_unsent": False,
                "is_taken_down": False,
                "bumped_message_metadata": {"bumped_message": "", "is_bumped": False},
            }
        ]
    )
    result = load_conversations(write(tmp_path, "message_1.json", json.dumps(doc)))
    assert triples(result) == [(ADULT, "hi", False), (CHILD, "", True)]


def test_facebook_your_facebook_activity_path_is_messenger(tmp_path):
    doc = _meta_doc([{"content": "see you at 4"}])
    for message in doc["messages"]:
        message.pop("is_geoblocked_for_viewer", None)
    member = "your_facebook_activity/messages/inbox/sam_10206072096154041/message_1.json"
    path = write(tmp_path, "facebook-mia.zip", zip_bytes({member: json.dumps(doc).encode()}))
    assert detect_format(path) == "messenger"
    assert texts(load_conversations(path)) == ["hi", "see you at 4"]


# --- TikTok -------------------------------------------------------------------------------------


def test_tiktok_newer_section_names_without_chats(tmp_path):
    doc = json.loads(tiktok_user_data({}, layout="older", with_rest=False))
    doc.pop("Profile")
    doc = {
        "Post": {"Posts": {"VideoList": []}},
        "Likes and Favorites": {"Like List": {"ItemFavoriteList": []}},
    } | doc
    path = write(tmp_path, "user_data_tiktok.json", json.dumps(doc))
    assert detect_format(path) == "tiktok"
    result = load_conversations(path)
    assert result.conversations == []
    assert any("no direct messages" in w for w in result.warnings)


def test_builders_still_read_the_same(tmp_path):
    # The fixes above leave the builders' exports as they were.
    lines = grooming_chat()
    path = write(tmp_path, "dm.json", discord_json(lines))
    assert len(load_conversations(path).conversations[0].messages) == len(lines)
