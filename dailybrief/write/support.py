"""Sentence-level support: a model's sentence holds only if a source sentence states it.

A figure or date of the sources is not enough: it must be stated by a source sentence that
says the same thing around it. `SentenceIndex(pages)` splits the cited pages into sentences
once; `unsupported_in(sentence, index, field)` returns the claims of one model sentence that
no aligned source sentence states:

- a figure: the same value, the same unit (counts keep their classifier: 家 ≠ 台 ≠ 名; a
  number without unit licenses no unit, nor the reverse), the same bound and direction words
  (以上/以下, 不低于/不高于, 超过/不足, 增长/下降), the same subject (the words in front of
  it in its clause), in a source sentence whose wording around the figure matches;
- a date: the same date in the same role (a deadline 前 is a deadline, a start 起 a start,
  a target 到 a target), with matching wording around it;
- a body next to a figure: named in the source sentence that states the figure, or by the
  page's publisher line, or in a sentence of that page that issues or announces (印发, 联合 …);
- a sentence that reports an event, status, approval, cause or quotation (批准, 投产, 得益于,
  表示, “…”), in any paragraph: a source sentence must say it, nearly word for word;
- a sentence that restates a source sentence: its polarity and modal words (不得/可以,
  鼓励/强制, 试点/全面推广, 原则上/一律) must be that sentence's own.
Pure functions; verify.py uses them next to its page-level checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text import jieba_module
from .claims import (
    COUNT,
    Claim,
    body_name,
    claims_of,
    figure_as_written,
    is_generic,
    normalize,
    sentences_of,
)
from .sentences import ARTICLE_LABEL, DATELINE, listed_name_sentences

MEASURE_CHARS = 4  # the words in front of a figure that say what it measures (会用电量, 业用电量)
ALIGNED = 0.5  # share of a model sentence's character pairs one source sentence must hold
AROUND_ALIGNED = 0.34  # the same, for the clause around a figure or date
CLOSE = 0.3  # how much less a sentence stating a figure may share with the model's than the closest
REPORT_ALIGNED = 0.7  # the same, for a sentence that reports an event, status or quotation
_CJK_OR_WORD = re.compile(r"[\u3400-\u9fffA-Za-z]")
_CJK = re.compile(r"[\u3400-\u9fff]+")
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?（）()]")
_NUMERIC = re.compile(r"[0-9.]+|[零〇一二两三四五六七八九十百千万亿点]+")

# Bound and direction words in front of or behind a figure, by what they mean.
BOUND_WORDS: tuple[tuple[str, str], ...] = tuple(sorted((
    ("不低于", "min"), ("不少于", "min"), ("至少", "min"), ("以上", "min"), ("超过", "min"),
    ("突破", "min"), ("逾", "min"), ("多于", "min"), ("高于", "min"), ("最低", "min"), ("起码", "min"),
    ("不高于", "max"), ("不多于", "max"), ("不超过", "max"), ("以下", "max"), ("以内", "max"),
    ("不足", "max"), ("低于", "max"), ("少于", "max"), ("最高", "max"), ("最多", "max"), ("不到", "max"),
    ("之内", "max"), ("封顶", "max"), ("左右", "about"), ("大约", "about"), ("约", "about"),
    ("增长", "up"), ("增加", "up"), ("提高", "up"), ("提升", "up"), ("上升", "up"), ("上涨", "up"),
    ("扩大", "up"), ("增至", "up"), ("增幅", "up"), ("多增", "up"),
    ("下降", "down"), ("减少", "down"), ("降低", "down"), ("下滑", "down"), ("回落", "down"),
    ("缩小", "down"), ("降至", "down"), ("降幅", "down"), ("下跌", "down"), ("缩减", "down"),
), key=lambda p: -len(p[0])))
_BOUND_TEXTS = frozenset(w for w, _ in BOUND_WORDS)
# Date roles: the words next to a date that say what it is.
DATE_ROLE_AFTER: tuple[tuple[str, str], ...] = (
    ("之前", "deadline"), ("以前", "deadline"), ("前", "deadline"), ("截止", "deadline"),
    ("为止", "deadline"), ("到期", "deadline"), ("底前", "deadline"), ("中前", "deadline"), ("起", "start"),
    ("中,", "mid"), ("中。", "mid"),
    ("开始", "start"), ("以来", "since"), ("底", "end"), ("末", "end"),
)
DATE_ROLE_BEFORE: tuple[tuple[str, str], ...] = (
    ("截至", "deadline"), ("截止", "deadline"), ("截止到", "deadline"), ("截止至", "deadline"),
    ("不晚于", "deadline"), ("自", "start"),
    ("从", "start"), ("到", "target"), ("至", "target"), ("于", "on"),
)
# Claims of rank, record or multiple that no figure states: a source sentence must say them.
SUPERLATIVES = ("全国首个", "全国首家", "首个", "首家", "率先", "第一个", "第一家", "全国第一", "世界第一",
                "全球第一", "首位", "最大", "最强", "最先进", "最早", "历史新高", "新高", "领先", "唯一",
                "之最", "空前", "前所未有", "翻一番", "翻两番", "翻番", "增长一倍", "成倍", "最后一批",
                "数十万", "数百万", "数千万", "数万", "数千", "数百", "数十亿", "数百亿", "上万", "近万",
                "首例", "首创", "第一次", "开先河", "填补", "空白", "里程碑", "位居", "位列", "居首", "名列前茅",
                "排名第", "居全国", "走在全国前列", "走在前列", "标杆", "典范")
# A status: something has been done (已经陆续跟进, 已相继出台), reported even in an analysis.
STATUS = (r"已经?(?:陆续|相继|纷纷|先后|全面|基本|初步|逐步|率先)?(?:跟进|出台|落地|开展|推出|实施|建立|形成|开工"
          r"|开通|投入|投用|运行|签约|发布|印发|部署|覆盖|到位|见效|取得|决定|敲定|锁定)")
# A sentence that reports something happened, was said or caused needs a source sentence.
REPORTING = re.compile(
    r"批准|获批|批复|审议通过|核准|已获|投产|建成|竣工|完工|并网|上线运行|已全部|已经全部|全面完成"
    r"|已完成|已实现|已启动|已落地|" + STATUS + r"|得益于|归功于|受益于|由于|因为|源于|导致|原因在于|原因是"
    r"|发言人|表示|指出|透露|介绍|(?<![名简号统堪])称(?![为号作])|记者|“[^“”]{1,80}”|「[^「」]{1,80}」|据悉|据了解|消息"
    r"|专家|负责人|人士|官员|获悉|" + "|".join(SUPERLATIVES))
# Reporting words that only say where a stated figure comes from (the body is checked).
ATTRIBUTION = re.compile(r"表示|指出|透露|介绍|称|记者|据悉|据了解|消息|获悉|据[^，,。]{2,20}?(?:数据|统计)")
# Words that turn a rule or its scope around: a sentence stating one needs a source sentence
# that has it where the sentence has it (试点 ≠ 全面推广, 不超过 ≠ 不少于, 部分 ≠ 全部). The
# strong ones state a rule or a scope even in an analysis paragraph; the others may reason there.
STRONG_SCOPE = ("不得", "禁止", "严禁", "允许", "强制", "必须", "一律", "全面推广", "全部", "所有", "试点",
                "不超过", "不少于", "不低于", "不高于", "不多于", "原则上", "暂停", "叫停", "取消", "豁免",
                "免除", "不予", "不再", "全覆盖", "全域", "首次", "唯一", "尚未", "暂未", "并未", "未纳入",
                "未列入", "未能", "不会", "不能", "推迟", "延期", "放缓", "搁置", "中止", "终止")
# modality (已 ≠ 将 ≠ 拟), direction (新增 ≠ 减少) and period (同比 ≠ 环比) words are scope words too
SOFT_SCOPE = ("可以", "鼓励", "应当", "启动", "继续", "不宜", "恢复", "放开", "收紧", "限制", "支持",
              "暂缓", "全面", "部分", "至少", "最多", "逐步", "有序", "已经", "已", "拟", "预计", "计划",
              "力争", "有望", "试行", "正式", "新增", "减少", "增加", "增长", "下降", "提高", "降低", "上升",
              "回落", "扩大", "缩小", "同比", "环比", "年均", "月均", "当月", "累计", "以上", "以下", "首批")
# direction and period words may be reworded around: in a restated sentence the word itself must
# be the source sentence's (新增 → 减少), elsewhere they may interpret (降低企业用算成本)
LOOSE_SCOPE = frozenset(("新增", "减少", "增加", "增长", "下降", "提高", "降低", "上升", "回落", "扩大", "缩小",
                         "同比", "环比", "年均", "月均", "当月", "累计", "支持", "鼓励", "继续", "逐步", "有序",
                         "以上", "以下", "首批"))
POLARITY = re.compile("|".join(sorted(STRONG_SCOPE + SOFT_SCOPE, key=len, reverse=True)))
LINKING = ("达到", "达", "合计", "共计", "累计", "总计", "约为", "约", "为", "占", "是", "有", "共",
           "近", "超", "已", "将", "至", "到", "了", "的", "在", "于", "需", "应", "要", "按", "以", "由",
           "从", "给予", "安排", "新增", "同比", "比上年", "较上年", "首批", "其中")
ISSUING = re.compile(r"印发|发布|出台|公布|联合|会同|召开|举行|牵头|等[^，。]{0,4}部门|批复|通知|获悉|消息")


def best_alignment(sentence: str, index: SentenceIndex) -> float:
    """Return the largest share of a sentence's wording one sentence of the index holds."""
    own = pairs(normalize(sentence))
    return max((overlap(own, src.pairs) for src in index.sentences), default=0.0)


