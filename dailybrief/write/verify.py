"""Check a writer's text against the cited pages: every figure, date, 《document》 and body.

`find_unsupported(text, sources)` returns each claim in `text` (found by claims.py: a number
with its unit, a date, a title in 《》, a named body) that no source states, with the reason
and the closest thing the sources do say. Pure functions; the writer and the grounding check
both use them.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from ..analyse.facts import article_numbers_in, doc_numbers_in, persons_in
from ..models import Reference, SectionDraft
from .alignment import alignment_claims
from .claims import (
    MIN_BODY_CHARS,
    Claim,
    Quantity,
    as_written,
    body_name,
    body_spans,
    claims_of,
    ends_with_leader,
    figure_as_written,
    find_claims,
    is_generic,
    mask_documents,
    normalize,
    sentences_of,
)
from .support import (
    AROUND_ALIGNED,
    SentenceIndex,
    best_alignment,
    build_index,
    unit_key,
    unsupported_in,
)

__all__ = [
    "Claim",
    "Evidence",
    "build_evidence",
    "find_claims",
    "find_unsupported",
    "normalize",
    "numbers_supported",
    "reference_line",
    "remove_unsupported",
    "sentences_of",
    "sources_stating",
    "same_figure",
    "support_pages",
    "support_texts",
]

_QUOTES = re.compile(r"[\"'“”‘’「」『』〈〉<>]")
_PARTS = re.compile(r"[^；;]+[；;]?")  # a 摘要 sentence may speak of two sections, one per part
PLACE_LEVELS = ("省", "市", "区", "县", "自治区")
MAX_PLACE_CHARS = 4  # 内蒙古, 黑龙江, 石家庄 …


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the cited pages state, indexed once so many texts can be checked against it."""

    joined: str
    joined_unquoted: str
    quantities: tuple[Quantity, ...]
    dates: tuple[frozenset[tuple[int | None, int | None, int | None]], ...]
    years: tuple[frozenset[int], ...]
    body_tails: frozenset[str]
    body_names: tuple[str, ...]
    documents: tuple[str, ...]
    raw: str = ""  # the sources as given, joined (for checks of wording, not of claims)
    # Sentence indexes of the pages a text may draw on; a sentence must hold within one of them.
    indexes: tuple[SentenceIndex, ...] = ()


# --- evidence and checks ------------------------------------------------------------------


def build_evidence(sources: Iterable[str],
                   groups: Sequence[Sequence[tuple[str, str]]] = ()) -> Evidence:
    """Return the index of what the sources state (build once, check many texts). `groups`:
    pages as (text, reference line), one group per section, for sentence-level support."""
    sources_list = list(sources)
    texts = [normalize(s) for s in sources_list]
    quantities: list[Quantity] = []
    dates, years, names, documents = [], [], [], []
    tails: set[str] = set()
    for text in texts:
        claims = claims_of(text)
        quantities.extend(claims.quantities)
        dates.append(frozenset((y, m, d) for y, m, d, _ in claims.dates))
        years.append(frozenset(y for y, _, _, _ in claims.dates if y is not None))
        documents.extend(claims.documents)
        for start, end in body_spans(mask_documents(text)):
            run = text[start:end]
            tails.update(run[i:] for i in range(len(run) - MIN_BODY_CHARS + 1))
    for source in sources_list:
        display = mask_documents(normalize(source, aliases=False))
        names.extend(body_name(display[a:b]) for a, b in body_spans(display))
        publisher = REFERENCE_LINE.match(source)
        if publisher:  # an outlet named by its reference (新质前沿网), whatever its name ends with
            name = normalize(publisher.group(1))
            names.append(name)
            tails.update(name[i:] for i in range(len(name) - MIN_BODY_CHARS + 1))
    joined = "\n".join(texts)
    return Evidence(
        joined=joined,
        joined_unquoted=_QUOTES.sub("", joined),
        quantities=tuple(quantities),
        dates=tuple(dates),
        years=tuple(years),
        body_tails=frozenset(tails),
        body_names=tuple(dict.fromkeys(names)),
        documents=tuple(dict.fromkeys(documents)),
        raw="\n".join(sources_list),
        indexes=tuple(build_index(g) for g in groups),
    )


