"""Identity keys of a storyline across days, none of which depends on the host or port a
page was fetched from: the page's path, a hash of its text, MinHash bands of its text (near
duplicates share bands), its own 《documents》 and 文号, and its distinctive figures."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable

from ..analyse.facts import DOCUMENT, is_distinctive
from ..analyse.features import empty_minhash
from ..models import Article, Fact, FactKind, Story
from ..text import squash
from ..urls import page_key

PATH = "p:"
TEXT = "h:"
BAND = "b:"
DOCUMENT_KEY = "d:"
NUMBER = "n:"
FIGURE = "f:"
__all__ = ["article_keys", "band_keys", "page_key", "story_keys"]

LEAD_CHARS = 300  # a page names its own document and number near its top
MIN_DOCUMENT_CHARS = 8  # 《通知》 alone names nothing
NUM_PERM = 100
BANDS = 20  # 20 bands of 5 rows: pages with Jaccard >= 0.8 share several bands
SHINGLE = 3
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[［(（]\d{4}[〕\]］)）]\d{1,4}号")
_NOISE = re.compile(r"[\s\u3000，。、；：！？“”‘’（）()《》【】,.;:!?\"'-]+")


def text_hash(text: str) -> str:
    return hashlib.sha1(squash(text).encode("utf-8")).hexdigest()[:16]


@functools.lru_cache(maxsize=20_000)  # a run asks twice per article (history, then remember)
def band_keys(text: str) -> tuple[str, ...]:
    """Return the MinHash band keys of a text: near-duplicate texts share some of them."""
    clean = _NOISE.sub("", text)
    grams = {clean[i:i + SHINGLE] for i in range(max(1, len(clean) - SHINGLE + 1))}
    mh = empty_minhash(NUM_PERM, seed=7)  # the seed stored band keys were made with
    mh.update_batch(g.encode("utf-8") for g in grams)
    rows = NUM_PERM // BANDS
    values = mh.hashvalues
    return tuple(
        f"{BAND}{b}:" + hashlib.sha1(values[b * rows:(b + 1) * rows].tobytes()).hexdigest()[:12]
        for b in range(BANDS)
    )


def own_documents(article: Article) -> set[str]:
    """Return the 《documents》 and 文号 an article is about: in its headline, its metadata
    table's 文号 (Article.doc_number) or its lead."""
    head = article.title + "\n" + article.doc_number + "\n" + article.text[:LEAD_CHARS]
    docs = {squash(d) for d in DOCUMENT.findall(head) if len(d) >= MIN_DOCUMENT_CHARS}
    return {DOCUMENT_KEY + d for d in docs} | {NUMBER + squash(m) for m in DOCUMENT_NUMBER.findall(head)}


def figure_keys(facts: Iterable[Fact]) -> set[str]:
    return {FIGURE + squash(f.text) for f in facts if f.kind is FactKind.FIGURE and is_distinctive(f)}


def article_keys(article: Article, facts: Iterable[Fact] = ()) -> set[str]:
    """Return every identity key of one article."""
    return ({PATH + page_key(article.url), TEXT + text_hash(article.text)}
            | set(band_keys(article.title + article.text)) | own_documents(article)
            | figure_keys(facts))


def story_keys(story: Story) -> set[str]:
    """Return the identity keys of a storyline: those of all its articles."""
    facts_of: dict[str, list[Fact]] = {}
    for fact in story.facts:
        facts_of.setdefault(fact.article_url, []).append(fact)
    keys: set[str] = set()
    for article in story.articles:
        keys |= article_keys(article, facts_of.get(article.url, ()))
    return keys


def is_rich_figure(key: str) -> bool:
    """Return whether a figure key is specific (a decimal, 万/亿, or a value of 100 or more):
    two storylines sharing one such figure are likelier the same than sharing 10%."""
    text = key[len(FIGURE):]
    number = re.match(r"\d+(?:\.\d+)?", text)
    return "." in text or "万" in text or "亿" in text or bool(number and float(number.group(0)) >= 100)
