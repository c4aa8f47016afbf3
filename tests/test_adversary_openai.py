"""The adversarial stand-in model itself (tests/adversary_openai.py): it answers the writer's
real prompts with valid JSON, plants one lie of the chosen class, and logs a probe that is found
in its own reply. These tests do not run the product; scripts or `adversary_openai.py run` do."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import adversary_openai as adv
import pytest
from jinja2 import Environment, FileSystemLoader

PROMPTS = Path(__file__).resolve().parent.parent / "dailybrief" / "write" / "prompts"
ENV = Environment(loader=FileSystemLoader(str(PROMPTS)))

SECTION = ENV.get_template("section.md.j2").render(
    title="工业和信息化部等八部门印发行动方案",
    references=[dict(n=1, publisher="工业和信息化部", published="2026-06-08", title="关于印发行动方案的通知"),
                dict(n=2, publisher="国家发展改革委", published="2026-06-05", title="绿电直连试点申报通知")],
    sentences=[(1, "工业和信息化部等八部门印发《推动“人工智能+制造”深度融合行动方案（2026—2028年）》。"),
               (1, "到2028年，人工智能在制造业重点行业的应用普及率达到70%，规模以上工业企业关键工序数控化率达到72%。"),
               (1, "建成先进级智能工厂3000家以上、卓越级智能工厂500家以上、领航级智能工厂50家左右。"),
               (1, "请各省级工业和信息化主管部门于2026年8月31日前报送工业和信息化部（规划司）。"),
               (2, "项目新能源年自发自用电量占总可用发电量的比例应不低于65%，占总用电量的比例应不低于35%。"),
               (2, "第二批试点全国拟安排新能源装机规模约2000万千瓦，电网企业不得无故拒绝符合条件的项目接入。"),
               (1, "工信部联规〔2026〕98号")],
    facts=[(1, "70%"), (1, "3000家")])
SUMMARY = ENV.get_template("summary.md.j2").render(
    day="2026年6月10日", title="新质生产力每日动态",
    sections=[dict(title="八部门行动方案", facts="工业和信息化部等八部门印发行动方案，到2028年应用普及率达到70%。",
                   figures=["70%", "2026年8月31日"]),
              dict(title="深圳低空条例", facts="深圳市人民代表大会常务委员会公布条例，累计建成低空起降点986个。",
                   figures=["986个"])])


def body(prompt: str) -> dict:
    return {"model": adv.MODEL, "messages": [{"role": "system", "content": "你是撰稿人。"},
                                             {"role": "user", "content": prompt}]}


@pytest.mark.parametrize("name", sorted(adv.CLASSES))
def test_every_class_plants_a_findable_lie_in_a_valid_reply(name: str) -> None:
    a = adv.Adversary()
    planted = 0
    for prompt, keys in ((SECTION, {"facts", "analysis", "refs"}), (SUMMARY, {"summary"})):
        reply = json.loads(a.respond(body(prompt), [name]))
        assert set(reply) == keys
        record = a.records[-1]
        assert record["class"] == name
        if record["kind"] == "skipped":
            continue
        planted += 1
        text = "".join(str(v) for v in reply.values())
        assert adv.found(record, text), (record, text[:300])
        assert record["kind"] == ("truth" if name == "true_reexpression" else "lie")
    assert planted >= 1, f"{name} planted nothing in either prompt"


def test_honest_parts_come_from_the_sources() -> None:
    req = adv.parse_request(body(SECTION))
    assert req.kind == "section" and len(req.sentences) == 7 and req.publishers == ["工业和信息化部", "国家发展改革委"]
    draft = adv.honest(req)
    assert "2026年8月31日前" in draft.facts and set(draft.refs) <= {1, 2}
    assert adv.parse_request(body(SUMMARY)).sections[1]["figures"] == ["986个"]


def test_true_reexpressions_are_true() -> None:
    assert adv.cn_number(70) == "七十" and adv.cn_number(3500) == "三千五百" and adv.cn_number(105) == "一百零五"
    m = adv.NUMU.search("拟安排3000万千瓦")
    assert adv.reexpress(m) == "0.3亿千瓦"


def test_server_selects_the_class_by_url_path_and_logs(tmp_path: Path) -> None:
    log = tmp_path / "lies.jsonl"
    with adv.AdversaryServer(log) as srv:
        req = urllib.request.Request(srv.url("latin_body") + "/chat/completions", data=json.dumps(body(SECTION)).encode(),
                                     headers={"Authorization": f"Bearer {adv.API_KEY}", "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=5) as r:
            answer = json.loads(r.read())
        content = json.loads(answer["choices"][0]["message"]["content"])
        assert "消息" in content["facts"] and answer["usage"]["total_tokens"] > 0
        with urllib.request.urlopen(srv.url().removesuffix("/v1") + "/log", timeout=5) as r:
            assert json.loads(r.read())["records"][0]["class"] == "latin_body"
    records = adv.read_log(log)
    assert [r["class"] for r in records] == ["latin_body"]
    table = adv.count(records, {"json": content["facts"], "md": "", "pdf": None})
    assert table["latin_body"]["json"] == 1 and table["latin_body"]["md"] == 0 and table["latin_body"]["pdf"] == "n/a"
