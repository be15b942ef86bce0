"""Reading conventions added in issue 12, round 18c (docs/extraction-conventions.md, "Round 18c").

Field values of land, mining, state-property, emission and housing notices: the forms the seen sets (fresh24 and
fresh25 among them) print on two sites or more.  Every page below is made up (no real page is copied); each rule
has a guard beside it, a near miss that must not change.
"""

from __future__ import annotations

from typing import Any

from extractors import extract
from monitor.required import required_status


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


def _required(page: str) -> dict[str, str]:
    return required_status(_rec(page).to_dict())


# -- a parcel told by its code in a sentence -------------------------------------------------------------------

_ONE_PARCEL = (
    "某市国土资源局\n"
    "国有建设用地使用权公开出让公告\n"
    "某国土告字〔2009〕20号\n"
    "经某市人民政府批准,某市国土资源局决定公开出让编号为07015号地块国有建设用地使用权。现将有关事项公告如下:\n"
    "07015号国有建设用地使用权位于甲路以西,乙路以南,丙路以东,丁路以北。规划总用地约5.2ha。\n"
    "二、出让土地的受让对象\n"
    "中华人民共和国境内外的自然人、法人和其他组织均可申请。\n"
)


def test_a_parcel_named_by_its_code_gives_its_number() -> None:
    rec = _rec(_ONE_PARCEL)
    assert rec.fields.get("parcel_no") == "07015"
    # the code is the parcel's, no project's number
    assert rec.fields.get("project_number") is None


def test_a_parcel_code_with_a_county_before_it() -> None:
    page = (
        "我局于2022年8月9日发布某县Ab2021-07号《某县国有建设用地使用权公开挂牌出让公告》,现因故发布了某县"
        "Ab2021-07号地块中止公告,中止该宗土地网上交易活动。我局决定恢复该宗地挂牌出让活动。\n"
        "因此某县Ab2021-07号国有建设用地使用权挂牌出让活动的报名截止时间顺延。\n"
        "某县自然资源和规划局\n"
        "2022年9月26日\n"
    )
    assert _rec(page).fields.get("parcel_no") == "Ab2021-07"


def test_the_parcel_is_stated_not_missing() -> None:
    # the accusation fresh25 showed: number and place stated in sentences, judged absent
    required = _required(_ONE_PARCEL)
    assert required["parcel_no"] == "read"
    assert required["location"] == "read"


def test_two_parcel_codes_give_none() -> None:
    page = _ONE_PARCEL.replace(
        "编号为07015号地块国有建设用地使用权。",
        "编号为07015号地块和07016号地块国有建设用地使用权。",
    )
    assert _rec(page).fields.get("parcel_no") is None


def test_several_parcels_give_no_code() -> None:
    page = _ONE_PARCEL.replace("决定公开出让编号为", "决定公开出让3宗地块,其一编号为")
    assert _rec(page).fields.get("parcel_no") is None


def test_a_short_rank_or_a_document_numbers_tail_is_no_parcel_code() -> None:
    # '3号地块' is a lot's rank in a list; '〔2019〕001号地块' is a document number's tail
    for code in ("编号为3号地块", "某政经开出〔2019〕001号地块"):
        page = _ONE_PARCEL.replace("编号为07015号地块", code).replace("07015号国有", "该宗国有")
        assert _rec(page).fields.get("parcel_no") is None, code


def test_a_project_numbered_so_keeps_its_number() -> None:
    # guard: '项目编号为…' with no 地块 after it stays a project's number
    page = (
        "某县人民医院设备采购项目招标公告\n"
        "受某县人民医院委托,某招标有限公司对该项目进行公开招标,项目编号为MJ2024-015,欢迎合格的供应商参加。\n"
    )
    assert _rec(page).fields.get("project_number") == "MJ2024-015"


# -- the place of a parcel named by its code, told by its bounding roads ---------------------------------------


def test_the_code_named_right_lies_between_its_roads() -> None:
    assert _rec(_ONE_PARCEL).fields.get("location") == "甲路以西,乙路以南,丙路以东,丁路以北"


def test_a_coded_land_lies_somewhere() -> None:
    page = _ONE_PARCEL.replace("07015号国有建设用地使用权位于", "07015号土地位于")
    assert _rec(page).fields.get("location") == "甲路以西,乙路以南,丙路以东,丁路以北"


