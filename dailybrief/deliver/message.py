"""The message each channel gets: the brief's title, a short 摘要, the section titles and a
link, in the channel's own form (Markdown for the Feishu and DingTalk robots, plain text for
WeCom, Telegram's HTML subset, an HTML e-mail) and within its size limit."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..text import cn_numeral, format_cn_date
from .channels import Style

ELLIPSIS = "…"
SUMMARY_CHARS = 300
TITLE_CHARS = 60


@dataclass(frozen=True, slots=True)
class Message:
    title: str
    body: str
    form: str  # text | markdown | html (Telegram's subset is html too)


@dataclass(frozen=True, slots=True)
class _Parts:
    title: str
    lead: str                      # 摘要 (or the alarm's text)
    items: tuple[str, ...]         # 一、section title …
    link: str
    more: int = 0                  # items left out to fit
    note: str = ""                 # e.g. 全文见附件 PDF
    heading: str = "目录"


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(0, limit - 1)].rstrip("，、；：,; ") + ELLIPSIS


def _render(parts: _Parts, style: Style) -> Message:
    more = f"（另有 {parts.more} 节）" if parts.more else ""
    if style.form == "markdown":
        lines = [f"**摘要**　{parts.lead}", ""] if parts.lead else []
        if parts.items:
            lines += [f"**{parts.heading}**", *[f"- {i}" for i in parts.items]]
            lines += [more] if more else []
        if parts.note:
            lines += ["", parts.note]
        if parts.link:
            lines += ["", f"[阅读全文]({parts.link})"]
        return Message(parts.title, "\n".join(lines), "markdown")
    if style.form == "html":
        e = html.escape
        body = [f"<h2>{e(parts.title)}</h2>"]
        if parts.lead:
            body.append(f"<p><strong>摘要</strong>　{e(parts.lead)}</p>")
        if parts.items:
            body.append(f"<p><strong>{e(parts.heading)}</strong></p><ul>"
                        + "".join(f"<li>{e(i)}</li>" for i in parts.items) + "</ul>")
            body += [f"<p>{e(more)}</p>"] if more else []
        if parts.note:
            body.append(f"<p>{e(parts.note)}</p>")
        if parts.link:
            body.append(f'<p><a href="{e(parts.link)}">阅读全文</a></p>')
        return Message(parts.title, "\n".join(body), "html")
    if style.form == "telegram":
        e = html.escape
        lines = []  # Apprise puts the title first, in bold
        if parts.lead:
            lines += [f"<b>摘要</b> {e(parts.lead)}", ""]
        lines += [e(i) for i in parts.items] + ([e(more)] if more else [])
        if parts.note:
            lines += ["", e(parts.note)]
        if parts.link:
            lines += ["", f'<a href="{e(parts.link)}">阅读全文</a>']
        return Message(parts.title, "\n".join(lines), "html")
    lines = [parts.title] if style.title_in_body else []
    if parts.lead:
        lines.append(f"摘要：{parts.lead}")
    lines += list(parts.items) + ([more] if more else [])
    if parts.note:
        lines.append(parts.note)
    if parts.link:
        lines.append(f"阅读全文：{parts.link}")
    return Message("" if style.title_in_body else parts.title, "\n".join(lines), "text")


def _size_ok(message: Message, style: Style) -> bool:
    text = message.title + "\n" + message.body
    if style.max_bytes is not None and len(text.encode("utf-8")) > style.max_bytes:
        return False
    return not (style.max_chars is not None and len(text) > style.max_chars)


def _fit(parts: _Parts, style: Style) -> Message:
    """Return the message, shortened until it fits: first the 摘要, then the list's tail."""
    message = _render(parts, style)
    lead_limit = len(parts.lead)
    while not _size_ok(message, style):
        if lead_limit > 60:
            lead_limit = max(60, lead_limit * 2 // 3)
            parts = replace(parts, lead=_short(parts.lead, lead_limit))
        elif len(parts.items) > 1:
            parts = replace(parts, items=parts.items[:-1], more=parts.more + 1)
        elif parts.lead:
            parts = replace(parts, lead="")
        else:
            break
        message = _render(parts, style)
    return message


def brief_title(brief: Mapping[str, Any]) -> str:
    day = date.fromisoformat(str(brief["date"]))
    return f"{brief.get('title') or '每日动态'}（{format_cn_date(day)}）"


def brief_message(brief: Mapping[str, Any], style: Style, link: str = "") -> Message:
    """Return the brief's message for a channel of this style (brief in brief.json form)."""
    sections: Sequence[Mapping[str, Any]] = brief.get("sections", ())
    items = tuple(f"{cn_numeral(i)}、{_short(str(s.get('title', '')), TITLE_CHARS)}"
                  for i, s in enumerate(sections, 1))
    note = "全文见附件 PDF。" if style.attach_pdf else ""
    parts = _Parts(brief_title(brief), _short(str(brief.get("summary", "")), SUMMARY_CHARS),
                   items, link, 0, note)
    return _fit(parts, style)


def alarm_message(title: str, lines: Sequence[str], style: Style, link: str = "") -> Message:
    """Return an alarm for the editors: a title and one line per troubled source."""
    return _fit(_Parts(title, "", tuple(lines), link, heading="来源告警"), style)
