"""Reading conventions added in issue 12, round 8b (docs/extraction-conventions.md, "Round 8b").

Round 8b tuned field reading on fresh8 by layout families: land tables whose text rendering keeps a
two-level header, a note spanning the table or a lot split over rows by use; …  Every page below is
made up (no real page is copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from extractors import extract


def _fields(page: str) -> dict:
    return extract(page.encode("utf-8")).fields


# -- land tables in text ------------------------------------------------------------------------------

GROUP_DESIGN = """某县国有建设用地使用权挂牌出让公告
某自然资告字[2025]3号
一、挂牌出让地块的基本情况和规划设计主要指标
地块编号 | 土地位置 | 出让面积(m2) | 土地用途 | 出让年限 | 规划设计主要指标 | 起始价(万元) | 竞买保证金(万元) |
容积率 | 建筑密度(%) | 绿地率(%) | |||||
2025-K12 | 某县东风路以南、解放路以西 | 12000 | 商业 | 40 | 不大于2.5 | 不大于40 | 不小于20 | 1500 | 300 |
二、竞买人范围
"""


def test_a_planning_group_header_named_guihua_sheji_is_flattened():
    f = _fields(GROUP_DESIGN)
    assert f["parcel_no"] == "2025-K12"
    assert f["location"] == "某县东风路以南、解放路以西"
    assert f["starting_price"] == 15000000
    assert f["area_m2"] == 12000


SPLIT_LOT = GROUP_DESIGN.replace(
    "| 1500 | 300 |\n", "| 1500 | 300 |\n8000 | 住宅 | 70 | 不大于2.0 | 不大于30 | 不小于35 |\n"
)


def test_a_lot_split_by_use_gives_only_its_whole_values():
    f = _fields(SPLIT_LOT)
    assert f["parcel_no"] == "2025-K12"
    assert f["starting_price"] == 15000000
    assert f["location"] == "某县东风路以南、解放路以西"
    # the area, use and term of one part are not the lot's
    assert "area_m2" not in f and "land_use" not in f and "use_term_years" not in f


def test_two_full_lots_are_not_a_split_lot():
    two = GROUP_DESIGN.replace(
        "| 1500 | 300 |\n",
        "| 1500 | 300 |\n2025-K13 | 某县北环路以北 | 9000 | 商业 | 40 | 不大于2.0 | 不大于30 | 不小于35 | 900 | 200 |\n",
    )
    f = _fields(two)
    assert "parcel_no" not in f and "starting_price" not in f
    assert f.get("use_term_years") == 40  # the same in every row


SPANNING_NOTE = """某县国有建设用地使用权挂牌出让公告
一、出让地块基本情况:
| 地块编号 |
宗地位置 |
出让面积(m2) |
土地用途 |
出让年限(年) |
出让起始价(万元) |
竞买保证金(万元) |
|||
| 某工2025-3 |
某开发区纬二路北侧 |
8888.8 |
工业用地 |
50 |
266 |
60 |
| 1、建设项目须符合国家产业政策,建筑系数不低于百分之四十;行政办公及生活服务设施用地不超过百分之七。
|||||||
二、竞买人资格
"""


def test_a_note_spanning_the_table_is_no_second_lot():
    f = _fields(SPANNING_NOTE)
    assert f["location"] == "某开发区纬二路北侧"
    assert f["area_m2"] == 8888.8
    assert f["land_use"] == "工业用地"
    assert f["use_term_years"] == 50
    assert f["starting_price"] == 2660000


def test_a_short_second_row_is_still_a_lot():
    # a second lot whose row holds a few cells is no note (short cells): the columns stay unread
    page = SPANNING_NOTE.replace(
        "| 1、建设项目须符合国家产业政策,建筑系数不低于百分之四十;行政办公及生活服务设施用地不超过百分之七。\n",
        "| 某工2025-4 |\n某开发区纬三路 |\n",
    )
    f = _fields(page)
    assert "starting_price" not in f


# -- 宜昌's Epoint result sheet: label cells styled 'title', 招标机构, 标段(包)名称 ---------------------------

EPOINT_SHEET = """<html><body><div><table border="1">
<tr><td class="title">招标人:</td><td class="contenttd">某市某某水务有限公司</td>
<td class="title">建设地点</td><td class="contenttd">某县某镇某村</td></tr>
<tr><td class="title">招标机构:</td><td class="contenttd">某某项目管理有限公司</td>
<td class="title">标段(包)编号:</td><td class="contenttd">ABC010001-202501-01(2)</td></tr>
<tr><td class="title">标段(包)名称:</td><td class="contenttd" colspan="3">某县某镇灌区改造工程(第2次招标)</td></tr>
<tr><td class="title">中标人:</td><td class="contenttd" colspan="3">某某建设工程有限公司</td></tr>
<tr><td class="title">中标价(元):</td><td class="contenttd">1234567.89</td>
<td class="title">履约期限(天):</td><td class="contenttd">365</td></tr>
<tr><td class="title">资质证书名称及编号:</td><td class="contenttd" colspan="3">水利水电工程施工总承包贰级 D000000001</td></tr>
<tr><td class="title">公告发布日期:</td><td class="contenttd" colspan="3">2025-03-24</td></tr>
</table></div></body></html>"""


def test_a_label_cell_styled_title_is_no_title_and_the_sheet_is_read():
    rec = extract(EPOINT_SHEET.encode("utf-8"))
    f = rec.fields
    assert f.get("title") != "招标人:"
    assert f["purchaser"] == "某市某某水务有限公司"
    assert f["agency"] == "某某项目管理有限公司"
    # the bracketed round belongs to the code; a certificate's 名称及编号 is no project number
    assert f["project_number"] == "ABC010001-202501-01(2)"
    assert f["project_name"] == "某县某镇灌区改造工程(第2次招标)"
    assert f["publish_date"] == "2025-03-24"


def test_a_lone_title_cell_is_still_the_title():
    page = '<html><body><table><tr><td class="title">某县某镇灌区改造工程中标结果公告</td></tr></table><p>中标人:某某建设工程有限公司</p></body></html>'
    assert extract(page.encode("utf-8")).fields["title"] == "某县某镇灌区改造工程中标结果公告"


WORKS_TENDER = """某县某村冷库建设项目(二期)施工招标公告
1.招标条件
本招标项目某县某村冷库建设项目(二期)(项目名称)已由某县行政审批局(项目审批、核准或备案机关名称)以 某审批备〔2025〕1号(批文名称及编号)批准建设,招标人为某县某村村民委员会,项目已具备招标条件,现对该项目的施工进行公开招标。
2.项目概况与招标范围
2.1 标段名称:某县某村冷库建设项目(二期)施工
2.2 建设地点:某县某村
"""


def test_a_lot_name_gives_way_to_the_project_the_template_names():
    assert _fields(WORKS_TENDER)["project_name"] == "某县某村冷库建设项目(二期)"


def test_a_lot_name_names_the_project_when_nothing_else_does():
    page = WORKS_TENDER.replace(
        "本招标项目某县某村冷库建设项目(二期)(项目名称)已由某县行政审批局(项目审批、核准或备案机关名称)以 某审批备〔2025〕1号(批文名称及编号)批准建设,",
        "",
    )
    assert _fields(page)["project_name"] == "某县某村冷库建设项目(二期)施工"


# -- 宜昌's candidates notice: the opening sentence, a sideways list without ranks, no stray 落款 -------------

CANDIDATES = """<html><body>
<p><b>中标候选人公示</b></p>
<p><b>标段（包）编号：ABC010024-202502-01</b></p>
<p><b>一、招标概况</b></p>
<p>&nbsp;&nbsp;某市保障性住房建设项目工程监理于2024年03月02日在某市公共资源交易电子服务系统发布招标公告，2024年03月22日 10时00分在某市公共资源交易中心开标、评标,根据评标委员会提交的评标报告，现将中标候选人公示如下：</p>
<p><b>二、评标结果</b></p>
<table border=1>
<tr><td colspan=2>中标候选人名称</td><td>甲建设工程咨询有限公司</td><td>乙建设项目管理股份有限公司</td><td>丙建设监理有限责任公司</td></tr>
<tr><td colspan=2>投标报价(元/%)</td><td>512000.00</td><td>530500.00</td><td>498000.00</td></tr>
<tr><td colspan=2>质量目标</td><td>合格</td><td>合格</td><td>合格</td></tr>
</table>
<table border=1>
<tr><td>荣誉名称</td><td>颁发单位</td></tr>
<tr><td>守合同重信用企业</td><td>某省市场监督管理局</td></tr>
<tr><td>2023-11-20</td><td></td></tr>
</table>
<p>三、公示时间</p>
<p>公示期为2024年03月25日至2024年03月27日</p>
<p>1.招标人：某市建设投资有限公司</p>
<p>2.招标代理机构：某工程咨询有限公司</p>
</body></html>"""


def test_the_candidates_notice_opening_names_the_project_and_the_opening():
    f = extract(CANDIDATES.encode("utf-8")).fields
    assert f["project_name"] == "某市保障性住房建设项目工程监理"
    assert f["opening_time"] == "2024-03-22 10:00"


def test_a_sideways_list_without_ranks_is_read_in_order():
    f = extract(CANDIDATES.encode("utf-8")).fields
    assert [(c["rank"], c["name"], c["price"]) for c in f["candidates"]] == [
        (1, "甲建设工程咨询有限公司", 512000),
        (2, "乙建设项目管理股份有限公司", 530500),
        (3, "丙建设监理有限责任公司", 498000),
    ]


def test_a_sideways_row_of_other_words_is_no_list():
    page = CANDIDATES.replace("丙建设监理有限责任公司", "详见附件")
    assert "candidates" not in extract(page.encode("utf-8")).fields


def test_a_date_in_a_table_above_the_parties_is_no_signature_date():
    assert extract(CANDIDATES.encode("utf-8")).fields.get("publish_date") != "2023-11-20"


def test_a_signature_date_under_the_signer_still_counts():
    page = "某县某项目中标结果公告\n中标人:某某建设有限公司\n联系人:张工\n某县住房和城乡建设局\n2025-06-20\n"
    assert _fields(page)["publish_date"] == "2025-06-20"


# -- the national works template filled in with its blanks' captions kept ------------------------------

FILLED_FORM = """某县某镇冷库建设项目施工招标公告
E3200000000000000001(标段编号)
1.招标条件
本招标项目某县某镇冷库建设项目(项目名称)已由某县行政审批局(项目审批、核准或备案机关名称)以某审批备〔2025〕9号(批文名称及编号)批准建设,招标人为某县某镇人民政府,项目已具备招标条件。
某某工程项目管理有限公司(招标代理机构名称)受招标人的委托具体负责本工程的施工招标事宜。
"""


def test_a_filled_in_form_keeps_captions_out_of_its_values():
    f = _fields(FILLED_FORM)
    assert f["project_name"] == "某县某镇冷库建设项目"
    assert f["project_number"] == "E3200000000000000001"
    assert f["agency"] == "某某工程项目管理有限公司"
    assert f["purchaser"] == "某县某镇人民政府"


def test_a_traditional_copy_with_pinyin_notes_names_its_agency_and_a_university_owner():
    page = (
        "某大學新校區(qū)建設(shè)項目施工招標公告\n"
        "本招標項目某大學新校區(qū)建設(shè)項目已由某省發(fā)展和改革委員會批准建設(shè),招標人為某某大學,項目已具備招標條件。\n"
        "某某建設(shè)項目管理有限公司受招標人委托負責本工程的招標事宜。\n"
    )
    f = _fields(page)
    assert f["agency"] == "某某建設(shè)項目管理有限公司"
    assert f["purchaser"] == "某某大學"


def test_a_code_line_without_a_caption_is_not_read_as_the_number():
    page = FILLED_FORM.replace("E3200000000000000001(标段编号)", "E3200000000000000001(附件)")
    assert _fields(page).get("project_number") != "E3200000000000000001"


# -- the 2020 national result template as some platforms print it ---------------------------------------

NATIONAL_RESULT = """某医院检验外送服务项目中标结果公告
一、项目编号（或招标编号、政府采购计划编号、采购计划备案文号等，如有）：
440000-202009-ab001-0001
二、项目名称：某医院检验外送服务项目
三、中标（成交）信息
1：供应商名称某某医学检验中心有限公司 ；供应商地址某市某区某路80号 ；中标（成交）金额 880000；备注服务期：2年 。
"""


def test_a_label_with_its_alternatives_in_a_long_note_is_read():
    assert _fields(NATIONAL_RESULT)["project_number"] == "440000-202009-ab001-0001"


def test_a_line_of_items_without_colons_gives_the_winner_and_the_amount():
    f = _fields(NATIONAL_RESULT)
    assert f["winner"] == ["某某医学检验中心有限公司"]
    assert f["amount"] == 880000


def test_a_sentence_with_semicolons_is_not_split_into_items():
    page = NATIONAL_RESULT.replace(
        "1：供应商名称某某医学检验中心有限公司 ；供应商地址某市某区某路80号 ；中标（成交）金额 880000；备注服务期：2年 。",
        "评审委员会认为供应商资格均符合要求；价格分按规定计算；中标金额以合同为准。",
    )
    f = _fields(page)
    assert "winner" not in f and "amount" not in f


# -- a land table one cell a line, header and value cells wrapped ---------------------------------------

WRAPPED_CELLS = """某县国有建设用地使用权公开出让公告
一、出让宗地基本情况和规划指标要求
宗地
编号
宗地位置
出让
面积
土地
用途
容积率
出让
年限
起始价
竞买
保证金
2025-07号
该宗地位于某县某镇河东片区,宗地四至为东临道路;西临空地。
5000.5
平方米
商业
用地
≤2.0
40年
300
万元
60
万元
约合
7.5
亩
注:详见出让文件
二、竞买人范围
"""


def test_wrapped_header_and_value_cells_are_rejoined():
    f = _fields(WRAPPED_CELLS)
    assert f["parcel_no"] == "2025-07号"
    assert f["location"] == "某县某镇河东片区"
    assert f["area_m2"] == 5000.5
    assert f["land_use"] == "商业用地"
    assert f["use_term_years"] == 40
    assert f["starting_price"] == 3000000


def test_a_header_row_over_a_data_row_short_of_one_cell_pairs_no_header_with_a_label():
    page = """某村集体经营性建设用地使用权挂牌出让公告
