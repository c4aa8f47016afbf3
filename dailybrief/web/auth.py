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
from collections import defaultdict, deque
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
LOGIN_FAILURE_WINDOW_S = 300.0

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


class LoginThrottle:
    """Refuse a name's logins for a while after repeated failures (in memory, per process)."""

    def __init__(self, allowed: int = LOGIN_FAILURES_ALLOWED,
                 window_s: float = LOGIN_FAILURE_WINDOW_S) -> None:
        self.allowed = allowed
        self.window_s = window_s
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, name: str, now: float) -> deque[float]:
        times = self._failures[name]
        while times and now - times[0] > self.window_s:
            times.popleft()
        return times

    def blocked(self, name: str) -> bool:
        with self._lock:
            return len(self._recent(name, time.monotonic())) >= self.allowed

    def failed(self, name: str) -> None:
        with self._lock:
            now = time.monotonic()
            self._recent(name, now).append(now)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name, None)


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
