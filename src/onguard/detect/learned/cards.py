"""Model cards: what a model learned from, how well it does, and what it must not be used for.

Cards hold counts, hashes and metrics only, never text from the data.
"""

from __future__ import annotations

from typing import Any

from onguard.detect.learned.model import SHAPES, LinearConversationModel
from onguard.detect.learned.specialists import SourceSpecialists
from onguard.detect.learned.stacker import Stacker

_LIMITS = {
    "grooming": (
        "VTPAN segments are flattened chat excerpts of both sides; a positive marks a chat "
        "involving a convicted offender, not a segment that is itself grooming. The PJ lines "
        "are offenders talking to adult decoys. The model reads the non-child side of a "
        "conversation; it learns the language of these offenders in 2000s chat rooms and "
        "will miss grooming phrased differently (other eras, platforms, languages)."
    ),
    "cyberbullying": (
        "Formspring questions/answers (2010) and Dota 2 in-game chat toxicity between "
        "players of unknown age: broader than sustained bullying of a child, and mostly "
        "profanity-driven; banter between friends can score high."
    ),
    "scam": (
        "Single SMS messages; the positive class includes marketing spam, not only fraud. "
        "Scams inside long chats, or in other languages, are out of distribution."
    ),
    "self_harm": (
        "Single tweets labelled as potential suicide posts; the source does not say who "
        "labelled them. Song lyrics, jokes and news about suicide can score high; a low score "
        "never means a child is safe."
    ),
}


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _shape_line(model: LinearConversationModel) -> str:
    if not model.shape_thresholds:
        return "- One threshold for every conversation shape."
    # In the shapes' own order, whether the model was just trained or read from its JSON.
    shapes = model.shape_thresholds
    seen = ", ".join(f"{k} {shapes[k]:.3f}" for k in sorted(shapes, key=_shape_order))
    return (
        "- Threshold per conversation shape (short/long single message, question/answer "
        "pair, chat of 3+ messages), chosen by the same cross-validation; a shape with no "
        "positives in the training data gets a conservative one (a margin above the global "
        f"threshold {model.threshold:.3f} and above every training score of that shape): "
        f"{seen}."
    )


def render_card(model: LinearConversationModel, scanner_cv: dict[str, Any] | None = None) -> str:
    """Markdown model card for one trained model."""
    m = model.metadata
    trained = m.get("trained_on", {})
    if m.get("role") == "shape specialist":
        return _render_shape_specialist_card(model, scanner_cv)
    lines = [
        f"# Model card: `{model.name}`",
        "",
        f"- Harm: `{model.harm}` (signal `{model.signal}`); reads "
        + (
            "the messages of every participant not marked as a child"
            if model.reads == "non_child"
            else "every message"
        ),
        "- Type: logistic regression over hashed word 1-2-grams and character "
        f"{'/'.join(str(n) for n in model.params.char_ngrams)}-grams "
        f"(2^{model.params.n_bits} buckets each, no vocabulary stored); Platt-calibrated, "
        "decision threshold (chosen by 5-fold cross-validation on the training data) "
        "mapped to a score of 0.5.",
        _shape_line(model),
        *_artefact_lines(model),
        "",
        "## Intended use",
        "",
        "A first-pass screen inside OnGuard's scanner, fused with the rule-based recognisers "
        "(max of the two scores), to point an adult at conversations and messages worth "
        "reading. Not for automated decisions about a person, not as evidence on its own, "
        "not for moderation without human review.",
        "",
        "## Training data",
        "",
        f"- Dev sets whose positives teach it: {', '.join(trained.get('sets', []))}; every other "
        "dev set's conversations serve as negatives.",
        f"- Conversations: {trained.get('conversations', '?')} "
        f"(positives {trained.get('positives', '?')}); "
        f"Perverted-Justice offender windows: {trained.get('pj_windows', 0)}.",
        "- Files (sha256):",
    ]
    for name, digest in sorted(m.get("data_sha256", {}).items()):
        lines.append(f"  - `{name}`: `{digest}`")
    lines += ["", "## Metrics", ""]
    inner = m.get("inner_cv", {})
    lines.append(
        "Out-of-fold, 5-fold CV on all dev sets (this model alone, its harm only; F1 "
        "averaged over its own sets; other_sets_false_positives counts its hits on other sets): "
        + ", ".join(f"{k} {_fmt(v)}" for k, v in inner.items())
    )
    lines += _scanner_cv_lines(
        scanner_cv, "Full scanner (rules + models), 5-fold CV per dev set, scored by "
    )
    lines += _limits_lines(
        model,
        "English only. Trained on public research data sets whose labels are noisy; "
        "scores are calibrated on those sets, not on the conversations you scan.",
    )
    return "\n".join(lines)


