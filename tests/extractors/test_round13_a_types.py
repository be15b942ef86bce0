"""Round 13a: notice types by classes of wording the blind sets showed (every page here is made up).

A housing eligibility list is the allocation's first step; a sand-extraction right is sold as a mining
right; a failure drawn as a conclusion ('故本项目本次招标流标') is a termination; a purchase named as bought
and installed is procurement even when a body sentence among the first lines repeats the tender's party
words; a procedure told as held is a purchase's result; a sale closed at a unit price is its deal.
"""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.classify import classify, type_basis


def test_an_eligibility_list_of_households_is_the_allocation() -> None:
    title = "关于符合城镇公共租赁住房保障条件家庭名单的公示"
    body = (
        f"某市住房保障中心\n{title}\n根据《某市公共租赁住房管理办法》的规定，经审查，以下家庭符合我市城镇"
        "公共租赁住房保障条件，现予以公示：\n东风社区：张某某（2人）\n一、公示时间：2024年3月1日至3月10日。\n"
        "二、如有异议，请来电反映。\n某市住房保障中心\n2024年3月1日"
    )
    assert classify(title, [], body)[1] == "housing.allocation"
    # titleless copy: the body's own sentence says what is listed
    assert classify("", [], body.replace(title, ""))[1] == "housing.allocation"


def test_a_housing_policy_without_a_list_is_not_an_allocation() -> None:
    body = "某市住房保障中心\n为做好住房保障工作，现就年度工作安排通知如下：加强房源管理，规范租金收缴。"
    assert classify("", [], body)[1] != "housing.allocation"


@pytest.mark.parametrize(
    "title",
    ["某江干流某县段2026年—2028年河道采砂权一标段拍卖公告", "某县河道砂石开采权拍卖公告"],
)
def test_a_sand_extraction_right_is_sold_as_a_mining_right(title: str) -> None:
    body = (
        f"{title}\n受某县水务局委托，本公司将于2026年5月8日在某县公共资源交易中心对{title[:-4]}进行公开拍卖，"
        "现将有关事项公告如下：\n一、拍卖标的\n二、出让方量和范围\n三、竞买保证金：50万元。"
    )
    assert classify(title, [title], body)[1] == "mining.transfer_notice"


def test_news_of_a_sand_right_sold_per_ton_is_the_deal() -> None:
    body = (
        "某市河道砂石开采权第一拍圆满成功\n经省水利厅批准，某市水务局委托，某市水利局在市公共资源交易中心对某段河道"
        "砂石开采权进行公开拍卖。在某拍卖有限公司的主持下，9个竞买人经过多轮竞价，某物流有限公司最终以28.5/吨的"
        "价格成交。\n为确保本次拍卖公开、公平、公正，某市发布了拍卖公告。"
    )
    assert classify("", [], body)[1] == "mining.deal_result"
    # a sale notice's rule names no figure it was closed at
    notice = (
        "某县河道砂石开采权拍卖公告\n受某县水务局委托，现对某段河道砂石开采权进行公开拍卖。竞买保证金：50万元。"
        "报名时间：2026年5月1日至5月6日。拍卖采用增价方式，以最高报价成交。"
    )
    assert classify("", [], notice)[1] == "mining.transfer_notice"


def test_a_failure_drawn_as_a_conclusion_is_a_termination() -> None:
    body = (
        "各潜在投标人：\n我单位招标的某学院机房电脑采购及安装项目于2025年9月5日开标。递交投标文件的投标人数量"
        "不足3家。根据招标文件约定，投标人少于3个的，招标人将重新招标，故本项目本次招标流标。\n特此说明。"
    )
    assert classify("", [], body)[1].endswith(".termination")


def test_a_rule_on_failure_is_no_termination() -> None:
    body = (
        "某学院机房电脑采购项目招标公告\n投标截止时间：2025年9月5日9时30分。投标人少于3个的，本项目流标，"
        "招标人将重新招标。\n递交投标文件的时间：2025年9月5日9时前。"
    )
    assert not classify("", [], body)[1].endswith(".termination")


