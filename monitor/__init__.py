"""pubwatch monitor: compare what was published with what must be published and flag gaps.

Public API (for the CLI, the nightly job, the simulation harness, alerts and dashboards):

- :func:`run_checks` — link projects, run every rule of the jurisdiction's catalog as set-based SQL
  for one night, and merge the gaps into ``findings`` (idempotent; fixed gaps resolve themselves).
- :func:`findings_as_json` — the findings open on a date, as plain dicts.
- :class:`CalendarUnknown`, :func:`add_working_days`, :func:`working_days_between`,
  :func:`add_days_deadline` — Chinese working-day arithmetic.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, and_, or_, select

from monitor.workdays import (
    CalendarUnknown,
    WorkCalendar,
    add_days_deadline,
    add_working_days,
    default_calendar,
    working_days_between,
)

if TYPE_CHECKING:
    from monitor.catalog import SourceFacts

__all__ = [
    "CalendarUnknown",
    "add_days_deadline",
    "add_working_days",
    "findings_as_json",
    "run_checks",
    "working_days_between",
]


def run_checks(
    engine: Engine,
    as_of: dt.date,
    *,
    jurisdiction: str = "quzhou",
    calendar: WorkCalendar | None = None,
    rules_dir: Path | None = None,
    lookback_days: int = 3,
    save: bool = True,
    force: bool = False,
    sources: Mapping[str, SourceFacts] | None = None,
    incremental: bool = False,
    field_sources: frozenset[str] | None = None,
) -> dict[str, Any]:
    """Run the night ``as_of``: returns counts (candidates by check, new/reopened/escalated/resolved,
    open findings by kind and severity, project links made).

    ``save=False`` is a look that changes nothing: the same statements run in one transaction that is
    rolled back, and the summary carries ``findings`` (the findings open on ``as_of`` as the run saw
    them). Why: only the nightly job (or an explicit ``pubwatch check --save``) may open and resolve
    findings; an analyst's look must not move the dashboard's figures.

    ``sources``: the registry's facts (``pubwatch`` hands them in); rules naming a source are checked
    against them at load. Which sources are home platforms is read from the ``sources`` table.

    Unchanged-night shortcut (``monitor.fingerprint``): when nothing the rules read has changed since
    the last saved run of the same night, the findings cannot change; the run returns the open findings
    at once with ``unchanged: True`` and zero changes. ``force`` runs every rule regardless.

    ``incremental=True`` (``monitor.incremental``): after a saved run, the rules that move only with
    the evidence are evaluated for the notices changed since then and the rest of their projects; the
    summary's ``incremental`` says so (``None``: every rule over every notice, as ``force`` does). It
    relies on every write of a notice or its fields going through ``storage.evidence`` (which moves
    ``notices.extracted_at``); a field written behind its back is not seen by an incremental night,
    hence off by default: the nightly job turns it on.

    ``field_sources`` (issue 12, never accuse on our own mistake): the sources whose missing required items
    may be 要素缺失 findings — those whose pages passed an acceptance in force for this run (``pubwatch``
    reads them from the acceptance record, ``[monitor] field_findings``). A missing item of another source's
    notice is an extraction gap for the office (本来源版式尚未经抽样验收). ``None`` (the default): every
    source's, as before the policy existed.
    """
    from monitor import checks as C
    from monitor import incremental as inc
    from monitor import worktables
    from monitor.catalog import RULES_DIR, load_catalog
    from monitor.copies import collapse_copies
    from monitor.fingerprint import fingerprint, static_digest
    from monitor.lifecycle import merge
    from monitor.linking import BULK_LINKS, link_projects
    from monitor.provenance import flag_unverified
    from monitor.provisional import settle_unknown_deadlines
    from monitor.rectify import record_rectifications
    from monitor.review import sync_audit
    from monitor.runconn import tuned
    from monitor.unaccepted import hold_unaccepted
    from monitor.units import assign_primary_units
    from storage.models import CheckRun

    catalog = load_catalog(jurisdiction, rules_dir, sources=sources)
    cal = calendar or default_calendar()
    first = dt.date(max(2004, as_of.year - 10), 1, 1)
    params = {
        "jurisdiction": jurisdiction,
        "lookback_days": lookback_days,
        "calendar": repr(type(cal)),
        "rules_dir": str(rules_dir or ""),
        # which sources may be accused of missing items: another set is another night (fingerprint), and a
        # whole one (static digest: an incremental night re-evaluates every notice)
        "field_sources": None if field_sources is None else sorted(field_sources),
    }
    folder = (rules_dir or RULES_DIR) / jurisdiction
    if not force:
        with engine.connect() as conn:
            last = conn.execute(
                select(CheckRun.fingerprint, CheckRun.summary)
                .where(CheckRun.as_of == as_of, CheckRun.jurisdiction == jurisdiction)
                .order_by(CheckRun.id.desc())
                .limit(1)
            ).first()
            same = last is not None and last[0] == fingerprint(conn, as_of, params, folder)
            if same:
                summary = _summary(conn, as_of)
                summary.update(
                    {
                        "new": 0,
                        "reopened": 0,
                        "escalated": 0,
                        "resolved": 0,
                        "rectified": 0,
                        **dict(last[1]),
                        "unchanged": True,
                        "saved": save,
                    }
                )
                if not save:
                    summary["findings"] = _findings(conn, as_of, include_resolved=False)
                return summary
    static = static_digest(params, folder)
    with engine.connect() as conn, tuned(conn):
        trans = conn.begin()
        worktables.create_all(conn)
        last = inc.previous(conn, jurisdiction) if incremental and not force else None
        if last is not None:
            inc.mark_unlinked(conn)
        links = link_projects(conn, as_of)
        linked = links.by_number + links.by_name + links.fuzzy
        if conn.dialect.name == "sqlite" or linked >= BULK_LINKS:
            # project_id may have changed, here or as the notices were stored (storage.projects): refresh
            # the planner's statistics or it may believe the column is all NULL (SQLite scanned instead
            # of using its index; PostgreSQL, after a first night, took ``project_id IS NOT NULL`` for a
            # selective index condition). SQLite's is sampled, so cheap, and taken every night: with the
            # numbers linked at store time a night rarely links, and statistics of the whole column
            # (the bench's fill) made SQLite walk the project index where the type index is shorter
            # (consistency 1.2 → 2.0 s at 1M notices, issue 16). PostgreSQL's costs 0.2-0.3 s at 100k
            # notices, so only after a bulk linking (a night's few links do not move the column's
            # statistics, and autovacuum analyses as the table grows)
            if conn.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA analysis_limit=1000")
            conn.exec_driver_sql("ANALYZE notices")
        cal_last, cal_digest = worktables.fill_calendar(conn, cal, first, as_of + dt.timedelta(days=400))
        scope = inc.plan(conn, as_of, last, static, cal_digest) if last is not None else None
        due_state = inc.due_state(conn, as_of, lookback_days)
        due_rules: set[str] = set()
        if scope is not None and last is not None and as_of <= cal_last:
            due_rules = inc.plan_due(conn, catalog, as_of, scope.since, last, str(due_state))
        as_of_idx = (
            conn.scalar(select(worktables.cal.c.wd_idx).where(worktables.cal.c.day == min(as_of, cal_last)))
            or 0
        )
        worktables.bulk(
            conn, worktables.units, [{"domain": d, "unit": u} for d, u in catalog.domain_units.items()]
        )
        ctx = C.Ctx(
            conn,
            as_of,
            catalog,
            first,
            cal_last,
            as_of_idx,
            lookback_days,
            scoped=scope is not None,
            due_rules=frozenset(due_rules),
            field_sources=field_sources,
        )
        per_check = {fn.__name__.removeprefix("check_"): fn(ctx) for fn in C.ALL_CHECKS}
        scoped_rules = (
            {r.rule_id for r in catalog.rules if r.check in C.SCOPED_CHECKS} if scope is not None else set()
        )
        provisional = settle_unknown_deadlines(conn, catalog, cal, as_of)  # years no official table describes
        # what rests on the reading of a source with no acceptance in force goes to the office (issue 12)
        per_check["held_unaccepted"] = hold_unaccepted(conn, catalog, field_sources)
        copies = collapse_copies(conn)  # one finding per gap across a notice's platform copies
        unknown_units = assign_primary_units(conn, catalog, rules_dir)
        per_check["unverified_channel_questions"] = flag_unverified(conn, catalog, as_of, lookback_days)
        changes = merge(conn, as_of, catalog, scoped_rules, due_rules)
        sync_audit(
            conn
        )  # the night's events into the append-only trail, then what fixed tonight's resolutions
        changes["rectified"] = sum(
            v for k, v in record_rectifications(conn, as_of, catalog).items() if k != "gone"
        )
        worktables.drop_all(conn)  # on error the transaction's rollback removes them
        if save:
            kept = {
                "as_of": as_of.isoformat(),
                "jurisdiction": jurisdiction,
                "candidates": per_check,
                "links": dict.fromkeys(vars(links), 0),
                "calendar_known_until": cal_last.isoformat(),
                "unknown_units": unknown_units,
                "copies_collapsed": 0,
                "unknown_calendar": provisional,
                "incremental_scope": scope.summary(len(due_rules)) if scope is not None else None,
                inc.KEY: inc.watermarks(conn, as_of, static, cal_digest, due_state),
            }
            conn.execute(
                CheckRun.__table__.insert().values(
                    as_of=as_of,
                    jurisdiction=jurisdiction,
                    fingerprint=fingerprint(conn, as_of, params, folder),
                    summary=kept,
                )
            )
            trans.commit()
            looked: list[dict[str, Any]] | None = None
        else:
            summary = _summary(conn, as_of)
            looked = _findings(conn, as_of, include_resolved=False)
            trans.rollback()
    if save:
        with engine.connect() as conn:
            summary = _summary(conn, as_of)
    else:
        summary["findings"] = looked
    summary["saved"] = save
    summary.update(changes)
    summary.update(
        {
            "as_of": as_of.isoformat(),
            "jurisdiction": jurisdiction,
            "candidates": per_check,
            "links": vars(links),
            "calendar_known_until": cal_last.isoformat(),
            "unknown_units": unknown_units,
            "copies_collapsed": copies,
            "unknown_calendar": provisional,
            "unchanged": False,
            "incremental": scope.summary(len(due_rules)) if scope is not None else None,
        }
    )
    return summary


def _open_on(as_of: dt.date) -> Any:
    from storage.models import Finding

    return and_(
        Finding.first_seen_on <= as_of,
        or_(Finding.status == "open", and_(Finding.resolved_on.is_not(None), Finding.resolved_on > as_of)),
    )


def _summary(conn: Connection, as_of: dt.date) -> dict[str, Any]:
    from storage.models import Finding

    rows = conn.execute(select(Finding.kind, Finding.severity).where(_open_on(as_of))).all()
    return {
        "open": len(rows),
        "by_kind": dict(sorted(Counter(k for k, _ in rows).items())),
        "by_severity": dict(sorted(Counter(s for _, s in rows).items())),
    }


def findings_as_json(
    engine: Engine, as_of: dt.date, *, include_resolved: bool = False
) -> list[dict[str, Any]]:
    """Findings open on ``as_of`` (or also those resolved by then), newest rule order, as plain dicts."""
    with engine.connect() as conn:
        return _findings(conn, as_of, include_resolved=include_resolved)


def _findings(conn: Connection, as_of: dt.date, *, include_resolved: bool) -> list[dict[str, Any]]:
    from storage.models import Finding

    cond = Finding.first_seen_on <= as_of if include_resolved else _open_on(as_of)
    rows = conn.execute(select(Finding.__table__).where(cond).order_by(Finding.id)).mappings().all()
    out = []
    for r in rows:
        urls = [e.get("url") for e in (r["evidence"] or []) if isinstance(e, dict) and e.get("url")]
        if r["url"] and r["url"] not in urls:
            urls.insert(0, r["url"])
        out.append(
            {
                "id": r["id"],
                "key": r["key"],
                "kind": r["kind"],
                "rule_id": r["rule_id"],
                "severity": r["severity"],
                "status": r["status"],
                "domain": r["domain"],
                "notice_type": r["notice_type"],
                "region": r["region"],
                "responsible_unit": r["responsible_unit"],
                "plan_units": r["plan_units"],
                "source_key": r["source_key"],
                "url": r["url"],
                "urls": list(dict.fromkeys(urls)),
                "project_number": r["project_number"],
                "field": r["field"],
                "title": r["title"],
                "dates": r["dates"],
                "legal_source": r["legal_source"],
                "message": r["message"],
                "evidence": r["evidence"],
                "first_seen_on": _iso(r["first_seen_on"]),
                "last_seen_on": _iso(r["last_seen_on"]),
                "resolved_on": _iso(r["resolved_on"]),
                "escalated_on": _iso(r["escalated_on"]),
            }
        )
    return out


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None
