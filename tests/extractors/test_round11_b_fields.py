"""Reading conventions added in issue 12, round 11b (docs/extraction-conventions.md, "Round 11b").

Round 11b looked for keys the taxonomy keeps on every type ("a key appears only when the notice states
the value") but a type's field list dropped — a works notice's 建设地点 / 工程地点, a procurement result's
ranked list of bidders — and for the causes of fresh11's weak keys (the owner's phone, titles and lists
in copies that lost their line breaks).  Every page below is made up (no real page is copied); each
rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str, notice_type: str | None = None) -> Any:
    hint = {"notice_type": notice_type} if notice_type else None
    return extract(page.encode("utf-8"), hint=hint)


# -- candidates on a procurement result: a ranked list only -----------------------------------------------

_RESULT_HEAD = """<h1>某市某局某某设备采购项目中标公告</h1>
<p>项目名称：某市某局某某设备采购项目</p>
<p>项目编号：ABC-2026-018</p>
"""


def test_procurement_result_reads_a_ranked_candidate_table():
    page = (
        _RESULT_HEAD
        + """<p>中标候选人名单：</p>
<table><tr><th>候选人排名</th><th>投标商名称</th><th>制造商</th></tr>
<tr><td>1</td><td>甲某科技有限公司</td><td>甲某科技有限公司</td></tr>
<tr><td>2</td><td>乙某设备有限公司</td><td>乙某设备有限公司</td></tr>
<tr><td>3</td><td>丙某实业有限公司</td><td>丙某实业有限公司</td></tr></table>"""
    )
    got = _rec(page, "procurement.result").fields.get("candidates")
    assert [(c["rank"], c["name"]) for c in got] == [
        (1, "甲某科技有限公司"),
        (2, "乙某设备有限公司"),
        (3, "丙某实业有限公司"),
    ]


def test_procurement_result_reads_a_ranked_list_with_bids():
    page = (
        _RESULT_HEAD
        + """<table><tr><th>供应商名称</th><th>投标报价（元）</th><th>推荐排名</th></tr>
<tr><td>甲某科技有限公司</td><td>500000.00</td><td>1</td></tr>
<tr><td>乙某设备有限公司</td><td>510000.00</td><td>2</td></tr></table>"""
    )
    got = _rec(page, "procurement.result").fields.get("candidates")
    assert [(c["rank"], c["name"], c["price"]) for c in got] == [
        (1, "甲某科技有限公司", 500000.0),
        (2, "乙某设备有限公司", 510000.0),
    ]


def test_a_winners_table_numbered_by_lot_is_no_candidate_list():
    page = (
        _RESULT_HEAD
        + """<table><tr><th>序号</th><th>中标供应商名称</th><th>中标供应商地址</th><th>中标金额（元）</th></tr>
<tr><td>1</td><td>甲某科技有限公司</td><td>某市某路1号</td><td>500000.00</td></tr>
<tr><td>2</td><td>乙某设备有限公司</td><td>某市某路2号</td><td>300000.00</td></tr></table>"""
    )
    rec = _rec(page, "procurement.result")
    assert "candidates" not in rec.fields
    assert rec.fields.get("winner") == ["甲某科技有限公司", "乙某设备有限公司"]


def test_a_score_ranking_is_a_candidate_list():
    # LABELLING.md "candidates": a ranked list is the candidates whatever it is called
    page = (
        _RESULT_HEAD
        + """<table><tr><th>供应商名称</th><th>得分</th><th>排名</th></tr>
<tr><td>甲某科技有限公司</td><td>90.5</td><td>1</td></tr>
<tr><td>乙某设备有限公司</td><td>80.0</td><td>2</td></tr></table>"""
    )
    got = _rec(page, "procurement.result").fields.get("candidates")
    assert [(c["rank"], c["name"]) for c in got] == [(1, "甲某科技有限公司"), (2, "乙某设备有限公司")]


def test_a_one_row_ranked_table_is_no_candidate_list():
    page = (
        _RESULT_HEAD
        + """<table><tr><th>排名</th><th>中标供应商名称</th><th>中标金额（元）</th></tr>
<tr><td>1</td><td>甲某科技有限公司</td><td>500000.00</td></tr></table>"""
    )
    rec = _rec(page, "procurement.result")
    assert "candidates" not in rec.fields
    assert rec.fields.get("winner") == ["甲某科技有限公司"]


# -- the owner's phone -------------------------------------------------------------------------------------


def test_a_name_before_the_number_with_a_slash():
    page = """某某项目中标公告
