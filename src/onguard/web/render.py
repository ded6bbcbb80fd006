"""Templates, page errors and the response headers every page carries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from onguard.taxonomy import Taxonomy, default_taxonomy
from onguard.web import content
from onguard.web.security import csrf_token, current_user

HERE = Path(__file__).parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"

# Every asset is served from this app; no script, style, font or image from
# anywhere else may load.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        harm_url=content.harm_url,
        route_url=content.route_url,
        web_href=content.web_href,
        tel_href=content.tel_href,
        section_pages=content.SECTION_PAGES,
    )
    return env


ENV = _environment()


class PageError(Exception):
    """An error shown to the user as a page: status code, a title and what to do about it."""

    def __init__(self, status_code: int, title: str, detail: str = "") -> None:
        super().__init__(title)
        self.status_code = status_code
        self.title = title
        self.detail = detail


def taxonomy_of(request: Request) -> Taxonomy:
    tax = getattr(request.app.state, "taxonomy", None)
    return tax if isinstance(tax, Taxonomy) else default_taxonomy()


def _has_store(request: Request) -> bool:
    state = request.app.state
    return getattr(state, "cases", None) is not None or (
        getattr(getattr(state, "store", None), "cases", None) is not None
    )


def render(
    request: Request, template: str, context: dict[str, Any] | None = None, status_code: int = 200
) -> HTMLResponse:
    tax = taxonomy_of(request)
    ctx: dict[str, Any] = {
        "request": request,
        "tax": tax,
        "emergency": tax.routes.get("call_999"),
        "user": current_user(request),
        "csrf_token": csrf_token(request),
        "signin_available": _has_store(request),
    }
    ctx.update(context or {})
    html = ENV.get_template(template).render(ctx)
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


def error_page(request: Request, exc: PageError) -> HTMLResponse:
    return render(
        request,
        "error.html",
        {"title": exc.title, "detail": exc.detail, "status_code": exc.status_code},
        status_code=exc.status_code,
    )
