"""Typed, frozen models of the guide's content.

Every entry cites the guide section it comes from (`guide_section`, an id from
`sections.yaml`), so a reader can always trace a rule back to the guide.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

Severity = Literal["low", "medium", "high", "critical"]
Audience = Literal["child", "parent", "professional"]
IndicatorWeight = Literal["low", "medium", "high"]
IndicatorSource = Literal["guide", "impact", "practice"]

_ID_PATTERN = r"^[a-z][a-z0-9_]*$"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class GuideSection(_Frozen):
    """A section (heading) of the One Minute Guide."""

    id: str = Field(pattern=_ID_PATTERN)
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1)


class Signal(_Frozen):
    """Something in messages that shows a harm (a behaviour, never explicit content)."""

    id: str = Field(pattern=_ID_PATTERN)
    description: str = Field(min_length=1)
    stage: str | None = None


class Harm(_Frozen):
    """One form of online exploitation the guide names, with a stable id."""

    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1, description="the guide's words")
    guide_section: str
    guide_text: str = Field(min_length=1, description="what the guide says, in its words")
    definition_parent: str = Field(min_length=1)
    definition_practitioner: str = Field(min_length=1)
    signals: tuple[Signal, ...] = Field(min_length=1)
    ages: str = Field(min_length=1)
    severity: Severity
    routes: tuple[str, ...] = Field(min_length=1)
    what_to_do: tuple[str, ...] = Field(min_length=1)
    message_level: bool = True


class Indicator(_Frozen):
    """A change in a child's behaviour or situation that a practitioner may record."""

    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)
    guide_section: str
    description: str = Field(min_length=1)
    weight: IndicatorWeight
    source: IndicatorSource
    harms: tuple[str, ...] = ()
    exploitation: bool = Field(
        default=True,
        description="an indicator of exploitation (counts for the under-13/additional-needs floor)",
    )


class Contact(_Frozen):
    phone: str | None = None
    text: str | None = None
    web: str | None = None
    email: str | None = None
    hours: str | None = None
    how: str | None = Field(default=None, description="how to reach it when it has no number")

    @model_validator(mode="after")
    def _has_a_way_in(self) -> Contact:
        if not any((self.phone, self.text, self.web, self.email, self.how)):
            raise ValueError(
                "a route needs at least one way to contact it (phone, text, web, email, how)"
            )
        return self


class Route(_Frozen):
    """A UK reporting or support route."""

    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)
    organisation: str = Field(min_length=1)
    guide_section: str
    when: str = Field(min_length=1)
    contact: Contact
    audience: tuple[Audience, ...] = Field(min_length=1)
    last_checked: dt.date
    source: HttpUrl | None = None
    notes: tuple[str, ...] = ()
    emergency: bool = False

    @field_validator("contact", mode="before")
    @classmethod
    def _contact_required(cls, value: object) -> object:
        if value is None:
            raise ValueError("a route needs contact details")
        return value


class GuidanceItem(_Frozen):
    id: str = Field(pattern=_ID_PATTERN)
    text: str = Field(min_length=1)
    guide_section: str
    detail: str | None = None


class Resource(_Frozen):
    id: str = Field(pattern=_ID_PATTERN)
    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    guide_section: str
    web: str | None = None


class Guidance(_Frozen):
    """The guide's prose lists: impacts, tips, talking points, responding, resources."""

    what_is: tuple[GuidanceItem, ...] = Field(min_length=1)
    impacts: tuple[GuidanceItem, ...] = Field(min_length=1)
    prevention_tips: tuple[GuidanceItem, ...] = Field(min_length=1)
    talk_points: tuple[GuidanceItem, ...] = Field(min_length=1)
    responding: tuple[GuidanceItem, ...] = Field(min_length=1)
    do_not: tuple[GuidanceItem, ...] = Field(min_length=1)
    resources: tuple[Resource, ...] = Field(min_length=1)
