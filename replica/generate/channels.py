"""Sites, their channel codes and which channel each notice type is listed under.

Codes follow the real platforms (reference/platforms.md, reference/quzhou-notes.md): Epoint
category numbers (002001001…), zfcg ``110-xxxxxx`` category codes, 龙游 ``9005…`` codes, Hanweb
column/unit ids.  ``CHANNELS[site][code]`` gives the channel's Chinese name for list pages.
"""

from __future__ import annotations

# Epoint category tree shared by qz_epoint (city) and, with its own codes, zjggzy (province).
_EPOINT_CITY = {
    "construction.tender": "002001001",
    "construction.prequalification": "002001001",
    "construction.correction": "002001002",
    "construction.bid_opening": "002001003",
    "construction.candidates": "002001004",
    "construction.result": "002001005",
    "construction.contract": "002001006",
    "construction.termination": "002001002",
    "procurement.tender": "002002001",
    "procurement.prequalification": "002002001",
    "procurement.consultation": "002002001",
    "procurement.correction": "002002001",
    "procurement.bid_opening": "002002002",
    "procurement.result": "002002002",
    "procurement.termination": "002002002",
    "procurement.contract": "002002003",
    "procurement.single_source": "002002004",
    "procurement.acceptance": "002002003",
    "property.transfer_notice": "002003001",
    "property.deal_result": "002003003",
    "land.transfer_notice": "002004001",
    "land.deal_result": "002004003",
    "emission.transfer_notice": "002005001",
    "emission.deal_result": "002005003",
    "mining.transfer_notice": "002007001",
    "mining.deal_result": "002007004",
    "construction.credit": "002007007",
}
_ZJGGZY = {
    "construction.tender": "002001001",
    "construction.prequalification": "002001002",
    "construction.correction": "002001001",
    "construction.bid_opening": "002001003",
    "construction.candidates": "002001004",
    "construction.result": "002001005",
    "construction.contract": "002001005",
    "construction.termination": "002001005",
    "procurement.tender": "002002001",
    "procurement.result": "002002002",
    "procurement.contract": "002002004",
    "land.transfer_notice": "002003001",
    "land.deal_result": "002003002",
    "mining.transfer_notice": "002003001",
    "mining.deal_result": "002003002",
    "property.transfer_notice": "002004001",
    "property.deal_result": "002004002",
    "emission.transfer_notice": "002007001",
    "emission.deal_result": "002007001",
}
_ZFCG = {  # fetch_zfcg (idx 57395698769): 9 category codes; complaint/penalty codes unverified
    "procurement.intention": "110-175885",
    "procurement.consultation": "110-246839",
    "procurement.single_source": "110-246839",
    "procurement.tender": "110-978863",
    "procurement.prequalification": "110-978863",
    "procurement.correction": "110-943756",
    "procurement.result": "110-900461",
    "procurement.termination": "110-900461",
    "procurement.bid_opening": "110-900461",
    "procurement.contract": "110-567245",
    "procurement.acceptance": "110-198517",
    "procurement.complaint_decision": "110-766025",
    "procurement.penalty": "110-766026",
    # 对集中采购机构的考核结果: the finance bureau's 监督 column, with its penalties (no own category known)
    "procurement.agency_assessment": "110-766026",
}
# 衢州市本级 Hanweb site: column ids (col12296836xx)
_QZ_HANWEB = {k: f"12296836{30 + i:02d}" for i, k in enumerate(sorted(_EPOINT_CITY))}
# the one qz_hanweb column seen in evidence: 1229683630's one known article is a 液氨 storage 招标
# (platforms.md §2c, idx 11087789854), so it holds tenders, not the 开标记录 the type order put there;
# the bid openings take 1229683637, the tenders' place in that order (itself a guess, no evidence)
_QZ_HANWEB["construction.tender"], _QZ_HANWEB["construction.bid_opening"] = "1229683630", "1229683637"
# 衢州市政府门户 公共资源配置 column (Hanweb)
_QZ_PORTAL = {
    "construction.approval": "1229708201",
    "construction.credit": "1229708202",
    "land.supply_plan": "1229708211",
    "mining.approval_result": "1229708221",
    "property.approval": "1229708231",
    "procurement.complaint_decision": "1229708241",
    "procurement.penalty": "1229708242",
    "procurement.agency_assessment": "1229708242",
    "housing.plan": "1229708251",
    "housing.annual_plan": "1229708252",
    "housing.progress": "1229708253",
    "housing.allocation": "1229708254",
    "housing.rural_renovation": "1229708255",
    "admin.license": "1229708261",
    "admin.penalty": "1229708262",
}
# county jpage sites: domain -> channel (unitid for 柯城, columnid elsewhere)
_KECHENG = {"procurement": "6600801", "property": "6600802", "construction": "6600804", "land": "6600805"}
_QUJIANG = {
    "construction": "1229425417",
    "construction.result": "1229425419",
    "construction.candidates": "1229425418",
    "construction.correction": "1229425420",
    "procurement": "1229425427",
    "procurement.result": "1229425428",
    "procurement.contract": "1229425429",
    "land": "1229425433",
    "property": "1229425434",
}
_KAIHUA = {
    "construction": "1229091438",
    "construction.candidates": "1229091439",
    "construction.result": "1229091440",
    "procurement": "1229091458",
    "procurement.result": "1229091460",
    "land": "1229091464",
    "property": "1229091453",
}
_CHANGSHAN = {"construction": "1341070", "procurement": "1341069", "land": "1341071", "property": "1341072"}
_LONGYOU = {  # ZTC ZJ_city_3326: 002 招标公告, 003 中标预告, 004 中标公告, 008 其他
    "construction.tender": "9005001002",
    "construction.prequalification": "9005001002",
    "construction.correction": "9005001008",
    "construction.bid_opening": "9005001008",
    "construction.candidates": "9005001003",
    "construction.result": "9005001004",
    "construction.contract": "9005001008",
    "construction.termination": "9005001008",
    "procurement": "9005002002",
    "procurement.result": "9005002005",
    "land": "9005003001",
    "property.transfer_notice": "9005004001",
    "property.deal_result": "9005004002",
}
_JIANGSHAN = {
    "construction": "jyxx/gcjs/zbgg",
    "construction.candidates": "jyxx/gcjs/zbgs",
    "construction.result": "jyxx/gcjs/zbjg",
    "construction.contract": "jyxx/gcjs/htgs",
    "procurement": "jyxx/zfcg/cggg",
    "procurement.result": "jyxx/zfcg/jggg",
    "procurement.contract": "jyxx/zfcg/htgg",
    "land": "jyxx/tdjy/crgg",
    "land.deal_result": "jyxx/tdjy/cjgs",
    "property": "jyxx/cqjy/jygg",
    "property.deal_result": "jyxx/cqjy/cjgg",
}
_CCGP = {
    "procurement.tender": "dfgg/gkzb",
    "procurement.result": "dfgg/zbgg",
    "procurement.correction": "dfgg/gzgg",
    "procurement.contract": "dfgg/htgg",
}
_JSRENDER = {"procurement.tender": "list-cggg", "procurement.result": "list-jggg"}

