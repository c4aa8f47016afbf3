"""brief.json, brief.md and brief.html from a Brief: the contract and safe HTML."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dailybrief.models import (
    Brief,
    BriefDeadline,
    Reference,
    Section,
    brief_from_dict,
    brief_to_dict,
)
from dailybrief.render import render_brief

BRIEF = Brief(
    day=date(2026, 6, 10),
    title="新质生产力每日动态",
    summary="今日共一条线索：<script>alert(1)</script>。",
    sections=(Section(title="绿电直连<img src=x onerror=alert(1)>", references=(1,),
                      paragraphs=("第二批试点拟安排新能源装机规模约2000万千瓦。",), story_id="S1"),),
    references=(Reference(n=1, title="关于组织开展第二批绿电直连试点项目申报工作的通知",
                          publisher="国家发展和改革委员会", publisher_en="National Development and Reform Commission",
                          published=date(2026, 6, 5), url="http://127.0.0.1/ndrc.html",
                          verifies="用于核验2000万千瓦"),),
    deadlines=(BriefDeadline(day=date(2026, 7, 15), what="报送推荐项目", ref=1),),
)


def test_json_round_trips_and_follows_the_contract(tmp_path: Path) -> None:
    paths, _ = render_brief(BRIEF, tmp_path, ["json"])
    data = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert data["date"] == "2026-06-10"
    assert data["sections"][0]["references"] == [1]
    assert data["references"][0]["published"] == "2026-06-05"
    assert data["deadlines"] == [{"date": "2026-07-15", "what": "报送推荐项目", "ref": 1}]
    assert brief_from_dict(data) == BRIEF
    assert brief_to_dict(brief_from_dict(data)) == data


def test_html_escapes_scraped_text_and_is_standalone(tmp_path: Path) -> None:
    paths, _ = render_brief(BRIEF, tmp_path, ["html"])
    page = paths["html"].read_text(encoding="utf-8")
    assert "<script>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page
    assert 'lang="zh-CN"' in page and "目录" in page and "参考文献" in page
    assert "http://" not in page.split("<body>")[0], "no external assets in <head>"


def test_markdown_lists_sections_and_references(tmp_path: Path) -> None:
    paths, _ = render_brief(BRIEF, tmp_path, ["md"])
    text = paths["md"].read_text(encoding="utf-8")
    assert "## 一、绿电直连" in text
    assert "1. 国家发展和改革委员会：《关于组织开展第二批绿电直连试点项目申报工作的通知》，2026-06-05" in text