编号 | 土地位置 | 面积(平方米) | 土地用途 | 容积率 | 建筑密度 | 出让年限(年) | 起始价(万元) | ||||
甲字1号 | 某村 | 900 | 餐饮用地 | ≤1.2 | ≤40 | 40 | 32 | 3 | ||||
甲字2号 | 某街道 | 2000 | 仓储用地 | ≥1.0 | 50 | 49 | 3 | |||||
"""
    assert _fields(page).get("land_use") != "容积率"


# -- a mining sale's sentences --------------------------------------------------------------------------

MINING = """某县某镇某石灰岩采石场采矿权网上挂牌出让公告
根据有关法律法规规定,经县政府同意,某县国土资源局委托某县土地矿产资源储备交易中心对某县某镇某石灰岩采石场采矿权以网上挂牌方式出让。
一、基本情况
矿区位于某县某镇某村
本次出让起始价为叁拾壹万伍仟元整(¥315,000.00元),加价幅度每次为10000元。
"""


def test_a_starting_price_in_words_is_not_the_increment_after_it():
    assert _fields(MINING)["starting_price"] == 315000


def test_a_place_closing_its_own_line_and_the_principal_before_dui():
    f = _fields(MINING)
    assert f["location"] == "某县某镇某村"
    assert f["purchaser"] == "某县国土资源局"


def test_a_location_label_over_a_header_line_is_no_place():
    page = MINING.replace("矿区位于某县某镇某村", "矿区位于\n矿区面积")
    assert _fields(page).get("location") != "矿区面积"


def test_rows_printed_one_cell_a_line_without_a_break_are_split_at_their_row_numbers():
    page = """某区国有建设用地使用权挂牌出让公告
