"""The ccgp.gov.cn 公告概要, as a text copy prints it: one run of labels glued to their values (round 27f).

Why: every ccgp.gov.cn detail page opens with the platform's own summary grid ('公告概要：公告信息：采购项目名称…品目…采购单位…
行政区域…公告时间…联系人及联系方式：项目联系人…项目联系电话…采购单位…采购单位地址…采购单位联系方式…代理机构名称…代理机构地址…
代理机构联系方式…'). An HTML copy keeps it a table (layout's summary tables, read by ``kv_tables``); a text copy (the
BidAgent crawler's, fresh45/46) runs the cells together with no separator, so no label reader sees it. Most pages state
the same items again in their body (采购人信息 / 采购代理机构信息); a works result of the 北京 platform (fresh45 西城
中国科学院) states its buyer's phone and its agency only here. The run is cut at the platform's fixed labels only — the
grid's own, in its own order of kinds — and its items are read after the body's (a fallback for keys still missing).
"""

from __future__ import annotations

import re

from .readers import Finding

# the grid's labels (the longest first where one opens another: 采购单位联系方式 before 采购单位)
_LABELS = (
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
_LABEL = re.compile("|".join(re.escape(x) for x in _LABELS))
_OPEN = re.compile(r"^\s*#*\s*公告概要\s*[:：]\s*(?:公告信息\s*[:：])?")
# the keys the grid's items give (the owner side's phone: LABELLING contact_phone); not the buyer, which round 17b's
# summary reader cuts only before its 行政区域 cell (a run without it names no buyer: test_round17_b_fields)
_KEYS = {
    "采购项目名称": "project_name",
    "代理机构名称": "agency",
    "采购单位联系方式": "contact_phone",
    "预算金额": "budget",
    "总中标金额": "amount",
    "总成交金额": "amount",
}
_END = re.compile(r"^\s*(?:#|项目编号|[一二三四五六七八九十]{1,2}\s*、|[（(][一二三四五六七八九十][)）])")


def summary_items(lines: list[str]) -> list[Finding]:
    """The 公告概要 run's items for the keys it names, each read once (its first value), in the grid's order."""
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
        if not text.startswith("采购项目名称"):
            return []  # not the platform's grid as it prints it
        hits = list(_LABEL.finditer(text))
        out: list[Finding] = []
        seen: set[str] = set()
        for at, h in enumerate(hits):
            key = _KEYS.get(h.group(0))
            if key is None or key in seen:
                continue
            end = hits[at + 1].start() if at + 1 < len(hits) else len(text)
            value = text[h.end() : end].strip()
            if not value:
                continue
            seen.add(key)
            out.append(Finding(key, value, "", f"{h.group(0)}：{value}", "kv_table"))
        return out
    return []
