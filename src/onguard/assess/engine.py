"""The assessment: from what a practitioner knows to a graded risk and ordered routes.

`Assessor().assess(AssessmentInput)` gathers the situation (the form's facts,
harms already known, a scanned conversation, facts and harms read from notes),
grades it with `data/grading.yaml`, picks routes with `data/decision_table.yaml`
and writes a `Plan` whose `.output` is the spec's `AssessmentOutput`.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from onguard.assess.notes import NotesReader
from onguard.assess.plan import (
    Audience,
    FactSourceName,
    FactUsed,
    GuidanceText,
    HarmConsidered,
    HarmSource,
    HarmSourceName,
    IndicatorUsed,
    Plan,
    PlanGuidance,
    PossibleHarm,
    Reason,
    RouteStep,
)
from onguard.assess.rules import Condition, Rules, When, default_rules, load_rules
from onguard.spec import LEVEL_ORDER, AssessmentInput, AssessmentOutput, Conversation, Level
from onguard.taxonomy import Route, Taxonomy, default_taxonomy

AUDIENCES: tuple[Audience, ...] = ("practitioner", "parent")
_READER = {"practitioner": "professional", "parent": "parent"}
_SOURCE_WORDS = {
    "notes": "the notes",
    "conversation": "the conversation",
    "derived": "other facts",
    "form": "the form",
    "child": "the child's details",
}


class ScannerLike(Protocol):
    """What the assessment needs from `onguard.conversation.Scanner`."""

    def scan(self, conv: Conversation) -> Any: ...

    def scan_text(self, text: str) -> Any: ...


@dataclass
class FactValue:
    value: bool
    source: FactSourceName
    detail: str | None = None


@dataclass
class Situation:
    """Everything the rules look at, with where each piece came from."""

    age: int | None
    additional_needs: bool
    indicators: list[str]
    exploitation_indicators: list[str]
    harms: dict[str, list[HarmSource]] = field(default_factory=dict)
    facts: dict[str, FactValue] = field(default_factory=dict)
    exploitation_harm_ids: frozenset[str] = frozenset()
    level: Level | None = None
    audience: Audience = "practitioner"
    conflicts: list[Reason] = field(default_factory=list)

    @property
    def minor(self) -> bool:
        # An unknown age counts as a child: OnGuard is for children.
        return self.age is None or self.age < 18

    def true(self, fact: str) -> bool:
        fv = self.facts.get(fact)
        return bool(fv and fv.value)

    def exploitation_harms(self) -> list[str]:
        return [h for h in self.harms if h in self.exploitation_harm_ids]

    def add_harm(self, harm: str, src: HarmSource) -> None:
        self.harms.setdefault(harm, []).append(src)

    def set_fact(self, fact: str, value: FactValue) -> None:
        """Set a fact; the form's answer is never overturned, and a clash is recorded."""
        have = self.facts.get(fact)
        if have is None:
            self.facts[fact] = value
            return
        if have.value == value.value:
            return
        if have.source == "form":
            if any(c.rule == f"fact:{fact}" for c in self.conflicts):
                return
            self.conflicts.append(
                Reason(
                    kind="conflict",
                    rule=f"fact:{fact}",
                    text=(
                        f"{_SOURCE_WORDS[value.source]} suggest {fact} is "
                        f"{str(value.value).lower()}, but the form says "
                        f"{str(have.value).lower()}: check"
                    ),
                    rests_on=[f"{fact} (the form)", f"{fact} ({_fact_source(value)})"],
                )
            )
            return
        if value.value and not have.value:  # a positive finding wins over a negated one
            self.facts[fact] = value