一、挂牌出让地块的基本情况和规划指标要求
序号 |
地块编号 |
土地位置 |
土地面积 |
土地用途 |
出让年限 |
起挂价(万元) |
|||
1 |
某储1号 |
某工业园区 |
16400.73 |
工业用地 |
50年 |
160 |
2 |
某储2号 |
某乡某村 |
4479.15 |
工业用地 |
50年 |
44 |
"""
    f = _fields(page)
    assert f["land_use"] == "工业用地"  # the same in both rows
    assert f["use_term_years"] == 50
    assert "starting_price" not in f  # one per lot


def test_a_figure_named_the_floor_after_it_is_the_starting_price():
    page = "某镇商铺招租公告\n本次招租在某网络平台上进行公开竞价活动,竞价以首年租金12.5万做为底价竞价,加价幅度为500元。\n"
    assert _fields(page)["starting_price"] == 125000


def test_a_buyers_own_opening_names_the_buyer_and_the_project():
    page = (
        "某某大學附屬醫院就2021年某某醫院標識調整項目(項目編號:ABC2021-049)進行單一來源采購。\n"
        "根據有關規定,采用單一來源方式采購。\n"
    )
    f = _fields(page)
    assert f["purchaser"] == "某某大學附屬醫院"
    assert f["project_name"] == "2021年某某醫院標識調整項目"


def test_an_agency_acting_for_a_buyer_is_not_the_buyer():
    page = "某某招标代理有限公司受某县教育局委托,就某县校车平台项目进行公开招标。\n"
    assert _fields(page).get("purchaser") != "某某招标代理有限公司受某县教育局委托,"


def test_numbered_items_styled_title_are_no_page_title():
    page = (
        '<html><body><div class="title">一、项目编号：</div><div>ABC-(2023)001号</div>'
        '<div class="title">二、项目名称：</div><div>某医院设备采购项目</div>'
        '<div class="title">三、中标（成交）信息</div><div>供应商名称：某某医疗器械有限公司</div></body></html>'
    )
    title = extract(page.encode("utf-8")).fields.get("title", "")
    assert not title.startswith(("一、", "三、"))


EMISSION_NEWS = (
    "3月2日,某某環(huán)保科技有限公司以協(xié)議轉(zhuǎn)讓方式成功購(gòu)買(mǎi)某某水泥有限公司"
    "化學需氧量排污權(quán),期限3年,成交總金額35.6萬(wàn)元。\n"
)


def test_an_emission_news_item_gives_its_total_through_pinyin_notes_and_its_seller():
    rec = extract(EMISSION_NEWS.encode("utf-8"), hint={"notice_type": "emission.deal_result"})
    assert rec.fields["amount"] == 356000
    assert rec.fields["purchaser"] == "某某水泥有限公司"


CORRECTION = """某设备采购更正公告
七、现对公开招标文件部分内容做出如下更改：1、原公开招标文件中“投标截止时间和地点”为：应于2019年3月5日9时00分前递交。 2、现更正公开招标文件中“投标截止时间和地点”为：应于2019年3月6日14时30分前递交。 3、原公开招标文件中“开标时间及地点”为：本次招标将于2019年3月5日9时00分在某市交易中心开标。 4、现更正公开招标文件中“开标时间及地点”为：本次招标将于2019年3月6日14时30分在某市交易中心开标。
"""


def test_a_correction_gives_the_corrected_deadline_and_opening_not_the_withdrawn_ones():
    rec = extract(CORRECTION.encode("utf-8"), hint={"notice_type": "procurement.correction"})
    assert rec.fields["bid_deadline"] == "2019-03-06 14:30"
    assert rec.fields["opening_time"] == "2019-03-06 14:30"


def test_a_halted_works_tender_tells_when_it_opened():
    page = (
        "关于某村小学新建综合楼项目招标异常的公告\n"
        "某村小学新建综合楼项目于2022年4月28日09时00分在某市公共资源交易中心开标,经相关部门调查核实,现终止本次招标。\n"
    )
    rec = extract(page.encode("utf-8"), hint={"notice_type": "construction.termination"})
    assert rec.fields["opening_time"] == "2022-04-28 09:00"


def test_a_termination_is_signed_by_its_buyer():
    # a tender's end is signed like the tender itself: the buyer at the foot, then the date
    page = (
        "某某中学食堂设备采购项目终止公告\n"
        "一、项目名称：某某中学食堂设备采购项目\n"
        "二、终止原因：因采购需求发生变化，本项目终止。\n"
        "某某市第九中学\n"
        "2030年3月2日\n"
    )
    rec = extract(page.encode("utf-8"))
    assert rec.notice_type == "procurement.termination"
    assert rec.fields.get("purchaser") == "某某市第九中学"
