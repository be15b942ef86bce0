"""Round 22g: one shape gate for every value (extractors/shapes.py, called from Record.set).

Made-up pages only. A value whose shape cannot be its key's is refused: the next reading of the key is taken,
else the key is a review gap (stated, not missing). Guards: values of the same keys with unusual but real
shapes stay read.
"""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.record import Record
from extractors.shapes import cross_refusals, refusal


def _rec(text: str) -> Record:
    return extract(text.encode())


# -- pages: the wrong span refused, the next reading or a gap -----------------------------------------------


def test_a_winner_read_as_the_label_words_gives_way_to_the_named_winner() -> None:
    rec = _rec(
        "某大学体育场维修工程中标结果公示\n"
        "招标人：某某大学\n"
        "中标人：联合体成员单位\n"
        "中标单位：甘肃某某建设工程有限公司\n"
        "中标价：1234567.00元\n"
    )
    assert rec.fields.get("winner") == ["甘肃某某建设工程有限公司"]


def test_a_project_number_run_on_into_a_boilerplate_sentence_is_a_gap() -> None:
    rec = _rec(
        "某路桥公司项目中标公告\n"
        "编号：2021-006 某某路桥建设股份有限公司项目中标公告本公司董事会及全体董事保证本公告内容不存在任何虚假记载\n"
        "中标单位：某某路桥建设股份有限公司\n"
        "中标金额：1234567元\n"
    )
    assert "project_number" not in rec.fields
    assert rec.field_status("project_number") == "gap"


def test_a_budget_of_two_digits_with_its_unit_lost_is_a_gap() -> None:
    rec = _rec(
        "某学校运动营养品采购项目招标公告\n"
        "项目编号：SDRZ-2026-001\n"
        "采购人：某某学校\n"
        "预算金额：\n"
        "60\n"
        "最高限价：\n"
        "60\n"
        "投标截止时间：2026年03月01日09时30分\n"
    )
    assert "budget" not in rec.fields and "max_price" not in rec.fields
    assert rec.field_status("budget") == "gap"


def test_a_bracketed_aside_is_no_title() -> None:
    rec = _rec(
        "（招标人、招标代理公司、监督部门）\n"
        "某大学体育场维修工程中标结果公示\n"
        "招标人：某某大学\n"
        "中标单位：甘肃某某建设工程有限公司\n"
    )
    assert rec.fields.get("title") != "（招标人、招标代理公司、监督部门）"


def test_a_place_with_its_subject_and_a_note_before_weiyu_is_refused() -> None:
    rec = _rec(
        "某县商业房招租公告\n"
        "一、标的物位置：(具体以现场实际为准)位于某县西门片区安置小区部分商业房及地下储藏室包括\n"
        "二、租赁期限：3年\n"
        "出租方：某县某某资产经营有限公司\n"
    )
    assert "位于" not in str(rec.fields.get("location", ""))


def test_shapes_refuse_the_forms_of_the_blind_errors() -> None:
    assert refusal("project_number", "1") == "a row's number"
    assert refusal("project_number", "ZFCG####-######") == "masked"
    assert refusal("project_number", "妇科医疗设备采购（GXZC2018-J1-21797）") == "a name before its code"
    assert refusal("agency", "广东某某采购招标有限公司采购代理机构") is not None
    assert refusal("winner", ["某某信息技术有限公司 2.中标"]) is not None
    assert refusal("winner", ["某某自治区国土资源规划院中标"]) is not None
    assert refusal("winner", ["河南某某建筑安装有限公司成交单位"]) is not None
    assert refusal("purchaser", "某局决定对该项目进行公开招标") is not None
    assert refusal("project_name", "三、公告媒体及日期：本项目") is not None
    assert refusal("location", "位于县某乡管辖。北、西南侧有公路通过") is not None
    assert refusal("location", "供地条件") is not None
    assert refusal("land_use", "容积率") is not None
    assert refusal("budget", 60.0) is not None
    assert refusal("amount", 0) is not None
    assert refusal("use_term_years", 99) is not None
    assert refusal("publish_date", "2099-01-01") is not None


def test_a_publish_date_years_after_the_notices_own_dates_is_refused() -> None:
    assert cross_refusals({"publish_date": "2024-05-01", "bid_deadline": "2016-03-31 09:30"})
    assert not cross_refusals({"publish_date": "2017-01-03", "bid_deadline": "2016-12-30 09:30"})
    assert not cross_refusals({"publish_date": "2024-05-01"})


# -- guards: real shapes of the same keys stay read ----------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("purchaser", "某自治区某州某某某单位"),
        ("purchaser", "某县某街道某村股份经济合作社"),
        ("purchaser", "某村"),
        ("agency", "中经某某招标集团有限公司"),
        ("winner", ["中铁建"]),
        ("winner", ["某某公司、某某设计有限公司联合体"]),
        ("project_number", "永财公开招标采购-2026-8；永建招标[2026]003号"),
        ("project_number", "330783263601470000008-浙建航招（东2026010号）"),
        ("project_number", "SC—2023—006—某某高新区小学"),
        ("project_number", "7652953"),
        ("project_name", "某市某路日常维护服务外包项目(三标段:红旗路桥北至某公园界)"),
        ("budget", 58400.0),
        ("starting_price", 500.0),
        ("area_m2", 10.0),
        ("use_term_years", 70),
        ("title", "招标公告"),
        ("title", "起拍价1.05亿元!某县一砂石大矿出让!"),
        ("location", "某县"),
        ("location", "某区某地块(东至某水库,南至某轨道)"),
        ("land_use", "商业"),
        ("land_use", "工业用地"),
        ("publish_date", "2005-06-01"),
    ],
)
def test_real_shapes_are_kept(key: str, value: object) -> None:
    assert refusal(key, value) is None


def test_the_platforms_own_data_is_not_judged() -> None:
    assert refusal("project_number", "1", "json") is None


def test_a_value_kept_by_its_shape_is_read_as_before() -> None:
    rec = _rec(
        "某中心设备采购项目招标公告\n"
        "项目编号：ABC-2026-002\n"
        "采购人：某某中心\n"
        "预算金额：58400元\n"
        "投标截止时间：2026年03月01日09时30分\n"
    )
    assert rec.fields.get("budget") == 58400.0
    assert rec.fields.get("project_number") == "ABC-2026-002"


def test_every_refusal_reason_has_its_chinese_words_for_the_warning() -> None:
    """The warning a user reads is Chinese: every reason shapes.py can give has an entry in REASON_ZH."""
    import inspect
    import re

    from extractors import shapes

    source = inspect.getsource(shapes)
    reasons = set(re.findall(r'return "([^"]+)"', source))
    reasons |= set(re.findall(r'^\s+"(a subject[^"]*)"', source, re.M))
    reasons |= set(re.findall(r'\] = "([^"]+)"', source))
    assert reasons, "no reason found in shapes.py"
    missing = sorted(r for r in reasons if r not in shapes.REASON_ZH)
    assert not missing, missing
    assert all(re.search(r"[\u4e00-\u9fff]", zh) for zh in shapes.REASON_ZH.values())
