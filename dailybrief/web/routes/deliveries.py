"""Deliveries: every brief and alarm sent to a channel (when, how many attempts, the result),
sending again what failed, and starting the delivery of a revision once it is published."""

from __future__ import annotations

import logging
import threading
from datetime import date

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import Response

from ...deliver import configured_channels
from ...deliver.publish import push_revision
from ...errors import BriefError
from .deps import Editor, User, back, flash, get_settings, get_store, page, parse_day, read_form

log = logging.getLogger(__name__)
router = APIRouter()


def channel_count(app: FastAPI) -> int:
    """Return how many channels are configured (0 when the setting is unusable)."""
    try:
        return len(configured_channels(app.state.settings))
    except BriefError:
        return 0


def deliver_in_background(app: FastAPI, day: date, revision: int,
                          only: list[str] | None = None) -> threading.Thread | None:
    """Send a revision to the configured channels in a thread; every outcome is recorded."""
    if not channel_count(app):
        return None

    def work() -> None:
        try:
            push_revision(app.state.store, day, app.state.settings, app.state.out_dir,
                          revision=revision, only=only)
        except BriefError as exc:
            log.warning("delivery of %s r%d: %s", day, revision, exc)
            for channel in configured_channels(app.state.settings):
                if only is None or channel.label in only:
                    app.state.store.record_delivery(day, channel.label, "failed",
                                                    revision=revision, detail=str(exc))

    thread = threading.Thread(target=work, name=f"deliver-{day}-r{revision}", daemon=True)
    app.state.deliveries.append(thread)
    thread.start()
    return thread


@router.get("/deliveries")
def deliveries_page(request: Request, user: User) -> Response:
    store = get_store(request)
    try:
        channels = [c.label for c in configured_channels(get_settings(request))]
        problem = ""
    except BriefError as exc:
        channels, problem = [], str(exc)
    return page(request, "deliveries.html", {
        "rows": store.deliveries(limit=200), "failed": store.undelivered(),
        "channels": channels, "problem": problem,
    })


@router.post("/deliveries/retry")
async def retry(request: Request, user: Editor) -> Response:
    form = await read_form(request)
    day = parse_day(form.get("day", ""))
    store = get_store(request)
    failed = [f for f in store.undelivered() if f["brief_date"] == day.isoformat()
              and f["kind"] == "brief" and (not form.get("channel") or f["channel"] == form["channel"])]
    by_revision: dict[int, list[str]] = {}
    for f in failed:
        by_revision.setdefault(int(f["revision"] or 0), []).append(f["channel"])
    for revision, labels in by_revision.items():
        if revision:
            deliver_in_background(request.app, day, revision, labels)
    flash(request, f"正在重新推送 {sum(len(v) for v in by_revision.values())} 个渠道；结果见下表")
    return back("/deliveries")
