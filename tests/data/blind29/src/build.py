import ast, json, random, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 2929
PREFIX = "b29"

convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        convs.extend(ast.literal_eval(f.read()))

random.Random(SEED).shuffle(convs)

meta = {}
with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="ascii") as f:
    for i, c in enumerate(convs, 1):
        cid = "%s-%03d" % (PREFIX, i)
        rec = {"id": cid}
        if "participants" in c:
            rec["participants"] = c["participants"]
        rec["messages"] = c["messages"]
        rec["labels"] = c["labels"]
        f.write(json.dumps(rec, ensure_ascii=True) + "\n")
        meta[cid] = {"labels": c["labels"], "evasion": c.get("evasion", False)}

with open(os.path.join(HERE, "meta.json"), "w", encoding="ascii") as f:
    json.dump(meta, f, indent=1, ensure_ascii=True)

print("wrote", len(convs), "conversations")
