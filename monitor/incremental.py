"""Incremental nights: which notices a night's scoped rules must look at, and when a night may be one.

Why: the nightly crawl adds or changes a few thousand of a million stored notices, yet every rule
re-read all of them (15–16 s of CPU at 1M notices, issue 16). The rules of ``checks.SCOPED_CHECKS``
(required items, publication deadlines, lead times, publicity periods, silent edits, consistency)
compare a notice with its own fields, versions and the other notices of its project; none of them
moves with the calendar alone. Their findings can change only where the evidence changed, so a
night evaluates them for the *scope*: the notices changed since the last run and every other notice
of their projects. The rules that fall due with the calendar (follow-ups, sharing, silence,
register items, removals) still run in full, so a deadline that passes on a night without any new
notice still raises its finding that night.

What counts as changed since the last saved run (its watermarks, kept in ``check_runs.summary``):

- a notice stored after it (id above the last largest id) or re-extracted (``extracted_at`` later
  than the last largest one: ``storage.evidence`` rewrites a notice and its fields together);
- a notice linked to a project tonight (a 采购意向 that waited for its project);
- a notice that became visible (published after the last night, on or before this one);
- a notice whose document got a version after the last run, or one fetched since the last night
  (silent edits read versions).

A night is run in full instead when anything else a scoped rule reads could have moved: no earlier
saved run with watermarks, a different rule set, monitor code, run parameter or working-day
calendar (its bounds and every day's status), an earlier night than the last run, a notice deleted,
or ``force``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from monitor import worktables
from storage.models import DocumentVersion, Notice

n_ = Notice.__table__
v_ = DocumentVersion.__table__

#: ``check_runs.summary`` key of the watermarks a later night compares with
KEY = "incremental"


@dataclass(frozen=True)
class Scope:
    """An incremental night: what was compared, and how many notices the scoped rules read."""

    since: dt.date  # the night of the last run
    dirty: int  # notices changed since then
    notices: int  # dirty notices and the rest of their projects

    def summary(self) -> dict[str, Any]:
        """As the run's summary (and ``check_runs.summary``, JSON) keeps it."""
        return {"since": self.since.isoformat(), "dirty": self.dirty, "notices": self.notices}


def calendar_digest(conn: Connection) -> str:
    """A hash of the run's working-day table (``_pw_cal``): a corrected holiday moves deadlines."""
    cal = worktables.cal
    rows = conn.execute(select(cal.c.day, cal.c.is_wd).order_by(cal.c.day)).all()
    return hashlib.sha256(json.dumps([[str(d), bool(w)] for d, w in rows]).encode()).hexdigest()


def watermarks(conn: Connection, as_of: dt.date, static: str, calendar: str) -> dict[str, Any]:
    """What the next night compares with: this night, the run's static digest and the evidence's extent."""
    count, max_id, max_extracted = conn.execute(
        select(func.count(), func.max(n_.c.id), func.max(n_.c.extracted_at))
    ).one()
    return {
        "as_of": as_of.isoformat(),
        "static": static,
        "calendar": calendar,
        "notices": int(count or 0),
        "notice_max_id": int(max_id or 0),
        "extracted_max": str(max_extracted) if max_extracted is not None else None,
        "version_max_id": int(conn.scalar(select(func.max(v_.c.id))) or 0),
    }


def previous(conn: Connection, jurisdiction: str) -> dict[str, Any] | None:
    """The watermarks of the jurisdiction's newest saved run (None when it kept none)."""
    from storage.models import CheckRun

    summary = conn.scalar(
        select(CheckRun.summary)
        .where(CheckRun.jurisdiction == jurisdiction)
        .order_by(CheckRun.id.desc())
        .limit(1)
    )
    last = (summary or {}).get(KEY) if isinstance(summary, dict) else None
    return last if isinstance(last, dict) else None


def mark_unlinked(conn: Connection) -> None:
    """Before linking: the notices without a project (those linked tonight are changed notices)."""
    conn.execute(
        worktables.dirty.insert().from_select(["notice_id"], select(n_.c.id).where(n_.c.project_id.is_(None)))
    )


def plan(
    conn: Connection, as_of: dt.date, last: dict[str, Any] | None, static: str, calendar: str
) -> Scope | None:
    """Fill ``_pw_scope`` and return the scope when this night may be incremental; None: run in full."""
    if not last or last.get("static") != static or last.get("calendar") != calendar:
        return None
    try:
        since = dt.date.fromisoformat(str(last["as_of"]))
        max_id, max_version = int(last["notice_max_id"]), int(last["version_max_id"])
        count = int(last["notices"])
    except (KeyError, TypeError, ValueError):
        return None
    if since > as_of:
        return None
    added = conn.scalar(select(func.count()).where(n_.c.id > max_id)) or 0
    if conn.scalar(select(func.count()).select_from(n_)) != count + added:
        return None  # a notice was deleted: its findings must resolve, which only a full run sees
    dirty, scope = worktables.dirty, worktables.scope
    changed = [n_.c.id > max_id]
    if last.get("extracted_max"):
        changed.append(n_.c.extracted_at > _timestamp(last["extracted_max"]))
    if since < as_of:
        changed.append(and_(n_.c.publish_date > since, n_.c.publish_date <= as_of))
    versions = select(v_.c.document_id).where(
        or_(v_.c.id > max_version, and_(v_.c.fetched_on > since, v_.c.fetched_on <= as_of))
    )
    changed.append(n_.c.document_id.in_(versions))
    known = select(dirty.c.notice_id)
    conn.execute(
        dirty.insert().from_select(["notice_id"], select(n_.c.id).where(or_(*changed), n_.c.id.not_in(known)))
    )
    worktables.analyze(conn, dirty)
    # the scope: the changed notices and every notice of their projects (and, when a changed notice
    # has no project, every notice without one: copies are told apart by project)
    projects = (
        select(n_.c.project_id)
        .select_from(dirty.join(n_, n_.c.id == dirty.c.notice_id))
        .where(n_.c.project_id.is_not(None))
        .distinct()
    )
    m = n_.alias("m")
    conn.execute(
        scope.insert().from_select(["notice_id"], select(m.c.id).where(m.c.project_id.in_(projects)))
    )
    orphan = (
        select(1).select_from(dirty.join(n_, n_.c.id == dirty.c.notice_id)).where(n_.c.project_id.is_(None))
    )
    if conn.scalar(orphan.limit(1)):
        conn.execute(
            scope.insert().from_select(
                ["notice_id"],
                select(m.c.id).where(m.c.project_id.is_(None), m.c.id.not_in(select(scope.c.notice_id))),
            )
        )
    conn.execute(
        scope.insert().from_select(
            ["notice_id"],
            select(dirty.c.notice_id).where(dirty.c.notice_id.not_in(select(scope.c.notice_id))),
        )
    )
    worktables.analyze(conn, scope)
    return Scope(
        since=since,
        dirty=int(conn.scalar(select(func.count()).select_from(dirty)) or 0),
        notices=int(conn.scalar(select(func.count()).select_from(scope)) or 0),
    )


def _timestamp(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)
