"""Anchor words derived from a rule's patterns.

A rule only runs near one of its anchor words (see `patterns.RuleSet`), so a
pattern alternative whose matches contain none of the rule's written anchors can
never fire. Rule authors widen patterns faster than they update anchor lists
(a check of the shipped rules found hundreds of such dead alternatives, e.g.
"take my own life" under a rule anchored on other words), so the loader adds,
for every pattern, words that every one of its matches must contain: the
literal-extraction idea of regex prefilters (RE2's `prefilter`, Hyperscan's
literal factoring), at word level.

`required_words(pattern, lexicons)` reads a pattern in the rule-file convention
(plain spaces between words, `{lexicon}` and built-in macros) and returns a set
of words such that each match contains at least one of them starting a word, or
None when it cannot find such a set (a pattern made only of classes and gaps).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Most strings one group may stand for before it counts as "anything".
_MAX_STRINGS = 256
# Most repeats of a group expanded ("(?:very )?" is one; "{0,3}" is three).
_MAX_REPEAT = 3
# Built-in macros: the words they stand for, or None where they match open text.
_MACRO_WORDS: dict[str, list[str] | None] = {
    "you": ["you", "ya", "yu", "u"],
    "your": ["your", "you are", "yours", "ur"],
    "any": None,
    "few": None,
    "some": None,
    "num": None,
}
_MACRO = re.compile(r"\{([a-z_]+)\}")
_OPEN = r"(?:\w+ ){0,9}"  # what an open macro stands for here: not a fixed string

Strings = frozenset[str]


def required_words(
    pattern: str,
    lexicons: Mapping[str, Iterable[str]],
    common: Iterable[str] = (),
    known: Iterable[str] = (),
    shared: Iterable[str] = (),
) -> set[str] | None:
    """Words one of which starts a word in every match of `pattern` (None if unknown).

    `common`: words to avoid as anchors where the pattern offers rarer ones.
    `known`: anchors the rule already has; matches holding one need no new word, so the
    result is only what must be added (empty when `known` covers every match).
    `shared`: words other rules already anchor on; one of these adds no automaton hits, so
    it costs less than a new word.
    """

    def macro(m: re.Match[str]) -> str:
        name = m.group(1)
        words = lexicons.get(name)
        if words is None:
            words = _MACRO_WORDS.get(name)
            if words is None:
                return _OPEN
        return "(?:" + "|".join(re.escape(str(w).lower()) for w in words) + ")"

    try:
        tree = sre_parse.parse(_MACRO.sub(macro, pattern))
    except (re.error, RecursionError, OverflowError):
        return None
    prefs = _Prefs(frozenset(common), frozenset(k.lower() for k in known), frozenset(shared))
    best = _best_run(list(tree), True, True, prefs)
    return None if best is None else set(best)


class _Prefs:
    """Which words make poor anchors (`common`) and which the rule already has (`known`)."""

    __slots__ = ("common", "known", "phrases", "shared")

    def __init__(
        self, common: frozenset[str], known: frozenset[str], shared: frozenset[str] = frozenset()
    ) -> None:
        self.common = common
        self.known = known
        self.shared = shared
        self.phrases = tuple(k for k in known if " " in k)


def _best_run(
    items: list[Any], starts_word: bool, ends_word: bool, prefs: _Prefs
) -> frozenset[str] | None:
    """The best word set of a sequence: from its runs of fixed strings, or from a required
    group inside it whose every branch has one."""
    candidates: list[frozenset[str]] = []
    run: Strings = frozenset({""})
    run_starts = starts_word
    for index, (op, av) in enumerate(items):
        fixed = _strings((op, av))
        if fixed is not None:
            product = frozenset(a + b for a in run for b in fixed)
            if len(product) <= _MAX_STRINGS:
                run = product
                continue
        # The run ends here: words at its end may go on into what follows, unless it is a gap.
        # (A fixed item of punctuation or nothing, "\\??" or ",?", counts as a gap too: it is
        # rare for a pattern to go on with letters right after one.)
        # So does "[^\\x1e]{0,10}", "anything up to the message end": authors mean other words.
        gap = (
            _is_gap((op, av))
            or _is_any((op, av))
            or (fixed is not None and all(not f or not _is_word_char(f[0]) for f in fixed))
        )
        words = _run_words(run, run_starts, gap, prefs)
        if words is not None:
            candidates.append(words)
        before = _is_gap(items[index - 1]) if index else starts_word
        after = _is_gap(items[index + 1]) if index + 1 < len(items) else ends_word
        inner = _required_inside((op, av), before, after, prefs)
        if inner is not None:
            candidates.append(inner)
        if fixed is not None and len(fixed) <= _MAX_STRINGS:
            # Too many with the run before, fine on its own; it starts a word if the run
            # before always ended with a gap.
            if run != frozenset({""}):
                before = all(x.endswith(" ") or (not x and run_starts) for x in run)
            run, run_starts = fixed, before
        else:
            run, run_starts = frozenset({""}), gap
    words = _run_words(run, run_starts, ends_word, prefs)
    if words is not None:
        candidates.append(words)
    if not candidates:
        return None
    return max(candidates, key=lambda ws: _quality(ws, prefs))


def _quality(words: frozenset[str], prefs: _Prefs) -> tuple[int, float, int]:
    """Nothing new to add is best; then the cheapest words, then the longest."""
    return (
        not words,
        -sum(_cost(w, prefs) for w in words),
        min((len(w) for w in words), default=0),
    )


# Function words are in almost every message: an anchor on one opens a window at every
# occurrence (for every rule, since the anchor automaton is shared), so a rarer word is
# worth several covers.
_STOPWORDS = frozenset(
    [
        *("a", "an", "the", "to", "of", "in", "on", "at", "for", "and", "or", "but", "so"),
        *("if", "it", "is", "be", "am", "are", "was", "were", "do", "does", "did", "not"),
        *("no", "i", "me", "my", "mine", "you", "u", "ya", "your", "ur", "yours", "we"),
        *("us", "our", "he", "him", "his", "she", "her", "they", "them", "their", "this"),
        *("that", "these", "those", "what", "who", "with", "from", "as", "by", "up", "out"),
    ]
)


def is_function_word(word: str) -> bool:
    """Words in nearly every message ("you", "in", "a"): anchors to search only where needed."""
    return word in _STOPWORDS or (len(word) <= 2 and word.isalpha())


def _cost(word: str, prefs: _Prefs) -> float:
    """Roughly how often a word occurs in chat: function words most, then the listed common
    words, then by length (short words like "send", "got", "want" are frequent). A word
    other rules already anchor on costs a quarter: it adds windows, not automaton hits."""
    if word in _STOPWORDS or len(word) <= 2:
        cost = 64.0 if word.isalpha() else 8.0  # "11", "18": numbers are rarer
    else:
        cost = 2.0 ** max(0, 7 - len(word))  # 16 for 3 letters ... 1 from 7 letters
        if word in prefs.common:
            cost *= 4.0
    return cost / 4.0 if word in prefs.shared else cost


def _run_words(
    run: Strings, starts_word: bool, ends_word: bool, prefs: _Prefs
) -> frozenset[str] | None:
    """Few new words that cover every string of a run (each string holds one of them, or a
    known anchor, surely starting a word in the text), or None if some string has none.

    Greedy set cover: the word in most uncovered strings first, rarer then longer on ties.
    """
    words_of = []
    for s in run:
        words = _eligible_words(s, starts_word, ends_word)
        if not words.isdisjoint(prefs.known) or any(
            p in s and p.split(" ", 1)[0] in words for p in prefs.phrases
        ):
            continue  # already anchored
        # A single letter ("a", "i", "u") would open a window at nearly every message.
        words = {w for w in words if len(w) > 1 or w.isdigit()}
        if not words:
            return None
        words_of.append(words)
    chosen: set[str] = set()
    left = words_of
    while left:
        counts: dict[str, int] = {}
        for words in left:
            for w in words:
                counts[w] = counts.get(w, 0) + 1
        best = max(counts, key=lambda w: (counts[w] / _cost(w, prefs), len(w), w))
        chosen.add(best)
        left = [words for words in left if best not in words]
    return frozenset(chosen)


_WORD = re.compile(r"[^\W_]+")
_MARKED = re.compile(r"[^\w\s][^\W_]+")  # ".com", "#tag": anchors that need no word start


def _eligible_words(s: str, starts_word: bool, ends_word: bool) -> set[str]:
    """The words of `s` that surely start a word wherever `s` matches."""
    out = set()
    n = len(s)
    for m in _WORD.finditer(s):
        word, start, end = m.group(), m.start(), m.end()
        if start == 0 and not starts_word:
            continue  # may be the tail of a longer word
        if start > 0 and s[start - 1].isalnum():
            continue
        whole = end < n or ends_word
        if not whole and len(word) <= 3:
            continue  # a short anchor must be a whole word, and this one may go on
        out.add(word)
    for m in _MARKED.finditer(s):
        token, end = m.group(), m.end()
        if len(token) < 3 or (end == n and not ends_word and len(token) <= 3):
            continue  # "." or "#a" alone: found everywhere
        out.add(token)
    return out


def _strings(node: tuple[Any, Any]) -> Strings | None:
    """Every string `node` matches, if that is a small finite set (else None)."""
    op, av = node
    if op is sre.LITERAL:
        return frozenset({chr(av)})
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return frozenset({""})  # zero width
    if op is sre.IN:
        chars = set()
        for o, a in av:
            if o is sre.LITERAL:
                chars.add(chr(a))
            elif o is sre.RANGE and a[1] - a[0] < 10:  # "[0-9]", not "[a-z]"
                chars.update(chr(c) for c in range(a[0], a[1] + 1))
            else:
                return None
        return frozenset(chars) if chars else None
    if op is sre.SUBPATTERN:
        return _seq_strings(list(av[-1]))
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _seq_strings(list(branch))
            if got is None:
                return None
            out |= got
            if len(out) > _MAX_STRINGS:
                return None
        return frozenset(out)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        lo, hi, sub = av
        if hi > _MAX_REPEAT:
            return None
        one = _seq_strings(list(sub))
        if one is None:
            return None
        out = set()
        level: set[str] = {""}
        for count in range(hi + 1):
            if count >= lo:
                out |= level
            if count == hi:
                break
            level = {a + b for a in level for b in one}
            if len(level) + len(out) > _MAX_STRINGS:
                return None
        return frozenset(out)
    return None


def _seq_strings(items: list[Any]) -> Strings | None:
    out: Strings = frozenset({""})
    for node in items:
        got = _strings(node)
        if got is None:
            return None
        out = frozenset(a + b for a in out for b in got)
        if len(out) > _MAX_STRINGS:
            return None
    return out


def _is_gap(node: tuple[Any, Any]) -> bool:
    """Whether `node` always matches non-word characters (a space, "[,.! ]+"): what
    follows it starts a word, what precedes it ends one."""
    op, av = node
    if op is sre.LITERAL:
        return not chr(av).isalnum() and chr(av) != "_"
    if op is sre.IN:
        return all(o is sre.LITERAL and not chr(a).isalnum() for o, a in av)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return av[0] >= 1 and len(av[2]) == 1 and _is_gap(av[2][0])
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _is_any(node: tuple[Any, Any]) -> bool:
    """A repeat of "any character but one" (`[^\\x1e]{0,40}`)."""
    op, av = node
    if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT) or len(av[2]) != 1:
        return False
    sub_op, sub_av = av[2][0]
    return sub_op is sre.NOT_LITERAL or (
        sub_op is sre.IN and any(o is sre.NEGATE for o, _ in sub_av)
    )


def _required_inside(
    node: tuple[Any, Any], starts_word: bool, ends_word: bool, prefs: _Prefs
) -> frozenset[str] | None:
    """A group that must match (not optional) but is not a fixed set of strings: the union
    of its branches' word sets, if every branch has one."""
    op, av = node
    if op is sre.SUBPATTERN:
        return _best_run(list(av[-1]), starts_word, ends_word, prefs)
    if op is sre.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            got = _best_run(list(branch), starts_word, ends_word, prefs)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
        # Only the first repeat is known to start where the group starts.
        return _best_run(list(av[2]), starts_word, False, prefs)
    return None
