"""Conversations: per-conversation state, grooming stages, escalation, risk.

`Scanner` is the entry point: `scan`, `scan_many`, `analyse`, `scan_text`
and `tracker` (streaming). `fuse` is the rule/model fusion rule.
"""

from onguard.conversation.config import ScanConfig
from onguard.conversation.scanner import (
    ConversationAnalysis,
    ConversationModel,
    HarmAnalysis,
    ModelScore,
    Scanner,
    Tracker,
)
from onguard.conversation.scoring import fuse, noisy_or
from onguard.conversation.state import ConversationState, EvidenceItem

__all__ = [
    "ConversationAnalysis",
    "ConversationModel",
    "ConversationState",
    "EvidenceItem",
    "HarmAnalysis",
    "ModelScore",
    "ScanConfig",
    "Scanner",
    "Tracker",
    "fuse",
    "noisy_or",
]