def pairs(text: str) -> set[str]:
    """Return the text's pairs of adjacent CJK or Latin characters (its wording, figures left out)."""
    s = _NUMERIC.sub("|", text)
    return {s[i:i + 2] for i in range(len(s) - 1)
            if _CJK_OR_WORD.match(s[i]) and _CJK_OR_WORD.match(s[i + 1])}


def overlap(model: set[str], source: set[str]) -> float:
    return len(model & source) / len(model) if model else 1.0


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure or date in a sentence: its key (value and unit, or date), role and context."""

    key: tuple[object, ...]
    text: str
    bounds: frozenset[str]
    subject: str  # the clause's words in front of it
    around: str  # its clause and the next one
    segment: str = ""  # the words between the previous figure (or clause start) and it
    following: str = ""  # the words between it and the next figure (or clause end)
    measure: str = ""  # what it measures: its subject, else the nearest figure's in front of it


@dataclass(frozen=True, slots=True)
class SourceSentence:
    page: int
    text: str
    pairs: frozenset[str]
    mentions: tuple[Mention, ...]
    bodies: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SentenceIndex:
    sentences: tuple[SourceSentence, ...]
    issuers: tuple[frozenset[str], ...]  # per page: its publisher and issuing bodies
    names: frozenset[str] = frozenset()  # every publisher, issuer and body the pages name


def build_index(pages: Sequence[tuple[str, str]]) -> SentenceIndex:
    """Return the sentence index of pages given as (page text, its reference line)."""
    sentences: list[SourceSentence] = []
    issuers: list[frozenset[str]] = []
    for n, (text, ref_line) in enumerate(pages):
        names: set[str] = set(_bodies(normalize(ref_line)))
        if ref_line.strip():  # the publisher as its reference names it (新质前沿网), whatever it ends with
            names.add(normalize(ref_line.split()[0]))
        for raw in _with_article_labels(text):
            s = normalize(raw)
            bodies = _bodies(s)
            if ISSUING.search(s):
                names.update(bodies)
            sentences.append(SourceSentence(n, s, frozenset(pairs(s)), tuple(mentions_of(s)), tuple(bodies)))
        if ref_line:
            s = normalize(ref_line)
            sentences.append(SourceSentence(n, s, frozenset(pairs(s)), tuple(mentions_of(s)), ()))
        issuers.append(frozenset(names))
    names = {b for page in issuers for b in page} | {b for src in sentences for b in src.bodies}
    return SentenceIndex(tuple(sentences), tuple(issuers), frozenset(names))


def _with_article_labels(text: str) -> list[str]:
    """Return the sentences of text, and each later sentence of a law's article once more as
    the brief states it (第八条规定，…: see sentences.clean_sentences), so the article's number
    is stated by the page for every sentence of that article."""
    out = sentences_of(text) + listed_name_sentences(text)  # 案例包括A、B、C等。 as the brief states a table
    for line in text.splitlines():
        label = ARTICLE_LABEL.match(line.strip())
        if label:
            out += [f"{label.group(1)}规定，{s}" for s in sentences_of(line.strip()[label.end():])[1:]]
    return out


def _bodies(s: str) -> list[str]:
    """Return the names of the bodies a normalised sentence names (据市交通运输局 → 市交通运输局)."""
    return [body_name(b) for b in claims_of(s).bodies if not is_generic(b)]


def unit_key(text: str, unit: str) -> str:
    """Return what a figure counts: its canonical unit, and for counts the classifier as written."""
    if unit != COUNT:
        return unit
    tail = _NUMERIC.sub("", text)
    return tail or COUNT


def mentions_of(s: str) -> list[Mention]:
    """Return the figures and dates of a normalised sentence with their bounds and context."""
    claims = claims_of(s)
    out: list[Mention] = []
    cursor = 0
    found: list[tuple[int, int, tuple[object, ...], str, str]] = []
    for q in claims.quantities:
        i = _find_figure(s, q.text, cursor)
        if i < 0:
            i = _find_figure(s, q.text, 0)
        if i < 0:
            continue
        found.append((i, i + len(q.text), ("q", float(f"{q.value:.12g}"), unit_key(q.text, q.unit)), q.text, "q"))
        cursor = i + len(q.text)
    for y, m, d, text in claims.dates:
        i = s.find(text)
        if i >= 0:
            found.append((i, i + len(text), ("d", y, m, d), text, "d"))
    found.sort()
    previous_end = 0
    measure = ""
    for n, (start, end, key, text, kind) in enumerate(found):
        clause_start = _clause_start(s, start, previous_end)
        before = s[clause_start:start]
        after = s[end:end + 4]
        bounds = _bounds(before, after) if kind == "q" else _date_roles(before, after)
        following = _following(s, end, found[n + 1][0] if n + 1 < len(found) else len(s))
        subject = _subject(before)
        if kind == "q":
            # 「全社会用电量3.32万亿千瓦时，同比增长6.1%」: 6.1% measures what the figure before it does
            measure = _ordinal_measure(before) or _subject(before, MEASURE_CHARS) or (
                measure if _continues(s[previous_end:clause_start]) else "")
        out.append(Mention(key, text, bounds, subject, _around(s, clause_start, end), before,
                           following, measure if kind == "q" else ""))
        previous_end = end
    return out


def _find_figure(s: str, text: str, start: int) -> int:
    """Return where the figure text stands in s from start on, as a whole number (the 20 of
    「不少于20毫秒」, not the 20 of 「2027年」), or -1."""
    m = re.compile(r"(?<![\d.])" + re.escape(text) + (r"(?![\d.])" if text[-1:].isdigit() else "")).search(s, start)
    return m.start() if m else -1


def _continues(between: str) -> bool:
    """Return whether the words between two figures leave the second one about the same
    measure: no new noun in between, only punctuation, units and linking words."""
    rest = re.sub(r"[^\u3400-\u9fff]", "", between)
    for word in LINKING:
        rest = rest.replace(word, "")
    return len(rest) <= 2


def _following(s: str, end: int, next_start: int) -> str:
    m = _CLAUSE_END.search(s, end, max(end, next_start))
    return s[end:m.start() if m else max(end, next_start)]


def _clause_start(s: str, start: int, floor: int) -> int:
    k = start
    while k > floor and not _CLAUSE_END.match(s[k - 1]):
        k -= 1
    return k


def _around(s: str, clause_start: int, end: int) -> str:
    """Return the figure's clause, and the next one when its own is too short to say what it is about."""
    m = _CLAUSE_END.search(s, end)
    stop = len(s) if m is None else m.start()
    if len(pairs(s[clause_start:stop])) >= 4:
        return s[clause_start:stop]
    stop = len(s) if m is None else m.end()
    m2 = _CLAUSE_END.search(s, stop)
    stop = len(s) if m2 is None else m2.start()
    return s[clause_start:stop]


