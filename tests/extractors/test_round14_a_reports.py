"""Round 14a: news reports and the templates' own heads (docs/extraction-conventions.md, "Round 14a").

A report of a tender's outcome told as a fact (一举中标, 以…万元的合同额中标, 正式公示中标候选人), of a public
body's vehicles auctioned (…最终成交143辆, 成交总价为…), a vehicle disposal's listing, a mine sold with its
price between the mine and the sale, and the national 废标/流标 template's section head, each typed by its
class. Every text here is made up.
"""

from __future__ import annotations

import pytest

from extractors.classify import classify


@pytest.mark.parametrize(
    "body",
    [
        "本报讯 6月18日下午,某市某水库除险加固工程网上公开招标一锤定音。某省水利工程局脱颖而出,一举中标。"
        "该工程总投资近亿元,工期两年。",
        "11月24日,某工程处水利市场再传喜讯,以1058.98万元的合同额中标某市某水库除险加固工程第3标段。"
        "本合同主要工作内容为溢洪道开挖护砌及倒虹吸重建工程。",
    ],
)
def test_a_works_award_reported_is_a_result(body: str) -> None:
    assert classify("", [], body) == ("construction", "construction.result")


def test_a_purchase_award_reported_is_a_result() -> None:
    body = (
        "我校某楼家具招标采购项目评标会议于6月28日召开。参与投标的厂商共4家。评标专家认真审核了各投标厂商的"
        "投标方案,经过讨论和评分,确认某某家具股份有限公司所投公寓家具中标。本项目由校拨专项经费支持。"
    )
    assert classify("", [], body) == ("procurement", "procurement.result")


def test_a_works_ranking_reported_is_the_candidates_stage() -> None:
    lines = [
        "近日,由某公司负责推进的某市某幼儿园建设项目(一期),于9月30日在某市公共资源交易中心顺利完成开评标工作。"
        "该项目于10月9日正式公示中标候选人,标志着项目建设迈入关键阶段。",
        "本项目一期建设内容包括教学综合楼及门卫室、围墙、绿化等附属工程。",
        "中标候选人公示期为2025年10月9日至10月13日,相关公告同步发布在某省政府采购网等指定媒介。",
    ]
    assert classify("", lines, "\n".join(lines)) == ("construction", "construction.candidates")


def test_a_tender_promising_the_ranking_is_still_a_tender() -> None:
    body = (
        "招标人：某县某局\n一、招标条件\n本项目已具备招标条件。\n投标截止时间：2026年1月1日9时\n"
        "中标候选人公示期为3日。\n"
    )
    assert classify("某县某道路工程施工招标公告", [], body)[1] == "construction.tender"


@pytest.mark.parametrize(
    "body",
    [
        "受某市公务用车制度改革领导小组办公室委托,某市第二场市级机关涉改公务用车拍卖会在某拍卖大厅举行,"
        "本场拍卖会推出的179辆涉改公车最终成交143辆,溢价率36%。",
        "10月29日上午,某区在某体育馆举行机关涉改车辆首场拍卖会。此次拍卖的49辆公车,起拍价格从5300元到3.5万元"
        "不等。据悉,此次拍卖共有12辆公车被竞拍者抢走,最终成交总价为21.35万元。",
    ],
)
def test_a_vehicle_auction_reported_is_a_property_deal(body: str) -> None:
    assert classify("", [], body) == ("property", "property.deal_result")


def test_a_vehicle_disposal_listing_is_a_property_transfer_notice() -> None:
    title = "某区事业单位公车改革处置车辆首场竞价会挂牌公告暨电子竞价公告"
    body = "项目编号\nAB-01\n标的车辆名称、基本情况及起拍价\n共8台。标的车辆分拆竞价,不含车牌。\n挂牌价(元)\n18000元\n"
    assert classify(title, [], body) == ("property", "property.transfer_notice")


def test_a_mine_sold_with_its_price_in_the_headline_is_mining() -> None:
    title = "全力保障建筑砂石供应,某县砂石矿3.564亿元高价成功拍卖出让"
    body = "某县某花岗岩矿采矿权经过多轮竞价,最终以3.564亿元成功拍卖出让。"
    assert classify(title, [], body)[0] == "mining"


def test_a_parcel_beside_a_mine_stays_land() -> None:
    title = "某县某矿区周边地块国有建设用地使用权挂牌出让公告"
    assert classify(title, [], "出让地块的基本情况\n宗地编号：A-1\n土地用途：工业用地\n")[0] == "land"


def test_the_failure_template_head_is_a_termination() -> None:
    body = (
        "一、项目基本情况\n采购项目编号:AB-01\n采购项目名称:某年全民健身场地设施项目\n二、项目废标/流标的原因\n"
        "某日,中标人某某建筑工程有限公司来函提出自愿放弃成交资格,经采购人研究,决定重新开展采购活动。\n"
    )
    assert classify("", [], body) == ("procurement", "procurement.termination")


def test_a_site_banner_line_names_no_domain() -> None:
    lines = [
        "政府采购汽车网_汽车采购网-政府采购信息网",  # the site's banner line, its name only
        "某区136辆公车成功拍卖,总价451.7万元",
        "日前,我区首批涉改公务车辆拍卖会成功开槌。经过激烈的竞价,136辆公务用车无一流拍,拍卖总成交额达451.7万元,"
        "平均溢价率达196.4%,确保了国有资产的保值。",
    ]
    assert classify("", lines, "\n".join(lines)) == ("property", "property.deal_result")


def test_a_listing_reported_with_its_opening_price_is_a_transfer_notice() -> None:
    body = (
        "近日,某市自然资源和规划局挂牌某区某村建筑用花岗岩矿,矿区范围探明资源量2014.8万立方米,出让期限6年,5亿起拍。\n"
        "据悉,该矿权所产石料以海运为主,竞得人需缴纳专用运输道路的建设费用6514.56万元。"
    )
    assert classify("", [], body) == ("mining", "mining.transfer_notice")


def test_a_clarification_opening_its_items_is_a_correction() -> None:
    body = (
        "工程名称\n某区某体育公园项目(勘察设计)\n招标阶段\n勘察设计招标\n招标文件修改、澄清（答疑）内容如下：\n"
        "一、本工程原发布的资料作废，以随本答疑同步发布的设计基础资料为准。\n招标人：\n（盖章）\n"
    )
    assert classify("", [], body) == ("construction", "construction.correction")


def test_a_tender_rule_on_the_winner_to_come_is_no_report() -> None:
    body = (
        "招标人：某县某局\n一、招标条件\n本项目已具备招标条件。\n投标截止时间：2026年1月1日9时\n"
        "投标人成功中标后须在5日内提交履约保证金。\n"
    )
    assert classify("", [], body) == ("construction", "construction.tender")
