"""Headline, publication date and stated source of an article page, by generic rules.

The headline is the displayed one (an <h1>, <h2>, a title-classed block or a bold line)
that best matches what the <title>, og:title and the link title say, so the site suffix
of <title> never leaks in. Dates come from publication meta tags, then the date line under
the headline, then a labelled date after the body, then script data, then the URL. The
stated source is the page's own 来源 line, or else the publisher field beside the date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from lxml import html

from ..dates import CHINA_TZ, DateHit, date_from_url, find_dates
from ..text import normalize_digits
from .dom import Line, TextSize, element_text, headline_text, norm_space, squash_space

# ---------------------------------------------------------------- page head facts

# Meta names (lower case) that hold the publication time, best first.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "pubdate", "publishdate", "publish_date", "publish-date", "publishtime", "publish_time",
    "firstpublishedtime", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "weibo: article:create_at", "og:time", "og:release_date", "release_date", "parsely-pub-date",
    "sailthru.date", "article.published", "dc.date",
)
TITLE_META = ("og:title", "twitter:title", "articletitle", "title", "headline", "dc.title")
_JSON_LD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{8,40})"')
_SCRIPT_DATE = re.compile(
    r"""(?<![\w.])(?:ct|create_?time|publish_?time|pub_?time|publish_?date|pub_?date|"""
    r"""first_?publish(?:ed)?_?time|ptime)["']?\s*[:=]\s*["']"""
    r"""(\d{10}|\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)["']""",
    re.I,
)
_ATTR_DATE_NAMES = ("data-ptime", "data-pubtime", "data-publish-time", "datetime", "data-time")
MAX_SCRIPT_CHARS = 2_000_000


@dataclass(slots=True)
class HeadFacts:
    """What the raw document says about itself before the body is cleaned."""

    title_tag: str = ""
    meta: dict[str, list[str]] = field(default_factory=dict)
    script_dates: list[DateHit] = field(default_factory=list)
    attr_dates: list[DateHit] = field(default_factory=list)
    json_ld_dates: list[DateHit] = field(default_factory=list)

    def meta_values(self, *names: str) -> list[str]:
        return [v for n in names for v in self.meta.get(n, [])]


def read_head(root: html.HtmlElement) -> HeadFacts:
    """Return <title>, meta tags and script/attribute dates of the raw (uncleaned) document."""
    facts = HeadFacts()
    title = root.find(".//title")
    if title is not None:
        facts.title_tag = element_text(title)
    for m in root.iter("meta"):
        name = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        content = m.get("content")
        if name and content is not None:
            facts.meta.setdefault(name.strip().lower(), []).append(norm_space(content))
    scripts = "\n".join(s.text or "" for s in root.iter("script"))[:MAX_SCRIPT_CHARS]
    facts.json_ld_dates = [h for v in _JSON_LD_PUBLISHED.findall(scripts) for h in find_dates(v)[:1]]
    facts.script_dates = [h for h in (_script_hit(m.group(1)) for m in _SCRIPT_DATE.finditer(scripts)) if h]
    for name in _ATTR_DATE_NAMES:
        for el in root.xpath(f"//body//*[@{name}]")[:5]:
            facts.attr_dates.extend(find_dates(el.get(name))[:1])
    return facts


def _script_hit(value: str) -> DateHit | None:
    if value.isdigit():
        try:
            dt = datetime.fromtimestamp(int(value), CHINA_TZ)
        except (OverflowError, OSError, ValueError):
            return None
        if not 1990 <= dt.year <= 2100:
            return None
        return DateHit(dt.date(), f"{dt.hour:02d}:{dt.minute:02d}", 0, 0)
    hits = find_dates(value)
    return hits[0] if hits else None


# ---------------------------------------------------------------- headline

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


def title_fallback(head: HeadFacts, link_title: str | None) -> Headline | None:
    """Return the headline from <title> (or og:title, the link title) when no element shows it."""
    if _is_site_title(head) and not head.meta_values("og:title", "twitter:title") and not link_title:
        return None
    text = _title_from_tag(head, link_title)
    return Headline(text, None) if text else None


