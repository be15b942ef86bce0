"""Stated by content, round 13c (docs/extraction-conventions.md, "Round 13c").

A 要素缺失 finding stands only when the page does not state the item. Known labels decide first; on pages
never seen, the item is often printed under a label we were never taught (a cover page naming the agency
with no label, a news report's '第一中标候选人由…', a result table whose header is '总价(元)'). The second line
looks for the VALUE in a form typical of its key; when it is there, the item is a gap for the office's
review list, never a finding. Each test pairs the page that states the item (a gap) with the same page
without it (still missing: the finding must stand). Made-up pages and names; every label below the nonce
'戊己栏' is one no reader knows.
"""

from __future__ import annotations

from typing import Any

from extractors import extract
from extractors.layout import build_page
from extractors.stated import stated_by_content
from monitor.required import required_detail, required_status
from vocabulary import TYPE_UNSURE_REASON

NONCE = "戊己栏"


def _text(*lines: str) -> bytes:
    return "\n".join(lines).encode("utf-8")


def _status(body: bytes) -> dict[str, str]:
    rec = extract(body)
    return required_status(rec.to_dict())


def _rec(body: bytes) -> dict[str, Any]:
    return extract(body).to_dict()


# --- an agency named as one, with no label (a tender's cover page) -------------------------------------

_TENDER_HEAD = (
    "某市某局某某配餐服务项目竞争性磋商公告",
    "项目概况",
    "某某配餐服务项目的潜在供应商应按本公告要求获取采购文件。",
    "一、项目基本情况",
    "1.项目编号:ABC-2026001",
    "2.采购人:某市某局",
    "3.预算金额:人民币100.00万元",
    "二、申请人的资格要求:满足政府采购法第二十二条规定",
    "三、获取采购文件:2026年6月1日至6月5日,在某市公共资源交易中心网站下载",
    "四、采购需求:配餐服务,详见磋商文件。",
)


def test_an_agency_named_as_one_on_the_cover_is_stated_not_missing() -> None:
    body = _text("竞争性磋商文件", "某市城建工程招标有限公司", "二〇二六年五月", *_TENDER_HEAD)
    rec = _rec(body)
    assert rec["notice_type"] == "procurement.tender"
    assert "agency" not in rec["fields"]
    assert required_status(rec)["agency"] == "gap"
    assert "招标有限公司" in rec["gaps"]["agency"]


def test_without_the_agency_the_finding_stands() -> None:
    assert _status(_text(*_TENDER_HEAD))["agency"] == "missing"


def test_a_firm_that_only_gives_advice_in_a_sentence_is_no_agency() -> None:
    # '咨询' as the verb before a firm's name ('如有疑问请咨询某科技股份有限公司') names no agency
    body = _text(*_TENDER_HEAD, "如有疑问请咨询某某科技股份有限公司")
    assert _status(body)["agency"] == "missing"


# --- a ranking told in a sentence (a news report of a 中标候选人公示) -----------------------------------

_NEWS = (
    "某新区污水处理厂提标改造工程中标候选人公示",
    "6月6日,某平台发布了某新区污水处理厂提标改造工程的公示。",
    "这一工程旨在提升污水处理能力,建筑面积约为1200平方米。",
)


def test_a_ranking_in_a_sentence_states_the_candidates() -> None:
    body = _text(
        *_NEWS[:2],
        "第一中标候选人由某市政建设有限公司与某设计研究院有限公司共同组成的联合体,报价1.2亿元。",
        _NEWS[2],
    )
    rec = _rec(body)
    assert rec["notice_type"] == "construction.candidates"
    # (round 17e.3: a consortium first candidate is named by its lead member, as the fresh14 西咸 label takes it
    # — LABELLING 'candidates: a ranked list of bidders', a list of one; before, a review gap)
    assert [c["name"] for c in rec["fields"]["candidates"]] == ["某市政建设有限公司"]
    assert required_status(rec)["candidates"] == "read"


def test_a_rule_about_another_projects_ranking_states_no_candidates() -> None:
    body = _text(*_NEWS, "已被其他项目推荐为第一中标候选人的项目负责人不得参与本项目。")
    # (round 17a: the body bears out no ranking, so the title's type is unsure and the item goes to review for
    # that reason; the rule's sentence still states no candidates: no '载有「…」' gap)
    rec = _rec(body)
    assert rec["type_basis"] == "unsure"
    assert required_detail(rec)["candidates"] == ("gap", TYPE_UNSURE_REASON)


# --- a money figure under a header we do not know ('总价(元)') ----------------------------------------

_RESULT = (
    "某区人民医院后勤服务管理的中标(成交)结果公告",
    "一、采购人名称:某区人民医院",
    "二、采购项目名称:某区人民医院后勤服务管理",
    "三、采购项目编号:TC【2026】CG1010号",
    "四、采购代理机构:某某招标代理有限公司",
    "五、评审小组成员名单:张一鸣,王二丰,李三元",
)


def test_a_total_price_in_a_result_table_states_the_amount() -> None:
    body = _text(
        *_RESULT,
        "六、中标/成交结果:",
        "序号标项名称数量总价(元)中标供应商名称",
        "1后勤服务管理1项32842590元某某物业管理有限公司",
    )
    rec = _rec(body)
    assert rec["notice_type"] == "procurement.result"
    assert "amount" not in rec["fields"]
    assert required_status(rec)["amount"] == "gap"


