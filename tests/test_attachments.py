"""Notices whose substance is in their attachments, and list pages whose links are in script data.

The corpus tests/data/attachments/day (made by make_attachments.py: real PDF, .docx and .xlsx
files with Chinese text, an encrypted PDF, a damaged .docx, a legacy .doc) is served on
127.0.0.1 and the CLI is run on it: the brief must state the attachments' figures, cite the
files that state them under the notice's real publisher, and name each unreadable file in
one line while the run goes on.
"""

from __future__ import annotations

import io
import json
import re
import socket
import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlparse

import openpyxl
import pypdf
import pytest
from click.testing import CliRunner

from dailybrief.cli import cli
from dailybrief.collect.attachments import attachment_links, notice_credit
from dailybrief.demo import serve_folder
from dailybrief.errors import ExtractError
from dailybrief.extract.attachments import attachment_kind, attachment_title, extract_attachment
from dailybrief.models import Page
from dailybrief.write.sentences import clean_sentences

CORPUS = Path(__file__).parent / "data" / "attachments" / "day"
SITE = CORPUS / "site"
PLAN = "江苏省制造业智能化改造和数字化转型三年行动计划（2027—2029年）"
ACTION = "算力基础设施高质量发展专项行动方案"


def _run(tmp: Path, out: Path, port: int = 0) -> tuple[dict, str]:  # type: ignore[type-arg]
    meta = json.loads((CORPUS / "corpus.json").read_text(encoding="utf-8"))
    with serve_folder(SITE, port=port) as base_url:
        text = (CORPUS / "sources.yaml").read_text(encoding="utf-8")
        sources = tmp / "sources.yaml"
        sources.write_text(re.sub(r"(url:\s*[\"']?)/", rf"\g<1>{base_url}/", text), encoding="utf-8")
        result = CliRunner().invoke(cli, [
            "run", "--sources", str(sources), "--date", meta["brief_date"], "--window-days",
            str(meta["window_days"]), "--db", str(tmp / "brief.db"), "--out", str(out),
            "--format", "json,md"])
    assert result.exit_code == 0, result.output
    return json.loads((out / "brief.json").read_text(encoding="utf-8")), result.output


@pytest.fixture(scope="module")
def day_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str, Path]:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("attachments")
    brief, output = _run(tmp, tmp / "out")
    return brief, output, tmp / "brief.db"


def _file(url: str) -> Path:
    return SITE / unquote(urlparse(url).path).lstrip("/")


def _section_citing(brief: dict, figure: str) -> tuple[dict, list[dict]]:  # type: ignore[type-arg]
    refs = {r["n"]: r for r in brief["references"]}
    for section in brief["sections"]:
        if figure in "".join(section["paragraphs"]):
            return section, [refs[n] for n in section["references"]]
    raise AssertionError(f"no section states {figure}: {[s['title'] for s in brief['sections']]}")


def test_a_figure_only_in_a_pdf_attachment_is_stated_and_cited_to_the_file_under_its_publisher(day_run) -> None:  # type: ignore[no-untyped-def]
    brief, _, _ = day_run
    section, refs = _section_citing(brief, "数控化率达到72%")
    pdf = [r for r in refs if urlparse(r["url"]).path.endswith(".pdf")]
    assert len(pdf) == 1, refs
    assert pdf[0]["publisher"] == "江苏省人民政府" and pdf[0]["published"] == "2027-11-08"
    assert pdf[0]["title"] == PLAN  # the link's text, not 附件1 or a file id
    assert _file(pdf[0]["url"]).read_bytes().startswith(b"%PDF")
    assert "600家" in "".join(section["paragraphs"])
    # the notice, its PDF and its spreadsheet are one storyline: told in one section
    assert sum(PLAN[:12] in s["title"] or PLAN[:12] in "".join(s["paragraphs"]) for s in brief["sections"]) == 1


def test_a_reprinted_notices_docx_is_credited_to_the_ministry_the_notice_states(day_run) -> None:  # type: ignore[no-untyped-def]
    brief, _, _ = day_run
    _, refs = _section_citing(brief, "500EFLOPS")
    docx_refs = [r for r in refs if urlparse(r["url"]).path.endswith(".docx")]
    assert len(docx_refs) == 1 and docx_refs[0]["title"] == ACTION
    assert docx_refs[0]["publisher"] == "工业和信息化部"  # 来源：工业和信息化部 on the portal's notice
    assert "www.caijing-example.com.cn" in docx_refs[0]["url"]
    assert "45%" in extract_attachment(_file(docx_refs[0]["url"]).read_bytes(), url=docx_refs[0]["url"],
                                       title=ACTION).text


