"""The recogniser interface: a `Document` in, `Signal`s out.

A `Document` is a batch of messages (usually one conversation) normalised as
one joined text, so each recogniser makes one pass over the whole batch rather
than one call per message. Recognisers report spans in the normalised text or
the original text; `Document` maps either back to (message, start, end) in the
original message text, which is what evidence must index.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from onguard.text import Normalized, Normalizer, default_normalizer

# Joins messages in a Document. Normalisation passes it through unchanged and
# patterns never cross it; a message containing it has it replaced by a space.
SEPARATOR = "\x1e"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Signal:
    """One thing a recogniser found.

    `start`/`end` index the ORIGINAL text of message `message`; `harms` are the
    harm ids the signal counts towards; `score` in [0, 1] is how strongly the
    signal alone shows those harms; `explanation` says why, in plain words.
    """

    signal: str
    harms: tuple[str, ...]
    message: int
    start: int
    end: int
    score: float
    explanation: str
    rule: str = ""


@runtime_checkable
class Recognizer(Protocol):
    """Finds signals in a document. Implementations compile everything in `__init__`."""

    name: str

    def analyze(self, doc: Document) -> list[Signal]: ...


class Document:
    """Messages joined and normalised once, with maps back to each original message."""

    __slots__ = (
        "texts",
        "original",
        "norm",
        "orig_starts",
        "norm_starts",
        "norm_ends",
        "_lower",
        "_has_digit",
        "screened",
    )

    def __init__(self, texts: Sequence[str], normalizer: Normalizer | None = None) -> None:
        original = SEPARATOR.join(texts)
        if original.count(SEPARATOR) == len(texts) - 1:  # no message holds a separator
            clean = list(texts)
        else:
            clean = [t.replace(SEPARATOR, " ") for t in texts]
            original = SEPARATOR.join(clean)
        self.texts: list[str] = clean
        self.original = original
        self.norm: Normalized = (normalizer or default_normalizer()).normalize(self.original)
        starts = []
        pos = 0
        for t in clean:
            starts.append(pos)
            pos += len(t) + 1
        self.orig_starts = starts
        norm_text = self.norm.text
        nstarts = [0]
        nends = []
        find = norm_text.find
        i = find(SEPARATOR)
        while i != -1:
            nends.append(i)
            nstarts.append(i + 1)
            i = find(SEPARATOR, i + 1)
        nends.append(len(norm_text))
        self.norm_starts = nstarts
        self.norm_ends = nends
        self._lower: str | None = None
        self._has_digit: bool | None = None
        # What a recogniser's screen found here (keyed by the recogniser), when it screened
        # a batch of documents ahead of analysing them (`RecognizerRegistry.prescreen`).
        self.screened: dict[object, Any] = {}

    @property
    def has_digit(self) -> bool:
        """Whether any message has a digit (structured recognisers and age statements need one)."""
        if self._has_digit is None:
            self._has_digit = _DIGIT.search(self.original) is not None
        return self._has_digit

    @property
    def lower(self) -> str:
        """The original joined text, lower-cased (same offsets for ASCII text)."""
        if self._lower is None:
            self._lower = self.original.lower()
        return self._lower

    @classmethod
    def from_text(cls, text: str, normalizer: Normalizer | None = None) -> Document:
        return cls([text], normalizer)

    def __len__(self) -> int:
        return len(self.texts)

    def message_at_norm(self, pos: int) -> int:
        return bisect_right(self.norm_starts, pos) - 1

    def message_at_original(self, pos: int) -> int:
        return bisect_right(self.orig_starts, pos) - 1

    def from_norm(self, start: int, end: int) -> tuple[int, int, int]:
        """Normalised span of the joined text -> (message, start, end) in the original message."""
        ostart, oend = self.norm.span(start, end)
        return self.from_original(ostart, oend)

    def from_original(self, start: int, end: int) -> tuple[int, int, int]:
        """Span of the joined original text -> (message, start, end) in that message."""
        msg = self.message_at_original(start)
        base = self.orig_starts[msg]
        length = len(self.texts[msg])
        s = min(max(start - base, 0), length)
        return msg, s, min(max(end - base, s), length)
