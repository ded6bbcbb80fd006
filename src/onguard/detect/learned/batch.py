"""Scoring a batch of conversations with several models at once, as arrays.

`score_batch` is what the scanner calls: it returns a `BatchScores` (every prefix score
of every model as one array, evidence for the conversations a model reports) rather
than one `ModelScore` object per conversation and model; `BatchScores[i]` builds the
`ModelScore`s of conversation i when someone wants them.

Two implementations compute the same numbers:

- numpy (`NgramHasher.hits`, `prepare_hits`, `LinearConversationModel.raw_prefix` and
  `.evidence`): the reference, always available;
- the optional C extension `_fastscore` (built by `pip install`, skipped when no
  compiler is there): hashing, counting and every model's dot products in one pass
  over each conversation, several times cheaper per message. It is used when it is
  importable and supports the models' `HashingParams`; `accelerate=False` forces
  numpy. tests/detect/learned/test_fastscore.py checks that both agree on the
  shipped artefacts.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from onguard.detect.learned.features import HashingParams, NgramHasher, NgramHits, joined_lower
from onguard.detect.learned.model import ModelScore, PreparedHits, prepare_hits, shape_codes
from onguard.detect.learned.textform import evidence_to_original, normalise_messages

if TYPE_CHECKING:
    from onguard.detect.learned.model import LinearConversationModel

try:  # optional: a C compiler was there when the package was installed
    from onguard.detect.learned import _fastscore  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on the installation
    _fastscore = None

ConversationInput = tuple[Sequence[str], Sequence[str], "set[str] | frozenset[str]"]
Evidence = list[tuple[int, int, int, str]]

_MAX_NGRAM = 64  # longest character n-gram the extension hashes


def extension_available() -> bool:
    """Whether the C fast path was built and imported."""
    return _fastscore is not None


# The hashing parameters the C code knows; a featuriser with any other (a new field)
# is left to numpy until _fastscore.c learns it.
_KNOWN_PARAMS = {"n_bits", "char_ngrams", "word_ngrams", "version"}


def supports(params: HashingParams) -> bool:
    """Whether the C fast path computes these hashing parameters."""
    return (
        _fastscore is not None
        and set(params.to_json()) == _KNOWN_PARAMS
        and params.version == 1
        and 1 <= params.n_bits <= 30
        and len(params.char_ngrams) <= 16
        and all(1 <= n <= _MAX_NGRAM for n in params.char_ngrams)
    )


@dataclass
class BatchScores:
    """Every model's scores for a batch of conversations.

    `prefix[m, j]`: model j's calibrated score of the conversation up to message m (rows
    are the batch's messages, conversation after conversation); `final[i, j]`: model j's
    score of conversation i (0 for a conversation without messages); `evidence[(i, j)]`:
    model j's evidence in conversation i, for the pairs with `final >= 0.5` when evidence
    was asked for.
    """

    models: tuple[LinearConversationModel, ...]
    conv_start: np.ndarray  # int64 (n_conversations,): row of each conversation's first message
    conv_size: np.ndarray  # int64 (n_conversations,)
    prefix: np.ndarray  # float64 (n_messages, n_models)
    final: np.ndarray  # float64 (n_conversations, n_models)
    evidence: dict[tuple[int, int], Evidence] = field(default_factory=dict)

    def __len__(self) -> int:
        return int(self.conv_size.size)

    def __getitem__(self, i: int) -> list[ModelScore]:
        """The `ModelScore` of every model (in order) for conversation i."""
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        i %= len(self)
        a = int(self.conv_start[i])
        b = a + int(self.conv_size[i])
        if a == b:
            return [ModelScore(0.0, []) for _ in self.models]
        block = self.prefix[a:b]
        return [
            ModelScore(float(block[-1, j]), block[:, j].tolist(), self.evidence.get((i, j), []))
            for j in range(len(self.models))
        ]

    def prefix_column(self, i: int, j: int) -> list[float]:
        """Model j's prefix scores of conversation i (`self[i][j].prefix_scores`, without
        building every model's `ModelScore`)."""
        if not -len(self) <= i < len(self):
            raise IndexError(i)
        a = int(self.conv_start[i])
        column: list[float] = self.prefix[a : a + int(self.conv_size[i]), j].tolist()
        return column

    def rows(self) -> list[list[ModelScore]]:
        """Every conversation's `ModelScore`s (what `score_conversations` returns)."""
        columns = self.prefix.T.tolist()
        by_conv: dict[int, dict[int, Evidence]] = {}
        for (i, j), items in self.evidence.items():
            by_conv.setdefault(i, {})[j] = items
        out: list[list[ModelScore]] = []
        for i, (a, n) in enumerate(
            zip(self.conv_start.tolist(), self.conv_size.tolist(), strict=True)
        ):
            b = a + n
            evidence = by_conv.get(i)
            if n == 0:
                out.append([ModelScore(0.0, []) for _ in columns])
            elif evidence is None:
                out.append([ModelScore(col[b - 1], col[a:b], []) for col in columns])
            else:
                out.append(
                    [
                        ModelScore(col[b - 1], col[a:b], evidence.get(j, []))
                        for j, col in enumerate(columns)
                    ]
                )
        return out

    def first_reaching(self, threshold: float) -> np.ndarray:
        """int64 (n_conversations, n_models): the first message (index in its conversation)
        whose prefix score is >= threshold, -1 where none is."""
        k = len(self.models)
        out = np.full((len(self), k), -1, dtype=np.int64)
        hit_rows, hit_cols = np.nonzero(self.prefix >= threshold)
        if hit_rows.size:
            conv_of_row = np.repeat(np.arange(len(self)), self.conv_size)
            conv = conv_of_row[hit_rows]
            # The first hit of each (conversation, model) pair (nonzero is row-major).
            _, first = np.unique(conv * k + hit_cols, return_index=True)
            conv, cols = conv[first], hit_cols[first]
            out[conv, cols] = hit_rows[first] - self.conv_start[conv]
        return out


