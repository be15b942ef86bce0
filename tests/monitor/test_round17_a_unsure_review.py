"""Round 17a: a type only its title names, its body bearing out no stage of it ('unsure'), accuses nobody.

Its missing items and its late posting go to the office's review list (未能识别，待人工核对) with the reason
类型仅凭标题判断, and it starts no follow-up clock; the same notice whose body bears the stage out keeps all
three findings against the unit. End to end: real extraction → storage → the night's SQL checks (SQLite).
"""

from __future__ import annotations

import datetime as dt

from conftest import store_extracted
from sqlalchemy import Engine

import monitor
from monitor.checks import REVIEW_UNIT
from vocabulary import TYPE_UNSURE_REASON

AS_OF = dt.date(2026, 4, 20)

# a purchase's result heading; awarded a month before it was posted (2026-03-05): late by 政府采购法实施条例 第四十三条
_PAGE = (
    "<h1 class='title'>某某局办公设备采购中标结果公告</h1><p>项目编号：{number}</p><p>采购人：某某局</p>"
    "{winner}<p>定标日期：2026年2月2日</p><p>某某局</p><p>2026年3月5日</p>"
)


def _page(number: str, winner: str = "") -> bytes:
    return _PAGE.format(number=number, winner=winner).encode()


def test_an_unsure_type_sends_its_late_posting_and_missing_items_to_review(engine: Engine) -> None:
    unsure = store_extracted(engine, _page("ZC-1"), "u1")
    sure = store_extracted(engine, _page("ZC-2", "<p>中标供应商名称：甲科技有限公司</p>"), "s1")
    assert (unsure["type_basis"], sure["type_basis"]) == ("unsure", "title")
    monitor.run_checks(engine, AS_OF)
    found = monitor.findings_as_json(engine, AS_OF)
    mine = [f for f in found if f.get("project_number") == "ZC-1"]
    theirs = [f for f in found if f.get("project_number") == "ZC-2"]
    # the sure notice: late and lacking items, against the unit
    assert any(f["kind"] == "late_posting" and f["responsible_unit"] != REVIEW_UNIT for f in theirs)
    assert any(f["kind"] == "missing_field" for f in theirs)
    assert any(f["kind"] == "missing_followup" for f in theirs)  # no contract notice followed the award
    # the unsure one: nothing against the unit (no follow-up is owed on a stage the body does not bear out);
    # its late posting and its items are questions for the office
    assert mine and all(f["kind"] == "extraction_gap" for f in mine)
    assert all(f["responsible_unit"] == REVIEW_UNIT and f["severity"] == "info" for f in mine)
    late = [f for f in mine if f.get("field") == "award_date"]
    assert len(late) == 1 and TYPE_UNSURE_REASON in late[0]["message"] and "2026-03-05" in late[0]["message"]
    assert all(TYPE_UNSURE_REASON in f["message"] for f in mine)
