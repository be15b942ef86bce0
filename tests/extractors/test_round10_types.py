"""Notice types of issue 12, round 10a (docs/extraction-conventions.md, "Round 10a").

Round 10 tuned on fresh10: five types were wrong, two of them confirmed by a title, so the missing
items of the wrong type would have been accused.  Each rule is written for a structural cause (a
tender's word in a title over a body that only announces a later stage, and the reverse; a bracketed
aside taken for the title; a winner table ranked '第1名'; a result template's award section; lots
counted as sold in a news item; a failed tender told as done).  Every page is made up; each rule has a
guard where it could go too far.
"""

from __future__ import annotations

from extractors import extract
from extractors.classify import classify, type_basis


def _rec(page: str):
    return extract(page.encode("utf-8"))


def _typed(title: str, body: str, headings: list[str] | None = None) -> tuple[str, str]:
    """(notice type, type basis) as the extraction decides and records them."""
    heads = headings or []
    domain, t = classify(title, heads, body)
    return t, type_basis(title, heads, None, domain, t)[0]


# -- a tender's word in the title over a body that announces the later stage ------------------------

CANDIDATE_BODY = """我公司于2026年1月5日组织的某体育公园建设项目-主体工程劳务招标，经评审专家评审已确定中标候选人，现将结果公示如下：
一、中标候选人排序
第一名 某甲建设工程有限公司 下浮比例：20.1%
第二名 某乙建筑工程有限公司 下浮比例：19.5%
二、公示期：2026年1月5日至2026年1月7日。
三、监督电话：0000-1234567
"""


def test_a_tender_word_in_the_title_over_a_ranked_list_is_candidates_resting_on_the_body() -> None:
    # '…劳务招标结果的公示' names no result word the rules know ('结果的公示'), only 招标
    t, basis = _typed("某体育公园建设项目-主体工程劳务招标结果的公示", CANDIDATE_BODY)
    assert t == "construction.candidates"
    assert basis == "body"  # its missing items go to the office's review list, not to a finding


def test_the_ranked_list_read_through_an_inserted_colon() -> None:
    # the page reader turns a label line into 'label:value' ('中标候选人:排序')
    body = CANDIDATE_BODY.replace("一、中标候选人排序", "一、\n中标候选人:排序")
    t, basis = _typed("某工程劳务招标结果的公示", body)
    assert (t, basis) == ("construction.candidates", "body")


WINNER_BODY = """项目名称
某大学体育场维修改造项目
招标人
某大学
中标人信息
排序
中标人名称
中标价(元)
第1名
某某建设工程有限公司
1234567.00
"""


def test_a_tender_word_in_the_title_over_a_winner_table_is_a_result_resting_on_the_body() -> None:
    t, basis = _typed("某大学体育场维修改造项目招标", WINNER_BODY)
    assert (t, basis) == ("construction.result", "body")


def test_a_tender_page_that_cites_candidates_in_its_rules_stays_a_tender() -> None:
    # the guard: a tender's rules name the ranked list to come, and it states tendering items
    body = (
        "一、招标条件\n本项目已具备招标条件，现对该项目进行公开招标。\n"
        "二、投标人资格要求\n已被其他项目推荐为第一中标候选人且已公示的项目负责人视为有在建工程。\n"
        "三、投标截止时间：2026年2月1日9时\n中标候选人排序将在交易网公示。\n"
    )
    t, basis = _typed("某道路工程施工招标公告", body)
    assert (t, basis) == ("construction.tender", "title")


def test_a_lot_draw_without_tender_items_but_with_a_sign_up_stays_a_tender() -> None:
    # the guard: a 发包 by draw states 报名 and 抽签, no bid deadline; a rule cites '第一中标候选人'
    body = "一、本次发包范围：道路\n二、承包人条件：已被推荐为第一中标候选人的项目负责人不得参加。\n三、报名：抽签前登录交易网报名。\n"
    t, basis = _typed("某道路工程施工", body, ["发包公告"])
    assert (t, basis) == ("construction.tender", "heading")


def test_an_ordinary_result_stays_title_confirmed() -> None:
    t, basis = _typed("某大学体育场维修改造项目中标结果公告", WINNER_BODY)
    assert (t, basis) == ("construction.result", "title")


