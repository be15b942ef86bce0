"""Reading conventions added in issue 12, round 15c (docs/extraction-conventions.md, "Round 15c").

News reports of a completed sale or award state who won, for how much and on what terms in sentences, not
under labels.  Each test page below is made up (no real page is copied); each rule has a guard where it
could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract
from extractors.readers import prose


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


def _prose(text: str) -> dict[str, str]:
    return {f.key: f.raw for f in prose(text.split("\n"))}


# -- 15c.1 the buyer or contractor named as the subject of the deal's sentence ---------------------------------

_SHORT_GROUP = (
    "某县石料矿采矿权拍卖出让成交\n"
    "近日，某县某某矿区建筑用花岗岩矿采矿权以2.1亿元的高价成功出让。此次拍卖会在某县行政服务中心举行，"
    "共吸引了8家企业参与竞拍。拍卖起始价为人民币9000万元，最终经过两个多小时的激烈竞拍，由宏远集团以21000万元"
    "成功拍得。\n"
)


def test_a_short_group_name_after_you_is_the_buyer() -> None:
    rec = _rec(_SHORT_GROUP)
    assert rec.fields["winner"] == ["宏远集团"]
    assert rec.fields["amount"] == 210000000


def test_a_pronoun_after_you_names_no_buyer() -> None:
    assert "winner" not in _prose("该地块最终由该公司以5000万元竞得。")
    assert "winner" not in _prose("该矿最终被一家公司以5000万元竞得。")


_BRACKETED_ASIDE = (
    "某某控股(1234)旗下某某置业发展有限公司日前以8亿元(人民币,下同)竞得某区某镇商业区地块二，溢价率达50%。\n"
    "上述地块为商业用地兼容商务用地，用地面积12,000平米，挂牌起始价53,000万元。\n"
)


def test_a_bracketed_aside_and_a_parent_before_the_buyer() -> None:
    found = _prose(_BRACKETED_ASIDE)
    assert found["winner"] == "某某置业发展有限公司"
    assert found["amount"] == "8亿元"


def test_the_parcel_as_subject_states_its_use() -> None:
    assert _prose(_BRACKETED_ASIDE)["land_use"] == "商业用地兼容商务用地"
    # its tenure is no use
    assert "land_use" not in _prose("该地块为国有建设用地，出让年限50年。")


def test_a_works_contractor_reported_as_the_winner() -> None:
    assert _prose("评标结束。省交通工程局脱颖而出,一举中标。")["winner"] == "省交通工程局"
    found = _prose("3月2日,第二工程处市场开拓再传捷报,以2345.6万元的合同额中标某市某某河道整治工程第2标段。")
    assert found["winner"] == "第二工程处"


def test_no_winner_from_a_loser_a_candidate_or_a_tenders_rule() -> None:
    assert "winner" not in _prose("甲建设集团有限公司参与投标,未能中标。乙建设集团有限公司为第一中标候选人。")
    rule = "某某招标代理有限公司受招标人委托,中标服务费由中标人支付。"
    assert "winner" not in _prose(rule)


# -- 15c.2 a report's short word for the listing's floor ------------------------------------------------------


def test_a_listing_floor_called_qijia() -> None:
    text = (
        "某市G(2020)12号地块位于某区某新城,净地面积8000平方米,挂牌起价1200万元,成交价1800万元,溢价600万元。"
    )
    assert _prose(text)["starting_price"] == "1200万元"


def test_the_committees_verb_is_no_part_of_the_winners_name() -> None:
    text = "评标专家对样品进行了详细比对,经过讨论和评分,确认某某家具股份有限公司所投课桌椅中标。"
    assert _prose(text)["winner"] == "某某家具股份有限公司"


def test_a_floor_told_before_its_verb() -> None:
    text = "该矿设计生产规模100万吨/年,拟出让年限10年,2.35亿元起拍,挂牌时间为2024年5月6日—2024年6月3日。"
    assert _prose(text)["starting_price"] == "2.35亿元"
    assert _prose("某县一砂石矿挂牌出让,5亿起拍!")["starting_price"] == "5亿"
    # a count is no price, nor the word 起拍价 after a figure of another kind
    assert "starting_price" not in _prose("本场共有50辆起拍,成交43辆。")


def test_a_report_names_the_mine_its_project() -> None:
    text = "根据出让公告,该项目位于某县城北东侧约12km处的某乡某村一带,矿区面积0.12平方千米。"
    assert _prose(text)["location"] == "某县城北东侧约12km处的某乡某村一带"


# -- 15c.3 a notice quoted in a report is the title only when the page goes on to reproduce it ---------------

_REPORTED = (
    "3月8日,某市某区自然资源局发布了《某市采矿权挂牌出让交易结果公示》,某区某乡某村建筑用砂采矿权一号矿区、"
    "二号矿区成功出让,最高溢价率达300%。\n"
    "一号矿区面积0.3平方公里,起始价900万元。某某建筑工程有限公司以3000万元成功竞得。\n"
)


def test_a_report_naming_a_notice_takes_no_title_from_it() -> None:
    assert _rec(_REPORTED).fields.get("title") in (None, "")


def test_a_page_reproducing_a_notice_takes_its_title() -> None:
    page = _REPORTED.replace("》,某区某乡某村", "》,详细内容如下:\n某区某乡某村")
    assert _rec(page).fields["title"] == "某市采矿权挂牌出让交易结果公示"


# -- 15c.4 a lease auction's result told as its total rent ---------------------------------------------------


def test_a_lease_auctions_total_rent_is_its_amount() -> None:
    text = "此次拍卖标的物一共6处,最终成交4处,流拍2处。拍卖成交标的年租金共计25.4万元。"
    assert _prose(text)["amount"] == "25.4万元"
    told = "原经营性资产合同金额合计18.2万元/年,拍租后合同合计金额19.5万元/年,增幅7.1%。"
    assert _prose(told)["amount"] == "19.5万元"


def test_a_letting_notices_rent_rule_is_no_amount() -> None:
    assert "amount" not in _prose("成交后租金按年支付,首期租金于签订合同之日起5日内缴清。")


# -- 15c.5 a news report's headline and date, found by its byline --------------------------------------------

_BYLINED = (
    "某某新闻网_新闻中心-某某网\n"
    "某区98辆公车成功拍卖,总价312.5万元\n"
    "\n"
    "作者: 发布于:2017-03-08 10:12:45 来源:某区新闻网\n"
    "日前,我区第二批涉改公务车辆拍卖会成功开槌。经过激烈的竞价,98辆公务用车无一流拍,"
    "拍卖总成交额达312.5万元,平均溢价率达120.4%。\n"
)


def test_a_headline_over_its_byline_is_the_title_and_the_stamp_its_date() -> None:
    rec = _rec(_BYLINED)
    assert rec.fields["title"] == "某区98辆公车成功拍卖,总价312.5万元"
    assert str(rec.fields["publish_date"]) == "2017-03-08"
    assert rec.notice_type == "property.deal_result"  # the headline's 拍卖 makes no sale notice of the report


def test_a_stamp_under_a_channel_tag_and_a_tables_residue() -> None:
    page = (
        "某水库加固工程网上招标成功 | ||\n"
        "---|---|---|\n"
        "http://www.example.com.cn 2004年05月12日09:40 某某日报 | ||\n"
        "本报讯 6月1日下午,某市某水库除险加固工程网上公开招标一锤定音。省第二水利工程局脱颖而出,一举中标。\n"
    )
    rec = _rec(page)
    assert rec.fields["title"] == "某水库加固工程网上招标成功"
    assert str(rec.fields["publish_date"]) == "2004-05-12"
    assert rec.notice_type == "construction.result"


def test_a_labels_value_or_a_deadline_is_no_byline() -> None:
    from extractors.byline import byline_headline, is_byline

    assert byline_headline(["采购单位", "某市某某总队", "公告时间", "2026年07月10日 15:23"]) is None
    assert not is_byline(
        "四、响应文件提交截止时间：2021年12月31日 09:30（北京时间）地点（网址）：www.example.cn"
    )
    assert not is_byline(
        "潜在投标人应在平台(https://www.example.cn/)获取招标文件,并于2022年12月29日 09:30前递交投标文件。"
    )
