import ast, json, os, random

SEED = 2727
PREFIX = "b27"
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
        convs.extend(ast.literal_eval(f.read()))

random.Random(SEED).shuffle(convs)

meta = {}
with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="utf-8") as out:
    for i, c in enumerate(convs, 1):
        cid = "%s-%03d" % (PREFIX, i)
        for lab in c["labels"]:
            assert lab in HARMS, (cid, lab)
        assert len(set(c["labels"])) == len(c["labels"]), cid
        assert c["messages"], cid
        if "participants" in c:
            ids = {p["id"] for p in c["participants"]}
            for p in c["participants"]:
                assert p["role"] in ROLES, cid
            for m in c["messages"]:
                assert m["sender"] in ids, (cid, m["sender"])
        rec = {"id": cid}
        if "participants" in c:
            rec["participants"] = c["participants"]
        rec["messages"] = [{"sender": m["sender"], "text": m["text"]} for m in c["messages"]]
        rec["labels"] = c["labels"]
        out.write(json.dumps(rec, ensure_ascii=True) + "\n")
        meta[cid] = {"labels": c["labels"], "evasion": bool(c.get("evasion", False))}

with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, indent=1, ensure_ascii=True)
print(len(convs), "conversations written")
