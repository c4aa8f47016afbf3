"""Render a Brief as a typeset PDF with typst and the vendored Noto CJK fonts.

The typst template (templates/brief.typ) reads the brief from a data.json written next to it
in a temporary folder, together with the logo and the QR codes, so no scraped text is ever
parsed as typst markup. System fonts are ignored: the output is the same on every machine
and every glyph comes from (and is embedded from) dailybrief/fonts/.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from datetime import UTC, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

import typst

from ..errors import RenderError
from ..models import Brief
from .brand import (
    DEADLINE_COLUMNS,
    DEADLINES_HEADING,
    FONTS_DIR,
    REFERENCES_HEADING,
    SUMMARY_HEADING,
    TOC_HEADING,
    Brand,
    brief_title,
    cited_paragraphs,
    deadline_rows,
    format_cn_date,
    image_mime,
    qr_svg,
    reference_line,
    section_heading,
)

logger = logging.getLogger(__name__)

TEMPLATE = Path(__file__).resolve().parent / "templates" / "brief.typ"
COVERAGE_FILE = FONTS_DIR / "coverage.txt"
WEBSITE_LABEL_SUFFIX = "："


@lru_cache(maxsize=1)
def _fonts() -> typst.Fonts:
    """Return the vendored fonts, loaded once per process (typst's bundled fonts as fallback)."""
    return typst.Fonts(include_system_fonts=False, include_embedded_fonts=True,
                       font_paths=[str(FONTS_DIR)])


def render_pdf(brief: Brief, out_path: Path, brand: Brand) -> Path:
    """Write brief as a PDF to out_path and return out_path."""
    out_path = Path(out_path)
    missing = uncovered_characters(brief, brand)
    if missing:
        logger.warning("%s: no glyph in the vendored fonts for %s; they print as boxes",
                       out_path, " ".join(f"{c} U+{ord(c):04X}" for c in missing[:20]))
    with tempfile.TemporaryDirectory(prefix="dailybrief-pdf-") as tmp:
        work = Path(tmp)
        data = pdf_data(brief, brand, work)
        (work / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        shutil.copyfile(TEMPLATE, work / TEMPLATE.name)
        try:
            pdf = typst.compile(str(work / TEMPLATE.name), root=str(work), font_paths=_fonts(),
                                ignore_system_fonts=True, timestamp=_timestamp(brief))
        except typst.TypstError as exc:
            raise RenderError(f"{out_path}: typst could not typeset the brief: {exc.message}") from exc
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_bytes(pdf)
    except OSError as exc:
        raise RenderError(f"{out_path}: cannot write PDF ({exc.strerror or exc})") from exc
    logger.info("wrote %s (%d bytes)", out_path, len(pdf))
    return out_path


@lru_cache(maxsize=1)
def _covered_code_points() -> frozenset[int]:
    """Return the code points every vendored font has a glyph for (fonts/coverage.txt)."""
    points: set[int] = set()
    for line in COVERAGE_FILE.read_text(encoding="ascii").splitlines():
        if not line or line.startswith("#"):
            continue
        first, _, last = line.partition("-")
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return frozenset(points)


def uncovered_characters(brief: Brief, brand: Brand) -> list[str]:
    """Return the characters of brief and brand the vendored fonts have no glyph for."""
    texts = [brief.title, brief.summary, brand.title, *brand.organisations, brand.contact_heading,
             *brand.contact_lines, *(q.label + q.caption for q in brand.qr_codes),
             *(d.name + d.text for d in brand.descriptions)]
    for section in brief.sections:
        texts += [section.title, *section.paragraphs]
    texts += [reference_line(r).text for r in brief.references]
    texts += [d.what for d in brief.deadlines]
    covered = _covered_code_points()
    chars = {c for text in texts for c in text if not c.isspace()}
    return sorted(c for c in chars if ord(c) not in covered)


def pdf_data(brief: Brief, brand: Brand, work: Path) -> dict[str, Any]:
    """Return the template's data and write the images it names into work."""
    return {
        "title": brief_title(brief, brand),
        "organisations": list(brand.organisations),
        "date": format_cn_date(brief.day),
        "keywords": [brief.day.isoformat()],
        "summary": brief.summary.strip(),
        "draft": brief.draft_mark,
        "labels": {"summary": SUMMARY_HEADING, "toc": TOC_HEADING, "references": REFERENCES_HEADING,
                   "deadlines": DEADLINES_HEADING, "deadline_columns": list(DEADLINE_COLUMNS)},
        "deadlines": [{"day": r.day, "what": r.what, "ref": r.ref} for r in deadline_rows(brief)],
        "colours": {"primary": brand.colours.primary, "text": brand.colours.text,
                    "muted": brand.colours.muted, "link": brand.colours.link},
        "logo": _copy_logo(brand, work),
        "sections": [
            {"numeral": section_heading(i, s).removesuffix(s.title.strip()), "title": s.title.strip(),
             "paragraphs": cited_paragraphs(s, brief)}
            for i, s in enumerate(brief.sections, start=1)
        ],
        "references": _references_data(brief),
        "contact": _contact_data(brand, work),
    }


def _references_data(brief: Brief) -> list[dict[str, Any]]:
    """Return the references; only the first of a repeated number is a citation target."""
    out = []
    seen: set[int] = set()
    for ref in brief.references:
        line = reference_line(ref)
        out.append({"n": line.n, "lead": line.lead, "title": line.title, "tail": line.tail,
                    "english": line.english, "url": line.url, "anchor": line.n not in seen})
        seen.add(line.n)
    return out


def _copy_logo(brand: Brand, work: Path) -> str | None:
    if brand.logo is None:
        return None
    data = brand.logo.read_bytes()
    name = "logo." + image_mime(data).split("/")[-1]
    (work / name).write_bytes(data)
    return name


def _contact_data(brand: Brand, work: Path) -> dict[str, Any]:
    codes = []
    for i, qr in enumerate(brand.qr_codes):
        if qr.image is not None:
            data = qr.image.read_bytes()
            name = f"qr-{i}." + image_mime(data).split("/")[-1]
        else:
            data, name = qr_svg(qr.url), f"qr-{i}.svg"
        (work / name).write_bytes(data)
        codes.append({"file": name, "label": qr.label, "caption": qr.caption})
    return {
        "heading": brand.contact_heading,
        "qr": codes,
        "descriptions": [{"name": d.name, "text": d.text} for d in brand.descriptions],
        "lines": list(brand.contact_lines),
        "website": brand.website,
        "website_label": brand.website_label + WEBSITE_LABEL_SUFFIX if brand.website_label else "",
    }


def _timestamp(brief: Brief) -> datetime:
    """Return the PDF's creation date: the brief's day, so the same brief gives the same file."""
    return datetime.combine(brief.day, time(0, 0), tzinfo=UTC)
