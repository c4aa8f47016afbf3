"""A page's identity across runs (its URL without scheme, host or port), and what its URL says
it is (an attachment file)."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

# Files a notice attaches (附件): read as text (pdf, docx, xlsx) or reported as not read.
ATTACHMENT_EXTENSIONS = frozenset({"pdf", "docx", "xlsx", "doc", "xls", "wps", "et"})


def page_key(url: str) -> str:
    """Return a page's identity: its path and query, without scheme, host or port.

    The demo and the scoring server serve every site under one 127.0.0.1 address whose port
    changes from run to run; a site's path keeps its host name as its first segment.
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    return path + (f"?{parts.query}" if parts.query else "")


def file_extension(url: str) -> str:
    """Return the lower-case extension of the URL's file name ('' if none)."""
    name = unquote(urlsplit(url).path).rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def is_attachment_url(url: str) -> bool:
    """Return whether the URL names an attachment file (….pdf, ….docx, ….xlsx, ….doc …)."""
    return file_extension(url) in ATTACHMENT_EXTENSIONS
