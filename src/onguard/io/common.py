"""Shared pieces of the chat importers: the result, the error, and a conversation builder.

Every reader turns one export into `Conversation`s of the contract in `onguard.spec`.
What could not be read is never dropped silently: it goes into `ImportResult.skipped`
as a `LineError` (file, line, why; never the line's content).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import TypeVar

from onguard.io.jsonl import LineError
from onguard.spec import MAX_MESSAGE_CHARS, Conversation, Message, Participant


class ImportFormatError(ValueError):
    """An input that no reader can make sense of, or that a forced reader refuses.

    The message names the file (and line, where known) and never quotes its content.
    """

    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {reason}")


@dataclass
class ImportResult:
    """What a reader made of one input."""

    format: str
    conversations: list[Conversation] = field(default_factory=list)
    skipped: list[LineError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def message_count(self) -> int:
        return sum(len(c.messages) for c in self.conversations)

    def summary(self) -> str:
        """One line for people: counts only, no content."""
        n_conv = len(self.conversations)
        return (
            f"{self.format}: read {self.message_count} messages in {n_conv} "
            f"conversation{'s' if n_conv != 1 else ''}; skipped {len(self.skipped)}"
        )


@dataclass
class ReadContext:
    """What a reader needs besides the text: where it came from, and where to note problems."""

    source: str
    conversation_id: str
    mapping: dict[str, str] | None = None
    skipped: list[LineError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def skip(self, line: int, why: str) -> None:
        self.skipped.append(LineError(self.source, line, why))

    def warn(self, why: str) -> None:
        if why not in self.warnings:
            self.warnings.append(why)

    def sub_id(self, index: int, total: int) -> str:
        """The id of the `index`-th (0-based) of `total` conversations in one file."""
        return self.conversation_id if total == 1 else f"{self.conversation_id}-{index + 1}"


class ConversationBuilder:
    """Collects messages and participants (in order of first appearance) for one conversation."""

    def __init__(self, conversation_id: str) -> None:
        self.id = conversation_id
        self.messages: list[Message] = []
        self._names: dict[str, str | None] = {}

    def participant(self, sender: str, name: str | None = None) -> None:
        if sender not in self._names or (name and not self._names[sender]):
            self._names[sender] = name if name and name != sender else None

    def add(
        self,
        sender: str,
        text: str,
        ts: str | None = None,
        media: bool = False,
        name: str | None = None,
    ) -> Message:
        sender = sender.strip() or "?"
        self.participant(sender, name)
        if len(text) > MAX_MESSAGE_CHARS:
            raise ValueError(f"message longer than {MAX_MESSAGE_CHARS} characters")
        message = Message(sender=sender, text=text, ts=ts, media=media)
        self.messages.append(message)
        return message

    def build(self) -> Conversation:
        participants = [Participant(id=pid, name=name) for pid, name in self._names.items()]
        return Conversation(id=self.id, participants=participants, messages=self.messages)


def _fold(name: str) -> str:
    return " ".join(name.replace("\u200e", "").replace("\u200f", "").split()).casefold()


def mark_child(conversations: list[Conversation], child: str | None, warnings: list[str]) -> None:
    """Give role `child` to the participant named `child` (by id or display name)."""
    if not child:
        return
    wanted = _fold(child)
    found = False
    for conv in conversations:
        for p in conv.participants:
            if _fold(p.id) == wanted or (p.name is not None and _fold(p.name) == wanted):
                p.role = "child"
                found = True
    if not found:
        total = sum(len(c.participants) for c in conversations)
        # The name itself is personal data: say that it did not match, not what it was.
        warnings.append(f"--child matched none of the {total} participants; no child marked")


# --- times --------------------------------------------------------------------------------------

_MAX_OFFSET = timedelta(hours=14)


def iso_from_epoch(seconds: float, offset: timedelta | None = None) -> str | None:
    """ISO 8601 for an epoch time, in UTC ('Z') or at a fixed offset; None if out of range."""
    try:
        moment = datetime.fromtimestamp(seconds, tz=UTC)
        if offset is not None and abs(offset) <= _MAX_OFFSET and offset != timedelta(0):
            return moment.astimezone(timezone(offset)).isoformat()
    except (OverflowError, OSError, ValueError):
        return None
    return moment.isoformat().replace("+00:00", "Z")


def location_link(lat: object, lon: object, live: bool = False) -> str:
    """A shared location as the readers write it, the way WhatsApp's own export writes one
    ("location: https://maps.google.com/?q=LAT,LON"), so the recognisers read it alike."""
    return f"location{' (live)' if live else ''}: https://maps.google.com/?q={lat},{lon}"


def iso_from_naive(moment: datetime) -> str:
    """ISO 8601 for a wall-clock time whose timezone the export does not say."""
    return moment.replace(tzinfo=None).isoformat()


_EPOCH_MS_MIN = 10**11  # below this a number is taken as seconds, above as milliseconds


_SLASH = re.compile(
    r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4}),?[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?"
    r"(?:\s*([AaPp])\.?[Mm]\.?)?"
)


def _slash_datetime(raw: str) -> datetime | None:
    """'14/03/2024 19:05' (spreadsheets): day first unless only month first fits."""
    m = _SLASH.fullmatch(raw)
    if m is None:
        return None
    first, second, year = int(m[1]), int(m[2]), int(m[3])
    day, month = (second, first) if second > 12 >= first else (first, second)
    hour = int(m[4])
    if m[7]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if m[7] in "Pp" else 0)
    try:
        return datetime(
            year + 2000 if year < 100 else year, month, day, hour, int(m[5]), int(m[6] or 0)
        )
    except ValueError:
        return None


def normalise_timestamp(value: object) -> str | None:
    """Best-effort ISO 8601 for a timestamp in a generic file; None when it cannot be read."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    else:
        raw = str(value).strip()
        if not raw:
            return None
        if re.fullmatch(r"\d{9,14}(\.\d+)?", raw):
            number = float(raw)
        else:
            try:
                moment = datetime.fromisoformat(
                    raw.replace("Z", "+00:00") if raw.endswith("Z") else raw
                )
            except ValueError:
                guessed = _slash_datetime(raw)
                if guessed is None:
                    return None
                moment = guessed
            if moment.tzinfo is None:
                return moment.isoformat()
            return moment.isoformat().replace("+00:00", "Z")
    if number != number or number < 0:  # NaN or negative
        return None
    if number >= _EPOCH_MS_MIN:
        number /= 1000.0
    return iso_from_epoch(number)


