"""JSON Lines in and out, with errors that name the line and lose nothing else.

A malformed line yields a `LineError` (line number and a message that never
quotes the line's content, which may be personal data); the caller decides to
skip it or stop (`--on-error skip|fail`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, TypeVar

from pydantic import BaseModel, ValidationError

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