def test_goods_bought_and_installed_are_procurement_over_a_first_line_sentence() -> None:
    """The first lines are passed as heading candidates; a sentence among them is body (counted once,
    capped), not a heading whose party words outweigh the object bought."""
    title = "关于“某学院（二期）机房电脑采购及安装”招标项目流标情况说明"
    sentence = (
        "我单位招标的“某学院（二期）机房电脑采购及安装”项目于9月5日开标。本项目投标人数量不足3家。根据招标文件"
        "约定，投标截止时间止，投标人少于3个的，招标人将重新招标，故本项目本次招标流标。"
    )
    body = f"{title}\n某交易中心：\n{sentence}\n特此说明。"
    assert classify("", [title, "某交易中心：", sentence], body) == ("procurement", "procurement.termination")


def test_a_procedure_told_as_held_is_a_purchase_result() -> None:
    body = (
        "某县第一中学学生校服供应商遴选结果公告\n为保障学生权益，我校于2025年9月20日上午组织开展了新生校服采购"
        "公开遴选活动，通过不记名投票方式完成了校服采购的工作。现将相关内容公告如下：\n一、采购内容：夏装2套。"
        "\n二、服务年限：一年。"
    )
    assert classify("", [], body.split("\n", 1)[1]) == ("procurement", "procurement.result")


def test_a_retender_recalling_its_first_round_stays_the_tender() -> None:
    body = (
        "本项目于2025年8月1日进行了公开招标，因投标人不足三家，现重新招标。\n采购人：某医院\n"
        "投标截止时间：2025年9月1日9时30分\n递交投标文件地点：某交易中心"
    )
    assert classify("", [], body) == ("procurement", "procurement.tender")


def test_an_eligibility_list_page_reads_as_allocation_end_to_end() -> None:
    page = (
        "某区住房和城乡建设委员会\n关于符合城镇廉租住房保障条件家庭名单的公示\n经审查，以下家庭符合我区城镇廉租住房"
        "保障条件，现予以公示：\n某社区：李某（1人）\n一、公示时间：2023年12月18日至2024年1月4日。\n"
        "某区住房和城乡建设委员会\n2023年12月18日\n"
    ).encode()
    rec = extract(page, None)
    assert rec.notice_type == "housing.allocation"


def test_news_of_a_lease_auction_held_is_its_result() -> None:
    body = (
        "某市城投集团2015年第一批次公开拍租经营性资产\n某市城投集团于近日进行了2015年第一批次国有经营性资产公开拍租。"
        "此次拍租邀请国资委工作人员现场监督，实现了国有房产出租在阳光下运行。\n此次公开拍租的是某路三处经营性资产"
        "三年期经营使用权，三处资产相继有了新的归属。"
    )
    assert classify("", [], body) == ("property", "property.deal_result")


def test_a_relisting_that_recalls_its_first_sale_stays_the_notice() -> None:
    body = (
        "某市某路门面房招租公告\n该门面房曾于2024年进行了公开招租，因无人报名流拍，现重新公开招租。\n"
        "一、招租起始价：每年5万元。\n二、竞买保证金：1万元。\n三、报名时间：2025年3月1日至3月5日。"
    )
    assert classify("", [], body) == ("property", "property.transfer_notice")


def test_a_headline_naming_the_sale_only_by_its_generic_word_over_a_deal_is_the_result() -> None:
    title = "某市城东两宗商住地块顺利出让"
    body = (
        f"{title}\n2026年03月03日 来源：某某晚报\n3月2日，某市城东两宗商住用地在市公共资源交易中心网上挂牌出让，"
        "经过46轮竞价，某置业有限公司最终以5.2亿元竞得。"
    )
    assert classify(title, [], body) == ("land", "land.deal_result")
    # a notice's own title (its 公告) still names the notice, whatever terms the body states
    notice = "某市城东两宗商住地块国有建设用地使用权挂牌出让公告"
    assert (
        classify(notice, [], notice + "\n竞买保证金：1000万元。竞得人名称：（成交后填写）")[1]
        == "land.transfer_notice"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "现决定将投标文件的递交由现场更改为网络递交，具体情况做以下更正说明：",
        "本项目递交投标文件截止时间及开标时间更改为：2025年12月25日13时30分，开标地点不变。",
        "原开标时间和方式更改为：2025年11月5日上午8:00，投标文件以电子邮件递交。",
        "因系统维护，故某某设备和劳务2个项目延期开标，开标时间另行通知。",
    ],
)
def test_a_change_in_its_own_words_is_a_correction(sentence: str) -> None:
    body = f"各投标人：\n某某道路工程施工招标原计划于11月5日开标。{sentence}\n特此说明。\n某某建设局\n2025年11月2日"
    assert classify("", [], body) == ("construction", "construction.correction")


