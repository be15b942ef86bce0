"""Round 14b: a parcel sheet printed one cell per line, as a pipe rendering prints it ('cell |').

Three things kept such a sheet from being read: its first column said 土地名称 (not 地块名称), a second
header row ('绿地率 | 建筑系数 | 竞买保证金(万元)') after the first data row passed for more values, and
each cell carried the rendering's ' |'.  Every page below is made up (docs/extraction-conventions.md,
"Round 14b").
"""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.labels import keys_for

_HEAD = [
    "某市自然资源和规划局",
    "国有建设用地使用权挂牌出让公告",
    "某自然资规让告字[2026]1号",
    "经某市人民政府批准,某市自然资源和规划局决定以挂牌方式出让 1 幅地块的国有建设用地使用权。",
    "一、 出让地块的基本情况和规划指标",
]
_CELLS = [
    "土地名称 (位置)",
    "规划用地面积(m2)",
    "出让面积 (m2)",
    "土地用途",
    "出让年期",
    "容积率",
    "建筑规模 (m2)",
    "某工业园A-01地块",
    "8123",
    "8123",
    "工业用地",
    "50年",
    "≥2.0",
    "≥16246",
    "绿地率",
    "建筑系数",
    "竞买保证金(万元)",
    "起始价 (元/m2 )",
]
_SECOND_ROW = ["≤20%", "≥40%", "60", "400"]
_TAIL = ["二、中华人民共和国境内的法人、自然人和其他组织均可申请参加。"]


def _page(piped: bool) -> bytes:
    cells = [f"{c} |" if piped else c for c in _CELLS]
    second = [f"{c} |" if piped else c for c in _SECOND_ROW]
    return "\n".join([*_HEAD, *cells, *(["|"] if piped else []), *second, *_TAIL]).encode()


@pytest.mark.parametrize("piped", [False, True])
def test_a_parcel_sheet_with_a_second_header_row_reads_its_first_row(piped: bool) -> None:
    fields = extract(_page(piped)).fields
    assert fields.get("parcel_no") == "某工业园A-01地块"
    assert fields.get("area_m2") == pytest.approx(8123)
    assert fields.get("land_use") == "工业用地"
    assert fields.get("use_term_years") == 50


@pytest.mark.parametrize("label", ["土地名称", "宗地名称", "地块名称"])
def test_a_parcels_name_column_is_its_parcel_number(label: str) -> None:
    assert keys_for(label) == ("parcel_no",)


def test_a_key_value_run_printed_cell_by_cell_keeps_its_values() -> None:
    # no header run opens here: '项目名称 |' / 'X |' pairs are read as before, each label with its value
    text = "\n".join(
        [
            "某公司场地租赁权出租公告",
            "标的名称 |",
            "某区某路场地3年租赁权 |",
            "标的编号 |",
            "ABC2026ZL0001 |",
            "出租底价 |",
            "123456 元/年 |",
            "坐落位置 |",
            "某市某区某片区 |",
        ]
    )
    fields = extract(text.encode()).fields
    assert fields.get("project_number") == "ABC2026ZL0001"
    assert fields.get("starting_price") == pytest.approx(123456)
