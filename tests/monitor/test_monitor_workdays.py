"""Working days against the official schedules (国务院办公厅 notices as encoded by chinese_calendar)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from monitor.workdays import (
    CalendarFileError,
    CalendarUnknown,
    WorkCalendar,
    add_days_deadline,
    add_working_days,
    is_workday,
    working_days_between,
)

D = dt.date


def test_2026_spring_festival_and_makeup_saturdays() -> None:
    # rules.md §9.2: 春节 2/15–2/23 off; 2/14 (Sat) and 2/28 (Sat) are working days
    assert is_workday(D(2026, 2, 14)) and is_workday(D(2026, 2, 28))
    assert not any(is_workday(D(2026, 2, d)) for d in range(15, 24))
    assert add_working_days(D(2026, 2, 12), 7) == D(2026, 2, 28)
    assert add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 14)
    assert add_working_days(D(2026, 2, 14), 1) == D(2026, 2, 24)


def test_2025_national_day() -> None:
    # 国庆+中秋 2025: 10/1–10/8 off, 9/28 (Sun) and 10/11 (Sat) working
    assert is_workday(D(2025, 9, 28)) and is_workday(D(2025, 10, 11))
    assert add_working_days(D(2025, 9, 30), 2) == D(2025, 10, 10)
    assert add_working_days(D(2025, 9, 15), 20) == D(2025, 10, 17)
    # the start day is not counted even when it is a holiday (民法典 第二百零一条)
    assert add_working_days(D(2025, 10, 1), 1) == D(2025, 10, 9)


def test_2024_spring_festival() -> None:
    # 2024: 2/10–2/17 off; 2/4 (Sun) and 2/18 (Sun) working
    assert is_workday(D(2024, 2, 4)) and is_workday(D(2024, 2, 18))
    assert not is_workday(D(2024, 2, 12))
    assert add_working_days(D(2024, 2, 8), 2) == D(2024, 2, 18)
    assert working_days_between(D(2024, 2, 8), D(2024, 2, 19)) == 3  # 2/9, 2/18, 2/19


def test_calendar_day_deadline_moves_off_holiday() -> None:
    # 3 日 from 2025-09-28 ends 10-01, a holiday → next working day 10-09 (民法典 第二百零三条)
    assert add_days_deadline(D(2025, 9, 28), 3) == D(2025, 10, 9)
    assert add_days_deadline(D(2026, 3, 2), 3) == D(2026, 3, 5)


def test_working_days_between_is_antisymmetric() -> None:
    assert working_days_between(D(2026, 3, 2), D(2026, 3, 9)) == 5
    assert working_days_between(D(2026, 3, 9), D(2026, 3, 2)) == -5


def test_unknown_year_raises_calendar_unknown() -> None:
    with pytest.raises(CalendarUnknown, match="日历未知"):
        add_working_days(D(2026, 12, 28), 5)


def test_override_file_describes_a_new_year(tmp_path: Path) -> None:
    f = tmp_path / "ov.toml"
    f.write_text(
        "described_years = [2027]\n"
        '[[holiday]]\ndate = 2027-01-01\nname = "元旦"\nsource = "测试通知"\n'
        '[[workday]]\ndate = 2027-01-02\nsource = "测试通知"\n',
        encoding="utf-8",
    )
    cal = WorkCalendar.load(f)
    assert not cal.is_workday(D(2027, 1, 1))  # Friday, holiday
    assert cal.is_workday(D(2027, 1, 2))  # Saturday, make-up day
    assert cal.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 2)
    with pytest.raises(CalendarUnknown):
        cal.is_workday(D(2028, 1, 3))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("described_years = [2027]\n[[holiday]]\ndate = 2027-01-01\n", "source"),
        ('described_years = [2027]\n[[holiday]]\ndate = "2027-01-01"\nsource = "x"\n', "TOML date"),
        (
            'described_years = []\n[[holiday]]\ndate = 2029-01-01\nsource = "x"\n',
            "neither in described_years",
        ),
        ('described_years = "2027"\n', "list of years"),
        ("described_years = [2027\n", "not valid TOML"),
    ],
)
def test_override_file_errors(tmp_path: Path, text: str, message: str) -> None:
    f = tmp_path / "bad.toml"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(CalendarFileError, match=message):
        WorkCalendar.load(f)


def test_shipped_override_file_loads() -> None:
    cal = WorkCalendar.load()
    assert cal.covers(2026) and cal.is_workday(D(2026, 1, 4))  # 元旦 make-up Sunday


def test_calendar_table_is_the_calendar_and_its_digest_reads_back(tmp_path: Path) -> None:
    """``worktables.fill_calendar`` builds its rows once per calendar and range and writes them with the
    driver: what SQL reads back (days, working-day index, next working day) is still the calendar, the
    digest it returns is the one ``incremental.calendar_digest`` reads from the table, and a calendar
    with a changed override gets its own rows (the cache knows a calendar by its content)."""
    from sqlalchemy import select

    from monitor import incremental, worktables
    from storage.db import get_engine

    eng = get_engine(f"sqlite:///{tmp_path / 'cal.db'}")
    f = tmp_path / "ov.toml"
    first, last = D(2026, 12, 20), D(2027, 1, 10)
    fills = []
    for make_up in ("2027-01-02", "2027-01-03"):
        f.write_text(
            "described_years = [2027]\n"
            '[[holiday]]\ndate = 2027-01-01\nname = "元旦"\nsource = "测试通知"\n'
            f'[[workday]]\ndate = {make_up}\nsource = "测试通知"\n',
            encoding="utf-8",
        )
        cal = WorkCalendar.load(f)
        for _ in range(2):  # the second fill comes from the cache
            with eng.connect() as conn:
                worktables.create_all(conn)
                fill = worktables.fill_calendar(conn, cal, first, last)
                rows = conn.execute(select(worktables.cal).order_by(worktables.cal.c.day)).all()
                wds = conn.execute(select(worktables.wd).order_by(worktables.wd.c.wd_idx)).all()
                assert fill.digest == incremental.calendar_digest(conn)
                worktables.drop_all(conn)
            assert fill.last == last
            assert [r.day for r in rows] == [first + dt.timedelta(days=i) for i in range(len(rows))]
            assert [r.is_wd for r in rows] == [cal.is_workday(r.day) for r in rows]
            assert [r.day_no for r in rows] == [r.day.toordinal() for r in rows]
            assert [w.day for w in wds] == [r.day for r in rows if r.is_wd]
            assert [w.wd_idx for w in wds] == list(range(1, len(wds) + 1))
            for r in rows:
                assert r.wd_idx == sum(1 for w in wds if w.day <= r.day)
                nxt = cal.next_workday(r.day)
                assert r.next_wd == (nxt if nxt <= last else None)  # NULL past the table
            fills.append(fill)
    assert fills[0] == fills[1] and fills[2] == fills[3]
    assert fills[0].digest != fills[2].digest  # the make-up day moved