def test_a_bounded_place_stops_where_the_bounds_stop() -> None:
    # guard: the clause after the last bound is no part of the place
    page = _ONE_PARCEL.replace("丙路以东,丁路以北。", "丙路以东,交通便利。")
    assert _rec(page).fields.get("location") == "甲路以西,乙路以南,丙路以东"


def test_a_coded_lands_place_unread_is_a_gap_not_missing() -> None:
    # a place the sentence states but no reader takes (a bracket after it) is for the office's review
    page = _ONE_PARCEL.replace("位于甲路以西,乙路以南,丙路以东,丁路以北。", "位于某市开发区内(见宗地图)。")
    assert _rec(page).fields.get("location") is None
    assert _required(page)["location"] == "gap"


def test_a_right_without_its_code_is_no_subject_of_place() -> None:
    # guard: '使用权位于' alone (no code before it) is not the one-parcel sentence
    page = _ONE_PARCEL.replace("07015号国有建设用地使用权位于", "本次出让的国有建设用地使用权位于")
    assert _rec(page).fields.get("location") is None


# -- one lot's term per use is another lot's different term ---------------------------------------------------

_TWO_LOTS = (
    "某县国土资源局国有土地使用权挂牌出让公告\n"
    "发布时间:2019-03-20 11:21\n"
    "经某县人民政府批准,某县国土资源局决定以挂牌方式出让2幅地块的国有土地使用权。现将有关事项公告如下:\n"
    "宗地编号: | 某2018-60号 | 宗地总面积: | 698.38平方米 | 宗地坐落: | 某镇甲路 |\n"
    "出让年限: | 40年 | 容积率: | 小于或等于3.5 |\n"
    "宗地编号: | 某2019-4号 | 宗地总面积: | 2008平方米 | 宗地坐落: | 某镇乙广场旁 |\n"
    "出让年限: | 住宅用地70年,商服用地40年 | 容积率: | 小于或等于5.2 |\n"
)


def test_a_term_per_use_differs_from_another_lots_term() -> None:
    assert _rec(_TWO_LOTS).fields.get("use_term_years") is None


def test_two_lots_of_one_term_keep_it() -> None:
    # guard: both lots 40 years — the notice's term
    page = _TWO_LOTS.replace("住宅用地70年,商服用地40年", "40年")
    assert _rec(page).fields.get("use_term_years") == 40


# -- a document number on its own line is no title -----------------------------------------------------------

_NUMBER_OVER_DATE = (
    "某自然资告字(2025)7号\n"
    "发布日期:2025-11-14 09:00\n"
    "某县自然资源局\n"
    "国有建设用地使用权挂牌出让公告\n"
    "经某县人民政府批准,某县自然资源局以挂牌方式出让以下地块国有建设用地使用权,现将有关事项公告如下:\n"
    "宗地位置:某县新城区\n"
)


def test_a_document_number_over_the_date_is_no_title() -> None:
    assert _rec(_NUMBER_OVER_DATE).fields.get("title") == "国有建设用地使用权挂牌出让公告"


def test_a_notice_numbered_in_its_title_keeps_it() -> None:
    # guard: a whole heading with its number after it is a title line, no bare document number
    page = _NUMBER_OVER_DATE.replace("某自然资告字(2025)7号", "某县国有建设用地使用权挂牌出让公告〔2025〕7号")
    assert _rec(page).fields.get("title") == "某县国有建设用地使用权挂牌出让公告"


# -- a headline opening with a decimal figure ----------------------------------------------------------------

_DECIMAL_HEADLINE = (
    "行业动态\n"
    "4.2元/吨!某地储量超3000万吨砂石矿约1亿元拍出\n"
    "发布日期:2023-08-15   浏览次数:\n"
    "近日,某区某村建筑石料用灰岩矿被某建材有限公司以10584万元竞得,矿区面积0.3平方千米。\n"
)


def test_a_headline_opening_with_a_price_is_a_headline() -> None:
    assert _rec(_DECIMAL_HEADLINE).fields.get("title") == "4.2元/吨!某地储量超3000万吨砂石矿约1亿元拍出"


def test_a_numbered_item_is_no_headline() -> None:
    # guard: '4.3 招标文件…' numbers an item (no unit after the figure)
    page = "4.3 招标文件每套售价1000元\n发布日期:2023-08-15\n某工程施工招标公告。\n"
    assert _rec(page).fields.get("title") != "4.3 招标文件每套售价1000元"


