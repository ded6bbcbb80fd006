"""Format detection and the one entry point for every chat export: `load_conversations`."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import ValidationError

from onguard.io.archive import Member, ensure_members, is_zip, read_folder, read_zip
from onguard.io.chat_text import (
    looks_like_plain_chat,
    match_whatsapp_header,
    parse_plain,
    parse_whatsapp,
)
from onguard.io.common import (
    ConversationBuilder,
    ImportFormatError,
    ImportResult,
    ReadContext,
    mark_child,
)
from onguard.io.decoding import decode_bytes, split_lines
from onguard.io.discord import is_discord_export, is_package_csv, parse_discord, parse_package_file
from onguard.io.jsondoc import load_json_document
from onguard.io.jsonl import LineError, read_jsonl_models
from onguard.io.jsonscan import load_json_salvaging
from onguard.io.meta import is_meta_export, meta_platform, parse_meta
from onguard.io.meta_html import (
    MetaHtmlPage,
    meta_html_platform,
    parse_meta_html,
    read_meta_html,
)
from onguard.io.sms import is_sms_backup, parse_sms_xml
from onguard.io.snapchat import count_messages as count_snapchat_messages
from onguard.io.snapchat import is_snapchat_export, parse_snapchat
from onguard.io.snapchat_html import SnapchatHtmlPage, parse_snapchat_html, read_snapchat_html
from onguard.io.tabular import (
    ALIASES,
    csv_header,
    first_json_object,
    has_known_columns,
    parse_csv,
    parse_message_jsonl,
)
from onguard.io.telegram import is_telegram_export, mend_telegram_json, parse_telegram
from onguard.io.tiktok import count_messages as count_tiktok_messages
from onguard.io.tiktok import is_tiktok_export, parse_tiktok
from onguard.io.tiktok_txt import is_tiktok_txt, parse_tiktok_txt
from onguard.spec import Conversation
from onguard.validation import describe_validation_error

FORMATS: tuple[str, ...] = (
    "jsonl",
    "whatsapp",
    "telegram",
    "discord",
    "instagram",
    "messenger",
    "snapchat",
    "tiktok",
    "sms_xml",
    "csv",
    "jsonl_messages",
    "plain",
)
_JSON_FORMATS = {"telegram", "discord", "instagram", "messenger"}
MAX_TEXT_BYTES = 512 * 1024 * 1024  # a chat export that is not a zip


def _is_conversation_object(obj: Any) -> bool:
    return (
        isinstance(obj, dict)
        and isinstance(obj.get("messages"), list)
        and "id" in obj
        and not any(k in obj for k in ("guild", "channel", "chats"))
    )


def _json_format(doc: Any, member_path: str = "") -> str | None:
    if is_discord_export(doc):
        return "discord"
    if is_meta_export(doc):
        return meta_platform(doc, member_path)
    if is_telegram_export(doc):
        return "telegram"
    if is_snapchat_export(doc):
        return "snapchat"
    if is_tiktok_export(doc):
        return "tiktok"
    return None


_SNAPCHAT_KEYS = re.compile(r'"(?:Received|Sent) (?:Saved |Unsaved )?Chat History"\s*:\s*\[')
_TIKTOK_CHAT = re.compile(r'"Chat History with [^"\n]{0,200}"\s*:\s*\[')
_TIKTOK_SECTION = re.compile(r'"Direct Messages?"\s*:\s*\{')
_TIKTOK_MARKS = re.compile(r'"(?:Video Browsing History|ProfileMap|ChatHistory|Like List)"\s*:')


def _damaged_json_format(text: str) -> str | None:
    """Guess the format of JSON that does not parse (an export cut short) from its keys."""
    head = text[:65536]
    if _SNAPCHAT_KEYS.search(head) or (
        '"Media Type"' in head
        and '"Created"' in head
        and ('"Content"' in head or '"IsSaved"' in head)
    ):
        return "snapchat"
    # TikTok's direct messages come after the rest of the download: look through it all.
    if _TIKTOK_SECTION.search(text) and (_TIKTOK_CHAT.search(text) or _TIKTOK_MARKS.search(head)):
        return "tiktok"
    if head.lstrip().startswith("[") and all(
        k in head for k in ('"ID"', '"Timestamp"', '"Contents"')
    ):
        return "discord"  # messages.json of Discord's data package
    if '"personal_information"' in head and '"about"' in head:
        # Telegram's full export: contacts and sessions may fill the head before any chat.
        return "telegram"
    if '"messages"' not in head:
        return None
    if '"author"' in head and ('"guild"' in head or '"channel"' in head):
        return "discord"
    if '"sender_name"' in head or '"senderName"' in head:
        return "instagram" if "is_geoblocked_for_viewer" in head else "messenger"
    if '"date_unixtime"' in head or re.search(r'"type"\s*:\s*"(message|service)"', head):
        return "telegram"
    return None


def detect_text_format(text: str, member_path: str = "") -> tuple[str | None, Any]:
    """(format, parsed JSON document or None) for decoded text; format None if nothing fits."""
    head = text.lstrip("\ufeff \t\r\n")
    if is_tiktok_txt(head):
        return "tiktok", None  # TikTok's TXT download: ">>> Chat History with NAME::" blocks
    # A WhatsApp header within the first five lines (a stray title line may come first).
    first_lines = [ln for ln in split_lines(head[:8192])[:20] if ln.strip()][:5]
    if any(match_whatsapp_header(ln) for ln in first_lines):
        return "whatsapp", None
    if head.startswith("<"):
        if is_sms_backup(head):
            return "sms_xml", None
        page = read_meta_html(head)  # Instagram's or Facebook's message_N.html
        if page is not None:
            return meta_html_platform(page, member_path), page
        snap = read_snapchat_html(head)  # Snapchat's html/chat_history/subpage_NAME.html
        if snap is not None:
            return "snapchat", snap
        return None, None
    if head.startswith(("{", "[")):
        try:
            doc = json.loads(head)
        except (json.JSONDecodeError, RecursionError):
            doc = None
        if doc is not None:
            fmt = _json_format(doc, member_path)
            if fmt:
                return fmt, doc
            if _is_conversation_object(doc) or (
                isinstance(doc, list) and doc and all(map(_is_conversation_object, doc))
            ):
                return "jsonl", None
            if isinstance(doc, dict) and has_known_columns(list(doc)):
                return "jsonl_messages", None
            return None, None
        first = first_json_object(head)
        if first is not None and len(split_lines(head.strip())) > 1:
            if _json_format(first, member_path) is None and _is_conversation_object(first):
                return "jsonl", None
            folded = [k.casefold() for k in first]
            if any(k in ALIASES["text"] for k in folded):
                return "jsonl_messages", None
        return _damaged_json_format(head), None
    if is_package_csv(head):
        return "discord", None  # messages.csv of Discord's data package
    header = csv_header(head)
    if header and len(header) >= 2 and has_known_columns(header):
        return "csv", None
    if looks_like_plain_chat(head):
        return "plain", None
    return None, None


def _stem(name: str) -> str:
    stem = PurePosixPath(name.replace("\\", "/")).name
    for suffix in (
        ".zip",
        ".jsonl",
        ".ndjson",
        ".json",
        ".txt",
        ".xml",
        ".csv",
        ".tsv",
        ".html",
        ".htm",
    ):
        if stem.lower().endswith(suffix) and len(stem) > len(suffix):
            return stem[: -len(suffix)]
    return stem or "conversation"


def _whole_json_conversations(text: str, ctx: ReadContext) -> list[Conversation] | None:
    """A pretty-printed conversation object (or a JSON array of them), not JSON Lines."""
    stripped = text.strip().lstrip("\ufeff")
    if "\n" not in stripped or not stripped.startswith(("{", "[")):
        return None
    try:
        doc = json.loads(stripped)
    except (json.JSONDecodeError, RecursionError):
        return None
    items = doc if isinstance(doc, list) else [doc]
    conversations: list[Conversation] = []
    for number, item in enumerate(items, 1):
        try:
            conversations.append(Conversation.model_validate(item))
        except ValidationError as exc:
            ctx.skip(1, f"conversation {number}: {describe_validation_error(exc, '(line)')}")
    return conversations


def _damaged_before(ctx: ReadContext, what: str) -> None:
    """Raise for JSON whose damage (already noted in `ctx`) comes before `what`."""
    if ctx.skipped:
        raise ImportFormatError(
            ctx.source, f"JSON ends early or is damaged before {what}", ctx.skipped[-1].line
        )


def _is_html(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith("<")


def _parse_html_or_txt(
    fmt: str, text: str, ctx: ReadContext, doc: Any
) -> list[Conversation] | None:
    """The HTML and TXT downloads (Instagram, Messenger, Snapchat, TikTok); None for the others."""
    if isinstance(doc, MetaHtmlPage):
        return parse_meta_html([doc], ctx)
    if isinstance(doc, SnapchatHtmlPage):
        return parse_snapchat_html(doc, ctx)
    if fmt in ("instagram", "messenger") and _is_html(text):
        page = read_meta_html(text)
        if page is None:
            raise ImportFormatError(
                ctx.source, f"not an {fmt} message page (message_N.html) or message_N.json file"
            )
        return parse_meta_html([page], ctx)
    if fmt == "snapchat" and _is_html(text):
        snap = read_snapchat_html(text)
        if snap is None:
            raise ImportFormatError(
                ctx.source, "not a Snapchat chat page (html/chat_history/subpage_NAME.html)"
            )
        return parse_snapchat_html(snap, ctx)
    if fmt == "tiktok" and is_tiktok_txt(text):
        return parse_tiktok_txt(text, ctx)
    return None


def _parse_unit(fmt: str, text: str, ctx: ReadContext, doc: Any) -> list[Conversation]:
    read = _parse_html_or_txt(fmt, text, ctx, doc)
    if read is not None:
        return read
    if fmt == "whatsapp":
        return parse_whatsapp(text, ctx)
    if fmt == "plain":
        return parse_plain(text, ctx)
    if fmt == "sms_xml":
        return parse_sms_xml(text, ctx)
    if fmt == "csv":
        return parse_csv(text, ctx)
    if fmt == "jsonl_messages":
        return parse_message_jsonl(text, ctx)
    if fmt == "jsonl":
        whole = _whole_json_conversations(text, ctx)
        if whole is not None:
            return whole
        conversations: list[Conversation] = []
        for _, item in read_jsonl_models(split_lines(text), Conversation, ctx.source):
            if isinstance(item, Conversation):
                conversations.append(item)
            else:
                ctx.skipped.append(item)
        return conversations
    if fmt == "snapchat":
        if doc is None:
            doc = load_json_salvaging(text.lstrip("\ufeff"), ctx, count_snapchat_messages)
        if not is_snapchat_export(doc):
            _damaged_before(ctx, "the chats")
            raise ImportFormatError(ctx.source, "not a Snapchat chat_history.json file")
        return parse_snapchat(doc, ctx, text)
    if fmt == "tiktok":
        if doc is None:
            doc = load_json_salvaging(text.lstrip("\ufeff"), ctx, count_tiktok_messages)
        if not is_tiktok_export(doc):
            _damaged_before(ctx, "the direct messages")
            raise ImportFormatError(
                ctx.source, "not a TikTok download with direct messages (user_data.json)"
            )
        return parse_tiktok(doc, ctx, text)
    if fmt == "discord" and doc is None:
        package = parse_package_file(text, ctx)  # Discord's data package, else None
        if package is not None:
            return package
    if fmt in _JSON_FORMATS:
        if doc is None:
            if fmt == "telegram":
                text = mend_telegram_json(text, ctx)
            doc = load_json_document(text.lstrip("\ufeff"), ctx)
        if fmt == "telegram":
            if not is_telegram_export(doc):
                raise ImportFormatError(ctx.source, "not a Telegram result.json")
            return parse_telegram(doc, ctx, text)
        if fmt == "discord":
            if not is_discord_export(doc):
                raise ImportFormatError(ctx.source, "not a DiscordChatExporter JSON file")
            return parse_discord(doc, ctx, text)
        if not is_meta_export(doc):
            raise ImportFormatError(ctx.source, f"not an {fmt} message_N.json file")
        return parse_meta([doc], ctx)
    raise ImportFormatError(
        ctx.source, f"unknown format {fmt!r}; use one of auto, {', '.join(FORMATS)}"
    )


def _check_format_name(fmt: str, source: str) -> None:
    if fmt != "auto" and fmt not in FORMATS:
        raise ImportFormatError(
            source, f"unknown format {fmt!r}; use one of auto, {', '.join(FORMATS)}"
        )


def _read_text(
    text: str,
    source: str,
    conversation_id: str,
    fmt: str,
    mapping: dict[str, str] | None,
    result: ImportResult,
    member_path: str = "",
    doc: Any = None,
) -> str:
    """Read one file's text into `result`; `doc` is what detection already made of it."""
    ctx = ReadContext(source, conversation_id, mapping)
    if fmt == "auto":
        detected, doc = detect_text_format(text, member_path)
        if detected is None and mapping:
            detected = "jsonl_messages" if text.lstrip().startswith("{") else "csv"
        if detected is None:
            raise ImportFormatError(
                source,
                "matches no known chat format (WhatsApp, Telegram, Discord, "
                "Instagram, Messenger, Snapchat, TikTok, SMS XML, CSV, JSONL)",
            )
        fmt = detected
    result.conversations.extend(_parse_unit(fmt, text, ctx, doc))
    result.skipped.extend(ctx.skipped)
    result.warnings.extend(w for w in ctx.warnings if w not in result.warnings)
    return fmt


