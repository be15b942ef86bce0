"""The one date parser and the one clock (vocabulary/dates.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from vocabulary.dates import SHANGHAI, as_date, parse_iso_date, today_shanghai


def test_parse_iso_date_takes_a_whole_date_and_refuses_anything_else() -> None:
    assert parse_iso_date("2026-03-01") == dt.date(2026, 3, 1)
    for bad in ("2026-3-1x", "2026/03/01", "2026-02-30", "2026-03-01 08:00", ""):
        with pytest.raises(ValueError):
            parse_iso_date(bad)


def test_as_date_reads_what_the_database_and_json_give_back() -> None:
    day = dt.date(2026, 3, 1)
    assert as_date(day) == day
    assert as_date(dt.datetime(2026, 3, 1, 23, 59)) == day
    assert type(as_date(dt.datetime(2026, 3, 1, 23, 59))) is dt.date  # the day, not the timestamp
    assert as_date("2026-03-01") == day
    assert as_date("2026-03-01 08:30:00") == day
    assert as_date("2026-03-01T08:30:00+08:00") == day
    with pytest.raises(ValueError):
        as_date("3月1日")


def test_today_is_the_date_in_china() -> None:
    before = dt.datetime.now(SHANGHAI).date()
    today = today_shanghai()
    after = dt.datetime.now(SHANGHAI).date()
    assert before <= today <= after
    # Shanghai is UTC+8 all year: its date is the UTC date of eight hours later
    assert today in {
        (dt.datetime.now(dt.UTC) + dt.timedelta(hours=8)).date(),
        (dt.datetime.now(dt.UTC) + dt.timedelta(hours=8, seconds=-5)).date(),
    }
