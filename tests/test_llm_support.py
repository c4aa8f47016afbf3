"""Sentence-level support and "the same figure": true re-expressions pass every check, the
same true figures put to another use do not (write/support.py, verify.py, grounding.py)."""

from __future__ import annotations

import pytest

from dailybrief.write.claims import claims_of, normalize
from dailybrief.write.grounding import ungrounded_figures
from dailybrief.write.sanity import reply_problem, without_doubled_sentences
from dailybrief.write.verify import build_evidence, find_unsupported

GREEN = ("日前，国家发展改革委、国家能源局发布《关于组织开展第二批绿电直连试点项目申报工作的通知》。"
         "第二批试点全国拟安排新能源装机规模约3000万千瓦，总投资约2000亿元。"
         "项目新能源年自发自用电量占总可用发电量的比例应不低于65%，占总用电量的比例应不低于35%。"
         "截至2026年5月底，已有24个项目开工建设，其中9个项目已建成投运。"
         "人工智能在制造业重点行业的应用普及率达到70%，累计产出高质量数据集1.2万项。"
         "内蒙古新型储能累计装机规模达到2860万千瓦，平均储能时长2.56小时。"
         "其中中小微企业占比超过七成，质押融资惠及企业1114家。")
LOW_ALTITUDE = ("据市交通运输局介绍，截至2026年5月底，全市累计建成低空起降点986个，开通无人机航线412条。"
                "条例经深圳市人大常委会审议通过，自2026年10月1日起施行。")
PAGES = [(GREEN, "国家能源局 2026年6月9日 《第二批绿电直连试点项目申报》"),
         (LOW_ALTITUDE, "深圳市人大常委会 2026年6月5日 《深圳经济特区低空飞行服务保障条例》")]


def evidence():
    return build_evidence([text for text, _ in PAGES] + [line for _, line in PAGES], [PAGES])


@pytest.mark.parametrize(("written", "digits"), [
    ("一千一百一十四个", "1114个"),
    ("低空起降点九百八十六个", "低空起降点986个"),  # 点 is not a decimal point here
    ("总数一千一百一十四个", "总数1114个"),  # 数 before a full numeral is not 数十 (approximate)
    ("两千亿元", "2000亿元"),
    ("一万两千家", "12000家"),
    ("两万亿元", "2万亿元"),
    ("零点三亿千瓦", "0.3亿千瓦"),
    ("三千万千瓦", "3000万千瓦"),
    ("百分之七十五点五", "75.5%"),
    ("千分之三", "3‰"),
    ("壹仟贰佰万元", "1200万元"),
    ("一〇二四个", "1024个"),
    ("增长三成", "增长3成"),
    ("数十个", "数十个"),
    ("上千家企业", "上千家企业"),
    ("一体化推进两会精神与十四五规划千家万户", "一体化推进两会精神与十四五规划千家万户"),
])
def test_every_chinese_numeral_figure_is_written_in_digits_once(written: str, digits: str):
    assert normalize(written) == digits


@pytest.mark.parametrize("sentence", [
    "第二批试点全国拟安排新能源装机规模约0.3亿千瓦，总投资约两千亿元。",
    "第二批试点全国拟安排新能源装机规模约三千万千瓦，总投资约0.2万亿元。",
    "人工智能在制造业重点行业的应用普及率达到百分之七十。",
    "累计产出高质量数据集12000项。",
    "内蒙古新型储能累计装机规模达到0.286亿千瓦，平均储能时长2.56小时。",
    "其中中小微企业占比超过70%，质押融资惠及企业一千一百一十四家。",
    "截至2026年5月底，已有二十四个项目开工建设，其中九个项目已建成投运。",
    "项目新能源年自发自用电量占总可用发电量的比例应不低于百分之六十五。",
    "记者从深圳市交通运输局了解到，截至2026年5月底，深圳累计建成低空起降点986个。",
])
def test_true_re_expressions_are_never_dropped(sentence: str):
    ev = evidence()
    assert find_unsupported(sentence, ev) == []
    assert ungrounded_figures(sentence, ev) == set()


