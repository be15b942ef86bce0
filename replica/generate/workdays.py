"""Chinese working-day arithmetic (holidays and 调休 make-up days included).

Deadlines in the plan are counted in 工作日; ``chinese_calendar.find_workday`` has an off-by-one
trap when the start day is not a working day (see reference/rules.md §9.3), so we step ourselves:
the start day is excluded and every later day with ``is_workday`` true counts.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import chinese_calendar

ONE_DAY = dt.timedelta(days=1)
_LAST = dt.date(max(d.year for d in chinese_calendar.holidays), 12, 31)


@cache
def is_workday(day: dt.date) -> bool:
    """True on official working days (weekdays minus holidays, plus make-up weekend days).

    Past the installed calendar's last year we fall back to Monday–Friday: such dates only ever
    belong to notices scheduled after the corpus end (``generate`` keeps the corpus range at least
    120 days inside the calendar), which are dropped, so no published date depends on the guess.
    """
    if day > _LAST:
        return day.weekday() < 5
    return bool(chinese_calendar.is_workday(day))


@cache
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
    return _LAST
