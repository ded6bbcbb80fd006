"""The scanner: escalation across messages, first_message, child identification, direction,
fusion with learned models, streaming, and robustness."""

from __future__ import annotations

import pytest
from model_stubs import FixedModel

from onguard.conversation import ScanConfig, Scanner, fuse
from onguard.spec import Conversation, ScanResult

SCANNER = Scanner(models=[])

GROOMING = {
    "id": "g",
    "participants": [{"id": "kid", "role": "child"}, {"id": "x", "role": "unknown"}],
    "messages": [
        {"sender": "x", "text": "hey, saw your drawings, they're amazing"},
        {"sender": "kid", "text": "thanks!"},
        {"sender": "x", "text": "how old are you?"},
        {"sender": "kid", "text": "13"},
        {"sender": "x", "text": "cool. keep this between us, ok? your mum wouldn't get it"},
        {"sender": "x", "text": "add me on telegram, it's more private"},
        {"sender": "x", "text": "we should meet up saturday, i can pick you up"},
    ],
}


def _harms(result: ScanResult) -> dict[str, int]:
    return {h.harm: h.first_message for h in result.harms}


def test_grooming_escalates_to_high_risk_with_first_message_when_reportable() -> None:
    result = SCANNER.scan(GROOMING)
    # age probing then a secrecy request to a 13-year-old: two stages from an unknown
    # contact are enough to report (early warning), at the secrecy message
    assert _harms(result) == {"grooming": 4}
    assert result.risk in ("high", "critical")
    grooming = result.harms[0]
    assert {e.signal for e in grooming.evidence} >= {
        "age_probing",
        "secrecy_request",
        "platform_move",
        "meeting_request",
    }
    for e in grooming.evidence:
        text = GROOMING["messages"][e.message]["text"]
        assert 0 <= e.start < e.end <= len(text)


def test_stages_are_scored_out_of_order() -> None:
    reordered = dict(GROOMING, messages=list(reversed(GROOMING["messages"])))
    assert "grooming" in _harms(SCANNER.scan(reordered))


def test_prefix_before_escalation_is_not_reported() -> None:
    early = dict(GROOMING, messages=GROOMING["messages"][:4])
    assert "grooming" not in _harms(SCANNER.scan(early))


def test_analysis_explains_each_piece_of_evidence() -> None:
    analysis = SCANNER.analyse(GROOMING)
    g = analysis.harms["grooming"]
    assert g.reported and g.first_message == 4
    assert set(g.stages) >= {"information_gathering", "secrecy_isolation", "private_app", "meeting"}
    assert all(e.explanation for e in g.evidence)
    assert analysis.child_ids == {"kid"}
    assert any(s.signal == "age_probing" for s in analysis.messages[2])
    assert analysis.to_result() == SCANNER.scan(GROOMING)


def test_child_is_inferred_from_a_stated_age() -> None:
    conv = {
        "id": "c",
        "messages": [
            {"sender": "a", "text": "how old are you"},
            {"sender": "b", "text": "im 12"},
            {"sender": "a", "text": "where do you live"},
            {"sender": "b", "text": "42 Elm Road, Leeds LS6 2AB"},
        ],
    }
    analysis = SCANNER.analyse(conv)
    assert analysis.child_ids == {"b"} and analysis.inferred_child_ids == {"b"}
    assert analysis.harms["privacy_disclosure"].reported


def test_privacy_disclosure_only_from_the_child() -> None:
    sms = {"id": "s", "messages": [{"sender": "?", "text": "Call us on 07700 900123 today"}]}
    assert _harms(SCANNER.scan(sms)) == {}
    adult = {
        "id": "a",
        "participants": [{"id": "kid", "role": "child"}, {"id": "shop", "role": "adult"}],
        "messages": [{"sender": "shop", "text": "our number is 07700 900123"}],
    }
    assert "privacy_disclosure" not in _harms(SCANNER.scan(adult))
    child = {
        "id": "k",
        "participants": [{"id": "kid", "role": "child"}],
        "messages": [{"sender": "kid", "text": "my number is 07700 900123"}],
    }
    assert "privacy_disclosure" in _harms(SCANNER.scan(child))