def _bounds(before: str, after: str) -> frozenset[str]:
    near = before[-6:]
    found: set[str] = {"min"} if before.endswith("超") else set()  # 超1.5万台 is 超过1.5万台
    for text in (near, after[:3]):
        rest = text
        for word, meaning in BOUND_WORDS:
            if word in rest:
                found.add(meaning)
                rest = rest.replace(word, "|")
    return frozenset(found)


def _date_roles(before: str, after: str) -> frozenset[str]:
    # the longest word on each side says the role: 截至 is a deadline, not 至 (a target)
    after_words = [(w, r) for w, r in DATE_ROLE_AFTER if after.startswith(w)]
    before_words = [(w, r) for w, r in DATE_ROLE_BEFORE if before.endswith(w)]
    roles = {max(words, key=lambda p: len(p[0]))[1] for words in (after_words, before_words) if words}
    if "deadline" in roles or "start" in roles:
        roles.discard("on")
    return frozenset(roles - {"on"})


def _subject(before: str, keep: int = 2) -> str:
    """Return the last `keep` characters of wording in front of a figure, linking verbs removed."""
    s = re.sub(r"[^\u3400-\u9fff]", "", before)
    for word, _ in BOUND_WORDS:
        s = s.replace(word, "")
    changed = True
    while changed and s:
        changed = False
        for word in LINKING:
            if s.endswith(word):
                s = s[:-len(word)]
                changed = True
    return s[-keep:]


