"""Reading conventions added in issue 12, round 9b (docs/extraction-conventions.md, "Round 9b").

Round 9b tuned field reading on fresh9 by layout families: a page copied one HTML span per line (dates
split into digit and unit lines, a label's colon printed with its value, a template sentence whose
filled-in values are lines of their own), a numbered lot list that counts on from any number, a place
every lot shares, a letter to the bidders titled '…招标的说明' and a project named with its code in
brackets.  Every page below is made up (no real page is copied); each rule has a guard where it could go
too far.
"""

from __future__ import annotations

from extractors import extract
from extractors.readers import signature_orgs
from extractors.textpage import _counts_on, _join_colon_lines, _join_spans, _join_split_dates


def _fields(page: str) -> dict:
    return extract(page.encode("utf-8")).fields


# -- a page copied one span per line --------------------------------------------------------------------

SPANS = """某县文化馆屋面维修工程
中标候选人公示
（公示期：
2025
年
04
月
07
日至
2025
年
04
月
09
日）
项目标段名称
某县文化馆屋面维修工程
最高限价
1234567.00元
招标人
某县文旅发展有限公司
招标人联系电话
13800001111
招标代理机构
某某项目管理有限公司
招标代理机构联系电话
0571-80000000
中标候选人响应招标文件要求的资格能力条件
第一中标候选人
: 甲某建设有限公司
第二中标候选人
: 乙某建筑工程有限公司
第三中标候选人
: 丙某工程有限公司
招标人（盖章）
:
2025
年
4
月
7
日
"""


def test_split_date_lines_join_and_a_period_keeps_its_two_ends_together():
    lines = ["（公示期：", "2025年", "04", "月", "07", "日至", "2025年", "04", "月", "09", "日）"]
    assert _join_split_dates(lines) == ["（公示期：2025年04月07日至2025年04月09日）"]


def test_a_year_line_alone_is_no_date_run():
    # '2025' over a sentence: no month and day tokens follow, nothing joins
    assert _join_split_dates(["2025", "年度计划已下达"]) == ["2025", "年度计划已下达"]


def test_a_page_of_spans_reads_like_its_table():
    f = _fields(SPANS)
    assert f["project_name"] == "某县文化馆屋面维修工程"
    assert f["contact_phone"] == "13800001111"  # the owner's phone cell, not the agency's
    assert [c["name"] for c in f["candidates"]] == [
        "甲某建设有限公司",
        "乙某建筑工程有限公司",
        "丙某工程有限公司",
    ]
    # the seal line dates the 落款 (the publicity period's end is not the publish date)
    assert f["publish_date"] == "2025-04-07"


def test_a_colon_line_joins_only_a_short_label():
    assert _join_colon_lines(["第一中标候选人", ": 甲某建设有限公司"]) == ["第一中标候选人:甲某建设有限公司"]
    # a sentence before it keeps the colon line apart
    long_line = "投标人对评标结果有异议的，应在公示期内提出。"
    assert _join_colon_lines([long_line, ": 甲某"]) == [long_line, ": 甲某"]
    # a date under '招标人（盖章）' / ':' stays a line of its own
    assert _join_colon_lines(["招标人（盖章）", ":", "2025年4月7日"]) == ["招标人（盖章）:", "2025年4月7日"]


# -- template sentences printed one span per line ------------------------------------------------------

WORKS_TENDER = """某县第二中学食堂改造工程招标公告
1.招标条件
本招标项目
某县第二中学食堂改造工程
已由
某县发展和改革局
批准建设，招标人为
某县第二中学
，项目已具备招标条件，现进行公开招标。
2.项目概况与招标范围
2.1招标项目名称：某县第二中学食堂改造工程
5.投标文件的递交
投标文件递交的截止时间（投标截止时间，下同）为
2025-05-20 09:30
，投标人应在截止时间前上传电子投标文件。
"""


def test_a_span_sentence_joins_and_its_deadline_in_figures_is_read():
    f = _fields(WORKS_TENDER)
    assert f["bid_deadline"] == "2025-05-20 09:30"
    assert f["project_name"] == "某县第二中学食堂改造工程"


