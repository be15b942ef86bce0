"""Round 22c: two more shapes of a grid printed without its grid, cut structurally.

(a) a key/value grid run into one line, label and value cells set off by runs of spaces ('某某中标公示 招标人
   某公司   工程名称  某工程   招标方式  公开招标 …'); (b) numbered label items run into one line, each number glued
to the item before it ('七、评审信息1.评审日期：…2.评审地点：…3.…'). Made-up pages (no real page's text). The first
tests fail before round 22c and pass after; the guards keep near-misses as they were.
"""

from __future__ import annotations

from extractors import extract
from extractors.textpage import _known


def _rec(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


def _pairs(line: str) -> list[str]:
    from extractors.spacetable import label_value_pairs  # (round 22c: absent before it)

    return label_value_pairs(line, _known)


def _items(line: str) -> list[str]:
    from extractors.spacetable import items_in_turn  # (round 22c: absent before it)

    return items_in_turn(line)


_GRID = (
    "某某县某某中心项目施工中标公示 招标人   某某城市投资有限公司   工程名称  某某中心项目施工（ABC2026001）"
    "   招标方式  公开招标   开标时间  2026年3月9日9:30   中标单位名称  第一中标候选人：甲建设有限公司 "
    "第二中标候选人：乙建设有限公司   公示时间  至2026年3月15日   备注  领取中标通知书时请携带有关材料。"
)


# --- (a) label/value pairs split by space runs ----------------------------------------------------------------


def test_pairs_on_one_line_give_the_purchaser_and_the_title() -> None:
    rec = _rec(_GRID)
    assert rec["purchaser"] == "某某城市投资有限公司"
    assert rec["title"] == "某某县某某中心项目施工中标公示"


def test_pairs_are_cut_one_item_a_line() -> None:
    out = _pairs(_GRID)
    assert out[:3] == [
        "某某县某某中心项目施工中标公示",
        "招标人:某某城市投资有限公司",
        "工程名称:某某中心项目施工（ABC2026001）",
    ]
    # a value holding labels of its own stays on a line of its own, never joined to its label
    i = out.index("中标单位名称")
    assert out[i + 1].startswith("第一中标候选人：")


def test_guard_fewer_than_three_pairs_leave_the_line_whole() -> None:
    line = "招标人   某某城市投资有限公司   工程名称  某某中心项目施工   另见附件"
    assert _pairs(line) == [line]


def test_guard_cells_that_are_no_labels_leave_the_line_whole() -> None:
    line = "某某路   某某街   某某巷   某某村   某某镇   某某乡   某某县"
    assert _pairs(line) == [line]


def test_guard_two_labels_in_a_row_break_the_pairs() -> None:
    # (label, label: a header row, no key/value grid)
    line = "招标人   工程名称   招标方式   开标时间   甲   乙   丙   丁"
    assert _pairs(line) == [line]


# --- (b) numbered label items glued into one line ----------------------------------------------------------------


def test_glued_numbered_items_are_cut_at_each_number_in_turn() -> None:
    line = "七、评审信息1.评审日期：2026年3月1日2.评审地点：某某大厦6号厅3.评审委员会负责人：张三丰4.评审委员会成员：李四、王五5.评审意见详见附件"
    assert _items(line) == [
        "七、评审信息",
        "1.评审日期：2026年3月1日",
        "2.评审地点：某某大厦6号厅",
        "3.评审委员会负责人：张三丰",
        "4.评审委员会成员：李四、王五",
        "5.评审意见详见附件",
    ]


def test_guard_a_list_that_is_a_labels_value_stays_whole() -> None:
    line = "资格要求：1、具有独立法人资格；2、具有良好的商业信誉；3、具有履行合同所必需的设备和专业技术能力。"
    assert _items(line) == [line]


def test_guard_items_that_are_no_labelled_items_stay_whole() -> None:
    line = "注意事项：本公告另见网站1.本次报价须含税费与运输2.逾期送达的报价不予接收3.其他事项另行通知为准"
    assert _items(line) == [line]


def test_guard_numbers_out_of_turn_or_after_a_counting_word_cut_nothing() -> None:
    assert _items("本次采购分为采购包1、采购包2、采购包3、采购包4，各包单独评审并单独签订合同。") == [
        "本次采购分为采购包1、采购包2、采购包3、采购包4，各包单独评审并单独签订合同。"
    ]
    line = "评审信息1.评审日期：2026年3月1日3.评审地点：某某大厦2.负责人：张三丰4.成员：李四"
    assert _items(line) == [line]
