"""The `onguard` command: one Typer app, each group of commands in its own module."""

from __future__ import annotations

import typer

from onguard import __version__
from onguard.cli import assess, guide, importer, models, scan, store

app = typer.Typer(
    help="OnGuard: spot and respond to the online exploitation of children.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # never print local variables: they may hold records
)


def _version(value: bool) -> None:
    if value:
        typer.echo(__version__)
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """OnGuard: spot and respond to the online exploitation of children."""


for module in (guide, scan, models, assess, store, importer):
    module.register(app)
