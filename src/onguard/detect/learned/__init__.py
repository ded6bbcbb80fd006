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

import numpy as np

from onguard.detect.learned.features import HashingParams, NgramHasher, NgramHits
from onguard.detect.learned.model import (
    LinearConversationModel,
    ModelScore,
    PreparedHits,
    prepare_hits,
    shape_codes,
)

ARTEFACTS_DIR = Path(__file__).resolve().parent / "artefacts"

__all__ = [
    "ARTEFACTS_DIR",
    "ConversationModel",
    "HashingParams",
    "LinearConversationModel",
    "ModelScore",
    "NgramHasher",
    "NgramHits",
    "load_default_models",
    "load_models",
    "score_all",
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


ConversationInput = tuple[Sequence[str], Sequence[str], "set[str] | frozenset[str]"]


def score_conversations(
    models: Sequence[LinearConversationModel],
    conversations: Sequence[ConversationInput],
    with_evidence: bool = True,
) -> list[list[ModelScore]]:
    """Score a batch of conversations `(texts, senders, child_ids)` with every model.

    Returns one list per conversation, in the order of `models`. Hashing the whole
    batch at once, and sharing it between models, is what makes the models cheap:
    per-call overhead, not n-gram work, dominates short conversations. Evidence is
    computed only for conversations a model reports.
    """
    sizes = np.fromiter(
        (len(c[0]) for c in conversations), dtype=np.int64, count=len(conversations)
    )
    texts: list[str] = []
    senders: list[str] = []
    for conv_texts, conv_senders, _ in conversations:
        if len(conv_texts) != len(conv_senders):
            raise ValueError("texts and senders must have the same length")
        texts.extend(conv_texts)
        senders.extend(conv_senders)
    ends = np.cumsum(sizes)
    starts = ends - sizes
    conv_start = np.repeat(starts, sizes)
    non_child: np.ndarray | None = None
    if any(c[2] for c in conversations):
        non_child = np.fromiter(
            (s not in c[2] for c in conversations for s in c[1]), dtype=bool, count=len(senders)
        )
    first_len = np.fromiter(
        (len(c[0][0]) if len(c[0]) else 0 for c in conversations),
        dtype=np.int64,
        count=len(conversations),
    )
    shape = shape_codes(np.arange(len(texts)) - conv_start, np.repeat(first_len, sizes))
    hits_by_params: dict[HashingParams, NgramHits] = {}
    by_message: dict[HashingParams, _HitsByMessage] = {}
    prepared_by_key: dict[tuple[HashingParams, bool], PreparedHits] = {}
    out: list[list[ModelScore]] = [[] for _ in conversations]
    many = len(conversations) > 1
    for model in models:
        hits = hits_by_params.get(model.params)
        if hits is None:
            hits = hits_by_params[model.params] = NgramHasher(model.params).hits(texts)
        read = non_child if model.reads == "non_child" else None
        key = (model.params, read is not None)
        prepared = prepared_by_key.get(key)
        if prepared is None:
            prepared = prepared_by_key[key] = prepare_hits(
                hits, read, conv_start if many else None, model.params.block_size
            )
        prefix = model.prefix_scores(hits, prepared=prepared, shape=shape) if texts else np.zeros(0)
        for i, (conv_texts, conv_senders, children) in enumerate(conversations):
            if sizes[i] == 0:
                out[i].append(ModelScore(0.0, []))
                continue
            p = prefix[starts[i] : ends[i]]
            final = float(p[-1])
            evidence: list[tuple[int, int, int, str]] = []
            if with_evidence and final >= 0.5:
                if model.params not in by_message:
                    by_message[model.params] = _HitsByMessage(hits)
                conv_hits = by_message[model.params].slice(int(starts[i]), int(ends[i]))
                evidence = model.evidence(conv_hits, conv_texts, conv_senders, set(children))
            out[i].append(ModelScore(final, p.tolist(), evidence))
    return out


class _HitsByMessage:
    """A batch's hits ordered by message, to cut out one conversation's hits cheaply."""

    def __init__(self, hits: NgramHits) -> None:
        self.hits = hits
        self.order = np.argsort(hits.message, kind="stable")
        self.sorted_message = hits.message[self.order]

    def slice(self, first: int, last: int) -> NgramHits:
        a, b = np.searchsorted(self.sorted_message, [first, last])
        idx = self.order[a:b]
        h = self.hits
        return NgramHits(
            last - first, h.feature[idx], h.message[idx] - first, h.start[idx], h.end[idx]
        )
