"""The pipeline: the only module that fetches, stores and calls every stage.

    sources.yaml → collect → store pages → extract → store articles → analyse
                 → write (grounded) → render → store brief, rejections and run counters
"""

from __future__ import annotations

import hashlib
import logging
import os
import resource
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path

from .analyse import analyse, load_topics, topped_up_with_borderline
from .analyse.cache import analysis_key, cached
from .collect import collect
from .curation import (
    keep_hand_edits,
    machine_digests,
    replay_actions,
    rerun_note,
    standing_revision,
)
from .errors import BriefError, ConfigError
from .extract import extract_page
from .extract.attachments import extract_attachment
from .models import (
    Article,
    Brief,
    CollectResult,
    Page,
    Reason,
    Rejection,
    RunStats,
    Source,
    SourceKind,
    SourceOutcome,
    Stage,
    Story,
    brief_to_dict,
)
from .monitor import run_status, source_outcomes
from .novelty import assess_novelty, refresh_coverage, remember
from .progress import Progress
from .publishers import resolve_publisher
from .render import DEFAULT_FORMATS, render_brief
from .render.atomic import recover as recover_outputs
from .schedule import RunLock
from .settings import Settings
from .sources import load_sources
from .store import Store, database_exists, display_name, local_folder
from .workers import Extractor
from .write import make_writer, write_brief

log = logging.getLogger(__name__)

# Collects and extracts a day's pages elsewhere: returns the run's pages (without their bodies)
# and their stored articles, in fetch order, and records the rest with `record_collection`.
Collector = Callable[["Store", Sequence[Source], Settings, date, "RunReport", Progress],
                     tuple[list[Page], list[Article]]]


@dataclass(slots=True)
class RunReport:
    """What one run did: the brief, the files written, counters and every rejection."""

    day: date
    brief: Brief | None = None
    stories: tuple[Story, ...] = ()
    files: dict[str, Path] = field(default_factory=dict)
    stats: RunStats = field(default_factory=RunStats)
    rejections: list[Rejection] = field(default_factory=list)
    writer_log: tuple[str, ...] = ()
    writer_usage: dict[str, float] = field(default_factory=dict)
    run_id: int | None = None
    outcomes: tuple[SourceOutcome, ...] = ()
    status: str = "ok"  # ok | partial | nothing_fetched (see monitor.outcomes)


