"""Reprints and near-duplicates: MinHash over character shingles, so a story is told once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

from ..models import Article

SHINGLE_CHARS = 3  # character 3-grams: robust to small edits in Chinese text
NUM_PERM = 128
_NOISE = re.compile(r"[\s\u3000，。、；：！？“”‘’（）()《》【】,.;:!?\"'-]+")


def _minhash(text: str) -> MinHash:
    mh = MinHash(num_perm=NUM_PERM, seed=42)
    mh.update_batch(g.encode("utf-8") for g in _grams(text))
    return mh


def find_duplicate_pairs(
    articles: Sequence[Article], threshold: float
) -> list[tuple[str, str, float]]:
    """Return (url_a, url_b, estimated Jaccard) for article pairs above the threshold."""
    hashes = {a.url: _minhash(a.title + a.text) for a in articles}
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for url, mh in hashes.items():
        lsh.insert(url, mh)
    pairs = []
    for url, mh in hashes.items():
        for other in lsh.query(mh):
            if other > url:
                score = mh.jaccard(hashes[other])
                if score >= threshold:
                    pairs.append((url, other, score))
    return sorted(pairs)


def containment(a: Article, b: Article) -> float:
    """Return the share of a's shingles found in b (a reprint with additions still scores high)."""
    ga, gb = _grams(a.text), _grams(b.text)
    return len(ga & gb) / max(1, len(ga))


@lru_cache(maxsize=512)
def _grams(text: str) -> frozenset[str]:
    """Return the character shingles of a text (cached: clustering asks for each pair)."""
    clean = _NOISE.sub("", text)
    return frozenset(clean[i:i + SHINGLE_CHARS] for i in range(max(1, len(clean) - SHINGLE_CHARS + 1)))
