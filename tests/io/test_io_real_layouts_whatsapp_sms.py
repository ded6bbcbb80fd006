"""Layouts that real WhatsApp exports, SMS backups and message tables are recorded to
have, which the importers once missed. Every fixture is small and made up; only the
shapes (dates, marks, placeholders, column names) are the apps' own, as public parsers'
fixtures and bug reports record them: joweich/chat-miner test/whatsapp/*.txt,
Pustur/whatsapp-chat-parser (tests, issues #224 #231 #248, website #25),
nmoya/whatsapp-parser#4, automaciej/whatsapp-archive#1, lucasrodes/whatstk#7,
ChatLab/ChatLab#131 #281, timelinize/timelinize's WhatsApp fixture, synctech.com.au's
"fields in XML backup files", and importers of iMazing's message CSV."""

from __future__ import annotations

import pytest
from chat_builders import ADULT, CHILD, LRM, benign_jpeg_bytes, sms_xml, write, zip_bytes

from onguard.io import ImportResult, detect_format, load_conversations

THIN = "\u2009"


def triples(result: ImportResult, index: int = 0) -> list[tuple[str, str, bool]]:
    return [(m.sender, m.text, m.media) for m in result.conversations[index].messages]


def _read(tmp_path, text: str, name: str = "chat.txt") -> ImportResult:
    return load_conversations(write(tmp_path, name, text))


# --- WhatsApp: header lines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "stamps"),
    [
        # Older exports put a colon after the time, with no dash and no brackets.
        (
            f"14/03/2012 19:05:12: {ADULT}: hi",
            f"14/03/2012 19:06:00: {CHILD}: see you at 4",
            ("2012-03-14T19:05:12", "2012-03-14T19:06:00"),
        ),
        (
            f"3/14/12, 7:05:12 PM: {ADULT}: hi",
            f"3/14/12, 7:06:00 PM: {CHILD}: see you at 4",
            ("2012-03-14T19:05:12", "2012-03-14T19:06:00"),
        ),
        (
            f"2012-03-14, 7:05:12 PM: {ADULT}: hi",
            f"2012-03-14, 7:06:00 PM: {CHILD}: see you at 4",
            ("2012-03-14T19:05:12", "2012-03-14T19:06:00"),
        ),
        (
            f"14.03.2012, 19:05: {ADULT}: hi",
            f"14.03.2012, 19:06: {CHILD}: see you at 4",
            ("2012-03-14T19:05:00", "2012-03-14T19:06:00"),
        ),
        (
            f"14.03.12 19.05.12: {ADULT}: hi",
            f"14.03.12 19.06.00: {CHILD}: see you at 4",
            ("2012-03-14T19:05:12", "2012-03-14T19:06:00"),
        ),
        # Year-first Android lines with a dot after the time.
        (
            f"2024/03/14, 19:05. - {ADULT}: hi",
            f"2024/03/14, 19:06. - {CHILD}: see you at 4",
            ("2024-03-14T19:05:00", "2024-03-14T19:06:00"),
        ),
        # A thin space (U+2009) between date and time and before PM on iOS.
        (
            f"[14/03/2024,{THIN}7:05:12{THIN}PM] {ADULT}: hi",
            f"[14/03/2024,{THIN}7:06:00{THIN}PM] {CHILD}: see you at 4",
            ("2024-03-14T19:05:12", "2024-03-14T19:06:00"),
        ),
        (
            f"[2024/03/14{THIN}19:05:12] {ADULT}: hi",
            f"[2024/03/14{THIN}19:06:00] {CHILD}: see you at 4",
            ("2024-03-14T19:05:12", "2024-03-14T19:06:00"),
        ),
    ],
)
def test_whatsapp_header_variants(tmp_path, first, second, stamps):
    path = write(tmp_path, "chat.txt", f"{first}\n{second}\n")
    assert detect_format(path) == "whatsapp"
    conv = load_conversations(path).conversations[0]
    assert [(m.sender, m.text, m.ts) for m in conv.messages] == [
        (ADULT, "hi", stamps[0]),
        (CHILD, "see you at 4", stamps[1]),
    ]


def test_whatsapp_legacy_colon_header_keeps_notices_out(tmp_path):
    text = (
        f"3/14/12, 7:04:00 PM: {ADULT} created group “Year 8”\n"
        f"3/14/12, 7:05:12 PM: {ADULT}: how old are you\n"
        "still at school?\n"
    )
    result = _read(tmp_path, text)
    assert triples(result) == [(ADULT, "how old are you\nstill at school?", False)]
    assert any("1 system notices" in w for w in result.warnings)


def test_whatsapp_sender_without_a_space_after_the_colon(tmp_path):
    text = f"[2024/3/14 19:05:12] {ADULT}:hi\n[2024/3/14 19:06:00] {CHILD}: see you at 4\n"
    assert triples(_read(tmp_path, text)) == [
        (ADULT, "hi", False),
        (CHILD, "see you at 4", False),
    ]


