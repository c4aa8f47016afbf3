"""Logging in and out."""

from __future__ import annotations

import math

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..auth import check_password, end_session, hash_password, start_session
from .deps import back, get_store, page, read_form

router = APIRouter()


def _safe_next(target: str | None) -> str:
    """Return a local path to go to after login (never another host)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:  # noqa: A002 - query name
    return page(request, "login.html", {"next": _safe_next(next), "error": ""})


@router.post("/login")
async def login(request: Request) -> Response:
    form = await read_form(request)
    store, throttle = get_store(request), request.app.state.throttle
    name, password = form.get("name", "").strip(), form.get("password", "")
    target = _safe_next(form.get("next"))
    client = request.client.host if request.client else ""
    wait = throttle.retry_after(client, name)
    if wait > 0:
        response = page(request, "login.html",
                        {"next": target, "error": f"登录失败次数过多，请 {math.ceil(wait)} 秒后再试"}, 429)
        response.headers["Retry-After"] = str(math.ceil(wait))
        return response
    user = store.user(name) if name else None
    ok, rehash = check_password(user["password_hash"], password) if user else (False, False)
    if not user or not ok:
        throttle.failed(client, name)
        return page(request, "login.html", {"next": target, "error": "用户名或密码错误"}, 401)
    throttle.succeeded(client, name)
    if rehash:
        store.set_password_hash(int(user["id"]), hash_password(password))
    start_session(request, store, user)
    return back(target)


@router.post("/logout")
def logout(request: Request) -> Response:
    end_session(request, get_store(request))
    return back("/login")
