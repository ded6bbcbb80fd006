"""The HTML and TXT downloads: Instagram and Facebook Messenger "Download your information" in
HTML (message_N.html), Snapchat "My Data" HTML (html/chat_history/subpage_<user>.html) and
TikTok "Download your data" in TXT (Direct Messages.txt).

The pages are built here in the layouts the real downloads use (recorded, with their sources,
in docs/importers.md): the class names, the nesting, newest-first order, localised dates.
Every message is made up and harmless."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from html import escape

import pytest
from chat_builders import ADULT, CHILD, USERNAMES, Line, snapchat_chat_history, write, zip_bytes

from onguard.io import ImportFormatError, detect_format, load_conversations, parse_chat_text

T0 = datetime(2024, 3, 14, 19, 5, 12)
SECRET = "Pineapple-Orchard-42"  # stands in for content that must never be echoed


def load_zip(tmp_path, name, files, fmt, **options):
    """A download's zip of `files`, detected as `fmt` and loaded as `fmt`."""
    path = write(tmp_path, name, zip_bytes(files))
    assert detect_format(path) == fmt
    result = load_conversations(path, **options)
    assert result.format == fmt
    return result


def triples(result, index=0):
    return [(m.sender, m.text, m.media) for m in result.conversations[index].messages]


def texts(result, index=0):
    return [m.text for m in result.conversations[index].messages]


# --- Meta (Instagram, Messenger) pages ----------------------------------------------------------


@dataclass(frozen=True)
class Msg:
    sender: str
    text: str  # plain text: escaped, newlines written as <br />
    when: datetime
    photo: bool = False
    video: bool = False
    link: str = ""  # a shared post or reel: its preview and link in the third div
    reaction: str = ""  # who reacted (a heart), inside the message box


@dataclass(frozen=True)
class Layout:
    name: str
    box: str  # the message box's opening tag
    box_end: str
    sender: str  # the sender's tag and class
    content: str
    date_open: str
    date_close: str
    reactions: str  # the class of the reaction list


LAYOUTS = {
    # Instagram, 2022-2024 (a real May 2024 page): sender in a div, "May 14, 2024, 6:21 AM".
    "ig-2024": Layout(
        "ig-2024",
        '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">',
        "</div>",
        'div class="_3-95 _2pim _a6-h _a6-i"',
        "_3-95 _a6-p",
        '<div class="_3-94 _a6-o">',
        "</div>",
        "_a6-q",
    ),
    # Instagram, newer pages: sender in an h2, "Mar 14, 2024 7:05 pm".
    "ig-h2": Layout(
        "ig-h2",
        '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder">',
        "</div>",
        'h2 class="_3-95 _2pim _a6-h _a6-i"',
        "_3-95 _a6-p",
        '<div class="_3-94 _a6-o">',
        "</div>",
        "_a6-q",
    ),
    # Facebook, 2019-2021 (a real Dec 2021 page, Chinese dates): the older class names.
    "fb-2021": Layout(
        "fb-2021",
        '<div class="pam _3-95 _2pi0 _2lej uiBoxWhite noborder">',
        "</div>",
        'div class="_3-96 _2pio _2lek _2lel"',
        "_3-96 _2let",
        '<div class="_3-94 _2lem">',
        "</div>",
        "_tqp",
    ),
    # Facebook, 2023 (a real Vietnamese page): "Tháng 10 13, 2023 10:20:49sáng".
    "fb-2023-vi": Layout(
        "fb-2023-vi",
        '<div class="_3-95 _a6-g">',
        "</div>",
        'div class="_2ph_ _a6-h _a6-i"',
        "_2ph_ _a6-p",
        '<div class="_3-94 _a6-o"><div class="_a72d">',
        "</div></div>",
        "_a6-q",
    ),
    # Facebook, 2024 (a real English page): "Mar 12, 2024 8:25:13 pm".
    "fb-2024": Layout(
        "fb-2024",
        '<div class="_a6-g">',
        "</div>",
        'div class="_2ph_ _a6-h _a6-i"',
        "_2ph_ _a6-p",
        '<div class="_3-94 _a6-o"><div class="_a72d">',
        "</div></div>",
        "_a6-q",
    ),
    # Facebook, 2025: section, h2 and footer.
    "fb-2025": Layout(
        "fb-2025",
        '<section class="_3-95 _a6-g">',
        "</section>",
        'h2 class="_2ph_ _a6-h _a6-i"',
        "_2ph_ _a6-p",
        '<footer class="_3-94 _a6-o"><div class="_a72d">',
        "</div></footer>",
        "_a6-q",
    ),
}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _clock(when: datetime) -> tuple[int, str]:
    return (when.hour % 12 or 12), ("am" if when.hour < 12 else "pm")


