"""Government procurement (政府采购) notice builders."""

from __future__ import annotations

import random
from typing import Any

from . import money as M
from . import pools
from .content import Table
from .notices_base import Builder, period_text

P = dict[str, Any]


def _head(b: Builder, p: P, agency: bool = True) -> None:
    b.text("project_name", ("项目名称", "采购项目名称"), p["name"])
    b.text("project_number", ("项目编号", "采购项目编号"), p["number"])
    b.text("purchaser", ("采购人", "采购人名称", "采购单位"), p["purchaser"])
    if agency and p.get("agency"):
        b.text("agency", ("采购代理机构", "代理机构名称", "采购代理机构名称"), p["agency"])


def _contact(b: Builder, p: P) -> None:
    b.text("contact_phone", ("联系电话", "项目联系电话", "联系方式"), p["phone"])


def intention(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['purchaser']}{n['pd'].year}年{n['pd'].month}月政府采购意向")
    b.c.preamble = "为便于供应商及时了解政府采购信息，根据《财政部关于开展政府采购意向公开工作的通知》等有关规定，现将采购意向公开如下："
    b.text("project_name", "采购项目名称", p["name"])
    b.text("purchaser", "采购单位", p["purchaser"])
    b.text("requirements", ("采购需求概况", "采购需求"), p["requirements"])
    b.money("budget", ("预算金额", "预算金额（元）"), p["budget"])
    planned = n["planned"]
    b.item("planned_date", "预计采购时间", f"{planned.year}年{planned.month}月", planned.isoformat()[:7])
    b.c.prose.append(
        "本次公开的采购意向是本单位政府采购工作的初步安排，具体采购项目情况以相关采购公告和采购文件为准。"
    )
    b.sign(p["purchaser"], n["pd"])
    return b


def tender(rng: random.Random, p: P, n: P) -> Builder:
    kind = "公开招标公告" if p["method"] == "公开招标" else f"{p['method']}公告"
    b = Builder(rng, f"{p['name']}{kind}")
    if rng.random() < 0.4:  # the 2020 national template opens with a 项目概况 summary
        due = n["deadline"]
        b.c.preamble = (
            f"项目概况：{p['name']}的潜在投标人应在政采云平台(https://www.zcygov.cn/)获取（下载）招标文件，"
            f"并于 {due.year}年{due.month:02d}月{due.day:02d}日 09:30（北京时间）前递交（上传）投标文件。"
        )
    else:
        b.c.preamble = f"{p['agency']}受{p['purchaser']}委托，根据《中华人民共和国政府采购法》等有关规定，现对{p['name']}进行{p['method']}，欢迎合格的供应商前来投标。"
    _head(b, p)
    b.text("tender_method", "采购方式", p["method"])
    b.money("budget", ("预算金额", "采购预算", "预算金额（元）"), n.get("budget", p["budget"]))
    if p.get("max_price"):
        b.money("max_price", ("最高限价", "最高限价（元）"), p["max_price"])
    b.text("requirements", ("采购需求", "采购项目内容"), p["requirements"])
    b.text("qualification", ("投标人的资格要求", "申请人的资格要求", "供应商资格要求"), p["qualification"])
    b.text(
        "doc_obtain",
        ("招标文件获取", "获取采购文件"),
        f"{period_text(rng, n['pd'], n['doc_end'])}，登录政采云平台在线获取",
    )
    b.text("notice_period", "公告期限", "自本公告发布之日起5个工作日")
    b.when(
        "bid_deadline", ("投标截止时间", "提交投标文件截止时间", "响应文件提交截止时间"), n["deadline"], 9, 30
    )
    b.when("opening_time", ("开标时间", "开启时间"), n["deadline"], 9, 30)
    _contact(b, p)
    b.sign(p["agency"], n["pd"])
    b.attach("招标文件.pdf" if p["method"] == "公开招标" else "采购文件.pdf", f"/files/{n['nid']}/1.pdf")
    return b


def prequalification(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}资格预审公告")
    _head(b, p)
    b.text("requirements", "采购需求", p["requirements"])
    b.text("qualification", "对供应商的资格要求", p["qualification"])
    b.when("bid_deadline", "提交资格预审申请文件截止时间", n["deadline"], 14, 0)
    _contact(b, p)
    b.sign(p["agency"], n["pd"])
    return b


def consultation(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}采购文件意见征询公告")
    b.c.preamble = (
        "为提高采购文件的科学性和合理性，现就本项目采购需求公开征求意见，欢迎潜在供应商提出意见和建议。"
    )
    _head(b, p)
    b.text("requirements", "采购需求", p["requirements"])
    b.text(None, "意见反馈截止时间", M.date_cn(n["deadline"]) + "17时00分")
    _contact(b, p)
    b.sign(p["agency"], n["pd"])
    return b


