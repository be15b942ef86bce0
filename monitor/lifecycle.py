"""Findings lifecycle: merge a run's candidates into ``findings`` and keep their history.

Why in SQL: a night may carry tens of thousands of gaps; opening, reopening, escalating and
resolving them are a handful of set-based statements keyed on the stable finding key, so a night
run twice changes nothing and a gap that was fixed resolves by itself. Every state change writes a
``finding_events`` row (opened / escalated / resolved / reopened) for the alerts and the history.
Messages and evidence lists are composed in Python only for findings that are new or changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import (
    JSON,
    Connection,
    String,
    and_,
    bindparam,
    case,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    update,
)

from monitor import worktables
from monitor.catalog import Catalog
from monitor.edits import changed_fields
from monitor.messages import compose
from monitor.taxonomy import SEVERITY_RANK
from storage.models import DocumentVersion, Finding, FindingEvent, Source, utcnow

f_ = Finding.__table__
ev_ = FindingEvent.__table__
c_ = worktables.cand


def _rank(col: Any) -> Any:
    return case(*[(col == k, v) for k, v in SEVERITY_RANK.items()], else_=0)


def _live() -> Any:
    return func.coalesce(c_.c.suppressed, False).is_(False)


def _events(conn: Connection, sel: Any) -> int:
    # counted from RETURNING: psycopg reports rowcount -1 for INSERT … SELECT, which made the nightly
    # summary say "new 0" on PostgreSQL for findings new that night
    res = conn.execute(
        ev_.insert().from_select(["finding_id", "on", "event", "details", "at"], sel).returning(ev_.c.id)
    )
    return len(res.all())


def merge(
    conn: Connection,
    as_of: dt.date,
    catalog: Catalog,
    scoped_rules: Collection[str] = (),
    due_rules: Collection[str] = (),
) -> dict[str, int]:
    """Apply the candidate table to the findings; return counts of what changed.

    ``scoped_rules``: on an incremental night (``monitor.incremental``) these rules were evaluated for
    the notices of ``worktables.scope`` only. Their open findings on other notices are still there
    (nothing they read changed): they are neither resolved nor left behind, only seen again.
    ``due_rules``: likewise the follow-up and sharing rules evaluated for their projects of
    ``worktables.pscope`` only.
    """
    now = utcnow()
    empty_obj = literal({}, JSON)
    at = literal(now)
    day = literal(as_of)
    rule_ids = [r.rule_id for r in catalog.rules]
    max_before = conn.scalar(select(func.coalesce(func.max(f_.c.id), 0))) or 0
    known = exists(select(1).where(f_.c.key == c_.c.key))

    # new findings
    cols = [
        "key",
        "rule_id",
        "kind",
        "severity",
        "status",
        "domain",
        "notice_type",
        "region",
        "responsible_unit",
        "plan_units",
        "source_key",
        "notice_id",
        "project_id",
        "field",
        "project_number",
        "url",
        "title",
        "message",
        "legal_source",
        "dates",
        "evidence",
        "first_seen_on",
        "last_seen_on",
    ]
    sel = select(
        c_.c.key,
        c_.c.rule_id,
        c_.c.kind,
        c_.c.severity,
        literal("open", String),
        c_.c.domain,
        c_.c.notice_type,
        c_.c.region,
        func.substr(c_.c.responsible_unit, 1, 200),
        c_.c.plan_units,
        c_.c.source_key,
        c_.c.notice_id,
        c_.c.project_id,
        c_.c.field,
        c_.c.project_number,
        c_.c.url,
        func.coalesce(c_.c.title, ""),
        literal("", String),
        literal("", String),
        empty_obj,
        literal([], JSON),
        day,
        day,
    ).where(_live(), ~known)
    conn.execute(f_.insert().from_select(cols, sel))
    opened = _events(
        conn, select(f_.c.id, day, literal("opened", String), empty_obj, at).where(f_.c.id > max_before)
    )

    # reopened
    in_cand = exists(select(1).where(c_.c.key == f_.c.key, _live()))
    reopened = _events(
        conn,
        select(f_.c.id, day, literal("reopened", String), empty_obj, at).where(
            f_.c.status == "resolved", f_.c.first_seen_on <= as_of, in_cand
        ),
    )
    conn.execute(
        update(f_)
        .where(f_.c.status == "resolved", f_.c.first_seen_on <= as_of, in_cand)
        .values(status="open", resolved_on=None, message="")
    )

    # escalated (candidate severity above the finding's)
    higher = exists(
        select(1).where(c_.c.key == f_.c.key, _live(), _rank(c_.c.severity) > _rank(f_.c.severity))
    )
    new_sev = select(c_.c.severity).where(c_.c.key == f_.c.key).scalar_subquery()
    escalated = 0
    esc_ids = [r[0] for r in conn.execute(select(f_.c.id, new_sev).where(f_.c.status == "open", higher))]
    if esc_ids:
        sev_of = dict(conn.execute(select(f_.c.id, new_sev).where(f_.c.id.in_(esc_ids))).all())
        old_of = dict(conn.execute(select(f_.c.id, f_.c.severity).where(f_.c.id.in_(esc_ids))).all())
        conn.execute(
            ev_.insert(),
            [
                {
                    "finding_id": i,
                    "on": as_of,
                    "event": "escalated",
                    "at": now,
                    "details": {"from": old_of[i], "to": sev_of[i]},
                }
                for i in esc_ids
            ],
        )
        conn.execute(
            update(f_).where(f_.c.id.in_(esc_ids)).values(severity=new_sev, escalated_on=as_of, message="")
        )
        escalated = len(esc_ids)

    # the unit mapping was corrected (units.toml): open findings follow it, and their message is rewritten
    unit_of = select(func.substr(c_.c.responsible_unit, 1, 200)).where(c_.c.key == f_.c.key).scalar_subquery()
    plan_of = select(c_.c.plan_units).where(c_.c.key == f_.c.key).scalar_subquery()
    moved = exists(
        select(1).where(
            c_.c.key == f_.c.key,
            _live(),
            or_(
                func.coalesce(func.substr(c_.c.responsible_unit, 1, 200), "")
                != func.coalesce(f_.c.responsible_unit, ""),
                func.coalesce(c_.c.plan_units, "") != func.coalesce(f_.c.plan_units, ""),
            ),
        )
    )
    conn.execute(
        update(f_)
        .where(f_.c.status == "open", moved)
        .values(responsible_unit=unit_of, plan_units=plan_of, message="")
    )

    # still open: last seen (on an incremental night, also the scoped rules' findings outside the scope)
    outside = []
    if scoped_rules:
        outside.append(and_(f_.c.rule_id.in_(sorted(scoped_rules)), ~_in_scope()))
    if due_rules:
        outside.append(and_(f_.c.rule_id.in_(sorted(due_rules)), ~_in_due_scope()))
    not_looked_at = and_(f_.c.first_seen_on <= as_of, or_(*outside)) if outside else false()
    conn.execute(
        update(f_)
        .where(f_.c.status == "open", f_.c.last_seen_on < as_of, or_(in_cand, not_looked_at))
        .values(last_seen_on=as_of)
    )

    # resolved: open findings of this catalog with no candidate (suppressed candidates keep them open)
    gone = and_(
        f_.c.status == "open",
        f_.c.rule_id.in_(rule_ids),
        f_.c.first_seen_on <= as_of,
        ~exists(select(1).where(c_.c.key == f_.c.key)),
        ~not_looked_at,
    )
    resolved = _events(conn, select(f_.c.id, day, literal("resolved", String), empty_obj, at).where(gone))
    conn.execute(update(f_).where(gone).values(status="resolved", resolved_on=as_of))

    _fill_texts(conn, as_of, catalog)
    return {"new": opened, "reopened": reopened, "escalated": escalated, "resolved": resolved}


def _in_scope() -> Any:
    """The finding is about a notice of the night's scope (per-project findings name one of the
    project's notices, and the scope holds whole projects)."""
    sc = worktables.scope
    return exists(select(1).where(sc.c.notice_id == f_.c.notice_id))


