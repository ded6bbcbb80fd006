import ast
import json
import os
import random

SEED = 2828
PREFIX = "b28"
HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)

HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
    "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
    "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
    "self_harm",
}
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
    assert set(c) <= {"participants", "messages", "labels", "evasion"}, c.keys()
    assert c["messages"], cid
    for h in c["labels"]:
        assert h in HARMS, (cid, h)
    assert len(set(c["labels"])) == len(c["labels"]), cid
    assert isinstance(c["evasion"], bool), cid
    if c["evasion"]:
        assert c["labels"], cid
    rec = {"id": cid}
    if "participants" in c:
        ids = set()
        for p in c["participants"]:
            assert p["role"] in ROLES, (cid, p)
            ids.add(p["id"])
        for m in c["messages"]:
            assert m["sender"] in ids, (cid, m["sender"])
        rec["participants"] = c["participants"]
    for m in c["messages"]:
        assert set(m) == {"sender", "text"} and m["text"].strip(), cid
    rec["messages"] = c["messages"]
    rec["labels"] = c["labels"]
    lines.append(json.dumps(rec, ensure_ascii=True))
    meta[cid] = {"labels": c["labels"], "evasion": c["evasion"]}

with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="ascii") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "meta.json"), "w", encoding="ascii") as f:
    json.dump(meta, f, indent=1, ensure_ascii=True)

# re-read and verify
n = 0
with open(os.path.join(OUTDIR, "conversations.jsonl"), encoding="ascii") as f:
    for line in f:
        obj = json.loads(line)
        assert all(h in HARMS for h in obj["labels"])
        n += 1
print("wrote", n, "conversations")
