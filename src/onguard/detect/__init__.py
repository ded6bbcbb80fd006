"""Find signals of the guide's harms in messages.

`Recognizer`s (YAML pattern rules, structured personal-detail recognisers,
anything with `name` and `analyze(doc) -> list[Signal]`) are held in a
`RecognizerRegistry` and run over a `Document`: a batch of messages joined and
normalised once. Learned conversation models live in `onguard.detect.learned`.
"""

from onguard.detect.base import SEPARATOR, Document, Recognizer, Signal
from onguard.detect.patterns import PatternRecognizer, Rule, RuleError, load_rules
from onguard.detect.registry import RecognizerRegistry
from onguard.detect.structured import default_structured

__all__ = [
    "SEPARATOR",
    "Document",
    "PatternRecognizer",
    "Recognizer",
    "RecognizerRegistry",
    "Rule",
    "RuleError",
    "Signal",
    "default_structured",
    "load_rules",
]
