"""Route-level check of the whole pipeline on labelled conversations (counts only).

For each labelled conversation the scanner's findings go through the
assessment, and the routes are compared with what the decision table asks for
the gold label: CEOP for grooming, Report Fraud (and never CEOP) for scams,
the platform and DSL (and never CEOP) for bullying, Childline or Samaritans
for self-harm, and no route for conversations without a label.

    python -m onguard.assess.evaluate FILE.jsonl [FILE.jsonl ...] [--limit N]

Prints one markdown table row per file and label; never prints message text.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from onguard.assess.engine import Assessor
from onguard.io.jsonl import LineError, read_jsonl_models
from onguard.spec import AssessmentInput, Conversation

# gold label -> (routes of which at least one must appear, routes that must not appear)
EXPECTED: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "grooming": (frozenset({"ceop"}), frozenset({"stopncii"})),
    "scam": (frozenset({"report_fraud"}), frozenset({"ceop"})),
    "cyberbullying": (frozenset({"platform_report"}), frozenset({"ceop"})),
    "self_harm": (frozenset({"childline", "samaritans"}), frozenset()),
}


@dataclass
class Tally:
    n: int = 0
    found: int = 0  # the scanner reported the gold harm
    expected_when_found: int = 0
    expected: int = 0
    forbidden: int = 0
    any_route: int = 0
    danger: int = 0
    levels: Counter[str] = field(default_factory=Counter)


def evaluate(conversations: Iterable[Conversation], assessor: Assessor) -> dict[str, Tally]:
    """Tally by gold label ("none" for unlabelled conversations)."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    for conv in conversations:
        labels = conv.labels or []
        plan = assessor.assess(AssessmentInput(id=conv.id, conversation=conv))
        routes = set(plan.output.routes)
        for label in labels or ["none"]:
            t = tallies[label]
            t.n += 1
            t.levels[plan.output.level] += 1
            t.any_route += bool(routes)
            t.danger += plan.output.immediate_danger
            if label in EXPECTED:
                must_any, must_not = EXPECTED[label]
                ok = bool(routes & must_any)
                t.expected += ok
                t.forbidden += bool(routes & must_not)
                if any(h.harm == label for h in plan.harms):
                    t.found += 1
                    t.expected_when_found += ok
    return dict(tallies)


def _read(path: Path, limit: int | None) -> list[Conversation]:
    out: list[Conversation] = []
    with path.open(encoding="utf-8") as fh:
        for _, item in read_jsonl_models(fh, Conversation, path.name):
            if isinstance(item, LineError):
                print(f"skipped {item.source}:{item.line}", file=sys.stderr)
                continue
            out.append(item)
            if limit is not None and len(out) >= limit:
                break
    return out


def _scanner() -> Any:
    try:
        return importlib.import_module("onguard.conversation").Scanner()
    except (ImportError, AttributeError):
        msg = "the conversation scanner (onguard.conversation.Scanner) is not installed"
        raise SystemExit(msg) from None


def _pct(a: int, n: int) -> str:
    return f"{100 * a / n:.1f}%" if n else "-"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="at most N conversations a file")
    args = parser.parse_args(argv)
    assessor = Assessor(scanner=_scanner())
    print(
        "| file | gold label | n | harm found | expected route | expected route when found "
        "| forbidden route | any route | 999 | levels (none/emerging/significant/experiencing) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for path in args.files:
        tallies = evaluate(_read(path, args.limit), assessor)
        for label, t in sorted(tallies.items()):
            levels = "/".join(
                str(t.levels[lv]) for lv in ("none", "emerging", "significant", "experiencing")
            )
            known = label in EXPECTED
            found = _pct(t.found, t.n) if known else "-"
            exp = _pct(t.expected, t.n) if known else "-"
            exp_found = _pct(t.expected_when_found, t.found) if known else "-"
            forb = _pct(t.forbidden, t.n) if known else "-"
            print(
                f"| {path.name} | {label} | {t.n} | {found} | {exp} | {exp_found} | {forb} "
                f"| {_pct(t.any_route, t.n)} | {_pct(t.danger, t.n)} | {levels} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
