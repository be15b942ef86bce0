"""Reading conventions added in issue 12, round 18d (docs/extraction-conventions.md, "Round 18d").

Field values of procurement and construction notices: the national result table's one row run into its
header's line with the supplier's name first, a lot's representative in a 评审专家名单, a consortium named as
one bidder.  Every page below is made up (no real page is copied); each rule has a guard where it could go
too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract
from extractors.core import _consortium_or_orgs
from extractors.normalize import split_people


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


def _result(row_line: str) -> str:
    return (
        "某某服务项目成交结果公告\n"
        "公告时间：2026年07月01日\n"
        "一、项目编号：AB2026-001\n"
        "二、项目名称：某某服务项目\n"
        "三、中标（成交）信息\n"
        f"{row_line}\n"
        "四、主要标的信息\n"
        "五、评审专家（单一来源采购人员）名单：\n"
        "甲乙丙，丁戊己\n"
        "九、对本次公告内容提出询问，请按以下方式联系\n"
        "1.采购人信息\n"
        "名 称：某某县某某局\n"
    )


# -- 18d.1 the one-row result table run together, the supplier's name before its address ----------------------


def test_a_name_first_row_with_an_amount_cell_gives_winner_and_amount() -> None:
    rec = _rec(
        _result(
            "序号供应商名称供应商地址中标（成交）金额评审总得分1某某建设工程有限公司某某省某某新区某某路12号"
            "金额(以价格数值表示):1234567.00(元)88.12"
        )
    )
    assert rec.fields.get("winner") == ["某某建设工程有限公司"]
    assert rec.fields.get("amount") == 1234567.0


def test_a_name_first_row_with_a_labelled_bid_and_a_centre_as_supplier() -> None:
    rec = _rec(
        _result(
            "序号供应商名称供应商地址 中标（成交）金额评审总得分1某某社会工作服务中心某某市某某区某某街401号"
            "磋商报价：2100000（元）86.47"
        )
    )
    assert rec.fields.get("winner") == ["某某社会工作服务中心"]
    assert rec.fields.get("amount") == 2100000.0


def test_a_name_first_row_with_a_credit_code_gives_the_winner() -> None:
    # (the text copy keeps the cells' spaces, the page text drops those between Han characters)
    rec = _rec(
        _result(
            " 供应商名称 供应商地址 供应商编码 河东润泽环境科技有限公司 河东省江北市工农路5号305室 91130100MA00AAA00A "
        )
    )
    assert rec.fields.get("winner") == ["河东润泽环境科技有限公司"]


def test_guard_a_second_row_reads_no_winner_from_the_run_together_line() -> None:
    # two lots run into one line: which name goes with which price is not printed
    rec = _rec(
        _result(
            "序号供应商名称供应商地址中标（成交）金额评审总得分1某某建设工程有限公司某某省某某路12号"
            "磋商报价：100000（元）88.12 2某某科技有限公司某某市某某路3号磋商报价：200000（元）80.5"
        )
    )
    assert rec.fields.get("winner") != ["某某建设工程有限公司"]
    assert rec.fields.get("amount") not in (100000.0, 200000.0)


def test_guard_a_name_with_no_address_after_it_is_not_cut() -> None:
    # the address opens with a district, not a province or city: where the name ends is not printed
    rec = _rec(
        _result(
            "序号供应商名称供应商地址中标（成交）金额评审总得分1某某服务中心有限公司小店区某某街401号"
            "磋商报价：2100000（元）86.47"
        )
    )
    assert rec.fields.get("winner") != ["某某服务中心"]


# -- 18d.2 a lot's representative in the experts' list ------------------------------------------------------------


def test_a_lot_representative_is_an_expert() -> None:
    assert split_people("赵甲，张乙丙，李丁戊（第1包采购人代表）") == ["赵甲", "张乙丙", "李丁戊"]
    assert split_people("章某某（第1标项采购人代表），王五") == ["章某某", "王五"]


def test_a_lot_representative_in_the_numbered_list_is_read() -> None:
    page = _result("供应商名称：某某有限公司").replace(
        "甲乙丙，丁戊己", "甲乙丙，丁戊己，庚辛（第1包采购人代表）"
    )
    assert _rec(page).fields.get("experts") == ["甲乙丙", "丁戊己", "庚辛"]


def test_guard_another_bracket_still_drops_the_member() -> None:
    # a note that is no role ('（第1包）' alone, '（回避）') is not stripped: no name is made of it
    assert split_people("赵甲，李丁戊（回避）") == ["赵甲"]


# -- 18d.3 a consortium is one bidder ---------------------------------------------------------------------------


def test_a_consortium_is_one_winner() -> None:
    assert _consortium_or_orgs("某某建设集团有限公司、某某建筑设计有限公司联合体") == [
        "某某建设集团有限公司、某某建筑设计有限公司联合体"
    ]


def test_guard_two_winners_without_the_word_are_two() -> None:
    assert _consortium_or_orgs("某某建设集团有限公司、某某建筑设计有限公司") == [
        "某某建设集团有限公司",
        "某某建筑设计有限公司",
    ]


# -- 18d.4 the owner's representatives listed beside the experts -------------------------------------------------


def _panel(lines: str) -> str:
    return (
        "某某服务项目中标结果公告\n"
        "一、项目编号：AB2026-002\n"
        "二、项目名称：某某服务项目\n"
        "三、中标信息\n"
        "中标供应商名称：某某科技有限公司\n"
        "四、评审专家名单：\n"
        f"{lines}\n"
        "五、代理服务收费标准及金额：\n"
        "代理服务费：1000元\n"
    )


def test_a_representatives_list_under_the_experts_list_is_read() -> None:
    rec = _rec(
        _panel("随机抽取专家名单：陈甲（组长）、黄乙、苏丙\n采购人代表名单：冯丁\n自行选定专家名单：无")
    )
    assert rec.fields.get("experts") == ["陈甲", "黄乙", "苏丙", "冯丁"]


def test_a_representatives_clause_after_the_experts_on_one_line_is_read() -> None:
    rec = _rec(_panel("评标委员会成员名单:随机抽取的3名专家为：卢甲、张乙、瞿丙；招标人代表：朱丁、王戊。"))
    assert rec.fields.get("experts") == ["卢甲", "张乙", "瞿丙", "朱丁", "王戊"]


def test_a_representative_above_the_experts_one_cell_a_line_comes_first() -> None:
    rec = _rec(_panel("采购人代表：\n徐甲\n评审专家：\n张乙\n、\n陈丙"))
    assert rec.fields.get("experts") == ["徐甲", "张乙", "陈丙"]


def test_guard_a_representative_in_another_part_is_not_a_member() -> None:
    page = _panel("评审专家：张乙、陈丙").replace(
        "代理服务费：1000元\n", "代理服务费：1000元\n六、其他\n开标记录\n采购人代表：赵戊\n"
    )
    assert _rec(page).fields.get("experts") == ["张乙", "陈丙"]


# -- 18d.5 candidates printed in no rank order ------------------------------------------------------------------


def _candidates(heading: str) -> str:
    return (
        "某某工程中标候选人公示\n"
        "一、项目名称：某某工程\n"
        "二、招标人：某某县某某局\n"
        f"三、{heading}\n"
        "中标候选人名称：某某建设有限公司、某某工程有限公司、某某设计院有限责任公司\n"
        "第一中标候选人：某某建设有限公司\n"
        "第二中标候选人：某某工程有限公司\n"
        "第三中标候选人：某某设计院有限责任公司\n"
    )


def test_guard_ranked_candidates_are_read() -> None:
    rec = _rec(_candidates("评标结果"))
    assert [c["name"] for c in rec.fields.get("candidates") or []][:1] == ["某某建设有限公司"]


def test_candidates_said_to_be_unranked_give_no_list() -> None:
    rec = _rec(_candidates("评标委员会推荐的中标候选人（排名不分先后）"))
    assert rec.fields.get("candidates") is None


# -- 18d.6 a date and clock time alone under its label (a template printed one cell a line) ---------------------


def _cells(value: str) -> str:
    return (
        "某某项目施工/标段中标结果更正公告\n"
        "招标人:某某文化传媒有限公司\n"
        "开标时间\n"
        f"{value}\n"
        "开标地点\n"
        "某某市公共资源交易中心\n"
        "中标单位:某某建设工程有限责任公司\n"
    )


def test_an_iso_time_under_its_label_is_the_labels_value() -> None:
    assert _rec(_cells("2026-03-03 09:00:00")).fields.get("opening_time") == "2026-03-03 09:00"


def test_guard_a_labelled_line_under_a_label_is_not_joined() -> None:
    # the line below holds a label of its own ('地点：…'): the colon is no clock's, nothing is joined
    rec = _rec(_cells("地点：某某市公共资源交易中心 09:00"))
    assert rec.fields.get("opening_time") is None
