"""A fast, optional pre-filter for Python regular expressions.

A `RegexScreen` compiles many expressions into one Hyperscan database and
scans a text once, reporting which expressions *may* match and where their
matches end. Each screening pattern is derived from a Python expression so
that it matches a superset of what the expression matches (lookarounds and
anchors are dropped, see `superset_pattern`): a screen never misses a match,
it only lets the exact Python expression skip text where it cannot match.

Screens are an optional fast path. Without the `hyperscan` package (its wheels
are for x86-64 only) `RegexScreen.build` returns None and
callers run their exact expressions everywhere, with identical results. Set
`ONGUARD_SCREEN=0` to turn screens off.

Text is scanned as bytes: ASCII as itself, any other character as a byte that
stands for its class in Python's expressions (letter, decimal digit, space,
other), so offsets stay character offsets and Python's Unicode-aware `\\w`,
`\\d`, `\\s` keep their meaning.
Compiling a large set takes minutes (the rules' 1,000 patterns: about 1.5 minutes for
Hyperscan and as long again for the probes of `missed_patterns`), so databases are cached in
the user cache folder (`ONGUARD_CACHE_DIR`, default platformdirs' user cache dir), keyed by a
hash of the expressions, this module and the Hyperscan version; `onguard prepare` builds them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import re
import threading
import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from onguard.text.cachefiles import cache_path, read_trusted, write_trusted

log = logging.getLogger(__name__)

try:  # optional: the fast path
    import hyperscan as _hs
except ImportError:  # pragma: no cover - depends on the platform
    _hs = None  # type: ignore[assignment]

# Unless told, a database is cached only if it took this long to compile; the newest few
# of each name are kept.
_WORTH_CACHING_S = 1.0

# Hyperscan refuses patterns of 16384 characters or more.
_MAX_PATTERN = 16000

# Bumped when the derivation changes, so cached databases are rebuilt.
FORMAT = "onguard-screen-4"

# Scanned text is bytes: ASCII as itself, and each other character as one byte standing for
# its class in Python's expressions (so offsets stay character offsets): a letter, a decimal
# digit, a space, or anything else. A pattern's class holds a stand-in byte when it may
# hold a character of that class; a non-ASCII literal becomes its character's stand-in.
_LETTER, _UDIGIT, _USPACE, _OTHER = 0x80, 0x81, 0x82, 0x83
_ASCII = frozenset(range(128))
_ALL = _ASCII | {_LETTER, _UDIGIT, _USPACE, _OTHER}
_WORD = frozenset([*range(48, 58), *range(65, 91), *range(97, 123), 95, _LETTER, _UDIGIT])
_DIGIT = frozenset([*range(48, 58), _UDIGIT])
# Python's `\s` on str patterns includes the information separators \x1c-\x1f.
_SPACE = frozenset([9, 10, 11, 12, 13, 28, 29, 30, 31, 32, _USPACE])
_CATEGORIES = {
    sre.CATEGORY_WORD: _WORD,
    sre.CATEGORY_NOT_WORD: _ALL - _WORD,
    sre.CATEGORY_DIGIT: _DIGIT,
    sre.CATEGORY_NOT_DIGIT: _ALL - _DIGIT,
    sre.CATEGORY_SPACE: _SPACE,
    sre.CATEGORY_NOT_SPACE: _ALL - _SPACE,
}
# Collapsed text (`collapse_text`): word characters and the record separator are kept,
# every other ASCII character is punctuation, and each run of it becomes one space.
_KEPT = _WORD | {0x1E}
# Hyperscan's own \w and \d (not Unicode-aware): ASCII only.
_ASCII_WORD = _WORD & _ASCII
_ASCII_DIGIT = _DIGIT & _ASCII
_PUNCT = _ALL - _KEPT
_TO_SPACE = bytes(32 if c in _PUNCT else c for c in range(256))
_RUNS = re.compile(b"  +")
_SPACE_OPT = "(?:\\x20)?"
# A byte that never occurs in scanned text: what an empty class becomes.
_NEVER = r"\xff"
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


class ScreenError(ValueError):
    """An expression has no screening pattern (its caller must not screen it)."""


def available() -> bool:
    """Whether screens can be built here (hyperscan installed and not turned off)."""
    return _hs is not None and os.environ.get("ONGUARD_SCREEN", "1") != "0"


def superset_pattern(
    source: str, flags: int = 0, edges: bool = False, collapse: bool = False
) -> str:
    """A Hyperscan pattern matching (in `to_bytes(text)`) wherever `source` matches `text`.

    Lookarounds and anchors (`\\b`, `$`) are zero-width: dropping them only widens
    what matches. With `collapse`, the pattern is for `collapse_text(text)` instead, where
    each run of punctuation and spaces is one space (far cheaper for Hyperscan to scan
    than gaps like `[^\\w]+`): what matched such a run matches one optional space.
    With `edges`, a one-character lookaround becomes a consumed character instead
    (`(?<![a-z])x` -> `(?:^|[^a-z])x`), which keeps word edges selective; the match
    then ends up to one character later. Raises
    `ScreenError` for constructs without a safe superset (backreferences, a
    non-ASCII literal that case-folds to ASCII) and for expressions that can
    match the empty string.
    """
    try:
        tree = sre_parse.parse(source, flags)
    except re.error as exc:
        raise ScreenError(f"not a valid expression: {exc}") from exc
    if tree.getwidth()[0] == 0:
        raise ScreenError("the expression can match the empty string")
    state = tree.state.flags
    icase, dotall = bool(state & sre.SRE_FLAG_IGNORECASE), bool(state & sre.SRE_FLAG_DOTALL)
    if collapse:
        out = _collapsed(tree, icase, dotall)
        # Punctuation became optional: the pattern may now match nothing (Python reads it too).
        if re.fullmatch(out, "") is not None:
            raise ScreenError("nothing left to screen for in collapsed text")
        if len(out) > _MAX_PATTERN:
            raise ScreenError("too long for Hyperscan")
        return out
    out = _emit(tree, icase, dotall, edges)
    if len(out) > _MAX_PATTERN:
        raise ScreenError("too long for Hyperscan")
    return out


def collapse_text(text: str) -> bytes:
    """`text` with each run of punctuation and spaces as one space (`\\x1e` kept)."""
    return _RUNS.sub(b" ", to_bytes(text).translate(_TO_SPACE))


def to_bytes(text: str) -> bytes:
    """`text` as scanned: ASCII kept, any other character as the stand-in of its class."""
    if text.isascii():
        return text.encode("ascii")
    return text.translate(_STAND_INS).encode("latin-1")


class _StandIns(dict[int, str]):
    """str.translate table: each non-ASCII character to its stand-in (filled as met)."""

    def __missing__(self, code: int) -> str:
        self[code] = value = chr(code) if code < 128 else chr(_stand_in(chr(code)))
        return value


def _stand_in(ch: str) -> int:
    # Python's expressions: \d is a decimal digit, \w alphanumeric or "_", \s a space.
    if ch.isdecimal():
        return _UDIGIT
    if ch.isalnum():
        return _LETTER
    return _USPACE if ch.isspace() else _OTHER


_STAND_INS = _StandIns()


def _collapsed(items: Any, icase: bool, dotall: bool) -> str:
    """`_emit` for collapsed text (see `superset_pattern`)."""
    out: list[str] = []
    for op, av in items:
        chars = _char_set(op, av, icase, dotall)
        if chars is not None:
            out.append(_cclass(chars))
        elif op is sre.BRANCH:
            out.append("(?:" + "|".join(_collapsed(b, icase, dotall) for b in av[1]) + ")")
        elif op is sre.SUBPATTERN:
            out.append("(?:" + _collapsed(*_group_flags(av, icase, dotall)) + ")")
        elif op in _REPEATS:
            lo, hi, sub = av
            top = "" if hi is sre.MAXREPEAT else str(hi)
            chars = _single_class(sub, icase, dotall)
            if chars is not None and not (chars & _KEPT):
                out.append(_SPACE_OPT)  # a run of punctuation: one space at most
            elif chars is not None and chars & _PUNCT:
                out.append(_class((chars & _KEPT) | {32}) + f"{{0,{top}}}")
            else:
                body = "(?:" + _collapsed(sub, icase, dotall) + ")"
                out.append(body + f"{{{lo},{top}}}")
        elif op is sre.ATOMIC_GROUP:
            out.append("(?:" + _collapsed(av, icase, dotall) + ")")
        elif op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        else:
            raise ScreenError(f"no screen for {op}")
    return "".join(out)


def _single_class(sub: Any, icase: bool, dotall: bool) -> frozenset[int] | None:
    """The characters of a one-character expression (None if it is not one)."""
    if len(sub) != 1:
        return None
    op, av = sub[0]
    return _char_set(op, av, icase, dotall)


def _char_set(op: Any, av: Any, icase: bool, dotall: bool) -> frozenset[int] | None:
    """The characters one parsed item matches, if it matches exactly one character."""
    if op is sre.LITERAL:
        return _literal(av, icase)
    if op is sre.NOT_LITERAL:
        return _not_literal(av, icase)
    if op is sre.ANY:
        return _ALL if dotall else _ALL - {10}
    if op is sre.IN:
        return _in(av, icase)
    return None


def _group_flags(av: Any, icase: bool, dotall: bool) -> tuple[Any, bool, bool]:
    """A group's items, and the case and dot flags inside it (`(?i:...)`, `(?-s:...)`)."""
    _group, add, delete, sub = av
    ic = (icase or bool(add & sre.SRE_FLAG_IGNORECASE)) and not (delete & sre.SRE_FLAG_IGNORECASE)
    da = (dotall or bool(add & sre.SRE_FLAG_DOTALL)) and not (delete & sre.SRE_FLAG_DOTALL)
    return sub, ic, da