def _in_due_scope() -> Any:
    """The finding's rule looked at its project tonight (``_pw_pscope``)."""
    ps = worktables.pscope
    return exists(select(1).where(ps.c.rule_id == f_.c.rule_id, ps.c.project_id == f_.c.project_id))


def _fill_texts(conn: Connection, as_of: dt.date, catalog: Catalog) -> None:
    """Compose message, dates, evidence and legal source for findings that are new or changed."""
    rows = (
        conn.execute(
            select(f_.c.id.label("finding_id"), f_.c.severity.label("fseverity"), *c_.c)
            .select_from(f_.join(c_, c_.c.key == f_.c.key))
            .where(f_.c.message == "")
        )
        .mappings()
        .all()
    )
    if not rows:
        return
    version_ids = {r["version_id"] for r in rows} | {r["version_id2"] for r in rows}
    shas = _shas(conn, [v for v in version_ids if v])
    edits = changed_fields(conn, [dict(r) for r in rows if r["kind"] == "silent_edit"])
    source_names = dict(
        conn.execute(select(Source.key, Source.name)).all()
    )  # the reader sees names, not keys
    updates = []
    for r in rows:
        rule = _rule(catalog, r["rule_id"])
        row = dict(r)
        row["source_name"] = source_names.get(row.get("source_key") or "")
        if row["kind"] == "silent_edit":
            row["field"], row["value1"], row["value2"] = edits.get(row["notice_id"], (None, None, None))
        text = compose(row, rule, catalog, as_of)
        evidence = []
        for url, vid in ((row["url"], row["version_id"]), (row["url2"], row["version_id2"])):
            if url or vid:
                evidence.append({"url": url, "version_id": vid, "sha256": shas.get(vid)})
        if row["kind"] == "silent_edit" and row["version_id2"]:
            evidence = [
                {
                    "url": row["url"],
                    "version_id": row["version_id"],
                    "sha256": shas.get(row["version_id"]),
                    "role": "first",
                },
                {
                    "url": row["url"],
                    "version_id": row["version_id2"],
                    "sha256": shas.get(row["version_id2"]),
                    "role": "changed",
                },
            ]
        updates.append(
            {
                "b_id": row["finding_id"],
                "b_message": text["message"],
                "b_title": text["title"][:500],
                "b_dates": text["dates"],
                "b_evidence": evidence,
                "b_legal": (rule.legal_source if rule else "")[:300],
                "b_field": row["field"],
            }
        )
    stmt = (
        update(f_)
        .where(f_.c.id == bindparam("b_id"))
        .values(
            message=bindparam("b_message"),
            title=bindparam("b_title"),
            dates=bindparam("b_dates", type_=JSON),
            evidence=bindparam("b_evidence", type_=JSON),
            legal_source=bindparam("b_legal"),
            field=bindparam("b_field"),
        )
    )
    for chunk in _chunks(updates, 5000):
        conn.execute(stmt, chunk)


def _rule(catalog: Catalog, rule_id: str):  # type: ignore[no-untyped-def]
    try:
        return catalog.get(rule_id)
    except KeyError:
        return None


def _shas(conn: Connection, ids: list[int]) -> dict[int, str]:
    v = DocumentVersion.__table__
    out: dict[int, str] = {}
    for chunk in _chunks(ids, 900):
        out.update(dict(conn.execute(select(v.c.id, v.c.sha256).where(v.c.id.in_(chunk))).all()))
    return out


def _chunks(items: list, n: int) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]
