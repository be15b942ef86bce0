"""Each check on small synthetic data: the gap is found, the clean twin is not."""

from __future__ import annotations

import datetime as dt

from conftest import Data
from sqlalchemy import Engine

import monitor

D = dt.date
AS_OF = D(2026, 4, 20)


def found(engine: Engine, as_of: dt.date = AS_OF) -> list[dict]:
    monitor.run_checks(engine, as_of)
    return monitor.findings_as_json(engine, as_of)


def of_kind(fs: list[dict], kind: str) -> list[dict]:
    return [f for f in fs if f["kind"] == kind]


def test_missing_field(engine: Engine, data: Data) -> None:
    _, bad = data.notice(
        "procurement.result",
        D(2026, 3, 5),
        {"award_date": "2026-03-04", "winner": ["甲公司"]},
        project_number="P-1",
        source="zfcg",
        omit=("experts",),
    )
    data.notice(
        "procurement.result",
        D(2026, 3, 5),
        {"award_date": "2026-03-04", "experts": ["张三", "李四"]},
        project_number="P-2",
        source="zfcg",
    )
    # a notice whose text could not be read (image only) is not accused of missing fields
    data.notice(
        "procurement.result", D(2026, 3, 5), {}, project_number="P-3", source="zfcg", status="image_only"
    )
    fs = of_kind(found(engine), "missing_field")
    assert [(f["url"], f["field"], f["rule_id"]) for f in fs] == [
        (bad, "experts", "procurement.result.fields")
    ]
    assert "评审专家名单" in fs[0]["message"] and fs[0]["legal_source"]


def test_late_posting_working_days_over_spring_festival(engine: Engine, data: Data) -> None:
    # award 2026-02-12 (Thu): 2 working days → 2026-02-14 (make-up Saturday) is the deadline
    _, late = data.notice(
        "procurement.result",
        D(2026, 2, 24),
        {"award_date": "2026-02-12", "experts": ["x"]},
        project_number="P-1",
        source="zfcg",
    )
    data.notice(
        "procurement.result",
        D(2026, 2, 14),
        {"award_date": "2026-02-12", "experts": ["x"]},
        project_number="P-2",
        source="zfcg",
    )
    # land deal: 10 working days (deal 2026-03-02 → 2026-03-16), published on the deadline: on time
    data.notice(
        "land.deal_result", D(2026, 3, 16), {"deal_date": "2026-03-02", "amount": 1.0}, project_number="L-1"
    )
    fs = of_kind(found(engine), "late_posting")
    assert [f["url"] for f in fs] == [late]
    assert fs[0]["field"] == "award_date"
    assert fs[0]["dates"]["deadline"] == "2026-02-14" and fs[0]["dates"]["published"] == "2026-02-24"


def test_late_posting_counts_from_first_posting_of_the_notice(engine: Engine, data: Data) -> None:
    data.notice(
        "procurement.contract",
        D(2026, 3, 4),
        {"sign_date": "2026-03-02", "spec_model": "A"},
        project_number="P-9",
        source="zfcg",
    )
    data.notice(
        "procurement.contract",
        D(2026, 3, 6),
        {"sign_date": "2026-03-02", "spec_model": "A"},
        project_number="P-9",
        source="qz_hanweb",
    )  # a later copy of an on-time notice
    assert of_kind(found(engine), "late_posting") == []


