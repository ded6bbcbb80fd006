"""Shared test doubles for the assessment tests: a fixed date and a small fake scanner."""

from __future__ import annotations

import datetime as dt
from typing import Any

from onguard.spec import Conversation, Evidence, HarmFinding, ScanResult

TODAY = dt.date(2026, 11, 26)


class FakeScanner:
    """Reports the harms (and signals) it was given, for every conversation or text."""

    def __init__(
        self,
        conversation: dict[str, list[str]] | None = None,
        notes: dict[str, list[str]] | None = None,
    ) -> None:
        self.conversation = conversation or {}
        self.notes = notes or {}
        self.calls: list[str] = []

    @staticmethod
    def _result(rid: str, harms: dict[str, list[str]]) -> ScanResult:
        return ScanResult(
            id=rid,
            risk="high" if harms else "none",
            harms=[
                HarmFinding(
                    harm=h,
                    score=0.9,
                    first_message=0,
                    evidence=[Evidence(message=0, start=0, end=1, signal=s) for s in sigs],
                )
                for h, sigs in harms.items()
            ],
        )

    def scan(self, conv: Conversation) -> ScanResult:
        self.calls.append("scan")
        return self._result(conv.id, self.conversation)

    def scan_text(self, text: str) -> Any:
        self.calls.append("scan_text")
        result = self._result("notes", self.notes)

        class _Analysis:  # the real scan_text returns an analysis with .to_result()
            def to_result(self) -> ScanResult:
                return result

        return _Analysis()
