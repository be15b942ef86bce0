"""Construction tendering (工程建设项目招标投标) notice builders."""

from __future__ import annotations

import random
from typing import Any

from . import money as M
from .content import Table
from .notices_base import Builder, period_text

P = dict[str, Any]


def _head(b: Builder, p: P) -> None:
    b.text("project_name", ("项目名称", "工程名称", "招标项目名称"), p["name"])
    b.text("project_number", ("项目编号", "招标编号", "标段编号"), p["number"])
    b.text("purchaser", ("招标人", "建设单位", "招标人名称"), p["purchaser"])
    b.text("agency", ("招标代理机构", "代理机构"), p["agency"])


def approval(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"关于{p['name']}招标方案的核准意见")
    b.c.doc_no = f"{p['bureau_short']}发改审批〔{n['approval'].year}〕{rng.randint(10, 300)}号"
    b.text("project_name", "项目名称", p["name"])
    b.text("purchaser", "项目单位", p["purchaser"])
    b.text(
        "approval_info",
        ("项目审批核准备案信息", "审批核准情况"),
        f"项目已经{p['bureau']}批准立项，总投资{M.wan(p['budget'] * 1.25)}。",
    )
    b.text("tender_scope", "招标范围", p["scope"])
    b.text("tender_method", "招标方式", "公开招标")
    b.text("organization_form", "组织形式", "委托招标")
    b.text(
        "budget_approval",
        "初步设计概算审批情况",
        f"初步设计概算已经{p['bureau']}审批，概算{M.wan(p['budget'] * 1.2)}",
    )
    b.date("approval_date", ("核准日期", "批准日期", "审批日期"), n["approval"])
    b.c.meta = [
        ("索引号", f"002{rng.randint(1000000, 9999999)}/{n['pd'].year}-{rng.randint(10000, 99999)}"),
        ("发布机构", p["bureau"]),
        ("生成日期", n["pd"].isoformat()),
    ]
    b.sign(p["bureau"], n["approval"])
    return b