def _artefact_lines(model: LinearConversationModel) -> list[str]:
    return [
        f"- Artefacts: `{model.name}.npz` (float32 weights), `{model.name}.json` (parameters, "
        "calibration, data hashes, metrics). No pickle.",
        "- Rebuild: `onguard train` (or `make models`); fixed seeds.",
    ]


def _scanner_cv_lines(scanner_cv: dict[str, Any] | None, heading: str) -> list[str]:
    """The full scanner's CV figures of the model's sets, as a table (none without them)."""
    if not scanner_cv:
        return []
    lines = [
        "",
        heading + "`shared/eval/score.py` (this harm):",
        "",
        "| set | precision | recall | F1 | false-alarm rate |",
        "|---|---|---|---|---|",
    ]
    for set_name, row in scanner_cv.items():
        lines.append(
            f"| {set_name} | {_fmt(row['precision'])} | {_fmt(row['recall'])} | "
            f"{_fmt(row['f1'])} | {_fmt(row['false_alarm_rate'])} |"
        )
    return lines


def _limits_lines(model: LinearConversationModel, closing: str) -> list[str]:
    return ["", "## Limits", "", _LIMITS.get(model.harm, "See docs/models.md."), "", closing, ""]


def _render_shape_specialist_card(
    model: LinearConversationModel, scanner_cv: dict[str, Any] | None
) -> str:
    """Card of a shape specialist (`specialists.ShapeSpecialistSpec`)."""
    m = model.metadata
    trained = m.get("trained_on", {})
    hyper = m.get("hyperparameters", {})
    lines = [
        f"# Model card: `{model.name}`",
        "",
        f"- Harm: `{model.harm}` (signal `{model.signal}`); a specialist of one source, "
        f"`{m.get('source')}`, that reports only on that source's conversation shape "
        f"(`{m.get('shape')}`: one text longer than 300 characters, a chat log pasted as one "
        "message). It sits beside the shared model of its harm and the scanner keeps the "
        "higher of the two scores, so it can only add reports, and only on that shape. Reads "
        + (
            "the messages of every participant not marked as a child."
            if model.reads == "non_child"
            else "every message."
        ),
        "- Type: logistic regression (balanced classes, C "
        f"{hyper.get('C')}) over hashed word 1-2-grams and character "
        f"{'/'.join(str(n) for n in model.params.char_ngrams)}-grams "
        f"(2^{model.params.n_bits} buckets each, the shared models' n-grams, no vocabulary "
        f"stored); n-grams in fewer than {hyper.get('min_df')} training conversations "
        f"dropped, naive-Bayes weighting (beta {hyper.get('nb_beta')}) folded into the "
        "weights; reports at logit 0 (score 0.5), Platt slope from 5-fold CV.",
        *_artefact_lines(model),
        "",
        "## Intended use",
        "",
        "As for every OnGuard model: a first-pass screen that points an adult at conversations "
        "worth reading; not for automated decisions about a person, not as evidence on its "
        "own, not for moderation without human review.",
        "",
        "## Training data",
        "",
        f"- Its source alone: {', '.join(trained.get('sets', []))} "
        f"({trained.get('conversations', '?')} conversations, "
        f"{trained.get('positives', '?')} positives).",
        "- Files (sha256):",
    ]
    for name, digest in sorted(m.get("data_sha256", {}).items()):
        lines.append(f"  - `{name}`: `{digest}`")
    inner = m.get("inner_cv", {})
    lines += [
        "",
        "## Metrics",
        "",
        "Out-of-fold, 5-fold CV on its source (this model alone, on every shape): "
        + ", ".join(f"{k} {_fmt(v)}" for k, v in inner.items()),
    ]
    lines += _scanner_cv_lines(
        scanner_cv, "Full scanner (rules + models, this model included), 5-fold CV, scored by "
    )
    lines += _limits_lines(
        model,
        "It learned one source only: on a pasted text unlike that source's it says little, "
        "and the shared model still decides. English only; noisy research labels.",
    )
    return "\n".join(lines)


