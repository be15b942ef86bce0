"""Trim a name value cut out of running text to the name itself.

Real notices print short values inside sentences and brackets, and the readers cut a value from its
label to the next label or line end.  Four wording families across sites leave text after the name:

- a label opened inside a bracket ('…项目（项目编号：BSJ19-27）组织采购', '廖志海（证书编号：湘14…）',
  '(编号:海开规设审字〔2025〕00007号),用地面积…'): the value ends at the bracket that closes the
  one the label opened, i.e. at the first closing bracket with no opening one in the value;
- a defined-term note ('辽宁兴燚项目管理有限公司(以下简称“招标代理”)'): not part of the name;
- a fill-in template's field hint left after the filled value ('…监理（二次招标）（项目名称）');
- a sentence end: a name holds no '。', so the text after one is the next clause or section;
- an organisation's street address in brackets after its name ('…国土资源局(…云鹤路5号)').

A value that is itself a column header word ('企业名称', '投标总报价') is a table's header cell read
as a value, not a name: ``header_word`` says so, so the caller keeps no value (precision first).
"""

from __future__ import annotations

import re

from .hanzi import translate_only
from .readers import Finding

_OPEN, _CLOSE = "（(〔[【", "）)〕]】"
_DEFINED = re.compile(r"\s*[（(]\s*(?:以下|下文)?简称.*$")
# the hint words a template prints in brackets after a blank: '（项目名称）', '（招标人名称）'; a contract's
# party mark after the name ('某镇人民政府 (甲方)', '某某有限公司(乙方)')
_HINT = re.compile(r"\s*[（(](?:[\u3400-\u9fff]{0,6}(?:名称|编号|全称)|项目|招标人|采购人|[甲乙丙]方)[）)]$")
# an organisation's street address in brackets after its name: '某县国土资源局(某县云鹤路5号)'
_ADDRESS_NOTE = re.compile(
    r"\s*[（(][^（()）]{0,20}(?:路|街|巷|道|弄|大厦|广场)[^（()）]{0,12}\d+\s*(?:号|室|楼|层)[)）]$"
)
# (up to ten characters before the word: '中标供应商联系地址' is a column header, no organisation ends so)
_HEADER = re.compile(
    r"^[\u3400-\u9fff]{0,10}(?:名称|报价|金额|价格|地址|电话|编号|日期|时间|排名|得分|序号)$"
)


def cut_unclosed(text: str) -> str:
    """Cut ``text`` at its first closing bracket that closes nothing inside it."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            if depth == 0:
                return text[:i]
            depth -= 1
    return text


def trim_name(text: str) -> str:
    """The name at the start of ``text`` without the trailing clutter described in the module doc."""
    text = cut_unclosed(text)
    # '某局（地址：…）': a label inside the bracket ended the value and left the bracket open
    text = re.sub(r"\s*[（(〔\[【]\s*$", "", text)
    text = text.split("。", 1)[0]
    # (also in traditional characters: '(以下簡稱“招標人”)'; one character for one, so the cut holds)
    m = _DEFINED.search(translate_only(text))
    text = text[: m.start()] if m else text
    text = _HINT.sub("", text)
    text = _ADDRESS_NOTE.sub("", text)
    return text.strip()


# a table's bare column words: a cell read as a value is the header row misread ('项目名称 | 单位 | 数量')
_BARE_HEADERS = frozenset({"单位", "数量", "单价", "型号", "规格", "备注", "合计", "小计", "工程量"})


def header_word(text: str) -> bool:
    """True when ``text`` is a short column-header word ('企业名称', '投标总报价', '单位'), not a value."""
    return len(text) <= 12 and (_HEADER.match(text) is not None or text in _BARE_HEADERS)


# a finance bureau's purchase-plan number: '采购计划编号：古财采计[2018]068', '采购编号：双峰财采计2018-0342'
_PLAN_VALUE = re.compile(r"财采|采计|采购计划")
# (the 湖南 template's '政府采购编号：岳财市采计…' / 'CSCG-…' before its '委托代理编号：…': the finance side's number,
# the project is known by the agency's, as the fresh3 岳阳 and fresh11 长沙 labels read it)
_PLAN_LABEL = re.compile(r"(?:计划|政府采购)(?:编号|号)[^:：]{0,4}[:：]?\s*$")


def _is_plan_number(f: Finding) -> bool:
    at = f.snippet.find(f.raw.strip()[:6]) if f.raw.strip() else -1
    # (round 18g: '采购计划编号：' / '2026NCZ(SZS)000206', a grid one cell a line: the value is not in the label's
    # line, the label is the line's end — fresh10 大武口)
    before = f.snippet[max(0, at - 12) : at] if at >= 0 else f.snippet[-12:]
    return bool(_PLAN_VALUE.search(f.raw) or _PLAN_LABEL.search(before))


# a lot's (标段's) own code: the project's number is preferred where the page gives both (the 标段
# number is the alternative, as the labels of 镇江, 轮台 and 大连 read them)
_LOT_LABEL = re.compile(r"^\s*(?:标段|标包|分包)(?:[(（]包[)）])?编号")


def _is_lot_number(f: Finding) -> bool:
    return bool(_LOT_LABEL.match(f.snippet))


def plan_numbers_last(findings: list[Finding]) -> list[Finding]:
    """``findings`` with purchase-plan numbers moved after the other project_number readings.

    Government procurement pages (湖南, and other provinces' 政府采购 templates) print both the finance
    bureau's 采购计划编号 and the project's own 项目编号 / 采购代理编号; the project is known by the
    latter.  A page that prints only the plan number still has it read (it is moved, not dropped).
    """
    plan = [f for f in findings if f.key == "project_number" and _is_plan_number(f)]
    lots = [f for f in findings if f.key == "project_number" and not _is_plan_number(f) and _is_lot_number(f)]
    if not plan and not lots:
        return findings
    moved = {id(f) for f in plan + lots}
    return [f for f in findings if id(f) not in moved] + plan + lots
