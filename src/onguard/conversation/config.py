"""Scoring configuration (thresholds, direction rules, risk mapping) from YAML."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

DEFAULT_CONFIG = Path(__file__).parent / "data" / "scoring.yaml"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser: same data, faster


class DiscussionFrame(BaseModel):
    """Words of a conversation that talks about online harms rather than doing them, and
    how much less the quoted-phrase signals count there."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[str, ...] = ()
    signals: frozenset[str] = frozenset()
    lower: float = Field(default=0.0, ge=0.0, le=1.0)
    # A message with one of `acting_signals` (a link) and one of `acting_requests` (for
    # payment or details) acts, whatever the frame: its signals are not lowered unless the
    # message itself warns (`warning_words`).
    acting_signals: frozenset[str] = frozenset()
    acting_requests: frozenset[str] = frozenset()
    warning_words: tuple[str, ...] = ()


class FamilySenders(BaseModel):
    """Senders a phone names as family ("Mum", "Dad 📱", "Nan"): what they ask a child for
    (a password, a passport photo, the child's location) is ordinary family life far more
    often than harm, so those requests count less; so does what a child tells them, in a
    chat with no one else."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    names: frozenset[str] = frozenset()
    requests: frozenset[str] = frozenset()
    disclosures: frozenset[str] = frozenset()
    lower: float = Field(default=0.0, ge=0.0, le=1.0)


class ServiceNotice(BaseModel):
    """Words of a genuine service text (an appointment reminder, a verification code "never
    to be shared", a delivery with "nothing to pay"): where they occur and the rules found
    little of the harm (`rule_below`), a model's score for these harms counts `lower` less
    (such texts share their numbers, times and brand names with scam texts, and the
    models read those)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: tuple[str, ...] = ()
    harms: frozenset[str] = frozenset()
    lower: float = Field(default=0.0, ge=0.0, le=1.0)
    # Rule evidence for the harm below this (a lone urgency word) leaves the step on.
    rule_below: float = Field(default=0.0, ge=0.0, le=1.0)


class LongConversation(BaseModel):
    """In a conversation of at least `messages` messages, rule evidence for a harm that a
    model also scores reports on its own only from `min_rule_score` (the model's calibrated
    score is unchanged; without a model the rule score stands). A long thread gives a lone
    borderline phrase many more chances to occur by accident: on the hand-written sets,
    reports just over the threshold there were mostly false."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    messages: int = Field(default=0, ge=0)  # 0: off
    min_rule_score: float = Field(default=0.0, ge=0.0, le=1.0)


class RiskConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    strong: float = 0.75
    watch: float = 0.3
    grooming_critical_stages: int = 4
    grooming_high_stages: int = 3
    critical_signals: frozenset[str] = frozenset()


class ScanConfig(BaseModel):
    """Every number the conversation layer uses; see `data/scoring.yaml` for what each means."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    report_threshold: float = Field(0.5, gt=0.0, le=1.0)
    repeat_bonus: float = Field(0.08, ge=0.0, le=1.0)
    repeat_bonus_max: float = Field(0.2, ge=0.0, le=1.0)
    signal_cap: dict[str, dict[str, float]] = Field(default_factory=dict)
    anonymous_min_score: dict[str, float] = Field(default_factory=dict)
    peer_min_score: dict[str, float] = Field(default_factory=dict)
    long_conversation: LongConversation = LongConversation()
    one_sender_harms: frozenset[str] = frozenset()
    pile_on_bonus: float = Field(0.12, ge=0.0, le=1.0)
    pile_on_signals: frozenset[str] = frozenset()
    child_only_signals: frozenset[str] = frozenset()
    not_child_signals: frozenset[str] = frozenset()
    info_request_signals: frozenset[str] = frozenset()
    child_inference_min_signals: int = Field(2, ge=1)
    child_max_age: int = Field(17, ge=1, le=25)
    child_cues: tuple[str, ...] = ()
    child_report_cues: tuple[str, ...] = ()
    age_gap_score: float = Field(0.2, ge=0.0, le=1.0)
    refusal_ignored_score: float = Field(0.35, ge=0.0, le=1.0)
    refusal_ignored_persistent_score: float = Field(0.55, ge=0.0, le=1.0)
    refusal_persistent_messages: int = Field(3, ge=1)
    filler_words: frozenset[str] = frozenset()
    model_min_content_words: dict[str, int] = Field(default_factory=dict)
    model_window: int = Field(50, ge=1)
    annotated_keep_models: frozenset[str] = frozenset()
    routed_scope_harms: frozenset[str] = frozenset()
    max_evidence_per_harm: int = Field(25, ge=1)
    discussion_frame: DiscussionFrame = DiscussionFrame()
    family_senders: FamilySenders = FamilySenders()
    service_notice: ServiceNotice = ServiceNotice()
    risk: RiskConfig = Field(default_factory=RiskConfig)

    @field_validator("child_cues", "child_report_cues")
    @classmethod
    def _cues_compile(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        for cue in value:
            try:
                re.compile(cue)
            except re.error as exc:
                raise ValueError(
                    f"{info.field_name}: {cue!r} is not a valid expression: {exc}"
                ) from exc
        return value

    @field_validator("filler_words", mode="before")
    @classmethod
    def _flatten(cls, value: Any) -> Any:
        # Grouped in the YAML file (a list of lists) for reading; one set here.
        if isinstance(value, list | tuple) and any(isinstance(v, list | tuple) for v in value):
            return [w for v in value for w in (v if isinstance(v, list | tuple) else [v])]
        return value

    @classmethod
    def load(cls, source: ScanConfig | Path | str | dict[str, Any] | None = None) -> ScanConfig:
        """The default file, another YAML file, a dict of overrides on the default, or a config."""
        if isinstance(source, ScanConfig):
            return source
        with DEFAULT_CONFIG.open(encoding="utf-8") as f:
            data: dict[str, Any] = yaml.load(f, Loader=_LOADER)
        if isinstance(source, (str, Path)):
            with Path(source).open(encoding="utf-8") as f:
                data = yaml.load(f, Loader=_LOADER) or {}
        elif isinstance(source, dict):
            data = {**data, **source}
        return cls.model_validate(data)
