"""Layout readers: each turns one layout (label lines, key-value tables, header tables, CSS hooks, prose)
into raw findings ``(key, raw value text, unit note, snippet, method)`` for the record builder to normalise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Any

from .hanzi import PINYIN_NOTE, translate_only
from .labels import (
    AGENCY_SECTION,
    DATETIME,
    GLUED_KINDS,
    LONG,
    MONEY,
    ORGS,
    OWNER_SECTION,
    PEOPLE,
    PHONE_EXCLUDE,
    PHONE_LABEL,
    PLACE_OBJECTS,
    STRUCTURAL,
    TEXT,
    core_label,
    keys_for,
    kind_of,
    value_form,
)
from .labels import kv_like as _kv_like
from .layout import SHELL_TITLES, Page, Table
from .news import own_names
from .normalize import (
    DAY,
    clean_text,
    is_placeholder,
    money,
    parse_date,
    rank_number,
    strip_value,
    unit_from_label,
)
from .patterns import FIGURE
from .precise import certificate_number_label, ranked_candidate_label, reference_number
from .textpage import DASH_OPEN, KIND_ONLY, dash_head, dated_title, title_span


@dataclass
class Finding:
    """One raw value the page states, before normalisation."""

    key: str
    raw: str
    note: str
    snippet: str
    method: str
    value: Any = None  # already normalised (lists read from a table), used as is


_LABEL_END = re.compile(r"[:：]")
_SEP = re.compile(r"[\s;；。，,]")
_LABEL_CHARS = re.compile(r"[\u3400-\u9fffA-Za-z0-9（）()\[\]【】、/·．.\-_＊*]")


@lru_cache(maxsize=8192)
def _label_char(ch: str) -> bool:
    """Whether ``ch`` may be part of a label (cached: ``_label_spans`` asks it of every character it walks
    back over, and a page prints the same few hundred characters)."""
    return _LABEL_CHARS.match(ch) is not None


_NUMBER_TAIL = re.compile(
    r"\s*(?:[（(]?[一二三四五六七八九十]{1,3}[)）]?[、.．]|\d{1,2}[、.．]|[（(]\d{1,2}[)）])\s*$"
)
# a code numbering its round in a bracket glued to it: '…-01(2)' (a re-tender's second call)
_CODE_ROUND = re.compile(r"[A-Za-z0-9][-_][A-Za-z0-9]*\d[（(]\d{1,2}[)）]$")
# a sub-item of a contact section ('9.1发包人：' / '9.2代理机构：' / '9.3监督机构：') opens that party's
# block; a top-level item ('四、采购代理机构：X' … '十三、联系电话：') only names the agency
_LEAD_NUMBER = re.compile(r"\s*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）.．、]?)?\s*")
_NUMBERED = re.compile(r"^\s*[(（]?[\d一二三四五六七八九十]{1,3}[)）.．、]")
_CONTACT_LINE = re.compile(r"^\s*(?:项目)?联系人\s*[:：]")
_ADDRESS_LINE = re.compile(r"^\s*(?:办公|通讯|联系)?地址\s*[:：]")
_SUPERVISOR_HEAD = re.compile(r"^\s*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）.．、]?)?\s*[^:：]{0,6}监督")
_BLOCK_NUMBER = re.compile(r"^\s*\d{1,2}[.．]\d{1,2}(?!\d)")
# a phone whose own note says whose it is ('0570-7018388(代理机构)') is not the owner's contact
_OTHERS_PHONE = re.compile(r"[（(][^)）]{0,8}(代理|交易中心|交易机构|监督)")
# a phone printed in the same sentence as the trading venue ('报名地点：…交易中心…咨询电话：') is the venue's
_VENUE = re.compile(r"交易中心|交易机构|代理机构|代理公司")
# a bracket left open at a value's end: the next label is inside it ('X（招标文件编号：X）')
_OPEN_NOTE = re.compile(r"\s*[（(][^（()）]{0,12}$")
# a block headed by the trading venue ('二、矿业权交易平台', '交易机构'): whose 名称 is no agency
_VENUE_BLOCK = re.compile(r"交易平台|交易中心|交易机构")
_OWNER_WORDS = re.compile(r"业主|招标人|采购人|出让人|转让方|出租方|发包人")
_SECTION = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．](?!\d)|[（(][一二三四五六七八九十]{1,3}[)）])"
)
# a chapter heading of the first level ('三、出让采矿权简要情况')
_TOP_SECTION = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]")
#: a numbered item heading ('九、', '3.', '（二）'): the readers of other modules open sections with it too
SECTION_HEAD = _SECTION


# the words before a glued '编号' that make it a document's number (a certificate, a licence, an ID)
_PROJECT_NOUN = re.compile(r"(项目|工程|标段|标包|招标|采购)[”\"]?\s*$")
_TENDER_PREFIX = re.compile(r"(招标|采购|谈判|磋商|询价|比选)(信息|公告)?$")
_OTHER_NOTICE_PREFIX = re.compile(r"(?:(?:变更|更正|澄清|补充)(?:公告)?|(?:招标|采购)(?:计划|意向)|预公示)$")
_CHAPTER = re.compile(r"[一二三四五六七八九十]{1,3}[、．]")
_NUMBERING_ONLY = re.compile(r"[(（]?[一二三四五六七八九十\d]{1,3}[)）]?[、.．]?")
_LEASE_TERM = re.compile(r"(?:租赁|出租|承租|租用|招租|承包|发包)$")
_NEGATED = re.compile(r"(?:禁止|严禁|不得|不允许|不含|除外)$")
_PERSONAL_DOC = re.compile(r"(证书?|执照|资格|资质|注册|身份|职称)$")


@lru_cache(maxsize=65536)
def _suffix_scan(run: str) -> tuple[int | None, str, int | None]:
    """(k, core) of the longest suffix ``run[k:]`` whose core label is known (``None``, '' if none), and
    the first k before it whose core is a structural label.

    A function of the run alone, cached: the same label runs come back on every line and page, and
    trying every suffix of every run was the largest part of reading a page's lines.
    """
    structural = None
    for k in range(0, len(run) - 1):
        if k and run[k - 1].isdigit() and run[k].isdigit():
            continue  # '0595-22518425传真：': the label is 传真, not '25传真' (a number is not cut)
        core, _ = core_label(run[k:])
        if keys_for(core):
            return k, core, structural
        if structural is None and STRUCTURAL.fullmatch(core):
            structural = k
    return None, "", structural


_FIGURE_CH = re.compile(r"[\d.．]")
# (round 19f) a name's or code's last character before another notice's date label glued to it
_GLUED_TAIL = re.compile(r"(?:项目|工程|采购|服务|标段|包|[)）A-Za-z\d])$")
# round 18e: a run opening with a whole date is the value before a glued counter, no label of its own:
# '发布日期: 2026/2/2阅读:' (fresh9 上虞, two pages; the counter glued as '2022-11-01访问次数:' on fresh18 龙泉)
_DATED_RUN = re.compile(DAY)
# (not a unit after the figure: '最高限价:13.512万元工期:3个月' keeps its 万元)
_GLUED_LABEL = re.compile(
    r"[\d.．]*\d(?![万亿元米亩年月日天个号期次楼层栋室吨株棵人户套台件宗块幅%％])"
    r"(?P<label>[\u3400-\u9fff][\u3400-\u9fff（）()]{1,11})"
)


def _label_spans(line: str) -> list[tuple[int, int, str, bool]]:
    """(label start, value start, label text, known) for each 'label：' in a line.

    The label is the run of label characters before a colon; when text is glued to it
    ('…有限公司采购项目名称：') the longest known suffix is the label.
    """
    spans: list[tuple[int, int, str, bool]] = []
    for m in _LABEL_END.finditer(line):
        end = m.start()
        j = end
        depth = 0
        while j > 0 and end - j < 40:
            ch = line[j - 1]
            if ch in "）)":
                depth += 1
            elif ch in "（(" and depth:
                depth -= 1
            elif not depth and not _label_char(ch):
                break
            j -= 1
        run = line[j:end]
        if not run or not re.search(r"[\u3400-\u9fff）)]$", run.rstrip()):
            continue
        found, core, structural = _suffix_scan(run)
        other_label = None
        if found is not None:
            k = found
            owner = re.sub(r"(?:名称)?[及和与、]$", "", run[:k])  # '资质证书名称及编号': the certificate's
            if k and core == "编号" and (_PERSONAL_DOC.search(owner) or run[:k].endswith("合同")):
                # '证书编号' / '注册编号': a person's or firm's document; '政府采购合同编号': the contract's
                found = None
            elif (
                core == "编号"
                and j + k > 0
                and line[j + k - 1] in "（("
                and not _PROJECT_NOUN.search(line[: j + k - 1])
            ):
                found = None  # '审定意见书(编号:…)': a bracketed 编号 numbers the noun before it
            elif k and keys_for(core) == ("use_term_years",) and _LEASE_TERM.search(run[:k]):
                # round 20b: '3.租赁年限:本次招租租赁期限为 5 年' (fresh29 桃溪村): a lease's term, not the grant of a
                # 使用权 the key means (LABELLING 'use_term_years: lease terms are not labelled')
                found = None
            elif k and _NEGATED.search(run[:k]):
                found = None  # '禁止用途:餐饮…': what the item rules out, not the item
            elif k and keys_for(core) == ("land_use",) and _PAYMENT_OF.search(run[:k]):
                found = (
                    None  # round 14b: '支付用途:注明…保证金' (a transfer's memo line), not the object's use
                )
            elif (
                k
                and keys_for(core) == ("publish_date",)
                and (
                    other := re.search(r"(?:首次|原|上次|前次)$", run[:k])
                    or _TENDER_PREFIX.search(run[:k])
                    or _OTHER_NOTICE_PREFIX.search(run[:k])
                )
            ):
                # '首次公告日期' in a correction: the first notice's date; '招标公告日期' in a result: the earlier
                # tender notice's; round 15b: '变更公告发布日期', '本项目招标计划发布时间': another notice's date
                # (the change or the plan this notice follows), not this one's.  Round 19f: the label still
                # ends the value glued before it ('原公告的采购项目名称:<名称>首次公告日期:…', fresh25 大连), as
                # a label no key reads
                found = None
                other_label = k - (other.end() - other.start())
        if (
            found is not None
            and 0 < found < len(run)
            and _FIGURE_CH.match(run[found])
            and _FIGURE_CH.match(run[found - 1])
        ):
            # '预算总金额（元）：1427236.38采购需求：': the value's figure runs into the next label; its last
            # digits are no number of that label (a flattened record glues every label to the value before)
            found += re.match(r"[\d.．]+", run[found:]).end()  # type: ignore[union-attr]
        if found is not None:
            # '…GNN 一、项目联系方式：': the chapter number (and the label's own first words) open the
            # label, they end no value (the label is still read by its known suffix)
            opens = (
                found
                and (_NUMBERING_ONLY.fullmatch(run[:found]) or _CHAPTER.match(run[:found]))
                and (j == 0 or _SEP.match(line[j - 1]))
            )
            spans.append((j if opens else j + found, m.end(), run[found:], True))
        elif other_label is not None and other_label > 0 and _GLUED_TAIL.search(run[:other_label]):
            spans.append((j + other_label, m.end(), run[other_label:], False))
        elif structural is not None and structural > 0:
            opens = _CHAPTER.match(run[:structural]) and (j == 0 or _SEP.match(line[j - 1]))
            spans.append((j if opens else j + structural, m.end(), run[structural:], False))
        elif len(run) <= 12 and (j == 0 or _SEP.match(line[j - 1])) and not _DATED_RUN.match(run):
            spans.append((j, m.end(), run, False))
        elif j > 0 and line[j - 1] in ":：" and (glued := _GLUED_LABEL.fullmatch(run)):
            # '最高限价：1350000合同履约期限：…': a label we do not know, glued to the figure before it,
            # still ends that figure (a flattened record prints no separator between items)
            spans.append((j + glued.start("label"), m.end(), glued.group("label"), False))
    return spans


# the rest of a list of names whose first name was a span of its own ('汤广义' / '、汪晓梅、杨章平'): a
# line that opens or closes on 、 and holds only 2–4-character names
_NAMES_RUN = re.compile(r"、?[\u3400-\u9fff·]{2,4}(?:、[\u3400-\u9fff·]{2,4})+、?|、[\u3400-\u9fff·]{2,4}、?")

# how a project's name ends ('…服务项目', '…改造工程', '…采购', '…（二标段）'), and a short line with no
# label, sentence stop or list mark, the rest of a name split over two lines
_NAME_END = re.compile(r"(?:项目|工程|采购|服务|标段|包)[)）]?$")
_NAME_REST = re.compile(r"[^:：。；;，,、|]{2,40}")

_BRACKETED = re.compile(r"[（(][^（()）]*[)）]")
# a cell that prints only a money unit in brackets ('(万元)', '（元）'): the unit of the value above it
_UNIT_CELL = re.compile(r"[（(]\s*(?:人民币)?\s*(?:亿|万)?元\s*[)）]")
# round 22e: the unit printed bare on the line after a bare figure ('预算金额：' / '60' / '万元' / '。'): the
# figure's own unit, split off it by the copy's line breaks
_BARE_UNIT_LINE = re.compile(r"(?:人民币)?\s*(?:亿|万)?元\s*[。.]?")
_BARE_FIGURE = re.compile(r"[¥￥]?\s*\d[\d,，]*(?:\.\d+)?")
_ROLE = re.compile(r"(被)?(投诉|质疑|举报|申请|第三)人|被处理(人|单位)|当事人")
_ACCOUNT_LABEL = re.compile(
    r"(保证金)?(户名|开户(银行|行)|银行(帐|账)(户|号)|(帐|账)(户|号)|账户名称|开户单位)"
)
# a 当事人 label alone on its line, its list of role-labelled parties on the next ('3.相关当事人:' / '投诉人：A；被投诉人：B')
_PARTIES_LABEL = re.compile(r"(相关)?当事人(名称)?")


def _extended_end(line: str, spans: list[tuple[int, int, str, bool]], idx: int, key: str) -> int:
    """Where the value of ``spans[idx]`` ends when the labels after it belong to the value.

    A section text runs on over a mid-sentence '，联系电话：…' (异议受理：…提出，联系电话：0570-…), and a
    list of parties over its role labels (相关当事人：投诉人：A；被投诉人：B、C).
    """
    j = idx + 1
    kind = kind_of(key)
    while j < len(spans):
        ls, _, label, known = spans[j]
        if kind == LONG and not known and line[ls - 1 : ls] in "，,":
            j += 1
        elif key == "parties" and _ROLE.fullmatch(core_label(label)[0]):
            j += 1
        else:
            break
    return spans[j][0] if j < len(spans) else len(line)


# a contact person's line that gives the number too: '联系人：张某，0579-87673710' / '联系人 王工 13800000000'
_PERSON_PHONE = re.compile(
    # ('孔老师87697823': a local number glued to the person's name, no area code)
    r"^[^\d:：]{0,16}?[\s,，、]?(?P<p>0\d{2,3}-\d{7,8}|1[3-9]\d{9}|(?<=[\u3400-\u9fff])[2-9]\d{6,7})(?!\d)"
)
# a contact table of two parties side by side, flattened row by row: '采购人名称：X采购代理机构名称：Y' then
# '电话：A电话：B' — each item twice, the first party's first
_TWO_PARTY_NAMES = re.compile(
    r"(?:采购人|招标人|业主|建设单位)(?:单位)?名称\s*[:：][^:：]{2,60}?(?:采购|招标)?代理(?:机构|公司|单位)(?:名称)?\s*[:：]"
)
# an item number glued to the end of the value before it: '联系方式：0536-80909812.采购代理机构：…' (the '2.' numbers
# the next item, after '1.采购人：…')
# (round 19g: and the next party block's heading run on after it, '联系方式: 0411-668652312.采购代理机构信息名称:…',
# the national template's '1.采购人信息 / 2.采购代理机构信息' flattened into one line)
_GLUED_ITEM_NUMBER = re.compile(
    r"(?<=\d)(?P<n>[2-9])\s*(?:(?P<dot>[.．、])\s*(?P<block>[\u4e00-\u9fff]{2,12}信息)?)?\s*$"
)
_BARE_PHONE = re.compile(r"[(（]?0\d{2,3}[)）]?[-—－]?\d{7,8}|1[3-9]\d{9}|[2-9]\d{6,7}")
_BARE_LABEL = re.compile(r"[^:：]{1,12}[:：]")


def _second_column(lines: list[str], i: int) -> bool:
    """A bare label line printed right after the same bare label ('电话：' / '电话：' / '0519-…'): a contact
    table of two parties side by side (招标人 | 招标代理机构) rendered one cell per line, whose first
    party left the item empty — the value below is the second party's."""
    line = lines[i].strip()
    return i > 0 and bool(_BARE_LABEL.fullmatch(line)) and lines[i - 1].strip() == line


# 'label value' with the colon lost (a text rendering, a table flattened to lines): a known label, white
# space, then a figure, a code, a date or a phone ('项目编号 BSZC2022-01', '预算金额 100万元'); a value in
# Chinese characters cannot be told from the label once the spaces between them are gone, so only these
_COLONLESS = re.compile(
    r"^(?P<l>(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.．、]\s*)?[\u3400-\u9fff（）()]{2,16})\s+(?P<v>[0-9A-Za-z¥￥].*)$"
)


# a line of items printed 'label value' (or glued, 'label' + 'value') and separated by '；': the 2020
# national result template as some platforms print it ('1：供应商名称甲公司 ；供应商地址某路1号 ；中标（成交）
# 金额 1267500；备注…')
_ITEM_NUMBER = re.compile(r"^\s*\d{1,2}\s*[:：]\s*")


def _known_head(part: str) -> int:
    """Length of the longest known label (3-14 characters, a bracket note allowed) opening ``part``."""
    for n in range(min(14, len(part) - 1), 2, -1):
        head = part[:n]
        if (
            re.search(r"[:：]", head)
            or head.count("（") != head.count("）")
            or head.count("(") != head.count(")")
        ):
            continue
        if keys_for(core_label(head)[0]):
            # ('供应商地址…': the party's address, not a 供应商 named '地址…')
            return 0 if re.match(r"(?:地址|电话|联系|邮编|传真)", part[n:]) else n
    return 0


def _items_split(line: str) -> list[str]:
    """``line`` as one 'label：value' line per item when it is a '；'-separated run of such items, at
    least two of them opening with a known label (a sentence's '；' parts do not); any other line as it is."""
    if "；" not in line and ";" not in line:
        return [line]
    parts = [_ITEM_NUMBER.sub("", p).strip() for p in re.split(r"[；;]", line) if p.strip()]
    heads = [_known_head(p) for p in parts]
    if sum(1 for h in heads if h) < 2 or any(
        re.match(r"\s*[:：]", p[h:]) for p, h in zip(parts, heads, strict=True) if h
    ):
        return [line]
    return [f"{p[:h].strip()}：{p[h:].strip()}" if h else p for p, h in zip(parts, heads, strict=True)]


def _colon_restored(line: str) -> str:
    """``line`` as 'label：value' when it prints a known label and a figure without the colon (_COLONLESS)."""
    m = _COLONLESS.match(line)
    if not m:
        return line
    core = core_label(m.group("l"))[0]
    keys = keys_for(core)
    phone = bool(PHONE_LABEL.fullmatch(core)) and not PHONE_EXCLUDE.search(core)
    if not phone and (not keys or kind_of(keys[0]) in (LONG, PEOPLE, ORGS)):
        return line
    return f"{m.group('l')}：{m.group('v')}"


