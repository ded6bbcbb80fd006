"""The scanner: conversations in, harms with evidence, first message and risk out.

    from onguard.conversation import Scanner
    scanner = Scanner()                  # rules + learned models if installed
    result = scanner.scan(conversation)  # onguard.spec.ScanResult
    analysis = scanner.analyse(conversation)  # evidence with explanations and stages

A conversation is processed as one batch: its messages are joined and
normalised once, every recogniser makes one pass over the joined text, and the
signals are folded message by message through `ConversationState` (the same
fold the streaming `Tracker` uses). Everything is compiled once, in `__init__`.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import importlib.util
import logging
import operator
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from onguard.conversation.config import ScanConfig
from onguard.conversation.fragments import (
    MAX_RUN,
    across_messages,
    fragment_runs,
    is_fragment,
    joined,
)
from onguard.conversation.scoring import fuse_all, lower_risk, max_risk
from onguard.conversation.state import (
    ANONYMOUS_SENDERS,
    AgeStatement,
    ConversationState,
    EvidenceItem,
    HarmState,
)
from onguard.detect import Document, RecognizerRegistry, Signal
from onguard.spec import (
    Conversation,
    ConversationParts,
    Evidence,
    HarmFinding,
    Message,
    Participant,
    Risk,
    ScanResult,
)
from onguard.taxonomy import default_taxonomy

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# A word, for telling filler-only messages from the rest (apostrophes dropped: "don't" = "dont").
_WORD = re.compile(r"[a-z][a-z'’]*")

# "i am 13", "im 14 years old", "13 yo", "i am in year 8": a sender stating their age.
_AGE = re.compile(
    r"(?<![\w])(?:i am|iam|i was|im) (?:only |just |nearly |almost |turning |about to turn )?"
    r"(?P<age>\d{1,2})(?! ?(?:minutes|mins|min|hours|hrs|seconds|pounds|quid|%|am|pm|times|miles|km"
    r"|percent|p\b|x\b|th\b|st\b|nd\b|rd\b|\.\d|:\d|/10|/5|ft|cm|kg|stone|\d))"
    r"|(?<![\w])(?P<age2>\d{1,2}) ?(?:yo|y/o|yrs old|years old|year old)(?![\w])"
    r"|(?<![\w])(?:(?:i am|im) (?:in |a )?"
    r"|(?:school|academy|college|high|primary|grammar),? (?:in )?)"
    r"(?:year|yr) ?(?P<year>\d{1,2})(?![\w])"
)
# A message that is an age or a school year ("14", "yr 7!!", "year 8 hbu"), or starts with an
# age ("13 lol why does everyone ask"): an answer, read as the sender's age only right after
# another sender asked or guessed (`_AGE_QUESTION`).
_BARE_AGE = re.compile(
    r"\s*(?P<token>(?:year|yr|y) ?(?P<year>\d{1,2})|(?P<age>\d{1,2})(?: ?(?:yo|y/o|yrs|years))?)"
    r"(?:[\s!.?,]+(?:lol|haha|u|you|hbu|wbu|and you|and u|n u|wby|x+)?)*[\s!.?x]*"
    # or the age first and a few words after it ("13 lol why does everyone ask"), not a unit
    r"|\s*(?P<token2>(?P<age2>\d{1,2}))(?=[\s!.,]+[a-z])"
    r"(?![\s!.,]+(?:minutes|mins|min|hours|hrs|seconds|secs|pounds|quid|am|pm|times|miles|km"
    r"|percent|people|of|more|left|days|weeks|months|years|ft|cm|kg|stone|x\b)).{0,110}"
)
# The grooming signal of asking a child's age, school year or school.
_AGE_QUESTION = "age_probing"
# What every `_AGE` match holds ("i am ", "im ", "i was ", a digit before a "y", or a school
# year "year 7"): one
# quick search rules out most texts before `_AGE` tries every position.
_AGE_HINT = re.compile(r"i(?: am|am| was|m) |\d ?y|(?:year|yr) ?\d")


class ModelScore(Protocol):
    score: float
    prefix_scores: list[float]
    evidence: list[tuple[int, int, int, str]]


class ConversationModel(Protocol):
    """What `onguard.detect.learned` provides (see its `load_default_models`)."""

    harm: str
    signal: str

    def score(
        self, texts: Sequence[str], senders: Sequence[str], child_ids: set[str]
    ) -> ModelScore: ...


@dataclass
class HarmAnalysis:
    """One harm in one conversation: scores, when it was first reported, why."""

    harm: str
    score: float
    reported: bool
    first_message: int | None
    rule_score: float
    model_score: float | None
    evidence: list[EvidenceItem]
    stages: list[str] = field(default_factory=list)
    risk: Risk = "none"


@dataclass
class ConversationAnalysis:
    """The rich result of scanning one conversation (the web page and assessments read this)."""

    id: str
    risk: Risk
    harms: dict[str, HarmAnalysis]
    messages: list[list[Signal]]
    child_ids: set[str]
    inferred_child_ids: set[str]
    message_count: int

    @property
    def reported(self) -> list[HarmAnalysis]:
        """The harms the scanner reports, most serious score first."""
        return sorted((h for h in self.harms.values() if h.reported), key=lambda h: -h.score)

    def to_result(self) -> ScanResult:
        findings = []
        for h in self.reported:
            assert h.first_message is not None
            evidence = [
                Evidence(message=e.message, start=e.start, end=e.end, signal=e.signal)
                for e in h.evidence
            ]
            findings.append(
                HarmFinding(
                    harm=h.harm,
                    score=round(min(max(h.score, 0.0), 1.0), 4),
                    first_message=h.first_message,
                    evidence=evidence,
                )
            )
        return ScanResult(id=self.id, risk=self.risk, harms=findings)


class Scanner:
    """Scan conversations for the guide's harms. Build once; `scan` is cheap per conversation.

    `config`: a `ScanConfig`, a YAML path, or a dict of overrides (default
    `conversation/data/scoring.yaml`). `models`: learned conversation models;
    `None` loads `onguard.detect.learned.load_default_models()` when that
    package exists, `[]` turns models off. `batch_scorer(models, [(texts, senders,
    child_ids), ...])` scores a batch of conversations with every model (one list of
    model scores per conversation); the learned package's `score_batch` is used with
    its default models. `analyse_many` uses it. With source specialists, it is also given
    `explain=` (see `score_batch`).
    """

    def __init__(
        self,
        config: ScanConfig | Path | str | dict[str, Any] | None = None,
        models: Sequence[ConversationModel] | None = None,
        registry: RecognizerRegistry | None = None,
        batch_scorer: Any = None,
        stacker: Any = None,
        annotated_models: Sequence[ConversationModel] | None = None,
        specialists: Any = None,
    ) -> None:
        self.config = ScanConfig.load(config)
        self._min_content = _MinContent(self.config.model_min_content_words)
        self.registry = registry or RecognizerRegistry.default()
        self._frame = _frame_pattern(self.config.discussion_frame.words, self.registry)
        self._frame_warning = _frame_pattern(
            self.config.discussion_frame.warning_words, self.registry
        )
        self._family_names = self.config.family_senders.names
        self._service = _frame_pattern(self.config.service_notice.words, self.registry)
        self._child_cue = _cue_pattern(self.config.child_cues)
        self._report_cue = _cue_pattern(self.config.child_report_cues)
        self._score_all: Any = None
        self._score_batch: Any = None
        self.models: list[ConversationModel]
        # The stacker (onguard.detect.learned.stacker) decides the modelled harms from all
        # models' scores together; None: each harm is max(rule score, its model's score).
        self.stacker: Any = stacker
        # Source specialists (onguard.detect.learned.specialists): where a conversation that
        # lists no participants reads like one of the real sets, that set's own model
        # decides its harm (and the stacker does not).
        self.specialists: Any = specialists
        if models is None:
            self.models, self._score_all, self._score_batch = _default_models()
            if self.models:
                self.stacker = _default_stacker()
                if specialists is None:
                    self.specialists = _default_specialists()
        else:
            self.models = list(models)
            self._score_batch = batch_scorer
        # Scored together with the harm models: each route's router and specialist.
        self._routed_models: list[Any] = (
            list(self.specialists.models) if self.specialists is not None and self.models else []
        )
        self._scored_models: list[Any] = self.models + self._routed_models
        self._specialist_ids = frozenset(id(m) for m in self._routed_models[1::2])
        # Models learned from role-annotated conversations, for conversations that list
        # their participants (see `_model_scores`); the default models bring the shipped
        # ones (loaded at first use: a stream of bare messages never needs their ~60 MB),
        # and `models=[]` (rules only) none unless given.
        self._annotated: list[ConversationModel] | None = (
            list(annotated_models)
            if annotated_models is not None
            else None
            if models is None
            else []
        )
        tax = default_taxonomy()
        self.severity: dict[str, Risk] = {h.id: h.severity for h in tax.harms.values()}
        self.stage_of: dict[str, str] = {
            s.id: s.stage for s in tax.harms["grooming"].signals if s.stage
        }

    @property
    def annotated_models(self) -> list[ConversationModel]:
        if self._annotated is None:
            self._annotated = _default_annotated_models()
        return self._annotated

    # -- public API ----------------------------------------------------------
    def scan(self, conversation: Conversation | ConversationParts | dict[str, Any]) -> ScanResult:
        return self.analyse(conversation).to_result()

    def scan_many(
        self, conversations: Iterable[Conversation | ConversationParts | dict[str, Any]]
    ) -> Iterator[ScanResult]:
        for analysis in self.analyse_many(conversations):
            yield analysis.to_result()

    def analyse_many(
        self,
        conversations: Iterable[Conversation | ConversationParts | dict[str, Any]],
        batch_size: int = 256,
    ) -> Iterator[ConversationAnalysis]:
        """`analyse` each conversation, in order. With learned models, conversations are
        scored in batches of `batch_size`: the models hash a batch's n-grams in one pass,
        several times faster than one conversation at a time (the rules are the same)."""
        batch: list[_Parts] = []
        for conversation in conversations:
            batch.append(_parts(_as_conversation(conversation)))
            if len(batch) >= batch_size:
                yield from self._analyse_batch(batch)
                batch = []
        yield from self._analyse_batch(batch)

    def _analyse_batch(self, batch: list[_Parts]) -> Iterator[ConversationAnalysis]:
        # Every document of the batch first, then every recogniser's screen over all of
        # them: a screen's database (the rules' is about 15 MB) stays in the CPU's cache
        # from one scan to the next, about twice as fast as one scan between other work.
        docs = [self._document(texts, senders) for _, texts, senders, _ in batch]
        self.registry.prescreen([doc for doc, _ in docs if doc is not None])
        if not self.models or self._score_batch is None:
            for parts, prepared in zip(batch, docs, strict=True):
                yield self._analyse(*parts, prepared=prepared)
            return
        yield from self._finish_batch(
            [
                self._fold_rules(*parts, prepared=prepared)
                for parts, prepared in zip(batch, docs, strict=True)
            ]
        )

    def analyse(
        self, conversation: Conversation | ConversationParts | dict[str, Any]
    ) -> ConversationAnalysis:
        return self._analyse(*_parts(_as_conversation(conversation)))

    analyze = analyse

    def scan_text(self, text: str, id: str = "text") -> ConversationAnalysis:
        """Free text (a practitioner's notes, one post) as one message from an unknown sender."""
        if not isinstance(text, str):
            raise TypeError(f"scan_text expects a str, got {type(text).__name__}")
        return self._analyse(id, [text], ["?"], {})

    def tracker(
        self,
        conversation_id: str,
        participants: Sequence[Participant | dict[str, Any]] | None = None,
    ) -> Tracker:
        """A streaming tracker: feed messages one at a time, get newly reported harms back."""
        return Tracker(self, conversation_id, participants)

    # -- internals -----------------------------------------------------------
    def _analyse(
        self,
        conv_id: str,
        texts: list[str],
        senders: list[str],
        roles: Mapping[str, str],
        prepared: _Prepared | None = None,
    ) -> ConversationAnalysis:
        fold = self._fold_rules(conv_id, texts, senders, roles, prepared)
        if isinstance(fold, ConversationAnalysis):
            return fold
        state = fold.state if isinstance(fold, _Folded) else self._new_state(senders, roles)
        n = len(texts)
        model_scores, stacked = self._model_scores(texts, senders, state) if n else ({}, True)
        return self._finish(
            conv_id,
            state,
            model_scores,
            n,
            first_len=len(texts[0]) if n else None,
            use_stacker=stacked,
            texts=texts,
            doc=fold.doc,
        )

    def _document(self, texts: list[str], senders: list[str]) -> _Prepared:
        """The document the recognisers read, and the runs of short messages in it (None
        for a conversation without messages)."""
        if not texts:
            return None, []
        runs = fragment_runs(texts, senders) if len(texts) > 1 else []
        # Runs of short messages are read joined too, after the messages themselves.
        doc = self.registry.document(
            [*texts, *(joined(texts, run) for run in runs)] if runs else texts
        )
        return doc, runs

    def _fold_rules(
        self,
        conv_id: str,
        texts: list[str],
        senders: list[str],
        roles: Mapping[str, str],
        prepared: _Prepared | None = None,
    ) -> _RuleFold:
        """The rules' part of `_analyse`: signals folded into a state, or, when nothing was
        found and there are no models, the finished (empty) analysis. `prepared`: the
        conversation's `_document`, when it was built already."""
        n = len(texts)
        alone: Document | None = None  # the document of `texts` alone, when there is one
        if n:
            doc, runs = prepared if prepared is not None else self._document(texts, senders)
            assert doc is not None
            alone = None if runs else doc
            signals = self.registry.analyze(doc)
            ages = _age_statements(doc)
            if runs:
                signals, ages = _with_runs(signals, ages, runs, texts)
            if signals:
                _add_answered_ages(ages, signals, texts, senders)
            if signals and self._frame is not None and self._frame.search(doc.norm.text):
                signals = self._framed(signals, lambda m: _message_text(doc, m))
            if signals and self._family_names:
                signals = self._family_lowered(signals, senders.__getitem__, set(senders))
            if not signals and not ages:
                # Nothing found: no state to build (the common case, kept cheap).
                if self.models or (lists_participants(roles) and self.annotated_models):
                    return _Quiet(conv_id, texts, senders, roles, alone)
                return _quiet_analysis(conv_id, n, roles)
        state = self._new_state(senders, roles)
        if n:
            by_message = _group(signals)
            cues = (
                _cue_messages(self._child_cue, doc, n)
                if self._child_cue is not None and doc is not None and not state.children_from_roles
                else ()
            )
            # A child's own report only matters where one of its messages has signals.
            reports = (
                _cue_messages(self._report_cue, doc, n)
                if self._report_cue is not None and doc is not None and signals
                else ()
            )
            for index in range(n):
                found = by_message.get(index)
                age = ages.get(index)
                cue = index in cues
                # Quiet messages cost nothing, except after a refusal (contact carrying on counts).
                if found is None and age is None and not cue and not state.watching_refusal:
                    continue
                state.add_message(
                    index,
                    senders[index],
                    found or [],
                    age,
                    len(texts[index]),
                    child_cue=cue,
                    report_cue=index in reports,
                )
        return _Folded(conv_id, texts, senders, state, alone)

    def _is_service_notice(
        self, texts: Sequence[str], found: list[bool], doc: Document | None = None
    ) -> bool:
        """Whether `texts` hold a service notice's words (config `service_notice`), looked up
        once per conversation (`found` keeps the answer). `doc`: the document of `texts`
        alone, when the rules built it (it is not normalised again)."""
        if not found:
            if self._service is None:
                found.append(False)
            else:
                if doc is None:
                    doc = self.registry.document(list(texts))
                found.append(self._service.search(doc.norm.text) is not None)
        return found[0]

    def _family_lowered(
        self, signals: list[Signal], sender_of: Callable[[int], str], everyone: set[str]
    ) -> list[Signal]:
        """`signals` with a family sender's requests, and a child's disclosures in a chat
        with a family sender and no one else, counting less (config `family_senders`).
        `sender_of(message)` names a signal's sender; `everyone` is every sender known."""
        family = self.config.family_senders
        is_family = {s: _names_family(s, self._family_names) for s in everyone}
        if not any(is_family.values()):
            return signals
        # Two senders, one of them family: what the other tells them stays in the family.
        only_family_listens = len(is_family) == 2

        def lowered(s: Signal) -> bool:
            sender = sender_of(s.message)
            return (s.signal in family.requests and is_family.get(sender, False)) or (
                s.signal in family.disclosures
                and only_family_listens
                and not is_family.get(sender, False)
            )

        return _lowered(signals, lowered, family.lower)

    def _framed(self, signals: list[Signal], message_text: Callable[[int], str]) -> list[Signal]:
        """`signals` of a conversation about online harms (config `discussion_frame`): the
        quoted-phrase signals count less, and those left at nothing are dropped; not in a
        message that acts (`_acting_messages`). `message_text(i)`: message i, normalised."""
        frame = self.config.discussion_frame
        acting = self._acting_messages(signals, message_text)
        return _lowered(
            signals, lambda s: s.signal in frame.signals and s.message not in acting, frame.lower
        )

    def _acting_messages(
        self, signals: list[Signal], message_text: Callable[[int], str]
    ) -> set[int]:
        """Messages that carry a link (`acting_signals`) and ask for payment or details
        (`acting_requests`), and do not warn about it themselves: a fake school payment text
        opens "Dear Parent/Carer", as a school's real warning does, but only the warning
        names the scam. A link alone (a chat log pasting URLs) stays framed."""
        frame = self.config.discussion_frame
        links = {s.message for s in signals if s.signal in frame.acting_signals}
        if not links:
            return links
        acting = {s.message for s in signals if s.signal in frame.acting_requests} & links
        warning = self._frame_warning
        if not acting or warning is None:
            return acting
        return {m for m in acting if warning.search(message_text(m)) is None}

    def _new_state(self, senders: Sequence[str], roles: Mapping[str, str]) -> ConversationState:
        state = ConversationState(self.config, self.stage_of, roles)
        state.note_senders(set(senders))
        return state

    def _quiet_bound(self) -> float:
        """Below this, a model score can neither report a harm nor raise the risk (`_risk`'s
        watch level); a quiet conversation whose model scores are all below it is finished
        as empty without building a state. With a stacker, every harm it decides must have
        a model: it only ever lowers a model's score (`scoring.fuse_all`)."""
        stacked = set(getattr(self.stacker, "stacks", None) or ())
        if self.stacker is not None and not stacked <= {m.harm for m in self.models}:
            return 0.0  # a stacker that may report a harm on its own: never skip
        return min(self.config.risk.watch, self.config.report_threshold)

    def _finish_batch(self, batch: list[_RuleFold]) -> Iterator[ConversationAnalysis]:
        """Score a batch's conversations with the models together, then finish each."""
        folded = [f for f in batch if isinstance(f, _Folded | _Quiet) and f.texts]
        scores: Any = None
        if folded:
            try:
                scores = self._score_batch(
                    self._scored_models,
                    [
                        (
                            f.texts,
                            f.senders,
                            f.children if isinstance(f, _Quiet) else set(f.state.children),
                        )
                        for f in folded
                    ],
                    # With routes, much of the evidence would never be read: say which.
                    **({"explain": self._shown} if self._routed_models else {}),
                )
                # `score_batch` hands arrays (BatchScores); other scorers a list per conversation.
                scores = (
                    _BatchRows(
                        scores,
                        self._scored_models,
                        self.config.report_threshold,
                        len(self.models),
                        self.specialists if self._routed_models else None,
                        self.config.routed_scope_harms,
                    )
                    if hasattr(scores, "first_reaching")
                    else list(scores)
                )
            except Exception:
                log.exception("learned models failed on a batch; scoring conversations one by one")
                scores = None
        by_fold = {id(f): i for i, f in enumerate(folded)}
        bound = self._quiet_bound()
        for fold in batch:
            if isinstance(fold, ConversationAnalysis):
                yield fold
                continue
            index = by_fold.get(id(fold), -1)
            if isinstance(fold, _Quiet):
                annotated = lists_participants(fold.roles) and self.annotated_models
                if (
                    not annotated
                    and isinstance(scores, _BatchRows)
                    and scores.top_score(index) < bound
                ):
                    yield _quiet_analysis(fold.id, len(fold.texts), fold.roles)
                    continue
                fold = _Folded(
                    fold.id,
                    fold.texts,
                    fold.senders,
                    self._new_state(fold.senders, fold.roles),
                    fold.doc,
                )
            n = len(fold.texts)
            stacked = True
            if not n:
                model_scores: dict[str, tuple[Any, Any]] = {}
            elif isinstance(scores, _BatchRows):
                model_scores, stacked = self._model_scores(
                    fold.texts, fold.senders, fold.state, functools.partial(scores.by_harm, index)
                )
            elif scores is not None:
                real = functools.partial(
                    self._run_models, fold.texts, fold.senders, fold.state.children, scores[index]
                )
                model_scores, stacked = self._model_scores(
                    fold.texts, fold.senders, fold.state, real
                )
            else:
                model_scores, stacked = self._model_scores(fold.texts, fold.senders, fold.state)
            yield self._finish(
                fold.id,
                fold.state,
                model_scores,
                n,
                first_len=len(fold.texts[0]) if n else None,
                use_stacker=stacked,
                texts=fold.texts,
                doc=fold.doc,
            )

    def _shown(self, finals: Any) -> Any:
        """Which of a batch's (conversation, scored model) pairs can show evidence
        (`SourceSpecialists.shown`)."""
        return self.specialists.shown(finals, self.models)

    def _model_scores(
        self,
        texts: Sequence[str],
        senders: Sequence[str],
        state: ConversationState,
        real: Callable[[], dict[str, tuple[Any, Any]]] | None = None,
    ) -> tuple[dict[str, tuple[Any, Any]], bool]:
        """Each harm's model score, and whether the stacker may decide on them.

        A conversation that lists its participants (the spec's format, roles given) is
        scored by the models learned from role-annotated conversations
        (`onguard.detect.learned.annotated`); the harms in `config.annotated_keep_models`
        also keep their real-data model (the higher score counts). The real sets (chat
        logs, Q&A posts, SMS, tweets) list no participants, and their models misread
        friendly banter in such chats. The stacker, which learned from the real models'
        scores, does not decide on these. Other conversations get the real-data models
        (`real`: already computed for a batch). `child_ids` for the real models include
        inferred children, as before.
        """
        scored, stacked = self._scores_of_models(texts, senders, state, real)
        if not scored:
            return scored, stacked
        needed = self._min_content
        reached = self._content_words(texts, needed.max)
        if not reached:
            return {}, True  # nothing for a model to read (config `filler_words`)
        if len(reached) < needed.max or reached[-1] > 0:
            # A harm's model may report only once enough has been written (and from there).
            gated: dict[str, tuple[Any, Any]] = {}
            for harm, (model, ms) in scored.items():
                count = needed.of(harm)
                if len(reached) >= count:
                    start = reached[count - 1]
                    gated[harm] = (model, _NotBefore(ms, start) if start else ms)
            scored = gated
        return scored, stacked

    def _scores_of_models(
        self,
        texts: Sequence[str],
        senders: Sequence[str],
        state: ConversationState,
        real: Callable[[], dict[str, tuple[Any, Any]]] | None,
    ) -> tuple[dict[str, tuple[Any, Any]], bool]:
        roles = state.roles
        annotated = lists_participants(roles) and self.annotated_models
        keep = self.config.annotated_keep_models
        scored: dict[str, tuple[Any, Any]] = {}
        if not annotated or (keep and self.models):
            scored = (
                real() if real is not None else self._run_models(texts, senders, state.children)
            )
        if not annotated:
            return scored, True
        kept = {h: v for h, v in scored.items() if h in keep}
        return self._run_models(texts, senders, _children(roles), None, annotated, kept), False

    def _content_words(self, texts: Sequence[str], enough: int) -> list[int]:
        """The message holding each of the first `enough` words outside the config's
        `filler_words` (fewer where the messages hold fewer)."""
        filler = self.config.filler_words
        found: list[int] = []
        for index, text in enumerate(texts):
            for word in _WORD.findall(text.lower()):
                if word.replace("'", "").replace("’", "") not in filler:
                    found.append(index)
                    if len(found) >= enough:
                        return found
        return found

    def _run_models(
        self,
        texts: Sequence[str],
        senders: Sequence[str],
        child_ids: set[str],
        scores: list[Any] | None = None,
        models: Sequence[ConversationModel] | None = None,
        into: dict[str, tuple[Any, Any]] | None = None,
    ) -> dict[str, tuple[Any, Any]]:
        """Each harm's best model score (added to `into`); `models`: the real-data models,
        with the source routes, unless given; `scores` (one per model) when already
        computed."""
        routed = models is None and bool(self._routed_models)
        models = self._scored_models if models is None else models
        out: dict[str, tuple[Any, Any]] = {} if into is None else into
        if not models:
            return out
        if scores is None and self._score_all is not None:
            # The learned package scores several models in one featuriser pass.
            try:
                scores = list(self._score_all(models, texts, senders, set(child_ids)))
            except Exception:
                log.exception("learned models failed together; scoring them one by one")
        results: list[Any] = []
        for index, model in enumerate(models):
            if scores is not None:
                results.append(scores[index])
                continue
            try:
                results.append(model.score(texts, senders, set(child_ids)))
            except Exception:  # a broken model must not lose the rule results
                log.exception("model for %s failed; using rules only", model.harm)
                results.append(None)
        n_harm = len(models) - len(self._routed_models) if routed else len(models)
        for model, result in zip(models[:n_harm], results, strict=False):
            if result is None:
                continue
            previous = out.get(model.harm)
            if previous is None or result.score > previous[1].score:
                out[model.harm] = (model, result)
        if routed:
            _take_routes(out, self.specialists, results[n_harm:], self.config.routed_scope_harms)
        return out

    def _finish(
        self,
        conv_id: str,
        state: ConversationState,
        model_scores: dict[str, tuple[Any, Any]],
        n: int,
        model_offset: int = 0,
        model_first_at: dict[str, int] | None = None,
        with_messages: bool = True,
        first_len: int | None = None,
        use_stacker: bool = True,
        texts: Sequence[str] | None = None,
        doc: Document | None = None,
    ) -> ConversationAnalysis:
        """Fuse rule and model scores, pick first messages, set risk.

        `model_first_at` gives each model's first reportable message directly (the
        streaming tracker knows it); otherwise it is read from `prefix_scores`.
        `first_len`: the first message's length (the conversation's shape, for the stacker).
        `texts`: the messages the models read (config `service_notice` looks in them);
        `doc`: their document, when the rules built one for them alone.
        """
        cfg = self.config
        threshold = cfg.report_threshold
        harms: dict[str, HarmAnalysis] = {}
        anonymous = not state.children and not (state.senders - ANONYMOUS_SENDERS)
        peers = state.children_from_roles and not (
            state.senders - state.children - ANONYMOUS_SENDERS
        )
        parts: dict[str, tuple[HarmState, float, int | None, float | None, list[EvidenceItem]]] = {}
        notice: list[bool] = []  # whether `texts` read as a service notice, found once
        for harm in sorted(state.harms.keys() | model_scores.keys()):  # stable output order
            # A harm only a model scored shares one empty (never written) rule state.
            hs = state.harms.get(harm) or _NO_RULES
            rule_score = hs.rule_score
            first = hs.first_message
            floor = cfg.anonymous_min_score.get(harm) if anonymous else None
            if peers:
                floor = cfg.peer_min_score.get(harm, floor)
            model_entry = model_scores.get(harm)
            if model_entry is not None and n >= cfg.long_conversation.messages > 0:
                floor = max(floor or 0.0, cfg.long_conversation.min_rule_score)
            if floor is not None and rule_score < floor:
                first = None  # not enough on its own in anonymous text; a model may still report
                rule_score = 0.0
            model_score = None
            evidence = list(hs.evidence)
            if model_entry is not None:
                model, ms = model_entry
                model_score = float(ms.score)
                quietened = (
                    model_score >= threshold
                    and rule_score < cfg.service_notice.rule_below
                    and harm in cfg.service_notice.harms
                    and texts is not None
                    and self._is_service_notice(texts, notice, doc)
                )
                if quietened:
                    model_score = max(0.0, model_score - cfg.service_notice.lower)
                if model_first_at is not None:
                    model_first = model_first_at.get(harm)
                else:
                    model_first = (
                        ms.first_at(threshold)
                        if isinstance(ms, _BatchScore)
                        else next(
                            (i for i, p in enumerate(ms.prefix_scores) if p >= threshold), None
                        )
                    )
                if quietened and model_score < threshold:
                    model_first = None
                if model_first is None and model_score >= threshold:
                    model_first = max(n - 1, 0) - model_offset
                if model_first is not None:
                    model_first += model_offset
                    first = model_first if first is None else min(first, model_first)
                for msg, start, end, reason in list(ms.evidence or ())[: cfg.max_evidence_per_harm]:
                    evidence.append(
                        EvidenceItem(
                            model.signal,
                            msg + model_offset,
                            start,
                            end,
                            model_score,
                            reason,
                            None,
                            "model",
                        )
                    )
            parts[harm] = (hs, rule_score, first, model_score, evidence)
        fused = fuse_all(
            {h: v[1] for h, v in parts.items()},
            {h: v[3] for h, v in parts.items() if v[3] is not None},
            n,
            first_len,
            self.stacker if use_stacker else None,
            report_threshold=threshold,
            # A harm a source specialist decided is not the stacker's to decide.
            unstacked=frozenset(
                h for h, (m, _) in model_scores.items() if id(m) in self._specialist_ids
            )
            if self._specialist_ids
            else frozenset(),
        )
        for harm, (hs, _, first, model_score, evidence) in parts.items():
            score = fused[harm]
            if first is None and score >= threshold and model_score is not None:
                first = max(n - 1, 0)  # the stacker reports what neither part did alone
            reported = score >= threshold and first is not None
            harms[harm] = HarmAnalysis(
                harm=harm,
                score=score,
                reported=reported,
                first_message=first if reported else None,
                rule_score=hs.rule_score,
                model_score=model_score,
                evidence=sorted(evidence, key=_position) if len(evidence) > 1 else evidence,
                stages=hs.stages(self.stage_of) if harm == "grooming" else [],
            )
        risk = self._risk(harms, state)
        per_message: list[list[Signal]] = [[] for _ in range(n)] if with_messages else []
        for index, signals in state.per_message.items() if with_messages else ():
            if index < n:
                per_message[index] = signals
        return ConversationAnalysis(
            id=conv_id,
            risk=risk,
            harms=harms,
            messages=per_message,
            child_ids=set(state.children),
            inferred_child_ids=set(state.inferred_children),
            message_count=n,
        )

    def _risk(self, harms: dict[str, HarmAnalysis], state: ConversationState) -> Risk:
        rc = self.config.risk
        overall: Risk = "none"
        for h in harms.values():
            if not h.reported:
                if h.score >= rc.watch:
                    overall = max_risk(overall, "low")
                continue
            risk: Risk = self.severity.get(h.harm, "medium")
            if h.score < rc.strong:
                risk = lower_risk(risk)
            if h.harm == "grooming":
                if len(h.stages) >= rc.grooming_critical_stages:
                    risk = "critical"
                elif len(h.stages) >= rc.grooming_high_stages:
                    risk = max_risk(risk, "high")
            if any(e.signal in rc.critical_signals for e in h.evidence):
                risk = "critical"
            h.risk = risk
            overall = max_risk(overall, risk)
        return overall


class Tracker:
    """Streaming scanner for one conversation: `update(message)` costs the same at message 10,000.

    Rules see only the new message; learned models see the last
    `config.model_window` messages.
    """

    def __init__(
        self,
        scanner: Scanner,
        conversation_id: str,
        participants: Sequence[Participant | dict[str, Any]] | None = None,
    ) -> None:
        self.scanner = scanner
        self.id = conversation_id
        roles = {}
        for p in participants or ():
            part = p if isinstance(p, Participant) else Participant.model_validate(p)
            roles[part.id] = part.role
        self.state = ConversationState(scanner.config, scanner.stage_of, roles)
        self._window: deque[tuple[str, str]] = deque(maxlen=scanner.config.model_window)
        self._model_scores: dict[str, tuple[Any, Any]] = {}
        self._model_first: dict[str, int] = {}
        self._reported: set[str] = set()
        self._recorded: deque[int] = deque()
        self._count = 0
        self._first_len: int | None = None
        self._stacked = True  # whether the stacker may decide (see Scanner._model_scores)
        # The current run of short messages from one sender (see onguard.conversation.fragments).
        self._fragments: deque[tuple[str, str]] = deque(maxlen=MAX_RUN)
        self._in_frame = False  # the conversation talks about online harms (config)
        self._senders: set[str] = set()
        # Who asked an age in the last message (an answer "14" is then an age).
        self._asked_age_by: str | None = None

    def update(self, message: Message | dict[str, Any]) -> list[HarmFinding]:
        """Add the next message; return the harms first reported at it."""
        msg = message if isinstance(message, Message) else Message.model_validate(message)
        index = self._count
        self._count += 1
        if index == 0:
            self._first_len = len(msg.text)
        registry = self.scanner.registry
        doc = registry.document([msg.text])
        signals = [_shift(s, index) for s in registry.analyze(doc)]
        age = _age_statements(doc).get(0)
        if age is None and self._asked_age_by not in (None, msg.sender):
            age = _answered_age(msg.text)
        self._asked_age_by = msg.sender if any(s.signal == _AGE_QUESTION for s in signals) else None
        signals.extend(self._across_fragments(msg.text, msg.sender, index))
        frame = self.scanner._frame
        if frame is not None and not self._in_frame and frame.search(doc.norm.text):
            self._in_frame = True  # from this message on (the batch scanner: the whole chat)
        if signals and self._in_frame:
            signals = self.scanner._framed(signals, lambda _: doc.norm.text)
        self._senders.add(msg.sender)
        if signals and self.scanner._family_names:
            # Senders so far and those listed (the batch scanner knows the whole chat's).
            signals = self.scanner._family_lowered(
                signals, lambda _: msg.sender, self._senders | set(self.state.roles)
            )
        cue = (
            self.scanner._child_cue is not None
            and not self.state.children_from_roles
            and self.scanner._child_cue.search(doc.norm.text) is not None
        )
        report = (
            bool(signals)
            and self.scanner._report_cue is not None
            and self.scanner._report_cue.search(doc.norm.text) is not None
        )
        self.state.add_message(
            index, msg.sender, signals, age, len(msg.text), child_cue=cue, report_cue=report
        )
        # Keep the per-message view of recent messages only, so memory stays bounded.
        if index in self.state.per_message:
            self._recorded.append(index)
        while self._recorded and self._recorded[0] <= index - self._window.maxlen:  # type: ignore[operator]
            self.state.per_message.pop(self._recorded.popleft(), None)
        self._window.append((msg.text, msg.sender))
        if self.scanner.models or (
            lists_participants(self.state.roles) and self.scanner.annotated_models
        ):
            texts = [t for t, _ in self._window]
            senders = [s for _, s in self._window]
            offset = index + 1 - len(texts)
            scores, self._stacked = self.scanner._model_scores(texts, senders, self.state)
            threshold = self.scanner.config.report_threshold
            for harm, (model, ms) in scores.items():
                best = self._model_scores.get(harm)
                if best is None or ms.score >= best[1].score:
                    self._model_scores[harm] = (model, _Shifted(ms, offset))
                if ms.score >= threshold:
                    self._model_first.setdefault(harm, index)
        analysis = self._analysis(with_messages=False)
        new = []
        for h in analysis.reported:
            if h.harm not in self._reported:
                self._reported.add(h.harm)
                new.append(h)
        return [f for f in analysis.to_result().harms if f.harm in {h.harm for h in new}]

    def _across_fragments(self, text: str, sender: str, index: int) -> list[Signal]:
        """Signals across the run of short messages from `sender` that ends at this one."""
        run = self._fragments
        if not is_fragment(text):
            run.clear()
            return []
        if run and run[-1][1] != sender:
            run.clear()
        run.append((text, sender))
        if len(run) < 2:
            return []
        texts = [t for t, _ in run]
        local = list(range(len(texts)))
        found = self.scanner.registry.analyze(
            self.scanner.registry.document([joined(texts, local)])
        )
        return [
            _shift(s, index - len(texts) + 1 + s.message)
            for s in across_messages(found, local, texts, only_last=True)
        ]

    def analysis(self) -> ConversationAnalysis:
        """Everything so far, with each message's signals."""
        return self._analysis(with_messages=True)

    def _analysis(self, with_messages: bool) -> ConversationAnalysis:
        # Cost independent of the conversation's length unless the per-message view is asked for.
        return self.scanner._finish(
            self.id,
            self.state,
            self._model_scores,
            self._count,
            model_first_at=self._model_first,
            with_messages=with_messages,
            first_len=self._first_len,
            use_stacker=self._stacked,
            texts=[t for t, _ in self._window],
        )

    def result(self) -> ScanResult:
        return self.analysis().to_result()


_NO_RULES = HarmState("")  # read-only: the rule state of a harm no rule matched


class _BatchRows:
    """`BatchScores` (from `score_batch`) as one list of model scores per conversation,
    built when asked for, with each model's first reportable message found at once."""

    def __init__(
        self,
        batch: Any,
        models: Sequence[ConversationModel],
        threshold: float,
        n_harm_models: int | None = None,
        specialists: Any = None,
        scoped: frozenset[str] = frozenset(),
    ) -> None:
        self.batch = batch
        self.scoped = scoped  # config `routed_scope_harms` (`_take_routes`)
        # The first `n_harm_models` columns are the harm models; any after them are the
        # columns of `specialists.models` (the source routes).
        self.n_harm = len(models) if n_harm_models is None else n_harm_models
        self.models = models[: self.n_harm]
        self.specialists = specialists
        self.threshold = threshold
        self.final: list[list[float]] = batch.final.tolist()
        # Read a row at a time: only the conversations that are not quiet need theirs.
        self.first: np.ndarray = batch.first_reaching(threshold)
        # Most conversations are quiet, and their top score is all they need: found for
        # the whole batch at once.
        self._top: list[float] = self._top_scores(batch.final).tolist()
        self._one_per_harm = len({m.harm for m in self.models}) == len(self.models)
        self._evidence: dict[int, dict[int, Any]] = {}  # conversation -> model -> evidence
        for (i, j), items in batch.evidence.items():
            self._evidence.setdefault(i, {})[j] = items

    def __len__(self) -> int:
        return len(self.final)

    def __getitem__(self, i: int) -> list[_BatchScore]:
        evidence = self._evidence.get(i, {})
        first: list[int] = self.first[i].tolist()
        return [
            _BatchScore(score, first[j], evidence.get(j, ()), self, i, j)
            for j, score in enumerate(self.final[i])
        ]

    def by_harm(self, i: int) -> dict[str, tuple[Any, Any]]:
        """What `Scanner._run_models` returns for conversation i: each harm's best model,
        or the specialist of a route whose router reports."""
        row = self[i]
        harm_row = row[: self.n_harm]
        out: dict[str, tuple[Any, Any]]
        if self._one_per_harm:
            out = {m.harm: (m, ms) for m, ms in zip(self.models, harm_row, strict=True)}
        else:
            out = {}
            for m, ms in zip(self.models, harm_row, strict=True):
                previous = out.get(m.harm)
                if previous is None or ms.score > previous[1].score:
                    out[m.harm] = (m, ms)
        if self.specialists is not None:
            _take_routes(out, self.specialists, row[self.n_harm :], self.scoped)
        return out

    def top_score(self, i: int) -> float:
        """The highest score `by_harm(i)` would give a harm (0 with no models)."""
        return self._top[i]

    def _top_scores(self, final: np.ndarray) -> np.ndarray:
        """`top_score` of every conversation of the batch: the best harm model's final score,
        or a taken route's specialist's (scores are never below 0)."""
        import numpy as np  # here: a scan with rules only never loads it

        top = final[:, : self.n_harm].max(axis=1, initial=0.0)
        if self.specialists is not None:
            routed = final[:, self.n_harm :]
            taken = np.where(self.specialists.picked(routed), routed[:, 1::2], 0.0)
            top = np.maximum(top, taken.max(axis=1, initial=0.0))
        return top


class _BatchScore:
    """One model's score of one conversation of a batch (the `ModelScore` protocol)."""

    __slots__ = ("score", "evidence", "_first", "_rows", "_conv", "_model")

    def __init__(
        self, score: float, first: int, evidence: Any, rows: _BatchRows, conv: int, model: int
    ) -> None:
        self.score = score
        self.evidence = evidence
        self._first = first
        self._rows = rows
        self._conv = conv
        self._model = model

    def first_at(self, threshold: float) -> int | None:
        """The first message whose prefix score is >= threshold (None: none is)."""
        if threshold == self._rows.threshold:
            return self._first if self._first >= 0 else None
        return next((i for i, p in enumerate(self.prefix_scores) if p >= threshold), None)

    @property
    def prefix_scores(self) -> list[float]:
        # This model's column only: `batch[conv]` would build every model's score.
        column: list[float] = self._rows.batch.prefix_column(self._conv, self._model)
        return column


class _NotBefore:
    """A model score that may not report before message `start` (config
    `model_min_content_words`: too little had been written before it)."""

    def __init__(self, ms: Any, start: int) -> None:
        self.score = float(ms.score)
        self.prefix_scores = [0.0] * start + list(ms.prefix_scores)[start:]
        self.evidence = list(ms.evidence or ())


class _Shifted:
    """A model score over a window, with evidence moved to conversation message indices."""

    def __init__(self, ms: Any, offset: int) -> None:
        self.score = float(ms.score)
        self.prefix_scores = list(ms.prefix_scores)
        self.evidence = [(m + offset, s, e, r) for m, s, e, r in ms.evidence]


@dataclass(slots=True)
class _Folded:
    """One conversation after the rules, waiting for its model scores."""

    id: str
    texts: list[str]
    senders: list[str]
    state: ConversationState
    # The document of `texts` alone (no runs of short messages appended), when the rules
    # built one: a service notice is looked for in it (`Scanner._is_service_notice`).
    doc: Document | None = None


@dataclass(slots=True)
class _Quiet:
    """One conversation in which no rule found anything, waiting for its model scores.

    Most conversations are quiet; they build no rule state unless a model scores high
    enough to matter (see `Scanner._quiet_bound`).
    """

    id: str
    texts: list[str]
    senders: list[str]
    roles: Mapping[str, str]
    doc: Document | None = None  # as `_Folded.doc`

    @property
    def children(self) -> set[str]:
        return _children(self.roles)


_RuleFold = _Folded | _Quiet | ConversationAnalysis
# A conversation as `_parts` gives it: id, texts, senders, roles.
_Parts = tuple[str, list[str], list[str], dict[str, str]]
# A conversation's document and its runs of short messages (`Scanner._document`).
_Prepared = tuple[Document | None, list[list[int]]]


def _quiet_analysis(conv_id: str, n: int, roles: Mapping[str, str]) -> ConversationAnalysis:
    """The analysis of a conversation in which nothing was found."""
    return ConversationAnalysis(
        id=conv_id,
        risk="none",
        harms={},
        messages=[[] for _ in range(n)],
        child_ids=_children(roles),
        inferred_child_ids=set(),
        message_count=n,
    )


def _take_routes(
    out: dict[str, tuple[Any, Any]],
    specialists: Any,
    results: Sequence[Any],
    scoped: frozenset[str] = frozenset(),
) -> None:
    """Where a route's router reports (`SourceSpecialists.pick`), its specialist's score
    stands for its harm in `out`. `results`: the scores of `specialists.models`, in order
    (None where a model failed). Where some route is taken, the harms in `scoped` (config
    `routed_scope_harms`) whose own route is not lose their shared model's score."""
    finals = [r.score if r is not None else 0.0 for r in results]
    picked = specialists.pick(finals)
    for r in picked:
        route, score = specialists.routes[r], results[2 * r + 1]
        if score is not None:
            out[route.harm] = (route.specialist, score)
    if picked and scoped:
        for r, route in enumerate(specialists.routes):
            if r not in picked and route.harm in scoped:
                out.pop(route.harm, None)


def _children(roles: Mapping[str, str]) -> set[str]:
    return {s for s, role in roles.items() if role == "child"} if roles else set()


def _parts(conv: Conversation | ConversationParts) -> _Parts:
    if isinstance(conv, ConversationParts):
        return conv.id, conv.texts, conv.senders, conv.roles
    messages = conv.messages
    return (
        conv.id,
        [m.text for m in messages],
        [m.sender for m in messages],
        {p.id: p.role for p in conv.participants},
    )


class _MinContent:
    """Words outside `filler_words` a harm's model needs to read before it may report."""

    def __init__(self, per_harm: Mapping[str, int]) -> None:
        self._per_harm = dict(per_harm)
        self.max = max([1, *self._per_harm.values()])

    def of(self, harm: str) -> int:
        return self._per_harm.get(harm, 1)


def _lowered(signals: list[Signal], which: Callable[[Signal], bool], by: float) -> list[Signal]:
    """`signals`, those `which` picks counting `by` less; any left at nothing dropped."""
    out = []
    for s in signals:
        if which(s):
            score = s.score - by
            if score <= 0.0:
                continue
            s = dataclasses.replace(s, score=score)
        out.append(s)
    return out


_NAME_WORDS = re.compile(r"[^\W\d_]+")


def _names_family(sender: str, names: frozenset[str]) -> bool:
    """Whether a sender's name holds a family word ("Mum", "Dad 📱", "nan_joan")."""
    return any(w in names for w in _NAME_WORDS.findall(sender.casefold()))


def _cue_pattern(cues: Sequence[str]) -> re.Pattern[str] | None:
    """One expression for the child cues (config `child_cues`), whole words only."""
    if not cues:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{c})" for c in cues) + r")(?!\w)")