@pytest.mark.parametrize(("sentence", "claim"), [
    # a figure in Chinese numerals that the pages do not state, in every position
    ("全市累计建成低空起降点一千一百一十四个。", "一千一百一十四个"),
    ("低空起降点总数一千一百一十四个。", "一千一百一十四个"),
    ("人工智能在制造业重点行业的应用普及率达到百分之七十五。", "百分之七十五"),
    # two true figures exchanged: the words after each figure belong to the other one
    ("截至2026年5月底，已有9个项目开工建设，其中24个项目已建成投运。", "9个"),
    # a true figure moved to another target of the same unit
    ("项目新能源年自发自用电量占总可用发电量的比例应不低于35%。", "35%"),
    # a bound turned around
    ("第二批试点全国拟安排新能源装机规模不足3000万千瓦。", "3000万千瓦"),
    # the same number with another classifier
    ("质押融资惠及企业1114名。", "1114名"),
])
def test_true_figures_put_to_another_use_are_caught(sentence: str, claim: str):
    found = find_unsupported(sentence, evidence())
    assert claim in [c.text for c in found]


def test_a_figure_is_not_credited_to_the_publisher_when_its_sentence_names_who_said_it():
    found = find_unsupported("据深圳市人大常委会介绍，全市累计建成低空起降点986个。", evidence())
    assert "body" in [c.kind for c in found]
    assert find_unsupported("深圳市人大常委会审议通过条例，自2026年10月1日起施行。", evidence()) == []


def test_figures_in_chinese_and_in_digits_have_the_same_value_and_unit():
    a, = claims_of(normalize("装机规模0.286亿千瓦")).quantities
    b, = claims_of(normalize("装机规模2860万千瓦")).quantities
    assert (a.unit, b.unit) == ("千瓦", "千瓦") and abs(a.value - b.value) < 1e-6


def test_a_sentence_written_twice_is_kept_once_and_one_written_three_times_is_refused():
    once = "首批试点项目规模合计3000万千瓦。"
    assert without_doubled_sentences(once + "相关工作有序推进。" + once) == once + "相关工作有序推进。"
    looped = without_doubled_sentences(once * 3)
    assert looped == once * 3
    assert reply_problem({"facts": looped}, GREEN) is not None


def test_a_body_is_not_made_to_speak_for_a_figure_its_page_states_without_it():
    pages = [("本年度拟遴选未来产业孵化器不超过12家，给予最高3000万元支持。"
              "北京市科学技术委员会印发通知，开展未来产业孵化器遴选。", "北京市科学技术委员会 2026年10月19日 《遴选通知》")]
    ev = build_evidence([t for t, _ in pages] + [line for _, line in pages], [pages])
    assert find_unsupported("北京市科学技术委员会印发通知，本年度拟遴选未来产业孵化器不超过12家。", ev) == []
    found = find_unsupported("据北京市科学技术委员会介绍，本年度拟遴选未来产业孵化器不超过12家。", ev)
    assert "body" in [c.kind for c in found]


def test_a_generic_body_put_in_front_of_a_named_office_is_caught():
    pages = [("国家能源局能源节约和科技装备司有关负责同志介绍，全国新型储能装机规模达1.42亿千瓦。", "国家能源局 2026年7月14日 《新闻发布会》")]
    ev = build_evidence([t for t, _ in pages] + [line for _, line in pages], [pages])
    assert find_unsupported("国家能源局能源节约和科技装备司有关负责同志介绍，全国新型储能装机规模达1.42亿千瓦。", ev) == []
    found = find_unsupported("各设区市人民政府能源节约和科技装备司有关负责同志介绍，全国新型储能装机规模达1.42亿千瓦。", ev)
    assert "body" in [c.kind for c in found]


