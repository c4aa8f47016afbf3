"""Full-text search over articles and briefs.

FTS5's trigram tokenizer finds nothing for two-character queries such as 电力 or 算力, so
the indexed text is jieba-segmented (search mode, tokens joined by spaces) under the
unicode61 tokenizer and queries are segmented the same way. PostgreSQL indexes the same
segmented text as a ``tsvector`` under the ``simple`` configuration (whose parser splits
on the spaces and keeps CJK words whole) and ranks with ts_rank, title weighted as here.
Snippets are cut from the original text in Python, because the search-mode token stream
repeats overlapping words and cannot be turned back into readable text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

from ..text import jieba_module, search_words
from .connection import StoreBase
from .dialect import Connection

HIGHLIGHT = ("【", "】")
SNIPPET_CHARS = 80
ELLIPSIS = "…"
TITLE_WEIGHT = 5.0


class SearchHit(NamedTuple):
    """An article found by `Store.search_articles`; rank is FTS5 bm25 (lower is better)."""

    url: str
    title: str
    snippet: str
    rank: float


class BriefHit(NamedTuple):
    """A brief (its latest revision) found by `Store.search_briefs`."""

    brief_date: date
    title: str
    snippet: str
    rank: float


# --- Chinese segmentation -------------------------------------------------------------


def _is_word(token: str) -> bool:
    return token.isalnum() or any(ch.isalnum() for ch in token)  # most tokens are all alnum


def segment(text: str) -> list[str]:
    """Return jieba's search-mode words of text (sub-words included), without punctuation."""
    if not text or not text.strip():
        return []
    return [w.strip() for w in jieba_module().lcut_for_search(text) if _is_word(w)]


INDEX_MAX_CHARS = 30_000  # a multi-megabyte article is indexed by its beginning (stored whole)


def _indexed(text: str) -> str:
    return " ".join(segment(text[:INDEX_MAX_CHARS]))


def _match_expression(terms: Sequence[str]) -> str:
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _match_argument(dialect: str, terms: Sequence[str]) -> str:
    """Return the query parameter: an FTS5 MATCH expression, or plainto_tsquery's text."""
    return _match_expression(terms) if dialect == "sqlite" else " ".join(terms)


def _query_terms(query: str) -> list[str]:
    return list(dict.fromkeys(segment(query)))


def make_snippet(
    text: str, terms: Sequence[str], mark: tuple[str, str] = HIGHLIGHT, width: int = SNIPPET_CHARS
) -> str:
    """Return about `width` characters of text around the most query terms, each hit marked."""
    flat = " ".join(text.split())
    if not terms:
        return flat[:width] + (ELLIPSIS if len(flat) > width else "")
    pattern = re.compile(
        "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True)), re.IGNORECASE
    )
    hits = list(pattern.finditer(flat))
    if not hits:
        return flat[:width] + (ELLIPSIS if len(flat) > width else "")
    lead = width // 4
    best_start, best_count = 0, -1
    for hit in hits:
        start = max(0, hit.start() - lead)
        count = len(
            {h.group().casefold() for h in hits if start <= h.start() and h.end() <= start + width}
        )
        if count > best_count:
            best_start, best_count = start, count
    end = min(len(flat), best_start + width)
    inside = [h for h in hits if h.end() > best_start and h.start() < end]
    start = min([best_start, *(h.start() for h in inside)])
    end = max([end, *(h.end() for h in inside)])
    out, pos = [], start
    for h in inside:
        out += [flat[pos : h.start()], mark[0], h.group(), mark[1]]
        pos = h.end()
    out.append(flat[pos:end])
    return (ELLIPSIS if start > 0 else "") + "".join(out) + (ELLIPSIS if end < len(flat) else "")


# --- Indexing --------------------------------------------------------------------------


def _brief_text(data: Mapping[str, Any]) -> tuple[str, str]:
    """Return (title, body) of a brief dict: the summary, section titles and paragraphs."""
    parts = [str(data.get("summary", ""))]
    for section in data.get("sections", ()):
        parts.append(str(section.get("title", "")))
        parts.extend(str(p) for p in section.get("paragraphs", ()))
    return str(data.get("title", "")), "\n".join(p for p in parts if p)


def indexed_words(words: str) -> str:
    """Return the indexed form of a text from its `text.cut_words` (no second jieba pass)."""
    return " ".join(w for w in search_words(words) if _is_word(w))


def index_entry(title: str, text: str, words: str = "") -> tuple[str, str]:
    """Return the segmented title and text articles_fts holds for an article (`words`, the
    text's `cut_words` when already known, saves segmenting the text again)."""
    return _indexed(title), indexed_words(words) if words else _indexed(text)


def index_article(conn: Connection, rowid: int, title: str, text: str, words: str = "",
                  entry: tuple[str, str, str] | tuple[()] = ()) -> None:
    """Add an article's segmented title and text to articles_fts under its rowid: `entry`
    when it was made for this title (`Article.index_entry`, made in an extraction worker),
    else `index_entry` of title, text and words."""
    if entry and entry[0] == title:
        fields = entry[1], entry[2]
    else:
        fields = index_entry(title, text, words)
    conn.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", (rowid, *fields))


