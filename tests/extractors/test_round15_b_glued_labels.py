"""Round 15b: a record flattened into one line glues each label to the value before it
('预算总金额（元）：1427236.38采购需求：…最高限价（如有）：1427236.38合同履约期限：…'); the figure ends where the
next label starts, and its last digits are no number of that label (docs/extraction-conventions.md,
"Round 15b"). Every page below is made up."""

from __future__ import annotations

import pytest

from extractors import extract

_LINE = (
    "# 项目编号：XXZC2026-C2-000123-ABCD项目名称：某中学教学楼地面附属工程采购方式：竞争性磋商"
    "预算总金额（元）：{budget}采购需求：标项名称:某中学教学楼地面附属工程数量:1预算金额（元）:{budget}"
    "简要规格描述或项目基本概况介绍、用途：某中学教学楼地面附属工程最高限价（如有）：{budget}"
    "合同履约期限：工期为60日历天。本标项（否）接受联合体投标备注：二、申请人的资格要求：1.满足《中华人民共和国"
    "政府采购法》第二十二条规定；四、响应文件提交截止时间：2026年12月31日 09:00（北京时间）\n"
)


@pytest.mark.parametrize(("budget", "value"), [("1427236.38", 1427236.38), ("1350000", 1350000)])
def test_a_figure_glued_to_the_next_label_is_read_whole(budget: str, value: float) -> None:
    rec = extract(_LINE.format(budget=budget).encode())
    assert rec.notice_type == "procurement.tender"
    assert rec.fields.get("budget") == pytest.approx(value)
    assert rec.fields.get("max_price") == pytest.approx(value)


def test_a_unit_after_the_figure_is_no_label() -> None:
    page = "某工程招标公告\n项目名称：某管网工程\n最高限价:13.512万元工期:3个月\n"
    rec = extract(page.encode())
    assert rec.fields.get("max_price") == pytest.approx(135120)