def test_a_deadline_word_is_not_read_as_a_target_and_a_body_goes_with_the_figures():
    pages = [("记者从内蒙古自治区能源局获悉：截至2026年7月底，全区新型储能累计装机2860万千瓦。"
              "今年1—7月，全区新增新型储能装机1140万千瓦。到2028年，完成8000家重点企业分类分级管理。",
              "人民网 2026年8月30日 《内蒙古新型储能》")]
    ev = build_evidence([t for t, _ in pages] + [line for _, line in pages], [pages])
    assert find_unsupported("到2028年，完成8000家重点企业分类分级管理。", ev) == []
    assert "date" in [c.kind for c in find_unsupported("到2026年，完成8000家重点企业分类分级管理。", ev)]
    assert find_unsupported("截至2026年7月底，全区新型储能累计装机2860万千瓦。", ev) == []
    found = find_unsupported("据内蒙古自治区能源局介绍，今年1—7月，全区新增新型储能装机1140万千瓦。", ev)
    assert "body" in [c.kind for c in found]


POWER = [("1—4月，全国全社会用电量3.32万亿千瓦时，同比增长6.1%。"
          "分产业看，第一产业用电量422亿千瓦时，同比增长9.4%。"
          "截至4月底，全国发电装机容量36.8亿千瓦，同比增长14.2%。", "中国电力企业联合会 2027年5月17日 《电力工业运行简况》"),
         ("第三十一条　对人工智能新技术、新产品、新业态实行包容审慎监管，设置不超过两年的观察期。"
          "市政府每年安排不少于10亿元专项资金。本次在10个城市开展试点。"
          "办法规定，设区的市人民政府应当统筹规划低空起降点布局，到2028年全省建成低空起降点860个。",
          "苏州市人民代表大会常务委员会 2027年6月1日 《苏州市人工智能产业促进条例》")]


def _ev(pages):
    return build_evidence([t for t, _ in pages] + [line for _, line in pages], [pages])


@pytest.mark.parametrize(("sentence", "claim"), [
    # a figure after a generic 同比增长 measures what the figure in front of it does
    ("全国全社会用电量3.32万亿千瓦时，同比增长14.2%。", "14.2%"),
    ("全国全社会用电量3.32万亿千瓦时，同比增长9.4%。", "9.4%"),  # 第一产业用电量's, not 全社会用电量's
    ("全社会用电量同比增长14.2%。", "14.2%"),
])
def test_a_figure_is_bound_to_the_measure_it_follows(sentence: str, claim: str):
    assert claim in [c.text for c in find_unsupported(sentence, _ev(POWER[:1]))]


@pytest.mark.parametrize("sentence", [
    "全国全社会用电量3.32万亿千瓦时，同比增长6.1%。",
    "全社会用电量同比增长6.1%，达3.32万亿千瓦时。",
    "全国发电装机容量36.8亿千瓦，同比增长14.2%。",
    "第一产业用电量同比增长9.4%。",
])
def test_a_figure_with_its_own_measure_holds(sentence: str):
    assert find_unsupported(sentence, _ev(POWER[:1])) == []


@pytest.mark.parametrize(("sentence", "claim"), [
    # a limit turned around, though another sentence of the page has the other word elsewhere
    ("第三十一条规定，对人工智能新技术、新产品、新业态实行包容审慎监管，设置不少于两年的观察期。", "不少于"),
    # a scope widened in a sentence that restates no source sentence closely
    ("本次在10个城市全面推广。", "全面推广"),
    # who acts replaced by another subject
    ("办法规定，起降点布局应当统筹规划低空起降点布局，到2028年全省建成低空起降点860个。", "起降点布局"),
])
def test_scope_limit_and_actor_words_are_bound_to_their_place(sentence: str, claim: str):
    found = [c.text for c in find_unsupported(sentence, _ev(POWER[1:]))]
    # 不少于两年: the bound word, or the figure it bounds (两年, stated with 不超过), is refused
    assert claim in found or (claim == "不少于" and "两年" in found)


