"""Render a Brief as HTML to paste into the WeChat official-account editor.

The editor strips <style> elements, class attributes, scripts and external stylesheets, so
every element carries its style inline, images (logo, QR codes) are data: URIs, and all
text is HTML-escaped. The 目录 is a plain list (page numbers mean nothing in an article),
and reference URLs are printed as text because the editor removes most external links.
"""

from __future__ import annotations

import base64
import logging
from html import escape
from pathlib import Path

from ..errors import RenderError
from ..models import Brief
from .brand import (
    REFERENCES_HEADING,
    SUMMARY_HEADING,
    TOC_HEADING,
    Brand,
    Segment,
    brief_title,
    cited_paragraphs,
    format_cn_date,
    image_mime,
    qr_image,
    reference_line,
    section_heading,
)

logger = logging.getLogger(__name__)

FONT_STACK = "'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',sans-serif"
BODY_STYLE = "font-size:16px;line-height:1.8;letter-spacing:0.5px;text-align:justify;margin:0 0 16px 0;"
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
        *_title_block(brief, brand, title),
        *_summary(brief, brand),
        *_toc(brief, brand),
        *_sections(brief, brand),
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
            f'margin:28px 0 14px 0;line-height:1.5;">{escape(text)}</h2>')


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
            f"{escape(brief.summary.strip())}</p>"]


def _toc(brief: Brief, brand: Brand) -> list[str]:
    if not brief.sections:
        return []
    items = [section_heading(i, s) for i, s in enumerate(brief.sections, start=1)]
    if brief.references:
        items.append(REFERENCES_HEADING)
    return [_heading(TOC_HEADING, brand),
            *(f'<p style="{SMALL_STYLE}font-size:15px;">{escape(item)}</p>' for item in items)]


def _segment_html(segment: Segment, brand: Brand) -> str:
    if isinstance(segment, int):
        return f'<sup style="font-size:11px;color:{brand.colours.link};">[{segment}]</sup>'
    return escape(segment)


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
