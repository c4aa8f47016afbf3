"""Render a Brief as HTML to paste into the WeChat official-account editor.

The editor strips <style> elements, class attributes, scripts and external stylesheets, so
every element carries its style inline, images (logo, QR codes) are data: URIs, and all
text is HTML-escaped. The 目录 is a plain list (page numbers mean nothing in an article),
and reference URLs are printed as text because the editor removes most external links.
"""

from __future__ import annotations

import base64
import logging
import re
from html import escape
from pathlib import Path

from ..errors import RenderError
from ..models import Brief
from .brand import (
    DEADLINES_HEADING,
    REFERENCES_HEADING,
    SUMMARY_HEADING,
    TOC_HEADING,
    Brand,
    Segment,
    brief_title,
    cited_paragraphs,
    deadline_rows,
    format_cn_date,
    image_mime,
    qr_image,
    reference_line,
    section_heading,
)

logger = logging.getLogger(__name__)

FONT_STACK = "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',sans-serif"
# Left-aligned: the editor's justified lines spread CJK text apart around long unbreakable runs
# (（工信部联规〔2026〕98号）), and letter-spacing widens every gap further.
BODY_STYLE = "font-size:16px;line-height:1.8;text-align:left;margin:0 0 16px 0;"
NOWRAP_STYLE = "white-space:nowrap;"
# Runs a line must not break inside: dates, figures with units, short 《titles》, 文号.
UNBREAKABLE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\d{1,2}[:：]\d{2})?|\d{1,2}\s*月\s*\d{1,2}\s*日|"
    r"\d{4}[—–-]\d{4}\s*年|\d{4}\s*年|"
    r"[\u4e00-\u9fa5]{1,8}[〔\[]\d{4}[〕\]]\d{1,4}号|"
    r"《[^《》]{1,14}》|"
    r"\d+(?:\.\d+)?\s*(?:%|万亿元|亿元|万元|亿千瓦时|万千瓦时|亿千瓦|万千瓦|千瓦时|万吨|万家|万个|万台|万辆|万人|PB|EB|EFLOPS|PFLOPS|[万亿千]?[个家项条台辆人名款件座所批类])"
)
DRAFT_STYLE = ("text-align:center;font-size:15px;font-weight:bold;color:#C00000;border:2px solid #C00000;"
               "padding:6px 8px;margin:0 0 12px 0;")
SMALL_STYLE = "font-size:13px;line-height:1.7;margin:0 0 8px 0;"
CENTER_STYLE = "text-align:center;margin:0 0 6px 0;"
LOGO_PX = 72
QR_PX = 140


def render_wechat(brief: Brief, out_path: Path, brand: Brand) -> Path:
    """Write brief as paste-ready WeChat HTML to out_path and return out_path."""
    out_path = Path(out_path)
    html = wechat_html(brief, brand)
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
        out_path.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"{out_path}: cannot write WeChat HTML ({exc.strerror or exc})") from exc
    logger.info("wrote %s (%d bytes)", out_path, len(html))
    return out_path


def wechat_html(brief: Brief, brand: Brand) -> str:
    """Return the article as an HTML document whose body is the part to paste."""
    title = brief_title(brief, brand)
    parts = [
        *_draft_banner(brief),
        *_title_block(brief, brand, title),
        *_summary(brief, brand),
        *_toc(brief, brand),
        *_sections(brief, brand),
        *_deadlines(brief, brand),
        *_references(brief, brand),
        *_contact(brand),
    ]
    article = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)} {escape(format_cn_date(brief.day))}</title>\n</head>\n<body>\n"
        f'<section style="font-family:{FONT_STACK};color:{brand.colours.text};'
        f'max-width:677px;margin:0 auto;padding:0 8px;">\n{article}\n</section>\n</body>\n</html>\n'
    )


def _data_uri(data: bytes) -> str:
    return f"data:{image_mime(data)};base64,{base64.b64encode(data).decode('ascii')}"


def _heading(text: str, brand: Brand) -> str:
    return (f'<h2 style="font-size:18px;font-weight:bold;color:{brand.colours.primary};'
            f'border-left:4px solid {brand.colours.primary};padding-left:10px;'
            f'margin:28px 0 14px 0;line-height:1.5;">{unbreakable_html(text)}</h2>')


def _title_block(brief: Brief, brand: Brand, title: str) -> list[str]:
    out = []
    if brand.logo is not None:
        out.append(f'<p style="{CENTER_STYLE}"><img src="{_data_uri(brand.logo.read_bytes())}" '
                   f'alt="logo" style="width:{LOGO_PX}px;height:auto;display:inline-block;"></p>')
    out.append(f'<h1 style="text-align:center;font-size:24px;font-weight:bold;'
               f'color:{brand.colours.primary};margin:12px 0 12px 0;">{escape(title)}</h1>')
    for line in (*brand.organisations, format_cn_date(brief.day)):
        out.append(f'<p style="{CENTER_STYLE}font-size:14px;color:{brand.colours.muted};">{escape(line)}</p>')
    out.append(f'<hr style="border:none;border-top:2px solid {brand.colours.primary};margin:16px 0;">')
    return out


