"""The text of a notice's attachments (附件): PDF, Word (.docx) and Excel (.xlsx) files.

Government notices often carry their substance only in attachments. The collect stage
fetches them (see `collect.attachments`); this module reads them with well-kept libraries
(pypdf, python-docx, openpyxl) into an `Extracted` whose headline is the link's text or the
file name and whose date and stated source are those of the notice that links the file
(a file states neither). Legacy binary formats (.doc, .xls, .wps, .et: OLE files), files
that are encrypted, damaged or without a text layer raise `ExtractError` with one line
naming the file, so the run goes on.

Public API::

    attachment_kind(body, content_type=None, url="") -> "pdf" | "docx" | "xlsx" | "legacy" | None
    extract_attachment(body, *, url, title, published=None, stated_source=None,
                       content_type=None) -> Extracted
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from datetime import date
from urllib.parse import unquote, urlsplit

from ..errors import ExtractError
from ..models import Extracted
from ..urls import ATTACHMENT_EXTENSIONS, file_extension

__all__ = ["LEGACY_EXTENSIONS", "READABLE_EXTENSIONS", "attachment_kind", "attachment_title",
           "extract_attachment", "is_machine_name"]

log = logging.getLogger(__name__)

READABLE_EXTENSIONS = frozenset({"pdf", "docx", "xlsx"})
LEGACY_EXTENSIONS = ATTACHMENT_EXTENSIONS - READABLE_EXTENSIONS
MAX_PDF_PAGES = 300
MAX_TEXT_CHARS = 400_000
MAX_SHEET_ROWS = 5000
MAX_UNZIPPED_BYTES = 60_000_000  # a .docx/.xlsx that inflates past this is refused (a zip bomb)
WRAP_SHARE = 0.8  # a PDF line at least this share of the page's widest line was wrapped

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MEDIA_KINDS = {
    "application/pdf": "pdf", "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "application/msword": "legacy", "application/vnd.ms-excel": "legacy",
    "application/kswps": "legacy", "application/vnd.ms-works": "legacy",
}
_LEGACY_NAMES = {"doc": "Word 97-2003 (.doc)", "xls": "Excel 97-2003 (.xls)", "wps": "WPS (.wps)",
                 "et": "WPS 表格 (.et)"}
_SENTENCE_END = "。！？；：…”’）)」』】"
_ATTACHMENT_LABEL = re.compile(r"^\s*(附件|附表|附)\s*[0-9０-９一二三四五六七八九十]*\s*[:：.、．]?\s*")
_EXTENSION = re.compile(r"\.(pdf|docx?|xlsx?|wps|et)\s*$", re.I)
_SIZE_NOTE = re.compile(r"[（(]\s*\d+(\.\d+)?\s*[KMG]?B\s*[)）]\s*$", re.I)
_WS = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


def attachment_kind(body: bytes, content_type: str | None = None, url: str = "") -> str | None:
    """Return what kind of attachment the bytes are, or None for a web page or anything else.

    The bytes decide over the Content-Type and the file name (servers label files loosely)."""
    head = body[:8]
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        return "legacy"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(body) or ({"docx": "docx", "xlsx": "xlsx"}.get(file_extension(url)))
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media in _MEDIA_KINDS and body.lstrip()[:1] != b"<":
        return _MEDIA_KINDS[media]
    return None


def _zip_kind(body: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    return None


def attachment_title(link_text: str, url: str) -> str:
    """Return an attachment's headline: the link's text without 「附件1：」, the extension and a
    size note, else the file name from the URL (percent-decoded)."""
    title = _clean_title(link_text)
    if len(title) >= 2 and not is_machine_name(title):
        return title
    name = unquote(urlsplit(url).path).rsplit("/", 1)[-1]
    from_url = _clean_title(name)
    if from_url and not is_machine_name(from_url):
        return from_url
    return title if len(title) >= 2 else (from_url or name)


def _clean_title(text: str) -> str:
    text = _WS.sub(" ", text or "").strip()
    text = _SIZE_NOTE.sub("", text).strip()
    text = _EXTENSION.sub("", text).strip()
    return _ATTACHMENT_LABEL.sub("", text).strip(" 《》\"'") if _ATTACHMENT_LABEL.match(text) else text


def is_machine_name(text: str) -> bool:
    """True for a name that says nothing to a reader: a machine file name (P020270909123456,
    downfile_2707071100591: no Chinese, several digits) or a bare 下载 / 附件."""
    if re.fullmatch(r"(点击)?(下载|查看)(附件|文件)?|附件|文件|原文|全文", text):
        return True
    return not re.search(r"[\u3400-\u9fff]", text) and len(re.findall(r"\d", text)) >= 4


def extract_attachment(
    body: bytes,
    *,
    url: str,
    title: str,
    published: date | None = None,
    stated_source: str | None = None,
    content_type: str | None = None,
) -> Extracted:
    """Return the attachment's text with the notice's date and stated source.

    Raises ExtractError (one line naming the file) for a legacy, encrypted, damaged or
    image-only file."""
    kind = attachment_kind(body, content_type, url)
    name = unquote(urlsplit(url).path).rsplit("/", 1)[-1] or url
    if kind == "legacy":
        label = _LEGACY_NAMES.get(file_extension(url), "an OLE (.doc/.xls/.wps) file")
        raise ExtractError(f"attachment {name}: {label} is not read (only PDF, .docx and .xlsx are)")
    if kind is None:
        raise ExtractError(f"attachment {name}: not a PDF, .docx or .xlsx file")
    reader = {"pdf": _pdf_text, "docx": _docx_text, "xlsx": _xlsx_text}[kind]
    try:
        text = reader(body, name)
    except ExtractError:
        raise
    except Exception as exc:  # each library raises its own errors for damaged files
        raise ExtractError(f"attachment {name}: damaged {kind.upper()} file ({type(exc).__name__}: "
                           f"{str(exc)[:120]})") from exc
    text = text[:MAX_TEXT_CHARS].strip()
    if not text:
        raise ExtractError(f"attachment {name}: the {kind.upper()} file has no text layer (a scan?)")
    return Extracted(title=title or name, published=published, text=text, stated_source=stated_source,
                     date_origin="notice" if published else None)


# -- PDF


def _pdf_text(body: bytes, name: str) -> str:
    import pypdf
    from pypdf.errors import PyPdfError

    reader = pypdf.PdfReader(io.BytesIO(body))
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # many are encrypted for permissions only
        except (NotImplementedError, PyPdfError, ValueError) as exc:
            raise ExtractError(f"attachment {name}: the PDF is encrypted and cannot be opened "
                               f"({str(exc)[:80]})") from exc
        if not opened:
            raise ExtractError(f"attachment {name}: the PDF is encrypted with a password")
    pages: list[str] = []
    total = 0
    for page in reader.pages[:MAX_PDF_PAGES]:
        text = _joined_pdf_lines((page.extract_text() or "").splitlines())
        pages.append(text)
        total += len(text)
        if total > MAX_TEXT_CHARS:
            break
    return "\n".join(p for p in pages if p)


_CLAUSE_CONTINUES = "，、"  # no paragraph ends on these


def _joined_pdf_lines(lines: list[str]) -> str:
    """Return a PDF page's lines with the lines the layout wrapped joined again.

    A line as wide as the page's widest lines that does not end a sentence was wrapped, so
    the next line continues it (CJK text needs no space at the join); so was a line of any
    width that stops at a comma."""
    cleaned = [_WS.sub(" ", line).strip() for line in lines]
    cleaned = [line for line in cleaned if line]
    if not cleaned:
        return ""
    widest = max(_width(line) for line in cleaned)
    out: list[str] = []
    carry = False
    for line in cleaned:
        if carry and out:
            glue = " " if out[-1][-1:].isascii() and line[:1].isascii() else ""
            out[-1] = out[-1] + glue + line
        else:
            out.append(line)
        carry = (_width(line) >= WRAP_SHARE * widest and line[-1] not in _SENTENCE_END and widest > 20
                 or line[-1] in _CLAUSE_CONTINUES)
    return "\n".join(out)


def _width(line: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in line)


# -- Word (.docx)


def _checked_zip(body: bytes, name: str) -> None:
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        inflated = sum(info.file_size for info in archive.infolist())
    if inflated > MAX_UNZIPPED_BYTES:
        raise ExtractError(f"attachment {name}: unpacks to {inflated} bytes (limit {MAX_UNZIPPED_BYTES})")


def _docx_text(body: bytes, name: str) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _checked_zip(body, name)
    document = docx.Document(io.BytesIO(body))
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(_table_rows(block))
    return "\n".join(line for line in (_WS.sub(" ", x).strip() for x in lines) if line)


def _table_rows(table: object) -> Iterator[str]:
    """Yield each row of a Word table as one line, its cells separated by spaces (a merged
    cell, repeated by python-docx, once)."""
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        for cell in row.cells:
            text = _WS.sub(" ", cell.text).strip()
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            yield " ".join(cells)


# -- Excel (.xlsx)


def _xlsx_text(body: bytes, name: str) -> str:
    import openpyxl

    _checked_zip(body, name)
    workbook = openpyxl.load_workbook(io.BytesIO(body), read_only=True, data_only=True)
    lines: list[str] = []
    try:
        for sheet in workbook.worksheets:
            rows = list(_sheet_rows(sheet))
            if rows:
                if len(workbook.worksheets) > 1:
                    lines.append(str(sheet.title))
                lines.extend(rows)
    finally:
        workbook.close()
    return "\n".join(lines)


def _sheet_rows(sheet: object) -> Iterator[str]:
    for n, row in enumerate(sheet.iter_rows()):  # type: ignore[attr-defined]
        if n >= MAX_SHEET_ROWS:
            return
        cells = [_cell_text(c.value, getattr(c, "number_format", "") or "") for c in row
                 if c.value is not None and str(c.value).strip()]
        if cells:
            yield " ".join(cells)


def _cell_text(value: object, number_format: str) -> str:
    """Return a cell as a reader sees it: 12.0 as 12, 0.412 formatted as a percentage as
    41.2%, a date as 2027-09-09."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return f"{_number(value * 100)}%" if "%" in number_format else _number(value)
    if isinstance(value, date):
        return value.isoformat()[:10]
    return _WS.sub(" ", str(value)).strip()


def _number(value: float) -> str:
    """Return a number as written: 12 (not 12.0), 41.2 (not 41.199999999999996)."""
    rounded = round(float(value), 6)
    return str(int(rounded)) if rounded.is_integer() else str(rounded)