def single_source(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}单一来源采购公示")
    _head(b, p)
    b.money("budget", "预算金额", p["budget"])
    b.text(
        "single_source_reason",
        ("采用单一来源采购方式的原因及相关说明", "采用单一来源方式的原因及说明"),
        p["ss_reason"],
    )
    b.text("proposed_supplier", ("拟定的唯一供应商名称", "拟定供应商"), p["winner"])
    b.text(
        "expert_opinion",
        ("专业人员论证意见", "具体论证意见"),
        f"经{'、'.join(p['experts'][:3])}等专业人员论证，该项目只能从唯一供应商处采购，同意采用单一来源采购方式。",
    )
    b.item(
        "publicity_start",
        ("公示期", "公示时间"),
        period_text(rng, n["pstart"], n["pend"]),
        n["pstart"].isoformat(),
    )
    b.f["publicity_end"] = n["pend"].isoformat()
    b.text(
        "objection_channel",
        "异议受理",
        f"任何供应商、单位或者个人对采用单一来源采购方式有异议的，可在公示期内以书面形式向{p['agency']}提出。",
    )
    _contact(b, p)
    b.sign(p["agency"], n["pd"])
    return b


def correction(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}更正公告")
    _head(b, p)
    b.text("original_notice", "原公告名称", f"{p['name']}公开招标公告")
    b.text("correction_items", ("更正事项", "更正内容"), n["change"])
    b.text(None, "更正日期", M.date_cn(n["pd"]))
    _contact(b, p)
    b.sign(p["agency"], n["pd"])
    return b


def bid_opening(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}开标结果公告")
    _head(b, p)
    b.when("opening_time", "开标时间", n["deadline"], 9, 30)
    rows = [[str(i + 1), c["name"], M.yuan_nocomma(c["price"])] for i, c in enumerate(p["bidders"])]
    b.c.tables.append(Table(None, "开标记录", ["序号", "投标人名称", "投标报价"], rows))
    b.f["candidates"] = [
        {"rank": i + 1, "name": c["name"], "price": c["price"]} for i, c in enumerate(p["bidders"])
    ]
    b.sign(p["agency"], n["pd"])
    return b


def result(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}{rng.choice(('中标(成交)结果公告', '中标结果公告', '成交结果公告'))}")
    _head(b, p)
    if rng.random() < 0.5:
        b.text(None, "中标供应商地址", f"浙江省衢州市{pools.town(rng, p['region'])}")
        b.item("winner", ("中标供应商名称", "成交供应商名称", "中标(成交)供应商"), p["winner"], [p["winner"]])
        b.money("amount", ("中标金额", "成交金额", "中标(成交)金额"), n.get("amount", p["amount"]))
    else:
        b.f["winner"] = [p["winner"]]
        amount = n.get("amount", p["amount"])
        b.f["amount"] = amount
        b.c.tables.append(
            Table(
                "winner",
                "中标(成交)信息",
                ["序号", "中标(成交)供应商名称", "中标(成交)金额（元）"],
                [["1", p["winner"], f"{amount:.2f}"]],
            )
        )
    b.text("spec_model", ("主要标的规格型号", "规格型号"), p["spec"])
    b.date("evaluation_date", ("评审日期", "评标日期"), n["eval"])
    b.date("award_date", ("定标日期", "中标(成交)确定日期", "确定中标人日期"), n["award"])
    if rng.random() < 0.5:
        b.item("experts", ("评审专家名单", "评标委员会成员名单"), "、".join(p["experts"]), list(p["experts"]))
    else:
        b.f["experts"] = list(p["experts"])
        b.c.tables.append(
            Table(
                "experts",
                "评审专家名单",
                ["序号", "姓名", "备注"],
                [[str(i + 1), e, "组长" if i == 0 else ""] for i, e in enumerate(p["experts"])],
            )
        )
    b.text(None, "公告期限", "自本公告发布之日起1个工作日")
    _contact(b, p)
    b.sign(p["agency"], n["pd"])
    b.attach("采购文件.pdf", f"/files/{n['nid']}/1.pdf")
    return b


def contract(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}{rng.choice(('政府采购合同公告', '合同公告', '采购合同公示'))}")
    b.text("project_number", ("项目编号", "采购项目编号"), p["number"])
    b.text("project_name", "项目名称", p["name"])
    b.text("purchaser", ("采购人(甲方)", "采购人"), p["purchaser"])
    b.item(
        "winner",
        ("供应商(乙方)", "供应商名称"),
        n.get("supplier", p["winner"]),
        [n.get("supplier", p["winner"])],
    )
    b.text("contract_subject", "合同标的名称", p["subject"])
    b.text("spec_model", "规格型号", p["spec"])
    amount = n.get("amount", p["amount"])
    # goods have a unit price; a service or works contract is one lot, its unit price is the total
    b.money("unit_price", "单价", p["unit_price"] if p.get("unit_price") else amount)
    b.money("contract_amount", ("合同金额", "合同金额（元）"), amount)
    b.date("sign_date", ("合同签订日期", "签订日期"), n["sign"])
    b.sign(p["purchaser"], n["pd"])
    b.attach("政府采购合同.pdf", f"/files/{n['nid']}/1.pdf")
    return b


