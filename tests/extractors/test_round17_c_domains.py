"""Reading conventions added in issue 12, round 17c (docs/extraction-conventions.md, "Round 17c").

Field values of the domains other than procurement and construction (land, mining, state property, emission,
housing): the forms the seen sets printed on two sites or more.  Every page below is made up (no real page is
copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


# -- the grantor as the subject of its own transfer ----------------------------------------------------------

_MINING_NOTICE = (
    "某县国土资源局采矿权挂牌出让公告\n"
    "根据《中华人民共和国矿产资源法》的有关规定,经某县人民政府批准,某县国土资源局以挂牌方式对下列矿区的采矿权"
    "进行公开出让,现将有关事项公告如下:\n"
    "一、挂牌出让采矿权的基本情况。\n"
    "二、竞买人资格:境内的企业、组织和自然人均可参加。\n"
)


def test_the_template_opening_names_the_grantor() -> None:
    assert _rec(_MINING_NOTICE).fields.get("purchaser") == "某县国土资源局"


def test_the_grantor_deciding_on_parcels() -> None:
    page = _MINING_NOTICE.replace(
        "某县国土资源局以挂牌方式对下列矿区的采矿权进行公开出让",
        "某县自然资源局决定对以下4宗国有建设用地使用权进行公开挂牌出让",
    )
    assert _rec(page).fields.get("purchaser") == "某县自然资源局"


def test_the_grantor_in_a_report_that_announces_and_lists() -> None:
    page = (
        "某地挂牌出让一采矿权\n"
        "10月16日,某省自然资源厅发布公告,挂牌出让某市某矿区建筑石料用灰岩矿采矿权,起始价4600万元。\n"
    )
    assert _rec(page).fields.get("purchaser") == "某省自然资源厅"


def test_the_office_that_commissions_with_its_letter_number() -> None:
    page = _MINING_NOTICE.replace(
        "经某县人民政府批准,某县国土资源局以挂牌方式对下列矿区的采矿权进行公开出让",
        "某县自然资源和规划局(某自然资规函[2020] 17号)委托我中心以公开拍卖方式出让某镇建筑用砂岩矿采矿权",
    )
    assert _rec(page).fields.get("purchaser") == "某县自然资源和规划局"


def test_a_publisher_only_is_no_grantor() -> None:
    # 'X发布《…出让公告》。': the bureau publishes; no sale verb has it as subject
    page = (
        "某市第三批住宅用地集中出让\n"
        "某市规划和自然资源局8月16日发布《关于公布某市第三批住宅用地集中出让的公告》。公告显示,共19宗。\n"
    )
    assert _rec(page).fields.get("purchaser") is None


def test_an_exchange_centre_is_no_grantor() -> None:
    page = _MINING_NOTICE.replace("某县国土资源局以挂牌方式", "某县公共资源交易中心以挂牌方式")
    assert _rec(page).fields.get("purchaser") is None


# -- a report's price named as a total or as the floor before the buyer's verb ------------------------------------

_LAND_REPORT = (
    "某市第二批集中供地出让\n"
    "9月26日,某市第二批集中供地正式出让。当天上午,某建以总价26.08亿元竞得某区某路以南某地块,溢价率10%。\n"
)


def test_a_total_price_before_the_buyers_verb_is_the_deal() -> None:
    assert _rec(_LAND_REPORT).fields.get("amount") == 2608000000


def test_a_floor_price_the_right_was_sold_at_is_the_deal() -> None:
    page = _LAND_REPORT.replace(
        "某建以总价26.08亿元竞得某区某路以南某地块", "某矿业有限公司以底价2.72亿元竞得该采矿权"
    )
    assert _rec(page).fields.get("amount") == 272000000


def test_a_floor_price_with_no_buyers_verb_is_no_deal() -> None:
    page = _LAND_REPORT.replace("某建以总价26.08亿元竞得某区某路以南某地块", "该地块以底价2.72亿元起拍")
    assert _rec(page).fields.get("amount") is None


# -- a term said alike of every lot ------------------------------------------------------------------------------

_RIGHTS = (
    "某省探矿权挂牌出让情况说明\n"
    "经研究,现将某省甲铁矿普查、某省乙金矿普查两个探矿权挂牌出让相关情况说明如下:\n"
    "一、某省甲铁矿普查\n"
    "某省甲铁矿普查面积为1.55平方公里,勘查矿种为铁,首次出让期限为5年,起始价为16万元。\n"
    "二、某省乙金矿普查\n"
    "某省乙金矿普查面积为2.10平方公里,勘查矿种为金,首次出让期限为5年,起始价为30万元。\n"
)


def test_each_lots_same_term_is_the_notices() -> None:
    assert _rec(_RIGHTS).fields.get("use_term_years") == 5


def test_lots_with_different_terms_give_none() -> None:
    page = _RIGHTS.replace("勘查矿种为金,首次出让期限为5年", "勘查矿种为金,首次出让期限为3年")
    assert _rec(page).fields.get("use_term_years") is None


def test_one_sentence_saying_every_lot_alike() -> None:
    page = (
        "某省2宗锂矿探矿权挂牌出让\n"
        "某省自然资源厅实施甲锂矿勘查和乙锂矿勘查等2宗锂矿探矿权挂牌出让。其中,甲锂矿起始价57万元;乙锂矿起始价102万元,"
        "两矿首次出让期限均为5年,出让收益率均为4%。\n"
    )
    assert _rec(page).fields.get("use_term_years") == 5


# -- a reprint's 原标题 line ---------------------------------------------------------------------------------------

_REPRINT = (
    "受某市机关事务管理局委托,11月2日上午,某市第二场公务用车拍卖会举行,最终成交143辆。\n"
    "拍卖会现场气氛热烈,竞买人踊跃举牌。\n"
)


def test_a_reprints_original_title_under_the_body_is_its_headline() -> None:
    page = _REPRINT + "原標(biāo)題:某市涉改公车昨拍卖最终成交143辆\n"
    assert _rec(page).fields.get("title") == "某市涉改公车昨拍卖最终成交143辆"


def test_a_reprints_original_title_as_its_first_line() -> None:
    page = "原标题:某市涉改公车昨拍卖最终成交143辆\n" + _REPRINT
    assert _rec(page).fields.get("title") == "某市涉改公车昨拍卖最终成交143辆"


def test_two_different_original_titles_give_none() -> None:
    page = "原标题:某市涉改公车昨拍卖最终成交143辆\n" + _REPRINT + "原标题:某县公车拍卖顺利结束\n"
    assert _rec(page).fields.get("title") is None


# -- a trading venue's block is no agency ------------------------------------------------------------------------

_VENUE_NOTICE = (
    "某县某矿区建筑用砂岩矿采矿权出让公告\n"
    "根据《矿业权出让交易规则》的规定,现将有关事项公告如下:\n"
    "一、出让人\n"
    "名称:某州自然资源局\n"
    "场所:某市某路50号\n"
    "二、矿业权交易平台\n"
    "名称:某州公共资源交易服务中心\n"
    "场所:某市某街5号\n"
    "三、出让矿业权基本情况\n"
    "1.出让采矿权名称:某省某县某镇砂岩矿\n"
)


def test_a_trading_platforms_name_is_no_agency() -> None:
    rec = _rec(_VENUE_NOTICE)
    assert rec.fields.get("purchaser") == "某州自然资源局"
    assert rec.fields.get("agency") is None


def test_an_agency_block_still_names_the_agency() -> None:
    page = _VENUE_NOTICE.replace("二、矿业权交易平台", "二、代理机构").replace(
        "某州公共资源交易服务中心", "某某招标代理有限公司"
    )
    assert _rec(page).fields.get("agency") == "某某招标代理有限公司"


def test_a_time_before_the_grantor_is_no_part_of_its_name() -> None:
    page = (
        "某地挂牌出让一采矿权\n"
        "近日某县自然资源和规划局发布公告,挂牌出让某县某街道某村东侧普通建筑用石料矿,起始价3000万元。\n"
    )
    assert _rec(page).fields.get("purchaser") == "某县自然资源和规划局"