def test_a_tender_stating_its_dates_is_no_correction() -> None:
    body = (
        "某某道路工程施工招标公告\n一、招标条件\n本项目已批准建设，现对该项目施工进行公开招标。\n"
        "二、投标截止时间：2025年12月25日9时30分。如有变更，招标人将另行通知。"
    )
    assert classify("", [], body) == ("construction", "construction.tender")


def test_a_service_tendered_with_nothing_built_is_a_purchase() -> None:
    body = (
        "各投标人：\n我校招标与采购代理服务比选项目原计划于11月5日开标。现决定将投标文件的递交由现场更改为网络递交，"
        "具体情况做以下更正说明：\n1、投标人采用电子邮件递交投标文件。\n特此更正说明。\n某某学院\n2021年11月2日"
    )
    assert classify("", [], body) == ("procurement", "procurement.correction")
    # the same letter about a works tender stays works
    works = body.replace("招标与采购代理服务比选项目", "教学楼维修改造工程施工招标")
    assert classify("", [], works) == ("construction", "construction.correction")


def test_goods_ranked_by_a_bixuan_are_a_purchase_result() -> None:
    """A 比选 ranks 中选 candidates; goods bought under 招标投标法 wording are procurement even when the
    candidate's name says 工程 and the page cites the works complaint rules."""
    body = (
        "所在地区 | 某省 | 招标类型 | 公告 |\n某公司综合楼厨房设备采购项目评选委员会已完成对各参选人递交的参选文件的评审，"
        "比选结果如下：\n第一中选候选人：某某厨房工程有限公司\n公示时间：2025年7月17日至7月21日。\n"
        "依据《工程建设项目招标投标活动投诉处理办法》，异议应在公示期内提出。"
    )
    assert classify("", [], body) == ("procurement", "procurement.result")


def test_a_works_bixuan_ranking_is_candidates() -> None:
    body = (
        "某村道路硬化工程施工比选结果公示\n评选委员会已完成评审，比选结果如下：\n第一中选候选人：某某建设有限公司\n"
        "第二中选候选人：某某路桥有限公司\n公示期：2025年7月17日至7月21日。"
    )
    assert classify("", [], body) == ("construction", "construction.candidates")


def test_a_building_trade_notice_that_tenders_nothing_stays_works() -> None:
    """'Nothing built' reads a tendering page only: a credit rating of the building trade is works'."""
    title = "2026年第2季度建筑业企业信用等级评价结果公示"
    assert classify(title, [], "") == ("construction", "construction.credit")


def test_an_aggregators_paywalled_party_grid_names_no_party() -> None:
    """A summary grid whose values hide behind '立即查看' is the site's chrome over any notice: it must not
    make a mining right's sale a purchase."""
    grid = "公告内容\n项目编号\n立即查看\n采购单位\n立即查看\n供应商\n立即查看\n采购代理\n立即查看\n"
    body = (
        grid
        + "某县某镇某村凝灰岩矿网上挂牌出让公告\n根据《矿业权出让交易规则》，现以网上挂牌方式公开出让某县某镇某村"
        "凝灰岩矿采矿权。\n1.采矿权名称：某县某镇某村凝灰岩矿\n2.开采矿种：凝灰岩\n3.竞买保证金：100万元"
    )
    assert classify("", [], body) == ("mining", "mining.transfer_notice")
    # a real party label still names the buyer
    tender = "采购单位\n某县人民医院\n项目名称\n某县人民医院监护仪购置项目\n投标截止时间：2026年3月1日9时30分"
    assert classify("", [], tender)[0] == "procurement"


