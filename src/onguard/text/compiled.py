"""Compiled Python regular expressions (and other start-up work) kept on disk.

`re.compile` parses and compiles in Python: the shipped rules' expressions take about
half a second, which `onguard scan` would pay on every run. The compiled program (what
`re._compiler` hands to `_sre.compile`) depends only on the expression and the Python
build, so a set's programs are kept in the cache folder (see `cachefiles.cache_dir`), keyed
by a hash of both, and loaded in milliseconds. Anything unexpected (no cache folder,
another Python, a damaged or foreign file) falls back to `re.compile`: the patterns are
the same either way.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import array
import hashlib
import logging
import marshal
import os
import re
import sys
import threading
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from onguard.text.cachefiles import cache_path, read_trusted, write_trusted

log = logging.getLogger(__name__)

FORMAT = "onguard-regex-2"
_KEEP_PER_NAME = 4

# (flags, program, groups - 1, group index, index group): `_sre.compile`'s arguments, with
# the program (a list of code words) kept packed: its words as unsigned integers of
# `_sre.CODESIZE` bytes, zlib-compressed. The shipped rules' programs, about three million
# words, held as Python lists took some 27 MiB of a scan's memory for the few rules a text
# ever needs; packed they take a few, and each is unpacked once, when its rule first runs.
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_WORD = next((t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE), None)


def _pack(code: list[int]) -> bytes:
    assert _WORD is not None
    return zlib.compress(array.array(_WORD, code).tobytes(), 1)


def _unpack(packed: bytes) -> list[int]:
    assert _WORD is not None
    words = array.array(_WORD)
    words.frombytes(zlib.decompress(packed))
    return words.tolist()


class RegexCache:
    """The compiled programs of a fixed set of expressions, loaded from the cache folder or,
    on a miss, compiled all at once (on the first `compile`) and stored for next time."""

    def __init__(self, name: str, sources: Sequence[str]) -> None:
        self.name = name
        self.sources = list(dict.fromkeys(sources))
        self._programs: dict[str, _Program] | None = None
        self._lock = threading.Lock()

    def compile(self, source: str) -> re.Pattern[str]:
        """`re.compile(source)`, from the stored program when there is one."""
        programs = self._programs
        if programs is None:
            with self._lock:
                if self._programs is None:
                    self._programs = self._load_or_build()
                programs = self._programs
        program = programs.get(source)
        if program is not None:
            try:
                flags, packed, groups, groupindex, indexgroup = program
                pattern: re.Pattern[str] = _sre.compile(
                    source, flags, _unpack(packed), groups, groupindex, indexgroup
                )
                return pattern
            except Exception:  # pragma: no cover - a program this Python refuses
                log.info("stored program for an expression refused; compiling it")
        return re.compile(source)

    def _load_or_build(self) -> dict[str, _Program]:
        key = _key(self.sources)
        path = _path("regex", self.name, key)
        programs = load_marshalled("regex", self.name, key)
        if isinstance(programs, dict):
            return programs
        if path is None or not _writable(path.parent) or _WORD is None:
            return {}  # nowhere to keep them: each expression is compiled when it is used
        programs = _build(self.sources)
        store_marshalled("regex", self.name, key, programs)
        return programs


def _program(source: str) -> tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]:
    """What `re._compiler.compile` computes before calling `_sre.compile`."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    tree = _parser.parse(source, 0)
    code = [int(c) for c in _compiler._code(tree, 0)]
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(tree.state.flags), code, tree.state.groups - 1, groupindex, tuple(indexgroup)


def _build(sources: Sequence[str]) -> dict[str, _Program]:
    """Each expression's program, packed, checked first to compile from its code words."""
    programs: dict[str, _Program] = {}
    for source in sources:
        try:
            flags, code, groups, groupindex, indexgroup = _program(source)
            _sre.compile(source, flags, code, groups, groupindex, indexgroup)
        except Exception:  # a bad expression: `re.compile` raises it where it is used
            continue
        programs[source] = (flags, _pack(code), groups, groupindex, indexgroup)
    return programs


def _key(sources: Sequence[str]) -> str:
    h = hashlib.sha256()
    h.update(f"{FORMAT}\0{sys.version}\0{_sre.MAGIC}\0{marshal.version}\0".encode())
    for source in sources:
        h.update(source.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _path(kind: str, name: str, key: str) -> Path | None:
    return cache_path(kind, name, key, ".bin")


def load_marshalled(kind: str, name: str, key: str) -> Any:
    """What `store_marshalled` kept under (kind, name, key); None when nothing (trusted) is."""
    body = read_trusted(_path(kind, name, key), key)
    if body is None:
        return None
    try:
        return marshal.loads(body)
    except Exception:
        log.info("cached %s %s unreadable; building it again", kind, name)
        return None


def store_marshalled(kind: str, name: str, key: str, value: Any) -> None:
    """Keep `value` (anything `marshal` writes) in the cache folder, under (kind, name, key)."""
    try:
        body = marshal.dumps(value)
    except ValueError:
        log.info("could not cache %s %s; it will be built again next time", kind, name)
        return
    write_trusted(_path(kind, name, key), key, body)


__all__ = ["RegexCache", "load_marshalled", "store_marshalled"]