def score_batch(
    models: Sequence[LinearConversationModel],
    conversations: Sequence[ConversationInput],
    with_evidence: bool = True,
    accelerate: bool | None = None,
    explain: Callable[[np.ndarray], np.ndarray] | None = None,
) -> BatchScores:
    """Score conversations `(texts, senders, child_ids)` with every model, as arrays.

    `accelerate`: None uses the C extension where it supports the models, False never
    (the numpy reference), True requires it (ValueError where it cannot). Models that
    read normalised text (`textform`) score the normalised messages; their evidence is
    mapped back to the messages as written. `explain`: given `final`, a bool array of
    its shape saying which (conversation, model) pairs' evidence will be read (default:
    all); evidence is found only for those (and only where `final >= 0.5`).
    """
    models = tuple(models)
    if any(m.text == "normalised" for m in models):
        scored = _score_mixed(models, conversations, with_evidence, accelerate)
        if explain is not None and scored.evidence:
            keep = explain(scored.final)
            scored.evidence = {p: e for p, e in scored.evidence.items() if keep[p]}
        return scored
    return _score_batch(models, conversations, with_evidence, accelerate, explain)


def _score_mixed(
    models: tuple[LinearConversationModel, ...],
    conversations: Sequence[ConversationInput],
    with_evidence: bool,
    accelerate: bool | None,
) -> BatchScores:
    """`score_batch` where some models read normalised text: each part scored on its own
    text, the columns put back in the models' order."""
    folded = [j for j, m in enumerate(models) if m.text == "normalised"]
    plain = [j for j, m in enumerate(models) if m.text != "normalised"]
    norms = [normalise_messages(texts) for texts, _, _ in conversations]
    normalised = [
        ([n.text for n in conv_norms], senders, children)
        for conv_norms, (_, senders, children) in zip(norms, conversations, strict=True)
    ]
    parts = [
        (
            folded,
            _score_batch(tuple(models[j] for j in folded), normalised, with_evidence, accelerate),
        )
    ]
    if plain:
        parts.append(
            (
                plain,
                _score_batch(
                    tuple(models[j] for j in plain), conversations, with_evidence, accelerate
                ),
            )
        )
    first = parts[0][1]
    prefix = np.zeros((first.prefix.shape[0], len(models)))
    final = np.zeros((len(conversations), len(models)))
    evidence: dict[tuple[int, int], Evidence] = {}
    for columns, scored in parts:
        prefix[:, columns] = scored.prefix
        final[:, columns] = scored.final
        for (i, c), items in scored.evidence.items():
            j = columns[c]
            evidence[(i, j)] = (
                evidence_to_original(items, norms[i]) if models[j].text == "normalised" else items
            )
    return BatchScores(models, first.conv_start, first.conv_size, prefix, final, evidence)