def check_out_dir(out_dir: Path) -> None:
    """Create out_dir if needed; raise ConfigError if it cannot be written, before any fetch."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"--out {out_dir}: cannot create the folder: {exc.strerror}") from exc
    if not out_dir.is_dir() or not os.access(out_dir, os.W_OK):
        raise ConfigError(f"--out {out_dir}: the folder is not writable")


def run_brief(
    sources_path: Path | None,
    *,
    day: date,
    out_dir: Path,
    db_path: Path | str,
    settings: Settings,
    formats: Sequence[str] = DEFAULT_FORMATS,
    progress: Callable[[str], None] | None = None,
    base_url: str | None = None,
    tracker: Progress | None = None,
    started_by: str = "cli",
    collector: Collector | None = None,
) -> RunReport:
    """Run the whole job for one day and return what it did.

    `base_url` resolves root-relative source URLs (e.g. a corpus served on 127.0.0.1).
    Without `sources_path` the run reads the source registry kept in the database (as edited
    in the workbench), so sources added or disabled there take effect. One run at a time
    per database: another one raises RunBusyError. `tracker` hears each stage's progress.
    When no page at all could be fetched, no brief is written (report.status says so).
    `collector` collects and extracts the day's pages elsewhere (dailybrief.distribute: on
    worker processes writing to the same database) instead of in this process.
    """
    with RunLock(db_path, day, by=started_by):
        try:
            return _run_brief(sources_path, day=day, out_dir=out_dir, db_path=db_path,
                              settings=settings, formats=formats, progress=progress,
                              base_url=base_url, tracker=tracker or Progress(), collector=collector)
        except Exception:
            _mark_failed(db_path)
            raise


def _mark_failed(db_path: Path | str) -> None:
    """Record that the run holding the lock ended with an error (not left 'running')."""
    if not database_exists(db_path):
        return
    try:
        with Store.open(db_path) as store:
            store.interrupt_stale_runs(status="failed")
    except BriefError:
        log.warning("%s: cannot record the failed run", db_path)


def _run_brief(
    sources_path: Path | None,
    *,
    day: date,
    out_dir: Path,
    db_path: Path,
    settings: Settings,
    formats: Sequence[str],
    progress: Callable[[str], None] | None,
    base_url: str | None,
    tracker: Progress,
    collector: Collector | None = None,
) -> RunReport:
    def say(msg: str) -> None:
        tracker.message(msg)
        if progress is not None:
            progress(msg)
    sources = load_sources(sources_path, base_url=base_url) if sources_path else _stored_sources(db_path)
    check_out_dir(out_dir)
    topics = load_topics(Path(settings.topics_file) if settings.topics_file else None)
    writer = make_writer(settings, cache_dir=local_folder(db_path) / ".dailybrief-cache")
    report = RunReport(day=day)
    stats = report.stats
    with Store.open(db_path) as store:
        _recover_interrupted(store, out_dir, report)
        rerun = _reruns_last_day(store, day)
        report.run_id = store.start_run(day)
        store.upsert_sources(sources)
        t0 = time.perf_counter()
        flow, fresh = None, []
        if collector is None:
            fetched_at = store.fetch_times() if rerun else {}
            flow = PageFlow(store, sources, settings, report,
                            expect_pages=_expect_new_pages(sources, fetched_at, settings))
            pages = _collect_pages(store, sources, settings, day, report, tracker, flow, fetched_at)
        else:
            pages, fresh = collector(store, sources, settings, day, report, tracker)
        say(f"collected {len(pages)} pages in {time.perf_counter() - t0:.1f}s")
        store.save_source_outcomes(report.run_id, day, report.outcomes)
        report.status = run_status(report.outcomes, len(pages))
        if not pages:
            return _nothing_fetched(store, report)
        t1 = _clock()
        tracker.stage("extract", len(pages))
        articles = flow.finish(tracker) if flow is not None else fresh
        articles = _with_stored_articles(store, articles, sources, day, settings)
        whole = {a.url: a.text for a in articles if len(a.text) > settings.max_analysis_chars}
        articles = _capped_for_analysis(articles, settings)
        _record(stats, "extract", t1)
        t2 = _clock()
        tracker.stage("analyse")
        analysis, reused = cached(local_folder(db_path) / ".dailybrief-cache",
                                  analysis_key(articles, day, settings, topics),
                                  lambda: analyse(articles, day=day, settings=settings, topics=topics))
        if reused:
            stats.inc("analyse/unchanged")
        report.rejections.extend(analysis.rejections)
        stories = topped_up_with_borderline(
            assess_novelty(store, analysis.stories, day, slots=settings.max_sections), settings)
        report.stories = tuple(replay_actions(_keep_analyst_choices(stories, store.storylines(day)),
                                              store.storyline_actions(day)))
        store.save_storylines(day, _with_whole_text(report.stories, whole), run_id=report.run_id)
        remember(store, day, report.stories)
        _record(stats, "analyse", t2)
        t3 = _clock()
        tracker.stage("write")
        brief, dropped, written = write_brief(report.stories, day=day, settings=settings, writer=writer)
        revisions, digests = store.brief_revisions(day), machine_digests(brief)
        brief, kept = keep_hand_edits(brief, standing_revision(revisions), store.machine_digests(day))
        stats.messages.extend(f"kept the analyst's hand-edited section: {t}" for t in kept)
        report.rejections.extend(dropped)
        report.writer_log = written.log
        report.writer_usage = dict(written.usage)
        report.brief = brief
        _record(stats, "write", t3)
        tracker.stage("render", len(formats))
        t4 = _clock()
        run_id = report.run_id

        def store_brief() -> None:  # between writing the files and putting them in place
            store.save_brief(day, brief_to_dict(brief), run_id=run_id, note=rerun_note(revisions))
            store.record_machine_sections(day, digests)
            refresh_coverage(store, day)

        report.files, render_times = render_brief(brief, out_dir, formats, commit=store_brief,
                                                  stage=f"run{run_id}", replace_set=True)
        tracker.advance("render", len(formats))
        _record(stats, "render", t4)
        stats.timings.update({f"render/{k}": v for k, v in render_times.items()})
        store.save_rejections(report.rejections, day, run_id=report.run_id)
        _count(report, pages, articles, analysis.relevant)
        store.finish_run(report.run_id, {**stats.counts, **{f"time/{k}": round(v, 3) for k, v in stats.timings.items()}},
                         status=report.status)
    return report


def _nothing_fetched(store: Store, report: RunReport) -> RunReport:
    """End a run in which no source gave a page: record why, and write no brief."""
    store.save_rejections(report.rejections, report.day, run_id=report.run_id)
    report.stats.counts["pages/fetched"] = 0
    for reason, n in Counter(f"rejected/{r.stage}/{r.reason}" for r in report.rejections).items():
        report.stats.counts[reason] = n
    report.stats.messages.insert(0, "no page could be fetched from any source: no brief was "
                                    "written for this day (see the rejections above)")
    store.finish_run(report.run_id or 0, report.stats.counts, status=report.status)
    return report


def _recover_interrupted(store: Store, out_dir: Path, report: RunReport) -> None:
    """Mark runs a kill left 'running' as interrupted, and finish or undo their outputs."""
    for run_id in store.interrupt_stale_runs():
        report.stats.messages.append(f"run {run_id} was interrupted (marked so)")
    report.stats.messages.extend(recover_outputs(out_dir, store.run_has_brief))


def _clock() -> tuple[float, float]:
    """Return (wall, CPU) seconds now; CPU counts this process and its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.perf_counter(), own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


