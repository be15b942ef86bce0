"""Round 14a: what a title's words name (docs/extraction-conventions.md, "Round 14a").

A works 评标结果公示 is the committee's ranking before the award (the candidates stage), though it says
结果; an owner letting stalls or shops by tender ('…招租招标公告') makes a property transfer notice, though
its tail is a tender's. Every title and body here is made up.
"""

from __future__ import annotations

import pytest

from extractors.classify import classify, type_basis

_RANKING = (
    "项目及标段名称\n某县某体育中心建设项目施工\n招标人\n某县某局\n中标候选人及排序\n"
    "中标候选人名称\n投标报价（元）\n第一名\n某某建设集团有限公司\n1000000.00\n"
    "第二名\n某某工程有限公司\n1010000.00\n"
)


def test_a_works_evaluation_result_is_the_candidates_stage() -> None:
    title = "某县某体育中心建设项目施工评标结果公示"
    assert classify(title, [], _RANKING) == ("construction", "construction.candidates")
    # the title confirms what it names: an accusation may rest on it
    assert type_basis(title, [], None, "construction", "construction.candidates")[0] == "title"


def test_a_title_naming_the_award_too_stays_a_result() -> None:
    body = "招标人：某县某局\n中标人名称：某某建设集团有限公司\n中标价（元）：1000000.00\n"
    title = "某县某道路工程施工评标结果及中标结果公示"
    assert classify(title, [], body) == ("construction", "construction.result")


def test_a_purchase_evaluation_result_is_still_its_result() -> None:
    body = "采购人：某县某局\n采购代理机构：某某咨询有限公司\n中标候选人及排序\n第一名\n某某科技有限公司\n"
    assert classify("某县某局办公设备采购项目评标结果公示", [], body)[1] == "procurement.result"


_LETTING_BODY = (
    "某村某市场一楼摊位和商铺租赁即将到期，经村民代表会议决定重新以公开招标方式进行出租，"
    "凡具有承租能力的自然人或法人均可参加投标。\n一、招标项目概况\n1.招标项目位置：某街道某村某市场一楼。\n"
    "2.承租期：2年。\n三、投标人要求：具有承租能力的自然人或法人。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "某街道某村某农贸市场(一楼)摊位和商铺招租招标公告",
        "某镇某村集体门面房出租招标公告",
        "某公司某路商铺竞租招标公告",
    ],
)
def test_a_letting_by_tender_is_a_property_transfer_notice(title: str) -> None:
    assert classify(title, [], _LETTING_BODY) == ("property", "property.transfer_notice")


def test_a_taxi_purchase_is_not_a_letting() -> None:
    body = "采购人：某市某局\n采购代理机构：某某咨询有限公司\n采购内容：纯电动出租车20辆\n投标截止时间：2026年1月1日\n"
    assert classify("某市纯电动出租车采购招标公告", [], body)[0] == "procurement"


def test_works_for_a_letting_stay_works() -> None:
    body = "招标人：某村村民委员会\n一、招标条件\n本工程已具备招标条件。\n投标截止时间：2026年1月1日\n"
    assert classify("某村出租用房维修改造工程施工招标公告", [], body)[0] == "construction"


def test_a_letting_title_without_a_tender_tail_is_left_to_the_other_rules() -> None:
    body = "一、房源情况\n某小区公共租赁住房20套。\n二、申请条件\n符合本市公共租赁住房保障条件的家庭。\n"
    assert classify("某市公共租赁住房出租公告", [], body)[0] == "housing"
