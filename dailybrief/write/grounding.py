"""The grounding check: every number in the brief appears in a page that its section cites.

Runs on whatever a writer produced, just before anything is written out. A sentence that
fails is dropped and logged; a section title that fails falls back to the original headline.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Reason, Rejection, Section, SectionDraft, Stage, WriterOutput
from ..text import numbers_in, split_sentences


def ungrounded_numbers(text: str, cited_texts: Sequence[str]) -> set[str]:
    """Return the numbers of text that appear in none of the cited texts."""
    allowed: set[str] = set()
    for cited in cited_texts:
        allowed |= numbers_in(cited)
    return numbers_in(text) - allowed


def ground_output(
    output: WriterOutput, drafts: Sequence[SectionDraft]
) -> tuple[WriterOutput, list[Rejection]]:
    """Return the output with every ungrounded sentence removed, and a rejection for each."""
    texts: dict[int, str] = {n: t for d in drafts for n, t in d.sources}
    by_story = {d.story.id: d for d in drafts}
    rejections: list[Rejection] = []
    sections = []
    for section in output.sections:
        draft = by_story.get(section.story_id)
        cited = [texts[n] for n in section.references if n in texts]
        sections.append(_ground_section(section, cited, draft, rejections))
    summary = _kept_sentences(output.summary, list(texts.values()), "summary", rejections)
    grounded = WriterOutput(summary=summary, sections=tuple(sections), log=output.log,
                            usage=output.usage)
    return grounded, rejections


def _ground_section(
    section: Section, cited: list[str], draft: SectionDraft | None, rejections: list[Rejection]
) -> Section:
    where = f"section {section.title[:30]}"
    title = section.title
    if ungrounded_numbers(title, cited):
        fallback = draft.title if draft else ""
        rejections.append(_rejection(where, f"title {title!r} has ungrounded numbers; using {fallback!r}"))
        title = fallback
    paragraphs = tuple(
        p for p in (_kept_sentences(p, cited, where, rejections) for p in section.paragraphs) if p
    )
    return Section(title=title, paragraphs=paragraphs, references=section.references,
                   story_id=section.story_id)


def _kept_sentences(
    paragraph: str, cited: Sequence[str], where: str, rejections: list[Rejection]
) -> str:
    kept = []
    for sentence in split_sentences(paragraph):
        missing = ungrounded_numbers(sentence, cited)
        if missing:
            rejections.append(_rejection(
                where, f"dropped sentence with {', '.join(sorted(missing))} not in any cited page: "
                f"{sentence[:60]}"))
        else:
            kept.append(sentence)
    return "".join(kept)


def _rejection(where: str, detail: str) -> Rejection:
    return Rejection(url=where, stage=Stage.WRITE, reason=Reason.UNGROUNDED, detail=detail)

