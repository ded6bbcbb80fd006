"""Split a message into plain and highlighted segments from evidence spans.

Spans index into the original message text (the spec's contract). Overlapping
spans are handled by cutting the text at every span boundary: each piece
carries the numbers of every note (signal explanation) that covers it.
Out-of-range spans are clipped; empty ones are ignored.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    note: int  # the number of the explanation shown under the message (1-based)


@dataclass(frozen=True)
class Segment:
    text: str
    notes: tuple[int, ...] = ()

    @property
    def marked(self) -> bool:
        return bool(self.notes)


def segments(text: str, spans: list[Span]) -> list[Segment]:
    clipped = [
        Span(max(0, s.start), min(len(text), s.end), s.note)
        for s in spans
        if min(len(text), s.end) > max(0, s.start)
    ]
    cuts = sorted({0, len(text), *(s.start for s in clipped), *(s.end for s in clipped)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a == b:
            continue
        notes = tuple(sorted({s.note for s in clipped if s.start <= a and b <= s.end}))
        if out and out[-1].notes == notes:
            out[-1] = Segment(out[-1].text + text[a:b], notes)
        else:
            out.append(Segment(text[a:b], notes))
    return out
