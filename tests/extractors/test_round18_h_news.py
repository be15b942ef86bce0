"""Reading conventions added in issue 12, round 18h (docs/extraction-conventions.md, "Round 18h").

News reports (a county portal's report of a land auction, a mining right sold, a lease let): a headline
over a byline dated without its clock time or over the report's lede, a sale told done 以<price>…成功, a
figure told of one part (其中…), lots' deal prices, a report's buyers each once and whole, '等N家企业竞标
成功'.  Every page below is made up (no real page is copied); each rule has a guard beside it.
"""

from __future__ import annotations

from typing import Any

from extractors import extract
from extractors.news import dated_byline, lede_headline, own_names


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


_LEDE = (
    "2024年5月8日,某某县首宗国有建设用地使用权在某某市公共资源交易中心拍卖成交。"
    "本次拍卖共成交一宗国有建设用地使用权,由某某置业有限公司以5200万元竞得。\n"
    "整个拍卖现场严格按照要求顺利有序完成。\n"
)


# -- 18h.1 a headline over a byline dated without its clock time -------------------------------------------------


def test_a_headline_over_a_source_and_date_line() -> None:
    page = f"某某县人民政府\n我县召开公租房分配现场会\n来源:某某融媒体中心 时间:2024-03-11\n{_LEDE}"
    assert _rec(page).fields.get("title") == "我县召开公租房分配现场会"


def test_a_date_line_with_no_byline_mark_marks_no_headline() -> None:
    # guard: a date alone, or an item's date, is no byline
    assert not dated_byline("时间:2024-03-11")
    assert not dated_byline("报名截止时间:2024-03-11 来源:某某网")
    assert dated_byline("发布日期: 2016-12-05 来源:某某市公共资源交易网")


def test_a_column_name_is_no_title() -> None:
    # '政府信息公开' over a site's posts is its column, no notice's title word
    page = (
        f"某某县人民政府 The People's Government of Mouxian\n政府信息公开\n我县召开公租房分配现场会\n{_LEDE}"
    )
    assert _rec(page).fields.get("title") == "我县召开公租房分配现场会"


# -- 18h.2 a headline over the report's lede --------------------------------------------------------------------


def test_a_headline_over_a_dated_lede() -> None:
    page = f"某某探索公共资源跨区域交易新模式\n助推同城化发展新突破\n{_LEDE}"
    assert _rec(page).fields.get("title") == "某某探索公共资源跨区域交易新模式"


def test_a_headline_over_an_agency_lede_with_its_author_between() -> None:
    lines = [
        "某市公布今年第三批集中供地计划 含19宗地块",
        "王某某",
        "某某证券报·某某网",
        "某某网讯(记者 王某某)某市规划和自然资源局8月16日发布《关于公布第三批住宅用地集中出让的公告》。",
    ]
    assert lede_headline(lines) == (lines[0], lines[0])


def test_a_photo_credit_or_a_sentence_is_no_headline() -> None:
    # guards: '记者某某摄' over the lede is a credit; a first line followed by a second sentence, not a lede
    assert (
        lede_headline(["记者某某某摄", "本报讯(记者某某某)昨日,某某住宅建设工地,工人们在拆除脚手架。"])
        is None
    )
    assert lede_headline(["某某县国有土地使用权挂牌出让", "出让人:某某县自然资源局,地址:某某路1号。"]) is None


# -- 18h.3 a sale told done 以<price>…成功 --------------------------------------------------------------------------


def test_a_sale_done_at_its_price_with_success() -> None:
    page = (
        "某某首次拍卖砂矿权\n"
        "本报讯 9月7日,我市建筑用砂采矿权首次拍卖会在某某县自然资源局举行。4个建筑用砂采矿点在短短两个小时内"
        "以352万元的高价成功拍卖。\n"
    )
    assert _rec(page).fields.get("amount") == 3520000


def test_a_lease_let_at_its_price() -> None:
    page = (
        "简讯\n7月1日上午,某某市场办公楼以41.7万元招租成功。\n"
        "市场决定将拍卖方式改为竞拍方式,竞拍底价为35万元。通过公开竞价,最高应价者以41.7万元竞拍成功。\n"
    )
    assert _rec(page).fields.get("amount") == 417000


def test_a_floor_stated_for_a_sale_is_no_deal() -> None:
    # guard: a notice's floor '以50万元为起拍价拍卖' tells no success
    page = (
        "某某采矿权拍卖出让公告\n经某某县人民政府批准,某某县自然资源局决定以拍卖方式出让某某采矿权,"
        "以50万元为起拍价拍卖。\n"
    )
    assert _rec(page).fields.get("amount") is None


# -- 18h.4 a part's figure after 其中; lots' deal prices ------------------------------------------------------------


def test_a_lots_floor_after_qizhong_is_no_notices() -> None:
    page = (
        "某某县公共资源交易中心严格国有土地使用权“招拍挂”程序\n"
        "2014年5月14日上午10时,某某县国有土地使用权挂牌出让现场会召开,此次出让土地6块,成交5块,"
        "最终成交总金额12189.92万元。其中3号地块的出让价由起始价1446.2万元经过13轮的竞价,飙升至1999.89万元。\n"
    )
    rec = _rec(page)
    assert rec.fields.get("starting_price") is None
    assert rec.fields.get("amount") == 121899200


