"""Article links on a publisher's list page, found with generic heuristics.

No per-site code: a link is an article link when it stays on the list page's site, its
text reads like a headline (long enough, not a navigation word) and its URL looks like an
article (a date or a long id in the path, a deep .html file) rather than a section
(index.html, node_…, top-level folders). Links in the page's main list, the block of many
similar sibling links, need less URL evidence; links in the header, menu, breadcrumbs or
footer need more. A `link_selector` in sources.yaml replaces all of this. Lists kept only
in script data (Hanweb ``<datastore>`` records, JSON, JavaScript arrays of records) are read
as if they were rendered (see `scriptdata`).

The date printed next to a link (``（2026-07-10）``, ``[2026-07-10]``, ``07-13 07:45``) becomes
the link's `published_hint`; a year-less date takes its year from the link's URL, else
from the reference day (the brief date or the server's date), else from other dates on
the page, else it is left out.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from ..dates import date_from_url, find_dates, parse_date
from ..extract.encoding import decode_html, normalize_encoding
from ..models import Link, Source
from .fetch import strip_fragment
from .scriptdata import expand_script_data

log = logging.getLogger(__name__)

MIN_HEADLINE_CHARS = 8
MIN_HEADLINE_CJK = 5
MIN_HEADLINE_WORDS = 4
ARTICLE_URL_SCORE = 1.5
STRONG_URL_SCORE = 2.5
MIN_GROUP = 3
MAX_DATE_PIECE = 40
MAX_WALK_UP = 8

NAV_TEXTS = frozenset({
    "首页", "主页", "网站首页", "返回首页", "返回", "返回顶部", "更多", "查看更多", "加载更多", "下一页",
    "上一页", "下页", "上页", "尾页", "末页", "第一页", "最后一页", "网站地图", "联系我们", "关于我们",
    "设为首页", "加入收藏", "无障碍", "无障碍浏览", "长者模式", "关怀版", "English", "登录", "注册",
    "搜索", "打印本页", "关闭窗口", "打印", "关闭", "分享到", "繁体", "简体", "移动版", "手机版",
})
_NAV_TEXT = re.compile(r"^(更多|more\b|查看全部|全部)|(>>|»|›|更多)$|^第?\s*\d+\s*页?$|^[<>«»‹›\s]+$", re.I)
_ELLIPSIS = re.compile(r"(\.\.\.|…+|。。。)\s*$")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_WS = re.compile(r"[ \t\r\n\u00a0]+")

_NAV_FILE = re.compile(
    r"^(index|default|home|main|list|more|node|col|column|channel)([_-][0-9a-z]+)*\.(s?html?|jsp|php|aspx?)$"
    r"|^(node|col|column|channel|list)[_-]?\d+\.(s?html?|jsp|php|aspx?)$"
)
_INDEX_FILE = re.compile(r"^(index|default)\.(s?html?|jsp|php|aspx?)$")
_NAV_SEGMENTS = frozenset({"list", "lists", "col", "column", "channel", "node", "category", "tag", "tags",
                           "search", "index", "more", "page", "pages", "special", "zt", "ztzl"})
_ARTICLE_MARK = re.compile(
    r"(^|[/_-])(t\d{8}_\d+|content_\d+|post_\d+|art_\d+(_\d+)*|c_\d+|detail|article|art|doc|content|show|news)"
    r"([/_.-]|$)", re.I,
)
_LONG_ID = re.compile(r"\d{5,}|[0-9a-f]{16,}", re.I)
_ARTICLE_FOLDER = re.compile(r"^(?!\d{4}$|\d{6}$|\d{8}$)[a-z_-]{0,8}\d{4,}[a-z0-9_-]*$")  # c12345, not 202703
_NUMERIC_FILE = re.compile(r"^\d{3,}\.[a-z]{2,5}$")  # /hydt/1527.html: a numbered article
_PAGE_EXT = re.compile(r"\.(s?html?|jhtml|jsp|php|aspx?|cms)$", re.I)
_HOSTLIKE = re.compile(r"^(?:[a-z0-9-]+\.)+([a-z]{2,})$")
_FILE_EXTS = frozenset({"html", "htm", "shtml", "jhtml", "php", "asp", "aspx", "jsp", "xml", "json",
                        "txt", "pdf", "doc", "docx", "xls", "xlsx", "jpg", "png", "gif", "cms"})
_CHROME_TOKENS = frozenset({
    "nav", "navbar", "menu", "header", "footer", "foot", "crumb", "crumbs", "breadcrumb", "location",
    "position", "dqwz", "weizhi", "pager", "pagination", "fenye", "copyright", "daohang", "toolbar",
    "logo", "search", "share", "sitemap", "topbar", "topnav", "mainnav", "subnav",
})
_CHROME_PARTS = ("nav", "menu", "footer", "header", "crumb", "daohang")
_TOKEN_SPLIT = re.compile(r"[\s_-]+")
_CHROME_TAGS = frozenset({"header", "footer", "nav"})
_SKIP_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "#")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_NOT_PAGES = re.compile(
    r"\.(pdf|docx?|xlsx?|pptx?|wps|ofd|zip|rar|7z|jpe?g|png|gif|bmp|svg|webp|mp3|mp4|avi|flv|apk|exe|txt|xml|rss)$", re.I
)


@dataclass(slots=True)
class ListResult:
    """Article links of one list page, in page order, and notes on anything odd."""

    links: list[Link] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None


@dataclass(slots=True)
class _Anchor:
    el: lxml.html.HtmlElement
    url: str
    title: str
    headline: bool
    url_score: float
    nav_url: bool
    chrome: bool
    group: tuple[str, str] | None = None


def site_of(url: str) -> str:
    """Return the site a URL belongs to: its host without www., or the mirrored host.

    In a mirror served from one address (``http://127.0.0.1:8000/www.nea.gov.cn/…``) the
    first path segment is the site's host name.
    """
    parts = urlsplit(url)
    segments = parts.path.lstrip("/").split("/")
    first = unquote(segments[0]).lower()
    m = _HOSTLIKE.match(first)
    if len(segments) > 1 and m and m.group(1) not in _FILE_EXTS:
        return first.removeprefix("www.")
    return (parts.hostname or "").lower().removeprefix("www.")


def path_in_site(url: str) -> str:
    """Return the URL path below the site root (the mirrored host segment removed)."""
    path = unquote(urlsplit(url).path)
    segments = path.lstrip("/").split("/")
    if len(segments) > 1 and site_of(url) == segments[0].lower().removeprefix("www."):
        return "/" + "/".join(segments[1:])
    return path or "/"


def discover_links(
    body: bytes,
    page_url: str,
    source: Source,
    *,
    content_type: str | None = None,
    reference_day: date | None = None,
) -> ListResult:
    """Return the article links on a list page (see the module docstring for the rules)."""
    result = ListResult()
    text, result.encoding = _decode(body, content_type, source.encoding)
    try:
        doc = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        result.notes.append(f"list page {page_url} cannot be parsed as HTML: {exc}")
        return result
    expand_script_data(doc)
    base = _base_url(doc, page_url)
    if source.link_selector:
        anchors = [a for a in _selected_anchors(doc, source.link_selector, base)
                   if a.url != strip_fragment(page_url)]
        if not anchors:
            result.notes.append(f"link_selector {source.link_selector!r} matched no links on {page_url}")
    else:
        anchors = _article_anchors(doc, base, page_url)
    year_context = _page_years(text)
    headlines = _headline_counts(doc)
    seen: dict[str, int] = {}
    for anchor in anchors:
        hint = _date_near(anchor, reference_day, year_context, headlines)
        if anchor.url in seen:
            _merge(result.links, seen[anchor.url], anchor.title, hint)
            continue
        seen[anchor.url] = len(result.links)
        result.links.append(Link(url=anchor.url, source_id=source.id, title=anchor.title or None,
                                 found_on=page_url, published_hint=hint))
    if not result.links:
        result.notes.append(f"no article links found on list page {page_url}")
    return result


def _decode(body: bytes, content_type: str | None, forced: str | None) -> tuple[str, str]:
    codec = normalize_encoding(forced)
    if codec:
        return body.decode(codec, errors="replace"), codec
    return decode_html(body, content_type, None)


def _base_url(doc: lxml.html.HtmlElement, page_url: str) -> str:
    for base in doc.iter("base"):
        href = (base.get("href") or "").strip()
        if href:
            return urljoin(page_url, href)
    return page_url


def _selected_anchors(doc: lxml.html.HtmlElement, selector: str, base: str) -> list[_Anchor]:
    """Return the links matched by a user's CSS selector (or the links inside matched elements)."""
    anchors: list[_Anchor] = []
    for el in doc.cssselect(selector):
        for a in ([el] if el.tag == "a" else el.iter("a")):
            url = _link_url(a, base)
            if url:
                anchors.append(_Anchor(a, url, _title_of(a), True, 0.0, False, False))
    return anchors


def _article_anchors(doc: lxml.html.HtmlElement, base: str, page_url: str) -> list[_Anchor]:
    """Return the anchors that the heuristics take for article links, in page order."""
    page = strip_fragment(page_url)
    site = site_of(page_url)
    candidates: list[_Anchor] = []
    for a in doc.iter("a"):
        url = _link_url(a, base)
        if not url or url == page or site_of(url) != site or _NOT_PAGES.search(urlsplit(url).path):
            continue
        title = _title_of(a)
        path = path_in_site(url)
        nav_url = _is_nav_url(path, url, page)
        candidates.append(_Anchor(
            el=a, url=url, title=title, headline=_is_headline(title), url_score=_url_score(path, url),
            nav_url=nav_url, chrome=_in_chrome(a),
        ))
    groups = _groups(candidates)
    lists = {key for key, members in groups.items() if _is_list_group(members)}
    return [c for c in candidates if _accept(c, lists)]


def _link_url(a: lxml.html.HtmlElement, base: str) -> str | None:
    href = (a.get("href") or "").strip()
    if not href or href.lower().startswith(_SKIP_SCHEMES):
        return None
    url = strip_fragment(urljoin(base, href))
    return url if urlsplit(url).scheme in ("http", "https") else None


def _title_of(a: lxml.html.HtmlElement) -> str:
    """Return the link's headline: its text (or the heading inside a card link), or the full
    `title=` when the text is cut short."""
    heading = _heading_in(a)
    text = _WS.sub(" ", (heading if heading is not None else a).text_content()).strip()
    title = _WS.sub(" ", a.get("title") or "").strip()
    if title and (not text or _ELLIPSIS.search(text) or (len(title) > len(text) and title.startswith(text))):
        return title
    return text


def _heading_in(a: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """Return the heading (h1–h6, or a *title* element) inside a link that wraps a whole card."""
    if len(a) == 0:
        return None
    for el in a.iterdescendants():
        if not isinstance(el.tag, str):
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if el.tag in _HEADINGS or "title" in marks or "tit" in marks.split():
            return el
    return None


def _is_headline(text: str) -> bool:
    if not text or text in NAV_TEXTS or _NAV_TEXT.search(text):
        return False
    if len(_WS.sub("", text)) < MIN_HEADLINE_CHARS and len(_CJK.findall(text)) < MIN_HEADLINE_CJK:
        return False
    return len(_CJK.findall(text)) >= MIN_HEADLINE_CJK or len(_LATIN_WORD.findall(text)) >= MIN_HEADLINE_WORDS


def _is_nav_url(path: str, url: str, page: str) -> bool:
    """True for section pages: the site root, index/list files, folders, paging of the list."""
    segments = [s for s in path.lower().split("/") if s]
    if not segments:
        return True
    if path.endswith("/"):  # a folder: a section, unless it is named like an article (…/0303/c12345/)
        return not _ARTICLE_FOLDER.search(segments[-1])
    if _NAV_FILE.match(segments[-1]):
        return _article_folder_of(segments) is None
    if urlsplit(url).path == urlsplit(page).path:
        return True
    return len(segments) == 1 and not re.search(r"\d", segments[0])


def _article_folder_of(segments: list[str]) -> str | None:
    """Return the folder of an article published as ``…/<id>/index.html``, else None.

    The folder must carry a long id (``556729915``, ``c12345``, ``t20270518_123``) and not be
    named like a section (``col76841``, ``node_123``, ``list12``), nor be a bare date folder.
    """
    if len(segments) < 2 or not _INDEX_FILE.match(segments[-1]):
        return None
    folder = segments[-2]
    if not _ARTICLE_FOLDER.search(folder) or not _LONG_ID.search(folder):
        return None
    prefix = re.sub(r"[\d_-]+.*$", "", folder)
    if prefix in _NAV_SEGMENTS or prefix in ("cat", "catalog", "lm") or any(s in _NAV_SEGMENTS for s in segments[:-2]):
        return None
    return folder


def _url_score(path: str, url: str) -> float:
    """Return how much a URL looks like an article page (0 = not at all, 2+ = clearly)."""
    lower = path.lower()
    segments = [s for s in lower.split("/") if s]
    last = segments[-1] if segments else ""
    folder = _article_folder_of(segments)
    if folder is not None:
        segments = segments[:-1]
        last = folder + ".html"
    score = 0.0
    if date_from_url(path):
        score += 2.0
    if _ARTICLE_MARK.search(lower):
        score += 1.0
    if (_LONG_ID.search(last) or _NUMERIC_FILE.match(last)
            or (urlsplit(url).query and re.search(r"\d{3,}", urlsplit(url).query))):
        score += 1.0
    if _PAGE_EXT.search(last):
        score += 0.5
    if len(segments) >= 3:
        score += 0.5
    if any(s in _NAV_SEGMENTS for s in segments[:-1]):
        score -= 1.0
    return score


def _in_chrome(el: lxml.html.HtmlElement) -> bool:
    """True if the element sits in the page header, menu, breadcrumbs, pager or footer."""
    ancestors = [n for n in el.iterancestors() if isinstance(n.tag, str)]
    in_article = any(n.tag == "article" for n in ancestors)
    for node in ancestors:
        if node.tag in _CHROME_TAGS and not (in_article and node.tag != "nav"):
            return True
        if _is_chrome_mark(f"{node.get('class') or ''} {node.get('id') or ''}".lower()):
            return True
    return False


def _is_chrome_mark(marks: str) -> bool:
    """True if class/id words name page chrome (nav, menu, footer, breadcrumbs, pager …)."""
    if not marks.strip():
        return False
    for word in marks.split():
        if word in _CHROME_TOKENS or any(p in word for p in _CHROME_PARTS):
            return True
        if any(t in _CHROME_TOKENS for t in _TOKEN_SPLIT.split(word)):
            return True
    return False


def _groups(candidates: list[_Anchor]) -> dict[tuple[str, str], list[_Anchor]]:
    """Group anchors by the repeated block they sit in (a list's items share one group)."""
    groups: dict[tuple[str, str], list[_Anchor]] = {}
    siblings: dict[lxml.html.HtmlElement, Counter[str]] = {}
    for c in candidates:
        c.group = _group_key(c.el, siblings)
        if c.group is not None:
            groups.setdefault(c.group, []).append(c)
    return groups


def _group_key(
    a: lxml.html.HtmlElement, siblings: dict[lxml.html.HtmlElement, Counter[str]]
) -> tuple[str, str] | None:
    """Return (container path, path from item to link) for the nearest repeated ancestor.

    `siblings` caches each parent's children counted by tag, so a list of n links costs O(n).
    """
    node = a
    steps: list[str] = []
    for _ in range(MAX_WALK_UP):
        parent = node.getparent()
        if parent is None:
            return None
        steps.append(f"{node.tag}.{node.get('class') or ''}")
        tags = siblings.get(parent)
        if tags is None:
            tags = siblings[parent] = Counter(str(sib.tag) for sib in parent)
        if tags[str(node.tag)] >= 2:
            return parent.getroottree().getpath(parent), "/".join(reversed(steps))
        node = parent
    return None


def _is_list_group(members: list[_Anchor]) -> bool:
    """True if a group is a list of articles: enough headline links, mostly article-like URLs."""
    if len(members) < MIN_GROUP:
        return False
    headlines = [m for m in members if m.headline and not m.nav_url]
    if len(headlines) < max(MIN_GROUP, 0.6 * len(members)):
        return False
    articles = [m for m in headlines if m.url_score >= ARTICLE_URL_SCORE]
    return len(articles) >= 0.5 * len(headlines)


def _accept(c: _Anchor, lists: set[tuple[str, str]]) -> bool:
    if not c.headline or c.nav_url:
        return False
    listy = c.group is not None and c.group in lists
    if listy:
        return c.url_score >= 0.5
    if c.chrome:
        return c.url_score >= STRONG_URL_SCORE
    return c.url_score >= ARTICLE_URL_SCORE


def _headline_counts(doc: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, int]:
    """Return, for every element, how many headline links it holds (one pass over the links)."""
    counts: dict[lxml.html.HtmlElement, int] = {}
    for a in doc.iter("a"):
        if _is_headline(_title_of(a)):
            for node in (a, *a.iterancestors()):
                counts[node] = counts.get(node, 0) + 1
    return counts


def _row_segments(a: lxml.html.HtmlElement, headlines: dict[lxml.html.HtmlElement, int]) -> list[str]:
    """Return the short text pieces around a link in its row (no other headline link in it).

    Long pieces (a summary) are left out: a date inside prose is not the listing date.
    """
    row = a
    node = a.getparent()
    while node is not None and node.tag not in ("body", "html"):
        if headlines.get(node, 0) > 1:
            break
        row = node
        node = node.getparent()
    if row is a:
        return []
    parts: list[str] = []
    _collect_text(row, a, parts)
    pieces = (_WS.sub(" ", p).strip() for p in parts)
    return [p for p in pieces if p and len(p) <= MAX_DATE_PIECE]


def _inner_segments(a: lxml.html.HtmlElement) -> list[str]:
    """Return the short text pieces inside a card link, its heading left out."""
    heading = _heading_in(a)
    if heading is None:
        return []
    parts: list[str] = []
    for child in a:
        _collect_text(child, heading, parts)
    pieces = (_WS.sub(" ", p).strip() for p in parts)
    return [p for p in pieces if p and len(p) <= MAX_DATE_PIECE]


def _collect_text(node: lxml.html.HtmlElement, skip: lxml.html.HtmlElement, out: list[str]) -> None:
    """Append the text nodes under node, in order, leaving out the link itself."""
    if node is not skip:
        if isinstance(node.tag, str) and node.tag not in ("script", "style") and node.text:
            out.append(node.text)
        for child in node:
            _collect_text(child, skip, out)
    if node.tail:
        out.append(node.tail)


def _date_near(anchor: _Anchor, reference_day: date | None, page_years: Counter[int],
               headlines: dict[lxml.html.HtmlElement, int]) -> date | None:
    """Return the date printed next to the link, if any (see the module docstring)."""
    pieces = _row_segments(anchor.el, headlines) + _inner_segments(anchor.el)
    for piece in pieces:
        full = parse_date(piece)
        if full is not None:
            return full
    year = _year_for(anchor.url, reference_day, page_years)
    if year is None:
        return None
    for piece in pieces:
        day = _first_yearless(piece, year)
        if day is None:
            continue
        if reference_day is not None and date_from_url(anchor.url) is None and day > reference_day + timedelta(days=1):
            day = _first_yearless(piece, year - 1)
        return day
    return None


def _year_for(url: str, reference_day: date | None, page_years: Counter[int]) -> int | None:
    """Return the year of a year-less list date: the URL's, the reference day's, the page's."""
    url_day = date_from_url(url)
    if url_day is not None:
        return url_day.year
    if reference_day is not None:
        return reference_day.year
    if page_years:
        return page_years.most_common(1)[0][0]
    return None


def _first_yearless(text: str, year: int) -> date | None:
    hits = find_dates(text, default_year=year)
    return hits[0].day if hits else None


def _page_years(text: str) -> Counter[int]:
    """Return how often each year appears in the page's full dates (context for year-less ones)."""
    years: Counter[int] = Counter()
    for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)", text):
        years[int(m.group(1))] += 1
    return years


def _merge(links: list[Link], index: int, title: str, hint: date | None) -> None:
    """Fill a duplicate link's missing title or date from its second appearance."""
    old = links[index]
    new_title = title if title and len(title) > len(old.title or "") else old.title
    new_hint = old.published_hint or hint
    if new_title != old.title or new_hint != old.published_hint:
        links[index] = Link(url=old.url, source_id=old.source_id, title=new_title,
                            found_on=old.found_on, published_hint=new_hint)


_PAGER_TEXT = re.compile(r"^(下一页|下页|后页|第\s*\d{1,2}\s*页|\[?\d{1,2}\]?|next|›|»|>)$", re.I)
_PAGE_FILE = re.compile(r"^(?P<stem>.+?)(?:[_-](?P<n>\d{1,2}))?(?P<ext>\.[A-Za-z]{2,5})$")
MAX_PAGER_TEXT = 6


def page_file_key(url: str) -> tuple[tuple[str, str, str], int] | None:
    """Return ((origin and folder, stem, extension), page number or 0) of an article file name
    as `continuation_urls` reads it (``a/b/name_2.html`` → ((…/a/b, name, .html), 2)), or None."""
    parts = urlsplit(url)
    if parts.query:
        return None
    folder, _, name = parts.path.rpartition("/")
    m = _PAGE_FILE.match(name)
    if not m:
        return None
    return (f"{parts.netloc}{folder}", m.group("stem"), m.group("ext")), int(m.group("n") or 0)


def _names_a_sibling_page(body: bytes, name: str, stem: str, ext: str) -> bool:
    """Return whether the raw page names another page of its article (name_2.html beside
    name.html): most pages do not, and are then not parsed a second time here.

    The names are found as ``re.finditer(stem(?:[_-]\\d{1,2})?ext)`` would find them, with
    bytes.find instead of a pattern compiled for each page's name (every page has its own)."""
    raw_stem, raw_ext, own = stem.encode(), ext.encode(), name.encode()
    at = body.find(raw_stem)
    while at >= 0:
        end = _file_name_end(body, at + len(raw_stem), raw_ext)
        if end is None:
            at = body.find(raw_stem, at + 1)
            continue
        if body[at:end] != own:
            return True
        at = body.find(raw_stem, end)
    return False


_DIGITS = frozenset(b"0123456789")


def _file_name_end(body: bytes, at: int, ext: bytes) -> int | None:
    """Return where ``(?:[_-]\\d{1,2})?ext`` matching at `at` ends (the longest page number
    first, as the greedy pattern tries), or None when it does not match there."""
    if at < len(body) and body[at] in b"_-":
        digits = 0
        while digits < 2 and at + 1 + digits < len(body) and body[at + 1 + digits] in _DIGITS:
            digits += 1
        for n in range(digits, 0, -1):
            if body.startswith(ext, at + 1 + n):
                return at + 1 + n + len(ext)
    return at + len(ext) if body.startswith(ext, at) else None


def may_have_continuations(body: bytes, page_url: str) -> bool:
    """Return False when the page cannot have further pages (see `continuation_urls`): its
    file name is not an article file name, or its bytes name no sibling page. A cheap byte
    test, so most pages need not be parsed (nor handed to a thread) to learn that."""
    name = urlsplit(page_url).path.rpartition("/")[2]
    m = _PAGE_FILE.match(name)
    return bool(m) and _names_a_sibling_page(body, name, m.group("stem"), m.group("ext"))


def continuation_urls(
    body: bytes, page_url: str, *, content_type: str | None = None, encoding: str | None = None
) -> list[str]:
    """Return the further pages of an article split over pages (``name_1.html``, ``name_2.html``).

    A link counts when it sits in the same folder, its file name is the article's name plus
    ``_N`` or ``-N`` and its text is pager-like (下一页, 第2页, 2).
    """
    if not may_have_continuations(body, page_url):
        return []
    folder, _, name = urlsplit(page_url).path.rpartition("/")
    m = _PAGE_FILE.match(name)
    assert m is not None
    stem, ext = m.group("stem"), m.group("ext")
    text, _ = _decode(body, content_type, encoding)
    try:
        doc = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return []
    page = strip_fragment(page_url)
    base = _base_url(doc, page_url)
    out: list[str] = []
    for a in doc.iter("a"):
        url = _link_url(a, base)
        if not url or url == page or url in out:
            continue
        other_folder, _, other_name = urlsplit(url).path.rpartition("/")
        other = _PAGE_FILE.match(other_name)
        label = _WS.sub("", a.text_content())
        if (other_folder == folder and other and other.group("stem") == stem and other.group("n")
                and other.group("ext") == ext and len(label) <= MAX_PAGER_TEXT and _PAGER_TEXT.match(label)):
            out.append(url)
    return out
