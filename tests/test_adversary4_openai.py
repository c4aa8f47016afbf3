"""Fast tests of adversary4 itself (not of dailybrief): protocol, seeded plants, true mode."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from adversary4_openai import CLASSES, FakeOpenAI, classes_for, cn_int

SYSTEM = ("你是《新质生产力每日动态》的撰稿人，为政府部门、产业园区和企业决策者撰写每日政策与产业动态。\n\n"
          "铁律：只写材料里有的事实。")
SECTION = """请为下面这条线索写简报正文的两段文字。

线索标题：浙江省新型储能装机规模突破3000万千瓦

参考文献（编号｜发布单位｜发布日期｜标题）：
[1] 浙江省能源局｜2026-08-28｜浙江省新型储能装机规模突破3000万千瓦
[2] 国家能源局｜2026-08-20｜关于组织开展新型储能试点申报的通知

原文句子（方括号内是参考文献编号）：
[1] 浙江省能源局8月28日发布数据显示，截至2026年7月底，全省新型储能装机规模达到3000万千瓦，同比增长70%。
[1] 全省储能项目总投资1.5亿元，带动企业40家，计划到2027年装机规模力争超过4500万千瓦。
[2] 国家能源局会同浙江省能源局印发《关于组织开展新型储能试点申报的通知》，申报材料须于2026年9月15日前报送，每个项目规模20—30万千瓦，原则上不得跨省申报。
[2] 对纳入试点名单的项目，鼓励地方给予容量补偿，支持比例不超过总投资的25%。

从原文抽取的关键事实：
- [1] 3000万千瓦
- [1] 70%
- [1] 1.5亿元
- [1] 40家
- [1] 4500万千瓦
- [2] 2026年9月15日前
- [2] 20—30万千瓦
- [2] 25%

写作要求：
0. title
"""
SUMMARY = """请为2026年9月3日的《新质生产力每日动态》写开头的“摘要”。

今天的线索（按重要性排序）：
1. 浙江新型储能装机达到3000万千瓦
   事实：浙江省能源局发布数据显示，全省新型储能装机规模达到3000万千瓦，同比增长70%。
   关键数字和时间节点：3000万千瓦、70%