def holds(cond: Condition, s: Situation) -> bool:
    """Whether one alternative of a rule's `when` holds for the situation."""
    checks = [
        not cond.harms_any or any(h in s.harms for h in cond.harms_any),
        not any(h in s.harms for h in cond.harms_not),
        not cond.indicators_any or any(i in s.indicators for i in cond.indicators_any),
        all(s.true(f) for f in cond.facts_all),
        not any(s.true(f) for f in cond.facts_not),
        cond.minor is None or s.minor == cond.minor,
        cond.age_below is None or (s.age is not None and s.age < cond.age_below),
        cond.age_at_least is None or (s.age is not None and s.age >= cond.age_at_least),
        cond.additional_needs is None or s.additional_needs == cond.additional_needs,
        cond.exploitation_indicator is None
        or bool(s.exploitation_indicators) == cond.exploitation_indicator,
        cond.exploitation_harm is None or bool(s.exploitation_harms()) == cond.exploitation_harm,
        cond.no_harms is None or (not s.harms) == cond.no_harms,
        cond.level_at_least is None
        or (
            s.level is not None
            and LEVEL_ORDER.index(s.level) >= LEVEL_ORDER.index(cond.level_at_least)
        ),
        cond.audience is None or s.audience == cond.audience,
    ]
    return all(checks)


def first_match(when: When, s: Situation) -> Condition | None:
    for cond in when:
        if holds(cond, s):
            return cond
    return None


def _harm_sources(srcs: list[HarmSource]) -> str:
    parts = []
    for src in srcs:
        label = {
            "known": "known",
            "conversation": "scanned from the conversation",
            "notes": "read from notes",
            "facts": "from the facts",
        }[src.source]
        if src.score is not None:
            label += f", score {src.score:.2f}"
        if src.source == "conversation" and src.first_message is not None:
            label += f", from message {src.first_message + 1}"
        if src.signals:
            label += ", signals " + " ".join(src.signals[:4])
        parts.append(label)
    return "; ".join(dict.fromkeys(parts))


def _fact_source(fv: FactValue) -> str:
    if fv.source == "derived" and fv.detail:
        return f"derived from {fv.detail}"
    return {
        "form": "the form",
        "notes": "notes",
        "conversation": "the conversation",
        "derived": "derived",
        "child": "the child's details",
    }[fv.source]


def rests_on(cond: Condition, s: Situation) -> list[str]:
    """Name the evidence a matched condition rests on, with its source."""
    out: list[str] = []
    for h in cond.harms_any:
        if h in s.harms:
            out.append(f"harm {h} ({_harm_sources(s.harms[h])})")
    for i in cond.indicators_any:
        if i in s.indicators:
            out.append(f"indicator {i}")
    for f in cond.facts_all:
        fv = s.facts[f]
        out.append(f"fact {f} ({_fact_source(fv)})")
    if cond.age_below is not None or cond.age_at_least is not None:
        out.append(f"age {s.age}")
    elif cond.minor is not None and not (cond.harms_any or cond.facts_all or cond.indicators_any):
        out.append(f"age {s.age if s.age is not None else 'not given (treated as a child)'}")
    if cond.additional_needs:
        out.append("additional needs")
    if cond.exploitation_indicator:
        out.append("exploitation indicator(s) " + ", ".join(s.exploitation_indicators))
    if cond.exploitation_harm:
        out.append("exploitation harm(s) " + ", ".join(s.exploitation_harms()))
    if cond.level_at_least is not None:
        out.append(f"graded {s.level}")
    if cond.no_harms:
        out.append("no harm identified")
    if cond.audience is not None:
        out.append(f"reader: {cond.audience}")
    return out


def _scan_to_result(obj: Any) -> Any:
    """Accept a `ScanResult` or anything with `.to_result()` (a ConversationAnalysis)."""
    to_result = getattr(obj, "to_result", None)
    return to_result() if callable(to_result) else obj


def contact_line(route: Route) -> str:
    c = route.contact
    text = c.text if c.text and c.text.lower().startswith("text") else f"text {c.text}"
    parts = [
        f"phone {c.phone}" if c.phone else "",
        text if c.text else "",
        c.web or "",
        c.email or "",
        c.how or "",
        f"({c.hours})" if c.hours else "",
    ]
    return "; ".join(p for p in parts if p)


