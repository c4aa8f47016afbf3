"""The commands a user types: demo, extract, render; errors are one line, never a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dailybrief.cli import cli

DATA = Path(__file__).parent / "data"


def test_demo_writes_a_real_brief_from_the_bundled_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    brief = json.loads((tmp_path / "out" / "brief.json").read_text(encoding="utf-8"))
    assert brief["date"] == "2026-06-10" and brief["title"] == "新质生产力每日动态"
    assert 4 <= len(brief["sections"]) <= 6 and brief["references"]
    for name in ("brief.md", "brief.html", "brief.pdf", "brief.docx", "brief.wechat.html"):
        assert (tmp_path / "out" / name).stat().st_size > 1000, name
    assert "sections written" in result.output and "render" in result.output


def test_extract_prints_the_json_the_scorer_reads() -> None:
    page = DATA / "pages" / "gbk_gb2312_label.html"
    result = CliRunner().invoke(cli, ["extract", str(page), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) == {"title", "published", "text", "stated_source", "doc_number"}
    assert data["title"] and data["text"] and data["published"]


def test_extract_of_a_missing_file_is_one_clear_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "missing.html"), "--json"])
    assert result.exit_code == 2
    assert "missing.html" in result.output and "Traceback" not in result.output


def test_render_re_renders_an_edited_brief(tmp_path: Path) -> None:
    brief = json.loads((DATA / "briefs" / "brief-2026-06-02-six-sections.json").read_text(encoding="utf-8"))
    brief["summary"] = "编辑改过的摘要。" + brief["summary"]
    edited = tmp_path / "brief.json"
    edited.write_text(json.dumps(brief, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", "--brief", str(edited), "--format", "md,html"])
    assert result.exit_code == 1 and "--force" in result.output  # nothing to check its figures against
    result = CliRunner().invoke(cli, ["render", "--brief", str(edited), "--format", "md,html", "--force"])
    assert result.exit_code == 0, result.output
    markdown = (tmp_path / "brief.md").read_text(encoding="utf-8")
    assert "编辑改过的摘要" in markdown and "草稿：数字未经核验" in markdown


def test_render_refuses_a_broken_brief_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "brief.json"
    bad.write_text('{"title": "x"}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", "--brief", str(bad)])
    assert result.exit_code == 2
    assert "brief.json" in result.output and "date" in result.output


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    result = CliRunner().invoke(cli, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_render_checks_figures_renders_every_format_and_keeps_the_input(demo_out: Path, tmp_path: Path) -> None:
    before = (demo_out / "brief.json").read_bytes()
    result = CliRunner().invoke(cli, ["render", "--brief", str(demo_out / "brief.json")])
    assert result.exit_code == 0, result.output
    for fmt in ("md", "html", "pdf", "docx", "wechat"):
        assert fmt in result.output
    assert (demo_out / "brief.json").read_bytes() == before
    assert "【草稿" not in (demo_out / "brief.wechat.html").read_text(encoding="utf-8")


def test_render_refuses_an_unsourced_figure_unless_forced(demo_out: Path, tmp_path: Path) -> None:
    brief = json.loads((demo_out / "brief.json").read_text(encoding="utf-8"))
    paragraph = brief["sections"][0]["paragraphs"][0]
    figure = re.search(r"\d+(?:\.\d+)?(?:%|万|亿|家|个)", paragraph).group(0)
    brief["sections"][0]["paragraphs"][0] = paragraph.replace(figure, "987.6亿元", 1)
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(brief, ensure_ascii=False), encoding="utf-8")
    db = str(demo_out / "dailybrief.db")
    out = tmp_path / "files"
    result = CliRunner().invoke(cli, ["render", "--brief", str(edited), "--db", db, "--out", str(out)])
    assert result.exit_code == 1 and "987.6" in result.output and "第1节第1段" in result.output
    assert not (out / "brief.pdf").exists()
    result = CliRunner().invoke(cli, ["render", "--brief", str(edited), "--db", db, "--out", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert "【草稿：数字未经核验】" in (out / "brief.wechat.html").read_text(encoding="utf-8")
    assert "Traceback" not in result.output


def test_render_names_the_wrong_field_of_a_malformed_brief(demo_out: Path, tmp_path: Path) -> None:
    brief = json.loads((demo_out / "brief.json").read_text(encoding="utf-8"))
    brief["sections"][1]["references"][0] = "first"
    bad = tmp_path / "brief.json"
    bad.write_text(json.dumps(brief, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", "--brief", str(bad)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "sections[1].references[0]" in result.output
