import ast, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)
PREFIX = "b34"
SEED = 3434

HARMS = {"grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
         "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
         "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
         "self_harm"}
ROLES = {"child", "adult", "unknown"}

convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        part = ast.literal_eval(fh.read())
    convs.extend(part)

random.Random(SEED).shuffle(convs)

meta = {}
lines = []
for i, c in enumerate(convs, 1):
    cid = "%s-%03d" % (PREFIX, i)
    assert set(c) <= {"participants", "messages", "labels", "evasion"}, c.keys()
    assert c["messages"], cid
    for lab in c["labels"]:
        assert lab in HARMS, (cid, lab)
    assert len(set(c["labels"])) == len(c["labels"]), cid
    if c.get("evasion"):
        assert c["labels"], cid
    out = {"id": cid}
    if "participants" in c:
        ids = [p["id"] for p in c["participants"]]
        assert len(ids) == len(set(ids)), cid
        for p in c["participants"]:
            assert p["role"] in ROLES, (cid, p)
        for m in c["messages"]:
            assert m["sender"] in ids, (cid, m["sender"])
        out["participants"] = c["participants"]
    for m in c["messages"]:
        assert set(m) == {"sender", "text"} and m["text"].strip(), cid
    out["messages"] = c["messages"]
    out["labels"] = c["labels"]
    lines.append(json.dumps(out, ensure_ascii=True))
    meta[cid] = {"labels": c["labels"], "evasion": bool(c.get("evasion"))}

with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="ascii") as fh:
    fh.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, indent=1, ensure_ascii=True)
print("wrote", len(lines), "conversations")
