"""Markdown and standalone HTML renderers (jinja2 templates, no external assets)."""

from __future__ import annotations

import html
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from ..models import Brief
from ..text import cn_numeral, format_cn_date


def book_title(title: str) -> str:
    """Return 《title》, or the title as is when it already holds 《…》 (no nested marks)."""
    return title if "《" in title else f"《{title}》"


@lru_cache(maxsize=2)
def _env(autoescape: bool) -> Environment:
    env = Environment(
        loader=PackageLoader("dailybrief.render", "templates"),
        autoescape=select_autoescape(["html", "html.j2"]) if autoescape else False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["cn_ordinal"] = cn_numeral
    env.filters["book_title"] = book_title
    env.filters["md_url"] = markdown_url
    if not autoescape:  # Markdown: scraped text and source names may carry live HTML
        env.finalize = _markdown_escape
    return env


def _markdown_escape(value: Any) -> Any:  # noqa: ANN401 - any template value
    """Return value with HTML neutralised for Markdown (entities, which Markdown shows as text)."""
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, str):
        return html.escape(value, quote=False)
    return value


def markdown_url(url: str) -> Markup:
    """Return url safe inside a Markdown autolink <…> (no <, >, quote or whitespace)."""
    return Markup(quote(url, safe="/:?#[]@!$&'()*+,;=%~-._"))


def _context(brief: Brief, brand: Any) -> dict[str, Any]:
    organisations = list(getattr(brand, "organisations", None) or [])
    return {"brief": brief, "cn_date": format_cn_date(brief.day), "organisations": organisations,
            "refs": {r.n: r for r in brief.references}}


def render_markdown(brief: Brief, brand: Any = None) -> str:
    return _env(False).get_template("brief.md.j2").render(**_context(brief, brand))


def render_html(brief: Brief, brand: Any = None) -> str:
    return _env(True).get_template("brief.html.j2").render(**_context(brief, brand))
