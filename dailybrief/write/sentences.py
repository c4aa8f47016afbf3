"""Choosing sentences: which sentences of a page state its facts, and which are boilerplate."""

from __future__ import annotations

import re

from ..analyse.facts import (
    cn_amounts_in,
    dates_in,
    documents_in,
    figures_in,
    is_deadline,
    typed_facts_in,
)
from ..models import FactKind
from ..text import normalize_digits, split_sentences

BOILERPLATE = re.compile(
    r"转载|原创|版权|责任编辑|编辑：|记者：|来源：|扫一扫|分享到|打印|关闭窗口|ICP|联系电话|"
    r"邮编|附件：|点击|下载|二维码|公众号|免责|登录|注册"
)
ANALYSIS_MARKERS = re.compile(
    r"意味着|表明|说明|信号|有望|值得关注|关键在于|核心|释放|将推动|有利于|业内人士|专家|认为|"
    r"折射|标志着|体现|趋势|下一步|值得持续|取决于|回应"
)
QUESTION = re.compile(r"^(?:问|记者)[:：]")
FIRST_PERSON_OPINION = re.compile(r"我们认为|我认为|笔者|本报认为|本网认为|在我看来")
# Notice formulas that carry no news when they state no figure or date.
ADMIN_FORMULA = re.compile(
    r"印发给你们|通知如下|特此通知|请结合实际|认真贯彻(?:落实|执行)|认真组织实施|现予印发|"
    r"^以下为|遇到的问题|请径向|制定本(?:办法|方案|措施|计划|规定|细则|行动计划|条例)|制定以下措施|及时(?:向.{0,20})?反馈|及时(?:向.{0,20})?反映|联系人[:：]|联系电话"
)
# A news dateline before the first sentence: 新华社北京6月7日电（记者 …）, 本报讯.
DATELINE = re.compile(
    r"^(?:(?:新华社|中新社|本报|[\u4e00-\u9fa5]{1,4}网)?[\u4e00-\u9fa5]{2,8}\d{1,2}月\d{1,2}日(?:电|讯)|本报讯)"
    r"\s*(?:[（(](?:记者|通讯员)[^）)]{0,30}[）)])?\s*"
)
ENUMERATION = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.、．]|"
    r"第[一二三四五六七八九十百零]{1,4}条\s)\s*"
)
# An article of a law or rule at the start of its line: 第十五条　省人民政府… (its number is a fact).
ARTICLE_LABEL = re.compile(r"^(第[一二三四五六七八九十百零\d]{1,6}条)[\s\u3000]+(?=\S)")
# Weights of the facts beyond figures a sentence states, for choosing the sentences that carry a
# section's substance. Fields and tasks weigh less than any figure: they are what a storyline
# without figures has to say, and the rest of a figure-rich one.
TYPED_WEIGHTS = {
    FactKind.DOC_NUMBER: 2.0, FactKind.ARTICLE: 1.0, FactKind.RANGE: 2.0, FactKind.LIMIT: 1.5,
    FactKind.DURATION: 2.0, FactKind.ISSUED: 1.5, FactKind.PERSON: 2.0,
}
SOFT_WEIGHTS = {FactKind.FIELDS: 0.75, FactKind.TASK: 0.5}
MAX_SOFT_SCORED = 2  # of each soft kind
ANSWER_PREFIX = re.compile(r"^(?:答|[\u4e00-\u9fa5]{2,8}(?:负责人|负责同志))[:：]\s*")
CN_DURATION = re.compile(r"[一二两三四五六七八九十]{1,3}(?:年|个月)(?!度|代|级)")  # 有效期为三年
MAX_SENTENCE_CHARS = 220
MIN_SENTENCE_CHARS = 12
MIN_FIGURE_SENTENCE_CHARS = 8  # 条例共六章四十五条。 is short and says something


def clean_sentences(text: str) -> list[str]:
    """Return the usable sentences of an article: no boilerplate, no questions, no stubs. Each
    sentence of a law's article says which article it is (第十五条规定，…): its number is a fact."""
    out = []
    for line in text.splitlines():
        line = normalize_digits(line.strip())
        label = ARTICLE_LABEL.match(line)
        for raw in split_sentences(ARTICLE_LABEL.sub("", line)):
            sentence = ENUMERATION.sub("", DATELINE.sub("", ANSWER_PREFIX.sub("", raw.strip())))
            if len(sentence) > MAX_SENTENCE_CHARS or len(sentence) < MIN_SENTENCE_CHARS and not (
                    len(sentence) >= MIN_FIGURE_SENTENCE_CHARS and figures_in(sentence)):
                continue
            if QUESTION.match(sentence) or BOILERPLATE.search(sentence):
                continue
            if ADMIN_FORMULA.search(sentence) and not re.search(r"\d", re.sub(r"《[^》]*》", "", sentence)):
                continue
            if not sentence.endswith(("。", "！", "；", "？")):
                continue  # headings, list labels and signature lines
            if label:
                sentence = f"{label.group(1)}规定，{sentence}"
            out.append(sentence[:-1] + "。" if sentence.endswith("；") else sentence)
    return out


