"""Incremental nights: which notices a night's scoped rules must look at, and when a night may be one.

Why: the nightly crawl adds or changes a few thousand of a million stored notices, yet every rule
re-read all of them (15–16 s of CPU at 1M notices, issue 16). The rules of ``checks.SCOPED_CHECKS``
(required items, publication deadlines, lead times, publicity periods, silent edits, consistency)
compare a notice with its own fields, versions and the other notices of its project; none of them
moves with the calendar alone. Their findings can change only where the evidence changed, so a
night evaluates them for the *scope*: the notices changed since the last run and every other notice
of their projects.

Follow-ups and sharing also move with the calendar: a follow-up or a provincial copy falls due on a
night when no notice changed, and a follow-up finding escalates as it stays overdue. They are
evaluated for the projects of the scope, the projects whose deadline may have passed since the last
night (their event within the rule's longest span before it) and, for follow-ups, the projects
with an open finding of the rule (``_pw_pscope``); in full when what else they read moved (the
sources in an outage within the look-back, channels whose type was not trusted, the channel
registry, the home platforms) or when the night is past the known calendar. Silence, register items
and removals run in full every night.

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

from sqlalchemy import Connection, String, and_, func, literal, select
from sqlalchemy.dialects import postgresql, sqlite

from monitor import worktables
from monitor.catalog import Catalog
from monitor.fingerprint import aggregates
from storage.models import Channel, CrawlHealth, DocumentVersion, Finding, Notice, NoticeField

n_ = Notice.__table__
v_ = DocumentVersion.__table__
f_ = NoticeField.__table__
h_ = CrawlHealth.__table__
fi_ = Finding.__table__

#: a deadline of ``days`` calendar and ``wd`` working days lies at most ``days + 2 × wd + SPAN_SLACK``
#: calendar days after its event: five working days take seven calendar days, and the longest run of
#: days off (Spring Festival, about nine) fits in the slack many times over
SPAN_SLACK = 31

#: ``check_runs.summary`` key of the watermarks a later night compares with
KEY = "incremental"


@dataclass(frozen=True)
class Scope:
    """An incremental night: what was compared, and how many notices the scoped rules read."""

    since: dt.date  # the night of the last run
    dirty: int  # notices changed since then
    notices: int  # dirty notices and the rest of their projects

    def summary(self, due_rules: int = 0) -> dict[str, Any]:
        """As the run's summary (and ``check_runs.summary``, JSON) keeps it; ``due_rules``: how many
        follow-up and sharing rules looked only at their projects (``plan_due``)."""
        return {
            "since": self.since.isoformat(),
            "dirty": self.dirty,
            "notices": self.notices,
            "due_rules_scoped": due_rules,
        }


def calendar_digest(conn: Connection) -> str:
    """A hash of the run's working-day table (``_pw_cal``): a corrected holiday moves deadlines."""
    cal = worktables.cal
    rows = conn.execute(select(cal.c.day, cal.c.is_wd).order_by(cal.c.day)).all()
    return hashlib.sha256(json.dumps([[str(d), bool(w)] for d, w in rows]).encode()).hexdigest()


