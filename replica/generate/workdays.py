"""Chinese working-day arithmetic (holidays and 调休 make-up days included).

Deadlines in the plan are counted in 工作日; ``chinese_calendar.find_workday`` has an off-by-one
trap when the start day is not a working day (see reference/rules.md §9.3), so we step ourselves:
the start day is excluded and every later day with ``is_workday`` true counts.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import chinese_calendar

ONE_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=None)
def is_workday(day: dt.date) -> bool:
    """True on official working days (weekdays minus holidays, plus make-up weekend days)."""
    return bool(chinese_calendar.is_workday(day))


@lru_cache(maxsize=None)
def add_working_days(start: dt.date, n: int) -> dt.date:
    """The n-th working day after ``start`` (start excluded); n=0 returns start itself."""
    day = start
    count = 0
    while count < n:
        day += ONE_DAY
        if is_workday(day):
            count += 1
    return day


def next_workday(day: dt.date) -> dt.date:
    """``day`` itself when it is a working day, else the next working day."""
    while not is_workday(day):
        day += ONE_DAY
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Number of working days in (start, end]."""
    count = 0
    day = start
    while day < end:
        day += ONE_DAY
        if is_workday(day):
            count += 1
    return count


def last_supported_date() -> dt.date:
    """Last date the installed chinese_calendar knows; later dates raise NotImplementedError."""
    year = max(d.year for d in chinese_calendar.holidays)
    return dt.date(year, 12, 31)
