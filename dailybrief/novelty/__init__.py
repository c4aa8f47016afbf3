"""Novelty: which of today's storylines are news, against what earlier briefs said.

    stories (from analyse) + the store's history → stories with a `Novelty` each

A storyline is matched with the threads of earlier days by keys (see `keys`), read from the
store for today's storylines only (`history`); `assess` then marks it new, continuing (a
page first seen since it was last briefed states a figure, 《document》 or deadline no brief
of the thread knew) or briefed (nothing new: it stays a candidate and takes no slot).
`remember` stores today's threads, pages and figures for the mornings after; `context`
holds the writer hooks that make a continuing section say what is new.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from ..models import Novelty, Story
from ..store import Store
from .assess import assess, thread_id_for
from .context import focus_on_developments, with_context_sentences, with_earlier_references
from .figures import indicator_of, tracked_points
from .history import History, load_history, refresh_coverage
from .keys import page_key, story_keys

__all__ = [
    "History",
    "assess",
    "assess_novelty",
    "focus_on_developments",
    "indicator_of",
    "load_history",
    "page_key",
    "refresh_coverage",
    "remember",
    "thread_id_for",
    "with_context_sentences",
    "with_earlier_references",
    "with_novelty",
]


def assess_novelty(store: Store, stories: Sequence[Story], day: date) -> tuple[Story, ...]:
    """Return today's storylines with their novelty, read against the days before `day`.

    A continuing storyline whose page briefed before has left the window gets that page
    back (from the store) as its last article, so its section can cite it for context.
    """
    assessed = assess(stories, load_history(store, stories, day), day)
    out = []
    for story in assessed:
        n = story.novelty
        if n and n.context_url:
            same = next((a for a in story.articles if page_key(a.url) == page_key(n.context_url)), None)
            if same is not None:
                story = replace(story, novelty=replace(n, context_url=same.url))
            elif (earlier := store.article(n.context_url)) is not None:
                story = replace(story, articles=(*story.articles, earlier))
        out.append(story)
    return tuple(out)


def with_novelty(stories: Sequence[Story], novelty: Mapping[str, Novelty]) -> list[Story]:
    """Return stored storylines with the novelty the stage gave them (store.day_novelty)."""
    return [replace(s, novelty=novelty[s.id]) if s.id in novelty else s for s in stories]


def remember(store: Store, day: date, stories: Sequence[Story]) -> None:
    """Store today's threads (their keys and novelty), the pages seen and the figures stated."""
    entries = []
    pages = []
    figures = []
    for story in stories:
        novelty = story.novelty
        if novelty is None:
            continue
        entries.append((story.id, novelty, story_keys(story)))
        pages.extend((page_key(a.url), novelty.thread_id, a.url) for a in story.articles)
        published = {a.url: a.published for a in story.articles}
        figures.extend(
            (indicator, fact.unit or "", float(fact.value or 0), fact.text,
             published.get(fact.article_url, day), fact.article_url, novelty.thread_id)
            for indicator, fact in tracked_points(story.facts)
        )
    store.save_threads(day, entries, pages)
    store.save_figures(day, figures)
