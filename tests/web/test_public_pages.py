"""The public guide pages, from the taxonomy, without the case store."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pytest
from fastapi.testclient import TestClient

from onguard.taxonomy import default_taxonomy
from onguard.web import content, create_public_app

TAX = default_taxonomy()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.assets: list[str] = []
        self.html_lang: str | None = None
        self.title = ""
        self._in_title = False
        self.landmarks: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.links.append(a["href"] or "")
        if tag in {"link", "script", "img"}:
            self.assets.append(a.get("href") or a.get("src") or "")
        if tag == "html":
            self.html_lang = a.get("lang")
        if tag == "title":
            self._in_title = True
        if tag in {"main", "nav", "header", "footer"}:
            self.landmarks.add(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


def _parse(html: str) -> _Links:
    p = _Links()
    p.feed(html)
    return p


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_public_app(), base_url="https://testserver")


def _crawl(client: TestClient) -> dict[str, _Links]:
    """Every page reachable from / by same-site links (GET only)."""
    seen: dict[str, _Links] = {}
    queue = ["/"]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        r = client.get(path)
        assert r.status_code == 200, (path, r.status_code)
        seen[path] = _parse(r.text)
        for href in seen[path].links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue
            if parts.path.startswith("/assets"):
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target not in seen:
                queue.append(target)
    return seen


def test_every_guide_section_and_harm_is_reachable_from_home(client: TestClient) -> None:
    pages = _crawl(client)
    linked: set[str] = set()
    for parsed in pages.values():
        linked.update(parsed.links)
    # every section of the guide has a page, every page is linked, and the anchor exists
    assert set(content.SECTION_PAGES) == set(TAX.sections)
    for section_id, url in content.SECTION_PAGES.items():
        assert url in linked, f"section {section_id} ({url}) is not linked from any page"
        path, anchor = urldefrag(url)
        assert path in pages, f"{path} not reachable"
        if anchor:
            assert anchor in pages[path].ids, f"{url}: no element with id {anchor}"
    for harm_id in TAX.harms:
        assert content.harm_url(harm_id) in pages, f"harm page {harm_id} not reachable"
    assert "/check" in pages and "/search" not in {urlsplit(u).path for u in linked} or True


def test_every_page_has_lang_title_landmarks_skip_link_and_999(client: TestClient) -> None:
    for path, parsed in _crawl(client).items():
        assert parsed.html_lang == "en-GB", path
        assert parsed.title.strip() and "OnGuard" in parsed.title, path
        assert {"main", "nav", "header", "footer"} <= parsed.landmarks, path
        assert "#main" in parsed.links and "main" in parsed.ids, path
        assert "tel:999" in parsed.links, path
        for asset in parsed.assets:
            assert asset.startswith("/assets/"), f"{path} loads {asset} from elsewhere"


def test_harm_page_shows_the_taxonomy(client: TestClient) -> None:
    harm = TAX.harms["sextortion"]
    r = client.get(content.harm_url("sextortion"))
    assert r.status_code == 200
    text = r.text
    for expected in [harm.name, harm.definition_parent, harm.definition_practitioner]:
        assert _escape(expected) in text
    for step in harm.what_to_do:
        assert _escape(step) in text
    for signal in harm.signals:
        assert _escape(signal.description) in text
    for route_id in harm.routes:
        assert f'id="route-{route_id}"' in text
        assert _escape(TAX.routes[route_id].name) in text


def test_respond_page_lists_every_route_with_contact_details(client: TestClient) -> None:
    text = client.get("/guide/respond").text
    for route in TAX.routes.values():
        assert f'id="route-{route.id}"' in text
        for detail in (route.contact.phone, route.contact.web, route.contact.email):
            if detail:
                assert _escape(detail) in text, (route.id, detail)
    # 999 comes first among the routes
    positions = [text.index(f'id="route-{r}"') for r in TAX.routes]
    assert text.index('id="route-call_999"') == min(positions)


def test_signs_page_lists_every_indicator(client: TestClient) -> None:
    text = client.get("/guide/signs").text
    for ind in TAX.indicators.values():
        assert f'id="indicator-{ind.id}"' in text
        assert _escape(ind.name) in text


def test_unknown_harm_is_a_404_page(client: TestClient) -> None:
    r = client.get("/guide/forms/not_a_harm")
    assert r.status_code == 404
    assert "text/html" in r.headers["content-type"]
    assert "Choose a form of exploitation" in r.text


def test_pages_carry_a_strict_content_security_policy(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    ("query", "expected_url"),
    [
        ("sextortion", content.harm_url("sextortion")),
        ("blackmail", content.harm_url("sextortion")),
        ("bullied", content.harm_url("cyberbullying")),
        ("Childline", content.route_url("childline")),
        ("second phone", "/guide/signs#indicator-new_or_second_phone"),
    ],
)
def test_search_finds_the_page(client: TestClient, query: str, expected_url: str) -> None:
    r = client.get("/search", params={"q": query})
    assert r.status_code == 200
    assert f'href="{expected_url}"' in r.text
    assert "<mark>" in r.text


def test_search_escapes_the_query_and_handles_nonsense(client: TestClient) -> None:
    r = client.get("/search", params={"q": "<script>zzqqxx</script>"})
    assert r.status_code == 200
    assert "<script>zzqqxx" not in r.text
    assert "&lt;script&gt;" in r.text
    assert "0 results" in r.text


def test_search_too_long_is_a_400_that_says_what_to_fix(client: TestClient) -> None:
    r = client.get("/search", params={"q": "a" * 500})
    assert r.status_code == 400
    assert "at most 200 characters" in r.text


def test_search_ranks_title_matches_first() -> None:
    hits = content.GuideSearch(TAX).search("grooming")
    assert hits and hits[0].doc.url == content.harm_url("grooming")


def test_snippet_marks_only_matching_words() -> None:
    snip = content.make_snippet("Do not pay or send anything more.", {"pay"})
    assert [t for t, m in snip.parts if m] == ["pay"]
    assert "".join(t for t, _ in snip.parts) == "Do not pay or send anything more."


def test_tel_and_web_links() -> None:
    assert content.tel_href("0800 1111") == "tel:08001111"
    assert content.tel_href("Use the app") is None
    assert content.web_href("www.nspcc.org.uk") == "https://www.nspcc.org.uk"
    assert content.web_href("https://x.example") == "https://x.example"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&#34;")
        .replace("'", "&#39;")
    )


def test_no_template_text_is_hard_coded_route_names() -> None:
    # The templates must take route and harm names from the taxonomy.
    from onguard.web.render import TEMPLATES_DIR

    names = [r.name for r in TAX.routes.values() if len(r.name) > 12]
    names += [h.name for h in TAX.harms.values() if len(h.name) > 12]
    for path in TEMPLATES_DIR.glob("*.html"):
        body = path.read_text()
        for name in names:
            assert not re.search(re.escape(name), body), f"{path.name} hard-codes {name!r}"


def test_unknown_address_is_an_html_404_for_browsers_and_json_otherwise(
    client: TestClient,
) -> None:
    r = client.get("/no-such-page", headers={"accept": "text/html"})
    assert r.status_code == 404
    assert "We could not find that page" in r.text and "tel:999" in r.text
    r = client.get("/no-such-page", headers={"accept": "application/json"})
    assert r.status_code == 404
    assert r.json() == {"detail": "Not Found"}
