"""The document number of a gov.cn-style metadata table is kept with the body (extract stage)."""

from __future__ import annotations

from dailybrief.extract import extract_page

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


def test_the_number_of_the_metadata_table_leads_the_body() -> None:
    ex = extract_page(PAGE.encode("utf-8"), url="http://jxt.sc.gov.cn/tzgg/2027/5/18/a.shtml")
    assert ex.text.split("\n")[0] == "川经信科技〔2027〕58号"
    assert "各市（州）经济和信息化局" in ex.text
    assert "索引号" not in ex.text and "ICP" not in ex.text


def test_a_body_stating_its_number_is_left_alone_and_an_icp_number_is_no_document_number() -> None:
    stated = PAGE.replace("<p>各市（州）经济和信息化局：</p>", "<p>川经信科技〔2027〕58号</p><p>各市（州）经济和信息化局：</p>")
    ex = extract_page(stated.encode("utf-8"), url="http://jxt.sc.gov.cn/tzgg/2027/5/18/a.shtml")
    assert ex.text.count("川经信科技〔2027〕58号") == 1
    no_table = PAGE.replace("<tr><th>发文字号：</th><td>川经信科技〔2027〕58号</td>", "<tr>")
    ex = extract_page(no_table.encode("utf-8"), url="http://jxt.sc.gov.cn/tzgg/2027/5/18/a.shtml")
    assert ex.text.startswith("各市（州）经济和信息化局")
