import ast, json, random, os
from collections import Counter

OUTDIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
PREFIX = "b22"
SEED = 22
HERE = os.path.dirname(os.path.abspath(__file__))

HARMS = {"grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
         "scam", "identity_theft", "harmful_challenge", "privacy_disclosure", "unwanted_contact",
         "criminal_exploitation", "money_mule", "location_control", "self_harm"}
ROLES = {"child", "adult", "unknown"}

convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        part = ast.literal_eval(f.read())
    convs.extend(part)

random.Random(SEED).shuffle(convs)

lines, meta = [], {}
for i, c in enumerate(convs, 1):
    cid = f"{PREFIX}-{i:03d}"
    assert set(c) <= {"participants", "messages", "labels", "evasion"}, c.keys()
    assert c["messages"], cid
    for l in c["labels"]:
        assert l in HARMS, (cid, l)
    assert len(set(c["labels"])) == len(c["labels"]), cid
    rec = {"id": cid}
    if "participants" in c:
        ids = {p["id"] for p in c["participants"]}
        for p in c["participants"]:
            assert p["role"] in ROLES, (cid, p)
        for m in c["messages"]:
            assert m["sender"] in ids, (cid, m["sender"])
        rec["participants"] = c["participants"]
    for m in c["messages"]:
        assert set(m) == {"sender", "text"} and m["text"].strip(), cid
    rec["messages"] = c["messages"]
    rec["labels"] = c["labels"]
    lines.append(json.dumps(rec, ensure_ascii=True))
    meta[cid] = {"labels": c["labels"], "evasion": bool(c.get("evasion", False))}

with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, indent=1)

# checks
n = 0
with open(os.path.join(OUTDIR, "conversations.jsonl"), encoding="utf-8") as f:
    for line in f:
        json.loads(line); n += 1
clean = sum(1 for v in meta.values() if not v["labels"])
pos = n - clean
per = Counter(l for v in meta.values() for l in v["labels"])
ev = [k for k, v in meta.items() if v["evasion"]]
print("total", n, "clean", clean, f"({clean/n:.1%})", "positive", pos,
      "multi-label", sum(1 for v in meta.values() if len(v["labels"]) > 1))
print("with participants", sum(1 for c in convs if "participants" in c),
      "single-message", sum(1 for c in convs if len(c["messages"]) == 1))
print("evasion", len(ev), f"({len(ev)/pos:.1%} of positives)", "evasion on clean:",
      [k for k in ev if not meta[k]["labels"]])
for h in sorted(HARMS):
    print(h, per[h], [k for k, v in meta.items() if h in v["labels"]])
assert all(per[h] >= 6 for h in HARMS)
