"""A guard under 'missing': an item is missing only when we can account for the page's labelled content.

Why (docs/findings-audit.md, "Stop 31"): on pages never tuned on, 21 of 52 judged 要素缺失 findings were false, and
the largest class (8 of 21) was a label family the table lacks — the page prints the item under a label we do not
know ('发放总量：543,042吨', '发放时间：…', '投标报名截止时间：…'), so no reader takes it, ``stated.py`` does not see
it and the mention net (``mentioned.py``) finds none of the item's stems. Each round added such labels one by one; the
next page brings another. So, below the net: when a required item is neither read, stated nor mentioned, and the page
prints a value under a label no rule of ours maps, which could be that item's, the item is a review gap naming that
label ('页面有未识别的栏目「发放总量」，无法确认未公开') — a question for the office, never a finding against the unit.
A page whose labelled content we account for entirely keeps its finding.

"Could be that item's" is two tests, both derived from what we know, not written per page:
- **the label's head**: a label is a qualifier and a head noun ('发放' + '总量', '投标报名截止' + '时间'); the head says
  what sort of value follows (a time, a sum, a quantity, a method, a class, a place, a party, a term). The unknown
  label's head must be of a group (``HEADS``) that the item's own labels end in (the words its ``labels.RULES``
  patterns match and the catalog's names, ``mentioned.item_words``): '总量' is of the quantity group, as the
  quantity item's '交易数量' is; '时间' of the time group, as the schedule's '报名时间'.
- **the value's kind**: the value under it has the form that head promises (``stated.py``'s value helpers: a money
  figure, a date, an area, a term in years, a place, an organisation; a figure with a measure for a quantity; a
  method word for a method; a land-use word for a class), so a heading or a sentence under a label-like line holds
  nothing. A value the record already reads under another key is accounted for (``stated._held``).
The unknown labels come from ``stated._unknown_pairs`` (a 'label：value' on a line, a label line over its value, a
header cell over its column), which leaves out the labels any rule maps and a site's chrome (发布/来源/浏览/打印…);
this module also leaves out the catalog's names of an item (the net reads those) and labels naming another price or
fee (保证金/费/售价… ``stated._MONEY_NOT``) for a sum.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from vocabulary import UNREAD_MARK
from vocabulary.items import ITEM_NAMES

from .hanzi import fold
from .labels import core_label, keys_for
from .layout import Page
from .mentioned import GENERIC, item_words, strip_generic
from .stated import (
    _AREA_FIGURE,
    _DATE_FIGURE,
    _DIVISIONS,
    _GENERIC_LABEL,
    _LAND_USE,
    _LINKS_HEADING,
    _MASKED_NAME,
    _MONEY_FIGURE,
    _MONEY_NOT,
    _NOT_LIKE_MONEY,
    _ORG,
    _PLACE,
    _TERM_FIGURE,
    _folded_lines,
    _held,
    _label_keys,
    _unknown_pairs,
    _values_read,
)

#: head nouns of labels, by the sort of value they promise (longest first within the search)
HEADS: dict[str, tuple[str, ...]] = {
    "time": ("截止时间", "起止时间", "开始时间", "结束时间", "时间", "日期", "时段", "时限"),
    "money": (
        "金额",
        "总额",
        "价格",
        "价款",
        "总价",
        "单价",
        "底价",
        "限价",
        "预算",
        "资金",
        "租金",
        "报价",
        "价",
    ),
    "quantity": ("数量", "总量", "规模", "产能", "能力", "量"),
    "method": ("方式", "形式", "办法"),
    "class": ("性质", "用途", "类型", "类别", "种类"),
    "area": ("面积",),
    "place": ("地点", "地址", "位置", "场所", "坐落", "所在地"),
    "person": ("负责人", "姓名"),
    "party": ("单位", "机构", "供应商", "公司", "人", "方"),
    "term": ("年限", "年期", "期限", "租期"),
}
_HEAD_OF = sorted(((w, g) for g, ws in HEADS.items() for w in ws), key=lambda wg: -len(wg[0]))

# a figure with a measure (a quantity): '543,042吨', '30万吨/年', '约464万条', '12宗', '8台'
_QUANTITY_FIGURE = re.compile(
    r"\d[\d,，]*(?:\.\d+)?[^\S\n]*(?:万|亿)?[^\S\n]*(?:吨|立方米|方|m3|m³|个|宗|套|份|件|台|辆|条|户|间|处|块|项|批|只|头|张|根|株)"
)
# a method of sale or purchase named
_METHOD_WORD = re.compile(
    r"挂牌|拍卖|招标|竞价|竞拍|竞买|协议|询价|磋商|谈判|单一来源|比选|摇号|抽签|出租|划拨"
)
# a person's name (a project manager, a contact), or a masked one
_PERSON = re.compile(r"[\u3400-\u9fff]{2,4}|[\u3400-\u9fff][*＊]{1,3}[\u3400-\u9fff]?")


def head_group(label: str) -> str | None:
    """The group of ``label``'s head noun ('发放总量' → 'quantity'), or None when it ends in none."""
    for word, group in _HEAD_OF:
        if label.endswith(word) and len(label) > len(word):
            return group
    return None


