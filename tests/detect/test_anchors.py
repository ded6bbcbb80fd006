"""Anchor words derived from rule patterns (onguard.detect.anchors).

A rule only runs near an anchor word, so an alternative whose matches hold no
anchor is dead. The last test samples strings from every shipped pattern and
checks that each one the normaliser leaves alone makes its rule fire.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import replace
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

from onguard.detect import RecognizerRegistry
from onguard.detect.anchors import required_words
from onguard.detect.patterns import COMMON_WORDS, _rule_sources, lexicon_regex, load_rules
from onguard.text import normalize

LEXICONS = {"parent": ["mum", "dad", "your parents"], "app": ["snapchat", "insta"]}


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(?:hurt|harm|cut) (?:your|ur) self", {"self"}),
        ("(?:just|only|all|stays|keep it) between us", {"between"}),
        # "number" over "age": longer words are rarer in chat (fewer windows to run)
        ("age (?:is|s) (?:just|only) a number", {"number"}),
        ("(?:do not|dont) tell {parent}", {"parents", "tell"}),
        ("{any} secret", {"secret"}),
        ("(?:you|u) (?:will|are going to) (?:pay|regret)", {"going", "pay", "regret"}),
        # a group that must match, whose branches are not fixed strings
        ("(?:move to {app}|add me on \\w+)", {"snapchat", "insta", "add"}),
    ],
)
def test_required_words(pattern: str, expected: set[str]) -> None:
    assert required_words(pattern, LEXICONS, COMMON_WORDS) == expected


def test_known_anchors_need_no_new_words() -> None:
    known = ["tell"]
    assert required_words("(?:do not|dont) tell {parent}", LEXICONS, COMMON_WORDS, known) == set()
    # a phrase anchor covers the strings that hold it, and only those
    assert required_words("(?:do not|dont) tell mum", {}, COMMON_WORDS, ["dont tell"]) == {"tell"}


def test_function_words_are_last_resort() -> None:
    """'you' only where nothing else is required; single letters never."""
    assert required_words("(?:you|u) are (?:mature|grown)", {}, COMMON_WORDS) == {"mature", "grown"}
    assert required_words("(?:a|i) (?:b|c)", {}, COMMON_WORDS) is None


@pytest.mark.parametrize(
    "pattern",
    [
        "\\w+",  # open text: nothing is required
        "[a-z]+ing",  # "ing" may end a longer word, never starts one
        "(?:hi)?",  # may match nothing
        "(?:bad[",  # not a pattern
    ],
)
def test_no_required_words(pattern: str) -> None:
    assert required_words(pattern, LEXICONS, COMMON_WORDS) is None


def test_word_after_a_class_is_not_an_anchor() -> None:
    """'ll' in 'k[!*]ll' does not start a word; 'yourself' does."""
    assert required_words("k[!*]ll yourself", {}, COMMON_WORDS) == {"yourself"}


def test_short_word_at_a_run_end_is_not_an_anchor() -> None:
    """'pay' may go on into 'payment', and short anchors must be whole words."""
    assert required_words("pay\\w*", {}, COMMON_WORDS) is None
    assert required_words("you will pay\\w*", {}, COMMON_WORDS) == {"will"}


def _sample(tree: Any, rnd: random.Random) -> str:
    """One string `tree` matches, choosing branches and repeat counts at random.
    Open classes become a space: a sample is then plain words the normaliser keeps."""
    out: list[str] = []
    for op, av in tree:
        if op is sre.LITERAL:
            out.append(chr(av))
        elif op is sre.IN:
            chars = [chr(a) for o, a in av if o is sre.LITERAL]
            ranges = [a for o, a in av if o is sre.RANGE]
            categories = [str(a) for o, a in av if o is sre.CATEGORY]
            if any(o is sre.NEGATE for o, _ in av) or not (chars or ranges or categories):
                out.append(" ")
            elif categories:
                out.append(_category_char(categories[0]))
            elif ranges:  # letters rather than the odd "-" of "[a-z0-9-]"
                lo, hi = rnd.choice(ranges)
                out.append(chr(rnd.randint(lo, hi)))
            else:
                out.append(rnd.choice(chars))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            lo, hi, sub = av
            count = lo if rnd.random() < 0.6 else min(hi, lo + 1)
            if len(sub) == 1 and (
                sub[0][0] is sre.NOT_LITERAL
                or (sub[0][0] is sre.IN and any(o is sre.NEGATE for o, _ in sub[0][1]))
            ):
                count = max(count, 1)  # a gap of "anything": keep the words either side apart
            out.extend(_sample(sub, rnd) for _ in range(count))
        elif op is sre.SUBPATTERN:
            out.append(_sample(av[-1], rnd))
        elif op is sre.BRANCH:
            out.append(_sample(rnd.choice(av[1]), rnd))
        elif op in (sre.NOT_LITERAL, sre.ANY):
            out.append(" ")
        elif op is sre.CATEGORY:
            out.append(_category_char(str(av)))
    return "".join(out)


def _category_char(category: str) -> str:
    if "NOT" in category:
        return " "
    return "5" if "DIGIT" in category else "a" if "WORD" in category else " "


def _as_regex(pattern: str, lexicons: dict[str, list[str]]) -> str:
    def macro(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in lexicons:
            return "(?:" + "|".join(re.escape(w) for w in lexicons[name]) + ")"
        return {"you": "you", "your": "your", "num": "5"}.get(name, "")

    return re.sub(r"\{([a-z_]+)\}", macro, pattern)


# Patterns that start with an open run of letters ("[a-z0-9-]*verify\\.com"): domains and
# hashtags, found inside a word. Their rules name the anchors they need ("#", ".com").
_IN_WORD = re.compile(r"(?:\(\?:https\?://\)\?)?\[[^\]]*a-z[^\]]*\][*+]")


def test_every_shipped_pattern_alternative_can_fire() -> None:
    rules, lexicons = load_rules()
    lexicon_res = {name: lexicon_regex(words) for name, words in lexicons.items()}
    registry = RecognizerRegistry.default()
    dead = []
    for rule in rules:
        if rule.context.require_words:
            continue  # the pattern alone is not meant to fire
        lower = _rule_sources(rule, lexicon_res)[2]
        lowered = re.compile(lower) if lower else None
        for pattern in rule.patterns:
            if _IN_WORD.match(pattern):
                continue  # "[a-z0-9-]*prize...": matches inside a word, on its written anchors
            tree = sre_parse.parse(_as_regex(pattern, lexicons))
            rnd = random.Random(zlib.crc32(pattern.encode()))  # the same samples every run
            one = replace(rule, patterns=[pattern])
            expression = re.compile(_rule_sources(one, lexicon_res)[0])
            for _ in range(12):
                text = " ".join(_sample(tree, rnd).split())
                if not text or normalize(text).text != text or not expression.search(text):
                    continue  # the normaliser rewrites it (the pattern never sees this form)
                if lowered is not None and lowered.search(text):
                    continue  # a context word lowers the score, maybe to nothing
                fired = registry.analyze(registry.document([text]))
                if not any(s.rule == rule.id for s in fired):
                    dead.append(f"{rule.source}:{rule.id}: {text!r}")
                    break
    assert not dead, "\n".join(dead)
