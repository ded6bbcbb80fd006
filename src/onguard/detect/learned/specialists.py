"""Source specialists: a model per real data source, used where a router says the text is
from that source.

One model per harm must serve sources that look alike (an SMS, a tweet and a game-chat
line are all one short message), and it ranks each source worse than a model of that
source alone: in 5-fold CV on the developer halves the shared models trailed a TF-IDF
baseline trained per set on the game chat, the SMS and the tweets (docs/models.md).
So for those three sources OnGuard also keeps a **specialist** (one set's harm, learned
from that set only) and a **router** (that set against every other set and the
Perverted-Justice windows: "does this read like an SMS?"). Where a conversation lists
no participants (real sets, free text, platform streams) and a router scores it >= 0.5,
its specialist's score stands for that harm instead of the shared model's; the stacker,
which learned from the shared models' scores, does not decide that harm there.

Both are `LinearConversationModel`s (hashed n-grams, sublinear TF-IDF, logistic
regression), so scoring, early warning and evidence are the shared models'. What they
add: character 2- to 5-grams (`SPECIALIST_PARAMS`, 2^16 buckets a block), n-grams seen in
fewer than `min_df` training conversations dropped, and for some sets a naive-Bayes
weighting of each n-gram by how one-sided it is between the classes (`nb_beta`, folded
into the weights: scoring is unchanged). Hyperparameters per set were chosen by 5-fold
CV on the developer half (figures in docs/models.md, round 6). The routers also learn
the project's hand-written everyday chat as "another source" (`everyday_conversations`),
so that ordinary messages are not taken for an SMS or a tweet.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from onguard.detect.learned.annotated import SETS as ANNOTATED_SETS
from onguard.detect.learned.features import HashingParams
from onguard.detect.learned.model import SHAPES, LinearConversationModel, conversation_shape

if TYPE_CHECKING:
    from onguard.detect.learned.training import Doc

# Training code (scikit-learn, SciPy) is imported only to train: the scanner loads the
# routes without it (about 80 MB and 2 s at start-up).

# 2^16 buckets a block: per-set CV as good as 2^18 (game chat 0.839 / SMS 0.975 / tweets 0.921
# against 0.838 / 0.973 / 0.922), and six such models cost the scanner about 20 MB, not 200.
SPECIALIST_PARAMS = HashingParams(n_bits=16, char_ngrams=(2, 3, 4, 5))
SPECIALISTS_DIR = Path(__file__).parent / "artefacts" / "specialists"
# The project's hand-written sets (a source checkout's tests/data/): everyday chat that a
# router must not take for its source.
REPO_SETS = Path(__file__).resolve().parents[4] / "tests" / "data"
ROUTES_FILE = "routes.json"
FORMAT_VERSION = 1
ROUTER_MIN_DF = 2
ROUTER_C = 10.0
# A router reports (score >= 0.5) from this logit up: below 0, so that a text that reads
# somewhat like the source still goes to its specialist. In 5-fold CV, -1 covered 95% of
# the game chat, 94% of the SMS and 81% of the tweets; 0 only 90%, 85% and 70%.
ROUTE_AT = -1.0
# A router's calibrated score from which its route is taken (its logit ROUTE_AT).
ROUTER_REPORTS = 0.5
# A router never reports on a conversation shape (model.SHAPES) its source does not have:
# the SMS and the tweets are single messages, so a question and its answer or a chat is
# never theirs, however it reads.
NEVER = 1e6
# Router weights smaller than this are dropped: no routing decision on the dev sets
# changed (in-sample), and the three routers' artefacts shrink by about half.
ROUTER_PRUNE_BELOW = 0.02


@dataclass(frozen=True)
class SpecialistSpec:
    """One source's specialist: which dev set, and its hyperparameters (chosen by 5-fold
    CV on that set: docs/models.md, round 6)."""

    source: str
    min_df: int = 2
    nb_beta: float = 0.0  # 0: plain TF-IDF; >0: weight each n-gram by 1 + beta * |NB log-ratio|
    c: float = 10.0

    @property
    def harm(self) -> str:
        from onguard.detect.learned.training import SET_HARM

        return SET_HARM[self.source]


SPECIALIST_SPECS: tuple[SpecialistSpec, ...] = (
    SpecialistSpec("chat-conda", min_df=2, nb_beta=1.0),
    SpecialistSpec("scam-sms", min_df=3, nb_beta=0.0),
    SpecialistSpec("self-harm-tweets", min_df=2, nb_beta=1.0),
)


@dataclass
class SourceRoute:
    """A source's router and specialist."""

    source: str
    harm: str
    router: LinearConversationModel
    specialist: LinearConversationModel


