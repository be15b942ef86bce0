"""The dashboard's period comparison: this period against the previous one, per 责任单位."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from dashboards import export_report
from dashboards.metrics import previous_period
from storage.db import get_engine, init_db, session_scope
from tests.dashboards.demo_data import add_finding, add_notice


@pytest.mark.parametrize(
    ("period", "before"),
    [
        ((dt.date(2025, 1, 1), dt.date(2025, 12, 31)), (dt.date(2024, 1, 1), dt.date(2024, 12, 31))),
        ((dt.date(2025, 7, 1), dt.date(2025, 12, 31)), (dt.date(2025, 1, 1), dt.date(2025, 6, 30))),
        ((dt.date(2025, 3, 1), dt.date(2025, 3, 31)), (dt.date(2025, 2, 1), dt.date(2025, 2, 28))),
        ((dt.date(2025, 1, 1), dt.date(2025, 3, 31)), (dt.date(2024, 10, 1), dt.date(2024, 12, 31))),
        ((dt.date(2025, 3, 5), dt.date(2025, 3, 14)), (dt.date(2025, 2, 23), dt.date(2025, 3, 4))),
    ],
)
def test_previous_period(period: tuple[dt.date, dt.date], before: tuple[dt.date, dt.date]) -> None:
    assert previous_period(*period) == before


def test_comparison_per_unit(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    init_db(engine)
    with session_scope(engine) as s:
        march = [
            add_notice(
                s, title=f"结果{i}", notice_type="procurement.result", publish_date=dt.date(2026, 3, 3)
            )
            for i in range(4)
        ]
        for i in range(2):
            add_notice(
                s, title=f"二月{i}", notice_type="procurement.result", publish_date=dt.date(2026, 2, 3)
            )
        add_notice(
            s,
            title="柯城二月",
            domain="land",
            notice_type="land.deal_result",
            region="330802",
            publish_date=dt.date(2026, 2, 9),
        )
        add_finding(s, kind="missing_field", on=dt.date(2026, 3, 4), unit="市财政局", notice=march[0])
    paths = export_report(engine, tmp_path / "out", dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    with open(paths["csv_comparison"], encoding="utf-8-sig") as fh:
        rows = {r["责任单位"]: r for r in csv.DictReader(fh)}
    cz = rows["市财政局"]
    assert (cz["本期应公开数"], cz["上期应公开数"]) == ("4", "2")
    assert float(cz["本期完整率"]) == pytest.approx(0.75) and float(cz["上期完整率"]) == 1.0
    assert float(cz["完整率变化（百分点）"]) == pytest.approx(-25.0)
    kc = rows["柯城区人民政府"]  # only in the previous period: listed, with no change to show
    assert (kc["本期应公开数"], kc["上期应公开数"], kc["完整率变化（百分点）"]) == ("0", "1", "")
    html = Path(paths["html"]).read_text("utf-8")
    assert 'id="comparison"' in html and "上期：2026-02-01 至 2026-02-28" in html and "-25.0" in html

    whole = export_report(engine, tmp_path / "all")  # open-ended: the last 30 days against the 30 before
    text = Path(whole["html"]).read_text("utf-8")
    assert "本期：2026-02-02 至 2026-03-03" in text and "上期：2026-01-03 至 2026-02-01" in text
