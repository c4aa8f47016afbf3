"""The collect stage: from the source registry to fetched article pages.

    sources ──discover──> links (feeds, list pages) ──limit, dedupe──> fetch ──> Page*
    (folders of saved pages give pages directly; an article split over pages, name_1.html …,
    brings its further pages along as pages of their own; a notice's attachments, 附件 .pdf,
    .docx and .xlsx files, are fetched as pages of their own credited as the notice is)

Every expected failure is a `Rejection` (FETCH for an article, DISCOVER for a feed or list
page) and the run goes on; a source whose feed or list page fails also leaves a note.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import BrokenExecutor, Executor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..dates import CHINA_TZ
from ..errors import BriefError
from ..models import CollectResult, Link, Page, Reason, Rejection, Source, SourceKind, Stage
from ..progress import Progress
from ..settings import Settings
from .attachments import (
    AttachmentLink,
    attachment_links,
    legacy_detail,
    may_link_files,
    notice_credit,
)
from .feeds import FeedResult, parse_feed
from .fetch import Deadline, Failure, Fetcher, Response, strip_fragment
from .files import collect_folder
from .guard import allowed_folders, folder_problem
from .listpage import (
    ListResult,
    continuation_urls,
    discover_links,
    may_have_continuations,
    page_file_key,
    site_of,
)
from .memo import dump_parse, load_parse, parse_inputs

log = logging.getLogger(__name__)

__all__ = ["Discovered", "ParseMemo", "collect", "collect_async", "discover_source", "fetch_links", "links_to_fetch"]

MAX_CONTINUATION_PAGES = 10
Validators = Mapping[str, tuple[str | None, str | None]]


@dataclass(slots=True)
class _Discovered:
    """What one source gave before article fetching."""

    source: Source
    links: list[Link] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    index_page: Page | None = None
    unchanged: bool = False  # its feed or list page is as it was last run (304 or the same bytes)
    reused: bool = False  # its parse was an earlier run's (the same inputs)


@dataclass(slots=True)
class ParseMemo:
    """Parses of feeds and list pages remembered from earlier runs (url -> (inputs, JSON)), the
    content types their stored bodies came with, and the parses this run made (url, inputs,
    JSON) for the store to keep."""

    known: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    types: Mapping[str, str | None] = field(default_factory=dict)  # the stored bodies' content types
    made: list[tuple[str, str, str]] = field(default_factory=list)

    def recall(self, url: str, inputs: str) -> Any:
        """Return the parse remembered for url from these very inputs, else None."""
        kept = self.known.get(url)
        return load_parse(kept[1]) if kept is not None and kept[0] == inputs else None

    def keep(self, url: str, inputs: str, result: Any) -> None:
        self.made.append((url, inputs, dump_parse(result)))


def collect(
    sources: Sequence[Source],
    settings: Settings,
    *,
    validators: Validators | None = None,
    known_bodies: Mapping[str, bytes] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    on_page: Callable[[Page], None] | None = None,
    stored: Mapping[str, datetime] | None = None,
    parser: Executor | None = None,
    known_parses: Mapping[str, tuple[str, str]] | None = None,
    known_types: Mapping[str, str | None] | None = None,
) -> CollectResult:
    """Fetch every enabled source's article pages; see `collect_async`."""
    coro = collect_async(sources, settings, validators=validators, known_bodies=known_bodies,
                         today=today, progress=progress, on_page=on_page, stored=stored, parser=parser,
                         known_parses=known_parses, known_types=known_types)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


