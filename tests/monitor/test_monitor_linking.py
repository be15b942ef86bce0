"""采购意向 link by name only to the purchase they announce, never to an earlier one of the same name."""

from __future__ import annotations

import datetime as dt

from conftest import Data
from sqlalchemy import Engine, select

import monitor
from storage.db import session_scope
from storage.models import Notice

D = dt.date
NAME = {"project_name": "龙游县住房和城乡建设局监控系统采购项目", "purchaser": "龙游县住房和城乡建设局"}


def _project_of(engine: Engine, notice_id: int) -> int | None:
    with session_scope(engine) as s:
        return s.scalar(select(Notice.project_id).where(Notice.id == notice_id))


def _lead_time(engine: Engine, as_of: dt.date) -> list[dict]:
    monitor.run_checks(engine, as_of)
    return [
        f
        for f in monitor.findings_as_json(engine, as_of)
        if f["rule_id"] == "procurement.intention.lead_time"
    ]


def test_intention_waits_for_its_own_purchase(engine: Engine, data: Data) -> None:
    """Regression (simulation seed 7): an intention published 2026-03-05 was linked by name to an earlier
    project of the same name whose tender was out on 02-24, and reported as 'published after the tender'."""
    old_tender, _ = data.notice(
        "procurement.tender", D(2026, 2, 24), dict(NAME), project_number="LYCG-2026-00371", source="zfcg"
    )
    intention, _ = data.notice("procurement.intention", D(2026, 3, 5), dict(NAME), source="zfcg")
    assert _lead_time(engine, D(2026, 3, 6)) == []
    assert _project_of(engine, intention) is None  # waits: its purchase is not published yet
    new_tender, _ = data.notice(
        "procurement.tender", D(2026, 4, 8), dict(NAME), project_number="LYCG-2026-00454", source="zfcg"
    )
    assert _lead_time(engine, D(2026, 4, 9)) == []  # 34 days ahead: on time
    assert (
        _project_of(engine, intention) == _project_of(engine, new_tender) != _project_of(engine, old_tender)
    )


def test_late_intention_is_still_reported(engine: Engine, data: Data) -> None:
    name = {"project_name": "衢州市第二中学课桌椅采购项目", "purchaser": "衢州市第二中学"}
    _, url = data.notice("procurement.intention", D(2026, 3, 20), dict(name), source="zfcg")
    data.notice(
        "procurement.tender", D(2026, 3, 30), dict(name), project_number="QZCG-2026-0100", source="zfcg"
    )
    fs = _lead_time(engine, D(2026, 3, 31))
    assert [(f["url"], f["dates"]["later_notice"]) for f in fs] == [(url, "2026-03-30")]


def test_intention_without_purchase_gets_own_project_after_waiting(engine: Engine, data: Data) -> None:
    intention, _ = data.notice(
        "procurement.intention",
        D(2026, 1, 5),
        {"project_name": "柯城区医院CT设备采购项目", "purchaser": "柯城区人民医院"},
    )
    monitor.run_checks(engine, D(2026, 3, 1))
    assert _project_of(engine, intention) is None
    monitor.run_checks(engine, D(2026, 7, 10))
    assert _project_of(engine, intention) is not None


CHAIRS = {"project_name": "龙游县民政局课桌椅采购项目", "purchaser": "龙游县民政局"}


def test_intention_skips_a_same_named_purchase_with_another_budget(engine: Engine, data: Data) -> None:
    """Regression (simulation seed 23): an intention of 02-02 (预算 26,300元, 预计 2026-03) linked to another
    课桌椅 purchase of the same purchaser (预算 1,440,300元) whose tender came out on 02-24."""
    intention, _ = data.notice(
        "procurement.intention",
        D(2026, 2, 2),
        {**CHAIRS, "budget": 26300.0, "planned_date": "2026-03"},
        source="zfcg",
    )
    other, _ = data.notice(
        "procurement.tender",
        D(2026, 2, 24),
        {**CHAIRS, "budget": 1440300.0},
        project_number="LYCG-2026-00920",
        source="zfcg",
    )
    assert _lead_time(engine, D(2026, 2, 25)) == []
    assert _project_of(engine, intention) is None
    own, _ = data.notice(
        "procurement.tender",
        D(2026, 3, 9),
        {**CHAIRS, "budget": 26300.0},
        project_number="LYCG-2026-00577",
        source="zfcg",
    )
    assert _lead_time(engine, D(2026, 3, 10)) == []
    assert _project_of(engine, intention) == _project_of(engine, own) != _project_of(engine, other)


def test_intention_waits_for_its_planned_month(engine: Engine, data: Data) -> None:
    early, _ = data.notice(
        "procurement.tender", D(2026, 2, 24), dict(CHAIRS), project_number="A-1", source="zfcg"
    )
    planned, _ = data.notice(
        "procurement.tender", D(2026, 3, 9), dict(CHAIRS), project_number="A-2", source="zfcg"
    )
    intention, _ = data.notice(
        "procurement.intention", D(2026, 2, 2), {**CHAIRS, "planned_date": "2026年3月"}, source="zfcg"
    )
    monitor.run_checks(engine, D(2026, 3, 10))
    assert _project_of(engine, intention) == _project_of(engine, planned) != _project_of(engine, early)


def test_intention_planned_for_next_month_skips_todays_tender(engine: Engine, data: Data) -> None:
    """Regression (simulation seed 31): an intention of 03-02 (预计 2026-04, 预算 1,459,500元) linked to a
    same-named purchase (预算 1,468,800元) whose tender came out the same day."""
    pcs = {"project_name": "柯城区农业农村局办公电脑采购项目", "purchaser": "柯城区农业农村局"}
    data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        {**pcs, "budget": 1468800.0},
        project_number="KCCG-2026-01678",
        source="zfcg",
    )
    intention, _ = data.notice(
        "procurement.intention",
        D(2026, 3, 2),
        {**pcs, "budget": 1459500.0, "planned_date": "2026-04"},
        source="zfcg",
    )
    assert _lead_time(engine, D(2026, 3, 3)) == [] and _project_of(engine, intention) is None
    own, _ = data.notice(
        "procurement.tender",
        D(2026, 4, 2),
        {**pcs, "budget": 1459500.0},
        project_number="KCCG-2026-01383",
        source="zfcg",
    )
    assert _lead_time(engine, D(2026, 4, 3)) == [] and _project_of(engine, intention) == _project_of(
        engine, own
    )


def test_land_notices_differing_only_in_their_number_are_different_projects(
    engine: Engine, data: Data
) -> None:
    """Regression (simulation seed 31): 江山 land notices without a project number were linked by fuzzy
    tokens into one project, so a parcel never shared to zjggzy was covered by another parcel's copy."""
    title = "江山市国有建设用地使用权挂牌出让公告（江山2026-{}号）"
    for n in (955, 1357):
        for source in ("jiangshan", "zjggzy"):
            data.notice(
                "land.transfer_notice", D(2026, 1, 20), title=title.format(n), source=source, region="330881"
            )
    _, url = data.notice(
        "land.transfer_notice", D(2026, 2, 2), title=title.format(1394), source="jiangshan", region="330881"
    )
    monitor.run_checks(engine, D(2026, 2, 4))
    fs = [f for f in monitor.findings_as_json(engine, D(2026, 2, 4)) if f["kind"] == "not_shared"]
    assert [(f["url"], f["responsible_unit"]) for f in fs] == [(url, "江山市人民政府")]
    with session_scope(engine) as s:
        projects = dict(s.execute(select(Notice.title, Notice.project_id)).all())
    assert len(set(projects.values())) == 3
