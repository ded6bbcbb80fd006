"""Build OUTDIR/conversations.jsonl and src/meta.json from the hand-written parts."""
import ast
import json
import os
import random

SEED = 17
PREFIX = "b17"
SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)

HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
    "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
    "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
    "self_harm",
}
ROLES = {"child", "adult", "unknown"}


def load(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return ast.literal_eval(f.read())


def check(conv, where):
    assert set(conv) <= {"participants", "messages", "labels", "evasion"}, where
    assert isinstance(conv["labels"], list), where
    for lab in conv["labels"]:
        assert lab in HARMS, (where, lab)
    assert len(set(conv["labels"])) == len(conv["labels"]), where
    assert isinstance(conv["evasion"], bool), where
    assert conv["messages"], where
    if conv["evasion"]:
        assert conv["labels"], (where, "evasion on a clean conversation")
    if "participants" in conv:
        ids = [p["id"] for p in conv["participants"]]
        assert len(ids) == len(set(ids)), where
        for p in conv["participants"]:
            assert p["role"] in ROLES, where
        for m in conv["messages"]:
            assert m["sender"] in ids, (where, m["sender"])
    for m in conv["messages"]:
        assert set(m) == {"sender", "text"}, where
        assert m["text"].strip() and m["sender"].strip(), where


def main():
    convs = []
    for part in ("part1.py", "part2.py", "part3.py"):
        items = load(part)
        for i, c in enumerate(items):
            check(c, f"{part}[{i}]")
        convs.extend(items)
    random.Random(SEED).shuffle(convs)
    meta = {}
    with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="ascii") as f:
        for n, c in enumerate(convs, 1):
            cid = f"{PREFIX}-{n:03d}"
            rec = {"id": cid}
            if "participants" in c:
                rec["participants"] = c["participants"]
            rec["messages"] = c["messages"]
            rec["labels"] = c["labels"]
            f.write(json.dumps(rec, ensure_ascii=True) + "\n")
            meta[cid] = {"labels": c["labels"], "evasion": c["evasion"]}
    with open(os.path.join(SRC, "meta.json"), "w", encoding="ascii") as f:
        json.dump(meta, f, ensure_ascii=True, indent=1)
    print(f"wrote {len(convs)} conversations")


if __name__ == "__main__":
    main()