async def collect_async(
    sources: Sequence[Source],
    settings: Settings,
    *,
    validators: Validators | None = None,
    known_bodies: Mapping[str, bytes] | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    on_page: Callable[[Page], None] | None = None,
    stored: Mapping[str, datetime] | None = None,
    parser: Executor | None = None,
    known_parses: Mapping[str, tuple[str, str]] | None = None,
    known_types: Mapping[str, str | None] | None = None,
) -> CollectResult:
    """Discover and fetch article pages for the enabled sources.

    `on_page` hears every article page as soon as it is read (the pipeline stores it then,
    so a run killed while fetching keeps what it fetched).

    `validators` maps a URL (article, feed or list page) to the (etag, last_modified) stored
    last run: they are sent as If-None-Match / If-Modified-Since. An article answering 304
    gives a Page with ``not_modified=True`` and an empty body (reuse the stored bytes). A feed
    or list page is only asked conditionally when `known_bodies` holds its stored body, which
    is then parsed again, read with the content type it was stored with (`known_types`: a 304
    carries none, and a charset only in the header must still apply). `today` (the brief date) gives the year of list dates printed
    without one; without it the server's date is used. `progress` hears of each source
    discovered (stage "sources") and each article fetched (stage "pages").

    With `on_page`, each page is handed to it as soon as it is fetched (to be stored and
    extracted while fetching goes on) and the result holds the page without its body, so
    the day's pages are never all held at once.

    `stored` maps the URL of each stored page to when it was last fetched. An article linked
    from a feed or list page that did not change (304, or the bytes stored last run), whose
    stored copy was fetched less than `recheck_after_h` hours ago, is not requested: it gives a
    Page with ``not_modified`` and ``not_requested`` set (as for a 304, the stored version
    stands). So an update is picked up at once when the page that links it changes, and
    otherwise within `recheck_after_h` hours of the last request.

    `parser` is where feeds and list pages are parsed (the extraction's worker processes,
    idle while sources are discovered); without it, or if it breaks, a thread of this process.

    `known_parses` maps a feed's or list page's URL to what parsing it gave an earlier run
    (`collect.memo`: the hash of the parse's inputs, the result as JSON): a page whose inputs
    hash the same is not parsed again. The result's `parses` are the parses this run made.
    """
    progress = progress or Progress()
    started = time.monotonic()
    validators = validators or {}
    known_bodies = known_bodies or {}
    memo = ParseMemo(known_parses or {}, known_types or {})
    counts: Counter[str] = Counter()
    notes: list[str] = []
    active = [s for s in sources if s.enabled]
    for s in sources:
        if not s.enabled:
            notes.append(f"source {s.id} is disabled in sources.yaml; skipped")
    async with Fetcher(settings) as fetcher:
        progress.stage("sources", len(active))
        discovered = await asyncio.gather(
            *(_counted(_discover(fetcher, s, settings, validators, known_bodies, today, parser, memo),
                       progress, "sources") for s in active)
        )
        if on_page is not None:
            for d in discovered:
                d.pages = [_handed_over(p, on_page) for p in d.pages]
        links = _links_to_fetch(discovered, settings, counts, notes)
        claimed = {link.url for link in links}
        guarded = {s.id for s in active if s.guarded}
        reuse = _Reuse(stored or {}, settings, {d.source.id for d in discovered if d.unchanged}, claimed)
        progress.stage("pages", len(links))
        # Each source's articles get source_deadline_s from its first request (not from the
        # moment hundreds of sources of one mirror start queueing for the same host).
        deadlines = {s.id: Deadline(settings.source_deadline_s) for s in active}
        owners = _source_sites(active)
        fetched = await asyncio.gather(
            *(_counted(_fetch_article(fetcher, link, validators, claimed, link.source_id in guarded,
                                      deadlines.get(link.source_id), on_page, reuse, owners),
                       progress, "pages")
              for link in links)
        )
        counts["fetch/requests"] = fetcher.requests
        counts["fetch/shared"] = fetcher.shared
    pages: list[Page] = []
    rejections: list[Rejection] = []
    for d in discovered:
        pages.extend(d.pages)
        rejections.extend(d.rejections)
        notes.extend(d.notes)
    for outcomes in fetched:
        attached = sum(1 for o in outcomes if isinstance(o, Page) and o.attached_to)
        counts["pages/continuation"] += max(0, len(outcomes) - 1 - attached)
        counts["pages/attachments"] += attached
        for outcome in outcomes:
            (pages if isinstance(outcome, Page) else rejections).append(outcome)
    counts["sources"] = len(active)
    counts["pages"] = len(pages)
    counts["pages/not_modified"] = sum(1 for p in pages if p.not_modified)
    counts["pages/not_requested"] = sum(1 for p in pages if p.not_requested)
    counts["rejections"] = len(rejections)
    for r in rejections:
        counts[f"rejections/{r.stage}/{r.reason}"] += 1
    counts["parses/reused"] = sum(1 for d in discovered if d.reused)
    counts["collect/ms"] = round((time.monotonic() - started) * 1000)
    log.info("collect: %d pages, %d rejections from %d sources in %.2fs",
             len(pages), len(rejections), len(active), counts["collect/ms"] / 1000)
    return CollectResult(
        pages=tuple(pages),
        rejections=tuple(rejections),
        notes=tuple(notes),
        counts=dict(counts),
        index_pages=tuple(d.index_page for d in discovered if d.index_page is not None),
        parses=tuple(memo.made),
    )


