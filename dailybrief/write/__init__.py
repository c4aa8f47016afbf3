"""Write: storylines → a grounded Brief (summary, sections, references, deadlines, facts).

The writer backend (extractive by default, an LLM when configured) only produces text;
references, deadlines, facts and the grounding check are the same for every backend.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Protocol

from ..analyse.facts import is_distinctive
from ..models import (
    Brief,
    BriefDeadline,
    BriefFact,
    Fact,
    FactKind,
    Reason,
    Reference,
    Rejection,
    SectionDraft,
    Stage,
    Story,
    WriterOutput,
)
from ..novelty.context import (
    focus_on_developments,
    with_context_sentences,
    with_earlier_references,
)
from ..settings import Settings
from ..text import squash
from .deadlines import deadline_entry, effective_entry
from .extractive import ExtractiveWriter, draft_sections
from .grounding import ground_output
from .sentences import ENUMERATION
from .summary import summarize

__all__ = ["Writer", "draft_sections", "make_writer", "select_stories", "write_brief"]

DEADLINE_WHAT_CHARS = 60
# A clause that says only "feedback/registration closes on …" needs the clause before it.
FRAGMENT_START = re.compile(r"^(?:于|并|将|及|和|且|同时|此外)[，,]?")
GENERIC_DEADLINE_SUBJECT = re.compile(r"^(?:意见反馈|反馈意见|报名|申报|受理|征求意见)?(?:截止|期限)")


class Writer(Protocol):
    def write(self, drafts: Sequence[SectionDraft], *, day: date, title: str = "",
              extractive_summary: str = "") -> WriterOutput: ...


def make_writer(settings: Settings, *, cache_dir: Path | None = None) -> Writer:
    """Return the writer backend named by settings.writer."""
    if settings.writer == "llm":
        from .llm import LLMWriter

        return LLMWriter(settings, cache_dir=cache_dir)  # type: ignore[no-any-return]
    return ExtractiveWriter()


def select_stories(stories: Sequence[Story], settings: Settings) -> list[Story]:
    """Return the storylines that make the brief: included ones, best first, at most max_sections."""
    return [s for s in stories if s.included][: settings.max_sections]


def write_brief(
    stories: Sequence[Story], *, day: date, settings: Settings, writer: Writer | None = None
) -> tuple[Brief, list[Rejection], WriterOutput]:
    """Return the grounded brief, the sentences dropped by the grounding check, and the
    writer's output (its log and usage: calls, tokens, cost)."""
    chosen = select_stories(stories, settings)
    drafts = with_earlier_references(draft_sections(focus_on_developments(chosen)), chosen)
    extractive_summary = summarize(drafts)
    output = (writer or ExtractiveWriter()).write(
        drafts, day=day, title=settings.title, extractive_summary=extractive_summary)
    output, rejections = ground_output(output, drafts)
    output = _without_empty_sections(with_context_sentences(output, drafts, chosen), rejections)
    deadlines = _deadlines(drafts, output, day)
    output = _cite_deadline_pages(drafts, output, deadlines)
    brief = Brief(
        day=day,
        title=settings.title,
        summary=output.summary,
        sections=output.sections,
        references=_used_references(drafts, output),
        deadlines=deadlines,
        facts=_facts(drafts, output),
        notes=tuple(output.log),
    )
    return renumber_references(brief), rejections, output


def _without_empty_sections(output: WriterOutput, rejections: list[Rejection]) -> WriterOutput:
    """Return the output without a section left with no text (every sentence ungrounded, or a
    page with nothing to say): a heading and a reference alone tell the reader nothing."""
    empty = [s for s in output.sections if not any(p.strip() for p in s.paragraphs)]
    rejections.extend(Rejection(f"section {s.title[:30]}", Stage.WRITE, Reason.EMPTY,
                                "no sentence of the section is left; the section is left out")
                      for s in empty)
    return replace(output, sections=tuple(s for s in output.sections if s not in empty)) if empty else output


def _used_references(drafts: Sequence[SectionDraft], output: WriterOutput) -> tuple[Reference, ...]:
    used = {n for s in output.sections for n in s.references}
    refs = {r.n: r for d in drafts for r in d.references if r.n in used}
    return tuple(refs[n] for n in sorted(refs))


