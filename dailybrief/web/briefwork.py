"""What the analyst does to a day's work, as pure functions on plain values.

A brief is its brief.json dict (edit a field, add or remove a reference); the storyline edits
(include/exclude, reorder, move an article, merge) live in `dailybrief.curation`, which the
pipeline replays, and are re-exported here for the routes. Each function returns a new value
and raises `EditError` with a message for the analyst when the change makes no sense.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..curation import EditError, merge_stories, move_article, move_story, set_included
from ..models import Article, Brief, Story, brief_from_dict

__all__ = [
    "EditError",
    "merge_stories",
    "move_article",
    "move_story",
    "set_included",
]

PART_SUMMARY = "summary"
PART_TITLE = "title"
PART_PARAGRAPH = "paragraph"
PARTS = (PART_SUMMARY, PART_TITLE, PART_PARAGRAPH)
MAX_FIELD_CHARS = 20_000

STATE_IN = "in"
STATE_OUT = "out"
WHY_EXCLUDED = "分析员已排除此线索"
WHY_OVER_LIMIT = "篇幅已满：只取排在前面的 {n} 条入选线索"
WHY_PENDING = "已选入，尚未写入当前简报（点“重新生成”）"
WHY_IN = "已写入当前简报"


@dataclass(frozen=True, slots=True)
class StoryStatus:
    """Whether a storyline is in today's brief, and the reason shown to the analyst."""

    state: str
    reason: str
    rank: int | None = None  # its place among the included storylines, from 1


def chosen_ids(stories: Sequence[Story], max_sections: int) -> list[str]:
    """Return the ids of the storylines the writer will use, in order (as select_stories does)."""
    return [s.id for s in stories if s.included][:max_sections]


def story_statuses(
    stories: Sequence[Story], brief: Mapping[str, Any] | None, max_sections: int
) -> dict[str, StoryStatus]:
    """Return story id → in or out of the brief, and why."""
    in_brief = {s.get("story_id") for s in (brief or {}).get("sections", ())}
    out: dict[str, StoryStatus] = {}
    rank = 0
    for story in stories:
        if not story.included:
            out[story.id] = StoryStatus(STATE_OUT, WHY_EXCLUDED)
            continue
        rank += 1
        if rank > max_sections:
            out[story.id] = StoryStatus(STATE_OUT, WHY_OVER_LIMIT.format(n=max_sections), rank)
        elif story.id in in_brief:
            out[story.id] = StoryStatus(STATE_IN, WHY_IN, rank)
        else:
            out[story.id] = StoryStatus(STATE_OUT, WHY_PENDING, rank)
    return out


def needs_regenerate(
    stories: Sequence[Story], brief: Mapping[str, Any] | None, max_sections: int
) -> bool:
    """True when the brief's sections are not the chosen storylines in the chosen order."""
    in_brief = [s.get("story_id") for s in (brief or {}).get("sections", ())]
    return in_brief != chosen_ids(stories, max_sections)


# --- brief edits ----------------------------------------------------------------------------


def _section(data: Mapping[str, Any], index: int) -> dict[str, Any]:
    sections = data.get("sections", [])
    if not 0 <= index < len(sections):
        raise EditError(f"没有第 {index + 1} 节")
    return sections[index]  # type: ignore[no-any-return]


def apply_edit(
    data: Mapping[str, Any], part: str, value: str, section: int = 0, paragraph: int = 0
) -> dict[str, Any]:
    """Return a copy of the brief dict with one field (summary, a title, a paragraph) replaced.

    A paragraph index one past the end adds a paragraph.
    """
    if part not in PARTS:
        raise EditError(f"不能编辑 {part!r}")
    if len(value) > MAX_FIELD_CHARS:
        raise EditError(f"内容过长（超过 {MAX_FIELD_CHARS} 字）")
    value = value.replace("\r\n", "\n")
    out = copy.deepcopy(dict(data))
    if part == PART_SUMMARY:
        out["summary"] = value
        return out
    target = _section(out, section)
    if part == PART_TITLE:
        if not value.strip():
            raise EditError("节标题不能为空")
        target["title"] = value.strip()
        return out
    paragraphs = target.setdefault("paragraphs", [])
    if paragraph == len(paragraphs):
        paragraphs.append(value)
    elif 0 <= paragraph < len(paragraphs):
        paragraphs[paragraph] = value
    else:
        raise EditError(f"第 {section + 1} 节没有第 {paragraph + 1} 段")
    return out


