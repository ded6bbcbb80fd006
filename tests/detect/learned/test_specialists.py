"""Source specialists and their routers (onguard.detect.learned.specialists), and how the
scanner uses them. Synthetic, non-explicit data: two "sources" that differ in style."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from onguard.conversation import Scanner
from onguard.conversation.scoring import fuse_all
from onguard.detect.learned import ARTEFACTS_DIR, load_models, score_batch
from onguard.detect.learned.cards import render_card
from onguard.detect.learned.specialists import (
    NEVER,
    ROUTE_AT,
    SHAPE_SPECIALIST_SPECS,
    SPECIALISTS_DIR,
    ShapeSpecialistSpec,
    SourceSpecialists,
    SpecialistSpec,
    everyday_conversations,
    fit_shape_specialists,
    fit_specialists,
)
from onguard.detect.learned.training import Doc, HarmSpec, design_matrix, fit_harm_model

SMS_SCAM = [
    "you have won a prize txt claim to 80000 now",
    "urgent your parcel is held pay the fee at the link",
    "free entry call now to claim your reward",
    "your account is locked verify at the link today",
]
SMS_PLAIN = [
    "see you at 6 outside the shop",
    "running late be there soon",
    "can you pick up milk on the way",
    "ok thanks see you tomorrow",
]
TWEET_LOW = [
    "i feel like giving up on everything #tired",
    "nobody would notice if i was gone @friend",
    "i cant do this anymore #alone",
]
TWEET_PLAIN = [
    "great day at the beach #summer",
    "new song out today @band is the best",
    "match tonight who is watching #football",
]


def _docs(seed: int = 0) -> list[Doc]:
    rng = np.random.default_rng(seed)
    docs = []
    for i in range(120):
        scam = i % 3 == 0
        text = str(rng.choice(SMS_SCAM if scam else SMS_PLAIN))
        docs.append(Doc(f"s{i}", "scam-sms", [text], ["?"], frozenset({"scam"} if scam else ())))
    for i in range(120):
        low = i % 3 == 0
        text = str(rng.choice(TWEET_LOW if low else TWEET_PLAIN))
        labels = frozenset({"self_harm"} if low else ())
        docs.append(Doc(f"t{i}", "self-harm-tweets", [text], ["?"], labels))
    return docs


SPECS = (SpecialistSpec("scam-sms", min_df=2), SpecialistSpec("self-harm-tweets", nb_beta=1.0))


@pytest.fixture(scope="module")
def routes() -> SourceSpecialists:
    return fit_specialists(_docs(), SPECS)


def test_routers_tell_the_sources_apart_and_specialists_learn_their_harm(
    routes: SourceSpecialists,
) -> None:
    sms, tweets = routes.routes
    assert (sms.source, sms.harm, tweets.harm) == ("scam-sms", "scam", "self_harm")
    assert sms.router.threshold == ROUTE_AT and sms.specialist.min_df == 2
    for text in SMS_SCAM[:2] + SMS_PLAIN[:2]:
        finals = [m.score([text], ["?"], set()).score for m in routes.models]
        assert routes.pick(finals) == [0], text
    for text in TWEET_LOW[:2] + TWEET_PLAIN[:2]:
        finals = [m.score([text], ["?"], set()).score for m in routes.models]
        assert routes.pick(finals) == [1], text
    # positive, negative, evasion (spacing and case: the hashed n-grams are lower-cased)
    assert sms.specialist.score(["URGENT your parcel is held"], ["?"], set()).score >= 0.5
    assert sms.specialist.score(["running late, see you at 6"], ["?"], set()).score < 0.5
    assert tweets.specialist.score(["i cant do this anymore"], ["?"], set()).score >= 0.5
    assert tweets.specialist.score(["great day at the beach"], ["?"], set()).score < 0.5


def test_a_router_claims_only_the_shapes_its_source_has(routes: SourceSpecialists) -> None:
    # Both synthetic sources are single messages: a pair or a chat is never routed.
    router = routes.routes[0].router
    text = SMS_SCAM[0]
    assert router.score([text], ["?"], set()).score >= 0.5
    assert router.score([text, text], ["a", "b"], set()).score < 0.5
    assert router.score([text] * 3, ["a", "b", "a"], set()).score < 0.5


def test_nb_weighting_is_folded_into_the_weights(routes: SourceSpecialists) -> None:
    # The scaled fit scores unscaled features: the batch (C or numpy) path agrees exactly.
    texts = [[t] for t in TWEET_LOW + TWEET_PLAIN]
    spec = routes.routes[1].specialist
    batch = score_batch([spec], [(t, ["?"], set()) for t in texts])
    for i, t in enumerate(texts):
        assert batch.final[i, 0] == pytest.approx(spec.score(t, ["?"], set()).score, abs=1e-9)


def test_save_and_load(routes: SourceSpecialists, tmp_path: Path) -> None:
    routes.save(tmp_path)
    again = SourceSpecialists.load(tmp_path)
    assert again is not None
    assert [r.source for r in again.routes] == ["scam-sms", "self-harm-tweets"]
    for a, b in zip(routes.models, again.models, strict=True):
        assert a.score(["free entry call now"], ["?"], set()) == b.score(
            ["free entry call now"], ["?"], set()
        )
    assert SourceSpecialists.load(tmp_path / "none") is None
    table = json.loads((tmp_path / "routes.json").read_text())
    table["routes"][0]["harm"] = "self_harm"
    (tmp_path / "routes.json").write_text(json.dumps(table))
    with pytest.raises(ValueError, match="not a self_harm model"):
        SourceSpecialists.load(tmp_path)
    table["format_version"] = 99
    (tmp_path / "routes.json").write_text(json.dumps(table))
    with pytest.raises(ValueError, match="format_version"):
        SourceSpecialists.load(tmp_path)


def test_one_specialist_per_harm(routes: SourceSpecialists) -> None:
    with pytest.raises(ValueError, match="one specialist per harm"):
        SourceSpecialists([routes.routes[0], routes.routes[0]])


@pytest.fixture(scope="module")
def general_scam() -> object:
    # A shared scam model that never saw these texts' style: it decides where no route does.
    docs = [
        Doc(f"g{i}", "general", [t], ["?"], frozenset({"scam"} if i % 2 else ()))
        for i, t in enumerate(["claim your prize", "hello there"] * 30)
    ]
    spec = HarmSpec("scam", ("general",), "all", per_shape=False, stacked=False)
    return fit_harm_model(spec, docs, design_matrix(docs, spec_params()), spec_params())


def spec_params():  # noqa: ANN201 - small hashing space for a fast test
    from onguard.detect.learned.features import HashingParams

    return HashingParams(n_bits=14)


def test_scanner_lets_a_routed_specialist_decide(
    routes: SourceSpecialists, general_scam: object
) -> None:
    scanner = Scanner(models=[general_scam], specialists=routes, batch_scorer=score_batch)
    specialist = routes.routes[0].specialist
    text = "urgent your parcel is held pay the fee at the link"
    routed = scanner.analyse({"id": "a", "messages": [{"sender": "?", "text": text}]})
    expected = specialist.score([text], ["?"], set()).score
    assert routed.harms["scam"].model_score == pytest.approx(expected)
    assert routed.harms["scam"].reported
    assert any(e.signal == "model_scam" for e in routed.harms["scam"].evidence)
    # a text the SMS router does not claim but the tweet router does: scam is scoped to its
    # route (config `routed_scope_harms`), so the shared scam model gives it no score ...
    other = "match tonight who is watching #football"
    plain = scanner.analyse({"id": "b", "messages": [{"sender": "?", "text": other}]})
    assert "scam" not in plain.harms
    # ... and without the scope, the shared scam model's score stands
    unscoped = Scanner(
        config={"routed_scope_harms": []},
        models=[general_scam],
        specialists=routes,
        batch_scorer=score_batch,
    )
    plain = unscoped.analyse({"id": "b", "messages": [{"sender": "?", "text": other}]})
    shared = general_scam.score([other], ["?"], set()).score  # type: ignore[attr-defined]
    assert plain.harms["scam"].model_score == pytest.approx(shared)
    # batches give what one conversation at a time gives
    convs = [
        {"id": str(i), "messages": [{"sender": "?", "text": t}]}
        for i, t in enumerate(SMS_SCAM + SMS_PLAIN + TWEET_LOW + [other])
    ]
    one = [scanner.scan(c).model_dump() for c in convs]
    assert [r.model_dump() for r in scanner.scan_many(convs)] == one
    tracker = scanner.tracker("t")
    tracker.update({"sender": "?", "text": text})
    assert tracker.analysis().harms["scam"].model_score == pytest.approx(expected)


def test_only_evidence_that_can_be_shown_is_asked_for(
    routes: SourceSpecialists, general_scam: object
) -> None:
    # columns: the shared scam model, then (router, specialist) for scam-sms and for tweets
    finals = np.array(
        [
            [0.9, 0.8, 0.9, 0.1, 0.9],  # the SMS route taken: its specialist, not the shared model
            [0.9, 0.2, 0.9, 0.7, 0.9],  # the tweets route taken: it decides self_harm, not scam
            [0.9, 0.2, 0.9, 0.1, 0.9],  # no route taken
        ]
    )
    shown = routes.shown(finals, [general_scam])
    assert shown.tolist() == [
        [False, False, True, False, False],
        [True, False, False, False, True],
        [True, False, False, False, False],
    ]
    assert routes.picked(finals[:, 1:]).tolist() == [
        [i in routes.pick(row) for i in range(2)] for row in finals[:, 1:].tolist()
    ]
    # the scanner's batches ask score_batch for that evidence only, and show the same
    asked: list[np.ndarray] = []

    def recording(models, conversations, **kw):  # noqa: ANN001, ANN003, ANN202
        asked.append(kw["explain"])
        return score_batch(models, conversations, **kw)

    scanner = Scanner(models=[general_scam], specialists=routes, batch_scorer=recording)
    convs = [
        {"id": str(i), "messages": [{"sender": "?", "text": t}]}
        for i, t in enumerate(SMS_SCAM + TWEET_LOW)
    ]
    batched = [r.model_dump() for r in scanner.scan_many(convs)]
    assert asked
    assert batched == [scanner.scan(c).model_dump() for c in convs]


def test_no_specialists_without_harm_models(routes: SourceSpecialists) -> None:
    rules_only = Scanner(models=[], specialists=routes)
    text = "urgent your parcel is held pay the fee at the link"
    result = rules_only.analyse({"id": "a", "messages": [{"sender": "?", "text": text}]})
    assert all(h.model_score is None for h in result.harms.values())


def test_the_stacker_does_not_decide_an_unstacked_harm() -> None:
    class Veto:
        def score(self, model_scores, rule_scores, n_messages, first_len):  # noqa: ANN001, ANN201
            return {h: 0.0 for h in model_scores}

    scores = {"scam": 0.9, "self_harm": 0.8}
    vetoed = fuse_all({}, scores, 1, 10, Veto())
    assert vetoed == {"scam": 0.0, "self_harm": 0.0}
    kept = fuse_all({}, scores, 1, 10, Veto(), unstacked=frozenset({"scam"}))
    assert kept == {"scam": 0.9, "self_harm": 0.0}


def test_shipped_specialists_load() -> None:
    # Their sidecars' contents are checked with every artefact's in test_learned_models.py.
    shipped = SourceSpecialists.load(SPECIALISTS_DIR)
    assert shipped is not None, "run `onguard train` to build the source specialists"
    assert {r.source for r in shipped.routes} == {"chat-conda", "scam-sms", "self-harm-tweets"}
    table = json.loads((SPECIALISTS_DIR / "routes.json").read_text())
    assert set(table) == {"format_version", "routes"}
    for row in table["routes"]:
        assert set(row) == {"source", "harm", "router", "specialist"}
    assert (SPECIALISTS_DIR / "specialists.md").exists()


def test_everyday_conversations_are_another_source(tmp_path: Path) -> None:
    assert everyday_conversations(tmp_path) == []  # an installed package: none
    docs = everyday_conversations()
    assert docs, "the hand-written sets are in tests/data/"
    assert all(d.source.startswith("everyday:") for d in docs)
    # Each conversation and its lone messages carry the conversation's labels.
    labelled = {d.id: d.labels for d in docs if "#" not in d.id}
    assert all(d.labels == labelled[d.id.split("#")[0]] for d in docs if "#" in d.id)
    assert any(d.labels for d in docs) and any(not d.labels for d in docs)
    assert not any("blind6" in d.source or "blind11" in d.source for d in docs)  # held out
    assert any(len(d.texts) == 1 for d in docs) and any(len(d.texts) > 1 for d in docs)
    # The sets left out of the routers (measured in CV, see ROUTER_LEFT_OUT) are not read.
    from onguard.detect.learned.specialists import ROUTER_LEFT_OUT, router_sets

    read = {d.source.removeprefix("everyday:") for d in docs}
    assert read <= set(router_sets())
    assert not read & set(ROUTER_LEFT_OUT)


def test_the_routers_read_every_annotated_set_but_those_left_out() -> None:
    from onguard.detect.learned.annotated import HELD_OUT, SETS
    from onguard.detect.learned.specialists import ROUTER_LEFT_OUT, router_sets

    assert set(ROUTER_LEFT_OUT) <= set(SETS)
    assert set(router_sets()) == set(SETS) - set(ROUTER_LEFT_OUT)
    assert not set(router_sets()) & set(HELD_OUT)


def test_cv_cache_of_routes_follows_the_everyday_sets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `onguard eval` caches each fold's routes; their routers learn the hand-written sets,
    # so a changed or added set must not reuse routes fitted without it.
    from onguard.detect.learned import evaluation, specialists
    from onguard.detect.learned.annotated import SETS

    monkeypatch.setattr(specialists, "REPO_SETS", tmp_path)
    before = evaluation._specialists_key()
    (tmp_path / SETS[0]).mkdir()
    conv = tmp_path / SETS[0] / "conversations.jsonl"
    conv.write_text('{"id": "a", "messages": []}\n')
    added = evaluation._specialists_key()
    conv.write_text('{"id": "b", "messages": []}\n')
    changed = evaluation._specialists_key()
    assert len({before, added, changed}) == 3
    assert evaluation._specialists_key() == changed  # and stable otherwise


def test_shipped_routers_learned_the_everyday_sets_in_the_repo() -> None:
    # The routers learn the hand-written sets as everyday chat: a set added or changed
    # since `onguard train` means routes fitted without it.
    from onguard.detect.learned.specialists import router_sets
    from onguard.detect.learned.training import sha256_file

    shipped = SourceSpecialists.load(SPECIALISTS_DIR)
    assert shipped is not None
    repo = Path(__file__).resolve().parents[2] / "data"
    for route in shipped.routes:
        hashes = route.router.metadata["data_sha256"]
        recorded = {k.split("/")[2] for k in hashes if k.startswith("tests/data/")}
        assert recorded == set(router_sets())
        for name in router_sets():
            key = f"tests/data/{name}/conversations.jsonl"
            assert sha256_file(repo / name / "conversations.jsonl") == hashes[key], (
                f"{name} changed: run `onguard train`"
            )


def test_an_everyday_conversation_with_the_sources_harm_is_not_another_source() -> None:
    # A hand-written parcel-fee text is what the SMS specialist is for: taught to the router
    # as "another source", it would send the next such text away from the specialist.
    docs = _docs()
    scam_like = [
        Doc(f"e{i}", "everyday:blindX", [SMS_SCAM[i % len(SMS_SCAM)]], ["?"], frozenset({"scam"}))
        for i in range(60)
    ]
    # Lines of hand-written chats ("#": one message of a longer conversation) stay.
    chat_lines = [
        Doc(f"p{i}#0", "everyday:blindX", ["see you at the park later"], ["?"], frozenset())
        for i in range(60)
    ]
    with_guard = fit_specialists(docs + scam_like + chat_lines, SPECS).routes[0].router
    assert with_guard.metadata["conversations"] == len(docs) + len(chat_lines)
    assert with_guard.score([SMS_SCAM[0]], ["?"], set()).score >= 0.5
    assert with_guard.score(["see you at the park later"], ["?"], set()).score < 0.5


def test_a_text_written_as_one_is_not_another_source_for_a_source_of_texts() -> None:
    # A hand-written single text (a surgery reminder) is the SMS source's own kind: the
    # routers of lone-text sources leave it out; a router of chats would keep it.
    docs = _docs()
    texts = [
        Doc(f"t{i}", "everyday:blindX", ["your appointment is at 9"], ["?"], frozenset())
        for i in range(20)
    ]
    routes = fit_specialists(docs + texts, SPECS).routes
    assert all(r.router.metadata["conversations"] == len(docs) for r in routes)


# Shape specialists: a source's own model that reports only on that source's shape.
PASTED_RISKY = [
    "how old are you again",
    "dont tell your mum we talk",
    "delete these messages after ok",
    "i can come and meet you after school",
    "you are so mature for your age",
    "is anyone home with you tonight",
]
PASTED_PLAIN = [
    "did you see the match last night",
    "the traffic on the way in was awful",
    "what are you cooking for tea",
    "my printer has run out of ink again",
    "the new series starts on friday",
    "work was long today but fine",
]


def _pasted_log(rng: np.random.Generator, risky: bool) -> str:
    lines = [str(rng.choice(PASTED_PLAIN)) for _ in range(14)]
    if risky:
        for k in range(6):
            lines[2 * k + 1] = str(rng.choice(PASTED_RISKY))
    return " ".join(lines)  # a chat log pasted as one long text


def _pasted_docs(seed: int = 1) -> list[Doc]:
    rng = np.random.default_rng(seed)
    docs = []
    for i in range(90):
        risky = i % 3 == 0
        text = _pasted_log(rng, risky)
        assert len(text) > 300
        labels = frozenset({"grooming"} if risky else ())
        docs.append(Doc(f"v{i}", "grooming-vtpan", [text], ["?"], labels))
    return docs + _docs()  # other sources' texts are not its to learn from


@pytest.fixture(scope="module")
def pasted() -> object:
    docs = _pasted_docs()
    spec = ShapeSpecialistSpec("grooming-vtpan", "long", "grooming_pasted", min_df=2)
    (model,) = fit_shape_specialists(
        docs, design_matrix(docs, spec_params()), spec_params(), [spec]
    )
    return model


def test_a_shape_specialist_learns_its_source_and_reports_only_on_its_shape(
    pasted: object,
) -> None:
    model = pasted
    assert model.harm == "grooming" and model.metadata["role"] == "shape specialist"  # type: ignore[attr-defined]
    assert model.metadata["trained_on"]["conversations"] == 90  # type: ignore[attr-defined]
    rng = np.random.default_rng(7)
    risky, plain = _pasted_log(rng, True), _pasted_log(rng, False)
    assert model.score([risky], ["?"], set()).score >= 0.5  # type: ignore[attr-defined]
    assert model.score([plain], ["?"], set()).score < 0.5  # type: ignore[attr-defined]
    # the same lines as a short text, or as a chat of messages, are not its shape
    assert model.score([" ".join(PASTED_RISKY[:3])], ["?"], set()).score < 0.5  # type: ignore[attr-defined]
    chat = PASTED_RISKY + PASTED_PLAIN
    assert model.score(chat, ["a", "b"] * 6, set()).score < 0.5  # type: ignore[attr-defined]


def test_the_scanner_keeps_the_higher_of_two_models_of_one_harm(pasted: object) -> None:
    docs = [
        Doc(f"g{i}", "general", [t], ["?"], frozenset({"grooming"} if i % 2 else ()))
        for i, t in enumerate(["is anyone home with you tonight", "see you at the match"] * 30)
    ]
    spec = HarmSpec("grooming", ("general",), "all", per_shape=False, stacked=False)
    shared = fit_harm_model(spec, docs, design_matrix(docs, spec_params()), spec_params())
    scanner = Scanner(models=[shared, pasted], stacker=None, batch_scorer=score_batch)
    rng = np.random.default_rng(11)
    long_text = _pasted_log(rng, True)
    conv = {"id": "p", "messages": [{"sender": "?", "text": long_text}]}
    result = scanner.analyse(conv)
    both = [m.score([long_text], ["?"], set()).score for m in (shared, pasted)]  # type: ignore[attr-defined]
    assert result.harms["grooming"].model_score == pytest.approx(max(both))
    assert result.harms["grooming"].reported
    short = {"id": "s", "messages": [{"sender": "?", "text": "is anyone home with you tonight"}]}
    alone = Scanner(models=[shared], stacker=None, batch_scorer=score_batch).analyse(short)
    assert scanner.analyse(short).harms["grooming"].model_score == pytest.approx(
        alone.harms["grooming"].model_score
    )
    assert [r.model_dump() for r in scanner.scan_many([conv, short])] == [
        scanner.scan(c).model_dump() for c in (conv, short)
    ]


def test_a_shape_specialist_needs_its_source() -> None:
    with pytest.raises(ValueError, match="no conversations from grooming-vtpan"):
        fit_shape_specialists(_docs(), design_matrix(_docs(), spec_params()), spec_params())


def test_shipped_shape_specialists_load_and_keep_to_their_shape() -> None:
    by_name = {m.name: m for m in load_models(ARTEFACTS_DIR)}
    for spec in SHAPE_SPECIALIST_SPECS:
        model = by_name.get(spec.name)
        assert model is not None, "run `onguard train` to build the shape specialists"
        assert model.harm == spec.harm and model.metadata["source"] == spec.source
        assert model.shape_thresholds[spec.shape] == 0.0
        assert all(t >= NEVER for s, t in model.shape_thresholds.items() if s != spec.shape)
        card = (ARTEFACTS_DIR / f"{spec.name}.md").read_text()
        assert "reports only on that source's conversation shape" in card
        # the card was written from this model's own sidecar
        assert render_card(model).split("## Metrics")[0] == card.split("## Metrics")[0]