def same_measure(a: str, b: str) -> bool:
    """Return whether two measure nouns name the same thing (用电量 ~ 全社会用电量, not 第一产业用电量)."""
    return bool(a and b) and (a.endswith(b) or b.endswith(a))


# --- checking a model sentence --------------------------------------------------------------


def unsupported_in(sentence: str, index: SentenceIndex, *, analysis: bool = False) -> list[Claim]:
    """Return the claims of one model sentence that no aligned source sentence states."""
    s = normalize(sentence)
    own = pairs(s)
    out: list[Claim] = []
    supporting: list[SourceSentence] = []
    stating_figures: list[SourceSentence] = []  # a body goes with the figures, not with a month
    best = max((overlap(own, src.pairs) for src in index.sentences), default=0.0)
    for m in mentions_of(s):
        # a sentence restating one source sentence takes its figures and dates from it (or from
        # a sentence nearly as close), not from a page's boilerplate elsewhere (自2026年7月1日起施行)
        sources = [src for src in _supporting(m, index, analysis) if overlap(own, src.pairs) >= best - CLOSE]
        if not sources:
            out.append(Claim("number" if m.key[0] == "q" else "date", figure_as_written(m.text, sentence),
                             sentence, _mention_reason(m, index)))
        else:
            supporting.extend(sources)
            if m.key[0] == "q" and m.key[2]:
                stating_figures.extend(sources)
    if supporting and not out:
        out += _body_claims(s, sentence, stating_figures or supporting, index)
    elif not out:
        out += _restated_bodies(s, sentence, own, index)
    reporting = _reporting_word(s, supporting if not out else [], index, own)
    if reporting and not analysis_only(s, analysis):
        out.append(Claim("report", reporting, sentence,
                         "the sentence reports something no cited sentence says"))
    out += _polarity_claims(s, sentence, own, index, analysis)
    out += _replaced_actors(s, sentence, own, index)
    out += _fused_names(s, sentence, own, index)
    return out


