"""时间节点 entries: who must do what by when, from the sentence that states a deadline.

「省级能源主管部门会同发展改革部门组织做好项目申报和初审工作，于2026年7月15日前将推荐项目清单
和申报材料报送国家发展改革委」 becomes 「省级能源主管部门：7月15日前报送推荐项目清单和申报材料」;
「…公开征求意见，截止日期为2026年7月10日」 becomes 「《…》征求意见：7月10日截止」. The words are
the sentence's own (who, the verb and its object), reordered; nothing is added.
"""

from __future__ import annotations

import re
from datetime import date

from ..analyse.facts import is_month_end
from .sentences import ENUMERATION

ENTRY_MAX_CHARS = 60
EVENT_MAX_CHARS = 14
WHO_ENDINGS = (
    r"(?:主管部门|部门|单位|企业|团队|机构|主体|人民政府|政府|局|委|厅|部|司|办|高校|院所|个人|申报人|"
    r"运营单位|平台|公司|集团|中心|地级以上市|各市|各区|各地|公众|社会各界|有关方面)"
)
WHO = re.compile(
    rf"^(?:请|由|并|各地要|同时)?(?P<who>[\u4e00-\u9fa5、（）()]{{1,36}}?{WHO_ENDINGS})"
    r"(?:会同|应当|应|须|需|要|于|在|将|按|可|统一|负责|组织|登录|通过|做好|结合|研究|务必|请)"
)
EVENTS = ("征求意见", "报名", "申报", "受理", "征集", "评审", "备案", "报送", "提交", "注册", "投稿", "答辩")
SUBMIT_TO_BODY = re.compile(r"^(报送|提交|上报|报)([\u4e00-\u9fa5、（）()]{2,30}?(?:部|局|委|厅|司|办|中心|政府))(?:[（(][^）)]*[）)])?$")
PUT_OBJECT = re.compile(r"^将(.{2,30}?)(报送|提交|上报|寄送|发送)")
PREPARED_OBJECT = re.compile(r"(?:研究制定|制定|编制|形成|梳理|遴选|推荐)(.{2,20})$")
DOCUMENT = re.compile(r"《[^《》]{2,40}》")
TIME_OF_DAY = re.compile(r"^\s*(\d{1,2}[:：]\d{2}|\d{1,2}时)")
AFTER_DATE = re.compile(r"^\s*(?:\d{1,2}[:：]\d{2}|\d{1,2}时)?\s*(?:前|之前|以前)")
CLOSING = re.compile(r"(?:截止|截至|结束)(?:日期|时间)?(?:为|是|：|:)?\s*$")
TAKES_EFFECT = re.compile(r"^\s*(?:起|开始)\s*(?:正式)?(?P<verb>施行|实施|执行|生效)")


def deadline_entry(sentence: str, literal: str, day: date, *, year: int) -> str:
    """Return 「who：M月D日前 do what」 for the deadline `literal` stated in `sentence`, or ''
    when the sentence does not say who or what plainly enough."""
    clauses = [ENUMERATION.sub("", c).strip() for c in re.split(r"[，；。]", sentence) if c.strip()]
    i = next((k for k, c in enumerate(clauses) if literal in c), None)
    if i is None:
        return ""
    clause = clauses[i]
    before, after = clause.split(literal, 1)
    when = _when(day, year, literal) + (TIME_OF_DAY.match(after).group(1) if TIME_OF_DAY.match(after) else "")
    who = _who(clauses, i)
    if AFTER_DATE.match(after):
        action = _action(AFTER_DATE.sub("", after).strip(), clauses[:i])
        if who and action:
            return _fit(f"{who}：{when}前{action}")
        if action:
            return _fit(f"{when}前{action}")
    if CLOSING.search(before):
        event = _event(CLOSING.sub("", before), clauses[:i], sentence)
        if who and event:
            return _fit(f"{who}：{when}前{event}")
        if event:
            return _fit(f"{event}：{when}截止")
    return ""


def effective_entry(sentence: str, literal: str, day: date, *, year: int) -> str:
    """Return 「《document》：M月D日起施行」 when `sentence` says the document it names takes
    effect on the date `literal` (自2028年5月1日起施行), or ''. A date a rule takes effect is
    a 时间节点 the reader plans around, as much as a deadline is."""
    head, sep, after = sentence.partition(literal)
    effect = TAKES_EFFECT.match(after) if sep else None
    if not effect:
        return ""
    documents = DOCUMENT.findall(head)
    if not documents:
        return ""
    return _fit(f"{documents[-1]}：{_when(day, year, literal)}起{effect.group('verb')}")


def _when(day: date, year: int, literal: str = "") -> str:
    """Return the date as the table writes it: 7月15日, or the literal's own 6月底 / 2029年底."""
    if is_month_end(literal):
        return re.sub(rf"^{year}\s*年\s*(?=\d)", "", re.sub(r"\s+", "", literal))
    return f"{day.month}月{day.day}日" if day.year == year else f"{day.year}年{day.month}月{day.day}日"


def _who(clauses: list[str], i: int) -> str:
    for clause in (clauses[i], *reversed(clauses[max(0, i - 2):i])):
        m = WHO.match(clause)
        if m:
            return m.group("who")
    return ""


def _action(text: str, earlier: list[str]) -> str:
    """Return the verb and object after 「…前」: 将X报送Y → 报送X; 报送Y → 报送 + what was prepared."""
    text = re.sub(r"^(?:通过[^，]{0,20}?(?:系统|方式|平台)|在线|统一)", "", text).strip()
    text = re.sub(r"[（(][^）)]*[）)]", "", text)
    m = PUT_OBJECT.match(text)
    if m:
        return m.group(2) + m.group(1)
    m = SUBMIT_TO_BODY.match(text)
    if m:
        prepared = next((PREPARED_OBJECT.search(c) for c in reversed(earlier) if PREPARED_OBJECT.search(c)), None)
        return m.group(1) + (prepared.group(1) if prepared else "材料")
    return text if 2 <= len(text) <= 30 else ""


def _event(before: str, earlier: list[str], sentence: str) -> str:
    """Return what closes on the date: 报名, 征求意见 … (with the document it concerns)."""
    before = before.strip().replace("的", "")
    if 2 <= len(before) <= EVENT_MAX_CHARS:
        return before
    for text in (before, *reversed(earlier)):
        found = [(text.rfind(w), w) for w in EVENTS if w in text]
        if found:
            word = max(found)[1]
            document = DOCUMENT.search(sentence)
            return (document.group(0) if document and word == "征求意见" else "") + word
    return ""


def _fit(entry: str) -> str:
    return entry if len(entry) <= ENTRY_MAX_CHARS else ""
