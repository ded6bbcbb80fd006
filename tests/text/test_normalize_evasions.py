"""Mixed leetspeak with symbols, spaced-out shorthand, and what must survive untouched."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from onguard.text import normalize


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("p@y me now", "pay me now"),
        ("3v3ry0ne knows", "everyone knows"),
        ("send p!cs", "send pictures"),
        ("f!nd me", "find me"),
        ("send ur l0cati0n", "send your location"),
        ("just k y s", "just kill yourself"),
        ("go k!ll urself", "go kill yourself"),  # "k" is shorthand for "ok", not before "!"
        ("k thx", "ok thanks"),
    ],
)
def test_symbol_leetspeak_and_spaced_shorthand_fold(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    "original",
    [
        "email a@b.com today",
        "its $5 each",
        "hi! wow!! ok",
        "install life360",
        "i got 2000vbucks",
        "meet at 4pm",  # times and ordinals are not leetspeak
        "the bus at 8am",
        "on the 3rd floor",
        "my 2nd phone",
    ],
)
def test_emails_prices_exclamations_and_model_names_survive(original: str) -> None:
    assert normalize(original).text == original


def test_three_spaced_letters_that_spell_nothing_known_stay_apart() -> None:
    assert normalize("r u a fan").text == "are you a fan"


@pytest.mark.parametrize(
    "original", ["send p!cs", "k y s now", "p@y m3 n0w", "a@b.com", "k!ll at 4pm"]
)
def test_offset_map_stays_valid(original: str) -> None:
    norm = normalize(original)
    for start in range(len(norm.text) + 1):
        for end in range(start, len(norm.text) + 1):
            s, e = norm.span(start, end)
            assert 0 <= s <= e <= len(original)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("i need 3k by friday", "i need 3k by friday"),  # an amount, not "ek"
        ("shes only 8yo", "shes only 8yo"),
        ("back in 5mins", "back in 5mins"),
        ("s3nd it", "send it"),  # a digit among letters is still leetspeak
        ("1m 12", "i am 12"),
    ],
)
def test_a_digit_and_a_unit_is_a_quantity(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("i feel ill", "i feel ill"),
        ("i'm ill today", "i am ill today"),
        ("shes ill", "shes ill"),
        ("ill send it later", "i will send it later"),
        ("ok ill call u", "ok i will call you"),
        ("we're going", "we are going"),  # not "were going"
        ("take it out at the atm", "take it out at the atm"),  # the cash machine
    ],
)
def test_shorthand_that_is_also_a_word(original: str, expected: str) -> None:
    assert normalize(original).text == expected


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # words two spaces apart: each run of letters is one word, however short
        ("d o n t  t e l l  y o u r  m u m", "do not tell your mum"),
        ("w h e r e  d o  u  l i v e", "where do you live"),
        ("h o w  o l d  r  u", "how old are you"),
        # one space throughout: the joined letters are split back into words
        ("s e n d me a p i c", "send me a picture"),
        ("wat r u w e a r i n g", "what are you wearing"),
        ("i l o v e u", "i love you"),
        # three spaced letters that spell a word, among ordinary words
        ("how o l d are you", "how old are you"),
        ("m u m said no", "mum said no"),
        # ... but not three letters that may each be shorthand
        ("i c u later", "i see you later"),
        ("r u ok", "are you ok"),
        ("u r so nice", "you are so nice"),
        # a run that splits into no known words stays joined, as before
        ("a b c d", "abcd"),
        ("b.b.c news", "bbc news"),
    ],
)
def test_letter_spaced_words_are_joined_and_split_back_into_words(
    original: str, expected: str
) -> None:
    assert normalize(original).text == expected


def test_letter_spaced_words_map_back_to_their_letters() -> None:
    original = "ok s e n d  m e  a  p i c"
    n = normalize(original)
    assert n.text == "ok send me a picture"
    s, e = n.span(n.text.index("send"), len(n.text))
    assert original[s:e] == "s e n d  m e  a  p i c"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("n u d 1 f y it", "nudify it"),  # a leetspeak digit between spaced letters
        ("d 3 l e t e it", "delete it"),
        ("r u 1 2 1", "are you 1 2 1"),  # digits next to digits are not letters
        ("the und.ress one", "the undress one"),  # a listed word split by one dot
        ("send nu_des", "send nudes"),
        ("pass*word pls", "password please"),
        ("e.g. bit.ly/abc fig.1", "e.g. bit.ly/abc fig.1"),  # other dotted tokens stay
        ("ur s0 ug1y", "your so ugly"),  # "1" is "l" where only that makes a word
        ("h1 m8", "hi mate"),
        ("k1ll", "kill"),
    ],
)
def test_split_words_and_ambiguous_leetspeak(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_a_dotted_word_maps_back_to_its_original_span() -> None:
    original = "use the und.ress app"
    norm = normalize(original)
    start = norm.text.index("undress")
    assert norm.span(start, start + len("undress")) == (8, 16)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("dinnae tell yer mam", "do not tell your mum"),
        ("gies yer number", "give me your number"),
        ("gonnae come roond tae the hoose", "going to come round to the house"),
        ("aye am hame alone", "yes am home alone"),
        ("naw, ye divvent know him", "no, you do not know him"),
        ("the polis are oot", "the police are out"),
        ("i wisnae there, it wis him", "i was not there, it wis him"),
        # left alone: "ken" is also a name, "wi" also the console and wi-fi, "canny" both
        ("ken said wi fi is canny", "ken said wi fi is canny"),
    ],
)
def test_regional_spellings_fold_to_ordinary_words(original: str, expected: str) -> None:
    assert normalize(original).text == expected


def test_a_replacement_yaml_reads_as_a_boolean_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bare `yes` or `no` in the chat data would fold words into "True" and "False".
    module = importlib.import_module("onguard.text.normalize")

    data = tmp_path / "chat.yaml"
    data.write_text("abbreviations:\n  aye: yes\nemoji: {}\n", encoding="utf-8")
    monkeypatch.setattr(module, "_DATA", data)
    module._load_chat_data.cache_clear()
    try:
        with pytest.raises(ValueError, match="aye.*quote"):
            module._load_chat_data()
    finally:
        monkeypatch.undo()
        module._load_chat_data.cache_clear()