def meta_date(when: datetime, layout: str) -> str:
    hour, half = _clock(when)
    if layout == "ig-2024":
        return (
            f"{MONTHS[when.month - 1]} {when.day:02d}, {when.year}, {hour}:{when:%M} {half.upper()}"
        )
    if layout == "ig-h2":
        return f"{MONTHS[when.month - 1]} {when.day:02d}, {when.year} {hour}:{when:%M} {half}"
    if layout == "fb-2021":
        noon = "上午" if when.hour < 12 else "下午"
        return f"{when.year}年{when.month}月{when.day}日 {noon}{hour}:{when:%M}"
    if layout == "fb-2023-vi":
        part = "sáng" if when.hour < 12 else "chiều"
        return f"Tháng {when.month} {when.day}, {when.year} {hour}:{when:%M:%S}{part}"
    return f"{MONTHS[when.month - 1]} {when.day:02d}, {when.year} {hour}:{when:%M:%S} {half}"


def expected_ts(when: datetime, layout: str) -> str:
    """What the page says, as ISO 8601 (no seconds where the page has none)."""
    if layout in ("ig-2024", "ig-h2", "fb-2021"):
        when = when.replace(second=0)
    return when.isoformat()


def meta_block(msg: Msg, layout: Layout, thread: str, date: str | None = None) -> str:
    text = "<br />".join(escape(part) for part in msg.text.split("\n"))
    media = ""
    if msg.photo:
        src = f"{thread}/photos/1016.jpg"
        media = (
            f'<div><a target="_blank" href="{src}">'
            f'<img src="{src}" class="_a6_o _3-96" /></a></div>'
        )
    if msg.video:
        src = f"{thread}/videos/1017.mp4"
        media = (
            f'<div><div><div><video src="{src}" controls="1" class="_a6_o _3-96">'
            f'<a target="_blank" href="{src}"><div>Click for video:</div></a>'
            "</video></div></div></div>"
        )
    if msg.link:
        media = (
            "<div><div><div><div>a funny cat video #cats</div><div>cat.videos.example</div>"
            f'<div><a target="_blank" href="{msg.link}">{msg.link}</a></div></div></div></div>'
        )
    reaction = ""
    if msg.reaction:
        if layout.name == "ig-h2":
            when = meta_date(msg.when, "ig-h2")
            item = f"<li><span>❤{msg.reaction}<span> ({when})</span></span></li>"
        else:
            item = f"<li>❤{msg.reaction}</li>"
        reaction = f'<div><ul class="{layout.reactions}">{item}</ul></div>'
    tag = layout.sender.split()[0]
    return (
        f"{layout.box}<{layout.sender}>{escape(msg.sender)}</{tag}>"
        f'<div class="{layout.content}"><div><div></div><div>{text}</div><div>{media}</div>'
        f"<div></div>{reaction}</div></div>"
        f"{layout.date_open}{date or meta_date(msg.when, layout.name)}{layout.date_close}"
        f"{layout.box_end}"
    )


CSS = (
    '<style type="text/css" nonce="x1">._a6-g{background:white;border-radius:8px}'
    "._a6-h{color:#1d2129;font-weight:bold}._a6-o{color:#8d949e}._a6-p{color:#1d2129}"
    ".uiBoxWhite{background-color:#fff}._2lek{font-weight:bold}._2lem{color:#8d949e}</style>"
)


