"""The extractive writer: sections made of the sources' own sentences, no model needed.

For each storyline a SectionDraft is built (numbered references, tagged source sentences,
facts, the cited pages' text); the extractive writer turns it into a facts paragraph of
the original's most informative sentences, completed from the other coverage, and a
"what it means" paragraph from the commentary pieces when there are any.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

from ..analyse.cluster import is_commentary, is_reprint
from ..analyse.facts import FULL_DATE, TRIVIAL_VALUES, documents_in, figures_in, is_distinctive
from ..models import (
    Article,
    Authority,
    Fact,
    FactKind,
    Reference,
    Section,
    SectionDraft,
    Story,
    WriterOutput,
)
from ..text import cn_numeral, split_sentences, squash
from .sentences import clean_sentences, information_score, is_analysis

FACTS_PARAGRAPH_CHARS = 420  # the original's sentences, up to about this length
COMPLETION_CHARS = 200  # sentences from other coverage that add figures the original lacks
ANALYSIS_CHARS = 220  # commentary sentences for the "what it means" paragraph
MAX_REFERENCES_PER_SECTION = 4
REPEAT_OVERLAP = 0.7  # a completion sentence this much like the paragraph adds nothing
MIN_DOCUMENT_CHARS = 8  # 《通知》 alone names nothing; a real title is longer
OFFICIAL_AUTHORITIES = frozenset({Authority.CENTRAL, Authority.MINISTRY, Authority.LOCAL})
BARE_COUNT_UNITS = frozenset({"个", "项", "条", "件", "家", "批", "类", "名", "款", "座", "所"})


def draft_sections(stories: Sequence[Story], *, first_ref: int = 1) -> list[SectionDraft]:
    """Return a SectionDraft per storyline, numbering references across the brief."""
    drafts = []
    numbers: dict[str, int] = {}
    for story in stories:
        cited = _cited_articles(story)
        refs = []
        for article in cited:
            n = numbers.setdefault(article.url, first_ref + len(numbers))
            refs.append(_reference(n, article))
        ref_of = {a.url: r.n for a, r in zip(cited, refs, strict=True)}
        sentences = tuple((ref_of[a.url], s) for a in cited for s in clean_sentences(a.text))
        facts = tuple((ref_of[f.article_url], f) for f in story.facts if f.article_url in ref_of)
        sources = tuple((ref_of[a.url], a.title + "\n" + a.text) for a in cited)
        paragraphs = _extractive_paragraphs(story, cited)
        drafts.append(SectionDraft(story=story, title=section_title(story), references=tuple(refs),
                                   sentences=sentences, facts=facts, sources=sources,
                                   paragraphs=paragraphs))
    return [_with_verifies(d) for d in drafts]


DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号")
DOCUMENT_NUMBER_WITHIN_CHARS = 300  # a notice prints its number above the salutation
INSTRUCTION = re.compile(r"(?:前|截止[^，。]{0,12})(?:报送|提交|上报|报|申报)|(?:报送|提交|上报)[^，。]{0,20}前")
LEADING_CONNECTIVE = re.compile(r"^(?:同时|此外|另外|与此同时|其中|并且|而且|对此)[，,]\s*")
# Official headlines read better as a statement: "X关于印发《Y》的通知" → "X印发《Y》".
TITLE_REWRITES = (
    (re.compile(r"^(.{2,40}?)关于印发(《.+》)的(?:通知|通告|公告)$"), r"\1印发\2"),
    (re.compile(r"^(.{2,40}?)关于(.{4,}?)的(?:通知|通告|公告)$"), r"\1\2"),
)


def section_title(story: Story) -> str:
    """Return the section title: the original's headline, official phrasing shortened, with
    the document number (工信部联规〔2026〕98号) when the page gives one near its top."""
    title = story.original.title.strip()
    for pattern, replacement in TITLE_REWRITES:
        if pattern.match(title):
            title = pattern.sub(replacement, title)
            break
    number = DOCUMENT_NUMBER.search(story.original.text[:DOCUMENT_NUMBER_WITHIN_CHARS])
    if number and number.group(0) not in title:
        title += f"（{number.group(0)}）"
    return title


def _cited_articles(story: Story) -> list[Article]:
    """Return the original, then other coverage (commentary first), at most a few pages;
    one page reached by two URLs (a feed's ?from=rss copy) is cited once."""
    cited: list[Article] = []
    seen: set[str] = set()
    for article in story.articles:
        parts = urlsplit(article.url)
        keys = {parts.netloc + parts.path, "text:" + article.text}
        if keys & seen:
            continue
        seen |= keys
        cited.append(article)
    return cited[:MAX_REFERENCES_PER_SECTION]


def _reference(n: int, article: Article) -> Reference:
    return Reference(n=n, title=article.title, publisher=article.publisher,
                     publisher_en=article.publisher_en, published=article.published,
                     url=article.url)


def _extractive_paragraphs(story: Story, cited: list[Article]) -> tuple[str, ...]:
    original = story.original
    chosen = _best_sentences(original, FACTS_PARAGRAPH_CHARS, covered=set())
    covered = _figures(section_title(story)) | {f for s in chosen for f in _figures(s)}
    for other in cited[1:]:
        extra = _best_sentences(other, COMPLETION_CHARS, covered=covered, need_new=True)
        extra = [s for s in extra if not _repeats(s, "".join(chosen)) and not is_analysis(s)]
        chosen.extend(extra)
        covered |= {f for s in extra for f in _figures(s)}
    facts = LEADING_CONNECTIVE.sub("", "".join(chosen))
    analysis = "".join(s for s in _analysis_sentences(cited[1:]) if squash(s) not in squash(facts))
    analysis = LEADING_CONNECTIVE.sub("", analysis)
    return tuple(p for p in (facts, analysis or _next_steps(story, facts)) if p)


def _repeats(sentence: str, text: str) -> bool:
    """Return whether most of a sentence's character trigrams are already in text."""
    grams = _trigrams(sentence)
    return bool(grams) and len(grams & _trigrams(text)) / len(grams) >= REPEAT_OVERLAP


def _trigrams(text: str) -> set[str]:
    clean = squash(text)
    return {clean[i:i + 3] for i in range(len(clean) - 2)}


def _next_steps(story: Story, facts_paragraph: str) -> str:
    """Return a "后续节点" line built from the thread's deadline clauses, when there are any."""
    clauses: dict[date, str] = {}
    for fact in story.facts:
        if (fact.kind is FactKind.DEADLINE and fact.day and fact.day >= story.original.published
                and fact.day not in clauses):
            clause = _clause_with(fact.sentence, fact.text)
            if clause and squash(clause) not in squash(facts_paragraph):
                clauses[fact.day] = clause
    return "后续节点：" + "；".join(list(clauses.values())[:2]) + "。" if clauses else ""


def _clause_with(sentence: str, literal: str) -> str:
    for clause in re.split(r"[，；。]", sentence):
        if literal in clause:
            return clause.strip()
    return ""


def _figures(sentence: str) -> set[str]:
    """Return the figures, full dates and 《documents》 a sentence states (what completion adds)."""
    dates = {squash(m.group(0)) for m in FULL_DATE.finditer(sentence)}
    documents = {squash(d) for d in documents_in(sentence) if len(d) >= MIN_DOCUMENT_CHARS}
    return dates | documents | _unit_figures(sentence)


def _unit_figures(sentence: str) -> set[str]:
    return {squash(text) for text, value, _ in figures_in(sentence) if value not in TRIVIAL_VALUES}


def _best_sentences(
    article: Article, budget: int, *, covered: set[str], need_new: bool = False
) -> list[str]:
    """Return the article's most informative sentences within budget, in text order."""
    sentences = clean_sentences(article.text)
    scored = []
    for i, s in enumerate(sentences):
        new = _figures(s) - covered
        if need_new and not new:
            continue
        scored.append((information_score(s, i, article.published.year) + len(new), i, s))
    picked: list[tuple[int, str]] = []
    used = 0
    for score, i, s in sorted(scored, key=lambda t: (-t[0], t[1])):
        if score <= 0 or (used and used + len(s) > budget):
            continue
        picked.append((i, s))
        used += len(s)
    # what happened first, what to do by when last: a notice's 报送 instruction comes early
    # in its text but reads as the close of a brief's paragraph
    return [s for _, s in sorted(picked, key=lambda p: (bool(INSTRUCTION.search(p[1])), p[0]))]


def _analysis_sentences(others: Sequence[Article]) -> list[str]:
    out: list[str] = []
    used = 0
    for article in sorted(others, key=lambda a: not is_commentary(a)):
        for s in clean_sentences(article.text):
            if is_analysis(s) and used + len(s) <= ANALYSIS_CHARS and s not in out:
                out.append(s)  # two reprints of one commentary give the sentence once
                used += len(s)
    return out


def _with_verifies(draft: SectionDraft) -> SectionDraft:
    """Return the draft with each reference's 用于核验 note: the facts it backs in the section."""
    text = squash("".join(draft.paragraphs) + draft.title)
    site_of = {r.n: a.site_name for r, a in zip(draft.references, _cited_articles(draft.story), strict=False)}
    refs = []
    for ref in draft.references:
        backed = _backed_facts(draft.facts, ref.n, text)
        note = "用于核验" + ("、".join(backed) if backed else "相关背景与解读")
        site = site_of.get(ref.n, "")
        if site and site != ref.publisher:
            note += f"（{site}转载）"
        refs.append(replace(ref, verifies=note))
    return replace(draft, references=tuple(refs))


def _backed_facts(facts: Sequence[tuple[int, Fact]], n: int, text: str) -> list[str]:
    seen: list[str] = []
    for ref, fact in facts:
        if ref != n or fact.kind not in (FactKind.FIGURE, FactKind.DOCUMENT, FactKind.DEADLINE):
            continue
        if fact.kind in (FactKind.FIGURE, FactKind.DOCUMENT) and not is_distinctive(fact):
            continue
        label = fact.text + ("前时限" if fact.kind is FactKind.DEADLINE else "")
        if squash(fact.text) in text and label not in seen:
            seen.append(label)
    return seen[:6]


class ExtractiveWriter:
    """The default writer: the drafts' own extractive paragraphs and a summary of the threads."""

    def write(self, drafts: Sequence[SectionDraft], *, day: date, title: str = "",
              extractive_summary: str = "") -> WriterOutput:
        sections = tuple(
            Section(title=d.title, paragraphs=d.paragraphs,
                    references=contributing_references(d), story_id=d.story.id)
            for d in drafts
        )
        return WriterOutput(summary=extractive_summary or summarize(drafts), sections=sections)


def contributing_references(draft: SectionDraft) -> tuple[int, ...]:
    """Return the original's reference and those of pages a sentence of the section comes from.

    Coverage that adds nothing (a word-for-word reprint) is not listed as a reference, but an
    official release on another government site is, in case it, not the page taken for the
    original, is where the text comes from.
    """
    texts = [(r.n, squash(t)) for r, (_, t) in zip(draft.references, draft.sources, strict=True)]
    used = {texts[0][0]} if texts else set()
    articles = _cited_articles(draft.story)
    used |= {r.n for r, a in zip(draft.references, articles, strict=False)
             if _is_official_release(a) and a.site_name != articles[0].site_name}
    for paragraph in draft.paragraphs:
        for sentence in split_sentences(paragraph):
            key = squash(sentence)
            source = next((n for n, text in texts if key in text), None)
            if source is not None:
                used.add(source)
    return tuple(r.n for r in draft.references if r.n in used)


def _is_official_release(article: Article) -> bool:
    return (article.authority in OFFICIAL_AUTHORITIES and not is_reprint(article)
            and not is_commentary(article))


def summarize(drafts: Sequence[SectionDraft]) -> str:
    """Return the 摘要: the day's threads, each with its publisher and a key figure."""
    if not drafts:
        return "今日未发现符合主题且在时间窗口内的重点动态。"
    topics: list[str] = []
    for d in drafts:
        topics.extend(t for t in d.story.topics[:2] if t not in topics)
    lead = (f"今日新质生产力方向共梳理{cn_numeral(len(drafts))}条重点线索，"
            f"涉及{'、'.join(topics[:4])}等方向。")
    items = []
    for i, d in enumerate(drafts):
        publisher = d.story.original.publisher
        notes = ([] if publisher[:4] in d.title else [publisher]) + ["、".join(_key_figures(d))]
        suffix = "；".join(n for n in notes if n)
        items.append(f"{cn_numeral(i + 1)}是{d.title}" + (f"（{suffix}）" if suffix else ""))
    return lead + "；".join(items) + "。"


def _key_figures(draft: SectionDraft, limit: int = 2) -> list[str]:
    """Return up to `limit` figures for the summary, those that read alone (亿元, %, 万千瓦)
    before bare counts (8000个), in text order within each kind."""
    text = squash("".join(draft.paragraphs))
    out: list[str] = []
    ordered = sorted(draft.facts, key=lambda rf: (rf[1].unit or "") in BARE_COUNT_UNITS)
    for _, fact in ordered:
        if (fact.kind is FactKind.FIGURE and is_distinctive(fact) and squash(fact.text) in text
                and fact.text not in out and squash(fact.text) not in squash(draft.title)):
            out.append(fact.text)
        if len(out) >= limit:
            break
    return out