def test_details_given_on_request_are_a_disclosure_without_roles() -> None:
    conv = {
        "id": "q",
        "messages": [
            {"sender": "a", "text": "where do you live?"},
            {"sender": "b", "text": "42 Elm Road, Leeds LS6 2AB"},
        ],
    }
    assert "privacy_disclosure" in _harms(SCANNER.scan(conv))
    unasked = {
        "id": "q2",
        "messages": [
            {"sender": "a", "text": "hi"},
            {"sender": "b", "text": "42 Elm Road, Leeds LS6 2AB"},
        ],
    }
    assert "privacy_disclosure" not in _harms(SCANNER.scan(unasked))


def test_grooming_signals_from_the_child_do_not_count() -> None:
    conv = {
        "id": "r",
        "participants": [{"id": "kid", "role": "child"}, {"id": "x", "role": "adult"}],
        "messages": [
            {"sender": "kid", "text": "how old are you? dont tell my mum lol"},
            {"sender": "kid", "text": "wanna meet up? add me on snap"},
        ],
    }
    assert "grooming" not in _harms(SCANNER.scan(conv))


def test_refusal_then_persistent_contact_is_unwanted_contact() -> None:
    conv = {
        "id": "u",
        "participants": [{"id": "kid", "role": "child"}],
        "messages": [
            {"sender": "x", "text": "hey"},
            {"sender": "kid", "text": "leave me alone"},
            {"sender": "x", "text": "why"},
            {"sender": "x", "text": "hello??"},
            {"sender": "x", "text": "reply"},
        ],
    }
    assert _harms(SCANNER.scan(conv)).get("unwanted_contact") == 4


def test_hard_negatives_stay_quiet() -> None:
    for text in [
        "don't tell mum, it's a surprise party",
        "send me a pic of question 4",
        "this level is killing me",
        "I'm dying of laughter",
        "my mum tracks my location with Life360 and that's fine",
    ]:
        assert SCANNER.scan_text(text).reported == [], text


def test_scan_text_treats_text_as_one_message() -> None:
    analysis = SCANNER.scan_text("pay me £200 or i send the pics to all your friends")
    assert analysis.message_count == 1
    assert [h.harm for h in analysis.reported] == ["sextortion"]
    with pytest.raises(TypeError):
        SCANNER.scan_text(None)  # type: ignore[arg-type]


def test_scan_many_keeps_order_and_accepts_dicts_and_models() -> None:
    convs = [
        {"id": "1", "messages": []},
        Conversation.model_validate(GROOMING),
        {"id": "3", "messages": [{"sender": "a", "text": "kys"}]},
    ]
    results = list(SCANNER.scan_many(convs))
    assert [r.id for r in results] == ["1", "g", "3"]
    assert results[0].risk == "none" and results[0].harms == []


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError):
        SCANNER.scan(["not", "a", "conversation"])  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="messages"):
        SCANNER.scan({"id": "x", "messages": "nope"})


def test_unknown_roles_and_huge_messages_do_not_crash() -> None:
    big = "how old are you " * 6000  # 96,000 characters, under the spec's cap
    conv = {
        "id": "h",
        "participants": [{"id": "z", "role": "unknown"}],
        "messages": [{"sender": "nobody-listed", "text": big}, {"sender": "z", "text": ""}],
    }
    result = SCANNER.scan(conv)
    assert result.id == "h"


def test_tracker_matches_batch_and_reports_each_harm_once() -> None:
    tracker = SCANNER.tracker("g", GROOMING["participants"])
    new = [tracker.update(m) for m in GROOMING["messages"]]
    assert [i for i, found in enumerate(new) if found] == [4]
    assert new[4][0].harm == "grooming" and new[4][0].first_message == 4
    assert _harms(tracker.result()) == _harms(SCANNER.scan(GROOMING))


def test_thresholds_come_from_config() -> None:
    strict = Scanner(config={"report_threshold": 0.95}, models=[])
    assert _harms(strict.scan(GROOMING)) == {}
    assert ScanConfig.load().report_threshold == 0.5


# -- learned models ------------------------------------------------------------


def test_fusion_is_the_max_of_rule_and_model() -> None:
    assert fuse(0.3, 0.8) == 0.8
    assert fuse(0.6, 0.2) == 0.6
    assert fuse(0.4, None) == 0.4


def test_a_confident_model_reports_a_harm_the_rules_missed() -> None:
    model = FixedModel("cyberbullying", "model_cyberbullying", 0.9)
    scanner = Scanner(models=[model])
    conv = {
        "id": "m",
        "messages": [
            {"sender": "a", "text": "hello"},
            {"sender": "b", "text": "you are so annoying honestly"},
        ],
    }
    result = scanner.scan(conv)
    assert _harms(result) == {"cyberbullying": 1}
    assert result.harms[0].evidence[-1].signal == "model_cyberbullying"


