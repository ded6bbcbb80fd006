"""CPU cost per message of the learned models, on the dev-set load of scan_throughput.py.

Times (time.process_time, median of --runs) in one process, in batches of 256
conversations as the scanner calls them:

- `score_batch` (what the scanner uses: arrays), with and without evidence,
  with the C extension and with the numpy reference (`accelerate=False`);
- `score_conversations` (one `ModelScore` per conversation and model);
- `Scanner().analyse_many` minus `Scanner(models=[]).analyse_many` (the models' whole
  cost in the scanner: scoring plus the per-conversation bookkeeping they add).

The load is written to a temporary file and deleted; no message text is printed.

    python bench/models_speed.py [--messages 50000] [--runs 3]
"""

from __future__ import annotations

import argparse
import functools
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from scan_throughput import DEV, build_load

from onguard.conversation import Scanner
from onguard.detect.learned import (
    extension_available,
    load_default_models,
    score_batch,
    score_conversations,
)

BATCH = 256


def cpu_us_per_message(fn: Callable[[], object], messages: int, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times) / messages * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    if not DEV.is_dir():
        raise SystemExit(f"{DEV} not found: set ONGUARD_SHARED to the shared folder")
    models = load_default_models()
    if not models:
        raise SystemExit("no learned models shipped")
    with tempfile.TemporaryDirectory(prefix="onguard-bench-") as tmp:
        path = Path(tmp) / "load.jsonl"
        n_conv, n_msgs = build_load(path, a.messages, None)
        raw = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    convs = []
    for c in raw:
        children = {p["id"] for p in c.get("participants", []) if p.get("role") == "child"}
        msgs = c["messages"]
        convs.append(([m["text"] for m in msgs], [m["sender"] for m in msgs], children))
    batches = [convs[i : i + BATCH] for i in range(0, len(convs), BATCH)]

    def scoring(fn: Callable[..., object], **kw: object) -> Callable[[], None]:
        def run() -> None:
            for b in batches:
                fn(models, b, **kw)

        return run

    rows: dict[str, float] = {}
    if extension_available():
        rows["score_batch, evidence (C)"] = cpu_us_per_message(scoring(score_batch), n_msgs, a.runs)
        rows["score_batch, no evidence (C)"] = cpu_us_per_message(
            scoring(score_batch, with_evidence=False), n_msgs, a.runs
        )
        rows["score_conversations, evidence (C)"] = cpu_us_per_message(
            scoring(score_conversations), n_msgs, a.runs
        )
    rows["score_batch, evidence (numpy)"] = cpu_us_per_message(
        scoring(score_batch, accelerate=False), n_msgs, a.runs
    )
    full, rules = Scanner(), Scanner(models=[])

    def scan(scanner: Scanner) -> None:
        for _ in scanner.analyse_many(raw):
            pass

    with_models = cpu_us_per_message(functools.partial(scan, full), n_msgs, a.runs)
    rules_only = cpu_us_per_message(functools.partial(scan, rules), n_msgs, a.runs)
    rows["Scanner: with models - rules only"] = with_models - rules_only
    ext = extension_available()
    print(f"load: {n_conv:,} conversations, {n_msgs:,} messages; C extension: {ext}")
    print(f"\n| what (CPU, median of {a.runs}) | us/message |\n|---|---:|")
    for name, value in rows.items():
        print(f"| {name} | {value:.2f} |")


if __name__ == "__main__":
    main()
