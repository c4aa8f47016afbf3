"""The publication's branding (brand.yaml) and house style, shared by the PDF, DOCX and WeChat renderers.

Branding is configuration: title, issuing organisations, logo, contact block, QR targets and
colours come from a brand.yaml (the shipped default is ``dailybrief/data/brand.yaml``).
House style is what every format does the same way: the date as 2026 年 6 月 2 日, sections
numbered 一、二、…, a reference as 发布者：《标题》，日期，用于核验…。(English name), and the
section's sources cited at the end of its first paragraph.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import qrcode
import qrcode.image.svg
import yaml

from ..errors import ConfigError
from ..models import Brief, Reference, Section
from ..text import cn_numeral, format_cn_date  # noqa: F401 - format_cn_date is re-exported for the renderers

DEFAULT_BRAND_FILE = Path(__file__).resolve().parent.parent / "data" / "brand.yaml"
FONTS_DIR = Path(__file__).resolve().parent.parent / "fonts"

SUMMARY_HEADING = "摘要"
TOC_HEADING = "目录"
REFERENCES_HEADING = "参考文献"
DEADLINES_HEADING = "时间节点"
DEADLINE_COLUMNS = ("日期", "事项", "来源")
DRAFT_MARK = "草稿"
DRAFT_NOTE = "草稿：未经审核发布，请勿外传"
TOC_PLACEHOLDER = "右键更新目录"
VERIFIES_PREFIX = "用于核验"
VERIFIES_MARKERS = ("用于",)
ENUM_COMMA = "、"
FULL_COLON = "："
FULL_COMMA = "，"
FULL_STOP = "。"
BOOK_OPEN, BOOK_CLOSE = "《", "》"
TRAILING_PUNCT = "。；;，,.、 "
QR_BOX_PX = 10  # pixels per module in QR PNGs: a 29-module code is 290 px + border, crisp at 3 cm
QR_BORDER_MODULES = 2
HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
IMAGE_MAGIC = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}
CITATION_MARK = re.compile(r"[\[［](\d{1,3})[\]］]")

Segment = str | int  # text, or the number of a cited reference


@dataclass(frozen=True, slots=True)
class QrCode:
    """One QR code of the contact block: generated from url, or a configured image file."""

    label: str
    caption: str = ""
    url: str = ""
    image: Path | None = None


@dataclass(frozen=True, slots=True)
class OrgDescription:
    name: str
    text: str


@dataclass(frozen=True, slots=True)
class Colours:
    primary: str = "#9E1B1B"
    text: str = "#1A1A1A"
    muted: str = "#6B6B6B"
    link: str = "#1F4E79"


@dataclass(frozen=True, slots=True)
class Brand:
    """Everything the renderers take from brand.yaml; paths are absolute."""

    title: str
    organisations: tuple[str, ...]
    logo: Path | None
    contact_heading: str = ""
    website: str = ""
    website_label: str = ""
    contact_lines: tuple[str, ...] = ()
    qr_codes: tuple[QrCode, ...] = ()
    descriptions: tuple[OrgDescription, ...] = ()
    colours: Colours = Colours()
    source: Path | None = None


def load_brand(path: Path | None = None) -> Brand:
    """Return the Brand in path (None: the shipped default); ConfigError names file and field."""
    path = Path(path) if path is not None else DEFAULT_BRAND_FILE
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read brand file ({exc.strerror or exc})") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: expected a mapping of brand fields")
    return _brand_from_dict(raw, path.resolve())


def _brand_from_dict(raw: dict[str, Any], path: Path) -> Brand:
    base = path.parent
    title = _text(raw, "title", path, required=True)
    logo_value = _text(raw, "logo", path)
    return Brand(
        title=title,
        organisations=_texts(raw, "organisations", path),
        logo=_image_file(base, logo_value, path, "logo") if logo_value else None,
        contact_heading=_text(raw, "contact_heading", path),
        website=_text(raw, "website", path),
        website_label=_text(raw, "website_label", path),
        contact_lines=_texts(raw, "contact_lines", path),
        qr_codes=tuple(_qr_code(item, i, base, path) for i, item in enumerate(_list(raw, "qr_codes", path))),
        descriptions=tuple(_description(item, i, path) for i, item in enumerate(_list(raw, "descriptions", path))),
        colours=_colours(raw.get("colours") or {}, path),
        source=path,
    )


def _list(raw: dict[str, Any], field: str, path: Path) -> list[Any]:
    value = raw.get(field) or []
    if not isinstance(value, list):
        raise ConfigError(f"{path}: {field}: expected a list")
    return value


def _text(raw: dict[str, Any], field: str, path: Path, *, required: bool = False, where: str = "") -> str:
    value = raw.get(field)
    name = f"{where}{field}"
    if value is None or value == "":
        if required:
            raise ConfigError(f"{path}: {name}: missing")
        return ""
    if not isinstance(value, str | int | float):
        raise ConfigError(f"{path}: {name}: expected text, got {type(value).__name__}")
    return str(value).strip()


def _texts(raw: dict[str, Any], field: str, path: Path) -> tuple[str, ...]:
    items = _list(raw, field, path)
    bad = [i for i, v in enumerate(items) if not isinstance(v, str)]
    if bad:
        raise ConfigError(f"{path}: {field}[{bad[0]}]: expected text")
    return tuple(v.strip() for v in items if v.strip())


def _qr_code(item: Any, i: int, base: Path, path: Path) -> QrCode:
    where = f"qr_codes[{i}]."
    if not isinstance(item, dict):
        raise ConfigError(f"{path}: qr_codes[{i}]: expected a mapping with label and url")
    url = _text(item, "url", path, where=where)
    image = _text(item, "image", path, where=where)
    if not url and not image:
        raise ConfigError(f"{path}: {where}url: missing (give url, or image for a ready-made code)")
    return QrCode(
        label=_text(item, "label", path, required=True, where=where),
        caption=_text(item, "caption", path, where=where),
        url=url,
        image=_image_file(base, image, path, f"{where}image") if image else None,
    )


def _description(item: Any, i: int, path: Path) -> OrgDescription:
    if not isinstance(item, dict):
        raise ConfigError(f"{path}: descriptions[{i}]: expected a mapping with name and text")
    where = f"descriptions[{i}]."
    return OrgDescription(name=_text(item, "name", path, required=True, where=where),
                          text=_text(item, "text", path, required=True, where=where))


def _colours(raw: Any, path: Path) -> Colours:
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: colours: expected a mapping of name: '#RRGGBB'")
    known = set(Colours.__slots__)  # type: ignore[attr-defined]
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ConfigError(f"{path}: colours.{unknown[0]}: unknown colour (known: {', '.join(sorted(known))})")
    values = {}
    for name, value in raw.items():
        if not isinstance(value, str) or not HEX_COLOUR.match(value.strip()):
            raise ConfigError(f"{path}: colours.{name}: {value!r} is not a hex colour like '#9E1B1B'")
        values[name] = _six_digit(value.strip())
    return Colours(**values)


def _six_digit(colour: str) -> str:
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.upper()


def _image_file(base: Path, value: str, path: Path, field: str) -> Path:
    """Return the absolute path of a PNG/JPEG named in the brand file, or raise ConfigError."""
    image = (base / value).resolve()
    if not image.is_file():
        raise ConfigError(f"{path}: {field}: file not found: {image}")
    with image.open("rb") as fh:
        head = fh.read(8)
    if not any(head.startswith(magic) for magic in IMAGE_MAGIC):
        raise ConfigError(f"{path}: {field}: {image} is not a PNG or JPEG image")
    return image


def image_mime(data: bytes) -> str:
    """Return the MIME type of PNG or JPEG bytes."""
    for magic, kind in IMAGE_MAGIC.items():
        if data.startswith(magic):
            return f"image/{kind}"
    return "application/octet-stream"


def qr_png(url: str) -> bytes:
    """Return a black-on-white PNG QR code for url."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M,
                         box_size=QR_BOX_PX, border=QR_BORDER_MODULES)
    code.add_data(url)
    code.make(fit=True)
    buf = io.BytesIO()
    code.make_image().save(buf)
    return buf.getvalue()