写作要求：
1. 一段话。
"""


def post(url: str, messages: list[dict[str, str]], key: str = "sk-test", model: str = "fake-chat") -> Any:
    req = urllib.request.Request(url + "/chat/completions", method="POST",
                                 data=json.dumps({"model": model, "messages": messages}).encode(),
                                 headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def section_messages() -> list[dict[str, str]]:
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": SECTION}]


def test_protocol_errors_and_honest_reply() -> None:
    with FakeOpenAI(mode="honest") as fake:
        answer = post(fake.url, section_messages())
        reply = json.loads(answer["choices"][0]["message"]["content"])
        assert set(reply) == {"title", "facts", "analysis", "refs"} and "3000万千瓦" in reply["facts"]
        assert answer["usage"]["total_tokens"] > 0
        with pytest.raises(urllib.error.HTTPError) as err:
            post(fake.url, section_messages(), key="sk-wrong")
        assert err.value.code == 401
        with pytest.raises(urllib.error.HTTPError) as err:
            post(fake.url, section_messages(), model="gpt-nope")
        assert err.value.code == 404
        assert fake.count == 3
        assert [r["class"] for r in fake.records] == ["none"]


def test_any_key_and_model_when_none() -> None:
    with FakeOpenAI(api_key=None, models=None, mode="honest") as fake:
        assert post(fake.url, section_messages(), key="whatever", model="adversary4")["choices"]


def test_seeded_lies_are_planted_as_logged(tmp_path: Path) -> None:
    seen: set[str] = set()
    for seed in range(60):
        log = tmp_path / f"lies-{seed}.jsonl"
        with FakeOpenAI(seed=seed, log_path=str(log)) as fake:
            content = post(fake.url, section_messages())["choices"][0]["message"]["content"]
            again = post(fake.url, section_messages())["choices"][0]["message"]["content"]
            summary = post(fake.url, [{"role": "system", "content": SYSTEM}, {"role": "user", "content": SUMMARY}])
        assert content == again  # a reply depends only on the seed and the messages
        records = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
        assert records == fake.records
        first = [r for r in records if r["seq"] == 1]
        assert 1 <= len(first) <= 4 and all(r["mode"] == "lie" and r["kind"] == "section" for r in first)
        reply = json.loads(content)
        for r in first:
            assert r["class"] in CLASSES and CLASSES[r["class"]].kind == "lie"
            if r["in_reply"]:
                assert r["planted"] in reply[r["field"]] and r["context"] in reply[r["field"]]
            seen.add(r["class"])
        assert json.loads(summary["choices"][0]["message"]["content"]).keys() == {"summary"}
    assert len(seen) >= 25  # the classes get planted across seeds


def test_retry_prompt_counts_as_a_later_attempt(tmp_path: Path) -> None:
    messages = section_messages() + [{"role": "assistant", "content": "{}"},
                                     {"role": "user", "content": "你上一次的输出不能采用，问题如下：\n- …\n只输出 JSON。"}]
    with FakeOpenAI(seed=1, retry_lie_rate=1.0) as fake:
        post(fake.url, messages)
    assert {r["attempt"] for r in fake.records} == {2} and all(r["class"] != "none" for r in fake.records)
    with FakeOpenAI(seed=1, retry_lie_rate=0.0) as fake:
        post(fake.url, messages)
    assert [r["class"] for r in fake.records] == ["none"]


def test_true_mode_plants_only_true_reexpressions(tmp_path: Path) -> None:
    seen: set[str] = set()
    for seed in range(40):
        with FakeOpenAI(seed=seed, mode="true", log_path=str(tmp_path / "true.jsonl")) as fake:
            reply = json.loads(post(fake.url, section_messages())["choices"][0]["message"]["content"])
        for r in fake.records:
            assert r["class"] in classes_for("true")
            seen.add(r["class"])
            expected = {"true_unit_scale": ("3000万千瓦", "0.3亿千瓦"), "true_pct_cheng": ("70%", "七成"),
                        "true_cn_numeral": ("40家", "四十家"), "true_fraction": ("25%", "四分之一")}.get(r["class"])
            if expected and r["original"] == expected[0] and r["in_reply"]:
                assert r["planted"] == expected[1] and expected[1] in reply[r["field"]]
    assert {"true_unit_scale", "true_pct_cheng", "true_cn_numeral", "true_synonym"} <= seen


def test_specific_classes_plant_what_they_say() -> None:
    def plant(cls: str, seed: int = 0) -> list[dict[str, Any]]:
        with FakeOpenAI(seed=seed, classes=[cls], lies_per_reply=(1, 1)) as fake:
            post(fake.url, section_messages())
        return [r for r in fake.records if r["class"] == cls]

    conv = plant("fig_wrong_conversion")
    assert conv and conv[0]["planted"] in {"3亿千瓦", "4.5亿千瓦", "1500万元", "0.0015万亿元"}
    assert any(r["planted"] in {"后", "以后"} or r["original"] in {"前", "起", "截止", "截至"} for r in plant("date_direction"))
    assert plant("hedge_deleted")[0]["original"] in {"原则上", "力争", "计划"}
    assert plant("modality_raise")[0]["original"] in {"鼓励", "支持", "原则上", "力争", "可"}


def test_chinese_numerals() -> None:
    assert [cn_int(n) for n in (7, 10, 15, 70, 75, 105, 3000, 12000, 30000000)] == [
        "七", "十", "十五", "七十", "七十五", "一百零五", "三千", "一万二千", "三千万"]


def test_retry_respell_brings_a_refused_claim_back() -> None:
    seen = set()
    for seed in range(16):
        with FakeOpenAI(seed=seed, classes=["event_invented", "retry_respell"], lies_per_reply=(1, 1),
                        retry_lie_rate=1.0) as fake:
            first = post(fake.url, section_messages())["choices"][0]["message"]["content"]
            lie = next(r for r in fake.records if r["class"] == "event_invented")
            retry = ("你上一次的输出不能采用，问题如下：\n- “召开”这类事件、表态或原因在原文句子中找不到依据。"
                     f"所在句子：“{lie['planted']}”\n- 数字“3000万千瓦”在原文中找不到。所在句子：“全省装机3000万千瓦。”\n\n只输出 JSON。")
            messages = section_messages() + [{"role": "assistant", "content": first}, {"role": "user", "content": retry}]
            reply = json.loads(post(fake.url, messages)["choices"][0]["message"]["content"])
        again = [r for r in fake.records if r["class"] == "retry_respell"]
        for r in again:
            seen.add(r["phrasing"])
            assert r["attempt"] == 2 and r["planted"] in reply[r["field"]] and lie["planted"] in r["planted"]
        assert all("3000万千瓦" not in r["source_sentence"] for r in again)  # a true sentence is not brought back
    assert "report_hedged" in seen
