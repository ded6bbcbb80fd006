"""A registry of recognisers, run together over one document."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter

from onguard.detect.base import Document, Recognizer, Signal
from onguard.detect.patterns import PatternRecognizer
from onguard.detect.structured import default_structured
from onguard.text import Normalizer, default_normalizer

_POSITION = attrgetter("message", "start", "end")


class RecognizerRegistry:
    """Holds recognisers; `analyze` runs each over a document and returns all signals."""

    def __init__(
        self, recognizers: Iterable[Recognizer] = (), normalizer: Normalizer | None = None
    ) -> None:
        self.recognizers: list[Recognizer] = list(recognizers)
        self.normalizer = normalizer or default_normalizer()

    @classmethod
    def default(cls) -> RecognizerRegistry:
        """The YAML pattern rules plus the structured (personal-detail) recognisers."""
        return cls([PatternRecognizer(), *default_structured()])

    def add(self, recognizer: Recognizer) -> None:
        self.recognizers.append(recognizer)

    def remove(self, name: str) -> None:
        self.recognizers = [r for r in self.recognizers if r.name != name]

    def document(self, texts: Sequence[str]) -> Document:
        return Document(texts, self.normalizer)

    def prescreen(self, docs: Sequence[Document]) -> None:
        """Let each recogniser that screens documents (`prescreen`) screen these together
        before they are analysed one by one: the same signals, found sooner."""
        for recognizer in self.recognizers:
            prescreen = getattr(recognizer, "prescreen", None)
            if prescreen is not None:
                prescreen(docs)

    def analyze(self, doc: Document) -> list[Signal]:
        """Every recogniser's signals, ordered by message then position."""
        signals: list[Signal] = []
        for recognizer in self.recognizers:
            signals.extend(recognizer.analyze(doc))
        if len(signals) > 1:
            signals.sort(key=_POSITION)
        return signals

    def analyze_texts(self, texts: Sequence[str]) -> list[Signal]:
        return self.analyze(self.document(texts))
