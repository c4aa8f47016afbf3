#!/usr/bin/env python3
"""Generate the ``day`` corpus: list pages that keep their links in script data, and notices
whose substance is only in their attachments (real PDF, .docx and .xlsx files).

Every notice, figure and name in it is FICTIONAL test data; the pages copy only the structure
of real government and portal sites (a Hanweb 大汉 list page with a ``<datastore>`` of CDATA
records, a portal list built from a JavaScript array, a plain ministry list page). The
attachment files are made with the libraries the product reads them with the other way
round: typst (PDF, with the vendored Noto font), python-docx, openpyxl and pypdf (an
encrypted PDF), plus a damaged .docx and a legacy .doc header.

Run:  .venv/bin/python tests/data/attachments/make_attachments.py   (rebuilds ./day)
Deterministic output (fixed PDF timestamp, fixed zip dates).
"""
from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import tempfile
from html import escape
from pathlib import Path
from urllib.parse import quote

import docx
import openpyxl
import pypdf
import typst

HERE = Path(__file__).resolve().parent
OUT = HERE / "day"
SITE = OUT / "site"
FONTS = HERE.parents[2] / "dailybrief" / "fonts"
BRIEF_DATE = "2027-11-10"
MARK = "<!-- synthetic test page: fictional content imitating a site's layout, written to test a daily-brief generator -->"

JS, PORTAL, MIIT = "www.js-example.gov.cn", "www.caijing-example.com.cn", "www.miit-example.gov.cn"

SOURCES = f"""# Synthetic test corpus: list pages with script data, notices with attachments (fictional).
sources:
  - id: js
    name: 江苏省人民政府
    name_en: "People's Government of Jiangsu Province"
    kind: listpage
    url: /{JS}/col/col5001/index.html
    authority: local
  - id: caijing
    name: 数智财经网
    name_en: "Shuzhi Finance (fictional portal)"
    kind: listpage
    url: /{PORTAL}/news/index.html
    authority: media
  - id: miit
    name: 工业和信息化部
    name_en: Ministry of Industry and Information Technology
    kind: listpage
    url: /{MIIT}/zwgk/index.html
    authority: ministry
"""

# -- attachment texts (the figures a brief must state and cite)

PLAN_TITLE = "江苏省制造业智能化改造和数字化转型三年行动计划（2027—2029年）"
PLAN_PARAGRAPHS = [
    "为深入推进新型工业化，加快制造业智能化改造和数字化转型，培育发展新质生产力，结合我省实际，制定本行动计划。",
    "一、主要目标。到2029年，全省规模以上工业企业智能化改造和数字化转型基本实现全覆盖，重点行业关键工序数控化率达到72%，"
    "建成省级智能制造示范工厂600家、工业互联网标杆工厂150家，培育具有行业影响力的工业互联网平台120个。",
    "二、重点任务。实施智能制造装备攻关工程，每年滚动实施省级重大技术装备攻关项目50项；实施中小企业数字化赋能工程，"
    "推动4万家中小企业完成数字化诊断。",
    "三、保障措施。省级财政每年统筹安排专项资金30亿元，对企业智能化改造项目按设备投资额的15%给予奖补，单个项目最高2000万元。",
    "四、时间安排。2027年12月31日前，各设区市人民政府制定本地区实施方案并报省工业和信息化厅备案。",
]

ACTION_TITLE = "算力基础设施高质量发展专项行动方案"
ACTION_PARAGRAPHS = [
    "为统筹推进全国算力基础设施建设，提升算力供给能力和绿色低碳水平，制定本方案。",
    "到2028年，全国算力总规模超过500EFLOPS，智能算力占比达到45%，国家枢纽节点新建数据中心电能利用效率降至1.2以下。",
    "各地区要在2028年6月30日前完成存量数据中心节能改造评估。",
]
ACTION_TABLE = [("指标", "2027年", "2028年"), ("算力总规模（EFLOPS）", "380", "500"),
                ("智能算力占比", "35%", "45%")]

TASK_ROWS = [("序号", "重点任务", "2029年目标", "牵头单位"),
             (1, "新增工业机器人装机量", "2.8万台", "省工业和信息化厅"),
             (2, "“智改数转”诊断服务", "4万家", "省工业和信息化厅"),
             (3, "工业互联网平台普及率", 0.68, "省通信管理局")]

SCENE_PARAGRAPHS = ["申报单位应为在江苏省内注册的独立法人企业，申报材料于2027年11月30日前报送。"]


def pdf(title: str, paragraphs: list[str]) -> bytes:
    """Return a PDF of the title and paragraphs, typeset by typst with the vendored CJK font."""
    body = "\n\n".join(p.replace("#", "\\#") for p in paragraphs)
    source = (f'#set text(font: "Noto Serif SC", size: 11pt, lang: "zh")\n#set page(paper: "a4")\n'
              f'#align(center)[#text(size: 16pt)[{title}]]\n\n{body}\n')
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.typ"
        path.write_text(source, encoding="utf-8")
        return typst.compile(str(path), font_paths=[str(FONTS)], ignore_system_fonts=True,
                             timestamp=int(dt.datetime(2027, 11, 8, tzinfo=dt.UTC).timestamp()))


