"""The WeChat renderer: inline styles only, data: images, everything escaped."""

from __future__ import annotations

import base64
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from dailybrief.models import Brief, brief_from_dict
from dailybrief.render.brand import (
    REFERENCES_HEADING,
    SUMMARY_HEADING,
    Brand,
    load_brand,
    reference_line,
    section_heading,
)
from dailybrief.render.wechat import render_wechat

BRIEF_FILE = Path(__file__).parent / "data" / "briefs" / "brief-2026-06-02-six-sections.json"
UNSTYLED_OK = {"html", "head", "meta", "title", "body", "br"}


class _Article(HTMLParser):
    """Collect every start tag with its attributes, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if not self._in_title:
            self.text.append(data)


@pytest.fixture(scope="module")
def brief() -> Brief:
    return brief_from_dict(json.loads(BRIEF_FILE.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def brand() -> Brand:
    return load_brand()


@pytest.fixture(scope="module")
def html(brief: Brief, brand: Brand, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = render_wechat(brief, tmp_path_factory.mktemp("wechat") / "brief.wechat.html", brand)
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def article(html: str) -> _Article:
    parser = _Article()
    parser.feed(html)
    return parser


def test_no_style_element_or_class(html: str) -> None:
    assert "<style" not in html.lower()
    assert "class=" not in html.lower()
    assert "<link" not in html.lower()


def test_every_element_is_styled_inline(article: _Article) -> None:
    unstyled = [tag for tag, attrs in article.tags if tag not in UNSTYLED_OK and not attrs.get("style")]
    assert unstyled == []


def test_images_are_data_uris(article: _Article, brand: Brand) -> None:
    sources = [attrs["src"] or "" for tag, attrs in article.tags if tag == "img"]
    assert len(sources) == 1 + len(brand.qr_codes)
    for src in sources:
        head, _, payload = src.partition(",")
        assert re.fullmatch(r"data:image/(png|jpeg);base64", head)
        assert base64.b64decode(payload)[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1")


def test_scraped_markup_is_escaped(html: str, article: _Article) -> None:
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(" in html
    assert "script" not in {tag for tag, _ in article.tags}
    text = "".join(article.text)
    for raw in ("<script>alert('x')</script>", "& 符号", "*加粗*", "$100 *_@[x]\\", "#AI+制造"):
        assert raw in text, raw


def test_article_content(article: _Article, brief: Brief, brand: Brand) -> None:
    text = "".join(article.text)
    for needed in (brief.title, *brand.organisations, "2026 年 6 月 2 日", SUMMARY_HEADING, brief.summary,
                   REFERENCES_HEADING, brand.contact_heading, brand.website):
        assert needed in text, needed
    for i, section in enumerate(brief.sections, start=1):
        assert text.count(section_heading(i, section)) == 2  # 目录 and heading
        for paragraph in section.paragraphs:
            assert re.sub(r"\[\d+\]", "", paragraph)[:40] in text
    for ref in brief.references:
        assert reference_line(ref).text in text
        assert ref.url in text
