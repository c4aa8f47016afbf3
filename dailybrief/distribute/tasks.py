"""The worker's two tasks, run by Dramatiq worker processes (`dailybrief worker`).

    discover(run, source)      one source's feed or list page → its article links
                               (a folder source: its pages, stored and extracted here)
    fetch(run, batch, links)   fetch each link (and the further pages of a split article),
                               store each page as it comes, extract it, store its article

Each task holds its host's lease (a Redis key shared by all workers) while it fetches, so
the per-host politeness limit holds across machines; a task whose host is busy is retried a
moment later.

Both reuse the single-machine stage functions (collect's discovery and fetching, the
pipeline's PageFlow) and write to the shared database. Both can run twice for one message
(Dramatiq acknowledges a message when its task ends; a worker that dies mid-task has its
messages delivered again) and then store nothing twice: a page version is keyed by its
bytes, an article by its URL, an unchanged page is not extracted again, and the further
pages a batch claimed stay claimed by it. The result is JSON for the coordinator.

Set up in each worker process by `dailybrief.distribute.tasks:setup`, with the broker's
and the database's URLs in DAILYBRIEF_BROKER and DAILYBRIEF_DB (set by `dailybrief worker`).
"""

from __future__ import annotations

import logging
import os
import random
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from ..collect import discover_source, fetch_links
from ..errors import BrokerError
from ..models import Page, SourceKind
from ..pipeline import PageFlow, RunReport
from ..store import Store
from .broker import (
    DATABASE_ID,
    NAMESPACE,
    QUEUE,
    RunContext,
    SharedClaims,
    make_broker,
    read_context,
)
from .wire import link_from_wire, link_to_wire, outcome_to_wire, page_to_wire, rejection_to_wire

log = logging.getLogger(__name__)

DISCOVER = "dailybrief_discover"
FETCH = "dailybrief_fetch"
MAX_RETRIES = 3         # a task that raised (a host lease not free is no failure: it waits)
TASK_OPTIONS = {"queue_name": QUEUE, "store_results": True, "min_backoff": 1_000,
                "max_backoff": 60_000, "time_limit": 3_600_000}

_broker: Any = None  # this worker process's broker, made by setup()
_contexts: dict[str, RunContext] = {}
_lock = threading.Lock()


def declare(broker: Any) -> tuple[Any, Any]:
    """Return the discover and fetch actors declared on broker (the coordinator sends to
    them, the worker processes run them)."""
    import dramatiq

    options = {**TASK_OPTIONS, "retry_when": _retry}
    return (dramatiq.actor(discover, actor_name=DISCOVER, broker=broker, **options),
            dramatiq.actor(fetch, actor_name=FETCH, broker=broker, **options))


def _retry(retries: int, exc: BaseException) -> bool:
    """Retry a task whose host is busy as long as it takes; any other failure three times."""
    return bool(getattr(exc, "host_busy", False)) or retries < MAX_RETRIES


@contextmanager
def _host_lease(host: str, settings: Any) -> Iterator[None]:
    """Hold the lease of `host` across all workers while fetching from it, so the per-host
    limit (`per_host_concurrency` requests at a time, within the task) holds however many
    workers run; raise dramatiq.Retry (the message is retried soon) while another task holds it.
    A lease outlives a dead worker by twice the source deadline at most."""
    from dramatiq import Retry
    from dramatiq.rate_limits import ConcurrentRateLimiter
    from dramatiq.rate_limits.backends import RedisBackend

    ttl_ms = int(settings.source_deadline_s * 2000) + 60_000
    lease = ConcurrentRateLimiter(RedisBackend(client=_client()), f"{NAMESPACE}:host:{host}", limit=1, ttl=ttl_ms)
    with lease.acquire(raise_on_failure=False) as acquired:
        if not acquired:
            busy = Retry(f"host {host} is being fetched by another task", delay=random.randint(200, 1_000))
            busy.host_busy = True  # type: ignore[attr-defined]
            raise busy
        yield


def _client() -> Any:
    if _broker is None:
        raise BrokerError("this process has no broker: tasks run in `dailybrief worker` processes")
    return _broker.client


def _database() -> str:
    db = os.environ.get("DAILYBRIEF_DB", "")
    if not db:
        raise BrokerError("DAILYBRIEF_DB is not set: start workers with dailybrief worker --db … --broker …")
    return db


def _context(run_key: str) -> RunContext:
    with _lock:
        if run_key not in _contexts:
            context = read_context(_client(), run_key)
            if context is None:
                raise BrokerError(f"run {run_key}: its context is gone from the broker (expired?)")
            if len(_contexts) > 16:
                _contexts.clear()
            _contexts[run_key] = context
        return _contexts[run_key]


