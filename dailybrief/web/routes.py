"""The workbench pages: today's storylines, the editor, publishing, archive and search,
sources, and logging in. Every route needs a session; every change needs the editor role
and a CSRF token (checked app-wide by `auth.csrf_protect`)."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

import nh3
import yaml
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse, Response

from ..errors import BriefError, ConfigError
from ..models import Story, brief_to_dict
from ..render import FILENAMES, RENDERERS, render_brief
from ..settings import Settings
from ..sources import REQUIRED_FIELDS, load_sources
from ..store import Store
from ..write import make_writer, write_brief
from . import briefwork as bw
from .app import MARK, LoginRequired
from .auth import (
    ROLE_EDITOR,
    check_password,
    csrf_token,
    end_session,
    hash_password,
    session_user,
    start_session,
)
from .checks import WHERE_SUMMARY, blocking, brief_problems, cited_sources, text_problems

log = logging.getLogger(__name__)

router = APIRouter()

PREVIEW_FORMATS = ("json", "md", "html")
SEARCH_LIMIT = 30
DOWNLOAD_TYPES = {
    "json": "application/json",
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "wechat": "text/html; charset=utf-8",
}
FORMAT_LABELS = {"json": "JSON", "md": "Markdown", "html": "网页 HTML", "pdf": "PDF",
                 "docx": "Word", "wechat": "公众号 HTML"}
# The rejection reasons (models.Reason values) as the analyst reads them.
REASON_LABELS = {
    "http_error": "HTTP 错误", "not_found": "页面不存在", "timeout": "超时", "network_error": "网络错误",
    "redirect_loop": "重定向循环", "not_html": "不是网页", "too_large": "页面过大",
    "disallowed_by_robots": "robots.txt 禁止", "malformed_feed": "订阅源格式错误",
    "malformed_item": "条目格式错误", "decode_error": "无法解码", "empty_page": "没有正文",
    "too_short": "正文过短", "no_date": "没有日期", "outside_window": "超出时间窗口",
    "after_brief_date": "晚于简报日期", "off_topic": "与主题无关", "not_news": "不是新闻",
    "duplicate": "重复", "ungrounded": "无出处",
}
ACTION_LABELS = {
    "storyline/include": "选入", "storyline/exclude": "排除", "storyline/up": "上移",
    "storyline/down": "下移", "storyline/move-article": "移动文章", "storyline/merge": "合并线索",
    "brief/regenerate": "重新生成", "brief/publish": "发布", "brief/restore": "恢复修订",
    "brief/ref-add": "添加引用", "brief/ref-remove": "删除引用", "brief/paragraph-add": "添加段落",
    "brief/up": "上移一节", "brief/down": "下移一节",
}
# What a cleaned copy of a fetched page may keep: text structure, no images, no scripts.
CLEAN_TAGS = {"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table",
              "thead", "tbody", "tr", "td", "th", "strong", "em", "b", "i", "blockquote",
              "pre", "code", "span", "div", "a"}


# --- dependencies and helpers ---------------------------------------------------------------


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


def _settings(request: Request) -> Settings:
    return request.app.state.settings  # type: ignore[no-any-return]


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(status_code=404, detail=f"日期 {value} 不存在") from None


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
        **context,
    }
    return request.app.state.templates.TemplateResponse(  # type: ignore[no-any-return]
        request, name, full, status_code=status)


def back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


async def _form(request: Request) -> dict[str, str]:
    form = await request.form()
    return {k: v for k, v in form.items() if isinstance(v, str)}


def _int(value: str | None, what: str) -> int:
    try:
        return int(value or "")
    except ValueError:
        raise HTTPException(status_code=400, detail=f"{what} 不是数字") from None


def _latest(store: Store, day: date) -> dict[str, Any]:
    record = store.latest_brief(day)
    if record is None:
        raise HTTPException(status_code=404, detail=f"{day} 没有简报")
    return record


def _safe_next(target: str | None) -> str:
    """Return a local path to go to after login (never another host)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def _http_url(url: str) -> str | None:
    """Return url if it is http(s) (safe as a link target), else None."""
    return url if urlsplit(url).scheme in ("http", "https") else None


# --- rendering the brief's files -------------------------------------------------------------