# Round 22b: a value's separator is any of a closed set, not only a colon: '为' / '為' / '是', a dash ('——', '—'),
# '位于' for a place ('最高投标限价为…元', '招标人——X发布…', '土地用途为X,', '建设地点位于X,'), a run of spaces or a
# tab ('招标人   X   工程名称'), and none where the value is glued to its label and its first character ends the
# label (a date after 公告时间).  The value is taken only when its text has the form of the label's kind
# (labels.value_form), and it ends where that form ends.  Spaces, tabs and glued dates are a layout's separators:
# the line is cut into 'label：value' and what was before and after it (so the value before such a label ends at
# it).  '为' / '是' / a dash / '位于' are a sentence's: ``said_values`` reads them apart, after every labelled
# reading, for the keys still missing, and not at all where the page says two different values so (a news item
# of several lots: '成交价为…' once a lot).
_HANZI = re.compile(r"[\u3400-\u9fff]")
_LAYOUT_SEP = re.compile(r"\t+|[ \u3000\xa0]+")
_SAID_SEP = re.compile(r"位[于於]|[为為是]|——|—|－－")
_GLUED_AT = re.compile(r"(?<=[\u3400-\u9fff）)])(?=\d{4}\s*[年\-/.])")


# what a sentence may say before its label: nothing, or the notice's own object ('该项目建设地点位于…')
_SAID_SUBJECT = re.compile(r"(?:[该本此](?:项目|工程|宗地|地块|标的物?|采矿权|矿山|宗)?)?")


def _run_start(line: str, stop: int) -> int:
    j = stop
    while j > 0 and stop - j < 40 and _label_char(line[j - 1]):
        j -= 1
    return j


def _label_before(line: str, stop: int) -> tuple[int, tuple[str, ...]] | None:
    """(label start, keys) of the known label ending at ``stop`` in ``line``, read as if a colon followed it."""
    j = _run_start(line, stop)
    run = line[j:stop]
    if not run or not re.search(r"[\u3400-\u9fff）)]$", run):
        return None
    spans = _label_spans(run + "：")
    if not spans or not spans[-1][3] or spans[-1][1] != len(run) + 1:
        return None
    ls, _, label, _ = spans[-1]
    keys = keys_for(core_label(label)[0])
    return (j + ls, keys) if keys else None


def _separated(line: str, said: bool) -> list[tuple[int, int, int, int, bool]]:
    """(label start, separator start, value start, value end) of each label whose value follows a separator of
    the layout's (``said`` False) or a sentence's (``said`` True) kind and has the label's form."""
    if len(line) < 4:
        return []
    found: list[tuple[int, int, int, int, bool]] = []
    if said:
        candidates = [(m.start(), m.end(), m.group(0)) for m in _SAID_SEP.finditer(line)]
    else:
        candidates = [(m.start(), m.end(), " ") for m in _LAYOUT_SEP.finditer(line)]
        candidates += [(m.start(), m.start(), "") for m in _GLUED_AT.finditer(line)]
    for sep_start, sep_end, sep in sorted(candidates):
        if sep_start == 0 or (found and sep_start < found[-1][3]):
            continue
        head = _label_before(line, sep_start)
        if head is None:
            continue
        ls, keys = head
        if not said and sep and _HANZI.search(line[_run_start(line, sep_start) : ls]):
            # round 23c: a layout's spaces follow a label standing alone, a cell's or a line's; a label glued to
            # the words before it is a sentence's word ('…及一宗面积 11283.48平方米的商业用地', fresh35 岳阳: the
            # second of two areas, said in a heading), not a label
            continue
        key = next((k for k in keys if value_form(k) is not None), None)
        if key is None or (sep.startswith("位") and key != "location"):
            continue
        if not sep and kind_of(key) not in GLUED_KINDS:
            continue
        rest = line[sep_end:]
        lead = len(rest) - len(rest.lstrip(" \u3000\xa0"))
        m = value_form(key).match(rest, lead)  # type: ignore[union-attr]
        if not m or not m.group(0).strip():
            continue
        # ('最高成交价为…', '开采年限为…', '第二次开标时间为…': a qualified label says another value; kept apart so
        # that it still counts as a second value said of the key)
        qualified = said and not _SAID_SUBJECT.fullmatch(line[_run_start(line, sep_start) : ls])
        found.append((ls, sep_start, sep_end + lead, sep_end + m.end(), qualified))
    return found


def _separator_split(line: str) -> list[str]:
    """``line`` cut around each 'label<spaces>value' or 'label' + glued date (see above)."""
    found = _separated(line, said=False)
    if not found:
        return [line]
    pieces, at = [], 0
    for ls, ss, vs, ve, _ in found:
        pieces += [line[at:ls], f"{line[ls:ss]}：{line[vs:ve]}"]
        at = ve
    pieces.append(line[at:])
    return [p for p in pieces if p.strip()]


# the keys each lot of a several-lot sale has its own value of (as core's and lots.py's per-lot keys)
# a sale of several lots counted by their kind's measure word: '6宗', '85辆', '4块', '3幅', '12套', '8个标的'
_SAID_LOTS = re.compile(
    r"(?:[2-9]|\d{2,}|[二两三四五六七八九十])\s*(?:宗|辆|台|块|幅|套|间|处|个(?:标的|地块|矿))"
)
_SAID_LOT_KEYS = frozenset({"location", "area_m2", "use_term_years", "starting_price", "land_use", "amount"})


def said_values(lines: list[str]) -> Iterator[Finding]:
    """Values said in a sentence after their label and '为' / '是' / a dash / '位于' (see above), one a key."""
    by_key: dict[str, list[tuple[Finding, bool, bool]]] = {}
    for line in lines:
        for ls, ss, vs, ve, qualified in _separated(line, said=True):
            piece = f"{line[ls:ss]}：{line[vs:ve]}"
            # ('盘河乡6宗国有土地位于…,用途为商业,出让年限为40年': a sentence whose subject counts the lots says it of each)
            of_all = bool(_SAID_LOTS.search(translate_only(line[line.rfind("。", 0, ls) + 1 : ls])))
            for f in label_lines([piece]):
                said = Finding(f.key, f.raw, f.note, line[ls : ve + 40], "regex")
                by_key.setdefault(f.key, []).append((said, qualified, of_all))
    several = bool(_SAID_LOTS.search(translate_only("\n".join(lines))))
    for key, found in by_key.items():
        plain = [f for f, qualified, _ in found if not qualified]
        if not plain or len({clean_text(f.raw) for f, _, _ in found}) != 1:
            continue
        if several and key in _SAID_LOT_KEYS and len(found) < 2 and not found[0][2]:
            continue  # a sale of several lots: one sentence is one lot's; each lot's saying the same is every lot's
        yield plain[0]


# a party's block heading run on into its first item: '1.采购人信息 名称：…', '2.采购代理机构信息 名称：…'
_RUN_PARTY = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]\s*)?(?P<sec>[\u4e00-\u9fff]{2,12}信息)\s*(?=名称\s*[:：])")


# (round 17c) a trading venue's block ('二、矿业权交易平台' / '名称：某市公共资源交易中心', the 2023 mining-right
# template's; '交易机构'): its 名称 is the venue that runs the sale, no agency (LABELLING 'agency: not a trading
# centre'); its phone is still none of the owner's
_VENUE_SECTION = re.compile(r"交易(?:中心|机构|平台)")


def _agency_or_venue(head: str) -> str:
    return "venue" if _VENUE_SECTION.search(head) and "代理" not in head else "agency"


# (round 19f) a heading over a bidder's past works ('企业类似业绩', '业绩（某公司）', '类似项目业绩', '业绩公示')
_PAST_WORK = re.compile(r"业绩")
# (round 19f) a stop, then the next item's bracketed number: '…灰岩矿;(二)矿山地址:'
_NEXT_ITEM = re.compile(r"[;；]\s*[(（][一二三四五六七八九十]{1,3}[)）]")


def _name_goes_on(name: str, below: str) -> bool:
    """Whether the line ``below`` a project name's value is the rest of that name, to be joined to it. Two
    ways, one join (they were two branches with the same guard and the same action):

    - the name split where the copy broke a span: '当涂县文化旅游体育局' / '2026至2029年食堂运营服务项目' —
      the first part names no project, the line below ends as a project name does;
    - round 19f: a line opening with a dash names a part of the project on the line above, as in a title
      ('项目标段名称' / '…改造提升工程' / '--灯光工程', fresh10 垫江; the heading '…建设项目' / '-' /
      '单体建筑主体工程劳务招标', fresh10 华蓥): the part is the name's.
    """
    if not _NAME_END.search(name) and _NAME_END.search(below) and _NAME_REST.fullmatch(below):
        return True
    return bool(DASH_OPEN.match(below) and len(below) <= 40 and not re.search(r"[:：，,。；;]", below))


# (round 27d) two bracketed notes of a label joined by a slash, '…金额（元）\（%）：' (a sum or a rate: ccgp's 结果变更
# template, fresh45 宜春): the slash is no character of a label, and the label walk stopped at it
_JOINED_NOTES = re.compile(r"([)）])\s*[\\/／]\s*(?=[（(])")


def _notes_joined(line: str) -> str:
    r"""``line`` with the slash between two bracketed notes before its first colon dropped ('（元）\（%）' → '（元）（%）')."""
    at = min((i for i in (line.find("："), line.find(":")) if i >= 0), default=-1)
    if at <= 0:
        return line
    return _JOINED_NOTES.sub(r"\1", line[:at]) + line[at:]


def label_lines(lines: list[str]) -> Iterator[Finding]:
    """'label：value' pairs in text lines, with party context for 名称 and phone labels."""
    party: str | None = None
    section = ""
    lines = [
        _colon_restored(q)
        for ln in lines
        for p in _items_split(_notes_joined(ln))
        for q in _separator_split(p)
    ]
    n = len(lines)
    neutral_phones: list[Finding] = []
    past_work = False  # round 19f: inside a bidder's 业绩 block, whose 项目名称 is a project it did before
    for i, line in enumerate(lines):
        if _SECTION.match(line) and len(line) <= 40:
            section = line
            past_work = bool(_PAST_WORK.search(line))
        run = _RUN_PARTY.match(line)
        if run:
            # '1.采购人信息 名称：某中心 地址：… 联系方式：…': a party block run into one line
            head = run.group("sec")
            if OWNER_SECTION.search(head):
                party = "owner"
            elif _WINNER_SECTION.fullmatch(head):
                party = "winner"
            elif AGENCY_SECTION.search(head):
                party = _agency_or_venue(head)
            line = line[run.end() :]
        if ":" not in line and "：" not in line:
            core, _ = core_label(line)
            if len(line) <= 40 and _PAST_WORK.search(line):
                # '企业类似业绩' / '业绩（某公司）' over a '项目名称' cell (fresh10 昆山; fresh 黄岛's 业绩公示, fresh24
                # 泸定's 业绩 table): the candidate's record, not the notice's project
                past_work = True
            if len(core) <= 20:
                if OWNER_SECTION.search(core):
                    party = "owner"
                elif _WINNER_SECTION.fullmatch(core):
                    party = "winner"  # '中标人信息' over its '单位名称': the winner's block
                elif re.search(r"监督|管理部门|受理部门|公证", core) and "代理" not in core:
                    party = "other"  # a supervisor's block: its 名称 is neither owner nor agency
                elif _VENUE_BLOCK.search(core) and "代理" not in core:
                    # round 17b: '二、矿业权交易平台' / '名称:某交易中心' (the 矿业权出让 template's venue block):
                    # the venue is no agency (LABELLING.md agency); its phone stays out of the owner's, as an
                    # agency's does
                    party = "venue"
                elif AGENCY_SECTION.search(core):
                    party = _agency_or_venue(core)
                elif re.search(r"联系方式|联系人", core) and party is None:
                    pass
                elif _TOP_SECTION.match(line) and not re.search(r"联系|电话|地址|方式|信息", core):
                    # '三、出让采矿权简要情况' after '二、交易平台': the next chapter names no party, so the
                    # platform's block is over (its '出让矿业权名称:' is the right's name, not the venue's)
                    party = None
            continue
        spans = _label_spans(line)
        twin_of = -1  # the span of the second party's phone, already decided
        block_next: str | None = None  # the party whose block heading ended the value before
        for idx, (ls, vs, label, known) in enumerate(spans):
            if block_next is not None:
                party, block_next = block_next, None
            ve = spans[idx + 1][0] if idx + 1 < len(spans) else len(line)
            value = line[vs:ve]
            if idx + 1 < len(spans) and (bracket := _OPEN_NOTE.search(value)) and bracket.start() > 0:
                # round 17b: '项目编号：X（招标文件编号：X）': the next label opens inside a bracket after the
                # value, a note on it; the value ends before the bracket, not inside it
                value = value[: bracket.start()]
            if idx + 1 < len(spans) and (item := _NEXT_ITEM.search(value)):
                # round 19f: '(一)采矿权名称:<矿>;(二)矿山地址:…' run into one line: the next item's number
                # after the stop opens that item, it is no part of this value (fresh22 永川; the 出让 template's
                # items, one a line on fresh 黄山 and fresh7 凉城)
                value = value[: item.start()]
            if idx + 1 < len(spans):
                glued = _GLUED_ITEM_NUMBER.search(value)
                if (
                    glued
                    and (glued.group("dot") or spans[idx + 1][2][:1] in ".．、")
                    and re.search(
                        rf"(?:^|(?<![\d.．])){int(glued.group('n')) - 1}\s*[.．、]\s*[\u3400-\u9fff]",
                        "\n".join([*lines[max(0, i - 8) : i], line[:ls]]),
                        re.M,
                    )
                ):
                    value = value[: glued.start()]
                    head = glued.group("block") or ""
                    if OWNER_SECTION.search(head):
                        block_next = "owner"
                    elif AGENCY_SECTION.search(head):
                        block_next = _agency_or_venue(head)
            core, note = core_label(label)
            if OWNER_SECTION.search(core) and not PHONE_LABEL.fullmatch(core):
                party = "owner"
            elif (
                AGENCY_SECTION.search(core)
                and not PHONE_LABEL.fullmatch(core)
                and not re.search(r"代理", core)
            ):
                # an inline '招标代理机构：X' names the agency but opens no block of its own: a lone
                # 联系电话 after the owner and agency lines is the notice's contact
                party = _agency_or_venue(core)
            elif ls == 0 and _BLOCK_NUMBER.match(line) and re.search(r"代理", core):
                # '9.2代理机构：X' numbers a contact block of its own (9.1 发包人 / 9.2 代理机构 / 9.3 监督)
                party = "agency"
            elif (
                re.search(r"代理", core)
                and _LEAD_NUMBER.fullmatch(line[:ls])
                and i + 1 < n
                and (
                    _ADDRESS_LINE.match(lines[i + 1])
                    or (_NUMBERED.match(line) and _CONTACT_LINE.match(lines[i + 1]))
                )
            ):
                # '招标代理人：X' followed by its own 办公地址 line, or '2.采购代理机构名称：X' (numbered like the
                # owner's '1.采购人名称') over unnumbered 联系人 lines: the agency's contact block, so its
                # 联系电话 is the agency's.  A flat numbered list ('12. 代理机构：X' / '13. 联系电话：…') is no block.
                party = "agency"
            elif idx == 0 and _SUPERVISOR_HEAD.search(line[:vs]):
                # '9.监督部门及电话：A局电话：… / B局电话：…': the supervisors' block, not the owner's
                party = "other"
            elif core in ("联系单位", "联系机构"):
                party = "other"
            elif _ACCOUNT_LABEL.fullmatch(core):
                # '户名：…交易中心保证金专户 / 开户银行：… / 电话：…': a deposit account's block, whose
                # phone is the account holder's (a trading centre), not the owner's contact
                party = "other"
            tail_value = idx + 1 == len(spans)
            cont = 0
            next_spans = _label_spans(lines[i + 1]) if tail_value and i + 1 < n else []
            if next_spans and not _label_spans(_BRACKETED.sub("", lines[i + 1])):
                # '仁怀市…工程（采购方式：竞争性磋商）': a colon inside brackets is a note, not the next label
                next_spans = []
            roles_only = (
                bool(next_spans)
                and _PARTIES_LABEL.fullmatch(core) is not None
                and all(_ROLE.fullmatch(core_label(sp[2])[0]) for sp in next_spans)
            )
            # a short next line is the next label, not this one's value — unless the line after it opens
            # another 'label：' (a key/value grid printed one cell per line: '土地用途：' / '批发零售用地')
            label_like = (
                i + 1 < n
                and len(lines[i + 1]) <= 8
                and not re.search(r"[，。；,;\d]", lines[i + 1])
                and not (
                    # round 14b: a party block's bare '名称：' reads as that party's key ('1.采购人信息' /
                    # '名称：' / '某省体育局' / '地址：'), so a short name below it is its value too
                    (
                        keys_for(core)
                        or (core in ("名称", "单位名称") and party in ("owner", "agency", "winner"))
                    )
                    and not keys_for(core_label(lines[i + 1])[0])
                    and (i + 2 >= n or re.search(r"[:：]\s*$", lines[i + 2]))
                )
            )
            if (
                tail_value
                and not clean_text(value)
                and i + 1 < n
                and (not next_spans or roles_only)
                and not label_like
                and not _RANK_COL.match(lines[i + 1])
                and not (_SECTION.match(lines[i + 1]) and len(lines[i + 1]) <= 16)
            ):  # a heading, not its value
                value = lines[i + 1]
                cont = 1
                if i + 2 < n and _UNIT_CELL.fullmatch(lines[i + 2].strip()) and not _UNIT_CELL.search(note):
                    # round 14b: '预算金额：' / '30.0' / '(万元)': a grid printed one cell per line puts the
                    # value's unit in the cell after it; the unit is the label's note, as in '预算金额(万元)：'
                    note += lines[i + 2].strip()
                elif (
                    i + 2 < n
                    and _BARE_FIGURE.fullmatch(value.strip())
                    and _BARE_UNIT_LINE.fullmatch(lines[i + 2].strip())
                ):
                    value = value.strip() + lines[i + 2].strip().rstrip("。.")
            elif tail_value and not clean_text(value) and i + 1 < n and _RANK_COL.match(lines[i + 1]):
                # a table follows the label: its summary is the count the label's bracket gives ('分配结果（共6户）：')
                m = re.search(r"共\s*(\d+)\s*(户|套|人|家|名|宗|个)", note)
                if m:
                    value = m.group(1) + m.group(2)
            keys = keys_for(core) if known else ()
            if ranked_candidate_label(line[:ls], label, keys):
                continue  # round 18g: '第一中标候选人：A' names a ranked candidate, not the winner
            if certificate_number_label(line[:ls], label, keys):
                continue  # round 19d: '某某,安全生产考核合格证(C证),编号:…' numbers a person's certificate
            if keys and idx + 1 < len(spans):
                ext = _extended_end(line, spans, idx, keys[0])
                if ext != ve:
                    value = line[vs:ext]
            if (
                not keys
                and core in ("截止时间", "截止日期")
                and re.search(r"投标|响应|递交|提交|上传", section)
                and not re.search(r"获取|报名|保证金|质疑|意见", section)
            ):
                keys = ("bid_deadline",)
            if not keys:
                if core in ("名称", "单位名称") and party in ("owner", "agency", "winner"):
                    keys = {"owner": ("purchaser",), "agency": ("agency",), "winner": ("winner",)}[party]
                elif (
                    PHONE_LABEL.fullmatch(core)
                    or re.search(r"(联系|咨询)电话|联系方式", core)
                    or _OWNER_PHONE_CELL.fullmatch(core)  # '采购人电话：135…'
                    or (core.endswith("联系人") and _PERSON_PHONE.search(value))
                ):
                    if _second_column(lines, i) or idx == twin_of:
                        continue  # the second party's column (招标人 | 招标代理机构 printed side by side)
                    if (
                        idx + 1 < len(spans)
                        and spans[idx + 1][2] == label
                        and _TWO_PARTY_NAMES.search(line[:ls])
                        and not PHONE_EXCLUDE.search(core)
                    ):
                        # '采购人名称：X采购代理机构名称：Y电话：A电话：B': the two parties' columns read
                        # row by row, so the first of the twin phones is the owner's
                        twin_of = idx + 1
                        yield Finding("contact_phone", value, note, line, "label_line")
                        continue
                    if (
                        tail_value
                        and (cont == 1 or not clean_text(value))
                        and i + 2 < n
                        and re.fullmatch(r"[\u3400-\u9fff]{2,4}", clean_text(lines[i + 1]))
                        and _BARE_PHONE.fullmatch(lines[i + 2].strip())
                    ):
                        # '联系方式：' / '杨某某' / '13300001111': the contact's name, then the number
                        value = lines[i + 2]
                    if core.endswith("联系人"):
                        # '联系人:张某,0579-87673710;李某,0579-87673702': the first number given with a name
                        value = _PERSON_PHONE.search(value).group("p")  # type: ignore[union-attr]
                    context = line[max(0, ls - 30) : ls]
                    owner_label = bool(re.search(r"业主|招标人|采购人|采购单位|出让人|转让方|出租方", core))
                    if (
                        not PHONE_EXCLUDE.search(core)
                        # (a registration desk the owner keeps itself, '报名登记地点:某局财务室,联系人:…,电话:…',
                        # is the owner's contact; '报名电话' as the label stays excluded)
                        and not PHONE_EXCLUDE.search(context.replace("报名", ""))
                        and not _OTHERS_PHONE.search(value)
                        and not (_VENUE.search(line[:ls]) and not _OWNER_WORDS.search(line[:ls]))
                        and (party in (None, "owner") or owner_label)
                    ):
                        v = value
                        if (
                            tail_value
                            and i + 1 + cont < n
                            and re.search(r"(\(0\d+\)|-)\s*$", clean_text(v))
                            and re.match(r"^\d", lines[i + 1 + cont])
                        ):
                            v = clean_text(v) + " " + lines[i + 1 + cont]
                        phone = Finding("contact_phone", v, note, line, "label_line")
                        if party == "owner" or owner_label:
                            yield phone
                        else:
                            neutral_phones.append(phone)
                    continue
                else:
                    continue
            if (
                tail_value
                and keys
                and kind_of(keys[0]) == DATETIME
                and i + 1 < n
                and re.match(r"^\s*(上午|下午)?\d{1,2}\s*[:：时]", lines[i + 1])
                and not re.search(r"\d[:：时]\d", value)
            ):
                value = clean_text(value) + " " + lines[i + 1]
            if (
                tail_value
                and keys
                and kind_of(keys[0]) == PEOPLE
                and not clean_text(value)
                and i + 1 < n
                and re.search(r"[、;；]", lines[i + 1])
                and not re.search(r"[:：]", _BRACKETED.sub("", lines[i + 1]))
            ):
                # the members on the line below, a role note in brackets ('罗振燕（采购人代表：罗振燕）')
                value = lines[i + 1]
            elif (
                tail_value
                and keys
                and kind_of(keys[0]) == PEOPLE
                and (
                    not clean_text(value)
                    # the first member taken from the line below, the rest one span per line after it
                    # ('李立彬（采购人代表）' / '、' / '马永胜' / …)
                    or (cont == 1 and i + 2 < n and lines[i + 2].startswith("、"))
                )
            ):
                people = []
                for nxt in lines[i + 1 + (cont if not clean_text(value) else 0) : i + 80]:
                    # (a member's role note in brackets, '李立彬（采购人代表）', is not part of the name)
                    bare = _BRACKETED.sub("", nxt).strip()
                    if (
                        not bare
                        or ":" in bare
                        or "：" in bare
                        or (len(bare) > 6 and not _NAMES_RUN.fullmatch(bare))
                    ):
                        break
                    people.append(nxt)
                value = "、".join(people)
            if tail_value and keys and kind_of(keys[0]) == LONG:
                more = []
                for nxt in lines[i + 1 + cont : i + 12]:
                    sp = _label_spans(nxt)
                    if _SECTION.match(nxt) or (sp and (keys_for(core_label(sp[0][2])[0]) or sp[0][0] == 0)):
                        break  # the next item ('计划工期：…' opens a line of its own)
                    more.append(nxt)
                if more and not clean_text(value):
                    value = "\n".join(more)
            elif (
                tail_value
                and keys
                and keys[0] in ("project_name", "title")
                and i + 1 < n
                and lines[i + 1][:1] in "（("
            ):
                extra = []
                for nxt in lines[i + 1 : i + 5]:
                    extra.append(nxt)
                    if re.search(r"[)）]$", nxt):
                        break
                if len("".join(extra)) <= 30:
                    value = clean_text(value) + "".join(extra)
            elif (
                tail_value
                and keys
                and keys[0] == "project_name"
                and i + 1 + cont < n
                and clean_text(value)
                and _name_goes_on(clean_text(value), lines[i + 1 + cont])
            ):
                value = clean_text(value) + lines[i + 1 + cont]
            if not (keys == ("project_number",) and _CODE_ROUND.search(value)):
                # ('XSA070002-202402-01(2)': a code's bracketed round is the code's, no next item's number)
                value = _NUMBER_TAIL.sub("", value)
            for key in keys:
                if past_work and key == "project_name":
                    continue
                yield Finding(key, value, note, line, "numbered" if _SECTION.match(line) else "label_line")
    # a phone printed in the owner's own block ('采购人联系方式：… 联系方式：…') is the owner's contact; one
    # printed outside any party's block (a ccgp head's '项目联系电话', often the agency's handler) only
    # stands in when no owner block gives one
    yield from neutral_phones


