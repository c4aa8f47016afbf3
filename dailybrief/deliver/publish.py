"""Delivering a stored brief revision: find it, make sure its PDF exists, send it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import DeliveryError
from ..models import brief_from_dict
from ..render import FILENAMES, render_brief
from ..settings import Settings
from ..store import Store
from .channels import configured_channels
from .send import DeliveryResult, brief_link, deliver_brief


def revision_to_send(store: Store, day: date, revision: int | None) -> dict[str, Any]:
    """Return the stored revision to send: the one asked for, else the latest published."""
    if revision is not None:
        record = store.brief_revision(day, revision)
        if record is None:
            raise DeliveryError(f"{store.path}: no brief {day} revision {revision}")
        return record
    published = [r for r in store.brief_revisions(day) if r["status"] == "published"]
    if not published:
        raise DeliveryError(f"{store.path}: no published brief for {day}; publish it in the "
                            "workbench first, or name a revision with --revision N")
    return published[-1]


def revision_pdf(record: dict[str, Any], out_dir: Path) -> Path:
    """Return the revision's PDF under out_dir/DAY/rN/ (where the workbench keeps it), rendering
    it first if it is not there (written to a temporary name, then moved into place)."""
    folder = out_dir / str(record["brief_date"]) / f"r{record['revision']}"
    target = folder / FILENAMES["pdf"]
    if target.is_file():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    data = dict(record["brief"])
    for section in data.get("sections", []):
        section["paragraphs"] = [p for p in section.get("paragraphs", []) if p.strip()]
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        paths, _ = render_brief(brief_from_dict(data), Path(tmp), ["pdf"])
        os.replace(paths["pdf"], target)
    return target


def push_revision(
    store: Store, day: date, settings: Settings, out_dir: Path, *, revision: int | None = None,
    only: Sequence[str] | None = None,
) -> list[DeliveryResult]:
    """Send a stored revision (default: the latest published) to the configured channels."""
    if not configured_channels(settings):
        raise DeliveryError("no delivery channel is configured: set DAILYBRIEF_DELIVER_URLS "
                            "(or deliver_urls in a settings file outside the repository); "
                            "see docs/delivery.md")
    record = revision_to_send(store, day, revision)
    pdf = revision_pdf(record, out_dir)
    rev = int(record["revision"])
    return deliver_brief(store, record["brief"], settings, revision=rev, pdf=pdf,
                         link=brief_link(settings, day, rev), only=only)


RETRY_DAYS = 2
MAX_FAILED_ROUNDS = 5


def retry_failed(store: Store, settings: Settings, out_dir: Path, today: date) -> list[DeliveryResult]:
    """Send again each brief whose latest delivery to a channel failed (briefs of the last
    RETRY_DAYS days, each channel given up after MAX_FAILED_ROUNDS failed rounds)."""
    configured = {c.label for c in configured_channels(settings)}
    rounds: dict[tuple[str, str], int] = {}
    for d in store.deliveries(limit=1000):
        if d["kind"] == "brief" and d["status"] == "failed":
            rounds[(d["brief_date"], d["channel"])] = rounds.get((d["brief_date"], d["channel"]), 0) + 1
    due: dict[tuple[date, int], list[str]] = {}
    for f in store.undelivered(limit=200):
        day = date.fromisoformat(f["brief_date"])
        if (f["kind"] != "brief" or not f["revision"] or f["channel"] not in configured
                or (today - day).days > RETRY_DAYS
                or rounds.get((f["brief_date"], f["channel"]), 0) >= MAX_FAILED_ROUNDS):
            continue
        due.setdefault((day, int(f["revision"])), []).append(f["channel"])
    results: list[DeliveryResult] = []
    for (day, revision), labels in sorted(due.items()):
        results += push_revision(store, day, settings, out_dir, revision=revision, only=labels)
    return results
