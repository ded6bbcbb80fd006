"""Build OUTDIR/conversations.jsonl and src/meta.json from the hand-written parts."""
import ast
import json
import os
import random

SEED = 20
PREFIX = "b20"
HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)
HARMS = {"grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
         "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
         "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
         "self_harm"}


def main():
    convs = []
    for name in ("part1.py", "part2.py", "part3.py"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            part = ast.literal_eval(f.read())
        convs.extend(part)
    random.Random(SEED).shuffle(convs)
    meta = {}
    lines = []
    for i, c in enumerate(convs, 1):
        cid = "%s-%03d" % (PREFIX, i)
        labels = c["labels"]
        assert all(l in HARMS for l in labels), (cid, labels)
        assert len(set(labels)) == len(labels), cid
        rec = {"id": cid}
        if "participants" in c:
            ids = {p["id"] for p in c["participants"]}
            assert all(p["role"] in ("child", "adult", "unknown") for p in c["participants"]), cid
            assert all(m["sender"] in ids for m in c["messages"]), cid
            rec["participants"] = c["participants"]
        assert c["messages"] and all(m["text"] for m in c["messages"]), cid
        rec["messages"] = [{"sender": m["sender"], "text": m["text"]} for m in c["messages"]]
        rec["labels"] = labels
        lines.append(json.dumps(rec, ensure_ascii=True))
        meta[cid] = {"labels": labels, "evasion": bool(c.get("evasion", False))}
    with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, indent=1, sort_keys=True)
    print("wrote", len(lines), "conversations")


if __name__ == "__main__":
    main()
