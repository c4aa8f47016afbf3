"""Accounts, sessions and CSRF for the workbench.

- Passwords: argon2id (argon2-cffi), re-hashed on login when the parameters change.
- Sessions: a random token in the signed session cookie (starlette SessionMiddleware,
  HttpOnly, SameSite=Lax, secret in the database's meta table); the database keeps only
  its sha256 with an expiry, so logging out or resetting a password ends it for real.
- CSRF: a random per-session token, sent back in every POST form (field ``csrf``) or the
  ``X-CSRF-Token`` header of the editor's fetch calls, compared in constant time.
- Roles: ``editor`` may change things, ``viewer`` may only read.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request

from ..store import Store

ROLE_EDITOR = "editor"
ROLE_VIEWER = "viewer"
ROLES = (ROLE_EDITOR, ROLE_VIEWER)
SECRET_META_KEY = "web.session_secret"
SESSION_TTL = timedelta(days=7)
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
MIN_PASSWORD_CHARS = 8
LOGIN_FAILURES_ALLOWED = 5
LOGIN_FAILURE_WINDOW_S = 900.0
LOGIN_FAILURES_PER_CLIENT = 10
LOGIN_MAX_WAIT_S = 900.0
LOGIN_TRACKED_KEYS = 100_000

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """Return the argon2id hash of a password."""
    return _hasher.hash(password)


def check_password(stored_hash: str, password: str) -> tuple[bool, bool]:
    """Return (matches, needs a re-hash) for a password against a stored hash."""
    try:
        _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False, False
    return True, _hasher.check_needs_rehash(stored_hash)


def password_problem(password: str) -> str | None:
    """Return why a new password is not acceptable, or None."""
    if len(password) < MIN_PASSWORD_CHARS:
        return f"password must have at least {MIN_PASSWORD_CHARS} characters"
    return None


def session_secret(store: Store) -> str:
    """Return the cookie-signing secret kept in the meta table, creating it on first use."""
    secret = store.get_meta(SECRET_META_KEY)
    if not secret:
        secret = secrets.token_urlsafe(48)
        store.set_meta(SECRET_META_KEY, secret)
    return secret


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(slots=True)
class _Failures:
    count: int = 0
    last: float = 0.0


class LoginThrottle:
    """Slow down password guessing without locking the real user out (in memory, per process).

    Failures are counted per client and name together, per client (any name: 25 names in a
    second from one client are throttled) and per name (any client: a guess spread over many
    clients). Past the allowance each further attempt waits a backoff that doubles, up to
    `max_wait_s`. A name under attack from elsewhere is only slowed for clients that have
    themselves failed on it, so the right password from another client always gets in.
    Counts fade `window_s` after the last failure.
    """

    def __init__(self, allowed: int = LOGIN_FAILURES_ALLOWED, window_s: float = LOGIN_FAILURE_WINDOW_S,
                 *, client_allowed: int = LOGIN_FAILURES_PER_CLIENT, base_wait_s: float = 1.0,
                 max_wait_s: float = LOGIN_MAX_WAIT_S, clock: Any = time.monotonic) -> None:
        self.allowed = allowed
        self.client_allowed = client_allowed
        self.window_s = window_s
        self.base_wait_s = base_wait_s
        self.max_wait_s = max_wait_s
        self._clock = clock
        self._failures: dict[tuple[str, str], _Failures] = {}
        self._lock = threading.Lock()

    def _wait(self, key: tuple[str, str], allowed: int, now: float) -> float:
        entry = self._failures.get(key)
        if entry is None:
            return 0.0
        if now - entry.last > self.window_s:
            del self._failures[key]
            return 0.0
        if entry.count < allowed:
            return 0.0
        wait = min(self.max_wait_s, self.base_wait_s * 2 ** (entry.count - allowed))
        return max(0.0, entry.last + wait - now)

    def retry_after(self, client: str, name: str) -> float:
        """Return the seconds this client must wait before trying this name (0: may try now)."""
        with self._lock:
            now = self._clock()
            waits = [self._wait(("pair", f"{client}\0{name}"), self.allowed, now),
                     self._wait(("client", client), self.client_allowed, now)]
            if ("pair", f"{client}\0{name}") in self._failures:
                waits.append(self._wait(("name", name), self.allowed, now))
            return max(waits)

    def blocked(self, client: str, name: str) -> bool:
        return self.retry_after(client, name) > 0

    def failed(self, client: str, name: str) -> None:
        with self._lock:
            now = self._clock()
            for key in (("pair", f"{client}\0{name}"), ("client", client), ("name", name)):
                entry = self._failures.setdefault(key, _Failures())
                if now - entry.last > self.window_s:
                    entry.count = 0
                entry.count += 1
                entry.last = now
            if len(self._failures) > LOGIN_TRACKED_KEYS:
                self._forget_old(now)

    def succeeded(self, client: str, name: str) -> None:
        with self._lock:
            self._failures.pop(("pair", f"{client}\0{name}"), None)
            self._failures.pop(("name", name), None)

    def _forget_old(self, now: float) -> None:
        for key in [k for k, e in self._failures.items() if now - e.last > self.window_s]:
            del self._failures[key]
        while len(self._failures) > LOGIN_TRACKED_KEYS:  # still too many: drop the oldest
            del self._failures[min(self._failures, key=lambda k: self._failures[k].last)]


def csrf_token(request: Request) -> str:
    """Return the session's CSRF token, creating one for a new (even anonymous) session."""
    token = request.session.get(CSRF_FIELD)
    if not token:
        token = secrets.token_urlsafe(32)
        request.session[CSRF_FIELD] = token
    return str(token)


async def csrf_protect(request: Request) -> None:
    """Refuse (403) a POST whose CSRF token is missing or not the session's."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    expected = request.session.get(CSRF_FIELD)
    sent = request.headers.get(CSRF_HEADER)
    if not sent and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = (await request.form()).get(CSRF_FIELD)
    if not expected or not isinstance(sent, str) or not hmac.compare_digest(sent, str(expected)):
        raise HTTPException(status_code=403, detail="CSRF 校验失败：请刷新页面后重试")


def start_session(request: Request, store: Store, user: dict[str, Any]) -> None:
    """Log the user in: a fresh session token and a fresh CSRF token (no session fixation)."""
    end_session(request, store)
    token = secrets.token_urlsafe(32)
    store.create_session(_token_hash(token), int(user["id"]), datetime.now(UTC) + SESSION_TTL)
    request.session["sid"] = token
    request.session[CSRF_FIELD] = secrets.token_urlsafe(32)


def end_session(request: Request, store: Store) -> None:
    token = request.session.get("sid")
    if token:
        store.delete_session(_token_hash(str(token)))
    request.session.clear()


def session_user(request: Request, store: Store) -> dict[str, Any] | None:
    """Return {id, name, role} of the logged-in user, or None."""
    token = request.session.get("sid")
    if not token:
        return None
    return store.session_user(_token_hash(str(token)))
