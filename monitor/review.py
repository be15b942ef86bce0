"""The office's side of the findings lifecycle: dismiss (an exemption), reopen, list, show — and the
append-only audit trail (``findings_audit``) that records every change, automatic or by hand.

States a person sees (``lifecycle_state``), derived from the stored columns so the nightly merge
(``monitor.lifecycle``) keeps working on ``status`` alone:

- ``open`` 未整改（未通知）: detected, no digest told anyone yet;
- ``notified`` 已通知待整改: still open, a digest told its unit or the office (``alerts_sent``);
- ``rectified`` 已整改: resolved, and ``monitor.rectify`` found the fix and its date;
- ``resolved`` 已消除: resolved, but no fix was found (the notice went away, a rule changed …);
- ``dismissed`` 已排除: exempted by the office, with reason, who and when. The nightly merge never
  touches a dismissed finding (it only reopens ``resolved`` and only resolves ``open``), so a
  dismissal survives any re-run of a night; dashboards and scores leave it out.

Why triggers on ``findings_audit``: the 考核 and the year-end report rest on that trail, so an UPDATE
or DELETE is refused by the database itself, not only by this code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Engine, func, select, update

from storage.models import AlertSent, Finding, FindingAudit, FindingEvent, utcnow
from vocabulary import RECTIFICATION_STATES
from vocabulary.dates import as_date

a_ = FindingAudit.__table__
f_ = Finding.__table__
e_ = FindingEvent.__table__

STATE_LABELS: dict[str, str] = RECTIFICATION_STATES
ACTION_LABELS: dict[str, str] = {
    "opened": "发现",
    "escalated": "升级",
    "resolved": "不再检出",
    "reopened": "再次出现",
    "rectified": "确认整改",
    "dismissed": "排除",
    "reopened_by_office": "撤销排除",
}
MAX_REASON = 2000


class ReviewError(ValueError):
    """A dismissal or reopening that cannot be done; the message says why (Chinese and English)."""


def lifecycle_state(status: str | None, rectified_on: Any, notified: Any) -> str:
    """The person-facing state of a finding (see the module docstring)."""
    if status == "dismissed":
        return "dismissed"
    if status == "resolved":
        return "rectified" if rectified_on else "resolved"
    return "notified" if notified else "open"


# --- the audit trail -------------------------------------------------------------------------------


def ensure_audit_guard(conn: Connection) -> None:
    """Install (idempotently) the triggers that refuse UPDATE and DELETE on ``findings_audit``."""
    if conn.dialect.name == "sqlite":
        for op in ("UPDATE", "DELETE"):
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS findings_audit_no_{op.lower()} BEFORE {op} ON findings_audit "
                "BEGIN SELECT RAISE(ABORT, 'findings_audit is append-only'); END"
            )
    elif conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION pubwatch_findings_audit_readonly() RETURNS trigger AS $$ "
            "BEGIN RAISE EXCEPTION 'findings_audit is append-only'; END $$ LANGUAGE plpgsql"
        )
        conn.exec_driver_sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'findings_audit_readonly') THEN "
            "CREATE TRIGGER findings_audit_readonly BEFORE UPDATE OR DELETE ON findings_audit "
            "FOR EACH ROW EXECUTE FUNCTION pubwatch_findings_audit_readonly(); END IF; END $$"
        )


def write_audit(
    conn: Connection,
    *,
    finding_id: int,
    finding_key: str,
    action: str,
    from_status: str | None,
    to_status: str | None,
    on: dt.date,
    actor: str,
    reason: str | None = None,
    details: dict[str, Any] | None = None,
    event_id: int | None = None,
) -> None:
    """Append one row to the audit trail."""
    ensure_audit_guard(conn)
    conn.execute(
        a_.insert().values(
            finding_id=finding_id,
            finding_key=finding_key[:300],
            event_id=event_id,
            action=action,
            from_status=from_status,
            to_status=to_status,
            on=on,
            at=utcnow(),
            actor=actor[:200],
            reason=reason,
            details=details or {},
        )
    )


_EVENT_STATUS = {
    "opened": (None, "open"),
    "escalated": ("open", "open"),
    "resolved": ("open", "resolved"),
    "reopened": ("resolved", "open"),
}


def sync_audit(conn: Connection) -> int:
    """Copy the nightly merge's ``finding_events`` not yet in the trail (idempotent: keyed on event id)."""
    ensure_audit_guard(conn)
    done = select(a_.c.event_id).where(a_.c.event_id.is_not(None))
    last = conn.scalar(select(func.max(a_.c.event_id))) or 0
    rows = conn.execute(
        select(e_.c.id, e_.c.finding_id, f_.c.key, e_.c.event, e_.c.on, e_.c.at, e_.c.details)
        .select_from(e_.join(f_, f_.c.id == e_.c.finding_id))
        .where(e_.c.id > last, e_.c.id.not_in(done))
        .order_by(e_.c.id)
    ).all()
    if rows:
        conn.execute(
            a_.insert(),
            [
                {
                    "finding_id": fid,
                    "finding_key": key[:300],
                    "event_id": eid,
                    "action": ev,
                    "from_status": _EVENT_STATUS.get(ev, (None, None))[0],
                    "to_status": _EVENT_STATUS.get(ev, (None, None))[1],
                    "on": on,
                    "at": at,
                    "actor": "pubwatch",
                    "reason": None,
                    "details": details or {},
                }
                for eid, fid, key, ev, on, at, details in rows
            ],
        )
    return len(rows)


