"""A linear model over hashed n-grams of a whole conversation, with O(n) prefix scores.

The conversation's feature vector is the sublinear TF-IDF of the n-grams of the
messages it reads (`reads="non_child"`: every participant not marked as a child,
the way a grooming model should read the adult side; `"all"`: every message),
L2-normalised: x_f = idf_f * (1 + log count_f) / norm, with the character and
the word n-grams as two blocks normalised separately (as two TF-IDF vectorisers
side by side would be). Prefix scores are exact and
cost O(n log n) in the number of n-grams, not O(n^2): sorting the hits by feature
gives each occurrence its count so far, so the growth of the dot product and of the
squared norm from one message to the next are per-hit increments summed with
`bincount`; a cumulative sum then gives every prefix

    z_k = sum over blocks of S_k / sqrt(Q_k) + b
    (S: dot product before normalising, Q: squared norm).

The score reported is
sigmoid(slope * (z - threshold)): the decision threshold chosen by cross-validation
maps to 0.5, and `slope` comes from Platt scaling on out-of-fold scores.

Saved as `<name>.npz` (float32 weights and integer document frequencies, as
nonzero indices and values) plus
`<name>.json` (hashing parameters, intercept, calibration, threshold, data hashes,
metrics). Loading never unpickles anything (`allow_pickle=False`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np

from onguard.detect.learned.features import HashingParams, NgramHasher, NgramHits
from onguard.detect.learned.textform import evidence_to_original, normalise_messages

Reads = Literal["all", "non_child"]
# What a model's n-grams are read from: the messages as written, or as the project's
# normaliser folds them (leetspeak, shorthand, look-alike letters); evidence spans are
# in the original text either way.
TextForm = Literal["original", "normalised"]
FORMAT_VERSION = 1

# Conversation shapes, so one model can serve sources that look nothing alike: a lone
# short message (an SMS, a tweet, a game-chat line), a lone long message (a chat log
# pasted as one text), a question/answer pair, a chat of 3+ messages. A model may hold
# a threshold per shape, chosen by cross-validation inside its training data; a shape
# it never saw a positive of gets a conservative one (see training.py).
SHAPES: tuple[str, ...] = ("short", "long", "pair", "chat")
LONG_MESSAGE_CHARS = 300


def shape_codes(local_index: np.ndarray, first_len: np.ndarray) -> np.ndarray:
    """Shape code (index into SHAPES) of the prefix ending at each message.

    `local_index`: the message's index in its conversation; `first_len`: the length in
    characters of its conversation's first message.
    """
    single = np.where(first_len > LONG_MESSAGE_CHARS, 1, 0)
    return np.where(local_index == 0, single, np.where(local_index == 1, 2, 3)).astype(np.int64)


def conversation_shape(texts: Sequence[str]) -> str:
    """The shape of a whole conversation (one of SHAPES)."""
    if not texts:
        return "short"
    n = len(texts)
    return SHAPES[int(shape_codes(np.array([n - 1]), np.array([len(texts[0])]))[0])]


@dataclass(frozen=True)
class ModelScore:
    """A model's verdict on one conversation; `score >= 0.5` means report the harm."""

    score: float
    prefix_scores: list[float]
    evidence: list[tuple[int, int, int, str]] = field(default_factory=list)


@dataclass
class PreparedHits:
    """Hits sorted by bucket with each occurrence's growth of sublinear tf and tf^2.

    Independent of a model's weights, so models that read the same messages share it.
    `slot` is message + n_messages * (1 for the word block).
    """

    n_messages: int
    feature: np.ndarray
    slot: np.ndarray
    d_tf: np.ndarray
    d_tf_sq: np.ndarray
    prev: np.ndarray | None  # for each message, the last message of the previous conversation
    has_prev: np.ndarray | None