class Assessor:
    """Grades a screening and builds a response plan (rules from YAML).

    `scanner` is anything with `scan(conv)` and `scan_text(text)` returning a
    `ScanResult` (or an object with `.to_result()`); by default the project's
    `onguard.conversation.Scanner`, imported on first use.
    """

    def __init__(
        self,
        scanner: ScannerLike | None = None,
        rules: Rules | None = None,
        taxonomy: Taxonomy | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.scanner = scanner
        self.taxonomy = taxonomy or default_taxonomy()
        if rules is None:
            # The shipped rules are checked against the shipped taxonomy; another one re-checks.
            same = taxonomy is None or taxonomy is default_taxonomy()
            rules = default_rules() if same else load_rules(taxonomy=self.taxonomy)
        self.rules = rules
        self.today = today
        self.notes_reader = NotesReader(self.rules.notes)
        self._scanner_missing = False

    # -- inputs ---------------------------------------------------------------------------
    def _get_scanner(self) -> ScannerLike | None:
        if self.scanner is None and not self._scanner_missing:
            # Imported on first use: the layer below may load models, and may be absent.
            try:
                module = importlib.import_module("onguard.conversation")
                scanner_cls = module.Scanner
            except (ImportError, AttributeError):
                self._scanner_missing = True
                return None
            self.scanner = scanner_cls()
        return self.scanner

    def _situation(
        self, inp: AssessmentInput, audience: Audience, warnings: list[str]
    ) -> Situation:
        tax = self.taxonomy
        indicators = list(dict.fromkeys(inp.indicators))
        s = Situation(
            age=inp.child.age,
            additional_needs=inp.child.additional_needs,
            indicators=indicators,
            exploitation_indicators=[i for i in indicators if tax.indicators[i].exploitation],
            exploitation_harm_ids=frozenset(self.rules.grading.exploitation_harms),
            audience=audience,
        )
        for h in dict.fromkeys(inp.harms):
            s.add_harm(h, HarmSource(source="known"))
        for name, value in inp.facts.model_dump().items():
            if value is not None:
                s.set_fact(name, FactValue(bool(value), "form"))

        scanner = None
        if inp.conversation is not None or inp.notes:
            scanner = self._get_scanner()
            if scanner is None:
                warnings.append(
                    "the conversation scanner is not installed: the conversation "
                    "and notes were not scanned for harms (the notes were still "
                    "read with the assessment's own phrase patterns)"
                )
        if inp.conversation is not None:
            self._read_conversation(inp.conversation, scanner, s, warnings)
        if inp.notes:
            self._read_notes(inp.notes, scanner, s, warnings)
        self._derive(s)
        return s

    def _read_conversation(
        self, conv: Conversation, scanner: ScannerLike | None, s: Situation, warnings: list[str]
    ) -> None:
        children = conv.child_ids()
        if any(p.role == "adult" and p.id not in children for p in conv.participants):
            s.set_fact(
                "adult_involved", FactValue(True, "conversation", "a participant's role is adult")
            )
        if scanner is None:
            return
        self._scan_safely(lambda: scanner.scan(conv), "conversation", s, warnings)

    def _scan_safely(
        self, call: Callable[[], Any], source: HarmSourceName, s: Situation, warnings: list[str]
    ) -> None:
        """A scanner failure must not cost the plan: warn, and grade on the rest."""
        try:
            result = _scan_to_result(call())
        except Exception as exc:  # noqa: BLE001 - any scanner bug; named, never its content
            warnings.append(
                f"the {source} could not be scanned ({type(exc).__name__}); the "
                "grade rests on the other answers only"
            )
            s.conflicts.append(
                Reason(
                    kind="note",
                    rule=f"scan:{source}",
                    text=f"the {source} could not be scanned: check it yourself",
                    rests_on=[f"scanner error {type(exc).__name__}"],
                )
            )
            return
        self._add_scan(result, source, s)

    def _add_scan(self, result: Any, source: HarmSourceName, s: Situation) -> None:
        signal_facts = self.rules.facts.signal_facts
        for finding in getattr(result, "harms", []) or []:
            if finding.harm not in self.taxonomy.harms:
                continue
            signals = sorted({e.signal for e in finding.evidence})
            s.add_harm(
                finding.harm,
                HarmSource(
                    source=source,
                    score=float(finding.score),
                    first_message=getattr(finding, "first_message", None),
                    signals=signals,
                ),
            )
            for sig in signals:
                if sig in signal_facts:
                    fact = signal_facts[sig]
                    src: FactSourceName = "conversation" if source == "conversation" else "notes"
                    s.set_fact(fact, FactValue(True, src, f"signal {sig}"))

    def _read_notes(
        self, notes: str, scanner: ScannerLike | None, s: Situation, warnings: list[str]
    ) -> None:
        facts, harms = self.notes_reader.summarise(notes)
        for fact, f in facts.items():
            detail = f"'{f.phrase}'" + ("" if f.value else " (negated)")
            s.set_fact(fact, FactValue(f.value, "notes", detail))
        for harm, f in harms.items():
            if f.value:
                s.add_harm(harm, HarmSource(source="notes", detail=f"'{f.phrase}'"))
        if scanner is not None:
            self._scan_safely(lambda: scanner.scan_text(notes), "notes", s, warnings)

    def _derive(self, s: Situation) -> None:
        # Two passes reach a fixed point: derived harms can enable derived facts and back.
        for _ in range(3):
            before = (set(s.harms), {k for k, v in s.facts.items() if v.value})
            for dh in self.rules.facts.derived_harms:
                cond = first_match(dh.when, s)
                if cond is not None and not any(
                    x.source == "facts" for x in s.harms.get(dh.harm, [])
                ):
                    s.add_harm(dh.harm, HarmSource(source="facts", detail=dh.because))
            for d in self.rules.facts.derived:
                cond = first_match(d.when, s)
                if cond is not None and not s.true(d.fact):
                    basis = "; ".join(rests_on(cond, s))
                    s.set_fact(d.fact, FactValue(True, "derived", basis or d.because))
            after = (set(s.harms), {k for k, v in s.facts.items() if v.value})
            if after == before:
                break

    # -- grading --------------------------------------------------------------------------
    def _jigsaw(self, s: Situation) -> tuple[Level, int, list[str]]:
        jig = self.rules.grading.jigsaw
        tax = self.taxonomy
        counted = list(s.exploitation_indicators)
        impact = [i for i in s.indicators if not tax.indicators[i].exploitation]
        if impact and (counted or s.harms):
            counted += impact
        points = sum(jig.points[tax.indicators[i].weight] for i in counted)
        level: Level = "none"
        for lvl in LEVEL_ORDER:
            threshold = jig.thresholds.get(lvl)
            if threshold is not None and points >= threshold:
                level = lvl
        if impact and not counted:
            level = jig.impact_alone_level
            counted = impact
            points = sum(jig.points[tax.indicators[i].weight] for i in impact)
        return level, points, counted

    def _grade(self, s: Situation) -> tuple[Level, list[Reason]]:
        reasons: list[Reason] = []
        level: Level = "none"
        for rule in self.rules.grading.rules:
            cond = first_match(rule.when, s)
            if cond is None:
                continue
            reasons.append(
                Reason(
                    kind="grade",
                    rule=rule.id,
                    text=rule.reason,
                    level=rule.level,
                    rests_on=rests_on(cond, s),
                    basis=rule.basis,
                )
            )
            level = max(level, rule.level, key=LEVEL_ORDER.index)
        jig_level, points, counted = self._jigsaw(s)
        if counted:
            weights = [f"{i} ({self.taxonomy.indicators[i].weight})" for i in counted]
            reasons.append(
                Reason(
                    kind="jigsaw",
                    rule="jigsaw",
                    level=jig_level,
                    text=f"{len(counted)} indicator(s) taken together score {points} point(s)",
                    rests_on=[f"indicators {', '.join(weights)}"],
                    basis="domain.md 1.1 (the jigsaw of low-level concerns) and 6.2; "
                    "thresholds in grading.yaml",
                )
            )
            level = max(level, jig_level, key=LEVEL_ORDER.index)
        reasons.sort(key=lambda r: -LEVEL_ORDER.index(r.level or "none"))
        return level, reasons

    def _would_change(self, s: Situation, level: Level, reasons: list[Reason]) -> list[str]:
        fired = {r.rule for r in reasons}
        out: list[str] = []
        idx = LEVEL_ORDER.index(level)
        for higher in LEVEL_ORDER[idx + 1 :]:
            missing = [
                r.reason
                for r in self.rules.grading.rules
                if r.level == higher and r.id not in fired
            ]
            if missing:
                out.append(f"would be graded {higher} if: " + "; ".join(missing[:4]))
        jig = self.rules.grading.jigsaw
        _, points, _ = self._jigsaw(s)
        for lvl in LEVEL_ORDER[idx + 1 :]:
            threshold = jig.thresholds.get(lvl)
            if threshold is not None and threshold > points:
                out.append(
                    f"more indicators: {threshold - points} more point(s) "
                    f"(low {jig.points['low']}, medium {jig.points['medium']}, "
                    f"high {jig.points['high']}) would reach {lvl}"
                )
                break
        top = [r for r in reasons if r.level == level]
        if top and level != "none":
            out.append(
                "would be graded lower only if "
                + "; ".join(f"'{r.text}' proved not to be so" for r in top[:3])
            )
        out.append(
            "the child's own account, and what professionals know of them, may change it either way"
        )
        return out

    # -- routes ---------------------------------------------------------------------------
    def _routes(self, s: Situation) -> tuple[list[str], dict[str, list[str]], list[Reason]]:
        table = self.rules.table
        why: dict[str, list[str]] = {}
        reasons: list[Reason] = []

        def add(route_ids: Iterable[str], situation: str) -> list[str]:
            added = []
            for rid in route_ids:
                why.setdefault(rid, [])
                if situation not in why[rid]:
                    why[rid].append(situation)
                added.append(rid)
            return added

        for row in table.rows:
            cond = first_match(row.when, s)
            if cond is None:
                continue
            evidence = rests_on(cond, s)
            chosen = add(row.routes, row.situation)
            for also in row.also:
                also_cond = first_match(also.when, s)
                if also_cond is not None:
                    chosen += add(also.routes, row.situation)
                    evidence += [e for e in rests_on(also_cond, s) if e not in evidence]
            reasons.append(
                Reason(
                    kind="route",
                    rule=row.id,
                    text=f"{row.situation}: {', '.join(dict.fromkeys(chosen))}",
                    rests_on=evidence,
                    basis=row.basis,
                )
            )
        for fb in table.forbid:
            if fb.route in why and first_match(fb.unless, s) is None:
                del why[fb.route]
                reasons.append(
                    Reason(
                        kind="excluded",
                        rule=f"forbid:{fb.route}",
                        text=f"{fb.route} left out: {fb.because}",
                        rests_on=[f"age {s.age if s.age is not None else 'not given'}"],
                        basis="decision_table.yaml forbid",
                    )
                )
        order = {rid: n for n, rid in enumerate(table.priority)}
        routes = sorted(why, key=lambda rid: order[rid])
        return routes, why, reasons

    def _route_step(self, rid: str, why: list[str], audience: Audience) -> RouteStep:
        r = self.taxonomy.routes[rid]
        reader = _READER[audience]
        for_reader = reader in r.audience
        note = None
        if not for_reader:
            if "child" in r.audience:
                note = "This is for the child: help them use it."
            else:
                note = (
                    "A professional makes this referral: ask the school's designated "
                    "safeguarding lead or children's social care."
                )
        contact = {k: v for k, v in r.contact.model_dump().items() if v}
        return RouteStep(
            id=r.id,
            name=r.name,
            organisation=r.organisation,
            when=r.when,
            contact=contact,
            contact_line=contact_line(r),
            emergency=r.emergency,
            why=why,
            for_reader=for_reader,
            reader_note=note,
            notes=list(r.notes),
        )

    # -- guidance -------------------------------------------------------------------------
    def _guidance(self, s: Situation, audience: Audience) -> PlanGuidance:
        g = self.taxonomy.guidance

        def items(seq: Iterable[Any]) -> list[GuidanceText]:
            return [
                GuidanceText(id=i.id, text=i.text, detail=getattr(i, "detail", None)) for i in seq
            ]

        do_not = items(g.do_not)
        # Put "do not pay" first where money is being demanded: the advice that matters most.
        if s.true("payment_demanded") or "sextortion" in s.harms:
            do_not.sort(key=lambda d: d.id != "no_pay")
        responding = items(g.responding)
        if audience == "parent":
            responding = [r for r in responding if r.id != "record"] + [
                r for r in responding if r.id == "record"
            ]
        support_ids = ["childline", "marie_collins_foundation"]
        if "self_harm" in s.harms or s.true("suicidal_statement"):
            support_ids.append("samaritans")
        support = [self._route_step(rid, [], audience) for rid in support_ids]
        return PlanGuidance(
            say_to_child=items(g.talk_points),
            responding=responding,
            do_not=do_not,
            prevention_tips=items(g.prevention_tips),
            impacts=items(g.impacts),
            support=support,
        )

    # -- the assessment -------------------------------------------------------------------
    def assess(self, inp: AssessmentInput, audience: Audience = "practitioner") -> Plan:
        """Grade `inp` and build its plan, written for `audience`."""
        if audience not in AUDIENCES:
            raise ValueError(f"audience must be one of {', '.join(AUDIENCES)}, not {audience!r}")
        warnings: list[str] = []
        s = self._situation(inp, audience, warnings)
        level, grade_reasons = self._grade(s)
        s.level = level
        danger = s.true("immediate_danger")
        routes, why, route_reasons = self._routes(s)
        if danger and (not routes or routes[0] != "call_999"):  # guard the contract
            routes = ["call_999"] + [r for r in routes if r != "call_999"]
            why.setdefault("call_999", ["Immediate danger"])

        grading = self.rules.grading
        info = grading.levels[level]
        today = self.today or dt.date.today()
        days = grading.immediate_danger_review_days if danger else info.review_days
        review_by = today + dt.timedelta(days=days) if days else None
        review_note = (
            f"Review by {review_by.isoformat()} ({days} day(s), domain.md 6.2)"
            if review_by
            else "No review needed unless a new concern is raised."
        )
        would_change = self._would_change(s, level, grade_reasons)

        reasons = grade_reasons + route_reasons + s.conflicts
        rationale = [self._line(r) for r in reasons]
        if not grade_reasons:
            rationale.insert(
                0,
                "nothing recorded meets a grading rule (rests on: the answers given)",
            )
        rationale.append(f"graded {level} ({info.label}): {grading.advice}")
        rationale += [f"what would change it: {w}" for w in would_change]

        output = AssessmentOutput(
            id=inp.id, level=level, immediate_danger=danger, routes=routes, rationale=rationale
        )
        return Plan(
            output=output,
            audience=audience,
            level_label=info.label,
            level_meaning=info.meaning,
            level_response=info.response,
            child_age=s.age,
            additional_needs=s.additional_needs,
            routes=[self._route_step(rid, why[rid], audience) for rid in routes],
            harms=self._harms(s, audience),
            possible_harms=self._possible(s),
            indicators=[
                IndicatorUsed(
                    id=i,
                    name=self.taxonomy.indicators[i].name,
                    weight=self.taxonomy.indicators[i].weight,
                    exploitation=self.taxonomy.indicators[i].exploitation,
                )
                for i in s.indicators
            ],
            facts=[
                FactUsed(
                    fact=k,
                    description=self.rules.facts.names.get(k, k),
                    value=v.value,
                    source=v.source,
                    detail=v.detail,
                )
                for k, v in s.facts.items()
            ],
            reasons=reasons,
            would_change=would_change,
            review_by=review_by,
            review_note=review_note,
            advice=grading.advice,
            guidance=self._guidance(s, audience),
            warnings=warnings,
            taxonomy_version=self.taxonomy.version,
            assessed_on=today,
        )

    @staticmethod
    def _line(r: Reason) -> str:
        head = f"{r.level}: {r.text}" if r.kind in ("grade", "jigsaw") else r.text
        return f"{head} (rests on: {'; '.join(r.rests_on) or 'the answers given'})"

    def _harms(self, s: Situation, audience: Audience) -> list[HarmConsidered]:
        out = []
        for hid, srcs in s.harms.items():
            h = self.taxonomy.harms[hid]
            out.append(
                HarmConsidered(
                    harm=hid,
                    name=h.name,
                    definition=h.definition_parent
                    if audience == "parent"
                    else h.definition_practitioner,
                    sources=srcs,
                    what_to_do=list(h.what_to_do),
                )
            )
        return out

    def _possible(self, s: Situation) -> list[PossibleHarm]:
        pointed: dict[str, list[str]] = {}
        for i in s.indicators:
            for h in self.taxonomy.indicators[i].harms:
                if h not in s.harms:
                    pointed.setdefault(h, []).append(i)
        return [
            PossibleHarm(harm=h, name=self.taxonomy.harms[h].name, indicators=inds)
            for h, inds in sorted(pointed.items(), key=lambda kv: -len(kv[1]))
        ]
