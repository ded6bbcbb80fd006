"""Serialiser only: reads the hand-typed parts, shuffles, assigns ids, writes JSONL + meta."""
import ast
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        convs.extend(ast.literal_eval(f.read()))

random.Random(16).shuffle(convs)

meta = {}
with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
    for i, c in enumerate(convs, 1):
        cid = "b16-%03d" % i
        rec = {"id": cid}
        if c.get("participants"):
            rec["participants"] = c["participants"]
        rec["messages"] = c["messages"]
        rec["labels"] = c["labels"]
        f.write(json.dumps(rec, ensure_ascii=True) + "\n")
        meta[cid] = {"labels": c["labels"], "evasion": bool(c["evasion"])}

with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, indent=1, ensure_ascii=True)

print("wrote", len(convs), "conversations")
