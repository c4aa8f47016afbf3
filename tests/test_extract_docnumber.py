"""The document number of a gov.cn-style metadata table is the article's own field (extract stage),
and the facts, keys and writer read it from there."""

from __future__ import annotations

from datetime import date

from dailybrief.analyse.cluster import story_keys
from dailybrief.analyse.facts import extract_facts
from dailybrief.extract import extract_page, extracted_to_json
from dailybrief.models import Article, Authority, FactKind
from dailybrief.novelty.keys import own_documents
from dailybrief.write.extractive import document_number

PAGE = """<html><head><meta charset="utf-8"><title>关于组织申报未来产业先导区培育对象的通知_四川省经济和信息化厅</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/tzgg/">通知公告</a></div>
<table class="meta">
<tr><th>索引号：</th><td>11510000MB1234567X/2027-00158</td><th>发布机构：</th><td>四川省经济和信息化厅</td></tr>
<tr><th>发文字号：</th><td>川经信科技〔2027〕58号</td><th>成文日期：</th><td>2027-05-18</td></tr>
</table>
<div class="article"><h1>关于组织申报2027年度四川省未来产业先导区培育对象的通知</h1>
<div class="info">来源：四川省经济和信息化厅　发布时间：2027-05-18</div>
<div class="content">
<p>各市（州）经济和信息化局：</p>
<p>为落实《国务院办公厅关于加快未来产业培育发展的实施意见》部署，现组织开展2027年度四川省未来产业先导区培育对象申报工作。</p>
<p>经认定的培育对象，省级财政按规定给予最高2000万元支持，培育期为三年。请各市（州）于2027年7月10日前将推荐材料报送省经济和信息化厅。</p>
</div></div>
<div class="footer">版权所有：四川省经济和信息化厅　蜀ICP备05012345号</div></body></html>"""
TITLE = "关于组织申报2027年度四川省未来产业先导区培育对象的通知"
BODY = ("各市（州）经济和信息化局：\n为落实《国务院办公厅关于加快未来产业培育发展的实施意见》部署，"
        "现组织开展2027年度四川省未来产业先导区培育对象申报工作。")


def test_the_number_of_the_metadata_table_is_the_articles_field_not_body_text() -> None:
    ex = extract_page(PAGE.encode("utf-8"), url="http://jxt.sc.gov.cn/tzgg/2027/5/18/a.shtml")
    assert ex.doc_number == "川经信科技〔2027〕58号"
    assert ex.text.startswith("各市（州）经济和信息化局")
    assert "索引号" not in ex.text and "ICP" not in ex.text and "58号" not in ex.text
    assert extracted_to_json(ex)["doc_number"] == "川经信科技〔2027〕58号"


def test_a_label_alone_in_its_cell_and_no_table_number() -> None:
    split = PAGE.replace("<th>发文字号：</th><td>川经信科技〔2027〕58号</td>",
                         "<td><div>文号</div></td><td><div>川经信科技〔2027〕58号</div></td>")
    assert extract_page(split.encode("utf-8")).doc_number == "川经信科技〔2027〕58号"
    no_table = PAGE.replace("<tr><th>发文字号：</th><td>川经信科技〔2027〕58号</td>", "<tr>")
    ex = extract_page(no_table.encode("utf-8"), url="http://jxt.sc.gov.cn/tzgg/2027/5/18/a.shtml")
    assert ex.doc_number == "" and extracted_to_json(ex)["doc_number"] is None


def _article(doc_number: str, text: str = BODY) -> Article:
    return Article(url="http://jxt.sc.gov.cn/tzgg/2027/5/18/a.shtml", source_id="sc", title=TITLE, text=text,
                   published=date(2027, 5, 18), publisher="四川省经济和信息化厅", publisher_en="",
                   authority=Authority.LOCAL, doc_number=doc_number)


def test_the_stored_number_is_a_fact_a_key_and_the_writers_number() -> None:
    article = _article("川经信科技〔2027〕58号")
    facts = extract_facts(article)
    assert [f.text for f in facts if f.kind is FactKind.DOC_NUMBER] == ["川经信科技〔2027〕58号"]
    assert "川经信科技〔2027〕58号" in article.stated_text().split("\n")[1]
    assert any("川经信科技〔2027〕58号" in k for k in own_documents(article))
    assert any("〔2027〕58号" in k for k in story_keys(article, facts))
    assert document_number(article) == "川经信科技〔2027〕58号"
    assert not any("58号" in k for k in own_documents(_article("")))


def test_a_body_printing_its_number_states_it_once() -> None:
    stated = _article("川经信科技〔2027〕58号", "川经信科技〔2027〕58号\n" + BODY)
    assert [f.text for f in extract_facts(stated) if f.kind is FactKind.DOC_NUMBER] == ["川经信科技〔2027〕58号"]
    assert stated.stated_text().count("川经信科技〔2027〕58号") == 1


def test_a_spaced_out_label_and_a_number_line_under_the_headline() -> None:
    """文　　号： is spaced to align its column; a page may also print its number alone on the line
    under the headline. A number cited inside a sentence is not the page's own."""
    spaced = PAGE.replace("<th>发文字号：</th>", "<th>文　　号：</th>")
    assert extract_page(spaced.encode("utf-8")).doc_number == "川经信科技〔2027〕58号"
    no_table = PAGE.replace("<tr><th>发文字号：</th><td>川经信科技〔2027〕58号</td>", "<tr>")
    under = no_table.replace('<div class="info">', '<p class="wh">川经信科技〔2027〕58号</p><div class="info">')
    assert extract_page(under.encode("utf-8")).doc_number == "川经信科技〔2027〕58号"
    cited = no_table.replace('<div class="info">', '<p class="lead">根据川办发〔2026〕12号文件精神制定。</p><div class="info">')
    assert extract_page(cited.encode("utf-8")).doc_number == ""
