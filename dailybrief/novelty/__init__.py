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

from ..analyse import is_lone_media_report
from ..models import Article, Authority, Novelty, NoveltyStatus, Story, TrackedFigure
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
    "news_first",
    "page_key",
    "refresh_coverage",
    "remember",
    "thread_id_for",
    "with_context_sentences",
    "with_earlier_references",
    "with_novelty",
]


def assess_novelty(store: Store, stories: Sequence[Story], day: date, *,
                   slots: int | None = None) -> tuple[Story, ...]:
    """Return today's storylines with their novelty, read against the days before `day`.

    A continuing storyline whose page briefed before has left the window gets that page
    back (from the store) as its last article, so its section can cite it for context; so
    does a storyline whose tracked figure's earlier value is on a page not among its own.
    With `slots` (the brief's sections), new storylines win them over continuing ones.
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
        out.append(_with_earlier_figure_pages(store, story))
    return news_first(out, slots) if slots is not None else tuple(out)


def _with_earlier_figure_pages(store: Store, story: Story) -> Story:
    """Return the storyline with the page of each tracked figure's earlier value among its
    articles, read from the store when today's storyline does not hold it (a government page
    before a reprint stating the same value); a figure whose page the store no longer has is
    not tracked, as it could not be cited. A new storyline marks the page it was given as its
    `context_url`: it is cited for that value only, not written from."""
    n = story.novelty
    if n is None or not n.tracked:
        return story
    have = {page_key(a.url): a.url for a in story.articles}
    extra: list[Article] = []
    tracked: list[TrackedFigure] = []
    for figure in n.tracked:
        url = have.get(page_key(figure.earlier_url))
        if url is None:
            earlier = _earlier_page(store, figure)
            if earlier is None or (extra and n.status is NoveltyStatus.NEW):
                continue
            extra.append(earlier)
            url = have[page_key(earlier.url)] = earlier.url
        tracked.append(replace(figure, earlier_url=url))
    novelty = replace(n, tracked=tuple(tracked))
    if extra and n.status is NoveltyStatus.NEW:
        novelty = replace(novelty, context_url=extra[0].url)
    return replace(story, articles=(*story.articles, *extra), novelty=novelty)


def _earlier_page(store: Store, figure: TrackedFigure) -> Article | None:
    """Return the stored page that stated a figure's earlier value: a government or industry
    body's before a media site's, the first published before a later one."""
    urls = [figure.earlier_url] + sorted(
        p["url"] for p in store.figure_points([figure.indicator])
        if p["unit"] == figure.unit and p["text"] == figure.earlier and p["url"] != figure.earlier_url)
    pages = [a for a in (store.article(u) for u in dict.fromkeys(urls)) if a is not None]
    if not pages:
        return None
    return min(pages, key=lambda a: (a.authority is Authority.MEDIA, a.published, a.url != figure.earlier_url))


def news_first(stories: Sequence[Story], slots: int) -> tuple[Story, ...]:
    """Return the storylines with the `slots` that the brief's sections go to first (in their
    own order), then the others: when more storylines are included than there are slots, new
    ones win them over continuing ones, and one media site's own report comes last."""
    def tier(story: Story) -> int:
        if is_lone_media_report(story):
            return 2
        return int(story.novelty is not None and story.novelty.status is NoveltyStatus.CONTINUING)

    included = [i for i, s in enumerate(stories) if s.included]
    if len(included) <= slots:
        return tuple(stories)
    chosen = set(sorted(included, key=lambda i: (tier(stories[i]), i))[:slots])
    return (*(s for i, s in enumerate(stories) if i in chosen),
            *(s for i, s in enumerate(stories) if i not in chosen))


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
