"""Extraction in worker processes: pages go in as they are fetched, articles come out.

Pages are extracted on every core by a `concurrent.futures.ProcessPoolExecutor` whose
workers are forked when the run starts, before fetching starts any thread, and are
children of this process (their CPU time is counted with the run's). When the run expects
pages to extract, jieba's dictionary is loaded before the fork (the workers share it);
when it expects none (a re-run soon after the last one) each worker loads it only if a
page does come. Each article comes back with its jieba words (`Article.words`), so the
text is segmented once, inside the worker, for the search index and for clustering, and with
what the search index holds for it (`Article.index_entry`), so the process that stores it
only writes it. With one core, or where fork is not available, pages are extracted here.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import replace

from .errors import ExtractError
from .models import Article, Page, Reason, Rejection, Source, Stage
from .settings import Settings
from .sources import sources_by_id
from .store.search import INDEX_MAX_CHARS, index_entry
from .text import cut_words, jieba_module

log = logging.getLogger(__name__)

MAX_PENDING_PER_WORKER = 64  # back-pressure: fetching waits when extraction falls behind

Outcome = tuple[Article | Rejection, str | None]  # and the error type of an unexpected failure

_sources: tuple[Source, ...] = ()
_settings: Settings | None = None
_by_id: dict[str, Source] = {}


def _init(sources: tuple[Source, ...], settings: Settings) -> None:
    global _sources, _settings, _by_id
    _sources, _settings, _by_id = sources, settings, sources_by_id(sources)
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the run that forked it is gone (killed: nobody stops the pool)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _ready() -> bool:
    return True


def _extract(page: Page) -> Outcome:
    assert _settings is not None
    return extract_one(page, _sources, _settings)


def extract_one(page: Page, sources: Sequence[Source], settings: Settings) -> Outcome:
    """Return the page's article (with its words) or why it has none; never raise."""
    from .pipeline import article_from_page  # the pipeline composes extraction and publishers

    source = _by_id[page.source_id] if sources is _sources and _by_id else sources_by_id(sources)[page.source_id]
    try:
        outcome = article_from_page(page, source, sources, settings)
    except ExtractError as exc:
        return Rejection(page.url, Stage.EXTRACT, Reason.DECODE_ERROR, str(exc), page.source_id), None
    except Exception as exc:  # one bad page must not stop the run (scrapy's item_error)
        log.exception("extracting %s failed", page.url)
        return (Rejection(page.url, Stage.EXTRACT, Reason.DECODE_ERROR,
                          f"unexpected {type(exc).__name__}: {exc}", page.source_id), type(exc).__name__)
    if isinstance(outcome, Article):
        words = cut_words(outcome.text[:INDEX_MAX_CHARS])  # as the index reads it
        outcome = replace(outcome, words=words,
                          index_entry=(outcome.title, *index_entry(outcome.title, outcome.text, words)))
    return outcome, None


class Extractor:
    """Extract pages as they are submitted, in worker processes once there are enough.

    `submit(page)` never blocks for long: when too many pages wait, it waits for the oldest.
    Finished outcomes are handed to `sink` in submission order, from the submitting thread.
    """

    def __init__(self, sources: Sequence[Source], settings: Settings,
                 sink: Callable[[Page, Outcome], None], workers: int | None = None,
                 expect_pages: bool = True) -> None:
        self.sources = tuple(sources)
        self.settings = settings
        self.sink = sink
        self.workers = workers if workers is not None else max(1, os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None
        self._pending: deque[tuple[Page, Future[Outcome]]] = deque()
        if self.workers > 1 and "fork" in multiprocessing.get_all_start_methods():
            self._start(preload=expect_pages)

    def submit(self, page: Page) -> None:
        if self._pool is None:
            self.sink(page, extract_one(page, self.sources, self.settings))
            return
        self._pending.append((page, self._pool.submit(_extract, page)))
        self._harvest(block=len(self._pending) > MAX_PENDING_PER_WORKER * self.workers)

    @property
    def executor(self) -> Executor | None:
        """The worker processes, for other work of the run to share (collect parses feeds and
        list pages there before any page comes); None when pages are extracted here."""
        return self._pool

    def finish(self) -> None:
        """Hand every outcome still pending to the sink and stop the workers."""
        while self._pending:
            self._harvest(block=True)
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def _start(self, *, preload: bool) -> None:
        if preload:
            jieba_module()  # loaded once, before the fork, and shared by the workers
        self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("fork"),
                                         initializer=_init, initargs=(self.sources, self.settings))
        for ready in [self._pool.submit(_ready) for _ in range(self.workers)]:
            ready.result()  # fork every worker now, while this process has no other thread

    def _harvest(self, *, block: bool) -> None:
        while self._pending and (block or self._pending[0][1].done()):
            page, future = self._pending.popleft()
            try:
                outcome = future.result()
            except Exception as exc:  # a worker died (BrokenProcessPool): extract it here
                log.warning("extracting %s in a worker failed (%s); extracting it here", page.url, exc)
                outcome = extract_one(page, self.sources, self.settings)
            self.sink(page, outcome)
            block = False
