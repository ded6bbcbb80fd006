"""Structured recognisers: personal details a child may disclose."""

from __future__ import annotations

import pytest

from onguard.detect import Document
from onguard.detect.structured import (
    BankAccountRecognizer,
    CardNumberRecognizer,
    CoordinatesRecognizer,
    EmailRecognizer,
    LiveLocationRecognizer,
    PostcodeRecognizer,
    SchoolRecognizer,
    SpelledPhoneRecognizer,
    StreetAddressRecognizer,
    UkPhoneRecognizer,
    luhn_valid,
)


def _found(recognizer, text: str) -> list[str]:
    return [text[s.start : s.end] for s in recognizer.analyze(Document([text]))]


@pytest.mark.parametrize(
    ("recognizer", "text", "expected"),
    [
        (UkPhoneRecognizer(), "my number is 07700 900123 text me", "07700 900123"),
        (UkPhoneRecognizer(), "ring +44 7700 900456", "+44 7700 900456"),
        # evasion: digits written as words get past filters that block numbers
        (
            SpelledPhoneRecognizer(),
            "add me, oh seven seven oh oh, nine oh oh, one two three",
            "oh seven seven oh oh, nine oh oh, one two three",
        ),
        (
            SpelledPhoneRecognizer(),
            "its zero seven seven double oh nine double oh one two three",
            "zero seven seven double oh nine double oh one two three",
        ),
        (PostcodeRecognizer(), "I live in LS6 2AB", "LS6 2AB"),
        (PostcodeRecognizer(), "my postcode is sw1a 1aa", "sw1a 1aa"),
        (StreetAddressRecognizer(), "come to 42 Elm Road after", "42 Elm Road"),
        (SchoolRecognizer(), "i go to Oakwood High School", "i go to Oakwood High School"),
        (SchoolRecognizer(), "she's at St Mary's Primary", "St Mary's Primary"),
        (CardNumberRecognizer(), "card 4539 1488 0343 6467 exp 04/27", "4539 1488 0343 6467"),
        (BankAccountRecognizer(), "sort code 12-34-56 acc 12345678", "sort code 12-34-56"),
        (EmailRecognizer(), "email me at sam.smith2012@example.com", "sam.smith2012@example.com"),
        (
            LiveLocationRecognizer(),
            "here https://maps.app.goo.gl/AbCdEf123 now",
            "https://maps.app.goo.gl/AbCdEf123",
        ),
        (CoordinatesRecognizer(), "at 51.50740, -0.12780 rn", "51.50740, -0.12780"),
        (LiveLocationRecognizer(), "meet at ///filled.count.soap", "///filled.count.soap"),
    ],
)
def test_recognises(recognizer, text: str, expected: str) -> None:
    assert expected in _found(recognizer, text)


@pytest.mark.parametrize(
    ("recognizer", "text"),
    [
        (UkPhoneRecognizer(), "the score was 3 - 1 and 12 people came"),
        (SpelledPhoneRecognizer(), "one two three four five six seven eight nine ten"),
        (SpelledPhoneRecognizer(), "i have two dogs and one cat and seven fish"),
        (SpelledPhoneRecognizer(), "call 07700 900123"),  # digits: the other recogniser's
        (PostcodeRecognizer(), "h0w 0ld r u"),
        (PostcodeRecognizer(), "wanna swap n00dz"),
        (StreetAddressRecognizer(), "5 more minutes in the park"),
        (SchoolRecognizer(), "im going to beat u up after school"),
        (SchoolRecognizer(), "i go to high school next year"),
        (CardNumberRecognizer(), "order 1234 5678 9012 3456"),  # fails the Luhn check
        (BankAccountRecognizer(), "see you on 12-05-24"),
        (EmailRecognizer(), "we meet @ the park"),
        (LiveLocationRecognizer(), "i love the map in this game"),
    ],
)
def test_ignores_look_alikes(recognizer, text: str) -> None:
    assert _found(recognizer, text) == []


def test_luhn() -> None:
    assert luhn_valid("4539148803436467")
    assert not luhn_valid("4539148803436468")
