"""The guide as data: harms, indicators, routes and guidance, validated at load."""

from onguard.taxonomy.loader import (
    REQUIRED_HARM_IDS,
    REQUIRED_INDICATOR_IDS,
    REQUIRED_ROUTE_IDS,
    Taxonomy,
    TaxonomyError,
    default_taxonomy,
    load_taxonomy,
)
from onguard.taxonomy.models import Guidance, GuideSection, Harm, Indicator, Route, Signal

__all__ = [
    "REQUIRED_HARM_IDS",
    "REQUIRED_INDICATOR_IDS",
    "REQUIRED_ROUTE_IDS",
    "GuideSection",
    "Guidance",
    "Harm",
    "Indicator",
    "Route",
    "Signal",
    "Taxonomy",
    "TaxonomyError",
    "default_taxonomy",
    "load_taxonomy",
]
