"""Analyse: window, relevance, reprints, storylines, facts and ranking.

`analyse(articles, day=..., settings=..., topics=...)` is pure: it takes extracted
articles and returns ranked storylines plus a rejection for every article left out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..models import (
    Article,
    Authority,
    Fact,
    FactKind,
    NoveltyStatus,
    Reason,
    Rejection,
    Stage,
    Story,
)
from ..settings import Settings
from ..urls import page_key
from .cluster import group_articles, is_commentary, is_reprint, pick_original
from .facts import extract_facts, is_distinctive, is_substantive
from .features import TextFeatures, features_by_url
from .rank import explain_score, score_story
from .relevance import (
    family_relevance,
    is_borderline,
    is_reported_news,
    reject_if_irrelevant,
    score_relevance,
)
from .topics import TopicList, load_topics

__all__ = ["Analysis", "analyse", "check_window", "load_topics"]


@dataclass(frozen=True, slots=True)
class Analysis:
    stories: tuple[Story, ...]
    rejections: tuple[Rejection, ...]
    relevant: tuple[Article, ...]


def check_window(article: Article, day: date, window_days: int) -> Rejection | None:
    """Return a rejection if the article was published outside [day - window, day]."""
    first = day - timedelta(days=window_days)
    if article.published > day:
        return Rejection(article.url, Stage.WINDOW, Reason.FUTURE,
                         f"published {article.published} is after the brief date {day}", article.source_id)
    if article.published < first:
        return Rejection(article.url, Stage.WINDOW, Reason.STALE,
                         f"published {article.published}, before the window {first}…{day}", article.source_id)
    return None


def analyse(
    articles: Sequence[Article], *, day: date, settings: Settings, topics: TopicList
) -> Analysis:
    """Return ranked storylines from the day's articles, and why each other article was dropped."""
    rejections: list[Rejection] = []
    kept: list[Article] = []
    borderline: set[str] = set()
    relevance = family_relevance(articles, topics)
    for article in articles:
        rel = relevance[article.url]
        rejection = check_window(article, day, settings.window_days) or reject_if_irrelevant(
            article, topics, settings.relevance_threshold, rel)
        if rejection and rejection.reason is Reason.OFF_TOPIC and is_borderline(
                article, topics, settings.relevance_threshold, settings.relevance_floor, rel.score):
            borderline.add(article.url)
            kept.append(article)
        elif rejection:
            rejections.append(rejection)
        else:
            kept.append(article)
    facts = {a.url: extract_facts(a) for a in kept}
    features = features_by_url(kept)
    groups = _borderline_apart(group_articles(kept, facts, settings.near_dup_threshold, features),
                               borderline, facts)
    stories = [_build_story(g, facts, features, topics, day, settings) for g in groups]
    stories.sort(key=lambda s: (-s.score, s.original_url))
    stories = [_leave_out_if_borderline(s, borderline, topics, settings) for s in stories]
    stories = _leave_out_lone_media_reports([_leave_out_if_no_substance(s) for s in stories])
    relevant = tuple(a for a in kept if a.url not in borderline)
    return Analysis(stories=tuple(stories), rejections=tuple(rejections), relevant=relevant)


def _borderline_apart(
    groups: list[list[Article]], borderline: set[str], facts: dict[str, list[Fact]]
) -> list[list[Article]]:
    """Keep a borderline page in a relevant storyline only when it is a copy of one of its pages,
    shares a distinctive figure or document with them, or is the notice or an attachment of
    one of them; else it stands alone as a candidate."""
    out: list[list[Article]] = []
    for group in groups:
        sure = [a for a in group if a.url not in borderline]
        if not sure:
            out.append(group)
            continue
        shared = {f.text for a in sure for f in facts.get(a.url, ()) if is_distinctive(f)}
        family = {a.attached_to or a.url for a in sure}
        members, apart = list(sure), []
        for a in group:
            if a.url not in borderline:
                continue
            if (is_reprint(a) or (a.attached_to or a.url) in family
                    or any(is_distinctive(f) and f.text in shared for f in facts.get(a.url, ()))):
                members.append(a)
            else:
                apart.append([a])
        out.append([a for a in group if a in members])
        out.extend(apart)
    return out


def _leave_out_if_borderline(story: Story, borderline: set[str], topics: TopicList, settings: Settings) -> Story:
    """Keep a storyline made only of borderline pages as a candidate, with its topic score."""
    if not story.included or any(a.url not in borderline for a in story.articles):
        return story
    best = max(score_relevance(a, topics).score for a in story.articles)
    return replace(story, borderline_score=best).leave_out(
        f"主题得分 {best:.1f} 低于 {settings.relevance_threshold:g}（临界候选）")


