"""`onguard guide`: every contract id in the JSON output; text fits 80 columns."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from onguard.cli.main import app
from onguard.taxonomy import REQUIRED_HARM_IDS, REQUIRED_INDICATOR_IDS, REQUIRED_ROUTE_IDS

runner = CliRunner()


@pytest.mark.parametrize(
    ("command", "required"),
    [
        ("harms", REQUIRED_HARM_IDS),
        ("indicators", REQUIRED_INDICATOR_IDS),
        ("routes", REQUIRED_ROUTE_IDS),
    ],
)
def test_json_lists_every_spec_id(command: str, required: frozenset[str]) -> None:
    result = runner.invoke(app, ["guide", command, "--json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert isinstance(items, list) and all("id" in i for i in items)
    assert required <= {i["id"] for i in items}


def test_harm_json_is_one_object_with_routes() -> None:
    result = runner.invoke(app, ["guide", "harm", "sextortion", "--json"])
    assert result.exit_code == 0
    [harm] = json.loads(result.output)
    assert harm["id"] == "sextortion" and "ceop" in harm["routes"]


def test_unknown_harm_is_a_clear_error() -> None:
    result = runner.invoke(app, ["guide", "harm", "not_a_harm"])
    assert result.exit_code == 2
    assert "Unknown harm id 'not_a_harm'" in result.output


def test_tips_json() -> None:
    result = runner.invoke(app, ["guide", "tips", "--json"])
    items = json.loads(result.output)
    assert {"prevention_tip", "talk_point"} == {i["kind"] for i in items}


@pytest.mark.parametrize(
    "command", [["harms"], ["harm", "grooming"], ["indicators"], ["routes"], ["tips"], ["summary"]]
)
def test_plain_output_fits_80_columns(command: list[str]) -> None:
    result = runner.invoke(app, ["guide", *command], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert result.output.strip()
    assert max(len(line) for line in result.output.splitlines()) <= 80
