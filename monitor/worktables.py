"""Temporary tables of one check run: the working-day calendar, rule parameters and candidates.

Why temporary tables: the checks must be set-based SQL on SQLite and PostgreSQL alike. Working-day
arithmetic is done by joining a calendar table (date → day number, working-day index, next working
day) instead of calling Python per row, and rule parameters are joined as rows, so one INSERT…SELECT
evaluates a rule for every notice. The tables live only as long as the run's connection.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Date,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    insert,
)

from monitor.workdays import WorkCalendar

meta = MetaData()


def _temp(name: str, *cols: Column) -> Table:
    return Table(name, meta, *cols, prefixes=["TEMPORARY"])


cal = _temp(
    "_pw_cal",
    Column("day", Date, primary_key=True),
    Column("day_no", Integer, unique=True),
    Column("wd_idx", Integer),  # working days on or before this day
    Column("is_wd", Boolean),
    Column("next_wd", Date),  # this day if a working day, else the next (NULL past the known calendar)
)
wd = _temp("_pw_wd", Column("wd_idx", Integer, primary_key=True), Column("day", Date))
req = _temp(
    "_pw_req",
    Column("rule_id", String(128), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("notice_type", String(64), index=True),
    Column("severity", String(16)),
    Column("unit", String(500)),
    Column("title_word", String(32), default=""),  # rule limited to titles naming this word ('' = all)
)
rk = _temp(  # each notice type's required keys (over all its rules), and how many
    "_pw_rk",
    Column("notice_type", String(64), primary_key=True),
    Column("key", String(64), primary_key=True),
)
rt = _temp("_pw_rt", Column("notice_type", String(64), primary_key=True), Column("k", Integer))
short = _temp("_pw_short", Column("notice_id", Integer, primary_key=True))  # may lack a required item
miss = _temp(  # (rule, item, notice) pairs whose notice states no value: check_required_fields' first stage
    "_pw_miss",
    Column("rule_id", String(128), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("notice_id", Integer, primary_key=True),
)
dl = _temp(
    "_pw_dl",
    Column("rule_id", String(128), primary_key=True),
    Column("notice_type", String(64)),
    Column("event_key", String(64)),
    Column("days", Integer),
    Column("unit", String(4)),
    Column("severity", String(16)),
    Column("resp", String(500)),
)
late = _temp(  # deadline events whose own notice was published after the deadline (or past the calendar)
    "_pw_late",
    Column("rule_id", String(128), primary_key=True),
    Column("notice_id", Integer, primary_key=True),
    Column("event_date", Date),
    Column("due_date", Date),
    Column("published", Date),
)
then = _temp(
    "_pw_then",
    Column("rule_id", String(128), primary_key=True),
    Column("notice_type", String(64), primary_key=True),
)
units = _temp("_pw_units", Column("domain", String(32), primary_key=True), Column("unit", String(500)))
# primary 责任单位 (units.toml [primary]): by county region code, and by domain (+ the issuer's field key)
preg = _temp("_pw_preg", Column("region", String(12), primary_key=True), Column("unit", String(200)))
pdom = _temp(
    "_pw_pdom",
    Column("domain", String(32), primary_key=True),
    Column("unit", String(200)),
    Column("issuer_key", String(64)),
)
cand = _temp(
    "_pw_cand",
    Column("key", String(300), primary_key=True),
    Column("rule_id", String(128)),
    Column("kind", String(32)),
    Column("severity", String(16)),
    Column("notice_id", Integer),
    Column("project_id", Integer),
    Column("source_key", String(64)),
    Column("domain", String(32)),
    Column("notice_type", String(64)),
    Column("region", String(12)),
    Column("responsible_unit", String(500)),  # the plan's list (today's names); the primary unit after assign
    Column("primary_unit", String(200)),  # set by a check that knows the one unit (a register item)
    Column("plan_units", String(500)),
    Column("field", String(64)),
    Column("url", String(1000)),
    Column("url2", String(1000)),
    Column("version_id", Integer),
    Column("version_id2", Integer),
    Column("project_number", String(200)),
    Column("title", String(500)),
    Column("event_date", Date),
    Column("due_date", Date),
    Column("actual_date", Date),
    Column("value1", String(500)),
    Column("value2", String(500)),
    Column("num1", Float),
    Column("num2", Float),
    Column("overdue", Integer),
    Column("calendar_unknown", Boolean),
    Column("suppressed", Boolean),
    # why a candidate resting on our reading is the office's to check, not a unit's violation
    # (``vocabulary.SOURCE_UNACCEPTED``: its source has no acceptance in force; monitor.unaccepted)
    Column("held", String(32)),
)
# an incremental night (monitor.incremental): the notices changed since the last run, and those plus the
# other notices of their projects (what the scoped rules read)
dirty = _temp("_pw_dirty", Column("notice_id", Integer, primary_key=True))
scope = _temp("_pw_scope", Column("notice_id", Integer, primary_key=True))
pscope = _temp(  # the projects a follow-up or sharing rule looks at on an incremental night
    "_pw_pscope",
    Column("rule_id", String(128), primary_key=True),
    Column("project_id", Integer, primary_key=True),
)
#: the projects of the scope's notices, once for every follow-up and sharing rule (``incremental.plan_due``)
sproj = _temp("_pw_sproj", Column("project_id", Integer, primary_key=True))
ALL = (
    cal,
    wd,
    req,
    rk,
    rt,
    short,
    miss,
    dl,
    late,
    then,
    units,
    preg,
    pdom,
    cand,
    dirty,
    scope,
    pscope,
    sproj,
)


def create_all(conn: Connection) -> None:
    """(Re)create the run's temporary tables on this connection."""
    for t in ALL:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {t.name}")
    for t in ALL:
        t.create(conn)