def _cue_messages(cue: re.Pattern[str], doc: Document, n: int) -> set[int]:
    """The first `n` messages of `doc` in which `cue` matches (config `child_cues`: a sender
    says something only a child says of themselves; `child_report_cues`: tells what someone
    does to them)."""
    text = doc.norm.text
    found: set[int] = set()
    for m in cue.finditer(text):
        message = doc.message_at_norm(m.start())
        if message < n:
            found.add(message)
    return found


def _message_text(doc: Document, message: int) -> str:
    """Message `message` of `doc`, normalised."""
    return doc.norm.text[doc.norm_starts[message] : doc.norm_ends[message]]


def _frame_pattern(words: Sequence[str], registry: RecognizerRegistry) -> re.Pattern[str] | None:
    """One expression for the frame words, as they read in normalised text."""
    forms = {registry.normalizer.normalize(w.lower()).text.strip() for w in words}
    forms.discard("")
    if not forms:
        return None
    body = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])")


def _with_runs(
    signals: list[Signal],
    ages: dict[int, AgeStatement],
    runs: list[list[int]],
    texts: list[str],
) -> tuple[list[Signal], dict[int, AgeStatement]]:
    """Signals of a document of `texts` followed by each run's joined text: the messages'
    own signals, plus those found across a message boundary in a run (at the message
    where they end; once, where runs overlap). Ages count only in the messages themselves."""
    n = len(texts)
    own = [s for s in signals if s.message < n]
    if len(own) == len(signals):
        return signals, {k: v for k, v in ages.items() if k < n}
    seen = {(s.rule, s.signal, s.message, s.start, s.end) for s in own}
    by_run = _group([s for s in signals if s.message >= n])
    for k, run in enumerate(runs):
        for s in across_messages(by_run.get(n + k, ()), run, texts):
            key = (s.rule, s.signal, s.message, s.start, s.end)
            if key not in seen:
                seen.add(key)
                own.append(s)
    own.sort(key=_position)
    return own, {k: v for k, v in ages.items() if k < n}


