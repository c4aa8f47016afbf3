"""Reprints and near-duplicates: MinHash over character shingles, so a story is told once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from datasketch import MinHashLSH

from ..models import Article
from .features import NUM_PERM, TextFeatures, features_by_url, shingles_of


def find_duplicate_pairs(
    articles: Sequence[Article], threshold: float, features: Mapping[str, TextFeatures] | None = None
) -> list[tuple[str, str, float]]:
    """Return (url_a, url_b, estimated Jaccard) for article pairs above the threshold.

    MinHash LSH gives the candidate pairs (no pair of articles is compared otherwise).
    """
    feats = features_by_url(articles, features)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    for url, f in feats.items():
        lsh.insert(url, f.minhash)
    pairs = []
    for url, f in feats.items():
        for other in lsh.query(f.minhash):
            if other > url:
                score = f.minhash.jaccard(feats[other].minhash)
                if score >= threshold:
                    pairs.append((url, other, score))
    return sorted(pairs)


def containment(a: Article, b: Article, features: Mapping[str, TextFeatures] | None = None) -> float:
    """Return the share of a's shingles found in b (a reprint with additions still scores high)."""
    ga = features[a.url].shingles if features and a.url in features else shingles_of(a.text)
    gb = features[b.url].shingles if features and b.url in features else shingles_of(b.text)
    return shingle_containment(ga, gb)


def shingle_containment(ga: frozenset[str], gb: frozenset[str]) -> float:
    """Return the share of shingles ga found in gb."""
    return len(ga & gb) / max(1, len(ga))
