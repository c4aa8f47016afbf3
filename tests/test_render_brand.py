"""brand.yaml loading and the house style shared by the PDF, DOCX and WeChat renderers."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from dailybrief.errors import ConfigError
from dailybrief.models import Brief, Reference, Section, brief_from_dict
from dailybrief.render.brand import (
    DEFAULT_BRAND_FILE,
    cited_paragraphs,
    cn_numeral,
    format_cn_date,
    load_brand,
    qr_png,
    qr_svg,
    reference_line,
    section_heading,
)

BRIEF_FILE = Path(__file__).parent / "data" / "briefs" / "brief-2026-06-02-six-sections.json"


def _write_brand(tmp_path: Path, **changes: object) -> Path:
    raw = yaml.safe_load(DEFAULT_BRAND_FILE.read_text(encoding="utf-8"))
    raw.update(changes)
    shutil.copyfile(DEFAULT_BRAND_FILE.parent / "logo.png", tmp_path / "logo.png")
    path = tmp_path / "brand.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), encoding="utf-8")
    return path


def test_shipped_brand_has_the_published_values() -> None:
    brand = load_brand()
    assert brand.title == "新质生产力每日动态"
    assert brand.organisations == ("中国高技术产业发展促进会新质生产力工作委员会", "博雅云创 & 中科创新驱动")
    assert brand.logo is not None and brand.logo.is_file()
    assert brand.website == "https://gyznsw.cn"
    assert [q.label for q in brand.qr_codes] == ["新质生产力工作委员会", "工业智能算网"]
    assert [d.name for d in brand.descriptions] == ["新质生产力工作委员会", "工业智能算网"]
    assert brand.descriptions[1].text.startswith("专注于工业人工智能、新质生产力、工业软件 CAE")
    assert brand.colours.primary == "#9E1B1B"


def test_relative_logo_is_read_next_to_the_brand_file(tmp_path: Path) -> None:
    brand = load_brand(_write_brand(tmp_path))
    assert brand.logo == (tmp_path / "logo.png").resolve()


def test_missing_logo_names_file_and_field(tmp_path: Path) -> None:
    path = _write_brand(tmp_path, logo="nowhere/logo.png")
    with pytest.raises(ConfigError) as err:
        load_brand(path)
    assert str(path.resolve()) in str(err.value)
    assert "logo" in str(err.value) and "not found" in str(err.value)


def test_logo_that_is_not_an_image_is_refused(tmp_path: Path) -> None:
    (tmp_path / "logo.txt").write_text("not a picture", encoding="utf-8")
    with pytest.raises(ConfigError, match="logo: .* is not a PNG or JPEG"):
        load_brand(_write_brand(tmp_path, logo="logo.txt"))


@pytest.mark.parametrize("colour", ["red", "#12345", "#GGGGGG", "9E1B1B", 123])
def test_bad_colour_names_file_and_field(tmp_path: Path, colour: object) -> None:
    path = _write_brand(tmp_path, colours={"primary": colour})
    with pytest.raises(ConfigError) as err:
        load_brand(path)
    assert str(path.resolve()) in str(err.value)
    assert "colours.primary" in str(err.value)


def test_unknown_colour_name_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="colours.accent: unknown colour"):
        load_brand(_write_brand(tmp_path, colours={"accent": "#000000"}))


def test_short_hex_colour_is_expanded(tmp_path: Path) -> None:
    assert load_brand(_write_brand(tmp_path, colours={"link": "#0af"})).colours.link == "#00AAFF"


def test_qr_code_without_url_or_image_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"qr_codes\[0\]\.url: missing"):
        load_brand(_write_brand(tmp_path, qr_codes=[{"label": "x"}]))


def test_missing_title_and_bad_yaml(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="title: missing"):
        load_brand(_write_brand(tmp_path, title=""))
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [unclosed", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_brand(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        load_brand(tmp_path / "absent.yaml")


def test_qr_codes_are_real_images() -> None:
    assert qr_png("https://gyznsw.cn").startswith(b"\x89PNG")
    assert b"<svg" in qr_svg("https://gyznsw.cn")


def test_house_style() -> None:
    assert format_cn_date(date(2026, 6, 2)) == "2026 年 6 月 2 日"
    assert [cn_numeral(n) for n in (1, 6, 10, 12, 20, 21)] == ["一", "六", "十", "十二", "二十", "二十一"]
    assert section_heading(2, Section(title="标题", paragraphs=(), references=())) == "二、标题"


def test_reference_line_follows_the_published_brief() -> None:
    ref = Reference(n=1, title="加快前瞻布局和发展未来产业", publisher="新华网/人民日报",
                    publisher_en="Xinhua News", published=date(2026, 6, 1), url="https://x",
                    verifies="用于核验未来产业与新质生产力官方论述")
    assert reference_line(ref).text == (
        "新华网/人民日报：《加快前瞻布局和发展未来产业》，2026-06-01，"
        "用于核验未来产业与新质生产力官方论述。(Xinhua News)")
    titled = Reference(n=3, title="《重庆市数字经济促进条例》6 月 1 日起施行", publisher="重庆市政府",
                       publisher_en="", published=date(2026, 3, 28), url="", verifies="地方立法。")
    assert reference_line(titled).text == (
        "重庆市政府：《重庆市数字经济促进条例》6 月 1 日起施行，2026-03-28，用于核验地方立法。")


def test_citations_go_after_the_first_paragraph_unless_marked_inline() -> None:
    brief = brief_from_dict(json.loads(BRIEF_FILE.read_text(encoding="utf-8")))
    first = cited_paragraphs(brief.sections[0], brief)
    assert first[0][-2:] == ["(Xinhua News)", 1]
    assert all(isinstance(s, str) for s in first[1])
    marked = cited_paragraphs(brief.sections[4], brief)
    assert [s for s in marked[0] if isinstance(s, int)] == [5]
    assert [s for s in marked[1] if isinstance(s, int)] == [6, 9]
    assert "[5]" not in "".join(s for s in marked[0] if isinstance(s, str))


def test_unknown_inline_marker_stays_text() -> None:
    brief = Brief(day=date(2026, 6, 2), title="t", summary="", references=(),
                  sections=(Section(title="s", paragraphs=("见[99]。",), references=()),))
    assert cited_paragraphs(brief.sections[0], brief) == [["见[99]。"]]


def test_minimal_brand_renders_every_format(tmp_path: Path) -> None:
    from dailybrief.render.docx import render_docx
    from dailybrief.render.pdf import render_pdf
    from dailybrief.render.wechat import render_wechat

    path = tmp_path / "brand.yaml"
    path.write_text("title: 新质生产力周报\n", encoding="utf-8")
    brand = load_brand(path)
    assert (brand.logo, brand.qr_codes, brand.descriptions) == (None, (), ())
    brief = brief_from_dict(json.loads(BRIEF_FILE.read_text(encoding="utf-8")))
    brief = Brief(day=brief.day, title="", summary=brief.summary, sections=brief.sections[:1],
                  references=brief.references[:1])
    assert render_pdf(brief, tmp_path / "b.pdf", brand).read_bytes().startswith(b"%PDF-")
    assert render_docx(brief, tmp_path / "b.docx", brand).read_bytes().startswith(b"PK")
    html = render_wechat(brief, tmp_path / "b.html", brand).read_text(encoding="utf-8")
    assert "新质生产力周报" in html and "<img" not in html