def _cclass(chars: frozenset[int]) -> str:
    """One character of the original text, in collapsed text."""
    if not chars & _PUNCT:
        return _class(chars)
    kept = chars & _KEPT
    # Punctuation may have merged into a neighbouring run: optional.
    return _SPACE_OPT if not kept else "(?:" + _class(kept | {32}) + ")?"


def _emit(items: Any, icase: bool, dotall: bool, edges: bool) -> str:
    out: list[str] = []
    for op, av in items:
        chars = _char_set(op, av, icase, dotall)
        if chars is not None:
            out.append(_class(chars))
        elif op is sre.BRANCH:
            out.append("(?:" + "|".join(_emit(b, icase, dotall, edges) for b in av[1]) + ")")
        elif op is sre.SUBPATTERN:
            out.append("(?:" + _emit(*_group_flags(av, icase, dotall), edges) + ")")
        elif op in _REPEATS:
            lo, hi, sub = av
            body = "(?:" + _emit(sub, icase, dotall, edges) + ")"
            out.append(body + (f"{{{lo},}}" if hi is sre.MAXREPEAT else f"{{{lo},{hi}}}"))
        elif op is sre.ATOMIC_GROUP:
            out.append("(?:" + _emit(av, icase, dotall, edges) + ")")
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if edges:
                out.append(_edge(op, av, icase))
        elif op is sre.AT:
            continue  # zero-width: dropping it widens the language
        else:
            raise ScreenError(f"no screen for {op}")
    return "".join(out)


