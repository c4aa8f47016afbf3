"""Alignment: a model's facts sentence is the cited sentences' content, in other wording at most.

support.py checks what a sentence states that can be named: figures, dates, bodies, rule
words. A lie needs none of those: 「会后，国家能源局召开专题会议研究部署相关工作。」 invents an
event, 全省 → 全国 a scope, 且 → 或 a condition, 近日 → 昨日 a day, and 「到2028年，」 or 「拟」
left out turns a target or a plan into a fact. So a sentence of a facts paragraph, a title or
the 摘要 is aligned with the few source sentences that hold most of its wording, and then:

- every word it has must be in those sentences, or be wording that states nothing (的, 此外,
  据…介绍, X方面 as a lead-in naming what the pages are about), or a listed synonym of a word
  they have (印发 for 发布, 超 for 超过; not 公布 for 公示, nor 印发 for 起草);
- every hedge or frame of the sentence it restates (拟, 力争, 到2028年, 征求意见稿, 意向) and
  every qualifier in front of a noun it keeps (接入平台的算力中心 → 算力中心) must stay.

An analysis sentence may interpret, so it may have words of its own; but one that reports a
status (已, 均已) or a commitment by someone (将给予, 将出台) must be stated by a source sentence.
Figures, dates and 《documents》 are masked here: their own checks hold them.
Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..text import jieba_module, place_names
from .claims import Claim, body_name, claims_of, is_generic

MAX_ALIGNED = 3  # source sentences one model sentence may draw on (a merge of two or three)
MIN_ADDED_PAIRS = 2  # what a further source sentence must add to the alignment to join it
MIN_SHARE = 0.2  # the least share of the model's wording a joining source sentence holds
RESTATED = 0.6  # share of a source clause's wording a model sentence holds when it restates it
HEAD_CHARS = 2  # the noun after 的 that the model keeps, as matched
SUMMARY_RESTATES = 0.5  # share of a 摘要 sentence's wording that makes it a restated point, not synthesis
MIN_CLAUSE_PAIRS = 4  # a clause with less wording is read with the one after it

_CJK = re.compile(r"[\u3400-\u9fff]")
_DIGITS = re.compile(r"[0-9.]+")
_NUMERIC = re.compile(r"[0-9.]+|[零〇一二两三四五六七八九十百千万亿点]+")
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?（）()、]")
_MASK = "|"

# A lead-in that only names what the sentence is about: its words must be the pages'.
LEAD_IN = re.compile(r"^(?P<topic>[^，,。；;：:]{1,12}?)(?:方面|层面|领域)[，,]")
# Words that state nothing: connectives, frames and function words any rewording may add.
_WORDING_TEXT = """
的 地 得 了 着 和 与 及 以及 并 并且 等 等等 在 对 对于 为 是 于 由 从 向 以 其 该 也 还 又 均 共 个 这 此 之
而 所 被 把 就 都 即 则 中 上 里 内 将 已于 于是 此外 同时 另外 其中 与此同时 具体 具体来看 具体而言 来看 方面
对此 为此 此次 本次 这一 这些 该项 一项 相关 有关 记者 获悉 了解到 了解 据 介绍 显示 表示 指出 称 报道 消息
据悉 据了解 据介绍 数据 数据显示 明确 提出 规定 强调 包括 主要 分别 通知 文件 内容 一是 二是 三是 四是 五是
首先 其次 最后 一方面 另一方面 方案 意见 办法 条例 看 来 进行 有 到 达
"""
WORDING = frozenset(_WORDING_TEXT.split())
# A model word and the source words that license it (same meaning, same stage, same direction).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "发布": ("印发", "公布", "出台", "推出", "发出", "公开"),
    "印发": ("发布", "出台", "下发", "公布"),
    "出台": ("印发", "发布"),
    "公布": ("发布", "印发", "公开"),
    "联合": ("会同", "共同"),
    "会同": ("联合",),
    "举行": ("召开", "举办"),
    "召开": ("举行",),
    "举办": ("举行", "主办"),
    "达": ("达到", "为", "至"),
    "达到": ("达", "为"),
    "超": ("超过", "超出", "逾", "突破"),
    "超过": ("超", "逾", "超出", "突破"),
    "截止到": ("截至", "截止"),
    "截止": ("截至",),
    "截至": ("截止",),
    "比上年": ("同比",),
    "比上年同期": ("同比",),
    "同期": ("同比",),
    "上年": ("同比",),
    "增长": ("增加", "提高", "上升"),
    "增加": ("增长",),
    "下降": ("减少", "降低"),
    "近日": ("日前",),
    "日前": ("近日",),
    "我国": ("全国",),
    "全国": ("我国",),
    "共计": ("共", "合计", "总计"),
    "合计": ("共计", "总计", "共"),
    "累计": ("共计",),
    "须": ("必须", "需", "应当", "应"),
    "需": ("须", "需要", "应", "应当"),
    "应": ("应当", "须", "需"),
    "应当": ("应", "须"),
    "要求": ("应当", "须", "要"),
    "开展": ("组织开展", "进行"),
    "组织": ("组织开展",),
    "施行": ("实施", "生效"),
    "实施": ("施行",),
    "部署": ("安排部署",),
    "入选": ("列入", "纳入"),
    "目前": ("截至",),
}
# Words of a restated sentence that make it a plan, a target, a draft or a bound: kept or refused.
HEDGES = ("拟", "力争", "预计", "计划", "有望", "争取", "初步", "原则上", "征求意见稿", "草案", "试行",
          "暂行", "意向", "预期", "单个", "每个", "每家", "首批", "第一批", "部分", "不含")
_TARGET_FRAME = re.compile(r"(?:力争)?到\d{4}年(?:底|末)?")
# Words that turn a clause around where they stand (不予补偿, 不得高于, 或实现): kept in place.
IN_PLACE = re.compile(r"不得|不予|不再|不能|不会|不宜|不超过|不低于|不少于|不高于|不足|禁止|严禁|未|无|非|不|或者|或")
# An analysis sentence reporting a status, an effect or someone's commitment needs a source sentence.
ANALYSIS_REPORT = re.compile(
    r"已(?:经)?(?:被)?[\u3400-\u9fff]{0,3}?(?:完成|实现|退出|取消|建成|投产|落地|覆盖"
    r"|达到|跻身|列为|列入|纳入|获批|批准|启动|出台|开工|到位|见效|停止|暂停|叫停|签约|签署)"
    r"|均已|业已|(?:将|拟|会)(?:给予|出台|发布|印发|设立|安排|投入|配套|追加|补贴|奖励|全额|取消|退出|停止"
    r"|纳入|列为|召开|举行)|被列为|跻身|全国前[一二三四五六七八九十\d]|排名|一号工程|受此带动|由此带动|带动下"
    r"|得益于|(?:明显|显著|大幅|普遍)(?:增加|增长|提升|提高|下降|减少|改善|实现)|增速(?:较|比)"
    r"|提前[^，,。]{0,4}(?:完成|实现|达到|建成)|将[^，,。]{0,8}(?:出台|拨付|制定|发布|印发|召开|举行|启动|到位|公布|下达)"
    r"|近期|下月|下个月|年内|年底前|季度|上半年|下半年|月底前|超过|接近|相当于|领先于|高于|低于"
    r"|快于|慢于|须经|审批后|仅限|不含|不适用|除外|过半|半数|多数|少数|大部分|小部分")
# Lead-ins that name a level, not a topic (地方层面，): any summary may use them.
LEVELS = frozenset(("地方", "国家", "中央", "部委", "行业", "产业", "政策", "市场", "企业", "区域", "省级", "市级"))
# What a place name ends with, or is (jieba tags 入口 a place too): a comparison names one of them.
PLACE_SUFFIXES = ("国", "省", "市", "州", "县", "洲", "岛", "区")
REGIONS = frozenset(("日本", "欧盟", "欧洲", "欧美", "美欧", "日韩", "北美", "东南亚", "硅谷", "新加坡", "以色列",
                     "印度", "发达国家", "发展中国家"))
# Wording a writer may use for a source's own (截止到 for 截至): compared as the source's.
REWORDED = (("截止到", "截至"), ("截止至", "截至"))
_CN_FIGURE_WORD = re.compile(r"[零〇一二两三四五六七八九十百千万亿点]+[\u3400-\u9fff]?")


def alignment_claims(sentence: str, s: str, sources: Sequence[str], names: Iterable[str], *,
                     role: str = "facts", pages: Sequence[int] = ()) -> list[Claim]:
    """Return what a normalised model sentence s adds to, or leaves out of, the source
    sentences it aligns with. `sources`: every source sentence, normalised; `names`: the
    publishers and issuers of the pages; `role`: facts, analysis, title or summary (a 摘要
    sentence that states no figure, date, document or body is its synthesis, read as analysis)."""
    for written, own in REWORDED:
        s = s.replace(written, own)
    body = _without_lead_in(s)[0]
    masked = masked_claims(body)
    aligned = aligned_sentences(masked, sources)
    lead_claims = _without_lead_in(s, _pages_of(aligned, sources, pages), sentence)[1]
    if role == "summary" and not _states_anything(body) and _share(masked, aligned) < SUMMARY_RESTATES:
        role = "analysis"  # the 摘要's synthesis: it restates no sentence and states nothing
    if role in ("analysis", "title"):
        return _reported_in_analysis(sentence, masked, aligned) + _foreign_places(sentence, masked, sources)
    licence = "\n".join([*aligned, *names])
    out = lead_claims + _doubled_names(sentence, body)
    added = added_words(masked, licence) + _unstated_times(masked, aligned)
    if added:
        out.append(Claim("wording", added[0], sentence,
                         f"“{'、'.join(added[:3])}” is not in the cited sentence this restates"))
    if aligned:
        dropped = dropped_words(body, masked, aligned[0])
        if dropped:
            out.append(Claim("wording", dropped, sentence,
                             f"leaves out “{dropped}”, which the cited sentence has"))
    return out


_REFERENCE = re.compile(r"^\S{2,40}?\d{4}年\d{1,2}月\d{1,2}日《")  # a page's reference line, normalised


def _pages_of(aligned: Sequence[str], sources: Sequence[str], pages: Sequence[int]) -> list[str]:
    """Return the aligned sentences, and the reference lines (publisher, date, title) and the
    《documents》 named by the pages they are on: what a lead-in may name (all sentences,
    without pages)."""
    if len(pages) != len(sources):
        return list(sources)
    on = {p for t, p in zip(sources, pages, strict=True) if t in aligned}
    page = [t for t, p in zip(sources, pages, strict=True) if p in on]
    titles = [d for t in page for d in re.findall(r"《[^《》]+》", t)]
    return [*aligned, *(t for t in page if _REFERENCE.match(t)), *titles]


def _without_lead_in(s: str, texts: Sequence[str] = (), sentence: str = "") -> tuple[str, list[Claim]]:
    """Return s without its topic lead-in (人工智能方面，), and a claim if the topic's words are
    not those of the pages the sentences it restates are on (a lead-in of another
    storyline, 「未来产业方面，」 over a point of the 量子 storyline)."""
    m = LEAD_IN.match(s)
    if not m:
        return s, []
    topic = m.group("topic")
    joined = "\n".join(texts)
    missing = [w for w in _words(topic) if w not in WORDING and w not in LEVELS and not _licensed(w, joined)]
    claims = [Claim("wording", topic, sentence, f"the lead-in “{topic}” is not what the cited pages are about")
              ] if missing and sentence else []
    return s[m.end():], claims


_THREAD_COUNT = re.compile(r"[\d两二三四五六七八九十几]+(?:条|个)(?:线索|线|方面)")


def _share(masked: str, aligned: Sequence[str]) -> float:
    own = pairs(masked)
    held = set().union(*(pairs(t) for t in aligned)) if aligned else set()
    return len(own & held) / len(own) if own else 1.0


def _states_anything(s: str) -> bool:
    """Return whether s states a figure, date, document or named body (how many threads the
    day has, 「两条线同时落地」, is the 摘要's own count, not a claim of the pages)."""
    claims = claims_of(_THREAD_COUNT.sub("", s))
    return bool(claims.quantities or claims.dates or claims.documents or claims.identifiers
                or [b for b in claims.bodies if not is_generic(b)])


def masked_claims(s: str) -> str:
    """Return s with its figures, dates, identifiers and 《documents》 masked: their checks are
    their own, and a document's title is not the sentence's wording."""
    claims = claims_of(s)
    out = re.sub(r"《[^《》]*》", _MASK, s)
    for text in sorted({*(q.text for q in claims.quantities), *(d[3] for d in claims.dates),
                        *claims.identifiers}, key=len, reverse=True):
        out = out.replace(text, _MASK)
    return out


def pairs(text: str) -> set[str]:
    """Return the pairs of adjacent CJK characters of text (digits and masks break a pair; a
    numeral character in a word, 试点 or 万家, does not: figures are masked before)."""
    s = _DIGITS.sub(_MASK, text)
    return {s[i:i + 2] for i in range(len(s) - 1) if _CJK.match(s[i]) and _CJK.match(s[i + 1])}


def aligned_sentences(masked: str, texts: Sequence[str]) -> list[str]:
    """Return the source sentences a model sentence draws on, closest first: the one holding
    most of its wording, then up to two more that each add wording of their own."""
    own = pairs(masked)
    if not own:
        return []
    candidates = [(t, pairs(t) & own) for t in texts]
    chosen: list[str] = []
    covered: set[str] = set()
    while len(chosen) < MAX_ALIGNED:
        text, shared = max(candidates, key=lambda c: len(c[1] - covered), default=("", set()))
        gain = shared - covered
        if len(gain) < MIN_ADDED_PAIRS or len(shared) < MIN_SHARE * len(own):
            break
        chosen.append(text)
        covered |= shared
    return chosen


def added_words(masked: str, licence: str) -> list[str]:
    """Return the words of a masked model sentence that the licence (the aligned sentences
    and the pages' names) does not have, nor a synonym of, and that are not mere wording."""
    out: list[str] = []
    words = _words(masked)
    for i, word in enumerate(words):
        if word in WORDING or word in out or not _CJK.search(word) or _CN_FIGURE_WORD.fullmatch(word):
            continue
        if _licensed(word, licence) or any(_licensed(w, licence) for w in SYNONYMS.get(word, ())):
            continue
        if len(word) == 1 and _single_in_place(words, i, licence):
            continue
        if len(word) == 2 and all(c in WORDING or any(_licensed(w, licence) for w in SYNONYMS.get(c, ()))
                                  for c in word):
            continue  # 需在 for 应于: a modal and a preposition jieba took as one word
        out.append(word)
    return out


# Times of day, month, quarter and year, and relative days: each is a date a page must state.
TIME_WORDS = re.compile(r"年中|年初|年底|年末|岁末|月初|月中|月底|月末|上旬|中旬|下旬|[一二三四]季度|上半年|下半年"
                        r"|昨[日天]|今[日天]|明[日天]|前[日天]|本月|上月|下月|本周|上周|下周|上午|下午|今年|去年|明年")


def _unstated_times(masked: str, aligned: Sequence[str]) -> list[str]:
    """Return the time words of a masked sentence that the aligned sentences, their dates
    masked too, do not have (年中 is not in 「2026年中国…」)."""
    held = "\n".join(masked_claims(t) for t in aligned)
    return [m.group(0) for m in TIME_WORDS.finditer(masked) if m.group(0) not in held]


def _words(text: str) -> list[str]:
    return [w for w in jieba_module().lcut(text) if w.strip() and w != _MASK]


def _licensed(word: str, licence: str) -> bool:
    """Return whether the licence has the word, or each pair of its characters (a word split
    or joined otherwise: 省级财政 for 省财政 is not, 数据标注基地 for 标注基地 … 数据 is)."""
    if word in licence:
        return True
    if len(word) < 3:
        return False
    return all(word[i:i + 2] in licence for i in range(len(word) - 1))


def _single_in_place(words: Sequence[str], i: int, licence: str) -> bool:
    """Return whether a one-character word stands in the licence next to a neighbour it has
    in the model sentence (须在 … 须在, not 或无 where the page says 且无)."""
    word = words[i]
    before = words[i - 1][-1:] if i > 0 else ""
    after = words[i + 1][:1] if i + 1 < len(words) else ""
    return any(k and k in licence for k in (before + word if before else "", word + after if after else ""))


def dropped_words(s: str, masked: str, source: str) -> str:
    """Return a hedge, negation, target frame or qualifier of the source sentence that a
    model sentence restating that part of it leaves out, or ""."""
    own = pairs(masked)
    model_clauses = _clauses(s)
    for clause in _clauses(source):
        frame = _TARGET_FRAME.search(clause)
        if frame and not _TARGET_FRAME.search(s) and _restates(own, _TARGET_FRAME.sub(_MASK, clause)):
            return frame.group(0)
        if "截至" in clause and "截至" not in s and _TARGET_FRAME.search(s) and not frame \
                and _restates(own, clause):
            return "截至"  # an as-of date made a target (截至2026年8月底 → 到2028年)
        mine = max(model_clauses, key=lambda c: len(pairs(c) & pairs(clause)), default="")
        for hedge in HEDGES:
            if hedge in clause and hedge not in s and _restates(own, clause.replace(hedge, _MASK)):
                return hedge
        for m in IN_PLACE.finditer(clause):
            after = clause[m.end():m.end() + 1]
            if _NUMERIC.match(after):
                continue  # a bound on a figure (不超过20%): the figure's own check holds it
            placed = m.group(0) if not _CJK.match(after) else m.group(0) + after
            rest = clause[:m.start()] + _MASK + clause[m.end():]
            if placed not in mine and _restates(pairs(mine), rest, least=2):
                return m.group(0)
    return _dropped_qualifier(masked, source) or _dropped_place(masked, source)


_PLACE_PREFIX = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:省|市|自治区|县))(?=[\u4e00-\u9fff]{4})")
_LEVELS = ("省", "市", "区", "县", "州", "国", "部")


