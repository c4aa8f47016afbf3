"""Who a page is credited to: its site, or for a reprint the known source it names."""

from __future__ import annotations

import pytest

from dailybrief.models import Authority, Source, SourceKind
from dailybrief.publishers import resolve_publisher


def _source(id_: str, name: str, authority: Authority = Authority.MINISTRY) -> Source:
    return Source(id=id_, name=name, name_en=id_, kind=SourceKind.RSS, url=f"http://127.0.0.1/{id_}",
                  authority=authority)


SOURCES = (
    _source("govcn", "中国政府网", Authority.CENTRAL),
    _source("nda", "国家数据局"),
    _source("ndrc", "国家发展和改革委员会"),
    _source("sz", "深圳市人民政府", Authority.LOCAL),
    _source("xinhua", "新华网", Authority.MEDIA),
    _source("h2", "氢能产业联盟", Authority.INDUSTRY),
)


@pytest.mark.parametrize(("host", "stated", "credited"), [
    ("govcn", "国家数据局", "国家数据局"),                 # a reprint names its origin
    ("govcn", "国家发展改革委网站", "国家发展和改革委员会"),  # official short name, portal suffix
    ("xinhua", "深圳市人民政府门户网站", "深圳市人民政府"),
    ("govcn", "新华社", "中国政府网"),                     # the agency is not its website: no guess
    ("sz", "深圳市工业和信息化局", "深圳市人民政府"),        # an unknown body: the host
    ("nda", "国家数据局", "国家数据局"),                   # the site's own name
    ("govcn", None, "中国政府网"),
    ("xinhua", "氢能联盟", "氢能产业联盟"),                # an abbreviation keeping head and order
    ("xinhua", "国家能源局", "新华网"),                    # not a known source

])
def test_resolve_publisher(host: str, stated: str | None, credited: str) -> None:
    by_id = {s.id: s for s in SOURCES}
    assert resolve_publisher(by_id[host], stated, SOURCES).name == credited


def test_official_short_names_of_one_body_designate_it() -> None:
    sasac = _source("sasac", "国务院国资委")
    portal = _source("gov", "中国政府网", Authority.CENTRAL)
    assert resolve_publisher(portal, "国资委", (portal, sasac)).name == "国务院国资委"
    assert resolve_publisher(portal, "能源局", (portal, _source("nea", "国家能源局"))).name == "中国政府网"