def _decode(data: bytes, source: str, result: ImportResult) -> str:
    return decode_bytes(data, source, result.warnings)


def _meta_file_number(path: str) -> int:
    found = re.search(r"message_(\d+)\.json$", path)
    return int(found.group(1)) if found else 0


def _is_meta_member(path: str) -> bool:
    return re.search(r"(^|/)message_\d+\.json$", path) is not None


def _is_meta_html_member(path: str) -> bool:
    return re.search(r"(^|/)message_\d+\.html?$", path, re.IGNORECASE) is not None


def _html_file_number(path: str) -> int:
    found = re.search(r"message_(\d+)\.html?$", path, re.IGNORECASE)
    return int(found.group(1)) if found else 0


_Unit = tuple[str, list[tuple[Member, str, Any]], str]

# TikTok's TXT download holds, beside the direct messages, "Key: value" record files
# (comments, videos, profile) and "no data" notes: none of them is a pasted chat.
_TIKTOK_NO_DATA = ("You have no data in this section", "No hay datos en esta sección")


def _is_tiktok_txt_download(chats: list[_Unit]) -> bool:
    return any(fmt == "tiktok" and is_tiktok_txt(parts[0][1]) for _, parts, fmt in chats)


def _without_attached_documents(chats: list[_Unit]) -> tuple[list[_Unit], int]:
    """The chats less the documents shared in a WhatsApp chat, and how many those were.

    A WhatsApp export's zip holds each shared file beside the chat, named in it
    ("<attached: 00000013-Homework.txt>", "Homework.txt (file attached)"): a text
    document among them is the chat's attachment, not a second chat, however it reads."""
    texts = [parts[0][1] for _, parts, unit_fmt in chats if unit_fmt == "whatsapp"]
    if not texts:
        return chats, 0
    kept = [
        unit
        for unit in chats
        if unit[2] == "whatsapp"
        or not (name := PurePosixPath(unit[0]).name)
        or not any(name in text for text in texts)
    ]
    return kept, len(chats) - len(kept)


