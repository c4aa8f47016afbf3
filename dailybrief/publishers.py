"""Who published a page: the source's canonical name, or for a reprint the stated origin.

A page's `来源：` line names where the text comes from. When it names another known
source (by its canonical name, a common official short name, or a portal name that
contains it), the page is a reprint and is credited to that source; otherwise the page
is credited to the site that hosts it. Nothing is guessed beyond that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Source

# Official full and short names of one body, as used in 来源 lines and in sources.yaml;
# any name of a group designates a source registered under any other. Bare forms that
# provinces share (能源局, 数据局) are left out on purpose.
# Only names of the same body: 新华社 (the agency) is not 新华网 (its website), so a page
# stating 来源：新华社 stays credited to the site that hosts it.
NAME_GROUPS: tuple[tuple[str, ...], ...] = (
    ("国家发展和改革委员会", "国家发展改革委", "国家发改委", "发展改革委"),
    ("工业和信息化部", "工信部"),
    ("国家互联网信息办公室", "国家网信办", "中国网信网", "网信办"),
    ("科学技术部", "科技部"),
    ("中国政府网", "中华人民共和国中央人民政府", "中央政府门户网站"),
    ("国务院国有资产监督管理委员会", "国务院国资委", "国资委"),
    ("国家市场监督管理总局", "市场监管总局"),
    ("国家金融监督管理总局", "金融监管总局"),
    ("中国证券监督管理委员会", "中国证监会", "证监会"),
    ("中国人民银行", "人民银行", "央行"),
    ("人力资源和社会保障部", "人力资源社会保障部", "人社部"),
    ("住房和城乡建设部", "住房城乡建设部", "住建部"),
    ("国家卫生健康委员会", "国家卫生健康委", "国家卫健委"),
    ("中国民用航空局", "民航局", "中国民航局"),
    ("国家知识产权局", "知识产权局"),
    ("国家国防科技工业局", "国防科工局"),
)
SHORT_NAMES: dict[str, tuple[str, ...]] = {
    name: tuple(n for n in group if n != name) for group in NAME_GROUPS for name in group
}
MIN_ABBREVIATION_CHARS = 4  # 工信部-style three-character forms go in SHORT_NAMES instead
MIN_ABBREVIATION_SHARE = 0.6  # 氢能联盟 (4) of 氢能产业联盟 (6)
_PORTAL_SUFFIX = re.compile(r"(?:门户网站|官方网站|官网|网站|微信公众号|客户端)$")
_SPACE = re.compile(r"[\s\u3000]+")


def stated_names(stated: str) -> list[str]:
    """Return the publisher names in a 来源 value (several may be joined by 、 or spaces)."""
    parts = re.split(r"[、,，;；/|]|\s{1,}", stated.strip())
    return [_PORTAL_SUFFIX.sub("", _SPACE.sub("", p)) for p in parts if p.strip()]


def _names_of(source: Source) -> tuple[str, ...]:
    return (source.name, *SHORT_NAMES.get(source.name, ()))


def matches(stated_name: str, source: Source) -> bool:
    """Return whether one stated name designates the source: its name, an official short
    name, a longer unit of it (国家能源局综合司), or an abbreviation that keeps its head and
    enough of its characters in order (氢能联盟 for 氢能产业联盟)."""
    if len(stated_name) < 2:
        return False
    return any(stated_name == n or (len(n) >= 4 and stated_name.startswith(n))
               or is_abbreviation(stated_name, n) for n in _names_of(source))


def is_abbreviation(short: str, name: str) -> bool:
    """Return whether short is name with characters left out (in order, same first two)."""
    if len(short) < MIN_ABBREVIATION_CHARS or len(short) >= len(name) or short[:2] != name[:2]:
        return False
    if len(short) / len(name) < MIN_ABBREVIATION_SHARE:
        return False
    rest = iter(name)
    return all(ch in rest for ch in short)


def resolve_publisher(host: Source, stated: str | None, sources: Sequence[Source]) -> Source:
    """Return the source a page is credited to: the stated origin if known, else the host."""
    if not stated:
        return host
    names = stated_names(stated)
    if any(matches(n, host) for n in names):
        return host
    for name in names:
        for source in sources:
            if source.id != host.id and matches(name, source):
                return source
    return host