def information_score(sentence: str, position: int, year: int) -> float:
    """Return how much a sentence tells: figures, deadlines, documents, the facts beyond figures,
    and the lead."""
    hard, soft = substance(sentence, position, year)
    return hard + soft


def substance(sentence: str, position: int, year: int) -> tuple[float, float]:
    """Return (hard, soft): the weight of what a sentence states that can be checked (figures,
    deadlines, documents, document and article numbers, ranges, limits, durations, issue dates,
    who said it; and the lead), and of the fields and tasks it names."""
    typed = typed_facts_in(sentence, year)
    literals = {f[0] for f in figures_in(sentence)} | {f[0] for f in cn_amounts_in(sentence)}
    figures = len(literals)
    if not any(kind is FactKind.DURATION for kind, _ in typed):
        figures += len(CN_DURATION.findall(sentence))
    deadline = any(is_deadline(sentence, s, e) for _, _, s, e in dates_in(sentence, year))
    documents = len(documents_in(sentence))
    lead = 2.0 if position == 0 else (1.0 if position == 1 else 0.0)
    hard = 2.0 * min(figures, 6) + 3.0 * deadline + 1.0 * min(documents, 2) + lead
    hard += sum(TYPED_WEIGHTS[kind] for kind, text in typed if kind in TYPED_WEIGHTS
                and not (kind in (FactKind.LIMIT, FactKind.DURATION)
                         and any(f in text for f in literals)))
    if hard > 0:
        return hard, 0.0  # fields and tasks next to figures do not outweigh another figure
    soft = sum(w * min(MAX_SOFT_SCORED, sum(1 for kind, _ in typed if kind is k))
               for k, w in SOFT_WEIGHTS.items())
    return hard, soft


def is_analysis(sentence: str) -> bool:
    """Return whether a sentence reads as analysis, not as one writer's own opinion."""
    return bool(ANALYSIS_MARKERS.search(sentence)) and not FIRST_PERSON_OPINION.search(sentence)


# Sentences addressed to the officials or applicants who carry a notice out: how to organise,
# what to submit and how, who may apply. A brief's reader needs the what and the when, which
# a deadline sentence keeps (see is_procedure).
PROCEDURE = re.compile(
    r"做好|抓好|认真(?:组织|做好|落实|执行)|高度重视|切实(?:加强|做好)|加强组织(?:领导|实施)|"
    r"确保.{0,12}(?:顺利|有序|落到实处)|按(?:照)?(?:有关)?要求|不得无故|申报材料(?:要求|包括)|"
    r"材料(?:要求|格式|模板)|一式[两二三四五]份|加盖公章|纸质(?:版|材料)|邮寄|电子版|报送方式|"
    r"联系方式|咨询电话|电子邮箱|邮箱[:：]|传真"
)
ELIGIBILITY = re.compile(
    r"周岁|年龄(?:不超过|在)|学历|职称|独立法人|法人资格|注册资本|成立(?:满|时间不少于)|信用记录|"
    r"失信|无不良|缴纳社保|纳税信用|参赛对象|申报主体(?:应|须)|申报单位(?:应|须)|参评对象|申报条件如下"
)
DEADLINE_WORDS = re.compile(r"\d{1,2}月\d{1,2}日(?:\d{1,2}[:：]\d{2})?(?:前|之前|以前|截止|止)|截止")
LEAD_VERBS = re.compile(
    r"印发|发布|公布|出台|举行|召开|举办|启动|闭幕|开幕|通过|宣布|签署|上线|建成|投运|揭牌|成立|批准|施行|披露"
)
LEAD_TIME = re.compile(
    r"(?:\d{1,2}月\d{1,2}日|(?<![\d月])\d{1,2}日|近日|日前|今天|昨天|今年以来)(?!\d|前|之前|以前|截止|止|起)")
LEAD_TIME_WITHIN_CHARS = 24  # a lead says when at its start, not in a deadline further on


def is_procedure(sentence: str) -> bool:
    """Return whether a sentence tells officials or applicants how to proceed (no deadline)."""
    if DEADLINE_WORDS.search(sentence):
        return False
    return bool(PROCEDURE.search(sentence) or ELIGIBILITY.search(sentence))


def is_lead(sentence: str) -> bool:
    """Return whether a sentence says who did what when (a news lead)."""
    return bool(LEAD_TIME.search(sentence[:LEAD_TIME_WITHIN_CHARS]) and LEAD_VERBS.search(sentence))
