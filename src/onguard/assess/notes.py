"""Read a practitioner's free-text notes for facts and harms, with negation.

Patterns come from `data/notes.yaml`. A match is negated when a negation cue
("no", "not", "denies", ...) stands within a few words before it in the same
clause, so "no meeting arranged" records `meeting_arranged` as false.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from onguard.assess.rules import NotePattern, NoteRules

FindingKind = Literal["fact", "harm"]


@dataclass(frozen=True)
class NoteFinding:
    """One fact or harm found in the notes; `value` is False when the mention is negated."""

    kind: FindingKind
    key: str
    value: bool
    start: int
    end: int
    phrase: str


@dataclass(frozen=True)
class _Compiled:
    kind: FindingKind
    key: str
    regex: re.Pattern[str]
    min_age: int | None


class NotesReader:
    """Finds facts and harms in notes using data-driven phrase patterns."""

    def __init__(self, rules: NoteRules) -> None:
        self.rules = rules
        self._patterns: list[_Compiled] = []
        for kind, table in (("fact", rules.facts), ("harm", rules.harms)):
            for key, patterns in table.items():
                for p in patterns:
                    self._patterns.append(self._compile(kind, key, p))  # type: ignore[arg-type]
        self._boundary = re.compile(
            "|".join(f"(?:{b})" for b in rules.negation.boundaries), re.IGNORECASE
        )
        cues = sorted(rules.negation.cues, key=len, reverse=True)
        self._cue = re.compile(
            "|".join(re.escape(c) if c.startswith("n'") else rf"\b{re.escape(c)}\b" for c in cues),
            re.IGNORECASE,
        )
        self._window = rules.negation.window_words

    @staticmethod
    def _compile(kind: FindingKind, key: str, p: NotePattern) -> _Compiled:
        return _Compiled(kind, key, re.compile(p.pattern, re.IGNORECASE), p.min_age)

    def negated(self, text: str, start: int) -> bool:
        """Whether a negation cue ends within the window before `start`, in the same clause."""
        prefix = text[:start]
        clause_start = 0
        for m in self._boundary.finditer(prefix):
            clause_start = m.end()
        words = prefix[clause_start:].split()
        window = " ".join(words[-self._window :])
        return bool(self._cue.search(window))

    def read(self, text: str | None) -> list[NoteFinding]:
        """Every finding in `text`, in order of position."""
        if not text:
            return []
        findings: list[NoteFinding] = []
        for p in self._patterns:
            for m in p.regex.finditer(text):
                if p.min_age is not None:
                    age = m.groupdict().get("age")
                    if age is None or int(age) < p.min_age:
                        continue
                findings.append(
                    NoteFinding(
                        p.kind,
                        p.key,
                        not self.negated(text, m.start()),
                        m.start(),
                        m.end(),
                        m.group(0),
                    )
                )
        findings.sort(key=lambda f: (f.start, f.kind, f.key))
        return findings

    def summarise(self, text: str | None) -> tuple[dict[str, NoteFinding], dict[str, NoteFinding]]:
        """Facts and harms found, one finding each; a positive mention wins over a negated one.

        Safeguarding errs towards the concern: "no meeting yet ... she has arranged to meet"
        keeps `meeting_arranged` true.
        """
        facts: dict[str, NoteFinding] = {}
        harms: dict[str, NoteFinding] = {}
        for f in self.read(text):
            table = facts if f.kind == "fact" else harms
            have = table.get(f.key)
            if have is None or (f.value and not have.value):
                table[f.key] = f
        return facts, harms