一、项目信息
项目编号：ABC-2026-020
项目名称：某某项目
项目联系人：张某、李某
联系方式：010-12345678/8436
二、采购人信息
采购人名称：某某中心
采购人联系方式：王某/010-87654321
"""
    assert _rec(page, "procurement.result").fields.get("contact_phone") == "010-87654321"


def test_two_parties_side_by_side_read_row_by_row():
    # '采购人名称：X采购代理机构名称：Y电话：A电话：B': the first of the twin phones is the owner's
    page = """某某项目结果公告
项目名称：某某项目
七、联系方式：采购人名称：某市某局采购代理机构名称：某某项目管理有限公司电话：0731-88000001电话：0731-89000003地址：某路1号地址：某路2号
"""
    assert _rec(page, "procurement.result").fields.get("contact_phone") == "0731-88000001"


def test_twin_phones_without_the_two_names_keep_the_old_reading():
    # no owner-then-agency pair before them: nothing says the first is the owner's column
    page = """某某项目结果公告
项目名称：某某项目
联系方式：电话：0731-88000001电话：0731-89000003
"""
    assert _rec(page, "procurement.result").fields.get("contact_phone") == "0731-88000001"


def test_the_next_items_number_glued_to_the_phone():
    page = """某某项目中标公告
项目名称：某某项目
九、联系方式：
1.采购人：某市某局
联系人：陈某
联系方式：0536-80909812.采购代理机构：某某招标有限公司
联系人：徐某
联系方式：0536-2258068
"""
    assert _rec(page, "procurement.result").fields.get("contact_phone") == "0536-8090981"


def test_a_phone_ending_in_a_digit_with_no_numbered_list_keeps_it():
    page = """某某项目中标公告
项目名称：某某项目
联系方式：0536-80909812.采购代理机构：某某招标有限公司
"""
    assert _rec(page, "procurement.result").fields.get("contact_phone") == "0536-80909812"


def test_a_local_number_glued_to_the_contact_person():
    page = """某某项目成交公告
项目名称：某某项目
六、本次采购联系事项：
资产处联系人：孔老师87654321
地址：某市某路1号
"""
    assert _rec(page, "procurement.result").fields.get("contact_phone") == "87654321"


# -- copies that lost their line breaks --------------------------------------------------------------------

_SPACED = (
    "某省某局本级  2026年某某检测项目  公开招标中标公告  公告日期：2026年3月1日  "
    "受某省某局本级的委托，某某招标咨询有限公司对2026年某某检测采购项目进行公开招标，现将中标信息公告如下：  "
    "一、采购项目信息  项目名称：2026年某某检测  采购项目编号：123456  采购方式：公开招标  "
    "二、评审小组名单：张某某、李某某、王某某。  三、中标供应商  中标供应商：某某检测有限公司  "
    "四、联系方式  采购人：某省某局本级  联系人：赵某  电话：0731-12345678  "
    "代理机构：某某招标咨询有限公司  电话：0731-87654321"
)


def test_space_runs_of_a_flattened_copy_end_lines():
    rec = _rec(_SPACED, "procurement.result")
    assert rec.fields.get("title") == "2026年某某检测项目公开招标中标公告"
    assert rec.fields.get("winner") == ["某某检测有限公司"]


def test_a_markdown_heading_mark_is_no_part_of_the_title():
    page = "## 某大学某某设备采购中标公告\n项目名称：某大学某某设备采购\n供应商名称：某某有限公司\n"
    assert _rec(page, "procurement.result").fields.get("title") == "某大学某某设备采购中标公告"


def test_chapter_numbers_glued_in_turn_start_lines():
    page = (
        "某市某局某某工程中标公告 一、采购项目名称：某某工程二、采购项目编号：ABC-2026-7 预算金额：12万元"
        "三、开标日期：2026年5月8日四、评标委员会成员名单：许某某、马某某、王某某五、评标委员会成员评审结果：某某公司（29.5、31.0）"
        "六、联系方式：采购人：某市某局地址：某市高新区某某大厦24层"
        "联系方式：0536-1234567 发布时间：2026年5月8日，本公告期限为一个工作日，请各方知悉并相互转告，谢谢。"
    )
    rec = _rec(page, "procurement.result")
    assert rec.fields.get("experts") == ["许某某", "马某某", "王某某"]


def test_a_names_last_numeral_is_no_chapter():
    # '张三、李四、王五': numerals ending names, not in turn from 一 — nothing is cut
    from extractors.textpage import _chapters_in_turn

    line = "评审小组：张三、李四、王五，" * 20
    assert _chapters_in_turn(line) == [line]


def test_a_status_cell_after_a_rows_sum_is_no_label():
    # a table one cell per line: name, final bid, status; '中标供应商' belongs to the row above
    page = """某某工程成交公告
