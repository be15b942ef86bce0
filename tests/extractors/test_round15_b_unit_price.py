"""Round 15b: a result that prices one piece ('成交价（人民币元）：单价每套（￥460）') states no amount
(LABELLING: unit prices are no price of the deal; docs/extraction-conventions.md, "Round 15b").
Every page below is made up."""

from __future__ import annotations

import pytest

from extractors import extract

_RESULT = (
    "某职业学院学生公寓床上用品采购成交公告\n"
    "1、项目编号：XX-2026-001\n"
    "2、采购项目名称：某职业学院学生公寓床上用品采购\n"
    "3、成交结果：\n"
    "中选成交供应商名称：某某棉制品有限公司；\n"
    "成交价（人民币元）：{price}；\n"
    "某职业学院\n"
    "2026-7-10\n"
)


@pytest.mark.parametrize("price", ["单价每套（￥460）", "每套460元", "460（单价）"])
def test_a_unit_price_is_no_amount(price: str) -> None:
    rec = extract(_RESULT.format(price=price).encode())
    assert rec.notice_type == "procurement.result"
    assert rec.fields.get("amount") is None


def test_a_total_price_is_the_amount() -> None:
    rec = extract(_RESULT.format(price="￥460000").encode())
    assert rec.fields.get("amount") == 460000


_SALE = (
    "某市2026年第1期排污权挂牌出让公告\n"
    "一、出让标的:化学需氧量10吨。\n"
    "{line}\n"
    "二、竞买人资格:本市行政区域内的排污单位。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "起始价(元/吨):21000增价幅度:500元",  # the unit in the label's bracket
        "挂牌起始价:21000元/吨。",  # the unit after the figure
        "竞买底价为21000元/吨。",  # a sentence's figure priced per tonne
    ],
)
def test_a_price_per_unit_of_measure_is_no_starting_price(line: str) -> None:
    rec = extract(_SALE.format(line=line).encode())
    assert rec.notice_type == "emission.transfer_notice"
    assert rec.fields.get("starting_price") is None


def test_a_whole_price_is_the_starting_price() -> None:
    rec = extract(_SALE.format(line="挂牌起始价:210000元。").encode())
    assert rec.fields.get("starting_price") == 210000


@pytest.mark.parametrize(
    "line", ["中标金额（费率、单价等）:286.6元/工日", "中标金额（费率、单价等）:6040665.58元"]
)
def test_a_bracketed_unit_price_in_the_label_alone_decides_nothing(line: str) -> None:
    page = f"某体育中心零星维修工程中标结果公告\n中标人:某建设有限公司\n{line}\n"
    rec = extract(page.encode())
    want = None if "/工日" in line else 6040665.58
    assert rec.fields.get("amount") == (pytest.approx(want) if want else None)
