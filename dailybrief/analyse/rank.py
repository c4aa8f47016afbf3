"""Ranking: which storylines lead the brief."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from ..models import AUTHORITY_WEIGHT, Article, Authority, Fact, FactKind

AUTHORITY_LABEL = {
    Authority.CENTRAL: "中央", Authority.MINISTRY: "部委", Authority.LOCAL: "地方",
    Authority.INDUSTRY: "行业", Authority.MEDIA: "媒体",
}

# Weights of the ranking terms; calibrated on the bundled corpora (re-run eval after changes).
AUTHORITY_FACTOR = 2.0
PUBLISHERS_FACTOR = 1.5
RECENCY_FACTOR = 1.0
TOPIC_FACTOR = 0.6
FACTS_FACTOR = 0.4
# The facts the weights were calibrated with; the kinds beyond figures (fields, tasks, limits …)
# would make a wordy storyline outrank a terse one.
RANKED_KINDS = frozenset({FactKind.FIGURE, FactKind.DATE, FactKind.DEADLINE, FactKind.DOCUMENT, FactKind.BODY})


def score_story(
    articles: Sequence[Article], original: Article, facts: Sequence[Fact],
    topic_score: float, *, day: date, window_days: int,
) -> float:
    """Return a storyline's rank score: authority (of the original, and the most authoritative
    site carrying it: a 中国政府网 reprint is an endorsement), independent publishers, recency
    of the original (a later commentary does not make old news new), topic and facts."""
    sites = {a.site_name or a.source_id for a in articles}
    age = max(0, (day - original.published).days)
    recency = 1.0 - min(1.0, age / max(1, window_days))
    figures = {f.text for f in facts if f.kind in RANKED_KINDS}
    return (
        AUTHORITY_FACTOR * (AUTHORITY_WEIGHT[original.authority]
                            + max(AUTHORITY_WEIGHT[a.authority] for a in articles)) / 2
        + PUBLISHERS_FACTOR * math.log2(1 + len(sites))
        + RECENCY_FACTOR * recency
        + TOPIC_FACTOR * math.log1p(topic_score)
        + FACTS_FACTOR * math.log1p(len(figures))
    )


def explain_score(articles: Sequence[Article], original: Article, score: float) -> str:
    """Return a one-line reason for a storyline's rank, in Chinese for the analyst."""
    sites = sorted({a.site_name or a.source_id for a in articles})
    return (
        f"得分 {score:.2f}：原始发布 {original.publisher}（{AUTHORITY_LABEL[original.authority]}），"
        f"{len(sites)} 家网站报道（{'、'.join(sites)}），最新 {max(a.published for a in articles)}"
    )