def _reporting_word(s: str, supporting: Sequence[SourceSentence], index: SentenceIndex,
                    own: set[str]) -> str:
    """Return the first word of s that reports an event, status, rank, cause or quotation no
    source sentence states: a source sentence saying s nearly word for word (REPORT_ALIGNED)
    must have the word too. In a sentence whose figures are all stated (`supporting`: the
    source sentences stating them), the attribution (记者从…获悉, 据…介绍; its body is checked
    like any other) and a word the stating sentence has too (累计建成…986个) report nothing
    more; an approval, a status, a rank, a cause, a quotation or a person speaking that they
    do not say still does."""
    close = [src for src in index.sentences if overlap(own, src.pairs) >= REPORT_ALIGNED]
    for m in REPORTING.finditer(s):
        word = m.group(0)
        if supporting and (ATTRIBUTION.fullmatch(word) or any(word in src.text for src in supporting)):
            continue
        if any(word in src.text for src in close):
            continue
        return word
    return ""


def analysis_only(s: str, analysis: bool) -> bool:
    """Return whether an analysis sentence's reporting word is only a reasoning frame."""
    if not analysis:
        return False
    return not re.search(r"批准|获批|批复|已获|投产|建成|竣工|已全部|得益于|归功于|受益于|由于|因为|源于|原因"
                         r"|发言人|表示|透露|“[^“”]{1,80}”|「[^「」]{1,80}」|据悉|专家|负责人|人士|官员|上线运行|已完成|已实现|已落地"
                         r"|已启动|全面完成|已覆盖|据了解|据介绍|" + STATUS + "|" + "|".join(SUPERLATIVES), s)


def _supporting(m: Mention, index: SentenceIndex, analysis: bool = False) -> list[SourceSentence]:
    """Return the source sentences that state the figure or date as the model's sentence does
    (in an analysis sentence, a figure too must come with the wording around it)."""
    around = pairs(m.around)
    elsewhere = bool(m.key[0] == "q" and (m.subject or m.measure) and _subject_of_another(m, index))
    return [src for src in index.sentences
            if any(_states(src, sm, m, around, elsewhere, index, analysis) for sm in src.mentions)]


