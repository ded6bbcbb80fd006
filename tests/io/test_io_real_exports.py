"""Details of real exports that the format builders once missed: locale variants of
WhatsApp lines, iOS group notices, SMS Backup & Restore's stylesheet line, and so on."""

from __future__ import annotations

import pytest
from chat_builders import ADULT, CHILD, LRM, NNBSP, grooming_chat, sms_xml, write

from onguard.io import ImportResult, detect_format, load_conversations


def triples(result: ImportResult, index: int = 0) -> list[tuple[str, str, bool]]:
    return [(m.sender, m.text, m.media) for m in result.conversations[index].messages]


# --- WhatsApp -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # French Android puts "à" between date and time.
        ("26/09/2023 à 22:39 - Sam: salut", "26/09/2023 à 22:40 - Mia: ça va ?"),
        # Finnish: "klo" and dots in the time.
        ("26.9.2023 klo 22.39 - Sam: moi", "26.9.2023 klo 22.40 - Mia: ça va ?"),
        # Hungarian: year first, a space after each dot and one at the end.
        ("2023. 09. 26. 22:39 - Sam: szia", "2023. 09. 26. 22:40 - Mia: ça va ?"),
        ("[2023. 09. 26. 22:39:00] Sam: szia", "[2023. 09. 26. 22:40:00] Mia: ça va ?"),
        # Korean: the afternoon word comes before a 12-hour time.
        ("2023. 9. 26. 오후 10:39 - Sam: hi", "2023. 9. 26. 오후 10:40 - Mia: ça va ?"),
    ],
)
def test_whatsapp_locales_with_words_or_spaces_in_the_timestamp(tmp_path, first, second):
    path = write(tmp_path, "chat.txt", f"{first}\n{second}\n")
    assert detect_format(path) == "whatsapp"
    conv = load_conversations(path).conversations[0]
    assert [(m.sender, m.ts) for m in conv.messages] == [
        ("Sam", "2023-09-26T22:39:00"),
        ("Mia", "2023-09-26T22:40:00"),
    ]
    assert conv.messages[1].text == "ça va ?"


def test_a_dated_line_of_an_unknown_layout_is_not_a_sender(tmp_path):
    # Before: read as "plain" text whose sender was "14/03/2024 19h05 - Sam".
    path = write(tmp_path, "chat.txt", "14/03/2024 19h05 - Sam: hi\n14/03/2024 19h06 - Mia: ok\n")
    with pytest.raises(ValueError, match="no known chat format"):
        load_conversations(path)


def test_whatsapp_android_phone_number_marks_and_tilde_names(tmp_path):
    text = (
        "14/03/2024, 19:05 - \u202a+44 7700 900123\u202c: who is this\n"
        "14/03/2024, 19:06 - Mia: it's Mia from football\n"
        f"14/03/2024, 19:07 - ~{NNBSP}Jay: hi Mia\n"
    )
    result = load_conversations(write(tmp_path, "chat.txt", text), child="+44 7700 900123")
    conv = result.conversations[0]
    assert [m.sender for m in conv.messages] == ["+44 7700 900123", "Mia", "Jay"]
    assert conv.participants[0].role == "child"  # the name matches once the marks are gone


def test_whatsapp_ios_group_named_with_a_colon(tmp_path):
    group = "Year 8: Football"
    lines = [
        f"[14/03/2024, 19:00:00] {group}: {LRM}Messages and calls are end-to-end encrypted. "
        "No one outside of this chat, not even WhatsApp, can read or listen to them.",
        f"{LRM}[14/03/2024, 19:00:01] {group}: {LRM}{ADULT} created group “{group}”",
        f"{LRM}[14/03/2024, 19:00:02] {group}: {LRM}{ADULT} added {CHILD}",
        f"[14/03/2024, 19:05:12] {ADULT}: training is at 5: bring boots",
        f"{LRM}[14/03/2024, 19:06:00] {CHILD}: {LRM}image omitted",
    ]
    result = load_conversations(write(tmp_path, "_chat.txt", "\r\n".join(lines) + "\r\n"))
    assert triples(result) == [(ADULT, "training is at 5: bring boots", False), (CHILD, "", True)]
    assert [p.id for p in result.conversations[0].participants] == [ADULT, CHILD]


def test_whatsapp_ios_edited_marker_after_a_mark_is_removed(tmp_path):
    text = f"[14/03/2024, 19:05:12] {ADULT}: see you at 5 {LRM}<This message was edited>\n"
    result = load_conversations(write(tmp_path, "_chat.txt", text))
    assert triples(result) == [(ADULT, "see you at 5", False)]


