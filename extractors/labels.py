"""The printed labels of every canonical key (docs/taxonomy.md) and how to read their values.

A label is matched on its *core*: numbering ("一、", "（二）", "3.1") removed, white space removed and
bracketed notes removed ("预算金额（元）" → "预算金额"; the bracket's unit is kept apart).  Patterns are
full matches, so "采购公告发布日期" does not count as a 发布日期 and "保证金缴纳截止时间" is no bid deadline.
One label may serve several keys (标的名称 is contract_subject in a contract, subject_name in a sale);
the notice type's field list picks the first key it allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .hanzi import fold

# value kinds: how the raw value text becomes the canonical value
TEXT, NAME, MONEY, DATE, DATETIME, AREA, NUMBER, PEOPLE, ORGS, PHONE, LONG, YEARS = (
    "text",
    "name",
    "money",
    "date",
    "datetime",
    "area",
    "number",
    "people",
    "orgs",
    "phone",
    "long",
    "years",
)

KIND: dict[str, str] = {
    "title": TEXT,
    "publish_date": DATE,
    "project_name": NAME,
    "project_number": NAME,
    "purchaser": NAME,
    "agency": NAME,
    "budget": MONEY,
    "max_price": MONEY,
    "winner": ORGS,
    "amount": MONEY,
    "experts": PEOPLE,
    "bid_deadline": DATETIME,
    "opening_time": DATETIME,
    "contact_phone": PHONE,
    "parcel_no": NAME,
    "location": TEXT,
    "area_m2": AREA,
    "land_use": TEXT,
    "use_term_years": YEARS,
    "starting_price": MONEY,
    "award_date": DATE,
    "sign_date": DATE,
    "evaluation_date": DATE,
    "publicity_start": DATE,
    "publicity_end": DATE,
    "deal_date": DATE,
    "decision_date": DATE,
    "approval_date": DATE,
    "formed_date": DATE,
    "planned_date": DATE,
    "unit_price": MONEY,
    "contract_amount": MONEY,
    "supply_total": AREA,
    "quantity": NUMBER,
    "task_volume": NUMBER,
    "start_date": DATE,
    "completion_date": DATE,
    "valid_until": DATE,
    "parties": ORGS,
    "fax": PHONE,
    "valuation": TEXT,
}
# everything else is TEXT (short) unless listed as LONG (a section body)
LONG_KEYS = {
    "requirements",
    "qualification",
    "doc_obtain",
    "bid_submission",
    "single_source_reason",
    "expert_opinion",
    "correction_items",
    "termination_reason",
    "complaint_items",
    "violation",
    "penalty_basis",
    "penalty_result",
    "approval_info",
    "tender_scope",
    "project_overview",
    "objection_channel",
    "complaint_channel",
    "supply_structure",
    "supply_layout",
    "planning_indicators",
    "schedule",
    "coordinates",
    "trading_conditions",
    "construction_content",
    "completion_progress",
    "allocation_targets",
    "allocation_result",
    "allocation_policy",
    "housing_source",
    "subsidy",
    "deposit_method",
    "payment_method",
    "notice_period",
    # 73号 §二 items (issue 12)
    "supporting_facilities",
    "allocation_procedure",
    "allocation_process",
    "renovation_policy",
    "target_identification",
    "budget_approval",
    "tender_conditions",
    "prequalification_method",
    "performance_capacity",
    "construction_progress",
    "time_limit",
    "registration_materials",
    "assessment_result",
}


def kind_of(key: str) -> str:
    """How to read the value of ``key``."""
    if key in KIND:
        return KIND[key]
    return LONG if key in LONG_KEYS else TEXT


# ------------------------------------------------------------------------------------------------
# Round 22f: label FAMILIES. A label names its item by parts: the trade's side (采购/招标/出租…) and a
# party word (人/方/单位…), a price stem (起始/起拍/底…) and a price word (价/价格/租金…), the object
# (地块/房屋/标的…) and a place word (坐落/位置/地址…). Each family below is written once as its parts;
# ``_family`` builds every combination, less the ones named as not the item (a 采购机构 is the agency, a
# 竞买人 a bidder). A blind page's synonym ('出租方名称', '拍卖委托人', '中选单位', '竞租底价', '门面地址')
# is one more combination of parts already known, not a new rule.


def _family(*parts: tuple[str, ...], minus: tuple[str, ...] = ()) -> str:
    """One regex alternative for every word made of one piece of each part, in order, less ``minus``:
    ``_family(("采购", "招标"), ("人", "方"))`` → '(?:采购人|采购方|招标人|招标方)'. A part holding "" is
    optional. Longer words first, so a reader sees the full labels before their stems."""
    words = [""]
    for part in parts:
        words = [w + p for w in words for p in part]
    kept = sorted({w for w in words if w and w not in minus}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(kept) + ")"


_NAME = ("", "名称", "全称")
# the side that puts the deal out: a purchase's buyer, a tender's employer, a sale's seller, a lease's
# lessor, a contracting-out's 发包方, a sale's consignor (拍卖委托人)
OWNER_STEMS = tuple(
    "采购 招标 建设 业主 项目 比选 出让 协议出让 转让 出租 招租 发包 委托 拍卖委托 产权持有 产权所有 产权所属 产权".split()
)
PARTY_ENDS = tuple("人 方 单位 机构 主体".split())
# (a 采购机构 / 招标机构 / 委托机构 / 招租机构 runs the deal for the owner: the agency or the exchange; 机构
# names the owner only after 建设 / 出租 / 发包. The 项目人 / 业主人 forms are no labels anyone prints)
_AS_OWNER = ("建设机构", "出租机构", "发包机构")
OWNER_NOT = (
    *(s + "机构" for s in OWNER_STEMS if s + "机构" not in _AS_OWNER),
    *"项目人 项目主体 产权主体 业主人 业主主体".split(),
)
# the side that takes the deal: the winner, the buyer of a sale, the lessee, the contractor
WINNER_STEMS = tuple("中标 成交 中选 竞得 受让 承租 买受 承包 预中标 预成交 预中选".split())
WINNER_ENDS = tuple("人 方 单位 供应商 候选人 企业 公司".split())
# (竞买人 / 竞租人 / 投标人 are the bidders, never the winner: not in the family)
# a starting price: the act or the object sold, then the stem and the price word
PRICE_ACTS = ("", *"挂牌 拍卖 竞价 出让 竞买 竞租 挂牌出让 拍卖出让 转让 出租 招租".split())
PRICE_STEMS = tuple("起始 起拍 起叫 起挂 起 起租 挂牌起始".split())
# (round 26a: a lot sheet prices the whole lot as its 总价 or its 地价, '起始总价(万元)', '起始地价(万元)')
PRICE_WORDS = tuple("价 价格 价款 租金 金额 总价 地价 总地价".split())
PRICE_NOT = tuple("起金额 起租租金 起租金额 起租价款 起租金".split())
# where the object lies: the object, then the place word; a bare 地址 / 地点 is a party's or an event's
# ('采购人地址', '开标地点') and needs the object before it
PLACE_OBJECTS = tuple(
    "地块 宗地 土地 供地 房屋 标的 标的物 资产 矿区 矿山 项目 房产 物业 门市 门面 商铺 店面 厂房 租赁物 出租物 租赁标的 招租标的 出租标的"
    # (round 26c: a water body let for fishing or farming, '水库位置', '鱼塘位于…')
    " 水库 鱼塘 池塘 山塘".split()
)
PLACE_WORDS = tuple("位置 坐落 座落 所在地 所在位置 具体位置 坐落位置 坐落地址 地址 所在地址".split())
PLACE_OBJ_ONLY = tuple("地址 所在地 具体位置 所在地址 坐落地址".split())
# haudit2 (stop 30 audit of the 要素缺失 findings, docs/findings-audit.md class 4): an overview of the thing put out,
# named by the object and the word for its description ('工程概况', '标的基本情况', '摊位信息', '房屋情况'), or the
# works' or the lot's size ('工程规模'); a mining right's yearly output by its act ('开采规模', '生产能力')
# (a bare '基本情况' is as often a party's, '出租方基本情况' / '基本情况：法人', and is left to stated.py's heading)
OVERVIEW_ACTS = ("", *"出租 招租 转让 出让 租赁 拍卖".split())
OVERVIEW_OBJECTS = tuple(
    "项目 工程 标的 标的物 资产 房屋 房产 摊位 门面 商铺 租赁标的 招租标的 出租标的".split()
)
OVERVIEW_WORDS = tuple("概况 基本情况 基本信息 简介 简况".split())
OVERVIEW_THINGS = tuple("项目 工程 标的 标的物 资产 房屋 房产 摊位 门面 商铺".split())
SCALE_ACTS = ("", "设计")
SCALE_STEMS = tuple("生产 开采 采矿".split())
SCALE_WORDS = tuple("规模 能力".split())
# a tender's documents obtained, in either order of the words, with what is said of it ('获取招标文件方式',
# '招标文件的获取时间', '获取采购文件的地点')
DOCS = tuple("招标 采购 资格预审 比选 发包 磋商 谈判 询价 竞争性磋商 竞争性谈判".split())
DOC_ASPECTS = ("", *"方式 时间 地点 办法 途径 时间及方式 时间和方式 方式及时间".split())
# a land's planning figures, a column of the lot table ('容积率', '建筑密度', '绿地率', '建筑限高')
PLANNING_FIGURES = tuple("容积率 建筑密度 绿地率 绿化率 建筑限高 建筑高度 投资强度".split())
# (not a reader's label: a lot sheet's '容积率' column is read by the sheet readers, cell by cell; stated.py takes it
# as stating the indicators)
PLANNING_FIGURE = re.compile(_family(PLANNING_FIGURES, ("", "指标", "要求")))
# the terms a lease is put out on: its term, how its rent is paid, how the taker is chosen
LEASE_ACTS = tuple("租赁 承租 出租 招租".split())
LEASE_TERMS = tuple("期 期限 年限".split())
# a housing allocation's acts
ALLOC_ACTS = tuple("配租 分配 配售 摇号 选房 抽签 轮候".split())
# what a price, a deadline or a place family never names, whatever the family's parts: a deposit, a fee
# ('竞买保证金', '保证金缴纳截止时间', '履约保证金金额'), a person to call ('项目联系人')
_NEVER = re.compile(r"保证金|押金|定金|服务费|佣金|手续费|联系人")
_GUARDED = frozenset(
    "purchaser winner agency starting_price amount budget max_price bid_deadline location".split()
)


# (core-label regex, keys in preference order)
_RAW: list[tuple[str, tuple[str, ...]]] = [
    # 73号 §二 items: full labels first, so '初步设计概算审批情况' is not read as a 审批情况
    (r"配套设施(建设)?(情况)?", ("supporting_facilities",)),
    # (haudit2: the allocation's acts as a family, '配租活动流程', '摇号程序' the procedure; '摇号步骤', '选房过程' the
    # process)
    (
        r"(保障性住房|住房|房源)?分配程序|" + _family(ALLOC_ACTS, ("", "活动", "工作"), ("程序", "流程")),
        ("allocation_procedure",),
    ),
    (
        r"(保障性住房|住房|房源)?分配过程|" + _family(ALLOC_ACTS, ("", "活动", "工作"), ("过程", "步骤")),
        ("allocation_process",),
    ),
    (r"(农村)?危房改造(政策|政策措施)|农村危房改造相关政策", ("renovation_policy",)),
    (r"(改造|补助|救助)?对象认定(过程|程序|情况)?", ("target_identification",)),
    (r"初步设计(及)?概算(审批|批复|审查)(情况)?|概算(审批|批复)(情况)?", ("budget_approval",)),
    (r"招标条件|发包条件|比选条件", ("tender_conditions",)),
    (r"资格预审(的)?方式|资格审查方式", ("prequalification_method",)),
    (r"(合同)?履约(能力|情况)", ("performance_capacity",)),
    (r"(工程)?施工进度(情况)?|工程进度", ("construction_progress",)),
    (r"规定(的)?时间|(勘[查察])?(工作)?时限要求", ("time_limit",)),
    (r"报名(需|应)?提供(的)?(资料|材料)|报名(所需)?(资料|材料)", ("registration_materials",)),
    (r"(对集中采购机构的?)?考核(结果|情况|结论)", ("assessment_result",)),
    # a 集中采购机构 runs the purchase for the buyer: the agency of a notice, the assessed party of a 考核
    (r"被考核的?(集中采购)?(单位|机构)(名称)?", ("parties",)),
    (r"集中采购机构(名称)?", ("parties", "agency")),
    (r"考核(部门|单位|机关)", ("enforcement_agency",)),
    # an exchange's disclosure (产权转让, 租赁权出租) is published on its 信息披露起始日期; a news
    # site's byline stamps its post '更新时间:2015-11-26 10:57 来源:…'
    (
        # (round 19g: '发表时间:2025-12-23', a news site's word for the post's 发布时间: fresh28 海城, fresh5)
        r"(信息)?(发布|发表|公示|公告|公开|发文)(时间|日期)|信息时间|信息发布日期|公示开始日期?|信息披露(起始|开始)日期|"
        r"更新(时间|日期)|发稿(时间|日期)|公告发布(时间|日期)|(公告)?发布(开始|起始)(时间|日期)|"
        # '本公告发布时间为：2019年10月12日至2019年10月16日': the window opens on the publish date
        r"本公告(发布|公示)(时间|日期)为?|"
        # a correction is dated by its own change ('首次公告日期：…  本次变更日期：…', '六、更正日期：…')
        r"(本次)?(变更|更正)(公告)?(日期|时间)",
        ("publish_date",),
    ),
    (
        r"(采购|招标|工程|建设|交易|出让|挂牌|转让|招租|出租|比选|竞价|拍卖)?项目(名称|全称)|工程名称|招标工程项目|采购项目|工程项目名称|招标项目|已开工项目|计划项目|矿山名称|采矿权名称|探矿权(项目)?名称|矿区名称|(招租|出租)项目|(项目)?标段名称|项目及标段名称",
        ("project_name",),
    ),
    (
        # (round 18g: '项目号：' over '采购执行编号：', the 重庆 政府采购 template: fresh9 重庆市, fresh19 綦江)
        r"(政府)?(采购|招标|项目|工程)?(项目|招标|采购)?编号|(工程|项目)编码|项目号|项目(交易|挂牌)编号|(政府)?采购计划(编|备案)号|招标序号|项目代码|标段编号|标段\(包\)编号|项目招标编号|交易编号|采购计划编号|标的编号|(采购|委托|招标)?代理(机构)?编号",
        ("project_number",),
    ),
    # (round 22f: the owner's side as a family — side × party word × 名称/全称, less the agency's 采购机构)
    (
        _family(OWNER_STEMS, PARTY_ENDS, _NAME, minus=OWNER_NOT)
        + r"|项目(建设|业主)单位|项目业主|业主(名称)?|甲方(名称)?|项目法人",
        ("purchaser",),
    ),
    # (宜昌's Epoint result sheet: '招标人: | … | 建设地点 | …' over '招标机构: | …', the agency)
    (r"(采购|招标|发包|比选)?代理(机构|单位|人|公司)(名称|全称)?|(招标|采购)代理|招标机构", ("agency",)),
    (
        # '三、预算上限：1541000元': the budget, printed as the ceiling of the purchase
        # ('项目控制预算', '控制预算金额': the budget the purchase is held to)
        r"(项目|采购|财政)?(总)?(控制)?预算(金额|价|资金|总金额|总额|总价|上限)?|采购预算金额|(招标部分)?估算价|合同估算价|预算造价",
        ("budget",),
    ),
    (
        r"(采购|投标|招标)?最高(投标|报价)?限价(金额)?|(招标|最高)?控制价|拦标价|上限价|(采购|投标)限价",
        ("max_price",),
    ),
    (
        # (round 22f: the taker's side as a family — side × party word × 名称/全称)
        _family(WINNER_STEMS, WINNER_ENDS, _NAME)
        + r"|(协议)?受让(人|方|单位)(名称)?|供应商(名称)?|乙方(名称)?|"
        r"土地使用权人|"
        # '中标（成交）供应商名称、地址：某公司，某市某路1号': the name before the address
        r"(预)?(中标|成交|中选)?(供应商|人|单位)(名称)?[、及和](联系)?地址",
        ("winner",),
    ),
    (
        # ('总中标金额合计：1086万元': the total, summed by the notice itself)
        r"(中标|成交|中选)(总)?(价|金额|价格|报价|总价|价款)(合计)?|中标金额|成交金额|总(中标|成交)金额(合计)?|"
        r"(最终|拍卖|挂牌|竞价)?成交价|竞得(价|价格|金额)",
        ("amount",),
    ),
    (
        r"评审专家(名单)?|评标(委员会|专家)(成员)?(名单)?|评审(小组|委员会)(成员)?(名单)?|专家(组)?(成员)?名单|评审专家组成员|"
        # the non-tender methods name their evaluators after the method: 竞争性磋商小组 / 谈判小组 / 询价小组
        r"(竞争性)?(磋商|谈判)小组(成员)?(名单)?|询价小组(成员)?(名单)?|评委(专家|小组|会)?(成员)?(名单)?|评标小组(成员)?(名单)?",
        ("experts",),
    ),
    (
        r"(竞买)?报名(申请)?(的)?截止(时间|日期)|竞买(申请|报名)(的)?截止(时间|日期)",
        ("registration_deadline",),
    ),
    (
        # ('谈判响应文件递交截止时间': a 谈判 / 磋商 names its method before the response)
        r"(首次)?(资格预审)?(竞争性)?(谈判|磋商|询价|比选|竞价)?(投标|响应|应答|报价|申请)(文件)?(递交|提交|上传|送交|送达|接收)?(的)?截止(时间|日期)|截标(时间|日期)|(递交|提交)(投标|响应)文件截止时间|"
        r"投标文件递交的截止时间|投标截止时间|响应文件提交截止时间|提交投标文件截止时间|"
        r"(首次)?提交(资格预审)?(申请|投标|响应)文件(的)?截止(时间|日期)|"
        # the works template's '投标文件的递交' item: '1．递交截止时间：2021年07月14日10:30'
        r"(递交|提交)截止(时间|日期)",
        ("bid_deadline",),
    ),
    # (round 20b) '一、采购项目名称及编号：<名称>（<编号>）' (fresh30 南宁) states both at once: the name, the code bracketed
    # after it (core._value cuts each)
    (
        r"(采购|招标)?项目名称(及|和|与|、)编号",
        ("project_name", "project_number"),
    ),
    # '投标文件上传截止时间及开标时间：…' / '递交响应文件截止时间及磋商会议时间：…' states both at once
    (
        r"(递交|提交)?(投标|响应)(文件)?(递交|提交|上传)?(的)?截止时间(及|和|、|与)(开标|磋商会议|磋商|谈判)(时间|日期)",
        ("bid_deadline", "opening_time"),
    ),
    # a 竞争性磋商 / 谈判 opens the responses at its 磋商会议 / 谈判 meeting: that is the method's 开标
    (
        # ('九、开标评标时间': the bids are opened, then evaluated, at that time)
        r"开标(会议?|具体)?(时间|日期)((及|和|、)地点)?|开标(及|和|、)?评标(时间|日期)((及|和|、)地点)?|(响应|投标)文件的?开启时间|开启时间((及|和|、)地点)?|选取时间|比选时间|唱标时间|磋商会议(时间|日期)|(磋商|谈判)(开始)?时间",
        ("opening_time",),
    ),
    # (round 14b: a parcel table's first column may say 宗地名称 / 土地名称 as well as 地块名称)
    # (haudit2: and the cadastral 地号, '地号编号', '地号')
    (r"(出让)?(地块|宗地|土地|地号)(编号|编码|代码|号)|宗地号|地号|(地块|宗地|土地)名称", ("parcel_no",)),
    # (round 22f) the region the object lies in ('房屋所在地区：浙江省,杭州市,萧山区') is no location, and its
    # label must not be cut to a '房屋所在地' with the value '区'; a project's 所在地区 is its place (below)
    (_family(tuple(o for o in PLACE_OBJECTS if o != "项目"), ("所在地区", "所在区域")), ("region",)),
    (
        # (round 22f: object × place word as a family — '标的所在地', '门面地址', '供地位置'; a bare 地址 / 所在地
        # is a party's, and needs the object before it)
        _family(PLACE_OBJECTS, PLACE_WORDS)
        + "|"
        + _family(PLACE_WORDS, minus=PLACE_OBJ_ONLY)
        + r"|(坐落|座落)(位置|地址)|地理位置|标的物(基本|具体)?位置|项目(建设)?地点|(工程)?建设地点|工程地点|"
        # (round 17d) a works notice's place: '招标项目建设地点', '施工地点', '项目所在地(区)' (LABELLING
        # 'location: a project's stated 建设地点'; fresh4 轮台 '招标项目所在地区', dev 吴兴 '招标项目建设地点')
        r"(招标)?(项目|工程)(建设|施工)地点|(招标)?项目所在地区?|施工地点|"
        # (a lease's or sale's '项目地址' / '标的地址' is where the object stands, in the family above; only trade
        # and housing types hold location; a party's address is '出租方地址', '采购人地址', never the object's)
        r"(地号|地块|宗地)(编号)?及(土地|地块|宗地)?位置",
        ("location",),
    ),
    (
        # (round 26c: the area of what a lease puts out, named by the letting act, '租赁面积', '拍租面积', '发包面积',
        # '流转面积': LABELLING area_m2 'the area of the object granted or let')
        r"(出让|规划|净)?(土地|出让|宗地|用地|出租|租赁|招租|拍租|发包|承包|流转|房屋|标的|地块|矿区|占地|勘[查察]区?)?总?面积|"
        r"总用地面积",
        ("area_m2",),
    ),
    # (round 28z: '土地使用性质' is the use's long label: fresh50 柯城)
    (r"(土地|规划|宗地|出让)?(土地)?(规划)?用途|土地使用用途|土地使用性质", ("land_use",)),
    (
        # (a sale's parcel table may head the column '年限' alone: '位置 | 面积 | 用途 | 年限')
        r"(首次)?(土地)?出让年限|(土地)?使用(权)?(年[限期]|期限)|(首次)?出让(期限|年期)|(采矿权|探矿权|矿业权)(出让)?(期限|年限)|"
        r"年限",
        ("use_term_years",),
    ),
    (
        # (a mining right is sold by its 出让收益: '采矿权出让收益起始价'; a listing's '起挂价' is its 起始价)
        # (round 22f: act × stem × price word as a family: '起租价', '竞买起价', '竞租底价', '第一年租金底价')
        r"(采矿权|探矿权|矿业权)?(出让收益)?"
        + _family(PRICE_ACTS, PRICE_STEMS, PRICE_WORDS, minus=PRICE_NOT)
        + r"|(首年|首期|第一年|年度?)?租金(起始|起拍|起)?(价|底价)|(首年|首期|第一年|年度?)(起始|起拍)租金|"
        + _family(PRICE_ACTS, ("底价",))
        + r"|挂牌价格?",
        ("starting_price",),
    ),
    (
        r"定标(日期|时间)|(中标|成交)(人)?确定(日期|时间)|确定(中标|成交)(人|供应商)(日期|时间)",
        ("award_date",),
    ),
    (r"(合同)?(签订|订立|签署)(日期|时间)", ("sign_date",)),
    (r"(评审|评标)(日期|时间)", ("evaluation_date",)),
    (r"公示(开始)?(时间|日期)起?|公示期开始", ("publicity_start",)),
    (r"公示(结束|截止)(时间|日期)", ("publicity_end",)),
    (r"公示期|公示期限|公示时间段|公告期|信息披露期", ("publicity",)),
    (r"成交(时间|日期)|拍卖(日期|时间)|挂牌截止(时间|日期)?|交易(日期|时间)", ("deal_date",)),
    (
        r"(处理|处罚|许可)?(决定)(日期|时间)|作出(处罚)?决定(的)?日期|处理日期|考核(结果)?(形成)?(日期|时间)",
        ("decision_date",),
    ),
    (r"(批准|核准|审批|备案)(日期|时间)", ("approval_date",)),
    (r"信息形成日期|印发日期|成文日期|形成日期", ("formed_date",)),
    (r"预计采购(时间|日期)", ("planned_date",)),
    (r"(采购人的?)?采购需求(概况)?|采购项目内容|采购内容|需求概况", ("requirements",)),
    (
        r"对?(投标人|申请人|供应商|竞买人|受让方|报价人|竞价人)(的)?资格(要求|条件)|资质条件|报名条件|资格要求|投标人资格条件要求|"
        r"资格预审审查标准|承包人资格要求|竞买要求",
        ("qualification",),
    ),
    (
        # (haudit2: the aspects too, either order, '获取招标文件方式', '招标文件的获取时间')
        _family(DOCS, ("文件", "文件的"), ("获取",), DOC_ASPECTS)
        + "|"
        + _family(("获取",), DOCS, ("文件", "文件的"), DOC_ASPECTS)
        + r"|获取\(下载\)(招标|采购)文件",
        ("doc_obtain",),
    ),
    (r"公告期限", ("notice_period",)),
    (r"投标文件(的)?(递交|提交)|响应文件(的)?(递交|提交)|承包申请文件(的)?(递交|提交)", ("bid_submission",)),
    (r"(采用)?单一来源(采购)?(方式)?(的)?(原因|理由)(及(相关)?说明)?", ("single_source_reason",)),
    (r"拟(定|确定)?(的)?(唯一)?供应商(名称)?|拟定供应商", ("proposed_supplier",)),
    (r"(具体|专业人员)?论证意见", ("expert_opinion",)),
    (r"更正(事项|内容|信息)|变更(事项|内容)|补充(事项|内容)|澄清(事项|内容)", ("correction_items",)),
    (r"原公告(名称|标题)", ("original_notice",)),
    (r"合同主要内容", ("contract_subject",)),
    (
        r"合同标的(名称)?|标的名称|标的|转让标的|(出让)?指标名称|交易标的(名称)?|竞得的矿业权简要情况|许可内容|"
        # (haudit2: the right sold, described by the deal: '成交采矿权基本情况', '竞得的矿业权简要情况')
        + _family(
            ("竞得", "成交", "出让", "转让"),
            ("", "的"),
            ("矿业权", "采矿权", "探矿权"),
            ("简要", "基本"),
            ("情况",),
        ),
        ("contract_subject", "subject_name"),
    ),
    (r"(主要标的)?规格型号|规格", ("spec_model",)),
    (r"单价|中标单价", ("unit_price",)),
    (r"合同(总)?(金额|价款|价格)", ("contract_amount",)),
    (r"(终止|废标|流标|中止)(原因|理由)|项目终止的原因", ("termination_reason",)),
    (r"(相关)?当事人(名称)?", ("parties", "party")),
    (r"投诉事项", ("complaint_items",)),
    (r"违法失信行为(的具体情形)?|违法(违规)?(事实|行为)(类型)?|失信行为", ("violation",)),
    (r"(处理|处罚)依据", ("penalty_basis",)),
    (r"(处理|处罚)(结果|决定|内容)", ("penalty_result",)),
    (r"执法机关(名称)?|(处罚|处理|决定|许可)机关(名称)?", ("enforcement_agency",)),
    (r"项目审批核准备案信息|审查批准情况|审批(核准)?情况|(项目)?批准文号", ("approval_info",)),
    (r"招标范围|发包范围", ("tender_scope",)),
    (r"招标方式|采购方式", ("tender_method",)),
    (r"(招标)?组织形式", ("organization_form",)),
    (r"信用(等级|评价等级)", ("credit_rating",)),
    (
        # (haudit2: object × description as a family, '工程概况', '出租房屋基本情况', '摊位信息'; the works' size,
        # '工程规模')
        _family(OVERVIEW_ACTS, OVERVIEW_OBJECTS, OVERVIEW_WORDS)
        + "|"
        + _family(OVERVIEW_THINGS, ("信息", "情况"), minus=("项目信息", "工程信息"))
        + r"|(工程|项目)规模",
        ("project_overview",),
    ),
    (r"项目负责人|项目经理", ("project_manager",)),
    (r"异议(受理)?(渠道|方式)(和方式)?|异议受理", ("objection_channel",)),
    (r"投诉(受理)?(渠道|方式)", ("complaint_channel",)),
    (r"(计划)?开工(日期|时间)", ("start_date",)),
    (r"(计划)?竣工(日期|时间)", ("completion_date",)),
    (r"(工程)?(验收)?质量(评定)?等级|验收结论", ("quality_grade",)),
    (r"(国有建设用地)?供应总量", ("supply_total",)),
    (r"供应结构", ("supply_structure",)),
    (r"供应布局", ("supply_layout",)),
    (r"供应方式|供地方式|出让方式|转让方式|交易方式|出租方式|招租方式|竞价方式", ("supply_method",)),
    (r"规划(指标|条件)(要求)?", ("planning_indicators",)),
    (r"交易时间安排|竞价时间|挂牌时间|拍卖时间|时间和方式", ("schedule",)),
    (r"行业(分类)?", ("industry",)),
    (r"(开采|勘[查察])?矿种", ("mineral",)),
    (r"(范围|拐点)坐标|矿区范围|勘[查察]区?范围", ("coordinates",)),
    (r"设计建设规模|" + _family(SCALE_ACTS, SCALE_STEMS, SCALE_WORDS), ("production_scale",)),
    (r"建设规模", ("project_overview", "production_scale")),
    (r"勘[查察]工作程度", ("exploration_level",)),
    (r"(成交|交易|竞价)地点", ("deal_place",)),
    (r"(价款)?缴纳方式|付款方式", ("payment_method",)),
    (r"矿业权人|采矿权人|探矿权人", ("right_holder",)),
    (r"(采矿|勘[查察])?许可证(号|编号)", ("license_no", "decision_no")),
    (r"有效期(止|至)", ("valid_until",)),
    (r"申请类型", ("application_type",)),
    (r"资产评估(情况|值)|评估(值|价|价值)", ("valuation",)),
    (
        # (haudit2: a lease's own terms, its term and how its rent is paid: '承租期', '租赁年限', '租金支付方式')
        r"(竞价方式)?交易条件|" + _family(LEASE_ACTS, LEASE_TERMS) + r"|租期|租金(的)?(支付|缴纳|交纳)方式",
        ("trading_conditions",),
    ),
    (r"(出让|交易)?(排污)?(指标)?数量", ("quantity",)),
    (r"保证金(的)?缴纳方式|保证金交纳方式", ("deposit_method",)),
    (r"传真(号码)?", ("fax",)),
    (r"(建设计划|计划)?任务量|建设(计划)?任务", ("task_volume",)),
    (r"(计划)?户型", ("unit_types",)),
    # (round 26a: a lot sheet heads its use column '用地性质' as often as '土地用途': a sale's land_use, a housing
    # plan's land_nature — each spec keeps its own)
    (r"用地性质", ("land_nature", "land_use")),
    (r"建设内容", ("construction_content",)),
    (r"(计划任务)?完成进度|改造结果", ("completion_progress",)),
    (r"分配对象", ("allocation_targets",)),
    (r"分配结果", ("allocation_result",)),
    (r"分配政策", ("allocation_policy",)),
    (r"分配房源|房源", ("housing_source",)),
    # (haudit2: the grant's standard is the policy and the sum: '补助标准', '补助对象申请条件及补助标准')
    (r"补助资金(分配)?", ("subsidy",)),
    (r"(补助|补贴)(资金)?标准", ("subsidy", "renovation_policy")),
    (r"行政相对人(名称)?", ("party",)),
    (r"(决定|处罚决定|许可决定)?(文书|书)?(文)?号|决定书文号|决定文书号", ("decision_no",)),
]


@dataclass(frozen=True)
class LabelRule:
    """A compiled label pattern and the keys it may fill."""

    pattern: re.Pattern[str]
    keys: tuple[str, ...]


RULES: list[LabelRule] = [LabelRule(re.compile(p), k) for p, k in _RAW]

_NUMBERING = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十]{1,3}[)）]?\s*[、.．]?|[（(]\d{1,2}[)）]|\d{1,2}(?:[.．]\d{1,2}){0,2}[、.．]?|"
    r"[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十]+[条章节、])\s*"
)
# (the 2020 national result template's '项目编号（或招标编号、政府采购计划编号、采购计划备案文号等，如有）'
# names the alternatives of its label in a long note opening with 或)
_BRACKET = re.compile(r"[（(【\[][^）)】\]]{0,16}[）)】\]]|[（(]或[^（()）]{2,48}[）)]")
_SPACES = re.compile(r"[\s\u3000\xa0]+")
_CACHE: dict[str, tuple[str, ...]] = {}


@lru_cache(maxsize=65536)
def core_label(label: str) -> tuple[str, str]:
    """('预算金额', '元') from '一、预算金额（元）'; the second part is the bracketed note, if any.

    Cached: the same few hundred labels come back on every page.  A label printed in traditional
    characters ('項目名稱') is read as its simplified core: a 繁體 repost states the same items.
    """
    label = _SPACES.sub("", fold(label))
    label = _NUMBERING.sub("", label, count=1)
    notes = " ".join(m.group(0) for m in _BRACKET.finditer(label))
    core = _BRACKET.sub("", label)
    core = core.strip("：:*＊ 　·.．、")
    unit = _GLUED_UNIT.search(core)
    if unit and not keys_for(core):
        # round 22f: a unit glued to its label without brackets ('用地面积平方米', '起始价万元') is the label's
        # note, as '（平方米）' would be: the label is read, the unit kept for the value
        head = core[: unit.start()]
        keys = keys_for(head)
        if keys and kind_of(keys[0]) in (AREA, MONEY, YEARS):
            return head, (notes + " " if notes else "") + "(" + unit.group(0) + ")"
    return core, notes


_GLUED_UNIT = re.compile(r"(?:平方米|平米|㎡|m2|m²|平方公里|平方千米|公顷|亩|万元|元|年)$")


def keys_for(core: str) -> tuple[str, ...]:
    """All keys a core label can fill (empty tuple for unknown labels)."""
    cached = _CACHE.get(core)
    if cached is not None:
        return cached
    found: tuple[str, ...] = ()
    if 1 < len(core) <= 24:
        never = bool(_NEVER.search(core))
        for rule in RULES:
            if rule.pattern.fullmatch(core):
                if never and _GUARDED.intersection(rule.keys):
                    continue  # (round 22f: a deposit's or a contact's label is never a party, a price or a place)
                found = rule.keys
                break
    _CACHE[core] = found
    return found


# Round 22b: what a value of each key looks like when no colon separates it from its label.  A value printed
# after '为' / '是' / a dash / a run of spaces, or glued to its label, is taken only when its text has the form of
# the key's kind (a sum of money for a price, a date for a date, a place for a location, an organisation for a
# party); anything else stays unread (precision first).  Each pattern matches at the value's start; its match is
# the value.
_MONEY_FORM = (
    r"(?:人民币|RMB)?\s*(?:[￥¥]\s*\d[\d,，]*(?:\.\d+)?(?:\s*(?:亿元|万元|元))?"
    r"|\d[\d,，]*(?:\.\d+)?\s*(?:亿元|万元|元))"
    r"(?![\d.]|[,，]\d)(?!\s*(?:/|每|起|以[上下内]|万|亿|元))"  # a unit price ('550元/亩'), a floor or a bound is no sum of the notice
)
_DATE_FORM = (
    r"\d{4}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"(?:\s*(?:上午|下午)?\s*\d{1,2}\s*(?:[:：]\s*\d{2}|时(?:\s*\d{1,2}\s*分)?|点(?:\s*\d{1,2}\s*分)?))?"
)
# a window's end after its start ('2019年5月5日至5月7日'): the value is the window
_DATE_FORM += r"(?:\s*(?:至|到|~|～|－|—|-)\s*(?:\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日?(?:\s*\d{1,2}\s*[:：时点]\s*\d{0,2}\s*分?)?)?"
# an organisation: the longest run of name characters ending in an organisation's kind word
_ORG_FORM = (
    r"(?![本该其我贵由经被向在对从于将])[^\s，,。；;:：、“”\"（）()《》]{2,40}"
    r"(?:公司|集团|局|委员会|中心|政府|办事处|学|园|院|馆|研究所|合作社|事务所|村委会|居委会|管委会|厅|委|村|街道|"
    r"所|站|社|处)"
)
# a place: a run naming an administrative unit or a street, ending on a place word
_PLACE_FORM = (
    r"[^\s，,。；;:：、“”\"（）()]{0,30}?(?:省|市|县|区|镇|乡|村|街道|路|街)"
    r"[^\s，,。；;:：、“”\"（）()]{0,20}?(?:省|市|县|区|镇|乡|村|街道|社区|路|街|道|号|组|园|侧|段)(?=$|[\s，,。；;、（(])"
)
# (no figure in it: '住宅70年' is a use with its term, round 19c's guard)
_LAND_USE_FORM = (
    r"[^\s，,。；;:：“”\"\d]{0,12}?(?:用地|工业|商业|住宅|居住|仓储|物流|商服|办公|农用|耕地|林地|园地|养殖|种植|旅游|娱乐|"
    r"教育|医疗|科研|交通|水域|公共管理|公共服务)[^\s，,。；;:：“”\"\d]{0,12}?(?=$|[\s，,。；;])"
)
_AREA_FORM = r"\d[\d,，]*(?:\.\d+)?\s*(?:平方米|平米|㎡|m2|m²|亩|公顷)"
_YEARS_FORM = r"\d{1,3}\s*年"
VALUE_FORMS: dict[str, re.Pattern[str]] = {
    MONEY: re.compile(_MONEY_FORM),
    DATE: re.compile(_DATE_FORM),
    DATETIME: re.compile(_DATE_FORM),
    AREA: re.compile(_AREA_FORM),
    YEARS: re.compile(_YEARS_FORM),
}
KEY_FORMS: dict[str, re.Pattern[str]] = {
    "purchaser": re.compile(_ORG_FORM),
    "agency": re.compile(_ORG_FORM),
    "winner": re.compile(_ORG_FORM),
    "location": re.compile(_PLACE_FORM),
    "land_use": re.compile(_LAND_USE_FORM),
}
# kinds whose value may be glued to its label with no separator at all: its first character ends the label
GLUED_KINDS = frozenset({DATE, DATETIME})


def value_form(key: str) -> re.Pattern[str] | None:
    """The form a value of ``key`` must have to be read without a colon (None: only after a colon)."""
    return KEY_FORMS.get(key) or VALUE_FORMS.get(kind_of(key))


# Party context: labels that say whose block we are in (for 名称 / 联系电话 lines).
OWNER_SECTION = re.compile(
    r"(采购人|招标人|建设单位|项目业主|发包人|出让人|转让方|出租方|比选人|项目单位)(信息|名称)?$"
)
# (round 22f) the same, for what a page STATES (stated.py): any of the owner family's party words ('出租人信息',
# '拍卖委托人', '招标主体'); the readers keep OWNER_SECTION, whose block starts decide which phone is whose
OWNER_BLOCK = re.compile(
    "(?:" + _family(OWNER_STEMS, PARTY_ENDS, minus=OWNER_NOT) + r"|项目业主)(信息|名称|全称)?$"
)
# the winner's party block ('中标人信息', '受让方信息'): the taker family, a ranked 候选人 apart
WINNER_SECTION = re.compile(
    _family(WINNER_STEMS, WINNER_ENDS, minus=tuple(s + "候选人" for s in WINNER_STEMS)) + "信息$"
)
AGENCY_SECTION = re.compile(
    r"(代理机构|代理人|代理公司|代理单位|意见接收机构|交易中心|交易机构|交易平台|监督|管理部门|受理部门|公证)"
)
PHONE_LABEL = re.compile(r"(项目)?(联系|咨询)?(电话|方式|手机)(号码)?|项目联系方式|联系方式\(询问\)|电话")
PHONE_EXCLUDE = re.compile(
    r"投诉|监督|质疑|举报|传真|技术|服务热线|CA|保函|代理|异议|客服|软件|品茗|新点|注册|报名"
)

# labels that carry no canonical key but still end the value before them ('…孙先生联系电话：…');
# a contract's run-on head names whose address it is ('采购人(甲方):某局采购人地址:…'): the party word
# belongs to the label, not to the value before it.  Round 20b: the role words of a result's and a contact
# section's items too ('1.中标供应商名称：X  2.中标供应商地址：…', '成交人：X 成交单位地址：…', '采购代理机构名称：X采购
# 代理机构地址：…'; fresh30 珠海, 柳州, 登封): the winner or the agency kept the role word of the next item's label
# Round 22b: the role word is a family built from its parts (a party's act + what it is), not a list: '采购部门邮箱：'
# (fresh32 浙大) ended the phone before it with '采购部门' left on it
_ROLE_ACT = r"(?:采购|招标|建设|发包|比选|出让|转让|出租|承租|受让|竞得|中标|成交|中选)"
_ROLE_WHAT = r"(?:人|单位|部门|机构|方|供应商|候选人)"
STRUCTURAL = re.compile(
    rf"(?:{_ROLE_ACT}(?:代理)?{_ROLE_WHAT}?|{_ROLE_ACT}?代理(?:机构|公司|单位)|供应商|投标人|甲方|乙方|业主(?:单位)?)?(?:"
    r"联系人|(联系|咨询|办公|监督|投诉)?电话|联系方式|名称|地址|传真|手机|邮箱|电子邮件|邮编|联系单位|"
    r"短号|网址|开户银行|账号|户名)"
)


def kv_like(cells: list[str]) -> bool:
    """Label, value, label, value…: labels at even places, none at odd places."""

    def label(c: str) -> bool:  # a known label, or any short cell ending in a colon ('绿化率(%)：')
        return bool(keys_for(core_label(c)[0])) or (len(c) <= 16 and bool(re.search(r"[:：]$", c)))

    even = [label(c) for c in cells[0::2]]
    odd = [label(c) for c in cells[1::2]]
    return sum(even) >= max(1, len(even) / 2) and not any(odd)
