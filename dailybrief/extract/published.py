"""The publication date of an article page, by generic rules.

Dates come from publication meta tags, then the date line under the headline, then a
labelled date after the body, then script data, then the URL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..dates import DateHit, date_from_url, find_dates
from ..text import normalize_digits
from .dom import Line, squash_space
from .metadata import HeadFacts
from .zones import Zones, is_prose

# Meta names (lower case) that hold the publication time, best first.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "pubdate", "publishdate", "publish_date", "publish-date", "publishtime", "publish_time",
    "firstpublishedtime", "datepublished", "dc.date.issued", "dcterms.issued", "dc.date.created",
    "weibo: article:create_at", "og:time", "og:release_date", "release_date", "parsely-pub-date",
    "sailthru.date", "article.published", "dc.date",
)
DATE_LABELS_PUBLISHED = ("发布时间", "发布日期", "发表时间", "发表日期", "发表于", "发布于", "发稿时间",
                         "上传时间", "时间", "日期", "公布时间", "刊发时间", "更新时间")
# Labels of dates that are not the publication date.
DATE_LABELS_OTHER = ("成文日期", "成文时间", "生成日期", "生成时间", "创建日期", "创建时间", "发文日期", "印发日期", "施行日期", "实施日期", "生效日期", "最后更新",
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
            elif not labelled_only and not is_prose(line) and not _is_event_date(text, hit):
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
