"""整改: when a finding resolves, find what fixed it and when, so time-to-rectify is known.

Why after the merge: ``monitor.lifecycle.merge`` resolves a finding the night its gap is no longer
detected, but that night is when pubwatch *noticed*, not when the unit acted, and a gap can also
vanish for reasons that are no rectification at all (the notice was taken down, the rule changed).
So for each finding resolved tonight this module looks for the fix on the platform:

- a follow-up notice (``missing_followup``): the earliest notice of the rule's ``then`` types in the
  project → its publish date;
- a copy on the provincial platform (``not_shared``): that copy's publish date;
- a later version of the same notice (every notice-level kind: a missing item added, a period
  corrected): the first stored version after the one the finding cited → the night it was fetched;
- a correction notice (更正公告) of the project published on or after the finding was first seen.

Found: ``rectified_on`` and ``rectification`` (how, notice, version, URL, sha256 — evidence like the
finding's own) are set and a ``rectified`` row goes to ``findings_audit``. Not found: the finding
stays ``resolved`` with ``rectification = {"how": "gone"}`` and counts as gone, not as rectified.
A finding that reopens loses its ``rectified_on`` (the audit trail keeps the earlier one).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, and_, func, select, update

from monitor.catalog import Catalog
from storage.models import Document, DocumentVersion, Finding, Notice
from vocabulary.dates import as_date

f_ = Finding.__table__
n_ = Notice.__table__
v_ = DocumentVersion.__table__
d_ = Document.__table__

HOW_LABELS: dict[str, str] = {
    "followup_notice": "已发布后续公告",
    "provincial_copy": "已同步至省平台",
    "later_version": "原公告已修改补正",
    "correction_notice": "已发布更正公告",
    "gone": "问题已消除（未找到整改依据）",
}


def record_rectifications(conn: Connection, as_of: dt.date, catalog: Catalog) -> dict[str, int]:
    """Set ``rectified_on``/``rectification`` of the findings resolved on ``as_of``; returns counts by how."""
    from monitor.review import write_audit

    # a reopened finding was not rectified after all: forget the date (findings_audit keeps it)
    conn.execute(
        update(f_)
        .where(f_.c.status == "open", f_.c.rectified_on.is_not(None))
        .values(rectified_on=None, rectification={})
    )
    rows = (
        conn.execute(
            select(
                f_.c.id,
                f_.c.key,
                f_.c.kind,
                f_.c.rule_id,
                f_.c.notice_id,
                f_.c.project_id,
                f_.c.notice_type,
                f_.c.evidence,
                f_.c.first_seen_on,
            ).where(f_.c.status == "resolved", f_.c.resolved_on == as_of, f_.c.rectified_on.is_(None))
        )
        .mappings()
        .all()
    )
    counts: dict[str, int] = {}
    for r in rows:
        fix = _find_fix(conn, dict(r), as_of, catalog)
        how = fix["how"] if fix else "gone"
        counts[how] = counts.get(how, 0) + 1
        if fix is None:
            conn.execute(update(f_).where(f_.c.id == r["id"]).values(rectification={"how": "gone"}))
            continue
        day = fix.pop("date")
        fix["date"] = day.isoformat()
        conn.execute(update(f_).where(f_.c.id == r["id"]).values(rectified_on=day, rectification=fix))
        write_audit(
            conn,
            finding_id=r["id"],
            finding_key=r["key"],
            action="rectified",
            from_status="resolved",
            to_status="resolved",
            on=as_of,
            actor="pubwatch",
            reason=HOW_LABELS.get(fix["how"]),
            details=fix,
        )
    return counts


def _find_fix(conn: Connection, f: dict[str, Any], as_of: dt.date, catalog: Catalog) -> dict[str, Any] | None:
    try:
        rule = catalog.get(f["rule_id"])
    except KeyError:
        rule = None
    params = rule.params if rule else {}
    check = rule.check if rule else ""
    pid = f["project_id"]
    if pid is not None and check == "followup" and params.get("then"):
        fix = _first_notice(conn, and_(n_.c.project_id == pid, n_.c.notice_type.in_(params["then"])), as_of)
        if fix:
            return fix | {"how": "followup_notice"}
    if pid is not None and check == "shared" and params.get("platform"):
        fix = _first_notice(
            conn,
            and_(
                n_.c.project_id == pid,
                n_.c.source_key == params["platform"],
                n_.c.notice_type == f["notice_type"],
            ),
            as_of,
        )
        if fix:
            return fix | {"how": "provincial_copy"}
    if f["notice_id"] is not None:
        fix = _later_version(conn, f, as_of)
        if fix:
            return fix
    if pid is not None:
        fix = _first_notice(
            conn,
            and_(
                n_.c.project_id == pid,
                n_.c.notice_type.like("%.correction"),
                n_.c.publish_date >= f["first_seen_on"],
            ),
            as_of,
        )
        if fix:
            return fix | {"how": "correction_notice"}
    return None


def _first_notice(conn: Connection, cond: Any, as_of: dt.date) -> dict[str, Any] | None:
    row = conn.execute(
        select(n_.c.id, n_.c.publish_date, n_.c.url, n_.c.version_id, v_.c.sha256)
        .select_from(n_.outerjoin(v_, v_.c.id == n_.c.version_id))
        .where(cond, n_.c.publish_date.is_not(None), n_.c.publish_date <= as_of)
        .order_by(n_.c.publish_date, n_.c.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    return {"notice_id": row[0], "date": row[1], "url": row[2], "version_id": row[3], "sha256": row[4]}


def _later_version(conn: Connection, f: dict[str, Any], as_of: dt.date) -> dict[str, Any] | None:
    """The first stored version of the finding's notice after the one its evidence cites."""
    cited = [e.get("version_id") for e in (f["evidence"] or []) if isinstance(e, dict)]
    cited_ids = [int(v) for v in cited if isinstance(v, int) or (isinstance(v, str) and v.isdigit())]
    doc = conn.scalar(select(n_.c.document_id).where(n_.c.id == f["notice_id"]))
    if doc is None or not cited_ids:
        return None
    row = conn.execute(
        select(v_.c.id, func.coalesce(v_.c.fetched_on, func.date(v_.c.fetched_at)), v_.c.url, v_.c.sha256)
        .where(
            v_.c.document_id == doc, v_.c.id > max(cited_ids), func.coalesce(v_.c.fetched_on, as_of) <= as_of
        )
        .order_by(v_.c.id)
        .limit(1)
    ).first()
    if row is None:
        return None
    day = as_date(row[1])
    return {
        "how": "later_version",
        "notice_id": f["notice_id"],
        "version_id": row[0],
        "date": day,
        "url": row[2],
        "sha256": row[3],
    }
