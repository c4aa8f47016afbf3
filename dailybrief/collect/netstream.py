"""httpcore's network layer on plain asyncio streams, for the fetcher's connections.

httpcore runs on asyncio through anyio by default: every connection is opened by anyio's
happy-eyeballs task group and every read and write sits in an anyio cancel scope (with
sniffio asking which event loop runs, each time). For a run of 10,000 pages, each on a
connection of its own (servers that close after each response), that is about a third of
the HTTP client's CPU. `AsyncioBackend` does the same on asyncio directly: connections by
`asyncio.open_connection` (happy eyeballs included), timeouts by `asyncio.timeout`, and
the same httpcore exceptions (ConnectError/ConnectTimeout, ReadError/ReadTimeout,
WriteError/WriteTimeout) for the same failures, so httpx reports them as before.
"""

from __future__ import annotations

import asyncio
import ipaddress
import ssl
import typing

import httpcore
import httpx

HAPPY_EYEBALLS_DELAY_S = 0.25  # RFC 8305's recommended delay, as anyio's connect_tcp uses


def _is_address(host: str) -> bool:
    """Return True for an IP address literal (one address: no race of connection attempts)."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection: an asyncio StreamReader and StreamWriter (TLS started in place)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                return await self._reader.read(max_bytes)
        except TimeoutError as exc:
            raise httpcore.ReadTimeout(str(exc) or "read timed out") from exc
        except OSError as exc:
            raise httpcore.ReadError(str(exc) or type(exc).__name__) from exc

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(buffer)
                await self._writer.drain()
        except TimeoutError as exc:
            raise httpcore.WriteTimeout(str(exc) or "write timed out") from exc
        except OSError as exc:
            raise httpcore.WriteError(str(exc) or type(exc).__name__) from exc

    async def aclose(self) -> None:
        self._writer.close()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as exc:
            self._writer.close()
            raise httpcore.ConnectTimeout(str(exc) or "TLS handshake timed out") from exc
        except (OSError, ssl.SSLError) as exc:
            self._writer.close()
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        return self

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        if info == "socket":
            return self._writer.get_extra_info("socket")
        if info == "is_readable":
            # asyncio reads as bytes arrive: what the socket would show is in the reader (an
            # idle keep-alive connection with bytes, an end or an error waiting is not reusable)
            reader = self._reader
            return reader.at_eof() or bool(getattr(reader, "_buffer", b"")) or reader.exception() is not None
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Open TCP connections with asyncio (see the module's docstring)."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_connection(
                    host, port, local_addr=(local_address, 0) if local_address else None,
                    happy_eyeballs_delay=None if _is_address(host) else HAPPY_EYEBALLS_DELAY_S)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc) or f"connecting to {host}:{port} timed out") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        sock = writer.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return AsyncioStream(reader, writer)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await asyncio.open_unix_connection(path)
        except TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc) or f"connecting to {path} timed out") from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc) or type(exc).__name__) from exc
        return AsyncioStream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class AsyncioTransport(httpx.AsyncHTTPTransport):
    """httpx's transport (its connection pool, HTTP/1.1) over `AsyncioBackend`."""

    def __init__(self, *, verify: ssl.SSLContext, limits: httpx.Limits) -> None:
        super().__init__(verify=verify, limits=limits)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=verify,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=AsyncioBackend(),
        )