def qr_svg(url: str) -> bytes:
    """Return a vector SVG QR code for url (crisp at any print size)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M,
                         border=QR_BORDER_MODULES, image_factory=qrcode.image.svg.SvgPathFillImage)
    code.add_data(url)
    code.make(fit=True)
    return code.make_image().to_string()


def qr_image(qr: QrCode) -> bytes:
    """Return the QR code's PNG: the configured image, or one generated from its url."""
    return qr.image.read_bytes() if qr.image is not None else qr_png(qr.url)


def brief_title(brief: Brief, brand: Brand) -> str:
    """Return the title to print: the brief's own, else the publication's."""
    return brief.title.strip() or brand.title


@dataclass(frozen=True, slots=True)
class DeadlineRow:
    """One row of the 时间节点 table: 2026年7月15日 | 省级能源主管部门：7月15日前报送… | [4]."""

    day: str
    what: str
    ref: int


def deadline_rows(brief: Brief) -> list[DeadlineRow]:
    """Return the brief's deadlines as the table prints them, in date order."""
    return [DeadlineRow(day=f"{d.day.year}年{d.day.month}月{d.day.day}日", what=d.what.strip(), ref=d.ref)
            for d in sorted(brief.deadlines, key=lambda d: d.day)]


def section_heading(i: int, section: Section) -> str:
    """Return the i-th (1-based) section's heading: 一、标题."""
    return f"{cn_numeral(i)}{ENUM_COMMA}{section.title.strip()}"


