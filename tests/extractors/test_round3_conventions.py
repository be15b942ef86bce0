"""Reading rules added in issue 12's third round, one convention each, on made-up pages.

Each test states the convention in a small page written for it (names, numbers and dates invented)
and asserts what is read — and, where the rule could overreach, what is not.
"""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.classify import classify
from extractors.normalize import money, parse_date
from extractors.readers import publish_line_date
from extractors.record import Record


def _rec(html: str) -> Record:
    return extract(html.encode("utf-8"))


def test_an_app_header_bar_is_not_part_of_the_title() -> None:
    page = (
        "<div><p class='titleName'>详细信息</p></div><div><p class='titleT'>某学院某设备采购成交公告</p></div>"
        "<p>1、采购项目名称：某学院某设备采购</p><p>2、成交供应商名称：某某科技有限公司</p>"
    )
    assert _rec(page).fields["title"] == "某学院某设备采购成交公告"


def test_a_figure_date_under_the_signer_is_the_signature_date() -> None:
    page = (
        "<p>某学院某服装采购成交公告</p><p>1、采购项目名称：某学院某服装采购</p>"
        "<p>成交供应商名称：某服装厂</p><p>某某职业技术学院后勤处</p><p>2019-7-5</p>"
    )
    assert _rec(page).fields["publish_date"] == "2019-07-05"


def test_a_figure_date_alone_after_a_sentence_is_no_signature() -> None:
    # a bare figure date under a sentence, not under a signing body, is not read as the 落款
    lines = ["成交供应商名称：某服装厂", "质疑请在七个工作日内提出。", "2019-7-5"]
    assert publish_line_date(lines) is None
    assert publish_line_date([*lines[:2], "某某职业技术学院后勤处", "2019-7-5"]) == (
        "2019-07-05",
        "2019-7-5",
        3,
    )


@pytest.mark.parametrize(
    "label", ["竞争性磋商小组成员名单", "谈判小组成员名单", "询价小组成员", "磋商小组成员"]
)
def test_the_evaluators_of_the_non_tender_methods_are_the_experts(label: str) -> None:
    page = (
        "<p>某学院某服装采购成交公告</p><p>1、采购项目名称：某学院某服装采购</p>"
        f"<p>成交供应商名称：某服装厂</p><p>5、{label}：张一; 李二;王三;</p>"
    )
    assert _rec(page).fields["experts"] == ["张一", "李二", "王三"]


def test_a_heading_over_the_members_gives_the_experts() -> None:
    page = (
        "<p>某学院某服装采购成交公告</p><p>1、采购项目名称：某学院某服装采购</p>"
        "<p>成交供应商名称：某服装厂</p><p>5、竞争性磋商小组成员名单</p><p>张一; 李二;王三;</p>"
        "<p>6、保证金退还时间：未成交供应商应在成交通知书发出之日起5个工作日内办理。</p>"
    )
    assert _rec(page).fields["experts"] == ["张一", "李二", "王三"]


@pytest.mark.parametrize("opening", ["磋商会议时间", "开标时间"])
def test_a_deadline_and_meeting_label_states_both_times(opening: str) -> None:
    page = (
        "<p>某学院工作服采购的采购公告</p><p>采购人：某某职业技术学院</p>"
        f"<p>递交响应文件截止时间及{opening}： 2019 年 7 月16日北京时间 13:30 时</p>"
    )
    fields = _rec(page).fields
    assert fields["bid_deadline"] == fields["opening_time"] == "2019-07-16 13:30"


def test_the_template_opening_names_the_project_and_the_agency() -> None:
    page = (
        "<p>某某咨询有限公司受某某职业技术学院委托，对某学院宿舍改造工程（项目编号：AB20190001）"
        "在中华人民共和国境内进行竞争性磋商采购，现欢迎合格的供应商参加本次政府采购活动。</p>"
        "<p>二、项目预算</p><p>预算金额：人民币100,000.00元。</p>"
    )
    rec = _rec(page)
    assert rec.fields["project_name"] == "某学院宿舍改造工程"
    assert rec.fields["purchaser"] == "某某职业技术学院"
    assert rec.notice_type == "procurement.tender"