def meta_page(
    msgs: list[Msg],
    layout_name: str = "ig-2024",
    title: str = ADULT,
    thread: str = "your_instagram_activity/messages/inbox/samtaylor_1234567890",
    pages: int = 1,
    dates: list[str] | None = None,
) -> str:
    """A message_N.html page: the messages newest first, as the downloads write them."""
    layout = LAYOUTS[layout_name]
    ordered = list(reversed(msgs))
    blocks = "".join(
        meta_block(m, layout, thread, dates[len(msgs) - 1 - i] if dates else None)
        for i, m in enumerate(ordered)
    )
    pager = ""
    if pages > 1:
        links = "".join(
            f'<a role="button" class="_42ft _4jy0 _4jy3 _517h _51sy" '
            f'href="{thread}/message_{n}.html">{n}</a>'
            for n in range(1, pages + 1)
        )
        pager = f'<div class="_7s7q">{links}</div>' * 2
    head = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />'
        f'<base href="../../../../" />{CSS}<title>{escape(title)}</title></head>'
    )
    if layout_name.startswith("ig"):
        body = (
            '<body class="_5vb_ _2yq _a7o5"><div class="clearfix _ikh"><div class="_4bl9">'
            '<div class="_li"><div><table style="width:100%;"><tr><td>'
            '<img src="files/Instagram-Logo.png" height="28" alt="Instagram" /></td></tr></table>'
            '</div><div class="_a705"><div><div class="_3-8y _3-95 _a70a"><div class="_a70d">'
            f'<div class="_a70e">{escape(title)}</div></div></div></div>'
        )
        main = (
            '<main class="_a706" role="main">'
            if layout_name == "ig-h2"
            else '<div class="_a706" role="main">'
        )
        end = "</main>" if layout_name == "ig-h2" else "</div>"
        return f"{head}{body}{main}{pager}{blocks}{end}</div></div></div></div></body></html>"
    if layout_name == "fb-2021":
        body = (
            '<body class="_5vb_ _2yq _4yic"><div class="clearfix _ikh"><div class="_4bl9">'
            '<div class="_li"><div id="bluebarRoot"><div aria-label="Facebook" role="banner">'
            '<h1 class="_19ea"><a class="_19eb" href="https://www.facebook.com/?ref=logo" '
            'title="Facebook"><span class="_2md">Facebook</span></a></h1></div></div>'
            f'<div class="_3a_u"><div class="_3b0c"><div class="_3b0d">{escape(title)}</div></div>'
            '</div><div class="_4t5n" role="main">'
        )
        return f"{head}{body}{pager}{blocks}</div></div></div></div></body></html>"
    body = (
        '<body class="_5vb_ _2yq _a7o5"><div class="clearfix _ikh"><div class="_4bl9">'
        '<div class="_li"><div class="_a705"><div><div class="_3-8y _3-95 _a709">'
        f'<div class="_a70d"><div class="_a70e">{escape(title)}</div><div class="_aoaa"><div>'
        "Generated by Mia on Friday, March 15, 2024 at 9:00 AM UTC+00:00<div>Contains data you "
        "requested from March 1, 2024 at 12:00 AM to March 15, 2024 at 9:00 AM</div></div>"
        '</div></div></div></div><div class="_a706" role="main">'
    )
    return f"{head}{body}{pager}{blocks}</div></div></div></div></body></html>"


def chat(start: datetime = T0) -> list[Msg]:
    at = [start + timedelta(minutes=i) for i in range(10)]
    return [
        Msg(ADULT, "hi", at[0]),
        Msg(CHILD, "hey", at[1], reaction=ADULT),
        Msg(ADULT, "how old are you", at[2]),
        Msg(CHILD, "it's 13 & a half", at[3]),
        Msg(ADULT, "Liked a message", at[4]),
        Msg(ADULT, "", at[5], photo=True),
        Msg(CHILD, "look at this", at[6], photo=True),
        Msg(
            ADULT,
            "Sam Taylor sent an attachment.",
            at[7],
            link="https://www.instagram.com/reel/C4x/",
        ),
        Msg(CHILD, "", at[8], video=True),
        Msg(ADULT, "see you at 4\nby the park", at[9]),
    ]


EXPECTED = [
    (ADULT, "hi", False),
    (CHILD, "hey", False),
    (ADULT, "how old are you", False),
    (CHILD, "it's 13 & a half", False),
    (ADULT, "", True),
    (CHILD, "look at this", True),
    (ADULT, "https://www.instagram.com/reel/C4x/", False),
    (CHILD, "", True),
    (ADULT, "see you at 4\nby the park", False),
]
KEPT = [0, 1, 2, 3, 5, 6, 7, 8, 9]  # chat() less the app's "Liked a message"


@pytest.mark.parametrize(
    ("layout", "platform"),
    [
        ("ig-2024", "instagram"),
        ("ig-h2", "instagram"),
        ("fb-2021", "messenger"),
        ("fb-2023-vi", "messenger"),
        ("fb-2024", "messenger"),
        ("fb-2025", "messenger"),
    ],
)
def test_meta_html_page_in_each_real_layout(tmp_path, layout, platform):
    msgs = chat()
    path = write(tmp_path, "message_1.html", meta_page(msgs, layout))
    assert detect_format(path) == platform
    result = load_conversations(path, child=CHILD)
    assert result.format == platform
    conv = result.conversations[0]
    assert conv.id == "message_1"
    # oldest first; entities decoded; <br /> kept as a newline; the reaction is not text;
    # photos and videos are media ("Click for video:" is not text); a shared reel's
    # "... sent an attachment." gives way to its link; "Liked a message" is left out.
    assert triples(result) == EXPECTED
    assert [m.ts for m in conv.messages] == [expected_ts(msgs[i].when, layout) for i in KEPT]
    assert {p.id: p.role for p in conv.participants} == {ADULT: "unknown", CHILD: "child"}
    assert result.skipped == []
    assert any("1 " in w and "app-written" in w for w in result.warnings)
    assert any("no timezone" in w for w in result.warnings)


