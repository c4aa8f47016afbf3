"""The source registry: read and check sources.yaml.

Each entry names a publisher and where its articles are listed::

    sources:
      - id: nea
        name: 国家能源局
        name_en: National Energy Administration
        kind: listpage            # rss | atom | listpage | file
        url: https://www.nea.gov.cn/xwfb/index.html
        authority: ministry       # central | ministry | local | industry | media
        link_selector: "ul.list a"  # optional: CSS selector for article links (list pages)
        encoding: gbk             # optional: force the charset of the list page / feed
        enabled: true             # optional, default true
        origin: workbench         # optional: added in the workbench, so its fetches are guarded

For kind ``file`` the url is a folder of saved pages, relative to the folder of the
yaml file or absolute. Every mistake raises `ConfigError` naming the file, the entry
(by id, or by position when the id is missing) and the field.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import yaml

from .errors import ConfigError
from .models import ORIGIN_OPERATOR, ORIGIN_WORKBENCH, Authority, Source, SourceKind
from .yamlfile import strict_load

log = logging.getLogger(__name__)

REQUIRED_FIELDS = ("id", "name", "name_en", "kind", "url", "authority")
OPTIONAL_FIELDS = ("link_selector", "encoding", "enabled", "origin")
ORIGINS = (ORIGIN_OPERATOR, ORIGIN_WORKBENCH)
MAX_FIELD_CHARS = {"id": 64, "name": 200, "name_en": 200, "kind": 20, "url": 2048,
                   "authority": 20, "link_selector": 500, "encoding": 40, "origin": 20}
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def load_sources(path: Path, *, base_url: str | None = None) -> tuple[Source, ...]:
    """Return the sources of a sources.yaml file, in file order; raise ConfigError if wrong.

    `base_url` (e.g. ``http://127.0.0.1:8000``) lets a registry written for a mirror give
    root-relative urls (``/www.nea.gov.cn/xwfb/index.html``); without it they are an error.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the source registry: {exc}") from exc
    try:
        data = strict_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: YAML syntax error{_yaml_where(exc)}: {_yaml_problem(exc)}") from exc
    entries = _entries_of(data, path)
    if not entries:
        raise ConfigError(f"{path}: field 'sources': the list is empty; name at least one source")
    sources: list[Source] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries, start=1):
        source = _source_of(entry, index, path, base_url)
        if source.id in seen:
            raise ConfigError(
                f"{path}: entry {index} (id {source.id!r}): field 'id': duplicate id, "
                f"already used by entry {seen[source.id]}"
            )
        seen[source.id] = index
        sources.append(source)
    return tuple(sources)


def sources_by_id(sources: Iterable[Source]) -> dict[str, Source]:
    """Return the sources keyed by id (the registry order is kept)."""
    return {s.id: s for s in sources}


def _yaml_where(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    if mark is None:
        return ""
    return f" at line {mark.line + 1}, column {mark.column + 1}"


def _yaml_problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None)
    return str(problem) if problem else str(exc).splitlines()[0]


def _entries_of(data: Any, path: Path) -> list[Any]:
    """Return the list of entries: the `sources:` list, or a top-level list."""
    if data is None:
        raise ConfigError(f"{path}: the file is empty; expected 'sources:' with a list of sources")
    if isinstance(data, Mapping):
        if "sources" not in data:
            raise ConfigError(f"{path}: missing top-level field 'sources' (a list of sources)")
        data = data["sources"]
        if data is None:
            return []
    if not isinstance(data, list):
        raise ConfigError(
            f"{path}: field 'sources': must be a list of sources, not {type(data).__name__}"
        )
    return data