#: channels the evidence shows beside a routed one, per site: a site spreads the routed channel's
#: postings over it and its siblings by the posting's serial (served_channel). Only siblings of the
#: routed channel's own kind: zjggzy's 磋商/谈判/询价/国企采购 hold their own kinds (FILL_KINDS).
SIBLINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "kecheng": {"6600802": ("6600803",)},  # ZTC 3359: 6600802 and 6600803 both 国有产权
    # ZTC ZJ_city_3357: 招标 1229425417/1229505851/1229425421, 变更 420/424, 中标 419/422/423, 采购 427–432
    "qujiang": {
        "1229425417": ("1229505851", "1229425421"),
        "1229425420": ("1229425424",),
        "1229425419": ("1229425422", "1229425423"),
        "1229425427": ("1229425430", "1229425431", "1229425432"),
    },
    "kaihua": {"1229091458": ("1229091459",), "1229091464": ("1229091465",)},  # ZTC ZJ_city_3358
    "changshan": {"1341072": ("1341073",), "1341070": ("1341074",)},  # ZTC ZJ_city_3328: 农村产权, 乡镇平台
    "longyou": {"9005001002": ("9005001009",)},  # ZTC ZJ_city_3326: 招标预告 beside 招标公告
    "zjggzy": {"002001001": ("002001011",)},  # platforms.md §3: 招标文件公示 beside 招标公告
    "zfcg": {
        "110-978863": ("110-341071", "110-978920")
    },  # fetch_zfcg: 电子卖场, 框架协议 beside 采购项目公告
}

