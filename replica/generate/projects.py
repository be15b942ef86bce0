"""Project lifecycles: which notices a project publishes, when, and where.

Each ``plan_<domain>`` returns the project's facts and a list of scheduled notices
(``Sched``).  Gaps follow the statutes in Chinese working days; a clean project never breaks a
rule of ``rules.py``.  A planted defect (``defect`` argument) changes exactly one thing;
``missing_field`` is planted by the generator itself (one key of ``rules.PLANTABLE`` on one notice).
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

from . import money as M
from . import pools
from .channels import COUNTY_SITE
from .rules import DEADLINES
from .workdays import add_working_days as awd
from .workdays import next_workday

D = dt.timedelta


@dataclass
class Sched:
    """One notice of a project: its type, dates, sites and planted changes."""

    type: str
    pd: dt.date
    n: dict[str, Any] = field(default_factory=dict)
    sites: list[str] = field(default_factory=list)
    defect: str | None = None  # kind planted on this notice
    drop_field: str | None = None  # missing_field
    skip_zjggzy: bool = False  # not_shared
    removed: dict[str, dt.date] = field(default_factory=dict)  # site -> removed_on
    edit: tuple[str, Any, dt.date, bool] | None = None  # (field key, new value, from, silent)
    content: str | None = None  # "image_only" | "attachment_only": no text fields (clean projects only)
    channels: dict[str, str] = field(default_factory=dict)  # site -> channel, over channel_for (fill.py)


def trading_site(rng: random.Random, region: str, city_site: str) -> str:
    """Home trading site of a region: a county site, or the city's Epoint/Hanweb site."""
    return COUNTY_SITE.get(region, city_site)


def _wd(rng: random.Random, d: dt.date, lo: int, hi: int) -> dt.date:
    return awd(d, rng.randint(lo, hi))


