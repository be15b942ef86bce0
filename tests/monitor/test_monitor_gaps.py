"""Never accuse on a misread page, and the 73号 §二 items (issue 12), as the night's checks see them.

A required item whose label the page prints but whose value was not read is an extraction gap
(office review list, 未能识别，待人工核对), never a 要素缺失 against the responsible unit; an item the
page does not state is the missing-field finding. End to end: real extraction → storage → checks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import Data, store_extracted
from sqlalchemy import Engine

import monitor
from monitor.catalog import load_catalog
from monitor.checks import REVIEW_UNIT
from monitor.required import required_status

D = dt.date
AS_OF = D(2026, 4, 20)


def found(engine: Engine, as_of: dt.date = AS_OF) -> list[dict]:
    monitor.run_checks(engine, as_of)
    return monitor.findings_as_json(engine, as_of)


RESULT = (
    "<h1 class='title'>某某道路工程{n}中标结果公告</h1><p>项目编号：GC-2026-0{n}</p>"
    "<p>中标人：{winner}</p><p>中标价：120万元</p><p>投诉渠道：向衢州市住房和城乡建设局书面投诉</p>"
    "<p>衢州市某某建设有限公司</p><p>2026年3月5日</p>"
)


def test_label_without_value_is_a_gap_for_the_office_not_a_finding(engine: Engine) -> None:
    # 1: winner stated and read; 2: label printed, value blank (a misread page); 3: not stated at all
    store_extracted(engine, RESULT.format(n=1, winner="甲建设有限公司").encode(), "a1", basis=False)
    gap = store_extracted(engine, RESULT.format(n=2, winner="").encode(), "a2", basis=False)
    gone = store_extracted(
        engine, RESULT.format(n=3, winner="x").replace("<p>中标人：x</p>", "").encode(), "a3", basis=False
    )
    assert gap["required"] if "required" in gap else True
    assert required_status(gap)["winner"] == "gap" and required_status(gone)["winner"] == "missing"
    fs = [f for f in found(engine) if f.get("field") == "winner"]
    kinds = {(f["project_number"], f["kind"]) for f in fs}
    assert kinds == {("GC-2026-02", "extraction_gap"), ("GC-2026-03", "missing_field")}
    g = next(f for f in fs if f["kind"] == "extraction_gap")
    assert g["responsible_unit"] == REVIEW_UNIT and g["severity"] == "info"  # never routed to a unit
    assert "未能识别，待人工核对" in g["message"] and "中标人" in g["message"]
    m = next(f for f in fs if f["kind"] == "missing_field")
    assert m["responsible_unit"] != REVIEW_UNIT


# (notice type, key, title) of each plan item: the rule must fire on a notice that lacks it
PLAN_ITEMS = [
    ("housing.progress", "supporting_facilities", None),
    ("housing.allocation", "allocation_procedure", None),
    ("housing.allocation", "allocation_process", None),
    ("housing.rural_renovation", "renovation_policy", None),
    ("housing.rural_renovation", "target_identification", None),
    ("construction.approval", "budget_approval", None),
    ("construction.tender", "tender_conditions", None),
    ("construction.prequalification", "tender_conditions", None),
    ("construction.prequalification", "prequalification_method", None),
    ("construction.credit", "performance_capacity", None),
    ("construction.contract", "construction_progress", None),
    ("mining.transfer_notice", "time_limit", "某矿探矿权挂牌出让公告"),
    ("mining.transfer_notice", "exploration_level", "某矿探矿权挂牌出让公告"),
    ("mining.transfer_notice", "production_scale", "某矿采矿权挂牌出让公告"),
    ("emission.transfer_notice", "registration_materials", None),
    ("procurement.agency_assessment", "assessment_result", None),
]


@pytest.mark.parametrize(
    ("notice_type", "key", "title"), PLAN_ITEMS, ids=[f"{t}:{k}" for t, k, _ in PLAN_ITEMS]
)
def test_plan_item_rule_fires_when_not_stated(
    engine: Engine, data: Data, notice_type: str, key: str, title: str | None
) -> None:
    _, bad = data.notice(
        notice_type,
        D(2026, 3, 5),
        {"formed_date": "2026-03-04"},
        project_number="P-1",
        omit=(key,),
        title=title,
    )
    data.notice(notice_type, D(2026, 3, 5), {"formed_date": "2026-03-04"}, project_number="P-2", title=title)
    fs = [f for f in found(engine) if f["kind"] == "missing_field"]
    assert [(f["url"], f["field"]) for f in fs] == [(bad, key)]
    rule = load_catalog().get(fs[0]["rule_id"])
    assert "73号 二" in rule.legal_source


def test_production_scale_is_asked_of_mining_rights_only(engine: Engine, data: Data) -> None:
    """The plan asks 生产规模 of 采矿权 sales; a 探矿权 sale is asked 勘察工作程度 and 规定时间 instead."""
    data.notice(
        "mining.transfer_notice",
        D(2026, 3, 5),
        {},
        title="某矿探矿权挂牌出让公告",
        omit=("production_scale",),
        project_number="T-1",
    )
    _, caik = data.notice(
        "mining.transfer_notice",
        D(2026, 3, 5),
        {},
        title="某矿采矿权挂牌出让公告",
        omit=("production_scale", "exploration_level", "time_limit"),
        project_number="C-1",
    )
    fs = [(f["url"], f["field"]) for f in found(engine) if f["kind"] == "missing_field"]
    assert fs == [(caik, "production_scale")]


def test_procurement_penalty_is_due_in_seven_working_days(engine: Engine, data: Data) -> None:
    """监督处罚 are 行政处罚: 73号 三(三) gives 7 working days (decision Mon 2026-03-02 → due 2026-03-11)."""
    data.notice(
        "procurement.penalty",
        D(2026, 3, 11),
        {"decision_date": "2026-03-02"},
        project_number="F-1",
        source="zfcg",
    )
    _, late = data.notice(
        "procurement.penalty",
        D(2026, 3, 12),
        {"decision_date": "2026-03-02"},
        project_number="F-2",
        source="zfcg",
    )
    fs = [f for f in found(engine) if f["kind"] == "late_posting"]
    assert [f["url"] for f in fs] == [late]
    assert load_catalog().get("procurement.penalty.deadline").params["days"] == 7
