"""What the route modules share: the store, user and editor dependencies, reading requests,
rendering pages with flash messages, and rendering a brief revision's files."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from ...curation import standing_revision
from ...models import REASON_LABELS
from ...render import FILENAMES, render_brief
from ...settings import Settings
from ...store import Store
from .. import briefwork as bw
from ..app import LoginRequired
from ..auth import ROLE_EDITOR, csrf_token, session_user
from ..banners import banners

ACTION_LABELS = {
    "storyline/include": "选入", "storyline/exclude": "排除", "storyline/up": "上移",
    "storyline/down": "下移", "storyline/move-article": "移动文章", "storyline/merge": "合并线索",
    "brief/regenerate": "重新生成", "brief/publish": "发布", "brief/restore": "恢复修订",
    "brief/ref-add": "添加引用", "brief/ref-remove": "删除引用", "brief/paragraph-add": "添加段落",
    "brief/up": "上移一节", "brief/down": "下移一节",
}


# --- dependencies ----------------------------------------------------------------------------


def get_store(request: Request) -> Store:
    return request.app.state.store  # type: ignore[no-any-return]


def current_user(request: Request) -> dict[str, Any]:
    user = session_user(request, get_store(request))
    if user is None:
        raise LoginRequired()
    return user


User = Annotated[dict[str, Any], Depends(current_user)]


def editor(user: User) -> dict[str, Any]:
    if user["role"] != ROLE_EDITOR:
        raise HTTPException(status_code=403, detail="只读账户（viewer）不能修改内容")
    return user


Editor = Annotated[dict[str, Any], Depends(editor)]


def get_settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


# --- reading requests ------------------------------------------------------------------------


def parse_day(value: str) -> date:
    """Return the date of a URL's day part; a 404 if it is not one."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(status_code=404, detail=f"日期 {value} 不存在") from None


async def read_form(request: Request) -> dict[str, str]:
    """Return the request's form fields that are text (not files)."""
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def parse_int(value: str | None, what: str) -> int:
    """Return a form field as an int; a 400 naming the field if it is not one."""
    try:
        return int(value or "")
    except ValueError:
        raise HTTPException(status_code=400, detail=f"{what} 不是数字") from None


def latest_record(store: Store, day: date) -> dict[str, Any]:
    """Return the revision that stands for the day (the latest, but never a re-run's draft
    over a published revision: see curation.standing_revision); a 404 if there is none."""
    record = standing_revision(store.brief_revisions(day))
    if record is None:
        raise HTTPException(status_code=404, detail=f"{day} 没有简报")
    return dict(record)


# --- answering -------------------------------------------------------------------------------


def flash(request: Request, text: str, kind: str = "ok") -> None:
    request.session.setdefault("flash", [])
    request.session["flash"] = [*request.session["flash"], [kind, text]]


def page(request: Request, name: str, context: Mapping[str, Any], status: int = 200) -> Response:
    """Render a page with the user, the CSRF token and pending flash messages."""
    user = session_user(request, get_store(request))
    full = {
        "user": user,
        "can_edit": bool(user and user["role"] == ROLE_EDITOR),
        "csrf": csrf_token(request),
        "flashes": request.session.pop("flash", []),
        "reason_labels": REASON_LABELS,
        "action_labels": ACTION_LABELS,
        "db_path": request.app.state.db_path,
        "banners": banners(get_store(request), get_settings(request)) if user else [],
        **context,
    }
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, name, full, status_code=status)


def back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# --- rendering the brief's files -------------------------------------------------------------


def revision_dir(request: Request, day: date, revision: int) -> Path:
    return Path(request.app.state.out_dir) / day.isoformat() / f"r{revision}"


DRAFT_FOLDER = "draft"
DRAFT_MARK = "草稿"


def ensure_rendered(
    request: Request, day: date, revision: int, data: Mapping[str, Any], formats: Sequence[str],
    *, draft: bool = False,
) -> dict[str, Path]:
    """Return the revision's files in formats, rendering those not yet on disk.

    A stored revision never changes, so its files are rendered once; each is written in a
    temporary folder first, so a failed render leaves no half-written file behind. A draft's
    files carry the 草稿 mark on every page and live apart from the ones published.
    """
    folder = revision_dir(request, day, revision) / DRAFT_FOLDER if draft else revision_dir(request, day, revision)
    with request.app.state.render_lock:
        missing = [f for f in formats if not (folder / FILENAMES[f]).is_file()]
        if missing:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=folder) as tmp:
                brief = bw.brief_for_render(data)
                if draft:
                    brief = replace(brief, draft_mark=DRAFT_MARK)
                paths, _ = render_brief(brief, Path(tmp), missing)
                for path in paths.values():
                    os.replace(path, folder / path.name)
    return {f: folder / FILENAMES[f] for f in formats}