class SourceSpecialists:
    """The routes, and which specialist (if any) decides each harm of a conversation."""

    def __init__(self, routes: Sequence[SourceRoute]) -> None:
        self.routes = list(routes)
        harms = [r.harm for r in self.routes]
        if len(set(harms)) != len(harms):
            raise ValueError("one specialist per harm")
        # Router and specialist of each route, in that order: one list for batch scoring.
        self.models: list[LinearConversationModel] = [
            m for r in self.routes for m in (r.router, r.specialist)
        ]

    def pick(self, finals: Sequence[float]) -> list[int]:
        """Indices (into `routes`) of the routes whose router reports, given every model's
        final score in the order of `models`."""
        return [i for i in range(len(self.routes)) if finals[2 * i] >= ROUTER_REPORTS]

    def picked(self, finals: np.ndarray) -> np.ndarray:
        """`pick` for a batch: bool (n_conversations, n_routes), from every model's final
        scores (n_conversations, len(models))."""
        return np.asarray(finals)[:, 0::2] >= ROUTER_REPORTS

    def shown(self, finals: np.ndarray, harm_models: Sequence[Any]) -> np.ndarray:
        """bool (n_conversations, len(harm_models) + len(models)): which models' evidence a
        conversation can show, given the final scores of the harm models and then of
        `models`: not a router's, not a specialist's whose route was not taken, and not
        the harm model's of a harm a taken route decides. Evidence costs as much as the
        scoring; the rest of it would never be read."""
        finals = np.asarray(finals)
        n_harm = len(harm_models)
        out = np.ones(finals.shape, dtype=bool)
        picked = self.picked(finals[:, n_harm:])
        out[:, n_harm::2] = False
        out[:, n_harm + 1 :: 2] = picked
        for r, route in enumerate(self.routes):
            for j, model in enumerate(harm_models):
                if model.harm == route.harm:
                    out[:, j] &= ~picked[:, r]
        return out

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        for old in directory.iterdir():
            if old.suffix in {".npz", ".json", ".md"}:
                old.unlink()
        for m in self.models:
            m.save(directory)
        table = {
            "format_version": FORMAT_VERSION,
            "routes": [
                {
                    "source": r.source,
                    "harm": r.harm,
                    "router": r.router.name,
                    "specialist": r.specialist.name,
                }
                for r in self.routes
            ],
        }
        (directory / ROUTES_FILE).write_text(json.dumps(table, indent=2, sort_keys=True) + "\n")

    @classmethod
    def load(cls, directory: Path) -> SourceSpecialists | None:
        """The routes saved in `directory`; None when there are none."""
        path = directory / ROUTES_FILE
        if not path.exists():
            return None
        table = json.loads(path.read_text())
        if table.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"{path}: unsupported format_version")
        routes = []
        for row in table["routes"]:
            router = LinearConversationModel.load(directory / f"{row['router']}.json")
            specialist = LinearConversationModel.load(directory / f"{row['specialist']}.json")
            if specialist.harm != row["harm"]:
                raise ValueError(f"{path}: {row['specialist']} is not a {row['harm']} model")
            routes.append(SourceRoute(row["source"], row["harm"], router, specialist))
        return cls(routes)


def _fit_binary(
    name: str,
    harm: str,
    x,
    y: np.ndarray,
    *,
    c: float,
    min_df: int,
    nb_beta: float,
    inner_folds: int = 5,
    threshold: float = 0.0,
    shape_thresholds: dict[str, float] | None = None,
    prune_below: float = 0.0,
    explains: bool = True,
    metadata: dict[str, Any] | None = None,
    params: HashingParams = SPECIALIST_PARAMS,
    reads: str = "all",
    fingerprint: tuple[str, np.ndarray] | None = None,
) -> LinearConversationModel:
    """A balanced logistic regression reporting at logit `threshold`; the Platt slope from
    inner CV (`inner_folds` 0: slope 1, for a router, whose score is only compared).
    `x`: the rows' hashed n-gram counts under `params`. `fingerprint`: (set name, each row's
    reporting logit): the final model's in-sample decisions on the rows are recorded
    (`fit_on_dev`), which the shipped artefact scored through the fast path must give."""
    from sklearn.model_selection import StratifiedKFold

    from onguard.detect.learned.training import (
        SEED,
        _fit_linear,
        balanced_weights,
        platt_slope,
    )

    block = params.block_size
    w = balanced_weights(y)
    hyper = {"C": c, "min_df": min_df, "nb_beta": nb_beta, "seed": SEED}
    meta: dict[str, Any] = {**(metadata or {}), "hyperparameters": hyper}
    slope = 1.0
    if inner_folds:
        oof = np.zeros(y.size)
        skf = StratifiedKFold(inner_folds, shuffle=True, random_state=SEED)
        for tr, te in skf.split(np.zeros(y.size), y):
            fitted = _fit_linear(x[tr], y[tr], w[tr], c, block, min_df, nb_beta)
            oof[te] = fitted.decision(x[te])
        slope = platt_slope(oof - threshold, y)
        pred = oof >= threshold
        tp = float((pred & (y == 1)).sum())
        meta["inner_cv"] = {
            "f1": round(2 * tp / max(pred.sum() + y.sum(), 1), 4),
            "precision": round(tp / max(pred.sum(), 1), 4),
            "recall": round(tp / max(y.sum(), 1), 4),
        }
    final = _fit_linear(x, y, w, c, block, min_df, nb_beta)
    if prune_below:
        final.coef[np.abs(final.coef) < prune_below] = 0.0
        hyper["pruned_below"] = prune_below
    if fingerprint is not None:
        name_of_set, row_threshold = fingerprint
        decided = final.decision(x) >= row_threshold
        meta["fit_on_dev"] = {
            name_of_set: {
                "flagged": int(decided.sum()),
                "true_positives": int((decided & (y == 1)).sum()),
            }
        }
    return final.model(
        name=name,
        harm=harm,
        threshold=threshold,
        shape_thresholds=shape_thresholds,
        slope=slope,
        reads=reads,
        params=params,
        metadata=meta,
        min_df=min_df,
        explains=explains,
    )