def prepare_hits(
    hits: NgramHits, read: np.ndarray | None, conv_start: np.ndarray | None, block: int
) -> PreparedHits:
    n = hits.n_messages
    feature, message = hits.feature, hits.message
    if read is not None:
        keep = read[message]
        feature, message = feature[keep], message[keep]
    # Sort hits by (conversation, bucket, message). One packed int64 key sorted in place
    # is several times faster than lexsort; lexsort is the fallback for huge batches.
    conv = conv_start[message] if conv_start is not None else None
    local = message - conv if conv is not None else message
    f_bits = (2 * block - 1).bit_length()
    m_bits = max(int(local.max(initial=0)).bit_length(), 1)
    c_bits = n.bit_length() if conv is not None else 0
    if f_bits + m_bits + c_bits <= 62:
        key = (feature.astype(np.int64) << m_bits) | local
        if conv is not None:
            key |= conv << (f_bits + m_bits)
        key.sort()
        group_key = key >> m_bits
        f = group_key & ((1 << f_bits) - 1)
        m = key & ((1 << m_bits) - 1)
        if conv is not None:
            m = m + (group_key >> f_bits)
    else:
        order = np.lexsort((message, feature) if conv is None else (message, feature, conv))
        f, m = feature[order], message[order]
        group_key = f if conv is None else conv[order] * (2 * block) + f
    k = np.arange(f.size)
    new = np.empty(f.size, dtype=bool)
    new[:1] = True
    np.not_equal(group_key[1:], group_key[:-1], out=new[1:])
    prev = has_prev = None
    if conv_start is not None:
        prev = conv_start - 1
        has_prev = prev >= 0
    seen = k - np.maximum.accumulate(np.where(new, k, 0))  # earlier occurrences
    # Sublinear tf: 0 -> 1 -> 1 + log 2 -> ...; the per-hit growth of tf and of tf^2.
    before = np.where(seen > 0, 1.0 + np.log(np.maximum(seen, 1)), 0.0)
    after = 1.0 + np.log(seen + 1.0)
    # Character and word n-grams are two blocks, each L2-normalised on its own.
    slot = m + n * (f >= block)
    return PreparedHits(n, f, slot, after - before, after**2 - before**2, prev, has_prev)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(x, -40.0, 40.0)))