_JOINED = re.compile(r"[和及与、]")


#: heads that are always *of an act* (a time, a method, a place of what): they count for an item only where the
#: item's label names the deal itself
_OF_AN_ACT = ("method", "time", "place")


def _own_head(part: str) -> str | None:
    """The head group of one label part, or None. A 时间 or a 方式 is of some act: it counts only where the
    qualifier is the deal itself ('拍卖时间', '成交日期', '出让方式': a generic word), not another act ('获取招标文件
    时间', '竣工日期', '付款方式') — an unknown label's act we cannot read, so its time ('报名起止时间') or method
    ('选取方式') may be any act's; only the deal's own time or method is the one a time or a sale method answers."""
    group = head_group(part)
    if group in _OF_AN_ACT:
        qualifier = next(part[: -len(w)] for w in HEADS[group] if part.endswith(w))
        if strip_generic(qualifier) not in GENERIC:
            return None
    return group


@cache
def item_heads(key: str) -> frozenset[str]:
    """The head groups ``key``'s own labels end in (its patterns' words and the catalog's names; a joined label,
    '时间和方式', by each part)."""
    parts = {p for w in item_words(key) for p in _JOINED.split(fold(w)) if p}
    return frozenset(g for g in map(_own_head, parts) if g)


def value_fits(group: str, value: str, label: str = "") -> bool:
    """Whether ``value`` has the form a label of head ``group`` promises."""
    value = value.strip(" \t。；;，,")
    if not value or len(value) > 80:
        return False
    if group == "time":
        return bool(_DATE_FIGURE.search(value) or re.search(r"\d{1,2}月\d{1,2}日|\d{1,2}[:：]\d{2}", value))
    if group == "money":
        return (
            bool(_MONEY_FIGURE.search(value))
            and not _NOT_LIKE_MONEY.search(value)
            and not re.search(_MONEY_NOT, label)
        )
    if group == "quantity":
        return bool(_QUANTITY_FIGURE.search(value))
    if group == "method":
        return len(value) <= 40 and bool(_METHOD_WORD.search(value))
    if group == "class":
        return len(value) <= 20 and bool(_LAND_USE.search(value))
    if group == "area":
        return bool(_AREA_FIGURE.search(value))
    if group == "place":
        return len(value) <= 60 and bool(_PLACE.search(value) or _DIVISIONS.fullmatch(value))
    if group == "party":
        return bool(_ORG.fullmatch(value) or _MASKED_NAME.fullmatch(value))
    if group == "term":
        return bool(_TERM_FIGURE.match(value))
    if group == "person":
        return bool(_PERSON.fullmatch(value) or _MASKED_NAME.fullmatch(value))
    return False


#: the catalog's names of every item, folded (the net reads those: a label that is one is no unknown label)
_CATALOG_NAMES = frozenset(fold(n) for names in ITEM_NAMES.values() for n in names)


