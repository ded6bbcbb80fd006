"""The stacker: one small calibrated classifier per modelled harm over all models' scores.

Each harm model sees only its own harm, and the sets share a shape: an SMS, a tweet and
a game-chat line are all one short message, so the self-harm model fires on scam texts
and the scam model on tweets. The stacker decides each modelled harm from the scores of
ALL the models ("scam-like and self-harm-like" is an SMS), the rules' score for each
modelled harm and the conversation's shape (`model.SHAPES`).

Training is nested: the model scores it learns from are the inner out-of-fold scores
of the training data (`training.fit_all_oof`), never scores of conversations a model
was trained on. Its decision threshold comes from a further cross-validation over those
rows, with the same objective as the models' (own sets' F1 minus what its hits cost the
other sets). Parameters are plain JSON: weights, bias, threshold and slope per harm.
`score >= 0.5` means "report this harm", like a model score.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from onguard.detect.learned.model import LONG_MESSAGE_CHARS, SHAPES, _sigmoid

FORMAT_VERSION = 1
STACKER_FILE = "stacker.json"
LOGIT_CLIP = 8.0  # model score logits are clipped to +-this (a score of 0 or 1 is "sure")
# Weak regularisation: 36 features, thousands of rows (C = 1 and 0.1 did worse in CV).
STACKER_C = 20.0


_P_LOW = 1.0 / (1.0 + math.exp(LOGIT_CLIP))  # scores beyond these clip to -+LOGIT_CLIP
_P_HIGH = 1.0 - _P_LOW


def _logit(p: float) -> float:
    if p <= _P_LOW:
        return -LOGIT_CLIP
    if p >= _P_HIGH:
        return LOGIT_CLIP
    return math.log(p / (1.0 - p))


def shape_code(n_messages: int, first_len: int | None) -> int:
    """Index into SHAPES of a conversation of `n_messages` (as `model.shape_codes`)."""
    if n_messages >= 3:
        return _CHAT
    if n_messages == 2:
        return _PAIR
    return _LONG if (first_len or 0) > LONG_MESSAGE_CHARS else _SHORT


_SHORT, _LONG, _PAIR, _CHAT = (SHAPES.index(s) for s in ("short", "long", "pair", "chat"))


def feature_names(harms: Sequence[str]) -> list[str]:
    """Column names of `features`: every model's logit per shape, rule scores, shape."""
    names = [f"model_{h}@{s}" for h in harms for s in SHAPES]
    names += [f"rule_{h}" for h in harms]
    names += [f"shape_{s}" for s in SHAPES]
    return names


def features(model_logits: np.ndarray, rule_scores: np.ndarray, shape: np.ndarray) -> np.ndarray:
    """Design matrix: rows are conversations.

    `model_logits` (n, harms): each model's score logit, clipped; `rule_scores` (n, harms):
    the rules' (floored) score of each modelled harm; `shape` (n,): shape codes.
    A model's logit enters once per shape so the stacker can trust it differently on a
    lone short message than on a chat.
    """
    n, k = model_logits.shape
    one_hot = np.zeros((n, len(SHAPES)))
    one_hot[np.arange(n), shape] = 1.0
    z = np.clip(model_logits, -LOGIT_CLIP, LOGIT_CLIP)
    per_shape = (z[:, :, None] * one_hot[:, None, :]).reshape(n, k * len(SHAPES))
    return np.hstack([per_shape, rule_scores, one_hot])


@dataclass
class HarmStack:
    weights: np.ndarray
    bias: float
    threshold: float
    slope: float
    shape_thresholds: np.ndarray | None = None  # by shape code; None: `threshold`

    def thresholds(self, shape: np.ndarray) -> np.ndarray | float:
        return self.threshold if self.shape_thresholds is None else self.shape_thresholds[shape]


