"""Section titles that say the news in at most 30 characters, from official headline forms.

An official headline names the issuer and the document in a fixed form
(「X关于印发《Y》的通知」, 「X关于公布…名单的通知」, 「X有关负责同志就《Y》答记者问」,
「《Y条例》公布 2026年10月1日起施行」). The rules here turn each form into a statement
(「X印发《Y》」) and then shorten it step by step — the 文号 out, bodies by their short
names, several bodies as 「X等N部门」, the year range of a plan, the year of a date, the
book-title marks, a trailing clause — until it fits. Nothing is cut inside a word: the last
resort keeps whole clauses or whole jieba words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import jieba

from ..text import cn_numeral

TITLE_MAX_CHARS = 30
MIN_CLAUSE_CHARS = 8  # a first clause shorter than this does not say the news alone

# A 文号 in brackets: （工信部联规〔2026〕98号）, （省政府令第4XX号）.
DOCUMENT_NUMBER_IN_TITLE = re.compile(
    r"[（(][^（）()]{0,16}(?:〔\d{4}〕|\[\d{4}\]|［\d{4}］|令第)[^（）()]{0,12}号[）)](?![（(])")
# Several issuers separated by spaces or 、: 工业和信息化部 国家发展改革委 国家航天局.
# A body's name ends here, and not where a longer ending goes on (委 of 委员会, 部 of 部办公厅).
BODY_END = r"(?:委员会|办公厅|办公室|人民政府|政府|部|局|委|办|厅|院|署|会|室)(?!员会|办公厅|办公室|人民政府|政府)"
BODY = rf"[\u4e00-\u9fa5]{{2,18}}?{BODY_END}"
ISSUERS = re.compile(rf"^((?:{BODY})(?:[ 　、](?:{BODY}))+)")
OFFICIAL_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # an order headed by its number and the rule it puts in force: 合肥市人民政府令第238号（…规定）
    (re.compile(r"^(.{2,30}?)令[（(]?第[0-9一二三四五六七八九十百零]+号[）)]?[（(](.+)[）)]$"), r"\1公布《\2》"),
    (re.compile(r"^(.{0,40}?)关于印发(《.+》)的(?:通知|通告|公告|函)$"), r"\1印发\2"),
    (re.compile(r"^(.{0,40}?)关于(公布|发布)(.+?)的(?:通知|通告|公告)$"), r"\1\2\3"),
    (re.compile(r"^(.{0,40}?)关于(.{4,}?)工作的(?:通知|通告|公告)$"), r"\1\2"),
    (re.compile(r"^(.{0,40}?)关于(.{4,}?)的(?:通知|通告|公告|意见|函)$"), r"\1\2"),
    (re.compile(r"^(.{0,40}?)关于(.{4,}?)的公示$"), r"\1公示\2"),
    (re.compile(r"^(.{2,40}?)关于(.{4,}?)的((?:若干|实施|指导|管理|工作|专项|三年)?(?:行动)?"
                r"(?:措施|方案|计划|办法|细则|规定|实施意见|指导意见))$"), r"\1出台\2\3"),
    (re.compile(r"^(.{2,30}?)(?:有关|相关)?负责(?:同志|人)就(《.+》)(?:有关问题)?答记者问$"), r"\1解读\2"),
    (re.compile(r"^(.{2,30}?)举行新闻发布会(?:，|\s)*(介绍.+)$"), r"\1\2"),
)
# Short names the press and the grounding check both know (write/claims.py BODY_ALIASES).
SHORT_BODIES = (
    ("中华人民共和国", ""),
    ("工业和信息化部", "工信部"),
    ("国家发展和改革委员会", "国家发展改革委"),
    ("国家互联网信息办公室", "国家网信办"),
    ("工业和信息化局", "工信局"),
    ("工业和信息化厅", "工信厅"),
    ("经济和信息化厅", "经信厅"),
    ("经济和信息化委员会", "经信委"),
    ("科学技术委员会", "科委"),
    ("人民政府办公厅", "政府办公厅"),
    ("人民代表大会常务委员会", "人大常委会"),
    ("人民政府", "政府"),
)
YEAR_RANGE_IN_DOCUMENT = re.compile(r"[（(]\d{4}[—–\-－~至]\d{4}年[）)](?=》|$|[，,\s])")
YEAR_OF_DATE = re.compile(r"\d{4}年(?=\d{1,2}月\d{1,2}日)")
CLAUSE_SPLIT = re.compile(r"[ 　，,；]+")
CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fa5”》）\d%])[ 　]+(?=[\u4e00-\u9fa5“《（\d])")
WEAK_ENDINGS = re.compile(r"(?:\d{2,4}年度?|的|和|与|及|等|暨|、|，)$")
COUNT_OF_BODIES = "等{n}部门"


def news_title(headline: str, *, issuer: str = "") -> str:
    """Return a title of at most TITLE_MAX_CHARS characters saying what the headline says.

    `issuer` (the page's publisher) stands in for a headline that opens with 关于.
    """
    title = statement_form(headline, issuer=issuer)
    for shorten in SHORTENINGS:
        if len(title) <= TITLE_MAX_CHARS:
            break
        title = shorten(title)
    title = CJK_SPACE.sub("，", title)
    return title if len(title) <= TITLE_MAX_CHARS else _whole_words(title)


# A page's metadata line glued to its headline: …推进会文章来源：国资委新闻中心 发布时间：2027-08-13.
METADATA_LABEL = re.compile(r"\s*(?:文章来源|信息来源|来源|发布时间|发布日期|作者|字号)[:：].*$")


def statement_form(headline: str, *, issuer: str = "") -> str:
    """Return the headline as a statement: official forms rewritten, 文号, metadata labels and
    spaces out."""
    title = re.sub(r"\s+", " ", METADATA_LABEL.sub("", headline.strip()) or headline.strip())
    title = DOCUMENT_NUMBER_IN_TITLE.sub("", title).strip()
    for pattern, replacement in OFFICIAL_FORMS:
        if pattern.match(title):
            title = pattern.sub(replacement, title)
            break
    if title.startswith(("印发", "公布", "发布", "公示", "组织", "开展", "举办", "征集", "关于")) and issuer:
        title = issuer + title.removeprefix("关于")
    return _join_issuers(title)


def _join_issuers(title: str) -> str:
    """Return the title with space-separated issuers joined by 、 (two) or as X等N部门 (more)."""
    m = ISSUERS.match(title)
    if not m:
        return title
    bodies = [b for b in re.split(r"[ 　、]", m.group(1)) if b]
    if len(bodies) < 2:
        return title
    joined = "、".join(bodies) if len(bodies) == 2 else bodies[0] + COUNT_OF_BODIES.format(n=cn_numeral(len(bodies)))
    return joined + title[m.end():].lstrip()


def _short_bodies(title: str) -> str:
    for long, short in SHORT_BODIES:
        title = title.replace(long, short)
    return title


def _two_bodies_as_count(title: str) -> str:
    m = re.match(rf"^({BODY})、({BODY})", title)
    return m.group(1) + COUNT_OF_BODIES.format(n="两") + title[m.end():] if m else title


def _no_year_range(title: str) -> str:
    return YEAR_RANGE_IN_DOCUMENT.sub("", title)


def _no_year_of_date(title: str) -> str:
    return YEAR_OF_DATE.sub("", title)


def _no_published_word(title: str) -> str:
    """《X条例》公布 10月1日起施行 → 《X条例》10月1日起施行."""
    return re.sub(r"》(?:公布|发布|出台)\s*(?=\d{1,2}月\d{1,2}日起施行)", "》", title)


def _no_book_marks(title: str) -> str:
    return title.replace("《", "").replace("》", "") if title.count("《") == 1 else title


def _joined_clauses(title: str) -> str:
    """Return the title's clauses joined by ，, or the leading clauses that fit."""
    parts = [p for p in CLAUSE_SPLIT.split(title) if p]
    if len(parts) < 2:
        return title
    kept = parts[0]
    for part in parts[1:]:
        if len(kept) + 1 + len(part) > TITLE_MAX_CHARS:
            break
        kept += "，" + part
    return kept if len(parts[0]) >= MIN_CLAUSE_CHARS else title


def _no_leading_verb(title: str) -> str:
    """X出台加快推进Y的若干措施 → X出台Y措施: the document named by its subject."""
    title = re.sub(r"(出台)(?:进一步)?(?:加快|推进|推动|促进|加强|支持|做好)+", r"\1", title, count=1)
    return re.sub(r"(出台.+)若干(措施)$", r"\1\2", title)


LEADING_PLACE = re.compile(r"^[\u4e00-\u9fa5]{2,3}(?:省|市|自治区)")


def _no_repeated_place(title: str) -> str:
    """Return the title without its place said again after the issuer's name: 浙江省经信厅公示
    2027年度浙江省高质量… → 浙江省经信厅公示2027年度高质量…"""
    m = LEADING_PLACE.match(title)
    return title[:m.end()] + title[m.end():].replace(m.group(0), "") if m else title


SHORTENINGS: tuple[Callable[[str], str], ...] = (
    _short_bodies, _no_repeated_place, _no_year_range, _no_year_of_date, _no_published_word, _joined_clauses,
    _two_bodies_as_count, _no_book_marks, _no_leading_verb,
)


def _whole_words(title: str) -> str:
    """Return the longest run of whole words from the start that fits, with brackets closed."""
    out = ""
    for word in jieba.cut(title):
        if len(out) + len(word) > TITLE_MAX_CHARS:
            break
        out += word
    out = out.rstrip("，、：；“（《")
    while WEAK_ENDINGS.search(out) and len(out) > MIN_CLAUSE_CHARS:
        out = WEAK_ENDINGS.sub("", out)
    if out.count("《") > out.count("》"):
        out = out[: out.rfind("《")].rstrip("，、：；") or out.replace("《", "")
    if out.count("“") > out.count("”"):
        out = out.replace("“", "")
    if out.count("（") > out.count("）"):  # 实施方案（2027: a bracket the cut opened
        out = out[: out.rfind("（")].rstrip("，、：；")
    return out