def test_meta_html_mojibake_is_not_repaired_because_the_pages_have_none(tmp_path):
    # The JSON writes UTF-8 bytes as \u00XX escapes; the HTML pages hold real UTF-8 text.
    msgs = [Msg(ADULT, "café 😊", T0), Msg(CHILD, "Ã©tÃ©", T0 + timedelta(minutes=1))]
    path = write(tmp_path, "message_1.html", meta_page(msgs, "fb-2024"))
    assert texts(load_conversations(path)) == ["café 😊", "Ã©tÃ©"]


def test_meta_html_dates_in_an_unread_language_keep_the_pages_order(tmp_path):
    msgs = [Msg(ADULT, "hi", T0), Msg(CHILD, "hey", T0), Msg(ADULT, "see you at 4", T0)]
    dates = ["14 mars 2024 19:05", "14 mars 2024 19:06", "14 mars 2024 19:07"]
    path = write(tmp_path, "message_1.html", meta_page(msgs, "fb-2024", dates=dates))
    result = load_conversations(path)
    assert texts(result) == ["hi", "hey", "see you at 4"]  # the page is newest first
    assert all(m.ts is None for m in result.conversations[0].messages)
    assert any("3 messages" in w and "date" in w for w in result.warnings)


def test_meta_html_forced_format_names(tmp_path):
    path = write(tmp_path, "message_1.html", meta_page(chat(), "ig-2024"))
    assert load_conversations(path, fmt="messenger").format == "messenger"
    assert triples(load_conversations(path, fmt="instagram")) == EXPECTED
    with pytest.raises(ImportFormatError):
        load_conversations(path, fmt="telegram")


# --- Meta downloads as zips and folders ----------------------------------------------------------

FOLLOWERS = (
    f"<html><head>{CSS}<title>Followers</title></head><body><main>"
    '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><div class="_a6-p"><div><div>'
    '<a target="_blank" href="https://www.instagram.com/river.example">river.example</a></div>'
    "<div>Jul 25, 2024 1:28 pm</div></div></div></div></main></body></html>"
)
FOLLOWING = (
    f"<html><head>{CSS}<title>Following</title></head><body><main>"
    '<div class="pam _3-95 _2ph- _a6-g uiBoxWhite noborder"><h2 class="_3-95 _2pim _a6-h _a6-i">'
    'jordan.example</h2><div class="_a6-p"><div><div><a target="_blank" '
    'href="https://www.instagram.com/_u/jordan.example">https://www.instagram.com/_u/jordan.example'
    "</a></div><div>Jul 25, 2024 5:39 pm</div></div></div></div></main></body></html>"
)
LOGINS = (
    f"<html><head>{CSS}<title>Logins and Logouts</title></head><body><main>"
    '<section class="_3-95 _a6-g"><h2 class="_2ph_ _a6-h _a6-i">Login</h2><div class="_2ph_ _a6-p">'
    '<table><tr><td class="_a6_q">IP address</td>'
    '<td class="_2piu _a6_r">192.0.2.1</td></tr></table>'
    '</div><footer class="_3-94 _a6-o"><div class="_a72d">Mar 14, 2024 7:05:12 pm</div></footer>'
    "</section></main></body></html>"
)


def test_instagram_html_download_zip_reads_only_the_message_pages(tmp_path):
    inbox = "your_instagram_activity/messages/inbox"
    sam = f"{inbox}/samtaylor_1234567890"
    older = chat(T0 - timedelta(days=2))[:4]
    newer = chat()
    other = [Msg("Jo", "see you at 4", T0), Msg(CHILD, "ok", T0 + timedelta(minutes=3))]
    files = {
        "start_here.html": b"<html><body><a href='connections/'>Followers</a></body></html>",
        f"{sam}/message_1.html": meta_page(newer, "ig-h2", thread=sam, pages=2).encode(),
        f"{sam}/message_2.html": meta_page(older, "ig-h2", thread=sam, pages=2).encode(),
        f"{sam}/photos/1016.jpg": b"\xff\xd8\xff\xe0 not a picture",
        f"{inbox}/jo_987/message_1.html": meta_page(
            other, "ig-h2", "Jo", f"{inbox}/jo_987"
        ).encode(),
        "your_instagram_activity/messages/chats.html": FOLLOWING.encode(),
        "your_instagram_activity/messages/secret_conversations.html": LOGINS.encode(),
        "connections/followers_and_following/followers_1.html": FOLLOWERS.encode(),
        "connections/followers_and_following/following.html": FOLLOWING.encode(),
        "security_and_login_information/login_and_logout_activity.html": LOGINS.encode(),
    }
    result = load_zip(
        tmp_path, "instagram-mia.example-2024-03-15-abc.zip", files, "instagram", child=CHILD
    )
    assert [c.id for c in result.conversations] == [
        "instagram-mia.example-2024-03-15-abc-1",
        "instagram-mia.example-2024-03-15-abc-2",
    ]
    jo, sam_chat = result.conversations
    assert [m.text for m in jo.messages] == ["see you at 4", "ok"]
    # message_2.html holds the older messages: read first.
    assert [m.text for m in sam_chat.messages] == (
        ["hi", "hey", "how old are you", "it's 13 & a half"] + [EXPECTED[i][1] for i in range(9)]
    )
    assert result.skipped == []