def _dropped_place(masked: str, source: str) -> str:
    """Return the place a model sentence drops from the front of a body the restated sentence
    names (北京市科学技术委员会 written 科学技术委员会: any city's, or none), or "". A level kept in
    front (省经信厅 for 浙江省经信厅) is a short form, not a drop."""
    for body in claims_of(source).bodies:
        m = _PLACE_PREFIX.match(body_name(body))
        if not m:
            continue
        rest = body_name(body)[m.end():]
        at = masked.find(rest)
        if at < 0 or body_name(body) in masked:
            continue
        if at > 0 and (masked[at - 1] in _LEVELS or _CJK.match(masked[at - 1])):
            continue
        return m.group(1)
    return ""


def _restates(own: set[str], clause: str, least: int = 3) -> bool:
    """Return whether a model's wording holds most of a source clause's (at least `least` pairs)."""
    rest = pairs(clause)
    return len(rest) >= least and len(rest & own) >= RESTATED * len(rest)


def _clauses(text: str) -> list[str]:
    """Return the clauses of a sentence; a short one (力争到2028年) joined to the next."""
    out: list[str] = []
    carry = ""
    for clause in re.split(r"[，,；;。！？!?：:]", text):
        clause = carry + clause
        carry = clause if len(pairs(clause)) < MIN_CLAUSE_PAIRS else ""
        if not carry and clause:
            out.append(clause)
    return out + ([carry] if carry else [])