def _as_evidence(sources: Sequence[str] | Evidence) -> Evidence:
    return sources if isinstance(sources, Evidence) else build_evidence(sources)


def find_unsupported(text: str, sources: Sequence[str] | Evidence, *,
                     analysis: bool = False, role: str = "facts") -> list[Claim]:
    """Return each figure, date, 《document》 and body in text that no source states, with why;
    with sentence indexes, also each claim no aligned source sentence states (support.py)."""
    evidence = _as_evidence(sources)
    out: list[Claim] = []
    for sentence in sentences_of(text):
        out.extend(_unsupported_in_sentence(sentence, evidence, analysis, role))
    return out


def _unsupported_in_sentence(sentence: str, ev: Evidence, analysis: bool = False,
                             role: str = "facts") -> list[Claim]:
    """Return the claims of one sentence no source states; `role` (facts, analysis, title,
    summary) says how far its wording may depart from the source sentences (alignment.py)."""
    role = "analysis" if analysis else role
    out = _unsupported_on_pages(sentence, ev)
    if ev.indexes and not out:
        for part in _PARTS.findall(sentence):
            # a part holds within the pages it draws on: not vacuously within pages it does not align with
            aligned = [i for i in ev.indexes if best_alignment(part, i) >= AROUND_ALIGNED] or ev.indexes
            found = [unsupported_in(part, index, analysis=analysis) + _unaligned(part, index, role)
                     for index in aligned]
            out.extend(min(found, key=len))
    return out


def _unaligned(part: str, index: SentenceIndex, role: str) -> list[Claim]:
    """Return what a sentence adds to or leaves out of the source sentences it aligns with."""
    return alignment_claims(part, normalize(part), [src.text for src in index.sentences], index.names, role=role,
                            pages=[src.page for src in index.sentences])


def _unsupported_on_pages(sentence: str, ev: Evidence) -> list[Claim]:
    claims = claims_of(normalize(sentence))
    out = [_number_claim(q, sentence, ev) for q in claims.quantities if not _has_quantity(q, ev)]
    out += [Claim("number", t, sentence, f"figure {t} is not in the cited pages")
            for t in claims.identifiers if t.lower() not in ev.joined.lower()]
    out += [Claim("date", d[3], sentence, f"date {d[3]} is not in the cited pages")
            for d in claims.dates if not _has_date(d[:3], ev)]
    out += [_document_claim(d, sentence, ev) for d in claims.documents if not _has_document(d, ev)]
    out += [_body_claim(b, sentence, ev) for b in claims.bodies
            if not _is_known_body(b, ev) and not is_generic(b)]
    return out + _unsupported_identifiers(sentence, ev)


def _unsupported_identifiers(sentence: str, ev: Evidence) -> list[Claim]:
    """Return the document numbers (国办发〔2027〕15号, 第368号), article numbers (第十五条) and
    named speakers (司长陈家和) of a sentence that no source states as such: their figures
    alone may be on the page (15个, 十五条) without licensing them."""
    keys = _identifier_keys(ev.joined) | _identifier_keys(ev.raw)
    written = unicodedata.normalize("NFKC", sentence)
    out = [Claim("number", t, sentence, f"document number {t} is not in the cited pages")
           for t in doc_numbers_in(written) if _identifier_key(t) not in keys]
    out += [Claim("number", t, sentence, f"article {t} is not in the cited pages")
            for t in article_numbers_in(written) if _identifier_key(t) not in keys]
    out += [Claim("report", name, sentence, f"speaker {title}{name} is not named in the cited pages")
            for name, title in persons_in(written) if name not in ev.raw and name not in ev.joined]
    return out