def _load_members(
    members: list[Member],
    source: str,
    fmt: str,
    mapping: dict[str, str] | None,
    result: ImportResult,
) -> list[str]:
    base = _stem(source)
    units: list[tuple[str, list[tuple[Member, str, Any]]]] = []
    meta_threads: dict[str, list[tuple[Member, str, Any]]] = {}
    html_threads: dict[str, list[tuple[Member, str, Any]]] = {}
    tiktok_no_data = False
    for member in sorted(members, key=lambda m: m.path):
        name = f"{source}!{member.path}"
        text = _decode(member.data, name, result)
        if member.truncated and member.path.lower().endswith((".html", ".htm")):
            # An HTML page is read up to where it stops (the page reader notes the place).
            result.skipped.append(
                LineError(name, text.count("\n") + 1, "file cut short inside the zip")
            )
        elif member.truncated:
            cut = text.rfind("\n")
            lines_kept = text.count("\n", 0, max(cut, 0)) + 1
            result.skipped.append(
                LineError(
                    name, lines_kept + 1, "file cut short inside the zip; kept what came before"
                )
            )
            text = text[: cut + 1] if cut >= 0 else text
        if _is_meta_member(member.path) and fmt in ("auto", "instagram", "messenger"):
            try:
                doc = json.loads(text.lstrip("\ufeff"))
            except (json.JSONDecodeError, RecursionError):
                doc = None
            if doc is not None and is_meta_export(doc):
                folder = member.path.rsplit("/", 1)[0] if "/" in member.path else ""
                meta_threads.setdefault(folder, []).append((member, text, doc))
                continue
        if _is_meta_html_member(member.path) and fmt in ("auto", "instagram", "messenger"):
            page = read_meta_html(text)
            if page is not None:
                folder = member.path.rsplit("/", 1)[0] if "/" in member.path else ""
                html_threads.setdefault(folder, []).append((member, text, page))
                continue
        tiktok_no_data = tiktok_no_data or text.strip().startswith(_TIKTOK_NO_DATA)
        units.append((member.path, [(member, text, None)]))
    for folder, docs in meta_threads.items():
        # message_1.json holds the newest messages: read the oldest file first.
        docs.sort(key=lambda part: _meta_file_number(part[0].path), reverse=True)
        units.append((folder + "/", docs))
    for folder, thread_pages in html_threads.items():
        # message_1.html holds the newest messages: the pages are read newest first.
        thread_pages.sort(key=lambda part: _html_file_number(part[0].path))
        units.append((folder + "/", thread_pages))
    units.sort(key=lambda u: u[0])
    # Number only the files that are chats, so a README or settings file beside them
    # does not change the ids.
    chats: list[_Unit] = []
    not_chats = 0
    pages: dict[str, Any] = {}  # what detection made of an HTML page, not to read it twice
    for path, parts in units:
        member, text, doc = parts[0]
        if isinstance(doc, MetaHtmlPage):
            unit_fmt = fmt if fmt != "auto" else meta_html_platform(doc, path)
        elif doc is not None:
            unit_fmt = fmt if fmt != "auto" else meta_platform(doc, path)
        elif fmt != "auto":
            unit_fmt = fmt
        else:
            detected_fmt, detected = detect_text_format(text, member.path)
            unit_fmt = detected_fmt or ""
            if isinstance(detected, MetaHtmlPage | SnapchatHtmlPage):
                pages[path] = detected
            if not unit_fmt and mapping:
                unit_fmt = "jsonl_messages" if text.lstrip().startswith("{") else "csv"
        if unit_fmt:
            chats.append((path, parts, unit_fmt))
        else:
            not_chats += 1
    if tiktok_no_data or _is_tiktok_txt_download(chats):
        kept = [unit for unit in chats if unit[2] != "plain"]
        not_chats += len(chats) - len(kept)
        chats = kept
    snap_pages = {u[0] for u in chats if u[2] == "snapchat" and _is_html(u[1][0][1])}
    if snap_pages and any(u[2] == "snapchat" and u[0] not in snap_pages for u in chats):
        # Snapchat's download may hold the same chats twice: as chat_history.json and as
        # HTML pages. The JSON is read.
        chats = [u for u in chats if u[0] not in snap_pages]
        result.warnings.append(
            f"{source}: {len(snap_pages)} Snapchat HTML chat pages left out "
            "(the same chats are read from chat_history.json)"
        )
    chats, attached = _without_attached_documents(chats)
    if attached:
        result.warnings.append(
            f"{source}: {attached} documents attached to the chat were left out (not chats)"
        )
    formats: list[str] = []
    failures: list[ImportFormatError] = []
    for index, (path, parts, unit_fmt) in enumerate(chats):
        conv_id = base if len(chats) == 1 else f"{base}-{index + 1}"
        member, text, doc = parts[0]
        name = f"{source}!{member.path}"
        if doc is not None:  # a Meta thread: all its message_N.json files or .html pages
            parse_thread = parse_meta_html if isinstance(doc, MetaHtmlPage) else parse_meta
            ctx = ReadContext(name, conv_id, mapping)
            result.conversations.extend(parse_thread([d for _, _, d in parts], ctx))
            result.skipped.extend(ctx.skipped)
            result.warnings.extend(w for w in ctx.warnings if w not in result.warnings)
            formats.append(unit_fmt)
            continue
        try:
            formats.append(
                _read_text(text, name, conv_id, unit_fmt, mapping, result, path, pages.get(path))
            )
        except ImportFormatError as exc:
            failures.append(exc)
    if not_chats and not formats and not failures:
        raise ImportFormatError(source, "archive holds no file in a known chat format")
    not_chats += len(failures)
    if not formats:
        if failures:
            raise failures[0]
        raise ImportFormatError(source, "archive holds no chat export")
    if not_chats:
        result.warnings.append(
            f"{source}: {not_chats} text files in the archive are not "
            "chat exports and were left out"
        )
    return formats


