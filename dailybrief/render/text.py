"""Markdown and standalone HTML renderers (jinja2 templates, no external assets)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ..models import Brief

CN_NUMERALS = "一二三四五六七八九十"


def cn_ordinal(i: int) -> str:
    """Return 一、二、… for 1, 2, … (up to 20)."""
    if i <= 10:
        return CN_NUMERALS[i - 1]
    return "十" + CN_NUMERALS[i - 11] if i < 20 else "二十"


def book_title(title: str) -> str:
    """Return 《title》, or the title as is when it already holds 《…》 (no nested marks)."""
    return title if "《" in title else f"《{title}》"


def cn_date(brief: Brief) -> str:
    d = brief.day
    return f"{d.year} 年 {d.month} 月 {d.day} 日"


@lru_cache(maxsize=2)
def _env(autoescape: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("dailybrief.render", "templates"),
        autoescape=select_autoescape(["html", "html.j2"]) if autoescape else False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cn_ordinal"] = cn_ordinal
    env.filters["book_title"] = book_title
    return env


def _context(brief: Brief, brand: Any) -> dict[str, Any]:
    organisations = list(getattr(brand, "organisations", None) or [])
    return {"brief": brief, "cn_date": cn_date(brief), "organisations": organisations,
            "refs": {r.n: r for r in brief.references}}


def render_markdown(brief: Brief, brand: Any = None) -> str:
    return _env(False).get_template("brief.md.j2").render(**_context(brief, brand))


def render_html(brief: Brief, brand: Any = None) -> str:
    return _env(True).get_template("brief.html.j2").render(**_context(brief, brand))