项目名称：某某工程
四、谈判情况
供应商名称
最终报价
评审结果
甲某工程有限公司
703,900.00
中标供应商
乙某工程有限公司
725,600.00
有效投标人
五、成交供应商名称：甲某工程有限公司
"""
    assert _rec(page, "procurement.result").fields.get("winner") == ["甲某工程有限公司"]


def test_recommendation_headers_are_no_experts():
    from extractors.normalize import split_people

    assert split_people("推荐意见") == []
    assert split_people("张某某、推荐意见") == ["张某某"]


def test_a_panel_members_role_note_is_dropped():
    from extractors.normalize import split_people

    assert split_people("娄某某（主任评委）、罗某某、陈某某（业主评委）") == ["娄某某", "罗某某", "陈某某"]


def test_government_procurement_number_label_glued_to_the_name():
    # '采购项目名称：X政府采购编号：Y' run together: '政府' belongs to the next label, not to the name
    page = """某某采购结果公告
一、采购项目情况采购项目名称：某某系统二期软件开发采购政府采购编号：ABC-2026-0032
"""
    rec = _rec(page, "procurement.result")
    assert rec.fields.get("project_name") == "某某系统二期软件开发采购"
    assert rec.fields.get("project_number") == "ABC-2026-0032"


# -- keys the taxonomy keeps on every type: terminations and corrections -----------------------------------


def test_a_failed_tender_states_its_deadline_and_panel():
    page = """某县某某设备采购项目流标公告
一、项目编号：ABC-2026-031
二、项目名称：某县某某设备采购项目
三、投标截止时间：2026年4月7日09:30
四、流标原因：递交投标文件的供应商不足三家，本项目流标。
五、评审专家名单：张某某、李某某、王某某
"""
    rec = _rec(page, "procurement.termination")
    assert rec.fields.get("bid_deadline") == "2026-04-07 09:30"
    assert rec.fields.get("experts") == ["张某某", "李某某", "王某某"]


def test_a_corrected_award_restates_winner_sum_and_ceiling():
    page = """某某工程中标结果更正公告
项目名称：某某工程
招标控制价（元）：13000000.00
中标单位：某某建设工程有限公司
中标金额（元）：12400000.00
更正内容：中标通知书发出日期更正为2026年3月10日。
"""
    rec = _rec(page, "construction.correction")
    assert rec.fields.get("winner") == ["某某建设工程有限公司"]
    assert rec.fields.get("amount") == 12400000.0
    assert rec.fields.get("max_price") == 13000000.0


def test_a_partys_phone_cell_one_per_line():
    # a result sheet copied one cell per line: '招标人' / name / '联系方式' / number
    page = """某某工程中标结果公告
项目名称
某某工程
招标人
某某文化传媒有限公司
联系方式
18100001111
招标代理机构
某某工程项目管理有限公司
联系方式
开标时间
2026-03-03 09:00:00
"""
    rec = _rec(page, "construction.result")
    assert rec.fields.get("contact_phone") == "18100001111"


def test_a_column_of_phones_is_not_joined_to_its_head():
    from extractors.textpage import _join_label_cells

    lines = ["联系电话", "0571-88880001", "0571-88880002"]
    assert _join_label_cells(lines)[0] == "联系电话"


# -- panels ------------------------------------------------------------------------------------------------


def test_experts_labelled_as_panel_experts():
    page = """某某工程中标结果公示
项目名称：某某工程
11
、评委专家：林某某（组长）、王某某、张某某。
12
、公示时间：2026年3月16日至2026年3月18日
"""
    assert _rec(page, "construction.result").fields.get("experts") == ["林某某", "王某某", "张某某"]


_PANEL = """某某工程中标结果公告
项目名称
某某工程
评标委员会（某省评标专家）成员名单
姓名
单位
罗某某
/
郭某某
/
胡某某
/
评标委员会（招标人代表）成员名单
姓名
单位
王某某
/
公示期
三个工作日
"""


def test_a_panel_table_one_cell_per_line():
    got = _rec(_PANEL, "construction.result").fields.get("experts")
    assert got == ["罗某某", "郭某某", "胡某某", "王某某"]


def test_a_table_of_names_under_no_panel_caption_is_no_panel():
    page = _PANEL.replace("评标委员会（某省评标专家）成员名单", "项目管理人员名单").replace(
        "评标委员会（招标人代表）成员名单", "其他人员名单"
    )
    assert "experts" not in _rec(page, "construction.result").fields


def test_a_candidates_rank_is_no_part_of_the_winners_name():
    page = """关于某某工程中标人的公示
