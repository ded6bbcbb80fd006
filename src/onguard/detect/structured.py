"""Structured recognisers: personal details a child may disclose.

Each one scans the ORIGINAL joined text (digits, capitals and punctuation
matter here, so normalisation would only get in the way) with a cheap candidate
regex, then validates candidates (phonenumbers for UK phones, the Luhn check
for card numbers). They emit `shares_*` signals for `privacy_disclosure`; the
conversation layer counts them only when the child sent the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from onguard.detect.base import SEPARATOR, Document, Signal
from onguard.text.screen import RegexScreen

_HARMS = ("privacy_disclosure",)
_LONG_DIGITS = re.compile(r"\d(?:[ \-]?\d){5,}")
_NOT_SEP = rf"[^{SEPARATOR}]"


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum used by payment card numbers."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


class _RegexRecognizer:
    """Base: one candidate regex over the joined original text, optional validation."""

    name = "structured"
    signal = ""
    score = 0.5
    explanation = ""
    pattern: re.Pattern[str]

    # Cheap substring checks (on the lower-cased text) that must pass before the
    # expression runs; empty means the recogniser needs a digit.
    triggers: tuple[str, ...] = ()

    # Phone, card and account numbers need a run of six or more digits.
    needs_long_digits = False

    # In the shared Hyperscan screen (see `StructuredRecognizer`); a recogniser whose
    # trigger words are rare enough is cheaper left out of it: the screen looks for its
    # trigger words instead of its expression.
    screened = True

    # For digit-based recognisers: an expression that every match contains, searched (cheaply:
    # it starts with a character class) before the full expression runs; None: no such gate.
    gate: re.Pattern[str] | None = None

    def analyze(self, doc: Document) -> list[Signal]:
        if not self.triggered(doc.original, doc.lower):
            return []
        return self.run(doc)

    def run(self, doc: Document) -> list[Signal]:
        """Find and validate candidates, without the cheap gate."""
        out = []
        for start, end in self.find(doc.original):
            message, s, e = doc.from_original(start, end)
            out.append(
                Signal(self.signal, _HARMS, message, s, e, self.score, self.explanation, self.name)
            )
        return out

    hint: re.Pattern[str] = re.compile(r"\d[ \-]?\d")

    def triggered(self, text: str, lower: str) -> bool:
        if self.triggers:
            return self._trigger_regex().search(lower) is not None
        return self.hint.search(text) is not None

    _trigger_rx: re.Pattern[str] | None = None

    def _trigger_regex(self) -> re.Pattern[str]:
        if self._trigger_rx is None:
            self._trigger_rx = re.compile("|".join(re.escape(t) for t in self.triggers))
        return self._trigger_rx

    def find(self, text: str) -> Iterator[tuple[int, int]]:
        for m in self.pattern.finditer(text):
            if self.valid(m):
                yield m.span()

    def valid(self, m: re.Match[str]) -> bool:
        return True


class UkPhoneRecognizer(_RegexRecognizer):
    name = "uk_phone"
    signal = "shares_phone"
    score = 0.6
    explanation = "a UK phone number"
    needs_long_digits = True
    pattern = re.compile(r"(?<![\d+])(?:\+ ?44 ?\(?0?\)? ?|0[ \-]?)\d(?:[ \-]?\d){8,9}(?!\d)")

    def valid(self, m: re.Match[str]) -> bool:
        import phonenumbers  # a few hundredths of a second to import: only when a number is seen

        try:
            number = phonenumbers.parse(m.group(), "GB")
        except phonenumbers.NumberParseException:
            return False
        # Possible, not "valid": drama and new ranges fail validity but are still real numbers.
        return phonenumbers.is_possible_number(number)


_POSTCODE_AREAS = frozenset(
    [
        "AB",
        "AL",
        "B",
        "BA",
        "BB",
        "BD",
        "BH",
        "BL",
        "BN",
        "BR",
        "BS",
        "BT",
        "CA",
        "CB",
        "CF",
        "CH",
        "CM",
        "CO",
        "CR",
        "CT",
        "CV",
        "CW",
        "DA",
        "DD",
        "DE",
        "DG",
        "DH",
        "DL",
        "DN",
        "DT",
        "DY",
        "E",
        "EC",
        "EH",
        "EN",
        "EX",
        "FK",
        "FY",
        "G",
        "GL",
        "GU",
        "HA",
        "HD",
        "HG",
        "HP",
        "HR",
        "HS",
        "HU",
        "HX",
        "IG",
        "IP",
        "IV",
        "KA",
        "KT",
        "KW",
        "KY",
        "L",
        "LA",
        "LD",
        "LE",
        "LL",
        "LN",
        "LS",
        "LU",
        "M",
        "ME",
        "MK",
        "ML",
        "N",
        "NE",
        "NG",
        "NN",
        "NP",
        "NR",
        "NW",
        "OL",
        "OX",
        "PA",
        "PE",
        "PH",
        "PL",
        "PO",
        "PR",
        "RG",
        "RH",
        "RM",
        "S",
        "SA",
        "SE",
        "SG",
        "SK",
        "SL",
        "SM",
        "SN",
        "SO",
        "SP",
        "SR",
        "SS",
        "ST",
        "SW",
        "SY",
        "TA",
        "TD",
        "TF",
        "TN",
        "TQ",
        "TR",
        "TS",
        "TW",
        "UB",
        "W",
        "WA",
        "WC",
        "WD",
        "WF",
        "WN",
        "WR",
        "WS",
        "WV",
        "YO",
        "ZE",
    ]
)
_ADDRESS_CONTEXT = re.compile(
    r"(?i)post ?code|address|\blive\b|\bhouse\b|\bstreet\b|\broad\b|\bflat\b|\bhome\b"
)


_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip


class SpelledPhoneRecognizer(_RegexRecognizer):
    """A UK phone number written in words, to get past filters that block digits
    ("oh seven seven oh oh, nine oh oh, one two three"; "double" repeats the next digit)."""

    name = "uk_phone_words"
    signal = "shares_phone"
    score = 0.6
    explanation = "a UK phone number written out in words"
    # Every UK mobile number starts "07": "seven" is in every one, and rare in chat.
    triggers = ("seven",)
    screened = False
    pattern = re.compile(
        r"(?<![a-z])(?:(?:zero|oh|o|nought|one|two|three|four|five|six|seven|eight|nine"
        r"|double|triple|treble|\d)(?:[\s,.\-]+|(?=[^a-z]|$))){9,}",
        re.IGNORECASE,
    )

    def valid(self, m: re.Match[str]) -> bool:
        digits = _spelled_digits(m.group())
        if digits is None or not digits.startswith("0") or not 10 <= len(digits) <= 11:
            return False
        import phonenumbers

        try:
            return phonenumbers.is_possible_number(phonenumbers.parse(digits, "GB"))
        except phonenumbers.NumberParseException:
            return False


def _spelled_digits(text: str) -> str | None:
    """The digits a run of number words (and digits) spells; None if fewer than three are
    words (then it is an ordinary number, the other recogniser's)."""
    out: list[str] = []
    repeat = 1
    words = 0
    for token in re.findall(r"[a-z]+|\d", text.lower()):
        if token in ("double", "triple", "treble"):
            repeat = 2 if token == "double" else 3
            continue
        digit = token if token.isdigit() else _DIGIT_WORDS.get(token)
        if digit is None:
            return None
        words += not token.isdigit()
        out.append(digit * repeat)
        repeat = 1
    return "".join(out) if words >= 3 else None


class PostcodeRecognizer(_RegexRecognizer):
    name = "uk_postcode"
    signal = "shares_address"
    score = 0.55
    explanation = "a UK postcode"
    hint = re.compile(r"\d")
    gate = re.compile(r"[A-Za-z][0-9]")
    pattern = re.compile(
        r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9][A-Z0-9]?|[a-z]{1,2}[0-9][a-z0-9]?) ?[0-9][A-Za-z]{2}"
        r"(?![A-Za-z0-9])"
    )

    def valid(self, m: re.Match[str]) -> bool:
        code = m.group().replace(" ", "").upper()
        outward = code[:-3]
        area = outward[:2] if outward[1:2].isalpha() else outward[:1]
        district = outward[len(area) :]
        # Inward codes never use C, I, K, M, O or V; areas are a fixed list; district 0 is rare.
        if any(c in "CIKMOV" for c in code[-2:]) or area not in _POSTCODE_AREAS:
            return False
        if district.startswith("0") and len(area) == 1:
            return False
        if m.group().isupper() or m.group()[:1].isupper():
            return True
        # Lower-case: only with a word that says it is an address.
        lo, hi = max(0, m.start() - 60), m.end() + 20
        return _ADDRESS_CONTEXT.search(m.string, lo, hi) is not None


