"""The displayed headline of an article page, by generic rules.

The headline is the displayed one (an <h1>, <h2>, a title-classed block or a bold line)
that best matches what the <title>, og:title and the link title say, so the site suffix
of <title> never leaks in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html

from ..dates import find_dates
from ..text import normalize_digits
from .dom import Line, TextSize, headline_text, norm_space, squash_space
from .metadata import HeadFacts
from .published import is_month_line
from .source import SOURCE_LABEL
from .zones import is_prose

TITLE_META = ("og:title", "twitter:title", "articletitle", "title", "headline", "dc.title")
TITLE_HINTS = re.compile(r"title|headline|biaoti|\btit\b|_tit\b|-tit\b|\bbt\b|arti_?h|news_?h", re.I)
TITLE_TAG_WEIGHT = {"h1": 3.0, "h2": 2.0, "h3": 1.0, "h4": 0.5}
TITLE_SEPARATORS = re.compile(r"\s*(?:_+|\|+|｜|--+|—+|－|-\s|\s-|\s·\s|·)\s*")
MIN_TITLE_CHARS = 4
MIN_HEADING_CHARS = 8
SITE_TITLE_MAX_CHARS = 8
MAX_TITLE_CHARS = 120
MIN_PARTIAL_MATCH = 5.0
ABOVE_BODY_LINES = 10
ABOVE_DATE_LINES = 4
BYLINE_MAX_CHARS = 80
NOT_HEADLINE_ENDS = ("。", "；", "，", "：")
# Text that marks breadcrumbs, toolbars and boxes, never a headline.
NOT_HEADLINE_MARKS = ("当前位置", "首页", ">", "»", "字号", "打印", "分享", "|", "相关", "推荐", "简介", "作者")
_ELLIPSIS = re.compile(r"(?:\.{2,}|…+|。。+)$")


@dataclass(slots=True)
class Headline:
    text: str
    element: html.HtmlElement | None


def find_headline(
    root: html.HtmlElement,
    head: HeadFacts,
    link_title: str | None,
    sizes: dict[html.HtmlElement, TextSize] | None = None,
) -> Headline | None:
    """Return the displayed headline, matched against <title>, og:title and the link title.

    A candidate that agrees with a reference wins; else the page's main heading (an <h1>,
    or a title-classed <h2>) when it reads like a headline; else <title> without its affix.
    """
    refs = _title_refs(head, link_title)
    best: tuple[float, Headline] | None = None
    heading: tuple[float, Headline] | None = None
    for el in _headline_candidates(root):
        if sizes is not None and el in sizes and not MIN_TITLE_CHARS <= sizes[el].chars <= MAX_TITLE_CHARS:
            continue
        text = headline_text(el)
        squashed = squash_space(text)
        if not MIN_TITLE_CHARS <= len(squashed) <= MAX_TITLE_CHARS or _is_keyword_list(text):
            continue
        weight = TITLE_TAG_WEIGHT.get(el.tag, 0.0)
        if TITLE_HINTS.search(f"{el.get('class', '')} {el.get('id', '')}"):
            weight += 1.0
        score = _reference_score(squashed, refs)
        if score and (best is None or score * 10 + weight > best[0]):
            best = (score * 10 + weight, Headline(text, el))
        reads_like_headline = len(squashed) >= MIN_HEADING_CHARS and _could_be_headline(text, 0.0, dates=True)
        if weight >= 3.0 and reads_like_headline and (heading is None or weight > heading[0]):
            heading = (weight, Headline(text, el))
    if best is not None and best[0] >= 10:
        return best[1]
    if heading is not None:
        return heading[1]
    if best is not None and best[0] >= MIN_PARTIAL_MATCH and _could_be_headline(best[1].text, 0.0, dates=True):
        return best[1]
    return None


# Any separator, glued or spaced: 科普中国-辟谣文章 is two names, not one headline.
_TITLE_PARTS = re.compile(r"[-_|｜—－·•\s]+")


def is_generic_title(title_tag: str) -> bool:
    """Return True for a <title> made only of short names (site and section: 科普中国-辟谣文章).

    Such a <title> names the page's place on its site, not its article; a headline-like
    line standing above the byline is a better headline than it.
    """
    parts = [p for p in _TITLE_PARTS.split(norm_space(title_tag)) if p]
    return len(parts) >= 2 and all(len(p) <= SITE_TITLE_MAX_CHARS for p in parts)


def title_fallback(head: HeadFacts, link_title: str | None) -> Headline | None:
    """Return the headline from <title> (or og:title, the link title) when no element shows it."""
    if _is_site_title(head) and not head.meta_values("og:title", "twitter:title") and not link_title:
        return None
    text = _title_from_tag(head, link_title)
    return Headline(text, None) if text else None


def headline_above_body(lines: list[Line], container: html.HtmlElement | None, title_tag: str = "") -> Headline | None:
    """Return the short line just above the byline (or the body): where headlines stand.

    Used when <title> gives nothing to match, e.g. when it is only the site name. A line
    shorter than a usual headline counts when it is the whole <title> and stands right
    above a byline (政府工作报告 over its date line), which a site logo does not.
    """
    if container is None:
        return None
    inside = set(container.iter())
    first = next((i for i, line in enumerate(lines) if line.element in inside), None)
    if first is None:
        return None
    window = range(max(0, first - ABOVE_BODY_LINES), min(len(lines), first + 4))
    bylines = [i for i in window if _is_byline(lines[i])]
    prose = [i for i in window if is_prose(lines[i])]
    stop = bylines[-1] if bylines else (prose[0] if prose else first)
    for i in range(stop - 1, max(-1, stop - 1 - ABOVE_DATE_LINES), -1):
        line = lines[i]
        if _is_byline(line):
            continue
        if bylines and i == stop - 1 and _is_whole_title(line, title_tag):
            return Headline(line.text, line.element)
        if not _could_be_headline(line.text, line.link_share):
            continue
        owner = line.element
        whole = headline_text(owner) if owner is not None else ""
        if squash_space(line.text) in squash_space(whole) and _could_be_headline(whole, 0.0):
            return Headline(whole, owner)
        return Headline(line.text, owner)
    return None


def _is_whole_title(line: Line, title_tag: str) -> bool:
    """Return True for an unlinked line that is the whole <title>, however short."""
    text = squash_space(line.text)
    return (bool(title_tag) and text == squash_space(title_tag) and len(text) >= MIN_TITLE_CHARS
            and line.link_share <= 0.5 and not line.text.rstrip().endswith(NOT_HEADLINE_ENDS))


def _is_byline(line: Line) -> bool:
    """Return True for a short line carrying a date (possibly without a year) or a 来源 label."""
    text = normalize_digits(line.text)
    if line.chars > BYLINE_MAX_CHARS or is_prose(line):
        return False
    return bool(find_dates(text, default_year=2000) or SOURCE_LABEL.search(text) or is_month_line(text))


def _could_be_headline(text: str, link_share: float, *, dates: bool = False) -> bool:
    """Return True for text that may be a headline: short, unlinked, no sentence end or label.

    With dates=False a text holding a full date is refused too (it is a byline there).
    """
    chars = len(squash_space(text))
    return (
        link_share <= 0.5
        and MIN_HEADING_CHARS <= chars <= MAX_TITLE_CHARS
        and not text.rstrip().endswith(NOT_HEADLINE_ENDS)
        and (dates or not find_dates(text))
        and not is_month_line(text)
        and not SOURCE_LABEL.search(text)
        and not any(mark in text for mark in NOT_HEADLINE_MARKS)
    )


def _is_site_title(head: HeadFacts) -> bool:
    """Return True when <title> is just the site's name (short, or equal to og:site_name)."""
    title = squash_space(head.title_tag)
    site_names = {squash_space(v) for v in head.meta_values("og:site_name", "application-name", "sitename")}
    return len(title) <= SITE_TITLE_MAX_CHARS or title in site_names


