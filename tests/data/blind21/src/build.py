import ast, json, random, os
OUT = "/tmp/s10/blind21"
SEED = 21
PREFIX = "b21"
HARMS = {"grooming","sexting","sextortion","csam","sex_trafficking","cyberbullying","scam","identity_theft",
         "harmful_challenge","privacy_disclosure","unwanted_contact","criminal_exploitation","money_mule",
         "location_control","app_data_exposure","self_harm"}
src = os.path.join(OUT, "src")
convs = []
for p in ("part1.py", "part2.py", "part3.py"):
    with open(os.path.join(src, p), encoding="utf-8") as f:
        convs.extend(ast.literal_eval(f.read()))

def fix(t):
    # join surrogate-pair escapes written in the sources into real code points
    return t.encode("utf-16", "surrogatepass").decode("utf-16")

for c in convs:
    for m in c["messages"]:
        m["text"] = fix(m["text"])
        m["sender"] = fix(m["sender"])
random.Random(SEED).shuffle(convs)
meta = {}
with open(os.path.join(OUT, "conversations.jsonl"), "w", encoding="ascii") as f:
    for i, c in enumerate(convs, 1):
        cid = "%s-%03d" % (PREFIX, i)
        for l in c["labels"]:
            assert l in HARMS and l != "app_data_exposure", l
        if "participants" in c:
            ids = {p["id"] for p in c["participants"]}
            for p in c["participants"]:
                assert p["role"] in ("child", "adult", "unknown")
            for m in c["messages"]:
                assert m["sender"] in ids, (cid, m["sender"])
        rec = {"id": cid}
        if "participants" in c:
            rec["participants"] = c["participants"]
        rec["messages"] = c["messages"]
        rec["labels"] = c["labels"]
        f.write(json.dumps(rec, ensure_ascii=True) + "\n")
        meta[cid] = {"labels": c["labels"], "evasion": c["evasion"]}
with open(os.path.join(src, "meta.json"), "w") as f:
    json.dump(meta, f, indent=1)
print(len(convs), "conversations")