_ORDINAL = re.compile(r"第([\d零〇一二两三四五六七八九十百千]+)(号|条|款)")
_BRACKETED = re.compile(r"([\u4e00-\u9fa5]{0,2})[〔\[［(（](\d{4})[〕\]］)）]第?(\d+)号")
PREFIX_KEY_CHARS = 2  # 鲁政发 and 依据鲁政发 are one number; 国办发 and 鲁政发 are two


def _identifier_key(literal: str) -> str:
    """Return a document or article number as compared: brackets and the words in front of the
    issuer's abbreviation dropped (its last two characters kept), 第十五条 = 第15条."""
    m = _BRACKETED.search(literal)
    if m:
        return f"{m.group(1)[-PREFIX_KEY_CHARS:]}{m.group(2)}-{int(m.group(3))}号"
    ordinal = _ORDINAL.search(literal)
    return f"第{_cn_int(ordinal.group(1))}{ordinal.group(2)}" if ordinal else literal


def _cn_int(numeral: str) -> str:
    if numeral.isdigit():
        return str(int(numeral))
    try:
        return str(int(cn2an.cn2an(numeral, "normal")))
    except (ValueError, KeyError, IndexError):
        return numeral


@lru_cache(maxsize=32)
def _identifier_keys(joined: str) -> frozenset[str]:
    return frozenset(_identifier_key(t) for t in (*doc_numbers_in(joined), *article_numbers_in(joined)))


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)


def same_figure(a: Quantity, b: Quantity) -> bool:
    """Return whether two figures are the same: value, unit, and for counts the classifier
    (0.2亿千瓦 = 2000万千瓦, 百分之七十 = 70%; 500家 ≠ 500台; 20 ≠ 20个)."""
    return _same_value(a.value, b.value) and unit_key(a.text, a.unit) == unit_key(b.text, b.unit)


def _has_quantity(q: Quantity, ev: Evidence) -> bool:
    return any(same_figure(q, s) for s in ev.quantities)


def _number_claim(q: Quantity, sentence: str, ev: Evidence) -> Claim:
    near = [s.text for s in ev.quantities if s.unit == q.unit and q.unit][:4]
    same_value = [s.text for s in ev.quantities if _same_value(s.value, q.value)][:2]
    text = figure_as_written(q.text, sentence)
    if same_value:
        reason = f"figure {text} is not in the cited pages with this unit (they say {'、'.join(same_value)})"
    else:
        reason = f"figure {text} is not in the cited pages"
    return Claim("number", text, sentence, reason, "、".join(dict.fromkeys(same_value or near)))


def _has_date(d: tuple[int | None, int | None, int | None], ev: Evidence) -> bool:
    year, month, day = d
    for dates, years in zip(ev.dates, ev.years, strict=True):
        if month is None:
            if year in years:
                return True
            continue
        for sy, sm, sd in dates:
            if sm != month or (day is not None and sd != day):
                continue
            if year is None or sy == year or (sy is None and year in years):
                return True
    return False


def _document_key(document: str) -> str:
    return _QUOTES.sub("", document.strip("《》"))


# What a writer may leave off the end of a title: the years it covers (（2026—2028年）), not a
# stage (（征求意见稿）, （草案）, （试行）) that says what the document is.
_TITLE_YEARS = re.compile(r"[（(][\d年至—–\-~～]+[）)]")


def _has_document(document: str, ev: Evidence) -> bool:
    """Return whether the sources have this title whole: 《X》 itself, or X followed by no
    more than the years it covers (《X（2026—2028年）》)."""
    key = _document_key(document)
    text = ev.joined_unquoted
    for m in re.finditer(re.escape(key), text):
        rest = text[m.end():m.end() + 20]
        end = rest.find("》")
        if end < 0 or end == 0 or _TITLE_YEARS.fullmatch(rest[:end]):
            return True
    return False


