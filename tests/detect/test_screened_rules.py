"""The Hyperscan screens are only a fast path: the signals are the same with them and without.

Every recogniser is built twice, screened (`screen=True`, used when Hyperscan is
installed) and exact (`screen=False`, the Aho-Corasick anchors alone, the path on
platforms without Hyperscan). Both run over evasions, hard negatives, every rule's
examples and counter-examples, and the phrasings of the recall tests.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from onguard.detect import Document, PatternRecognizer, RecognizerRegistry, Rule, Signal, load_rules
from onguard.detect.structured import StructuredRecognizer
from onguard.text import Normalizer
from onguard.text import screen as screen_module

HERE = Path(__file__).resolve().parent
RULES, _ = load_rules()
needs_hyperscan = pytest.mark.skipif(
    not screen_module.available(), reason="hyperscan not installed: only the exact path exists"
)

# (text, a signal it must raise, or None for a hard negative). Pattern-level, non-explicit.
EVASIONS: list[tuple[str, str | None]] = [
    ("how old r u", "age_probing"),
    ("h0w 0ld are u", "age_probing"),
    ("how oooold are you", "age_probing"),
    ("hоw оld аre yоu", "age_probing"),  # Cyrillic о and а
    ("ｈｏｗ ｏｌｄ ａｒｅ ｙｏｕ", "age_probing"),  # full-width letters
    ("h.o.w o.l.d are you", "age_probing"),
    ("dont tell ur mum", "secrecy_request"),
    ("d o n t tell your mum about us", "secrecy_request"),
    # letters spaced out, words two spaces apart or run together
    ("d o n t  t e l l  y o u r  m u m", "secrecy_request"),
    ("s e n d  m e  a  p i c", "image_request"),
    ("s e n d me a p i c", "image_request"),
    ("h o w  o l d  r  u", "age_probing"),
    ("how o l d are you", "age_probing"),
    ("w h e r e  d o  u  l i v e", "personal_info_request"),
    ("don't tell anyone 🤫", "secrecy_request"),
    ("send me a pic 📸 delete it after", "ephemeral_request"),
    ("s3nd me a p1c", "image_request"),
    ("pay me or i send the pics to your friends", "exposure_threat"),
    ("ur so prettyyyy", "trust_building"),
    ("call me on 07700 900123", "shares_phone"),
    ("my email is someone@example.com", "shares_email"),
    ("I live at 12 Oak Road, AB1 2CD", "shares_address"),
    ("we are at 51.5074, -0.1278", "shares_location"),
    # hard negatives
    ("the sunset is so pretty", None),
    ("how old is the cheese", None),
    ("my mum is making tea", None),
    ("the score was 3-1 at 9pm", None),
    ("lol ok see you at school tomorrow", None),
    ("wow!!! that's amazing 😂😂", None),
    ("", None),
]


def _strings_in(path: Path) -> list[str]:
    """String literals of a test module: its example messages (pattern-level wording)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 3
    ]


def _corpus() -> list[str]:
    texts = [t for t, _ in EVASIONS]
    for rule in RULES:
        texts.extend(rule.examples)
        texts.extend(rule.counter_examples)
    for name in ("test_recall_variants.py", "test_recall_round2.py", "test_structured.py"):
        texts.extend(_strings_in(HERE / name))
    return list(dict.fromkeys(texts))


CORPUS = _corpus()


def _registry(screened: bool) -> RecognizerRegistry:
    return RecognizerRegistry(
        [PatternRecognizer(screen=screened), StructuredRecognizer(screen=screened)],
        Normalizer(screen=screened),
    )


REGISTRIES = {"screened": _registry(True), "exact": _registry(False)}


def _key(signals: list[Signal]) -> list[tuple[object, ...]]:
    return [(s.rule, s.signal, s.message, s.start, s.end, round(s.score, 9)) for s in signals]


