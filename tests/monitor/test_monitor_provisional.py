"""Deadlines that run from 2026 (official) into 2027 (not yet announced): certain, provisional or on time."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import Data
from sqlalchemy import Engine

import monitor
from monitor.workdays import deadline_bounds, default_calendar, year_status

D = dt.date


def test_2027_is_provisional_and_bounds_cross_the_new_year() -> None:
    cal = default_calendar()
    assert year_status(cal, 2026) == "official" and year_status(cal, 2027) == "provisional"
    assert year_status(cal, 2101) == "unknown"
    # award on Wed 2026-12-30, 2 working days: Thu 12-31 is official; 2027-01-01 (元旦) is off for certain;
    # the weekend after may be a make-up working day (earliest) or the break may run to Sunday (latest)
    b = deadline_bounds(cal, D(2026, 12, 30), wd=2)
    assert (b.earliest, b.latest) == (D(2027, 1, 2), D(2027, 1, 4)) and not b.exact
    # wholly inside 2026 the bounds are the official deadline
    assert deadline_bounds(cal, D(2026, 12, 1), wd=5).exact


@pytest.mark.parametrize(
    ("published", "outcome"),
    [(D(2027, 1, 8), "certain"), (D(2027, 1, 4), "provisional"), (D(2027, 1, 2), "on_time")],
)
def test_a_posting_across_2026_12_31_is_late_for_certain_provisional_or_on_time(
    engine: Engine, data: Data, published: dt.date, outcome: str
) -> None:
    data.notice("procurement.result", published, {"award_date": "2026-12-30"}, source="zfcg")
    summary = monitor.run_checks(engine, published + dt.timedelta(days=2))
    late = [
        f
        for f in monitor.findings_as_json(engine, published + dt.timedelta(days=2))
        if f["kind"] == "late_posting"
    ]
    if outcome == "on_time":
        assert late == [] and summary["unknown_calendar"]["not_late"] >= 1
        return
    (f,) = late
    assert "日历未知" not in f["message"]
    if outcome == "certain":
        assert f["severity"] == "violation" and f["dates"]["deadline"] == "2027-01-04"
        assert "待官方日历确认" not in f["message"] and "已逾期" in f["message"]
    else:
        assert f["severity"] == "info" and f["dates"]["calendar"] == "provisional"
        assert f["dates"]["deadline_earliest"] == "2027-01-02" and f["dates"]["deadline"] == "2027-01-04"
        assert "待官方日历确认" in f["message"] and "不计入及时率" in f["message"]


def test_provisional_findings_are_left_out_of_timeliness(engine: Engine, data: Data) -> None:
    from dashboards.metrics import compute

    for n, day in enumerate((D(2027, 1, 4), D(2027, 1, 8), D(2026, 12, 31))):  # provisional, late, on time
        data.notice(
            "procurement.result", day, {"award_date": "2026-12-30"}, source="zfcg", project_number=f"P-{n}"
        )
    monitor.run_checks(engine, D(2027, 1, 10))
    total = compute(engine, timed_types=["procurement.result"]).total
    assert total.open_findings == 2
    assert total.timed == 2 and total.late == 1 and total.timeliness == 0.5  # the provisional one is out