def _handed_over(page: Page, on_page: Callable[[Page], None]) -> Page:
    """Give the page to on_page; return it without its body (what the result keeps)."""
    on_page(page)
    return replace(page, body=b"")


async def _counted(coro: Any, progress: Progress, stage: str) -> Any:
    """Await coro, then tell progress that one more step of stage is done."""
    result = await coro
    progress.advance(stage)
    return result


async def _discover(
    fetcher: Fetcher,
    source: Source,
    settings: Settings,
    validators: Validators,
    known_bodies: Mapping[str, bytes],
    today: date | None,
    parser: Executor | None = None,
    memo: ParseMemo | None = None,
) -> _Discovered:
    """Return the source's article links (or, for a folder, its pages); feeds and list pages
    are parsed in `parser` (see `collect_async`)."""
    found = _Discovered(source)
    if source.kind is SourceKind.FILE:
        problem = folder_problem(source.url, allowed_folders(settings)) if source.guarded else None
        if problem:
            found.rejections.append(Rejection(source.url, Stage.DISCOVER, Reason.BLOCKED,
                                              f"refused: {problem}", source.id))
            found.notes.append(f"source {source.id}: refused: {problem}")
            return found
        found.pages, found.rejections = await asyncio.to_thread(
            collect_folder, source, max_bytes=settings.max_page_bytes,
            max_files=settings.max_files_per_source, max_total_bytes=settings.max_folder_bytes,
        )
        if not found.pages:
            found.notes.append(f"source {source.id}: no readable .html/.htm files in {source.url}")
        return found
    known = known_bodies.get(source.url)
    etag, last_modified = validators.get(source.url, (None, None)) if known is not None else (None, None)
    deadline = Deadline(settings.source_deadline_s)
    outcome = await fetcher.get(source.url, etag=etag, last_modified=last_modified, guarded=source.guarded,
                                deadline=deadline, shared=True)
    if isinstance(outcome, Failure):
        found.rejections.append(Rejection(source.url, Stage.DISCOVER, outcome.reason, outcome.detail, source.id))
        found.notes.append(f"source {source.id}: {source.kind} {source.url} failed ({outcome.detail}); no links from it")
        return found
    found.index_page = _page_of(outcome, source.id)
    body = known if outcome.not_modified and known is not None else outcome.body
    content_type = outcome.content_type
    if outcome.not_modified and memo is not None and memo.types.get(source.url):
        content_type = memo.types[source.url]
    found.unchanged = known is not None and body == known
    try:
        if source.kind is SourceKind.LISTPAGE:
            reference = today or _china_day(outcome)
            inputs = parse_inputs(body, outcome.final_url, source, content_type, reference)
            listed = memo.recall(source.url, inputs) if memo else None
            found.reused = isinstance(listed, ListResult)
            if not found.reused:
                listed = await _parsed(
                    parser, discover_links, body, outcome.final_url, source,
                    content_type=content_type, reference_day=reference,
                )
                if memo:
                    memo.keep(source.url, inputs, listed)
            found.links, found.notes = listed.links, [f"source {source.id}: {n}" for n in listed.notes]
            if not listed.links:
                found.rejections.append(Rejection(
                    source.url, Stage.DISCOVER, Reason.NO_LINKS,
                    "no article links found on the list page (add a link_selector for this source)",
                    source.id))
        else:
            inputs = parse_inputs(body, outcome.final_url, source, content_type, None)
            feed = memo.recall(source.url, inputs) if memo else None
            found.reused = isinstance(feed, FeedResult)
            if not found.reused:
                feed = await _parsed(
                    parser, parse_feed, body, outcome.final_url, source.id,
                    content_type=content_type, encoding=source.encoding,
                )
                if memo:
                    memo.keep(source.url, inputs, feed)
            found.links, found.rejections = feed.links, feed.rejections
            found.notes = [f"source {source.id}: {n}" for n in feed.notes]
            if any(r.reason is Reason.MALFORMED_FEED for r in feed.rejections):
                found.notes.append(f"source {source.id}: feed {source.url} is unreadable; no links from it")
            elif not feed.links:
                found.notes.append(f"source {source.id}: feed {source.url} has no items")
                found.rejections.append(Rejection(source.url, Stage.DISCOVER, Reason.NO_LINKS,
                                                  "the feed has no items", source.id))
    except BriefError as exc:  # a body that is not a readable page (binary, undecodable): one line
        reason = Reason.MALFORMED_FEED if source.kind is not SourceKind.LISTPAGE else Reason.DECODE_ERROR
        found.rejections.append(Rejection(source.url, Stage.DISCOVER, reason, f"cannot read: {exc}", source.id))
        found.notes.append(f"source {source.id}: cannot read {source.url} ({exc}); no links from it")
    except Exception as exc:  # a parser bug must not end the run; name it and go on
        log.exception("source %s: cannot read %s", source.id, source.url)
        reason = Reason.MALFORMED_FEED if source.kind is not SourceKind.LISTPAGE else Reason.DECODE_ERROR
        found.rejections.append(Rejection(source.url, Stage.DISCOVER, reason, f"cannot read: {exc}", source.id))
        found.notes.append(f"source {source.id}: cannot read {source.url} ({exc}); no links from it")
    return found


