"""Round 15b: '项目控制预算' is the budget; printed once in a cell spanning every lot's row, it is the
whole purchase's; '开标评标时间' is the opening time (docs/extraction-conventions.md, "Round 15b"). Every page
below is made up."""

from __future__ import annotations

from extractors import extract

_PAGE = """<h1>某医院2026年第一批医疗设备采购公开招标公告</h1>
<p>招标编号：0000-26XX0001</p><p>采购人：某市某医院</p>
<table>
<tr><td>包号</td><td>设备名称</td><td>数量（套）</td><td>分包控制预算（单位：万元）</td>
<td>项目控制预算（单位：万元）</td><td>简要技术要求</td></tr>
<tr><td>第1包</td><td>心电监护仪</td><td>15</td><td>239.1</td><td rowspan="2">500.5</td><td>详见招标文件。</td></tr>
<tr><td>第2包</td><td>电动手术台</td><td>2</td><td>261.4</td><td>详见招标文件。</td></tr>
</table>
<p>投标截止时间：2026年3月1日9时30分</p>"""


def test_a_project_control_budget_spanning_the_lots_is_the_budget() -> None:
    rec = extract(_PAGE.encode())
    assert rec.notice_type == "procurement.tender"
    assert rec.fields.get("budget") == 5005000


def test_an_opening_and_evaluation_time_is_the_opening_time() -> None:
    page = (
        "某医院检测试剂采购项目公开招标公告\n一、采购项目编号：XX-2026-05\n二、采购项目名称：某医院检测试剂采购项目\n"
        "三、采购预算：2450000元\n七、投标截止时间：2026年9月15日10时30分\n"
        "九、开标评标时间：2026年9月15日10时30分\n十、开标评标地点：某市某路109号8楼\n"
    )
    rec = extract(page.encode())
    assert rec.notice_type == "procurement.tender"
    assert rec.fields.get("opening_time") == "2026-09-15 10:30"
