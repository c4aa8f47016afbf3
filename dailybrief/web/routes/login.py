"""Logging in and out."""

from __future__ import annotations

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
    if throttle.blocked(name):
        return page(request, "login.html",
                    {"next": target, "error": "登录失败次数过多，请 5 分钟后再试"}, 429)
    user = store.user(name) if name else None
    ok, rehash = check_password(user["password_hash"], password) if user else (False, False)
    if not user or not ok:
        throttle.failed(name)
        return page(request, "login.html", {"next": target, "error": "用户名或密码错误"}, 401)
    throttle.succeeded(name)
    if rehash:
        store.set_password_hash(int(user["id"]), hash_password(password))
    start_session(request, store, user)
    return back(target)


@router.post("/logout")
def logout(request: Request) -> Response:
    end_session(request, get_store(request))
    return back("/login")
