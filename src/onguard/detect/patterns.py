"""Pattern recognisers as data: YAML rules compiled into one fast matcher.

A rule file (see `data/rules/*.yaml`) holds `lexicons` (named word lists) and
`rules`. Each rule names a signal, the harms it counts towards, a base score,
regular-expression `patterns` (or literal `phrases`) written in plain
lower-case spelling (the normaliser folds evasions onto it), `anchors`
(literal words at least one of which occurs in every match; the loader adds, per
pattern, words each of its matches must hold: see `onguard.detect.anchors`), and optional
`context` words that raise or lower the score when they occur nearby.

Matching is anchored: one Aho-Corasick pass over the document finds anchor
words; only rules with an anchor in a message run their regex, and only over
a bounded window around the anchor (see `WINDOW`). Most messages have no
anchor and cost one automaton step per character.

Pattern conventions, applied at compile time:
- a space matches any run of non-word characters ("dont tell" matches "dont, tell");
- a doubled letter also matches a single one ("tell" matches "tel": the
  normaliser squeezes "telllll" to "tel"), except in "off" (never "of");
- `{name}` inserts lexicon `name` (as a trie) or a built-in macro;
- every pattern is bounded by word edges.
"""

from __future__ import annotations

import hashlib
import logging
import operator
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import astuple, dataclass, field, fields
from pathlib import Path
from typing import Any

import ahocorasick
import yaml

from onguard.detect.anchors import is_function_word, required_words
from onguard.detect.base import SEPARATOR, Document, Signal
from onguard.text.compiled import RegexCache, load_marshalled, store_marshalled
from onguard.text.screen import RegexScreen

log = logging.getLogger(__name__)

RULES_DIR = Path(__file__).parent / "data" / "rules"

# Characters either side of an anchor hit that a rule's expression may look at.
# Every expression runs on such a bounded window, never on a whole message, so
# its worst-case time is bounded however long or adversarial the message is
# (this replaces per-call timeouts, which cost more than the matching itself).
WINDOW = 120

_GAP = rf"[^\w{SEPARATOR}]+"
MACROS = {
    "you": r"(?:you|ya|yu|u)",
    "your": r"(?:your|you are|yours|ur)",
    "any": rf"[^{SEPARATOR}.!?]{{0,40}}?",
    "few": rf"(?:[^\W{SEPARATOR}]+{_GAP}){{0,3}}?",
    "some": rf"(?:[^\W{SEPARATOR}]+{_GAP}){{0,6}}?",
    "num": r"\d+",
}
_DOUBLE = re.compile(r"(?<![\\{])([a-z])\1(?![a-z_]*\})")
# "off" keeps both letters: its single-letter form is the word "of" ("kill|off yourself"
# must not match "take care of yourself").
_OFF = re.compile(r"(?<![a-z\\])off(?![a-z])")
_MACRO = re.compile(r"\{([a-z_]+)\}")
_YOU_ARE = re.compile(r"(?<![a-z])you are(?![a-z])")
_RUN_OF_ONE_LETTER = re.compile(r"([a-z])\1+")


# Words too common in chat to be worth waking a rule for when they come from a
# lexicon ("get" in a list of verbs); rules name rarer anchors as well.
COMMON_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "and",
        "or",
        "is",
        "it",
        "be",
        "go",
        "get",
        "got",
        "give",
        "call",
        "time",
        "life",
        "friend",
        "friends",
        "other",
        "game",
        "games",
        "end",
        "find",
        "year",
        "years",
        "this",
        "that",
        "made",
        "id",
        "number",
        "family",
        "phone",
        "money",
        "keep",
        "show",
        "send",
        "picture",
        "pictures",
        "photo",
        "school",
        "everyone",
        "free",
        "leave",
        "meet",
        "old",
        "win",
        "watch",
        "wish",
        "pick",
        "have",
        "line",
        "your",
        "you",
        "my",
        "me",
        "i",
        "up",
        "out",
        "off",
        "back",
        "new",
        "one",
        "two",
        "more",
        "some",
        "any",
        "all",
        "do",
        "not",
        "no",
        "can",
        "will",
        "text",
        "message",
        "chat",
        "talk",
        "see",
        "look",
        "come",
        "make",
        "take",
        "put",
        "use",
        "down",
        "over",
    ]
)