def _deadlines(
    drafts: Sequence[SectionDraft], output: WriterOutput, day: date
) -> tuple[BriefDeadline, ...]:
    """Return the deadlines of the brief's threads, each backed by the page stating it
    (a page the section already cites when one does)."""
    cited = {s.story_id: set(s.references) for s in output.sections}
    found: dict[date, BriefDeadline] = {}
    for draft in drafts:
        if draft.story.id not in cited:
            continue
        here = cited[draft.story.id]
        for ref, fact in draft.facts:
            what = _time_node(fact, day)
            if not what:
                continue
            if fact.day not in found or (found[fact.day].ref not in here and ref in here):
                found[fact.day] = BriefDeadline(day=fact.day, what=what, ref=ref)
    return tuple(sorted(found.values(), key=lambda d: d.day))


def _time_node(fact: Fact, day: date) -> str:
    """Return the 时间节点 entry a fact makes on or after the brief's day: a deadline, or the
    date a named document takes effect; '' for any other fact."""
    if not fact.day or fact.day < day:
        return ""
    if fact.kind is FactKind.DEADLINE:
        return (deadline_entry(fact.sentence, fact.text, fact.day, year=day.year)
                or _deadline_what(fact.sentence, fact.text))
    if fact.kind is FactKind.DATE:
        return effective_entry(fact.sentence, fact.text, fact.day, year=day.year)
    return ""


def _cite_deadline_pages(
    drafts: Sequence[SectionDraft], output: WriterOutput, deadlines: Sequence[BriefDeadline]
) -> WriterOutput:
    """Return the output with each deadline's page cited by its thread's section."""
    story_of_ref = {r.n: d.story.id for d in drafts for r in d.references}
    extra: dict[str, set[int]] = {}
    for deadline in deadlines:
        extra.setdefault(story_of_ref[deadline.ref], set()).add(deadline.ref)
    sections = tuple(
        replace(s, references=tuple(sorted(set(s.references) | extra.get(s.story_id, set()))))
        for s in output.sections
    )
    return replace(output, sections=sections)


def renumber_references(brief: Brief) -> Brief:
    """Return the brief with references numbered 1, 2, … in order of first citation."""
    order: list[int] = []
    for section in brief.sections:
        order.extend(n for n in section.references if n not in order)
    order.extend(r.n for r in brief.references if r.n not in order)
    new = {old: i for i, old in enumerate(order, 1)}
    refs = {r.n: r for r in brief.references}
    return replace(
        brief,
        sections=tuple(replace(s, references=tuple(new[n] for n in s.references)) for s in brief.sections),
        references=tuple(replace(refs[old], n=new[old]) for old in order if old in refs),
        deadlines=tuple(replace(d, ref=new[d.ref]) for d in brief.deadlines if d.ref in new),
        facts=tuple(replace(f, ref=new[f.ref]) for f in brief.facts if f.ref in new),
    )


def _deadline_what(sentence: str, literal: str) -> str:
    """Return the clause(s) ending with a deadline date, short enough for a table."""
    clauses = [ENUMERATION.sub("", c) for c in re.split(r"[，；。]", sentence) if c.strip()]
    for i, clause in enumerate(clauses):
        if literal in clause:
            start = i - 1 if i > 0 and (len(clause) < 20 or GENERIC_DEADLINE_SUBJECT.match(clause)) else i
            text = FRAGMENT_START.sub("", "，".join(clauses[start:i + 1]).strip())
            if len(text) > DEADLINE_WHAT_CHARS:  # the clause with the date alone, never cut inside
                text = FRAGMENT_START.sub("", clause.strip())
            return text
    return sentence.strip("。 ")[:DEADLINE_WHAT_CHARS]


def _facts(drafts: Sequence[SectionDraft], output: WriterOutput) -> tuple:  # type: ignore[type-arg]
    by_story = {s.story_id: s for s in output.sections}
    out: list[BriefFact] = []
    for draft in drafts:
        section = by_story.get(draft.story.id)
        if section is None:
            continue
        text = squash("".join(section.paragraphs) + section.title)
        seen: set[str] = set()
        for ref, fact in draft.facts:
            if (ref in section.references and is_distinctive(fact) and fact.text not in seen
                    and squash(fact.text) in text):
                seen.add(fact.text)
                out.append(BriefFact(text=fact.text, ref=ref))
    return tuple(out)