def _summary(brief: Brief, brand: Brand) -> list[str]:
    if not brief.summary.strip():
        return []
    return [_heading(SUMMARY_HEADING, brand),
            f'<p style="{BODY_STYLE}background-color:#F7F3F2;padding:12px 14px;">'
            f"{unbreakable_html(brief.summary.strip())}</p>"]


def _toc(brief: Brief, brand: Brand) -> list[str]:
    if not brief.sections:
        return []
    items = [section_heading(i, s) for i, s in enumerate(brief.sections, start=1)]
    if brief.deadlines:
        items.append(DEADLINES_HEADING)
    if brief.references:
        items.append(REFERENCES_HEADING)
    return [_heading(TOC_HEADING, brand),
            *(f'<p style="{SMALL_STYLE}font-size:15px;">{unbreakable_html(item)}</p>' for item in items)]


def _segment_html(segment: Segment, brand: Brand) -> str:
    if isinstance(segment, int):
        return f'<sup style="font-size:11px;color:{brand.colours.link};">[{segment}]</sup>'
    return unbreakable_html(segment)


def unbreakable_html(text: str) -> str:
    """Return text escaped, with dates, figures, short 《titles》 and 文号 in no-break spans."""
    out, last = [], 0
    for m in UNBREAKABLE.finditer(text):
        out.append(escape(text[last:m.start()]))
        out.append(f'<span style="{NOWRAP_STYLE}">{escape(m.group(0))}</span>')
        last = m.end()
    out.append(escape(text[last:]))
    return "".join(out)


def _draft_banner(brief: Brief) -> list[str]:
    return [f'<p style="{DRAFT_STYLE}">【{escape(brief.draft_mark)}】</p>'] if brief.draft_mark else []


def _deadlines(brief: Brief, brand: Brand) -> list[str]:
    """Return the 时间节点 list: one line per deadline, date first (tables do not survive the editor)."""
    rows = deadline_rows(brief)
    if not rows:
        return []
    out = [_heading(DEADLINES_HEADING, brand)]
    for row in rows:
        out.append(f'<p style="{SMALL_STYLE}font-size:15px;"><span style="{NOWRAP_STYLE}font-weight:bold;'
                   f'color:{brand.colours.primary};">{escape(row.day)}</span>　{unbreakable_html(row.what)}'
                   f'<sup style="font-size:11px;color:{brand.colours.link};">[{row.ref}]</sup></p>')
    return out


def _sections(brief: Brief, brand: Brand) -> list[str]:
    out = []
    for i, section in enumerate(brief.sections, start=1):
        out.append(_heading(section_heading(i, section), brand))
        for segments in cited_paragraphs(section, brief):
            body = "".join(_segment_html(s, brand) for s in segments)
            out.append(f'<p style="{BODY_STYLE}text-indent:2em;">{body}</p>')
    return out


def _references(brief: Brief, brand: Brand) -> list[str]:
    if not brief.references:
        return []
    out = [_heading(REFERENCES_HEADING, brand)]
    for ref in brief.references:
        line = reference_line(ref)
        url = (f'<br><span style="color:{brand.colours.muted};word-break:break-all;">'
               f"{escape(line.url)}</span>") if line.url else ""
        out.append(f'<p style="{SMALL_STYLE}">{line.n}. {escape(line.lead)}{escape(line.title)}'
                   f"{escape(line.tail)}<span style=\"color:{brand.colours.muted};\">"
                   f"{escape(line.english)}</span>{url}</p>")
    return out


def _contact(brand: Brand) -> list[str]:
    out = []
    if brand.contact_heading:
        out.append(f'<hr style="border:none;border-top:1px solid {brand.colours.primary};margin:28px 0 16px 0;">')
        out.append(f'<p style="{CENTER_STYLE}font-size:17px;font-weight:bold;color:{brand.colours.primary};">'
                   f"{escape(brand.contact_heading)}</p>")
    if brand.qr_codes:
        cells = []
        for qr in brand.qr_codes:
            caption = (f'<br><span style="font-size:12px;color:{brand.colours.muted};">{escape(qr.caption)}</span>'
                       if qr.caption else "")
            cells.append(
                f'<section style="display:inline-block;width:45%;vertical-align:top;text-align:center;'
                f'margin:8px 1%;"><img src="{_data_uri(qr_image(qr))}" alt="{escape(qr.label)}" '
                f'style="width:{QR_PX}px;height:{QR_PX}px;display:inline-block;">'
                f'<p style="font-size:14px;font-weight:bold;margin:6px 0 0 0;">{escape(qr.label)}{caption}</p></section>')
        out.append(f'<section style="text-align:center;margin:8px 0 16px 0;">{"".join(cells)}</section>')
    for d in brand.descriptions:
        out.append(f'<p style="{SMALL_STYLE}font-size:14px;font-weight:bold;color:{brand.colours.primary};'
                   f'margin-top:14px;">{escape(d.name)}：</p>')
        out.append(f'<p style="{SMALL_STYLE}font-size:14px;text-indent:2em;">{escape(d.text)}</p>')
    for line in brand.contact_lines:
        out.append(f'<p style="{SMALL_STYLE}">{escape(line)}</p>')
    if brand.website:
        label = f"{brand.website_label}：" if brand.website_label else ""
        out.append(f'<p style="{SMALL_STYLE}font-size:14px;">{escape(label)}{escape(brand.website)}</p>')
    return out