_STYLES = [
    re.compile(p)
    for p in (
        r"^\s*[一二三四五六七八九十]{1,3}\s*[、.．]",
        r"^\s*[（(][一二三四五六七八九十]{1,3}[)）]",
        r"^\s*\d{1,2}\s*[、.．](?!\d)",
        r"^\s*[（(]\d{1,2}[)）]",
        r"^\s*第[一二三四五六七八九十]+[章条节]",
    )
]


def _style(line: str) -> int | None:
    return next((i for i, rx in enumerate(_STYLES) if rx.match(line)), None)


def section_paragraphs(lines: list[str]) -> Iterator[Finding]:
    """'一、招标条件' / '4. 招标文件的获取' as a heading alone on its line, its text in the paragraphs
    below it up to the next heading of the same numbering style (the 一、二、 layout of long notices).

    A list of people is headed the same way ('5、竞争性磋商小组成员名单' over '姜云翠; 陈菁;刘岱熹;'):
    its names are the lines below, up to the next heading.
    """
    for i, line in enumerate(lines):
        if len(line) > 40 or ":" in line or "：" in line:
            continue
        style = _style(line)
        if style is None:
            continue
        core, note = core_label(line)
        keys = keys_for(core)
        if not keys or kind_of(keys[0]) not in (LONG, TEXT, PEOPLE):
            continue
        body: list[str] = []
        for nxt in lines[i + 1 : i + 30]:
            if _style(nxt) is not None and _style(nxt) <= style:
                break
            if re.match(r"^\s*\d{1,2}[.．]\d", nxt) or any(known for *_, known in _label_spans(nxt)[:1]):
                break  # the next section's numbered item ('2.2本次招标范围：…') or a labelled item
            body.append(nxt)
        if kind_of(keys[0]) == PEOPLE:
            # names only: a sentence below the heading is the next item's text, not a member
            body = body[
                : next((k for k, b in enumerate(body) if len(b) > 40 or re.search(r"[。，]", b)), None)
            ]
        if body and sum(len(b) for b in body) >= 2:
            text = (
                "\n".join(body)[:2000]
                if kind_of(keys[0]) == LONG
                else "、".join(body)
                if kind_of(keys[0]) == PEOPLE
                else body[0]
            )
            for key in keys:
                yield Finding(key, text, note, line, "section")


def _is_label_cell(text: str) -> bool:
    """A cell holding only a known label ('土地用途', '土地用途：'; not '土地用途：商业')."""
    core, _ = core_label(text)
    inner = re.sub(r"[:：]\s*$", "", text.strip())
    return bool(core) and len(core) <= 24 and bool(keys_for(core)) and ":" not in inner and "：" not in inner


# (round 19c) a column head with its unit in brackets, '土 地 用地面积 (平方米)', '起始价(万元)', '出 让 年 限 (年)': a lot
# table's header cells one per line run into one row (a page-store rendering: fresh28's four-lot 拍卖 sheet) pair
# '土地位置' with the next head; a head is never a value
_UNIT_HEAD_CELL = re.compile(
    r"^[\u3400-\u9fff\s]{2,24}[(（]\s*(?:平方米|㎡|m2|m²|亩|公顷|万元|元|年|%|米|万元/公顷|元/平方米|元/㎡)\s*[)）]$"
)


# (round 20b) a head cell: short, no figure, no sentence mark ('供地 条件', '容积率', '建筑 密度')
_HEAD_LIKE = re.compile(r"[^\d:：,，。;；、/≤≥<>]{2,14}")


def _leading_heads(cells: list[str]) -> int:
    """How many cells open ``cells`` as a lot table's header run into its data (0 if it is no such run).

    Round 19c's rule kept a head printed with its unit from being read as the value of the head before it;
    round 20b: any head — a lot table's header cells one per line run into one row with the lot's cells
    ('宗地编号 | 宗地位置 | 供地条件 | 出让面积 | 土地用途 | 容积率 | … | 2024-A号… | 该宗地位于…', fresh29 宕昌; fresh28's
    four-lot sheet) paired '宗地位置' with '供地条件' and '土地用途' with '容积率'.  A run of three heads or more, two
    known labels side by side among them (a label:value row alternates), is a header: no pair inside it.
    """
    n = 0
    while n < len(cells) and _HEAD_LIKE.fullmatch(core_label(cells[n])[0] or cells[n].strip()):
        n += 1
    if n < 3:
        return 0
    known = [_is_label_cell(c) for c in cells[:n]]
    return n if any(a and b for a, b in pairwise(known)) else 0


def kv_tables(tables: list[Table]) -> Iterator[Finding]:
    """Label cell → value cell, including several pairs in one row."""
    for t in tables:
        widths = [len(r) for r in t.grid()]  # spans expanded: a header over its data rows lines up
        for ri, row in enumerate(t.rows):
            cells = [c[0] for c in row]
            nxt = t.rows[ri + 1] if ri + 1 < len(t.rows) else None
            if (
                len(cells) >= 3
                and _is_header_row(cells)
                and not _kv_like(cells)
                and nxt is not None
                # (a text rendering pads a data row with empty cells, or leaves one out: '≥40 | ≤20 | | |')
                and (
                    len(nxt) == len(cells)
                    or (t.rowspans and widths[ri + 1] == widths[ri])
                    or abs(len([c for c in cells if c]) - len([c for c in nxt if c[0]])) <= 1
                )
                and (not _is_header_row([c[0] for c in nxt]) or bool(t.rowspans))
            ):
                continue
            for i in range(len(cells) - 1):
                core, note = core_label(cells[i])
                if (
                    (PHONE_LABEL.fullmatch(core) or core == "联系电话" or _OWNER_PHONE_CELL.fullmatch(core))
                    and not PHONE_EXCLUDE.search(core)
                    and cells[i + 1]
                ):
                    if any(core_label(c)[0] == core for c in cells[:i]):
                        break  # '电话： | | 电话： | 0519-…': two parties side by side, the first left it empty
                    yield Finding(
                        "contact_phone", cells[i + 1], note, f"{cells[i]}：{cells[i + 1]}", "kv_table"
                    )
                    break
            i = 0
            heads = _leading_heads(cells)
            while i < len(cells) - 1:
                if (
                    _is_label_cell(cells[i])
                    and not _is_label_cell(cells[i + 1])
                    and cells[i + 1]
                    and not _UNIT_HEAD_CELL.match(cells[i + 1])
                    and i + 1 >= heads
                ):
                    core, note = core_label(cells[i])
                    for key in keys_for(core):
                        yield Finding(key, cells[i + 1], note, f"{cells[i]}：{cells[i + 1]}", "kv_table")
                    i += 2
                else:
                    i += 1
            wrapped = _wrapped_value(cells, [c[0] for c in nxt] if nxt is not None else [])
            if wrapped:
                core, note = core_label(cells[-1])
                for key in keys_for(core):
                    yield Finding(key, wrapped, note, f"{cells[-1]}：{wrapped}", "kv_table")


# a grid cell naming the owner's number: '出租方联系电话', '采购人联系方式'
# a result's block of the winning party ('中标人信息' / '单位名称' / '社会信用代码' …, a Chongqing result sheet)
# (a land or mining result's chapter '一、竞得人' over '名称:X' / '场所:…' is that block too)
_WINNER_SECTION = re.compile(r"(中标|成交)(人|供应商|单位)信息|(竞得|受让)(人|单位)(信息)?")

_OWNER_PHONE_CELL = re.compile(
    r"(采购人|采购单位|招标人|转让方|出租方|出让方|出让人|业主|委托方)(联系)?(电话|方式|手机)"
)


def _wrapped_value(cells: list[str], nxt: list[str]) -> str | None:
    """The value of a label cell that ends its row, printed as the next row's first cell.

    A key/value grid whose rows wrap in a text rendering ('标的编号 | HJS… | 信息披露起始日期 |' over
    '2023-08-04 | 信息披露结束日期 | 2023-08-17 |') leaves the last label of a row without its value; the
    next row then opens with that value and goes on with a label of its own (or holds the value alone).
    """
    if len(cells) < 3 or not nxt or not _is_label_cell(cells[-1]) or _is_label_cell(cells[-2]):
        return None
    if not cells[-2] or not _is_label_cell(cells[-3]):
        return None  # a label/value pair before the label: a grid row, not a header row ('序号 | 企业名称 | 信用等级')
    first = nxt[0]
    if not first or _is_label_cell(first) or len(first) > 60:
        return None
    label_next = len(nxt) >= 3 and (
        _is_label_cell(nxt[1]) or bool(re.fullmatch(r"[\u3400-\u9fff（）()]{2,16}", nxt[1]))
    )
    if len(nxt) == 1 or (label_next and not _is_label_cell(nxt[2])):
        return first
    return None


_NAME_COL = re.compile(
    r"^(?:推荐)?(投标人|投标单位|投标供应商|投标商|供应商(信息)?|单位|(预)?中标(候选)?(人|单位|供应商)|(成交|中标)?(候选人)|"
    r"竞买人|竞得人|受让(人|方|单位)|承租(人|方)|企业)(名称)?$|^(中标|成交|预中标)(供应商|单位|人)名称$|^单位名称$|^候选人名称$"
    r"|^入围(候选人|供应商|企业|单位|生产企业)(名称)?$"
)
_PRICE_COL = re.compile(r"(投标|中标|成交|评标|最终)?(报价|价格|金额|总价|价)$")
_AWARD_PRICE = re.compile(r"(中标|成交)(金额|价|价格|总价)")
_RANK_COL = re.compile(
    r"^(序号|排名|名次|排序|中标候选人排序|候选人排名|投标人排序|排名顺序|推荐顺序|推荐排名)$"
)
_SKIP_PRICE = re.compile(r"保证金|单价|限价|控制价|预算|得分|分数")
_PM_COL = re.compile(r"^(拟派)?(项目负责人|项目经理)(姓名)?$")