def audit_rows(engine: Engine, finding_ids: Iterable[int] | None = None) -> list[dict[str, Any]]:
    """The trail, oldest first (of some findings, or all)."""
    q = select(a_).order_by(a_.c.id)
    if finding_ids is not None:
        q = q.where(a_.c.finding_id.in_(list(finding_ids)))
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(q).mappings()]


# --- the office's actions -------------------------------------------------------------------------


def _finding(conn: Connection, finding_id: int) -> dict[str, Any]:
    row = conn.execute(select(f_).where(f_.c.id == finding_id)).mappings().first()
    if row is None:
        raise ReviewError(f"没有编号为 {finding_id} 的问题 (no finding with id {finding_id})")
    return dict(row)


def check_reason(reason: str | None, required: bool) -> str | None:
    text = " ".join((reason or "").split())
    if required and not text:
        raise ReviewError("排除问题须说明理由 (a dismissal needs --reason TEXT)")
    if len(text) > MAX_REASON:
        raise ReviewError(f"理由过长，最多 {MAX_REASON} 字 (reason longer than {MAX_REASON} characters)")
    return text or None


def dismiss(
    engine: Engine, finding_id: int, reason: str | None, by: str, on: dt.date | None = None
) -> dict[str, Any]:
    """Exempt a finding: it leaves counts and scores, and stays exempt through every later night."""
    text = check_reason(reason, required=True)
    who = " ".join((by or "").split())[:200]
    if not who:
        raise ReviewError("请用 --by 说明是谁排除的 (--by NAME is empty)")
    day = on or dt.date.today()
    with engine.begin() as conn:
        f = _finding(conn, finding_id)
        if f["status"] == "dismissed":
            raise ReviewError(f"问题 {finding_id} 已被排除 (finding {finding_id} is already dismissed)")
        now = utcnow()
        conn.execute(
            update(f_)
            .where(f_.c.id == finding_id)
            .values(status="dismissed", dismiss_reason=text, dismissed_by=who, dismissed_at=now)
        )
        write_audit(
            conn,
            finding_id=finding_id,
            finding_key=f["key"],
            action="dismissed",
            from_status=f["status"],
            to_status="dismissed",
            on=day,
            actor=who,
            reason=text,
        )
    return {"id": finding_id, "from": f["status"], "to": "dismissed", "reason": text, "by": who}