# --------------------------------------------------------------------------- procurement
def plan_procurement(
    rng: random.Random,
    region: str,
    start: dt.date,
    num: int,
    defect: str | None,
    city_site: str,
    force_method: str | None = None,
) -> tuple[dict[str, Any], list[Sched]]:
    """A government procurement project; ``force_method`` sets the procurement method (fill.py)
    after the same draws, so that the main corpus's random stream does not depend on it."""
    kind = rng.choice(("goods", "goods", "service", "works"))
    purchaser = pools.purchaser(rng, region)
    if kind == "goods":
        item, unit = rng.choice(pools.GOODS)
        name = f"{purchaser}{item}采购项目"
        qty = rng.randint(2, 120)
        unit_price = M.round_money(rng, 2000, 60000, 10)
        budget = float(round(unit_price * qty * rng.uniform(1.05, 1.25), -2))
        spec = f"{item} 型号{rng.choice('ABCDEFGHJK')}{rng.randint(100, 990)}，{qty}{unit}"
    else:
        item = rng.choice(pools.SERVICES) if kind == "service" else rng.choice(pools.WORKS)
        name = f"{purchaser}{item}项目"
        unit_price = None
        budget = M.round_money(rng, 150000, 3000000, 1000)
        spec = (
            f"{item}，服务期{rng.choice((1, 2, 3))}年"
            if kind == "service"
            else f"{item}，工期{rng.randint(60, 240)}日历天"
        )
    method = rng.choice(("公开招标", "公开招标", "公开招标", "竞争性磋商", "询价", "单一来源"))
    method = force_method or method
    prefix = {
        "330800": "QZCG",
        "330802": "KCCG",
        "330803": "QJCG",
        "330822": "CSCG",
        "330824": "KHCG",
        "330825": "LYCG",
        "330881": "JSCG",
    }[region]
    winner = pools.company(
        rng, "goods" if kind == "goods" else ("build" if kind == "works" else "service"), region
    )
    amount = float(round(budget * rng.uniform(0.82, 0.99), 2))
    if unit_price is not None:
        amount = float(round(unit_price * qty, 2))
        budget = max(budget, amount + 1000)
    experts = [pools.person(rng) for _ in range(rng.choice((3, 5, 5, 7)))]
    bidders = [{"name": winner, "price": amount}] + [
        {
            "name": pools.company(rng, "goods" if kind == "goods" else "service", region),
            "price": float(round(amount * rng.uniform(1.01, 1.15), 2)),
        }
        for _ in range(rng.randint(2, 5))
    ]
    p: dict[str, Any] = {
        "region": region,
        "name": name,
        "number": f"{prefix}-{start.year}-{num:05d}",
        "purchaser": purchaser,
        "agency": pools.company(rng, "agency", region),
        "budget": budget,
        "method": method,
        "max_price": budget if rng.random() < 0.3 else None,
        "requirements": f"采购{spec}，详见采购文件第三章",
        "qualification": "满足《中华人民共和国政府采购法》第二十二条规定；未被列入失信被执行人、重大税收违法失信主体名单",
        "phone": pools.phone(rng),
        "winner": winner,
        "amount": amount,
        "experts": experts,
        "spec": spec,
        "subject": item,
        "unit_price": unit_price,
        "bidders": bidders,
        "ss_reason": "该项目为原有采购项目的后续扩充，必须保证原有采购项目一致性或者服务配套的要求，只能从原供应商处采购。",
    }
    home = trading_site(rng, region, city_site)
    sites = ["zfcg", home]
    out: list[Sched] = []
    d = next_workday(start)
    if rng.random() < 0.5:
        out.append(Sched("procurement.intention", d, {"planned": d + D(days=rng.randint(35, 75))}, ["zfcg"]))
        d = next_workday(d + D(days=rng.randint(30, 50)))
    extra = []
    if rng.random() < 0.05:
        extra.append("ccgp")
    if rng.random() < 0.04:
        extra.append("jsrender")
    if method == "单一来源":
        pend = awd(d, 5)
        ss = Sched("procurement.single_source", d, {"pstart": d, "pend": pend}, list(sites))
        out.append(ss)
        if defect == "removed_early":
            ss.defect = defect
            ss.removed[home] = _wd(rng, d, 1, 4)
        elif rng.random() < 0.3:
            ss.removed[home] = pend + D(days=rng.randint(1, 20))
        eval_d = _wd(rng, pend, 1, 3)
        tender_s = None
    else:
        if rng.random() < 0.1:
            out.append(Sched("procurement.consultation", d, {"deadline": awd(d, 3)}, list(sites)))
            d = _wd(rng, d, 5, 8)
        if method == "公开招标" and rng.random() < 0.08:
            out.append(Sched("procurement.prequalification", d, {"deadline": awd(d, 6)}, list(sites)))
            d = _wd(rng, d, 8, 10)
        deadline = next_workday(
            d + D(days=rng.randint(20, 28) if method == "公开招标" else rng.randint(10, 15))
        )
        tender_s = Sched("procurement.tender", d, {"deadline": deadline, "doc_end": awd(d, 5)}, sites + extra)
        out.append(tender_s)
        silent = defect == "silent_edit"
        if silent or rng.random() < 0.15:
            cd = _wd(rng, d, 2, 6)
            new_budget = float(round(budget * rng.choice((0.9, 0.95, 1.05, 1.1)), -2))
            tender_s.edit = ("budget", new_budget, cd, silent)
            if silent:
                tender_s.defect = defect
            else:
                out.append(
                    Sched(
                        "procurement.correction",
                        cd,
                        {"change": f"预算金额由{M.yuan_plain(budget)}更正为{M.yuan_plain(new_budget)}。"},
                        sites + [s for s in extra if s == "ccgp"],
                    )
                )
        eval_d = deadline
        if rng.random() < 0.25:
            out.append(Sched("procurement.bid_opening", deadline, {"deadline": deadline}, list(sites)))
        if defect == "missing_followup" and rng.random() < 0.5:
            tender_s.defect = "missing_followup"
            return p, out
        if rng.random() < 0.04 and defect is None:
            out.append(Sched("procurement.termination", _wd(rng, deadline, 1, 5), {}, list(sites)))
            return p, out
    award = _wd(rng, eval_d, 1, 2)
    late_res = defect == "late_posting" and rng.random() < 0.5
    rd = _wd(rng, award, 3, 5) if late_res else _wd(rng, award, 0, 2)
    res = Sched("procurement.result", rd, {"eval": eval_d, "award": award}, sites + [s for s in extra])
    out.append(res)
    if late_res:
        res.defect = "late_posting"
    if defect == "missing_followup":
        res.defect = defect
        return p, out
    sign = next_workday(rd + D(days=rng.randint(3, 15)))
    late_con = defect == "late_posting" and not late_res
    cpd = _wd(rng, sign, 3, 6) if late_con else _wd(rng, sign, 0, 2)
    con = Sched("procurement.contract", cpd, {"sign": sign}, list(sites))
    out.append(con)
    if late_con:
        con.defect = "late_posting"
    if defect == "value_mismatch":
        con.defect = defect
        others = [b["name"] for b in bidders[1:] if b["name"] != winner]
        if others and rng.random() < 0.5:  # the contract names another bidder than the published winner
            con.n["supplier"] = others[0]
        else:
            con.n["amount"] = float(round(amount * rng.choice((1.05, 1.1, 0.9, 1.2)), 2))
    if rng.random() < 0.2:
        out.append(
            Sched("procurement.acceptance", next_workday(cpd + D(days=rng.randint(30, 60))), {}, ["zfcg"])
        )
    return p, out


