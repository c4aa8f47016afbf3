"""Chinese-first date parsing for short strings (date lines, meta values, list cells, feeds).

Small regular patterns are tried before any library: the libraries misread common Chinese
forms (htmldate reads ``2026年6月3日`` as 2026-01-01, feedparser reads ``2026年5月28日``
as 2026-11-01). Times with a zone are converted to China time (UTC+8), so a GMT evening
that is already the next day in Beijing gives the Beijing day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import unquote, urlsplit

from .text import normalize_digits

CHINA_TZ = timezone(timedelta(hours=8), "CST")
MIN_YEAR = 1980
MAX_YEAR = 2100

_CN_DIGITS = {"〇": "0", "○": "0", "零": "0", "Ｏ": "0", "O": "0", "一": "1", "二": "2", "三": "3",
              "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}

_TIME = r"(?:[T\s]*(?P<hh>\d{1,2})\s*[:：时]\s*(?P<mi>\d{2})(?:\s*[:：分]\s*(?P<ss>\d{2})(?:\.\d{1,6})?)?)?"
_ZONE = r"(?P<tz>Z|[+-]\d{2}:?\d{2}|\s*(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?)?"

# 2026-05-29, 2026/5/29, 2026.07.13, 2026年5月29日, each optionally with a time and a zone.
_FULL = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*(?P<s1>[-/.年])\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})(?!\d)\s*日?号?"
    + _TIME + _ZONE
)
# Xinhua splits the year from the day: "2026 06/07 21:36:12".
_YEAR_SPLIT = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s+(?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?![\d/-])" + _TIME
)
# 20260529, optionally followed by a time (20260529 10:30 or 20260529103000).
_COMPACT = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:(?P<hh>[0-2]\d)(?P<mi>[0-5]\d)(?:[0-5]\d)?)?(?!\d)"
)
# Year-less: 6月3日 / 07-13 07:45 / 07/13.
_MONTH_DAY_CN = re.compile(r"(?<![\d年])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]" + _TIME)
_MONTH_DAY_DASH = re.compile(
    r"(?<![\d\-/.:])(?P<m>1[0-2]|0?[1-9])[-/](?P<d>3[01]|[12]\d|0?[1-9])"
    r"(?:\s*(?P<hh>[01]?\d|2[0-3]):(?P<mi>[0-5]\d))?(?![\d\-/.])"
)
_EN_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
# English month first: "June 9, 2026", "Jun. 9 2026 10:30".
_EN_MONTH_DAY_YEAR = re.compile(
    r"(?<![A-Za-z])(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+"
    r"(?P<y>(?:19|20)\d{2})(?!\d)(?:,?\s+(?P<hh>\d{1,2}):(?P<mi>\d{2}))?",
    re.I,
)
# Day first: "9 June 2026" (RFC 822 dates with a time and zone are read by email.utils).
_EN_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+"
    r"(?P<y>(?:19|20)\d{2})(?!\d)",
    re.I,
)
_CN_NUMERAL_DATE = re.compile(
    r"(?P<y>[〇○零一二三四五六七八九Ｏ]{4})年(?P<m>[一二三四五六七八九十]{1,2})月(?P<d>[一二三四五六七八九十]{1,3})日"
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date found in a string: the China-local day, the time if given, and where."""

    day: date
    time: str | None
    start: int
    end: int


def parse_date(text: str | None, *, default_year: int | None = None) -> date | None:
    """Return the first plausible date in a short string, or None."""
    hit = find_date(text, default_year=default_year)
    return hit.day if hit else None


def parse_datetime(text: str | None, *, default_year: int | None = None) -> datetime | None:
    """Return the first date in text as a naive China-local datetime (midnight if no time)."""
    hit = find_date(text, default_year=default_year)
    if hit is None:
        return None
    hh, mi = (int(p) for p in hit.time.split(":")) if hit.time else (0, 0)
    return datetime(hit.day.year, hit.day.month, hit.day.day, hh, mi)


def find_date(text: str | None, *, default_year: int | None = None) -> DateHit | None:
    """Return the earliest date in text (full dates before year-less ones), or None."""
    hits = find_dates(text, default_year=default_year)
    return hits[0] if hits else None


def find_dates(text: str | None, *, default_year: int | None = None) -> list[DateHit]:
    """Return every date in text in order of position; year-less ones only if no full one."""
    if not text:
        return []
    s = normalize_digits(text)
    full = _full_dates(s)
    if full:
        return full
    if default_year is None:
        return []
    return _yearless_dates(s, default_year)


def _full_dates(s: str) -> list[DateHit]:
    hits: list[DateHit] = []
    rfc = _rfc822(s)
    if rfc is _IMPOSSIBLE:
        return []
    if rfc:
        hits.append(rfc)
    for m in _FULL.finditer(s):
        hit = _hit_from_match(m, int(m.group("y")))
        if hit:
            hits.append(hit)
    for m in _YEAR_SPLIT.finditer(s):
        hit = _hit_from_match(m, int(m.group("y")))
        if hit:
            hits.append(hit)
    for m in _COMPACT.finditer(s):
        hit = _hit_from_match(m, int(m.group("y")))
        if hit:
            hits.append(hit)
    for m in _EN_MONTH_DAY_YEAR.finditer(s):
        day = _make_date(int(m.group("y")), _EN_MONTHS[m.group("mon").lower()[:3]], int(m.group("d")))
        if day:
            time = f"{int(m.group('hh')):02d}:{m.group('mi')}" if m.group("hh") and int(m.group("hh")) < 24 else None
            hits.append(DateHit(day, time, m.start(), m.end()))
    for m in _EN_DAY_MONTH_YEAR.finditer(s):
        day = _make_date(int(m.group("y")), _EN_MONTHS[m.group("mon").lower()[:3]], int(m.group("d")))
        if day:
            hits.append(DateHit(day, None, m.start(), m.end()))
    for m in _CN_NUMERAL_DATE.finditer(s):
        day = _make_date(_cn_year(m.group("y")), _cn_small(m.group("m")), _cn_small(m.group("d")))
        if day:
            hits.append(DateHit(day, None, m.start(), m.end()))
    return _dedupe(hits)


