"""The `onguard` command: one Typer app, each group of commands in its own module.

Command modules are imported only when one of their commands runs: the case store
(SQLAlchemy, alembic), the web app and the assessment rules cost over a second to
import, which `onguard scan` on a platform's message path must not pay. `--help`
and completion load every module, so they list every command in the usual order.
"""

from __future__ import annotations

import importlib
from typing import Any

import typer
from typer.core import TyperGroup

from onguard import __version__

# Each command module's `register(app)` adds these commands and command groups.
# tests/cli/test_main.py checks this table against what the modules register.
MODULES = ("guide", "scan", "models", "assess", "store", "importer")
COMMAND_MODULES = {
    "guide": "guide",
    "scan": "scan",
    "prepare": "scan",
    "train": "models",
    "train-annotated": "models",
    "eval": "models",
    "assess": "assess",
    "serve": "store",
    "users": "store",
    "db": "store",
    "audit": "store",
    "import": "importer",
}


def _commands(modules: tuple[str, ...]) -> dict[str, Any]:
    """The click commands that `modules` register, in Typer's order (commands, then groups)."""
    sub = typer.Typer()
    sub.callback()(_no_op)  # a callback makes Typer build a group even for one command
    for name in modules:
        importlib.import_module(f"onguard.cli.{name}").register(sub)
    return dict(typer.main.get_group(sub).commands)


def _no_op() -> None:
    pass


class LazyCommands(TyperGroup):
    """A Typer group whose commands are built from their module on first use."""

    _all_loaded = False

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands:
            module = COMMAND_MODULES.get(cmd_name)
            if module is None:
                self._load_all()  # unknown name: the full list gives "did you mean" hints
            else:
                self.commands.update(_commands((module,)))
        return self.commands.get(cmd_name)

    def list_commands(self, ctx: Any) -> list[str]:
        self._load_all()
        return list(self.commands)

    def _load_all(self) -> None:
        if not self._all_loaded:
            self.commands = _commands(MODULES)
            self._all_loaded = True


app = typer.Typer(
    cls=LazyCommands,
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
