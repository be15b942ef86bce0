"""Notice types added in issue 12, round 9a (docs/extraction-conventions.md, "Round 9a").

Round 9 tuned on fresh9: twelve types were wrong. Each rule below is written for a structural cause
(a short item label taken for a heading, a sentence citing another notice taken for a heading, an
award's new winner read as a change, a bare contract record, a carbon allowance auction, a housing
draw told in a report, a village's land lease, a result or a candidate list told in a sentence).
Every page is made up; each rule has a guard where it could go too far.
"""

from __future__ import annotations

from extractors import extract
from extractors.classify import classify, type_basis
from extractors.layout import build_page
from extractors.stated import stated_labels


def _rec(page: str):
    return extract(page.encode("utf-8"))


# -- a short label whose value is on the next line is no heading --------------------------------------

CORRECTION_COPY = """一、项目基本情况
原公告的采购项目编号：
ABC-2025-0001
原公告的采购项目名称：
某中心2025年保洁服务
二、更正信息
更正事项：
采购文件
更正内容：
开标时间推迟，另行通知
三、采购人信息
单位名称：某中心
"""


def test_a_label_line_is_no_heading() -> None:
    # '原公告的采购项目编号：' has 公告 and 采购 in it: as a heading it made the copy a tender
    assert _rec(CORRECTION_COPY).notice_type == "procurement.correction"


def test_a_long_line_ending_with_a_colon_still_names_its_change() -> None:
    # the guard: a change stated in a long line ('…公告中内容变更为:') is not a short label
    _domain, t = classify(
        "", ["某路临时停车场工程监理服务项目竞价公告中的内容变更为:"], "本项目以价低者得为成交规则。"
    )
    assert t == "construction.correction"


# -- a line that opens a sentence citing another notice is no heading --------------------------------

ALLOWANCE_RESULT = """根据《某市生态环境局关于2024年度碳排放配额有偿竞价发放公告》的有关规定,某排放权交易所于2025年3月1日组织实施了竞价发放。
经统计,本次共有12家机构参与竞价,现将竞价结果公告如下:
成交机构:5家;
总成交量:10,000吨;
特此公告。
"""


def test_a_carbon_allowance_auction_result_is_an_emission_deal_result() -> None:
    rec = _rec(ALLOWANCE_RESULT)
    assert rec.notice_type == "emission.deal_result"


def test_a_cited_notice_is_no_heading() -> None:
    _domain, t = classify(
        "",
        ["根据《某市关于2024年度碳排放配额有偿竞价发放公告》的有关规定"],
        "现将竞价结果公告如下:成交机构:5家",
    )
    assert t == "emission.deal_result"
    # the rest of that sentence on the next line ('…发放公告》的有关规定') is no heading either
    _domain, t = classify(
        "", ["碳排放配额有偿竞价发放公告》的有关规定和要求"], "现将竞价结果公告如下:成交机构:5家"
    )
    assert t == "emission.deal_result"


# -- an award's new winner is a result -----------------------------------------------------------------


def test_a_changed_winner_is_a_result() -> None:
    _domain, t = classify("关于某中心室内装修工程项目变更中标人公告", [], "各投标人:第一中标候选人因故放弃。")
    assert t == "construction.result"
    # the guard: a change of the tender's own terms stays a correction
    _domain, t = classify("关于某中心室内装修工程项目变更公告", [], "招标文件第3条变更为如下。施工工期90天。")
    assert t == "construction.correction"


# -- the platform's bare contract record ----------------------------------------------------------------

CONTRACT_RECORD = """采购人名称
某县第一中学
中标（成交）供应商名称
某信息技术有限公司
合同金额
120000元 人民币
合同签署时间
2025-04-01 10:00:00
"""


def test_a_bare_contract_record_is_a_contract() -> None:
    assert _rec(CONTRACT_RECORD).notice_type == "procurement.contract"


