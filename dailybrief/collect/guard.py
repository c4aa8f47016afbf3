"""Where a workbench-added source may fetch from and read.

Sources the operator gives in a sources.yaml file are trusted. A source added in the
workbench (``Source.origin == "workbench"``), and every URL reached from it (its article
links, each redirect hop, its robots.txt), may only connect to public addresses: the check
runs on the address the host name resolves to, at connect time, and the connection is made
to exactly the address that was checked, so DNS tricks, decimal or short IPs (2130706433,
127.1), ``user@host`` and IPv6 literals do not get around it. The operator may allow named
hosts or networks (an intranet source) with the ``fetch_allow`` setting.

A workbench-added ``file`` source may only read under the folders named in the
``file_source_folders`` setting.
"""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import socket
import ssl
import typing
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpcore
import httpx

from ..settings import Settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Awaitable[list[str]]]

# Not reachable from a workbench-added source (besides anything `is_global` rejects).
_BLOCKED: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "this-network (0.0.0.0)"),
    ("127.0.0.0/8", "loopback"),
    ("10.0.0.0/8", "private"),
    ("172.16.0.0/12", "private"),
    ("192.168.0.0/16", "private"),
    ("100.64.0.0/10", "carrier-grade NAT (and cloud metadata such as 100.100.100.200)"),
    ("169.254.0.0/16", "link-local (cloud metadata such as 169.254.169.254)"),
    ("192.0.0.0/24", "IETF protocol assignments (cloud metadata such as 192.0.0.192)"),
    ("198.18.0.0/15", "benchmarking"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved"),
    ("::/128", "unspecified (::)"),
    ("::1/128", "loopback"),
    ("fc00::/7", "unique-local (cloud metadata such as fd00:ec2::254)"),
    ("fe80::/10", "link-local"),
    ("fec0::/10", "site-local"),
    ("ff00::/8", "multicast"),
    ("64:ff9b:1::/48", "local-use NAT64"),
)
BLOCKED_NETWORKS: tuple[tuple[IPNetwork, str], ...] = tuple(
    (ipaddress.ip_network(net), why) for net, why in _BLOCKED
)
METADATA_NAMES = frozenset({"metadata", "metadata.google.internal", "metadata.goog", "instance-data",
                            "instance-data.ec2.internal", "metadata.tencentyun.com"})


class BlockedAddress(Exception):
    """A guarded request would reach an address it may not (raised inside the transport)."""


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """Return the IPv4 address an IPv6 address carries (mapped, 6to4, NAT64), if any."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in ipaddress.ip_network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def blocked_reason(ip: IPAddress) -> str | None:
    """Return why a workbench-added source may not connect to ip (None: it may)."""
    inner = embedded_ipv4(ip)
    if inner is not None:
        return blocked_reason(inner)
    for net, why in BLOCKED_NETWORKS:
        if ip.version == net.version and ip in net:
            return why
    if not ip.is_global:
        return "not a public address"
    return None


def literal_address(host: str) -> IPAddress | None:
    """Return the address a host literal spells however it is written (127.1, 0x7f.1,
    2130706433, [::1]), or None for a host name."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """The operator's allowance: host names and networks a guarded request may reach anyway."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> FetchPolicy:
        return cls.parse(settings.fetch_allow)

    @classmethod
    def parse(cls, text: str) -> FetchPolicy:
        """Read a comma-separated list of host names, addresses and networks (CIDR)."""
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for item in (part.strip() for part in text.replace(";", ",").split(",")):
            if not item:
                continue
            try:
                networks.append(ipaddress.ip_network(item.strip("[]"), strict=False))
            except ValueError:
                hosts.add(item.lower().rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    def host_allowed(self, host: str) -> bool:
        return host.lower().rstrip(".") in self.hosts

    def address_problem(self, host: str, ip: IPAddress) -> str | None:
        """Return why host (resolved to ip) may not be reached, or None."""
        if self.host_allowed(host) or any(ip.version == n.version and ip in n for n in self.networks):
            return None
        why = blocked_reason(ip)
        return None if why is None else f"{host} resolves to {ip} ({why})"

    def url_problem(self, url: str) -> str | None:
        """Return why a URL is refused before any lookup (an internal literal or a metadata
        name), or None; the connect-time check still applies to whatever it resolves to."""
        host = (urlsplit(url).hostname or "").lower().rstrip(".")
        if not host or self.host_allowed(host):
            return None
        ip = literal_address(host)
        if ip is not None:
            return self.address_problem(host, ip)
        if host == "localhost" or host.endswith(".localhost"):
            return f"{host} is this machine (loopback)"
        if host in METADATA_NAMES:
            return f"{host} is a cloud metadata service"
        return None


async def system_resolve(host: str, port: int) -> list[str]:
    """Return the addresses host resolves to (the system resolver, as a connect would)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolve, check every address, then connect to a checked address (never the name)."""

    def __init__(self, policy: FetchPolicy, resolve: Resolver | None = None) -> None:
        self.policy = policy
        self.resolve = resolve or system_resolve
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await self._checked_addresses(host, port, timeout)
        error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(address, port, timeout=timeout,
                                                     local_address=local_address,
                                                     socket_options=socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        raise error or httpcore.ConnectError(f"{host}: no address")

    async def _checked_addresses(self, host: str, port: int, timeout: float | None) -> list[str]:
        literal = literal_address(host)
        if literal is not None:
            found = [str(literal)]
        else:
            try:
                found = await asyncio.wait_for(self.resolve(host, port), timeout)
            except (OSError, TimeoutError) as exc:
                raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in found]
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host}")
        for ip in addresses:  # one internal answer refuses the name (mixed answers are a trick)
            problem = self.policy.address_problem(host, ip)
            if problem:
                raise BlockedAddress(problem)
        return [str(ip) for ip in addresses]

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


@functools.cache
def shared_ssl_context() -> ssl.SSLContext:
    """Return httpx's default TLS context, made once per process: loading the CA bundle costs
    tens of ms of CPU, which a worker starting a fetcher per task would pay each time."""
    return httpx.create_ssl_context()


class GuardedTransport(httpx.AsyncHTTPTransport):
    """An httpx transport whose every connection goes through `GuardedBackend` (no proxy)."""

    def __init__(self, policy: FetchPolicy, *, limits: httpx.Limits, resolve: Resolver | None = None) -> None:
        super().__init__(verify=shared_ssl_context(), trust_env=False, limits=limits)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=shared_ssl_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=GuardedBackend(policy, resolve),
        )


# -- file sources -------------------------------------------------------------------------

def allowed_folders(settings: Settings) -> tuple[Path, ...]:
    """Return the folders (resolved) the operator lets workbench-added file sources read."""
    return folders_of(settings.file_source_folders)


def folders_of(text: str) -> tuple[Path, ...]:
    parts = (p.strip() for p in text.replace(";", ",").split(","))
    return tuple(Path(p).expanduser().resolve() for p in parts if p)


def inside(path: Path, folders: Iterable[Path]) -> bool:
    """Return True if path (resolved, so symlinks and .. count where they lead) is under a folder."""
    real = path.resolve()
    return any(real == f or real.is_relative_to(f) for f in folders)


def folder_problem(folder: str, folders: Sequence[Path]) -> str | None:
    """Return why a workbench-added file source may not read folder, or None."""
    if not folders:
        return ("a file source added in the workbench may only read under the folders named in "
                "the file_source_folders setting (none is set)")
    if not inside(Path(folder), folders):
        return (f"folder {folder} is not under the file_source_folders setting "
                f"({', '.join(str(f) for f in folders)})")
    return None
