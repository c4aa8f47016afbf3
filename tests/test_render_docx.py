"""The DOCX renderer, checked by reopening the real file (python-docx, its XML) and with LibreOffice."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from lxml import etree

from dailybrief.models import Brief, brief_from_dict
from dailybrief.render.brand import (
    DEADLINES_HEADING,
    REFERENCES_HEADING,
    Brand,
    cited_paragraphs,
    load_brand,
    reference_line,
    section_heading,
)
from dailybrief.render.docx import BODY_FONT_EAST_ASIA, HEADING_FONT_EAST_ASIA, render_docx

BRIEF_FILE = Path(__file__).parent / "data" / "briefs" / "brief-2026-06-02-six-sections.json"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def brief() -> Brief:
    return brief_from_dict(json.loads(BRIEF_FILE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand()


@pytest.fixture(scope="module")
def docx_path(brief: Brief, brand: Brand, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_docx(brief, tmp_path_factory.mktemp("docx") / "brief.docx", brand)


def _xml(path: Path, member: str) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(member))


def test_sections_are_heading_1_with_east_asian_font(docx_path: Path, brief: Brief) -> None:
    document = Document(str(docx_path))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    expected = [section_heading(i, s) for i, s in enumerate(brief.sections, start=1)]
    assert headings == [*expected, DEADLINES_HEADING, REFERENCES_HEADING]
    for name, east_asia in (("Heading 1", HEADING_FONT_EAST_ASIA), ("Heading 2", HEADING_FONT_EAST_ASIA),
                            ("Normal", BODY_FONT_EAST_ASIA)):
        rfonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        assert rfonts.get(qn("w:eastAsia")) == east_asia
        assert rfonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would override it
    assert document.styles["Heading 1"].element.pPr.find(qn("w:outlineLvl")).get(qn("w:val")) == "0"


def test_toc_is_a_real_word_field_listing_the_headings(docx_path: Path, brief: Brief) -> None:
    body = _xml(docx_path, "word/document.xml")
    sequence = []
    inside = False
    for el in body.iter(f"{W}fldChar", f"{W}instrText", f"{W}t"):
        kind = el.get(f"{W}fldCharType")
        if el.tag == f"{W}instrText" and "TOC" in (el.text or ""):
            inside = True
        if inside:
            sequence.append(kind or el.text.strip())
        if kind == "end" and inside:
            break
    headings = [section_heading(i, s) for i, s in enumerate(brief.sections, start=1)]
    assert sequence == ['TOC \\o "1-2" \\h \\z \\u', "separate", *headings, DEADLINES_HEADING,
                        REFERENCES_HEADING, "end"]
    anchors = {a.get(f"{W}anchor") for a in body.iter(f"{W}hyperlink") if a.get(f"{W}anchor")}
    bookmarks = {b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")}
    assert len(anchors) == len(headings) + 2 and anchors <= bookmarks


def test_adjacent_footnote_marks_are_separated(docx_path: Path) -> None:
    body = _xml(docx_path, "word/document.xml")
    for p in body.iter(f"{W}p"):
        runs = list(p.iter(f"{W}r"))
        for a, b in zip(runs, runs[1:], strict=False):
            assert not (a.find(f"{W}footnoteReference") is not None
                        and b.find(f"{W}footnoteReference") is not None), "two marks read as one"


def test_east_asian_fonts_are_declared_for_every_platform(docx_path: Path) -> None:
    fonts = _xml(docx_path, "word/fontTable.xml")
    declared = {f.get(f"{W}name"): f for f in fonts.iter(f"{W}font")}
    for name in (BODY_FONT_EAST_ASIA, HEADING_FONT_EAST_ASIA):
        assert declared[name].find(f"{W}charset").get(f"{W}val") == "86"  # GB2312
        assert declared[name].find(f"{W}altName") is not None
    styles = _xml(docx_path, "word/styles.xml")
    default = styles.find(f"{W}docDefaults").find(f"{W}rPrDefault").find(f"{W}rPr")
    assert default.find(f"{W}rFonts").get(f"{W}eastAsia") == BODY_FONT_EAST_ASIA
    assert default.find(f"{W}rFonts").get(f"{W}eastAsiaTheme") is None
    assert default.find(f"{W}lang").get(f"{W}eastAsia") == "zh-CN"


def test_footnotes_cite_each_sections_sources(docx_path: Path, brief: Brief) -> None:
    body = _xml(docx_path, "word/document.xml")
    notes = _xml(docx_path, "word/footnotes.xml")
    texts = {n.get(f"{W}id"): "".join(t.text or "" for t in n.iter(f"{W}t")).strip()
             for n in notes.iter(f"{W}footnote")}
    ids = [r.get(f"{W}id") for r in body.iter(f"{W}footnoteReference")]
    refs = {r.n: r for r in brief.references}
    cited = [n for s in brief.sections for p in cited_paragraphs(s, brief) for n in p if isinstance(n, int)]
    assert [texts[i] for i in ids] == [reference_line(refs[n]).text for n in cited]
    assert {"-1", "0"} <= set(texts)  # the separators Word expects
    with zipfile.ZipFile(docx_path) as zf:
        assert "footnotes" in zf.read("word/_rels/document.xml.rels").decode()
        assert "wordprocessingml.footnotes+xml" in zf.read("[Content_Types].xml").decode()


def test_every_reference_is_listed_with_its_link(docx_path: Path, brief: Brief) -> None:
    document = Document(str(docx_path))
    text = _squash("\n".join(p.text for p in document.paragraphs))
    for ref in brief.references:
        assert _squash(reference_line(ref).text) in text
    links = {rel.target_ref for rel in document.part.rels.values() if rel.is_external}
    assert {r.url for r in brief.references} <= links


def test_special_characters_are_kept_verbatim(docx_path: Path) -> None:
    text = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    for raw in ("<script>alert('x')</script>", "& 符号", "*加粗*", "_下划线_", "@工信微报", "\\n", "[链接]",
                "0.35 $/kWh", "#AI+制造"):
        assert raw in text, raw


def test_title_block_pictures_and_contact(docx_path: Path, brand: Brand, brief: Brief) -> None:
    document = Document(str(docx_path))
    texts = [p.text for p in document.paragraphs]
    assert texts[1] == brief.title and document.paragraphs[1].style.name == "Title"
    assert "2026 年 6 月 2 日" in texts
    cells = " ".join(c.text for c in document.tables[-1].rows[0].cells)
    assert all(q.label in cells for q in brand.qr_codes)
    assert len(document.inline_shapes) == 1 + len(brand.qr_codes)
    assert any(d.text in texts for d in brand.descriptions)
    assert document.sections[0].header.paragraphs[0].text.startswith(brief.title)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice not installed (apt-get install libreoffice-writer-nogui)")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_libreoffice_opens_and_converts_it(docx_path: Path, brief: Brief, tmp_path: Path) -> None:
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(docx_path)], check=True, capture_output=True, timeout=180)
    out = subprocess.run(["pdftotext", str(tmp_path / "brief.pdf"), "-"], capture_output=True, text=True,
                         check=True).stdout
    text = _squash(out)
    for i, section in enumerate(brief.sections, start=1):
        assert text.count(_squash(section_heading(i, section))) >= 2  # 目录 entry and heading
    for ref in brief.references:
        assert _squash(ref.title) in text