ANALYSIS_KEY = "analysis"
SUMMARY_ANALYSIS_KEY = "summary_analysis"


def mark_analysis(data: Mapping[str, Any], part: str, section: int, sentence: str, on: bool) -> dict[str, Any]:
    """Return a copy of the brief dict with `sentence` marked (or no longer marked) as the
    association's own analysis: exempt from the source check, shown as such in the editor."""
    sentence = sentence.strip()
    if not sentence:
        raise EditError("没有要标记的句子")
    out = copy.deepcopy(dict(data))
    if part == PART_SUMMARY:
        holder, key, text = out, SUMMARY_ANALYSIS_KEY, str(out.get("summary", ""))
    else:
        holder = _section(out, section)
        key = ANALYSIS_KEY
        text = str(holder.get("title", "")) + "".join(holder.get("paragraphs", ()))
    if on and sentence.rstrip("。；！？") not in text:
        raise EditError("这句话不在该处正文中")
    marked = [s for s in holder.get(key, []) if s != sentence]
    holder[key] = [*marked, sentence] if on else marked
    if not holder[key]:
        del holder[key]
    return out


def move_section(data: Mapping[str, Any], section: int, delta: int) -> dict[str, Any]:
    """Return a copy of the brief with one section moved delta places (references renumbered)."""
    out = copy.deepcopy(dict(data))
    sections = out.get("sections", [])
    _section(out, section)
    target = max(0, min(len(sections) - 1, section + delta))
    sections.insert(target, sections.pop(section))
    return renumber(out)


def add_paragraph(data: Mapping[str, Any], section: int) -> dict[str, Any]:
    """Return a copy of the brief with an empty paragraph at the end of a section."""
    count = len(_section(data, section).get("paragraphs", []))
    return apply_edit(data, PART_PARAGRAPH, "", section, count)


def add_reference(data: Mapping[str, Any], section: int, article: Article) -> dict[str, Any]:
    """Return a copy of the brief with the article cited by a section (numbered if new)."""
    out = copy.deepcopy(dict(data))
    target = _section(out, section)
    refs = out.setdefault("references", [])
    existing = next((r for r in refs if r.get("url") == article.url), None)
    if existing is None:
        existing = {
            "n": max((int(r["n"]) for r in refs), default=0) + 1,
            "title": article.title,
            "publisher": article.publisher,
            "publisher_en": article.publisher_en,
            "published": article.published.isoformat(),
            "url": article.url,
            "verifies": "",
        }
        refs.append(existing)
    numbers = [int(n) for n in target.get("references", [])]
    if int(existing["n"]) in numbers:
        raise EditError("本节已引用这篇文章")
    target["references"] = [*numbers, int(existing["n"])]
    return renumber(out)


def remove_reference(data: Mapping[str, Any], section: int, n: int) -> dict[str, Any]:
    """Return a copy of the brief without the section's citation n (unused references dropped)."""
    out = copy.deepcopy(dict(data))
    target = _section(out, section)
    numbers = [int(x) for x in target.get("references", [])]
    if n not in numbers:
        raise EditError(f"本节没有引用 [{n}]")
    target["references"] = [x for x in numbers if x != n]
    return renumber(out)


def renumber(data: dict[str, Any]) -> dict[str, Any]:
    """Number the cited references 1..N in order of first citation; drop uncited ones.

    Deadlines and facts follow their reference, and go with it when it is dropped.
    """
    order: dict[int, int] = {}
    for section in data.get("sections", []):
        for n in section.get("references", []):
            order.setdefault(int(n), len(order) + 1)
    by_n = {int(r["n"]): r for r in data.get("references", [])}
    for section in data.get("sections", []):
        section["references"] = sorted({order[int(n)] for n in section.get("references", [])})
    data["references"] = [
        {**by_n[old], "n": new} for old, new in sorted(order.items(), key=lambda kv: kv[1])
        if old in by_n
    ]
    for key in ("deadlines", "facts"):
        data[key] = [
            {**item, "ref": order[int(item["ref"])]}
            for item in data.get(key, [])
            if int(item["ref"]) in order
        ]
    return data


def brief_for_render(data: Mapping[str, Any]) -> Brief:
    """Return the Brief to render from a stored dict, without empty paragraphs."""
    clean = copy.deepcopy(dict(data))
    for section in clean.get("sections", []):
        section["paragraphs"] = [p for p in section.get("paragraphs", []) if p.strip()]
    return brief_from_dict(clean)
