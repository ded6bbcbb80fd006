"""Models that read normalised text (`LinearConversationModel.text == "normalised"`).

Such a model learned its n-grams from messages folded by the project's normaliser
("h0w 0ld r u" -> "how old are you"), so a spelling it never saw still reads as one it
did. It scores the normalised messages; its evidence spans are mapped back to the
messages as written (the contract: evidence indexes the original text).
"""

from __future__ import annotations

from collections.abc import Sequence

from onguard.text import default_normalizer
from onguard.text.normalize import Normalized

Evidence = list[tuple[int, int, int, str]]


def normalise_messages(texts: Sequence[str]) -> list[Normalized]:
    """Each message normalised on its own (offsets map back within that message)."""
    normalize = default_normalizer().normalize
    return [normalize(t) for t in texts]


def evidence_to_original(evidence: Evidence, norms: Sequence[Normalized]) -> Evidence:
    """(message, start, end, reason) in normalised messages -> the same in the originals.
    `norms` are the conversation's messages, in order."""
    out: Evidence = []
    for message, start, end, reason in evidence:
        s, e = norms[message].span(start, end)
        if s < e:
            out.append((message, s, e, reason))
    return out