def _read_input(path: Path, result: ImportResult) -> tuple[list[Member] | None, str | None]:
    """(archive members, None) for a zip or folder, else (None, decoded text)."""
    source = str(path)
    if path.is_dir():
        return ensure_members(read_folder(path, result.warnings), source), None
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
        if is_zip(magic):
            members = read_zip(path, source, result.warnings)
            return ensure_members(members, source), None
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise ImportFormatError(source, f"file larger than {MAX_TEXT_BYTES} bytes")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFormatError(source, "file not found") from None
    except OSError as exc:
        raise ImportFormatError(source, f"cannot read file ({exc.strerror})") from None
    if not data.strip():
        raise ImportFormatError(source, "file is empty")
    if (
        b"\x00" in data[:4096]
        and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
        and data[:4096].count(b"\x00") < len(data[:4096]) // 4
    ):
        raise ImportFormatError(source, "binary file, not a chat export")
    return None, _decode(data, source, result)


def detect_format(path: str | Path) -> str:
    """The format name of a chat export (for a zip or folder, of the chat inside it)."""
    path = Path(path)
    scratch = ImportResult(format="auto")
    members, text = _read_input(path, scratch)
    if text is not None:
        fmt, _ = detect_text_format(text)
        if fmt is None:
            raise ImportFormatError(str(path), "matches no known chat format")
        return fmt
    assert members is not None
    found: list[str] = []
    for member in members:
        if _is_meta_member(member.path):
            try:
                doc = json.loads(_decode(member.data, member.path, scratch).lstrip("\ufeff"))
            except (json.JSONDecodeError, RecursionError):
                doc = None
            if doc is not None and is_meta_export(doc):
                found.append(meta_platform(doc, member.path))
                continue
        fmt, _ = detect_text_format(_decode(member.data, member.path, scratch), member.path)
        if fmt:
            found.append(fmt)
    if "tiktok" in found:  # the record files of TikTok's TXT download are not chats
        found = [f for f in found if f != "plain"] or found
    if not found:
        raise ImportFormatError(str(path), "archive holds no file in a known chat format")
    return Counter(found).most_common(1)[0][0]


