"""Reading conventions added in issue 12, round 18g (docs/extraction-conventions.md, "Round 18g").

Precision: values read wrong because they belong to another role, another party, another item or the site's
chrome. Every page below is made up (no real page is copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


# -- 18g.1 a ranked candidate's label is no winner -------------------------------------------------------------


def test_a_first_ranked_candidate_is_no_winner() -> None:
    rec = _rec(
        "某某设备比选中选候选人公示\n"
        "发布时间：2026-05-10\n"
        "某某公司某某设备采购项目比选评审已结束，现将结果公示如下：\n"
        "第一中选候选人：某某厨具工程有限公司\n"
        "第二中选候选人：某某设备有限公司\n"
        "公示期：2026年5月10日至2026年5月12日\n"
    )
    assert "winner" not in rec.fields
    assert "winner" not in rec.gaps  # the page prints no winner's label either


def test_candidates_named_in_a_sentence_give_no_winner() -> None:
    rec = _rec(
        "某某中学改造项目中标结果澄清公告\n"
        "2026年03月02日，某某中学改造项目评标委员会推荐出二名中标候选人，其中第一中标候选人：某某信息技术有限公司，"
        "投标报价：人民币陆拾万元整（¥600,000.00）；第二中标候选人：某某科技有限公司，投标报价：人民币柒拾万元整。\n"
        "某某中学\n"
        "2026年03月05日\n"
    )
    assert "winner" not in rec.fields


def test_guard_a_named_winner_is_still_read() -> None:
    rec = _rec(
        "某某设备采购项目中标结果公告\n"
        "发布时间：2026-05-10\n"
        "一、项目编号：ZB2026-011\n"
        "二、中标供应商：某某厨具工程有限公司\n"
        "三、中标金额：128000元\n"
    )
    assert rec.fields.get("winner") == ["某某厨具工程有限公司"]


# -- 18g.2 the owner's number under a label naming the owner --------------------------------------------------


def test_the_owner_labelled_number_beats_the_project_handlers() -> None:
    rec = _rec(
        "某某厅某某设备项目中标结果公告\n"
        "一、项目信息\n"
        "项目编号：AB-2026-017\n"
        "项目名称：某某厅某某设备项目\n"
        "项目联系人：欧小姐\n"
        "联系方式：0591-11112222\n"
        "二、采购单位信息\n"
        "采购单位名称：某某厅\n"
        "采购单位联系方式：林某某/0591-33334444\n"
        "三、采购代理机构信息\n"
        "采购代理机构全称：某某招标代理有限公司\n"
        "采购代理机构联系方式：欧小姐/0591-11112222\n"
    )
    assert rec.fields.get("contact_phone") == "0591-33334444"


def test_the_owner_number_one_cell_a_line_with_the_contacts_name() -> None:
    rec = _rec(
        "某某研究所某某仪器采购公告\n"
        "公告时间\n"
        "2026年07月03日\n"
        "项目联系人\n"
        "张某、王某\n"
        "项目联系电话\n"
        "010-55556666\n"
        "采购单位\n"
        "某某研究所\n"
        "采购单位联系方式\n"
        "佟老师,024-77778888\n"
        "代理机构联系方式\n"
        "张某、王某；010-55556666\n"
    )
    assert rec.fields.get("contact_phone") == "024-77778888"


def test_guard_no_owner_labelled_number_keeps_the_notices_contact() -> None:
    rec = _rec(
        "某某设备采购项目中标结果公告\n"
        "一、项目信息\n"
        "项目编号：AB-2026-017\n"
        "项目名称：某某设备采购项目\n"
        "联系方式：0591-11112222\n"
        "二、采购单位信息\n"
        "采购单位名称：某某厅\n"
        "采购单位联系方式：详见采购文件\n"
    )
    assert rec.fields.get("contact_phone") == "0591-11112222"


# -- 18g.3 a document number (文号) and a slash trail are no title -----------------------------------------------


def test_a_document_number_above_the_date_line_is_no_title() -> None:
    rec = _rec(
        "某自然资告字(2025)7号\n"
        "2025-11-14\n"
        "某自然资告字(****)*号\n"
        "发布日期:********** **:**\n"
        "某县自然资源局\n"
        "国有建设用地使用权挂牌出让公告\n"
        "经某县人民政府批准，某县自然资源局以挂牌方式出让以下地块国有建设用地使用权，现将有关事项公告如下：\n"
        "宗地位置：某县新城区\n"
    )
    assert rec.fields.get("title") == "国有建设用地使用权挂牌出让公告"


def test_a_document_number_broken_over_two_lines_is_no_title() -> None:
    rec = _rec(
        "某自然资规公告\n"
        "〔2026〕2号\n"
        "某某县国有建设用地使用权挂牌出让公告\n"
        "根据有关规定，经某某县人民政府批准，某某县自然资源局决定以挂牌方式出让4宗国有建设用地使用权。\n"
    )
    assert rec.fields.get("title") == "某某县国有建设用地使用权挂牌出让公告"


def test_guard_a_heading_with_its_bracketed_document_number_keeps_its_heading() -> None:
    rec = _rec(
        "某某县国有建设用地使用权拍卖出让公告(某自然资规出告字〔2023〕05号)\n"
        "发布时间：2023-05-10\n"
        "经某某县人民政府批准，某某县自然资源局决定以拍卖方式出让1幅地块的国有建设用地使用权。\n"
    )
    # (the bracketed 文号 is dropped as before this round; the heading itself is no 文号)
    assert rec.fields.get("title") == "某某县国有建设用地使用权拍卖出让公告"


def test_a_slash_trail_from_the_home_page_is_no_title() -> None:
    rec = _rec(
        "首页/政务公开/法定主动公开内容/自然资源/土地资源/正文国有建设用地使用权挂牌出让公告\n"
        "某国土告字〔2018〕12号\n"
        "经某市人民政府批准，某市国土资源局决定以挂牌方式出让6宗国有建设用地使用权，现将有关事项公告如下：\n"
        "一、挂牌出让地块的基本情况\n"
    )
    assert rec.fields.get("title") == "国有建设用地使用权挂牌出让公告"


def test_guard_a_title_with_a_slash_is_kept() -> None:
    rec = _rec(
        "某某医院CT/MRI设备维保服务采购公告\n"
        "发布时间：2026-02-01\n"
        "项目名称：某某医院CT/MRI设备维保服务\n"
        "采购人：某某医院\n"
    )
    assert rec.fields.get("title") == "某某医院CT/MRI设备维保服务采购公告"


# -- 18g.4 project numbers: 项目号, a plan number under its label, a code run into the next label --------------


def test_xiangmuhao_is_the_project_number_before_the_execution_number() -> None:
    rec = _rec(
        "某某技术服务流标公告\n"
        "一、项目号：QJX26C00011 采购执行编号：某某（某）招采字2026-002号采购方式：公开招标\n"
        "二、项目名称：某某技术服务\n"
    )
    assert rec.fields.get("project_number") == "QJX26C00011"


def test_a_plan_number_one_cell_a_line_comes_after_the_project_number() -> None:
    rec = _rec(
        "某某设备采购项目公开招标公告\n"
        "一、项目基本情况\n"
        "采购计划编号：\n"
        "2026NCZ(ABC)000123\n"
        "项目编号：\n"
        "ZHAB-2026-01\n"
        "项目名称：\n"
        "某某区某某设备采购项目\n"
    )
    assert rec.fields.get("project_number") == "ZHAB-2026-01"


def test_guard_a_lone_plan_number_is_still_read() -> None:
    rec = _rec(
        "某某设备采购项目公开招标公告\n"
        "一、项目基本情况\n"
        "采购计划编号：\n"
        "2026NCZ(ABC)000123\n"
        "项目名称：\n"
        "某某区某某设备采购项目\n"
    )
    assert rec.fields.get("project_number") == "2026NCZ(ABC)000123"


def test_a_code_run_into_the_next_labels_qualifier() -> None:
    rec = _rec(
        "某某采购项目更正公告\n"
        "一、项目基本情况原公告的采购项目编号:ABCD20250108原公告的采购项目名称:2025年某某中心花卉采购项目\n"
        "二、更正信息\n"
    )
    assert rec.fields.get("project_number") == "ABCD20250108"


def test_a_code_holding_other_items_labels_is_no_code() -> None:
    rec = _rec(
        "某某维护采购竞争性磋商公告\n"
        "项目名称:某某维护采购人名称:某某中心财政委托编号:FS3401012023260号交易平台:某某公共资源交易中心监督部门:某某局\n"
        "一、项目基本情况项目编号:2024ABCDE00087 项目名称:某某维护采购方式:竞争性磋商\n"
    )
    assert rec.fields.get("project_number") == "2024ABCDE00087"


def test_guard_a_code_with_its_round_in_words_is_kept() -> None:
    rec = _rec("某某工程招标公告\n项目编号：ZB2026-0117二期 项目名称：某某工程\n招标人：某某局\n")
    assert rec.fields.get("project_number") == "ZB2026-0117二期"


# -- 18g.5 the site's own number ----------------------------------------------------------------------------


def test_the_sites_service_number_and_footer_phone_are_no_contact() -> None:
    header = _rec(
        "服务电话:0632-1234567\n"
        "砂贵如金 某县首次拍卖砂矿权\n"
        "本报讯 日前，某县自然资源局以拍卖方式出让4个建筑用砂采矿权，总成交价1.2亿元。\n"
    )
    assert "contact_phone" not in header.fields
    footer = _rec(
        "某某工程施工终止招标公告\n"
        "各投标人:\n"
        "某某工程施工(项目名称)，因项目所在地规划调整，已无法继续实施。经研究决定，本次招标终止。\n"
        "某某工程咨询服务有限公司\n"
        "2020年9月15日\n"
        "主办单位:某某委员会建设与运行管理处\n"
        "地址:某某市某某大道1号邮编:233001 联系电话:0552-1234567\n"
    )
    assert "contact_phone" not in footer.fields


def test_guard_a_notice_contact_after_the_signature_is_kept() -> None:
    rec = _rec(
        "某某工程施工终止招标公告\n"
        "各投标人:\n"
        "某某工程施工，因项目所在地规划调整，经研究决定，本次招标终止。\n"
        "招标人：某某局\n"
        "联系人：王某 联系电话：0552-7654321\n"
        "2020年9月15日\n"
    )
    assert rec.fields.get("contact_phone") == "0552-7654321"