def _edge(op: Any, av: Any, icase: bool) -> str:
    """A one-character lookaround as a consumed character ('' when it is not one)."""
    direction, sub = av
    if len(sub) != 1 or sub[0][0] not in (sre.IN, sre.LITERAL, sre.NOT_LITERAL):
        return ""
    kind, value = sub[0]
    if kind is sre.IN:
        chars = _in(value, icase)
    elif kind is sre.LITERAL:
        chars = _literal(value, icase)
    else:
        chars = _not_literal(value, icase)
    if op is sre.ASSERT:
        return _class(chars)
    other = _class(_ALL - chars)
    return f"(?:^|{other})" if direction < 0 else f"(?:{other}|$)"


def _literal(code: int, icase: bool) -> frozenset[int]:
    if code >= 128:
        ch = chr(code)
        if icase and any(ord(c) < 128 for c in ch.lower() + ch.upper() + ch.casefold()):
            raise ScreenError("a non-ASCII literal that folds to ASCII")
        return frozenset([_stand_in(ch)])
    return _fold(frozenset([code]), icase)


def _not_literal(code: int, icase: bool) -> frozenset[int]:
    # Not one character: every stand-in stays (it stands for other characters as well).
    if code >= 128:
        return _ALL
    return _ALL - _fold(frozenset([code]), icase)


def _fold(chars: frozenset[int], icase: bool) -> frozenset[int]:
    if not icase:
        return chars
    out = set(chars)
    for c in chars:
        if 65 <= c <= 90:
            out.update((c + 32, _LETTER))  # "K" also matches the Kelvin sign
        elif 97 <= c <= 122:
            out.update((c - 32, _LETTER))
    return frozenset(out)


