"""The verifier: every figure, date, 《document》 and body of a text must be in the cited pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from dailybrief.write.verify import (
    build_evidence,
    find_claims,
    find_unsupported,
    normalize,
    numbers_supported,
    remove_unsupported,
    sentences_of,
    sources_stating,
)

PAGES = sorted((Path(__file__).parent / "data" / "verify").glob("*.txt"))

GREEN = (
    "国家发展和改革委员会、国家能源局近日联合印发《关于开展绿电直连试点工作的通知》。"
    "首批试点项目规模合计2000万千瓦，新能源自发自用电量占比原则上不低于60%。"
    "各省级能源主管部门应于2026年7月15日前将试点项目清单报送国家能源局。"
)

SUPPORTED = [
    ("全国算力中心总用电量达1,700亿千瓦时。", "总用电量达1700亿千瓦时"),
    ("总用电量达一千七百亿千瓦时。", "总用电量达1700亿千瓦时"),
    ("总用电量达１７００亿千瓦时。", "总用电量达1700亿千瓦时"),
    ("总用电量达1700 亿千瓦时。", "总用电量达 1700 亿 千瓦时"),
    ("占全社会用电量39.5％。", "近3年平均增长率约39.5%"),
    ("占比百分之三十九点五。", "增长率约39.5%"),
    ("规模0.2亿千瓦。", "规模合计2000万千瓦"),
    ("规模2,000万千瓦。", "规模合计两千万千瓦"),
    ("新增装机86GW。", "新增装机8600万千瓦"),
    ("需在2026-07-30前上报。", "推荐项目需在2026年7月30日前通过系统上报"),
    ("需在7月30日前上报。", "推荐项目需在2026年7月30日前通过系统上报"),
    ("需在2026年7月30日前上报。", "2026年首批试点。推荐项目需在7月30日前上报"),
    ("需在二〇二六年七月三十日前上报。", "推荐项目需在2026年7月30日前通过系统上报"),
    ("2026年5月底前完成。", "截至2026年5月底"),
    ("印发《2026年数字经济发展工作要点》。", "国家数据局印发《2026 年数字经济发展工作要点》"),
    ("发布《“人工智能+”能源高价值场景清单》。", "《人工智能+能源高价值场景清单》"),
    ("国家发展改革委印发通知。", "国家发展和改革委员会近日印发"),
    ("工信部等八部门印发方案。", "工业和信息化部等八部门印发"),
    ("由国家能源局牵头。", "国家能源局将会同有关部门"),
    ("这说明国家能源局正在推进试点。", "国家能源局将会同有关部门"),
    ("国家数据局和国家能源局联合发布。", "国家数据局印发。国家能源局发布。"),
    ("重庆市政府印发条例。", "重庆市人民政府印发条例"),
    ("浙江省经信厅牵头建设。", "浙江省人民政府办公厅印发。由省经信厅牵头建设。"),
    ("条例共六章三十二条。", "条例共6章32条"),
    ("第十五条明确。", "第15条明确"),
    ("推动5G网络覆盖。", "5G网络"),
    ("规模超过870PB。", "总规模超过870PB"),
]

UNSUPPORTED = [
    ("首批试点规模合计3000万千瓦。", GREEN, "number", "3000万千瓦"),
    ("首批试点规模合计2000万吨。", GREEN, "number", "2000万吨"),
    ("占比不低于70%。", GREEN, "number", "70%"),
    ("去年试点规模为1500万千瓦。", GREEN, "number", "1500万千瓦"),
    ("应于7月31日前报送。", GREEN, "date", "7月31日"),
    ("应于2025年7月15日前报送。", GREEN, "date", "2025年7月15日"),
    ("2027年将全面推开。", GREEN, "date", "2027年"),
    ("印发《绿电直连试点管理办法》。", GREEN, "document", "《绿电直连试点管理办法》"),
    ("国家发展和改革部印发通知。", GREEN, "body", "国家发展和改革部"),
    ("国防管理局表示将跟进。", GREEN, "body", "国防管理局"),
    ("省能源局负责报送。", GREEN, "body", "省能源局"),
    ("成都市政府也在跟进。", "重庆市人民政府印发条例", "body", "成都市政府"),
    ("商务部会同有关部门推进。", GREEN, "body", "商务部"),
    ("推动6G网络覆盖。", "5G网络", "number", "6G"),
    ("这意味着三大运营商都将参与。", GREEN, "number", "三大"),
    ("未来三年将形成示范。", GREEN, "number", "三年"),
    ("超过四成用于数据中心。", "超过三成用于数据中心", "number", "四成"),
]

NO_CLAIMS = [
    "这条线索说明，新质生产力正在从宏观概念进一步落到未来产业的可组织方向上。",
    "对地方政府和产业园区来说，真正的抓手不只是招商引资，而是建立完整机制。",
    "前瞻布局未来产业，坚持以人民为中心，推进数字政府建设。",
    "推动全国一体化算力网建设，探索数据产权“三权分置”，谋划“十五五”时期的新型电网。",
    "头部企业、东部地区和有关部门部署任务、举办活动，形成新格局。",
    "从新质生产力角度看，建设数据中心和算力中心需要算电协同，进一步降低用能成本。",
    "一是加强统筹，二是强化支撑，千方百计推动一批项目落地。",
    "高校和科研院所、市县政府和中央政府都有数十个项目，腰部企业也在跟进。",
]


@pytest.mark.parametrize(("text", "source"), SUPPORTED)
def test_claims_stated_by_the_source_in_another_form_are_supported(text: str, source: str):
    assert find_claims(text), "the case must contain a claim"
    assert find_unsupported(text, [source]) == []


@pytest.mark.parametrize(("text", "source", "kind", "claim"), UNSUPPORTED)
def test_claims_the_source_does_not_state_are_caught(text: str, source: str, kind: str, claim: str):
    found = find_unsupported(text, [source])
    assert [(c.kind, c.text) for c in found] == [(kind, claim)]
    assert found[0].sentence == text
    assert claim in found[0].reason


@pytest.mark.parametrize("text", NO_CLAIMS)
def test_reasoning_without_facts_has_no_claims(text: str):
    assert find_claims(text) == []
    assert find_unsupported(text, [GREEN]) == []


def test_a_misnamed_ministry_gets_the_sources_name_as_a_hint():
    [claim] = find_unsupported("国家发展和改革部印发通知。", [GREEN])
    assert claim.hint == "国家发展和改革委员会"
    assert claim.reason == "body 国家发展和改革部 is not named in the cited pages (they name 国家发展和改革委员会)"
    [figure] = find_unsupported("规模合计3000万千瓦。", [GREEN])
    assert figure.hint == "2000万千瓦"


def test_bodies_are_reported_as_the_text_spells_them():
    [claim] = find_unsupported("国家发展改革委会同工业和信息化部印发通知。", ["国家能源局印发通知"])[:1]
    assert claim.text == "国家发展改革委"
    assert [c.text for c in find_claims("工业和信息化部印发通知。")] == ["工业和信息化部"]


def test_a_figure_with_the_right_value_but_another_unit_names_what_the_sources_say():
    [claim] = find_unsupported("规模合计2000万吨。", [GREEN])
    assert claim.reason == "figure 2000万吨 is not in the cited pages with this unit (they say 2000万千瓦)"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_every_page_supports_itself(page: Path):
    text = page.read_text(encoding="utf-8")
    assert find_claims(text)
    assert find_unsupported(text, [text]) == []


def test_each_sentence_of_a_page_is_supported_among_other_pages():
    texts = [p.read_text(encoding="utf-8") for p in PAGES]
    evidence = build_evidence(texts)
    for text in texts:
        for sentence in sentences_of(text):
            assert find_unsupported(sentence, evidence) == [], sentence


def test_remove_unsupported_drops_only_the_sentences_that_lie():
    text = "首批试点规模合计2000万千瓦。去年规模为1500万千瓦。国家能源局将跟踪评估，地方政府可参与。"
    kept, removed = remove_unsupported(text, [GREEN])
    assert kept == "首批试点规模合计2000万千瓦。国家能源局将跟踪评估，地方政府可参与。"
    assert [(c.kind, c.text, c.sentence) for c in removed] == [("number", "1500万千瓦", "去年规模为1500万千瓦。")]


def test_numbers_supported_looks_at_figures_and_dates_only():
    assert numbers_supported("国防管理局称规模合计2000万千瓦，7月15日前报送。", [GREEN])
    assert not numbers_supported("规模合计2500万千瓦。", [GREEN])


def test_sources_stating_a_text_are_found_by_index():
    other = "上海市每年安排不超过10亿元算力券。"
    assert sources_stating("规模合计2000万千瓦，上海安排10亿元。", [GREEN, other, "无关"]) == [0, 1]
    assert sources_stating("这条线索说明试点开始落地。", [GREEN]) == []


def test_sentences_keep_closing_quotes_and_split_on_full_stops_only():
    text = "他说：“要加快落地。”随后印发通知；明确规模。没有句号的结尾"
    assert sentences_of(text) == ["他说：“要加快落地。”", "随后印发通知；明确规模。", "没有句号的结尾"]


def test_normalize_keeps_figures_on_separate_lines_apart():
    assert normalize("12863.52\n58.36 ％") == "12863.52\n58.36%"
    assert normalize("1,700 亿千瓦时，２０２６年") == "1700亿千瓦时,2026年"