@pytest.mark.parametrize(
    "root",
    ["your_facebook_activity/messages", "your_activity_across_facebook/messages", "messages"],
)
def test_facebook_html_download_zip(tmp_path, root):
    thread = f"{root}/inbox/samtaylor_10158"
    files = {
        f"{thread}/message_1.html": meta_page(chat(), "fb-2024", thread=thread).encode(),
        f"{root}/e2ee_cutover/jo_77/message_1.html": meta_page(
            [Msg("Jo", "hi", T0)], "fb-2025", "Jo", f"{root}/e2ee_cutover/jo_77"
        ).encode(),
        "your_facebook_activity/security/logins_and_logouts.html": LOGINS.encode(),
        "index.html": b"<html><body>Your information</body></html>",
    }
    path = write(tmp_path, "facebook-mia-2024.zip", zip_bytes(files))
    result = load_conversations(path)
    assert result.format == "messenger"
    assert len(result.conversations) == 2
    assert triples(result, 1) == EXPECTED


def test_meta_html_folder_unpacked(tmp_path):
    thread = tmp_path / "dl" / "your_instagram_activity" / "messages" / "inbox" / "sam_1"
    thread.mkdir(parents=True)
    (thread / "message_1.html").write_text(meta_page(chat(), "ig-2024"), encoding="utf-8")
    (tmp_path / "dl" / "start_here.html").write_text("<html><body>hi</body></html>")
    result = load_conversations(tmp_path / "dl")
    assert result.format == "instagram"
    assert triples(result) == EXPECTED


# --- bad input ----------------------------------------------------------------------------------


def test_truncated_meta_html_page_keeps_the_complete_messages(tmp_path):
    page = meta_page(chat(), "fb-2024")
    # Cut inside the fourth box from the top (the page is newest first): the oldest are lost.
    cut = page.index("how old are you") + 5
    path = write(tmp_path, "message_1.html", page[:cut])
    result = load_conversations(path)
    assert result.format == "messenger"
    assert texts(result) == [EXPECTED[i][1] for i in range(3, 9)]
    assert len(result.skipped) == 1
    assert "cut short" in result.skipped[0].message
    assert result.skipped[0].line == 1


@pytest.mark.parametrize(
    "page",
    [
        FOLLOWERS,
        FOLLOWING,
        LOGINS,
        f"<html><head><title>{SECRET}</title></head><body><p>{SECRET}</p></body></html>",
        "<html><body><div class='_a6-g'><div class='_a6-h'>",
        "<!DOCTYPE html><html><body><table><tr><td>a</td></tr></table></body></html>",
    ],
)
def test_html_pages_that_are_not_chats_are_refused(tmp_path, page):
    path = write(tmp_path, "message_1.html", page)
    for fmt in ("auto", "instagram", "messenger", "snapchat"):
        with pytest.raises(ImportFormatError) as err:
            load_conversations(path, fmt=fmt)
        assert SECRET not in str(err.value)


def test_zip_with_a_truncated_message_page_and_pages_that_are_not_chats(tmp_path):
    thread = "your_instagram_activity/messages/inbox/samtaylor_1"
    page = meta_page(chat(), "ig-2024", thread=thread)
    files = {
        f"{thread}/message_1.html": page[: page.index("how old are you") + 5].encode(),
        "connections/followers_and_following/followers_1.html": FOLLOWERS.encode(),
        "your_instagram_activity/messages/inbox/other_2/message_1.html": FOLLOWING.encode(),
    }
    result = load_conversations(write(tmp_path, "ig.zip", zip_bytes(files)))
    assert result.format == "instagram"
    assert len(result.conversations) == 1
    assert texts(result) == [EXPECTED[i][1] for i in range(3, 9)]
    assert any("cut short" in s.message for s in result.skipped)
    assert any("not chat exports" in w for w in result.warnings)