def revision_dir(request: Request, day: date, revision: int) -> Path:
    return Path(request.app.state.out_dir) / day.isoformat() / f"r{revision}"


def ensure_rendered(
    request: Request, day: date, revision: int, data: Mapping[str, Any], formats: Sequence[str]
) -> dict[str, Path]:
    """Return the revision's files in formats, rendering those not yet on disk.

    A stored revision never changes, so its files are rendered once; each is written in a
    temporary folder first, so a failed render leaves no half-written file behind.
    """
    folder = revision_dir(request, day, revision)
    with request.app.state.render_lock:
        missing = [f for f in formats if not (folder / FILENAMES[f]).is_file()]
        if missing:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=folder) as tmp:
                paths, _ = render_brief(bw.brief_for_render(data), Path(tmp), missing)
                for path in paths.values():
                    os.replace(path, folder / path.name)
    return {f: folder / FILENAMES[f] for f in formats}


# --- login ---------------------------------------------------------------------------------


@router.get("/login")
def login_form(request: Request, next: str = "/") -> Response:  # noqa: A002 - query name
    return page(request, "login.html", {"next": _safe_next(next), "error": ""})


@router.post("/login")
async def login(request: Request) -> Response:
    form = await _form(request)
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


# --- today: storylines -----------------------------------------------------------------------


@router.get("/")
def home(user: User) -> Response:
    return back("/today")


@router.get("/today")
def today(request: Request, user: User) -> Response:
    dates = get_store(request).brief_dates()
    if not dates:
        return page(request, "empty.html", {})
    return back(f"/day/{dates[0].isoformat()}")


@router.get("/day/{day_text}")
def day_page(request: Request, day_text: str,
             user: User) -> Response:
    day = _day(day_text)
    store, settings = get_store(request), _settings(request)
    stories = store.stories(day)
    record = store.latest_brief(day)
    if record is None and not stories:
        raise HTTPException(status_code=404, detail=f"{day} 没有简报和线索")
    brief = record["brief"] if record else None
    return page(request, "today.html", {
        "day": day,
        "dates": store.brief_dates(),
        "record": record,
        "stories": stories,
        "statuses": bw.story_statuses(stories, brief, settings.max_sections),
        "stale": bool(stories) and bw.needs_regenerate(stories, brief, settings.max_sections),
        "max_sections": settings.max_sections,
        "edits": store.edits(day, limit=20),
        "rejections": store.rejection_counts(day),
    })


def _save_stories(store: Store, day: date, stories: list[Story]) -> None:
    rows = store.storylines(day)
    run_id = rows[0]["run_id"] if rows else None
    store.save_storylines(day, stories, run_id=run_id)


@router.post("/day/{day_text}/story/{story_id}/{action}")
async def story_action(request: Request, day_text: str, story_id: str, action: str,
                       user: Editor) -> Response:
    day = _day(day_text)
    store = get_store(request)
    form = await _form(request)
    titles = {s.id: s.title for s in store.stories(day)}
    with request.app.state.edit_lock:
        stories = store.stories(day)
        try:
            if action in ("include", "exclude"):
                stories = bw.set_included(stories, story_id, action == "include")
                detail = titles.get(story_id, story_id)
            elif action in ("up", "down"):
                stories = bw.move_story(stories, story_id, -1 if action == "up" else 1)
                detail = titles.get(story_id, story_id)
            elif action == "move-article":
                target = form.get("target", "")
                stories = bw.move_article(stories, form.get("url", ""), story_id, target)
                detail = f"{form.get('url', '')} → {titles.get(target, target)}"
            elif action == "merge":
                other = form.get("other", "")
                stories = bw.merge_stories(stories, story_id, other)
                detail = f"{titles.get(other, other)} → {titles.get(story_id, story_id)}"
            else:
                raise HTTPException(status_code=404, detail=f"没有操作 {action}")
        except bw.EditError as exc:
            flash(request, str(exc), "error")
            return back(f"/day/{day.isoformat()}#story-{story_id}")
        _save_stories(store, day, stories)
    store.log_edit(day, user["name"], f"storyline/{action}", detail)
    flash(request, "线索已更新；点“重新生成”把改动写入草稿")
    return back(f"/day/{day.isoformat()}#story-{story_id}")


