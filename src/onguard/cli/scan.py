"""`onguard scan`: conversations in, scan results (JSON Lines, one per conversation) out."""

from __future__ import annotations

import functools
import gc
import importlib
import json
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

import orjson
import typer

from onguard.io.jsonl import MAX_LINE_BYTES, LineError, conversation_parts, read_jsonl_models
from onguard.spec import RISK_ORDER, Conversation, ConversationParts, Participant

# Files at least this big get a progress bar (when stderr is a terminal).
PROGRESS_MIN_BYTES = 2_000_000
# Conversations read and analysed together (see `Scanner.analyse_many`).
CHUNK = 256
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}


class OnError(StrEnum):
    skip = "skip"
    fail = "fail"


def register(app: typer.Typer) -> None:
    app.command("scan")(scan)
    app.command("prepare")(prepare)


def prepare() -> None:
    """Build the scanner's caches now (the rules' screens), so the first scan starts at once.

    A new install, or a change to the rules, makes the first scan compile the rules'
    Hyperscan screens: a few minutes of CPU, once. `make run`, `make test` and `make bench`
    run this first (`make prepare`); when everything is cached it takes about a second.
    """
    import time

    from onguard.conversation import Scanner
    from onguard.text.cachefiles import cache_dir

    started = time.perf_counter()
    scanner = Scanner()
    # One conversation runs every recogniser, which builds (or loads) each screen.
    text = "hi, how old are you? 07700 900123"
    probe = Conversation.model_validate(
        {"id": "prepare", "messages": [{"sender": "a", "text": text}]}
    )
    scanner.scan(probe)
    folder = cache_dir()
    where = f" (cache: {folder})" if folder is not None else " (no cache folder: nothing kept)"
    typer.echo(f"scanner ready in {time.perf_counter() - started:.1f} s{where}")


def scan(
    input: str = typer.Argument(
        ..., help="Conversation JSON Lines file, a chat export, or - for stdin."
    ),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Write results here (default: stdout)."
    ),
    explain: bool = typer.Option(
        False, "--explain", help="Print a readable report with highlighted evidence."
    ),
    on_error: OnError = typer.Option(
        OnError.skip, "--on-error", help="On a malformed line: skip it (and say so) or stop."
    ),
    fmt: str = typer.Option(
        "auto", "--format", help="Input format: auto, jsonl, or a chat-export format."
    ),
    child: str | None = typer.Option(
        None, "--child", help="The participant who is the child (id or name)."
    ),
    rules_only: bool = typer.Option(
        False, "--rules-only", help="Do not use learned models, only the rules."
    ),
) -> None:
    """Scan conversations for signs of online exploitation; write one result per conversation."""
    from onguard.conversation import Scanner  # heavy: import only when scanning

    scanner = Scanner(models=[] if rules_only else None)
    errors = 0
    with ExitStack() as stack:
        _freeze_heap(stack)
        out: IO[str] = (
            stack.enter_context(output.open("w", encoding="utf-8"))
            if output is not None
            else sys.stdout
        )
        write_results = output is not None or not explain
        console = _console() if explain else None
        try:
            # Standard input may be a live stream: each result is written as soon as it can be.
            size = CHUNK if input != "-" else 1
            for chunk in _chunks(_conversations(input, fmt, child, stack, fast=not explain), size):
                # A chunk's conversations are analysed together (the learned models score a
                # batch much faster than one at a time); items are then handled in order.
                analyses = iter(
                    scanner.analyse_many(c for c in chunk if not isinstance(c, LineError))
                )
                for item in chunk:
                    if isinstance(item, LineError):
                        errors += 1
                        typer.echo(f"error: {item}", err=True)
                        if on_error is OnError.fail:
                            raise typer.Exit(1)
                        continue
                    analysis = next(analyses)
                    if write_results:
                        out.write(_result_line(analysis))
                    if console is not None:
                        _explain(console, item, analysis)
        except _InputError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(2) from None
        finally:
            out.flush()
    if errors:
        typer.echo(f"{errors} input line(s) could not be read and were skipped", err=True)


def _freeze_heap(stack: ExitStack) -> None:
    """Leave what is loaded so far (the modules, the scanner's rules and models: it all lives
    as long as the scan) out of the garbage collector's full collections until `stack`
    closes. Each full collection would walk all of it again, about a tenth of a long
    scan's CPU time; what a scan allocates is collected as before."""
    gc.freeze()
    stack.callback(gc.unfreeze)


