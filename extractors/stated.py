"""Which items a page *states*: the keys whose printed label (or a synonym) appears as a label.

Why: a key the reader did not fill is either not on the page (the label is absent: the notice omits
the item, a 要素缺失 the office may raise) or on the page but not read (the label is there, its value
was not understood: an extraction gap, for a person to check — never an accusation). The test is on
labels in label position (a 'label：' span, a label cell of a table, a line that is only the label, or
a heading naming several items, '项目概况与招标范围'), never a word anywhere in prose, so a sentence
mentioning 位置 does not make 位置 stated; a sentence states an item only when its label is followed
by the value (:func:`stated_in_sentences`: '开采矿种为建筑用石料').
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from .hanzi import fold
from .labels import (
    AGENCY_SECTION,
    AREA,
    DATE,
    DATETIME,
    LONG,
    MONEY,
    NUMBER,
    OWNER_BLOCK,
    PHONE,
    PHONE_EXCLUDE,
    PHONE_LABEL,
    PLACE_OBJECTS,
    PLANNING_FIGURE,
    RULES,
    WINNER_SECTION,
    YEARS,
    core_label,
    keys_for,
    kind_of,
)
from .layout import Page
from .patterns import FIRM_END
from .precise import ranked_candidate_label
from .readers import _label_spans

_MAX_LINE = 400
_CRUMB_LINE = re.compile(r"^\s*(您)?(当前|所在)(的)?位置|^\s*您的位置")  # (only tried on a line holding 位置)
# a compound label or section heading names several items at once ('项目概况与招标范围', '挂牌时间、地点、
# 期限', '标的名称和数量'); a part shorter than 3 characters ('地点', '期限') is too vague to name one
_JOINER = re.compile(r"[与和及、/]")
_MIN_PART = 3
# what follows an item's label in a sentence when the sentence states its value ('开采矿种为建筑用石料',
# '本次招标范围为苍南县…', 'SO2竞价时间为14:00-15:00', '矿区面积约0.*平方千米'). Never a colon: a
# 'label：value' is in label position, where the whole label decides (``stated_labels``: a
# '采购公告发布日期：' dates the tender notice, not this one, and must not state this one's 发布日期)
# (white space within a line only: the text is searched whole, one line a row)
_SAID = r"[^\S\n]*(?:为|是)[^\S\n]*"
_VALUE_AFTER: dict[str, re.Pattern[str]] = {
    "figure": re.compile(
        r"[^\S\n]*(?:为|是|约|共计|合计)?[^\S\n]*(?:人民币)?[^\S\n]*[￥¥]?[^\S\n]*(?:\d|[*＊]|[壹贰叁肆伍陆柒捌玖零])"
    ),
    "date": re.compile(
        r"[^\S\n]*(?:为|是|于)?[^\S\n]*\d{4}[^\S\n]*[-/.年][^\S\n]*\d{1,2}|" + _SAID + r"\d{1,2}[:：]\d{2}"
    ),
    "phone": re.compile(_SAID + r"[\d（(]"),
    "text": re.compile(_SAID + r"[\w\u3400-\u9fff*＊]{2}"),
}
# a line that may state a value of that kind in a sentence: the words or figures the value needs
_MAY_SAY: dict[str, re.Pattern[str]] = {
    "figure": re.compile(r"[\d*＊壹贰叁肆伍陆柒捌玖零]"),
    "date": re.compile(r"\d"),
    "phone": re.compile(r"[为是]"),
    "text": re.compile(r"[为是]"),
}
_FIGURES = {MONEY, NUMBER, AREA, YEARS}
# a label naming the ranked candidates ('中标候选人名称', '第一中标候选人', '候选人'), or the bidders' column an
# evaluation report ranks them in ('投标人名称', a 候选人公示's usual column head)
# (a title's '…中标候选人公示' names the notice, not its list; '候选人须…' is a rule)
_CANDIDATE_LABEL = re.compile(r"候选人(?!.*(?:须|应|公示|公告))|^(?:投标人|投标单位)(?:名称)?$")
# round 9a: the winner's party block ('中标人信息' over '单位名称 / X公司'), as the buyer's block states the buyer
# (round 22f: the taker family of labels.py, '承租方信息', '买受人信息' as well)
_WINNER_SECTION = WINNER_SECTION
# round 23a: the award's own section or column, whatever follows it (a table of many winners, a framework purchase's
# 入围 suppliers): the outcome's word (中标, 成交, 中选, a framework's 入围; 预/拟 before it) × what the section holds
# (信息, 情况, 结果, 名单, 内容), or the 入围 party's column ('入围供应商名称', '入围企业'); the page states its winner
# there, as '中标人信息' over its party block does. Not a ranking's '中标候选人…' (the candidates' own label)
# (a head alone proves nothing: a result's award section left empty omits its winner, so it states the winner only
# over a firm's name, ``_award_listed``)
_AWARD_HEAD = re.compile(
    r"^[^\S\n]*(?:[一二三四五六七八九十\d]{1,3}[^\S\n]*[、.．][^\S\n]*)?"
    r"(?:(?:预|拟)?(?:中标|成交|中选|入围)(?:[（(]成交[)）])?(?:信息|情况|结果|名单|内容)"
    r"|入围(?:供应商|企业|单位|厂家|生产企业)(?:名称|名单)?)[^\S\n]*[:：]?[^\S\n]*$"
)
# the next numbered section of the notice, which ends the award's
_NEXT_SECTION = re.compile(r"^[^\S\n]*[一二三四五六七八九十]{1,3}[^\S\n]*[、.．]")
_AWARD_WINDOW = 80
# one half of a wrapped header cell: two to four characters, no figure, no punctuation
_WRAPPED_PART = re.compile(r"[\u3400-\u9fff]{2,4}")
# round 8: sentences that state an item by a verb rather than its label: where the lot lies ('矿区位于祁东县…',
# '该宗地位于文县…'), who runs the tender for the buyer ('X公司(招标代理机构名称)受招标人的委托…',
# 'X公司受招标人委托负责本工程的招标事宜')
# (round 15a: and in a masked copy, where a run of '*' stands for hidden characters — the place's first
# ones, '宗地位于****县', or the verb's own 于 with them, '地块位**安县': a mask hides a value, never
# the statement that there is one)
_LOCATION_BY_VERB = (
    # (rounds 18c and 18f: and the land itself or its right, '09031号国有建设用地使用权位于景德路以西',
    # '…002號土地位于…', '6宗国有土地位于…'; 18c wrote the coded form alone, 18f's reading covers it)
    # (round 22f: any object of the place family of labels.py, '门面位于…', '厂房坐落于…')
    "(?:" + "|".join(sorted((*PLACE_OBJECTS, "使用权"), key=len, reverse=True)) + ")"
    r"[^\S\n]*(?:位于|坐落于?|位(?=[*＊]))[^\S\n]*[*＊]*"
    r"[\u3400-\u9fff]{2}"
)
_STATED_BY_VERB: dict[str, re.Pattern[str]] = {
    # stop 30 (merger, on round 23a's halt titles): a halt told with its cause ('…项目,因报名供应商…多次提出质疑,…经报请
    # …决定暂停该项目的招标', '投标人数量不足3家…故本项目本次招标流标', '存在虚假应标情况,取消其预中标资格…作废标处理'): the
    # reason is on the page though no 终止原因 label names it. Seven seen halt notices were held to a missing reason
    # that each states so (a finding the reference-key count of bench_extract --accused never saw)
    "termination_reason": re.compile(
        r"(?:(?<![原基诱起])因(?![此素而为])|由于|鉴于|不足|少于|不满足|未达到|存在[^。\n]{0,20}?情况)"
        r"[\s\S]{1,300}?(?:终止|中止|暂停|取消|停止|废标|流标|作废|失败|无效|否决|重新(?:组织|启动)?(?:本项目的?)?招标)"
        r"|(?:终止|中止|暂停|取消|废标|流标)[^\S\n]*(?:的)?(?:原因|理由)[^\S\n]*(?:是|为|如下|:|：)"
    ),
    # haudit (stop 30 audit of the 要素缺失 findings on seen pages, docs/findings-audit.md: qualification was the largest
    # item, about two thirds of its findings false): who may take part, told (1) under a heading of the bidder family ×
    # 资格/范围 ('二、竞买人申请范围', '合格竞租人资格:', '(三)竞租者资格要求', '五、供应商资格:', '、竞买人资格' whose
    # numeral was lost) — a line that is only that heading, so '取消其竞买人资格' in a sentence is none — or (2) in the
    # standard clause '…境内外的自然人、法人和其他组织…均可申请参加竞买'
    "qualification": re.compile(
        r"^[^\S\n]*(?:[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]?|[、.．])?[^\S\n]*(?:合格的?)?"
        r"(?:(?:竞买|竞租|竞投|竞拍|竞价|投标|报价|应征|申请|承租|受让|意向受让|参与)(?:人|者|方|单位)|供应商)"
        r"[^\S\n]*(?:的)?(?:申请)?(?:资格|范围)(?:要求|条件)?[^\S\n]*(?:如下)?[^\S\n]*[:：。]?[^\S\n]*$"
        r"|(?:自然人|法人)[^。\n]{0,30}?(?:其他|其它)(?:经济)?组织[^。\n]{0,60}?均可(?:申请)?(?:参加|参与)",
        re.M,
    ),
    # haudit: a sale's timetable told by a stage's time ('拍卖报名时间:2023年7月24日…', '挂牌截止时间：' over its date on
    # the next line) or by a period in a sentence ('有意竞买者于2024年11月1日至2024年11月20日持…', '决定于2019年1月25日
    # 通过…以拍卖方式出让'): a publication date alone ('发布时间：2025-07-01') states none
    "schedule": re.compile(
        r"(?:报名|挂牌|拍卖|竞价|报价|竞买|竞拍|交易|申请)[^\S\n]*(?:开始|截止|起止|结束)?[^\S\n]*(?:时间|日期|期限)"
        r"[^\S\n]*(?:为|:|：)?\s{0,3}\d{4}[^\S\n]*[-/.年][^\S\n]*\d{1,2}"
        r"|于[^\S\n]*\d{4}[^\S\n]*年[^\S\n]*\d{1,2}[^\S\n]*月[^\S\n]*\d{1,2}[^\S\n]*日[^。\n]{0,40}?"
        r"(?:至[^。\n]{0,12}?\d{1,2}[^\S\n]*日|拍卖|挂牌|竞价|报名|出让)"
    ),
    # haudit2 (docs/findings-audit.md class 5): the model tender's conditions sentence, '本招标项目…已由…以…批准建设,
    # 项目业主为…', '…工程经主管部门同意建设…', '项目已具备招标条件，现…招标': the 招标条件 stated though no heading names
    # it (the approval and its verb together, within one sentence; '已具备招标条件的,可以…' is a rule and states none)
    "tender_conditions": re.compile(
        r"(?:已由|已经|经)[^。\n]{1,60}?(?:批准|同意|核准|备案)[^\S\n]*(?:建设|立项|实施)"
        r"|(?:已|均已)具备(?:了)?[^\S\n]*(?:公开)?招标条件[^\S\n]*[,，。;；][^\S\n]*现"
    ),
    # haudit2 (class 6): a lot's four bounds ('东至某路,南至某河,西至某地块,北至某街'): three bounds in a row state
    # where it lies, as the land market prints it; one bound in a sentence ('东至省道') states nothing
    "location": re.compile(
        _LOCATION_BY_VERB
        + r"|[东南西北](?:至|临|侧至|邻)[^。\n]{1,40}?[,，;；、\s][^\S\n]*[东南西北](?:至|临|侧至|邻)"
        r"[^。\n]{1,40}?[,，;；、\s][^\S\n]*[东南西北](?:至|临|侧至|邻)"
    ),
    # haudit2 (class 4): a numbered heading that is only '基本情况' / '概况' heads the overview of what is put out ('一、
    # 基本情况' over '该楼位于…'); not a party's '出租方基本情况', nor '基本情况：法人' in a party's grid
    "project_overview": re.compile(
        r"^[^\S\n]*(?:[一二三四五六七八九十]{1,3}[^\S\n]*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])[^\S\n]*"
        r"(?:基本情况|基本概况|概况|简介)[^\S\n]*[:：]?[^\S\n]*$",
        re.M,
    ),
    # haudit2 (class 7, a news or housing page telling the item in prose, only where the statement's form is tight):
    # the share done, '开工数为929户,完成比例为38%', '完成率达85%'
    "completion_progress": re.compile(
        r"完成(?:比例|率|比率|进度)[^\S\n]*(?:为|达到?|是|已达)?[^\S\n]*\d{1,3}(?:\.\d+)?[^\S\n]*[%％]"
    ),
    # stop 30 (merger, after LABELLING's stop-30 area rule relabelled fresh25 宣城): a land's area told in a sentence
    # with its unit, '规划净用地约9.06ha', '出让面积为12345平方米', '占地约30亩': stated, whether or not a reader took it
    "area_m2": re.compile(
        r"(?:用地|面积|占地)[^\S\n]*(?:约|为|共|计|合计)?[^\S\n]*\d[\d,.]*[^\S\n]*"
        r"(?:ha\b|公顷|亩|平方米|平方公里|㎡|m2|m²|平米)"
    ),
    # round 18f: a plot numbered in a sentence ('决定公开出让编号为09031号地块…', masked '…安置点编号为****号地块')
    # (stop 30, round 24: a plot named by its number wherever the page names it, '…黄塘下8号地块国有建设用地使用权',
    # 'DH-18-07-41A地块': the number is on the page though no 地块编号 label precedes it — fresh38 磐安, the one
    # accusation of the sets scored blind after round 23; '本地块', '该地块' carry no number and state nothing)
    "parcel_no": re.compile(
        r"编号为[^\S\n]*[A-Za-z0-9\-—〔〕()（）*＊]{2,24}号?(?:地块|宗地)"
        r"|\d{1,4}[A-Za-z]?号(?:地块|宗地)|[A-Za-z]{1,8}[\-—]?\d[\dA-Za-z\-—]{1,20}号?(?:地块|地塊|宗地)"
    ),
    "agency": re.compile(
        r"(?:公司|中心|事务所|院)[^\S\n]*(?:[(（][^)）\n]{0,12}[)）])?[^\S\n]*受(?:招标人|采购人|建设单位|项目业主|业主|发包人)的?委托"
        # round 26b: the agent named by its role word in a sentence, its name bracketed after it ('委托采购代理机构(某工程咨询
        # 有限公司)组织了…公开招标'), or the commissioned firm named as the agent ('委托某招标代理有限公司为本项目采购代理机构'):
        # a circular publishing a result tells its agent so, with no 代理机构 label; the item is on the page
        r"|(?:采购|招标)?代理(?:机构|公司|单位)[^\S\n]*[(（][^()（）\n]{2,40}?(?:公司|中心|事务所|院)[)）]"
        r"|委托[^，,。；;\n]{2,40}?(?:公司|中心|事务所)(?:作为|为|担任)[^，,。；;\n]{0,8}?(?:采购|招标)?代理(?:机构|单位)"
    ),
    # h19e (stop 29 audit of the 要素缺失 a night would raise on seen pages): a candidates' publicity says how to
    # object in a sentence or under a label the label table misses ('提出异议的渠道和方式', '四、异议与投诉 /
    # …对评标结果有异议的,应在…以书面形式…提出'): 13 of 18 seen pages judged missing stated it
    "objection_channel": re.compile(
        r"提出异议的?(?:渠道|方式)|有异议的?[^\n。]{0,80}?(?:提出|反映|书面|联系)"
    ),
    # h19e: a sale's method in the words naming it — a mining right's title or opening sentence ('…花岗岩矿采矿权
    # 网上挂牌出让公告': 22 of 24 seen mining notices judged missing), an emission sale's 竞价 ('…指标电子竞价公告',
    # '以网上公开竞价交易方式出让'). Stop 31: a land sale's too
    # ('国有建设用地使用权挂牌出让结果公示', '以挂牌方式出让…地块'), once the replica stopped planting a missing 供地方式 row on a
    # page whose title and opening sentence still name the method (replica Content.restate)
    "supply_method": re.compile(
        r"(?:矿|礦|使用权|使用權|土地|宗地|地块|地塊)[^\n，,。]{0,16}?(?:挂牌|拍卖|招标|掛牌|拍賣|招標)[^\S\n]*(?:方式)?[^\S\n]*出[让讓]"
        r"|以[^\S\n]*(?:网上|網上)?[^\S\n]*(?:公开|公開)?(?:挂牌|拍卖|招标|掛牌|拍賣|招標)[^\S\n]*(?:方式)?[^\S\n]*出[让讓]"
        r"|以[^\n。，,]{0,12}?(?:竞价|競價)[^\n。，,]{0,4}?(?:方式|形式)"
        r"|(?:电子|网上|网络|電子|網上|網絡)[^\S\n]*(?:[(（][^)）\n]{1,4}[)）])?[^\S\n]*(?:竞价|競價)[^\S\n]*"
        r"(?:公告|出让|出讓|转让|轉讓)"  # (the sale's name, not a '网上竞价平台' or '竞价规则')
    ),
}


# round 11a: a summary grid a text copy flattened into one line, each label run into its value with no colon
# ('采购单位大连某大学行政区域某省公告时间2026年…评审专家名单陈*…', the ccgp 公告概要 grid): a line with no
# sentence in it where at least three known labels each open a value are in label position
_RUN_MIN_LABELS = 3
_RUN_LABEL_MIN = 4
_RUN_VALUE_START = re.compile(r"[\w\u3400-\u9fff￥¥*＊]")
_CJK_RANGE = r"\u3400-\u9fff"


# round 16a: a table a text copy flattened into one line, its header cells run together and then its first
# row ('序号中标（成交）金额(元)中标供应商名称中标供应商地址评审总得分1总价：800（元）某公司某地址', the ccgp
# 中标(成交)结果 table): the labels sit side by side, none opens its own value, so ``_run_labels`` finds too
# few; the ordinal column's head 序号 opens the line and the row's number follows the last head
_FLAT_HEADER = re.compile(rf"^[^\S\n]*序号(?=[{_CJK_RANGE}])([^\d。，,；;:：]{{6,120}}?)[^\S\n]*1(?!\d)")


def _flat_header_labels(line: str) -> list[str]:
    """The known labels (four characters or more) of a flattened header row followed by its first row, or []
    when the line does not open with 序号 and a run of column heads."""
    m = _FLAT_HEADER.match(fold(line))
    if not m:
        return []
    head = m.group(1)
    return [head[a:b] for a, b in _known_label_spans(head, opens_value=False)]


# (the words most labels end in: a line with fewer than three of them is no grid, and is not searched further)
_LABEL_TAIL = re.compile(r"名称|单位|人|时间|日期|金额|价|名单|编号|电话|地址|区域|方式|预算")


def _run_labels(line: str) -> list[str]:
    """The known labels of a flattened grid line ('采购单位X行政区域Y公告时间Z'), or [] when the line is no such
    grid (a sentence, or fewer than three labels opening a value)."""
    text = fold(line)
    return [text[a:b] for a, b in run_label_spans(line)]


# round 29f: a table's header row a text copy ran together inside a line, after the part's heading and before the
# first row ('一、出让地块的基本情况、规划指标要求:编号地块名称出让面积(m²)容积率建筑密度绿地率土地用途出让年限出让
# 起始价(元/平方米)竞买保证金(万元)<first row>'): no 序号 opens it and the line holds a sentence, so neither
# ``_flat_header_labels`` nor ``run_label_spans`` looks at it. A chain of known column heads (four characters or
# more) parted only by short heads we do not know and bracketed units — no digit, no clause mark, no 、 (a sentence's
# list) — is a header row: each head in it states its item's column. Four heads or more, two of them touching.
_HEAD_GAP = re.compile(r"(?:[\u3400-\u9fff]{2,4}|[(（][^()（）\d]{0,8}[)）]){0,4}")
_GLUED_HEADS_MIN = 4


def _glued_header_labels(line: str) -> list[str]:
    """Round 29f: the known column heads of a header row run together inside a line, or []."""
    text = fold(line)
    spans = _known_label_spans(text, opens_value=False)
    best: list[tuple[int, int]] = []
    chain: list[tuple[int, int]] = []
    for span in spans:
        if chain and _HEAD_GAP.fullmatch(text, chain[-1][1], span[0]):
            chain.append(span)
        else:
            chain = [span]
        if len(chain) > len(best):
            best = list(chain)
    touching = sum(1 for (_a, b), (c, _d) in itertools.pairwise(best) if b == c)
    if len(best) < _GLUED_HEADS_MIN or touching < 2:
        return []
    return [text[a:b] for a, b in best]


def run_label_spans(line: str, lists_ok: bool = False) -> list[tuple[int, int]]:
    """The (start, end) of each known label of a flattened grid line, in order (positions hold in the printed
    line: folding is one character for one), or [] when the line is no such grid (see ``_run_labels``).

    ``lists_ok``: a '，' may separate a cell's list ('评审专家名单甲，乙，丙'); a '。' still makes it a sentence.
    """
    if "。" in line or ("，" in line and not lists_ok) or len(line) <= 24:
        return []
    text = fold(line)
    if len(_LABEL_TAIL.findall(text)) < _RUN_MIN_LABELS:
        return []
    spans = _known_label_spans(text, opens_value=True)
    return spans if len(spans) >= _RUN_MIN_LABELS else []


def _known_label_spans(text: str, opens_value: bool) -> list[tuple[int, int]]:
    """The (start, end) of each known label of four characters or more in ``text``, in order, none overlapping
    (the label table's order decides between two that overlap); with ``opens_value``, only the labels a
    value starts right after (a run-on grid's 'labelvalue'), not the side-by-side heads of a header row."""
    spans: list[tuple[int, int]] = []
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            a, b = m.span()
            if b - a < _RUN_LABEL_MIN or (opens_value and not _RUN_VALUE_START.match(text, b)):
                continue
            if not any(a < e and s < b for s, e in spans):
                spans.append((a, b))
    return sorted(spans)


@lru_cache(maxsize=65536)
def _label_keys(label: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(core label, the keys a label states before a notice type's alias is tried, the keys after), in
    the order ``stated_labels`` records them: a function of the label alone, cached, since the same
    labels come back on every page.
    """
    core, notes = core_label(label)
    if not core:
        return core, (), ()
    before = list(keys_for(core))
    if len(core) <= 20:
        # a party block's heading states its party ('采购人信息' / '名称：…'), a phone label the phone
        if OWNER_BLOCK.search(core):
            before.append("purchaser")
        elif AGENCY_SECTION.search(core) and "代理" in core:
            before.append("agency")
        elif _WINNER_SECTION.search(core):
            before.append("winner")
        if (
            PHONE_LABEL.fullmatch(core) or re.search(r"(联系|咨询)电话|联系方式", core)
        ) and not PHONE_EXCLUDE.search(core):
            before.append("contact_phone")
    after: list[str] = []
    if PLANNING_FIGURE.fullmatch(core):
        # haudit2 (docs/findings-audit.md class 4): a lot's '容积率' / '建筑密度' cell or label states its planning
        # indicators ('规划指标要求' is the label the table names; the figures' own heads say the same)
        after.append("planning_indicators")
    if len(core) <= 20 and _CANDIDATE_LABEL.search(core):
        # round 8: the ranking's own label ('中标候选人名称', '第一中标候选人') states the candidates,
        # whichever key (winner) the label table gives it
        after.append("candidates")
    if len(core) <= 24 and _JOINER.search(core):
        for part in _JOINER.split(core):
            part = core_label(part)[0]
            if len(part) >= _MIN_PART:
                after.extend(keys_for(part))
    for note in _BRACKETED.findall(notes):
        # round 14a: a header cell naming a second item in brackets ('土地名称 (位置)', '宗地编号（坐落）'): the
        # one value under it serves both, so the page states both (a unit or remark in brackets, '（元）',
        # '（盖章）', is no label and adds nothing)
        if 2 <= len(note) <= 8:
            after.extend(keys_for(note))
    return core, tuple(before), tuple(after)


_BRACKETED = re.compile(r"[(（]\s*([^()（）]+?)\s*[)）]")

# haudit2 (stop 30 audit of the 要素缺失 findings, docs/findings-audit.md class 3): a heading names the items its
# sub-labels hold ('二、成交时间、地点' over '地点:某交易中心', '一、竞价标的' over '名称:二氧化硫排污权指标', '二、拟定
# 供应商信息' over '名称:…'): a generic sub-label under it is the heading's item's label. Each part of the heading
# (parted by 与/和/及/、) less its own generic tail ('成交时间' → '成交', '拟定供应商信息' → '拟定供应商') is put before
# the sub-label, its longest ending that makes a known label wins ('竞价标的' + '名称' → '标的名称'). The heading is a
# numbered line holding no value; it governs the lines below it up to the next such heading (at most
# ``_HEADING_SCOPE`` lines). A sub-label names nothing by itself: a page whose heading names no item, or whose
# sub-labels are not under one, states nothing more
_HEADING_NUMBER = re.compile(
    r"^[^\S\n]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[^\S\n]*[、.．]|\d{1,2}[^\S\n]*[、．]|"
    r"第[一二三四五六七八九十]+[条章节部分])"
)
_HEADING_TAIL = re.compile(r"(?:的)?(?:基本|简要|具体)?(?:时间|日期|地点|名称|方式|信息|情况|概况)$")
_GENERIC_SUB = frozenset("名称 全称 地点 时间 日期 地址 位置 方式 数量 编号".split())
_HEADING_SCOPE = 12


def _heading_stems(line: str) -> tuple[str, ...] | None:
    """The stems of a numbered heading holding no value ('二、成交时间、地点' → ('成交',)), or None when the
    line is no such heading (a sentence, a 'label：value', an unnumbered cell)."""
    if not _HEADING_NUMBER.match(line):
        return None
    text = line.strip().rstrip(":：")
    if ":" in text or "：" in text or re.search(r"[，,。；;\d]", _HEADING_NUMBER.sub("", text, count=1)):
        return None
    core = core_label(text)[0]
    if not 2 <= len(core) <= 16:
        return None
    stems = (_HEADING_TAIL.sub("", part) for part in _JOINER.split(core))
    return tuple(stem for stem in stems if len(stem) >= 2)


def _inherited_keys(stems: tuple[str, ...], sub: str) -> list[str]:
    """The keys a generic sub-label ('地点') names under a heading of those stems ('成交' → '成交地点')."""
    keys: list[str] = []
    for stem in stems:
        for i in range(len(stem) - 1):
            found = keys_for(stem[i:] + sub)
            if found:
                keys.extend(found)
                break
    return keys


def stated_labels(page: Page, aliases: Mapping[str, str] | None = None) -> dict[str, str]:
    """key → the first label text the page prints for it (label spans, label cells, label-only lines).

    ``aliases``: labels one notice type reads as another key (投标报价 is the amount of a result).
    """
    found: dict[str, str] = {}
    aliases = aliases or {}

    def note(label: str, ranked: bool = False) -> None:
        core, before, after = _label_keys(label)
        if not core:
            return
        text = label.strip()[:60]
        for key in before:
            if not (ranked and key == "winner"):
                found.setdefault(key, text)
        if core in aliases:
            found.setdefault(aliases[core], text)
        for key in after:
            if not (ranked and key == "winner"):
                found.setdefault(key, text)

    prev = ""
    stems: tuple[str, ...] = ()
    scope = 0
    head_text = ""
    for i, line in enumerate(page.lines):
        heading = _heading_stems(line)
        if heading is not None:
            stems, scope, head_text = heading, _HEADING_SCOPE, line.strip()[:24]
        elif scope:
            scope -= 1
        if line.lstrip().startswith("序号") and i + 1 < len(page.lines):
            for label in _header_line_labels(line, page.lines[i + 1]):
                note(label)
        if "位置" in line and _CRUMB_LINE.search(line):
            continue  # '当前位置：首页 > 土地' is the site's navigation, not the notice's 位置
        if len(line) > _MAX_LINE:
            line = line[:_MAX_LINE]
        if ":" in line or "：" in line:
            for ls, _vs, label, _known in _label_spans(line):
                # round 18g: '第一中标候选人：' states a ranked candidate, not the winner
                note(label, ranked_candidate_label(line[:ls], label, ("winner",)))
                if scope and stems and heading is None:
                    sub = core_label(label)[0]
                    if sub in _GENERIC_SUB:
                        for key in _inherited_keys(stems, sub):
                            found.setdefault(key, f"{head_text} / {line.strip()[:36]}")
        if len(line) > 24:
            for label in _run_labels(line) or _flat_header_labels(line) or _glued_header_labels(line):
                note(label)
        elif ":" not in line and "：" not in line:
            note(line)
            if _WRAPPED_PART.fullmatch(prev) and _WRAPPED_PART.fullmatch(line):
                # round 8: a header cell a text copy wrapped over two lines ('宗地' / '编号', '出让' / '年限')
                note(prev + line)
        prev = line.strip()
    for table in page.tables:
        for row in table.rows:
            for text, _span in row:
                if text and len(text) <= 24 and ":" not in text and "：" not in text:
                    note(text)
    return found


# round 18f: a table's header row printed on a line of its own over its first row ('序号 宗地编号 用地位置 用地面积
# (公顷) … 出让 年期 用途 竞买保证金(万元)' over '1 2017-2 某村 0.3685 …', the cells run together or parted by
# spaces): every known label in it is a column's head, the short ones too ('用途'), as ``_FLAT_HEADER`` finds
# the heads of a header run into its first row on one line
_HEADER_LINE = re.compile(r"[^\S\n]*序号[^\S\n]*[\u3400-\u9fff][^\d。，,；;:：]{4,150}")
_FIRST_ROW = re.compile(r"[^\S\n]*1(?:[^\S\n]+|(?=[\u3400-\u9fff]))\S")


def _header_line_labels(line: str, below: str) -> list[str]:
    """The known labels of a header row on its own line over its first row ('1 …'), or []."""
    if not _HEADER_LINE.fullmatch(line) or not _FIRST_ROW.match(below):
        return []
    text = fold(line)
    # the longest label wins where two overlap ('宗地编号' over its '编号')
    found = sorted(
        {
            m.span()
            for pattern in (*(rule.pattern for rule in RULES), PLANNING_FIGURE)
            for m in pattern.finditer(text)
            if m.end() - m.start() >= 2
        },
        key=lambda ab: (ab[0] - ab[1], ab[0]),
    )
    spans: list[tuple[int, int]] = []
    for a, b in found:
        if not any(a < e and s < b for s, e in spans):
            spans.append((a, b))
    return [text[a:b] for a, b in sorted(spans)]


def _folded_lines(page: Page) -> list[str]:
    """The page's lines, cut to ``_MAX_LINE``, without its breadcrumb, traditional characters folded: folded
    once as one text (folding line by line cost more than the searches that follow)."""
    return fold(
        "\n".join(ln[:_MAX_LINE] for ln in page.lines if "位置" not in ln or not _CRUMB_LINE.search(ln))
    ).split("\n")


def stated_in_sentences(page: Page, keys: list[str]) -> dict[str, str]:
    """key → the words of a sentence that state it: an item's label (or a synonym) followed by its value
    ('开采矿种为建筑用石料', '本次招标范围为…', 'SO2竞价时间为14:00-15:00'), for the ``keys`` no label names.

    Why: such a page states the item even though no reader took its value; calling it missing would
    accuse the unit of an omission that is on the page. The value must follow the label at once (为, 是;
    a figure for an amount, a date for a date), so a sentence that only mentions the item
    ('超过预算审核价的投标无效') states nothing. Conservative in the other direction: a doubt makes the
    item a gap for the office's review, never a finding.
    """
    found: dict[str, str] = {}
    if not keys:
        return found
    lines = _folded_lines(page)
    # only the lines that can hold such a statement are searched (a tenth of the time of reading all)
    texts: dict[str, str] = {}
    whole = ""
    for key in keys:
        verb = _STATED_BY_VERB.get(key)
        if verb:
            whole = whole or "\n".join(lines)
            m = verb.search(whole)
            if m:
                found[key] = m.group(0)[:60]
                continue
        kind = _value_kind(key)
        if kind not in texts:
            texts[kind] = "\n".join(ln for ln in lines if _MAY_SAY[kind].search(ln))
        if not texts[kind]:
            continue
        after = _VALUE_AFTER[kind]
        for rule in RULES:
            if key not in rule.keys:
                continue
            hit = _said(rule.pattern, after, texts[kind])
            if hit:
                found[key] = hit
                break
    return found


def _value_kind(key: str) -> str:
    kind = kind_of(key)
    if kind in _FIGURES:
        return "figure"
    if kind in (DATE, DATETIME):
        return "date"
    return "phone" if kind == PHONE else "text"


def _said(label: re.Pattern[str], after: re.Pattern[str], text: str) -> str | None:
    """The first 'label + value' in ``text`` (its line, from the label, ≤ 60 characters), else None."""
    for m in label.finditer(text):
        if m.end() - m.start() >= 2 and after.match(text, m.end()):
            return text[m.start() : m.end() + 30].split("\n", 1)[0].strip()[:60]
    return None


# ------------------------------------------------------------------------------------------------
# round 13c: stated by content, the second line. A page may print an item under a label nobody taught us
# ('定标/成交结果' over '总价(元)' … '32842590元', a cover page naming '某建设工程招标有限公司' with no label, a
# news report's '第一中标候选人由某公司…'). Before calling such an item missing, look for its VALUE in a
# form typical of that key; when it is there, the item is stated but not read: an extraction gap for the
# office's review list, never a finding against the unit. Each form names a class (a money figure beside a
# result word, an organisation named as an agency, a ranking, a value of the key's kind under a label no
# reader knows), never a page's wording; each is tight enough that a page omitting the item (label and
# value gone) still yields the finding (bench/bench_unlabelled.py measures both).

_CJK = r"\u3400-\u9fff"
# a money figure as printed: '￥1,234.00', '303.68万元', '32842590元', '人民币贰拾万元整'
_MONEY_FIGURE = re.compile(
    r"[￥¥][^\S\n]*\d[\d,，]*(?:\.\d+)?|\d[\d,，]*(?:\.\d+)?[^\S\n]*[(（]?(?:亿元|万元|元)|"
    # (round 18f: the simplified 万 and 亿 inside a capital figure, '柒万伍仟元整', as the traditional 萬 and 億)
    r"[壹贰叁肆伍陆柒捌玖拾][壹贰叁肆伍陆柒捌玖拾佰仟萬億万亿零]*[^\S\n]*[元圆]"
)
# what a money figure is when it is not the key asked for: fees, deposits, capital, the other prices
_MONEY_NOT = (
    r"保证金|费|售价|注册资本|注册资金|营业额|业绩|罚款|增价|加价|幅度|评估|单价|押金|租金|"
    # a condition, not a price: '须承诺…税收不少于1000万元'
    r"须|应|不少于|不低于|不超过|以上|以下|税收|产值"
)
# the words beside a money figure that make it that key's figure (the figure's line or the line above, a
# table's header row), and the other keys' words that make it another's
_MONEY_WORDS: dict[str, tuple[str, str]] = {
    "amount": (
        r"成交|中标|中选|合同|竞得|拍得|买受|总价|合计|总计|报价|价款|成交价|结果",
        r"预算|限价|控制价|概算|起始|起拍|起价|底价|保留价|挂牌价|投资",
    ),
    "contract_amount": (r"合同|总价|合计|金额", r"预算|限价|控制价|起始|起拍|底价"),
    # (round 18f: a contract's 合计 / 总价 / 合同金额 is the price agreed, never the budget; a 合同包 is a lot)
    "budget": (
        r"预算|限价|控制价|概算|采购资金|投资额",
        r"成交|中标|竞得|报价|起始|起拍|合计|总价|合同(?:金额|价|总)",
    ),
    "starting_price": (r"起始|起拍|起价|底价|保留价|挂牌价|出让价", r"成交|中标|竞得|预算|限价"),
}
# a buyer as its name ends: a public body or an institution, or a state firm ('某某集团有限公司')
_INSTITUTION = re.compile(
    rf"[{_CJK}（）()]{{2,40}}?(?:局|分局|委员会|委|政府|办公室|办事处|中心|学校|学院|大学|医院|院|所|站|队|馆|"
    r"社区|村委会|公司|集团)"
)
# the trading platform or exchange that publishes the notice, never its buyer
_PLATFORM = re.compile(r"交易中心|交易所|交易平台|交易网|采购网|招标网")
# a bank is never a party (an account's 开户行)
_BANK = re.compile(r"银行|支行|分行|信用社")
# an agency's name says what it does ('某建设工程招标有限公司', '某招标代理有限公司', '某项目管理咨询有限公司')
_AGENCY_NAME = re.compile(
    rf"[{_CJK}（）()]{{2,30}}?(?:招标|代理|咨询|项目管理|造价)(?:代理|咨询|管理|服务|工程|造价|招标)*"
    r"(?:有限责任公司|股份有限公司|有限公司|公司|事务所)"
)
# a line where a named firm is a bidder, not the agency
_BIDDER_LINE = re.compile(r"中标|成交|中选|供应商|投标人|候选人|竞得|受让|买受|承包人|施工单位")
# a ranking: '第一中标候选人', '第一名', '排名第一', '中标候选人排序'
_RANKING = re.compile(
    r"第[一1][^\S\n]*(?:名|位|中标候选人|成交候选人|候选人|候选供应商)|排名第[一1]|(?:候选人|供应商)(?:排名|排序)|排序第[一1]"
)
# a ranking sentence that is a rule about another project, not this ranking
_RANKING_RULE = re.compile(r"其他项目|已被|不得|须|应当")
# a winner told in a sentence: 'X公司竞得', '由X公司以…万元竞得', '确定X公司为中标人'
_WINNER_SAID = re.compile(
    rf"[{_CJK}（）()]{{2,40}}?{FIRM_END}[^\S\n]*(?:以[^\n。；，]{{0,24}})?(?:竞得|摘得|拍得|买受|受让了?|中标|成交|中选)|"
    rf"(?:由|确定|选定)[^\S\n]*[{_CJK}（）()]{{2,40}}?{FIRM_END}[^\S\n]*(?:以[^\n。；]{{0,24}})?(?:竞得|摘得|拍得|为(?:中标|成交|中选|竞得|受让))|"
    # round 22i: a deal won told of a subject named any way — by the short name the page gives it ('X(以下简称“公司”)
    # …,公司成为…的中标人'), or the subject of a received notice of award ('X收到Y发来的《中标通知书》'); and the
    # winner settled by the buyer, '确定…为中标(候选)人'. Not a rule's '中标通知书发出后' / '收到中标通知书后…' nor
    # a supposition's '若…成为中标人' (_NOT_DONE over the match)
    rf"[{_CJK}“”\"]{{1,40}}?成为[^\n。；]{{0,80}}?的?[^\S\n]*(?:中标|成交|中选|竞得|受让)(?:人|单位|供应商)|"
    rf"确定[^\S\n]*[{_CJK}（）()“”\"]{{2,40}}?[^\S\n]*为[^\S\n]*(?:本项目的?)?(?:第一)?(?:中标|成交|中选)(?:候选)?(?:人|单位|供应商)|"
    rf"[{_CJK}（）()“”\"]{{2,40}}?(?:收到|接到)[^\n。；]{{0,60}}?《?(?:中标|成交|中选)通知书(?:》|(?!》))(?![^\S\n]*(?:后|之后|以后|时))"
)
_NOT_DONE = re.compile(r"拟|未|不|流拍|流标|废标|终止|须|应|如|若|可|将")
# round 16a: a buyer told in a sentence as the one who published the purchase ('某科技有限公司于2011年09月22日在某
# 电子采购平台发布的采购某某项目', the enterprise platforms' 成交通告): the name, 于 a date, (在 a platform,) 发布 a
# purchase. An agency publishing for its buyer ('某招标代理有限公司于…发布的招标公告') states no buyer
_PURCHASER_SAID = re.compile(
    rf"({_INSTITUTION.pattern})[^\S\n]*于[^\S\n]*\d{{4}}[^\n。；，,]{{0,16}}?(?:在[^\n。；，,]{{0,30}}?)?"
    r"发布(?:的|了)?[^\S\n]*(?:采购|招标|询价|竞价|比选|谈判|磋商)"
)
# round 17b: the buyer speaking of itself as the one who buys ('我校决定…按照内部公开询价方式…', '我院于…组织了…公开
# 招标活动'): a buyer is stated though not named (a gap for review, never a finding).  Not '我公司' / '我中心' (an
# agency or a trading centre speaks so of itself)
_BUYER_SELF = re.compile(
    r"(?:^|[，,。；;：:\s])我(?:校|院|局|单位|委|办)(?:决定|拟|现|将|特|于|就|对|组织|根据)[^。\n]{0,60}?"
    r"(?:采购|招标|询价|比选|磋商|谈判|竞价)"
)
# values of a key's kind, for an item printed under a label no reader knows ('戊己：值'):
_CODE = re.compile(rf"[{_CJK}]{{0,8}}[A-Za-z0-9〔〕【】\[\]()（）\-—_/]{{6,40}}号?")
_PLACE = re.compile(
    rf"[{_CJK}]{{2}}(?:路|街|巷|村|组)|\d+号|^位于|"
    # a chain of places, a county over its town or a town over its village ('文成县黄坦镇', '新江口镇某村')
    rf"[{_CJK}]{{1,6}}(?:省|市|县|区|旗)[{_CJK}]{{1,8}}(?:镇|乡|街道|村|苏木)|"
    r"以[东南西北]|[东南西北]至|交叉口|境内"
)
# (round 18f) a value that is only a chain of divisions, a province over its city or county, a city over its
# county ('湖北省黄石市大冶市', '内蒙古自治区凉城县', '丽水市莲都区'): a place (inside a longer value it may
# be anything's: '某省某市政府储备排污权', '由某市某区国土资源局委托…')
_DIVISIONS = re.compile(
    rf"[{_CJK}]{{2,7}}(?:省|自治区)(?:[{_CJK}]{{2,8}}?(?:市|县|区|州|盟|旗)){{1,2}}|"
    rf"[{_CJK}]{{2,6}}市(?:[{_CJK}]{{1,6}}?(?:县|区|市|旗)){{1,2}}"
)
# (round 18f) a place told by its bounds ('九龙江西溪南岸,战备大桥以东、漳州大桥以西,南江滨路以北'): two bounds or
# more may be parted by commas
_BOUNDS = re.compile(r"以[东南西北]|[东南西北]至|[东南西北]侧")
# round 29b: a bound told by what the place touches ('西接启动区,东跨白沟引河东岸,北邻津雄高速,南邻白洋淀'): a
# direction and a verb of adjoining; the bounds may then run over sentences ('起步区东部。西接…')
_BOUNDS_TOUCH = re.compile(r"[东南西北](?:临|邻|接|靠|跨|抵|到)")
_BOUND_TOUCHES = 3
# round 29b: a place told by its verb ('位于某县某镇', a mask before it, '**位于**县**240°方向,平距约27km,…'): the
# first clause states it, whatever follows
_LOCATED = re.compile(r"^[*＊]*位于[^。，,；;\n]{2,}")
# (round 18f) an organisation's name, for the parties: a firm, a public body or an institution, a joint
# venture, with a note in brackets after it ('某县体育中心（某县少年儿童业余体校）')
_ORG_END = (
    r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|事务所|联合体|局|分局|委员会|委|政府|办公室|办事处|处|中心|"
    r"学校|学院|大学|医院|院|所|站|队|馆|社区|村委会|指挥部|经销处|经营部|门市部|商行|商店|合作社|工作室|厂)"
)
_ORG = re.compile(rf"[{_CJK}A-Za-z（）()·]{{2,40}}?{_ORG_END}(?:[（(][^()（）\n]{{1,24}}[)）])?")
# an agency's name says what it does, more loosely than ``_AGENCY_NAME`` (a value under a label, not a name
# picked from prose): '某建设管理有限公司', '某工程顾问有限公司', '某市政府采购中心', '某公共资源交易中心', '某国际招(投)标公司'
_AGENCY_WORD = re.compile(r"招|标|代理|咨询|管理|造价|顾问|交易|采购中心|服务|监理")
# a person's or a place's name hidden by a mask, as a party's name ('岱******'): a mask hides a value, never
# the statement that there is one
_MASKED_NAME = re.compile(rf"[{_CJK}]{{1,6}}[*＊]{{3,}}[{_CJK}]{{0,6}}")
_AREA_FIGURE = re.compile(
    r"\d[\d,，]*(?:\.\d+)?[^\S\n]*(?:平方米|平米|㎡|m2|m²|平方公里|平方千米|km2|公顷|亩)"
)
_DATE_FIGURE = re.compile(r"\d{4}[^\S\n]*[-/.年][^\S\n]*\d{1,2}[^\S\n]*[-/.月][^\S\n]*\d{1,2}")
# the event a date key dates, as a label we do not know may still say it ('定标/成交日期' → deal_date)
_DATE_EVENT: dict[str, str] = {
    "deal_date": r"成交|竞得|拍卖|定标|成功",
    "decision_date": r"决定|处罚|作出",
    "sign_date": r"签订|签署|签约",
    "start_date": r"开工|开始",
    "completion_date": r"竣工|完工|完成",
    "valid_until": r"有效期|截止",
}
# (round 18f: two decimals, '23.03年(含基建期…)'; the term counted from an event, '自采矿许可证颁发之日起4年')
_TERM_FIGURE = re.compile(
    r"^(?:自[^\n，,。；;]{2,24}?起[^\S\n]*)?(?:为|约)?\d{1,3}(?:\.\d{1,2})?[^\S\n]*(?:年|个月)"
)
_LAND_USE = re.compile(r"住宅|商业|商服|工业|仓储|办公|用地|采矿|物流|科教|公共管理")
_NAME_END = re.compile(r"(?:项目|工程|采购|服务|标段|改造)(?:[（(][^)）]{1,20}[)）])?$")
_PERSON_LIST = re.compile(
    rf"^(?:[{_CJK}]{{2,3}}(?:[（(][{_CJK}]{{1,5}}[)）])?[、，,；;\s]+){{2,}}[{_CJK}]{{2,3}}(?:[（(][{_CJK}]{{1,5}}[)）])?$"
)


def _shape(key: str, value: str, label: str = "") -> bool:
    """Whether ``value`` (printed after ``label``, one no reader knows) has the form of ``key``'s values."""
    raw = value = value.strip(" \t。；;，,")
    if key == "location" and _LOCATED.match(value):
        pass  # (round 29b: the first clause states the place, however long the rest)
    elif not value or len(value) > 80:
        return False
    kind = kind_of(key)
    if key in _MONEY_WORDS:
        # never a fee's or a deposit's figure, nor one whose label names another price ('履约保证金：1万元')
        others = _MONEY_WORDS[key][1] + "|" if key in _MONEY_WORDS else ""
        # (round 16a: the currency's name before the figure, '人民币1298元', 'RMB 5,000.00元', is the same figure)
        value = _CURRENCY_NAME.sub("", value)
        return (
            # (round 18f: a bare figure under a label that gives its unit, '戊己(万元)' over '43000')
            bool(_MONEY_FIGURE.match(value) or (_BARE_MONEY.fullmatch(value) and _MONEY_UNIT.search(label)))
            and bool(re.search(r"[1-9壹贰叁肆伍陆柒捌玖]", value))
            and not _NOT_LIKE_MONEY.search(value)
            and not re.search(others + _MONEY_NOT, label)
        )
    if key == "project_number":
        # a code: letters or a bracketed year with figures ('TC【2020】CG1010号', '城投采竞磋-2021166'),
        # never a bare figure (a price, a phone number) or a model number under a 型号 label
        return (
            (bool(_CODE.fullmatch(value)) or _loose_code(value))
            and len(re.findall(r"\d", value)) >= 4
            # (round 18f: or a serial run into words, '3307…0008-浙建航招（东2026010号）')
            and bool(re.search(r"[A-Za-z〔【\[]|\d[-—_/](?:\d|[\u3400-\u9fff])|[-—_/]\d", value))
            and not re.search(r"\d\.\d", value)
            and not _DATE_FIGURE.search(value)
            and not re.fullmatch(r"[(（]?\d{3,4}[)）-]?\d{7,8}", value)
            and not _PHONE_LIKE.fullmatch(value)
        )
    if key == "project_name":
        return (
            6 <= len(value) <= 60
            and bool(_NAME_END.search(value) or _NOTICE_NAME_END.search(value))
            and not re.search(r"[、,，。:：!！]|^是否", value)
        )
    if key == "purchaser":
        # (round 18f: any public body or institution, a note in brackets after it, '某管理处', '某县体育中心（某体校）')
        return (
            bool(_INSTITUTION.fullmatch(value) or _ORG.fullmatch(value))
            and not _BANK.search(value)
            and not _PLATFORM.search(value)
        )
    if key == "agency":
        # round 18f: an organisation whose name says it runs tenders ('某工程管理有限公司', '某市政府采购中心')
        return bool(_ORG.fullmatch(value) and _AGENCY_WORD.search(value)) and not _BANK.search(value)
    if key in ("winner", "candidates", "proposed_supplier", "right_holder"):
        if key in ("winner", "right_holder") and (_ORG.fullmatch(value) or _MASKED_NAME.fullmatch(value)):
            # round 18f: a public body wins a transfer too ('某城市防洪工程建设指挥部'); a masked name
            return not _BANK.search(value)
        return bool(re.fullmatch(rf"[{_CJK}（）()·]{{2,40}}?{FIRM_END}", value)) and not _BANK.search(value)
    if key == "location":
        if _LOCATED.match(raw):
            value = _LOCATED.match(raw).group(0).lstrip("*＊")
        elif len(_BOUNDS_TOUCH.findall(value)) >= _BOUND_TOUCHES and len(value) <= 60:
            return not re.search(r"[〔【\[]|公告|公示|文号|编号|面积|坐标|[!！?？]", value)
        bounds = len(_BOUNDS.findall(value)) >= 2
        return (
            4 <= len(value) <= (60 if bounds else 40)
            and bool(_PLACE.search(value) or _DIVISIONS.fullmatch(value))
            # (round 29b: nor a document's title quoted, '根据《某县某镇地热资源勘查报告》', nor the country a bidder
            # must be of, '竞买人资格：中华人民共和国境内的企业')
            and not re.search(
                r"[。〔【\[《]|公告|公示|文号|编号|中华人民共和国|(?:中心|公司|局|政府|委员会)$", value
            )
            and (bounds or not re.search(r"[,，]", value))
            and not _MONEY_FIGURE.search(value)
            and not re.search(r"面积|范围|坐标|平台|系统|网|年产|[!！?？]|\d\.\d", value)
        )
    if kind == AREA:
        return bool(_AREA_FIGURE.match(re.sub(r"^(?:约|共|合计|总计|为)[^\S\n]*", "", value)))
    if kind == YEARS:
        return bool(_TERM_FIGURE.match(value))
    if key == "land_use":
        return len(value) <= 20 and bool(_LAND_USE.search(value))
    if kind in (DATE, DATETIME):
        # a date says nothing of whose it is: only under a label with the key's own event word
        event = _DATE_EVENT.get(key)
        return bool(event and re.search(event, label) and _DATE_FIGURE.match(value))
    if key == "experts":
        # (round 18f: a member's role in brackets may hold a colon, '罗某（采购人代表：罗某）')
        return bool(_PERSON_LIST.match(re.sub(r"[（(][^()（）\n]{1,16}[)）]", "", value)))
    return False


# a bare figure that may be a sum ('43000', '1,198,050.00', '179.3'), not a row's ordinal ('1')
_BARE_MONEY = re.compile(r"[1-9]\d{0,2}(?:[,，]\d{3})+(?:\.\d+)?|[1-9]\d{2,}(?:\.\d+)?|[1-9]\d?\.\d+")
_MONEY_UNIT = re.compile(r"[(（][^\S\n]*(?:人民币)?[^\S\n]*(?:亿|万)?元[^\S\n]*[)）]")
# a phone number printed as a code ('400-810-1996', '0571-8888-1234', a mobile number), never a project's number
_PHONE_LIKE = re.compile(r"[(（]?\d{3,4}[)）]?-\d{3,4}-\d{4}|1[3-9]\d{9}")
# round 18f: a project named by its notice ('某型号显示器采购公告'): the page states the project's name
_NOTICE_NAME_END = re.compile(r"(?:采购|招标|询价|竞价|磋商|谈判|比选)公告$")
# a code's own characters: letters, figures, brackets and dashes
_CODE_RUN = re.compile(r"[A-Za-z0-9〔〕【】\[\]()（）\-—_/]{6,}")
# a note in brackets at a code's end that quotes another label ('（招标文件编号：…）')
_CODE_NOTE = re.compile(r"[（(][^()（）\n]*[:：][^()（）\n]*[)）]$")


def _loose_code(value: str) -> bool:
    """Round 18f: a code with words inside it ('千秋-JXQQGK（2021）第30号', '3307…0008-浙建航招（东2026010号）',
    'FZHB-0432606-148（招标文件编号：FZHB-0432606-148）'): a run of six code characters or more with four
    figures, few words, no sentence or list."""
    value = _CODE_NOTE.sub("", value).strip()
    run = _CODE_RUN.search(value)
    return (
        len(value) <= 50
        and bool(run)
        and len(re.findall(r"\d", run.group(0) if run else "")) >= 4
        and len(re.findall(rf"[{_CJK}]", value)) <= 8
        and not re.search(r"[\s，,。；;、:：.]", value)
    )


_CURRENCY_NAME = re.compile(r"^(?:人民币|RMB|CNY)[^\S\n]*[:：]?[^\S\n]*", re.I)
_NOT_LIKE_MONEY = re.compile(r"%|％|/(?:吨|平方米|㎡|m|立方|方|台|套|个)")
# a short unknown label before its value: 'label：value' (the label a run of label characters)
_UNKNOWN_LABEL_LINE = re.compile(
    rf"^[^\S\n]*(?:[（(]?[一二三四五六七八九十\d]{{1,3}}[)）、.．]?[^\S\n]*)?([{_CJK}（）()/]{{2,16}})[^\S\n]*[:：][^\S\n]*(.+)$"
)


# labels too generic to say whose value follows ('名称：' under any party's block), or naming another code
_GENERIC_LABEL = re.compile(
    r"^(?:名称|全称|单位|单位名称)$|地址|文号|电话|传真|联系|开户|型号|规格|批号|计划|账号|代码|邮编|报价|监管|监督|场所|平台|网址|网站|"
    # a site's links to other notices ('下一篇：某地块出让结果'), never this notice's item
    r"[上下]一[篇条页]|相关|推荐|阅读|"
    # a site's footer ('主办单位：某局', '技术支持：某公司', '来源：某中心')
    r"主办|承办|协办|技术支持|版权|来源|发布|主管|指导|审批|备案|投诉|质疑|举报|"
    # (round 18f) a site's page tools and tags ('字体大小：', '关键字：'), an attachment's file, a help line
    r"字体|字号|关键字|关键词|标签|浏览|点击|附件|热线|客服"
)


def _unknown(label: str) -> bool:
    """A label no reader knows and no stated-item rule names ('戊己', '定标结果'), and that is no generic
    party-block label ('名称') or another code's ('规格型号', '采购计划批号')."""
    core, before, after = _label_keys(label)
    return bool(core) and not before and not after and not keys_for(core) and not _GENERIC_LABEL.search(core)


_unknown_label = _unknown


def _values_read(fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(key, value) for every string value the record already holds (names inside lists and dicts too): a
    form found among them belongs to the key that read it, not to the key asked for."""
    out: list[tuple[str, str]] = []
    for key, value in fields.items():
        if key == "title" or kind_of(key) == LONG:
            continue  # a title names the project; a long text quotes anything
        if key == "location":
            continue  # (round 17d) a place ('镇江市') lies inside the names of bodies: it holds none of them
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict):
                item = item.get("name") or ""
            if isinstance(item, str) and len(item) >= 2:
                out.append((key, item))
    return out


# round 18f: the winner is one of the ranked candidates: a candidate's name under a label of its own
# ('戊己：某公司' on a line) may be the winner's; in a column of bidders it is a candidate only
_SHARED = {"winner": frozenset({"candidates", "proposed_supplier"})}


def _held(read: list[tuple[str, str]], key: str, text: str, shared: bool = False) -> bool:
    """Whether ``text``, a value found for ``key``, is one the record holds under another key (no evidence
    that the page states ``key``). Round 18f: a project's name holds its buyer's and its place's names
    ('2021年某市生态环境局某分局空气检测设备采购项目'), so only the name itself is held by it; a place lies
    inside the names of bodies and projects, so only a value equal to it holds a place; the winner's name is
    among the candidates' (``shared``: for a value under a label of its own on a line)."""
    others = _SHARED.get(key, frozenset()) if shared else frozenset()
    for other, v in read:
        if other in others:
            continue
        if text == v:
            return True
        if key == "location" or other == "project_name":
            continue
        if text in v or (v in text and key != "project_name"):
            return True
    return False


def _money_near(key: str, lines: list[str]) -> str | None:
    words, others = _MONEY_WORDS[key]
    own, other, never = re.compile(words), re.compile(others), re.compile(_MONEY_NOT)
    for i, line in enumerate(lines):
        for m in _MONEY_FIGURE.finditer(line):
            lead = line[max(0, m.start() - 24) : m.start()]
            if (
                never.search(lead)
                or other.search(lead)
                or _NOT_LIKE_MONEY.match(line, m.end())
                or not re.search(r"[1-9壹贰叁肆伍陆柒捌玖]", m.group(0))
            ):
                continue
            # the line above counts only over a table row (short, no sentence): its header
            above = lines[i - 1] if i else ""
            row = (len(line) <= 120 and not re.search(r"[，。,]", line)) or (
                bool(re.match(rf"[^\S\n]*\d{{1,2}}[{_CJK}]", line)) and not re.search(r"[，。,]", above)
            )
            above = above if row else ""
            if own.search(lead) or (
                not other.search(line)
                and not never.search(line)
                and own.search((line if row else lead) + above)
            ):
                return line[max(0, m.start() - 30) : m.end()].strip()[:60]
    return None


# a plot named in a cell of its table or as a value ('一 | 西周镇昌平路东侧地块 | 10142 | …', 'XX-12号地块'):
# the parcel's name or number, whatever its column is headed; never a sentence's '本地块', '出让地块情况'
_PLOT_CELL = re.compile(
    rf"(?:^|[|│:：]|[^\S\n]{{2,}})[^\S\n]*([{_CJK}A-Za-z0-9\-—（）()#]{{4,30}}?(?:号)?地块)[^\S\n]*(?=$|[|│])"
)
# the heading of a site's list of other notices under the page ('相关链接', '推荐阅读')
_LINKS_HEADING = re.compile(
    r"^[^\S\n]*(?:相关|推荐|热门|热点|最新)(?:链接|公告|文章|信息|阅读|推荐|新闻)[^\S\n]*[:：]?[^\S\n]*$"
)


def stated_by_content(page: Page, keys: list[str], fields: Mapping[str, Any] | None = None) -> dict[str, str]:
    """key → the text on the page that states it by its VALUE, for ``keys`` no label or sentence named.

    Why: a 要素缺失 finding stands only when the page does not state the item; the labels we know are the
    first test, this is the second, for labels we do not know. Forms: a money figure beside the key's own
    words (成交/中标/合同/总价 for an amount, 预算/限价 for a budget, 起始/起拍 for a starting price; never
    beside a fee, a deposit or another key's words); an organisation named as an agency ('某招标代理有限公司',
    '某工程招标有限公司', not on a bidder's line); a ranking ('第一中标候选人', '排名第一'); a winner told in a
    sentence ('由某公司以…竞得'); and a value of the key's kind under a label no reader knows (a code for a
    project number, a place for a location, an area, a term in years, a date, a list of names for
    experts). A value the record already holds under another key is no evidence. A doubt makes the item a
    gap for the office's review, never a finding.
    """
    found: dict[str, str] = {}
    if not keys:
        return found
    lines = _folded_lines(page)
    for i, line in enumerate(lines):
        if _LINKS_HEADING.match(line):
            lines = lines[:i]  # the site's links to other notices follow: none of it is this notice's
            break
    read = _values_read(fields or {})
    title = fold(str((fields or {}).get("title") or ""))
    pairs: list[tuple[str, str, str, str]] | None = None
    glued: list[tuple[str, str, str, str]] | None = None

    def held(text: str, shared: bool = False) -> bool:
        return _held(read, key, text, shared)  # (the key asked for in the loop below)

    for key in keys:
        hit: str | None = None
        if key in _MONEY_WORDS:
            hit = _money_near(key, lines)
            if not hit and key == "amount":
                hit = _award_money(lines)
        elif key == "agency":
            for i, line in enumerate(lines):
                if _BIDDER_LINE.search(line):
                    continue
                m = _AGENCY_NAME.search(line)
                if i > 2 and m and line.startswith("关于", m.end()):
                    continue  # 'X公司关于…的公告' below the title: a link to that agency's other notice
                if m and not held(m.group(0)) and not _BANK.search(m.group(0)):
                    hit = m.group(0)[:60]
                    break
        elif key == "candidates":
            for i, line in enumerate(lines):
                m = _RANKING.search(line)
                if m and not _RANKING_RULE.search(line):
                    if re.search(FIRM_END, line[m.start() :] + (lines[i + 1] if i + 1 < len(lines) else "")):
                        hit = line[m.start() : m.start() + 60].strip()
                        break
        elif key == "winner":
            hit = _first_said(
                lines,
                _WINNER_SAID,
                lambda m: (
                    m.group(0)[:60] if not _NOT_DONE.search(m.group(0)) and not held(m.group(0)) else None
                ),
            ) or _award_listed(lines, held)
        elif key == "purchaser":
            hit = _first_said(
                lines,
                _PURCHASER_SAID,
                lambda m: (
                    None
                    if _AGENCY_NAME.search(m.group(1))
                    or _PLATFORM.search(m.group(1))
                    or _BANK.search(m.group(1))
                    or held(m.group(1))
                    else m.group(0)[:60]
                ),
            ) or _first_said(lines, _BUYER_SELF, lambda m: m.group(0)[:60])
        elif key == "parcel_no":
            hit = _first_said(lines, _PLOT_CELL, lambda m: None if held(m.group(1)) else m.group(1))
        if not hit:
            if pairs is None:
                pairs = _unknown_pairs(lines)
            hit = _under_unknown_label(key, pairs, held, title)
        if not hit and (key == "location" or kind_of(key) in (AREA, YEARS)):
            if glued is None:
                glued = _glued_pairs(page)
            hit = _under_unknown_label(key, glued, held, title)
        if hit:
            found[key] = hit
    return found


# round 29a: a 'label：value' run into the text before it, inside a line ('…建筑用砂岩矿戊己：富阳区渌渚镇岘口村*、开采
# 矿种：…', '…资源储量:1347.84万吨,拟戊己:2.5年,起始价:…', a notice's particulars flattened into one paragraph):
# ``_unknown_pairs`` reads a label at a line's start only, and ``_folded_lines`` cuts a line at ``_MAX_LINE``. The
# label is the run of label characters before the colon; it is unknown when no ending of it (two characters or
# more) is a label we know ('…六里山矿区面积：' is the 矿区面积, read by the readers) and it names no chrome. The
# value runs to the clause's end (a comma, a 、, a semicolon, a full stop) or the next colon. Tried for the items
# whose values have a shape no other item shares (a place, an area with its unit, a term in years), on the whole
# line
_GLUED_LABEL = re.compile(rf"([{_CJK}]{{2,16}})[^\S\n]*$")
_GLUED_VALUE = re.compile(r"[^\S\n]*([^:：\n，,；;。、]{1,60})")


def _glued_pairs(page: Page) -> list[tuple[str, str, str, str]]:
    """Round 29a: ('glued', label, value, snippet) for every 'label：value' inside a line (not at its start) whose
    label no reader knows, on the page's whole lines."""
    pairs: list[tuple[str, str, str, str]] = []
    for line in fold("\n".join(page.lines)).split("\n"):
        for colon in re.finditer(r"[:：]", line):
            m = _GLUED_LABEL.search(line, max(0, colon.start() - 20), colon.start())
            v = _GLUED_VALUE.match(line, colon.end())
            if not m or not v or not line[: m.start()].strip():
                continue  # (a label at the line's start is ``_unknown_pairs``'s)
            label, value = m.group(1), v.group(1).strip()
            if _known_ending(label) or _GENERIC_LABEL.search(label):
                continue
            value = re.sub(r"[^\S\n]*[（(]?[一二三四五六七八九十\d*＊]{1,3}[)）.．]?$", "", value)
            pairs.append(("glued", label, value, f"{label}：{value}"[:60]))
    return pairs


@lru_cache(maxsize=4096)
def _known_ending(label: str) -> bool:
    """Whether an ending of ``label`` (two characters or more) is a label we know."""
    return any(_label_keys(label[i:])[1] or _label_keys(label[i:])[2] for i in range(len(label) - 1))


def _award_cells(lines: list[str]) -> Iterator[tuple[str, str]]:
    """(head line, cell) for each cell ('|'-parted) of the lines under an award's section or column head
    ('五、中标信息：', '入围供应商名称'), up to the next numbered section: where the award's winner and sum stand
    whatever their columns are headed (``_award_listed``, ``_award_money``)."""
    for i, line in enumerate(lines):
        if not _AWARD_HEAD.match(line):
            continue
        for below in lines[i + 1 : i + 1 + _AWARD_WINDOW]:
            if _NEXT_SECTION.match(below):
                break
            for cell in re.split(r"[|│]", below):
                yield line, cell


def _award_listed(lines: list[str], held: Callable[[str], bool]) -> str | None:
    """Round 23a: the award's section or column over a firm's name before the next numbered section: the winners
    listed in a table of many rows (a framework purchase's 入围 suppliers, lots awarded one a row) under column
    heads no reader takes for the winner's ('投标人名称'). The head, or None."""
    for line, cell in _award_cells(lines):
        # (round 29e: a header cell the layout joined to its value, '中标金额(万元):某科技有限公司': the value)
        cell = re.split(r"[:：]", cell)[-1].strip()
        if len(cell) <= 40 and _FIRM_CELL.fullmatch(cell) and not _BANK.search(cell) and not held(cell):
            return line.strip()[:60]
    return None


# round 29d: a sum printed to the fen ('256100.00', '1,198,050.00': three integer figures or more, or thousands parted,
# and two decimals), a cell of its own: the form a price takes in a table, not a score ('89.50'), a share, a count
_CENTS_CELL = re.compile(r"[1-9]\d{0,2}(?:[,，]\d{3})+\.\d{2}|[1-9]\d{2,}\.\d{2}")


def _award_money(lines: list[str]) -> str | None:
    """Round 29d: the award's section or column ('4、成交结果：', '三、中标信息') over a sum printed to the fen in a cell
    of its own, before the next numbered section: the award's amount, whatever its column is headed ('戊己(元)' over
    '256100.00'). The head and the figure, or None."""
    for line, cell in _award_cells(lines):
        if _CENTS_CELL.fullmatch(cell.strip()):
            return f"{line.strip()} {cell.strip()}"[:60]
    return None


_FIRM_CELL = re.compile(rf"[{_CJK}（）()]{{2,40}}?{FIRM_END}")


def _first_said(
    lines: list[str], pattern: re.Pattern[str], said: Callable[[re.Match[str]], str | None]
) -> str | None:
    """The first statement ``said`` makes of a ``pattern`` match, line by line in page order: the words
    that state the item, or None for a match that does not (a value the page holds elsewhere, a refusal)."""
    for line in lines:
        for m in pattern.finditer(line):
            hit = said(m)
            if hit:
                return hit
    return None


def _unknown_pairs(
    lines: list[str], unknown: Callable[[str], bool] | None = None
) -> list[tuple[str, str, str, str]]:
    """(form, label, value, snippet) for every value a page prints under a label no reader knows, in page
    order, whatever key it may be: 'label：value' on a line (``colon``); a party block '名称：X' under an
    unknown heading (``party``); a bare value line under an unknown label line, when the label ended in a
    colon or the lines keep a key-value grid's rhythm (``cell``); then a header row rendered a cell a line
    over its values (``header``). Found once a page; which key a value states is ``_shape``'s question.
    ``unknown``: which labels count as unknown (``_unknown`` unless given: extractors/unread.py asks its own)."""
    is_unknown = unknown or _unknown_label
    pairs: list[tuple[str, str, str, str]] = []
    prev, colon, prev_line_only = "", False, False
    for i, line in enumerate(lines):
        m = _UNKNOWN_LABEL_LINE.match(line)
        if m and is_unknown(m.group(1)):
            # (round 29c: the next label after a clause's end ends the value, '0.07899平方千米;起始价:3万元,…')
            value = _NEXT_LABEL.split(m.group(2), maxsplit=1)[0].strip()
            pairs.append(("colon", m.group(1), value, line.strip()[:60]))
        elif prev and is_unknown(prev):
            party = re.match(r"^[^\S\n]*(?:单位)?名称[^\S\n]*[:：][^\S\n]*(.+)$", line)
            # (round 18f: a colon inside a bracketed note is the note's, '罗某（采购人代表：罗某）')
            bare = _BRACKET_NOTE.sub("", line)
            if party and (colon or prev_line_only):
                pairs.append(("party", prev, party.group(1).strip(), f"{prev} {line.strip()}"[:60]))
            elif ":" not in bare and "：" not in bare and not _known_label(line):
                value = line.strip()
                if _BARE_MONEY.fullmatch(value) and i + 1 < len(lines) and _UNIT_LINE.fullmatch(lines[i + 1]):
                    value += lines[i + 1].strip()  # round 18f: '179.3' over '(万元)', the unit a cell below
                if colon:
                    # round 18f: 'label：' with its value on the next line is 'label：value'
                    pairs.append(("next", prev, value, f"{prev}：{value}"[:60]))
                elif _label_follows(lines, i + 1) or (
                    prev_line_only and _PERSON_LIST.match(bare.strip(" \t。；;，,"))
                ):
                    # (round 18f: a list of names under a label line is that list, whatever the lines around)
                    pairs.append(("cell", prev, value, f"{prev} {value}"[:60]))
        for g in _GLUED_LABEL_AFTER_NAME.finditer(line):
            # round 18f: a second party glued to the first's name ('招标人：某公司戊己：某管理有限公司', a
            # two-column contact block flattened)
            if is_unknown(g.group(1)):
                pairs.append(("colon", g.group(1), g.group(2).strip(), g.group(0).strip()[:60]))
        m = _LABEL_ONLY.match(line)
        prev = m.group(1) if m else ""
        prev_line_only = bool(m)
        # 'label：' alone says a value follows; a bare label cell needs the grid's rhythm to say so
        colon = bool(m) and line.rstrip().endswith((":", "："))
    return pairs + _header_pairs(lines, _unknown)


_NEXT_LABEL = re.compile(rf"[;；，,。][^\S\n]*[{_CJK}]{{2,8}}[^\S\n]*[:：]")
_BRACKET_NOTE = re.compile(r"[（(][^()（）\n]{1,24}[)）]")
_UNIT_LINE = re.compile(r"[^\S\n]*[（(][^\S\n]*(?:人民币)?[^\S\n]*(?:亿|万)?元[^\S\n]*[)）][^\S\n]*")
_GLUED_LABEL_AFTER_NAME = re.compile(
    rf"(?<=[:：])[^:：\n]{{2,40}}?{_ORG_END}([{_CJK}]{{2,8}})[:：]([^:：\n]{{2,60}}?)(?=[{_CJK}]{{2,6}}[:：]|$)"
)


def _under_unknown_label(
    key: str, pairs: list[tuple[str, str, str, str]], held: Callable[..., bool], title: str = ""
) -> str | None:
    """The first of the page's unknown-label ``pairs`` whose value has the form of ``key``'s values: the
    item printed under a label we were never taught."""
    for form, label, value, snippet in pairs:
        if len(label) >= 6 and _ORG.fullmatch(label):
            continue  # (round 18f) a 落款's lines ('某建设投资有限公司' over '某管理有限公司') sign, they label nothing
        if key in _PARTY_KEYS and _PLACE_LABEL.search(label):
            continue  # (round 18f) '开标地点：某交易中心（某路1号）' names a place, not a party
        if form == "party" and key not in ("purchaser", "agency"):
            # a party block under an unknown heading is read as the buyer's only, or (round 18f) as the
            # agency's when its name says it runs tenders ('2.戊己' over '名称：某工程管理有限公司')
            continue
        if form in ("cell", "header") and key in _COLON_ONLY:
            continue
        if form == "header" and key == "purchaser":
            continue  # a buyer never heads a column of bidders' names
        if _shape(key, value, label if form != "party" else "") and not held(
            value, form in ("colon", "next")
        ):
            return snippet
        if (
            form
            == "colon"  # (not 'label：' over the next line: the title's own line may follow a site's menu)
            and key == "project_name"
            and len(value) >= 6
            and value in title
            # (round 17b: not the heading itself, a place and its news: '某市:首次网上拍卖排污权')
            and re.sub(r"[\s:：]", "", label + value) != re.sub(r"[\s:：]", "", title)
        ):
            return snippet  # the notice's own title repeats it: the project's name
    return None


_PARTY_KEYS = frozenset({"purchaser", "agency", "winner", "candidates", "proposed_supplier", "right_holder"})
_PLACE_LABEL = re.compile(r"地点|地址|位置|网址|场地")

# keys read only from 'label：value' on one line: under a bare cell, a code may be a model or a licence
# number, and a name ending in 项目 a grid's next question ('是否政府投资项目')
_COLON_ONLY = frozenset({"project_number", "project_name"})


def _known_label(text: str) -> bool:
    """Whether ``text`` is itself a label we know (a cell of a grid's next row, not a value)."""
    return bool(keys_for(_label_keys(text.strip())[0]))


def _label_follows(lines: list[str], i: int) -> bool:
    """Whether the value at line ``i - 1`` sits in a key-value grid ('label / value / label / value', a
    table rendered a cell a line): line ``i`` (the next row) or ``i - 3`` (the row before) is a known
    label alone on its line or before a colon. A heading or a site's menu item over a line is no label
    cell."""
    for j in (
        i,
        i - 3,
    ):  # the next row's label, or the row before ('label / value / 戊己 / value', the last row)
        if not 0 <= j < len(lines):
            continue
        m = _LABEL_ONLY.match(lines[j]) or _UNKNOWN_LABEL_LINE.match(lines[j])
        if m and keys_for(_label_keys(m.group(1))[0]):
            return True
    return False


# a line that is only a label: a header or label cell on its own line, or 'label：' with nothing after
_LABEL_ONLY = re.compile(
    rf"^[^\S\n]*(?:[（(]?[一二三四五六七八九十\d]{{1,3}}[)）、.．]?[^\S\n]*)?([{_CJK}（）()]{{2,16}})[^\S\n]*[:：]?[^\S\n]*$"
)
_HEADER_CELL = re.compile(rf"[{_CJK}（）()/]{{2,12}}")
# a cell that is a value, not a header: a project's or a firm's name
_VALUE_CELL = re.compile(r"(?:工程|项目|公司|集团|采购|服务|中心)$")
_MAX_HEADERS = 8


def _header_pairs(
    lines: list[str], unknown: Callable[[str], bool] | None = None
) -> list[tuple[str, str, str, str]]:
    """A header row rendered one cell a line ('序号 / 戊己 / 供应商地址 / 1 / 某公司 / 某地址'): each value under a
    header no reader knows, at the same place in the row below."""
    pairs: list[tuple[str, str, str, str]] = []
    i = 0
    while i < len(lines):
        j = i
        while (
            j < len(lines)
            and j - i < _MAX_HEADERS
            and _HEADER_CELL.fullmatch(lines[j].strip())
            and not _VALUE_CELL.search(lines[j].strip())
        ):
            j += 1
        n = j - i
        if n >= 2 and j + n <= len(lines):
            for k in range(n):
                head, value = lines[i + k].strip(), lines[j + k].strip()
                if (unknown or _unknown_label)(head) and not _known_label(value):
                    pairs.append(("header", head, value, f"{head} {value}"[:60]))
        i = max(j, i + 1)
    return pairs