def test_an_unsure_model_does_not_stop_strong_rules() -> None:
    scanner = Scanner(models=[FixedModel("self_harm", "model_self_harm", 0.1)])
    assert "self_harm" in _harms(
        scanner.scan(
            {"id": "s", "messages": [{"sender": "a", "text": "i want to kill myself tonight"}]}
        )
    )


def test_a_broken_model_leaves_the_rules_working() -> None:
    class Broken:
        harm, signal = "grooming", "model_grooming"

        def score(self, texts, senders, child_ids):
            raise RuntimeError("boom")

    assert "grooming" in _harms(Scanner(models=[Broken()]).scan(GROOMING))


def test_tracker_runs_models_on_a_bounded_window() -> None:
    model = FixedModel("scam", "model_scam", 0.2)
    scanner = Scanner(config={"model_window": 3}, models=[model])
    tracker = scanner.tracker("w")
    seen = []
    original = model.score

    def spy(texts, senders, child_ids):
        seen.append(len(texts))
        return original(texts, senders, child_ids)

    model.score = spy  # type: ignore[method-assign]
    for i in range(10):
        tracker.update({"sender": "a", "text": f"message {i}"})
    assert max(seen) == 3


def test_tracker_state_stays_bounded_on_long_conversations() -> None:
    tracker = Scanner(config={"model_window": 10}, models=[]).tracker("long")
    for i in range(1500):
        tracker.update({"sender": "a", "text": f"you idiot {i}"})
    assert len(tracker.state.per_message) <= 10
    assert all(len(h.evidence) <= 25 for h in tracker.state.harms.values())
    assert [h.harm for h in tracker.result().harms] == ["cyberbullying"]


def test_an_adult_claiming_to_be_a_teen_is_not_taken_for_a_second_child() -> None:
    conv = {
        "id": "t",
        "participants": [{"id": "kid", "role": "child"}, {"id": "x", "role": "unknown"}],
        "messages": [
            {"sender": "x", "text": "i'm 16 too, what year r u in"},
            {"sender": "kid", "text": "year 9"},
            {"sender": "x", "text": "dont tell your parents about me"},
            {"sender": "x", "text": "add me on telegram"},
        ],
    }
    analysis = SCANNER.analyse(conv)
    assert analysis.child_ids == {"kid"}
    assert analysis.harms["grooming"].reported


def test_peers_need_much_more_for_grooming() -> None:
    peers = [{"id": "a", "role": "child"}, {"id": "b", "role": "child"}]
    conv = {
        "id": "p",
        "participants": peers,
        "messages": [
            {"sender": "a", "text": "how old is your cousin"},
            {"sender": "a", "text": "dont tell your mum i said"},
            {"sender": "a", "text": "add me on snap"},
        ],
    }
    assert "grooming" not in _harms(SCANNER.scan(conv))


FAMILY_SURPRISE = {
    "id": "fs",
    "participants": [{"id": "dad", "role": "adult"}, {"id": "kid", "role": "child"}],
    "messages": [
        {"sender": "dad", "text": "dont say anything to mum about saturday, its a surprise party"},
        {"sender": "kid", "text": "ok!! is nan coming"},
        {"sender": "dad", "text": "yes. keep it secret, ill pick u up at 4 for the cake"},
        {"sender": "kid", "text": "i wont tell"},
    ],
}


@pytest.mark.parametrize("scanner", [SCANNER, Scanner()], ids=["rules", "default"])
def test_a_family_surprise_kept_over_several_messages_is_not_grooming(scanner: Scanner) -> None:
    assert "grooming" not in _harms(scanner.scan(FAMILY_SURPRISE))
    # the same secrecy and pick-up without the surprise still adds up
    plain = {
        **FAMILY_SURPRISE,
        "messages": [
            {"sender": "dad", "text": "dont say anything to mum about saturday ok"},
            {"sender": "kid", "text": "ok"},
            {"sender": "dad", "text": "keep it secret, ill pick u up from netball at 4"},
            {"sender": "dad", "text": "how old are u now anyway? delete this after"},
        ],
    }
    assert "grooming" in _harms(SCANNER.scan(plain))