def test_missing_followup_after_deadline_only(engine: Engine, data: Data) -> None:
    # result published 2026-02-02: contract due add_wd(2026-03-04, 2) = 2026-03-06
    data.notice(
        "procurement.result",
        D(2026, 2, 2),
        {"award_date": "2026-01-30", "experts": ["x"]},
        project_number="P-1",
        source="zfcg",
    )
    data.notice(
        "procurement.result",
        D(2026, 2, 2),
        {"award_date": "2026-01-30", "experts": ["x"]},
        project_number="P-2",
        source="zfcg",
    )
    data.notice(
        "procurement.contract",
        D(2026, 2, 20),
        {"sign_date": "2026-02-18", "spec_model": "A"},
        project_number="P-2",
        source="zfcg",
    )
    assert of_kind(found(engine, D(2026, 3, 6)), "missing_followup") == []  # due today: not yet
    fs = of_kind(found(engine, D(2026, 3, 7)), "missing_followup")
    assert [(f["project_number"], f["field"], f["rule_id"]) for f in fs] == [
        ("P-1", "contract", "procurement.contract.followup")
    ]
    assert fs[0]["dates"]["deadline"] == "2026-03-06"


def test_tender_without_result_or_termination(engine: Engine, data: Data) -> None:
    data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        {"bid_deadline": "2026-03-24 09:30"},
        project_number="T-1",
        source="zfcg",
    )
    data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        {"bid_deadline": "2026-03-24 09:30"},
        project_number="T-2",
        source="zfcg",
    )
    data.notice("procurement.termination", D(2026, 3, 26), {}, project_number="T-2", source="zfcg")
    fs = of_kind(found(engine), "missing_followup")
    assert [(f["project_number"], f["field"]) for f in fs] == [("T-1", "result")]


def test_not_shared_to_provincial_platform(engine: Engine, data: Data) -> None:
    _, lonely = data.notice(
        "construction.tender",
        D(2026, 3, 2),
        {"bid_deadline": "2026-03-30"},
        project_number="G-1",
        source="kecheng",
    )
    data.notice(
        "construction.tender",
        D(2026, 3, 2),
        {"bid_deadline": "2026-03-30"},
        project_number="G-2",
        source="kecheng",
    )
    data.notice(
        "construction.tender",
        D(2026, 3, 3),
        {"bid_deadline": "2026-03-30"},
        project_number="G-2",
        source="zjggzy",
    )
    assert of_kind(found(engine, D(2026, 3, 3)), "not_shared") == []  # within the 1-working-day grace
    fs = of_kind(found(engine, D(2026, 3, 4)), "not_shared")
    assert [f["url"] for f in fs] == [lonely]


def test_removed_before_publicity_end(engine: Engine, data: Data) -> None:
    f = {"publicity_start": "2026-03-02", "publicity_end": "2026-03-09", "expert_opinion": "x"}
    _, early = data.notice(
        "procurement.single_source", D(2026, 3, 2), f, project_number="S-1", removed_at=D(2026, 3, 6)
    )
    data.notice(
        "procurement.single_source", D(2026, 3, 2), f, project_number="S-2", removed_at=D(2026, 3, 10)
    )
    data.notice("procurement.single_source", D(2026, 3, 2), f, project_number="S-3")
    fs = of_kind(found(engine), "removed_early")
    assert [(x["url"], x["field"]) for x in fs] == [(early, "publicity_end")]


def test_publicity_period_too_short(engine: Engine, data: Data) -> None:
    short = {"publicity_start": "2026-03-02", "publicity_end": "2026-03-05", "expert_opinion": "x"}  # 3 wd
    ok = {"publicity_start": "2026-03-02", "publicity_end": "2026-03-09", "expert_opinion": "x"}  # 5 wd
    _, bad = data.notice("procurement.single_source", D(2026, 3, 2), short, project_number="S-1")
    data.notice("procurement.single_source", D(2026, 3, 2), ok, project_number="S-2")
    fs = [f for f in found(engine) if f["rule_id"] == "procurement.single_source.period"]
    assert [f["url"] for f in fs] == [bad]


