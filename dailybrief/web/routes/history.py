"""Day after day in the workbench: a draft compared with the last published brief, and the
指标 page that charts each tracked figure over time (server-side SVG from pygal)."""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...curation import standing_revision
from ...store import Store
from ...text import cn_numeral
from .deps import User, page, parse_day

router = APIRouter()

MIN_POINTS = 2  # an indicator is charted once it has two values
# The chart is a separate SVG document shown with <img>: scripts never run there, and its
# own inline styles need this narrower policy than the pages' style-src 'self'.
SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'"
CHART_FONT = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif"


# --- the diff against the last published brief ---------------------------------------------


def brief_lines(data: Mapping[str, Any]) -> list[str]:
    """Return a brief dict as the lines an analyst compares: summary, sections, references."""
    lines = [f"摘要：{data.get('summary', '')}"]
    for i, section in enumerate(data.get("sections", ()), 1):
        lines.append(f"{cn_numeral(i)}、{section.get('title', '')}")
        lines.extend(p for p in section.get("paragraphs", ()) if p.strip())
    refs = {int(r["n"]): r for r in data.get("references", ())}
    lines.extend(f"[{n}] {r.get('publisher', '')}：{r.get('title', '')}" for n, r in sorted(refs.items()))
    return lines


def line_diff(old: Sequence[str], new: Sequence[str]) -> list[tuple[str, str]]:
    """Return (op, line) with op one of ' ', '+', '-' (difflib's opcodes, line by line)."""
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            out.extend((" ", line) for line in old[i1:i2])
            continue
        out.extend(("-", line) for line in old[i1:i2])
        out.extend(("+", line) for line in new[j1:j2])
    return out


def last_published(store: Store, day: date, other_than: int | None) -> dict[str, Any] | None:
    """Return the day's latest published revision (if it is not the one compared), else the
    latest published revision of an earlier day."""
    own = [r for r in store.brief_revisions(day) if r["status"] == "published"
           and r["revision"] != other_than]
    if own:
        return own[-1]
    for row in store.brief_overview():
        earlier = date.fromisoformat(row["brief_date"])
        if earlier < day and row["published"]:
            return store.brief_revision(earlier, int(row["published"]))
    return None


@router.get("/day/{day_text}/diff")
def diff_page(request: Request, day_text: str, user: User, revision: int | None = None) -> Response:
    day = parse_day(day_text)
    store = request.app.state.store
    revisions = store.brief_revisions(day)
    current = (next((r for r in revisions if r["revision"] == revision), None)
               if revision is not None else standing_revision(revisions))
    if current is None:
        raise HTTPException(status_code=404, detail=f"{day} 没有这份简报")
    base = last_published(store, day, int(current["revision"]))
    rows = line_diff(brief_lines(base["brief"]) if base else [], brief_lines(current["brief"]))
    return page(request, "diff.html", {
        "day": day, "current": current, "base": base, "rows": rows,
        "added": sum(op == "+" for op, _ in rows), "removed": sum(op == "-" for op, _ in rows),
    })


# --- tracked figures --------------------------------------------------------------------------


def indicator_series(points: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Return each (indicator, unit) with MIN_POINTS or more distinct values, its points by date."""
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for p in points:
        groups.setdefault((p["indicator"], p["unit"]), []).append(p)
    out = []
    for (indicator, unit), pts in sorted(groups.items()):
        if len({p["value"] for p in pts}) < MIN_POINTS:
            continue
        pts = sorted(pts, key=lambda p: (p["published"], p["brief_date"], p["url"]))
        out.append({"indicator": indicator, "unit": unit, "points": pts})
    return out


def chart_svg(indicator: str, unit: str, points: Sequence[Mapping[str, Any]]) -> bytes:
    """Return an SVG line chart of one indicator's values by publication date (no scripts)."""
    import pygal
    from pygal.style import Style

    style = Style(font_family=CHART_FONT, background="white", plot_background="white",
                  colors=("#1d4ed8",), title_font_size=16, label_font_size=12,
                  major_label_font_size=12, value_font_size=11)
    chart = pygal.DateLine(js=[], style=style, width=720, height=320, show_legend=False,
                           x_label_rotation=0, print_values=True, dots_size=4, truncate_label=-1,
                           show_minor_x_labels=False, x_labels=sorted({p["published"] for p in points}),
                           title=f"{indicator}（{_unit_label(unit)}）",
                           x_value_formatter=lambda d: d.strftime("%m-%d"))
    chart.add(indicator, [(p["published"], _scaled(p["value"], unit)) for p in points])
    return _without_scripts(chart.render())


def _without_scripts(svg: bytes) -> bytes:
    """Return the SVG without pygal's inline config <script> (inert in an <img>, but the
    chart needs no script at all)."""
    from lxml import etree

    root = etree.fromstring(svg)
    for node in root.xpath("//*[local-name()='script']"):
        node.getparent().remove(node)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8")


SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}


def _scaled(value: float, unit: str) -> float:
    """Return a value in its unit's own scale (figures store 8560万千瓦 as 8.56e7)."""
    for prefix, factor in SCALES.items():
        if unit.startswith(prefix):
            return round(value / factor, 4)
    return value


def _unit_label(unit: str) -> str:
    return unit or "数值"


@router.get("/indicators")
def indicators_page(request: Request, user: User) -> Response:
    series = indicator_series(request.app.state.store.figure_points())
    return page(request, "indicators.html", {"series": series, "scaled": _scaled})


@router.get("/indicators/chart.svg")
def indicator_chart(request: Request, user: User, indicator: str, unit: str = "") -> Response:
    points = [p for p in request.app.state.store.figure_points([indicator]) if p["unit"] == unit]
    if not points:
        raise HTTPException(status_code=404, detail=f"没有指标 {indicator}")
    return Response(chart_svg(indicator, unit, points), media_type="image/svg+xml",
                    headers={"Content-Security-Policy": SVG_CSP})