def _is_keyword_list(text: str) -> bool:
    """Return True for SEO keyword strings such as '今日股市_明日大盘_股票行情'."""
    return len(re.findall(r"[_|｜]", text)) >= 2


def _title_refs(head: HeadFacts, link_title: str | None) -> list[tuple[str, str]]:
    refs = [] if _is_site_title(head) else [("title", squash_space(head.title_tag))]
    refs += [("meta", squash_space(v)) for v in head.meta_values(*TITLE_META)]
    refs += [("desc", squash_space(v)) for v in head.meta_values("description")]
    if link_title:
        refs.append(("link", squash_space(link_title)))
    return [(kind, value) for kind, value in refs if len(value) >= MIN_TITLE_CHARS]


def _reference_score(text: str, refs: list[tuple[str, str]]) -> float:
    """Return 0..1.5: how well a candidate headline agrees with the page's title references."""
    best = 0.0
    for kind, ref in refs:
        ref_core = _ELLIPSIS.sub("", ref)
        if kind == "desc":
            # Summary boxes repeat the description too, so it only backs up a titled block.
            best = max(best, 0.9 if text == ref else 0.0)
        elif text == ref:
            best = max(best, 1.5 if kind != "title" else 1.2)
        elif kind == "link" and len(ref_core) >= 6 and text.startswith(ref_core):
            best = max(best, 1.1)
        elif kind == "meta" and len(ref) >= 6 and text.startswith(ref):
            best = max(best, 0.8)
        elif len(text) >= 6 and ref.startswith(text):
            best = max(best, 0.8 + 0.5 * len(text) / len(ref))
        elif kind == "title" and ref.startswith(text) and TITLE_SEPARATORS.match(_glued_separator(ref[len(text):])):
            # A short headline followed by the site suffix: 静夜思•夜-中国诗歌网.
            best = max(best, 0.8 + 0.5 * len(text) / len(ref))
        elif len(text) >= 6 and ref.endswith(text):
            # A <title> usually ends with the site name, so a suffix match counts for less.
            best = max(best, 0.6 + 0.5 * len(text) / len(ref))
        elif len(text) >= 8 and text in ref:
            best = max(best, 0.4 + 0.4 * len(text) / len(ref))
    return best


def _glued_separator(rest: str) -> str:
    """Return rest with a separator glued to the next word spaced out ('-中国' -> '- 中国')."""
    return re.sub(r"^([-_|｜—－·])", r"\1 ", rest)


def _headline_candidates(root: html.HtmlElement) -> list[html.HtmlElement]:
    body = root.find("body")
    scope = body if body is not None else root
    out = []
    for el in scope.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "body", "html", "ul", "ol", "table", "tbody", "tr"):
            continue
        if el.tag in TITLE_TAG_WEIGHT or el.tag in ("strong", "b", "font", "p", "div", "span", "td", "em"):
            if len(el) > 12:
                continue
            out.append(el)
    return out


def _title_from_tag(head: HeadFacts, link_title: str | None) -> str | None:
    """Return the <title> without its site affix (the longest part between separators)."""
    og = [v for v in head.meta_values("og:title", "twitter:title") if len(v) >= MIN_TITLE_CHARS]
    if og:
        return og[0]
    title = norm_space(head.title_tag)
    if not title:
        return norm_space(link_title) or None
    parts = [p for p in TITLE_SEPARATORS.split(title) if p]
    return max(parts, key=len) if parts else title