# -- a lease or 发包 of public assets opened by sealed bids ---------------------------------------------------

_FISHPOND = (
    "某县某村三块鱼池发包公告\n"
    "一、发包方:某村民委员会\n"
    "二、发包标的物名称:某村三块鱼池承包经营权,承包期3年。\n"
    "七、开标时间及地点:\n"
    "开标时间:2017年12月28日 14:30时\n"
    "开标地点:某县乡镇公共资源交易中心\n"
)


def test_a_lease_notices_opening_time() -> None:
    assert _rec(_FISHPOND).fields.get("opening_time") == "2017-12-28 14:30"


def test_an_auction_time_is_no_opening_time() -> None:
    # guard: a 竞价 / 拍卖 start is no 开标 (LABELLING opening_time)
    page = _FISHPOND.replace("开标时间及地点", "竞价时间及地点").replace("开标时间:", "拍卖开始时间:")
    page = page.replace("开标地点", "拍卖地点")
    assert _rec(page).fields.get("opening_time") is None


# -- a use said alike of every lot must be so in a lot printed one cell short ----------------------------------


def _lots_table(first_use: str) -> str:
    rows = [
        # the first lot's empty 备注 cell is not printed: the row is one cell short
        f"<tr><td>A-1</td><td>某社区</td><td>9146</td><td>{first_use}</td><td>50</td></tr>",
        "<tr><td>A-2</td><td>某路以西</td><td>11533</td><td>工业</td><td>50</td><td>标准地</td></tr>",
        "<tr><td>A-3</td><td>某路东南角</td><td>2693</td><td>工业</td><td>50</td><td>标准地</td></tr>",
        "<tr><td>A-4</td><td>某路东北侧</td><td>42912</td><td>工业</td><td>50</td><td>标准地</td></tr>",
    ]
    return (
        "<html><body><h1>某县国有建设用地使用权挂牌出让公告</h1>"
        "<p>经某县人民政府批准,某县自然资源局决定以挂牌方式出让4宗国有建设用地使用权。</p><table>"
        "<tr><td>地块编号</td><td>供地位置</td><td>面积(㎡)</td><td>规划用途</td><td>出让年期(年)</td><td>备注</td></tr>"
        + "".join(rows)
        + "</table></body></html>"
    )


def test_a_lot_printed_one_cell_short_keeps_its_own_use() -> None:
    assert _rec(_lots_table("供电用地")).fields.get("land_use") is None


def test_every_lot_of_one_use_keeps_it() -> None:
    # guard: the short row agrees, so the use is every lot's
    assert _rec(_lots_table("工业")).fields.get("land_use") == "工业"


# -- a cell a rendering broke off its closing pipe --------------------------------------------------------------


def _cell_lines(use_line: str) -> str:
    head = ["宗地编号", "宗地位置", "出让面积", "土地用途", "容积率", "出让年限"]
    lots = [
        ["2025-9-1地块", "该宗地位于某镇甲村。", "117.88 平方米", None, "≥0.6", "50年"],
        ["2025-9-2地块", "该宗地位于某镇乙村。", "720.14 平方米", None, "≥0.6", "50年"],
    ]
    out = ["某县国有建设用地使用权公开出让公告", "经某县人民政府批准,某县自然资源局决定公开出让。", "|"]
    out += [f"{h} |" for h in head]
    for lot in lots:
        out.append("|")
        for cell in lot:
            out += [use_line, "|"] if cell is None else [f"{cell} |"]
    out += ["|", "二、竞买人资格:境内外法人均可申请。"]
    return "\n".join(out) + "\n"


def test_a_broken_cell_keeps_the_lots_in_line() -> None:
    # the first lot's cells were read as the notice's ('容积率' as its use); read in line, the lots differ
    rec = _rec(_cell_lines("工矿 用地"))
    assert rec.fields.get("land_use") != "容积率"
    assert rec.fields.get("location") is None  # two lots, two places
    assert rec.fields.get("area_m2") is None