class RuleError(ValueError):
    """A rule file is malformed; the message names the file and rule."""


@dataclass(frozen=True, slots=True)
class Context:
    window: int = 60
    boost_words: tuple[str, ...] = ()
    boost: float = 0.0
    lower_words: tuple[str, ...] = ()
    lower: float = 0.0
    require_words: tuple[str, ...] = ()
    # Words that lower the score wherever they occur in the conversation, not only near
    # the match: a frame set earlier ("it's a surprise party") covers later messages.
    conversation_lower_words: tuple[str, ...] = ()
    conversation_lower: float = 0.0


# A rule's expressions as source text: the patterns, then its boost, lower, require and
# conversation-lower words (None where it has none).
_Sources = tuple[str, str | None, str | None, str | None, str | None]


@dataclass
class Rule:
    id: str
    signal: str
    harms: tuple[str, ...]
    score: float
    explanation: str
    patterns: list[str]
    anchors: list[str]
    context: Context = field(default_factory=Context)
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()
    source: str = ""


class _CompiledRule:
    """A rule's four regular expressions, compiled on first use when `compiled` is None.

    Compiling every shipped rule costs about 0.4 s at start-up (the `re` parser, in
    Python), and the screen means many rules never run in a given scan; the shipped
    rules are checked to compile by the tests, rules from elsewhere eagerly at load.
    `cache`: the shipped rules' compiled programs, kept between runs (`RegexCache`).
    """

    __slots__ = (
        "rule",
        "sources",
        "regex",
        "boost",
        "lower",
        "require",
        "conversation_lower",
        "window",
        "cache",
    )

    def __init__(
        self,
        rule: Rule,
        sources: _Sources,
        compiled: tuple[Any, ...] | None = None,
        cache: RegexCache | None = None,
    ) -> None:
        self.rule = rule
        self.sources = sources
        self.window = rule.context.window
        self.cache = cache
        self.regex: Any = None
        self.boost: Any = None
        self.lower: Any = None
        self.require: Any = None
        self.conversation_lower: Any = None
        if compiled is not None:
            self._set(compiled)

    def compile(self) -> None:
        if self.regex is None:
            if self.cache is not None:
                compile = self.cache.compile
                self._set(tuple(compile(x) if x is not None else None for x in self.sources))
            else:
                self._set(_compile_all([self.rule], [self.sources])[0])

    def _set(self, compiled: tuple[Any, ...]) -> None:
        # `regex` last: a thread that sees it set sees the others set too.
        self.boost, self.lower, self.require, self.conversation_lower = compiled[1:]
        self.regex = compiled[0]


def _rule_sources(rule: Rule, lexicons: dict[str, str]) -> _Sources:
    """The regular expressions of a rule, as source text (see `_Sources`)."""
    body = "|".join(f"(?:{expand_pattern(p, lexicons, rule)})" for p in rule.patterns)
    ctx = rule.context
    return (
        rf"(?<!\w)(?:{body})(?!\w)",
        _words_source(ctx.boost_words, lexicons, rule),
        _words_source(ctx.lower_words, lexicons, rule),
        _words_source(ctx.require_words, lexicons, rule),
        _words_source(ctx.conversation_lower_words, lexicons, rule),
    )


def _words_source(words: Sequence[str], lexicons: dict[str, str], rule: Rule) -> str | None:
    if not words:
        return None
    body = "|".join(f"(?:{expand_pattern(w, lexicons, rule)})" for w in words)
    return rf"(?<!\w)(?:{body})(?!\w)"