def _header_map(header: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for idx, h in enumerate(header):
        core, _ = core_label(h)
        # (round 19c) '数量 | 单位 | 总价(元)': a 单位 beside the quantity is its unit of measure ('年', '套'), no party
        # (the national result template's 主要标的 columns, fresh24 昭苏: its 中标供应商名称 stands further on)
        measure = core == "单位" and idx > 0 and core_label(header[idx - 1])[0] in ("数量", "采购数量")
        if "name" not in cols and _NAME_COL.match(core) and "地址" not in core and not measure:
            cols["name"] = idx
        elif "price" not in cols and _PRICE_COL.search(core) and not _SKIP_PRICE.search(core):
            cols["price"] = idx
        elif "rank" not in cols and _RANK_COL.match(core):
            cols["rank"] = idx
        elif "pm" not in cols and _PM_COL.match(core):
            cols["pm"] = idx
    return cols


def _is_header_row(cells: list[str]) -> bool:
    real = [c for c in cells if c]
    if len(real) < 2:
        return False
    return all(len(core_label(c)[0]) <= 14 and not re.search(r"\d{3,}|有限公司", c) for c in real)


def _is_label_row(cells: list[str]) -> bool:
    """A repeated header or a row of labels (not a data row of short names such as 1 | 张三 | 组长)."""
    if not _is_header_row(cells):
        return False
    real = [c for c in cells if c]
    return sum(1 for c in real if keys_for(core_label(c)[0]) or _RANK_COL.match(core_label(c)[0])) * 2 >= len(
        real
    )


@dataclass
class ListTable:
    """A header table's rows read as candidates: rank, name and price (yuan)."""

    header: list[str]
    rows: list[dict[str, object]]
    snippet: str
    winner_table: bool
    managers: list[str] = field(
        default_factory=list
    )  # 项目负责人 column, row by row (masked names as printed)


def _list_part(t: Table) -> Table | None:
    """The list inside a form: a key/value sheet whose lower rows turn into a list under a header row
    of their own ('项目编号: | … / 招标人名称: | …' then '序号 | 中标人名称 | … | 中标价(元)' over one row per
    winner — an Excel export of a result).  None when the table has no such header below its top."""
    rows = [[c[0] for c in r] for r in t.rows]
    for k in range(3, len(rows) - 1):
        real = [c for c in rows[k] if c]
        if len(real) < 3 or not _is_header_row(rows[k]) or "name" not in _header_map(rows[k]):
            continue
        if _is_header_row(rows[k + 1]) or len(rows[k + 1]) < len(real) - 2:
            continue
        spans = t.rowspans[k:] if t.rowspans else []
        return Table(rows=t.rows[k:], caption=t.caption, rowspans=spans)
    return None


def header_tables(tables: list[Table]) -> Iterator[ListTable | Finding]:
    """Tables whose first row names the columns: lists of bidders/winners, or one record per table.

    A form whose list starts lower down (``_list_part``) is read from that header row on.
    """
    parts = [p for p in (_list_part(t) for t in tables) if p is not None]
    for t in [*tables, *parts]:
        cells = t.grid_cells()
        grid = [[c[0] for c in r] for r in cells]
        if len(grid) < 2:
            continue
        hi = next((i for i, r in enumerate(grid[:3]) if _is_header_row(r)), None)
        if hi is None:
            continue
        header = list(grid[hi])
        head_origins = {c[1] for c in cells[hi]}
        while hi + 1 < len(grid) and any(c[1] in head_origins for c in cells[hi + 1]):
            # a two-level header: cells of the first row span down into the second (rowspan), whose
            # own cells name the columns under a spanning group ('规划指标要求' → 容积率 | 建筑密度 …)
            hi += 1
            for ci, (text, origin) in enumerate(cells[hi]):
                if origin not in head_origins and ci < len(header) and text:
                    header[ci] = text
            head_origins |= {c[1] for c in cells[hi]}
        width = len([h for h in header if h])
        # (round 19c) a second table glued under the first opens with the same first head: the national result
        # template's '包号 | 供应商名称 | … | 成交金额(万元)' over its row, then '包号 | 服务 |' / '第1包 |' (主要标的信息, no
        # line between them in a text copy, fresh26 天津): the first table ends there, its rows are not this list's
        end = next(
            (
                i
                for i in range(hi + 1, len(grid))
                if header[0] and grid[i] and grid[i][0] == header[0] and grid[i] != header
            ),
            len(grid),
        )
        keep = [
            i
            for i in range(hi + 1, end)
            if any(grid[i])
            and grid[i] != header
            and not _is_label_row(grid[i])
            and not _note_row(grid[i])
            and not _spanning_note(grid[i], width)
        ]
        body = [grid[i] for i in keep]
        origins = [[c[1] for c in cells[i]] for i in keep]
        if not body:
            continue
        split = _split_lot(body, width)
        cols = _header_map(header) if len([h for h in header if h]) >= 3 else {}
        if not cols and len(header) == 2:
            # '投标人排序 | 中标候选人名称' over '第一名 | A': a ranked list of two columns is a list too
            two = _header_map(header)
            cols = two if {"rank", "name"} <= set(two) else {}
        if "name" in cols:
            unit = unit_from_label(header[cols["price"]]) if "price" in cols else None
            out = []
            managers: list[str] = []
            for r in body:
                if cols["name"] >= len(r):
                    continue
                name = strip_value(r[cols["name"]])
                if not name or is_placeholder(name) or len(name) > 60 or re.fullmatch(r"[\d.,\s]+", name):
                    continue  # (a bare figure is a row number or a price out of line, never a bidder)
                if STRUCTURAL.fullmatch(core_label(name)[0]):
                    continue  # a '联系人 | 罗某 | 电话 | …' row under the list: a contact line, not a bidder
                price = None
                if "price" in cols and cols["price"] < len(r):
                    price = money(r[cols["price"]], unit or "元")
                rank: int | None = None
                if "rank" in cols and cols["rank"] < len(r):
                    m = re.search(r"\d+|(?<=第)[一二三四五六七八九十]", r[cols["rank"]])
                    if m:
                        rank = rank_number(m.group(0))
                else:
                    m = re.search(r"第([一二三四五六七八九十\d]+)", " ".join(r))
                    if m:
                        rank = rank_number(m.group(1))
                out.append({"rank": rank, "name": name, "price": price})
                if "pm" in cols and cols["pm"] < len(r):
                    managers.append(strip_value(r[cols["pm"]]))
            if out:
                hname = core_label(header[cols["name"]])[0]
                yield ListTable(
                    header,
                    out,
                    " | ".join(header)[:200],
                    # a name column under 中标/成交…, or any name column beside a 成交金额 / 中标价 column
                    winner_table=bool(
                        re.search(r"中标|成交|竞得|受让|承租|入围", hname)
                        or any(_AWARD_PRICE.fullmatch(core_label(h)[0]) for h in header)
                    ),
                    managers=managers if len(managers) == len(out) else [],
                )
            rating_col = next(
                (i for i, h in enumerate(header) if re.fullmatch(r"信用(评价)?等级", core_label(h)[0])), None
            )
            if rating_col is not None:
                ratings = [strip_value(r[rating_col]) for r in body if rating_col < len(r)]
                if len(ratings) == len(out) and all(ratings):
                    snip = " | ".join(header)[:200]
                    yield Finding(
                        "parties", "", "", snip, "header_table", value=[str(c["name"]) for c in out]
                    )
                    yield Finding("credit_rating", "", "", snip, "header_table", value=ratings)
        name_col = next(
            (i for i, h in enumerate(header) if re.fullmatch(r"(专家|评委|成员)?姓名", core_label(h)[0])),
            None,
        )
        context = " ".join(" ".join(r) for r in grid[: hi + 1]) + " " + t.caption
        if name_col is not None and not re.search(r"专家|评委|评审|评标", context):
            name_col = None
        if name_col is not None:
            names = [r[name_col] for r in body if name_col < len(r) and r[name_col]]
            if names:
                yield Finding("experts", "、".join(names), "", " | ".join(header)[:200], "header_table")
        if len(body) == 1 or split:
            row = body[0]
            lot_sheet = _lot_sheet(header)
            named: list[Finding] = []  # parcel_no read from a 名称 column, held back
            for h, v in zip(header, row, strict=False):
                core, note = core_label(h)
                bare = lot_sheet and core in _BARE_NUMBER_HEADS
                if bare and not _LOT_CODE.search(v):
                    continue  # '一', '1': the row's count, no parcel's number
                for key in ("parcel_no",) if bare else keys_for(core):
                    if split and key not in _WHOLE_LOT_KEYS:
                        continue
                    if v and not _is_label_cell(v):
                        found = Finding(key, v, note, f"{h}：{v}", "header_table")
                        if key == "parcel_no" and core.endswith("名称"):
                            named.append(found)
                        else:
                            yield found
            # (round 26a) a lot's 地块名称 is its parcel_no only when no 编号 column names it (LABELLING parcel_no: a
            # 地块名称 when it is the only identifier): a row with both gives the 编号 first, whatever the order
            yield from named
        elif len(body) >= 2:
            yield from _uniform_columns(header, body, origins)


# (round 25a) a lot sheet's first column headed with a bare '编号' numbers its lots: the parcel's number, not a
# project's ('编号 | 土地位置 | 土地面积 | 用途 | …' over '2024某某-007号 | …', the 嘉兴 land template)
_BARE_NUMBER_HEADS = frozenset({"编号"})
_LOT_SHEET_KEYS = frozenset({"location", "land_use", "area_m2"})
# a lot's number: a figure of four digits or more, or digits with a letter or a dash ('2024 某某-007号', 'A-07')
_LOT_CODE = re.compile(r"\d{4}|[A-Za-z-－]\s*\d|\d\s*[A-Za-z-－]")


def _lot_sheet(header: list[str]) -> bool:
    """A land lot sheet: two of its heads or more name a lot's place, use or area."""
    keys = {k for h in header for k in keys_for(core_label(h)[0])}
    return len(keys & _LOT_SHEET_KEYS) >= 2


# Keys a multi-lot table (several parcels, lots or rights in rows) states for the whole notice when
# every row prints the same value: the term, the use, the method, the mineral, and the place (three
# plots all '某乡中心区': the notice's place, as LABELLING.md "Several lots" labels it; places that
# differ give none). Money and areas are per lot (a total is not theirs to guess), names differ by design.
_UNIFORM_KEYS = frozenset({"use_term_years", "land_use", "supply_method", "mineral", "location"})


def _uniform_columns(
    header: list[str], body: list[list[str]], origins: list[list[tuple[int, int]]]
) -> Iterator[Finding]:
    """Column values shared by every row of a multi-row header table (a multi-lot table).

    A value printed once in a cell spanning every row (rowspan) is stated for all the lots together,
    whatever its key (one starting price for parcels offered as one); a value repeated row by row
    counts only for the keys of ``_UNIFORM_KEYS``.
    """
    idx_rows = [i for i, r in enumerate(body) if len(r) == len(header)]
    if len(idx_rows) < 2 or len(idx_rows) < len(body) - 1:  # rows out of line: columns unreliable
        return
    rows = [body[i] for i in idx_rows]
    for idx, h in enumerate(header):
        core, note = core_label(h)
        one_cell = len({origins[i][idx] for i in idx_rows if idx < len(origins[i])}) == 1
        keys = [k for k in keys_for(core) if k in _UNIFORM_KEYS or one_cell]
        if not keys:
            continue
        values = {strip_value(r[idx]) for r in rows}
        # (round 18c) a row one cell short (a rendering drops its empty last cell: '**** | ****社区 | 9146 |
        # 供电用地 | … | 50' under a '备注' head) is a lot all the same: its cell must agree too
        values |= {strip_value(r[idx]) for r in body if len(r) == len(header) - 1 and idx < len(r)}
        if len(values) != 1:
            continue
        v = values.pop()
        if v and not _is_label_cell(v) and not is_placeholder(v):
            why = "（跨行单元格）" if one_cell else "（各行相同）"
            for key in keys:
                yield Finding(key, v, note, f"{h}：{v}{why}", "header_table")


def _spanning_note(cells: list[str], width: int) -> bool:
    """A note printed across a table of several columns (one colspan cell, a rendering keeps only
    it: '1、建筑施工…要求执行。2、项目必须符合…'): a single long cell under three headers or more, no lot."""
    real = [c for c in cells if c]
    return width >= 3 and len(real) == 1 and len(real[0]) >= 20


# What a lot printed over several rows states once for the whole lot: its number, its place, its price
_WHOLE_LOT_KEYS = frozenset({"parcel_no", "location", "starting_price", "project_number"})


def _split_lot(body: list[list[str]], width: int) -> bool:
    """One full row, then rows of fewer cells: a lot split by use ('居住' and '商业' parts, each with its
    area, term and indicators) whose other cells span the rows (rowspan, lost in a text rendering,
    which prints the part rows short).  Which columns the parts fill is not known: only the lot's
    whole values (``_WHOLE_LOT_KEYS``) are read from the full row.  A short row opening with a code
    shaped like the first row's (another lot's number) is a lot of its own, printed incomplete."""
    if len(body) < 2 or width < 5:
        return False
    first = [c for c in body[0] if c]
    rest = [[c for c in r if c] for r in body[1:]]
    if len(first) < width - 1 or not all(2 <= len(r) <= width - 3 for r in rest):
        return False
    # a part row does not open with another lot's number ('2025-K13' under '2025-K12': a lot of its own)
    shape = re.sub(r"\d+", "0", first[0])
    return not any(re.sub(r"\d+", "0", r[0]) == shape for r in rest)


def _note_row(cells: list[str]) -> bool:
    """A note under a table's lots ('土地使用条件： | 详见…', '备注：'): a label ending in a colon and at
    most one distinct text after it (a colspan-wide cell), not a lot of its own."""
    real = [c for c in cells if c]
    if len(real) == 1 and cells[0] and re.match(r"(备\s*注|说\s*明)\s*[:：]", cells[0]):
        return True  # '备注:1、按“标准地”出让…' alone in a row (a rendering prints the colspan as one cell)
    if not real or not (re.search(r"[:：]$", real[0]) or re.fullmatch(r"备\s*注|说\s*明", real[0])):
        return False  # ('备注 | 1、人防建设要求…': the note row's label needs no colon)
    return len(set(real[1:])) <= 1


# zcy (浙江政府采购网 / ccgp republications) semantic CSS classes → keys (platforms.md §4c)
HOOKS: dict[str, str] = {
    "00004": "project_number",
    "projectCode": "project_number",
    "00003": "project_name",
    "projectName": "project_name",
    "budgetPrice": "budget",
    "priceCeiling": "max_price",
    "winningSupplierName": "winner",
    "summaryPrice": "amount",
    "85005": "experts",
    "00014": "purchaser",
    "00009": "agency",
    "submitEndDate": "bid_deadline",
    "bidOpenTime": "opening_time",
}


def css_hooks(page: Page) -> Iterator[Finding]:
    """Values tagged with zcy ``code-…`` classes.

    A multi-lot notice repeats the template's block once per lot: its winners are all the lots'
    winners (page order), while a sum, a budget or a ceiling printed per lot with different figures
    names no single value for the notice — none is read from the hooks (a total printed elsewhere
    still is).
    """
    for code, key in HOOKS.items():
        text = page.hooks.get(code)
        if not text:
            continue
        values = page.hook_values.get(code) or [text]
        if len(values) > 1 and kind_of(key) == ORGS:
            text = "、".join(values)
        elif len(values) > 1 and kind_of(key) == MONEY and len({money(v, "元") for v in values}) > 1:
            continue
        yield Finding(key, text, "", f"code-{code}：{text}", "css_hook")


# a date and hour in figures ('2017年7月31日13时00分', '2017年7月31日 下午2:30')
_DATE_TIME = (
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午)?\s*\d{1,2}\s*[:：时点]\s*\d{0,2}\s*分?"
)
# a purchase's method and its act, closing a buyer's opening sentence ('…进行单一来源采购')
_METHOD_WORDS = r"(?:单一来源|公开招标|邀请招标|竞争性磋商|竞争性谈判|询价|公开)?(?:采购|招标)"
# prose sentences: (regex with group 'v', key)
# (a traditional-character repost keeps the converter's pinyin in the place name: '橫溪鎮(zhèn)桐塢嶺一帶';
# hanzi.PINYIN_NOTE)
# one side of a place bounded by roads: '景德路以西', '班岭村西侧'
_BOUND = r"(?:以[东西南北]|[东西南北]侧)"
# (round 26c) what a lease or a sale of assets puts out, named by its kind as the subject before 位于: the objects of
# labels.py's place family that are not land or a mine ('本租赁资产位于…', '标的位于…', '门面位于…'), as stated.py's
# _LOCATION_BY_VERB already counts them as stating the place; a reservoir or pond let is one of them ('…水库位于…')
_LET_OBJECTS = "|".join(
    sorted(
        (o for o in PLACE_OBJECTS if o not in ("地块", "宗地", "土地", "供地", "矿区", "矿山", "项目")),
        key=len,
        reverse=True,
    )
)
_PARCEL_LOCATION = (
    # (round 15c: a report retelling a sale notice names the mine '该项目': '根据出让公告,该项目位于…')
    # (round 18c: the parcel named by its code as the subject, '09031号国有建设用地使用权位于…' (安徽 宣城), '…002號土地
    # 位于…' (河南 郑州): the land or its right, not only a 地块)
    rf"(?:(?:该|本)?(?:地块|宗地|采矿权|探矿权|矿区|矿山|矿|项目|{_LET_OBJECTS})"
    r"|(?<=\d号)(?:国有建设用地使用权|土地使用权|土地))"
    rf"(?:{PINYIN_NOTE})?(?:坐落|位于)"
    # (a place closing its own line ends with the line: '一、基本情况' / '矿区位于某县某镇某村'; a label
    # over the next line, '宗地坐落' / '土地面积', is a table's header, no place)
    rf"(?:\s*(?=(?:[^，,。；;()（）\s]|{PINYIN_NOTE}){{2,40}}[，,。；;])|[^\S\n]*)"
    # (round 18c: a place told by its bounding roads goes on over the commas between them, '…位于景德路以西,兴隆路
    # 以南,创业路以东,林海路以北。' (安徽 宣城); so 镇江 '平昌路以南,通港路以东', 衢州 '经东路以东，衢化西路以西，建业路以北…')
    rf"(?P<v>(?:[^，,。；;()（）\s]|{PINYIN_NOTE}){{2,40}}?"
    rf"(?:{_BOUND}(?:[，,](?:[^，,。；;()（）\s]){{2,20}}?{_BOUND})+)?)(?:[，,。；;]|\n|$)"
)
# (round 16b) a place whose bounds follow it is the parcel's, whatever the subject: '我局拟将位于某路以东、某广场
# 以北,四至为东至…的国有土地使用权…供应给…'
# a sum of money in figures with its unit, as sale reports print it ('31.97万元', '1,200元', '1.05亿元')
# (round 19c: a report's 万 or 亿 with no 元, '中标金额538.8万,' (吉林 延吉), '最终以6729.84万成交' (新疆 塔城): the
# unit is printed, the currency left out; only where the figure's clause goes on — a stop or the deal's verb — so
# that a count's '万吨', '万平方米', '万人' stays no sum)
_SUM = rf"{FIGURE}\s*(?:亿元|万元|元|(?:万|亿)(?=[，,。；;、)）\n]|成交|$))"
# (round 19d: or the parcel's code after it, '同意将位于某乡某村,编号为2025-11号宗地,面积为…' (fresh26 兴县's 批复))
_BOUNDED_PLACE = (
    r"位于\s*(?P<v>[^，,。；;()（）\s]{2,40})[，,]\s*"
    r"(?:(?:宗地|地块|土地)?四至|编号为\s*[^，,。；;\s]{1,20}?号?(?:宗地|地块))"
)
# a payment named before a 用途 label ('支付用途', '汇款用途', '资金用途'): the memo of a transfer, no object's use
_PAYMENT_OF = re.compile(r"(?:支付|付款|汇款|缴款|交款|转账|资金|款项)$")
# (round 28z: '土地使用性质为工业用地(其他未列明制造业),' — the use named by its long label, as a 柯城 拍卖出让公告 prints
# it; fresh50, tuned on after its blind score)
# (round 15c: a report's '上述地块为商业用地兼容商务用地,' states the parcel's use with the parcel as subject;
# '该地块为国有建设用地' names its tenure, no use)
_PARCEL_USE = (
    r"(?:土地使用性质|用地性质|土地用途|规划用途|(?:该|上述|此|本)(?:地块|宗地))(?:为|是)\s*"
    r"(?P<v>(?!国有|集体|建设用地|出让|储备)[^，,。；;]{2,30}?用地(?:[(（][^()（）]{1,12}[)）])?)[，,。；;]"
)
# (round 19c) the use named by its label in the parcel's sentence, whatever it ends with: '…出让面积为31942.89平米(折合
# 47.914亩),土地用途为城镇住宅、零售商业,土地使用年限为…' (广西, one parcel), '同意该宗地用途为居住用地兼容商业服务业用地,'
# (山西 兴县); LABELLING land_use: 土地用途 as printed. No figure in it ('住宅70年' is a term), the clause ends it
_NAMED_USE = (
    r"(?:土地使用性质|用地性质|土地用途|规划用途|(?:该|上述|此|本)(?:地块|宗地)的?(?:土地|规划)?用途)(?:为|是)\s*"
    r"(?P<v>(?!国有|集体|出让|储备|以|按|详见)[^，,。；;\s\d()（）]{2,20}?)(?:[，,。；;]|\n)"
)
# '出让年限为50年' / '出让期限为自采矿许可证颁发之日起5年'
# (round 14b: a news report's '拟出让16.5年' and '两矿首次出让期限均为5年' tell the term as well)
_PARCEL_TERM = r"(?:(?:出让|使用)(?:年限|期限|年期)(?:均|皆)?(?:为|是)?|拟出让)\s*(?:自[^，,。；;]{2,20}?起)?\s*(?P<v>\d{1,3}(?:\.\d{1,2})?\s*年)"

