"""The source registry: real sources.yaml files, and each kind of mistake named precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from dailybrief.errors import ConfigError
from dailybrief.models import Authority, SourceKind
from dailybrief.sources import load_sources, sources_by_id

DATA = Path(__file__).parent / "data" / "listpages"
GOOD_ENTRY = """\
  - id: nea
    name: 国家能源局
    name_en: National Energy Administration
    kind: listpage
    url: https://www.nea.gov.cn/xwfb/index.html
    authority: ministry
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("corpus", ["dev-2026-06-10", "dev-2026-07-15"])
def test_corpus_registries_load_with_a_base_url(corpus: str) -> None:
    sources = load_sources(DATA / corpus / "sources.yaml", base_url="http://127.0.0.1:8000")
    assert len(sources) == 9
    assert all(s.url.startswith("http://127.0.0.1:8000/www.") for s in sources)
    assert {s.kind for s in sources} >= {SourceKind.LISTPAGE, SourceKind.RSS, SourceKind.ATOM}
    by_id = sources_by_id(sources)
    assert by_id["xinhua"].name == "新华网"
    assert by_id["nea"].authority is Authority.MINISTRY
    assert list(by_id) == [s.id for s in sources]


def test_root_relative_url_without_base_names_entry_and_field() -> None:
    with pytest.raises(ConfigError) as err:
        load_sources(DATA / "dev-2026-06-10" / "sources.yaml")
    message = str(err.value)
    assert "sources.yaml" in message and "entry 1 (id 'miit')" in message and "'url'" in message


def test_optional_fields_and_file_kind(tmp_path: Path) -> None:
    (tmp_path / "saved").mkdir()
    path = write(tmp_path, "sources:\n" + GOOD_ENTRY + """\
    link_selector: "ul.list li > a"
    encoding: GB2312
  - id: saved
    name: 本地存档
    name_en: Saved pages
    kind: file
    url: saved
    authority: media
    enabled: false
""")
    nea, saved = load_sources(path)
    assert nea.link_selector == "ul.list li > a" and nea.encoding == "gb2312" and nea.enabled
    assert saved.kind is SourceKind.FILE and not saved.enabled
    assert saved.url == str((tmp_path / "saved").resolve())


def test_a_top_level_list_is_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_ENTRY.replace("  - id", "- id").replace("\n    ", "\n  "))
    assert [s.id for s in load_sources(path)] == ["nea"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("    kind: listpage\n", ""), "entry 1 (id 'nea'): field 'kind': missing"),
        (("kind: listpage", "kind: sitemap"), "field 'kind': unknown value 'sitemap'"),
        (("authority: ministry", "authority: blog"), "field 'authority': unknown value 'blog'"),
        (("url: https://www.nea.gov.cn/xwfb/index.html", "url: www.nea.gov.cn/xwfb"), "field 'url':"),
        (("url: https://www.nea.gov.cn/xwfb/index.html", "url: ftp://nea.gov.cn/x"), "not an absolute http(s) URL"),
        (("authority: ministry\n", "authority: ministry\n    link_selector: 'ul >> a'\n"), "field 'link_selector': invalid CSS selector"),
        (("authority: ministry\n", "authority: ministry\n    encoding: klingon\n"), "field 'encoding': unknown charset"),
        (("authority: ministry\n", "authority: ministry\n    enabled: maybe\n"), "field 'enabled': must be true or false"),
        (("  - id: nea\n", "  - name_x: 1\n"), "entry 1: field 'id': missing"),
    ],
)
def test_each_mistake_names_file_entry_and_field(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    old, new = change
    assert old in GOOD_ENTRY
    path = write(tmp_path, "sources:\n" + GOOD_ENTRY.replace(old, new, 1))
    with pytest.raises(ConfigError) as err:
        load_sources(path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_duplicate_id_names_both_entries(tmp_path: Path) -> None:
    path = write(tmp_path, "sources:\n" + GOOD_ENTRY + GOOD_ENTRY)
    with pytest.raises(ConfigError, match=r"entry 2 \(id 'nea'\): field 'id': duplicate id, already used by entry 1"):
        load_sources(path)


def test_missing_folder_of_a_file_source(tmp_path: Path) -> None:
    path = write(tmp_path, "sources:\n" + GOOD_ENTRY.replace("kind: listpage", "kind: file").replace(
        "https://www.nea.gov.cn/xwfb/index.html", "no-such-folder"))
    with pytest.raises(ConfigError, match="field 'url': folder .*no-such-folder' does not exist"):
        load_sources(path)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sources:\n  nea: {}\n", "field 'sources': must be a list"),
        ("feeds: []\n", "missing top-level field 'sources'"),
        ("", "the file is empty"),
        ("sources:\n  - just a string\n", "entry 1: must be a mapping"),
        ("sources:\n  - id: a\n    name: x: y\n", "YAML syntax error at line 3"),
    ],
)
def test_structure_and_syntax_errors(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_sources(path)
    assert str(path) in str(err.value) and expected in str(err.value)


def test_unreadable_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the source registry"):
        load_sources(tmp_path / "absent.yaml")
