"""Sources of kind `file`: a folder of saved pages, read as if fetched."""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from email.utils import formatdate
from pathlib import Path

from ..models import Page, Reason, Rejection, Source, Stage

log = logging.getLogger(__name__)

PAGE_SUFFIXES = (".html", ".htm")


def collect_folder(source: Source, *, max_bytes: int) -> tuple[list[Page], list[Rejection]]:
    """Return one Page (url file:///abs/path, status 200) per *.html/*.htm file under the folder."""
    folder = Path(source.url).expanduser()
    if not folder.is_dir():
        return [], [Rejection(folder.as_posix(), Stage.DISCOVER, Reason.NOT_FOUND,
                              f"folder {folder} does not exist", source.id)]
    pages: list[Page] = []
    rejections: list[Rejection] = []
    for path in sorted(p for p in folder.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES):
        if not path.is_file():
            continue
        url = path.resolve().as_uri()
        try:
            stat = path.stat()
            if stat.st_size > max_bytes:
                rejections.append(Rejection(url, Stage.FETCH, Reason.TOO_LARGE,
                                            f"{stat.st_size} bytes, limit {max_bytes}", source.id))
                continue
            body = path.read_bytes()
        except OSError as exc:
            rejections.append(Rejection(url, Stage.FETCH, Reason.NOT_FOUND, f"cannot read {path}: {exc.strerror or exc}", source.id))
            continue
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
