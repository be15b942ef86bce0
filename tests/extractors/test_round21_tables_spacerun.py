"""Round 21: a table printed without its grid, cells separated by tabs or runs of spaces, is read as a table.

Made-up pages (no real page's text). The first tests fail before round 21 and pass after; the guards keep a
table whose cells do not line up (or could be read two ways) unread rather than shifted.
"""

from __future__ import annotations

from extractors import extract


def space_tables(lines: list[str], opens: object) -> list[str]:
    from extractors.spacetable import space_tables as reader  # (round 21's module: absent before it)

    return reader(lines, opens)  # type: ignore[arg-type]


def _opens_header(cell: str) -> bool:
    from extractors.textpage import _opens_header as opens

    return opens(cell)


def _rec(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


_HEAD = "某某县人民医院某某设备采购招标公告\n一、采购项目名称：某某设备采购\n二、采购项目编号：ABC2026-001\n三、采购项目分包情况：\n"
_TAIL = (
    "四、获取招标文件\n1、时间：自公告发布之日至2026年1月20日17时00分\n"
    "五、联系方式\n1、采购人：某某县人民医院\n联系电话：0123-4567890\n"
)


# --- a header line of labels, a row line of as many cells (tabs) ---------------------------------------------------


def test_tab_header_and_row_give_the_budget() -> None:
    text = (
        _HEAD
        + "包\t货物名称\t供应商资格要求\t预算金额\n"
        + "1\t某某设备采购\t（1）具有独立法人资格；（2）本项目不接受联合体投标。\t52.5万元\n"
        + _TAIL
    )
    assert _rec(text)["budget"] == 525000


def test_space_run_header_and_row_give_the_budget() -> None:
    text = (
        _HEAD
        + "包号    货物名称    供应商资格要求    预算金额\n"
        + "1    某某设备采购    具有独立法人资格    36万元\n"
        + _TAIL
    )
    assert _rec(text)["budget"] == 360000


def test_a_table_run_into_one_long_line_is_cut_out() -> None:
    line = (
        "一、采购项目名称：某某设备\t\t二、采购项目编号：ABC-1\t\t三、采购项目分包情况：\t\t\t包号\t\t\t\t货物名称\t\t\t\t"
        "供应商资格要求\t\t\t\t预算金额\t\t\t\t1\t\t\t\t某某设备\t\t\t\t具有独立法人资格\t\t\t\t48万元\t\t\t四、获取文件：\t\t1.时间：…"
    )
    out = space_tables([line], _opens_header)
    assert "包号 | 货物名称 | 供应商资格要求 | 预算金额 |" in out
    assert "1 | 某某设备 | 具有独立法人资格 | 48万元 |" in out
    assert "四、获取文件：" in out


# --- guards: refused when the cells do not line up ----------------------------------------------------------------


def test_a_row_with_another_cell_count_is_left_alone() -> None:
    lines = ["包号\t货物名称\t供应商资格要求\t预算金额", "1\t某某设备\t48万元"]
    assert space_tables(lines, _opens_header) == lines
    text = _HEAD + "\n".join(lines) + "\n" + _TAIL
    assert _rec(text).get("budget") is None


def test_a_line_of_words_that_are_no_labels_is_no_header() -> None:
    lines = ["上午    下午    晚上", "8点    14点    20点"]
    assert space_tables(lines, _opens_header) == lines


def test_chapter_items_are_no_row_cells() -> None:
    line = "说明：\t\t序号\t\t预算金额\t\t采购人\t\t某某局\t\t二、其他\t\t三、联系\t\t四、附件"
    assert space_tables([line], _opens_header) == [line]


def test_two_tables_on_one_line_are_two_readings_and_cut_nothing() -> None:
    line = (
        "说明：\t\t序号\t\t预算金额\t\t采购人\t\t1\t\t2万元\t\t某某局\t\t二、其他\t\t"
        "序号\t\t预算金额\t\t采购人\t\t2\t\t3万元\t\t某某院\t\t三、联系"
    )
    assert space_tables([line], _opens_header) == [line]


def test_one_table_in_a_long_line_is_cut_out_with_the_items_around_it() -> None:
    line = "说明：\t\t序号\t\t预算金额\t\t采购人\t\t1\t\t2万元\t\t某某局\t\t二、其他\t\t三、联系"
    assert space_tables([line], _opens_header) == [
        "说明：",
        "序号 | 预算金额 | 采购人 |",
        "1 | 2万元 | 某某局 |",
        "二、其他",
        "三、联系",
    ]


def test_a_long_line_whose_row_runs_on_is_left_alone() -> None:
    line = "分包情况：\t\t包号\t\t货物名称\t\t预算金额\t\t1\t\t某某设备\t\t48万元\t\t另有说明见附件"
    assert space_tables([line], _opens_header) == [line]


def test_a_header_that_reads_as_label_value_pairs_is_left_alone() -> None:
    # known labels at even places, other words at odd places: the key/value reader would pair them, two
    # readings of one row
    lines = ["序号\t商品名称\t预算金额\t备注说明", "1\t某某设备\t48万元\t无"]
    assert space_tables(lines, _opens_header) == lines
