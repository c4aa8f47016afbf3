"""What runs by the clock leave behind: each source's outcome per run, and deliveries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from ..models import SourceOutcome
from .connection import StoreBase, iso_day, now_iso

OUTCOME_KEYS = ("run_id", "source_id", "brief_date", "at", "outcome", "pages", "reason", "detail")
DELIVERY_KEYS = ("id", "brief_date", "revision", "kind", "channel", "at", "attempts", "status",
                 "detail")


class MonitorMixin(StoreBase):
    """The source_outcomes and deliveries tables."""

    # -- source outcomes

    def save_source_outcomes(
        self, run_id: int | None, brief_date: date, outcomes: Sequence[SourceOutcome]
    ) -> None:
        now = now_iso()
        with self._transaction("store source outcomes") as conn:
            conn.executemany(
                "INSERT INTO source_outcomes (run_id, source_id, brief_date, at, outcome, pages,"
                " reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(run_id, o.source_id, iso_day(brief_date), now, str(o.kind), o.pages, o.reason,
                  o.detail) for o in outcomes],
            )

    def source_history(self, source_id: str, limit: int = 30) -> list[dict[str, Any]]:
        """Return the source's latest outcomes, newest first."""
        with self._read(f"read the history of source {source_id!r}") as conn:
            rows = conn.execute(
                f"SELECT {', '.join(OUTCOME_KEYS)} FROM source_outcomes WHERE source_id = ?"
                " ORDER BY id DESC LIMIT ?",
                (source_id, limit),
            ).fetchall()
        return [dict(zip(OUTCOME_KEYS, r, strict=True)) for r in rows]

    def source_histories(self, limit: int = 30) -> dict[str, list[dict[str, Any]]]:
        """Return source id → its latest outcomes, newest first, for every source with any."""
        with self._read("read source ids") as conn:
            ids = [r[0] for r in conn.execute("SELECT DISTINCT source_id FROM source_outcomes")]
        return {sid: self.source_history(sid, limit) for sid in sorted(ids)}

    # -- deliveries

    def record_delivery(
        self, brief_date: date, channel: str, status: str, *, revision: int | None = None,
        kind: str = "brief", attempts: int = 1, detail: str = "",
    ) -> int:
        """Record one delivery to one channel (sent or failed after `attempts` tries)."""
        with self._transaction("record a delivery") as conn:
            cur = conn.execute(
                "INSERT INTO deliveries (brief_date, revision, kind, channel, at, attempts, status,"
                " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (iso_day(brief_date), revision, kind, channel, now_iso(), attempts, status,
                 detail[:500]),
            )
            return int(cur.lastrowid or 0)

    def deliveries(self, brief_date: date | None = None, limit: int = 100) -> list[dict[str, Any]]:
        """Return deliveries (of one day, if given), newest first."""
        where, params = "", []
        if brief_date is not None:
            where, params = " WHERE brief_date = ?", [iso_day(brief_date)]
        with self._read("read deliveries") as conn:
            rows = conn.execute(
                f"SELECT {', '.join(DELIVERY_KEYS)} FROM deliveries{where} ORDER BY id DESC LIMIT ?",
                [*params, limit],
            ).fetchall()
        return [dict(zip(DELIVERY_KEYS, r, strict=True)) for r in rows]

    def undelivered(self, limit: int = 50) -> list[dict[str, Any]]:
        """Return the latest delivery per (day, kind, channel) whose last attempt failed."""
        with self._read("read failed deliveries") as conn:
            rows = conn.execute(
                f"SELECT {', '.join('d.' + k for k in DELIVERY_KEYS)} FROM deliveries AS d"
                " WHERE d.id = (SELECT max(e.id) FROM deliveries AS e WHERE e.brief_date ="
                " d.brief_date AND e.kind = d.kind AND e.channel = d.channel)"
                " AND d.status = 'failed' ORDER BY d.id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [dict(zip(DELIVERY_KEYS, r, strict=True)) for r in rows]

