"""Round trip: one chat written in every format imports to the same conversation, and scans
to the same harms, as the chat written directly as conversation JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from chat_builders import (
    ADULT,
    CHILD,
    USERNAMES,
    conversation_json,
    csv_text,
    discord_json,
    grooming_chat,
    message_jsonl,
    meta_json,
    meta_zip,
    plain_text,
    sms_xml,
    snapchat_chat_history,
    snapchat_legacy_history,
    snapchat_zip,
    telegram_result,
    tiktok_json,
    whatsapp_android,
    whatsapp_android_zip,
    whatsapp_ios,
    whatsapp_ios_zip,
    write,
)

from onguard.io import load_conversations, parse_chat_text
from onguard.spec import Conversation

LINES = grooming_chat()

# (format name, file name, builder, --child, how the export names each sender)
CASES: list[tuple[str, str, Callable[[], str | bytes], str, dict[str, str]]] = [
    ("whatsapp", "android.txt", lambda: whatsapp_android(LINES), CHILD, {}),
    ("whatsapp", "android-us.txt", lambda: whatsapp_android(LINES, "MDY", 12), CHILD, {}),
    ("whatsapp", "ios.txt", lambda: whatsapp_ios(LINES), CHILD, {}),
    ("whatsapp", "ios-us.txt", lambda: whatsapp_ios(LINES, "MDY", 12), CHILD, {}),
    ("whatsapp", "android.zip", lambda: whatsapp_android_zip(LINES), CHILD, {}),
    ("whatsapp", "ios.zip", lambda: whatsapp_ios_zip(LINES), CHILD, {}),
    ("telegram", "result.json", lambda: telegram_result(LINES), CHILD, {}),
    ("discord", "dm.json", lambda: discord_json(LINES), CHILD, {ADULT: "sam_taylor", CHILD: "mia"}),
    ("instagram", "message_1.json", lambda: meta_json(LINES, "instagram"), CHILD, {}),
    ("instagram", "ig.zip", lambda: meta_zip(LINES, "instagram"), CHILD, {}),
    ("messenger", "message_1.json", lambda: meta_json(LINES, "messenger"), CHILD, {}),
    ("messenger", "fb.zip", lambda: meta_zip(LINES, "messenger", split=3), CHILD, {}),
    (
        "snapchat",
        "chat_history.json",
        lambda: snapchat_chat_history(LINES),
        "mia.example",
        USERNAMES,
    ),
    (
        "snapchat",
        "legacy.json",
        lambda: snapchat_legacy_history(LINES),
        "me",
        {ADULT: USERNAMES[ADULT], CHILD: "me"},
    ),
    ("snapchat", "mydata.zip", lambda: snapchat_zip(LINES), "mia.example", USERNAMES),
    ("tiktok", "user_data.json", lambda: tiktok_json(LINES), "mia.example", USERNAMES),
    ("sms_xml", "sms.xml", lambda: sms_xml(LINES), "me", {CHILD: "me"}),
    ("csv", "log.csv", lambda: csv_text(LINES), CHILD, {}),
    ("jsonl_messages", "log.jsonl", lambda: message_jsonl(LINES), CHILD, {}),
    (
        "jsonl",
        "direct.jsonl",
        lambda: json.dumps(conversation_json(LINES, "direct")) + "\n",
        CHILD,
        {},
    ),
]
IDS = [f"{fmt}:{name}" for fmt, name, *_ in CASES]


def direct() -> Conversation:
    return Conversation.model_validate(conversation_json(LINES, "direct"))


def imported(tmp_path, name, build, child) -> Conversation:
    path = write(tmp_path, name, build())
    result = load_conversations(path, child=child)
    assert not result.skipped
    assert len(result.conversations) == 1
    return result.conversations[0]


def shape(conv: Conversation, rename: dict[str, str] | None = None) -> list[tuple]:
    """What a scanner may look at: who (and their role), what, and media, in order."""
    back = {v: k for k, v in (rename or {}).items()}
    roles = {p.id: p.role for p in conv.participants}
    return [
        (back.get(m.sender, m.sender), roles.get(m.sender), m.text, m.media) for m in conv.messages
    ]


@pytest.mark.parametrize(("fmt", "name", "build", "child", "rename"), CASES, ids=IDS)
def test_import_matches_the_direct_conversation(tmp_path, fmt, name, build, child, rename):
    conv = imported(tmp_path, name, build, child)
    assert shape(conv, rename) == shape(direct())


def test_pasted_text_matches_the_direct_conversation():
    conv = parse_chat_text(plain_text(LINES), child=CHILD).conversations[0]
    # "Name: text" has no room for a newline inside a message: it becomes a continuation.
    assert shape(conv) == shape(direct())


@pytest.fixture(scope="module")
def scanner():
    module = pytest.importorskip("onguard.conversation", reason="scanner not built yet")
    if not hasattr(module, "Scanner"):
        pytest.skip("onguard.conversation has no Scanner yet")
    return module.Scanner()


def _findings(scanner, conv: Conversation) -> tuple[str, set[tuple]]:
    """Risk, and each harm with where it was first reported and its evidence spans."""
    result = scanner.scan(conv)
    return result.risk, {
        (h.harm, h.first_message, tuple((e.message, e.start, e.end, e.signal) for e in h.evidence))
        for h in result.harms
    }


@pytest.mark.parametrize(("fmt", "name", "build", "child", "rename"), CASES, ids=IDS)
def test_import_scans_to_the_same_harms(scanner, tmp_path, fmt, name, build, child, rename):
    want = _findings(scanner, direct())
    assert "grooming" in {harm for harm, *_ in want[1]}  # else the round trip proves nothing
    assert _findings(scanner, imported(tmp_path, name, build, child)) == want


def test_pasted_text_scans_to_the_same_harms(scanner):
    conv = parse_chat_text(plain_text(LINES), child=CHILD).conversations[0]
    assert _findings(scanner, conv) == _findings(scanner, direct())
