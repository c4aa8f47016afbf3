"""Render a Brief as an editable Word document (python-docx).

What an editor needs to keep working in Word or WPS: real Heading 1 styles (with an East-Asian
font set through w:eastAsia, so Chinese text does not fall back to a Japanese theme font), a
real TOC field whose shown entries are the headings (Word adds page numbers when it updates it), and each section's sources as real footnotes
(python-docx has no footnote API, so the footnotes part is written here) plus the numbered
参考文献 list the published brief ends with.
"""

from __future__ import annotations

import io
import logging
from datetime import datetime, time
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph
from lxml import etree

from ..errors import RenderError
from ..models import Brief, Reference
from .brand import (
    DEADLINE_COLUMNS,
    DEADLINES_HEADING,
    REFERENCES_HEADING,
    SUMMARY_HEADING,
    TOC_HEADING,
    Brand,
    brief_title,
    cited_paragraphs,
    deadline_rows,
    format_cn_date,
    qr_image,
    reference_line,
    section_heading,
)

logger = logging.getLogger(__name__)

# East-Asian fonts by their English names, declared in fontTable.xml with the Chinese name as
# altName and the GB2312 charset (86): Windows and Office for Mac have them; on Linux
# fontconfig's CJK aliases resolve SimSun/SimHei to a Simplified Chinese serif/sans face.
BODY_FONT_EAST_ASIA = "SimSun"  # 宋体
HEADING_FONT_EAST_ASIA = "SimHei"  # 黑体
DECLARED_FONTS = (
    ("SimSun", "宋体", "02010600030101010101", "auto", "variable"),
    ("SimHei", "黑体", "02010609060101010101", "modern", "fixed"),
)
GB2312_CHARSET = "86"
LATIN_FONT = "Times New Roman"
HEADING_LATIN_FONT = "Arial"
EAST_ASIA_LANG = "zh-CN"
BODY_PT = 12  # 小四
TITLE_PT = 22  # 二号
HEADING1_PT = 16  # 三号
HEADING2_PT = 14  # 四号
SMALL_PT = 10.5  # 五号: references, contact block
FOOTNOTE_PT = 9  # 小五
BODY_LINE_SPACING = 1.5
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'
TOC_ENTRY_STYLE = "toc 1"
BOOKMARK_PREFIX = "_Toc_brief_"
FOOTNOTE_SEPARATOR = ","  # between two footnote marks, so ¹ ² never read as ¹²
DRAFT_COLOUR = "C00000"
DEADLINE_WIDTHS_CM = (3.6, 10.6, 1.8)  # date, who-what-when, reference: 16 cm of text width
LABEL_STYLE = "Brief Label"
LOGO_CM = 2.0
QR_CM = 3.2


def render_docx(brief: Brief, out_path: Path, brand: Brand) -> Path:
    """Write brief as a .docx to out_path and return out_path."""
    out_path = Path(out_path)
    document = build_document(brief, brand)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        document.save(str(out_path))
    except OSError as exc:
        raise RenderError(f"{out_path}: cannot write DOCX ({exc.strerror or exc})") from exc
    logger.info("wrote %s", out_path)
    return out_path


def build_document(brief: Brief, brand: Brand) -> DocxDocument:
    """Return the brief as a python-docx Document."""
    document = Document()
    _set_properties(document, brief, brand)
    _set_up_page(document, brief, brand)
    _set_up_styles(document, brand)
    _declare_east_asian_fonts(document)
    footnotes = Footnotes(document)
    if brief.draft_mark:
        _add_draft_mark(document, brief.draft_mark)
    _add_title_block(document, brief, brand)
    if brief.summary.strip():
        document.add_paragraph(SUMMARY_HEADING, style=LABEL_STYLE)
        document.add_paragraph(brief.summary.strip(), style="Body Text")
    document.add_paragraph(TOC_HEADING, style="TOC Heading")
    headings = [section_heading(i, s) for i, s in enumerate(brief.sections, start=1)]
    tail = [h for h, present in ((DEADLINES_HEADING, bool(brief.deadlines)),
                                 (REFERENCES_HEADING, bool(brief.references))) if present]
    _add_toc(document, [*headings, *tail])
    refs = {r.n: r for r in brief.references}
    for i, section in enumerate(brief.sections, start=1):
        _bookmarked(document.add_paragraph(section_heading(i, section), style="Heading 1"), i)
        for segments in cited_paragraphs(section, brief):
            paragraph = document.add_paragraph(style="Body Text")
            previous_was_note = False
            for segment in segments:
                if isinstance(segment, int):
                    if previous_was_note:
                        paragraph._p.append(parse_xml(
                            f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                            f'<w:t>{FOOTNOTE_SEPARATOR}</w:t></w:r>'))
                    footnotes.add(paragraph, reference_line(refs[segment]).text)
                    previous_was_note = True
                else:
                    paragraph.add_run(segment)
                    previous_was_note = False
    n = len(brief.sections)
    if brief.deadlines:
        n += 1
        _bookmarked(document.add_paragraph(DEADLINES_HEADING, style="Heading 1"), n)
        _add_deadlines(document, brief)
    _add_references(document, brief.references, brand.colours.link, bookmark=n + 1)
    _add_contact_block(document, brand)
    return document