def test_a_heading_over_the_next_table_is_no_cell() -> None:
    # guard: a one-lot table, then a numbered heading over the next table: the lot's values stay
    page = (
        "某县国有建设用地使用权挂牌出让公告\n"
        "经某县人民政府批准,决定以挂牌方式出让下列地块的国有建设用地使用权。\n"
        "一、挂牌出让地块的概况:\n|\n序号  |\n地块名称  |\n土地坐落  |\n土地用途  |\n出让年限  |\n"
        "|\n1  |\n某县某镇20-8地块  |\n某镇工业区  |\n工业用地  |\n50年  |\n"
        "二、挂牌地块出让起挂价及竞买保证金:\n|\n序号  |\n地块名称  |\n起挂价(万元)  |\n"
        "|\n1  |\n某县某镇20-8地块  |\n470  |\n"
    )
    rec = _rec(page)
    assert rec.fields.get("land_use") == "工业用地"
    assert rec.fields.get("location") == "某镇工业区"


# -- the owner letting its own asset ------------------------------------------------------------------------------

_LEASE = (
    "某服务亭招租公告\n"
    "某市公共服务有限公司现有服务亭20个,现面向社会公开招租,相关情况及要求如下:\n"
    "一、招租标的情况:服务亭20个,租赁期限3年。\n"
    "二、报名时间:2018年5月18日到2018年5月31日。\n"
)


def test_the_owner_letting_its_own_asset_is_the_lessor() -> None:
    assert _rec(_LEASE).fields.get("purchaser") == "某市公共服务有限公司"


def test_a_centre_letting_its_shopfronts() -> None:
    page = _LEASE.replace(
        "某市公共服务有限公司现有服务亭20个,现面向社会公开招租",
        "本着公开、公平、公正的原则,某市妇幼活动中心某街门面对外公开租赁",
    )
    assert _rec(page).fields.get("purchaser") == "某市妇幼活动中心"


def test_an_exchange_letting_for_another_is_no_lessor() -> None:
    # guard: a venue commissioned to let another's asset
    page = _LEASE.replace(
        "某市公共服务有限公司现有服务亭20个,现面向社会公开招租",
        "某市公共资源交易中心受委托,现面向社会公开招租",
    )
    assert _rec(page).fields.get("purchaser") is None
    page = _LEASE.replace(
        "某市公共服务有限公司现有服务亭20个,现面向社会公开招租",
        "某拍卖有限公司现有服务亭20个,现面向社会公开招租",
    )
    assert _rec(page).fields.get("purchaser") is None


# -- the whole area told as the total of its parts ----------------------------------------------------------------

_FARMLAND = (
    "某镇某村土地发包项目招标公告\n"
    "经某村村民代表会议通过,决定将位于某镇某村甲岙、乙寺土地进行公开发包,现将有关事宜公告如下:\n"
    "一、标的概况\n"
    "1、位于某镇某村甲岙30亩、乙寺15亩耕地,合计45亩。(面积以现场测量为准)\n"
    "2、承包起始价:500元/亩/年。\n"
)


def test_a_leases_total_area() -> None:
    assert _rec(_FARMLAND).fields.get("area_m2") == 30000.15


def test_two_totals_give_no_area() -> None:
    # guard: two different totals (two lots of a notice) state no one area
    page = _FARMLAND.replace("2、承包起始价", "2、另一标段共计12亩。\n3、承包起始价")
    assert _rec(page).fields.get("area_m2") is None


# -- a key/value grid one cell per line whose value reads like a header cell --------------------------------------

_GRID = (
    "某县自然资源局\n"
    "国有建设用地使用权挂牌出让公告\n"
    "经某县人民政府批准,某县自然资源局以挂牌方式出让以下地块国有建设用地使用权,现将有关事项公告如下:\n"
    "宗地位置\n"
    "某县新城区\n"
    "出让年限\n"
    "商业40年、住宅70年\n"
    "容积率\n"
    "2.5\n"
)


def test_a_place_cell_in_a_grid_is_the_places_value() -> None:
    assert _rec(_GRID).fields.get("location") == "某县新城区"


def test_a_header_row_one_cell_per_line_pairs_nothing() -> None:
    # guard: label, header cell, label, header cell — a header row printed one cell per line ('宗地位置' / '供地条件'
    # / '出让年限' / '现状条件'), no value under 宗地位置
    page = _GRID.replace("某县新城区", "供地条件").replace("商业40年、住宅70年", "现状条件")
    assert _rec(page).fields.get("location") is None
