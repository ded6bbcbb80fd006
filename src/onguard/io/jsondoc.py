"""JSON exports that may be cut short: parse the whole document, or keep what came before
the damage (the messages that were complete), and say which line the damage is on."""

from __future__ import annotations

import json
import re
from typing import Any

from onguard.io.common import ImportFormatError, ReadContext, line_of

# A "messages": [ key; the look-behind keeps out escaped quotes inside strings.
_MESSAGES_KEY = re.compile(r'(?<!\\)"messages"\s*:\s*\[')
_WS = re.compile(r"[\s,]*")


def _enclosing_object_start(text: str, position: int) -> int | None:
    """Offset of the `{` that opens the object containing `position` (outside strings)."""
    stack: list[int] = []
    in_string = False
    escaped = False
    for i in range(position):
        ch = text[i]
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "{[":
            stack.append(i)
        elif ch in "}]" and stack:
            stack.pop()
    for start in reversed(stack):
        if text[start] == "{":
            return start
    return None


def _array_items(text: str, start: int) -> tuple[list[tuple[int, Any]], int | None]:
    """Decode the items of the array whose `[` is just before `start`.

    Returns the (offset, item) pairs that decoded and the offset where decoding stopped
    early (None when the array closed properly)."""
    decoder = json.JSONDecoder()
    items: list[tuple[int, Any]] = []
    pos = start
    while True:
        pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= len(text):
            return items, pos
        if text[pos] == "]":
            return items, None
        try:
            item, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError:
            return items, pos
        items.append((pos, item))
        pos = end


def parse_or_error(text: str, ctx: ReadContext) -> tuple[Any, json.JSONDecodeError | None]:
    """(document, None), or (None, the error) for a damaged document (which callers then
    salvage); a document nested too deeply is an `ImportFormatError`."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, exc
    except RecursionError:
        raise ImportFormatError(ctx.source, "JSON nested too deeply") from None


def load_json_document(text: str, ctx: ReadContext) -> Any:
    """The parsed document; for a damaged one, the object holding the complete messages."""
    doc, error = parse_or_error(text, ctx)
    if error is None:
        return doc
    key = _MESSAGES_KEY.search(text)
    if key is None or key.start() > error.pos:
        raise ImportFormatError(ctx.source, f"not valid JSON ({error.msg})", error.lineno)
    items, stopped = _array_items(text, key.end())
    header: dict[str, Any] = {}
    start = _enclosing_object_start(text, key.start())
    if start is not None:
        prefix = text[start : key.start()].rstrip().rstrip(",")
        try:
            parsed = json.loads(prefix + "}")
            if isinstance(parsed, dict):
                header = parsed
        except (json.JSONDecodeError, RecursionError):
            header = {}
    header["messages"] = [item for _, item in items]
    where = line_of(text, stopped if stopped is not None else error.pos)
    ctx.skip(
        where,
        f"JSON ends early or is damaged here ({error.msg}); "
        f"kept the {len(items)} complete messages before it",
    )
    return header


class ItemLines:
    """Line numbers of the items of the n-th "messages" array, found only when needed."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._cache: dict[int, list[int]] = {}

    def line(self, array_index: int, item_index: int) -> int:
        if array_index not in self._cache:
            lines: list[int] = []
            for n, key in enumerate(_MESSAGES_KEY.finditer(self._text)):
                if n == array_index:
                    items, _ = _array_items(self._text, key.end())
                    # Count newlines between consecutive items, not from the start each time.
                    line, previous = 1, 0
                    for pos, _ in items:
                        line += self._text.count("\n", previous, pos)
                        previous = pos
                        lines.append(line)
                    break
            self._cache[array_index] = lines
        lines = self._cache[array_index]
        return lines[item_index] if item_index < len(lines) else 1