def termination(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}终止公告")
    _head(b, p)
    b.text(
        "termination_reason",
        ("终止原因", "项目终止的原因"),
        rng.choice(
            (
                "因提交投标文件的供应商不足三家，本项目予以终止。",
                "因采购需求发生重大变化，经采购人研究决定终止本次采购。",
                "因有效投标人不足三家，依法终止。",
            )
        ),
    )
    _contact(b, p)
    b.sign(p["agency"], n["pd"])
    return b


def acceptance(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['name']}履约验收结果公告")
    _head(b, p, agency=False)
    b.item("winner", "供应商名称", p["winner"], [p["winner"]])
    b.text("quality_grade", "验收结论", rng.choice(("合格", "验收通过")))
    b.sign(p["purchaser"], n["pd"])
    return b


def complaint_decision(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['bureau']}关于{p['name']}投诉处理结果的公告")
    b.c.doc_no = f"{p['bureau_short']}投诉〔{n['decision'].year}〕{rng.randint(1, 40)}号"
    b.text("project_name", "采购项目名称", p["name"])
    b.text("project_number", "采购项目编号", p["number"])
    b.item(
        "parties",
        ("相关当事人", "当事人名称"),
        f"投诉人：{p['complainant']}；被投诉人：{p['purchaser']}、{p['agency']}",
        [p["complainant"], p["purchaser"], p["agency"]],
    )
    b.text("complaint_items", "投诉事项", "投诉人认为评审过程中对其投标文件的评分有误，要求重新评审。")
    b.text(
        "penalty_result",
        ("处理结果", "处理决定"),
        "经审查，投诉缺乏事实依据，根据《政府采购质疑和投诉办法》第二十九条第（二）项规定，驳回投诉。",
    )
    b.date("decision_date", ("处理日期", "决定日期"), n["decision"])
    b.text("enforcement_agency", "执法机关名称", p["bureau"])
    b.sign(p["bureau"], n["decision"])
    return b


def penalty(rng: random.Random, p: P, n: P) -> Builder:
    b = Builder(rng, f"{p['bureau']}政府采购行政处罚信息公告（{p['party']}）")
    b.item("parties", "当事人名称", p["party"], [p["party"]])
    b.text(
        "violation",
        ("违法失信行为的具体情形", "违法事实"),
        f"{p['party']}在{p['name']}中提供虚假材料谋取中标。",
    )
    b.text("penalty_basis", "处理依据", "《中华人民共和国政府采购法》第七十七条第一款第（一）项")
    b.text(
        "penalty_result",
        "处理结果",
        "处以采购金额千分之五的罚款，列入不良行为记录名单，一年内禁止参加政府采购活动。",
    )
    b.date("decision_date", "处理日期", n["decision"])
    b.text("enforcement_agency", "执法机关名称", p["bureau"])
    b.sign(p["bureau"], n["decision"])
    return b


def agency_assessment(rng: random.Random, p: P, n: P) -> Builder:
    """对集中采购机构的考核结果 (衢政办发〔2018〕73号 二(四)): the finance bureau's yearly assessment."""
    b = Builder(rng, f"{p['bureau']}关于{n['year']}年度对集中采购机构进行考核的公告")
    b.c.doc_no = f"{p['bureau_short']}采〔{n['decision'].year}〕{rng.randint(1, 40)}号"
    b.item("parties", ("被考核的集中采购机构", "被考核单位"), p["centre"], [p["centre"]])
    b.text("enforcement_agency", ("考核部门", "考核单位"), p["bureau"])
    b.text(
        "assessment_result",
        ("考核结果", "考核情况"),
        f"{p['centre']}{n['year']}年度考核得分{n['score']}分，考核等次为{n['grade']}。"
        "内部监督管理制度健全，采购文件编制规范，存在个别项目档案归档不及时的问题，已责令整改。",
    )
    b.date("decision_date", ("考核日期", "考核结果形成日期"), n["decision"])
    b.sign(p["bureau"], n["decision"])
    return b


BUILDERS = {
    "intention": intention,
    "tender": tender,
    "prequalification": prequalification,
    "consultation": consultation,
    "single_source": single_source,
    "correction": correction,
    "bid_opening": bid_opening,
    "result": result,
    "contract": contract,
    "termination": termination,
    "acceptance": acceptance,
    "complaint_decision": complaint_decision,
    "penalty": penalty,
    "agency_assessment": agency_assessment,
}
