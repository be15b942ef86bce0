"""Round 29 (stated): an item printed under a label we do not know is found by its value's shape.

Why (issue 12 item 3, bench/bench_unlabelled.py): a 要素缺失 finding stands only when the page does not state the
item. With a known label replaced by one we do not know ('戊己'), pages that print the item were accused: the
'label：value' ran into the text before it inside a flattened paragraph (29a), the place was told by its verb or by
what it touches, in a value longer than a cell's (29b), or the next label ran into the value (29c). Each test has a
guard: the same page WITHOUT the value still misses the item (a real omission is still found).
"""

from __future__ import annotations

from extractors import extract

TITLE = "某县某山建筑用石料矿采矿权网上挂牌出让公告\n"
OPEN = (
    "根据《中华人民共和国矿产资源法》等相关规定,现以网上挂牌方式公开出让某县某山建筑用石料矿采矿权。"
    "现将有关事项公告如下:一、出让采矿权基本情况1、采矿权名称:某县某山建筑用石料矿"
)
REST = "2、开采矿种:建筑用石料3、开采标高:5米至-91米4、出让收益:起始价35000万元。二、出让人:某县自然资源和规划局\n"


def _status(page: str, key: str) -> str:
    rec = extract(page.encode())
    assert rec.notice_type.startswith("mining."), rec.notice_type
    return rec.field_status(key)


# 29a: a 'label：value' run into the text before it, inside one long line


def test_a_place_after_a_glued_unknown_label_is_stated() -> None:
    page = TITLE + OPEN + "戊己:某县某镇某村" + REST
    assert _status(page, "location") in {"read", "gap"}


def test_the_same_page_without_the_place_still_misses_it() -> None:
    assert _status(TITLE + OPEN + REST, "location") == "missing"


def test_an_area_after_a_glued_unknown_label_is_stated() -> None:
    page = TITLE + OPEN + "戊己:0.2882平方千米,拐点坐标如下:" + REST
    assert _status(page, "area_m2") in {"read", "gap"}


def test_the_same_page_without_the_area_still_misses_it() -> None:
    assert _status(TITLE + OPEN + "拐点坐标如下:" + REST, "area_m2") == "missing"


def test_a_term_after_a_glued_unknown_label_in_a_sentence_is_stated() -> None:
    page = TITLE + OPEN + ",资源储量:1347.84万吨,拟戊己:2.5年," + REST
    assert _status(page, "use_term_years") in {"read", "gap"}


def test_the_same_sentence_without_the_term_still_misses_it() -> None:
    assert _status(TITLE + OPEN + ",资源储量:1347.84万吨," + REST, "use_term_years") == "missing"


# 29b: a place told by its verb (a mask before it), or by what it touches


def test_a_place_told_by_its_verb_in_a_long_value_is_stated() -> None:
    line = (
        "戊己:**位于**县**240°方向,平距约27km,行政上隶属**县某某乡管辖。北侧有某公路通过,至某乡运距约5km。\n"
    )
    assert _status(TITLE + line + REST, "location") in {"read", "gap"}


def test_a_place_told_by_what_it_touches_is_stated() -> None:
    line = "(三)戊己:某区东部。西接某区,东跨某河东岸,北邻某高速,南邻某湖。\n"
    assert _status(TITLE + line + REST, "location") in {"read", "gap"}


def test_a_document_quoted_is_no_place() -> None:
    line = TITLE + OPEN + ",资源储量:根据《某省某县某镇地热资源勘查报告》储量为10万立方米。" + REST
    assert _status(line, "location") == "missing"


# 29c: the next label after a clause's end ends the value


def test_the_next_label_ends_an_unknown_labels_value() -> None:
    line = "4.戊己:0.07899平方千米;起始价:3万元,出让收益率:地热3.6%;拐点坐标见附件1。\n2.矿种:地热。\n"
    assert _status(TITLE + line + REST, "area_m2") in {"read", "gap"}


def test_without_the_area_the_next_label_still_misses_it() -> None:
    line = "4.起始价:3万元,出让收益率:地热3.6%;拐点坐标见附件1。\n2.矿种:地热。\n"
    assert _status(TITLE + line + REST, "area_m2") == "missing"


# 29d: a sum printed to the fen in a cell of its own under the award's section


RESULT = (
    "某单位办公设备采购项目竞争性磋商成交公告\n一、项目编号：ABC-2024-001\n二、项目名称：某单位办公设备采购项目\n"
    "三、成交结果：\n包号\n成交供应商名称\n戊己\n001\n某某商贸有限公司\n"
)
AFTER = "四、采购人：某单位\n联系电话：0415-1234567\n"


def _amount(page: str) -> str:
    rec = extract(page.encode())
    assert rec.notice_type.endswith("result"), rec.notice_type
    return rec.field_status("amount")


def test_a_sum_to_the_fen_under_the_award_is_stated() -> None:
    assert _amount(RESULT + "256100.00\n" + AFTER) in {"read", "gap"}


def test_the_same_award_without_the_sum_still_misses_it() -> None:
    assert _amount(RESULT + AFTER) == "missing"


def test_a_score_under_the_award_is_no_sum() -> None:
    assert _amount(RESULT + "89.50\n" + AFTER) == "missing"


def test_the_country_a_bidder_must_be_of_is_no_place() -> None:
    page = TITLE + OPEN + "三、竞买人资格:中华人民共和国境内的企业" + REST
    assert _status(page, "location") == "missing"


# 29e: the award's block over a firm's name the layout joined to a header cell ('中标金额(万元):某科技有限公司')

AWARD = "某中心检测试剂采购项目中标公告\n一、项目编号：TJ-2024-0301\n二、项目名称：某中心检测试剂采购项目\n三、中标信息\n第3包\n戊己\n供应商地址\n中标金额(万元)\n"
TAIL = "四、采购人：某中心\n五、评审专家名单：张某某、李某某、王某某\n"


def _winner(page: str) -> str:
    rec = extract(page.encode())
    assert rec.notice_type.endswith("result"), rec.notice_type
    return rec.field_status("winner")


def test_a_firm_under_the_award_joined_to_a_header_cell_is_stated() -> None:
    assert _winner(AWARD + "某某科技有限公司\n某市某区\n1.65\n" + TAIL) in {"read", "gap"}


def test_the_same_award_without_the_firm_still_misses_it() -> None:
    assert _winner(AWARD + "某市某区\n1.65\n" + TAIL) == "missing"
