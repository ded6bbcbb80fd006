"""The recogniser interface and registry: anything with `name` and `analyze(doc)` plugs in."""

from __future__ import annotations

from onguard.detect import SEPARATOR, Document, Recognizer, RecognizerRegistry, Signal


class _WordRecognizer:
    name = "word"

    def analyze(self, doc: Document) -> list[Signal]:
        out = []
        for i, text in enumerate(doc.texts):
            at = text.find("zebra")
            if at >= 0:
                out.append(Signal("insult", ("cyberbullying",), i, at, at + 5, 0.4, "test", "w"))
        return out


def test_custom_recognizers_plug_in_and_results_are_ordered() -> None:
    assert isinstance(_WordRecognizer(), Recognizer)
    registry = RecognizerRegistry([_WordRecognizer()])
    signals = registry.analyze_texts(["nothing", "a zebra", "zebra"])
    assert [(s.message, s.start) for s in signals] == [(1, 2), (2, 0)]
    registry.remove("word")
    assert registry.analyze_texts(["zebra"]) == []


def test_separator_inside_a_message_cannot_split_it() -> None:
    doc = Document([f"how old{SEPARATOR}are you", "next"])
    assert len(doc.norm_starts) == 2
    signals = RecognizerRegistry.default().analyze(doc)
    spans = [(s.message, s.start, s.end) for s in signals if s.signal == "age_probing"]
    assert spans == [(0, 0, 15)]


def test_empty_and_unicode_documents() -> None:
    registry = RecognizerRegistry.default()
    assert registry.analyze_texts([""]) == []
    signals = registry.analyze_texts(["\U0001f92b\U0001f92b our secret \u0455end"])
    assert all(0 <= s.start <= s.end for s in signals)
