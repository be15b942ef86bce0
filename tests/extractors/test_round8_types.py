"""Notice types and stated items added in issue 12, round 8a (docs/extraction-conventions.md, "Round 8a").

Round 8 tuned on fresh8. Seven types were wrong and eight pages would have carried a 要素缺失 finding
resting on our mistake; each rule below is written for the structural cause (a template's label cell
styled as the title, an evaluation report, an explanation, a halt told in the future, a report that
counts the lots sold, a service purchase scored in tender words, an item stated by a verb or in a
wrapped header cell). Every page is made up; each rule has a guard where it could go too far.
"""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.classify import classify, type_basis
from extractors.layout import build_page
from extractors.stated import stated_in_sentences, stated_labels
from monitor.required import required_detail


def _rec(page: str):
    return extract(page.encode("utf-8"))


# -- a template's label cell styled as the title names no type ----------------------------------------

RESULT_GRID = """<html><head><title></title></head><body><table>
<tr><td class="title">招标人:</td><td class="contenttd">某县水务有限公司</td>
<td class="title">建设地点</td><td class="contenttd">某县某镇</td></tr>
<tr><td class="title">招标机构:</td><td class="contenttd">某工程咨询有限公司</td>
<td class="title">标段(包)编号:</td><td class="contenttd">ABC010001-202501-01</td></tr>
<tr><td class="title">标段(包)名称:</td><td class="contenttd" colspan="3">某县某灌区改造工程</td></tr>
<tr><td class="title">中标人:</td><td class="contenttd" colspan="3">某建设工程有限公司</td></tr>
<tr><td class="title">中标价(元):</td><td class="contenttd">1234567.00</td>
<td class="title">履约期限(天):</td><td class="contenttd">365</td></tr>
<tr><td class="title">公告发布日期:</td><td class="contenttd">2025-03-24</td></tr>
</table></body></html>"""


def test_a_label_cell_styled_as_the_title_names_no_type() -> None:
    rec = _rec(RESULT_GRID)
    assert rec.notice_type == "construction.result"
    # the body decided: the items of a result are not held against the unit on our guess
    assert rec.type_basis == "body"


def test_a_label_title_is_ignored_by_classify_and_type_basis() -> None:
    body = "招标人:\n某公司\n中标人:\n某建设有限公司\n中标价:\n100万元"
    assert classify("招标人:", [], body) == ("construction", "construction.result")
    assert type_basis("招标人:", [], None, "construction", "construction.result")[0] == "body"
    # a real title still decides and confirms (round 15a: not a tender's title, which a body naming its winner
    # and no tendering item overrules since round 10a's _later_stage; a ranking's title, which the body's
    # winner words do not)
    assert classify("某工程施工中标候选人公示", [], body)[1] == "construction.candidates"


# -- an evaluation report publishes the ranking it recommends ------------------------------------------


def test_an_evaluation_report_is_candidates_and_a_failed_lot_report_a_termination() -> None:
    body = "招标人(某公司)及招标代理机构(某咨询公司)对某项目施工招标进行开标、评标。\n投标人名称\n甲建筑公司\n乙建设公司"
    title = "某县某小学新建食堂项目施工评标报告(交易公告)"
    assert classify(title, [], body) == ("construction", "construction.candidates")
    assert type_basis(title, [], None, "construction", "construction.candidates")[0] == "title"
    assert (
        classify("某卫生院耗材采购项目(B包)废标评审报告", [], "采购人:某卫生院")[1]
        == "procurement.termination"
    )


# -- an explanation names the procedure it explains, not a tender ---------------------------------------

EXPLANATION = """某景区某桥铺装提升改造工程招标情况的说明
各潜在投标人:
某旅游发展有限公司招标的某景区某桥铺装提升改造工程,在评标结果公示期间收到异议,经原评标委员会评议,取消原第一中标候选人的中标候选人资格。
依据中华人民共和国招标投标法等有关规定,本项目将重新招标。
特此说明!
某旅游发展有限公司
2023年8月10日
"""


def test_an_explanation_that_the_tender_is_redone_is_a_termination() -> None:
    assert _rec(EXPLANATION).notice_type == "construction.termination"
    # a halt the explanation names in its title still counts
    assert classify("关于某工程终止招标的说明", [], "招标人:某公司")[1] == "construction.termination"


def test_a_rule_about_a_failed_tender_is_no_halt() -> None:
    body = (
        "某道路工程施工招标公告\n一、招标条件\n本项目已具备招标条件,现对该项目进行公开招标。\n"
        "若有效投标人不足三家,本项目将重新招标。\n有效供应商不足三家的,作废标处理。"
    )
    assert classify("", [], body)[1] == "construction.tender"


def test_a_lot_declared_failed_is_a_termination() -> None:
    body = (
        "某卫生院耗材采购项目 一、项目简介 本项目于某日举行报价仪式,到提交响应文件截止时间前,本项目B包共有3家"
        "供应商递交了响应文件。因本项目B包实质性响应的供应商不足3家,对该包作废标处理。采购人代表一名。"
    )
    assert classify("", [], body)[1] == "procurement.termination"


# -- a report counts the lots sold ---------------------------------------------------------------------


