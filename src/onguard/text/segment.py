"""Split a run of letters into words: "sendmeapic" -> ["send", "me", "a", "pic"].

Letter-spaced evasions ("s e n d m e a p i c") lose their word breaks when the letters
are joined; this puts them back. The most likely split under a word-frequency list
(Zipf's law: a word's cost is the log of its rank, as in wordninja, whose English word
list this reads) with chat shorthand added, and with the short entries of that list that
are not English words or shorthand left out ("ru" and "dou" would otherwise swallow "r u"
and "do u"). A run that no split covers with known words is left whole.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

# Most of the list's 126,000 entries are rare names and spellings; the first 60,000
# words cover chat and keep the table small (about 8 MB, loaded at first use).
_TOP_WORDS = 60_000
# English words of one and two letters (the list's others are initials and fragments).
_SHORT_WORDS = frozenset({
    "a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is",
    "it", "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we", "ya",
    "yo", "ha"
})  # fmt: skip
# Three-letter entries past this rank are mostly names and fragments ("dou", "liv"),
# which would swallow "do u" and "live".
_RARE_SHORT_RANK = 10_000
# Shorthand and chat words rank with the commonest words: "u" and "r" are as cheap as
# "you" and "are".
_SHORTHAND_RANK = 20


class WordSegmenter:
    """`split(letters)`: the cheapest split of `letters` into known words, or None."""

    def __init__(self, ranked_words: Iterable[str], shorthand: Iterable[str] = ()) -> None:
        costs: dict[str, float] = {}
        words = [
            w
            for rank, w in enumerate(ranked_words)
            if w.isalpha()
            and (len(w) > 3 or (len(w) == 3 and rank < _RARE_SHORT_RANK) or w in _SHORT_WORDS)
        ]
        log_n = math.log(max(len(words), 2))
        for rank, word in enumerate(words):
            costs.setdefault(word, math.log((rank + 1) * log_n))
        shorthand_cost = math.log((_SHORTHAND_RANK + 1) * log_n)
        for word in shorthand:
            if word.isalpha() and costs.get(word, math.inf) > shorthand_cost:
                costs[word] = shorthand_cost
        self._costs = costs
        self._longest = max((len(w) for w in costs), default=1)

    def __contains__(self, word: str) -> bool:
        return word in self._costs

    def split(self, letters: str) -> list[str] | None:
        n = len(letters)
        costs = self._costs
        best = [0.0] + [math.inf] * n
        back = [0] * (n + 1)
        for end in range(1, n + 1):
            for start in range(max(0, end - self._longest), end):
                cost = costs.get(letters[start:end])
                if cost is not None and best[start] + cost < best[end]:
                    best[end] = best[start] + cost
                    back[end] = start
        if math.isinf(best[n]):
            return None
        out: list[str] = []
        end = n
        while end > 0:
            out.append(letters[back[end] : end])
            end = back[end]
        return out[::-1]


def _wordninja_list() -> list[str]:
    # The word list ships inside wordninja's package. Found without importing it: the
    # import builds wordninja's own model of the whole list (a third of a second) we never use.
    spec = importlib.util.find_spec("wordninja")
    if spec is None or spec.origin is None:
        raise ImportError("wordninja is not installed")
    path = Path(spec.origin).parent / "wordninja" / "wordninja_words.txt.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [line.strip() for _, line in zip(range(_TOP_WORDS), f, strict=False)]


@lru_cache(maxsize=4)
def default_segmenter(shorthand: frozenset[str] = frozenset()) -> WordSegmenter:
    """The English segmenter, built once per set of shorthand words (at first use)."""
    return WordSegmenter(_wordninja_list(), sorted(shorthand))
