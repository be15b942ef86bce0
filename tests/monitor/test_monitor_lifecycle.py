"""Findings lifecycle: idempotent nights, self-resolution, reopening, escalation, outage nights."""

from __future__ import annotations

import datetime as dt

from conftest import Data
from sqlalchemy import Engine, select

import monitor
from storage.db import session_scope
from storage.models import Finding, FindingEvent, Notice, NoticeField

D = dt.date


def events(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as c:
        return [
            (e, o.isoformat())
            for e, o in c.execute(select(FindingEvent.event, FindingEvent.on).order_by(FindingEvent.id))
        ]


def snapshot(engine: Engine) -> list[tuple]:
    with engine.connect() as c:
        return [tuple(r) for r in c.execute(select(Finding.__table__).order_by(Finding.id))]


def test_rerunning_a_night_changes_nothing(engine: Engine, data: Data) -> None:
    data.notice(
        "procurement.result",
        D(2026, 3, 20),
        {"award_date": "2026-03-02"},
        project_number="P-1",
        source="zfcg",
        omit=("experts",),
    )
    first = monitor.run_checks(engine, D(2026, 4, 1))
    assert first["new"] == 2 and first["by_kind"] == {"late_posting": 1, "missing_field": 1}
    snap, evs = snapshot(engine), events(engine)
    again = monitor.run_checks(engine, D(2026, 4, 1))
    assert again["new"] == 0 and again["resolved"] == 0
    assert snapshot(engine) == snap and events(engine) == evs


def test_fixed_gap_resolves_and_can_reopen(engine: Engine, data: Data) -> None:
    nid, _ = data.notice(
        "procurement.result",
        D(2026, 3, 3),
        {"award_date": "2026-03-02"},
        project_number="P-1",
        source="zfcg",
        omit=("experts",),
    )
    monitor.run_checks(engine, D(2026, 3, 4))
    assert [f["field"] for f in monitor.findings_as_json(engine, D(2026, 3, 4))] == ["experts"]
    with session_scope(engine) as s:  # the page was corrected: the expert list is there now
        s.add(NoticeField(notice_id=nid, key="experts", value_text="张三；李四"))
    res = monitor.run_checks(engine, D(2026, 3, 5))
    assert res["resolved"] == 1 and monitor.findings_as_json(engine, D(2026, 3, 5)) == []
    with session_scope(engine) as s:
        f = s.scalar(select(Finding))
        assert (f.status, f.resolved_on) == ("resolved", D(2026, 3, 5))
    # the finding is still listed as open on the earlier night
    assert len(monitor.findings_as_json(engine, D(2026, 3, 4))) == 1
    with session_scope(engine) as s:
        s.query(NoticeField).filter_by(notice_id=nid, key="experts").delete()
    res = monitor.run_checks(engine, D(2026, 3, 6))
    assert res["reopened"] == 1
    assert [e for e, _ in events(engine)] == ["opened", "resolved", "reopened"]


def test_missing_posting_escalates_when_long_overdue(engine: Engine, data: Data) -> None:
    data.notice(
        "procurement.result",
        D(2026, 2, 2),
        {"award_date": "2026-01-30", "experts": ["x"]},
        project_number="P-1",
        source="zfcg",
    )
    monitor.run_checks(engine, D(2026, 3, 9))  # due 2026-03-06
    [f] = monitor.findings_as_json(engine, D(2026, 3, 9))
    assert f["severity"] == "violation"
    monitor.run_checks(engine, D(2026, 3, 24))  # 12 working days overdue > 10
    [f] = monitor.findings_as_json(engine, D(2026, 3, 24))
    assert f["severity"] == "serious" and f["escalated_on"] == "2026-03-24"
    assert [e for e, _ in events(engine)] == ["opened", "escalated"]


def test_outage_nights_produce_no_missing_posting_findings(engine: Engine, data: Data) -> None:
    data.notice(
        "construction.tender",
        D(2026, 3, 2),
        {"bid_deadline": "2026-03-30"},
        project_number="G-1",
        source="kecheng",
    )
    data.notice(
        "procurement.result",
        D(2026, 2, 2),
        {"award_date": "2026-01-30", "experts": ["x"]},
        project_number="P-1",
        source="zfcg",
    )
    data.health(D(2026, 3, 8), "zfcg", complete=False)
    data.health(D(2026, 3, 8), "zjggzy", complete=False)
    fs = monitor.findings_as_json(engine, D(2026, 3, 8)) if monitor.run_checks(engine, D(2026, 3, 8)) else []
    assert [f for f in fs if f["kind"] in ("missing_followup", "not_shared")] == []
    # once the sources are crawled completely again the gaps are reported
    for night in (D(2026, 3, 9), D(2026, 3, 10), D(2026, 3, 11), D(2026, 3, 12)):
        data.health(night, "zfcg", complete=True)
        data.health(night, "zjggzy", complete=True)
    monitor.run_checks(engine, D(2026, 3, 12))
    kinds = sorted(f["kind"] for f in monitor.findings_as_json(engine, D(2026, 3, 12)))
    assert kinds == ["missing_followup", "not_shared"]
    # a new outage keeps the open findings open (neither resolved nor duplicated)
    data.health(D(2026, 3, 13), "zfcg", complete=False)
    data.health(D(2026, 3, 13), "zjggzy", complete=False)
    res = monitor.run_checks(engine, D(2026, 3, 13))
    assert res["resolved"] == 0 and res["open"] == 2


def test_project_linking_across_platforms_and_without_number(engine: Engine, data: Data) -> None:
    a, _ = data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        {"project_name": "衢州市第一中学课桌椅采购项目", "purchaser": "衢州市第一中学"},
        project_number="QZCG-1",
    )
    b, _ = data.notice(
        "procurement.result",
        D(2026, 3, 20),
        {"project_name": "衢州市第一中学课桌椅采购项目", "purchaser": "衢州市第一中学"},
        project_number=" qzcg-1 ",
        source="zjggzy",
    )
    c, _ = data.notice(
        "procurement.intention",
        D(2026, 1, 5),
        {"project_name": "衢州市第一中学课桌椅采购项目", "purchaser": "衢州市第一中学"},
    )
    d, _ = data.notice(
        "procurement.intention",
        D(2026, 1, 5),
        {"project_name": "衢州市第一中学课桌椅及讲台采购项目", "purchaser": "衢州市第一中学"},
    )
    e, _ = data.notice(
        "procurement.intention",
        D(2026, 1, 5),
        {"project_name": "柯城区医院CT设备采购项目", "purchaser": "柯城区人民医院"},
    )
    res = monitor.run_checks(engine, D(2026, 3, 21))
    assert res["links"]["by_number"] == 2
    with session_scope(engine) as s:
        pid = {n.id: n.project_id for n in s.scalars(select(Notice))}
        from storage.models import ProjectLink

        method = {link.notice_id: (link.method, link.confidence) for link in s.scalars(select(ProjectLink))}
    assert pid[a] == pid[b] == pid[c] and pid[e] != pid[a]
    assert method[c] == ("name_purchaser", 0.9)
    assert method[d][0] in ("fuzzy_tokens", "name_purchaser")
    if method[d][0] == "fuzzy_tokens":
        assert pid[d] == pid[a] and method[d][1] < 0.8
