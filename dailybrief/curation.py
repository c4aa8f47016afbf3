"""The analyst's work survives every re-run of a day.

- Her storyline edits are pure functions on `Story` lists (`set_included`, `move_story`,
  `move_article`, `merge_stories`), used by the workbench as she works and by the pipeline
  when it replays them (so the pipeline needs nothing of the web package).
- Her storyline actions in the workbench (include, exclude, up/down, merge, move an
  article) are recorded in the store and replayed, in order, on the storylines a re-run
  finds (`replay_actions`); an action whose storyline is gone is skipped.
- A published revision is never superseded: a re-run of a published day stores its draft
  with `RERUN_NOTE`, and the revision that stands for the day (`standing_revision`) stays
  the published one until she opens that draft and adopts it (restore).
- Sections she edited by hand are kept when a draft is regenerated (`keep_hand_edits`),
  unless she asks for the machine text: the store keeps a digest of every section a writer
  produced, so a section whose text no writer produced is hers.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from .models import Brief, Reference, Section, Story, brief_from_dict
from .write import renumber_references

RERUN_NOTE = "自动运行：已发布的修订保持不变，此为新草稿，可对比后采用"


class EditError(ValueError):
    """A change the analyst asked for that cannot be made; the message says why (in Chinese)."""


def _index(stories: Sequence[Story], story_id: str) -> int:
    for i, story in enumerate(stories):
        if story.id == story_id:
            return i
    raise EditError(f"没有编号为 {story_id} 的线索")


def set_included(stories: Sequence[Story], story_id: str, included: bool) -> list[Story]:
    out = list(stories)
    i = _index(out, story_id)
    out[i] = replace(out[i], included=included, left_out="")  # hers now, not the machine's
    return out


def move_story(stories: Sequence[Story], story_id: str, delta: int) -> list[Story]:
    """Return stories with one moved delta places (clamped to the ends)."""
    out = list(stories)
    i = _index(out, story_id)
    j = max(0, min(len(out) - 1, i + delta))
    out.insert(j, out.pop(i))
    return out


def move_article(
    stories: Sequence[Story], url: str, from_id: str, to_id: str
) -> list[Story]:
    """Return stories with one (non-original) article and its facts moved to another storyline."""
    if from_id == to_id:
        raise EditError("文章已在该线索中")
    out = list(stories)
    i, j = _index(out, from_id), _index(out, to_id)
    source, target = out[i], out[j]
    article = next((a for a in source.articles if a.url == url), None)
    if article is None:
        raise EditError("该线索中没有这篇文章")
    if url == source.original_url:
        raise EditError("不能移走线索的原始报道；可以把整条线索合并到另一条")
    moved_facts = tuple(f for f in source.facts if f.article_url == url)
    out[i] = replace(
        source,
        articles=tuple(a for a in source.articles if a.url != url),
        facts=tuple(f for f in source.facts if f.article_url != url),
        duplicates=tuple(d for d in source.duplicates if url not in d),
    )
    if all(a.url != url for a in target.articles):
        out[j] = replace(target, articles=(*target.articles, article),
                         facts=(*target.facts, *moved_facts))
    return out


def merge_stories(stories: Sequence[Story], into_id: str, other_id: str) -> list[Story]:
    """Return stories with `other` folded into `into` (its original stays the original)."""
    if into_id == other_id:
        raise EditError("不能把线索与自身合并")
    out = list(stories)
    i, j = _index(out, into_id), _index(out, other_id)
    into, other = out[i], out[j]
    known = {a.url for a in into.articles}
    extra = tuple(a for a in other.articles if a.url not in known)
    out[i] = replace(
        into,
        articles=(*into.articles, *extra),
        facts=(*into.facts, *(f for f in other.facts if f.article_url not in known)),
        duplicates=(*into.duplicates, *other.duplicates),
        topics=tuple(dict.fromkeys((*into.topics, *other.topics))),
        score=max(into.score, other.score),
    )
    del out[j]
    return out


def order_arg(stories: Sequence[Story]) -> str:
    """Return the recorded form of a storyline order (after an up/down)."""
    return ",".join(s.id for s in stories)


def replay_actions(stories: Sequence[Story], actions: Sequence[Mapping[str, str]]) -> list[Story]:
    """Return the storylines with the analyst's recorded actions applied in order."""
    out = list(stories)
    for action in actions:
        kind, sid, arg = action["action"], action["story_id"], action.get("arg", "")
        try:
            if kind in ("include", "exclude"):
                out = set_included(out, sid, kind == "include")
            elif kind in ("up", "down"):
                out = _in_order(out, [x for x in arg.split(",") if x])
            elif kind == "merge":
                out = merge_stories(out, sid, arg)
            elif kind == "move-article":
                moved = json.loads(arg)
                out = move_article(out, moved["url"], sid, moved["target"])
        except (EditError, KeyError, ValueError):
            continue  # the storyline or article is not there any more
    return out