def _in(items: Any, icase: bool) -> frozenset[int]:
    negate = False
    chars: set[int] = set()  # every member (ASCII, or the stand-in of a whole class)
    some: set[int] = set()  # stand-ins of some, not all, characters of their class
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            if av < 128:
                chars.add(av)
            else:
                some.add(_stand_in(chr(av)))
        elif op is sre.RANGE:
            lo, hi = av
            chars.update(range(lo, min(hi, 127) + 1))
            if hi >= 128:
                some.update(_ALL - _ASCII)
        elif op is sre.CATEGORY and av in _CATEGORIES:
            chars |= _CATEGORIES[av]
        else:
            raise ScreenError(f"no screen for class item {op}")
    if icase and some:
        raise ScreenError("a case-insensitive class with non-ASCII members")
    folded = _fold(frozenset(chars), icase)
    # Negated, a partly excluded class of characters still has members.
    return _ALL - folded if negate else folded | some


def _class(chars: frozenset[int] | set[int]) -> str:
    if not chars:
        return _NEVER
    if chars >= _ALL:
        return r"[\x00-\xff]"
    if len(chars) == 1:
        return _char(next(iter(chars)))
    positive = "[" + _members(set(chars)) + "]"
    # A negated class also admits bytes above the stand-ins, which never occur.
    negative = "[^" + _members(set(_ALL - chars)) + "]"
    return positive if len(positive) <= len(negative) else negative


def _members(chars: set[int]) -> str:
    head = ""
    if chars >= _ASCII_WORD:
        head, chars = r"\w", chars - _ASCII_WORD
    elif chars >= _ASCII_DIGIT:
        head, chars = r"\d", chars - _ASCII_DIGIT
    codes = sorted(chars)
    parts = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{_char(codes[i])}-{_char(codes[j])}")
        else:
            parts.extend(_char(c) for c in codes[i : j + 1])
        i = j + 1
    return head + "".join(parts)


def _char(code: int) -> str:
    ch = chr(code)
    return ch if ch.isascii() and ch.isalnum() else f"\\x{code:02x}"