def _bookmarked(paragraph: Paragraph, n: int) -> Paragraph:
    """Wrap a heading's text in the bookmark its 目录 entry links to."""
    start = parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{n}" w:name="{BOOKMARK_PREFIX}{n}"/>')
    end = parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{n}"/>')
    ppr = paragraph._p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)
    return paragraph


def _add_toc(document: DocxDocument, entries: list[str]) -> None:
    """Add a Word TOC field whose shown result already lists the headings (linked to them).

    Word and WPS refresh it with page numbers (右键更新域, or on open: updateFields is set);
    LibreOffice and viewers show the entries as they are.
    """
    style = _toc_entry_style(document)
    paragraphs = [document.add_paragraph(style=style) for _ in entries] or [document.add_paragraph()]
    first, last = paragraphs[0], paragraphs[-1]
    for xml in (f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>',
                f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {TOC_INSTRUCTION} </w:instrText></w:r>',
                f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'):
        first._p.append(parse_xml(xml))
    for n, (paragraph, text) in enumerate(zip(paragraphs, entries, strict=False), start=1):
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), f"{BOOKMARK_PREFIX}{n}")
        link.set(qn("w:history"), "1")
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = text
        run.append(t)
        link.append(run)
        paragraph._p.append(link)
    last._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        update = parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>')
        settings.insert(0, update)


def _toc_entry_style(document: DocxDocument) -> str:
    styles = document.styles
    if TOC_ENTRY_STYLE not in [s.name for s in styles]:
        style = styles.add_style(TOC_ENTRY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.paragraph_format.space_after = Pt(4)
    return TOC_ENTRY_STYLE


def _add_deadlines(document: DocxDocument, brief: Brief) -> None:
    """Add the 时间节点 table: date, who must do what, the reference."""
    rows = deadline_rows(brief)
    table = document.add_table(rows=1 + len(rows), cols=len(DEADLINE_COLUMNS))
    table.style = document.styles["Table Grid"]
    for cell, label in zip(table.rows[0].cells, DEADLINE_COLUMNS, strict=True):
        run = cell.paragraphs[0].add_run(label)
        run.bold = True
        _small(run)
    for row, deadline in zip(table.rows[1:], rows, strict=True):
        for cell, text in zip(row.cells, (deadline.day, deadline.what, f"[{deadline.ref}]"), strict=True):
            _small(cell.paragraphs[0].add_run(text))
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, DEADLINE_WIDTHS_CM, strict=True):
            cell.width = Cm(width)


def _add_draft_mark(document: DocxDocument, mark: str) -> None:
    """Put the draft mark in every page header and above the title, in red."""
    section = document.sections[0]
    for header in (section.header, section.first_page_header):
        paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        run = paragraph.add_run(("  " if paragraph.text else "") + f"【{mark}】")
        run.bold = True
        run.font.color.rgb = RGBColor.from_string(DRAFT_COLOUR)
    banner = document.add_paragraph()
    banner.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = banner.add_run(f"【{mark}】")
    run.bold = True
    run.font.size = Pt(HEADING1_PT)
    run.font.color.rgb = RGBColor.from_string(DRAFT_COLOUR)


def _declare_east_asian_fonts(document: DocxDocument) -> None:
    """Declare the East-Asian fonts in fontTable.xml (altName, GB2312 charset, panose) and make
    them and zh-CN the document defaults, so no text falls back to the theme's Japanese face."""
    for rel in document.part.rels.values():
        if rel.reltype == RT.FONT_TABLE:
            part = rel.target_part
            fonts = etree.fromstring(part.blob)
            for name, alt, panose, family, pitch in DECLARED_FONTS:
                for old in fonts.findall(qn("w:font")):
                    if old.get(qn("w:name")) in (name, alt):
                        fonts.remove(old)
                fonts.append(parse_xml(
                    f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{alt}"/>'
                    f'<w:panose1 w:val="{panose}"/><w:charset w:val="{GB2312_CHARSET}"/>'
                    f'<w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>'))
            part._blob = etree.tostring(fonts, xml_declaration=True, encoding="UTF-8", standalone=True)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if rpr is None:
        return
    rfonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr, value in (("w:ascii", LATIN_FONT), ("w:hAnsi", LATIN_FONT), ("w:eastAsia", BODY_FONT_EAST_ASIA),
                        ("w:cs", LATIN_FONT), ("w:hint", "eastAsia")):
        rfonts.set(qn(attr), value)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), EAST_ASIA_LANG)