# an organisation named in a sentence: no clause mark, quote, list mark or 的 inside it
_ORG = r"[^，,。；;\s“”\"、:：的为]{4,40}?(?:公司|集团|合作社|厂|研究院|设计院|事务所)"
# the buyer of a deal told in a sentence ('被X加工场以…摘得', '最终由X公司以…竞得', '被当地国企——X公司成功竞得'):
# no dash, 被 or 由 inside the name (they open the clause that names it)
_BUYER = r"[^，,。；;\s“”\"、:：的为—被由]{4,40}(?:公司|集团|合作社|厂|场)"
# (round 15c) a short group's name right after the 被/由 that opens its clause ('由福能集团以35640万元成功拍得'),
# not a pronoun's or a count's '由该公司' / '由其子公司' / '被一家公司'; and a works contractor named a 工程局
# or 工程处 ('省水利工程局…一举中标', '第一工程处…以1058.98万元的合同额中标')
_SHORT_BUYER = (
    r"(?<=[被由])(?![该本其此子母一二两三几多某各每另这那])[^，,。；;\s“”\"、:：的为—被由]{2,3}(?:公司|集团)"
)
_CONTRACTOR = r"[^，,。；;\s“”\"、:：的为—被由]{2,40}?工程(?:局|处)"
# a parent named before its bidding subsidiary ('中国某某(0390)旗下某某投资有限公司…竞得'): the subsidiary bid
# (cut from the name read, not matched: a lazy scan for 旗下 at every position costs the reader a third)
_PARENT_OF = re.compile(r"^.*旗下的?")
# a bracketed aside before the verb, which may hold a comma ('以12亿元(人民币,下同)竞得')
_ASIDE = r"(?:[(（][^()（）\n]{0,12}[)）][^，,。；;]{0,12}?)?"
# ('…以123.18亿的总价斩获该地', '…夺得该宗地': a news report's verbs of winning)
_DEAL_VERB = r"(?:成功)?(?:竞得|摘得|拍下|拍得|购得|拿下|斩获|夺得|中标)(?![人方者单候供价金通结公])"
# (round 19c) a report's deal names the parcel won by its place: '…以12億元競得番禺區南村鎮萬博商業區地塊四' (广州 番禺),
# '中铁建以总价26.08亿元竞得黄埔区广汕路以南、班岭村西侧HBPQ-LD-5地块' (广州 黄埔): the place before the parcel's code
# or its 地块 (LABELLING location: the place phrase; both sets' labels). One parcel only (``_ONE_PARCEL_PATTERNS``)
_WON_PLACE = (
    rf"{_DEAL_VERB}\s*(?P<v>[^，,。；;\s“”\"()（）]{{2,40}}?(?:区|镇|乡|村|侧|街道|片区|街区))"
    r"\s*(?:[A-Za-z0-9][A-Za-z0-9\-－]{0,20})?\s*地块"
)
# (round 19c) the object a notice disposes of, placed in the verb's clause: '同意将位于兴县某乡某村,编号为2025-11号宗地,…以挂牌
# 方式出让' (山西 兴县), '决定将位于上虞区某镇某村里夹岙、法古寺土地,进行公开发包' (浙江 上虞); the place up to the object's
# word or the clause's end (a place told by its bounds, '拟将位于某路以东、某广场以北,四至为…', is ``_BOUNDED_PLACE``'s)
# (a place told before '的<object>', '拟将位于某路以东、某广场以北的国有土地使用权,…供应给…', is left as round 16b left it:
# no 的 inside the place, the object word alone may follow it)
_DISPOSED_PLACE = r"将位于\s*(?P<v>[^，,。；;\s的]{2,40}?)\s*(?:土地|宗地|地块|房产|房屋|门面|资产)?\s*[，,]"
# (round 28d) an asset let or sold, by its kind: a building or a room of one, a shop front, a stall (not land or a
# mine, whose readers are the parcels'; not an office building, which a tender's venue may be)
_LET_ASSET = (
    r"(?:营业用房|商业用房|办公用房|经营用房|门面房|门面|店面房|店面|门市|商铺|铺面|摊位|房屋|房产|住宅|商品房|车库|车位|储藏室"
    r"|储物间|地下室|仓库|厂房|资产)"
)
_PLACED_ASSET = (
    r"(?:^|(?<=[对将，,\n])|(?<=标的[:：])|(?<=标的物[:：]))\s*位于\s*(?P<v>(?:[^，,。；;:：\s的]|(?<=\d)[,，](?=\d)){2,60}?)\s*的?\s*"
    + _LET_ASSET
)
# (prose keys whose every match is read: a report of several lots names each lot's buyer)
_EVERY_MATCH = "deal_buyers"
# (either order: '投标截止时间及开标时间延期至…', '开标时间及投标截止时间推迟至…')
_BOTH_MOVED = (
    r"(?:截止时间\s*(?:及|和|与|、)\s*开标时间|开标时间\s*(?:及|和|与|、)\s*(?:投标|响应)?(?:文件)?(?:递交)?截止时间)"
    r"\s*(?:均)?(?:更改|更正|变更|调整|延期|推迟|顺延)?(?:为|至|到)\s*[:：]?\s*"
    r"(?P<v>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午)?\s*\d{1,2}\s*[:：时点]\s*\d{0,2}\s*分?)"
)

_GLUED_RESULT = (
    r"^序号\s*中标[（(]成交[)）]金额[(（]元[)）]\s*中标供应商名称\s*(?:中标供应商地址)?[^\d]{0,8}?"
    r"1\s*[^：:\d（(]{0,6}[：:]\s*"
)

_LAND_AREA = (
    r"(?:用地|出让|土地|宗地|使用权|占地)面积[为:：]?\s*约?\s*"
    r"(?P<v>\d[\d,.]*\s*(?:万平方米|平方公里|平方千米|平方米|平米|公顷|亩|㎡|m2|km2|KM2))"
)
# (round 20b) a lease of buildings ('…厂房公开挂牌招租,土地使用权面积1281平方米,…厂房两幢建筑面积3020.26平方米', fresh29
# 桃溪村): what is leased is the building, whose area is the object's (LABELLING area_m2: 'the area of what is sold or
# leased'); the land's own area is read first only where the page leases nothing
_LEASE = re.compile(r"招租|出租|租赁权|承租[人方]")

# round 28i: the sender of an award letter received, and the agent named beside it ('收到招标人X及招标代理人Y签发的《…中标通知书》')
_LETTER_BODY = r"[^，,。；;\s“”\"、:：的]{4,40}?(?:委员会|管委会|中心|局|政府|公司|集团|学校|大学|学院|医院|研究院|研究所)"
_LETTER_SENT = (
    r"\s*(?:发来|签发|发出|下发|送达|出具)的\s*《?[^《》\n，,。；;]{0,30}?(?:中标|成交)\s*通\s*知\s*书"
)
_LETTER_AGENT = r"(?:及|和|、|与)\s*(?:招标|采购)?代理(?:人|机构|公司|单位)?\s*"
# (the sender itself no agent firm nor a venue: '收到某某招标代理有限公司发来的中标通知书' names the agent that sent it on the
# tenderer's behalf, no tenderer)
_LETTER_OWNER = (
    r"(?:(?!招标|代理|咨询|项目管理|造价|交易)[^，,。；;\s“”\"、:：的]){4,40}?"
    r"(?:委员会|管委会|中心|局|政府|公司|集团|学校|大学|学院|医院|研究院|研究所)"
)
_AWARD_LETTER_SENDER = rf"收到\s*(?:招标人|采购人|建设单位|业主|发包人)?\s*(?P<v>{_LETTER_OWNER})\s*(?:{_LETTER_AGENT}{_LETTER_BODY}\s*)?{_LETTER_SENT}"
_AWARD_LETTER_AGENT = rf"收到\s*(?:招标人|采购人|建设单位|业主|发包人)?\s*{_LETTER_BODY}\s*{_LETTER_AGENT}(?P<v>{_LETTER_BODY}){_LETTER_SENT}"


