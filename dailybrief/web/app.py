"""The workbench application: one FastAPI app over one database file.

Everything is server-rendered (jinja2, autoescape on); the two small scripts in static/
save edits as they are typed and show the live grounding check. Pages load nothing from
other hosts, and the Content-Security-Policy forbids inline scripts, so scraped text
cannot run in the analyst's browser even if it slipped through escaping.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.middleware.sessions import SessionMiddleware

from ..schedule.jobs import RunManager
from ..schedule.scheduler import DailySchedule
from ..settings import Settings, load_settings
from ..store import Store, local_folder
from .auth import SESSION_TTL, LoginThrottle, csrf_protect, csrf_token, session_secret

log = logging.getLogger(__name__)

# Private-use characters mark search hits in plain-text snippets; the page escapes the
# snippet first and only then turns them into <mark> tags.
MARK = ("\ue000", "\ue001")
SESSION_COOKIE = "dailybrief_session"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class LoginRequired(Exception):
    """Raised by the user dependency when the request has no valid session."""


def _package_dir(name: str) -> Path:
    return Path(str(resources.files("dailybrief.web").joinpath(name)))


def highlight(snippet: str) -> Markup:
    """Return a search snippet HTML-escaped, with its marked hits as <mark> elements."""
    text = str(escape(snippet))  # escaping leaves the private-use marks as they are
    return Markup(text.replace(MARK[0], "<mark>").replace(MARK[1], "</mark>"))


def make_templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(str(_package_dir("templates"))),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["highlight"] = highlight
    return Jinja2Templates(env=env)


def create_app(
    db_path: str | Path,
    *,
    settings: Settings | None = None,
    out_dir: Path | None = None,
    secure_cookies: bool = False,
) -> FastAPI:
    """Return the workbench app over the database at db_path.

    Rendered files go under out_dir (default: a ``web-out`` folder next to the database).
    `secure_cookies` adds the Secure flag (serve behind HTTPS when not on loopback).
    """
    store = Store.open(db_path)
    secret = session_secret(store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        _app.state.scheduler.start()
        try:
            yield
        finally:
            _app.state.scheduler.shutdown()
            store.close()

    app = FastAPI(lifespan=lifespan, dependencies=[Depends(csrf_protect)], docs_url=None,
                  redoc_url=None, openapi_url=None)
    app.state.store = store
    app.state.db_path = Path(db_path)
    app.state.settings = settings or load_settings(None)
    app.state.out_dir = Path(out_dir) if out_dir else local_folder(db_path) / "web-out"
    app.state.templates = make_templates()
    app.state.throttle = LoginThrottle()
    app.state.edit_lock = threading.RLock()
    app.state.render_lock = threading.Lock()
    app.state.deliveries = []  # delivery threads started by publishing (tests join them)
    app.state.runs = RunManager(Path(db_path), app.state.settings, app.state.out_dir)
    app.state.scheduler = DailySchedule(app.state.runs, app.state.settings, store)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    app.add_middleware(
        SessionMiddleware,
        secret_key=secret,
        session_cookie=SESSION_COOKIE,
        max_age=int(SESSION_TTL.total_seconds()),
        same_site="lax",
        https_only=secure_cookies,
    )

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, _exc: LoginRequired) -> Response:
        if request.method == "GET" and not request.url.path.startswith("/api/"):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)
        return JSONResponse({"error": "请先登录"}, status_code=401)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = str(exc.detail)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, status_code=exc.status_code)
        return app.state.templates.TemplateResponse(
            request, "error.html",
            {"status": exc.status_code, "message": message, "user": None,
             "csrf": csrf_token(request)},
            status_code=exc.status_code,
        )

    app.mount("/static", StaticFiles(directory=str(_package_dir("static"))), name="static")

    from .routes import router

    app.include_router(router)
    return app


def _quote(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="")
