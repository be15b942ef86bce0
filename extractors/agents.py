"""Who did what, told in prose: the seller, the buyer and the agent read from a sentence's structure (round 19b).

A news item, a mirror or a text rendering of a notice may name its parties only in sentences, with no
'采购人：X' line: '近日,某县自然资源和规划局在某市公共资源交易中心通过公开挂牌方式成功出让…采矿权', '某公司(以下简称
"代理机构")受某小学(以下简称"采购人")的委托,拟就…进行竞争性磋商采购', '…,某地产以45亿元竞得某地块'. The label
readers and the sentence patterns of ``readers.prose`` read the forms they know; this reader reads the sentence
itself, once, the same way for every act:

- the text is cut into sentences (。！？ and line ends) and each sentence into clauses (，；);
- an act is found by its verb: a sale or a letting (出让 / 拍卖 / 转让 / 出租 / 招租 …: its agent is the seller,
  ``purchaser``), a purchase run for a buyer (进行公开招标 / 竞争性磋商 …: an agent firm's, ``agency``), a deal won
  (以<price>竞得 / 摘得 / 拿下: the buyer, ``winner``);
- the agent is the clause's subject: a name at the clause's start, then nothing but adverbials before the verb
  (a time, '在<venue>', '通过<way>方式', '对<object>进行', '成功', '公开' …). A clause with no subject of its
  own ('将于5月8日…通过公开招租的方式,定向出租给…') takes the subject of the sentence's first clause. Anything
  else between the name and the verb — '发布', '获悉', '批准', '同意' — and the name is not the act's agent:
  LABELLING 'purchaser: not a body named only as publisher' (a body that only 发布s the 公告, a source, an
  approver is no seller);
- the body that 委托s a sale is its seller ('某局委托某交易中心以拍卖方式出让…', LABELLING 'purchaser: the body that
  委托s the sale'), and a publisher whose sentence goes on to sell ('X发布公告,挂牌出让…') is the subject of that
  sale; '<agent>(以下简称…)受<principal>(以下简称…)的委托' names both: the agent firm is the ``agency`` (LABELLING
  'agency: named as agent'), the principal the buyer (read by ``readers.prose``);
- a deal's buyer is the subject before '以<price>竞得', or the name after 由 / 被 in the clause; a role named
  before a name with no colon ('招标人某中学对…', '竞得人某公司成立于…') makes that name the clause's subject.
  These readings replace seven sentence patterns of rounds 15–18 (docs/extraction-conventions.md, "Round 19b").

A trading centre, an exchange or an auction house is never the seller (it runs others' sales), nor a firm
whose name says it is an agent (it runs others' purchases): as LABELLING 'purchaser' says. The reader runs last,
only for the party keys no label or known sentence filled (``core``): a labelled value always wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .hanzi import PINYIN_NOTE, translate_only
from .news import own_names
from .patterns import FIGURE, FIRM_END
from .readers import Finding

# a converter's pinyin after a character ('衛(wèi)輝'): masked with a filler a name may hold, one for one, so
# that positions in the masked copy are positions in the page's text (the value is cut from the page, as printed)
_PINYIN = re.compile(PINYIN_NOTE)
_FILL = "\ue000"
# a name's characters: Chinese, the masked pinyin, brackets (a branch or a school's city: '中国地质大学(武汉)')
_NAME_CHAR = rf"[\u3400-\u9fff{_FILL}()（）]"
# an organisation's name ends with what it is
_ORG_END = (
    r"(?:分局|局|厅|政府|委员会|管委会|公司|集团|中心|市场|经联社|合作社|学校|学院|大学|中学|小学|幼儿园|医院|研究院|研究所"
    r"|办公室|村委会|居委会|社区"
    # (round 22e: a commission's short name, '国资委', '发改委', '住建委': no 委托 / 委员 / 委会 read as one)
    r"|(?<=[\u4e00-\u9fff])委(?![托员会])"
    # (a government's department named by its field, '某省国土部门', never '有关部门' / '相关部门' / '各部门': _seller)
    r"|(?<![有相]关)(?<!各)(?<!等)部门)"
)
# bodies that run others' sales or purchases: never the seller or the buyer of what they run
_VENUE = re.compile(r"交易|拍卖|产权|代理|招标|咨询|采购中心|政府采购|项目管理|造价|资源市场")
# an agent firm: its name says it runs tenders for others
_AGENT_FIRM = re.compile(r"招标|代理|咨询|项目管理|造价|工程管理")
# a clause's subject: a name, or several joined ('甲局和乙乡政府的领导共同…': the first named)
_SUBJECT = re.compile(
    # (a letter's number bracketed after the office: '某区自然资源和规划局(某自然资规函[2020]17号)委托我中心…')
    rf"^(?P<v>{_NAME_CHAR}{{2,40}}?{_ORG_END})(?:[(（][^()（）\n]{{2,40}}[)）])?"
    rf"(?:(?:和|与|、|及|会同)[\u3400-\u9fff、的]{{2,30}}?(?:{_ORG_END}|党委|领导|等单位|等部门))?"
)
# what may stand at a clause's start before its subject: the day, a report's time word
_LEAD = re.compile(
    # (a report's agency line before it: '本报讯(记者 某某) 近日…', '新京报讯 …')
    r"^(?:[\u3400-\u9fff]{1,8}讯\s*(?:[(（][^()（）]{0,20}[)）])?\s*)?(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚)?(?:\d{1,2}[:：时点]\d{0,2}分?)?|近日|日前|近期"
    r"|最终|最后|随后|此次|本次|今年|去年)?\s*"
)
# what may stand between a subject and its act (an adverbial of time, place, way or object), in any order
_ADVERBIAL = (
    r"(?:近日|日前|近期|当天|当日|今天|今日|昨天|昨日|上午|下午|已经|已|将|拟|现|正式|依法|顺利|成功|共同|统一|集中"
    r"|再次|首次|重新|又|定向|(?:负责)?组织(?=[^，,。；;]{0,8}?(?:出让|拍卖|挂牌|转让|出租|招租|拍租|发包|出售|流转|入市))|\d{1,2}\s*(?:[:：]\s*\d{2}|点|时)(?:\s*\d{1,2}\s*分)?|于[^，,。；;]{1,24}?(?:日|时|分|点)|在[^，,。；;]{2,40}?(?:中心|大厅|平台|网|所|会议室|现场|系统|厅|室)(?:上|内)?"
    r"|通过[^，,。；;、]{1,30}?(?:方式|形式|平台|交易所|交易中心|系统|网站|网)(?:上)?|以[^，,。；;\d]{1,16}?(?:方式|形式)"
    # (the object: '对6宗国有土地使用权进行公开拍卖', '对以下二宗…使用权公开出让', '对下列地块采用挂牌方式出让'; a
    # way or 进行 after it, so that '对违法出让土地行为进行查处' is no sale)
    r"|对[^，,。；;]{2,60}?(?=进行|采用|采取|以|公开|挂牌|拍卖|重新)|(?:采用|采取)[^，,。；;]{1,8}?方式"
    r"|进行了?(?:[^，,。；;]{2,30}?(?=公开))?|面向社会|向社会|对外|公开|网上|现场|揭露|挂牌|决定|计划"
    # (the object put before the verb: '某镇人民政府将位于某路的门面房对外公开招租'; the venue commissioned:
    # '某区住建局委托某拍卖有限公司对…进行公开拍卖', the commissioning body being the seller)
    # (a thing let or sold ends the object: not '将持续推进探矿权出让', a plan, whose 将 is 'will')
    r"|(?:将|把)[^，,。；;]{2,60}?(?:房|铺|门面|店面|摊位|车位|厂房|仓库|场地|土地|地块|使用权|经营权|设备|车辆|资产|鱼塘|林地|耕地)"
    r"(?:[(（][^()（）]{1,20}[)）])?(?=对外|面向社会|向社会|公开|进行|以|通过|在|于|挂牌|拍卖|出让|转让|出租|招租|发包)"
    r"|委托[^，,。；;]{2,40}?(?:中心|公司|所|机构|拍卖行))"
)
_ADVERBIALS = rf"(?:\s*{_ADVERBIAL})*\s*"
# a sale or a letting: its agent is the seller (the lessor)
# (not the verb inside a noun: the heading's '<object>招租公告', a '转让方', '出让人', '拍卖会'; nor a relative clause's
# '参与竞价政府出让的…指标', whose subject is cut from the middle of a phrase)
_SALE = r"(?:挂牌(?=[^，,。；;]{2,40}?(?:矿|地块|宗地|土地|采矿权|探矿权|使用权))|出让|拍卖|转让|出租|招租|拍租|发包|出售)(?!公告|公示|结果|信息|方案|文件|须知|合同|项目|人|方|价|金|会|行|的|等|[(（])"
# a purchase run by an agent firm
_PURCHASE = r"(?:公开招标|邀请招标|竞争性磋商|竞争性谈判|询价|单一来源|(?:磋商|谈判|招标)?采购)"
# a clause with no subject of its own goes on the first clause's: it opens with an adverbial or a conjunction
_NO_SUBJECT = re.compile(rf"^(?:并|再|随后|同时|定向|{_ADVERBIAL})")
# the first clause of a sentence giving a subject to those that follow it: '<subject>日前推出了…'
# (or that has published its notice: 'X发布公告,挂牌出让…', 'X公开发布了《…》公告,对…进行公开出让' — LABELLING 'purchaser:
# not a body named only as publisher': the subject of the sale verb that follows is the seller)
_FIRST_CLAUSE = re.compile(
    rf"^(?P<v>{_NAME_CHAR}{{2,40}}?{_ORG_END}){_ADVERBIALS}"
    r"(?:推出|拿出|决定|计划|现有|拥有|(?:公开)?发布了?(?:出让)?(?:公告|《[^《》]{2,60}》(?:公告)?)$)"
)

# round 22e: the seller marked by 由 inside its clause, the sale then a relative clause or a passive: '由某局组织挂牌
# 出让的1宗采矿权以…成交', '该宗地由某县自然资源局公开拍卖' (the sale verb may be followed by 的 here: 由 names its agent)
_SALE_VERB_BY = (
    # (round 25b: 入市, the collective's own word for bringing its land to market, '由某村股份经济合作社组织入市')
    r"(?:挂牌(?=[^，,。；;]{2,40}?(?:矿|地块|宗地|土地|采矿权|探矿权|使用权))|出让|拍卖|转让|出租|招租|拍租|发包|出售|入市)"
    r"(?!公告|公示|结果|信息|方案|文件|须知|合同|项目|人|方|价|金|会|行|等|[(（])"
)
_BY_SELLER = re.compile(
    rf"(?:^|(?<=[^\u4e00-\u9fff])|(?<=[宗块地权产]))由\s*(?P<v>{_NAME_CHAR}{{2,40}}?{_ORG_END})"
    rf"(?:[(（][^()（）\n]{{2,40}}[)）])?{_ADVERBIALS}{_SALE_VERB_BY}"
)
# (round 26c) the owner's own decision opening the sentence, its deliberating organ named: '经某分公司集体研究决定,拟对…
# 公开招租', '经某村两委研究决定,对本村…重新发包', '某社区“两委”会议决定,委托某公司负责…招租'. The organ (集体, 两委,
# 党委, 董事会 …) makes the decision the owner's own, not a superior's approval ('经县政府同意', '经有关部门批准' name no
# organ and read nothing); a village or a community deciding through its 两委 is a body (LABELLING 14a: a 村 letting its
# collective assets). Its name is carried, like ``_FIRST_CLAUSE``'s, to the sentence's subjectless letting or
# commissioning clause
_OWN_ORGAN = (
    r"(?:集体|两委|党委|党支部|支委|村委|班子|领导班子|董事会|股东会|党组|经理办公会|办公会|总经理办公会)"
)
_OWNER_DECIDED = re.compile(
    rf"^经?\s*(?P<v>{_NAME_CHAR}{{2,40}}?(?:{_ORG_END}|村|社区))\s*[“\"「]?{_OWN_ORGAN}[”\"」]?"
    r"(?:会议|会)?(?:集体)?(?:研究|讨论|审议)?(?:决定|通过)$"
)
# (round 26c) a subjectless clause that commissions the letting or the sale for the carried subject: '…决定,委托某公司负责
# …招租' (LABELLING 'purchaser: the body that 委托s the sale')
_SUBJECTLESS_COMMISSION = re.compile(rf"^{_ADVERBIALS}委托(?!书|人|方|函|合同)")
# (round 26c) the owner named in the object of the sale: '对某公司所拥有的*处房地产…进行公开竞价拍卖', '某集团有限公司所拥有的
# …租赁经营权拍卖公告': whoever runs the auction, the body that owns what is let or sold is its lessor or seller (as the
# body that 委托s it; a 委托 body named before, read by ``readers.prose``, wins as it runs first)
_OWNED_BY = re.compile(
    rf"(?:^|(?<=[，,。；;\s对]))(?P<v>(?:(?![对按将把从由被向在])[\u3400-\u9fff{_FILL}()（）]){{2,40}}?{_ORG_END})"
    r"\s*(?:所拥有|所有|所属|名下)的"
)
_SALE_CLAUSE = re.compile(rf"^(?:{_SUBJECT.pattern[1:]}){_ADVERBIALS}{_SALE}")
_SUBJECTLESS_SALE = re.compile(rf"^{_ADVERBIALS}{_SALE}")
# the body that commissions a sale is its seller (LABELLING 'purchaser: the body that 委托s the sale'): '某局委托某交易
# 中心以公开拍卖方式出让…', '某厅近日委托出让的9宗矿业权', '经省水利厅批准,某市水务局委托,…'
_COMMISSION_CLAUSE = re.compile(rf"^(?:{_SUBJECT.pattern[1:]}){_ADVERBIALS}委托(?!书|人|方|函|合同)")
_SALE_WORD = re.compile(r"出让|转让|拍卖|挂牌|出租|招租|拍租|发包|排污权|交易")
# the seller named in the object of a buyer's acquisition: '甲公司通过竞买获得乙公司出售的二氧化硫指标'
_SOLD_BY = re.compile(
    rf"(?:获得|购得|取得|买得|受让)(?P<v>{_NAME_CHAR}{{4,40}}?{_ORG_END})\s*(?:出售|转让|出让)的"
)
_PURCHASE_CLAUSE = re.compile(rf"^(?P<v>{_NAME_CHAR}{{4,40}}?(?:公司|事务所)){_ADVERBIALS}{_PURCHASE}")

# '<agent>(以下简称"代理机构")受【<principal>】(以下简称"采购人")的委托'
_ASIDE = r"(?:\s*[(（]\s*(?:以下简称|下称|简称)[^()（）]{1,12}[)）])?"
_COMMISSIONED = re.compile(
    rf"(?:^|[，,。；;\n\s])【?(?P<v>{_NAME_CHAR}{{4,40}}?(?:公司|事务所))】?{_ASIDE}\s*受\s*【?"
    rf"(?P<p>[^，,。；;\s【】]{{3,40}}?)】?{_ASIDE}\s*(?:的)?委托"
)

# a deal won: '<buyer>以45亿元竞得…', '中铁建以总价26.08亿元竞得…' (a report may name the buyer short, with no
# 公司 after it: its clause's subject, then 以 and the price)
_SUM = rf"{FIGURE}\s*(?:亿元|万元|元|亿|万)"
_BUYER = rf"[\u3400-\u9fff{_FILL}()（）+＋]{{2,40}}?"
_NOT_A_NAME = re.compile(
    r"^(?:该|其|此|这|那|本|一|两|二|三|多|几|各|某|另|他|她|最终|最后)|^(?:企业|房企|公司|单位|联合体|竞买人|买受人|竞得人"
    r"|国企|央企|民企|开发商|现场|当天|当日|今天|今日|其中|随后|分别|共|均|终)$|[省市县区镇乡村]$"
    # (the thing sold is no buyer: '该地块以…', '某矿采矿权以…')
    r"|(?:地块|宗地|土地|矿|权|房|铺|位|车|指标)$"
)
# the price and the verb of winning after the buyer: '…以45亿元竞得', '…以总价26.08亿元的报价拿下'
_PRICE_WON = (
    rf"\s*以\s*(?:总价|底价|总成交价)?\s*{_SUM}"
    r"(?:的(?:总价|价格|报价|高价|成交价))?\s*(?:成功)?(?:竞得|摘得|拿下|拍得|夺得|斩获)"
)
# (the buyer marked by 由 or 被 inside its clause: '该地块由某房产以总价5亿元竞得', '被某加工场以863万元摘得')
_PASSIVE_DEAL = re.compile(rf"(?:由|被)\s*(?P<v>{_BUYER})\s*(?:分别|最终|成功)?{_PRICE_WON}")
_DEAL = re.compile(rf"^(?P<v>{_BUYER})\s*(?:最终|成功|再次|又|便)?{_PRICE_WON}")

# a role named before the name, with no colon, as the clause's subject: '招标人某中学对《…》作如下澄清', '竞得人某公司成立于…'
_BUYER_ROLE = r"招标人|采购人|采购单位|建设单位|出让人|转让方|出租方"
_WINNER_ROLE = r"竞得人|受让人|买受人|中标人|成交供应商"
_ROLE_CLAUSE = re.compile(
    rf"^(?P<r>{_BUYER_ROLE}|{_WINNER_ROLE})(?:为|是)?\s*(?!名称|信息|联系|地址|代表|须|应|在|对|将|及|和|与)"
    rf"(?P<v>{_NAME_CHAR}{{4,40}}?{_ORG_END})\s*(?=对|于|在|成立|以|已|将|经|通过|$)"
)

_SENTENCE = re.compile(r"[^。！？!?\n]+")
_CLAUSE = re.compile(r"[^，,；;]+")


def _masked(text: str) -> str:
    """The text folded to simplified characters, pinyin notes masked one for one (positions hold)."""
    return translate_only(_PINYIN.sub(lambda m: _FILL * len(m.group(0)), text))


def _clauses(folded: str) -> Iterator[list[tuple[int, str]]]:
    """Each sentence as its clauses: (offset in the text, the clause with its leading time word dropped)."""
    for s in _SENTENCE.finditer(folded):
        out = []
        for c in _CLAUSE.finditer(s.group(0)):
            raw = c.group(0)
            lead = _LEAD.match(raw.lstrip())
            skip = len(raw) - len(raw.lstrip()) + (lead.end() if lead else 0)
            out.append((s.start() + c.start() + skip, raw[skip:]))
        yield out


# a name has no verb or preposition inside it: '某市国资委同意某公司' is a clause, its subject the 国资委 (who approves)
_CLAUSE_INSIDE = re.compile(
    r"同意|批准|批复|发布|获悉|委托|决定|组织|负责|推进|要求|通知|进行|表示|介绍|获得|签订|参与|参加|竞价|举行|召开|完成"
    r"|[从由对被]"
)


# nor opens with a preposition: '在某集团委托某交易所公开挂牌转让的多宗探矿权中,…' names a frame, not the clause's subject
_PREPOSITION = re.compile(
    # (round 25b: '受<principal>委托' is passive, its name the principal's, not a subject that 委托s; the principal is
    # read, or refused, by ``readers.prose``)
    r"^(?:在|据|按|为|与|及|随着|受)"
)  # (not 当 / 于 / 和 / 自: 当阳, 于都, 和田, 自然资源部)


def _seller(name: str) -> bool:
    return not _VENUE.search(name) and not _CLAUSE_INSIDE.search(name) and not _PREPOSITION.match(name)


def _sellers(text: str, folded: str) -> Iterator[Finding]:
    for clauses in _clauses(folded):
        carried: tuple[int, str] | None = None
        for i, (at, clause) in enumerate(clauses):
            first = _FIRST_CLAUSE.match(clause) or _OWNER_DECIDED.match(clause)
            m = _SALE_CLAUSE.match(clause)
            if not m:
                m = _COMMISSION_CLAUSE.match(clause)
                rest = "".join(c for _, c in clauses[i:])
                m = m if m and _SALE_WORD.search(rest[m.end() :]) else None
            if not (m and _seller(m.group("v"))):
                by = _BY_SELLER.search(clause)
                m = by if by and not _SALE_WORD.search(by.group("v")) else m
            if m and _seller(m.group("v")):
                v = text[at + m.start("v") : at + m.end("v")]
                yield Finding("purchaser", v, "", text[at : at + m.end()][:80], "prose")
                return
            commissions = _SUBJECTLESS_COMMISSION.match(clause)
            if (
                i
                and carried
                and _NO_SUBJECT.match(clause)
                and (
                    _SUBJECTLESS_SALE.match(clause)
                    or (
                        commissions
                        and _SALE_WORD.search("".join(c for _, c in clauses[i:])[commissions.end() :])
                    )
                )
            ):
                start, name = carried
                if _seller(name):
                    yield Finding(
                        "purchaser", text[start : start + len(name)], "", text[start : at + 40][:80], "prose"
                    )
                    return
            if first:
                carried = (at + first.start("v"), first.group("v"))
            elif i and not _NO_SUBJECT.match(clause):
                carried = None  # another subject: the first clause's no longer carries
    for s in _SENTENCE.finditer(folded):
        m = _OWNED_BY.search(s.group(0))
        if m and _seller(m.group("v")) and _SALE_WORD.search(s.group(0)[m.end() :]):
            at = s.start()
            yield Finding(
                "purchaser",
                text[at + m.start("v") : at + m.end("v")],
                "",
                text[at + m.start() : at + m.end() + 20][:80],
                "prose",
            )
            return
    m = _SOLD_BY.search(folded)
    if m and _seller(m.group("v")):
        yield Finding(
            "purchaser", text[m.start("v") : m.end("v")], "", text[max(0, m.start() - 20) : m.end()], "prose"
        )


def _agents(text: str, folded: str) -> Iterator[Finding]:
    m = _COMMISSIONED.search(folded)
    if (
        m
        and _AGENT_FIRM.search(m.group("v"))
        and not _CLAUSE_INSIDE.search(m.group("v"))
        and not _VENUE.search(m.group("p"))
    ):
        yield Finding(
            "agency", text[m.start("v") : m.end("v")], "", text[m.start("v") : m.end()][:80], "prose"
        )
        return
    for clauses in _clauses(folded):
        for at, clause in clauses:
            m = _PURCHASE_CLAUSE.match(clause)
            if (
                m
                and _AGENT_FIRM.search(m.group("v"))
                and not _CLAUSE_INSIDE.search(m.group("v"))
                and "交易" not in m.group("v")
                and "拍卖" not in m.group("v")
            ):
                v = text[at + m.start("v") : at + m.end("v")]
                yield Finding("agency", v, "", text[at : at + m.end()][:80], "prose")
                return


def _buyers(text: str, folded: str) -> Iterator[Finding]:
    names: list[str] = []
    snippet = ""
    for clauses in _clauses(folded):
        for at, clause in clauses:
            for m in (_PASSIVE_DEAL.search(clause), _DEAL.match(clause)):
                if m and not _NOT_A_NAME.search(m.group("v")) and _seller(m.group("v")):
                    names.append(text[at + m.start("v") : at + m.end("v")])
                    snippet = snippet or text[at : at + m.end()][:80]
                    break
    names = own_names(list(dict.fromkeys(names)))
    if names:
        yield Finding("winner", "、".join(names), "", snippet, "prose")


def _roles(text: str, folded: str, keys: set[str]) -> Iterator[Finding]:
    for clauses in _clauses(folded):
        for at, clause in clauses:
            m = _ROLE_CLAUSE.match(clause)
            if not m:
                continue
            key = "winner" if re.fullmatch(_WINNER_ROLE, m.group("r")) else "purchaser"
            if key in keys and _seller(m.group("v")):
                keys.discard(key)
                v = text[at + m.start("v") : at + m.end("v")]
                yield Finding(key, v, "", text[at : at + m.end() + 10][:80], "prose")


def parties(lines: list[str], wanted: Iterable[str], sale: bool) -> Iterator[Finding]:
    """The party keys of ``wanted`` told in sentences (module doc). ``sale``: the notice sells or lets
    something (land, mining, emission, property), whose seller is its ``purchaser``."""
    keys = set(wanted)
    if not keys & {"purchaser", "agency", "winner"}:
        return
    text = "\n".join(lines[:200])
    folded = _masked(text)
    yield from _roles(text, folded, set(keys))
    if "purchaser" in keys and sale:
        yield from _sellers(text, folded)
    if "agency" in keys:
        yield from _agents(text, folded)
    if "winner" in keys and sale:
        yield from _buyers(text, folded)


# round 22i: a party named once in full and then by the short name the page gives it — 'X(以下简称“公司”)收到Y发来的
# 《中标通知书》,公司成为Z的中标人' (a listed company's disclosure), 'X(下称"甲方")…', 'X(简称A)…': the short name A is X
# for the rest of the page. The binding is read where the full name opens a clause (its start is then sure); the
# acts below read A or a full name as the subject of a deal won, and A resolves to X.
_QUOTE_OPEN = "“\"「『‘'"
_QUOTE_CLOSE = "”\"」』’'"
_ALIAS_ASIDE = re.compile(
    rf"^\s*[(（]\s*(?:以下简称|以下称|下称|简称)\s*[:：为]?\s*[{_QUOTE_OPEN}]?"
    rf"(?P<a>[^()（）{_QUOTE_OPEN}{_QUOTE_CLOSE}，,。；;:：\s]{{1,12}}?)[{_QUOTE_CLOSE}]?\s*[)）]"
)
_ALIAS_NAME = re.compile(
    rf"^(?P<v>{_NAME_CHAR}{{2,40}}?{_ORG_END})(?=\s*[(（]\s*(?:以下简称|以下称|下称|简称))"
)
# a short name that names a role or the page's own kind of body is still an alias, but never one of these: a
# role word the page's boilerplate uses of anyone ('中标人' / '投标人' as an alias would make every rule an act)
_ROLE_ALIAS = re.compile(r"^(?:中标|成交|中选|竞得|受让|投标|候选|供应|竞买|买受|申请)")


def aliases(text: str) -> dict[str, str]:
    """Short name (folded) → the full name it stands for, as printed (round 22i): 'X(以下简称“A”)' where X opens
    a clause; a short name bound to two different names is ambiguous and dropped."""
    folded = _masked(text)
    bound: dict[str, str] = {}
    clash: set[str] = set()
    for clauses in _clauses(folded):
        for at, clause in clauses:
            m = _ALIAS_NAME.match(clause)
            if not m or _NOT_A_NAME.search(m.group("v")) or _CLAUSE_INSIDE.search(m.group("v")):
                continue
            a = _ALIAS_ASIDE.match(clause[m.end() :])
            if not a or _ROLE_ALIAS.match(a.group("a")):
                continue
            short, full = a.group("a"), text[at + m.start("v") : at + m.end("v")]
            if bound.get(short, full) != full:
                clash.add(short)
            bound[short] = full
    return {k: v for k, v in bound.items() if k not in clash}


# a deal won, told with its winner as the subject: 'A成为…的中标人 / 成交人 / 竞得人 / 受让人', 'A中标…', 'A收到…
# 《中标通知书》 / 《成交通知书》' (not '…通知书后', a rule's time clause); or as the object: '确定A为中标人'
_WON_AFTER_SUBJECT = re.compile(
    r"^\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?:近日|日前|近期|已|已经|于[^，,。；;]{1,16}?日|正式|顺利|成功|再次|又|\s)*"
    r"(?:成为[^。；;\n]{0,80}?的?(?:中标|成交|中选|竞得|受让)(?:人|单位|供应商)(?!候选)"
    r"|(?:中标|成交|中选)(?!候选|人|单位|供应商|通知|结果|公告|公示|价|金|额|的|后|与否)"
    r"|(?:收到|接到|取得|获得)[^。；;\n]{0,60}?《?(?:中标|成交|中选)通知书(?:》|(?!》))(?!\s*(?:后|之后|以后|时)))"
)
_SETTLED_AS = re.compile(
    rf"确定\s*(?P<v>{_NAME_CHAR}{{2,40}}?)\s*(?:为[^，,。；;\n]{{0,60}}?的?(?:中标|成交|中选)(?:人|单位|供应商)(?!候选)"
    r"|(?:中标|成交|中选)(?!候选|人|单位|供应商|通知|结果|公告|公示|价|金|额|的|后))"
)
# (round 27b) an award passed down the ranking: '现顺延至原第二名中标候选人A为中标人', '递补A为成交供应商' (fresh46 兰州 中标结果更正:
# the first winner gave the award up); the one the award passes to is the winner
_PASSED_TO = re.compile(
    r"(?:顺延|递补|依次递补)(?:至|为|给)?\s*(?:原)?(?:排名)?(?:第[二三四五2-5](?:名|位)?)?的?(?:中标|成交|中选)?"
    rf"(?:候选人|候选供应商|候选单位)?\s*(?P<v>{_NAME_CHAR}{{2,40}}?{FIRM_END})\s*为(?:本项目的?)?"
    r"(?:中标|成交|中选)(?:人|单位|供应商)(?!候选)"
)
# not done, or a rule: '若A成为中标人', '中标人应…', 'A拟…', 'A未中标', '…不得…'
_NOT_AN_ACT = re.compile(r"若|如果|如若|假如|倘若|一旦|凡|应|须|拟|未|不|可|将|否则|是否")
_RANK_WORDS = re.compile(r"候选|中标|成交|中选|排名|排序|^第")
_WINNER_NAME = re.compile(rf"^(?P<v>{_NAME_CHAR}{{2,40}}?{FIRM_END})")


# a firm speaking of itself ('本公司收到…《中标通知书》', '确定本公司中标…', a listed company's disclosure): the firm the
# page names on a line of its own among its first lines or in its 落款 ('<name>' over '董事会'), when it names one only
_SELF_FIRM = re.compile(r"(?:本|我)公司")
_ISSUER_LINE = re.compile(
    rf"(?P<v>{_NAME_CHAR}{{2,40}}?(?:股份有限公司|有限责任公司|有限公司|集团))\s*(?:董事会|监事会)?"
)
# a name cut with the verb before it ('确定本公司' is no name)
_VERB_LEAD = re.compile(r"^(?:确定|选定|推荐|同意|经|由|被)")


def _issuer(lines: list[str]) -> str | None:
    """The firm a page names on a line of its own, at its top or in its 落款, if it names one only."""
    found = {
        m.group("v")
        for ln in lines[:6] + lines[-8:]
        if (m := _ISSUER_LINE.fullmatch(_masked(ln.strip()))) and not _VENUE.search(m.group("v"))
    }
    if len(found) != 1:
        return None
    v = found.pop()
    return next(
        (ln.strip()[: len(v)] for ln in lines[:6] + lines[-8:] if _masked(ln.strip()).startswith(v)), None
    )


def won_acts(lines: list[str]) -> Iterator[Finding]:
    """The winner told as the subject of a deal won, by its full name or the short name the page binds to it
    (round 22i): 'X(以下简称“公司”)收到…《中标通知书》,公司成为…的中标人' gives X. A sentence that is a rule or a
    supposition ('若…成为中标人', '中标人应…') reads nothing; a subject that is neither a bound short name nor a
    firm's full name ('本项目', '中标人') reads nothing."""
    text = "\n".join(lines[:200])
    folded = _masked(text)
    bound = aliases(text)
    if "公司" not in bound and "本公司" not in bound:
        issuer = _issuer(lines)
        if issuer:
            bound["本公司"] = bound["我公司"] = issuer
    else:
        bound.setdefault("本公司", bound.get("公司", ""))
        bound.setdefault("我公司", bound["本公司"])
    names: list[str] = []
    snippet = ""
    for clauses in _clauses(folded):
        for at, clause in clauses:
            sentence_rest = clause
            hit: str | None = None
            short = next(
                (
                    a
                    for a in sorted(bound, key=len, reverse=True)
                    if bound[a] and re.match(rf"(?:本|我)?{re.escape(a)}", clause)
                ),
                None,
            )
            if short is not None:
                start = clause.index(short) + len(short)
                act = _WON_AFTER_SUBJECT.match(sentence_rest[start:])
                if act and not _NOT_AN_ACT.search(sentence_rest[: start + act.end()]):
                    hit = bound[short]
                    end = start + act.end()
            if hit is None:
                m = _WINNER_NAME.match(clause)
                while m:
                    end_name = m.end()
                    aside = _ALIAS_ASIDE.match(clause[end_name:])
                    tail_at = end_name + (aside.end() if aside else 0)
                    act = _WON_AFTER_SUBJECT.match(clause[tail_at:])
                    if act:
                        v = m.group("v")
                        if (
                            not _NOT_A_NAME.search(v)
                            and not _CLAUSE_INSIDE.search(v)
                            and not _PREPOSITION.match(v)
                            and not _VERB_LEAD.match(v)
                            and not _SELF_FIRM.search(v)
                            and "子公司" not in v
                            and not _NOT_AN_ACT.search(clause[: tail_at + act.end()])
                        ):
                            hit = text[at + m.start("v") : at + m.end("v")]
                            end = tail_at + act.end()
                        break
                    # a longer name: the first 公司 may sit inside it ('某公司某分公司')
                    m = re.match(rf"^(?P<v>{_NAME_CHAR}{{{len(m.group('v')) + 1},60}}?{FIRM_END})", clause)
            if hit is None:
                p = _PASSED_TO.search(clause)
                if (
                    p
                    and not _NOT_AN_ACT.search(clause[: p.start()])
                    and not _NOT_A_NAME.search(p.group("v"))
                    and not _RANK_WORDS.search(p.group("v"))
                ):
                    hit = text[at + p.start("v") : at + p.end("v")]
                    end = p.end()
            if hit is None:
                s = _SETTLED_AS.search(clause)
                if s and not _NOT_AN_ACT.search(clause[: s.end()]):
                    v = s.group("v")
                    full = bound.get(v, bound.get(v[1:]) if v[:1] in "本我" else None) or None
                    named = (
                        full is None
                        and _WINNER_NAME.fullmatch(v) is not None
                        and not _NOT_A_NAME.search(v)
                        and not _CLAUSE_INSIDE.search(v)
                        and not _SELF_FIRM.search(v)
                    )
                    if named:
                        full = text[at + s.start("v") : at + s.end("v")]
                    if full is not None and not _RANK_WORDS.search(v):
                        hit = full
                        end = s.end()
            if hit is not None:
                names.append(hit)
                snippet = snippet or text[at : at + end][:80]
    names = own_names(list(dict.fromkeys(names)))
    if names:
        yield Finding("winner", "、".join(names), "", snippet, "prose")
