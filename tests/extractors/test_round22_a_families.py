"""Round 22a: type and outcome words as families built from parts, not lists one variant short.

- a deal told done by any act × completion ('…出租在某中心成功完成', '…竞价工作顺利完成'), by a taker in the passive or a
  price taken at ('被8户商家拍走', '以每亩900元的承包价夺标'), by any sum word ('总成交额'), by a lease made with its rent;
- a letting of land or water (object × letting verb, either order, with its rent or contract price) is property, told
  offered or done by the same outcome words;
- the requirements published in any word (需求 × 公示/公开/论证/征求), housing progress in any unit (户, 栋, 在建);
- a works award told by the winner's new role or its award letter received;
- guards: the same words in a conditional clause, in a rule to come, or in a purchase for a letting's affairs.

Made-up pages (no real page's text). Each test fails before round 22a and passes after; the guards keep what was right.
"""

from __future__ import annotations

from extractors import extract
from extractors.classify import _DEAL_DONE, conditional


def _type(text: str) -> str:
    return extract(text.encode()).to_dict()["notice_type"]


# --- 22a.1 a deal told done, in any arrangement of the family's parts ---------------------------------------------

_LEASE_DONE_NEWS = (
    "某某市成功完成首例厂房出租\n"
    "近日,原某某镇农机站厂房整体出租在某某市公共资源交易服务中心成功完成。\n"
    "该厂房闲置多年,为盘活国有资产,某某市将厂房整体出租,采用网络竞价方式公开招租。\n"
)


def test_lease_told_completed_is_a_deal_result():
    assert _type(_LEASE_DONE_NEWS) == "property.deal_result"


_ALLOWANCE_NEWS = (
    "7月2日,竞买人员在某某环境交易所交易室内参加竞拍,报名企业12家。当日,某某省首次氮氧化物排污权交易竞买会在某某环境交易所举行。"
    "参与企业共竞得1200吨氮氧化物的排放权,总成交额512.3万元人民币。\n"
)


def test_allowance_total_sum_is_a_deal_result():
    assert _type(_ALLOWANCE_NEWS) == "emission.deal_result"


_ALLOWANCE_DONE = (
    "某某日报讯 8月3日,某某市2025年第二期政府储备排污权出让电子竞价工作顺利完成。全市本年度新增排污权交易企业12家。\n"
    "化学需氧量、氨氮等排污权指标统一在排污权竞价网交易。\n"
)


def test_allowance_sale_completed_after_the_act_is_a_deal_result():
    assert _type(_ALLOWANCE_DONE) == "emission.deal_result"


_RENT_AUCTION_NEWS = (
    "某某网讯 近日,某某区国资委对某某商厦大楼租用权进行了公开拍卖,吸引了20家商户报名竞拍。最终,这栋大楼以多份租用权的"
    "形式,分别被8户商家先后拍走,共拍出租金210.5万元。\n"
)


def test_taker_in_the_passive_and_rent_fetched_is_a_deal_result():
    assert _type(_RENT_AUCTION_NEWS) == "property.deal_result"


_LEASE_MADE = (
    "经我单位办公会议研究同意,将我单位总面积为800平方米的仓库出租给某某物流股份有限公司,年租金为120000元。\n"
    "以上出租事项,租期三年。现将此出租事项予以公示,公示期间有任何异议,请书面提出。\n"
    "某某市农业研究所\n2025年3月1日\n"
)


def test_lease_made_with_its_tenant_and_rent_is_property_deal_result():
    assert _type(_LEASE_MADE) == "property.deal_result"


# --- 22a.2 a letting of land or water is property; offered or done by the outcome words ---------------------------

_POND_RELET = (
    "经某某村两委研究决定,对本村原承包合同到期的鱼塘重新发包,以公开竞标形式确定新的承包人,现公告如下:\n"
    "一、发包标的:发包鱼塘面积30亩,现发包标底单价500元/亩。\n"
    "二、承包期限:五年。\n三、报名费用:报名费=发包总价+100元(资料费)。中标人的报名费可抵交承包款。\n"
    "四、本次招标报名时间为3月5日,开标时间为3月8日上午9:30。\n"
)


def test_pond_relet_by_bids_is_a_property_transfer_notice():
    assert _type(_POND_RELET) == "property.transfer_notice"


