"""WordSegmenter: letter runs split back into words, or left alone."""

from __future__ import annotations

import importlib

import pytest

from onguard.text.normalize import Normalizer
from onguard.text.segment import WordSegmenter, default_segmenter

WORDS = ["the", "a", "i", "send", "me", "pic", "to", "old", "how", "ru", "xy", "delete", "it"]


def test_splits_into_the_most_frequent_words() -> None:
    seg = WordSegmenter(WORDS)
    assert seg.split("sendmeapic") == ["send", "me", "a", "pic"]
    assert seg.split("deleteit") == ["delete", "it"]


def test_fragments_of_one_and_two_letters_are_not_words() -> None:
    # "ru" and "xy" are in the list but are no English words: left out.
    seg = WordSegmenter(WORDS)
    assert "ru" not in seg and "xy" not in seg
    assert seg.split("howold") == ["how", "old"]
    assert seg.split("ru") is None


def test_shorthand_is_as_cheap_as_a_common_word() -> None:
    seg = WordSegmenter(WORDS, shorthand=["u", "r", "ur"])
    assert seg.split("howoldru") == ["how", "old", "r", "u"]


def test_a_run_of_unknown_letters_has_no_split() -> None:
    assert WordSegmenter(WORDS).split("qqzzv") is None
    assert WordSegmenter([]).split("send") is None


def test_the_shipped_word_list_reads_chat() -> None:
    seg = default_segmenter(frozenset({"u", "r", "ur", "pic"}))
    assert seg.split("wheredoulive") == ["where", "do", "u", "live"]
    assert seg.split("keepitsecret") == ["keep", "it", "secret"]


def test_a_huge_letter_spaced_message_is_joined_without_splitting() -> None:
    text = " ".join("ab" * 5_000)
    out = Normalizer(screen=False).normalize(text).text
    assert out == "ab" * 5_000


def test_without_a_word_list_runs_stay_joined(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(shorthand: frozenset[str]) -> WordSegmenter:
        raise ImportError("no word list")

    # (`onguard.text.normalize` the name is the function; the module by its full name)
    monkeypatch.setattr(
        importlib.import_module("onguard.text.normalize"), "default_segmenter", missing
    )
    n = Normalizer(screen=False)
    assert n.normalize("s e n d me a p i c").text == "send me apic"
    assert n.normalize("d o n t  t e l l  y o u r").text == "do not tell your"