def _yearless_dates(s: str, year: int) -> list[DateHit]:
    hits: list[DateHit] = []
    for pattern in (_MONTH_DAY_CN, _MONTH_DAY_DASH):
        for m in pattern.finditer(s):
            hit = _hit_from_match(m, year)
            if hit:
                hits.append(hit)
    return _dedupe(hits)


def _dedupe(hits: list[DateHit]) -> list[DateHit]:
    """Sort by position and drop hits that overlap an earlier, longer one."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out: list[DateHit] = []
    for h in hits:
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def _hit_from_match(m: re.Match[str], year: int) -> DateHit | None:
    groups = m.groupdict()
    day = _make_date(year, int(m.group("m")), int(m.group("d")))
    if day is None:
        return None
    hh, mi = groups.get("hh"), groups.get("mi")
    time = None
    if hh is not None and mi is not None:
        if (int(hh), int(mi)) == (24, 0):  # "6月30日24:00", the end of that day
            return DateHit(day, None, m.start(), m.end())
        if int(hh) > 23 or int(mi) > 59:
            return None
        time = f"{int(hh):02d}:{int(mi):02d}"
        tz = (groups.get("tz") or "").strip()
        if tz:
            day, time = _to_china(day, time, tz)
    return DateHit(day, time, m.start(), m.end())


def _to_china(day: date, time: str, tz: str) -> tuple[date, str]:
    """Convert a day and HH:MM at the given zone (Z, +00:00, GMT) to China time."""
    offset = _zone_offset(tz)
    if offset is None:
        return day, time
    hh, mi = (int(p) for p in time.split(":"))
    local = datetime(day.year, day.month, day.day, hh, mi, tzinfo=timezone(offset))
    china = local.astimezone(CHINA_TZ)
    return china.date(), f"{china.hour:02d}:{china.minute:02d}"


def _zone_offset(tz: str) -> timedelta | None:
    tz = tz.upper().replace("GMT", "").replace("UTC", "").strip()
    if tz in ("", "Z"):
        return timedelta(0)
    m = re.fullmatch(r"([+-])(\d{1,2}):?(\d{2})?", tz)
    if not m:
        return None
    sign = -1 if m.group(1) == "-" else 1
    return sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))


_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s*)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s+\d{4}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[A-Z]{1,5}))?)?",
    re.IGNORECASE,
)


# Returned for a string shaped like a date that names an impossible one (25:71, 31 Feb).
_IMPOSSIBLE = DateHit(date.min, None, 0, 0)


def _rfc822(s: str) -> DateHit | None:
    """Return the RFC 822 date in s (feed pubDate) in China time, or _IMPOSSIBLE."""
    m = _RFC822.search(s)
    if not m:
        return None
    try:
        dt = parsedate_to_datetime(m.group(0))
    except (TypeError, ValueError, IndexError):
        return _IMPOSSIBLE if ":" in m.group(0) else None
    if not MIN_YEAR <= dt.year <= MAX_YEAR:
        return _IMPOSSIBLE
    has_time = ":" in m.group(0)
    if dt.tzinfo is not None and has_time:
        dt = dt.astimezone(CHINA_TZ)
    time = f"{dt.hour:02d}:{dt.minute:02d}" if has_time else None
    return DateHit(dt.date(), time, m.start(), m.end())


def _make_date(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _cn_year(s: str) -> int:
    return int("".join(_CN_DIGITS.get(ch, "0") for ch in s))


def _cn_small(s: str) -> int:
    """Return the value of a Chinese numeral from 1 to 31 (十, 十二, 二十, 三十一)."""
    if "十" not in s:
        return int(_CN_DIGITS.get(s, "0"))
    tens, _, ones = s.partition("十")
    return int(_CN_DIGITS.get(tens, "1") if tens else 1) * 10 + (int(_CN_DIGITS[ones]) if ones else 0)


# URL paths: /2026-06/07/, /2026/7/13/, /2026/0609/, /20260607/, t20260605_1401286.html
_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_](\d{1,2})[-/_](\d{1,2})(?!\d)")
_URL_Y_MMDD = re.compile(r"(?<!\d)((?:19|20)\d{2})/(\d{2})(\d{2})(?!\d)")
_URL_YYYYMM_DD = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})[-/_](\d{2})(?!\d)")
_URL_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
# A timestamp id such as 20250613101520331975208: the day, then a valid HHMMSS.
_URL_STAMP = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*")
_URL_PATTERNS = (_URL_COMPACT, _URL_YMD, _URL_Y_MMDD, _URL_YYYYMM_DD, _URL_STAMP)


def date_from_url(url: str | None) -> date | None:
    """Return the publication day written in a URL path, or None.

    The most specific date wins: an 8-digit ``t20260605`` beats the month folder ``/202606/``;
    when several full dates appear, the last one (closest to the file name) is used.
    """
    if not url:
        return None
    parts = urlsplit(url)
    path = unquote(parts.path if parts.scheme or parts.netloc else url.split("?")[0])
    hits: list[tuple[int, date]] = []
    for pattern in _URL_PATTERNS:
        for m in pattern.finditer(path):
            day = _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if day is not None:
                hits.append((m.end(), day))
    if not hits:
        return None
    return max(hits, key=lambda h: h[0])[1]
