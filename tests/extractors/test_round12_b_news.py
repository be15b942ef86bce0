"""Reading conventions added in issue 12, round 12b (docs/extraction-conventions.md, "Round 12b").

fresh12/fresh13 hold many page-store text excerpts of news reports of a sale.  A report that tells a
lease auction in sentences ('公开拍租', '竞标', '年租金合计…') was refused as no page, and its headline —
the excerpt's first line, over the first paragraph — was not read as the title.  Every page below is
made up (no real page is copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractors import NotAPage, extract
from extractors.textpage import looks_like_text_notice

_NEWS = (
    "某区城投公司2023年第一批次经营性门面公开拍租\n"
    "某区城投公司于近日组织了2023年第一批次经营性门面的公开拍租，全程录像留存，邀请有关部门到场监督，"
    "保证了公开、公平、公正。此次拍租的是解放路三处门面两年期的经营使用权，经过激烈竞标，三处门面均有了"
    "新的承租人，拍租后年租金合计15.2万元，较原租金增加了1.1万元，增幅7.8%。\n"
)


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


def test_a_news_report_of_a_lease_auction_is_a_text_notice() -> None:
    assert looks_like_text_notice(_NEWS)
    assert looks_like_text_notice(_NEWS.replace("拍租", "拍賣").replace("门面", "門面"))  # a 繁體 copy


def test_chinese_text_without_a_deal_word_is_still_refused() -> None:
    stray = "今天天气很好，我们一起去公园散步，看见很多人在湖边跑步，还有小朋友在草地上放风筝，大家都很开心。"
    assert not looks_like_text_notice(stray)
    with pytest.raises(NotAPage):
        _rec(stray)


def test_a_news_headline_over_its_first_paragraph_is_the_title() -> None:
    assert _rec(_NEWS).fields["title"] == "某区城投公司2023年第一批次经营性门面公开拍租"


def test_a_short_section_caption_over_a_paragraph_is_no_title() -> None:
    page = _NEWS.replace("某区城投公司2023年第一批次经营性门面公开拍租", "承租方须知")
    assert _rec(page).fields.get("title") in (None, "")


# -- a report of several lots: every buyer, and the total over each lot's price ------------------------------

_TWO_LOTS = (
    "某市某区两宗工业用地成功出让。5月8日，某市自然资源局发布挂牌出让结果，甲乙两家企业竞得某区共计60亩土地，"
    "成交价合计3200万元。\n"
    "其中，某工出〔2024〕001号地块位于东环路以西，竞得人为某市甲机械制造有限公司，成交价为2000万元。\n"
    "某工出〔2024〕002号地块位于东环路以东，竞得人为某市乙电子科技有限公司，成交价为1200万元。\n"
)


def test_every_buyer_a_report_names_as_its_lots_winner() -> None:
    rec = extract(_TWO_LOTS.encode("utf-8"), hint={"notice_type": "land.deal_result"})
    assert rec.fields["winner"] == ["某市甲机械制造有限公司", "某市乙电子科技有限公司"]
    assert rec.fields["amount"] == 32000000


def test_lot_prices_without_a_total_give_no_amount() -> None:
    page = _TWO_LOTS.replace("成交价合计3200万元", "两宗地块均为底价成交")
    rec = extract(page.encode("utf-8"), hint={"notice_type": "land.deal_result"})
    assert rec.fields.get("amount") is None


def test_a_buyer_before_its_bidding_clause_is_named() -> None:
    page = (
        "本报讯 某市土地储备中心昨日公布了3块工业用地的交易结果。\n"
        "其中，某市丙精密轴承有限公司经过32轮竞价，以2150万元竞得东区A-3地块，而另一块东区A-4地块，"
        "经过20轮竞价，最终由某市丁食品有限公司以1890万元竞得。\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "land.deal_result"})
    assert rec.fields["winner"] == ["某市丙精密轴承有限公司", "某市丁食品有限公司"]


# -- a land table printed one cell per line, a header cell wrapped over three lines; '起挂价' -------------------

_LISTING = """某县国有建设用地使用权挂牌出让公告
某县自然资源告[2024]008号
经某县人民政府批准，决定以挂牌方式出让下列地块的国有建设用地使用权。现就有关事项公告如下:
一、挂牌出让地块的概况:
|
 序号  |
 地块名称  |
 土地坐落  |
 用地
面积
(㎡)  |
 土地用途  |
 出让年限  |
|
 1  |
 某县某镇5-3地块  |
 某镇东山工业区  |
 8640  |
 工业用地  |
 50年  |

二、挂牌地块出让起挂价:
|
 序号  |
 地块名称  |
 起挂价(万元)  |
 竞买保证金(万元)  |
|
 1  |
 某县某镇5-3地块  |
 320  |
 320  |