def due_state(conn: Connection, as_of: dt.date, lookback_days: int) -> str:
    """A hash of what follow-ups and sharing read besides notices: the sources with an incomplete crawl
    within the look-back, the channels a recent crawl found mismatching their type, the channel
    registry (``monitor.provenance``) and the home platforms (``storage.queries.home_source_keys``)."""
    from monitor.provenance import CHANNEL_FACTS, incomplete_near, mismatched_channels
    from storage.queries import home_source_keys

    outage = conn.scalars(
        select(h_.c.source_key).where(incomplete_near(as_of, lookback_days)).distinct()
    ).all()
    channels = conn.execute(  # what monitor.provenance reads of them (not the crawler's last_complete_night)
        select(*CHANNEL_FACTS).order_by(Channel.source_key, Channel.channel_key)
    ).all()
    doc = {
        "outage": sorted(outage),
        "mismatch": sorted(mismatched_channels(conn, as_of, lookback_days)),
        "channels": [[str(v) for v in row] for row in channels],
        "home": sorted(conn.scalars(home_source_keys())),
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()


def plan_due(
    conn: Connection, catalog: Catalog, as_of: dt.date, since: dt.date, last: dict[str, Any], state: str
) -> set[str]:
    """Fill ``_pw_pscope`` for the follow-up and sharing rules and return their ids; an empty set when
    they must run in full (what they read besides the notices moved)."""
    if last.get("due_state") != state:
        return set()
    ps, sc, sp = worktables.pscope, worktables.scope, worktables.sproj
    # the scope's projects, once for all the rules: a row per scope notice into a keyed table (no
    # DISTINCT, which PostgreSQL answered by walking every notice in project order and probing the scope)
    ins = postgresql.insert(sp) if conn.dialect.name == "postgresql" else sqlite.insert(sp)
    conn.execute(
        ins.from_select(
            ["project_id"],
            select(n_.c.project_id)
            .select_from(sc.join(n_, n_.c.id == sc.c.notice_id))
            .where(n_.c.project_id.is_not(None)),
        ).on_conflict_do_nothing()
    )
    worktables.analyze(conn, sp)
    changed = select(sp.c.project_id)
    rules: set[str] = set()
    for r in catalog.by_check("followup") + catalog.by_check("shared"):
        p = r.params
        if r.check == "followup":
            span = int(p.get("days", 0)) + 2 * int(p.get("wd", 0)) + SPAN_SLACK
            start = since - dt.timedelta(days=span)
            types = [p["notice_type"]]
            if p["event"] == "publish_date":
                recent: Any = select(n_.c.project_id).where(
                    n_.c.publish_date >= start, n_.c.publish_date <= as_of, n_.c.notice_type.in_(types)
                )
            else:
                recent = (
                    select(n_.c.project_id)
                    .select_from(f_.join(n_, n_.c.id == f_.c.notice_id))
                    .where(
                        f_.c.key == p["event"],
                        f_.c.value_date >= start,
                        f_.c.value_date <= as_of,
                        n_.c.notice_type.in_(types),
                    )
                )
            open_ = select(fi_.c.project_id).where(fi_.c.rule_id == r.rule_id, fi_.c.status == "open")
            parts = [changed, recent, open_]
        else:
            span = 2 * int(p.get("grace_wd", 1)) + SPAN_SLACK
            recent = select(n_.c.project_id).where(
                n_.c.publish_date >= since - dt.timedelta(days=span),
                n_.c.publish_date <= as_of,
                n_.c.notice_type.in_(p["notice_types"]),
            )
            parts = [changed, recent]
        for part in parts:  # a project in several parts: its key is already there, the row is skipped
            sub = part.subquery()
            rows = select(literal(r.rule_id, String), sub.c.project_id).where(sub.c.project_id.is_not(None))
            ins = postgresql.insert(ps) if conn.dialect.name == "postgresql" else sqlite.insert(ps)
            conn.execute(ins.from_select(["rule_id", "project_id"], rows).on_conflict_do_nothing())
        rules.add(r.rule_id)
    worktables.analyze(conn, ps)
    return rules


def watermarks(
    conn: Connection, as_of: dt.date, static: str, calendar: str, due: str | None = None
) -> dict[str, Any]:
    """What the next night compares with: this night, the run's static digest and the evidence's extent."""
    count, max_id, max_extracted = aggregates(
        conn, n_, [func.count(), func.max(n_.c.id), func.max(n_.c.extracted_at)]
    )
    return {
        "as_of": as_of.isoformat(),
        "static": static,
        "calendar": calendar,
        "notices": int(count or 0),
        "notice_max_id": int(max_id or 0),
        "extracted_max": str(max_extracted) if max_extracted is not None else None,
        "version_max_id": int(conn.scalar(select(func.max(v_.c.id))) or 0),
        "fetched_max": str(conn.scalar(select(func.max(v_.c.fetched_on))) or ""),
        "due_state": due,
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
    # of the notices without a project before linking, those linked tonight changed (still without
    # one: unchanged, unless one of the kinds below says otherwise)
    conn.execute(  # a probe of the notice's key per dirty row (PostgreSQL ran the IN form per row)
        dirty.delete().where(
            select(n_.c.id).where(n_.c.id == dirty.c.notice_id, n_.c.project_id.is_(None)).exists()
        )
    )
    # one statement per kind of change, each by an index (rowid range, extracted_at, publish_date,
    # the versions' rowid range and notices.document_id): a night costs what changed, not a scan
    changed = [n_.c.id > max_id]
    if last.get("extracted_max"):
        changed.append(n_.c.extracted_at > _timestamp(last["extracted_max"]))
    if since < as_of:
        changed.append(and_(n_.c.publish_date > since, n_.c.publish_date <= as_of))
    changed.append(n_.c.document_id.in_(select(v_.c.document_id).where(v_.c.id > max_version)))
    if (
        str(last.get("fetched_max") or "") > since.isoformat()
    ):  # a version fetched after its night (a backfill)
        changed.append(
            n_.c.document_id.in_(
                select(v_.c.document_id).where(v_.c.fetched_on > since, v_.c.fetched_on <= as_of)
            )
        )
    for cond in changed:
        conn.execute(
            dirty.insert().from_select(
                ["notice_id"], select(n_.c.id).where(cond, n_.c.id.not_in(select(dirty.c.notice_id)))
            )
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
