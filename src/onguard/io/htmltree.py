"""A small element tree for the HTML pages of data downloads, built with the standard
library's `html.parser` (no dependency).

The pages are machine-written but may be cut short (an interrupted download): the tree keeps
whatever was read, and says which elements were closed and whether the page ended.
Text inside `<style>` and `<script>` is dropped; `<br>` becomes a newline; character
references are decoded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}
_RAW = {"style", "script"}
MAX_DEPTH = 200  # deeper nesting than any page of a download: flattened, not recursed into


@dataclass(eq=False)
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[Element | str] = field(default_factory=list)
    closed: bool = False

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def has_class(self, names: set[str]) -> bool:
        return not names.isdisjoint(self.classes)

    @property
    def elements(self) -> list[Element]:
        return [c for c in self.children if isinstance(c, Element)]

    def iter(self) -> Iterator[Element]:
        """This element and every element inside it, in document order."""
        stack: list[Element] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.elements))

    def find(self, tag: str) -> Element | None:
        return next((e for e in self.iter() if e.tag == tag and e is not self), None)

    def text(self, skip: set[str] | None = None, skip_classes: set[str] | None = None) -> str:
        """The text inside, newlines from `<br>` kept, leaving out the elements with a tag in
        `skip` or a class in `skip_classes`."""
        parts: list[str] = []
        stack: list[Element | str] = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
                continue
            if node is not self and (
                (skip and node.tag in skip) or (skip_classes and node.has_class(skip_classes))
            ):
                continue
            stack.extend(reversed(node.children))
        return "".join(parts)


@dataclass
class Page:
    root: Element
    ended: bool  # the closing </html> was read: the page is complete
    lines: int


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {}, 1)
        self.stack: list[Element] = [self.root]
        self.ended = False

    def _open(self, tag: str, attrs: list[tuple[str, str | None]]) -> Element:
        element = Element(tag, {k: v or "" for k, v in attrs}, self.getpos()[0])
        self.stack[-1].children.append(element)
        return element

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = self._open(tag, attrs)
        if tag == "br":
            element.children.append("\n")
        if tag in _VOID:
            element.closed = True
        elif len(self.stack) < MAX_DEPTH:
            self.stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = self._open(tag, attrs)
        if tag == "br":
            element.children.append("\n")
        element.closed = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "html":
            self.ended = True
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                self.stack[depth].closed = True
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if self.stack[-1].tag not in _RAW:
            self.stack[-1].children.append(data)


def parse_page(text: str) -> Page:
    """The element tree of an HTML page; never fails (a page that stops early, or markup that
    `html.parser` gives up on, keeps what came before)."""
    builder = _Builder()
    try:
        builder.feed(text)
        builder.close()
    except (AssertionError, ValueError, IndexError, TypeError):
        builder.ended = False  # html.parser gave up on broken markup: keep what was read
    return Page(builder.root, builder.ended, text.count("\n") + 1)


def clean(text: str) -> str:
    """Text as a person wrote it: surrounding whitespace trimmed, newlines inside kept."""
    return "\n".join(line.strip() for line in text.strip().split("\n")).strip()