class RegexScreen:
    """Hyperscan patterns scanned together: `matched(text)` (which patterns match) or
    `spans(text)` (where). Both return None if a scan fails: callers then take the exact
    path for that text.

    Build with `RegexScreen.build`, which returns None where screens are not available.
    Safe to share between threads (each thread scans with its own scratch space).
    """

    def __init__(self, database: Any, collapse: bool = False, mend: Any = None) -> None:
        # `mend`: a second database for the ids whose patterns Hyperscan was found to miss
        # (`missed_patterns`), scanned after the first (`RegexScreen.build`).
        self._dbs = (database,) if mend is None else (database, mend)
        self._first = tuple(_hs.Scratch(db) for db in self._dbs)
        self._local = threading.local()
        self.collapse = collapse

    def _scratch(self) -> tuple[Any, ...]:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            # Hyperscan scratch space serves one scan at a time: one per thread.
            scratch = self._local.scratch = (
                self._first
                if threading.current_thread() is threading.main_thread()
                else tuple(_hs.Scratch(db) for db in self._dbs)
            )
        return scratch

    def _scan(self, text: str, on_match: Callable[..., Any]) -> bool:
        data = collapse_text(text) if self.collapse else to_bytes(text)
        try:
            for db, scratch in zip(self._dbs, self._scratch(), strict=True):
                db.scan(data, match_event_handler=on_match, scratch=scratch)
        except Exception:  # the exact path for this text
            log.warning("screen scan failed; using the exact path for one text", exc_info=True)
            return False
        return True

    @classmethod
    def build(
        cls,
        sources: Sequence[tuple[int, str]],
        name: str = "screen",
        edges: bool = False,
        fallback: Callable[[int], Sequence[str]] | None = None,
        cache: bool | None = None,
        collapse: bool = False,
        single: bool = False,
        som: Collection[int] = (),
    ) -> tuple[RegexScreen | None, frozenset[int]]:
        """A screen of Python expressions `(id, source)` (ids may repeat).

        Returns the screen (None where screens are unavailable or the set does not
        compile) and the ids it does not cover: those with no superset pattern, for which
        `fallback(id)` gave no literal words either (with words, a text containing one of
        them counts as a hit). Callers run the exact expression for uncovered ids.
        `cache`: keep the compiled database in the cache folder (True), never (False), or
        when it took long to compile (None: a large set).
        `collapse`: scan `collapse_text(text)` (see `superset_pattern`); hit offsets are then
        offsets in the collapsed text. `single`: each pattern reports its first match only
        (far fewer callbacks; use `matched`). `som`: the ids whose matches report where
        they start (`spans`).
        """
        every = frozenset(i for i, _ in sources)
        if not available() or not sources:
            return None, every
        words_of = fallback or (lambda ident: ())
        key = _key(
            [
                (i, f"{edges}:{collapse}:{single}:{i in som}:{s}:{list(words_of(i))}")
                for i, s in sources
            ]
        )
        cached = _load_cached(name, key) if cache is not False else None
        if cached is not None:
            db, mend_db, uncovered = cached
            return cls(db, collapse, mend_db), uncovered

        def literal_patterns(ident: int) -> list[tuple[int, str]]:
            words = [w for w in words_of(ident) if w]
            try:
                return [(ident, superset_pattern(re.escape(w), collapse=collapse)) for w in words]
            except ScreenError:  # a word of punctuation alone, in collapsed text
                return []

        patterns: list[tuple[int, str]] = []
        missing: set[int] = set()
        for ident, source in sources:
            try:
                patterns.append((ident, superset_pattern(source, edges=edges, collapse=collapse)))
            except ScreenError:
                literal = literal_patterns(ident)
                patterns.extend(literal)
                if not literal:
                    missing.add(ident)
        # An id with one uncovered source is uncovered: its other patterns are useless.
        patterns = [(i, p) for i, p in patterns if i not in missing]
        if not patterns:
            return None, every
        single_flag = _hs.HS_FLAG_SINGLEMATCH if single else 0

        def flags(of: list[tuple[int, str]]) -> list[int]:
            return [single_flag | (_hs.HS_FLAG_SOM_LEFTMOST if i in som else 0) for i, _ in of]

        mend_db = None
        try:
            started = time.perf_counter()
            db = _compile(patterns, flags(patterns))
            # Hyperscan misses some matches of some patterns (`missed_patterns`). Those ids
            # are screened again in a second, small database by the same patterns split at
            # their alternations (`mend`), which Hyperscan does find; an id no split mends
            # is screened by its literal words there. The first database is kept as it
            # is: a database's misses change when its patterns do.
            unsafe = missed_patterns(db, patterns, PROBES)
            mended, unmended = mend(unsafe, flags)
            words: list[tuple[int, str]] = []
            for ident in sorted(unmended):
                literal = literal_patterns(ident)
                words.extend(literal)
                if not literal:
                    missing.add(ident)
            second = [(i, p) for i, p in mended if i not in missing] + words
            if second:
                mend_db = _compile(second, flags(second))
                missing |= {i for i, _ in missed_patterns(mend_db, second, PROBES)}
            if unsafe:
                log.info(
                    "screen %s: %d ids Hyperscan misses, %d mended by splitting, %d by words",
                    name,
                    len({i for i, _ in unsafe}),
                    len({i for i, _ in mended} - unmended),
                    len(unmended),
                )
            took = time.perf_counter() - started
        except Exception as exc:  # a pattern Hyperscan rejects: no screen, exact path
            log.warning("screen %s not built (%s); using the exact path", name, exc)
            return None, every
        if cache or (cache is None and took >= _WORTH_CACHING_S):
            _store_cached(name, key, db, mend_db, frozenset(missing))
        return cls(db, collapse, mend_db), frozenset(missing)

    def spans(self, text: str) -> list[tuple[int, int, int]] | None:
        """(pattern id, start, end) of every match in `text`: the leftmost start for that end
        for the ids built with `som`, 0 for the others."""
        found: list[tuple[int, int, int]] = []
        add = found.append

        def on_match(ident: int, start: int, end: int, flags: int, context: Any) -> None:
            add((ident, start, end))

        return found if self._scan(text, on_match) else None

    def matched(self, text: str) -> set[int] | None:
        """Ids of the patterns with a match in `text` (for a `single` screen, where each
        pattern reports once per scan)."""
        found: set[int] = set()
        add = found.add

        def on_match(ident: int, start: int, end: int, flags: int, context: Any) -> None:
            add(ident)

        return found if self._scan(text, on_match) else None


