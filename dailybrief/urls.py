"""A page's identity across runs: its URL without scheme, host or port."""

from __future__ import annotations

from urllib.parse import urlsplit


def page_key(url: str) -> str:
    """Return a page's identity: its path and query, without scheme, host or port.

    The demo and the scoring server serve every site under one 127.0.0.1 address whose port
    changes from run to run; a site's path keeps its host name as its first segment.
    """
    parts = urlsplit(url)
    path = parts.path or "/"
    return path + (f"?{parts.query}" if parts.query else "")