def test_an_unnamed_principal_still_makes_the_issuer_the_agency() -> None:
    page = (
        "<p>某某招标有限公司受委托对下列政府采购项目进行公开招标：</p><p>1．招标文件编号：AB2015128</p>"
        "<p>8．投标截止时间：2015年10月22日上午09：30（北京时间）</p>"
    )
    assert _rec(page).fields["agency"] == "某某招标有限公司"


def test_a_buyer_running_its_own_purchase_is_the_purchaser() -> None:
    page = (
        "<p>某学院财务模块升级项目采购成交公告</p>"
        "<p>某某职业技术学院对财务模块升级项目进行了竞争性磋商，现将结果公告如下：</p>"
        "<p>2、采购项目名称：某学院财务模块升级</p><p>成交供应商名称：某某科技有限公司</p>"
    )
    assert _rec(page).fields["purchaser"] == "某某职业技术学院"


def test_an_agency_running_a_purchase_is_not_the_purchaser() -> None:
    page = (
        "<p>某学院财务模块升级项目采购成交公告</p>"
        "<p>某某招标中心对财务模块升级项目进行了竞争性磋商，现将结果公告如下：</p>"
        "<p>成交供应商名称：某某科技有限公司</p>"
    )
    assert "purchaser" not in _rec(page).fields


def test_goods_tendered_in_works_wording_are_a_procurement() -> None:
    body = (
        "1、本招标项目某市医院医疗设备采购项目已由上级主管部门批准招标，按招标人委托，现决定对该项目进行国内公开招标，"
        "诚邀合格供应商前来投标。\n2、项目名称：某市医院医疗设备采购项目；\n供货期：合同签订后60日历天内；\n"
        "8、招标响应文件提交截止时间为2015年9月15日9时30分整\n招标人：某市医院"
    )
    assert classify("", body.split("\n")[:3], body) == ("procurement", "procurement.tender")


def test_a_works_tender_stays_construction() -> None:
    body = (
        "本招标项目某道路工程已由某局批准建设，现对该项目施工进行公开招标。\n计划工期：60日历天\n"
        "设备采购由招标人另行组织。\n投标截止时间：2015年9月15日9时30分\n招标人：某县交通局"
    )
    assert classify("", [], body)[0] == "construction"


def test_a_sentence_among_the_first_lines_is_no_type_heading() -> None:
    # '批准' and '决定' in the opening sentence are the project's history, not the notice's kind
    body = (
        "1、本招标项目某道路工程已由某县发改局批准建设，项目业主为某县交通局，现决定对该项目施工进行公开招标，诚邀合格的投标人前来投标。\n"
        "2、招标人：某县交通局\n计划工期：60日历天\n投标截止时间：2015年9月15日9时30分"
    )
    assert classify("", body.split("\n")[:2], body) == ("construction", "construction.tender")


def test_the_tender_templates_invitation_types_a_page_without_heading() -> None:
    body = (
        "某代理有限公司受某县医院的委托，对某县医院医疗设备采购项目(项目编号：AB2016017号)进行公开招标，"
        "邀请具有完成本项目能力的供应商参加。\n采购人：某县医院"
    )
    assert classify("", [], body) == ("procurement", "procurement.tender")


def test_an_exchange_disclosure_is_a_property_transfer_notice() -> None:
    body = (
        "转让方承诺\n我方拟转让所持有标的企业产权,并通过某平台公开披露产权转让信息和组织交易活动,并获得相应批准;\n"
        "标的基本情况\n标的企业名称 某某工程咨询有限公司 经营范围 工程造价咨询业务;建设工程"
    )
    assert classify("", body.split("\n")[:3], body) == ("property", "property.transfer_notice")