def plan_procurement_oversight(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None
) -> tuple[dict[str, Any], list[Sched]]:
    """A stand-alone finance-bureau decision (complaint handling or penalty) or its yearly assessment
    of the 集中采购机构 (73号 二(四))."""
    bureau = "衢州市财政局" if region == "330800" else pools.REGIONS[region][0] + "财政局"
    p = {
        "region": region,
        "bureau": bureau,
        "bureau_short": pools.REGIONS[region][1] + "财",
        "name": f"{pools.purchaser(rng, region)}{rng.choice(pools.SERVICES)}项目",
        "number": f"ZFCG-{start.year}-{num:05d}",
        "purchaser": pools.purchaser(rng, region),
        "agency": pools.company(rng, "agency", region),
        "complainant": pools.company(rng, "service", region),
        "party": pools.company(rng, "goods", region),
        "centre": ("衢州市" if region == "330800" else pools.REGIONS[region][0]) + "公共资源交易中心",
    }
    typ = rng.choice(
        ("procurement.complaint_decision", "procurement.penalty", "procurement.agency_assessment")
    )
    decision = next_workday(start)
    extra: dict[str, Any] = {}
    if typ == "procurement.agency_assessment":
        extra = {
            "year": decision.year - 1,
            "score": rng.randint(86, 98),
            "grade": rng.choice(("优秀", "良好")),
        }
    late = defect == "late_posting"
    # a complaint decision is due in 20 working days; a penalty (行政处罚) in 7 (73号 三(三))
    limit = DEADLINES[typ][1]
    pd = _wd(rng, decision, limit + 1, limit + 6) if late else _wd(rng, decision, 1, min(10, limit))
    s = Sched(
        typ,
        pd,
        {"decision": decision, **extra},
        ["zfcg", "qz_portal"],
        defect="late_posting" if late else None,
    )
    return p, [s]


# --------------------------------------------------------------------------- construction
def _bureau(region: str, what: str) -> str:
    return ("衢州市" if region == "330800" else pools.REGIONS[region][0]) + what