# a qualifier of 2 to 20 characters, 的, and the first two characters of the noun it qualifies
_QUALIFIED = re.compile(r"([\u3400-\u9fff]{2,20})的([\u3400-\u9fff]{2})")
ANCHOR_CHARS = 4  # what must follow the kept noun, as the source has it, for the spot to be the same


def _dropped_qualifier(masked: str, source: str) -> str:
    """Return the qualifier in front of a noun (「接入国家算力互联互通平台的」算力中心) that a
    model sentence keeping the noun and what follows it leaves out, or ""."""
    plain = masked_claims(source)
    for m in _QUALIFIED.finditer(plain):
        qualifier = m.group(1)
        stop = _CLAUSE_END.search(plain, m.start(2))
        anchor = plain[m.start(2):min(m.start(2) + HEAD_CHARS + ANCHOR_CHARS, stop.start() if stop else len(plain))]
        if len(anchor) < HEAD_CHARS + 2 or anchor not in masked:
            continue
        at = masked.find(anchor)
        in_front = masked[max(0, at - len(qualifier) - 1):at]
        if in_front.endswith("的") or qualifier[-2:] in in_front:
            continue
        return qualifier + "的"
    return ""


_DOUBLED = re.compile(r"([\u3400-\u9fff]{3,})[、和与及]\1")


