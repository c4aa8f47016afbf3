"""What the raw document says about itself: <title>, meta tags and script/attribute dates.

Read before the body is cleaned (cleaning drops <head> and <script>); the headline, date
and source rules in headline.py, published.py and source.py consult these facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from lxml import html

from ..dates import CHINA_TZ, DateHit, find_dates
from .dom import element_text, norm_space

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
