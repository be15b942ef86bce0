"""Round 29f (issue 12 item 3): a table's header row run together inside a line states each column's item
(docs/extraction-conventions.md "# Round 29 (stated)", 29f).

A 开化 拍卖出让公告 (fresh39) prints its lot table flattened into the part's line: '…规划指标要求:编号地块名称出让
面积(m²)容积率建筑密度绿地率土地用途出让年限…' and then the row. The use was unread and judged absent — a 要素缺失
resting on our mistake. Made-up pages below.
"""

from __future__ import annotations

from extractors import extract
from extractors.layout import build_page
from extractors.stated import _glued_header_labels, stated_labels

_HEAD = (
    "一、出让地块的基本情况:编号地块名称出让面积(m²)容积率建筑密度绿地率土地用途出让年限出让起始价(元/平方米)"
)
_ROW = "某工业区A-1号地块≥1.0≥40%≤15%二类工业用地(M2)50年另行公告"


def test_the_heads_of_a_header_run_inside_a_line_are_found() -> None:
    heads = _glued_header_labels(_HEAD + _ROW)
    assert {"地块名称", "出让面积", "土地用途", "出让年限"} <= set(heads)


def test_a_header_run_states_its_items_so_an_unread_use_is_a_gap() -> None:
    page = (
        "某县国有建设用地使用权拍卖出让公告\n经某县人民政府批准，决定拍卖出让一宗地块。" + _HEAD + _ROW + "\n"
    )
    assert "land_use" in stated_labels(build_page(f"<p>{page}</p>"))
    rec = extract(page.encode("utf-8"))
    assert rec.notice_type == "land.transfer_notice"
    if "land_use" not in rec.fields:  # read or a gap: never judged absent
        assert "land_use" in rec.gaps


def test_a_sentence_listing_items_is_no_header() -> None:
    # guard: a list parted by 、 or a sentence naming two items states nothing of their values
    assert _glued_header_labels("本公告内容包括地块名称、出让面积、土地用途、出让年限等。") == []
    assert _glued_header_labels("请竞买人仔细核对地块名称出让面积等信息后报名。") == []


def test_three_heads_are_not_enough() -> None:
    # guard: four heads or more, two touching — three known labels in a row may be a title's words
    assert _glued_header_labels("出让地块的基本情况:地块名称出让面积土地用途某路东侧") == []
