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
        super().__init__(
            f"日历未知 (calendar unknown): no holiday schedule for {day.year} ({day.isoformat()})"
        )
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
                    raise CalendarFileError(
                        f"{where}: 'date' must be a TOML date like 2027-01-01, got {day!r}"
                    )
                source = entry.get("source")
                if not isinstance(source, str) or not source.strip():
                    raise CalendarFileError(
                        f"{where} ({day}): 'source' (where the date comes from) is required"
                    )
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


# --- years no official table describes yet: bounds from the statutory holidays ------------------------
#
# Why: chinese_calendar only knows the years the State Council has announced (the notice for a year
# comes out in November or December of the year before), and the office's override file is edited by
# hand. Until then a deadline in that year cannot be counted exactly, but it can be bounded: the
# statutory holidays (全国年节及纪念日放假办法: 元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆 — the lunar ones
# computed by the ``holidays`` library) are days off for certain; the announced break around each
# is at most MAX_BREAK days long and lies around it; make-up working days (调休上班) fall on weekends
# near a break. So the latest a deadline can be counts every weekday that any permitted break could
# cover as a day off; the earliest counts only the statutory days themselves as off and every weekend
# near a break as a possible working day. A posting after the latest possible deadline is late for
# certain; one between the two bounds is provisional (待官方日历确认).

#: Longest official break around each statutory holiday (days), from the announced schedules of
#: 2015–2026; the window a break may cover is the holiday's own days widened by the difference.
MAX_BREAK: dict[str, int] = {"元旦": 3, "春节": 9, "清明": 3, "劳动节": 5, "端午": 3, "中秋": 3, "国庆": 8}
_HOLIDAY_NAMES: dict[str, str] = {  # the ``holidays`` library's English names → the statutory holiday
    "New Year's Day": "元旦",
    "Chinese New Year's Eve": "春节",
    "Chinese New Year (Spring Festival)": "春节",
    "Tomb-Sweeping Day": "清明",
    "Labor Day": "劳动节",
    "Dragon Boat Festival": "端午",
    "Mid-Autumn Festival": "中秋",
    "National Day": "国庆",
}


@dataclass(frozen=True)
class YearBounds:
    """Days off for certain (statutory) and days that may be off or worked, for one undescribed year."""

    year: int
    statutory: frozenset[dt.date]
    maybe_off: frozenset[dt.date]  # weekdays a permitted break may cover
    maybe_worked: frozenset[dt.date]  # weekends a make-up working day may fall on


@cache
def year_bounds(year: int) -> YearBounds | None:
    """The bounds of ``year`` from the statutory holidays, or ``None`` when the library has none."""
    try:
        import holidays
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    try:
        table = holidays.country_holidays("CN", years=[year - 1, year, year + 1], language="en_US")
    except (NotImplementedError, KeyError, ValueError):
        return None
    groups: dict[tuple[str, int], list[dt.date]] = {}
    for day, names in table.items():
        for name in str(names).split("; "):
            key = _HOLIDAY_NAMES.get(name.strip())
            if key is not None:  # statutory days only: "(observed)" and substituted days are guesses
                groups.setdefault((key, day.year), []).append(day)
    statutory = {d for days in groups.values() for d in days}
    if not any(d.year == year for d in statutory):
        return None
    maybe_off: set[dt.date] = set()
    maybe_worked: set[dt.date] = set()
    for (key, _), days in groups.items():
        first, last = min(days), max(days)
        widen = max(MAX_BREAK[key] - ((last - first).days + 1), 0)
        lo, hi = first - dt.timedelta(days=widen), last + dt.timedelta(days=widen)
        for d in _days(lo - dt.timedelta(days=7), hi + dt.timedelta(days=7)):
            if lo <= d <= hi and d.weekday() < 5 and d not in statutory:
                maybe_off.add(d)
            if d.weekday() >= 5:
                maybe_worked.add(d)
    return YearBounds(
        year,
        frozenset(d for d in statutory if d.year == year),
        frozenset(d for d in maybe_off if d.year == year),
        frozenset(d for d in maybe_worked if d.year == year),
    )


def year_status(calendar: WorkCalendar, year: int) -> str:
    """``official`` (package or override file), ``provisional`` (bounds from statutory holidays) or ``unknown``."""
    if calendar.covers(year):
        return "official"
    return "provisional" if year_bounds(year) is not None else "unknown"


def _workday_bound(calendar: WorkCalendar, day: dt.date, latest: bool) -> bool:
    """Working day under the bound: ``latest`` counts every possible day off as off; else the opposite."""
    if calendar.covers(day.year):
        return calendar.is_workday(day)
    bounds = year_bounds(day.year)
    if bounds is None:
        raise CalendarUnknown(day)
    if day in bounds.statutory:
        return False
    if latest:
        return day.weekday() < 5 and day not in bounds.maybe_off
    return day.weekday() < 5 or day in bounds.maybe_worked


@dataclass(frozen=True)
class DeadlineBounds:
    """The earliest and latest a deadline can be; equal when every day counted is official."""

    earliest: dt.date
    latest: dt.date

    @property
    def exact(self) -> bool:
        return self.earliest == self.latest


def deadline_bounds(
    calendar: WorkCalendar, start: dt.date, *, wd: int = 0, days: int = 0, unit: str = "wd"
) -> DeadlineBounds:
    """Bounds of "``days`` calendar days, then ``wd`` working days" (unit ``wd``) or of "``days`` 日
    moved off a holiday" (unit ``d``) from ``start``. Raises :class:`CalendarUnknown` for a year that
    neither the official tables nor the statutory holidays describe."""

    def one(latest: bool) -> dt.date:
        def is_wd(d: dt.date) -> bool:
            return _workday_bound(calendar, d, latest)

        day = start + dt.timedelta(days=days)
        if unit == "d":
            while not is_wd(day):
                day += ONE_DAY
            return day
        if wd == 0:
            while not is_wd(day):
                day -= ONE_DAY
            return day
        count = 0
        while count < wd:
            day += ONE_DAY
            if is_wd(day):
                count += 1
        return day

    return DeadlineBounds(one(False), one(True))