def headline_above_body(lines: list[Line], container: html.HtmlElement | None) -> Headline | None:
    """Return the short line just above the byline (or the body): where headlines stand.

    Used when <title> gives nothing to match, e.g. when it is only the site name.
    """
    if container is None:
        return None
    inside = set(container.iter())
    first = next((i for i, line in enumerate(lines) if line.element in inside), None)
    if first is None:
        return None
    window = range(max(0, first - ABOVE_BODY_LINES), min(len(lines), first + 4))
    bylines = [i for i in window if _is_byline(lines[i])]
    prose = [i for i in window if _is_prose(lines[i])]
    stop = bylines[-1] if bylines else (prose[0] if prose else first)
    for i in range(stop - 1, max(-1, stop - 1 - ABOVE_DATE_LINES), -1):
        line = lines[i]
        if _is_byline(line):
            continue
        if not _could_be_headline(line.text, line.link_share):
            continue
        owner = line.element
        whole = headline_text(owner) if owner is not None else ""
        if squash_space(line.text) in squash_space(whole) and _could_be_headline(whole, 0.0):
            return Headline(whole, owner)
        return Headline(line.text, owner)
    return None


def _is_byline(line: Line) -> bool:
    """Return True for a short line carrying a date (possibly without a year) or a 来源 label."""
    text = normalize_digits(line.text)
    if line.chars > BYLINE_MAX_CHARS or _is_prose(line):
        return False
    return bool(find_dates(text, default_year=2000) or SOURCE_LABEL.search(text))


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
        elif len(text) >= 6 and ref.endswith(text):
            # A <title> usually ends with the site name, so a suffix match counts for less.
            best = max(best, 0.6 + 0.5 * len(text) / len(ref))
        elif len(text) >= 8 and text in ref:
            best = max(best, 0.4 + 0.4 * len(text) / len(ref))
    return best


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


# ---------------------------------------------------------------- zones around the headline


@dataclass(slots=True)
class Zones:
    """Lines just under the headline (the byline zone) and just after the body."""

    header: list[Line]
    footer: list[Line]
    body_tail: list[Line]
    above: list[Line] = field(default_factory=list)


HEADER_MAX_LINES = 14
FOOTER_MAX_LINES = 14
ABOVE_MAX_LINES = 3
PROSE_MIN_CHARS = 60
PROSE_SENTENCE_MIN_CHARS = 12
SENTENCE_END = ("。", "！", "？", "；", "……")


def find_zones(lines: list[Line], headline: Headline | None, container: html.HtmlElement | None) -> Zones:
    """Return the byline zone under the headline and the zone right after the body container."""
    inside = set(container.iter()) if container is not None else set()
    body_idx = [i for i, line in enumerate(lines) if line.element in inside]
    first_body = body_idx[0] if body_idx else len(lines)
    last_body = body_idx[-1] if body_idx else len(lines) - 1
    title_idx = headline_line(lines, headline)
    start = max(0, first_body - HEADER_MAX_LINES) if title_idx is None else title_idx + 1
    title_key = squash_space(headline.text) if headline else ""
    header: list[Line] = []
    for line in lines[start : start + HEADER_MAX_LINES]:
        if title_key and squash_space(line.text) == title_key:
            continue
        if _is_prose(line):
            break
        header.append(line)
    above: list[Line] = []
    if title_idx is not None:
        above = [line for line in lines[max(0, title_idx - ABOVE_MAX_LINES) : title_idx] if not _is_prose(line)]
    footer = lines[last_body + 1 : last_body + 1 + FOOTER_MAX_LINES]
    tail = [lines[i] for i in body_idx[-3:]]
    return Zones(header, footer, tail, above)


def _is_prose(line: Line) -> bool:
    """Return True for a line of running text (a sentence), which no byline is."""
    own = line.chars - line.link_chars
    if line.text.rstrip().endswith(SENTENCE_END) and own >= PROSE_SENTENCE_MIN_CHARS:
        return True
    punct = sum(1 for ch in line.text if ch in "，。；！？")
    return own >= PROSE_MIN_CHARS and punct >= 2


def _inside(el: html.HtmlElement | None, container: html.HtmlElement) -> bool:
    while el is not None:
        if el is container:
            return True
        el = el.getparent()
    return False


def headline_line(lines: list[Line], headline: Headline | None) -> int | None:
    """Return the index of the line showing the headline, or None when it is not shown."""
    if headline is None:
        return None
    key = squash_space(headline.text)[:12]
    el = headline.element
    inside = set(el.iter()) if el is not None else set()
    for i, line in enumerate(lines):
        if line.element in inside:
            return i
    for i, line in enumerate(lines):
        if key and squash_space(line.text).startswith(key):
            return i
    if el is not None:
        for i, line in enumerate(lines):
            if line.element is not None and _inside(el, line.element) and key[:4] in squash_space(line.text):
                return i
    return None


# ---------------------------------------------------------------- publication date

