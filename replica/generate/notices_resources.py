"""Land, mining-rights, state-property and emission-rights notice builders."""

from __future__ import annotations

import random
from typing import Any

from . import money as M
from .content import Table
from .notices_base import Builder, period_text

P = dict[str, Any]


# ---- land (国有土地使用权出让) ----
def land_supply_plan(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['region_name']}{n['year']}年度国有建设用地供应计划")
    b.c.preamble = f"根据《土地管理法》和国有建设用地供应计划编制规范，经{p['region_name']}人民政府批准，现将{n['year']}年度国有建设用地供应计划公布如下："
    b.item(
        "supply_total",
        ("国有建设用地供应总量", "计划供应总量"),
        f"{p['supply_total']:.2f}平方米（{p['supply_total'] / 10000:.2f}公顷）",
        p["supply_total"],
    )
    b.text("supply_structure", "供应结构", p["structure"])
    b.text("supply_layout", "供应布局", p["layout"])
    b.text("supply_method", "供应方式", "以招标拍卖挂牌出让为主，划拨用地依法供应")
    b.date("formed_date", ("信息形成日期", "印发日期"), n["formed"])
    b.c.meta = [
        ("索引号", f"11330800{rng.randint(100000, 999999)}/{n['year']}-{rng.randint(10000, 99999)}"),
        ("发布机构", p["bureau"]),
        ("生成日期", n["formed"].isoformat()),
    ]
    b.sign(p["bureau"], n["formed"])
    return b


def land_transfer_notice(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['region_name']}国有建设用地使用权挂牌出让公告（{p['parcel']}）")
    b.c.doc_no = f"{p['short']}土告字〔{n['pd'].year}〕{rng.randint(1, 60)}号"
    b.c.preamble = (
        f"经{p['region_name']}人民政府批准，{p['bureau']}决定以挂牌方式出让以下地块的国有建设用地使用权。"
    )
    b.text("parcel_no", ("地块编号", "宗地编号"), p["parcel"])
    b.text("location", ("土地位置", "地块位置"), p["location"])
    b.item("area_m2", ("出让面积", "土地面积"), f"{p['area']:.2f}平方米", p["area"])
    b.text("land_use", "土地用途", p["use"])
    b.item("use_term_years", "出让年限", f"{p['term']}年", p["term"])
    b.text("planning_indicators", ("规划指标要求", "规划指标"), p["indicators"])
    b.money("starting_price", ("起始价", "挂牌起始价"), n.get("start_price", p["start_price"]))
    b.text(
        "qualification",
        "竞买人资格条件",
        "中华人民共和国境内外的法人、自然人和其他组织均可申请参加竞买（法律法规另有规定的除外），申请人可以单独申请，也可以联合申请。",
    )
    b.text(
        "schedule", ("交易时间安排", "挂牌时间"), f"挂牌时间为{period_text(rng, n['list_start'], n['deal'])}"
    )
    b.text("supply_method", "出让方式", "挂牌出让")
    b.text("contact_phone", "联系电话", p["phone"])
    b.sign(p["bureau"], n["pd"])
    return b


def land_deal_result(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['region_name']}国有建设用地使用权挂牌出让结果公示（{p['parcel']}）")
    b.c.preamble = f"{p['bureau']}于{M.date_cn(n['list_start'])}至{M.date_cn(n['deal'])}以挂牌方式出让{p['parcel']}地块国有建设用地使用权，现将出让结果公示如下："
    b.text("project_name", "项目名称", f"{p['parcel']}地块国有建设用地使用权出让")
    b.text("parcel_no", "地块编号", p["parcel"])
    b.text("location", ("项目位置", "土地位置"), p["location"])
    b.item("area_m2", "面积", f"{p['area']:.2f}平方米", p["area"])
    b.text("land_use", "土地用途", p["use"])
    b.text("supply_method", "供地方式", "挂牌出让")
    b.c.restate("supply_method", "挂牌出让结果", "出让结果")  # the title names the method too
    b.c.restate("supply_method", "以挂牌方式出让", "出让")  # and so does the preamble
    b.item("use_term_years", "土地使用年限", f"{p['term']}年", p["term"])
    b.text("industry", "行业分类", p["industry"])
    b.money("amount", ("成交价格", "成交价"), p["amount"])
    b.item("winner", ("土地使用权人", "竞得人"), p["winner"], [p["winner"]])
    b.date("deal_date", ("成交时间", "成交日期"), n["deal"])
    b.sign(p["bureau"], n["pd"])
    return b


