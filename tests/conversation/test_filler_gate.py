"""Learned models alone report nothing on filler-only text (config `filler_words`)."""

from __future__ import annotations

import pytest

from onguard.conversation import Scanner
from onguard.conversation.config import ScanConfig


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    scanner = Scanner()
    if not scanner.models:
        pytest.skip("no learned models installed: the gate has nothing to hold back")
    return scanner


@pytest.mark.parametrize("text", ["ok", "lol", "i", "i am", "i cant", "i don't know", "u there?"])
def test_filler_only_messages_are_not_reported(scanner: Scanner, text: str) -> None:
    assert scanner.scan_text(text).to_result().harms == []


@pytest.mark.parametrize(
    ("text", "harm"), [("i want to die", "self_harm"), ("i want to k1ll myself", "self_harm")]
)
def test_a_content_word_lets_the_models_and_rules_speak(
    scanner: Scanner, text: str, harm: str
) -> None:
    assert harm in {h.harm for h in scanner.scan_text(text).to_result().harms}


def test_without_the_list_the_models_score_filler_too(scanner: Scanner) -> None:
    # The gate is the config's list, not something else: with it empty, the models run.
    open_config = ScanConfig.load({"filler_words": []})
    ungated = Scanner(config=open_config)
    texts = ["ok", "lol", "i", "i am", "i cant", "i don't know"]
    assert any(ungated.scan_text(t).to_result().harms for t in texts)


def test_the_list_is_grouped_in_yaml_and_one_set_in_the_config() -> None:
    config = ScanConfig.load({"filler_words": [["ok", "lol"], ["yes"]]})
    assert config.filler_words == frozenset({"ok", "lol", "yes"})
    shipped = ScanConfig.load()
    assert {"ok", "yes", "no", "on"} <= shipped.filler_words
    assert all(isinstance(w, str) for w in shipped.filler_words)


@pytest.mark.parametrize("text", ["tired", "dead", "text me"])
def test_one_word_is_too_little_for_the_self_harm_scam_and_grooming_models(
    scanner: Scanner, text: str
) -> None:
    harms = {h.harm for h in scanner.scan_text(text).to_result().harms}
    assert not harms & {"self_harm", "scam", "grooming"}


def test_the_per_harm_minimum_is_config(scanner: Scanner) -> None:
    assert scanner.config.model_min_content_words["self_harm"] >= 2
    strict = Scanner(config={"model_min_content_words": {"self_harm": 5}})
    loose = Scanner(config={"model_min_content_words": {}})
    # two content words ("want", "die"): enough by default, not for a minimum of five
    assert "self_harm" in {h.harm for h in loose.scan_text("wanna die").to_result().harms}
    assert strict.scan_text("i want to die").to_result().harms  # the rules still report
    ungated = {h.harm for h in loose.scan_text("dead").to_result().harms}
    gated = {h.harm for h in scanner.scan_text("dead").to_result().harms}
    assert ungated - gated == {"self_harm"}
