"""Round 15b: a grid printed one cell per line puts an event's date under its bare label cell
('挂牌开始时间' / '2026年5月1日'); that date is no 落款 (docs/extraction-conventions.md, "Round 15b").
Every page below is made up."""

from __future__ import annotations

from extractors import extract

_PAGE = (
    "经某县人民政府批准,某县自然资源局委托以挂牌方式公开出让以下1个建筑用砂矿采矿权:\n"
    "矿区名称 |\n"
    "开采矿种 |\n"
    "起始价(万元) |\n"
    "某河道2号建筑用砂矿 |\n"
    "建筑用砂 |\n"
    "26.5 |\n"
    "{label} |\n"
    "2026年5月1日 |\n"
    "注:最终成交的采矿区范围坐标以出让合同为准。\n"
    "有意向参与竞买的单位应于报名期内提交竞买申请。\n"
)


def test_an_event_date_under_its_label_cell_is_no_publish_date() -> None:
    rec = extract(_PAGE.format(label="挂牌开始时间").encode())
    assert rec.notice_type == "mining.transfer_notice"
    assert rec.fields.get("publish_date") is None


def test_a_date_under_the_notice_own_date_cell_is_kept() -> None:
    rec = extract(_PAGE.format(label="某县自然资源局").encode())
    assert rec.fields.get("publish_date") == "2026-05-01"
