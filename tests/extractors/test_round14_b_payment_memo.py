"""Round 14b: a transfer's memo line ('支付用途:注明…保证金') names what a payment is for, not the use of the
object let or sold (docs/extraction-conventions.md, "Round 14b"). The page below is made up."""

from __future__ import annotations

import pytest

from extractors import extract


@pytest.mark.parametrize("label", ["支付用途", "汇款用途", "资金用途"])
def test_a_payments_purpose_is_no_land_use(label: str) -> None:
    text = (
        "某中心某街门面公开租赁公告\n"
        "本着公开、公平、公正的原则,某中心某街门面对外公开租赁。现将有关事项公告如下:\n"
        "一、保证金缴纳:竞租交纳保证金3000元/标的。\n"
        "收款单位:某市财政局\n"
        f"{label}:注明某中心门面竞租保证金\n"
        "二、报名时间:2026年6月4日9:00—6月20日15:00\n"
    )
    assert extract(text.encode()).fields.get("land_use") is None


def test_a_land_use_label_still_reads() -> None:
    text = "某市国有建设用地使用权挂牌出让公告\n地块编号:某2026-01\n土地用途:工业用地\n出让年限:50年\n"
    assert extract(text.encode()).fields.get("land_use") == "工业用地"
