import ast, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 2626
PREFIX = "b26"
HARMS = {"grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
         "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
         "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
         "self_harm"}

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
    rec = {"id": cid}
    if "participants" in c:
        ids = [p["id"] for p in c["participants"]]
        assert len(set(ids)) == len(ids), cid
        for p in c["participants"]:
            assert p["role"] in ("child", "adult", "unknown"), cid
        for m in c["messages"]:
            assert m["sender"] in ids, (cid, m["sender"])
        rec["participants"] = c["participants"]
    for m in c["messages"]:
        assert set(m) == {"sender", "text"} and m["text"], cid
    rec["messages"] = c["messages"]
    rec["labels"] = c["labels"]
    lines.append(json.dumps(rec, ensure_ascii=True))
    meta[cid] = {"labels": c["labels"], "evasion": bool(c.get("evasion", False))}

with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="ascii") as fh:
    fh.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, indent=1, sort_keys=True)

print("wrote", len(lines), "conversations")