DATE_LABELS_PUBLISHED = ("发布时间", "发布日期", "发表时间", "发表日期", "发表于", "发布于", "发稿时间",
                         "上传时间", "时间", "日期", "公布时间", "刊发时间", "更新时间")
# Labels of dates that are not the publication date.
DATE_LABELS_OTHER = ("成文日期", "成文时间", "印发日期", "施行日期", "实施日期", "生效日期", "最后更新",
                     "更新于", "修改时间", "截止日期", "截止时间", "有效期", "开始时间", "结束时间",
                     "活动时间", "会议时间", "报名时间", "废止日期", "签署日期", "写作日期")
LABEL_WINDOW = 10
TOP_BAR_WORDS = ("星期", "今天是", "今日", "天气", "农历")
# Words right after a date that make it an event, deadline or effective date.
EVENT_WORDS_AFTER = ("起", "前", "至", "到", "以前", "之前", "以后", "之后", "召开", "举行", "举办", "施行",
                     "实施", "生效", "截止", "开始", "结束", "期间", "通过", "印发", "上午", "下午", "晚",
                     "电", "讯", "消息")


@dataclass(frozen=True, slots=True)
class DateFound:
    day: date
    time: str | None
    origin: str


def find_published(
    head: HeadFacts, zones: Zones, url: str, default_year: int | None = None
) -> DateFound | None:
    """Return the publication date by precedence: meta, byline, after-body line, script, URL.

    The time of day is the one shown on the byline for that day when there is one, else
    the first source that gives a real time for the same day.
    """
    candidates = _date_candidates(head, zones, url, default_year)
    if not candidates:
        return None
    best, origin = candidates[0]
    same_day = [(hit, o) for hit, o in candidates if hit.day == best.day and _real_time(hit.time)]
    shown = [hit for hit, o in same_day if o == "line"]
    time = _real_time(best.time)
    if shown:
        time = shown[0].time
    elif time is None and same_day:
        time = same_day[0][0].time
    return DateFound(best.day, time, origin)


def _date_candidates(
    head: HeadFacts, zones: Zones, url: str, default_year: int | None
) -> list[tuple[DateHit, str]]:
    """Return every publication-date candidate, best first, with where it was found."""
    out: list[tuple[DateHit, str]] = []
    for name in PUBLISHED_META:
        for value in head.meta.get(name, []):
            out.extend((hit, "meta") for hit in find_dates(value)[:1])
    out.extend((hit, "meta") for hit in head.json_ld_dates[:1])
    year_hints = _year_hints(head, url)
    url_day = date_from_url(url)
    if default_year is None and url_day is not None:
        default_year = url_day.year
    for zone in (zones.header, zones.footer, zones.body_tail, zones.above):
        labelled_only = zone is zones.footer or zone is zones.body_tail
        lines = [line for line in zone if not (zone is zones.above and _is_top_bar(line))]
        found = _date_in_lines(lines, year_hints, default_year, labelled_only=labelled_only)
        if found:
            hit, labelled = found
            out.append((hit, "line" if labelled or zone is zones.header else "text"))
    out.extend((hit, "attr") for hit in head.attr_dates[:1])
    out.extend((hit, "script") for hit in head.script_dates[:1])
    if url_day:
        out.append((DateHit(url_day, None, 0, 0), "url"))
    return out


def _is_top_bar(line: Line) -> bool:
    """Return True for a site bar showing today's date or weather, not the article's date."""
    return any(word in line.text for word in TOP_BAR_WORDS)


def _real_time(time: str | None) -> str | None:
    """Return HH:MM unless it is a placeholder such as 23:59 or 00:00."""
    return None if time in (None, "23:59", "00:00") else time


def _year_hints(head: HeadFacts, url: str) -> list[date]:
    days: list[date] = []
    for values in head.meta.values():
        for v in values:
            days.extend(h.day for h in find_dates(v)[:1])
    days.extend(h.day for h in head.script_dates + head.attr_dates)
    url_day = date_from_url(url)
    if url_day:
        days.append(url_day)
    return days


