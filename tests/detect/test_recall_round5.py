"""Round five of fresh phrasings (families two independent writers' sets showed missing:
tests/data/blind9/, blind10/): what children and adults report in their own words, and
newer forms. Their evasions, and benign look-alikes. Pattern-level and non-explicit."""

from __future__ import annotations

from recall_helpers import recall_tests

POSITIVES: list[tuple[str, str]] = [
    ("cyberbullying", "say one more thing and we will leak his address in the group"),
    ("cyberbullying", "the lads are going to pay you a visit"),
    ("cyberbullying", "they keep making group chats about me"),
    ("cyberbullying", "my photo is going round the whole year"),
    ("csam", "selling packs, the younger ones, dm me"),
    ("csam", "prove you are not a cop first"),
    ("csam", "i will pay you 5 each for pics of girls in your class"),
    ("csam", "he showed us videos of kids that were wrong"),
    ("self_harm", "we are ana buddies, stay under 600 max"),
    ("self_harm", "feeling faint means its working"),
    ("self_harm", "you can keep my xbox, i will not need it any more"),
    ("self_harm", "everyone would be better off if i was gone"),
    ("self_harm", "my friend has been cutting herself again"),
    ("harmful_challenge", "first one to lie on the railway line and film it gets in"),
    ("harmful_challenge", "we tried chroming at the park"),
    ("harmful_challenge", "the paracetamol challenge is all over my fyp"),
    ("harmful_challenge", "the doll sends kids a task each night"),
    ("identity_theft", "a code just came through, can you screenshot it and send it to me"),
    ("identity_theft", "i used your number as my recovery by mistake"),
    ("scam", "please vote for me, just log in with your snapchat on the link"),
    ("scam", "pay the £30 starter kit fee to begin"),
    ("scam", "earn £40 a day from your phone watching videos"),
    ("scam", "my card is frozen, can you lend me £50, i will pay you back double"),
    ("scam", "just pay through paypal friends and family, saves fees"),
    ("unwanted_contact", "i found your account through your cousins followers"),
    ("unwanted_contact", "loads of follow requests from men she does not know"),
    ("grooming", "dont mention a thing to your dad about the skins"),
    ("sexting", "do a stream just for me"),
    ("sexting", "he forwarded her picture to all his mates"),
    ("identity_theft", "someone made a tiktok using all my photos"),
    ("criminal_exploitation", "minding the bag for an older lad, he will batter me if i lose it"),
    ("location_control", "he makes her keep find my on and goes mad when her phone dies"),
    ("sex_trafficking", "men pay to spend time with her and he keeps it all"),
    ("sex_trafficking", "we get you papers that say you are 18"),
    ("privacy_disclosure", "house is empty for two weeks while we are in portugal"),
]

EVASIONS: list[tuple[str, str]] = [
    ("self_harm", "d1zzy means it's w0rking"),
    ("scam", "v0te for me pl$ vote-4-me.xyz/jo"),
    ("identity_theft", "u'll get a c0de, send it me"),
    ("harmful_challenge", "who ever runs acr0ss the tr@in tracks first wins"),
    ("criminal_exploitation", "🏃📦 ➡️ 🚂 tmrw"),
]

NEGATIVES: list[tuple[str, str]] = [
    ("cyberbullying", "i will post your birthday card tomorrow"),
    ("cyberbullying", "we made a gc for the trip"),
    ("cyberbullying", "everyone was laughing at the film"),
    ("csam", "opened new fifa packs, school age kids love them"),
    ("self_harm", "you can have my switch, i got a new one"),
    ("self_harm", "it would be better if i was not late again"),
    ("self_harm", "the cat left scratches on her arm"),
    ("harmful_challenge", "i ran across the road to catch the bus"),
    ("harmful_challenge", "my nan takes tablets for her heart"),
    ("identity_theft", "never send anyone the code you get"),
    ("scam", "the school trip has a £40 deposit to secure your place"),
    ("scam", "lend me a fiver, pay you back at lunch"),
    ("unwanted_contact", "i found your lost phone on the bus"),
    ("grooming", "do not say anything to mum about the party, its a surprise"),
    ("sexting", "make the account private"),
    ("identity_theft", "an album using all her photos from the trip"),
    ("criminal_exploitation", "i am holding it for someone, they will pick it up later"),
    ("location_control", "my mum made me install the school app"),
    ("sex_trafficking", "advertising her cakes on a website"),
    ("privacy_disclosure", "the house is empty without the dog"),
    # everyday reasons (blind12, a set of hard negatives)
    ("self_harm", "she read my essay out in front of everyone, i want to die"),
    ("self_harm", "im going to die of embarrassment"),
    ("sexting", "send me a pic of your prom dress"),
    ("identity_theft", "whats your login for the school app, parents evening booking is on it"),
    ("identity_theft", "for your right to work check i need your national insurance number"),
    ("location_control", "keep your location on, i will be parked outside at 10"),
    ("cyberbullying", "you are dead next game"),
]


test_fresh_phrasing_is_recognised, test_benign_look_alike_stays_quiet = recall_tests(
    POSITIVES + EVASIONS, NEGATIVES
)