#: Channels whose kind the generic route map does not give (FILL_KINDS[site][code] = the notice
#: types, each with the procurement method it forces or None, that fill.py serves there). These are
#: the channels the evidence shows and no project of the main corpus reaches, or reaches with another
#: kind than the evidence names.
FILL_KINDS: dict[str, dict[str, tuple[tuple[str, str | None], ...]]] = {
    "zjggzy": {  # platforms.md §3 (bidsys-doc, adapters-js, ZTC): 政府采购 002002 by procurement method
        "002002001": (("procurement.tender", "公开招标"),),  # 采购公告
        "002002005": (("procurement.tender", "竞争性磋商"),),
        "002002006": (("procurement.tender", "竞争性谈判"),),
        "002002008": (("procurement.tender", "询价"),),
        # 国企采购: nothing shows its notices; the generator has no state-owned purchaser, so it
        # serves 采购公告 (公开招标) as the nearest kind
        "002011001": (("procurement.tender", "公开招标"),),
    },
    # ZTC 3308: 002007007 = 其他 (an "other" notice of 其他交易, not 信用): the mining approval
    # result, the one non-trade notice of a 其他交易 (mining) project
    "qz_epoint": {"002007007": (("mining.approval_result", None),)},
    # no evidence (the registry's guesses 信用信息, 履约验收): the credit notices the portal
    # publishes and the acceptance notices zfcg publishes, as the registry assumes
    "qz_hanweb": {
        "1229683634": (("construction.credit", None),),
        "1229683645": (("procurement.acceptance", None),),
    },
}
#: zjggzy files a procurement tender under its method's category (platforms.md §3)
ZJGGZY_METHOD = {
    "公开招标": "002002001",
    "竞争性磋商": "002002005",
    "竞争性谈判": "002002006",
    "询价": "002002008",
}
#: sites that republish notices of projects homed elsewhere; fill.py may add them to a project
REPUBLISHERS = frozenset({"zjggzy", "ccgp", "jsrender"})

ROUTES: dict[str, dict[str, str]] = {
    "qz_epoint": _EPOINT_CITY,
    "qz_hanweb": _QZ_HANWEB,
    "zjggzy": _ZJGGZY,
    "zfcg": _ZFCG,
    "qz_portal": _QZ_PORTAL,
    "kecheng": _KECHENG,
    "qujiang": _QUJIANG,
    "kaihua": _KAIHUA,
    "changshan": _CHANGSHAN,
    "longyou": _LONGYOU,
    "jiangshan": _JIANGSHAN,
    "ccgp": _CCGP,
    "jsrender": _JSRENDER,
}
SITES: tuple[str, ...] = (
    "qz_hanweb",
    "qz_epoint",
    "kecheng",
    "qujiang",
    "kaihua",
    "changshan",
    "longyou",
    "jiangshan",
    "zjggzy",
    "zfcg",
    "qz_portal",
    "ccgp",
    "jsrender",
)
COUNTY_SITE: dict[str, str] = {
    "330802": "kecheng",
    "330803": "qujiang",
    "330822": "changshan",
    "330824": "kaihua",
    "330825": "longyou",
    "330881": "jiangshan",
}
CITY_SITES: tuple[str, ...] = ("qz_epoint", "qz_hanweb")
TRADING_SITES: frozenset[str] = frozenset(CITY_SITES) | frozenset(COUNTY_SITE.values())

