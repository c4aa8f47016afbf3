"""Facts beyond figures (analyse/facts.py): document and article numbers, ranges, limits,
durations, issue dates, named officials, enumerated fields and tasks, on sentences written the
way Chinese government pages and state media write them."""

from __future__ import annotations

from datetime import date

import pytest
from literals import article

from dailybrief.analyse.facts import (
    cn_amounts_in,
    dates_in,
    doc_numbers_in,
    extract_facts,
    figures_in,
    is_deadline,
    is_substantive,
    persons_in,
    typed_facts_in,
)
from dailybrief.models import Authority, FactKind


def kinds(sentence: str) -> dict[FactKind, list[str]]:
    out: dict[FactKind, list[str]] = {}
    for kind, text in typed_facts_in(sentence, 2027):
        out.setdefault(kind, []).append(text)
    return out


def test_document_numbers_of_notices_orders_and_announcements() -> None:
    assert doc_numbers_in("为贯彻落实《国务院办公厅关于加快未来产业培育发展的实施意见》（国办发〔2027〕15号），现通知如下。") == [
        "国办发〔2027〕15号"]
    assert doc_numbers_in("依据《意见》（鲁政发[2027]12号）统筹全省算力设施布局。") == ["鲁政发[2027]12号"]
    assert doc_numbers_in("山东省人民政府令第368号公布《山东省算力基础设施管理办法》。") == ["第368号"]
    assert doc_numbers_in("湖北省人民代表大会常务委员会公告（第一百零六号）。") == ["第一百零六号"]


def test_a_numbered_line_or_typhoon_is_not_a_document_number() -> None:
    assert doc_numbers_in("第20号台风“海葵”将于今日登陆。") == []
    assert doc_numbers_in("地铁第3号线北延段开通运营。") == []


def test_a_document_number_is_not_an_amount_or_a_date() -> None:
    sentence = "财政部办公厅印发《通知》（财办建〔2027〕41号），每个城市最高奖补1.5亿元。"
    assert [f[0] for f in figures_in(sentence)] == ["1.5亿元"]
    assert cn_amounts_in(sentence) == []
    assert [d[0] for d in dates_in(sentence, 2027)] == []
    assert kinds(sentence)[FactKind.DOC_NUMBER] == ["财办建〔2027〕41号"]


def test_article_numbers_ranges_and_amounts_in_chinese_numerals() -> None:
    sentence = "第四十八条规定，拒不改正或者造成大量数据泄露等严重后果的，处五万元以上五十万元以下罚款。"
    found = kinds(sentence)
    assert found[FactKind.ARTICLE] == ["第四十八条"]
    assert found[FactKind.RANGE] == ["五万元以上五十万元以下"]
    assert [(t, v) for t, v, _ in cn_amounts_in("全省数据产业规模突破两千亿元，核心产业规模一千一百亿元。")] == [
        ("两千亿元", 2e11), ("一千一百亿元", 1.1e11)]
    assert cn_amounts_in("一元复始，千元机热销。") == []


def test_a_lower_bound_alone_is_a_limit_not_a_range() -> None:
    found = kinds("到2030年，培育100家以上未来产业领军企业，研发投入强度达到3%左右。")
    assert FactKind.RANGE not in found
    assert found[FactKind.LIMIT] == ["100家以上", "3%左右"]
    assert kinds("新建大型数据中心电能利用效率不得高于1.25，改造后的存量数据中心不得高于1.4。")[FactKind.LIMIT] == [
        "不得高于1.25", "不得高于1.4"]
    assert kinds("市人民政府设立专项资金，每年安排不少于十亿元。")[FactKind.LIMIT] == ["不少于十亿元"]


def test_a_period_of_years_is_not_a_range_but_a_span_of_years_is() -> None:
    assert FactKind.RANGE not in kinds("《行动方案（2027—2028年）》提出2027年至2029年的目标。")
    assert kinds("力争用3至5年时间，培育一批领军企业。")[FactKind.RANGE] == ["3至5年"]
    assert kinds("项目实施周期为3年，用三到五年时间建成。")[FactKind.DURATION] == ["周期为3年"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("数据处理者应当建立数据安全管理制度，相关日志留存不少于三年。", ["不少于三年"]),
    ("授权运营期限一般不超过五年。", ["不超过五年"]),
    ("人民政府应当在受理申请之日起180日内作出决定。", ["180日内"]),
    ("对新业态设置不超过两年的观察期，审核在15个工作日内完成。", ["不超过两年", "15个工作日内"]),
    ("发展周期为期三年。", ["为期三年"]),
])
def test_durations(sentence: str, expected: list[str]) -> None:
    assert kinds(sentence)[FactKind.DURATION] == expected


def test_a_date_or_a_year_is_not_a_duration() -> None:
    assert FactKind.DURATION not in kinds("5月12日，国务院办公厅印发实施意见，2027年内完成。")