def _states(src: SourceSentence, sm: Mention, m: Mention, around: set[str], elsewhere: bool,
            index: SentenceIndex, analysis: bool = False) -> bool:
    """Return whether the source figure or date sm of src states the model's mention m."""
    if sm.key != m.key and not _same_date(m.key, sm.key):
        return False
    if sm.bounds != m.bounds and not (m.key[0] == "d" and m.bounds <= sm.bounds):
        return False
    if elsewhere and not _same_subject(m, src, sm):
        return False
    if (m.key[0] == "d" or analysis) and len(around) >= 4 and overlap(around, src.pairs) < AROUND_ALIGNED:
        return False
    return not (m.key[0] == "q" and _fits_another_better(m, sm, index))


def _fits_another_better(m: Mention, sm: Mention, index: SentenceIndex) -> bool:
    """Return whether the words in front of the model's figure, or the words after it, fit
    another figure of the same kind far better than the source figure of the same value
    (先进级工厂3000家 / 卓越级500家 swapped; 24个项目开工建设, 其中9个已建成 swapped)."""
    others = [o for src in index.sentences for o in src.mentions
              if o.key[0] == "q" and o.key[2] == m.key[2] and o.key != m.key]
    for side in ("segment", "following"):
        own = pairs(getattr(m, side))
        if len(own) < 2:
            continue
        fit = overlap(own, pairs(getattr(sm, side)))
        if any(overlap(own, pairs(getattr(o, side))) >= max(0.6, fit + 0.2) for o in others):
            return True
    return False


def _subject_of_another(m: Mention, index: SentenceIndex) -> bool:
    """Return whether the words in front of a figure, or the measure it inherits from the
    figure before it, are in the sources another figure's of the same kind (风电占35% when the
    pages say 风电占65%, 光伏占35%; 全社会用电量…同比增长9.4% when 9.4% is 第一产业用电量's)."""
    return any(sm.key[2] == m.key[2] and sm.key != m.key and _same_subject(m, src, sm)
               for src in index.sentences for sm in src.mentions if sm.key[0] == "q")


_ORDINAL_MEASURE = re.compile(r"第[一二三四五六七八九十\d]+[\u3400-\u9fff]{1,6}$")


def _ordinal_measure(before: str) -> str:
    """Return a measure numbered by an ordinal (第二产业用电量), whole: its last four characters
    are every ordinal's (业用电量)."""
    m = _ORDINAL_MEASURE.search(_subject(before, 12))
    return m.group(0) if m else ""


def _same_subject(m: Mention, src: SourceSentence, sm: Mention) -> bool:
    ordinals = [_ORDINAL_MEASURE.search(x.measure) for x in (m, sm)]
    if all(ordinals) and m.measure != sm.measure:
        return False  # 第一产业 is not 第二产业, whatever the words they share
    if m.subject:
        return m.subject in _clause_of(src.text, sm) or same_measure(m.measure, sm.measure)
    return same_measure(m.measure, sm.measure)