def test_a_tender_rule_on_the_contract_is_no_contract() -> None:
    # the guard: a date is required, a rule ('合同签订时间：中标通知书发出后30日内') names none
    _domain, t = classify(
        "",
        [],
        "采购人名称：某县第一中学\n合同签订时间：中标通知书发出后30日内\n提交投标文件截止时间：2025年4月1日9时",
    )
    assert t != "procurement.contract"


# -- a housing draw told in a report ----------------------------------------------------------------


def test_a_draw_report_is_an_allocation() -> None:
    body = "日前,我县召开公租房抽号分配现场会,最终确定30户家庭参与此次实物配房分配。"
    assert classify("我县召开现场会", [], body)[1] == "housing.allocation"


def test_a_list_of_eligible_households_is_an_allocation() -> None:
    body = "第二批申请公共租赁房的家庭共有300户符合规定配租条件,今日起开始公示,公示时间为5天。"
    assert classify("", [], body)[1] == "housing.allocation"


# -- a village's land lease is a property lease, not a land sale nor a works tender -------------------


def test_a_village_land_lease_is_property() -> None:
    body = "经村民代表会议通过,决定将位于某村的耕地进行公开发包,现将有关事宜公告如下:一、标的概况 报名时间 保证金"
    assert classify("某镇某村某地块土地发包项目", ["招 标 公 告"], body)[0] == "property"
    assert classify("某村2号地块土地出租竞租公告", [], "以竞租方式确定承包者,报名 保证金")[1] == (
        "property.transfer_notice"
    )
    # the guard: a state land sale stays land
    assert classify("某市国有建设用地使用权挂牌出让公告", [], "宗地 起始价 竞买保证金")[0] == "land"


# -- a result and a candidate list told in a sentence ---------------------------------------------------


def test_a_result_says_it_publishes_the_award() -> None:
    body = "本招标项目于2025年1月2日开标,已由评标委员会评审完毕,现将中标结果公示如下:\n招标人:某大学\n投标截止时间:2025年1月2日9:00"
    assert classify("", [], body)[1].endswith(".result")
    # the guard: a tender's promise of a result to come is no result
    tender = "招标条件 投标截止时间:2025年1月2日9:00 中标结果将在某网公示。招标人:某大学"
    assert not classify("", [], tender)[1].endswith(".result")


def test_a_report_counting_the_candidates_is_a_candidate_list() -> None:
    body = (
        "某养老园区二期工程施工项目位于某镇,计划工期300日历天。\n"
        "经过评审,最终确定了三名中标候选人。其中,某建设集团有限公司以1000万元的投标报价位列第一。"
    )
    assert classify("", [], body) == ("construction", "construction.candidates")


# -- a lease offered by bids for the rent names its type in its title ---------------------------------


def test_a_land_lease_title_names_its_type() -> None:
    title = "某村3号地块土地出租竞租公告"
    domain, t = classify(title, [], "以竞租方式确定承包者,报名 保证金")
    assert t == "property.transfer_notice"
    # the title names the type ('竞租'): the items it requires are real findings, not a review
    assert type_basis(title, [], None, domain, t)[0] == "title"
    title = "某镇某村某地块土地发包项目"
    domain, t = classify(title, [], "决定进行公开发包,报名 保证金")
    assert type_basis(title, [], None, domain, t) == ("title", title)


# -- the winner's party block states the winner ------------------------------------------------------


def _page(*lines: str):  # type: ignore[no-untyped-def]
    return build_page("".join(f"<p>{ln}</p>" for ln in lines))


def test_the_winners_block_states_the_winner() -> None:
    page = _page("招标人信息", "单位名称", "某县交通有限公司", "中标人信息", "单位名称", "某建设工程有限公司")
    assert stated_labels(page)["winner"] == "中标人信息"
    # the buyer's block states no winner
    assert "winner" not in stated_labels(_page("招标人信息", "单位名称", "某县交通有限公司"))