def encrypted(pdf_bytes: bytes) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_bytes)))
    writer.encrypt(user_password="js2027", owner_password="owner2027", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def word(title: str, paragraphs: list[str], table: list[tuple[str, ...]]) -> bytes:
    document = docx.Document()
    document.core_properties.created = dt.datetime(2027, 11, 9)
    document.add_heading(title, level=1)
    for text in paragraphs[:2]:
        document.add_paragraph(text)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for r, row in enumerate(table):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    for text in paragraphs[2:]:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def sheet(rows: list[tuple[object, ...]]) -> bytes:
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "重点任务分工表"
    for row in rows:
        ws.append(list(row))
    ws["C4"].number_format = "0%"
    book.properties.created = dt.datetime(2027, 11, 8)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


# -- pages

def page(host: str, site_name: str, title: str, day: str, source: str, paragraphs: list[str],
         files: list[tuple[str, str]] = ()) -> str:
    """Return a government-style article page; files are (link text, href) attachment links."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    links = "".join(f'<p><a href="{href}">{escape(text)}</a></p>' for text, href in files)
    attached = f'<div class="fj"><p>附件：</p>{links}</div>' if files else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>{escape(title)}_{site_name}</title>'
            f'</head><body><div class="nav"><a href="/{host}/index.html">首页</a></div>'
            f'<div class="article"><h1>{escape(title)}</h1>'
            f'<div class="info">来源：{escape(source)}　发布日期：{day}</div>'
            f'<div class="content">{body}{attached}</div></div>'
            f'<div class="footer">版权所有 {site_name}　打印本页 关闭窗口</div></body></html>')


def hanweb_list(records: list[tuple[str, str, str]]) -> str:
    """Return a Hanweb (大汉) list page: the records only in a <script type="text/xml"> datastore."""
    cdata = "".join(
        f'<record><![CDATA[\n<li><a href="{href}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
        f"<b>{day}</b></li>\n]]></record>" for t, href, day in records)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>省政府文件 江苏省人民政府</title></head>'
            f'<body><div class="dh"><a href="/{JS}/index.html">首页</a><a href="/{JS}/col/col5000/index.html">政务公开</a></div>'
            f'<div class="bt-list"><div id="5001001"><script type="text/xml"><datastore><totalrecord>{len(records)}'
            f"</totalrecord><recordset>{cdata}</recordset></datastore></script></div></div>"
            f'<script language="javascript" src="/{JS}/module/jslib/jquery.page.min.js"></script>'
            f'<div class="foot">苏ICP备0000XXXX号</div></body></html>')


def js_array_list(records: list[tuple[str, str, str]]) -> str:
    """Return a portal list page that renders its list from a JavaScript array of records."""
    items = ",\n".join(f"  {{title:'{t}', url:'{href}', date:'{day}'}}" for t, href, day in records)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>要闻_数智财经网</title></head>'
            f'<body><div class="header"><a href="/{PORTAL}/index.html">首页</a></div>'
            f'<ul id="newsList"></ul><script type="text/javascript">\nvar newsData = [\n{items}\n];\n'
            f"for (var i = 0; i < newsData.length; i++) {{ render(newsData[i]); }}\n</script>"
            f'<div class="footer">数智财经网 版权所有</div></body></html>')


def plain_list(records: list[tuple[str, str, str]]) -> str:
    items = "".join(f'<li><a href="{href}">{escape(t)}</a><span>{day}</span></li>' for t, href, day in records)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8">{MARK}<title>政务公开_工业和信息化部</title></head>'
            f'<body><div class="nav"><a href="/{MIIT}/index.html">首页</a></div><ul class="list">{items}</ul>'
            f"</body></html>")


def write(path: str, data: str | bytes) -> None:
    target = SITE / path.lstrip("/")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)


def href(path: str) -> str:
    """Return the percent-encoded link to a file with a Chinese name, as CMSs write it."""
    return quote(path)


def main() -> None:
    shutil.rmtree(OUT, ignore_errors=True)
    SITE.mkdir(parents=True)
    (OUT / "sources.yaml").write_text(SOURCES, encoding="utf-8")
    (OUT / "corpus.json").write_text(json.dumps({"brief_date": BRIEF_DATE, "window_days": 7,
                                                 "title": "新质生产力每日动态"}, ensure_ascii=False, indent=2),
                                     encoding="utf-8")

    plan_pdf = f"/{JS}/module/download/2027/11/08/{PLAN_TITLE}.pdf"
    tasks_xlsx = f"/{JS}/art/2027/11/8/重点任务分工表.xlsx"
    form_doc = f"/{JS}/art/2027/11/8/项目申报书.doc"
    guide_pdf = f"/{JS}/art/2027/11/6/P020271106398712.pdf"
    form_docx = f"/{JS}/art/2027/11/6/申报表.docx"
    action_docx = f"/{PORTAL}/uploadfile/2027/1109/{ACTION_TITLE}.docx"
    elsewhere_pdf = "/www.elsewhere-example.cn/files/参考资料.pdf"  # another site's file: not fetched

    write(plan_pdf, pdf(PLAN_TITLE, PLAN_PARAGRAPHS))
    write(tasks_xlsx, sheet(TASK_ROWS))
    write(form_doc, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))  # an OLE header: a legacy .doc
    write(guide_pdf, encrypted(pdf("申报指南", SCENE_PARAGRAPHS)))
    write(form_docx, word("申报表", SCENE_PARAGRAPHS, [("单位", "联系人")])[:700])  # cut short: damaged
    write(action_docx, word(ACTION_TITLE, ACTION_PARAGRAPHS, ACTION_TABLE))
    write(elsewhere_pdf, pdf("参考资料", ["本文件位于另一个网站，到2029年目标值为987654。"]))

    notice = f"/{JS}/art/2027/11/8/art_5001_2270001.html"
    write(notice, page(JS, "江苏省人民政府", f"省政府办公厅关于印发{PLAN_TITLE}的通知", "2027-11-08",
                       "江苏省人民政府办公厅",
                       ["各设区市人民政府，省各委办厅局，省各直属单位：",
                        f"《{PLAN_TITLE}》已经省人民政府同意，现印发给你们，请认真贯彻落实。"],
                       [(f"附件1：{PLAN_TITLE}.pdf", href(plan_pdf)), ("附件2：重点任务分工表.xlsx", href(tasks_xlsx)),
                        ("附件3：项目申报书.doc", href(form_doc)), ("附件4：参考资料.pdf", href(elsewhere_pdf))]))
    scenes = f"/{JS}/art/2027/11/6/art_5001_2269876.html"
    write(scenes, page(JS, "江苏省人民政府", "省工业和信息化厅关于征集2027年度人工智能典型应用场景的通知", "2027-11-06",
                       "江苏省工业和信息化厅",
                       ["为加快人工智能赋能新型工业化，省工业和信息化厅决定征集2027年度人工智能典型应用场景，"
                        "重点征集智能制造、智慧物流、工业质检等领域的应用场景。具体要求见附件。"],
                       [("申报指南", href(guide_pdf)), ("附件2：申报表.docx", href(form_docx))]))
    sports = f"/{JS}/art/2027/11/7/art_5001_2270010.html"
    write(sports, page(JS, "江苏省人民政府", "省体育局举办2027年全民健身运动会", "2027-11-07", "江苏省体育局",
                       ["全民健身运动会于11月7日在南京开幕，来自全省13个设区市的3000余名运动员参加比赛，"
                        "比赛设田径、游泳、乒乓球、羽毛球等12个大项，赛期5天。"]))
    write(f"/{JS}/col/col5001/index.html", hanweb_list([
        (f"省政府办公厅关于印发{PLAN_TITLE}的通知", notice, "2027-11-08"),
        ("省体育局举办2027年全民健身运动会", sports, "2027-11-07"),
        ("省工业和信息化厅关于征集2027年度人工智能典型应用场景的通知", scenes, "2027-11-06"),
    ]))

    reprint = f"/{PORTAL}/news/202711/t20271109_88001.html"
    write(reprint, page(PORTAL, "数智财经网", f"工业和信息化部印发《{ACTION_TITLE}》", "2027-11-09", "工业和信息化部",
                        [f"近日，工业和信息化部印发《{ACTION_TITLE}》，部署推进算力基础设施高质量发展，"
                         "要求各地统筹算力布局、提升绿色低碳水平、加强算力网络互联互通。方案全文见附件。"],
                        [(f"{ACTION_TITLE}.docx", href(action_docx))]))
    football = f"/{PORTAL}/news/202711/t20271109_88002.html"
    write(football, page(PORTAL, "数智财经网", "城市足球联赛第十轮战罢 主队客场两球取胜", "2027-11-09", "数智财经网",
                         ["城市足球联赛第十轮比赛昨晚进行，主队客场以二比零取胜，积分升至联赛第三位。"]))
    write(f"/{PORTAL}/news/index.html", js_array_list([
        (f"工业和信息化部印发《{ACTION_TITLE}》", reprint, "2027-11-09"),
        ("城市足球联赛第十轮战罢 主队客场两球取胜", football, "2027-11-09"),
        ("更多", f"/{PORTAL}/news/index_2.html", ""),
        ("其他网站的一篇报道的标题足够长", "http://www.elsewhere-example.cn/a/20271109/1.html", "2027-11-09"),
    ]))

    meeting = f"/{MIIT}/zwgk/art/2027/art_9f8e7d6c5b4a39281706.html"
    write(meeting, page(MIIT, "工业和信息化部", "工业和信息化部召开2027年第四季度安全生产工作会议", "2027-11-05",
                        "工业和信息化部", ["会议传达学习了安全生产有关文件精神，部署了第四季度安全生产重点工作。"]))
    write(f"/{MIIT}/zwgk/index.html", plain_list([
        ("工业和信息化部召开2027年第四季度安全生产工作会议", meeting, "2027-11-05")]))


if __name__ == "__main__":
    main()
