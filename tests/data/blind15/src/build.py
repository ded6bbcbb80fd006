"""Serialiser for the blind15 set: reads the three hand-written parts, shuffles, numbers, writes.

No conversation content is generated here. It only joins, shuffles with a fixed seed,
assigns ids and writes conversations.jsonl and src/meta.json, after a few format checks.
"""
import ast
import json
import random
from pathlib import Path

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent

HARMS = {
    "grooming", "sexting", "sextortion", "csam", "sex_trafficking", "cyberbullying", "scam",
    "identity_theft", "harmful_challenge", "privacy_disclosure", "unwanted_contact",
    "criminal_exploitation", "money_mule", "location_control", "app_data_exposure", "self_harm",
}
ROLES = {"child", "adult", "unknown"}


def check(conv, where):
    assert set(conv) <= {"participants", "messages", "labels", "evasion"}, where
    msgs = conv["messages"]
    assert 3 <= len(msgs) <= 12, where
    for m in msgs:
        assert set(m) == {"sender", "text"} and m["text"].strip(), where
    if "participants" in conv:
        ids = [p["id"] for p in conv["participants"]]
        assert len(ids) == len(set(ids)), where
        for p in conv["participants"]:
            assert set(p) == {"id", "role"} and p["role"] in ROLES, where
        assert {m["sender"] for m in msgs} <= set(ids), where
    assert all(h in HARMS for h in conv["labels"]), where
    assert len(set(conv["labels"])) == len(conv["labels"]), where
    assert isinstance(conv["evasion"], bool), where


def main():
    convs = []
    for name in ("part1.py", "part2.py", "part3.py"):
        part = ast.literal_eval((SRC / name).read_text(encoding="utf-8"))
        for i, c in enumerate(part):
            check(c, f"{name}[{i}]")
        convs.extend(part)

    random.Random(15).shuffle(convs)

    meta = {}
    lines = []
    for n, c in enumerate(convs, 1):
        cid = f"b15-{n:03d}"
        rec = {"id": cid}
        if "participants" in c:
            rec["participants"] = c["participants"]
        rec["messages"] = c["messages"]
        rec["labels"] = c["labels"]
        lines.append(json.dumps(rec, ensure_ascii=True))
        meta[cid] = {"labels": c["labels"], "evasion": c["evasion"]}

    (ROOT / "conversations.jsonl").write_text("\n".join(lines) + "\n", encoding="ascii")
    (SRC / "meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=True) + "\n", encoding="ascii")
    print(f"wrote {len(convs)} conversations")


if __name__ == "__main__":
    main()
