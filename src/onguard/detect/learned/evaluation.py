"""Cross-validated evaluation on the developer halves, scored only by `../shared/eval/score.py`.

Two systems are compared on the same 5 stratified folds of every set:

- the baseline: TF-IDF (word 1-2-grams + char 2-5-grams) + logistic regression,
  trained on each set alone, predicting that set's harm;
- OnGuard's scanner (rules + learned models): for fold k, every model is trained
  on the other folds of every set (+ the PJ windows for grooming) and the
  scanner built from them scans fold k of every set.

Out-of-fold predictions are pooled per set, written as scan-result JSON Lines
and scored. The scanner is passed in as a factory (`models -> scanner`) so this
module never imports the conversation layer above it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from onguard.detect.learned.features import HashingParams
from onguard.detect.learned.model import SHAPES, LinearConversationModel, conversation_shape
from onguard.detect.learned.specialists import (
    SHAPE_SPECIALIST_SPECS,
    SourceSpecialists,
    everyday_conversations,
    fit_shape_specialists,
    fit_specialists,
)
from onguard.detect.learned.stacker import Stacker, fit_stacker
from onguard.detect.learned.training import (
    DEV_SETS,
    HARM_SPECS,
    OTHER_SETS_WEIGHT,
    PJ_WEIGHT,
    SEED,
    SET_HARM,
    HarmSpec,
    TrainingData,
    fit_all_oof,
    load_training_data,
)
from onguard.spec import Conversation, ScanResult


def load_models(directory: Path) -> list[LinearConversationModel]:
    if not directory.is_dir():
        return []
    return [
        LinearConversationModel.load(p)
        for p in sorted(directory.glob("*.json"))
        if p.with_suffix(".npz").exists()  # not the stacker's stacker.json
    ]


class ScannerLike(Protocol):
    def scan(self, conversation: Conversation) -> ScanResult: ...


# models, stacker (None: fuse by max), source specialists (None: none) -> scanner
ScannerFactory = Callable[
    [list[LinearConversationModel], Stacker | None, SourceSpecialists | None], ScannerLike
]
# A conversation's (texts, senders, child ids) -> the rules' score of each harm (as the
# scanner fuses it: after its floors), for the stacker's training rows.
RuleScorer = Callable[[Sequence[str], Sequence[str], frozenset[str]], dict[str, float]]


class ModelOnlyScanner:
    """The learned models alone (no rules): a harm is reported when its score >= 0.5."""

    def __init__(
        self,
        models: Sequence[LinearConversationModel],
        stacker: Stacker | None = None,
        specialists: SourceSpecialists | None = None,
    ) -> None:
        self.models = list(models)  # the stacker needs the rules' scores: not used here
        self.specialists = specialists

    def scan(self, conversation: Conversation) -> ScanResult:
        texts = [m.text for m in conversation.messages]
        senders = [m.sender for m in conversation.messages]
        children = conversation.child_ids()
        harms = []
        best = {m.harm: (m, m.score(texts, senders, children)) for m in self.models}
        for route in self.specialists.routes if self.specialists else ():
            if route.router.score(texts, senders, children).score >= 0.5:
                specialist = route.specialist
                best[route.harm] = (specialist, specialist.score(texts, senders, children))
        for model, s in best.values():
            if s.score >= 0.5:
                first = next(i for i, p in enumerate(s.prefix_scores) if p >= 0.5)
                ev = [
                    {"message": m, "start": a, "end": b, "signal": model.signal}
                    for m, a, b, _ in s.evidence
                ]
                harms.append(
                    {"harm": model.harm, "score": s.score, "first_message": first, "evidence": ev}
                )
        return ScanResult.model_validate(
            {"id": conversation.id, "risk": "medium" if harms else "none", "harms": harms}
        )


def load_scorer(data_dir: Path) -> ModuleType:
    """Import `../shared/eval/score.py` (the only scorer for quality figures)."""
    path = data_dir.parent / "eval" / "score.py"
    if not path.exists():
        raise FileNotFoundError(f"scorer not found: {path}")
    spec = importlib.util.spec_from_file_location("onguard_shared_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_gold(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def fold_of(rows: Sequence[dict[str, Any]], folds: int, seed: int = SEED) -> np.ndarray:
    """Stratified fold number of each conversation (same folds for every system)."""
    y = np.array(["|".join(sorted(r.get("labels") or [])) for r in rows])
    out = np.zeros(len(rows), dtype=np.int64)
    skf = StratifiedKFold(folds, shuffle=True, random_state=seed)
    for k, (_, te) in enumerate(skf.split(np.zeros(len(rows)), y)):
        out[te] = k
    return out


def _flat_text(row: dict[str, Any]) -> str:
    return "\n".join(m.get("text", "") for m in row["messages"])


def baseline_predictions(
    rows: Sequence[dict[str, Any]], harm: str, folds: np.ndarray
) -> list[dict[str, Any]]:
    """Out-of-fold predictions of the TF-IDF + logistic regression baseline for one set."""
    texts = [_flat_text(r) for r in rows]
    y = np.array([harm in (r.get("labels") or []) for r in rows], dtype=np.int64)
    pred = np.zeros(len(rows), dtype=bool)
    prob = np.zeros(len(rows))
    for k in np.unique(folds):
        tr, te = np.flatnonzero(folds != k), np.flatnonzero(folds == k)
        word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, min_df=1)
        char = TfidfVectorizer(analyzer="char", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
        train_texts = [texts[i] for i in tr]
        test_texts = [texts[i] for i in te]
        x_tr = sparse.hstack([word.fit_transform(train_texts), char.fit_transform(train_texts)])
        x_te = sparse.hstack([word.transform(test_texts), char.transform(test_texts)])
        clf = LogisticRegression(
            C=10.0, solver="liblinear", class_weight="balanced", random_state=SEED
        )
        clf.fit(x_tr.tocsr(), y[tr])
        prob[te] = clf.predict_proba(x_te.tocsr())[:, 1]
        pred[te] = prob[te] >= 0.5
    return [
        {
            "id": str(r["id"]),
            "risk": "medium" if p else "none",
            "harms": [{"harm": harm, "score": float(s), "first_message": 0}] if p else [],
        }
        for r, p, s in zip(rows, pred, prob, strict=True)
    ]


def scanner_cv_predictions(
    data_dir: Path,
    scanner_factory: ScannerFactory,
    sets: Sequence[str] = DEV_SETS,
    folds: int = 5,
    specs: Sequence[HarmSpec] = HARM_SPECS,
    params: HashingParams | None = None,
    progress: Callable[[str], None] | None = None,
    cache_dir: Path | None = None,
    rule_scorer: RuleScorer | None = None,
    specialists: bool = True,
) -> dict[str, list[dict[str, Any]]]:
    """Out-of-fold scan results per set: models trained without the fold they scan.

    With `specialists`, each fold also gets its source specialists and routers
    (`specialists.fit_specialists`), trained on the same dev rows and the PJ windows.

    With `rule_scorer`, each fold also gets a stacker, trained (nested) on the inner
    out-of-fold model scores of that fold's training conversations only.
    With `cache_dir`, each fold's models are saved there and reused by a later run with
    the same data, folds and settings (training is most of the time).
    """
    params = params or HashingParams()
    gold = {name: read_gold(data_dir / "dev" / f"{name}.jsonl") for name in DEV_SETS}
    fold_by_id: dict[str, int] = {}
    for name in DEV_SETS:
        for row, k in zip(gold[name], fold_of(gold[name], folds), strict=True):
            fold_by_id[str(row["id"])] = int(k)
    data: TrainingData | None = None
    doc_fold = np.zeros(0, dtype=np.int64)

    def _load_data() -> TrainingData:
        nonlocal doc_fold
        loaded = load_training_data(data_dir, params, with_pj=any(s.use_pj for s in specs))
        doc_fold = np.array([fold_by_id.get(d.id, -1) for d in loaded.docs])  # PJ: -1
        return loaded

    fold_models: list[
        tuple[list[LinearConversationModel], Stacker | None, SourceSpecialists | None]
    ] = []
    key = _cache_key(data_dir, folds, specs, params)
    rules: np.ndarray | None = None
    for k in range(folds):
        where = cache_dir / key / f"fold{k}" if cache_dir else None
        models = load_models(where) if where else []
        oof = _load_oof(where) if where else None
        if len(models) != len(specs) or oof is None:
            if progress:
                progress(f"fold {k + 1}/{folds}: training")
            if data is None:
                data = _load_data()
            models, oof_rows, logits = fit_all_oof(
                data, np.flatnonzero(doc_fold != k), specs, params
            )
            oof = (np.array([data.docs[int(i)].id for i in oof_rows]), logits)
            if where:
                for m in models:
                    m.save(where)
                np.savez_compressed(where / OOF_FILE, ids=oof[0], logits=oof[1])
        stacker = None
        if rule_scorer is not None:
            # The stacker is cheap: refitted every run from the fold's cached inner scores.
            if data is None:
                data = _load_data()
            if rules is None:
                if progress:
                    progress("rule scores of every dev conversation (stacker features)")
                rules = rule_score_matrix(data, [s.harm for s in specs], rule_scorer)
            row_of = {d.id: i for i, d in enumerate(data.docs) if d.source != "pj"}
            rows = np.array([row_of[str(i)] for i in oof[0]], dtype=np.int64)
            stacker = fit_stacker_on(data, rows, oof[1], rules, models, specs)
        routes = None
        if specialists:
            spec_dir = where / f"specialists-{_specialists_key()}" if where else None
            routes = SourceSpecialists.load(spec_dir) if spec_dir else None
            if routes is None:
                if progress:
                    progress(f"fold {k + 1}/{folds}: source specialists")
                if data is None:
                    data = _load_data()
                routes = fit_specialists(
                    [d for d, f in zip(data.docs, doc_fold, strict=True) if f != k]
                    + everyday_conversations()
                )
                if spec_dir:
                    routes.save(spec_dir)
        shaped: list[LinearConversationModel] = []
        if specialists:
            shape_dir = where / f"shape-{_shape_specialists_key()}" if where else None
            shaped = load_models(shape_dir) if shape_dir else []
            if len(shaped) != len(SHAPE_SPECIALIST_SPECS):
                if progress:
                    progress(f"fold {k + 1}/{folds}: shape specialists")
                if data is None:
                    data = _load_data()
                train_rows = np.flatnonzero(doc_fold != k)
                shaped = fit_shape_specialists(
                    [data.docs[int(i)] for i in train_rows], data.x[train_rows], params
                )
                if shape_dir:
                    for m in shaped:
                        m.save(shape_dir)
        fold_models.append(([*models, *shaped], stacker, routes))
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in sets}
    for k, (models, stacker, routes) in enumerate(fold_models):
        if progress:
            progress(f"fold {k + 1}/{folds}: scanning")
        scanner = scanner_factory(models, stacker, routes)
        for name in sets:
            for row in gold[name]:
                if fold_by_id[str(row["id"])] != k:
                    continue
                conv = Conversation.model_validate({**row, "labels": None})
                out[name].append(scanner.scan(conv).model_dump(mode="json"))
    for name in sets:  # back to file order
        order = {str(r["id"]): i for i, r in enumerate(gold[name])}
        out[name].sort(key=lambda r: order[r["id"]])
    return out


def rule_score_matrix(
    data: TrainingData, harms: Sequence[str], rule_scorer: RuleScorer
) -> np.ndarray:
    """The rules' score of each harm (columns) for each dev conversation of `data` (rows;
    PJ windows get 0: the stacker never trains on them). Rules are not trained, so one
    matrix serves every fold."""
    out = np.zeros((len(data.docs), len(harms)))
    for i, d in enumerate(data.docs):
        if d.source == "pj":
            continue
        scores = rule_scorer(d.texts, d.senders, d.child_ids)
        out[i] = [scores.get(h, 0.0) for h in harms]
    return out


def fit_models_and_stacker(
    data: TrainingData,
    rows: np.ndarray | None,
    rules: np.ndarray,
    specs: Sequence[HarmSpec] = HARM_SPECS,
    params: HashingParams | None = None,
) -> tuple[list[LinearConversationModel], Stacker]:
    """Every harm model on `rows` of `data`, and the stacker over their inner out-of-fold
    scores on those rows (never scores of conversations a model was trained on)."""
    models, oof_rows, logits = fit_all_oof(data, rows, specs, params)
    return models, fit_stacker_on(data, oof_rows, logits, rules, models, specs)


def fit_stacker_on(
    data: TrainingData,
    rows: np.ndarray,
    logits: np.ndarray,
    rules: np.ndarray,
    models: Sequence[LinearConversationModel],
    specs: Sequence[HarmSpec] = HARM_SPECS,
) -> Stacker:
    """The stacker over the models' out-of-fold score `logits` of `rows` of `data`.

    The columns of `logits` (and of `rules`) follow `specs`, whatever the order of
    `models` (loaded from a folder, they come sorted by name).
    """
    if sorted(m.harm for m in models) != sorted(s.harm for s in specs):
        raise ValueError("the models do not match the harm specs")
    docs = [data.docs[int(i)] for i in rows]
    shape = np.array([SHAPES.index(conversation_shape(d.texts)) for d in docs])
    return fit_stacker(
        [s.harm for s in specs],
        logits,
        rules[rows],
        shape,
        [d.labels for d in docs],
        [d.source for d in docs],
        SET_HARM,
        seed=SEED,
        targets=[s.harm for s in specs if s.stacked],
    )


OOF_FILE = "inner_oof.npz"


def _specialists_key() -> str:
    """Changes with the specialists' code and specs, and with the hand-written sets their
    routers learn as everyday chat (their cache sits beside the fold's models, which do not
    depend on them)."""
    from onguard.detect.learned import specialists

    h = hashlib.sha256(Path(specialists.__file__).read_bytes())
    h.update(repr((specialists.SPECIALIST_SPECS, specialists.SPECIALIST_PARAMS)).encode())
    for name in specialists.router_sets():
        path = specialists.REPO_SETS / name / "conversations.jsonl"
        h.update(name.encode() + (path.read_bytes() if path.is_file() else b""))
    return h.hexdigest()[:12]


def _shape_specialists_key() -> str:
    """Changes with the shape specialists' code and specs (cached beside the fold's models)."""
    from onguard.detect.learned import specialists

    h = hashlib.sha256(Path(specialists.__file__).read_bytes())
    h.update(repr(specialists.SHAPE_SPECIALIST_SPECS).encode())
    return h.hexdigest()[:12]


def _load_oof(where: Path) -> tuple[np.ndarray, np.ndarray] | None:
    path = where / OOF_FILE
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as f:
        return f["ids"], f["logits"]


def _cache_key(data_dir: Path, folds: int, specs: Sequence[HarmSpec], params: HashingParams) -> str:
    """Changes whenever the data, the folds, the specs, the settings or the code change."""
    h = hashlib.sha256()
    for name in DEV_SETS:
        h.update((data_dir / "dev" / f"{name}.jsonl").read_bytes())
    h.update(repr((folds, SEED, list(specs), params, OTHER_SETS_WEIGHT, PJ_WEIGHT)).encode())
    for module in ("features.py", "model.py", "training.py"):
        h.update((Path(__file__).parent / module).read_bytes())
    return h.hexdigest()[:16]


def scan_predictions(
    data_dir: Path, scanner: ScannerLike, sets: Sequence[str] = DEV_SETS
) -> dict[str, list[dict[str, Any]]]:
    """Scan results of one fixed scanner (e.g. the shipped models) on each dev set."""
    out = {}
    for name in sets:
        rows = read_gold(data_dir / "dev" / f"{name}.jsonl")
        out[name] = [
            scanner.scan(Conversation.model_validate({**r, "labels": None})).model_dump(mode="json")
            for r in rows
        ]
    return out


@dataclass
class SetReport:
    name: str
    harm: str
    figures: dict[str, Any]  # score.py's output
    confusion: dict[str, int]  # tp/fp/fn/tn for the set's harm
    other_harms: dict[str, int]  # other harm id -> conversations it fired on

    @property
    def row(self) -> dict[str, float]:
        h = self.figures["per_harm"].get(self.harm, {})
        return {
            "precision": h.get("precision", 0.0),
            "recall": h.get("recall", 0.0),
            "f1": h.get("f1", 0.0),
            "false_alarm_rate": self.figures["false_alarm_rate"],
            # every harm reported counts here, including other harms fired on this set
            "micro_precision": self.figures["micro"]["precision"],
            "micro_f1": self.figures["micro"]["f1"],
        }


def score_set(
    scorer: ModuleType,
    name: str,
    gold_rows: Sequence[dict[str, Any]],
    predictions: Iterable[dict[str, Any]],
    write_to: Path | None = None,
) -> SetReport:
    """Score one set's predictions with score.py and count the confusion."""
    harm = SET_HARM[name]
    pred_list = list(predictions)
    if write_to is not None:
        write_to.parent.mkdir(parents=True, exist_ok=True)
        with write_to.open("w", encoding="utf-8") as f:
            for p in pred_list:
                f.write(json.dumps(p) + "\n")
    gold = {str(r["id"]): r for r in gold_rows}
    pred = {str(p["id"]): p for p in pred_list}
    figures = scorer.score(gold, pred)
    confusion = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    others: dict[str, int] = {}
    for cid, g in gold.items():
        found = {h["harm"] for h in pred[cid].get("harms") or []}
        gl = harm in (g.get("labels") or [])
        key = ("t" if gl == (harm in found) else "f") + ("p" if harm in found else "n")
        confusion[key] += 1
        for h in found - {harm}:
            others[h] = others.get(h, 0) + 1
    return SetReport(name, harm, figures, confusion, dict(sorted(others.items())))


def data_dir_from(explicit: Path | None, repo_root: Path, env: dict[str, str]) -> Path:
    """`--data`, else $ONGUARD_SHARED/data, else <repo>/../shared/data."""
    if explicit is not None:
        return explicit
    shared = (
        Path(env["ONGUARD_SHARED"]) if env.get("ONGUARD_SHARED") else repo_root.parent / "shared"
    )
    return shared / "data"
