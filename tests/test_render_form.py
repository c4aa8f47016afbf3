"""Every format carries 时间节点 and a draft's mark; the WeChat article reads cleanly at 390 px."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from docx import Document

from dailybrief.models import Brief, brief_from_dict
from dailybrief.render import render_brief
from dailybrief.render.brand import DEADLINES_HEADING, load_brand
from dailybrief.render.wechat import unbreakable_html, wechat_html

BRIEF_FILE = Path(__file__).parent / "data" / "briefs" / "brief-2026-06-02-six-sections.json"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
MARK = "草稿"


@pytest.fixture(scope="module")
def brief() -> Brief:
    return brief_from_dict(json.loads(BRIEF_FILE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def draft_files(brief: Brief, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    paths, _ = render_brief(replace(brief, draft_mark=MARK), tmp_path_factory.mktemp("draft"))
    return paths


def test_deadlines_are_in_every_format(brief: Brief, tmp_path: Path) -> None:
    paths, _ = render_brief(brief, tmp_path)
    what = brief.deadlines[0].what
    assert what in json.loads(paths["json"].read_text(encoding="utf-8"))["deadlines"][0]["what"]
    for fmt in ("md", "html", "wechat"):
        text = paths[fmt].read_text(encoding="utf-8")
        assert DEADLINES_HEADING in text and re.sub(r"<[^>]+>", "", text).count(what) >= 1, fmt
    docx = Document(str(paths["docx"]))
    cells = [c.text for t in docx.tables for row in t.rows for c in row.cells]
    assert what in cells


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_draft_is_marked_on_every_page_of_every_format(draft_files: dict[str, Path]) -> None:
    out = subprocess.run(["pdftotext", str(draft_files["pdf"]), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = [p for p in out.split("\f") if p.strip()]
    assert len(pages) >= 3 and all(MARK in p for p in pages)
    document = Document(str(draft_files["docx"]))
    section = document.sections[0]
    assert MARK in section.header.paragraphs[0].text and MARK in section.first_page_header.paragraphs[0].text
    for fmt in ("md", "html", "wechat"):
        assert f"【{MARK}】" in draft_files[fmt].read_text(encoding="utf-8"), fmt
    assert json.loads(draft_files["json"].read_text(encoding="utf-8"))["draft_mark"] == MARK


def test_a_final_brief_has_no_mark(brief: Brief, tmp_path: Path) -> None:
    paths, _ = render_brief(brief, tmp_path, ["wechat", "md"])
    for path in paths.values():
        assert f"【{MARK}】" not in path.read_text(encoding="utf-8")


def test_wechat_text_is_left_aligned_and_keeps_dates_and_figures_whole(brief: Brief) -> None:
    html = wechat_html(brief, load_brand())
    assert "text-align:justify" not in html and "letter-spacing" not in html
    marked = unbreakable_html("截至2026年5月底，于2026年7月15日前报送，规模达1700亿千瓦时，占比1.6%。")
    assert '<span style="white-space:nowrap;">2026年7月15日</span>' in marked
    assert '<span style="white-space:nowrap;">1700亿千瓦时</span>' in marked
    assert '<span style="white-space:nowrap;">1.6%</span>' in marked


@pytest.mark.e2e
@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (scripts/system-deps.sh)")
def test_wechat_article_at_390px_breaks_no_date_or_figure(brief: Brief, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / "brief.wechat.html"
    page_file.write_text(wechat_html(brief, load_brand()), encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844})
        page.goto(page_file.as_uri())
        broken = page.evaluate("""() => [...document.querySelectorAll('span')]
            .filter(s => s.style.whiteSpace === 'nowrap' && s.getClientRects().length > 1)
            .map(s => s.textContent)""")
        overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        shots = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / "wechat-390.png"), full_page=True)
        browser.close()
    assert broken == []
    assert overflow <= 0
