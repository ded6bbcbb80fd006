"""Compiled expressions kept on disk: the same patterns as `re.compile`, rebuilt when damaged."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from onguard.text.compiled import RegexCache, load_marshalled, store_marshalled

EXPRESSIONS = [
    r"(?<!\w)(?:how old (?:are|r) (?:you|u))(?!\w)",
    r"(?P<age>\d{1,2}) ?(?:yo|years old)",
    r"(?i:send) (?:me )?a pic",
]


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (
        b.pattern,
        b.flags,
        b.groups,
        b.groupindex,
    )
    for text in ("how old r u", "im 13 yo", "SEND me a pic", "nothing"):
        assert [m.groupdict() or m.span() for m in a.finditer(text)] == [
            m.groupdict() or m.span() for m in b.finditer(text)
        ]


def test_cached_programs_compile_to_the_same_patterns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONGUARD_CACHE_DIR", str(tmp_path))
    first = RegexCache("unit", EXPRESSIONS)
    for source in EXPRESSIONS:
        _same(first.compile(source), re.compile(source))
    files = list((tmp_path / "regex").glob("unit-*.bin"))
    assert len(files) == 1
    again = RegexCache("unit", EXPRESSIONS)  # from the file
    for source in EXPRESSIONS:
        _same(again.compile(source), re.compile(source))
    assert again.compile("not(in)the set").pattern == "not(in)the set"
    files[0].write_bytes(files[0].read_bytes()[:-10])  # truncated: ignored and rebuilt
    rebuilt = RegexCache("unit", EXPRESSIONS)
    _same(rebuilt.compile(EXPRESSIONS[1]), re.compile(EXPRESSIONS[1]))


def test_a_bad_expression_fails_where_it_is_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONGUARD_CACHE_DIR", str(tmp_path))
    cache = RegexCache("bad", ["(unclosed", "fine"])
    assert cache.compile("fine").pattern == "fine"
    with pytest.raises(re.error):
        cache.compile("(unclosed")


def test_stored_values_are_trusted_only_from_this_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ONGUARD_CACHE_DIR", str(tmp_path))
    store_marshalled("unit", "value", "k" * 64, {"a": [1, 2.5, ("x", None)]})
    assert load_marshalled("unit", "value", "k" * 64) == {"a": [1, 2.5, ("x", None)]}
    assert load_marshalled("unit", "value", "j" * 64) is None  # another key
    (path,) = (tmp_path / "unit").glob("value-*.bin")
    os.chmod(path, 0o666)  # writable by others: not trusted
    assert load_marshalled("unit", "value", "k" * 64) is None


def test_nowhere_to_keep_programs_compiles_each_when_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from onguard.text import compiled

    monkeypatch.setenv("ONGUARD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(compiled, "_writable", lambda folder: False)
    cache = RegexCache("readonly", EXPRESSIONS)
    _same(cache.compile(EXPRESSIONS[0]), re.compile(EXPRESSIONS[0]))
    assert not list(tmp_path.rglob("*.bin"))


def test_programs_are_kept_packed_and_unpack_to_re_compiles_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    from onguard.text import compiled

    monkeypatch.setenv("ONGUARD_CACHE_DIR", str(tmp_path))
    cache = RegexCache("packed", EXPRESSIONS)
    cache.compile(EXPRESSIONS[0])
    assert cache._programs is not None
    for source, (_, packed, *_rest) in cache._programs.items():
        # Bytes, not a list of Python ints: far smaller in memory.
        assert isinstance(packed, bytes)
        code = [int(c) for c in _compiler._code(_parser.parse(source, 0), 0)]
        assert compiled._unpack(packed) == code
        assert len(packed) < 8 * len(code)
    # Code words up to the largest a program holds survive the round trip.
    words = [0, 1, 255, 65_535, 2**32 - 1]
    assert compiled._unpack(compiled._pack(words)) == words
