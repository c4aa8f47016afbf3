"""What a feed or list page gave, remembered by everything its parse read.

A re-run of a day finds its feeds and list pages unchanged (304, or the bytes stored last
run) and would parse them again only to get the same links: on a 10k-page day of 358 sources
that is most of what a re-run's worker processes do. So each parse is kept with a hash of
its inputs (the parsing code, the bytes, the URL they came from, the source's settings, the
content type and the reference day that gives list dates their year), and reused only when
that hash is the same. Pure functions; the store keeps the rows.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ..models import Link, Reason, Rejection, Source, Stage
from .feeds import FeedResult
from .listpage import ListResult

# The modules a feed's or list page's parse reads (relative to the package root).
PARSE_CODE = ("collect/feeds.py", "collect/listpage.py", "collect/scriptdata.py", "collect/fetch.py",
              "extract/encoding.py", "dates.py", "urls.py", "text.py", "models.py")


@cache
def parse_fingerprint() -> str:
    """Return a hash of the parsing code, so a remembered parse never outlives its rules."""
    root = Path(__file__).parent.parent
    h = hashlib.sha256()
    for name in PARSE_CODE:
        h.update(name.encode() + b"\x00" + (root / name).read_bytes())
    return h.hexdigest()


def parse_inputs(body: bytes, final_url: str, source: Source, content_type: str | None,
                 reference_day: date | None) -> str:
    """Return the hash of everything parsing this feed or list page reads."""
    fields = (parse_fingerprint(), hashlib.sha256(body).hexdigest(), final_url, repr(source),
              content_type or "", reference_day.isoformat() if reference_day else "")
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def dump_parse(result: FeedResult | ListResult) -> str:
    """Return a parse result as JSON (links, notes and, for a feed, its rejected items)."""
    data: dict[str, Any] = {
        "kind": "feed" if isinstance(result, FeedResult) else "list",
        "links": [[link.url, link.source_id, link.title, link.found_on,
                   link.published_hint.isoformat() if link.published_hint else None] for link in result.links],
        "notes": list(result.notes),
    }
    if isinstance(result, FeedResult):
        data["rejections"] = [[r.url, str(r.stage), str(r.reason), r.detail, r.source_id] for r in result.rejections]
    else:
        data["encoding"] = result.encoding
    return json.dumps(data, ensure_ascii=False)


def load_parse(text: str) -> FeedResult | ListResult | None:
    """Return the parse result `dump_parse` wrote, or None if the text is not one."""
    try:
        data = json.loads(text)
        links = [Link(url, source_id, title, found_on, date.fromisoformat(hint) if hint else None)
                 for url, source_id, title, found_on, hint in data["links"]]
        notes = [str(n) for n in data["notes"]]
        if data["kind"] == "feed":
            rejections = [Rejection(url, Stage(stage), Reason(reason), detail, source_id)
                          for url, stage, reason, detail, source_id in data["rejections"]]
            return FeedResult(links=links, rejections=rejections, notes=notes)
        return ListResult(links=links, notes=notes, encoding=data.get("encoding"))
    except (ValueError, KeyError, TypeError):
        return None
