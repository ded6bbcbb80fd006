"""The `onguard` app imports a command's module only when that command runs."""

from __future__ import annotations

import importlib
import subprocess
import sys

import typer

from onguard.cli.main import COMMAND_MODULES, MODULES


def test_the_lazy_command_table_matches_what_the_modules_register() -> None:
    for module_name in MODULES:
        sub = typer.Typer()
        sub.callback()(lambda: None)
        importlib.import_module(f"onguard.cli.{module_name}").register(sub)
        names = set(typer.main.get_group(sub).commands)
        assert names == {n for n, m in COMMAND_MODULES.items() if m == module_name}, module_name


def test_scan_does_not_import_the_case_store_or_the_web_app() -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from onguard.cli.main import app\n"
        "result = CliRunner().invoke(app, ['scan', '--help'])\n"
        "assert result.exit_code == 0, result.output\n"
        "heavy = [m for m in ('sqlalchemy', 'fastapi', 'jinja2', 'sklearn', 'onguard.cases')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_help_lists_every_command() -> None:
    from typer.testing import CliRunner

    from onguard.cli.main import app

    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for name in COMMAND_MODULES:
        assert name in result.output