async def _parsed(parser: Executor | None, parse: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Return parse(*args, **kwargs), run in `parser` (worker processes), else in a thread."""
    if parser is not None:
        try:
            return await asyncio.wrap_future(parser.submit(parse, *args, **kwargs))
        except BrokenExecutor as exc:  # a worker died: parse it here, as extraction then does
            log.warning("parsing in a worker failed (%s); parsing here", exc)
    return await asyncio.to_thread(parse, *args, **kwargs)


def _links_to_fetch(
    discovered: Sequence[_Discovered], settings: Settings, counts: Counter[str], notes: list[str]
) -> list[Link]:
    """Return the links to fetch: at most N per source, each URL once (the first source keeps it)."""
    chosen: dict[str, int] = {}
    out: list[Link] = []
    for d in discovered:
        links = _unique(d.links)
        counts["links/found"] += len(links)
        counts[f"links/source/{d.source.id}"] = len(links)
        limit = max(0, settings.max_links_per_source)
        if len(links) > limit:
            counts["links/over_limit"] += len(links) - limit
            notes.append(f"source {d.source.id}: {len(links)} links, only the first {limit} are fetched")
            links = links[:limit]
        for link in links:
            key = strip_fragment(link.url)
            if key in chosen:
                counts["links/duplicate"] += 1
                first = out[chosen[key]]
                if (first.title is None and link.title) or (first.published_hint is None and link.published_hint):
                    out[chosen[key]] = Link(first.url, first.source_id, first.title or link.title,
                                            first.found_on, first.published_hint or link.published_hint)
                continue
            chosen[key] = len(out)
            out.append(Link(key, link.source_id, link.title, link.found_on, link.published_hint))
    return out


def _unique(links: Sequence[Link]) -> list[Link]:
    seen: set[str] = set()
    out: list[Link] = []
    for link in links:
        key = strip_fragment(link.url)
        if key not in seen:
            seen.add(key)
            out.append(link)
    return out


async def _fetch_article(
    fetcher: Fetcher, link: Link, validators: Validators, claimed: set[str], guarded: bool = False,
    deadline: Deadline | None = None, on_page: Callable[[Page], None] | None = None,
    reuse: _Reuse | None = None, owners: Mapping[str, str] | None = None,
) -> list[Page | Rejection]:
    """Fetch an article, then the further pages of an article split over pages (each page
    handed to on_page, if given, and kept without its body); or, if its stored copy may stand
    (see `_Reuse`), give that copy and its further pages without a request."""
    kept = reuse.pages(link) if reuse is not None else None
    if kept is not None:
        return [_handed_over(p, on_page) if on_page else p for p in kept]
    out: list[Page | Rejection] = []
    attached: list[Page | Rejection] = []
    queue = [link]
    while queue and len(out) <= MAX_CONTINUATION_PAGES:
        current = queue.pop(0)
        outcome = await _fetch_one(fetcher, current, validators, guarded, deadline)
        if isinstance(outcome, Page) and outcome.not_modified and reuse is not None:
            more = reuse.further_pages(outcome.url)  # as they were found in the stored body
        elif not isinstance(outcome, Page) or not outcome.body:
            out.append(_handed_over(outcome, on_page) if isinstance(outcome, Page) and on_page else outcome)
            continue
        elif not may_have_continuations(outcome.body, outcome.final_url):
            more = []  # most pages: a byte test says so, without parsing or a thread
        else:
            try:
                more = await asyncio.to_thread(
                    continuation_urls, outcome.body, outcome.final_url, content_type=outcome.content_type
                )
            except BriefError:  # an undecodable body has no further pages (extract names the problem)
                more = []
        files = (await asyncio.to_thread(attachment_links, outcome, owners=owners)
                 if may_link_files(outcome.body) else [])
        out.append(_handed_over(outcome, on_page) if on_page else outcome)
        if files:
            attached.extend(await _fetch_attachments(fetcher, outcome, files, link, validators, claimed,
                                                     guarded, deadline, on_page))
        for url in more:
            if url not in claimed:
                claimed.add(url)
                queue.append(Link(url, link.source_id, link.title, outcome.url, link.published_hint))
    return out + attached


def _source_sites(sources: Sequence[Source]) -> dict[str, str]:
    """Return each source's site (as `site_of` names it) and its id; a site two sources share
    is left out, since a file there would have no one publisher."""
    owners: dict[str, str | None] = {}
    for s in sources:
        site = site_of(s.url)
        if site:
            owners[site] = s.id if owners.get(site, s.id) == s.id else None
    return {site: sid for site, sid in owners.items() if sid is not None}


async def _fetch_attachments(
    fetcher: Fetcher, notice: Page, files: Sequence[AttachmentLink], link: Link, validators: Validators,
    claimed: set[str], guarded: bool, deadline: Deadline | None, on_page: Callable[[Page], None] | None,
) -> list[Page | Rejection]:
    """Fetch a notice's readable attachments (conditionally, as articles are) as pages credited
    as the notice is (see `collect.attachments`); a legacy file gives one rejection, no request."""
    wanted = [f for f in files if f.url not in claimed]
    for f in wanted:
        claimed.add(f.url)
    out: list[Page | Rejection] = [Rejection(f.url, Stage.EXTRACT, Reason.DECODE_ERROR, legacy_detail(f),
                                             link.source_id) for f in wanted if not f.readable]
    readable = [f for f in wanted if f.readable]
    if not readable:
        return out
    credit = await asyncio.to_thread(notice_credit, notice, link.published_hint)
    for f in readable:
        source_id = f.owner or link.source_id
        outcome = await _fetch_one(fetcher, Link(f.url, source_id, credit.headline_for(f), notice.url,
                                                 credit.published), validators, guarded, deadline, html_only=False)
        if isinstance(outcome, Rejection):
            out.append(replace(outcome, detail=f"attachment of {notice.url}: {outcome.detail}"))
            continue
        # a file on another source's site is that source's: the linking page's 来源 is not its
        page = replace(outcome, attached_to=notice.url, stated_source=None if f.owner else credit.stated_source)
        out.append(_handed_over(page, on_page) if on_page else page)
    return out


async def _fetch_one(fetcher: Fetcher, link: Link, validators: Validators, guarded: bool = False,
                     deadline: Deadline | None = None, *, html_only: bool = True) -> Page | Rejection:
    etag, last_modified = validators.get(link.url, (None, None))
    outcome = await fetcher.get(link.url, etag=etag, last_modified=last_modified, html_only=html_only,
                                guarded=guarded, deadline=deadline)
    if isinstance(outcome, Failure):
        return Rejection(link.url, Stage.FETCH, outcome.reason, outcome.detail, link.source_id)
    if outcome.not_modified and not (etag or last_modified):
        return Rejection(link.url, Stage.FETCH, Reason.HTTP_ERROR, "HTTP 304 to a request without validators", link.source_id)
    return _page_of(outcome, link.source_id, link)


class _Reuse:
    """Which article pages need no request this run: a link from a source whose feed or list
    page did not change, whose stored copy (and that of each further page stored for it) was
    fetched less than `recheck_after_h` hours ago."""

    def __init__(self, stored: Mapping[str, datetime], settings: Settings, unchanged: set[str],
                 claimed: set[str]) -> None:
        self.stored = stored
        self.unchanged = unchanged
        self.claimed = claimed
        self.cutoff = datetime.now(UTC) - timedelta(hours=max(0.0, settings.recheck_after_h))
        self.enabled = settings.recheck_after_h > 0 and bool(unchanged) and bool(stored)
        self._further: dict[tuple[str, str, str], list[tuple[int, str]]] | None = None

    def pages(self, link: Link) -> list[Page] | None:
        """Return the pages standing for link without a request, or None (fetch it)."""
        if not self.enabled or link.source_id not in self.unchanged or not self._recent(link.url):
            return None
        further = [url for url in self.further_pages(link.url) if url not in self.claimed]
        if not all(self._recent(url) for url in further):
            return None
        self.claimed.update(further)
        first = self._page(link.url, link)
        return [first, *(self._page(url, Link(url, link.source_id, link.title, link.url, link.published_hint))
                         for url in further)]

    def _recent(self, url: str) -> bool:
        when = self.stored.get(url)
        return when is not None and when >= self.cutoff

    def further_pages(self, url: str) -> list[str]:
        """Return the stored pages named as further pages of url (``name_1.html`` …, see
        `continuation_urls`), in page order."""
        if self._further is None:
            self._further = {}
            for known in self.stored:
                key = page_file_key(known)
                if key is not None and key[1]:
                    self._further.setdefault(key[0], []).append((key[1], known))
            for entries in self._further.values():
                entries.sort()
        key = page_file_key(url)
        if key is None:
            return []
        return [u for _n, u in self._further.get(key[0], ()) if u != url]

    def _page(self, url: str, link: Link) -> Page:
        return Page(url=url, final_url=url, source_id=link.source_id, status=304, content_type=None, body=b"",
                    sha256="", fetched_at=self.stored[url], not_modified=True, not_requested=True,
                    link_title=link.title, published_hint=link.published_hint)


def _page_of(resp: Response, source_id: str, link: Link | None = None) -> Page:
    return Page(
        url=resp.url,
        final_url=resp.final_url,
        source_id=source_id,
        status=resp.status,
        content_type=resp.content_type,
        body=resp.body,
        sha256="" if resp.not_modified else hashlib.sha256(resp.body).hexdigest(),
        fetched_at=resp.fetched_at,
        etag=resp.etag,
        last_modified=resp.last_modified,
        not_modified=resp.not_modified,
        link_title=link.title if link else None,
        published_hint=link.published_hint if link else None,
    )


def _china_day(resp: Response) -> date:
    """Return the China-local day the response was served (server Date, else fetch time)."""
    moment = resp.server_date or resp.fetched_at
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(CHINA_TZ).date()


# -- the same steps one at a time, for tasks run on other machines (dailybrief.distribute)

Discovered = _Discovered


def discover_source(
    source: Source, settings: Settings, *, validators: Validators | None = None,
    known_bodies: Mapping[str, bytes] | None = None, today: date | None = None,
) -> tuple[_Discovered, Counter[str]]:
    """Return one source's links (or a folder's pages) and the requests it took, as
    `collect` discovers each source."""
    async def one() -> tuple[_Discovered, Counter[str]]:
        async with Fetcher(settings) as fetcher:
            found = await _discover(fetcher, source, settings, validators or {}, known_bodies or {}, today)
            return found, Counter({"fetch/requests": fetcher.requests, "fetch/shared": fetcher.shared})
    return asyncio.run(one())


def links_to_fetch(
    discovered: Sequence[_Discovered], settings: Settings, counts: Counter[str], notes: list[str]
) -> list[Link]:
    """Return the links `collect` fetches from what the sources gave (see `_links_to_fetch`)."""
    return _links_to_fetch(discovered, settings, counts, notes)


def fetch_links(
    links: Sequence[Link], settings: Settings, *, validators: Validators, claimed: Any,
    guarded: set[str], on_page: Callable[[Page], None] | None = None,
) -> tuple[list[list[Page | Rejection]], Counter[str]]:
    """Fetch article links (and the further pages of split articles) as `collect` does; return
    each link's pages and rejections, and the requests it took. `claimed` answers `url in
    claimed` for a further page (True: another link has it) and takes `claimed.add(url)`."""
    async def fetch_all() -> tuple[list[list[Page | Rejection]], Counter[str]]:
        async with Fetcher(settings) as fetcher:
            deadlines = {link.source_id: Deadline(settings.source_deadline_s) for link in links}
            fetched = await asyncio.gather(
                *(_fetch_article(fetcher, link, validators, claimed, link.source_id in guarded,
                                 deadlines[link.source_id], on_page) for link in links))
            return list(fetched), Counter({"fetch/requests": fetcher.requests, "fetch/shared": fetcher.shared})
    return asyncio.run(fetch_all())
