"""A result table's one row run into its header's line by a text copy, the name column first (round 18d).

Why: the national result template's 中标（成交）信息 table loses its cells in a text rendering (and the page text
drops the spaces between Han characters), so its header and its one row become one line. The order with the
amount first is ``readers._GLUED_RESULT``'s (fresh19 东阳 / 绍兴, fresh21 上虞); this reads the order with the
supplier's name first, followed by its address:

- '序号供应商名称供应商地址中标（成交）金额评审总得分1某公司贵州省…金额(以价格数值表示):1358766.00(元) 85.97'
  (fresh23 毕节 赫章), '…评审总得分1某中心太原市…磋商报价：3160000（元）86.47' (fresh23 右玉);
- '供应商名称供应商地址供应商编码某公司河北省…305室 91130100MA07MWQ22E' (fresh23 石家庄: the 成交 table of a
  磋商 with the supplier's credit code, no amount column).

The name ends at an organisation word that an address's province or city follows (without one nothing is
read), and the line must end with the row's last cell (a score, a credit code): a second row would be a second
lot or supplier, and which price goes with which name is then not printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .normalize import money
from .readers import Finding

# the supplier's name, then the first words of its address: a province, a region or a city
_NAME = r"(?P<w>[^\s，,。；;:：、\d]{2,60}?(?:公司|事务所|中心))(?=[\u3400-\u9fff]{2,4}(?:省|自治区|市))"
_ROWS = [
    re.compile(
        r"^\s*序号\s*供应商名称\s*供应商地址\s*中标[（(]成交[)）]金额(?:[(（]元[)）])?\s*评审总得分\s*1(?!\d)\s*"
        + _NAME
        + r"[^：:]{2,80}?(?:[^\d：:]{0,16}[：:])?\s*(?P<a>\d[\d,]*(?:\.\d+)?)\s*[（(]元[)）]\s*\d{0,3}(?:\.\d+)?\s*$"
    ),
    re.compile(
        r"^\s*供应商名称\s*供应商地址\s*供应商编码\s*" + _NAME + r"[^：:\s]{2,80}?\s*[0-9A-Z]{18}\s*$"
    ),
]


# (round 19c) the template's goods and services variant, its header on one line and its one row on the next:
# '序号标项名称规格型号数量单位总价(元)中标供应商名称中标供应商地址中标供应商统一社会信用代码' over '1<标项><规格>
# 32842590元<公司>浙江省…<code>' (fresh14 镇海; fresh24 昭苏 prints the same columns with pipes, read as a table): the
# row's one sum in 元, the name after it, its address, the 18-character credit code ending the line
_ITEM_HEAD = re.compile(
    r"^\s*序号\s*标项名称\s*(?:规格型号\s*)?数量\s*单位\s*总价\s*[(（]元[)）]\s*中标供应商名称\s*中标供应商地址"
    r"\s*(?:中标供应商统一社会信用代码)?\s*$"
)
_ITEM_ROW = re.compile(
    r"^\s*1(?!\d)[^元]{2,200}?(?<![\d.])(?P<a>\d[\d,]*(?:\.\d+)?)\s*元\s*"
    + _NAME
    + r"[^元\s]{2,80}?\s*[0-9A-Z]{18}\s*$"
)


def _item_row(lines: list[str]) -> re.Match[str] | None:
    """The one row under the goods variant's header line (``_ITEM_HEAD``), or None."""
    for i, line in enumerate(lines[:300]):
        if not _ITEM_HEAD.match(line):
            continue
        rest = [ln for ln in lines[i + 1 : i + 4] if ln.strip()]
        if not rest:
            return None
        m = _ITEM_ROW.match(rest[0])
        # one row only: a second row opening with '2' is a second item, whose sum is not the notice's
        if m and not (len(rest) > 1 and re.match(r"^\s*2(?!\d)", rest[1])):
            return m
        return None
    return None


def glued_name_first_row(lines: list[str]) -> Iterator[Finding]:
    """The winner (and the award, where a column prints it) of the run-together one-row result table."""
    m = _item_row(lines) or next(
        (m for line in lines[:300] for rx in _ROWS if (m := rx.match(line))),
        None,
    )
    if m is None:
        return
    snippet = m.group(0).strip()[:200]
    yield Finding("winner", m.group("w"), "", snippet, "regex", value=[m.group("w")])
    if "a" in m.groupdict() and m.group("a"):
        value = money(m.group("a") + "元", "元")
        if value:
            yield Finding("amount", m.group("a"), "", snippet, "regex", value=value)


# (round 19f) an aggregator's summary grid run into one line, each label glued to its value with no colon: the
# project's name between '项目名称' and the next item's label ('…项目编号ZJXQ***项目名称<名称>标段编号…', fresh17 镇江;
# '1.1采购项目名称<名称>(项目编号***…', fresh28 扬州). Only a name that ends as a project's does (项目, 工程, 采购,
# 服务) and only before a label that opens the next item: a sentence's '项目名称' has a colon or no such label after it
_GLUED_NAME = re.compile(
    r"(?:采购|招标)?项目名称(?P<v>[^:：;；,，。\s|]{4,80}?(?:项目|工程|采购|服务))"
    r"(?=标段编号|标段名称|[(（]?项目编号|包号|招标人|采购人|预算金额)"
)


def glued_project_name(lines: list[str]) -> Iterator[Finding]:
    """project_name from a summary grid whose '项目名称' is glued to its value and to the next item's label."""
    for ln in lines:
        m = _GLUED_NAME.search(ln)
        if m:
            yield Finding("project_name", m.group("v"), "", ln, "label_line")
            return
