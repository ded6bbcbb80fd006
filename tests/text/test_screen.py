"""Screens (`onguard.text.screen`): a superset pre-filter that never misses a match."""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onguard.text import screen
from onguard.text.screen import RegexScreen, ScreenError, collapse_text, superset_pattern

needs_hyperscan = pytest.mark.skipif(not screen.available(), reason="hyperscan not installed")

# Expressions with the constructs the rules use: lookarounds, word gaps, classes, negated
# classes, bounded and lazy repeats, inline case-insensitivity, `$`, `\s`, `\S`, `.`.
EXPRESSIONS = [
    r"(?<!\w)(?:how[^\w\x1e]+old(?:[^\w\x1e]+(?:are|r))?)(?!\w)",
    r"(?<!\w)(?:do(?:n)?t[^\w\x1e]*tell[^\x1e.!?]{0,20}?(?:mum|dad))(?!\w)",
    r"(?<![^\x1e])(?:ok|yes)\??$",
    r"(?i:sort ?code)[^\x1e]{0,10}?(?<!\d)\d{2}[- ]\d{2}[- ]\d{2}(?!\d)",
    r"\d{1,2}\.\d{4,},\s?-?\d{1,3}\.\d{4,}",
    r"[a-z0-9\-]*free[a-z0-9\-]*\.(?:com|me)(?:/\S*)?",
    r"(?<=[a-z])['`](?=[a-z])",
    r"(?:a|b){2,3}?c.d",
    r"£\d+|x£",
]
ALPHABET = "abcdefhmorstuwkxyz0123456789 .,-/'`?!£€é٣\u2003\u212a\U0001f600\x1e\n\t"


def test_zero_width_assertions_are_dropped() -> None:
    assert superset_pattern(r"(?<!\w)ab(?!\w)") == "ab"
    assert superset_pattern(r"\bab$") == "ab"


def test_edges_keep_one_character_lookarounds_as_consumed_characters() -> None:
    assert superset_pattern(r"(?<![a-c])x(?![a-c])", edges=True) == "(?:^|[^a-c])x(?:[^a-c]|$)"


def test_python_classes_keep_their_meaning() -> None:
    # Python's \s covers the information separators \x1c-\x1f (Hyperscan's does not) and
    # non-ASCII spaces (scanned as their stand-in byte, \x82).
    assert superset_pattern(r"\s") == r"[\x09-\x0d\x1c-\x20\x82]"
    # "k" matches the Kelvin sign under (?i): letters admit the stand-in of letters.
    assert superset_pattern(r"(?i:ab)") == r"(?:[Aa\x80][Bb\x80])"
    assert superset_pattern(r"[^£]") == r"[\x00-\xff]"


def test_non_ascii_characters_are_scanned_as_their_class() -> None:
    assert superset_pattern("£") == r"\x83"
    assert screen.to_bytes("a£ é٣\u2003") == b"a\x83 \x80\x81\x82"


@pytest.mark.parametrize("source", [r"(a)\1", r"(?:x)?", r"a|"])
def test_expressions_without_a_safe_screen_are_refused(source: str) -> None:
    with pytest.raises(ScreenError):
        superset_pattern(source)


def test_an_expression_of_punctuation_alone_has_no_collapsed_screen() -> None:
    assert superset_pattern(r"(?<=[a-z])'") == r"\x27"
    with pytest.raises(ScreenError):
        superset_pattern(r"(?<=[a-z])'", collapse=True)


def test_collapsed_text_has_one_space_per_punctuation_run() -> None:
    assert collapse_text("Hi,  there!!\x1eok ...") == b"Hi there \x1eok "


@needs_hyperscan
@pytest.mark.parametrize("collapse", [False, True], ids=["plain", "collapsed"])
@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=ALPHABET, max_size=60))
def test_screen_finds_every_expression_that_matches(collapse: bool, text: str) -> None:
    built, uncovered = _screen(collapse)
    assert built is not None
    found = built.matched(text)
    for ident, source in enumerate(EXPRESSIONS):
        if ident not in uncovered and re.search(source, text):
            assert ident in found, (source, text)


