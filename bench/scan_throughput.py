"""Throughput of `onguard scan` on >= 200,000 chat messages, beside a floor script.

Builds the load from the chat sets in ../shared/data/dev/ (conversations
repeated until there are enough messages; labels dropped) in a temporary file
that is deleted afterwards. grooming-vtpan is left out by default: its rows are
1,400-character flattened segments of many messages, not chat messages (add it
with `--set grooming-vtpan --set ...`). Then times, end to end and in separate
processes:

- `onguard scan LOAD -o OUT` (rules and learned models, as shipped),
- `onguard scan LOAD -o OUT --rules-only`,
- `bench/floor.py LOAD OUT` (read JSONL, one regex per message, write JSONL),

each `--runs` times (in rounds: floor, rules, full, floor, ...), and prints a
markdown table of the median messages per second (wall clock, and per CPU
second, which a busy shared machine disturbs less), the peak resident memory
of the process (getrusage of the child) and the ratio to the floor (wall clock).
Before timing, the package's modules are compiled to bytecode (as installing a wheel
does; a shell with PYTHONDONTWRITEBYTECODE set would otherwise compile them on every
start) and each `onguard` command runs once, untimed, on ten lines: a new machine
compiles and caches the rule screens then (minutes, once; `make bench` runs
`onguard prepare` first). Results also go to
bench/results/scan_throughput.json (not committed).

    python bench/scan_throughput.py [--messages 200000] [--runs 3] [--set NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ONGUARD_SHARED", ROOT.parent / "shared"))
DEV = SHARED / "data" / "dev"
ONGUARD = Path(sys.executable).with_name("onguard")
DEFAULT_EXCLUDED = {"grooming-vtpan"}

# Runs a command and prints its wall time and the peak RSS of that child, as JSON.
_MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - t
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = usage.ru_utime + usage.ru_stime
print(json.dumps({"rc": rc, "wall": wall, "cpu": cpu, "rss_mib": usage.ru_maxrss / 1024}))
"""


def build_load(path: Path, messages: int, sets: list[str] | None) -> tuple[int, int]:
    files = sorted(DEV.glob("*.jsonl"))
    files = (
        [f for f in files if f.stem in sets]
        if sets
        else [f for f in files if f.stem not in DEFAULT_EXCLUDED]
    )
    convs = []
    for f in files:
        with f.open(encoding="utf-8") as fin:
            for line in fin:
                conv = json.loads(line)
                conv.pop("labels", None)
                convs.append(conv)
    if not convs:
        raise SystemExit(f"no conversations under {DEV}")
    total = n = 0
    with path.open("w", encoding="utf-8") as out:
        while total < messages:
            for conv in convs:
                copy = dict(conv, id=f"{conv['id']}-r{n}")
                out.write(json.dumps(copy, ensure_ascii=False) + "\n")
                total += len(conv["messages"])
                n += 1
                if total >= messages:
                    break
    return n, total


def measure(cmd: list[str]) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True, check=True
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    if result["rc"] != 0:
        raise SystemExit(f"command failed ({result['rc']}): {' '.join(cmd)}")
    return result


def markdown_table(rows: dict[str, dict[str, float]], runs: int) -> str:
    """The figures as a markdown table (medians of `runs` runs; peak RSS is the largest)."""
    lines = [
        f"| command (median of {runs}) | messages/s | wall s | messages/CPU-s "
        "| peak RSS MiB | floor / command |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, r in rows.items():
        lines.append(
            f"| {name} | {r['messages_per_s']:,.0f} | {r['wall_s']:.2f} | "
            f"{r['messages_per_cpu_s']:,.0f} | {r['peak_rss_mib']:.0f} | {r['floor_ratio']:.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--set", action="append", dest="sets", help="only these dev sets (stem)")
    ap.add_argument("--skip-models", action="store_true", help="do not time the shipped models")
    a = ap.parse_args()
    if not DEV.is_dir():
        raise SystemExit(f"{DEV} not found: set ONGUARD_SHARED to the shared folder")
    with tempfile.TemporaryDirectory(prefix="onguard-bench-") as tmp:
        load, out = Path(tmp) / "load.jsonl", Path(tmp) / "out.jsonl"
        conversations, messages = build_load(load, a.messages, a.sets)
        size_mib = load.stat().st_size / 2**20
        print(
            f"load: {conversations} conversations, {messages} messages, {size_mib:.1f} MiB "
            f"(one process, one core each)\n"
        )
        commands = {
            "floor": [sys.executable, str(ROOT / "bench" / "floor.py"), str(load), str(out)],
            "scan --rules-only": [str(ONGUARD), "scan", str(load), "-o", str(out), "--rules-only"],
        }
        if not a.skip_models:
            commands["scan"] = [str(ONGUARD), "scan", str(load), "-o", str(out)]
        # Bytecode and one untimed run of each command on a few lines first: a new machine
        # compiles and caches the rule screens (onguard.text.screen) once, which is set-up,
        # not scanning.
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "src" / "onguard")], check=False
        )
        warm = Path(tmp) / "warm.jsonl"
        with load.open(encoding="utf-8") as fin, warm.open("w", encoding="utf-8") as fout:
            fout.writelines(line for _, line in zip(range(10), fin, strict=False))
        for cmd in commands.values():
            if cmd[0] == str(ONGUARD):
                measure([*cmd[:2], str(warm), *cmd[3:]])
        # Rounds of one run per command, so a burst of load from elsewhere on a shared machine
        # slows every command alike rather than one of them.
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for _ in range(a.runs):
            for name, cmd in commands.items():
                runs[name].append(measure(cmd))
        rows = {}
        for name, measured in runs.items():
            wall = statistics.median(r["wall"] for r in measured)
            cpu = statistics.median(r["cpu"] for r in measured)
            rows[name] = {
                "wall_s": wall,
                "cpu_s": cpu,
                "messages_per_s": messages / wall,
                "messages_per_cpu_s": messages / cpu,
                "peak_rss_mib": max(r["rss_mib"] for r in measured),
            }
    floor = rows["floor"]["messages_per_s"]
    for r in rows.values():
        r["floor_ratio"] = floor / r["messages_per_s"]
    print(markdown_table(rows, a.runs))
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "scan_throughput.json").write_text(
        json.dumps(
            {
                "messages": messages,
                "conversations": conversations,
                "runs": a.runs,
                "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "results": rows,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