def _shift(sig: Signal, index: int) -> Signal:
    return Signal(
        sig.signal, sig.harms, index, sig.start, sig.end, sig.score, sig.explanation, sig.rule
    )


def _group(signals: list[Signal]) -> dict[int, list[Signal]]:
    out: dict[int, list[Signal]] = {}
    for s in signals:
        out.setdefault(s.message, []).append(s)
    return out


def _answered_age(text: str) -> AgeStatement | None:
    """`text` as an age given in answer ("13", "yr 8 lol", "13 thank u very much"), or None
    (`_BARE_AGE`; a number before a unit, "5 more minutes", is not an age)."""
    if len(text) > 120:
        return None
    m = _BARE_AGE.fullmatch(text.lower())
    if m is None:
        return None
    if m.group("year"):
        year = int(m.group("year"))
        if not 1 <= year <= 13:
            return None
        age = year + 5
    else:
        age = int(m.group("age") or m.group("age2"))
        if not 5 <= age <= 99:
            return None
    token = "token" if m.group("token") else "token2"
    return AgeStatement(age, m.start(token), m.end(token))


def _add_answered_ages(
    ages: dict[int, AgeStatement],
    signals: Sequence[Signal],
    texts: Sequence[str],
    senders: Sequence[str],
) -> None:
    """Add to `ages` each message that answers another sender's age question (the message
    just before) with an age (`_answered_age`): "how old r u" / "14"."""
    asked = {s.message for s in signals if s.signal == _AGE_QUESTION}
    for index in sorted(asked):
        answer = index + 1
        if answer < len(texts) and answer not in ages and senders[answer] != senders[index]:
            age = _answered_age(texts[answer])
            if age is not None:
                ages[answer] = age


