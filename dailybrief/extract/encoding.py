"""Honest decoding of HTML bytes: BOM, then declared charsets, then UTF-8 and GB18030.

Declared charsets lose to a strict UTF-8 decode that succeeds on non-ASCII bytes: pages
saved from a browser keep a stale ``charset=gb2312`` meta while their bytes are UTF-8, and
real GBK text is practically never valid UTF-8. GB2312 and GBK labels are read as GB18030
(their superset, and what browsers do), so characters such as 珺 or 喆 survive.
"""

from __future__ import annotations

import codecs
import logging
import re

from ..errors import ExtractError

log = logging.getLogger(__name__)

SNIFF_BYTES = 8192
MAX_REPLACEMENT_SHARE = 0.02
NEARLY_UTF8_MIN_CHARS = 50
NEARLY_UTF8_MAX_BAD_SHARE = 0.01

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "ms936": "gb18030",
    "windows-936": "gb18030",
    "euc-cn": "gb18030",
    "hz-gb-2312": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "us-ascii": "windows-1252",
    "ascii": "windows-1252",
    "utf8": "utf-8",
    "unicode": "utf-8",
}
_HEADER_CHARSET = re.compile(rb"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.I)


def normalize_encoding(name: str | None) -> str | None:
    """Return the Python codec to use for a declared charset label, or None if unknown."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """Return the charset label of an HTTP Content-Type header, or None."""
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type.encode("latin-1", "replace"))
    return m.group(1).decode("ascii", "replace") if m else None


def charset_from_meta(body: bytes) -> str | None:
    """Return the charset declared by the first <meta charset> or http-equiv tag, or None."""
    for tag in _META_TAG.finditer(body[:SNIFF_BYTES]):
        m = _HEADER_CHARSET.search(tag.group(0))
        if m:
            return m.group(1).decode("ascii", "replace")
    return None


def decode_html(
    body: bytes, content_type: str | None = None, encoding_hint: str | None = None
) -> tuple[str, str]:
    """Return (text, encoding used) for HTML bytes; raise ExtractError if nothing decodes."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(codec, errors="replace"), codec
    declared = [
        normalize_encoding(label)
        for label in (encoding_hint, charset_from_content_type(content_type), charset_from_meta(body))
    ]
    candidates = [c for c in declared if c]
    if not body.isascii() and _is_utf8(body):
        return body.decode("utf-8"), "utf-8"
    if not body.isascii() and _is_nearly_utf8(body):
        log.debug("decoding as UTF-8 despite a few invalid bytes")
        return body.decode("utf-8", errors="replace"), "utf-8"
    for codec in [*candidates, "utf-8", "gb18030"]:
        try:
            return body.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            continue
    return _decode_lossy(body, [*candidates, "utf-8", "gb18030"])


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _is_nearly_utf8(body: bytes) -> bool:
    """Return True when all but a handful of the non-ASCII characters are valid UTF-8.

    Real GBK text fails UTF-8 on nearly every Chinese character; a UTF-8 page with one
    damaged byte fails on one.
    """
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    return non_ascii >= NEARLY_UTF8_MIN_CHARS and bad <= non_ascii * NEARLY_UTF8_MAX_BAD_SHARE


def _decode_lossy(body: bytes, codecs_to_try: list[str]) -> tuple[str, str]:
    """Return the decode with the fewest replacement characters, if few enough."""
    best: tuple[int, str, str] | None = None
    for codec in dict.fromkeys(codecs_to_try):
        text = body.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[0]:
            best = (bad, text, codec)
    assert best is not None
    bad, text, codec = best
    if bad > max(1, len(text) * MAX_REPLACEMENT_SHARE):
        raise ExtractError(f"cannot decode page: {bad} undecodable characters even as {codec}")
    log.debug("decoded with %d replacement characters as %s", bad, codec)
    return text, codec
