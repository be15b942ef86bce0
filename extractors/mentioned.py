"""A safety net under 'missing': an item is missing only when the page does not even mention it.

Why (docs/findings-audit.md, "A safety net"): about two in five 要素缺失 findings on right-typed real pages accused a
unit of omitting an item its page prints — under a label or in a form the label table (``labels.RULES``) and
``stated.py`` do not know. Each round taught them more forms; each fresh draw found new ones. So, before an item is
called missing, this module asks a weaker question: does the page *mention* the item's concept at all — any
distinctive stem of its label family? Where it does, the item is a review gap (``Record.mark_gap``) with the
mentioning phrase as evidence: a question for the office, never a finding against the unit. Only a page that does not
name the concept anywhere keeps its finding.

The stems, one table per item (:func:`stems`), are derived, not written per page:
- every label the item's ``labels.RULES`` patterns match (the regex expanded to its words, bounded), and the catalog's
  names of the item (``vocabulary.items.ITEM_NAMES``, the words the monitor's rules print), each stripped of generic words at either end
  (``GENERIC``: 时间/日期/名称/地点/方式/情况/项目/公告/内容/要求/单位 …, and the words every notice of a domain prints:
  采购/招标/出让/交易 …); what is left, if two characters or more and not itself generic, is a stem;
- plus ``EXTRA`` where the label patterns say nothing of the concept (a few words per item);
- less ``DROP``: stems found on a page that omits the item (the replica's planted omissions keep them elsewhere on the
  page, e.g. in a standard clause), which would blind the monitor to a real omission.
"""

from __future__ import annotations

import re
from functools import cache

try:  # Python ≥ 3.11
    from re import _parser as _sre  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_parse as _sre  # type: ignore[no-redef]

from vocabulary import MENTION_MARK
from vocabulary.items import ITEM_NAMES

from .hanzi import fold
from .labels import RULES
from .layout import Page

#: words that name no item on their own: a stem made only of them is no stem
GENERIC = frozenset(
    """时间 日期 名称 全称 地点 地址 方式 情况 基本情况 项目 公告 公示 内容 要求 单位 信息 基本 具体 相关 主要 有关 其他 其它
    本次 本 该 的 及 和 与 或 等 人 方 者 号 编号 文件 结果 事项 说明 条件 标准 范围 期限 金额 价格 价款 数量 类型 类别 程序
    采购 招标 投标 工程 建设 出让 转让 交易 挂牌 拍卖 竞价 中标 成交 土地 地块 宗地 矿 矿业权 采矿权 探矿权 产权 出租 招租
    租赁 承租 标的 标的物 资产 房屋 住房 项目名称 公共资源 政府 计划 年度 联系 电话 联系人 日 期 费 价 额 书 表 人员 机构 部门
    决定 处罚 行政 竞买 竞得 竞租 报名 安排 供应 指标 合同 许可 简要 使用 首次 合计 总 最终 集中 对 规划 净 设计""".split()
)
#: where the label patterns say nothing of the concept: a few words per item
EXTRA: dict[str, tuple[str, ...]] = {
    # (judged on the audit verdicts: a bare 资格 or 截止 is as often a 资格审查 or a 保证金截止 as the item)
    "qualification": ("资格条件", "资格要求", "资格和条件", "人资格", "者资格", "商资格", "方资格"),
    "schedule": ("截止时间", "截止日期", "报名时间", "报名截止"),
    "planning_indicators": ("容积率", "建筑密度", "绿地率"),
    "location": ("东至", "南至", "西至", "北至", "坐落"),
    "coordinates": ("拐点坐标", "坐标范围", "拐点圈定"),
    "project_overview": ("概况",),
    "trading_conditions": ("租期", "租赁期"),
    "doc_obtain": ("获取采购文件", "获取招标文件", "获取磋商文件", "获取谈判文件", "下载"),
    "tender_conditions": ("资金来源", "已具备"),
}
#: stems that a page omitting the item prints anyway (a standard clause, a neighbouring item's label): no evidence
DROP: dict[str, frozenset[str]] = {
    # a correction's every line says 更正/变更 (its title first): no evidence that the changed items are given
    "correction_items": frozenset({"更正", "变更", "澄清", "补充"}),
    # an assessment notice is about 考核 from its title on (the replica's planted omission of the result keeps it)
    "assessment_result": frozenset({"考核"}),
    # a 资格预审公告 names its own type: no evidence that the method of the prequalification is given
    "prequalification_method": frozenset({"资格预审"}),
    # '委托代理编号' less its 编号 names the agency's act, not the number
    "project_number": frozenset({"委托代理"}),
}

#: a stem derived from a label (not from ``EXTRA``) has at least this many characters: two-character stems ('代理',
#: '排污', '规定', '发包') were on the audit pages as often in a clause or the title as the item itself
MIN_DERIVED = 3
#: a run cut out of a pattern at a non-literal node (a class, a wildcard) is a fragment, kept only this long
MIN_FRAGMENT = 4
#: items whose concept is a list, not the body that makes it: a stem must name the list ('评标委员会成员名单'); the
#: committee alone ('经评标委员会评审') is mentioned on the very pages that omit the names
LIST_ONLY: dict[str, re.Pattern[str]] = {"experts": re.compile(r"名单|成员")}
#: stems of another item's words: a ranked candidate is no winner (LABELLING), a title's '中选候选人公示' names none
NOT_STEM: dict[str, re.Pattern[str]] = {"winner": re.compile(r"候选")}
_MAX_WORDS = 400  # expansions of one pattern before falling back to its literal runs
_BREAK = "\x00"
_CJK_RUN = re.compile(r"[\u3400-\u9fff]{2,}")


