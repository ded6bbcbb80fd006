"""Serialiser for the b13 blind set.

Reads the hand-written list literals in part1.py, part2.py and part3.py with
ast.literal_eval, joins them, shuffles with random.Random(13), numbers them
b13-001..., and writes ../conversations.jsonl and meta.json. It creates no
text of its own; the checks below only refuse malformed input.
"""
import ast
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent

HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking",
    "cyberbullying", "scam", "identity_theft", "harmful_challenge",
    "privacy_disclosure", "unwanted_contact", "criminal_exploitation",
    "money_mule", "location_control", "app_data_exposure", "self_harm",
}
ROLES = {"child", "adult", "unknown"}


def load():
    convs = []
    for name in ("part1.py", "part2.py", "part3.py"):
        convs.extend(ast.literal_eval((HERE / name).read_text(encoding="utf-8")))
    return convs


def check(c):
    ids = {p["id"] for p in c["participants"]}
    assert all(p["role"] in ROLES for p in c["participants"]), c
    assert c["messages"], c
    for m in c["messages"]:
        assert m["sender"] in ids, (m["sender"], ids)
        assert isinstance(m["text"], str) and m["text"], m
    assert all(h in HARMS for h in c["labels"]), c["labels"]
    assert len(set(c["labels"])) == len(c["labels"]), c["labels"]
    assert c["evasion"] is None or isinstance(c["evasion"], str)


def main():
    convs = load()
    for c in convs:
        check(c)
    random.Random(13).shuffle(convs)
    meta = {}
    with open(OUT / "conversations.jsonl", "w", encoding="ascii") as f:
        for i, c in enumerate(convs, 1):
            cid = "b13-%03d" % i
            row = {
                "id": cid,
                "participants": c["participants"],
                "messages": c["messages"],
                "labels": c["labels"],
            }
            f.write(json.dumps(row, ensure_ascii=True) + "\n")
            meta[cid] = {"labels": c["labels"], "evasion": c["evasion"]}
    (HERE / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=True) + "\n", encoding="ascii")
    print("wrote %d conversations" % len(convs))


if __name__ == "__main__":
    main()