def test_unreadable_attachments_are_one_line_each_and_the_run_goes_on(day_run) -> None:  # type: ignore[no-untyped-def]
    brief, output, db = day_run
    assert "项目申报书.doc of the notice is a legacy .doc file: not read" in output
    assert "P020271106398712.pdf: the PDF is encrypted with a password" in output
    assert "申报表.docx: damaged DOCX file" in output
    assert "Traceback" not in output
    with sqlite3.connect(db) as conn:
        rejected = {unquote(u).rsplit("/", 1)[-1]: r for u, r in conn.execute("SELECT url, reason FROM rejections")}
        fetched = [unquote(u) for (u,) in conn.execute("SELECT url FROM pages")]
    assert rejected["项目申报书.doc"] == rejected["申报表.docx"] == "decode_error"
    assert not any(u.endswith("项目申报书.doc") for u in fetched)  # a legacy file is not even fetched
    assert not any("elsewhere-example" in u for u in fetched)  # nor another site's file
    assert brief["sections"]


def test_links_kept_only_in_script_data_are_found(day_run) -> None:  # type: ignore[no-untyped-def]
    brief, _, db = day_run
    with sqlite3.connect(db) as conn:
        fetched = {urlparse(u).path for (u,) in conn.execute("SELECT url FROM pages")}
    hanweb = "/www.js-example.gov.cn/art/2027/11/8/art_5001_2270001.html"  # in <datastore> CDATA
    js_array = "/www.caijing-example.com.cn/news/202711/t20271109_88001.html"  # in a JS array
    assert {hanweb, js_array} <= fetched
    assert "/www.caijing-example.com.cn/news/index_2.html" not in fetched  # the array's 更多 entry
    assert any(urlparse(r["url"]).path == hanweb for r in brief["references"])


def test_a_second_run_asks_for_attachments_conditionally_and_cites_them_the_same(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])  # the same URLs on both runs, as a real site keeps them
    first, _ = _run(tmp_path, tmp_path / "out1", port)
    with sqlite3.connect(tmp_path / "brief.db") as conn:
        pages = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    second, output = _run(tmp_path, tmp_path / "out2", port)
    with sqlite3.connect(tmp_path / "brief.db") as conn:
        assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == pages
    assert re.search(r"not modified [1-9]\d*", output), output
    for brief in (first, second):
        cited = {urlparse(r["url"]).path.rsplit(".", 1)[-1]: r for r in brief["references"]}
        assert cited["pdf"]["publisher"] == "江苏省人民政府" and cited["docx"]["publisher"] == "工业和信息化部"
    originals = [[r["url"] for r in b["references"] if r["n"] == s["references"][0]][0]
                 for b in (first, second) for s in b["sections"]]
    assert not any(u.endswith((".pdf", ".docx", ".xlsx")) for u in originals)  # the notice leads


def test_attachment_links_take_their_title_from_the_link_or_the_file_name() -> None:
    notice = SITE / "www.js-example.gov.cn/art/2027/11/8/art_5001_2270001.html"
    url = "http://127.0.0.1:8000/www.js-example.gov.cn/art/2027/11/8/art_5001_2270001.html"
    page = Page(url=url, final_url=url, source_id="js", status=200, content_type="text/html",
                body=notice.read_bytes(), sha256="", fetched_at=None)  # type: ignore[arg-type]
    links = attachment_links(page)
    assert [(link.title, link.extension, link.readable) for link in links] == [
        (PLAN, "pdf", True), ("重点任务分工表", "xlsx", True), ("项目申报书", "doc", False)]
    credit = notice_credit(page, None)
    assert credit.published is not None and credit.published.isoformat() == "2027-11-08"
    assert credit.headline_for(links[0]) == PLAN
    assert credit.headline_for(links[1]) == f"省政府办公厅关于印发{PLAN}的通知 附件：重点任务分工表"
    assert attachment_title("", "http://x.cn/a/%E7%94%B3%E6%8A%A5%E6%8C%87%E5%8D%97.pdf") == "申报指南"
    assert attachment_title("P020271106398712.pdf", "http://x.cn/a/P020271106398712.pdf") == "P020271106398712"


def test_a_spreadsheet_reads_as_rows_with_percentages_as_shown() -> None:
    path = next(SITE.rglob("重点任务分工表.xlsx"))
    text = extract_attachment(path.read_bytes(), url=path.as_uri(), title="重点任务分工表").text
    assert "1 新增工业机器人装机量 2.8万台 省工业和信息化厅" in text.splitlines()
    assert "工业互联网平台普及率 68%" in text


