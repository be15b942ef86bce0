"""Round 15b: a value a one-cell-per-line grid prints under two labels ('项目名称:' / X / '分包名称:' / X) is
no heading, though it is printed twice at the top (docs/extraction-conventions.md, "Round 15b"). Every
page below is made up."""

from __future__ import annotations

from extractors import extract

_GRID = (
    "公告内容\n"
    "采购计划编号: | 2026NCZ(XX)000123 | 项目名称: | 某市人民医院超声设备采购项目(一批次) |\n"
    "---|---|---|---|\n"
    "分包名称: | 某市人民医院超声设备采购项目(一批次) | 分包类型: | 货物类 |\n"
    "采购方式: | 公开招标 | 预算金额 | 1200000.00 |\n"
    "二、供应商资格条件\n"
    "1.1 在中华人民共和国境内注册的法人或其他组织。\n"
)


def test_a_value_repeated_under_two_labels_is_no_title() -> None:
    rec = extract(_GRID.encode())
    assert rec.fields.get("project_name") == "某市人民医院超声设备采购项目(一批次)"
    assert rec.fields.get("title") is None


def test_a_line_printed_twice_above_the_body_is_still_the_title() -> None:
    page = "某集团公司100%股权转让\n某集团公司100%股权转让\n一、转让申请与承诺\n转让方:某集团公司\n"
    rec = extract(page.encode())
    assert rec.fields.get("title") == "某集团公司100%股权转让"