@router.post("/day/{day_text}/regenerate")
def regenerate(request: Request, day_text: str,
               user: Editor) -> Response:
    day = _day(day_text)
    store, settings = get_store(request), _settings(request)
    with request.app.state.edit_lock:
        stories = store.stories(day)
        if not stories:
            raise HTTPException(status_code=404, detail=f"{day} 没有线索可写")
        writer = make_writer(settings, cache_dir=Path(request.app.state.out_dir) / ".cache")
        try:
            brief, dropped, _log = write_brief(stories, day=day, settings=settings, writer=writer)
        except BriefError as exc:
            flash(request, f"重新生成失败：{exc}", "error")
            return back(f"/day/{day.isoformat()}")
        data = brief_to_dict(brief)
        revision = store.save_brief(day, data, note=f"{user['name']}: 重新生成")
    ensure_rendered(request, day, revision, data, PREVIEW_FORMATS)
    store.log_edit(day, user["name"], "brief/regenerate",
                   f"{len(brief.sections)} 节，去掉 {len(dropped)} 句无出处的句子", revision)
    flash(request, f"已重新生成草稿：修订 r{revision}，{len(brief.sections)} 节")
    return back(f"/day/{day.isoformat()}")


# --- the editor ------------------------------------------------------------------------------


def _section_candidates(
    store: Store, day: date, data: Mapping[str, Any]
) -> list[list[dict[str, str]]]:
    """Return, per section, the storyline's articles it does not cite yet (to add as references)."""
    stories = {s.id: s for s in store.stories(day)}
    cited_urls = {int(r["n"]): r["url"] for r in data.get("references", ())}
    out = []
    for section in data.get("sections", ()):
        cited = {cited_urls.get(int(n)) for n in section.get("references", ())}
        story = stories.get(section.get("story_id", ""))
        articles = story.articles if story else ()
        out.append([{"url": a.url, "label": f"{a.publisher} · {a.title}"}
                    for a in articles if a.url not in cited])
    return out


def _editor_context(request: Request, day: date, record: Mapping[str, Any]) -> dict[str, Any]:
    store = get_store(request)
    data = record["brief"]
    problems = brief_problems(store, data)
    revisions = store.brief_revisions(day)
    by_where: dict[str, list[Any]] = {}
    for problem in problems:
        by_where.setdefault(problem.where, []).append(problem)
    return {
        "day": day,
        "record": record,
        "brief": data,
        "refs": {int(r["n"]): r for r in data.get("references", ())},
        "problems": problems,
        "by_where": by_where,
        "blocking": blocking(problems),
        "candidates": _section_candidates(store, day, data),
        "revisions": list(reversed(revisions)),
        "published": [r for r in revisions if r["status"] == "published"],
        "formats": list(RENDERERS),
        "labels": FORMAT_LABELS,
        "publish_refused": [],
    }


@router.get("/brief/{day_text}")
def edit_page(request: Request, day_text: str,
              user: User) -> Response:
    day = _day(day_text)
    record = _latest(get_store(request), day)
    return page(request, "edit.html", _editor_context(request, day, record))


@router.get("/brief/{day_text}/r/{revision}")
def revision_page(request: Request, day_text: str, revision: int,
                  user: User) -> Response:
    day = _day(day_text)
    store = get_store(request)
    record = store.brief_revision(day, revision)
    if record is None:
        raise HTTPException(status_code=404, detail=f"{day} 没有修订 r{revision}")
    latest = _latest(store, day)
    return page(request, "revision.html", {
        "day": day, "record": record, "brief": record["brief"], "latest": latest,
        "refs": {int(r["n"]): r for r in record["brief"].get("references", ())},
        "formats": list(RENDERERS), "labels": FORMAT_LABELS,
    })