def _score_batch(
    models: tuple[LinearConversationModel, ...],
    conversations: Sequence[ConversationInput],
    with_evidence: bool = True,
    accelerate: bool | None = None,
    explain: Callable[[np.ndarray], np.ndarray] | None = None,
) -> BatchScores:
    k = len(models)
    n_conv = len(conversations)
    size_list: list[int] = []
    first_lens: list[int] = []
    texts: list[str] = []
    any_children = False
    for conv_texts, conv_senders, children in conversations:
        m = len(conv_texts)
        if m != len(conv_senders):
            raise ValueError("texts and senders must have the same length")
        size_list.append(m)
        first_lens.append(len(conv_texts[0]) if m else 0)
        texts += conv_texts
        any_children = any_children or bool(children)
    n = len(texts)
    sizes = np.array(size_list, dtype=np.int64)
    first_len = np.array(first_lens, dtype=np.int64)
    ends = np.cumsum(sizes)
    starts = ends - sizes
    conv_start = np.repeat(starts, sizes)
    non_child: np.ndarray | None = None
    if any_children:
        non_child = np.fromiter(
            (s not in c[2] for c in conversations for s in c[1]), dtype=bool, count=n
        )
    shape = shape_codes(np.arange(n) - conv_start, np.repeat(first_len, sizes))
    prefix = np.zeros((n, k))
    final = np.zeros((n_conv, k))
    evidence: dict[tuple[int, int], Evidence] = {}
    if n == 0 or k == 0:
        return BatchScores(models, starts, sizes, prefix, final, evidence)

    # Models that hash alike and read the same messages share their n-gram counts.
    groups: dict[tuple[HashingParams, bool], list[int]] = {}
    for j, model in enumerate(models):
        reads_subset = model.reads == "non_child" and non_child is not None
        groups.setdefault((model.params, reads_subset), []).append(j)
    fast = {key: accelerate is not False and supports(key[0]) for key in groups}
    if accelerate and not all(fast.values()):
        raise ValueError("the C extension is not available for these models")

    low = joined_lower(texts) if any(fast.values()) else ""
    lengths = np.array(list(map(len, texts)), dtype=np.int64)
    hits_by_params: dict[HashingParams, NgramHits] = {}
    many = n_conv > 1
    # For the fast path: each model's summed n-gram weight per message it reads.
    contrib: dict[int, np.ndarray] = {}
    for (params, reads_subset), columns in groups.items():
        read = non_child if reads_subset else None
        if fast[(params, reads_subset)]:
            table = _stacked_table(tuple(models[j] for j in columns))
            raw_dot, raw_sq, raw_contrib = _fastscore.score(
                low,
                lengths,
                sizes,
                None if read is None else read.view(np.uint8),
                table,
                len(columns),
                *_hashing_args(params),
            )
            dot = np.frombuffer(raw_dot, dtype=np.float64).reshape(n, len(columns))
            norm_sq = np.frombuffer(raw_sq, dtype=np.float64).reshape(n, len(columns))
            weight = np.frombuffer(raw_contrib, dtype=np.float64).reshape(n, len(columns))
            # `LinearConversationModel.calibrate` for the group's models at once.
            intercept, slope, thresholds = _calibration(tuple(models[j] for j in columns))
            z = slope * ((dot + intercept) - thresholds[shape])
            scores = 1.0 / (1.0 + np.exp(-np.clip(z, -40.0, 40.0)))
            prefix[:, columns] = np.where(norm_sq > 1e-9, scores, 0.0)
            for c, j in enumerate(columns):
                contrib[j] = weight[:, c]
        else:
            hits = hits_by_params.get(params)
            if hits is None:
                hits = hits_by_params[params] = NgramHasher(params).hits(texts)
            prepared: PreparedHits = prepare_hits(
                hits, read, conv_start if many else None, params.block_size
            )
            for j in columns:
                prefix[:, j] = models[j].prefix_scores(hits, prepared=prepared, shape=shape)
    nonempty = sizes > 0
    final[nonempty] = prefix[ends[nonempty] - 1]
    if not with_evidence:
        return BatchScores(models, starts, sizes, prefix, final, evidence)

    wanted = final >= 0.5
    if explain is not None:
        wanted &= explain(final)
    conv_ids, model_ids = np.nonzero(wanted)
    if not all(m.explains for m in models):  # a router's score is compared, never shown
        explained = np.array([m.explains for m in models], dtype=bool)[model_ids]
        conv_ids, model_ids = conv_ids[explained], model_ids[explained]
    is_fast = np.array([j in contrib for j in range(k)], dtype=bool)[model_ids]
    if is_fast.any():
        _fast_evidence(
            models,
            groups,
            contrib,
            conv_ids[is_fast],
            model_ids[is_fast],
            starts,
            sizes,
            low,
            lengths,
            texts,
            evidence,
        )
    by_message: dict[HashingParams, _HitsByMessage] = {}
    for i, j in zip(conv_ids[~is_fast].tolist(), model_ids[~is_fast].tolist(), strict=True):
        model = models[j]
        conv_texts, conv_senders, children = conversations[i]
        if model.params not in by_message:
            hits = hits_by_params.get(model.params)
            if hits is None:
                hits = hits_by_params[model.params] = NgramHasher(model.params).hits(texts)
            by_message[model.params] = _HitsByMessage(hits)
        conv_hits = by_message[model.params].slice(int(starts[i]), int(starts[i] + sizes[i]))
        evidence[(i, j)] = model.evidence(conv_hits, conv_texts, conv_senders, set(children))
    return BatchScores(models, starts, sizes, prefix, final, evidence)


