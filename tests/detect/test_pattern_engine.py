"""The pattern engine's conventions: optional gaps, character classes, anchor edges."""

from __future__ import annotations

import re

from onguard.detect import RecognizerRegistry
from onguard.detect.patterns import PatternRecognizer, Rule, expand_pattern
from onguard.text import normalize


def _rule(pattern: str, anchors: list[str]) -> Rule:
    return Rule(
        id="t",
        signal="insult",
        harms=("cyberbullying",),
        score=0.5,
        explanation="test",
        patterns=[pattern],
        anchors=anchors,
    )


def _hits(pattern: str, anchors: list[str], text: str) -> list[str]:
    registry = RecognizerRegistry([PatternRecognizer([_rule(pattern, anchors)], {})])
    return [text[s.start : s.end] for s in registry.analyze_texts([text])]


def _full(pattern: str, text: str) -> bool:
    return re.fullmatch(expand_pattern(pattern, {}), normalize(text).text) is not None


def test_optional_group_after_a_space_matches_at_the_end_of_a_message() -> None:
    assert _hits("send it (?:now|today)?", ["send"], "ok send it") == ["send it"]
    assert _hits("send it (?:now|today)?", ["send"], "send it now pls") == ["send it now"]


def test_optional_group_between_words_keeps_one_gap() -> None:
    assert _full("send (?:it )?now", "send now")
    assert _full("send (?:it )?now", "send it now")
    assert _full("keep (?:this )?quiet (?:ok)? please", "keep quiet please")
    assert _full("keep (?:this )?quiet (?:ok)? please", "keep this quiet ok please")
    assert not _full("keep (?:this )?quiet (?:ok)? please", "keep quietplease")


def test_optional_group_glued_to_the_next_token_keeps_its_gap() -> None:
    # "x (?:£)?\d+": the gap belongs before the number whether or not "£" is there.
    assert _full("send you (?:£)?\\d+", "send you 20")
    assert _full("send you (?:£)?\\d+", "send you £20")


def test_space_inside_a_character_class_stays_a_class_member() -> None:
    source = expand_pattern("a[ .]b", {})
    assert re.fullmatch(source, "a b") and re.fullmatch(source, "a.b")
    assert not re.fullmatch(source, "a-b")


def test_anchor_after_a_digit_wakes_its_rule() -> None:
    assert _hits("\\d+ ?pm", ["pm"], "meet me at 9pm") == ["9pm"]
    assert _hits("\\d+ ?pm", ["pm"], "npm install") == []


def test_anchor_led_by_punctuation_matches_inside_a_word() -> None:
    assert _hits("[a-z]+\\.com/[a-z]+", [".com/"], "go to prizes.com/claim now") == [
        "prizes.com/claim"
    ]


def test_short_anchor_is_whole_word_only() -> None:
    assert _hits("pm", ["pm"], "pmt") == []


def test_conversation_lower_words_act_across_messages() -> None:
    from onguard.detect.patterns import Context

    rule = Rule(
        id="t",
        signal="secrecy_request",
        harms=("grooming",),
        score=0.5,
        explanation="test",
        patterns=["keep it (?:a )?secret"],
        anchors=["secret"],
        context=Context(
            lower_words=("surprise",),
            lower=0.3,
            conversation_lower_words=("surprise party",),
            conversation_lower=0.2,
        ),
    )
    registry = RecognizerRegistry([PatternRecognizer([rule], {})])

    def score(texts: list[str]) -> float:
        (signal,) = registry.analyze_texts(texts)
        return signal.score

    plain = ["hi", "keep it secret ok"]
    framed = ["the surprise party is on saturday", "keep it secret ok"]
    assert score(plain) == 0.5
    # the frame set in another message lowers the rule; "surprise" alone only nearby
    assert score(framed) == 0.5 - 0.2
    assert score(["a surprise for you", "keep it secret ok"]) == 0.5
