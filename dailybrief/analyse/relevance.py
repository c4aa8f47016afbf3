"""Relevance: does an article belong in the brief, and under which topics?"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..models import Article, Authority, Reason, Rejection, Stage
from .topics import TopicList

TITLE_FACTOR = 3.0  # a term in the headline counts this many times a mention in the body
MAX_BODY_MENTIONS = 6  # mentions beyond this add nothing: long pages are not more relevant
# Official statistics (an energy, computing or data bulletin from a government or industry
# body) name few topic words but are what a brief's figures rest on: their score counts double.
STATISTICS_FACTOR = 2.0
_PERIOD = r"(?:前[一二三]季度|[一二三四]季度|[上下]半年|全年|前\d{1,2}个?月|\d{1,2}\s*[—–-]\s*\d{1,2}\s*月|\d{1,2}月份?|截至\d{1,2}月底)"
_STATISTICS_HEADLINE = re.compile(
    r"统计(数据|快报|公报|信息)?|主要数据|监测数据|运行(简况|情况|数据)|简况|交易情况|发展情况$|"
    r"(\d{1,2}|[一二三四]季度|上半年|前三季度|全年|年度)[^，。]{0,12}(情况|数据)$|"
    # a headline that reports a period's figure: 「前三季度我市数字经济核心产业增加值增长8.7%」
    rf"{_PERIOD}[^，。]{{0,24}}?(增长|下降|增加|减少|达到?|突破|超过?)\s*\d|"
    # a release of a period's measure: 「国家能源局发布5月份全社会用电量」
    rf"(发布|公布){_PERIOD}"
)
# A statistics release says so in its opening lines, whatever its headline (a press
# conference's 「据初步统计」, 「市统计局发布数据显示」).
STATISTICS_LEAD_CHARS = 300
_STATISTICS_LEAD = re.compile(r"据[^，。]{0,8}统计|统计(数据|结果)?显示|统计局[^，。]{0,8}(发布|数据)|监测数据显示")
# A media outlet's own reporting: its dateline or a reporter who learned the facts from a named
# body (「本报讯」「新华社北京6月7日电」「记者从交通运输部获悉」), as against a portal's feature,
# product review, retrospective or a company's release, which name no such source.
LEAD_CHARS = 200
_REPORTED = re.compile(
    r"本报讯|(电|消息)\s*[（(]\s*记者|^[^。]{0,40}[（(]\s*记者[^）)]{1,20}[）)]|"
    r"记者[^，。；]{0,24}(获悉|了解到)|新华社[^。]{0,12}电"
)
_PROMOTION = re.compile(r"企业供稿|本文不代表|不代表本网观点|招商热线|广告")


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
    score = sum(per_topic.values())
    if is_official_statistics(article):
        score *= STATISTICS_FACTOR
    return Relevance(score=score, topics=tuple(ranked), matched=tuple(matched))


def is_official_statistics(article: Article) -> bool:
    """Return whether a page is a statistics release of a government or industry body: by its
    headline, or by the words that open its text."""
    authority = getattr(article, "authority", Authority.MEDIA)
    return authority is not Authority.MEDIA and bool(
        _STATISTICS_HEADLINE.search(article.title)
        or _STATISTICS_LEAD.search(article.text[:STATISTICS_LEAD_CHARS]))


def is_reported_news(article: Article) -> bool:
    """Return whether a media page is the outlet's own reported news (see `_REPORTED`)."""
    return bool(_REPORTED.search(article.text[:LEAD_CHARS])) and not _PROMOTION.search(article.text)


def family_relevance(articles: Sequence[Article], topics: TopicList) -> dict[str, Relevance]:
    """Return url → relevance of each page, its score judged with its notice's family: a notice
    whose page says only 「详见附件」 and the attachments that hold its substance are one
    document, so each scores as the best of them (a list of funded projects scores nothing alone)."""
    own = {a.url: score_relevance(a, topics) for a in articles}
    best: dict[str, float] = {}
    for a in articles:
        family = a.attached_to or a.url
        best[family] = max(best.get(family, 0.0), own[a.url].score)
    return {a.url: replace(own[a.url], score=max(own[a.url].score, best[a.attached_to or a.url]))
            for a in articles}


def is_borderline(article: Article, topics: TopicList, threshold: float, floor: float,
                  score: float | None = None) -> bool:
    """Return whether a page under the relevance threshold still scores at least `floor`
    (its own score, or `score` when given: see family_relevance).

    Such a page is not dropped: it may join a relevant storyline (a short reprint, an
    implementation notice), and on its own it is kept as a candidate with its score.
    """
    return floor <= (score_relevance(article, topics).score if score is None else score) < threshold


def reject_if_irrelevant(
    article: Article, topics: TopicList, threshold: float, relevance: Relevance | None = None
) -> Rejection | None:
    """Return a rejection for an excluded or off-topic article, or None if it is relevant
    (by its own relevance, or `relevance` when given: see family_relevance)."""
    pattern = topics.exclude_pattern()
    hit = pattern.search(article.title) if pattern else None
    if hit:
        return Rejection(
            article.url, Stage.RELEVANCE, Reason.NOT_NEWS,
            f"headline contains {hit.group(0)!r} (not brief-worthy)", article.source_id,
        )
    rel = relevance or score_relevance(article, topics)
    if rel.score < threshold:
        terms = "、".join(rel.matched[:5]) or "no topic terms"
        return Rejection(
            article.url, Stage.RELEVANCE, Reason.OFF_TOPIC,
            f"topic score {rel.score:.1f} < {threshold:g} ({terms})", article.source_id,
        )
    return None
