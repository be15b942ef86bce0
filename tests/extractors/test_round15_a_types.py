"""Round 15a: a page's own stage against a borrowed or ahead-of-time heading (docs/extraction-conventions.md,
"Round 15a").

A result heading over a body that invites bids is the tender's body under another notice's heading; a
招标计划 announces a tender to come; a purchase's bar on its own advisers names services, not works; a
government purchase's own items (a 政采云 record flattened to one line) say it is a purchase and a tender.
Every title and body here is made up.
"""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.classify import classify, type_basis

_INVITING = (
    "某某职业学院对办公家具采购项目进行采购，现欢迎合格的供应商参加本次采购活动。现将相关信息公告如下：\n"
    "一、采购项目基本情况\n1. 项目名称：办公家具采购\n2. 采购方式：竞争性磋商\n"
    "二、递交响应文件截止时间：2026年1月10日9:30\n三、采购人：某某职业学院\n"
)


def test_a_result_heading_over_an_invitation_is_the_tender_and_is_not_confirmed() -> None:
    title = "某某职业学院档案柜采购成交公告"
    assert classify(title, [], _INVITING) == ("procurement", "procurement.tender")
    # the title names another stage: the type rests on the body, no accusation may rest on it
    assert type_basis(title, [], None, "procurement", "procurement.tender")[0] == "body"


def test_a_result_that_names_its_winner_stays_a_result() -> None:
    body = _INVITING + "四、成交信息\n成交供应商名称：某某家具有限公司\n成交金额：100000元\n"
    assert classify("某某职业学院办公家具采购成交公告", [], body)[1] == "procurement.result"


def test_a_result_recalling_whom_it_invited_stays_a_result() -> None:
    body = (
        "采购人：某某职业学院\n本项目采用竞争性谈判方式，邀请了三家供应商参加谈判。\n"
        "成交供应商：某某家具有限公司\n成交金额：100000元\n"
    )
    assert classify("某某职业学院办公家具采购成交公告", [], body)[1] == "procurement.result"


_PLAN = (
    "为便于投标人及时了解招标信息，现将某某医院建设项目(二期)招标计划公告如下：\n1、项目名称：某某医院建设项目(二期)\n"
    "2、项目批准文件：某发改〔2026〕1号\n3、建设规模：新建门诊楼一栋\n4、招标范围：施工图范围内的施工内容\n"
    "5、标段划分：2个标段\n6、预计招标时间：2026年3月\n招标人：某某医院\n"
)


def test_a_tender_plan_is_the_nearest_type_unconfirmed() -> None:
    title = "某某医院建设项目(二期)招标计划公告"
    assert classify(title, [], _PLAN) == ("construction", "construction.approval")
    assert type_basis(title, [], None, "construction", "construction.approval")[0] == "body"


def test_a_tender_plan_without_its_title_reads_the_same() -> None:
    assert classify("", [], _PLAN) == ("construction", "construction.approval")


def test_a_works_tender_is_still_a_tender() -> None:
    body = "招标人：某某医院\n一、招标条件\n本项目已具备招标条件，现对该项目进行公开招标。\n投标截止时间：2026年3月1日\n"
    assert classify("某某医院门诊楼施工招标公告", [], body) == ("construction", "construction.tender")


_EQUIPMENT = (
    "项目名称：某某医院2026年医疗设备购置项目\n招标人名称：某某医院\n招标代理机构全称：某某招标有限公司\n"
    "投标人资格条件：\n1. 有生产或供应能力的供应商。\n"
    "2. 为本项目提供整体设计、规范编制或者项目管理、监理、检测等服务的供应商，不得参与本项目投标。\n"
    "投标截止时间和开标时间：2026年5月14日上午9:30\n"
)


def test_a_bar_on_the_advisers_does_not_make_an_equipment_tender_works() -> None:
    assert classify("", [], _EQUIPMENT) == ("procurement", "procurement.tender")


def test_an_equipment_tender_that_names_its_installation_works_is_left_alone() -> None:
    body = _EQUIPMENT + "工期：安装施工60日历天\n"
    assert classify("", [], body)[0] == "construction"


def test_documents_sold_item_types_a_titleless_purchase() -> None:
    body = (
        "采购项目名称：某县医院锅炉用煤政府采购项目\n采购人名称：某县医院\n采购方式：公开招标\n"
        "招标内容：采购锅炉用煤2000吨\n招标文件发售时间：2026年1月10日至2026年1月15日\n"
    )
    assert classify("", [], body) == ("procurement", "procurement.tender")


def test_a_flattened_purchase_record_of_works_is_a_purchase_tender() -> None:
    body = (
        "项目编号：ABZC2026-C2-00001-XX项目名称：某县堤防水闸维修养护工程采购方式：竞争性磋商"
        "预算总金额（元）：2000000采购需求：标项名称:某县堤防水闸维修养护工程数量:1预算金额（元）:2000000"
        "简要规格描述：本工程对水闸进行防渗和维修加固，施工内容包括堤坝加宽加固，工程量详见清单。"
    )
    assert classify("", [], body) == ("procurement", "procurement.tender")