def missed_patterns(
    db: Any, patterns: Sequence[tuple[int, str]], probes: int = 200
) -> list[tuple[int, str]]:
    """The patterns of `db` that Hyperscan fails to report on text they match.

    Vectorscan 5.4.12 (in python-hyperscan 0.7.23 to 0.9.1) misses some matches of some
    patterns once they start more than about 24 bytes into a text: `(?:so|to|and|then|and
    then) (?:i )?send you` is not found after 24 bytes of anything else. On the shipped
    rules that lost a rule's match in a hand-written conversation. The project pins 0.7.21
    (Vectorscan 5.4.11), where no probe of the shipped rules finds a miss; as a screen must
    never miss whatever is installed, each pattern is probed: `probes` random strings it
    matches (seeded by the pattern, so a build is reproducible), each after a prefix, are
    scanned through `db`. Random probes find most such patterns, not provably all (with
    5.4.12: 18 of the shipped rules at 500 probes, 34 at 4,000, 42 at 16,000)."""
    scratch = _hs.Scratch(db)
    missed: list[tuple[int, str]] = []
    found: set[int] = set()
    on_match = _adder(found)
    for ident, pattern in patterns:
        try:
            plan = _plan(sre_parse.parse(pattern))
        except re.error:
            continue
        if plan is None:  # a construct the probes cannot generate: not probed
            continue
        rnd = random.Random(f"{ident}:{pattern}").random
        for n in range(probes):
            out = bytearray(_PROBE_PREFIXES[n % len(_PROBE_PREFIXES)])
            _draw(plan, rnd, out)
            text = bytes(out)
            found.clear()
            db.scan(text, match_event_handler=on_match, scratch=scratch)
            # A generated anchor may not hold after the prefix: `re` has the last word.
            if ident not in found and re.search(pattern.encode("ascii"), text) is not None:
                missed.append((ident, pattern))
                break
    return missed


# Splits of one pattern (`mend`) before its id is screened by its words instead.
_MAX_SPLITS = 256
_MEND_ROUNDS = 8


def mend(
    missed: Sequence[tuple[int, str]], flags: Callable[[list[tuple[int, str]]], list[int]]
) -> tuple[list[tuple[int, str]], set[int]]:
    """Patterns that screen for `missed` (patterns Hyperscan was found to miss) without
    a miss, and the ids no split mends.

    Hyperscan's misses come from how it decomposes a pattern: `(?:so|and then) (?:(?:he|
    she) )?send you` is missed after 24 bytes, while each alternative alone is found. So
    a missed pattern is replaced by one pattern per way through its first alternation or
    optional part (`split_pattern`), the set is compiled and probed again, and what is
    still missed is split further, up to `_MAX_SPLITS` patterns an id. `flags` gives the
    compile flags of a list of patterns."""
    todo = list(missed)
    kept: list[tuple[int, str]] = []
    failed: set[int] = set()
    for _ in range(_MEND_ROUNDS):
        for ident, pattern in todo:
            parts = split_pattern(pattern)
            if parts is None:
                failed.add(ident)
            else:
                kept.extend((ident, p) for p in parts)
        sizes: dict[int, int] = {}
        for ident, _ in kept:
            sizes[ident] = sizes.get(ident, 0) + 1
        failed |= {i for i, n in sizes.items() if n > _MAX_SPLITS}
        kept = [(i, p) for i, p in kept if i not in failed]
        if not kept:
            break
        todo = missed_patterns(_compile(kept, flags(kept)), kept, PROBES)
        if not todo:
            break
        again = set(todo)
        kept = [x for x in kept if x not in again]
    else:
        failed |= {i for i, _ in todo}
    return [(i, p) for i, p in kept if i not in failed], failed


def split_pattern(pattern: str) -> list[str] | None:
    """`pattern` (as `superset_pattern` writes it) as several patterns that together match
    what it matches: one per alternative of its first alternation, or without and with its
    first optional part. None where it has neither."""
    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None
    parts = _split(list(tree))
    if parts is None:
        return None
    try:
        return [_unparse(p) for p in parts]
    except ScreenError:
        return None


def _split(items: list[Any]) -> list[list[Any]] | None:
    for k, (op, av) in enumerate(items):
        head, tail = items[:k], items[k + 1 :]
        if op is sre.BRANCH:
            return [head + list(b) + tail for b in av[1]]
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            inner = _split(list(av[3]))
            if inner is not None:
                return [head + p + tail for p in inner]
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            return [head + tail, head + list(av[2]) + tail]
    return None


