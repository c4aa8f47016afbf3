"""The day's page: its storylines (include, exclude, reorder, move articles, merge) and
regenerating the draft brief from them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response

from ...curation import (
    keep_hand_edits,
    machine_digests,
    order_arg,
    rerun_draft,
    standing_revision,
)
from ...errors import BriefError
from ...models import Story, brief_to_dict
from ...novelty import with_novelty
from ...store import Store
from ...write import make_writer, write_brief
from .. import briefwork as bw
from .deps import (
    Editor,
    User,
    back,
    ensure_rendered,
    flash,
    get_settings,
    get_store,
    page,
    parse_day,
    read_form,
)

router = APIRouter()

PREVIEW_FORMATS = ("json", "md", "html")


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
    day = parse_day(day_text)
    store, settings = get_store(request), get_settings(request)
    stories = with_novelty(store.stories(day), store.day_novelty(day))
    revisions = store.brief_revisions(day)
    record = standing_revision(revisions)
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
        "rerun": rerun_draft(revisions, record),
    })


def _save_stories(store: Store, day: date, stories: list[Story]) -> None:
    rows = store.storylines(day)
    run_id = rows[0]["run_id"] if rows else None
    store.save_storylines(day, stories, run_id=run_id)


def _edited_stories(
    stories: list[Story], story_id: str, action: str, form: Mapping[str, str],
    titles: Mapping[str, str],
) -> tuple[list[Story], str]:
    """Return the storylines after action on story_id, and the edit log's detail line."""
    if action in ("include", "exclude"):
        return (bw.set_included(stories, story_id, action == "include"),
                titles.get(story_id, story_id))
    if action in ("up", "down"):
        return (bw.move_story(stories, story_id, -1 if action == "up" else 1),
                titles.get(story_id, story_id))
    if action == "move-article":
        target = form.get("target", "")
        return (bw.move_article(stories, form.get("url", ""), story_id, target),
                f"{form.get('url', '')} → {titles.get(target, target)}")
    if action == "merge":
        other = form.get("other", "")
        return (bw.merge_stories(stories, story_id, other),
                f"{titles.get(other, other)} → {titles.get(story_id, story_id)}")
    raise HTTPException(status_code=404, detail=f"没有操作 {action}")


def _action_arg(action: str, form: Mapping[str, str], stories: list[Story]) -> str:
    """Return what a re-run needs to replay the action (see curation.replay_actions)."""
    if action in ("up", "down"):
        return order_arg(stories)
    if action == "merge":
        return form.get("other", "")
    if action == "move-article":
        return json.dumps({"url": form.get("url", ""), "target": form.get("target", "")},
                          ensure_ascii=False)
    return ""


@router.post("/day/{day_text}/story/{story_id}/{action}")
async def story_action(request: Request, day_text: str, story_id: str, action: str,
                       user: Editor) -> Response:
    day = parse_day(day_text)
    store = get_store(request)
    form = await read_form(request)
    titles = {s.id: s.title for s in store.stories(day)}
    with request.app.state.edit_lock:
        try:
            stories, detail = _edited_stories(store.stories(day), story_id, action, form, titles)
        except bw.EditError as exc:
            flash(request, str(exc), "error")
            return back(f"/day/{day.isoformat()}#story-{story_id}")
        _save_stories(store, day, stories)
        store.record_storyline_action(day, action, story_id, _action_arg(action, form, stories))
    store.log_edit(day, user["name"], f"storyline/{action}", detail)
    flash(request, "线索已更新；点“重新生成”把改动写入草稿")
    return back(f"/day/{day.isoformat()}#story-{story_id}")


@router.post("/day/{day_text}/regenerate")
def regenerate(request: Request, day_text: str, user: Editor,
               discard_edits: Annotated[str, Form()] = "") -> Response:
    day = parse_day(day_text)
    store, settings = get_store(request), get_settings(request)
    with request.app.state.edit_lock:
        stories = with_novelty(store.stories(day), store.day_novelty(day))
        if not stories:
            raise HTTPException(status_code=404, detail=f"{day} 没有线索可写")
        writer = make_writer(settings, cache_dir=Path(request.app.state.out_dir) / ".cache")
        try:
            brief, dropped, _log = write_brief(stories, day=day, settings=settings, writer=writer)
        except BriefError as exc:
            flash(request, f"重新生成失败：{exc}", "error")
            return back(f"/day/{day.isoformat()}")
        digests = machine_digests(brief)
        kept: list[str] = []
        if discard_edits != "1":
            brief, kept = keep_hand_edits(brief, standing_revision(store.brief_revisions(day)),
                                          store.machine_digests(day))
        data = brief_to_dict(brief)
        revision = store.save_brief(day, data, note=f"{user['name']}: 重新生成")
        store.record_machine_sections(day, digests)
    ensure_rendered(request, day, revision, data, PREVIEW_FORMATS)
    store.log_edit(day, user["name"], "brief/regenerate",
                   f"{len(brief.sections)} 节，去掉 {len(dropped)} 句无出处的句子", revision)
    flash(request, f"已重新生成草稿：修订 r{revision}，{len(brief.sections)} 节"
          + (f"；保留了手工修改的 {len(kept)} 节" if kept else ""))
    return back(f"/day/{day.isoformat()}")