三、挂牌方式:本次挂牌出让通过网上交易系统进行。
"""


def test_a_one_cell_per_line_table_with_a_header_wrapped_over_three_lines() -> None:
    rec = extract(_LISTING.encode("utf-8"), hint={"notice_type": "land.transfer_notice"})
    assert rec.fields["area_m2"] == 8640
    assert rec.fields["location"] == "某镇东山工业区"
    assert rec.fields["land_use"] == "工业用地"
    assert rec.fields["use_term_years"] == 50
    assert rec.fields["starting_price"] == 3200000


def test_a_report_of_an_auction_states_its_asking_price_as_qiguajia() -> None:
    page = "本报讯 昨日，某县一宗起挂价为45万元的石料矿采矿权拍卖，经过80多轮的角逐，最终以210万元成交。\n"
    rec = extract(page.encode("utf-8"), hint={"notice_type": "mining.deal_result"})
    assert rec.fields["starting_price"] == 450000


# -- an HTML page with no heading: its <title> when that is a notice's title ------------------------------------

_NO_HEADING = """<html><head><title>{title}</title></head><body>
<table>
<tr><td>采购项目名称</td><td>某市某局办公设备采购项目（项目编号：ABC-2026-A-0042）</td></tr>
<tr><td>采购单位</td><td>某市某局</td></tr>
<tr><td>公告时间</td><td>2026年03月02日 10:15</td></tr>
</table>
<p>一、项目基本情况</p>
<p>二、更正信息</p>
<p>更正内容：投标截止时间顺延，本项目其它内容不变。</p>
</body></html>"""


def test_the_document_title_when_the_page_prints_no_heading() -> None:
    title = "某市某局办公设备采购项目（项目编号：ABC-2026-A-0042）更正公告"
    rec = extract(_NO_HEADING.format(title=title).encode("utf-8"))
    assert rec.fields["title"] == title


@pytest.mark.parametrize(
    "title", ["某市公共资源交易网", "更正公告 - 某市公共资源交易网", "某市交易网|更正公告"]
)
def test_a_site_name_in_the_document_title_is_no_title(title: str) -> None:
    rec = extract(_NO_HEADING.format(title=title).encode("utf-8"))
    assert title not in str(rec.fields.get("title"))


# -- a contract notice's party marks -----------------------------------------------------------------------------


def test_a_contracts_party_marks_are_no_part_of_the_names() -> None:
    page = (
        "某镇环卫保洁服务项目政府采购合同公告\n"
        "一、合同编号：MZ-2026-017\n"
        "二、合同名称：某镇环卫保洁服务合同\n"
        "三、采购人(全称): 某市某镇人民政府 (甲方)\n"
        "四、中标(成交)供应商(全称): 某某环境科技有限公司 (乙方)\n"
        "五、合同金额：1280000元\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "procurement.contract"})
    assert rec.fields["purchaser"] == "某市某镇人民政府"
    assert rec.fields["winner"] == ["某某环境科技有限公司"]


# -- a trade of emission rights told in a sentence: the buyer and the seller ------------------------------------


def test_a_trade_told_in_a_sentence_names_the_buyer_and_the_seller() -> None:
    page = (
        "近日，某省排污权交易启动仪式在省城举行。某县绿源环保科技有限公司通过竞买获得某市新华化工有限公司出售的"
        "化学需氧量指标，交易量50吨，成交总金额12.5万元。\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "emission.deal_result"})
    assert rec.fields["winner"] == ["某县绿源环保科技有限公司"]
    assert rec.fields["purchaser"] == "某市新华化工有限公司"


# -- a contract notice whose title runs on into its first items ----------------------------------------------


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("2026年某区档案数字化加工服务采购政府采购合同(服务类)", "2026年某区档案数字化加工服务采购"),
        (
            # (round 19f: the renewal's '续签合同' stays in the name — LABELLING 'the title minus the type word', as
            # the fresh4 浏阳 label has it; round 12b had dropped it)
            "某校食堂米面粮油配送服务采购(标段二) 续签合同政府采购合同(货物类)",
            "某校食堂米面粮油配送服务采购(标段二)续签合同",
        ),
    ],
)
def test_a_run_on_contract_title_and_its_project(head: str, name: str) -> None:
    page = (
        f"{head} 政府采购合同编号: MQCG-GK-2026-0031 采购方式: 公开招标 合同类型:服务类 "
        "采购人(甲方): 某市某区档案馆 采购人地址: 某市人民路18号 供应商(乙方):某某信息技术有限公司 "
        "依据《中华人民共和国政府采购法》，甲乙双方同意签订本合同。具体情况及要求如下:一、标的信息\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "procurement.contract"})
    assert rec.fields["title"] == head.replace(" ", "")
    assert rec.fields["project_name"] == name


def test_a_sentence_on_signing_a_contract_is_no_title() -> None:
    page = "甲乙双方于2026年3月1日签订政府采购合同 合同编号: HT-2026-001 采购人: 某市某局\n"
    rec = extract(page.encode("utf-8"), hint={"notice_type": "procurement.contract"})
    assert "签订" not in str(rec.fields.get("title"))


# -- a mining result's '竞得人' chapter and its title wrapped after '关于' ---------------------------------------

_RIGHT_RESULT = """关于某某自治区某旗某某沟
建筑用砂矿采矿权出让结果的公示
旗自然资矿示字〔2026〕3号
根据相关规定,现将采矿权出让结果公示如下:
一、 竞得人
名称:某某盟某某矿业有限公司
场所:某某自治区某某盟某旗某镇
二、 成交时间、地点
时间:2026年4月2日
"""


def test_a_winner_chapter_names_the_winner_and_a_title_wraps_after_guanyu() -> None:
    rec = extract(_RIGHT_RESULT.encode("utf-8"), hint={"notice_type": "mining.deal_result"})
    assert rec.fields["winner"] == ["某某盟某某矿业有限公司"]
    assert rec.fields["title"] == "关于某某自治区某旗某某沟建筑用砂矿采矿权出让结果的公示"


def test_an_issuer_line_above_a_wrapped_title_is_no_part_of_it() -> None:
    page = (
        "日期:2026-02-14\n某市某某投资经营管理有限公司\n2026年锅炉房管道更换工程\n竞选公告\n"
        "我司现就2026年锅炉房管道更换工程进行公开竞选,有关事项公告如下:\n一、项目名称及竞选内容\n"
        "(一)项目名称:2026年锅炉房管道更换工程\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "construction.tender"})
    assert rec.fields["title"] == "2026年锅炉房管道更换工程竞选公告"


@pytest.mark.parametrize(
    "sentence",
    [
        "为加大探矿权投放力度,某省自然资源厅于5月20日以网上挂牌方式出让某县某某沟铁矿普查等3个探矿权。",
        "某省自然资源厅近日委托某省公共资源交易中心启动了第二批4个探矿权公开竞争出让。",
    ],
)
def test_a_ting_that_sells_or_commissions_a_sale_is_the_purchaser(sentence: str) -> None:
    rec = extract((sentence + "\n").encode("utf-8"), hint={"notice_type": "mining.transfer_notice"})
    assert rec.fields["purchaser"] == "某省自然资源厅"


# -- a result's '中标公司名称'; a party block run into one line ------------------------------------------------


def test_zhongbiao_gongsi_mingcheng_names_the_winner() -> None:
    page = (
        "某市人民医院彩超探头采购项目中标公示\n一、项目编号：MSCG-2026011\n三、中标信息：\n"
        "中标公司名称：某市某某医疗器械商行\n中标金额：36万元\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "procurement.result"})
    assert rec.fields["winner"] == ["某市某某医疗器械商行"]


def test_a_party_block_run_into_one_line_names_its_party() -> None:
    page = """<html><body><h1>某市某中心检测试剂采购项目中标公告</h1>
