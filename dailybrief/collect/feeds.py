"""RSS and Atom feeds: article links with their titles and dates.

A well-formed feed is read whole by feedparser. A feed that is not well-formed XML is
split into its <item>/<entry> blocks and each block is parsed on its own, wrapped in a
minimal feed that keeps the original namespaces: one malformed item then becomes a
MALFORMED_ITEM rejection instead of being merged into its neighbour by the loose parser.
"""

from __future__ import annotations

import codecs
import logging
import re
import xml.sax
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from ..dates import parse_date
from ..extract.encoding import charset_from_content_type, normalize_encoding
from ..models import Link, Reason, Rejection, Stage
from .fetch import strip_fragment

log = logging.getLogger(__name__)

_XML_DECL = re.compile(r"^[ \t]*<\?xml[^>]*\?>", re.I)
_XML_DECL_ENCODING = re.compile(rb"^\s*<\?xml[^>]*encoding\s*=\s*[\"']([\w.:-]+)[\"']", re.I)
_BLOCK = {
    "item": re.compile(r"<item(?:\s[^>]*)?>.*?</item\s*>", re.S | re.I),
    "entry": re.compile(r"<entry(?:\s[^>]*)?>.*?</entry\s*>", re.S | re.I),
}
_ROOT_TAG = re.compile(r"<(rss|feed|rdf:RDF)\b([^>]*)>", re.I)
_NAMESPACE = re.compile(r"""xmlns(?::[\w.-]+)?\s*=\s*(?:"[^"]*"|'[^']*')""")
_FIRST = {
    "guid": re.compile(r"<guid\b[^>]*>(.*?)</guid\s*>", re.S | re.I),
    "id": re.compile(r"<id\b[^>]*>(.*?)</id\s*>", re.S | re.I),
    "link": re.compile(r"<link\b[^>]*>(.*?)</link\s*>", re.S | re.I),
    "href": re.compile(r"""<link\b[^>]*\bhref\s*=\s*["']([^"']*)["']""", re.S | re.I),
    "title": re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.S | re.I),
}
_WS = re.compile(r"[ \t\r\n]+")
ATOM_NS = "http://www.w3.org/2005/Atom"


@dataclass(slots=True)
class FeedResult:
    """What one feed gave: links in feed order, rejected items, and a note if degraded."""

    links: list[Link] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def parse_feed(
    body: bytes,
    feed_url: str,
    source_id: str,
    *,
    content_type: str | None = None,
    encoding: str | None = None,
) -> FeedResult:
    """Return the article links of an RSS/Atom document; malformed items are rejections."""
    result = FeedResult()
    text = _decode_feed(body, content_type, encoding)
    whole = feedparser.parse(_utf8_document(text))
    if not _broken_xml(whole):
        for entry in whole.entries:
            _add_entry(result, entry, feed_url, source_id, raw=None)
        if not whole.entries and not whole.get("version"):
            result.rejections.append(_malformed_feed(feed_url, source_id, "not an RSS or Atom feed"))
        return result
    error = _error_line(whole)
    blocks, kind = _blocks(text)
    if not blocks:
        result.rejections.append(_malformed_feed(feed_url, source_id, f"not well-formed XML ({error}) and no items found"))
        return result
    head, tail = _wrapper(text, kind)
    for start, block in blocks:
        parsed = feedparser.parse(_utf8_document(head + block + tail))
        if _broken_xml(parsed) or len(parsed.entries) != 1:
            line = text.count("\n", 0, start) + 1
            error_at = _error_line(parsed, line_offset=line - 1)
            result.rejections.append(_malformed_item(block, feed_url, source_id, error_at))
            continue
        _add_entry(result, parsed.entries[0], feed_url, source_id, raw=block)
    bad = len(result.rejections)
    result.notes.append(
        f"feed {feed_url} is not well-formed XML ({error}); read item by item, "
        f"{bad} malformed item(s) skipped"
    )
    return result


def _decode_feed(body: bytes, content_type: str | None, forced: str | None) -> str:
    """Return the feed as text: forced charset, BOM, XML declaration, HTTP charset, UTF-8, GB18030."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(codec, errors="replace")
    declared = _XML_DECL_ENCODING.match(body)
    labels = [forced, declared.group(1).decode("ascii") if declared else None, charset_from_content_type(content_type)]
    candidates = [c for c in (normalize_encoding(label) for label in labels) if c]
    if forced and candidates:
        return body.decode(candidates[0], errors="replace")
    for codec in [*candidates, "utf-8", "gb18030"]:
        try:
            return body.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace")


def _utf8_document(text: str) -> bytes:
    """Return text as UTF-8 bytes with an XML declaration that says so."""
    return ('<?xml version="1.0" encoding="utf-8"?>' + _XML_DECL.sub("", text, count=1)).encode("utf-8")


def _broken_xml(parsed: Any) -> bool:
    """True if feedparser had to fall back to its loose parser (the XML is not well-formed)."""
    exc = parsed.get("bozo_exception")
    return bool(parsed.get("bozo")) and isinstance(exc, xml.sax.SAXException)


def _error_line(parsed: Any, *, line_offset: int = 0) -> str:
    """Return feedparser's XML error as one line (line numbers shifted to the original)."""
    exc = parsed.get("bozo_exception")
    if exc is None:
        return "no entry"
    line = getattr(exc, "getLineNumber", lambda: None)()
    message = exc.getMessage() if hasattr(exc, "getMessage") else str(exc)
    return f"{message} at line {line + line_offset}" if line else str(message)


def _blocks(text: str) -> tuple[list[tuple[int, str]], str]:
    """Return the (offset, text) of every <item> block, else of every <entry> block."""
    for kind, pattern in _BLOCK.items():
        found = [(m.start(), m.group(0)) for m in pattern.finditer(text)]
        if found:
            return found, kind
    return [], ""


def _wrapper(text: str, kind: str) -> tuple[str, str]:
    """Return the head and tail of a minimal feed for one block, with the original prefixes."""
    root = _ROOT_TAG.search(text)
    prefixed = [m.group(0).strip() for m in _NAMESPACE.finditer(root.group(2))] if root else []
    attrs = " ".join(d for d in dict.fromkeys(prefixed) if not d.startswith("xmlns="))
    if kind == "entry":
        head = (f'<feed xmlns="{ATOM_NS}" {attrs}><title>feed</title><id>urn:feed</id>'
                "<updated>2000-01-01T00:00:00Z</updated>")
        return head, "</feed>"
    head = (f'<rss version="2.0" {attrs}><channel><title>feed</title>'
            "<link>http://localhost/</link><description>feed</description>")
    return head, "</channel></rss>"


def _add_entry(result: FeedResult, entry: Any, feed_url: str, source_id: str, raw: str | None) -> None:
    link = _entry_link(entry)
    if not link:
        ident = entry.get("id") or entry.get("title") or "?"
        result.rejections.append(
            Rejection(feed_url, Stage.DISCOVER, Reason.MALFORMED_ITEM, f"feed item {ident!r} has no link", source_id)
        )
        return
    url = strip_fragment(urljoin(feed_url, link.strip()))
    if urlsplit(url).scheme not in ("http", "https"):
        result.rejections.append(
            Rejection(url, Stage.DISCOVER, Reason.MALFORMED_ITEM, f"feed item link {link!r} is not a web address", source_id)
        )
        return
    title = _WS.sub(" ", entry.get("title") or "").strip() or None
    result.links.append(Link(url=url, source_id=source_id, title=title, found_on=feed_url,
                             published_hint=_entry_date(entry)))


def _entry_link(entry: Any) -> str | None:
    """Return the entry's article link: rel=alternate (or the first) href, else a permalink guid."""
    links = entry.get("links") or []
    for candidate in links:
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            return candidate["href"]
    if entry.get("link"):
        return entry["link"]
    guid = entry.get("id") or ""
    if entry.get("guidislink") or guid.startswith(("http://", "https://", "/")):
        return guid or None
    return None


def _entry_date(entry: Any) -> date | None:
    """Return the China-local day of the item: published (pubDate), else updated."""
    for key in ("published", "updated", "created"):
        raw = dict.get(entry, key)  # plain lookup: no feedparser fallback between the keys
        if raw:
            day = parse_date(raw)
            if day is not None:
                return day
    return None


def _malformed_feed(feed_url: str, source_id: str, detail: str) -> Rejection:
    return Rejection(feed_url, Stage.DISCOVER, Reason.MALFORMED_FEED, f"malformed feed: {detail}", source_id)


def _malformed_item(block: str, feed_url: str, source_id: str, error: str) -> Rejection:
    """Name the broken item by its guid/id, else its link, else its title."""
    ident = ""
    for key in ("guid", "id", "link", "href", "title"):
        m = _FIRST[key].search(block)
        if m and m.group(1).strip():
            ident = f"{key} {_plain(m.group(1))!r}"
            break
    link_match = _FIRST["link"].search(block) or _FIRST["href"].search(block)
    url = feed_url
    if link_match and link_match.group(1).strip():
        url = strip_fragment(urljoin(feed_url, _plain(link_match.group(1))))
    detail = f"malformed feed item ({ident or 'unnamed'}) skipped: {error}"
    return Rejection(url, Stage.DISCOVER, Reason.MALFORMED_ITEM, detail, source_id)


def _plain(fragment: str) -> str:
    """Return the text of a raw XML fragment: CDATA unwrapped, whitespace collapsed."""
    fragment = re.sub(r"<!\[CDATA\[(.*?)\]\]>", r"\1", fragment, flags=re.S)
    return " ".join(fragment.replace("&amp;", "&").split())