@router.get("/brief/{day_text}/r/{revision}/download/{fmt}")
def download(request: Request, day_text: str, revision: int, fmt: str,
             user: User) -> Response:
    day = _day(day_text)
    if fmt not in RENDERERS:
        raise HTTPException(status_code=404, detail=f"没有 {fmt} 格式")
    record = get_store(request).brief_revision(day, revision)
    if record is None:
        raise HTTPException(status_code=404, detail=f"{day} 没有修订 r{revision}")
    try:
        path = ensure_rendered(request, day, revision, record["brief"], [fmt])[fmt]
    except BriefError as exc:
        raise HTTPException(status_code=500, detail=f"生成 {fmt} 失败：{exc}") from exc
    name = f"dailybrief-{day.isoformat()}-r{revision}-{FILENAMES[fmt]}"
    return FileResponse(path, media_type=DOWNLOAD_TYPES.get(fmt), filename=name,
                        content_disposition_type="attachment")


def _patched(request: Request, day: date, user: Mapping[str, Any], change: Any,
             note: str) -> tuple[int, dict[str, Any], str]:
    """Apply change(latest brief dict) and store it as a new revision when it differs.

    Returns (revision, brief dict, status of the revision the change was made on). A change
    to a published revision becomes a new draft revision: published ones never change.
    """
    store = get_store(request)
    with request.app.state.edit_lock:
        record = _latest(store, day)
        data = change(record["brief"])
        if data == record["brief"]:
            return int(record["revision"]), data, str(record["status"])
        revision = store.save_brief(day, data, note=f"{user['name']}: {note}")
    return revision, data, str(record["status"])


def _where(part: str, section: int, paragraph: int) -> str:
    if part == bw.PART_SUMMARY:
        return WHERE_SUMMARY
    if part == bw.PART_TITLE:
        return f"第{section + 1}节标题"
    return f"第{section + 1}节第{paragraph + 1}段"


def _field(form: Mapping[str, str]) -> tuple[str, int, int]:
    part = form.get("part", "")
    if part not in bw.PARTS:
        raise HTTPException(status_code=400, detail=f"不能编辑 {part!r}")
    return part, _int(form.get("section", "0"), "section"), _int(form.get("paragraph", "0"),
                                                                     "paragraph")


@router.post("/api/brief/{day_text}/save")
async def save_field(request: Request, day_text: str,
                     user: Editor) -> Response:
    day = _day(day_text)
    form = await _form(request)
    part, section, paragraph = _field(form)
    value = form.get("value", "")
    where = _where(part, section, paragraph)

    def change(data: dict[str, Any]) -> dict[str, Any]:
        return bw.apply_edit(data, part, value, section, paragraph)

    try:
        revision, _data, was = _patched(request, day, user, change, f"编辑{where}")
    except bw.EditError as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    changed = revision != _int(form.get("base_revision") or "0", "base_revision")
    status = was if not changed and was == "published" else "draft"
    return JSONResponse({"revision": revision, "status": status,
                         "correction": changed and was == "published"})


@router.post("/api/brief/{day_text}/check")
async def check_field(request: Request, day_text: str,
                      user: User) -> Response:
    day = _day(day_text)
    form = await _form(request)
    part, section, paragraph = _field(form)
    store = get_store(request)
    data = _latest(store, day)["brief"]
    if part == bw.PART_SUMMARY:
        refs = [int(r["n"]) for r in data.get("references", ())]
    else:
        sections = data.get("sections", [])
        if not 0 <= section < len(sections):
            return JSONResponse({"error": f"没有第 {section + 1} 节"}, status_code=400)
        refs = [int(n) for n in sections[section].get("references", ())]
    problems = text_problems(form.get("text", ""), cited_sources(store, data, refs),
                             section_count=len(data.get("sections", ())),
                             where=_where(part, section, paragraph))
    return JSONResponse({"problems": [p.as_dict() for p in problems], "refs": refs})


