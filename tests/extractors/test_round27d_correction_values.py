"""Round 27d (issue 12): values a ccgp correction or result prints in its own ways.

Why (fresh45, ccgp.gov.cn draw 1): a correction printing the withdrawn and the new budget as two label lines ('一、原采购
公告：项目预算金额：55.00万元' / '现变更为：项目预算金额：54.79万元') gave none (two figures under one label: 北京 表面张力仪);
'原公告的采购项目中标（成交）金额（元）\\（%）：…' was no label (the slash between two notes stopped the label walk: 宜春);
'联系方式：李老师/孙老师；0411-84709969/84706297' was no phone (two names before it: 大连); '最高限价（元）：3200000,2400000'
(one figure a lot) was read as the first lot's 3200000 (哈密). Every page here is made up; the guards say what must NOT
be read so.
"""

from __future__ import annotations

from extractors import extract
from extractors import normalize as N
from extractors.core import _phone


def _fields(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


_HEAD = (
    "某某仪器采购项目更正公告\n一、项目基本情况\n原公告的采购项目编号：HR-2026063\n原公告的采购项目名称：某某仪器采购项目\n"
    "二、更正信息\n更正事项：采购公告\n更正内容：\n"
)


def test_withdrawn_and_new_value_lines_give_the_new_value() -> None:
    page = (
        _HEAD + "一、原采购公告：项目预算金额：55.00万元\n现变更为：项目预算金额：54.79万元。\n"
        "二、原采购公告：采购标的预算（万元）：55.00\n现变更为：采购标的预算（万元）：54.79。\n三、其他不变。\n"
        "更正日期：2026年08月04日\n"
    )
    assert _fields(page)["budget"] == 547900


def test_guard_a_withdrawn_value_alone_is_left_as_it_is() -> None:
    """Without a '变更为' line for the key, the reading is not touched (no new value, none dropped)."""
    from extractors.corrected import withdrawn_dropped
    from extractors.readers import Finding

    only = [Finding("budget", "55.00万元", "", "一、原采购公告：项目预算金额：55.00万元", "numbered")]
    assert withdrawn_dropped(only) == only


def test_label_with_two_notes_joined_by_a_slash_is_read() -> None:
    page = (
        "关于某某幼儿园设施设备采购项目结果变更公示\n一、项目基本情况\n原公告的采购项目编号：JC-2026-007\n"
        "原公告的采购项目中标（成交）金额（元）\\（%）：1423366.00\n原公告的中标单位：江西某某厨业有限公司\n"
        "二、更正信息\n更正事项：采购结果\n更正内容：补充中标供应商综合得分：96.24分。\n更正日期：2026年08月05日\n"
    )
    assert _fields(page)["amount"] == 1423366


def test_two_names_before_a_number_and_a_second_local_number() -> None:
    assert _phone("李老师/孙老师；0411-84709969/84706297") == "0411-84709969/84706297"
    assert _phone("王老师、张老师；010-55533290") == "010-55533290"


def test_guard_a_short_extension_is_still_split_off() -> None:
    assert _phone("0571-88888471/8436") == "0571-88888471"
    assert _phone("0571-88888471，13905710000") == "0571-88888471"


def test_one_figure_a_lot_is_no_sum() -> None:
    assert N.money("3200000,2400000") is None
    assert N.money("120、80万元") is None


def test_guard_thousands_commas_are_one_sum() -> None:
    assert N.money("3,200,000.00") == 3200000
    assert N.money("12,345元") == 12345
    assert N.money("54.79万元。") == 547900
