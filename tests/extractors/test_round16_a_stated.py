"""Round 16a: items a page states in forms the label readers missed (docs/extraction-conventions.md, "Round 16a").

A text copy that flattens a result table into one line runs its header cells together before the first row
('序号…中标供应商名称…1…某公司'), and an enterprise platform's 成交通告 names its buyer only as the one who
published the purchase ('某公司于某日在某平台发布的采购…项目'). Either way the item is on the page: unread it
is a gap for review, never a 要素缺失 finding. Made-up pages."""

from __future__ import annotations

from extractors.layout import build_page
from extractors.stated import stated_by_content, stated_labels


def _page(*lines: str):  # type: ignore[no-untyped-def]
    return build_page("".join(f"<p>{ln}</p>" for ln in lines))


def test_a_flattened_header_row_states_its_columns() -> None:
    page = _page(
        "三、中标（成交）信息",
        "序号中标（成交）金额(元)中标供应商名称中标供应商地址评审总得分1总价：12345（元）甲乙丙建材有限公司某市某路8号90.5",
    )
    assert "winner" in stated_labels(page)


def test_a_flattened_line_without_its_row_number_states_nothing() -> None:
    page = _page("序号说明：中标供应商名称另行公布")
    assert "winner" not in stated_labels(page)


def test_a_buyer_who_published_the_purchase_is_stated() -> None:
    page = _page(
        "项目名称：某某打印机采购",
        "甲乙丙科技有限公司于2020年03月02日在某某电子采购平台发布的采购打印机项目，经过询价采购程序，结果如下：",
    )
    assert "purchaser" in stated_by_content(page, ["purchaser"], {})


def test_an_agency_publishing_for_its_buyer_states_no_buyer() -> None:
    page = _page("甲乙丙招标代理有限公司于2020年03月02日在某某网发布的招标公告，现将结果公告如下：")
    assert "purchaser" not in stated_by_content(page, ["purchaser"], {})


def test_a_sum_printed_with_its_currency_name_under_an_unknown_label_is_stated() -> None:
    page = _page("成交供应商名称：甲乙科技有限公司", "所属行政区域：某市", "戊己庚栏：人民币1298元")
    assert "amount" in stated_by_content(page, ["amount"], {"winner": ["甲乙科技有限公司"]})


def test_a_deposit_with_its_currency_name_states_no_amount() -> None:
    page = _page("所属行政区域：某市", "履约保证金：人民币1298元")
    assert "amount" not in stated_by_content(page, ["amount"], {})
