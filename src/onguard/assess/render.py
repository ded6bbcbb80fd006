"""Printable HTML plan (Jinja2, autoescaped, one self-contained file with a print stylesheet)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from onguard.assess.plan import Plan


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("onguard.assess", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_plans_html(plans: Sequence[Plan]) -> str:
    """Several plans in one printable document, each starting on a new page."""
    return _env().get_template("plan.html.j2").render(plans=list(plans))


def render_plan_html(plan: Plan) -> str:
    """The plan as a complete HTML document with no external assets."""
    return render_plans_html([plan])
