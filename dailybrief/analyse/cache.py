"""An analysis whose inputs did not change is not redone: results keyed by content hashes.

The key is a sha256 over the code that analyses (this package and the shared modules it reads),
the brief date, the settings, the topics and every article's content (url, source, headline,
text, date, publisher …), so any change to any input, or an upgrade that changes the rules,
gives another key. Results are kept as pickles in a cache folder beside the database (the
program's own files, never read from elsewhere); only the latest few are kept.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ..models import Article
from ..settings import Settings

log = logging.getLogger(__name__)

KEEP = 4  # cached analyses kept (the latest ones)


@cache
def code_fingerprint() -> str:
    """Return a hash of the analysing code's source (this package and the shared modules it
    reads: models, text, urls), so a cached result never outlives the rules that made it."""
    package = Path(__file__).parent
    shared = (package.parent / name for name in ("models.py", "text.py", "urls.py"))
    h = hashlib.sha256()
    for path in sorted((*package.glob("*.py"), *shared)):
        h.update(path.name.encode() + b"\x00" + path.read_bytes())
    return h.hexdigest()


def analysis_key(articles: Sequence[Article], day: date, settings: Settings, topics: Any) -> str:
    """Return the content hash of everything an analysis reads."""
    h = hashlib.sha256()
    h.update(f"{code_fingerprint()}\x00{day.isoformat()}\x00{settings!r}\x00{topics!r}".encode())
    for a in articles:
        fields = (a.url, a.source_id, a.title, a.text, a.published.isoformat(), a.publisher,
                  a.publisher_en, str(a.authority), a.stated_source or "", a.sha256, a.site_name,
                  a.doc_number, a.attached_to)
        h.update("\x1f".join(fields).encode("utf-8"))
        h.update(b"\x1e")
    return h.hexdigest()


def cached(folder: Path, key: str, compute: Callable[[], Any]) -> tuple[Any, bool]:
    """Return (the result stored under key, True), or compute, store and return (it, False)."""
    path = folder / f"analysis-{key}.pickle"
    try:
        with path.open("rb") as f:
            result = pickle.load(f)
        os.utime(path)
        return result, True
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
        log.warning("%s: unreadable cached analysis (%s); analysing again", path, exc)
    result = compute()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".tmp", delete=False) as f:
            pickle.dump(result, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
        _prune(folder)
    except OSError as exc:
        log.warning("%s: cannot keep the analysis (%s)", folder, exc)
    return result, False


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("analysis-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in entries[KEEP:]:
        old.unlink(missing_ok=True)
