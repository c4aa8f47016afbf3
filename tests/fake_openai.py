"""A small OpenAI-compatible chat server on 127.0.0.1, scripted per test.

It answers POST /v1/chat/completions the way the real APIs do: `choices[0].message.content`
and `usage` on success, 401 for a wrong key, 404 `model_not_found` for an unknown model, and
whatever a test's responder returns otherwise (a 429 or 500, a slow answer, bad JSON …).
Every request body is recorded, so tests can count calls and read the prompts.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHAT_PATH = "/v1/chat/completions"


@dataclass
class Reply:
    """One scripted answer: a message (status 200) or an error status with an error body."""

    content: str | None = None
    status: int = 200
    error: dict[str, Any] | None = None
    delay_s: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    prompt_tokens: int = 120
    completion_tokens: int = 80
    raw: str | None = None


Responder = Callable[[dict[str, Any]], Reply]


def chat_reply(content: str, prompt_tokens: int = 120, completion_tokens: int = 80) -> Reply:
    return Reply(content=content, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens)


def error_reply(status: int, message: str, code: str = "", **kwargs: Any) -> Reply:
    return Reply(status=status, error={"message": message, "type": "invalid_request_error",
                                       "code": code or None}, **kwargs)


class FakeOpenAI:
    """The server; use as a context manager. `url` is the base URL to configure (…/v1)."""

    def __init__(self, responder: Responder, *, api_key: str = "sk-test",
                 models: tuple[str, ...] = ("fake-chat",)) -> None:
        self.responder = responder
        self.api_key = api_key
        self.models = models
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    @property
    def count(self) -> int:
        with self.lock:
            return len(self.requests)

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def answer(self, headers: dict[str, str], body: dict[str, Any]) -> Reply:
        """Return the reply to one request: auth and model checks first, then the script."""
        with self.lock:
            self.requests.append(body)
        if headers.get("authorization") != f"Bearer {self.api_key}":
            return error_reply(401, "Incorrect API key provided.", "invalid_api_key")
        if body.get("model") not in self.models:
            return error_reply(404, f"The model `{body.get('model')}` does not exist or you do "
                                    "not have access to it.", "model_not_found")
        return self.responder(body)


def _handler_for(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            if self.path != CHAT_PATH:
                self._send(404, {"error": {"message": f"Not found: {self.path}"}})
                return
            try:
                body = json.loads(raw)
            except ValueError:
                self._send(400, {"error": {"message": "body is not JSON"}})
                return
            headers = {k.lower(): v for k, v in self.headers.items()}
            reply = fake.answer(headers, body)
            if reply.delay_s:
                time.sleep(reply.delay_s)
            if reply.raw is not None:
                self._send_text(reply.status, reply.raw, reply.headers)
            elif reply.status == 200:
                self._send(200, _completion(body, reply), reply.headers)
            else:
                self._send(reply.status, {"error": reply.error or {"message": "error"}}, reply.headers)

        def _send(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            self._send_text(status, json.dumps(payload, ensure_ascii=False), headers or {})

        def _send_text(self, status: int, text: str, headers: dict[str, str]) -> None:
            data = text.encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    return Handler


def _completion(body: dict[str, Any], reply: Reply) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": reply.content},
                     "finish_reason": "stop"}],
        "usage": {"prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens,
                  "total_tokens": reply.prompt_tokens + reply.completion_tokens},
    }


# --- an honest stand-in writer ---------------------------------------------------------------
# It composes from the prompt's material the way a careful model would: only what the pages say
# (sentences, or their leading clauses, copied as written), in the brief's shape — a title with
# an angle, a facts paragraph of about 260 characters that covers the key facts, an analysis
# paragraph that reasons from the kind of storyline without adding facts, and a 摘要 that says
# what the day amounts to before it names each storyline's point.

FACTS_BUDGET = 260
SUMMARY_BUDGET = 320
TITLE_MAX = 30
# Fields of the brief's beat, as the pages name them (the first the material names most wins).
FIELDS = ("人工智能+制造", "具身智能", "人形机器人", "高质量数据集", "数据要素", "数据标注", "算力", "绿电直连",
          "新型储能", "低空经济", "低空", "智能制造", "工业互联网", "数字经济", "未来产业", "新能源汽车",
          "智能网联汽车", "充电基础设施", "服务贸易", "集成电路", "生物制造", "量子", "氢能", "新能源",
          "电力", "人工智能", "数字化转型", "中小企业", "科技创新", "制造业")
_ISSUING = re.compile(r"印发|发布|公布|通过|施行|举行|召开|闭幕|开幕|启动|披露|显示|出台|批复")
_FIGURE = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?|[一二三四五六七八九十百千万亿两]+(?=[章条个家项款台])")
_ENDS_WITH_FIGURE = re.compile(r"\d[^，；：\d]{0,4}[，；：]?$")
_CLAUSE = re.compile(r"(?<=[，；：])")
_SENTENCE = re.compile(r"(?<=[。！？])")


def _kind(text: str) -> str:
    """Return what a storyline is, from its material: law, plan, pilot, data, event, contest or news."""
    tests = (("law", r"条例|办法.{0,8}(?:施行|公布)|立法|人民代表大会"), ("pilot", r"试点|申报"),
             ("contest", r"大赛|赛道"), ("event", r"大会|论坛|峰会|博览会|展会|闭幕|开幕"),
             ("plan", r"行动方案|实施方案|规划|行动计划|实施意见|工作要点|到20\d\d年"),
             ("data", r"数据显示|统计|同比|累计|截至"))
    for kind, pattern in tests:
        if re.search(pattern, text):
            return kind
    return "news"


def _field(text: str, headline: str = "") -> str:
    """Return the field a storyline is about: the longest the headline names, else the one the
    material names most."""
    named = [f for f in FIELDS if f in headline]
    if named:
        return max(named, key=len)
    counts = [(text.count(f), len(f), f) for f in FIELDS if f in text]
    return max(counts)[2] if counts else "新质生产力"


def _items(facts: list[str]) -> list[str]:
    """Return the key facts worth covering: figures, deadlines and 《documents》."""
    return list(dict.fromkeys(f for f in facts if re.search(r"\d", f) or f.startswith("《")
                              or (_FIGURE.search(f) and len(f) >= 4)))


def _prefix_covering(sentence: str, wanted: list[str]) -> str:
    """Return the sentence, or its leading clauses up to the last one stating a wanted fact."""
    clauses = _CLAUSE.split(sentence.rstrip("。"))
    last = max((i for i, c in enumerate(clauses) if any(w in c for w in wanted)), default=-1)
    if last < 0:
        return ""
    # a cut leaves a whole statement: after a semicolon, or after a figure ending a clause
    while last + 1 < len(clauses) and not (clauses[last].endswith("；") or (
            last >= 1 and _ENDS_WITH_FIGURE.search(clauses[last]))):
        last += 1
    text = "".join(clauses[:last + 1]).rstrip("，；：")
    return text + "。"


def _compose_facts(sentences: list[tuple[int, str]], facts: list[str]) -> tuple[str, list[int]]:
    unique = list(dict.fromkeys(s for _, s in sentences))
    ref_of = {s: n for n, s in reversed(sentences)}
    items = _items(facts)
    issuing = ([s for s in unique if _ISSUING.search(s) and "《" in s]
               or [s for s in unique if re.search(r"(?:部|局|委|厅|政府|办公厅|大会)[^，。]{0,6}(?:印发|发布|公布|举行|召开|闭幕)", s)])
    lead = max(issuing, key=lambda s: (sum(i in s for i in items), -len(s)), default=unique[0] if unique else "")
    chosen = {lead: lead if lead.endswith("。") else lead + "。"} if lead else {}
    left = [i for i in items if i not in lead]
    while left:
        best, score = None, 0.0
        for s in unique:
            if s in chosen or any(_alike(s, c) for c in chosen):
                continue
            text = _prefix_covering(s, left)
            covered = [i for i in left if i in text]
            if text and covered and len("".join(chosen.values())) + len(text) <= FACTS_BUDGET:
                value = len(covered) / len(text)
                if value > score:
                    best, score = (s, text, covered), value
        if best is None:
            break
        chosen[best[0]] = best[1]
        left = [i for i in left if i not in best[2]]
    ordered = [chosen[s] for s in unique if s in chosen]
    if lead in chosen:
        ordered.remove(chosen[lead])
        ordered.insert(0, chosen[lead])
    return "".join(ordered), sorted({ref_of[s] for s in chosen})


def _alike(a: str, b: str) -> bool:
    """Return whether two sentences say much the same (most of a's character pairs are b's)."""
    pa = {a[i:i + 2] for i in range(len(a) - 1)}
    pb = {b[i:i + 2] for i in range(len(b) - 1)}
    return bool(pa) and len(pa & pb) / len(pa) >= 0.6


def _short_document(text: str) -> str:
    m = re.search(r"《([^》]{4,20})》", text)
    if not m:
        return ""
    name = re.sub(r"[（(][^）)]*[）)]", "", m.group(1))
    return name if len(name) <= 16 else ""


ANGLES = {
    "law": "{doc}：地方立法为{field}立规矩",
    "pilot": "{field}项目申报进入窗口期",
    "plan": "{field}目标量化：从方向走向指标",
    "data": "从最新数据看{field}的底座变化",
    "event": "{field}从展台走向订单和场景",
    "contest": "以赛促用：{field}场景与项目对接",
    "news": "{field}出现值得跟踪的新变化",
}


def _compose_title(kind: str, field: str, material: str) -> str:
    doc = _short_document(material) if kind == "law" else ""
    title = ANGLES[kind].format(field=field, doc=doc or field + "制度")
    return title if len(title) <= TITLE_MAX else ANGLES["news"].format(field=field)


MEANING = {
    "law": "这类立法的意义在于，{field}的发展开始有了可预期的制度框架，权责、设施和场景都被纳入规则之中。",
    "pilot": "这条线索说明，{field}的政策重心正在从文件部署转向项目组织，申报条件体现出以用促建、择优支持的导向。",
    "plan": "这条线索说明，{field}正在从方向性部署转向可量化、可考核的目标任务。",
    "data": "这组数据说明，{field}的基础能力正在加快积累，规模指标之外，质量、结构和应用效果更值得关注。",
    "event": "从新质生产力角度看，{field}正在从技术展示走向场景订单和产业化验证。",
    "contest": "从新质生产力角度看，以赛事聚合项目、资本和场景，是地方培育{field}生态的常用抓手。",
    "news": "这条线索说明，{field}相关工作正在从文件部署走向落地实施，政策工具与企业需求的衔接更加直接。",
}
WATCH = {
    "law": "对地方政府和企业来说，下一步要看配套细则、监管方式和应用场景开放能否同步跟上。",
    "pilot": "对地方和企业来说，关键在于提前做好前期论证、项目储备和接入条件准备，避免仓促申报。",
    "plan": "关键在于把指标分解到行业、地区和企业，形成可跟踪、可评估的推进清单。",
    "data": "对产业园区和企业而言，数据背后的供给能力和应用需求，将决定下一阶段的投入方向。",
    "event": "意向和签约能否转化为真实交付，还需要在后续的量产、采购和应用中检验。",
    "contest": "对参与主体而言，赛事只是入口，后续的落地支持和场景对接更决定成效。",
    "news": "地方和企业的配套动作，值得持续跟踪。",
}


TIMING = {
    "law": "施行前还有过渡安排，已有设施和经营主体需要提前对照新规作出调整。",
    "pilot": "申报时间节点已经明确，留给前期论证和材料准备的时间并不宽裕。",
    "plan": "落实方案的报送时限已经明确，地方配套政策有望陆续跟进。",
    "data": "征求意见的时间窗口，也是行业参与规则制定的机会。",
    "event": "后续节点的安排，将检验热度能否转化为持续投入。",
    "contest": "报名时间有限，参与主体需要尽早组织项目和团队。",
    "news": "时间节点已经明确，相关主体需要把准备工作前置。",
}
STANDARDS = {
    "plan": "标准同步制修订，意味着推进方式更强调规范、可比和可评估。",
    "data": "标准和质量评价的跟进，将决定规模扩张能否转向质量提升。",
    "event": "标准和供应链的成熟度，将决定产品能否从样机走向批量交付。",
}


def _compose_analysis(kind: str, field: str, material: str) -> str:
    parts = [MEANING[kind].format(field=field)]
    if re.search(r"\d日(?:前|之前)|截止", material):
        parts.append(TIMING[kind])
    if "标准" in material and kind in STANDARDS:
        parts.append(STANDARDS[kind])
    parts.append(WATCH[kind])
    return "".join(parts)


def _section_reply(user: str) -> dict[str, Any]:
    material = user.split("原文句子")[1].split("写作要求")[0]
    listed = material.split("从原文抽取的关键事实")
    sentences = [(int(n), s.strip()) for n, s in re.findall(r"^\[(\d+)\] (.+)$", listed[0], re.M)]
    facts = re.findall(r"^- \[\d+\] (.+)$", listed[1], re.M) if len(listed) > 1 else []
    headline = (re.search(r"线索标题：(.+)", user) or [None, ""])[1].strip()
    text = headline + "".join(s for _, s in sentences)
    kind = _kind(headline) if _kind(headline) != "news" else _kind(text)
    field = _field(text, headline)
    paragraph, refs = _compose_facts(sentences, facts)
    return {"title": _compose_title(kind, field, text), "facts": paragraph,
            "analysis": _compose_analysis(kind, field, text), "refs": refs}


FOCUS = {"law": "地方立法", "pilot": "项目申报", "plan": "目标部署", "data": "数据披露", "event": "产业对接",
         "contest": "赛事对接", "news": "政策落地"}


def _summary_reply(user: str) -> dict[str, Any]:
    part = user.split("今天的线索")[1].split("写作要求")[0]
    blocks = [b for b in re.split(r"^(?=\d+\. )", part, flags=re.M) if re.match(r"\d+\. ", b)]
    sections = []
    for block in blocks:
        title = re.match(r"\d+\. (.+)", block).group(1).strip()
        facts = (re.search(r"事实：(.+)", block) or [None, ""])[1].strip()
        figures = (re.search(r"关键数字和时间节点：(.+)", block) or [None, ""])[1].split("、")
        sections.append((title, facts, [f for f in figures if f]))
    fields = [f for f in dict.fromkeys(_field(t + f, t) for t, f, _ in sections) if f != "新质生产力"][:4]
    kinds = list(dict.fromkeys(FOCUS[_kind(t + f)] for t, f, _ in sections))[:3]
    lead = "今天新质生产力方向的重点，不是单点技术新闻，而是" + "、".join(fields) + "几条线同时推进。"
    closing = "合起来看，" + "、".join(kinds) + "相互印证，政策正在从部署走向可执行、可跟踪的具体安排。"
    points = []
    budget = SUMMARY_BUDGET - len(lead) - len(closing)
    for title, facts, figures in sections:
        cap = max(60, budget // max(1, len(sections)))
        point = ""
        for figure in figures:  # the first key figure a short enough statement carries
            fitting = [p for s in _SENTENCE.split(facts) if s for p in [_prefix_covering(s, [figure])]
                       if p and len(p) <= cap]
            if fitting:
                point = min(fitting, key=len)
                break
        if points and point:
            field = _field(title + facts, title)
            point = ("地方层面，" if _kind(title + facts) == "law" else
                     "此外，" if field == "新质生产力" else field + "方面，") + point
        if point and len("".join(points)) + len(point) <= budget:
            points.append(point)
    return {"summary": lead + "".join(points) + closing}


def honest_responder(lies: bool = False) -> Responder:
    """Return a responder that writes sections and the 摘要 honestly from the prompt's material;
    with `lies`, each section also states a wrong figure and a misnamed ministry (which the
    writer's checks must keep out of the brief)."""
    def answer(body: dict[str, Any]) -> Reply:
        first = body["messages"][1]["content"]
        if "原文句子" in first:
            reply = _section_reply(first)
            if lies:
                reply["facts"] += "首批试点项目规模合计3000万千瓦。国家发展和改革部将加强指导。"
        elif "今天的线索" in first:
            reply = _summary_reply(first)
        else:
            reply = {"summary": ""}
        return chat_reply(json.dumps(reply, ensure_ascii=False))
    return answer