_POND_NEWS = (
    "某某村养殖塘租金创新高\n2020年1月5日 08:10\n"
    "日前,某某镇某某村养殖塘进行对外公开招标,经过激烈竞标,最终一名养殖户以每亩900元的承包价夺标。\n"
    "在改造前,这片鱼塘承包价每亩只有150元。\n"
)


def test_pond_let_news_with_price_taken_is_a_property_deal_result():
    assert _type(_POND_NEWS) == "property.deal_result"


_WATER_TRANSFER = (
    "某某县某某镇某某村2组养殖水面经营权流转项目交易公告\n"
    "一、项目基本情况\n1.项目地址:某某县某某镇某某村2组\n2.流转方式:出租\n3.流转价格:300元/年\n4.流转期限:8年\n"
    "二、报名事项\n1.报名时间:项目公告期内均可报名\n"
)


def test_water_use_right_transfer_is_a_property_transfer_notice():
    assert _type(_WATER_TRANSFER) == "property.transfer_notice"


def test_guard_purchase_for_a_letting_policy_stays_procurement():
    page = (
        "某某区土地承包到期后再延长30年试点技术服务项目流标公告\n"
        "一、项目编号：ABC-2026-01\n二、采购人：某某区农业农村委员会\n"
        "三、废标（终止）原因：投标人不足三家，流标\n"
    )
    assert _type(page).startswith("procurement.")


# --- 22a.3 the conditional guard --------------------------------------------------------------------------------


def test_conditional_clause_tells_no_deal():
    assert _DEAL_DONE.search("若标的被他人竞得，原承租人须在十日内腾空") is None
    assert _DEAL_DONE.search("如以每亩100元的承包价夺标的，须一次缴清") is None
    assert conditional("一旦被他人拍走，保证金退还", 3)
    assert _DEAL_DONE.search("最终被3户商家拍走") is not None


def test_guard_rule_to_come_tells_no_deal():
    assert _DEAL_DONE.search("标的被竞得后，竞得人应于5日内签订合同") is None
    assert _DEAL_DONE.search("报价最高者为竞得人") is None


# --- 22a.4 consultation and housing progress families ------------------------------------------------------------

_REQUIREMENTS_PUBLIC = (
    "某某市中医医院:办公家具项目采购需求公开\n2025-03-01\n"
    "某某市中医医院:办公家具项目采购需求公开\n"
    "一、功能及要求:\n投标总价包含运输、安装等全部费用,中标人须按采购人的要求送货上门。\n"
    "二、货物清单\n序号 货物名称 规格 最高限价(元)\n"
)


def test_requirements_made_public_is_a_consultation():
    assert _type(_REQUIREMENTS_PUBLIC) == "procurement.consultation"


def test_guard_numbered_section_with_public_word_is_no_heading():
    from extractors.classify import _heading_line

    assert not _heading_line("五、采购意向公开链接")
    assert _heading_line("某某市中医医院:办公家具项目采购需求公开")
    assert not _heading_line("项目名称:办公家具采购公告")


def test_housing_progress_in_households_and_under_construction():
    from extractors.classify import _body_type

    assert _body_type("housing", "今年棚户区改造提前开工数为512户,完成比例为40%。") == "progress"
    assert _body_type("housing", "全市保障性住房在建1200套,竣工12栋。") == "progress"
    assert _body_type("housing", "全市计划完成保障性住房500套。") is None


# --- 22a.5 a works award told by the winner's role or its letter --------------------------------------------------

_AWARD_LETTER = (
    "证券代码:600000 证券简称:某某股份 公告编号:2025-010 某某路桥股份有限公司 本公司董事会保证本公告内容真实。 近日,某某路桥股份有限公司收到某某交通建设集团有限公司发来的《中标通知书》,公司成为某某公路大桥工程的中标人。\n"
    "该项目计划工期20个月,中标合同价为人民币50,000,000.00元。公司接到中标通知书后,将按照招标文件要求办理合同签订事宜。\n"
)


def test_award_letter_received_is_a_works_result():
    assert _type(_AWARD_LETTER) == "construction.result"


def test_guard_tender_rule_on_award_letter_stays_tender():
    import re

    from extractors.classify import _AWARD_REPORTED

    rx = re.compile(_AWARD_REPORTED)
    assert not rx.search("中标人收到中标通知书后30日内签订合同")
    assert not rx.search("自收到中标通知书之日起")
    assert not rx.search("投标人成为中标人后须缴纳履约保证金")
