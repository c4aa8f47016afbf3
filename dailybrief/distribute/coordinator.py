"""The coordinator's side: send the day's collection to the workers, wait, gather the result.

    publish the run's context → one discover message per enabled source → wait
    → choose the links as `collect` does (at most N per source, each URL once)
    → one fetch message per batch of one host's links → wait → the pages and their articles

It is a pipeline `Collector`: `run_brief(..., collector=Distributed(url))` then analyses,
writes and renders exactly as a single-machine run does, from the same database.
A task that fails or is not done in time is a rejection naming it; the run goes on.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ..collect import Discovered, links_to_fetch
from ..errors import BrokerError, ConfigError
from ..models import Article, CollectResult, Link, Page, Reason, Rejection, Source, Stage
from ..pipeline import RunReport, record_collection, run_clock
from ..progress import Progress
from ..settings import Settings
from ..store import Store
from .broker import (
    DATABASE_ID,
    NAMESPACE,
    RunContext,
    claim_links,
    make_broker,
    publish_context,
    shown,
)
from .tasks import declare, host_of
from .wire import (
    link_from_wire,
    link_to_wire,
    outcome_from_wire,
    page_from_wire,
    rejection_from_wire,
)

log = logging.getLogger(__name__)

BATCH_LINKS = 20          # links per fetch message
WAIT_CHUNK_S = 10         # a result is awaited this long at a time (the deadline is checked between)
HEARTBEAT_WINDOW_MS = 60_000


class Distributed:
    """Collect and extract on Dramatiq workers through the Redis broker at `url`."""

    def __init__(self, url: str, *, worker_wait_s: float = 30.0) -> None:
        self.url = url
        self.broker = make_broker(url)
        self.client = self.broker.client
        self.backend = self.broker.get_results_backend()
        self.discover, self.fetch = declare(self.broker)
        self.worker_wait_s = worker_wait_s
        self.sent: list[Any] = []  # the messages of the last run, in order

    def workers(self) -> int:
        """Return how many worker processes sent the broker a heartbeat in the last minute."""
        now = int(time.time() * 1000)
        alive = self.client.zrangebyscore(f"{NAMESPACE}:__heartbeats__", now - HEARTBEAT_WINDOW_MS, "+inf")
        return sum(1 for w in alive if (w.decode() if isinstance(w, bytes) else w) != self.broker.broker_id)

    def wait_for_workers(self) -> int:
        """Return the number of live workers, waiting a little for one; raise if there is none."""
        deadline = time.monotonic() + self.worker_wait_s
        while (n := self.workers()) == 0 and time.monotonic() < deadline:
            time.sleep(0.5)
        if n == 0:
            raise BrokerError(f"--broker {shown(self.url)}: no dailybrief worker is listening; start one "
                              "with dailybrief worker --db <the same database> --broker <this broker>")
        return n

    def __call__(self, store: Store, sources: Sequence[Source], settings: Settings, day: date,
                 report: RunReport, tracker: Progress) -> tuple[list[Page], list[Article]]:
        started, began = run_clock(), time.monotonic()
        self.wait_for_workers()
        run_key = uuid.uuid4().hex
        publish_context(self.client, run_key, RunContext(_database_id(store), day, tuple(sources), settings))
        deadline = time.monotonic() + settings.run_deadline_s + 60
        self.sent = []
        counts: Counter[str] = Counter()
        notes = [f"source {s.id} is disabled in sources.yaml; skipped" for s in sources if not s.enabled]
        active = [s for s in sources if s.enabled]
        tracker.stage("sources", len(active))
        found = self._await([self.discover.message(run_key, s.id) for s in active], deadline, tracker, "sources")
        discovered = [_discovered(s, r, counts) for s, r in zip(active, found, strict=True)]
        links = links_to_fetch(discovered, settings, counts, notes)
        batches = _batches(links)
        claim_links(self.client, run_key, {links[i].url: str(n) for n, b in enumerate(batches) for i in b})
        tracker.stage("pages", len(links))
        fetched = self._await([self.fetch.message(run_key, str(n), [link_to_wire(links[i]) for i in b],
                                                  host_of(links[b[0]].url))
                               for n, b in enumerate(batches)], deadline, tracker, "pages",
                              sizes=[len(b) for b in batches])
        pages, rejections, extracted, dropped = _gathered(discovered, found, links, batches, fetched, counts)
        for result in [*found, *fetched]:
            for key, n in result.get("stats", {}).items():
                report.stats.inc(key, n)
            report.rejections.extend(rejection_from_wire(r) for r in result.get("extract_rejections", []))
        _count(counts, pages, rejections, len(active), began)
        record_collection(store, sources, CollectResult(pages=tuple(pages), rejections=tuple(rejections),
                                                        notes=tuple(notes), counts=dict(counts)),
                          report, started)
        kept = [p for p in pages if p.url not in dropped]
        return kept, _articles(store, kept, extracted, sources)

    def _await(self, messages: list[Any], deadline: float, tracker: Progress, stage: str,
               sizes: Sequence[int] | None = None) -> list[dict[str, Any]]:
        """Send the messages and return their results in order ({"failed": why} for a task
        that failed or was not done by the deadline)."""
        from dramatiq.results import ResultFailure, ResultTimeout

        for message in messages:
            self.broker.enqueue(message)
        self.sent.extend(messages)
        results: list[dict[str, Any]] = []
        for i, message in enumerate(messages):
            result: dict[str, Any] | None = None
            while result is None:
                left = deadline - time.monotonic()
                try:
                    result = self.backend.get_result(message, block=True,
                                                     timeout=int(max(0, min(WAIT_CHUNK_S, left)) * 1000))
                except ResultFailure as exc:
                    result = {"failed": f"the worker's task failed: {exc}"}
                except ResultTimeout:
                    if left <= 0:
                        result = {"failed": "no worker finished the task by the run's deadline (run_deadline_s)",
                                  "timeout": True}
            if "refused" in result:
                raise ConfigError(result["refused"])
            tracker.advance(stage, sizes[i] if sizes else 1)
            results.append(result)
        return results


def _database_id(store: Store) -> str:
    """Return the id the workers check to know they write to this database (made once)."""
    known = store.get_meta(DATABASE_ID)
    if known:
        return known
    store.set_meta(DATABASE_ID, uuid.uuid4().hex)
    return store.get_meta(DATABASE_ID) or ""


def _discovered(source: Source, result: dict[str, Any], counts: Counter[str]) -> Discovered:
    found = Discovered(source)
    if "failed" in result:
        reason = Reason.TIMEOUT if result.get("timeout") else Reason.NETWORK
        found.rejections.append(Rejection(source.url, Stage.DISCOVER, reason, result["failed"], source.id))
        found.notes.append(f"source {source.id}: {result['failed']}; no links from it")
        return found
    found.links = [link_from_wire(link) for link in result["links"]]
    found.pages = [page_from_wire(p) for p in result["pages"]]
    found.rejections = [rejection_from_wire(r) for r in result["rejections"]]
    found.notes = list(result["notes"])
    counts.update(result["counts"])
    return found


def _batches(links: Sequence[Link]) -> list[list[int]]:
    """Return the links' positions in batches of at most BATCH_LINKS links of one host each,
    hosts in the order they first come (a batch holds its host's lease while it runs)."""
    by_host: dict[str, list[int]] = {}
    for i, link in enumerate(links):
        by_host.setdefault(host_of(link.url), []).append(i)
    return [ids[j:j + BATCH_LINKS] for ids in by_host.values() for j in range(0, len(ids), BATCH_LINKS)]


def _gathered(
    discovered: Sequence[Discovered], found: Sequence[dict[str, Any]], links: Sequence[Link],
    batches: Sequence[Sequence[int]], fetched: Sequence[dict[str, Any]], counts: Counter[str],
) -> tuple[list[Page], list[Rejection], set[str], set[str]]:
    """Return the run's pages and rejections in `collect`'s order (each link's in link order),
    the URLs with an article, and the pages left out (a 304 with nothing stored)."""
    pages: list[Page] = []
    rejections: list[Rejection] = []
    for d in discovered:
        pages.extend(d.pages)
        rejections.extend(d.rejections)
    extracted: set[str] = set()
    dropped: set[str] = set()
    for result in found:
        extracted.update(result.get("articles", []))
        dropped.update(result.get("dropped", []))
    per_link: list[list[Page | Rejection]] = [[] for _ in links]
    for batch, result in zip(batches, fetched, strict=True):
        if "failed" in result:
            reason = Reason.TIMEOUT if result.get("timeout") else Reason.NETWORK
            for i in batch:
                per_link[i] = [Rejection(links[i].url, Stage.FETCH, reason, result["failed"], links[i].source_id)]
            continue
        counts.update(result["counts"])
        extracted.update(result["articles"])
        dropped.update(result["dropped"])
        for i, items in zip(batch, result["outcomes"], strict=True):
            counts["pages/continuation"] += max(0, len(items) - 1)
            per_link[i] = [outcome_from_wire(item) for item in items]
    for items in per_link:
        for item in items:
            (pages if isinstance(item, Page) else rejections).append(item)
    return pages, rejections, extracted, dropped


def _count(counts: Counter[str], pages: Sequence[Page], rejections: Sequence[Rejection], sources: int,
           began: float) -> None:
    """Add the counters `collect` reports at its end."""
    counts["sources"] = sources
    counts["pages"] = len(pages)
    counts["pages/not_modified"] = sum(1 for p in pages if p.not_modified)
    counts["rejections"] = len(rejections)
    for r in rejections:
        counts[f"rejections/{r.stage}/{r.reason}"] += 1
    counts["collect/ms"] = round((time.monotonic() - began) * 1000)


def _articles(store: Store, pages: Sequence[Page], extracted: set[str], sources: Sequence[Source]) -> list[Article]:
    """Return the stored articles of the run's pages, in fetch order, credited to their site."""
    names = {s.id: s.name for s in sources}
    stored = store.articles_at(p.url for p in pages if p.url in extracted)
    seen: set[str] = set()
    out: list[Article] = []
    for page in pages:
        article = stored.get(page.url)
        if article is not None and page.url not in seen:
            seen.add(page.url)
            out.append(replace(article, site_name=names.get(article.source_id, "")))
    return out
