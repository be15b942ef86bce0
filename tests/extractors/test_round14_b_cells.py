"""Round 14b: a notice's key/value grid printed one cell per line (docs/extraction-conventions.md, "Round 14b").

A page store's text rendering prints '名称：' on one line and the name on the next.  Two things lost the value:
a party block's bare '名称：' (under '1.采购人信息') took a short name below it ('某省体育局') for the next
label, and a money value whose unit sits in the cell after it ('30.0' / '(万元)') was read in yuan.
Every page below is made up.
"""

from __future__ import annotations

import pytest

from extractors import extract

_CONTACT = (
    "八、凡对本次招标提出询问，请按以下方式联系\n"
    "1.采购人信息\n"
    "名 称：\n"
    "{owner}\n"
    "地 址：\n"
    "某市某大路1号\n"
    "联系方式：\n"
    "13800000000\n"
    "2.采购代理机构信息\n"
    "名 称：\n"
    "某某项目管理有限公司\n"
    "地 址：\n"
    "某市某大街2号\n"
)

_HEAD = (
    "某单位运动员保险采购项目竞争性磋商公告\n"
    "一、项目基本信息\n"
    "项目编号：ABC-2026-001\n"
    "项目名称：运动员保险采购项目\n"
    "预算金额（元）：\n"
    "500000\n"
)


@pytest.mark.parametrize("owner", ["某省体育局", "某市体育局机关", "某县财政局"])
def test_a_short_owner_name_under_a_party_blocks_bare_name_label_is_the_purchaser(owner: str) -> None:
    rec = extract((_HEAD + _CONTACT.format(owner=owner)).encode())
    assert rec.fields.get("purchaser") == owner
    assert rec.fields.get("agency") == "某某项目管理有限公司"


def test_a_short_line_after_a_bare_name_label_outside_any_party_block_is_not_taken() -> None:
    # no party block: '名称：' names nothing, so the line under it stays unread as a purchaser
    text = _HEAD + "名称：\n某省体育局\n地址：\n某市某大路1号\n"
    assert extract(text.encode()).fields.get("purchaser") != "某省体育局"


@pytest.mark.parametrize(
    ("unit", "factor"),
    [("(万元)", 10_000), ("（万元）", 10_000), ("（元）", 1)],
)
def test_a_unit_printed_in_the_cell_after_the_value_scales_it(unit: str, factor: int) -> None:
    # (round 22g: a budget or a price cap under 1000 yuan is refused by its shape, extractors.shapes: the figure is
    # four digits so that the yuan case states a budget)
    text = (
        "某中心培训平台建设公开招标公告\n"
        "一、项目基本情况\n"
        "1、项目编号：\n"
        "ABC-2026-002\n"
        "3、项目名称：\n"
        "培训平台建设\n"
        "5、预算金额：\n"
        "3050.5\n"
        f"{unit}\n"
        "6、最高限价：\n"
        "3050.500000\n"
        f"{unit}\n"
        "七、对本次招标提出询问，请按以下方式联系\n"
    )
    rec = extract(text.encode())
    assert rec.fields.get("budget") == pytest.approx(3050.5 * factor)
    assert rec.fields.get("max_price") == pytest.approx(3050.5 * factor)