<p>一、项目编号：MS-2026-031</p>
<p>七、对本次公告内容提出询问，请按以下方式联系。</p>
<p>1.采购人信息 名称：某市疾病预防控制中心 地址：某市某区某路6号 联系方式：0123-4567890</p>
<p>2.采购代理机构信息 名称：某某招标代理有限公司 地址：某市某路8号 联系方式：0123-7654321</p>
</body></html>"""
    rec = extract(page.encode("utf-8"), hint={"notice_type": "procurement.result"})
    assert rec.fields["purchaser"] == "某市疾病预防控制中心"
    assert rec.fields["agency"] == "某某招标代理有限公司"


def test_a_letter_on_a_put_off_opening_is_titled_and_names_its_project() -> None:
    page = (
        "某市应急指挥平台工程项目推迟开标情况说明\n致:某市公共资源交易管理局\n"
        "本项目原定开标时间为:2026年3月23日9时30分,后因招标文件上传遇到技术问题,故推迟开标。\n"
        "所以本项目递交投标文件截止时间及开标时间更改为:2026年4月2日9时30分,开标地点不变。\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "construction.correction"})
    assert rec.fields["title"] == "某市应急指挥平台工程项目推迟开标情况说明"
    assert rec.fields["project_name"] == "某市应急指挥平台工程项目"
    assert rec.fields["bid_deadline"] == rec.fields["opening_time"] == "2026-04-02 09:30"


def test_an_opening_put_off_is_read_at_its_new_time_not_the_old() -> None:
    page = (
        "关于某某桥面系劳务项目延期开标的情况说明\n"
        "因疫情防控原因,不能按原定时间进行开标,原定于2026年8月19日上午10:00开标取消。"
        "根据防控政策,计划于2026年8月30日上午10:00开标。\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "construction.correction"})
    assert rec.fields["opening_time"] == "2026-08-30 10:00"
    only_old = page.split("根据")[0] + "\n"
    assert (
        extract(only_old.encode("utf-8"), hint={"notice_type": "construction.correction"}).fields.get(
            "opening_time"
        )
        is None
    )


def test_a_dotted_date_over_a_news_report_is_its_publish_date() -> None:
    page = (
        "2026.03.14 某某矿业报\n包括金矿两个、铁矿一个\n"
        "某省自然资源厅近日委托某省公共资源交易中心启动了第一批3个探矿权公开竞争出让。\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "mining.transfer_notice"})
    assert rec.fields["publish_date"] == "2026-03-14"
