"""Round 19g: the smaller keys (contact_phone, publish_date, candidates), read by the page's conventions.

- a contact's number after the contact's name and a semicolon ('王某；0571-…'), or beside a second contact's name
  and number ('温某0775-… 李某0775-…'): the first contact's number;
- an item number glued to a number with the next party block's heading run on after it ('联系方式: 0411-…2.采购
  代理机构信息名称:…'): the number ends before the item number, and the block after it is the agency's;
- two owner-labelled numbers, the summary grid's and the body's: the first printed;
- '发表时间:' is a post's 发布时间;
- a sale's own publication period under a heading that names its kind ('(一)出让公告时间' / '挂牌公告期') dates a
  notice that prints no other date; a result's '出让公告时间' is the earlier notice's;
- a procurement publicity naming its one candidate under a candidate label: a list of one.

Made-up pages (no real page's text). Each test fails before round 19g and passes after; the guards keep what was
right.
"""

from __future__ import annotations

from extractors import extract
from extractors.core import _phone


def _fields(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


# --- 19g.1 the contact's number after a name ----------------------------------------------------------------


def test_g_number_after_the_name_and_a_semicolon() -> None:
    assert _phone("王某；0571-81234567") == "0571-81234567"


def test_g_first_contact_of_two_each_with_a_number() -> None:
    assert _phone("温某某0775-2881234 李某0775-6221234") == "0775-2881234"


def test_g_guard_an_extension_after_a_space_stays() -> None:
    assert _phone("0571-88888888 转 8001") == "0571-88888888 转 8001"
    assert _phone("0571-8888888 13300001111") == "0571-8888888"


_NATIONAL_TENDER = (
    "某某市税务局2026年物业管理服务项目招标公告\n"
    "公告时间：2026年08月05日\n"
    "一、项目基本情况\n项目编号：AB-2026-001\n项目名称：某某市税务局2026年物业管理服务项目\n"
    "预算金额：490.000000 万元\n"
    "七、对本次招标提出询问，请按以下方式联系。\n"
    "1.采购人信息\n名 称：某某市税务局\n地址：某某市新松路1号\n联系方式：{owner}\n"
    "2.采购代理机构信息\n名 称：某某咨询集团有限公司\n地　址：某某市双拥路39号\n联系方式：张某、陈某0775-2690000\n"
    "3.项目联系方式\n项目联系人：张某、陈某\n电　话：　　0775-2690000\n"
)


def test_g_owner_block_with_two_named_contacts() -> None:
    page = _NATIONAL_TENDER.format(owner="温某某0775-2881234 李某0775-6221234")
    assert _fields(page)["contact_phone"] == "0775-2881234"


def test_g_owner_block_name_semicolon_number() -> None:
    page = _NATIONAL_TENDER.format(owner="王某；0571-81234567")
    assert _fields(page)["contact_phone"] == "0571-81234567"


# --- 19g.2 an item number glued to the number, the next block's heading after it --------------------------


_FLAT_BLOCKS = (
    "某某景区花卉草坪采购项目更正公告\n"
    "一、项目基本情况\n原公告的采购项目编号：AB20250108\n原公告的采购项目名称：某某景区花卉草坪采购项目\n"
    "二、更正信息\n更正事项：采购文件\n"
    "三、对本次采购提出询问,请按以下方式联系1.采购人信息名 称:某某市公用事业服务中心地 址:某某市太原街140号"
    "联系方式: 0411-668600012.采购代理机构信息名 称:某某项目管理有限公司地 址:某某市华北路426号"
    "联系方式:0411-822800023.项目联系方式项目联系人:李某电 话:0411-82280002;电子邮箱:ab@example.com\n"
)


def test_g_glued_item_number_and_block_heading_end_the_owner_number() -> None:
    f = _fields(_FLAT_BLOCKS)
    assert f["contact_phone"] == "0411-66860001"
    assert f["agency"] == "某某项目管理有限公司"


def test_g_guard_a_glued_item_number_without_the_first_item_stays() -> None:
    # no '1.' item before: the trailing '2.' is no item number of a list
    page = "某某项目采购公告\n项目编号：AB-1\n采购人：某某中心\n联系方式: 0411-668600012.其他信息名称:某某\n"
    assert _fields(page).get("contact_phone") != "0411-66860001"


# --- 19g.3 the owner's first labelled number --------------------------------------------------------------


def test_g_guard_summary_grid_owner_number_before_the_bodys() -> None:
    # (the body's '于某； 024-…' reads as a number since 19g.1; the grid's, printed first, stays the value)
    page = (
        "某研究所某设备单一来源采购公告\n"
        "项目联系人\n张某\n项目联系电话\n010-68290000\n"
        "采购单位\n某某研究所\n采购单位地址\n某某市文化路72号\n"
        "采购单位联系方式\n佟某,024-23970001\n"
        "代理机构名称\n某某招标有限责任公司\n代理机构联系方式\n张某；010-68290000\n"
        "一、采购项目名称：某设备采购\n二、采购项目编号：AB-2026-01\n"
        "六、联系方式：\n采购单位：某某研究所\n采购单位联系方式：于某； 024-23970002\n"
        "采购代理机构名称：某某招标有限责任公司\n项目联系人：张某\n项目联系电话：010-68290000\n"
    )
    assert _fields(page)["contact_phone"] == "024-23970001"


# --- 19g.4 发表时间 ----------------------------------------------------------------------------------------


def test_g_post_time_labelled_fabiao() -> None:
    page = (
        "首页/ 资讯/ 行业资讯\n某某公司某某矿采矿权协议出让公示\n发表时间:2025-12-23\n"
        "根据有关规定，现将某某公司某某矿采矿权协议出让有关情况公示如下：\n"
        "一、矿山名称：某某公司某某矿\n二、出让年限：5年\n"
    )
    assert _fields(page)["publish_date"] == "2025-12-23"


def test_g_guard_a_post_time_without_its_year_dates_nothing() -> None:
    page = "某某县保障性住房目标任务完成情况\n来源: 作者: 发表时间:12-10 18:49\n截至11月底，全县开工建设保障性住房500套。\n"
    assert "publish_date" not in _fields(page)


# --- 19g.5 a sale's own 公告期 under a heading naming its kind ------------------------------------------


def test_g_sale_notice_dated_by_its_own_publication_period() -> None:
    page = (
        "某县某某瓷土矿普查探矿权挂牌出让公告\n"
        "为促进矿产资源勘查开采，按照相关法律法规等规定，某县自然资源局以挂牌方式出让该探矿权。\n"
        "一、出让探矿权基本情况\n勘查矿种：瓷土\n"
        "四、出让公告时间、提交报名文件和资格审查\n(一)出让公告时间\n2026年2月3日至2026年3月6日。\n"
        "(二)提交报名文件\n1.报名时间\n2026年2月3日9时至2026年3月3日16时。\n"
    )
    assert _fields(page)["publish_date"] == "2026-02-03"


def test_g_listing_period_with_its_clock_in_words() -> None:
    page = (
        "某某单位公车处置挂牌暨电子竞价公告\n"
        "受某某单位委托，现对其8台公务用车进行公开处置。\n"
        "挂牌公告期\n2018年11月7日上午8点30分至2018年11月21日下午3点30分止\n"
        "保证金(元)\n每个标的5000元\n"
    )
    assert _fields(page)["publish_date"] == "2018-11-07"


def test_g_guard_a_results_sale_period_is_the_earlier_notices() -> None:
    page = (
        "某某矿采矿权出让结果公示\n"
        "某县自然资源局于2026年2月3日发布某某矿采矿权挂牌出让公告，现将出让结果公示如下：\n"
        "(一)出让公告时间\n2026年2月3日至2026年3月6日。\n"
        "竞得人：某某建材有限公司\n成交价：1000万元\n"
    )
    assert _fields(page).get("publish_date") != "2026-02-03"


# --- 19g.6 one labelled candidate on a procurement publicity --------------------------------------------


def test_g_one_candidate_under_its_label() -> None:
    page = (
        "某某设备采购项目比选中选候选人公示\n"
        "某某设备采购项目评选委员会已完成对各参选人递交的参选文件的评审，比选结果如下：\n"
        "第一中选候选人:某某厨房工程有限公司\n"
        "公示时间:2020年7月17日至2020年7月21日。\n比选人：某某公司\n"
    )
    f = _fields(page)
    assert f["candidates"] == [{"rank": 1, "name": "某某厨房工程有限公司", "price": None}]


def test_g_guard_two_ranked_candidates_are_no_lone_candidate() -> None:
    page = (
        "某某设备采购项目成交候选人公示\n"
        "第一成交候选人:某某甲有限公司\n第二成交候选人:某某乙有限公司\n"
        "公示时间:2020年7月17日至2020年7月21日。\n"
    )
    rows = _fields(page).get("candidates") or []
    assert [r["name"] for r in rows] != ["某某甲有限公司"]


# --- 19g.7 a rank alone on its line, the candidate's name opening the next ------------------------------


def test_g_ranks_alone_with_the_names_on_the_next_lines() -> None:
    page = (
        "某某公园建设项目劳务招标结果的公示\n"
        "我公司组织的某某公园建设项目劳务招标，经专家评审已确定中标候选人，现将结果公示如下：\n"
        "一、\n中标候选人排序\n"
        "第一名\n.\n某某甲建安建设工程有限公司     下浮比例\n：\n24.91%\n"
        "第二名\n.\n某某乙建筑工程有限公司       下浮比例：\n23.9%\n"
        "第三名\n.\n某某丙建设工程有限公司\n下浮比例\n：\n22.5%\n"
        "二、公示期：2026年3月17日至2026年3月19日\n招标人：某某发展建设有限公司\n"
    )
    rows = _fields(page)["candidates"]
    assert [(r["rank"], r["name"]) for r in rows] == [
        (1, "某某甲建安建设工程有限公司"),
        (2, "某某乙建筑工程有限公司"),
        (3, "某某丙建设工程有限公司"),
    ]


def test_g_guard_a_rank_column_after_the_name_gives_no_shifted_names() -> None:
    # columns 单位名称 | 报价 | 名次 one cell a line: after '第一名' stands the next row's name, and the last rank
    # names nobody, so no list is read from the ranks
    page = (
        "某某工程中标候选人公示\n"
        "单位名称\n报价（元）\n名次\n"
        "某某甲建设有限公司\n1000000\n第一名\n"
        "某某乙建设有限公司\n1100000\n第二名\n"
        "某某丙建设有限公司\n1200000\n第三名\n"
        "公示期：2026年3月17日至2026年3月19日\n"
    )
    rows = _fields(page).get("candidates") or []
    assert [r["name"] for r in rows][:2] != ["某某乙建设有限公司", "某某丙建设有限公司"]