def test_the_issue_date_of_a_document() -> None:
    assert kinds("国务院办公厅5月12日印发《关于加快未来产业培育发展的实施意见》。")[FactKind.ISSUED] == ["5月12日"]
    assert kinds("《条例》已于2027年5月29日通过，现予公布。")[FactKind.ISSUED] == ["2027年5月29日"]
    assert FactKind.ISSUED not in kinds("请于6月30日前报送推荐材料。")


def test_named_officials_who_speak() -> None:
    assert persons_in("科技部战略规划司司长陈家和介绍，到2030年建设20个左右先导区。") == [("陈家和", "司长")]
    assert persons_in("湖北省数据局局长王刚在发布会上表示，全省数据产业规模突破两千亿元。") == [("王刚", "局长")]
    assert persons_in("国家数据局有关负责人介绍，截至5月底建成数据集5.8万个。") == []
    assert persons_in("该负责人表示，下一步将加快推进标准体系建设。") == []


def test_enumerated_fields_and_tasks_of_a_commentary_without_figures() -> None:
    sentence = ("推动深度融合，要坚持目标导向和问题导向相结合，在集成电路、工业母机、高端仪器、基础软件、"
                "先进材料、生物制造等重点领域集中力量攻关。")
    assert kinds(sentence)[FactKind.FIELDS] == ["集成电路、工业母机、高端仪器、基础软件、先进材料、生物制造"]
    tasks = kinds("推动深度融合，要统筹推进教育科技人才体制机制一体改革，强化企业科技创新主体地位。")[FactKind.TASK]
    assert tasks == ["统筹推进教育科技人才体制机制一体改革", "强化企业科技创新主体地位"]


def test_a_list_of_figures_is_not_a_list_of_fields() -> None:
    assert FactKind.FIELDS not in kinds("建成先进级智能工厂3000家以上、卓越级智能工厂500家以上、领航级智能工厂50家左右。")


def test_the_end_of_a_public_notice_period_is_a_deadline() -> None:
    sentence = "公示期为2027年7月7日至7月13日。"
    found = {lit: is_deadline(sentence, s, e, day=d, published=date(2027, 7, 7))
             for lit, d, s, e in dates_in(sentence, 2027)}
    assert found == {"2027年7月7日": False, "7月13日": True}
    for other in ("2027年1月1日至5月31日，全省用电量增长5%。", "授权期限为2027年7月1日至2031年12月31日。",
                  "本措施自2027年8月1日起施行，有效期至2028年12月31日。"):
        assert not any(is_deadline(other, s, e, day=d, published=date(2027, 6, 10))
                       for lit, d, s, e in dates_in(other, 2027) if lit != "2027年8月1日"), other


def test_extracted_facts_carry_kind_and_sentence() -> None:
    page = article("u", "湖北省数据条例", "第十五条 授权运营期限一般不超过五年。湖北省数据局局长王建国介绍，全省已上架数据产品1260个。",
                   date(2027, 6, 2))
    facts = extract_facts(page)
    by_kind = {(f.kind, f.text) for f in facts}
    assert (FactKind.ARTICLE, "第十五条") in by_kind
    assert (FactKind.DURATION, "不超过五年") in by_kind
    person = next(f for f in facts if f.kind is FactKind.PERSON)
    assert (person.text, person.unit) == ("王建国", "局长")
    assert person.sentence.startswith("湖北省数据局局长王建国介绍")


def test_an_official_who_attends_or_presides_is_named_and_quoted_by_name_later() -> None:
    assert persons_in("国资委党委书记、主任郑立衡出席会议并讲话。") == [("郑立衡", "主任")]
    assert persons_in("副部长王大力主持会议。") == [("王大力", "副部长")]
    assert persons_in("书记出席会议并讲话。") == []
    page = article("sasac", "国资委召开中央企业推进会",
                   "8月13日，国资委召开中央企业人工智能推进会。国资委主任郑立衡出席会议并讲话。\n"
                   "郑立衡强调，中央企业要深入实施“AI+”专项行动。\n会议要求，要健全容错机制。",
                   date(2027, 8, 13), authority=Authority.CENTRAL)
    people = [f for f in extract_facts(page) if f.kind is FactKind.PERSON]
    assert [(f.text, f.unit) for f in people] == [("郑立衡", "主任"), ("郑立衡", "主任")]
    assert "AI+" in people[1].sentence


def test_an_official_speaking_is_substance_and_an_analyst_is_not() -> None:
    official = article("a", "推进会", "国资委主任郑立衡出席会议并讲话。", date(2027, 8, 13))
    analyst = article("b", "评论", "首席分析师张明认为，算力需求将继续增长。", date(2027, 8, 13))
    assert any(is_substantive(f) for f in extract_facts(official))
    assert not any(is_substantive(f) for f in extract_facts(analyst))