def test_zip_of_pages_that_are_not_chats_is_refused(tmp_path):
    files = {
        "connections/followers_and_following/followers_1.html": FOLLOWERS.encode(),
        "your_instagram_activity/messages/inbox/x_1/message_1.html": LOGINS.encode(),
    }
    with pytest.raises(ImportFormatError):
        load_conversations(write(tmp_path, "ig.zip", zip_bytes(files)))


def test_meta_html_notes_never_quote_content(tmp_path):
    msgs = [Msg(ADULT, SECRET, T0), Msg(CHILD, "Liked a message", T0)]
    dates = [SECRET, SECRET]
    result = load_conversations(
        write(tmp_path, "message_1.html", meta_page(msgs, "fb-2024", dates=dates))
    )
    assert texts(result) == [SECRET]
    assert not any(SECRET in w for w in result.warnings)
    assert not any(SECRET in str(s) for s in result.skipped)


# --- TikTok TXT ---------------------------------------------------------------------------------

SAM, MIA = USERNAMES[ADULT], USERNAMES[CHILD]


def tiktok_txt(chats: dict[str, list[tuple[str, str, datetime]]]) -> str:
    """Direct Messages.txt: a block per chat, newest message first, times in UTC."""
    out: list[str] = []
    for other, msgs in chats.items():
        out += [f">>> Chat History with {other}::", ""]
        out += [f"{when:%Y-%m-%d %H:%M:%S} UTC {who}: {text}" for who, text, when in reversed(msgs)]
        out.append("")
    return "\n".join(out)


def tiktok_chats() -> dict[str, list[tuple[str, str, datetime]]]:
    at = [T0 + timedelta(minutes=i) for i in range(5)]
    return {
        SAM: [
            (SAM, "hi", at[0]),
            (MIA, "hey", at[1]),
            (SAM, "how old are you", at[2]),
            (MIA, "see you at 4\nby the park", at[3]),
            (SAM, "https://www.tiktokv.com/share/video/7300000000000000001/", at[4]),
        ],
        "jo.example": [("jo.example", "hi", at[0]), (MIA, "hi!", at[1])],
    }


def test_tiktok_txt_direct_messages(tmp_path):
    path = write(tmp_path, "Direct Messages.txt", tiktok_txt(tiktok_chats()))
    assert detect_format(path) == "tiktok"
    result = load_conversations(path, child=MIA)
    assert result.format == "tiktok"
    assert [c.id for c in result.conversations] == ["Direct Messages-1", "Direct Messages-2"]
    assert triples(result) == [
        (SAM, "hi", False),
        (MIA, "hey", False),
        (SAM, "how old are you", False),
        (MIA, "see you at 4\nby the park", False),
        (SAM, "https://www.tiktokv.com/share/video/7300000000000000001/", False),
    ]
    assert result.conversations[0].messages[0].ts == "2024-03-14T19:05:12Z"
    assert {p.id: p.role for p in result.conversations[0].participants} == {
        SAM: "unknown",
        MIA: "child",
    }
    assert texts(result, 1) == ["hi", "hi!"]
    assert result.skipped == []


def test_tiktok_txt_chat_with_no_messages_names_the_other_person(tmp_path):
    text = ">>> Chat History with jo.example::\n\n\n" + tiktok_txt({SAM: tiktok_chats()[SAM][:1]})
    result = load_conversations(write(tmp_path, "Direct Messages.txt", text))
    assert [len(c.messages) for c in result.conversations] == [0, 1]
    assert [p.id for p in result.conversations[0].participants] == ["jo.example"]


def test_tiktok_txt_download_zip_reads_only_the_direct_messages(tmp_path):
    files = {
        "TikTok/Direct Messages/Direct Messages.txt": tiktok_txt(tiktok_chats()).encode(),
        "TikTok/Comment/Comments.txt": (
            b"Date: 2024-03-14 18:00:00\nComment: nice video\n\n"
            b"Date: 2024-03-14 18:05:00\nComment: so funny\n"
        ),
        "TikTok/Video/Videos.txt": (
            b"Date: 2024-03-14 18:00:00\nLink: https://www.tiktokv.com/share/video/1/\nLikes: 3\n"
        ),
        "TikTok/Profile/Profile Information.txt": b"Username: mia.example\nBio: hi\n",
        "TikTok/Ads and data/Ad Interests.txt": b"You have no data in this section\n",
        "TikTok/Group Chat/Group Chat.txt": b"You have no data in this section\n",
    }
    result = load_zip(tmp_path, "TikTok_Data_1710489600.zip", files, "tiktok")
    assert len(result.conversations) == 2
    assert texts(result, 1) == ["hi", "hi!"]


