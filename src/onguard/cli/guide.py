"""`onguard guide`: the guide's content in the terminal, or as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from onguard.taxonomy import Route, default_taxonomy

guide_app = typer.Typer(
    help="The One Minute Guide as data: harms, indicators, routes, tips.", no_args_is_help=True
)

JSON_OPTION = typer.Option(False, "--json", help="Print a JSON list of objects instead of text.")


def register(app: typer.Typer) -> None:
    app.add_typer(guide_app, name="guide")


def _console() -> Console:
    # 80 columns unless the terminal is wider: the plain output must read on an 80-column terminal.
    console = Console()
    return console if console.is_terminal else Console(width=80)


def _print_json(items: Iterable[BaseModel | dict[str, Any]]) -> None:
    out = [i.model_dump(mode="json") if isinstance(i, BaseModel) else i for i in items]
    typer.echo(json.dumps(out, ensure_ascii=False, indent=2))


def contact_line(route: Route) -> str:
    """One line with every way to reach a route, for text and tables."""
    c = route.contact
    parts = [
        f"phone {c.phone}" if c.phone else "",
        f"text {c.text}" if c.text else "",
        c.web or "",
        c.email or "",
        c.how or "",
        f"({c.hours})" if c.hours else "",
    ]
    return "; ".join(p for p in parts if p)


@guide_app.command("harms")
def harms(as_json: bool = JSON_OPTION) -> None:
    """List the forms of online exploitation the guide names."""
    tax = default_taxonomy()
    if as_json:
        _print_json(tax.harms.values())
        return
    table = Table(title="Forms of online exploitation", show_lines=False, expand=True)
    table.add_column("id", style="bold", no_wrap=True)
    table.add_column("the guide's name")
    table.add_column("severity", no_wrap=True)
    for h in tax.harms.values():
        table.add_row(h.id, h.name, h.severity)
    _console().print(table)


@guide_app.command("harm")
def harm(
    harm_id: str = typer.Argument(..., help="A harm id, e.g. grooming"), as_json: bool = JSON_OPTION
) -> None:
    """Show one form of exploitation: what it is, its signs and what to do."""
    tax = default_taxonomy()
    if harm_id not in tax.harms:
        typer.echo(f"Unknown harm id {harm_id!r}. Known ids: {', '.join(tax.harms)}", err=True)
        raise typer.Exit(2)
    h = tax.harms[harm_id]
    if as_json:
        _print_json([h])
        return
    console = _console()
    console.print(
        Panel(h.definition_parent, title=f"{h.name} ({h.id})", subtitle=f"severity: {h.severity}")
    )
    console.print(f"[bold]The guide says:[/] {h.guide_text}")
    console.print(f"[bold]For practitioners:[/] {h.definition_practitioner}")
    console.print(f"[bold]Ages:[/] {h.ages}")
    console.print("[bold]Signs in messages:[/]")
    for s in h.signals:
        console.print(f"  • {s.description}")
    console.print("[bold]What to do:[/]")
    for step in h.what_to_do:
        console.print(f"  • {step}")
    console.print("[bold]Where to report:[/]")
    for rid in h.routes:
        r = tax.routes[rid]
        console.print(f"  • {r.name}: {contact_line(r)}")


@guide_app.command("indicators")
def indicators(as_json: bool = JSON_OPTION) -> None:
    """List indicators that a child may be being exploited online."""
    tax = default_taxonomy()
    if as_json:
        _print_json(tax.indicators.values())
        return
    table = Table(title="Indicators in a child's behaviour", expand=True)
    table.add_column("id", style="bold")
    table.add_column("indicator")
    table.add_column("weight", no_wrap=True)
    for i in tax.indicators.values():
        table.add_row(i.id, i.name, i.weight)
    _console().print(table)
    _console().print(
        "If things don't feel right, they probably aren't. "
        "If a child is in immediate danger, call 999."
    )


@guide_app.command("routes")
def routes(as_json: bool = JSON_OPTION) -> None:
    """List where to report and where to get help, with contact details."""
    tax = default_taxonomy()
    if as_json:
        _print_json(tax.routes.values())
        return
    table = Table(title="Reporting and support routes (UK)", expand=True)
    table.add_column("id", style="bold")
    table.add_column("route")
    table.add_column("contact")
    for r in tax.routes.values():
        table.add_row(r.id, r.name, contact_line(r))
    _console().print(table)


@guide_app.command("tips")
def tips(as_json: bool = JSON_OPTION) -> None:
    """Prevention tips and what to talk to children about."""
    g = default_taxonomy().guidance
    if as_json:
        items = [{"kind": "prevention_tip", **t.model_dump(mode="json")} for t in g.prevention_tips]
        items += [{"kind": "talk_point", **t.model_dump(mode="json")} for t in g.talk_points]
        _print_json(items)
        return
    console = _console()
    console.print("[bold]Practical tips[/]")
    for t in g.prevention_tips:
        console.print(f"  • {t.text}" + (f": {t.detail}" if t.detail else ""))
    console.print("[bold]Talk to children about[/]")
    for t in g.talk_points:
        console.print(f"  • {t.text}")


@guide_app.command("summary")
def summary() -> None:
    """A one-screen summary of the guide."""
    tax = default_taxonomy()
    console = _console()
    console.print(Panel(tax.guidance.what_is[0].text, title="What is child online exploitation?"))
    console.print(
        f"{len(tax.harms)} forms of exploitation, {len(tax.indicators)} indicators, "
        f"{len(tax.routes)} routes (taxonomy {tax.version})."
    )
    console.print("[bold red]If a child is in immediate danger, call 999.[/]")
