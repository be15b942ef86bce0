"""The ccgp.gov.cn 公告概要 grid: its fixed labels, and a run of it cut into label / value cells (round 29).

Why: every ccgp.gov.cn detail page opens with the platform's own summary grid ('公告概要：公告信息：采购项目名称…品目…
采购单位…行政区域…公告时间…联系人及联系方式：项目联系人…项目联系电话…采购单位…采购单位地址…采购单位联系方式…代理机构名称…
代理机构地址…代理机构联系方式…'); a text copy runs its cells together with no separator. The grid's labels are the
platform's, fixed, so the grid is cut at them only — no label table's guess. Two readers use the cells, each with its
own policy: ``ccgpsummary`` (round 27f: the run's names, phone and sums, a fallback for keys the body left unread) and
``flatgrid`` (rounds 16b/17b: the buyer cell of a flattened grid line only where its fixed neighbour 行政区域 ends it).
"""

from __future__ import annotations

import re
from typing import NamedTuple

# the grid's labels (the longest first where one opens another: 采购单位联系方式 before 采购单位)
LABELS = (
    "采购项目名称",
    "品目",
    "采购单位联系方式",
    "采购单位地址",
    "采购单位",
    "行政区域",
    "公告时间",
    "首次公告日期",
    "更正日期",
    "更正事项",
    "评审专家名单",
    "总中标金额",
    "总成交金额",
    "获取招标文件时间",
    "招标文件售价",
    "获取招标文件的地点",
    "开标时间",
    "开标地点",
    "预算金额",
    "联系人及联系方式：",
    "项目联系人",
    "项目联系电话",
    "代理机构名称",
    "代理机构地址",
    "代理机构联系方式",
    "附件：",
)
# the cell that always follows the buyer's (采购单位) in the grid's first row
REGION = "行政区域"
_LABEL = re.compile("|".join(re.escape(x) for x in LABELS))
_OPEN = re.compile(r"^\s*#*\s*公告概要\s*[:：]\s*(?:公告信息\s*[:：])?")
_END = re.compile(r"^\s*(?:#|项目编号|[一二三四五六七八九十]{1,2}\s*、|[（(][一二三四五六七八九十][)）])")


class Cell(NamedTuple):
    label: str  # one of LABELS; "" for the text before the run's first label
    value: str  # the text up to the next label, as printed (not stripped)


def cells(text: str) -> list[Cell]:
    """``text`` cut at the grid's labels: a cell for each, its value the text up to the next; a text that does
    not open with a label gives first a cell with no label (a value whose own label was cut off before it)."""
    hits = list(_LABEL.finditer(text))
    if not hits:
        return [Cell("", text)] if text else []
    ends = [h.start() for h in hits[1:]] + [len(text)]
    out = [Cell(h.group(0), text[h.end() : end]) for h, end in zip(hits, ends, strict=True)]
    return [Cell("", text[: hits[0].start()]), *out] if hits[0].start() else out


def summary_run(lines: list[str]) -> str:
    """The grid's run as one text, its lines joined (the first '公告概要：' line among the first 80 and up to seven
    lines under it, to a heading or a numbered part); "" when there is none or it does not open with the grid's
    first label (采购项目名称: a 概要 line not in the platform's form)."""
    for i, line in enumerate(lines[:80]):
        m = _OPEN.match(line)
        if not m:
            continue
        run = [line[m.end() :]]
        for nxt in lines[i + 1 : i + 8]:
            if _END.match(nxt):
                break
            run.append(nxt)
        text = "".join(run)
        return text if text.startswith(LABELS[0]) else ""
    return ""