def _compile_all(rules: Sequence[Rule], sources: list[_Sources]) -> list[tuple]:
    compiled = []
    for rule, group in zip(rules, sources, strict=True):
        try:
            compiled.append(tuple(re.compile(x) if x is not None else None for x in group))
        except re.error as exc:
            raise RuleError(f"{rule.source}: rule {rule.id}: bad pattern: {exc}") from exc
    return compiled


def expand_pattern(pattern: str, lexicons: dict[str, str], rule: Rule | None = None) -> str:
    """Apply the pattern conventions (spaces, doubled letters, macros) to one pattern."""

    def macro(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in lexicons:
            return lexicons[name]
        if name in MACROS:
            return MACROS[name]
        where = f"rule {rule.id} in {rule.source}" if rule else "pattern"
        raise RuleError(f"{where}: unknown lexicon or macro {{{name}}}")

    # "ur"/"youre" normalise to "your", so "you are" in a pattern also accepts "your".
    # (Each step is skipped where it has nothing to do: lexicons expand thousands of words.)
    if "you are" in pattern:
        pattern = _YOU_ARE.sub("(?:you are|your)", pattern)
    if "off" in pattern:
        pattern = _OFF.sub("of{2}", pattern)
    out = _DOUBLE.sub(r"(?:\1{1,2})", _optional_gaps(pattern))
    out = _spaces_to_gaps(out)
    return _MACRO.sub(macro, out) if "{" in out else out


def _group_end(pattern: str, start: int) -> int:
    """Index of the ')' closing the group opened at `start` (-1 if unbalanced)."""
    depth, i, n = 0, start, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i) + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _class_end(pattern: str, start: int) -> int:
    """Index of the ']' closing the character class opened at `start`."""
    i = start + 1
    if i < len(pattern) and pattern[i] == "^":
        i += 1
    if i < len(pattern) and pattern[i] == "]":
        i += 1
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] == "]":
            return i
        i += 1
    return len(pattern) - 1


def _optional_gaps(pattern: str) -> str:
    """'x (?:y)?' -> 'x(?: (?:y))?': the gap before an optional group is optional with it,
    so "x" still matches at the end of a message."""
    if " (" not in pattern:
        return pattern  # most patterns and lexicon words: nothing to move
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        stop = _GAP_STOPS.search(pattern, i)
        if stop is None:
            out.append(pattern[i:])
            break
        if stop.start() > i:  # plain characters, copied as they are
            out.append(pattern[i : stop.start()])
            i = stop.start()
        if pattern.startswith(" (", i):
            end = _group_end(pattern, i + 1)
            lazy = end + 2 < n and pattern[end + 2] == "?"
            # A group that ends in its own space ("(?:still )?") already carries the gap after it.
            trailing = pattern[end - 1] == " " or pattern[end - 2 : end] == " ?"
            # Only where a gap (or the pattern's end) follows: "x (?:£)?\\d+" keeps its gap.
            after = pattern[end + 2 : end + 3]
            gap_after = after in ("", " ", ")", "|")
            optional = end > 0 and end + 1 < n and pattern[end + 1] == "?"
            if optional and not lazy and not trailing and gap_after:
                inner = _optional_gaps(pattern[i + 1 : end + 1])
                out.append(f"(?: {inner})?")
                i = end + 2
                continue
            out.append(" ")
            i += 1
        elif pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        else:  # a character class
            close = _class_end(pattern, i)
            out.append(pattern[i : close + 1])
            i = close + 1
    return "".join(out)


# Where `_optional_gaps` must look: a space before a group, an escape, a character class.
_GAP_STOPS = re.compile(r" \(|[\\\[]")


def _spaces_to_gaps(pattern: str) -> str:
    """A space outside a character class becomes the gap expression (" ?" an optional gap);
    inside a class it stays a literal space."""
    if " " not in pattern:
        return pattern
    return _GAP_TOKENS.sub(_gap_token, pattern)


