"""Chinese working days (工作日) with holidays and 调休 make-up days.

Why a module of its own: every deadline of the plan is counted in 工作日 and a wrong day is a false
accusation. ``chinese_calendar`` knows the official schedules it was released with and raises
``NotImplementedError`` for later years; a local override file (``monitor/calendar_overrides.toml``)
describes years the package does not cover yet, each date with its source. A date in a year that
nobody has described raises :class:`CalendarUnknown`, so a check says "日历未知" instead of guessing.

Counting follows 民法典 第二百零一条/第二百零三条: the day of the event is not counted, counting
starts the next day, and a deadline that falls on a holiday moves to the next working day.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

import chinese_calendar

ONE_DAY = dt.timedelta(days=1)
DEFAULT_OVERRIDES = Path(__file__).with_name("calendar_overrides.toml")


class CalendarUnknown(LookupError):
    """A date falls in a year whose holiday schedule is known neither to the package nor locally."""

    def __init__(self, day: dt.date) -> None:
        super().__init__(f"日历未知 (calendar unknown): no holiday schedule for {day.year} ({day.isoformat()})")
        self.day = day


class CalendarFileError(ValueError):
    """The override file is malformed; the message names the entry."""


@dataclass(frozen=True)
class OverrideDay:
    """One dated entry of the override file."""

    day: dt.date
    workday: bool
    name: str
    source: str


@dataclass
class WorkCalendar:
    """Official working days: the package's tables plus locally described years."""

    overrides: dict[dt.date, OverrideDay] = field(default_factory=dict)
    described_years: frozenset[int] = frozenset()

    @classmethod
    def load(cls, path: str | Path | None = None) -> WorkCalendar:
        """Read an override file (default ``monitor/calendar_overrides.toml``; absent file = none)."""
        path = Path(path) if path is not None else DEFAULT_OVERRIDES
        if not path.exists():
            return cls()
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise CalendarFileError(f"{path}: not valid TOML: {exc}") from exc
        years = data.get("described_years", [])
        if not isinstance(years, list) or not all(isinstance(y, int) for y in years):
            raise CalendarFileError(f"{path}: described_years must be a list of years, got {years!r}")
        overrides: dict[dt.date, OverrideDay] = {}
        for section, workday in (("holiday", False), ("workday", True)):
            for i, entry in enumerate(data.get(section, []), start=1):
                where = f"{path}: [[{section}]] entry {i}"
                if not isinstance(entry, dict):
                    raise CalendarFileError(f"{where}: must be a table")
                day = entry.get("date")
                if isinstance(day, dt.datetime) or not isinstance(day, dt.date):
                    raise CalendarFileError(f"{where}: 'date' must be a TOML date like 2027-01-01, got {day!r}")
                source = entry.get("source")
                if not isinstance(source, str) or not source.strip():
                    raise CalendarFileError(f"{where} ({day}): 'source' (where the date comes from) is required")
                if day in overrides:
                    raise CalendarFileError(f"{where}: {day} is listed twice")
                unknown = set(entry) - {"date", "source", "name"}
                if unknown:
                    raise CalendarFileError(f"{where}: unknown keys {sorted(unknown)}")
                overrides[day] = OverrideDay(day, workday, str(entry.get("name", "")), source)
        for day in overrides:
            if day.year not in years and not _package_covers(day.year):
                raise CalendarFileError(
                    f"{path}: {day} is in {day.year}, which is neither in described_years nor in chinese_calendar"
                )
        return cls(overrides=overrides, described_years=frozenset(years))

    def covers(self, year: int) -> bool:
        """True when the holiday schedule of ``year`` is known (package or override file)."""
        return year in self.described_years or _package_covers(year)

    def is_workday(self, day: dt.date) -> bool:
        """Official working day? Raises :class:`CalendarUnknown` for an undescribed year."""
        hit = self.overrides.get(day)
        if hit is not None:
            return hit.workday
        if day.year in self.described_years:
            return day.weekday() < 5  # a described year lists every holiday and make-up day
        if _package_covers(day.year):
            return _package_is_workday(day)
        raise CalendarUnknown(day)

    def next_workday(self, day: dt.date) -> dt.date:
        """``day`` itself when it is a working day, else the next working day (民法典 第二百零三条)."""
        while not self.is_workday(day):
            day += ONE_DAY
        return day

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The n-th working day after ``start`` (start excluded; n=0 gives ``start``)."""
        if n < 0:
            raise ValueError("n must be >= 0")
        day, count = start, 0
        while count < n:
            day += ONE_DAY
            if self.is_workday(day):
                count += 1
        return day

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Number of working days in (a, b]; negative when b < a."""
        if b < a:
            return -self.working_days_between(b, a)
        return sum(1 for d in _days(a + ONE_DAY, b) if self.is_workday(d))

    def add_days_deadline(self, start: dt.date, n: int) -> dt.date:
        """``start`` + n calendar days, moved off a holiday to the next working day."""
        return self.next_workday(start + dt.timedelta(days=n))

    def days(self, first: dt.date, last: dt.date) -> Iterator[tuple[dt.date, bool]]:
        """(day, is_workday) for each covered day in [first, last]; stops before the first unknown year."""
        for d in _days(first, last):
            if not self.covers(d.year):
                return
            yield d, self.is_workday(d)

    def last_known_day(self, after: dt.date) -> dt.date:
        """The last day of the continuous run of known years starting at ``after``'s year."""
        year = after.year
        while self.covers(year + 1):
            year += 1
        return dt.date(year, 12, 31)


def _days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    d = first
    while d <= last:
        yield d
        d += ONE_DAY


@cache
def _package_covers(year: int) -> bool:
    try:
        chinese_calendar.is_workday(dt.date(year, 6, 1))
    except NotImplementedError:
        return False
    return True


@cache
def _package_is_workday(day: dt.date) -> bool:
    return bool(chinese_calendar.is_workday(day))


@lru_cache(maxsize=8)
def default_calendar(path: str | None = None) -> WorkCalendar:
    """The calendar with the shipped override file (cached; pass a path for another file)."""
    return WorkCalendar.load(path)


def is_workday(day: dt.date) -> bool:
    """Official working day with the default calendar."""
    return default_calendar().is_workday(day)


def add_working_days(d: dt.date, n: int) -> dt.date:
    """The n-th working day after ``d`` (民法典 第二百零一条: ``d`` itself is not counted)."""
    return default_calendar().add_working_days(d, n)


def working_days_between(a: dt.date, b: dt.date) -> int:
    """Working days in (a, b]."""
    return default_calendar().working_days_between(a, b)


def add_days_deadline(d: dt.date, n: int) -> dt.date:
    """Deadline of "n 日" from ``d``: calendar days, moved off a holiday (民法典 第二百零三条)."""
    return default_calendar().add_days_deadline(d, n)
