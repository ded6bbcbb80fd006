"""`onguard assess`: grade screenings and print response plans.

`onguard assess INPUT [-o OUTPUT]` reads assessment JSON Lines (`-` for stdin)
and writes one spec `AssessmentOutput` a line. `onguard assess --interactive`
asks the questions in the terminal and prints the plan. `--html FILE` writes a
printable plan.
"""

from __future__ import annotations

import sys
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import IO

import typer
from rich.console import Console
from rich.panel import Panel
from rich.prompt import Confirm, Prompt
from rich.table import Table

from onguard.assess import Assessor, Plan, default_rules, render_plans_html
from onguard.io.jsonl import LineError, read_jsonl_models, write_jsonl
from onguard.spec import AssessmentInput, ChildInfo, Facts
from onguard.taxonomy import default_taxonomy


class AudienceChoice(StrEnum):
    practitioner = "practitioner"
    parent = "parent"


class OnError(StrEnum):
    skip = "skip"
    fail = "fail"


def register(app: typer.Typer) -> None:
    app.command("assess")(assess)


def _console() -> Console:
    console = Console()
    return console if console.is_terminal else Console(width=80)


def assess(
    input_path: str | None = typer.Argument(
        None, metavar="INPUT", help="Assessment JSON Lines file; - reads standard input."
    ),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Write the outputs here (default: standard output)."
    ),
    audience: AudienceChoice = typer.Option(
        AudienceChoice.practitioner, "--audience", help="Who the plan is written for."
    ),
    on_error: OnError = typer.Option(
        OnError.skip,
        "--on-error",
        help="skip: report a bad line and go on; fail: stop at the first bad line.",
    ),
    interactive: bool = typer.Option(
        False, "--interactive", "-i", help="Ask the questions in the terminal and print a plan."
    ),
    html: Path | None = typer.Option(
        None, "--html", help="Also write the plan(s) as a printable HTML file."
    ),
) -> None:
    """Grade a screening and give the UK routes, in order, with a rationale.

    Exit status: 0 when every line was assessed; 1 when a line was bad (with
    --on-error skip, every good line is still written); 2 for usage errors.
    """
    if interactive:
        if input_path is not None:
            raise typer.BadParameter("give INPUT or --interactive, not both")
        plan = _interactive(audience.value)
        if html is not None:
            html.write_text(render_plans_html([plan]), encoding="utf-8")
            _console().print(f"Printable plan written to {html}")
        return
    if input_path is None:
        raise typer.BadParameter("give an INPUT file (or - for stdin), or use --interactive")

    assessor = Assessor()
    plans: list[Plan] = []
    failed = 0
    with ExitStack() as stack:
        if input_path == "-":
            stream: IO[str] = sys.stdin
            source = "<stdin>"
        else:
            path = Path(input_path)
            if not path.is_file():
                typer.echo(f"{input_path}: no such file", err=True)
                raise typer.Exit(2)
            stream = stack.enter_context(path.open(encoding="utf-8"))
            source = path.name
        out: IO[str] = (
            stack.enter_context(output.open("w", encoding="utf-8"))
            if output is not None
            else sys.stdout
        )
        for line_no, item in read_jsonl_models(stream, AssessmentInput, source):
            if isinstance(item, LineError):
                failed += 1
                typer.echo(f"error: {item}", err=True)
                if on_error is OnError.fail:
                    raise typer.Exit(1)
                continue
            try:
                plan = assessor.assess(item, audience=audience.value)
            except Exception as exc:  # a bug must not lose the other lines; never echo content
                failed += 1
                typer.echo(
                    f"error: {source}:{line_no}: assessment failed ({type(exc).__name__})", err=True
                )
                if on_error is OnError.fail:
                    raise typer.Exit(1) from None
                continue
            write_jsonl(out, [plan.output])
            out.flush()
            if html is not None:
                plans.append(plan)
    if html is not None:
        html.write_text(render_plans_html(plans), encoding="utf-8")
    if failed:
        typer.echo(f"{failed} line(s) could not be assessed", err=True)
        raise typer.Exit(1)


# -- interactive ------------------------------------------------------------------------------
def _ask_numbers(console: Console, question: str, count: int) -> list[int]:
    """Ask for numbers 1..count (spaces or commas); ask again on bad input."""
    while True:
        answer = Prompt.ask(question, default="", console=console, show_default=False)
        parts = [p for p in answer.replace(",", " ").split() if p]
        try:
            numbers = [int(p) for p in parts]
        except ValueError:
            console.print("[red]Please give numbers from the list, e.g. 1 3 4.[/]")
            continue
        bad = [n for n in numbers if not 1 <= n <= count]
        if bad:
            console.print(f"[red]Please give numbers from 1 to {count}.[/]")
            continue
        return list(dict.fromkeys(numbers))