def _source_of(entry: Any, index: int, path: Path, base_url: str | None) -> Source:
    if not isinstance(entry, Mapping):
        raise ConfigError(
            f"{path}: entry {index}: must be a mapping of field: value, not {type(entry).__name__}"
        )
    raw_id = entry.get("id")
    label = f"entry {index} (id {raw_id!r})" if _is_scalar(raw_id) and raw_id != "" else f"entry {index}"

    def fail(field: str, message: str) -> ConfigError:
        return ConfigError(f"{path}: {label}: field {field!r}: {message}")

    for field in REQUIRED_FIELDS:
        value = entry.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise fail(field, "missing (required: " + ", ".join(REQUIRED_FIELDS) + ")")
        if not _is_scalar(value):
            raise fail(field, f"must be a single value, not {type(value).__name__}")
    for field, most in MAX_FIELD_CHARS.items():
        value = entry.get(field)
        if isinstance(value, str) and len(value) > most:
            raise fail(field, f"{len(value)} characters, more than the {most} allowed")
    unknown = sorted(str(k) for k in entry if k not in REQUIRED_FIELDS and k not in OPTIONAL_FIELDS)
    if unknown:
        log.warning("%s: %s: ignoring unknown field(s) %s", path, label, ", ".join(unknown))

    source_id = str(entry["id"]).strip()
    if not _ID.match(source_id):
        raise fail("id", f"{source_id!r} must be letters, digits, '_', '.' or '-'")
    kind = _enum_value(SourceKind, entry["kind"], fail, "kind")
    authority = _enum_value(Authority, entry["authority"], fail, "authority")
    url = str(entry["url"]).strip()
    url = _folder_of(url, path, fail) if kind is SourceKind.FILE else _http_url(url, base_url, fail)
    return Source(
        id=source_id,
        name=str(entry["name"]).strip(),
        name_en=str(entry["name_en"]).strip(),
        kind=kind,
        url=url,
        authority=authority,
        link_selector=_selector(entry.get("link_selector"), fail),
        encoding=_encoding(entry.get("encoding"), fail),
        enabled=_enabled(entry.get("enabled", True), fail),
        origin=_origin(entry.get("origin"), fail),
    )


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def _enum_value(enum: Any, value: Any, fail: Any, field: str) -> Any:
    try:
        return enum(str(value).strip().lower())
    except ValueError:
        allowed = " | ".join(m.value for m in enum)
        raise fail(field, f"unknown value {value!r} (expected {allowed})") from None


def _http_url(url: str, base_url: str | None, fail: Any) -> str:
    if url.startswith("/") and not url.startswith("//") and base_url:
        url = urljoin(base_url.rstrip("/") + "/", url.lstrip("/"))
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        hint = " (a path under a served root needs a base URL)" if url.startswith("/") else ""
        raise fail("url", f"{url!r} is not an absolute http(s) URL{hint}")
    try:
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        raise fail("url", f"{url!r} has an invalid port") from None
    if any(ch.isspace() for ch in url):
        raise fail("url", f"{url!r} contains whitespace")
    return url


def _folder_of(url: str, path: Path, fail: Any) -> str:
    if url.startswith("file://"):
        url = urlsplit(url).path
    folder = Path(url).expanduser()
    if not folder.is_absolute():
        folder = path.parent / folder
    folder = folder.resolve()
    if not folder.is_dir():
        raise fail("url", f"folder {str(folder)!r} does not exist")
    return str(folder)


def _selector(value: Any, fail: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise fail("link_selector", "must be a CSS selector string")
    from cssselect import GenericTranslator, SelectorError

    try:
        GenericTranslator().css_to_xpath(value)
    except SelectorError as exc:
        raise fail("link_selector", f"invalid CSS selector {value!r}: {exc}") from None
    return value.strip()


def _encoding(value: Any, fail: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise fail("encoding", "must be a charset name such as gbk or utf-8")
    try:
        codecs.lookup(value.strip())
    except LookupError:
        raise fail("encoding", f"unknown charset {value!r}") from None
    return value.strip().lower()


def _origin(value: Any, fail: Any) -> str:
    """Return where the entry came from: a sources.yaml entry is the operator's unless it says
    ``origin: workbench`` (as the workbench's sources.yaml download does for its additions)."""
    if value is None or value == "":
        return ORIGIN_OPERATOR
    if value not in ORIGINS:
        raise fail("origin", f"must be {' or '.join(ORIGINS)}, not {value!r}")
    return str(value)


def _enabled(value: Any, fail: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise fail("enabled", f"must be true or false, not {value!r}")
