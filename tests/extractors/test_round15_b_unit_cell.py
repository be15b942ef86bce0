"""Round 15b: a column's unit read where a value should be ('用途' / '元/㎡(月)') is no value
(docs/extraction-conventions.md, "Round 15b"). Every page below is made up."""

from __future__ import annotations

import pytest

from extractors import extract


@pytest.mark.parametrize("unit", ["元/㎡(月)", "(万元)", "元/平方米"])
def test_a_unit_alone_is_no_use(unit: str) -> None:
    page = f"某镇门面公开租赁公告\n一、租赁标的\n门面地址：某镇人民路8号\n用途：{unit}\n租赁期限：3年\n"
    rec = extract(page.encode())
    assert rec.notice_type == "property.transfer_notice"
    assert rec.fields.get("land_use") is None


def test_a_use_is_kept() -> None:
    page = "某镇门面公开租赁公告\n一、租赁标的\n门面地址：某镇人民路8号\n用途：商业\n租赁期限：3年\n"
    assert extract(page.encode()).fields.get("land_use") == "商业"