def test_a_flattened_lot_accepting_no_joint_bid_is_a_tender() -> None:
    body = (
        "项目编号：ABZC2026-G3-00002-XX项目名称：某县高标准农田建设项目勘察设计服务预算总金额（元）：2900000"
        "采购需求：标项一标项名称:某县高标准农田建设项目勘察设计服务(某镇)数量:1预算金额（元）:1100000"
        "合同履约期限：初步设计阶段自中标通知书发布之日起10天内提交勘测设计文件；施工图设计按工程进度另行确定。"
        "本标项（否）接受联合体投标备注："
    )
    assert classify("", [], body) == ("procurement", "procurement.tender")


_REQUIREMENTS = (
    "公告内容\n采购计划编号: | 2026ABC001 | 项目名称: | 某市某医院内镜设备采购项目 |\n采购方式: | 公开招标 | 预算金额 | 1000000.00 |\n"
    "任何供应商、单位或者个人对以上公示的项目采购需求有异议的,可以在招标公告发布之前在线发起异议。\n"
    "二、供应商资格条件\n1.1 提供营业执照;\n"
)


def test_a_requirements_publicity_is_a_consultation() -> None:
    assert classify("某市某医院内镜设备采购项目", [], _REQUIREMENTS) == (
        "procurement",
        "procurement.consultation",
    )


def test_a_tender_answering_objections_to_its_documents_stays_a_tender() -> None:
    body = (
        "采购人：某市某医院\n现对某市某医院内镜设备采购项目进行公开招标。\n"
        "供应商认为采购文件使自己的权益受到损害的，可以提出质疑。\n投标截止时间：2026年3月1日\n"
    )
    assert classify("某市某医院内镜设备采购项目", [], body) == ("procurement", "procurement.tender")


def test_an_open_tender_given_up_for_negotiation_is_its_termination() -> None:
    body = (
        "我院于2026年1月5日发布了某材料供应商资格采购院内公开招标公告，并于1月15日组织开标。有效投标人不足三家。"
        "2月1日院长办公会讨论通过了该项目由院内公开招标转为院内竞争性谈判。\n某某医院\n2026年2月3日\n"
    )
    title = "关于某材料供应商资格采购院内公开招标转竞争性谈判说明"
    assert classify(title, [], body) == ("procurement", "procurement.termination")


def test_the_negotiation_invited_after_the_change_stays_a_tender() -> None:
    body = (
        "采购人：某某医院\n本项目因有效投标人不足三家，经批准由公开招标转为竞争性谈判。\n"
        "获取谈判文件时间：2026年2月5日至2月10日\n递交响应文件截止时间：2026年2月15日9:30\n"
    )
    assert classify("某某医院某材料采购竞争性谈判公告", [], body) == ("procurement", "procurement.tender")


def _record(title: str, body: str) -> tuple[str, str]:
    rec = extract(f"{title}\n{body}".encode())
    return rec.notice_type, rec.type_basis


def test_a_result_title_over_a_body_of_tender_items_confirms_nothing() -> None:
    # no invitation in words, so the title's stage is kept; the body's items contradict it
    body = "采购人：某县某单位\n采购方式：竞争性磋商\n递交响应文件截止时间：2026年1月10日9:30\n采购预算：50万元\n"
    assert _record("某县某单位电脑采购成交公告", body) == ("procurement.result", "body")


def test_a_tender_title_over_a_body_naming_its_winner_confirms_nothing() -> None:
    body = (
        "招标人：某县某局\n投标截止时间：2026年1月10日9:30\n"
        "中标人名称：某某建设有限公司\n中标价（元）：1000000.00\n"
    )
    assert _record("某县某路改造工程施工招标公告", body) == ("construction.tender", "body")


def test_a_tender_its_body_agrees_with_keeps_its_title() -> None:
    body = "招标人：某县某局\n一、招标条件\n本项目已具备招标条件。\n投标截止时间：2026年1月10日9:30\n"
    assert _record("某县某路改造工程施工招标公告", body) == ("construction.tender", "title")


def test_a_tender_held_to_the_purchase_law_is_a_purchase_whatever_its_party_label() -> None:
    body = (
        "招标人：某县某局\n项目名称：某县道路养护监理服务\n"
        "投标人资格要求：符合《中华人民共和国政府采购法》第二十二条的规定。\n投标截止时间：2026年3月1日9:30\n"
    )
    assert classify("", [], body)[0] == "procurement"


def test_a_works_tender_under_the_tendering_law_stays_works() -> None:
    body = (
        "招标人：某县某局\n项目名称：某县道路养护工程施工\n"
        "投标人资格要求：符合《中华人民共和国招标投标法》的规定，具备市政公用工程施工总承包三级资质。\n"
        "投标截止时间：2026年3月1日9:30\n"
    )
    assert classify("", [], body)[0] == "construction"