def load_conversations(
    path: str | Path,
    fmt: str = "auto",
    child: str | None = None,
    mapping: dict[str, str] | None = None,
) -> ImportResult:
    """Read any supported export into conversations.

    Raises `ImportFormatError` (naming the file, and the line where known) when nothing
    can be read; otherwise what could not be read is listed in `.skipped`.
    """
    path = Path(path)
    source = str(path)
    _check_format_name(fmt, source)
    result = ImportResult(format=fmt)
    members, text = _read_input(path, result)
    if text is not None:
        result.format = _read_text(text, source, _stem(path.name), fmt, mapping, result)
    else:
        assert members is not None
        formats = _load_members(members, source, fmt, mapping, result)
        counts = Counter(formats)
        result.format = "+".join(sorted(counts)) if len(counts) > 1 else formats[0]
    mark_child(result.conversations, child, result.warnings)
    return result


def parse_chat_text(
    text: str, child: str | None = None, fmt: str = "auto", conversation_id: str = "pasted"
) -> ImportResult:
    """Read chat text pasted into a form: WhatsApp lines, or 'Name: message' lines.

    Any other format name that reads text (e.g. "csv", "jsonl") may be forced with `fmt`.
    """
    source = "<pasted text>"
    _check_format_name(fmt, source)
    result = ImportResult(format=fmt)
    if fmt == "auto":
        detected, _ = detect_text_format(text)
        fmt = detected or "plain"
    if fmt == "plain" and not text.strip():
        raise ImportFormatError(source, "no chat text given")
    result.format = _read_text(text, source, conversation_id, fmt, None, result)
    if fmt == "plain" and result.message_count == 0:
        # No "Name:" anywhere: keep each line as a message from an unnamed sender.
        builder = ConversationBuilder(conversation_id)
        for line in split_lines(text):
            if line.strip():
                builder.add("?", line)
        result.conversations = [builder.build()]
        result.skipped = []
        result.warnings.append(
            "no 'Name: message' lines; each line read as a message from an unnamed sender"
        )
    mark_child(result.conversations, child, result.warnings)
    return result
