"""Hashed word and character n-grams for a batch of messages, computed with numpy.

Why not scikit-learn's `HashingVectorizer`: its n-gram generation is a Python loop
per document, about 25,000 short messages a second for character n-grams on one
core; the scanner must do 50,000 messages a second with every model on. Here a
whole batch is one array of code points and every n-gram hash is a handful of
vectorised operations (a polynomial prefix hash, so any substring hashes in O(1)).

The featuriser is stateless: its parameters (`HashingParams`) are all that a
saved model needs to rebuild it, so artefacts hold no vocabulary and no text.
Every hit keeps its message index and its span in the ORIGINAL message text:
normalisation (lower case, digits to "0", white space to " ") never changes a
string's length, so positions carry over one to one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

_MASK64 = (1 << 64) - 1
_BASE = 0x9E3779B97F4A7C15  # odd, so it has an inverse modulo 2**64
_BASE_INV = pow(_BASE, -1, 1 << 64)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_SEP = "\x01"  # between messages; never a word character
_DIGITS_AND_SPACE = {ord(d): "0" for d in "0123456789"} | {
    ord(c): " " for c in "\t\n\r\x0b\x0c\x01"
}


def normalise(text: str) -> str:
    """Lower case, every ASCII digit to "0", white space to " "; same length as `text`."""
    low = text.lower()
    if len(low) != len(text):  # a few code points lower-case to two ("İ"): keep positions
        # Each character on its own (no context, so no final sigma), one character each.
        low = text.translate({ord(c): c.lower()[:1] or c for c in set(text)})
    return low.translate(_DIGITS_AND_SPACE)


def joined_lower(texts: Sequence[str]) -> str:
    """A batch's messages as one lower-cased string: " " + " \\x01 ".join(texts) + " ".

    Each message is padded with spaces so n-grams see word edges, and the separator keeps
    them from crossing messages. The code points still need `normalise`'s other half
    (digits to "0", white space to " "), which the hashers do on the codes.
    """
    joined = " " + (" " + _SEP + " ").join(texts) + " "
    low = joined.lower()
    if len(low) != len(joined):
        low = normalise(joined)
    return low


def _mix(x: np.ndarray) -> np.ndarray:
    """Spread the polynomial hash over the top bits (xor-shift, multiply)."""
    x = x ^ (x >> np.uint64(29))
    return x * _MIX1


_POWER_CACHE_LIMIT = 1 << 22
_powers_cache: list[np.ndarray] = []


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """BASE**i and BASE**-i mod 2**64 for i in [0, n], cached up to a few million."""
    if _powers_cache and _powers_cache[0].size > n:
        return _powers_cache[0], _powers_cache[1]
    size = max(n + 1, 1 << 16)
    with np.errstate(over="ignore"):
        fwd = np.full(size, _BASE, dtype=np.uint64)
        fwd[0] = 1
        inv = np.full(size, _BASE_INV, dtype=np.uint64)
        inv[0] = 1
        fwd = np.cumprod(fwd, dtype=np.uint64)
        inv = np.cumprod(inv, dtype=np.uint64)
    if size <= _POWER_CACHE_LIMIT:
        _powers_cache[:] = [fwd, inv]
    return fwd, inv


@dataclass(frozen=True)
class HashingParams:
    """Everything needed to rebuild the featuriser (saved as JSON beside the weights)."""

    n_bits: int = 18
    char_ngrams: tuple[int, ...] = (3, 5)
    word_ngrams: tuple[int, ...] = (1, 2)
    version: int = 1

    @property
    def block_size(self) -> int:
        """Character n-grams hash into [0, block); word n-grams into [block, 2 * block)."""
        return 1 << self.n_bits

    @property
    def n_features(self) -> int:
        return 2 << self.n_bits

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["char_ngrams"] = list(self.char_ngrams)
        out["word_ngrams"] = list(self.word_ngrams)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> HashingParams:
        if int(data.get("version", 1)) != 1:
            raise ValueError(f"unsupported hashing version {data.get('version')!r}")
        return cls(
            n_bits=int(data["n_bits"]),
            char_ngrams=tuple(int(n) for n in data["char_ngrams"]),
            word_ngrams=tuple(int(n) for n in data["word_ngrams"]),
        )


@dataclass
class NgramHits:
    """Every n-gram occurrence of a batch: feature index, message index and span."""

    n_messages: int
    feature: np.ndarray  # int64, index into the hashed space
    message: np.ndarray  # int64, index into the batch
    start: np.ndarray = field(repr=False)  # int64, in the original message text
    end: np.ndarray = field(repr=False)

    def counts_per_message(self) -> np.ndarray:
        return np.bincount(self.message, minlength=self.n_messages).astype(np.float64)


class NgramHasher:
    """Stateless featuriser: `hits(texts)` -> `NgramHits` for the whole batch."""

    def __init__(self, params: HashingParams | None = None) -> None:
        self.params = params or HashingParams()
        self._shift = np.uint64(64 - self.params.n_bits)

    def _index(self, h: np.ndarray, salt: int, offset: int = 0) -> np.ndarray:
        index = (_mix(h + np.uint64(salt)) >> self._shift).astype(np.int64)
        return index + offset if offset else index

    def hits(self, texts: Sequence[str]) -> NgramHits:
        n_msgs = len(texts)
        if n_msgs == 0:
            empty = np.zeros(0, dtype=np.int64)
            return NgramHits(0, empty, empty, empty, empty)
        # Each message becomes " text " and messages are joined by a separator, so n-grams
        # see word edges and never cross messages.
        lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=n_msgs)
        low = joined_lower(texts)
        # The rest of `normalise` on the code points: digits to "0", white space to " ".
        codes = np.frombuffer(low.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()
        codes[(codes >= 48) & (codes <= 57)] = 48
        codes[(codes <= 13) & ((codes >= 9) | (codes == 1))] = 32
        n = codes.size
        # Message i occupies [offset[i], offset[i] + lengths[i] + 2) in `joined`.
        offset = np.zeros(n_msgs, dtype=np.int64)
        if n_msgs > 1:
            np.cumsum(lengths[:-1] + 3, out=offset[1:])
        msg_of = np.repeat(np.arange(n_msgs, dtype=np.int64), lengths + 3)[:n]
        # Characters left in the message from each position (separator positions get 0).
        room = np.repeat(offset + lengths + 2, lengths + 3)[:n] - np.arange(n)

        # Polynomial prefix hash: hash(a, b) = (pre[b] - pre[a]) * BASE^-a, all mod 2**64.
        powers, inv_powers = _powers(n)
        features: list[np.ndarray] = []
        firsts: list[np.ndarray] = []
        ends: list[np.ndarray] = []
        with np.errstate(over="ignore"):
            prefix = np.zeros(n + 1, dtype=np.uint64)
            np.cumsum((codes.astype(np.uint64) + np.uint64(1)) * powers[:n], out=prefix[1:])
            for size in self.params.char_ngrams:
                if size > n:
                    continue
                h = (prefix[size:] - prefix[:-size]) * inv_powers[: n - size + 1]
                first = np.flatnonzero(room[: n - size + 1] >= size)
                features.append(self._index(h[first], size))
                firsts.append(first)
                ends.append(first + size)

            # Words: maximal runs of letters, digits and non-ASCII letters (not emoji).
            is_word = (
                ((codes >= 97) & (codes <= 122))
                | (codes == 48)
                | ((codes >= 0xC0) & (codes < 0x2000) & (codes != 0xD7) & (codes != 0xF7))
            )
            edge = np.diff(is_word.view(np.int8), prepend=np.int8(0), append=np.int8(0))
            w_start = np.flatnonzero(edge == 1)
            w_end = np.flatnonzero(edge == -1)
            if w_start.size:
                w_hash = (prefix[w_end] - prefix[w_start]) * inv_powers[w_start]
                if 1 in self.params.word_ngrams:
                    features.append(self._index(w_hash, 101, self.params.block_size))
                    firsts.append(w_start)
                    ends.append(w_end)
                if 2 in self.params.word_ngrams and w_start.size > 1:
                    w_msg = msg_of[w_start]
                    same = np.flatnonzero(w_msg[:-1] == w_msg[1:])
                    bigram = _mix(w_hash[same]) + w_hash[same + 1]
                    features.append(self._index(bigram, 202, self.params.block_size))
                    firsts.append(w_start[same])
                    ends.append(w_end[same + 1])

        first_all = np.concatenate(firsts)
        message = msg_of[first_all]
        # Back to positions in the original text (the leading pad space is position -1).
        base = offset[message] + 1
        start = np.clip(first_all - base, 0, lengths[message])
        end = np.clip(np.concatenate(ends) - base, 0, lengths[message])
        return NgramHits(n_msgs, np.concatenate(features), message, start, end)