# ---- mining (矿业权出让) ----
def mining_transfer_notice(rng: random.Random, p: P, n: P) -> Builder:
    if p.get("right") == "exploration":
        return exploration_transfer_notice(rng, p, n)
    b = Builder(rng, f"{p['mine']}采矿权网上挂牌出让公告")
    b.c.doc_no = f"浙资交矿公告〔{n['pd'].year}〕{rng.randint(1, 60)}号"
    b.text("project_name", ("采矿权名称", "矿山名称", "项目名称"), p["mine"])
    b.text("mineral", "开采矿种", p["mineral"])
    b.text("location", ("矿区位置", "地理位置"), p["location"])
    b.text(
        "coordinates", ("矿区范围", "范围坐标"), f"由{len(p['coords'])}个拐点圈定，坐标系为2000国家大地坐标系"
    )
    b.c.tables.append(
        Table(
            "coordinates",
            "矿区范围拐点坐标",
            ["点号", "X坐标", "Y坐标"],
            [[str(i + 1), f"{x:.2f}", f"{y:.2f}"] for i, (x, y) in enumerate(p["coords"])],
        )
    )
    m2 = round(p["km2"] * 1_000_000, 2)
    b.item("area_m2", "矿区面积", f"{m2:.2f}平方米（{p['km2']:.4f}平方千米）", m2)
    b.text("production_scale", ("生产规模", "设计建设规模"), p["scale"])
    b.text("use_term_years", "出让年限", f"{p['term']}年")
    b.f["use_term_years"] = p["term"]
    b.text("supply_method", "出让方式", "网上挂牌出让")
    b.money("starting_price", "挂牌起始价", p["start_price"])
    b.text(
        "qualification",
        ("竞买人资格条件", "竞买要求"),
        "中华人民共和国境内注册的企业法人，不接受联合竞买，未被列入矿业权人异常名录或严重违法失信名单。",
    )
    b.text("schedule", "挂牌时间", period_text(rng, n["list_start"], n["deal"]))
    b.sign(p["bureau"], n["pd"])
    return b


def exploration_transfer_notice(rng: random.Random, p: P, n: P) -> Builder:
    """A 探矿权 (exploration right) sale: the plan asks 勘察工作程度 and 规定时间 of it, not 生产规模
    (衢政办发〔2018〕73号 二(三)1); labels as real 探矿权 notices print them (探矿权名称, 勘查矿种, 勘查区范围)."""
    b = Builder(rng, f"{p['mine']}探矿权挂牌出让公告")
    b.c.doc_no = f"浙资交矿公告〔{n['pd'].year}〕{rng.randint(1, 60)}号"
    b.text("project_name", ("探矿权名称", "项目名称"), p["mine"])
    b.text("mineral", "勘查矿种", p["mineral"])
    b.text("location", "地理位置", p["location"])
    b.text(
        "coordinates",
        ("勘查区范围", "范围坐标"),
        f"由{len(p['coords'])}个拐点圈定，坐标系为2000国家大地坐标系",
    )
    b.c.tables.append(
        Table(
            "coordinates",
            "勘查区范围拐点坐标",
            ["点号", "X坐标", "Y坐标"],
            [[str(i + 1), f"{x:.2f}", f"{y:.2f}"] for i, (x, y) in enumerate(p["coords"])],
        )
    )
    km2 = round(p["km2"], 4)  # the truth is what the page prints
    m2 = round(km2 * 1_000_000, 2)
    b.item("area_m2", ("勘查区面积", "面积"), f"{m2:.2f}平方米（{km2:.4f}平方千米）", m2)
    b.text("exploration_level", "勘查工作程度", p["level"])
    b.text(
        "time_limit",
        ("规定时间", "勘查工作时限要求"),
        f"竞得人应自取得勘查许可证之日起{p['term']}年内完成{p['level']}工作并提交勘查报告",
    )
    b.text("use_term_years", ("出让年限", "出让期限"), f"{p['term']}年")
    b.f["use_term_years"] = p["term"]
    b.text("supply_method", "出让方式", "网上挂牌出让")
    b.money("starting_price", ("起始价", "挂牌起始价"), p["start_price"])
    b.text(
        "qualification",
        ("竞买人资格条件", "竞买要求"),
        "中华人民共和国境内注册的营利法人或事业法人，不接受联合竞买，未被列入严重违法失信名单。",
    )
    b.text("schedule", "挂牌时间", period_text(rng, n["list_start"], n["deal"]))
    b.sign(p["bureau"], n["pd"])
    return b