def test_a_phone_glued_to_a_fax_label_keeps_its_digits() -> None:
    page = (
        "<p>某县体育馆维修采购项目招标公告</p><p>采购人：某县体育局</p>"
        "<p>联系电话：0595-22518425传真: 0595-22518429</p>"
    )
    assert _rec(page).fields["contact_phone"] == "0595-22518425"


def test_a_heading_naming_the_times_reads_the_sentence_below_it() -> None:
    page = (
        "<p>某市某系统建设项目公开招标公告</p><p>一、项目名称：某市某系统建设项目</p><p>采购人：某市某办公室</p>"
        "<p>九、投标截止时间、开标时间及地点：</p>"
        "<p>兹定于2018年04月13日09：00时（北京时间）在某市公共资源交易中心四楼开标大厅公开开标。</p>"
    )
    fields = _rec(page).fields
    assert fields["bid_deadline"] == fields["opening_time"] == "2018-04-13 09:00"


def test_a_time_line_under_an_opening_heading_is_the_opening_time() -> None:
    page = (
        "<p>某市医院设备购置项目招标公告</p><p>采购人：某市医院</p>"
        "<p>八、开标时间及地点：</p><p>时间：2015 年 9 月 8 日上午9：30 (北京时间)。</p><p>地点：某市行政服务中心</p>"
    )
    assert _rec(page).fields["opening_time"] == "2015-09-08 09:30"


def test_a_time_window_under_a_times_heading_reads_nothing() -> None:
    page = (
        "<p>某市医院设备购置项目招标公告</p><p>采购人：某市医院</p>"
        "<p>八、开标时间及地点</p><p>2015年9月8日9:30至2015年9月9日9:30分两批进行。</p>"
    )
    assert "opening_time" not in _rec(page).fields


def test_a_budget_ceiling_is_the_budget() -> None:
    page = "<p>某市某系统建设项目公开招标公告</p><p>采购人：某市某办公室</p><p>三、预算上限：1541000元</p>"
    assert _rec(page).fields["budget"] == 1541000


def test_digits_grouped_by_wan() -> None:
    assert money("人民币250,0000.00元") == 2500000
    assert money("人民币1,541,000元") == 1541000


def test_a_codes_counting_hao_is_dropped_but_a_document_number_keeps_it() -> None:
    page = "<p>某县医院设备采购项目招标公告</p><p>采购人：某县医院</p><p>项目编号：MJZ2016017号</p>"
    assert _rec(page).fields["project_number"] == "MJZ2016017"
    page = (
        "<p>某县医院设备采购项目招标公告</p><p>采购人：某县医院</p><p>项目编号：某财采计【2018】000064号</p>"
    )
    assert _rec(page).fields["project_number"] == "某财采计【2018】000064号"


def test_a_delivery_deadline_worded_songjiao() -> None:
    page = (
        "<p>某县某工程施工招标公告</p><p>招标人：某县旅游局</p>"
        "<p>5、投标文件送交的截止时间为2010年11月30日9：30时，投标文件必须在上述时间前送交。</p>"
    )
    assert _rec(page).fields["bid_deadline"] == "2010-11-30 09:30"


def test_a_typed_signature_date_with_letter_o_zeros() -> None:
    assert parse_date("二Ｏ一Ｏ年十一月五日") == "2010-11-05"


def test_a_deposit_accounts_phone_is_not_the_owners() -> None:
    page = (
        "<p>某县某工程施工招标公告</p><p>投标人须交投标保证金。</p>"
        "<p>投标保证金汇入的户名：某县公共资源交易中心保证金专户</p><p>开户银行：某银行营业部</p>"
        "<p>电话：0577-68708516</p>"
    )
    assert "contact_phone" not in _rec(page).fields


