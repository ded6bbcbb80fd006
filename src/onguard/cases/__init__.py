"""The case store: children, concerns, evidence, assessments, actions, referrals, a derived
chronology, users and roles, and a hash-chained audit log. See `service.CaseService`."""

from onguard.cases.audit import AuditReport
from onguard.cases.schemas import (
    ROLES,
    ActionIn,
    AmendmentIn,
    AssessmentIn,
    ChildIn,
    ConcernIn,
    EvidenceIn,
    IndicatorIn,
    OutcomeIn,
    ReferralIn,
)
from onguard.cases.service import (
    PERMISSIONS,
    SYSTEM,
    CaseError,
    CaseService,
    ConflictError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    Store,
    StoreError,
    UnavailableError,
    User,
    may,
)

__all__ = [
    "PERMISSIONS",
    "ROLES",
    "SYSTEM",
    "ActionIn",
    "AmendmentIn",
    "AssessmentIn",
    "AuditReport",
    "CaseError",
    "CaseService",
    "ChildIn",
    "ConcernIn",
    "ConflictError",
    "EvidenceIn",
    "ForbiddenError",
    "IndicatorIn",
    "InvalidInputError",
    "NotFoundError",
    "OutcomeIn",
    "ReferralIn",
    "Store",
    "StoreError",
    "UnavailableError",
    "User",
    "may",
]