_AT = {
    sre.AT_BEGINNING: "^",
    sre.AT_END: "$",
    sre.AT_BEGINNING_STRING: r"\A",
    sre.AT_END_STRING: r"\Z",
    sre.AT_BOUNDARY: r"\b",
    sre.AT_NON_BOUNDARY: r"\B",
}
_CATEGORY_ESCAPES = {
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
}


def _unparse(items: Any) -> str:
    """The expression of parsed `items`, as written (no widening): the inverse of
    `sre_parse.parse` for what `superset_pattern` writes."""
    out: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(_char(av))
        elif op is sre.NOT_LITERAL:
            out.append("[^" + _char(av) + "]")
        elif op is sre.ANY:
            out.append(".")
        elif op is sre.IN:
            out.append("[" + "".join(_unparse_member(o, a) for o, a in av) + "]")
        elif op is sre.BRANCH:
            out.append("(?:" + "|".join(_unparse(b) for b in av[1]) + ")")
        elif op is sre.SUBPATTERN and not av[1] and not av[2]:
            out.append("(?:" + _unparse(av[3]) + ")")
        elif op in _REPEATS:
            lo, hi, sub = av
            top = "" if hi is sre.MAXREPEAT else str(hi)
            lazy = "?" if op is sre.MIN_REPEAT else ""
            out.append("(?:" + _unparse(sub) + f"){{{lo},{top}}}" + lazy)
        elif op is sre.AT and av in _AT:
            out.append(_AT[av])
        else:
            raise ScreenError(f"cannot write {op} back")
    return "".join(out)


def _unparse_member(op: Any, av: Any) -> str:
    if op is sre.NEGATE:
        return "^"
    if op is sre.LITERAL:
        return _char(av)
    if op is sre.RANGE:
        return f"{_char(av[0])}-{_char(av[1])}"
    if op is sre.CATEGORY and av in _CATEGORY_ESCAPES:
        return _CATEGORY_ESCAPES[av]
    raise ScreenError(f"cannot write class item {op} back")


def _adder(found: set[int]) -> Callable[..., None]:
    """A match handler that collects pattern ids into `found`."""

    def on_match(ident: int, *_: Any) -> None:
        found.add(ident)

    return on_match


# Probes per pattern (`missed_patterns`): about 5 s for the shipped rules, once per build.
PROBES = 500
# What precedes a probe: Hyperscan's misses start some 24 bytes into a text. Filler that
# no pattern starts in (a prefix ending "... then " hid a miss that "x" * 40 showed).
_PROBE_PREFIXES = (b"x" * 40 + b" ", b"a b c d e f g h i j k l m n o p q r s t ")
_ANY_BYTE = bytes(c for c in range(256) if c != 10)


def _plan(items: Any) -> list[Any] | None:
    """The parsed pattern `items` as a plan for `_draw` (plain lists, each class's bytes
    worked out once); None for a construct the probes cannot generate.

    A step is a byte (a literal), `(_CHOICE, bytes)`, `(_BRANCH, [plans])` or `(_REPEAT,
    lo, top, plan, one_space)`."""
    plan: list[Any] = []
    for op, av in items:
        if op is sre.LITERAL:
            plan.append(av)
        elif op is sre.NOT_LITERAL:
            plan.append((_CHOICE, bytes(c for c in b"a e0" if c != av)))
        elif op is sre.IN:
            chars = _in_bytes(av)
            if not chars:
                return None
            plan.append((_CHOICE, chars))
        elif op is sre.ANY:
            plan.append((_CHOICE, _ANY_BYTE))
        elif op is sre.BRANCH:
            branches = [_plan(b) for b in av[1]]
            if any(b is None for b in branches):
                return None
            plan.append((_BRANCH, branches))
        elif op is sre.SUBPATTERN:
            inner = _plan(av[-1])
            if inner is None:
                return None
            plan.extend(inner)
        elif op in _REPEATS:
            lo, hi, sub = av
            top = lo + 3 if hi is sre.MAXREPEAT or hi > lo + 3 else hi
            inner = _plan(sub)
            if inner is None:
                return None
            plan.append((_REPEAT, lo, top, inner, inner == [0x20]))
        elif op is not sre.AT:  # an anchor generates nothing; `re` checks a miss
            return None
    return plan


_CHOICE, _BRANCH, _REPEAT = range(3)