_PROSE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), k)
    for p, k in [
        (r"招标人为[“\"]?\s*(?P<v>[^，,。；;\s“”]{4,40}?)[”\"]?\s*[，,。；;]", "purchaser"),
        # the national result template's grid a text copy ran into one line, header and its one row:
        # '序号中标（成交）金额(元)中标供应商名称中标供应商地址评审总得分1总价：8000000（元）<供应商><地址>…'
        # (one row only: a second '（元）' later is another lot's)
        (_GLUED_RESULT + r"(?P<v>[\d.,]+)\s*[（(]元[)）](?!.*[（(]元[)）])", "amount"),
        (
            _GLUED_RESULT
            + r"[\d.,]+\s*[（(]元[)）]\s*(?P<v>[^\s，,。；;:：]{4,60}?(?:公司|事务所))(?!.*[（(]元[)）])",
            "winner",
        ),
        (r"采购人为[“\"]?\s*(?P<v>[^，,。；;\s]{4,40}?)\s*[，,。；;]", "purchaser"),
        # (round 28i) the award letter's sender is the tenderer (招标投标法 第四十五条: 招标人 issues the 中标通知书), as a winner's
        # disclosure tells it: '本公司收到某某开发区管理委员会发来的中标通知书', '收到招标人某某中心及招标代理人某某咨询有限公司
        # 签发的《某某平台中标通知书》' (the agent named beside it, ``_AWARD_LETTER_AGENT``)
        (_AWARD_LETTER_SENDER, "purchaser"),
        (_AWARD_LETTER_AGENT, "agency"),
        (r"项目法人为[“\"]?\s*(?P<v>[^，,。；;\s]{4,40}?)\s*[，,。；;]", "purchaser"),
        (r"发包人为[“\"]?\s*(?P<v>[^，,。；;\s]{4,40}?)\s*[，,。；;]", "purchaser"),
        (
            # (round 23c: not a commission of works, '某公司受某区人民政府委托对“某村改造项目”实施土地一级开发' (fresh33
            # 厦门, a news item): the principal of a development or a build is no seller's or buyer's)
            # (round 25b: nor several principals selling several lots, '受甲村村民委员会、乙村村民委员会…委托,决定公开出让4宗…':
            # each owns its own lots, none is the seller of all (LABELLING 'purchaser: the 委托方, none when no one 委托方 owns
            # all lots'); two bodies commissioning one sale together give the first named (fresh16 兰州's 公车拍卖))
            r"受(?![^，,。；;\n]{2,80}?、[^，,。；;\n]{2,80}?委托[^。；;\n]{0,60}?(?:\d+|[二两三四五六七八九十多])\s*(?:宗|幅|块|个地块))"
            r"\s*(?P<v>[^，,。；;\s]{4,40}?)\s*(?:的)?委托"
            r"(?![，,]?\s*对[^，,。；;]{0,60}?(?:实施|开展|负责|进行)[^，,。；;]{0,12}?(?:开发|建设|改造|施工|代建|运营)(?![^，,。；;]{0,12}(?:招标|采购)))",
            "purchaser",
        ),
        # the works template's agency sentence: '<公司>(招标代理机构名称)受招标人(的)委托(具体)负责本工程的…招标'
        (
            r"(?:^|\n|[。，,；;])\s*(?P<v>(?:[^，,。；;\s()（）]|"
            + PINYIN_NOTE
            + r"){4,60}?(?:公司|事务所|中心))\s*"
            r"(?:[(（](?:招标)?代理机构(?:名称)?[)）])?\s*受(?:招标人|采购人|建设单位|业主)的?委托",
            "agency",
        ),
        # a buyer running its own purchase opens its result so: '辽宁机电职业技术学院对…项目进行了竞争性磋商'
        (
            r"^(?P<v>(?:(?!代理|招标|咨询|交易)[^，,。；;\s受]){4,40}?(?:学院|大学|学校|医院|局|委员会|政府|办公室|中心))"
            r"对[^，,。；;]{2,80}?"
            r"进行了?(?:公开招标|邀请招标|竞争性磋商|竞争性谈判|询价|单一来源)",
            "purchaser",
        ),
        # the 2020 national template's 项目概况: '…的潜在供应商应在<代理公司>获取采购文件' — an agency firm (its
        # name says so) where the documents are obtained; a platform or a website is no agency
        (
            r"潜在(?:供应商|投标人)应在\s*(?P<v>[^，,。；;\s“”\"()（）]{2,40}?(?:招标|咨询|代理|项目管理|造价)"
            r"[^，,。；;\s“”\"()（）]{0,20}?(?:有限公司|有限责任公司))\s*(?:[(（][^()（）]{0,40}[)）])?\s*获取",
            "agency",
        ),
        (r"招标代理(?:机构|单位|人)?为\s*(?P<v>[^，,。；;\s]{4,40}?)\s*[，,。；;]", "agency"),
        (r"采购代理机构为\s*(?P<v>[^，,。；;\s]{4,40}?)\s*[，,。；;]", "agency"),
        # '福建讯诚招标有限公司受委托对下列政府采购项目进行公开招标': the principal may go unnamed
        (
            r"^(?P<v>[^，,。；;\s]{4,40}?(?:公司|中心|事务所))\s*受\s*(?:[^，,。；;\s]{4,40}?\s*)?委托",
            "agency",
        ),
        (
            # (round 19d: a works name listing its roads runs past 80 characters, fresh28 长沙高新 82; the template's
            # '本招标项目' before it and '已由' after it bound it)
            r"本(?:招标|发包|采购)项目\s*[“\"]?(?P<v>[^，,。；;“”\"]{4,120}?)[”\"]?\s*(?:[(（]项目名称[)）])?\s*已(?:由|批准|经)",
            "project_name",
        ),
        (r"^(?P<v>[^，,。；;\s]{4,80}?(?:工程|项目))\s*已(?:由|经)", "project_name"),
        # a filled-in form's code line under its title, the blank's caption kept: 'E3208000337007269001(标段编号)'
        (
            r"^\s*(?P<v>[A-Za-z0-9][A-Za-z0-9\-_]{5,40})\s*[(（](?:招标项目|招标|标段|项目)?(?:编号|编码)[)）]\s*$",
            "project_number",
        ),
        # the national works template's 招标条件: '<项目>（二次招标公告）已经<机关>以…批准建设' — the name is
        # what precedes 已由/已经 whatever it ends with, the notice's own words after it are not
        (
            # (a filled-in form keeps its blank's caption: '本招标项目<项目>(项目名称)已由…')
            r"^(?:本招标项目)?(?P<v>[^，,。；;\s]{4,80}?)(?:(?:二次|重新|第[二三]次)?招标公告)?"
            r"\s*(?:[(（]项目名称[)）])?\s*已(?:由|经)"
            r"[^，,。；;]{2,60}?批准建设",
            "project_name",
        ),
        # the same template with the number bracketed after the name: '本<项目>（招标项目编号：…）已由<机关>批准'
        (
            r"^本\s*(?P<v>[^，,。；;\s]{4,80}?)\s*[（(]\s*(?:招标)?(?:项目)?编号\s*[:：][^）)]{2,40}[）)]\s*已(?:由|经)"
            r"[^，,。；;]{2,60}?批准",
            "project_name",
        ),
        # round 17e: the national result / candidates template's opening: '本<项目>（招标项目编号：<code>），确定<项目>的
        # 中标人如下' (fresh10 三亚), '本<项目>（招标项目编号：<code>），经评标委员会评审，确定…' (fresh19 那曲)
        (
            r"^本\s*(?P<v>[^，,。；;\s]{4,80}?)\s*[（(]\s*(?:招标)?(?:项目)?编号\s*[:：][^）)]{2,40}[）)]\s*[，,]\s*"
            r"(?:经[^，,。；;]{0,12}评审\s*[，,]\s*)?确定",
            "project_name",
        ),
        (r"委托[，,]?\s*就\s*(?P<v>[^，,。；;]{4,80}?)\s*进行(?:招标|采购|公开招标)", "project_name"),
        # the same with '对' and the code bracketed after the name: '受某医院的委托,对<项目> (采购项目编号:…)
        # 进行公开招标采购'
        (
            r"委托[，,]?\s*对\s*(?P<v>[^，,。；;（(]{4,80}?)\s*[（(][^）)]{0,12}编号\s*[:：][^）)]{2,40}[）)]\s*"
            r"进行(?:公开)?(?:招标|采购)",
            "project_name",
        ),
        # an emission deal told as news: '…以协议转让的方式,成功购买<公司>二氧化硫、氮氧化物排污权' — the
        # company whose rights were bought is the selling side (转让方)
        (
            # (a traditional copy's pinyin notes inside the verb: '購(gòu)買(mǎi)')
            rf"(?:购(?:{PINYIN_NOTE})?买|购(?:{PINYIN_NOTE})?得|受让)(?:{PINYIN_NOTE})?了?\s*"
            r"(?P<v>[^，,。；;\s()（）]{4,40}?(?:公司|厂|集团))的?[^，,。；;]{0,20}?排污权",
            "purchaser",
        ),
        # a buyer's own opening: '<采购人>就<项目>(项目编号:…)进行单一来源采购' (no agency in between)
        (
            r"(?:^|\n)[^，,。；;\s]{4,40}?(?<!委托)就\s*(?P<v>[^，,。；;（()）]{4,80}?)\s*"
            r"(?:[(（](?:项目)?编号\s*[:：][^）)]{2,40}[）)])?\s*进行" + _METHOD_WORDS,
            "project_name",
        ),
        (
            r"(?:^|\n)(?P<v>[^，,。；;\s]{4,40}?)(?<!委托)就\s*[^，,。；;（()）]{4,80}?\s*"
            r"(?:[(（](?:项目)?编号\s*[:：][^）)]{2,40}[）)])?\s*进行" + _METHOD_WORDS,
            "purchaser",
        ),
        # a report or a halt told from its first sentence (a text copy cut below its heading):
        # '<工程>(一标段)于2018年…开标', '按照《…》,<工程>招标于二○一五年…举行开标',
        # '经院务会研究通过,<项目>进行对外招标采购', '终止此次<项目>公开询价采购活动',
        # '关于“<项目>”的招标规程要求'
        (
            # (a lot or a service of the works may close the name: '…改扩建工程一标段于…', '…项目工程监理于…')
            # (round 18b: the name may stand in quotes, '“<工程>设计施工总承包”于2025年…进行开评标')
            # (round 19d: a year printed apart from its 年, '采花乡2024 年农村公路…项目' (fresh23 五峰))
            # (round 20b: no label inside the name: '三、公告媒体及日期：本项目于2018年…' (fresh30 南宁) names none)
            r"(?:^|\n|》[，,]\s*)(?P<q>[“\"])?(?![本该此])(?P<v>(?:[^，,。；;\s《》“”:：]|(?<=\d) (?=年)){4,80}?(?:工程|项目)"
            r"(?:[(（][^()（）]{1,12}[)）])?"
            # (round 19d: the service tendered for the works closes the name, whatever words it takes: '…项目全过程工程
            # 咨询服务' (fresh27 宜都), '…工程勘察设计' (fresh28 澄海), '…设计施工总承包', '…工程监理')
            r"(?:[一二三四五六七八九十\d]{1,3}标段|[^，,。；;\s《》“”]{0,12}?(?:服务|咨询|监理|设计|勘察|施工|总承包))?"
            # (round 19d: the round bracketed after the name, '…工程监理(第二次)于2021年…' (fresh28 新会), and the
            # lot's code bracketed after it, '…项目(巴东县2025)(标段编号:ESBD-…)于2025年…' (fresh28 巴东), kept out)
            r"(?:[(（](?:第[一二三四五六七八九十\d]{1,2}次|二次|重新招标)[)）])?)"
            r"(?(q)[”\"])\s*(?:[(（][^()（）:：]{0,8}编号\s*[:：][^()（）]{1,40}[)）])?\s*(?:招标)?于\s*"
            # (round 19d: or with its date left blank by the template, '…总承包于在宜昌公共资源交易电子服务系统发布招标公告')
            r"(?:(?:\d{4}|[〇○零ＯO0一二三四五六七八九]{4})\s*年|在[^，,。；;\s]{2,30}?发布)",
            "project_name",
        ),
        (
            # (not an agency's '…公司受委托对下列政府采购项目进行公开招标': no 委托 or 下列 in the name)
            r"(?:^|\n|[，,])(?![本该此])(?P<v>(?:(?!委托|下列)[^，,。；;\s《》“”]){4,80}?项目)\s*进行(?:对外|公开)?(?:招标|采购|询价|比选)",
            "project_name",
        ),
        # a news report of an opening: '…获悉,<项目>已在某交易中心完成开标' (no date: the report's day is its own)
        (
            r"(?:^|\n|[，,。]\s*)(?![本该此])(?P<v>[^，,。；;\s《》“”]{4,80}?(?:工程|项目)(?:[(（][^()（）]{1,12}[)）])?)"
            r"\s*已\s*(?:在[^，,。；;]{2,40}?)?(?:顺利)?(?:完成|进行|举行)了?(?:公开)?开标",
            "project_name",
        ),
        # an agency's opening naming the project in quotes: '…受X的委托,对其“<项目>”进行公开招标'
        (
            r"委托[，,]?\s*对其?\s*[“\"](?P<v>[^“”\"]{4,80})[”\"]\s*进行(?:公开)?(?:招标|采购|询价|比选|磋商|谈判)",
            "project_name",
        ),
        # (round 18h: a news item's first sentence, '6月24日,<工程>(<包>)中标候选人公示。', names no project_name —
        # LABELLING 'project_name order', relabelled 2026-12-07 on fresh14 永善 and fresh9 西乌旗's same lead; the
        # rule round 13b wrote for it also cut fresh19 那曲's name short of the label's)
        (
            r"终止(?:此次|本次)\s*(?P<v>[^，,。；;\s]{4,80}?(?:工程|项目))\s*的?(?:公开)?(?:询价|招标|采购|磋商|谈判|比选)",
            "project_name",
        ),
        (rf"关(?:{PINYIN_NOTE})?于[“\"](?P<v>[^“”\"，,。；;]{{4,80}}?(?:工程|项目))[”\"]", "project_name"),
        # '关于确定<工程>施工单位的公告', '…择优比选确定<工程>施工单位的会议': the work a contractor is chosen for
        (
            r"确定(?P<v>[^，,。；;\s《》“”]{4,60}?(?:工程|项目))的?(?:施工|中标|承包|供货|服务)单位",
            "project_name",
        ),
        # a purchase plan names its buyer in its opening: '现将<单位>2021年09月至10月采购意向公开如下'
        # (a traditional copy keeps its converter's pinyin: '現(xiàn)將天津市人民医院 2021年…')
        (
            # (a copy that dropped every digit: '现将上海市嘉定区交通建设管理中心年月政府采购意向如下')
            rf"现(?:{PINYIN_NOTE})?将\s*(?P<v>[^，,。；;\s\d*]{{4,40}}?)\s*(?:[\d*]{{4}}\s*)?年[^。\n]{{0,20}}?采购意向",
            "purchaser",
        ),
        # a news item naming the right it reports on: '…所持有的“<矿区>勘探”探矿权成功挂牌转让'
        (r"[“\"](?P<v>[^“”\"，,。；;]{4,60}?)[”\"]\s*(?:探矿权|采矿权)", "project_name"),
        # the national procurement template's opening: '受X委托，对<项目>（项目编号：…）进行公开招标 / 竞争性磋商'
        # (round 17b: a clause may come between, the agency or the time and place: '受X委托，某咨询公司对<项目>
        # （项目编号：…）进行了竞争性磋商', '受X的委托,定于<时间>在<平台>对<项目>(项目编号:…)进行公开交易';
        # a masked principal's '****的' before the name is no part of it)
        (
            r"委托[，,]\s*(?:[^。；;\n对]{0,60}?)?对\s*(?:[*＊]{2,}的)?(?P<v>[^，,。；;（()）]{4,80}?)\s*[（(]\s*(?:项目|招标|采购)?编号\s*[:：][^）)]{2,40}[）)]"
            r"\s*(?:在[^，,。；;]{0,16}?)?进行",
            "project_name",
        ),
        (r"(?:财政)?(?:审定)?预算(?:造价|金额|价)?(?:为|是)\s*(?P<v>[\d,.]+\s*(?:万元|元|亿元))", "budget"),
        # (round 18b: the figure after its currency sign in a sentence, '…共计13225公斤，采购预算￥52.6万元，具体…',
        # as the 公告概要 grids print '预算金额￥330.5万元')
        # (round 19c: or with no sign, '此项目采购预算690万元,中标金额538.8万' (吉林 延吉), as '本次采购预算为300000元'
        # (山西 运城) with its 为)
        (r"采购预算(?:金额)?(?:为|是)?\s*[￥¥]?\s*(?P<v>\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元))", "budget"),
        # '…(8%、14%)审核预算价125143 元': a label run into the text of the item before it
        (r"(?:审核|审定|招标)预算(?:造价|金额|价)\s*(?P<v>\d[\d,]*(?:\.\d+)?\s*(?:万元|元|亿元))", "budget"),
        (r"(?:最高限价|招标控制价|控制价)(?:为|是)\s*(?P<v>[\d,.]+\s*(?:万元|元|亿元))", "max_price"),
        (
            # (the works template prints the time in figures too: '…截止时间（投标截止时间，下同）为2026-04-07 09:00')
            r"(?:投标|响应)(?:文件)?(?:递交|提交|送交|送达)?的?截止时间[^为：:。]{0,20}?为\s*(?P<v>\d{4}\s*[年/-][^。；;，,]{4,40})",
            "bid_deadline",
        ),
        # a correction's corrected item: '现更正公开招标文件中“投标截止时间和地点”为：投标人应于2017年7月31日
        # 13时00分前…' / '…“开标时间及地点”为：本次招标将于2017年7月31日13时00分在…开标' (the 原… item before
        # it states the withdrawn time)
        (
            r"现更正[^。“”\"\n]{0,30}?[“\"](?:投标|响应)(?:文件)?(?:递交|提交)?截止时间[^”\"]{0,8}[”\"]为[:：]?"
            r"[^。\n]{0,20}?于\s*(?P<v>" + _DATE_TIME + r")",
            "bid_deadline",
        ),
        (
            r"现更正[^。“”\"\n]{0,30}?[“\"]开标时间[^”\"]{0,8}[”\"]为[:：]?[^。\n]{0,20}?于\s*(?P<v>"
            + _DATE_TIME
            + r")",
            "opening_time",
        ),
        (  # the 2020 national template's 项目概况: '…获取采购文件，并于2021年12月16日13点30分（北京时间）前提交响应文件'
            # (a 竞价 asks for 应答文件; a copy may print its lost no-break space as '?': '5月6日?17:00')
            r"并?于\s*(?P<v>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s?]*(?:上午|下午)?\s*\d{1,2}\s*[:：时点]\s*\d{0,2}\s*分?)"
            # ('前提交(上传)响应文件': the electronic way of handing in named in brackets)
            r"\s*(?:[(（]北京时间[)）])?\s*(?:前|之前)\s*(?:提交|递交|上传)\s*(?:[(（](?:上传|提交|递交)[)）])?\s*"
            r"(?:投标|响应|应答)(?:文件)?",
            "bid_deadline",
        ),
        # round 17b: a buyer naming its own earlier notice: '某公司于2011年09月22日在某电子采购平台发布的采购…',
        # '某学院后勤中心于2019年4月26日发出的,关于…招标延期公告' (stated._PURCHASER_SAID's sentence, now read;
        # an agency, a venue or a bank publishing for the buyer is none)
        (
            r"(?:^|[\n。；;，,])\s*(?P<v>(?:(?!招标|代理|咨询|交易|银行|平台|采购网)[^，,。；;\s“”\"]){4,40}?"
            r"(?:局|分局|委员会|政府|办公室|中心|学校|学院|大学|医院|公司|集团))\s*于\s*\d{4}\s*年[^，,。；;\n]{0,16}?"
            r"(?:在[^，,。；;\n]{0,30}?)?(?:发布|发出)(?:的|了)?[，,]?\s*(?:关于)?[^。；;\n]{0,60}?"
            r"(?:采购|招标|询价|竞价|比选|谈判|磋商)",
            "purchaser",
        ),
        # (round 19b: the seller as the subject of the sale verb, the body that 委托s the sale, the seller named in a
        # buyer's acquisition — seven patterns of rounds 15–18 — are read by agents.py from the sentence's structure)
        # the office that runs a sale and commissions the venue: '由市公共资产管理局组织,委托西部产权交易所负责实施的'
        (
            r"由\s*(?P<v>[^，,。；;\s由]{3,30}?(?:局|厅|政府|委员会))\s*(?:组织|牵头|主办)[，,]?\s*(?:并)?委托",
            "purchaser",
        ),
        (
            # (round 18c: not a parcel's code, '决定公开出让编号为09031号地块…' — a parcel_no, parcels.py)
            r"(?:项目)?(?:招标)?编号为\s*(?P<v>[A-Za-z0-9][A-Za-z0-9\-_()（）]{3,40}[A-Za-z0-9)）])"
            r"(?![A-Za-z0-9\-_()（）]*\s*号?(?:地块|宗地))",
            "project_number",
        ),
        (r"(?:^|\n)(?P<v>[^\n：:]{4,80}?)(?:（[^）\n]*）|\([^)\n]*\))?开标记录表?(?:\n|$)", "project_name"),
        (  # '…项目于2021年4月28日上午9:00时在…开标室…进行公开开标'; a report writes the date or the
            # hour in words ('于二○一五年一月二十六日下午15:00时…举行开标', '于2018年11月20日上午九点准时…开标')
            r"于\s*(?P<v>(?:\d{4}|[〇○零ＯO0一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月"
            r"\s*[\d一二三四五六七八九十]{1,3}\s*日\s*(?:上午|下午)?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：时点]"
            r"\s*\d{0,2}\s*分?)"
            r"[^。\n]{0,60}?(?:进行|举行)?(?:公开)?开标",
            "opening_time",
        ),
        (  # a sentence opening with the time: '2025年12月24日9:30由第三方组织开标' (no 于; not a deadline's '…前')
            r"(?:^|[，,。；;\n])\s*(?P<v>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午)?\s*\d{1,2}\s*[:：时点]\s*\d{0,2}\s*分?)"
            r"(?:(?!前|截止|之前)[^，,。；;\n]){0,16}?(?:组织|进行|举行)?(?:公开)?开标",
            "opening_time",
        ),
        (  # 宜昌's candidates notice: '<工程>于<date>在…发布招标公告，2025年06月17日 09时00分在…交易中心开标、评标'
            r"招标公告[，,]\s*(?P<v>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:上午|下午)?\s*\d{1,2}\s*[:：时点]\s*\d{0,2}\s*分?)"
            r"\s*在[^，,。；;\n]{2,40}?开标",
            "opening_time",
        ),
        # a correction moving both at once: '…递交投标文件截止时间及开标时间更改为:2026年3月25日13时30分'
        (_BOTH_MOVED, "bid_deadline"),
        (_BOTH_MOVED, "opening_time"),
        (  # a termination's account in figures: '该项目已于2024-04-12 13:30:00开标,3家供应商参与开标'
            r"已于\s*(?P<v>\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?)\s*(?:进行|举行)?(?:公开)?开标",
            "opening_time",
        ),
        # (round 19c) the land's own area first, before any other '面积': a report of a land sale tells the parcel's
        # area beside the floor area to be built on it ('建設用地面積約5.91萬平方米,規劃建筑面積約8.6萬平方米', 北京
        # 海淀; '用地面積15,751平米,建築面積84,540平米', 广州 番禺; 'HBPQ-LD-5地块出让面积3.85万平方米,…最大建筑面积
        # 10.77万平方米', 广州 黄埔), and the two figures gave none; a report's units '万平方米' and '平米' (广西
        # 'GC2024-070地块…出让面积为31942.89平米')
        (_LAND_AREA, "area_m2"),
        (
            r"面积[为:：]?\s*约?\s*(?P<v>\d[\d,.]*\s*(?:平方公里|平方千米|平方米|平米|公顷|亩|㎡|m2|km2|KM2))",
            "area_m2",
        ),
        (
            r"我(?:中心|局|单位|公司|委|办)[^，,。]{0,6}(?:咨询|联系)电话[为是:：]?\s*(?P<v>0\d{2,3}-\d{7,8}|1[3-9]\d{9})",
            "contact_phone",
        ),
        (  # a result told in a sentence: '总成交金额为423158元' / '成交价为1200万元'
            # (a news item: '总成交额为255.7896万元', '成交总价达1.115亿元', '交易总成交金额271.29万元')
            # (not '最高成交价2.88万元/吨': the highest of several unit prices)
            # ('成交价合计1.05亿元': the report's total over each lot's '成交价为…')
            # (round 19c: '成交價總價174.4萬元' beside one lot's '最终成交价为6.8万元', 江西 南丰: the total wins, _the_figure)
            r"(?<!最高)(?<!最低)(?:总成交(?:金额|价款?|额)|成交总(?:金额|价款?|额)|成交价总(?:价|额|金额)|成交(?:金额|价款?))"
            r"(?:合计|共计|总计)?"
            # ('总成交价款共计达到1689.54万元')
            r"(?:(?:为|是|达到?)\s*|(?=\d))"
            rf"(?P<v>{_SUM})(?!\s*/)",
            "amount",
        ),
        (  # (round 15c) a lease auction's result told as its total rent: '拍卖成交标的年租金共计31.97万元',
            # '拍租后合同合计金额21.86万元/年' (the annual total of every lease let, a printed total: LABELLING
            # 'amount: a printed total is labelled'; not the old leases' '原…合同金额合计…')
            r"(?:成交|拍租后|竞租后|招租后)[^，,。；;]{0,12}?(?:年租金|租金|合同(?:合计)?金额)(?:共计|合计|总计|总额)?"
            rf"(?:为|达到?|是)?\s*(?P<v>{_SUM})",
            "amount",
        ),
        # '一宗商住用地以3.2亿元成交' (a report's price of the deal)
        # (or a tender's: '某公司以128万元中标', '中标价486万元')
        # (round 17b: the price named by its kind, '…公司以底价2.72亿元竞得该矿权', '中铁建以总价26.08亿元竞得…地块':
        # the deal's price all the same; a buyer's name need not end as a firm's does)
        (
            rf"以\s*(?P<v>{_SUM})(?!\s*/)[^，,。；;\d]{{0,6}}?(?:成功)?(?:成交|中标)",
            "amount",
        ),
        # (round 18h) a sale told done at its price with 成功, the verb on either side of it: '…采矿点…以352万元的
        # 高价成功拍卖' (fresh13 榆中), '…砂石矿以3.564亿元的高价成功出让' (fresh16 华安), '…办公楼以41.7万元招租成功',
        # '最高应价者以41.7万元竞拍成功' (fresh24 北园春); a notice schedules a sale, it never says it succeeded
        (
            rf"以\s*(?P<v>{_SUM})(?!\s*/)(?:的(?:最)?高价)?\s*"
            r"(?:成功(?:拍卖|出让|拍出|招租)|(?:招租|竞拍|竞买|拍卖)成功)",
            "amount",
        ),
        (
            rf"以\s*(?:底价|总价)\s*(?P<v>{_SUM})(?!\s*/)(?!\s*[和及、与]\s*\d)[^，,。；;\d]{{0,6}}?(?:成功)?(?:成交|中标|竞得|摘得|拍得)",
            "amount",
        ),
        # (round 17c) a report's '中铁建以总价26.08亿元竞得…地块', '某公司以底价2.72亿元竞得该矿权': the price the
        # buyer paid named as a total or as the floor it was sold at, then the buyer's verb
        (
            rf"以\s*(?:总价|底价|总成交价)\s*(?P<v>{_SUM})(?!\s*/)[^，,。；;\d]{{0,6}}?(?:成功)?(?:竞得|摘得|拍得|成交)",
            "amount",
        ),
        (
            rf"(?<!最高)中标(?:价|金额|价格)(?:为|是)?\s*(?P<v>{_SUM})(?!\s*/)",
            "amount",
        ),
        # a deal told in a sentence: '被X加工场以863.22万元摘得', '最终由X公司以12150万元整的最高报价竞得',
        # 'X公司最终以4.71亿元的最高报价竞得' (the buyer opening its clause: no 被 or 由 is needed, the name
        # stops at them)
        (
            # (not one of two lots' prices in one clause: '分别由甲公司和乙公司以14.6亿元和7.4亿元竞得')
            # ('以123.18亿的总价斩获该地': a report's 亿 with no 元 before 的总价 / 的价格)
            rf"(?:{_BUYER}|{_SHORT_BUYER})[^，,。；;]{{0,6}}?以\s*(?:底价|总价)?\s*"
            r"(?P<v>\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元|亿(?=的?(?:总价|价格|高价))))"
            r"(?!\s*[和及、与]\s*\d)"
            rf"[^，,。；;(（]{{0,24}}?{_ASIDE}{_DEAL_VERB}",
            "amount",
        ),
        # (round 19c) the deal's price before the buyer's verb, whoever the buyer is: '中海地產以45億元競得…地塊' (a
        # developer by its short name, 北京 海淀), '…便以45億元的報價拿下該地塊'; the same sentence as the one above
        # with its buyer a firm ('某公司以10560万元竞得', 四川 旺苍; '山西某公司以10000萬元成功競得', 山西 朔州). Lots'
        # prices told so ('…经过40轮竞价,以3750万元竞得', '…以2610万元竞得', 北京 大兴) give none (_lot_price)
        (
            rf"以\s*(?:底价|总价)?\s*(?P<v>{_SUM})(?!\s*/)(?!\s*[和及、与]\s*\d)[^，,。；;(（]{{0,24}}?{_ASIDE}{_DEAL_VERB}",
            "amount",
        ),
        # (round 19c) the price paid told with its premium over the floor and no verb between: '…滨江集团以52.03亿元,
        # 溢价率69.86%,折合楼面价…,将这块宝地收入麾下' (fresh13 杭州); the premium names a deal's price, as it follows the
        # verb's on 朔州 ('以10000萬元成功競得,溢價率約614%'), 旺苍 and 海淀
        (rf"以\s*(?P<v>{_SUM})(?!\s*/)\s*[，,、]\s*(?:综合|整体)?溢价率", "amount"),
        (  # '竞得人为某某矿业有限公司。' / '受让人是某某公司，'
            # (every one a report names, in page order: '…地块,竞得人为甲公司,成交价为…' / '…,竞得人为乙公司')
            r"(?:竞得人|竞得单位|受让人|受让方|买受人)(?:为|是)\s*(?P<v>[^，,。；;\s]{4,40}?(?:公司|集团|合作社|厂|中心|局))[，,。；;]",
            _EVERY_MATCH,
        ),
        # a works result told in a sentence (a school's own notice, a news item): '会议确定甲公司为本工程的
        # 施工单位', '第一候选中标人乙公司被确定为…中标单位', '最终由专家评定丙公司中标',
        # '投标结果为:丁公司,以92分最高分中标', '初步选用戊公司提供的施工方案'
        (
            rf"确定\s*(?P<v>{_ORG})\s*为(?:本|该)?(?:工程|项目)?的?(?:中标|成交|施工|承包|中选)(?:单位|人|供应商)",
            "winner",
        ),
        (
            rf"(?:第[一1]?候选中标人|第[一1]中标候选人)?(?P<v>{_ORG})\s*被确定为[^，,。；;]{{0,24}}?"
            r"(?:中标|成交|施工|承包|中选)(?:单位|人|供应商)",
            "winner",
        ),
        (rf"(?:评定|选定)\s*(?P<v>{_ORG})\s*中标", "winner"),
        # a result's account of its evaluation: '评委经评审,推荐甲公司为第一中标候选人' (the notice awards the first)
        (rf"推荐\s*(?P<v>{_ORG})\s*为第[一1]\s*(?:中标|成交)候选(?:人|单位|供应商)", "winner"),
        # a trade told in a sentence: '甲公司通过竞买获得乙公司出售的二氧化硫指标' (the buyer; the seller below)
        (
            rf"(?:^|[，,。；;\n])(?P<v>{_ORG})\s*通过(?:竞买|竞拍|竞价|竞标|网上竞价)(?:方式)?(?:获得|购得|取得|买得)",
            "winner",
        ),
        (
            rf"(?:投标|评标|比选|评审)结果为\s*[:：]?\s*(?P<v>{_ORG})\s*[，,]\s*以[^，,。；;]{{0,20}}?中标",
            "winner",
        ),
        (rf"选用\s*(?P<v>{_ORG})\s*(?:提供)?的(?:施工|设计|服务)?方案", "winner"),
        (  # a news item's buyers listed before '等10家企业': '甲公司、乙公司等10家企业参加了此次交易，并成功购得…'
            # (in the same clause, or the next when it goes on with 并/均: '甲公司、乙公司等七家企业参加竞拍,
            # 两家企业成功买到' names bidders only)
            # (round 18h: '最终甲公司、乙公司等4家企业竞标成功' — the clause's 最终 no part of the first name, and the
            # bid won told as a success, fresh22 泰州)
            rf"(?:^|[，,。\n])(?:最终|最后)?(?P<v>{_ORG}(?:、{_ORG})*)等\s*[\d一二三四五六七八九十]{{1,3}}\s*家次?[^。；;，,\n]{{0,30}}?"
            r"(?:[，,]\s*(?:并|均|且|都|也)[^。；;，,\n]{0,12}?)?"
            r"(?:购得|竞得|买得|拍得|成交|竞拍到|拍到|买到|(?:竞标|竞拍|竞买|竞价)成功)",
            "winner",
        ),
        (  # '…的浙江恒昌集团有限公司日前以0.5万元/吨价格拍下…' / '某公司以1.2亿元竞得该地块'
            # ('最终由X公司以…竞得', '被X加工场以…摘得', '被当地国企——X公司成功竞得'; every lot's buyer)
            # ('甲公司经过40轮竞价,以3750万元竞得': the bidding's clause between the buyer and its price)
            # ('…出让,最终X公司以…斩获该地': the clause's 最终 is no part of the name)
            # ('经过讨论和评分,确认X公司所投家具中标': the committee's verb opens the clause, no part of the name)
            rf"(?:(?:被|由)[^，,。；;]{{0,12}}?|最终\s*)?(?:确认|确定|评定|选定|宣布)?"
            rf"(?P<v>{_BUYER}|{_SHORT_BUYER})[^，,。；;]{{0,8}}?"
            # (round 28l: or run on into the outcome with no comma, '某公司经过11轮报价最终以180万元竞得')
            rf"(?:[，,]?\s*经过?[^，,。；;]{{1,12}}?(?:竞价|竞拍|报价|角逐|争夺)\s*(?:[，,]\s*|(?=最终|最后)))?(?:最终|最后)?\s*"
            # ('两宗地均由X公司分别以起叫价7800万元竞拍成交', 'X公司最终以30.2元/吨的价格成交': 成交 after a
            # price the buyer paid)
            rf"(?:(?:以[^，,。；;(（]{{1,30}}?{_ASIDE})?{_DEAL_VERB}|以[^，,。；;]{{1,30}}?(?:竞拍|竞买|竞价)?成交)",
            _EVERY_MATCH,
        ),
        # (round 28l) the bidder that came out first, told by the idiom of the outcome after the bidding: '…,28号企业某某工程有限公司
        # 最终胜出' (a lottery's or a panel's numbered bidder); a rule names who wins, never a firm ('以报价最低者胜出')
        (
            rf"(?:^|[，,。；;\n])\s*(?:\d{{1,3}}\s*号(?:企业|单位|投标人|供应商)\s*)?(?P<v>{_ORG})\s*(?:最终|最后)(?:成功)?胜出",
            "winner",
        ),
        (  # (round 15c) a works award reported with the contractor as its clause's subject, a short clause
            # between ('省水利工程局脱颖而出,一举中标', '第一工程处水利市场再传喜讯,以1058.98万元的合同额中标…');
            # not '甲公司未中标', '甲公司为第一中标候选人', nor a tender's rules ('某招标代理有限公司受招标人委托,
            # 中标服务费由中标人支付'): no agency's name, no 委托 or duty between, and the award ends its clause
            # or takes the works as its object
            r"(?:^|[，,。；;\n\s])(?![^，,。；;\s]{0,40}?(?:代理|招标))"
            rf"(?P<v>{_CONTRACTOR}|{_BUYER})(?:(?:(?!委托|须|应)[^，,。；;\n]){{0,12}}[，,]\s*)?"
            r"(?:一举|成功|顺利|最终)?(?:以[^，,。；;]{1,30}?)?中标(?![人方者单候供价金通结公])"
            r"(?=[，,。；;!！\s]|$|[^，,。；;\n]{0,40}?(?:工程|项目|标段|标包))",
            "winner",
        ),
        (  # the figure named the floor after it: '竞价以首年租金40.9359万做为底价竞价,加价幅度为1000元'
            # ('以5750万元为起拍价竞拍': 为 alone)
            r"以[^，,。；;\d]{0,12}?(?P<v>\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|万|元))\s*(?:作为|做为|为)(?:底价|起拍价|起始价|起挂价)",
            "starting_price",
        ),
        (  # the sum in words, its figure bracketed: '出让起始价为伍拾贰万贰仟肆佰捌拾元整(¥522,480.00元),加价幅度每次为…'
            # ('挂牌起始价为人民币叁拾万元整(小写:人民币30万元)': the currency named before the sum)
            r"(?:起始(?:出让|挂牌|拍卖|转让)?价|起拍价|起挂价)(?:为|是)\s*(?:人民币)?\s*(?P<v>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿]{2,24}元整?\s*(?:[(（][^()（）]{1,30}[)）])?)",
            "starting_price",
        ),
        (  # a price stated in a sentence: '拍卖底价为…的1.5倍，即…均为4500元/吨' (the first sum after 为/即)
            # (no other sum passed on the way: '总起拍价110.5万元,总成交价229.38万元,…平均每辆车成交价为4.25万元'
            # states the floor's figure first and the 为 belongs to another price)
            # (round 18h: nor into a bracketed aside, whose 为 is another figure's: '起拍价是针对…资源量确定的金额,不包含
            # …(剩余资源量矿石计算价值为1175.02万元)', fresh24 北川)
            rf"(?<!总)(?:起始(?:出让|挂牌|拍卖|转让)?价|起拍价|起挂价|底价)(?:(?!{_SUM})[^。\n(（]){{0,120}}?(?:为|即|是)\s*(?:人民币)?\s*"
            rf"(?P<v>{_SUM})",
            "starting_price",
        ),
        # (round 15c) a report's '…拟出让年限18年,1.05亿元起拍,挂牌时间为…' / headline '5亿起拍!': the floor
        # told before its verb (not '起拍价' nor a count's '50辆起拍')
        (
            # (round 22e: the floor's own name between 以 and the figure, '以底价2616.94万元起拍', '以起始价…起拍')
            # (以 marks the figure as the act's price, so no clause start is needed before it: '…采矿权以底价…起拍')
            r"(?:(?:^|[，,。；;!！\s])|(?=以))(?:以\s*(?:底价|起始价|起拍价|起价)?\s*)?(?P<v>\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元|亿|万))\s*起拍(?![价])",
            "starting_price",
        ),
        # '本次出让起拍价4000万元' (a report's sentence; one figure per lot gives none, as below)
        (
            # ('总起拍价110.5万元': the sum of several lots' floors, no lot's — LABELLING.md 'several base prices')
            # ('该地块起始出让价为62.86亿元': the act named inside the word)
            # (round 15c: '挂牌起价1533万元', a report's short word for the listing's floor)
            rf"(?<!总)(?:起始(?:出让|挂牌|拍卖|转让)?价|起拍价|起挂价|(?:挂牌|拍卖|出让)起价)(?:{PINYIN_NOTE})?\s*(?P<v>{_SUM})(?!\s*/)",
            "starting_price",
        ),
        (
            r"现将位于\s*(?P<v>[^，,。；;]{4,60}?)(?:的)?(?:营业用房|房屋|房产|商铺|店面|厂房|仓库|土地|资产)",
            "location",
        ),
        # (round 28d) the place told before the asset let or sold, in any clause that puts it out: '对位于某市区某路某花园小区车库、
        # 储藏室共15个标的进行公开拍卖', '位于某合作区某佳苑二期(某某)2-52,2-53,2-54的商铺租赁权' (a run of unit numbers keeps its
        # commas); the place up to the asset's word (a building or a room of one, a shop front, a stall), after 对 / 将 or
        # a clause's start or the lot's own label ('拍卖标的:位于…'), never after another label's colon ('开标地点:位于某路的…' is a
        # venue)
        (_PLACED_ASSET, "location"),
        # a housing allocation names the estate its homes are in ('本次分配房源均为某某家园,', '本次实物配租的
        # 廉租住房为某市某某小区,'): the homes allocated stand there
        (
            r"(?:本次|此次|本批|本期)(?:实物)?(?:分配|配租|配售|摇号|选房)的?(?:房源|住房|廉租住房|公租房|公共租赁住房|"
            r"保障性?住房|保障房|租赁住房)(?:均|全部)?(?:为|是|位于|坐落于)\s*(?P<v>[^，,。；;\s、]{2,40}?)\s*[，,。；;(（]",
            "location",
        ),
        # a land notice's one-parcel sentence: '该地块位于七营镇杨堡村,…用地性质为公用设施用地(供水用地),…出让年限为50年'
        (_PARCEL_LOCATION, "location"),
        (_BOUNDED_PLACE, "location"),
        (_WON_PLACE, "location"),
        (_DISPOSED_PLACE, "location"),
        (_PARCEL_USE, "land_use"),
        (_NAMED_USE, "land_use"),
        (_PARCEL_TERM, "use_term_years"),
    ]
]


