"""Bytes to text, the way exports actually arrive: UTF-8 (with or without a BOM),
UTF-16 (Windows tools), or a legacy code page (cp1252) as a last resort with a warning."""

from __future__ import annotations

import codecs
import re


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes look like ASCII-heavy UTF-16 without a BOM."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zero > 0.6 * half and even_zero < 0.1 * half:
        return "utf-16-le"
    if even_zero > 0.6 * half and odd_zero < 0.1 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, source: str, warnings: list[str]) -> str:
    """Decode an export; never fails (cp1252 with replacement is the last resort)."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8")
        except UnicodeDecodeError:
            pass
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            warnings.append(
                f"{source}: UTF-16 text damaged near byte {exc.start}; "
                "unreadable characters replaced"
            )
            return data.decode("utf-16", errors="replace")
    else:
        guess = _utf16_without_bom(data)
        if guess:
            try:
                return data.decode(guess)
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.end >= len(data) and len(data) - exc.start < 4:
            # The file stops inside a character: it was cut short, not mis-encoded.
            try:
                text = data[: exc.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                line = data.count(b"\n", 0, exc.start) + 1
                warnings.append(f"{source}:{line}: file ends inside a character (cut short?)")
                return text
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("cp1252", errors="replace")
        warnings.append(
            f"{source}:{line}: not UTF-8; read as Windows-1252 (cp1252), "
            "check accented letters and emoji"
        )
        return text


def split_lines(text: str) -> list[str]:
    """Lines split at newlines only (not at U+2028 and friends, which are message text)."""
    lines = re.split(r"\r\n|\n|\r", text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines
