"""The extract stage: page bytes -> headline, publication date, body text, stated source.

Public API::

    decode_html(body, content_type=None, encoding_hint=None) -> (text, encoding)
    extract_page(body, *, url="", content_type=None, encoding_hint=None, link_title=None, fetched_at=None) -> Extracted
    extracted_to_json(extracted) -> {"title", "published", "text", "stated_source", "doc_number"}
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from ..dates import date_from_url
from ..models import Extracted
from ..text import clean_text
from .body import best_container, clean_lines, summary_box
from .docnumber import labelled_doc_number, number_line
from .dom import Line, lines_of, parse_html, squash_space, strip_unreadable, text_sizes
from .encoding import decode_html
from .fallback import library_body, library_date
from .headline import Headline, find_headline, headline_above_body, is_generic_title, title_fallback
from .metadata import HeadFacts, read_head
from .published import find_published
from .source import find_source
from .zones import find_zones, headline_line

__all__ = ["decode_html", "extract_page", "extracted_to_json"]

log = logging.getLogger(__name__)

# Below this many characters our body is taken as missed and trafilatura is asked.
FALLBACK_BELOW_CHARS = 20
MAX_HEADLINE_LINES = 4
MIN_NAME_CHARS = 4  # a <title> this long inside the line above the byline is the site's name


def extract_page(
    body: bytes,
    *,
    url: str = "",
    content_type: str | None = None,
    encoding_hint: str | None = None,
    link_title: str | None = None,
    fetched_at: datetime | None = None,
) -> Extracted:
    """Return what one page says: headline, date, body text and stated source.

    `fetched_at` (when the page was fetched) resolves a relative date line (昨天 10:20, 3小时前)
    where the page gives no absolute date.

    Raises errors.ExtractError only when the bytes cannot be decoded at all; a page with no
    article yields empty text (the pipeline turns that into a Rejection).
    """
    text, encoding = decode_html(body, content_type, encoding_hint)
    root = parse_html(text)
    if root is None:
        url_day = date_from_url(url)
        return Extracted(title=None, published=url_day, text="", encoding=encoding,
                         date_origin="url" if url_day else None)
    head = read_head(root)
    strip_unreadable(root)
    scope = root.find("body")
    if scope is None:
        scope = root
    lines = lines_of(scope)
    sizes = text_sizes(scope)
    headline = find_headline(root, head, link_title, sizes)
    container = best_container(lines, headline_line(lines, headline), sizes)
    if headline is None:
        headline = _headline_without_element(head, link_title, lines, container)
    zones = find_zones(lines, headline, container)
    published = find_published(head, zones, url, fetched_at=fetched_at)
    body_text = clean_text("\n".join(clean_lines(lines_of(container), container))) if container is not None else ""
    summary = summary_box(container) if container is not None else None
    if summary and squash_space(summary)[:20] not in squash_space(body_text):
        body_text = clean_text(summary) + "\n" + body_text
    if len(body_text) < FALLBACK_BELOW_CHARS and lines:
        drop = {squash_space(a.text_content()) for a in scope.iter("a")}
        if headline:
            drop.add(squash_space(headline.text))
        body_text = clean_text(library_body(text, drop=frozenset(drop))) or body_text
    title = clean_text(headline.text) if headline else None
    if title:
        body_text = _without_leading_headline(body_text, title)
    day, time, origin = (published.day, published.time, published.origin) if published else (None, None, None)
    if day is None:
        day = library_date(text)
        origin = "htmldate" if day else None
    return Extracted(
        title=title or None,
        published=day,
        text=body_text,
        stated_source=find_source(zones, root, headline),
        published_time=time,
        date_origin=origin,
        encoding=encoding,
        doc_number=labelled_doc_number(lines) or number_line(zones.header),
    )


def _headline_without_element(
    head: HeadFacts, link_title: str | None, lines: list[Line], container: HtmlElement | None
) -> Headline | None:
    """Return the headline when no element matches <title>: <title> itself, else the line above the byline.

    The line above the byline wins over a generic <title> (site and section names only) that
    does not contain it, and over a <title> it contains and says more than (the <title> is
    the site's name, 浙江省某研究所, over the headline 浙江省某研究所召开…大会).
    """
    above = headline_above_body(lines, container, head.title_tag)
    if above is not None and not link_title:
        line, title = squash_space(above.text), squash_space(head.title_tag)
        titles = [head.title_tag, *head.meta_values("og:title", "twitter:title")]
        if all(is_generic_title(t) for t in titles) and line not in title:
            return above
        if len(title) >= MIN_NAME_CHARS and title in line and len(line) > len(title):
            return above
    return title_fallback(head, link_title) or above


def _without_leading_headline(text: str, title: str) -> str:
    """Return text without its first lines when they only repeat the headline (even broken up)."""
    lines = text.split("\n")
    target = squash_space(title)
    joined = ""
    for i, line in enumerate(lines[:MAX_HEADLINE_LINES]):
        joined += squash_space(line)
        if joined == target:
            return "\n".join(lines[i + 1 :])
        if not target.startswith(joined):
            break
    return text


def extracted_to_json(ex: Extracted) -> dict[str, Any]:
    """Return the scorer/CLI form: published as 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' or None."""
    published = None
    if ex.published is not None:
        published = ex.published.isoformat()
        if ex.published_time:
            published += f" {ex.published_time}"
    return {
        "title": ex.title,
        "published": published,
        "text": ex.text,
        "stated_source": ex.stated_source,
        "doc_number": ex.doc_number or None,
    }