@pytest.mark.parametrize(
    "notice",
    [
        "Training moved to 10:30 tomorrow",  # a time is no sender
        "Rules are at https://example.org/rules",  # nor a link
        f"{ADULT} changed the group description",
    ],
)
def test_whatsapp_senderless_notices_with_colons_stay_notices(tmp_path, notice):
    text = f"14/03/2024, 19:05 - {notice}\n14/03/2024, 19:06 - {ADULT}: hi\n"
    assert triples(_read(tmp_path, text)) == [(ADULT, "hi", False)]


# --- WhatsApp: what a message line holds --------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # iOS writes these with an invisible mark first, as it does its notices.
        f"{LRM}video note omitted",
        f"{LRM}Contact card omitted",
        f"{LRM}GIF omitted",
        # Android writes them in angle brackets.
        "<Video note omitted>",
        "<Sticker omitted>",
        "<View once voice message omitted>",
        # iOS before 2017: the file name, then "<attached>".
        "2024-03-14-PHOTO-00000012.jpg <attached>",
        f"{LRM}2024-03-14-VIDEO-00000013.mp4 <attached>",
    ],
)
def test_whatsapp_more_media_placeholders(tmp_path, body):
    text = f"[14/03/2024, 19:05:12] {ADULT}: hi\n[14/03/2024, 19:05:30] {ADULT}: {body}\n"
    assert triples(_read(tmp_path, text)) == [(ADULT, "hi", False), (ADULT, "", True)]


@pytest.mark.parametrize(
    "body", ["the last bit omitted", "Video call, now?", "Missed video call, sorry", "<3"]
)
def test_whatsapp_placeholder_words_in_ordinary_text_are_kept_as_text(tmp_path, body):
    text = f"14/03/2024, 19:05 - {ADULT}: {body}\n"
    assert triples(_read(tmp_path, text)) == [(ADULT, body, False)]


def test_whatsapp_ios_shared_place_with_a_link_is_kept(tmp_path):
    venue = "Park Cafe (1 High St, Town): https://foursquare.com/v/0a1b2c3d4e5f"
    text = f"[14/03/2024, 19:05:12] {ADULT}: {LRM}{venue}\n[14/03/2024, 19:05:30] {ADULT}: 4pm\n"
    assert triples(_read(tmp_path, text)) == [(ADULT, venue, False), (ADULT, "4pm", False)]


@pytest.mark.parametrize(
    "body",
    [
        "Missed video call, Tap to call back",
        "Missed voice call, Tap to call back",
        "Video call, 5 min",
        "Voice call, 12 min",
        "Diese Nachricht wurde gelöscht.",
        "Esta mensagem foi apagada",
        "Se eliminó este mensaje.",
        "Questo messaggio è stato eliminato.",
        "Hai eliminato questo messaggio.",
        "Bu mesaj silindi",
    ],
)
def test_whatsapp_call_and_deleted_markers_with_a_sender_are_notices(tmp_path, body):
    text = f"14/03/2024, 19:05 - {ADULT}: {body}\n14/03/2024, 19:06 - {ADULT}: hi\n"
    result = _read(tmp_path, text)
    assert triples(result) == [(ADULT, "hi", False)]
    assert any("1 system notices" in w for w in result.warnings)


# --- WhatsApp: the zip an export makes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("chat_name", "chat", "document"),
    [
        (
            "_chat.txt",
            f"[14/03/2024, 19:05:12] {ADULT}: hi\r\n"
            f"[14/03/2024, 19:05:30] {ADULT}: {LRM}Homework • 1 page "
            f"<attached: 00000013-Homework.txt>\r\n",
            "00000013-Homework.txt",
        ),
        (
            f"WhatsApp Chat with {ADULT}.txt",
            f"14/03/2024, 19:05 - {ADULT}: hi\n"
            f"14/03/2024, 19:05 - {ADULT}: Homework.txt (file attached)\n",
            "Homework.txt",
        ),
    ],
)
def test_whatsapp_zip_document_shared_in_the_chat_is_not_a_second_chat(
    tmp_path, chat_name, chat, document
):
    data = zip_bytes(
        {
            chat_name: chat.encode(),
            document: b"Maths: page 4\nEnglish: essay\n",
            "00000014-PHOTO-2024-03-14-19-05-12.jpg": benign_jpeg_bytes(),
            "00000015-Sam.vcf": b"BEGIN:VCARD\nVERSION:3.0\nFN:Sam\nEND:VCARD\n",
        }
    )
    result = load_conversations(write(tmp_path, f"WhatsApp Chat - {ADULT}.zip", data))
    assert result.format == "whatsapp"
    assert [c.id for c in result.conversations] == [f"WhatsApp Chat - {ADULT}"]
    assert triples(result) == [(ADULT, "hi", False), (ADULT, "", True)]
    assert any("attached to the chat" in w for w in result.warnings)


# --- SMS Backup & Restore -----------------------------------------------------------------------