def _age_statements(doc: Document) -> dict[int, AgeStatement]:
    found: dict[int, AgeStatement] = {}
    text = doc.norm.text
    if not doc.has_digit or _AGE_HINT.search(text) is None:
        return found
    for m in _AGE.finditer(text):
        if m.group("year"):
            year = int(m.group("year"))
            if not 1 <= year <= 13:
                continue
            age = year + 5
        else:
            age = int(m.group("age") or m.group("age2"))
            if not 5 <= age <= 99:
                continue
        message, start, end = doc.from_norm(m.start(), m.end())
        found.setdefault(message, AgeStatement(age, start, end))
    return found


# Where a signal or an evidence item is: message, then start, then end.
_position = operator.attrgetter("message", "start", "end")


def _as_conversation(
    conversation: Conversation | ConversationParts | dict[str, Any],
) -> Conversation | ConversationParts:
    if type(conversation) is ConversationParts:  # what the CLI reads: the common case first
        return conversation
    if isinstance(conversation, Conversation | ConversationParts):
        return conversation
    if isinstance(conversation, dict):
        return Conversation.model_validate(conversation)
    raise TypeError(f"expected a Conversation or a dict, got {type(conversation).__name__}")


def _default_stacker() -> Any:
    """The shipped stacker (None when not shipped: each harm is then max(rule, model))."""
    try:
        from onguard.detect.learned.stacker import load_default_stacker

        return load_default_stacker()
    except Exception:  # a broken stacker must not stop scanning
        log.exception("could not load the learned stacker; fusing by max")
        return None


