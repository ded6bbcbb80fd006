"""Join the hand-written parts, shuffle, assign ids, write conversations.jsonl and meta.json."""
import ast
import json
import os
import random

SEED = 3636
PREFIX = "b36"
HERE = os.path.dirname(os.path.abspath(__file__))
OUTDIR = os.path.dirname(HERE)

HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying",
    "scam", "identity_theft", "harmful_challenge", "privacy_disclosure",
    "unwanted_contact", "criminal_exploitation", "money_mule", "location_control",
    "app_data_exposure", "self_harm",
}
ROLES = {"child", "adult", "unknown"}


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return ast.literal_eval(f.read())


def check(conv, where):
    assert set(conv) <= {"participants", "messages", "labels", "evasion"}, where
    assert isinstance(conv["messages"], list) and conv["messages"], where
    for lab in conv["labels"]:
        assert lab in HARMS and lab != "app_data_exposure", (where, lab)
    assert len(set(conv["labels"])) == len(conv["labels"]), where
    assert isinstance(conv["evasion"], bool), where
    if "participants" in conv:
        ids = [p["id"] for p in conv["participants"]]
        assert len(set(ids)) == len(ids), where
        for p in conv["participants"]:
            assert p["role"] in ROLES, where
        for m in conv["messages"]:
            assert m["sender"] in ids, (where, m["sender"])
    for m in conv["messages"]:
        assert set(m) == {"sender", "text"}, where
        assert m["text"].strip(), where


def main():
    convs = []
    for part in ("part1.py", "part2.py", "part3.py"):
        items = load(part)
        for i, c in enumerate(items):
            check(c, f"{part}[{i}]")
        convs.extend(items)

    random.Random(SEED).shuffle(convs)

    meta = {}
    lines = []
    for n, c in enumerate(convs, 1):
        cid = f"{PREFIX}-{n:03d}"
        rec = {"id": cid}
        if "participants" in c:
            rec["participants"] = c["participants"]
        rec["messages"] = c["messages"]
        rec["labels"] = c["labels"]
        lines.append(json.dumps(rec, ensure_ascii=True))
        meta[cid] = {"labels": c["labels"], "evasion": c["evasion"]}

    with open(os.path.join(OUTDIR, "conversations.jsonl"), "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "meta.json"), "w", encoding="ascii") as f:
        json.dump(meta, f, ensure_ascii=True, indent=1)

    # verification pass over what was written
    with open(os.path.join(OUTDIR, "conversations.jsonl"), encoding="ascii") as f:
        back = [json.loads(line) for line in f]
    assert len(back) == len(convs)
    for rec in back:
        for lab in rec["labels"]:
            assert lab in HARMS and lab != "app_data_exposure"
        if "participants" in rec:
            ids = {p["id"] for p in rec["participants"]}
            assert all(m["sender"] in ids for m in rec["messages"]), rec["id"]

    clean = sum(1 for c in convs if not c["labels"])
    print(f"total {len(convs)}  clean {clean} ({100 * clean / len(convs):.1f}%)  "
          f"positive {len(convs) - clean}  evasion {sum(c['evasion'] for c in convs)}")


if __name__ == "__main__":
    main()