def test_a_fee_or_a_deposit_states_no_amount() -> None:
    body = _text(
        *_RESULT, "六、中标供应商:某某物业管理有限公司", "七、代理服务费:人民币5000元", "履约保证金:10000元"
    )
    assert _status(body)["amount"] == "missing"


# --- a value of the key's kind under a label no reader knows -------------------------------------------


def test_a_code_under_an_unknown_label_states_the_project_number() -> None:
    page = build_page(f"<p>某项目中标结果公告</p><p>一、{NONCE}：QZCG-2026-018号</p>")
    assert "project_number" in stated_by_content(page, ["project_number"], {})


def test_a_phone_or_a_date_under_an_unknown_label_is_no_project_number() -> None:
    page = build_page(
        f"<p>一、{NONCE}：0570-12345678</p><p>二、{NONCE}：2026-03-17</p><p>三、{NONCE}：1728800.00</p>"
    )
    assert stated_by_content(page, ["project_number"], {}) == {}


def test_a_generic_party_label_says_nothing_about_whose_name_follows() -> None:
    # '名称：' under any party's block: no project name, no winner from it
    page = build_page("<p>名称：某某物业管理有限公司</p><p>名称：某区政务服务改造项目</p>")
    assert stated_by_content(page, ["winner", "project_name"], {}) == {}


def test_a_header_row_over_its_values_states_the_item_under_an_unknown_header() -> None:
    lines = ["序号", NONCE, "供应商地址", "1", "某某机电设备有限公司", "某市某路1号"]
    page = build_page("".join(f"<p>{ln}</p>" for ln in lines))
    assert "winner" in stated_by_content(page, ["winner"], {})


def test_a_value_the_record_already_holds_under_another_key_is_no_evidence() -> None:
    page = build_page(f"<p>一、{NONCE}：某某机电设备有限公司</p>")
    assert "winner" in stated_by_content(page, ["winner"], {})
    assert "winner" not in stated_by_content(page, ["winner"], {"agency": "某某机电设备有限公司"})


def test_a_list_of_names_under_an_unknown_label_states_the_experts() -> None:
    page = build_page(f"<p>五、{NONCE}：</p><p>陈一,郭二星,沈三翔,蒋四</p>")
    assert "experts" in stated_by_content(page, ["experts"], {})


def test_a_sites_links_to_other_agencies_notices_state_no_agency() -> None:
    # under '相关链接' the site lists other notices, each opening with its own agency's name
    body = _text(*_TENDER_HEAD, "相关链接", "某某招标代理有限公司关于某县某局某项目的公告")
    assert _status(body)["agency"] == "missing"
    assert _status(_text(*_TENDER_HEAD, "某某招标代理有限公司"))["agency"] == "gap"


def test_a_document_number_is_no_location() -> None:
    page = build_page(f"<p>{NONCE}：某某镇某某村12号</p><p>公告文号：某公易矿〔2026〕4号</p>")
    assert stated_by_content(page, ["location"], {})["location"].endswith("12号")
    page = build_page("<p>公告文号：某公易矿〔2026〕4号</p>")
    assert "location" not in stated_by_content(page, ["location"], {})


def test_a_value_the_title_repeats_is_the_projects_name() -> None:
    page = build_page(f"<p>二、{NONCE}：某区医院后勤服务管理</p>")
    assert "project_name" in stated_by_content(
        page, ["project_name"], {"title": "某区医院后勤服务管理的中标结果公告"}
    )
    assert "project_name" not in stated_by_content(
        page, ["project_name"], {"title": "某区另一项目的中标结果公告"}
    )


def test_a_party_block_under_an_unknown_heading_states_the_buyer() -> None:
    page = build_page(
        f"<p>{NONCE}</p><p>名称：某市某某局</p><p>2.采购代理机构信息</p><p>名称：某某招标代理有限公司</p>"
    )
    assert "purchaser" in stated_by_content(page, ["purchaser"], {"agency": "某某招标代理有限公司"})
    # only the agency's block left: its name is read as the agency, so no buyer is stated
    page = build_page("<p>2.采购代理机构信息</p><p>名称：某某招标代理有限公司</p>")
    assert "purchaser" not in stated_by_content(page, ["purchaser"], {"agency": "某某招标代理有限公司"})


def test_a_chain_of_places_states_the_location_and_a_sites_footer_states_nothing() -> None:
    page = build_page(f"<p>{NONCE}：位于某某县某某镇</p>")
    assert "location" in stated_by_content(page, ["location"], {})
    page = build_page(
        "<p>主办单位：某市公共资源交易中心</p><p>技术支持：某某科技有限公司</p><p>主办：某县某某镇某某村</p>"
    )
    assert stated_by_content(page, ["location", "purchaser", "winner"], {}) == {}


def test_a_plot_named_in_its_tables_cell_states_the_parcel() -> None:
    page = build_page("<p>编号 | 地 块 | 出让面积(m2)</p><p>一 | 某某镇某某路东侧地块 | 10142</p>")
    assert stated_by_content(page, ["parcel_no"], {})["parcel_no"] == "某某镇某某路东侧地块"
    # a sentence about the plot, or a heading, names none
    page = build_page("<p>一、出让地块情况</p><p>本地块位于某某镇某某路东侧区域。</p>")
    assert "parcel_no" not in stated_by_content(page, ["parcel_no"], {})
