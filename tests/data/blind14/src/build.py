"""Serialiser for the b14 blind evaluation set.

Reads the hand-written literals in part1.py, part2.py and part3.py, joins
them, shuffles them with random.Random(14), numbers them b14-001..., and
writes ../conversations.jsonl and meta.json. It creates no text of its own.
"""
import ast
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PARTS = ["part1.py", "part2.py", "part3.py"]


def main():
    convs = []
    for name in PARTS:
        convs.extend(ast.literal_eval((HERE / name).read_text(encoding="utf-8")))
    random.Random(14).shuffle(convs)

    meta = {}
    with open(ROOT / "conversations.jsonl", "w", encoding="ascii") as out:
        for i, c in enumerate(convs, start=1):
            cid = "b14-%03d" % i
            row = {
                "id": cid,
                "participants": c["participants"],
                "messages": c["messages"],
                "labels": c["labels"],
            }
            out.write(json.dumps(row, ensure_ascii=True) + "\n")
            meta[cid] = {"labels": c["labels"], "evasion": c["evasion"]}
    with open(HERE / "meta.json", "w", encoding="ascii") as f:
        json.dump(meta, f, ensure_ascii=True, indent=1)
    print("wrote %d conversations" % len(convs))


if __name__ == "__main__":
    main()
