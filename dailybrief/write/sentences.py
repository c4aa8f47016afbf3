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
    r"转载|原创|版权|责任编辑|编辑：|记者：|来源：|关闭窗口|ICP|联系电话|邮编|附件：|免责"
)
# Words of a page's buttons and widgets that are also words of news (3D打印设备, 注册用户1.2亿,
# 下载量): boilerplate only in a sentence that states no figure.
WIDGET_WORDS = re.compile(r"扫一扫|分享到|打印|点击|下载|二维码|公众号|登录|注册")
ANALYSIS_MARKERS = re.compile(
    r"意味着|表明|说明|信号|有望|值得关注|关键在于|核心|释放|将推动|有利于|业内人士|专家(?!评审|论证|评估|评议|组|库)|认为|"
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


# A note under a statistics release or a table: definitions, not news (附注：1.指标解释 …).
NOTES_HEADING = re.compile(r"^(?:附注|指标解释|名词解释|统计说明|数据说明)")
NOTE_LINE = re.compile(r"^(?:注|注释|说明)[:：]")  # one note under a table
# A table's total, as a line of its own or a note (合计：共118家…; 注：本批共支持项目327个…): what a
# list or a funding table amounts to, often the only figure a brief needs from it.
TOTAL_LINE = re.compile(r"^(?:(?:合计|总计|共计)[:：]\s*|(?:注|说明)[:：]\s*(?=[^。]*(?:共|合计|总计)))(\S[^\n]*[\u4e00-\u9fa5][^\n]*)$")
# A spreadsheet's total row, its cells apart: 「合计 52个项目 拟支持资金合计1.38亿元」.
TOTAL_ROW = re.compile(r"^(合计|总计|共计)\s+(\S.*[\u4e00-\u9fa5].*)$")
# The items of an enumeration in one sentence: 一是…；二是…；三是… or 要…；要…；要….
ITEM_MARKER = re.compile(r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]，|[（(][一二三四五六七八九十]{1,2}[）)])")
LIST_LEAD_IN = re.compile(
    r"^(.{0,40}?(?:：|(?:要求|强调|指出|提出|明确|部署|表示|认为|建议)[，:：]))(?=.)")
MIN_LIST_ITEMS = 3
ITEM_HEAD_MAX_CHARS = 30
LIST_ITEM_WEIGHT = 0.75
MAX_LIST_WEIGHT = 3.0
LIST_SEPARATOR = "；"
# A point in time short of a day: 2028年上半年, 2027年底, 2029年第一季度.
PERIOD_TIME = re.compile(r"(?<!\d)\d{4}年(?:上半年|下半年|年底|年末|底|末|第?[一二三四]季度)")


def enumeration_sentence(sentence: str) -> str:
    """Return an enumeration of three or more parallel items (一是…；二是…, 要…；要…) as one
    sentence of its lead-in and each item's first clause, every part the page's own words;
    or '' when the sentence is no such list, or an item states a figure its first clause drops."""
    body = sentence.rstrip("。；")
    lead_in = LIST_LEAD_IN.match(body)
    head = lead_in.group(1) if lead_in else ""
    items = [i for i in body[len(head):].split(LIST_SEPARATOR) if i]
    if len(items) < MIN_LIST_ITEMS:
        return ""
    marked = all(ITEM_MARKER.match(i) for i in items)
    same_start = len({i[:1] for i in items}) == 1 and bool(re.match(r"[\u4e00-\u9fa5]", items[0]))
    if not head or not (marked or same_start):
        return ""  # items without what they are the items of say too little
    heads = []
    for item in items:
        first, _, rest = item.partition("，")
        if re.search(r"\d", rest) or len(first) > ITEM_HEAD_MAX_CHARS:
            return ""
        heads.append(first)
    return head + LIST_SEPARATOR.join(heads) + "。"


LIST_HEADING = re.compile(r"^((?:[一二三四五六七八九十]{1,3}、)?[\u4e00-\u9fa5]{2,10})。$")  # 三、重点任务。


