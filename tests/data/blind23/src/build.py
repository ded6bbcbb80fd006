"""Build OUTDIR/conversations.jsonl and OUTDIR/src/meta.json from the hand-written parts."""
import ast
import json
import os
import random
import re

SEED = 23
PREFIX = "b23"
HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)

HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
    "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
    "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
    "self_harm",
}  # app_data_exposure deliberately left out
ROLES = {"child", "adult", "unknown"}


def fix(obj):
    """Join UTF-16 surrogate pairs written as \\udXXX escapes into real characters."""
    if isinstance(obj, str):
        return obj.encode("utf-16", "surrogatepass").decode("utf-16")
    if isinstance(obj, list):
        return [fix(x) for x in obj]
    if isinstance(obj, dict):
        return {k: fix(v) for k, v in obj.items()}
    return obj


convs = []
for name in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        part = ast.literal_eval(f.read())
    print(name, len(part))
    convs.extend(fix(part))

random.Random(SEED).shuffle(convs)

meta = {}
lines = []
phone_re = re.compile(r"\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b")
for i, c in enumerate(convs, 1):
    cid = f"{PREFIX}-{i:03d}"
    labels = c["labels"]
    assert all(l in HARMS for l in labels), (cid, labels)
    assert len(set(labels)) == len(labels), cid
    assert c["messages"], cid
    if "participants" in c:
        ids = {p["id"] for p in c["participants"]}
        assert all(p["role"] in ROLES for p in c["participants"]), cid
        for m in c["messages"]:
            assert m["sender"] in ids, (cid, m["sender"])
    for m in c["messages"]:
        assert m["text"].strip(), cid
        for num in phone_re.findall(m["text"] + " " + m["sender"]):
            assert num.replace(" ", "").startswith("07700900"), (cid, num)
    out = {"id": cid}
    if "participants" in c:
        out["participants"] = c["participants"]
    out["messages"] = c["messages"]
    out["labels"] = labels
    lines.append(json.dumps(out, ensure_ascii=True))
    meta[cid] = {"labels": labels, "evasion": bool(c.get("evasion", False))}

with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
    json.dump(meta, f, indent=1, ensure_ascii=True)
print("wrote", len(lines), "conversations")
