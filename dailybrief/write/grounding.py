"""The grounding check: every figure and date in the brief is stated by a page its section cites.

Runs on whatever a writer produced, just before anything is written out. "The same figure" is
the verifier's notion (verify.same_figure: 0.2亿千瓦 = 2000万千瓦, 百分之七十 = 70%, 500家 ≠
500台), so a true figure the LLM writer's checks accepted is never dropped here, and a false one
never passes. A sentence that fails is dropped and logged; a section title that fails falls back
to the original headline.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Reason, Rejection, Section, SectionDraft, Stage, WriterOutput
from ..text import numbers_in, split_sentences
from .verify import Evidence, build_evidence, find_unsupported, reference_line

CN_COUNTS = dict(enumerate("一二三四五六七八九十", 1))


def ungrounded_figures(text: str, cited_texts: Sequence[str] | Evidence) -> set[str]:
    """Return the figures and dates of text that none of the cited texts states."""
    evidence = cited_texts if isinstance(cited_texts, Evidence) else build_evidence(cited_texts)
    return {c.text for c in find_unsupported(text, evidence) if c.kind in ("number", "date")}


def ungrounded_numbers(text: str, cited_texts: Sequence[str]) -> set[str]:
    """Return the digit runs of text that appear in none of the cited texts (a plain-text
    check for callers without the verifier; the brief itself is grounded by figures)."""
    allowed: set[str] = set()
    for cited in cited_texts:
        allowed |= numbers_in(cited)
    return numbers_in(text) - allowed


def ground_output(
    output: WriterOutput, drafts: Sequence[SectionDraft]
) -> tuple[WriterOutput, list[Rejection]]:
    """Return the output with every ungrounded sentence removed, and a rejection for each."""
    texts: dict[int, str] = {n: t for d in drafts for n, t in d.sources}
    lines: dict[int, str] = {r.n: reference_line(r) for d in drafts for r in d.references}
    by_story = {d.story.id: d for d in drafts}
    rejections: list[Rejection] = []
    sections = []
    for section in output.sections:
        draft = by_story.get(section.story_id)
        cited = build_evidence([texts[n] for n in section.references if n in texts]
                               + [lines[n] for n in section.references if n in lines])
        sections.append(_ground_section(section, cited, draft, rejections))
    n = len(drafts)
    everything = build_evidence([*texts.values(), *lines.values(),
                                 f"{n}条线索 {CN_COUNTS.get(n, n)}条线索"])
    summary = _kept_sentences(output.summary, everything, "summary", rejections)
    grounded = WriterOutput(summary=summary, sections=tuple(sections), log=output.log,
                            usage=output.usage)
    return grounded, rejections


def _ground_section(
    section: Section, cited: Evidence, draft: SectionDraft | None, rejections: list[Rejection]
) -> Section:
    where = f"section {section.title[:30]}"
    title = section.title
    if ungrounded_figures(title, cited):
        fallback = draft.title if draft else ""
        rejections.append(_rejection(where, f"title {title!r} has ungrounded numbers; using {fallback!r}"))
        title = fallback
    paragraphs = tuple(
        p for p in (_kept_sentences(p, cited, where, rejections) for p in section.paragraphs) if p
    )
    return Section(title=title, paragraphs=paragraphs, references=section.references,
                   story_id=section.story_id)


def _kept_sentences(
    paragraph: str, cited: Evidence, where: str, rejections: list[Rejection]
) -> str:
    kept = []
    for sentence in split_sentences(paragraph):
        missing = ungrounded_figures(sentence, cited)
        if missing:
            rejections.append(_rejection(
                where, f"dropped sentence with {', '.join(sorted(missing))} not in any cited page: "
                f"{sentence[:60]}"))
        else:
            kept.append(sentence)
    return "".join(kept)


def _rejection(where: str, detail: str) -> Rejection:
    return Rejection(url=where, stage=Stage.WRITE, reason=Reason.UNGROUNDED, detail=detail)