def reopen(
    engine: Engine, finding_id: int, reason: str | None, by: str, on: dt.date | None = None
) -> dict[str, Any]:
    """Withdraw a dismissal: the finding returns to the state it had (the next night re-checks it)."""
    text = check_reason(reason, required=False)
    who = " ".join((by or "").split())[:200] or "unknown"
    day = on or dt.date.today()
    with engine.begin() as conn:
        f = _finding(conn, finding_id)
        if f["status"] != "dismissed":
            raise ReviewError(
                f"问题 {finding_id} 未被排除，无需撤销 (finding {finding_id} is {f['status']}, "
                "not dismissed; only a dismissal can be withdrawn)"
            )
        before = conn.scalar(
            select(a_.c.from_status)
            .where(a_.c.finding_id == finding_id, a_.c.action == "dismissed")
            .order_by(a_.c.id.desc())
            .limit(1)
        )
        back = before if before in ("open", "resolved") else "open"
        conn.execute(
            update(f_)
            .where(f_.c.id == finding_id)
            .values(status=back, dismiss_reason=None, dismissed_by=None, dismissed_at=None)
        )
        write_audit(
            conn,
            finding_id=finding_id,
            finding_key=f["key"],
            action="reopened_by_office",
            from_status="dismissed",
            to_status=back,
            on=day,
            actor=who,
            reason=text,
        )
    return {"id": finding_id, "from": "dismissed", "to": back, "reason": text, "by": who}


# --- reading -------------------------------------------------------------------------------------


def notified_on(conn: Connection, ids: list[int] | None = None) -> dict[int, dt.date]:
    """First day a digest told anyone about each finding (``alerts_sent``)."""
    s_ = AlertSent.__table__
    q = select(s_.c.finding_id, func.min(s_.c.at)).group_by(s_.c.finding_id)
    if ids is not None:
        q = q.where(s_.c.finding_id.in_(ids))
    out: dict[int, dt.date] = {}
    for fid, at in conn.execute(q):
        if at is not None:
            out[fid] = as_date(at)
    return out


def list_findings(
    engine: Engine, *, state: str | None = None, unit: str | None = None, limit: int | None = 200
) -> list[dict[str, Any]]:
    """Findings with their person-facing state, newest first; filter by state and 责任单位."""
    if state is not None and state not in STATE_LABELS:
        raise ReviewError(f"未知的状态 (unknown state) {state!r}; 可用 known: {', '.join(STATE_LABELS)}")
    q = select(
        f_.c.id,
        f_.c.kind,
        f_.c.severity,
        f_.c.status,
        f_.c.responsible_unit,
        f_.c.title,
        f_.c.rule_id,
        f_.c.first_seen_on,
        f_.c.resolved_on,
        f_.c.rectified_on,
        f_.c.dismiss_reason,
        f_.c.dismissed_by,
    )
    if unit:
        q = q.where(f_.c.responsible_unit == unit)
    want = {
        "open": ["open"],
        "notified": ["open"],
        "rectified": ["resolved"],
        "resolved": ["resolved"],
        "dismissed": ["dismissed"],
    }.get(state or "", None)
    if want:
        q = q.where(f_.c.status.in_(want))
    q = q.order_by(f_.c.first_seen_on.desc(), f_.c.id.desc())
    out = []
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(q).mappings()]
        told = notified_on(conn)
    for r in rows:
        r["state"] = lifecycle_state(r["status"], r["rectified_on"], told.get(r["id"]))
        r["notified_on"] = told.get(r["id"])
        if state and r["state"] != state:
            continue
        out.append(r)
        if limit is not None and len(out) >= limit:
            break
    return out


def show(engine: Engine, finding_id: int) -> dict[str, Any]:
    """One finding with its state, rectification and whole audit trail."""
    with engine.connect() as conn:
        f = _finding(conn, finding_id)
        told = notified_on(conn, [finding_id]).get(finding_id)
    f["notified_on"] = told
    f["state"] = lifecycle_state(f["status"], f["rectified_on"], told)
    f["audit"] = audit_rows(engine, [finding_id])
    return f