def drop_all(conn: Connection) -> None:
    """Drop the temporary tables (PostgreSQL keeps them for the session otherwise)."""
    for t in ALL:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {t.name}")


class CalendarFill(NamedTuple):
    """What :func:`fill_calendar` wrote: the last day of the table and the table's digest."""

    last: dt.date
    #: sha256 of ``[[day, is_wd], …]`` in day order (``monitor.incremental.calendar_digest`` reads the
    #: same from the table): a corrected holiday moves deadlines, so an incremental night must notice
    digest: str


class _CalendarTable(NamedTuple):
    cal_rows: tuple[tuple, ...]  # (day, day_no, wd_idx, is_wd, next_wd)
    wd_rows: tuple[tuple, ...]  # (wd_idx, day)
    fill: CalendarFill
    # the same rows as SQLAlchemy's Date and Boolean types store them on SQLite: ISO dates and 0/1
    sqlite_cal: tuple[tuple, ...]
    sqlite_wd: tuple[tuple, ...]


def fill_calendar(conn: Connection, calendar: WorkCalendar, first: dt.date, last: dt.date) -> CalendarFill:
    """Fill ``_pw_cal``/``_pw_wd`` for [first, last] (cut at the last described day).

    Returns the last day written and the digest of the table. Why the rows are built once per
    calendar and range (``_calendar_table``) and written with the driver's ``executemany``: every run
    writes the same ~4,000 days (ten years back, 400 days ahead); building them day by day and passing
    them through SQLAlchemy's per-row parameter processing was ~30 % of a run over an empty or small
    database (each night of the simulator, each test of the monitor).
    """
    table = _calendar_table(calendar, first, last)
    if conn.dialect.name == "sqlite":
        if table.sqlite_cal:  # none when the range starts in a year nobody describes
            conn.exec_driver_sql(
                f"INSERT INTO {cal.name} (day, day_no, wd_idx, is_wd, next_wd) VALUES (?, ?, ?, ?, ?)",
                list(table.sqlite_cal),
            )
        if table.sqlite_wd:
            conn.exec_driver_sql(f"INSERT INTO {wd.name} (wd_idx, day) VALUES (?, ?)", list(table.sqlite_wd))
        analyze(conn, cal)
        analyze(conn, wd)
    else:
        _bulk(conn, cal, (dict(zip(_CAL_COLS, r, strict=True)) for r in table.cal_rows))
        _bulk(conn, wd, (dict(zip(_WD_COLS, r, strict=True)) for r in table.wd_rows))
    return table.fill


_CAL_COLS = ("day", "day_no", "wd_idx", "is_wd", "next_wd")
_WD_COLS = ("wd_idx", "day")


def _calendar_table(calendar: WorkCalendar, first: dt.date, last: dt.date) -> _CalendarTable:
    if type(calendar) is not WorkCalendar:  # a calendar of another kind: no key to know it by
        return _build_calendar_table(calendar, first, last)
    key = (
        tuple(sorted(calendar.overrides.items())),  # the override file's content, not the object
        calendar.described_years,
        first,
        last,
    )
    return _cached_calendar_table(key, calendar)


_TABLES: dict[tuple, _CalendarTable] = {}


def _cached_calendar_table(key: tuple, calendar: WorkCalendar) -> _CalendarTable:
    hit = _TABLES.get(key)
    if hit is None:
        if len(_TABLES) >= 16:  # a long simulation moves as_of every night: keep the newest few
            _TABLES.pop(next(iter(_TABLES)))
        hit = _TABLES[key] = _build_calendar_table(calendar, key[2], key[3])
    return hit


def _build_calendar_table(calendar: WorkCalendar, first: dt.date, last: dt.date) -> _CalendarTable:
    days = list(calendar.days(first, last))
    rows: list[list] = []
    wd_rows: list[tuple] = []
    idx = 0
    for d, is_wd in days:
        if is_wd:
            idx += 1
            wd_rows.append((idx, d))
        rows.append([d, d.toordinal(), idx, is_wd, None])
    nxt: dt.date | None = None
    for row in reversed(rows):
        if row[3]:
            nxt = row[0]
        row[4] = nxt
    digest = hashlib.sha256(json.dumps([[str(r[0]), bool(r[3])] for r in rows]).encode()).hexdigest()
    end = days[-1][0] if days else first - dt.timedelta(days=1)
    return _CalendarTable(
        tuple(tuple(r) for r in rows),
        tuple(wd_rows),
        CalendarFill(end, digest),
        tuple((d.isoformat(), no, i, int(w), n.isoformat() if n else None) for d, no, i, w, n in rows),
        tuple((i, d.isoformat()) for i, d in wd_rows),
    )


def analyze(conn: Connection, table: Table) -> None:
    """Give the planner the work table's size and spread.

    Why: without statistics SQLite assumes a temporary table holds about a million rows, and plans a
    join of a two-row rule table with a million notices inside out (every notice, then its fields,
    then the rule) — the deadline pass took 7 s of CPU at 1M notices instead of half a second.
    PostgreSQL likewise never auto-analyses temporary tables.
    """
    name = f"temp.{table.name}" if conn.dialect.name == "sqlite" else table.name
    conn.exec_driver_sql(f"ANALYZE {name}")


def _bulk(conn: Connection, table: Table, rows: Iterable[dict], chunk: int = 5000) -> None:
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            conn.execute(insert(table), batch)
            batch = []
    if batch:
        conn.execute(insert(table), batch)
    analyze(conn, table)


bulk = _bulk
