"""Article links that a list page keeps only in script data, turned into ordinary links.

Many government list pages render their list in the browser from data in a script:

- the Hanweb (大汉) template: ``<script type="text/xml"><datastore><recordset><record>
  <![CDATA[<li><a href=…>…</a><span>日期</span></li>]]></record>…``, each record an HTML
  fragment;
- a JSON document in a script (``type="application/json"``, or JSON assigned to a variable);
- a JavaScript array of flat records (``var list = [{title:'…', url:'…', date:'…'}, …]``).

`expand_script_data` replaces each such script in the parsed page by what it holds, as
plain ``<li><a href>title</a><span>date</span></li>`` items in one list, so the list-page
reader applies its usual rules (same site, headline text, article-like URL, date next to
the link) to them as to any link. Nothing in a script is run; hostile script content costs
linear time (bounded sizes and counts, no backtracking patterns) and can add nothing but
text and links.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

import lxml.html
from lxml import etree

log = logging.getLogger(__name__)

MAX_SCRIPT_CHARS = 2_000_000  # a larger script is left alone
MAX_RECORDS = 5000  # per page
MAX_OBJECT_CHARS = 4000  # one flat JavaScript record
MAX_JSON_DEPTH = 12
MAX_FIELD_CHARS = 2000

_CDATA_OPEN, _CDATA_CLOSE = "<![CDATA[", "]]>"
_URL_KEYS = ("url", "href", "link", "linkurl", "link_url", "articleurl", "docurl", "path", "fileurl",
             "pageurl", "detailurl", "vc_url", "infourl")
_TITLE_KEYS = ("title", "linktitle", "link_title", "name", "doctitle", "articletitle", "text",
               "vc_title", "infotitle", "subject", "maintitle")
_DATE_KEYS = ("date", "pubdate", "pub_date", "publishdate", "publish_date", "publishtime", "publish_time",
              "pubtime", "time", "releasedate", "createdate", "createtime", "docreltime", "fbrq",
              "displaydate", "vc_date", "infodate", "scrq")
# key : 'single' | "double" — keys bare or quoted; strings without raw newlines
_PAIR = re.compile(
    r"""(?:"(?P<dk>[A-Za-z_][\w]{0,40})"|'(?P<sk>[A-Za-z_][\w]{0,40})'|(?P<bk>[A-Za-z_][\w]{0,40}))\s*:\s*"""
    r"""(?:"(?P<dv>(?:[^"\\\n]|\\.){0,2000})"|'(?P<sv>(?:[^'\\\n]|\\.){0,2000})')"""
)
_FLAT_OBJECT = re.compile(r"\{[^{}]{1,4000}\}")  # one flat record, as long as MAX_OBJECT_CHARS
_JSON_TYPES = frozenset({"application/json", "application/ld+json", "text/json"})
_SCRIPT_MARK = re.compile(r"\b(url|href|link)\w*['\"]?\s*:", re.I)


def expand_script_data(doc: lxml.html.HtmlElement) -> int:
    """Replace each script holding list records by a list of plain links; return how many
    records were put in (0 when the page has no script data)."""
    budget = MAX_RECORDS
    for script in list(doc.iter("script")):
        if budget <= 0:
            break
        text = script.text or ""
        if not text.strip() or len(text) > MAX_SCRIPT_CHARS:
            continue
        items = _items_of(script, text, budget)
        if not items:
            continue
        budget -= len(items)
        holder = lxml.html.Element("ul", {"class": "script-data"})
        for item in items:
            holder.append(item)
        holder.tail = script.tail
        parent = script.getparent()
        if parent is not None:
            parent.replace(script, holder)
    return MAX_RECORDS - budget


def _items_of(script: lxml.html.HtmlElement, text: str, budget: int) -> list[lxml.html.HtmlElement]:
    """Return the list items a script's data holds (at most budget)."""
    if _CDATA_OPEN in text and "<a" in text.lower():
        return _fragment_items(text, budget)
    kind = (script.get("type") or "").split(";", 1)[0].strip().lower()
    if kind in _JSON_TYPES:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # not JSON, or nested past the parser's stack
            return []
        return _record_items(_json_records(data, 0), budget)
    if kind and "javascript" not in kind and "ecmascript" not in kind:
        return []
    if not _SCRIPT_MARK.search(text):
        return []
    return _record_items(_js_records(text), budget)


