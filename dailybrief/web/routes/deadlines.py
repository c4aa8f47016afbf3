"""Deadlines across all briefs, and the iCalendar feed /calendar.ics that calendars subscribe
to with a per-user token (a calendar app sends no cookie, so the token is the key)."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...deadlines import all_deadlines, calendar_ics
from ...schedule import today_in
from ...store import Store
from ..auth import session_secret
from .deps import User, back, flash, get_settings, get_store, page

router = APIRouter()

GENERATION_KEY = "calendar.generation.{uid}"


def _generation(store: Store, user_id: int) -> str:
    return store.get_meta(GENERATION_KEY.format(uid=user_id), "0") or "0"


def calendar_token(store: Store, user_id: int) -> str:
    """Return the user's feed token: their id and an HMAC of it (reset by a new generation)."""
    message = f"calendar:{user_id}:{_generation(store, user_id)}".encode()
    digest = hmac.new(session_secret(store).encode(), message, hashlib.sha256).hexdigest()[:32]
    return f"{user_id}-{digest}"


def token_user(store: Store, token: str) -> int | None:
    """Return the user id a feed token belongs to, or None if it is not a current token."""
    head, _, _sig = token.partition("-")
    if not head.isdigit():
        return None
    return int(head) if hmac.compare_digest(calendar_token(store, int(head)), token) else None


def _feed_url(request: Request, store: Store, user: dict[str, Any]) -> str:
    settings = get_settings(request)
    base = settings.public_url.rstrip("/") if settings.public_url else str(request.base_url).rstrip("/")
    return f"{base}/calendar.ics?token={calendar_token(store, int(user['id']))}"


@router.get("/deadlines")
def deadlines_page(request: Request, user: User, past: int = 0) -> Response:
    store, settings = get_store(request), get_settings(request)
    today = today_in(settings.timezone)
    entries = all_deadlines(store, since=None if past else today)
    return page(request, "deadlines.html", {
        "entries": entries, "today": today, "past": bool(past),
        "feed_url": _feed_url(request, store, user),
    })


@router.post("/deadlines/token/reset")
def reset_token(request: Request, user: User) -> Response:
    store = get_store(request)
    key = GENERATION_KEY.format(uid=int(user["id"]))
    store.set_meta(key, str(int(_generation(store, int(user["id"]))) + 1))
    flash(request, "已生成新的订阅地址；旧地址不再可用")
    return back("/deadlines")


@router.get("/calendar.ics")
def calendar_feed(request: Request, token: str = "") -> Response:
    store = get_store(request)
    user_id = token_user(store, token) if token else None
    if user_id is None or not any(u["id"] == user_id for u in store.users()):
        raise HTTPException(status_code=403, detail="订阅地址无效或已重置")
    settings = get_settings(request)
    body = calendar_ics(all_deadlines(store), f"{settings.public_url.rstrip('/')}/deadlines"
                        if settings.public_url else "")
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="dailybrief.ics"'})