def _set_properties(document: DocxDocument, brief: Brief, brand: Brand) -> None:
    props = document.core_properties
    props.title = brief_title(brief, brand)
    props.subject = format_cn_date(brief.day)
    props.author = props.last_modified_by = brand.organisations[0] if brand.organisations else brand.title
    props.language = EAST_ASIA_LANG
    props.created = props.modified = datetime.combine(brief.day, time(0, 0))
    props.comments = props.keywords = ""
    props.revision = 1


def _set_up_page(document: DocxDocument, brief: Brief, brand: Brand) -> None:
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.7), Cm(2.4)
    section.left_margin = section.right_margin = Cm(2.5)
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.text = f"{brief_title(brief, brand)}\t{format_cn_date(brief.day)}"
    header.style = document.styles["Header"]
    tabs = document.styles["Header"].paragraph_format.tab_stops
    tabs.clear_all()
    tabs.add_tab_stop(section.page_width - section.left_margin - section.right_margin, WD_TAB_ALIGNMENT.RIGHT)
    for footer in (section.footer, section.first_page_footer):
        _add_page_number(footer.paragraphs[0])


def _add_page_number(paragraph: Paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>')
    paragraph._p.append(field)


def _set_up_styles(document: DocxDocument, brand: Brand) -> None:
    styles = document.styles
    primary = RGBColor.from_string(brand.colours.primary[1:])
    text = RGBColor.from_string(brand.colours.text[1:])
    normal = styles["Normal"]
    _set_fonts(normal, LATIN_FONT, BODY_FONT_EAST_ASIA, Pt(BODY_PT), text)
    _set_lang(normal)
    body = styles["Body Text"]
    body.paragraph_format.first_line_indent = Pt(2 * BODY_PT)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.line_spacing = BODY_LINE_SPACING
    body.paragraph_format.space_after = Pt(6)
    _set_first_line_chars(body, 200)
    for name, size in (("Heading 1", HEADING1_PT), ("Heading 2", HEADING2_PT), ("TOC Heading", HEADING1_PT)):
        _set_fonts(styles[name], HEADING_LATIN_FONT, HEADING_FONT_EAST_ASIA, Pt(size), primary, bold=True)
        styles[name].paragraph_format.space_before = Pt(18)
        styles[name].paragraph_format.space_after = Pt(8)
    _set_fonts(styles["Title"], HEADING_LATIN_FONT, HEADING_FONT_EAST_ASIA, Pt(TITLE_PT), primary, bold=True)
    for linked, size in (("Heading 1 Char", HEADING1_PT), ("Heading 2 Char", HEADING2_PT), ("Title Char", TITLE_PT)):
        _set_fonts(styles[linked], HEADING_LATIN_FONT, HEADING_FONT_EAST_ASIA, Pt(size), primary, bold=True)
    _remove_border(styles["Title"])
    styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    label = styles.add_style(LABEL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    label.base_style = styles["Normal"]
    label.next_paragraph_style = styles["Body Text"]
    label.paragraph_format.keep_with_next = True
    label.paragraph_format.space_before = Pt(18)
    label.paragraph_format.space_after = Pt(8)
    _set_fonts(label, HEADING_LATIN_FONT, HEADING_FONT_EAST_ASIA, Pt(HEADING1_PT), primary, bold=True)
    _set_fonts(styles["Header"], LATIN_FONT, BODY_FONT_EAST_ASIA, Pt(9), RGBColor.from_string(brand.colours.muted[1:]))
    _set_theme_language(document)


def _set_fonts(style: BaseStyle, latin: str, east_asia: str, size: Pt, colour: RGBColor,
               *, bold: bool | None = None) -> None:
    """Set a style's fonts explicitly, East-Asian one included, dropping theme fonts and colours."""
    font = style.font  # type: ignore[attr-defined]
    font.name, font.size, font.bold = latin, size, bold
    font.color.rgb = colour
    rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:cs"), latin)
    color = style.element.rPr.find(qn("w:color"))
    for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
        color.attrib.pop(qn(attr), None)


def _set_lang(style: BaseStyle) -> None:
    rpr = style.element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), EAST_ASIA_LANG)


def _set_first_line_chars(style: BaseStyle, hundredths: int) -> None:
    """Indent the first line by characters (Word/WPS 首行缩进 2 字符), not by a fixed length."""
    ind = style.element.get_or_add_pPr().find(qn("w:ind"))
    ind.set(qn("w:firstLineChars"), str(hundredths))


def _remove_border(style: BaseStyle) -> None:
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):
        ppr.remove(border)


