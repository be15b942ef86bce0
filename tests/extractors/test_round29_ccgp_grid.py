"""Round 29 (grid, issue 12): one reader of the ccgp.gov.cn 公告概要 grid, shared by round 27f's summary items
(``ccgpsummary``) and round 17b's buyer cell of a flattened grid line (``flatgrid``).

Its own contract, which both rely on: the run is cut at the grid's fixed labels only, the longest where one opens
another; a text that does not open with a label keeps what comes before the first label as a cell with no label
(flatgrid's value after the buyer's label); the run is the first 概要 line and the lines under it to a numbered part,
and only when it opens with the grid's first label. Every line here is made up.
"""

from __future__ import annotations

from extractors.ccgpgrid import REGION, Cell, cells, summary_run


def test_a_run_is_cut_at_the_grids_labels_the_longest_first() -> None:
    run = "采购单位某某研究院采购单位地址某路52号采购单位联系方式010-12345678代理机构名称某某中心"
    assert cells(run) == [
        Cell("采购单位", "某某研究院"),
        Cell("采购单位地址", "某路52号"),
        Cell("采购单位联系方式", "010-12345678"),
        Cell("代理机构名称", "某某中心"),
    ]


def test_the_text_before_the_first_label_is_a_cell_with_no_label() -> None:
    assert cells("某某海事大学行政区域某某省公告时间2026年08月05日 15:57")[:2] == [
        Cell("", "某某海事大学"),
        Cell(REGION, "某某省"),
    ]
    assert cells("某某海事大学") == [Cell("", "某某海事大学")]
    assert cells("") == []


def test_the_run_joins_its_lines_up_to_a_numbered_part() -> None:
    lines = [
        "某某项目中标公告",
        "公告概要：公告信息：采购项目名称某某项目品目",
        "服务/其他服务",
        "采购单位某某大学行政区域某某省",
        "一、项目编号：AB-2026-001",
        "采购单位别的大学",
    ]
    assert summary_run(lines) == "采购项目名称某某项目品目服务/其他服务采购单位某某大学行政区域某某省"


def test_guard_a_summary_line_not_in_the_grids_form_is_no_run() -> None:
    assert summary_run(["公告概要：", "采购单位某某大学行政区域某某省公告时间2026年08月05日"]) == ""
    # (only the first 概要 line is the grid's: a later one is not looked for)
    assert summary_run(["公告概要：见下文", "公告概要：公告信息：采购项目名称某某项目品目"]) == ""
