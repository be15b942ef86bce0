"""The same checks on PostgreSQL (a throw-away database on the local server)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import Data

import monitor
from storage.db import get_engine, init_db

D = dt.date


@pytest.mark.postgres
def test_checks_and_lifecycle_on_postgresql(pg_url: str) -> None:
    engine = get_engine(pg_url)
    try:
        init_db(engine)
        data = Data(engine)
        data.notice(
            "procurement.result",
            D(2026, 2, 24),
            {"award_date": "2026-02-12", "amount": 100.0},
            project_number="P-1",
            source="zfcg",
            omit=("experts",),
        )
        data.notice(
            "procurement.contract",
            D(2026, 3, 2),
            {"sign_date": "2026-02-27", "contract_amount": 120.0, "spec_model": "A"},
            project_number="P-1",
            source="zfcg",
        )
        data.notice(
            "construction.tender",
            D(2026, 3, 2),
            {"bid_deadline": "2026-03-24"},
            project_number="G-1",
            source="kecheng",
        )
        data.notice(
            "procurement.single_source",
            D(2026, 3, 2),
            {"publicity_start": "2026-03-02", "publicity_end": "2026-03-09", "expert_opinion": "x"},
            project_number="S-1",
            removed_at=D(2026, 3, 5),
        )
        v1 = "<p>最高限价：1,000,000.00元</p>"
        data.notice(
            "construction.tender",
            D(2026, 3, 2),
            {"bid_deadline": "2026-03-24"},
            project_number="G-5",
            source="zjggzy",
            bodies=[(D(2026, 3, 2), v1), (D(2026, 3, 9), v1.replace("1,000", "1,100"))],
        )
        data.notice(
            "construction.tender",
            D(2026, 3, 2),
            {"bid_deadline": "2026-03-24"},
            project_number="G-2",
            source="zjggzy",
            bodies=[(D(2026, 3, 2), v1), (D(2026, 3, 9), v1.replace("1,000", "900"))],
        )
        data.notice("construction.correction", D(2026, 3, 6), {}, project_number="G-2", source="zjggzy")
        data.notice(
            "admin.penalty",
            D(2026, 3, 5),
            {"decision_date": "2026-03-04", "enforcement_agency": "衢州市市场监督管理局"},
            omit=("penalty_basis",),
        )
        data.notice(
            "procurement.result",
            D(2026, 3, 5),
            {"award_date": "2026-03-04"},
            project_number="P-2",
            source="qujiang",
            region="330803",
            omit=("experts",),
        )
        data.series("land.supply_plan", D(2026, 1, 5), 3, 8, source="kaihua", channel="land", prefix="K")
        for i in range(60):
            data.health(D(2026, 1, 30) + dt.timedelta(days=i), "kaihua", complete=True, channel="land")
        res = monitor.run_checks(engine, D(2026, 4, 20))
        assert res["by_kind"] == {
            "channel_silent": 1,
            "late_posting": 1,
            "missing_field": 3,
            "missing_followup": 4,
            "not_shared": 1,
            "removed_early": 1,
            "silent_edit": 1,
            "value_mismatch": 1,
        }
        again = monitor.run_checks(engine, D(2026, 4, 20))
        assert again["new"] == 0 and again["open"] == res["open"]
        fs = monitor.findings_as_json(engine, D(2026, 4, 20))
        late = next(f for f in fs if f["kind"] == "late_posting")
        assert late["dates"]["deadline"] == "2026-02-14"
        assert [f["project_number"] for f in fs if f["kind"] == "silent_edit"] == ["G-5"]
        units = {
            (f["notice_type"], f["project_number"]): f["responsible_unit"]
            for f in fs
            if f["kind"] == "missing_field"
        }
        assert units == {
            ("procurement.result", "P-1"): "市财政局",
            ("procurement.result", "P-2"): "衢江区人民政府",
            ("admin.penalty", None): "市市场监督管理局",
        }  # the directory's canonical name
    finally:
        engine.dispose()