def _set_theme_language(document: DocxDocument) -> None:
    settings = document.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), EAST_ASIA_LANG)


def _add_title_block(document: DocxDocument, brief: Brief, brand: Brand) -> None:
    if brand.logo is not None:
        logo = document.add_paragraph()
        logo.alignment = WD_ALIGN_PARAGRAPH.CENTER
        logo.add_run().add_picture(str(brand.logo), width=Cm(LOGO_CM))
    document.add_paragraph(brief_title(brief, brand), style="Title")
    for line in (*brand.organisations, format_cn_date(brief.day)):
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _add_references(document: DocxDocument, references: tuple[Reference, ...],
                    link_colour: str, *, bookmark: int) -> None:
    if not references:
        return
    _bookmarked(document.add_paragraph(REFERENCES_HEADING, style="Heading 1"), bookmark)
    for ref in references:
        line = reference_line(ref)
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Cm(0.8)
        paragraph.paragraph_format.first_line_indent = Cm(-0.8)
        paragraph.paragraph_format.space_after = Pt(4)
        for run_text in (f"{ref.n}. ", line.lead):
            _small(paragraph.add_run(run_text))
        if line.url:
            _add_hyperlink(paragraph, line.title, line.url, link_colour)
        else:
            _small(paragraph.add_run(line.title))
        _small(paragraph.add_run(line.tail + line.english))


def _small(run: object) -> None:
    run.font.size = Pt(SMALL_PT)  # type: ignore[attr-defined]


def _add_hyperlink(paragraph: Paragraph, text: str, url: str, colour: str) -> None:
    """Append a real w:hyperlink run pointing at url (python-docx has no API for it)."""
    rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    for tag, val in (("w:color", colour.lstrip("#")), ("w:u", "single"), ("w:sz", str(int(SMALL_PT * 2)))):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        rpr.append(el)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def _add_contact_block(document: DocxDocument, brand: Brand) -> None:
    if brand.contact_heading:
        document.add_paragraph(brand.contact_heading, style=LABEL_STYLE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    if brand.qr_codes:
        table = document.add_table(rows=1, cols=len(brand.qr_codes))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        for cell, qr in zip(table.rows[0].cells, brand.qr_codes, strict=True):
            picture = cell.paragraphs[0]
            picture.alignment = WD_ALIGN_PARAGRAPH.CENTER
            picture.add_run().add_picture(io.BytesIO(qr_image(qr)), width=Cm(QR_CM))
            for text, bold in ((qr.label, True), (qr.caption, False)):
                if text:
                    line = cell.add_paragraph()
                    line.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run = line.add_run(text)
                    run.bold = bold
                    _small(run)
    for description in brand.descriptions:
        name = document.add_paragraph()
        name.paragraph_format.space_before = Pt(10)
        name.paragraph_format.keep_with_next = True
        run = name.add_run(description.name + "：")
        run.bold = True
        _small(run)
        _small(document.add_paragraph(style="Body Text").add_run(description.text))
    for line in brand.contact_lines:
        _small(document.add_paragraph().add_run(line))
    if brand.website:
        paragraph = document.add_paragraph()
        _small(paragraph.add_run(f"{brand.website_label}：" if brand.website_label else ""))
        _add_hyperlink(paragraph, brand.website, brand.website, brand.colours.link)


FOOTNOTES_XML = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


class Footnotes:
    """The document's footnotes part (word/footnotes.xml), created empty, filled by add()."""

    def __init__(self, document: DocxDocument) -> None:
        self._document = document
        self._element = parse_xml(FOOTNOTES_XML)
        package = document.part.package
        part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, self._element, package)
        document.part.relate_to(part, RT.FOOTNOTES)
        self._next_id = 1
        self._add_styles()
        self._declare_in_settings()

    def add(self, paragraph: Paragraph, text: str) -> int:
        """Append a footnote mark to paragraph whose note reads text; return its id."""
        note_id = self._next_id
        self._next_id += 1
        paragraph._p.append(parse_xml(
            f'<w:r {nsdecls("w")}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{note_id}"/></w:r>'))
        note = parse_xml(
            f'<w:footnote {nsdecls("w")} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>'
            '</w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>')
        run = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = text
        run.append(t)
        note[0].append(run)
        self._element.append(note)
        return note_id

    def _add_styles(self) -> None:
        styles = self._document.styles
        text = styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
        text.base_style = styles["Normal"]
        text.font.size = Pt(FOOTNOTE_PT)
        text.paragraph_format.space_after = Pt(0)
        mark = styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
        mark.font.superscript = True

    def _declare_in_settings(self) -> None:
        """Add <w:footnotePr> naming the separators, where Word writes it (before w:compat)."""
        settings = self._document.settings.element
        pr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.addprevious(pr)
        else:
            settings.append(pr)