def _pick(console: Console, title: str, names: list[str], question: str) -> list[int]:
    """Show `names` as a numbered table and ask which apply (numbers from 1)."""
    table = Table(title=title, show_header=False)
    for n, name in enumerate(names, 1):
        table.add_row(str(n), name)
    console.print(table)
    return _ask_numbers(console, question, len(names))


def _ask_age(console: Console) -> int | None:
    limit = ChildInfo.model_fields["age"].metadata
    high = next((m.le for m in limit if hasattr(m, "le")), 25)
    while True:
        answer = Prompt.ask(
            "Child's age (blank if not known)", default="", console=console, show_default=False
        ).strip()
        if not answer:
            return None
        if answer.isdigit() and 0 <= int(answer) <= high:
            return int(answer)
        console.print(f"[red]Please give a whole number from 0 to {high}, or leave it blank.[/]")


def _interactive(audience: str) -> Plan:
    tax = default_taxonomy()
    console = _console()
    console.print(
        Panel(
            "Answer what you know; leave blank what you do not. "
            "If a child is in immediate danger, call 999 now.",
            title="OnGuard assessment",
        )
    )
    age = _ask_age(console)
    needs = Confirm.ask(
        "Does the child have additional needs (SEND, learning disability)?",
        default=False,
        console=console,
    )

    indicators = list(tax.indicators.values())
    picked_ind = _pick(
        console,
        "Indicators (the guide's words)",
        [ind.name for ind in indicators],
        "Which have you noticed? (numbers, blank for none)",
    )

    harms = list(tax.harms.values())
    picked_harms = _pick(
        console,
        "Forms of exploitation already known",
        [h.name for h in harms],
        "Which do you already know of? (numbers, blank for none)",
    )

    descriptions = default_rules().facts.form
    facts: dict[str, bool | None] = {}
    for name in Facts.model_fields:
        answer = Prompt.ask(
            descriptions[name].capitalize() + "?",
            choices=["yes", "no", "unknown"],
            default="unknown",
            console=console,
        )
        facts[name] = {"yes": True, "no": False}.get(answer)
    notes = Prompt.ask(
        "Notes (what you saw or were told; blank for none)",
        default="",
        console=console,
        show_default=False,
    )

    inp = AssessmentInput(
        id="interactive",
        child=ChildInfo(age=age, additional_needs=needs),
        indicators=[indicators[n - 1].id for n in picked_ind],
        harms=[harms[n - 1].id for n in picked_harms],
        facts=Facts(**facts),
        notes=notes or None,
    )
    plan = Assessor().assess(inp, audience=audience)  # type: ignore[arg-type]
    print_plan(plan, console)
    return plan


def print_plan(plan: Plan, console: Console) -> None:
    """The plan in the terminal (Rich)."""
    out = plan.output
    if out.immediate_danger:
        console.print(Panel("[bold]Immediate danger: call 999 now.[/]", style="bold red"))
    style = {"experiencing": "red", "significant": "yellow", "emerging": "cyan", "none": "green"}[
        out.level
    ]
    console.print(
        Panel(
            f"{plan.level_meaning}\n{plan.level_response}\n\n[i]{plan.advice}[/]",
            title=f"[{style}]{plan.level_label} ({out.level})[/]",
        )
    )
    console.print(plan.review_note)
    if plan.routes:
        console.print("[bold]What to do, in order[/]")
        for n, r in enumerate(plan.routes, 1):
            console.print(f"  {n}. [bold]{r.name}[/]: {r.contact_line}")
            if r.why:
                console.print(f"     why: {'; '.join(r.why)}")
            if r.reader_note:
                console.print(f"     [i]{r.reader_note}[/]")
    _print_list(
        console,
        "Why",
        [x for x in out.rationale if not x.startswith(("graded ", "what would change it: "))],
    )
    _print_list(console, "What would change the grade", plan.would_change)
    if plan.harms:
        _print_list(
            console,
            "Harms considered",
            [
                f"{h.name} ({', '.join(dict.fromkeys(s.source for s in h.sources))})"
                for h in plan.harms
            ],
        )
    _print_list(console, "What not to do", [d.text for d in plan.guidance.do_not])
    _print_list(
        console,
        "Talking with the child",
        [t.text for t in plan.guidance.responding + plan.guidance.say_to_child],
    )
    _print_list(console, "Support", [f"{r.name}: {r.contact_line}" for r in plan.guidance.support])
    for w in plan.warnings:
        console.print(f"[yellow]Note: {w}[/]")


def _print_list(console: Console, heading: str, items: list[str]) -> None:
    console.print(f"[bold]{heading}[/]")
    for item in items:
        console.print(f"  • {item}")
