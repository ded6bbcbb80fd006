"""Source routes scope the shared models (config `routed_scope_harms`): a conversation that
reads like one real source and not like another routed source keeps no shared-model score
for the listed harms of that other source; unlisted harms and unrouted conversations keep
theirs."""

from __future__ import annotations

from types import SimpleNamespace

from onguard.conversation import ScanConfig
from onguard.conversation.scanner import _take_routes
from onguard.detect.learned.specialists import ROUTER_REPORTS, SourceSpecialists

SHARED = object()


def _routes() -> SourceSpecialists:
    specialists = SourceSpecialists.__new__(SourceSpecialists)
    specialists.routes = [
        SimpleNamespace(harm=h, router=object(), specialist=object())
        for h in ("cyberbullying", "scam", "self_harm")
    ]
    return specialists


def _results(*routed: bool) -> list[SimpleNamespace]:
    out = []
    for taken in routed:
        out.append(SimpleNamespace(score=ROUTER_REPORTS + 0.2 if taken else 0.1))  # router
        out.append(SimpleNamespace(score=0.9))  # specialist
    return out


def _shared() -> dict[str, tuple[object, object]]:
    return {h: (SHARED, SimpleNamespace(score=0.7)) for h in ("cyberbullying", "scam", "self_harm")}


SCOPED = frozenset({"scam", "cyberbullying"})


def test_a_routed_conversation_drops_the_other_scoped_harms() -> None:
    specialists, out = _routes(), _shared()
    _take_routes(out, specialists, _results(False, True, False), SCOPED)
    assert out["scam"][0] is specialists.routes[1].specialist
    assert "cyberbullying" not in out  # scoped, and its route (game chat) was not taken
    assert out["self_harm"][0] is SHARED  # not scoped: kept


def test_an_unrouted_conversation_keeps_every_shared_score() -> None:
    out = _shared()
    _take_routes(out, _routes(), _results(False, False, False), SCOPED)
    assert all(model is SHARED for model, _ in out.values()) and len(out) == 3


def test_without_scoped_harms_only_the_route_changes() -> None:
    specialists, out = _routes(), _shared()
    _take_routes(out, specialists, _results(True, False, False))
    assert out["cyberbullying"][0] is specialists.routes[0].specialist
    assert out["scam"][0] is SHARED and out["self_harm"][0] is SHARED


def test_the_shipped_config_scopes_scam_and_bullying_not_self_harm() -> None:
    scoped = ScanConfig.load(None).routed_scope_harms
    assert {"scam", "cyberbullying"} <= scoped
    assert "self_harm" not in scoped