@router.post("/brief/{day_text}/section/{section}/{action}")
async def section_action(request: Request, day_text: str, section: int, action: str,
                         user: Editor) -> Response:
    day = _day(day_text)
    store = get_store(request)
    form = await _form(request)
    anchor = f"/brief/{day.isoformat()}#section-{section}"
    if action == "ref-add":
        article = store.article(form.get("url", "").strip())
        if article is None:
            flash(request, "数据库中没有这个网址的文章", "error")
            return back(anchor)

        def change(data: dict[str, Any]) -> dict[str, Any]:
            return bw.add_reference(data, section, article)

        note = f"第{section + 1}节添加引用 {article.url}"
    elif action == "ref-remove":
        n = _int(form.get("n"), "n")

        def change(data: dict[str, Any]) -> dict[str, Any]:
            return bw.remove_reference(data, section, n)

        note = f"第{section + 1}节删除引用 [{n}]"
    elif action == "paragraph-add":

        def change(data: dict[str, Any]) -> dict[str, Any]:
            return bw.add_paragraph(data, section)

        note = f"第{section + 1}节添加段落"
    elif action in ("up", "down"):
        delta = -1 if action == "up" else 1

        def change(data: dict[str, Any]) -> dict[str, Any]:
            return bw.move_section(data, section, delta)

        note = f"第{section + 1}节{'上移' if delta < 0 else '下移'}"
        anchor = f"/brief/{day.isoformat()}#section-{max(0, section + delta)}"
    else:
        raise HTTPException(status_code=404, detail=f"没有操作 {action}")
    try:
        revision, _data, _was = _patched(request, day, user, change, note)
    except bw.EditError as exc:
        flash(request, str(exc), "error")
        return back(anchor)
    store.log_edit(day, user["name"], f"brief/{action}", note, revision)
    flash(request, f"{note}：已保存为修订 r{revision}")
    return back(anchor)


@router.post("/brief/{day_text}/r/{revision}/restore")
def restore(request: Request, day_text: str, revision: int,
            user: Editor) -> Response:
    day = _day(day_text)
    store = get_store(request)
    record = store.brief_revision(day, revision)
    if record is None:
        raise HTTPException(status_code=404, detail=f"{day} 没有修订 r{revision}")
    new, _data, _was = _patched(request, day, user, lambda _d: record["brief"],
                                f"恢复修订 r{revision}")
    store.log_edit(day, user["name"], "brief/restore", f"r{revision}", new)
    flash(request, f"已把修订 r{revision} 恢复为最新草稿 r{new}")
    return back(f"/brief/{day.isoformat()}")


@router.post("/brief/{day_text}/publish")
async def publish(request: Request, day_text: str,
                  user: Editor) -> Response:
    day = _day(day_text)
    store = get_store(request)
    form = await _form(request)
    wanted = _int(form.get("revision"), "revision")
    record = _latest(store, day)
    if int(record["revision"]) != wanted:
        flash(request, f"草稿已更新为 r{record['revision']}：请核对后再发布", "error")
        return back(f"/brief/{day.isoformat()}")
    if record["status"] == "published":
        return back(f"/brief/{day.isoformat()}/r/{wanted}")
    refused = blocking(brief_problems(store, record["brief"]))
    if refused:
        context = _editor_context(request, day, record)
        context["publish_refused"] = refused
        return page(request, "edit.html", context, status=409)
    try:
        await _in_thread(ensure_rendered, request, day, wanted, record["brief"], list(RENDERERS))
    except BriefError as exc:
        flash(request, f"生成文件失败，未发布：{exc}", "error")
        return back(f"/brief/{day.isoformat()}")
    store.publish_brief(day, wanted)
    store.log_edit(day, user["name"], "brief/publish", f"r{wanted}", wanted)
    flash(request, f"已发布修订 r{wanted}：之后的修改会成为新的修订（更正）")
    return back(f"/brief/{day.isoformat()}/r/{wanted}")