def _doubled_names(sentence: str, s: str) -> list[Claim]:
    """Return a claim for a name listed twice in a row (国家发展改革委、国家发展改革委): one of
    the bodies the page names has been put in another's place."""
    m = _DOUBLED.search(s)
    return [Claim("body", m.group(1), sentence, f"{m.group(1)} is listed twice where the cited sentence names two")
            ] if m else []


def _foreign_places(sentence: str, masked: str, sources: Sequence[str]) -> list[Claim]:
    """Return a claim for a place an interpreting sentence names that no cited page names
    (「相关指标已超过德国」): a comparison with it is a claim of its own."""
    joined = "\n".join(sources)
    return [Claim("report", place, sentence, f"{place} is not named in the cited pages")
            for place in dict.fromkeys([*place_names(masked), *(r for r in REGIONS if r in masked)])
            if (place.endswith(PLACE_SUFFIXES) or place in REGIONS) and place not in joined][:1]


def _reported_in_analysis(sentence: str, masked: str, aligned: Sequence[str]) -> list[Claim]:
    """Return a claim if an analysis sentence reports a status or a commitment (已, 将给予)
    that none of the source sentences it aligns with says."""
    m = ANALYSIS_REPORT.search(masked)
    if not m or any(m.group(0) in text for text in aligned):
        return []
    return [Claim("report", m.group(0), sentence,
                  f"the analysis reports “{m.group(0)}”, which no cited sentence says")]
