"""Join the hand-written parts, shuffle, assign ids, write JSONL + meta, and check."""
import ast
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)
PREFIX = "b33"
SEED = 3333
HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
    "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
    "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
    "self_harm",
}  # spec ids minus app_data_exposure (left out on purpose)
ROLES = {"child", "adult", "unknown"}

convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        part = ast.literal_eval(f.read())
    assert isinstance(part, list), name
    convs.extend(part)

random.Random(SEED).shuffle(convs)

meta = {}
lines = []
for i, c in enumerate(convs, 1):
    cid = "%s-%03d" % (PREFIX, i)
    assert set(c) <= {"participants", "messages", "labels", "evasion"}, (cid, set(c))
    assert c["messages"], cid
    assert isinstance(c["evasion"], bool), cid
    assert len(set(c["labels"])) == len(c["labels"]), cid
    for h in c["labels"]:
        assert h in HARMS, (cid, h)
    if "participants" in c:
        ids = [p["id"] for p in c["participants"]]
        assert len(ids) == len(set(ids)), cid
        for p in c["participants"]:
            assert p["role"] in ROLES, (cid, p)
        for m in c["messages"]:
            assert m["sender"] in ids, (cid, m["sender"])
    for m in c["messages"]:
        assert set(m) == {"sender", "text"} and m["text"].strip(), cid
    rec = {"id": cid}
    if "participants" in c:
        rec["participants"] = c["participants"]
    rec["messages"] = c["messages"]
    rec["labels"] = c["labels"]
    lines.append(json.dumps(rec, ensure_ascii=True))
    meta[cid] = {"labels": c["labels"], "evasion": c["evasion"]}

with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, indent=1, ensure_ascii=True)

# re-read and check every line parses
with open(os.path.join(OUTDIR, "conversations.jsonl"), encoding="utf-8") as f:
    back = [json.loads(l) for l in f if l.strip()]
assert len(back) == len(convs)

n = len(back)
clean = sum(1 for r in back if not r["labels"])
multi = sum(1 for r in back if len(r["labels"]) > 1)
withp = sum(1 for r in back if "participants" in r)
single = sum(1 for r in back if len(r["messages"]) == 1)
ev = sorted(k for k, v in meta.items() if v["evasion"])
pos = n - clean
print("total", n, "clean", clean, "(%.1f%%)" % (100.0 * clean / n), "positive", pos,
      "multi-label", multi, "with participants", withp, "single-message", single,
      "evasion", len(ev), "(%.1f%% of positives)" % (100.0 * len(ev) / pos))
per = {h: [] for h in sorted(HARMS)}
for r in back:
    for h in r["labels"]:
        per[h].append(r["id"])
for h, ids in per.items():
    print("%-22s %2d %s" % (h, len(ids), " ".join(ids)))
    assert len(ids) >= 6, h
print("evasion ids:", " ".join(ev))