EVERYDAY = "everyday:"  # the source prefix of `everyday_conversations`


# Hand-written sets the routers do not read as everyday chat. Session 12 measured it: with
# blind26 and blind27 read, one scam text of the SMS developer half was routed away from
# the SMS specialist in 5-fold CV (538 / 7 / 25 against 539 / 7 / 24 without them; the
# baseline's 539 / 8 / 24), so the routers keep session 11's sets; the annotated models
# learn from both (docs/models.md, "Session 12"). Since then that is the rule, decided
# before any fold is seen: a new writer's set teaches the annotated models only, and the
# routers' everyday chat stays session 11's until it is re-measured as a whole.
# The last of session 11's sets in the annotated models' list: the routers read those up
# to here, and every set added after it is left out.
LAST_ROUTER_SET = "blind23"
ROUTER_LEFT_OUT: tuple[str, ...] = ANNOTATED_SETS[ANNOTATED_SETS.index(LAST_ROUTER_SET) + 1 :]


def router_sets() -> list[str]:
    """The hand-written sets the routers read as everyday chat (`everyday_conversations`)."""
    from onguard.detect.learned.annotated import SETS

    return [name for name in SETS if name not in ROUTER_LEFT_OUT]


def everyday_conversations(sets_dir: Path = REPO_SETS) -> list[Doc]:
    """The hand-written sets the annotated models learn from (never the held-out ones; not
    those in `ROUTER_LEFT_OUT`), as conversations of another source for the routers: each
    conversation whole and each of its messages alone (a lone message is the shape the SMS
    and tweet routers see), all with the conversation's labels. Those labels are used only
    to keep a conversation that carries a source's harm (a hand-written parcel-fee scam
    text) off the "another source" side of that source's router (`fit_specialists`). Empty
    when the sets are not there (an installed package)."""
    from onguard.detect.learned.training import Doc, read_conversations

    docs: list[Doc] = []
    for name in router_sets():
        path = sets_dir / name / "conversations.jsonl"
        if not path.is_file():
            continue
        for conv in read_conversations(path, f"{EVERYDAY}{name}"):
            docs.append(conv)
            if len(conv.texts) > 1:
                docs += [
                    Doc(f"{conv.id}#{i}", conv.source, [t], [s], conv.labels)
                    for i, (t, s) in enumerate(zip(conv.texts, conv.senders, strict=True))
                ]
    return docs


def _rows_of(sources: np.ndarray, source: str) -> np.ndarray:
    """The rows from `source` (a specialist cannot learn without any)."""
    mine = np.flatnonzero(sources == source)
    if mine.size == 0:
        raise ValueError(f"no conversations from {source}")
    return mine


