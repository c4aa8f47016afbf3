"""The one-screen run summary printed at the end of `dailybrief run`."""

from __future__ import annotations

from collections import Counter, defaultdict
from urllib.parse import urlsplit

from .models import REASON_LABELS, OutcomeKind
from .monitor.outcomes import STATUS_NOTHING, STATUS_PARTIAL
from .pipeline import RunReport

MAX_EXAMPLES_PER_REASON = 3
MAX_WRITER_LINES = 12


def format_report(report: RunReport) -> str:
    """Return the run summary: fetches, rejections and why, storylines, sections, timings."""
    c = report.stats.counts
    lines = [f"dailybrief run for {report.day}  (run #{report.run_id})", ""]
    kept = f", {c['fetch/not_requested']} of them not asked again" if c.get("fetch/not_requested") else ""
    lines.append(
        f"pages fetched    {c.get('pages/fetched', 0)}  "
        f"(new versions stored {c.get('store/pages/new', 0)}, not modified {c.get('fetch/not_modified', 0)}{kept})"
    )
    lines.append(f"articles         {c.get('articles/extracted', 0)} extracted, "
                 f"{c.get('articles/relevant', 0)} relevant and in the window")
    lines.extend(_source_lines(report))
    lines.extend(_rejection_lines(report))
    lines.append("")
    lines.append(f"storylines found {len(report.stories)}")
    for i, story in enumerate(report.stories[:10], 1):
        mark = "*" if i <= c.get("sections", 0) else " "
        lines.append(f" {mark}{i:2}. [{story.score:5.2f}] {story.title[:40]}  "
                     f"({len(story.articles)} page(s), {story.original.publisher})")
    brief = report.brief
    if brief is not None:
        lines.append("")
        lines.append(f"sections written {len(brief.sections)}, references {len(brief.references)}, "
                     f"deadlines {len(brief.deadlines)}, facts {len(brief.facts)}")
    if report.writer_usage:
        lines.append("writer usage     " + ", ".join(
            f"{k} {v:g}" for k, v in report.writer_usage.items()))
    for note in report.writer_log[:MAX_WRITER_LINES]:
        lines.append(f"  writer: {note[:150]}")
    if len(report.writer_log) > MAX_WRITER_LINES:
        lines.append(f"  writer: … {len(report.writer_log) - MAX_WRITER_LINES} more in brief.json notes")
    for note in report.stats.messages[:5]:
        lines.append(f"  note: {note}")
    if report.files:
        lines.append("")
        lines.append("files            " + "  ".join(str(p) for p in report.files.values()))
    timings = report.stats.timings
    if timings:
        render_total = sum(v for k, v in timings.items() if k.startswith("render/"))
        parts = [f"{k} {v:.2f}s" for k, v in timings.items() if not k.startswith("render")]
        parts.append(f"render {render_total:.2f}s ("
                     + ", ".join(f"{k[7:]} {v:.2f}s" for k, v in timings.items() if k.startswith("render/"))
                     + ")")
        lines.append("time             " + ", ".join(parts))
    return "\n".join(lines)


def _rejection_lines(report: RunReport) -> list[str]:
    by_reason: dict[str, list[str]] = defaultdict(list)
    for r in report.rejections:
        where = _short_url(r.url)
        by_reason[f"{r.stage}/{r.reason}"].append(f"{where}: {r.detail}" if r.detail else where)
    counts = Counter({k: len(v) for k, v in by_reason.items()})
    lines = [f"rejected         {sum(counts.values())}"]
    for key, n in counts.most_common():
        reason = key.split("/", 1)[1]
        lines.append(f"  {REASON_LABELS.get(reason, reason)}（{key}）".ljust(36) + f" {n}")
        lines.extend(f"      {ex[:160]}" for ex in by_reason[key][:MAX_EXAMPLES_PER_REASON])
    return lines


def _short_url(url: str) -> str:
    """Return host and path of a URL, its middle elided when long, so the reason stays visible."""
    parts = urlsplit(url)
    text = (parts.netloc.split(":")[0] + parts.path) if parts.netloc else url
    return text if len(text) <= 70 else text[:40] + "…" + text[-25:]


OUTCOME_LABELS = {OutcomeKind.OK: "正常", OutcomeKind.EMPTY: "无文章", OutcomeKind.FAILED: "失败"}


def _source_lines(report: RunReport) -> list[str]:
    """Return one line per source that did not give pages, after a count of those that did."""
    if not report.outcomes:
        return []
    ok = sum(1 for o in report.outcomes if o.kind is OutcomeKind.OK)
    lines = [f"sources          {ok} of {len(report.outcomes)} gave pages"]
    for o in report.outcomes:
        if o.kind is not OutcomeKind.OK:
            label = REASON_LABELS.get(o.reason, o.reason)
            lines.append(f"  {OUTCOME_LABELS[o.kind]} {o.source_id}: {label}（{o.reason}）"
                         f"{' ' + o.detail[:120] if o.detail else ''}")
    return lines


def status_line(report: RunReport, *, strict: bool = False) -> str:
    """Return the one line printed on stderr when the run was not fully ok."""
    if report.status == STATUS_NOTHING:
        return ("error: no page could be fetched from any source; no brief was written for "
                f"{report.day} (exit 4)")
    if report.status == STATUS_PARTIAL:
        failed = [o.source_id for o in report.outcomes if o.kind is OutcomeKind.FAILED]
        return (f"warning: {len(failed)} source(s) failed ({', '.join(failed)}); the brief was "
                "written from the others" + (" (exit 3)" if strict else ""))
    return f"run status: {report.status}"
