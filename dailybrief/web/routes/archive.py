"""The archive of briefs, full-text search, and one stored article with its fetched page."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

import nh3
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...collect.guard import allowed_folders, inside
from ...errors import BriefError
from ...models import SourceKind
from ...store import Store
from ..app import MARK
from .deps import User, get_store, page

router = APIRouter()

SEARCH_LIMIT = 30
# What a cleaned copy of a fetched page may keep: text structure, no images, no scripts.
CLEAN_TAGS = {"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table",
              "thead", "tbody", "tr", "td", "th", "strong", "em", "b", "i", "blockquote",
              "pre", "code", "span", "div", "a"}


def _http_url(url: str) -> str | None:
    """Return url if it is http(s) (safe as a link target), else None."""
    return url if urlsplit(url).scheme in ("http", "https") else None


def _shown_file_url(url: str, store: Store, settings: object) -> bool:
    """Return False for a file:// URL outside the folders the operator let sources read
    (the folders of the operator's own file sources and the file_source_folders setting)."""
    parts = urlsplit(url)
    if parts.scheme != "file":
        return True
    roots = [*allowed_folders(settings),  # type: ignore[arg-type]
             *(Path(s.url).resolve() for s in store.sources() if s.kind is SourceKind.FILE and not s.guarded)]
    return inside(Path(unquote(parts.path)), roots)


@router.get("/archive")
def archive(request: Request, user: User) -> Response:
    store = get_store(request)
    rows = []
    for row in store.brief_overview():
        day = date.fromisoformat(row["brief_date"])
        latest = store.latest_brief(day)
        data = latest["brief"] if latest else {}
        rows.append({**row, "day": day, "title": data.get("title", ""),
                     "sections": len(data.get("sections", ())),
                     "summary": str(data.get("summary", ""))[:90]})
    return page(request, "archive.html", {"rows": rows, "q": ""})


@router.get("/search")
def search(request: Request, user: User, q: str = "") -> Response:
    store = get_store(request)
    q = q.strip()[:200]
    briefs = store.search_briefs(q, SEARCH_LIMIT, mark=MARK) if q else []
    articles = store.search_articles(q, SEARCH_LIMIT, mark=MARK) if q else []
    settings = request.app.state.settings
    articles = [a for a in articles if _shown_file_url(a.url, store, settings)]
    return page(request, "search.html", {"q": q, "briefs": briefs, "articles": articles})


@router.get("/article")
def article_page(request: Request, url: str,
                 user: User) -> Response:
    store = get_store(request)
    article = store.article(url)
    if article is None or not _shown_file_url(url, store, request.app.state.settings):
        raise HTTPException(status_code=404, detail="数据库中没有这篇文章")
    return page(request, "article.html", {
        "article": article,
        "link": _http_url(article.url),
        "paragraphs": [p for p in article.text.split("\n") if p.strip()],
        "cleaned": _cleaned_page(store, url),
    })


def _cleaned_page(store: Store, url: str) -> str:
    """Return the fetched page's HTML cleaned by nh3 (no script, style, image or handler)."""
    from markupsafe import Markup

    from ...extract.encoding import decode_html

    fetched = store.latest_page(url)
    if fetched is None or "html" not in (fetched.content_type or "text/html"):
        return ""
    try:
        text, _encoding = decode_html(fetched.body, fetched.content_type)
    except BriefError:
        return ""
    cleaned = nh3.clean(text, tags=CLEAN_TAGS, attributes={"a": {"href", "title"}},
                        url_schemes={"http", "https"}, link_rel="noopener noreferrer nofollow")
    return Markup(cleaned)  # sanitised by nh3 just above  # noqa: S704