def test_an_item_that_lost_its_number_is_no_continuation():
    # '、协议出让人' opens an item ('一、' lost its figure): it stays a line of its own
    assert _join_spans(["根据有关规定公开如下", "、协议出让人"]) == ["根据有关规定公开如下", "、协议出让人"]
    assert _join_spans(["截止时间为", "2025-05-20 09:30", "，逾期不予受理。"]) == [
        "截止时间为2025-05-20 09:30，逾期不予受理。"
    ]


# -- lots ----------------------------------------------------------------------------------------------

PARCELS = """某县国土资源局
国有土地使用权挂牌出让公告
一、挂牌出让地块的基本情况
编号 |
土地位置 |
土地面积(m2) |
土地用途 |
出让 年限 (年) |
||
12 |
某乡集镇区 |
150 |
居住 用地 |
70 |
13 |
某乡集镇区 |
170 |
居住 用地 |
70 |
14 |
某乡集镇区 |
190 |
居住 用地 |
70 |
二、申请人范围
"""


def test_lots_numbered_from_any_number_split_and_a_shared_place_is_the_notices():
    f = _fields(PARCELS)
    assert f["location"] == "某乡集镇区"
    assert f["land_use"] == "居住用地"
    assert f["use_term_years"] == 70
    assert "area_m2" not in f  # one area per lot, no total


def test_lots_in_different_places_give_no_place():
    f = _fields(PARCELS.replace("某乡集镇区 |\n170", "某乡河东片区 |\n170"))
    assert "location" not in f
    assert f["use_term_years"] == 70


def test_row_numbers_that_skip_are_no_lot_list():
    assert _counts_on(["12", "13", "14"]) and _counts_on(["1", "2"])
    assert not _counts_on(["12", "15", "14"])
    assert not _counts_on(["0", "1"]) and not _counts_on(["A1", "A2"])


# -- titles and names --------------------------------------------------------------------------------

LETTER = """某市第三幼儿园综合楼改建项目终止本次
招标的说明
致各投标人:
某市第三幼儿园综合楼改建项目(招标编号:MSZB2024-GK-0007),于2024年3月1日发布招标公告。因资金安排调整，本项目终止招标。
特此通知
招 标 人:某市教育局
招标代理机构:某某招标代理有限公司
"""


def test_a_letter_titled_zhaobiao_de_shuoming_has_its_title_and_project():
    f = _fields(LETTER)
    assert f["title"] == "某市第三幼儿园综合楼改建项目终止本次招标的说明"
    assert f["project_number"] == "MSZB2024-GK-0007"
    assert f["project_name"] == "某市第三幼儿园综合楼改建项目"


def test_a_bracketed_code_that_is_not_the_notices_number_names_nothing():
    other = LETTER.replace("(招标编号:MSZB2024-GK-0007)", "(见招标编号:MSZB2024-GK-0007附件)")
    assert _fields(other).get("project_name") != "某市第三幼儿园综合楼改建项目(见招标编号"


def test_a_clause_before_de_is_not_the_name():
    page = """关于某工程中标人变更的公告
各投标人:
我司于2024年5月6日在交易中心组织开标的某区文体中心-室内装修工程(项目编号:QJ2024050601SG),经复核，现变更中标人。
招标人:某区建设局
"""
    assert _fields(page)["project_name"] == "某区文体中心-室内装修工程"


# -- a header row one cell per line ----------------------------------------------------------------------

RESULT = """某区考点监控设备采购项目成交结果公告
一、中标情况：
序号 | 中标供应商名称 | 中标供应商地址 | 中标金额(元) |
1 | 甲某电子有限公司 | 某市某路1号 | 500000 |
二、供应商未中标原因
序号
供应商名称
未中标原因
1
乙某科技有限公司
评分低，不推荐。
"""


def test_a_header_cell_ending_in_yuanyin_is_no_value():
    f = _fields(RESULT)
    assert f["winner"] == ["甲某电子有限公司"]


