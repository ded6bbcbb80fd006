"""`onguard train` and `onguard eval`: build the learned models and measure the scanner.

Both read the labelled data in `<shared>/data/` (`--data`, else `$ONGUARD_SHARED/data`,
else `<repo>/../shared/data`). Figures come only from `<shared>/eval/score.py`.
Nothing here prints text from the data: counts, ids and metrics only.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import typer

REPO_ROOT = Path(__file__).resolve().parents[3]
# Whether `onguard train` ships a stacker (see docs/models.md, section Results).
STACK_DEFAULT = True

DATA_OPTION = typer.Option(
    None, "--data", help="The data folder (default: $ONGUARD_SHARED/data or <repo>/../shared/data)."
)


def register(app: typer.Typer) -> None:
    app.command("train")(train)
    app.command("train-annotated")(train_annotated)
    app.command("eval")(evaluate)


def _data_dir(data: Path | None) -> Path:
    from onguard.detect.learned.evaluation import data_dir_from

    path = data_dir_from(data, REPO_ROOT, dict(os.environ))
    if not (path / "dev").is_dir():
        typer.echo(
            f"No labelled data at {path} (expected {path / 'dev'}/*.jsonl). "
            "Pass --data DIR or set ONGUARD_SHARED to the shared folder.",
            err=True,
        )
        raise typer.Exit(2)
    return path


def _scanner_factory(rules: bool) -> tuple[Any, str]:
    """(models, stacker, specialists) -> scanner: the full scanner (rules + models) when the rule
    engine is present."""
    from onguard.detect.learned.evaluation import ModelOnlyScanner

    if rules:
        try:
            from onguard.conversation import Scanner  # type: ignore[attr-defined]
        except ImportError:
            typer.echo(
                "The rule engine (onguard.conversation) is not available: "
                "scanning with the learned models only.",
                err=True,
            )
        else:
            return (
                lambda models, stacker, specialists: Scanner(
                    models=models, stacker=stacker, specialists=specialists
                )
            ), "rules + models"
    return ModelOnlyScanner, "models only"


def _rule_scorer() -> Any:
    """(texts, senders, child ids) -> each harm's rule score as the scanner fuses it
    (after its floors): the stacker's rule features. None without the rule engine."""
    try:
        from onguard.conversation import Scanner  # type: ignore[attr-defined]
    except ImportError:
        return None
    rules_only = Scanner(models=[])

    def score(texts: Any, senders: Any, child_ids: Any) -> dict[str, float]:
        conversation = {
            "id": "training",
            "participants": [{"id": c, "role": "child"} for c in sorted(child_ids)],
            "messages": [{"sender": s, "text": t} for s, t in zip(senders, texts, strict=True)],
        }
        analysis = rules_only.analyse(conversation)
        return {h: a.score for h, a in analysis.harms.items()}

    return score


