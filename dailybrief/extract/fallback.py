"""The libraries as a last resort: trafilatura for a body our rules miss, htmldate for a date.

Both run only when the generic rules find nothing, because on Chinese pages they err in
known ways (htmldate reads 2026年6月3日 as 2026-01-01; trafilatura keeps related headlines
and footers). Their output goes through the same line filters as ours.
"""

from __future__ import annotations

import logging
from datetime import date

from .body import clean_lines, line_score
from .dom import Line, squash_space

log = logging.getLogger(__name__)


def library_body(html_text: str, *, drop: frozenset[str] = frozenset()) -> str:
    """Return trafilatura's body text, filtered, or '' when it holds no prose either.

    Lines whose squashed text is in `drop` (the page's link texts, its headline) are removed.
    """
    import trafilatura  # imported on first use: it is slow to load and rarely needed

    try:
        doc = trafilatura.bare_extraction(
            html_text, fast=True, include_comments=False, include_tables=True, with_metadata=False
        )
    except Exception as exc:  # a library failure must not lose the page
        log.debug("trafilatura failed: %s", exc)
        return ""
    text = getattr(doc, "text", None) or ""
    lines = [Line(t.strip(), 0, "p") for t in text.splitlines() if t.strip() and squash_space(t) not in drop]
    if not any(line_score(line) for line in lines):
        return ""
    return "\n".join(clean_lines(lines))


def library_date(html_text: str) -> date | None:
    """Return the date htmldate reads from the page's markup only (no text guessing), or None."""
    import htmldate  # imported on first use: it is slow to load and rarely needed

    try:
        found = htmldate.find_date(html_text, extensive_search=False, original_date=True)
    except Exception as exc:  # a library failure must not lose the page
        log.debug("htmldate failed: %s", exc)
        return None
    try:
        return date.fromisoformat(found) if found else None
    except ValueError:
        return None