_TYPE_NAMES = {
    "tender": "招标(采购)公告",
    "prequalification": "资格预审公告",
    "correction": "更正公告",
    "bid_opening": "开标记录",
    "candidates": "中标候选人公示",
    "result": "中标(成交)结果公告",
    "contract": "合同公告",
    "termination": "终止公告",
    "intention": "采购意向",
    "single_source": "单一来源公示",
    "consultation": "意见征询",
    "acceptance": "履约验收",
    "complaint_decision": "投诉处理决定",
    "penalty": "处罚决定",
    "approval": "批准信息",
    "credit": "信用信息",
    "transfer_notice": "交易(出让)公告",
    "deal_result": "成交公示",
    "supply_plan": "土地供应计划",
    "approval_result": "审批结果",
    "plan": "规划建设方案",
    "annual_plan": "年度建设计划",
    "progress": "计划完成情况",
    "allocation": "保障性住房分配",
    "rural_renovation": "农村危房改造",
    "license": "行政许可决定",
}
_DOMAIN_NAMES = {
    "procurement": "政府采购",
    "construction": "建设工程",
    "land": "土地交易",
    "mining": "矿业权",
    "property": "产权交易",
    "emission": "排污权",
    "housing": "住房保障",
    "admin": "行政许可和处罚",
}


def channel_for(site: str, notice_type: str) -> str:
    """The site's channel code for a notice type (exact type first, then its domain)."""
    routes = ROUTES[site]
    if notice_type in routes:
        return routes[notice_type]
    domain = notice_type.split(".", 1)[0]
    if domain in routes:
        return routes[domain]
    raise KeyError(f"site {site!r} has no channel for {notice_type!r}")


def served_channel(site: str, code: str, serial: int) -> str:
    """The channel a posting routed to ``code`` is listed under: a routed channel with evidence
    siblings keeps every (n+1)-th posting by serial and hands the others to its siblings in turn."""
    sibs = SIBLINGS.get(site, {}).get(code)
    if not sibs:
        return code
    k = serial % (len(sibs) + 1)
    return sibs[k - 1] if k else code


def fill_route(site: str, notice_type: str, method: str | None) -> str | None:
    """The channel a republished or added notice takes on ``site``, or None when the site has none."""
    if site == "zjggzy" and notice_type in ("procurement.tender", "procurement.prequalification"):
        return ZJGGZY_METHOD.get(method or "")
    try:
        return channel_for(site, notice_type)
    except KeyError:
        return None


def _build_channels() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for site, routes in ROUTES.items():
        names: dict[str, str] = {}
        for key, code in routes.items():
            domain, _, kind = key.partition(".")
            name = _DOMAIN_NAMES.get(domain, domain) + ("-" + _TYPE_NAMES.get(kind, kind) if kind else "")
            names.setdefault(code, name)
        out[site] = names
    for site, kinds in FILL_KINDS.items():
        for code, ((notice_type, method), *_rest) in kinds.items():
            domain, _, kind = notice_type.partition(".")
            out[site].setdefault(code, _DOMAIN_NAMES[domain] + "-" + (method or _TYPE_NAMES.get(kind, kind)))
    return out


CHANNELS: dict[str, dict[str, str]] = _build_channels()


def catalogue(site: str) -> list[str]:
    """Every channel ``site`` serves (routed, filled, and the evidence siblings), sorted."""
    codes = set(CHANNELS.get(site, {}))
    for sibs in SIBLINGS.get(site, {}).values():
        codes.update(sibs)
    return sorted(codes)