我司于2026年1月8日组织开标的某某工程(项目编号:ABC2026001),第一中标候选人某甲建筑有限公司因故被废除中标资格。
经同意我司拟确定第二中标候选人某乙建工集团有限公司 为本项目中标人。
某某投资有限公司
2026年1月20日
"""
    assert _rec(page, "construction.result").fields.get("winner") == ["某乙建工集团有限公司"]


_BIDS = """某省某局本级
2026年某某检测
公开招标中标公告
项目名称：2026年某某检测
三、供应商投标情况
供应商信息
资格审查结果
报价
评分
推荐排名
甲某检测有限公司
审核通过
2,494,775.00
82.94
1
乙某工程检测有限公司
审核通过
2,497,512.00
74.93
2
四、中标供应商供货明细
中标供应商：{winner}
"""


def test_a_bidder_table_one_cell_per_line_opened_by_its_supplier_column():
    rec = _rec(_BIDS.format(winner="甲某检测有限公司"), "procurement.result")
    assert [(c["rank"], c["name"], c["price"]) for c in rec.fields["candidates"]] == [
        (1, "甲某检测有限公司", 2494775.0),
        (2, "乙某工程检测有限公司", 2497512.0),
    ]


def test_the_award_is_the_named_winners_bid_in_the_ranked_list():
    assert (
        _rec(_BIDS.format(winner="甲某检测有限公司"), "procurement.result").fields.get("amount") == 2494775.0
    )


def test_no_award_when_the_winner_is_not_in_the_list():
    assert "amount" not in _rec(_BIDS.format(winner="丙某科技有限公司"), "procurement.result").fields


def test_ranked_rows_run_together_in_a_copy():
    page = (
        "某局某某设备采购项目结果公告 现将成交结果公告如下。（二）、谈判情况 序号供应商名称最终报价评审结果"
        "1 甲某暖通设备科技有限公司770000.00元第一名2 乙某机电设备有限公司790000.00元第二名"
        "3 丙某贸易有限公司800000.00元第三名（三）、成交供应商名称：甲某暖通设备科技有限公司"
    )
    got = _rec(page, "procurement.result").fields.get("candidates")
    assert [(c["rank"], c["name"], c["price"]) for c in got] == [
        (1, "甲某暖通设备科技有限公司", 770000.0),
        (2, "乙某机电设备有限公司", 790000.0),
        (3, "丙某贸易有限公司", 800000.0),
    ]


def test_run_together_rows_whose_numbers_and_ranks_disagree_are_no_list():
    from extractors.transposed import glued_ranked_rows

    line = "1 甲某暖通设备科技有限公司770000.00元第二名2 乙某机电设备有限公司790000.00元第一名"
    assert glued_ranked_rows([line]) is None


def test_an_owner_prefixed_phone_label():
    page = """某某服务项目竞争性磋商公告
项目名称：某某服务项目
八、联系方式
1、采购人信息
采购人：某市某局
采购经办人：曾老师
采购人电话：13500001111
"""
    assert _rec(page, "procurement.tender").fields.get("contact_phone") == "13500001111"


def test_a_name_then_a_comma_before_the_number():
    page = """某某法律服务成交公告
项目名称：某某法律服务
1.采购人信息
名 称：某市某局
联系方式：王老师,010-55500001
2.采购代理机构信息
名 称：某某招标有限公司
联系方式：李工,010-66600002
"""
    assert _rec(page, "procurement.result").fields.get("contact_phone") == "010-55500001"


def test_the_contacts_name_on_its_own_line_then_the_number():
    page = """某某运营服务成交结果公告
项目名称：某某运营服务
1.采购人信息
名称：某县某局
联系方式：
杨某某
13300001111
2.采购代理机构信息
"""
    assert _rec(page, "procurement.result").fields.get("contact_phone") == "13300001111"


def test_the_government_procurement_number_gives_way_to_the_agencys():
    page = """某某采购结果公告
一、采购项目情况
采购项目名称：某某系统采购
政府采购编号：ABCG-202601010001
委托代理编号：XYZ-2026ZF001
"""
    assert _rec(page, "procurement.result").fields.get("project_number") == "XYZ-2026ZF001"


def test_the_government_procurement_number_alone_is_still_read():
    page = """某某采购结果公告
采购项目名称：某某系统采购
政府采购编号：ABCG-202601010001
"""
    assert _rec(page, "procurement.result").fields.get("project_number") == "ABCG-202601010001"