_EXPORT_TIME = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?"
    r"\s*(UTC|GMT|Z)?",
    re.IGNORECASE,
)


def export_time(value: object) -> tuple[str | None, float | None]:
    """('2024-03-15 19:04:11 UTC' as ISO 8601, seconds to sort by) for the year-first times
    of Snapchat and TikTok exports: 'Z' where the export says UTC, no offset where it says
    nothing. (None, None) when the value is not such a time."""
    if not isinstance(value, str):
        return None, None
    m = _EXPORT_TIME.fullmatch(value.strip())
    if m is None:
        return None, None
    try:
        moment = datetime(
            int(m[1]),
            int(m[2]),
            int(m[3]),
            int(m[4]),
            int(m[5]),
            int(m[6] or 0),
            int((m[7] or ".0")[1:].ljust(6, "0")),
        )
    except ValueError:
        return None, None
    seconds = moment.replace(tzinfo=UTC).timestamp()
    if m[8]:
        return moment.isoformat() + "Z", seconds
    return moment.isoformat(), seconds


def epoch_seconds(value: object) -> float | None:
    """Seconds for an epoch number in seconds, milliseconds or microseconds (by its size)."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    if number != number or number <= 0 or number == float("inf"):
        return None
    if number >= 10**14:
        return number / 1_000_000
    if number >= _EPOCH_MS_MIN:
        return number / 1000
    return number


T = TypeVar("T")


def in_time_order(rows: list[T], when: Callable[[T], float | None]) -> list[T]:
    """Rows oldest first, whether the export lists them oldest or newest first.

    Equal times keep the order in which they were written (newest-first lists are turned
    round before sorting), and a row without a time stays beside the row before it."""
    times = [t for t in map(when, rows) if t is not None]
    ordered = list(reversed(rows)) if len(times) > 1 and times[0] > times[-1] else list(rows)
    keys: list[float] = []
    previous = float("-inf")
    for row in ordered:
        moment = when(row)
        previous = moment if moment is not None else previous
        keys.append(previous)
    positions = sorted(range(len(ordered)), key=lambda i: (keys[i], i))
    return [ordered[i] for i in positions]


# --- text repairs -------------------------------------------------------------------------------


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 bytes written as `\\u00XX` escapes (Facebook and Instagram exports).

    Text that was not damaged this way (any character above U+00FF, or bytes that are
    not valid UTF-8) is returned unchanged.
    """
    if not text or text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def line_of(text: str, position: int) -> int:
    """1-based line number of a character offset."""
    return text.count("\n", 0, max(0, position)) + 1