def test_qizhong_in_another_clause_keeps_the_figure() -> None:
    # guard: 其中 naming the parts of another thing earlier in the sentence
    page = (
        "某某河道治理工程施工招标公告\n"
        "2.2本次招标范围:治理河道长1.63km,其中左岸1.012km,右岸0.996km,新建下河台阶5座,"
        "具体以施工图纸为准,财政审定预算造价为9561327元(其中暂列金450000元)。\n"
    )
    assert _rec(page).fields.get("budget") == 9561327


def test_a_bracketed_aside_is_no_floor() -> None:
    page = (
        "近日,某市自然资源和规划局发布某某建筑石料用灰岩矿采矿权拍卖出让成交结果。\n"
        "该采矿权面积0.8542平方千米,起拍价是针对4534.31万吨资源量确定的金额,不包含原采矿权人剩余资源量"
        "419.65万吨(剩余资源量矿石计算价值为1175.02万元)。\n"
    )
    assert _rec(page).fields.get("starting_price") is None


def test_two_lots_deal_prices_give_no_amount() -> None:
    page = (
        "本报讯 某市土地整理储备中心18日公布了5块工业用地的交易结果。\n"
        "其中,甲某轴承制造有限公司经过40轮竞价,以3750万元竞得某组团D-2A地块工业用地,而另一块D-1A地块工业用地,"
        "经过38轮竞价,最终由乙某餐饮管理有限公司以2610万元竞得。\n"
    )
    rec = _rec(page)
    assert rec.fields.get("amount") is None
    assert rec.fields.get("winner") == ["甲某轴承制造有限公司", "乙某餐饮管理有限公司"]


def test_one_lots_price_told_twice_is_the_amount() -> None:
    # guard: the same price in the lead and the body is one deal's
    page = (
        "近日,某市自然资源局发布公告,某某城市发展管理有限公司以10560万元成功竞得某某石灰岩矿采矿权。\n"
        "该矿挂牌起始价3200万元,某某城市发展管理有限公司以10560万元竞得,溢价率230%。\n"
    )
    assert _rec(page).fields.get("amount") == 105600000


# -- 18h.5 a report's buyers, each once and whole ------------------------------------------------------------------


def test_a_company_named_again_with_its_place_before_it() -> None:
    assert own_names(["广东省某某市某某市龙源石业有限公司", "某某市龙源石业有限公司"]) == [
        "某某市龙源石业有限公司"
    ]
    # guard: two companies, one name inside the other's but no place before it
    assert own_names(["某某龙源石业有限公司", "龙源石业有限公司"]) == [
        "某某龙源石业有限公司",
        "龙源石业有限公司",
    ]


def test_a_name_whose_brackets_do_not_pair_is_no_name() -> None:
    assert own_names(
        ["某某控股集团有限公司所属公司)和某某咨询有限公司(某某地产股份有限公司", "某某咨询有限公司"]
    ) == ["某某咨询有限公司"]
    # guard: a bracketed place inside a name pairs
    assert own_names(["上达电子(黄石)股份有限公司"]) == ["上达电子(黄石)股份有限公司"]


def test_firms_before_n_companies_that_won_their_bids() -> None:
    page = (
        "某市排污权交易拍卖会在市公共资源交易中心举行\n"
        "发布日期: 2016-12-05     来源:某市公共资源交易网\n"
        "2016年12月2日,某市中心又顺利举办了全市主要污染物排污权交易拍卖会。经过多达52轮激烈竞逐,"
        "最终甲某齿轮有限公司、乙某机械有限公司等4家企业竞标成功。\n"
    )
    assert _rec(page).fields.get("winner") == ["甲某齿轮有限公司", "乙某机械有限公司"]


def test_firms_that_only_took_part_won_nothing() -> None:
    # guard: '参加竞拍' names bidders, the success is told of others
    page = (
        "某市完成首次排污权交易专场活动\n"
        "甲某电子有限公司、乙某电子股份有限公司等七家企业参加竞拍,两家企业成功买到二氧化硫。\n"
    )
    assert _rec(page).fields.get("winner") is None


# -- 18h.6 a news lead names no project ---------------------------------------------------------------------------


def test_a_news_lead_before_a_candidates_publicity_names_no_project() -> None:
    page = (
        "5日,某盟某旗某某养老园区建设项目二期工程(第一标段)中标候选人公示。\n"
        "经过严格的评审和比较,最终确定了三名中标候选人。\n"
    )
    assert _rec(page).fields.get("project_name") is None


def test_a_labelled_project_name_is_still_read() -> None:
    # guard: the candidates publicity's own 项目名称 line
    page = (
        "某某养老园区建设项目二期工程中标候选人公示\n"
        "项目名称:某某养老园区建设项目二期工程\n"
        "第一中标候选人:甲建设集团股份有限公司\n"
    )
    assert _rec(page).fields.get("project_name") == "某某养老园区建设项目二期工程"