def _chunks(items: Iterator[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _result_line(analysis: Any) -> str:
    """One result line: the bytes of `analysis.to_result().model_dump_json()`, written
    directly where that is plainly the same (a pydantic model per result costs more than
    scanning most conversations)."""
    if not analysis.harms or not (reported := analysis.reported):
        # The same bytes as json.dumps of {"id", "risk", "harms": []}, without the dict.
        risk = _RISKS.get(analysis.risk) or _json_str(analysis.risk)
        return f'{{"id":{_json_str(analysis.id)},"risk":{risk},"harms":[]}}\n'
    line = _reported_line(analysis, reported)
    return line if line is not None else str(analysis.to_result().model_dump_json()) + "\n"


def _reported_line(analysis: Any, reported: list[Any]) -> str | None:
    """`to_result().model_dump_json()` and a newline, or None where validation might refuse
    or change a value, or a string needs escaping (the model then writes the line)."""
    plain = _plain
    harm_ids = _harm_ids()
    parts = [f'{{"id":"{analysis.id}","risk":"{analysis.risk}","harms":[']
    if not plain(analysis.id) or analysis.risk not in RISK_ORDER:
        return None
    for k, h in enumerate(reported):
        score = round(min(max(h.score, 0.0), 1.0), 4)
        first = h.first_message
        if (
            h.harm not in harm_ids
            or not plain(h.harm)
            or type(score) is not float
            or not 0.0 <= score <= 1.0
            or type(first) is not int
            or first < 0
        ):
            return None
        evidence = []
        for e in h.evidence:
            message, start, end, signal = e.message, e.start, e.end, e.signal
            if (
                type(message) is not int
                or type(start) is not int
                or type(end) is not int
                or min(message, start, end) < 0
                or not plain(signal)
            ):
                return None
            evidence.append(
                f'{{"message":{message},"start":{start},"end":{end},"signal":"{signal}"}}'
            )
        parts.append(
            f'{"," if k else ""}{{"harm":"{h.harm}","score":{score!r},'
            f'"first_message":{first},"evidence":[{",".join(evidence)}]}}'
        )
    parts.append("]}\n")
    return "".join(parts)


def _plain(text: object) -> bool:
    """A string JSON writes as it is, between quotes, however it escapes."""
    return (
        type(text) is str
        and text.isascii()
        and text.isprintable()
        and '"' not in text
        and "\\" not in text
    )


@functools.cache
def _harm_ids() -> frozenset[str]:
    """The harm ids a `HarmFinding` accepts."""
    from onguard.taxonomy import default_taxonomy

    return frozenset(default_taxonomy().harms)


_json_str = json.JSONEncoder(ensure_ascii=False).encode
_RISKS = {risk: _json_str(risk) for risk in RISK_ORDER}


class _InputError(Exception):
    pass


def _conversations(
    source: str, fmt: str, child: str | None, stack: ExitStack, fast: bool = False
) -> Iterator[Conversation | ConversationParts | LineError]:
    if source == "-":
        if fmt not in ("auto", "jsonl"):
            raise _InputError("standard input must be conversation JSON Lines (--format jsonl)")
        yield from _read_jsonl(sys.stdin, "<stdin>", child, None, fast)
        return
    path = Path(source)
    if not path.exists():
        raise _InputError(f"{source}: no such file")
    if fmt == "auto" and path.is_file() and path.suffix.lower() in _JSONL_SUFFIXES:
        fmt = "jsonl"
    if fmt == "auto":
        io = _io_module()
        fmt = io.detect_format(path)
    if fmt == "jsonl":
        if not path.is_file():
            raise _InputError(f"{source}: not a file")
        f = stack.enter_context(path.open(encoding="utf-8", errors="replace"))
        yield from _read_jsonl(_with_progress(f, path, stack), str(path), child, path, fast)
        return
    io = _io_module()
    try:
        result = io.load_conversations(path, fmt=fmt, child=child)
    except Exception as exc:  # the reader names the problem; never echo file content
        message = str(exc)
        raise _InputError(message if source in message else f"{source}: {message}") from exc
    for skipped in result.skipped:
        yield skipped if isinstance(skipped, LineError) else LineError(str(path), 0, str(skipped))
    yield from result.conversations


def _read_jsonl(
    stream: Any, source: str, child: str | None, path: Path | None, fast: bool = True
) -> Iterator[Conversation | ConversationParts | LineError]:
    """Each line parsed and validated. `fast`: a line that needs no coercion becomes
    `ConversationParts` straight from orjson (several times cheaper than a pydantic model);
    any other line is validated by pydantic, and one that fails is re-read by
    `read_jsonl_models` so that its error names the line and field the same way."""
    validate = Conversation.model_validate_json
    loads = orjson.loads
    for number, raw in enumerate(stream, 1):
        if fast and len(raw) <= MAX_LINE_BYTES:
            try:
                parts = conversation_parts(loads(raw))
            except orjson.JSONDecodeError:
                parts = None  # blank, malformed or unusual (NaN, lone surrogates): see below
            if parts is not None:
                if child is not None:
                    parts = ConversationParts(
                        parts.id, parts.texts, parts.senders, {**parts.roles, child: "child"}
                    )
                yield parts
                continue
        if not raw.strip():
            continue
        try:
            item: Conversation | LineError = validate(raw)
        except ValueError:
            _, error = next(read_jsonl_models([raw], Conversation, source))
            item = (
                LineError(source, number, error.message) if isinstance(error, LineError) else error
            )
        if child is not None and isinstance(item, Conversation):
            item = _mark_child(item, child)
        yield item


def _mark_child(conv: Conversation, child: str) -> Conversation:
    participants = [p for p in conv.participants if p.id != child]
    participants.append(Participant(id=child, role="child"))
    return conv.model_copy(update={"participants": participants})


def _io_module() -> Any:
    try:
        return importlib.import_module("onguard.io")
    except ImportError as exc:
        raise _InputError("chat-export formats need onguard.io, which is not installed") from exc


def _with_progress(f: IO[str], path: Path, stack: ExitStack) -> Iterator[str]:
    size = path.stat().st_size
    if (
        size < PROGRESS_MIN_BYTES
        or not sys.stderr.isatty()
        or os.environ.get("ONGUARD_NO_PROGRESS")
    ):
        yield from f
        return
    from rich.progress import BarColumn, Progress, TextColumn, TransferSpeedColumn

    progress = stack.enter_context(
        Progress(
            TextColumn("scanning"),
            BarColumn(),
            TransferSpeedColumn(),
            console=_console(stderr=True),
            transient=True,
        )
    )
    task = progress.add_task("scan", total=size)
    done = 0
    for line in f:
        done += len(line)
        if done & 0xFFFF < len(line):
            progress.update(task, completed=done)
        yield line
    progress.update(task, completed=size)


def _console(stderr: bool = False) -> Any:
    from rich.console import Console

    console = Console(stderr=stderr)
    return console if console.is_terminal else Console(stderr=stderr, width=100)


def _explain(console: Any, conv: Conversation, analysis: Any) -> None:
    """A readable report: risk, each harm with its score, first message and highlighted evidence."""
    from rich.markup import escape
    from rich.text import Text

    from onguard.taxonomy import default_taxonomy

    tax = default_taxonomy()
    style = {
        "none": "green",
        "low": "cyan",
        "medium": "yellow",
        "high": "red",
        "critical": "bold red",
    }[analysis.risk]
    console.print(
        Text.assemble(
            ("conversation ", "bold"), (conv.id, "bold"), "  risk: ", (analysis.risk, style)
        )
    )
    if analysis.child_ids:
        how = " (inferred)" if analysis.inferred_child_ids else ""
        console.print(f"  child: {escape(', '.join(sorted(analysis.child_ids)))}{how}")
    reported = analysis.reported
    if not reported:
        console.print("  no harms reported")
    for h in reported:
        name = tax.harms[h.harm].name if h.harm in tax.harms else h.harm
        stages = f"; stages: {', '.join(h.stages)}" if h.stages else ""
        console.print(
            f"  [bold]{escape(name)}[/] ({h.harm}) score {h.score:.2f}, "
            f"first reported at message {h.first_message}{stages}"
        )
        for shown, e in enumerate(h.evidence):
            if shown >= 8:
                console.print(f"    … {len(h.evidence) - shown} more")
                break
            text = conv.messages[e.message].text if e.message < len(conv.messages) else ""
            line = Text(f"    [{e.message}] ")
            lo, hi = max(0, e.start - 40), min(len(text), e.end + 40)
            line.append(("…" if lo else "") + text[lo : e.start])
            line.append(text[e.start : e.end], style="reverse bold")
            line.append(text[e.end : hi] + ("…" if hi < len(text) else ""))
            line.append(f"  ({e.signal}: {e.explanation})", style="dim")
            console.print(line)
    console.print()
