"""Which number is the project's (issue 12, second fresh set): government procurement pages print the
finance bureau's 采购计划编号 beside the project's 项目编号 or the agency's 采购代理编号, and candidate
lists print each 项目负责人's 证书编号.  Made-up pages in those families."""

from __future__ import annotations

from extractors import extract

_PLAN_AND_AGENCY = """<h1>某县智能交通PPP项目资格预审公告</h1>
<p>一、项目基本情况</p>
<p>（1）项目名称：某县智能交通PPP项目</p>
<p>（2）采购计划编号：某财采计[2026]000012</p>
<p>（3）{label}：ABCD2026-CG-007</p>
<p>采购人：某县交通运输局</p>"""


def test_the_agencys_number_wins_over_the_plan_number() -> None:
    for label in ("采购代理编号", "委托代理编号", "项目编号"):
        rec = extract(_PLAN_AND_AGENCY.format(label=label).encode("utf-8"))
        assert rec.fields["project_number"] == "ABCD2026-CG-007", label


def test_a_plan_number_alone_is_still_read() -> None:
    page = "<h1>某县设备采购公开招标公告</h1><p>采购计划编号：某财采计[2026]000012</p><p>采购人：某县医院</p>"
    rec = extract(page.encode("utf-8"))
    assert rec.fields["project_number"] == "某财采计[2026]000012"


def test_a_certificate_number_is_no_project_number() -> None:
    page = (
        "<h1>某县灌区改造项目中标候选人公示</h1><p>招标人：某县水库管理所</p>"
        "<p>第一中标候选人：某某建设有限公司</p><p>项目负责人：张某（证书编号：湘123456789012）</p>"
    )
    rec = extract(page.encode("utf-8"))
    assert "project_number" not in rec.fields


def test_a_bracketed_number_of_another_document_is_no_project_number() -> None:
    text = (
        "某县自然资源局国有建设用地使用权出让公告\n"
        "地块位于某镇某村,依据该宗地的建设项目规划设计条件审定意见书(编号:某规审字〔2026〕00001号),"
        "用地面积1.2公顷,用地性质为公用设施用地,出让年限50年。\n某县自然资源局\n2026年3月7日\n"
    )
    assert "project_number" not in extract(text.encode("utf-8")).fields


def test_a_bracketed_project_number_is_still_read() -> None:
    page = "<h1>某设计项目中标公告</h1><p>就某某改造项目（编号：ABC-26-01）组织采购，中标结果如下：</p>"
    assert extract(page.encode("utf-8")).fields.get("project_number") == "ABC-26-01"


def test_the_tender_notices_date_in_a_result_is_not_its_publish_date() -> None:
    page = (
        "<p>某某服务采购项目成交公告</p><p>1.采购项目名称：某某服务</p><p>2.招标信息发布日期：2026年9月14日</p>"
        "<p>采购人：某县某局</p><p>成交供应商：某某规划院</p>"
    )
    rec = extract(page.encode("utf-8"))
    assert rec.notice_type == "procurement.result"
    assert "publish_date" not in rec.fields
