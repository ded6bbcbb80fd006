import json, collections
H = {"grooming","sexting","sextortion","csam","sex_trafficking","cyberbullying","scam","identity_theft","harmful_challenge","privacy_disclosure","unwanted_contact","criminal_exploitation","money_mule","location_control","self_harm"}
meta = json.load(open("/tmp/s13/blind31/src/meta.json"))
n=clean=withp=single=multi=0; per=collections.defaultdict(list); ev=[]
for line in open("/tmp/s13/blind31/conversations.jsonl"):
    r=json.loads(line); n+=1
    assert set(r)<= {"id","participants","messages","labels"}
    for l in r["labels"]: assert l in H, l
    assert len(set(r["labels"]))==len(r["labels"])
    if "participants" in r:
        withp+=1; ids={p["id"] for p in r["participants"]}
        for p in r["participants"]: assert p["role"] in ("child","adult","unknown")
        for m in r["messages"]: assert m["sender"] in ids, (r["id"], m["sender"])
        assert {m["sender"] for m in r["messages"]}==ids, r["id"]
    for m in r["messages"]: assert m["text"].strip()
    if not r["labels"]: clean+=1
    if len(r["labels"])>1: multi+=1
    if len(r["messages"])==1: single+=1
    for l in r["labels"]: per[l].append(r["id"])
    if meta[r["id"]]["evasion"]: ev.append(r["id"]); assert r["labels"]
pos=n-clean
print("total",n,"clean",clean,"%.1f%%"%(100*clean/n),"pos",pos,"multi",multi,"withparts",withp,"single",single,"evasion",len(ev),"%.1f%% of pos"%(100*len(ev)/pos))
for h in sorted(H): print(h,len(per[h]))
