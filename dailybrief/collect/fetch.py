"""Polite HTTP fetching: the only module that talks to httpx.

One `Fetcher` per run: a shared `httpx.AsyncClient` (on plain asyncio streams, see
`netstream`), a per-host concurrency limit and delay, robots.txt per origin, retries with
exponential backoff on 5xx and timeouts, redirects followed by hand (so loops are named),
bodies streamed up to a size limit.
Every expected failure is returned as a `Failure` value, never raised.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
import typing
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx

from ..errors import FetchError
from ..models import Page, Reason
from ..settings import Settings
from .guard import BlockedAddress, FetchPolicy, GuardedTransport, Resolver, shared_ssl_context
from .netstream import AsyncioTransport

log = logging.getLogger(__name__)

MAX_REDIRECTS = 10
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SNIFFABLE_TYPES = frozenset({"", "text/plain", "application/octet-stream"})
ROBOTS_MAX_BYTES = 512_000
MAX_CRAWL_DELAY_S = 5.0
LOOPBACK_PATTERNS = ("all://127.0.0.1", "all://localhost", "all://[::1]")


@dataclass(frozen=True, slots=True)
class Response:
    """A successful fetch (2xx, or 304 when validators were sent)."""

    url: str
    final_url: str
    status: int
    content_type: str | None
    body: bytes
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    server_date: datetime | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class Failure:
    """A fetch that did not give a usable response: the reason and one clear line."""

    url: str
    reason: Reason
    detail: str
    status: int | None = None
    ours: bool = False  # our own limit (a deadline) ended it: it says nothing about the host


class Deadline:
    """A deadline that starts counting when its first request is sent (not while it waits for
    a slot behind other sources' requests to a shared host, as in a mirror)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._ends: float | None = None

    def peek(self) -> float:
        """Return when it ends (event-loop time); infinity while nothing has been sent."""
        return float("inf") if self._ends is None else self._ends

    def start(self, now: float) -> float:
        """Start the clock (if not started) and return when it ends."""
        if self._ends is None:
            self._ends = now + self.seconds
        return self._ends


DeadlineLike = float | Deadline | None


def _ends(deadline: DeadlineLike) -> float:
    if deadline is None:
        return float("inf")
    return deadline.peek() if isinstance(deadline, Deadline) else deadline


@dataclass(slots=True)
class _Raw:
    status: int
    headers: httpx.Headers
    body: bytes


def strip_fragment(url: str) -> str:
    """Return url without its #fragment (the same document for fetching)."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(fragment="")) if parts.fragment or url.endswith("#") else url


def media_type(content_type: str | None) -> str:
    """Return the lower-case media type of a Content-Type header ('' if none)."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def looks_like_html(body: bytes) -> bool:
    """Return True if the first bytes look like an HTML document."""
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<!--", b"<meta", b"<div", b"<p"))


class _Cookies(httpx.Cookies):
    """httpx's cookie jar, reading a response's cookies only when it sets some: for every
    response httpx otherwise builds the urllib request and response the jar reads, to find
    no Set-Cookie header in most (about a tenth of the client's CPU for a page)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        if "set-cookie" in headers or "set-cookie2" in headers:
            super().extract_cookies(response)


class _AsyncClient(httpx.AsyncClient):
    """httpx's client with `_Cookies` for its jar (cookies are kept across requests as before)."""

    def __init__(self, **kwargs: typing.Any) -> None:
        super().__init__(**kwargs)
        self.cookies = httpx.Cookies()  # starts empty, as httpx's own

    @property
    def cookies(self) -> httpx.Cookies:
        return self._lazy_cookies

    @cookies.setter
    def cookies(self, cookies: typing.Any) -> None:
        self._lazy_cookies = _Cookies(cookies)


class Fetcher:
    """Fetch URLs politely; use as ``async with Fetcher(settings) as f: await f.get(url)``."""

    def __init__(self, settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None,
                 resolve: Resolver | None = None) -> None:
        self.settings = settings
        self._transport = transport
        self._resolve = resolve
        self.policy = FetchPolicy.from_settings(settings)
        self._client: httpx.AsyncClient | None = None
        self._guarded_client: httpx.AsyncClient | None = None
        self._slots: dict[str, asyncio.Semaphore] = {}
        self._next_start: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_locks: dict[str, asyncio.Lock] = {}
        self._hosts: dict[str, _HostHealth] = {}
        self._shared: dict[tuple[object, ...], asyncio.Future[Response | Failure]] = {}
        self._run_deadline = float("inf")
        self.requests = 0
        self.shared = 0

    async def __aenter__(self) -> Fetcher:
        self._run_deadline = asyncio.get_running_loop().time() + max(0.0, self.settings.run_deadline_s)
        timeout = httpx.Timeout(self.settings.timeout_s)
        headers = {"User-Agent": self.settings.user_agent, "Accept-Language": "zh-CN,zh;q=0.9"}
        limits = httpx.Limits(max_connections=64, max_keepalive_connections=32)
        self._client = _AsyncClient(
            headers=headers,
            timeout=timeout,
            follow_redirects=False,
            transport=self._transport or AsyncioTransport(verify=shared_ssl_context(), limits=limits),
            limits=limits,
            verify=shared_ssl_context(),
            mounts=dict.fromkeys(LOOPBACK_PATTERNS),  # never send loopback requests to a proxy
        )
        # Workbench-added sources: every connection checked at connect time, never via a proxy.
        self._guarded_client = _AsyncClient(
            headers=headers,
            timeout=timeout,
            follow_redirects=False,
            transport=self._transport or GuardedTransport(self.policy, limits=limits, resolve=self._resolve),
            trust_env=False,
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        for client in (self._client, self._guarded_client):
            if client is not None:
                await client.aclose()
        self._client = self._guarded_client = None

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        html_only: bool = False,
        guarded: bool = False,
        deadline: DeadlineLike = None,
        shared: bool = False,
    ) -> Response | Failure:
        """Fetch url (following redirects); return a Response or a Failure, never raise.

        `guarded` (a workbench-added source): every hop may only reach what the policy allows.
        `deadline` (event-loop time, or a `Deadline` such as the source's): no request starts or
        runs past it, nor past the run's deadline. `shared`: identical requests in this run are made once.
        """
        url = strip_fragment(url)
        if shared:
            key = (url, etag, last_modified, html_only, guarded)
            future = self._shared.get(key)
            if future is None:
                future = self._shared[key] = asyncio.ensure_future(
                    self.get(url, etag=etag, last_modified=last_modified, html_only=html_only,
                             guarded=guarded, deadline=deadline))
            else:
                self.shared += 1
            return await asyncio.shield(future)
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        chain = [url]
        current = url
        for _hop in range(MAX_REDIRECTS + 1):
            if urlsplit(current).scheme not in ("http", "https"):
                return Failure(url, Reason.HTTP_ERROR, f"unsupported URL scheme in {current}")
            if guarded and (problem := self.policy.url_problem(current)):
                return _blocked(url, problem)
            if self.settings.respect_robots and not await self._allowed(current, guarded):
                return Failure(url, Reason.ROBOTS, f"robots.txt disallows {current}")
            result = await self._with_retries(current, headers, html_only=html_only, guarded=guarded,
                                              deadline=deadline)
            if isinstance(result, Failure):
                return Failure(url, result.reason, result.detail, result.status)
            location = result.headers.get("location")
            if result.status in REDIRECT_STATUSES and location:
                target = strip_fragment(urljoin(current, location.strip()))
                if target in chain:
                    loop = " -> ".join([*chain[chain.index(target):], target])
                    return Failure(url, Reason.REDIRECT_LOOP, f"redirect loop: {loop}", result.status)
                chain.append(target)
                current = target
                continue
            return self._response_of(url, current, result, html_only=html_only)
        return Failure(url, Reason.REDIRECT_LOOP, f"more than {MAX_REDIRECTS} redirects (last {current})")

    def _response_of(self, url: str, final_url: str, raw: _Raw, *, html_only: bool) -> Response | Failure:
        status = raw.status
        if status == 304:
            pass
        elif status in (404, 410):
            return Failure(url, Reason.NOT_FOUND, f"HTTP {status} at {final_url}", status)
        elif status >= 300 or status < 200:
            return Failure(url, Reason.HTTP_ERROR, f"HTTP {status} at {final_url}", status)
        content_type = raw.headers.get("content-type")
        if html_only and status != 304 and not _is_html(content_type, raw.body):
            return Failure(url, Reason.NOT_HTML, f"content type {media_type(content_type) or 'unknown'} is not HTML", status)
        return Response(
            url=url,
            final_url=final_url,
            status=status,
            content_type=content_type,
            body=raw.body if status != 304 else b"",
            fetched_at=datetime.now(UTC),
            etag=raw.headers.get("etag"),
            last_modified=raw.headers.get("last-modified"),
            server_date=_http_date(raw.headers.get("date")),
        )

    async def _with_retries(
        self, url: str, headers: dict[str, str], *, html_only: bool, guarded: bool = False,
        deadline: DeadlineLike = None,
    ) -> _Raw | Failure:
        """Request url, retrying 429, 5xx and timeouts (Retry-After honoured up to a cap) within
        the deadline; a host that keeps failing is skipped for the rest of the run."""
        loop = asyncio.get_running_loop()
        host = breaker_key(url)
        health = self._hosts.setdefault(host, _HostHealth())
        attempts = max(0, self.settings.retries) + 1
        outcome: _Raw | Failure | None = None
        made = 0
        for attempt in range(attempts):
            if health.skip_reason:
                if outcome is not None:  # stopped retrying: report the last real outcome
                    break
                return Failure(url, Reason.HTTP_ERROR, f"not requested: {host} {health.skip_reason}")
            if attempt:
                delay = _retry_after(outcome) if isinstance(outcome, _Raw) else None
                if delay is None:
                    delay = self.settings.backoff_s * (2 ** (attempt - 1))
                if loop.time() + delay >= min(_ends(deadline), self._run_deadline):
                    break
                log.debug("retry %d for %s in %.2fs", attempt, url, delay)
                await asyncio.sleep(delay)
            if loop.time() >= min(_ends(deadline), self._run_deadline):
                return _past_deadline(url, _ends(deadline), self._run_deadline)
            sent: list[float] = []
            outcome = await self._once(url, headers, html_only=html_only, guarded=guarded, deadline=deadline,
                                       sent=sent)
            made += 1
            health.record(outcome, self.settings, sent[0] if sent else loop.time(), loop.time())
            if not _retryable(outcome):
                return outcome
            if isinstance(outcome, _Raw) and (refusal := self._too_long_to_wait(url, outcome, health)):
                return refusal
        assert outcome is not None
        tries = f"{made} attempt{'s' if made > 1 else ''}"
        if isinstance(outcome, Failure):
            return Failure(outcome.url, outcome.reason, f"{outcome.detail} ({tries})", outcome.status)
        return Failure(url, Reason.HTTP_ERROR, f"HTTP {outcome.status} at {url} ({tries})", outcome.status)

    def _too_long_to_wait(self, url: str, raw: _Raw, health: _HostHealth) -> Failure | None:
        """Return a Failure (and skip the host) if it asks to come back later than the cap."""
        asked = _retry_after(raw)
        cap = self.settings.retry_after_max_s
        if asked is None or asked <= cap:
            return None
        health.skip_reason = f"asked to retry after {asked:g}s (HTTP {raw.status}), more than retry_after_max_s={cap:g}"
        return Failure(url, Reason.HTTP_ERROR, f"HTTP {raw.status} at {url}: {health.skip_reason}; not retried",
                       raw.status)

    async def _once(
        self, url: str, headers: dict[str, str], *, html_only: bool, guarded: bool = False,
        deadline: DeadlineLike = None, sent: list[float] | None = None,
    ) -> _Raw | Failure:
        """Make one request in a slot of its host (`sent` hears when it started)."""
        host = urlsplit(url).netloc.lower()
        loop = asyncio.get_running_loop()
        async with self._slot(host):
            await self._wait_turn(host)
            health = self._hosts.get(breaker_key(url))
            if health is not None and health.skip_reason:
                return Failure(url, Reason.HTTP_ERROR, f"not requested: {breaker_key(url)} {health.skip_reason}")
            start = loop.time()
            if sent is not None:
                sent.append(start)
            own = deadline.start(start) if isinstance(deadline, Deadline) else _ends(deadline)
            limit = min(own, self._run_deadline)
            budget = min(self.settings.timeout_s, limit - start)
            if budget <= 0:
                return _past_deadline(url, own, self._run_deadline)
            self.requests += 1
            try:
                client = self._guarded_client if guarded else self._client
                async with asyncio.timeout(budget):  # in this task (wait_for would start one per request)
                    return await self._stream(client, url, headers, html_only=html_only)
            except BlockedAddress as exc:
                return _blocked(url, str(exc))
            except (TimeoutError, httpx.TimeoutException):
                cut = budget < self.settings.timeout_s
                why = "the source's or run's deadline" if cut else "timeout_s"
                return Failure(url, Reason.TIMEOUT,
                               f"timed out after {loop.time() - start:.1f}s (whole request, body included; "
                               f"limit {budget:.1f}s from {why})", ours=cut)
            except httpx.ConnectError as exc:
                return Failure(url, Reason.NETWORK, f"cannot connect: {_short(exc)}")
            except (httpx.HTTPError, OSError) as exc:
                return Failure(url, Reason.NETWORK, f"{type(exc).__name__}: {_short(exc)}")

    async def _stream(
        self, client: httpx.AsyncClient | None, url: str, headers: dict[str, str], *, html_only: bool
    ) -> _Raw | Failure:
        assert client is not None, "use Fetcher as an async context manager"
        limit = self.settings.max_page_bytes
        async with client.stream("GET", url, headers=headers) as resp:
            status = resp.status_code
            if status in REDIRECT_STATUSES or status == 304 or status >= 400:
                return _Raw(status, resp.headers, b"")
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                return Failure(url, Reason.TOO_LARGE, f"{int(declared)} bytes declared, limit {limit}", status)
            content_type = resp.headers.get("content-type")
            if html_only and media_type(content_type) not in HTML_TYPES | SNIFFABLE_TYPES:
                return Failure(url, Reason.NOT_HTML, f"content type {media_type(content_type)} is not HTML", status)
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.aiter_bytes():
                size += len(chunk)
                if size > limit:
                    return Failure(url, Reason.TOO_LARGE, f"body exceeds the limit of {limit} bytes", status)
                chunks.append(chunk)
            return _Raw(status, resp.headers, b"".join(chunks))

    def _slot(self, host: str) -> asyncio.Semaphore:
        slot = self._slots.get(host)
        if slot is None:
            slot = self._slots[host] = asyncio.Semaphore(max(1, self.settings.per_host_concurrency))
        return slot

    async def _wait_turn(self, host: str) -> None:
        """Keep at least the per-host delay between two request starts on one host."""
        delay = max(self.settings.per_host_delay_s, self._host_delay.get(host, 0.0))
        if delay <= 0:
            return
        loop = asyncio.get_running_loop()
        now = loop.time()
        start = max(now, self._next_start.get(host, now))
        self._next_start[host] = start + delay
        if start > now:
            await asyncio.sleep(start - now)

    async def _allowed(self, url: str, guarded: bool = False) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        key = f"guarded {origin}" if guarded else origin
        if key not in self._robots:
            lock = self._robots_locks.setdefault(key, asyncio.Lock())
            async with lock:
                if key not in self._robots:
                    self._robots[key] = await self._read_robots(origin, guarded)
        parser = self._robots[key]
        return parser is None or parser.can_fetch(self.settings.user_agent, url)

    async def _read_robots(self, origin: str, guarded: bool = False) -> RobotFileParser | None:
        """Return the origin's robots rules; None (allow all) when there is no robots.txt."""
        url = origin + "/robots.txt"
        for _hop in range(5):
            if guarded and self.policy.url_problem(url):
                return None
            outcome = await self._with_retries(url, {}, html_only=False, guarded=guarded)
            if isinstance(outcome, Failure):
                log.info("robots.txt unavailable at %s (%s); allowing all", url, outcome.detail)
                return None
            location = outcome.headers.get("location")
            if outcome.status in REDIRECT_STATUSES and location:
                url = urljoin(url, location)
                continue
            break
        else:
            return None
        if outcome.status != 200:
            log.debug("robots.txt at %s: HTTP %d; allowing all", url, outcome.status)
            return None
        parser = RobotFileParser(url)
        text = outcome.body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        crawl_delay = parser.crawl_delay(self.settings.user_agent)
        if crawl_delay:
            host = urlsplit(origin).netloc
            self._host_delay[host] = min(float(crawl_delay), MAX_CRAWL_DELAY_S)
        return parser


def fetch_one(url: str, settings: Settings, *, html_only: bool = True) -> Page:
    """Fetch one page politely (robots, retries, limits); raise FetchError naming the URL if it fails."""

    async def run() -> Response | Failure:
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(url, html_only=html_only)

    outcome = asyncio.run(run())
    if isinstance(outcome, Failure):
        raise FetchError(url, outcome.detail, outcome.status)
    return Page(
        url=outcome.url,
        final_url=outcome.final_url,
        source_id="",
        status=outcome.status,
        content_type=outcome.content_type,
        body=outcome.body,
        sha256=hashlib.sha256(outcome.body).hexdigest(),
        fetched_at=outcome.fetched_at,
        etag=outcome.etag,
        last_modified=outcome.last_modified,
    )


def _blocked(url: str, problem: str) -> Failure:
    return Failure(url, Reason.BLOCKED,
                   f"refused: {problem}; a source added in the workbench may only reach public "
                   "addresses (the operator may allow hosts in the fetch_allow setting)")


_MIRRORED_HOST = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$")


def breaker_key(url: str) -> str:
    """Return the site a failure counts against: the host, or in a mirror served from one
    address (``http://127.0.0.1:8000/www.nea.gov.cn/…``) the host plus the mirrored site, so
    one failing site does not close the others."""
    parts = urlsplit(url)
    first = parts.path.lstrip("/").split("/", 1)[0].lower()
    if "/" in parts.path.lstrip("/") and _MIRRORED_HOST.match(first) and not first.endswith((".html", ".htm")):
        return f"{parts.netloc.lower()}/{first}"
    return parts.netloc.lower()


@dataclass(slots=True)
class _HostHealth:
    """A host's run so far: failures in a row (429, 5xx, timeouts, network) and, once too many,
    why it is skipped for the rest of the run (a circuit breaker).

    What our own deadlines cut short is not the host's failure. Timeouts of requests that
    were already in flight when the run of failures began are one stall of the host: with
    many requests at a time (a mirror with a raised per_host_concurrency) one slow moment
    would otherwise time out more requests at once than the limit. They count up to one less
    than the limit, so a stall alone never closes the host; a request sent after it began
    must fail too. Network errors, 429 and 5xx count request by request."""

    failures: int = 0
    skip_reason: str = ""
    streak_began: float = float("inf")  # when the first failure of the current run of failures came

    def record(self, outcome: _Raw | Failure, settings: Settings, sent: float, now: float) -> None:
        if isinstance(outcome, Failure) and outcome.ours:
            return
        failed = (outcome.reason in (Reason.TIMEOUT, Reason.NETWORK) if isinstance(outcome, Failure)
                  else outcome.status >= 500 or outcome.status in RETRY_STATUSES)
        limit = settings.host_failures_to_skip
        if not failed:
            self.failures = 0
            self.streak_began = float("inf")
            return
        in_stall = isinstance(outcome, Failure) and outcome.reason is Reason.TIMEOUT and sent < self.streak_began
        if in_stall and self.failures >= limit - 1 and self.failures > 0:
            return
        if self.failures == 0:
            self.streak_began = now
        self.failures += 1
        if limit > 0 and self.failures >= limit and not self.skip_reason:
            what = outcome.detail if isinstance(outcome, Failure) else f"HTTP {outcome.status}"
            self.skip_reason = f"failed {self.failures} times in a row (last: {what}); skipped for the rest of the run"


def _retry_after(raw: _Raw) -> float | None:
    """Return the seconds a 429/503 asks us to wait (Retry-After: seconds or an HTTP date)."""
    value = (raw.headers.get("retry-after") or "").strip()
    if not value or raw.status not in (429, 503):
        return None
    if value.isdigit():
        return float(value)
    when = _http_date(value)
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _past_deadline(url: str, deadline: float, run_deadline: float) -> Failure:
    which = "the run's deadline (run_deadline_s)" if run_deadline <= deadline else \
        "the source's deadline (source_deadline_s)"
    return Failure(url, Reason.TIMEOUT, f"not fetched: {which} has passed", ours=True)


def _retryable(outcome: _Raw | Failure) -> bool:
    if isinstance(outcome, Failure):
        return outcome.reason is Reason.TIMEOUT
    return outcome.status >= 500 or outcome.status in RETRY_STATUSES


def _is_html(content_type: str | None, body: bytes) -> bool:
    kind = media_type(content_type)
    if kind in HTML_TYPES:
        return True
    return kind in SNIFFABLE_TYPES and looks_like_html(body)


def _http_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