def _date_in_lines(
    lines: list[Line], year_hints: list[date], default_year: int | None, *, labelled_only: bool
) -> tuple[DateHit, bool] | None:
    """Return the best date in a zone and whether it was labelled: a 发布-labelled one first."""
    labelled: list[DateHit] = []
    unlabelled: list[DateHit] = []
    for line in lines:
        text = normalize_digits(line.text)
        hits = find_dates(text)
        if not hits:
            hits = _yearless(text, year_hints, default_year)
        for hit in hits:
            before = squash_space(text[max(0, hit.start - LABEL_WINDOW) : hit.start])
            if any(label in before for label in DATE_LABELS_OTHER):
                continue
            if any(before.endswith(label + sep) or before.endswith(label) for label in DATE_LABELS_PUBLISHED for sep in ("：", ":")):
                labelled.append(hit)
            elif not labelled_only and not _is_prose(line) and not _is_event_date(text, hit):
                unlabelled.append(hit)
    if labelled:
        return labelled[0], True
    return (unlabelled[0], False) if unlabelled else None


def _is_event_date(text: str, hit: DateHit) -> bool:
    """Return True for a date that starts, ends or schedules something (起施行, 前报送, 通过)."""
    if text.lstrip().startswith(("（", "(")):
        return True
    after = squash_space(text[hit.end : hit.end + 6])
    return after.startswith(EVENT_WORDS_AFTER)


def _yearless(text: str, year_hints: list[date], default_year: int | None) -> list[DateHit]:
    """Return year-less dates (10-08 12:00, 6月3日) given a year from a matching hint."""
    probe = find_dates(text, default_year=2000)
    out: list[DateHit] = []
    for hit in probe:
        year = next(
            (d.year for d in year_hints if (d.month, d.day) == (hit.day.month, hit.day.day)),
            default_year,
        )
        if year is None:
            continue
        try:
            out.append(DateHit(hit.day.replace(year=year), hit.time, hit.start, hit.end))
        except ValueError:
            continue
    return out


# ---------------------------------------------------------------- stated source

SOURCE_LABEL = re.compile(
    r"(?:(?:本文|文章|信息|稿件|新闻|内容)?来源(?:于|自)?|稿源|出处)\s*[:：]?\s*|(?<![A-Za-z])Source\s*:\s*"
)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9.&'’ -]*?(?=\s{2,}|\s*[|,;/]|\s+(?:Editor|Author|By|Updated|Published)\b|\s*$)")
# Words that make 来源 part of a phrase ("image source", "source of funds"), not a label.
CAPTION_WORDS = ("图片", "图", "视频", "音频", "数据", "资金", "收入", "消息", "经费", "资料", "素材", "配图",
                 "题图", "封面", "能量", "污染", "水")
SOURCE_STOP = re.compile(
    r"\s|[|｜丨,，;；。]|作者|编辑|责编|记者|时间|日期|发布|发表|浏览|阅读|点击|字号|字体|分享|打印|关闭|【|\[|（|\("
    r"|举报|原标题|最后|更新|访问|栏目|分类|索引|关键词|评论|收藏|来源"
)
# 来源 values that name no publisher.
SOURCE_NOT_PUBLISHER = ("网络", "互联网", "网络整理", "网络转载", "网友", "网上", "综合", "综合报道",
                        "网络资料", "未知", "不详", "其他", "佚名", "转载", "本网综合")
SOURCE_CLASS = re.compile(
    r"(?:^|[-_])(?:a_source|source|media_?name|media-name|js_name|author-name|account-name|source-name|"
    r"article-source-name|wx_name)(?:$|[-_][0-9A-Za-z]+$)",
    re.I,
)
SOURCE_BADGES = ("原创", "[整理]", "【整理】", "整理", "[原创]", "[转载]", "转载", "独家", "首发", "关注")
MAX_SOURCE_CHARS = 30
MAX_UNLABELLED_SOURCE_CHARS = 16
_BRACKETED_SUFFIX = re.compile(r"\s*[\[【(（][^\]】)）]{1,6}[\]】)）]$")
_DATE_LABEL = re.compile(r"(?:发布|发表|更新|上传)?(?:时间|日期|于)\s*[:：]")
_SOURCE_JUNK = re.compile(r"[\ue000-\uf8ff]|\d+[次人条]?(?:阅读|评论|参与)?|[<>»›·•]")
_DATE_OR_TIME = re.compile(r"\d{1,4}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}:\d{2}(?::\d{2})?")
_LABELLED_FIELD = re.compile(r"(?:作者|编辑|责任编辑|责编|记者|通讯员|摄影|阅读|浏览|点击|浏览次数|字号|评论)\s*[:：]\s*\S*")


def find_source(zones: Zones, root: html.HtmlElement, headline: Headline | None) -> str | None:
    """Return the publisher the page credits (来源 line, else the unlabelled byline field)."""
    for lines in (zones.header, zones.above, zones.footer, zones.body_tail):
        labelled = _labelled_source(lines)
        if labelled:
            return labelled
    field_value = _source_field(zones)
    if field_value:
        return field_value
    return _byline_residual(zones.header)