def test_a_report_counting_the_lots_let_is_a_deal_result() -> None:
    page = (
        "3月9日下午,公司委托拍卖公司在某交易中心进行了公开拍卖。此次拍卖标的物一共7处,最终成交5处,流拍2处。"
        "拍卖成交标的年租金共计31.97万元,充分发挥国有资产的保值增值。\n下一步,公司将与所有买受人签订房屋租赁合同。"
    )
    assert _rec(page).notice_type == "property.deal_result"
    offer = (
        "某公司国有资产招租公告\n本次招租标的共7处,采取公开拍卖方式,起始价见附表。\n"
        "竞买保证金:每处1万元。报名时间:2025年3月1日至3月5日。"
    )
    assert _rec(offer).notice_type == "property.transfer_notice"


# -- a service purchase scored in tender words ----------------------------------------------------------

SERVICE_CALL = """一、项目基本情况
最高限价:**.*万元
采购需求:北京某学院校区的物业服务,详见采购文件。
合同履行期限:一年。
递交比选文件时间:2025年*月*日上午**:**分之前送至某学院后勤管理处。
二、评分标准
| 类似项目业绩 | 投标人提供自本项目采购公告发出之日起的类似项目业绩,每个得1分。 |
| 好评情况 | 投标人提供甲方好评证明的,得1分。 |
| 体系认证 | 投标人具有质量管理体系认证证书,得1分。 |
| 保洁方案 | 投标人提供保洁服务管理方案,得1分。 |
| 服务承诺 | 投标人承诺响应时间,得1分。 |
"""


def test_a_units_own_service_call_scored_in_tender_words_is_a_procurement_tender() -> None:
    assert _rec(SERVICE_CALL).notice_type == "procurement.tender"


def test_a_works_tender_still_reads_as_works() -> None:
    page = (
        "一、招标条件\n某道路改造工程已由某局批准建设,建设单位为某公司,项目已具备招标条件,现对该项目施工进行公开招标。\n"
        "二、项目概况与招标范围\n工期:180日历天。\n三、投标人资格要求\n投标人须具备市政公用工程施工总承包三级资质,"
        "拟派项目经理须具备二级注册建造师。"
    )
    assert _rec(page).notice_type == "construction.tender"


# -- items stated by a verb, in a wrapped header cell, or by the candidates' column ----------------------


def _page(*lines: str):  # type: ignore[no-untyped-def]
    return build_page("".join(f"<p>{ln}</p>" for ln in lines))


def test_an_item_stated_by_its_verb_is_stated() -> None:
    page = _page(
        "一、基本情况",
        "矿区位于某县某镇某村",
        "某工程项目管理有限公司(招标代理机构名称)受招标人的委托具体负责本工程的施工招标事宜。",
    )
    stated = stated_in_sentences(page, ["location", "agency"])
    assert set(stated) == {"location", "agency"}
    # a mention of a place or of a commission without the verb states nothing
    page = _page("请投标人到现场踏勘位置。", "招标人委托的事项详见招标文件。")
    assert stated_in_sentences(page, ["location", "agency"]) == {}


def test_a_header_cell_wrapped_over_two_lines_states_its_item() -> None:
    stated = stated_labels(_page("宗地", "编号", "宗地位置", "出让", "面积", "2025-02号"))
    assert "parcel_no" in stated
    # two unrelated short lines that do not join into a label state nothing more
    assert "parcel_no" not in stated_labels(_page("宗地", "位置"))


def test_the_candidates_column_states_the_candidates() -> None:
    assert "candidates" in stated_labels(_page("二、评标结果", "中标候选人名称", "甲公司", "乙公司"))
    assert "candidates" in stated_labels(
        _page("参加投标的投标人共4家,分别为:", "序号", "投标人名称", "甲公司")
    )
    # a rule about the candidates is no label of them
    assert "candidates" not in stated_labels(_page("中标候选人须在公示期内提交原件"))
    assert "candidates" not in stated_labels(_page("某工程施工中标候选人公示"))


def test_a_candidates_publicity_with_an_unread_ranking_is_a_gap_not_a_finding() -> None:
    page = "某工程施工中标候选人公示\n二、评标结果\n中标候选人名称\n甲建设工程有限公司 乙建设工程有限公司\n"
    rec = _rec(page)
    assert rec.notice_type == "construction.candidates"
    assert rec.gaps["candidates"] == "中标候选人名称"  # the column, not the title's '…中标候选人公示'
    assert required_detail(rec.to_dict())["candidates"][0] == "gap"


# -- the bench lists the pages that accuse ---------------------------------------------------------------


@pytest.fixture(scope="module")
def accusations(bench_script):
    return bench_script("bench_extract.py").Accusations


def test_the_bench_lists_each_accusing_page(accusations, capsys) -> None:
    acc = accusations()
    acc.add(
        {"notice_type": "procurement.tender", "fields": {}, "gaps": {}, "type_basis": "title"},
        {"notice_type": "procurement.result", "fields": {}},
        "fresh0/page.txt",
    )
    assert acc.cases and acc.cases[0][0] == "fresh0/page.txt"
    acc.show()
    out = capsys.readouterr().out
    assert "accused fresh0/page.txt: type procurement.result → procurement.tender (title)" in out