def mining_deal_result(rng: random.Random, p: P, n: P) -> Builder:
    exploration = p.get("right") == "exploration"
    right = "探矿权" if exploration else "采矿权"
    b = Builder(rng, f"{p['mine']}{right}出让成交结果公示")
    b.text("project_name", f"{right}名称", p["mine"])
    brief = f"{p['level']}" if exploration else p["scale"]
    b.text("subject_name", "竞得的矿业权简要情况", f"{p['mineral']}，{brief}，出让年限{p['term']}年")
    b.item("winner", "竞得人名称", p["winner"], [p["winner"]])
    b.date("deal_date", "成交时间", n["deal"])
    b.text("deal_place", "成交地点", "浙江省自然资源厅矿业权网上交易系统")
    b.money("amount", "成交价", p["amount"])
    b.text("payment_method", "缴纳方式", "竞得人应在签订出让合同后按合同约定分期缴纳矿业权出让收益")
    b.sign(p["bureau"], n["pd"])
    return b


def mining_approval_result(rng: random.Random, p: P, n: P) -> Builder:
    right = "探矿权" if p.get("right") == "exploration" else "采矿权"
    b = Builder(rng, f"{p['mine']}{right}审批结果公开")
    b.text("right_holder", "矿业权人", p["winner"])
    b.text("project_name", "矿山名称", p["mine"])
    b.text("license_no", "许可证号", p["license"])
    b.text("application_type", "申请类型", "新立")
    b.date("valid_until", "有效期止", n["valid_until"])
    b.date("approval_date", ("审批日期", "批准日期"), n["approval"])
    b.c.meta = [("发布机构", p["bureau"]), ("生成日期", n["pd"].isoformat())]
    b.sign(p["bureau"], n["approval"])
    return b


# ---- state property (国有产权) ----
def property_approval(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"关于同意{p['seller']}转让{p['subject']}的批复")
    b.c.doc_no = f"衢国资〔{n['approval'].year}〕{rng.randint(1, 99)}号"
    b.text(
        "approval_info",
        "审查批准情况",
        f"经审核，同意{p['seller']}通过公共资源交易平台公开转让{p['subject']}。",
    )
    b.text("purchaser", "转让主体", p["seller"])
    b.text("subject_name", "转让标的", p["subject"])
    b.date("approval_date", "批准日期", n["approval"])
    b.c.meta = [("发布机构", p["bureau"]), ("生成日期", n["pd"].isoformat())]
    b.sign(p["bureau"], n["approval"])
    return b


