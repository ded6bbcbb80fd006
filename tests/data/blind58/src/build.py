"""Build blind58 (crypto, investing and get-rich-quick schemes): join the hand-written parts,
shuffle, assign ids, write JSONL + meta."""
import ast
import json
import os
import random

OUTDIR = "/work/main/tests/data/blind58"
PREFIX = "b58"
SEED = 5858
SRC = os.path.join(OUTDIR, "src")

HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
    "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
    "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
    "self_harm",
}
ROLES = {"child", "adult", "unknown"}


def load(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as fh:
        return ast.literal_eval(fh.read())


def main():
    convs = []
    for part in ("part1.py", "part2.py", "part3.py"):
        convs.extend(load(part))

    random.Random(SEED).shuffle(convs)

    meta = {}
    lines = []
    for i, conv in enumerate(convs, 1):
        cid = "%s-%03d" % (PREFIX, i)
        labels = list(conv["labels"])
        assert all(l in HARMS for l in labels), (cid, labels)
        assert len(set(labels)) == len(labels), (cid, labels)
        assert conv["messages"], cid
        rec = {"id": cid}
        if conv.get("participants"):
            ids = [p["id"] for p in conv["participants"]]
            assert len(set(ids)) == len(ids), cid
            for p in conv["participants"]:
                assert p["role"] in ROLES, (cid, p)
            for m in conv["messages"]:
                assert m["sender"] in ids, (cid, m["sender"])
            rec["participants"] = conv["participants"]
        rec["messages"] = [{"sender": m["sender"], "text": m["text"]} for m in conv["messages"]]
        for m in rec["messages"]:
            assert m["text"].strip(), cid
        rec["labels"] = labels
        lines.append(json.dumps(rec, ensure_ascii=True))
        hard = bool(conv.get("hard_negative", False))
        assert not (hard and labels), (cid, "hard_negative must be clean")
        meta[cid] = {"labels": labels, "evasion": bool(conv.get("evasion", False)),
                     "hard_negative": hard}

    with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="ascii") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(os.path.join(SRC, "meta.json"), "w", encoding="utf-8") as fh:
        json.dump(meta, fh, indent=1, sort_keys=True)
    print("wrote %d conversations" % len(lines))


if __name__ == "__main__":
    main()