def _fragment_items(text: str, budget: int) -> list[lxml.html.HtmlElement]:
    """Return the items of the HTML fragments in a script's CDATA sections (Hanweb records)."""
    items: list[lxml.html.HtmlElement] = []
    for payload in _cdata_sections(text):
        if len(items) >= budget:
            break
        if "<a" not in payload.lower():
            continue
        try:
            parts = lxml.html.fragments_fromstring(payload)
        except (etree.ParserError, ValueError):
            continue
        item = lxml.html.Element("li")
        for part in parts:
            if isinstance(part, str):
                item.text = (item.text or "") + part
            elif isinstance(part.tag, str) and part.tag not in ("script", "style"):
                item.append(part)
        if any(True for _ in item.iter("a")):
            items.append(_unwrapped(item))
    return items


def _unwrapped(item: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """Return the record's own <li> when the fragment is exactly one, else the wrapper."""
    children = [c for c in item if isinstance(c.tag, str)]
    if len(children) == 1 and children[0].tag == "li" and not (item.text or "").strip():
        return children[0]
    return item


def _cdata_sections(text: str) -> Iterator[str]:
    """Yield the contents of the CDATA sections in text (linear: plain find, no regex)."""
    start = text.find(_CDATA_OPEN)
    while start >= 0:
        begin = start + len(_CDATA_OPEN)
        end = text.find(_CDATA_CLOSE, begin)
        if end < 0:
            return
        yield text[begin:end]
        start = text.find(_CDATA_OPEN, end + len(_CDATA_CLOSE))


def _json_records(data: object, depth: int) -> Iterator[dict[str, str]]:
    """Yield, depth first, the objects in a JSON document that look like list records."""
    if depth > MAX_JSON_DEPTH:
        return
    if isinstance(data, dict):
        flat = {str(k).lower(): v for k, v in data.items() if isinstance(v, str | int | float)}
        if _pick(flat, _URL_KEYS) and _pick(flat, _TITLE_KEYS):
            yield {k: str(v) for k, v in flat.items()}
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _json_records(value, depth + 1)
    elif isinstance(data, list):
        for value in data:
            if isinstance(value, dict | list):
                yield from _json_records(value, depth + 1)


def _js_records(text: str) -> Iterator[dict[str, str]]:
    """Yield the flat records ({key: 'string', …}, keys bare or quoted) in JavaScript source."""
    for m in _FLAT_OBJECT.finditer(text):
        record: dict[str, str] = {}
        for pair in _PAIR.finditer(m.group(0)):
            key = (pair.group("dk") or pair.group("sk") or pair.group("bk")).lower()
            if pair.group("dv") is not None:
                record.setdefault(key, _unescaped(pair.group("dv"), '"'))
            else:
                record.setdefault(key, _unescaped(pair.group("sv") or "", "'"))
        if _pick(record, _URL_KEYS) and _pick(record, _TITLE_KEYS):
            yield record


def _unescaped(raw: str, quote: str) -> str:
    """Return a JavaScript string literal's value (\\uXXXX, \\/, \\" …); the raw text if malformed."""
    if "\\" not in raw:
        return raw
    body = raw if quote == '"' else raw.replace("\\'", "'").replace('"', '\\"')
    try:
        return str(json.loads(f'"{body}"'))
    except ValueError:
        return raw.replace("\\/", "/")


def _plain(text: str) -> str:
    """Return text with any markup in it reduced to its words."""
    if "<" not in text:
        return text
    try:
        return lxml.html.fragment_fromstring(text, create_parent="p").text_content()
    except (etree.ParserError, ValueError):
        return re.sub(r"<[^<>]{0,500}>", "", text)


def _pick(record: dict[str, object], keys: tuple[str, ...]) -> str:
    for key in keys:
        value = record.get(key)
        if value is not None and str(value).strip():
            return str(value).strip()[:MAX_FIELD_CHARS]
    return ""


def _record_items(records: Iterator[dict[str, str]], budget: int) -> list[lxml.html.HtmlElement]:
    """Return a plain <li><a href>title</a><span>date</span></li> for each record."""
    items: list[lxml.html.HtmlElement] = []
    for record in records:
        if len(items) >= budget:
            break
        title = _plain(_pick(record, _TITLE_KEYS))
        item = lxml.html.Element("li")
        link = etree.SubElement(item, "a", {"href": _pick(record, _URL_KEYS)})
        link.text = title
        day = _pick(record, _DATE_KEYS)
        if day:
            etree.SubElement(item, "span").text = day
        items.append(item)
    return items