def test_silent_edit_names_the_changed_field(engine: Engine, data: Data) -> None:
    v1 = "<table><tr><td>预算金额：</td><td>1,000,000.00元</td></tr><tr><td>项目名称：</td><td>设备采购</td></tr></table>"
    v2 = v1.replace("1,000,000.00", "1,100,000.00")
    prov = {
        "budget": {"snippet": "预算金额：1,100,000.00元", "method": "kv_table"},
        "project_name": {"snippet": "项目名称：设备采购", "method": "kv_table"},
    }
    fields = {"budget": 1100000.0, "project_name": "设备采购", "bid_deadline": "2026-04-30"}
    _, silent = data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        fields,
        project_number="E-1",
        bodies=[(D(2026, 3, 2), v1), (D(2026, 3, 5), v2)],
        provenance=prov,
    )
    data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        fields,
        project_number="E-2",
        bodies=[(D(2026, 3, 2), v1), (D(2026, 3, 5), v2)],
        provenance=prov,
    )
    data.notice(
        "procurement.correction", D(2026, 3, 5), {"correction_items": "预算金额更正"}, project_number="E-2"
    )
    fs = of_kind(found(engine), "silent_edit")
    assert [(f["url"], f["field"]) for f in fs] == [(silent, "budget")]
    assert len(fs[0]["evidence"]) == 2 and all(len(e["sha256"]) == 64 for e in fs[0]["evidence"])


def test_value_mismatch_between_result_and_contract(engine: Engine, data: Data) -> None:
    data.notice(
        "procurement.result",
        D(2026, 3, 2),
        {"amount": 100000.0, "experts": ["x"], "award_date": "2026-03-02"},
        project_number="V-1",
        source="zfcg",
    )
    data.notice(
        "procurement.contract",
        D(2026, 3, 10),
        {"contract_amount": 110000.0, "spec_model": "A", "sign_date": "2026-03-09"},
        project_number="V-1",
        source="zfcg",
    )
    data.notice(
        "procurement.result",
        D(2026, 3, 2),
        {"amount": 5000.0, "experts": ["x"], "award_date": "2026-03-02"},
        project_number="V-2",
        source="zfcg",
    )
    data.notice(
        "procurement.contract",
        D(2026, 3, 10),
        {"contract_amount": 5000.0, "spec_model": "A", "sign_date": "2026-03-09"},
        project_number="V-2",
        source="zfcg",
    )
    fs = of_kind(found(engine, D(2026, 3, 20)), "value_mismatch")
    assert [(f["project_number"], f["field"]) for f in fs] == [("V-1", "amount")]
    assert "100,000.00" in fs[0]["message"] and "110,000.00" in fs[0]["message"]


def test_channel_silence_is_told_apart_from_crawler_failure(engine: Engine, data: Data) -> None:
    # one posting every 2 days until 03-19
    data.series("land.transfer_notice", D(2026, 3, 1), 2, 10, source="kaihua", channel="land", prefix="K")
    for i in range(30):  # nights after the last posting: the first 20 failed, then complete
        night = D(2026, 3, 20) + dt.timedelta(days=i)
        data.health(night, "kaihua", complete=i >= 20, channel="land")
    silent = [f for f in found(engine, D(2026, 4, 18)) if f["kind"] == "channel_silent"]
    assert silent == []  # only 10 trustworthy nights of silence
    for i in range(30, 40):
        data.health(D(2026, 3, 20) + dt.timedelta(days=i), "kaihua", complete=True, channel="land")
    silent = [f for f in found(engine, D(2026, 4, 28)) if f["kind"] == "channel_silent"]
    assert len(silent) == 1 and silent[0]["source_key"] == "kaihua" and silent[0]["severity"] == "warning"


def test_calendar_unknown_is_reported_not_guessed(engine: Engine, data: Data) -> None:
    # a year neither the official tables nor the statutory-holiday library describe (2101): 日历未知
    # (2027, which the library does describe, is counted with bounds: tests/monitor/test_monitor_provisional.py)
    data.notice("admin.penalty", D(2101, 1, 8), {"decision_date": "2100-12-28", "penalty_basis": "x"})
    fs = of_kind(found(engine, D(2101, 1, 10)), "late_posting")
    assert len(fs) == 1 and fs[0]["severity"] == "info" and "日历未知" in fs[0]["message"]


