"""Layouts and wordings read the same way wherever they occur (issue 12): a multi-lot table's shared
column, a price stated in a sentence, the plan's 探矿权 and 考核结果 labels."""

from __future__ import annotations

from extractors import extract
from extractors.labels import core_label, keys_for

_LOTS = """<h1>某县国有建设用地使用权挂牌出让公告</h1>
<table><tr><td>编号</td><td>土地位置</td><td>土地面积(㎡)</td><td>土地用途</td><td>出让年限(年)</td><td>起始价(万元)</td></tr>
<tr><td>A-1</td><td>东至甲路</td><td>1000</td><td>工业用地</td><td>{t1}</td><td>100</td></tr>
<tr><td>A-2</td><td>西至乙路</td><td>2000</td><td>{use2}</td><td>50</td><td>200</td></tr></table>"""


def test_a_column_every_lot_shares_is_the_notices() -> None:
    rec = extract(_LOTS.format(t1="50", use2="工业用地").encode("utf-8"))
    assert rec.notice_type == "land.transfer_notice"
    assert rec.fields["use_term_years"] == 50
    assert rec.fields["land_use"] == "工业用地"
    # per-lot values are no notice-level value: no area, price, place or parcel number
    for key in ("area_m2", "starting_price", "location", "parcel_no"):
        assert key not in rec.fields, key


def test_columns_that_differ_between_lots_give_nothing() -> None:
    rec = extract(_LOTS.format(t1="40", use2="商业用地").encode("utf-8"))
    assert "use_term_years" not in rec.fields
    assert "land_use" not in rec.fields


def test_a_price_stated_in_a_sentence_is_read() -> None:
    text = (
        "某市2026年第一期政府储备排污权出让电子竞价公告\n"
        "一、竞价标的\n本次出让指标为二氧化硫。拍卖底价为基准价的1.5倍,即二氧化硫指标为{price},五年一次性出让。\n"
        "二、竞价方式\n在省排污权交易网进行。\n某市排污权储备交易中心\n2026年05月21日\n"
    )
    rec = extract(text.format(price="45000元").encode("utf-8"))
    assert rec.notice_type == "emission.transfer_notice"
    assert rec.fields["starting_price"] == 45000
    # round 15b: a price per tonne-year is a unit price, no starting price (LABELLING 'unit prices')
    rec = extract(text.format(price="4500元/吨.年").encode("utf-8"))
    assert "starting_price" not in rec.fields


def test_a_sentence_without_a_sum_after_the_price_word_gives_no_price() -> None:
    text = (
        "某市2026年第一期政府储备排污权出让电子竞价公告\n"
        "一、竞价标的\n拍卖底价按有关文件规定执行,详见竞价须知。\n某市排污权储备交易中心\n2026年05月21日\n"
    )
    assert "starting_price" not in extract(text.encode("utf-8")).fields


def test_the_plans_exploration_and_assessment_labels() -> None:
    expect = {
        "探矿权项目名称": "project_name",
        "勘查区面积": "area_m2",
        "勘查区范围": "coordinates",
        "勘察矿种": "mineral",
        "勘察工作程度": "exploration_level",
        "规定时间": "time_limit",
        "被考核的集中采购机构": "parties",
        "考核结果": "assessment_result",
        "考核结果形成日期": "decision_date",
    }
    for label, key in expect.items():
        assert keys_for(core_label(label)[0])[:1] == (key,), label


def test_an_assessment_title_is_typed_by_its_own_words() -> None:
    for title in (
        "某市财政局关于2025年度对集中采购机构进行考核的公告",
        "关于2025年度政府采购中心考核情况的通报",
    ):
        html = f"<h1>{title}</h1><p>一、被考核单位：某市公共资源交易中心</p><p>二、考核结果：良好</p>"
        assert extract(html.encode("utf-8")).notice_type == "procurement.agency_assessment", title


def test_a_text_rendering_titles_the_line_above_its_date_line() -> None:
    text = (
        "首页 > 交易信息 > 产权交易\n"
        "某县人民医院文化东路地段营业用房招租\n"
        "发布时间:2021-03-22 阅读次数:17 【打印】\n"
        "一、竞价标的:详见附件清单。\n二、招租方式:采用网上多轮次竞价方式,最高报价人为竞得人。\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.fields["title"] == "某县人民医院文化东路地段营业用房招租"
    assert rec.fields["publish_date"] == "2021-03-22"


def test_a_wrapped_cell_of_a_one_cell_per_line_table_stays_in_its_row() -> None:
    text = (
        "某市国有建设用地使用权挂牌出让结果公布\n一、地块基本情况:\n"
        "地块编号 |\n土地面积(平方米) |\n土地用途 |\n出让年限\n(年) |\n成交价\n(万元) |\n受让单位 |\n|\n"
        "A-14b地块 |\n17960.29 |\n城镇住宅用地 |\n70 |\n43000 |\n某某发展有限公司 |\n|\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.notice_type == "land.deal_result"
    assert rec.fields["winner"] == ["某某发展有限公司"]
    assert rec.fields["amount"] == 430000000
    assert rec.fields["area_m2"] == 17960.29
    assert rec.fields["use_term_years"] == 70


def test_a_numbered_heading_over_its_paragraph_is_not_read_as_a_cell() -> None:
    text = (
        "某县庙下溪重点山洪沟防洪治理工程施工招标公告\n1. 招标条件\n"
        "某县庙下溪重点山洪沟防洪治理工程已由某水利局批准建设,建设资金来源为财政拨款。项目法人为某某水利开发有限公司。\n"
        "2.项目概况与招标范围\n治理河道长1.63km。\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.fields["project_name"] == "某县庙下溪重点山洪沟防洪治理工程"
    assert rec.fields["purchaser"] == "某某水利开发有限公司"


_ONE_PARCEL = (
    "某县自然资源局国有建设用地使用权出让公告\n经某县人民政府批准，我局决定协议出让{n}宗国有建设用地使用权。\n"
    "地块位于某镇某村,用地面积1.4684公顷,用地性质为公用设施用地(供水用地),容积率≤0.8,出让年限为50年。\n"
    "某县自然资源局\n2026年3月7日\n"
)


def test_a_one_parcel_sentence_gives_place_use_and_term() -> None:
    rec = extract(_ONE_PARCEL.format(n="1").encode("utf-8"))
    assert rec.notice_type == "land.transfer_notice"
    assert rec.fields["location"] == "某镇某村"
    assert rec.fields["land_use"] == "公用设施用地(供水用地)"
    assert rec.fields["use_term_years"] == 50


def test_a_parcels_sentence_in_a_several_parcel_notice_is_not_the_notices() -> None:
    rec = extract(_ONE_PARCEL.format(n="3").encode("utf-8"))
    for key in ("location", "land_use", "use_term_years"):
        assert key not in rec.fields, key