def plan_construction(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None, city_site: str
) -> tuple[dict[str, Any], list[Sched]]:
    work = rng.choice(pools.WORKS)
    place = pools.town(rng, region)
    name = f"{pools.REGIONS[region][1]}{place}{work}"
    max_price = M.round_money(rng, 800000, 30000000, 1000)
    winner = pools.company(rng, "build", region)
    amount = float(round(max_price * rng.uniform(0.86, 0.97), 2))
    pm = pools.person(rng)
    cands = [{"rank": 1, "name": winner, "price": amount, "pm": pm}]
    for r in (2, 3):
        cands.append(
            {
                "rank": r,
                "name": pools.company(rng, "build", region),
                "price": float(round(amount * rng.uniform(1.0, 1.05), 2)),
                "pm": pools.person(rng),
            }
        )
    bidders = [{"name": c["name"], "price": c["price"], "pm": c["pm"]} for c in cands]
    bidders += [
        {
            "name": pools.company(rng, "build", region),
            "price": float(round(amount * rng.uniform(1.02, 1.1), 2)),
            "pm": pools.person(rng),
        }
        for _ in range(rng.randint(1, 6))
    ]
    bureau = _bureau(region, "发展和改革局")
    p: dict[str, Any] = {
        "region": region,
        "name": name,
        "number": f"{'QZ' if region == '330800' else pools.REGIONS[region][1]}GC{start.year}-{num:04d}",
        "purchaser": pools.purchaser(rng, region),
        "agency": pools.company(rng, "agency", region),
        "bureau": bureau,
        "bureau_short": pools.REGIONS[region][1],
        "bureau_phone": pools.phone(rng),
        "overview": f"{work}，建设地点{place}，计划工期{rng.randint(90, 365)}日历天",
        "scope": "施工图范围内的全部工程内容",
        "max_price": max_price,
        "budget": max_price,
        "qualification": "具备建设行政主管部门核发的市政公用工程施工总承包三级及以上资质，拟派项目负责人具备二级及以上注册建造师",
        "phone": pools.phone(rng),
        "winner": winner,
        "amount": amount,
        "pm": pm,
        "candidates": cands,
        "bidders": bidders,
        "days": rng.randint(90, 365),
    }
    home = trading_site(rng, region, city_site)
    shared = [home, "zjggzy"]
    out: list[Sched] = []
    d = next_workday(start)
    if rng.random() < 0.3:
        ad = d - D(days=rng.randint(10, 25))
        ad = next_workday(ad)
        late = defect == "late_posting"
        apd = _wd(rng, ad, 21, 25) if late else _wd(rng, ad, 2, 15)
        out.append(
            Sched(
                "construction.approval",
                apd,
                {"approval": ad},
                ["qz_portal"],
                defect="late_posting" if late else None,
            )
        )
        defect = None if late else defect
        d = next_workday(max(d, apd + D(days=3)))
    if rng.random() < 0.1:
        out.append(
            Sched(
                "construction.prequalification",
                d,
                {"deadline": awd(d, 7), "doc_end": awd(d, 5)},
                list(shared),
            )
        )
        d = _wd(rng, d, 10, 12)
    deadline = next_workday(d + D(days=rng.randint(20, 26)))
    tender_s = Sched("construction.tender", d, {"deadline": deadline, "doc_end": awd(d, 5)}, list(shared))
    out.append(tender_s)
    if defect == "not_shared":
        victim = tender_s
    silent = defect == "silent_edit"
    if silent or rng.random() < 0.15:
        cd = _wd(rng, d, 2, 6)
        new_max = float(round(max_price * rng.choice((0.95, 0.97, 1.03)), -2))
        tender_s.edit = ("max_price", new_max, cd, silent)
        if silent:
            tender_s.defect = defect
        else:
            out.append(
                Sched(
                    "construction.correction",
                    cd,
                    {"change": f"招标控制价由{M.yuan_plain(max_price)}调整为{M.yuan_plain(new_max)}。"},
                    list(shared),
                )
            )
    out.append(Sched("construction.bid_opening", deadline, {"deadline": deadline}, list(shared)))
    if defect == "missing_followup":
        tender_s.defect = defect
        return p, out
    if defect is None and rng.random() < 0.04:
        out.append(Sched("construction.termination", _wd(rng, deadline, 1, 5), {}, list(shared)))
        return p, out
    cpd = _wd(rng, deadline, 1, 3)
    pend = awd(cpd, 3)
    cand = Sched("construction.candidates", cpd, {"pstart": cpd, "pend": pend}, list(shared))
    out.append(cand)
    if defect == "removed_early":
        cand.defect = defect
        cand.removed[home] = _wd(rng, cpd, 1, 3)
    elif rng.random() < 0.3:
        cand.removed[home] = pend + D(days=rng.randint(1, 30))
    award = _wd(rng, pend, 1, 2)
    late = defect == "late_posting"
    rd = _wd(rng, award, 21, 24) if late else _wd(rng, award, 0, 3)
    res = Sched(
        "construction.result", rd, {"award": award}, list(shared), defect="late_posting" if late else None
    )
    out.append(res)
    if defect == "not_shared":
        victim = rng.choice((tender_s, res, cand))
    sign = next_workday(rd + D(days=rng.randint(5, 25)))
    start_w = sign + D(days=rng.randint(7, 30))
    con = Sched(
        "construction.contract",
        _wd(rng, sign, 0, 8),
        {"sign": sign, "start": start_w, "finish": start_w + D(days=p["days"])},
        list(shared),
    )
    out.append(con)
    if defect == "value_mismatch":
        con.defect = defect
        con.n["amount"] = float(round(amount * rng.choice((1.03, 1.08, 0.95, 1.15)), 2))
    if defect == "not_shared":
        victim.defect, victim.skip_zjggzy = defect, True
    return p, out