# -- the reverse: a result's word over a body that reports only the tender's failure ----------------

FAILED_BODY = """一、项目编号：ABC-2026-001
二、项目名称：某学校体育器材采购项目
三、采购结果
采购包1：
某体育公司，第9项不符合要求，符合性不通过。本项目有效供应商家数不足三家，本项目流标。
四、主要标的信息
无（废标）
五、评审专家名单：甲某、乙某、丙某
"""


def test_a_result_heading_over_a_failed_tender_is_a_termination() -> None:
    t, basis = _typed("", FAILED_BODY, ["三、采购结果"])
    assert (t, basis) == ("procurement.termination", "body")
    assert _rec(FAILED_BODY).notice_type == "procurement.termination"


def test_a_result_that_names_a_winner_stays_a_result_whatever_its_rules_say() -> None:
    # the guard: a rule's conditional ('…不足三家的，本项目流标。') and a named winner keep the result
    body = (
        "三、中标（成交）信息\n中标供应商名称：某某科技有限公司\n中标金额：12万元\n"
        "四、其他：有效供应商不足三家的，本项目流标。\n"
    )
    t, _basis = _typed("某项目中标结果公告", body)
    assert t == "procurement.result"


def test_an_empty_failure_column_of_the_result_template_is_no_failure() -> None:
    # the national result template prints '废标结果' / '废标理由' as an empty table over every award
    body = (
        "三、中标（成交）信息\n1.中标结果：\n序号\n供应商名称\n中标（成交）金额\n1\n某某文化传媒有限公司\n"
        "报价：999200（元）\n2.废标结果:\n序号\n标项名称\n废标理由\n其他事项\n"
    )
    assert _rec(body).notice_type == "procurement.result"


# -- an aside in brackets is no title ---------------------------------------------------------------


def test_a_bracketed_aside_names_no_type() -> None:
    # '（招标人、招标代理公司、监督部门）' over a winner table: its 招标 named a tender, confirmed by 'title'
    t, basis = _typed("（招标人、招标代理公司、监督部门）", WINNER_BODY)
    assert t == "construction.result"
    assert basis == "body"


def test_a_title_with_a_bracket_in_it_is_still_a_title() -> None:
    t, basis = _typed("某道路工程（二标段）施工招标公告", "一、招标条件\n本项目已具备招标条件。\n")
    assert (t, basis) == ("construction.tender", "title")


# -- a result template's award section ---------------------------------------------------------------

AWARD_SECTION = """一、项目基本情况
1、采购项目编号：某政采磋商-2026-1
2、采购项目名称：某学校器材采购项目
3、采购方式：竞争性磋商
二、成交情况
包号
供应商名称
中标金额
1
某某体育产业发展有限公司
100,000.00
三、评审专家名单
甲某、乙某、丙某
"""


def test_an_award_section_over_a_supplier_table_is_a_result() -> None:
    rec = _rec(AWARD_SECTION)
    assert rec.notice_type == "procurement.result"
    assert rec.type_basis == "body"


def test_a_tender_mentioning_the_award_to_come_is_no_result() -> None:
    # the guard: no '成交情况' section over the supplier's name
    body = (
        "一、项目基本情况\n1、采购项目编号：某政采磋商-2026-1\n2、采购方式：竞争性磋商\n3、预算金额：10万元\n"
        "二、获取磋商文件\n时间：2026年2月1日至2月5日\n三、响应文件提交截止时间：2026年2月10日\n"
    )
    assert _rec(body).notice_type != "procurement.result"


# -- lots counted as sold in a news item -----------------------------------------------------------


def test_lots_offered_against_lots_sold_is_a_deal_result() -> None:
    body = (
        "近日，某县召开国有土地使用权挂牌出让现场会,此次出让土地6块,成交5块,最终成交总金额1000万元。"
        "竞买保证金、起始价、加价幅度等按出让公告执行，竞买人报名踊跃。\n"
    )
    _domain, t = classify("", [], body)
    assert t == "land.deal_result"


def test_a_sale_notice_offering_lots_stays_a_transfer_notice() -> None:
    body = "某县国有建设用地使用权挂牌出让，本次出让土地6块，起始价见附表，竞买保证金100万元，报名时间另行通知。\n"
    _domain, t = classify("", [], body)
    assert t == "land.transfer_notice"
