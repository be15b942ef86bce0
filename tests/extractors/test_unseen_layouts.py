"""Layouts met on pages the extractors were not built on (issue 12, second round): report sheets with
sub-grids, rowspans and two-level headers, bare parcel tables, text renderings that lost their grid,
reposts with the aggregator's own summary, and site chrome where a title or a place could be.

Each page here is made up for the test (real pages are never committed); each test also checks the
reading it must not make, so a reader that reads everything everywhere fails too.
"""

from __future__ import annotations

from extractors import extract

# --- report sheets: a table whose cells hold tables ------------------------------------------------

_SHEET = """<div id="TDContent"><table>
<tr><td>工程编码</td><td colspan="3">GC2021-001</td></tr>
<tr><td>工程名称</td><td colspan="3">某街道老旧小区改造工程</td></tr>
<tr><td>建设单位</td><td colspan="3">某县人民政府某街道办事处</td></tr>
<tr><td>中标单位</td><td colspan="3"><table>
  <tr><td>标段名称</td><td>中标单位</td><td>中标价</td></tr>
  <tr><td>施工</td><td>某某建设有限公司</td><td><table><tr><td>{price}</td><td>万元</td></tr></table></td></tr>
</table></td></tr>
<tr><td>公告开始时间</td><td colspan="3">2021年06月23日</td></tr>
</table></div>"""


def test_a_result_sheet_reads_its_sub_grid_and_its_value_unit_cells() -> None:
    rec = extract(("<h1>某街道老旧小区改造工程中标公示</h1>" + _SHEET.format(price="160.2646")).encode())
    assert rec.notice_type == "construction.result"
    assert rec.fields["project_number"] == "GC2021-001"
    assert rec.fields["purchaser"] == "某县人民政府某街道办事处"
    assert rec.fields["winner"] == ["某某建设有限公司"]
    assert rec.fields["amount"] == 1602646
    # the sub-grid's cell is no value of the sheet's 中标单位 row
    assert all("标段名称" not in w for w in rec.fields["winner"])


def test_a_blank_price_in_the_sub_grid_gives_no_amount() -> None:
    rec = extract(("<h1>某街道老旧小区改造工程中标公示</h1>" + _SHEET.format(price="")).encode())
    assert rec.fields["winner"] == ["某某建设有限公司"]
    assert "amount" not in rec.fields


# --- bare parcel tables ------------------------------------------------------------------------------

_ROWSPAN = """<table>
<tr><td>地块坐落</td><td>土地面积（㎡）</td><td>容积率</td><td>起始价（万元）</td><td>保证金（万元）</td></tr>
<tr><td>某小学南侧1号地块</td><td>4309</td><td>1.0</td><td rowspan="{n}">2630</td><td rowspan="3">1500</td></tr>
<tr><td>某小学南侧2号地块</td><td>4118</td><td>1.1</td>{cell}</tr>
<tr><td>某小学南侧3号地块</td><td>2893</td><td>1.0</td>{cell}</tr>
</table>"""


def test_one_price_printed_across_all_lots_is_the_notices_and_types_a_bare_table() -> None:
    rec = extract(_ROWSPAN.format(n=3, cell="").encode())
    assert rec.notice_type == "land.transfer_notice"  # no title: a starting price and a deposit
    assert rec.fields["starting_price"] == 26300000
    # areas and places differ by lot: stated but not one value → a gap for review, never 'missing'
    assert "area_m2" not in rec.fields
    assert rec.field_status("location") == "gap"


def test_prices_printed_lot_by_lot_are_no_notice_price() -> None:
    rec = extract(_ROWSPAN.format(n=1, cell="<td>2630</td>").encode())
    assert "starting_price" not in rec.fields


_DEAL = """<table>
<tr><td>地块编号</td><td>地块位置</td><td>土地面积(公顷)</td><td>土地用途</td><td>出让年限</td><td>成交价(万元)</td><td>受让单位</td></tr>
<tr><td>某区D-003-02号</td><td>某区某街东侧</td><td>0.3918</td><td>工业用地</td><td>50</td><td>176.31</td><td>某某工具有限公司</td></tr>
{rows}
</table>"""
_NOTES = (
    '<tr><td>土地使用条件：</td><td colspan="6">详见《建设用地规划条件书》</td></tr>'
    '<tr><td colspan="7">备注：</td></tr>'
)
_LOT2 = (
    "<tr><td>某区D-004号</td><td>某区某路西侧</td><td>0.5</td><td>工业用地</td><td>50</td>"
    "<td>63.3</td><td>某某物流有限公司</td></tr>"
)