def test_a_clause_stopping_on_yu_takes_no_label_line():
    assert _join_spans(["矿区位于", "矿区面积"]) == ["矿区位于", "矿区面积"]
    assert _join_spans(["矿区位于", "某县某镇某村"]) == ["矿区位于某县某镇某村"]


# -- a result sheet of party blocks ------------------------------------------------------------------

BLOCKS = """某区雨水管网改造工程
中标结果公告
（中标公告发布时间：2025年06月02日）
项目信息
项目名称
某区雨水管网改造工程
项目编码
50000000000000000001
招标公告编号
/
招标人信息
单位名称
某区城市建设有限公司
社会信用代码
91500000000000001X
法定代表人
张某
招标代理机构信息
单位名称
某某工程咨询有限公司
社会信用代码
91500000000000002X
法定代表人
李某
代理机构选取方式
网上中介服务超市选取
中标人信息
单位名称
某某市政工程有限公司
社会信用代码
91500000000000003X
法定代表人
王某
中标金额（费率、单价等）
2345678.90元
其他
最高限价：2500000.00元
"""


def test_party_blocks_give_owner_agency_and_winner():
    f = _fields(BLOCKS)
    assert f["purchaser"] == "某区城市建设有限公司"
    assert f["agency"] == "某某工程咨询有限公司"
    assert f["winner"] == ["某某市政工程有限公司"]
    assert f["amount"] == 2345678.90
    assert f["max_price"] == 2500000.00  # a result restating the tender's ceiling


def test_a_unit_name_outside_any_party_block_is_no_party():
    page = BLOCKS.replace("中标人信息\n", "监督部门信息\n")
    assert "winner" not in _fields(page)


def test_members_named_by_role_under_their_label_line():
    page = """某工程中标结果公告
评标委员会成员名单
专家库随机抽取的3名专家为：张某某、李某、王某某；招标人代表：赵某。
"""
    experts = _fields(page)["experts"]
    assert experts[:3] == ["张某某", "李某", "王某某"]
    assert all("专家" not in e for e in experts)


# -- places ------------------------------------------------------------------------------------------


def _place(sentence: str) -> str | None:
    page = f"某村集体土地公开招租公告\n一、标的情况\n1.标的位置:{sentence}\n二、报名\n"
    return _fields(page).get("location")


def test_a_place_ends_before_its_caveat_or_its_area():
    assert _place("标的位于某村河堤内,面积12.5亩。该场地作粮食种植。") == "某村河堤内"
    assert _place("位于某区某镇某村,最终以勘测定界图为准。") == "某区某镇某村"
    assert _place("位于某区某镇某村,具体以现场踏勘为准") == "某区某镇某村"
    # a comma inside the place that opens no caveat keeps it whole
    assert _place("某镇东村、西村交界处,沿河一带") == "某镇东村、西村交界处,沿河一带"


def test_a_place_masked_down_to_its_street_is_no_place():
    assert _place("**县**街道") is None


def test_a_traditional_letter_titled_zhaobiao_qingkuang_de_shuoming():
    page = """某山步道鋪裝改造工程招標情況的說明
各潛在投標人:
某某旅遊發展有限公司招標的某山步道鋪裝改造工程,在評標結果公示期間收到異議,取消原第一中標候選人某某建設有限公司的中標候選人資格,本項目將重新招標。
特此說明!
某某旅遊發展有限公司
江蘇某某項目管理有限公司
2024年9月2日
"""
    f = _fields(page)
    assert f["title"] == "某山步道鋪裝改造工程招標情況的說明"
    assert f["project_name"] == "某山步道鋪裝改造工程"
    # the 落款's second body is the agency, its words read folded ('項目管理')
    owner, agency, _ = signature_orgs([ln for ln in page.splitlines() if ln])
    assert (owner, agency) == ("某某旅遊發展有限公司", "江蘇某某項目管理有限公司")


def test_a_masked_party_name_is_no_party():
    page = """某县校车监控平台采购需求征求意见公告
一、采购人名称：******教育局
二、采购代理机构：某某招标代理有限公司
"""
    f = _fields(page)
    assert "purchaser" not in f
    assert f.get("agency") == "某某招标代理有限公司"
