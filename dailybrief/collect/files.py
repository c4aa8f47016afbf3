"""Sources of kind `file`: a folder of saved pages, read as if fetched.

The folder is walked without following symlinked folders, in name order, and read within
bounds: at most `max_files` pages, each up to `max_bytes`, `max_total_bytes` in all. A
workbench-added source (`contain`) also skips files whose real path leaves the folder.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path

from ..models import Page, Reason, Rejection, Source, Stage
from .guard import inside

log = logging.getLogger(__name__)

PAGE_SUFFIXES = (".html", ".htm")


def _page_files(folder: Path) -> Iterator[Path]:
    """Yield the .html/.htm files under folder in a stable order (symlinked folders not entered)."""
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(PAGE_SUFFIXES):
                yield Path(root) / name


def collect_folder(
    source: Source,
    *,
    max_bytes: int,
    max_files: int = 2000,
    max_total_bytes: int = 200_000_000,
    contain: bool | None = None,
) -> tuple[list[Page], list[Rejection]]:
    """Return one Page (url file:///abs/path, status 200) per *.html/*.htm file under the folder."""
    folder = Path(source.url).expanduser()
    if not folder.is_dir():
        return [], [Rejection(folder.as_posix(), Stage.DISCOVER, Reason.NOT_FOUND,
                              f"folder {folder} does not exist", source.id)]
    contain = source.guarded if contain is None else contain
    real_folder = folder.resolve()
    pages: list[Page] = []
    rejections: list[Rejection] = []
    total = 0
    for path in _page_files(folder):
        if len(pages) >= max(0, max_files):
            rejections.append(Rejection(folder.as_posix(), Stage.DISCOVER, Reason.TOO_LARGE,
                                        f"more than {max_files} page files; only the first {max_files} are read",
                                        source.id))
            break
        if not path.is_file():
            continue
        url = path.resolve().as_uri()
        if contain and not inside(path, (real_folder,)):
            rejections.append(Rejection(url, Stage.FETCH, Reason.BLOCKED,
                                        f"refused: {path} leads outside {real_folder}", source.id))
            continue
        try:
            stat = path.stat()
            if stat.st_size > max_bytes:
                rejections.append(Rejection(url, Stage.FETCH, Reason.TOO_LARGE,
                                            f"{stat.st_size} bytes, limit {max_bytes}", source.id))
                continue
            if total + stat.st_size > max_total_bytes:
                rejections.append(Rejection(folder.as_posix(), Stage.DISCOVER, Reason.TOO_LARGE,
                                            f"the folder holds more than {max_total_bytes} bytes of pages; "
                                            f"reading stopped at {path.name}", source.id))
                break
            body = path.read_bytes()[:max_bytes]
        except OSError as exc:
            rejections.append(Rejection(url, Stage.FETCH, Reason.NOT_FOUND, f"cannot read {path}: {exc.strerror or exc}", source.id))
            continue
        total += len(body)
        pages.append(Page(
            url=url,
            final_url=url,
            source_id=source.id,
            status=200,
            content_type="text/html",
            body=body,
            sha256=hashlib.sha256(body).hexdigest(),
            fetched_at=datetime.now(UTC),
            last_modified=formatdate(stat.st_mtime, usegmt=True),
        ))
    if not pages and not rejections:
        log.info("source %s: no .html/.htm files under %s", source.id, folder)
    return pages, rejections