def _draw(plan: list[Any], rnd: Callable[[], float], out: bytearray) -> None:
    """Append to `out` a random string that the pattern of `plan` matches."""
    for step in plan:
        if type(step) is int:
            out.append(step)
        elif step[0] == _CHOICE:
            chars = step[1]
            out.append(chars[int(rnd() * len(chars))])
        elif step[0] == _BRANCH:
            branches = step[1]
            _draw(branches[int(rnd() * len(branches))], rnd, out)
        else:
            _, lo, top, inner, one_space = step
            if one_space and rnd() < 0.9:
                # Collapsed text keeps one space between words: a probe that leaves out an
                # optional one is a string the screen rarely meets.
                out.append(0x20)
                continue
            for _ in range(lo + int(rnd() * (top - lo + 1))):
                _draw(inner, rnd, out)


_CATEGORY_BYTES = {
    sre.CATEGORY_WORD: bytes(sorted(_ASCII_WORD)),
    sre.CATEGORY_NOT_WORD: b" .,!?\x1e",
    sre.CATEGORY_DIGIT: b"0123456789",
    sre.CATEGORY_NOT_DIGIT: b"ab .",
    sre.CATEGORY_SPACE: b" \t\n",
    sre.CATEGORY_NOT_SPACE: b"ab0.",
}


def _in_bytes(items: Any) -> bytes:
    """The bytes a parsed class `[...]` matches."""
    chars: set[int] = set()
    negate = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            chars.add(av)
        elif op is sre.RANGE:
            chars.update(range(av[0], av[1] + 1))
        elif op is sre.CATEGORY:
            chars.update(_CATEGORY_BYTES.get(av, b""))
    if negate:
        chars = set(range(256)) - chars - {10}
    return bytes(sorted(c for c in chars if c < 256))


def _compile(patterns: Sequence[tuple[int, str]], flags: int | Sequence[int] = 0) -> Any:
    db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
    db.compile(
        expressions=[p.encode("ascii") for _, p in patterns],
        ids=[i for i, _ in patterns],
        elements=len(patterns),
        flags=[flags] * len(patterns) if isinstance(flags, int) else list(flags),
    )
    return db


def _key(patterns: Sequence[tuple[int, str]]) -> str:
    h = hashlib.sha256()
    h.update(f"{FORMAT}\0{getattr(_hs, '__version__', '')}\0".encode())
    # This module's own text: a change to the derivation never reuses an old database.
    h.update(Path(__file__).read_bytes())
    for ident, pattern in patterns:
        h.update(f"{ident}\0{pattern}\0".encode())
    return h.hexdigest()


def _cache_path(name: str, key: str) -> Path | None:
    return cache_path("screens", name, key, ".hsdb")


def _load_cached(name: str, key: str) -> tuple[Any, Any, frozenset[int]] | None:
    """(database, words database or None, uncovered ids) as `_store_cached` kept them."""
    path = _cache_path(name, key)
    body = read_trusted(path, key)
    if body is None:
        return None
    try:
        head, _, rest = body.partition(b"\n")
        meta = json.loads(head)
        uncovered = frozenset(int(x) for x in meta["uncovered"])
        sizes = [int(n) for n in meta["sizes"]]
        databases = []
        for size in sizes:
            database = _hs.loadb(rest[:size], _hs.HS_MODE_BLOCK)
            rest = rest[size:]
            # A database built for another CPU loads but does not scan: try it once.
            database.scan(b"x", match_event_handler=lambda *_: None, scratch=_hs.Scratch(database))
            databases.append(database)
        return databases[0], (databases[1] if len(databases) > 1 else None), uncovered
    except Exception:
        log.info("screen cache %s unreadable; recompiling", name)
        return None


def _store_cached(name: str, key: str, db: Any, words: Any, uncovered: frozenset[int]) -> None:
    try:
        blobs = [_hs.dumpb(d) for d in (db, words) if d is not None]
        meta = {"uncovered": sorted(uncovered), "sizes": [len(b) for b in blobs]}
        body = json.dumps(meta).encode() + b"\n" + b"".join(blobs)
    except Exception:
        log.info("could not serialise screen %s; it will be compiled again next time", name)
        return
    write_trusted(_cache_path(name, key), key, body)


__all__ = [
    "FORMAT",
    "RegexScreen",
    "ScreenError",
    "available",
    "mend",
    "missed_patterns",
    "split_pattern",
    "superset_pattern",
]
