"""How a continuing storyline is written: from today's development, with at most one short
sentence of context citing the page briefed before (「此前，……（见3月2日简报）」).

The writer is not changed: these helpers narrow what it is given and add the context
sentence after the grounding check, so any writer backend gets the same treatment.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..analyse.facts import DOCUMENT
from ..models import (
    Article,
    NoveltyStatus,
    Reference,
    Section,
    SectionDraft,
    Story,
    TrackedFigure,
    WriterOutput,
)
from ..text import cn_numeral, numbers_in, squash
from .keys import own_documents

CONTEXT_TITLE_CHARS = 40
PARAGRAPH_MAX_CHARS = 300  # as the extractive writer's paragraphs


def is_continuing(story: Story) -> bool:
    return story.novelty is not None and story.novelty.status is NoveltyStatus.CONTINUING


def has_earlier_figures(story: Story) -> bool:
    """Return whether a new storyline restates an indicator an earlier page gave another value."""
    return story.novelty is not None and story.novelty.status is NoveltyStatus.NEW and bool(story.novelty.tracked)


def focus_on_developments(stories: Sequence[Story]) -> list[Story]:
    """Return the storylines with each continuing one narrowed to its new pages that state
    something new (a rewrite of what was briefed adds nothing), today's development first (it gives the section its title and first sentence); a new one without the earlier page it
    cites for a tracked figure's earlier value only."""
    return [_focused(s) if is_continuing(s) else _without_context_page(s) for s in stories]


def _without_context_page(story: Story) -> Story:
    url = story.novelty.context_url if story.novelty is not None else ""
    if not url or len(story.articles) < 2 or story.original_url == url:
        return story
    return replace(story, articles=tuple(a for a in story.articles if a.url != url),
                   facts=tuple(f for f in story.facts if f.article_url != url),
                   duplicates=tuple(d for d in story.duplicates if url not in d))


def _focused(story: Story) -> Story:
    assert story.novelty is not None
    stating = {f.article_url for f in story.facts if squash(f.text) in
               {squash(t) for t in story.novelty.new_facts}}
    new = [a for a in story.articles if a.url in story.novelty.new_urls and a.url in stating]
    lead = next((a for a in new if a.url == story.novelty.development_url), None)
    if lead is None:
        return story
    ordered = (lead, *(a for a in new if a is not lead))
    urls = {a.url for a in ordered}
    return replace(story, articles=ordered, original_url=lead.url, title=lead.title,
                   facts=tuple(f for f in story.facts if f.article_url in urls),
                   duplicates=tuple(d for d in story.duplicates if d[0] in urls and d[1] in urls))


def with_earlier_references(drafts: Sequence[SectionDraft], stories: Sequence[Story]) -> list[SectionDraft]:
    """Return the drafts with each continuing section citing the page briefed before (and the
    page of each tracked figure's earlier value; a new section cites the latter only),
    numbered after the brief's other pages."""
    by_id = {s.id: s for s in stories}
    numbers = {r.url: r.n for d in drafts for r in d.references}
    out = []
    for draft in drafts:
        story = by_id.get(draft.story.id)
        if story is None or not (is_continuing(story) or has_earlier_figures(story)):
            out.append(draft)
            continue
        verifies = "用于核验此前简报的背景与此前数据" if is_continuing(story) else "用于核验此前公布的数据"
        extra_refs, extra_sources = [], []
        for article in _earlier_pages(story):
            if any(r.url == article.url for r in draft.references):
                continue
            n = numbers.setdefault(article.url, max(numbers.values(), default=0) + 1)
            extra_refs.append(Reference(n=n, title=article.title, publisher=article.publisher,
                                        publisher_en=article.publisher_en,
                                        published=article.published, url=article.url,
                                        verifies=verifies))
            extra_sources.append((n, article.stated_text()))
        out.append(replace(draft, references=(*draft.references, *extra_refs),
                           sources=(*draft.sources, *extra_sources)))
    return out


def _earlier_pages(story: Story) -> list[Article]:
    """Return the context page and the pages of earlier tracked values, when the storyline has them."""
    assert story.novelty is not None
    by_url = {a.url: a for a in story.articles}
    wanted = [story.novelty.context_url, *(t.earlier_url for t in story.novelty.tracked)]
    out: list[Article] = []
    for url in wanted:
        if url in by_url and by_url[url] not in out:
            out.append(by_url[url])
    return out


