"""The PDF renderer, checked on real PDFs with poppler-utils (pdffonts, pdftotext, pdftoppm)."""

from __future__ import annotations

import json
import logging
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from lxml import etree

from dailybrief.models import Brief, brief_from_dict
from dailybrief.render import pdf as pdf_module
from dailybrief.render.brand import (
    DEADLINES_HEADING,
    FONTS_DIR,
    REFERENCES_HEADING,
    TOC_HEADING,
    Brand,
    format_cn_date,
    load_brand,
    reference_line,
    section_heading,
)
from dailybrief.render.docx import render_docx
from dailybrief.render.pdf import render_pdf, uncovered_characters
from dailybrief.render.wechat import render_wechat

BRIEF_FILE = Path(__file__).parent / "data" / "briefs" / "brief-2026-06-02-six-sections.json"
POPPLER = pytest.mark.skipif(shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
                             reason="poppler-utils not installed (apt-get install poppler-utils)")
NO_LINE_START = "，。、；：！？）》」』’”"
TOC_LINE = re.compile(r"^(?P<title>.+?)\s*(?:\.\s*){3,}[\s\u2060]*(?P<page>\d+)\s*$")


def _squash(text: str) -> str:
    return re.sub(r"[\s\u2060]+", "", text)


@pytest.fixture(scope="module")
def brief() -> Brief:
    return brief_from_dict(json.loads(BRIEF_FILE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand()


@pytest.fixture(scope="module")
def pdf_path(brief: Brief, brand: Brand, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_pdf(brief, tmp_path_factory.mktemp("pdf") / "brief.pdf", brand)


@pytest.fixture(scope="module")
def pages(pdf_path: Path) -> list[str]:
    """Return the pdftotext -layout text of each page (split on form feeds)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed (apt-get install poppler-utils)")
    out = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def test_pdf_is_a_pdf(pdf_path: Path) -> None:
    assert pdf_path.read_bytes().startswith(b"%PDF-")


@POPPLER
def test_cjk_fonts_are_embedded(pdf_path: Path) -> None:
    out = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    embedded = {row[0].split("+", 1)[-1] for row in rows if row[-5] == "yes"}
    assert any(name.startswith("NotoSerifSC-Regular") for name in embedded), out
    assert any(name.startswith("NotoSansCJKsc-Bold") for name in embedded), out
    assert all(row[-5] == "yes" for row in rows), f"a font is not embedded:\n{out}"


def test_every_character_has_a_glyph(brief: Brief, brand: Brand) -> None:
    assert uncovered_characters(brief, brand) == []


def test_missing_glyph_is_reported(brief: Brief, brand: Brand, tmp_path: Path,
                                   caplog: pytest.LogCaptureFixture) -> None:
    odd = replace(brief, summary=brief.summary + "藏文ༀ")
    assert uncovered_characters(odd, brand) == ["ༀ"]
    with caplog.at_level(logging.WARNING, logger=pdf_module.__name__):
        render_pdf(odd, tmp_path / "odd.pdf", brand)
    assert "U+0F00" in caplog.text


def test_coverage_file_matches_the_vendored_fonts() -> None:
    ttlib = pytest.importorskip("fontTools.ttLib", reason="fonttools (a dev dependency) not installed")
    common: set[int] | None = None
    for font in sorted(FONTS_DIR.glob("*.otf")):
        cmap = set(ttlib.TTFont(str(font), lazy=True)["cmap"].getBestCmap())
        common = cmap if common is None else common & cmap
    assert common is not None
    assert pdf_module._covered_code_points() == frozenset(common)


@POPPLER
def test_title_block_and_summary_on_first_page(pages: list[str], brief: Brief, brand: Brand) -> None:
    first = _squash(pages[0])
    for text in (brief.title, *brand.organisations, format_cn_date(brief.day), "摘要", TOC_HEADING):
        assert _squash(text) in first
    assert "2026年6月2日" in first


def _toc_entries(pages: list[str]) -> tuple[int, dict[str, int]]:
    """Return the 目录 page index and its entries {title: page}, wrapped titles joined."""
    toc_page = next(i for i, page in enumerate(pages) if TOC_HEADING in page)
    lines = pages[toc_page].splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == TOC_HEADING) + 1
    entries: dict[str, int] = {}
    pending = ""
    for line in lines[start:]:
        match = TOC_LINE.match(line.strip())
        if match:
            entries[_squash(pending + match["title"])] = int(match["page"])
            pending = ""
            if match["title"].strip() == REFERENCES_HEADING:
                break
        else:
            pending += line
    return toc_page, entries


def _check_toc(pages: list[str], brief: Brief) -> None:
    toc_page, toc = _toc_entries(pages)
    expected = [_squash(section_heading(i, s)) for i, s in enumerate(brief.sections, start=1)]
    tail = [DEADLINES_HEADING] if brief.deadlines else []
    assert list(toc) == [*expected, *tail, REFERENCES_HEADING]
    for title, page_no in toc.items():
        start = _first_body_page(pages, title, after=toc_page)
        assert start == page_no, f"{title}: TOC says page {page_no}, heading is on page {start}"


@POPPLER
def test_toc_page_numbers_are_the_pages_where_sections_start(pages: list[str], brief: Brief) -> None:
    assert len(pages) >= 3, "a six-section brief should need several pages"
    _check_toc(pages, brief)


@POPPLER
def test_toc_with_titles_that_wrap(brief: Brief, brand: Brand, tmp_path: Path) -> None:
    long_title = "工业和信息化部等八部门关于印发《推动“人工智能+制造”深度融合行动方案（2026—2028年）》的通知"
    sections = (replace(brief.sections[0], title=long_title), *brief.sections[1:])
    wrapped = replace(brief, sections=sections)
    path = render_pdf(wrapped, tmp_path / "long.pdf", brand)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    _check_toc(out.rstrip("\f").split("\f"), wrapped)


def _first_body_page(pages: list[str], heading: str, *, after: int) -> int:
    for i, page in enumerate(pages[after:], start=after):
        lines = page.splitlines()
        if i == after:  # skip the 目录 itself
            lines = lines[_toc_end(lines):]
        if heading in _squash("".join(lines)):
            return i + 1
    raise AssertionError(f"heading {heading} not found in the body")


def _toc_end(lines: list[str]) -> int:
    """Return the index of the line after the 目录's 参考文献 entry."""
    for i, line in enumerate(lines):
        match = TOC_LINE.match(line.strip())
        if match and match["title"].strip() == REFERENCES_HEADING:
            return i + 1
    return 0


@POPPLER
def test_every_reference_appears_in_full(pages: list[str], brief: Brief) -> None:
    text = _squash("".join(pages))
    assert text.count(_squash(REFERENCES_HEADING)) >= 2  # TOC entry and heading
    for ref in brief.references:
        line = reference_line(ref)
        assert _squash(ref.title) in text
        assert _squash(line.text) in text, line.text
        assert ref.published.isoformat() in text
        assert _squash(ref.verifies) in text
        assert f"({_squash(ref.publisher_en)})" in text


@POPPLER
def test_deadline_table_is_in_the_pdf(pages: list[str], brief: Brief) -> None:
    assert brief.deadlines, "the sample brief has deadlines"
    text = _squash("".join(pages))
    assert text.count(DEADLINES_HEADING) >= 2  # TOC entry and heading
    for deadline in brief.deadlines:
        assert _squash(deadline.what) in text
        assert f"{deadline.day.year}年{deadline.day.month}月{deadline.day.day}日" in text


@POPPLER
def test_special_characters_are_printed_verbatim(pages: list[str]) -> None:
    text = _squash("".join(pages))
    for raw in ("<script>alert('x')</script>", "&", "*加粗*", "_下划线_", "@工信微报", "\\n",
                "[链接]", "0.35$/kWh", "#AI+制造", "$100*_@[x]\\"):
        assert _squash(raw) in text, raw


@POPPLER
def test_running_header_and_page_numbers(pages: list[str], brief: Brief) -> None:
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert lines[-1] == str(number)
        if number > 1:
            assert _squash(lines[0]) == _squash(brief.title + format_cn_date(brief.day))


@POPPLER
def test_contact_block_closes_the_brief(pages: list[str], brand: Brand) -> None:
    last = _squash(pages[-1])
    for text in (brand.contact_heading, brand.website, *(d.text for d in brand.descriptions),
                 *(q.label for q in brand.qr_codes)):
        assert _squash(text) in last


@POPPLER
def test_no_line_starts_with_closing_punctuation(pdf_path: Path) -> None:
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf_path), "-"], capture_output=True,
                         check=True).stdout
    tree = etree.fromstring(out, parser=etree.XMLParser(recover=True))
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    lines = ["".join(w.text or "" for w in line.xpath("x:word", namespaces=ns))
             for line in tree.xpath("//x:line", namespaces=ns)]
    assert len(lines) > 50
    assert [line for line in lines if line[:1] in NO_LINE_START] == []


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pages_rasterise(pdf_path: Path, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf_path),
                    str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 5_000


def test_empty_brief_still_renders(brand: Brand, tmp_path: Path, brief: Brief) -> None:
    empty = Brief(day=brief.day, title="", summary="", sections=(), references=())
    assert render_pdf(empty, tmp_path / "empty.pdf", brand).read_bytes().startswith(b"%PDF-")


def test_all_formats_render_from_cold_font_caches(brief: Brief, brand: Brand, tmp_path: Path) -> None:
    """The first render of a process (no font cache yet) gives whole files; the run summary and
    `make bench` print how long rendering takes."""
    pdf_module._fonts.cache_clear()
    pdf_module._covered_code_points.cache_clear()
    render_pdf(brief, tmp_path / "brief.pdf", brand)
    render_docx(brief, tmp_path / "brief.docx", brand)
    render_wechat(brief, tmp_path / "brief.wechat.html", brand)
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "brief.docx").read_bytes().startswith(b"PK")
    assert brief.sections[0].title in (tmp_path / "brief.wechat.html").read_text(encoding="utf-8")
