"""Server-rendered pages on the OnGuard FastAPI app.

`mount(app)` adds the public guide, its search, "Check a conversation", and
the signed-in pages for recording concerns to an existing FastAPI app (the
one `onguard.api.create_app()` builds, which calls it). `create_public_app()`
builds an app with the pages alone, for development: its signed-in pages say
that the case store is not running.

See docs/web.md for the list of pages.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from onguard.web import cases, check, guide
from onguard.web.render import STATIC_DIR, PageError, error_page
from onguard.web.security import add_sessions, session_secret

__all__ = ["create_public_app", "mount"]


async def _page_error(request: Request, exc: Exception) -> HTMLResponse:
    assert isinstance(exc, PageError)
    return error_page(request, exc)


_API_PREFIXES = ("/v1/", "/healthz", "/openapi.json", "/docs", "/redoc")


async def _http_error(request: Request, exc: Exception) -> Response:
    """HTML pages for browsers (a 404 for a mistyped address); JSON for the API as before."""
    assert isinstance(exc, StarletteHTTPException)
    wants_html = "text/html" in request.headers.get("accept", "")
    if request.url.path.startswith(_API_PREFIXES) or not wants_html:
        return await http_exception_handler(request, exc)
    titles = {404: "We could not find that page", 405: "That address does not take this request"}
    title = titles.get(exc.status_code, "That request could not be handled")
    page = PageError(exc.status_code, title, "Check the address, or start from the home page.")
    response = error_page(request, page)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


def mount(app: FastAPI) -> FastAPI:
    """Add the web pages, their static assets, sessions and error pages to `app`."""
    if getattr(app.state, "web_mounted", False):
        return app
    app.state.web_mounted = True
    add_sessions(app, session_secret(app))
    app.add_exception_handler(PageError, _page_error)
    app.add_exception_handler(cases.SignInRequiredError, cases.sign_in_redirect)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.mount("/assets", StaticFiles(directory=str(STATIC_DIR)), name="web-assets")
    app.include_router(guide.router)
    app.include_router(check.router)
    app.include_router(cases.router)
    return app


def create_public_app() -> FastAPI:
    """An app with only the pages (no case store, no API): for development and tests."""
    app = FastAPI(title="OnGuard pages", docs_url=None, redoc_url=None, openapi_url=None)
    return mount(app)