def test_tiktok_txt_bad_lines_are_skipped_with_their_line(tmp_path):
    text = (
        "Something before the chats\n"
        f">>> Chat History with {SAM}::\n\n"
        f"2024-03-14 19:07:00 UTC {SAM}: see you at 4\n"
        f"2024-03-14 19:06:00 UTC {MIA}: \n"
        f"2024-03-14 19:05:00 UTC {SAM}: hi\n"
        f"2024-03-1"  # cut short
    )
    result = load_conversations(write(tmp_path, "Direct Messages.txt", text))
    assert texts(result) == ["hi", "see you at 4"]
    assert [s.line for s in result.skipped] == [1, 7]
    assert "cut short" in result.skipped[1].message
    assert any("1 messages with no text" in w for w in result.warnings)


def test_tiktok_txt_with_no_chats_is_not_a_chat(tmp_path):
    path = write(tmp_path, "Direct Messages.txt", "You have no data in this section\n")
    with pytest.raises(ImportFormatError):
        load_conversations(path)
    with pytest.raises(ImportFormatError):
        load_conversations(path, fmt="tiktok")


# --- Snapchat HTML ------------------------------------------------------------------------------

SNAP_HEAD = (
    '\n    <!DOCTYPE html>\n    <head>\n        <meta http-equiv="Content-Type" '
    'content="text/html; charset=UTF-8">\n        <title></title>\n        <style>\n'
    "            body { font-size: 14px; }\n            .saved { background: #FFFC00; }\n"
    "        </style>\n    </head>\n    <html>\n    <body>\n"
    '    <div class="leftpanel">'
    '<img class="ghost" src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">'
    '<ul><li><a href="faq.html">Frequently Asked Questions</a></li><li><a href="chat_history.html">'
    'Chat History Metadata</a></li></ul></div><div class="rightpanel"><div style="display: flex">'
    '<svg width="32" height="32" class="back-button" onclick="history.back()"><path d="M9 14Z"/>'
    "</svg><h1> {kind} History with {other}</h1></div>"
)


def snap_head(kind: str, other: str) -> str:
    return SNAP_HEAD.replace("{kind}", kind).replace("{other}", escape(other))


SNAP_TAIL = (
    "</div></body>\n    <script>\n        const items = document.querySelectorAll('li');\n"
    "    </script></html>"
)


def snap_block(sender: str, kind: str, text: str, when: datetime, saved: bool = True) -> str:
    button = '<button class="saved">Saved</button>' if saved else ""
    return (
        '<div style="background: #f2f2f2; border-radius: 7px; padding: 3px; margin-bottom:4px;">'
        '<span><div style="display: flex; justify-content: space-between;">'
        '<div style="display: flex;">'
        f'{button}<h4 style="float: left ">{escape(sender)}</h4></div>'
        '<div><svg width="24" height="24" viewBox="0 0 24 24" fill="none" class="icons">'
        '<path d="M19.5 2L21.4 21.7Z" fill="#2C3137"/>'
        '</svg><span style="transform: translate(145px, 10px); left: 50%; position: absolute; '
        f'font-weight: bold; padding-top: 13px;">{kind}</span></div></div>'
        f"<hr style='margin-top:-1em'><p>{escape(text)}</p>"
        '<h6 style="color: gray; display: flex; justify-content: end;">'
        f"{when:%Y-%m-%d %H:%M:%S} UTC"
        "</h6></span></div>"
    )


def snap_page(other: str, msgs: list[tuple[str, str, str, datetime]]) -> str:
    blocks = "".join(snap_block(*m) for m in reversed(msgs))
    return snap_head("Chat", other) + blocks + SNAP_TAIL


def snap_history_page(other: str) -> str:
    block = (
        '<div style="background: #f2f2f2; border-radius: 7px; padding: 3px; margin-bottom:4px;">'
        '<div style="display: flex; justify-content: space-between; height:45px; ">'
        f'<h4 style="float: left ">{other}</h4><svg class="icons"><path d="M1 1Z"/></svg>'
        '<span style="font-weight: bold; padding-top: 13px;">IMAGE</span>'
        '<h6 style="color: grey">2024-03-14 16:11:17 UTC</h6></div></div>'
    )
    return snap_head("Snap", other) + block + SNAP_TAIL


def snap_index(names: list[tuple[str, str]]) -> str:
    buttons = "".join(
        f'<div class="thread-list"><button class="single_chat" onclick="window.location.href = '
        f'\'chat_history/subpage_{page}.html\';">Chat History with {label}<svg><path d="M7 19Z"/>'
        "</svg></button></div>"
        for page, label in names
    )
    return (
        SNAP_HEAD.replace("<h1> {kind} History with {other}</h1>", "<h1>Chat History</h1>")
        + buttons
        + SNAP_TAIL
    )