def _same_date(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """A date without its year matches the same day with one (7月15日 = 2026年7月15日)."""
    if a[0] != "d" or b[0] != "d":
        return False
    return a[2:] == b[2:] and a[2] is not None and (a[1] is None or b[1] is None or a[1] == b[1])


def _clause_of(text: str, m: Mention) -> str:
    i = text.find(m.text)
    return text[_clause_start(text, i, 0):i] if i >= 0 else text


def _mention_reason(m: Mention, index: SentenceIndex) -> str:
    what = "figure" if m.key[0] == "q" else "date"
    same = [sm for src in index.sentences for sm in src.mentions if sm.key == m.key]
    if not same:
        return f"{what} {m.text} is not stated with this unit or form by any cited sentence"
    if all(sm.bounds != m.bounds for sm in same):
        return f"{what} {m.text} is stated with other bound, direction or role words in the cited pages"
    return f"{what} {m.text} belongs to something else in the cited pages"


def _body_claims(s: str, sentence: str, supporting: Sequence[SourceSentence],
                 index: SentenceIndex) -> list[Claim]:
    out = []
    speaks = bool(ATTRIBUTION.search(s))
    for name in _bodies(s):
        if any(name in src.text or any(name in b or b in name for b in src.bodies) for src in supporting):
            continue
        # the publisher or issuer stands behind a figure only where its sentence names nobody
        # else, and is not made to say it (据…介绍, …表示) unless that sentence has it speak
        if not speaks and any(name in b or b.endswith(name) for src in supporting if not src.bodies
                              for b in index.issuers[src.page]):
            continue
        out.append(Claim("body", name, sentence,
                         f"body {name} is not who states this figure in the cited pages"))
    for compound in _qualified_bodies(s):
        if not any(compound in src.text for src in supporting):
            out.append(Claim("body", compound, sentence,
                             f"body {compound} is not who states this figure in the cited pages"))
    return out


def _qualified_bodies(s: str) -> list[str]:
    """Return each body written right after a generic one (各设区市人民政府 + 能源节约和科技装备司):
    the pair names who acts, so the pair itself must be in the stating sentence."""
    found = claims_of(s).bodies
    out = []
    for a, b in zip(found, found[1:], strict=False):
        i = s.find(a)
        if i >= 0 and s.startswith(b, i + len(a)) and is_generic(a) and not is_generic(b):
            out.append(a + b)
    return out


def _restated_bodies(s: str, sentence: str, own: set[str], index: SentenceIndex) -> list[Claim]:
    """Return the bodies of a sentence restating source sentences that those sentences do not
    name (「鹏城都市新闻网获悉，…」 for 「记者从市工业和信息化局获悉，…」); where they name nobody, the
    page's publisher or issuer may stand in."""
    aligned = [src for src in index.sentences if overlap(own, src.pairs) >= ALIGNED]
    out = []
    for name in _bodies(s) if aligned else ():
        if any(name in src.text or any(name in b or b in name for b in src.bodies) for src in aligned):
            continue
        if any(name in b or b.endswith(name) for src in aligned if not src.bodies for b in index.issuers[src.page]):
            continue
        out.append(Claim("body", name, sentence, f"body {name} is not who the cited sentence names"))
    return out


ACTOR_LEADS = ("", "记者从", "据", "由", "经")  # what may stand before a body that acts in its clause
_FOLLOW = re.compile(r"[\u3400-\u9fff\d]{2,4}")
MAX_ACTOR_CHARS = 12  # a subject put in a body's place is short; a longer run is another clause's wording
ANAPHORS = ("该部门", "该单位", "该机构", "其", "记者", "有关方面", "相关部门", "主管部门")


def _is_dateline(lead: str) -> bool:
    """Return whether the words before a body are a wire dateline (中新网北京6月2日电): the body
    still acts first. The claim reader may have taken the 电 into the body's name."""
    return bool(DATELINE.fullmatch(lead) or DATELINE.fullmatch(lead + "电"))


def _replaced_actors(s: str, sentence: str, own: set[str], index: SentenceIndex) -> list[Claim]:
    """Return the words of s standing where the source sentence it restates names a body
    (「设区的市人民政府应当统筹规划…」 written 「起降点布局应当统筹规划…」): who acts is the body's,
    and leaving it out is fine, but another subject in its place is not."""
    out: list[Claim] = []
    model_bodies = claims_of(s).bodies
    for src in (src for src in index.sentences if overlap(own, src.pairs) >= ALIGNED):
        for body in claims_of(src.text).bodies:
            i = src.text.find(body)
            lead = src.text[_clause_start(src.text, i, 0):i] if i >= 0 else ""
            if i < 0 or not (lead in ACTOR_LEADS or _is_dateline(lead)):
                continue  # the body is not who acts in its clause
            run = _FOLLOW.match(src.text, i + len(body))
            follow = run.group(0) if run else ""
            # a date after the name (a reference line: 江苏省政府 2026年8月29日) is not what it does
            j = s.find(follow) if len(follow) >= 2 and not follow[:2].isdigit() else -1
            if j <= 0:
                continue
            written = re.sub(r"[^\u3400-\u9fff]", "", s[_clause_start(s, j, 0):j])
            if (2 <= len(written) <= MAX_ACTOR_CHARS and written[-1] != body[-1]
                    and not written.endswith(ANAPHORS) and written[-2:] + follow not in src.text
                    and not any(b in s[:j] for b in (*model_bodies, body_name(body)))):
                out.append(Claim("body", written[-6:], sentence,
                                 f"“{written[-6:]}” stands where the cited sentence names {body_name(body)}"))
        # a body of s put in front of words that, in the restated sentence, follow someone else
        named = {b for names in index.issuers for b in names}
        for body in (b for b in model_bodies if body_name(b) in named):
            i = s.find(body)
            run = _CJK.match(s, i + len(body)) if i >= 0 else None
            follow = run.group(0)[:4] if run else ""
            issuer = not src.bodies and any(body_name(body) in b or b.endswith(body_name(body))
                                            for b in index.issuers[src.page])
            if (len(follow) >= 3 and follow in src.text and body not in src.text[:src.text.find(follow)]
                    and not issuer and not any(body + follow in x.text or body_name(body) + follow in x.text
                                               for x in index.sentences)):
                out.append(Claim("body", body, sentence, f"body {body} is not who acts in the cited sentence"))
    return list({c.text: c for c in out}.values())


FUSED_FOLLOW_CHARS = 3


def _fused_names(s: str, sentence: str, own: set[str], index: SentenceIndex) -> list[Claim]:
    """Return the names the pages know (a publisher, an issuer, a body a sentence names) that s
    writes into the middle of another word of the sentence it restates: 「新质前沿网门组织开展」 for
    「工信部门组织开展」 credits the publisher with what 工信部门 does, under a name no page has."""
    aligned = [src for src in index.sentences if overlap(own, src.pairs) >= ALIGNED]
    out: list[Claim] = []
    for name in (n for n in index.names if aligned and len(n) >= 2 and n in s):
        for hit in re.finditer(re.escape(name), s):
            run = _CJK.match(s, hit.end())
            follow = run.group(0)[:FUSED_FOLLOW_CHARS] if run else ""
            if len(follow) < FUSED_FOLLOW_CHARS or any(name + follow[0] in x.text for x in index.sentences):
                continue
            if any(_starts_inside_a_word(src.text, follow, name[-1]) for src in aligned):
                out.append(Claim("body", name + follow[0], sentence,
                                 f"{name} is written into the word the cited sentence has at “{follow}”"))
                break
    return out


def _starts_inside_a_word(text: str, follow: str, last: str) -> bool:
    """Return whether follow stands in text right after a character of the same word (工信部|门组织),
    unless that character is the name's own last one (工业和信息化部门 written for 工信部门)."""
    at = text.find(follow)
    if at <= 0 or text[at - 1] == last or not _CJK.match(text[at - 1]):
        return False
    start = 0
    for word in jieba_module().cut(text, HMM=False):
        if start < at < start + len(word):
            return True
        start += len(word)
        if start > at:
            break
    return False


def _in_place(s: str, start: int, end: int) -> list[str]:
    """Return the word at s[start:end] with the character on either side that is wording
    (设置不超过两年 → 置不超过, 不超过两): a source sentence must have it next to one of them."""
    word = s[start:end]
    keys = [s[start - 1] + word] if start > 0 and not _CLAUSE_END.match(s[start - 1]) else []
    if end < len(s) and not _CLAUSE_END.match(s[end]):
        keys.append(word + s[end])
    return keys or [word]


def _polarity_claims(s: str, sentence: str, own: set[str], index: SentenceIndex,
                     analysis: bool) -> list[Claim]:
    """Return the rule and scope words of s no source sentence has where s has them: in a
    sentence restating a source sentence, each must be that sentence's own; in a facts
    sentence, each must stand in a source sentence that shares the wording of its clause; in
    an analysis sentence, a strong one (不得, 全面推广, 不超过 …) must be a word the pages use."""
    missing: list[str] = []
    aligned = [src for src in index.sentences if overlap(own, src.pairs) >= ALIGNED]
    figures = [q.text for q in claims_of(s).quantities]
    for m in POLARITY.finditer(s):
        word = m.group(0)
        if word in missing or (word in _BOUND_TEXTS and any(s.startswith(f, m.end()) for f in figures)):
            continue  # a bound on a figure: the figure's own check holds it
        placed = [word] if word in LOOSE_SCOPE else _in_place(s, m.start(), m.end())
        if aligned and not any(k in src.text for src in aligned for k in placed):
            missing.append(word)
        elif analysis:
            if word in STRONG_SCOPE and not any(word in src.text for src in index.sentences):
                missing.append(word)
        elif not aligned and word not in LOOSE_SCOPE:
            around = pairs(_around(s, _clause_start(s, m.start(), 0), m.end()).replace(word, "|"))
            if not any(any(k in src.text for k in placed) and overlap(around, src.pairs) >= AROUND_ALIGNED
                       for src in index.sentences):
                missing.append(word)
    return [Claim("wording", w, sentence, f"“{w}” turns around what the cited sentence says")
            for w in missing]
