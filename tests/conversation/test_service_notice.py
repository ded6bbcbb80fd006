"""Genuine service texts quieten a model's scam score (config `service_notice`)."""

from __future__ import annotations

import pytest
from model_stubs import FixedModel

from onguard.conversation import Scanner

CODE = "Your Acme verification code is 482913. Do not share this code with anyone."
CARD = "Acme Bank: your new card was posted today. We will never ask for your PIN by text."
APPOINTMENT = "Oakfield Surgery: your appointment is on Tue 14th at 09:40. To cancel reply CANCEL."
# The same kind of sender, but a scam: a link to "verify" and a request for details.
PHISH = (
    "Acme Bank: we will never ask for your PIN. Your account is locked, verify your card "
    "details now at http://acme-secure.example/login"
)
PLAIN_PROMO = "Acme Mobile: you have won a free phone, call now to claim"


def _scam(scanner: Scanner, text: str) -> float | None:
    result = scanner.scan({"id": "t", "messages": [{"sender": "acme", "text": text}]})
    return next((h.score for h in result.harms if h.harm == "scam"), None)


@pytest.fixture()
def confident() -> Scanner:
    return Scanner(models=[FixedModel("scam", "model_scam", 0.85)])


@pytest.mark.parametrize("text", [CODE, CARD, APPOINTMENT])
def test_a_service_notice_quietens_a_confident_model(confident: Scanner, text: str) -> None:
    assert _scam(confident, text) is None


def test_without_the_notice_words_the_model_still_reports(confident: Scanner) -> None:
    assert _scam(confident, "Acme: your code 482913, text back to confirm") is not None


def test_rule_evidence_keeps_the_report(confident: Scanner) -> None:
    # Scam texts borrow the wording too: a link to verify and a request for details stand.
    assert _scam(confident, PHISH) is not None
    assert _scam(confident, PLAIN_PROMO) is not None


def test_a_very_sure_model_still_reports_through_the_notice() -> None:
    scanner = Scanner(models=[FixedModel("scam", "model_scam", 0.99)])
    assert _scam(scanner, CODE) is not None  # 0.99 - 0.45 stays above the threshold


def test_the_step_is_configuration() -> None:
    off = Scanner(
        config={"service_notice": {"words": [], "harms": [], "lower": 0.0}},
        models=[FixedModel("scam", "model_scam", 0.85)],
    )
    assert _scam(off, CODE) is not None


def test_the_streaming_tracker_quietens_as_the_batch_scanner_does(confident: Scanner) -> None:
    tracker = confident.tracker("s")
    assert tracker.update({"sender": "acme", "text": CODE}) == []