@needs_hyperscan
def test_the_fast_path_is_in_use_where_hyperscan_is_installed() -> None:
    patterns, structured = REGISTRIES["screened"].recognizers
    assert isinstance(patterns, PatternRecognizer) and patterns._screen is not None
    # Rules the screen cannot cover (Hyperscan misses their pattern, no split of it mends
    # that, and their anchor words are punctuation, as "£" in collapsed text) have their
    # anchors walked on every text: a handful at most (none today).
    assert len(patterns._unscreened) <= 5
    assert isinstance(structured, StructuredRecognizer) and structured._screen is not None
    assert REGISTRIES["screened"].normalizer._screen is not None
    assert REGISTRIES["exact"].normalizer._screen is None


@pytest.mark.parametrize("path", list(REGISTRIES))
@pytest.mark.parametrize(("text", "signal"), [e for e in EVASIONS if e[1]], ids=lambda x: x)
def test_evasions_are_found_on_both_paths(path: str, text: str, signal: str) -> None:
    found = REGISTRIES[path].analyze_texts([text])
    assert signal in {s.signal for s in found}
    for s in found:  # evidence indexes the original text
        assert 0 <= s.start < s.end <= len(text)


@pytest.mark.parametrize("path", list(REGISTRIES))
@pytest.mark.parametrize("text", [t for t, signal in EVASIONS if signal is None])
def test_hard_negatives_stay_quiet_on_both_paths(path: str, text: str) -> None:
    assert REGISTRIES[path].analyze_texts([text]) == []


def test_both_paths_give_the_same_signals_message_by_message() -> None:
    screened, exact = REGISTRIES["screened"], REGISTRIES["exact"]
    for text in CORPUS:
        assert _key(screened.analyze_texts([text])) == _key(exact.analyze_texts([text])), text


def test_both_paths_give_the_same_signals_in_conversations() -> None:
    # Several messages in one document: signals keep their message and order.
    screened, exact = REGISTRIES["screened"], REGISTRIES["exact"]
    for i in range(0, len(CORPUS), 5):
        texts = CORPUS[i : i + 5]
        assert _key(screened.analyze_texts(texts)) == _key(exact.analyze_texts(texts)), i


def test_both_paths_give_the_same_signals_in_hand_written_conversations() -> None:
    # Whole conversations, where a match can start far into the scanned text: Hyperscan
    # missed one rule's match 360 bytes into a blind18 conversation (screen.missed_patterns).
    screened, exact = REGISTRIES["screened"], REGISTRIES["exact"]
    for name in ("blind18", "blind29", "blind30"):
        path = HERE.parent / "data" / name / "conversations.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts = [m["text"] for m in row["messages"]]
            want = _key(exact.analyze_texts(texts))
            assert _key(screened.analyze_texts(texts)) == want, row["id"]


# Spaced or dotted letters with a digit among them, where the rewrite's lookahead reads
# past the screened region to the next word: "4" stands between letters only if a letter
# follows it.
LOOKAHEAD_EDGES = [
    "e a s y  c a $ h  4  y0u now",
    "f r e e  c a $ h  4  u",
    "c a s h  4  g1ft cards",
    "d o n t  t e l l  m 0 m",
    "s.e.n.d 4 p1cs",
    "n.u.d.1 ok",
    "k 1 l l  y o u r s e l f",
    "a b c  1  2 3",
]


def test_both_paths_normalise_alike() -> None:
    screened, exact = Normalizer(screen=True), Normalizer(screen=False)
    for text in [*CORPUS, *LOOKAHEAD_EDGES, "\x1e".join(CORPUS[:40])]:
        a, b = screened.normalize(text), exact.normalize(text)
        assert a.text == b.text, text
        for start in range(0, len(a.text) + 1, 3):
            assert a.span(start, len(a.text)) == b.span(start, len(b.text)), text