run_clock = _clock  # for a Collector that records its stage with `record_collection`


def _record(stats: RunStats, stage: str, start: tuple[float, float]) -> None:
    """Record a stage's wall and CPU time since start, and the peak memory so far (MB)."""
    wall, cpu = _clock()
    stats.timings[stage] = wall - start[0]
    stats.cpu[stage] = cpu - start[1]
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    stats.peak_rss_mb[stage] = max(own.ru_maxrss, children.ru_maxrss) / 1024


def _keep_analyst_choices(stories: Sequence[Story], saved: Sequence[dict[str, object]]) -> tuple[Story, ...]:
    """Return the stories with the include/exclude choice saved for the same storyline earlier
    that day (an analyst's exclusion in the workbench survives a re-run)."""
    choice = {row["story_id"]: bool(row["included"]) for row in saved
              if row["included"] or not row["left_out"]}  # not the machine's own
    return tuple(
        replace(s, included=choice[s.id]) if s.id in choice and choice[s.id] != s.included else s
        for s in stories
    )


def _stored_sources(db_path: Path | str) -> tuple[Source, ...]:
    if not database_exists(db_path):
        raise ConfigError(f"--db {db_path}: no database yet; pass --sources sources.yaml for the first run")
    with Store.open(db_path) as store:
        sources = tuple(store.sources())
    if not sources:
        raise ConfigError(f"--db {display_name(db_path)}: the database has no sources; pass --sources sources.yaml")
    return sources


def _collect_pages(
    store: Store, sources: Sequence[Source], settings: Settings, day: date, report: RunReport,
    tracker: Progress | None = None, flow: PageFlow | None = None,
    fetched_at: dict[str, datetime] | None = None,
) -> list[Page]:
    """Fetch every source (conditionally where we have validators); store new page versions
    as they come (in `flow`, which also extracts them) and return them without their bodies."""
    flow = flow or PageFlow(store, sources, settings, report)
    validators = store.validators()
    stored_indexes = {s.url: p for s in sources if (p := store.latest_page(s.url)) is not None}
    known = {url: p.body for url, p in stored_indexes.items()}
    t0 = _clock()
    result = collect(sources, settings, validators=validators, known_bodies=known, today=day,
                     progress=tracker, on_page=flow.take,
                     stored=store.fetch_times() if fetched_at is None else fetched_at,
                     parser=flow.extractor.executor, known_parses=store.remembered_parses(s.url for s in sources),
                     known_types={url: p.content_type for url, p in stored_indexes.items()})
    flow.flush()
    record_collection(store, sources, result, report, t0)
    return flow.kept(result.pages)