# a label that is no item's: a site's chrome (发布/浏览/打印/字号…), a contact detail, a party block's generic
# '名称：' — ``stated._GENERIC_LABEL`` less its bare '来源' (there a site's '来源：某中心'), anchored here, so that a
# '单一来源供应商' is an unknown label like any other
_NOT_ITEM = re.compile(
    _GENERIC_LABEL.pattern.replace("来源|", "") + r"|^(?:信息|文章|新闻)?来源$|打印|关闭|分享|收藏"
)


def _unmapped(label: str) -> bool:
    """A label no rule maps (nor any of its parts a reader splits off) and no chrome."""
    core, before, after = _label_keys(label)
    return bool(core) and not before and not after and not keys_for(core) and not _NOT_ITEM.search(core)


#: a known label at the end of an unknown one is that label with a qualifier ('本次开标时间' is the 开标时间)
_MIN_KNOWN_TAIL = 3


@cache
def tail_keys(label: str) -> tuple[str, ...] | None:
    """The keys of the longest known label that ends ``label`` (three characters or more), or None."""
    for i in range(1, len(label) - _MIN_KNOWN_TAIL + 1):
        keys = keys_for(label[i:])
        if keys:
            return keys
    return None


def unmapped_labels(page: Page, fields: Mapping[str, Any] | None = None) -> list[tuple[str, str, str]]:
    """(label, head group, value) for each value the page prints under a label no rule maps (nor the catalog
    names), whose head promises a sort of value and whose value has that form: the page's labelled content we
    cannot account for. A value the record holds under some key is accounted for."""
    lines = _folded_lines(page)
    for i, line in enumerate(lines):
        if _LINKS_HEADING.match(line):
            lines = lines[:i]
            break
    read = _values_read(fields or {})
    out: list[tuple[str, str, str]] = []
    for _form, label, value, _snippet in _unknown_pairs(lines, _unmapped):
        core = core_label(label)[0] or label.strip()
        if len(core) >= 6 and _ORG.fullmatch(core):
            continue  # (as stated.py's round 18f) a 落款's lines, one body over another, sign: they label nothing
        group = head_group(core)
        if group is None or core in _CATALOG_NAMES or not value_fits(group, value, core):
            continue
        if _held(read, "", value.strip()):
            continue
        out.append((core, group, value))
    return out


#: the notice's own columns (its title, its publication date): the listing gives them, they are no item a page owes
_COLUMNS = frozenset({"title", "publish_date"})


def _may_hold(label: str, key: str, carried: frozenset[str]) -> bool:
    """Whether an unmapped ``label`` may be ``key``'s, as far as its known tail tells: a tail that is ``key``'s own
    label ('本次竞价时间') may; a tail that is another item's label this notice type reads ('本次开标时间', the
    opening time) is that item's, accounted for; a tail of items this type does not read says nothing."""
    tail = tail_keys(label)
    if not tail or key in tail:
        return True
    return not carried.intersection(tail)


def unread_on(
    page: Page,
    keys: list[str],
    fields: Mapping[str, Any] | None = None,
    carried: frozenset[str] | set[str] = frozenset(),
) -> dict[str, str]:
    """``{key: evidence}`` for each of ``keys`` (neither read, stated nor mentioned) that a label we could not map
    may hold: the evidence names the label(s), '页面有未识别的栏目「发放总量」，无法确认未公开'. ``carried``: the
    keys the notice type reads (a label ending in one of their labels is that item's)."""
    if not keys:
        return {}
    labelled = unmapped_labels(page, fields)
    carried = frozenset(carried)
    out: dict[str, str] = {}
    for key in keys:
        if key in _COLUMNS:
            continue
        heads = item_heads(key)
        names = list(
            dict.fromkeys(
                label for label, group, _v in labelled if group in heads and _may_hold(label, key, carried)
            )
        )
        if names:
            out[key] = f"{UNREAD_MARK}{'」「'.join(names[:3])}」，无法确认未公开"
    return out
