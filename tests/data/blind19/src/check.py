import json, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
HARMS = {"grooming","sexting","sextortion","csam","sex_trafficking","cyberbullying","scam","identity_theft",
         "harmful_challenge","privacy_disclosure","unwanted_contact","criminal_exploitation","money_mule",
         "location_control","app_data_exposure","self_harm"}
meta = json.load(open(os.path.join(HERE, "meta.json")))
n = clean = withp = single = 0
per = collections.defaultdict(list); multi = 0
ids = set()
for line in open(os.path.join(OUT, "conversations.jsonl")):
    c = json.loads(line); n += 1
    assert c["id"] not in ids; ids.add(c["id"])
    assert set(c) <= {"id","participants","messages","labels"}
    for l in c["labels"]:
        assert l in HARMS and l != "app_data_exposure", l
    assert len(set(c["labels"])) == len(c["labels"])
    if "participants" in c:
        withp += 1
        pids = {p["id"] for p in c["participants"]}
        assert len(pids) == len(c["participants"])
        for p in c["participants"]: assert p["role"] in ("child","adult","unknown")
        for m in c["messages"]: assert m["sender"] in pids, (c["id"], m["sender"])
    for m in c["messages"]: assert set(m) == {"sender","text"} and m["text"].strip()
    if len(c["messages"]) == 1: single += 1
    if not c["labels"]: clean += 1
    if len(c["labels"]) > 1: multi += 1
    for l in c["labels"]: per[l].append(c["id"])
    assert meta[c["id"]]["labels"] == c["labels"]
ev = [k for k,v in meta.items() if v["evasion"]]
pos = n - clean
print("total", n, "clean", clean, "%.1f%%" % (100*clean/n), "positive", pos, "multi", multi,
      "with participants", withp, "single", single, "evasion", len(ev), "%.1f%% of pos" % (100*len(ev)/pos))
for l in sorted(per): print(l, len(per[l]), " ".join(per[l]))
print("evasion:", " ".join(sorted(ev)))
assert all(meta[e]["labels"] for e in ev)