def record_collection(
    store: Store, sources: Sequence[Source], result: CollectResult, report: RunReport,
    started: tuple[float, float] | None = None,
) -> None:
    """Record what collection gave (its time since `started`, rejections, notes, counters,
    feeds and list pages, each source's outcome), wherever the pages were fetched."""
    if started is not None:
        _record(report.stats, "collect", started)
    report.rejections.extend(result.rejections)
    report.stats.messages.extend(result.notes)
    for key, n in result.counts.items():
        report.stats.inc(key, n)
    store.save_pages(list(result.index_pages))
    if result.parses:
        store.remember_parses(result.parses)
    _mark_sources(store, sources, result.rejections, result.pages)
    report.outcomes = source_outcomes(sources, result.rejections, result.pages)


def _reruns_last_day(store: Store, day: date) -> bool:
    """Return True when the database's last run was for the same brief day: only then may an
    article stored minutes ago be left unasked (a new morning asks every page again, even when
    the runs are minutes apart, as when mornings are replayed)."""
    last = store.runs(limit=1)
    return bool(last) and str(last[0]["brief_date"])[:10] == day.isoformat()


def _expect_new_pages(sources: Sequence[Source], fetched_at: dict[str, datetime], settings: Settings) -> bool:
    """Return False when every feed and list page was fetched within recheck_after_h (a
    re-run soon after the last one, which will most likely extract nothing new)."""
    cutoff = datetime.now(UTC) - timedelta(hours=settings.recheck_after_h)
    return any(s.kind is not SourceKind.FILE and fetched_at.get(s.url, cutoff) <= cutoff
               for s in sources if s.enabled) or not fetched_at


def _mark_sources(
    store: Store, sources: Sequence[Source], rejections: Sequence[Rejection], pages: Sequence[Page]
) -> None:
    """Record each source's fetch outcome: its own feed/list page failing, or how many pages came."""
    failed = {r.url: r for r in rejections}
    per_source = Counter(p.source_id for p in pages)
    for source in sources:
        if not source.enabled:
            continue
        own = failed.get(source.url)
        status = f"{own.reason}: {own.detail}"[:200] if own else f"ok, {per_source[source.id]} pages"
        store.mark_source(source.id, status)