def plan_construction_credit(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None
) -> tuple[dict[str, Any], list[Sched]]:
    p = {
        "region": region,
        "bureau": _bureau(region, "住房和城乡建设局"),
        "credit_rows": [
            (pools.company(rng, "build", region), rng.choice(("AAA", "AA", "A", "B")))
            for _ in range(rng.randint(3, 8))
        ],
    }
    return p, [Sched("construction.credit", next_workday(start), {}, ["qz_portal"])]


# --------------------------------------------------------------------------- land
def plan_land(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None, city_site: str
) -> tuple[dict[str, Any], list[Sched]]:
    use, term = rng.choice(pools.LAND_USES)
    area = float(round(rng.uniform(3000, 80000), 2))
    start_price = M.round_money(rng, area * 800, area * 6000, 10000)
    short = pools.REGIONS[region][1]
    p = {
        "region": region,
        "region_name": pools.REGIONS[region][0] if region != "330800" else "衢州市",
        "short": short,
        "parcel": f"{short}{start.year}-{num:03d}号",
        "location": f"{pools.town(rng, region)}{rng.choice('东南西北')}侧",
        "area": area,
        "use": use,
        "term": term,
        "start_price": start_price,
        "indicators": f"容积率{rng.choice(('1.0-2.0', '≤2.5', '1.2-2.2', '≥1.2'))}，建筑密度≤{rng.choice((30, 35, 45, 55))}%，绿地率≥{rng.choice((10, 20, 30))}%",
        "bureau": _bureau(region, "自然资源和规划局"),
        "phone": pools.phone(rng),
        "amount": float(round(start_price * rng.uniform(1.0, 1.6), -4)),
        "winner": pools.company(rng, "industry" if use in ("工业用地", "仓储用地") else "build", region),
        "industry": "制造业" if use == "工业用地" else ("仓储业" if use == "仓储用地" else "房地产业"),
    }
    home = trading_site(rng, region, city_site)
    shared = [home, "zjggzy"]
    d = next_workday(start)
    list_start = next_workday(d + D(days=20))
    deal = awd(list_start, 10)
    tn = Sched("land.transfer_notice", d, {"list_start": list_start, "deal": deal}, list(shared))
    out = [tn]
    if defect == "silent_edit":
        tn.defect = defect
        tn.edit = ("starting_price", float(round(start_price * 1.1, -4)), _wd(rng, d, 3, 8), True)
    late = defect == "late_posting"
    rpd = _wd(rng, deal, 11, 14) if late else _wd(rng, deal, 1, 6)
    res = Sched(
        "land.deal_result",
        rpd,
        {"list_start": list_start, "deal": deal},
        list(shared),
        defect="late_posting" if late else None,
    )
    out.append(res)
    if defect == "not_shared":
        victim = rng.choice(out)
        victim.defect, victim.skip_zjggzy = defect, True
    return p, out


