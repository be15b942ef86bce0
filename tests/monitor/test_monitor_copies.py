"""One finding per gap: a notice shared to several platforms gives one finding, to one unit."""

from __future__ import annotations

import datetime as dt

from conftest import Data
from sqlalchemy import Engine

import monitor

D = dt.date
AS_OF = D(2026, 3, 20)


def test_platform_copies_of_one_notice_give_one_finding_routed_once(engine: Engine, data: Data) -> None:
    title = "柯城区某企业排污权交易结果公告"
    # the county's own copy, the city platform's copy (city region code) and the province's (no region)
    _, county = data.notice(
        "emission.deal_result",
        D(2026, 3, 5),
        title=title,
        region="330802",
        source="kecheng",
        project_number="PW-2026-01",
        omit=("winner",),
    )
    data.notice(
        "emission.deal_result",
        D(2026, 3, 5),
        title=title,
        region="330800",
        source="qz_hanweb",
        project_number="PW-2026-01",
        omit=("winner",),
    )
    data.notice(
        "emission.deal_result",
        D(2026, 3, 6),
        title=title,
        region="330800",
        source="zjggzy",
        project_number="PW-2026-01",
        omit=("winner",),
    )
    # a different notice with the same gap is its own finding
    _, other = data.notice(
        "emission.deal_result",
        D(2026, 3, 5),
        title="另一排污权交易结果公告",
        region="330800",
        source="qz_hanweb",
        omit=("winner",),
    )
    summary = monitor.run_checks(engine, AS_OF)
    found = [f for f in monitor.findings_as_json(engine, AS_OF) if f["kind"] == "missing_field"]
    assert summary["copies_collapsed"] == 2
    by_url = {f["url"]: f for f in found}
    assert set(by_url) == {county, other}
    assert by_url[county]["responsible_unit"] == "柯城区人民政府"  # the county's copy decides the unit
    assert by_url[other]["responsible_unit"] == "市生态环境局"
    # the next night changes nothing: the same copy is kept, no finding churns
    monitor.run_checks(engine, AS_OF + dt.timedelta(days=1))
    again = [
        f
        for f in monitor.findings_as_json(engine, AS_OF + dt.timedelta(days=1))
        if f["kind"] == "missing_field"
    ]
    assert sorted(f["id"] for f in again) == sorted(f["id"] for f in found)
