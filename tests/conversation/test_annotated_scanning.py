"""The scanner's use of the models learned from role-annotated conversations: only for a
conversation that lists its participants, in place of the real-data models (except the
harms configured to keep both), never deciding through the stacker."""

from __future__ import annotations

from model_stubs import FixedModel

from onguard.conversation import Scanner

PARTICIPANTS = [{"id": "a", "role": "unknown"}, {"id": "c", "role": "child"}]
MESSAGES = [
    {"sender": "a", "text": "hey, how was school"},
    {"sender": "c", "text": "ok i guess"},
    {"sender": "a", "text": "you can always talk to me"},
]


def _conv(with_participants: bool) -> dict:
    conv: dict = {"id": "x", "messages": MESSAGES}
    if with_participants:
        conv["participants"] = PARTICIPANTS
    return conv


def _harms(scanner: Scanner, conv: dict) -> set[str]:
    return {h.harm for h in scanner.scan(conv).harms}


def test_used_only_when_the_conversation_lists_its_participants() -> None:
    annotated = FixedModel("grooming", "model_grooming", 0.9)
    scanner = Scanner(models=[], annotated_models=[annotated])
    assert _harms(scanner, _conv(True)) == {"grooming"}
    assert annotated.calls == 1
    assert _harms(scanner, _conv(False)) == set()
    assert annotated.calls == 1  # not even scored


def test_they_take_the_place_of_the_real_models() -> None:
    real = FixedModel("cyberbullying", "model_cyberbullying", 0.95)
    annotated = FixedModel("cyberbullying", "model_cyberbullying", 0.1)
    scanner = Scanner(
        models=[real], annotated_models=[annotated], config={"annotated_keep_models": []}
    )
    assert _harms(scanner, _conv(True)) == set()
    assert _harms(scanner, _conv(False)) == {"cyberbullying"}


def test_configured_harms_keep_their_real_model_too() -> None:
    real = FixedModel("grooming", "model_grooming", 0.95)
    annotated = FixedModel("grooming", "model_grooming", 0.1)
    scanner = Scanner(
        models=[real], annotated_models=[annotated], config={"annotated_keep_models": ["grooming"]}
    )
    assert _harms(scanner, _conv(True)) == {"grooming"}


def test_batch_stream_and_single_scans_agree() -> None:
    annotated = [
        FixedModel("grooming", "model_grooming", 0.8),
        FixedModel("scam", "model_scam", 0.2),
    ]
    scanner = Scanner(models=[], annotated_models=annotated)
    one = scanner.scan(_conv(True))
    many = list(scanner.scan_many([_conv(True), _conv(False)]))
    tracker = scanner.tracker("x", PARTICIPANTS)
    for m in MESSAGES:
        tracker.update(m)
    streamed = tracker.result()
    assert [h.harm for h in one.harms] == [h.harm for h in many[0].harms] == ["grooming"]
    assert [h.harm for h in streamed.harms] == ["grooming"]
    assert many[1].harms == []
    assert one.harms[0].evidence[-1].signal == "model_grooming"


def test_a_broken_annotated_model_leaves_the_rules_working() -> None:
    class Broken:
        harm, signal = "scam", "model_scam"

        def score(self, texts, senders, child_ids):
            raise RuntimeError("boom")

    conv = _conv(True) | {
        "messages": [
            {"sender": "a", "text": "dont tell your mum, keep it our secret. how old are you?"}
        ]
    }
    assert "grooming" in _harms(Scanner(models=[], annotated_models=[Broken()]), conv)


def test_the_default_scanner_ships_them_and_rules_only_does_not() -> None:
    assert Scanner().annotated_models
    assert Scanner(models=[]).annotated_models == []
