"""Domain and notice type of a page: the channel's hint first, then the title, then headings and body.

The type rules are regular expressions on the title (then headings), tried most specific first: a
中标结果更正公告 is a correction, a 中标候选人公示 is candidates rather than result.  (Round 1 also
searched a jieba tokenisation of the title; a '/'-joined token string can only lose matches the flat
title has, so it never changed a result and cost a fifth of the extraction time.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from extractors.hanzi import fold
from extractors.taxonomy import TYPES

#: round 23b: a right to extract sand or stone, with or without the kind of use between ('采砂权', '开采权', '河道砂石开采
#: 经营权', '采砂经营权'): one family for the domain signal and the title word
RIGHT_OF_EXTRACTION = r"(?:采砂|开采)(?:经营|使用)?权"

#: round 26b: a building or a room of one, as a sale of real estate names what it sells
BUILT_UNIT = r"(?:房屋|房产|住宅|住房|商品房|车库|车位|储藏室|储物间|地下室|阁楼|写字楼|办公楼|办公用房|商业用房|门面房|店面房|仓库|厂房|不动产)"

# (domain signal regex, weight) — read on title ×3, headings ×2, body ×1
_DOMAIN_SIGNALS: dict[str, list[tuple[str, float]]] = {
    "procurement": [
        (
            r"政府采购|采购人|采购代理|供应商|政采云|竞争性磋商|竞争性谈判|询价|采购项目|采购意向|单一来源|采购需求|集中采购机构",
            1.0,
        ),
        # goods bought, whoever buys them: '…家用电器供货安装及伴随服务项目'
        # (round 13a: and the object named as bought, '…机房电脑采购及安装', '…设备购置': what a 招标人 buys
        # and has installed is goods under 招标投标法 wording, procurement by the labelling convention)
        (r"供货|货物|伴随服务|采购(?:及|与|和|并)(?:安装|调试|配送|运维)|购置", 1.0),
        # round 8: the buyer's own documents and a service bought ('详见采购文件', '本项目采购公告发出之日',
        # '物业服务') — a unit's own 比选 of a service names no 采购人 label
        (r"采购文件|采购公告|物业(?:管理)?服务", 1.0),
    ],
    "construction": [
        (
            r"建设单位|施工|工程|项目法人|发包|项目经理|监理|勘察|设计|建造师|工期|开标记录|建筑业|建筑企业",
            1.0,
        ),
        # round 8: the parties of any tendering (a service's 评分标准 table repeats 投标人 in every row,
        # fresh8 昌平 物业 比选): counted at most twice, so a scoring table does not make a purchase works
        (r"招标人|投标人", 1.0),
    ],
    "land": [(r"国有建设用地|土地使用权|宗地|地块|土地供应|出让地块|容积率|土地用途", 2.0)],
    # (round 13a: a river's sand is sold as a right to extract it, '河道采砂权', '砂石开采权': a mineral
    # extraction right sold as a 采矿权 is, whichever bureau (水务, 自然资源) sells it)
    # (round 23b: a right to extract named with its kind of use between, '河道砂石开采经营权', '采砂经营权': RIGHT_OF_EXTRACTION)
    "mining": [(r"采矿权|探矿权|矿业权|矿区|开采矿种|勘查|" + RIGHT_OF_EXTRACTION, 3.0)],
    # an exchange sells three kinds of deal: 产权转让, 资产转让/出租 and 企业增资 (增资扩股, new shares offered)
    "property": [
        (
            r"产权交易|国有资产|招租|转让方|承租|租赁|房产|资产转让|营业用房|国有产权|股权转让|增资扩股|增资企业"
            # (round 11a: the lessor of a lease, '出租方承诺')
            # (round 22a: and the letting itself, '将…车间出租给某公司', LET_VERB's 出租; not a taxi, 出租车)
            r"|出租(?!车)",
            2.0,
        ),
        # what a lease offers: shop fronts and business rooms ('经营性门面', '店面房')
        (r"门面|店面|商铺|铺面|经营性用房", 1.0),
        # round 26b: a building or a room of one put up for sale, a family of the built object (BUILT_UNIT) × the act of
        # selling it ('对位于某小区车库、储藏室共15个标的进行公开拍卖', '…住宅用房挂牌出售'): real estate sold as the exchanges
        # and auctioneers sell assets (LABELLING.md: the property domain's sale), where no 房产 or 资产 word is printed.
        # Not a works tender's building (施工, no act of sale), nor land (地块, its own words weigh more)
        (
            BUILT_UNIT
            + r"[^，,。；;\n]{0,30}?(?:进行)?(?:公开)?(?:拍卖|变卖|挂牌出售|公开出售|竞价出售|(?:挂牌|公开)?转让)",
            2.0,
        ),
        # round 14a: a public body's vehicles and goods sold off ('涉改公车…拍卖会', '公车改革处置车辆…挂牌'):
        # movable property, sold as the exchange sells assets (a land or mining auction's own words weigh more)
        (
            r"(?:公车|公务用?车|车辆|废旧物资|闲置资产)[^，,。\n]{0,12}?(?:拍卖|处置|挂牌|竞价)|公车改革|涉改公?车",
            1.0,
        ),
    ],
    # (round 9a: a carbon exchange's 碳排放配额 auction is the emission trade the labels file it under)
    "emission": [(r"排污权|排放指标|化学需氧量|氨氮|二氧化硫|氮氧化物|碳排放(?:配额|权)", 3.0)],
    "housing": [
        (
            r"保障性住房|保障性租赁住房|人才公寓|公租房|公共租赁住房|安居工程|棚户区|危房改造|保障房|住房保障|人才房"
            r"|公共租赁房|廉租住?房",
            3.0,
        )
    ],
    "admin": [(r"行政许可|行政处罚|许可决定|处罚决定书|行政相对人", 3.0)],
}
_DOMAIN_RE = {d: [(re.compile(p), w) for p, w in sig] for d, sig in _DOMAIN_SIGNALS.items()}
#: how many times a signal counts in the body (tendering parties, which every tender names in each rule,
#: count at most twice; the others up to 15)
_BODY_CAP = {"招标人|投标人": 2}


def _body_count(rx: re.Pattern[str], sample: str) -> int:
    return min(len(rx.findall(sample)), _BODY_CAP.get(rx.pattern, 15))


#: round 15a: a tender announced ahead ('…招标计划公告', '…年度招标计划', '…招标预告'), not put out
_TENDER_PLAN = r"招标计划|招标预告"
#: round 22a: the stages of housing works counted in a progress report, and the units they are counted in
PROGRESS_VERB = r"(?:新开工|开工|竣工|基本建成|建成|完成|在建|交付使用|交付)"
PROGRESS_UNIT = r"(?:套|户|栋|幢|间|个项目|平方米)"
#: round 22a: a purchase's requirements put out before the tender, in any of the words for it: '采购需求公示',
#: '…采购需求公开', '需求论证', '需求征求意见', '需求意见征询'
CONSULT_WORDS = r"需求(?:的)?(?:公示|公开|论证|征求|意见征询|征询)"
#: round 23a: an outcome's notice word built from parts: what is published (a 结果, a framework purchase's 入围 or its
#: list) × an optional 预 (published ahead of the award's confirmation) × any notice word
RESULT_NOTICE = r"(?:结果|(?<!预审)(?<!审查)入围(?:结果|名单)?)(?:预|再)?公(?:告|示|布|开)"
#: round 23a: a halt of the procedure: a halting verb (or the failure's own noun) and the procedure it halts
HALT_VERB = r"(?:终止|中止|暂停(?!与|开标)|取消)"
HALT_OBJECT = r"(?:招标|采购|比选|遴选|谈判|磋商|询价|竞价|招投标)"
#: round 23a: a title whose governing verb halts the procedure, '关于中止某某采购项目招标活动的通知': the verb opens the
#: title's own part (after 关于/对), its object is the procedure, the notice word closes it. The tail is the verb's
#: object ('…招标活动的通知'), so the tail-first reading of :func:`_type_in` took it for a tender
HALT_GOVERNS = re.compile(
    r"^(?:关于)?(?:对)?(?:依法)?"
    + HALT_VERB
    + r"[^，,。；;]{0,80}?"
    + HALT_OBJECT
    + r"[^，,。；;]{0,12}?(?:的)?(?:通知|公告|公示|函)$"
)
#: round 26b: the documents of a works project's approval steps (基本建设程序), each approved by a 批复 of its own:
#: the proposal, the project set up (立项), the feasibility study, the preliminary design and its budget estimate, the
#: construction drawings. A property's approval names a transfer, a lease or a share (转让, 出租, 股权), never these
WORKS_STEP = (
    r"(?:项目建议书|立项|可行性研究报告|可研(?:报告)?|初步设计(?:及|和|与)?(?:概算)?|(?:工程|投资|设计)?概算"
    r"|施工图(?:设计)?(?:及|和|与)?(?:预算)?|项目(?:申请报告|核准|备案))"
)
# type rules per domain family, most specific first: (regex on title/heading, type)
_PROC_CONS_RULES: list[tuple[str, str]] = [
    # round 26b: an intention or opinion asked for, a family of the asking's words (征询, 征求, 调查, 摸底) on either side of
    # 意向 ('…校服集中采购意向征询结果公告', '采购意向调查'): those concerned are consulted before a purchase (taxonomy.md's
    # 意见征询), not the buyer's own 采购意向 published (intention); the consultation's outcome ('征询结果') is still its
    # notice, not an award's result. First: the intention and result rules below would read 采购意向 and 结果公告
    (r"意向(?:征询|征求|调查|摸底)|征(?:求|询)[^，,。]{0,4}?意向", "consultation"),
    (r"采购意向", "intention"),
    # round 9a: '变更中标人公告' names the new winner of an award (the first one withdrawn): a result,
    # not a change to the tender's documents
    (r"变更中标(?:人|单位|供应商)|中标(?:人|单位|供应商)变更", "result"),
    # a postponement changes the tender's dates: '…延期开标公告', '…招标延期公告'
    # (round 18a: and the documents' change named as such, '招标文件修改通知', '…采购文件澄清' (招标投标法 第二十三条:
    # 澄清或者修改, rules.md's 澄清/修改 type))
    (
        r"更正|变更|澄清|补充公告|补遗|答疑|修改公告|延期|推迟|顺延"
        r"|(?:招标|采购|资格预审|谈判|磋商|比选|询价)文件的?(?:修改|澄清)",
        "correction",
    ),
    # (round 17a: and the failure named with its procedure, '…招标失败评审结果通知', '…采购失败的公告')
    # (round 18a: and the procedure suspended, '…暂停招标的公告', '关于暂停…招投标活动的说明'; not a supplier's ban,
    # '暂停与X合作' (penalty, below), nor an opening put off, '暂停开标' (a correction, as _CHANGE_STATED reads it))
    (
        r"终止|废标|流标|中止|失败公告|异常|(?:招标|采购|比选|谈判|磋商|询价|竞价)失败|暂停(?!与|开标)",
        "termination",
    ),
    (r"投诉处理|投诉.*决定", "complaint_decision"),
    # a buyer's own ban on a supplier: '关于在采购活动中暂停与X公司合作的通知'
    (
        r"违法失信|监督处罚|行政处罚|处罚决定|处理决定|暂停与.{2,40}合作|禁止.{2,40}参加"
        # (round 26b: and a supplier barred by name, '关于将X公司列入黑名单的通告', '关于取消X公司投标资格的通告': a bidder's
        # right to bid withdrawn (not a winner's award, '取消…中标资格', which a changed result tells)
        r"|黑名单|不良(?:行为)?记录|取消[^，,。]{2,40}?(?:投标|参选|竞标|报名|供应商)资格",
        "penalty",
    ),
    (r"候选人", "candidates"),
    # round 8: the evaluation committee's report, published with the ranking it recommends ('…施工评标报告')
    # (a '废标评审报告' halts the lot: the termination rule above comes first)
    # (round 23b: the committee's report whichever law names the committee: 评标委员会 (招标投标法) or 评审小组/委员会 (政府采购法),
    # '…采购项目评审报告'; a purchase's ranking is its result, _NEAREST_TYPE; not an acceptance's '验收评审报告')
    (r"评标报告|(?<!验收)评审报告", "candidates"),
    # round 14a: a works 评标结果公示 is the committee's ranking published before the award (招标投标法实施条例
    # 第五十四条: the 中标候选人 are published within 3 days of the report); the result word in it names the
    # evaluation's result, not the award ('…施工评标结果公示' over '中标候选人及排序 / 第一名'). A title that
    # also names the award ('评标结果及中标结果公示') keeps the result rule. (A purchase has no candidates stage:
    # _NEAREST_TYPE files it as the result, as before.)
    # (round 17a: and the process published with it, '…施工(第二次)招标评标过程及结果公示': the committee's
    # ranking, as the 宜昌 candidates publicities tell their '评标过程如下')
    (r"评标(?:过程)?(?:及|和|与)?结果(?!.*(?:中标|成交|中选)(?!候选))", "candidates"),
    (r"信用(等级|评价)", "credit"),
    (r"开标记录|开标结果|开标情况|唱标", "bid_opening"),
    (r"验收", "acceptance"),
    (r"采购(机构|中心).{0,12}考核|考核(结果|情况)", "agency_assessment"),
    (r"合同(公告|公示|签订|订立|履行)|合同$", "contract"),
    # a 比选 / 遴选 awards a 中选 supplier: '…中选公告'
    # '关于确定X工程施工单位的公告': the contractor is chosen (a school's below-threshold 比选)
    # (round 23a: the outcome's notice word as a family, 结果 or a framework purchase's 入围 × an optional 预 × any
    # notice word: '…采购结果预公示', '…入围项目入围公告', '入围名单公示'; not a call to join, '征集入围供应商的公告')
    # (round 23b: and a news headline's result come out, '…二次招标项目结果已出!', '…招标结果出炉', '…结果揭晓')
    (
        r"中标|成交|中选|" + RESULT_NOTICE + r"|结果$|定标|确定.{2,40}(?:施工|中标|承包|供货|服务)(?:单位|商)"
        r"|结果(?:已经?|终于)?(?:出炉|揭晓|出来|出)\s*[!！。]?\s*$",
        "result",
    ),
    (r"单一来源", "single_source"),
    # (round 22a: the requirements put out in any of the words for it, a family: 需求 × 公示/公开/论证/征求(意见)/意见征询)
    (r"意见征询|征求意见|征询意见|" + CONSULT_WORDS, "consultation"),
    (r"资格预审", "prequalification"),
    # (round 18a: and the approving office's reply, '关于核准…项目招标事项的批复')
    (r"核准|审批|批准|批复", "approval"),
    (r"信用", "credit"),
    # round 15a: a 招标计划(公告) announces a tender to come (its approval, scope, lots, the month it is expected):
    # no tender yet. The taxonomy has no plan type: the nearest is works' 招标核准信息 (approval) and a
    # purchase's 采购意向 (intention), and the title does not confirm either (_GENERIC_TYPE_WORDS)
    (_TENDER_PLAN, "approval"),
    (_TENDER_PLAN, "intention"),
    (r"招标|采购公告|磋商|谈判|询价|比选|发包|竞价|邀请|遴选|交易公告|采购", "tender"),
]
# --- round 22a: type and outcome words as families built from parts -----------------------------------------
# Rounds wrote these words as lists, each one variant short of the next page ('完成…出让' but not '…出租…成功完成',
# '竞得' but not '拍走', '成交金额' but not '总成交额'). The parts below are combined into the patterns that read a
# deal told as done, so a new act, verb or sum word is added once and read in every arrangement.
#: the acts of a trade: a sale, an auction, a lease or a letting of a village's land or water
TRADE_ACT = r"(?:出让|转让|出租|招租|拍租|竞租|拍卖|挂牌|竞价|竞拍|竞买|交易|流转|发包|承包)"
#: an act told as completed after it: '…竞价工作顺利完成', '…整体出租在某中心成功完成', '…竞价工作已全部结束'
DONE_AFTER = r"(?:(?:成功|顺利|圆满)(?:完成|结束)|已(?:经)?全部(?:完成|结束))"
#: the verbs of a lot taken by its new holder ('拍走', '夺标', '胜出' …); a rule names the taker only as one to come
#: ('竞得人应…', '由最高报价者竞得'), so each use below states the taker or the price it was taken at
TAKE_VERB = r"(?:竞得|摘得|拿下|购得|拍得|拍下|拍走|夺得|夺标|斩获|胜出|租得|中标|中选)"
#: the sum a deal closed at, whichever word order: '成交金额', '总成交额', '成交总价', '成交价款'
DEAL_SUM = r"(?:总?成交总?(?:价|价格|价款|金额|额)|成交(?:年|月)?租金)"
#: round 23b: the plain verbs of a lot sold ('卖出', '售出'): a notice offers a lot, never says it sold one
SOLD_VERB = r"(?:卖出|售出)"
#: what follows a word that is a rule's, not a fact's: '…成交后', '竞得人', '拍卖成功的'
_NOT_DONE_AFTER = r"(?![人方者单后时前之的候价金])"

# (round 16a: and a deal told as completed, '某县完成全省首笔排污权跨区交易', '…完成首宗地块出让')
_OUTCOME_IDIOM = (
    r"(?:成功|顺利)(?:出让|拍卖|拍出|成交|" + SOLD_VERB + r")|圆满成功|落槌|花落|拍得|摘得"
    # (round 17a: the auction told as held at a place, '…拍卖会在市公共资源交易中心举行' (a headline), '此次拍卖会在
    # 某县行政服务中心举行'; a notice schedules it, '拍卖会定于…在…举行')
    # (round 18a: and a report's relative day between, '…竞买交易会今天下午在某交易所举行': a notice dates its
    # auction, never by 今天 or 昨日)
    # (round 22a: any auction's meeting, '…二氧化硫排污权交易竞买会在…交易所举行')
    r"|(?:拍卖|竞拍|竞价|竞买|交易)会(?:(?:今天|今日|昨天|昨日|近日|日前)(?:上午|下午|晚上)?)?在[^，,。；;：:\n]{2,30}?(?:举行|举办)"
    # (round 23b: and the same meeting told held with the verb first, in the past, '…在县招投标局成功举办了…开采权有偿出让
    # 拍卖会'; a notice schedules its meeting, '定于…举行拍卖会', never with 了)
    r"|(?:举行|举办|召开)了[^，,。；;\n]{0,40}?(?:拍卖|竞拍|竞价|竞买|交易)会"
    # (round 22a: any act of the trade, '简阳市成功完成首例校舍出租', and the act before its completion, '…排污权出让电子
    # 竞价工作顺利完成', '…场地整体出租在某交易服务中心成功完成')
    r"|完成[^，,。；;：:]{0,16}?"
    + TRADE_ACT
    # (round 23b: nor the payment a rule sets a time for, '…7个工作日内完成交易价款的支付')
    + r"(?![^，,。]{0,4}(?:公告|公示|须|应|后|前|手续|方案|合同|经营|确权|登记|价款|款项|费用))"
    r"|" + TRADE_ACT + r"(?:工作|活动|事项)?[^，,。；;：:\n]{0,24}?" + DONE_AFTER + r"(?![后时前之的])"
)
_TRADE_RULES: list[tuple[str, str]] = [
    (r"供应计划", "supply_plan"),
    # a 协议出让 publicity names the agreed grantee (no auction follows): the sale's result
    (r"协议出让(事项)?公[开示告]", "deal_result"),
    (r"审批结果|协议出让|登记公告|批准|核准", "approval_result"),
    (r"批复|批准|核准|同意.{0,30}转让", "approval"),
    # (round 13a: a news headline's idioms of the outcome, '…三幅地块成功出让', '…第一拍圆满成功'; they type
    # the page but confirm nothing, see _GENERIC_TYPE_WORDS)
    (r"成交|出让结果|交易结果|结果公[告示布]|竞得|结果$|" + _OUTCOME_IDIOM, "deal_result"),
    # (round 9a: a village's land lease offered by bids for the rent, '…土地出租竞租公告', '…土地发包项目')
    (r"出让|招租|转让|交易公告|拍卖|挂牌|竞价|公告|出租|竞租|发包", "transfer_notice"),
]
# round 13a: the households found eligible ('…保障条件家庭名单', '保障资格审核结果', '审核通过名单')
_ELIGIBLE_LIST = (
    r"(?:家庭|对象|人员|申请人|住户|承租人)名单|(?:保障|承租|申请)资格|(?:资格)?审核(?:结果|通过)"
)
_HOUSING_RULES: list[tuple[str, str]] = [
    (r"危房改造", "rural_renovation"),
    (r"分配|配租|摇号|入住", "allocation"),
    # round 13a: the list of the households found eligible, put out before any flat is given ('关于符合城镇
    # 廉租住房保障条件家庭名单的公示', '…保障对象审核结果公示'): the first step of the allocation (taxonomy.md's
    # 保障性住房分配; the fresh9 convention already filed a 保障对象名单 so), the only housing type it fits
    (_ELIGIBLE_LIST, "allocation"),
    (r"年度(建设)?计划|年度任务", "annual_plan"),
    (r"完成情况|进展|进度|实施情况", "progress"),
    # round 28e: the works' progress told by a headline's verb, a family: a stage reached, closing the headline ('…保障性
    # 安居工程开工', '…公租房项目竣工', '…主体封顶'), or the works pushed on ('…加快推进棚户区改造项目建设'); a plan names
    # the stage to come ('计划开工', '年度任务', read above), a tender its works (a tail of its own, read as works)
    (
        r"(?<!计划)(?<!拟)(?<!将)(?:开工|竣工|封顶|主体完工|交付使用|交付)$"
        r"|(?:加快|全力|扎实|有序|稳步|持续)推进[^，,。]{0,24}?(?:建设|改造|工程|项目)$",
        "progress",
    ),
    (r"规划|方案", "plan"),
]
_ADMIN_RULES: list[tuple[str, str]] = [(r"处罚", "penalty"), (r"许可", "license")]
_RULES = {
    d: [(re.compile(p), t) for p, t in rules]
    for d, rules in (
        ("procurement", _PROC_CONS_RULES),
        ("construction", _PROC_CONS_RULES),
        ("trade", _TRADE_RULES),
        ("housing", _HOUSING_RULES),
        ("admin", _ADMIN_RULES),
    )
}
_DOMAIN_TITLE_WORDS = [
    # '中标（成交）结果公告' is the government-procurement template's own wording
    ("procurement", re.compile(r"政府采购|集中采购机构|中标[（(]成交[)）]")),
    # round 18a: the approving office's reply on a project's tendering arrangements ('关于核准…项目招标事项的批复'):
    # a works tender's 招标核准 (rules.md: 审批核准信息, 招标事项审核或核准部门), not a property approval by its 批复
    (
        "construction",
        re.compile(
            r"(?:核准|审批|批复)[^，,。]{0,40}?招标(?:事项|方案)|招标(?:事项|方案)[^，,。]{0,8}?(?:核准|批复)"
            # round 26b: the approval of a works project at any step of its approval (基本建设程序: 项目建议书 → 立项 →
            # 可行性研究报告 → 初步设计 and its 概算 → 施工图设计), a family of the step's document × the approving act
            # ('关于某道路工程项目可行性研究报告的批复', '关于某集散点项目立项的批复', '…初步设计及概算的批复'): the Quzhou plan's
            # 审批核准信息 of works (73号 二(六)1), not a property's approval, which the late word 批复 would read
            + r"|"
            + WORKS_STEP
            + r"[^，,。]{0,8}?(?:的)?(?:批复|审批|核准|批准|备案)"
            + r"|(?:批复|审批|核准|批准)[^，,。]{0,60}?"
            + WORKS_STEP
            + r"(?:的)?(?:通知|意见|决定)?$"
        ),
    ),
    ("emission", re.compile(r"排污权")),
    (
        "mining",
        # (round 13a: '…首次拍卖砂矿权', and a mine named with its sale or deal, '…花岗岩矿4.71亿元成交')
        re.compile(
            # (round 14a: the price between the mine and its sale, '…砂石矿3.564亿元高价成功拍卖出让'; no 地/块/宗,
            # so a parcel beside a mine, '…矿区周边地块挂牌出让', stays land)
            r"采矿权|探矿权|矿业权|矿[^，,。地块宗]{0,16}?(?:挂牌|拍卖|招标|协议)?出让|"
            + RIGHT_OF_EXTRACTION
            + r"|矿权"
            r"|矿[^，,。地]{0,8}(?:成交|竞得|拍得|摘得)"
        ),
    ),
    (
        "housing",
        re.compile(r"保障性住房|保障性租赁住房|公租房|公共租赁住房|安居工程|危房改造|保障房|棚户区改造"),
    ),
    ("admin", re.compile(r"行政许可|行政处罚")),
    # a 产权交易所 disclosure opens with the seller's standard 转让方承诺 ('我方拟转让所持有标的企业产权…')
    # (an 增资 disclosure opens with the issuer's own 增资企业承诺 ('我方拟实施增资…'))
    (
        "property",
        re.compile(
            r"厂房|房产|招租|股权|产权交易|国有产权|资产转让|产权转让|(?:转让方|出租方)[:：]?承诺|增资扩股|增资企业承诺"
            # round 9a: a village's lease of its land ('…土地发包项目', '…土地出租竞租公告') lets the land's
            # use for a term, no 国有 land is sold (the land words below would claim it)
            r"|土地(?:发包|出租|租赁|承包经营|经营权?流转)|竞租"
        ),
    ),
    (
        "land",
        re.compile(
            r"国有建设用地|土地供应|地块|宗地|土地出让|挂牌出让|拍卖出让|土地.*出让|土地使用权(?!.*(转让|交易|批复))"
            # round 25b: the collective land a village brings to market (土地管理法 第六十三条: 集体经营性建设用地 is
            # 出让ed like state land, by 挂牌 or 拍卖, on a rural 产权交易 centre's site): its sale is a land transfer
            # notice ('…村集体经营性建设用地使用权挂牌公告'), not a letting of the village's assets; a letting of it
            # (出租, 租赁) stays property
            r"|集体经营性建设用地(?:使用权)?(?![^，,。]{0,12}?(?:出租|租赁|转让|抵押))"
        ),
    ),
    ("other", re.compile(r"自行采购")),
]
# after the label signals: words that are weaker than a 采购人/招标人 label on the page
_LATE_TITLE_WORDS = [
    # (round 14a: and a public body's vehicles or goods disposed of, '…公车改革处置车辆首场竞价会挂牌公告')
    (
        "property",
        re.compile(
            r"产权|招租|国有资产|资产转让|股权|出租|租赁|拍卖|厂房|房产|转让|批复"
            r"|(?:公车|公务用?车|车辆|废旧物资|闲置资产)[^，,。]{0,12}?(?:处置|挂牌|竞价)|公车改革"
        ),
    ),
]
# round 13a: an aggregator's summary grid hides every value behind a prompt ('采购单位' / '立即查看', '供应商：
# 登录后查看', '*开通会员可解锁*'): the grid is the site's chrome, printed over any notice (a mining right's too),
# and names no party of this one
_NOT_PAYWALLED = (
    r"(?!\s*(?:立即查看|点击查看|登录后?查看|注册后?查看|登录/注册|\*?开通会员|会员(?:可见|专享)))"
)
# item labels that name the buyer: a 采购人 is a government purchase whatever it buys (工程 included),
# a 招标人/发包人 a construction tendering
# (round 19a: and the national 政府采购 template's own contact sections, '1.采购人信息' / '2.采购代理机构信息' over
# '名 称：…', which every 公告 of the 2020 format closes with, works bought so included)
_PROC_LABEL = re.compile(
    r"(?:^|\n)\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)?(?:采购人|采购单位|采购人名称|采购单位名称|采购项目名称|采购代理机构|供应商"
    r"|采购人信息|采购代理机构信息)(?:[(（][^)）\n]{1,6}[)）])?\s*(?:[:：]|\n|$)" + _NOT_PAYWALLED
)
_CONS_LABEL = re.compile(
    r"(?:^|\n)\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)?(?:招标人|发包人|建设单位|招标人名称)(?:[(（][^)）\n]{1,6}[)）])?\s*(?:[:：]|\n|$)"
    + _NOT_PAYWALLED
)


_TAIL_BRACKET = re.compile(r"(?:[（(【\[][^（()）【】\[\]]{0,30}[)）】\]]\s*)+$")
_TAIL_CODE = re.compile(r"\s*[^\s（()）]{0,24}号\s*$")


def _tail(text: str) -> str:
    """The end of a title, where a notice names its own type ('…（已核准）施工招标公告' → '施工招标公告')."""
    text = _TAIL_BRACKET.sub("", text.strip())
    if re.search(r"(公告|公示|结果|记录)\s*[^\s]{0,24}号$", text):
        text = _TAIL_CODE.sub("", text)
    return text[-12:]


#: round 26b: a title whose governing verb publishes an object, '关于公布<X>的通知', '关于印发<X>的通知': what the notice is
#: is X's head, the end of X ('…招标结果' a result, '…评审细则' none), not a word inside X naming the procedure X
#: belongs to ('关于公布“某某集中采购”评审细则…的通知' is no tender). The notice word closing the title names no
#: type of its own (通知, 通告)
PUBLISH_GOVERNS = re.compile(r"^(?:关于)?(?:公布|印发|发布)(.{2,}?)(?:的)?(?:通知|通告)$")


_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|《[^《》]*》|「[^「」]*」")


def _published_object(text: str) -> str | None:
    """X of a title '关于公布<X>的通知' (:data:`PUBLISH_GOVERNS`), else None; a name quoted inside X ('“某集中采购”评审
    细则') is the procedure X belongs to, so X's head is read without it (unless nothing else is left)."""
    m = PUBLISH_GOVERNS.match(_TAIL_BRACKET.sub("", text.strip()))
    if not m:
        return None
    rest = _QUOTED.sub("", m.group(1))
    return rest if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2 else m.group(1)


def _type_in(domain: str, texts: Iterable[str]) -> str | None:
    """The first rule matching the end of a text (its own type word), else anywhere in it (a published object's end
    only, :data:`PUBLISH_GOVERNS`)."""
    family = "trade" if domain in ("land", "mining", "property", "emission") else domain
    rules = _RULES.get(family)
    if not rules:
        return None
    allowed = TYPES[domain]
    for text in texts:
        if not text:
            continue
        if family in ("procurement", "construction") and HALT_GOVERNS.search(
            _TAIL_BRACKET.sub("", text.strip())
        ):
            return "termination"  # round 23a: the title's governing verb halts the procedure
        published = _published_object(text)
        tail = _tail(published if published is not None else text)
        # round 8: an explanation ('…工程招标情况的说明') names the procedure it explains, not a tender:
        # its 招标 confirms nothing (a '…终止招标的说明' still names the halt)
        told = _EXPLAINED.search(tail)
        # (round 23b: a stage the domain has not, read as its nearest one: a purchase's committee report or ranking, '…采购项目
        # 评审报告', is its result, as classify files a purchase's candidates, _NEAREST_TYPE)
        for rx, t in rules:
            t = _NEAREST_TYPE.get((domain, t), t)
            if t in allowed and rx.search(tail) and not (told and t == "tender"):
                return t
        if published is not None:
            continue  # (round 26b) what is published names the notice by its end only
        for rx, t in rules:
            t = _NEAREST_TYPE.get((domain, t), t)
            if t in allowed and rx.search(text) and not (told and t == "tender"):
                return t
    return None


_EXPLAINED = re.compile(r"说明$")


# (round 27b) the national 更正公告 template's own items: the 原公告's number or name, the 更正事项 and its date
_ORIGINAL_NOTICE = re.compile(r"原公告的?(?:采购)?项目(?:编号|名称)\s*[:：]")
_CHANGE_ITEM = re.compile(r"更正事项\s*[:：]")
_CHANGE_DATE = re.compile(r"更正日期\s*[:：]")


def _correction_form(body: str) -> bool:
    """Whether ``body`` is the national 更正公告 template: its 原公告, its 更正事项 and its 更正日期, all three."""
    return all(rx.search(body) for rx in (_ORIGINAL_NOTICE, _CHANGE_ITEM, _CHANGE_DATE))


def classify(
    title: str, headings: list[str], body: str, hint: dict[str, str] | None = None
) -> tuple[str, str]:
    """(domain, 'domain.type'), the hint winning when it names them."""
    hint = hint or {}
    h_type = hint.get("notice_type") or ""
    h_domain = hint.get("domain") or (h_type.split(".")[0] if "." in h_type else "")
    if (
        h_type
        and "." in h_type
        and h_type.split(".")[0] in TYPES
        and h_type.split(".")[1] in TYPES[h_type.split(".")[0]]
    ):
        return h_type.split(".")[0], h_type
    title = _own_title(fold(title or hint.get("title", "")))
    headings, body = [fold(h) for h in headings], fold(body)
    if bare_label(title):
        # round 12a: a channel's label read as the title ('国土-招标公告') names the channel's kind, not
        # the notice's: neither it nor the same line among the headings decides the type
        headings = [h for h in headings if h != title]
        title = ""
    domain = h_domain if h_domain in TYPES else _domain(title, headings, body)
    if domain == "other":
        return "other", "other.other"
    heads = [h for h in headings[:8] if _heading_line(h)]
    if domain in _SALE_DOMAINS and _HALTED.search(_TAIL_BRACKET.sub("", title.strip())):
        # '关于中止国有建设用地使用权挂牌出让的公告': a sale halted, not offered; no sale type fits it,
        # and it must not be held to a transfer notice's required items
        return "other", "other.other"
    # (round 19a: the type words of the title's own part, not of an agency's name opening it, '某某招标有限公司关于…')
    t = _type_in(domain, [_agency_free(x) for x in (title, *heads)])
    if t is not None and title and not names_type(domain, title, t):
        # round 17a: a title that names its type only by a generic word ('…分光光度计、超纯水机采购项目': what is
        # bought) gives way to a heading line under it that names another stage by a word of its own
        # ('招标失败评审结果通知'), as type_basis reads that heading
        for h in heads:
            own = _type_in(domain, [h])
            if own and own != t and names_type(domain, h, own, tail_only=True, title=title):
                t = own
                break
    if t == "transfer_notice" and domain in _SALE_DOMAINS and title:
        # a news lede above a reprinted sale notice ('…成功出让,成交价:21,137万元。竞得人为X' over '…挂牌出让公告'):
        # the page reports the completed sale, the heading below is the notice it reprints
        at = body.find(title)
        lede = _DEAL_DONE.search(body[:at]) if at > 0 else None
        if lede:
            t = "deal_result"
        elif not any(names_type(domain, x, t) for x in (title, *heads) if x) and _told_done(body[:4000]):
            # round 13a: a news headline names the sale only by its generic word ('…地块挂牌出让', '…采矿权
            # 拍卖'; no 公告 of its own, see _GENERIC_TYPE_WORDS) over a body that tells the deal done: the
            # page reports the result, as a titleless copy of it is read
            t = "deal_result"
    if t == "tender" and domain == "procurement" and re.search(_COMMENT_WINDOW, body[:8000]):
        # a draft's headings ('…采购需求及实施计划文件') read as a purchase; its comment window says
        # it is put out for comment, not for bids
        t = "consultation"
    if t == "tender" and domain in ("procurement", "construction"):
        # round 10a: a tender's word in the title ('…劳务招标结果的公示') over a body that only announces
        # the later stage (a ranked candidate list, a winner table) and states no tendering item: the
        # body's stage is the stronger evidence; type_basis then finds no title naming it ('body')
        later = _later_stage(body[:8000])
        if later:
            t = later
    if (
        t == "tender"
        and domain in ("procurement", "construction")
        and re.search(_SUSPENDED, body[:8000])
        and not _invites_bids(body[:8000])
    ):
        # round 18a: a tendering word in the title ('关于暂停…采购项目的通知', whose tail names what is bought;
        # '关于《…遴选》采购工作调整的公告') over a body that suspends the procedure as an act and invites no bid:
        # the halt is the notice (a termination: taxonomy.md's 终止/异常), and type_basis finds no title naming it
        t = "termination"
    if (
        t in _OUTCOME_STAGE
        and domain in ("procurement", "construction")
        and re.search(_VOIDED, body[:8000])
        and not re.search(f"{_FIRST_CANDIDATE}|{_CANDIDATES_PUBLISHED}", body[:8000])
        and not _names_winner(body[:8000])
    ):
        # round 18a: a ranking's or an award's word in a heading ('…恢复招投标活动及重新发布中标候选人公示的情况说明')
        # over a body that withdraws the ranking or the award as an act ('取消以上投标人的中标候选人资格', '认定X公司
        # 中标无效') and lists no candidate and names no winner: the withdrawal is the notice (终止/异常); a ranking
        # published anew lists its candidates and stays one
        t = "termination"
    if t == "result" and domain in ("procurement", "construction") and _invites_bids(body[:8000]):
        # round 15a: the reverse of _later_stage: a result's word in the title ('…采购成交公告') over a body that
        # invites bids in the present and names no winner (a heading borrowed from another notice, a template
        # page): the body's stage wins, and type_basis finds no title naming it ('body': no accusation)
        t = "tender"
    if (
        t in ("result", "tender")
        and domain in ("procurement", "construction")
        and _correction_form(body[:8000])
    ):
        # round 27b: a site heading naming the notice corrected ('…服务项目中标结果公告', ccgp's own '## ' line) over
        # the national 更正公告 template's body — '原公告的采购项目编号', '更正事项：', '更正日期' (fresh46 兰陵 B包更正):
        # the notice is the correction; a result or a tender never states its 原公告 and its 更正事项
        t = "correction"
    if (
        t == "result"
        and domain == "construction"
        and _ranked_unawarded(body[:8000])
        and not re.search(r"(?:中标|成交|中选)结果", " ".join([title, *heads]))
    ):
        # round 20a: a result's word in the title ('…项目施工中标公示') over a body that ranks two candidates or more by
        # name ('第一中标候选人：X公司 第二中标候选人：Y公司 …', their prices and managers) and names no winner: the
        # committee's ranking published before the award (招标投标法实施条例 第五十四条), the candidates publicity;
        # type_basis finds no title naming it ('body': its items go to the review list). A title naming the award's
        # result itself ('…评标结果及中标结果公示', round 17a's guard) keeps it
        t = "candidates"
    if t == "single_source" and domain == "procurement" and _result_not_single_source(body[:8000]):
        # round 20a: the method's word in the title ('…单一来源采购…', or a grid's label taken for it, '…磋商小组成员名单
        # 及单一来源采购人员名单') over a body that publishes the award and names its supplier, with none of the
        # publicity's own items (its reason, its proposed supplier, '拟采用单一来源'): the result of a purchase made
        # by that method (or another), not the publicity that asks for objections before it
        t = "result"
    if (
        t == "result"
        and domain in ("procurement", "construction")
        and re.search(_FAILED_TENDER, body[:8000])
        and not _WINNER_NAMED.search(body[:8000])
    ):
        # round 10a, the reverse: a result's word ('三、采购结果') over a body that reports only the
        # tender's failure ('废标理由：…', '本项目流标。') and names no winner: the failure is the notice
        t = "termination"
    if t is not None and _no_stage_anywhere(domain, t, [title, *heads], body):
        # round 15a: the only type word is a generic one ('…政府采购业务培训班的通知', '…政府采购规模达120亿元',
        # '征集政府采购评审专家的公告') and the body states no stage of a notice: a circular,
        # a report or a call that names the trade, not a notice of it. 'other' is the honest type: no items
        # are held against it, none sent for review
        return "other", "other.other"
    if t is None and domain == "housing":
        # round 23b: a housing report typed by what it reports: a notice it says was published ('发布了…建设进展情况'),
        # else the year's task its headline counts ('棚户区改造任务:基本建成22167套住房'): the figures under such a headline
        # (rates done so far, last year's results) are the context of the plan, not the item's subject
        t = _reported_notice(domain, body) or (
            "annual_plan" if _headline_task([title, *headings[:8]]) else None
        )
    if t is None:
        t = _body_type(domain, body)
    if t is None:
        t = _reported_notice(domain, body)
    if t is None and domain not in ("procurement", "construction") and _TENDER_TEMPLATE.search(body[:6000]):
        # a works project named for what it builds ('…保障性住房及配套建设项目（监理）' over '一、招标条件'):
        # no housing (or sale) type fits, the tender template's items say what the notice is
        domain = _proc_or_cons(title, headings, body)
        t = _type_in(domain, [title, *heads]) or _body_type(domain, body)
    if t is None:
        return "other", "other.other"
    # round 11a: a purchase has no candidates stage of its own: its ranking before the award (预中标公示,
    # '中标候选人名单') is the result type (taxonomy.md); the body cues shared with works name it 'candidates'
    t = _NEAREST_TYPE.get((domain, t), t)
    return domain, f"{domain}.{t}"


_NEAREST_TYPE = {("procurement", "candidates"): "result"}


#: round 15a: words of one purchase's own business (its suppliers, prices, method, budget): a request for
#: quotations worded with none of the tendering words ('请有意向的供应商于…前报价') is still a purchase notice
_PURCHASE_TALK = re.compile(r"供应商|报价|询价|磋商|谈判|竞价|比选|遴选|预算|限价|采购内容|采购需求|采购清单")


def _no_stage_anywhere(domain: str, t: str, texts: list[str], body: str) -> bool:
    """Whether ``t`` rests only on a generic word of the title and headings (none names it, see
    :func:`names_type`) and the body states no stage either: no body cue (:func:`_body_type`), no tendering
    word, no word of one purchase's business. Only a purchase or works tender typed by a bare 采购: a sale's
    body is read by counts of terms whose wording varies too much (a letting by tender, '以公开招标方式进行
    出租', names none of them) to call a page without them no notice."""
    if t != "tender" or any(names_type(domain, x, t) for x in texts if x):
        return False
    sample = body[:8000]
    if domain in ("procurement", "construction"):
        return (
            not _TENDERING.search(sample)
            and not _PURCHASE_TALK.search(sample)
            and _body_type(domain, body) is None
        )
    return False


# round 8: a "title" that ends with a colon is an item label a template styled as a title (the 宜昌 Epoint
# result template's label cells carry class="title": '招标人:' over '中标人:'); its type word (招标)
# names the party, not the notice, so it names no type and the body decides
_LABEL_TITLE = re.compile(r"[:：]\s*$")
# round 9a: a heading candidate that is a short item label ('原公告的采购项目编号：'), or a sentence citing
# another notice ('根据《…公告》的有关规定'; a line that closes a quote it did not open is the rest of one)
_LABEL_LINE = re.compile(r"^[^:：]{1,20}[:：]\s*$")
_CLAUSE_OPENER = re.compile(r"^\s*(?:根据|依据|按照|依照)|^[^《]*》")


# round 10a: a line wholly in brackets ('（招标人、招标代理公司、监督部门）', a form's stray caption above
# its table) is an aside, not the notice's title: the party words in it name no notice type
_ASIDE_TITLE = re.compile(r"^\s*[（(][^（()）]*[)）]\s*$")

# round 10a: the stages after a tender, stated by the body as done: a ranked candidate list ('中标候选人排序',
# '已确定中标候选人，现将结果公示如下') or a winner table ('中标人名称', '中标价(元)'); not a bare
# '第一中标候选人', which a tender's rules cite ('已被其他项目推荐为第一中标候选人的项目负责人…'); and the
# items only a tender states (a deadline for bids, the documents, 报名, a draw), which keep the title's tender
_LATER_CANDIDATES = re.compile(
    # (round 11a: the ranking's column head over the first name, '中标候选人名称' / '某某咨询有限公司')
    r"(?:^|\n)\s*中标候选人(?:名称|单位)\s*\n\s*[^\s:：]{2,40}?(?:公司|院|中心)\s*\n|"
    r"(?:中标|中选)候选人\s*[:：]?\s*(?:排序|排名|名单)|(?:确定|推荐|产生)了?(?:[一二三四五两\d]名)?(?:中标|中选)候选人[^。\n]{0,12}现将"
)
_LATER_RESULT = re.compile(
    r"中标人(?:名称|信息)|中标(?:价|金额)\s*[(（]?\s*(?:元|万元)|现(?:将|对|就)[^。\n]{0,40}?(?:中标|成交|中选)结果(?:予以)?公[示告布]如下"
)
_TENDER_ITEMS = re.compile(
    r"投标截止|(?:递交|提交)(?:投标|响应)文件|(?:获取|领取|发售)招标文件|招标文件的?(?:获取|领取|发售)|投标人资格要求"
    r"|招标条件|资格要求|开标时间|响应文件|报名|抽签"
)


def _later_stage(sample: str) -> str | None:
    """'candidates' or 'result' when the body states that stage as done and no tendering item."""
    if _TENDER_ITEMS.search(sample):
        return None
    if _LATER_CANDIDATES.search(sample):
        return "candidates"
    if _LATER_RESULT.search(sample):
        return "result"
    if _names_winner(sample):
        # round 15a: and a winner named as such ('中标供应商名称：某某科技有限公司', '成交单位为某公司'), as a
        # result under a tender's heading (another notice's, or a section's) prints it
        return "result"
    return None


# round 15a: a tender's invitation in the present ('现欢迎合格的供应商参加本次采购活动', '诚邀符合条件的投标人
# 前来投标'); a result recalls who took part in the past ('邀请了三家供应商参加谈判'), so 邀请 counts only as
# '现邀请'/'特邀请'
_INVITATION = re.compile(
    r"(?:欢迎|诚邀|现邀请|特邀请)(?:合格的?|符合[^。\n]{0,12}?条件的?|有意向的?|有兴趣的?|潜在的?)?"
    r"(?:供应商|投标人|潜在投标人|投标单位|单位)[^。\n]{0,8}?(?:参加|参与|前来)"
)


# round 20a: a report of a notice published, its title quoted ('…发布《某某项目施工标段评标结果公示》，X公司夺得中标候选人第一
# 名', fresh29 宜宾; '自然资源局发布了《朔州市采矿权挂牌出让交易结果…》', fresh7; fresh3 桐庐, fresh15 杭州 the same)
_NOTICE_REPORTED = re.compile(
    r"(?:发布|公布|挂出|刊登)了?《([^》\n]{4,80}?(?:公告|公示|结果))》"
    # round 23b: the same report with the notice named unquoted, in the past ('…采购网发布了该项目的中标结果公告', '省住建厅发布了
    # 2022年1-7月全省…建设进展情况'); a notice's own text says where it is published, never with 了 ('在某网发布采购公告')
    r"|(?:发布|公布|挂出|刊登)了([^。\n，,；;《》]{2,40}?(?:公告|公示|结果|情况))(?=[。，,；;\n]|$)"
)


def _reported_notice(domain: str, body: str) -> str | None:
    """The type a news item's report gives the notice it says was published: the quoted title's own type word, when
    nothing else in the body types the page (the label convention: a report of a notice is typed as that notice)."""
    m = _NOTICE_REPORTED.search(body[:3000])
    return _type_in(domain, [m.group(1) or m.group(2)]) if m else None


#: round 23b: a count framed as a task (任务/目标/计划 before it: '棚户区改造任务:基本建成22167套', '开工任务7.6万套'): the year's
#: plan, unless the clause tells it done before the task word ('完成年度目标任务3000套', '已下达…')
_TASK_COUNT = re.compile(r"(?:任务|目标|计划)[^，,。；;！!\d\n]{0,12}?[\d.]+\s*万?" + PROGRESS_UNIT)
_DONE_BEFORE = re.compile(r"完成|实现|达到|超额|已")


def _headline_task(lines: list[str]) -> bool:
    """Round 23b: whether a headline (a short line, no sentence) frames a count of housing units as a task, not as done."""
    for ln in lines:
        if not ln or len(ln) > 40 or _SENTENCE.search(ln):
            continue
        m = _TASK_COUNT.search(ln)
        if m and not _DONE_BEFORE.search(ln[: m.end()]):
            return True
    return False


#: how a bidder's name ends, where a candidate or a winner is named ('某某建设集团股份有限公司', '某测绘中心', '某某设计院'):
#: one list for every pattern below that reads a bidder by its name (the alternatives share no first character, so
#: their order changes no match)
_BIDDER_END = r"(?:公司|院|中心|事务所|研究所|集团|合作社|厂)"
# round 20a: a ranked candidate named under its rank's label ('第一中标候选人：某某建设集团股份有限公司'), as the works
# candidates publicities print each (fresh2 衡阳, fresh8 宜都, fresh21 远安, fresh30 亳州 …)
_RANKED_CANDIDATE = re.compile(
    r"第\s*([一二三四五1-5])\s*(?:名\s*)?(?:中标|中选)候选人\s*[:：]\s*[^\s:：，,。；;]{2,40}?" + _BIDDER_END
)


def _ranked_unawarded(sample: str) -> bool:
    """Whether a body ranks two candidates or more by name and names no winner nor says it publishes the award."""
    if len({m.group(1) for m in _RANKED_CANDIDATE.finditer(sample)}) < 2:
        return False
    return not (
        _names_winner(sample)
        or re.search(_RESULT_PUBLISHED, sample)
        or re.search(r"确定[^。\n]{2,60}?为(?:本(?:工程|项目)的?)?中标(?:人|单位)", sample)
    )


def _result_not_single_source(sample: str) -> bool:
    """Whether a body publishes a purchase's award (a winner named, or '现就本次谈判的成交结果公告如下') and states none
    of a single-source publicity's own items."""
    if re.search(_SINGLE_SOURCE, sample):
        return False
    return bool(
        re.search(_RESULT_PUBLISHED, sample)
        or re.search(_PURCHASE_RESULT_PUBLISHED, sample)
        or _WINNER_NAMED.search(sample)
    )


def _names_winner(sample: str) -> bool:
    """Whether a body names a winner as such ('中标供应商名称：某某科技有限公司', '成交单位为某公司')."""
    return bool(_WINNER_NAMED.search(sample) or re.search(_WINNER_ORG, sample))


def _invites_bids(sample: str) -> bool:
    """Whether a body invites bids in the present and names no winner: the tender's own body, whatever
    result heading stands above it (no result states an invitation; a result names its winner)."""
    if not _INVITATION.search(sample):
        return False
    return not (
        _names_winner(sample)
        or re.search(_AWARD_SECTION, sample)
        or re.search(_RESULT_PUBLISHED, sample)
        or re.search(_PURCHASE_RESULT_PUBLISHED, sample)
    )


def _heading_line(h: str) -> bool:
    """Whether a (folded) line may be a heading that names the notice's kind: a kind word, and neither a
    sentence, an item line ('项目编号：X'), a short label whose value is on the next line ('原公告的采购项目
    编号：'; a long line ending so states a change: '…竞价公告中内容变更为:', round 9a) nor a line opening
    a sentence on another notice ('根据《…发放公告》的有关规定', round 9a). Shared by :func:`classify`
    (which headings it reads) and :func:`type_basis` (which headings confirm a type), so the two agree."""
    return bool(
        _HEAD_WORDS.search(h)
        and not _SENTENCE.search(h)
        and not (_ITEM_LINE.search(h) and not _ISSUER_HEADING.search(h))
        and not _LABEL_LINE.search(h)
        and not _CLAUSE_OPENER.search(h)
    )


def _own_title(title: str) -> str:
    """The title, or '' when it is an item label ('招标人:') or an aside in brackets."""
    return "" if _LABEL_TITLE.search(title) or _ASIDE_TITLE.search(title) else title


# round 13a: a purchase's procedure told as held ('组织开展了…公开遴选活动', '于…进行了竞争性谈判',
# '完成了校服采购的工作'); a tender puts it in the present ('现对…进行公开招标')
_PROCEDURE_HELD = (
    r"(?:组织|开展|进行|举行)了[^。\n]{0,40}?(?:招标|磋商|谈判|询价|比选|遴选)(?:活动|工作)?"
    r"|完成了[^。\n]{0,20}?(?:采购|遴选|比选|招标)(?:的)?(?:活动|工作)"
)
# the words of a tendering procedure, whoever runs it (bids, their opening and deadline)
_TENDERING = re.compile(
    r"开标|投标文件|投标截止|招标文件|投标人|投标单位|响应文件"
    # round 11a: the later stages' own words ('评标委员会成员名单', '中标单位：X', '现就本次招标的结果公布如下')
    r"|评标|中标(?:单位|人|供应商|金额|价|候选人|结果|信息)|成交(?:供应商|金额|结果)|招标项目"
    # round 13a: a procedure told as held ('组织开展了…公开遴选活动')
    r"|" + _PROCEDURE_HELD
)

# a heading that may name the notice's kind carries one of these words
# (round 22a: and 公开 ending the line, a notice's word as much as 公示: '…采购需求公开'; not a section's '五、采购意向公开链接')
_HEAD_WORDS = re.compile(r"公告|公示|公开\s*$|结果|记录|通知|计划|决定|公布|情况")
# an item line ('原公告的采购项目名称:新疆…', '项目编号：…'): a label and its value, not a heading
# (its '公告' names the notice it refers to, not this one)
_ITEM_LINE = re.compile(r"^[^:：]{1,20}[:：]\s*\S")
# round 22a: not a heading its issuer opens before a colon, as aggregators print it ('某市人民医院:…项目采购需求公开'): the
# part before the colon is an organisation's name, no item's label, and the rest ends with a notice word
_ISSUER_HEADING = re.compile(
    r"^[^:：\s]{2,20}?(?:医院|学校|学院|大学|中心|公司|局|委员会|政府|办公室|集团|研究所|研究院)[:：]\s*[^:：]{4,80}?"
    r"(?:公告|公示|公开|通知|结果)\s*$"
)
# the numbered items of the tender template ('一、招标条件', '投标人资格要求', '招标文件的获取')
_TENDER_TEMPLATE = re.compile(
    r"(?:^|\n)\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)?(?:招标条件|投标人资格要求|招标文件的获取)\s*(?:\n|$)"
)


# a body sentence among the first lines ('…已由上级主管部门批准招标，…现决定对该项目进行…') names
# no notice type: its words (批准, 决定) are the project's history, not the notice's kind
# (a sentence: a full stop, two clause marks — full-width or, in a text rendering, ASCII — or the
# '…公开如下:' that opens the items; a long title has none of them)
_SENTENCE = re.compile(r"。|[，；,;].*[，；,;]|如下[:：]\s*$")

_SALE_DOMAINS = ("land", "mining", "property", "emission")
_HALTED = re.compile(
    r"(中止|终止|暂停|撤销|撤回|取消)[^，,。]{0,20}(出让|挂牌|拍卖|转让|出租|交易)[^，,。]{0,6}(公告|通知|公示)$|"
    r"(出让|挂牌|拍卖|转让|出租|交易)(活动)?(中止|终止|暂停|撤销|取消)的?(公告|通知|公示)$"
)


# a title that ends with a tendering stage names a procurement or a construction notice, whatever
# it buys: '…安居工程无负压给水设备采购及安装开标记录表' is a bid opening, not a housing notice
_TENDER_TAIL = re.compile(
    r"(开标记录表?|开标结果|开标情况|唱标记录|招标公告|招标文件|中标候选人公示|中标结果公[告示]|中标公[告示]|"
    r"中标人公示|评标结果公示|采购公告|比选公告|发包公告"
    # round 13a: the purchase's other stages by their own tails (not a bare 成交公告 or 更正公告: a land sale
    # has them too)
    r"|采购(?:成交|结果)公[告示]|(?:招标|采购)失败公告|竞争性磋商公告|竞争性谈判公告|询价公告)$"
)


_EXCHANGE_PLEDGE = re.compile(r"(?:转让方|增资企业|出租方)[:：]?\s*承诺")


# round 12a: a village lets its ponds, hills or farmland by bids for the rent ('…三块鱼池发包公告'): a lease
# (property), not a works tender, though its tail is the works tender's 发包公告
# (round 22a: built from parts, what is let and the letting's verbs, in either order: '…养殖水面经营权流转项目交易公告',
# '重新发包…鱼塘', '原鱼塘承包者')
LET_OBJECT = r"(?:鱼池|鱼塘|池塘|堰塘|山塘|养殖塘|水塘|水面|水库|山林|林地|果园|茶园|荒山|山场|耕地|土地|农田|草场|滩涂)"
LET_VERB = r"(?:发包|出租|承包(?:经营)?|(?:经营权)?流转)"
# (in a title, the letting itself: not a bare 承包 or 流转, which name a policy as often, '第二轮土地承包到期后再延长30年
# 试点技术服务项目' (a purchase), '土地流转服务中心')
_LET_TITLE_VERB = r"(?:发包|出租|承包经营|经营权流转|流转(?:交易|项目))"
_LETTING = re.compile(LET_OBJECT + r"[^，,。]{0,12}?" + _LET_TITLE_VERB + r"(?!车)")
_LETTING_ANY_ORDER = re.compile(
    LET_OBJECT + r"[^，,。；;\n]{0,12}?" + LET_VERB + r"|" + LET_VERB + r"[^，,。；;\n]{0,4}?" + LET_OBJECT
)
#: round 22a: the money of a letting, which a body letting its land or water states (its rent, its contract price, the
#: reserve it opens at): with a letting's words it places a page without a title in property
_LET_MONEY = re.compile(r"租金|承包(?:价|款|费|金)|流转(?:价格|费|金)|标底|底价|起租价")
#: works named in a body (a letting names none; a works 发包 names its site, period or managers)
_BODY_WORKS = re.compile(r"施工|工期|监理|勘察|建造师|项目经理|工程量清单")


def _letting_body(sample: str) -> bool:
    """Round 22a: whether a body lets land or water by its own words (an object let and a letting verb, the rent or
    contract price) and names no works: a village's pond re-let by bids ('对本村原承包…重新发包', '发包鱼塘面积', '承包款')
    or a report of it, property whatever tendering words (招标, 开标, 中标人) the letting borrows."""
    return bool(
        _LETTING_ANY_ORDER.search(sample)
        and _LET_MONEY.search(sample)
        and not _BODY_WORKS.search(sample)
        # (a service bought for a letting's affairs, '…土地承包到期后再延长30年试点技术服务项目', is a purchase)
        and not re.search(r"采购|供应商", sample)
    )


def _heads_text(headings: list[str]) -> str:
    """The heading lines weighed as headings (×2): not a sentence among them. A page's first lines are
    passed as heading candidates; a sentence there ('…投标人数量不足3家。…投标人少于3个的,招标人将重新招标,
    故本项目本次招标流标。') is body, already counted once (capped) in the body, and weighed again as a
    heading its party words made a purchase works (round 13a). Nor a site's name line (round 14a: a
    reposting site's banner, '某某采购网_某某网-某某信息网', names the site's trade, not the notice's)."""
    return " ".join(h for h in headings[:8] if not _SENTENCE.search(h) and not _SITE_NAME.search(h))


#: round 14a: a site's name line: it ends with 网 (or 网站), or joins site names ('…网_…网', '…网-…', '…网|…')
_SITE_NAME = re.compile(r"网站?\s*$|网\s*[_|｜\-—]")


#: round 19a: a title opened by the agency that issues it, '<某某产权交易中心有限公司>关于<项目>的更正公告' (the national
#: platform's titles, a text copy's '# ' header line too): a company's name tells its own trade (an exchange acting
#: as a purchase's agency, an engineering consultancy), not the notice's; the domain is read without it. Only a
#: company: an office's name (某市住房保障中心, 某县自然资源局) is the responsible unit and tells its domain.
_AGENCY_OPENING = re.compile(
    r"^[#\s]*[^，,。；;：:\s]{2,40}?(?:有限公司|有限责任公司|股份公司|集团公司|事务所)关于(?=\S{4})"
)


def _agency_free(text: str) -> str:
    """``text`` without an agency company's opening ('某某招标有限公司关于…' → '…')."""
    return _AGENCY_OPENING.sub("", text, count=1)


#: the government purchase's own marks in a body: its law and numbering ('政府采购法', '政府采购编号：CSCG-…'), the
#: national template's sections ('采购人信息', '采购代理机构信息') and its '中标（成交）' wording
#: (round 19a: and the Ministry of Finance's purchase circulars cited by number, '财库〔2020〕46号', '财库【2019】38号':
#: the 财政部国库司 series regulates 政府采购 alone; every seen page citing one is a purchase, on a dozen sites)
_PURCHASE_LAW_MARKS = re.compile(
    r"政府采购(法|活动|监督|编号|计划编号)|采购人信息|采购代理机构信息|中标[（(]成交[)）]"
    r"|财库\s*[〔［\[【(（]\s*\d{4}"
)


# (round 27e) the national platform's (ggzy.gov.cn) 工程建设 record forms, cells one a line: the 开标记录's '开标参与人' …
# '开标记录内容' (fresh9 那曲, fresh47 永春 and 滁州), the 招标/资审文件澄清's '对文件澄清与修改的主要内容' (fresh47 昆明 官渡):
# a works procedure's (a purchase's records on the platform print the 政府采购 template instead)
_WORKS_RECORD_FORM = re.compile(
    r"(?:^|\n)\s*开标参与人\s*\n(?:.*\n){0,6}?\s*开标记录内容\s*(?:\n|$)"
    r"|对(?:招标|资审|资格预审)?文件(?:的)?澄清与修改的主要内容"
)


def _domain(title: str, headings: list[str], body: str) -> str:
    title, headings = _agency_free(title), [_agency_free(h) for h in headings]
    if title and _LETTING.search(title) and not _LET_WORKS.search(title):
        return "property"
    if title and _TENDER_TAIL.search(_tail(title)):
        # (round 17a: or the heading line under it names the letting, '…市场经营权招标公告' over '…经营权出租方案')
        letting = _LET_OUT.search(title) or _LET_OUT.search(_heads_text(headings))
        if letting and not _LET_WORKS.search(title + _heads_text(headings)):
            # round 14a: an owner letting its stalls, shops or rooms by tender ('…摊位和商铺招租招标公告',
            # '…门面出租招标公告'): the tender is the form of the letting, the notice a property transfer
            # notice, not a works or purchase tender (its tail alone read as one); other titles are untouched
            return "property"
        return _proc_or_cons(title, headings, body)
    for d, rx in _DOMAIN_TITLE_WORDS:
        if rx.search(title):
            return d
    # (round 14a: the heading lines only, not a sentence among the first lines a text copy passes as heading
    # candidates: a news report's closing '…同步发布在…广西政府采购网等指定媒介' names where it was posted, not
    # the notice's domain; a sentence is weighed once as body below, as _heads_text does for the scores)
    head = _heads_text(headings)
    for d, rx in _DOMAIN_TITLE_WORDS:
        if d != "other" and rx.search(head):
            return d
    head = _heads_text(headings)
    sample = body[:6000]
    if _system_bought(title) and (_TENDERING.search(sample) or _PURCHASE_TALK.search(sample)):
        return "procurement"  # round 16a: see _system_bought
    by_parties = _party_domain(sample)
    if by_parties:
        return by_parties
    if _PURCHASE_ITEMS.search(sample):
        # round 15a: the government purchase's own items, where no party label is printed (a 政采云 record's
        # 基本信息 cut above its parties): works bought so are a purchase (LABELLING.md), however many 工程,
        # 施工 or 设计 words its scope lists
        return "procurement"
    for d, rx in _LATE_TITLE_WORDS:
        if rx.search(title):
            return d
    if _letting_body(sample):
        return "property"
    if _EXCHANGE_PLEDGE.search(sample[:3000]) and not any(
        rx.search(sample) for d in ("mining", "land") for rx, _w in _DOMAIN_RE[d]
    ):
        # round 11a: an exchange's disclosure opens with the seller's, issuer's or lessor's standard pledge
        # ('转让方承诺', '增资企业承诺', '出租方承诺'): the page is the exchange's whatever the 标的企业's
        # business scope names ('经营范围：建设工程施工' scored it works); a mining or land right an exchange
        # lists is still scored (its own words weigh 2–3 each)
        return "property"
    scores: dict[str, float] = {}
    for d, sigs in _DOMAIN_RE.items():
        s = 0.0
        for rx, w in sigs:
            s += 3 * w * len(rx.findall(title)) + 2 * w * len(rx.findall(head)) + w * _body_count(rx, sample)
        scores[d] = s
    if re.search(r"工程信息发布表|建设工程", sample):
        scores["construction"] += 10
    if _WORKS_RECORD_FORM.search(sample) and not _PURCHASE_LAW_MARKS.search(sample):
        scores["construction"] += 10
    # (round 11a: the buyer's own numbering, '政府采购编号：CSCG-…', '政府采购计划编号')
    # (round 13a: the national template's '中标（成交）信息', '中标（成交）金额', as in a title)
    if _PURCHASE_LAW_MARKS.search(sample):
        scores["procurement"] += 10
    best = max(scores, key=lambda k: scores[k])
    if best == "procurement" and scores["construction"] == scores["procurement"] > 0:
        # round 14a: a tie between the two tendering domains was won by procurement for its place in the
        # dict; _proc_or_cons breaks it by what the page builds (a news report of a 幼儿园建设项目's
        # candidates, one 工程 against one 采购 word, is works), as a titled tender's tie is broken
        return _proc_or_cons(title, headings, body)
    if scores[best] <= 0 and _TENDERING.search(sample):
        # a text copy with no party label and no domain word still tenders ('本项目延期开标', '投标文件'):
        # a tendering notice of procurement or works, procurement when nothing tells them apart
        return _proc_or_cons(title, headings, body, tie="procurement")
    if (
        best == "construction"
        and not _WORKS_RECORD_FORM.search(
            sample
        )  # (round 27e: the platform's works form is works, built or not)
        and (_nothing_built(title, head, sample) or _goods(sample))
    ):
        # (and goods bought under 招标投标法 wording with no party label: '…厨房设备采购项目' whose candidate is a
        # '厨房工程有限公司' — as _party_domain files a goods tender that names its 招标人)
        return "procurement"
    return best if scores[best] > 0 else "other"


#: round 15a: items only a government purchase prints: a method only 政府采购法 has (竞争性磋商, 竞争性谈判, 询价,
#: 单一来源; a works tender under 招标投标法 names its 招标方式), and the 政采云 lot's '标项名称'
_PURCHASE_ITEMS = re.compile(r"采购方式\s*[:：]\s*(?:竞争性磋商|竞争性谈判|询价|单一来源)|标项名称\s*[:：]")


#: the building trade itself (a 建筑业企业 credit rating tenders nothing and is works' by its trade)
_BUILDING_TRADE = re.compile(r"建筑|建造|土建|装修|装饰|市政|水利|公路|桥梁|房屋")


def _nothing_built(title: str, head: str, sample: str) -> bool:
    """Whether a tendering page names nothing built (no 工程, 施工, 建设, 设计, 监理, 建筑 … anywhere): its works
    score then rests on the tendering parties alone (招标人, 投标人), which every tender names, and the
    thing tendered is a service or goods — a purchase (round 13a: a school's '招标与采购代理服务比选项目'
    told to its 投标人 read works)."""
    text = f"{title}\n{head}\n{sample}"
    return bool(_TENDERING.search(sample)) and not _BUILT.search(text) and not _BUILDING_TRADE.search(text)


# an item of its own that says what is corrected ('六、更正内容：…', '变更事项:'): a correction notice
# whatever its title (a page cut below its heading still prints it)
_CORRECTION_ITEM = (
    r"(?:^|\n)\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)?(?:更正|变更)(?:内容|事项|信息|情况)\s*[:：]"
)

# A text copy cut below its heading still says what happened in its first sentences: a halt
# ('终止此次…采购活动', '二、项目中止的原因', '终止合同包', '对本项目依法重新招标'), a buyer's plan
# ('…采购意向公开如下'), a ban on a supplier ('决定暂停与X合作', '禁止该单位参加'). Tender templates
# state their own rules for a failed tender ('不足三家的，应予废标'), so only the act itself counts.
_HALT = (
    # (round 14a: and the national 废标/流标 template's own section head, '二、项目废标/流标的原因')
    r"(?:中止|终止|废标|流标)(?:[/、](?:废标|流标))?的?原因|(?:终止|中止)(?:合同包|此次|本次|该项目|本项目)|(?:决定|同意|批准)[^。\n]{0,8}(?:终止|中止)"
    r"|对(?:本|该)项目(?:依法)?重新(?:组织)?招标"
    # round 19a: a decision to tender anew, told as the act ('经我单位研究决定,重新组织招标活动', '…中标候选人不足三家,经招标
    # 人报送相关部门同意后,将重新组织招标'); a tender's rule names no decision ('…少于三个的，招标人应当依法重新招标'), and a
    # re-tender that recalls the decision invites in the same sentence ('经研究决定重新组织招标，现邀请…')
    r"|(?:决定|同意|批准)后?[，,]?\s*(?:将|由招标人)?(?:依法)?重新(?:组织)?(?:招标|采购|招投标)(?:活动|工作)?"
    r"(?![^。\n]{0,12}?现(?:邀请|对|就|将|公开|进行))"
    # round 8: the act told in the future at a clause's start, after the cause ('…有关规定,本项目将重新招标。',
    # not a rule's '投标人不足三家的,招标人将重新招标'), and a lot declared failed ('对该包作废标处理')
    r"|(?:^|[。\n]|规定[，,])\s*(?:本|该)(?:项目|标段)将(?:依法)?重新(?:组织)?招(?:投)?标"
    # round 11a: the failure told as done ('…不足三家…故本项目第一次招标失败'; a rule's '…的，招标失败' is
    # conditional), and the relisting it brings ('…少于三家,本项目将重新招投标')
    r"|(?:(?<!的)[，,。\n]\s*|故|因此|因而|所以)(?:本|该)(?:项目|标段|次)(?:第[一二三四\d]次)?(?:招标|采购)(?:已)?失败"
    # round 13a: the same conclusion naming the failure's kind ('…投标人少于3个的,招标人将重新招标,故本项目本次
    # 招标流标。'): 故/因此/所以 draw it from the facts just told; a rule's '…的，本项目流标' stays out
    r"|(?:故|因此|因而|所以)\s*(?:(?:本|该)(?:项目|标段|包)(?:本次|此次|第[一二三四\d]次)?|本次|此次|第[一二三四\d]次)"
    r"(?:招标|采购)?(?:已|作)?(?:流标|废标)"
    r"|对(?:该|本)(?:包|项目|标段|标包|包件|分包)(?:作|做|予以)?废标"
    # round 11a: '基于以上原因,本项目终止招标' (a rule's '…的，本项目终止' is conditional)
    # (round 23a: a family, the project as the subject, the procedure before or after the verb or not named:
    # '本项目终止招标', '本项目活动终止', '该项目招标工作予以终止')
    r"|(?<!的)[，,。\n]\s*(?:本|该)(?:项目|标段|采购包|次)(?:的)?" + HALT_OBJECT + r"?(?:活动|工作|程序)?"
    r"(?:决定|依法|予以|现)?(?:终止|中止)(?:(?:本次)?" + HALT_OBJECT + r"|\s*[。；;，,\n])"
    # round 12a: the lot declared failed in its own sentence ('经慎重研究,本项目此次招标作废标处理。'; a rule's
    # '…不足三家的,本项目作废标处理' is conditional and names no 此次)
    r"|(?<!的)[，,。\n]\s*(?:(?:本|该)(?:项目|标段))?(?:此次|本次)(?:招标|采购)?(?:作|做|予以)(?:废标|流标)处理"
)
# round 10a: a result template whose only outcome is the tender's failure, told as done ('…不足三家，
# 本项目流标。'; a rule's '…不足三家的，本项目流标' is conditional and stays out).  Not the template's
# '废标理由' column: the national result template prints it, empty, over every award
# (round 15a: and the failure named as such, '…不足三家，本项目采购失败。', as the national 采购结果 template
# words it when no supplier is left)
_FAILED_TENDER = (
    # (round 16a: and the procedure as the subject with the act's verb, '…故无法正常开展评审。鉴于以上原因,本次采购
    # 予以流标。', a unit's own 流标说明)
    r"(?<!的)[，,。\n]\s*(?:本|该)(?:项目|采购包|包|标段|次采购|次招标|次比选)(?:已|作|予以)?"
    r"(?:流标|废标|(?:采购|招标)失败)(?:处理)?\s*[。；;]"
)
# round 18a: the procedure suspended, told as the act (a decision, '经研究决定暂停该项目招标投标活动', '…审查决定暂停该项
# 目的招标'; the present, '现暂时停止…招标工作'; the buyer naming its project, '武汉大学将暂停《…》的采购工作'). A tender's
# or a ranking's rule puts it in the conditional, '作出答复前，将暂停招标活动', '…应当暂停招标投标活动': no decision,
# no 现, no project named after the verb. Not a supplier's ban, '决定暂停与X合作' (penalty)
_SUSPENDED = (
    r"(?:决定|现)(?:暂停|暂时停止)(?!与)[^。\n]{0,60}?(?:招标|采购|招投标|比选|遴选|磋商|谈判)"
    r"|将(?:暂停|暂时停止)(?:《[^》\n]{2,80}》|“[^”\n]{2,80}”|(?:本|该)(?:项目|次))的?(?:采购|招标|招投标|比选|遴选)"
)
# round 18a: a ranking or an award withdrawn, told as the act: '认定X公司中标无效' (招标投标法实施条例 第五十五条),
# '…与事实不符的承诺材料,取消以上投标人的中标候选人资格', '…中标无效,废除其中标资格'. A tender's or a ranking's rule
# puts it in the conditional ('…谋取中标的，取消其中标资格', '如有…，将取消其中标候选人资格')
_VOIDED = (
    r"认定[^。\n，,]{2,40}?中标无效"
    r"|(?<!的)[，,]\s*(?:取消|废除)(?:以上|上述|该|其)[^。\n，,]{0,12}?中标(?:候选人)?资格"
)
# (a notice's rules about the buyer or winner to come, '竞得人应…', '受让方须…', '意向受让方', '中标供应商须…', are no deal words)
_RULE_VERB = r"\s*(?:应|须|需|必须|在|于|可|将|如|若|的|不|按|自|承担|缴|签|资格|条件)"
_AWARD_SECTION = (
    r"(?:^|\n)\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)?(?:成交|中标)(?:情况|信息|结果)\s*\n"
    r"[^。]{0,200}?(?:供应商名称|中标人名称|中标金额|成交金额)"
    # round 11a: the same section numbered in a copy whose items run together on one line ('…公开招标六、中标
    # 情况：标段 采购内容 拟中标单位 …'), or closed by a colon ('五、中标信息：' over '中标单位：X')
    # the national template's '三、采购结果' and a publicity's '七、预中标结果：' over the same table
    r"|(?:(?:^|\n)\s*|[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)"
    r"(?:(?:预)?(?:成交|中标)(?:[（(]成交[)）])?(?:情况|信息|结果)|采购结果)\s*[:：\n]"
    r"[^。]{0,200}?(?:供应商名称|中标人名称|(?:中标|成交|中标[（(]成交[)）])金额"
    r"|(?:拟|预)?(?:中标|成交)(?:单位|人|供应商)(?!" + _RULE_VERB + r"|确定|产生|放弃|收到|接到|拒绝|未))"
)
# a winner named as such: a failed tender names none ('中标供应商名称：X', '成交人：X')
_WINNER_NAMED = re.compile(r"(?:中标|成交)(?:供应商|人|单位)(?:名称)?\s*[:：]\s*[^\s/／无]")
#: round 26b: the party a ban names, as the act names it: '其', '该公司', or an organisation written out
_BANNED_PARTY = (
    r"(?:其|该(?:公司|单位|供应商|投标人|企业)|[^。\n，,；;]{2,40}?(?:公司|单位|厂|中心|商行|经营部))"
)
_SUPPLIER_BAN = (
    r"(?:决定)?暂停与[^。\n]{2,40}合作|禁止该(?:单位|供应商|公司)参加"
    # round 26b: a buyer's or an authority's ban on a supplier as one family: the party (_BANNED_PARTY) put on a list of
    # excluded suppliers ('将其列入我校所有项目的投标黑名单', '将X公司列入不良行为记录名单'). Told as the act, the party named
    # before the list: a tender's rule speaks of a list in the passive, of anyone ('被列入失信被执行人…名单的,不得参加'),
    # a law cited names no party ('列入不良行为记录名单，在一至三年内禁止参加政府采购活动')
    r"|(?:将|把)"
    + _BANNED_PARTY
    + r"(?:列入|纳入|记入)[^。\n，,；;]{0,30}?(?:黑名单|不良(?:行为)?记录(?:名单)?|失信(?:行为)?(?:记录|名单))"
)
# a correction cut below its heading states the change itself: '具体有关时间变更如下', '…修正为:“…”',
# '本项目延期开标', '开标时间推迟至…' (a tender's own rules speak of changes only in the conditional)
_CHANGE_STATED = (
    r"(?:时间|内容|事项|信息|安排)(?:变更|更正|修改|调整)如下|修正为\s*[:：]?\s*[“\"]"
    # (round 16a: a clarification of a published notice, told as the act: '招标人…对《…中标结果公告》作如下澄清说明',
    # '特此澄清'; a tender's rule '招标人可以对…进行澄清' is no act)
    r"|(?:作|做)(?:出)?如下澄清|特此澄清"
    # (round 14a: the works template's own opening of a clarification, '招标文件修改、澄清（答疑）内容如下：')
    r"|(?:修改|澄清|答疑|补遗)[)）]?\s*的?(?:内容|事项)如下\s*[:：]"
    # the national 更正公告 template's items: '本次变更日期：…', '三、更正事项、内容：…', '…做出如下更改'
    r"|本次(?:变更|更正)日期\s*[:：]|(?:更正|变更)事项[、及和]\s*内容\s*[:：]|(?:做出|作出)如下(?:更改|更正|变更)"
    r"|(?:本|该)(?:项目|次招标|次采购)(?:延期|推迟|暂停)开标|开标(?:时间)?(?:延期|推迟|顺延)至"
    # round 11a: '现将本项目投标文件递交的截止时间延期' (the act itself, in the present, as '现将…公告如下' is)
    r"|现将[^。\n]{0,30}?(?:时间|日期)(?:予以)?(?:延期|推迟|顺延)"
    # round 12a: a letter to the bidders that puts the opening off ('…将开标时间向后推延,具体时间另行通知')
    r"|将(?:开标|投标截止)时间(?:向后)?(?:推延|推迟|延期|顺延|延后)"
    # and the answers to the bidders' questions put out ('现对“某工程”答疑有关事宜通知如下：质疑1…答：…')
    r"|现(?:对|将|就)[^。\n]{0,80}?(?:答疑|澄清)(?:有关)?(?:事宜|事项|内容)?(?:通知|公告|说明)如下"
    # round 13a: the change in its own words — '具体情况做以下更正说明', '特此更正'; a date moved to a new one
    # ('…截止时间及开标时间更改为:2014年12月25日', '原开标时间和方式更改为:2021年…'; the new date follows: a
    # tender's rule on changes names none); a lot's opening put off ('…2个项目延期开标')
    r"|(?:做|作)(?:出)?(?:以下|如下)(?:更改|更正|变更|修改|调整)|特此(?:更正|变更)"
    # (round 18a: and a period drawn out, '…资格预审文件的发售时间继续延长至2015年4月2日')
    r"|(?:时间|日期|地点)(?:[及和与][^。\n]{0,10})?(?:继续)?(?:更改|变更|调整|推迟|延期|顺延|延长)(?:为|至)\s*[:：]?\s*\d"
    r"|项目(?:延期|推迟|暂停)开标"
    # (round 27e: the national platform's 招标/资审文件澄清 form, its cells one a line: '是否延期', '延期后开标时间',
    # '对文件澄清与修改的主要内容' (fresh47 昆明 官渡, ggzy.gov.cn): no tender prints them)
    r"|对(?:招标|资审|资格预审)?文件(?:的)?澄清与修改的主要内容|(?:^|\n)\s*延期后开标时间\s*(?:\n|$)"
)

# Round 7: the remaining types' own template words, for a copy cut below its heading (round 6 gave body
# cues to the kinds fresh5 showed; these are the national templates' standard items of the others):
# a single-source publicity ('拟采用单一来源方式采购', '单一来源采购理由', '拟定供应商名称:'), a
# complaint decision ('被投诉人:', '投诉事项', '驳回投诉'), an acceptance report ('验收结果:', '验收结论:'),
# a bid-opening record ('开标记录', '唱标记录'), a works contract ('发包人(甲方)', '合同编号:')
_SINGLE_SOURCE = r"(?:拟|将)(?:采用|采取|以)单一来源|符合单一来源采购(?:的)?(?:条件|情形)|单一来源(?:采购)?(?:方式)?的?(?:理由|原因)|拟定(?:的)?(?:唯一)?供应商(?:名称|信息)?\s*[:：]"
_COMPLAINT = r"被投诉人\s*[:：]|投诉事项\s*[:：]|驳回(?:其|该|本)?投诉|投诉(?:处理)?决定(?:如下|书)"
_ACCEPTANCE = r"验收(?:结果|结论|意见)\s*[:：]|履约验收(?:情况|结果)\s*[:：]"
# (round 20a: nor a record cited by its name in a report, '据《开标记录表》显示，…共131家企业参与竞标': a document
# named in 《》 is another one, as _CLAUSE_OPENER reads a heading citing one)
_OPENING_RECORD = r"(?:开标|唱标)记录(?!表?\s*\.(?:pdf|docx?|xlsx?))(?![^《》\n]{0,20}》)"
_WORKS_CONTRACT = r"(?:发包人|承包人)\s*[(（](?:甲|乙)方[)）]|合同编号\s*[:：]|合同签订(?:日期|时间)\s*[:：]"
# round 15a: a winner only recommended ('建议该项目中标人为X'), not yet awarded (not '推荐': a result tells its
# award as made on the committee's recommendation, '根据评标委员会推荐确定X为中标人')
_WINNER_RECOMMENDED = r"建议[^。\n，,]{0,10}?中标(?:人|单位)(?:为|是)"
# round 9a: a result says it publishes the award ('现将中标结果公示如下'); a tender only promises one
# ('中标结果将在…公示'); a 评标结果 may be the ranking before the award, so it is left out
_RESULT_PUBLISHED = r"现(?:将|对|就)[^。\n]{0,40}?(?:中标|成交|中选)结果(?:予以)?公[示告布]如下"
# round 11a: a candidates publicity says it publishes the ranking ('现将中标候选人公示如下'); a tender only
# promises one ('中标候选人将在…公示')
_CANDIDATES_PUBLISHED = r"现(?:将|对|就)[^。\n]{0,40}?中标候选人(?:名单|情况)?(?:予以)?公[示告布]如下"


class _PublishedStage:
    """Round 23b: a body that says what it publishes ('现对本次招标的开评标过程及结果进行公示', '现将中标候选人公示如下', '现将
    采购结果公告如下'), its object typed by the title rules (a heading names the same stage by the same words): the
    publication act of _RESULT_PUBLISHED and _CANDIDATES_PUBLISHED, with any object, any of 予以/进行 before the verb and
    no 如下 needed. Only the stages after the bids (``stage``); a tender only promises them ('中标结果将在…公示'), never 现."""

    _ACT = re.compile(
        r"现(?:将|对|就)([^。\n；;]{2,40}?)(?:予以|进行|作|做)?公[示告布](?:如下)?(?![^。\n，,]{0,2}(?:期|后|时|的))"
    )

    def __init__(self, stage: str) -> None:
        self.stage = stage
        self.pattern = f"<published {stage}>"

    def search(self, text: str) -> re.Match[str] | None:
        for m in self._ACT.finditer(text):
            obj = m.group(1)
            if _stage_named(obj) == self.stage:
                return m
        return None


def _stage_named(obj: str) -> str | None:
    """The stage (candidates or result) the title rules read in a published object, else None."""
    for rx, t in _RULES["procurement"]:
        if rx.search(obj):
            return t if t in ("candidates", "result") else None
    return None


# round 11a: a winner named as an organisation ('中标单位：某测绘中心', '成交供应商为某公司'): only a result states
# one (a tender's rules speak of the winner to come, '中标人应…'; a ranking's '拟(定)中标人' names the first candidate)
_WINNER_ORG = (
    r"(?<![拟预])(?<!拟定)(?:中标|成交|中选)(?:人|单位|供应商)(?:名称)?\s*(?:[:：]|确认为|为)\s*[“\"]?"
    r"[^\s:：，,。；;“”\"]{2,40}?" + _BIDDER_END
)
# round 11a: a purchase's result also says '现将采购结果公告如下', '现就本次招标的结果公布如下' (a purchase has no
# ranking stage of its own, so these name its result; a works '招标结果' may be the candidates, left out there)
_PURCHASE_RESULT_PUBLISHED = (
    r"现(?:将|对|就)[^。\n]{0,40}?(?:采购|招标|比选|谈判|磋商|询价)的?结果(?:予以)?公[示告布]如下"
    # round 13a: the national result template's opening ('…组织采购，评标工作已经结束，中标结果如下：')
    r"|(?:评标|评审)工作已(?:经)?结束[，,]\s*(?:中标|成交|采购)结果如下"
)
# (round 11a: the invitation itself, '特邀请各潜在投标人…提出资格预审申请')
_WORKS_PREQUALIFICATION = (
    r"潜在资格预审申请人|(?:领取|获取)资格预审文件|资格预审申请文件的?递交|邀请[^。\n]{0,30}提出资格预审申请"
)

# the tender template's opening in the present: '受X委托,现对<项目>进行公开招标。' (a result tells it
# in the past: '于…对X进行了公开招标')
_PRESENT_TENDER = (
    # (round 11a: a works 发包 put out the same way, '现对该项目进行公开发包。')
    r"现(?:对|就)[^。\n]{2,80}?进行(?:国内)?(?:公开招标|邀请招标|竞争性磋商|竞争性谈判|询价|公开比选|比选|公开发包)"
    r"(?:采购)?\s*[。，,；;]"
)
# round 19a: the tender template's opening, the project ready and the tendering put out in the present ('项目已具备招标
# 条件，现对该项目的施工进行公开招标', '已具备发包条件，现对该项目进行公开发包', a 比选's '具备采购条件,现公开邀请有意向的
# 单位'), as tenders of many sites print it; a result tells the tendering done
_READY_TENDER = r"具备(?:招标|采购|比选|发包)条件[。，,]?\s*现(?:对|就|公开|进行|采用|委托|邀请|以)"
# round 15a: an open tender changed to a non-tendering method ('由院内公开招标转为院内竞争性谈判')
_METHOD_CHANGED = r"(?:公开招标|招标)(?:方式)?(?:转为|转|改为|变更为)[^。\n，,]{0,6}?(?:竞争性谈判|竞争性磋商|单一来源|询价)"
# a candidate table with no heading ('第一中标候选人 | 第二中标候选人 …'); (round 11a) not a tender's rule citing
# another project's ranking ('已被其他项目推荐为第一中标候选人的项目负责人…')
# (round 13a: a 比选 or 遴选 ranks 中选 candidates as a tender ranks 中标 ones: '第一中选候选人：某公司')
_FIRST_CANDIDATE = r"(?<!推荐为)第[一1](?:中标|中选)候选人"
# round 19a: a candidate named under its label ('中标候选人：某某建设有限公司', '成交候选人:某某拍卖有限责任公司',
# '中选候选人：…'), as the candidates publicities of many sites print each ranked name (a tender speaks of the
# candidates to come, never names one; a purchase's ranking is its result, _NEAREST_TYPE)
_CANDIDATE_NAMED = (
    r"(?<!推荐为)(?:中标|成交|中选)候选人(?:名称|单位)?\s*[:：]\s*[^\s:：，,。；;]{2,40}?" + _BIDDER_END
)
# (round 19a: not an aggregator's summary grid, '预计采购时间 | 立即查看', printed over every notice it reposts: the
# grid's cells are the site's chrome, as _NOT_PAYWALLED reads the party labels)
_INTENTION = r"采购意向公开如下|采购意向公开[^。\n]{0,4}[:：]|预计采购时间" + _NOT_PAYWALLED

# a requirements draft put out for comment names the comment window as its own item ('三、征求意见截止
# 日期', '四、征求意见的提交方式'): a consultation, whatever tender terms (采购, 投标) it drafts
_COMMENT_WINDOW = (
    r"(?:^|\n)\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)?征求意见的?(?:截止|提交|反馈|回复)"
    # (round 11a: the window's own items, '意见递交时间：', '意见接收机构：')
    r"|(?:^|\n)\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)?意见(?:递交|提交|反馈)(?:时间|方式|截止)\s*[:：]"
    # round 15a: a requirements publicity's own window for objections, put before the tender ('对以上公示的项目
    # 采购需求有异议的,可以在招标公告发布之前…'; '现对本项目采购需求进行公示'): a tender's objections are 质疑 to
    # its documents, never to a requirement it says it publishes
    r"|(?:公示|公开)的[^。\n]{0,12}?采购需求(?:内容)?有异议|现(?:将|对)[^。\n]{0,40}?采购需求(?:予以|进行)公示"
)

# round 14a: a news report of a tender's outcome, told as a fact ('…公开招标一锤定音。省水利工程局脱颖而出,一举中标',
# '以1058.98万元的合同额中标某水库除险加固工程第3标段', '经过讨论和评分,确认某公司所投公寓家具中标'): a tender
# speaks of the winner only as one to come ('中标人应…', '确定中标人'), never with these verbs of a done award
_AWARD_REPORTED = (
    r"(?:一举|成功|顺利|再次|最终|喜获|再获)中标(?![候人单价金通结后的者])"
    r"|(?:确认|宣布)[^。\n]{2,60}?中标(?=[。，,；;！!])"
    r"|以\s*\d[\d,.]*\s*(?:亿元|万元|元)的?(?:合同额|合同价|中标价|价格|报价|总价)?(?:成功)?中标(?![候人单价金后的者])"
    # round 20a: a report's idiom of the bidder that won, '…工程有限公司最终胜出' (fresh29 福鼎; fresh16 番禺 tells a
    # land sale so, '…最终在与万科…的争夺中胜出'); a sale's rule names who wins, never 最终 ('以出价时间先者为胜出')
    r"|最终(?:在[^。\n]{0,40}?中)?胜出"
    # round 22a: the bidder that won told by its new role or by the award letter received ('公司成为…高架桥工程(匝道桥)的
    # 中标人', '收到某某集团有限公司发来的《中标通知书》', a listed company's 项目中标公告); a tender speaks of both only as
    # a rule to come, '成为中标人后', '中标人收到中标通知书后…', '自收到中标通知书之日起'
    r"|(?:成为|被确定为|被选定为)[^。\n]{2,80}?的?(?:中标|成交|中选)(?:人|单位|供应商)(?![后时的之须应])"
    r"|(?<![人方商位])收到[^。\n，,]{0,40}?《?(?:中标|成交)通知书》?(?![后之时])"
    # round 23b: the same role after the plain copula, an organisation named before it ('最终某某顾问有限公司为该项目设计单位的
    # 中标人'); a rule names no organisation there ('排名第一的中标候选人为中标人')
    r"|" + _BIDDER_END + r"为[^。\n，,]{0,30}?的(?:中标|成交|中选)(?:人|单位|供应商)(?![后时的之须应])"
    # round 23b: a taker of this very project ('…等四家企业中标该项目'; a rule speaks of 'the winner', never 'X中标该项目')
    r"|(?:公司|企业|单位|集团)[^。\n，,]{0,10}?" + TAKE_VERB + r"(?:该|本|此|这个?)(?:项目|工程|标段|标包|包)"
    # round 23b: the sum awarded, stated as a figure in prose ('项目总中标金额为5.44亿元', DEAL_SUM's parts for an award; a
    # rule names none, '中标金额不得超过预算')
    r"|总?(?:中标|成交)总?(?:金额|价|价格|额)(?:分别)?(?:为|达)\s*[:：]?\s*(?:[\d¥￥]|人民币)"
)
# round 14a: the ranking reported as published ('该项目于2025年10月9日正式公示中标候选人', '中标候选人公示期为
# 2025年10月9日至…'); a tender states the publicity only as a rule to come ('中标候选人公示期为3日')
_CANDIDATES_REPORTED = r"(?:正式|已经?|依法)公示(?:了)?中标候选人|中标候选人公示期为\s*\d{4}\s*年"

#: a tendering procedure changed or halted, told the same way in a purchase and a works tender, and read first in
#: both: a change or a halt speaks of the tender or the result it changes, whose cues come after
#: (round 11a: a works tender's failure told as done, '…少于三家,本项目流标。', as a purchase's)
_CHANGED_OR_HALTED: list[tuple[str | re.Pattern[str], str]] = [
    (_CORRECTION_ITEM, "correction"),
    (_CHANGE_STATED, "correction"),
    (_HALT, "termination"),
    (_FAILED_TENDER, "termination"),
    (_SUSPENDED, "termination"),
    (_VOIDED, "termination"),
]

#: round 26b: the notice addressed to the bidders of a procedure under way, in its salutation ('各投标企业:', '各投标人:',
#: '各潜在投标人:', '各报名供应商:'): a tender invites anyone, a result is published to the public; what is written to
#: those who have already bid or registered changes their procedure: a correction (更正, 补充, 澄清, a date put off), a
#: halt, or a changed award. Read last, after every cue of a stage (a halt's, a winner's), so it types only a
#: supplement that names no stage of its own ('…现将评审细则和评审目录划分进行公布', a 补充通知): the seen pages so
#: addressed are 6 corrections, 6 halts and 1 changed award, no tender and no circular. Not '各单位:' (a circular's)
_BIDDERS_ADDRESSED = (
    r"(?:^|\n)[^\S\n]*各位?(?:(?:潜在|有关|相关)?(?:投标|竞标|参选|报名|应答)(?:企业|人|单位|供应商|商)"
    r"|(?:潜在|报名|参选|参与)(?:投标人|供应商)|供应商)[^\S\n]*[:：]"
)

_BODY_TYPE: dict[str, list[tuple[re.Pattern[str], str]]] = {
    "procurement": [
        (re.compile(p) if isinstance(p, str) else p, t)
        for p, t in [
            *_CHANGED_OR_HALTED,
            (_SUPPLIER_BAN, "penalty"),
            (_INTENTION, "intention"),
            (_COMMENT_WINDOW, "consultation"),
            (_COMPLAINT, "complaint_decision"),
            # (an acceptance report names the supplier whose work it accepts: before the result cue)
            (_ACCEPTANCE, "acceptance"),
            (_RESULT_PUBLISHED, "result"),
            (_PURCHASE_RESULT_PUBLISHED, "result"),
            (_CANDIDATES_PUBLISHED, "candidates"),
            (_PublishedStage("candidates"), "candidates"),
            (_PublishedStage("result"), "result"),
            # the 2020 announcement templates open with '项目概况' naming who may apply: '…的潜在资格预审
            # 申请人应在…领取资格预审文件' (prequalification), '…的潜在供应商/投标人应在…获取' (tender);
            # a tender also names the winner-to-be later ('中标供应商须…'), so these come first
            # (round 11a: the invitation itself, '特邀请各潜在投标人…提出资格预审申请')
            (
                r"潜在资格预审申请人|(?:领取|获取)资格预审文件|邀请[^。\n]{0,30}提出资格预审申请",
                "prequalification",
            ),
            (r"的潜在(?:供应商|投标人)应", "tender"),
            # round 13a: the tender template's own sections, read where an excerpt starts below its heading and
            # its 项目概况 ('二、申请人的资格要求：', the 四川 table's '获取谈判文件地点'); a prequalification's
            # invitation is matched above, a result states neither
            (
                r"(?:^|\n)\s*(?:[一二三四五六七八九十\d]{1,3}\s*[、.．]\s*)?申请人的资格要求"
                r"|(?:获取|领取|发售)(?:招标|谈判|磋商|询价|比选|竞争性磋商|竞争性谈判)文件"
                # round 15a: the same item with the verb after the documents, as the old national template and
                # many agencies print it ('招标文件发售时间：…', '采购文件领取地点：…'); a result states neither
                r"|(?:招标|采购|谈判|磋商|询价|比选)文件的?(?:发售|获取|领取|购买)(?:时间|地点|方式|期限)"
                # round 15a: and the 政采云 template's item on each lot, '本标项（否）接受联合体投标': whether joint
                # bids are accepted is told only to those about to bid
                # (round 20a: and on the whole project, '本项目（否）接受联合体投标', the same item where the page has one
                # lot or the copy prints it so: 15 seen tenders of zj, 吉林, 上海, 广西 sites, no result)
                r"|(?:本|该)(?:标项|项目)\s*[（(]\s*[是否]\s*[)）]\s*接受联合体",
                "tender",
            ),
            # a signed contract's own heads: '政府采购合同编号', '采购人(甲方)', '供应商(乙方)'
            # (round 9a: the platform's bare contract record, '合同金额 … 合同签署时间 2026-…', a signing date)
            (
                r"合同编号|采购人\s*[(（]甲方[)）]|供应商\s*[(（]乙方[)）]"
                r"|合同(?:签署|签订)(?:时间|日期)\s*[:：\n]?\s*\d{4}-\d{1,2}-\d{1,2}",
                "contract",
            ),
            # (a tender's rules about the winner to come, '中标供应商须…', '成交供应商应…', are no result)
            (rf"(?:中标|成交)供应商(?!{_RULE_VERB})|中标（成交）信息|中标\(成交\)信息", "result"),
            (_WINNER_ORG, "result"),
            # round 10a: a result template's own section, '二、成交情况' over a table of the supplier and
            # the sum ('供应商名称 … 中标金额'); a tender has no such section
            (_AWARD_SECTION, "result"),
            # a report's sentence: '某科技有限公司以128万元中标某平台采购项目'
            (r"(?:公司|单位|中心)[^。\n]{0,20}?以\s*\d[\d,.]*\s*(?:亿元|万元|元)[^。\n]{0,6}?中标", "result"),
            (_SINGLE_SOURCE, "single_source"),
            (_OPENING_RECORD, "bid_opening"),
            (
                # (round 8: a unit's own 比选 or 磋商 names its documents so: '递交比选文件时间:…')
                r"(提交|递交)(投标|响应|比选|磋商|谈判|报价)文件的?(截止)?时间|投标截止时间|响应文件提交|(投标|响应)文件的?(递交|提交)截止",
                "tender",
            ),
            # the tender template's opening: '…对X项目进行公开招标，邀请/欢迎合格的供应商参加/前来投标'
            (
                r"进行(?:国内)?(?:公开招标|邀请招标|竞争性磋商|竞争性谈判|询价)[^。\n]{0,12}[，,]\s*(?:现)?(?:邀请|欢迎|诚邀)",
                "tender",
            ),
            (_PRESENT_TENDER, "tender"),
            (_READY_TENDER, "tender"),
            # round 15a: the tender given up for another method ('该项目由公开招标转为竞争性谈判', '变更为单一来源
            # 采购'), told by a notice of its own that invites nothing (after the tender cues: the new method's
            # own invitation, which recalls the change, states its documents and deadline and stays a tender)
            (_METHOD_CHANGED, "termination"),
            # a candidate table with no heading ('第一中标候选人 | 第二中标候选人 …')
            (_FIRST_CANDIDATE, "candidates"),
            (_CANDIDATE_NAMED, "candidates"),
            # round 11a: the list itself ('中标候选人名单：' over a ranked table; a purchase's ranking is its result)
            (_LATER_CANDIDATES.pattern, "candidates"),
            # round 13a: the procedure told as held, with no tendering item left to state ('我校于9月20日组织开展了
            # …公开遴选活动…完成了校服采购的工作。现将相关内容公告如下'): after the tender cues, so a re-tender
            # that recalls its failed first round still reads as the tender
            (_PROCEDURE_HELD, "result"),
            # a notice's summary table: the method is a tendering one and a budget is stated, no winner
            (
                r"采购方式\s*[:：\n]\s*(?:公开招标|邀请招标|竞争性磋商|竞争性谈判|询价)[^\n]{0,4}\n(?:.*\n){0,12}?"
                r"[^\n]{0,4}预算"
                # round 15a: the same summary run together on one line ('采购方式：竞争性磋商预算总金额（元）：…', a
                # record flattened by a crawler)
                r"|采购方式\s*[:：]\s*(?:公开招标|邀请招标|竞争性磋商|竞争性谈判|询价)\s*预算(?:总)?金额",
                "tender",
            ),
            # (round 14a: last, a news report's outcome; a purchase's ranking is its result)
            (_AWARD_REPORTED, "result"),
            (_CANDIDATES_REPORTED, "candidates"),
            (_BIDDERS_ADDRESSED, "correction"),
        ]
    ],
    # a housing report in figures ('开工率达110.59%', '基本建成15.54万套', '完成年度目标任务122.09%')
    "housing": [
        # (round 28e: and a stage of the works told reached, '…举行开工奠基仪式', '…小区已主体完工', '主体封顶'; a plan
        # schedules its works, it never holds their ceremony)
        (
            re.compile(
                r"(?:完成|开工|建成|竣工)率|基本建成[\d.]+万?套|完成(?:年度)?目标任务"
                r"|(?<!计划)(?<!拟)(?<!将)(?:开工奠基|开工仪式|主体(?:已经?)?(?:完工|封顶))"
            ),
            "progress",
        ),
        # the other housing notices by their own acts: a renovation programme, an allocation's draw and
        # lists ('摇号', '配租结果', '轮候'), a year's plan
        (re.compile(r"危房改造"), "rural_renovation"),
        (
            # (round 9a: a report of the draw, '抽号分配', '实物配房', and a list put out for comment,
            # '符合…配租条件 … 开始公示')
            re.compile(
                r"摇号|抽号|配租(?:结果|名单|对象|条件)|分配(?:结果|名单)|选房|配房|轮候|入围名单|保障对象名单"
                # round 13a: the households found eligible, listed ('以下家庭符合我区城镇廉租住房保障条件,
                # 现予以公示', '审核通过的保障家庭名单')
                r"|符合[^。\n]{0,30}?(?:保障|配租|承租|租赁补贴)(?:的)?条件|保障(?:家庭|对象)(?:名单|审核)"
            ),
            "allocation",
        ),
        (re.compile(r"年度(?:建设)?计划|年度(?:目标)?任务(?:如下|为|[:：])"), "annual_plan"),
        # round 19a: the year's housing work told as done ('我区2018年度住房保障年审工作圆满完成', '…建设任务已全面完成'):
        # a report of what was carried out, taxonomy.md's 实施完成情况 (after the allocation's and the plan's words)
        (
            re.compile(
                r"(?:工作|任务)(?:已经?|均已|全部)?(?:圆满|顺利|全面|如期|基本)(?:完成|结束)"
                r"|(?:工作|任务)已(?:经)?(?:全部)?(?:完成|结束)"
            ),
            "progress",
        ),
        # round 18a: the units started or finished, counted ('廉租住房开工2164套', '基本建成15.54万套', '经济适用住房开工84万
        # 平方米9863套'): a report of the works' progress (after the allocation's and the plan's own words)
        # round 20a: and the units done against the task ('任务共35309套,完成33447套', fresh29 民和) or as a share
        # ('完成比例为38%'), as 完成率 is; not a plan's target ('计划完成500套')
        # round 22a: one family, any stage verb (PROGRESS_VERB) × a count × any unit (PROGRESS_UNIT): '提前开工数为929户',
        # '在建1862套', '竣工12栋', '完成3个项目'
        (
            re.compile(
                r"(?<![计划将要争需应拟])" + PROGRESS_VERB + r"(?:数|数量|总数)?\s*(?:为|达到?|共)?\s*"
                r"(?:[\d.]+\s*万?平方米\s*)?[\d.]+\s*万?" + PROGRESS_UNIT + r"(?![^。\n]{0,6}(?:任务|目标))"
                r"|完成比例\s*(?:为|达到?)?\s*[\d.]+\s*%"
            ),
            "progress",
        ),
    ],
    "construction": [
        (re.compile(p) if isinstance(p, str) else p, t)
        for p, t in [
            *_CHANGED_OR_HALTED,
            (_OPENING_RECORD, "bid_opening"),
            (_WORKS_PREQUALIFICATION, "prequalification"),
            (_WORKS_CONTRACT, "contract"),
            # (round 9a: a result that says it publishes the award, '现将中标结果公示如下')
            (_RESULT_PUBLISHED, "result"),
            # round 10a: a winner table ('中标人信息', '排序 第1名 中标人名称 … 中标价') ranks the winner
            # first; its '第1名 X公司' is no candidate list
            (r"中标人(?:信息|名称)", "result"),
            (_CANDIDATES_PUBLISHED, "candidates"),
            (_PublishedStage("candidates"), "candidates"),
            (_PublishedStage("result"), "result"),
            # round 15a: the committee's recommendation of the winner ('评标委员会一致建议该项目中标人为X公司') is
            # its ranking's first name, before the award (招标投标法实施条例 第五十三、五十四条): the candidates stage,
            # though it reads '中标人为X'
            (_WINNER_RECOMMENDED, "candidates"),
            (_WINNER_ORG, "result"),
            # an evaluation report in sentences: the ranked names it recommends are candidates, the
            # one name it declares the winner is the result (a news item or a school's own notice)
            # (round 9a: a report counting the ranked names, '最终确定了三名中标候选人')
            (
                r"推荐(?:的)?中标候选人(?:为|如下|名单)|(?:^|\n)\s*第[一二三1-3]名\s*[:：]?\s*\S{4,}(?:公司|单位)"
                r"|(?:确定|产生|推荐)了?[一二三四五两\d]名中标候选人"
                # (round 13a: a 比选's ranking named, '第一中选候选人：某公司', before the 比选 tender cue below)
                r"|第[一1]中选候选人\s*[:：]\s*[^\s:：]",
                "candidates",
            ),
            (
                # (speed: the 2-40 characters before the company word only need to be there, ``rx.search``
                # telling no span: a look-behind of two, not a scan of up to 40 back-tracked at every position)
                r"(?<=[^。\n]{2})(?:公司|单位)[^。\n]{0,12}(?:最高分|第一名)?中标[，,。；;]|(?:初步)?选用[^。\n]{2,40}公司"
                # (round 11a: '会议确定X公司为本工程的施工单位')
                r"|确定[^。\n]{2,40}为(?:本(?:工程|项目)的?)?(?:中标|施工|承包)单位",
                "result",
            ),
            # round 15a: a tender plan's own item, the month the tender is expected (a tender states its dates)
            (r"预计招标时间", "approval"),
            (r"招标条件|投标人资格要求|投标文件的?递交|投标截止时间|比选", "tender"),
            (_PRESENT_TENDER, "tender"),
            (_READY_TENDER, "tender"),
            (_FIRST_CANDIDATE, "candidates"),
            (_CANDIDATE_NAMED, "candidates"),
            (_LATER_CANDIDATES.pattern, "candidates"),
            (r"中标人[:：]|中标单位|中标价", "result"),
            # (round 14a: a news report's outcome, after every cue a notice of its own prints; round 18a: before the
            # bare '招标文件', which a report of the tendering names too, '…完成了招标公告和招标文件的草拟工作…最终由X
            # 公司以1780.69万元的报价中标': a tender never tells a bidder's award done)
            (_AWARD_REPORTED, "result"),
            (r"招标文件", "tender"),
            (_CANDIDATES_REPORTED, "candidates"),
            # round 20a: last, the works' tendering told as held and done ('近日，市交通运输局完成了…第一标段的施工招标
            # 工作，将于本月中旬开工建设'), as a purchase's is read since round 13a: a tender states its own items, a
            # news item on the procedure over is the result's report (fresh29 开远; the purchase form on 4 sites)
            (_PROCEDURE_HELD, "result"),
            (_BIDDERS_ADDRESSED, "correction"),
        ]
    ],
}


# A sale page without a title (a bare parcel table, a text rendering cut above its heading) still
# says which stage it is by its items: a starting price, a deposit and bidding rules before the sale;
# a winner, a final price and a deal date after it.  Counted, so an aggregator's one-line status
# table ('起始价 | 成交价') above a notice's own text does not outweigh the notice.
# ('我方拟转让所持有标的企业产权' opens an exchange's disclosure: the seller's intent, before any deal;
# '成交价款' is the sum a notice's rules tell the buyer to pay, '缴清全部成交价款', no deal word)
_SALE_CUES = re.compile(
    # (round 14a: and a report's '…年产990万吨,5亿起拍。', the price the sale opens at, told before any bid)
    r"\d\s*(?:亿|万)?元?\s*起拍(?!价)|"
    r"起始价|起拍价|挂牌起始价|竞买保证金|保证金|加价幅度|增价幅度|竞买(申请|人)|报名|挂牌(开始|截止)时间|公告如下|"
    r"拟(?:转让|出让|出租|实施增资|增资)|(?:转让方|增资企业|出租方)[:：]?承诺"
    # (round 19a: an exchange's 增资 disclosure, the new shares offered: '拟募集资金金额', '拟征集投资方数量', its
    # '信息披露起始日期' — the offer's own terms; a result names the 最终投资方 and its price)
    r"|拟募集资金|拟征集投资方|信息披露(?:起始|开始|截止|结束)日期"
)
# a 协议出让 publicity names the grantee it agreed with ('一、受让人信息 / 1、协议受让人:…'): no auction
# follows, so the page is the sale's result whatever sale terms it restates
_AGREED_GRANTEE = re.compile(r"协议受让人|协议出让(?:事项)?公[开示告]")
# (round 11a: nor the rules that say how the buyer will be chosen or the price set: '确定受让方', '分配给各个受让方',
# '报价最高者为竞得人', '按竞得人最终报价为成交价')
_DEAL_CUES = re.compile(
    rf"(?<![为按])成交价(?!款)|成交金额|(?<!意向)(?<!确定)(?<!各个)(?<![为按])受让(?:人|单位|方)(?!{_RULE_VERB})"
    rf"|(?<!确定)(?<![为按])竞得(?:人|单位)(?!{_RULE_VERB})|成交(时间|日期)"
    # (round 19a: nor the price a lease's rent is set by, '前3年的月租金按竞得价，后2年按竞得价递增15%', as 成交价)
    r"|(?<![为按以])竞得价"
    # round 13a: the sale told as held ('市建投集团于近日进行了…国有经营性资产公开拍租'); a notice puts it in the
    # future ('定于…进行公开拍卖'). Counted, not decisive: a relisting recalls its failed first sale so, and
    # its terms (保证金, 报名, 起始价) outnumber the one recollection
    r"|(?:进行|举行|组织|开展)了[^。\n]{0,30}?(?:拍卖|拍租|挂牌|竞价|竞拍|招租|出让)"
)
# A deal that happened, told as a fact: '被X加工场以863.22万元摘得', '最终由X公司以…竞得', '成功拿下',
# '竞得人为X', a listing's '本项目已成交' banner (not a bare '已成交' status cell of an aggregator's
# summary row), '竞得人名称:X', '成交价:贰仟…', '现对…成交结果公示如下'.  A result (a news report above
# all) restates the sale's terms (起始价, 保证金, 竞买人报名), which outnumber its deal words; a sale
# notice states the deal only as a rule to come ('由报价最高的竞买人竞得', '竞得人应…').
_DEAL_DONE_RX = re.compile(
    # ('竞得人为某公司。', not a rule's '竞得人为外商投资企业的…'; a price stated as a figure or in words,
    # not an item of the rules, '成交价款：竞得人应于…缴清')
    r"竞得人为\s*[^\s，,。的]{2,40}?(?:公司|厂|场|合作社|集团)(?:[。，,；;\s]|$)"
    r"|(?:被|由)[^。，,；;\n]{2,40}?(?:公司|厂|场|合作社|集团|中心)[^。；;\n]{0,30}?"
    r"(?:竞得|摘得|拿下|购得|拍得|拍下)(?![人方者单])"
    r"|成功(?:拿下|竞得|摘得|拍得)|(?:本|该)项目已成交|以\s*\d[\d,.]*\s*(?:亿元|万元|元)(?!\s*/)[^，,。；;\d]{0,6}?成交"
    r"|竞得人(?:名称)?\s*[:：]\s*[^\s:：]"
    # (round 14a: and the total a report sums the lots to, '最终成交总价为21.35万元')
    # (round 22a: any sum word of DEAL_SUM, '总成交额944.9万元', '成交年租金：…')
    r"|" + DEAL_SUM + r"(?:分别)?(?:为|达)?\s*[:：]?\s*(?:[\d¥￥]|人民币|[壹贰叁肆伍陆柒捌玖])"
    # a lease's result: '承租方:X' (a lease notice names the tenant only as a rule: '承租方须…')
    r"|承租(?:方|人)(?:名称)?\s*[:：]\s*[^\s:：]"
    # round 22a: a lease made, the tenant named with its rent ('…车间出租给某某生物科技股份有限公司,年租金为5467992元'); an
    # offer names no tenant, and a rule no rent ('不得转租给第三方')
    r"|出租(?:给|予)[^，,。；;\n]{2,40}?(?:公司|厂|场|合作社|集团|中心|研究所|研究院|医院|学校)[，,\s]*"
    r"(?:年|月)?租金(?:为|是)?\s*\d"
    # round 22a: a lot taken, told in the passive with any taker ('…大楼…分别被10户商家先后拍走'); a rule speaks of a lot
    # to be taken in the active, '由报价最高者竞得'
    r"|被[^。，,；;\n]{1,30}?"
    + TAKE_VERB
    + _NOT_DONE_AFTER
    +
    # round 22a: a lot taken at a price per unit or a sum ('以每亩1531元的承包价夺标', '以5万元拍走'), and the rent or
    # price an auction fetched ('共拍出租金605.4万元')
    r"|以\s*(?:每[^\d\s，,。；;]{1,2}\s*)?\d[\d,.]*\s*(?:亿|万)?元[^。；;，,\n]{0,12}?"
    + TAKE_VERB
    + _NOT_DONE_AFTER
    + r"|拍出(?:了)?(?:租金|总价|价格)?\s*(?:为|达)?\s*\d[\d,.]*\s*(?:亿|万)?元"
    # (round 9a: an exchange's auction of allowances, '现将竞价结果公告如下')
    r"|现(?:将|对|就)[^。\n]{0,80}?(?:成交|出让|交易|竞得|拍卖|挂牌|竞价)结果公[示告布]如下"
    # round 8: a report counts the lots sold ('此次拍卖标的物一共7处,最终成交5处'); a notice only offers them
    # (round 14a: and the vehicles or items of an auction, '推出的179辆涉改公车最终成交143辆')
    r"|(?:最终|共计?|已|成功)成交\s*[\d一二三四五六七八九十两]+\s*(?:处|宗|个|笔|套|间|项|辆|台|件|批)"
    # round 10a: the lots offered against those sold ('此次出让土地6块,成交5块'), a lot being a 块 of land
    r"|出让[^。\n]{0,6}?[\d一二三四五六七八九十两]+\s*(?:块|宗)\s*[,，、]\s*成交\s*[\d一二三四五六七八九十两]+\s*(?:块|宗)"
    # round 12a: a news report gives the price the lot went for and the verb of its taking ('最终以61万元由
    # 3号竞买者拍得', '以123.18亿的总价斩获该地', '以52.03亿元…将这块宝地收入麾下', '以352万元的高价成功拍卖');
    # a sale notice states a price only as a term (起始价, 保证金), never one a bidder took the lot at
    # (round 23b: the figure after its sum word, '…以总金额567.22万元的3年经营权限成功卖出', DEAL_SUM's parts)
    r"|以\s*(?:总?(?:金额|价款|价格|总价|额)\s*(?:为|共|计)?\s*)?\d[\d,.]*\s*(?:亿|万)元?[^。；;\n]{0,40}?"
    # (round 13a: '…最终以5200万元落槌')
    # (round 18a: and the verb before 成功, '…办公楼以41.7万元招租成功', '最高应价者以41.7万元竞拍成功')
    # (round 23b: and a lot sold by the plain verb of selling, SOLD_VERB: '…成功卖出', '以…万元售出')
    r"(?:拍得|竞得|摘得|斩获|夺得|购得|收入囊中|收入麾下|揽入|成功拍卖|成功出让|拍出|落槌|(?:成功|顺利)?"
    + SOLD_VERB
    + r"|(?:竞拍|拍卖|招租|竞买|出让|转让)成功)"
    # round 13a: and a report's own idioms of the outcome: '…地块花落某置业有限公司', '9宗矿业权顺利成交' (a
    # notice's rule speaks of a deal to come, '…成交后', '成交的')
    r"|花落[^，,。；;\n]{2,30}?(?:公司|集团|企业|合作社|厂)|(?:顺利|成功|圆满)成交(?![后的之时])"
    # round 13a: or the price per unit it went at ('…公司最终以30.2/吨的价格成交', a sand right sold per ton):
    # a figure a sale was closed at is a deal's, a notice's rule names none ('以最高报价成交')
    r"|以\s*\d[\d,.]*[^，,。；;\d]{0,12}?的?(?:价格|单价|报价|价)成交"
    # and the premium it went at ('溢价率达95.9%'): a notice states a premium only as a rule's threshold
    # ('溢价率达到30%时…')
    r"|溢价率(?:达|为)?\s*\d[\d.]*\s*%(?![^，,。]{0,6}时)"
)

#: round 22a: a clause put as a condition or a time to come ('若被他人竞得，…', '如以10万元拍出的，…', '一旦成交', '待交易顺利
#:完成后'): what it tells is a rule of the notice, not a deal done. The clause runs from the last mark before the words.
_CONDITIONAL_CLAUSE = re.compile(r"(?:^|[。；;！!？?\n，,])[^。；;！!？?\n，,]*$")
_CONDITION = re.compile(
    r"^[\s“\"（(]*(?:若|如|凡|倘|假如|一旦|待|如果|即将)|若|如果|倘若|一旦|将于|将在|将会"
)


def conditional(text: str, start: int) -> bool:
    """Whether the words at ``start`` stand in a clause put as a condition or as a time to come (round 22a)."""
    m = _CONDITIONAL_CLAUSE.search(text, max(0, start - 60), start)
    clause = text[m.start() : start].lstrip("。；;！!？?\n，,") if m else text[max(0, start - 60) : start]
    return bool(_CONDITION.search(clause))


class _ToldDone:
    """``_DEAL_DONE_RX`` read only where its words are not a rule's condition (:func:`conditional`)."""

    pattern = _DEAL_DONE_RX.pattern

    def search(self, text: str) -> re.Match[str] | None:
        for m in _DEAL_DONE_RX.finditer(text):
            if not conditional(text, m.start()):
                return m
        return None


_DEAL_DONE = _ToldDone()


def _told_done(text: str) -> bool:
    """Round 23b: whether a body tells a deal done, by a deal's words (``_DEAL_DONE``) or by an idiom of the outcome
    (``_OUTCOME_IDIOM``: '…拍卖工作圆满结束', '成功举办了…拍卖会', '…成功卖出'), neither in a clause put as a condition."""
    if _DEAL_DONE.search(text):
        return True
    return any(not conditional(text, m.start()) for m in re.finditer(_OUTCOME_IDIOM, text))


def _body_type(domain: str, body: str) -> str | None:
    for rx, t in _BODY_TYPE.get(domain, []):
        if rx.search(body[:8000]):
            return t
    if domain in ("land", "mining", "property", "emission"):
        sample = body[:8000]
        if _AGREED_GRANTEE.search(sample) or _DEAL_DONE.search(sample[:4000]):
            return "deal_result"
        sale, deal = len(_SALE_CUES.findall(sample)), len(_DEAL_CUES.findall(sample))
        # (round 18a: an idiom of the outcome in the body, '…拍卖会在某中心举行', counts as one deal word: a report
        # restates the sale's terms, 起拍价, 竞买, which outnumber its own deal words otherwise)
        deal += bool(re.search(_OUTCOME_IDIOM, sample))
        if sale or deal:
            return "transfer_notice" if sale >= deal else "deal_result"
        return _type_in(domain, [body[:300]])
    return None


# Goods bought by tender: a hospital's 医疗设备采购项目 is a purchase whatever its notice calls the buyer
# (many provinces' goods tenders follow the 招标投标法 wording: 招标人, 投标人), while a works tender
# names a construction period, a site manager or a supervisor
_GOODS = re.compile(
    r"(?:设备|器械|仪器|物资|货物|用品|耗材)(?:采购|购置)|供货期|交货期|货物的?供应"
    # round 11a: a bid names the maker of what it offers ('投标商名称 | 制造商 | 制造商国别及地区', the 机电产品
    # 国际招标 template): only goods have one
    r"|制造商|生产厂家"
)
_WORKS = re.compile(r"施工|工期|建造师|项目经理|监理|勘察")


# round 15a: a purchase's standard bar on its own advisers (政府采购法实施条例 第十八条: '为本项目提供整体设计、
# 规范编制或者项目管理、监理、检测等服务的供应商，不得参与本项目投标'): its 设计/监理 name the services whose
# providers are barred, not works bought; read as works terms they made a hospital's equipment tender works
_ADVISER_BAR = re.compile(
    r"为(?:本|该|此)?(?:采购)?项目提供[^。\n]{0,60}?服务的(?:供应商|投标人|单位|法人)[^。\n]{0,30}?不得"
)


def _goods(sample: str) -> bool:
    """A tender for goods, not works: the page names a goods purchase or a delivery term and no works term
    (the bar on the project's advisers names services, not works: it is left out)."""
    return bool(_GOODS.search(sample)) and not _WORKS.search(_ADVISER_BAR.sub("", sample))


# round 11a: a service bought under 招标投标法 wording ('招标人:某大学后勤管理处', '共有4家供应商前来参加投标',
# a canteen's operation): the bidders are called suppliers and nothing is built
_SUPPLIERS_BID = re.compile(r"供应商")
_BUILT = re.compile(r"工程|施工|工期|建造师|项目经理|监理|勘察|设计|建设")


def _service(sample: str) -> bool:
    """A tender for a service, not works: its bidders are 供应商 and it names no works or building term."""
    return bool(_SUPPLIERS_BID.search(sample)) and not _BUILT.search(_ADVISER_BAR.sub("", sample))


def _party_domain(sample: str) -> str | None:
    """Procurement or construction by the page's party labels (采购人/供应商 against 招标人/投标人), a goods
    tender worded with 招标人 being procurement; None when the labels do not tell (both or neither)."""
    proc, cons = bool(_PROC_LABEL.search(sample)), bool(_CONS_LABEL.search(sample))
    if cons and not proc and (_goods(sample) or _service(sample) or _PURCHASE_LAW_TERMS.search(sample)):
        return "procurement"
    if proc != cons:
        return "procurement" if proc else "construction"
    return None


# round 15a: a tender that holds its bidders to the purchase law's supplier conditions ('符合《中华人民共和国政府采购法》
# 第二十二条的规定') is a government purchase whatever its party label (招标人, as many goods tenders print it);
# a works tender under 招标投标法 cites that law. Every seen label of a page citing it is procurement.
_PURCHASE_LAW_TERMS = re.compile(r"政府采购法》?第二十二条")


_TITLE_PURCHASE = re.compile(r"采购|购置")
_TITLE_WORKS = re.compile(r"工程|施工|监理|勘察|设计|建设|改造|维修|修缮|装修|EPC|总承包")
_TITLE_SYSTEM = re.compile(
    r"(?:信息|办公|管理|业务|应用|软件|数据|网络)?(?:系统|平台|信息化)(?:建设|开发|升级)"
)
_TITLE_BUILT = re.compile(r"工程|施工|监理|勘察|改造|修缮|装修|EPC|总承包|机房|综合布线")


def _system_bought(title: str) -> bool:
    """Whether a tendering title names an information system 'built' ('…协同办公系统建设项目招标异常公告', '…平台
    建设项目') and no works: software, equipment and their services bought (round 16a), under 招标投标法 wording
    too, so a purchase, however its 建设 reads; a title naming works (工程, 施工, 改造 …) is left to the scores."""
    return bool(_TITLE_SYSTEM.search(title)) and not _TITLE_BUILT.search(title)


#: round 17a: a title opened by its issuer, '<某工程咨询管理有限公司>关于<项目>的公开招标公告' (the agency's or the
#: buyer's own name before 关于, as the national platform's titles print it): the issuer's trade words (工程, 咨询,
#: 设计 in an agency's name) say nothing of what is tendered
_ISSUER_OPENING = re.compile(
    r"^[^，,。；;：:\s]{2,40}?(?:公司|中心|集团|事务所|研究院|设计院|医院|学校|学院|大学|局|委员会)关于"
)


def _object_part(text: str) -> str:
    """``text`` without an issuer's opening ('某咨询有限公司关于…' → '…')."""
    return _ISSUER_OPENING.sub("", text, count=1)


def _proc_or_cons(title: str, headings: list[str], body: str, tie: str = "construction") -> str:
    """Procurement or construction for a tendering notice: the page's party labels, then the signals
    (``tie`` when they weigh the same)."""
    title = _object_part(title)
    headings = [_object_part(h) for h in headings]
    if _DOMAIN_TITLE_WORDS[0][1].search(title):
        return "procurement"
    if _TITLE_PURCHASE.search(title) and not _TITLE_WORKS.search(title):
        # round 13a: a tendering title that names what is bought ('…工作服采购成交公告', '…设备采购（二次）中标公告')
        # and no works: a purchase, goods or services bought under 招标投标法 wording included (LABELLING.md)
        return "procurement"
    if _system_bought(title):
        return "procurement"
    sample = body[:6000]
    by_parties = _party_domain(sample)
    if by_parties:
        return by_parties
    head = _heads_text(headings)
    scores = {
        d: sum(
            3 * w * len(rx.findall(title)) + 2 * w * len(rx.findall(head)) + w * _body_count(rx, sample)
            for rx, w in _DOMAIN_RE[d]
        )
        for d in ("procurement", "construction")
    }
    if scores["procurement"] == scores["construction"]:
        return "procurement" if _nothing_built(title, head, sample) else tie
    if scores["procurement"] < scores["construction"] and _nothing_built(title, head, sample):
        return "procurement"
    return "procurement" if scores["procurement"] > scores["construction"] else "construction"


# --- what the type rests on (issue 12 item 3: never accuse on a type we guessed) --------------------

#: Words that name no stage of their own: every sale notice is a 公告 (a 交易公告 does name one); 出让,
#: 转让 and 出租 name the deal, not its stage (an '排污权指标出让信息公示' lists the deals made; a
#: 出让公告 offers one); 采购 names what is bought (采购公告 names the stage). A title whose only type
#: word is one of these does not confirm its type: '某单位办公设备采购' may be the tender, its result
#: or its contract.
_GENERIC_TYPE_WORDS: dict[str, re.Pattern[str]] = {
    "transfer_notice": re.compile(r"(?<!交易)公告|(?:出让|转让|出租)(?!公告)"),
    # round 13a: a headline's idiom of the outcome is a report's, not a result notice's own word
    "deal_result": re.compile(_OUTCOME_IDIOM),
    "tender": re.compile(r"采购(?!公告|意向)"),
    # round 13a: a list of eligible households is the allocation's nearest type, not an allocation: its title
    # does not hold it to an allocation's items (分配程序, 分配结果 …), the office reviews them
    "allocation": re.compile(_ELIGIBLE_LIST),
    # round 15a: a tender plan is only the nearest of these types: the office reviews its items
    "approval": re.compile(_TENDER_PLAN),
    "intention": re.compile(_TENDER_PLAN),
}
#: a heading longer than this is a sentence or a paragraph in bold, not a heading
_MAX_HEADING = 60


#: round 12a: 发包 lets works to a contractor, but a village lets its fish ponds, land or hills by the same
#: word ('…三块鱼池发包公告', bids for the rent): it names a works tender only beside a word for the works
#: round 14a: the owner's own letting words (招租, 出租 — not 出租车, a taxi —, 竞租, 拍租); a tenant's 承租 or
#: a bare 租赁 may be a purchase of a lease ('…办公用房租赁服务采购') and is left to the other signals
_LET_OUT = re.compile(r"招租|出租(?!车)|竞租|拍租")
_LET_WORKS = re.compile(r"工程|施工|设计|监理|勘察|建设|改造|维修|修缮|装修|安装|绿化|道路|管网|管道")
_LET_WORD = re.compile(r"发包")
#: round 12a: a channel's label standing for a title ('国土-招标公告'), a row of a page's header read as a
#: title ('浙江招标类型公告' from '所在地区 | 浙江 | 招标类型 | 公告'): besides its stage and label words it
#: keeps only a category or a region of one or two characters. It names the channel's kind, not the
#: notice's. (A title of stage words alone, '中标候选人公示', is the page's own heading and still counts;
#: a named object, '排污权出让公告', has three characters or more.)
_LABEL_WORDS = re.compile(
    r"招标|采购|发包|询价|竞争性|谈判|磋商|比选|遴选|竞价|邀请|中标|成交|中选|候选人|结果|更正|变更|澄清|补充"
    r"|终止|废标|流标|开标|记录|合同|单一来源|意见|资格预审|出让|转让|出租|招租|拍卖|挂牌|交易"
    r"|公告|公示|通知|信息|类型|栏目|频道|列表|详情|[^\u4e00-\u9fff]"
)
_MAX_CATEGORY = 2


def bare_label(text: str) -> bool:
    """Whether a title is a channel's or a header row's label: without its stage and label words only a
    category or region of one or two characters is left ('国土-招标公告', '浙江招标类型公告')."""
    return 0 < len(_LABEL_WORDS.sub("", text)) <= _MAX_CATEGORY


def names_type(domain: str, text: str, type_: str, tail_only: bool = False, title: str = "") -> bool:
    """Whether ``text`` (a title or a heading) names ``type_`` of ``domain`` by a type word of its own:
    the type rules give that type for it, and still do without the generic words. ``tail_only``: the
    word must be in the text's end, where a heading names its own kind. ``title``: the page's title
    above a heading (a heading '发包公告' under '…道路工程' lets works)."""
    # (round 19a: an agency's name opening the title names no type: '某某招标代理有限公司关于…项目的公告')
    text = _agency_free(text)
    if tail_only:
        text = _tail(text)
    if _type_in(domain, [text]) != type_:
        return False
    generic = _GENERIC_TYPE_WORDS.get(type_)
    if generic is not None and _type_in(domain, [generic.sub("", text)]) != type_:
        return False
    if type_ == "tender" and _LET_WORD.search(text) and not _LET_WORKS.search(text + title):
        # round 12a: a 发包 of no works (a pond's, a hill's) names a letting, not a works tender
        return _type_in(domain, [_LET_WORD.sub("", text)]) == type_
    return True


def type_basis(
    title: str,
    headings: list[str],
    hint: dict[str, str] | None,
    domain: str,
    notice_type: str,
    page_titles: Iterable[str] = (),
    body: str = "",
) -> tuple[str, str]:
    """What ``notice_type`` (as :func:`classify` decided it) rests on, and the text that names it:
    ``("hint", type)``, ``("title", title)``, ``("heading", heading)``, ``("body", "")`` or ``("none", "")``.

    Why a sibling of ``classify`` rather than a change of its return: classify's (domain, type) has many
    callers and the type rules keep being tuned; reading the basis back from the decided type with the
    same rules keeps the two in step without touching the decision. A title or heading confirms the
    type only when it names that very type (a title naming a tender on a page the body cues typed as a
    consultation does not). ``headings`` must be real headings (heading tags, the short lines just under
    the title), never the first lines of a body: a text copy cut below its heading starts with body
    lines, and a body line that happens to contain 公告 is not a heading. ``page_titles``: the page's own
    title when ``title`` is another one (the list title a crawler passes: lists often cut a title short
    before its type word, '…施工招标…', while the page prints it whole). ``body``: the page's text; when its
    own cues name the opposite stage of a tendering (a tender's against a result's or a ranking's), no title
    or heading confirms the type (round 15a: a title its body contradicts is never the ground of an
    accusation).
    """
    hint = hint or {}
    if hint.get("notice_type") and hint["notice_type"] == notice_type:
        return "hint", notice_type
    title = _own_title(fold(title or hint.get("title", "")))
    if notice_type == "other.other" or "." not in notice_type:
        if title and _HALTED.search(_TAIL_BRACKET.sub("", title.strip())):
            return "title", title  # a halted sale, typed 'other' by its own title
        return "none", ""
    t = notice_type.split(".", 1)[1]
    basis = _named_by(title, headings, domain, t, page_titles)
    if basis[0] != "body" and body and _stage_contradicted(domain, t, fold(body[:8000])):
        return "body", ""
    if basis[0] in ("title", "heading") and body and _stage_unborne(domain, t, fold(body[:8000])):
        # round 17a: a title or heading names the type, the body bears out no stage of it: unsure
        return "unsure", basis[1]
    if (
        basis[0] in ("title", "heading")
        and body
        and _domain_unfounded(domain, t, [title, basis[1]], fold(body[:8000]))
    ):
        # round 23a: the title or heading names the stage by a method both tendering domains use ('…的比选公告'), no
        # word of it names what is bought or built, and the page prints no party label or law of either domain: the
        # domain is the body's word count (a '安装施工地点', a '设计' among the services), a guess; the items of the
        # domain read go to the review list, not to a finding
        return "unsure", basis[1]
    if basis[0] in ("title", "heading") and body and _domain_contested(domain, fold(body[:8000])):
        # round 19a: a title names the stage, the page's own parties and law name the other tendering domain: the
        # items of the domain read may not be the notice's (a works tender's 招标条件 asked of a purchase)
        return "unsure", basis[1]
    return basis


def _domain_contested(domain: str, sample: str) -> bool:
    """Round 19a: whether the page's own parties and law contradict the tendering domain read: works read over a
    body that prints the government purchase's marks (a 采购人 label, the 政府采购法, the national template's
    '采购人信息'), or a purchase read over a body that names its 招标人 under the 招标投标法 and prints none of
    them. Who publishes under which law decides the domain (LABELLING.md: works bought under the purchase
    template are a purchase, goods bought under 招标投标法 wording too); a domain read against that is unsure,
    and the required items of either domain go to the review list, not to a finding."""
    purchase = bool(_PROC_LABEL.search(sample) or _PURCHASE_LAW_MARKS.search(sample))
    if domain == "construction":
        return purchase
    if domain == "procurement":
        return not purchase and bool(_CONS_LABEL.search(sample)) and "招标投标法" in sample
    return False


def _domain_unfounded(domain: str, t: str, names: list[str], sample: str) -> bool:
    """Round 23a: whether a tendering domain read stands on nothing the page shows as its own: neither the title
    nor the heading naming the type holds a word of that domain (``_DOMAIN_SIGNALS``, ``_DOMAIN_TITLE_WORDS``), and
    the body prints no party label or law of either domain (``_PROC_LABEL``, ``_PURCHASE_LAW_MARKS``,
    ``_CONS_LABEL``, nor any party word of either regime, ``_TENDERING_PARTY``). The other direction of
    :func:`_domain_contested`: there the page's marks contradict the domain, here none bears it out. A tender only:
    its required items are one regime's template (a works tender's 招标条件 and 项目概况, a purchase's 采购需求); the
    later stages require the same items (the winner, the sum) in both domains, so a domain guessed there asks
    nothing the page would not owe either way."""
    if domain not in ("procurement", "construction") or t != "tender":
        return False
    text = " ".join(_agency_free(fold(n)) for n in names if n)
    if any(rx.search(text) for rx, _w in _DOMAIN_RE[domain]) or any(
        rx.search(text) for d, rx in _DOMAIN_TITLE_WORDS if d == domain
    ):
        return False
    return not (
        _PROC_LABEL.search(sample)
        or _PURCHASE_LAW_MARKS.search(sample)
        or _CONS_LABEL.search(sample)
        or _TENDERING_PARTY.search(sample)
    )


#: round 23a: the parties and law of either tendering regime named in the body's words, a label or not: the buyer
#: and its suppliers of a purchase, the tenderer and bidders of works (a '参选公司' or a '报名' names neither)
_TENDERING_PARTY = re.compile(
    r"采购人|采购单位|采购代理|供应商|政府采购|招标人|投标人|发包人|建设单位|项目法人|建造师|招标投标法"
)


def _named_by(
    title: str, headings: list[str], domain: str, t: str, page_titles: Iterable[str]
) -> tuple[str, str]:
    """The title or heading that names type ``t`` (:func:`type_basis` without the body's check), else body."""
    named = _names_sale_object(
        domain, [title, *(fold(pt) for pt in page_titles), *(fold(h) for h in headings[:8])]
    )
    for text in (title, *(fold(pt) for pt in page_titles)):
        # round 12a: a channel's label standing for the title ('国土-招标公告') names the channel's kind
        if text and names_type(domain, text, t) and not bare_label(text) and named:
            return "title", text
    labels = {x for x in (title, *(fold(pt) for pt in page_titles)) if x and bare_label(x)}
    for h in headings[:8]:
        h = fold(h)
        if (
            h
            and named
            and h not in labels
            and len(h) <= _MAX_HEADING
            and _heading_line(h)
            and names_type(domain, h, t, tail_only=True, title=title)
        ):
            return "heading", h
    return "body", ""


#: round 15a: the stages of a tendering that exclude each other: bids still invited, or the bids' outcome
#: (a ranking or an award). A correction, a halt or a contract restates either and contradicts neither.
_INVITED_STAGE = frozenset({"tender"})
_OUTCOME_STAGE = frozenset({"result", "candidates"})


def _stage_contradicted(domain: str, notice_type: str, body: str) -> bool:
    """Whether the body's own cues (:func:`_body_type`, most specific first: a winner or a ranking before any
    tendering item) name the stage opposite to ``notice_type``'s: a tender over a body naming its winner, a
    result over a body that only invites bids. Only procurement and works: a sale's body stage is a count of
    its cues, and a result restating the terms of its sale outnumbers its deal words."""
    if domain in _SALE_DOMAINS:
        return _sale_stage_contradicted(notice_type, body[:8000])
    if domain not in ("procurement", "construction") or notice_type not in _INVITED_STAGE | _OUTCOME_STAGE:
        return False
    said = _body_type(domain, body)
    said = _NEAREST_TYPE.get((domain, said), said) if said else said
    return bool(said) and (
        (notice_type in _INVITED_STAGE and said in _OUTCOME_STAGE)
        or (notice_type in _OUTCOME_STAGE and said in _INVITED_STAGE)
    )


#: round 17a: the stages of a tendering whose body cues (``_BODY_TYPE``) a notice of that stage prints itself:
#: a tender its tendering items, a ranking its candidates, an award its winner. A correction, a halt, a
#: contract … may restate any stage, so only these three are held to their own cues.
_OWN_CUE_STAGES = frozenset({"tender", "result", "candidates"})
#: round 17a: besides ``_BODY_TYPE``'s cues of the stage (any of them, not only the first the body matches):
#: a tender's invitation and items (``_INVITATION``, ``_TENDER_ITEMS``, the template's sections), a winner named
_STAGE_EXTRA: dict[str, tuple[re.Pattern[str], ...]] = {
    "tender": (_INVITATION, _TENDER_ITEMS, _TENDER_TEMPLATE, re.compile(_PRESENT_TENDER)),
    "result": (
        _WINNER_NAMED,
        re.compile(_WINNER_ORG),
        re.compile(_AWARD_SECTION),
        # (the award told as a decision, '拟确定第二中标候选人X为本项目中标人', a changed winner's notice)
        re.compile(r"确定[^。\n]{2,60}?为(?:本(?:工程|项目|标段)的?)?(?:中标|成交)(?:人|单位|供应商)"),
        # (and a winner's or a sum's label on its own line over its value, as a grid printed one cell a line
        # gives them: '中标人' / '某某工程有限公司', '中标金额' / '10,512,569.31元')
        re.compile(
            r"(?:^|\n)[^\S\n]*(?:中标|成交)(?:人|单位|供应商)(?:名称)?[^\S\n]*\n[^\S\n]*[^\s:：]{2,40}?"
            r"(?:公司|院|所|中心|集团|合作社|厂)[^\S\n]*(?:\n|$)"
            r"|(?:^|\n)[^\S\n]*(?:中标|成交)(?:金额|价格?|总价)(?:[(（](?:元|万元)[)）])?[^\S\n]*\n[^\S\n]*[￥¥]?\d"
        ),
        # (the award's sum under its label, '中标金额：128万元', '成交价（元）：…' — a tender states a budget or a
        # ceiling, never a sum awarded; and a provisional winner published, '预中标单位', '拟中标人')
        re.compile(
            r"(?:中标|成交|中选)(?:金额|价格?|总价|价款)(?:[(（][^)）\n]{0,8}[)）])?[^\S\n]*[:：][^\S\n]*"
            r"(?:人民币|[￥¥])?[^\S\n]*\d"
            r"|(?:预|拟)(?:中标|成交)(?:单位|人|供应商)"
            # (a winner named under another noun, '中标公司名称：某贸易商行'; the award's own section, '三、中标信息：')
            r"|(?:中标|成交)(?:公司|商|企业)(?:名称)?[^\S\n]*[:：][^\S\n]*[^\s:：/／无]"
            r"|(?:^|\n)[^\S\n]*(?:[一二三四五六七八九十\d]{1,3}[^\S\n]*[、.．][^\S\n]*)?(?:预|拟)?(?:中标|成交)(?:信息|情况|结果)"
            r"[^\S\n]*[:：]?[^\S\n]*(?:\n|$)"
            # (and the award said to be published, '现将中标信息公告如下')
            r"|现(?:将|对|就)[^。\n]{0,40}?(?:中标|成交|中选)(?:信息|情况)(?:予以)?公[示告布]如下"
        ),
    ),
    "candidates": (re.compile(_FIRST_CANDIDATE), _LATER_CANDIDATES, re.compile(_CANDIDATE_NAMED)),
}
#: round 17a: an offer's own terms, as the exchanges and villages print them ('流转方式：出租', '流转价格：6000元/年',
#: '标底价', '租赁期限', '交易保证金'), besides ``_SALE_CUES``: what a sale or lease offered states, never a report
_OFFER_TERMS = re.compile(
    r"(?:流转|出租|转让|出让|挂牌|拍卖|竞价|交易)(?:方式|价格|期限|年限|底价|条件)|标底价?|底价|租赁期限|租期|(?:年|月)?租金"
    # (an exchange's listing: '挂牌起始日期', '挂牌截止日期', the buyer it seeks, '意向受让方')
    r"|挂牌(?:起始|开始|截止|期满)|意向(?:受让|承租|投资)(?:方|人)"
    # (the least price accepted, and the offer told in the present: '对…使用权进行公开招租'; a report tells it
    # done, '进行了公开招租')
    r"|最低限价|起租价|保留价|(?:进行|实行)(?:公开)?(?:招租|出租|转让|拍卖|挂牌|竞价)"
)


def _stage_unborne(domain: str, notice_type: str, body: str) -> bool:
    """Round 17a: whether a type its title (or heading) names is borne out by no cue of the body: the type then
    rests on the title's words alone, and a title can name another stage (a failed tender's '招标失败…通知'),
    another trade (a market's lease put out as '…经营权招标公告') or a report (a news headline, '…拍卖会在…举行').

    - a tender, a ranking or an award (``_OWN_CUE_STAGES``) whose body prints no cue of that stage
      (``_BODY_TYPE``'s cues of it, ``_STAGE_EXTRA``): a body telling only the tender's failure has none;
    - a sale offered (transfer_notice) whose body states no term of an offer (``_SALE_CUES``, ``_OFFER_TERMS``);
      a sale's result (deal_result) whose body has no deal word (``_DEAL_CUES``, ``_DEAL_DONE``, a grantee, an
      idiom of the outcome);
    - a tendering, housing or admin type whose body has not one signal of its domain (``_DOMAIN_SIGNALS``): the
      title alone named the trade.

    Such a type is *unsure*: :func:`type_basis` says so ('unsure'), and the monitor holds no finding against the
    unit on it (monitor.required, monitor.checks: the office reviews it)."""
    sample = body[:8000]
    if not sample.strip():
        return False
    # (a purchase bought under 招标投标法 wording prints works' tendering words and a works tender the purchase's:
    # the two tendering domains count each other's signals. A sale's object is often named in its title alone —
    # '…公务车辆交易结果公告' over '成交价格：…、受让方：…' — so a sale is held to its stage's cues below, not to
    # its domain's words)
    family = ("procurement", "construction") if domain in ("procurement", "construction") else (domain,)
    rxs = [rx for d in family for rx, _w in _DOMAIN_RE.get(d, [])] if domain not in _SALE_DOMAINS else []
    if rxs and not any(rx.search(sample) for rx in rxs):
        return True
    if domain in ("procurement", "construction"):
        if notice_type not in _OWN_CUE_STAGES:
            return False
        cues = [rx for rx, t in _BODY_TYPE[domain] if _NEAREST_TYPE.get((domain, t), t) == notice_type]
        return not any(rx.search(sample) for rx in (*cues, *_STAGE_EXTRA[notice_type]))
    if domain in _SALE_DOMAINS:
        if notice_type == "transfer_notice":
            return not (_SALE_CUES.search(sample) or _OFFER_TERMS.search(sample))
        if notice_type == "deal_result":
            return not (
                _DEAL_DONE.search(sample[:4000])
                or _AGREED_GRANTEE.search(sample)
                or _DEAL_CUES.search(sample)
                or re.search(_OUTCOME_IDIOM, sample)
            )
    return False


def _sale_stage_contradicted(notice_type: str, sample: str) -> bool:
    """A sale's title against its body, on the body's strongest words only: an offer ('…出让公告') over a
    body telling the deal done (``_DEAL_DONE``: '竞得人：X', '以120万元成交'), or a result over a body with
    not one deal word (``_DEAL_CUES``, ``_DEAL_DONE``, an agreed grantee) and the offer's own terms
    (``_SALE_CUES``: 起始价, 保证金, 报名 …, at least two). A result restates its sale's terms, so the terms
    alone contradict nothing."""
    if notice_type == "transfer_notice":
        return bool(_DEAL_DONE.search(sample[:4000]))
    if notice_type == "deal_result":
        return (
            not _DEAL_CUES.search(sample)
            and not _DEAL_DONE.search(sample)
            and not _AGREED_GRANTEE.search(sample)
            and len(_SALE_CUES.findall(sample)) >= 2
        )
    return False


#: round 13a: what each kind of sale sells, as a title names it. A sale's title word (拍卖公告, 出让公告,
#: 成交结果) names the stage, and the same words sell land, mining rights, allowances and assets; the
#: domain, whose required items the page is held to, is named only by the object. A title naming no
#: object of the decided domain (a '…河道采砂权…拍卖公告' read as property by its 拍卖) confirms no type.
_SALE_OBJECT: dict[str, re.Pattern[str]] = {
    "land": re.compile(r"土地|用地|地块|宗地|国有建设用地|地[\d#号]|出让地"),
    "mining": re.compile(r"矿|采砂|开采权|勘查|勘探"),
    "emission": re.compile(r"排污|排放|碳|化学需氧量|氨氮|二氧化硫|氮氧化物"),
    "property": re.compile(
        r"产权|资产|股权|股份|增资|招租|出租|租赁|承租|房|厂|门面|店面|商铺|铺面|车|设备|物资|废旧|经营权|使用权"
        r"|广告|摊位|场地|仓库|办公|林权|林地|山林|鱼池|鱼塘|水面|果园|债权|机械|船|苗木|报废"
        # (a village lets its land, farmland or hills: the lease's own words, round 9a and 12a)
        r"|发包|竞租|承包|土地|地块|耕地|农田|水库|荒山|山场"
    ),
}


def _names_sale_object(domain: str, texts: Iterable[str]) -> bool:
    """Whether a title or heading names what a sale of ``domain`` sells (always true outside the sales)."""
    rx = _SALE_OBJECT.get(domain)
    return rx is None or any(rx.search(x) for x in texts if x)
