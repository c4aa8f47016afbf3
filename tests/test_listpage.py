"""List-page link discovery, measured against gold.json on every list page of both corpora."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import lxml.html
import pytest
import yaml

from dailybrief.collect.listpage import continuation_urls, discover_links, path_in_site, site_of
from dailybrief.extract.encoding import decode_html
from dailybrief.models import Authority, Source, SourceKind

DATA = Path(__file__).parent / "data" / "listpages"
CORPORA = ("dev-2026-06-10", "dev-2026-07-15")
BASE = "http://127.0.0.1:8000"


def source(url: str, **kw: str) -> Source:
    return Source("s", "某网站", "Some site", SourceKind.LISTPAGE, url, Authority.MEDIA, **kw)


def list_pages(corpus: str) -> list[tuple[str, str]]:
    """Return (source id, url path) of every list page in a corpus registry."""
    entries = yaml.safe_load((DATA / corpus / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    return [(e["id"], e["url"]) for e in entries if e["kind"] == "listpage"]


def home_pages(corpus: str) -> list[str]:
    return sorted("/" + p.relative_to(DATA / corpus / "site").as_posix()
                  for p in (DATA / corpus / "site").glob("*/index.html"))


def linked_paths(body: bytes, url: str) -> set[str]:
    doc = lxml.html.document_fromstring(decode_html(body)[0])
    return {urlsplit(urljoin(url, a.get("href"))).path for a in doc.iter("a") if a.get("href")}


def discover(corpus: str, path: str):
    body = (DATA / corpus / "site" / path.lstrip("/")).read_bytes()
    meta = json.loads((DATA / corpus / "corpus.json").read_text(encoding="utf-8"))
    result = discover_links(body, BASE + path, source(BASE + path),
                            reference_day=date.fromisoformat(meta["brief_date"]))
    return body, result


def gold(corpus: str) -> dict[str, dict]:
    return json.loads((DATA / corpus / "gold.json").read_text(encoding="utf-8"))["articles"]


@pytest.mark.parametrize("corpus", CORPORA)
def test_precision_and_recall_against_gold_on_every_list_page(corpus: str) -> None:
    articles = gold(corpus)
    found_total = expected_total = hits = relevant_expected = relevant_found = 0
    for source_id, path in list_pages(corpus):
        body, result = discover(corpus, path)
        found = {urlsplit(link.url).path for link in result.links}
        expected = linked_paths(body, BASE + path) & set(articles)
        assert expected, f"{source_id}: the list page links to no gold article"
        assert found <= expected, f"{source_id}: nav/home links taken for articles: {sorted(found - expected)}"
        found_total += len(found)
        expected_total += len(expected)
        hits += len(found & expected)
        relevant = {p for p in expected if articles[p]["relevant"]}
        relevant_expected += len(relevant)
        relevant_found += len(relevant & found)
    precision, recall = hits / found_total, hits / expected_total
    print(f"{corpus}: {found_total} links found, {expected_total} article links listed; "
          f"precision {precision:.2f}, recall {recall:.2f}; relevant {relevant_found}/{relevant_expected}")
    assert relevant_found == relevant_expected
    assert precision == 1.0 and recall == 1.0


@pytest.mark.parametrize("corpus", CORPORA)
def test_home_pages_give_articles_and_no_navigation(corpus: str) -> None:
    articles = set(gold(corpus))
    for path in home_pages(corpus):
        body, result = discover(corpus, path)
        found = {urlsplit(link.url).path for link in result.links}
        expected = linked_paths(body, BASE + path) & articles
        assert found == expected, path


@pytest.mark.parametrize("corpus", CORPORA)
def test_list_dates_become_published_hints(corpus: str) -> None:
    articles = gold(corpus)
    checked = 0
    for _, path in list_pages(corpus):
        _, result = discover(corpus, path)
        for link in result.links:
            if link.published_hint is not None:
                assert link.published_hint.isoformat() == articles[urlsplit(link.url).path]["published"], link
                checked += 1
    assert checked == {"dev-2026-06-10": 34, "dev-2026-07-15": 35}[corpus]  # all but the undated ones


def test_truncated_anchor_text_takes_the_title_attribute() -> None:
    _, result = discover("dev-2026-06-10", "/www.miit.gov.cn/xwfb/zxfb/index.html")
    titles = [link.title for link in result.links]
    assert "工业和信息化部等八部门关于印发《推动“人工智能+制造”深度融合行动方案（2026—2028年）》的通知" in titles
    assert not any(t.endswith("...") for t in titles)


def test_gbk_list_page_with_gb2312_label() -> None:
    _, result = discover("dev-2026-07-15", "/www.shanghai.gov.cn/nw12344/index.html")
    assert result.encoding == "gb18030"
    assert "上海市人民政府关于王喆等同志职务任免的通知" in [link.title for link in result.links]
    assert any("—" in (link.title or "") for link in result.links)  # A1AA is an em dash, not U+2015


def test_yearless_dates_use_the_reference_day_and_roll_back_a_year() -> None:
    path = "/www.example-securities.cn/list/yaowen.html"
    body = (DATA / "dev-2026-07-15" / "site" / path.lstrip("/")).read_bytes()
    url = BASE + path
    hints = {link.title: link.published_hint
             for link in discover_links(body, url, source(url), reference_day=date(2026, 7, 15)).links}
    assert hints["机构前瞻：上半年新型储能新增装机或超3000万千瓦"] == date(2026, 7, 7)
    january = discover_links(body, url, source(url), reference_day=date(2027, 1, 3)).links
    assert january[0].published_hint == date(2026, 7, 15)
    assert all(link.published_hint is None for link in discover_links(body, url, source(url)).links)


def test_undated_headline_and_side_box_links_are_found_without_a_hint() -> None:
    _, result = discover("dev-2026-06-10", "/www.example-citynews.cn/node_1123.htm")
    headline = result.links[0]
    assert urlsplit(headline.url).path.endswith("content_31884215.htm") and headline.published_hint is None
    _, result = discover("dev-2026-07-15", "/www.zj.gov.cn/col/col1229019364/index.html")
    box = [link for link in result.links if link.url.endswith("art_1229019365_2531602.html")]
    assert box and box[0].published_hint is None


@pytest.mark.parametrize("name", ["table_category_links.html", "dl_date_first.html", "cards_yearless.html", "card_links.html"])
def test_other_list_layouts(name: str) -> None:
    spec = json.loads((DATA / "extra" / "expected.json").read_text(encoding="utf-8"))[name]
    result = discover_links((DATA / "extra" / name).read_bytes(), spec["page_url"], source(spec["page_url"]),
                            reference_day=date.fromisoformat(spec["today"]))
    got = [(urlsplit(link.url).path, link.published_hint and link.published_hint.isoformat())
           for link in result.links]
    assert got == [(path, day) for path, day, _ in spec["links"]]
    for link, (_, _, title) in zip(result.links, spec["links"], strict=True):
        if title:
            assert link.title == title


def test_link_selector_replaces_the_heuristics() -> None:
    path = "/www.nea.gov.cn/xwfb/index.html"
    body = (DATA / "dev-2026-06-10" / "site" / path.lstrip("/")).read_bytes()
    url = BASE + path
    nav = discover_links(body, url, source(url, link_selector="div.daohang a")).links
    assert [urlsplit(link.url).path for link in nav] == ["/www.nea.gov.cn/index.html"]  # the page itself left out
    listed = discover_links(body, url, source(url, link_selector="ul.list li")).links
    assert len(listed) == 5 and listed[0].published_hint == date(2026, 6, 9)
    none = discover_links(body, url, source(url, link_selector="table.nothing a"))
    assert none.links == [] and "matched no links" in none.notes[0]


def test_forced_encoding_overrides_the_page() -> None:
    path = "/www.ndrc.gov.cn/xwdt/tzgg/index.html"
    body = (DATA / "dev-2026-06-10" / "site" / path.lstrip("/")).read_bytes()
    url = BASE + path
    wrong = discover_links(body, url, source(url, encoding="big5")).links
    right = discover_links(body, url, source(url)).links
    assert right[0].title == "关于召开2026年全国价格监测工作视频会议的通知"
    assert [link.title for link in wrong] != [link.title for link in right]


def test_empty_or_garbage_page_gives_a_note_not_an_error() -> None:
    for body in (b"", b"\x00\x01\x02", b"<html><body><p>nothing</p></body></html>"):
        result = discover_links(body, BASE + "/x/index.html", source(BASE + "/x/index.html"))
        assert result.links == [] and result.notes


def test_site_of_understands_a_mirror_served_from_one_address() -> None:
    assert site_of("http://127.0.0.1:8000/www.nea.gov.cn/xwfb/index.html") == "nea.gov.cn"
    assert site_of("http://127.0.0.1:8000/www.gov.cn/x.htm") == "gov.cn"
    assert site_of("https://www.nea.gov.cn/xwfb/index.html") == "nea.gov.cn"
    assert site_of("https://www.nea.gov.cn/index.html") == "nea.gov.cn"
    assert path_in_site("http://127.0.0.1:8000/www.nea.gov.cn/xwfb/index.html") == "/xwfb/index.html"


def test_continuation_pages_of_a_split_article() -> None:
    page1 = (
        b'<html><body><h1>T</h1><p>...</p><div class="page">\xe7\xac\xac1\xe9\xa1\xb5 '
        b'<a href="./t20260710_191205_1.html">\xe7\xac\xac2\xe9\xa1\xb5</a> '
        b'<a href="./t20260710_191205_2.html">3</a> <a href="./t20260710_191205_1.html">\xe4\xb8\x8b\xe4\xb8\x80\xe9\xa1\xb5</a>'
        b'</div><a href="./t20260710_191299.html">\xe5\x85\xb6\xe4\xbb\x96\xe6\x96\x87\xe7\xab\xa0</a></body></html>'
    )
    url = BASE + "/www.most.gov.cn/tztg/202607/t20260710_191205.html"
    assert continuation_urls(page1, url) == [
        BASE + "/www.most.gov.cn/tztg/202607/t20260710_191205_1.html",
        BASE + "/www.most.gov.cn/tztg/202607/t20260710_191205_2.html",
    ]
    assert continuation_urls(b"<html><body><a href='x_1.html'>2</a></body></html>", url) == []


def test_continuation_pages_named_with_a_hyphen() -> None:
    page1 = ('<html><body><h1>T</h1><p>正文</p><div class="page">'
             '<a href="c1004-40512345-2.html">下一页</a></div></body></html>').encode()
    url = BASE + "/www.people.com.cn/n1/2026/1019/c1004-40512345.html"
    assert continuation_urls(page1, url) == [BASE + "/www.people.com.cn/n1/2026/1019/c1004-40512345-2.html"]


def test_the_byte_test_for_sibling_pages_finds_what_the_pattern_finds() -> None:
    import random
    import re

    from dailybrief.collect.listpage import _names_a_sibling_page

    def by_pattern(body: bytes, name: str, stem: str, ext: str) -> bool:  # the former per-page pattern
        pattern = re.compile(re.escape(stem.encode()) + rb"(?:[_-]\d{1,2})?" + re.escape(ext.encode()))
        return any(hit.group(0) != name.encode() for hit in pattern.finditer(body))

    rnd = random.Random(9)
    found = 0
    for _ in range(5000):
        stem = "".join(rnd.choice("ab1_-") for _ in range(rnd.randint(1, 3)))
        ext = rnd.choice([".htm", ".html", ".h"])
        name = stem + rnd.choice(["", "_1", "-12", "_123"]) + ext
        body = bytes(rnd.choice(b"ab_-1234.htm x") for _ in range(rnd.randint(0, 30)))
        if rnd.random() < 0.5:
            body += name.encode() + b"ab_-1"
        if rnd.random() < 0.3:
            body += f"{stem}_{rnd.randint(0, 150)}{ext}".encode()
        expected = by_pattern(body, name, stem, ext)
        found += expected
        assert _names_a_sibling_page(body, name, stem, ext) == expected, (body, name, stem, ext)
    assert 500 < found < 4500  # both answers were tried often


def test_short_numbered_article_urls_in_a_list_are_articles() -> None:
    items = "".join(
        f'<li><a href="/www.h2.cn/hydt/{1520 + i}.html">河西走廊绿氢产业集群第{i}批项目建设进展顺利</a>'
        f"<span>2026-10-1{i}</span></li>" for i in range(6))
    page = (f'<html><body><div class="nav"><a href="/www.h2.cn/index.html">首页</a>'
            f'<a href="/www.h2.cn/hydt/index.html">行业动态</a></div><ul class="list">{items}</ul>'
            "</body></html>").encode()
    url = BASE + "/www.h2.cn/hydt/index.html"
    result = discover_links(page, url, source(url), reference_day=date(2026, 10, 20))
    assert sorted(urlsplit(link.url).path for link in result.links) == [
        f"/www.h2.cn/hydt/{1520 + i}.html" for i in range(6)]


def test_article_folders_are_links_but_section_folders_are_not() -> None:
    items = "".join(
        f'<li><a href="/www.stdaily.cn/2027/030{i}/c1234{i}/">科技日报：数据标注基地第{i}批建设进展观察</a>'
        f'<a href="/www.stdaily.cn/2027/030{i}/c1234{i}/#comments">评论</a></li>' for i in range(1, 6))
    page = (f'<html><body><div class="nav"><a href="/www.stdaily.cn/kx/">科技新闻</a>'
            f'<a href="/www.stdaily.cn/2027/">往期</a></div><ul>{items}</ul></body></html>').encode()
    url = BASE + "/www.stdaily.cn/kx/index.html"
    result = discover_links(page, url, source(url), reference_day=date(2027, 3, 5))
    assert sorted(urlsplit(link.url).path for link in result.links) == [
        f"/www.stdaily.cn/2027/030{i}/c1234{i}/" for i in range(1, 6)]


def test_articles_published_as_id_folders_with_an_index_file_are_links() -> None:
    items = "".join(
        f'<li><a href="/www.prov.gov.cn/public/1681/55673{i}915/index.html">某省人民政府办公厅关于印发第{i}批产业方案的通知</a>'
        f'<span class="date">2027-05-1{i}</span></li>' for i in range(1, 5))
    page = ('<html><body><div class="nav"><a href="/www.prov.gov.cn/index.html">首页</a>'
            '<a href="/www.prov.gov.cn/zwgk/index.html">政府信息公开</a>'
            '<a href="/www.prov.gov.cn/col/col76841/index.html">政府文件栏目</a>'
            '<a href="/www.prov.gov.cn/public/column/67812/index.html">部门文件栏目列表</a></div>'
            f'<ul class="list">{items}</ul></body></html>').encode()
    url = BASE + "/www.prov.gov.cn/public/column/6781/index.html"
    result = discover_links(page, url, source(url), reference_day=date(2027, 5, 19))
    assert sorted(urlsplit(link.url).path for link in result.links) == [
        f"/www.prov.gov.cn/public/1681/55673{i}915/index.html" for i in range(1, 5)]
    assert [link.published_hint for link in result.links] == [date(2027, 5, 10 + i) for i in range(1, 5)]