class PageFlow:
    """Pages from fetch to store to extract, a batch at a time, never all held at once.

    Each fetched page is stored as it arrives (so a killed run keeps what it fetched); a page whose bytes did not change keeps its stored article (keyed by the
    page's sha256) and is not extracted again; the others go to the extractor's worker
    processes, and their articles are stored in batched transactions as they come back.
    """

    BATCH = 50

    def __init__(self, store: Store, sources: Sequence[Source], settings: Settings, report: RunReport,
                 workers: int | None = None, *, expect_pages: bool = True) -> None:
        self.store = store
        self.report = report
        self.extractor = Extractor(sources, settings, self._extracted, workers=workers, expect_pages=expect_pages)
        self._site_names = {s.id: s.name for s in sources}
        self._sources = {s.id: s for s in sources}
        self._settings = settings
        self._unsaved_rejections: list[tuple[str, Rejection]] = []
        self._order: dict[str, int] = {}
        self._pages: list[Page] = []
        self._articles: list[Article] = []
        self._unsaved: list[Article] = []
        self._dropped: set[str] = set()

    def take(self, page: Page) -> None:
        """Accept one fetched page (called by collect as pages arrive): store it at once, so a
        run killed while fetching keeps it; look up and extract a batch at a time. A page not
        requested again is not stored again (its fetch time stays that of the last request)."""
        if not page.not_requested and self.store.save_pages([page])[0]:
            self.report.stats.inc("store/pages/new")
        self._pages.append(page)
        if len(self._pages) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Store the pages taken so far and send those with new bytes to extraction."""
        batch, self._pages = self._pages, []
        if not batch:
            return
        stats = self.report.stats
        stored_sha = self.store.latest_shas(p.url for p in batch if p.not_modified)
        known = self.store.articles_at(p.url for p in batch)
        rejected = self.store.extraction_rejections(p.url for p in batch if p.url not in known)
        for page in batch:
            sha = stored_sha.get(page.url) if page.not_modified else page.sha256
            if page.not_modified:
                if sha is None:
                    self._dropped.add(page.url)
                    continue
                stats.inc("fetch/not_modified")  # a 304, or not asked again (counted apart too)
                if page.not_requested:
                    stats.inc("fetch/not_requested")
            article = known.get(page.url)
            if article is not None and sha and article.sha256 == sha:
                stats.inc("extract/unchanged")
                self._articles.append(replace(article, site_name=self._site_names.get(article.source_id, ""),
                                              attached_to=page.attached_to or article.attached_to))
                continue
            before = rejected.get(page.url)
            if before is not None and sha and before[0] == self._inputs(page, sha):
                stats.inc("extract/unchanged_rejected")
                self.report.rejections.append(before[1])
                continue
            if page.not_modified:
                stored = self.store.latest_page(page.url)
                assert stored is not None
                page = replace(stored, link_title=page.link_title, published_hint=page.published_hint,
                               source_id=page.source_id, attached_to=page.attached_to,
                               stated_source=page.stated_source)
            self.extractor.submit(page)
        self._save_articles(force=False)

    def finish(self, tracker: Progress | None = None) -> list[Article]:
        """Extract and store whatever is left; return every article, in fetch order."""
        self.flush()
        self.extractor.finish()
        self._save_articles(force=True)
        if tracker is not None:
            tracker.advance("extract", len(self._articles))
        return self._articles

    def kept(self, pages: Sequence[Page]) -> list[Page]:
        """Return the pages of the run (a 304 with no stored version left out), in fetch order,
        and put the articles in the same order (pages arrive in the order they finish)."""
        kept = [p for p in pages if p.url not in self._dropped]
        self._order = {p.url: i for i, p in enumerate(kept)}
        return kept

    def _extracted(self, page: Page, outcome: tuple[Article | Rejection, str | None]) -> None:
        result, error = outcome
        if error:
            self.report.stats.inc(f"extract/error/{error}")
        if isinstance(result, Rejection):
            self.report.rejections.append(result)
            if result.stage is Stage.EXTRACT and not error and page.sha256:
                self._unsaved_rejections.append((self._inputs(page, page.sha256), result))
            return
        self._unsaved.append(result)
        # what is kept for the analysis leaves out the search-index entry (only stored)
        self._articles.append(replace(result, index_entry=()) if result.index_entry else result)

    def _inputs(self, page: Page, sha: str) -> str:
        source = self._sources.get(page.source_id)
        return extraction_inputs(page, sha, source.encoding if source else None, self._settings)

    def _save_articles(self, *, force: bool) -> None:
        if self._unsaved and (force or len(self._unsaved) >= self.BATCH):
            self.store.save_articles(self._unsaved)
            self._unsaved = []
        if self._unsaved_rejections and (force or len(self._unsaved_rejections) >= self.BATCH):
            self.store.remember_extraction_rejections(self._unsaved_rejections)
            self._unsaved_rejections = []
        if force:
            self._articles.sort(key=lambda a: self._order.get(a.url, len(self._order)))


@cache
def extraction_fingerprint() -> str:
    """Return a hash of the code that turns a page into an article or a rejection (the extract
    package and the modules it and article_from_page read), so a remembered rejection never
    outlives the rules that made it."""
    root = Path(__file__).parent
    files = (*(root / "extract").glob("*.py"), *(root / n for n in (
        "pipeline.py", "publishers.py", "dates.py", "text.py", "urls.py", "models.py")))
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(path.name.encode() + b"\x00" + path.read_bytes())
    return h.hexdigest()


def extraction_inputs(page: Page, sha: str, encoding: str | None, settings: Settings) -> str:
    """Return a hash of everything extraction reads from a page besides its bytes' sha256:
    the rules, the feed or list entry's hints, the source's encoding, the length threshold."""
    fields = (extraction_fingerprint(), sha, page.url, page.link_title or "",
              page.published_hint.isoformat() if page.published_hint else "", page.attached_to,
              page.stated_source or "", encoding or "", str(settings.min_body_chars))
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


def article_from_page(
    page: Page, source: Source, sources: Sequence[Source], settings: Settings
) -> Article | Rejection:
    """Return the article a page holds, credited to its real publisher, or why it has none."""
    if page.attached_to:  # a notice's attachment: its file's text, the notice's date and source
        ex = extract_attachment(page.body, url=page.final_url or page.url, title=page.link_title or "",
                                published=page.published_hint, stated_source=page.stated_source,
                                content_type=page.content_type)
    else:
        ex = extract_page(page.body, url=page.final_url or page.url, content_type=page.content_type,
                          encoding_hint=source.encoding, link_title=page.link_title, fetched_at=page.fetched_at)
    text = ex.text.strip()
    if not text:
        return Rejection(page.url, Stage.EXTRACT, Reason.EMPTY, "the page has no article text", source.id)
    if len(text) < settings.min_body_chars:
        return Rejection(page.url, Stage.EXTRACT, Reason.TOO_SHORT,
                         f"article text is {len(text)} characters (< {settings.min_body_chars})", source.id)
    published = ex.published
    if page.published_hint and ex.date_origin not in ("meta", "line"):
        published = page.published_hint
    if published is None:
        return Rejection(page.url, Stage.EXTRACT, Reason.NO_DATE,
                         "no publication date in the page, its URL or the feed/list entry", source.id)
    title = (ex.title or page.link_title or "").strip()
    if not title:
        return Rejection(page.url, Stage.EXTRACT, Reason.EMPTY, "the page has no headline", source.id)
    credited = resolve_publisher(source, ex.stated_source, sources)
    return Article(
        url=page.url, source_id=source.id, title=title, text=text, published=published,
        publisher=credited.name, publisher_en=credited.name_en, authority=credited.authority,
        stated_source=ex.stated_source, sha256=page.sha256, site_name=source.name, doc_number=ex.doc_number,
        attached_to=page.attached_to,
    )


def _capped_for_analysis(articles: Sequence[Article], settings: Settings) -> list[Article]:
    """Return the articles with their text cut to `max_analysis_chars` (a multi-megabyte page
    costs no more to analyse than a long one; the stored copy stays whole)."""
    cap = max(1, settings.max_analysis_chars)
    return [replace(a, text=a.text[:cap]) if len(a.text) > cap else a for a in articles]


def _with_whole_text(stories: Sequence[Story], whole: dict[str, str]) -> Sequence[Story]:
    """Return the stories with each capped article's whole text back, for storing."""
    if not whole:
        return stories
    return [replace(s, articles=tuple(replace(a, text=whole[a.url]) if a.url in whole else a
                                      for a in s.articles)) for s in stories]


