"""The date parser against a table of real formats (tests/data/dates.yaml)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from dailybrief.dates import date_from_url, find_date, parse_date, parse_datetime

TABLE = yaml.safe_load((Path(__file__).parent / "data" / "dates.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", TABLE["parse"], ids=lambda c: c["text"] or "<empty>")
def test_parse_date_table(case: dict) -> None:
    got = parse_date(case["text"], default_year=case.get("default_year"))
    assert got == case["expected"]
    if "time" in case:
        hit = find_date(case["text"], default_year=case.get("default_year"))
        assert hit is not None and hit.time == case["time"]


@pytest.mark.parametrize("case", TABLE["url"], ids=lambda c: c["url"])
def test_date_from_url_table(case: dict) -> None:
    assert date_from_url(case["url"]) == case["expected"]


def test_parse_datetime_converts_gmt_to_china_time() -> None:
    assert parse_datetime("Tue, 09 Jun 2026 17:00:00 GMT") == datetime(2026, 6, 10, 1, 0)
    assert parse_datetime("2026年6月3日") == datetime(2026, 6, 3)
    assert parse_datetime("无日期") is None


def test_table_types_are_dates() -> None:
    assert all(isinstance(c["expected"], date | None) for c in TABLE["parse"] + TABLE["url"])
