"""Storylines: group relevant articles into threads and pick each thread's original."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from ..models import AUTHORITY_WEIGHT, Article, Fact
from ..text import jieba_module, squash
from .dedup import containment, find_duplicate_pairs
from .facts import is_distinctive

TEXT_SIMILARITY_LINK = 0.42  # TF-IDF cosine (jieba tokens) that alone ties two articles
SHARED_FIGURES_LINK = 2  # this many shared distinctive figures tie two articles ...
SHARED_FIGURES_MIN_SIMILARITY = 0.08  # ... when their texts are at least this similar
SHARED_DOCUMENT_MIN_SIMILARITY = 0.15  # a shared 《document》 ties articles above this cosine
ONE_FIGURE_MIN_SIMILARITY = 0.3  # one shared figure ties articles above this cosine
# Calibrated on the two bundled corpora: same-thread pairs share >= 2 distinctive figures
# (or are near-duplicates) while different threads from one site reach a cosine of 0.34.
MIN_CROSS_LINK_DENSITY = 0.4  # share of cross pairs that must be linked to merge two groups
REPRINT_CONTAINMENT = 0.6
COPY_CONTAINMENT = 0.85  # a page holding this share of a shorter page's shingles is its copy  # share of one text's shingles found in another: a reprint
COMMENTARY_TITLE = re.compile(r"解读|答记者问|问答|一图读懂|图解|评论|观察|专家|有关负责人|负责同志|就.{0,30}接受")


def tokenize(text: str) -> list[str]:
    """Return the jieba tokens of text that carry meaning (no punctuation, no single digits)."""
    return [t for t in jieba_module().lcut(text) if len(t.strip()) > 1 or "\u4e00" <= t <= "\u9fff"]


def similarity_matrix(articles: Sequence[Article]) -> list[list[float]]:
    """Return pairwise TF-IDF cosine similarity (headline counted three times)."""
    docs = [" ".join([a.title] * 3 + [a.text]) for a in articles]
    vectorizer = TfidfVectorizer(tokenizer=tokenize, lowercase=False, token_pattern=None, sublinear_tf=True)
    matrix = vectorizer.fit_transform(docs)
    return cosine_similarity(matrix).tolist()


def group_articles(
    articles: Sequence[Article], facts: dict[str, list[Fact]], near_dup_threshold: float
) -> list[list[Article]]:
    """Return groups of articles that tell one thread.

    Pairs are linked by several signals (near-duplicate text, shared 《documents》 or
    figures, TF-IDF similarity); links are merged strongest first, and two groups merge only
    when enough of their cross pairs are linked, so that one commentary mentioning two
    threads does not chain them into one.
    """
    if not articles:
        return []
    n = len(articles)
    sim = similarity_matrix(articles)
    keys = [{f.text for f in facts.get(a.url, []) if is_distinctive(f)} for a in articles]
    index = {a.url: i for i, a in enumerate(articles)}
    linked = [[False] * n for _ in range(n)]
    strength: list[tuple[float, int, int]] = []
    for i in range(n):
        for j in range(i + 1, n):
            if same_article_pages(articles[i], articles[j]):
                linked[i][j] = linked[j][i] = True
                strength.append((3.0, i, j))
    for a_url, b_url, score in find_duplicate_pairs(articles, near_dup_threshold):
        i, j = index[a_url], index[b_url]
        linked[i][j] = linked[j][i] = True
        strength.append((2.0 + score, i, j))
    for i in range(n):
        for j in range(i + 1, n):
            if not linked[i][j] and _linked(articles[i], articles[j], sim[i][j], keys[i] & keys[j]):
                linked[i][j] = linked[j][i] = True
                strength.append((sim[i][j] + 0.1 * len(keys[i] & keys[j]), i, j))
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in sorted(strength, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi == gj or not _dense_enough(members[gi], members[gj], linked):
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
    return [[articles[k] for k in sorted(ks)] for ks in members.values()]


_PAGE_SUFFIX = re.compile(r"(?:[_-]\d{1,2})?(\.[a-z]+)?$")


def same_article_pages(a: Article, b: Article) -> bool:
    """Return whether two articles are pages of one (t2026_1.html is page 2 of t2026.html,
    c1004-405-2.html of c1004-405.html) under the same headline."""
    if a.url == b.url or squash(a.title) != squash(b.title):
        return False
    return _PAGE_SUFFIX.sub(r"\1", a.url) == _PAGE_SUFFIX.sub(r"\1", b.url)


def _dense_enough(a: list[int], b: list[int], linked: list[list[bool]]) -> bool:
    pairs = len(a) * len(b)
    links = sum(linked[i][j] for i in a for j in b)
    return links / pairs >= MIN_CROSS_LINK_DENSITY


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
    """Return the thread's original: not a reprint or commentary, earliest, most authoritative,
    and not a copy of another page with lines added (a portal's reprint keeps the original's
    text and adds a header or a sentence)."""
    def key(a: Article) -> tuple[int, int, int, object, float, int, int]:
        return (
            int(is_reprint(a)),
            int(is_commentary(a)),
            int(_is_later_page(a, group)),
            a.published,
            -AUTHORITY_WEIGHT[a.authority],
            int(_copies_another(a, group)),
            -len(a.text),
        )

    return min(group, key=key)


def _is_later_page(article: Article, group: Sequence[Article]) -> bool:
    """Return whether article is page 2, 3, … of another article in the group."""
    return any(same_article_pages(article, other) and len(article.url) > len(other.url)
               for other in group)


def _copies_another(article: Article, group: Sequence[Article]) -> bool:
    """Return whether article holds another, shorter page's text almost whole."""
    return any(
        other is not article and len(other.text) < len(article.text)
        and containment(other, article) >= COPY_CONTAINMENT
        for other in group
    )
