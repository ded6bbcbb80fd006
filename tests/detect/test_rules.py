"""The YAML rules load, name real signals, match their examples, not their counter-examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from onguard.detect import Document, PatternRecognizer, RecognizerRegistry, RuleError, load_rules
from onguard.detect.patterns import _rule_sources, lexicon_regex
from onguard.taxonomy import default_taxonomy

RULES, LEXICONS = load_rules()
REGISTRY = RecognizerRegistry.default()


def _rule_ids(text: str) -> set[str]:
    return {s.rule for s in REGISTRY.analyze_texts([text]) if s.score >= 0.2}


def test_every_rule_names_a_signal_of_each_of_its_harms() -> None:
    tax = default_taxonomy()
    for rule in RULES:
        for harm in rule.harms:
            signals = {s.id for s in tax.harms[harm].signals}
            assert rule.signal in signals, f"{rule.id}: {rule.signal} is not a signal of {harm}"


def test_every_message_level_harm_has_rules() -> None:
    tax = default_taxonomy()
    covered = {h for r in RULES for h in r.harms} | {"privacy_disclosure"}
    wanted = {h.id for h in tax.harms.values() if h.message_level}
    assert wanted <= covered


@pytest.mark.parametrize("rule", [r for r in RULES if r.examples], ids=lambda r: r.id)
def test_rule_matches_its_examples(rule) -> None:
    for example in rule.examples:
        assert rule.id in {s.rule for s in REGISTRY.analyze_texts([example])}, example


@pytest.mark.parametrize("rule", [r for r in RULES if r.counter_examples], ids=lambda r: r.id)
def test_rule_stays_quiet_on_its_counter_examples(rule) -> None:
    for example in rule.counter_examples:
        assert rule.id not in _rule_ids(example), example


def test_evidence_spans_index_the_original_text() -> None:
    text = "hiya!! H0w 0ld r u?"
    signals = [
        s for s in REGISTRY.analyze_texts(["first message", text]) if s.rule == "age_question"
    ]
    assert signals and signals[0].message == 1
    assert text[signals[0].start : signals[0].end] == "H0w 0ld r u"


def test_patterns_never_cross_messages() -> None:
    # "how old" ends one message and "are you" starts the next: not one question.
    signals = REGISTRY.analyze_texts(["guess how old", "are you kidding"])
    assert not [s for s in signals if s.signal == "age_probing"]


def test_adversarial_long_message_is_bounded() -> None:
    # Many anchors and near-misses in a message at the size cap: must finish, not hang.
    text = ("dont tell " * 2000 + "a " * 20000)[:100_000]
    doc = Document([text])
    assert isinstance(REGISTRY.analyze(doc), list)


def test_bad_rule_files_fail_with_the_file_and_rule(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "rules:\n  - id: broken\n    signal: insult\n    harms: [cyberbullying]\n"
        "    score: 0.3\n    anchors: [x]\n    patterns: ['(unclosed']\n"
    )
    rules, lexicons = load_rules([bad])
    with pytest.raises(RuleError, match="broken"):
        PatternRecognizer(rules, lexicons)
    missing = tmp_path / "missing.yaml"
    missing.write_text(
        "rules:\n  - id: nothing\n    signal: insult\n    harms: [cyberbullying]\n    score: 0.3\n"
    )
    with pytest.raises(RuleError, match="nothing"):
        load_rules([missing])
    notyaml = tmp_path / "notyaml.yaml"
    notyaml.write_text("rules: [\n")
    with pytest.raises(RuleError, match="notyaml.yaml"):
        load_rules([notyaml])


def test_unknown_lexicon_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "r.yaml"
    path.write_text(
        "rules:\n  - id: r1\n    signal: insult\n    harms: [cyberbullying]\n"
        "    score: 0.3\n    anchors: [you]\n    patterns: ['you {nosuch}']\n"
    )
    rules, lexicons = load_rules([path])
    with pytest.raises(RuleError, match="nosuch"):
        PatternRecognizer(rules, lexicons)


def test_an_unquoted_lexicon_in_a_flow_list_is_the_lexicon(tmp_path: Path) -> None:
    # YAML reads `[{calm}]` as a list holding a one-key mapping: it must still name the lexicon,
    # as an anchor and as context words.
    path = tmp_path / "r.yaml"
    path.write_text(
        "lexicons:\n  calm: [chill, relax]\n  mean: [meanie, grump]\n"
        "rules:\n  - id: r1\n    signal: insult\n    harms: [cyberbullying]\n"
        "    score: 0.5\n    anchors: [{mean}]\n    patterns: ['you {mean}']\n"
        "    context:\n      lower_words: [{calm}]\n      lower: 0.3\n"
    )
    rules, lexicons = load_rules([path])
    assert rules[0].anchors == ["{mean}"]
    assert rules[0].context.lower_words == ("{calm}",)
    registry = RecognizerRegistry([PatternRecognizer(rules, lexicons)])
    scores = [s.score for s in registry.analyze_texts(["you grump"])]
    lowered = [s.score for s in registry.analyze_texts(["you grump, chill"])]
    assert scores == [0.5]
    assert lowered == [pytest.approx(0.2)]


def test_context_words_lower_the_score() -> None:
    def best(text: str) -> float:
        return max(
            (s.score for s in REGISTRY.analyze_texts([text]) if s.signal == "image_request"),
            default=0.0,
        )

    assert 0.0 < best("send me a pic of the homework") < best("send me a pic")


def test_every_shipped_rule_compiles() -> None:
    # The shipped rules compile lazily (on first use), so a bad pattern in them would
    # surface mid-scan: compile them all here.
    recognizer = PatternRecognizer()
    assert all(c.regex is None for c in recognizer._compiled)
    recognizer.compile_all()
    assert recognizer._compiled and all(c.regex is not None for c in recognizer._compiled)


def test_the_cached_rule_set_is_the_rule_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shipped rules and their expressions are kept in the cache folder between runs:
    # read back, they must be what the rule files give.
    monkeypatch.setenv("ONGUARD_CACHE_DIR", str(tmp_path))
    built = PatternRecognizer(screen=False)
    assert list((tmp_path / "rulesets").glob("rules-*.bin"))
    cached = PatternRecognizer(screen=False)
    rules, lexicons = load_rules()
    lex = {name: lexicon_regex(words) for name, words in lexicons.items()}
    expected = [_rule_sources(r, lex) for r in rules]
    for recognizer in (built, cached):
        assert recognizer.rules == rules
        assert [c.sources for c in recognizer._compiled] == expected
    cached.compile_all()
    assert all(c.regex.pattern == c.sources[0] for c in cached._compiled)
