"""The publication date of an article page, by generic rules.

Dates come from a 发布-labelled byline date, then publication meta tags, then the date line
under the headline, then a labelled date after the body, then script data, then the URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..dates import CHINA_TZ, DateHit, date_from_url, find_dates
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
# Labels of the publication date and their rank (lower wins): a 发布 label, then a bare
# 时间/日期, then an update stamp, taken only where nothing else is labelled. Asked in this
# order, so 更新时间 is not read as 时间.
DATE_LABELS_PUBLISHED = (
    ("发布时间", 0), ("发布日期", 0), ("发表时间", 0), ("发表日期", 0), ("发表于", 0), ("发布于", 0),
    ("发稿时间", 0), ("上传时间", 0), ("公布时间", 0), ("公布日期", 0), ("刊发时间", 0), ("刊发日期", 0),
    ("更新时间", 2), ("更新日期", 2), ("时间", 1), ("日期", 1),
)
UPDATE_RANK = 2
# Labels of dates that are not the publication date.
DATE_LABELS_OTHER = ("成文日期", "成文时间", "生成日期", "生成时间", "创建日期", "创建时间", "发文日期", "印发日期", "施行日期", "实施日期", "生效日期", "最后更新",
                     "更新于", "修改时间", "截止日期", "截止时间", "有效期", "开始时间", "结束时间",
                     "活动时间", "会议时间", "报名时间", "废止日期", "签署日期", "写作日期", "打印日期", "打印时间",
                     "访问时间", "访问日期", "浏览时间", "下载时间", "统计时间", "数据时间")
# A label standing alone on its own line, its value on the next (label and value cells).
MAX_LABEL_LINE_CHARS = 8
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
    head: HeadFacts, zones: Zones, url: str, default_year: int | None = None,
    fetched_at: datetime | None = None,
) -> DateFound | None:
    """Return the publication date by precedence: a 发布-labelled byline date, meta, byline,
    after-body line, script, URL,
    then a relative byline date (昨天 10:20, 3小时前) resolved against the fetch time.

    The time of day is the one shown on the byline for that day when there is one, else
    the first source that gives a real time for the same day.
    """
    candidates = _date_candidates(head, zones, url, default_year)
    if fetched_at is not None:
        relative = _relative_date(zones.header, fetched_at)
        if relative is not None:
            candidates.append((relative, "relative"))
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
    """Return every publication-date candidate, best first, with where it was found.

    A date the byline labels 发布日期 (or 发布时间, 发表于 …) is what the reader is told and
    comes first; meta tags follow, since templates fill them with the day the page was
    generated or re-published (PubDate 2022-04-24 beside 发布日期：2017-05-15).
    """
    meta: list[tuple[DateHit, str]] = []
    for name in PUBLISHED_META:
        for value in head.meta.get(name, []):
            meta.extend((hit, "meta") for hit in find_dates(value)[:1])
    meta.extend((hit, "meta") for hit in head.json_ld_dates[:1])
    out: list[tuple[DateHit, str]] = []
    year_hints = _year_hints(head, url)
    url_day = date_from_url(url)
    if default_year is None and url_day is not None:
        default_year = url_day.year
    in_zones: list[tuple[int, DateHit, str]] = []
    for zone in (zones.header, zones.footer, zones.body_tail, zones.above):
        labelled_only = zone is zones.footer or zone is zones.body_tail
        lines = [line for line in zone if not (zone is zones.above and _is_top_bar(line))]
        found = _date_in_lines(lines, year_hints, default_year, labelled_only=labelled_only)
        if found:
            hit, rank = found
            if rank == 0 and zone is zones.header:
                out.append((hit, "line"))
            in_zones.append((rank, hit, "line" if rank != NO_LABEL or zone is zones.header else "text"))
    # An update stamp under the headline gives way to a 发布 date stated elsewhere on the page.
    if any(rank == 0 for rank, _, _ in in_zones):
        in_zones.sort(key=lambda z: z[0] == UPDATE_RANK)
    out.extend(meta)
    out.extend((hit, origin) for _, hit, origin in in_zones)
    out.extend((hit, "attr") for hit in head.attr_dates[:1])
    out.extend((hit, "script") for hit in head.script_dates[:1])
    if url_day:
        out.append((DateHit(url_day, None, 0, 0), "url"))
    return out


# 刚刚, 5分钟前, 3小时前, 2天前, 今天 10:20, 昨天 08:05, 前天: as feeds and portals show fresh items.
_AGO = re.compile(r"(?<![\d.])(\d{1,2})\s*(分钟|分鐘|小时|小時|天)前")
_NAMED_DAY = re.compile(r"(刚刚|今天|今日|昨天|昨日|前天)(?:\s*(\d{1,2})[:：](\d{2}))?")
_DAYS_BACK = {"刚刚": 0, "今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}
MAX_RELATIVE_LINE_CHARS = 40


def _relative_date(lines: list[Line], fetched_at: datetime) -> DateHit | None:
    """Return the day a relative byline date names, counted back from the fetch time in China time."""
    now = (fetched_at if fetched_at.tzinfo else fetched_at.replace(tzinfo=CHINA_TZ)).astimezone(CHINA_TZ)
    for line in lines:
        if line.chars > MAX_RELATIVE_LINE_CHARS or is_prose(line):
            continue
        text = normalize_digits(line.text)
        ago = _AGO.search(text)
        if ago:
            amount, unit = int(ago.group(1)), ago.group(2)
            delta = timedelta(days=amount) if unit == "天" else (
                timedelta(minutes=amount) if unit.startswith("分") else timedelta(hours=amount))
            moment = now - delta
            time = None if unit == "天" else f"{moment.hour:02d}:{moment.minute:02d}"
            return DateHit(moment.date(), time, ago.start(), ago.end())
        named = _NAMED_DAY.search(text)
        if named and (named.group(2) or named.group(1) == "刚刚" or text.strip() == named.group(0)):
            day = now.date() - timedelta(days=_DAYS_BACK[named.group(1)])
            time = f"{int(named.group(2)):02d}:{named.group(3)}" if named.group(2) else None
            return DateHit(day, time, named.start(), named.end())
    return None


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
) -> tuple[DateHit, int] | None:
    """Return the best date in a zone and its label rank (see _label_rank; NO_LABEL: unlabelled).

    A 发布-labelled date wins over a bare 时间 one, which wins over an update stamp, which
    wins over an unlabelled date; a date labelled 生成日期, 成文日期 or 打印日期 never counts.
    A label alone on the line before the date (its own cell) labels it.
    """
    found: list[tuple[int, int, DateHit]] = []
    label_line = ""
    for index, line in enumerate(lines):
        text = normalize_digits(line.text)
        hits = find_dates(text)
        if not hits:
            hits = _yearless(text, year_hints, default_year) or _split_day(lines, index)
        for hit in hits:
            before = squash_space(text[max(0, hit.start - LABEL_WINDOW) : hit.start])
            if not before and label_line:
                before = label_line
            if any(label in before for label in DATE_LABELS_OTHER):
                continue
            rank = _label_rank(before)
            if rank == NO_LABEL and (labelled_only or is_prose(line) or _is_event_date(text, hit)):
                continue
            found.append((rank, index, hit))
        squashed = squash_space(text)
        label_line = squashed if len(squashed) <= MAX_LABEL_LINE_CHARS and not hits else ""
    if not found:
        return None
    rank, _, hit = min(found, key=lambda f: (f[0], f[1]))
    return hit, rank


NO_LABEL = 9


def _label_rank(before: str) -> int:
    """Return how the text just before a date labels it (DATE_LABELS_PUBLISHED), else NO_LABEL."""
    for label, rank in DATE_LABELS_PUBLISHED:
        if before.endswith((label, label + "：", label + ":")):
            return rank
    return NO_LABEL


# A date laid out as two blocks, the day big and the month under it: <div>21</div><div>2024年02月</div>.
_MONTH_ONLY = re.compile(r"^((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*月?$")
_DAY_ONLY = re.compile(r"^(\d{1,2})\s*日?$")


def is_month_line(text: str) -> bool:
    """Return True for a line that is only a year and a month (2024年02月, 2024-02)."""
    return bool(_MONTH_ONLY.match(normalize_digits(text).strip()))


def _split_day(lines: list[Line], index: int) -> list[DateHit]:
    """Return the date of a year-and-month line whose day stands alone on the line next to it."""
    month = _MONTH_ONLY.match(normalize_digits(lines[index].text).strip())
    if not month:
        return []
    for j in (index - 1, index + 1):
        day = _DAY_ONLY.match(normalize_digits(lines[j].text).strip()) if 0 <= j < len(lines) else None
        if day:
            try:
                return [DateHit(date(int(month.group(1)), int(month.group(2)), int(day.group(1))), None, 0, 0)]
            except ValueError:
                return []
    return []


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
