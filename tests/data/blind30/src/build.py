import ast, json, random, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)
PREFIX = "b30"
SEED = 3030
HARMS = {"grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
         "scam", "identity_theft", "harmful_challenge", "privacy_disclosure", "unwanted_contact",
         "criminal_exploitation", "money_mule", "location_control", "app_data_exposure", "self_harm"}

convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        part = ast.literal_eval(f.read())
    convs.extend(part)

random.Random(SEED).shuffle(convs)

meta = {}
lines = []
for i, c in enumerate(convs, 1):
    cid = f"{PREFIX}-{i:03d}"
    labels = c["labels"]
    assert all(l in HARMS and l != "app_data_exposure" for l in labels), (cid, labels)
    assert len(set(labels)) == len(labels), cid
    out = {"id": cid}
    if "participants" in c:
        pids = {p["id"] for p in c["participants"]}
        assert all(p["role"] in ("child", "adult", "unknown") for p in c["participants"]), cid
        for m in c["messages"]:
            assert m["sender"] in pids, (cid, m["sender"])
        out["participants"] = c["participants"]
    out["messages"] = [{"sender": m["sender"], "text": m["text"]} for m in c["messages"]]
    out["labels"] = labels
    lines.append(json.dumps(out, ensure_ascii=True))
    meta[cid] = {"labels": labels, "evasion": bool(c.get("evasion", False))}

with open(os.path.join(OUTDIR, "conversations.jsonl"), "w") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "meta.json"), "w") as f:
    json.dump(meta, f, indent=1, ensure_ascii=True)

# checks and summary
n = len(lines)
clean = [k for k, v in meta.items() if not v["labels"]]
pos = [k for k, v in meta.items() if v["labels"]]
ev = [k for k, v in meta.items() if v["evasion"]]
with open(os.path.join(OUTDIR, "conversations.jsonl")) as f:
    for line in f:
        json.loads(line)
per = Counter(l for v in meta.values() for l in v["labels"])
print(f"total {n} clean {len(clean)} ({100*len(clean)/n:.1f}%) positive {len(pos)} evasion {len(ev)} ({100*len(ev)/len(pos):.1f}% of positives)")
print("multi-label", sum(1 for v in meta.values() if len(v["labels"]) > 1))
print("with participants", sum(1 for c in convs if "participants" in c), "single-message", sum(1 for c in convs if len(c["messages"]) == 1))
for h in sorted(HARMS - {"app_data_exposure"}):
    ids = [k for k, v in meta.items() if h in v["labels"]]
    print(h, len(ids), " ".join(ids))
print("evasion", " ".join(ev))