def index_brief(conn: Connection, day: str, data: Mapping[str, Any]) -> None:
    """Replace the day's entry in briefs_fts with the segmented text of a brief dict."""
    title, body = _brief_text(data)
    conn.execute("DELETE FROM briefs_fts WHERE brief_date = ?", (day,))
    conn.execute(
        "INSERT INTO briefs_fts (brief_date, title, text) VALUES (?, ?, ?)",
        (day, _indexed(title), _indexed(body)),
    )


# --- Searching -------------------------------------------------------------------------


ARTICLES_MATCH_SQL = (
    f"SELECT a.url, a.title, a.text, bm25(articles_fts, {TITLE_WEIGHT}, 1.0) AS r"
    " FROM articles_fts JOIN articles AS a ON a.id = articles_fts.rowid"
    " WHERE articles_fts MATCH ? ORDER BY r LIMIT ?"
)
BRIEFS_MATCH_SQL = (
    f"SELECT f.brief_date, b.json, bm25(briefs_fts, 0.0, {TITLE_WEIGHT}, 1.0) AS r"
    " FROM briefs_fts AS f JOIN briefs AS b ON b.brief_date = f.brief_date"
    " AND b.revision = (SELECT max(revision) FROM briefs WHERE brief_date = f.brief_date)"
    " WHERE briefs_fts MATCH ? ORDER BY r LIMIT ?"
)
# ts_rank weights are {D, C, B, A}: the title ('A') counts TITLE_WEIGHT times the text ('B');
# ranks are negated so that, as with bm25, lower is better.
PG_WEIGHTS = f"'{{0, 0, {1 / TITLE_WEIGHT}, 1}}'"
PG_ARTICLES_MATCH_SQL = (
    f"SELECT a.url, a.title, a.text, -ts_rank({PG_WEIGHTS}, f.doc, q) AS r"
    " FROM articles_fts AS f JOIN articles AS a ON a.id = f.rowid,"
    " plainto_tsquery('simple', ?) AS q"
    " WHERE f.doc @@ q ORDER BY r, a.id LIMIT ?"
)
PG_BRIEFS_MATCH_SQL = (
    f"SELECT f.brief_date, b.json, -ts_rank({PG_WEIGHTS}, f.doc, q) AS r"
    " FROM briefs_fts AS f JOIN briefs AS b ON b.brief_date = f.brief_date"
    " AND b.revision = (SELECT max(revision) FROM briefs WHERE brief_date = f.brief_date),"
    " plainto_tsquery('simple', ?) AS q"
    " WHERE f.doc @@ q ORDER BY r, f.brief_date DESC LIMIT ?"
)
MATCH_SQL = {
    "sqlite": {"articles": ARTICLES_MATCH_SQL, "briefs": BRIEFS_MATCH_SQL},
    "postgresql": {"articles": PG_ARTICLES_MATCH_SQL, "briefs": PG_BRIEFS_MATCH_SQL},
}


class SearchMixin(StoreBase):
    """Searching the full-text indexes, and rebuilding them."""

    def _matches(self, what: str, query: str, limit: int) -> tuple[list[str], list[Any]]:
        """Return the query's terms and the rows of `what` found for them (none without terms)."""
        terms = _query_terms(query)
        if not terms:
            return terms, []
        name = self.dialect.name
        sql = MATCH_SQL[name][what]
        with self._read(f"search {what} for {query!r}") as conn:
            return terms, conn.execute(sql, (_match_argument(name, terms), limit)).fetchall()

    def search_articles(
        self, query: str, limit: int = 20, *, mark: tuple[str, str] = HIGHLIGHT
    ) -> list[SearchHit]:
        """Return articles whose title or text has every word of query, best first.

        The snippet is plain text with each hit wrapped in mark (a web page can pass
        private-use characters, HTML-escape, then swap them for <mark> tags).
        """
        terms, rows = self._matches("articles", query, limit)
        return [SearchHit(r[0], r[1], make_snippet(r[2], terms, mark), r[3]) for r in rows]

    def search_briefs(
        self, query: str, limit: int = 20, *, mark: tuple[str, str] = HIGHLIGHT
    ) -> list[BriefHit]:
        """Return days whose latest brief revision has every word of query, best first."""
        terms, rows = self._matches("briefs", query, limit)
        hits = []
        for day, text, rank in rows:
            title, body = _brief_text(json.loads(text))
            hits.append(
                BriefHit(date.fromisoformat(day), title, make_snippet(body, terms, mark), rank)
            )
        return hits

    def rebuild_search_index(self) -> None:
        """Re-segment every article and latest brief into the full-text indexes."""
        with self._transaction("rebuild the search index") as conn:
            conn.execute("DELETE FROM articles_fts")
            for rowid, title, text in conn.execute(
                "SELECT id, title, text FROM articles"
            ).fetchall():
                index_article(conn, rowid, title, text)
            conn.execute("DELETE FROM briefs_fts")
            latest = conn.execute(
                "SELECT brief_date, json FROM briefs AS b"
                " WHERE revision = (SELECT max(revision) FROM briefs WHERE brief_date = b.brief_date)"
            ).fetchall()
            for day, text in latest:
                index_brief(conn, day, json.loads(text))