def fit_specialists(
    docs: Sequence[Doc], specs: Sequence[SpecialistSpec] = SPECIALIST_SPECS
) -> SourceSpecialists:
    """Every source's router (its set against all the other `docs`; only for the
    conversation shapes its set has) and specialist (its set alone). `docs`: the dev
    conversations to learn from, and any others (the PJ windows, `everyday_conversations`)
    that only ever count as "another source"."""
    from onguard.detect.learned.training import design_matrix

    x = design_matrix(docs, SPECIALIST_PARAMS)
    sources = np.array([d.source for d in docs])
    routes = []
    for spec in specs:
        mine = _rows_of(sources, spec.source)
        seen = {conversation_shape(docs[int(i)].texts) for i in mine}
        lone = len(seen | {"short", "long"}) == 2  # a source of lone texts (SMS, tweets)
        # The router learns where ordinary chat comes from. Not "another source": a
        # hand-written conversation that carries this source's harm (what its specialist is
        # for), nor, for a source of lone texts, a text written as one (a service text is
        # that source's own kind; the lines of hand-written chats still teach the router).
        learn = np.flatnonzero(
            [
                not (
                    d.source.startswith(EVERYDAY)
                    and (spec.harm in d.labels or (lone and len(d.texts) == 1 and "#" not in d.id))
                )
                for d in docs
            ]
        )
        is_source = (sources[learn] == spec.source).astype(np.int64)
        router = _fit_binary(
            f"router_{spec.source}",
            spec.harm,
            x[learn],
            is_source,
            c=ROUTER_C,
            min_df=ROUTER_MIN_DF,
            nb_beta=0.0,
            inner_folds=0,
            threshold=ROUTE_AT,
            shape_thresholds={s: ROUTE_AT if s in seen else NEVER for s in SHAPES},
            prune_below=ROUTER_PRUNE_BELOW,
            explains=False,
            metadata={"role": "router", "source": spec.source, "conversations": int(learn.size)},
        )
        y = np.array([spec.harm in docs[int(i)].labels for i in mine], dtype=np.int64)
        specialist = _fit_binary(
            f"specialist_{spec.source}",
            spec.harm,
            x[mine],
            y,
            c=spec.c,
            min_df=spec.min_df,
            nb_beta=spec.nb_beta,
            metadata={
                "role": "specialist",
                "source": spec.source,
                "conversations": int(mine.size),
                "positives": int(y.sum()),
            },
        )
        routes.append(SourceRoute(spec.source, spec.harm, router, specialist))
    return SourceSpecialists(routes)


@dataclass(frozen=True)
class ShapeSpecialistSpec:
    """A specialist of one source that reads only the conversation shape (`model.SHAPES`)
    that source has, beside the shared model of its harm: it needs no router, and the
    scanner reports the harm when either of the two does (the higher score stands).

    Why VTPAN's: its rows are chat logs pasted as one long text. Round 7 of
    docs/models.md found a VTPAN-only model ranks them better than the shared grooming
    model (nested CV 0.945 against 0.937) but lost positives when a learned router chose
    between the two. The shape is the router here, and the shared model keeps what it
    finds: no other dev set and no hand-written set has a lone long text it reports.
    Hyperparameters: round 7's inner CV (`min_df` 3, `nb_beta` 1, reporting at logit 0);
    the shared models' n-grams, so the scanner hashes nothing more for it."""

    source: str
    shape: str
    name: str
    reads: str = "all"
    min_df: int = 3
    nb_beta: float = 1.0
    c: float = 10.0
    # As for the shared models: smaller final weights change no decision on the dev sets.
    prune_below: float = 0.005

    @property
    def harm(self) -> str:
        from onguard.detect.learned.training import SET_HARM

        return SET_HARM[self.source]


SHAPE_SPECIALIST_SPECS: tuple[ShapeSpecialistSpec, ...] = (
    ShapeSpecialistSpec("grooming-vtpan", "long", "grooming_pasted", reads="non_child"),
)


def fit_shape_specialists(
    docs: Sequence[Doc],
    x,
    params: HashingParams,
    specs: Sequence[ShapeSpecialistSpec] = SHAPE_SPECIALIST_SPECS,
) -> list[LinearConversationModel]:
    """Each spec's model, learned from its source's conversations among `docs` (rows of `x`,
    hashed under `params`, the shared models' settings) and reporting only on its shape."""
    sources = np.array([d.source for d in docs])
    out = []
    for spec in specs:
        mine = _rows_of(sources, spec.source)
        y = np.array([spec.harm in docs[int(i)].labels for i in mine], dtype=np.int64)
        shapes = [conversation_shape(docs[int(i)].texts) for i in mine]
        row_threshold = np.array([0.0 if sh == spec.shape else NEVER for sh in shapes])
        out.append(
            _fit_binary(
                spec.name,
                spec.harm,
                x[mine],
                y,
                c=spec.c,
                min_df=spec.min_df,
                nb_beta=spec.nb_beta,
                shape_thresholds={s: 0.0 if s == spec.shape else NEVER for s in SHAPES},
                params=params,
                reads=spec.reads,
                prune_below=spec.prune_below,
                fingerprint=(spec.source, row_threshold),
                metadata={
                    "role": "shape specialist",
                    "source": spec.source,
                    "shape": spec.shape,
                    "trained_on": {
                        "conversations": int(mine.size),
                        "positives": int(y.sum()),
                        "sets": [spec.source],
                    },
                },
            )
        )
    return out


def load_default_specialists() -> SourceSpecialists | None:
    return SourceSpecialists.load(SPECIALISTS_DIR)