def plan_land_supply(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None
) -> tuple[dict[str, Any], list[Sched]]:
    total = float(round(rng.uniform(200000, 3000000), 2))
    p = {
        "region": region,
        "region_name": pools.REGIONS[region][0] if region != "330800" else "衢州市",
        "bureau": _bureau(region, "自然资源和规划局"),
        "supply_total": total,
        "structure": f"工矿仓储用地{rng.randint(20, 45)}%，住宅用地{rng.randint(20, 40)}%，商服用地{rng.randint(5, 15)}%，其余为公共管理与公共服务及交通运输用地",
        "layout": f"重点布局在{pools.town(rng, region)}和{pools.town(rng, region)}",
    }
    formed = next_workday(start)
    late = defect == "late_posting"
    pd = _wd(rng, formed, 21, 26) if late else _wd(rng, formed, 1, 12)
    return p, [
        Sched(
            "land.supply_plan",
            pd,
            {"formed": formed, "year": formed.year},
            ["qz_portal"],
            defect="late_posting" if late else None,
        )
    ]


# --------------------------------------------------------------------------- mining, property, emission
def plan_mining(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None, city_site: str
) -> tuple[dict[str, Any], list[Sched]]:
    mineral = rng.choice(pools.MINERALS)
    town = pools.town(rng, region)
    x0, y0 = rng.uniform(3150000, 3250000), rng.uniform(39450000, 39560000)
    coords = [(x0 + rng.uniform(-800, 800), y0 + rng.uniform(-800, 800)) for _ in range(rng.randint(4, 8))]
    start_price = M.round_money(rng, 2000000, 90000000, 10000)
    p = {
        "region": region,
        "mine": f"{pools.REGIONS[region][0]}{town}{rng.choice(('大坞', '石门坑', '五家岭', '黄泥山', '乌石垄'))}{mineral.split('(')[0]}矿",
        "mineral": mineral,
        "location": f"{pools.REGIONS[region][0]}{town}",
        "coords": coords,
        "km2": rng.uniform(0.02, 0.9),
        "scale": f"{rng.choice((30, 50, 80, 100, 150))}万吨/年",
        "term": rng.choice((5, 8, 10, 12)),
        "start_price": start_price,
        "amount": float(round(start_price * rng.uniform(1.0, 2.5), -4)),
        "winner": pools.company(rng, "mining", region),
        "bureau": _bureau(region, "自然资源和规划局"),
        "license": f"C33{region[2:]}{start.year}{num:04d}{rng.randint(100000, 999999)}",
    }
    if rng.random() < 0.25:  # a 探矿权 (exploration right): 勘查工作程度 and 规定时间, no 生产规模
        p.update(
            right="exploration",
            mine=p["mine"].rstrip("矿") + rng.choice(("矿普查", "矿详查")),
            level=rng.choice(("普查", "详查", "勘探")),
            term=rng.choice((3, 5)),
            license=f"T33{region[2:]}{start.year}{num:04d}{rng.randint(100000, 999999)}",
        )
    shared = [city_site, "zjggzy"]
    d = next_workday(start)
    list_start = next_workday(d + D(days=20))
    deal = awd(list_start, 10)
    tn = {"list_start": list_start, "deal": deal, "exploration": p.get("right") == "exploration"}
    out = [Sched("mining.transfer_notice", d, tn, list(shared))]
    late = defect == "late_posting"
    rpd = _wd(rng, deal, 21, 24) if late else _wd(rng, deal, 1, 8)
    out.append(
        Sched(
            "mining.deal_result", rpd, {"deal": deal}, list(shared), defect="late_posting" if late else None
        )
    )
    approval = next_workday(rpd + D(days=rng.randint(20, 40)))
    ap = Sched(
        "mining.approval_result",
        _wd(rng, approval, 1, 10),
        {"approval": approval, "valid_until": approval + D(days=365 * p["term"])},
        ["qz_portal"],
    )
    out.append(ap)
    return p, out


