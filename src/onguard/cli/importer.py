"""`onguard import`: a chat export (WhatsApp, Telegram, Discord, Instagram, Messenger,
Snapchat, TikTok, SMS backup, CSV, JSON Lines; zipped or not) to conversation JSON Lines."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from onguard.io import (
    FORMATS,
    ImportFormatError,
    ImportResult,
    load_conversations,
    parse_mapping,
    write_jsonl,
)

MAX_LISTED = 20


def report(result: ImportResult, listed: int = MAX_LISTED) -> None:
    """Counts, skipped lines and warnings, to stderr (names files and lines, never content)."""
    typer.echo(
        f"Read {result.message_count} messages in {len(result.conversations)} "
        f"conversations ({result.format}); skipped {len(result.skipped)} lines.",
        err=True,
    )
    for item in result.skipped[:listed]:
        typer.echo(f"  skipped {item}", err=True)
    if len(result.skipped) > listed:
        typer.echo(f"  ... and {len(result.skipped) - listed} more skipped", err=True)
    for warning in result.warnings:
        typer.echo(f"  note: {warning}", err=True)


def import_chat(
    file: Path = typer.Argument(..., help="Chat export: a file, a .zip, or an unpacked folder."),
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help="Write conversation JSON Lines here (default: standard output).",
    ),
    fmt: str = typer.Option(
        "auto", "--format", "-f", help=f"Force a format: auto, {', '.join(FORMATS)}."
    ),
    child: str | None = typer.Option(
        None,
        "--child",
        help="The child's name as it appears in the chat; marks that participant's role as child.",
    ),
    mapping: str | None = typer.Option(
        None,
        "--map",
        help="Columns for CSV/JSON Lines, e.g. sender=From,text=Body,ts=Sent,conversation=Thread.",
    ),
    on_error: str = typer.Option(
        "skip",
        "--on-error",
        help="skip: keep what could be read; fail: exit 1 and write "
        "nothing if any line was skipped.",
    ),
) -> None:
    """Read a chat export into conversation JSON Lines (see docs/importers.md)."""
    if on_error not in {"skip", "fail"}:
        typer.echo("--on-error must be skip or fail", err=True)
        raise typer.Exit(2)
    try:
        columns = parse_mapping(mapping)
        result = load_conversations(file, fmt=fmt, child=child, mapping=columns)
    except ImportFormatError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except ValueError as exc:  # a bad --map
        typer.echo(f"error: --map: {exc}", err=True)
        raise typer.Exit(2) from None
    report(result)
    if on_error == "fail" and result.skipped:
        typer.echo(
            "error: lines were skipped and --on-error fail was given; nothing written", err=True
        )
        raise typer.Exit(1)
    if output is None:
        write_jsonl(sys.stdout, result.conversations)
        sys.stdout.flush()
    else:
        with output.open("w", encoding="utf-8") as stream:
            write_jsonl(stream, result.conversations)
        typer.echo(f"Wrote {len(result.conversations)} conversations to {output}", err=True)


def register(app: typer.Typer) -> None:
    """Add `onguard import` to the app."""
    app.command("import")(import_chat)