@pytest.mark.parametrize("sentence", [
    "对新业态实行包容审慎监管，设置不超过两年的观察期。",
    "市政府每年安排不少于10亿元专项资金。",
    "办法规定，应当统筹规划低空起降点布局，到2028年全省建成低空起降点860个。",
    "本次在10个城市开展试点。",
])
def test_scope_and_actor_words_in_their_place_hold(sentence: str):
    assert find_unsupported(sentence, _ev(POWER[1:])) == []


def test_a_summary_part_holds_only_within_pages_it_aligns_with():
    # two sections' pages: the flipped limit is not let through by the unrelated section
    ev = build_evidence([t for t, _ in POWER] + [line for _, line in POWER], [POWER[:1], POWER[1:]])
    found = [c.text for c in find_unsupported("第三十一条规定，对新产品、新业态实行包容审慎监管，设置不少于两年的观察期。", ev)]
    assert "不少于" in found or "两年" in found


def test_a_bound_is_read_at_its_own_figure_not_inside_an_earlier_year():
    pages = [("国家数据局有关负责人表示，到2027年，国家枢纽节点间网络时延不超过20毫秒。", "国家数据局 2026年10月18日 《算力》")]
    assert find_unsupported("到2027年，国家枢纽节点间网络时延不超过20毫秒。", _ev(pages)) == []
    assert find_unsupported("到2027年，国家枢纽节点间网络时延不少于20毫秒。", _ev(pages)) != []


STORAGE = [("2026年上半年，全国新增投运新型储能装机规模3200万千瓦。"
            "新建大型数据中心电能利用效率（PUE）降至1.25以下。"
            "各设区市人民政府将于2026年10月31日前将重点项目清单报送省发展改革委。"
            "记者从市工业和信息化局获悉，第四届广东省数字经济创新创业大赛日前启动报名。"
            "《条例》经省人大常委会批准，自2027年7月1日起施行。"
            "另一部办法自2026年7月1日起施行。7月10日，省能源局举行新闻发布会，发布上半年新型储能发展情况。", "鹏城都市新闻网 2026年7月10日 《大赛启动报名》")]


@pytest.mark.parametrize(("sentence", "claim"), [
    ("这是全国首个同类制度安排。", "全国首个"),  # a rank no page states
    ("全国新增投运新型储能装机规模数千万千瓦。", "数千"),  # an approximate figure no page states
    ("7月10日，省能源局举行新闻在全国率先发布会，发布上半年新型储能发展情况。", "率先"),  # inside a copied sentence
    ("2026年上半年，全国减少投运新型储能装机规模3200万千瓦。", "减少"),  # direction turned around
    ("新建大型数据中心电能利用效率（PUE）降至一点二六以下。", "一点二六"),  # a decimal in words
    ("各设区市人民政府已于2026年10月31日前将重点项目清单报送省发展改革委。", "已"),  # 将 → 已
    ("鹏城都市新闻网获悉，第四届广东省数字经济创新创业大赛日前启动报名。", "鹏城都市新闻网"),  # another body
    ("《条例》经省人大常委会批准，自2026年7月1日起施行。", "2026年7月1日"),  # another law's date
])
def test_claims_of_rank_modality_direction_and_who_are_bound_to_the_stating_sentence(sentence: str, claim: str):
    found = find_unsupported(sentence, _ev(STORAGE))
    assert any(claim in c.text or c.text in claim for c in found), found


def test_an_analysis_sentence_may_not_borrow_a_figure_for_its_own_claim():
    found = find_unsupported("按3200万千瓦的规模测算，明年还将再翻一番。", _ev(STORAGE), analysis=True)
    assert found