def train(
    out: Path | None = typer.Option(
        None, "--out", help="Where to write artefacts and model cards (default: shipped folder)."
    ),
    data: Path | None = DATA_OPTION,
    cv_summary: Path | None = typer.Option(
        None,
        "--cv-summary",
        help="A summary.json from `onguard eval --out` whose scanner CV figures go in the cards.",
    ),
    cards_only: bool = typer.Option(
        False, "--cards-only", help="Do not train: rewrite the model cards of the artefacts."
    ),
    stack: bool = typer.Option(
        STACK_DEFAULT,
        "--stack/--no-stack",
        help="Also train the stacker (needs the rule engine) and write stacker.json.",
    ),
) -> None:
    """Train every learned model on the whole dev halves (+ train/) and write artefacts."""
    from onguard.detect.learned import ARTEFACTS_DIR, load_models
    from onguard.detect.learned.cards import render_card, render_stacker_card
    from onguard.detect.learned.features import HashingParams
    from onguard.detect.learned.training import fit_all, load_training_data

    out_dir = out or ARTEFACTS_DIR
    summary = json.loads(cv_summary.read_text()) if cv_summary else {}

    def write_card(model: Any) -> None:
        rows = {
            s: v["scanner"]
            for s, v in summary.get("sets", {}).items()
            if s in model.metadata.get("trained_on", {}).get("sets", []) and "scanner" in v
        }
        (out_dir / f"{model.name}.md").write_text(render_card(model, rows or None))

    if cards_only:
        from onguard.detect.learned.stacker import load_stacker

        for model in load_models(out_dir):
            write_card(model)
            typer.echo(f"{model.name}: card rewritten")
        shipped = load_stacker(out_dir)
        if shipped is not None:
            (out_dir / "stacker.md").write_text(render_stacker_card(shipped))
            typer.echo("stacker: card rewritten")
        from onguard.detect.learned.cards import render_specialists_card
        from onguard.detect.learned.specialists import SourceSpecialists

        routes = SourceSpecialists.load(out_dir / "specialists")
        if routes is not None and routes.routes:
            hashes = routes.routes[0].specialist.metadata.get("data_sha256", {})
            (out_dir / "specialists" / "specialists.md").write_text(
                render_specialists_card(routes, hashes)
            )
            typer.echo("source specialists: card rewritten")
        return
    data_dir = _data_dir(data)
    t0 = time.perf_counter()
    params = HashingParams()
    training = load_training_data(data_dir, params)
    typer.echo(
        f"read {len(training.docs)} training conversations in {time.perf_counter() - t0:.1f} s"
    )
    # Artefacts of models no longer trained must not linger and be loaded.
    if out_dir.is_dir():
        for old in out_dir.iterdir():
            if old.suffix in {".npz", ".json", ".md"}:
                old.unlink()
    rule_scorer = _rule_scorer() if stack else None
    if stack and rule_scorer is None:
        typer.echo("The rule engine is not available: no stacker.", err=True)
    stacker = None
    if rule_scorer is not None:
        from onguard.detect.learned.evaluation import fit_models_and_stacker, rule_score_matrix
        from onguard.detect.learned.training import HARM_SPECS

        rules = rule_score_matrix(training, [s.harm for s in HARM_SPECS], rule_scorer)
        models, stacker = fit_models_and_stacker(training, None, rules, HARM_SPECS, params)
    else:
        models = fit_all(training, params=params)
    if stacker is not None:
        stacker.metadata["data_sha256"] = training.data_hashes
        stacker.save(out_dir)
        (out_dir / "stacker.md").write_text(render_stacker_card(stacker))
        typer.echo(f"stacker: {len(stacker.stacks)} harms, {len(stacker.harms)} model inputs")
    for model in models:
        model.metadata["data_sha256"] = training.data_hashes
        npz, _ = model.save(out_dir)
        write_card(model)
        typer.echo(
            f"{model.name}: {npz.stat().st_size / 1e6:.2f} MB weights, "
            f"inner-CV F1 {model.metadata['inner_cv']['f1_mean_sets']:.3f}"
        )
    from onguard.detect.learned.cards import render_specialists_card
    from onguard.detect.learned.specialists import (
        REPO_SETS,
        everyday_conversations,
        fit_shape_specialists,
        fit_specialists,
        router_sets,
    )

    for model in fit_shape_specialists(training.docs, training.x, params):
        model.metadata["data_sha256"] = {
            k: v for k, v in training.data_hashes.items() if model.metadata["source"] in k
        }
        npz, _ = model.save(out_dir)
        write_card(model)
        typer.echo(
            f"{model.name}: {npz.stat().st_size / 1e6:.2f} MB weights, "
            f"inner-CV F1 {model.metadata['inner_cv']['f1']:.3f}"
        )
    from onguard.detect.learned.training import sha256_file

    everyday = everyday_conversations()
    if not everyday:
        typer.echo(
            f"No hand-written sets under {REPO_SETS}: the routers learn without everyday "
            "conversations and will claim ordinary messages (run from a source checkout).",
            err=True,
        )
    specialists = fit_specialists(training.docs + everyday)
    hashes = dict(training.data_hashes)
    for name in router_sets():  # the routers' everyday conversations
        path = REPO_SETS / name / "conversations.jsonl"
        if path.is_file():
            hashes[f"tests/data/{name}/conversations.jsonl"] = sha256_file(path)
    for route in specialists.routes:
        for part in (route.router, route.specialist):
            part.metadata["data_sha256"] = hashes
    spec_dir = out_dir / "specialists"
    specialists.save(spec_dir)
    (spec_dir / "specialists.md").write_text(render_specialists_card(specialists, hashes))
    typer.echo(f"source specialists: {', '.join(r.source for r in specialists.routes)}")
    typer.echo(f"wrote {out_dir} in {time.perf_counter() - t0:.1f} s")


