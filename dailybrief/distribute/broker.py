"""The Redis broker: Dramatiq's message queue and result store, and the run's shared context.

A run publishes its context once (its database's id, the source registry in order, the
settings, the brief's day) under a key of its own, so a message carries only that key and
its own payload. The further pages of split articles are claimed in a Redis hash, so two
workers never fetch one page twice in one run, and a redelivered task keeps its own claims.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import BrokerError, ConfigError
from ..models import Source
from ..settings import Settings
from .wire import settings_from_wire, settings_to_wire, source_from_wire, source_to_wire

NAMESPACE = "dailybrief"
QUEUE = "dailybrief"
CONTEXT_TTL_S = 2 * 24 * 3600   # a run's context and claims outlive any run
RESULT_TTL_MS = 2 * 24 * 3600 * 1000
DATABASE_ID = "database_id"     # meta key: the id that tells workers they share the database
SCHEMES = ("redis://", "rediss://", "unix://")


def shown(url: str) -> str:
    """Return the broker URL as it may appear in messages (its password masked)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def check_url(url: str) -> str:
    """Return url if it names a Redis server; raise ConfigError otherwise."""
    if not url.startswith(SCHEMES):
        raise ConfigError(f"--broker {shown(url)}: not a Redis URL (redis://host:6379/0)")
    return url


def redis_client(url: str) -> Any:
    """Return a client of the broker's Redis server, refusing one that does not answer."""
    import redis

    client = redis.Redis.from_url(check_url(url), socket_connect_timeout=5, socket_timeout=30,
                                  health_check_interval=30)
    try:
        client.ping()
    except redis.RedisError as exc:
        raise BrokerError(f"--broker {shown(url)}: the Redis server cannot be reached ({exc})") from exc
    return client


def make_broker(url: str) -> Any:
    """Return Dramatiq's Redis broker at url, storing task results in the same server."""
    try:
        from dramatiq.brokers.redis import RedisBroker
        from dramatiq.results import Results
        from dramatiq.results.backends import RedisBackend
    except ImportError as exc:
        raise ConfigError("--broker: the worker mode needs Dramatiq; install it with "
                          "pip install 'dailybrief[workers]'") from exc
    client = redis_client(url)
    broker = RedisBroker(client=client, namespace=NAMESPACE)
    broker.add_middleware(Results(backend=RedisBackend(client=client, namespace=f"{NAMESPACE}-results"),
                                  result_ttl=RESULT_TTL_MS))
    return broker


@dataclass(frozen=True)
class RunContext:
    """What every task of one run needs: published by the coordinator, read by the workers."""

    database: str
    day: date
    sources: tuple[Source, ...]
    settings: Settings

    @cached_property
    def by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def guarded(self) -> set[str]:
        return {s.id for s in self.sources if s.enabled and s.guarded}


def context_key(run_key: str) -> str:
    return f"{NAMESPACE}:run:{run_key}"


def claims_key(run_key: str) -> str:
    return f"{NAMESPACE}:claims:{run_key}"


def publish_context(client: Any, run_key: str, context: RunContext) -> None:
    data = {"database": context.database, "day": context.day.isoformat(),
            "sources": [source_to_wire(s) for s in context.sources],
            "settings": settings_to_wire(context.settings)}
    client.set(context_key(run_key), json.dumps(data, ensure_ascii=False), ex=CONTEXT_TTL_S)


def read_context(client: Any, run_key: str) -> RunContext | None:
    raw = client.get(context_key(run_key))
    if raw is None:
        return None
    data = json.loads(raw)
    return RunContext(database=data["database"], day=date.fromisoformat(data["day"]),
                      sources=tuple(source_from_wire(s) for s in data["sources"]),
                      settings=settings_from_wire(data["settings"]))


def claim_links(client: Any, run_key: str, owners: dict[str, str]) -> None:
    """Record the run's article links (url → the batch fetching it) before any is fetched."""
    key = claims_key(run_key)
    items = [(url, f"link:{batch}") for url, batch in owners.items()]
    with client.pipeline(transaction=False) as pipe:
        for start in range(0, len(items), 1000):
            pipe.hset(key, mapping=dict(items[start:start + 1000]))
        pipe.expire(key, CONTEXT_TTL_S)
        pipe.execute()


class SharedClaims:
    """The run's claimed URLs as `collect` asks about them (`url in claims`, `claims.add(url)`).

    Asking about a further page claims it for this batch if nobody has it; it counts as
    claimed by another when an article link or another batch has it. A redelivered batch
    finds its own claims and fetches those pages again, as the first delivery did.
    """

    def __init__(self, client: Any, run_key: str, batch: str) -> None:
        self.client, self.key, self.mine = client, claims_key(run_key), f"page:{batch}"

    def __contains__(self, url: object) -> bool:
        if self.client.hsetnx(self.key, str(url), self.mine):
            return False
        owner = self.client.hget(self.key, str(url))
        return (owner.decode() if isinstance(owner, bytes) else owner) != self.mine

    def add(self, url: str) -> None:
        """Nothing to do: asking claimed it."""