def test_a_repost_is_titled_by_the_notice_it_quotes() -> None:
    text = (
        "行业资讯\n\n某县年产300万吨砂石矿权出让 优先供应铁路!\n\n发布日期:2021-01-28\n\n"
        "1月18日,某省自然资源厅发布了《某县某村建筑石料矿网上挂牌出让公告》,详细内容如下:\n\n"
        "采矿权名称:某县某村建筑石料矿\n\n矿区面积:约0.23平方千米\n"
    )
    assert extract(text.encode("utf-8")).fields["title"] == "某县某村建筑石料矿网上挂牌出让公告"


def test_a_heading_that_names_its_notice_is_kept_over_a_quote() -> None:
    text = (
        "某县建筑石料矿采矿权挂牌出让公告\n\n根据《某省矿业权出让管理办法公告》规定,现将有关事项公告如下:\n\n"
        "采矿权名称:某县某村建筑石料矿\n\n矿区面积:约0.23平方千米\n"
    )
    assert extract(text.encode("utf-8")).fields["title"] == "某县建筑石料矿采矿权挂牌出让公告"


# a page store's rendering of a parcel table: each row opened by '| first cell |', one cell per line
# after it, closed by a line of pipes; the 规划指标要求 group's sub-headers printed as a second row
_PARCEL_TABLE = """某市国有建设用地使用权拍卖出让公告
某市自然资源局决定以拍卖方式出让A-1地块国有建设用地使用权,现将有关事项公告如下:
一、出让地块情况及各类指标要求
| 序号 |
地块 编号 |
土地位置 |
出让 面积(㎡) |
土地用途 |
规划指标要求 |
出让年限(年) |
出让起始价(万元) |
竞买保证金 (万元) |
||||
| 容积率 |
建筑密度(%) |
绿地率(%) |
||||||
| 1 |
某市A-1地块 |
某街道某村 |
9166 |
二类城镇住宅用地 |
>1.0且≤2.1 |
≤50 |
≥25 |
住宅用地70年、商业用地40年 |
3076万元(其中住宅部分2525万元) |
620 |
| 备注 |
其他建设要求详见出让文本。 |
|||||||||
二、竞买对象
"""


def test_a_rendered_two_level_parcel_table_is_read_by_column() -> None:
    fields = extract(_PARCEL_TABLE.encode("utf-8")).fields
    assert fields["parcel_no"] == "某市A-1地块"
    assert fields["location"] == "某街道某村"
    assert fields["area_m2"] == 9166
    assert fields["land_use"] == "二类城镇住宅用地"
    assert fields["starting_price"] == 30760000  # the cell's first sum, in the header's 万元
    assert "use_term_years" not in fields  # two terms in one cell: no one term for the sale


