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
    assert rec.fields["amount"] == 300000