@pytest.mark.parametrize(
    "sentence",
    [
        "经过32轮竞价，某商住地块最终以5200万元落槌。",
        "经过32轮竞价，某商住地块花落某置业有限公司。",
        "此次挂牌出让的某商住地块顺利成交，为今年首宗。",
    ],
)
def test_a_reports_idiom_of_the_outcome_is_the_result(sentence: str) -> None:
    body = f"3月2日，市公共资源交易中心举行国有建设用地使用权网上挂牌。{sentence}该地块起始价4000万元，竞买保证金800万元。"
    assert classify("", [], body) == ("land", "land.deal_result")


def test_an_auctions_rules_on_the_hammer_are_no_outcome() -> None:
    body = (
        "某市国有建设用地使用权拍卖出让公告\n一、地块：某商住地块，起始价4000万元，竞买保证金800万元。\n"
        "二、拍卖规则：拍卖师落槌即为成交，成功成交后竞得人应当场签订成交确认书。\n三、报名时间：3月1日至3月5日。"
    )
    assert classify("", [], body) == ("land", "land.transfer_notice")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("某职业技术学院新生运动服采购成交公告", ("procurement", "procurement.result")),
        ("某大学体检设备采购（二次）中标公告", ("procurement", "procurement.result")),
        ("某市国有建设用地使用权成交公告", ("land", "land.deal_result")),  # a land sale's 成交公告 stays land
        ("某县宿舍楼改造工程设备采购招标公告", ("construction", "construction.tender")),  # works named
        ("砂贵如金 我市首次拍卖砂矿权", ("mining", "mining.transfer_notice")),
        ("江西6780万吨建筑石料用花岗岩矿4.71亿元成交", ("mining", "mining.deal_result")),
        ("某市今年首次网挂出让土地 三幅地块成功出让", ("land", "land.deal_result")),
    ],
)
def test_a_title_alone_names_the_domain_and_stage(title: str, expected: tuple[str, str]) -> None:
    assert classify(title, [], "") == expected


def test_a_headlines_idiom_of_the_outcome_types_but_does_not_confirm() -> None:
    title = "某市今年首次网挂出让土地 三幅地块成功出让"
    assert type_basis(title, [], None, "land", "land.deal_result") == ("body", "")
    notice = "某市国有建设用地使用权挂牌出让结果公示"
    assert type_basis(notice, [], None, "land", "land.deal_result") == ("title", notice)


def test_an_excerpt_starting_below_the_tender_heading_reads_its_sections() -> None:
    """Page-store excerpts start wherever the store cut them: the tender template's own sections say it."""
    national = (
        "一、项目基本情况\n采购计划编号：\n2026NCZ-0001\n项目名称：\n某区教育局体育设备采购项目\n预算金额（元）：\n"
        "1400000.00\n采购需求：\n详见招标文件\n二、申请人的资格要求：\n1.满足《中华人民共和国政府采购法》第二十二条规定；"
    )
    assert classify("", [], national) == ("procurement", "procurement.tender")
    table = (
        "招标详情\n采购项目名称\n某幼儿园厨房设备\n采购方式\n竞争性谈判\n采购人\n某幼儿园\n"
        "获取谈判文件地点\n供应商自2020年3月25日至3月31日到某中心获取"
    )
    assert classify("", [], table) == ("procurement", "procurement.tender")


def test_the_national_result_templates_opening_is_a_result() -> None:
    body = (
        "某招标有限公司受某科技馆的委托，就某系统迁移改造项目（项目编号：0702-01）组织采购，评标工作已经结束，"
        "中标结果如下：\n一、项目信息\n项目编号：0702-01\n二、采购单位信息\n采购单位名称：某科技馆"
    )
    assert classify("", [], body) == ("procurement", "procurement.result")


def test_the_national_templates_wording_in_the_body_names_a_purchase() -> None:
    body = (
        "一、项目编号：P520001\n二、项目名称：某小学双电源技改工程（采购方式：竞争性磋商）\n三、中标（成交）信息\n"
        "中标供应商名称：某电力工程有限公司\n四、主要标的信息\n施工范围：以工程量清单为准\n施工工期：60日历天\n项目经理：王某"
    )
    assert classify("", [], body) == ("procurement", "procurement.result")
