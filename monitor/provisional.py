"""Deadlines in a year no official calendar describes: late for certain, provisional, or not late.

Why after the checks: the set-based checks count working days on the official calendar only and mark
a candidate ``calendar_unknown`` when its deadline runs past the last described day. This step takes
those few candidates and bounds each deadline with :func:`monitor.workdays.deadline_bounds`:

- published (or, for a missing follow-up, still missing on the night) after the *latest* possible
  deadline → late for certain: an ordinary finding, with the latest deadline as its due date;
- not after the *earliest* possible deadline → not late on any calendar: the candidate is dropped;
- in between → provisional (待官方日历确认): kept as ``info``, marked ``provisional`` (value2) with
  the earliest deadline (value1), and left out of 及时率 until the year is described.

A year that even the statutory holidays do not describe stays ``calendar_unknown`` (日历未知).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, delete, select, update

from monitor import worktables
from monitor.catalog import Catalog
from monitor.workdays import CalendarUnknown, WorkCalendar, deadline_bounds

PROVISIONAL = "provisional"


def _params(catalog: Catalog, rule_id: str) -> dict[str, int | str] | None:
    try:
        rule = catalog.get(rule_id)
    except KeyError:
        return None
    p = rule.params
    if rule.check == "deadline":
        unit = str(p["unit"])
        return {
            "wd": int(p["days"]) if unit == "wd" else 0,
            "days": int(p["days"]) if unit == "d" else 0,
            "unit": unit,
            "severity": rule.severity,
        }
    if rule.check == "followup":
        return {
            "wd": int(p.get("wd", 0)),
            "days": int(p.get("days", 0)),
            "unit": "wd",
            "severity": rule.severity,
        }
    return None


def settle_unknown_deadlines(
    conn: Connection, catalog: Catalog, calendar: WorkCalendar, as_of: dt.date
) -> dict[str, int]:
    """Resolve the run's ``calendar_unknown`` candidates with deadline bounds; returns counts per outcome."""
    c = worktables.cand
    rows = conn.execute(
        select(c.c.key, c.c.rule_id, c.c.kind, c.c.event_date, c.c.actual_date).where(
            c.c.calendar_unknown.is_(True),
            c.c.kind.in_(("late_posting", "missing_followup")),
            c.c.event_date.is_not(None),
        )
    ).all()
    counts = {"certain": 0, "provisional": 0, "not_late": 0, "unknown": 0}
    for row in rows:
        params = _params(catalog, row.rule_id)
        if params is None:
            counts["unknown"] += 1
            continue
        try:
            b = deadline_bounds(
                calendar,
                row.event_date,
                wd=int(params["wd"]),
                days=int(params["days"]),
                unit=str(params["unit"]),
            )
        except CalendarUnknown:
            counts["unknown"] += 1
            continue
        seen = row.actual_date if row.kind == "late_posting" else as_of
        if seen is None:
            counts["unknown"] += 1
            continue
        if seen > b.latest:
            overdue = _overdue(calendar, b.latest, as_of) if row.kind == "missing_followup" else None
            conn.execute(
                update(c)
                .where(c.c.key == row.key)
                .values(
                    calendar_unknown=False,
                    severity=str(params["severity"]),
                    due_date=b.latest,
                    overdue=overdue,
                )
            )
            counts["certain"] += 1
        elif seen <= b.earliest:
            conn.execute(delete(c).where(c.c.key == row.key))
            counts["not_late"] += 1
        else:
            conn.execute(
                update(c)
                .where(c.c.key == row.key)
                .values(due_date=b.latest, value1=b.earliest.isoformat(), value2=PROVISIONAL)
            )
            counts["provisional"] += 1
    return counts


def _overdue(calendar: WorkCalendar, due: dt.date, as_of: dt.date) -> int | None:
    """Working days from the latest deadline to ``as_of``, counted with the days certain to be worked."""
    from monitor.workdays import _workday_bound

    try:
        return sum(
            1
            for n in range((as_of - due).days)
            if _workday_bound(calendar, due + dt.timedelta(days=n + 1), True)
        )
    except CalendarUnknown:
        return None
