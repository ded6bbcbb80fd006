"""The public pages: the guide, from the taxonomy, and its search."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from onguard.web import content
from onguard.web.render import PageError, render, taxonomy_of

router = APIRouter(include_in_schema=False)

MAX_QUERY_CHARS = 200


@router.get("/", response_class=HTMLResponse)
def home(request: Request) -> HTMLResponse:
    return render(request, "home.html", {"title": "OnGuard: keeping children safe online"})


@router.get("/guide", response_class=HTMLResponse)
def guide_index(request: Request) -> HTMLResponse:
    tax = taxonomy_of(request)
    return render(
        request, "guide_index.html", {"title": "The guide", "sections": list(tax.sections.values())}
    )


@router.get("/guide/what-is", response_class=HTMLResponse)
def what_is(request: Request) -> HTMLResponse:
    tax = taxonomy_of(request)
    section = tax.sections["what_is_online_exploitation"]
    return render(request, "what_is.html", {"title": section.title, "section": section})


@router.get("/guide/forms", response_class=HTMLResponse)
def forms(request: Request) -> HTMLResponse:
    tax = taxonomy_of(request)
    section = tax.sections["ways_exploited"]
    return render(
        request,
        "forms.html",
        {"title": section.title, "section": section, "harms": list(tax.harms.values())},
    )


@router.get("/guide/forms/{harm_id}", response_class=HTMLResponse)
def form_of_exploitation(request: Request, harm_id: str) -> HTMLResponse:
    tax = taxonomy_of(request)
    harm = tax.harms.get(harm_id)
    if harm is None:
        raise PageError(
            404,
            "We could not find that page",
            "Choose a form of exploitation from the list in the guide.",
        )
    indicators = [i for i in tax.indicators.values() if harm.id in i.harms]
    routes = [tax.routes[r] for r in harm.routes if r in tax.routes]
    return render(
        request,
        "harm.html",
        {"title": harm.name, "harm": harm, "indicators": indicators, "routes": routes},
    )


@router.get("/guide/signs", response_class=HTMLResponse)
def signs(request: Request) -> HTMLResponse:
    tax = taxonomy_of(request)
    section = tax.sections["indicators"]
    groups = [
        (heading, [i for i in tax.indicators.values() if i.source == source])
        for source, heading in content.INDICATOR_SOURCE_HEADINGS.items()
    ]
    instinct = [g for g in tax.guidance.what_is if g.guide_section == "indicators"]
    return render(
        request,
        "signs.html",
        {"title": section.title, "section": section, "groups": groups, "instinct": instinct},
    )


@router.get("/guide/prevention", response_class=HTMLResponse)
def prevention(request: Request) -> HTMLResponse:
    tax = taxonomy_of(request)
    return render(
        request,
        "prevention.html",
        {
            "title": tax.sections["prevention_risks"].title,
            "section": tax.sections["prevention_risks"],
            "tips_section": tax.sections["practical_tips"],
            "talk_section": tax.sections["talk_to_children"],
        },
    )


@router.get("/guide/impact", response_class=HTMLResponse)
def impact(request: Request) -> HTMLResponse:
    tax = taxonomy_of(request)
    section = tax.sections["impact"]
    support = [
        r
        for r in tax.routes.values()
        if r.guide_section in content.SUPPORT_ROUTE_SECTIONS and not r.emergency
    ]
    resources = [r for r in tax.guidance.resources if r.guide_section == "impact"]
    return render(
        request,
        "impact.html",
        {"title": section.title, "section": section, "support": support, "resources": resources},
    )


@router.get("/guide/respond", response_class=HTMLResponse)
def respond(request: Request) -> HTMLResponse:
    tax = taxonomy_of(request)
    section = tax.sections["responding"]
    routes = sorted(tax.routes.values(), key=lambda r: not r.emergency)
    return render(
        request, "respond.html", {"title": section.title, "section": section, "routes": routes}
    )


@router.get("/guide/resources", response_class=HTMLResponse)
def resources(request: Request) -> HTMLResponse:
    tax = taxonomy_of(request)
    section = tax.sections["tools_further_information"]
    return render(request, "resources.html", {"title": section.title, "section": section})


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = "") -> HTMLResponse:
    query = q.strip()
    if len(query) > MAX_QUERY_CHARS:
        return render(
            request,
            "search.html",
            {
                "title": "Search",
                "query": query[:MAX_QUERY_CHARS],
                "hits": [],
                "error": f"Search for at most {MAX_QUERY_CHARS} characters.",
            },
            status_code=400,
        )
    searcher = getattr(request.app.state, "guide_search", None)
    if not isinstance(searcher, content.GuideSearch):
        searcher = content.GuideSearch(taxonomy_of(request))
        request.app.state.guide_search = searcher
    hits = searcher.search(query) if query else []
    title = f"Search: {query}" if query else "Search"
    return render(
        request, "search.html", {"title": title, "query": query, "hits": hits, "error": ""}
    )