def snap_chat() -> list[tuple[str, str, str, datetime]]:
    at = [T0 + timedelta(minutes=i) for i in range(6)]
    return [
        (SAM, "TEXT", "hi", at[0]),
        (MIA, "TEXT", "how old are you?? jk hi", at[1]),
        (SAM, "TEXT", "how old are you", at[2]),
        (SAM, "SHARE", "", at[3]),
        (MIA, "MEDIA", "", at[4]),
        (SAM, "STATUSERASEDMESSAGE", "", at[5]),
        (MIA, "TEXT", "see you at 4 & bye", at[5] + timedelta(seconds=30)),
    ]


def test_snapchat_html_chat_subpage(tmp_path):
    path = write(tmp_path, f"subpage_{SAM}.html", snap_page(SAM, snap_chat()))
    assert detect_format(path) == "snapchat"
    result = load_conversations(path, child=MIA)
    assert result.format == "snapchat"
    assert triples(result) == [
        (SAM, "hi", False),
        (MIA, "how old are you?? jk hi", False),
        (SAM, "how old are you", False),
        (SAM, "", True),
        (MIA, "", True),
        (MIA, "see you at 4 & bye", False),
    ]
    conv = result.conversations[0]
    assert conv.messages[0].ts == "2024-03-14T19:05:12Z"
    assert {p.id: p.role for p in conv.participants} == {SAM: "unknown", MIA: "child"}
    assert any("notices" in w for w in result.warnings)
    assert result.skipped == []


def test_snapchat_html_download_zip(tmp_path):
    group = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
    files = {
        "html/faq.html": b"<html><body><h1>FAQ</h1></body></html>",
        "html/chat_history.html": snap_index([(SAM, SAM), (group, "Study Group ")]).encode(),
        f"html/chat_history/subpage_{SAM}.html": snap_page(SAM, snap_chat()).encode(),
        f"html/chat_history/subpage_{group}.html": snap_page(
            "Study Group ", [(SAM, "TEXT", "hi all", T0), ("jo.example", "TEXT", "hey", T0)]
        ).encode(),
        f"html/snap_history/subpage_{SAM}.html": snap_history_page(SAM).encode(),
        "chat_media/2024-03-14_b~EiQSFTNx.jpeg": b"\xff\xd8\xff\xe0 not a picture",
    }
    result = load_zip(tmp_path, "mydata~1710489600000.zip", files, "snapchat")
    assert len(result.conversations) == 2
    group_chat, one_to_one = result.conversations
    assert [m.text for m in group_chat.messages] == ["hi all", "hey"]
    assert {p.id for p in group_chat.participants} == {SAM, "jo.example"}  # not the title
    assert len(one_to_one.messages) == 6


@pytest.mark.parametrize(
    "page", [snap_history_page(SAM), snap_index([(SAM, SAM)]), snap_page(SAM, [])[:-40]]
)
def test_snapchat_html_pages_that_are_not_chats(tmp_path, page):
    path = write(tmp_path, "subpage_x.html", page)
    with pytest.raises(ImportFormatError):
        load_conversations(path)


def test_truncated_snapchat_html_page_keeps_the_complete_messages(tmp_path):
    page = snap_page(SAM, snap_chat())
    cut = page.index("how old are you?? jk")
    result = load_conversations(write(tmp_path, "subpage_x.html", page[:cut]))
    assert result.format == "snapchat"
    assert texts(result) == ["how old are you", "", "", "see you at 4 & bye"]
    assert any("cut short" in s.message for s in result.skipped)


def test_snapchat_download_with_json_and_html_reads_each_chat_once(tmp_path):
    # "Export JSON files" adds json/ beside the HTML pages: the same chats, twice.
    lines = [Line(ADULT, "hi", T0), Line(CHILD, "see you at 4", T0 + timedelta(minutes=1))]
    files = {
        "json/chat_history.json": snapchat_chat_history(lines, notices=False).encode(),
        "html/chat_history.html": snap_index([(SAM, SAM)]).encode(),
        f"html/chat_history/subpage_{SAM}.html": snap_page(
            SAM, [(SAM, "TEXT", "hi", T0), (MIA, "TEXT", "see you at 4", lines[1].when)]
        ).encode(),
    }
    result = load_conversations(write(tmp_path, "mydata.zip", zip_bytes(files)))
    assert result.format == "snapchat"
    assert len(result.conversations) == 1
    assert texts(result) == ["hi", "see you at 4"]
    assert any("HTML chat pages left out" in w for w in result.warnings)


def test_pasted_tiktok_txt_is_read():
    result = parse_chat_text(tiktok_txt({SAM: tiktok_chats()[SAM][:3]}), child=MIA)
    assert result.format == "tiktok"
    assert texts(result) == ["hi", "hey", "how old are you"]