@pytest.mark.parametrize(
    "body",
    [
        "<Medien ausgeschlossen>",
        "<Multimedia omitido>",
        "<Médias omis>",
        f"{LRM}<Anhang: 00000012-PHOTO-2024-03-14-19-05-12.jpg>",
        f"{LRM}Homework • 2 pages <attached: 00000013-Homework.pdf>",
        "AUD-20240314-WA0001. (file attached)",
        "IMG-20240314-WA0002.jpg (arquivo anexado)",
    ],
)
def test_whatsapp_media_placeholders_in_other_forms(tmp_path, body):
    text = f"[14/03/2024, 19:05:12] {ADULT}: hi\n[14/03/2024, 19:05:30] {ADULT}: {body}\n"
    result = load_conversations(write(tmp_path, "_chat.txt", text))
    assert triples(result) == [(ADULT, "hi", False), (ADULT, "", True)]


def test_whatsapp_older_encryption_notice_with_a_sender_is_left_out(tmp_path):
    text = (
        "[14/03/2024, 19:00:00] Year 8 Football: Messages to this group are now secured "
        "with end-to-end encryption.\n"
        f"[14/03/2024, 19:05:12] {ADULT}: hi\n"
    )
    result = load_conversations(write(tmp_path, "_chat.txt", text))
    assert triples(result) == [(ADULT, "hi", False)]


# --- SMS Backup & Restore -----------------------------------------------------------------------

_HEAD = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
    "<!--File Created By SMS Backup & Restore v10.20.002 on 15/03/2024 08:00:00-->\n"
    '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>\n'
    '<smses count="4" backup_set="0e1c" backup_date="1710489600000" type="full">\n'
)


def _sms(address: str, ms: int, kind: int, body: str) -> str:
    return (
        f'  <sms protocol="0" address="{address}" date="{ms}" type="{kind}" subject="null" '
        f'body="{body}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" '
        f'locked="0" readable_date="14 Mar 2024 19:05:12" contact_name="{ADULT}" />\n'
    )


def test_sms_backup_with_the_stylesheet_line_is_detected(tmp_path):
    # The app writes `<?xml-stylesheet ... href="sms.xsl"?>` before `<smses>`.
    raw = sms_xml(grooming_chat())
    assert "sms.xsl" in raw
    path = write(tmp_path, "sms-20240315080000.xml", raw)
    assert detect_format(path) == "sms_xml"
    assert load_conversations(path).message_count == len(grooming_chat())


def test_sms_control_character_reference_does_not_lose_later_messages(tmp_path):
    text = (
        _HEAD
        + _sms("+447700900123", 1710443112000, 1, "hi Mia")
        + _sms("+447700900123", 1710443113000, 1, "odd&#11;text&#1;here")
        + _sms("+447700900123", 1710443114000, 1, "how old are you?")
        + "</smses>\n"
    )
    result = load_conversations(write(tmp_path, "sms.xml", text))
    assert result.skipped == []
    assert [m.text for m in result.conversations[0].messages] == [
        "hi Mia",
        "odd\ufffdtext\ufffdhere",
        "how old are you?",
    ]


def test_sms_one_number_written_two_ways_is_one_conversation(tmp_path):
    # Received from "+447700900123", sent to the number as saved: "07700 900123".
    text = (
        _HEAD
        + _sms("+447700900123", 1710443112000, 1, "hi Mia")
        + _sms("07700 900123", 1710443113000, 2, "hi")
        + _sms("+44 7700 900123", 1710443114000, 1, "how old are you?")
        + _sms("07700 900456", 1710443115000, 1, "football at 5")
        + "</smses>\n"
    )
    result = load_conversations(write(tmp_path, "sms.xml", text))
    assert [len(c.messages) for c in result.conversations] == [3, 1]
    assert [m.sender for m in result.conversations[0].messages] == [ADULT, "me", ADULT]


def test_sms_mms_written_after_the_sms_is_put_in_time_order(tmp_path):
    mms = (
        '  <mms date="1710443113000" msg_box="1" address="+447700900123" '
        f'contact_name="{ADULT}" read="1">\n'
        '    <parts><part seq="0" ct="image/jpeg" name="IMG_1.jpg" data="/9j/4AAQ" />\n'
        '      <part seq="0" ct="text/plain" text="look" /></parts>\n'
        '    <addrs><addr address="+447700900123" type="137" charset="106" /></addrs>\n'
        "  </mms>\n"
    )
    text = (
        _HEAD
        + _sms("+447700900123", 1710443112000, 1, "hi Mia")
        + _sms("+447700900123", 1710443114000, 1, "did you see it?")
        + mms
        + "</smses>\n"
    )
    result = load_conversations(write(tmp_path, "sms.xml", text))
    assert triples(result) == [
        (ADULT, "hi Mia", False),
        (ADULT, "look", True),
        (ADULT, "did you see it?", False),
    ]