REPO_SETS = Path(__file__).resolve().parents[3] / "tests" / "data"


def train_annotated(
    sets_dir: Path = typer.Option(
        REPO_SETS, "--sets", help="Folder of the role-annotated sets (<name>/conversations.jsonl)."
    ),
    out: Path | None = typer.Option(
        None, "--out", help="Where to write the artefacts (default: the shipped folder)."
    ),
) -> None:
    """Train the models for conversations that name a child, on the project's own
    hand-written sets, with leave-one-set-out figures in their cards."""
    from onguard.detect.learned.annotated import (
        ANNOTATED_DIR,
        PROBABILITY_THRESHOLD,
        SETS,
        fit_annotated,
        held_out_figures,
        leave_one_set_out,
    )
    from onguard.detect.learned.cards import render_annotated_card
    from onguard.detect.learned.training import read_conversations, sha256_file

    paths = {name: sets_dir / name / "conversations.jsonl" for name in SETS}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise typer.BadParameter(f"missing annotated sets: {', '.join(missing)}")
    docs = [d for name, path in paths.items() for d in read_conversations(path, name)]
    t0 = time.perf_counter()
    held_out = leave_one_set_out(docs)
    figures = held_out_figures(docs, held_out, PROBABILITY_THRESHOLD)
    for name, row in figures.items():
        typer.echo(
            f"{name}: held out, micro P/R/F1 {row['p']}/{row['r']}/{row['f1']}, "
            f"false-alarm rate {row['false_alarm_rate']}"
        )
    hashes = {name: sha256_file(path) for name, path in paths.items()}
    models = fit_annotated(docs, metadata={"data_sha256": hashes, "leave_one_set_out": figures})
    out_dir = out or ANNOTATED_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("annotated_*.*"):
        old.unlink()
    for model in models:
        model.save(out_dir)
        (out_dir / f"{model.name}.md").write_text(render_annotated_card(model))
    typer.echo(f"{len(models)} models written to {out_dir} in {time.perf_counter() - t0:.1f} s")


def _print_figures(title: str, report: Any) -> None:
    f = report.figures
    typer.echo(f"  {title}")
    typer.echo(f"    {'harm':20} {'P':>6} {'R':>6} {'F1':>6} {'F0.5':>6} {'support':>8}")
    for harm, v in f["per_harm"].items():
        typer.echo(
            f"    {harm:20} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f} "
            f"{v['f0.5']:6.3f} {v['support']:8d}"
        )
    m = f["micro"]
    typer.echo(
        f"    {'micro':20} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} {m['f0.5']:6.3f}"
    )
    line = f"    false-alarm rate {f['false_alarm_rate']:.3f} on {f['negatives']} clean"
    if "latency_messages_median" in f:
        line += f"; median detection latency: message {f['latency_messages_median']}"
    typer.echo(line)
    c = report.confusion
    typer.echo(f"    {report.harm}: TP {c['tp']} FP {c['fp']} FN {c['fn']} TN {c['tn']}")
    if report.other_harms:
        others = ", ".join(f"{h} {n}" for h, n in report.other_harms.items())
        typer.echo(f"    other harms fired (all false positives here): {others}")


