"""Round 22b: how a labelled value is delimited — any separator of a closed set, any known label ending a value.

- '为' / '是' / a dash / '位于' after a known label, when the value has the label's kind's form (a sum for a price, a
  place for a location, a land use, an organisation for a party), read for the keys no labelled reader found;
- a date glued to its date label ('公告时间2016年11月14日') is read as if a colon stood between them;
- a per-unit price, a qualified label ('最高成交价为'), two different values said so: nothing read;
- a role word built from its parts ('采购部门') belongs to the next label, not to the value before it.

Made-up pages (no real page's text). Each test fails before round 22b; the guards pass on both trees.
"""

from __future__ import annotations

from extractors import extract


def _rec(text: str):
    return extract(text.encode())


_NEWS = """某县某中心综合楼施工项目开标评标情况
该项目建设地点位于某县某镇,总建筑面积为3000平方米,最高投标限价为12345678.90元。
2025年5月7日,招标人——某县建设投资集团有限公司发布上述项目招标公告。
某日,该项目开标评标,共有10家单位参与投标。
"""


def test_b_price_and_party_after_wei_and_dash() -> None:
    from extractors.readers import said_values  # (round 22b's reader)

    found = {f.key: f.raw for f in said_values(_NEWS.splitlines())}
    assert found["max_price"] == "12345678.90元"
    assert found["purchaser"] == "某县建设投资集团有限公司"
    assert found["location"] == "某县某镇"  # (the notice's own object before its label)
    assert _rec(_NEWS).fields.get("purchaser") == "某县建设投资集团有限公司"


_LEASE = """某村厂房公开挂牌招租公告
某镇某村厂房公开挂牌招租,土地使用权面积1000平方米,土地用途为工业用地/工业,规划用途为来料加工。
首年租金起挂价为20万元。
某村股份经济合作社
2026年1月5日
"""


def test_b_land_use_after_wei() -> None:
    assert _rec(_LEASE).fields.get("land_use") == "工业用地/工业"


_GRID = (
    "某市某局某设备采购项目的中标公告\n"
    "采购项目名称某设备采购项目品目采购单位某市某局行政区域某市公告时间2016年11月14日 17:52本项目招标公告日期详见公告"
    "中标供应商名称：某某科技有限公司\n"
)


def test_b_date_glued_to_its_label() -> None:
    assert _rec(_GRID).fields.get("publish_date") == "2016-11-14"


def test_b_role_word_family_ends_the_value_before() -> None:
    page = (
        "某大学某楼装修设计采购公告\n一、项目名称：某楼装修设计\n二、预算金额：100万元\n"
        "采购单位联系方式 联系电话：0571-12345678 采购部门邮箱：abc@example.com\n"
    )
    assert _rec(page).fields.get("contact_phone") == "0571-12345678"


# guards: near-misses that stay unread


def test_guard_unit_price_is_no_sum() -> None:
    page = _LEASE.replace("首年租金起挂价为20万元。", "竞租起始价为人民币550元/亩(首年)。")
    assert "starting_price" not in _rec(page).fields


def test_guard_two_values_said_so_are_no_value() -> None:
    page = """某县采矿权拍卖会成交
首宗建筑用砂矿底价为35万元,最终以61万元成交。底价为55万元的另一砂矿最终以91万元成交。
"""
    assert "starting_price" not in _rec(page).fields


def test_guard_qualified_label_is_another_value() -> None:
    page = """某市公车拍卖会成交
此次共拍卖公车100辆,其中车辆最低成交价为3000元,最高成交价为22.6万元。
"""
    assert _rec(page).fields.get("amount") != 226000.0


def test_guard_name_form_required_after_wei() -> None:
    page = _NEWS.replace("招标人——某县建设投资集团有限公司发布", "招标人——由评标委员会推荐后发布")
    assert "purchaser" not in _rec(page).fields
