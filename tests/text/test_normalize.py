"""Normalisation: evasions fold to plain spelling; spans always map back into the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onguard.text import Normalizer, normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("H0w 0ld r u?", "how old are you?"),
        ("s.e.n.d me a pic", "send me a picture"),
        ("s e n d it", "send it"),
        ("don't tell ur mum", "do not tell your mum"),
        ("don\u2019t tell", "do not tell"),
        ("pleeeease", "please"),
        ("\u0455end", "send"),  # Cyrillic dze
        ("\uff53\uff45\uff4e\uff44", "send"),  # full-width
        ("se\u200bnd", "send"),  # zero-width space
        ("\U0001d42c\U0001d41e\U0001d427\U0001d41d", "send"),  # mathematical bold
        ("n00dz", "noodz"),
        ("kys", "kill yourself"),
        ("no1 will know", "no one will know"),
    ],
)
def test_evasions_fold_to_plain_spelling(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # a shorthand letter inside a masked or slashed word stays a letter
        ("14 y/o", "14 y/o"),
        ("the n*dify app", "the n*dify app"),
        ("n/a", "n/a"),
        ("n you", "and you"),  # still shorthand on its own
        # school years are not leetspeak, and "yr" before a number is a year
        ("yr10 at st marys", "yr10 at st marys"),
        ("Y10 girls", "y10 girls"),
        ("i am in yr 8", "i am in year 8"),
        ("yr mum", "your mum"),
        # an 8 for "ate"
        ("d8s w my m8s", "dates w my mates"),
        ("he h8s me", "he hates me"),
    ],
)
def test_masked_words_school_years_and_eights(original: str, expected: str) -> None:
    assert normalize(original).text == expected
    assert Normalizer(screen=False).normalize(original).text == expected


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # a leetspeak digit between dotted letters, as between spaced ones
        ("n.u.d.1.f.y her pic", "nudify her picture"),
        ("k.1.l.l urself", "kill yourself"),
        ("v.1.2 released", "v.1.2 released"),  # a version number stays
        ("e.g. 1.5", "e.g. 1.5"),
        # shorthand that is not shorthand after these words (config `not_after`)
        ("my cuz said", "my cuz said"),
        ("cuz i said so", "because i said so"),
        ("Reply Y or N to confirm", "reply y or n to confirm"),
        ("y tho", "why though"),
        # chat spellings
        ("evry1 has done it", "everyone has done it"),
        ("any1 wanna 1v1", "anyone want to 1v1"),
        # an 8 inside a word is usually leetspeak for b, but not in this one
        ("come str8 home", "come straight home"),
        # emoji for an app and a dare
        ("add my \U0001f47b", "add my  snapchat "),
    ],
)
def test_session12_forms(original: str, expected: str) -> None:
    assert normalize(original).text == expected
    assert Normalizer(screen=False).normalize(original).text == expected


def test_numbers_are_not_leetspeak() -> None:
    assert normalize("call 07700 900123, I'm 13yo").text == "call 07700 900123, i am 13yo"


def test_www_is_not_an_elongation() -> None:
    assert normalize("www.example.com").text == "www.example.com"


def test_emoji_carry_meaning_and_map_back_to_the_emoji() -> None:
    n = normalize("ok \U0001f92b")
    assert "secret" in n.text
    start = n.text.index("secret")
    assert n.span(start, start + len("secret")) == (3, 4)


def test_spans_map_to_the_original_words() -> None:
    original = "H0w 0ld r u? don't tell"
    n = normalize(original)
    for word, source in [
        ("how", "H0w"),
        ("old", "0ld"),
        ("are", "r"),
        ("you", "u"),
        ("do not", "don't"),
        ("tell", "tell"),
    ]:
        i = n.text.index(word)
        s, e = n.span(i, i + len(word))
        assert original[s:e] == source


def test_custom_tables() -> None:
    n = Normalizer(abbreviations={"gr8": "great"}, emoji={})
    assert n.normalize("gr8 u").text == "great u"


# Any text, including emoji, combining marks, zero-width characters and separators.
_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=32, max_codepoint=0x2FFF),
        st.sampled_from(list("0134@$.'\u2019 -_\u200b\U0001f92b\U0001f480\uff53\u0455\u0301")),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.data())
def test_offset_map_always_yields_valid_original_spans(text: str, data: st.DataObject) -> None:
    n = normalize(text)
    length = len(n.text)
    start = data.draw(st.integers(0, length))
    end = data.draw(st.integers(start, length))
    s, e = n.span(start, end)
    assert 0 <= s <= e <= len(text)
    # The whole normalised text maps to a span inside the original, and a later
    # normalised position never maps before an earlier one.
    if length:
        s2, _ = n.span(length - 1, length)
        s1, _ = n.span(0, 1)
        assert s1 <= s2
