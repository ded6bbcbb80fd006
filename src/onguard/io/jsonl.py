"""JSON Lines in and out, with errors that name the line and lose nothing else.

A malformed line yields a `LineError` (line number and a message that never
quotes the line's content, which may be personal data); the caller decides to
skip it or stop (`--on-error skip|fail`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, TypeVar

from pydantic import BaseModel, ValidationError

from onguard.spec import MAX_MESSAGE_CHARS, ConversationParts
from onguard.validation import describe_validation_error

M = TypeVar("M", bound=BaseModel)

# A line longer than this is refused without parsing (a conversation of many
# thousands of messages still fits).
MAX_LINE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class LineError:
    """A line that could not be read; `line` is 1-based."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


def read_jsonl_models(
    stream: IO[str] | Iterable[str], model: type[M], source: str = "<input>"
) -> Iterator[tuple[int, M | LineError]]:
    """Yield `(line_number, model_or_error)` for each non-blank line of `stream`."""
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        if len(raw) > MAX_LINE_BYTES:
            yield number, LineError(source, number, f"line longer than {MAX_LINE_BYTES} bytes")
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield (
                number,
                LineError(source, number, f"not valid JSON ({exc.msg} at column {exc.colno})"),
            )
            continue
        if not isinstance(data, dict):
            yield (
                number,
                LineError(source, number, f"expected a JSON object, got {type(data).__name__}"),
            )
            continue
        try:
            yield number, model.model_validate(data)
        except ValidationError as exc:
            yield number, LineError(source, number, describe_validation_error(exc, "(line)"))


def write_jsonl(stream: IO[str], items: Iterable[BaseModel | dict[str, object]]) -> int:
    """Write one compact JSON object a line; return how many were written."""
    count = 0
    for item in items:
        if isinstance(item, BaseModel):
            line = item.model_dump_json(exclude_none=True)
        else:
            line = json.dumps(item, ensure_ascii=False, separators=(",", ":"))
        stream.write(line + "\n")
        count += 1
    return count


_ROLES = frozenset(("child", "adult", "unknown"))


def conversation_parts(data: Any) -> ConversationParts | None:
    """`data` (parsed JSON) as `ConversationParts`, when `Conversation` would accept it as it
    stands; None when validation might coerce a value or refuse the line, so that the caller
    validates it with `Conversation` instead (which says what is wrong).

    Only exact JSON types are accepted here (`type(x) is str`, not a subclass or a number
    that validation would turn into a string), so the two paths never disagree.
    """
    if type(data) is not dict:
        return None
    cid = data.get("id")
    if type(cid) is int:
        cid = str(cid)  # as `Conversation` does
    elif type(cid) is not str:
        return None
    messages = data.get("messages", [])
    participants = data.get("participants", [])
    labels = data.get("labels")
    if type(messages) is not list or type(participants) is not list:
        return None
    if labels is not None and (type(labels) is not list or any(type(x) is not str for x in labels)):
        return None
    texts: list[str] = []
    senders: list[str] = []
    for m in messages:
        if type(m) is not dict:
            return None
        text = m.get("text", "")
        sender = m.get("sender", "?")
        ts = m.get("ts")
        if (
            type(text) is not str
            or type(sender) is not str
            or len(text) > MAX_MESSAGE_CHARS
            or (ts is not None and type(ts) is not str)
            or type(m.get("media", False)) is not bool
        ):
            return None
        texts.append(text)
        senders.append(sender)
    roles: dict[str, str] = {}
    for p in participants:
        if type(p) is not dict:
            return None
        pid = p.get("id")
        role = p.get("role", "unknown")
        name = p.get("name")
        if (
            type(pid) is not str
            or type(role) is not str
            or role not in _ROLES
            or (name is not None and type(name) is not str)
        ):
            return None
        roles[pid] = role
    return ConversationParts(cid, texts, senders, roles)
