"""The 73号 §二 items no reader used to read (issue 12): each is extracted from a page that states it,
under the plan's wording and the synonyms real notices print, in label lines, tables and 一、二、 sections.
"""

from __future__ import annotations

import pytest

from extractors import extract

# (notice type, title, key, label as printed, value)
ITEMS = [
    (
        "housing.progress",
        "柯城区2026年城镇保障性安居工程建设计划完成情况",
        "supporting_facilities",
        "配套设施建设情况",
        "道路、供水、供电等配套设施同步建设",
    ),
    (
        "housing.allocation",
        "某某小区公共租赁住房配租结果公示",
        "allocation_procedure",
        "分配程序",
        "申请、审核、公示、摇号、选房",
    ),
    (
        "housing.allocation",
        "某某小区公共租赁住房配租结果公示",
        "allocation_process",
        "分配过程",
        "公开摇号确定选房顺序后现场选房",
    ),
    (
        "housing.rural_renovation",
        "开化县2026年农村危房改造实施情况公示",
        "renovation_policy",
        "农村危房改造政策",
        "对C级、D级危房实施改造",
    ),
    (
        "housing.rural_renovation",
        "开化县2026年农村危房改造实施情况公示",
        "target_identification",
        "对象认定过程",
        "农户申请、村级评议、乡镇审核、县级审批",
    ),
    (
        "construction.approval",
        "关于某某工程招标方案的核准意见",
        "budget_approval",
        "初步设计概算审批情况",
        "初步设计概算已经市发改委审批，概算1200万元",
    ),
    (
        "construction.tender",
        "某某道路工程施工招标公告",
        "tender_conditions",
        "招标条件",
        "本项目已由市发改委批准建设，建设资金已落实，已具备招标条件",
    ),
    (
        "construction.prequalification",
        "某某道路工程资格预审公告",
        "prequalification_method",
        "资格预审方式",
        "合格制",
    ),
    (
        "construction.credit",
        "2026年第1季度建筑业企业信用等级评价结果公示",
        "performance_capacity",
        "履约能力",
        "参评企业合同履约情况良好",
    ),
    (
        "construction.contract",
        "某某道路工程合同订立及履行情况公告",
        "construction_progress",
        "施工进度",
        "已完成路基工程的60%",
    ),
    (
        "mining.transfer_notice",
        "某某矿区饰面用花岗岩矿探矿权挂牌出让公告",
        "time_limit",
        "规定时间",
        "竞得人应在签订出让合同后30日内申请勘查许可证",
    ),
    (
        "mining.transfer_notice",
        "某某矿区饰面用花岗岩矿探矿权挂牌出让公告",
        "exploration_level",
        "勘察工作程度",
        "普查",
    ),
    (
        "mining.transfer_notice",
        "某某矿区饰面用花岗岩矿探矿权挂牌出让公告",
        "exploration_level",
        "勘查工作程度",
        "详查",
    ),
    (
        "emission.transfer_notice",
        "衢州市2026年第1期政府储备排污权电子竞价公告",
        "registration_materials",
        "报名提供资料",
        "营业执照副本、环评批复文件",
    ),
    (
        "procurement.agency_assessment",
        "衢州市财政局关于2025年度对集中采购机构的考核结果公告",
        "assessment_result",
        "考核结果",
        "综合得分92分，考核等次为优秀",
    ),
]


def _page(title: str, label: str, value: str, layout: str) -> bytes:
    if layout == "line":
        body = f"<p>{label}：{value}</p>"
    elif layout == "kv":
        body = (
            f"<table><tr><td>{label}</td><td>{value}</td></tr><tr><td>联系人</td><td>王先生</td></tr></table>"
        )
    else:  # a numbered section: the heading alone, its text below
        body = f"<p>一、{label}</p><p>{value}</p><p>二、其他事项</p><p>无</p>"
    return f"<html><body><h1 class='title'>{title}</h1>{body}<p>2026年3月2日</p></body></html>".encode()


@pytest.mark.parametrize("layout", ["line", "kv", "section"])
@pytest.mark.parametrize(
    ("notice_type", "title", "key", "label", "value"),
    ITEMS,
    ids=[f"{t}:{k}:{lab}" for t, _, k, lab, _ in ITEMS],
)
def test_plan_item_is_read(
    notice_type: str, title: str, key: str, label: str, value: str, layout: str
) -> None:
    rec = extract(_page(title, label, value, layout))
    assert rec.notice_type == notice_type
    assert rec.fields.get(key) == value, (rec.fields, rec.gaps)
    assert rec.provenance[key].confidence > 0.5


def test_tender_conditions_are_not_bidder_qualification() -> None:
    """招标条件 (the project is approved and funded) is not 投标人资格要求 (who may bid)."""
    page = (
        "<h1 class='title'>某某道路工程施工招标公告</h1><p>一、招标条件</p><p>本项目已批准建设，资金已落实。</p>"
        "<p>二、投标人资格要求：具备市政公用工程施工总承包三级及以上资质</p>"
    ).encode()
    rec = extract(page)
    assert rec.fields["tender_conditions"] == "本项目已批准建设，资金已落实"
    assert rec.fields["qualification"] == "具备市政公用工程施工总承包三级及以上资质"


def test_agency_assessment_is_its_own_notice_type() -> None:
    page = (
        "<h1 class='title'>关于2025年度集中采购机构考核结果的公告</h1><p>被考核单位：衢州市公共资源交易中心</p>"
        "<p>考核结果：优秀</p><p>考核部门：衢州市财政局</p>"
    ).encode()
    rec = extract(page)
    assert rec.notice_type == "procurement.agency_assessment"
    assert rec.fields["parties"] == ["衢州市公共资源交易中心"]
    assert rec.fields["assessment_result"] == "优秀"
    assert rec.fields["enforcement_agency"] == "衢州市财政局"
