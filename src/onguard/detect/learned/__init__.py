"""Learned models: linear classifiers over hashed n-grams of whole conversations.

The scanner loads them through this contract:

- `load_default_models() -> list[ConversationModel]` (empty when no artefacts are shipped);
- a `ConversationModel` has `harm`, `signal` and
  `score(texts, senders, child_ids) -> ModelScore`;
- `ModelScore.score >= 0.5` means "report this harm" on its own;
  `prefix_scores[k]` scores the conversation up to message k;
  `evidence` holds `(message, start, end, reason)` spans in the original text.

Artefacts are `<harm>.npz` (weights) + `<harm>.json` (parameters, calibration,
data hashes, metrics) + `<harm>.md` (model card) in `artefacts/`; `onguard train`
rebuilds them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

from onguard.detect.learned.batch import (
    BatchScores,
    ConversationInput,
    extension_available,
    score_batch,
)
from onguard.detect.learned.features import HashingParams, NgramHasher, NgramHits
from onguard.detect.learned.model import LinearConversationModel, ModelScore

ARTEFACTS_DIR = Path(__file__).resolve().parent / "artefacts"

__all__ = [
    "ARTEFACTS_DIR",
    "BatchScores",
    "ConversationModel",
    "HashingParams",
    "LinearConversationModel",
    "ModelScore",
    "NgramHasher",
    "NgramHits",
    "extension_available",
    "load_default_models",
    "load_models",
    "score_all",
    "score_batch",
    "score_conversations",
]


@runtime_checkable
class ConversationModel(Protocol):
    harm: str
    signal: str

    def score(
        self, texts: Sequence[str], senders: Sequence[str], child_ids: set[str]
    ) -> ModelScore: ...


def load_models(directory: Path) -> list[LinearConversationModel]:
    """Every model saved in `directory` (`*.json` sidecars with their `.npz`), by name."""
    if not directory.is_dir():
        return []
    return [
        LinearConversationModel.load(p)
        for p in sorted(directory.glob("*.json"))
        if p.with_suffix(".npz").exists()
    ]


@functools.lru_cache(maxsize=1)
def _default_models() -> tuple[LinearConversationModel, ...]:
    return tuple(load_models(ARTEFACTS_DIR))


def load_default_models() -> list[ConversationModel]:
    """The shipped models (loaded once per process; the objects are read-only)."""
    return list(_default_models())


def score_all(
    models: Sequence[LinearConversationModel],
    texts: Sequence[str],
    senders: Sequence[str],
    child_ids: set[str],
) -> list[ModelScore]:
    """Score one conversation with several models, hashing its n-grams once."""
    return score_conversations(models, [(texts, senders, child_ids)])[0]


def score_conversations(
    models: Sequence[LinearConversationModel],
    conversations: Sequence[ConversationInput],
    with_evidence: bool = True,
    accelerate: bool | None = None,
) -> list[list[ModelScore]]:
    """Score a batch of conversations `(texts, senders, child_ids)` with every model.

    Returns one list per conversation, in the order of `models`. Hashing the whole
    batch at once, and sharing it between models, is what makes the models cheap:
    per-call overhead, not n-gram work, dominates short conversations. Evidence is
    computed only for conversations a model reports. `score_batch` returns the same
    scores as arrays, without building a `ModelScore` per conversation and model.
    """
    return score_batch(models, conversations, with_evidence, accelerate).rows()