def with_context_sentences(
    output: WriterOutput, drafts: Sequence[SectionDraft], stories: Sequence[Story]
) -> WriterOutput:
    """Return the output with one context sentence closing each continuing section's first
    paragraph, citing the earlier page (only what that page states, so it stays grounded);
    a new section restating a tracked indicator gets the earlier value, citing its page."""
    by_id = {s.id: s for s in stories}
    drafts_by_id = {d.story.id: d for d in drafts}
    sections = []
    for section in output.sections:
        story, draft = by_id.get(section.story_id), drafts_by_id.get(section.story_id)
        if story is None or draft is None or not section.paragraphs:
            sections.append(section)
        elif is_continuing(story):
            sections.append(_with_context(section, story, draft))
        elif has_earlier_figures(story):
            sections.append(_with_earlier_figure(section, story, draft))
        else:
            sections.append(section)
    return replace(output, sections=tuple(sections))


def _with_context(section: Section, story: Story, draft: SectionDraft) -> Section:
    assert story.novelty is not None
    novelty = story.novelty
    by_url = {a.url: a for a in story.articles}
    ref_of = {r.url: r.n for r in draft.references}
    sources = dict(draft.sources)
    text = squash("".join(section.paragraphs))
    used: list[int] = []
    parts: list[str] = []
    for figure in novelty.tracked:
        if figure.earlier_url in ref_of and squash(figure.current) in text:
            parts.append(_figure_clause(figure))
            used.append(ref_of[figure.earlier_url])
            break
    context = by_url.get(novelty.context_url)
    if not parts and context is not None and context.url in ref_of:
        parts.append(_context_clause(context))
        used.append(ref_of[context.url])
    if not parts or novelty.last_briefed is None:
        return section
    cited = [sources[n] for n in (*section.references, *used) if n in sources]
    sentence = "此前，" + "；".join(parts) + f"（见《{_day_text(novelty.last_briefed, cited)}简报》）。"
    if squash(sentence) in text:
        return section
    first = section.paragraphs[0].rstrip()
    paragraphs = (first + sentence, *section.paragraphs[1:])
    references = tuple(dict.fromkeys((*section.references, *used)))
    return replace(section, paragraphs=paragraphs, references=references)


def _with_earlier_figure(section: Section, story: Story, draft: SectionDraft) -> Section:
    """Return a new section with 「此前，<publisher>发布的<indicator>为<value>。」 after the
    paragraph that states today's value, citing the page of the earlier value."""
    assert story.novelty is not None
    by_url = {a.url: a for a in story.articles}
    ref_of = {r.url: r.n for r in draft.references}
    for figure in story.novelty.tracked:
        earlier = by_url.get(figure.earlier_url)
        at = next((i for i, p in enumerate(section.paragraphs) if squash(figure.current) in squash(p)), None)
        if earlier is None or figure.earlier_url not in ref_of or at is None:
            continue
        sentence = f"此前，{earlier.publisher}发布的{_figure_clause(figure)}。"
        if squash(sentence) in squash("".join(section.paragraphs)):
            return section
        paragraphs = list(section.paragraphs)
        if len(paragraphs[at]) + len(sentence) <= PARAGRAPH_MAX_CHARS:
            paragraphs[at] = paragraphs[at].rstrip() + sentence
        else:
            paragraphs.insert(at + 1, sentence)
        references = tuple(dict.fromkeys((*section.references, ref_of[figure.earlier_url])))
        return replace(section, paragraphs=tuple(paragraphs), references=references)
    return section


def _figure_clause(figure: TrackedFigure) -> str:
    return f"{figure.indicator}为{figure.earlier}"


def _context_clause(article: Article) -> str:
    documents = [k[2:] for k in sorted(own_documents(article)) if k.startswith("d:")]
    if documents and documents[0] in squash(article.title + article.text):
        return f"{article.publisher}已发布{_original_form(documents[0], article)}"
    title = article.title.strip()
    if len(title) > CONTEXT_TITLE_CHARS:
        title = title[:CONTEXT_TITLE_CHARS] + "…"
    return f"{article.publisher}发布了“{title}”"


def _original_form(squashed: str, article: Article) -> str:
    """Return the 《document》 as the page writes it (own_documents keys are squashed)."""
    for found in DOCUMENT.findall(article.title + "\n" + article.text):
        if squash(found) == squashed:
            return found
    return squashed


def _day_text(day: date, cited: Sequence[str]) -> str:
    """Return 「3月2日」, or 「三月二日」 where the cited pages do not hold those numbers (the
    grounding check wants every digit of a section in a page it cites)."""
    allowed: set[str] = set()
    for text in cited:
        allowed |= numbers_in(text)
    if {str(day.month), str(day.day)} <= allowed:
        return f"{day.month}月{day.day}日"
    return f"{cn_numeral(day.month)}月{cn_numeral(day.day)}日"
