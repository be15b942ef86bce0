"""Candidate tables in a result (issue 12, second fresh set): a result that prints the ranked list
awards the first-ranked candidate only.  Made-up pages."""

from __future__ import annotations

from extractors import extract

_RANKED = """<h1>某某技术服务采购项目成交公告</h1><p>采购人：某县某局</p><p>二、中标结果</p>
<table><tr><td>中标候选人名称</td><td>投标总报价</td><td>评标总得分</td><td>推荐排名</td></tr>
<tr><td>某某规划院</td><td>4296000.00</td><td>91.40</td><td>第一中标候选人</td></tr>
<tr><td>某某测绘院</td><td>4310400.00</td><td>46.67</td><td>第二中标候选人</td></tr></table>"""

_LOTS = """<h1>某某设备采购项目中标公告</h1><p>采购人：某县医院</p>
<table><tr><td>包号</td><td>中标供应商名称</td><td>中标金额(元)</td></tr>
<tr><td>1</td><td>甲设备有限公司</td><td>100000</td></tr>
<tr><td>2</td><td>乙设备有限公司</td><td>200000</td></tr></table>"""


def test_a_ranked_result_awards_the_first_ranked_only() -> None:
    rec = extract(_RANKED.encode("utf-8"))
    assert rec.notice_type == "procurement.result"
    assert rec.fields["winner"] == ["某某规划院"]
    assert rec.fields["amount"] == 4296000


def test_lots_without_ranks_all_stand() -> None:
    rec = extract(_LOTS.encode("utf-8"))
    assert rec.fields["winner"] == ["甲设备有限公司", "乙设备有限公司"]
    # round 5: a price per lot and no total printed gives no amount — a sum is a figure the page never
    # states (the fresh4 labels of 广西 南丹 and 镇江 leave it out, 'a scorer summing lots would expect …')
    assert "amount" not in rec.fields


def test_lots_with_a_printed_total_give_the_total() -> None:
    page = _LOTS + "<p>总中标金额：300000元</p>"
    rec = extract(page.encode("utf-8"))
    assert rec.fields["amount"] == 300000


_SIDEWAYS = """<p>中标候选人公示</p><p>项目编码：00000000000001</p>
<p>某区某险工治理工程评标工作已结束，现将评标委员会推荐的中标候选人名单公示如下。</p>
<table><tr><td>项目名称</td><td colspan="3">某区某险工治理工程</td></tr>
<tr><td>投标人排序</td><td>第一名</td><td>第二名</td><td>第三名</td></tr>
<tr><td>中标候选人名称</td><td>甲建筑工程有限公司</td><td>乙水利建筑工程公司</td><td>丙土木工程有限公司</td></tr>
<tr><td>投标报价（万元）</td><td>172</td><td>178</td><td>179</td></tr></table>
<p>招标人：某区水利局</p>"""


def test_a_sideways_candidate_table_is_read_column_by_column() -> None:
    rec = extract(_SIDEWAYS.encode("utf-8"))
    assert rec.notice_type == "construction.candidates"
    assert rec.fields["candidates"] == [
        {"rank": 1, "name": "甲建筑工程有限公司", "price": 1720000},
        {"rank": 2, "name": "乙水利建筑工程公司", "price": 1780000},
        {"rank": 3, "name": "丙土木工程有限公司", "price": 1790000},
    ]


def test_row_numbers_are_no_ranks() -> None:
    page = """<h1>某某设计项目中标公告</h1><p>采购单位名称：某某物业有限公司</p>
<table><tr><td>序号</td><td>中标供应商名称</td><td>中标供应商联系地址</td></tr>
<tr><td>1</td><td>甲设计有限公司</td><td>某路1号</td></tr>
<tr><td>2</td><td>乙设计院有限公司</td><td>某路2号</td></tr></table>"""
    assert extract(page.encode("utf-8")).fields["winner"] == ["甲设计有限公司", "乙设计院有限公司"]


_AWARD = """<p>某某工程</p><p>竞争性磋商成交结果公告</p><p>1、采购人：某市某管理处</p>
<p>五、成交供应商名称、地址和成交金额</p>
<table><tr><td colspan="2">推荐供应商名称</td><td colspan="2">地址</td><td>成交金额</td></tr>
<tr><td colspan="2">甲建筑工程有限公司</td><td colspan="2">某区某路北侧</td><td>3909800.00元</td></tr>
<tr><td>联系人</td><td>罗某</td><td>电话</td><td colspan="2">13300000000</td></tr></table>
<p>集中采购机构：某市政府采购中心</p>"""


def test_a_name_column_beside_an_award_price_is_the_winner() -> None:
    rec = extract(_AWARD.encode("utf-8"))
    assert rec.notice_type == "procurement.result"
    assert rec.fields["winner"] == ["甲建筑工程有限公司"]  # the 联系人 row is no bidder
    assert rec.fields["amount"] == 3909800
    assert rec.fields["agency"] == "某市政府采购中心"  # a 集中采购机构 runs the purchase


_BLOCKS = """<h1>某县灌区节水配套改造项目中标候选人公示</h1>
<p>某某咨询有限公司受某县水库管理所的委托，就某县灌区节水配套改造项目施工进行公开招标。</p>
<p>第一中标候选人：甲建设有限公司</p><p>信用等级：AAA</p><p>投标报价：13133081.96元</p>
<p>项目负责人：张某（证书编号：湘000000000001）</p>
<p>第二中标候选人：乙水电工程建设有限公司</p><p>信用等级：AAA</p><p>投标报价：13092218.33元</p>
<p>第三中标候选人：丙建设工程有限公司</p><p>投标报价：13037964.07元</p><p>招标人：某县水库管理所</p>"""


def test_candidate_blocks_in_text_are_read() -> None:
    rec = extract(_BLOCKS.encode("utf-8"))
    assert rec.notice_type == "construction.candidates"
    assert rec.fields["candidates"] == [
        {"rank": 1, "name": "甲建设有限公司", "price": 13133081.96},
        {"rank": 2, "name": "乙水电工程建设有限公司", "price": 13092218.33},
        {"rank": 3, "name": "丙建设工程有限公司", "price": 13037964.07},
    ]
