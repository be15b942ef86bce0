"""The office's side of the findings lifecycle: states, dismiss/reopen rules, and the append-only trail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from monitor.review import (
    ReviewError,
    audit_rows,
    dismiss,
    ensure_audit_guard,
    list_findings,
    reopen,
    show,
    write_audit,
)
from storage.db import get_engine, init_db, session_scope
from storage.models import AlertSent, Finding

D = dt.date(2026, 3, 2)


def _engine(url: str) -> Engine:
    eng = get_engine(url)
    init_db(eng)
    return eng


def _finding(engine: Engine, key: str, status: str = "open", **kw) -> int:
    with session_scope(engine) as s:
        f = Finding(
            key=key,
            rule_id="r",
            kind="missing_field",
            status=status,
            responsible_unit="市财政局",
            first_seen_on=D,
            last_seen_on=D,
            **kw,
        )
        s.add(f)
        s.flush()
        return f.id


def test_states_and_office_actions(tmp_path: Path) -> None:
    engine = _engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    told = _finding(engine, "a")
    fixed = _finding(engine, "b", status="resolved", resolved_on=D, rectified_on=D)
    gone = _finding(engine, "c", status="resolved", resolved_on=D)
    fresh = _finding(engine, "d")
    with session_scope(engine) as s:
        s.add(AlertSent(finding_id=told, event="opened", recipient="unit:市财政局"))
    states = {f["id"]: f["state"] for f in list_findings(engine, limit=None)}
    assert states == {told: "notified", fixed: "rectified", gone: "resolved", fresh: "open"}
    assert [f["id"] for f in list_findings(engine, state="notified")] == [told]
    with pytest.raises(ReviewError, match="reason"):
        dismiss(engine, fresh, "   ", "办公室")
    with pytest.raises(ReviewError, match="unknown state"):
        list_findings(engine, state="closed")

    dismiss(engine, fixed, "页面为测试数据", "办公室")  # a resolved finding can be exempted too …
    assert show(engine, fixed)["state"] == "dismissed"
    with pytest.raises(ReviewError, match="already dismissed"):
        dismiss(engine, fixed, "again", "办公室")
    reopen(engine, fixed, None, "办公室")  # … and goes back to where it was
    f = show(engine, fixed)
    assert f["status"] == "resolved" and f["state"] == "rectified" and f["dismiss_reason"] is None
    with pytest.raises(ReviewError, match="not dismissed"):
        reopen(engine, fresh, None, "办公室")
    assert [(a["action"], a["from_status"], a["to_status"]) for a in f["audit"]] == [
        ("dismissed", "resolved", "dismissed"),
        ("reopened_by_office", "dismissed", "resolved"),
    ]


def _guard_holds(engine: Engine) -> None:
    fid = _finding(engine, "x")
    with engine.begin() as conn:
        write_audit(
            conn,
            finding_id=fid,
            finding_key="x",
            action="dismissed",
            from_status="open",
            to_status="dismissed",
            on=D,
            actor="办公室",
            reason="理由",
        )
        ensure_audit_guard(conn)  # idempotent
    for stmt in ("DELETE FROM findings_audit", "UPDATE findings_audit SET reason = 'changed'"):
        with pytest.raises(Exception, match="append-only"), engine.begin() as conn:
            conn.execute(text(stmt))
    with engine.begin() as conn:  # nor does deleting the finding take its history along
        conn.execute(text("DELETE FROM findings WHERE id = :i"), {"i": fid})
    assert [a["reason"] for a in audit_rows(engine)] == ["理由"]


def test_audit_trail_is_append_only_on_sqlite(tmp_path: Path) -> None:
    _guard_holds(_engine(f"sqlite:///{tmp_path / 'db.sqlite'}"))


@pytest.mark.postgres
def test_audit_trail_is_append_only_on_postgresql(pg_url: str) -> None:
    engine = _engine(pg_url)
    try:
        _guard_holds(engine)
    finally:
        engine.dispose()