def _in_order(stories: list[Story], order: list[str]) -> list[Story]:
    """Return stories in the recorded order; storylines it does not name keep their place
    relative to each other, after those it names."""
    rank = {sid: i for i, sid in enumerate(order)}
    named = sorted((s for s in stories if s.id in rank), key=lambda s: rank[s.id])
    return named + [s for s in stories if s.id not in rank]


def section_digest(title: str, paragraphs: Sequence[str]) -> str:
    """Return a digest of a section's text (how the store remembers what the machine wrote)."""
    text = title + "\n" + "\n".join(paragraphs)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def machine_digests(brief: Brief) -> list[tuple[str, str]]:
    """Return (story_id, digest) for each section a writer produced."""
    return [(s.story_id, section_digest(s.title, s.paragraphs)) for s in brief.sections if s.story_id]


def standing_revision(revisions: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """Return the revision that stands for the day: the latest one, except that re-run drafts
    made after a publication do not supersede it (the analyst opens and adopts them)."""
    published_at = max((i for i, r in enumerate(revisions) if r["status"] == "published"), default=-1)
    for i in range(len(revisions) - 1, -1, -1):
        if i > published_at and revisions[i].get("note") == RERUN_NOTE:
            continue
        return revisions[i]
    return None


def rerun_draft(
    revisions: Sequence[Mapping[str, Any]], standing: Mapping[str, Any] | None
) -> Mapping[str, Any] | None:
    """Return the newest re-run draft that does not stand for the day (to open and adopt)."""
    later = [r for r in revisions if r.get("note") == RERUN_NOTE
             and standing is not None and r["revision"] > standing["revision"]]
    return later[-1] if later else None


def rerun_note(revisions: Sequence[Mapping[str, Any]]) -> str:
    """Return the note a run's draft gets: RERUN_NOTE once the day has a published revision."""
    return RERUN_NOTE if any(r["status"] == "published" for r in revisions) else ""


def hand_edited_sections(
    standing: Mapping[str, Any] | None, digests: Mapping[str, set[str]]
) -> dict[str, tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Return story_id → (section, its references) for each section of the standing revision
    whose text no writer produced for that storyline (the analyst edited it)."""
    if standing is None:
        return {}
    data = standing["brief"]
    refs = {int(r["n"]): r for r in data.get("references", ())}
    out = {}
    for s in data.get("sections", ()):
        sid = s.get("story_id", "")
        if sid in digests and section_digest(s.get("title", ""), s.get("paragraphs", ())) not in digests[sid]:
            out[sid] = (s, [refs[int(n)] for n in s.get("references", ()) if int(n) in refs])
    return out


def keep_hand_edits(
    brief: Brief, standing: Mapping[str, Any] | None, digests: Mapping[str, set[str]]
) -> tuple[Brief, list[str]]:
    """Return the brief with the analyst's hand-edited sections in place of the machine's
    (for storylines still in the brief), and the titles of the sections kept."""
    edited = hand_edited_sections(standing, digests)
    if not edited:
        return brief, []
    references = list(brief.references)
    by_url = {r.url: r.n for r in references}
    sections = []
    kept = []
    for section in brief.sections:
        if section.story_id not in edited:
            sections.append(section)
            continue
        old, old_refs = edited[section.story_id]
        numbers = []
        for ref in old_refs:
            if ref["url"] not in by_url:
                n = max(by_url.values(), default=0) + 1
                by_url[ref["url"]] = n
                references.append(_reference(ref, n))
            numbers.append(by_url[ref["url"]])
        sections.append(Section(title=old["title"], paragraphs=tuple(old.get("paragraphs", ())),
                                references=tuple(numbers), story_id=section.story_id))
        kept.append(old["title"])
    cited = {n for s in sections for n in s.references}
    merged = replace(brief, sections=tuple(sections),
                     references=tuple(r for r in references if r.n in cited))
    return renumber_references(merged), kept


def _reference(data: Mapping[str, Any], n: int) -> Reference:
    one = brief_from_dict({"date": "2000-01-01", "title": "", "references": [{**data, "n": n}]})
    return one.references[0]
