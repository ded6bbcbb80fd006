import ast, json, os, random

SEED = 25
PREFIX = "b25"
HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)
HARMS = {"grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
         "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
         "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
         "self_harm"}
ROLES = {"child", "adult", "unknown"}

convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        part = ast.literal_eval(f.read())
    assert isinstance(part, list)
    convs.extend(part)

random.Random(SEED).shuffle(convs)

meta = {}
lines = []
for i, c in enumerate(convs, 1):
    cid = "%s-%03d" % (PREFIX, i)
    labels = c["labels"]
    assert set(c) <= {"participants", "messages", "labels", "evasion"}, set(c)
    assert all(l in HARMS for l in labels), labels
    assert len(set(labels)) == len(labels)
    assert c["messages"]
    rec = {"id": cid}
    if "participants" in c:
        ids = {p["id"] for p in c["participants"]}
        assert all(p["role"] in ROLES for p in c["participants"])
        for m in c["messages"]:
            assert m["sender"] in ids, (cid, m["sender"])
        rec["participants"] = c["participants"]
    for m in c["messages"]:
        assert set(m) == {"sender", "text"} and m["text"].strip()
    rec["messages"] = c["messages"]
    rec["labels"] = labels
    lines.append(json.dumps(rec, ensure_ascii=True))
    meta[cid] = {"labels": labels, "evasion": bool(c.get("evasion", False))}

with open(os.path.join(OUTDIR, "conversations.jsonl"), "w") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "meta.json"), "w") as f:
    json.dump(meta, f, indent=1, sort_keys=True)

# checks
with open(os.path.join(OUTDIR, "conversations.jsonl")) as f:
    parsed = [json.loads(l) for l in f]
assert len(parsed) == len(convs)
n = len(parsed)
clean = sum(1 for r in parsed if not r["labels"])
per = {h: [] for h in sorted(HARMS)}
for r in parsed:
    for l in r["labels"]:
        per[l].append(r["id"])
ev = [k for k, v in meta.items() if v["evasion"]]
print("total", n, "clean", clean, "(%.1f%%)" % (100.0 * clean / n), "positive", n - clean)
print("with participants", sum(1 for r in parsed if "participants" in r))
print("single-message", sum(1 for r in parsed if len(r["messages"]) == 1))
print("multi-label", sum(1 for r in parsed if len(r["labels"]) > 1))
print("evasion", len(ev), ev)
for h, ids in per.items():
    print(h, len(ids), " ".join(ids))
    assert len(ids) >= 6, h
