"""Stated items of issue 12, round 11a (docs/extraction-conventions.md, "Round 11a").

A text copy flattens a summary grid into one line, each label run into its value with no colon
('采购单位某大学行政区域某省公告时间…', the national platform's 公告概要 grid). The buyer the grid names was not
read, and the monitor would have called it missing: an accusation on our own misreading. A line with no
sentence in it where three or more known labels each open a value now states those items (a gap for
review, never a finding). Made-up pages; guards for a sentence and a line with too few labels.
"""

from __future__ import annotations

from extractors.layout import build_page
from extractors.stated import stated_labels


def _page(*lines: str):  # type: ignore[no-untyped-def]
    return build_page("".join(f"<p>{ln}</p>" for ln in lines))


def test_a_flattened_summary_grid_states_its_labels() -> None:
    page = _page(
        "公告概要：采购项目名称某学院实验设备采购品目货物/仪器",
        "采购单位某某职业学院行政区域某某省公告时间2026年03月05日 10:20评审专家名单甲*、乙*、丙*"
        "总中标金额￥12.500000 万元（人民币）联系人及联系方式：项目联系人丁某项目联系电话13800000000",
    )
    stated = stated_labels(page)
    assert stated.get("purchaser") == "采购单位"
    assert "experts" in stated


def test_a_sentence_naming_labels_states_none_of_them() -> None:
    page = _page(
        "根据采购单位的要求，公告时间延长至五个工作日，评审专家名单于评审结束后公布。",
    )
    assert "purchaser" not in stated_labels(page)


def test_a_line_with_fewer_than_three_run_labels_is_no_grid() -> None:
    page = _page("采购单位某某职业学院的实验室改造与设备更新需要尽快完成并投入使用的有关情况说明材料")
    assert "purchaser" not in stated_labels(page)
