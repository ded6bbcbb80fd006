"""Text normalisation that survives evasion and keeps a map back to the original.

Detection patterns are written once, in plain lower-case spelling; this module
folds the many ways people disguise words onto that spelling:

1. Unicode NFKC (full-width and mathematical letters), case folding, Cyrillic
   and Greek look-alikes, zero-width characters, meaningful emoji (words).
2. Apostrophes dropped ("don't" -> "dont"), letters split by separators joined
   ("s.e.n.d", "s e n d"), elongations squeezed ("pleeeease"), leetspeak in
   mixed tokens ("h0w 0ld") and chat shorthand ("r u" -> "are you").

Every stage records where each piece of its output came from, so any span of
the normalised text maps back to a span of the original (`Normalized.span`).
Pure-ASCII text (most chat) takes a fast path through stage 1.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from onguard.text.screen import RegexScreen
from onguard.text.segment import WordSegmenter, default_segmenter
from onguard.text.trie import trie_regex

log = logging.getLogger(__name__)
_DATA = Path(__file__).parent / "data" / "chat.yaml"

# Characters that render as nothing: dropped so "se\u200bnd" reads "send".
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u034f\u180e"
)

# Look-alike letters NFKC leaves alone (Cyrillic and Greek), folded to Latin.
_CONFUSABLES = {
    "а": "a", "в": "b", "с": "c", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i",
    "ј": "j", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "ѕ": "s", "т": "t",
    "у": "y", "х": "x", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ь": "b", "г": "r", "п": "n",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "μ": "u", "σ": "o",
    "ς": "s", "ϲ": "c", "ℓ": "l", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss",
}  # fmt: skip

# Digits and symbols read as letters, applied only inside tokens that also hold
# letters ("n00dz", "s3nd"), never to numbers ("13", "07700 900123").
_LEET = str.maketrans(
    {
        "0": "o",
        "1": "i",
        "3": "e",
        "4": "a",
        "5": "s",
        "7": "t",
        "8": "b",
        "@": "a",
        "$": "s",
        "!": "i",
    }
)

_DROP_SEPARATORS = str.maketrans("", "", "._*-")
# After a shorthand word: a masked or slashed word goes on ("n*dify", "y/o"), or a "!" that is
# leetspeak for "i" ("k!ll"), so the letters are not shorthand there.
_MASKED_AFTER = r"[!*/][a-z]"

# "!" counts only between letters ("p!cs", "f!nd"); "hi!" and "wow!!" are left alone.
_TOKEN = r"[a-z0-9@$]+(?:!(?=[a-z])[a-z0-9@$]+)*"
# Letters split by punctuation ("n.u.d.e.s"); as with spaces, a leetspeak digit or symbol
# may stand between two of them ("n.u.d.1.f.y", "k.1.l.l").
_SEPARATED_PUNCT = (
    r"[a-z](?:[.\-_*~+|/\\,:]+(?:[a-z]|[013457@$](?=[.\-_*~+|/\\,:]+[a-z]))){2,}(?![a-z0-9])"
)
# Letters one space apart, words two spaces apart ("d o n t  t e l l  m u m"). A leetspeak
# digit or symbol may stand between two spaced letters ("n u d 1 f y"), never next to
# another digit ("r u 1 2 1" stays apart).
_SEPARATED_SPACE = r"[a-z](?: {1,2}(?:[a-z]|[013457@$](?= {1,2}[a-z]))){3,}(?![a-z0-9])"
# Where "1" in a leetspeak token is an "l", not an "i" ("ug1y"): chosen by the word list.
_LEET_L = str.maketrans({**{chr(k): v for k, v in _LEET.items()}, "1": "l"})
# Longer letter runs are joined but not split into words (a huge message stays cheap).
_MAX_SEGMENTED = 200
_APOSTROPHE_SUFFIXES = ("t", "m", "ve", "re", "s", "ll", "d")

# Units after one digit: the token is a quantity, not leetspeak ("3k" is not "ek").
_UNITS = "k|bn|x|g|gb|mb|kb|yo|yos|yr|yrs|min|mins|hr|hrs|wk|wks|ft|cm|kg|lb|lbs|mph|km|ml|oz"

# What a stage-2 rewrite's lookaheads read past its match: a span of text ending before
# any other character is rewritten as it is in the whole text.
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$!'`")
# What stands between separated letters (`_SEPARATED_SPACE`, `_SEPARATED_PUNCT`).
_SEPARATORS = frozenset(" .-_*~+|/\\,:")


@dataclass(frozen=True, slots=True)
class _Segments:
    """Where each output piece of one stage came from (parallel lists)."""

    starts: list[int]  # output offset where the piece begins
    src_starts: list[int]
    src_ends: list[int]
    linear: list[bool]  # a copied piece (offsets shift) or a replaced one (whole source span)

    def start(self, pos: int) -> int:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return 0
        if self.linear[i]:
            return min(self.src_starts[i] + pos - self.starts[i], self.src_ends[i])
        return self.src_starts[i]

    def end(self, pos: int) -> int:
        if pos <= 0:
            return 0
        i = bisect_right(self.starts, pos - 1) - 1
        if i < 0:
            return 0
        if self.linear[i]:
            return min(self.src_starts[i] + pos - self.starts[i], self.src_ends[i])
        return self.src_ends[i]


class _Builder:
    __slots__ = ("parts", "seg", "out_len")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.seg = _Segments([], [], [], [])
        self.out_len = 0

    def copy(self, text: str, src_start: int) -> None:
        if text:
            self._add(text, src_start, src_start + len(text), True)

    def replace(self, text: str, src_start: int, src_end: int) -> None:
        self._add(text, src_start, src_end, False)

    def _add(self, text: str, src_start: int, src_end: int, linear: bool) -> None:
        if not text:
            return
        s = self.seg
        s.starts.append(self.out_len)
        s.src_starts.append(src_start)
        s.src_ends.append(src_end)
        s.linear.append(linear)
        self.parts.append(text)
        self.out_len += len(text)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text with the way back to the original's offsets."""

    original: str
    text: str
    _stage1: _Segments | None  # None: identity (ASCII fast path)
    _stage2: _Segments | None  # None: nothing was rewritten

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span `[start, end)` to a span of the original text."""
        n = len(self.text)
        start = max(0, min(start, n))
        end = max(start, min(end, n))
        s, e = start, end
        if self._stage2 is not None:
            s, e = self._stage2.start(s), self._stage2.end(e)
        if self._stage1 is not None:
            s, e = self._stage1.start(s), self._stage1.end(e)
        limit = len(self.original)
        s = max(0, min(s, limit))
        return s, max(s, min(e, limit))


class Normalizer:
    """Fold evasions onto plain spelling. Build once and reuse: it compiles its tables.

    `screen`: pre-filter stage 2 with a `RegexScreen` (when Hyperscan is installed), so
    the rewrite expression runs only on the messages it may change; False runs it on
    everything. The output is the same either way.
    """

    def __init__(
        self,
        abbreviations: dict[str, str] | None = None,
        emoji: dict[str, str] | None = None,
        screen: bool = True,
    ) -> None:
        data = _load_chat_data()
        self.abbreviations = dict(data["abbreviations"] if abbreviations is None else abbreviations)
        self.emoji = dict(data["emoji"] if emoji is None else emoji)
        # A shorthand that is also a word keeps its meaning after these words
        # ("i feel ill" is not "i feel i will").
        self.not_after: dict[str, frozenset[str]] = (
            data["not_after"] if abbreviations is None else {}
        )
        # A shorthand that means something else before a number ("yr 9" is a school year).
        self.before_number: dict[str, str] = data["before_number"] if abbreviations is None else {}
        for key, value in list(self.abbreviations.items()):
            for variant in _apostrophe_forms(key):
                self.abbreviations.setdefault(variant, value)
        abbrev = trie_regex(self.abbreviations)
        # Three spaced letters are read as one token ("k y s", "m u m"), which
        # `_join_separated` joins only into a shorthand or a word ("r u a" stays apart).
        spaced3 = r"|[a-z] [a-z] [a-z](?![a-z0-9])"
        # A word that evasion splits with one dot, star, dash or underscore ("und.ress",
        # "pass_word"): only the listed words, so "e.g", "bit.ly" and "fig.1" stay as they are.
        dotted = sorted(
            {
                re.escape(w[:i]) + r"[._*\-]" + re.escape(w[i:])
                for w in data["dotted_words"]
                for i in range(1, len(w))
            },
            key=lambda p: (-len(p), p),
        )
        dotted_words = "|".join(dotted) or r"(?!)"
        self._shorthand_letters = frozenset(
            k for k in self.abbreviations if len(k) == 1 and k.isalpha()
        ) | {"a", "i"}
        # One pass finds every rewrite; at a position the alternatives are tried in order.
        self._rewrite = re.compile(
            r"(?<=[a-z])(?P<apos>['`])(?=[a-z])"
            r"|(?<![a-z0-9@$'])(?:"
            rf"(?P<sep>{_SEPARATED_PUNCT}|{_SEPARATED_SPACE}{spaced3})"
            rf"|(?P<dot>{dotted_words})(?![a-z0-9])"
            # a shorthand word ends at a non-word character, but not at a "!" that is
            # leetspeak for "i" ("k!ll" is "kill", not "ok!ll"), nor inside a masked or slashed
            # word ("n*dify", "y/o", "n/a")
            rf"|(?P<abbr>{abbrev})(?![a-z0-9@$']|{_MASKED_AFTER})"
            rf"|(?P<leet>(?=[a-z0-9@$!]*[a-z])(?=[a-z0-9@$]*(?:[0-9@$]|![a-z]))(?![0-9]{{2}})"
            # not model names and amounts with letters ("life360", "2000vbucks"), nor times
            # and ordinals ("4pm", "3rd")
            rf"(?![a-z0-9@$!]*[0-9]{{3}})"
            r"(?![0-9]{1,2}(?:am|pm|st|nd|rd|th)(?![a-z0-9@$!]))"
            # nor a school year ("y10", "yr9")
            r"(?!(?:y|yr|year)[0-9]{1,2}(?![a-z0-9@$!]))"
            # nor a digit and a unit: amounts, ages, sizes ("3k", "8yo", "5mins", "4g")
            rf"(?![0-9](?:{_UNITS})(?![a-z0-9@$!]))"
            rf"{_TOKEN})"
            r")"
            r"|(?P<long>(?P<c>[a-vx-z])(?P=c){2,})"  # not "www"
        )
        self._non_ascii = re.compile(r"[^\x00-\x7f]+")
        self._words: WordSegmenter | bool | None = None  # at first use (see `_segmenter`)
        # The shipped tables' screen is cached on disk (compiling it takes a tenth of a second).
        default = abbreviations is None and emoji is None
        self._screen = (
            self._build_screen(abbrev, spaced3, dotted_words, default) if screen else None
        )

    @staticmethod
    def _build_screen(
        abbrev: str, spaced3: str, dotted_words: str, cache: bool
    ) -> RegexScreen | None:
        """Patterns that match wherever a stage-2 rewrite can start, and more (see
        `screen.superset_pattern`; one-character lookarounds become consumed edges)."""
        edge = r"(?<![a-z0-9@$'])"
        sources = [
            # id 0 (with its start): separated letters span several tokens
            (0, rf"{edge}(?:{_SEPARATED_PUNCT}|{_SEPARATED_SPACE}{spaced3})"),
            (0, rf"{edge}(?:{dotted_words})(?![a-z0-9])"),
            # id 1 (end only): `_regions` widens these to whole tokens
            (1, r"(?<=[a-z])['`](?=[a-z])"),
            (1, rf"{edge}(?:{abbrev})(?![a-z0-9@$'])"),
            # leetspeak: a token holding a letter and a digit or symbol, or "!" before a letter
            # (`_regions` widens each span to whole tokens)
            (1, r"[a-z][a-z0-9@$!]*[0-9@$]|[0-9@$][a-z0-9@$!]*[a-z]|![a-z]"),
            (1, "|".join(c * 3 for c in "abcdefghijklmnopqrstuvxyz")),  # elongations, not "www"
        ]
        built, uncovered = RegexScreen.build(sources, "normalize", edges=True, cache=cache, som={0})
        return built if not uncovered else None

    def __call__(self, text: str) -> Normalized:
        return self.normalize(text)

    def normalize(self, text: str) -> Normalized:
        if text.isascii():
            s1, seg1 = text.lower(), None
        else:
            s1, seg1 = self._stage1(text)
        s2, seg2 = self._stage2(s1, self._regions(s1))
        return Normalized(text, s2, seg1, seg2)

    def _regions(self, s: str) -> list[tuple[int, int]] | None:
        """Spans of `s` that hold every stage-2 rewrite, in order; None: everywhere (no
        screen).

        A rewrite's text matches a screen pattern. For separated letters it lies inside the
        screen match [start, end) (leftmost start); the other rewrites (an apostrophe, a
        shorthand word, a leetspeak token, a run of one letter) lie inside the token holding
        the screen match's last character, before any consumed edge. Each span is widened
        over token characters on either side, to characters no rewrite reads or consumes
        (so the expression, run on the span alone, sees what it sees in the whole text),
        merged with its neighbours, and run there; a span that is one known shorthand word
        needs no expression (see `_matches`).
        """
        if self._screen is None:
            return None
        found = self._screen.spans(s)
        if found is None:
            return None
        token = _TOKEN_CHARS
        spans = []
        for ident, start, end in found:
            if ident:
                if s[end - 1] not in token:
                    end -= 1  # the consumed edge after a shorthand word
                start = end - 1
            spans.append((start, end))
        if not spans:
            return []
        spans.sort()
        regions: list[tuple[int, int]] = []
        n = len(s)
        lo = hi = -1
        for start, end in spans:
            if start > hi:
                while start > 0 and s[start - 1] in token:
                    start -= 1
                if start > hi:
                    if hi >= 0:
                        regions.append((lo, hi))
                    lo = start
            if end > hi:
                hi = end
                while hi < n and s[hi] in token:
                    hi += 1
        regions.append((lo, hi))
        return regions

    # Stage 1: character folding. ASCII runs are lower-cased (length-preserving);
    # non-ASCII runs go character by character.
    def _stage1(self, text: str) -> tuple[str, _Segments]:
        b = _Builder()
        pos = 0
        emoji = self.emoji
        for m in self._non_ascii.finditer(text):
            if m.start() > pos:
                b.copy(text[pos : m.start()].lower(), pos)
            for i in range(m.start(), m.end()):
                ch = text[i]
                if ch in _INVISIBLE or unicodedata.category(ch) == "Mn":
                    continue
                word = emoji.get(ch)
                if word is not None:
                    b.replace(f" {word} ", i, i + 1)
                    continue
                if ch in "\ufe0f\ufe0e":  # emoji variation selectors
                    continue
                folded = unicodedata.normalize("NFKC", ch).casefold()
                folded = "".join(_CONFUSABLES.get(c, c) for c in folded)
                folded = "".join(
                    c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c)
                )
                if folded == "\u2019":
                    folded = "'"
                if len(folded) == 1 and folded == ch:
                    b.copy(folded, i)
                else:
                    b.replace(folded, i, i + 1)
            pos = m.end()
        if pos < len(text):
            b.copy(text[pos:].lower(), pos)
        return "".join(b.parts), b.seg

    # Stage 2: token rewrites in one regex pass (over `regions` only, when given).
    def _stage2(
        self, s: str, regions: list[tuple[int, int]] | None = None
    ) -> tuple[str, _Segments | None]:
        parts: list[str] | None = None
        pos = out_len = 0
        starts: list[int] = []
        src_starts: list[int] = []
        src_ends: list[int] = []
        linear: list[bool] = []
        abbreviations = self.abbreviations
        not_after = self.not_after
        before_number = self.before_number
        for kind, start, end, token in self._matches(s, regions):
            if kind == "abbr":
                out = abbreviations[token]
                if out == token:
                    continue
                after = not_after.get(token)
                if after is not None and _previous_word(s, start) in after:
                    continue
                if token in before_number and _NUMBER_NEXT.match(s, end) is not None:
                    out = before_number[token]
            elif kind == "apos":
                out = ""
            elif kind == "sep":
                out = self._join_separated(token)
            elif kind == "dot":
                out = token.translate(_DROP_SEPARATORS)
            elif kind == "leet":
                if "@" in token and s.startswith(".", end):
                    continue  # an email address ("a@b.com"), not leetspeak
                out = abbreviations.get(token) or self._leet_word(token)
                out = abbreviations.get(out, out)
            else:  # elongation "sooo" -> "so"
                out = token[0]
            if parts is None:
                parts = []
            if start > pos:  # the untouched text before this rewrite
                starts.append(out_len)
                src_starts.append(pos)
                src_ends.append(start)
                linear.append(True)
                parts.append(s[pos:start])
                out_len += start - pos
            if out:
                starts.append(out_len)
                src_starts.append(start)
                src_ends.append(end)
                linear.append(False)
                parts.append(out)
                out_len += len(out)
            pos = end
        if parts is None:
            return s, None
        if pos < len(s):
            starts.append(out_len)
            src_starts.append(pos)
            src_ends.append(len(s))
            linear.append(True)
            parts.append(s[pos:])
        return "".join(parts), _Segments(starts, src_starts, src_ends, linear)

    def _leet_word(self, token: str) -> str:
        """A leetspeak token read as letters; "1" as "l" where only that makes a word."""
        out = token.translate(_LEET)
        if "1" not in token or out in self.abbreviations:
            return out
        segmenter = self._segmenter()
        if segmenter is None or out in segmenter:
            return out
        other = token.translate(_LEET_L)
        return other if other in segmenter else out

    def _join_separated(self, token: str) -> str:
        """Separated letters as words: each run between double spaces joined, a run that
        is no known word split into words ("s e n d m e a p i c" -> "send me a pic"), and
        up to three spaced letters joined only into a word ("m u m"), not when each may be
        shorthand ("r u a" stays "are you a")."""
        abbreviations = self.abbreviations
        spaced = " " in token
        words: list[str] = []
        for group in token.split("  "):
            letters = "".join(c for c in group if c.isalnum() or c in "@$")
            if not letters.isalpha():
                letters = self._leet_word(letters)
            if not letters:
                continue
            known = abbreviations.get(letters)
            if known is not None:
                words.append(known)
                continue
            segmenter = self._segmenter()
            if spaced and len(letters) <= 3:
                if (
                    segmenter is None
                    or letters not in segmenter
                    or set(letters) <= self._shorthand_letters
                ):
                    words.extend(abbreviations.get(c, c) for c in letters)
                else:
                    words.append(letters)
                continue
            split = (
                segmenter.split(letters)
                if segmenter is not None
                and len(letters) <= _MAX_SEGMENTED
                and letters not in segmenter
                else None
            )
            if split:
                words.extend(abbreviations.get(w, w) for w in split)
            else:
                words.append(letters)
        return " ".join(words)

    def _segmenter(self) -> WordSegmenter | None:
        if self._words is None:
            try:
                self._words = default_segmenter(
                    frozenset(self.abbreviations) | _load_chat_data()["chat_words"]
                )
            except (ImportError, OSError):  # no word list: runs stay joined, as they were
                log.warning("no word list for separated letters; they are joined unsplit")
                self._words = False
        return self._words if isinstance(self._words, WordSegmenter) else None

    def _matches(
        self, s: str, regions: list[tuple[int, int]] | None
    ) -> Iterator[tuple[str | None, int, int, str]]:
        """(kind, start, end, text) of each rewrite, in order (over `regions` when given)."""
        if regions is None:
            for m in self._rewrite.finditer(s):
                yield m.lastgroup, m.start(), m.end(), m.group()
            return
        finditer = self._rewrite.finditer
        abbreviations = self.abbreviations
        n = len(s)
        for lo, hi in regions:
            token = s[lo:hi]
            if token in abbreviations:
                # A region is widened to whole tokens: one that is a known shorthand word is
                # what the expression matches there (no separator or quote can start at
                # its first character, and the longest shorthand is tried first), unless a
                # masked word goes on after it (the expression's lookahead, which reads past
                # the region).
                if _MASKED_NEXT.match(s, hi) is None:
                    yield "abbr", lo, hi, token
                continue
            # A digit between separated letters looks ahead over separators to the next
            # letter ("c a $ h  4  y0u"), past the region's end: the scan reads on to the
            # end of the next token (a match cannot end there, or the screen would have
            # said so) and keeps the rewrites that start in the region.
            end = hi
            while end < n and s[end] in _SEPARATORS:
                end += 1
            while end < n and s[end] in _TOKEN_CHARS:
                end += 1
            for m in finditer(s, lo, end):
                if m.start() >= hi:
                    break
                yield m.lastgroup, m.start(), m.end(), m.group()


def _apostrophe_forms(word: str) -> list[str]:
    """'dont' -> ["don't"], 'im' -> ["i'm"]: contractions typed with an apostrophe."""
    return [
        word[: -len(suffix)] + "'" + suffix
        for suffix in _APOSTROPHE_SUFFIXES
        if word.endswith(suffix) and len(word) > len(suffix)
    ]


_MASKED_NEXT = re.compile(_MASKED_AFTER)
# After a shorthand word: a number ("yr 9", "yr10").
_NUMBER_NEXT = re.compile(r" ?[0-9]")


@lru_cache(maxsize=1)
def _load_chat_data() -> dict[str, Any]:
    with _DATA.open(encoding="utf-8") as f:
        data = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {
        "abbreviations": _words(data["abbreviations"], "abbreviations"),
        "emoji": _words(data["emoji"], "emoji"),
        "chat_words": frozenset(str(w) for w in data.get("chat_words") or ()),
        "dotted_words": [str(w) for w in data.get("dotted_words") or ()],
        "not_after": {
            str(k): frozenset(str(w) for w in v) for k, v in (data.get("not_after") or {}).items()
        },
        "before_number": _words(data.get("before_number") or {}, "before_number"),
    }


def _words(mapping: dict[Any, Any], section: str) -> dict[str, str]:
    """A section of replacement words, checked: YAML reads a bare `yes`, `no`, `on` or `off`
    as a boolean, which would otherwise be folded in as the word "True"."""
    out: dict[str, str] = {}
    for key, value in mapping.items():
        if not isinstance(value, str) or isinstance(key, bool):
            raise ValueError(
                f"{_DATA.name}: {section}: {key!r} -> {value!r}: quote both as strings"
            )
        out[str(key)] = value
    return out


def _previous_word(s: str, start: int) -> str:
    """The word just before `start` in `s`, across spaces only ("" if none)."""
    end = start
    while end > 0 and s[end - 1] == " ":
        end -= 1
    begin = end
    while begin > 0 and (s[begin - 1].isalpha() or s[begin - 1] in "'`"):
        begin -= 1
    return s[begin:end].replace("'", "").replace("`", "")  # "i'm" is "im"


@lru_cache(maxsize=1)
def default_normalizer() -> Normalizer:
    return Normalizer()


def normalize(text: str) -> Normalized:
    """Normalise `text` with the default tables (see `Normalizer`)."""
    return default_normalizer().normalize(text)
