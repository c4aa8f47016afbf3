"""Render: Brief → files. One function per format, all with the same shape.

`render_brief(brief, out_dir, formats)` writes each requested format next to the others
and returns {format: path, ...} plus the seconds each took.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import RenderError
from ..models import Brief, brief_to_dict
from . import atomic
from .text import render_html, render_markdown

Renderer = Callable[[Brief, Path, Any], Path]

FILENAMES = {
    "json": "brief.json",
    "md": "brief.md",
    "html": "brief.html",
    "pdf": "brief.pdf",
    "docx": "brief.docx",
    "wechat": "brief.wechat.html",
}


def render_json(brief: Brief, out_path: Path, brand: Any = None) -> Path:
    out_path.write_text(json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")
    return out_path


def _markdown(brief: Brief, out_path: Path, brand: Any = None) -> Path:
    out_path.write_text(render_markdown(brief, brand), encoding="utf-8")
    return out_path


def _html(brief: Brief, out_path: Path, brand: Any = None) -> Path:
    out_path.write_text(render_html(brief, brand), encoding="utf-8")
    return out_path


RENDERERS: dict[str, Renderer] = {"json": render_json, "md": _markdown, "html": _html}


def _register_publication_renderers() -> None:
    """Add the PDF, Word and WeChat renderers when their modules are present."""
    try:
        from .docx import render_docx
        from .pdf import render_pdf
        from .wechat import render_wechat
    except ImportError:
        return
    RENDERERS.update({"pdf": render_pdf, "docx": render_docx, "wechat": render_wechat})


_register_publication_renderers()
DEFAULT_FORMATS = tuple(RENDERERS)


def load_default_brand() -> Any:
    try:
        from .brand import load_brand
    except ImportError:
        return None
    return load_brand(None)


def render_brief(
    brief: Brief, out_dir: Path, formats: Sequence[str] = DEFAULT_FORMATS, brand: Any = None, *,
    commit: Callable[[], None] | None = None, stage: str | None = None, replace_set: bool = False,
) -> tuple[dict[str, Path], dict[str, float]]:
    """Write each format into out_dir; return the paths and the seconds each took.

    Whole or absent (see `atomic`): every format is written into a staging folder first and
    all are renamed into out_dir once all are written, so a full disk or a kill leaves the
    previous files as they were. `commit` (storing the brief) runs between writing and
    renaming; `stage` names the staging folder (a run's, for recovery); `replace_set`
    removes the outputs of formats not rendered this time.
    """
    unknown = [f for f in formats if f not in RENDERERS]
    if unknown:
        raise RenderError(f"unknown format(s) {', '.join(unknown)}; known: {', '.join(RENDERERS)}")
    if brand is None and any(f in ("pdf", "docx", "wechat", "html", "md") for f in formats):
        brand = load_default_brand()
    try:
        staging = atomic.new_staging(out_dir, stage)
    except OSError as exc:
        raise RenderError(f"{out_dir}: cannot write: {exc.strerror}") from exc
    timings: dict[str, float] = {}
    try:
        for fmt in formats:
            start = time.perf_counter()
            try:
                RENDERERS[fmt](brief, staging / FILENAMES[fmt], brand)
            except OSError as exc:
                raise RenderError(f"{out_dir / FILENAMES[fmt]}: cannot write: {exc.strerror}") from exc
            except RenderError as exc:
                raise RenderError(str(exc).replace(str(staging), str(out_dir))) from exc
            timings[fmt] = time.perf_counter() - start
        names = [FILENAMES[f] for f in formats]
        try:
            atomic.flush(staging / n for n in names)
            atomic.write_set(staging, names, FILENAMES.values() if replace_set else ())
        except OSError as exc:
            raise RenderError(f"{out_dir}: cannot write: {exc.strerror}") from exc
        if commit is not None:
            commit()
    except BaseException:
        atomic.discard(staging)
        raise
    try:
        atomic.publish(staging, out_dir)
    except OSError as exc:
        raise RenderError(f"{out_dir}: cannot put the rendered files in place: {exc.strerror}") from exc
    return {fmt: out_dir / FILENAMES[fmt] for fmt in formats}, timings