def test_sms_group_mms_as_the_app_writes_it(tmp_path):
    # Addresses joined by "~" (one with "+", one without), names joined by ", ", a vCard
    # part with a capital C, a SMIL part, and "null" for absent text.
    mms = (
        '  <mms date="1710443113000" rr="null" sub="null" '
        'ct_t="application/vnd.wap.multipart.related" msg_box="1" '
        'address="+447700900123~447700900456" m_type="132" text_only="0" '
        f'readable_date="14 Mar 2024 19:05:13" contact_name="{ADULT}, Ali">\n'
        "    <parts>\n"
        '      <part seq="-1" ct="application/smil" name="null" chset="null" cd="null" '
        'fn="null" cid="&lt;smil&gt;" cl="smil.xml" ctt_s="null" ctt_t="null" '
        'text="&lt;smil&gt;&lt;/smil&gt;" />\n'
        '      <part seq="0" ct="text/plain" name="null" chset="106" cd="null" fn="null" '
        'cid="&lt;text0&gt;" cl="text0.txt" ctt_s="null" ctt_t="null" '
        'text="see you at 4 &#55357;&#56832;" />\n'
        '      <part seq="0" ct="text/x-vCard" name="null" chset="null" cd="null" '
        'fn="null" cid="&lt;contact000000&gt;" cl="contact000000.vcf" ctt_s="null" '
        'ctt_t="null" text="null" data="QkVHSU4=" />\n'
        "    </parts>\n"
        "    <addrs>\n"
        '      <addr address="+447700900456" type="137" charset="106" />\n'
        '      <addr address="+447700900123" type="151" charset="106" />\n'
        '      <addr address="+447700900999" type="151" charset="106" />\n'
        "    </addrs>\n"
        "  </mms>\n"
    )
    raw = sms_xml([], drafts=False).replace("</smses>", mms + "</smses>")
    result = load_conversations(write(tmp_path, "sms-20240315080000.xml", raw))
    assert triples(result) == [("Ali", "see you at 4 😀", True)]


# --- CSV tables ---------------------------------------------------------------------------------

_IMAZING_MESSAGES = (
    "Chat Session,Message Date,Delivered Date,Read Date,Edited Date,Service,Type,"
    "Sender ID,Sender Name,Status,Replying to,Subject,Text,Attachment,Attachment type\r\n"
    f"{ADULT},2024-03-14 19:05:12,,,,iMessage,Incoming,+447700900123,{ADULT},Read,,,"
    '"hi, how old are you?",,\r\n'
    f"{ADULT},2024-03-14 19:06:00,2024-03-14 19:06:01,,,iMessage,Outgoing,,,Delivered,,,"
    "13,,\r\n"
    f"{ADULT},2024-03-14 19:07:00,,,,SMS,Incoming,+447700900123,,Read,,,,"
    "IMG_0042.HEIC,image/heic\r\n"
)

_IMAZING_WHATSAPP = (
    "Chat Session,Message Date,Sent Date,Type,Sender ID,Sender Name,Status,Forwarded,"
    "Replying to,Text,Reactions,Attachment,Attachment type,Attachment info\r\n"
    f"{ADULT},2024-03-14 19:00:00,,Notification,,,,,,Messages and calls are end-to-end "
    "encrypted,,,,\r\n"
    f"{ADULT},2024-03-14 19:05:12,,Incoming,+447700900123,{ADULT},,,,see you at 4,,,,\r\n"
    f"{ADULT},2024-03-14 19:06:00,2024-03-14 19:06:00,Outgoing,,,Read,,,ok,,,,\r\n"
)


def test_imazing_messages_csv(tmp_path):
    path = write(tmp_path, f"Messages - {ADULT}.csv", "\ufeff" + _IMAZING_MESSAGES)
    assert detect_format(path) == "csv"
    result = load_conversations(path)
    conv = result.conversations[0]
    assert conv.id == ADULT
    assert triples(result) == [
        (ADULT, "hi, how old are you?", False),
        ("me", "13", False),
        ("+447700900123", "", True),
    ]
    assert [m.ts for m in conv.messages][:2] == ["2024-03-14T19:05:12", "2024-03-14T19:06:00"]
    assert result.skipped == []


def test_imazing_whatsapp_csv_leaves_notifications_out(tmp_path):
    result = load_conversations(write(tmp_path, f"WhatsApp - {ADULT}.csv", _IMAZING_WHATSAPP))
    assert triples(result) == [(ADULT, "see you at 4", False), ("me", "ok", False)]
    assert any("1 notifications" in w for w in result.warnings)


def test_csv_direction_column_names_the_owner_only_where_the_sender_is_empty(tmp_path):
    text = "direction,from,message\nincoming,Sam,hi\noutgoing,,hello\nsent,Mia,see you at 4\n"
    result = load_conversations(write(tmp_path, "log.csv", text))
    assert triples(result) == [
        ("Sam", "hi", False),
        ("me", "hello", False),
        ("Mia", "see you at 4", False),
    ]


@pytest.mark.parametrize(("value", "media"), [("IMG_0042.HEIC", True), ("", False), ("no", False)])
def test_csv_attachment_column_with_a_file_name_is_media(tmp_path, value, media):
    text = f"from,message,attachment\nSam,look,{value}\n"
    result = load_conversations(write(tmp_path, "log.csv", text))
    assert triples(result) == [("Sam", "look", media)]