def lists_participants(roles: Mapping[str, str]) -> bool:
    """Whether a conversation lists its participants (with their roles): the kind of
    conversation the annotated models learned from. The real data sets never do."""
    return bool(roles)


def _default_specialists() -> Any:
    """The shipped source specialists (None when not shipped)."""
    try:
        from onguard.detect.learned.specialists import load_default_specialists

        return load_default_specialists()
    except Exception:  # a broken artefact must not stop scanning
        log.exception("could not load the source specialists; scanning without them")
        return None


def _default_annotated_models() -> list[ConversationModel]:
    """The shipped models learned from role-annotated conversations (none if absent)."""
    if importlib.util.find_spec("onguard.detect.learned") is None:
        return []
    try:
        annotated = importlib.import_module("onguard.detect.learned.annotated")
        return list(annotated.default_annotated_models())
    except Exception:  # a missing or broken artefact must not stop scanning
        log.exception("could not load the annotated models; scanning without them")
        return []


def _default_models() -> tuple[list[ConversationModel], Any, Any]:
    """The shipped learned models, and their scorers of several models at once: of one
    conversation (`score_all`) and of a batch of conversations (`score_conversations`)."""
    if importlib.util.find_spec("onguard.detect.learned") is None:
        return [], None, None
    try:
        learned = importlib.import_module("onguard.detect.learned")
        loader = getattr(learned, "load_default_models", None)
        models = list(loader()) if loader is not None else []
        if not models:
            return [], None, None
        return (
            models,
            getattr(learned, "score_all", None),
            # Arrays (`score_batch`) are cheaper than a ModelScore per conversation and model.
            getattr(learned, "score_batch", None) or getattr(learned, "score_conversations", None),
        )
    except Exception:  # a missing or broken artefact must not stop rule-based scanning
        log.exception("could not load learned models; scanning with rules only")
        return [], None, None


__all__ = [
    "ANONYMOUS_SENDERS",
    "ConversationAnalysis",
    "ConversationModel",
    "HarmAnalysis",
    "ModelScore",
    "Scanner",
    "Tracker",
]
