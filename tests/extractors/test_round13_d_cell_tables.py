"""One-cell-per-line tables read in issue 12, round 13d (docs/extraction-conventions.md, "Round 13d").

A text rendering prints a result table one cell per line: header cells, then each row's values.  Three
things kept such a table from being read: a description cell told as a sentence with its full stop
('采购器材一批(详见磋商文件)。'), a '单位' column whose cell ('元') is glued to the sum before it, and a last
'备注信息' column that prints no cell.  Every page below is made up.
"""

from __future__ import annotations

from typing import Any

from extractors import extract
from extractors.textpage import _column_tables, _wrapped_cells

_HEAD = (
    "某学校运动器材采购项目成交公告\n"
    "一、项目基本情况\n"
    "1、采购项目名称:某学校运动器材采购项目\n"
    "2、采购方式:竞争性磋商\n"
    "二、成交情况\n"
)
_CELLS = [
    "包号",
    "采购内容",
    "供应商名称",
    "地 址",
    "中标金额",
    "单位",
    "备注信息",
    "某政采磋商-2026-3-1",
    "采购运动器材一批(详见竞争性磋商文件)。",
    "甲体育产业发展有限公司",
    "某省某市某路36号",
    "1,675,000.00",
    "元",
    "评审总得分:91.67分",
]
_TAIL = "三、评审专家名单\n甲、乙、丙\n"


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


def test_a_result_table_printed_one_cell_per_line_gives_winner_and_amount() -> None:
    rec = _rec(_HEAD + "\n".join(_CELLS) + "\n" + _TAIL)
    assert rec.notice_type == "procurement.result"
    assert rec.fields.get("winner") == ["甲体育产业发展有限公司"]
    assert rec.fields.get("amount") == 1675000


def test_the_table_is_laid_out_without_the_unit_and_note_columns() -> None:
    lines = _column_tables(_wrapped_cells(["二、成交情况", *_CELLS]))
    assert lines[1].startswith("包号 | 采购内容 | 供应商名称 | 地 址 | 中标金额 |")
    assert "1,675,000.00元" in lines[2]


def test_a_paragraph_after_a_table_is_no_cell_of_it() -> None:
    # a closing sentence followed by a heading is prose: the value run stops before it
    cells = [
        "包号",
        "供应商名称",
        "中标金额(元)",
        "1",
        "甲公司",
        "1675000",
        "本项目已完成评审。",
        "三、其他事项",
    ]
    lines = _column_tables(cells)
    assert "本项目已完成评审。" in lines
