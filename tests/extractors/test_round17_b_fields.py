"""Reading conventions added in issue 12, round 17b (docs/extraction-conventions.md, "Round 17b").

Each rule reads a form of wording or layout found on pages of at least two sites (or in a template the
reference documents) that the seen sets kept missing or misreading: the 矿业权出让 template's venue block, an
office selling 'the parcels below', an aggregator's reveal link after a mask, a project named with its
bracketed code in a sentence, a clause between 委托 and 对, the national summary grid's buyer cell before its
行政区域 cell, and a buyer naming its own earlier notice.  Every page below is made up (no real page is
copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str, hint: str | None = None) -> Any:
    return extract(page.encode("utf-8"), hint) if hint else extract(page.encode("utf-8"))


# -- 17b.1 the 矿业权出让 template's venue block ------------------------------------------------------------------

_VENUE_BLOCK = (
    "某县某某矿区建筑用石料采矿权拍卖出让公告\n"
    "根据有关规定,某市自然资源局决定以拍卖方式出让某县某某矿区建筑用石料采矿权。现将有关事项公告如下:\n"
    "一、出让人\n"
    "名称:某市自然资源局\n"
    "场所:某市某路1号\n"
    "二、矿业权交易平台\n"
    "名称:某市公共资源交易中心\n"
    "场所:某市某路2号\n"
    "三、出让采矿权基本情况\n"
    "1.出让采矿权名称:某县某某矿区建筑用石料矿\n"
    "2.地理位置:某县某镇\n"
)


def test_the_venue_blocks_name_is_no_agency() -> None:
    rec = _rec(_VENUE_BLOCK)
    assert rec.fields.get("purchaser") == "某市自然资源局"
    assert "agency" not in rec.fields


def test_an_agency_block_still_names_the_agency() -> None:
    page = _VENUE_BLOCK.replace("二、矿业权交易平台", "二、代理机构").replace(
        "某市公共资源交易中心", "某某招标代理有限公司"
    )
    assert _rec(page).fields.get("agency") == "某某招标代理有限公司"


# -- 17b.2 the office selling the parcels the list below sets out ---------------------------------------------------

_PARCELS_BELOW = (
    "某县国有建设用地使用权出让公告\n"
    "根据《中华人民共和国土地管理法》等规定,经县政府批准,某县国土资源局拟对以下二宗国有建设用地使用权公开出让,"
    "现将有关情况公告如下:\n"
    "一、出让地块的基本情况和规划指标要求如下:\n"
    "序号 宗地编号 用地位置 用地面积\n"
    "1 2017-2 某街道某村 0.3685\n"
    "2 2017-3 某县某镇 0.6903\n"
)


def test_the_office_selling_the_parcels_below_is_the_seller() -> None:
    assert _rec(_PARCELS_BELOW).fields.get("purchaser") == "某县国土资源局"


def test_the_sentence_with_its_verb_and_list_reads_the_same() -> None:
    page = _PARCELS_BELOW.replace(
        "拟对以下二宗国有建设用地使用权公开出让", "决定对以下2宗国有建设用地使用权进行公开挂牌出让"
    )
    assert _rec(page).fields.get("purchaser") == "某县国土资源局"


def test_an_office_only_mentioned_is_no_seller() -> None:
    # no 'the parcels below' after 对: the office reviews something, it does not sell it
    page = _PARCELS_BELOW.replace("拟对以下二宗国有建设用地使用权公开出让", "已对出让方案进行审查")
    assert _rec(page).fields.get("purchaser") != "某县国土资源局"


# -- 17b.3 an aggregator's reveal link after a mask ---------------------------------------------------------------

_MASKED_RESULT = (
    "[公开招标]某大学某校区物业服务项目中标结果公告\n"
    "发布于 2025-08-11\n"
    "一、项目编号:****点击查看\n"
    "二、项目名称:****点击查看**校区物业服务项目\n"
    "三、中标信息:\n"
    "供应商名称:****点击查看\n"
    "供应商地址:****点击查看某开发区某路\n"
    "中标金额:7,712,000.00元\n"
)


def test_a_name_masked_behind_a_reveal_link_is_no_winner() -> None:
    rec = _rec(_MASKED_RESULT)
    assert rec.fields.get("amount") == 7712000
    assert "winner" not in rec.fields


def test_a_named_winner_beside_the_masked_code_is_kept() -> None:
    page = _MASKED_RESULT.replace("供应商名称:****点击查看", "供应商名称:某某物业管理有限公司")
    assert _rec(page).fields.get("winner") == ["某某物业管理有限公司"]


# -- 17b.4 a project named with its bracketed code in a sentence ----------------------------------------------------

_COMPLAINT = (
    "政府采购投诉处理决定书\n"
    "发布时间: 2024-09-20 17:35\n"
    "投诉人:某某商贸有限公司\n"
    "被投诉人:某市某幼儿园\n"
    "投诉人对被投诉人关于某市某幼儿园幼儿玩具项目(某政采招2024-16)的质疑回复不满意,于2024年8月8日向本机关提起投诉,"
    "本机关于2024年8月9日受理。现本案已审查终结。\n"
)

_VOIDED = (
    "废标公告\n"
    "我院于2023年8月11日组织了“棉织品(招标编号ABCD-20220803-FW027)”的公开招标活动,预中标公司为“某某科技有限公司”。"
    "中标结果公示期间收到质疑函,取消其预中标资格。\n"
    "“棉织品”采购项目作废标处理,择期重新招标。\n"
    "某区人民医院\n"
    "2023年8月24日\n"
)


def test_the_project_about_which_a_complaint_was_made_with_its_code() -> None:
    rec = _rec(_COMPLAINT)
    assert rec.fields.get("project_name") == "某市某幼儿园幼儿玩具项目"
    assert rec.fields.get("project_number") == "某政采招2024-16"


def test_a_quoted_project_with_its_labelled_code() -> None:
    rec = _rec(_VOIDED)
    assert rec.fields.get("project_name") == "棉织品"
    assert rec.fields.get("project_number") == "ABCD-20220803-FW027"


def test_a_project_named_in_the_earlier_notice_it_was_published_in() -> None:
    page = (
        "关于某材料供应商资格采购院内公开招标转竞争性谈判说明\n"
        "我院于2020年5月20日在医院官方网站发布了某材料供应商资格采购(AB-YJ-20200417-01)院内公开招标公告,"
        "因报名供应商不足三家,转为竞争性谈判。\n"
        "某市某某研究所\n"
        "2020年7月22日\n"
    )
    rec = _rec(page)
    assert rec.fields.get("project_name") == "某材料供应商资格采购"
    assert rec.fields.get("project_number") == "AB-YJ-20200417-01"


def test_a_bracketed_year_or_round_is_no_code() -> None:
    for note in ("2024年", "第二次", "一标段"):
        page = _COMPLAINT.replace("(某政采招2024-16)", f"({note})")
        rec = _rec(page)
        assert "project_number" not in rec.fields, note
        assert rec.fields.get("project_name") != "某市某幼儿园幼儿玩具项目", note


# -- 17b.5 a clause between 委托 and 对 ---------------------------------------------------------------------------

_LEASE = (
    "2025年12月24日\n"
    "交易编号:J02-123456\n"
    "受某村股份经济合作社的委托,定于2026-01-05 09:30:00在某省农村产权流转交易管理服务平台对某村加工室出租项目"
    "(项目编号:NC2025-103)进行公开交易,本项目采用公开竞价方式进行。\n"
    "一、资产情况\n"
    "1、资产名称:某村加工室\n"
    "2、资产面积: 80.00平方米\n"
    "3、交易底价:6000.00 元/年\n"
)


def test_the_project_after_a_time_and_place_clause() -> None:
    assert _rec(_LEASE).fields.get("project_name") == "某村加工室出租项目"


def test_a_masked_principals_possessive_is_no_part_of_the_name() -> None:
    page = _LEASE.replace("对某村加工室出租项目", "对****的某村加工室出租项目")
    assert _rec(page).fields.get("project_name") == "某村加工室出租项目"


def test_a_clause_ending_the_sentence_before_dui_is_not_crossed() -> None:
    # a full stop between 委托 and 对: another sentence, not the commission's
    page = _LEASE.replace("委托,定于", "委托。定于")
    assert _rec(page).fields.get("project_name") != "某村加工室出租项目"


# -- 17b.6 the national summary grid's buyer cell before its 行政区域 cell ------------------------------------------

_SUMMARY = (
    "某大学体检设备采购（二次）中标公告\n"
    "2026年08月05日 15:57 来源：\n"
    "公告概要：公告信息：采购项目名称某大学体检设备采购（二次）品目\n"
    "服务/其他服务\n"
    "采购单位某某海事大学行政区域某某省公告时间2026年08月05日 15:57总中标金额￥63.860000 万元（人民币）"
    "联系人及联系方式：项目联系人某某项目联系电话12345678\n"
    "一、项目编号：GHHX2026000062\n"
    "二、项目名称：某大学体检设备采购（二次）\n"
    "三、中标（成交）信息\n"
    "供应商名称：某某电子有限公司\n"
)


def test_the_buyer_cell_ends_at_the_region_cell() -> None:
    assert _rec(_SUMMARY).fields.get("purchaser") == "某某海事大学"


def test_without_the_region_cell_no_name_is_cut_from_the_run() -> None:
    page = _SUMMARY.replace("行政区域某某省", "")
    assert _rec(page).fields.get("purchaser") != "某某海事大学"


# -- 17b.7 a buyer naming its own earlier notice --------------------------------------------------------------------

_OWN_EARLIER = (
    "成交通告\n"
    "项目编号：1109280003\n"
    "某某科技有限公司于2011年09月20日在某某电子采购平台发布的采购笔记本电脑项目，现已结束，成交结果如下：\n"
    "成交供应商：某某电脑有限公司\n"
)


def test_a_company_naming_its_own_purchase_is_the_buyer() -> None:
    assert _rec(_OWN_EARLIER).fields.get("purchaser") == "某某科技有限公司"


def test_an_office_naming_its_own_earlier_notice_is_the_buyer() -> None:
    page = _OWN_EARLIER.replace(
        "某某科技有限公司于2011年09月20日在某某电子采购平台发布的采购笔记本电脑项目",
        "某某学院后勤中心于2019年4月26日发出的,关于某某学院食堂清理项目招标延期公告",
    )
    assert _rec(page).fields.get("purchaser") == "某某学院后勤中心"


def test_an_agency_publishing_for_the_buyer_is_no_buyer() -> None:
    page = _OWN_EARLIER.replace("某某科技有限公司于", "某某招标代理有限公司于")
    assert _rec(page).fields.get("purchaser") != "某某招标代理有限公司"


# -- 17b.8 a correction's change date against the summary grid's 公告时间 ------------------------------------------

_CORRECTION = (
    "某中心运营项目更正公告\n"
    "公告概要：公告信息：采购项目名称某中心运营项目品目\n"
    "服务/其他服务\n"
    "采购单位某区某某指导中心行政区域某某省公告时间2026年08月05日 12:34首次公告日期2026年07月21日"
    "更正日期2026年08月04日联系人及联系方式：项目联系人某某项目联系电话12345678\n"
    "一、项目基本情况\n"
    "原公告的采购项目编号：ABC-2026-001\n"
    "原公告的采购项目名称：某中心运营项目\n"
    "首次公告日期：2026年07月21日\n"
    "二、更正信息\n"
    "更正事项：采购文件\n"
    "更正日期：2026年08月04日\n"
)


def test_the_summary_grids_notice_time_dates_a_correction() -> None:
    assert _rec(_CORRECTION).fields.get("publish_date") == "2026-08-05"


def test_without_the_summary_grid_the_change_date_still_dates_it() -> None:
    page = "\n".join(ln for ln in _CORRECTION.split("\n") if "公告时间" not in ln)
    assert _rec(page).fields.get("publish_date") == "2026-08-04"


# -- 17b.9 a value whose bracketed note opens the next label ------------------------------------------------------

_NOTED_CODE = (
    "某县消防救援大队某物资配送项目中标公告\n"
    "一、项目编号：ABCD-XF2026001（招标文件编号：ABCD-XF2026001）\n"
    "二、项目名称：某县消防救援大队某物资配送项目\n"
    "三、中标信息\n"
    "供应商名称：某某贸易有限公司\n"
)


def test_the_code_ends_before_its_bracketed_note() -> None:
    assert _rec(_NOTED_CODE).fields.get("project_number") == "ABCD-XF2026001"


def test_a_closed_bracket_in_a_value_is_kept() -> None:
    page = _NOTED_CODE.replace(
        "一、项目编号：ABCD-XF2026001（招标文件编号：ABCD-XF2026001）", "一、项目编号：ABCD-XF2026001(2)"
    )
    assert _rec(page).fields.get("project_number") == "ABCD-XF2026001(2)"


# -- 17b.10 the office as the subject of the listing verb ----------------------------------------------------------

_LISTED_NEWS = (
    "起始价4600万元 某地挂牌出让一建筑石料用灰岩矿采矿权\n"
    "10月16日,某省自然资源厅发布公告,挂牌出让某省某市某县某矿区建筑石料用灰岩矿采矿权,拟出让16.5年,"
    "起始价4600万元。\n"
)


def test_the_office_announcing_a_listing_is_the_seller() -> None:
    assert _rec(_LISTED_NEWS).fields.get("purchaser") == "某省自然资源厅"


def test_the_office_listing_to_the_public_is_the_seller() -> None:
    page = _LISTED_NEWS.replace("某省自然资源厅发布公告,挂牌出让", "某市国土资源局向社会公开挂牌出让")
    assert _rec(page).fields.get("purchaser") == "某市国土资源局"


def test_a_venue_listing_for_the_office_is_no_seller() -> None:
    page = _LISTED_NEWS.replace("某省自然资源厅发布公告,挂牌出让", "某省公共资源交易中心挂牌出让")
    assert _rec(page).fields.get("purchaser") != "某省公共资源交易中心"


# -- 17b.11 a headline printed twice --------------------------------------------------------------------------------

_DOUBLED = (
    "某市:首次网上拍卖排污权 均价过15万\n"
    "某市:首次网上拍卖排污权 均价过15万\n"
    "只要轻点鼠标,就能竞拍到排污权。今天(3月15日)下午,某区举行了第一次排污权网络电子拍卖会,7家企业报名参加。\n"
    "共有8吨化学需氧量(COD)排污权指标参与拍卖。\n"
)


def test_a_headline_printed_twice_is_the_title() -> None:
    rec = _rec(_DOUBLED)
    assert str(rec.fields.get("title")).replace(" ", "") == "某市:首次网上拍卖排污权均价过15万"
    assert "project_name" not in rec.gaps  # the heading's place and colon name no item


def test_a_sentence_printed_twice_is_no_title() -> None:
    line = "只要轻点鼠标,就能竞拍到排污权。今天下午举行了拍卖会。\n"
    page = line + line + _DOUBLED.split("\n", 2)[2]
    assert _rec(page).fields.get("title") != line.strip()


# -- 17b.12 a buyer speaking of itself: stated, not named ---------------------------------------------------------

_SELF_BUYER = (
    "某学院附属中学2026年物业服务采购询价公告\n"
    "按照相关政策要求,物业服务须在电子卖场入围服务库中选购。参照同类学校选购流程,我校决定先按照内部公开询价方式"
    "从入围供应商中选择一家服务商。现将具体事项公告如下。\n"
    "一、项目名称:某学院附属中学2026年物业服务采购询价\n"
    "二、项目预算:本次采购预算为300000元\n"
)


def test_a_buyer_speaking_of_itself_states_a_buyer() -> None:
    # (round 17d, LABELLING 'purchaser: the body that says 我校', adopted 2026-12-07: the page that names itself
    # in its title names the buyer — test_round17_d_location.py; a page that names itself nowhere stays a gap)
    assert _rec(_SELF_BUYER).fields.get("purchaser") == "某学院附属中学"
    rec = _rec(
        _SELF_BUYER.replace("某学院附属中学2026年物业服务采购询价公告", "2026年物业服务采购询价公告", 1)
    )
    assert "purchaser" not in rec.fields  # not named: no value is guessed from the project's name
    assert "purchaser" in rec.gaps  # but stated: the office's review list, no missing-item finding


def test_an_agency_speaking_of_itself_states_no_buyer() -> None:
    page = _SELF_BUYER.replace("我校决定先按照", "我公司受委托按照")
    assert "purchaser" not in _rec(page).gaps


# -- 17b.13 the deal's price named by its kind ---------------------------------------------------------------------

_PRICE_BY_KIND = (
    "某市某矿区建筑用花岗岩矿顺利取得采矿许可证\n"
    "日前,某市某某石业有限公司今年3月竞得的某矿区建筑用花岗岩矿顺利取得采矿许可证。\n"
    "据悉,该项目矿区面积0.5572平方公里,出让年限17年。\n"
    "2024年3月7日,某市某某石业有限公司以底价2.72亿元竞得该矿权。\n"
)


def test_a_price_named_as_the_floor_it_was_won_at_is_the_amount() -> None:
    assert _rec(_PRICE_BY_KIND).fields.get("amount") == 272000000


def test_a_price_named_as_a_total_by_a_short_buyer_is_the_amount() -> None:
    page = _PRICE_BY_KIND.replace(
        "某市某某石业有限公司以底价2.72亿元竞得该矿权", "某建以总价2.72亿元竞得该矿权"
    )
    assert _rec(page).fields.get("amount") == 272000000


def test_a_rule_for_bidders_states_no_amount() -> None:
    page = _PRICE_BY_KIND.replace(
        "某市某某石业有限公司以底价2.72亿元竞得该矿权", "竞买人以不低于底价的价格报价,报价最高者竞得"
    )
    assert "amount" not in _rec(page).fields


# -- 17b.15 a masked heading left with a right's kind, a round and a class of premises -----------------------------


def test_a_masked_heading_of_class_words_states_no_title() -> None:
    page = (
        "****小学****商铺\n第二次招租公告\n"
        "一、招租标的:商铺6间,面积共计300平方米。\n二、起拍单价:108元/平方米/月。\n三、报名时间:2026年1月5日至1月9日。\n"
    )
    assert "title" not in _rec(page).fields


def test_a_masked_heading_with_a_named_object_keeps_its_title() -> None:
    page = (
        "**县石长沟页岩矿采矿权拍卖出让公告\n"
        "一、出让采矿权名称:**县石长沟页岩矿\n二、地理位置:**县某镇\n三、出让年限:5年\n"
    )
    assert _rec(page).fields.get("title") == "**县石长沟页岩矿采矿权拍卖出让公告"


# -- 17b.16 a phone value run on past its item --------------------------------------------------------------------


def test_a_run_on_contact_line_gives_no_phone_value() -> None:
    page = _SUMMARY.replace(
        "联系人及联系方式：项目联系人某某项目联系电话12345678\n",
        "联系人及联系方式：项目联系人某某项目联系电话17804712320采购单位某某海事大学采购单位\n",
    )
    phone = _rec(page).fields.get("contact_phone")
    assert phone is None or "采购单位" not in str(phone)


def test_a_phone_with_its_contact_is_kept() -> None:
    page = _SUMMARY + "采购人联系方式：张老师 0411-12345678\n"
    assert _rec(page).fields.get("contact_phone") == "0411-12345678"


# -- 17b.17 the writer's pronoun before a project's name ----------------------------------------------------------


def test_the_writers_pronoun_is_no_part_of_the_project_name() -> None:
    page = (
        "某大学某楼家具采购评标会议召开\n"
        "我校某园4号楼家具招标采购项目(编号:2011[29])评标会议于2011年6月28日召开。"
        "经过讨论和评分,确认某某股份有限公司所投家具中标。\n"
    )
    assert _rec(page).fields.get("project_name") == "某园4号楼家具招标采购项目"
