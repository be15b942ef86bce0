"""The guard under the net (extractors/unread.py): made-up pages, never real page text."""

from __future__ import annotations

from extractors import extract
from extractors.unread import head_group, item_heads, value_fits
from monitor.required import required_detail
from vocabulary import UNREAD_MARK

_TITLE = "某某大学办公家具采购项目公开招标公告"


def _page(*paras: str, title: str = _TITLE) -> bytes:
    head = f"<html><head><title>{title}</title></head><body><h2>{title}</h2>"
    return (head + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>").encode()


_BASE = (
    "项目编号：ABC-2099-001",
    "项目名称：某某大学办公家具采购项目",
    "采购人：某某大学",
    "采购代理机构：某某招标代理有限公司",
    "一、采购需求：办公桌椅一批，详见采购文件。",
    "二、供应商资格要求：具有独立承担民事责任的能力。",
    "三、获取采购文件：2099年1月1日至2099年1月8日在某某网下载。",
    "四、投标截止时间：2099年1月20日9时30分",
    "开标时间：2099年1月20日9时30分",
    "公告期限：自本公告发布之日起5个工作日。",
    "联系电话：0570-1234567",
)


def _status(body: bytes, key: str, notice_type: str = "procurement.tender") -> tuple[str, str]:
    rec = extract(body).to_dict()
    assert rec["notice_type"] == notice_type, rec["notice_type"]
    return required_detail(rec)[key]


def test_unknown_label_holding_a_sum_makes_the_budget_a_gap_naming_it() -> None:
    # the budget printed under a label no rule knows ('财政安排资金'): a sum whose head (资金) is a sum's
    status, why = _status(_page(*_BASE, "财政安排资金：120万元"), "budget")
    assert status == "gap"
    assert (
        "财政安排资金" in why
    )  # (stated_by_content's unknown-label sum reads it first: a gap naming the label)


_EMISSION = "某某市化学需氧量排污权指标有偿出让公告"


def _emission(*paras: str) -> bytes:
    return _page(*paras, title=_EMISSION)


_EMISSION_BASE = (
    "经某某市生态环境局同意，某某市公共资源交易中心对下列排污权指标公开出让。",
    "一、标的名称：化学需氧量排污权指标",
    "二、起始价：4000元/吨",
    "三、竞买人资格要求：某某市范围内的排污单位。",
    "四、竞价时间：2099年3月1日9时至11时",
    "五、竞价地点：某某市公共资源交易中心",
    "六、保证金交纳方式：银行转账",
    "联系电话：0570-1234567",
)


def _emission_status(body: bytes, key: str) -> tuple[str, str]:
    return _status(body, key, "emission.transfer_notice")


def test_unknown_quantity_label_makes_the_quantity_a_gap_naming_it() -> None:
    # '发放总量' is no label of ours and no stem of the quantity item; its head (总量) and value (吨) are a quantity's
    status, why = _emission_status(_emission(*_EMISSION_BASE, "七、本次发放总量：1,234吨"), "quantity")
    assert status == "gap"
    assert why.startswith(UNREAD_MARK) and "发放总量" in why and "无法确认未公开" in why


def test_emission_page_read_fully_without_a_quantity_keeps_its_finding() -> None:
    assert _emission_status(_emission(*_EMISSION_BASE), "quantity") == ("missing", "")


def test_unknown_label_of_another_head_guards_no_quantity() -> None:
    # a sum under an unknown label is no quantity; a quantity word with no figure holds none
    body = _emission(*_EMISSION_BASE, "七、申购上限：详见竞价规则", "八、服务收费标准：100元")
    assert _emission_status(body, "quantity") == ("missing", "")


def test_page_read_fully_without_a_budget_keeps_its_finding() -> None:
    assert _status(_page(*_BASE), "budget") == ("missing", "")


def test_unknown_label_of_another_sort_guards_nothing() -> None:
    # a date under an unknown label is no sum; a fee is no budget; a heading holds no value
    body = _page(*_BASE, "踏勘现场时间：2099年1月5日", "图纸押金：500元", "资金来源")
    assert _status(body, "budget") == ("missing", "")


def test_unknown_label_with_no_sum_under_it_guards_nothing() -> None:
    body = _page(*_BASE, "财政安排资金：详见采购文件")
    assert _status(body, "budget") == ("missing", "")


def test_heads_and_value_kinds() -> None:
    assert head_group("发放总量") == "quantity"
    assert head_group("发放时间") == "time"
    assert head_group("备注说明") is None  # no head: no promise of a sort of value
    assert "quantity" in item_heads("quantity") and "money" in item_heads("budget")
    assert "time" not in item_heads("budget")
    assert value_fits("quantity", "543,042吨")
    assert not value_fits("quantity", "详见附件")
    assert value_fits("money", "120万元", "财政安排资金")
    assert not value_fits("money", "500元", "图纸押金")


def test_a_time_of_another_act_guards_no_item_of_another_act() -> None:
    # a registration time under an unknown label is no time of obtaining the documents: the omission stays missing
    base = [p for p in _BASE if not p.startswith("三、获取")]
    body = _page(*base, "报名起止时间：2099年1月1日至2099年1月8日")
    assert _status(body, "doc_obtain") == ("missing", "")


def test_heads_of_an_act_count_only_for_the_deal_itself() -> None:
    assert "time" in item_heads("schedule")  # '拍卖时间', '竞价时间': the deal's own time
    assert "time" not in item_heads("doc_obtain")  # '获取招标文件时间': another act's
    assert "method" in item_heads("supply_method") and "method" not in item_heads("deposit_method")
