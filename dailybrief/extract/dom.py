"""Parsing HTML into a cleaned lxml tree and turning elements into lines of text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree, html

# Elements whose content is never readable article text.
DROP_TAGS = (
    "script", "style", "noscript", "iframe", "svg", "canvas", "template", "select", "option",
    "button", "input", "textarea", "object", "embed", "audio", "video", "map", "head",
)
BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "html", "br"]
)
CELL_TAGS = frozenset(("td", "th"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none", re.I)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u3000\u200b\ufeff]+")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# Browsers ignore a </html> or </body> in the middle of a page; libxml2 stops reading there.
_EARLY_END = re.compile(r"</(?:html|body)\s*>", re.I)


def parse_html(text: str) -> html.HtmlElement | None:
    """Return the parsed document with comments removed, or None when there is no markup."""
    text = _EARLY_END.sub("", _XML_DECL.sub("", text, count=1))
    if not text.strip():
        return None
    parser = html.HTMLParser(remove_comments=True, remove_pis=True, encoding="utf-8")
    try:
        root = html.fromstring(text.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    if not isinstance(root.tag, str):
        return None
    return root


def strip_unreadable(root: html.HtmlElement) -> None:
    """Remove scripts, styles, form controls and elements hidden with display:none."""
    for el in list(root.iter(*DROP_TAGS)):
        _drop(el)
    for el in list(root.iter()):
        style = el.get("style") if isinstance(el.tag, str) else None
        if style and _HIDDEN_STYLE.search(style) and el.getparent() is not None:
            _drop(el)


def _drop(el: html.HtmlElement) -> None:
    """Remove el but keep its tail text."""
    if el.getparent() is not None:
        el.drop_tree()


def norm_space(s: str | None) -> str:
    """Return s with whitespace runs collapsed to one space and ends stripped."""
    return _WS.sub(" ", s or "").strip()


def squash_space(s: str | None) -> str:
    """Return s without any whitespace (for comparing texts joined differently)."""
    return _WS.sub("", s or "")


def element_text(el: html.HtmlElement, *, br: str = "") -> str:
    """Return the visible text of el, whitespace collapsed; <br> becomes `br`."""
    return norm_space("".join(_itertext(el, br)))


_CJK_LINE_BREAK = re.compile(r"(?<=[\u4e00-\u9fff，、；：“”（）《》])[ \t\u3000]*[\r\n]\s*(?=[\u4e00-\u9fff，、；：“”（）《》])")


def headline_text(el: html.HtmlElement) -> str:
    """Return el's text with source line breaks between Chinese characters joined (no space)."""
    return norm_space(_CJK_LINE_BREAK.sub("", "".join(_itertext(el, ""))))


def _itertext(el: html.HtmlElement, br: str) -> list[str]:
    out: list[str] = []

    def walk(node: html.HtmlElement) -> None:
        if node.tag == "br":
            out.append(br)
        elif node.text:
            out.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                out.append(child.tail)

    walk(el)
    return out


def visible_chars(s: str | None) -> int:
    """Return how many non-space characters s has."""
    return len("".join(s.split())) if s else 0


@dataclass(slots=True)
class TextSize:
    chars: int = 0
    link_chars: int = 0

    @property
    def link_density(self) -> float:
        return min(self.link_chars / self.chars, 1.0) if self.chars else 1.0


def text_sizes(root: html.HtmlElement) -> dict[html.HtmlElement, TextSize]:
    """Return each element's count of visible characters and of those inside links, in one pass."""
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    sizes: dict[html.HtmlElement, TextSize] = {}
    for el in reversed(elements):
        size = TextSize(visible_chars(el.text))
        for child in el:
            child_size = sizes.get(child)
            if child_size is not None:
                size.chars += child_size.chars
                size.link_chars += child_size.link_chars
            size.chars += visible_chars(child.tail)
        if el.tag == "a":
            size.link_chars = size.chars
        sizes[el] = size
    return sizes


@dataclass(slots=True)
class Line:
    """One visual line of a block: its text and how much of it is link text."""

    text: str
    link_chars: int
    tag: str
    element: html.HtmlElement | None = None
    chars: int = field(init=False)

    def __post_init__(self) -> None:
        # Counted once: the body and zone rules ask for it many times a line.
        self.chars = len(squash_space(self.text))

    @property
    def link_share(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


LAYOUT_CELL_CHILDREN = frozenset(("p", "div", "table", "br", "ul", "ol", "h1", "h2", "h3", "section", "article"))


def _is_layout_cell(cell: html.HtmlElement) -> bool:
    """Return True for a table cell used as a page column (it holds paragraphs), not a datum."""
    return any(d.tag in LAYOUT_CELL_CHILDREN for d in cell.iterdescendants())


def lines_of(el: html.HtmlElement) -> list[Line]:
    """Return el's text as lines: a break at every block element, data cells joined by spaces."""
    lines: list[Line] = []
    buf: list[str] = []
    state = {"links": 0, "tag": el.tag, "owner": el}

    def flush() -> None:
        text = norm_space("".join(buf))
        if text:
            lines.append(Line(text, min(state["links"], len(squash_space(text))), str(state["tag"]), state["owner"]))
        buf.clear()
        state["links"] = 0

    def walk(node: html.HtmlElement, in_link: bool) -> None:
        tag = node.tag
        cell = tag in CELL_TAGS and not _is_layout_cell(node)
        block = tag in BLOCK_TAGS and not cell
        if block:
            flush()
            state["tag"] = tag
            state["owner"] = node
        elif cell:
            buf.append(" ")
        is_link = in_link or tag == "a"
        if node.text:
            buf.append(node.text)
            if is_link:
                state["links"] += len(squash_space(node.text))
        for child in node:
            if isinstance(child.tag, str):
                walk(child, is_link)
            if child.tail:
                if block and child.tag in BLOCK_TAGS and not buf:
                    state["tag"] = tag
                    state["owner"] = node
                buf.append(child.tail)
                if is_link:
                    state["links"] += len(squash_space(child.tail))
        if block:
            flush()
            state["tag"] = tag
            state["owner"] = node.getparent() if node.getparent() is not None else node

    walk(el, False)
    flush()
    return lines
