"""Relevance: does an article belong in the brief, and under which topics?"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..models import Article, Reason, Rejection, Stage
from .topics import TopicList

TITLE_FACTOR = 3.0  # a term in the headline counts this many times a mention in the body
MAX_BODY_MENTIONS = 6  # mentions beyond this add nothing: long pages are not more relevant


@dataclass(frozen=True, slots=True)
class Relevance:
    score: float
    topics: tuple[str, ...]
    matched: tuple[str, ...]


def score_relevance(article: Article, topics: TopicList) -> Relevance:
    """Return the weighted topic score of an article and the topics it matched."""
    per_topic: dict[str, float] = {}
    matched: list[str] = []
    for topic in topics.topics:
        total = 0.0
        for term, weight in topic.terms:
            in_title = article.title.count(term)
            in_body = min(article.text.count(term), MAX_BODY_MENTIONS)
            if in_title or in_body:
                matched.append(term)
                total += weight * (TITLE_FACTOR * min(in_title, 1) + math.log1p(in_body))
        if total:
            per_topic[topic.name] = total * topic.weight
    ranked = sorted(per_topic, key=per_topic.__getitem__, reverse=True)
    return Relevance(score=sum(per_topic.values()), topics=tuple(ranked), matched=tuple(matched))


def reject_if_irrelevant(
    article: Article, topics: TopicList, threshold: float
) -> Rejection | None:
    """Return a rejection for an excluded or off-topic article, or None if it is relevant."""
    pattern = topics.exclude_pattern()
    hit = pattern.search(article.title) if pattern else None
    if hit:
        return Rejection(
            article.url, Stage.RELEVANCE, Reason.NOT_NEWS,
            f"headline contains {hit.group(0)!r} (not brief-worthy)", article.source_id,
        )
    rel = score_relevance(article, topics)
    if rel.score < threshold:
        terms = "、".join(rel.matched[:5]) or "no topic terms"
        return Rejection(
            article.url, Stage.RELEVANCE, Reason.OFF_TOPIC,
            f"topic score {rel.score:.1f} < {threshold:g} ({terms})", article.source_id,
        )
    return None
