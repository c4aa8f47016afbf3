"""A throw-away PostgreSQL cluster on a loopback port, for the tests that run on both backends.

The session fixture `postgres` runs Debian's initdb and pg_ctl (installed by
scripts/system-deps.sh) on a fresh data folder and a free 127.0.0.1 port, and stops and
deletes it at the end. initdb refuses to run as root, so as root the server runs as the
``postgres`` system user (created by the Debian package, or here if missing). Set
DAILYBRIEF_TEST_PG_URL to a server URL to use that server instead. A server that cannot
be started fails the tests that need it, loudly: it is never a silent skip.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

SERVER_USER = "postgres"
DB_USER = "dailybrief"


@dataclass
class PostgresServer:
    """A running server; `new_database()` returns the URL of a fresh, empty database."""

    base_url: str  # postgresql://user@127.0.0.1:port
    _counter: itertools.count = itertools.count(1)  # type: ignore[type-arg]

    def url(self, dbname: str) -> str:
        return f"{self.base_url}/{dbname}"

    def new_database(self) -> str:
        import psycopg

        name = f"test_{os.getpid()}_{next(self._counter)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8')
        return self.url(name)


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if not candidates:
        raise ClusterError(
            f"PostgreSQL's {name} is not installed: run scripts/system-deps.sh (make test does)"
        )
    return candidates[-1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _server_user() -> str | None:
    """Return the user to run the server as (None: the current, non-root user)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/bin/false", SERVER_USER],
            check=True,
        )
    return SERVER_USER


class ClusterError(RuntimeError):
    """The throw-away server could not be created, started or stopped."""


def _run(cmd: list[str], user: str | None, what: str) -> None:
    full = ["runuser", "-u", user, "--", *cmd] if user else cmd
    done = subprocess.run(full, capture_output=True, text=True, cwd="/", timeout=120)
    if done.returncode != 0:
        raise ClusterError(
            f"cannot {what} for the PostgreSQL tests: {' '.join(cmd)} exited "
            f"{done.returncode}\n{done.stdout}\n{done.stderr}"
        )


@contextmanager
def throwaway_cluster() -> Iterator[PostgresServer]:
    """Create and start a cluster on a free 127.0.0.1 port; stop and delete it on exit."""
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    user = _server_user()
    folder = Path(tempfile.mkdtemp(prefix="dailybrief-pg-"))
    data, log = folder / "data", folder / "server.log"
    port = _free_port()
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
               " -c synchronous_commit=off -c full_page_writes=off")
    try:
        if user:
            shutil.chown(folder, user)
        _run([initdb, "-D", str(data), "-A", "trust", "-U", DB_USER, "-E", "UTF8", "--locale=C",
              "--no-sync"], user, "create a cluster")
        _run([pg_ctl, "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start"],
             user, "start the server")
        yield PostgresServer(f"postgresql://{DB_USER}@127.0.0.1:{port}")
    finally:
        if (data / "postmaster.pid").exists():
            _run([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], user, "stop the server")
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server on 127.0.0.1 for this test session (or DAILYBRIEF_TEST_PG_URL)."""
    external = os.environ.get("DAILYBRIEF_TEST_PG_URL")
    if external:
        yield PostgresServer(external.rstrip("/"))
        return
    try:
        cluster = throwaway_cluster()
        server = cluster.__enter__()
    except ClusterError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        cluster.__exit__(None, None, None)