def credit(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{n['pd'].year}年第{rng.randint(1, 4)}季度建筑业企业信用等级评价结果公示")
    b.text(None, "评价单位", p["bureau"])
    b.text("performance_capacity", "履约能力", "参评企业评价期内合同履约情况良好，未发现违约记录")
    rows = [[str(i + 1), name, grade] for i, (name, grade) in enumerate(p["credit_rows"])]
    b.c.tables.append(Table("credit_rating", "信用评价结果", ["序号", "企业名称", "信用等级"], rows))
    b.f["credit_rating"] = [g for _, g in p["credit_rows"]]
    b.f["parties"] = [name for name, _ in p["credit_rows"]]
    b.sign(p["bureau"], n["pd"])
    return b


def mask(name: str) -> str:
    """A name as privacy rules print it on many pages: surname + ``**`` (张**)."""
    return name[0] + "**"


def fabao(rng: random.Random, p: P, n: P) -> Builder:
    """长兴-style 发包公告 of a small project: 发包人 / 发包范围 / 承包人 vocabulary, numbered sections."""
    b = Builder(rng, f"{p['name']}{rng.choice(('交易公告', '发包公告'))}")
    b.layout = "fabao"
    b.c.banner = "【发包公告】"
    b.c.preamble = (
        f"本发包项目“{p['name']}”已批准实施，资金来源：财政资金，项目已具备发包条件，现对该项目进行公开发包。"
    )
    b.text("project_name", "项目名称", p["name"])
    b.text("project_number", "项目编号", p["number"])
    b.text("tender_conditions", "发包条件", "项目已批准实施，资金已落实，已具备发包条件")
    b.text("project_overview", "项目概况", p["overview"])
    b.text("tender_scope", "发包范围", p["scope"])
    b.money("max_price", ("发包控制价", "最高限价"), n.get("max_price", p["max_price"]))
    b.text("qualification", "承包人资格要求", p["qualification"])
    b.text(
        "doc_obtain",
        "发包文件的获取",
        f"{period_text(rng, n['pd'], n['doc_end'])}，每日上午8:30-11:00，下午14:00-16:30（双休日除外）在交易平台下载",
    )
    b.when("bid_deadline", "投标截止时间", n["deadline"], 9, 30)
    b.text("bid_submission", "承包申请文件的递交", "在投标截止时间前递交至镇招投标中心开标室，逾期恕不受理")
    b.text("purchaser", "发包人", p["purchaser"])
    b.text("agency", "发包代理机构", p["agency"])
    b.text("contact_phone", "联系电话", p["phone"])
    b.c.sign = [p["purchaser"], p["agency"], M.date_cn0(n["pd"])]
    b.attach("发包文件.pdf", f"/files/{n['nid']}/1.pdf")
    return b


def tender(rng: random.Random, p: P, n: P, pre: bool = False) -> Builder:
    if not pre and p["max_price"] < 4_000_000 and rng.random() < 0.25:
        return fabao(rng, p, n)
    word = "资格预审公告" if pre else rng.choice(("招标公告", "施工招标公告", "公开招标公告"))
    b = Builder(rng, f"{p['name']}{word}")
    b.c.preamble = f"本招标项目{p['name']}已由{p['bureau']}批准建设，项目业主为{p['purchaser']}，建设资金来自财政资金，项目已具备招标条件，现对该项目进行公开招标。"
    _head(b, p)
    b.text("tender_conditions", "招标条件", f"项目已由{p['bureau']}批准建设，建设资金已落实，已具备招标条件")
    if pre:
        b.text("prequalification_method", "资格预审方式", "合格制")
    b.text("project_overview", ("项目概况", "建设规模"), p["overview"])
    b.text("tender_scope", "招标范围", p["scope"])
    b.money("max_price", ("招标控制价", "最高投标限价", "最高限价"), n.get("max_price", p["max_price"]))
    b.text(
        "qualification",
        ("申请人资格要求", "资格预审审查标准") if pre else ("投标人资格要求", "资质条件"),
        p["qualification"],
    )
    b.text(
        "doc_obtain",
        ("招标文件的获取", "招标文件获取") if not pre else "资格预审文件的获取",
        f"{period_text(rng, n['pd'], n['doc_end'])}，在衢州市公共资源交易平台下载",
    )
    b.when(
        "bid_deadline",
        ("提交投标文件截止时间", "投标截止时间") if not pre else "资格预审申请文件递交截止时间",
        n["deadline"],
        9,
        30,
    )
    b.text(
        "bid_submission",
        ("投标文件的递交", "投标文件递交"),
        "通过浙江省公共资源交易服务平台在线递交电子投标文件",
    )
    b.text("contact_phone", "联系电话", p["phone"])
    b.sign(f"招标人：{p['purchaser']}  招标代理机构：{p['agency']}", n["pd"])
    b.attach("招标文件.zip", f"/files/{n['nid']}/1.zip")
    return b


def prequalification(rng: random.Random, p: P, n: P) -> Builder:
    return tender(rng, p, n, pre=True)


def correction(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}{rng.choice(('补充公告', '变更公告', '更正公告'))}")
    _head(b, p)
    b.text("original_notice", "原公告名称", f"{p['name']}招标公告")
    b.text("correction_items", ("变更内容", "更正事项", "补充内容"), n["change"])
    b.sign(p["agency"], n["pd"])
    return b


def bid_opening(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}开标记录")
    b.text("project_name", "工程名称", p["name"])
    b.text("project_number", "招标编号", p["number"])
    b.when("opening_time", "开标时间", n["deadline"], 9, 30)
    masked = rng.random() < 0.4
    if rng.random() < 0.5:
        rows = [
            [
                str(i + 1),
                c["name"],
                M.yuan_nocomma(c["price"]),
                f"{p['days']}日历天",
                mask(c["pm"]) if masked else c["pm"],
            ]
            for i, c in enumerate(p["bidders"])
        ]
        b.c.tables.append(Table(None, "开标记录表", ["序号", "投标人", "投标报价", "工期", "项目经理"], rows))
    else:  # 龙游-style 唱标记录: sealing, deposit, price in whole yuan, days with or without 日历天, quality target
        quality = ("合格", "一次性验收合格", "一次性验收合格，并通过省级验收")
        rows = [
            [
                str(i + 1),
                c["name"],
                rng.choice(("完好", "")),
                rng.choice(("已缴纳", "")),
                f"{c['price']:.0f}",
                str(p["days"]) if rng.random() < 0.8 else f"{p['days']}日历天",
                rng.choice(quality),
                mask(c["pm"]) if masked else c["pm"],
            ]
            for i, c in enumerate(p["bidders"])
        ]
        b.c.tables.append(
            Table(
                None,
                "（一）唱标记录",
                [
                    "序号",
                    "投标人名称",
                    "密封情况",
                    "投标保证金",
                    "投标报价",
                    "工期（日历天）",
                    "质量目标",
                    "项目经理",
                ],
                rows,
            )
        )
    # the bidders of a 开标记录 are its candidates in the taxonomy (rank = 序号, price = 投标报价)
    b.f["candidates"] = [
        {"rank": i + 1, "name": c["name"], "price": c["price"]} for i, c in enumerate(p["bidders"])
    ]
    b.sign(p["agency"], n["pd"])
    return b


def candidates(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}中标候选人公示")
    _head(b, p)
    cands = p["candidates"]
    pm = mask if rng.random() < 0.3 else str
    rows = [[str(c["rank"]), c["name"], f"{c['price']:.2f}", pm(c["pm"])] for c in cands]
    b.c.tables.append(
        Table("candidates", "中标候选人", ["排序", "投标人名称", "投标报价（元）", "项目负责人"], rows)
    )
    b.f["candidates"] = [{"rank": c["rank"], "name": c["name"], "price": c["price"]} for c in cands]
    b.f["project_manager"] = pm(cands[0]["pm"])
    b.item(
        "publicity_start",
        ("公示期", "公示时间"),
        period_text(rng, n["pstart"], n["pend"]),
        n["pstart"].isoformat(),
    )
    b.f["publicity_end"] = n["pend"].isoformat()
    b.text(
        "objection_channel",
        ("异议受理渠道和方式", "异议受理"),
        f"投标人或者其他利害关系人对评标结果有异议的，应在公示期内以书面形式向招标人提出，联系电话：{p['phone']}",
    )
    b.sign(p["agency"], n["pd"])
    return b


def result(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}中标结果公告")
    _head(b, p)
    b.item("winner", ("中标人", "中标单位", "中标人名称"), p["winner"], [p["winner"]])
    b.text(None, "交易方式", "公开招标")
    b.money("amount", ("中标价", "中标金额"), p["amount"])
    b.text("project_manager", "项目负责人", mask(p["pm"]) if rng.random() < 0.3 else p["pm"])
    b.date("award_date", ("确定中标人日期", "定标日期"), n["award"])
    b.text(
        "complaint_channel",
        ("投诉渠道", "投诉方式"),
        f"投标人或其他利害关系人认为招标投标活动不符合法律规定的，可向{p['bureau']}投诉，电话{p['bureau_phone']}",
    )
    b.sign(p["purchaser"], n["pd"])
    return b


def contract(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}合同订立及履行信息公开")
    b.text("project_name", "项目名称", p["name"])
    b.text("project_number", "项目编号", p["number"])
    b.text("purchaser", "发包人", p["purchaser"])
    b.item("winner", "承包人", p["winner"], [p["winner"]])
    b.text("contract_subject", "合同主要内容", f"{p['scope']}的施工，工期{p['days']}日历天，质量标准合格")
    b.money("contract_amount", "合同价款", n.get("amount", p["amount"]))
    b.date("sign_date", ("合同订立日期", "合同签订日期"), n["sign"])
    b.date("start_date", "计划开工日期", n["start"])
    b.date("completion_date", "计划竣工日期", n["finish"])
    b.text("construction_progress", "施工进度", "按合同约定的进度计划实施")
    b.text("quality_grade", ("工程验收质量评定等级", "质量评定等级"), rng.choice(("合格", "优良")))
    b.sign(p["purchaser"], n["pd"])
    return b


def termination(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}招标终止公告")
    _head(b, p)
    b.text("termination_reason", "终止原因", "因项目建设内容调整，经招标人研究决定终止本次招标。")
    b.sign(p["purchaser"], n["pd"])
    return b


BUILDERS = {
    "approval": approval,
    "credit": credit,
    "prequalification": prequalification,
    "tender": tender,
    "correction": correction,
    "bid_opening": bid_opening,
    "candidates": candidates,
    "result": result,
    "contract": contract,
    "termination": termination,
}
