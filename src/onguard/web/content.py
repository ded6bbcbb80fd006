"""The guide's pages: which URL shows which section of the guide, and the search over it.

Everything shown comes from the taxonomy (`onguard.taxonomy`); this module only
decides where it lives. `SECTION_PAGES` maps every guide section id to the page
(and anchor) that shows it, so a test can check that nothing in the guide is
unreachable.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from onguard.taxonomy import Taxonomy

# Where each guide section is shown. A new section in sections.yaml must be added
# here (tests fail otherwise).
SECTION_PAGES: dict[str, str] = {
    "what_is_online_exploitation": "/guide/what-is",
    "online_community": "/guide/what-is#online-community",
    "ways_exploited": "/guide/forms",
    "indicators": "/guide/signs",
    "prevention_risks": "/guide/prevention",
    "practical_tips": "/guide/prevention#practical-tips",
    "talk_to_children": "/guide/prevention#talk-to-children",
    "impact": "/guide/impact",
    "responding": "/guide/respond",
    "tools_further_information": "/guide/resources",
}

# Route sections whose routes are support lines (shown with the impact page).
SUPPORT_ROUTE_SECTIONS = frozenset({"impact", "tools_further_information"})

INDICATOR_SOURCE_HEADINGS = {
    "guide": "Changes in behaviour the guide lists",
    "practice": "Other signs practitioners look for",
    "impact": "Signs that harm may already have happened",
}


def harm_url(harm_id: str) -> str:
    return f"/guide/forms/{harm_id}"


def route_url(route_id: str) -> str:
    return f"/guide/respond#route-{route_id}"


def web_href(address: str) -> str:
    """A link for a web address written without a scheme in the data."""
    return address if re.match(r"^https?://", address) else f"https://{address}"


def tel_href(phone: str) -> str | None:
    """A tel: link for the leading number of a phone field, or None when it has none."""
    match = re.match(r"^\s*([0-9][0-9 ]{2,})", phone)
    return f"tel:{match.group(1).replace(' ', '')}" if match else None


# ---------------------------------------------------------------------------
# Search


_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP_WORDS = (
    "a an and are as at be by can for from has have how i if in is it its my of on or our so "
    "that the their them they this to was what when where which who why will with you your"
)
_STOP = frozenset(_STOP_WORDS.split())


def _terms(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def _stem(word: str) -> str:
    """A very light stemmer so 'bullied' finds 'bullying' and 'scams' finds 'scam'."""
    for suffix in ("ing", "ied", "ies", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) > 4 and word[-1] in "eiy":
        word = word[:-1]
    return word


def _matches(query_stem: str, doc_stems: frozenset[str]) -> bool:
    """Exact stem match, or (for longer words) a compound containing it: 'bull' in 'cyberbull'."""
    if query_stem in doc_stems:
        return True
    return len(query_stem) >= 4 and any(
        d.startswith(query_stem) or d.endswith(query_stem) for d in doc_stems
    )


@dataclass(frozen=True)
class SearchDoc:
    url: str
    title: str
    kind: str
    text: str
    stems: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Snippet:
    """Text split into (segment, is_match) parts, so templates can mark matches safely."""

    parts: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class SearchHit:
    doc: SearchDoc
    score: float
    snippet: Snippet


def _doc(url: str, title: str, kind: str, texts: Iterable[str | None]) -> SearchDoc:
    text = " ".join(t for t in texts if t)
    stems = frozenset(_stem(t) for t in _terms(f"{title} {text}"))
    return SearchDoc(url=url, title=title, kind=kind, text=text, stems=stems)


class GuideSearch:
    """A small in-memory search over everything the guide pages show.

    Scores a page by the share of query words it contains (title matches count
    double); good enough for a few hundred short entries and needs no index files.
    """

    def __init__(self, taxonomy: Taxonomy) -> None:
        tax = taxonomy
        docs: list[SearchDoc] = []
        for section in tax.sections.values():
            docs.append(
                _doc(SECTION_PAGES[section.id], section.title, "Guide section", [section.summary])
            )
        for harm in tax.harms.values():
            docs.append(
                _doc(
                    harm_url(harm.id),
                    harm.name,
                    "Form of exploitation",
                    [
                        harm.guide_text,
                        harm.definition_parent,
                        harm.definition_practitioner,
                        harm.ages,
                        *(s.description for s in harm.signals),
                        *harm.what_to_do,
                    ],
                )
            )
        for ind in tax.indicators.values():
            docs.append(
                _doc(
                    f"/guide/signs#indicator-{ind.id}", ind.name, "Warning sign", [ind.description]
                )
            )
        for route in tax.routes.values():
            c = route.contact
            docs.append(
                _doc(
                    route_url(route.id),
                    route.name,
                    "Where to get help",
                    [
                        route.organisation,
                        route.when,
                        c.phone,
                        c.web,
                        c.text,
                        c.email,
                        c.how,
                        *route.notes,
                    ],
                )
            )
        g = tax.guidance
        lists = [
            (g.what_is, "/guide/what-is"),
            (g.impacts, "/guide/impact"),
            (g.prevention_tips, "/guide/prevention#practical-tips"),
            (g.talk_points, "/guide/prevention#talk-to-children"),
            (g.responding, "/guide/respond"),
            (g.do_not, "/guide/respond#do-not"),
        ]
        for items, url in lists:
            for item in items:
                title = tax.sections[item.guide_section].title
                docs.append(_doc(f"{url}", title, "Guide section", [item.text, item.detail]))
        for res in g.resources:
            docs.append(
                _doc(
                    "/guide/resources", res.name, "Further information", [res.description, res.web]
                )
            )
        self.docs = tuple(docs)

    def search(self, query: str, limit: int = 30) -> list[SearchHit]:
        words = _terms(query)[:12]
        stems = {_stem(w) for w in words}
        if not stems:
            return []
        best: dict[tuple[str, str], SearchHit] = {}
        for doc in self.docs:
            matched = {q for q in stems if _matches(q, doc.stems)}
            if not matched:
                continue
            title_stems = frozenset(_stem(t) for t in _terms(doc.title))
            in_title = {q for q in matched if _matches(q, title_stems)}
            score = (len(matched) + len(in_title)) / len(stems)
            key = (doc.url, doc.title)
            if key not in best or best[key].score < score:
                best[key] = SearchHit(doc, score, make_snippet(doc.text, matched))
        hits = sorted(best.values(), key=lambda h: (-h.score, h.doc.title))
        return hits[:limit]


def make_snippet(text: str, stems: set[str] | frozenset[str], width: int = 220) -> Snippet:
    """The part of `text` around its first match, with matching words flagged."""
    spans = [
        m.span()
        for m in _WORD.finditer(text)
        if any(_matches(q, frozenset({_stem(m.group().lower())})) for q in stems)
    ]
    start = 0
    if spans and spans[0][0] > width // 3:
        start = text.rfind(" ", 0, spans[0][0] - width // 3) + 1
    end = min(len(text), start + width)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    parts: list[tuple[str, bool]] = []
    pos = start
    for s, e in spans:
        if s < start or e > end:
            continue
        if s > pos:
            parts.append((text[pos:s], False))
        parts.append((text[s:e], True))
        pos = e
    if pos < end:
        parts.append((text[pos:end], False))
    if start > 0:
        parts.insert(0, ("… ", False))
    if end < len(text):
        parts.append((" …", False))
    return Snippet(tuple(parts))