_STREET_TYPES = (
    "road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|gardens|"
    "gdns|place|pl|terrace|grove|hill|park|row|square|sq|mews|view|walk|rise|green|parade|"
    "boulevard|blvd|estate"
)


class StreetAddressRecognizer(_RegexRecognizer):
    name = "street_address"
    signal = "shares_address"
    score = 0.55
    explanation = "a street address"
    hint = re.compile(r"\d")
    pattern = re.compile(
        rf"\d(?<![\w£$.,]\d)\d{{0,3}}[a-zA-Z]?,? (?:[A-Za-z][a-z'\-]+ ){{1,3}}"
        rf"(?:{_STREET_TYPES})\b\.?",
        re.IGNORECASE,
    )

    def valid(self, m: re.Match[str]) -> bool:
        words = m.group().split()
        # "5 more minutes in the park"-like phrases: the words before the street type must not be
        # common function words.
        return not any(w.lower() in _FUNCTION_WORDS for w in words[1:-1])


_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "my",
        "your",
        "our",
        "their",
        "more",
        "less",
        "mins",
        "minutes",
        "hours",
        "days",
        "times",
        "people",
        "friends",
        "quid",
        "pounds",
        "year",
        "years",
        "old",
        "hour",
        "week",
        "weeks",
    ]
)