def test_note_rows_under_a_one_lot_table_leave_it_one_lot() -> None:
    rec = extract(_DEAL.format(rows=_NOTES).encode())
    assert rec.notice_type == "land.deal_result"
    assert rec.fields["parcel_no"] == "某区D-003-02号"
    assert rec.fields["area_m2"] == 3918
    assert rec.fields["amount"] == 1763100
    assert rec.fields["winner"] == ["某某工具有限公司"]


def test_several_sold_lots_give_their_winners_but_no_summed_price() -> None:
    rec = extract(_DEAL.format(rows=_LOT2).encode())
    assert rec.fields["winner"] == ["某某工具有限公司", "某某物流有限公司"]
    assert rec.fields["use_term_years"] == 50
    assert "amount" not in rec.fields
    assert rec.field_status("amount") == "gap"


def test_a_two_level_header_names_the_columns_under_its_group() -> None:
    html = """<table>
<tr><td rowspan="2">编号</td><td rowspan="2">土地用途</td><td colspan="2">主要规划指标要求</td>
<td rowspan="2">使用年期（年）</td><td rowspan="2">起始价（万元）</td></tr>
<tr><td>容积率</td><td>建筑密度</td></tr>
<tr><td>A-1</td><td>商业用地</td><td>≤1.5</td><td>≤65%</td><td>40</td><td>550</td></tr>
<tr><td>A-2</td><td>公园绿地</td><td>≤0.1</td><td>≤10%</td><td>40</td><td>190</td></tr>
</table>"""
    rec = extract(html.encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.fields["use_term_years"] == 40
    assert "land_use" not in rec.fields  # neither lot's use, nor the group header
    assert "starting_price" not in rec.fields


# --- text renderings ---------------------------------------------------------------------------------


def test_channel_chrome_above_the_date_line_is_no_title() -> None:
    text = (
        "您当前的位置:电子交易/ 公告公示/ 自然要素项目/ 出让公告\n"
        "【出让公告】某排污出让告字[2025] 10号\n【信息时间:2025-03-27 12:00\n"
        "某某公共资源交易服务中心\n排污权出让公告\n"
        "根据有关规定,某市生态环境局委托交易中心以网上公开竞价交易方式出让排污权,现将有关事项公告如下:\n"
        "交易编号某排污(竞)[2025]-05号\n项目名称2025年政府储备排污权氮氧化物交易\n出让年限5年替代比例1:1\n"
        "起始价\n(元/吨)\n21000增价幅度\n(元/吨)\n500\n"
    )
    rec = extract(text.encode())
    assert rec.notice_type == "emission.transfer_notice"
    assert rec.fields["title"] == "排污权出让公告"  # not the issuer above it, not the channel tag
    assert "location" not in rec.fields  # '您当前的位置' is navigation
    assert rec.fields["project_number"] == "某排污(竞)[2025]-05号"
    assert rec.fields["project_name"] == "2025年政府储备排污权氮氧化物交易"
    assert rec.fields["use_term_years"] == 5
    assert "starting_price" not in rec.fields  # (元/吨): a unit price (round 15b, LABELLING 'unit prices')


def test_a_title_wrapped_over_two_lines_is_joined() -> None:
    text = (
        "某省某县小源坑瓷土矿普查\n探矿权挂牌出让公告\n某探出公告〔2026〕1号\n"
        "为促进矿产勘查开采,某局以挂牌方式出让某县小源坑瓷土矿普查探矿权。\n(五)起始价:13万元;\n"
    )
    rec = extract(text.encode())
    assert rec.fields["title"] == "某省某县小源坑瓷土矿普查探矿权挂牌出让公告"


def test_a_repost_summary_gives_the_page_title_and_date_only() -> None:
    text = (
        "项目基本情况\n编号 | 探采 | 矿种 | 交易状态 | 起始价(元) | 成交价(元) |\n---|---|---|---|---|---|\n"
        "G2500334 | 采 | 辉绿岩 | 已成交 | 519.00万 | 1379.00万 |\n详细内容\n有关事项公告如下:\n"
        "三、出让采矿权基本情况\n(一)项目名称:某矿区建筑用辉绿岩矿\n"
        "(七)出让起始价:依《某办法》(鄂财绩规〔2018〕6号)评估,起始价为人民币519万元,大写人民币伍佰壹拾玖万元整。\n"
        "四、出让方式\n本采矿权采取网上公开挂牌方式出让,报名时间另行公告。\n"
    )
    rec = extract(text.encode())
    assert rec.notice_type == "mining.transfer_notice"  # the summary's 成交价 does not make it a result
    assert "project_number" not in rec.fields  # the aggregator's 编号
    assert rec.fields["starting_price"] == 5190000  # not the 2018 of the document number
    assert rec.fields["project_name"] == "某矿区建筑用辉绿岩矿"


def test_a_table_printed_one_cell_per_line_is_read_as_its_row() -> None:
    text = (
        "某市自然资源和规划局国有建设用地使用权挂牌出让公告\n发布时间:2021-03-31 15:53\n"
        "一、挂牌出让地块的基本情况:\n地块名称\n地块位置\n出让面积\n  (平方米)\n土地用途\n容积率\n"
        "建筑\n  密度\n起始价\n  (万元)\n"
        "某镇某路东侧地块\n某镇,某路东侧\n34985.68\n商服、住宅用地\n2.50-2.60\n25%\n65000\n"
        "地块具体规划要求详见规划条件。\n"
    )
    rec = extract(text.encode())
    assert rec.fields["parcel_no"] == "某镇某路东侧地块"
    assert rec.fields["location"] == "某镇,某路东侧"
    assert rec.fields["area_m2"] == 34985.68
    assert rec.fields["land_use"] == "商服、住宅用地"
    assert rec.fields["starting_price"] == 650000000


def test_a_column_of_figures_under_one_label_is_no_single_value() -> None:
    text = (
        "某省排污权转让公告\n发布时间:2017/02/21\n标的名称和数量\nCOD\nSO2\n"
        "挂牌价格(元/吨)\n8790\n3990\n公告日期\n2017/2/21\n"
    )
    rec = extract(text.encode())
    assert rec.notice_type == "emission.transfer_notice"
    assert "starting_price" not in rec.fields


# --- tendering pages ------------------------------------------------------------------------------------


def test_a_bid_opening_of_a_housing_project_is_a_bid_opening() -> None:
    html = (
        "<p><b>某县某小区安居工程给水设备采购及安装开标记录表</b></p><p>开标时间：2021-05-19 09:30:00</p>"
        "<table><tr><td>序号</td><td>投标人名称</td><td>投标报价(元)</td><td>工期（日历天）</td><td>项目经理</td></tr>"
        "<tr><td>1</td><td>某某设备有限公司</td><td>955000</td><td>60</td><td>/</td></tr>"
        "<tr><td>2</td><td>某某科技有限公司</td><td>1020800</td><td>60</td><td>/</td></tr></table>"
    )
    rec = extract(html.encode())
    assert rec.notice_type == "construction.bid_opening"
    assert [c["name"] for c in rec.fields["candidates"]] == ["某某设备有限公司", "某某科技有限公司"]


def test_a_phone_marked_as_the_agencys_is_no_owner_contact() -> None:
    base = (
        "<h1>某村便民服务中心改造工程招标公告</h1><p>招标序号：LY-2021-007</p>"
        "<p>某村便民服务中心改造工程已经有关部门批准建设。项目业主为某村股份经济合作社。</p>"
        "<p>7、投标文件上传截止时间及开标时间： 2021年 4 月 26 日 16:00 时。</p>"
        "<p>联系人：叶工联系电话：0570-7018388{note}</p>"
    )
    marked = extract(base.format(note="(代理机构)").encode())
    assert marked.fields["project_number"] == "LY-2021-007"
    assert marked.fields["project_name"] == "某村便民服务中心改造工程"
    assert marked.fields["bid_deadline"] == marked.fields["opening_time"] == "2021-04-26 16:00"
    assert "contact_phone" not in marked.fields
    plain = extract(base.format(note="").encode())
    assert plain.fields["contact_phone"] == "0570-7018388"


def test_site_numbers_and_trails_are_no_fields() -> None:
    html = (
        "<div>当前位置：首页 > 信息公开 > 土地</div>"
        "<div>某政储出【2017】14号国有建设用地使用权挂牌出让公告</div><div>发布时间：2017-08-02</div>"
        "<p>经某市人民政府批准，某市国土资源局某分局对下列地块采用挂牌方式出让。</p>"
        "<p>项目编号：浙ICP备05000021号</p><p>土地用途：工业用地</p>"
    )
    rec = extract(html.encode())
    assert rec.fields["title"] == "某政储出【2017】14号国有建设用地使用权挂牌出让公告"
    assert rec.fields["purchaser"] == "某市国土资源局某分局"
    assert "project_number" not in rec.fields
    assert "location" not in rec.fields and rec.field_status("location") == "missing"


def test_a_one_cell_per_line_table_out_of_line_reads_no_price() -> None:
    text = (
        "某县国有建设用地使用权拍卖出让公告\n发布时间:2025-07-01\n"
        "地块位置\n起始价\n(万元)\n容积率\n绿地率\n"
        "某开发区B031-4地块\n{price}\n35%\n≤20%\n备注详见规划条件。\n"
    )
    assert "starting_price" not in extract(text.format(price="≥1.5").encode()).fields
    assert extract(text.format(price="265.74").encode()).fields["starting_price"] == 2657400


def test_a_one_cell_per_line_table_with_a_group_header_and_several_rows() -> None:
    text = (
        "某市国土资源局国有建设用地使用权拍卖出让公告\n信息发布时间:2019-01-04\n"
        "一、出让地块的基本情况和规划指标要求\n"
        "编号\n土地位置\n土地面积\n(㎡)\n土地用途\n主要规划指标要求\n出让年限(年)\n起始价(万元)\n"
        "容积率\n建筑密度\n绿地率\n"
        "某集网字[2019]1号\n某园区纬三路以南D-6-2地块\n91048\n工业用地\n≥0.6\n≥30%\n≥15%\n50\n3414.3\n"
        "某集网字[2019]2号\n某园区纬三路以南D-6-1地块\n33686\n工业用地\n≥0.7\n≥30%\n≥15%\n{term}\n1263.23\n"
        "二、竞买申请人应具备的条件。\n"
    )
    same = extract(text.format(term="50").encode())
    assert same.fields["use_term_years"] == 50  # every row's 出让年限, once the group's columns are placed
    assert same.fields["land_use"] == "工业用地"
    assert "starting_price" not in same.fields and "area_m2" not in same.fields  # per lot
    assert "use_term_years" not in extract(text.format(term="40").encode()).fields


def test_a_winner_list_printed_one_cell_per_line_is_read_as_its_rows() -> None:
    text = (
        "某市某项目中标结果公告\n发布时间:2021-06-30\n七、预中标结果：\n"
        "序号\n预中标单位\n投标报价（万元）\n综合得分\n"
        "1\n某某建设有限公司\n{price}\n79.18\n八、其它事项：无\n"
    )
    rec = extract(text.format(price="59.7618").encode())
    assert rec.fields["winner"] == ["某某建设有限公司"]
    assert rec.fields["amount"] == 597618
    # a header under the winner label is never the winner
    bad = extract(text.format(price="≥59").encode())
    assert bad.fields.get("winner") != ["投标报价（万元）"]
    assert "amount" not in bad.fields


def test_an_empty_note_column_prints_no_cell_in_any_row() -> None:
    text = (
        "编号\n地块位置\n出让面积（㎡）\n用途\n出让年限（年）\n受让人\n成交价格（万元）\n备注\n"
        "某集储（2016）22号\n某路以东A-4\n8161\n工业用地\n50年\n某某锂电科技有限公司\n306.04\n"
        "某集储（2016）23号\n某路以东C-1-12地块\n1688\n工业仓储用地\n50年\n某某物流有限公司\n63.30\n"
    )
    rec = extract(text.encode())
    assert rec.notice_type == "land.deal_result"
    assert rec.fields["winner"] == ["某某锂电科技有限公司", "某某物流有限公司"]
    assert rec.fields["use_term_years"] == 50
    assert "amount" not in rec.fields