# What `_spaces_to_gaps` reads: an escape, a character class (to its closing "]", as
# `_class_end` finds it: possibly unclosed), or a space with its optional "?".
_GAP_TOKENS = re.compile(r"\\.?|\[\^?\]?(?:\\.?|[^\]\\])*\]?| \??", re.DOTALL)
_OPTIONAL_GAP = f"[^\\w{SEPARATOR}]*"


def _gap_token(m: re.Match[str]) -> str:
    token = m.group()
    if token[0] != " ":
        return token
    return _OPTIONAL_GAP if len(token) == 2 else _GAP


def lexicon_regex(words: Iterable[str]) -> str:
    """A word list as one alternation (longest first), with the pattern conventions applied."""
    unique = sorted({w.strip().lower() for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if not unique:
        return "(?!)"
    body = "|".join(expand_pattern(re.escape(w).replace("\\ ", " "), {}) for w in unique)
    return f"(?:{body})"


def squeeze(word: str) -> str:
    """'tell' -> 'tel': the form the normaliser leaves after squeezing elongations."""
    return _RUN_OF_ONE_LETTER.sub(r"\1", word)


def load_rules(paths: Iterable[Path] | None = None) -> tuple[list[Rule], dict[str, list[str]]]:
    """Read rule files; return the rules and the merged lexicons."""
    files = sorted(RULES_DIR.glob("*.yaml")) if paths is None else list(paths)
    rules: list[Rule] = []
    lexicons: dict[str, list[str]] = {}
    seen: set[str] = set()
    for path in files:
        try:
            with path.open(encoding="utf-8") as f:
                data = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
        except yaml.YAMLError as exc:
            raise RuleError(f"{path.name}: not valid YAML: {exc}") from exc
        for name, words in (data.get("lexicons") or {}).items():
            if name in lexicons:
                raise RuleError(f"{path.name}: lexicon {name} defined twice")
            lexicons[name] = [str(w) for w in words]
        for raw in data.get("rules") or []:
            rule = _parse_rule(raw, path.name)
            if rule.id in seen:
                raise RuleError(f"{path.name}: rule id {rule.id} used twice")
            seen.add(rule.id)
            rules.append(rule)
    # Words some rule already anchors on: reusing one adds no automaton hits.
    shared = {w.lower() for r in rules for a in r.anchors for w in _anchor_words(a, lexicons)}
    for rule in rules:
        _add_required_anchors(rule, lexicons, shared)
    return rules, lexicons


def _add_required_anchors(rule: Rule, lexicons: dict[str, list[str]], shared: set[str]) -> None:
    """Add to the rule's anchors, for each pattern, words every match of it contains
    (`anchors.required_words`): an alternative none of whose matches holds a written
    anchor would otherwise never run."""
    have = {w.lower() for a in rule.anchors for w in _anchor_words(a, lexicons)}
    for pattern in rule.patterns:
        words = required_words(pattern, lexicons, COMMON_WORDS, have, shared)
        for word in sorted(words or ()):
            if word not in have:
                rule.anchors.append(word)
                have.add(word)


_RULESET_FORMAT = "onguard-ruleset-1"


def _shipped_rules() -> tuple[list[Rule], dict[str, list[str]], list[_Sources]]:
    """`load_rules()` and each rule's expressions (`_rule_sources`), kept in the cache folder
    keyed by the rule files and this module: reading the YAML and expanding lexicons into
    expressions take a tenth of a second, at every start."""
    files = sorted(RULES_DIR.glob("*.yaml"))
    h = hashlib.sha256(f"{_RULESET_FORMAT}\0{sys.version}\0{SEPARATOR}\0".encode())
    h.update(Path(__file__).read_bytes())
    h.update(Path(required_words.__code__.co_filename).read_bytes())
    for path in files:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    key = h.hexdigest()
    cached = load_marshalled("rulesets", "rules", key)
    if cached is not None:
        try:
            rows, lexicons, sources = cached
            rules = [_rule_from_row(row) for row in rows]
            return rules, lexicons, [tuple(s) for s in sources]
        except Exception:  # not what this module stores: read the files
            log.info("cached rule set unreadable; reading the rule files")
    rules, lexicons = load_rules(files)
    lex = {name: lexicon_regex(words) for name, words in lexicons.items()}
    sources = [_rule_sources(r, lex) for r in rules]
    rows = [astuple(r) for r in rules]  # the context too becomes a tuple
    store_marshalled("rulesets", "rules", key, (rows, lexicons, sources))
    return rules, lexicons, sources


def _rule_from_row(row: Sequence[Any]) -> Rule:
    values = dict(zip([f.name for f in fields(Rule)], row, strict=True))
    values["context"] = Context(*values["context"])
    return Rule(**values)


def _parse_rule(raw: dict[str, Any], source: str) -> Rule:
    try:
        rid = str(raw["id"])
    except (KeyError, TypeError) as exc:
        raise RuleError(f"{source}: a rule has no id") from exc
    try:
        patterns = [str(p) for p in raw.get("patterns") or []]
        phrases = [str(p) for p in raw.get("phrases") or []]
        patterns += [re.escape(p).replace("\\ ", " ") for p in phrases]
        anchors = _words(raw.get("anchors"))
        anchors += [p for p in phrases if p not in anchors]
        if not patterns:
            raise RuleError(f"{source}: rule {rid}: no patterns or phrases")
        if not anchors:
            raise RuleError(f"{source}: rule {rid}: no anchors")
        ctx = raw.get("context") or {}
        context = Context(
            window=int(ctx.get("window", 60)),
            boost_words=tuple(_words(ctx.get("boost_words"))),
            boost=float(ctx.get("boost", 0.15)),
            lower_words=tuple(_words(ctx.get("lower_words"))),
            lower=float(ctx.get("lower", 0.3)),
            require_words=tuple(_words(ctx.get("require_words"))),
            conversation_lower_words=tuple(_words(ctx.get("conversation_lower_words"))),
            conversation_lower=float(ctx.get("conversation_lower", 0.2)),
        )
        harms = tuple(raw["harms"])
        score = float(raw["score"])
        if not 0.0 < score <= 1.0:
            raise RuleError(f"{source}: rule {rid}: score must be in (0, 1]")
        return Rule(
            id=rid,
            signal=str(raw["signal"]),
            harms=harms,
            score=score,
            explanation=str(raw.get("explanation") or raw["signal"].replace("_", " ")),
            patterns=patterns,
            anchors=anchors,
            context=context,
            examples=tuple(raw.get("examples") or ()),
            counter_examples=tuple(raw.get("counter_examples") or ()),
            source=source,
        )
    except KeyError as exc:
        raise RuleError(f"{source}: rule {rid}: missing field {exc.args[0]}") from exc


class PatternRecognizer:
    """All YAML rules compiled together: one automaton of anchors, one regex per rule.

    `screen` (default on, when Hyperscan is installed): every rule's expression is also
    compiled, as a superset pattern (`onguard.text.screen`), into one database that is
    scanned once over a document's normalised text; anchors and windows are then looked
    at only for the rules the screen found in the document, which are few. A rule runs
    exactly as without the screen, so the signals are the same either way.
    """

    name = "patterns"

    def __init__(
        self,
        rules: Sequence[Rule] | None = None,
        lexicons: dict[str, list[str]] | None = None,
        screen: bool = True,
    ) -> None:
        shipped = rules is None  # the shipped rules: their screen is always cached
        if rules is None and not lexicons:
            rules, lexicons, sources = _shipped_rules()
        else:
            if rules is None:
                rules, loaded = load_rules()
                lexicons = {**loaded, **(lexicons or {})}
            lex = {name: lexicon_regex(words) for name, words in (lexicons or {}).items()}
            sources = [_rule_sources(r, lex) for r in rules]
        self.rules = list(rules)
        if shipped:
            cache = RegexCache("rules", [x for src in sources for x in src if x is not None])
            self._compiled = [
                _CompiledRule(r, src, cache=cache)
                for r, src in zip(self.rules, sources, strict=True)
            ]
        else:  # rules from elsewhere: a bad pattern is an error at load, not mid-scan
            self._compiled = [
                _CompiledRule(r, src, comp)
                for r, src, comp in zip(
                    self.rules, sources, _compile_all(self.rules, sources), strict=True
                )
            ]
        automaton = ahocorasick.Automaton()
        anchor_rules: dict[str, set[int]] = {}
        rule_anchors: list[list[str]] = [[] for _ in self.rules]
        for index, rule in enumerate(self.rules):
            for anchor in rule.anchors:
                for word in _anchor_words(anchor, lexicons or {}):
                    word = word.lower()
                    anchor_rules.setdefault(word, set()).add(index)
                    rule_anchors[index].append(word)
                    # Also as left by squeezing elongations ("meeeet" -> "met"), if distinctive.
                    short = squeeze(word)
                    if short != word and len(short) >= 4:
                        anchor_rules.setdefault(short, set()).add(index)
                        rule_anchors[index].append(short)
        # Function words ("you", "in") occur in nearly every message: they go in a second
        # automaton, searched only where a rule anchored on one may match (see `_windows`).
        frequent = ahocorasick.Automaton()
        self._frequent_rules: frozenset[int] = frozenset()
        for word, indices in anchor_rules.items():
            # An anchor matches at a word start; short anchors must be whole words.
            # Anchors that begin (end) with punctuation (".com/") need no word edge on that side.
            value = (*_anchor_value(word)[:3], tuple(sorted(indices)))
            if is_function_word(word):
                frequent.add_word(word, value)
                self._frequent_rules |= indices
            else:
                automaton.add_word(word, value)
        if len(automaton):
            automaton.make_automaton()
        if len(frequent):
            frequent.make_automaton()
        self._automaton = automaton if anchor_rules else None
        self._frequent = frequent if len(frequent) else None
        # Each rule's own anchors, for a document where the screen found few rules: walking
        # them is far cheaper than every rule's hits (built when the rule is first screened in).
        self._rule_words = [sorted(set(words)) for words in rule_anchors]
        self._rule_automata: list[Any] = [None] * len(self.rules)
        # A rule without a superset pattern is screened by its anchor words: it never runs
        # where none of them occurs.
        self._screen, unscreened = (
            RegexScreen.build(
                [(i, c.sources[0]) for i, c in enumerate(self._compiled)],
                "rules",
                fallback=lambda i: rule_anchors[i],
                collapse=True,
                single=True,
                cache=True if shipped else None,
            )
            if screen and anchor_rules
            else (None, frozenset(range(len(self.rules))))
        )
        # A rule with no anchor words never runs, screened or not.
        self._unscreened = {i for i in unscreened if rule_anchors[i]}

    @property
    def signals(self) -> set[str]:
        return {r.signal for r in self.rules}

    def compile_all(self) -> None:
        """Compile every rule now (a service warming up; the tests of the shipped rules)."""
        for compiled in self._compiled:
            compiled.compile()

    def prescreen(self, docs: Sequence[Document]) -> None:
        """Screen `docs` together ahead of `analyze` (see `RecognizerRegistry.prescreen`)."""
        for doc in docs:
            self._screened(doc)

    def _screened(self, doc: Document) -> set[int] | None:
        """The rules the screen finds in `doc`, once per document; None where there is no
        screen (or it failed on this text): every rule's anchors are walked instead."""
        if self._screen is None:
            return None
        if self not in doc.screened:
            found = self._screen.matched(doc.norm.text)
            # A rule the screen does not cover always has its own anchors walked.
            if found is not None and self._unscreened:
                found |= self._unscreened
            doc.screened[self] = found
        screened: set[int] | None = doc.screened[self]
        return screened

    def analyze(self, doc: Document) -> list[Signal]:
        if self._automaton is None:
            return []
        text = doc.norm.text
        rules = self._screened(doc)
        if rules is not None:
            # Only the rules the screen found; a rule runs as it runs without the screen.
            todo = self._screened_windows(doc, text, rules) if rules else {}
        else:
            todo = self._windows(doc, text)
        if not todo:
            return []
        ends = doc.norm_ends
        out: list[Signal] = []
        for (msg, index), spans in todo.items():
            compiled = self._compiled[index]
            lo, hi = doc.norm_starts[msg], ends[msg]
            for w0, w1 in spans:
                out.extend(self._run(compiled, doc, text, w0, w1, lo, hi))
        return out

    def _windows(
        self, doc: Document, text: str, rules: set[int] | None = None
    ) -> dict[tuple[int, int], list[list[int]]]:
        """(message, rule) -> [start, end) windows around the rule's anchor hits, merged,
        in the order of each pair's first hit; only for `rules` when given."""
        assert self._automaton is not None
        ends = doc.norm_ends
        window = WINDOW
        todo: dict[tuple[int, int], list[list[int]]] = {}
        msg = 0
        hits = self._automaton.iter(text) if len(self._automaton) else iter(())
        frequent = self._frequent
        if frequent is not None and (rules is None or not rules.isdisjoint(self._frequent_rules)):
            # Both automata's hits, in text order (windows are merged in that order).
            merged = list(hits)
            merged.extend(frequent.iter(text))
            merged.sort(key=_hit_end)
            hits = iter(merged)
        for last, (length, left, whole, indices) in hits:
            if rules is not None and rules.isdisjoint(indices):
                continue  # an anchor of none of the rules to run (most hits, when screened)
            first = last - length + 1
            # A word anchor starts a word; a digit may precede it ("9pm", "2000vbucks").
            if left and first > 0 and text[first - 1].isalpha():
                continue
            if whole and last + 1 < len(text) and text[last + 1].isalnum():
                continue
            while last >= ends[msg]:
                msg += 1
            lo = doc.norm_starts[msg]
            w0 = first - window if first - window > lo else lo
            w1 = last + 1 + window if last + 1 + window < ends[msg] else ends[msg]
            for index in indices:
                if rules is not None and index not in rules:
                    continue
                spans = todo.get((msg, index))
                if spans is None:
                    todo[(msg, index)] = [[w0, w1]]
                elif w0 <= spans[-1][1]:
                    spans[-1][1] = w1
                else:
                    spans.append([w0, w1])
        return todo

    def _rule_automaton(self, index: int) -> Any:
        """The automaton of rule `index`'s anchor words (None when it has none)."""
        automaton = self._rule_automata[index]
        if automaton is None and self._rule_words[index]:
            automaton = ahocorasick.Automaton()
            for word in self._rule_words[index]:
                automaton.add_word(word, _anchor_value(word))
            automaton.make_automaton()
            self._rule_automata[index] = automaton
        return automaton

    def _screened_windows(
        self, doc: Document, text: str, rules: set[int]
    ) -> dict[tuple[int, int], list[list[int]]]:
        """`_windows(doc, text, rules)`, walking only those rules' own anchors: the same
        windows, in the same order (by each pair's first hit, as the shared automata
        report hits: by end, function words after other words, longer words first)."""
        ends = doc.norm_ends
        starts = doc.norm_starts
        window = WINDOW
        size = len(text)
        todo: dict[tuple[int, int], list[list[int]]] = {}
        first_hit: dict[tuple[int, int], tuple[int, bool, int, int]] = {}
        for index in rules:
            automaton = self._rule_automaton(index)
            if automaton is None:
                continue
            hits = list(automaton.iter(text))
            if len(hits) > 1:
                hits.sort(key=_hit_order)
            msg = 0
            for last, (length, left, whole, frequent) in hits:
                first = last - length + 1
                if left and first > 0 and text[first - 1].isalpha():
                    continue
                if whole and last + 1 < size and text[last + 1].isalnum():
                    continue
                while last >= ends[msg]:
                    msg += 1
                lo = starts[msg]
                w0 = first - window if first - window > lo else lo
                w1 = last + 1 + window if last + 1 + window < ends[msg] else ends[msg]
                key = (msg, index)
                spans = todo.get(key)
                if spans is None:
                    todo[key] = [[w0, w1]]
                    first_hit[key] = (last, frequent, -length, index)
                elif w0 <= spans[-1][1]:
                    spans[-1][1] = w1
                else:
                    spans.append([w0, w1])
        if len(todo) > 1:
            return {key: todo[key] for key in sorted(todo, key=first_hit.__getitem__)}
        return todo

    def _run(
        self, compiled: _CompiledRule, doc: Document, text: str, w0: int, w1: int, lo: int, hi: int
    ) -> list[Signal]:
        """Run one rule over one window; context words are looked for around the match."""
        rule = compiled.rule
        found: list[Signal] = []
        if compiled.regex is None:
            compiled.compile()
        for m in compiled.regex.finditer(text, w0, w1):
            score = rule.score
            if (
                compiled.boost is not None
                or compiled.lower is not None
                or compiled.require is not None
                or compiled.conversation_lower is not None
            ):
                c0 = max(lo, m.start() - compiled.window)
                c1 = min(hi, m.end() + compiled.window)
                if compiled.require is not None and not compiled.require.search(text, c0, c1):
                    continue
                if compiled.lower is not None and compiled.lower.search(text, c0, c1):
                    score -= rule.context.lower
                if compiled.boost is not None and compiled.boost.search(text, c0, c1):
                    score += rule.context.boost
                if compiled.conversation_lower is not None and compiled.conversation_lower.search(
                    text
                ):
                    score -= rule.context.conversation_lower
            if score <= 0.0:
                continue
            message, start, end = doc.from_norm(m.start(), m.end())
            found.append(
                Signal(
                    rule.signal,
                    rule.harms,
                    message,
                    start,
                    end,
                    min(score, 1.0),
                    rule.explanation,
                    rule.id,
                )
            )
        return found


_hit_end = operator.itemgetter(0)


def _hit_order(hit: tuple[int, tuple[int, bool, bool, bool]]) -> tuple[int, bool, int]:
    # The shared automata's order: by end; other words, then function words; longest first.
    last, (length, _left, _whole, frequent) = hit
    return last, frequent, -length


def _words(items: Any) -> list[str]:
    """A YAML list of words. An unquoted `{lexicon}` inside a flow list (`[a, {name}]`) is read
    by YAML as a one-key mapping: it is the lexicon macro all the same."""
    out = []
    for item in items or ():
        if isinstance(item, dict) and len(item) == 1 and next(iter(item.values())) is None:
            out.append("{" + str(next(iter(item))) + "}")
        else:
            out.append(str(item))
    return out


def _anchor_value(word: str) -> tuple[int, bool, bool, bool]:
    """(length, must start a word, must be a whole word, is a function word) of an anchor."""
    return (
        len(word),
        word[:1].isalnum(),
        len(word) <= 3 and word[-1:].isalnum(),
        is_function_word(word),
    )


def _anchor_words(anchor: str, lexicons: dict[str, list[str]]) -> list[str]:
    """An anchor is a literal word, or `{lexicon}` meaning every word of that lexicon."""
    m = _MACRO.fullmatch(anchor)
    if m:
        name = m.group(1)
        if name not in lexicons:
            raise RuleError(f"anchor names unknown lexicon {{{name}}}")
        words = []
        for entry in lexicons[name]:
            # The longest uncommon word of each entry (the fewest false triggers); an entry of
            # common words only is anchored on the whole phrase, or not at all if one word.
            parts = sorted((w for w in entry.split(" ") if w not in COMMON_WORDS), key=len)
            if parts:
                words.append(parts[-1])
            elif " " in entry:
                words.append(entry)
        return words
    return [anchor]
