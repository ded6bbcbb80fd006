"""The response plan: the spec's assessment output plus what a person needs to act on it.

Plain pydantic models, so the API and web app can serialise a `Plan` as it is.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

from onguard.spec import AssessmentOutput, Level

Audience = Literal["practitioner", "parent"]
HarmSourceName = Literal["known", "conversation", "notes", "facts"]
FactSourceName = Literal["form", "notes", "conversation", "derived", "child"]


class RouteStep(BaseModel):
    """One route in the plan, in order, with the taxonomy's contact details."""

    id: str
    name: str
    organisation: str
    when: str
    contact: dict[str, str]
    contact_line: str
    emergency: bool = False
    why: list[str] = Field(default_factory=list, description="the situations that call for it")
    for_reader: bool = Field(description="whether the plan's reader uses this route themselves")
    reader_note: str | None = None
    notes: list[str] = Field(default_factory=list)


class HarmSource(BaseModel):
    source: HarmSourceName
    score: float | None = None
    first_message: int | None = Field(default=None, description="0-based, for a conversation")
    signals: list[str] = Field(default_factory=list)
    detail: str | None = None


class HarmConsidered(BaseModel):
    harm: str
    name: str
    definition: str = Field(description="written for the plan's reader")
    sources: list[HarmSource]
    what_to_do: list[str]


class PossibleHarm(BaseModel):
    """A harm the recorded indicators point to, not established (used for no route)."""

    harm: str
    name: str
    indicators: list[str]


class FactUsed(BaseModel):
    fact: str
    description: str
    value: bool
    source: FactSourceName
    detail: str | None = None


class IndicatorUsed(BaseModel):
    id: str
    name: str
    weight: str
    exploitation: bool


class Reason(BaseModel):
    """One reason for the grade or a route, with what it rests on and its basis."""

    kind: Literal["grade", "jigsaw", "route", "excluded", "conflict", "note"]
    rule: str
    text: str
    level: Level | None = None
    rests_on: list[str] = Field(default_factory=list)
    basis: str | None = None


class GuidanceText(BaseModel):
    id: str
    text: str
    detail: str | None = None


class PlanGuidance(BaseModel):
    """The guide's advice, chosen for the reader."""

    say_to_child: list[GuidanceText]
    responding: list[GuidanceText]
    do_not: list[GuidanceText]
    prevention_tips: list[GuidanceText]
    impacts: list[GuidanceText]
    support: list[RouteStep] = Field(description="support for the child and family after harm")


class Plan(BaseModel):
    """A graded risk with its rationale, ordered routes and guidance."""

    output: AssessmentOutput
    audience: Audience
    level_label: str
    level_meaning: str
    level_response: str
    child_age: int | None = None
    additional_needs: bool = False
    routes: list[RouteStep]
    harms: list[HarmConsidered]
    possible_harms: list[PossibleHarm] = Field(default_factory=list)
    indicators: list[IndicatorUsed] = Field(default_factory=list)
    facts: list[FactUsed] = Field(default_factory=list)
    reasons: list[Reason]
    would_change: list[str]
    review_by: dt.date | None = None
    review_note: str
    advice: str
    guidance: PlanGuidance
    warnings: list[str] = Field(default_factory=list)
    taxonomy_version: str
    assessed_on: dt.date