def _refusal(store: Store, context: RunContext) -> dict[str, Any] | None:
    """Return a refusal if this worker's database is not the coordinator's."""
    if store.get_meta(DATABASE_ID) == context.database:
        return None
    return {"refused": f"the worker's --db is not the database of the run (id {context.database});"
                       " start the workers with the coordinator's --db"}


class _Validators:
    """The stored (etag, last_modified) of the URLs asked about, read when first asked."""

    def __init__(self, store: Store, urls: Iterable[str]) -> None:
        self.store = store
        self.known = store.validators(urls)

    def get(self, url: str, default: tuple[None, None]) -> tuple[str | None, str | None] | tuple[None, None]:
        if url not in self.known:
            self.known.update(self.store.validators([url]) or {url: default})
        return self.known.get(url, default)


def _flowed(store: Store, context: RunContext, pages: Sequence[Page], fetch: Any) -> dict[str, Any]:
    """Run `fetch(on_page)` with each page it gives stored and extracted as it comes; return
    the articles, extraction rejections, counters and the pages left out (a 304 with nothing
    stored), as the coordinator needs them."""
    report = RunReport(day=context.day)
    flow = PageFlow(store, context.sources, context.settings, report, workers=1)
    result = fetch(flow.take)
    flow.flush()
    fetched = [*pages, *result.get("pages", [])]
    kept = {p.url for p in flow.kept(fetched)}
    articles = flow.finish()
    return {"articles": [a.url for a in articles],
            "extract_rejections": [rejection_to_wire(r) for r in report.rejections],
            "dropped": [p.url for p in fetched if p.url not in kept],
            "stats": dict(report.stats.counts)}


def host_of(url: str) -> str:
    """Return the host whose lease a request to url needs (a folder source: none)."""
    return (urlsplit(url).hostname or "").lower()


def discover(run_key: str, source_id: str) -> dict[str, Any]:
    """Discover one source; store its feed or list page (and a folder source's pages)."""
    context = _context(run_key)
    source = context.by_id[source_id]
    host = host_of(source.url) if source.kind is not SourceKind.FILE else ""
    with _host_lease(host, context.settings) if host else nullcontext(), Store.open(_database()) as store:
        refused = _refusal(store, context)
        if refused:
            return refused
        stored = store.latest_page(source.url)
        known = {source.url: stored.body} if stored is not None else {}
        found, counts = discover_source(source, context.settings, validators=store.validators([source.url]),
                                        known_bodies=known, today=context.day)
        if found.index_page is not None:
            store.save_page(found.index_page)

        def hand_over(on_page: Any) -> dict[str, Any]:
            for page in found.pages:
                on_page(page)
            return {}

        bodyless = [replace(p, body=b"") for p in found.pages]
        flowed = _flowed(store, context, bodyless, hand_over)
    return {"links": [link_to_wire(link) for link in found.links],
            "pages": [page_to_wire(p) for p in bodyless],
            "rejections": [rejection_to_wire(r) for r in found.rejections],
            "notes": list(found.notes), "counts": dict(counts), **flowed}


def fetch(run_key: str, batch: str, links: list[dict[str, Any]], host: str = "") -> dict[str, Any]:
    """Fetch, store and extract a batch of the run's article links (all on `host`)."""
    context = _context(run_key)
    wanted = [link_from_wire(link) for link in links]
    with _host_lease(host, context.settings) if host else nullcontext(), Store.open(_database()) as store:
        refused = _refusal(store, context)
        if refused:
            return refused
        outcomes: list[list[Any]] = []
        counts: Counter[str] = Counter()

        def fetch_all(on_page: Any) -> dict[str, Any]:
            fetched, used = fetch_links(wanted, context.settings,
                                        validators=_Validators(store, (link.url for link in wanted)),  # type: ignore[arg-type]
                                        claimed=SharedClaims(_client(), run_key, batch),
                                        guarded=context.guarded, on_page=on_page)
            outcomes.extend(fetched)
            counts.update(used)
            return {"pages": [p for items in fetched for p in items if isinstance(p, Page)]}

        flowed = _flowed(store, context, [], fetch_all)
    return {"outcomes": [[outcome_to_wire(item) for item in items] for items in outcomes],
            "counts": dict(counts), **flowed}


def setup() -> None:
    """Make the worker process's broker from DAILYBRIEF_BROKER (Dramatiq calls this in each
    worker process it starts: `dramatiq dailybrief.distribute.tasks:setup`)."""
    import dramatiq

    global _broker
    url = os.environ.get("DAILYBRIEF_BROKER", "")
    if not url:
        raise BrokerError("DAILYBRIEF_BROKER is not set: start workers with dailybrief worker --db … --broker …")
    _broker = make_broker(url)
    declare(_broker)
    dramatiq.set_broker(_broker)