def test_a_title_printed_twice_is_the_title() -> None:
    text = (
        "某某置业有限公司100%股权\n某某置业有限公司100%股权\n一、转让申请与承诺\n"
        "我方拟转让持有标的企业产权,并通过某产权交易所公开披露产权转让信息和组织交易活动。\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.notice_type == "property.transfer_notice"
    assert rec.fields["title"] == "某某置业有限公司100%股权"


def test_the_end_of_a_submission_window_is_the_deadline() -> None:
    page = (
        "<p>某县医院设备采购项目招标公告</p><p>采购人：某县医院</p><p>五、投标文件的递交</p>"
        "<p>响应文件必须在2016年3月18日下午2:30～4:00 (北京时间)之间送到某县公共资源交易中心。</p>"
    )
    assert _rec(page).fields["bid_deadline"] == "2016-03-18 16:00"


def test_a_sale_window_is_no_bid_deadline() -> None:
    page = (
        "<p>某县医院设备采购项目招标公告</p><p>采购人：某县医院</p>"
        "<p>招标文件在2016年3月1日上午9:00～11:00之间发售。</p>"
    )
    assert "bid_deadline" not in _rec(page).fields


def test_the_members_under_a_judges_label_with_a_role_note() -> None:
    page = (
        "<p>某县某技术服务采购项目成交公告</p><p>1.采购项目名称：某县某技术服务</p><p>成交供应商名称：某规划院</p>"
        "<p>三、评委小组成员名单：</p><p>张一（组长）、李二、王三、赵四（采购人代表：赵四）。</p>"
    )
    assert _rec(page).fields["experts"] == ["张一", "李二", "王三", "赵四"]


def test_the_works_templates_condition_sentence_names_the_project() -> None:
    page = (
        "<p>某水库工程项目-质量检测二次招标公告</p><p>1.招标条件</p>"
        "<p>某水库工程项目-质量检测二次招标公告已经某省水利厅以“某水发规字【2014】51号”批准建设，"
        "项目法人和招标人为某水库建设管理局，建设资金已经落实，项目已具备招标条件。</p>"
    )
    assert _rec(page).fields["project_name"] == "某水库工程项目-质量检测"


def test_a_long_heading_without_sentence_marks_still_types_the_page() -> None:
    head = "某市临港经济开发区某水库工程项目-工程质量检测及科学研究试验二次招标公告-检测标,其他标招标公告"
    body = f"{head}\n招标人：某水库建设管理局\n计划工期：90日历天"
    assert classify("", [head], body)[1] == "construction.tender"


def test_a_three_column_lot_table_rendered_one_cell_per_line() -> None:
    text = (
        "某学院运动服采购成交公告\n1、采购项目名称：某学院运动服采购\n4、成交结果：\n"
        "包号\n成交供应商名称\n成交金额(元)\n001\n某市某服装厂\n269100.00\n"
        "5、竞争性磋商小组成员名单：\n张一; 李二;王三;\n"
    )
    fields = extract(text.encode("utf-8")).fields
    assert fields["winner"] == ["某市某服装厂"]
    assert fields["amount"] == 269100


def test_a_panel_tables_column_headers_are_no_experts() -> None:
    from extractors.normalize import split_people

    assert split_people("职务、姓名、产生方式、参与过程") == []
    assert split_people("组长、刘一、成员、傅二") == ["刘一", "傅二"]


def test_a_long_column_header_is_no_winner() -> None:
    from extractors.trim import header_word

    assert header_word("中标供应商联系地址")
    assert not header_word("某某建筑设计院有限公司")


def test_a_row_number_is_never_a_winner() -> None:
    page = (
        "<p>某项目中标公告</p><table><tr><td>中标供应商名称</td><td>中标金额(万元)</td></tr>"
        "<tr><td>1</td><td>12.5</td></tr><tr><td>2</td><td>13.5</td></tr></table>"
    )
    assert "winner" not in _rec(page).fields


def test_a_titles_wrapped_last_line_is_not_a_label_and_value() -> None:
    text = (
        "某县城乡建设用地增减挂钩技术服务\n采购项目成交公告\n"
        "受某县国土资源局的委托，某项目管理有限公司对某县技术服务采购项目进行公开招标，现将采购结果公告如下：\n"
        "1.采购项目名称：某县城乡建设用地增减挂钩技术服务\n采购人：某县国土资源局\n"
    )
    fields = extract(text.encode("utf-8")).fields
    assert fields["project_name"] == "某县城乡建设用地增减挂钩技术服务"
    assert fields["title"] == "某县城乡建设用地增减挂钩技术服务采购项目成交公告"


def test_a_ranked_list_one_cell_per_line_is_cut_into_rows_by_its_cell_kinds() -> None:
    text = (
        "某县技术服务采购项目成交公告\n1.采购项目名称：某县技术服务\n二、中标结果\n"
        "中标候选人名称\n投标总报价\n评标总得分\n推荐排名\n"
        "某省规划院\n4296000.00\n91.40\n第一中标候选人\n"
        "某省测绘院\n4310400.00\n46.67\n第二中标候选人\n"
        "三、评委小组成员名单：\n张一、李二、王三\n"
    )
    fields = extract(text.encode("utf-8")).fields
    assert fields["winner"] == ["某省规划院"]
    assert fields["amount"] == 4296000


def test_one_row_of_mixed_cells_stays_one_row() -> None:
    text = (
        "某市国有建设用地使用权挂牌出让结果公布\n一、地块基本情况：\n"
        "地块编号\n土地面积(平方米)\n土地用途\n出让年限\n(年)\n成交价\n(万元)\n受让单位\n"
        "某市A-14b地块\n17960.29\n城镇住宅用地\n住宅70年，商业40年\n43000\n某某发展有限公司\n"
        "二、该宗地块已签订成交确认书。\n"
    )
    fields = extract(text.encode("utf-8")).fields
    assert fields["parcel_no"] == "某市A-14b地块"
    assert fields["winner"] == ["某某发展有限公司"]


def test_a_filled_in_template_heading_names_the_project_in_its_brackets() -> None:
    def name(title: str) -> str | None:
        page = (
            f"<h1>{title}</h1><p>招标编号：AB2018-001</p><p>评标工作已经结束，现就中标候选人公示如下：</p>"
            "<p>第一名：某设计院有限公司</p><p>招标人:某建设指挥部</p>"
        )
        return _rec(page).fields.get("project_name")

    assert name("（某线数字移动通信系统（GSM-R）改造工程勘察设计）中标候选人公示") == (
        "某线数字移动通信系统（GSM-R）改造工程勘察设计"
    )
    assert name("（二次）某线改造工程中标候选人公示") != "二次"  # a note before the name, not the name


def test_a_labelled_date_as_the_last_line_is_the_signature_date() -> None:
    lines = ["1.招标人:某局", "联系电话:0416-2553527", "日期：2018年4月8日"]
    assert publish_line_date(lines) == ("2018-04-08", "2018年4月8日", 2)
    # the same label higher up is an item's date, not the 落款
    assert publish_line_date(["日期：2018年4月8日", "地点：某市某中心", "联系电话:0416-2553527"]) is None


@pytest.mark.parametrize("row_numbers", [False, True])
def test_a_transposed_candidate_list_printed_one_cell_per_line(row_numbers: bool) -> None:
    n1, n2 = ("1\n", "2\n") if row_numbers else ("", "")
    text = (
        "中标候选人公示\n项目名称:某区某险工治理工程\n"
        f"投标人排序\n第一名\n第二名\n第三名\n{n1}中标候选人名称\n某甲建筑工程有限责任公司\n某乙水利建筑工程公司\n"
        f"某丙土木工程有限公司\n{n2}工期\n60日历天\n60日历天\n60日历天\n招标人：某区某管理处\n2018年4月26日\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.notice_type == "construction.candidates"
    assert [(c["rank"], c["name"]) for c in rec.fields["candidates"]] == [
        (1, "某甲建筑工程有限责任公司"),
        (2, "某乙水利建筑工程公司"),
        (3, "某丙土木工程有限公司"),
    ]


def test_ranks_alone_make_no_table() -> None:
    text = "中标候选人公示\n推荐顺序\n第一名\n第二名\n招标人：某区某管理处\n"
    assert "candidates" not in extract(text.encode("utf-8")).fields


def test_a_lot_table_printed_one_cell_per_line_gives_the_buyer() -> None:
    text = (
        "某招标有限公司受委托对下列政府采购项目进行公开招标：\n1．招标文件编号：AB2015128\n2．招标项目内容：\n"
        "合同包\n货物名称\n采购单位\n1\n医疗设备\n某市中医院\n"
        "8．投标截止时间：2015年10月22日上午09：30（北京时间）\n"
    )
    assert extract(text.encode("utf-8")).fields["purchaser"] == "某市中医院"
