"""The worker mode: collection and extraction on worker processes, on as many machines as needed.

    dailybrief run --db postgresql://… --broker redis://…       the coordinator
      └─ Redis (Dramatiq's broker) ─→ dailybrief worker --db postgresql://… --broker redis://…
                                        (any number, on any machine that reaches both)

Workers discover sources and fetch, store and extract pages into the shared PostgreSQL
database (`tasks`); the coordinator sends the day's tasks, waits for them and then analyses,
writes and renders the brief itself, as a single-machine run does (`coordinator`). Optional:
it needs `pip install 'dailybrief[workers]'`; without --broker nothing here is imported.
See docs/scale.md for when a deployment needs it.
"""

from __future__ import annotations

from .broker import check_url, redis_client, shown
from .coordinator import Distributed

__all__ = ["Distributed", "check_url", "redis_client", "shown"]
