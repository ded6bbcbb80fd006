"""Build the b18 evaluation set from the hand-written parts.

Reads part1.py, part2.py, part3.py (Python list literals) with ast.literal_eval,
joins them, shuffles with random.Random(SEED), assigns ids PREFIX-001..., and
writes OUTDIR/conversations.jsonl and OUTDIR/src/meta.json.
"""
import ast
import json
import os
import random

SEED = 18
PREFIX = "b18"
SRC = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(SRC)

HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking",
    "cyberbullying", "scam", "identity_theft", "harmful_challenge",
    "privacy_disclosure", "unwanted_contact", "criminal_exploitation",
    "money_mule", "location_control", "self_harm",
}  # spec harm ids, app_data_exposure deliberately left out
ROLES = {"child", "adult", "unknown"}


def load(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return ast.literal_eval(f.read())


def main():
    convs = []
    for part in ("part1.py", "part2.py", "part3.py"):
        convs.extend(load(part))
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
        if "participants" in c:
            ids = [p["id"] for p in c["participants"]]
            assert len(ids) == len(set(ids)), cid
            for p in c["participants"]:
                assert p["role"] in ROLES, (cid, p)
            for m in c["messages"]:
                assert m["sender"] in ids, (cid, m["sender"])
        for m in c["messages"]:
            assert set(m) == {"sender", "text"} and m["text"].strip(), cid
        out = {"id": cid}
        if "participants" in c:
            out["participants"] = c["participants"]
        out["messages"] = c["messages"]
        out["labels"] = c["labels"]
        lines.append(json.dumps(out, ensure_ascii=True))
        meta[cid] = {"labels": c["labels"], "evasion": bool(c.get("evasion", False))}

    with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(SRC, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1, ensure_ascii=True)
    print("wrote", len(lines), "conversations")


if __name__ == "__main__":
    main()
