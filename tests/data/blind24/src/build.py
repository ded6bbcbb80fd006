import ast, json, os, random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)
PREFIX = "b24"
SEED = 24
HARMS = {"grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
         "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
         "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
         "self_harm"}  # spec ids minus app_data_exposure (deliberately unused)

convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        part = ast.literal_eval(f.read())
    print(name, len(part))
    convs.extend(part)

random.Random(SEED).shuffle(convs)
meta = {}
with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="utf-8") as out:
    for i, c in enumerate(convs, 1):
        cid = "%s-%03d" % (PREFIX, i)
        labels = c["labels"]
        assert set(labels) <= HARMS, (cid, labels)
        assert len(set(labels)) == len(labels), cid
        assert c["messages"], cid
        rec = {"id": cid}
        if "participants" in c:
            ids = {p["id"] for p in c["participants"]}
            assert len(ids) == len(c["participants"]), cid
            for p in c["participants"]:
                assert p["role"] in ("child", "adult", "unknown"), cid
            for m in c["messages"]:
                assert m["sender"] in ids, (cid, m["sender"])
            rec["participants"] = c["participants"]
        for m in c["messages"]:
            assert set(m) == {"sender", "text"} and m["text"].strip(), cid
        rec["messages"] = c["messages"]
        rec["labels"] = labels
        out.write(json.dumps(rec, ensure_ascii=True) + "\n")
        meta[cid] = {"labels": labels, "evasion": bool(c.get("evasion", False))}

with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, indent=1, ensure_ascii=True)

# checks and summary
n = 0
with open(os.path.join(OUTDIR, "conversations.jsonl"), encoding="utf-8") as f:
    for line in f:
        json.loads(line); n += 1
clean = [k for k, v in meta.items() if not v["labels"]]
pos = [k for k, v in meta.items() if v["labels"]]
ev = [k for k, v in meta.items() if v["evasion"]]
multi = [k for k, v in meta.items() if len(v["labels"]) > 1]
withp = sum(1 for c in convs if "participants" in c)
single = sum(1 for c in convs if len(c["messages"]) == 1)
print("total", n, "clean", len(clean), "(%.1f%%)" % (100 * len(clean) / n), "positive", len(pos),
      "multi-label", len(multi), "evasion", len(ev), "with participants", withp, "single-message", single)
cnt = Counter(l for v in meta.values() for l in v["labels"])
for h in sorted(HARMS):
    ids = [k for k, v in meta.items() if h in v["labels"]]
    print(h, cnt[h], " ".join(ids))
    assert cnt[h] >= 6, h
print("evasion:", " ".join(ev))
assert all(meta[k]["labels"] for k in ev)
