"""Assessment and response plan: a graded risk, its rationale and the right UK routes.

`Assessor().assess(AssessmentInput)` returns a `Plan`; `plan.output` is the
spec's `AssessmentOutput`. The rules are data (`data/*.yaml`), validated at load.
"""

from onguard.assess.engine import AUDIENCES, Assessor, ScannerLike
from onguard.assess.plan import Plan, RouteStep
from onguard.assess.render import render_plan_html, render_plans_html
from onguard.assess.rules import Rules, RulesError, default_rules, load_rules

__all__ = [
    "AUDIENCES",
    "Assessor",
    "Plan",
    "RouteStep",
    "Rules",
    "RulesError",
    "ScannerLike",
    "default_rules",
    "load_rules",
    "render_plan_html",
    "render_plans_html",
]
