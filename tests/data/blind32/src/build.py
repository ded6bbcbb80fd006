import ast, json, random, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 3232
PREFIX = "b32"
HARMS = {"grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying", "scam",
         "identity_theft", "harmful_challenge", "privacy_disclosure", "unwanted_contact",
         "criminal_exploitation", "money_mule", "location_control", "self_harm"}
ROLES = {"child", "adult", "unknown"}

convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        convs.extend(ast.literal_eval(f.read()))

random.Random(SEED).shuffle(convs)

meta = {}
with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="utf-8") as f:
    for i, c in enumerate(convs, 1):
        cid = "%s-%03d" % (PREFIX, i)
        assert set(c) <= {"participants", "messages", "labels", "evasion"}, c.keys()
        assert c["messages"] and all(set(m) == {"sender", "text"} and m["text"].strip() for m in c["messages"])
        assert all(l in HARMS for l in c["labels"]) and len(set(c["labels"])) == len(c["labels"]), c["labels"]
        rec = {"id": cid}
        if "participants" in c:
            ids = [p["id"] for p in c["participants"]]
            assert len(ids) == len(set(ids))
            assert all(p["role"] in ROLES for p in c["participants"])
            assert all(m["sender"] in ids for m in c["messages"]), cid
            rec["participants"] = c["participants"]
        rec["messages"] = c["messages"]
        rec["labels"] = c["labels"]
        f.write(json.dumps(rec, ensure_ascii=True) + "\n")
        meta[cid] = {"labels": c["labels"], "evasion": bool(c["evasion"])}

with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, indent=1, ensure_ascii=True)

n = len(convs)
clean = sum(1 for c in convs if not c["labels"])
print("total", n, "clean", clean, "(%.1f%%)" % (100.0 * clean / n))
print("positive", n - clean, "evasion", sum(1 for c in convs if c["evasion"]))
print("with participants", sum(1 for c in convs if "participants" in c))
print("single-message", sum(1 for c in convs if len(c["messages"]) == 1))
print("multi-label", sum(1 for c in convs if len(c["labels"]) > 1))
cnt = collections.Counter(l for c in convs for l in c["labels"])
for h in sorted(HARMS):
    print(h, cnt[h], [k for k, v in meta.items() if h in v["labels"]])