def test_a_pdf_keeps_its_sentences_whole_across_wrapped_lines() -> None:
    path = next(SITE.rglob("*三年行动计划*.pdf"))
    text = extract_attachment(path.read_bytes(), url=path.as_uri(), title=PLAN).text
    assert "建成省级智能制造示范工厂600家、工业互联网标杆工厂150家，培育具有行业影响力的工业互联网平台120个。" in text


@pytest.mark.parametrize("body, message", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "Word 97-2003 (.doc) is not read"),
    (b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "damaged PDF file"),
    (b"PK\x03\x04broken", "damaged DOCX file"),
    (b"<html><body>not found</body></html>", "not a PDF, .docx or .xlsx file"),
])
def test_bad_files_are_one_clear_error_naming_the_file(body: bytes, message: str) -> None:
    with pytest.raises(ExtractError, match=re.escape(message)) as caught:
        extract_attachment(body, url="http://x.cn/files/%E9%99%84%E4%BB%B6.doc" if body[:1] == b"\xd0"
                           else "http://x.cn/files/%E9%99%84%E4%BB%B6.docx" if body[:2] == b"PK"
                           else "http://x.cn/files/%E9%99%84%E4%BB%B6.pdf", title="附件")
    assert "附件." in str(caught.value) and "\n" not in str(caught.value)


def test_a_zip_bomb_posing_as_a_spreadsheet_is_refused_unopened() -> None:
    book = openpyxl.Workbook()
    book.active.append(["x" * 10])
    raw = io.BytesIO()
    book.save(raw)
    import zipfile
    bomb = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, src.read(item))
        out.writestr("xl/padding.bin", bytes(70_000_000))
    assert attachment_kind(bomb.getvalue()) == "xlsx" and len(bomb.getvalue()) < 1_000_000
    with pytest.raises(ExtractError, match="unpacks to"):
        extract_attachment(bomb.getvalue(), url="http://x.cn/a.xlsx", title="表")


def test_a_pdf_encrypted_for_permissions_only_is_read() -> None:
    path = next(SITE.rglob("*三年行动计划*.pdf"))
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(path))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    raw = io.BytesIO()
    writer.write(raw)
    assert "数控化率达到72%" in extract_attachment(raw.getvalue(), url=path.as_uri(), title=PLAN).text


def test_a_tables_total_and_a_note_stating_a_total_are_sentences_a_brief_can_use() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["序号", "设区市", "项目数", "金额（万元）"])
    sheet.append([1, "南京市", 36, 5200])
    sheet.append([2, "苏州市", 41, 6100])
    sheet.append(["合计：共77个项目，下达资金1.13亿元"])
    sheet.append(["注：本批共支持项目77个，下达资金合计1.13亿元。"])
    sheet.append(["注：金额按四舍五入取整。"])
    body = io.BytesIO()
    book.save(body)
    text = extract_attachment(body.getvalue(), url="http://x.cn/a/fund.xlsx", title="资金分配表").text
    sentences = clean_sentences(text, lists=True)
    assert "共77个项目，下达资金1.13亿元。" in sentences
    assert "本批共支持项目77个，下达资金合计1.13亿元。" in sentences
    assert not any("四舍五入" in s or "南京市" in s for s in sentences)


def test_a_file_a_report_links_on_a_registered_sources_site_is_that_sources() -> None:
    """A media report links the government's list (a PDF on gxj.sz.gov.cn, registered as a
    source): the file is fetched and credited to that source; a file on a site nobody
    registered is not (its publisher would be a guess)."""
    url = "http://127.0.0.1:8000/www.example-news.cn/2028/0708/1.html"
    body = ('<html><body><h1>深圳第二批算力券名单公示</h1><p>名单详见'
            '<a href="/gxj.sz.gov.cn/attachment/1/11930562.pdf">2028年第二批深圳市算力券拟发放名单</a>，'
            '另见<a href="/www.unregistered.cn/files/list.pdf">名单（转载）</a>。</p></body></html>').encode()
    page = Page(url=url, final_url=url, source_id="news", status=200, content_type="text/html",
                body=body, sha256="", fetched_at=None)  # type: ignore[arg-type]
    links = attachment_links(page, owners={"gxj.sz.gov.cn": "szgxj", "example-news.cn": "news"})
    assert [(link.title, link.owner) for link in links] == [("2028年第二批深圳市算力券拟发放名单", "szgxj")]
    assert attachment_links(page) == []