@needs_hyperscan
def test_screen_on_its_own_examples() -> None:
    built, _ = _screen(True)
    assert built is not None
    assert built.matched("how.. old r u") >= {0}
    assert 4 in built.matched("at 51.5074,\x1e-0.1278 now")
    assert built.matched("nothing to see") == set()


_SCREENS: dict[bool, tuple[RegexScreen | None, frozenset[int]]] = {}


def _screen(collapse: bool) -> tuple[RegexScreen | None, frozenset[int]]:
    if collapse not in _SCREENS:
        _SCREENS[collapse] = RegexScreen.build(
            list(enumerate(EXPRESSIONS)), "test", cache=False, collapse=collapse, single=True
        )
    return _SCREENS[collapse]


@needs_hyperscan
def test_compiled_screens_are_cached_and_a_damaged_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONGUARD_CACHE_DIR", str(tmp_path))
    sources = [(0, r"(?<!\w)cached(?!\w)")]
    first, _ = RegexScreen.build(sources, "unit", cache=True)
    files = list((tmp_path / "screens").glob("unit-*.hsdb"))
    assert first is not None and len(files) == 1
    again, _ = RegexScreen.build(sources, "unit", cache=True)
    assert again is not None and again.matched("a cached word") == {0}
    files[0].write_bytes(files[0].read_bytes()[:-10])  # truncated: ignored and rebuilt
    rebuilt, _ = RegexScreen.build(sources, "unit", cache=True)
    assert rebuilt is not None and rebuilt.matched("cached") == {0}
    os.chmod(files[0], 0o666)  # writable by others: not trusted, rebuilt
    trusted, _ = RegexScreen.build(sources, "unit", cache=True)
    assert trusted is not None and trusted.matched("cached") == {0}


def test_screens_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ONGUARD_SCREEN", "0")
    assert not screen.available()
    built, uncovered = RegexScreen.build([(3, "abc")], "off", cache=False)
    assert built is None and uncovered == {3}


@needs_hyperscan
def test_a_screen_can_be_shared_between_threads() -> None:
    built, _ = _screen(True)
    assert built is not None
    texts = ["how old r u", "nothing here"] * 200
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(built.matched, texts))
    assert results == [built.matched(t) for t in texts]
    assert all(0 in r for r in results[::2])