async def _in_thread(func: Any, *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(func, *args)


# --- archive and search ----------------------------------------------------------------------


@router.get("/archive")
def archive(request: Request, user: User) -> Response:
    store = get_store(request)
    rows = []
    for row in store.brief_overview():
        day = date.fromisoformat(row["brief_date"])
        latest = store.latest_brief(day)
        data = latest["brief"] if latest else {}
        rows.append({**row, "day": day, "title": data.get("title", ""),
                     "sections": len(data.get("sections", ())),
                     "summary": str(data.get("summary", ""))[:90]})
    return page(request, "archive.html", {"rows": rows, "q": ""})


@router.get("/search")
def search(request: Request, user: User, q: str = "") -> Response:
    store = get_store(request)
    q = q.strip()[:200]
    briefs = store.search_briefs(q, SEARCH_LIMIT, mark=MARK) if q else []
    articles = store.search_articles(q, SEARCH_LIMIT, mark=MARK) if q else []
    return page(request, "search.html", {"q": q, "briefs": briefs, "articles": articles})


@router.get("/article")
def article_page(request: Request, url: str,
                 user: User) -> Response:
    store = get_store(request)
    article = store.article(url)
    if article is None:
        raise HTTPException(status_code=404, detail="数据库中没有这篇文章")
    return page(request, "article.html", {
        "article": article,
        "link": _http_url(article.url),
        "paragraphs": [p for p in article.text.split("\n") if p.strip()],
        "cleaned": _cleaned_page(store, url),
    })


def _cleaned_page(store: Store, url: str) -> str:
    """Return the fetched page's HTML cleaned by nh3 (no script, style, image or handler)."""
    from markupsafe import Markup

    from ..extract.encoding import decode_html

    fetched = store.latest_page(url)
    if fetched is None or "html" not in (fetched.content_type or "text/html"):
        return ""
    try:
        text, _encoding = decode_html(fetched.body, fetched.content_type)
    except BriefError:
        return ""
    cleaned = nh3.clean(text, tags=CLEAN_TAGS, attributes={"a": {"href", "title"}},
                        url_schemes={"http", "https"}, link_rel="noopener noreferrer nofollow")
    return Markup(cleaned)  # sanitised by nh3 just above  # noqa: S704


# --- sources ---------------------------------------------------------------------------------

SOURCE_FIELDS = (*REQUIRED_FIELDS, "link_selector", "encoding")


@router.get("/sources")
def sources_page(request: Request, user: User) -> Response:
    store = get_store(request)
    return page(request, "sources.html", {
        "rows": store.source_rows(), "counts": store.source_counts(), "form": {}, "error": "",
    })


@router.get("/sources.yaml")
def sources_yaml(request: Request, user: User) -> Response:
    """The sources as stored (with the workbench's additions and switches), as sources.yaml."""
    entries = []
    for s in get_store(request).sources():
        entry = {"id": s.id, "name": s.name, "name_en": s.name_en, "kind": str(s.kind),
                 "url": s.url, "authority": str(s.authority)}
        entry.update({k: v for k, v in (("link_selector", s.link_selector),
                                         ("encoding", s.encoding)) if v})
        if not s.enabled:
            entry["enabled"] = False
        entries.append(entry)
    text = yaml.safe_dump({"sources": entries}, allow_unicode=True, sort_keys=False)
    return Response(text, media_type="text/yaml; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="sources.yaml"'})


def validate_source(form: Mapping[str, str]) -> Any:
    """Return the Source a form describes, checked exactly as a sources.yaml entry is."""
    entry: dict[str, Any] = {k: form.get(k, "").strip() for k in SOURCE_FIELDS}
    entry = {k: v for k, v in entry.items() if v or k in REQUIRED_FIELDS}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sources.yaml"
        path.write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), encoding="utf-8")
        try:
            (source,) = load_sources(path)
        except ConfigError as exc:
            raise bw.EditError(str(exc).replace(f"{path}: ", "").replace("entry 1", "新来源")) from None
    return source


@router.post("/sources/add")
async def add_source(request: Request, user: Editor) -> Response:
    store = get_store(request)
    form = await _form(request)
    try:
        source = validate_source(form)
        if any(s.id == source.id for s in store.sources()):
            raise bw.EditError(f"id {source.id!r} 已被使用")
    except bw.EditError as exc:
        return page(request, "sources.html", {
            "rows": store.source_rows(), "counts": store.source_counts(),
            "form": form, "error": str(exc)}, status=400)
    store.upsert_sources([source])
    flash(request, f"已添加来源 {source.name}（{source.id}）")
    return back("/sources")


@router.post("/sources/{source_id}/enabled")
async def toggle_source(request: Request, source_id: str,
                        user: Editor) -> Response:
    store = get_store(request)
    form = await _form(request)
    source = next((s for s in store.sources() if s.id == source_id), None)
    if source is None:
        raise HTTPException(status_code=404, detail=f"没有来源 {source_id}")
    enabled = form.get("enabled") == "1"
    store.upsert_sources([replace(source, enabled=enabled)])
    flash(request, f"来源 {source.name} 已{'启用' if enabled else '停用'}")
    return back("/sources")
