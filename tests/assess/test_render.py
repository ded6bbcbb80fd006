"""The printable HTML plan: complete, escaped, self-contained, printable."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

from markupsafe import escape

from onguard.assess import Plan, render_plan_html, render_plans_html


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_plan_html_has_grade_routes_and_guidance(run: Callable[..., Plan]) -> None:
    plan = run(child={"age": 13}, harms=["grooming"], facts={"immediate_danger": True})
    html = render_plan_html(plan)
    assert html.startswith("<!DOCTYPE html>")
    assert "Immediate danger: call 999 now" in html
    assert escape(plan.level_label) in html and escape(plan.advice) in html
    for step in plan.routes:
        assert escape(step.name) in html
    assert html.index("Call 999") < html.index("CEOP Safety Centre")
    assert "@media print" in html
    for d in plan.guidance.do_not:
        assert escape(d.text) in html


def test_no_external_assets(run: Callable[..., Plan]) -> None:
    parser = _Collect()
    parser.feed(render_plan_html(run(harms=["scam"])))
    for tag, attrs in parser.tags:
        assert tag not in {"script", "link", "img", "iframe"}
        for name in ("src", "href"):
            assert not attrs.get(name), (tag, attrs)


def test_text_is_escaped(run: Callable[..., Plan]) -> None:
    plan = run(id="<script>alert(1)</script>", notes="<b>he is 40</b> and sent money")
    html = render_plan_html(plan)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert not re.search(r"<b>", html)


def test_several_plans_in_one_document(run: Callable[..., Plan]) -> None:
    html = render_plans_html([run(id="first"), run(id="second", harms=["scam"])])
    assert html.count('<section class="plan">') == 2
    assert "break-before: page" in html