def test_silent_edit_correction_is_compared_with_each_documents_own_change(
    engine: Engine, data: Data
) -> None:
    """Regression: the date the change was seen was read from an uncorrelated sub-query (some other
    document's version), so an edit made with its 更正公告 and noticed days later was reported."""
    v1 = "<p>预算金额：1,000,000.00元</p>"
    v2 = v1.replace("1,000,000.00", "900,000.00")
    # an early silent edit elsewhere (its version is the first row such a sub-query finds)
    _, silent = data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        {"budget": 1.0},
        project_number="E-0",
        bodies=[(D(2026, 3, 2), v1), (D(2026, 3, 3), v2)],
    )
    # corrected on 03-05, the edit made that day and seen on the 03-08 re-check: legitimate
    data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        {"budget": 1.0},
        project_number="E-1",
        bodies=[(D(2026, 3, 2), v1), (D(2026, 3, 8), v2)],
    )
    data.notice(
        "procurement.correction", D(2026, 3, 5), {"correction_items": "预算金额"}, project_number="E-1"
    )
    fs = of_kind(found(engine, D(2026, 3, 10)), "silent_edit")
    assert [f["url"] for f in fs] == [silent]


def test_silent_edit_before_a_later_correction_is_still_silent(engine: Engine, data: Data) -> None:
    """The first change counts: a correction published after it does not excuse it (docs/replica.md)."""
    v1 = "<p>预算金额：1,000,000.00元</p>"
    v2, v3 = v1.replace("1,000,000.00", "900,000.00"), v1.replace("1,000,000.00", "800,000.00")
    _, url = data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        {"budget": 1.0},
        project_number="E-2",
        bodies=[(D(2026, 3, 2), v1), (D(2026, 3, 3), v2), (D(2026, 3, 9), v3)],
    )
    data.notice(
        "procurement.correction", D(2026, 3, 6), {"correction_items": "预算金额"}, project_number="E-2"
    )
    fs = of_kind(found(engine, D(2026, 3, 10)), "silent_edit")
    assert [(f["url"], f["dates"]["changed"]) for f in fs] == [(url, "2026-03-03")]


def test_silent_edit_in_a_json_payload_names_the_field(engine: Engine, data: Data) -> None:
    """Regression: a JSON detail (zfcg) is one physical line, so the whole payload was reported as the change
    and the field guessed from it ("title")."""
    import json

    def payload(budget: str, links: list[str]) -> str:
        content = (
            f"<div class='notice-content'><p>一、项目名称：服务器采购</p><p>二、预算金额：{budget}元</p>"
            "<p>三、采购人：某局</p></div>"
        )
        return json.dumps(
            {
                "success": True,
                "result": {
                    "data": {
                        "title": "服务器采购公开招标公告",
                        "publishDate": 1770000000000,
                        "announcementLinkDtoList": [{"typeName": t, "isExist": True} for t in links],
                        "content": content,
                    }
                },
            },
            ensure_ascii=False,
        )

    prov = {
        "budget": {"snippet": "二、预算金额：1,100,000.00元", "method": "numbered"},
        "project_name": {"snippet": "一、项目名称：服务器采购", "method": "numbered"},
    }
    fields = {"budget": 1100000.0, "project_name": "服务器采购"}
    _, url = data.notice(
        "procurement.tender",
        D(2026, 3, 2),
        fields,
        project_number="J-1",
        source="zfcg",
        bodies=[
            (D(2026, 3, 2), payload("1,000,000.00", ["采购公告"])),
            (D(2026, 3, 5), payload("1,100,000.00", ["采购公告", "中标公告"])),
        ],
        provenance=prov,
    )
    fs = of_kind(found(engine, D(2026, 3, 10)), "silent_edit")
    assert [(f["url"], f["field"]) for f in fs] == [(url, "budget")]
    assert "原：二、预算金额：1,000,000.00元；现：二、预算金额：1,100,000.00元" in fs[0]["message"]
