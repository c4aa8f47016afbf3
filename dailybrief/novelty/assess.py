"""Novelty decides what is news: new, continuing (with what is new) or already briefed."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..analyse.cluster import is_commentary, is_reprint
from ..analyse.facts import is_distinctive
from ..models import Article, Fact, FactKind, Novelty, NoveltyStatus, Story, TrackedFigure
from .figures import tracked_points
from .history import History, ThreadRecord, fact_keys
from .keys import page_key

NEWS_KINDS = (FactKind.FIGURE, FactKind.DOCUMENT, FactKind.DEADLINE)


def thread_id_for(story: Story) -> str:
    """Return the id a storyline gets when it starts a thread (stable across runs and ports)."""
    return "T" + hashlib.sha1(page_key(story.original_url).encode("utf-8")).hexdigest()[:10]


def cn_day(day: date) -> str:
    return f"{day.month}月{day.day}日"


def is_news_fact(fact: Fact) -> bool:
    """Return whether a fact can make a development: a distinctive figure, a 《document》 or a
    deadline (dates and bodies alone come with any rewrite)."""
    if fact.kind is FactKind.DEADLINE:
        return fact.day is not None
    return fact.kind in NEWS_KINDS and is_distinctive(fact)


def new_facts(story: Story, new_urls: set[str], record: ThreadRecord) -> list[Fact]:
    """Return the facts on the new pages that no earlier brief of the thread knew."""
    out: list[Fact] = []
    seen: set[str] = set()
    for fact in story.facts:
        if fact.article_url not in new_urls or not is_news_fact(fact):
            continue
        text, value = fact_keys(fact)
        if text in record.known_texts or (value and value in record.known_values) or text in seen:
            continue
        seen.add(text)
        out.append(fact)
    return out


def development_of(story: Story, facts: Sequence[Fact], new_urls: set[str]) -> Article:
    """Return the new page today's section leads with: the one stating most new facts, an
    original release before a reprint, a release before a commentary."""
    count: dict[str, int] = {}
    for fact in facts:
        count[fact.article_url] = count.get(fact.article_url, 0) + 1
    candidates = [a for a in story.articles if a.url in new_urls and count.get(a.url)]
    return min(candidates, key=lambda a: (-count[a.url], int(is_reprint(a)), int(is_commentary(a)),
                                          a.published, a.url))


def tracked_figures(story: Story, history: History, thread_id: str, urls: set[str],
                    last_briefed: date | None = None) -> tuple[TrackedFigure, ...]:
    """Return today's figures (on `urls`) whose indicator was stated before with another value,
    each with the earlier value: the thread's own before another's, one seen by the time the
    thread was last briefed before a later one, and for that value the page that first gave it."""
    out: list[TrackedFigure] = []
    seen: set[str] = set()
    for indicator, fact in tracked_points(f for f in story.facts if f.article_url in urls):
        points = [p for p in history.points.get((indicator, fact.unit or ""), ())
                  if p["value"] != fact.value and page_key(p["url"]) != page_key(fact.article_url)]
        if not points or indicator in seen:
            continue
        def rank(p: dict[str, object]) -> tuple[bool, bool, object]:
            seen = last_briefed is not None and p["brief_date"] <= last_briefed  # type: ignore[operator]
            return (p["thread_id"] == thread_id, seen, p["brief_date"])

        best = max(points, key=rank)
        earlier = min((p for p in points if p["value"] == best["value"]
                       and p["thread_id"] == best["thread_id"]),
                      key=lambda p: (p["brief_date"], p["published"], p["url"]))
        seen.add(indicator)
        out.append(TrackedFigure(indicator=indicator, unit=fact.unit or "", current=fact.text,
                                 current_url=fact.article_url, earlier=earlier["text"],
                                 earlier_url=earlier["url"], earlier_day=earlier["brief_date"]))
    return tuple(out)


def assess(stories: Sequence[Story], history: History, day: date) -> tuple[Story, ...]:
    """Return the storylines with their novelty; a storyline briefed before with nothing new
    stays a candidate (not included, with the reason) and takes no slot."""
    out = []
    for story in stories:
        out.append(_assessed(story, history, day))
    return tuple(out)


def _assessed(story: Story, history: History, day: date) -> Story:
    thread = history.thread_of.get(story.id)
    record = history.threads.get(thread) if thread else None
    if record is None:
        novelty = Novelty(status=NoveltyStatus.NEW, thread_id=thread or thread_id_for(story),
                          first_day=day)
        urls = {a.url for a in story.articles}
        return replace(story, novelty=replace(
            novelty, tracked=tracked_figures(story, history, novelty.thread_id, urls)))
    last = record.last_briefed
    base = Novelty(thread_id=record.thread_id, first_day=record.first_day, last_briefed=last,
                   excluded_on=record.excluded_on)
    if last is None:
        urls = {a.url for a in story.articles}
        novelty = replace(base, status=NoveltyStatus.NEW,
                          reason=f"{cn_day(record.first_day)}已出现，尚未简报",
                          tracked=tracked_figures(story, history, record.thread_id, urls))
        return replace(story, novelty=novelty)
    new_urls = {a.url for a in story.articles
                if history.page_first_day.get(page_key(a.url), day) > last}
    facts = new_facts(story, new_urls, record)
    if not facts:
        reason = f"已于{cn_day(last)}简报，暂无新进展"
        novelty = replace(base, status=NoveltyStatus.BRIEFED, new_urls=tuple(sorted(new_urls)),
                          reason=reason)
        return replace(story, novelty=novelty).leave_out(reason)
    development = development_of(story, facts, new_urls)
    context = record.context
    novelty = replace(
        base, status=NoveltyStatus.CONTINUING, new_urls=tuple(sorted(new_urls)),
        new_facts=tuple(f.text for f in facts), development_url=development.url,
        context_url=context.url if context else "", context_title=record.context_title,
        tracked=tracked_figures(story, history, record.thread_id, new_urls, last),
        reason=f"续：{cn_day(last)}已简报；新进展：" + "、".join(f.text for f in facts[:4]),
    )
    return replace(story, novelty=novelty)
