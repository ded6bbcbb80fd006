"""Load and validate the guide's content from YAML.

Validation names the file and the entry at fault, so that a broken data file is
fixed in minutes: unknown ids, duplicate ids, missing fields and references to
sections, harms or routes that do not exist all fail loading.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from onguard.taxonomy.models import (
    Guidance,
    GuideSection,
    Harm,
    Indicator,
    Route,
)
from onguard.validation import describe_validation_error
from onguard.yamldata import safe_load

DATA_DIR = Path(__file__).parent / "data"

# The ids fixed by the project's contract (../shared/spec/README.md). The data
# files may add to these; they may not drop any.
REQUIRED_HARM_IDS = frozenset(
    {
        "grooming",
        "sexting",
        "sextortion",
        "csam",
        "sex_trafficking",
        "cyberbullying",
        "scam",
        "identity_theft",
        "harmful_challenge",
        "privacy_disclosure",
        "unwanted_contact",
        "criminal_exploitation",
        "money_mule",
        "location_control",
        "app_data_exposure",
        "self_harm",
    }
)
REQUIRED_INDICATOR_IDS = frozenset(
    {
        "talks_about_online_friends",
        "gifts_or_money_online",
        "withdrawn_secretive",
        "new_or_second_phone",
        "many_calls_or_messages",
        "anxious_without_phone",
    }
)
REQUIRED_ROUTE_IDS = frozenset(
    {
        "call_999",
        "police_101",
        "ceop",
        "iwf",
        "report_remove",
        "take_it_down",
        "stopncii",
        "report_fraud",
        "bank",
        "platform_report",
        "report_harmful_content",
        "dsl",
        "mash",
        "lado",
        "nrm",
        "preserve_evidence",
        "childline",
        "nspcc_helpline",
        "posh_helpline",
        "samaritans",
        "marie_collins_foundation",
    }
)

FILES = {
    "sections": "sections.yaml",
    "harms": "harms.yaml",
    "indicators": "indicators.yaml",
    "routes": "routes.yaml",
    "guidance": "guidance.yaml",
}


class TaxonomyError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Taxonomy:
    """The guide as data: harms, indicators, routes and guidance, keyed by id."""

    version: str
    sections: Mapping[str, GuideSection]
    harms: Mapping[str, Harm]
    indicators: Mapping[str, Indicator]
    routes: Mapping[str, Route]
    guidance: Guidance

    @property
    def harm_ids(self) -> frozenset[str]:
        return frozenset(self.harms)

    @property
    def indicator_ids(self) -> frozenset[str]:
        return frozenset(self.indicators)

    @property
    def route_ids(self) -> frozenset[str]:
        return frozenset(self.routes)

    def harm(self, harm_id: str) -> Harm:
        try:
            return self.harms[harm_id]
        except KeyError:
            raise KeyError(
                f"unknown harm id {harm_id!r}; known: {', '.join(sorted(self.harms))}"
            ) from None

    def route(self, route_id: str) -> Route:
        try:
            return self.routes[route_id]
        except KeyError:
            raise KeyError(
                f"unknown route id {route_id!r}; known: {', '.join(sorted(self.routes))}"
            ) from None

    def check_harm_ids(self, ids: Iterable[str]) -> list[str]:
        """Return `ids` as a list, raising ValueError naming any unknown harm id."""
        ids = list(ids)
        unknown = [i for i in ids if i not in self.harms]
        if unknown:
            raise ValueError(f"unknown harm id(s): {', '.join(unknown)}")
        return ids

    def check_indicator_ids(self, ids: Iterable[str]) -> list[str]:
        ids = list(ids)
        unknown = [i for i in ids if i not in self.indicators]
        if unknown:
            raise ValueError(f"unknown indicator id(s): {', '.join(unknown)}")
        return ids


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TaxonomyError(f"{path.name}: file not found in {path.parent}") from None
    except UnicodeDecodeError as exc:
        raise TaxonomyError(f"{path.name}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        return safe_load(text)
    except yaml.YAMLError as exc:
        raise TaxonomyError(f"{path.name}: not valid YAML: {exc}") from None


def _load_entries(path: Path, key: str, model: type[M]) -> dict[str, M]:
    raw = _read_yaml(path)
    if not isinstance(raw, dict) or not isinstance(raw.get(key), list):
        raise TaxonomyError(f"{path.name}: expected a mapping with a list under {key!r}")
    entries: dict[str, M] = {}
    for index, item in enumerate(raw[key]):
        label = item.get("id") if isinstance(item, dict) else None
        where = f"{path.name}: {key}[{index}]" + (f" (id {label!r})" if label else "")
        if not isinstance(item, dict):
            raise TaxonomyError(f"{where}: expected a mapping, got {type(item).__name__}")
        try:
            entry = model.model_validate(item)
        except ValidationError as exc:
            raise TaxonomyError(f"{where}: {describe_validation_error(exc, '(entry)')}") from None
        entry_id = entry.id  # type: ignore[attr-defined]
        if entry_id in entries:
            raise TaxonomyError(f"{where}: duplicate id {entry_id!r}")
        entries[entry_id] = entry
    return entries


def _check_refs(
    file: str,
    kind: str,
    entry_id: str,
    field: str,
    refs: Iterable[str],
    known: Mapping[str, object],
) -> None:
    for ref in refs:
        if ref not in known:
            raise TaxonomyError(
                f"{file}: {kind} {entry_id!r}: {field} refers to unknown id {ref!r}"
            )


def _check_required(file: str, kind: str, have: Iterable[str], required: frozenset[str]) -> None:
    missing = sorted(required - set(have))
    if missing:
        raise TaxonomyError(f"{file}: missing required {kind} id(s): {', '.join(missing)}")


def load_taxonomy(data_dir: Path | str = DATA_DIR) -> Taxonomy:
    """Read every data file in `data_dir`, validate it and return a `Taxonomy`."""
    data_dir = Path(data_dir)
    version_raw = _read_yaml(data_dir / FILES["sections"])
    version = str(version_raw.get("version", "")) if isinstance(version_raw, dict) else ""
    if not version:
        raise TaxonomyError(f"{FILES['sections']}: a 'version' is required")

    sections = _load_entries(data_dir / FILES["sections"], "sections", GuideSection)
    harms = _load_entries(data_dir / FILES["harms"], "harms", Harm)
    indicators = _load_entries(data_dir / FILES["indicators"], "indicators", Indicator)
    routes = _load_entries(data_dir / FILES["routes"], "routes", Route)

    guidance_path = data_dir / FILES["guidance"]
    raw_guidance = _read_yaml(guidance_path)
    try:
        guidance = Guidance.model_validate(raw_guidance)
    except ValidationError as exc:
        raise TaxonomyError(
            f"{guidance_path.name}: {describe_validation_error(exc, '(entry)')}"
        ) from None

    _check_required(FILES["harms"], "harm", harms, REQUIRED_HARM_IDS)
    _check_required(FILES["indicators"], "indicator", indicators, REQUIRED_INDICATOR_IDS)
    _check_required(FILES["routes"], "route", routes, REQUIRED_ROUTE_IDS)

    for h in harms.values():
        _check_refs(FILES["harms"], "harm", h.id, "guide_section", [h.guide_section], sections)
        _check_refs(FILES["harms"], "harm", h.id, "routes", h.routes, routes)
    for i in indicators.values():
        _check_refs(
            FILES["indicators"], "indicator", i.id, "guide_section", [i.guide_section], sections
        )
        _check_refs(FILES["indicators"], "indicator", i.id, "harms", i.harms, harms)
    for r in routes.values():
        _check_refs(FILES["routes"], "route", r.id, "guide_section", [r.guide_section], sections)
    for group in (
        "what_is",
        "impacts",
        "prevention_tips",
        "talk_points",
        "responding",
        "do_not",
        "resources",
    ):
        seen: set[str] = set()
        for item in getattr(guidance, group):
            _check_refs(
                FILES["guidance"], group, item.id, "guide_section", [item.guide_section], sections
            )
            if item.id in seen:
                raise TaxonomyError(f"{FILES['guidance']}: {group}: duplicate id {item.id!r}")
            seen.add(item.id)

    return Taxonomy(
        version=version,
        sections=sections,
        harms=harms,
        indicators=indicators,
        routes=routes,
        guidance=guidance,
    )


@lru_cache(maxsize=1)
def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped in the package (loaded once; it is immutable)."""
    return load_taxonomy(DATA_DIR)
