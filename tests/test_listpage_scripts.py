"""List pages whose article links exist only in script data: Hanweb <datastore> records of
CDATA HTML, JSON documents and JavaScript arrays of records, read with the list-page rules
(same site, headline text, article-like URL, the date next to the link), and safe on
hostile script content."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dailybrief.collect.listpage import discover_links
from dailybrief.models import Authority, Source, SourceKind

BASE = "http://127.0.0.1:8000"
LIST_URL = f"{BASE}/www.a-example.gov.cn/col/col12/index.html"
DAY = date(2027, 11, 10)


def source() -> Source:
    return Source("a", "某省人民政府", "A", SourceKind.LISTPAGE, LIST_URL, Authority.LOCAL)


def discover(html: str):  # type: ignore[no-untyped-def]
    return discover_links(html.encode("utf-8"), LIST_URL, source(), reference_day=DAY)


def page(scripts: str) -> str:
    return (f'<html><head><meta charset="utf-8"><title>通知公告</title></head><body>'
            f'<div class="nav"><a href="/www.a-example.gov.cn/index.html">首页</a></div>'
            f'<div class="list">{scripts}</div><div class="footer">版权所有</div></body></html>')


def art(n: int) -> str:
    return f"/www.a-example.gov.cn/art/2027/11/{n}/art_12_{2270000 + n}.html"


def hanweb(records: list[tuple[str, str, str]]) -> str:
    """Return a Hanweb (大汉) list: its records only in a <script type="text/xml"> datastore."""
    cdata = "".join(f'<record><![CDATA[\n<li><a href="{url}" target="_blank" title="{title}">{title}</a>'
                    f"<b>{day}</b></li>\n]]></record>" for title, url, day in records)
    return page(f'<div id="5001001"><script type="text/xml"><datastore><totalrecord>{len(records)}'
                f"</totalrecord><recordset>{cdata}</recordset></datastore></script></div>"
                f'<script language="javascript" src="/www.a-example.gov.cn/module/jpage.js"></script>')


def test_hanweb_datastore_records_become_links_with_their_dates() -> None:
    result = discover(hanweb([("省政府办公厅关于印发制造业数字化转型三年行动计划的通知", art(8), "2027-11-08"),
                              ("省体育局举办2027年全民健身运动会", art(7), "2027-11-07"),
                              ("省工业和信息化厅关于征集人工智能典型应用场景的通知", art(6), "11-06")]))
    assert [(link.url, link.published_hint) for link in result.links] == [
        (BASE + art(8), date(2027, 11, 8)), (BASE + art(7), date(2027, 11, 7)), (BASE + art(6), date(2027, 11, 6))]
    assert result.links[0].title == "省政府办公厅关于印发制造业数字化转型三年行动计划的通知"
    assert result.notes == []


def test_a_javascript_array_and_a_json_document_give_their_records() -> None:
    records = ",".join(f"{{title:'关于第{n}批数字化转型试点项目的公示通知', url:'{art(n)}', date:'2027-11-0{n}'}}"
                       for n in (1, 2, 3))
    doc = json.dumps({"data": {"list": [{"docTitle": "某省人民政府关于加快发展新质生产力的实施意见",
                                         "docUrl": art(4), "pubDate": "2027-11-04 09:30"}]}}, ensure_ascii=False)
    result = discover(page(f'<script>var list = [{records}];</script>'
                           f'<script type="application/json">{doc}</script>'))
    assert [(link.url, link.published_hint) for link in result.links] == [
        (BASE + art(n), date(2027, 11, n)) for n in (1, 2, 3, 4)]
    assert result.links[3].title == "某省人民政府关于加快发展新质生产力的实施意见"


def test_script_records_pass_the_same_filters_as_links() -> None:
    records = [
        ("关于第1批数字化转型试点项目的公示通知", art(1)),
        ("更多", "/www.a-example.gov.cn/col/col12/index_2.html"),  # navigation
        ("另一个网站上标题足够长的一篇文章", "http://www.other-example.cn/art/2027/11/1/art_1_1.html"),
        ("点击这里运行脚本的一条恶意记录", "javascript:alert(1)"),
        ("<img src=x onerror=alert(1)>关于第2批数字化转型试点项目的公示通知", art(2)),
    ]
    arr = ",".join(json.dumps({"title": t, "url": u}, ensure_ascii=False) for t, u in records)
    result = discover(page(f"<script>window.items = [{arr}];</script>"))
    assert [link.url for link in result.links] == [BASE + art(1), BASE + art(2)]
    assert result.links[1].title == "关于第2批数字化转型试点项目的公示通知"  # markup in a title is dropped


@pytest.mark.parametrize("hostile", [
    "<script type='text/xml'><datastore><record><![CDATA[<li><a href='" + "x" * 1_000_000 + "</script>",
    "<script>" + "{" * 300_000 + "</script>",
    "<script>" + "{a:'" * 200_000 + "</script>",
    "<script>" + "{url:'" + "\\" * 500_000 + "</script>",
    "<script type='application/json'>" + "[" * 100_000 + "]" * 100_000 + "</script>",
    "<script>" + "{title:'关于第1批数字化转型试点项目的公示通知', url:'/www.a-example.gov.cn/art/2027/11/1/art_12_1.html'}," * 20_000 + "</script>",
])
def test_hostile_script_content_is_read_in_bounded_work_and_breaks_nothing(hostile: str) -> None:
    result = discover(page(hostile + f'<ul><li><a href="{art(9)}">关于第9批数字化转型试点项目的公示通知</a></li></ul>'))
    assert BASE + art(9) in [link.url for link in result.links]
    assert len(result.links) <= 5001  # at most MAX_RECORDS records from scripts
