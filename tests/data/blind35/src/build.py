"""Build blind35: join the hand-written parts, shuffle, assign ids, write outputs.

Reads part1.py, part2.py, part3.py (bare list literals) with ast.literal_eval,
shuffles with random.Random(3535), assigns ids b35-001..., writes
../conversations.jsonl and meta.json, and checks the result.
"""
import ast
import json
import random
from pathlib import Path

SEED = 3535
PREFIX = "b35"
SRC = Path(__file__).resolve().parent
OUTDIR = SRC.parent

HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking",
    "cyberbullying", "scam", "identity_theft", "harmful_challenge",
    "privacy_disclosure", "unwanted_contact", "criminal_exploitation",
    "money_mule", "location_control", "self_harm",
}  # the spec's ids, less app_data_exposure (not used in this set)
ROLES = {"child", "adult", "unknown"}
KEYS = {"participants", "messages", "labels", "evasion"}


def load():
    convs = []
    for name in ("part1.py", "part2.py", "part3.py"):
        part = ast.literal_eval((SRC / name).read_text(encoding="utf-8"))
        assert isinstance(part, list), name
        for i, c in enumerate(part):
            where = f"{name}[{i}]"
            assert set(c) <= KEYS and {"messages", "labels", "evasion"} <= set(c), where
            assert isinstance(c["evasion"], bool), where
            assert c["messages"], where
            assert len(set(c["labels"])) == len(c["labels"]), where
            for lab in c["labels"]:
                assert lab in HARMS, (where, lab)
            for m in c["messages"]:
                assert set(m) == {"sender", "text"}, where
                assert m["sender"] and m["text"].strip(), where
            if "participants" in c:
                ids = [p["id"] for p in c["participants"]]
                assert len(ids) == len(set(ids)), where
                for p in c["participants"]:
                    assert p["role"] in ROLES, where
                for m in c["messages"]:
                    assert m["sender"] in ids, (where, m["sender"])
            if c["evasion"]:
                assert c["labels"], where
            convs.append(c)
    return convs


def main():
    convs = load()
    random.Random(SEED).shuffle(convs)
    lines, meta = [], {}
    for n, c in enumerate(convs, 1):
        cid = f"{PREFIX}-{n:03d}"
        rec = {"id": cid}
        if "participants" in c:
            rec["participants"] = c["participants"]
        rec["messages"] = c["messages"]
        rec["labels"] = c["labels"]
        lines.append(json.dumps(rec, ensure_ascii=True))
        meta[cid] = {"labels": c["labels"], "evasion": c["evasion"]}
    (OUTDIR / "conversations.jsonl").write_text("\n".join(lines) + "\n", encoding="ascii")
    (SRC / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=True) + "\n", encoding="ascii")

    # re-read and check every line
    seen = set()
    for line in (OUTDIR / "conversations.jsonl").read_text(encoding="ascii").splitlines():
        rec = json.loads(line)
        assert rec["id"] not in seen
        seen.add(rec["id"])
        assert all(lab in HARMS for lab in rec["labels"])
        if "participants" in rec:
            ids = {p["id"] for p in rec["participants"]}
            assert all(m["sender"] in ids for m in rec["messages"]), rec["id"]
    print(f"wrote {len(lines)} conversations to {OUTDIR / 'conversations.jsonl'}")


if __name__ == "__main__":
    main()
