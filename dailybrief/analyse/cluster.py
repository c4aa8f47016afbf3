"""Storylines: group relevant articles into threads and pick each thread's original."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import lru_cache

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from ..models import AUTHORITY_WEIGHT, Article, Fact
from .dedup import containment, find_duplicate_pairs
from .facts import is_distinctive

TEXT_SIMILARITY_LINK = 0.42  # TF-IDF cosine (jieba tokens) that alone ties two articles
SHARED_FIGURES_LINK = 2  # this many shared distinctive figures tie two articles ...
SHARED_FIGURES_MIN_SIMILARITY = 0.08  # ... when their texts are at least this similar
SHARED_DOCUMENT_MIN_SIMILARITY = 0.15  # a shared 《document》 ties articles above this cosine
ONE_FIGURE_MIN_SIMILARITY = 0.3  # one shared figure ties articles above this cosine
# Calibrated on the two bundled corpora: same-thread pairs share >= 2 distinctive figures
# (or are near-duplicates) while different threads from one site reach a cosine of 0.34.
REPRINT_CONTAINMENT = 0.6  # share of one text's shingles found in another: a reprint
COMMENTARY_TITLE = re.compile(r"解读|答记者问|问答|一图读懂|图解|评论|观察|专家|有关负责人|负责同志|就.{0,30}接受")


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    """Import jieba once; its dictionary load costs about a second per process."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokenize(text: str) -> list[str]:
    """Return the jieba tokens of text that carry meaning (no punctuation, no single digits)."""
    return [t for t in _jieba().lcut(text) if len(t.strip()) > 1 or "\u4e00" <= t <= "\u9fff"]


def similarity_matrix(articles: Sequence[Article]) -> list[list[float]]:
    """Return pairwise TF-IDF cosine similarity (headline counted three times)."""
    docs = [" ".join([a.title] * 3 + [a.text]) for a in articles]
    vectorizer = TfidfVectorizer(tokenizer=tokenize, lowercase=False, token_pattern=None, sublinear_tf=True)
    matrix = vectorizer.fit_transform(docs)
    return cosine_similarity(matrix).tolist()


def group_articles(
    articles: Sequence[Article], facts: dict[str, list[Fact]], near_dup_threshold: float
) -> list[list[Article]]:
    """Return groups of articles that tell one thread (single-link over several signals)."""
    if not articles:
        return []
    index = {a.url: i for i, a in enumerate(articles)}
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    sim = similarity_matrix(articles)
    keys = [{f.text for f in facts.get(a.url, []) if is_distinctive(f)} for a in articles]
    for a_url, b_url, _score in find_duplicate_pairs(articles, near_dup_threshold):
        union(index[a_url], index[b_url])
    for i in range(len(articles)):
        for j in range(i + 1, len(articles)):
            if _linked(articles[i], articles[j], sim[i][j], keys[i] & keys[j]):
                union(i, j)
    groups: dict[int, list[Article]] = {}
    for i, a in enumerate(articles):
        groups.setdefault(find(i), []).append(a)
    return list(groups.values())


def _linked(a: Article, b: Article, cosine: float, shared: set[str]) -> bool:
    documents = {x for x in shared if x.startswith("《")}
    figures = shared - documents
    return (
        cosine >= TEXT_SIMILARITY_LINK
        or (len(figures) >= SHARED_FIGURES_LINK and cosine >= SHARED_FIGURES_MIN_SIMILARITY)
        or (bool(documents) and cosine >= SHARED_DOCUMENT_MIN_SIMILARITY)
        or (len(figures) == 1 and cosine >= ONE_FIGURE_MIN_SIMILARITY)
        or max(containment(a, b), containment(b, a)) >= REPRINT_CONTAINMENT
    )


def is_commentary(article: Article) -> bool:
    """Return whether the headline marks an interpretation or commentary piece."""
    return bool(COMMENTARY_TITLE.search(article.title))


def is_reprint(article: Article) -> bool:
    """Return whether the page credits another publisher than the site hosting it."""
    return bool(article.site_name) and article.publisher != article.site_name


def pick_original(group: Sequence[Article]) -> Article:
    """Return the thread's original: not a reprint or commentary, earliest, most authoritative."""
    def key(a: Article) -> tuple[int, int, object, float, int]:
        return (
            int(is_reprint(a)),
            int(is_commentary(a)),
            a.published,
            -AUTHORITY_WEIGHT[a.authority],
            -len(a.text),
        )

    return min(group, key=key)
