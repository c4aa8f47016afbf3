"""Storylines: group relevant articles into threads and pick each thread's original."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from ..models import AUTHORITY_WEIGHT, Article, Fact
from ..text import place_names, squash
from ..urls import is_attachment_url
from .dedup import containment, find_duplicate_pairs, shingle_containment
from .facts import is_distinctive
from .features import TextFeatures, features_by_url

TEXT_SIMILARITY_LINK = 0.42  # TF-IDF cosine (jieba tokens) that alone ties two articles
SHARED_FIGURES_LINK = 2  # this many shared distinctive figures tie two articles ...
SHARED_FIGURES_MIN_SIMILARITY = 0.08  # ... when their texts are at least this similar
SHARED_DOCUMENT_MIN_SIMILARITY = 0.15  # a shared 《document》 ties articles above this cosine
ONE_FIGURE_MIN_SIMILARITY = 0.3  # one shared figure ties articles above this cosine
# Calibrated on the two bundled corpora: same-thread pairs share >= 2 distinctive figures
# (or are near-duplicates) while different threads from one site reach a cosine of 0.34.
MIN_CROSS_LINK_DENSITY = 0.4  # share of cross pairs that must be linked to merge two groups
REPRINT_CONTAINMENT = 0.6  # share of one text's shingles found in another: a reprint
COPY_CONTAINMENT = 0.85  # a page holding this share of a shorter page's shingles is its copy
COMMENTARY_TITLE = re.compile(r"解读|答记者问|问答|一图读懂|图解|评论|观察|专家|有关负责人|负责同志|就.{0,30}接受")
# Pages that are about a document rather than news of their own: commentary, and the press
# conference or briefing where officials present it.
ABOUT_TITLE = re.compile(COMMENTARY_TITLE.pattern + r"|发布会|吹风会|评[^价估审选比级分]")
ABOUT_LINK = 2.5  # a page about a document ties to the document's own page before anything else
MIN_NAME_BIGRAMS = 3  # a headline names a document loosely when it shares this many of its bigrams
# Candidate pairs: only pairs that share something specific are ever compared.
ALL_PAIRS_BELOW = 200  # with fewer articles every pair is a candidate (exact, and still cheap)
RARE_DF = 50  # a token or figure found in more articles than this proposes no pairs
DOCUMENT_DF = 2000  # a 《document》 is specific even when many pages name it
MIN_SHARED_RARE_TOKENS = 3  # pairs sharing this many rare tokens are compared
PAIR_CHUNK = 100_000


def tfidf_rows(tokens: Sequence[Sequence[str]]) -> sparse.csr_matrix:
    """Return the l2-normalised TF-IDF rows of token lists (sparse: no n×n matrix anywhere)."""
    vectorizer = TfidfVectorizer(analyzer=list, lowercase=False, sublinear_tf=True)
    return vectorizer.fit_transform(tokens).tocsr()


def pair_cosines(rows: sparse.csr_matrix, pairs: Sequence[tuple[int, int]]) -> list[float]:
    """Return the cosine of each (i, j) pair of l2-normalised rows."""
    out: list[float] = []
    for start in range(0, len(pairs), PAIR_CHUNK):
        chunk = np.asarray(pairs[start:start + PAIR_CHUNK], dtype=np.int64)
        dots = rows[chunk[:, 0]].multiply(rows[chunk[:, 1]]).sum(axis=1)
        out.extend(np.asarray(dots).ravel().tolist())
    return out


def candidate_pairs(
    articles: Sequence[Article], keys: Sequence[frozenset[str]], rows: sparse.csr_matrix
) -> set[tuple[int, int]]:
    """Return the (i, j) pairs, i < j, worth comparing: all of them for a small set, else those
    sharing rare tokens, a distinctive figure or 《document》, or a headline (pages of one article)."""
    n = len(articles)
    if n < ALL_PAIRS_BELOW:
        return {(i, j) for i in range(n) for j in range(i + 1, n)}
    pairs: set[tuple[int, int]] = set()
    present = (rows > 0).astype(np.int32).tocsc()
    df = np.diff(present.indptr)
    rare = present[:, np.flatnonzero((df >= 2) & (df <= RARE_DF))].tocsr()
    shared = sparse.triu(rare @ rare.T, k=1).tocoo()
    keep = shared.data >= MIN_SHARED_RARE_TOKENS
    pairs.update(zip(shared.row[keep].tolist(), shared.col[keep].tolist(), strict=True))
    buckets: dict[str, list[int]] = {}
    for i, a in enumerate(articles):
        for key in keys[i]:
            buckets.setdefault(key, []).append(i)
        buckets.setdefault("title:" + squash(a.title), []).append(i)
    for key, members in buckets.items():
        if len(members) <= (DOCUMENT_DF if key.startswith("《") else RARE_DF):
            pairs.update((members[x], members[y]) for x in range(len(members)) for y in range(x + 1, len(members)))
    return pairs


def group_articles(
    articles: Sequence[Article], facts: dict[str, list[Fact]], near_dup_threshold: float,
    features: Mapping[str, TextFeatures] | None = None,
) -> list[list[Article]]:
    """Return groups of articles that tell one thread.

    Pairs are linked by several signals (near-duplicate text, shared 《documents》 or
    figures, TF-IDF similarity); links are merged strongest first, and two groups merge only
    when enough of their cross pairs are linked, so that one commentary mentioning two
    threads does not chain them into one. Only candidate pairs are compared, and link counts
    between groups are kept as groups merge, so the cost grows with the links, not with n².
    """
    if not articles:
        return []
    feats = features_by_url(articles, features)
    keys = [story_keys(a, facts.get(a.url, [])) for a in articles]
    owns = [own_documents(a) for a in articles]
    keys = [cited_apart(a, k, own) for a, k, own in zip(articles, keys, owns, strict=True)]
    about = [about_document(a, k, own) for a, k, own in zip(articles, keys, owns, strict=True)]
    rows = tfidf_rows([feats[a.url].tokens for a in articles])
    index = {a.url: i for i, a in enumerate(articles)}
    near: dict[tuple[int, int], float] = {}
    for a_url, b_url, score in find_duplicate_pairs(articles, near_dup_threshold, feats):
        i, j = sorted((index[a_url], index[b_url]))
        near[(i, j)] = score
    pairs = sorted(candidate_pairs(articles, keys, rows) | set(near) | attachment_pairs(articles, index))
    strength: list[tuple[float, int, int]] = []
    for (i, j), cosine in zip(pairs, pair_cosines(rows, pairs), strict=True):
        a, b = articles[i], articles[j]
        if same_article_pages(a, b) or a.attached_to == b.url or b.attached_to == a.url:
            strength.append((3.0, i, j))
        elif (about[i] and about[i] in owns[j]) or (about[j] and about[j] in owns[i]):
            strength.append((ABOUT_LINK, i, j))
        elif (_about_another(about[i], keys[i], owns[j]) or _about_another(about[j], keys[j], owns[i])
              or _disagree(a, b, keys[i], keys[j])):
            continue
        elif (i, j) in near:
            strength.append((2.0 + near[(i, j)], i, j))
        elif (_linked(feats[a.url], feats[b.url], cosine, shared := shared_keys(keys[i], keys[j]))
              and not _chance_tie(about[i] or about[j], shared, cosine)):
            strength.append((cosine + 0.1 * len(shared), i, j))
    return [[articles[k] for k in sorted(ks)] for ks in merge_groups(len(articles), strength)]


# a 文号's last two characters of issuer code, year and number: 国办发〔2027〕15号 is keyed
# 办发〔2027〕15号, whatever words run into its code (根据国办发〔2027〕15号文件).
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fa5]{2}[〔\[［][12]\d{3}[〕\]］]\d{1,4}号")
_ISSUER_PREFIX = re.compile(r"^《[^《》]{2,40}?(?=关于)")
_DOCUMENT_TITLE = re.compile(r"关于(?:印发|发布|公布)?(.{4,80}?)的?(?:通知|通告|公告|公示|意见|函|决定|批复)$")
_DOCUMENT_KINDS = re.compile(r"(?:意见|通知|方案|规划|计划|办法|条例|规定|决定|措施|细则|指引|指南|纲要|公示|名单|名录)"
                             r"(?:[（(][^（）()]{2,20}[）)])?$")
# What a 公示 or 公告 puts before the public: 「关于X拟发放名单的公示」 is the page of that 名单.
_LIST_KINDS = re.compile(r"(?:名单|名录|清单|目录)$")


def document_keys(document: str) -> set[str]:
    """Return the keys of a 《document》: its name, and its name from 关于 on, so that
    《国务院办公厅关于X的意见》 and 《关于X的意见》 (the issuer left out, as interpretations and
    reprints do) share one (shared_keys keeps two issuers' 《…关于X》 apart)."""
    return {document, _ISSUER_PREFIX.sub("《", document)}


def shared_keys(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """Return the keys two articles share, less a 《关于X》 that each names with another issuer
    (《浙江省人民政府关于X》, 《江苏省人民政府关于X》: two documents of one name)."""
    shared = a & b
    return frozenset(k for k in shared if not k.startswith("《关于") or not _issued_apart(k, a, b))


def _issued_apart(key: str, a: frozenset[str], b: frozenset[str]) -> bool:
    full_a = {k for k in a if k != key and k.endswith(key[1:])}
    full_b = {k for k in b if k != key and k.endswith(key[1:])}
    return bool(full_a) and bool(full_b) and not full_a & full_b


def title_documents(title: str) -> set[str]:
    """Return the documents a headline is the name of: 国务院办公厅关于X的意见 is 《关于X的意见》,
    ×关于印发Y的通知 also 《Y》 (the page is the document, so it names it nowhere in 《》), and
    ×关于Z名单的公示 also 《Z名单》 (the list it puts before the public, often as its attachment)."""
    clean = squash(title)
    at = clean.find("关于")
    if at < 0 or not _DOCUMENT_KINDS.search(clean) or "《" in clean:
        return set()
    out = {f"《{clean}》", f"《{clean[at:]}》"}
    m = _DOCUMENT_TITLE.search(clean[at:])
    issued = m is not None and clean[at + 2:at + 4] in ("印发", "发布", "公布") and bool(_DOCUMENT_KINDS.search(m.group(1)))
    if m and (issued or _LIST_KINDS.search(m.group(1))):
        out.add(f"《{m.group(1)}》")
    return out


def attachment_document(article: Article) -> set[str]:
    """Return the document an attachment belongs to, so that it shares the key of the notice
    that issues it and joins its storyline: the document it is when its name is a document's
    (….pdf named 「…三年行动计划（2027—2029年）」), else the one its notice's headline names (an
    attachment is headed 「…关于印发X的通知 附件：重点任务分工表」, see collect.attachments)."""
    if not is_attachment_url(article.url):
        return set()
    clean = squash(article.title)
    notice, mark, _ = clean.partition("附件")
    if notice and mark:
        return title_documents(notice)
    if "《" in clean or not _DOCUMENT_KINDS.search(clean):
        return set()
    return {f"《{clean}》"}


def story_keys(article: Article, facts: Sequence[Fact]) -> frozenset[str]:
    """Return the distinctive figures and 《documents》 (by document_keys) an article states,
    with the document its headline names and the 文号 (国办发〔2027〕15号) it prints, in its
    text or its metadata table (Article.doc_number): a notice may cite the document it
    implements by its number alone."""
    docs = {f.text for f in facts if is_distinctive(f) and f.text.startswith("《")} | title_documents(article.title)
    docs |= attachment_document(article)
    keys = {f.text for f in facts if is_distinctive(f) and not f.text.startswith("《")}
    keys |= {k for d in docs for k in document_keys(d)}
    numbers = _DOCUMENT_NUMBER.findall(article.doc_number + "\n" + article.text)
    return frozenset(keys | {"《" + squash(n) + "》" for n in numbers})


def own_documents(article: Article) -> frozenset[str]:
    """Return the keys of the documents a page is (its headline is the document's name, or it
    is an attachment of one): 《…关于印发X的通知》 is the notice and 《X》."""
    docs = title_documents(article.title) | attachment_document(article) | issued_document(article.title)
    return frozenset(k for d in docs for k in document_keys(d))


_ISSUING_HEADLINE = re.compile(r"关于(?:印发|发布|公布)(《[^《》]{2,80}》)的?(?:通知|通告|公告)$")


def issued_document(title: str) -> set[str]:
    """Return the document a notice issues when its headline quotes it:
    「工业和信息化部关于印发《X》的通知」 is the page of 《X》 (「关于贯彻落实《X》的通知」 is not)."""
    m = _ISSUING_HEADLINE.search(squash(title))
    return {m.group(1)} if m else set()


_HEADLINE_DOCUMENT = re.compile(r"《[^《》]{2,80}》")


def headline_documents(article: Article) -> frozenset[str]:
    """Return the keys of the 《documents》 a headline names (「《X》政策解读」 names 《X》)."""
    return frozenset(k for d in _HEADLINE_DOCUMENT.findall(squash(article.title)) for k in document_keys(d))


def cited_apart(article: Article, keys: frozenset[str], own: frozenset[str]) -> frozenset[str]:
    """Return an article's keys, less the local 《documents》 it cites as its basis when it is a
    document of its own: a city's call for projects 「为落实《广东省X》」 is a storyline of its
    own, not a part of the province's plan, unless its headline names it (「关于贯彻落实《X》的
    通知」). A province's document implementing a national one stays in the national storyline
    (「安徽、四川出台落实文件」). The documents a page issues or attaches keep their keys, and
    an attachment keeps them all: it is a part of its notice. The 《X》 stays in its facts."""
    if not own or is_attachment_url(article.url):
        return frozenset(keys | headline_documents(article))
    local = (d for d in basis_documents(article.text) if _LOCAL_DOCUMENT.match(d))
    apart = {k for d in local for k in document_keys(d)} - own - headline_documents(article)
    return frozenset(k for k in keys if k not in apart)


_BASIS = re.compile(r"(?:根据|依据|按照|遵照|贯彻|落实|对照|围绕|结合)(?:[^《》。；]{0,12}?)((?:《[^《》]{2,80}》[、和及与]?)+)")
_LOCAL_DOCUMENT = re.compile(r"《(?:[^《》]{2,4}(?:省|自治区)|[^《》]{2,3}市(?!场))")


def basis_documents(text: str) -> set[str]:
    """Return the 《documents》 a text cites as its basis (根据《X》《Y》, 为贯彻落实《X》)."""
    return {d for m in _BASIS.finditer(squash(text)) for d in _HEADLINE_DOCUMENT.findall(m.group(1))}


_NAME_NOISE = re.compile(r"^《|》$|[（(][^（）()]*[）)]|关于|印发|的通知|行动方案|行动计划|实施方案|方案|计划|意见|通知")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _distinct_documents(keys: Iterable[str]) -> list[str]:
    """Return one key per document: 《关于X》 is left out beside 《国务院办公厅关于X》."""
    keys = set(keys)
    return sorted(k for k in keys if not any(o != k and _ISSUER_PREFIX.sub("《", o) == k for o in keys))


def about_document(article: Article, keys: frozenset[str], own: frozenset[str]) -> str | None:
    """Return the 《document》 a page is about, when it is an interpretation, commentary or
    press conference (or its headline names the document) and not a document itself: the one
    its headline names, else the one whose name its headline shares most words with
    (「人工智能场景推广为何…——评工信部同日印发的两份文件」 is about the AI plan of the two it
    names), else the only one it names."""
    named = headline_documents(article)
    if own or not (named or ABOUT_TITLE.search(article.title)):
        return None
    docs = _distinct_documents(k for k in keys if k.startswith("《") and not _DOCUMENT_NUMBER.search(k))
    if named:
        docs = [d for d in docs if d in named] or sorted(named)
    if len(docs) <= 1:
        return docs[0] if docs else None
    head = _bigrams(squash(article.title))
    overlap = sorted(((len(head & _bigrams(_NAME_NOISE.sub("", d))), d) for d in docs), reverse=True)
    (best, doc), (second, _) = overlap[0], overlap[1]
    if best >= MIN_NAME_BIGRAMS and best >= 2 * second:
        return doc
    return None


def _chance_tie(about: str | None, shared: frozenset[str], cosine: float) -> bool:
    """Return whether a page about a document and another that does not name it meet only on
    one figure and template-like wording (a project's 35.7亿元 beside a policy's 35.7亿元): a
    page about a document ties to pages that name it, or share two figures, or most words."""
    return bool(about) and not any(k.startswith("《") for k in shared) and (
        len(shared) < SHARED_FIGURES_LINK and cosine < TEXT_SIMILARITY_LINK)


def _about_another(about: str | None, keys: frozenset[str], own: frozenset[str]) -> bool:
    """Return whether a page about one document meets the page of another it names too: a
    commentary on two documents sides with the one it is about, and ties no other to it."""
    return bool(about) and about not in own and bool(own & keys)


def attachment_pairs(articles: Sequence[Article], index: Mapping[str, int]) -> set[tuple[int, int]]:
    """Return the pairs of an attachment and the notice page that links it (both in articles):
    an attachment is a part of its notice's storyline whatever it is named."""
    out = set()
    for i, a in enumerate(articles):
        j = index.get(a.attached_to) if a.attached_to else None
        if j is not None and j != i:
            out.add((min(i, j), max(i, j)))
    return out


def merge_groups(n: int, strength: list[tuple[float, int, int]]) -> list[list[int]]:
    """Return groups of 0..n-1 from linked pairs, strongest link first; two groups merge when
    at least MIN_CROSS_LINK_DENSITY of their cross pairs are linked (counts kept per group pair)."""
    group_of = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    links: dict[int, dict[int, int]] = {}
    for _, i, j in strength:
        links.setdefault(i, {})[j] = links.setdefault(i, {}).get(j, 0) + 1
        links.setdefault(j, {})[i] = links[i][j]
    for _, i, j in sorted(strength, reverse=True):
        gi, gj = group_of[i], group_of[j]
        if gi == gj:
            continue
        between = links.get(gi, {}).get(gj, 0)
        if between / (len(members[gi]) * len(members[gj])) < MIN_CROSS_LINK_DENSITY:
            continue
        for k in members[gj]:
            group_of[k] = gi
        members[gi].extend(members.pop(gj))
        mine = links.setdefault(gi, {})
        mine.pop(gj, None)
        for g, count in links.pop(gj, {}).items():
            if g == gi:
                continue
            mine[g] = mine.get(g, 0) + count
            theirs = links[g]
            theirs.pop(gj, None)
            theirs[gi] = mine[g]
    return list(members.values())


_PAGE_SUFFIX = re.compile(r"(?:[_-]\d{1,2})?(\.[a-z]+)?$")


def same_article_pages(a: Article, b: Article) -> bool:
    """Return whether two articles are pages of one (t2026_1.html is page 2 of t2026.html,
    c1004-405-2.html of c1004-405.html) under the same headline."""
    if a.url == b.url or squash(a.title) != squash(b.title):
        return False
    return _PAGE_SUFFIX.sub(r"\1", a.url) == _PAGE_SUFFIX.sub(r"\1", b.url)


def _disjoint(a: set[str], b: set[str]) -> bool:
    return bool(a) and bool(b) and not a & b


def _disagree(a: Article, b: Article, keys_a: frozenset[str], keys_b: frozenset[str]) -> bool:
    """Return whether two articles are told apart by their specifics: both state distinctive
    figures and share none, name no 《document》 in common, and come from different publishers
    or name different 《documents》, or their headlines name different places and they share no
    《document》. Two reports of one event state its numbers; two items cut from one template do not. Pages that name one document are parts of its storyline even
    with figures of their own (an interpretation's, an implementing notice's), so a shared
    document is left to the other signals, as is one publisher's update of its own figure."""
    docs_a, docs_b = {k for k in keys_a if k.startswith("《")}, {k for k in keys_b if k.startswith("《")}
    if shared_keys(keys_a, keys_b) & docs_a:
        return False
    if _disjoint(set(headline_places(a.title)), set(headline_places(b.title))):
        return True  # 南宁…产业对接会 and 吉林…产业对接会: two events, whatever figures they share
    if not _disjoint(set(keys_a) - docs_a, set(keys_b) - docs_b):
        return False
    return a.publisher != b.publisher or _disjoint(docs_a, docs_b)


@lru_cache(maxsize=65536)
def headline_places(title: str) -> frozenset[str]:
    """Return the places a headline names (jieba's place names, 上海市 as 上海)."""
    return frozenset(_PLACE_SUFFIX.sub("", w) for w in place_names(title) if len(w) >= 2)


_PLACE_SUFFIX = re.compile(r"(?<=..)(?:省|市|自治区|县)$")


def _linked(a: TextFeatures, b: TextFeatures, cosine: float, shared: frozenset[str]) -> bool:
    documents = {x for x in shared if x.startswith("《")}
    figures = shared - documents
    return (
        cosine >= TEXT_SIMILARITY_LINK
        or (len(figures) >= SHARED_FIGURES_LINK and cosine >= SHARED_FIGURES_MIN_SIMILARITY)
        or (bool(documents) and cosine >= SHARED_DOCUMENT_MIN_SIMILARITY)
        or (len(figures) == 1 and cosine >= ONE_FIGURE_MIN_SIMILARITY)
        or max(shingle_containment(a.shingles, b.shingles),
               shingle_containment(b.shingles, a.shingles)) >= REPRINT_CONTAINMENT
    )


def is_commentary(article: Article) -> bool:
    """Return whether the headline marks an interpretation or commentary piece."""
    return bool(COMMENTARY_TITLE.search(article.title))


def is_reprint(article: Article) -> bool:
    """Return whether the page credits another publisher than the site hosting it."""
    return bool(article.site_name) and article.publisher != article.site_name


# The act that puts a law or rule in force: 常务委员会公告（第63号）, 人民政府令第238号. Of its
# pages published the same day by the same body, it is the original: it states the number, who
# adopted the text when, and from when it applies; the full text is a part of the storyline.
# Groups: the issuer, 公告 or 令, the number (the writer titles and leads a promulgation by them).
PROMULGATION = re.compile(r"^(.{2,40}?)(公告|令)[（(]?(第[0-9一二三四五六七八九十百零]+号)[）)]?")


def pick_original(group: Sequence[Article], features: Mapping[str, TextFeatures] | None = None) -> Article:
    """Return the thread's original: not a reprint, commentary or attachment, earliest, most
    authoritative, and not a copy of another page with lines added (a portal's reprint keeps the original's
    text and adds a header or a sentence)."""
    def key(a: Article) -> tuple[int, int, int, int, object, float, int, int, int]:
        return (
            int(is_reprint(a) or _credits_another(a, group)),
            int(is_commentary(a)),
            int(_is_later_page(a, group)),
            int(is_attachment_url(a.url)),  # a notice's attachment is a part of the notice
            a.published,
            -AUTHORITY_WEIGHT[a.authority],
            int(not PROMULGATION.match(squash(a.title))),  # the 公告 that puts the law in force
            int(_copies_another(a, group, features)),
            -len(a.text),
        )

    return min(group, key=key)


CREDIT_WITHIN_CHARS = 120  # a byline or 来源 line opens or closes the text


def _credits_another(article: Article, group: Sequence[Article]) -> bool:
    """Return whether the page's text credits another outlet of the group as its author
    (人民日报记者 张三, 来源：人民日报, 据人民日报报道): it carries that outlet's article, even when
    no 来源 field said so (a government site carrying a newspaper's article)."""
    ends = article.text[:CREDIT_WITHIN_CHARS] + "\n" + article.text[-CREDIT_WITHIN_CHARS:]
    names = {o.publisher for o in group if o.publisher and o.publisher != article.publisher
             and not is_reprint(o)}
    return any(re.search(rf"{re.escape(p)}\s*(?:记者|通讯员|评论员|讯|电)|来源[:：]\s*{re.escape(p)}|据{re.escape(p)}",
                         ends) for p in names if p in ends)


def _is_later_page(article: Article, group: Sequence[Article]) -> bool:
    """Return whether article is page 2, 3, … of another article in the group."""
    return any(same_article_pages(article, other) and len(article.url) > len(other.url)
               for other in group)


def _copies_another(
    article: Article, group: Sequence[Article], features: Mapping[str, TextFeatures] | None
) -> bool:
    """Return whether article holds another, shorter page's text almost whole."""
    return any(
        other is not article and len(other.text) < len(article.text)
        and containment(other, article, features) >= COPY_CONTAINMENT
        for other in group
    )