def _expand(items: list, budget: list[int]) -> list[str]:
    """The words a parsed regex matches, a ``_BREAK`` where a node is not a literal (a class, a wildcard, a repeat)."""
    words = [""]
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            alts = [chr(av)]
        elif name == "SUBPATTERN":
            alts = _expand(list(av[-1]), budget)
        elif name == "BRANCH":
            alts = [w for branch in av[1] for w in _expand(list(branch), budget)]
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] == 0 and av[1] == 1:
            alts = ["", *_expand(list(av[2]), budget)]
        elif name == "IN" and all(str(o) == "LITERAL" for o, _ in av) and len(av) <= 4:
            alts = [chr(c) for _, c in av]
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            alts = [""]
        else:
            alts = [_BREAK]
        words = [w + a for w in words for a in dict.fromkeys(alts)]
        budget[0] -= len(words)
        if budget[0] < 0:
            raise OverflowError
    return words


def pattern_words(pattern: str) -> list[str]:
    """The CJK words of ``pattern``: its expansion cut at each non-literal node, or its literal runs if too many."""
    try:
        words = _expand(list(_sre.parse(pattern)), [_MAX_WORDS * 20])
        if len(words) > _MAX_WORDS:
            raise OverflowError
    except (OverflowError, RecursionError, re.error):
        return [r for r in _CJK_RUN.findall(pattern) if len(r) >= MIN_FRAGMENT]
    out = set()
    for w in words:
        runs = _CJK_RUN.findall(w.replace(_BREAK, " "))
        out.update(runs if _BREAK not in w else (r for r in runs if len(r) >= MIN_FRAGMENT))
    return sorted(out)


_GENERIC_BY_LENGTH = sorted(GENERIC, key=len, reverse=True)


def strip_generic(word: str) -> str:
    """``word`` less generic words at either end, repeatedly ('竞买人资格要求' → '竞买人资格' → …)."""
    changed = True
    while changed and word:
        changed = False
        for g in _GENERIC_BY_LENGTH:
            if word.startswith(g) and len(word) > len(g):
                word, changed = word[len(g) :], True
                break
            if word.endswith(g) and len(word) > len(g):
                word, changed = word[: -len(g)], True
                break
    return word


def _distinctive(word: str) -> bool:
    return len(word) >= 2 and word not in GENERIC


@cache
def label_words(key: str) -> tuple[str, ...]:
    """The words ``key``'s ``labels.RULES`` patterns match (expanded, bounded): its printed labels."""
    words: set[str] = set()
    for rule in RULES:
        if key in rule.keys:
            words.update(pattern_words(rule.pattern.pattern))
    return tuple(sorted(words))


@cache
def item_words(key: str) -> frozenset[str]:
    """``key``'s printed labels (:func:`label_words`) and the plan's names of it (``ITEM_NAMES``): the words the
    net's stems and the unread guard's heads (``unread.item_heads``) are both derived from."""
    return frozenset(ITEM_NAMES.get(key, ())) | frozenset(label_words(key))


@cache
def stems(key: str) -> tuple[str, ...]:
    """The distinctive stems of ``key``'s label family: its table (longest first)."""
    found = {s for s in (strip_generic(fold(w)) for w in item_words(key)) if len(s) >= MIN_DERIVED}
    found.update(EXTRA.get(key, ()))
    drop = DROP.get(key, frozenset())
    if key in LIST_ONLY:
        found = {s for s in found if LIST_ONLY[key].search(s)}
    if key in NOT_STEM:
        found = {s for s in found if not NOT_STEM[key].search(s)}
    return tuple(sorted((s for s in found if _distinctive(s) and s not in drop), key=lambda s: (-len(s), s)))


@cache
def _stem_pattern(key: str) -> re.Pattern[str] | None:
    table = stems(key)
    return re.compile("|".join(map(re.escape, table))) if table else None


_CONTEXT = 12


def mentioned(text: str, keys: list[str]) -> dict[str, str]:
    """``{key: phrase}`` for each of ``keys`` whose concept ``text`` (folded) mentions: the stem with a few
    characters either side, on its line, as the evidence of the review gap."""
    out: dict[str, str] = {}
    for key in keys:
        pat = _stem_pattern(key)
        m = pat.search(text) if pat else None
        if m is None:
            continue
        start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - _CONTEXT)
        end = text.find("\n", m.end())
        end = min(end if end >= 0 else len(text), m.end() + _CONTEXT)
        out[key] = f"{MENTION_MARK}{m.group(0)}」：{text[start:end].strip()}"
    return out


def mentioned_on(page: Page, keys: list[str]) -> dict[str, str]:
    """:func:`mentioned` on the page's lines (traditional characters folded)."""
    if not keys:
        return {}
    return mentioned(fold("\n".join(page.lines)), keys)
