"""The floor for `bench/scan_throughput.py`: read conversation JSON Lines, run one regex per
message, write one JSON line per conversation. Nothing can scan faster than this in Python."""

from __future__ import annotations

import json
import re
import sys

PATTERN = re.compile(r"\b(?:how old are you|send me a pic|dont tell)\b", re.IGNORECASE)


def main(src: str, dst: str) -> None:
    with open(src, encoding="utf-8") as fin, open(dst, "w", encoding="utf-8") as fout:
        for line in fin:
            conv = json.loads(line)
            hits = [i for i, m in enumerate(conv["messages"]) if PATTERN.search(m["text"])]
            fout.write(json.dumps({"id": conv["id"], "hits": hits}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