def topped_up_with_borderline(stories: Sequence[Story], settings: Settings) -> tuple[Story, ...]:
    """Return the stories with the nearest borderline candidates put in when too few are
    included once novelty has had its say: an official release scoring just under the
    threshold (a statistics page on energy output, an official's Q&A on a briefed policy) is
    worth a section on a thin day, not on a full one. Only candidates left out for their
    topic score alone (not briefed before without news, with something checkable), scoring
    at least relevance_topup, are taken, best topic score first."""
    room = settings.min_sections - sum(1 for s in stories if s.included)
    if room <= 0:
        return tuple(stories)
    near = sorted(
        (i for i, s in enumerate(stories)
         if not s.included and s.borderline_score >= settings.relevance_topup and has_substance(s)
         and not (s.novelty and s.novelty.status is NoveltyStatus.BRIEFED)),
        key=lambda i: -stories[i].borderline_score)[:room]
    return tuple(
        replace(s, included=True, left_out="", why=s.why + (
            f"；临界候选（主题得分 {s.borderline_score:.1f}），因当天入选不足 {settings.min_sections} 条而列入"))
        if i in near else s
        for i, s in enumerate(stories)
    )


def has_substance(story: Story) -> bool:
    """Return whether a story states something checkable: a distinctive figure, a 《document》,
    a deadline, a document or article number, a range, or four or more fields a policy names
    (a commentary on a policy direction may state no figure). A forum keynote or a webinar
    notice states none of these."""
    return any(
        f.kind is FactKind.DEADLINE or is_substantive(f)
        or (f.kind in (FactKind.FIGURE, FactKind.DOCUMENT) and is_distinctive(f))
        for f in story.facts
    )


def _leave_out_if_no_substance(story: Story) -> Story:
    if has_substance(story):
        return story
    return story.leave_out("没有可核验的数字、文件或时间节点")


def is_lone_media_report(story: Story) -> bool:
    """Return whether only one media site tells the story (no government page, no other site)."""
    sites = {a.site_name or a.source_id for a in story.articles}
    return len(sites) == 1 and all(a.authority is Authority.MEDIA for a in story.articles)


def _leave_out_lone_media_reports(stories: list[Story]) -> list[Story]:
    """Mark single-media-site stories as left out unless nothing else is left, or the outlet
    reported them itself; those it reported come after every other included storyline.

    A policy brief leads with what governments published or what several outlets
    reported; one portal's item on its own (a product launch, a 招商 feature, a review) is
    kept as a candidate for the analyst. An outlet's own report (its dateline, a fact its
    reporter learned from a named body) is news, but it takes a slot only when the storylines
    a government or several sites tell have theirs. A quiet day gives a shorter brief, not a
    padded one.
    """
    strong = sum(1 for s in stories if s.included and not is_lone_media_report(s))
    if strong == 0:
        return stories
    out = [
        s.leave_out("仅一家媒体网站报道")
        if is_lone_media_report(s) and not is_reported_news(s.articles[0]) else s
        for s in stories
    ]
    lone = [s for s in out if s.included and is_lone_media_report(s)]
    rest = [s for s in out if not (s.included and is_lone_media_report(s))]
    last = max((i for i, s in enumerate(rest) if s.included), default=-1)
    return rest[:last + 1] + [replace(s, why=s.why + "；仅一家媒体网站报道（该网记者采写），排在其他入选线索之后")
                              for s in lone] + rest[last + 1:]


def _build_story(
    group: list[Article], facts: dict[str, list[Fact]], features: dict[str, TextFeatures],
    topics: TopicList, day: date, settings: Settings,
) -> Story:
    original = pick_original(group, features)
    others = sorted((a for a in group if a.url != original.url), key=_coverage_order)
    ordered = (original, *others)
    all_facts = tuple(f for a in ordered for f in facts.get(a.url, ()))
    relevance = score_relevance(original, topics)
    score = score_story(ordered, original, facts.get(original.url, ()), relevance.score,
                        day=day, window_days=settings.window_days)
    duplicates = tuple((a.url, original.url) for a in others if is_reprint(a))
    return Story(
        id="S" + hashlib.sha1(page_key(original.url).encode("utf-8")).hexdigest()[:8],
        title=original.title,
        articles=ordered,
        original_url=original.url,
        score=round(score, 3),
        topics=relevance.topics,
        facts=all_facts,
        duplicates=duplicates,
        why=explain_score(ordered, original, score),
    )


def _coverage_order(a: Article) -> tuple[int, int, date]:
    """Other coverage after the original: commentary first (it adds meaning), reprints last."""
    return (int(is_reprint(a)), int(not is_commentary(a)), a.published)