class LinearConversationModel:
    """One harm's model. Implements the scanner's `ConversationModel` contract."""

    def __init__(
        self,
        *,
        name: str,
        harm: str,
        weights: np.ndarray,
        doc_freq: np.ndarray,
        n_docs: int,
        intercept: float,
        threshold: float,
        slope: float,
        reads: Reads = "all",
        params: HashingParams | None = None,
        metadata: dict[str, Any] | None = None,
        shape_thresholds: dict[str, float] | None = None,
        text: TextForm = "original",
        min_df: int = 1,
        explains: bool = True,
    ) -> None:
        if text not in ("original", "normalised"):
            raise ValueError(f"unknown text form {text!r}")
        self.text: TextForm = text
        self.name = name
        self.harm = harm
        self.signal = f"model_{harm}"
        self.params = params or HashingParams()
        if weights.shape != (self.params.n_features,):
            raise ValueError(f"weights shape {weights.shape} != ({self.params.n_features},)")
        if doc_freq.shape != weights.shape:
            raise ValueError("doc_freq and weights must have the same shape")
        self.weights = np.ascontiguousarray(weights, dtype=np.float32)
        self.doc_freq = np.ascontiguousarray(doc_freq, dtype=np.int32)
        self.n_docs = int(n_docs)
        # Features seen in fewer than `min_df` training conversations were dropped before
        # training (idf 0): they neither score nor dilute the norm of what does.
        self.min_df = int(min_df)
        # False for a model whose score is only compared, never shown (a source router):
        # it gives no evidence, which costs more than its score.
        self.explains = bool(explains)
        if self.min_df < 1:
            raise ValueError(f"min_df must be at least 1, got {min_df}")
        # scikit-learn's smoothed idf, so training (TfidfTransformer) and scoring agree.
        self.idf = np.log((1.0 + self.n_docs) / (1.0 + self.doc_freq)) + 1.0
        if self.min_df > 1:
            self.idf[self.doc_freq < self.min_df] = 0.0
        # Rounded to float32 (the weights' own precision), as the C path's table holds them:
        # half the table, so half the cache misses per n-gram, and both paths agree exactly.
        self._weighted_idf = (self.weights * self.idf).astype(np.float32).astype(np.float64)
        self._idf_squared = (self.idf**2).astype(np.float32).astype(np.float64)
        self.intercept = float(intercept)
        self.threshold = float(threshold)
        unknown = set(shape_thresholds or {}) - set(SHAPES)
        if unknown:
            raise ValueError(f"unknown conversation shapes: {sorted(unknown)}")
        self.shape_thresholds = {k: float(v) for k, v in (shape_thresholds or {}).items()}
        # Threshold by shape code; shapes without their own use the global threshold.
        self._threshold_by_shape = np.array(
            [self.shape_thresholds.get(s, self.threshold) for s in SHAPES]
        )
        self.slope = float(slope)
        self.reads: Reads = reads
        self.metadata = metadata or {}
        self._hasher = NgramHasher(self.params)

    @classmethod
    def from_parts(cls, model: LinearConversationModel, **changes: Any) -> LinearConversationModel:
        """A copy of `model` with some constructor arguments replaced."""
        parts: dict[str, Any] = {
            "name": model.name,
            "harm": model.harm,
            "weights": model.weights,
            "doc_freq": model.doc_freq,
            "n_docs": model.n_docs,
            "intercept": model.intercept,
            "threshold": model.threshold,
            "slope": model.slope,
            "reads": model.reads,
            "params": model.params,
            "metadata": dict(model.metadata),
            "shape_thresholds": dict(model.shape_thresholds),
            "text": model.text,
            "min_df": model.min_df,
            "explains": model.explains,
        }
        parts.update(changes)
        return cls(**parts)

    # -- scoring ---------------------------------------------------------------

    def _read_mask(self, senders: Sequence[str], child_ids: set[str]) -> np.ndarray | None:
        if self.reads == "non_child" and child_ids:
            return np.fromiter(
                (s not in child_ids for s in senders), dtype=bool, count=len(senders)
            )
        return None

    def raw_prefix(
        self,
        hits: NgramHits,
        read: np.ndarray | None = None,
        conv_start: np.ndarray | None = None,
        prepared: PreparedHits | None = None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """(z, squared norm) of the prefix ending at each message of the batch.

        `read`: which messages this model reads (None: all). `conv_start`: for each
        message, the index of its conversation's first message (None: one conversation).
        `prepared`: `prepare_hits(hits, read, conv_start, block)`, shared between models.
        """
        p = prepared or prepare_hits(hits, read, conv_start, self.params.block_size)
        n = p.n_messages
        dot = np.bincount(p.slot, weights=self._weighted_idf[p.feature] * p.d_tf, minlength=2 * n)
        sq = np.bincount(p.slot, weights=self._idf_squared[p.feature] * p.d_tf_sq, minlength=2 * n)
        dot = np.cumsum(dot.reshape(2, n), axis=1)
        norm_sq = np.cumsum(sq.reshape(2, n), axis=1)
        if p.prev is not None and p.has_prev is not None:  # restart the sums per conversation
            dot = dot - np.where(p.has_prev, dot[:, p.prev], 0.0)
            norm_sq = np.maximum(norm_sq - np.where(p.has_prev, norm_sq[:, p.prev], 0.0), 0.0)
        z = (dot / np.sqrt(np.maximum(norm_sq, 1e-12))).sum(axis=0) + self.intercept
        return z, norm_sq.sum(axis=0)

    def calibrate(self, z: np.ndarray, shape: np.ndarray | None = None) -> np.ndarray:
        """Calibrated score; `shape`: shape code of each z (None: the global threshold)."""
        threshold = self.threshold if shape is None else self._threshold_by_shape[shape]
        return _sigmoid(self.slope * (z - threshold))

    def prefix_scores(
        self,
        hits: NgramHits,
        read: np.ndarray | None = None,
        conv_start: np.ndarray | None = None,
        prepared: PreparedHits | None = None,
        shape: np.ndarray | None = None,
    ) -> np.ndarray:
        """Calibrated score of every prefix (0 where nothing has been read yet).

        `shape`: the shape code of each prefix (`shape_codes`); None: the global threshold.
        """
        z, norm_sq = self.raw_prefix(hits, read, conv_start, prepared)
        return np.where(norm_sq > 1e-9, self.calibrate(z, shape), 0.0)

    def score_hits(
        self,
        hits: NgramHits,
        texts: Sequence[str],
        senders: Sequence[str],
        child_ids: set[str],
        with_evidence: bool = True,
    ) -> ModelScore:
        if hits.n_messages == 0:
            return ModelScore(0.0, [])
        shape = shape_codes(np.arange(len(texts)), np.full(len(texts), len(texts[0])))
        prefix = self.prefix_scores(hits, self._read_mask(senders, child_ids), shape=shape)
        final = float(prefix[-1])
        evidence = (
            self.evidence(hits, texts, senders, child_ids)
            if with_evidence and self.explains and final >= 0.5
            else []
        )
        return ModelScore(final, prefix.tolist(), evidence)

    def score(
        self, texts: Sequence[str], senders: Sequence[str], child_ids: set[str]
    ) -> ModelScore:
        if len(texts) != len(senders):
            raise ValueError("texts and senders must have the same length")
        if self.text == "normalised":
            norms = normalise_messages(texts)
            folded = [n.text for n in norms]
            result = self.score_hits(self._hasher.hits(folded), folded, senders, child_ids)
            return ModelScore(
                result.score, result.prefix_scores, evidence_to_original(result.evidence, norms)
            )
        return self.score_hits(self._hasher.hits(texts), texts, senders, child_ids)

    def evidence(
        self,
        hits: NgramHits,
        texts: Sequence[str],
        senders: Sequence[str],
        child_ids: set[str],
        max_messages: int = 3,
        per_message: int = 2,
    ) -> list[tuple[int, int, int, str]]:
        """The messages that pushed the score up most and their top n-grams (word spans)."""
        w = self._weighted_idf[hits.feature]
        read = self._read_mask(senders, child_ids)  # raw weights: which n-grams pushed up
        contrib = np.bincount(hits.message, weights=w, minlength=hits.n_messages)
        if read is not None:
            contrib = contrib * read
        out: list[tuple[int, int, int, str]] = []
        for m in np.argsort(-contrib, kind="stable")[:max_messages]:
            if contrib[m] <= 0:
                break
            idx = np.flatnonzero(hits.message == m)
            idx = idx[np.argsort(-w[idx], kind="stable")]
            taken: list[tuple[int, int]] = []
            text = texts[int(m)]
            for i in idx:
                if w[i] <= 0 or len(taken) >= per_message:
                    break
                start, end = _widen_to_words(text, int(hits.start[i]), int(hits.end[i]))
                if start >= end or any(start < b and a < end for a, b in taken):
                    continue
                taken.append((start, end))
                out.append((int(m), start, end, f"{self.signal}: n-gram weight {w[i]:.2f}"))
        return out

    # -- persistence -----------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "name": self.name,
            "harm": self.harm,
            "signal": self.signal,
            "reads": self.reads,
            "hashing": self.params.to_json(),
            "n_docs": self.n_docs,
            "intercept": self.intercept,
            "threshold": self.threshold,
            "shape_thresholds": self.shape_thresholds,
            "slope": self.slope,
            **({"text": self.text} if self.text != "original" else {}),
            **({"min_df": self.min_df} if self.min_df != 1 else {}),
            **({"explains": False} if not self.explains else {}),
            **self.metadata,
        }

    def save(self, directory: Path) -> tuple[Path, Path]:
        directory.mkdir(parents=True, exist_ok=True)
        nz = np.flatnonzero(self.weights).astype(np.int32)
        # Document frequencies are small integers, mostly 0: dense and compressed is smallest.
        # Those below min_df only say "dropped", so they are saved as 0 (same idf: 0).
        doc_freq = np.where(self.doc_freq >= self.min_df, self.doc_freq, 0)
        df_type = np.uint16 if doc_freq.max(initial=0) <= np.iinfo(np.uint16).max else np.int32
        npz = directory / f"{self.name}.npz"
        np.savez_compressed(
            npz,
            index=nz,
            value=self.weights[nz].astype(np.float32),
            doc_freq=doc_freq.astype(df_type),
        )
        sidecar = directory / f"{self.name}.json"
        sidecar.write_text(json.dumps(self.to_json(), indent=2, sort_keys=True) + "\n")
        return npz, sidecar

    @classmethod
    def load(cls, sidecar: Path) -> LinearConversationModel:
        meta = json.loads(sidecar.read_text())
        if meta.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{sidecar.name}: unsupported format_version")
        params = HashingParams.from_json(meta["hashing"])
        with np.load(sidecar.with_suffix(".npz"), allow_pickle=False) as arrays:
            weights = np.zeros(params.n_features, dtype=np.float32)
            weights[arrays["index"]] = arrays["value"]
            doc_freq = arrays["doc_freq"].astype(np.int32)
        known = {"format_version", "name", "harm", "signal", "reads", "hashing"}
        known |= {"intercept", "threshold", "slope", "n_docs", "shape_thresholds", "text"}
        known |= {"min_df", "explains"}
        return cls(
            name=meta["name"],
            harm=meta["harm"],
            weights=weights,
            doc_freq=doc_freq,
            n_docs=int(meta["n_docs"]),
            intercept=float(meta["intercept"]),
            threshold=float(meta["threshold"]),
            slope=float(meta["slope"]),
            shape_thresholds=meta.get("shape_thresholds") or None,
            reads=meta["reads"],
            params=params,
            metadata={k: v for k, v in meta.items() if k not in known},
            text=meta.get("text", "original"),
            min_df=int(meta.get("min_df", 1)),
            explains=bool(meta.get("explains", True)),
        )


def _widen_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a character n-gram span to whole words and trim white space, for display."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > 0 and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))