class Stacker:
    """Per modelled harm: `sigmoid(slope * (w . x + b - threshold))`."""

    def __init__(
        self, harms: Sequence[str], stacks: Mapping[str, HarmStack], metadata: dict | None = None
    ) -> None:
        self.harms = list(harms)
        self.stacks = dict(stacks)
        self.metadata = metadata or {}
        n_features = len(feature_names(self.harms))
        for harm, st in self.stacks.items():
            if st.weights.shape != (n_features,):
                raise ValueError(f"stacker for {harm}: {st.weights.size} weights, {n_features}")
        # For one conversation only the columns of its shape are non-zero: per harm and
        # shape, (model weights, rule weights, constant) as plain floats (no numpy per call).
        k, n_shapes = len(self.harms), len(SHAPES)
        self._fast: dict[str, list[tuple[list[float], list[float], float, float]]] = {}
        for harm, st in self.stacks.items():
            w = [float(v) for v in st.weights]
            per_shape = []
            for code in range(n_shapes):
                t = st.threshold if st.shape_thresholds is None else st.shape_thresholds[code]
                const = st.bias + w[k * n_shapes + k + code] - float(t)
                model_w = [w[j * n_shapes + code] for j in range(k)]
                per_shape.append((model_w, w[k * n_shapes : k * n_shapes + k], const, st.slope))
            self._fast[harm] = per_shape

    def decision(self, x: np.ndarray) -> dict[str, np.ndarray]:
        return {h: x @ st.weights + st.bias for h, st in self.stacks.items()}

    def score_matrix(self, x: np.ndarray, shape: np.ndarray) -> dict[str, np.ndarray]:
        """Stacked scores of many conversations: `features` rows and their shape codes."""
        out = {}
        for h, st in self.stacks.items():
            d = x @ st.weights + st.bias - st.thresholds(shape)
            out[h] = _sigmoid(st.slope * d)
        return out

    def score(
        self,
        model_scores: Mapping[str, float],
        rule_scores: Mapping[str, float],
        n_messages: int,
        first_len: int | None = None,
    ) -> dict[str, float]:
        """Stacked score of each harm of one conversation; {} when a model is missing.

        `first_len`: the length of the first message (a lone message is `long` above
        `model.LONG_MESSAGE_CHARS`); None counts as short.
        """
        try:
            z = [_logit(model_scores[h]) for h in self.harms]
        except KeyError:
            return {}
        r = [rule_scores.get(h, 0.0) for h in self.harms]
        shape = shape_code(n_messages, first_len)
        out = {}
        for h, per_shape in self._fast.items():
            model_w, rule_w, const, slope = per_shape[shape]
            d = const + sum(map(operator.mul, model_w, z)) + sum(map(operator.mul, rule_w, r))
            t = slope * d
            out[h] = 1.0 / (1.0 + math.exp(-t)) if t > -40.0 else 0.0
        return out

    # -- persistence -----------------------------------------------------------

    def to_json(self) -> dict[str, Any]:
        return {
            "format_version": FORMAT_VERSION,
            "harms": self.harms,
            "features": feature_names(self.harms),
            "stacks": {
                h: {
                    "weights": [round(float(w), 6) for w in st.weights],
                    "bias": round(st.bias, 6),
                    "threshold": round(st.threshold, 6),
                    "slope": round(st.slope, 6),
                    "shape_thresholds": None
                    if st.shape_thresholds is None
                    else {
                        s: round(float(t), 6)
                        for s, t in zip(SHAPES, st.shape_thresholds, strict=True)
                    },
                }
                for h, st in self.stacks.items()
            },
            **self.metadata,
        }

    def save(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / STACKER_FILE
        path.write_text(json.dumps(self.to_json(), indent=2, sort_keys=True) + "\n")
        return path

    @classmethod
    def load(cls, path: Path) -> Stacker:
        meta = json.loads(path.read_text())
        if meta.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{path.name}: unsupported format_version")
        harms = [str(h) for h in meta["harms"]]
        if meta.get("features") != feature_names(harms):
            raise ValueError(f"{path.name}: features do not match this version of OnGuard")
        stacks = {
            h: HarmStack(
                np.asarray(v["weights"], dtype=np.float64),
                float(v["bias"]),
                float(v["threshold"]),
                float(v["slope"]),
                None
                if v.get("shape_thresholds") is None
                else np.array([float(v["shape_thresholds"][s]) for s in SHAPES]),
            )
            for h, v in meta["stacks"].items()
        }
        known = {"format_version", "harms", "features", "stacks"}
        return cls(harms, stacks, {k: v for k, v in meta.items() if k not in known})


def load_stacker(directory: Path) -> Stacker | None:
    path = directory / STACKER_FILE
    return Stacker.load(path) if path.exists() else None


def fit_stacker(
    harms: Sequence[str],
    model_logits: np.ndarray,
    rule_scores: np.ndarray,
    shape: np.ndarray,
    labels: Sequence[frozenset[str]],
    sources: Sequence[str],
    set_harm: Mapping[str, str],
    folds: int = 5,
    seed: int = 0,
    c: float = STACKER_C,
    per_shape: bool = True,
    targets: Sequence[str] | None = None,
    fp_cost_scale: float = 1.0,
) -> Stacker:
    """Fit one stack per harm on out-of-fold model scores; threshold by a further CV.

    The threshold maximises the sum of the F1 of the harm's own sets minus the cost of
    its hits on other sets (each about 1 / (2.5 x that set's positives) of its F1),
    the models' objective (`training._best_threshold`).
    """
    # scikit-learn only to fit: importing it costs about a second of every scan's start-up.
    from sklearn.model_selection import StratifiedKFold

    from onguard.detect.learned.training import _best_threshold, _shape_thresholds, platt_slope

    x = features(model_logits, rule_scores, shape)
    src = np.asarray(sources)
    positives: dict[str, int] = {}
    for s, lab in zip(sources, labels, strict=True):
        if lab:
            positives[s] = positives.get(s, 0) + 1
    fp_cost = np.array([fp_cost_scale / (2.5 * max(positives.get(s, 1), 1)) for s in sources])
    stacks: dict[str, HarmStack] = {}
    report: dict[str, Any] = {}
    for harm in targets or harms:
        own = [s for s, h in set_harm.items() if h == harm]
        y = np.array([harm in lab for lab in labels], dtype=np.int64)
        group = np.array([own.index(s) if s in own else -1 for s in src])
        strata = np.array([f"{s}:{v}" for s, v in zip(src, y, strict=True)])
        oof = np.zeros(y.size)
        skf = StratifiedKFold(folds, shuffle=True, random_state=seed)
        for tr, te in skf.split(x, strata):
            clf = _fit_lr(x[tr], y[tr], c, seed)
            oof[te] = clf.decision_function(x[te])
        threshold, f1 = _best_threshold(oof, y, group, fp_cost)
        shape_t = None
        row_t: np.ndarray | float = threshold
        if per_shape:
            by_name = _shape_thresholds(oof, y, group, fp_cost, shape, threshold)
            shape_t = np.array([by_name[s] for s in SHAPES])
            row_t = shape_t[shape]
        slope = platt_slope(oof, y)
        clf = _fit_lr(x, y, c, seed)
        stacks[harm] = HarmStack(
            clf.coef_.ravel().astype(np.float64),
            float(clf.intercept_[0]),
            threshold,
            slope,
            shape_t,
        )
        pred = oof >= row_t
        report[harm] = {
            "f1_mean_sets": round(f1, 4),
            "other_sets_false_positives": int((pred & (group < 0)).sum()),
            "positives": int(y.sum()),
        }
    meta = {
        "trained_on": {"conversations": int(x.shape[0]), "sets": sorted(set(sources))},
        "hyperparameters": {"C": c, "folds": folds, "seed": seed, "logit_clip": LOGIT_CLIP},
        "inner_cv": report,
    }
    return Stacker(harms, stacks, meta)


def _fit_lr(x: np.ndarray, y: np.ndarray, c: float, seed: int) -> Any:
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=c, solver="lbfgs", max_iter=2000, random_state=seed)
    return clf.fit(x, y)


@functools.lru_cache(maxsize=1)
def load_default_stacker() -> Stacker | None:
    """The shipped stacker (`artefacts/stacker.json`), or None when none is shipped."""
    return load_stacker(Path(__file__).resolve().parent / "artefacts")