class SchoolRecognizer(_RegexRecognizer):
    name = "school_name"
    signal = "shares_school"
    score = 0.5
    explanation = "the name of a school"
    triggers = (
        "school",
        "academy",
        "primary",
        "high",
        "grammar",
        "college",
        "junior",
        "infant",
        "secondary",
    )
    pattern = re.compile(
        r"(?i:\b(?:i go to|i'?m at|i am at|im in|i'?m in year \d+ at|my school is|i attend"
        r"|we go to)"
        r" (?P<name>(?:[a-z][\w'.]* ){1,4})"
        r"(?:school|academy|primary|high|grammar|college|secondary|juniors?|infants)\b)"
        r"|(?:\b(?P<cap>(?:[A-Z][\w'.]+ ){1,4})"
        r"(?:High School|Primary School|Academy|Grammar School|Secondary School|Junior School|"
        r"Infant School|Primary|High|College|School)\b)"
    )

    def valid(self, m: re.Match[str]) -> bool:
        name = (m.group("name") or m.group("cap") or "").split()
        # "I go to high school", "after School": a school type with no real name before it.
        return any(w.lower() not in _GENERIC_SCHOOL_WORDS for w in name)


_GENERIC_SCHOOL_WORDS = frozenset(
    [
        "the",
        "a",
        "my",
        "your",
        "at",
        "in",
        "to",
        "go",
        "after",
        "before",
        "back",
        "from",
        "new",
        "old",
        "high",
        "school",
        "this",
        "that",
        "our",
        "their",
        "primary",
        "secondary",
        "i",
        "we",
        "big",
        "local",
        "same",
        "different",
        "another",
        "next",
        "last",
        "first",
        "his",
        "her",
        "its",
        "sixth",
        "form",
        "uni",
        "college",
    ]
)


class CardNumberRecognizer(_RegexRecognizer):
    name = "card_number"
    signal = "shares_financial"
    score = 0.65
    explanation = "a payment card number"
    needs_long_digits = True
    pattern = re.compile(r"(?<![\d\-])\d(?:[ \-]?\d){12,18}(?![\d\-])")

    def valid(self, m: re.Match[str]) -> bool:
        digits = re.sub(r"\D", "", m.group())
        return 13 <= len(digits) <= 19 and digits[0] in "3456" and luhn_valid(digits)


class BankAccountRecognizer(_RegexRecognizer):
    name = "bank_account"
    signal = "shares_financial"
    score = 0.6
    explanation = "a sort code or bank account number"
    needs_long_digits = True
    pattern = re.compile(
        rf"(?i:sort ?code|s/c|account(?: number| no\.?)?|acc(?:ount)? ?no\.?|acct)"
        rf"{_NOT_SEP}{{0,20}}?(?<!\d)(?:\d{{2}}[- ]\d{{2}}[- ]\d{{2}}|\d{{6}}|\d{{8}})(?!\d)"
        rf"|(?<!\d)\d{{2}}-\d{{2}}-\d{{2}}(?!\d){_NOT_SEP}{{0,12}}?(?<!\d)\d{{8}}(?!\d)"
    )


class EmailRecognizer(_RegexRecognizer):
    name = "email"
    signal = "shares_email"
    score = 0.5
    explanation = "an email address"
    triggers = ("@",)
    pattern = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+")


class LiveLocationRecognizer(_RegexRecognizer):
    name = "live_location"
    signal = "shares_location"
    score = 0.6
    explanation = "a live-location link"
    triggers = ("map", "goo.gl", "///", "what3words", "w3w", "findmy", "life360")
    pattern = re.compile(
        r"(?i:https?://)?(?i:maps\.app\.goo\.gl|goo\.gl/maps|(?:www\.)?google\.[a-z.]+/maps|"
        r"maps\.google\.[a-z.]+|maps\.apple\.com|what3words\.com|w3w\.co|"
        r"(?:www\.)?findmy\S*|life360\.com/\S+)\S*"
        r"|///[a-z]+\.[a-z]+\.[a-z]+"
    )