def _listed(line: str) -> str:
    """Return the line with each sentence that enumerates items made one compact sentence; a
    heading just before the items (三、重点任务。（一）…；（二）…) is their lead-in."""
    out: list[str] = []
    for chunk in re.split(r"(?<=。)", line):
        if chunk.count(LIST_SEPARATOR) < MIN_LIST_ITEMS - 1:
            out.append(chunk)
            continue
        heading = LIST_HEADING.match(out[-1]) if out else None
        composed = enumeration_sentence(chunk)
        if not composed and heading:
            composed = enumeration_sentence(heading.group(1) + "：" + chunk)
            if composed:
                out.pop()
        out.append(composed.replace(LIST_SEPARATOR, "\0") if composed else chunk)
    return "".join(out)


# A table of named entries (序号 案例名称 申报单位 …, rows 1 青岛港… …): its first names are a fact.
NAME_TABLE_HEADER = re.compile(r"^序号\s+([\u4e00-\u9fa5]{0,6}?)(?:名称|名单)\s")
NAME_TABLE_ROW = re.compile(r"^\d{1,4}\s+(\S{4,40})(?:\s|$)")
LISTED_NAMES = 3


LISTED = re.compile(r"^[\u4e00-\u9fa5]{0,6}包括(.+)等。$")


def listed_names(sentence: str) -> list[str]:
    """Return the entries a 「…包括A、B、C等。」 sentence names (a table's first names)."""
    m = LISTED.match(sentence)
    return [n for n in m.group(1).split("、") if len(n) >= 4] if m else []


def listed_name_sentences(text: str) -> list[str]:
    """Return the sentences naming the first entries of each table of names in text."""
    lines = text.splitlines()
    return [line for line in _with_listed_names(lines) if LISTED.match(line) and line not in lines]


def _with_listed_names(lines: list[str]) -> list[str]:
    """Return the lines with a sentence naming the first entries of each table of names put in
    front of its header (「案例包括青岛港全自动化集装箱码头智能调度、…等。」): a list's entries are
    what its notice announces, and a table row is no sentence of its own."""
    out: list[str] = []
    for i, line in enumerate(lines):
        header = NAME_TABLE_HEADER.match(line.strip())
        if header:
            names = []
            for row in lines[i + 1:i + 1 + 2 * LISTED_NAMES]:
                m = NAME_TABLE_ROW.match(row.strip())
                if m and re.search(r"[\u4e00-\u9fa5]", m.group(1)):
                    names.append(m.group(1))
            if len(names) >= 2:
                out.append(f"{header.group(1) or '名单'}包括{'、'.join(names[:LISTED_NAMES])}等。")
        out.append(line)
    return out