@needs_hyperscan
@pytest.mark.parametrize("index", range(len(RULES)), ids=[r.id for r in RULES])
def test_each_rule_screen_finds_its_own_examples(index: int) -> None:
    """Where a rule's expression matches (in normalised text), its screen must match too."""
    recognizer = REGISTRIES["screened"].recognizers[0]
    assert isinstance(recognizer, PatternRecognizer) and recognizer._screen is not None
    compiled = recognizer._compiled[index]
    compiled.compile()
    normalizer = REGISTRIES["exact"].normalizer
    texts = [*compiled.rule.examples, *compiled.rule.counter_examples, *CORPUS]
    checked = 0
    for text in texts:
        norm = normalizer.normalize(text).text
        if compiled.regex.search(norm):
            checked += 1
            assert index in recognizer._screen.matched(norm), text
    if compiled.rule.examples:
        assert checked, "no example of the rule matches its expression"


@needs_hyperscan
def test_a_failing_screen_falls_back_to_the_exact_path() -> None:
    class Broken:
        def scan(self, *args: object, **kwargs: object) -> None:
            raise RuntimeError("scan failed")

    registry = _registry(True)
    for recognizer in registry.recognizers:
        screen = getattr(recognizer, "_screen", None)
        assert screen is not None
        screen._dbs = (Broken(),)
    assert registry.normalizer._screen is not None
    registry.normalizer._screen._dbs = (Broken(),)
    exact = REGISTRIES["exact"]
    for text in CORPUS[:200]:
        assert _key(registry.analyze_texts([text])) == _key(exact.analyze_texts([text])), text


@needs_hyperscan
def test_a_rule_without_a_superset_pattern_is_screened_by_its_anchors() -> None:
    # A backreference has no screening pattern: the rule's anchor words stand in for it.
    rule = Rule(
        id="echo",
        signal="age_probing",
        harms=("grooming",),
        score=0.5,
        explanation="a word said twice around 'again'",
        patterns=[r"(\w+) again \1"],
        anchors=["again"],
    )
    screened = PatternRecognizer([rule], {}, screen=True)
    exact = PatternRecognizer([rule], {}, screen=False)
    assert screened._screen is not None and not screened._unscreened
    texts = ["hi again hi", "hi again you", "nothing here", "go again go\x1eagain and again"]
    for text in texts:
        doc = Document([text])
        assert _key(screened.analyze(doc)) == _key(exact.analyze(doc)), text
    assert [s.rule for s in screened.analyze(Document(["hi again hi"]))] == ["echo"]


@needs_hyperscan
def test_screened_windows_are_the_shared_automata_windows_in_the_same_order() -> None:
    # Where the screen found rules, their windows come from each rule's own anchors: the same
    # windows, in the same order, as walking every rule's hits in the shared automata.
    recognizer = REGISTRIES["screened"].recognizers[0]
    assert isinstance(recognizer, PatternRecognizer)
    every_rule = set(range(len(recognizer.rules)))
    compared = 0
    for i in range(0, len(CORPUS), 3):
        doc = Document(CORPUS[i : i + 3], REGISTRIES["exact"].normalizer)
        text = doc.norm.text
        for rules in (every_rule, recognizer._screen.matched(text) or set()):
            shared = recognizer._windows(doc, text, rules)
            own = recognizer._screened_windows(doc, text, rules)
            assert list(own.items()) == list(shared.items()), CORPUS[i : i + 3]
            compared += len(shared)
    assert compared > 100


@needs_hyperscan
def test_a_recogniser_left_out_of_the_screen_is_screened_by_its_trigger_words() -> None:
    # Phone numbers spelled out are screened by "seven" in any case, not by their expression.
    screened = StructuredRecognizer(screen=True)
    exact = StructuredRecognizer(screen=False)
    assert screened._screen is not None and not screened._unscreened
    texts = [
        "add me, oh seven seven oh oh, nine oh oh, one two three",
        "OH SEVEN SEVEN OH OH, NINE OH OH, ONE TWO THREE",
        "Oh Seven Seven oh oh nine oh oh one two three",
        "oh six six oh oh, nine oh oh, one two three",
    ]
    for text in texts:
        doc = Document([text])
        assert _key(screened.analyze(doc)) == _key(exact.analyze(doc)), text
    assert [s.signal for s in screened.analyze(Document([texts[1]]))] == ["shares_phone"]
