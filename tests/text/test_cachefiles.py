"""Trusted cache files: read back only what this user wrote, intact, for the same key."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from onguard.text.cachefiles import KEEP_PER_NAME, cache_path, read_trusted, write_trusted


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ONGUARD_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_written_body_reads_back_for_its_key_only(cache: Path) -> None:
    path = cache_path("screens", "rules", "k" * 40, ".hsdb")
    assert path is not None and path.parent.parent == cache
    assert write_trusted(path, "k" * 40, b"body")
    assert read_trusted(path, "k" * 40) == b"body"
    assert read_trusted(path, "other key") is None


def test_damaged_or_missing_files_read_as_not_cached(cache: Path) -> None:
    path = cache_path("regex", "rules", "abc", ".bin")
    assert read_trusted(path, "abc") is None
    write_trusted(path, "abc", b"0123456789")
    assert path is not None
    path.write_bytes(path.read_bytes()[:-3])  # truncated
    assert read_trusted(path, "abc") is None


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_a_file_others_may_change_is_not_trusted(cache: Path) -> None:
    path = cache_path("regex", "rules", "abc", ".bin")
    assert path is not None and write_trusted(path, "abc", b"body")
    path.chmod(0o666)
    assert read_trusted(path, "abc") is None


def test_only_the_newest_files_of_a_name_are_kept(cache: Path) -> None:
    for i in range(KEEP_PER_NAME + 3):
        key = f"{i:x}{0:039x}"  # distinct first characters: the name holds 32
        path = cache_path("rulesets", "rules", key, ".bin")
        assert path is not None and write_trusted(path, key, b"x")
        os.utime(path, (i, i))  # distinct ages
    kept = sorted((cache / "rulesets").glob("rules-*.bin"))
    assert len(kept) == KEEP_PER_NAME


def test_no_cache_folder_means_nothing_is_written() -> None:
    assert write_trusted(None, "abc", b"body") is False
    assert read_trusted(None, "abc") is None
