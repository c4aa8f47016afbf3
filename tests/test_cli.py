"""The commands a user types: demo, extract, render; errors are one line, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

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
    assert set(data) == {"title", "published", "text", "stated_source"}
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
    assert result.exit_code == 0, result.output
    assert "编辑改过的摘要" in (tmp_path / "brief.md").read_text(encoding="utf-8")


def test_render_refuses_a_broken_brief_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "brief.json"
    bad.write_text('{"title": "x"}', encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", "--brief", str(bad)])
    assert result.exit_code == 2
    assert "brief.json" in result.output and "date" in result.output