def evaluate(
    sets: list[str] = typer.Argument(None, help="Dev sets to score (default: all)."),
    cv: int = typer.Option(
        5,
        "--cv",
        help="Folds; 0 scans with the shipped models (trained on these sets: optimistic).",
    ),
    baseline: bool = typer.Option(False, "--baseline", help="Also score the TF-IDF baseline."),
    rules: bool = typer.Option(True, "--rules/--no-rules", help="Include the rule engine."),
    data: Path | None = DATA_OPTION,
    out: Path | None = typer.Option(None, "--out", help="Write predictions and summary.json here."),
    cache: Path | None = typer.Option(
        None, "--cache", help="Keep each fold's models here and reuse them when nothing changed."
    ),
    stack: bool = typer.Option(
        True,
        "--stack/--no-stack",
        help="Train a stacker in each fold (with the rules) instead of fusing by max.",
    ),
) -> None:
    """Score the scanner on the dev halves with shared/eval/score.py, per set."""
    from onguard.detect.learned import evaluation as ev
    from onguard.detect.learned import load_default_models

    data_dir = _data_dir(data)
    names = sets or list(ev.DEV_SETS)
    unknown = [s for s in names if s not in ev.SET_HARM]
    if unknown:
        typer.echo(
            f"Unknown set(s): {', '.join(unknown)}. Known: {', '.join(ev.DEV_SETS)}", err=True
        )
        raise typer.Exit(2)
    if cv == 1 or cv < 0:
        typer.echo("--cv must be 0 (shipped models) or at least 2", err=True)
        raise typer.Exit(2)
    scorer = ev.load_scorer(data_dir)
    factory, kind = _scanner_factory(rules)
    t0 = time.perf_counter()
    if cv:
        typer.echo(f"scanner ({kind}), {cv}-fold cross-validation", err=True)
        preds = ev.scanner_cv_predictions(
            data_dir,
            factory,
            names,
            folds=cv,
            progress=lambda s: typer.echo(s, err=True),
            cache_dir=cache,
            rule_scorer=_rule_scorer() if rules and stack else None,
        )
    else:
        from onguard.detect.learned.stacker import load_default_stacker

        models = load_default_models()
        if not models:
            typer.echo("No shipped models: run `onguard train` first.", err=True)
        typer.echo(f"scanner ({kind}), shipped models (trained on these sets)", err=True)
        from onguard.detect.learned.specialists import load_default_specialists

        stacker = load_default_stacker() if stack else None
        specialists = load_default_specialists() if models else None
        preds = ev.scan_predictions(data_dir, factory(models, stacker, specialists), names)
    kind += " + stacker" if stack and rules else ""
    summary: dict[str, Any] = {"cv": cv, "scanner": kind, "sets": {}}
    for name in names:
        gold = ev.read_gold(data_dir / "dev" / f"{name}.jsonl")
        typer.echo(f"{name} ({len(gold)} conversations)")
        entry: dict[str, Any] = {}
        if baseline:
            folds = ev.fold_of(gold, cv or 5)
            base = ev.score_set(
                scorer,
                name,
                gold,
                ev.baseline_predictions(gold, ev.SET_HARM[name], folds),
                out / f"baseline-{name}.jsonl" if out else None,
            )
            _print_figures(f"baseline TF-IDF + LR ({cv or 5}-fold CV)", base)
            entry["baseline"] = {**base.row, **base.confusion}
        report = ev.score_set(
            scorer, name, gold, preds[name], out / f"scanner-{name}.jsonl" if out else None
        )
        _print_figures(f"OnGuard scanner ({kind})", report)
        entry["scanner"] = {**report.row, **report.confusion, "other_harms": report.other_harms}
        summary["sets"][name] = entry
    typer.echo(f"done in {time.perf_counter() - t0:.0f} s", err=True)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        (out / "summary.json").write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n")
