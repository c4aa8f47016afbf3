"""A notice's attachments (附件：….pdf / .docx / .xlsx …): found on its page, fetched as pages.

A notice that states its substance only in attached files links them as ``<a href="….pdf">
附件1：…</a>``. Each readable attachment (PDF, .docx, .xlsx) on the notice's own site is
fetched like an article (same guard, size limit, per-host limits and deadline) and becomes
a page of its own: its headline is the link's text or the file name, and it carries the
notice's URL, date and stated source, so the brief cites the file that states a figure
under the notice's real publisher. A file a page links on another registered source's site
(a media report linking the government's list) is that source's, credited to it. A legacy file (.doc, .xls, .wps, .et) is not fetched:
one rejection says it is not read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from ..errors import BriefError
from ..extract import extract_page
from ..extract.attachments import (
    LEGACY_EXTENSIONS,
    READABLE_EXTENSIONS,
    attachment_title,
    is_machine_name,
)
from ..extract.encoding import decode_html
from ..models import Page
from ..urls import file_extension
from .fetch import strip_fragment
from .listpage import site_of

MAX_ATTACHMENTS_PER_PAGE = 10
_WS = re.compile(r"\s+")
_FILE_MENTION = re.compile(rb"\.(?:pdf|docx?|xlsx?|wps|et)(?![A-Za-z0-9_])", re.I)
_DOCUMENT_NAME = re.compile(
    r"《.+》|(意见|通知|方案|规划|计划|办法|条例|规定|决定|措施|细则|指引|指南|纲要|清单|目录|名单|名录|标准|政策|公告|报告)"
    r"([（(][^（）()]{2,20}[）)])?$")
_PUBLIC_SUFFIX_LABELS = frozenset({"gov", "com", "edu", "org", "net", "ac", "mil"})


@dataclass(frozen=True, slots=True)
class AttachmentLink:
    """One attachment linked from a notice page."""

    url: str
    title: str
    extension: str
    position: int = 1  # 1 for the notice's first attachment link
    owner: str | None = None  # the source whose site holds a file linked from another site

    @property
    def readable(self) -> bool:
        return self.extension in READABLE_EXTENSIONS


@dataclass(frozen=True, slots=True)
class NoticeCredit:
    """What an attachment takes from the notice that links it."""

    url: str
    published: date | None
    stated_source: str | None
    title: str | None = None

    def headline_for(self, link: AttachmentLink) -> str:
        """Return an attachment's headline: its own name when that names a document (…行动计划
        （2027—2029年）), else the notice's headline and the name (…的通知 附件：重点任务分工表), or
        its place for a machine name (…的通知 附件2), so a reader knows what it belongs to and
        the storyline finds it."""
        if not self.title:
            return link.title
        if is_machine_name(link.title):
            return f"{self.title} 附件{link.position}"
        if _DOCUMENT_NAME.search(link.title):
            return link.title
        return f"{self.title} 附件：{link.title}"


def attachment_links(page: Page, *, encoding: str | None = None,
                     owners: Mapping[str, str] | None = None) -> list[AttachmentLink]:
    """Return the attachments a notice page links, in page order (each once): those on its own
    site, and those on the site of another source in `owners` (site → source id), as a media
    report links the government's list. A file on a site nobody registered is not fetched:
    its publisher would be a guess."""
    if not may_link_files(page.body):
        return []
    try:
        text, _ = decode_html(page.body, page.content_type, encoding)
        doc = lxml.html.document_fromstring(text)
    except (BriefError, etree.ParserError, ValueError):
        return []
    page_url = page.final_url or page.url
    out: list[AttachmentLink] = []
    seen: set[str] = set()
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith(("javascript:", "mailto:", "#", "data:")):
            continue
        url = strip_fragment(urljoin(page_url, href))
        ext = file_extension(url)
        if ext not in READABLE_EXTENSIONS | LEGACY_EXTENSIONS or url in seen or urlsplit(url).scheme not in ("http", "https"):
            continue
        owner = None if same_site(url, page_url) else (owners or {}).get(site_of(url))
        if owner is None and not same_site(url, page_url):
            continue
        seen.add(url)
        label = _WS.sub(" ", a.text_content() or a.get("title") or "").strip()
        out.append(AttachmentLink(url, attachment_title(label, url), ext, len(out) + 1, owner))
        if len(out) >= MAX_ATTACHMENTS_PER_PAGE:
            break
    return out


def may_link_files(body: bytes) -> bool:
    """Cheap byte test before parsing: does the page name a file we read or report? (False:
    `attachment_links` finds none, so the page need not be parsed, nor handed to a thread.)"""
    return _FILE_MENTION.search(body) is not None


def same_site(url: str, page_url: str) -> bool:
    """True if url is on the page's site: the same registered domain (www.gd.gov.cn and
    file.gd.gov.cn), or under the same mirrored host folder on one server."""
    a, b = site_of(url), site_of(page_url)
    return a == b or _domain(a) == _domain(b) != ""


def _domain(host: str) -> str:
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _PUBLIC_SUFFIX_LABELS and len(labels[-1]) == 2:
        return ".".join(labels[-3:])  # gd.gov.cn, people.com.cn
    if len(labels) >= 2 and not host.replace(".", "").isdigit():
        return ".".join(labels[-2:])
    return ""


def notice_credit(page: Page, hint: date | None, *, encoding: str | None = None) -> NoticeCredit:
    """Return the notice's date and stated source as its own article will have them (the
    page's stated date over the list's hint, the hint over a date guessed from the URL)."""
    try:
        ex = extract_page(page.body, url=page.final_url or page.url, content_type=page.content_type,
                          encoding_hint=encoding, link_title=page.link_title, fetched_at=page.fetched_at)
    except BriefError:
        return NoticeCredit(page.url, hint, None, page.link_title)
    day = ex.published if ex.date_origin in ("meta", "line") or hint is None else hint
    return NoticeCredit(page.url, day, ex.stated_source, (ex.title or page.link_title or "").strip() or None)


def legacy_detail(link: AttachmentLink) -> str:
    """Return the one line that says a legacy attachment is not read."""
    name = unquote(urlsplit(link.url).path).rsplit("/", 1)[-1]
    return f"attachment {name} of the notice is a legacy .{link.extension} file: not read (only PDF, .docx and .xlsx are)"