def plan_property(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None, city_site: str
) -> tuple[dict[str, Any], list[Sched]]:
    seller = pools.company(rng, "industry", region).replace("有限公司", "集团有限公司")
    subject = rng.choice(pools.PROPERTY_SUBJECTS).format(
        co=pools.company(rng, "service", region), pct=rng.choice((10, 20, 35, 51, 100))
    )
    subject = f"{seller}{subject}"
    valuation = M.round_money(rng, 300000, 30000000, 1000)
    place = f"{pools.REGIONS[region][0]}{pools.town(rng, region)}"  # (the same draw, in the same order, as before)
    p = {
        "region": region,
        "seller": seller,
        "subject": subject,
        "number": f"QZCQ{start.year}{num:04d}",
        "location": place,
        "overview": f"标的位于{place}，权属清晰",
        "appraiser": pools.company(rng, "service", region),
        "valuation": valuation,
        "start_price": valuation,
        "step": rng.choice((5000.0, 10000.0, 20000.0)),
        "phone": pools.phone(rng),
        "exchange": "衢州市公共资源交易中心"
        if region == "330800"
        else f"{pools.REGIONS[region][0]}公共资源交易中心",
        "winner": pools.company(rng, rng.choice(("service", "industry")), region),
        "bureau": _bureau(region, "国有资产监督管理委员会"),
        "amount": float(round(valuation * rng.uniform(1.0, 1.4), -2)),
    }
    home = trading_site(rng, region, city_site)
    shared = [home, "zjggzy"]
    out: list[Sched] = []
    d = next_workday(start)
    if rng.random() < 0.5:
        ad = next_workday(d - D(days=rng.randint(10, 20)))
        late = defect == "late_posting"
        out.append(
            Sched(
                "property.approval",
                _wd(rng, ad, 21, 24) if late else _wd(rng, ad, 1, 6),
                {"approval": ad},
                ["qz_portal"],
                defect="late_posting" if late else None,
            )
        )
        defect = None if late else defect
        d = next_workday(max(d, out[-1].pd + D(days=2)))
    pend = awd(d, 20)
    tn = Sched("property.transfer_notice", d, {"pstart": d, "pend": pend}, list(shared))
    out.append(tn)
    if defect == "removed_early":
        tn.defect = defect
        tn.removed[home] = _wd(rng, d, 3, 15)
    elif rng.random() < 0.3:
        tn.removed[home] = pend + D(days=rng.randint(1, 30))
    deal = _wd(rng, pend, 1, 5)
    late = defect == "late_posting"
    res = Sched(
        "property.deal_result",
        _wd(rng, deal, 21, 24) if late else _wd(rng, deal, 1, 8),
        {"deal": deal},
        list(shared),
        defect="late_posting" if late else None,
    )
    out.append(res)
    if defect == "not_shared":
        victim = rng.choice((tn, res))
        victim.defect, victim.skip_zjggzy = defect, True
    return p, out


def plan_emission(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None, city_site: str
) -> tuple[dict[str, Any], list[Sched]]:
    cn, code = rng.choice(pools.POLLUTANTS)
    tons = float(round(rng.uniform(0.5, 30), 4))
    unit = rng.randint(2000, 20000)
    p = {
        "region": region,
        "region_name": pools.REGIONS[region][0] if region != "330800" else "衢州市",
        "period": rng.randint(1, 6),
        "pollutant": f"{cn}({code})",
        "tons": tons,
        "start_price": float(round(tons * unit, 2)),
        "amount": float(round(tons * unit * rng.uniform(1.0, 1.5), 2)),
        "winner": pools.company(rng, "industry", region),
        "exchange": "衢州市排污权储备中心"
        if region == "330800"
        else f"{pools.REGIONS[region][0]}排污权储备中心",
    }
    shared = [city_site, "zjggzy"]
    d = next_workday(start)
    deal = awd(d, rng.randint(8, 12))
    tn = Sched("emission.transfer_notice", d, {"reg_end": awd(d, 5), "deal": deal}, list(shared))
    late = defect == "late_posting"
    res = Sched(
        "emission.deal_result",
        _wd(rng, deal, 21, 24) if late else _wd(rng, deal, 1, 6),
        {"deal": deal},
        list(shared),
        defect="late_posting" if late else None,
    )
    return p, [tn, res]


