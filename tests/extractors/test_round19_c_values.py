"""Reading conventions added in issue 12, round 19c (docs/extraction-conventions.md, "Round 19c").

Figures and land values where no clean label:value line gives them: a deal's price told in a report's sentence, a
total over lots, a land's own area beside the floor area, a use or a parcel code told in the parcel's sentence, a
lot table's heads and a second table run under the first.  Every page below is made up (no real page is copied);
each rule has a guard beside it, a near miss that must not change.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


def _fields(page: str) -> dict[str, Any]:
    return _rec(page).fields


# -- a deal's price before the buyer's verb, whoever the buyer is ----------------------------------------------

_LAND_REPORT = (
    "某区07地块竞价成交\n"
    "某报讯(记者 某某)10月13日,在某市第二批集中供地现场竞价中,某海地产以45亿元竞得某区某镇07地块,溢价率约5.6%。\n"
    "据悉,该地块吸引了4家房企参与竞价,经过7轮举牌,某海地产便以45亿元的报价拿下该地块。\n"
    "公开资料显示,上述地块位于某区某镇甲街区内,用地性质为居住用地,建设用地面积约5.91万平方米,"
    "规划建筑面积约8.6万平方米。\n"
)


def test_a_price_before_the_verb_with_a_short_buyer_name() -> None:
    f = _fields(_LAND_REPORT)
    assert f.get("amount") == 4500000000.0


def test_the_land_area_before_the_floor_area() -> None:
    # the land's own area (建设用地面积) wins over the floor area to be built (规划建筑面积); the unit 万平方米
    assert _fields(_LAND_REPORT).get("area_m2") == 59100.0


def test_lots_prices_told_with_the_verb_give_no_amount() -> None:
    # guard: two lots, two prices, each told with its buyer's verb: no one amount (LABELLING 'Several lots')
    page = (
        "某区工业用地交易结果\n"
        "近日,某区两宗工业用地进行现场竞价。其中,甲地产经过40轮竞价,以3750万元竞得某镇A-1地块,"
        "而另一块某镇A-2地块,经过38轮竞价,最终由乙餐饮以2610万元竞得。\n"
    )
    assert _fields(page).get("amount") is None


# -- a sum with 万 and no 元 --------------------------------------------------------------------------------------

_TENDER_REPORT = (
    "(通讯员 某某) 5月9日,某市政府采购中心成功组织了该市某中心管网普查项目公开招标。此项目采购预算690万元,"
    "中标金额538.8万,节约财政资金151.2万,节支率达21.9%。\n"
)


def test_a_sum_with_wan_and_no_yuan() -> None:
    assert _fields(_TENDER_REPORT).get("amount") == 5388000.0


def test_a_budget_told_with_no_sign() -> None:
    assert _fields(_TENDER_REPORT).get("budget") == 6900000.0


def test_a_report_total_deal_with_wan_and_no_yuan() -> None:
    page = (
        "某地区4宗探矿权成功出让\n"
        "近日,某地区4宗探矿权在地区公共资源交易中心成功挂牌出让,起拍价1121.83万,最终以6729.84万成交。\n"
        "竞拍的4个探矿权分别是:甲普查起拍价128.65万,成交价2800万,由甲矿业有限公司竞得;乙普查起拍价713.94万,"
        "成交价3605万,由乙商贸有限责任公司竞得。\n"
    )
    f = _fields(page)
    assert f.get("amount") == 67298400.0
    # the lots' floors differ and no total names them: no starting_price
    assert f.get("starting_price") is None


def test_a_count_of_wan_tonnes_is_no_sum() -> None:
    # guard: '万' before a unit of its own ('万吨') is a count, never money
    page = (
        "某矿采矿权挂牌出让成交\n"
        "近日,某县建筑石料用灰岩矿采矿权成功挂牌出让,成交价3200万吨,开采规模200万吨/年。\n"
    )
    assert _fields(page).get("amount") is None


# -- a total over lots --------------------------------------------------------------------------------------------

_CAR_AUCTION = (
    "某拍卖讯:8月28日,由某拍卖有限公司举办的某县公车改革首场拍卖会举行,拍卖车辆85辆,成交率100%。\n"
    "标王是41号标的某车,起拍价2.8万元,经过多轮竞价,最终成交价为6.8万元,溢价率为142%。"
    "此场拍卖会起拍价总价71.15万元,成交价总价174.4万元,整体溢价率达145.16%。\n"
)


def test_the_deal_total_over_lots_wins_over_one_lot() -> None:
    assert _fields(_CAR_AUCTION).get("amount") == 1744000.0


def test_a_printed_floors_total_leaves_no_lot_floor() -> None:
    # the floors' total is no starting_price (several base prices), and the one lot's floor beside it neither
    assert _fields(_CAR_AUCTION).get("starting_price") is None


def test_one_lot_floor_without_a_total_is_read() -> None:
    # guard: with no floors' total printed, a one-car auction's floor is its starting_price as before
    page = (
        "某单位公务车辆拍卖公告\n"
        "受某单位委托,某拍卖有限公司定于2025年3月1日对一辆某车进行公开拍卖,起拍价2.8万元,竞买保证金0.5万元。\n"
    )
    assert _fields(page).get("starting_price") == 28000.0


# -- a parcel's use and code in its sentence ------------------------------------------------------------------

_ONE_PARCEL = (
    "根据有关法律法规,经某市人民政府批准,某市自然资源局以挂牌方式公开出让以下一幅国有建设用地使用权。具体事项公告如下:\n"
    "一、公开出让地块基本情况和主要规划设计要求\n"
    "AB2024-070地块位于某区甲路东侧、乙路西侧,出让面积为31942.89平米(折合47.914亩),"
    "土地用途为城镇住宅、零售商业,土地使用年限为城镇住宅70年、零售商业40年。\n"
    "AB2024-070地块出让起始价为人民币500万元/亩,竞买保证金为人民币7200万元。\n"
)


def test_a_use_named_by_its_label_in_the_sentence() -> None:
    assert _fields(_ONE_PARCEL).get("land_use") == "城镇住宅、零售商业"


def test_an_area_in_ping_mi() -> None:
    assert _fields(_ONE_PARCEL).get("area_m2") == 31942.89


def test_a_parcel_code_run_into_its_dikuai() -> None:
    f = _fields(_ONE_PARCEL)
    assert f.get("parcel_no") == "AB2024-070"
    # two terms, one per use: no use_term_years; a price per 亩 is no starting_price
    assert f.get("use_term_years") is None
    assert f.get("starting_price") is None


def test_a_code_after_a_place_name_is_no_parcel_number() -> None:
    # guard: '…城南片区B031-4地块(东至…)' names the place and the parcel together (text 龙游's label keeps it whole)
    page = (
        "某县自然资源局国有建设用地使用权拍卖出让公告\n"
        "经某县人民政府批准,某县自然资源局决定以拍卖方式出让 1 幅地块的国有建设用地使用权。\n"
        "某开发区城南片区B031-4地块(东至水库,南至轨道,西至规划用地,北至轨道)\n"
    )
    assert _fields(page).get("parcel_no") is None


def test_two_codes_glued_in_a_report_give_no_parcel_number() -> None:
    # guard: sub-parcels' codes run into the words before them are codes all the same: two codes, no one parcel
    page = (
        "某区04地块竞价成交\n"
        "某报讯 10月13日,某地产以45亿元竞得某区某镇04地块。\n"
        "上述地块具体为某区F1地块HD00-0403-0004地块二类居住用地、HD00-0403-0005地块基础教育用地。\n"
    )
    assert _fields(page).get("parcel_no") is None


def test_a_use_with_a_term_in_it_is_no_use() -> None:
    # guard: a figure in the clause ('住宅70年') is a term, not the use
    page = (
        "某县国有建设用地使用权挂牌出让公告\n"
        "经某县人民政府批准,某县自然资源局决定挂牌出让一宗国有建设用地使用权。\n"
        "该宗地位于某镇某村,土地用途为住宅70年,出让面积为2000平方米。\n"
    )
    assert _fields(page).get("land_use") is None


# -- the place of the parcel a report's buyer won ---------------------------------------------------------------


def test_the_place_of_the_parcel_won() -> None:
    page = (
        "某企业12亿元竞得某区商业地块\n"
        "某报讯 某集团旗下某投资有限公司日前以12亿元(人民币,下同)竞得某区某镇某商业区地块四,"
        "折合楼面地价每平方米14,194元,溢价率达136.6%。\n"
    )
    assert _fields(page).get("location") == "某区某镇某商业区"


# -- a lot table's heads and a second table under the first ----------------------------------------------------


def test_a_head_with_its_unit_is_no_value() -> None:
    # a four-lot sheet's header cells one per line: '土地位置' next to '土地用地面积(平方米)' is no place
    page = (
        "经某市人民政府批准,某市自然资源局决定以拍卖方式出让四宗地块的国有建设用地使用权。现将有关事项公告如下:\n"
        "一、拍卖出让地块的基本情况和规划指标要求:\n"
        "| 编 号 |\n"
        "土 地 位 置 |\n"
        "土 地 用地面积 (平方米) |\n"
        "土地用途 |\n"
        "投资强度要求万元/公顷 |\n"
        "行政办公及生活服务设施用地比例 |\n"
        "出 让 年 限 (年) |\n"
        "起始价(万元) |\n"
        "|||\n"
        "二、本次出让采用增价拍卖方式。\n"
    )
    assert _fields(page).get("location") is None


def test_a_second_table_under_the_result_ends_its_list() -> None:
    page = (
        "某局用餐服务项目(项目编号:0615-2141)成交公告\n"
        "包号 | 供应商名称 | 供应商地址 | 成交金额(万元) |\n"
        "第1包 | 某大厦有限公司 | 某市某路165号 | 170 |\n"
        "包号 | 服务 |\n"
        "第1包 |\n"
        "名称:某局用餐服务项目 |\n"
        "某国际招标有限公司\n"
        "2021年8月31日\n"
    )
    f = _fields(page)
    assert f.get("winner") == ["某大厦有限公司"]
    assert f.get("amount") == 1700000.0


def test_a_unit_of_measure_beside_the_quantity_is_no_supplier() -> None:
    # the national result template's 主要标的 columns: '数量 | 单位 | 总价(元)' before the supplier's name
    page = (
        "某县敬老院食堂外包服务采购项目中标(成交)结果公告\n"
        "一、项目编号: XJ-2020CS-096 号\n"
        "二、项目名称: 某县敬老院食堂外包服务采购项目\n"
        "三、中标(成交)信息\n"
        "1.中标结果:\n"
        "序号 | 标项名称 | 数量 | 单位 | 总价(元) | 中标供应商名称 | 中标供应商地址 |\n"
        "1 | 某县敬老院食堂外包服务采购项目 | 1 | 年 | 913668(元) | 某餐饮管理有限公司 | 某县解放路190号 |\n"
    )
    f = _fields(page)
    assert f.get("amount") == 913668.0
    assert f.get("winner") == ["某餐饮管理有限公司"]


def test_the_goods_variant_header_over_its_one_row() -> None:
    page = (
        "某医院后勤服务管理的中标(成交)结果公告\n"
        "八、 中标/成交结果:\n"
        "序号标项名称规格型号数量单位总价(元)中标供应商名称中标供应商地址中标供应商统一社会信用代码\n"
        "1某医院后勤服务管理主要为卫生保洁、食堂管理等,具体详见服务需求。32842590元某物业管理有限公司浙江省某市某镇"
        "某路1号91330211MA2GQH1234\n"
        "九、评审小组成员名单:甲某,乙某,丙某\n"
    )
    f = _fields(page)
    assert f.get("amount") == 32842590.0
    assert f.get("winner") == ["某物业管理有限公司"]


def test_the_goods_variant_with_two_rows_gives_no_amount() -> None:
    # guard: a second item row ('2…') is a second sum: which one is the notice's is not printed
    page = (
        "某医院设备采购的中标(成交)结果公告\n"
        "序号标项名称规格型号数量单位总价(元)中标供应商名称中标供应商地址中标供应商统一社会信用代码\n"
        "1甲设备A型1台32000元某医疗器械有限公司浙江省某市某路1号91330211MA2GQH1234\n"
        "2乙设备B型1台18000元某科技有限公司浙江省某市某路2号91330211MA2GQH5678\n"
    )
    assert _fields(page).get("amount") is None


def test_a_price_told_with_its_premium_rate() -> None:
    page = (
        "某市土拍再诞地王\n"
        "3月25日,某市一宗地块拍卖汇聚了众多关注的目光。\n"
        "最终,历经72轮报价,某江集团以52.03亿元,溢价率69.86%,折合楼面价77408.51元/㎡,将这块宝地收入麾下。\n"
    )
    assert _fields(page).get("amount") == 5203000000.0


def test_a_mine_section_named_before_its_place() -> None:
    # '一、矿区位置' over '<某村砖瓦用页岩矿>位于<place>,<the route to it>': the place after 位于, its first clause;
    # the area in capitals ('KM2')
    page = (
        "某县国土资源局采矿权挂牌出让公告\n"
        "经某县人民政府批准,某县国土资源局决定以挂牌方式出让下列采矿权:\n"
        "一、矿区位置\n"
        "某县某镇某村砖瓦用页岩矿位于某县西南部318国道边,北东距离县城约15km,属某镇管辖,交通运输便利。\n"
        "二、矿区范围\n"
        "矿区面积0.0243KM2,开采深度:由+195M至+175M标高。\n"
        "三、起始价\n"
        "起始价7.1万元,竞买保证金2万元。\n"
    )
    f = _fields(page)
    assert f.get("location") == "某县西南部318国道边"
    assert f.get("area_m2") == 24300.0


def test_two_terms_sharing_their_unit_are_no_term() -> None:
    page = (
        "某市国有建设用地使用权挂牌出让公告\n"
        "地块编号：某政储出[2026]13号\n"
        "土地主用途：住宅用地\n"
        "土地出让年限：70、40年\n"
        "出让面积：27211平方米\n"
    )
    assert _fields(page).get("use_term_years") is None


def test_one_term_with_its_start_is_a_term() -> None:
    # guard: a year and a term in one cell ('自2020年起50年') are no two terms
    page = (
        "某县国有建设用地使用权挂牌出让公告\n"
        "宗地编号：某2020-1号\n"
        "土地用途：工业用地\n"
        "出让年限：自2020年1月1日起50年\n"
    )
    assert _fields(page).get("use_term_years") == 50


def test_the_place_of_the_object_disposed_of() -> None:
    page = (
        "某县人民政府关于2025-11号宗地国有建设用地使用权挂牌出让方案的批复\n"
        "县自然资源局:\n"
        "你局请示收悉。经研究,原则同意该方案批复如下:\n"
        "一、同意将位于某县某乡某村,编号为2025-11号宗地,面积为26730.66平方米的国有建设用地使用权以挂牌方式出让。"
        "同意该宗地用途为居住用地兼容商业服务业用地,容积率不大于2.4。\n"
    )
    f = _fields(page)
    assert f.get("location") == "某县某乡某村"
    assert f.get("land_use") == "居住用地兼容商业服务业用地"


def test_the_places_of_two_objects_give_none() -> None:
    # guard: two objects placed so are two lots: no one place
    page = (
        "某村集体土地发包公告\n"
        "经村民代表会议通过,决定将位于某镇甲村土地,进行公开发包;另将位于某镇乙村土地,一并公开发包。\n"
    )
    assert _fields(page).get("location") is None
