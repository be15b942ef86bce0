"""Housing-security (住房保障) and administrative licensing/penalty notice builders."""

from __future__ import annotations

import random
from typing import Any

from . import money as M
from .content import Table
from .notices_base import Builder

P = dict[str, Any]


def _meta(b: Builder, rng: random.Random, p: P, n: P) -> None:
    b.c.meta = [
        ("索引号", f"11330800{rng.randint(100000, 999999)}/{n['pd'].year}-{rng.randint(10000, 99999)}"),
        ("发布机构", p["bureau"]),
        ("生成日期", n["formed"].isoformat()),
    ]
    b.date("formed_date", ("信息形成日期", "印发日期"), n["formed"])
    b.sign(p["bureau"], n["formed"])


def housing_plan(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['estate']}规划建设方案公示")
    b.text("project_name", "项目名称", p["estate"])
    b.text("location", "项目建设地点", p["location"])
    b.text("land_nature", "用地性质", "城镇住宅用地（保障性住房）")
    b.item("area_m2", "占地面积", f"{p['area']:.2f}平方米", p["area"])
    b.text("construction_content", "建设内容", f"新建保障性租赁住房{p['units']}套及配套设施")
    b.text("planning_indicators", "规划指标", f"容积率{p['far']}，建筑密度≤25%，绿地率≥30%")
    _meta(b, rng, p, n)
    return b


def housing_annual_plan(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['region_name']}{n['year']}年城镇保障性安居工程年度建设计划")
    b.item("task_volume", "建设计划任务量", f"{p['units']}套", p["units"])
    b.text("project_name", "计划项目", p["estate"])
    b.text("unit_types", "计划户型", "40平方米、60平方米、70平方米三种户型")
    _meta(b, rng, p, n)
    return b


def housing_progress(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(
        rng, f"{p['region_name']}{n['year']}年城镇保障性安居工程建设计划完成情况（截至{n['formed'].month}月）"
    )
    b.text("completion_progress", "计划任务完成进度", f"已开工{n['started']}套，开工率{n['pct']}%")
    b.text("project_name", "已开工项目", p["estate"])
    b.date("start_date", "开工日期", n["start"])
    b.text(None, "已竣工项目", n["finished_estate"])
    b.date("completion_date", "竣工日期", n["finished"])
    b.text("supporting_facilities", "配套设施建设情况", "道路、供水、供电等配套设施同步建设")
    _meta(b, rng, p, n)
    return b


def housing_allocation(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['estate']}公共租赁住房配租结果公示")
    b.text("allocation_policy", "分配政策", "《衢州市公共租赁住房管理办法》")
    b.text(
        "allocation_targets", "分配对象", "城镇中等偏下收入住房困难家庭、新就业无房职工和稳定就业外来务工人员"
    )
    b.text("housing_source", "分配房源", f"{p['estate']}共{len(n['rows'])}套")
    b.text("allocation_procedure", "分配程序", "申请、审核、公示、摇号、选房、签约")
    b.text("allocation_process", "分配过程", "资格审核后公开摇号确定选房顺序，按顺序现场选房并签订租赁合同")
    rows = [[str(i + 1), name, room] for i, (name, room) in enumerate(n["rows"])]
    b.c.tables.append(
        Table("allocation_result", f"分配结果（共{len(rows)}户）", ["序号", "申请人", "房号"], rows)
    )
    b.f["allocation_result"] = f"{len(n['rows'])}户"
    _meta(b, rng, p, n)
    return b


def housing_rural_renovation(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['region_name']}{n['year']}年农村危房改造实施情况公示")
    b.text(
        "renovation_policy",
        "农村危房改造政策",
        "《浙江省农村困难家庭危房改造实施办法》，对C级、D级危房实施改造",
    )
    b.text("subsidy", "补助资金分配", f"下达补助资金{M.wan(n['money'])}，每户补助标准{M.wan(n['per'])}")
    b.text("target_identification", "对象认定过程", "农户申请、村级评议、乡镇审核、县级审批")
    b.text("completion_progress", "改造结果", f"已完成改造{n['done']}户")
    _meta(b, rng, p, n)
    return b


def admin_license(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['bureau']}行政许可决定公示（{p['party']}）")
    b.text("decision_no", "行政许可决定文书号", p["decision_no"])
    b.text(None, "许可类别", "普通")
    b.text("party", "行政相对人名称", p["party"])
    b.text("subject_name", "许可内容", p["content"])
    b.date("decision_date", ("许可决定日期", "决定日期"), n["decision"])
    b.date("valid_until", "有效期至", n["valid_until"])
    b.text("enforcement_agency", "许可机关", p["bureau"])
    b.c.meta = [("发布机构", p["bureau"]), ("生成日期", n["pd"].isoformat())]
    b.sign(p["bureau"], n["decision"])
    return b


def admin_penalty(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['bureau']}行政处罚决定书（{p['decision_no']}）")
    b.text("decision_no", "行政处罚决定书文号", p["decision_no"])
    b.text("party", "行政相对人名称", p["party"])
    b.text("violation", "违法行为类型", p["violation"])
    b.text("penalty_basis", "处罚依据", p["basis"])
    b.text("penalty_result", "处罚结果", f"罚款{M.yuan_plain(p['fine'])}")
    b.date("decision_date", ("处罚决定日期", "作出决定日期"), n["decision"])
    b.text("enforcement_agency", "处罚机关", p["bureau"])
    b.c.meta = [("发布机构", p["bureau"]), ("生成日期", n["pd"].isoformat())]
    b.sign(p["bureau"], n["decision"])
    return b


BUILDERS = {
    "housing.plan": housing_plan,
    "housing.annual_plan": housing_annual_plan,
    "housing.progress": housing_progress,
    "housing.allocation": housing_allocation,
    "housing.rural_renovation": housing_rural_renovation,
    "admin.license": admin_license,
    "admin.penalty": admin_penalty,
}
