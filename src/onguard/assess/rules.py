"""The assessment's rules as data: facts, grading, the decision table and note patterns.

Every file under `data/` is validated when it is loaded: unknown route, harm,
indicator, fact or level ids, bad regular expressions and missing fields fail
with the file and the entry named, so a broken rule is fixed in minutes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from onguard.spec import LEVEL_ORDER, Facts, Level
from onguard.taxonomy import Taxonomy, default_taxonomy
from onguard.validation import describe_validation_error
from onguard.yamldata import safe_load

DATA_DIR = Path(__file__).parent / "data"
FILES = {
    "facts": "facts.yaml",
    "grading": "grading.yaml",
    "table": "decision_table.yaml",
    "notes": "notes.yaml",
}

AudienceName = Literal["practitioner", "parent"]


class RulesError(ValueError):
    """A rules file is malformed; the message names the file and the entry."""


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Condition(_Strict):
    """One alternative of a `when`: every part that is set must hold."""

    harms_any: tuple[str, ...] = ()
    harms_not: tuple[str, ...] = ()
    indicators_any: tuple[str, ...] = ()
    facts_all: tuple[str, ...] = ()
    facts_not: tuple[str, ...] = ()
    minor: bool | None = None
    age_below: int | None = Field(default=None, ge=0)
    age_at_least: int | None = Field(default=None, ge=0)
    additional_needs: bool | None = None
    exploitation_indicator: bool | None = None
    exploitation_harm: bool | None = None
    no_harms: bool | None = None
    level_at_least: Level | None = None
    audience: AudienceName | None = None


When = tuple[Condition, ...]


class DerivedFact(_Strict):
    fact: str
    because: str = Field(min_length=1)
    when: When = Field(min_length=1)


class DerivedHarm(_Strict):
    harm: str
    because: str = Field(min_length=1)
    when: When = Field(min_length=1)


class FactRules(_Strict):
    form: dict[str, str]
    internal: dict[str, str] = Field(default_factory=dict)
    derived: tuple[DerivedFact, ...] = ()
    signal_facts: dict[str, str] = Field(default_factory=dict)
    derived_harms: tuple[DerivedHarm, ...] = ()

    @property
    def names(self) -> dict[str, str]:
        """Every fact a rule may name, with its description."""
        out = dict(self.form)
        out.update(self.internal)
        for d in self.derived:
            out.setdefault(d.fact, d.because)
        return out


class LevelInfo(_Strict):
    label: str = Field(min_length=1)
    meaning: str = Field(min_length=1)
    response: str = Field(min_length=1)
    review_days: int | None = Field(default=None, ge=1)


class Jigsaw(_Strict):
    points: dict[Literal["low", "medium", "high"], int]
    thresholds: dict[Level, int]
    impact_alone_level: Level = "emerging"


class GradingRule(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    level: Level
    reason: str = Field(min_length=1)
    basis: str = Field(min_length=1)
    when: When = Field(min_length=1)


class Grading(_Strict):
    levels: dict[Level, LevelInfo]
    advice: str = Field(min_length=1)
    immediate_danger_review_days: int = Field(ge=1)
    exploitation_harms: tuple[str, ...]
    jigsaw: Jigsaw
    rules: tuple[GradingRule, ...] = Field(min_length=1)


class Also(_Strict):
    when: When = Field(min_length=1)
    routes: tuple[str, ...] = Field(min_length=1)


class DecisionRow(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    situation: str = Field(min_length=1)
    basis: str = Field(min_length=1)
    when: When = Field(min_length=1)
    routes: tuple[str, ...] = Field(min_length=1)
    also: tuple[Also, ...] = ()


class Forbid(_Strict):
    route: str
    unless: When = ()
    because: str = Field(min_length=1)


class DecisionTable(_Strict):
    priority: tuple[str, ...] = Field(min_length=1)
    forbid: tuple[Forbid, ...] = ()
    rows: tuple[DecisionRow, ...] = Field(min_length=1)


class NotePattern(_Strict):
    pattern: str
    min_age: int | None = None

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression ({exc})") from None
        return value


class Negation(_Strict):
    window_words: int = Field(ge=1)
    cues: tuple[str, ...] = Field(min_length=1)
    boundaries: tuple[str, ...] = Field(min_length=1)


class NoteRules(_Strict):
    negation: Negation
    facts: dict[str, tuple[NotePattern, ...]]
    harms: dict[str, tuple[NotePattern, ...]] = Field(default_factory=dict)

    @field_validator("facts", "harms", mode="before")
    @classmethod
    def _plain_strings(cls, value: Any) -> Any:
        # A pattern may be written as a bare string when it needs no options.
        if isinstance(value, dict):
            return {
                k: [{"pattern": p} if isinstance(p, str) else p for p in (v or [])]
                for k, v in value.items()
            }
        return value


@dataclass(frozen=True)
class Rules:
    """Everything the assessment decides with, validated against the taxonomy."""

    facts: FactRules
    grading: Grading
    table: DecisionTable
    notes: NoteRules

    def level_info(self, level: Level) -> LevelInfo:
        return self.grading.levels[level]


M = TypeVar("M", bound=BaseModel)


def _load(path: Path, model: type[M]) -> M:
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"{path.name}: file not found in {path.parent}") from None
    except yaml.YAMLError as exc:
        raise RulesError(f"{path.name}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise RulesError(f"{path.name}: expected a mapping at the top level")
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise RulesError(f"{path.name}: {describe_validation_error(exc, '(file)')}") from None


class _Checker:
    """Collects references to ids and fails naming the file and entry."""

    def __init__(self, tax: Taxonomy, fact_names: Iterable[str]) -> None:
        self.tax = tax
        self.facts = set(fact_names)

    def ids(
        self, file: str, where: str, kind: str, refs: Iterable[str], known: Iterable[str]
    ) -> None:
        known_set = set(known)
        for ref in refs:
            if ref not in known_set:
                raise RulesError(f"{file}: {where}: unknown {kind} id {ref!r}")

    def when(self, file: str, where: str, when: When) -> None:
        for n, cond in enumerate(when):
            at = f"{where} when[{n}]"
            self.ids(file, at, "harm", cond.harms_any + cond.harms_not, self.tax.harms)
            self.ids(file, at, "indicator", cond.indicators_any, self.tax.indicators)
            self.ids(file, at, "fact", cond.facts_all + cond.facts_not, self.facts)
            if not cond.model_fields_set:
                raise RulesError(f"{file}: {at}: an empty condition matches everything")


def load_rules(data_dir: Path | str = DATA_DIR, taxonomy: Taxonomy | None = None) -> Rules:
    """Read and validate the four rules files in `data_dir`."""
    data_dir = Path(data_dir)
    tax = taxonomy or default_taxonomy()
    facts = _load(data_dir / FILES["facts"], FactRules)
    grading = _load(data_dir / FILES["grading"], Grading)
    table = _load(data_dir / FILES["table"], DecisionTable)
    notes = _load(data_dir / FILES["notes"], NoteRules)

    ff, gf, tf, nf = FILES["facts"], FILES["grading"], FILES["table"], FILES["notes"]
    missing_form = sorted(set(Facts.model_fields) - set(facts.form))
    if missing_form:
        raise RulesError(f"{ff}: form: missing the spec's fact(s) {', '.join(missing_form)}")
    unknown_form = sorted(set(facts.form) - set(Facts.model_fields))
    if unknown_form:
        raise RulesError(f"{ff}: form: {', '.join(unknown_form)} not in the spec's facts")
    check = _Checker(tax, facts.names)
    signal_ids = {s.id for h in tax.harms.values() for s in h.signals}
    for signal, fact in facts.signal_facts.items():
        check.ids(ff, f"signal_facts[{signal}]", "signal", [signal], signal_ids)
        check.ids(ff, f"signal_facts[{signal}]", "fact", [fact], check.facts)
    for n, d in enumerate(facts.derived):
        check.when(ff, f"derived[{n}] ({d.fact})", d.when)
    for n, dh in enumerate(facts.derived_harms):
        check.ids(ff, f"derived_harms[{n}]", "harm", [dh.harm], tax.harms)
        check.when(ff, f"derived_harms[{n}] ({dh.harm})", dh.when)

    missing_levels = sorted(set(LEVEL_ORDER) - set(grading.levels))
    if missing_levels:
        raise RulesError(f"{gf}: levels: missing {', '.join(missing_levels)}")
    check.ids(gf, "exploitation_harms", "harm", grading.exploitation_harms, tax.harms)
    seen: set[str] = set()
    for n, rule in enumerate(grading.rules):
        where = f"rules[{n}] ({rule.id})"
        if rule.id in seen:
            raise RulesError(f"{gf}: {where}: duplicate id")
        seen.add(rule.id)
        check.when(gf, where, rule.when)

    check.ids(tf, "priority", "route", table.priority, tax.routes)
    unranked = sorted(set(tax.routes) - set(table.priority))
    if unranked:
        raise RulesError(f"{tf}: priority: route(s) {', '.join(unranked)} have no place")
    if len(set(table.priority)) != len(table.priority):
        raise RulesError(f"{tf}: priority: a route is listed twice")
    for n, fb in enumerate(table.forbid):
        check.ids(tf, f"forbid[{n}]", "route", [fb.route], tax.routes)
        if fb.unless:
            check.when(tf, f"forbid[{n}] ({fb.route}) unless", fb.unless)
    seen = set()
    for n, row in enumerate(table.rows):
        where = f"rows[{n}] ({row.id})"
        if row.id in seen:
            raise RulesError(f"{tf}: {where}: duplicate id")
        seen.add(row.id)
        check.when(tf, where, row.when)
        check.ids(tf, where, "route", row.routes, tax.routes)
        for m, also in enumerate(row.also):
            check.when(tf, f"{where} also[{m}]", also.when)
            check.ids(tf, f"{where} also[{m}]", "route", also.routes, tax.routes)

    for fact in notes.facts:
        check.ids(nf, f"facts[{fact}]", "fact", [fact], check.facts)
    for harm in notes.harms:
        check.ids(nf, f"harms[{harm}]", "harm", [harm], tax.harms)
    for group, table_ in (("facts", notes.facts), ("harms", notes.harms)):
        for key, patterns in table_.items():
            for m, p in enumerate(patterns):
                if p.min_age is not None and "(?P<age>" not in p.pattern:
                    raise RulesError(
                        f"{nf}: {group}[{key}][{m}]: min_age needs a group (?P<age>...)"
                    )
    return Rules(facts=facts, grading=grading, table=table, notes=notes)


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    """The rules shipped with OnGuard (loaded once)."""
    return load_rules()