def clean_sentences(text: str, *, lists: bool = False) -> list[str]:
    """Return the usable sentences of an article: no boilerplate, no questions, no stubs, nothing
    from its notes on. Each sentence of a law's article says which article it is (第十五条规定，…):
    its number is a fact. With lists, an enumeration of items is one sentence of each item's
    first clause (enumeration_sentence) instead of a sentence per item."""
    out = []
    for line in _with_listed_names(text.splitlines()):
        line = normalize_digits(line.strip())
        if NOTES_HEADING.match(line):
            break
        total = TOTAL_LINE.match(line)
        row = TOTAL_ROW.match(line)
        if total and figures_in(line):
            line = total.group(1).rstrip("。；;，,") + "。"  # a table's total: 合计：共118家 → 共118家。
        elif row and figures_in(line):  # 合计 52个项目 拟支持资金… → 合计52个项目，拟支持资金…。
            line = row.group(1) + "，".join(row.group(2).split()).rstrip("。；;，,") + "。"
        elif NOTE_LINE.match(line):
            continue
        if lists:
            line = _listed(line)
        label = ARTICLE_LABEL.match(line)
        for raw in split_sentences(ARTICLE_LABEL.sub("", line)):
            raw = raw.replace("\0", LIST_SEPARATOR)
            sentence = ENUMERATION.sub("", DATELINE.sub("", ANSWER_PREFIX.sub("", raw.strip())))
            if len(sentence) > MAX_SENTENCE_CHARS or len(sentence) < MIN_SENTENCE_CHARS and not (
                    len(sentence) >= MIN_FIGURE_SENTENCE_CHARS and figures_in(sentence)):
                continue
            if QUESTION.match(sentence) or sentence.endswith("？") or BOILERPLATE.search(sentence):
                continue
            if WIDGET_WORDS.search(sentence) and not figures_in(sentence):
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
    hard += 1.5 * min(len(PERIOD_TIME.findall(sentence)), 2)
    if sentence.count(LIST_SEPARATOR) >= MIN_LIST_ITEMS - 1:
        hard += min(MAX_LIST_WEIGHT, LIST_ITEM_WEIGHT * (sentence.count(LIST_SEPARATOR) + 1))
    hard += sum(TYPED_WEIGHTS[kind] for kind, text in typed if kind in TYPED_WEIGHTS
                and not (kind in (FactKind.LIMIT, FactKind.DURATION)
                         and any(f in text for f in literals)))
    if hard > 0:
        return hard, 0.0  # fields and tasks next to figures do not outweigh another figure
    fields = sorted((field_weight(sentence, text) for kind, text in typed if kind is FactKind.FIELDS),
                    reverse=True)
    tasks = sum(1 for kind, _ in typed if kind is FactKind.TASK)
    soft = sum(fields[:MAX_SOFT_SCORED]) + SOFT_WEIGHTS[FactKind.TASK] * min(MAX_SOFT_SCORED, tasks)
    return hard, soft


# What an enumeration is a list of: 在量子信息、生物制造、脑机接口等方向前瞻布局 names fields;
# 投早、投小、投长期 or 创新驱动、应用牵引 is a slogan.
FIELD_NOUNS = re.compile(r"^(?:等|以及)?(?:重点|前沿|新兴|未来)?(?:方向|领域|产业|行业|赛道|技术|场景|枢纽节点|地区|省份|城市)")
NAMED_FIELDS_WEIGHT = 1.5
SLOGAN_WEIGHT = 0.25
SLOGAN_ITEM_CHARS = 3  # 投早、投小、投长期: items this short on average are a slogan


def field_weight(sentence: str, fields: str) -> float:
    """Return how much an enumeration tells: a list of named fields (…等方向, …等领域) most, a
    slogan of short items least, any other list as SOFT_WEIGHTS says."""
    after = sentence[sentence.find(fields) + len(fields):] if fields in sentence else ""
    if FIELD_NOUNS.match(after):
        return NAMED_FIELDS_WEIGHT
    items = fields.split("、")[1:]  # the first is cut where its leading verb ends, not its own length
    if sum(map(len, items)) / len(items) <= SLOGAN_ITEM_CHARS:
        return SLOGAN_WEIGHT
    return SOFT_WEIGHTS[FactKind.FIELDS]


# A release's own reading of its figures, in a sentence that states none: 工业生产总体平稳，新动能
# 持续发挥带动作用; 外部环境不确定性依然较多.
ASSESSMENT_MARKERS = re.compile(
    r"(?:总体|整体|运行)(?:平稳|向好|稳定|良好)|稳中有进|稳中向好|回升向好|持续(?:发挥|增强|显现|释放)|"
    r"不确定性|基础仍需|仍需巩固|带动作用|支撑作用|新动能")


def is_analysis(sentence: str) -> bool:
    """Return whether a sentence reads as analysis, not as one writer's own opinion: analysis
    words, or a reading of the figures in a sentence that states none."""
    if FIRST_PERSON_OPINION.search(sentence):
        return False
    return bool(ANALYSIS_MARKERS.search(sentence)) or bool(
        ASSESSMENT_MARKERS.search(sentence) and not figures_in(sentence) and not cn_amounts_in(sentence))


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