def _document_claim(document: str, sentence: str, ev: Evidence) -> Claim:
    close = difflib.get_close_matches(document, ev.documents, n=1, cutoff=0.4)
    return Claim("document", document, sentence, f"document {document} is not in the cited pages",
                 close[0] if close else "")


def _body_claim(candidate: str, sentence: str, ev: Evidence) -> Claim:
    name = as_written(body_name(candidate), normalize(sentence, aliases=False))
    close = difflib.get_close_matches(name, ev.body_names, n=1, cutoff=0.5)
    reason = f"body {name} is not named in the cited pages"
    if close:
        reason += f" (they name {close[0]})"
    return Claim("body", name, sentence, reason, close[0] if close else "")


def _is_known_body(candidate: str, ev: Evidence) -> bool:
    """Return whether the sources name this body: a tail of it is theirs, and what is in front
    of that tail is a function word or verb (由, 和, 印发 …), not more of a different name —
    or a place the sources name (浙江 + 省经信厅 when they say 浙江省 and 省经信厅)."""
    for i in range(len(candidate) - MIN_BODY_CHARS + 1):
        tail, rest = candidate[i:], candidate[:i]
        if tail in ev.body_tails and (ends_with_leader(rest) or _is_named_place(rest, tail, ev)):
            return True
    return False


def _is_named_place(rest: str, tail: str, ev: Evidence) -> bool:
    if not tail.startswith(PLACE_LEVELS):
        return False
    for k in range(2, min(len(rest), MAX_PLACE_CHARS) + 1):
        if rest[-k:] + tail[0] in ev.joined and ends_with_leader(rest[:-k]):
            return True
    return False


# --- helpers for writers ------------------------------------------------------------------


def support_texts(draft: SectionDraft) -> list[str]:
    """Return what a section may state: its cited pages, and each reference's publisher,
    publication date and title (a writer may say 国家能源局5月29日发布《…》)."""
    return [text for _, text in draft.sources] + [reference_line(r) for r in draft.references]


def support_pages(draft: SectionDraft) -> list[tuple[str, str]]:
    """Return a section's cited pages as (text, reference line), for sentence-level support."""
    lines = {r.n: reference_line(r) for r in draft.references}
    return [(text, lines.get(n, "")) for n, text in draft.sources]


REFERENCE_LINE = re.compile(r"^(\S{2,40}) \d{4}年\d{1,2}月\d{1,2}日 《")  # as reference_line writes it


def reference_line(ref: Reference) -> str:
    """Return a reference's publisher, date and title as a line of support text."""
    day = ref.published
    return f"{ref.publisher} {day.year}年{day.month}月{day.day}日 《{ref.title}》"


def numbers_supported(text: str, sources: Sequence[str] | Evidence) -> bool:
    """Return whether every figure and date in text is stated by the sources."""
    return not any(c.kind in ("number", "date") for c in find_unsupported(text, sources))


def sources_stating(text: str, sources: Sequence[str]) -> list[int]:
    """Return the indexes of the sources that state at least one figure, date, document or body of text."""
    total = len(find_claims(text))
    if not total:
        return []
    return [i for i, source in enumerate(sources) if len(find_unsupported(text, [source])) < total]


def remove_unsupported(text: str, sources: Sequence[str] | Evidence, *,
                       analysis: bool = False, role: str = "facts") -> tuple[str, list[Claim]]:
    """Return text without the sentences that carry unsupported claims, and those claims."""
    evidence = _as_evidence(sources)
    kept: list[str] = []
    removed: list[Claim] = []
    for sentence in sentences_of(text):
        bad = _unsupported_in_sentence(sentence, evidence, analysis, role)
        if bad:
            removed.extend(bad)
        else:
            kept.append(sentence)
    return _join_sentences(kept), removed


def _join_sentences(sentences: Sequence[str]) -> str:
    text = "".join(sentences)
    return text[:-1] + "。" if text.endswith(("；", "，", "、", "：")) else text