@needs_hyperscan
def test_a_failed_scan_asks_for_the_exact_path(caplog: pytest.LogCaptureFixture) -> None:
    built, _ = RegexScreen.build([(0, "abc")], "broken", cache=False)
    assert built is not None

    class Broken:
        def scan(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("scratch in use")

    built._dbs = (Broken(),)
    assert built.matched("abc") is None
    assert built.spans("abc") is None


# Vectorscan 5.4.12 (python-hyperscan 0.7.23 to 0.9.1) does not report this pattern's match
# once it starts 24 or more bytes into the text: alternatives where one is the other's tail
# ("then", "and then"), then optional words. Vectorscan 5.4.11 (python-hyperscan 0.7.21,
# the version the project pins) finds it.
MISSED = (
    r"(?:so|to|and|then|and then) (?:(?:i|we|they|he|she) (?:can )?)?(?:send|pay|give) (?:you|u)"
)


@pytest.fixture()
def misses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hyperscan as if it missed MISSED's pattern in the first database it is probed in, as
    Vectorscan 5.4.12 does (the pinned version does not)."""
    real = screen.missed_patterns
    whole = superset_pattern(MISSED, collapse=True)

    def missed(db: object, patterns: list[tuple[int, str]], probes: int = 200) -> list:
        return [(i, p) for i, p in patterns if p == whole] + real(db, patterns, probes)

    monkeypatch.setattr(screen, "missed_patterns", missed)


@needs_hyperscan
def test_a_pattern_hyperscan_misses_is_found_by_the_probes_or_not_missed() -> None:
    pattern = superset_pattern(MISSED, collapse=True)
    db = screen._compile([(0, pattern)], screen._hs.HS_FLAG_SINGLEMATCH)
    found: set[int] = set()
    db.scan(b"x" * 40 + b" so send you", match_event_handler=screen._adder(found))
    # Either this Hyperscan finds it, or the probes catch the miss.
    assert 0 in found or screen.missed_patterns(db, [(0, pattern)]) == [(0, pattern)]


@needs_hyperscan
def test_a_screen_built_here_finds_matches_far_into_a_text() -> None:
    built, uncovered = RegexScreen.build(
        [(0, MISSED), (1, r"how old")], "missed", collapse=True, single=True, cache=False
    )
    assert built is not None and not uncovered
    for filler in ("", "x" * 40 + " ", "ok " * 20):
        assert built.matched(filler + "so send you") == {0}
        assert built.matched(filler + "and then she can pay u, how old") == {0, 1}


@needs_hyperscan
@pytest.mark.usefixtures("misses_it")
def test_a_missed_pattern_is_mended_by_splitting_it() -> None:
    built, uncovered = RegexScreen.build(
        [(0, MISSED), (1, r"how old")],
        "missed",
        collapse=True,
        single=True,
        cache=False,
    )
    assert built is not None and not uncovered
    assert len(built._dbs) == 2  # the split patterns, screened in a second database
    for filler in ("", "x" * 40 + " ", "ok " * 20):
        assert built.matched(filler + "so send you") == {0}
        assert built.matched(filler + "and then she can pay u, how old") == {0, 1}
        assert built.matched(filler + "then we give u") == {0}
    assert built.matched("x" * 40 + " how old are you") == {1}
    assert built.matched("x" * 40 + " so they never send anything") == set()


@needs_hyperscan
@pytest.mark.usefixtures("misses_it")
def test_a_missed_pattern_no_split_mends_is_screened_by_its_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(screen, "mend", lambda missed, flags: ([], {i for i, _ in missed}))
    built, uncovered = RegexScreen.build(
        [(0, MISSED), (1, r"how old")],
        "missed",
        fallback=lambda ident: ["send you", "pay you", "give you"] if ident == 0 else [],
        collapse=True,
        single=True,
        cache=False,
    )
    assert built is not None and not uncovered
    for filler in ("", "x" * 40 + " ", "ok " * 20):
        assert built.matched(filler + "so send you") == {0}
        assert built.matched(filler + "and then i can pay you, how old") == {0, 1}
    # Without words it is not covered: callers run its expression on every text.
    _, uncovered = RegexScreen.build(
        [(0, MISSED), (1, r"how old")], "missed", collapse=True, cache=False
    )
    assert uncovered == {0}


def test_split_patterns_match_what_the_pattern_matches() -> None:
    pattern = superset_pattern(MISSED, collapse=True)
    parts = screen.split_pattern(pattern)
    assert parts is not None and len(parts) == 5
    texts = ["so send you", "and then he can pay u", "to give you", "then i send u", "so u"]
    for text in texts:
        whole = re.search(pattern, text) is not None
        assert whole == any(re.search(p, text) for p in parts), text
    # An optional part is split into without and with it.
    assert screen.split_pattern("ab(?:c){0,1}d") == ["abd", "abcd"]
    assert screen.split_pattern(r"(?:^|[^a-z])x") == ["^x", "[^a-z]x"]


def test_patterns_are_written_back_as_they_parse() -> None:
    for expression in EXPRESSIONS:
        for collapse in (False, True):
            try:
                pattern = superset_pattern(expression, collapse=collapse)
            except ScreenError:
                continue
            tree = screen.sre_parse.parse(pattern)
            again = screen._unparse(tree)
            assert repr(screen.sre_parse.parse(again)) == repr(tree), (expression, again)


def test_probes_are_strings_the_pattern_matches() -> None:
    import random

    planned = 0
    for expression in EXPRESSIONS:
        try:
            pattern = superset_pattern(expression, collapse=True)
        except ScreenError:
            continue
        plan = screen._plan(screen.sre_parse.parse(pattern))
        if plan is None:
            continue
        planned += 1
        rnd = random.Random(0).random
        for _ in range(50):
            out = bytearray()
            screen._draw(plan, rnd, out)
            assert re.search(pattern.encode("ascii"), bytes(out)), (expression, bytes(out))
    assert planned >= len(EXPRESSIONS) // 2