def property_transfer_notice(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['subject']}{rng.choice(('转让公告', '公开招租公告', '交易公告'))}")
    b.text("project_number", ("项目编号", "标的编号"), p["number"])
    # the truth key follows the printed label: 项目名称 is the project_name a reader files it under
    label = b.rng.choice(("标的名称", "项目名称"))
    b.text("subject_name" if label == "标的名称" else "project_name", label, p["subject"])
    b.text("purchaser", "转让方", p["seller"])
    b.text("project_overview", "项目概况", p["overview"])
    # the overview's '标的位于X' states where the object is: the truth carries it (a reader that takes it is right)
    b.f["location"] = p["location"]
    b.text(
        "valuation", ("资产评估情况", "评估值"), f"经{p['appraiser']}评估，评估值为{M.wan(p['valuation'])}"
    )
    b.money("starting_price", ("挂牌价格", "转让底价"), p["start_price"])
    b.text("trading_conditions", "竞价方式交易条件", "网上竞价，价高者得，加价幅度" + M.wan(p["step"]))
    b.text(
        "qualification",
        "受让方资格条件",
        "依法存续的企业法人、其他组织或具有完全民事行为能力的自然人，不接受联合受让。",
    )
    b.item(
        "publicity_start",
        ("公告期", "信息披露期"),
        period_text(rng, n["pstart"], n["pend"]),
        n["pstart"].isoformat(),
    )
    b.f["publicity_end"] = n["pend"].isoformat()
    b.text("contact_phone", "联系电话", p["phone"])
    b.sign(p["exchange"], n["pd"])
    return b


def property_deal_result(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['subject']}交易结果公告")
    b.text("project_number", "项目编号", p["number"])
    b.text("subject_name", "标的名称", p["subject"])
    b.money("amount", ("成交价格", "成交价"), p["amount"])
    b.date("deal_date", ("成交时间", "成交日期"), n["deal"])
    b.text("supply_method", "转让方式", "网上竞价")
    b.item("winner", "受让方", p["winner"], [p["winner"]])
    b.sign(p["exchange"], n["pd"])
    return b


# ---- emission rights (排污权) ----
def emission_transfer_notice(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['region_name']}{n['pd'].year}年第{p['period']}期政府储备排污权电子竞价公告")
    b.text("subject_name", ("出让指标名称", "交易标的名称"), p["pollutant"])
    b.item("quantity", ("数量", "出让排污指标数量"), f"{p['tons']:.4f}吨", p["tons"])
    b.money("starting_price", "起始价", p["start_price"])
    b.text("qualification", "报名条件", "具有排污权初始分配或新增排污权需求且已取得环评批复的排污单位。")
    b.text(
        "schedule",
        ("竞价时间", "时间和方式"),
        f"报名时间{period_text(rng, n['pd'], n['reg_end'])}；网上竞价时间{M.date_cn(n['deal'])}9时至10时",
    )
    b.text("deal_place", "竞价地点", "浙江省排污权交易网电子竞价系统")
    b.text("supply_method", "竞价方式", "电子竞价，价高者得")
    b.text("fax", "传真号码", f"0570-{rng.randint(3000000, 8999999)}")
    b.text("registration_materials", "报名提供资料", "营业执照副本、环评批复文件、法定代表人身份证明")
    b.text("deposit_method", "保证金缴纳方式", "按起始价总额的20%通过银行转账缴纳至交易中心指定账户")
    b.sign(p["exchange"], n["pd"])
    return b


def emission_deal_result(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['region_name']}{n['pd'].year}年第{p['period']}期政府储备排污权电子竞价结果公告")
    b.text("subject_name", "指标名称", p["pollutant"])
    b.item("quantity", "数量", f"{p['tons']:.4f}吨", p["tons"])
    b.money("starting_price", "起始价", p["start_price"])
    b.money("amount", "成交价", p["amount"])
    b.item("winner", "成交人", p["winner"], [p["winner"]])
    b.date("deal_date", "成交日期", n["deal"])
    b.sign(p["exchange"], n["pd"])
    return b


BUILDERS = {
    "land.supply_plan": land_supply_plan,
    "land.transfer_notice": land_transfer_notice,
    "land.deal_result": land_deal_result,
    "mining.transfer_notice": mining_transfer_notice,
    "mining.deal_result": mining_deal_result,
    "mining.approval_result": mining_approval_result,
    "property.approval": property_approval,
    "property.transfer_notice": property_transfer_notice,
    "property.deal_result": property_deal_result,
    "emission.transfer_notice": emission_transfer_notice,
    "emission.deal_result": emission_deal_result,
}