_ONE_PARCEL_PATTERNS = frozenset(
    {_PARCEL_LOCATION, _BOUNDED_PLACE, _WON_PLACE, _DISPOSED_PLACE, _PARCEL_USE, _NAMED_USE, _PARCEL_TERM}
)
# '出让3宗国有建设用地使用权' / '共两宗地块': several parcels, whose sentences are each parcel's own
_SEVERAL_PARCELS = re.compile(r"(?:[2-9]|\d{2,}|[二两三四五六七八九十])\s*宗")
_PROSE_TEXT = [(rx, k) for rx, k in _PROSE if not rx.pattern.startswith("^")]
# (round 17c) a term or a use told of every lot alike: each lot's own sentence giving the same value ('首次出让期限
# 为5年' under each of four exploration rights), or one sentence saying so ('两矿首次出让期限均为5年') — LABELLING
# 'Several lots': a per-lot key when it is the same for every lot. Not a location (each lot's own place).
_UNIFORM_PATTERNS = frozenset({_PARCEL_USE, _NAMED_USE, _PARCEL_TERM})
_ALIKE = re.compile(r"均|皆|都")


def _said_of_every_lot(rx: re.Pattern[str], folded: str) -> bool:
    found = list(rx.finditer(folded))
    if len({re.sub(r"\s", "", m.group("v")) for m in found}) != 1:
        return False
    return len(found) >= 2 or bool(_ALIKE.search(found[0].group(0)))


_EVERY = {_EVERY_MATCH: "winner"}
# A figure told in a sentence once per lot ('面积0.508平方公里' … '面积0.311平方公里', '起始价1400万元' …
# '起始价750万元') is each lot's, not the notice's: as for labelled items (lots.py), several different
# figures give none, unless one of them is the report's total ('本次交易专场成交总金额为261.84万元').
_FIGURE_KEYS = frozenset({"amount", "starting_price", "area_m2", "budget"})
_TOTAL_BEFORE = re.compile(r"(?:本次|共计|合计|累计|总计|全部)[^。，,；;\n]{0,12}$")


# (round 18h) a figure told of one part among several, 其中 opening its clause: '…出让土地6块,成交5块,最终成交总金额
# …。其中3号地块的出让价由起始价1446.2万元经过13轮的竞价…' (fresh10 张北), '3076万元(其中住宅部分出让起始价2525万元,
# 商业部分…)' (fresh3 温州, labelled 3076): the part's, not the notice's, unless the clause names a total (several
# parts' figures, '其中湖南省桃江县…,起始价70万元' …, give none already; one told so gives none too). Only in the figure's
# own clause: '…其中左岸1.012km,右岸0.996km,…预算造价为9561327元' (dev 龙游) names the parts of another thing
_PART_OF = re.compile(r"其中[，,]?(?![^。；;\n(（，,]*(?:总|共计|合计|累计))[^。；;\n(（，,]*$")

# (round 19c) a sale of many lots that prints the total of their floors ('此场拍卖会起拍价总价71.15万元', 江西 南丰 85 cars;
# '總起拍價110.5萬元', 陕西 安康 54 cars; '起拍价共计152.4万元', 浙江 椒江 136 cars) has no one floor: the total is no
# starting_price (LABELLING 'several base prices'; the (?<!总) of the patterns below), and a lot's '起拍价2.8万元' told
# beside it is one lot's (LABELLING 'Several lots')
_FLOOR_TOTAL = re.compile(
    r"总(?:起拍|起始|起叫|起挂)价|(?:起拍|起始|起叫|起挂)(?:价)?(?:总价|总额|共计|合计|总计|总和)"
)


# (round 18h) a price told with its buyer's verb ('…公司以2610万元竞得') while another lot's is told so at another price
# ('…经过40轮竞价,以3750万元竞得…地块', fresh13 大兴; the buyer's name is not needed to see the price): each lot's,
# no notice's (LABELLING's several lots), unless the sentence names a total
_DEAL_PRICE = re.compile(rf"以\s*(?:底价|总价)?\s*(?P<v>{_SUM})(?!\s*/)[^，,。；;\d]{{0,12}}?{_DEAL_VERB}")


def _lot_price(m: re.Match[str], folded: str) -> bool:
    """The deal price ``m`` read is one of several lots' (their prices differ), not a total."""
    if not _DEAL_PRICE.search(m.group(0)) or "总" in folded[m.start() : m.start("v")]:
        return False
    return len({re.sub(r"[\s,]", "", x.group("v")) for x in _DEAL_PRICE.finditer(folded)}) >= 2


# round 23c: a figure told against its label, '高出起始价55万元', '比起拍价溢价…', '较底价增加…': the difference, not the
# label's value (fresh35 万源: the start price would be computed, LABELLING General)
_COMPARED = re.compile(r"(?:高出|超出|超过|高于|低于|多于|少于|溢价|增值|增加|减少|相比|对比|比|较)\s*$")


def _the_figure(rx: re.Pattern[str], folded: str) -> re.Match[str] | None:
    found = [
        m for m in rx.finditer(folded) if not _COMPARED.search(folded[max(0, m.start() - 6) : m.start()])
    ]
    if len({re.sub(r"[\s,]", "", m.group("v")) for m in found}) <= 1:
        whole = [
            m
            for m in found
            if not _PART_OF.search(folded[max(0, m.start() - 60) : m.start("v")])
            and not _lot_price(m, folded)
        ]
        return whole[0] if whole else None
    for total in (
        lambda m: _TOTAL_BEFORE.search(folded[max(0, m.start() - 16) : m.start()]),
        lambda m: "总" in folded[m.start() : m.start("v")],  # '7宗探矿权成交总价达1.115亿元'
        lambda m: re.search(r"合计|共计|总计", folded[m.start() : m.start("v")]),  # '成交价合计1.05亿元'
    ):
        totals = [m for m in found if total(m)]
        if len({re.sub(r"[\s,]", "", m.group("v")) for m in totals}) == 1:
            return totals[0]
    return None


_PROSE_LINE = [(rx, k) for rx, k in _PROSE if rx.pattern.startswith("^")]
_MOVED_KEYS = frozenset({"opening_time", "bid_deadline"})
_OLD_TIME = re.compile(r"原(?:定|计划|定于|计划于)?于?\s*$")
# round 17e: a correction recounting the withdrawn time in its own clause: '原公告中投标文件送达截止时间和开标时间
# 为:<old>。…更正为:<new>' (fresh16 武汉), '本项目原定开标时间为:<old>,…更改为:<new>' (fresh13 鞍山); the clause
# from its last stop to the time says 原 and no change verb ('原开标时间和方式更改为:<new>' names the new time)
_OLD_CLAUSE = re.compile(r"原(?:定|计划|拟|公告|招标|采购|开标|投标|递交|响应|截止)[^。；;\n]*$")
_CHANGED_TO = re.compile(r"(?:更改|更正|变更|调整|延期|推迟|顺延|修改|改)(?:为|至|到)")


def _old_time(folded: str, at: int) -> bool:
    """The time at ``at`` is the withdrawn one a correction recounts ('原定于…', '原公告中…时间为:…')."""
    if _OLD_TIME.search(folded[max(0, at - 6) : at]):
        return True
    clause = _OLD_CLAUSE.search(folded[max(0, at - 60) : at])
    return clause is not None and not _CHANGED_TO.search(clause.group(0))