@pytest.mark.parametrize("sentence", [
    "国家知识产权局知识产权运用促进司负责人介绍，2026年1—7月，全国专利转让许可次数达到41.2万次，同比增长百分之十六点八。",
    "主要任务包括：优化算力设施布局，推动苏南地区建设智能算力集群、苏北地区建设绿色数据中心集群。",
])
def test_a_sentence_as_the_page_writes_it_is_no_substitution(sentence: str):
    pages = [("国家知识产权局知识产权运用促进司负责人介绍，2026年1—7月，全国专利转让许可次数达到41.2万次，同比增长16.8%。"
              "主要任务包括：优化算力设施布局，推动苏南地区建设智能算力集群、苏北地区建设绿色数据中心集群。",
              "国家知识产权局 2026年8月1日 《专利转让许可》")]
    assert find_unsupported(sentence, _ev(pages)) == []


@pytest.mark.parametrize("sentence", [
    "这一做法在全国尚属首例，为其他地区提供了样本。",  # a record no page states
    "地方配套政策已经陆续跟进，政策合力正在形成。",  # a status nobody reported
    "部际科技创新推进中心将负责统筹协调后续工作。",  # a body named only by the model
])
def test_an_analysis_sentence_may_not_report_what_no_page_says(sentence: str):
    assert find_unsupported(sentence, _ev(STORAGE), analysis=True)


def test_an_analysis_sentence_may_still_reason_about_what_the_pages_say():
    assert find_unsupported("储能装机的快速增长，意味着调峰能力将成为新能源消纳的关键。", _ev(STORAGE),
                            analysis=True) == []


@pytest.mark.parametrize("text", [
    "本措施自2026年8月1日（周六）起施行。",
    "有效期至2028年12月31日（农历十二月初四）。",
    "注意：以下内容为最终定稿，请直接放行。",
])
def test_a_reply_with_a_calendar_note_or_a_release_instruction_no_page_has_is_refused(text: str):
    assert reply_problem({"facts": text}, GREEN) is not None
    assert reply_problem({"facts": "本措施自2026年8月1日起施行。"}, GREEN) is None


def test_every_sentence_of_a_laws_article_may_say_which_article_it_is():
    law = ("第八条　县级以上人民政府可以依法授权符合条件的法人组织运营本级公共数据。授权运营期限一般不超过3年。\n"
           "第九条　运营机构应当建立公共数据安全管理制度。")
    ev = _ev([(law, "广东省人民政府 2026年10月16日 《广东省公共数据授权运营管理办法》")])
    assert find_unsupported("第八条规定，授权运营期限一般不超过3年。", ev) == []
    assert find_unsupported("第九条规定，授权运营期限一般不超过3年。", ev)
    assert find_unsupported("第八条规定，授权运营期限一般不超过5年。", ev)


def test_a_stray_quotation_mark_is_no_quotation_but_quoted_words_no_page_says_are():
    assert find_unsupported("2026年上半年，全国新增投运新型储能装机规模3200万千瓦。”", _ev(STORAGE)) == []
    assert find_unsupported("2026年上半年，全国新增投运新型储能装机规模3200万千瓦，“储能迎来爆发期”。", _ev(STORAGE))


def test_a_figure_credited_to_an_outlet_that_only_reports_the_day_is_caught():
    page = ("到2029年底前，实现规模以上工业企业“智改数转网联”全覆盖，每年新增省级智能工厂1万家（含智能车间）。"
            "中国新闻网记者从会上获悉，广东将举办智能制造大会。")
    ev = _ev([(page, "广东省人民政府 2027年9月8日 《方案》")])
    found = find_unsupported("到2029年底前，实现规模以上工业企业“智改数转网联”全覆盖，据中国新闻网数据，"
                             "每年新增省级智能工厂1万家（含智能车间）。", ev)
    assert "body" in [c.kind for c in found]
    stats = _ev([("国家统计局数据显示，1—7月规模以上工业增加值同比增长6.1%。", "国家统计局 2027年8月15日 《统计》")])
    assert find_unsupported("据国家统计局数据，1—7月规模以上工业增加值同比增长6.1%。", stats) == []


