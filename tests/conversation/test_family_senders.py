"""Requests from a sender saved as family, and what a child tells them (config `family_senders`)."""

from __future__ import annotations

import pytest

from onguard.conversation import Scanner
from onguard.conversation.config import ScanConfig

PASSPORT = "can you send me a photo of your passport, the page with your picture"
LOCATION = "turn your location on now"
PASSWORD = "whats the netflix password again"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(models=[])


def _conv(messages: list[tuple[str, str]]) -> dict[str, object]:
    # "kid" is the child (disclosures count from a child only).
    people = dict.fromkeys(s for s, _ in messages)
    return {
        "id": "c",
        "participants": [{"id": p, "role": "child" if p == "kid" else "unknown"} for p in people],
        "messages": [{"sender": s, "text": t} for s, t in messages],
    }


def _signals(scanner: Scanner, messages: list[tuple[str, str]]) -> dict[str, float]:
    """Signal -> its highest score in the conversation, as folded (after every step)."""
    analysis = scanner.analyse(_conv(messages))
    out: dict[str, float] = {}
    for found in analysis.messages:
        for s in found:
            out[s.signal] = max(out.get(s.signal, 0.0), s.score)
    return out


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        (PASSPORT, "id_document_request"),
        (LOCATION, "location_demand"),
        (PASSWORD, "credential_request"),
    ],
)
@pytest.mark.parametrize("family", ["Mum", "dad 📱", "Nan_Joan", "MUMMY"])
def test_a_family_senders_request_counts_less(
    scanner: Scanner, text: str, signal: str, family: str
) -> None:
    stranger = _signals(scanner, [("jay_22", text), ("kid", "ok")])
    mum = _signals(scanner, [(family, text), ("kid", "ok")])
    assert stranger.get(signal, 0.0) > mum.get(signal, 0.0)


@pytest.mark.parametrize("name", ["Uncle Dave", "auntie", "mumble_gamer", "dadjokes99x", "Nathan"])
def test_other_names_are_not_family(scanner: Scanner, name: str) -> None:
    # Not "uncle" or "auntie" (what abusers are often called), and only whole words.
    stranger = _signals(scanner, [("jay_22", PASSPORT), ("kid", "ok")])
    other = _signals(scanner, [(name, PASSPORT), ("kid", "ok")])
    assert other == stranger


def test_threats_and_secrecy_from_a_family_name_are_not_lowered(scanner: Scanner) -> None:
    text = "dont tell your mum about us, pay me or i send the pics to ur friends"
    dad, stranger = _signals(scanner, [("Dad", text)]), _signals(scanner, [("x", text)])
    for signal in ("secrecy_request", "exposure_threat"):
        assert dad[signal] == stranger[signal] > 0


def test_a_childs_disclosure_counts_less_only_when_family_alone_hears_it(scanner: Scanner) -> None:
    told_mum = [("Mum", "whats ur new number"), ("kid", "07700 900123")]
    told_group = [*told_mum, ("jay_22", "cool")]
    alone = _signals(scanner, told_mum)
    in_group = _signals(scanner, told_group)
    assert in_group["shares_phone"] > alone.get("shares_phone", 0.0)


def test_the_streaming_tracker_lowers_as_the_batch_scanner_does(scanner: Scanner) -> None:
    stranger, mum = scanner.tracker("a"), scanner.tracker("b")
    found_stranger = stranger.update({"sender": "jay_22", "text": PASSPORT})
    found_mum = mum.update({"sender": "Mum", "text": PASSPORT})
    assert {h.harm for h in found_stranger} == {"identity_theft"}
    assert found_mum == []


def test_no_names_turns_the_step_off() -> None:
    config = ScanConfig.load().model_copy(update={"family_senders": ScanConfig().family_senders})
    plain = Scanner(config=config, models=[])
    a = _signals(plain, [("Mum", PASSPORT), ("kid", "ok")])
    b = _signals(plain, [("jay_22", PASSPORT), ("kid", "ok")])
    assert a == b
