"""What dedup and clustering read from each text, computed once per article and reused.

A text's character shingles (for containment), its MinHash (for near-duplicate candidates)
and its meaningful jieba tokens (for TF-IDF) are built here once; the tokens come from the
words segmented at extraction (`Article.words`), so jieba does not run on the text again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from datasketch import MinHash

from ..models import Article
from ..text import cut_words

SHINGLE_CHARS = 3  # character 3-grams: robust to small edits in Chinese text
NUM_PERM = 128
_NOISE = re.compile(r"[\s\u3000，。、；：！？“”‘’（）()《》【】,.;:!?\"'-]+")


@dataclass(frozen=True, slots=True)
class TextFeatures:
    """One article's shingles (of the body), MinHash (of headline + body) and tokens."""

    shingles: frozenset[str]
    minhash: MinHash
    tokens: tuple[str, ...]  # meaningful jieba tokens of the headline (three times) and body


def shingles_of(text: str) -> frozenset[str]:
    """Return the character shingles of a text, punctuation and spaces left out."""
    clean = _NOISE.sub("", text)
    return frozenset(clean[i:i + SHINGLE_CHARS] for i in range(max(1, len(clean) - SHINGLE_CHARS + 1)))


@functools.cache
def _template(num_perm: int, seed: int) -> MinHash:
    return MinHash(num_perm=num_perm, seed=seed)


def empty_minhash(num_perm: int = NUM_PERM, seed: int = 42) -> MinHash:
    """Return an empty MinHash sharing one template's permutations per (num_perm, seed)
    (making them costs about 0.5 ms, more than hashing a short text)."""
    t = _template(num_perm, seed)
    return MinHash(num_perm=num_perm, seed=seed, permutations=t.permutations, scheme=t.scheme)


def minhash_of(shingles: Iterable[str]) -> MinHash:
    mh = empty_minhash()
    mh.update_batch([g.encode("utf-8") for g in shingles])
    return mh


def meaningful(words: Iterable[str]) -> list[str]:
    """Return the tokens that carry meaning (no punctuation, no single digits or letters)."""
    return [t for t in words if len(t) > 1 or "\u4e00" <= t <= "\u9fff"]


def features_of(article: Article) -> TextFeatures:
    """Return an article's features (segmenting the text only if extraction did not)."""
    body = shingles_of(article.text)
    headed = body | shingles_of(article.title + article.text[:10])
    words = (article.words or cut_words(article.text)).split()
    title = meaningful(cut_words(article.title).split())
    return TextFeatures(shingles=body, minhash=minhash_of(headed), tokens=tuple(title * 3 + meaningful(words)))


def features_by_url(articles: Iterable[Article], known: Mapping[str, TextFeatures] | None = None
                    ) -> dict[str, TextFeatures]:
    """Return url → features for the articles, reusing those in known."""
    known = known or {}
    return {a.url: known.get(a.url) or features_of(a) for a in articles}