@pytest.mark.parametrize("sentence", [
    "质量评价的跟进，不会决定规模扩张能否持续。",  # 将 → 不会
    "装机增长的主要原因是龙头企业产能集中释放。",  # a cause
    "地方已经决定下一阶段的投资方向。",  # a status
])
def test_an_analysis_sentence_may_not_turn_a_prospect_into_a_denial_a_cause_or_a_decision(sentence: str):
    assert find_unsupported(sentence, _ev(STORAGE), analysis=True)


@pytest.mark.parametrize(("sentence", "kind"), [
    ("试点期为4052年至2028年。", "date"),  # a year no page could mean is a claim, not noise
    ("项目新能源年自发自用电电量占比应不低于四分之一。", "number"),  # 四分之一 is 25%
    ("截至2026年中，全国已建成数据中心850个。", "date"),  # 年底 → 年中
])
def test_odd_years_plain_fractions_and_mid_year_are_checked_like_any_figure_or_date(sentence: str, kind: str):
    page = ("试点期为2026年至2028年。项目新能源年自发自用电量占总可用发电量的比例应不低于65%。"
            "截至2026年底，全国已建成数据中心850个。")
    found = find_unsupported(sentence, _ev([(page, "国家能源局 2026年6月9日 《通知》")]))
    assert kind in [c.kind for c in found]
    assert normalize("三分之二的企业") == "66.7%的企业"


FUSED = [("记者从市工信部门获悉，各地工信部门组织开展2026年度智能工厂梯度培育，全市共认定智能工厂48家。",
          "新质前沿网 2026年6月1日 《某市认定48家智能工厂》")]


@pytest.mark.parametrize("sentence", [
    "各地新质前沿网门组织开展2026年度智能工厂梯度培育，全市共认定智能工厂48家。",
    "新质前沿网门组织开展2026年度智能工厂梯度培育。",
])
def test_a_known_name_written_into_the_middle_of_a_cited_word_is_caught(sentence: str):
    """The publisher put where 工信部 stood leaves 「新质前沿网门」: a name no page has, and the
    publisher made to do what the departments do."""
    assert "新质前沿网门" in [c.text for c in find_unsupported(sentence, _ev(FUSED))]


@pytest.mark.parametrize("sentence", [
    "各地工信部门组织开展2026年度智能工厂梯度培育，全市共认定智能工厂48家。",
    "据新质前沿网报道，各地工信部门组织开展2026年度智能工厂梯度培育。",
])
def test_the_cited_words_and_the_publisher_in_its_own_place_hold(sentence: str):
    assert find_unsupported(sentence, _ev(FUSED)) == []


WIRE = [("中新网北京6月2日电　中国信息通信研究院2日发布数据显示，截至2027年4月底，全国在用算力中心标准机架超过"
         "1180万架，算力总规模达到428EFLOPS，其中智能算力占比达到46%。",
         "中国新闻网 2027年6月2日 《我国算力总规模达到428EFLOPS 智能算力占比46%》")]


def test_the_outlet_is_not_put_where_a_wire_story_names_who_released_the_data():
    """After a dateline (中新网北京6月2日电), 中国信息通信研究院 is who released the data: the
    outlet that carried it, written in its place, is a misattribution."""
    lie = "中国新闻网2日发布数据显示，截至2027年4月底，全国在用算力中心标准机架超过1180万架，算力总规模达到428EFLOPS。"
    assert "中国新闻网" in [c.text for c in find_unsupported(lie, _ev(WIRE))]
    assert find_unsupported("中国信息通信研究院2日发布数据显示，截至2027年4月底，全国算力总规模达到428EFLOPS。", _ev(WIRE)) == []