def render_stacker_card(stacker: Stacker) -> str:
    """Markdown card for the stacker (`stacker.json`)."""
    m = stacker.metadata
    trained = m.get("trained_on", {})
    hp = m.get("hyperparameters", {})
    lines = [
        "# Model card: `stacker`",
        "",
        "## What it is",
        "",
        "One logistic regression per modelled harm ("
        + ", ".join(f"`{h}`" for h in stacker.stacks)
        + ") over the scores of ALL the harm models (each model's score logit, once per "
        "conversation shape), the rules' score of each modelled harm and the conversation's "
        "shape. In the scanner (`onguard.conversation.scoring.fuse_all`) it can only "
        "withdraw a model's report: fused = max(rule score, min(stacked, model score)), "
        "reported at >= 0.5. Grooming and the harms without a model are not stacked.",
        "",
        "## Training data",
        "",
        f"- {trained.get('conversations', '?')} dev conversations of "
        + ", ".join(trained.get("sets", []))
        + ". The model scores it learns from are the harm models' inner out-of-fold scores "
        "(never scores of conversations a model was trained on).",
        f"- Logistic regression C = {hp.get('C')}, seed {hp.get('seed')}; threshold and "
        f"slope from a further {hp.get('folds')}-fold cross-validation, maximising the own "
        "sets' F1 minus what hits on other sets cost them; a threshold per shape.",
        "- Data hashes: see `stacker.json` (`data_sha256`). The file holds weights only, no text.",
        "",
        "## Inner cross-validation",
        "",
        "| harm | positives | F1 (mean of own sets) | hits on other sets |",
        "|---|---|---|---|",
    ]
    for harm, r in m.get("inner_cv", {}).items():
        lines.append(
            f"| {harm} | {r.get('positives')} | {_fmt(r.get('f1_mean_sets'))} | "
            f"{r.get('other_sets_false_positives')} |"
        )
    lines += [
        "",
        "## Limits",
        "",
        "- It learns how the five dev sources differ (an SMS, a tweet, a game-chat line are "
        "all one short message): on other sources its corrections may not hold.",
        "- It needs every model it was trained with; with a model missing the scanner "
        "falls back to max(rule, model).",
        "- It inherits every limit of the harm models' data (see their cards).",
        "",
    ]
    return "\n".join(lines)


