"""The banners every workbench page shows: deliveries that failed, sources in trouble."""

from __future__ import annotations

from typing import Any

from ..store import Store

MAX_BANNERS = 5


def banners(store: Store, settings: Any) -> list[dict[str, str]]:
    """Return the banners to show now: {kind, text, href}."""
    out = []
    failed = store.undelivered(limit=20)
    if failed:
        days = sorted({f["brief_date"] for f in failed}, reverse=True)
        out.append({"kind": "error", "href": "/deliveries#failed-deliveries",
                    "text": f"{len(failed)} 个推送失败（{'、'.join(days[:3])}）：查看并重新推送"})
    from ..monitor.alarms import source_alarms

    for alarm in source_alarms(store, settings)[:MAX_BANNERS]:
        out.append({"kind": "warn", "href": f"/sources#source-{alarm.source_id}", "text": alarm.text})
    return out