@dataclass(frozen=True, slots=True)
class ReferenceLine:
    """A reference split for typesetting: lead + title (linked) + tail + english."""

    n: int
    lead: str
    title: str
    tail: str
    english: str
    url: str

    @property
    def text(self) -> str:
        return f"{self.lead}{self.title}{self.tail}{self.english}"


def reference_line(ref: Reference) -> ReferenceLine:
    """Return ref as 发布者：《标题》，2026-06-01，用于核验…。(English name)."""
    title = ref.title.strip()
    if title and BOOK_OPEN not in title:
        title = f"{BOOK_OPEN}{title}{BOOK_CLOSE}"
    tail = [ref.published.isoformat()] if title else []
    verifies = ref.verifies.strip().rstrip(TRAILING_PUNCT)
    if verifies:
        tail.append(verifies if verifies.startswith(VERIFIES_MARKERS) else VERIFIES_PREFIX + verifies)
    tail_text = (FULL_COMMA if title else "") + FULL_COMMA.join(tail) + FULL_STOP
    publisher = ref.publisher.strip()
    return ReferenceLine(
        n=ref.n,
        lead=f"{publisher}{FULL_COLON}" if publisher and title else publisher,
        title=title,
        tail=tail_text,
        english=f"({ref.publisher_en.strip()})" if ref.publisher_en.strip() else "",
        url=ref.url,
    )


def cited_paragraphs(section: Section, brief: Brief) -> list[list[Segment]]:
    """Return the section's paragraphs as text and citation segments.

    Inline markers [n] for known references become citations. A section without any is cited
    at the end of its first paragraph: the first source's English name, as the published brief
    does, then the section's reference numbers.
    """
    known = {r.n: r for r in brief.references}
    paragraphs = [_split_citations(p, known) for p in section.paragraphs if p.strip()]
    if not paragraphs or any(isinstance(s, int) for p in paragraphs for s in p):
        return paragraphs
    refs = [n for n in section.references if n in known]
    if not refs:
        return paragraphs
    first = paragraphs[0]
    english = known[refs[0]].publisher_en.strip()
    if english and f"({english})" not in section.paragraphs[0]:
        first.append(f"({english})")
    first.extend(refs)
    return paragraphs


def _split_citations(text: str, known: dict[int, Reference]) -> list[Segment]:
    segments: list[Segment] = []
    pos = 0
    for match in CITATION_MARK.finditer(text):
        n = int(match.group(1))
        if n not in known:
            continue
        if match.start() > pos:
            segments.append(text[pos:match.start()])
        segments.append(n)
        pos = match.end()
    if pos < len(text):
        segments.append(text[pos:])
    return segments
