"""The brief editor: editing fields and sections, the live check, restoring and publishing
revisions, and each revision's page and downloads."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from ...errors import BriefError
from ...render import FILENAMES, RENDERERS
from ...store import Store
from .. import briefwork as bw
from ..checks import (
    WHERE_SUMMARY,
    analysis_of,
    blocking,
    brief_problems,
    cited_sources,
    own_counts,
    text_problems,
)
from .deliveries import channel_count, deliver_in_background
from .deps import (
    Editor,
    User,
    back,
    ensure_rendered,
    flash,
    get_store,
    latest_record,
    page,
    parse_day,
    parse_int,
    read_form,
)

router = APIRouter()

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


# --- the editor page -------------------------------------------------------------------------


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
    day = parse_day(day_text)
    record = latest_record(get_store(request), day)
    return page(request, "edit.html", _editor_context(request, day, record))


# --- a revision and its files ----------------------------------------------------------------


def _revision(store: Store, day: date, revision: int) -> dict[str, Any]:
    """Return one revision of the day's brief; a 404 if there is no such revision."""
    record = store.brief_revision(day, revision)
    if record is None:
        raise HTTPException(status_code=404, detail=f"{day} 没有修订 r{revision}")
    return record


@router.get("/brief/{day_text}/r/{revision}")
def revision_page(request: Request, day_text: str, revision: int,
                  user: User) -> Response:
    day = parse_day(day_text)
    store = get_store(request)
    record = _revision(store, day, revision)
    latest = latest_record(store, day)
    return page(request, "revision.html", {
        "day": day, "record": record, "brief": record["brief"], "latest": latest,
        "refs": {int(r["n"]): r for r in record["brief"].get("references", ())},
        "formats": list(RENDERERS), "labels": FORMAT_LABELS,
    })


@router.get("/brief/{day_text}/r/{revision}/download/{fmt}")
def download(request: Request, day_text: str, revision: int, fmt: str,
             user: User) -> Response:
    day = parse_day(day_text)
    if fmt not in RENDERERS:
        raise HTTPException(status_code=404, detail=f"没有 {fmt} 格式")
    record = _revision(get_store(request), day, revision)
    try:
        path = ensure_rendered(request, day, revision, record["brief"], [fmt],
                               draft=record["status"] != "published")[fmt]
    except BriefError as exc:
        raise HTTPException(status_code=500, detail=f"生成 {fmt} 失败：{exc}") from exc
    name = f"dailybrief-{day.isoformat()}-r{revision}-{FILENAMES[fmt]}"
    return FileResponse(path, media_type=DOWNLOAD_TYPES.get(fmt), filename=name,
                        content_disposition_type="attachment")


# --- editing ---------------------------------------------------------------------------------


def _patched(request: Request, day: date, user: Mapping[str, Any], change: Any,
             note: str) -> tuple[int, dict[str, Any], str]:
    """Apply change(latest brief dict) and store it as a new revision when it differs.

    Returns (revision, brief dict, status of the revision the change was made on). A change
    to a published revision becomes a new draft revision: published ones never change.
    """
    store = get_store(request)
    with request.app.state.edit_lock:
        record = latest_record(store, day)
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
    return part, parse_int(form.get("section", "0"), "section"), parse_int(
        form.get("paragraph", "0"), "paragraph")


@router.post("/api/brief/{day_text}/save")
async def save_field(request: Request, day_text: str,
                     user: Editor) -> Response:
    day = parse_day(day_text)
    form = await read_form(request)
    part, section, paragraph = _field(form)
    value = form.get("value", "")
    where = _where(part, section, paragraph)

    def change(data: dict[str, Any]) -> dict[str, Any]:
        return bw.apply_edit(data, part, value, section, paragraph)

    try:
        revision, _data, was = _patched(request, day, user, change, f"编辑{where}")
    except bw.EditError as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    changed = revision != parse_int(form.get("base_revision") or "0", "base_revision")
    status = was if not changed and was == "published" else "draft"
    return JSONResponse({"revision": revision, "status": status,
                         "correction": changed and was == "published"})


@router.post("/api/brief/{day_text}/check")
async def check_field(request: Request, day_text: str,
                      user: User) -> Response:
    day = parse_day(day_text)
    form = await read_form(request)
    part, section, paragraph = _field(form)
    store = get_store(request)
    data = latest_record(store, day)["brief"]
    if part == bw.PART_SUMMARY:
        refs = [int(r["n"]) for r in data.get("references", ())]
    else:
        sections = data.get("sections", [])
        if not 0 <= section < len(sections):
            return JSONResponse({"error": f"没有第 {section + 1} 节"}, status_code=400)
        refs = [int(n) for n in sections[section].get("references", ())]
    where = _where(part, section, paragraph)
    problems = text_problems(form.get("text", ""), cited_sources(store, data, refs),
                             counts=own_counts(data), where=where, analysis=analysis_of(data, where))
    return JSONResponse({"problems": [p.as_dict() for p in problems], "refs": refs})


@router.post("/api/brief/{day_text}/analysis")
async def mark_analysis(request: Request, day_text: str, user: Editor) -> Response:
    """Mark a sentence as the association's own analysis (or unmark it): a new revision whose
    note says so; the sentence is no longer checked against the sources."""
    day = parse_day(day_text)
    form = await read_form(request)
    part, section, _paragraph = _field(form)
    sentence = form.get("sentence", "").strip()
    on = form.get("on", "1") != "0"
    place = WHERE_SUMMARY if part == bw.PART_SUMMARY else f"第{section + 1}节"
    note = f"{'标记' if on else '取消'}本会分析（{place}）：{sentence[:40]}"

    def change(data: dict[str, Any]) -> dict[str, Any]:
        return bw.mark_analysis(data, part, section, sentence, on)

    try:
        revision, _data, _was = _patched(request, day, user, change, note)
    except bw.EditError as exc:
        return JSONResponse({"error": str(exc)}, status_code=400)
    get_store(request).log_edit(day, user["name"], "brief/analysis", note, revision)
    return JSONResponse({"revision": revision, "status": "draft"})


@router.post("/brief/{day_text}/section/{section}/{action}")
async def section_action(request: Request, day_text: str, section: int, action: str,
                         user: Editor) -> Response:
    day = parse_day(day_text)
    store = get_store(request)
    form = await read_form(request)
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
        n = parse_int(form.get("n"), "n")

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


# --- restoring and publishing ----------------------------------------------------------------


@router.post("/brief/{day_text}/r/{revision}/restore")
def restore(request: Request, day_text: str, revision: int,
            user: Editor) -> Response:
    day = parse_day(day_text)
    store = get_store(request)
    record = _revision(store, day, revision)
    new, _data, _was = _patched(request, day, user, lambda _d: record["brief"],
                                f"恢复修订 r{revision}")
    store.log_edit(day, user["name"], "brief/restore", f"r{revision}", new)
    flash(request, f"已把修订 r{revision} 恢复为最新草稿 r{new}")
    return back(f"/brief/{day.isoformat()}")


@router.post("/brief/{day_text}/publish")
async def publish(request: Request, day_text: str,
                  user: Editor) -> Response:
    day = parse_day(day_text)
    store = get_store(request)
    form = await read_form(request)
    wanted = parse_int(form.get("revision"), "revision")
    record = latest_record(store, day)
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
    if deliver_in_background(request.app, day, wanted) is not None:
        flash(request, f"正在推送到 {channel_count(request.app)} 个渠道，结果见「推送」页")
    return back(f"/brief/{day.isoformat()}/r/{wanted}")


async def _in_thread(func: Any, *args: Any) -> Any:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(func, *args)