def _labelled_source(lines: list[Line]) -> str | None:
    """Return the publisher named by the first 来源 label in lines that names one, or None."""
    for line in lines:
        text = line.text
        for m in SOURCE_LABEL.finditer(text):
            if _is_caption_label(text, m.start()):
                continue
            value = _source_value(text[m.end():])
            if value:
                return value
    return None


def _is_caption_label(text: str, start: int) -> bool:
    """Return True for 图片来源, 资金来源 and labels in parentheses: they credit no publisher."""
    before = text[max(0, start - 2) : start]
    return before.endswith(CAPTION_WORDS) or "（" in before or "(" in before


def _source_value(rest: str) -> str | None:
    """Return the name after a 来源 label; '' for an empty or non-publisher value."""
    rest = rest.lstrip()
    latin = _LATIN_NAME.match(rest)
    m = SOURCE_STOP.search(rest)
    value = latin.group(0) if latin else (rest[: m.start()] if m else rest)
    value = value.strip(" 　:：-—|")
    value = _BRACKETED_SUFFIX.sub("", value).strip(" 　[]【】()（）")
    if len(value) < 2 or _DATE_OR_TIME.match(value):
        return ""
    if value in SOURCE_NOT_PUBLISHER or len(value) > MAX_SOURCE_CHARS:
        return ""
    return value


def _strip_badges(value: str) -> str:
    for badge in SOURCE_BADGES:
        value = value.replace(badge, "")
    return value.strip(" 　[]【】()（）:：·-")


def _source_field(zones: Zones) -> str | None:
    """Return the text of a source-classed element in the byline zone."""
    for line in zones.header:
        if line.element is None:
            continue
        for el in line.element.iter():
            if not isinstance(el.tag, str):
                continue
            classes = f"{el.get('class', '')} {el.get('id', '')}".split()
            if any(SOURCE_CLASS.search(c) for c in classes):
                value = _strip_badges(SOURCE_LABEL.sub("", element_text(el), count=1))
                if _plausible_name(value):
                    return value
    return None


def _plausible_name(value: str) -> bool:
    return (
        2 <= len(value) <= MAX_SOURCE_CHARS
        and not _DATE_OR_TIME.search(value)
        and value not in SOURCE_NOT_PUBLISHER
    )


def _byline_residual(lines: list[Line]) -> str | None:
    """Return the one name on the date line (or alone just above it) once dates and furniture go."""
    for i, line in enumerate(lines):
        text = normalize_digits(line.text)
        if not find_dates(text) and not _DATE_OR_TIME.search(text):
            if "/" in text and len(squash_space(text)) <= MAX_SOURCE_CHARS:
                return _after_slash(text)
            continue
        name = _single_name(text)
        if name is None and i > 0 and lines[i - 1].link_share <= 0.5:
            name = _single_name(normalize_digits(lines[i - 1].text))
        return name
    return None


def _single_name(text: str) -> str | None:
    if text.lstrip().startswith(("（", "(")):
        return None
    rest = SOURCE_LABEL.sub(" ", _DATE_OR_TIME.sub(" ", text))
    rest = re.sub(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", " ", rest)
    rest = _LABELLED_FIELD.sub(" ", rest)
    rest = _DATE_LABEL.sub(" ", rest)
    rest = _SOURCE_JUNK.sub(" ", rest)
    tokens = [_strip_badges(t) for t in rest.split()]
    tokens = [t for t in tokens if t and t not in SOURCE_BADGES and not _is_furniture_word(t)]
    if len(tokens) != 1 or not 2 <= len(tokens[0]) <= MAX_UNLABELLED_SOURCE_CHARS:
        return None
    value = tokens[0]
    if "/" in value:
        return _after_slash(value)
    return value if _plausible_name(value) else None


def _after_slash(text: str) -> str | None:
    value = _strip_badges(text.rsplit("/", 1)[-1].strip())
    return value if 2 <= len(value) <= MAX_SOURCE_CHARS else None


FURNITURE_WORDS = ("分享", "字号", "举报", "收藏", "打印", "评论", "阅读", "浏览", "关注", "大", "中", "小",
                   "超大", "标准", "放大", "缩小", "正常", "默认", "A", "A-", "A+", "微博", "微信", "QQ")


def _is_furniture_word(token: str) -> bool:
    return token in FURNITURE_WORDS or any(token.startswith(w) for w in ("分享", "字号", "举报", "收藏"))