# --------------------------------------------------------------------------- housing and admin
def plan_housing(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None
) -> tuple[dict[str, Any], list[Sched]]:
    units = rng.randint(60, 900)
    p = {
        "region": region,
        "region_name": pools.REGIONS[region][0] if region != "330800" else "衢州市",
        "estate": f"{pools.REGIONS[region][1]}{pools.town(rng, region)}{rng.choice(('安居苑', '人才公寓', '公租房小区', '保障房项目'))}",
        "location": f"{pools.REGIONS[region][0]}{pools.town(rng, region)}",
        "area": float(round(rng.uniform(8000, 60000), 2)),
        "units": units,
        "far": rng.choice(("2.0", "2.2", "2.5", "1.8")),
        "bureau": _bureau(region, "住房和城乡建设局"),
    }
    out: list[Sched] = []
    formed = next_workday(start)
    steps = [("housing.plan", {}), ("housing.annual_plan", {"year": formed.year})]
    if rng.random() < 0.6:
        steps.append(("housing.progress", {"year": formed.year, "started": units // 2, "pct": 50}))
    if rng.random() < 0.6:
        steps.append(
            (
                "housing.allocation",
                {
                    "rows": [
                        (
                            pools.person(rng)[0] + "**",
                            f"{rng.randint(1, 20)}幢{rng.randint(1, 30)}0{rng.randint(1, 4)}室",
                        )
                        for _ in range(rng.randint(3, 12))
                    ]
                },
            )
        )
    if rng.random() < 0.3:
        steps.append(
            (
                "housing.rural_renovation",
                {
                    "year": formed.year,
                    "money": float(rng.randint(20, 300) * 10000),
                    "per": float(rng.choice((15000, 20000, 25000))),
                    "done": rng.randint(10, 200),
                },
            )
        )
    late_i = rng.randrange(len(steps)) if defect == "late_posting" else -1
    for i, (typ, extra) in enumerate(steps):
        pd = _wd(rng, formed, 21, 25) if i == late_i else _wd(rng, formed, 1, 12)
        n = {"formed": formed, **extra}
        if typ == "housing.progress":
            n["start"] = formed - D(days=rng.randint(10, 60))
            n["finished"] = formed - D(days=rng.randint(5, 90))
            n["finished_estate"] = (
                f"{pools.REGIONS[region][1]}{pools.town(rng, region)}{rng.choice(('廉租房小区', '公租房二期', '安置小区'))}"
            )
        out.append(Sched(typ, pd, n, ["qz_portal"], defect="late_posting" if i == late_i else None))
        formed = next_workday(pd + D(days=rng.randint(10, 40)))
    return p, out


def plan_admin(
    rng: random.Random, region: str, start: dt.date, num: int, defect: str | None
) -> tuple[dict[str, Any], list[Sched]]:
    typ = rng.choice(("admin.license", "admin.penalty"))
    bureau = _bureau(
        region, rng.choice(("自然资源和规划局", "住房和城乡建设局", "生态环境局", "市场监督管理局"))
    )
    party = pools.company(rng, rng.choice(("build", "industry", "service")), region)
    year = start.year
    p = {
        "region": region,
        "bureau": bureau,
        "party": party,
        "decision_no": f"{pools.REGIONS[region][1]}{'许' if typ == 'admin.license' else '罚'}字〔{year}〕第{num:04d}号",
        "content": rng.choice(
            ("建设工程规划许可", "建筑工程施工许可", "排污许可", "采矿许可延续", "国有建设用地使用权划拨")
        ),
        "violation": rng.choice(("未批先建", "超标排放大气污染物", "未按规定公开招标", "擅自改变土地用途")),
        "basis": rng.choice(
            (
                "《中华人民共和国城乡规划法》第六十四条",
                "《中华人民共和国大气污染防治法》第九十九条",
                "《中华人民共和国土地管理法》第七十七条",
            )
        ),
        "fine": float(rng.randint(1, 50) * 10000),
    }
    decision = next_workday(start)
    late = defect == "late_posting"
    pd = _wd(rng, decision, 8, 12) if late else _wd(rng, decision, 0, 6)
    s = Sched(
        typ,
        pd,
        {"decision": decision, "valid_until": decision + D(days=365 * 3)},
        ["qz_portal"],
        defect="late_posting" if late else None,
    )
    return p, [s]
