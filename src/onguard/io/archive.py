"""The text files inside a zip (as WhatsApp, Instagram, Facebook and Telegram users share
them) or an unpacked export folder, skipping photos and other media. Of the HTML pages of a
data download only those that can be chats are read: Instagram's and Facebook's
`message_N.html` and Snapchat's `subpage_<name>.html`.

A zip cut short (an interrupted download) has lost its central directory, so `zipfile`
refuses it; the local headers are then walked one by one and every complete file, and
the readable start of the last one, is kept.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from onguard.io.common import ImportFormatError

TEXT_SUFFIXES = (".txt", ".json", ".xml", ".csv", ".tsv", ".jsonl", ".ndjson")
# The HTML pages that may be chats; the hundreds of other pages of a download are not read.
CHAT_PAGE = re.compile(r"(?:message_\d+|subpage_[^/]+)\.html?", re.IGNORECASE)
MAX_MEMBER_BYTES = 256 * 1024 * 1024  # larger "chat" files are refused (zip bombs)
MAX_MEMBERS = 20_000
MAX_SALVAGE_BYTES = 1024 * 1024 * 1024  # a damaged zip is read into memory to be salvaged
_LOCAL_HEADER = b"PK\x03\x04"
_HEADER = struct.Struct("<4sHHHHHIIIHH")


@dataclass
class Member:
    path: str
    data: bytes
    truncated: bool = False


def is_zip(data: bytes) -> bool:
    return data[:4] in (_LOCAL_HEADER, b"PK\x05\x06")


def _wanted(name: str) -> bool:
    lower = name.lower()
    if lower.endswith("/") or "__macosx/" in lower or lower.rsplit("/", 1)[-1].startswith("._"):
        return False
    return lower.endswith(TEXT_SUFFIXES) or is_chat_page(name)


def is_chat_page(name: str) -> bool:
    """Whether a member is an HTML page that may be a chat (by its name). Snapchat's
    `snap_history/subpage_*.html` pages list snaps without any text: not read."""
    path = name.replace("\\", "/")
    if "snap_history/" in path.lower():
        return False
    return CHAT_PAGE.fullmatch(path.rsplit("/", 1)[-1]) is not None


def read_zip(data: bytes | Path, source: str, notes: list[str]) -> list[Member]:
    """Text members of a zip given as bytes or as a path (read lazily: exports can be GBs)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
    except (zipfile.BadZipFile, OSError, ValueError):
        notes.append(f"{source}: zip is damaged or cut short; kept the files that could be read")
        if isinstance(data, Path):
            if data.stat().st_size > MAX_SALVAGE_BYTES:
                return []
            data = data.read_bytes()
        return _salvage(data, source)
    members: list[Member] = []
    with archive:
        infos = [i for i in archive.infolist() if _wanted(i.filename)]
        for info in infos[:MAX_MEMBERS]:
            if info.file_size > MAX_MEMBER_BYTES:
                notes.append(f"{source}: a member over {MAX_MEMBER_BYTES} bytes was left out")
                continue
            if info.flag_bits & 0x1:
                notes.append(f"{source}: an encrypted member was left out")
                continue
            try:
                with archive.open(info) as handle:
                    content = handle.read(MAX_MEMBER_BYTES + 1)
            except (
                zipfile.BadZipFile,
                zlib.error,
                OSError,
                EOFError,
                NotImplementedError,
                RuntimeError,
            ):
                notes.append(f"{source}: a damaged member was left out")
                continue
            members.append(Member(info.filename, content[:MAX_MEMBER_BYTES]))
    return members


def _inflate(data: bytes, start: int, size: int | None) -> tuple[bytes, int, bool]:
    """(content, offset after the compressed data, complete?) for a deflated member."""
    inflater = zlib.decompressobj(-15)
    end = len(data) if size is None else min(len(data), start + size)
    try:
        content = inflater.decompress(data[start:end], MAX_MEMBER_BYTES)
    except zlib.error:
        return b"", end, False
    consumed = end - start - len(inflater.unused_data) - len(inflater.unconsumed_tail)
    return content, start + consumed, inflater.eof


def _salvage(data: bytes, source: str) -> list[Member]:
    members: list[Member] = []
    pos = data.find(_LOCAL_HEADER)
    while pos != -1 and len(members) < MAX_MEMBERS:
        if pos + _HEADER.size > len(data):
            break
        (_, _, flags, method, _, _, _, csize, _, name_len, extra_len) = _HEADER.unpack_from(
            data, pos
        )
        name_start = pos + _HEADER.size
        start = name_start + name_len + extra_len
        name = data[name_start : name_start + name_len].decode("utf-8", errors="replace")
        sized = not (flags & 0x8) and csize not in (0, 0xFFFFFFFF)
        if flags & 0x1 or method not in (0, 8):
            content, after, complete = b"", start + (csize if sized else 0), False
        elif method == 0:
            if not sized:
                break  # a stored member of unknown size cannot be delimited
            content = data[start : start + csize]
            after, complete = start + csize, start + csize <= len(data)
        else:
            content, after, complete = _inflate(data, start, csize if sized else None)
        if _wanted(name) and content:
            members.append(Member(name, content, truncated=not complete))
        pos = data.find(_LOCAL_HEADER, max(after, pos + 4))
    return members


def read_folder(folder: Path, notes: list[str]) -> list[Member]:
    members: list[Member] = []
    for path in sorted(folder.rglob("*")):
        if len(members) >= MAX_MEMBERS:
            break
        relative = path.relative_to(folder).as_posix()
        if not path.is_file() or not _wanted(relative):
            continue
        if path.stat().st_size > MAX_MEMBER_BYTES:
            notes.append(f"{folder.name}: a file over {MAX_MEMBER_BYTES} bytes was left out")
            continue
        members.append(Member(relative, path.read_bytes()))
    return members


def ensure_members(members: list[Member], source: str) -> list[Member]:
    if not members:
        raise ImportFormatError(
            source, "archive holds no chat text (.txt, .json, .xml, .csv, chat .html pages)"
        )
    return members