def prose(
    lines: list[str], wanted: Iterable[str] | None = None, listing: bool = False, halted: bool = False
) -> Iterator[Finding]:
    """Values stated in sentences ('招标人为…，', '受…委托', '本招标项目…已由…批准').

    ``wanted``: only these keys (the ones the notice type keeps and no layout reader found) — the
    sentence patterns are the slowest reader, so they run last and only where needed.  ``listing``: the
    notice lists lots for sale (a transfer notice), whose term or use said alike of every lot is the
    notice's (round 17c; a report of a deal keeps them to the listing, as its labels do).  ``halted``: the notice
    halts its round (a termination); a time it recounts as 原定 is that round's time when it states no new one
    (round 19d: LABELLING 'bid_deadline: the deadline of a terminated or failed round is labelled').
    """
    keys = set(wanted) if wanted is not None else None
    text_rules = [(rx, k) for rx, k in _PROSE_TEXT if keys is None or _EVERY.get(k, k) in keys]
    line_rules = [(rx, k) for rx, k in _PROSE_LINE if keys is None or k in keys]
    if not text_rules and not line_rules:
        return
    text = "\n".join(lines[:200])
    # the sentences are matched on a copy with traditional characters made simplified (one character
    # for one, so positions hold) and the value is cut from the page's own text, as printed
    folded = translate_only(text)
    # a figure is read without the converter's pinyin notes ('72.93萬(wàn)元'): its value is a number,
    # nothing of the page's spelling is kept
    bare = _PINYIN_IN.sub("", text)
    bare_folded = translate_only(bare) if bare != text else folded
    several = bool(_SEVERAL_PARCELS.search(folded))
    floor_total = bool(_FLOOR_TOTAL.search(folded))
    building_lease = bool(_LEASE.search(folded)) and "建筑面积" in folded
    for rx, key in text_rules:
        if rx.pattern == _LAND_AREA and building_lease:
            continue  # round 20b: the land under a leased building is not what is leased (_LEASE)
        if key == "starting_price" and floor_total:
            continue  # round 19c: the floors' total printed, every floor told is a lot's (_FLOOR_TOTAL)
        if key in _FIGURE_KEYS and bare != text:
            m = _the_figure(rx, bare_folded)
            if m:
                yield Finding(
                    key,
                    bare[m.start("v") : m.end("v")],
                    "",
                    bare[max(0, m.start() - 10) : m.end() + 10],
                    "regex",
                )
            continue
        if rx.pattern in _ONE_PARCEL_PATTERNS and (several or len(rx.findall(folded)) != 1):
            if not (listing and rx.pattern in _UNIFORM_PATTERNS and _said_of_every_lot(rx, folded)):
                continue  # a parcel's sentence is the notice's only when the notice sells one parcel
        if key in _EVERY:
            # every buyer a report names (one per lot), in page order
            found = list(rx.finditer(folded))
            names = list(dict.fromkeys(_PARENT_OF.sub("", text[m.start("v") : m.end("v")]) for m in found))
            # (round 18h: each buyer once and whole, news.own_names)
            names = own_names(names)
            if names:
                m = found[0]
                yield Finding(
                    _EVERY[key], "、".join(names), "", text[max(0, m.start() - 10) : m.end() + 10], "regex"
                )
            continue
        m = rx.search(folded)
        if m and key in _FIGURE_KEYS:
            m = _the_figure(rx, folded)
        elif m and key in _MOVED_KEYS:
            # '原定于8月19日上午10:00开标取消。…计划于8月30日上午10:00开标': the old time is no longer the time
            m = next(
                (x for x in rx.finditer(folded) if not _old_time(folded, x.start("v"))),
                None,
            )
            if m is None and halted and not _CHANGED_TO.search(folded):
                # '原定于2010年8月23日上午9时…开标的<项目>,因…质疑,…暂停' (fresh24 漳平): no new time, the round's own
                m = rx.search(folded)
        if m:
            yield Finding(
                key, text[m.start("v") : m.end("v")], "", text[max(0, m.start() - 10) : m.end() + 10], "regex"
            )
    if line_rules:
        for line in lines[:200]:
            folded_line = translate_only(line)
            for rx, key in line_rules:
                m = rx.search(folded_line)
                if m:
                    yield Finding(key, line[m.start("v") : m.end("v")], "", line, "regex")


_TITLE_SUFFIX = re.compile(
    r"(公告|公示|结果|记录表|记录|通知|公布|意向|计划|决定书?|决定|信息表|发布表|信息公开|批复)"
    r"(?:[(（][^()（）]{1,30}[)）])?$"
)


_SLOGAN = re.compile(r"热烈(?:庆祝|祝贺|欢迎)|喜迎|周年$")
_REVEAL_LINK = re.compile(r"[*＊]*\s*点击(?:登录)?查看")


def title_from_lines(lines: list[str]) -> tuple[str, str] | None:
    """The notice's own heading at the top of a fragment: one line, or up to three joined lines."""
    dated = dated_title(lines)
    if dated:
        return dated, dated
    # (round 18b: an aggregator's reveal link alone on a line, '點擊登錄查看' / '点击查看' — a mask LABELLING.md
    # lists — heads no title: fresh25's 询价公告 printed it over its heading, fresh5 仙桃 and fresh22 玛曲 in place
    # of a name)
    top = [
        ln
        for ln in lines[:8]
        if ln not in SHELL_TITLES and not _REVEAL_LINK.fullmatch(translate_only(ln).strip())
    ]
    bare: tuple[str, str] | None = None
    for start in range(min(3, len(top))):
        joined = ""
        for k in range(start, min(start + 3, len(top))):
            ln = top[k]
            if "：" in ln or ":" in ln or "|" in ln or len(ln) > 100 or _SECTION.match(ln):
                break
            if k == start and k + 1 < len(top) and _ORG_LINE.match(ln) and not _TITLE_SUFFIX.search(ln):
                break  # '某某有限公司' / '2022年某工程' / '竞选公告': the issuer's line is no part of the title
            if k == start and reference_number(ln):
                break  # (round 26b) a 文号 line over the heading ('永发改[2010]157号' / '关于…' / '…的批复') is no part of it
            joined += ln
            if _TITLE_SUFFIX.search(joined) and 4 <= len(joined) <= 120:
                if start > 0 and DASH_OPEN.match(joined) and dash_head(top[start - 1]):
                    # '…建设项目' / '-' / '单体…招标' / '结果的公示': the dash joins a part to the line above
                    return top[start - 1] + joined, top[start - 1]
                if len(joined) > 6:
                    return joined, top[start]
                # a bare '招标公告' above '<project>' / '招标公告': the pair below is the title
                bare = bare or (joined, top[start])
                break
    if bare:
        return bare
    # chrome above the title ('开标时间:倒计时' / a countdown): the title block further down, or a
    # '<project>' line over a line that is only the notice's kind ('施工招标公告')
    span = title_span(lines)
    if span:
        joined = "".join(lines[span[0] : span[1] + 1])
        return joined, lines[span[0]]
    repeated = next(
        (
            ln
            for ln in top
            if top.count(ln) >= 2
            and 6 <= len(ln) <= 60
            # (a figure's thousands commas, '15,241,757.90元债权', are no clause marks)
            and not re.search(r"[:：|，,。；;]", re.sub(r"(?<=\d),(?=\d{3})", "", ln))
            and not _SECTION.match(ln)
            and len(re.findall(r"[\u3400-\u9fff]", ln)) >= 4
            # a site's banner slogan repeated in its side bars ('热烈庆祝…成立70周年') is no title
            and not _SLOGAN.search(ln)
            # a grid printed one cell per line repeats a value under two labels ('项目名称:' / X /
            # '分包名称:' / X): a cell under a label is that label's value, not the page's heading
            and not any(
                top[j] == ln and top[j - 1].rstrip().endswith((":", "：")) for j in range(1, len(top))
            )
        ),
        None,
    )
    if repeated:
        # a rendering of the page's <title> and its heading (and an aggregator's share box between them):
        # the same line printed twice at the top ('杭州某置业有限公司100%股权' ×2 above a disclosure's
        # '一、转让申请与承诺') is the notice's title
        return repeated, repeated
    for i in range(1, min(30, len(lines))):
        prev = lines[i - 1]
        if (
            KIND_ONLY.fullmatch(lines[i])
            and 6 <= len(prev) <= 80
            and not re.search(r"[:：|，,。；;]", prev)
            and not _TITLE_SUFFIX.search(prev)
            and not _SECTION.match(prev)
            # (round 19d: a documents' cover, '<项目>' / '竞争性磋商文件', heads the page only when no line above
            # it is a notice's heading: a 成交公告 reprinting its documents below is the notice, fresh26 天津)
            and not (lines[i].endswith("文件") and any(_TITLE_SUFFIX.search(x) for x in lines[: i - 1]))
        ):
            return prev + lines[i], prev
    return None


# a news repost quotes the notice it reproduces: '…发布了《<title>》,详细内容如下' / '《<title>》发布,相关事宜如下'
# (发/發: a repost in traditional characters prints 發布, some with the converter's pinyin after a
# character, '發(fā)布'; the quote is kept as printed)
_ISSUED = r"[发發](?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))?布"
_QUOTED_NOTICE = re.compile(
    rf"{_ISSUED}了?\s*《(?P<a>[^《》]{{6,100}}?(?:公告|公示))》|《(?P<b>[^《》]{{6,100}}?(?:公告|公示))》\s*(?:正式)?{_ISSUED}"
)


def quoted_notice_title(lines: list[str], title: str) -> tuple[str, str] | None:
    """(title, line) of the notice a repost reproduces, when the page's own heading names no notice.

    An industry-news page heads the reproduced notice with a headline of its own ('浙江桐庐年产450万吨
    砂石矿权出让 优先供应湖杭铁路!') or none, and names the notice in 《》 in its first sentence; the
    notice's title is that quote.  A heading that itself ends with a notice word is kept.

    Only a page that goes on to reproduce the notice ('…》,详细内容如下:', '…》发布。具体事项如下:') is that
    notice (LABELLING.md: 'a page reproducing a notice: that heading'); a report that names the notice and
    goes on with its own account ('发布了《…交易结果公示》,…成功出让', '发布《…的公告》。公告显示,…') is
    a news item, whose title is its headline or none (round 15c).
    """
    if title and _TITLE_SUFFIX.search(title):
        return None
    for ln in lines[:8]:
        m = _QUOTED_NOTICE.search(ln)
        if (
            m
            and not _OWN_EARLIER.search(re.split(r"[。!！]", ln[: m.start()])[-1])
            and "如下" in ln[m.end() :]
        ):
            return m.group("a") or m.group("b"), ln
    return None


# '我局于2024年10月11日发布了《…挂牌出让公告》,…现对…成交结果公示如下': the publisher names its own
# earlier notice (first person), which this page follows up; a news item names another body's notice
_OWN_EARLIER = re.compile(r"(?:我|本)(?:局|委|厅|办|中心|单位|公司|院|所|部|站)")


# An aggregator's region tag glued before a title: province and city without 省/市 ('浙江杭州'), then the
# notice's own title, which itself opens with a full place name ('浙江省…', '中国浙江自由贸易试验区…').
_PROVINCES = (
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
    "云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆"
)
_REGION_TAG = re.compile(rf"^(?:{_PROVINCES})[\u4e00-\u9fff]{{2}}(?=(?:中国|{_PROVINCES})[\u4e00-\u9fff])")


def drop_region_tag(title: str) -> str:
    """``title`` without an aggregator's glued region tag ('浙江杭州浙江省杭州市…公告' → '浙江省杭州市…公告').

    Only when a full place name follows the tag, so a title that merely starts with a province and
    city ('浙江杭州湾…', '浙江省杭州市…') is kept whole.
    """
    m = _REGION_TAG.match(title)
    if m and len(title) - m.end() >= 10:
        return title[m.end() :]
    return title


_SIGN_DATE = re.compile(
    r"\s*[\d〇一二三四五六七八九十○ＯO\s]{4,}年[\d一二三四五六七八九十\s]+月[\d一二三四五六七八九十\s]+日\s*(附件.*)?"
)


# a 落款 date printed in figures ('2019-7-5', '2019/07/17'): a 落款 only under the signing body's name,
# since a bare figure date alone on a line is as often a list row's or the site footer's date
_SIGN_DATE_FIGURES = re.compile(r"\s*\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*")
_SIGNER_LINE = re.compile(r"^[\u3400-\u9fff（）()]{4,40}(?:处|科|室|部)$")


# an empty contact item over the 落款 date ('电子邮件：' / '2021年06月23日'): a date is never its value
# (a party's seal, '招标人（盖章）：', stands over the date it signs: the 落款 date, no item's label)
_SEAL = re.compile(r"[(（](?:盖章|签章|公章)[)）]\s*[:：]?$")
_NO_DATE_LABEL = re.compile(r"(电子邮件|邮箱|网址|传真|邮编|电话|[(（](?:盖章|签章|公章)[)）])\s*[:：]$")


# a party's item ('1.招标人：…', '2.招标代理机构：…', '联系人：…'): the 落款 is signed below them, so a
# date in figures above one is a table cell (an award's date in a bidder's record), no 落款
_PARTY_ITEM = re.compile(
    r"^\s*(?:\d{1,2}\s*[.．、]\s*)?(?:招标人|采购人|招标代理机构|代理机构|联系人|联系电话)\s*[:：]\s*\S"
)


# a grid printed one cell per line: a bare label cell naming an event's time ('挂牌开始时间', '报名截止日期'),
# whose next cell is that event's date; the notice's own date is 发布/公告/落款/成文 …
_EVENT_CELL = re.compile(r"\s*[\u3400-\u9fff]{2,12}(?:时间|日期)\s*\|?\s*")
# a window broken over lines: the line before a date ends with 至/到, or the line after opens with 至 or a time
# running to the other end
_RANGE_END = re.compile(r"(?:至|到|—|－|~|～)\s*$")
_RANGE_START = re.compile(
    r"^\s*(?:至|到|—|－|~|～|(?:上午|下午)?\d{1,2}\s*[:：时]\s*\d{0,2}\s*分?\s*(?:至|到|—|－|~|～|-))"
)


def in_range(lines: list[str], i: int) -> bool:
    """Whether line ``i`` (a date) is one end of a window broken over lines ('…' / '至' / date, date / '9:00至')."""
    prev = lines[i - 1] if i else ""
    after = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(_RANGE_END.search(prev) or _RANGE_START.match(after))


_OWN_DATE_WORDS = re.compile(r"发布|公告|公示|落款|成文|印发|签发|签署")


def publish_line_date(lines: list[str]) -> tuple[str, str, int] | None:
    """The 落款 date: the last line of a notice that is only a date (→ date, line, index).

    Written out ('二〇一五年九月二十八日', '2016年2月25日') anywhere at the end; in figures ('2019-7-5')
    only right under the signing body's name ('辽宁机电职业技术学院后勤处' / '2019-7-5').
    """
    for idx in range(len(lines) - 1, -1, -1):
        ln = lines[idx]
        if idx >= len(lines) - 2:
            # '日期：2018年4月8日' as the notice's last line: the 落款 date under its own label
            ln = re.sub(r"^\s*(?:落款)?日期\s*[:：]\s*", "", ln)
        prev = lines[idx - 1] if idx else ""
        if (prev.endswith(("：", ":")) and not _NO_DATE_LABEL.search(prev)) or (
            keys_for(core_label(prev)[0]) and not _SEAL.search(prev)
        ):
            continue
        if _EVENT_CELL.fullmatch(prev) and not _OWN_DATE_WORDS.search(prev):
            continue  # '挂牌开始时间' / '2018年10月21日': a grid's cell under another event's label, no 落款
        if in_range(lines, idx):
            continue  # '公示期:…' / '至' / '2026年03月23日', '2026年3月17日' / '9:00至': one end of a window
        if len(ln) < 60 and (
            _SIGN_DATE.fullmatch(ln)
            or (
                _SIGN_DATE_FIGURES.fullmatch(ln)
                and (_ORG_LINE.match(prev) or _SIGNER_LINE.match(prev))
                and not any(_PARTY_ITEM.match(after) for after in lines[idx + 1 :])
            )
        ):
            d = parse_date(ln)
            if d:
                return d, ln, idx
    return None


_PINYIN_IN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)")
_ORG_LINE = re.compile(
    r"^[\u3400-\u9fff（）()]{4,40}(公司|局|中心|政府|委员会|办公室|学校|中学|小学|大学|医院|集团|站|所|院|社)$"
)
# (round 23c: an auction house signs the sale it holds for the owner, '受委托,本公司将于…举行…拍卖会' / '浙江某拍卖有限公司'
# (fresh35 北仑): LABELLING purchaser is the 委托方, agency excludes an auction company — the signer is neither, in
# every domain: signature_orgs skips it)
_NOT_OWNER = re.compile(r"招投标中心|交易中心|招标中心|政务服务|公共资源|采购中心|办事处")
_AGENCY_WORDS = re.compile(r"咨询|代理|招标|项目管理|工程管理|造价|监理")
# (a company by its trade: no 招标中心 / 交易中心, no 管理局)
_LONE_AGENCY = re.compile(
    r"(?:咨询|代理|招标|项目管理|工程管理|造价|监理)[^局中心]{0,12}(?:有限责任公司|有限公司|股份有限公司)$"
)


def signature_orgs(lines: list[str], keep_centres: bool = False) -> tuple[str | None, str | None, str]:
    """(owner, agency, snippet) from the unlabelled 落款 lines above the final date.

    ``keep_centres``: a 交易中心 may be the owner (a reserve centre selling emission rights); only a
    公共资源交易中心, which runs sales for others, is skipped.
    """
    found = publish_line_date(lines)
    if not found:
        found = _closing_formula(lines)
    if not found:
        return None, None, ""
    idx = found[2]
    orgs: list[str] = []
    k = idx - 1
    if k >= 1 and _SIGNER_LINE.match(lines[k]) and _ORG_LINE.match(_PINYIN_IN.sub("", lines[k - 1])):
        # an institution signing through its department ('琼台师范学院' / '后勤基建处' / date): the
        # institution is the party, its department only the office that wrote the notice
        k -= 1
    while k >= 0 and len(orgs) < 3:
        # several bodies signing on one line ('某县排污权储备管理中心 某市生态环境局某分局'), some reposts
        # with the converter's pinyin in a name ('排污權(quán)'): each part an organisation, kept as printed
        parts = lines[k].split()
        if not parts or not all(_ORG_LINE.match(_PINYIN_IN.sub("", p)) for p in parts):
            break
        orgs[0:0] = parts
        k -= 1
    owner = agency = None
    for o in orgs:
        f = translate_only(o)  # (a traditional copy signs '江蘇某某項目管理有限公司': its words folded)
        if (_NOT_OWNER.search(f) and not keep_centres) or "公共资源" in f or "拍卖" in f:
            continue
        if _AGENCY_WORDS.search(f) and owner is not None and agency is None:
            agency = o
        elif owner is None and not _AGENCY_WORDS.search(f):
            owner = o
    if owner is None and agency is None and len(orgs) == 1 and _LONE_AGENCY.search(translate_only(orgs[0])):
        # round 18b: an agency company signing alone a letter it writes for the tender it runs (各投标人: …
        # 终止 / 中标候选人公示 … '<某工程咨询有限公司>' / date) is the agency; the owner is not named there
        agency = orgs[0]
    return owner, agency, " / ".join(p for p in [*orgs, found[1]] if p)


_CLOSING = re.compile(r"^特此(?:公告|通知|告知|说明|函告)[。!！]?$")


def _closing_formula(lines: list[str]) -> tuple[str, str, int] | None:
    """An undated 落款: the page ends in one to three signing bodies right under '特此通知！' (→ a stand-in
    for the date line: '', '', the index past the last body, so ``signature_orgs`` reads the bodies above it)."""
    filled = [ln.strip() for ln in lines]
    while filled and not filled[-1]:
        filled.pop()
    k = len(filled) - 1
    while k >= 0 and len(filled) - 1 - k < 3 and _ORG_LINE.match(_PINYIN_IN.sub("", filled[k])):
        k -= 1
    if k < 0 or k == len(filled) - 1 or not _CLOSING.match(filled[k]):
        return None
    return "", "", len(filled)


def leading_code(lines: list[str]) -> tuple[str, str] | None:
    """An unlabelled project code alone on the first line (Longyou/Epoint tenders print it so)."""
    for ln in lines[:2]:
        if (
            re.fullmatch(r"[A-Z][A-Z0-9\-_()（）]{5,40}", ln)
            and re.search(r"\d", ln)
            and re.search(r"[-_]", ln)
        ):
            return ln, ln
    return None
