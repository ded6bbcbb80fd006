"""The fixed contracts of ../shared/spec/README.md as pydantic models.

Every layer speaks these: importers produce `Conversation`s, the scanner turns
them into `ScanResult`s, the assessment engine reads `AssessmentInput` and
writes `AssessmentOutput`. Field names and value sets must not drift from the
spec; additions are allowed only where the spec says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from onguard.taxonomy import default_taxonomy

Role = Literal["child", "adult", "unknown"]
Risk = Literal["none", "low", "medium", "high", "critical"]
Level = Literal["none", "emerging", "significant", "experiencing"]

RISK_ORDER: tuple[Risk, ...] = ("none", "low", "medium", "high", "critical")
LEVEL_ORDER: tuple[Level, ...] = ("none", "emerging", "significant", "experiencing")

# A single message longer than this is refused rather than scanned: no chat app
# allows it, and it would let one request pin a worker.
MAX_MESSAGE_CHARS = 100_000


class Participant(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    role: Role = "unknown"
    name: str | None = None


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")

    sender: str = "?"
    text: str = Field(default="", max_length=MAX_MESSAGE_CHARS)
    ts: str | None = None
    media: bool = False


class Conversation(BaseModel):
    """One conversation (a line of a conversation JSON Lines file)."""

    model_config = ConfigDict(extra="allow")

    id: str
    participants: list[Participant] = Field(default_factory=list)
    messages: list[Message] = Field(default_factory=list)
    labels: list[str] | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    def child_ids(self) -> set[str]:
        return {p.id for p in self.participants if p.role == "child"}


@dataclass(frozen=True, slots=True)
class ConversationParts:
    """A conversation already validated, as the parts a scanner reads.

    Readers of large JSON Lines files build these straight from parsed JSON
    (`onguard.io.jsonl.conversation_parts`) when a line holds nothing that
    validation would coerce or refuse: a pydantic `Conversation` per line costs
    more than scanning it. Anything unusual still goes through `Conversation`.
    """

    id: str
    texts: list[str]
    senders: list[str]
    roles: dict[str, str]

    @classmethod
    def of(cls, conversation: Conversation) -> ConversationParts:
        return cls(
            conversation.id,
            [m.text for m in conversation.messages],
            [m.sender for m in conversation.messages],
            {p.id: p.role for p in conversation.participants},
        )


class Evidence(BaseModel):
    message: int = Field(ge=0)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    signal: str


class HarmFinding(BaseModel):
    harm: str
    score: float = Field(ge=0.0, le=1.0)
    first_message: int = Field(ge=0)
    evidence: list[Evidence] = Field(default_factory=list)

    @field_validator("harm")
    @classmethod
    def _known_harm(cls, value: str) -> str:
        default_taxonomy().check_harm_ids([value])
        return value


class ScanResult(BaseModel):
    id: str
    risk: Risk
    harms: list[HarmFinding] = Field(default_factory=list)


class ChildInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    age: int | None = Field(default=None, ge=0, le=25)
    additional_needs: bool = False


class Facts(BaseModel):
    """Facts a practitioner knows; unknown keys are refused so typos are caught."""

    model_config = ConfigDict(extra="forbid")

    immediate_danger: bool | None = None
    adult_involved: bool | None = None
    image_shared: bool | None = None
    meeting_arranged: bool | None = None
    payment_demanded: bool | None = None
    staff_involved: bool | None = None


class AssessmentInput(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    child: ChildInfo = Field(default_factory=ChildInfo)
    indicators: list[str] = Field(default_factory=list)
    harms: list[str] = Field(default_factory=list)
    facts: Facts = Field(default_factory=Facts)
    conversation: Conversation | None = None
    notes: str | None = Field(default=None, max_length=MAX_MESSAGE_CHARS)

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    @field_validator("harms")
    @classmethod
    def _known_harms(cls, value: list[str]) -> list[str]:
        return default_taxonomy().check_harm_ids(value)

    @field_validator("indicators")
    @classmethod
    def _known_indicators(cls, value: list[str]) -> list[str]:
        return default_taxonomy().check_indicator_ids(value)


class AssessmentOutput(BaseModel):
    id: str
    level: Level
    immediate_danger: bool
    routes: list[str]
    rationale: list[str]