def render_annotated_card(model: LinearConversationModel) -> str:
    """Markdown card for one model learned from role-annotated conversations."""
    m = model.metadata
    trained = m.get("trained_on", {})
    hp = m.get("hyperparameters", {})
    rows = m.get("leave_one_set_out", {})
    lines = [
        f"# Model card: `{model.name}`",
        "",
        f"- Harm: `{model.harm}` (signal `{model.signal}`); reads every message"
        + (
            ", as the project's normaliser folds it (leetspeak, shorthand, look-alike letters; "
            "evidence spans index the original text)."
            if model.text == "normalised"
            else "."
        ),
        "- Type: logistic regression (balanced classes, C = "
        f"{hp.get('C')}) over hashed word 1-2-grams and character "
        f"{'/'.join(str(n) for n in model.params.char_ngrams)}-grams (2^{model.params.n_bits} "
        "buckets each, no vocabulary stored); a score >= 0.5 means a probability >= "
        f"{hp.get('probability_threshold')}.",
        f"- Trained on: the project's own role-annotated, non-explicit conversations "
        f"({trained.get('conversations')} conversations, {trained.get('positives')} with this "
        f"harm; sets {', '.join(trained.get('sets', []))}; sha256 in the sidecar).",
        "- Used when: the conversation lists its participants with their roles (the real "
        "data sets never do; on them these models misfire). Then it takes the place of the "
        "real-data model of its harm (`annotated_keep_models` in the scoring configuration "
        "lists the harms that keep both).",
        "- Rebuild: `onguard train-annotated` (or `make models`); deterministic.",
        "",
        "## Quality: every harm's models together, each set held out",
        "",
        "Each set scored by models trained on the other sets only (so by models that never "
        "saw its writer); micro figures over every harm, the models alone (no rules):",
        "",
        "| held-out set | conversations | micro P | micro R | micro F1 | false-alarm rate |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in sorted(rows.items()):
        lines.append(
            f"| {name} | {r['conversations']} | {r['p']} | {r['r']} | {r['f1']} | "
            f"{r['false_alarm_rate']} |"
        )
    lines += [
        "",
        "## Limits",
        "",
        "Trained on about a thousand short hand-written conversations by a handful of writers: "
        "it learns their phrasing of the guide's harms, not every real one, and its recall on "
        "a new writer's conversations is about 0.8 at the threshold. Not for automated "
        "decisions about a person, not as evidence on its own: a pointer for an adult to read "
        "the conversation.",
        "",
    ]
    return "\n".join(lines)


def render_specialists_card(specialists: SourceSpecialists, data_sha256: dict[str, str]) -> str:
    """One card for every source route: router and specialist, data, figures, limits."""
    lines = [
        "# Model card: source specialists and their routers",
        "",
        "## Intended use",
        "",
        "For conversations that list no participants (the real data sets, free text, a "
        "platform's stream of messages): where a **router** scores a conversation >= 0.5 "
        "(it reads like that source), the source's **specialist** decides that source's harm "
        "in place of the shared model, and the stacker does not decide it. Conversations that "
        "list their participants are scored by the annotated models instead. Not a "
        "decision about a child on its own; a practitioner reviews every report.",
        "",
        "## Routes",
        "",
        "| source | harm | specialist trained on | positives | specialist inner-CV "
        "P / R / F1 | hyperparameters |",
        "|---|---|---|---:|---|---|",
    ]
    for route in specialists.routes:
        meta = route.specialist.metadata
        cv = meta.get("inner_cv", {})
        hyper = meta.get("hyperparameters", {})
        lines.append(
            f"| {route.source} | {route.harm} | {meta.get('conversations', '?')} conversations "
            f"| {meta.get('positives', '?')} | {_fmt(cv.get('precision', '?'))} / "
            f"{_fmt(cv.get('recall', '?'))} / {_fmt(cv.get('f1', '?'))} | "
            f"C {hyper.get('C')}, min_df {hyper.get('min_df')}, nb_beta {hyper.get('nb_beta')} |"
        )
    router = specialists.routes[0].router if specialists.routes else None
    params = router.params if router else None
    chars = "/".join(str(n) for n in params.char_ngrams) if params else "?"
    bits = params.n_bits if params else "?"
    lines += [
        "",
        "## Training",
        "",
        f"- Features: hashed character {chars}-grams and word 1/2-grams (2^{bits} buckets a "
        "block, no vocabulary stored), sublinear TF-IDF, character and word blocks each "
        "L2-normalised; n-grams in fewer than `min_df` training conversations dropped.",
        "- Specialist: logistic regression (liblinear, balanced classes) on its source's "
        "developer half alone; `nb_beta` > 0 weights each n-gram by how one-sided it is "
        "between the classes (naive-Bayes log-count ratio) during the fit. Reports at "
        "logit 0; the slope is Platt scaling on 5-fold out-of-fold scores.",
        "- Router: the same features and model, its source against every other developer "
        "set, the Perverted-Justice windows and the project's hand-written everyday "
        "conversations (each whole and each message alone; `tests/data/`, the held-out "
        "sets excluded) "
        f"({router.metadata.get('conversations', '?') if router else '?'} in all); "
        f"reports from logit {router.threshold if router else '?'}, and only on the "
        "conversation shapes its source has (the SMS and tweets are single messages); "
        "weights below 0.02 dropped; no evidence.",
        "- Seeded; data files (sha256):",
        "",
    ]
    lines += [f"  - `{name}`: `{digest}`" for name, digest in sorted(data_sha256.items())]
    lines += [
        "",
        "## Limits",
        "",
        "- A router knows only the developer sets: a text from elsewhere that reads like an "
        "SMS, a tweet or a game-chat line is judged by that source's specialist, with that "
        "source's idea of the harm (marketing spam counts as a scam; game-chat toxicity as "
        "bullying).",
        "- Short messages are often ambiguous between sources; about 1 in 5 tweets is not "
        "routed (the shared model decides those).",
        "- Figures and what was tried: docs/models.md (round 6).",
        "",
    ]
    return "\n".join(lines)


def _shape_order(shape: str) -> int:
    return SHAPES.index(shape) if shape in SHAPES else len(SHAPES)