class CoordinatesRecognizer(_RegexRecognizer):
    name = "coordinates"
    signal = "shares_location"
    score = 0.6
    explanation = "map coordinates"
    gate = re.compile(r"\d\.\d{4}")
    pattern = re.compile(r"(?<![\d.])-?\d{1,2}\.\d{4,},\s?-?\d{1,3}\.\d{4,}(?![\d.])")


class StructuredRecognizer:
    """All structured recognisers behind shared cheap gates, so a message with no digit, no
    "@" and no school or map word costs a few substring checks.

    `screen` (default on, when Hyperscan is installed): each document is first scanned
    once for every recogniser's expression (a superset pattern, `onguard.text.screen`);
    only the recognisers found run, exactly as without the screen."""

    name = "structured"

    def __init__(
        self, recognizers: list[_RegexRecognizer] | None = None, screen: bool = True
    ) -> None:
        shipped = recognizers is None
        self.recognizers = recognizers if recognizers is not None else _all_structured()
        self._unscreened = frozenset(
            i for i, r in enumerate(self.recognizers) if not r.screened and not _by_words(r)
        )
        self._screen, uncovered = (
            RegexScreen.build(
                [
                    *(
                        (i, ("(?i)" if r.pattern.flags & re.IGNORECASE else "") + r.pattern.pattern)
                        for i, r in enumerate(self.recognizers)
                        if r.screened
                    ),
                    # One left out is screened by its trigger words instead, in any case: the
                    # lower-cased text holds one only where the text does.
                    *(
                        (i, "(?i)" + re.escape(word))
                        for i, r in enumerate(self.recognizers)
                        if not r.screened and _by_words(r)
                        for word in r.triggers
                    ),
                ],
                "structured",
                single=True,
                cache=True if shipped else None,
            )
            if screen and len(self._unscreened) < len(self.recognizers)
            else (None, frozenset())
        )
        if uncovered:
            self._screen = None
        # Every trigger word of every recogniser in one expression: most documents have none,
        # and one search then rules them all out (each recogniser's own gate runs otherwise).
        triggers = sorted({t for r in self.recognizers for t in r.triggers})
        self._any_trigger = (
            re.compile("|".join(re.escape(t) for t in triggers)) if triggers else None
        )

    def prescreen(self, docs: Sequence[Document]) -> None:
        """Screen `docs` together ahead of `analyze` (see `RecognizerRegistry.prescreen`)."""
        for doc in docs:
            self._screened(doc)

    def _screened(self, doc: Document) -> set[int] | None:
        """The recognisers the screen finds in `doc`, once per document; None where there
        is no screen (or it failed on this text)."""
        if self._screen is None:
            return None
        if self not in doc.screened:
            doc.screened[self] = self._screen.matched(doc.original)
        found: set[int] | None = doc.screened[self]
        return found

    def analyze(self, doc: Document) -> list[Signal]:
        # The screen first: it rules out almost every document in one scan, cheaper than the
        # trigger words' expression (a recogniser runs only where both let it).
        found = self._screened(doc)
        if found is not None:
            if not found:  # only the recognisers outside the screen may still find something
                return [s for i in self._unscreened for s in self.recognizers[i].analyze(doc)]
            found = found | self._unscreened  # those outside it run as without one (a copy:
            # the screen's own result stays as the document keeps it)
        has_digit = doc.has_digit
        triggered = self._any_trigger is not None and (
            self._any_trigger.search(doc.lower) is not None
        )
        if not has_digit and not triggered:
            return []  # no recogniser would run
        long_digits = has_digit and _LONG_DIGITS.search(doc.original) is not None
        out: list[Signal] = []
        for index, r in enumerate(self.recognizers):
            if found is not None and index not in found:
                continue  # the screen found nothing it could match
            if r.triggers:
                if triggered:
                    out.extend(r.analyze(doc))
            elif (long_digits or (has_digit and not r.needs_long_digits)) and (
                r.gate is None or r.gate.search(doc.original) is not None
            ):
                out.extend(r.run(doc))
        return out


def _by_words(recognizer: _RegexRecognizer) -> bool:
    """Whether a recogniser left out of the screen is screened by its trigger words: ASCII
    words only (lower-casing turns no other character into an ASCII letter but the "i" of
    U+0130 and the "k" of the Kelvin sign, which the screen counts as any letter)."""
    return bool(recognizer.triggers) and all(word.isascii() for word in recognizer.triggers)


def default_structured() -> list[StructuredRecognizer]:
    return [StructuredRecognizer()]


def _all_structured() -> list[_RegexRecognizer]:
    return [
        UkPhoneRecognizer(),
        SpelledPhoneRecognizer(),
        PostcodeRecognizer(),
        StreetAddressRecognizer(),
        SchoolRecognizer(),
        CardNumberRecognizer(),
        BankAccountRecognizer(),
        EmailRecognizer(),
        LiveLocationRecognizer(),
        CoordinatesRecognizer(),
    ]
