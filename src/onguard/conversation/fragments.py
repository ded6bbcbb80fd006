"""Phrases split over several short messages from one sender.

Children (and people evading filters) type in bursts: "i" / "want" / "to" / "hurt" /
"myself", or "dont tell your" / "mum". Recognisers never match across messages, so each
run of consecutive short messages from one sender is also read joined with spaces, and
what is found there across a message boundary counts at the message where it ends.

Both the batch scanner and the streaming tracker use these functions: the scanner reads
each run whole (with the rest of the conversation, for conversation-wide context words),
the tracker the run ending at each new message (at most `MAX_RUN` messages back, on its
own), so a match across messages is found at the message where it ends either way.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence

from onguard.detect import Signal

# A fragment: a message this short. Longer messages are sentences of their own.
MAX_WORDS = 4
MAX_CHARS = 32
# Runs are read at most this many messages at a time (the tracker's cost per message).
MAX_RUN = 8


def is_fragment(text: str) -> bool:
    """Whether a message is short enough to be part of a phrase typed in bursts."""
    return 0 < len(text) <= MAX_CHARS and len(text.split()) <= MAX_WORDS


def fragment_runs(texts: Sequence[str], senders: Sequence[str]) -> list[list[int]]:
    """Runs (message indices) of two or more consecutive fragments from one sender, each
    at most `MAX_RUN` long (a longer run is read in consecutive overlapping pieces, each
    piece ending one message later, as the tracker reads it)."""
    if len(texts) != len(senders):
        raise ValueError("texts and senders must have the same length")
    if not any(map(operator.eq, senders, senders[1:])):
        return []  # no sender wrote two messages in a row (most conversations): no run
    runs: list[list[int]] = []
    current: list[int] = []
    for i, (text, sender) in enumerate(zip(texts, senders, strict=True)):
        fragment = is_fragment(text)
        if fragment and current and senders[current[-1]] == sender:
            current.append(i)
        else:
            _close(current, runs)
            current = [i] if fragment else []
    _close(current, runs)
    return runs


def _close(run: list[int], runs: list[list[int]]) -> None:
    if len(run) < 2:
        return
    if len(run) <= MAX_RUN:
        runs.append(run)
        return
    runs.append(run[:MAX_RUN])
    for end in range(MAX_RUN, len(run)):
        runs.append(run[end - MAX_RUN + 1 : end + 1])


def joined(texts: Sequence[str], run: Sequence[int]) -> str:
    return " ".join(texts[i] for i in run)


def across_messages(
    signals: Sequence[Signal], run: Sequence[int], texts: Sequence[str], only_last: bool = False
) -> list[Signal]:
    """Signals found in the joined text of `run` that span a message boundary, moved to the
    message where each ends (the evidence: that message from its start to the match's end).
    `only_last`: keep only those ending in the run's last message."""
    starts = []
    pos = 0
    for i in run:
        starts.append(pos)
        pos += len(texts[i]) + 1
    out: list[Signal] = []
    for s in signals:
        first = _part_at(starts, s.start)
        last = _part_at(starts, max(s.end - 1, s.start))
        if first == last or (only_last and last != len(run) - 1):
            continue
        message = run[last]
        end = min(s.end - starts[last], len(texts[message]))
        if end <= 0:
            continue
        out.append(Signal(s.signal, s.harms, message, 0, end, s.score, s.explanation, s.rule))
    return out


def _part_at(starts: Sequence[int], offset: int) -> int:
    part = 0
    for k, start in enumerate(starts):
        if start <= offset:
            part = k
    return part