def _with_stored_articles(
    store: Store, fresh: list[Article], sources: Sequence[Source], day: date, settings: Settings
) -> list[Article]:
    """Add articles stored by earlier runs that are still in the window (a page may leave its
    list); only those not already among this run's are read."""
    ids = {s.id for s in sources}
    have = {a.url for a in fresh}
    since = day - timedelta(days=settings.window_days)
    wanted = [url for url, source_id in store.article_urls(since, day) if source_id in ids and url not in have]
    if not wanted:
        return fresh
    stored = store.articles_at(wanted)
    same_text = {(a.source_id, a.title, a.text) for a in fresh}
    names = {s.id: s.name for s in sources}  # the hosting site, as for this run's articles (reprints)
    older = [replace(a, site_name=names.get(a.source_id, "")) for url in wanted
             if (a := stored.get(url)) is not None and (a.source_id, a.title, a.text) not in same_text]
    return fresh + older


def _count(report: RunReport, pages: Sequence[Page], articles: Sequence[Article],
           relevant: Sequence[Article]) -> None:
    stats = report.stats
    stats.counts["pages/fetched"] = len(pages)
    stats.counts["articles/extracted"] = len(articles)
    stats.counts["articles/relevant"] = len(relevant)
    stats.counts["storylines"] = len(report.stories)
    stats.counts["sections"] = len(report.brief.sections) if report.brief else 0
    stats.counts["references"] = len(report.brief.references) if report.brief else 0
    for reason, n in Counter(f"rejected/{r.stage}/{r.reason}" for r in report.rejections).items():
        stats.counts[reason] = n