def _fast_evidence(
    models: tuple[LinearConversationModel, ...],
    groups: dict[tuple[HashingParams, bool], list[int]],
    contrib: dict[int, np.ndarray],
    conv_ids: np.ndarray,
    model_ids: np.ndarray,
    starts: np.ndarray,
    sizes: np.ndarray,
    low: str,
    lengths: np.ndarray,
    texts: list[str],
    evidence: dict[tuple[int, int], Evidence],
    max_messages: int = 3,
    per_message: int = 2,
) -> None:
    """`LinearConversationModel.evidence` for the reported (conversation, model) pairs, from
    the per-message weights the fast path summed: the `max_messages` messages with the
    largest positive weight (ties: earlier first), then their best n-grams (in C)."""
    for pair in zip(conv_ids.tolist(), model_ids.tolist(), strict=True):
        evidence[pair] = []
    # Every message of every reported pair, ordered by (pair, -weight, message).
    pair_of_row = np.repeat(np.arange(conv_ids.size), sizes[conv_ids])
    first_row = np.cumsum(sizes[conv_ids]) - sizes[conv_ids]
    local = np.arange(pair_of_row.size) - first_row[pair_of_row]
    message = starts[conv_ids][pair_of_row] + local
    column = model_ids[pair_of_row]
    weight = np.empty(pair_of_row.size)
    for j in np.unique(model_ids).tolist():
        rows = column == j
        weight[rows] = contrib[j][message[rows]]
    order = np.lexsort((local, -weight, pair_of_row))
    rank = np.arange(order.size) - first_row[pair_of_row[order]]
    chosen = order[(rank < max_messages) & (weight[order] > 0)]
    if chosen.size == 0:
        return
    for (params, _), columns in groups.items():
        if not all(j in contrib for j in columns):
            continue
        in_group = np.isin(column[chosen], columns)
        picked = chosen[in_group]
        if picked.size == 0:
            continue
        group_column = np.searchsorted(columns, column[picked]) if len(columns) > 1 else None
        found = _fastscore.evidence(
            low,
            lengths,
            _stacked_table(tuple(models[j] for j in columns)),
            len(columns),
            *_hashing_args(params),
            texts,
            message[picked],
            np.zeros(picked.size, dtype=np.int64) if group_column is None else group_column,
            local[picked],
            [models[j].signal for j in columns],
            per_message,
        )
        pairs = pair_of_row[picked].tolist()
        for pair, items in zip(pairs, found, strict=True):
            evidence[(int(conv_ids[pair]), int(model_ids[pair]))].extend(items)


@functools.lru_cache(maxsize=8)
def _calibration(
    models: tuple[LinearConversationModel, ...],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Intercepts (k,), slopes (k,) and thresholds by shape code (n_shapes, k)."""
    return (
        np.array([m.intercept for m in models]),
        np.array([m.slope for m in models]),
        np.stack([m._threshold_by_shape for m in models], axis=1),
    )


@functools.lru_cache(maxsize=8)
def _stacked_table(models: tuple[LinearConversationModel, ...]) -> np.ndarray:
    """float32 [n_features, 2k]: each model's weighted idf, then each model's idf^2, so
    one n-gram reads every model's numbers from one place (half a cache line for k = 4).
    The values are float32 already (`LinearConversationModel`), so nothing is lost."""
    columns = [m._weighted_idf for m in models] + [m._idf_squared for m in models]
    n = models[0].params.n_features
    table = np.empty((n, len(columns)), dtype=np.float32)
    # Filled a block of rows at a time, while the block is in cache (the table is large;
    # whole columns at a time read and write all of it once per column).
    for a in range(0, n, _TABLE_BLOCK):
        b = a + _TABLE_BLOCK
        for j, column in enumerate(columns):
            table[a:b, j] = column[a:b]
    return table


_TABLE_BLOCK = 8192


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


def _hashing_args(params: HashingParams) -> tuple[int, tuple[int, ...], bool, bool]:
    """`params` as the C scorer takes them: bits, character n-gram sizes, word 1- and 2-grams."""
    return params.n_bits, params.char_ngrams, 1 in params.word_ngrams, 2 in params.word_ngrams
