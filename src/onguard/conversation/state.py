"""Per-conversation state, updated one message at a time.

`ConversationState.add_message` folds one message's signals into per-harm
tallies and returns the harms that became reportable at that message. Its cost
depends on the message's signals, never on the conversation's length: tallies
are bounded by the number of distinct signal ids, evidence lists are capped.
The batch scanner and the streaming tracker both use it, so they agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from onguard.conversation.config import ScanConfig
from onguard.conversation.scoring import noisy_or
from onguard.detect.base import Signal

ANONYMOUS_SENDERS = frozenset({"?", ""})


@dataclass(slots=True)
class EvidenceItem:
    """One piece of evidence for a harm, with everything a reader needs to check it."""

    signal: str
    message: int
    start: int
    end: int
    score: float
    explanation: str
    stage: str | None = None
    source: str = "rule"  # "rule" or "model"


@dataclass(slots=True)
class _Tally:
    best: float = 0.0
    messages: int = 0
    last_message: int = -1
    senders: set[str] = field(default_factory=set)
    # sender -> [best score, messages, last message] (config `one_sender_harms`)
    by_sender: dict[str, list[float]] = field(default_factory=dict)


@dataclass(slots=True)
class HarmState:
    harm: str
    tallies: dict[str, _Tally] = field(default_factory=dict)
    evidence: list[EvidenceItem] = field(default_factory=list)
    rule_score: float = 0.0
    first_message: int | None = None  # where the rule score first reached the threshold
    extra: dict[str, float] = field(default_factory=dict)  # components not from one signal

    def stages(self, stage_of: dict[str, str]) -> list[str]:
        seen: list[str] = []
        for sig in self.tallies:
            stage = stage_of.get(sig)
            if stage and stage not in seen:
                seen.append(stage)
        return seen


@dataclass(frozen=True, slots=True)
class AgeStatement:
    age: int
    start: int
    end: int


class ConversationState:
    """Signals folded into harm scores as messages arrive."""

    def __init__(
        self, config: ScanConfig, stage_of: dict[str, str], roles: Mapping[str, str] | None = None
    ) -> None:
        self.config = config
        self.stage_of = stage_of
        self.roles = dict(roles or {})
        self.children: set[str] = {s for s, r in self.roles.items() if r == "child"}
        self.children_from_roles = bool(self.children)
        self.inferred_children: set[str] = set()
        self.adults_stated: dict[str, tuple[int, AgeStatement]] = {}
        self.harms: dict[str, HarmState] = {}
        self.senders: set[str] = set(self.roles)
        self.messages = 0
        self._grooming_kinds: dict[str, set[str]] = {}
        self._pending: dict[str, list[tuple[int, Signal]]] = {}
        self._info_requested_by: set[str] = set()
        self._refusal_by: str | None = None
        self._after_refusal = 0
        self._dirty: set[str] = set()
        self.per_message: dict[int, list[Signal]] = {}
        self._taken: dict[str, list[tuple[int, int]]] = {}
        # Whether per_message is kept (the streaming tracker prunes it to recent messages).
        self.record_messages = True

    @property
    def watching_refusal(self) -> bool:
        """True after a refusal: every later message must be folded."""
        return self._refusal_by is not None

    # -- who is the child ------------------------------------------------
    def is_child(self, sender: str) -> bool:
        return sender in self.children

    def note_senders(self, senders: set[str]) -> None:
        self.senders |= senders

    def _make_child(self, sender: str, index: int) -> None:
        if sender in self.children or sender in ANONYMOUS_SENDERS:
            return
        if self.roles.get(sender) == "adult":
            return
        self.children.add(sender)
        self.inferred_children.add(sender)
        for sig_index, sig in self._pending.pop(sender, []):
            self._count(sig_index, sender, sig)

    def _answers_a_request(self, sender: str) -> bool:
        """In a two-person chat with no known child, details given after the other person
        asked for them (where do you live, your number) are a disclosure all the same."""
        if self.children or sender in ANONYMOUS_SENDERS:
            return False
        others = self.senders - ANONYMOUS_SENDERS - {sender}
        return len(others) == 1 and bool(others & self._info_requested_by)

    def _infer_from_grooming(self, sender: str, index: int) -> None:
        if self.children or len(self.senders - ANONYMOUS_SENDERS) != 2:
            return
        if len(self._grooming_kinds.get(sender, ())) >= self.config.child_inference_min_signals:
            for other in self.senders - ANONYMOUS_SENDERS - {sender}:
                self._make_child(other, index)

    # -- folding ---------------------------------------------------------
    def add_message(
        self,
        index: int,
        sender: str,
        signals: list[Signal],
        age: AgeStatement | None = None,
        length: int = 0,
        child_cue: bool = False,
        report_cue: bool = False,
    ) -> list[str]:
        """Fold message `index`; return the harms first reported at this message.
        `child_cue`: the sender says something only a child says of themselves (config
        `child_cues`), which makes them the child where roles do not say who is.
        `report_cue`: the message tells what someone else does to its sender (config
        `child_report_cues`): from the child, what is done to them counts all the same."""
        cfg = self.config
        self.messages = max(self.messages, index + 1)
        # One phrase is one piece of evidence per harm: where rules overlap in this message
        # ("send me your snapchat" reads as an image request and an app move), the strongest
        # counts and the others are dropped for that harm.
        if len(signals) > 1:
            signals = sorted(signals, key=lambda s: -s.score)
        self._taken = {}
        if sender not in self.senders:
            self.senders.add(sender)
        if age is not None and sender not in ANONYMOUS_SENDERS:
            if age.age <= cfg.child_max_age:
                # Roles, when given, say who the child is: an adult claiming "I'm 16 too" is
                # a grooming tactic, not a second child.
                if not self.children_from_roles:
                    self._make_child(sender, index)
            elif age.age >= 18 and sender not in self.children:
                self.adults_stated.setdefault(sender, (index, age))
        if (
            child_cue
            and not self.children_from_roles
            and sender not in ANONYMOUS_SENDERS
            and sender not in self.adults_stated
        ):
            self._make_child(sender, index)
        for sig in signals:
            name = sig.signal
            if name == "refusal":
                two_party = len(self.senders - ANONYMOUS_SENDERS) == 2
                if self.is_child(sender) or (
                    not self.children and two_party and sender not in ANONYMOUS_SENDERS
                ):
                    self._refusal_by = sender
                    self._after_refusal = 0
                continue
            if name in cfg.child_only_signals:
                if self.is_child(sender) or self._answers_a_request(sender):
                    self._count(index, sender, sig)
                elif sender not in ANONYMOUS_SENDERS:
                    self._pending.setdefault(sender, []).append((index, sig))
                continue
            if name in cfg.info_request_signals and sender not in ANONYMOUS_SENDERS:
                self._info_requested_by.add(sender)
            if name in cfg.not_child_signals:
                # Done TO a child: not counted from the child, unless everyone is a child (peers)
                # or the child is telling what is being done to them ("he keeps making me ...").
                if self.is_child(sender) and self.senders - self.children - ANONYMOUS_SENDERS:
                    if report_cue:
                        self._count(index, sender, sig)
                    continue
                if "grooming" in sig.harms and sender not in ANONYMOUS_SENDERS:
                    self._grooming_kinds.setdefault(sender, set()).add(name)
                self._count(index, sender, sig)
                self._infer_from_grooming(sender, index)
                continue
            self._count(index, sender, sig)
        if (
            self._refusal_by is not None
            and sender != self._refusal_by
            and sender not in (self.children - {self._refusal_by})
        ):
            self._after_refusal += 1
            persistent = self._after_refusal >= cfg.refusal_persistent_messages
            score = (
                cfg.refusal_ignored_persistent_score if persistent else cfg.refusal_ignored_score
            )
            self._count(
                index,
                sender,
                Signal(
                    "refusal_ignored",
                    ("unwanted_contact",),
                    index,
                    0,
                    length,
                    score,
                    "contact carried on after the child refused",
                    "refusal_ignored",
                ),
            )
        self._age_gap(index)
        return self._rescore(index)

    def _age_gap(self, index: int) -> None:
        if not self.children or not self.adults_stated:
            return
        grooming = self.harms.get("grooming")
        if grooming is None or "age_gap" in grooming.extra:
            return
        for sender, (msg, age) in self.adults_stated.items():
            if sender not in self.children:
                grooming.extra["age_gap"] = self.config.age_gap_score
                self._add_evidence(
                    grooming,
                    EvidenceItem(
                        "age_gap",
                        msg,
                        age.start,
                        age.end,
                        self.config.age_gap_score,
                        "an adult-aged sender is talking with a child",
                        None,
                    ),
                )
                self._dirty.add("grooming")
                return

    def _count(self, index: int, sender: str, sig: Signal) -> None:
        if self.record_messages:
            self.per_message.setdefault(index, []).append(sig)
        for harm in sig.harms:
            if sig.message == index and sig.end > sig.start:
                spans = self._taken.setdefault(harm, [])
                if any(sig.start < e and s < sig.end for s, e in spans):
                    continue
                spans.append((sig.start, sig.end))
            hs = self.harms.get(harm)
            if hs is None:
                hs = self.harms[harm] = HarmState(harm)
            tally = hs.tallies.get(sig.signal)
            if tally is None:
                tally = hs.tallies[sig.signal] = _Tally()
            if sig.score > tally.best:
                tally.best = sig.score
            if tally.last_message != index:
                tally.messages += 1
                tally.last_message = index
            if len(tally.senders) < 8:
                tally.senders.add(sender)
            if harm in self.config.one_sender_harms:
                own = tally.by_sender.get(sender)
                if own is None:
                    tally.by_sender[sender] = [sig.score, 1.0, float(index)]
                else:
                    own[0] = max(own[0], sig.score)
                    if own[2] != index:
                        own[1] += 1.0
                        own[2] = float(index)
            self._add_evidence(
                hs,
                EvidenceItem(
                    sig.signal,
                    index,
                    sig.start,
                    sig.end,
                    sig.score,
                    sig.explanation,
                    self.stage_of.get(sig.signal),
                ),
            )
            self._dirty.add(harm)

    def _add_evidence(self, hs: HarmState, item: EvidenceItem) -> None:
        if len(hs.evidence) >= self.config.max_evidence_per_harm:
            return
        for e in hs.evidence[-4:]:  # two rules matching the same span are one piece of evidence
            if (e.message, e.start, e.end, e.signal) == (
                item.message,
                item.start,
                item.end,
                item.signal,
            ):
                if item.score > e.score:
                    e.score = item.score
                return
        hs.evidence.append(item)

    def _rescore(self, index: int) -> list[str]:
        if not self._dirty:
            return []
        new = []
        threshold = self.config.report_threshold
        for harm in self._dirty:
            hs = self.harms[harm]
            hs.rule_score = self.harm_score(hs)
            if hs.first_message is None and hs.rule_score >= threshold:
                hs.first_message = index
                new.append(harm)
        self._dirty.clear()
        return new

    def harm_score(self, hs: HarmState) -> float:
        """Distinct signals combine by noisy-OR; repeats add a little; grooming combines stages.
        For `one_sender_harms`, per sender: the strongest sender's evidence counts."""
        if hs.harm in self.config.one_sender_harms:
            senders = {s for t in hs.tallies.values() for s in t.by_sender}
            if len(senders) > 1:
                return max(self._harm_score(hs, sender) for sender in senders)
        return self._harm_score(hs)

    def _harm_score(self, hs: HarmState, sender: str | None = None) -> float:
        cfg = self.config
        effective: dict[str, float] = {}
        for name, tally in hs.tallies.items():
            if sender is None:
                best, messages = tally.best, tally.messages
            else:
                own = tally.by_sender.get(sender)
                if own is None:
                    continue
                best, messages = own[0], int(own[1])
            bonus = min(cfg.repeat_bonus * (messages - 1), cfg.repeat_bonus_max)
            score = min(1.0, best + bonus)
            # Grooming: stages are the unit of evidence, so two signals of one stage count once.
            key = self.stage_of.get(name, name) if hs.harm == "grooming" else name
            if score > effective.get(key, 0.0):
                effective[key] = score
        caps = cfg.signal_cap.get(hs.harm)
        if caps:
            every = caps.get("*", 1.0)
            effective = {k: min(v, caps.get(k, every)) for k, v in effective.items()}
        parts = list(effective.values()) + list(hs.extra.values())
        if hs.harm == "cyberbullying":
            senders: set[str] = set()
            for name in cfg.pile_on_signals:
                pile = hs.tallies.get(name)
                if pile is not None:
                    senders |= pile.senders
            if len(senders - ANONYMOUS_SENDERS) >= 2:
                parts.append(cfg.pile_on_bonus)
        return noisy_or(parts)
