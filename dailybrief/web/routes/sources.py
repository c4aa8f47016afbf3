"""The sources page: what each source yielded, adding a source, switching one on or off,
and the stored sources as a sources.yaml download."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...collect.guard import FetchPolicy, allowed_folders, folder_problem
from ...errors import ConfigError
from ...models import ORIGIN_WORKBENCH, SourceKind
from ...sources import REQUIRED_FIELDS, load_sources
from .. import briefwork as bw
from .deps import Editor, User, back, flash, get_store, page, read_form

router = APIRouter()

SOURCE_FIELDS = (*REQUIRED_FIELDS, "link_selector", "encoding")


@router.get("/sources")
def sources_page(request: Request, user: User) -> Response:
    store = get_store(request)
    return page(request, "sources.html", {
        "rows": store.source_rows(), "counts": store.source_counts(), "form": {}, "error": "",
        "histories": store.source_histories(limit=14),
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
        if s.guarded:
            entry["origin"] = s.origin
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
    return replace(source, origin=ORIGIN_WORKBENCH)


def reach_problem(source: Any, settings: Any) -> str | None:
    """Return why a workbench-added source points where it may not (checked again at fetch time)."""
    if source.kind is SourceKind.FILE:
        return folder_problem(source.url, allowed_folders(settings))
    problem = FetchPolicy.from_settings(settings).url_problem(source.url)
    if problem:
        return (f"{problem}: a source added in the workbench may only reach public addresses "
                "(the operator may allow hosts in the fetch_allow setting)")
    return None


@router.post("/sources/add")
async def add_source(request: Request, user: Editor) -> Response:
    store = get_store(request)
    form = await read_form(request)
    try:
        source = validate_source(form)
        if any(s.id == source.id for s in store.sources()):
            raise bw.EditError(f"id {source.id!r} 已被使用")
        problem = reach_problem(source, request.app.state.settings)
        if problem:
            raise bw.EditError(f"不能添加：{problem}")
    except bw.EditError as exc:
        return page(request, "sources.html", {
            "rows": store.source_rows(), "counts": store.source_counts(),
            "form": form, "error": str(exc), "histories": store.source_histories(limit=14)},
            status=400)
    store.upsert_sources([source])
    flash(request, f"已添加来源 {source.name}（{source.id}）")
    return back("/sources")


@router.post("/sources/{source_id}/enabled")
async def toggle_source(request: Request, source_id: str,
                        user: Editor) -> Response:
    store = get_store(request)
    form = await read_form(request)
    source = next((s for s in store.sources() if s.id == source_id), None)
    if source is None:
        raise HTTPException(status_code=404, detail=f"没有来源 {source_id}")
    enabled = form.get("enabled") == "1"
    store.upsert_sources([replace(source, enabled=enabled)])
    flash(request, f"来源 {source.name} 已{'启用' if enabled else '停用'}")
    return back("/sources")
