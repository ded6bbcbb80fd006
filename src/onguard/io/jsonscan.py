"""Where things are in a JSON export whose messages are not under a "messages" key
(Snapchat's `chat_history.json`, TikTok's `user_data.json`): the line of each array item,
found by the keys that lead to the array, and, for a document cut short or damaged, the
document up to the last complete message with its open brackets closed.

Both walk the text once with a small tokenizer, and only when needed (a skipped item, a
damaged file): a whole, clean export is read by `json.loads` alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from onguard.io.common import ImportFormatError, ReadContext, line_of
from onguard.io.jsondoc import parse_or_error

# A string (escapes kept whole), a bracket or separator, or a bare literal (number, true...).
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+', re.DOTALL)
_SKIP = re.compile(r"[\s,]*")
_CLOSER = {"{": "}", "[": "]"}
Path = tuple[str | int, ...]


@dataclass
class _Frame:
    kind: str  # "{" or "["
    path: Path
    expecting_key: bool = True  # objects: a key comes next (else a value)
    key: str = ""
    items: int = 0  # arrays: items started so far
    flat: bool = True  # holds no object or array


@dataclass
class _Event:
    """One step of the walk: a value starting, or a flat object in an array ending."""

    kind: str  # "value" or "cut"
    path: Path
    start: int
    end: int = 0
    stack: tuple[str, ...] = field(default_factory=tuple)


def _walk(text: str, stop: int | None = None, cuts: bool = False) -> Iterator[_Event]:
    """Value starts (by path) and, with `cuts`, the ends of flat objects inside arrays.

    Only tokens that start before `stop` are read."""
    stack: list[_Frame] = []
    for match in _TOKEN.finditer(text, 0, len(text)):
        start = match.start()
        if stop is not None and start >= stop:
            return
        token = match.group()
        first = token[0]
        if first in "}]":
            if not stack:
                return
            frame = stack.pop()
            if (
                cuts
                and frame.kind == "{"
                and frame.flat
                and stack
                and stack[-1].kind == "["
                and first == "}"
            ):
                yield _Event("cut", frame.path, start, start + 1, tuple(f.kind for f in stack))
            continue
        if first == ",":
            if stack:
                stack[-1].expecting_key = stack[-1].kind == "{"
            continue
        if first == ":":
            if stack:
                stack[-1].expecting_key = False
            continue
        parent = stack[-1] if stack else None
        if parent is not None and parent.kind == "{" and parent.expecting_key:
            try:
                key = json.loads(token) if first == '"' else token
            except (json.JSONDecodeError, RecursionError):
                key = token
            parent.key = key if isinstance(key, str) else str(key)
            continue
        # A value starts here.
        path: Path = ()
        if parent is not None:
            if parent.kind == "[":
                path = (*parent.path, parent.items)
                parent.items += 1
            else:
                path = (*parent.path, parent.key)
            if first in "{[":
                parent.flat = False
        yield _Event("value", path, start)
        if first in "{[":
            stack.append(_Frame(first, path))


class ArrayLines:
    """Line numbers of values found by their path of keys and array indexes, e.g.
    `("alice", 3)` for the fourth message under the key "alice". Found on first use."""

    def __init__(self, text: str, max_depth: int = 8, under: str | None = None) -> None:
        self._text = text
        self._max_depth = max_depth
        self._under = under  # only paths below this top-level key are kept
        self._lines: dict[Path, int] | None = None

    def line(self, *path: str | int) -> int:
        if self._lines is None:
            self._lines = {}
            line, previous = 1, 0
            for event in _walk(self._text):
                if len(event.path) > self._max_depth or (
                    self._under is not None and event.path[:1] != (self._under,)
                ):
                    continue
                line += self._text.count("\n", previous, event.start)
                previous = event.start
                # A repeated key: json.loads keeps the last value, and so does this.
                self._lines[event.path] = line
        return self._lines.get(tuple(path), 1)


def load_json_salvaging(text: str, ctx: ReadContext, count: Callable[[Any], int]) -> Any:
    """The parsed document; for one cut short or damaged, the document up to the last
    complete message (a flat object in an array), with a skipped line where the damage is
    that says how many messages (`count` of the salvaged document) were kept.

    Raises `ImportFormatError` (with the line) when not even one message is complete."""
    doc, error = parse_or_error(text, ctx)
    if error is None:
        return doc
    if error.msg == "Extra data":
        doc, _ = json.JSONDecoder().raw_decode(text, _SKIP.match(text).end())  # type: ignore[union-attr]
        ctx.skip(error.lineno, "text after the end of the JSON document left out")
        return doc
    last: _Event | None = None
    for event in _walk(text, stop=error.pos, cuts=True):
        if event.kind == "cut":
            last = event
    if last is None:
        raise ImportFormatError(ctx.source, f"not valid JSON ({error.msg})", error.lineno)
    closers = "".join(_CLOSER[kind] for kind in reversed(last.stack))
    try:
        doc = json.loads(text[: last.end] + closers)
    except (json.JSONDecodeError, RecursionError):
        raise ImportFormatError(ctx.source, f"not valid JSON ({error.msg})", error.lineno) from None
    resume = _SKIP.match(text, last.end).end()  # type: ignore[union-attr]
    where = line_of(text, resume) if resume < error.pos else error.lineno
    ctx.skip(
        where,
        f"JSON ends early or is damaged here ({error.msg}); "
        f"kept the {count(doc)} complete messages before it",
    )
    return doc