def test_a_tender_preview_is_a_plan_too() -> None:
    assert classify("某县某医院门诊楼建设项目招标预告", [], _PLAN) == (
        "construction",
        "construction.approval",
    )


def test_a_result_body_under_a_tender_heading_is_the_result() -> None:
    body = "采购人：某县某单位\n中标供应商名称：某某科技有限公司\n中标金额：10万元\n"
    assert classify("某县某单位打印机采购项目招标公告", [], body)[1] == "procurement.result"


_OFFER = (
    "经某县人民政府批准，某县自然资源局决定以挂牌方式出让1宗国有建设用地使用权。现将有关事项公告如下：\n"
    "地块编号：2026-01，出让面积：1000平方米，土地用途：商服用地，起始价：100万元，竞买保证金：50万元。\n"
    "竞买申请时间：2026年1月1日至1月20日。\n"
)
_DEAL = (
    "某县自然资源局于2026年1月22日以挂牌方式出让1宗国有建设用地使用权，现将结果公示如下：\n"
    "地块编号：2026-01，出让面积：1000平方米，起始价：100万元，成交价：120万元，竞得人：某某置业有限公司。\n"
)


def test_a_sale_result_title_over_an_offer_confirms_nothing() -> None:
    assert _record("某县国有建设用地使用权挂牌出让结果公示", _OFFER)[1] == "body"


def test_a_sale_offer_title_over_a_deal_done_confirms_nothing() -> None:
    assert _record("某县国有建设用地使用权挂牌出让公告", _DEAL)[1] == "body"


def test_sale_titles_their_bodies_agree_with_confirm_their_types() -> None:
    assert _record("某县国有建设用地使用权挂牌出让公告", _OFFER) == ("land.transfer_notice", "title")
    assert _record("某县国有建设用地使用权挂牌出让结果公示", _DEAL) == ("land.deal_result", "title")


def test_a_winner_only_recommended_is_the_candidates_stage() -> None:
    body = (
        "我院于2026年1月5日发布某实验室改造工程施工单位招标公告，共有10家单位参与投标。\n"
        "根据随机抽取结果：第一中标候选人为某某建设工程有限公司，第二中标候选人为某某建筑工程有限公司。"
        "评标委员会一致建议该项目中标人为某某建设工程有限公司。\n若对结果有异议，请于2026年2月1日前投诉。\n特此公示\n"
    )
    assert classify("", [], body) == ("construction", "construction.candidates")


def test_a_winner_chosen_on_the_recommendation_is_the_result() -> None:
    body = (
        "招标人：某县某局\n第一中标候选人为某某建设工程有限公司。\n"
        "根据评标委员会推荐确定中标人为某某建设工程有限公司。\n"
    )
    assert classify("", [], body) == ("construction", "construction.result")


def test_a_result_notice_reporting_the_purchase_failed_is_its_termination() -> None:
    body = "采购人：某县某单位\n成交供应商：无\n因递交响应文件的供应商不足三家，本项目采购失败。\n"
    assert classify("某县某单位办公设备采购项目成交结果公告", [], body)[1] == "procurement.termination"


def test_a_result_whose_rules_name_a_failure_stays_a_result() -> None:
    body = (
        "采购人：某县某单位\n成交供应商名称：某某科技有限公司\n成交金额：10万元\n"
        "说明：供应商不足三家的，本项目采购失败。\n"
    )
    assert classify("某县某单位办公设备采购项目成交结果公告", [], body)[1] == "procurement.result"


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "关于印发《某市政府采购管理办法》的通知",
            "各区县财政局：\n现将《某市政府采购管理办法》印发给你们，请遵照执行。\n"
            "第一条 为规范政府采购行为，根据《中华人民共和国政府采购法》制定本办法。",
        ),
        (
            "关于举办2026年政府采购业务培训班的通知",
            "各采购单位：\n定于2026年3月举办培训班。\n报名时间：2026年2月20日前。",
        ),
        ("某市2025年政府采购规模达120亿元", "2025年，某市政府采购规模达120亿元，节约资金8亿元。"),
    ],
)
def test_a_page_naming_the_trade_but_no_stage_is_other(title: str, body: str) -> None:
    assert classify(title, [], body) == ("other", "other.other")


def test_a_request_for_quotations_with_a_generic_title_stays_a_purchase() -> None:
    body = "某县某单位拟购置电脑10台，请有意向的供应商于2026年3月1日前将报价单密封送至某县某单位办公室。"
    assert classify("某县某单位电脑采购", [], body) == ("procurement", "procurement.tender")


def test_a_report_of_a_sale_to_come_stays_a_transfer_notice() -> None:
    body = "某市自然资源局发布公告，本批次挂牌出让宗地共5宗，起始总价40亿元，将于9月15日集中出让。"
    assert classify("关于公布某市第三批住宅用地集中出让的公告", [], body) == ("land", "land.transfer_notice")
